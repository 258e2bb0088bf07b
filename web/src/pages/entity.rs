//! The entity page: the status block at the top (the entity at a glance,
//! the same facts as the API's `summary`), then identifiers, the dated name
//! timeline, every notice under every name, relations and why records were
//! linked. Tables reflow into labelled rows on a phone.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use maud::{Markup, html};
use tadoru_graph::{Entity, Notice, State};
use tadoru_model::NoticeKind;

use super::*;
use crate::glance::{InForce, NamedEntity, OrderRef, Related, Summary};

pub async fn entity(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> HttpResponse {
    let base = state.base(&req);
    let loaded = load_record(&req, state, id.into_inner(), "e-", |st, id| {
        let e = st
            .graph
            .entity(&id)?
            .ok_or(WebError::NotFound { what: "entity", id })?;
        let notices = st.graph.notices_of(&e)?;
        let mentions = st.graph.mentions_of(&e)?;
        let mut targets = Vec::new();
        for edge in &e.edges {
            targets.push(st.graph.entity(&edge.target)?);
        }
        let summary = crate::glance::summary(&st.graph, &e, &notices)?;
        // The notices of the corporations it absorbed: its history through
        // the merger, listed apart from its own.
        let mut inherited = Vec::new();
        for a in &summary.absorbed {
            if let Some(ae) = st.graph.entity(&a.id)? {
                inherited.push((a.clone(), st.graph.notices_of(&ae)?));
            }
        }
        let as_of = st.graph.data_as_of()?;
        Ok((e, notices, mentions, targets, summary, inherited, as_of))
    })
    .await;
    let (lang, demo, (e, notices, mentions, targets, summary, inherited, as_of)) = match loaded {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    let path = format!("/entities/{}", e.id);
    // An id merged into another answers with the surviving entity's address.
    if req.match_info().get("id") != Some(e.id.as_str()) {
        return moved(&req, &path);
    }
    let other = with_lang(&path, if lang == Lang::Ja { Lang::En } else { Lang::Ja });
    page(
        StatusCode::OK,
        layout_feed(
            lang,
            demo,
            e.current_name(),
            "",
            &other,
            Some(FeedLink {
                title: format!("tadoru — {}", e.current_name()),
                href: with_lang(&format!("{path}.atom"), lang),
            }),
            entity_body(
                &e,
                &summary,
                &notices,
                &inherited,
                &mentions,
                &targets,
                lang,
                &Cite {
                    title: e.current_name(),
                    path: path.clone(),
                    base: &base,
                    data_as_of: as_of,
                    sources: Vec::new(),
                },
            ),
        ),
    )
}

/// What an order's force is, as far as the sources say.
fn in_force_text(f: &InForce, lang: Lang) -> Markup {
    match f.status {
        "period" => {
            let (from, until) = (date_or(f.from, lang), date_or(f.until, lang));
            let ended = f.ended == Some(true);
            html! {
                span.force.open[!ended] {
                    (match lang {
                        Lang::Ja => format!("期間：{from}〜{until}（{}、処分等の記載による）", if ended { "期間は終了" } else { "期間中" }),
                        Lang::En => format!("period stated: {from} to {until} ({}, per the notice)", if ended { "ended" } else { "in force" }),
                    })
                }
            }
        }
        "lifted" => html! {
            span.force {
                (lang.t("解除：", "lifted: ")) (date_or(f.lifted_on, lang)) " ("
                @if let Some(id) = &f.lifted_by { a href=(with_lang(&format!("/notices/{id}"), lang)) { (lang.t("解除を記載した処分等", "the notice that says so")) } }
                ")"
            }
        },
        _ => {
            html! { span.force { (lang.t("効力の継続・解除：資料に記載なし", "still in force? not stated in the sources")) } }
        }
    }
}

fn related_item(r: &Related, lang: Lang, paper: &Base) -> Markup {
    html! {
        a href=(with_lang(&format!("/entities/{}", r.id), lang)) { (ja_text(lang, &r.current_name)) }
        (on_paper(paper, &format!("/entities/{}", r.id)))
        " ("
        // A real separator after the badge: read aloud or copied, the two
        // must not run together ("closed1 order").
        @if r.state != "active" { span.badge.closed { (state_label_code(r.state, lang)) } (lang.t("、", ", ")) }
        (match lang {
            Lang::Ja => if r.orders == 0 { "命令の記録なし".to_string() } else { format!("命令 {} 件", r.orders) },
            Lang::En => if r.orders == 0 { "no orders on record".to_string() } else { format!("{} {} on record", r.orders, plural(r.orders, "order", "orders")) },
        })
        ")"
    }
}

/// An order against a corporation the entity absorbed, saying which.
fn order_item_through(o: &OrderRef, through: &NamedEntity, lang: Lang, paper: &Base) -> Markup {
    html! {
        li {
            a href=(with_lang(&format!("/notices/{}", o.notice_id), lang)) { span class=(format!("badge {}", o.kind)) { (kind_label(o.kind, lang)) } }
            (on_paper(paper, &format!("/notices/{}", o.notice_id)))
            " " (date_or(o.issued_on, lang))
            " · " (match lang { Lang::Ja => o.authority.clone(), Lang::En => o.authority_en.clone() })
            " · " (lang.t("対象：", "against ")) a href=(with_lang(&format!("/entities/{}", through.id), lang)) { (ja_text(lang, &through.current_name)) }
            (lang.t("（吸収合併で承継）", " (absorbed by merger)"))
            br; (in_force_text(&o.in_force, lang))
        }
    }
}

/// The status block at the top of an entity page: the same facts as the
/// API's `summary`.
fn glance_block(sm: &Summary, lang: Lang, paper: &Base) -> Markup {
    let person = sm.role == "person";
    let order_item = |o: &OrderRef| {
        html! {
            li {
                a href=(with_lang(&format!("/notices/{}", o.notice_id), lang)) { span class=(format!("badge {}", o.kind)) { (kind_label(o.kind, lang)) } }
                (on_paper(paper, &format!("/notices/{}", o.notice_id)))
                " " (date_or(o.issued_on, lang))
                @for (a, a_en) in o.articles.iter().zip(&o.articles_en) { " · " (match lang { Lang::Ja => a.clone(), Lang::En => a_en.clone() }) }
                " · " (match lang { Lang::Ja => o.authority.clone(), Lang::En => o.authority_en.clone() })
                @if NoticeKind::from_code(o.kind).is_some_and(|k| !matches!(k, NoticeKind::ClosureFiling | NoticeKind::DiscontinuationFiling)) {
                    br; (in_force_text(&o.in_force, lang))
                }
            }
        }
    };
    let related_list = |label: &str, list: &[Related]| {
        html! {
            @if !list.is_empty() {
                li { strong { (label) } ul { @for r in list { li { (related_item(r, lang, paper)) } } } }
            }
        }
    };
    html! {
        section.glance aria-labelledby="glance-h" {
            h2 id="glance-h" { (lang.t("状況のまとめ（資料に記載のとおり）", "At a glance (as the sources state)")) }
            ul {
                li {
                    strong { (lang.t("廃止・閉鎖：", "Closure: ")) }
                    @match sm.state {
                        "active" => (lang.t("記録なし", "none on record")),
                        code => span.badge.closed { (state_label_code(code, lang)) @if let Some(d) = sm.closed_on { " " (d) } }
                    }
                    @if let Some(c) = &sm.closure_cause { " — " (mixed_text(lang, &crate::i18n::cause(lang, c))) }
                }
                li {
                    // A person is named in orders (as 管理者, 理事長, …), not ordered.
                    strong { @if person { (lang.t("記載された命令等：", "Named in orders: ")) } @else { (lang.t("命令：", "Orders: ")) } }
                    @if sm.orders.is_empty() {
                        @if sm.inherited_orders.is_empty() { (lang.t("記録なし", "none on record")) }
                        @else { (lang.t("この法人に対するものは記録なし", "none of its own on record")) }
                    } @else {
                        (match (lang, person) {
                            (Lang::Ja, true) => format!("{} 件の命令等に記載", sm.orders.len()),
                            (Lang::En, true) => format!("named in {} {}", sm.orders.len(), plural(sm.orders.len(), "order", "orders")),
                            (Lang::Ja, false) => format!("{} 件", sm.orders.len()),
                            (Lang::En, false) => format!("{} on record", sm.orders.len()),
                        })
                        ul { @for o in &sm.orders { (order_item(o)) } }
                    }
                }
                @if !sm.inherited_orders.is_empty() {
                    li {
                        strong { (lang.t("吸収合併で承継した法人への命令：", "Orders against corporations it absorbed: ")) }
                        (match lang {
                            Lang::Ja => format!("{} 件（この法人に対するものではありません）", sm.inherited_orders.len()),
                            Lang::En => format!("{} (not against it; inherited through the merger)", sm.inherited_orders.len()),
                        })
                        ul {
                            @for io in &sm.inherited_orders {
                                (order_item_through(&io.order, &io.through, lang, paper))
                            }
                        }
                    }
                }
                @if !sm.filings.is_empty() {
                    li { strong { (lang.t("届出：", "Filings: ")) } ul { @for o in &sm.filings { (order_item(o)) } } }
                }
                @if !sm.former_names.is_empty() || !sm.renames_stated.is_empty() {
                    li {
                        strong { (lang.t("旧名称・別表記：", "Former names and other spellings: ")) }
                        ul {
                            @for f in &sm.former_names {
                                li { (ja_text(lang, &f.name)) @if let Some(u) = f.until { " (" (lang.t("〜", "until ")) (u) ")" } }
                            }
                            @for r in &sm.renames_stated {
                                li {
                                    (lang.t("名称変更：", "renamed: ")) (ja_text(lang, &r.old)) " → " (ja_text(lang, &r.new))
                                    @if let Some(on) = r.on { " (" (on) ")" }
                                    " " (lang.t("— 記載：", "— stated in the ")) a href=(with_lang(&format!("/notices/{}", r.notice_id), lang)) {
                                        (match lang {
                                            Lang::Ja => format!("{} の{}", date_or(r.notice_issued_on, lang), kind_label(r.notice_kind, lang)),
                                            Lang::En => format!("{} of {}", kind_label(r.notice_kind, lang), date_or(r.notice_issued_on, lang)),
                                        })
                                    }
                                    (on_paper(paper, &format!("/notices/{}", r.notice_id)))
                                }
                            }
                        }
                    }
                }
                (related_list(lang.t("開設者・運営法人：", "Operator: "), &sm.operators))
                (related_list(lang.t("開設・運営する施設：", "Operates: "), &sm.operates))
                (related_list(lang.t("細胞加工の委託先（細胞培養加工施設）：", "Cells processed by (cell processing facility): "), &sm.cells_processed_by))
                (related_list(lang.t("細胞を加工した医療機関：", "Processed cells for (clinics): "), &sm.processes_cells_for))
                @if let Some(s) = &sm.now_part_of {
                    li { strong { (lang.t("吸収合併による承継法人：", "Now part of: ")) } (related_item(s, lang, paper)) }
                }
                (related_list(lang.t("吸収合併で承継した法人（その命令はこの法人の経歴の一部です）：", "Absorbed by merger (their orders are part of its history): "), &sm.absorbed))
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn entity_body(
    e: &Entity,
    summary: &Summary,
    notices: &[Notice],
    inherited: &[(Related, Vec<Notice>)],
    mentions: &[Notice],
    targets: &[Option<Entity>],
    lang: Lang,
    cite: &Cite,
) -> Markup {
    let mut names = e.names.clone();
    names.sort_by_key(|n| (n.from.map(|d| d.earliest()).or(n.first_seen), n.to));
    let (l_name, l_from, l_until, l_seen, l_ev) = (
        lang.t("名称", "Name"),
        lang.t("使用開始", "From"),
        lang.t("使用終了", "Until"),
        lang.t("資料での初出〜最終", "Seen in sources"),
        lang.t("根拠", "Evidence"),
    );
    let (l_rel, l_with, l_why) = (
        lang.t("関係", "Relation"),
        lang.t("相手", "With"),
        lang.t("理由", "Why"),
    );
    html! {
        p {
            span class=(format!("badge {}", e.role.code())) { (kind_label(e.role.code(), lang)) }
            @if e.demo { span.badge.demo { (lang.t("デモデータ", "demo data")) } }
        }
        h1 { (ja_text(lang, e.current_name())) }
        // The official English name as the NTA records it; else, on English
        // pages, an automatic reading that says it is one (never a person's).
        @if let Some(en) = e.en_name.as_ref().filter(|n| !n.trim().is_empty()) {
            p.muted { span lang="en" { (en) } " (" (lang.t("英語表記・国税庁法人番号公表サイト", "official English name, NTA")) ")" }
        } @else if lang == Lang::En && e.role != tadoru_crawler::Role::Person && has_japanese(e.current_name()) {
            p.muted.romaji {
                (tadoru_index::romanize::english(e.current_name()).unwrap_or_else(|| tadoru_index::romanize::romaji(e.current_name())))
                " (automatic romanization)"
            }
        }
        p.print-note {
            button.print type="button" hidden data-print { (lang.t("審査用記録を印刷（A4）", "Print the vetting record (A4)")) }
            span.print-only { (lang.t("tadoru 審査用記録 — 印刷日 ", "tadoru vetting record — printed ")) (chrono::Utc::now().date_naive()) " (UTC)" }
        }
        (glance_block(summary, lang, cite.base))
        dl.fields {
            @for i in &e.identifiers {
                dt { (if i.scheme == "corporate_number" { lang.t("法人番号", "Corporate number") } else { lang.t("施設番号", "Facility number") }) }
                dd {
                    code { (i.value) }
                    @if i.demo { " " span.badge.demo { (lang.t("デモ用の架空番号", "invented for the demo")) } }
                    " " (evidence_links(&i.evidence, lang))
                }
            }
            @if !e.places.is_empty() { dt { (lang.t("所在地", "Place")) } dd { (ja_text(lang, &e.places.join(" / "))) } }
            @if !e.addresses.is_empty() { dt { (lang.t("住所（記載のとおり）", "Address (as printed)")) } dd { (ja_text(lang, &e.addresses.join(" / "))) } }
            @if !e.status.is_empty() {
                dt { (lang.t("状態の記録", "Status record")) }
                dd { ul {
                    @for s in &e.status {
                        li {
                            (match s.state { State::Active => lang.t("存続・回復", "active or restored"), other => state_label(other, lang) })
                            " " (date_or(s.since, lang)) @if let Some(c) = &s.cause { " — " (mixed_text(lang, &crate::i18n::cause(lang, c))) } " " (evidence_links(&s.evidence, lang))
                        }
                    }
                } }
            }
        }
        h2 { (lang.t("名称の変遷", "Name timeline")) }
        table.reflow {
            thead { tr { th { (l_name) } th { (l_from) } th { (l_until) } th { (l_seen) } th { (l_ev) } } }
            tbody {
                @for n in &names {
                    tr {
                        td data-label=(l_name) { (ja_text(lang, &n.name)) @if !n.variants.is_empty() { br; span.muted { (lang.t("表記ゆれ：", "also written: ")) (ja_text(lang, &n.variants.join("、"))) } } }
                        td.date data-label=(l_from) { (n.from.map(|d| d.to_string()).unwrap_or_else(|| "—".into())) }
                        td.date data-label=(l_until) { (n.to.map(|d| d.to_string()).unwrap_or_else(|| "—".into())) }
                        td.muted data-label=(l_seen) { (n.first_seen.map(|d| d.to_string()).unwrap_or_default()) @if n.last_seen != n.first_seen { " – " (n.last_seen.map(|d| d.to_string()).unwrap_or_default()) } }
                        td data-label=(l_ev) { (evidence_links(&n.evidence, lang)) }
                    }
                }
            }
        }
        h2 { (lang.t("処分等（すべての名称）", "Notices under every name")) " (" (notices.len()) ")" }
        @if notices.is_empty() {
            @if inherited.iter().any(|(_, l)| !l.is_empty()) {
                p.muted { (lang.t("この法人に対する処分等の記録はありません。吸収合併で承継した法人への処分等は下に示します。", "No notices addressed to it. Those against the corporations it absorbed are listed below.")) }
            } @else {
                p.muted { (lang.t("処分等の記録はありません。", "No notices recorded.")) }
            }
        } @else {
            (notices_table(notices, lang, Some(cite.base)))
        }
        @for (a, list) in inherited {
            @if !list.is_empty() {
                h2 {
                    (lang.t("吸収合併で承継した法人への処分等：", "Notices against a corporation it absorbed: "))
                    (ja_text(lang, &a.current_name)) " (" (list.len()) ")"
                }
                p.muted {
                    (lang.t("この法人に対するものではなく、吸収合併で承継した ", "Not addressed to it: addressed to "))
                    a href=(with_lang(&format!("/entities/{}", a.id), lang)) { (ja_text(lang, &a.current_name)) }
                    (lang.t(" に対するものです。合併により、この法人の経歴の一部です。", ", which it absorbed by merger; part of its history through the merger."))
                }
                (notices_table(list, lang, Some(cite.base)))
            }
        }
        @if !mentions.is_empty() {
            h2 { (lang.t("言及されている処分等（この施設等に対するものではありません）", "Mentioned in (not addressed to it)")) }
            (notices_table(mentions, lang, Some(cite.base)))
        }
        @if !e.judgements.is_empty() {
            h2 { (lang.t("キュレーターの判断", "Curator's judgements")) }
            p.muted { (lang.t("資料からは決められない同一性について、tadoru の編集者が根拠とともに記録した判断です。", "Judgements about identity that the sources cannot settle, recorded by tadoru's editors with their reasons.")) }
            ul {
                @for j in &e.judgements {
                    li {
                        strong { (match j.kind.as_str() {
                            "same" => lang.t("同一と判断", "judged the same as"),
                            "not_same" => lang.t("別と判断", "judged not the same as"),
                            _ => lang.t("名称変更と判断", "judged renamed"),
                        }) }
                        " "
                        @if j.other.starts_with("e-") { a href=(with_lang(&format!("/entities/{}", j.other), lang)) { (j.other) } } @else { (ja_text(lang, &j.other)) }
                        " — " (ja_text(lang, &j.note))
                        @if let Some(s) = &j.source {
                            // Only web addresses become links (never `javascript:`).
                            @if s.starts_with("https://") || s.starts_with("http://") { " (" a href=(s) rel="noopener noreferrer" { (lang.t("出典", "source")) } ")" }
                            @else { " (" (s) ")" }
                        }
                        " " (evidence_links(std::slice::from_ref(&j.evidence), lang))
                    }
                }
            }
        }
        @if !e.edges.is_empty() {
            h2 { (lang.t("関係", "Relations")) }
            table.reflow {
                thead { tr { th { (l_rel) } th { (l_with) } th { (l_why) } th { (l_ev) } } }
                tbody {
                    @for (edge, target) in e.edges.iter().zip(targets) {
                        tr {
                            td data-label=(l_rel) {
                                (lang.t(edge.kind.ja(), edge.kind.en()))
                                @if let Some(d) = &edge.detail { "：" (ja_text(lang, d)) }
                                @if let Some(on) = edge.on { " (" (on) ")" }
                            }
                            td data-label=(l_with) { a href=(with_lang(&format!("/entities/{}", edge.target), lang)) { (ja_text(lang, target.as_ref().map_or(edge.target.as_str(), |t| t.current_name()))) } (on_paper(cite.base, &format!("/entities/{}", edge.target))) }
                            td.muted data-label=(l_why) { (ja_text(lang, if lang == Lang::Ja && !edge.reason_ja.is_empty() { &edge.reason_ja } else { &edge.reason })) }
                            td data-label=(l_ev) { (evidence_links(&edge.evidence, lang)) }
                        }
                    }
                }
            }
        }
        @let why = html! { ul { @for l in &e.links { li { (ja_text(lang, if lang == Lang::Ja && !l.reason_ja.is_empty() { &l.reason_ja } else { &l.reason })) " " (evidence_links(std::slice::from_ref(&l.evidence), lang)) } } } };
        details.why {
            summary { (lang.t("この記録をつないだ理由", "Why these records were linked")) " (" (e.links.len()) ")" }
            (why)
        }
        // Printed whole: a vetting record on paper cannot be opened.
        section.print-only {
            h2 { (lang.t("この記録をつないだ理由", "Why these records were linked")) " (" (e.links.len()) ")" }
            (why)
        }
        (follow_links(lang, &format!("/entities/{}", e.id), lang.t("この記録の処分等", "This record's notices"), ""))
        (citation(lang, cite))
        p.muted { a href=(format!("/api/v1/entities/{}", e.id)) { "JSON" } " · id " code { (e.id) } }
    }
}
