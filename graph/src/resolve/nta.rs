//! NTA corporate-number history: new records, name and address changes,
//! closures, restorations, and absorption mergers (process 71 on the
//! survivor, which stays active; process 21 with close cause 11 on the
//! absorbed, which closes and points to its successor).

use tadoru_crawler::names::name_key;
use tadoru_model::Role;
use tadoru_model::record::PartialDate;

use super::matching::Printed;
use crate::error::GraphError;
use crate::model::{EdgeKind, Evidence, Identifier, State};
use crate::staged::Staged;
use crate::views::{owner_identifier, owner_name};

use tadoru_model::nta::{NtaRow, close_cause_en, process_en};

use super::*;

pub(super) fn apply_nta(
    v: &Staged,
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
    let existing = match v.corp(&row.corporate_number)? {
        Some(id) => v.resolve_entity(&id)?.map(|e| e.id),
        None => None,
    };
    let id = match existing {
        Some(id) => {
            add_link(
                v,
                &id,
                Why::new(
                    format!("same corporate number {}", row.corporate_number),
                    format!("法人番号 {} が一致", row.corporate_number),
                ),
                &ev,
            )?;
            id
        }
        None => find_or_create(
            v,
            Role::Operator,
            Printed {
                name: &row.name,
                place: place.as_deref(),
                ..Printed::default()
            },
            demo,
            &ev,
        )?,
    };
    v.set_corp(&row.corporate_number, &id);
    for key in keys(&row.name, None) {
        v.add_name_key(&key, &id);
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
    v.add_evidence(
        &e.id,
        &owner_identifier("corporate_number", &row.corporate_number),
        &ev,
    )?;
    let date = row.change_date.or(row.update_date);
    match row.process.as_str() {
        "11" => {
            let new_key = name_key(&row.name);
            let mut ended = Vec::new();
            for n in e
                .names
                .iter_mut()
                .filter(|n| n.to.is_none() && name_key(&n.name) != new_key)
            {
                n.to = row.change_date.map(PartialDate::from);
                ended.push(owner_name(&n.name));
            }
            for owner in ended {
                v.add_evidence(&e.id, &owner, &ev)?;
            }
            add_name(
                v,
                &mut e,
                &row.name,
                row.change_date.map(PartialDate::from),
                None,
                date,
                &ev,
            )?;
        }
        _ => add_name(
            v,
            &mut e,
            &row.name,
            if row.process == "01" {
                row.assignment_date
                    .or(row.change_date)
                    .map(PartialDate::from)
            } else {
                None
            },
            None,
            date,
            &ev,
        )?,
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
    if let Some(p) = place
        && !e.places.contains(&p)
    {
        e.places.push(p);
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
        // 71 is recorded on the SURVIVING corporation of an absorption
        // merger: it absorbed another and stays active (SOURCES.md §4).
        "71" => {}
        "21" | "81" => {
            let cause = if row.close_cause.is_empty() {
                nta_cause(process_en(&row.process))
            } else {
                nta_cause(close_cause_en(&row.close_cause))
            };
            set_status(
                v,
                &mut e,
                State::Closed,
                row.close_date.or(row.change_date).map(PartialDate::from),
                Some(cause),
                &ev,
            )?;
        }
        "22" | "72" => set_status(
            v,
            &mut e,
            State::Active,
            row.change_date.map(PartialDate::from),
            Some(nta_cause(process_en(&row.process))),
            &ev,
        )?,
        "99" => set_status(
            v,
            &mut e,
            State::Deleted,
            row.change_date.map(PartialDate::from),
            Some(nta_cause("deleted")),
            &ev,
        )?,
        _ => {}
    }
    v.put_entity(&e);
    if !row.successor_corporate_number.is_empty() {
        let successor = corporation(v, &row.successor_corporate_number, demo, &ev)?;
        add_edge(
            v,
            &id,
            EdgeKind::SucceededBy,
            &successor,
            (
                "NTA successor corporate number (absorption merger)",
                "国税庁法人番号公表サイトの承継先法人番号（吸収合併）",
            ),
            None,
            &ev,
        )?;
    }
    // The survivor's change cause names whom it absorbed: 「…（1234567890123）を合併」.
    if row.process == "71" {
        for absorbed in corporate_numbers(&row.change_cause) {
            if absorbed == row.corporate_number {
                continue;
            }
            let other = corporation(v, &absorbed, demo, &ev)?;
            add_edge(
                v,
                &other,
                EdgeKind::SucceededBy,
                &id,
                (
                    "NTA absorption merger stated by the surviving corporation",
                    "存続法人の国税庁法人番号公表サイトの記録（吸収合併）",
                ),
                None,
                &ev,
            )?;
        }
    }
    Ok(())
}

/// The 13-digit corporate numbers (with a valid check digit) in a text.
fn corporate_numbers(text: &str) -> Vec<String> {
    let norm = tadoru_crawler::names::clean(text);
    let mut out = Vec::new();
    let mut run = String::new();
    for c in norm.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            if run.len() == 13 && tadoru_crawler::nta::check_digit_ok(&run) && !out.contains(&run) {
                out.push(run.clone());
            }
            run.clear();
        }
    }
    out
}

/// The entity of a corporate number, or a placeholder named by the number
/// until its own record is imported.
fn corporation(v: &Staged, number: &str, demo: bool, ev: &Evidence) -> Result<String, GraphError> {
    if let Some(id) = v.corp(number)? {
        return Ok(v.resolve_entity(&id)?.map_or(id, |e| e.id));
    }
    let label = format!("法人番号 {number}");
    let sid = create(v, Role::Operator, &label, None, demo)?;
    let mut s = load(v, &sid)?;
    s.identifiers.push(Identifier {
        scheme: "corporate_number".into(),
        value: number.to_string(),
        demo,
        evidence: Vec::new(),
    });
    v.add_evidence(&sid, &owner_identifier("corporate_number", number), ev)?;
    add_name(v, &mut s, &label, None, None, None, ev)?;
    v.put_entity(&s);
    v.set_corp(number, &sid);
    Ok(sid)
}
