"""Reading a figure from its core, by the kind of core the scan found: digits,
number words, a fraction, a ratio ("one in five"), a slash fraction, a vague plural
("hundreds"), "-fold"; and the numbers that are no quantities (years, day numbers,
clock times, scores, identifiers, names in Title Case), returned as ignored spans.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ...regexwords import fast_compile
from .currency import _currency_before
from .durations import race_time
from .figure import (Span, _DASHES_SPACES, _Fig, _OF, _SPACES, _hedged, _next_word, _parse_digits,
    _prev_word, _prev_words, _word_value)
from .grow import _finish, _hedge_after, _hedge_before
from .lexicon import Grammar


# Patterns used per figure, compiled once (a module-level re.match(str, ...) looks its
# pattern up in re's cache on every call).
_NEWLINE = re.compile(r"\n")
_SPACES_TO_END = re.compile(r"\s+$")
_DIGITS_3 = re.compile(r"\d{3,}")
_SPACE_WORD = re.compile(r" \w")
_DIGITS_4 = re.compile(r"\d{4}")
_DAY_COMMA = fast_compile(r"\d{1,2},\s*$")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][\w-]*)")
_DIGITS_1_2 = re.compile(r"\d{1,2}")
# (in one paragraph: "January: 16\n\nFebruary: 22" names no day "16 February")
_NEXT_MONTH = re.compile(r"[^\S\n]*\n?[^\S\n]*(?:of\s+)?([A-Za-z]+)")
_OF_I = re.compile(r"\s+of\b", re.IGNORECASE)
_RATIO_JOIN = fast_compile(r"\s+(?:times\s+)?(?:in|out\s+of|of)\s+(?:every\s+)?", re.IGNORECASE)
_DASH_WORD = re.compile(r"-(?!thirds?\b)\w")
_FRACTION_OF = re.compile(r"\s+(?:of|the|a|an|its|their|his|her|our|all|that|this|those|these|price|prices)\b",
                          re.IGNORECASE)
_OF_A_POINT = re.compile(r"\s+(?:of\s+)?an?\s+(percentage[\s-]+point|point|basis\s+point|per\s*cent|percent)\b",
                         re.IGNORECASE)
_FRACTION_PERIOD = re.compile(r"\s+(?:time|round|term|place|day|week|year|straight|consecutive)\b")
_AND_END = fast_compile(r"\band\s+$")
_WORD_SPACE_END = re.compile(r"[\w,;]\s+$")
_SPACE_CAPITAL = re.compile(r"\s+[A-Z][a-z]")
_CAPITAL_WORD_BEFORE = fast_compile(r"\b[A-Z][a-z]+[ \t]+$")  # "Form One", "Channel Four", "Air Force One"
_RANGE_NEXT = re.compile(r"\s*[-–]\s*|\s+(?:to|and)\s+|,\s*(?=two\b)", re.IGNORECASE)  # "one, two or three"
_WORD_AT = re.compile(r"\w+")
_FOLD = re.compile(r"-?fold\b", re.IGNORECASE)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_LATIN_WORDS = fast_compile(r"[A-Za-z]+")
_LATIN_WORDS_DASH = fast_compile(r"[a-z]+(?:-[a-z]+)*")
_FOR_EACH = re.compile(r"\s+[a-z][\w-]*\s+(?:for|per)\s+(?:each|every)\b")
_AM_PM = re.compile(r"(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.IGNORECASE)
_AM_PM_TEXT = re.compile(r"(?:a\.?m\.?|p\.?m\.?)", re.IGNORECASE)
_ID_CHAIN = re.compile(r"[\w]*(?:[-/][\w]+)*")  # "MH17", "F-16", "2016/679", "3/2009"
_DASH_NAME = re.compile(r"-[A-Z][a-z]")
_DASH_LETTERS = re.compile(r"-[A-Za-z]+")
_DASH_MODEL = re.compile(r"-(?:based|class|series|bit)\b")  # "486-based", "a 64-bit processor": a class
# "the 747-400", "a 767-300ER", "737-800s": a non-round model number and its variant, a
# round hundred, named by an article (a range is not: "between 125-200 people")
_MODEL_VARIANT = re.compile(r"-\d00(?:[A-Z]{1,3}s?\b|s\b|\b(?![.,]\d))")
_SPLIT_RATIO = re.compile(r"-for-\d+\b|\s+for\s+\d+\s+(?:stock\s+)?split")
_TITLE_UNIT = re.compile(r"\s+(?:Minutes|Hours|Days|Weeks|Years|Months|Seconds)\b")
_LETTER_WORD = re.compile(r"[A-Za-z]\w")
_UNIT_PER = re.compile(r"[A-Za-z]+(?:/[a-z]+)")
# an hour before a clock word: "9", "9.30", or four digits "0620" (hrs, GMT)
_CLOCK_HOUR = re.compile(r"\d{1,2}(?:\.\d{2})?|(?:[01]\d|2[0-3])[0-5]\d")
_HOURS = re.compile(r"\s+hours\b")
_CLOCK_AND = fast_compile(r"\bbetween\s(?:[01]\d|2[0-3])[0-5]\d\sand\s$")  # "between 1900 and |2300 hours"
_SLASH_YEAR = re.compile(r"/(\d\d(?:\d\d)?)(?![\d,.]*\d)")
_DIGIT_RANGE = re.compile(r"\s?[-–—]\s?(\d+(?:\.\d+)?)(?![\d,.]*\d)(?!\s*[-–—]\s*\d)")
# a day range goes on to a whole day number: "Feb 25 to 4.151 billion dlrs" is a date, then a sum
_MORE_DAYS = re.compile(r"(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}\b(?![.,]\d)(?!\s*(?:%|[A-Za-z]))")
_DAYS_OF_MONTH = re.compile(r"(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+)")
_DIGITS_1_3 = re.compile(r"\d{1,3}")
_SPACE_GROUPS = re.compile(r"[\u00a0\u202f ]")  # "12 737": thousands grouped with blanks
# the line goes on in lower case (not a headline in capitals, where "5M SHARES" may be a scale)
_LOWER_AFTER = re.compile(r"[^\n]{0,40}?[a-z]")


def _read(text: str, m: re.Match, g: Grammar, dollar: str, lines: _Lines | None = None,
          glued: dict[str, str] | None = None) -> _Fig | Span | None:
    """`glued`: the symbols glued to digits that are a currency in this text
    (currency._glued: {"N": "NGN"} in news about Nigeria)."""
    kind = m.lastgroup
    if kind == "digits":  # the most common
        return _read_digits(text, m, g, dollar, glued)
    a, b = m.span()
    if kind == "clock":
        return race_time(text, a, b) or (a, b)
    if kind == "date":
        return (a, b)
    if kind == "vague":
        return _read_vague(text, m, g)
    if kind == "slash":
        return _read_slash(text, m, g, dollar)
    if kind == "ratio":
        return _read_ratio(text, m, g)
    if kind == "frac":
        return _read_fraction(text, m, g)
    if kind == "fold":
        n = _word_value(m.group().lower().replace("fold", "").rstrip("-"), g)
        if n is None:
            return (a, b)
        return _Fig(a, b, n, n, unit="times", extra={"multiplier": n}, core_kind="fold")
    if kind == "words":
        return _read_words(text, m, g, dollar, lines)
    return _read_digits(text, m, g, dollar, glued)


_WORD_END = re.compile(r"[^\W\d_]{1,4}$")


def _glued_currency(text: str, a: int, g: Grammar) -> bool:
    """"Rs2,122 billion", "CHF5m": a currency prefix of letters written close to its
    figure is the figure's currency, not the name of a model or a group ("G8", "MH17"):
    the letters before the digits are a whole word and one of the lexicon's prefixes."""
    w = _WORD_END.search(text, max(0, a - 4), a)
    if w is None or w.group() not in g.prefixes:
        return False
    return w.start() == 0 or not _is_word_char(text[w.start() - 1])


def _prefix_point(text: str, a: int, g: Grammar) -> bool:
    """The point before the digits at `a` ends a currency prefix written close ("Kes.273
    million", "Rs.50"): the letters and point before are a whole word and a prefix."""
    w = _WORD_END.search(text, max(0, a - 5), a - 1)
    return w is not None and w.group() + "." in g.prefixes \
        and (w.start() == 0 or not _is_word_char(text[w.start() - 1]))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# scale words glued to the digits in British copy ("£24million", "£1.46billion"): a scale
_GLUED_SCALES = frozenset({"million", "billion", "trillion"})


# "the ASX 200", "the FTSE 100", "the Nifty 50": "the", a name in capitals, then the number
_THE_ACRONYM = re.compile(r"\b[Tt]he\s+[A-Z][A-Z&]{1,5}\s+$")
# ... unless what follows is what it counts, or a scale, unit or percent sign
_COUNTED_AFTER = re.compile(r"\s*(?:[%$\u20ac\u00a3]|[\d.,]|[a-z]+s\b|(?:mln|million|billion|bln|bn|trillion|thousand|"
                            r"m|k|pct|percent|per|mn|crore|lakh)\b|-)")


def _identifier(text: str, a: int, b: int, g: Grammar) -> bool:
    before = text[max(0, a - 2):a]
    if before[-1:].isalpha() and not _glued_currency(text, a, g) \
            or (before[-1:] == "-" and before[:1].isalpha()):
        return True  # G8, F-16, COVID-19, MH17
    if before[-1:] and before[-1:] in "#№":
        return True
    prev = _prev_word(text, a)
    if prev and (prev in g.id_before or prev.rstrip(".") in g.id_before) and \
            _SPACES_TO_END.match(text[a - 1:a] or " "):
        return True
    # two words before ("World War 2"): read only when the second of such a pair is there
    if g.re_id_second is not None and g.re_id_second.search(text[max(0, a - 24):a]):
        pw = _prev_words(text, a, 2)
        if len(pw) == 2 and " ".join(pw) in g.id_before:
            return True
    nxt = _next_word(text, b)
    if nxt and nxt.rstrip(".,") in g.id_after and nxt[:1].isupper():
        return True
    if _THE_ACRONYM.search(text, max(0, a - 12), a) and not _COUNTED_AFTER.match(text, b):
        return True  # "of the 114 companies in the ASX 200 to announce": an index's name, not 200
        # of anything (not "the EU 27 countries", "the IMF 2 billion dlr loan")
    if _DIGITS_3.fullmatch(text[a:b]) and _SPACE_WORD.match(text[b:b + 2]) \
            and nxt.rstrip(".,;:").lower() in g.model_nouns and not _hedged(text, a, g):
        return True  # "Intel's 80486 chip": a model, not 80,486 chips
    return False


def _score(text: str, a: int, g: Grammar, first: float, second: float, b: int) -> bool:
    words = [w.lower() for w in _prev_words(text, a, 5)]
    nxt = _next_word(text, b).lower()
    if any(w in g.score_words for w in words) or nxt in g.score_words:
        return True
    return second <= first


def _year_like(raw: str) -> bool:
    return bool(_DIGITS_4.fullmatch(raw)) and 1000 <= int(raw) <= 2199


def _is_year(text: str, a: int, b: int, g: Grammar) -> bool:
    raw = text[a:b]
    if not _year_like(raw):
        return False
    if g.re_scale.match(text[b:b + 12]):
        return False  # "1600 MLN STG", "1600 billion yen": an amount in millions, no year
    prev = _prev_word(text, a).lower()
    if prev in _JOINING and int(raw) < _BARE_YEARS_FROM and _GROUPED_BEFORE.search(text, max(0, a - 40), a):
        return False  # "fell from 1,498 to 1393": the count a range or change joins, not a year
    if prev in g.year_before or prev.rstrip(".") in g.months or text[max(0, a - 5):a].endswith("mid-"):
        return True
    if _DAY_COMMA.search(text[max(0, a - 6):a]):
        return True  # "January 22, 2022"
    if prev in g.hedge_before or text[a - 1:a] in "$£€¥" or int(raw) < _BARE_YEARS_FROM:
        return False  # ("the toll reached 1486": no word says year, and no year of today's news)
    nxt = _NEXT_LOWER_WORD.match(text[b:b + 30])
    if nxt and (nxt.group(1).endswith("s") and nxt.group(1) not in ("was", "is", "has", "as")
                or nxt.group(1) in g.people):
        return False  # "2000 vehicles", "1486 people"
    return True


# words that join two figures; a number after one, when a figure grouped by a comma comes
# just before ("from 1,498 to 1393"), is of that figure's kind
_JOINING = frozenset({"to", "from", "and", "between"})
_GROUPED_BEFORE = re.compile(r"\d,\d{3}\b[^\d.;]*$")
# a four-digit number no word marks as a year ("in", "since", a month) is one only from
# here on: news names earlier years with such a word ("in 1848"), not bare
_BARE_YEARS_FROM = 1900


def _day_number(text: str, a: int, b: int, raw: str, g: Grammar) -> bool:
    if not _DIGITS_1_2.fullmatch(raw) or not 1 <= int(raw) <= 31:
        return False
    prev = _prev_word(text, a).lower().rstrip(".")
    if prev in g.months and text[max(0, a - 12):a].strip():
        return True
    nxt = _NEXT_MONTH.match(text[b:b + 20])
    return bool(nxt and nxt.group(1).lower() in g.months and nxt.group(1)[0].isupper())


def _read_vague(text: str, m: re.Match, g: Grammar) -> _Fig | Span:
    a, b = m.span()
    phrase = _SPACES.sub(" ", m.group().lower())
    lo, hi = g.vague[phrase]
    if phrase == "scores" and not _OF.match(text, b):
        return (a, b)
    fig = _Fig(a, b, lo, hi, hedge="approx", core_kind="vague")
    cm = g.re_vague_currency.match(text[b:])
    if cm:
        fig.currency = g.cur_names[_SPACES.sub(" ", cm.group(1).lower())]
        fig.end = b + cm.end()
    _hedge_before(text, fig, g)
    return fig


def _read_ratio(text: str, m: re.Match, g: Grammar) -> _Fig | Span | None:
    a, b = m.span()
    parts = _RATIO_JOIN.split(m.group())
    n, d = _word_value(parts[0].replace(",", ""), g), _word_value(parts[1].replace(",", ""), g)
    if n is None or not d or n >= d or (_DIGITS_4.fullmatch(parts[1]) and _year_like(parts[1])):
        return None  # "one in 2009": the numbers are read again on their own
    pct = round(100.0 * n / d, 4)
    fig = _Fig(a, b, pct, pct, unit="percent", extra={"fraction": f"{int(n)}/{int(d)}"},
               core_kind="ratio")
    _hedge_before(text, fig, g)
    return fig


def _read_slash(text: str, m: re.Match, g: Grammar, dollar: str) -> _Fig | Span:
    """'12 3/4', '5-7/8' (a mixed fraction, as in prices and yields) or '3/4'; '1/13' is a
    date."""
    a, b = m.span()
    parts = _DASHES_SPACES.split(m.group())
    n, d = (int(x) for x in parts[-1].split("/"))
    if len(parts) == 1 and n and d and _betting(text, a, b, g):
        v = n / d  # "the 6/4 favourite": odds, what a stake of 1 wins
        return _Fig(a, b, v, v, unit="odds", raw_value=v, core_kind="slash", extra={"odds": f"{n}/{d}"})
    if d not in (2, 3, 4, 8, 16, 32, 64) or not 0 < n < d:
        return (a, b)
    v = (float(parts[0]) if len(parts) == 2 else 0.0) + n / d
    fig = _Fig(a, b, v, v, raw_value=v)
    return _finish(text, fig, g, dollar)


def _betting(text: str, a: int, b: int, g: Grammar) -> bool:
    """A clause about betting (g.odds_words): the words of the sentence around a figure."""
    lo = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a), a - 120, 0)
    hi = text.find(". ", b)
    hi = min(hi if hi >= 0 else len(text), b + 80)
    return any(w in g.odds_words for w in _LATIN_WORDS_DASH.findall(text[lo:hi].lower()))


def _read_fraction(text: str, m: re.Match, g: Grammar) -> _Fig | Span | None:
    a, b = m.span()
    s = m.group().lower()
    parts = [p for p in _DASHES_SPACES.split(s) if p]
    word = parts[-1]
    frac = g.fractions[word]
    num_word = parts[0] if len(parts) == 2 else None
    prev = _prev_word(text, a).lower()
    after = text[b:b + 40]
    # "fourth-quarter", "first half", "the third", "half-time", "quarter-final"
    if prev in g.ordinals or text[max(0, a - 1):a] == "-" or _DASH_WORD.match(after):
        return (a, b)
    unit = _OF_A_POINT.match(after)
    if unit:
        # "a quarter of a percentage point": a fraction of the unit, not a share
        n = float(g.ones.get(num_word, 1)) if num_word not in (None, "a", "an") else 1.0
        v = round(n * frac, 6)
        kind = unit.group(1).lower()
        fig = _Fig(a, b + unit.end(), v, v, raw_value=v, core_kind="frac",
                   unit="basis_point" if kind.startswith("basis") else
                   "percent" if kind.endswith("cent") else "percentage_point")
        _hedge_before(text, fig, g)
        return fig
    if num_word in (None, "a", "an"):
        of_scale = g.re_of_scale.match(after)
        if of_scale and (num_word or word.startswith("half")):
            mult = g.dozen if of_scale.group(1).lower() == "dozen" else g.scales[of_scale.group(1).lower()]
            v = frac * mult
            fig = _Fig(a, b + of_scale.end(), v, v, core_kind="words", raw_value=frac)
            fig.scale = of_scale.group(1).lower()
            return _finish(text, fig, g, "USD")
        if num_word is None and not word.startswith("half"):
            return (a, b)  # "third", "quarter" alone: an ordinal or a period
        if num_word is None and prev not in ("by", "than", "nearly", "almost", "about", "around") \
                and not _FRACTION_OF.match(after):
            return (a, b)
        if num_word and not _OF_I.match(after) and \
                prev not in ("by", "than", "nearly", "almost", "about", "around", "roughly", "over",
                             "under", "some", "only", "just"):
            if _FRACTION_PERIOD.match(after):
                return (a, b)
            if word.startswith("half") and prev in g.ones or prev in g.tens:
                return None
            if not word.startswith("half"):
                return (a, b)
        n = 1.0
    else:
        n = float(g.ones.get(num_word, 0))
        if not n:
            return None
    # "two and a half": handled by the integer before it
    if num_word in ("a", "an") and word == "half" and _AND_END.search(text[max(0, a - 5):a]):
        return None
    v = round(100.0 * n * frac, 4)
    denom = {0.5: 2, 0.25: 4, 0.2: 5, 0.1: 10}.get(frac, 3)
    fig = _Fig(a, b, v, v, unit="percent", extra={"fraction": f"{int(n)}/{denom}"},
               core_kind="frac")
    _hedge_before(text, fig, g)
    _hedge_after(text, fig, g)
    return fig


def _read_words(text: str, m: re.Match, g: Grammar, dollar: str,
                lines: _Lines | None = None) -> _Fig | Span | None:
    a, b = m.span()
    s = text[a:b]  # as written (m may be a match in the lower-cased text)
    low_s = s.lower()
    toks = [t for t in _DASHES_SPACES.split(low_s) if t and t != "and"]
    if toks and toks[0] in ("a", "an") and (len(toks) == 1 or (toks[1] not in g.scales and toks[1] != "dozen")):
        a += len(s) - len(s.lstrip("aAn").lstrip())
        s = text[a:b]
        low_s = s.lower()
        toks = toks[1:]
    if toks and all(t in g.scales for t in toks) and toks[0] != "hundred" or toks == ["hundred"]:
        # a bare scale word: "several million", "a million" handled by _word_value
        vm = g.re_vague_mult.search(text[max(0, a - 15):a])
        if vm and len(toks) == 1:
            lo, hi = g.vague_mult[_SPACES.sub(" ", vm.group(1).lower())]
            mult = g.scales[toks[0]]
            fig = _Fig(a - len(vm.group(0)), b, lo * mult, hi * mult, hedge="approx",
                       core_kind="vague", scale=toks[0])
            fig.extra["scale"] = toks[0]
            return _finish(text, fig, g, dollar, skip_scale=True)
        return (a, b)
    if toks and toks[0] == "dozen":
        return (a, b)
    if _FOLD.match(text, b):
        return None  # "a five-fold rise": read again from "five", as a multiplier
    try:
        v = _word_value(low_s, g)
    except OverflowError:  # "hundred hundred hundred ...": no figure, and the rest is read on
        return (a, b)
    if v is None:
        return None
    if len(toks) >= 2 and (10 <= g.ones.get(toks[0], 0) <= 19 or toks[0] == "twenty") \
            and toks[1] in g.tens:
        return (a, b)  # a spoken year: "nineteen ninety-four"
    if _identifier(text, a, b, g):
        return (a, b)
    if toks == ["one"] and _one_is_pronoun(text, a, b, g):
        return (a, b)
    if s[:1].isupper() and _WORD_SPACE_END.search(text[max(0, a - 3):a]) and \
            (_SPACE_CAPITAL.match(text[b:b + 3]) or _CAPITAL_WORD_BEFORE.search(text, max(0, a - 30), a)) and \
            not (lines.title_case(a) if lines is not None else _title_case_line(text, a)):
        return (a, b)  # a name: "the Ten Most Wanted", "Big Three Automakers", "Form One students"
    scale = next((t for t in reversed(toks) if t in g.scales and t != "hundred"), None)
    fig = _Fig(a, b, v, v, core_kind="words", raw_value=v)
    if scale:
        fig.scale = scale
        fig.extra["scale"] = scale
    # "two and a half", "two and a half million"
    half = _AND_A_HALF.match(text, b)
    if half:
        fig.low = fig.high = v + 0.5
        fig.raw_value = v + 0.5
        fig.end = half.end()
    return _finish(text, fig, g, dollar, skip_scale=bool(scale))


def _title_case_line(text: str, at: int) -> bool:
    """A headline in Title Case, where capitals say nothing about names."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return _title_case(text[start:end if end >= 0 else len(text)])


def _title_case(line: str) -> bool:
    words = _LATIN_WORDS.findall(line)
    long = [w for w in words if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


class _Lines:
    """_title_case_line for many figures of one text: the line breaks found once, each
    line read once (a long line of capitalised figures is not read again per figure)."""

    def __init__(self, text: str):
        self.text = text
        self.breaks: list[int] | None = None
        self.answers: dict[int, bool] = {}

    def title_case(self, at: int) -> bool:
        if self.breaks is None:
            self.breaks = [m.start() for m in _NEWLINE.finditer(self.text)]
        k = bisect_left(self.breaks, at)  # the first break at or after `at`
        start = self.breaks[k - 1] + 1 if k else 0
        if start not in self.answers:
            end = self.breaks[k] if k < len(self.breaks) else len(self.text)
            self.answers[start] = _title_case(self.text[start:end])
        return self.answers[start]


# list glue before "one" ("six from Pakistan and one from Vietnam"), and a figure with its
# next word (the list's item before it is the last of these in the glue's clause)
_LIST_GLUE = re.compile(r"(?:,\s*|\s+and\s+|\s+or\s+)$", re.I)
_FIGURE_AND_WORD = re.compile(r"(\d[\d,.]*|\b[A-Za-z]+)\s+([a-z]+)\b")


def _list_item_before(text: str, a: int, nxt: str, g: Grammar) -> bool:
    """List glue ends right before "one", and the item before it is a figure followed by
    the word "one" is followed by ("six from ..., and one from"): "one" is that list's count."""
    lo = max(0, a - 50)
    glue = _LIST_GLUE.search(text, lo, a)
    if not glue:
        return False
    last = None
    for m in _FIGURE_AND_WORD.finditer(text, lo, glue.start()):
        if m.group(1)[0].isdigit() or m.group(1).lower() in g.ones:
            last = m
    return last is not None and last.group(2).lower() == nxt and not any(ch in text[last.end():glue.start()] for ch in ".;:")


def _one_is_pronoun(text: str, a: int, b: int, g: Grammar) -> bool:
    nxt = _next_word(text, b).lower().rstrip(".,;:")
    prev = _prev_word(text, a).lower()
    if nxt and _list_item_before(text, a, nxt, g):
        return False  # "nine from Sri Lanka, six from Pakistan and one from Vietnam": the list's last count
    if prev in ("no", "every", "any", "the", "this", "that", "each", "which", "someone", "anyone",
                "no-one", "everyone", "only", "formula", "one"):
        return True
    joint = g.re_or_within.match(text, b) or _RANGE_NEXT.match(text, b)
    rng = _WORD_AT.match(text, joint.end()) if joint else None
    if rng and (rng.group().lower() in g.ones or rng.group().isdigit()) and \
            (not joint.group().strip().startswith("and") or prev == "between"):
        return False  # "one to two seconds", "between one and two": the low end of a range
    if text[b:b + 2] in ("'s", "’s") or nxt in g.one_not_count:
        return True
    if _FOR_EACH.match(text[b:b + 50]):
        return False  # "one right for each 105 shares": a count in a ratio
    if nxt in g.time_units or nxt in g.physical:
        return False  # "one minute", "one year", "one gigabyte"
    raw_next = _next_word(text, b)
    if raw_next[:1].isupper() and raw_next.rstrip(".,;:").lower() not in g.months:
        return False  # "one Arab, one Sudanese"
    return nxt not in g.people and not _starts_a_word(nxt, g.category_words_sorted) \
        and not _hedged(text, a, g)


def _starts_a_word(prefix: str, words: tuple[str, ...]) -> bool:
    """any(w.startswith(prefix) for w in words if prefix), for sorted words: the words
    that start with it come first among those not below it."""
    if not prefix:
        return False
    i = bisect_left(words, prefix)
    return i < len(words) and words[i].startswith(prefix)


def _glued_code(text: str, a: int, b: int, g: Grammar, glued: dict[str, str] | None) -> tuple[str | None, int]:
    """The currency of a symbol glued to the digits at `a` ("N437" in Nigerian news) and
    where it starts; (None, a) when there is none, or the symbol and digits are an
    identifier as a whole ("KN95": a letter before; "Section N5": a numbered noun)."""
    if not glued:
        return None, a
    for sym, code in glued.items():
        s0 = a - len(sym)
        if s0 >= 0 and text.startswith(sym, s0) and not (s0 and (text[s0 - 1].isalnum() or text[s0 - 1] == "_")) \
                and not _identifier(text, s0, b, g):
            return code, s0
    return None, a


def _read_digits(text: str, m: re.Match, g: Grammar, dollar: str,
                 glued: dict[str, str] | None = None) -> _Fig | Span | None:
    a, b = m.span()
    raw = m.group()
    last = _SPACE_GROUPS.split(raw)[-1]
    if last != raw and last[-1] != "0" and _MODEL_VARIANT.match(text, b):
        raw = raw[:-len(last)].rstrip()  # "ordered 12 737-300s": a count, then a model
        b = a + len(raw)
    after = text[b:b + 40]
    # attached letters: 22nd, 1990s, 3G, 10am, 600m, 12km
    att = _LATIN_WORDS.match(after)
    if att:
        suf = att.group()
        if suf.lower() in ("st", "nd", "rd", "th"):
            return (a, b + len(suf))
        if suf == "s" or suf == "S":
            return (a, b + 1)
        if _AM_PM.match(after):
            return (a, b + len(_AM_PM_TEXT.match(after).group()))
    if a and text[a - 1] == "." and not _prefix_point(text, a, g):
        return (a, b)  # "v.2", "s.273": a point after letters that are no currency prefix
    glued_code, glued_at = _glued_code(text, a, b, g, glued) if glued and a and text[a - 1].isalpha() else (None, a)
    if not glued_code and _identifier(text, a, b, g):
        chain = _ID_CHAIN.match(text[b:b + 30])
        return (a, b + chain.end())
    if _DASH_NAME.match(after):
        return (a, b + _DASH_LETTERS.match(after).end())  # "7-Eleven": a name
    if _DASH_MODEL.match(after):
        return (a, b)  # "486-based machines": a model number
    variant = _MODEL_VARIANT.match(after) if raw[-1:] != "0" and _DIGITS_3.fullmatch(raw) else None
    if variant and (variant.end() > 4 or _prev_word(text, a).lower() in ("the", "a", "an")):
        return (a, b + variant.end())
    ratio = _SPLIT_RATIO.match(after)
    if ratio:
        return (a, b + ratio.end())  # "2-for-1": a split ratio
    title = _TITLE_UNIT.match(after)
    if title and text[max(0, a - 2):a].strip() and not text[max(0, a - 2):a].rstrip().endswith("."):
        return (a, b + title.end())  # a title: "60 Minutes", "100 Days"
    if att and att.group() in ("C", "F") and not _LETTER_WORD.match(after):
        fig = _Fig(a, b + 1, 0.0, 0.0)  # "40C heat": degrees
        v = _parse_digits(raw)
        if text[a - 1:a] in ("-", "−") and (a < 2 or text[a - 2] in " (\n\t"):
            fig.start, v = a - 1, -v
        fig.low = fig.high = fig.raw_value = v
        fig.unit = "degC" if att.group() == "C" else "degF"
        fig.suffixed = True
        _hedge_before(text, fig, g)
        return fig
    if att and att.group() in ("K", "M", "B") and not glued_code and not _currency_before(text, a, g, dollar)[0] \
            and not g.re_currency_after.match(text, b + 1) and _LOWER_AFTER.match(text, b + 1):
        return (a, b + 1)  # "256K DRAM", "the 3B line", "in 4K", "3M": a name; "$50K", "50K euros": sums
    if att and att.group().lower() not in g.abbrevs and att.group().lower() not in g.physical \
            and att.group() != "p" and att.group().lower() not in _GLUED_SCALES \
            and not _UNIT_PER.match(after):
        return (a, b + len(att.group()))  # 3G, 4K, 5G: identifiers
    if g.re_clock_after.match(after) and _CLOCK_HOUR.fullmatch(raw):
        cm = g.re_clock_after.match(after)
        return (a, b + cm.end())
    hours = _HOURS.match(after) if len(raw) == 4 and _CLOCK_HOUR.fullmatch(raw) else None
    if hours and (raw[0] == "0" or g.re_clock_hours_before.search(text, max(0, a - 16), a)
                  or _CLOCK_AND.search(text, max(0, a - 20), a)):
        return (a, b + hours.end())  # "set for 1900 hours": a time of day, not 1,900 hours
    # ranges like 2009-10 or 1998-2000, and scores like 3-1
    rng = _DIGIT_RANGE.match(after)
    if rng is None and _year_like(raw):
        rng = _SLASH_YEAR.match(after)  # "1986/87", "1999/2000": years of one split year
    # "1500m", "2000km": a year-like number with a unit or scale attached is no year
    if _year_like(raw) and not att and not glued_code and (not rng or _year_like(rng.group(1)) or len(rng.group(1)) <= 2):
        if _is_year(text, a, b, g) or rng:
            return (a, b + (rng.end() if rng else 0))
    if len(raw) <= 2 and not glued_code and _day_number(text, a, b, raw, g):
        more = _MORE_DAYS.match(after)
        return (a, b + (more.end() if more else 0))
    days = _DAYS_OF_MONTH.match(after)
    if days and not glued_code and _DIGITS_1_2.fullmatch(raw) and days.group(2).lower() in g.months:
        return (a, b + days.end(1))  # "8 to 10 June": days of a month
    try:
        v = _parse_digits(raw)
    except ValueError:
        return None
    fig = _Fig(a, b, v, v, raw_value=v)
    if rng and "." not in raw and "," not in raw and _DIGITS_1_3.fullmatch(raw) \
            and _DIGITS_1_3.fullmatch(rng.group(1)):
        tail = text[b + rng.end():b + rng.end() + 30]
        unitful = g.re_scale.match(tail) or g.re_percent.match(tail) or g.re_curname.match(tail) \
            or glued_code or _currency_before(text, a, g, dollar)[0]
        second = float(rng.group(1))
        if not unitful and _score(text, a, g, v, second, b + rng.end()):
            return (a, b + rng.end())
    # negatives: "-5", "−3.2"
    if text[a - 1:a] in ("-", "−") and (a < 2 or text[a - 2] in " (\n\t"):
        fig.start -= 1
        fig.low = fig.high = fig.raw_value = -v
    if glued_code:
        fig.currency, fig.start = glued_code, glued_at  # "N437.3bn": the symbol is the figure's
    return _finish(text, fig, g, dollar, glued=glued)
