"""Where an error can be planted in what news says twice or says with a date: headline
(a title figure the body states again), repeated (the same figure for the same thing
in two sentences), weekday (a weekday named with its date), deadline (a completion
date and the deadline it meets). Patterns on the raw text, never the checks; every
site, not only the first; candidates that are no site are counted in `rejected`.

The repeated finder reads the text, not the claims of factcheck.check() as
seeded_errors.repeated_pairs does: sites found through the extraction under test would
move with it.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from datetime import timedelta

from seeded_errors import MONTHS, Article, Plant, _date_of, _scaled
from seeded_figures import NUM, SCALE, UNITS, _scale, _words, _year, fig, noun_after, unit_after, value

_HEAD_FIG = re.compile(rf"(?P<n>{NUM})(?P<s>{SCALE})?", re.I)


def plant_headline(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """A figure in the title (the first line) that the body states again: the same value,
    scale and unit word, in a sentence sharing a word with the title. The title figure
    doubled (or else tripled, ... : a value the body
    states of nothing). Title figures without such a body statement are counted in `rejected`."""
    rejected = Counter() if rejected is None else rejected
    if not a.title or not a.text.startswith(a.title):
        return []
    title, body0 = a.title, len(a.title)
    body = a.text[body0:]
    out = []
    for m in _HEAD_FIG.finditer(title):
        n = m.group("n")
        if _year(n) and not m.group("s") or re.match(rf"\s*(?:-|/|{MONTHS}\b)", title[m.end():]) \
                or re.search(rf"\b{MONTHS}\s*$|[/-]$", title[:m.start()], re.I):
            continue  # a year, a date or a fraction
        val = float(n.replace(",", "")) * _scale(m.group("s"))
        unit = unit_after(title, m.end())
        found = False
        for b in re.finditer(rf"(?P<n>{NUM})(?P<n_s>{SCALE})?", body):
            if float(b.group("n").replace(",", "")) * _scale(b.group("n_s")) != val:
                continue
            if unit and unit_after(body, b.end()) not in (unit, None):
                continue
            before, after = body[max(0, b.start() - 20):b.start()], body[b.end():b.end() + 12]
            if re.search(r"(?:\bto|-|\band|\bbetween)\s*$", before) or re.match(r"\s*(?:-|to\s)\s*\d", after):
                continue  # one end of a range
            if re.search(r"\b[A-Z][\w.-]*\s+$", before) and not b.group("n_s") and not unit_after(body, b.end()):
                continue  # a label: "PL 480", "Boeing 747"
            if _words(body[max(0, b.start() - 150):b.end() + 150]) & _words(title):
                found = True
                break
        if not found:
            rejected["headline: a title figure the body does not state again"] += 1
            continue
        # the error is a value the body gives to nothing: a value it states of another
        # figure ("RISES 0.4 PCT" for "rose 0.2 pct ... after 0.4 pct in January") may be
        # the headline naming that figure, which the check leaves alone by design
        new = next(w for f in (2.0, 3.0, 1.5, 5.0) if not _in_body(body, _num(w := _scaled(n, f))
                                                                  * _scale(m.group("s")), unit)
                   or f == 5.0)
        out.append(Plant("headline", m.start("n"), m.end("n"), new, title))
    return out


def plant_swap(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """Two title figures of one unit set apart by a comma and words of the second's own
    ("SALES UP 111 PCT, PROFIT UP 69 PCT"), of different values, each stated again in the body: the two values swapped
    in the title (the editor's slip of giving each figure the other's thing)."""
    rejected = Counter() if rejected is None else rejected
    if not a.title or not a.text.startswith(a.title):
        return []
    title, body = a.title, a.text[len(a.title):]
    figs = [m for m in _HEAD_FIG.finditer(title) if not _year(m.group("n"))
            and not re.match(r"[/-]\d", title[m.end():m.end() + 2])]
    out = []
    for m1, m2 in zip(figs, figs[1:]):
        u1, u2 = unit_after(title, m1.end()), unit_after(title, m2.end())
        after_comma = title[m1.end():m2.start()].partition(",")[2]
        if not re.search(r"[A-Za-z]{3}", after_comma) or u1 != u2 or u1 is None and not (m1.group("s") and m2.group("s")):
            continue
        v1, v2 = _num(m1.group("n")) * _scale(m1.group("s")), _num(m2.group("n")) * _scale(m2.group("s"))
        if v1 == v2 or not (_in_body(body, v1, u1) and _in_body(body, v2, u2)):
            rejected["swap: two title figures the body does not both state"] += 1
            continue
        gap = title[m1.end():m2.start()]
        out.append(Plant("swap", m1.start(), m2.end(), m2.group(0) + gap + m1.group(0), title))
    return out


_SCALED_COUNT = re.compile(
    r"(?<![\w.,])(?P<n>\d+\.\d+)(?P<s>\s+(?:million|mln|billion|bln|thousand))\s+(?:\w+\s+)?"
    r"(?:people|persons|voters|votes|ballots|refugees|migrants|residents|workers|children|civilians|"
    r"homeless|dead|deaths|casualties|injured|wounded|displaced|detained|arrests|prisoners)\b", re.I)


def plant_scale(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """A count of people, votes or ballots with decimals and a scale word ("2.5 million
    people", "1.3 mln votes"): the scale word dropped, the count left with decimals."""
    out = []
    for m in _SCALED_COUNT.finditer(a.text):
        out.append(Plant("scale", m.start("n"), m.end("s"), m.group("n"), m.group(0)))
    return out


def _num(n: str) -> float:
    return float(n.replace(",", ""))


def _in_body(body: str, val: float, unit: str | None) -> bool:
    """The body states this value, in the unit (or with none)."""
    for b in re.finditer(rf"(?P<n>{NUM})(?P<n_s>{SCALE})?", body):
        if abs(_num(b.group("n")) * _scale(b.group("n_s")) - val) <= 1e-9 * abs(val) \
                and (not unit or unit_after(body, b.end()) in (unit, None)):
            return True
    return False


# ---------------------------------------------------------------- deadlines

def _date(g: str) -> str:
    return rf"(?P<{g}mon>{MONTHS})\s+(?P<{g}day>\d{{1,2}})\b(?:,?\s+(?P<{g}year>(?:19|20)\d\d))?"


_D1, _D2 = _date("c"), _date("d")
_DONE = r"(?:completed|finished|paid|filed|submitted|signed|delivered|approved|reached|concluded|met|repaid|returned|tendered|closed)"
_LEAD = r"(?:ahead\s+of|before|prior\s+to|in\s+advance\s+of|in\s+time\s+for|to\s+meet)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a date named as a time limit: "the deadline of March 31", "expires (on) March 31",
# "(is) due (on|by) March 31" (a bare "by" or "no later than" bounds its own verb only)
_LIMIT = (r"(?:deadline\s+(?:of|was|is|for\s+[^.;\n]{0,40}?\s+(?:was|is))|cutoff\s+(?:of|was|is)"
          r"|(?:expires|expired|expire|expiring)(?:\s+on)?|(?:is\s+|was\s+|are\s+|were\s+)?due\s+(?:on|by))")
_DONE_AT = rf"\b(?:on|by)\s+(?:{_D1}|(?P<cwd>{_WEEKDAY})(?P<cnext>\s+next\s+week)?)"
_DEADLINE_RX = [re.compile(p) for p in (
    # "paid on March 20, ahead of the March 31 deadline"; "completed by Wednesday next week,
    # several days ahead of a January 22 deadline"; "... before the deadline of March 31"
    rf"{_DONE_AT}[^.;\n]{{0,60}}?\b{_LEAD}\s+(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?{_D2}\s+(?:deadline|cutoff)",
    rf"{_DONE_AT}[^.;\n]{{0,60}}?\b{_LEAD}\s+(?:the|its|their)\s+{_LIMIT}\s+{_D2}",
    # "the deadline of March 31 ... completed on April 2"; "the offer, which expires March 31,
    # was completed on March 28" (the limit first), and the other way round
    rf"\b{_LIMIT}\s+{_D2}[^.;\n]{{0,80}}?\b{_DONE}\s+(?:on\s+|by\s+)?{_D1}",
    rf"\b{_DONE}\s+(?:on\s+|by\s+)?{_D1}[^.;\n]{{0,80}}?\b{_LIMIT}\s+{_D2}",
)]


def _completion(m: re.Match, published: str | None):
    """The completion date a match names: a day by month, or a weekday after publication
    ("by Wednesday", "by Wednesday next week")."""
    from datetime import date

    gd = m.groupdict()
    if gd.get("cmon"):
        return _date_of(gd["cmon"], gd["cday"], gd["cyear"], published), m.start("cmon"), \
            m.end("cyear") if gd["cyear"] else m.end("cday")
    if not published:
        return None, 0, 0
    pub = date.fromisoformat(published)
    want = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].index(gd["cwd"])
    if gd.get("cnext"):  # in the calendar week after publication's
        day = pub + timedelta(days=7 - pub.weekday() + want)
    else:
        day = pub + timedelta(days=(want - pub.weekday()) % 7 or 7)
    return day, m.start("cwd"), m.end("cnext") if gd.get("cnext") else m.end("cwd")


def _overlapping(rx: re.Pattern, text: str):
    """Every match, each searched from one character after the last one's start: two
    completions before one deadline ("paid on March 20 and filed on March 22, ahead of
    the March 31 deadline") are two sites, not one."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def plant_deadline(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """A completion date and the deadline it meets in one sentence: the completion moved
    a week after the deadline (written as a day by month). The deadline is named as a
    time limit (deadline, cutoff, expires, due) and tied to the completion
    by a lead word or by being the same thing's; a bare "by March 31" beside another
    verb's date is a schedule, no site. Every match, of every pattern, is a site (a
    sentence matched by two patterns is planted once per distinct completion)."""
    rejected = Counter() if rejected is None else rejected
    out, seen = [], set()
    for rx in _DEADLINE_RX:
        for m in _overlapping(rx, a.text):
            done, start, end = _completion(m, a.published)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            due = _date_of(m.group("dmon"), m.group("dday"), m.group("dyear"), a.published)
            if done is None or due is None or done > due:
                rejected["deadline: dates unreadable, or already late"] += 1
                continue
            new = due + timedelta(days=7)
            text = f"{new.strftime('%B')} {new.day}" + (f", {new.year}" if m.groupdict().get("cyear") else "")
            out.append(Plant("deadline", start, end, text, m.group(0)))
    return out


# ---------------------------------------------------------------- weekdays, repeated figures

def plant_weekday(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """seeded_errors' weekday sites ("Friday, March 20"), kept where the weekday is right
    as written (the year given, else the one nearest publication)."""
    from seeded_errors import WEEKDAYS, plant_weekday as sites

    rejected = Counter() if rejected is None else rejected
    out = []
    for p in sites(a):
        m = re.match(rf"\w+,?\s+(?:the\s+)?(?P<mon>{MONTHS})\s+(?P<d>\d{{1,2}})\b(?:,?\s+(?P<y>(?:19|20)\d\d))?",
                     a.text[p.start:p.start + 40])
        d = m and _date_of(m.group("mon"), m.group("d"), m.group("y"), a.published)
        if not d or WEEKDAYS[d.weekday()] != a.text[p.start:p.end]:
            rejected["weekday: wrong or unreadable as written"] += 1
            continue
        out.append(p)
    return out


_RATE = (r"(?:-[a-z]+)?\s+(?:a|an|per|each)\s+(?:month|week|day|year|quarter|head|person|share|shr|tonne|ton|"
         r"barrel|bushel|acre|hectare|ounce|lb|pound|unit|kilo|gallon|litre|hour)\b")
_PERIOD = r"\s+(?:mths|months|weeks|wks|qtrs?|quarters|years|yrs|days|nights|hours|minutes|decades)\b"


def is_label(text: str, start: int, end: int) -> bool:
    """A number that names rather than counts: after a capitalised word inside a sentence
    ("PL 480", "S and P 500", "Prime's 50 series"), with no scale or unit after it."""
    m = re.search(r"(?:^|(?P<prev>\S)\s+)[A-Z][\w.'-]*\s+$", text[max(0, start - 40):start])
    if not m or m.group("prev") in (None, ".", "!", "?", '"') or unit_after(text, end):
        return False
    return not re.match(SCALE, text[end:])


def _context_words(text: str, span: tuple[int, int], s: int, e: int) -> set[str]:
    """Content words within 60 characters of a figure, in its sentence [s, e), units and
    scale words left out."""
    window = text[max(s, span[0] - 60):min(e, span[1] + 60)]
    return {w for w in _words(window) if w not in {u[:5] for u in UNITS} | {"mln", "billi", "milli", "total"}}


_HEDGES = [  # (words before a figure, the interval they give around its value v)
    (r"(?:more\s+than|over|at\s+least|above|upwards\s+of|in\s+excess\s+of)", "low"),
    (r"(?:up\s+to|less\s+than|under|fewer\s+than|at\s+most|no\s+more\s+than)", "high"),
    (r"(?:about|some|nearly|almost|around|roughly|approximately|an\s+estimated|close\s+to|just\s+over|"
     r"just\s+under)", "about"),
]
_NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
              "twelve", "thirteen", "fourteen", "fifteen"]
_FIGURE = re.compile(rf"{fig('n')}|\b(?P<w>(?i:{'|'.join(_NUM_WORDS[2:])}))\b")


def _sentences(text: str, start: int = 0):
    """(start, end) of each sentence: a line, cut after ". " before a capital or a quote
    (not after a single capital, as in "U.S.")."""
    for line in re.finditer(r"[^\n]+", text):
        if line.start() < start:
            continue
        s = line.start()
        for cut in re.finditer(r"(?<![A-Z])(?<=[a-z0-9)%\"'][.!?])\s+(?=[A-Z\"<])", line.group(0)):
            yield s, line.start() + cut.start()
            s = line.start() + cut.end()
        yield s, line.end()


# what tells two mentions of one value apart as two things (plant_repeated's _apart):
# an instance word before the figure in its clause ("the previous auction for",
# "a third tranche of", "That system also costs")
_INSTANCE = re.compile(r"\b(?:previous|next|prior|second|third|fourth|fifth|separate|also)\b[^.;,]{0,40}$", re.I)
# a basis, a figure said of each item ("per each 1,000 dlr debenture", "Each 10,000 mark
# bond carries two warrants")
_EACH = re.compile(r"\b(?:each|every)\s+$|^\W*Each\b", re.I)
# the top end of a range ("between 50,000 and 100,000 crowns")
_RANGE_TOP = re.compile(r"\bbetween\s+\$?[\d,.]+(?:\s+[a-z]+)?\s+and\s+\$?$", re.I)
# a level named as a bound something is above or below ("fell below 150 yen")
_BOUND = re.compile(r"\b(?:above|below|over|under|beyond)\s+(?:\$\s?)?$", re.I)
# an owner named right before the figure: a company ("Caljet Inc 4,000 bpd", "Cargill
# Inc of Minnesota took two"), or a name's possessive ("Exportfinans' 15 billion yen")
_OWNER = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}?[A-Z][\w&.-]*)(?:\s+(?:Inc|Corp|Co|Ltd|PLC|Plc|AG|SA|NV)\b\.?"
                    r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?|['\u2019]s?)\s+(?:\S+\s+){0,3}$")
# the times named within 60 characters of a figure in its sentence ("last year", "year to
# date", "in February"), a dateline left out
_TIME = re.compile(rf"\b(?:(?:this|last|next)\s+(?:year|week|month|quarter)|year[\s-]to[\s-]date|(?-i:{MONTHS})(?!\w))", re.I)
_DATELINE = re.compile(rf"^[^-]{{0,60}}\b{MONTHS}\s+\d{{1,2}}\s+-")


def _apart(x: dict, y: dict) -> str | None:
    """Why two mentions of one value are demonstrably two things, or None: an instance
    word before the later one, a basis (each item's figure), the top of a range, two
    bounds (two things measured against one level), two named owners, or two times
    named beside them and none shared ("this year" and "last year")."""
    if y["instance"]:
        return "another instance (previous, next, second, also)"
    if x["each"] or y["each"]:
        return "a figure of each item"
    if x["range_top"] or y["range_top"]:
        return "the top of a range"
    if x["bound"] and y["bound"]:
        return "two bounds at one level"
    if x["owner"] and y["owner"] and x["owner"] not in y["owner"] and y["owner"] not in x["owner"]:
        return "two named owners"
    if x["times"] and y["times"] and not x["times"] & y["times"]:
        return "two times named"
    return None


def _interval(v: float, half: float, hedge: str) -> tuple[float, float]:
    if hedge == "low":
        return v, math.inf
    if hedge == "high":
        return 0.0, v
    if hedge == "about":
        return v * 0.9 - half, v * 1.1 + half
    return v - half, v + half


def _figures(text: str, s: int, e: int) -> list[dict]:
    """The standalone figures of a sentence that count or measure something, with their
    value, interval, counted noun or unit, and the content words beside them. Left out:
    percentages, years, periods ("nine mths"), labels ("S and P 500"), ranges, table
    cells ("12 cts vs 10 cts"), parts of a breakdown, changes, plans, rates (seeded_errors'
    patterns for these)."""
    from seeded_errors import _CHANGE, _PART, _PLAN

    out, sent = [], text[s:e]
    if re.search(r"\bvs\b", sent) or re.match(r"\s*[-*]", sent):
        return []  # a table row ("Shr 12 cts vs 10 cts") or a list entry ("- Louis Dreyfus 5,300 tonnes")
    for m in _FIGURE.finditer(sent):
        start, end = s + m.start(), s + (m.end("n") if m.group("n") else m.end("w"))
        after, before = text[end:end + 40], text[s:start]
        if m.group("n"):
            v, half = value(m, "n")
            if _year(m.group("n")) and not m.group("n_s"):
                continue
        else:
            if m.group("w")[0].isupper() and before.strip():
                continue  # a name: "Bally acquired Six Flags"
            sc = re.match(SCALE, after)
            v, half = float(_NUM_WORDS.index(m.group("w").lower())) * _scale(sc.group(0) if sc else None), 0.0
        unit, noun = unit_after(text, end), noun_after(text, end)
        if not noun or unit == "pct" or (v < 2 and not unit) or re.match(SCALE + "?" + _PERIOD, after) \
                or is_label(text, start, end):
            continue
        if re.match(rf"(?:{SCALE})?\s*(?:-|to\s+\$?\d|and\s+\$?\d|vs\b)", after) \
                or re.search(r"(?:\bbetween|\bto|-|\bvs\.?)\s*\$?$", before):
            continue  # a range or a table cell
        if re.search(r"\b(?:opened|closed|ended|finished|traded|quoted|fixed|stood|was|were)\s+at\s+$", before):
            continue  # a market level at a moment ("the dollar opened at 147.65 yen")
        if re.search(r"\b(?:per|phase|stage|round|section|article|chapter|grade|number|no\.)\s+$", before, re.I) \
                or re.search(r"\b(?:an)?other\b[^.;]{0,40}$", before) \
                or re.match(rf"(?:{SCALE})?\s+(?:other|others|more|additional|further|new|series|model|class)\b",
                            after):
            continue  # a basis ("per 100 kilos"), a name ("phase two", "the 400 series"), another group
        known = re.search(r"(?:^|\s)(?:the|these|those|all)\s+(?:[a-z]+\s+)?$", before, re.I)
        if any(re.search(p, before, re.I) for p in (_PART, _CHANGE) + (() if known else (_PLAN,))):
            continue
        if re.match(rf"(?:{SCALE})?(?:\s+[a-z.]+)?{_RATE}", after, re.I):
            continue  # a rate: "43.50 dlrs per acre", "50 dlrs a share"
        hedge = next((h for pat, h in _HEDGES if re.search(rf"\b{pat}\s+(?:\$\s?)?$", before, re.I)), "")
        owner = _OWNER.search(before[-80:])
        out.append(dict(start=start, end=end, value=v, hedge=hedge, interval=_interval(v, half, hedge),
                        noun=noun, unit=unit, words=_context_words(text, (start, end), s, e),
                        years=set(re.findall(r"\b(?:19|20)\d\d\b", sent)),
                        instance=bool(_INSTANCE.search(before)), each=bool(_EACH.search(before)),
                        range_top=bool(_RANGE_TOP.search(before)), bound=bool(_BOUND.search(before)),
                        owner=owner.group(1).lower() if owner else None,
                        times={t.lower()[:3] if t[0].isupper() and re.match(MONTHS, t) else
                               " ".join(t.lower().replace("-", " ").split())
                               for t in _TIME.findall(_DATELINE.sub("", text[max(s, start - 60):min(e, end + 60)]))}))
    return out


def _changed(text: str, y: dict, x: dict) -> str | None:
    """y's numeral rewritten (x0.6, x1.6, x0.4, x2.5; a number word by the same factor)
    so that its interval no longer meets x's. A count of things stays plural: "the two
    sides" becomes "the three sides", not "the one sides", which no editor writes and no
    reader takes for a count."""
    tok = text[y["start"]:y["end"]]
    for f in (0.6, 1.6, 0.4, 2.5):
        if tok[0].isdigit():
            new = _scaled(tok, f)
            ratio = float(new.replace(",", "")) / float(tok.replace(",", ""))
            if not y["unit"] and y["value"] * ratio < 2:
                continue
        else:
            n = _NUM_WORDS.index(tok.lower())
            k = max(1, round(n * f))
            if k == n or k >= len(_NUM_WORDS) or k < 2:
                continue
            new, ratio = _NUM_WORDS[k].capitalize() if tok[0].isupper() else _NUM_WORDS[k], k / n
        lo, hi = (b * ratio for b in y["interval"])
        if hi < x["interval"][0] or lo > x["interval"][1]:
            return new
    return None


def plant_repeated(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """The same figure stated for the same thing in two sentences of the body (read from
    the text, not the claims): the same value and counted noun or unit, no different
    years named, not both open on the same side ("more than 100" twice); for a figure in a
    unit (dlrs, shares, tonnes) the two statements also share a content word beside it
    ("the deal ... 1.3 billion dlrs" twice), as the unit alone does not say what is
    measured. Two mentions that say they are of two things (_apart) are no site. The later
    statement is changed beyond both hedges; each later statement is one site."""
    rejected = Counter() if rejected is None else rejected
    t = a.text
    body = len(a.title) if a.title and t.startswith(a.title) else 0
    figs = [(i, f) for i, (s, e) in enumerate(_sentences(t, body)) for f in _figures(t, s, e)]
    out = []
    for j, (sy, y) in enumerate(figs):
        for sx, x in figs[:j]:
            if sx == sy or x["value"] != y["value"] or x["noun"] != y["noun"]:
                continue
            if x["years"] and y["years"] and x["years"] != y["years"]:
                continue
            if {x["hedge"], y["hedge"]} in ({"low"}, {"high"}):
                continue
            if x["unit"] and not x["words"] & y["words"]:
                rejected["repeated: a figure in a unit, no shared word beside it"] += 1
                continue
            why = _apart(x, y)
            if why:
                rejected[f"repeated: two things, {why}"] += 1
                continue
            new = _changed(t, y, x)
            if new:
                out.append(Plant("repeated", y["start"], y["end"], new,
                                 f"{t[x['start']:x['end']]} ... {t[y['start']:y['end']]}"))
            else:
                rejected["repeated: no change of the figure leaves its hedge"] += 1
            break
    return out
