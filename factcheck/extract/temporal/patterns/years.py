"""Years, decades and centuries, in digits or in words: "1998", "fiscal 1998", "FY'99",
"nineteen ninety-six", "the 1990s", "the '80s", "the eighties", "the 19th century";
split years "1987/88", "fiscal 1987/88", "the 1986-87 season"."""
from __future__ import annotations

import functools
import re

from ....regexwords import fast_compile
from .. import calendar as cal
from ..context import Resolved
from ..lexicon import alt
from ..registry import pattern
from ..values import _mod, spelled_year


@pattern("spelled_year", r"(?:\bthe\s+year\s+)?\b(?P<ys>{SPELLED_YEAR})\b(?![\s-]+(?:{units}|percent|people|dollars|million|billion)\b)",
         triggers={"nineteen", "eighteen", "thousand"},
         examples={"It was built in nineteen ninety-six.": "1996",
                   "in the year two thousand": "2000"})
def h_spelled_year(m, cx, a, b):
    y = spelled_year(cx.lex, m["ys"])
    if y is None:
        return None
    p = cal.year(y)
    return Resolved("date", p.value, p, None)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@pattern("spelled_decade", r"\bthe\s+(?:(?P<fz>early|mid|late)[\s-]+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
         triggers={"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"},
         examples={"It was built in the late eighties.": "198"})
def h_spelled_decade(m, cx, a, b):
    base = (cx.dct.year // 100 * 100) if cx.dct else 1900
    d0 = base + 10 * _DECADE_WORDS[m["w"].lower()]
    if cx.dct and d0 > cx.dct.year:
        d0 -= 100
    p = cal.decade(d0)
    return Resolved("date", p.value, p, cx.pub if cx.dct else None, mod=_mod(cx.lex, m["fz"]))


@pattern("year", r"(?:(?P<fz>{fzpos})[\s-]+)?(?:(?P<fiscal>fiscal|calendar)(?:\s+year)?\s+)?{NUM_L}(?P<y>{YEAR})\b(?![.,]\d|%|\s*(?:percent|per\s+cent|million|billion|trillion|mln|bln|people|troops|soldiers|men|women|children|dollars|yen|tons|jobs|employees|workers|miles|feet|meters|points|shares|units)\b)",
         triggers={"#"},
         examples={"The plant opened in 1998.": "1998",
                   "He wore No. 1998 all season.": None,
                   "About 1999 residents were evacuated.": None,
                   "More than 1850 families fled.": None,
                   "It closed in about 1999.": "1999",
                   "UN Security Council Resolution 1701 ended the war.": None,
                   "The Finance Act 1985 applies.": "1985"})
def h_year(m, cx, a, b):
    y = int(m["y"])
    mod = _mod(cx.lex, m["fz"])
    before = cx.text[max(0, a - 12):a]
    if not m["fz"] and not m["fiscal"]:
        # a bare number: a year only after a preposition or as a modifier, not "No. 1998"
        if re.search(r"(?:No\.|#|\$|number)\s*$", before, re.I):
            return None
        serial = _serial_before(tuple(cx.lex.get("serial_nouns") or ()))
        if serial is not None and serial.search(cx.text, max(0, a - 16), a):
            return None  # "Resolution 1701", "Flight 1771": a number in a series
        if _hedged_count(cx, a, b):
            return None
    p = cal.year(y)
    extra = {"fiscal": True} if m["fiscal"] else {}
    return Resolved("date", p.value, p, None, mod=mod, extra=extra)


@functools.lru_cache(maxsize=8)
def _serial_before(words: tuple[str, ...]) -> re.Pattern | None:
    """One of the lexicon's serial_nouns and the blanks after it, at the end."""
    return re.compile(rf"\b(?:{alt(words)})\s+$", re.I) if words else None


_PLURAL_AFTER = re.compile(r"\s+([a-z]+s)\b")
_WORDS_BEFORE = fast_compile(r"([a-z]+)(?:\s+([a-z]+))?\s+$")


def _hedged_count(cx, a: int, b: int) -> bool:
    """A hedge of amount before the number and a plural noun after it: a count, not a
    year ("About 1999 residents", "nearly 1500 troops"). A year is not hedged before
    a noun it counts; "in about 1999" has no noun after it."""
    noun = _PLURAL_AFTER.match(cx.text, b)
    if not noun or noun.group(1) in ("was", "has", "is", "as"):
        return False
    words = _WORDS_BEFORE.search(cx.text[max(0, a - 24):a].lower())
    if not words:
        return False
    hedges = cx.lex.lower_map("qualifiers")
    two = f"{words.group(1)} {words.group(2)}" if words.group(2) else None
    return bool(hedges.get(words.group(2) or words.group(1)) or (two and hedges.get(two)))


@pattern("split_year", r"(?:(?P<fiscal>fiscal|calendar)(?:\s+year)?\s+)?{NUM_L}(?P<y>{YEAR})\s?(?P<sep>[/–-])\s?(?P<y2>\d\d\d\d|\d\d)\b(?![/.,:-]?\d)",
         triggers={"#"},
         examples={"Output in 1987/88 is put at 4.2 mln tonnes.": "1987",
                   "Profit for fiscal 1987/88 rose 12 pct.": "1987",
                   "the 1986-87 season": "1986",
                   "Sales rose 1987/1988.": "1987",
                   "It compares 1985/90 figures.": None,
                   "Growth envisaged by the 1985-90 development plan.": "1985",
                   "Output rose in 2019\u20132021.": "2019"})
def h_split_year(m, cx, a, b):
    """Two consecutive years written as one period: a fiscal, crop or marketing year or
    a season that starts in the first and ends in the second. Its value is the first
    year (TIMEX3 has no value for a year that straddles two); its days run from the
    first year's start to the second's end, since where it turns is not said.

    Years further apart joined by a dash are a run of whole years ("the 1985-90 plan",
    "in 2019-2021"), read the same way, with extra["interval"] ("1985/1990", ISO 8601)
    as a run of months has; by a slash they are two years ("1985/90 figures")."""
    y, y2 = int(m["y"]), int(m["y2"])
    if len(m["y2"]) == 2:
        y2 += y // 100 * 100 + (100 if y % 100 == 99 else 0)  # "1999-00"; "1998-02" is no run
    fiscal = {"fiscal": True} if m["fiscal"] else {}
    if y2 == y + 1:
        extra = {"split_year": f"{y}/{y2}", **fiscal}
    elif y2 > y and m["sep"] != "/":
        extra = {"interval": f"{y}/{y2}", **fiscal}
    else:
        return None  # "1985/90": two years, not one period
    first = cal.year(y)
    p = cal.Period(first.value, first.start, cal.year(y2).end, "year")
    return Resolved("date", p.value, p, None, extra=extra)


@pattern("fiscal_short", r"\b(?P<fiscal>fiscal|FY)\s*'?(?P<yy>\d\d)\b",
         triggers={"fiscal", "fy"},
         examples={"Sales rose in fiscal '99.": "1999",
                   "Guidance for FY23 is unchanged.": "2023"})
def h_fiscal_short(m, cx, a, b):
    yy = int(m["yy"])
    y = yy + (2000 if yy < 50 else 1900)
    p = cal.year(y)
    return Resolved("date", p.value, p, None, extra={"fiscal": True})


# a preposition of time or "of" ("the class of '98") right before the elided year
_SHORT_YEAR_LEAD = fast_compile(r"\b(?:in|since|by|until|till|from|through|to|during|before|after|of)\s+$", re.I)


@pattern("short_year", r"(?<![\w'’‘])['’‘](?P<yy>\d\d)\b(?![\d%'’‘]|[.,]\d)",
         triggers={"#"},
         examples={"The plant opened in '17.": "2017",
                   "Sales have doubled since ’99.": "1999",
                   "She graduated with the class of '98.": "1998",
                   "Storm leaves '17 dead' in village": None})
def h_short_year(m, cx, a, b):
    """A year with its century elided ("in '17"): read so only after a preposition of
    time, since an opening single quote before a count looks the same ("leaves '17
    dead'"). The century is the publication's, or the one before when that puts the
    year more than a decade ahead of it (1950-2049 undated)."""
    if not _SHORT_YEAR_LEAD.search(cx.text, max(0, a - 12), a):
        return None
    yy = int(m["yy"])
    if cx.dct:
        y = cx.dct.year // 100 * 100 + yy
        if y > cx.dct.year + 10:
            y -= 100
    else:
        y = yy + (2000 if yy < 50 else 1900)
    p = cal.year(y)
    return Resolved("date", p.value, p, cx.pub if cx.dct else None)


@pattern("decade", r"(?:\bthe\s+)?(?:(?P<fz>{fzpos})[\s-]+)?(?:{NUM_L}(?P<dec>1[6-9]\d0|20\d0)|'(?P<dd>\d0))'?s\b",
         triggers={"#", "s"},
         examples={"It was built in the 1990s.": "199",
                   "It was built in the '80s.": "198"})
def h_decade(m, cx, a, b):
    if m["dec"]:
        d0 = int(m["dec"])
    else:
        dd = int(m["dd"])
        base = (cx.dct.year // 100 * 100) if cx.dct else 1900
        d0 = base + dd if base + dd <= (cx.dct.year if cx.dct else 2100) else base - 100 + dd
    p = cal.decade(d0)
    return Resolved("date", p.value, p, None, mod=_mod(cx.lex, m["fz"]))


@pattern("century", r"(?:\bthe\s+)?(?:(?P<fz>{fzpos})[\s-]+)?\b(?P<c>{ordn}|{ordw})[\s-]+century\b",
         triggers={"century"},
         examples={"It was built in the 19th century.": "18",
                   "It dates from the seventeenth century.": "16"})
def h_century(m, cx, a, b):
    c = m["c"].lower()
    n = int(re.match(r"\d+", c).group()) if c[0].isdigit() else cx.lex.ordinals.get(c)
    if not n or n > 21:
        return None
    p = cal.century(n)
    return Resolved("date", p.value, p, None, mod=_mod(cx.lex, m["fz"]))
