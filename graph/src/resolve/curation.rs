//! Curators' judgements from `curation.toml`: `same`, `not_same` and
//! `renamed` between entities, applied through the statement log like every
//! other fact, shown on the entity as a curator's judgement.
