#!/usr/bin/env python3
"""Turn a folder of HTML pages into the JSONL the peers load.

    bench/peers/pages_to_jsonl.py OUT.jsonl ROOT[=PREFIX] [...] [--exclude GLOB ...]

Every `*.html` under each ROOT becomes one line:
{"key": PREFIX + path under ROOT, "title": <title>, "site": the part of the
title after ｜ (the publishing office, the facet the peers count), "body": the
visible text of <body>, whitespace folded}. tadoru crawls the same pages over
HTTP; the peers are given the text already taken out of the HTML, which is the
kindest reading of "load the corpus" for them. Listing pages (their paths
matched by --exclude, e.g. 'list/*' 'index.html' '*_list_*') are left out, as
tadoru does not index listings either.
"""
import fnmatch
import html.parser
import json
import os
import sys


class Text(html.parser.HTMLParser):
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.parts, self.depth_skip, self.in_title = [], [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag in self.SKIP:
            self.depth_skip += 1
        elif tag in ("p", "br", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "div"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in self.SKIP:
            self.depth_skip = max(0, self.depth_skip - 1)

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif self.depth_skip == 0:
            self.parts.append(data)


def page(path):
    with open(path, "rb") as f:
        raw = f.read()
    for enc in ("utf-8", "cp932"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("utf-8", "replace")
    p = Text()
    p.feed(text)
    title = " ".join("".join(p.title).split())
    body = "\n".join(" ".join(line.split()) for line in "".join(p.parts).splitlines())
    body = "\n".join(line for line in body.splitlines() if line)
    site = title.rsplit("｜", 1)[1] if "｜" in title else ""
    return title, site, body


def main():
    args = sys.argv[1:]
    excludes = [args[i + 1] for i, a in enumerate(args) if a == "--exclude"]
    args = [a for i, a in enumerate(args) if a != "--exclude" and (i == 0 or args[i - 1] != "--exclude")]
    out, roots = args[0], args[1:]
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for spec in roots:
            root, _, prefix = spec.partition("=")
            for dirpath, dirs, files in os.walk(root):
                dirs.sort()
                for name in sorted(files):
                    if not name.endswith(".html"):
                        continue
                    full = os.path.join(dirpath, name)
                    rel = os.path.relpath(full, root).replace(os.sep, "/")
                    if any(fnmatch.fnmatch(rel, g) for g in excludes):
                        continue
                    title, site, body = page(full)
                    key = prefix + rel
                    f.write(json.dumps({"key": key, "title": title, "site": site, "body": body},
                                       ensure_ascii=False) + "\n")
                    n += 1
    print(f"{n} pages -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
