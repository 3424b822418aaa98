"""Corrections in place on a big article (issue 15): what an edit costs besides its check.

    .venv/bin/python benchmarks/desk_edit.py            # about a minute

Stores desk_render.py's synthetic 200,000-character article, flags 100 spans, then
corrects one number near its end and times, in CPU seconds (the machine's cores are
shared): the check of the new text (the same as any check), edits.revise (keeping the old
version, re-saving claims and findings, re-anchoring the flags, the diff), and the diff
alone for that one-word edit (beside store.save of the same report, which a plain
re-check does) and for a rewrite of every block (the worst case: past
textdiff.MAX_TOKENS it is one cut-short hunk).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu(fn):
    c0 = time.process_time()
    out = fn()
    return out, time.process_time() - c0


def main() -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from desk_render import big_article

    from factcheck import check, edits, store, textdiff
    from factcheck.settings import Settings

    text = big_article(200_000)
    settings = Settings(check_budget=0)
    with tempfile.TemporaryDirectory(prefix="fc-edit-") as tmp:
        db = store.connect(f"{tmp}/edit.db")
        aid, _ = store.save(db, check(text, published="2022-01-13", settings=settings))
        for k in range(100):  # distinct quotes: each block's detained count is its own
            edits.add_flag(db, aid, f"Of the {1000 + 7 * k} people detained", "bench", "bench")
        at = text.rindex("people detained") - 5
        new = text[:at] + text[at:].replace("were released", "were freed", 1)
        report, t_check = cpu(lambda: check(new, published="2022-01-13", settings=settings))
        changes, t_revise = cpu(lambda: edits.revise(db, aid, report, "bench"))
        _, t_save = cpu(lambda: store.save(db, report))  # a plain re-check's store, for comparison
        _, t_diff = cpu(lambda: textdiff.compact(text, new))
        rewrite = text.replace("officials said", "officials stated")
        big, t_worst = cpu(lambda: textdiff.compact(text, rewrite))
        flags = sum(f["rule"] == "editor.flag" for f in store.article_findings(db, aid))
        print(f"article: {len(text):,} characters, {len(report.claims):,} claims, {len(report.findings):,} findings, "
              f"100 flags")
        print(f"one-word edit: check {t_check:.2f} s CPU; edits.revise {t_revise:.2f} s CPU "
              f"({changes['kept']:,} findings kept, {len(changes['gone'])} gone, {len(changes['new'])} new, "
              f"{flags} flags still anchored; a re-check's store.save: {t_save:.2f} s); its diff {1000 * t_diff:.1f} ms, {len(changes['diff']['hunks'])} hunk(s)")
        print(f"diff of a rewrite of every block: {1000 * t_worst:.1f} ms, {len(big['hunks'])} hunk(s) "
              f"shown, {big['more']} more")


if __name__ == "__main__":
    main()
