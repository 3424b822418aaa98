"""Collecting a fresh set of unseen reports, the way sets AL-AU were made: helpers copy
reports from stored pages into text files, `add` checks and appends each one, `build`
makes the set that false_alarms.py measures (before anyone reads it).

    python3 benchmarks/unseen_collect.py add SET PART FILE.txt   # SET "AV", PART "a" or "b"
    python3 benchmarks/unseen_collect.py build SET
    .venv/bin/python benchmarks/false_alarms.py --jsonl /tmp/unseen/SET.jsonl --name SET --dump ...

A FILE holds one or more blocks:

    #Q the search query used
    @@ https://address.of/the/report
    @P YYYY-MM-DD   (the report's own publication date)
    @T the headline as the page gives it (the line left out when it gives none)
    the report's text as the page gives it (at least 300 characters)

`add` rejects a report without an address, a full date or 300 characters of text, or
whose address is in benchmarks/data/unseen_sources.jsonl or in another raw file (each
set must be unseen). `build` writes /tmp/unseen/SET.jsonl ({id, published, title, text,
url}; the title None when it is the text's first line) and SET_sources.jsonl (append it
to unseen_sources.jsonl once the set is labelled). Reports and texts stay out of the
project: only labels and sources are kept.
"""
from __future__ import annotations

import glob
import json
import re
import sys
from pathlib import Path

WORK = Path("/tmp/unseen")
SOURCES = Path(__file__).resolve().parent / "data" / "unseen_sources.jsonl"


def _seen() -> set[str]:
    seen = {json.loads(line)["url"].rstrip("/") for line in SOURCES.open(encoding="utf-8")}
    for path in glob.glob(str(WORK / "*_raw_*.jsonl")):
        seen |= {json.loads(line)["url"].rstrip("/") for line in open(path, encoding="utf-8")}
    return seen


def _blocks(text: str):
    for block in re.split(r"(?m)^(?=#Q )", text):
        if not block.strip():
            continue
        lines = block.split("\n")
        fields = {"query": lines[0][3:].strip(), "url": None, "published": None, "title": None}
        i = 1
        while i < len(lines) and lines[i][:3] in ("@@ ", "@P ", "@T "):
            key = {"@@": "url", "@P": "published", "@T": "title"}[lines[i][:2]]
            fields[key] = lines[i][3:].strip()
            i += 1
        fields["text"] = "\n".join(lines[i:]).strip()
        yield fields


def _why_not(r: dict, seen: set[str]) -> str | None:
    if not r["url"]:
        return "no @@ address"
    if r["url"].rstrip("/") in seen:
        return "address already collected"
    if not r["published"] or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]):
        return "@P must be a full date YYYY-MM-DD"
    if len(r["text"]) < 300:
        return "text under 300 characters"
    return None


def add(set_name: str, part: str, file: str) -> None:
    WORK.mkdir(exist_ok=True)
    out = WORK / f"{set_name}_raw_{part}.jsonl"
    seen, added, rejected = _seen(), 0, 0
    with out.open("a", encoding="utf-8") as fh:
        for r in _blocks(Path(file).read_text(encoding="utf-8")):
            why = _why_not(r, seen)
            if why:
                rejected += 1
                print(f"REJECTED {r['url']}: {why}")
                continue
            seen.add(r["url"].rstrip("/"))
            fh.write(json.dumps(r) + "\n")
            added += 1
    n = sum(1 for _ in out.open(encoding="utf-8"))
    print(f"added {added}, rejected {rejected}; {out} now holds {n}")


def build(set_name: str) -> None:
    rows = []
    for part in ("a", "b"):
        raw = WORK / f"{set_name}_raw_{part}.jsonl"
        if raw.exists():
            rows += [json.loads(line) for line in raw.open(encoding="utf-8")]
    with (WORK / f"{set_name}.jsonl").open("w", encoding="utf-8") as out, \
            (WORK / f"{set_name}_sources.jsonl").open("w", encoding="utf-8") as src:
        for i, r in enumerate(rows, 1):
            rid = f"{set_name}{i:03d}"
            first = r["text"].strip().split("\n", 1)[0].strip()
            title = None if r.get("title") and r["title"].strip() == first else r.get("title")
            out.write(json.dumps({"id": rid, "published": r["published"], "title": title,
                                  "text": r["text"], "url": r["url"]}) + "\n")
            src.write(json.dumps({"id": rid, "url": r["url"], "published": r["published"],
                                  "query": r["query"]}) + "\n")
    print(f"{len(rows)} reports: {WORK / (set_name + '.jsonl')}")


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "add":
        add(*argv[1:])
    elif len(argv) == 2 and argv[0] == "build":
        build(argv[1])
    else:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
