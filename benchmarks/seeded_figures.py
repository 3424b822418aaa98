"""Reading figures in news text for the seeded-error site finders (seeded_sites.py,
seeded_mentions.py): a figure with its scale word and unit ("1.2 billion dlrs",
"$639 million", "12.5 pct"), its value and rounding, what it counts, and whether two
figures have anything else between them. Reuters forms ("pct", "mln", "dlrs") and
the general newswire ones ("percent", "%", "million", "$").
"""
from __future__ import annotations

import re

from seeded_errors import MONTHS, _write_like

NUM = r"(?<![\w.,/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!(?!m\b|bn\b)[\w/]|-\d|,\d|\.\d)"
SCALES = {"thousand": 1e3, "mln": 1e6, "million": 1e6, "m": 1e6, "bln": 1e9, "billion": 1e9,
          "bn": 1e9, "trillion": 1e12}
SCALE = r"(?:\s+(?:thousand|mln|million|bln|billion|trillion)\b|\s?bn\b|m\b)"
PCT = r"(?:\s*(?:pct|percent|per\s+cent)\b|%)"
HEDGE = (r"(?:(?:about|nearly|almost|some|roughly|around|approximately|an\s+estimated|just\s+(?:over|under)|"
         r"over|more\s+than|less\s+than|under)\s+)?")
UP_HEDGE = r"(?:more\s+than|at\s+least|over|above|exceeding|upwards\s+of|in\s+excess\s+of)\s+$"
# the unit a figure is written in: the word after it, normalised ("dlr" = "dlrs" = "dollars")
UNIT_SYNONYMS = {"dlr": "dlrs", "dollar": "dlrs", "dollars": "dlrs", "$": "dlrs", "percent": "pct",
                 "%": "pct", "sterling": "stg", "pound": "stg", "ton": "tonnes", "tons": "tonnes",
                 "tonne": "tonnes", "share": "shares", "ecu": "ecus", "lot": "lots", "bpd": "barrels"}
UNITS = {"dlrs", "stg", "yen", "marks", "francs", "lire", "guilders", "pesos", "ecus", "crowns", "rand",
         "shillings", "rupees", "riyals", "cruzados", "yuan", "cts", "cents", "pct", "tonnes", "shares",
         "barrels", "bales", "bushels", "ounces", "units", "cars", "vehicles", "lots", "acres",
         "hectares", "people", "workers", "employees", "jobs", "points", "aircraft", "ships", "vessels"}


def fig(name: str) -> str:
    """A written figure with an optional currency sign and scale word, as groups name and
    name_s ("$1.13 billion", "639 mln")."""
    return rf"(?:(?:US|C|A)?[$\u00a3\u20ac]\s?)?(?P<{name}>{NUM})(?P<{name}_s>{SCALE})?"


def _scale(s: str | None) -> float:
    return SCALES[s.strip().lower()] if s else 1.0


def value(m: re.Match, name: str, inherit: float | None = None) -> tuple[float, float]:
    """(value, half a unit of its last digit), the scale word applied (or inherited:
    "to 110 mln from 100" reads 100 as millions)."""
    num, written = m.group(name), m.groupdict().get(name + "_s")
    bare = "," not in num and float(num) < 10000  # "852,000 shares" inherits no "mln"
    scale = _scale(written) if written else (inherit if inherit and bare else 1.0)
    decimals = len(num.split(".")[1]) if "." in num else 0
    return float(num.replace(",", "")) * scale, 0.5 * 10 ** -decimals * scale


def unit_after(text: str, end: int) -> str | None:
    """The unit word right after a figure ("dlrs", "pct", "shares"), normalised, or None.
    A scale word and a currency or origin word may come first ("mln Canadian dlrs")."""
    after = text[end:end + 40]
    if after.lstrip().startswith("%"):
        return "pct"
    for w in re.findall(r"[A-Za-z][\w.]*", after)[:4]:
        lw = w.lower().rstrip(".")
        lw = UNIT_SYNONYMS.get(lw, lw)
        if lw in UNITS:
            return lw
        if lw not in SCALES and not w[0].isupper():
            return None
    return None


def _year(s: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", s))


# a figure restated per share beside a total: ", or $3.89 a share,", ", or 1.20 dlrs per shr"
APPOS = (r"(?:,?\s+or\s+(?:[$\u00a3]\s?)?\d[\d,.]*\s*(?:cents|pence|cts|dlrs?|dollars?|p)?\s+"
         r"(?:a|per)\s+(?:share|shr)\b)")


def clean_gap(s: str) -> bool:
    """Text between two related figures holds no other figure (years, days named by
    month, a per-share restatement and a bracketed conversion are no other figure)."""
    s = re.sub(APPOS + r"|\([^()]*\)", " ", s)
    s = re.sub(rf"\b{MONTHS}\s+\d{{1,2}}\b(?:-\d{{1,2}}\b)?", " ", s)
    s = re.sub(r"(?:\b|-)(?:19|20)\d\d(?:/\d{2,4})?\b", " ", s)
    return not re.search(r"\d", s)


def _box_change(x, dx, y, dy) -> tuple[float, float]:
    """The range of |x - y| / y * 100 over x +- dx, y +- dy (0 when the sign can turn)."""
    vals = [(a - b) / b * 100 for a in (x - dx, x + dx) for b in (y - dy, y + dy) if b > 0]
    if not vals:
        return float("inf"), float("inf")
    lo, hi = min(vals), max(vals)
    return (0.0 if lo <= 0 <= hi else min(abs(lo), abs(hi))), max(abs(lo), abs(hi))


def _box_ratio(p, dp, w, dw) -> tuple[float, float]:
    """The range of p / w * 100 over p +- dp, w +- dw."""
    vals = [a / b * 100 for a in (p - dp, p + dp) for b in (w - dw, w + dw) if b > 0]
    return (min(vals), max(vals)) if vals else (float("inf"), float("inf"))


def _fits(stated: float, half: float, lo: float, hi: float, hedged: bool = False) -> bool:
    """The stated figure (+- rounding, a tenth more when hedged) meets [lo, hi] widened by 1%."""
    slack = 0.1 * stated if hedged else 0.0
    return stated - half - slack <= hi * 1.01 + 0.05 and lo * 0.99 - 0.05 <= stated + half + slack


def _off(old: str, lo: float, hi: float) -> str | None:
    """The old figure rewritten (x1.6, x0.5, x2.5, x0.3) so that it is at least a quarter
    away from every value in [lo, hi] even after its rounding."""
    v = float(old.replace(",", ""))
    for f in (1.6, 0.5, 2.5, 0.3):
        new = _write_like(old, v * f)
        n = float(new.replace(",", ""))
        decimals = len(new.split(".")[1]) if "." in new else 0
        h = 0.5 * 10 ** -decimals
        if n > 0 and (n - h > hi * 1.25 or n + h < lo * 0.75):
            return new
    return None


_FUNCTION = {"were", "was", "are", "is", "will", "would", "should", "could", "may", "might", "must", "can",
             "have", "had", "has", "in", "for", "from", "to", "at", "on", "by", "of", "and", "or", "with",
             "be", "been", "a", "an", "the", "as", "per", "each", "this", "that", "last", "next"}


def noun_after(text: str, end: int) -> str | None:
    """What a figure counts: its unit word, else the first plural-looking word among the
    next three ("13 gubernatorial elections" -> "elections"); None when a verb or a
    function word comes first ("of which 81 were")."""
    u = unit_after(text, end)
    if u:
        return u
    for w in re.findall(r"[A-Za-z][\w-]*|[^\sA-Za-z]", text[end:end + 40])[:3]:
        lw = w.lower()
        if not w[0].isalpha() or lw in _FUNCTION:
            return None
        if lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3:
            return lw
    return None


_STOP = {"says", "said", "sees", "will", "with", "from", "that", "this", "year", "first", "quarter", "pct", "mln",
         "billion", "dlrs", "dlr", "rise", "rises", "fall", "falls", "up", "down", "plans", "unit", "into", "over"}


def _words(s: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", s.lower()) if w not in _STOP}
