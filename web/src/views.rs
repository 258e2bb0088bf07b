//! JSON views of the API v1, kept apart from the stored models: field names
//! are snake_case English, Japanese values stay Japanese, and English
//! renderings sit beside them (`kind_en`, `title_en`).

use serde_json::{Value, json};
use tadoru_crawler::extract::{article_en, authority_en};
use tadoru_crawler::{NoticeKind, Role};
use tadoru_graph::{Entity, Evidence, Graph, Notice, State};

use crate::error::WebError;
use crate::indexing::title_en;

pub fn kind_en(code: &str) -> String {
    NoticeKind::from_code(code)
        .map(|k| k.en().to_string())
        .or_else(|| Role::from_code(code).map(|r| r.en().to_string()))
        .unwrap_or_default()
}

pub fn kind_ja(code: &str) -> String {
    NoticeKind::from_code(code)
        .map(|k| k.ja().to_string())
        .or_else(|| Role::from_code(code).map(|r| r.ja().to_string()))
        .unwrap_or_default()
}

pub fn state_code(s: State) -> &'static str {
    match s {
        State::Active => "active",
        State::Closed => "closed",
        State::Deleted => "deleted",
    }
}

fn evidence(ev: &[Evidence]) -> Value {
    Value::Array(
        ev.iter()
            .map(|e| json!({"sha256": e.sha256, "url": e.url, "locator": e.locator, "archived_url": format!("/api/v1/documents/{}", e.sha256)}))
            .collect(),
    )
}

/// The short form of an entity used in lists.
pub fn entity_brief(e: &Entity) -> Value {
    json!({
        "id": e.id,
        "current_name": e.current_name(),
        "names": e.names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(),
        "role": e.role.code(),
        "role_en": e.role.en(),
        "status": e.current_status().map_or("active", |s| state_code(s.state)),
        "demo": e.demo,
    })
}

/// The entity an absorbed corporation is now part of, following successions.
pub fn successor_of(graph: &Graph, e: &Entity) -> Result<Option<Entity>, WebError> {
    let mut current: Option<Entity> = None;
    let mut next = e.successor().map(str::to_string);
    for _ in 0..16 {
        let Some(id) = next else { break };
        let Some(s) = graph.entity(&id)? else { break };
        if s.id == e.id {
            break;
        }
        next = s.successor().map(str::to_string);
        current = Some(s);
    }
    Ok(current)
}

pub fn entity(graph: &Graph, e: &Entity) -> Result<Value, WebError> {
    let mut edges = Vec::new();
    for edge in &e.edges {
        let target = graph.entity(&edge.target)?;
        edges.push(json!({
            "kind": edge.kind,
            "kind_en": edge.kind.en(),
            "kind_ja": edge.kind.ja(),
            "detail": edge.detail,
            "on": edge.on,
            "target": target.as_ref().map(entity_brief).unwrap_or(json!({"id": edge.target})),
            "reason": edge.reason,
            "reason_ja": edge.reason_ja,
            "evidence": evidence(&edge.evidence),
        }));
    }
    let notice_records = graph.notices_of(e)?;
    let summary = crate::glance::summary(graph, e, &notice_records)?;
    let notices: Vec<Value> = notice_records.iter().map(notice_brief).collect();
    let mentioned_in: Vec<Value> = graph.mentions_of(e)?.iter().map(notice_brief).collect();
    let status = e.current_status();
    Ok(json!({
        "id": e.id,
        "role": e.role.code(),
        "role_en": e.role.en(),
        "current_name": e.current_name(),
        "en_name": e.en_name,
        "furigana": e.furigana,
        "names": e.names.iter().map(|n| json!({
            "name": n.name,
            "variants": n.variants,
            "from": n.from,
            "to": n.to,
            "first_seen": n.first_seen,
            "last_seen": n.last_seen,
            "evidence": evidence(&n.evidence),
        })).collect::<Vec<_>>(),
        "identifiers": e.identifiers.iter().map(|i| json!({
            "scheme": i.scheme, "value": i.value, "demo": i.demo, "evidence": evidence(&i.evidence),
        })).collect::<Vec<_>>(),
        "status": {
            "state": status.map_or("active", |s| state_code(s.state)),
            "since": status.and_then(|s| s.since),
            "cause": status.and_then(|s| s.cause.clone()),
        },
        "status_history": e.status.iter().map(|s| json!({
            "state": state_code(s.state), "since": s.since, "cause": s.cause, "evidence": evidence(&s.evidence),
        })).collect::<Vec<_>>(),
        "places": e.places,
        "addresses": e.addresses,
        "now_part_of": successor_of(graph, e)?.as_ref().map(entity_brief),
        "judgements": e.judgements.iter().map(|j| json!({
            "kind": j.kind, "other": j.other, "note": j.note, "source": j.source,
            "evidence": evidence(std::slice::from_ref(&j.evidence)),
        })).collect::<Vec<_>>(),
        "edges": edges,
        "notices": notices,
        "mentioned_in": mentioned_in,
        "links": e.links.iter().map(|l| json!({"reason": l.reason, "reason_ja": l.reason_ja, "evidence": evidence(std::slice::from_ref(&l.evidence))})).collect::<Vec<_>>(),
        "demo": e.demo,
        // The entity at a glance (additive): orders and whether each is in
        // force as far as the sources say, closure, renames, operator, and
        // the facilities or clinics linked by cell processing.
        "summary": summary,
    }))
}

pub fn notice_brief(n: &Notice) -> Value {
    json!({
        "id": n.id,
        "title": n.record.title,
        "title_en": title_en(n),
        "kind": n.record.kind.code(),
        "kind_en": n.record.kind.en(),
        "authority": n.record.authority,
        "issued_on": n.record.issued_on,
    })
}

pub fn notice(graph: &Graph, n: &Notice) -> Result<Value, WebError> {
    let changed = {
        let mut urls: Vec<&str> = n.documents.iter().map(|d| d.url.as_str()).collect();
        urls.sort();
        urls.dedup();
        n.documents.len() > urls.len()
    };
    let r = &n.record;
    let mut subjects = Vec::new();
    for (i, s) in r.subjects.iter().enumerate() {
        let entity = match n.subject_entities.get(i) {
            Some(id) => graph.entity(id)?,
            None => None,
        };
        subjects.push(json!({
            "name": s.name,
            "role": s.role.code(),
            "role_en": s.role.en(),
            "place": s.place,
            "operator": s.operator,
            "plans": s.plans,
            "articles": s.articles,
            "address": s.address,
            "facility_number": s.facility_number,
            "entity": entity.as_ref().map(entity_brief),
        }));
    }
    let mut documents = Vec::new();
    let mut demo = false;
    for d in &n.documents {
        let doc = graph.document(&d.sha256)?;
        demo |= doc.as_ref().is_some_and(|x| x.demo);
        documents.push(json!({
            "sha256": d.sha256,
            "url": d.url,
            "fetched_at": d.fetched_at,
            "encoding": doc.and_then(|x| x.encoding),
            "archived_url": format!("/api/v1/documents/{}", d.sha256),
        }));
    }
    Ok(json!({
        "id": n.id,
        "title": r.title,
        "title_en": title_en(n),
        "kind": r.kind.code(),
        "kind_en": r.kind.en(),
        "kind_ja": r.kind.ja(),
        "authority": r.authority,
        "authority_en": authority_en(&r.authority),
        "issued_on": r.issued_on,
        "articles": r.articles.iter().map(|a| json!({"article": a, "article_en": article_en(a)})).collect::<Vec<_>>(),
        "violations": r.violations.iter().map(|a| json!({"article": a, "article_en": article_en(a)})).collect::<Vec<_>>(),
        "subjects": subjects,
        "plans": r.plans,
        "renames": r.renames,
        "closures": r.closures,
        "persons": r.persons.iter().map(|p| json!({
            "name": p.name, "title": p.title, "title_en": p.title_en(), "of": p.of,
        })).collect::<Vec<_>>(),
        "summary_en": r.summary_en,
        "text": r.text,
        "part": r.part,
        "documents": documents,
        "attachments": r.attachments.iter().map(|a| json!({
            "title": a.title,
            "url": a.url,
            "sha256": a.sha256,
            "len": a.len,
            "content_type": a.content_type,
            "text_extracted": a.text.is_some(),
            "reader": a.reader,
            "text": a.text,
            "note": a.note,
            "error": a.error,
            "archived_url": a.sha256.as_ref().map(|s| format!("/api/v1/documents/{s}")),
        })).collect::<Vec<_>>(),
        // A page that changed between fetches keeps every version.
        "changed": changed,
        "withdrawn_seen": n.withdrawn_seen,
        "demo": demo,
    }))
}
