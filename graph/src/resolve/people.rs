//! People named in notices (管理者, 理事長, 実施責任者): entities of role
//! `person`, only as printed. A person is one entity per name within one
//! operator (or one clinic when the operator is unknown); records of the same
//! printed name elsewhere are linked as `same_name_as`, never merged, because
//! two people can share a name. A curator can join them.

use chrono::NaiveDate;
use tadoru_crawler::names::name_key;
use tadoru_model::{NoticeRecord, Role};

use crate::error::GraphError;
use crate::model::{EdgeKind, Evidence};
use crate::staged::Staged;

use super::{Why, add_edge, add_link, add_name, create, load};

/// Adds the people a notice names, each linked to the party they are named
/// with (position and date), and to other records of the same printed name.
pub(super) fn apply_persons(
    v: &Staged,
    notice: &str,
    record: &NoticeRecord,
    subject_ids: &[String],
    demo: bool,
    ev: &Evidence,
) -> Result<(), GraphError> {
    let seen: Option<NaiveDate> = record.issued_on;
    for p in &record.persons {
        let of = name_key(&p.of);
        let Some(i) = record
            .subjects
            .iter()
            .position(|s| name_key(&s.name) == of || s.spellings.iter().any(|x| name_key(x) == of))
        else {
            continue;
        };
        let (subject, sid) = (&record.subjects[i], &subject_ids[i]);
        // One person per name within one operator (or one party).
        let context = if subject.role == Role::Operator {
            sid.clone()
        } else {
            let e = load(v, sid)?;
            v.edges(&e.id)?
                .iter()
                .find(|x| x.kind == EdgeKind::OperatedBy)
                .map_or_else(|| sid.clone(), |x| x.target.clone())
        };
        let context = v.resolve_entity(&context)?.map_or(context, |e| e.id);
        let key = name_key(&p.name);
        if key.is_empty() {
            continue;
        }
        let scoped = format!("{key}@{context}");
        let pid = match v.ids_for_key(&scoped)?.into_iter().next() {
            Some(id) => v.resolve_entity(&id)?.map_or(id, |e| e.id),
            None => {
                let id = create(v, Role::Person, &p.name, Some(&context), demo)?;
                v.add_name_key(&scoped, &id);
                id
            }
        };
        let mut e = load(v, &pid)?;
        add_name(v, &mut e, &p.name, None, None, seen, ev)?;
        add_link(
            v,
            &e.id,
            Why::new(
                format!(
                    "named as {} ({}) of 「{}」 in the notice",
                    p.title,
                    p.title_en(),
                    subject.name
                ),
                format!("文書に「{}」の{}として氏名の記載", subject.name, p.title),
            ),
            ev,
        )?;
        v.add_notice(&e.id, notice)?;
        e.demo &= demo;
        v.put_entity(&e);
        v.add_name_key(&key, &pid);
        add_edge(
            v,
            &pid,
            EdgeKind::HoldsPosition,
            sid,
            (
                &format!(
                    "the notice names {} as {} of 「{}」",
                    p.name, p.title, subject.name
                ),
                &format!("文書に{}として「{}」の記載", p.title, p.name),
            ),
            Some((p.title.as_str(), seen)),
            ev,
        )?;
        // The same printed name elsewhere: listed, never merged.
        for other in v.ids_for_key(&key)? {
            let Some(o) = v.resolve_entity(&other)? else {
                continue;
            };
            if o.role == Role::Person && o.id != pid {
                add_edge(
                    v,
                    &pid,
                    EdgeKind::SameNameAs,
                    &o.id,
                    (
                        "the same name is printed in another notice; not verified as one person",
                        "別の文書に同じ氏名の記載（同一人物かは確認していない）",
                    ),
                    None,
                    ev,
                )?;
            }
        }
    }
    Ok(())
}
