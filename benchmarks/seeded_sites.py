"""Where an arithmetic error can be planted in business and economic news: percent,
share, parts, conversion (the figures read by seeded_figures.py).

Each finder reads the raw text with patterns about language, never the checks, and
returns one Plant per site (every site, not only the first). A site is kept only when
the text as written is consistent there by its own figures (the stated percentage
fits its from/to figures, the share fits its part and whole, the part is below its
total): then the planted change is an error a reader could prove from the text.
Candidates the figures do not bear out are counted in `rejected` by reason.

Kinds: percent (a stated change between from/to figures, or an amount of change and
one figure), share (a part of a stated whole, or two shares of one whole: "to
2,165,300 shares, or 33.3 pct, from 1,978,900 shares, or 30.5 pct"), parts (a total
made smaller than a part: "including", "of which", "of whom", "comprising", "Of the N
..."), conversion (a bracketed conversion).
"""
from __future__ import annotations

import re
from collections import Counter

from seeded_errors import Article, Plant, _scaled
from seeded_figures import (APPOS, HEDGE, NUM, PCT, UP_HEDGE, _box_change, _box_ratio, _fits, _off, _scale,
                            _year, clean_gap, fig, noun_after, unit_after, value)

# ---------------------------------------------------------------- percent change

_RISE = ("rose|rise|rises|rising|risen|increased|increases|increasing|climbed|climbs|jumped|jumps|grew|grows|"
         "growing|gained|gains|up|soared|surged|advanced|improved|expanded|higher|widened")
_FALL = ("fell|fall|falls|falling|fallen|decreased|decreases|dropped|drops|declined|declines|declining|lost|down|"
         "off|slid|slipped|dipped|plunged|plummeted|tumbled|eased|shrank|contracted|lower|narrowed")
_NOUN = "increase|rise|gain|jump|growth|improvement|advance|drop|decline|decrease|fall|reduction|cut|loss|slump"
_GAP = r"(?:[^.;\n]|\.(?=\S)){0,60}?"
_TO = rf"\bto\s+(?:[a-z]+\s+){{0,3}}?{fig('x')}"
_FROM = rf"\b(?:from|compared\s+with|compared\s+to|against|versus|vs\.?)\s+(?:[a-z-]+\s+){{0,4}}?{fig('y')}"
_P = rf"(?P<p>{NUM}){PCT}"
_V = rf"\b(?P<v>{_RISE}|{_FALL})\s+(?:by\s+)?(?:an?\s+(?:[a-z]+\s+){{0,2}})?"
_AMOUNT = rf"{fig('d')}(?P<g0>[^.;\n\d]{{0,20}}?)"
_CHANGE_PATTERNS = [  # from-to: the two figures; amount: the change and one figure
    ("from-to", rf"{_V}{_P}(?P<g1>{_GAP}){_TO}(?P<g2>{_GAP}){_FROM}"),
    ("from-to", rf"{_V}{_P}(?P<g1>{_GAP}){_FROM}(?P<g2>{_GAP}){_TO}"),
    ("from-to", rf"\b(?P<v>{_RISE}|{_FALL})\s+{_TO}(?P<g1>{_GAP}){_FROM}(?P<g2>[^.;\n\d]{{0,40}}?),?\s+"
                rf"(?:or|(?P<v2>up|down|off)|an?\s+(?:(?:{_NOUN})\s+of|))\s*(?:by\s+)?{_P}"),
    ("from-to", rf"{fig('x')}(?P<g1>[^.;\n\d]{{0,40}}?){APPOS}?,\s+(?P<v>up|down|off)\s+{_P}\s+"
                rf"(?:from|over|on|compared\s+with|against)\s+(?:[a-z-]+\s+){{0,4}}?{fig('y')}"),
    ("from-to", rf"{fig('x')}(?P<g1>[^.;\n\d]{{0,40}}?){APPOS}?,\s+an?\s+{_P}\s+(?P<v>{_NOUN})\s+"
                rf"(?:from|over|on|compared\s+with)\s+(?:[a-z-]+\s+){{0,4}}?{fig('y')}"),
    # "rose 3.6 billion dlrs, or 1.0 pct, in January to 378.5 billion dlrs"; "... from Y"
    ("amount", rf"{_V}{_AMOUNT},?\s+or\s+{_P},?(?P<g1>{_GAP}){_TO}"),
    ("amount", rf"{_V}{_P},?\s+or\s+{_AMOUNT},?(?P<g1>{_GAP}){_TO}"),
    ("amount", rf"{_V}{_AMOUNT},?\s+or\s+{_P},?(?P<g1>{_GAP}){_FROM}"),
]
_CHANGE_RX = [(g, re.compile(p, re.I)) for g, p in _CHANGE_PATTERNS]


def _direction(word: str | None) -> int:
    if not word:
        return 0
    w = word.lower()
    if re.fullmatch(_RISE + "|increase|rise|gain|jump|growth|improvement|advance", w):
        return 1
    return -1 if re.fullmatch(_FALL + "|drop|decline|decrease|fall|reduction|cut|loss|slump", w) else 0


def _change_range(m: re.Match, t: str, way: int, rejected: Counter) -> tuple[float, float] | None:
    """The range of the percentage change the figures allow (rounding counted), or None."""
    gd = m.groupdict()
    names = [n for n in ("x", "y", "d") if gd.get(n)]
    units = [unit_after(t, m.end(n)) for n in names]
    if "pct" in units or len({u for u in units if u}) > 1 or any(_year(gd[n]) and not gd[n + "_s"] for n in names):
        rejected["percent: rates, years or different units"] += 1
        return None
    scales = [gd[n + "_s"] for n in names if gd[n + "_s"]]
    inherit = _scale(scales[0]) if scales else None
    v = {n: value(m, n, inherit) for n in names}
    if "d" not in v:
        (x, dx), (y, dy) = v["x"], v["y"]
        if way and (x - y) * way < 0:
            rejected["percent: the stated change does not fit its figures"] += 1
            return None
        return _box_change(x, dx, y, dy)
    if not way:
        rejected["percent: a change of an amount with no direction word"] += 1
        return None
    d, dd = v["d"]
    if "x" in v:  # the level after: before = x - d (a rise) or x + d (a fall)
        x, dx = v["x"]
        lo_b, hi_b = x - way * d - dx - dd, x - way * d + dx + dd
    else:
        y, dy = v["y"]
        lo_b, hi_b = y - dy, y + dy
    if lo_b <= 0:
        return None
    return (d - dd) / hi_b * 100, (d + dd) / lo_b * 100


def plant_change(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """"rose 10 pct to 110 mln dlrs from 100 mln", "to X from Y, up P pct", "X, up P pct
    from Y", "X, a P pct rise from Y" (group from-to); "rose D, or P pct, to X" (group
    amount): the stated percentage changed so that it no longer fits the figures (which
    it fitted as written)."""
    rejected = Counter() if rejected is None else rejected
    out, seen = [], set()
    t = a.text
    for group, rx in _CHANGE_RX:
        for m in rx.finditer(t):
            if m.start("p") in seen:
                continue
            gd = m.groupdict()
            if not all(clean_gap(gd.get(g) or "") for g in ("g0", "g1", "g2")):
                rejected["percent: another figure between"] += 1
                continue
            way = _direction(gd.get("v")) or _direction(gd.get("v2"))
            box = _change_range(m, t, way, rejected)
            if box is None:
                continue
            p, dp = value(m, "p")
            if p == 0 or not _fits(p, dp, *box):
                rejected["percent: the stated change does not fit its figures"] += 1
                continue
            new = _off(m.group("p"), *box)
            if new:
                seen.add(m.start("p"))
                out.append(Plant("percent", m.start("p"), m.end("p"), new, m.group(0), group=group))
    return sorted(out, key=lambda p: p.start)


# ---------------------------------------------------------------- shares

_Z = rf"{HEDGE}(?P<z>{NUM}){PCT}"
_SHARE_RX = [re.compile(p) for p in (
    # "2,316,940 shares of Grant common, or about 98 pct of the 2,369,799 shares outstanding"
    rf"{fig('p')}(?P<g1>[^.;\n\d]{{0,40}}?),\s*(?:or|representing|equal\s+to|accounting\s+for)\s+{_Z}\s*,?\s+"
    rf"of\s+(?P<g2>[^.;,\n\d]{{0,40}}?){fig('w')}",
    # "5 of the 12 directors, or 42 pct" / "(42 pct)"
    rf"{fig('p')}(?P<g1>[^.;\n\d]{{0,30}}?)\s+(?:out\s+)?of\s+(?:the|its|their|all|[A-Z][\w.]*'s)\s+"
    rf"(?P<g2>[^.;,\n\d]{{0,30}}?)"
    rf"{fig('w')}(?P<g3>[^.;\n\d]{{0,40}}?)(?:,\s*or\s+|\s*\(\s*){_Z}",
    # "60 pct, or 60 mln of the 100 mln shares"
    rf"{_Z},?\s+or\s+{fig('p')}(?P<g1>[^.;\n\d]{{0,30}}?)\s+of\s+(?:the|its|their|[A-Z][\w.]*'s)\s+"
    rf"(?P<g2>[^.;,\n\d]{{0,30}}?){fig('w')}",
)]
_PAIR_RX = re.compile(
    rf"{fig('p')}(?P<g1>[^.;,\n\d]{{0,20}}?),?\s+or\s+{_Z}(?P<g2>[^.;\n\d]{{0,40}}?)\bfrom\s+{fig('q')}"
    rf"(?P<g3>[^.;,\n\d]{{0,20}}?),?\s+or\s+{HEDGE}(?P<z2>{NUM}){PCT}")


def plant_share(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """A share stated with its part and whole ("P ..., or Z pct of the W ..."; "P of the W
    ..., or Z pct") or two shares of one whole ("to P shares, or Z pct, from Q shares, or
    Z2 pct"): the percentage changed (each one of a pair in turn). group: "whole" | "pair"."""
    rejected = Counter() if rejected is None else rejected
    t, out, seen = a.text, [], set()
    for rx in _SHARE_RX:
        for m in rx.finditer(t):
            if m.start("z") in seen:
                continue
            up, uw = unit_after(t, m.end("p")), unit_after(t, m.end("w"))
            if "pct" in (up, uw) or (up and uw and up != uw) or _year(m.group("w")):
                rejected["share: rates, years or different units"] += 1
                continue
            if re.search(UP_HEDGE, t[max(0, m.start("p") - 20):m.start("p")]):
                rejected["share: the part is a lower bound (a larger share fits it too)"] += 1
                continue
            sp, sw = m.group("p_s"), m.group("w_s")
            p, dp = value(m, "p", _scale(sw) if sw else None)
            w, dw = value(m, "w", _scale(sp) if sp else None)
            z, dz = value(m, "z")
            lo, hi = _box_ratio(p, dp, w, dw)
            hedged = bool(re.search(r"[a-z]\s+$", t[max(0, m.start("z") - 12):m.start("z")]))
            if not (p < w and _fits(z, dz, lo, hi, hedged)):
                rejected["share: the percentage does not fit its part and whole"] += 1
                continue
            new = _off(m.group("z"), lo, hi)
            if new:
                seen.add(m.start("z"))
                out.append(Plant("share", m.start("z"), m.end("z"), new, m.group(0), group="whole"))
    for m in _PAIR_RX.finditer(t):
        up, uq = unit_after(t, m.end("p")), unit_after(t, m.end("q"))
        if "pct" in (up, uq) or (up and uq and up != uq) or m.start("z") in seen:
            rejected["share: rates or different units"] += 1
            continue
        p, dp = value(m, "p", _scale(m.group("q_s")) if m.group("q_s") else None)
        q, dq = value(m, "q", _scale(m.group("p_s")) if m.group("p_s") else None)
        z, dz = value(m, "z")
        z2, dz2 = value(m, "z2")
        if min(z, z2) <= 0:
            continue
        # the whole each share implies, p / z and q / z2, must meet
        w1 = (p - dp) / (z + dz), (p + dp) / max(z - dz, 1e-9)
        w2 = (q - dq) / (z2 + dz2), (q + dq) / max(z2 - dz2, 1e-9)
        if w1[0] > w2[1] * 1.01 or w2[0] > w1[1] * 1.01:
            rejected["share: the two shares imply different wholes"] += 1
            continue
        for zname, part, dpart, other in (("z", p, dp, w2), ("z2", q, dq, w1)):
            # other: the whole per percent the other share implies; this share is part / whole
            lo, hi = (part - dpart) / other[1], (part + dpart) / other[0]
            new = _off(m.group(zname), lo, hi)
            if new:
                out.append(Plant("share", m.start(zname), m.end(zname), new, m.group(0), group="pair"))
    return sorted(out, key=lambda p: p.start)


# ---------------------------------------------------------------- parts and totals

_PART_KW = re.compile(r",?\s+(?P<kw>including|of\s+which|of\s+whom|comprising|consisting\s+of|among\s+them|"
                      r"among\s+whom)\s+"
                      rf"(?:about|some|nearly|almost|only|just|more\s+than|over)?\s*{fig('p')}")
_OF_THE = re.compile(rf"\bOf\s+(?:the|its|these|those|this|their)\s+(?:[a-z]+\s+)?{fig('t')}"
                     rf"(?P<g1>[^.;:\n\d]{{0,50}}?),?"
                     rf"\s+(?P<g2>[^.;:\n\d]{{0,40}}?){fig('p')}")


def _smaller_total(old: str, old_scale: float, part: float, part_half: float = 0.0) -> str | None:
    """The total rewritten in its own scale (decimals added as needed) at 0.6 of the part,
    below the part even when both are read with the rounding of their last digit ("8
    billion" made "2 billion" may be 2.5 billion, and "3 billion" 2.5 billion: a reader
    could not prove that wrong; "1.8 billion" can be)."""
    v = 0.6 * part / old_scale
    decimals = len(old.split(".")[1]) if "." in old else 0
    for d in range(decimals, decimals + 4):
        new = f"{v:,.{d}f}" if "," in old else f"{v:.{d}f}"
        n = float(new.replace(",", "")) * old_scale
        if 0 < n and n + 0.5 * 10 ** -d * old_scale < part - part_half:
            return new
    return None


def _part_site(t: str, m: re.Match, kind_word: str, rejected: Counter, gap: str) -> Plant | None:
    if not clean_gap(gap) or len(gap) > 40 or re.search(r"[;:]|\.\s", gap):
        rejected["parts: another figure or a sentence end between, or too far"] += 1
        return None
    ut, up = unit_after(t, m.end("t")), unit_after(t, m.end("p"))
    if "pct" in (ut, up) or _year(m.group("t")) or _year(m.group("p")):
        rejected["parts: rates or years"] += 1
        return None
    # the part counts the same thing as the total, or its noun is left out ("of which 81 were")
    nt, np_ = noun_after(t, m.end("t")), noun_after(t, m.end("p"))
    if np_ and nt != np_:
        rejected["parts: the part counts something else"] += 1
        return None
    if re.search(UP_HEDGE, t[max(0, m.start("t") - 20):m.start("t")]):
        rejected["parts: the total is a lower bound"] += 1
        return None
    st, sp = m.group("t_s"), m.group("p_s")
    total, _ = value(m, "t", _scale(sp) if sp else None)
    part, part_half = value(m, "p", _scale(st) if st else None)
    if not 0 < part < total:
        rejected["parts: the part is not below the total"] += 1
        return None
    new = _smaller_total(m.group("t"), _scale(st) if st else (_scale(sp) if sp else 1.0), part, part_half)
    return Plant("parts", m.start("t"), m.end("t"), new, t[m.start("t"):m.end("p")], group=kind_word) if new else None


_PART_AT = re.compile(rf"{fig('t')}(?P<g1>[^\n]*?){_PART_KW.pattern}")


def plant_parts(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """"500 mln dlrs, including 266 mln dlrs in corn payments", "487,000 tonnes, of which
    107,000 are grains", "Of the 10 mln, 7.5 mln went to ...": the total rewritten at 0.6
    of its part (same unit, or the part's unit left out). group: the linking words."""
    rejected = Counter() if rejected is None else rejected
    t, out = a.text, []
    for k in _PART_KW.finditer(t):
        before = t[max(0, k.start() - 60):k.start()]
        base = k.start() - len(before)
        last = None
        for last in re.finditer(rf"{NUM}", before):
            pass
        if last is None:
            continue
        m = _PART_AT.match(t, base + last.start())
        if not m or m.start("kw") != k.start("kw"):
            continue
        p = _part_site(t, m, " ".join(k.group("kw").split()), rejected, m.group("g1"))
        if p:
            out.append(p)
    for m in _OF_THE.finditer(t):
        p = _part_site(t, m, "of the", rejected, m.group("g1") + m.group("g2"))
        if p:
            out.append(p)
    return sorted(out, key=lambda p: p.start)


# ---------------------------------------------------------------- sums stated after their parts

_SUM_GAP = r"[^.;:()\n\d]{0,40}?"
_SUM_RX = re.compile(
    rf"{fig('a')}(?P<g1>{_SUM_GAP}(?:,\s+|\s+and\s+)){fig('b')}"
    rf"(?:(?P<g2>{_SUM_GAP}(?:,\s+and\s+|\s+and\s+)){fig('c')})?"
    rf"(?P<g3>{_SUM_GAP}(?:,\s+(?:for\s+|or\s+|making\s+|giving\s+)?|\s+for\s+)"
    rf"(?P<kw>a\s+total\s+of|totall?ing|totall?ed|a\s+combined))\s+{fig('t')}", re.I)


def plant_sum(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """"353 in the north and 398 in the south, a total of 751": a sum stated after the
    parts it adds, kept when the parts add up to it (same unit or none); the sum is
    rewritten away from the parts' sum. group: the cue ("a total of", "totalling")."""
    rejected = Counter() if rejected is None else rejected
    t, out = a.text, []
    for m in _SUM_RX.finditer(t):
        names = [n for n in ("a", "b", "c") if m.group(n)]
        units = {unit_after(t, m.end(n)) for n in names} - {None}
        ut = unit_after(t, m.end("t"))
        if "pct" in units | {ut} or len(units) > 1 or ut != unit_after(t, m.end("a")) \
                or any(_year(m.group(n)) for n in names + ["t"]):
            rejected["sum: rates, years or different units"] += 1
            continue
        scale = _scale(m.group("t_s")) if m.group("t_s") else None
        vals = [value(m, n, scale) for n in names]
        total, dt = value(m, "t", _scale(m.group("a_s")) if m.group("a_s") else None)
        lo, hi = sum(v - d for v, d in vals), sum(v + d for v, d in vals)
        if not (lo - dt <= total <= hi + dt):
            rejected["sum: the parts do not add up to it as written"] += 1
            continue
        ts = total / float(m.group("t").replace(",", "")) if float(m.group("t").replace(",", "")) else 1.0
        new = _off(m.group("t"), lo / ts, hi / ts)
        if new and re.fullmatch(r"1\d{3}|20\d\d", new):  # "a total of 1202" reads as a year: halved instead
            new = _off(m.group("t"), lo / ts, float("inf"))
        if new and not re.fullmatch(r"1\d{3}|20\d\d", new):
            out.append(Plant("sum", m.start("t"), m.end("t"), new, m.group(0), group=" ".join(m.group("kw").lower().split())))
    return out


# ---------------------------------------------------------------- conversions

_CURRENCY = (r"(?:U\.S\.\s+|Canadian\s+|Australian\s+|N\.Z\.\s+|H\.K\.\s+|Hong\s+Kong\s+|Singapore\s+|New\s+Zealand\s+|"
             r"Swiss\s+|French\s+|Belgian\s+|CFA\s+|Kenya\s+|Kenyan\s+|British\s+)?"
             r"(?:dlrs?|dollars?|stg|sterling|pounds|marks|yen|francs?|lire|guilders|pesos|ecus?|"
             r"European\s+currency\s+units?|special\s+drawing\s+rights|sdrs?|cruzados|shillings?|rupees|riyals|"
             r"crowns|kronor|kroner|yuan|rand|won|cts|cents)\b")
_FIXED_FAMILIES = [  # units one fixed factor converts
    ({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"}, {"miles", "mile"}),
    ({"metres", "meters", "metre", "meter"}, {"feet", "foot", "ft"}),
    ({"kilos", "kg", "kgs", "kilograms"}, {"lbs", "pounds"}),
    ({"hectares"}, {"acres"}),
    ({"litres", "liters"}, {"gallons"}),
]
_FIXED = {(a, b) for one, other in _FIXED_FAMILIES for a in one for b in other}
_FIXED |= {(b, a) for a, b in _FIXED}
_MEASURE = (r"(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|metres|meters|metre|meter|feet|foot|"
            r"ft|hectares|acres|kilos|kg|kgs|kilograms|lbs|pounds|litres|liters|gallons|tonnes|tons|barrels|bushels|"
            r"bales)\b")
_CONV_RX = re.compile(
    rf"{fig('a')}\s+(?P<ua>{_CURRENCY}|{_MEASURE})[^()\n]{{0,12}}?\("
    rf"\s*(?:about|some|roughly|around|nearly|approximately)?\s*"
    rf"(?:US)?\$?{fig('b')}\s+(?P<ub>{_CURRENCY}|{_MEASURE})\s*\)", re.I)


def _conv_key(s: str) -> str:
    """The currency or measure, without its number: "Kenya shillings" = "shilling", "Canadian
    dlrs" = "canadian dollar", "European Currency Units" = "ecu"."""
    s = " ".join(s.lower().split())
    s = re.sub(r"\b(?:european currency units?|ecus?)\b", "ecu", s)
    s = re.sub(r"\b(?:dlrs?|dollars?)\b", "dollar", s)
    words = s.split()
    last = re.sub(r"s$", "", words[-1]) if words[-1] not in ("lbs", "kms") else words[-1]
    if last == "dollar" and len(words) > 1 and words[0] != "u.s.":
        return words[0] + " dollar"
    return last


def plant_conversion(a: Article, rejected: Counter | None = None) -> list[Plant]:
    """"50 mln marks (27.5 mln dlrs)", "230 km (150 miles)": the bracketed figure x1.5.
    group: "unit" (a fixed factor), "paired" (a rate or a variable factor, with another
    conversion between the same two units in the article to compare with) or "alone" (a
    1987 currency conversion with no other: only a rate of the day could judge it)."""
    rejected = Counter() if rejected is None else rejected
    t = a.text
    found = [m for m in _CONV_RX.finditer(t) if _conv_key(m.group("ua")) != _conv_key(m.group("ub"))]
    pairs = Counter((_conv_key(m.group("ua")), _conv_key(m.group("ub"))) for m in found)
    out = []
    for m in found:
        key = (_conv_key(m.group("ua")), _conv_key(m.group("ub")))
        fixed = (m.group("ua").lower(), m.group("ub").lower()) in _FIXED
        group = "unit" if fixed else ("paired" if pairs[key] > 1 else "alone")
        out.append(Plant("conversion", m.start("b"), m.end("b"), _scaled(m.group("b"), 1.5), m.group(0), group=group))
    return out
