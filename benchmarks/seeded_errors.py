"""Seeded-error benchmark for the internal-consistency checks.

    python benchmarks/seeded_errors.py ../shared/data/timebank [--show] [--kinds a,b] [--speed] [--all-sites]

Each TimeML article (DCT = publication date; <TITLE>, when present, as headline)
is checked unchanged; every warning or error there is a false alarm unless a
reader judges it real (--show prints them). Then, wherever the text allows, one
inconsistency of each kind is planted (found by patterns on the raw text, not
by the checks) and the article checked again. A plant is caught when a warning
or error finding touches the changed characters and the unchanged article had
no warning or error there.

Kinds: percent (a stated percentage change or share), conversion (a bracketed
conversion; currencies only from 1999, the start of the ECB's rates), headline
(a headline figure; real titles, else a few words around the first count of
people copied as a headline, marked "synthetic"), weekday (a weekday named with a
date), impossible-date, deadline, repeated (one of two statements of the same figure
for the same thing changed beyond its hedge; see repeated_pairs), count-list (a count with its list), range (a range turned round), tense (a day
told as ahead moved before publication, or told as done moved after it),
share-over-100 ("69 percent of those polled" -> 169), parts (a total made smaller
than the part it includes). The seed article (seeds/, 2022-01-13) is added to the
corpus; for "repeated" it is also checked with each of two of its figures (the detained,
Almaty's population) said again at the end (synthetic, marked so). --all-sites plants at
every site of an article in turn.
"""
from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timeml  # noqa: E402
from factcheck import check  # noqa: E402
from factcheck import checks as checks_pkg  # noqa: E402
from factcheck.pipeline import extract_claims, make_document  # noqa: E402
from factcheck.settings import Settings  # noqa: E402

BAD = ("warning", "error")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
NUM = r"\d[\d,]*(?:\.\d+)?"


@dataclass
class Article:
    name: str
    published: str | None
    title: str | None
    text: str


@dataclass(frozen=True)
class Plant:
    kind: str
    start: int  # in the original text
    end: int
    new: str
    note: str = ""
    group: str = ""  # a finer class of site, where a kind has several (seeded_sites.py)


def read(path: Path) -> Article:
    head, dct, text = timeml.read(path)
    if head:
        text = head + "\n\n" + text
    return Article(path.stem, dct, head, text)


SEED = Path(__file__).resolve().parents[1] / "seeds" / "kazakhstan-csto-pullout.txt"


def load(root: Path) -> list[Article]:
    """The corpus's articles, and the repository's seed article (published 2022-01-13)."""
    out = []
    if SEED.exists():
        text = SEED.read_text(encoding="utf-8")
        out.append(Article("seed:kazakhstan-csto-pullout", "2022-01-13", text.splitlines()[0], text))
    out.extend(read(p) for p in timeml.files(root))
    return out


def run(a: "Article", text: str | None = None):
    """Check an article; without a real title the first paragraph is not taken as a headline."""
    return check(a.text if text is None else text, published=a.published,
                 title=None if a.title else a.name)


# ---------------------------------------------------------------- planting

def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _write_like(old: str, value: float) -> str:
    """A new figure written the way the old one was (decimals, thousands commas)."""
    decimals = len(old.split(".")[1]) if "." in old else 0
    out = f"{value:,.{decimals}f}" if "," in old else f"{value:.{decimals}f}"
    return out


def _scaled(old: str, factor: float) -> str:
    v = _num(old)
    new = _write_like(old, v * factor)
    if new == old:
        new = _write_like(old, v + 1)
    return new


def plant_percent(a: Article) -> list[Plant]:
    """A stated change with both its figures in the sentence, or a share with its part and whole."""
    out = []
    verb = r"(?:rose|rising|fell|falling|increased|decreased|dropped|declined|climbed|jumped|grew|gained|lost|up|down|slid|plunged|soared|surged)"
    pct = r"(?:%|\s*percent\b|\s*per cent\b)"
    money = rf"(?:[$#£]\s?)?{NUM}(?:\s*(?:million|billion|bn|m|cents|pence|percent|%))?"
    nodot = r"(?:[^.;]|\.(?=\d))"
    pats = [
        rf"\b{verb}\s+(?P<n>{NUM}){pct},?\s+to\s+{money}{nodot}{{0,60}}?\bfrom\s+{money}",
        rf"\b{verb}\s+(?P<n>{NUM}){pct},?\s+from\s+{money}{nodot}{{0,60}}?\bto\s+{money}",
        rf"{money}{nodot}{{0,60}}?,\s+(?:up|down)\s+(?P<n>{NUM}){pct}\s+from\s+{money}",
        rf"{money}{nodot}{{0,40}}?,\s+an?\s+(?P<n>{NUM}){pct}\s+(?:increase|rise|gain|jump|drop|decline|decrease|fall)\s+from\s+{nodot}{{0,20}}?{money}",
        rf"\b(?P<whole>{NUM})\s+(?:out\s+)?of\s+the\s+{NUM}{nodot}{{0,40}}?(?:,\s*or|\()\s*(?P<n>{NUM}){pct}",
    ]
    for pat in pats:
        for m in re.finditer(pat, a.text, re.I):
            n = m.group("n")
            out.append(Plant("percent", m.start("n"), m.end("n"), _scaled(n, 1.6), m.group(0)))
    return sorted(out, key=lambda p: p.start)


ECB_START = "1999-01-04"  # the first day of the ECB's reference rates


def plant_conversion(a: Article) -> list[Plant]:
    """A bracketed conversion: physical units always, currencies only where the ECB has rates."""
    out = []
    unit = r"(?:kilometers|kilometres|km|miles|mile|meters|metres|feet|pounds|kilograms|kg|tons|tonnes|acres|hectares|square miles|square kilometers)"
    money = r"(?:\$|£|€|US\$)"
    for m in re.finditer(rf"(?:{money}\s?{NUM}(?:\s*(?:million|billion|bn|m))?|{NUM}\s+{unit})\s*\((?:about\s+|some\s+|roughly\s+)?(?:{money}\s?)?(?P<n>{NUM})(?:\s*(?:million|billion|bn|m))?(?:\s+{unit}|\s*(?:dollars|pounds|euros|yen|marks|francs))?\)", a.text):
        n = m.group("n")
        money_pair = re.match(money, m.group(0)) is not None
        if money_pair and (a.published or "") < ECB_START:
            continue
        out.append(Plant("conversion", m.start("n"), m.end("n"), _scaled(n, 1.5), m.group(0)))
    return out


def plant_headline(a: Article) -> tuple[list[Plant], Article | None]:
    """Plant in the real title; without one, copy the first sentence with a figure as headline."""
    pat = re.compile(rf"\b(?P<n>(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?)\b(?=\s+[a-z])")
    if a.title:
        m = pat.search(a.title)
        if m:
            return [Plant("headline", m.start("n"), m.end("n"), _scaled(m.group("n"), 2.0), a.title)], None
        return [], None
    from factcheck.extract.segment import split

    people = re.compile(rf"(?P<n>(?!(?:19|20)\d\d\b)\d[\d,]*)\s+(?:[a-z]+\s+)?(?:people|persons|dead|killed|"
                        rf"injured|wounded|detained|arrested|troops|soldiers|Americans|civilians|homes|workers|jobs|refugees)\b")
    for sent in split(a.text):
        m = people.search(sent.text)
        if not m or _num(m.group("n")) < 2:
            continue
        words_before = sent.text[:m.start()].split()[-5:]
        words_after = re.split(r"[,.;:]", sent.text[m.end():])[0].split()[:4]
        head = " ".join(words_before + [m.group(0)] + words_after).strip(" ,;:.'`\"")
        mm = people.search(head)
        if not mm:
            continue
        art = Article(a.name, a.published, head, head + "\n\n" + a.text)
        return [Plant("headline", mm.start("n"), mm.end("n"), _scaled(mm.group("n"), 2.0),
                      "synthetic: " + head)], art
    return [], None


def plant_weekday(a: Article) -> list[Plant]:
    out = []
    for m in re.finditer(rf"\b(?P<w>{'|'.join(WEEKDAYS)}),?\s+(?:the\s+)?{MONTHS}\s+\d{{1,2}}\b", a.text):
        w = m.group("w")
        other = WEEKDAYS[(WEEKDAYS.index(w) + 2) % 7]
        out.append(Plant("weekday", m.start("w"), m.end("w"), other, m.group(0)))
    return out


def plant_impossible(a: Article) -> list[Plant]:
    out = []
    for m in re.finditer(r"\b(?P<mon>Feb(?:ruary)?|Apr(?:il)?|June?|Sept?(?:ember)?|Nov(?:ember)?)\.?\s+(?P<d>\d{1,2})\b(?!,?\d)", a.text):
        out.append(Plant("impossible-date", m.start("d"), m.end("d"), "31", m.group(0)))
    return out


def plant_deadline(a: Article) -> list[Plant]:
    out = []
    for m in re.finditer(rf"\b(?:ahead of|before)\s+(?:the\s+|a\s+)?(?P<mon>{MONTHS})\s+(?P<d>\d{{1,2}})\s+deadline", a.text):
        d = int(m.group("d"))
        out.append(Plant("deadline", m.start("d"), m.end("d"), str(max(1, d - 10)), m.group(0)))
    return out


# A repeated figure: the same count or amount of the same thing stated in two sentences.
_WORD_NUMS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                           "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"])}
_PLURALS = {"people", "men", "women", "children", "police", "dead", "killed", "injured", "wounded", "staff"}
_GENERIC = {"people", "persons", "others"}  # a count of these is "the same thing" only by its category
_PART = (r"(?:including|among them|among whom|of whom|of them|of which|of those|of these|as well as|plus|"
         r"in addition to|along with|besides|except|excluding|other than|among)\b[^.;]{0,60}$"
         r"|\bone of (?:only |the |just )?$")  # "one of three executives": a set someone belongs to
_PLAN = (r"\b(?:plans?|planned|planning|expects?|expected|would|will|could|may|might|aims?|target|goal|proposed|"
         r"forecasts?|projected|estimates?|intends?|seeks?|wants?|additional|another|more|further)\b[^.;]{0,50}$")
_CHANGE = (r"\b(?:rose|rising|fell|falling|increased|decreased|dropped|declined|climbed|jumped|grew|gained|lost|up|"
           r"down|slid|plunged|soared|surged|from|to|initially|previously)\s+(?:[a-z]+\s+){0,2}$")
_RATE = r"^(?:-[a-z]+)?\s+(?:a|an|per|each)\s+(?:month|week|day|year|quarter|head|person|share)\b"


def _counted_noun(text: str, c) -> str:
    """The plural noun a figure counts, within the next three words ("the 1,100 eligible
    employees" -> "employees"), else ""."""
    words = re.findall(r"[A-Za-z][\w-]*|[^\sA-Za-z]", text[c.span[1]:c.span[1] + 40])[:3]
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+an", words[0]) and words[1][0].islower():
        return words[0].lower() + "s"  # "12 American victims" counts Americans
    for w in words:
        lw = w.lower()
        if not w[0].isalpha():
            return ""
        if lw in _PLURALS or (lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3):
            return lw
    return ""


def _standalone(text: str, sent, c) -> bool:
    """A figure that stands for the whole count now: not a part of a breakdown, a plan or
    projection, a change, a rate, a range, a modal figure."""
    before = text[sent.start:c.span[0]]
    known = re.search(r"(?:^|\s)(?:the|these|those|all)\s+$", before, re.I)  # "will enable the three countries"
    if c.hedge == "range" or c.modality and not known or c.category in ("age", "share") or c.unit in ("percent", "percentage_point"):
        return False
    if c.extra.get("change") or c.extra.get("change_prep") or c.extra.get("multiplier"):
        return False
    if any(re.search(p, before, re.I) for p in (_PART, _CHANGE) + (() if known else (_PLAN,))):
        return False
    return not re.match(_RATE, text[c.span[1]:c.span[1] + 25], re.I)


def repeated_pairs(a: Article, report) -> list[tuple]:
    """Pairs (first, second) of claims from factcheck.check() that state the same figure
    (same value and unit) for the same thing in two sentences: the same counted noun
    ("14 foreigners" ... "The 14 foreigners"), or the same category with a generic noun
    ("10 other people ... died" ... "10 others died"); subjects (when both known) and
    years named (when both sentences name one) agree; neither figure is a part, plan,
    change or rate; and a change of one can make them incompatible (two lower bounds never are)."""
    from factcheck.checks._numeric import interval

    doc, text = report.document, a.text
    qs = [c for c in report.claims if c.kind == "quantity" and c.value is not None and c.sentence is not None]
    head = doc.headline
    out = []
    for i, x in enumerate(qs):
        if head is not None and head.start <= x.span[0] < head.end:
            continue
        if x.unit is None and (x.value < 2 or re.fullmatch(r"(?:19|20)\d\d", x.text.strip())):
            continue
        for y in qs[i + 1:]:
            if y.sentence == x.sentence or y.unit != x.unit or y.value != x.value:
                continue
            nx, ny = _counted_noun(text, x), _counted_noun(text, y)
            by_noun = bool(nx) and nx == ny and nx not in _GENERIC
            by_cat = (x.category == y.category and x.category not in (None, "other")
                      and (nx in _GENERIC or ny in _GENERIC or not nx or not ny or nx == ny))
            if not (by_noun or by_cat):
                continue
            sx, sy = (x.subject or "").lower(), (y.subject or "").lower()
            if sx and sy and sx != sy:
                continue  # the same subject, when both are known
            ix, iy = interval(x), interval(y)
            if (ix[1] == math.inf and iy[1] == math.inf) or (ix[0] == -math.inf and iy[0] == -math.inf):
                continue
            s1, s2 = doc.sentences[x.sentence], doc.sentences[y.sentence]
            if not (_standalone(text, s1, x) and _standalone(text, s2, y)):
                continue
            y1, y2 = (set(re.findall(r"\b(?:19|20)\d\d\b", s.text)) for s in (s1, s2))
            if y1 and y2 and y1 != y2:
                continue
            out.append((x, y))
    return out


def _changed_figure(c, other, text: str) -> tuple[int, int, str] | None:
    """Rewrite c's numeral so that its interval no longer meets `other`'s (hedges and
    rounding counted): up or down by 40-60%, or a number word two steps away."""
    from dataclasses import replace

    from factcheck.checks._numeric import interval, overlaps

    span = text[c.span[0]:c.span[1]]
    m = re.search(NUM, span) or re.search(r"(?i)\b(?:" + "|".join(_WORD_NUMS) + r")\b", span)
    if not m:
        return None
    tok = m.group(0)
    io = interval(other)
    for factor in (0.6, 1.6, 0.4, 2.5):
        if tok[0].isdigit():
            new = _scaled(tok, factor)
            ratio = _num(new) / _num(tok)
        else:
            n = _WORD_NUMS[tok.lower()]
            k = max(1, round(n * factor))
            if k == n or k >= len(_WORD_NUMS):
                continue
            new = list(_WORD_NUMS)[k]
            new = new.capitalize() if tok[0].isupper() else new
            ratio = k / n
        moved = replace(c, text=span[:m.start()] + new + span[m.end():],
                        value=c.value * ratio, low=None if c.low is None else c.low * ratio,
                        high=None if c.high is None else c.high * ratio)
        if not overlaps(interval(moved), io):
            return c.span[0] + m.start(), c.span[0] + m.end(), new
    return None


SEED_REPEATS = [  # the seed article's own figures, said again later (synthetic, marked so)
    "Police said 12,000 people had been detained across the country.",
    "Almaty, a city of 1.8 million people, was the worst hit.",
]


def plant_repeated(a: Article) -> list[Plant]:
    """One of two repeated figures (see repeated_pairs) changed beyond its hedge: the later one."""
    out = []
    for x, y in repeated_pairs(a, run(a)):
        ch = _changed_figure(y, x, a.text)
        if ch:
            out.append(Plant("repeated", ch[0], ch[1], ch[2], f"{x.text} ... {a.text[y.span[0]:y.span[1]]}"))
    return out


def seed_repeats(a: Article) -> list[tuple[Article, Plant]]:
    """The seed article with one of its figures said again in a sentence appended at the
    end, then that repetition changed: "at least 12,000 people have been detained" ...
    "Police said 7,200 people had been detained"."""
    if not a.name.startswith("seed:"):
        return []
    out = []
    for extra in SEED_REPEATS:
        art = Article(a.name + " +" + extra.split()[0].lower(), a.published, a.title, a.text.rstrip() + "\n" + extra + "\n")
        start = len(art.text) - len(extra) - 1
        for p in plant_repeated(art):
            if p.start >= start:
                out.append((art, replace_note(p, "synthetic: " + p.note)))
                break
    return out


def replace_note(p: Plant, note: str) -> Plant:
    return Plant(p.kind, p.start, p.end, p.new, note)


def plant_count(a: Article) -> list[Plant]:
    out = []
    name = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*"
    for m in re.finditer(rf"\b(?P<n>(?i:{'|'.join(NUMBER_WORDS)}))\s+(?:[A-Za-z]+\s+){{0,2}}[a-z]+\s*(?:,|:|\u2014)\s*{name}(?:,\s*{name})*,?\s+and\s+{name}\s*[,.;:)]", a.text):
        n = m.group("n")
        i = NUMBER_WORDS.index(n.lower())
        new = NUMBER_WORDS[i + 1] if i + 1 < len(NUMBER_WORDS) else "two"
        new = new.capitalize() if n[0].isupper() else new
        out.append(Plant("count-list", m.start("n"), m.end("n"), new, m.group(0)))
    return out


def plant_range(a: Article) -> list[Plant]:
    out = []
    for m in re.finditer(rf"(?P<pre>\$|between\s+|from\s+)(?P<a>{NUM})(?P<sep>\s*(?:-|to|and)\s*\$?)(?P<b>{NUM})\s*(?:million|billion|percent|people|dollars|miles|kilometers)", a.text):
        if _num(m.group("a")) < _num(m.group("b")):
            swapped = m.group("b") + m.group("sep") + m.group("a")
            out.append(Plant("range", m.start("a"), m.end("b"), swapped, m.group(0)))
    return out


MONTH_NUM = {m.lower(): i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def _date_of(month: str, day: str, year: str | None, published: str | None):
    from datetime import date

    mon = MONTH_NUM.get(month.lower().rstrip(".")[:3])
    if not mon:
        return None
    try:
        if year:
            return date(int(year), mon, int(day))
        if not published:
            return None
        pub = date.fromisoformat(published)
        cands = [date(y, mon, int(day)) for y in (pub.year - 1, pub.year, pub.year + 1)]
        return min(cands, key=lambda d: abs((d - pub).days))
    except ValueError:
        return None


def plant_tense(a: Article) -> list[Plant]:
    """A day told as ahead ("will join NATO on March 12") moved before publication, or one
    told as done ("was killed on Oct. 23") moved after it."""
    from datetime import date, timedelta

    if not a.published:
        return []
    pub = date.fromisoformat(a.published)
    md = rf"(?P<mon>{MONTHS})\s+(?P<day>\d{{1,2}})\b(?:,\s+(?P<year>\d{{4}}))?"
    future = rf"\b(?:will|is scheduled to|are scheduled to|is expected to|is due to|scheduled for|set for)\b[^.;,]{{0,50}}?\b(?:on|by|until)\s+{md}"
    past = rf"\b(?:died|was killed|were killed|took place|was held|were held|was signed|was arrested|were arrested|occurred|happened)\s+(?:on\s+)?{md}"
    out = []
    for pat, shift in ((future, -10), (past, 10)):
        for m in re.finditer(pat, a.text):
            d = _date_of(m.group("mon"), m.group("day"), m.group("year"), a.published)
            if d is None or (shift < 0 and d <= pub) or (shift > 0 and d >= pub):
                continue
            new = pub + timedelta(days=shift)
            text = f"{new.strftime('%B')} {new.day}" + (f", {new.year}" if m.group("year") else "")
            out.append(Plant("tense", m.start("mon"), m.end(), text, m.group(0)))
    return sorted(out, key=lambda p: p.start)


def plant_share_over_100(a: Article) -> list[Plant]:
    out = []
    for m in re.finditer(rf"(?P<n>{NUM})\s*(?:%|percent\b)\s+of\s+(?:the\s+)?(?:voters|people|population|those\s+polled|"
                         rf"respondents|households|workers|residents|adults|children|seats|members|vote|votes|shares)", a.text):
        out.append(Plant("share-over-100", m.start("n"), m.end("n"), _write_like(m.group("n"), 100 + _num(m.group("n"))), m.group(0)))
    return out


def plant_parts(a: Article) -> list[Plant]:
    """"killed 258 people, including 12 Americans": the total made smaller than its part."""
    out = []
    for m in re.finditer(rf"(?<![\d.,$£])(?P<n>{NUM})\s+(?:[a-z]+\s+)?(?:people|dead|persons|killed),?\s+(?:including|among them|of whom)\s+(?P<p>{NUM})\b", a.text):
        part = _num(m.group("p"))
        if re.search(r"(?:more than|at least|over|about|nearly|some|almost)\s+$", a.text[max(0, m.start() - 15):m.start()]):
            continue  # "more than 11 people, including 12" is no contradiction
        if part >= 2 and _num(m.group("n")) > part:
            out.append(Plant("parts", m.start("n"), m.end("n"), _write_like(m.group("n"), part - 1), m.group(0)))
    return out


PLANTERS = {"percent": plant_percent, "conversion": plant_conversion, "weekday": plant_weekday,
            "impossible-date": plant_impossible, "deadline": plant_deadline, "repeated": plant_repeated,
            "count-list": plant_count, "range": plant_range, "tense": plant_tense,
            "share-over-100": plant_share_over_100, "parts": plant_parts}


# ---------------------------------------------------------------- scoring

def _spans(report, f) -> list[tuple[int, int]]:
    out = [tuple(report.claim(cid).span) for cid in f.claims]
    if isinstance(f.details.get("span"), list) and len(f.details["span"]) == 2:
        out.append(tuple(f.details["span"]))
    return out


def _touching(report, lo: int, hi: int) -> list:
    return [f for f in report.findings if f.severity in BAD
            and any(a < hi and lo < b for a, b in _spans(report, f))]


def caught(a: Article, p: Plant, original) -> tuple[bool | None, list]:
    """None when the original already had a warning/error there (not a fair plant)."""
    if _touching(original, p.start, p.end):
        return None, []
    text = a.text[:p.start] + p.new + a.text[p.end:]
    rep = run(a, text)
    hits = _touching(rep, p.start, p.start + len(p.new))
    return bool(hits), hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--show", action="store_true", help="print false alarms and misses")
    ap.add_argument("--kinds", default="", help="comma-separated kinds to plant (default: all)")
    ap.add_argument("--speed", action="store_true", help="time the checks on ~3,000-character articles")
    ap.add_argument("--all-sites", action="store_true",
                    help="plant at every site an article allows, not only the first (one at a time)")
    args = ap.parse_args(argv)
    arts = load(args.corpus)
    if not arts:
        print(f"no .tml files under {args.corpus}", file=sys.stderr)
        return 2
    kinds = [k for k in args.kinds.split(",") if k] or list(PLANTERS) + ["headline"]
    unknown = [k for k in kinds if k not in PLANTERS and k not in ("headline", "none")]
    if unknown:
        print(f"unknown kinds: {', '.join(unknown)}; known: {', '.join(list(PLANTERS) + ['headline'])}, "
              f"or none", file=sys.stderr)
        return 2
    kinds = [k for k in kinds if k != "none"]

    alarms = []
    originals = {}
    for a in arts:
        rep = run(a)
        originals[a.name] = rep
        alarms += [(a, f) for f in rep.findings if f.severity in BAD]
    internal = [(a, f) for a, f in alarms if not f.rule.startswith("reference.")]
    print(f"{len(arts)} articles unchanged: {len(internal)} internal-consistency warning-or-error findings "
          f"= {100 * len(internal) / len(arts):.1f} per 100 articles "
          f"(all rules incl. reference.*: {100 * len(alarms) / len(arts):.1f})")
    if args.show:
        for a, f in internal:
            print(f"  FALSE? {a.name} [{f.severity}] {f.rule}: {f.message}")

    print(f"\n{'kind':<16}{'sites':>6}{'caught':>8}{'share':>8}")
    for kind in kinds:
        n = hit = unfair = 0
        misses = []
        for a in arts:
            if kind == "headline":
                plants, art = plant_headline(a)
                art = art or a
                orig = originals[a.name] if art is a else run(art)
                cases = [(art, orig, p) for p in plants]
            else:
                found = PLANTERS[kind](a)
                found = list({(p.start, p.end): p for p in found}.values()) if args.all_sites else found[:1]
                cases = [(a, originals[a.name], p) for p in found]
            if kind == "repeated":  # the seed's figures said again, then changed
                cases += [(art, run(art), p) for art, p in seed_repeats(a)]
            for art, orig, p in cases:
                ok, _ = caught(art, p, orig)
                if ok is None:
                    unfair += 1
                    if args.show:
                        print(f"    SKIP {art.name}: {p.note!r} (flagged unchanged)")
                    continue
                n += 1
                hit += ok
                if not ok:
                    misses.append((art.name, p))
                elif args.show and kind == "repeated":
                    print(f"    caught {art.name}: {p.note!r} -> {p.new!r}")
        share = f"{100 * hit / n:.0f}%" if n else "-"
        extra = f"  ({unfair} sites skipped: already flagged unchanged)" if unfair else ""
        print(f"{kind:<16}{n:>6}{hit:>8}{share:>8}{extra}")
        if args.show:
            for name, p in misses:
                print(f"    MISS {name}: {p.note!r} -> {p.new!r}")

    if args.speed:
        speed(arts)
    return 0


def speed(arts: list[Article]) -> None:
    """Time checks.run alone (extraction excluded) on articles of 2,500-3,500 characters:
    the internal-consistency rules, and all rules (reference.* included)."""
    settings = Settings()
    ruleset = settings.ruleset()
    internal = type(ruleset)(tuple(r for r in ruleset.rules if not r.id.startswith("reference.")),
                             ruleset.lexicons, ruleset.dirs)
    sample = [a for a in arts if 2500 <= len(a.text) <= 3500][:30]
    times: dict[str, list[float]] = {"internal-consistency": [], "all": []}
    for a in sample:
        doc = make_document(a.text, a.published, None if a.title else a.name, None, settings)
        claims, _ = extract_claims(doc, ruleset, settings)
        for name, rs in (("internal-consistency", internal), ("all", ruleset)):
            checks_pkg.run(doc, claims, rs, settings)  # warm
            t0 = time.perf_counter()
            for _ in range(20):
                for c in claims:
                    c.checks.clear()
                checks_pkg.run(doc, claims, rs, settings)
            times[name].append((time.perf_counter() - t0) / 20 * 1000)
    print(f"\nspeed: checks alone on {len(sample)} articles of 2,500-3,500 chars (extraction excluded):")
    for name, ts in times.items():
        if ts:
            print(f"  {name:<22} median {statistics.median(ts):.2f} ms, max {max(ts):.2f} ms")


if __name__ == "__main__":
    raise SystemExit(main())
