"""Growing a read figure to its whole extent: the currency before it, its scale
("million", "bn", "m" as millions or metres), the second end of a range, the unit or
currency after it, and the hedges before and after ("at least", "or more").
"""
from __future__ import annotations

import re

from ...regexwords import fast_compile
from .. import units as units_mod
from .currency import _currency_before
from .durations import compound
from .figure import (Span, _DASHES_SPACES, _Fig, _SPACES, _hedge_words_before, _parse_digits,
    _prev_words, _word_value)
from .lexicon import Grammar
from .pounds import weight_meant


_NEXT_TOKEN = re.compile(r"[\s-]*([\w’'-]*)")
_LOWER_WORDS = re.compile(r"[a-z][\w’'-]*")
_BETWEEN_END = fast_compile(r"\bbetween\s+$")
_JOIN_BETWEEN = re.compile(r"(?:\s*(?:-|–|—)\s*|\s+to\s+|\s+and\s+)")
_JOIN = re.compile(r"(?:\s*(?:-|–|—)\s*|\s+to\s+)")  # "or": g.re_or_within
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_FROM_END = fast_compile(r"\bfrom\s+\S*$")
_PENCE = re.compile(r"p(?!\w|\.m)")
_TIMES = re.compile(r"\s+times\s+(\w+)", re.IGNORECASE)
_PLUS_HEDGE = re.compile(r"\s+plus\s*[^\w\s]|\s+plus\s+(?:[a-z]+)")
_PLUS_SUM = re.compile(r"\s+plus\s+(?:\d|one|two|three|a\b|an\b)")


def _finish(text: str, fig: _Fig, g: Grammar, dollar: str, skip_scale: bool = False,
            glued: dict[str, str] | None = None) -> _Fig | Span:
    code, cstart = _currency_before(text, fig.start, g, dollar)
    if code:
        fig.currency = code
        fig.start = cstart
    if not skip_scale:
        _scale(text, fig, g)
    _range(text, fig, g, dollar, glued)
    _suffix(text, fig, g)
    if fig.hedge != "range" and fig.suffixed:
        _range(text, fig, g, dollar, glued)
    _hedge_after(text, fig, g)
    _hedge_before(text, fig, g)
    return fig


# a one-letter abbreviation after a space, read only after a sum of money ("$1.78 b",
# "$5 m"): a sum is never metres, and a letter that is a label has a word or a hyphen on
_SPACED_LETTER = re.compile(r"^\s(?:(?P<word>(?!))|(?P<sp>(?!))|(?P<gw>(?!))|(?P<att>[mbkMBK]))(?![\w'’-])")  # (as re_scale's groups)


def _scale(text: str, fig: _Fig, g: Grammar) -> None:
    after = text[fig.end:fig.end + 30]
    sm = g.re_scale.match(after) or (_SPACED_LETTER.match(after) if fig.currency else None)
    if not sm:
        return
    word = sm.group("word") or sm.group("sp") or sm.group("gw")
    if word:
        key = word.lower()
        mult = g.scales.get(key) or g.abbrevs.get(key)
    else:
        abbr = sm.group("att")
        key = abbr.lower()
        if abbr != key and not fig.currency and not g.re_currency_after.match(text, fig.end + sm.end()):
            return  # "3G", "4K" were handled; "600M" only with a currency ("$600M", "600M euros")
        if key not in g.abbrevs:
            return
        if key in ("m", "k", "b") and not _abbrev_is_scale(text, fig, g, fig.end + sm.end()):
            return
        mult = g.abbrevs[key]
    if mult is None:
        return
    end = sm.end()
    if word:
        # a larger scale word right after multiplies: "1.5 lakh crore" is 1.5e12, "5
        # thousand million" 5e9 (spelled scales only; a smaller one after is no compound)
        sm2 = g.re_scale.match(after[end:])
        w2 = sm2.group("word") if sm2 else None
        if w2 and g.scales.get(w2.lower(), 0) > mult:
            mult *= g.scales[w2.lower()]
            key = f"{key} {w2.lower()}"
            end += sm2.end()
    fig.low = fig.high = (fig.raw_value or 0) * mult
    fig.scale = key
    fig.extra["scale"] = key
    fig.end += end


def _abbrev_is_scale(text: str, fig: _Fig, g: Grammar, end: int) -> bool:
    """'£600m', '1.8m people', '2.5m euros', 'a nation of 18.3m' are millions;
    '100m sprint', '300m away', 'a depth of 1.5m' are metres; '5k runners', 'a city of 900k'
    are thousands."""
    if fig.currency:
        return True
    nxt = _NEXT_TOKEN.match(text[end:end + 30]).group(1).lower()
    if g.re_currency_after.match(text[end:end + 30]):
        return True
    if nxt in g.people or (nxt.endswith("s") and nxt not in ("as", "is", "was", "has")
                           and not g.re_metre_after.match(text[end:end + 30])):
        return True
    pm = g.re_physical.match(text[end:end + 30])
    if pm and pm.group("sep") and len(pm.group("unit")) > 2 and \
            g.physical.get(pm.group("unit").lower()) not in ("m", "ft", "yd", "in"):
        return True  # "40m cubic metres", "2m barrels"
    clause = _clause_before(text, fig.start)
    words = _LOWER_WORDS.findall(clause.lower())
    if text[end - 1:end].lower() == "m":
        # metres only when the words around speak of a length, height or race
        if g.re_metre_after.match(text[end:end + 30]) or any(w in g.metre_before for w in words):
            return False
        if fig.raw_value is not None and fig.raw_value >= 1000:
            return False  # "8,849m", "1,200m": a length; a sum that size has a currency
        whole = fig.raw_value is not None and float(fig.raw_value).is_integer()
        if words and words[-1] in ("the", "a", "an") and whole and not _after_place_of(words):
            return False  # "won the 100m", "a 50m pool"
        if len(words) >= 2 and words[-2] == "the" and words[-1] in g.race_points and whole:
            return False  # "over the final 200m": a stretch of a race
        return True
    return _after_place_of(words) or any(w in g.population_words for w in words[-4:])


def _after_place_of(words: list[str]) -> bool:
    return len(words) >= 2 and words[-1] == "of"


def _clause_before(text: str, i: int) -> str:
    """The words before a figure back to the start of its sentence or clause."""
    before = text[max(0, i - 120):i]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind(";"), before.rfind("!"),
              before.rfind("?"))
    return before[cut + 1:]


def _range(text: str, fig: _Fig, g: Grammar, dollar: str, glued: dict[str, str] | None = None) -> None:
    c0 = text[fig.end:fig.end + 1]
    if c0 == "," and fig.core_kind == "words" and not fig.scale:
        _list_range(text, fig, g)
        return
    if not c0 or not (c0.isspace() or c0 in "-–—"):
        return  # every joiner opens with a blank or a dash
    after = text[fig.end:fig.end + 60]
    before = text[max(0, fig.start - 12):fig.start].lower()
    between = _BETWEEN_END.search(before)
    jm = _JOIN_BETWEEN.match(after) if between else (g.re_or_within.match(after) or _JOIN.match(after))
    if not jm:
        return
    rest_at = fig.end + jm.end()
    code = None
    pm = g.re_prefix_at.match(text, rest_at)
    if pm and pm.group().strip():
        sym = pm.group().strip()
        code = dollar if sym == "$" else g.prefixes.get(sym) or g.codes.get(sym)
    second_at = rest_at + (pm.end() - rest_at if pm and code else 0)
    if code is None and glued:  # "N300 to N1,000" in Nigerian news
        for sym, c in glued.items():
            if text.startswith(sym, rest_at) and text[rest_at + len(sym):rest_at + len(sym) + 1].isdigit():
                code, second_at = c, rest_at + len(sym)
                break
    m2 = g.core.match(text, second_at)
    if not m2 or m2.lastgroup not in ("digits", "words"):
        return
    if m2.lastgroup == "digits" and _LATIN_LETTER.match(text[m2.end():m2.end() + 1]) and \
            not g.re_scale.match(text[m2.end():m2.end() + 10]):
        return
    try:
        v2 = _word_value(m2.group(), g) if m2.lastgroup == "words" else _parse_digits(m2.group())
    except OverflowError:
        return  # no second end
    if v2 is None:
        return
    sec = _Fig(m2.start(), m2.end(), v2, v2, raw_value=v2, currency=code)
    if m2.lastgroup == "words":
        toks = _DASHES_SPACES.split(m2.group().lower())
        sc = next((t for t in reversed(toks) if t in g.scales and t != "hundred"), None)
        if sc:
            sec.scale = sc
    else:
        _scale(text, sec, g)
    if fig.suffixed and code and fig.extra.get("minor_unit"):
        return  # "rose 35 cents to $12.40": a change and a level, not a range
    if fig.suffixed:
        # the first end already carries its unit ("10% to 20%", "5 euros to 8 euros")
        _suffix(text, sec, g)
        if (sec.unit or sec.currency) != (fig.unit or fig.currency):
            return
    lo1 = fig.low if fig.low is not None else fig.raw_value
    raw1 = fig.raw_value if fig.raw_value is not None else lo1
    hi2 = sec.high
    if lo1 is None or hi2 is None:
        return
    # the scale on the second end applies to both: "$2-3 billion", "10 to 20 million"
    if sec.scale and not fig.scale and raw1 is not None and raw1 < (sec.raw_value or 0):
        lo1 = raw1 * (hi2 / sec.raw_value if sec.raw_value else 1)
        fig.scale = sec.scale
        fig.extra["scale"] = sec.scale
    word = (jm.group().split() or ["-"])[0]  # "or perhaps" -> "or"
    if word == "to" and _FROM_END.search(text[max(0, fig.start - 10):fig.start]):
        # "from 5 to 8": a range only when no change verb governs it
        pw = [w.lower() for w in _prev_words(text, fig.start, 5)]
        if any(w in g.change for w in pw):
            _unit_said_once(text, fig, sec, g)
            return
    if hi2 <= lo1:
        return
    pw5 = [w.lower() for w in _prev_words(text, fig.start, 5)]
    if word == "to" and pw5 and (pw5[-1] in g.change or (pw5[-1] == "by" and any(w in g.change for w in pw5[:-1]))) \
            and not _COMPARED.match(text, sec.end):
        # "fell $1.625 to $108.625", "increased its capacity by 500,000 tonnes to 2.5 mln
        # tonnes": a change, then a level; but "fell 50% to 75% below"
        return
    if word == "or" and (m2.lastgroup != "words" or fig.core_kind != "words") and \
            not (m2.lastgroup == fig.core_kind == "digits" and hi2 <= 10 * lo1):
        return  # "two or three", "14 or 15 billion": a choice of nearby figures
    fig.low, fig.high, fig.hedge = lo1, hi2, "range"
    fig.end = sec.end
    if code and not fig.currency:
        fig.currency = code
    if between:
        fig.start -= len(between.group())


def _unit_said_once(text: str, fig: _Fig, sec: _Fig, g: Grammar) -> None:
    """'rose from 10 to 20 megabits per second': a change from one figure to another
    whose unit (a percent or a physical unit, not a currency: "$" is said again) is
    said after the second only is the first's unit too."""
    if fig.suffixed or fig.unit or fig.currency or sec.currency:
        return
    if not sec.suffixed:
        _suffix(text, sec, g)
    if sec.unit == "percent" or (sec.unit and not sec.currency and sec.unit in g.physical.values()):
        fig.unit = sec.unit


_COMPARED = re.compile(r"\s+(?:below|above)\b", re.IGNORECASE)  # "fell 50% to 75% below a year ago"
_LIST_COMMA = re.compile(r",\s*")


def _list_range(text: str, fig: _Fig, g: Grammar) -> None:
    """'three, four or perhaps five (times)': number words rising one by one, the last
    after "or", are one range of the unit said after the last."""
    at, last = fig.end, fig.low
    for _ in range(4):
        cm = _LIST_COMMA.match(text, at)
        om = g.re_list_or.match(text, at)
        joint = om or cm
        if joint is None:
            return
        m = g.core.match(text, joint.end())
        if m is None or m.lastgroup != "words":
            return
        v = _word_value(m.group(), g)
        if v is None or last is None or v != last + 1:
            return
        last, at = v, m.end()
        if om is not None:
            fig.high, fig.hedge, fig.end = v, "range", at
            return


def _suffix(text: str, fig: _Fig, g: Grammar) -> None:
    end = fig.end
    _suffix_at(text, fig, g)
    fig.suffixed = fig.suffixed or fig.end > end


def _suffix_at(text: str, fig: _Fig, g: Grammar) -> None:
    after = text[fig.end:fig.end + 40]
    pm = g.re_percents.match(after)  # re_ppoint, re_bps, re_percent in turn
    if pm:
        fig.unit = pm.lastgroup
        fig.end += pm.end()
        return
    if not fig.currency:
        cm = g.re_curname.match(after)
        if cm and not (cm.group("name").lower() in g.needs_digits and fig.core_kind == "words"
                       and not fig.scale):
            if not (cm.group().lstrip(" -").lower().startswith("of") and not fig.scale):
                name = _SPACES.sub(" ", cm.group("name").lower())
                code = g.cur_names[name]
                if name == "won" and not fig.scale:
                    code = None
                if name in ("pounds", "pound") and \
                        weight_meant(text, fig.end + cm.end(), _clause_before(text, fig.start), g):
                    fig.unit = "lb"  # "weighs 150 pounds", "10 pounds of cocaine"
                    fig.end += cm.end()
                    return
                if code:
                    if code.endswith("_CENT"):
                        fig.low = fig.low / 100 if fig.low is not None else None
                        fig.high = fig.high / 100 if fig.high is not None else None
                        code = code[:-5]
                        fig.extra["minor_unit"] = name
                    fig.currency = code
                    fig.end += cm.end()
                    return
        cd = g.re_code_after.match(after)
        if cd:
            fig.currency = g.codes[cd.group("code")]
            fig.end += cd.end()
            return
    if fig.currency:
        return
    if _PENCE.match(after) and fig.core_kind == "digits":
        fig.low = fig.low / 100 if fig.low is not None else None
        fig.high = fig.high / 100 if fig.high is not None else None
        fig.currency, fig.end = "GBP", fig.end + 1
        fig.extra["minor_unit"] = "pence"
        return
    pm = g.re_physical.match(after)
    if pm:
        surface = pm.group("unit")
        short = len(surface) <= 2 and surface.lower() not in g.spaced_symbols
        if not (short and pm.group("sep").strip() == "" and pm.group("sep")) and \
                not (surface.lower() == "m" and fig.scale):
            if not (short and pm.group("sep") == " "):
                fig.unit = units_mod.canonical(surface, g.physical, text[fig.start:fig.end + pm.end()])
                fig.end += pm.end()
                return
    qm = g.re_quantulum.match(after)
    if qm:
        snippet = "1 " + qm.group().strip(" -")
        unit = units_mod.quantulum_unit(snippet, g.quantulum_names)
        if unit:
            fig.unit = unit
            fig.end += qm.end()
            return
    tm = g.re_time_unit.match(after)
    if tm:
        fig.unit = g.time_units[tm.group("unit").lower()]
        fig.end += tm.end()
        if tm.group("old"):
            fig.extra["age"] = True
        else:
            compound(text, fig, g)  # "8 minutes 12.3 seconds"
        return
    xm = _TIMES.match(after)
    if xm and xm.group(1).lower() in g.times_comparison:
        fig.unit = "times"
        fig.extra["multiplier"] = fig.low
        fig.end += len(xm.group(0)) - len(xm.group(1)) - 1


def _hedge_after(text: str, fig: _Fig, g: Grammar) -> None:
    hm = g.re_hedge_after.match(text[fig.end:fig.end + 25])
    if not hm:
        return
    phrase = _SPACES.sub(" ", hm.group().strip().lower())
    kind = g.hedge_after.get(phrase) or g.hedge_after.get(phrase.lstrip("-"))
    if not kind or fig.hedge == "range":
        return
    if phrase == "plus" and not _PLUS_HEDGE.match(text[fig.end:fig.end + 20]):
        return
    if phrase == "plus" and _PLUS_SUM.match(text[fig.end:fig.end + 20]):
        return  # "5 plus 3"
    _apply_hedge(fig, kind)
    fig.end += hm.end()
    # "$5bn-plus dollars": unit words can follow the hedge
    if fig.unit is None and not fig.currency:
        _suffix(text, fig, g)


def _hedge_before(text: str, fig: _Fig, g: Grammar) -> None:
    if fig.hedge == "range" and text[fig.start:fig.start + 7].lower() == "between":
        return
    hm = _hedge_words_before(text[max(0, fig.start - 30):fig.start], g)
    if not hm:
        return
    phrase = _SPACES.sub(" ", hm.strip().lower())
    kind = g.hedge_before.get(phrase)
    if not kind:
        return
    if fig.hedge == "exact":
        _apply_hedge(fig, kind)
    elif fig.hedge == "approx" and kind != "approx" and fig.low is not None:
        # "more than a dozen", "up to hundreds": keep the interval's side
        if kind == "at_least":
            fig.high = None
        else:
            fig.low = None
        fig.hedge = kind
    fig.start -= len(hm)
    fig.extra["hedge_words"] = phrase


def _apply_hedge(fig: _Fig, kind: str) -> None:
    if fig.hedge == "range":
        return
    v = fig.low if fig.low is not None else fig.high
    if kind == "at_least":
        fig.low, fig.high = v, None
    elif kind == "at_most":
        fig.low, fig.high = None, v
    fig.hedge = kind
