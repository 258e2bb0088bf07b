//! actix-web site (ja/en) and JSON API v1 over the graph and the index
