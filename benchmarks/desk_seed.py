"""A seeded review desk: N synthetic articles, checked and stored, with reviewers' decisions.

    .venv/bin/python benchmarks/desk_seed.py DB [--articles 1000] [--seed 15]

The desk's pages (inbox, findings queue, activity, rule health) are timed on this
(benchmarks/desk_pages.py); any benchmark that needs a full desk imports build().

Each article is a headline and 4-8 paragraphs written from templates here (no corpus
text), published on a day of 2022 (one in 30 undated). A paragraph may carry a planted
inconsistency that a packaged rule finds: a completion after its deadline, a weekday
that does not fit its date, a wrong percentage change, a share over 100%, parts larger
than their total (errors), a meeting told as ahead but dated before publication, a
figure said twice differently (warnings). Every article goes through factcheck.check
and store.save, as the API would. Then four reviewers decide about 40% of the findings
(confirm 2 in 3, dismiss the rest, some with a note or a public correction) and undo
one decision in 12, through store.review and store.undo_review; the decisions' times
are then spread over the days after each article's publication, so date filters on
the activity page have something to filter. Same seed, same desk.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REVIEWERS = ("Ann Ortiz", "Bo Lind", "Chen Wei", "Dara Okafor")
NOTES = ("", "", "Checked with the agency's release.", "Desk called the ministry.",
         "Reads fine in context.", "Two different periods: not the same figure.")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WORKS = ("bridge repairs", "pipeline inspection", "harbour dredging", "school rebuilding", "road resurfacing")
BODIES = ("port authority", "city council", "regional assembly", "transport ministry", "water board")
THINGS = ("Revenue", "Spending", "Output", "Exports", "Ticket sales")
GROUPS = ("residents", "members", "shareholders", "delegates")
PLACES = ("Arden", "Belmont", "Corran", "Dunmore", "Eskby", "Falkirk", "Glenrow")
HEADS = ("{thing} up in {place}", "{body} sets {work} timetable", "Talks resume in {place}",
         "{place} counts storm damage", "New figures for {place}")


def _day(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def paragraph(rng: random.Random, pub: date, planted: bool) -> str:
    """One paragraph of one kind, with its inconsistency when `planted`."""
    kind = rng.randrange(8)
    place, body, work, thing = (rng.choice(PLACES), rng.choice(BODIES), rng.choice(WORKS), rng.choice(THINGS))
    if kind == 0:
        done = pub + timedelta(days=rng.randint(3, 40))
        due = done + timedelta(days=-rng.randint(2, 9) if planted else rng.randint(2, 9))
        return (f"Officials said the {work} in {place} would be completed by {_day(done)}, "
                f"ahead of a {_day(due)} deadline set by the {body}.")
    if kind == 1:
        d = pub - timedelta(days=rng.randint(1, 20))
        wd = WEEKDAYS[(d.weekday() + (rng.randint(1, 6) if planted else 0)) % 7]
        return f"On {wd}, {_day(d)}, {d.year}, the {body} met to approve the budget for the {work}."
    if kind == 2:
        old = rng.randint(2, 40)
        new = old + rng.randint(1, 20)
        pct = round((new - old) * 100 / old) + (rng.choice((-15, 12, 25)) if planted else 0)
        return f"{thing} rose {pct}% to ${new} million from ${old} million, the {body} said."
    if kind == 3:
        pct = rng.randint(101, 180) if planted else rng.randint(20, 90)
        return f"Some {pct} percent of {rng.choice(GROUPS)} in {place} voted for the plan."
    if kind == 4:
        total = rng.randint(200, 2000)
        a = rng.randint(total // 3, total // 2)
        b = (total - a + rng.randint(10, 90)) if planted else rng.randint(1, total - a)
        return f"Of the {total:,} people detained in {place}, {a:,} were released and {b:,} were charged."
    if kind == 5:
        d = pub - timedelta(days=rng.randint(3, 12)) if planted else pub + timedelta(days=rng.randint(3, 12))
        return f"The ministers will meet on {_day(d)} in {place} to settle the matter."
    if kind == 6:
        n = rng.randint(300, 3000)
        m = n // 2 if planted else n
        return (f"The storm destroyed {n:,} homes in {place}, officials said.\n"
                f"In all, {m:,} homes were destroyed, the governor said.")
    return f"The {body} in {place} said the {work} had gone to plan and thanked residents for their patience."


def article(rng: random.Random, i: int) -> tuple[str, str | None]:
    pub = date(2022, 1, 1) + timedelta(days=rng.randrange(365))
    head = rng.choice(HEADS).format(thing=rng.choice(THINGS), place=rng.choice(PLACES),
                                    body=rng.choice(BODIES).capitalize(), work=rng.choice(WORKS))
    paras = [paragraph(rng, pub, rng.random() < 0.22) for _ in range(rng.randint(4, 8))]
    text = f"{head} (#{i})\n\n" + "\n".join(paras) + "\n"
    return text, (None if i % 30 == 29 else pub.isoformat())


def build(db_path: str, n: int = 1000, seed: int = 15, quiet: bool = False) -> dict[str, int]:
    """Fill the database at db_path with n seeded articles and their decisions."""
    sys.path.insert(0, str(ROOT))
    from factcheck import check, store
    from factcheck.settings import Settings

    rng = random.Random(seed)
    settings = Settings(db=db_path, check_budget=0)
    db = store.connect(db_path)
    t0 = time.perf_counter()
    for i in range(n):
        text, published = article(rng, i)
        store.save(db, check(text, published=published, settings=settings))
        if not quiet and (i + 1) % 250 == 0:
            print(f"  {i + 1} articles stored ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    decided = undone = 0
    for (fid,) in db.execute("select id from findings order by id").fetchall():
        if rng.random() >= 0.4:
            continue
        who = rng.choice(REVIEWERS)
        status = "confirmed" if rng.random() < 2 / 3 else "dismissed"
        correction = "The figure is corrected in the text." if status == "confirmed" and rng.random() < 0.2 else ""
        store.review(db, fid, status, rng.choice(NOTES), who, correction=correction)
        decided += 1
        if rng.random() < 1 / 12:
            store.undo_review(db, fid, rng.choice(REVIEWERS))
            undone += 1
    # spread the decisions' times over the days after publication (they were all stamped now)
    with store.transaction(db):
        for rid, published in db.execute(
                "select r.id, a.published from reviews r join findings f on f.id = r.finding_id "
                "join articles a on a.id = f.article_id order by r.id").fetchall():
            day = date.fromisoformat(published or "2022-06-01") + timedelta(days=rng.randint(0, 20))
            db.execute("update reviews set created_at = ? where id = ?",
                       [f"{day.isoformat()}T{9 + rid % 9:02d}:{rid % 60:02d}:00+00:00", rid])
    counts = {"articles": db.execute("select count(*) from articles").fetchone()[0],
              "findings": db.execute("select count(*) from findings").fetchone()[0],
              "decisions": decided, "undos": undone}
    db.close()
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", help="SQLite file to fill (created if missing)")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    t0 = time.perf_counter()
    counts = build(args.db, args.articles, args.seed)
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()) + f" in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
