"""Lengths of time said in pieces: "8 minutes 12.3 seconds", "two hours and 15
minutes", "two years and six months", and race times "3:07:35", "3:43.13". One claim in
the smallest unit said, with the ISO 8601 duration in extra["duration"]."""
from __future__ import annotations

import re

from .figure import _Fig, _parse_digits, _word_value
from .lexicon import Grammar


# each unit in the one below it (seconds for clock units, months for calendar ones);
# pieces are joined only within one family, largest first
_CLOCK = {"week": 604800, "day": 86400, "hour": 3600, "minute": 60, "second": 1}
_CALENDAR = {"century": 1200, "decade": 120, "year": 12, "month": 1}
_ISO = {"week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S", "year": "Y",
        "month": "M"}
_JOINT = re.compile(r",?\s+(?:and\s+)?")
_RACE_TIME = re.compile(r"(\d{1,2}):([0-5]\d)(?::([0-5]\d(?:\.\d+)?)|\.(\d{1,3}))?")


def compound(text: str, fig: _Fig, g: Grammar) -> None:
    """Grow a figure just read in a unit of time by the smaller pieces after it."""
    family = _CLOCK if fig.unit in _CLOCK else _CALENDAR if fig.unit in _CALENDAR else None
    if family is None or fig.hedge != "exact" or fig.low is None:
        return
    parts = [(fig.low, fig.unit)]
    at = fig.end
    for _ in range(3):
        jm = _JOINT.match(text, at)
        if jm is None:
            break
        m = g.core.match(text, jm.end())
        if m is None or m.lastgroup not in ("digits", "words"):
            break
        v = _parse_digits(m.group()) if m.lastgroup == "digits" else _word_value(m.group(), g)
        um = g.re_time_unit.match(text[m.end():m.end() + 30])  # anchored at ^
        if v is None or um is None:
            break
        unit = g.time_units.get(um.group("unit").lower())
        if unit not in family or family[unit] >= family[parts[-1][1]]:
            break
        parts.append((v, unit))
        at = m.end() + um.end()
    if len(parts) < 2:
        return
    small = parts[-1][1]
    total = sum(v * family[u] for v, u in parts) / family[small]
    fig.low = fig.high = fig.raw_value = total
    fig.unit, fig.end = small, at
    fig.extra["duration"] = _iso(parts)


def race_time(text: str, a: int, b: int) -> _Fig | None:
    """'3:07:35' (hours, minutes, seconds) or '3:43.13' (minutes, seconds, hundredths):
    a time taken, in seconds. None for a clock time: two parts only, or a clock word or
    "at" around it."""
    m = _RACE_TIME.fullmatch(text, a, b)
    if m is None or (m.group(3) is None and m.group(4) is None):
        return None
    if re.match(r"\s*(?:a\.?m\b|p\.?m\b|gmt|utc|local|[ap]\.m\.)", text[b:b + 8], re.I) or \
            re.search(r"\b(?:at|by|until|till|from|since|before|after)\s+$", text[max(0, a - 8):a], re.I):
        return None
    if m.group(3) is not None:
        h, mi, s = int(m.group(1)), int(m.group(2)), float(m.group(3))
        parts = [(h, "hour"), (mi, "minute"), (s, "second")]
    else:
        mi, s = int(m.group(1)), float(f"{m.group(2)}.{m.group(4)}")
        parts = [(mi, "minute"), (s, "second")]
    total = sum(v * _CLOCK[u] for v, u in parts)
    return _Fig(a, b, total, total, unit="second", raw_value=total, core_kind="clock",
                extra={"duration": _iso(parts)})


def _iso(parts: list[tuple[float, str]]) -> str:
    """[(2, 'hour'), (15, 'minute')] -> 'PT2H15M'; [(2, 'year'), (6, 'month')] -> 'P2Y6M'."""
    date, time = "", ""
    for v, u in parts:
        n = f"{v:g}"
        if u in ("hour", "minute", "second"):
            time += n + _ISO[u]
        elif u in ("decade", "century"):
            date += f"{v * (10 if u == 'decade' else 100):g}Y"
        else:
            date += n + _ISO[u]
    return "P" + date + ("T" + time if time else "")
