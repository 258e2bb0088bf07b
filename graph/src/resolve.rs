//! Applying statements to the views: entity resolution and linking. Records
//! are matched by corporate number first, then by normalized name (NFKC, legal
//! forms, spacing; see `tadoru_crawler::names`) within a compatible place and
//! role. Every link records why it was made. Applying is idempotent, so a
//! crash between the log and sled is mended by applying the entry again.

use chrono::NaiveDate;
use tadoru_crawler::names::{name_key, places_compatible, split_operator};
use tadoru_crawler::nta::{NtaRow, close_cause_en, process_en};
use tadoru_crawler::{NoticeKind, NoticeRecord, Role};

use crate::error::GraphError;
use crate::model::{
    DocRef, Document, Edge, EdgeKind, Entity, Evidence, Identifier, Link, NameInterval, Notice,
    State, StatusChange,
};
use crate::statement::{Entry, Statement};
use crate::views::Views;

/// Why tadoru linked something, in English and in Japanese.
pub(crate) struct Why {
    en: String,
    ja: String,
}

impl Why {
    fn new(en: String, ja: String) -> Why {
        Why { en, ja }
    }
}

/// The id of the notice read from `url` (its path and query: a mirror on
/// another host gives the same ids as the real site) and page part.
pub fn notice_id(url: &str, part: Option<&str>) -> String {
    let path = url::Url::parse(url)
        .map(|u| match u.query() {
            Some(q) => format!("{}?{q}", u.path()),
            None => u.path().to_string(),
        })
        .unwrap_or_else(|_| url.to_string());
    let seed = match part {
        Some(p) => format!("{path}#{p}"),
        None => path,
    };
    format!(
        "n-{}",
        &tadoru_crawler::crawl::sha256_hex(seed.as_bytes())[..12]
    )
}

pub fn apply(v: &Views, entry: &Entry) -> Result<(), GraphError> {
    match &entry.statement {
        Statement::Document {
            sha256,
            url,
            status,
            content_type,
            encoding,
            fetched_at,
            len,
            page,
            demo,
        } => {
            v.put_document(&Document {
                sha256: sha256.clone(),
                url: url.clone(),
                status: *status,
                content_type: content_type.clone(),
                encoding: encoding.clone(),
                fetched_at: *fetched_at,
                len: *len,
                page: page.clone(),
                demo: *demo,
            })?;
            v.urls.insert(url.as_bytes(), sha256.as_bytes())?;
        }
        Statement::Gone { url, seen_at, .. } => {
            for part in [None, Some("closure")] {
                if let Some(mut n) = v.notice(&notice_id(url, part))? {
                    if n.withdrawn_seen.is_none() {
                        n.withdrawn_seen = Some(*seen_at);
                        v.put_notice(&n)?;
                    }
                }
            }
        }
        Statement::Notice {
            id,
            sha256,
            url,
            record,
        } => apply_notice(v, id, sha256, url, record)?,
        Statement::Nta {
            sha256,
            line,
            row,
            demo,
        } => apply_nta(v, sha256, *line, row, *demo)?,
    }
    v.set_applied_seq(entry.seq)
}

/// The keys a name is registered and looked up under: the whole name, and the
/// facility part when an operator is written in front of it.
pub(crate) fn keys(name: &str, operator: Option<&str>) -> Vec<String> {
    let whole = name_key(name);
    let mut out = vec![whole.clone()];
    let (op, rest) = split_operator(name);
    if op.is_some() && !rest.is_empty() {
        out.push(name_key(&rest));
    }
    if let Some(op) = operator {
        let ok = name_key(op);
        if !ok.is_empty() && whole.len() > ok.len() && whole.starts_with(&ok) {
            out.push(whole[ok.len()..].to_string());
        }
    }
    // The whole name always counts; a shorter alternative only if it says something.
    let mut rest = out.split_off(1);
    rest.retain(|k| k.chars().count() >= 2 && *k != whole);
    out.extend(rest);
    out.retain(|k| !k.is_empty());
    out.dedup();
    out
}

/// Finds the entity a name refers to, with the reason for the match.
fn find(
    v: &Views,
    role: Option<Role>,
    name: &str,
    place: Option<&str>,
    operator: Option<&str>,
) -> Result<Option<(String, Why)>, GraphError> {
    for key in keys(name, operator) {
        for id in v.ids_for_key(&key)? {
            let Some(e) = v.resolve_entity(&id)? else {
                continue;
            };
            if role.is_some_and(|r| r != e.role) {
                continue;
            }
            let place_ok = e.places.is_empty()
                || place.is_none()
                || e.places.iter().any(|p| places_compatible(Some(p), place));
            if !place_ok || !operator_compatible(v, &e, operator)? {
                continue;
            }
            let why = match place {
                Some(p) => Why::new(
                    format!("same normalized name 「{key}」 in a compatible place ({p})"),
                    format!("正規化した名称「{key}」が一致し、所在地（{p}）も矛盾しない"),
                ),
                None => Why::new(
                    format!("same normalized name 「{key}」"),
                    format!("正規化した名称「{key}」が一致"),
                ),
            };
            return Ok(Some((e.id, why)));
        }
    }
    Ok(None)
}

/// Two records with the same name and place but different operators are two
/// clinics (銀座クリニック is a common name). Unknown operators never contradict;
/// an operator is known under every name it had.
fn operator_compatible(v: &Views, e: &Entity, operator: Option<&str>) -> Result<bool, GraphError> {
    let Some(op) = operator else { return Ok(true) };
    let key = name_key(op);
    let mut known = false;
    for edge in e.edges.iter().filter(|x| x.kind == EdgeKind::OperatedBy) {
        if let Some(o) = v.resolve_entity(&edge.target)? {
            known = true;
            if o.names
                .iter()
                .any(|n| name_key(&n.name) == key || n.variants.iter().any(|x| name_key(x) == key))
            {
                return Ok(true);
            }
        }
    }
    Ok(!known)
}

fn create(
    v: &Views,
    role: Role,
    name: &str,
    place: Option<&str>,
    demo: bool,
) -> Result<String, GraphError> {
    let seed = format!("{}|{}|{}", role.code(), name_key(name), place.unwrap_or(""));
    let hash = tadoru_crawler::crawl::sha256_hex(seed.as_bytes());
    let mut id = format!("e-{}", &hash[..12]);
    let mut n = 1;
    while v.entity(&id)?.is_some() {
        n += 1;
        id = format!("e-{}-{n}", &hash[..12]);
    }
    v.put_entity(&Entity {
        id: id.clone(),
        role,
        names: Vec::new(),
        en_name: None,
        furigana: None,
        identifiers: Vec::new(),
        places: Vec::new(),
        addresses: Vec::new(),
        status: Vec::new(),
        edges: Vec::new(),
        notices: Vec::new(),
        mentions: Vec::new(),
        links: Vec::new(),
        merged_into: None,
        demo,
    })?;
    Ok(id)
}

fn find_or_create(
    v: &Views,
    role: Role,
    name: &str,
    place: Option<&str>,
    operator: Option<&str>,
    demo: bool,
    ev: &Evidence,
) -> Result<String, GraphError> {
    let (id, reason) = match find(v, Some(role), name, place, operator)? {
        Some(found) => found,
        None => (
            create(v, role, name, place, demo)?,
            Why::new(
                "first record of this entity".into(),
                "この施設・法人の最初の記録".into(),
            ),
        ),
    };
    let mut e = load(v, &id)?;
    for key in keys(name, operator) {
        v.add_name_key(&key, &e.id)?;
    }
    add_link(
        &mut e,
        Why::new(
            format!("「{name}」: {}", reason.en),
            format!("「{name}」：{}", reason.ja),
        ),
        ev,
    );
    if let Some(p) = place {
        if !e.places.iter().any(|x| x == p) {
            e.places.push(p.to_string());
        }
    }
    e.demo &= demo;
    v.put_entity(&e)?;
    Ok(e.id)
}

fn load(v: &Views, id: &str) -> Result<Entity, GraphError> {
    v.resolve_entity(id)?.ok_or_else(|| {
        GraphError::json(
            format!("entity {id}"),
            serde::de::Error::custom("missing entity"),
        )
    })
}

fn add_link(e: &mut Entity, why: Why, ev: &Evidence) {
    let link = Link {
        reason: why.en,
        reason_ja: why.ja,
        evidence: ev.clone(),
    };
    if !e.links.contains(&link) {
        e.links.push(link);
    }
}

fn push_evidence(list: &mut Vec<Evidence>, ev: &Evidence) {
    if !list.contains(ev) {
        list.push(ev.clone());
    }
}

/// Records that `e` was called `name`, with what the source says of its dates.
fn add_name(
    e: &mut Entity,
    name: &str,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    seen: Option<NaiveDate>,
    ev: &Evidence,
) {
    let key = name_key(name);
    let interval = match e.names.iter_mut().find(|n| name_key(&n.name) == key) {
        Some(n) => n,
        None => {
            e.names.push(NameInterval {
                name: name.to_string(),
                variants: Vec::new(),
                from: None,
                to: None,
                first_seen: None,
                last_seen: None,
                evidence: Vec::new(),
            });
            let last = e.names.len() - 1;
            &mut e.names[last]
        }
    };
    if interval.name != name && !interval.variants.iter().any(|x| x == name) {
        interval.variants.push(name.to_string());
    }
    // Show the fullest spelling: 株式会社 rather than (株).
    if is_abbreviated(&interval.name) && !is_abbreviated(name) {
        show_as(interval, name);
    }
    if from.is_some() && interval.from.is_none() {
        interval.from = from;
    }
    if to.is_some() && interval.to.is_none() {
        interval.to = to;
    }
    if let Some(d) = seen {
        interval.first_seen = Some(interval.first_seen.map_or(d, |f| f.min(d)));
        interval.last_seen = Some(interval.last_seen.map_or(d, |l| l.max(d)));
    }
    push_evidence(&mut interval.evidence, ev);
}

fn is_abbreviated(name: &str) -> bool {
    ["(株)", "(有)", "(同)", "(医)", "(一社)", "㈱", "（株）"]
        .iter()
        .any(|a| name.contains(a))
}

/// Makes `name` the spelling an interval is shown under, keeping the old one as a variant.
fn show_as(interval: &mut NameInterval, name: &str) {
    if interval.name == name {
        return;
    }
    let old = std::mem::replace(&mut interval.name, name.to_string());
    interval.variants.retain(|v| v != name);
    if !interval.variants.contains(&old) {
        interval.variants.push(old);
    }
}

fn add_edge(
    v: &Views,
    from: &str,
    kind: EdgeKind,
    to: &str,
    (reason, reason_ja): (&str, &str),
    ev: &Evidence,
) -> Result<(), GraphError> {
    if from == to {
        return Ok(());
    }
    for (a, k, b) in [(from, kind, to), (to, kind.inverse(), from)] {
        let mut e = load(v, a)?;
        match e.edges.iter_mut().find(|x| x.kind == k && x.target == b) {
            Some(edge) => push_evidence(&mut edge.evidence, ev),
            None => e.edges.push(Edge {
                kind: k,
                target: b.to_string(),
                reason: reason.to_string(),
                reason_ja: reason_ja.to_string(),
                evidence: vec![ev.clone()],
            }),
        }
        v.put_entity(&e)?;
    }
    Ok(())
}

fn set_status(
    e: &mut Entity,
    state: State,
    since: Option<NaiveDate>,
    cause: Option<String>,
    ev: &Evidence,
) {
    if let Some(s) = e
        .status
        .iter_mut()
        .find(|s| s.state == state && s.since == since && s.cause == cause)
    {
        push_evidence(&mut s.evidence, ev);
        return;
    }
    e.status.push(StatusChange {
        state,
        since,
        cause,
        evidence: vec![ev.clone()],
    });
    // Oldest first; undated changes keep their order of arrival after dated ones before them.
    e.status.sort_by_key(|s| s.since.unwrap_or(NaiveDate::MIN));
}

/// Folds entity `from` into `into`: names, identifiers, notices and edges move;
/// `from` stays, marked as merged, so its old id still resolves.
fn merge(v: &Views, from: &str, into: &str, reason: &Why, ev: &Evidence) -> Result<(), GraphError> {
    let (Some(mut a), Some(mut b)) = (v.resolve_entity(into)?, v.resolve_entity(from)?) else {
        return Ok(());
    };
    if a.id == b.id {
        return Ok(());
    }
    for n in &b.names {
        for e in &n.evidence {
            add_name(&mut a, &n.name, n.from, n.to, n.first_seen, e);
        }
        if let Some(last) = n.last_seen {
            add_name(&mut a, &n.name, None, None, Some(last), &n.evidence[0]);
        }
        for key in keys(&n.name, None) {
            v.add_name_key(&key, &a.id)?;
        }
    }
    for i in &b.identifiers {
        if !a
            .identifiers
            .iter()
            .any(|x| x.scheme == i.scheme && x.value == i.value)
        {
            a.identifiers.push(i.clone());
        }
        if i.scheme == "corporate_number" {
            v.corp.insert(i.value.as_bytes(), a.id.as_bytes())?;
        }
    }
    for p in &b.places {
        if !a.places.contains(p) {
            a.places.push(p.clone());
        }
    }
    for n in &b.notices {
        if !a.notices.contains(n) {
            a.notices.push(n.clone());
        }
    }
    for n in &b.mentions {
        if !a.mentions.contains(n) {
            a.mentions.push(n.clone());
        }
    }
    for s in &b.status {
        for e in &s.evidence {
            set_status(&mut a, s.state, s.since, s.cause.clone(), e);
        }
    }
    for edge in &b.edges {
        if !a
            .edges
            .iter()
            .any(|x| x.kind == edge.kind && x.target == edge.target)
            && edge.target != a.id
        {
            a.edges.push(edge.clone());
        }
    }
    a.links.extend(b.links.iter().cloned());
    add_link(
        &mut a,
        Why::new(
            format!("merged with {}: {}", b.id, reason.en),
            format!("{} と統合：{}", b.id, reason.ja),
        ),
        ev,
    );
    a.demo &= b.demo;
    b.merged_into = Some(a.id.clone());
    v.put_entity(&a)?;
    v.put_entity(&b)?;
    Ok(())
}

fn apply_notice(
    v: &Views,
    id: &str,
    sha256: &str,
    url: &str,
    record: &NoticeRecord,
) -> Result<(), GraphError> {
    let doc = v.document(sha256)?;
    let demo = doc.as_ref().is_some_and(|d| d.demo);
    let ev = Evidence {
        sha256: sha256.to_string(),
        url: url.to_string(),
        locator: format!("notice {id}"),
    };
    let seen = record.issued_on;

    // Renames first, so that subjects under either name land on one entity.
    for r in &record.renames {
        let subject = record.subjects.iter().find(|s| {
            name_key(&s.name) == name_key(&r.old) || name_key(&s.name) == name_key(&r.new)
        });
        let role =
            subject
                .map(|s| s.role)
                .unwrap_or(if tadoru_crawler::names::is_legal_entity(&r.new) {
                    Role::Operator
                } else {
                    Role::Clinic
                });
        let place = subject.and_then(|s| s.place.as_deref());
        let old = find(v, Some(role), &r.old, place, None)?;
        let new = find(v, Some(role), &r.new, place, None)?;
        let reason = Why::new(
            format!("the notice states the rename 「{}」→「{}」", r.old, r.new),
            format!("文書に名称変更「{}」→「{}」の記載", r.old, r.new),
        );
        let target = match (old, new) {
            (Some((a, _)), Some((b, _))) if a != b => {
                merge(v, &b, &a, &reason, &ev)?;
                a
            }
            (Some((a, _)), _) => a,
            (None, Some((b, _))) => b,
            (None, None) => create(v, role, &r.old, place, demo)?,
        };
        let mut e = load(v, &target)?;
        // A notice that states the rename mentions the entity; it is one of
        // its notices only if it also names it as a party (below).
        if !e.mentions.iter().any(|n| n == id) {
            e.mentions.push(id.to_string());
        }
        add_name(&mut e, &r.old, None, r.on, seen, &ev);
        add_name(&mut e, &r.new, r.on, None, seen, &ev);
        add_link(&mut e, reason, &ev);
        if let Some(p) = place {
            if !e.places.iter().any(|x| x == p) {
                e.places.push(p.to_string());
            }
        }
        v.put_entity(&e)?;
        for key in keys(&r.old, None).into_iter().chain(keys(&r.new, None)) {
            v.add_name_key(&key, &e.id)?;
        }
    }

    let mut subject_ids = Vec::with_capacity(record.subjects.len());
    for s in &record.subjects {
        let sid = find_or_create(
            v,
            s.role,
            &s.name,
            s.place.as_deref(),
            s.operator.as_deref(),
            demo,
            &ev,
        )?;
        let mut e = load(v, &sid)?;
        add_name(&mut e, &s.name, None, None, seen, &ev);
        for spelling in &s.spellings {
            add_name(&mut e, spelling, None, None, seen, &ev);
            for key in keys(spelling, s.operator.as_deref()) {
                v.add_name_key(&key, &e.id)?;
            }
        }
        if !e.notices.iter().any(|n| n == id) {
            e.notices.push(id.to_string());
        }
        v.put_entity(&e)?;
        subject_ids.push(e.id);
    }
    for (s, sid) in record.subjects.iter().zip(&subject_ids) {
        if let Some(op) = &s.operator {
            if s.role == Role::Operator {
                continue;
            }
            let place = s.place.as_deref().map(tadoru_crawler::names::prefecture);
            let oid = find_or_create(v, Role::Operator, op, place.as_deref(), None, demo, &ev)?;
            let mut o = load(v, &oid)?;
            add_name(&mut o, op, None, None, seen, &ev);
            v.put_entity(&o)?;
            add_edge(
                v,
                &oid,
                EdgeKind::Operates,
                sid,
                (
                    &format!("the notice names 「{op}」 as operator of 「{}」", s.name),
                    &format!(
                        "処分等の文書が「{op}」を「{}」の開設者・運営者として記載",
                        s.name
                    ),
                ),
                &ev,
            )?;
        }
    }
    // A facility and a clinic named in one order: the facility's cells were
    // used at the clinic (the orders tadoru keeps are about exactly that).
    if matches!(
        record.kind,
        NoticeKind::EmergencyOrder | NoticeKind::ImprovementOrder
    ) {
        let pairs: Vec<(&String, &String)> = record
            .subjects
            .iter()
            .zip(&subject_ids)
            .filter(|(s, _)| s.role == Role::CellProcessingFacility)
            .flat_map(|(_, f)| {
                record
                    .subjects
                    .iter()
                    .zip(&subject_ids)
                    .filter(|(s, _)| s.role == Role::Clinic)
                    .map(move |(_, c)| (f, c))
            })
            .collect();
        for (f, c) in pairs {
            add_edge(
                v,
                f,
                EdgeKind::ProcessesCellsFor,
                c,
                (
                    "named together with the clinic in one order",
                    "同一の命令で医療機関とともに名指しされている",
                ),
                &ev,
            )?;
        }
    }
    for c in &record.closures {
        if let Some((cid, _)) = find(v, None, &c.name, None, None)? {
            let mut e = load(v, &cid)?;
            set_status(
                &mut e,
                State::Closed,
                c.on,
                Some("廃止届 (closure filing)".to_string()),
                &ev,
            );
            v.put_entity(&e)?;
        }
    }

    let doc_ref = DocRef {
        sha256: sha256.to_string(),
        url: url.to_string(),
        fetched_at: doc.map_or_else(chrono::Utc::now, |d| d.fetched_at),
    };
    let notice = match v.notice(id)? {
        Some(mut n) => {
            if !n.documents.iter().any(|d| d.sha256 == sha256) {
                n.documents.push(doc_ref);
            }
            n.record = record.clone();
            n.subject_entities = subject_ids;
            n
        }
        None => Notice {
            id: id.to_string(),
            record: record.clone(),
            subject_entities: subject_ids,
            documents: vec![doc_ref],
            withdrawn_seen: None,
        },
    };
    v.put_notice(&notice)
}

fn apply_nta(
    v: &Views,
    sha256: &str,
    line: u64,
    row: &NtaRow,
    demo: bool,
) -> Result<(), GraphError> {
    let url = v.document(sha256)?.map(|d| d.url).unwrap_or_default();
    let ev = Evidence {
        sha256: sha256.to_string(),
        url,
        locator: format!("line {line}"),
    };
    let place = format!("{}{}", row.prefecture, row.city);
    let place = (!place.is_empty()).then_some(place);
    let existing = match v.corp.get(row.corporate_number.as_bytes())? {
        Some(id) => v
            .resolve_entity(&String::from_utf8_lossy(&id))?
            .map(|e| e.id),
        None => None,
    };
    let id = match existing {
        Some(id) => {
            let mut e = load(v, &id)?;
            add_link(
                &mut e,
                Why::new(
                    format!("same corporate number {}", row.corporate_number),
                    format!("法人番号 {} が一致", row.corporate_number),
                ),
                &ev,
            );
            v.put_entity(&e)?;
            id
        }
        None => find_or_create(
            v,
            Role::Operator,
            &row.name,
            place.as_deref(),
            None,
            demo,
            &ev,
        )?,
    };
    v.corp
        .insert(row.corporate_number.as_bytes(), id.as_bytes())?;
    for key in keys(&row.name, None) {
        v.add_name_key(&key, &id)?;
    }
    let mut e = load(v, &id)?;
    if !e
        .identifiers
        .iter()
        .any(|i| i.scheme == "corporate_number" && i.value == row.corporate_number)
    {
        e.identifiers.push(Identifier {
            scheme: "corporate_number".into(),
            value: row.corporate_number.clone(),
            demo,
            evidence: Vec::new(),
        });
    }
    if let Some(i) = e
        .identifiers
        .iter_mut()
        .find(|i| i.value == row.corporate_number)
    {
        push_evidence(&mut i.evidence, &ev);
    }
    let date = row.change_date.or(row.update_date);
    match row.process.as_str() {
        "11" => {
            let new_key = name_key(&row.name);
            for n in e
                .names
                .iter_mut()
                .filter(|n| n.to.is_none() && name_key(&n.name) != new_key)
            {
                n.to = row.change_date;
                push_evidence(&mut n.evidence, &ev);
            }
            add_name(&mut e, &row.name, row.change_date, None, date, &ev);
        }
        _ => add_name(
            &mut e,
            &row.name,
            if row.process == "01" {
                row.assignment_date.or(row.change_date)
            } else {
                None
            },
            None,
            date,
            &ev,
        ),
    }
    // The registered name is the official spelling of the interval.
    let key = name_key(&row.name);
    if let Some(interval) = e.names.iter_mut().find(|n| name_key(&n.name) == key) {
        show_as(interval, &row.name);
    }
    let address = format!("{}{}{}", row.prefecture, row.city, row.street);
    if !address.is_empty() && !e.addresses.contains(&address) {
        e.addresses.push(address);
    }
    if let Some(p) = place {
        if !e.places.contains(&p) {
            e.places.push(p);
        }
    }
    if !row.en_name.is_empty() {
        e.en_name = Some(row.en_name.clone());
    }
    if !row.furigana.is_empty() {
        e.furigana = Some(row.furigana.clone());
    }
    let nta_cause = |what: &str| {
        format!(
            "NTA: {what} (process {}, {})",
            row.process,
            process_en(&row.process)
        )
    };
    match row.process.as_str() {
        "21" | "71" | "81" => {
            let cause = if row.close_cause.is_empty() {
                nta_cause(process_en(&row.process))
            } else {
                nta_cause(close_cause_en(&row.close_cause))
            };
            set_status(
                &mut e,
                State::Closed,
                row.close_date.or(row.change_date),
                Some(cause),
                &ev,
            );
        }
        "22" | "72" => set_status(
            &mut e,
            State::Active,
            row.change_date,
            Some(nta_cause(process_en(&row.process))),
            &ev,
        ),
        "99" => set_status(
            &mut e,
            State::Deleted,
            row.change_date,
            Some(nta_cause("deleted")),
            &ev,
        ),
        _ => {}
    }
    v.put_entity(&e)?;
    if !row.successor_corporate_number.is_empty() {
        let successor = match v.corp.get(row.successor_corporate_number.as_bytes())? {
            Some(sid) => String::from_utf8_lossy(&sid).to_string(),
            None => {
                let label = format!("法人番号 {}", row.successor_corporate_number);
                let sid = create(v, Role::Operator, &label, None, demo)?;
                let mut s = load(v, &sid)?;
                s.identifiers.push(Identifier {
                    scheme: "corporate_number".into(),
                    value: row.successor_corporate_number.clone(),
                    demo,
                    evidence: vec![ev.clone()],
                });
                add_name(&mut s, &label, None, None, None, &ev);
                v.put_entity(&s)?;
                v.corp
                    .insert(row.successor_corporate_number.as_bytes(), sid.as_bytes())?;
                sid
            }
        };
        add_edge(
            v,
            &id,
            EdgeKind::SucceededBy,
            &successor,
            (
                "NTA successor corporate number (absorption merger)",
                "国税庁法人番号公表サイトの承継先法人番号（吸収合併）",
            ),
            &ev,
        )?;
    }
    Ok(())
}
