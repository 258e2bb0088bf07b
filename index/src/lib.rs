//! tantivy search over notices and entities, with Japanese and English analyzers
