"""How each system is asked a query (shared by relevance.py and paths.py).

Every system gets the query as a user typed it and answers with its top 10
and what it normally returns with them:

- tadoru: `/api/v1/search` (notices and entities, snippets, facets, romaji and
  English readings). For the notice-level comparison, `type=notice`.
- Groonga (TokenBigram + NormalizerAuto): `select` over title (weight 2) and
  body, each whitespace-separated word as a quoted phrase (Groonga's AND of
  words), sorted by score, with an HTML snippet of the body and a drilldown
  (facet) on the publishing office.
- Datasette (SQLite FTS5, trigram tokenizer): a canned query over the FTS
  table, ordered by FTS5 rank (bm25), with an FTS snippet; Datasette's own
  `escape_fts` quotes the words. (Datasette's table view with `_search` orders
  by primary key, not relevance, so the canned query is the fair setup.)
"""
import urllib.parse


def enc(s):
    return urllib.parse.quote(s, safe="")


def groonga_query(text):
    words = text.split()
    return " ".join('"' + w.replace("\\", "\\\\").replace('"', '\\"') + '"' for w in words)


def path(system, text, notices_only=False):
    if system == "tadoru":
        p = f"/api/v1/search?q={enc(text)}&per_page=10"
        return p + "&type=notice" if notices_only else p
    if system == "groonga":
        return ("/d/select?table=Pages&match_columns=" + enc("title*2||body")
                + "&query=" + enc(groonga_query(text))
                + "&output_columns=" + enc("_key,title,_score,snippet_html(body)")
                + "&sort_keys=-_score&limit=10&drilldown=site&command_version=2")
    if system == "datasette":
        return f"/pages/search.json?q={enc(text)}&_shape=objects"
    raise ValueError(system)
