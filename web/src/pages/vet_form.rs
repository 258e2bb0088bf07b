//! `/vet`: a clinic checking all its subcontractors at once, in a browser. A
//! form takes names or corporate numbers, one a line (pasted from a
//! spreadsheet), and answers each as `POST /api/v1/vet` does — matched
//! entity, how and how surely, status and orders — with a link to each
//! entity's printable vetting record. Input it cannot read is refused on the
//! same page with the text kept.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use maud::{Markup, html};
use serde::Deserialize;
use serde_json::Value;

use super::{
    date_or, error_page, ja_text, kind_label, layout, mixed_text, page, state_label_code, with_lang,
};
use crate::i18n::Lang;
use crate::vet::{MAX_BODY, MAX_ITEM_CHARS, MAX_ITEMS};
use crate::{AppState, blocking};

/// The form body may be larger than the text it carries (percent-encoding).
pub const MAX_FORM_BODY: usize = 4 * MAX_BODY;

#[derive(Debug, Deserialize)]
struct VetForm {
    #[serde(default)]
    items: String,
}

fn match_label(how: &str, lang: Lang) -> &'static str {
    match (how, lang) {
        ("corporate_number", Lang::Ja) => "法人番号で一致",
        ("corporate_number", Lang::En) => "corporate number",
        ("name", Lang::Ja) => "名称で一致（現在または過去の名称）",
        ("name", Lang::En) => "name (current or former)",
        ("ambiguous", Lang::Ja) => "同じ名称が複数（確認が必要）",
        ("ambiguous", Lang::En) => "several with this name: check",
        ("search", Lang::Ja) => "名称検索の候補（同一か確認が必要）",
        ("search", Lang::En) => "closest by name search: check",
        (_, Lang::Ja) => "記録なし（安全という意味ではありません）",
        (_, Lang::En) => "no record (which does not mean safe)",
    }
}

fn entity_link(m: &Value, lang: Lang) -> Markup {
    let id = m["entity"]["id"].as_str().unwrap_or("");
    let name = m["entity"]["current_name"].as_str().unwrap_or("");
    html! {
        a href=(with_lang(&format!("/entities/{id}"), lang)) { (ja_text(lang, name)) }
        " " span.muted { (kind_label(m["entity"]["role"].as_str().unwrap_or(""), lang)) }
    }
}

fn orders_cell(m: &Value, lang: Lang) -> Markup {
    let orders = m["orders"].as_array().cloned().unwrap_or_default();
    let inherited = m["inherited_orders"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let badge = |o: &Value| {
        html! {
            span class=(format!("badge {}", o["kind"].as_str().unwrap_or(""))) { (kind_label(o["kind"].as_str().unwrap_or(""), lang)) }
            " " (date_or(o["issued_on"].as_str(), lang))
        }
    };
    html! {
        @if orders.is_empty() {
            @if inherited.is_empty() { (lang.t("命令の記録なし", "no orders on record")) }
            @else { (lang.t("この法人に対する命令の記録なし", "no orders of its own")) }
        } @else {
            ul.plain { @for o in &orders { li { (badge(o)) } } }
        }
        // Orders against a corporation it absorbed: its history through the
        // merger, said to be against that corporation.
        @if !inherited.is_empty() {
            ul.plain {
                @for io in &inherited {
                    @let through = &io["through"];
                    li {
                        (badge(&io["order"]))
                        (lang.t(" — 吸収した ", " — against "))
                        a href=(with_lang(&format!("/entities/{}", through["id"].as_str().unwrap_or("")), lang)) { (ja_text(lang, through["current_name"].as_str().unwrap_or(""))) }
                        (lang.t(" に対するもの", ", which it absorbed"))
                    }
                }
            }
        }
    }
}

fn results_table(results: &[Value], lang: Lang) -> Markup {
    let (item, how, entity, state, orders) = (
        lang.t("照会した内容", "Item"),
        lang.t("一致", "Match"),
        lang.t("施設・法人（審査用記録）", "Entity (vetting record)"),
        lang.t("状態", "Status"),
        lang.t("命令", "Orders"),
    );
    html! {
        table.reflow.vet {
            thead { tr { th { (item) } th { (how) } th { (entity) } th { (state) } th { (orders) } } }
            tbody {
                @for r in results {
                    @let m = r["match"].as_str().unwrap_or("none");
                    tr {
                        td data-label=(item) { (ja_text(lang, r["query"].as_str().unwrap_or(""))) }
                        td data-label=(how) {
                            (match_label(m, lang))
                            @if m != "none" {
                                " " span.muted { "(" (format!("{:.0}", r["confidence"].as_f64().unwrap_or(0.0) * 100.0)) "%)" }
                            }
                        }
                        td data-label=(entity) {
                            @if m == "ambiguous" {
                                ul.plain { @for c in r["candidates"].as_array().into_iter().flatten() { li { (entity_link(c, lang)) } } }
                            } @else if r["entity"].is_object() {
                                (entity_link(r, lang))
                            } @else { "—" }
                        }
                        td data-label=(state) {
                            @if let Some(s) = r["status"].as_str() {
                                span class=(format!("badge {s}")) { (state_label_code(s, lang)) }
                                @if let Some(d) = r["closed_on"].as_str() { " " (d) }
                            } @else { "—" }
                        }
                        td data-label=(orders) {
                            @if r["entity"].is_object() { (orders_cell(r, lang)) } @else { "—" }
                        }
                    }
                }
            }
        }
    }
}

fn form_page(
    lang: Lang,
    demo: bool,
    status: StatusCode,
    text: &str,
    error: Option<String>,
    results: Option<(&[Value], Option<String>)>,
) -> HttpResponse {
    let title = lang.t(
        "取引先をまとめて照会",
        "Vet a list of clinics and facilities",
    );
    let other = with_lang("/vet", if lang == Lang::Ja { Lang::En } else { Lang::Ja });
    let body = html! {
        h1 { (title) }
        p { (lang.t(
            "委託先の細胞培養加工施設や提携医療機関の名称（旧名称も可）または13桁の法人番号を、1行に1件ずつ貼り付けてください。それぞれについて、一致した記録、一致の仕方、状態と命令を示します。",
            "Paste the names (former names too) or 13-digit corporate numbers of your subcontractors, one a line. Each is answered with the record it matches, how it matched, its status and its orders.")) }
        form.vet method="post" action=(with_lang("/vet", lang)) {
            label for="items" { (lang.t(
                &format!("名称または法人番号（1行に1件、{MAX_ITEMS} 件まで）"),
                &format!("Names or corporate numbers (one a line, at most {MAX_ITEMS})"))) }
            textarea id="items" name="items" rows="8" required maxlength=(MAX_ITEMS * (MAX_ITEM_CHARS + 1)) { (text) }
            button type="submit" { (lang.t("照会する", "Vet")) }
        }
        @if let Some(e) = &error { p.warn role="alert" { (mixed_text(lang, e)) } }
        @if let Some((results, as_of)) = results {
            h2 id="results" { (lang.t("結果", "Results")) " (" (results.len()) ")" }
            (results_table(results, lang))
            p.muted {
                (lang.t(
                    "記録が見つからないことは安全を意味しません。tadoru が読んだ処分等の文書にその名前がない、というだけです。施設・法人の名前から、印刷できる審査用記録（A4）が開きます。",
                    "No record found does not mean safe: only that no enforcement notice tadoru has read names it. Each entity's name opens its printable vetting record (A4)."))
                @if let Some(d) = as_of { " " (lang.t("データ時点：", "Data as of ")) (d) }
            }
        }
        p.muted {
            (lang.t("プログラムからは ", "From a program: "))
            a href=(format!("{}#op-vet", with_lang("/api", lang))) { code { "POST /api/v1/vet" } }
            (lang.t("（JSON または CSV）。", " (JSON or CSV)."))
        }
    };
    page(status, layout(lang, demo, title, "", &other, body))
}

/// `GET /vet`: the form.
pub async fn vet_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let lang = Lang::from_request(&req);
    form_page(lang, state.demo, StatusCode::OK, "", None, None)
}

/// `POST /vet`: the form answered, the text kept.
pub async fn vet_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: Result<web::Bytes, actix_web::Error>,
) -> HttpResponse {
    let lang = Lang::from_request(&req);
    let demo = state.demo;
    let refuse = |text: &str, msg: String| {
        form_page(lang, demo, StatusCode::BAD_REQUEST, text, Some(msg), None)
    };
    let Ok(body) = body else {
        return refuse(
            "",
            lang.t(
                "送信された内容が大きすぎます。件数を減らしてください。",
                "The list is too large: send fewer items.",
            )
            .to_string(),
        );
    };
    let text = std::str::from_utf8(&body)
        .ok()
        .and_then(|b| web::Query::<VetForm>::from_query(b).ok())
        .map(|f| f.into_inner().items)
        .unwrap_or_default();
    let items = match crate::vet::parse_items("text/plain", text.as_bytes()) {
        Ok(items) if text.len() <= MAX_BODY => items,
        Ok(_) => {
            return refuse(
                &text,
                lang.t(
                    "送信された内容が大きすぎます。件数を減らしてください。",
                    "The list is too large: send fewer items.",
                )
                .to_string(),
            );
        }
        Err(e) => {
            let msg = match lang {
                Lang::Ja => format!(
                    "照会できませんでした。1行に1件、{MAX_ITEMS} 件まで、1件 {MAX_ITEM_CHARS} 文字までで入力してください。（{e}）"
                ),
                Lang::En => format!("The list could not be vetted: {e}."),
            };
            return refuse(&text, msg);
        }
    };
    let base = state.base(&req);
    let st = state.into_inner();
    let answered = blocking(move || {
        let mut results = Vec::with_capacity(items.len());
        for item in &items {
            results.push(crate::views::to_value(&crate::vet::vet_one(
                &st.graph, &st.index, item, &base,
            )?));
        }
        let as_of = st.graph.data_as_of()?.map(|t| t.date_naive().to_string());
        Ok((results, as_of))
    })
    .await;
    match answered {
        Ok((results, as_of)) => form_page(
            lang,
            demo,
            StatusCode::OK,
            &text,
            None,
            Some((&results, as_of)),
        ),
        Err(e) => error_page(lang, demo, &e),
    }
}

/// The 405 of `/vet`, which also takes `POST`.
pub async fn not_allowed(req: HttpRequest) -> HttpResponse {
    HttpResponse::build(StatusCode::METHOD_NOT_ALLOWED)
        .insert_header(("Allow", "GET, HEAD, POST"))
        .content_type("text/plain; charset=utf-8")
        .body(format!(
            "405 method not allowed: {} {} (allowed: GET, HEAD, POST)\n",
            req.method(),
            req.path()
        ))
}
