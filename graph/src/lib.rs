//! The store of record: evidence files, the append-only statement log, and the sled entity graph built from them
