"""Frame accuracy (issue 13): what each quantity claim counts, for whom, when, and how,
scored against figures labelled by hand.

    .venv/bin/python benchmarks/frames_bench.py \\
        --reuters ../shared/data/reuters21578-train/articles.jsonl [--show category]

The labelled set is benchmarks/data/frames.jsonl: figures from our own newsroom-style
sentences, from TimeBank/AQUAINT sentences (stored as text) and from Reuters-21578
articles (stored as document id and offsets only: the Reuters text never enters the
project; it is read with --reuters where it lies, and the figure's own characters are
kept to detect drift). Every figure of a chosen sentence is labelled, except dates,
years and lengths of time (temporal claims, not quantities), ordinals and identifiers.
The labels were made by reading, not by running the extractor.

Each item is checked as the service checks it: own and TimeBank items as their text with
their published date; Reuters items as the whole article f"{title}\\n\\n{text}" with its
date. The quantity claim whose span contains the labelled offset is scored ("not
extracted" when there is none: a miss on every field). Accuracy is printed per field,
overall, per source and per half (benchmarks/halves.py, by document; own items by id).

Label schema (one JSON line per figure)
---------------------------------------
id            own001 / tb001 / reu001
source        "own" | "timebank:<file stem>" | "reuters"
doc           TimeBank file stem or Reuters id; null for own
published     YYYY-MM-DD (the date the text is checked with)
text          the sentence or short passage (own, TimeBank); null for Reuters
figure        the number's own characters ("12,000", "2.52 billion", "12.5 pct")
offset, end   where the figure starts and ends in `text` (own, TimeBank) or in the
              Reuters checked string f"{title}\\n\\n{text}"
counts        the thing counted or measured, a normalised noun phrase (not scored)
counts_head   its head noun, lower case (scored)
category      casualties injuries detentions displaced expulsions damage cost loss profit
              revenue spending debt assets price money members votes age population
              employees production share duration distance area other
subject       the entity the figure belongs to, shortest full name, or null
period        the text of the temporal expression the figure holds for, or null (the
              publication date, or a time the schema cannot point at)
period_kind   "stock" (a level on a date) | "flow" (over a period)
aspect        "level" | "change" | "rate" | "share" | "part" | "target"

The claim fields scored (the frame the extractor adds to each quantity claim):
counts_head (or counts.head), category, subject (a string, or {"text": ...}),
period {"claim": id of a temporal claim or null, "text", "kind": "stock"|"flow"},
aspect {"kind", "direction", ...} (or a string). A claim without a field is a miss on
that field (the script never crashes on an old report). `measure`, the older noun
phrase, is not scored as counts.

Comparison
----------
counts_head  lower case, crude singular on both sides (a trailing "s" or "es" may go;
             "people", "person" and "persons" are one word)
category     equal
subject      case-insensitive; a match when one contains the other; null == null
period       the text of the temporal claim named by period.claim (period.text when the
             id is not found) against the label: lower case, spaces and punctuation
             squeezed; a match when equal or one contains the other; null == null, and
             "now", "currently", "at present" count as null (the publication date)
period_kind  equal
aspect       the kind only

Labelling conventions (the extractor should follow the same)
------------------------------------------------------------
counts    The noun the figure counts ("312 people" -> people, "3,400 homes" -> homes);
          for a figure in a unit (money, pct, tonnes, barrels, boxes, points, hectares)
          what the unit measures ("sales of $154 million" -> sales, "1.8 mln tonnes of
          raw sugar output" -> output, "rose 1-3/8" of a stock -> price), never the
          currency or unit. A figure sized by a noun it gives the size of keeps that
          noun ("its workforce of 6,000", "its stake ... to 2,165,300 shares" -> stake).
          Elided nouns for persons are "people" ("74 were killed", "72 others were
          hurt"), unless "others" stands for a named noun ("14 soldiers ... 9 others" ->
          soldiers). Verbs become nouns ("earned" -> earnings, "wrote off" -> writeoff).
          "or N a share" takes the counts of the amount it stands beside ("net ... $87
          million, or $2.02 a share" -> net income per share, head income; "earned ...,
          or $5.66 a share" -> earnings).
category  What is counted, not the unit: a percentage of revenue is revenue, of debt is
          debt; "share" is for stakes, holdings, market shares and rates that are not
          money (interest rates, coupons, yields, inflation, unemployment, load factor);
          turnout and seats are votes. Shares offered, bought, tendered or outstanding
          are "other"; shares held are "share"; shares traded (volume) are
          "production", as are output, orders, traffic and trade volumes. Price is the
          price of a thing, a share or a deal; cost is costs incurred (expenses, wages,
          fees, duties); money is other flows (dividends, fines, rewards, contracts,
          buybacks, proceeds); deposits are money, loans and bonds are debt, reserves are
          assets.
counts and category, decided case by case (one rule and one example each)
          - A noun after "of" that follows a unit or a container counts: "40,000 crates
            of apples" -> apples; but a verb that makes a noun counts an amount in
            units: "bought 150,000 tonnes of wheat" -> purchases, while a count of
            things keeps its noun: "sold 9 million vehicles" -> vehicles.
          - Capitalised words before the noun qualify it: "39 Palestinian prisoners"
            -> prisoners, "12 European car makers" -> makers.
          - A figure in a hyphened compound sizes the noun after it: "a seven-member
            crew" -> crew, "a 12-nation panel" -> panel, "a 40-acre site" -> site;
            "year-old" is an age ("the 300-year-old bridge" -> age).
          - A change noun with no "in"/"of" after it counts what changes in its
            clause: "output rose 2 pct, less than the 3 pct gain forecast" ->
            output.
          - A forecast, estimate, target or quota of a figure counts what is forecast:
            "below the government's target of 5.8%" (of the deficit) -> deficit,
            "below its OPEC quota of 1.5 million bpd" -> production.
          - A change made to a noun "by" a figure counts that noun: "cut its benchmark
            interest rate by a quarter point" -> rate, "reduced net income by $50
            million" -> income.
          - The figures a change goes to and from, and a figure restated after "or",
            count what the change counts: "net income fell 22% to $182.6 million, or
            $1.63 a share" -> income (all three).
          - A sum per unit at which a thing is offered, bought, sold, issued or quoted
            is its price, whatever it is paid in: "an offer of $30 per share",
            "receive $21 in cash a share", "priced at 99.5" -> price.
          - A percentage of a company that someone holds, buys or sells is a stake
            ("owns 60% of Banco Norte" -> stake), and so is a number of shares said
            to size a stake ("raised its stake in the fund to 2,000,000 shares");
            other numbers of shares stay shares ("acquired 500,000 Vela shares").
          - "net" alone is net income ("when net was $235.5 million" -> income).
          - Category: wages and salaries are cost ("paid its chief a salary of
            $500,000 a year" -> cost); a percentage of shares offered, tendered or under
            option is "other", as the shares are.
subject   The owner of the figure: the company whose sales, the country whose debt, the
          place where people were killed or displaced, the person whose age. Holdings
          and stakes belong to the holder, offers and purchases to the bidder or buyer,
          a sale price to the clause's actor, loans and aid to the borrower or recipient.
          A source ("officials said", "according to") is never the subject. In Reuters
          the company named in the title or an earlier sentence is the subject of the
          figures that are its own ("the company", "it"); null when the text never names
          the owner (an unnamed "shareholder group", "the province").
          Decisions, one example each:
          - a name that modifies the noun counted owns it ("February U.S. industrial
            production rose 0.5 pct" -> U.S.);
          - a reporter (a person, "analysts", "it", a news agency) is a source; the name
            its reported clause opens with owns the figures after it ("analysts say
            Sansui is a special case. It expects a loss of 6.4 billion yen" -> Sansui;
            "IRNA said spending for the war was up" -> Iran, named in the title);
          - an agent that acts on the figure owns it, one that only says does not
            ("Dominican authorities deported 1,470 migrants" -> Dominican; "Saudi
            authorities said" -> null);
          - an owner the text names only with a common noun is written as the text
            writes it, lower case, without its determiner ("the farm credit system ...
            the system's debt" -> farm credit system);
          - onlookers, counterparties and the whole a share is of are not owners ("in
            front of 78,000 fans" -> null; "talks with 16 Western creditor countries"
            -> null; "holds one-third of NECO's stock" -> the holder).
period    The time expression of the figure's own clause ("sales rose 10% in the third
          quarter"); a clause without one takes the time of the clause it depends on
          (participles: "exploded Friday, killing 81" -> Friday; relative and "while"
          clauses) and a coordinated clause that of the first ("... in July, and its load
          factor held at 96 percent" -> July); a time that belongs only to a reporting
          or proposing verb never passes down ("officials said last week that six were
          in custody" -> null; "proposed last month raising limits to 1,200" -> null).
          A baseline "from 1985" / "from a year earlier" is not the period of a change;
          a figure with its own time keeps it ("from $58 million ... a year earlier").
          The from/to figures of a change share their clause's time ("grew 24.1 pct in
          February to 923.2 mln from 743.8 mln": all three February).
          Not a period: a time inside a relative clause the figure is not in ("Halden,
          which had revenue of $3.2 billion last year, owns 60%" -> null); a time a
          change is measured from ("up 11 percent on a year earlier" -> the clause's
          other time or null); a security's maturity ("a yen eurobond due April 2,
          1992" -> null); a vague reference ("at current exchange rates", "will soon
          grow" -> null). A time across a comma, or before an "and" that starts the
          figure's conjunct, is another conjunct's ("debt due this year and 3.5 billion
          due in 1988" -> 1988).
kind      Follows what is counted, not the aspect: assets, debt, population, workforce,
          prices, stakes, rates and capacities are stocks (a change in assets is a stock
          change); sales, profit, output, deaths in an event, votes cast, spending,
          offerings and purchases are flows. A count of things had, held, served or remaining is a
          stock ("has 120 aircraft on order", "40 of them remain in custody"); a sum
          issued, offered or raised is a flow even of debt ("is issuing a 15 billion
          yen eurobond"); a price is a stock ("at 12 dlrs per share").
aspect    One kind, by priority change > part > share > rate > target > level.
          change: the amount of a change ("rose 10 pct", "up 2-5/8", "cut by a tenth",
          "reduced net income by $50 million"); the from/to figures are levels. part: a
          part of a total that is a figure in the text, marked as such ("including",
          "of whom", "N of them", "comprising", "Of the N ...", "N of the M", "the
          remaining", "contributed N of X's M"); a breakdown in a separate sentence with
          no marker is a level. share: a fraction of a whole ("12.5 pct of TWA", "a
          third of them", unemployment as a percent of the working population, a load
          factor). rate: per unit ("3 dlrs a share", "60 mln dlrs per month",
          "annually", "a year"). target: a forecast, plan, goal, condition or cap on the
          future ("expects sales of 100 mln", "will cut 2,000 jobs", "may lose as much
          as", "a minimum of 170,000 shares to be tendered"); it replaces level only, so
          a forecast change stays change. An estimate of a past value is a level; "up
          to" on a fine or reward already set is a level.
          Decisions, one example each:
          - a percentage that is the level of a rate or price is a level, not a share
            ("paying five pct", "priced at 101-3/4 pct", "inflation slowed to 193%");
          - a percentage of a total stated in an "Of the N" phrase is a share, not a part
            ("Of its 54.6 mln dlrs in assets, 24.1 pct are non-accrual");
          - a wire headline's "TO" and a verb is a plan ("DOW TO ISSUE 56 MLN DLRS IN
            BONDS" -> target), as is a figure "set at" for the future (a budget);
          - a word of plan or forecast in another clause (a relative clause, an "after"
            clause, a coordinated clause with its own subject) does not reach the figure
            ("does not plan to raise rates ... in which it holds a 30 pct interest" ->
            level);
          - a figure in a noun phrase that names an age, or a time ("children under
            five", "before the age of 70") is a level, never a part.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import halves  # noqa: E402

FIELDS = ("counts_head", "category", "subject", "period", "period_kind", "aspect")
DATA = HERE / "data" / "frames.jsonl"
_PEOPLE = {"people", "person", "persons"}
_NOW = {"now", "currently", "at present", "presently", "at the moment"}


def _forms(word: str) -> set[str]:
    w = word.lower().strip()
    if w in _PEOPLE:
        return {"people"}
    out = {w}
    if len(w) > 3 and w.endswith("s"):
        out.add(w[:-1])
        if w.endswith("es"):
            out.add(w[:-2])
    return out


def _squeeze(text: str | None) -> str | None:
    if text is None:
        return None
    t = re.sub(r"[^\w%/]+", " ", text.lower()).strip()
    return None if not t or t in _NOW else t


def _contains_either(a: str, b: str) -> bool:
    return a in b or b in a


def same(field: str, want, got) -> bool:
    if field == "counts_head":
        return bool(want) and bool(got) and bool(_forms(want) & _forms(str(got)))
    if field == "subject":
        if want is None or got is None:
            return want is None and got is None
        return _contains_either(want.lower(), str(got).lower())
    if field == "period":
        w, g = _squeeze(want), _squeeze(got)
        if w is None or g is None:
            return w is None and g is None
        return _contains_either(w, g)
    return want == got


_MISSING = object()


def frame_of(claim: dict, texts: dict[str, str]) -> dict:
    """The fields scored, read from a claim as the report gives it; _MISSING where the
    claim has no such field yet."""
    out = {}
    head = claim.get("counts_head", _MISSING)
    if head is _MISSING and isinstance(claim.get("counts"), dict):
        head = claim["counts"].get("head", _MISSING)
    out["counts_head"] = head
    out["category"] = claim.get("category", _MISSING)
    subj = claim.get("subject", _MISSING)
    if isinstance(subj, dict):
        subj = subj.get("text", subj.get("name"))
    out["subject"] = subj
    period = claim.get("period", _MISSING)
    if isinstance(period, dict):
        ref = period.get("claim")
        out["period"] = texts.get(ref, period.get("text")) if ref else None
        out["period_kind"] = period.get("kind", _MISSING)
    else:
        out["period"] = out["period_kind"] = _MISSING
    aspect = claim.get("aspect", _MISSING)
    if isinstance(aspect, dict):
        aspect = aspect.get("kind", _MISSING)
    out["aspect"] = aspect
    return out


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def reuters_texts(path: Path, wanted: set[str]) -> dict[str, tuple[str, str]]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in wanted:
                out[rec["id"]] = (f"{rec['title']}\n\n{rec['text']}", rec["published"])
    return out


def score(items: list[dict], reuters: dict[str, tuple[str, str]]) -> list[dict]:
    """One result per item: {item, got (field -> value or _MISSING) or None, note}."""
    from factcheck import check

    reports: dict[tuple[str, str], dict] = {}
    results = []
    for it in items:
        if it["source"] == "reuters":
            if it["doc"] not in reuters:
                results.append({"item": it, "got": None, "note": "article not found"})
                continue
            text, published = reuters[it["doc"]]
        else:
            text, published = it["text"], it["published"]
        if text[it["offset"]:it["offset"] + len(it["figure"])] != it["figure"]:
            results.append({"item": it, "got": None, "note": "drift: figure not at offset"})
            continue
        key = (text, published)
        if key not in reports:
            reports[key] = check(text, published=published).to_dict()
        report = reports[key]
        texts = {c["id"]: c["text"] for c in report["claims"]}
        hit = [c for c in report["claims"] if c["kind"] == "quantity"
               and c["span"][0] <= it["offset"] < c["span"][1]]
        if not hit:
            results.append({"item": it, "got": None, "note": "not extracted"})
            continue
        results.append({"item": it, "got": frame_of(hit[0], texts), "note": hit[0]["text"]})
    return results


def _half(it: dict) -> str:
    return halves.half(it["doc"] or it["id"])


def table(results: list[dict]) -> str:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        it = r["item"]
        groups["all"].append(r)
        groups[it["source"].split(":")[0]].append(r)
        groups[f"half {_half(it)}"].append(r)
    order = ["all", "own", "timebank", "reuters", "half tune", "half held-out"]
    head = f"{'':16}{'n':>5}{'found':>8}" + "".join(f"{f:>13}" for f in FIELDS)
    lines = [head]
    for g in order:
        rs = groups.get(g, [])
        if not rs:
            continue
        n = len(rs)
        found = sum(r["got"] is not None for r in rs)
        cells = []
        for f in FIELDS:
            ok = sum(1 for r in rs if r["got"] is not None and r["got"][f] is not _MISSING
                     and same(f, r["item"][f], r["got"][f]))
            cells.append(f"{100 * ok / n:12.1f}%")
        lines.append(f"{g:16}{n:5d}{100 * found / n:7.1f}%" + "".join(cells))
    return "\n".join(lines)


def misses(results: list[dict], field: str, half: str | None = None) -> list[str]:
    """The misses on `field`, of one half only when `half` is given (read the tune
    half's misses to tune; the held-out half's stay unread)."""
    out = []
    for r in results:
        it, got = r["item"], r["got"]
        if half and _half(it) != half:
            continue
        if got is None:
            out.append(f"{it['id']:8} {it['figure']!r:22} want {it[field]!r:28} got -- ({r['note']})")
        elif got[field] is _MISSING or not same(field, it[field], got[field]):
            g = "(no field)" if got[field] is _MISSING else repr(got[field])
            out.append(f"{it['id']:8} {it['figure']!r:22} want {it[field]!r:28} got {g}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reuters", type=Path, help="reuters21578-train/articles.jsonl")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", choices=FIELDS, help="print the misses on this field")
    ap.add_argument("--half", choices=("tune", "held-out"), help="with --show: the misses of this half only")
    args = ap.parse_args(argv)
    items = load(args.data)
    wanted = {it["doc"] for it in items if it["source"] == "reuters"}
    reuters = reuters_texts(args.reuters, wanted) if args.reuters else {}
    if not args.reuters:
        print("no --reuters: Reuters items count as not found", file=sys.stderr)
    results = score(items, reuters)
    notes = defaultdict(int)
    for r in results:
        if r["got"] is None:
            notes[r["note"]] += 1
    print(f"frame accuracy on {len(items)} hand-labelled figures ({args.data.name})")
    print(table(results))
    if notes:
        print("; ".join(f"{k}: {v}" for k, v in sorted(notes.items())))
    if args.show:
        print(f"\nmisses on {args.show}:")
        print("\n".join(misses(results, args.show, args.half)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
