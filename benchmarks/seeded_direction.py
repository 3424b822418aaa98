"""Where a change's direction can be turned round in news text (seeded_reuters.py kind
"direction"): "rose to 110 mln from 100 mln" (group to-from), "dropped from 4.6 pct to
4.1 pct" (from-to), "110 mln dlrs, up from 100 mln" (level-from). A site is kept only
when its figures move the way its word says (rounding counted; same unit or one left
to the other; no word giving a figure its sign, "to a loss of"); the plant turns the
word round ("rose" -> "fell", "up" -> "down") and keeps the figures, so the figures now
contradict it. Patterns on the raw text (seeded_figures.py), never the checks.
"""
from __future__ import annotations

import re
from collections import Counter

from seeded_errors import Article, Plant
from seeded_figures import APPOS, _off, _scale, _year, clean_gap, fig, unit_after, value

# each word with the one that says the opposite, in the same form
_TURN = {"rose": "fell", "fell": "rose", "risen": "fallen", "fallen": "risen", "rise": "fall", "fall": "rise",
         "rises": "falls", "falls": "rises", "rising": "falling", "falling": "rising",
         "increased": "decreased", "decreased": "increased", "increase": "decrease", "decrease": "increase",
         "climbed": "fell", "jumped": "fell", "gained": "lost", "lost": "gained", "grew": "shrank",
         "shrank": "grew", "dropped": "rose", "declined": "rose", "slipped": "rose", "eased": "rose",
         "plunged": "soared", "soared": "plunged", "surged": "slumped", "slumped": "surged",
         "tumbled": "rose", "dipped": "rose", "up": "down", "down": "up", "higher": "lower", "lower": "higher",
         "widened": "narrowed", "narrowed": "widened", "cut": "raised", "raised": "cut", "reduced": "raised"}
_RISE = {"rose", "risen", "rise", "rises", "rising", "increased", "increase", "climbed", "jumped", "gained",
         "grew", "soared", "surged", "up", "higher", "widened", "raised"}
_W = "|".join(sorted(_TURN, key=len, reverse=True))
_SIGNED = re.compile(r"\b(?:loss|losses|deficit|profit|surplus|negative|minus|plus)\b", re.I)
_WORDS = r"(?:(?:a|an|the|about|some|nearly|around|roughly|just|over|record|revised)\s+){0,2}"
_PATTERNS = [
    ("to-from", rf"\b(?P<v>{_W})\s+to\s+{_WORDS}{fig('x')}(?P<g1>[^.;\n]{{0,60}}?)\s+from\s+"
                rf"(?P<w>(?:[a-z'-]+\s+){{0,3}}?){fig('y')}"),
    ("from-to", rf"\b(?P<v>{_W})\s+from\s+{_WORDS}{fig('y')}(?P<g1>[^.;\n]{{0,40}}?)\s+to\s+"
                rf"(?P<w>{_WORDS}){fig('x')}"),
    ("level-from", rf"{fig('x')}(?P<g1>[^.;\n\d]{{0,40}}?){APPOS}?,\s+(?P<v>up|down)\s+from\s+"
                   rf"(?P<w>(?:[a-z'-]+\s+){{0,3}}?){fig('y')}"),
]
_RX = [(g, re.compile(p, re.I)) for g, p in _PATTERNS]


def plant_direction(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """The change word turned round where its figures bear it out as written."""
    rejected = Counter() if rejected is None else rejected
    t, out, seen = a.text, [], set()
    for group, rx in _RX:
        for m in rx.finditer(t):
            if m.start("v") in seen:
                continue
            word = m.group("v")
            if not clean_gap(m.group("g1")) or _SIGNED.search(m.group("g1") + " " + m.group("w")) \
                    or _SIGNED.search(t[max(0, m.start("x") - 20):m.start("x")]) or "each" in m.group("g1").split():
                rejected["direction: another figure or a signed figure between"] += 1
                continue
            ux, uy = unit_after(t, m.end("x")), unit_after(t, m.end("y"))
            if ux and uy and ux != uy or _year(m.group("x")) or _year(m.group("y")):
                rejected["direction: different units or years"] += 1
                continue
            inherit = _scale(m.group("x_s") or m.group("y_s")) if (m.group("x_s") or m.group("y_s")) else None
            (x, dx), (y, dy) = value(m, "x", inherit), value(m, "y", inherit)
            way = 1 if word.lower() in _RISE else -1
            if x <= 0 or y <= 0 or not (x - dx > y + dy if way > 0 else x + dx < y - dy):
                rejected["direction: the figures do not move as the word says"] += 1
                continue
            new = _like(word, _TURN[word.lower()])
            seen.add(m.start("v"))
            end = max(m.end("x"), m.end("y"))
            start = min(m.start("v"), m.start("x"))
            text = t[start:end]
            k = m.start("v") - start
            out.append(Plant("direction", start, end, text[:k] + new + text[k + len(word):], m.group(0), group=group))
    return sorted(out, key=lambda p: p.start)


def _like(old: str, new: str) -> str:
    return new.upper() if old.isupper() else new.capitalize() if old[:1].isupper() else new


# ---------------------------------------------------------------- amount against its pair

_AMOUNT_RX = re.compile(
    rf"\b(?P<v>rose|fell|increased|decreased|declined|dropped|climbed|gained|grew|jumped|up|down)\s+(?:by\s+)?"
    rf"{fig('d')}(?P<g0>[^.;\n\d]{{0,30}}?)\s+to\s+{_WORDS}{fig('x')}(?P<g1>[^.;\n]{{0,40}}?)\s+from\s+"
    rf"(?P<w>(?:[a-z'-]+\s+){{0,3}}?){fig('y')}", re.I)


def plant_amount(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """"rose 60 mln dlrs to 580 mln from 520 mln": the amount changed (x1.6, x0.5 ...)
    where it fits the difference of its from/to figures as written."""
    rejected = Counter() if rejected is None else rejected
    t, out = a.text, []
    for m in _AMOUNT_RX.finditer(t):
        if not clean_gap(m.group("g0")) or not clean_gap(m.group("g1")) or _SIGNED.search(m.group("w")):
            rejected["amount: another figure or a signed figure between"] += 1
            continue
        units = {u for u in (unit_after(t, m.end(n)) for n in "dxy") if u}
        if len(units) > 1 or "pct" in units or any(_year(m.group(n)) for n in "dxy"):
            rejected["amount: different units, percentages or years"] += 1
            continue
        scale = next((m.group(n + "_s") for n in "dxy" if m.group(n + "_s")), None)
        inherit = _scale(scale) if scale else None
        (d, dd), (x, dx), (y, dy) = (value(m, n, inherit) for n in "dxy")
        way = 1 if m.group("v").lower() in _RISE | {"up"} else -1
        lo, hi = (x - dx) - (y + dy), (x + dx) - (y - dy)
        lo, hi = (lo, hi) if way > 0 else (-hi, -lo)
        if d <= 0 or not (d - dd <= hi * 1.01 and lo * 0.99 <= d + dd):
            rejected["amount: the amount does not fit its figures"] += 1
            continue
        new = _off(m.group("d"), max(lo, 0.0), hi)
        if new:
            out.append(Plant("amount", m.start("d"), m.end("d"), new, m.group(0), group="from-to"))
    return out
