"""Save or compare the full reports of a fixed set of texts, to prove that a speed-up
changed nothing a user sees.

    .venv/bin/python benchmarks/snapshot.py save    /tmp/before.json [--timebank ../shared/data/timebank]
    .venv/bin/python benchmarks/snapshot.py compare /tmp/before.json [--timebank ../shared/data/timebank]
        [--reuters ../shared/data/reuters21578-train/articles.jsonl]

Texts: the seed article, 40 padded variants of it (benchmarks/throughput.py), every
sentence of the two numbers sets, with --timebank every TimeML document and with
--reuters every Reuters newswire (title as first line). `compare`
prints each text whose report differs, with the first claims or findings that differ,
and exits 1 if any does.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def texts(timebank: Path | None, reuters: Path | None = None) -> dict[str, tuple[str, str | None, str | None]]:
    """name -> (text, published, title)."""
    import throughput
    out = {"seed": (throughput.SEED.read_text(encoding="utf-8"), "2022-01-13", None)}
    for i, a in enumerate(throughput.articles(40)):
        out[f"padded-{i}"] = (a, "2022-01-13", None)
    for name in ("numbers.jsonl", "numbers_heldout.jsonl"):
        for line in (HERE / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[f"{name}:{rec['id']}"] = (rec["text"], "2022-01-13", None)
    if timebank:
        import timeml
        for p in timeml.files(timebank):
            title, dct, body = timeml.read(p)
            out[f"timeml:{p.stem}"] = (body, dct, title)
    if reuters:  # read where it lies; the title as the first line, as the headline checks see it
        with open(reuters, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                out[f"reuters:{rec['id']}"] = (f"{rec['title']}\n\n{rec['text']}", rec["published"], None)
    return out


def reports(timebank: Path | None, reuters: Path | None = None) -> dict[str, dict]:
    from factcheck import check
    return {name: check(text, published=pub, title=title).to_dict()
            for name, (text, pub, title) in texts(timebank, reuters).items()}


def diff(name: str, old: dict, new: dict) -> list[str]:
    lines = []
    for key in ("claims", "findings"):
        a, b = old.get(key, []), new.get(key, [])
        for x, y in zip(a, b):
            if x != y:
                lines.append(f"  {key}: - {json.dumps(x, sort_keys=True)[:300]}")
                lines.append(f"  {key}: + {json.dumps(y, sort_keys=True)[:300]}")
                break
        if len(a) != len(b):
            lines.append(f"  {key}: {len(a)} before, {len(b)} now")
    if not lines:
        changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
        lines.append(f"  differs in: {', '.join(changed)}")
    return [name] + lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "compare"])
    ap.add_argument("file", type=Path)
    ap.add_argument("--timebank", type=Path, help="TempEval-3 corpus folder, e.g. ../shared/data/timebank")
    ap.add_argument("--reuters", type=Path,
                    help="Reuters JSONL, e.g. ../shared/data/reuters21578-train/articles.jsonl (10,178 more reports)")
    args = ap.parse_args()
    now = reports(args.timebank, args.reuters)
    if args.action == "save":
        args.file.write_text(json.dumps(now, sort_keys=True), encoding="utf-8")
        print(f"saved {len(now)} reports to {args.file}")
        return 0
    before = json.loads(args.file.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(now, sort_keys=True))  # same float/tuple rendering as the file
    bad = [n for n in before if before[n] != now.get(n)]
    for n in bad[:20]:
        print("\n".join(diff(n, before[n], now.get(n, {}))))
    print(f"{len(before) - len(bad)}/{len(before)} reports identical")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
