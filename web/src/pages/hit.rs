//! What a search hit shows of an entity under its name, so that a patient
//! scanning the results sees the answer before opening any page: the orders
//! on record and the latest, whether one is in force as far as the sources
//! say, closure, former names, and who it is linked to (the operator; for a
//! clinic the facilities that processed its cells, for a facility the
//! clinics it served). Everything comes from the hit's [`Glance`], which the
//! index stores with the entity: no graph reads per hit.

use maud::{Markup, html};

use super::*;
use crate::glance::{FewRelated, ForceAtGlance, Glance};

/// The hit's status lines: orders and force, then the linked entities.
pub(super) fn glance_lines(g: &Glance, lang: Lang) -> Markup {
    html! {
        div.hitline { (glance_line(g, lang)) }
        @if let Some(f) = force_text(&g.in_force, lang) { div.hitline { (f) } }
        @let links = [
            (lang.t("開設者・運営法人", "Operator"), &g.operators),
            (lang.t("開設・運営する施設", "Operates"), &g.operates),
            (lang.t("細胞加工の委託先", "Cells processed by"), &g.cells_processed_by),
            (lang.t("細胞を加工した医療機関", "Processed cells for"), &g.processes_cells_for),
        ];
        @if links.iter().any(|(_, r)| r.count > 0) {
            ul.hitlinks {
                @for (label, r) in links {
                    @if r.count > 0 { li { (related_line(label, r, lang)) } }
                }
            }
        }
    }
}

/// Orders, the latest, former names, closure.
fn glance_line(g: &Glance, lang: Lang) -> Markup {
    let mut parts = Vec::new();
    match (&g.latest_order, lang) {
        (None, _) => parts.push(lang.t("命令の記録なし", "no orders on record").to_string()),
        (Some(o), Lang::Ja) => parts.push(format!(
            "命令 {} 件（最新：{} {}）",
            g.orders,
            kind_ja(&o.kind),
            date_or(o.issued_on, lang)
        )),
        (Some(o), Lang::En) => parts.push(format!(
            "{} {} (latest: {}, {})",
            g.orders,
            plural(g.orders, "order", "orders"),
            o.kind_en,
            date_or(o.issued_on, lang)
        )),
    }
    if let Some(s) = &g.now_part_of {
        parts.push(match lang {
            Lang::Ja => format!("吸収合併により「{s}」に承継"),
            Lang::En => format!("now part of 「{s}」 (absorption merger)"),
        });
    }
    if g.former_names > 0 {
        parts.push(match lang {
            Lang::Ja => format!("旧名称・別表記 {}", g.former_names),
            Lang::En => format!(
                "{} former {}",
                g.former_names,
                plural(g.former_names, "name", "names")
            ),
        });
    }
    // The badge says closed; the line adds since when, where a source says.
    if let (false, Some(d)) = (g.state == "active", g.closed_on) {
        parts.push(format!("{} {d}", state_label_code(&g.state, lang)));
    }
    html! { (ja_text(lang, &parts.join(" · "))) }
}

/// Whether an order is in force, in the words of the entity page's status
/// block; nothing when there are no orders (the line already says so).
fn force_text(f: &ForceAtGlance, lang: Lang) -> Option<Markup> {
    let text = match (f.status, lang) {
        ("in_force", Lang::Ja) => format!(
            "期間中の命令あり（{}まで、処分等の記載による）",
            date_or(f.until, lang)
        ),
        ("in_force", Lang::En) => format!(
            "an order in force until {} (period stated in the notice)",
            date_or(f.until, lang)
        ),
        ("not_stated", _) => lang
            .t(
                "効力の継続・解除：資料に記載なし",
                "still in force? not stated in the sources",
            )
            .to_string(),
        ("ended", _) => lang
            .t(
                "命令の期間は終了または解除（資料の記載による）",
                "stated periods ended or orders lifted (per the sources)",
            )
            .to_string(),
        _ => return None,
    };
    Some(html! { span.force.open[f.status == "in_force"] { (text) } })
}

/// `Operator: 医療法人A` / `細胞加工の委託先：A、B、C ほか 2 件`.
fn related_line(label: &str, r: &FewRelated, lang: Lang) -> Markup {
    let more = r.count.saturating_sub(r.entities.len());
    html! {
        (label) (lang.t("：", ": "))
        @for (i, e) in r.entities.iter().enumerate() {
            @if i > 0 { (lang.t("、", ", ")) }
            a href=(with_lang(&format!("/entities/{}", e.id), lang)) { (ja_text(lang, &e.current_name)) }
        }
        @if more > 0 {
            (match lang {
                Lang::Ja => format!(" ほか {more} 件"),
                Lang::En => format!(" and {more} more"),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glance::NamedEntity;

    fn glance() -> Glance {
        Glance {
            state: "active".into(),
            closed_on: None,
            orders: 0,
            latest_order: None,
            in_force: ForceAtGlance {
                status: "none",
                until: None,
            },
            former_names: 0,
            now_part_of: None,
            operators: FewRelated::default(),
            operates: FewRelated::default(),
            cells_processed_by: FewRelated::default(),
            processes_cells_for: FewRelated::default(),
        }
    }

    fn few(n: usize) -> FewRelated {
        FewRelated {
            count: n,
            entities: (0..n.min(3))
                .map(|i| NamedEntity {
                    id: format!("e-{i}"),
                    current_name: format!("施設{i}"),
                })
                .collect(),
        }
    }

    #[test]
    fn a_hit_names_its_links_and_counts_the_rest() {
        let mut g = glance();
        g.operators = few(1);
        g.processes_cells_for = few(5);
        let ja = glance_lines(&g, Lang::Ja).into_string();
        assert!(ja.contains("開設者・運営法人："), "{ja}");
        assert!(ja.contains("細胞を加工した医療機関："), "{ja}");
        assert!(ja.contains("href=\"/entities/e-2?lang=ja\""), "{ja}");
        assert!(ja.contains(" ほか 2 件"), "{ja}");
        assert!(!ja.contains("細胞加工の委託先"), "{ja}");
        let en = glance_lines(&g, Lang::En).into_string();
        assert!(
            en.contains("Processed cells for: ") && en.contains(" and 2 more"),
            "{en}"
        );
        // Nothing linked: no list at all.
        assert!(
            !glance_lines(&glance(), Lang::En)
                .into_string()
                .contains("<ul")
        );
    }

    #[test]
    fn a_hit_says_whether_an_order_is_in_force() {
        let mut g = glance();
        assert!(!glance_lines(&g, Lang::En).into_string().contains("force"));
        g.orders = 1;
        g.in_force = ForceAtGlance {
            status: "not_stated",
            until: None,
        };
        assert!(
            glance_lines(&g, Lang::Ja)
                .into_string()
                .contains("資料に記載なし")
        );
        g.in_force = ForceAtGlance {
            status: "in_force",
            until: chrono::NaiveDate::from_ymd_opt(2026, 12, 31),
        };
        let en = glance_lines(&g, Lang::En).into_string();
        assert!(en.contains("in force until 2026-12-31"), "{en}");
        assert!(en.contains("class=\"force open\""), "{en}");
        g.in_force.status = "ended";
        assert!(
            glance_lines(&g, Lang::Ja)
                .into_string()
                .contains("終了または解除")
        );
    }
}
