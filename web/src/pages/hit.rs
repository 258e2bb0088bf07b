//! What a search hit shows of an entity under its name, so that a patient
//! scanning the results sees the answer before opening any page: the orders
//! on record and the latest, whether one is in force as far as the sources
//! say, closure, former names, and who it is linked to (the operator; for a
//! clinic the facilities that processed its cells, for a facility the
//! clinics it served). Everything comes from the hit's [`Glance`], which the
//! index stores with the entity: no graph reads per hit.

use maud::{Markup, html};

use super::*;
use crate::glance::{AbsorbedGlance, FewRelated, ForceAtGlance, Glance};

/// The hit's status lines: orders and force, then the linked entities.
/// `role` is the entity's role code: a person is named in orders, not
/// ordered.
pub(super) fn glance_lines(g: &Glance, role: &str, lang: Lang) -> Markup {
    html! {
        div.hitline { (glance_line(g, role == "person", lang)) }
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

fn entity_link(id: &str, name: &str, lang: Lang) -> Markup {
    html! { a href=(with_lang(&format!("/entities/{id}"), lang)) { (ja_text(lang, name)) } }
}

/// Its own orders: how many and the latest (for a person: the orders that
/// name them, since none is against them).
fn own_orders(g: &Glance, person: bool, inherited: bool, lang: Lang) -> String {
    match (&g.latest_order, lang) {
        (None, _) if inherited => lang.t("命令の記録なし", "no orders of its own").to_string(),
        (None, _) => lang.t("命令の記録なし", "no orders on record").to_string(),
        (Some(o), Lang::Ja) if person => format!(
            "{} 件の命令等に記載（最新：{} {}）",
            g.orders,
            kind_ja(&o.kind),
            date_or(o.issued_on, lang)
        ),
        (Some(o), Lang::En) if person => format!(
            "named in {} {} (latest: {}, {})",
            g.orders,
            plural(g.orders, "order", "orders"),
            o.kind_en,
            date_or(o.issued_on, lang)
        ),
        (Some(o), Lang::Ja) => format!(
            "命令 {} 件（最新：{} {}）",
            g.orders,
            kind_ja(&o.kind),
            date_or(o.issued_on, lang)
        ),
        (Some(o), Lang::En) => format!(
            "{} {} (latest: {}, {})",
            g.orders,
            plural(g.orders, "order", "orders"),
            o.kind_en,
            date_or(o.issued_on, lang)
        ),
    }
}

/// A corporation it absorbed and the orders against it, inherited through
/// the merger: 「吸収した〈A〉に緊急命令 1 件」 / "1 emergency order against
/// 〈A〉, which it absorbed".
fn absorbed_part(a: &AbsorbedGlance, lang: Lang) -> Markup {
    let link = entity_link(&a.id, &a.current_name, lang);
    match (&a.latest_order, lang) {
        (None, Lang::Ja) => html! { "吸収した" (link) "に命令の記録なし" },
        (None, Lang::En) => html! { "absorbed " (link) " (no orders on record)" },
        (Some(o), Lang::Ja) if a.orders == 1 => html! {
            "吸収した" (link) "に" (kind_ja(&o.kind)) " 1 件（" (date_or(o.issued_on, lang)) "）"
        },
        (Some(o), Lang::En) if a.orders == 1 => html! {
            "1 " (o.kind_en) " (" (date_or(o.issued_on, lang)) ") against " (link) ", which it absorbed"
        },
        (Some(o), Lang::Ja) => html! {
            "吸収した" (link) "に命令 " (a.orders) " 件（最新：" (kind_ja(&o.kind)) " " (date_or(o.issued_on, lang)) "）"
        },
        (Some(o), Lang::En) => html! {
            (a.orders) " orders against " (link) ", which it absorbed (latest: " (o.kind_en) ", " (date_or(o.issued_on, lang)) ")"
        },
    }
}

/// Orders (its own, then those inherited through mergers), the
/// corporation that absorbed it, former names, closure.
fn glance_line(g: &Glance, person: bool, lang: Lang) -> Markup {
    let inherited = g.inherited_orders > 0;
    let mut parts: Vec<Markup> = vec![html! { (own_orders(g, person, inherited, lang)) }];
    for a in &g.absorbed {
        parts.push(absorbed_part(a, lang));
    }
    if let Some(s) = &g.now_part_of {
        let name = match &g.now_part_of_entity {
            Some(e) => entity_link(&e.id, &e.current_name, lang),
            None => html! { (ja_text(lang, s)) },
        };
        parts.push(match lang {
            Lang::Ja => html! { "吸収合併により「" (name) "」に承継" },
            Lang::En => html! { "now part of " (name) " (absorption merger)" },
        });
    }
    if g.former_names > 0 {
        parts.push(html! { (match lang {
            Lang::Ja => format!("旧名称・別表記 {}", g.former_names),
            Lang::En => format!(
                "{} former {}",
                g.former_names,
                plural(g.former_names, "name", "names")
            ),
        }) });
    }
    // The badge says closed; the line adds since when, where a source says.
    if let (false, Some(d)) = (g.state == "active", g.closed_on) {
        parts.push(html! { (format!("{} {d}", state_label_code(&g.state, lang))) });
    }
    let sep = " · ";
    html! { @for (i, p) in parts.iter().enumerate() { @if i > 0 { (sep) } (p) } }
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
            now_part_of_entity: None,
            inherited_orders: 0,
            absorbed: Vec::new(),
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
        let ja = glance_lines(&g, "clinic", Lang::Ja).into_string();
        assert!(ja.contains("開設者・運営法人："), "{ja}");
        assert!(ja.contains("細胞を加工した医療機関："), "{ja}");
        assert!(ja.contains("href=\"/entities/e-2?lang=ja\""), "{ja}");
        assert!(ja.contains(" ほか 2 件"), "{ja}");
        assert!(!ja.contains("細胞加工の委託先"), "{ja}");
        let en = glance_lines(&g, "clinic", Lang::En).into_string();
        assert!(
            en.contains("Processed cells for: ") && en.contains(" and 2 more"),
            "{en}"
        );
        // Nothing linked: no list at all.
        assert!(
            !glance_lines(&glance(), "clinic", Lang::En)
                .into_string()
                .contains("<ul")
        );
    }

    #[test]
    fn a_hit_says_whether_an_order_is_in_force() {
        let mut g = glance();
        assert!(
            !glance_lines(&g, "clinic", Lang::En)
                .into_string()
                .contains("force")
        );
        g.orders = 1;
        g.in_force = ForceAtGlance {
            status: "not_stated",
            until: None,
        };
        assert!(
            glance_lines(&g, "clinic", Lang::Ja)
                .into_string()
                .contains("資料に記載なし")
        );
        g.in_force = ForceAtGlance {
            status: "in_force",
            until: chrono::NaiveDate::from_ymd_opt(2026, 12, 31),
        };
        let en = glance_lines(&g, "clinic", Lang::En).into_string();
        assert!(en.contains("in force until 2026-12-31"), "{en}");
        assert!(en.contains("class=\"force open\""), "{en}");
        g.in_force.status = "ended";
        assert!(
            glance_lines(&g, "clinic", Lang::Ja)
                .into_string()
                .contains("終了または解除")
        );
    }

    fn text(m: Markup) -> String {
        // The text a screen reader or a copy gets: tags dropped.
        let html = m.into_string();
        let mut out = String::new();
        let mut tag = false;
        for c in html.chars() {
            match c {
                '<' => tag = true,
                '>' => tag = false,
                c if !tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn a_survivor_shows_the_orders_it_inherited_through_a_merger() {
        let mut g = glance();
        g.inherited_orders = 1;
        g.absorbed = vec![AbsorbedGlance {
            id: "e-abs".into(),
            current_name: "医療法人大手町クリニック".into(),
            orders: 1,
            latest_order: Some(crate::glance::LatestOrder {
                kind: "emergency_order".into(),
                kind_en: "emergency order".into(),
                issued_on: chrono::NaiveDate::from_ymd_opt(2025, 8, 29),
            }),
            in_force: ForceAtGlance {
                status: "not_stated",
                until: None,
            },
        }];
        let ja = glance_lines(&g, "operator", Lang::Ja);
        let ja_html = ja.clone().into_string();
        assert_eq!(
            text(ja).lines().next().unwrap_or_default().trim(),
            "命令の記録なし · 吸収した医療法人大手町クリニックに緊急命令 1 件（2025-08-29）"
        );
        assert!(
            ja_html.contains("href=\"/entities/e-abs?lang=ja\""),
            "{ja_html}"
        );
        let en = text(glance_lines(&g, "operator", Lang::En));
        assert!(
            en.contains("no orders of its own · 1 emergency order (2025-08-29) against 医療法人大手町クリニック, which it absorbed"),
            "{en}"
        );
        // Nothing inherited: as before.
        assert!(
            text(glance_lines(&glance(), "operator", Lang::En)).contains("no orders on record")
        );
    }

    #[test]
    fn an_absorbed_corporation_links_its_successor() {
        let mut g = glance();
        g.now_part_of = Some("医療法人社団さくら再生会".into());
        g.now_part_of_entity = Some(crate::glance::LinkedEntity {
            id: "e-sv".into(),
            current_name: "医療法人社団さくら再生会".into(),
            url: "/entities/e-sv".into(),
        });
        let en = glance_lines(&g, "operator", Lang::En).into_string();
        assert!(
            en.contains("now part of <a href=\"/entities/e-sv?lang=en\">"),
            "{en}"
        );
    }

    #[test]
    fn a_person_is_named_in_orders_not_ordered() {
        let mut g = glance();
        g.orders = 1;
        g.latest_order = Some(crate::glance::LatestOrder {
            kind: "improvement_order".into(),
            kind_en: "improvement order".into(),
            issued_on: None,
        });
        let en = text(glance_lines(&g, "person", Lang::En));
        assert!(
            en.starts_with("named in 1 order (latest: improvement order"),
            "{en}"
        );
        let ja = text(glance_lines(&g, "person", Lang::Ja));
        assert!(ja.starts_with("1 件の命令等に記載"), "{ja}");
        // A clinic's orders are against it.
        assert!(text(glance_lines(&g, "clinic", Lang::En)).starts_with("1 order (latest"));
    }
}
