//! `tadoru export`: the registry as NDJSON (entities and notices as the API
//! shows them), CSV (one row per notice and subject), FollowTheMoney entities
//! (operators as Company, clinics and facilities as Organization, orders as
//! Sanction), or WARC 1.1 resource records of every archived document.
//! With a `tadoru serve` running on the same data, the server writes it.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde_json::json;
use tadoru_graph::{Entity, Graph, Notice};

use super::{UsageError, open_graph};

pub const FORMATS: [&str; 4] = ["ndjson", "csv", "ftm", "warc"];

pub async fn run(data: &Path, format: &str, out: &Path) -> anyhow::Result<()> {
    if !FORMATS.contains(&format) {
        return Err(UsageError(format!(
            "unknown format {format:?}: use ndjson, csv, ftm or warc"
        ))
        .into());
    }
    if !data.join(tadoru_graph::LOG_FILE).exists() {
        return Err(UsageError(format!("{} holds no tadoru data", data.display())).into());
    }
    // A running `tadoru serve` on this data holds the store: it writes the
    // export (to the same file: the path is made absolute first).
    let full = absolute(out);
    let request = super::admin::Request::Export {
        format: format.to_string(),
        out: full,
    };
    if let Some(result) = super::admin::forward(data, &request).await {
        return result;
    }
    let graph = open_graph(data)?;
    let mut print = super::print_line;
    export_into(&graph, format, out, &mut print)
}

/// `out` as an absolute path: its directory resolved, its file name kept
/// (the file need not exist yet).
fn absolute(out: &Path) -> std::path::PathBuf {
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    match (std::fs::canonicalize(&dir), out.file_name()) {
        (Ok(d), Some(name)) => d.join(name),
        _ => out.to_path_buf(),
    }
}

/// Writes the registry in `format` to `out`, reporting through `report`.
pub fn export_into(
    graph: &Graph,
    format: &str,
    out: &Path,
    report: &mut dyn FnMut(&str),
) -> anyhow::Result<()> {
    let file = std::fs::File::create(out)
        .map_err(|e| UsageError(format!("cannot create {}: {e}", out.display())))?;
    let mut w = std::io::BufWriter::new(file);
    let n = match format {
        "ndjson" => ndjson(graph, &mut w)?,
        "csv" => csv(graph, &mut w)?,
        "ftm" => ftm(graph, &mut w)?,
        "warc" => warc(graph, &mut w)?,
        other => {
            return Err(UsageError(format!(
                "unknown format {other:?}: use ndjson, csv, ftm or warc"
            ))
            .into());
        }
    };
    w.flush()
        .with_context(|| format!("failed to write {}", out.display()))?;
    report(&format!("wrote {n} records to {}", out.display()));
    Ok(())
}

fn ndjson(graph: &Graph, w: &mut impl Write) -> anyhow::Result<usize> {
    let mut n = 0;
    each_entity(graph, |e| {
        let mut v = tadoru_web::views::to_value(&tadoru_web::views::entity(graph, &e)?);
        v["type"] = json!("entity");
        writeln!(w, "{v}")?;
        n += 1;
        Ok(())
    })?;
    each_notice(graph, |notice| {
        let mut v = tadoru_web::views::to_value(&tadoru_web::views::notice(graph, &notice)?);
        v["type"] = json!("notice");
        writeln!(w, "{v}")?;
        n += 1;
        Ok(())
    })?;
    Ok(n)
}

fn csv(graph: &Graph, w: &mut impl Write) -> anyhow::Result<usize> {
    writeln!(
        w,
        "notice_id,issued_on,kind,kind_en,authority,title,subject_role,subject_name,subject_place,entity_id,entity_current_name,articles,source_url,sha256"
    )?;
    let field = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut n = 0;
    each_notice(graph, |notice| {
        let r = &notice.record;
        let doc = notice.documents.last();
        for (i, s) in r.subjects.iter().enumerate() {
            let entity = match notice.subject_entities.get(i) {
                Some(id) => graph.entity(id)?,
                None => None,
            };
            let row = [
                notice.id.clone(),
                r.issued_on.map(|d| d.to_string()).unwrap_or_default(),
                r.kind.code().to_string(),
                r.kind.en().to_string(),
                r.authority.clone(),
                r.title.clone(),
                s.role.code().to_string(),
                s.name.clone(),
                s.place.clone().unwrap_or_default(),
                entity.as_ref().map(|e| e.id.clone()).unwrap_or_default(),
                entity
                    .as_ref()
                    .map(|e| e.current_name().to_string())
                    .unwrap_or_default(),
                r.articles.join(" "),
                doc.map(|d| d.url.clone()).unwrap_or_default(),
                doc.map(|d| d.sha256.clone()).unwrap_or_default(),
            ];
            writeln!(
                w,
                "{}",
                row.iter().map(|c| field(c)).collect::<Vec<_>>().join(",")
            )?;
            n += 1;
        }
        Ok(())
    })?;
    Ok(n)
}

fn ftm(graph: &Graph, w: &mut impl Write) -> anyhow::Result<usize> {
    let mut n = 0;
    each_entity(graph, |e| {
        let schema = if e.role == tadoru_model::Role::Operator {
            "Company"
        } else {
            "Organization"
        };
        let current = e.current_name().to_string();
        let previous: Vec<&str> = e
            .names
            .iter()
            .map(|x| x.name.as_str())
            .filter(|x| *x != current)
            .collect();
        let mut props = json!({"name": [current], "previousName": previous, "address": e.places});
        if let Some(c) = e.corporate_number() {
            props["registrationNumber"] = json!([c.value]);
        }
        if let Some(s) = e.current_status() {
            props["status"] = json!([tadoru_web::views::state_code(s.state)]);
            if let Some(d) = s.since {
                props["dissolutionDate"] = json!([d.to_string()]);
            }
        }
        writeln!(
            w,
            "{}",
            json!({"id": e.id, "schema": schema, "properties": props})
        )?;
        n += 1;
        Ok(())
    })?;
    each_notice(graph, |notice| {
        let r = &notice.record;
        for id in &notice.subject_entities {
            let Some(e) = graph.entity(id)? else { continue };
            let props = json!({
                "entity": [e.id],
                "authority": [r.authority],
                "program": [r.kind.en()],
                "reason": [r.title],
                "startDate": r.issued_on.map(|d| vec![d.to_string()]).unwrap_or_default(),
                "sourceUrl": notice.documents.iter().map(|d| d.url.clone()).collect::<Vec<_>>(),
                "provisions": r.articles,
            });
            writeln!(
                w,
                "{}",
                json!({"id": format!("{}-{}", notice.id, e.id), "schema": "Sanction", "properties": props})
            )?;
            n += 1;
        }
        Ok(())
    })?;
    Ok(n)
}

/// WARC 1.1 `resource` records: the archived bytes with their source URL,
/// fetch time and sha256 digests.
fn warc(graph: &Graph, w: &mut impl Write) -> anyhow::Result<usize> {
    let mut n = 0;
    for d in graph.documents()? {
        let Some(bytes) = graph.document_bytes(&d.sha256)? else {
            continue;
        };
        let id = &d.sha256;
        let uuid = format!(
            "{}-{}-{}-{}-{}",
            &id[0..8],
            &id[8..12],
            &id[12..16],
            &id[16..20],
            &id[20..32]
        );
        write!(
            w,
            "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:{uuid}>\r\nWARC-Date: {}\r\nWARC-Target-URI: {}\r\nWARC-Block-Digest: sha256:{id}\r\nWARC-Payload-Digest: sha256:{id}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\r\n",
            d.fetched_at.format("%Y-%m-%dT%H:%M:%SZ"),
            d.url,
            d.content_type
                .as_deref()
                .unwrap_or("application/octet-stream"),
            bytes.len()
        )?;
        w.write_all(&bytes)?;
        w.write_all(b"\r\n\r\n")?;
        n += 1;
    }
    Ok(n)
}

/// Entities and notices are read this many at a time: an export's memory is
/// bounded by a chunk, not by the registry.
const CHUNK: usize = 1_000;

/// Calls `f` with each entity (not merged into another), in id order.
fn each_entity(
    graph: &Graph,
    mut f: impl FnMut(Entity) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut after: Option<String> = None;
    loop {
        let chunk = graph.entities_after(after.as_deref(), CHUNK)?;
        let Some(last) = chunk.last() else {
            return Ok(());
        };
        after = Some(last.id.clone());
        chunk.into_iter().try_for_each(&mut f)?;
    }
}

/// Calls `f` with each notice, in id order.
fn each_notice(
    graph: &Graph,
    mut f: impl FnMut(Notice) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut after: Option<String> = None;
    loop {
        let chunk = graph.notices_after(after.as_deref(), CHUNK)?;
        let Some(last) = chunk.last() else {
            return Ok(());
        };
        after = Some(last.id.clone());
        chunk.into_iter().try_for_each(&mut f)?;
    }
}
