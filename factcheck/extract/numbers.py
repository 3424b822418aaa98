"""News numerics: every figure read the way a reader reads it.

A figure is found from its core (digits, number words, a fraction, a vague
plural like "hundreds of"), then grown to the left (currency symbol, hedge,
"between") and to the right (scale word, second end of a range, unit or
currency name, trailing hedge). Numbers that are not quantities (years, clock
times, ordinals, day numbers, scores, identifiers like "G8") come back as
ignored spans. Word lists live in rules/lexicons/{numbers,currencies,hedges,
units,not_quantities}.yaml; this module holds only the grammar.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..deadline import tick
from ..model import Claim, Document
from ..regexwords import folded, lowered, may_match, needles, trie_alternation, tree_alternation
from ..rules import LexiconKey, RuleSet
from . import coverage
from . import units as units_mod

Span = tuple[int, int]


# ---------------------------------------------------------------- grammar

_LETTER = r"[^\W\d_]"
_PERCENT = r"^(?:\s*%|(?:\s+|-)(?:per\s*-?\s*cent|percent|pct|pc)\b)"
_PPOINT = r"^(?:\s+|-)(?:percentage[\s-]+points?|pct\.?\s+points?|pp)\b"
_BPS = r"^(?:\s+|-)(?:basis[\s-]+points?|bps|bp)\b"
_PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")

def _alt(words, ignorecase: bool = True) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces;
    as a prefix tree when the words allow it (regexwords.tree_alternation: the same
    matches, but the engine rejects a place at its first character instead of trying
    every phrase there). ignorecase=False for patterns compiled without IGNORECASE."""
    return tree_alternation(words, ignorecase)


@dataclass(frozen=True)
class Grammar:
    ones: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, float]
    abbrevs: dict[str, float]
    dozen: int
    vague: dict[str, tuple[float, float]]
    vague_mult: dict[str, tuple[float, float]]
    fractions: dict[str, float]
    multipliers: dict[str, float]
    change: dict[str, str]
    time_units: dict[str, str]
    times_comparison: frozenset[str]
    prefixes: dict[str, str]
    codes: dict[str, str]
    cur_names: dict[str, str]
    other_dollars: dict[str, str]
    franc_context: tuple[tuple[str, str], ...]
    franc_per_usd: tuple[tuple[str, float, float], ...]
    franc_until: dict[str, int]
    needs_digits: frozenset[str]
    hedge_before: dict[str, str]
    hedge_after: dict[str, str]
    modality: dict[str, str]
    physical: dict[str, str]
    quantulum_names: tuple[tuple[str, str], ...]
    year_before: frozenset[str]
    months: frozenset[str]
    id_before: frozenset[str]
    re_id_second: re.Pattern | None  # the last word of one of its two-word entries
    id_after: frozenset[str]
    model_nouns: frozenset[str]
    score_words: frozenset[str]
    ordinals: frozenset[str]
    one_not_count: frozenset[str]
    people: frozenset[str]
    category_words: frozenset[str]
    category_words_sorted: tuple[str, ...]
    population_words: frozenset[str]
    metre_before: frozenset[str]
    core: re.Pattern
    core_lower: re.Pattern | None  # core without IGNORECASE, for the lower-cased text
    re_prefix: re.Pattern
    re_hedge_before: re.Pattern
    re_hedge_after: re.Pattern
    re_scale: re.Pattern
    re_percent: re.Pattern
    re_percents: re.Pattern  # re_ppoint|re_bps|re_percent, named by the unit
    re_ppoint: re.Pattern
    re_bps: re.Pattern
    re_curname: re.Pattern
    re_code_after: re.Pattern
    re_physical: re.Pattern
    re_time_unit: re.Pattern
    re_modality: re.Pattern
    re_modality_rev: re.Pattern | None  # a modality phrase, read backwards (see _modality)
    re_hedge_before_rev: re.Pattern  # a hedge and the blanks after it, read backwards
    re_clock_after: re.Pattern
    re_other_dollar: re.Pattern
    re_prefix_at: re.Pattern
    re_quantulum: re.Pattern
    re_metre_after: re.Pattern
    re_multiplier: re.Pattern  # "doubled", "twice"
    multiplier_needles: tuple[str, ...] | None
    other_dollar_needles: tuple[str, ...] | None
    re_vague_currency: re.Pattern  # "hundreds| of dollars"
    re_of_scale: re.Pattern  # "a quarter| of a million"
    re_vague_mult: re.Pattern  # "several |million"
    re_currency_after: re.Pattern  # "1.8m| euros"
    re_words: re.Pattern  # a word that can open a figure, with the character before it (lower-cased)
    scan_covers: bool  # the scan finds every number word coverage counts
    # no number word starts with "a": a figure opening with "a"/"an" has a number word
    # after it ("a dozen", "a half"), so other "a"s need not be tried
    articles_need_numbers: bool
    starters: frozenset[str] = field(default_factory=frozenset)


def _second_words(entries) -> re.Pattern | None:
    seconds = {str(w).split(" ")[-1] for w in entries if " " in str(w)}
    return re.compile("|".join(re.escape(w) for w in sorted(seconds))) if seconds else None


def grammar(ruleset: RuleSet) -> Grammar:
    return _compile(LexiconKey(ruleset))


@functools.lru_cache(maxsize=8)
def _compile(key: LexiconKey) -> Grammar:
    lx = key.ruleset.lexicon
    num, cur, hed = lx("numbers") or {}, lx("currencies") or {}, lx("hedges") or {}
    unit_lx, nq, cat = lx("units") or {}, lx("not_quantities") or {}, lx("categories") or {}
    metre = unit_lx.get("metre_context") or {}

    low = lambda d: {str(k).lower(): v for k, v in (d or {}).items()}  # noqa: E731
    ones, tens, scales = low(num.get("ones")), low(num.get("tens")), low(num.get("scales"))
    abbrevs = {str(k): float(v) for k, v in (num.get("scale_abbreviations") or {}).items()}
    vague = {str(k).lower(): (float(v[0]), float(v[1])) for k, v in (num.get("vague") or {}).items()}
    vmult = {str(k).lower(): (float(v[0]), float(v[1]))
             for k, v in (num.get("vague_multipliers") or {}).items()}
    fractions = {str(k).lower(): float(v) for k, v in (num.get("fractions") or {}).items()}
    change = {}
    for direction, words in (num.get("change") or {}).items():
        for w in words:
            change[str(w).lower()] = direction

    hedge_before, hedge_after = {}, {}
    for kind, phrases in (hed.get("before") or {}).items():
        for p in phrases:
            hedge_before[str(p).lower()] = kind
    for kind, phrases in (hed.get("after") or {}).items():
        for p in phrases:
            hedge_after[str(p).lower()] = kind
    modality = {}
    for kind, phrases in (hed.get("modality") or {}).items():
        for p in phrases:
            modality[str(p)] = kind

    prefixes = {str(k): str(v) for k, v in (cur.get("prefixes") or {}).items()}
    aliases = cur.get("code_aliases") or {}
    codes = {str(c): str(aliases.get(c, c)) for c in (cur.get("codes") or [])}
    cur_names = low(cur.get("names"))
    other_dollars = low(cur.get("other_dollars"))
    physical = {str(k).lower(): str(v) for k, v in (unit_lx.get("physical") or {}).items()}
    time_units = low(num.get("time_units"))

    word_nums = list(ones) + list(tens) + list(scales) + ["dozen"]
    W = _alt(word_nums)
    frac_words = _alt(fractions)
    small = _alt(list(ones) + list(tens))
    digits = (r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)"
              r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]*\d)"
              r"|\d+(?:\.\d+)?)")
    vague_alt = _alt(vague)
    core = re.compile(
        rf"(?P<clock>\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?\b)"
        rf"|(?P<date>\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b)"
        rf"|(?P<slash>\b(?:\d{{1,3}}\s+)?\d{{1,2}}/\d{{1,2}}\b)"
        rf"|(?P<vague>\b(?:{vague_alt})\b)"
        rf"|(?P<ratio>\b(?:{small}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{small}|\d{{1,3}}(?:,\d{{3}})*)\b(?!\s*(?:%|per\s*cent))"
        rf"|\b(?:{small}|\d{{1,2}})\s+of\s+(?:10|ten|100)\b(?![\d,.%]))"
        rf"|(?P<frac>\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+)?(?:{frac_words})\b)"
        rf"|(?P<fold>\b(?:{small})-?fold\b|\b\d+(?:\.\d+)?-fold\b)"
        rf"|(?P<words>\b(?:a\s+)?(?:{W})(?:(?:-|\s+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)(?:{W}))*\b)"
        rf"|(?P<digits>{digits})",
        re.IGNORECASE)

    abbrev_alt = _alt(abbrevs)
    multipliers = low(num.get("multipliers"))
    starters = frozenset(list(ones) + list(tens) + list(scales) + list(fractions)
                         + [v.split()[0] for v in vague] + ["a", "an", "dozen"])
    return Grammar(
        ones=ones, tens=tens, scales={k: float(v) for k, v in scales.items()},
        abbrevs=abbrevs, dozen=int(num.get("dozen", 12)), vague=vague, vague_mult=vmult,
        fractions=fractions, multipliers=multipliers, change=change,
        time_units=time_units,
        times_comparison=frozenset(str(w).lower() for w in num.get("times_comparison") or []),
        prefixes=prefixes, codes=codes, cur_names=cur_names, other_dollars=other_dollars,
        franc_context=tuple((str(k), str(v)) for k, v in (cur.get("franc_context") or {}).items()),
        franc_per_usd=tuple((str(k), float(v[0]), float(v[1]))
                            for k, v in (cur.get("franc_per_usd") or {}).items()),
        franc_until={str(k): int(v) for k, v in (cur.get("franc_until") or {}).items()},
        needs_digits=frozenset(str(w).lower() for w in cur.get("needs_digits_or_scale") or []),
        hedge_before=hedge_before, hedge_after=hedge_after, modality=modality,
        physical=physical,
        quantulum_names=tuple(sorted((str(k), str(v)) for k, v in
                                     (unit_lx.get("quantulum_names") or {}).items())),
        year_before=frozenset(str(w).lower() for w in nq.get("year_before") or []),
        months=frozenset(str(w).lower() for w in nq.get("months") or []),
        id_before=frozenset(str(w) for w in nq.get("identifier_before") or []),
        re_id_second=_second_words(nq.get("identifier_before") or []),
        id_after=frozenset(str(w) for w in nq.get("identifier_after") or []),
        model_nouns=frozenset(str(w).lower() for w in nq.get("model_nouns_after") or []),
        score_words=frozenset(str(w).lower() for w in nq.get("score_words") or []),
        ordinals=frozenset(str(w).lower() for w in nq.get("ordinals") or []),
        one_not_count=frozenset(str(w).lower() for w in nq.get("one_not_count") or []),
        people=frozenset(str(w).lower() for w in cat.get("people_nouns") or []),
        category_words_sorted=tuple(sorted({str(w).lower() for c in cat.get("categories") or []
                                            for w in c.get("words") or []})),
        category_words=frozenset(str(w).lower() for c in cat.get("categories") or []
                                 for w in c.get("words") or []),
        population_words=frozenset(
            str(w).lower() for c in cat.get("categories") or [] if c.get("name") == "population"
            for w in list(c.get("words") or []) + list(c.get("place_nouns") or [])),
        metre_before=frozenset(str(w).lower() for w in metre.get("before") or []),
        core=core,
        core_lower=lowered(core.pattern, core.flags),
        re_prefix=re.compile(rf"(?:{_alt(prefixes, False)}|\b(?:{_alt(codes, False)})\s?)\s?$"),
        re_hedge_before=re.compile(rf"(?:^|(?<=[^\w]))(?:{_alt(hedge_before)})\s+$", re.IGNORECASE),
        re_hedge_after=re.compile(
            rf"^(?:\s+(?:{_alt(p for p in hedge_after if p[:1].isalpha())})(?![\w])"
            rf"|(?:{_alt(p for p in hedge_after if not p[:1].isalpha())})(?![\w]))", re.IGNORECASE),
        re_scale=re.compile(rf"^(?:(?:\s+|-)(?P<word>{_alt(scales)})\b"
                            rf"|(?P<att>{abbrev_alt})(?![\w])"
                            rf"|\s(?P<sp>bn|mn|mln|bln|tn|trn|billion|million)\b)", re.IGNORECASE),
        re_percent=re.compile(_PERCENT, re.IGNORECASE),
        re_ppoint=re.compile(_PPOINT, re.IGNORECASE),
        re_bps=re.compile(_BPS, re.IGNORECASE),
        re_percents=re.compile(rf"(?P<percentage_point>{_PPOINT})|(?P<basis_point>{_BPS})|(?P<percent>{_PERCENT})",
                               re.IGNORECASE),
        re_curname=re.compile(rf"^(?:\s+|-)(?:of\s+)?(?P<name>{_alt(cur_names)})\b", re.IGNORECASE),
        re_code_after=re.compile(rf"^\s?(?P<code>{_alt(codes, False)})\b"),
        re_physical=re.compile(rf"^(?P<sep>\s*|-)(?P<unit>{_alt(physical)})(?![\w])", re.IGNORECASE),
        re_time_unit=re.compile(rf"^(?:\s+|-)(?P<unit>{_alt(time_units)})\b(?P<old>-old\b|\s+old\b)?",
                                re.IGNORECASE),
        re_modality=re.compile(rf"\b(?P<m>{_alt(modality, False)})\s+(?:[\w’'-]+\s+){{0,2}}$"),
        re_modality_rev=re.compile(rf"{_alt((p[::-1] for p in modality), False)}\b")
        if modality and all(_PLAIN_PHRASE.fullmatch(p) for p in modality) else None,
        re_hedge_before_rev=re.compile(rf"\s+{_alt(p[::-1] for p in hedge_before)}(?:\Z|(?=[^\w]))",
                                       re.IGNORECASE),
        re_clock_after=re.compile(rf"^\s*(?:{_alt(nq.get('clock_after') or [])})(?![\w])", re.IGNORECASE),
        re_other_dollar=re.compile(rf"\b(?:{_alt(other_dollars)})s?\b", re.IGNORECASE),
        re_prefix_at=re.compile(rf"(?:{_alt(prefixes, False)}|\b(?:{_alt(codes, False)})\s?)"),
        re_quantulum=re.compile(rf"^(?:\s+|-)(?:{_alt(unit_lx.get('quantulum_words') or [])})\b",
                                re.IGNORECASE),
        re_metre_after=re.compile(rf"^[\s-]*(?:{_alt(metre.get('after') or [])})(?![\w])|^\s*\(\s*[\d.,]+\s*(?:ft|feet|foot|yards?|yd)\b",
                                  re.IGNORECASE),
        re_multiplier=re.compile(rf"\b({_alt(multipliers)})\b", re.IGNORECASE),
        multiplier_needles=needles(multipliers),
        other_dollar_needles=needles(other_dollars),
        re_vague_currency=re.compile(rf"\s+of\s+({_alt(cur_names)})\b", re.IGNORECASE),
        re_of_scale=re.compile(rf"\s+(?:of\s+)?an?\s+({_alt(scales)}|dozen)\b", re.IGNORECASE),
        re_vague_mult=re.compile(rf"\b({_alt(vmult)})\s+$", re.IGNORECASE),
        re_currency_after=re.compile(r"\s+(?:of\s+)?(?:" + _alt(cur_names) + r")\b", re.IGNORECASE),
        # opening with a class, so that the engine skips the letters inside words in a
        # tight loop: only the character before a word starts a match
        re_words=re.compile(rf"[^a-z](?:(?P<w>{trie_alternation(sorted(starters))})(?!{_LETTER})"
                            rf"|(?P<x>[^\W\d_a-z]))"),
        scan_covers=coverage.WORDS <= starters,
        articles_need_numbers=not any(str(w).startswith("a") for w in [*ones, *tens, *scales, *fractions,
                                                                         *vague, "dozen"]),
        starters=starters,
    )


# ---------------------------------------------------------------- reading

@dataclass
class _Fig:
    start: int
    end: int
    low: float | None
    high: float | None
    hedge: str = "exact"
    unit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    currency: str | None = None
    scale: str | None = None
    raw_value: float | None = None  # before scale
    core_kind: str = "digits"
    suffixed: bool = False  # unit or currency read after the figure


def extract(doc: Document, ruleset: RuleSet) -> tuple[list[Claim], list[Span]]:
    """Quantity claims, and the spans deliberately judged not to be quantities."""
    try:
        return _extract(doc.text, grammar(ruleset), doc)
    except (ValueError, OverflowError, IndexError, KeyError, TypeError):  # never a traceback
        return [], []


def _extract(text: str, g: Grammar, doc: Document | None) -> tuple[list[Claim], list[Span]]:
    low = folded(text)
    dollar = _default_dollar(text, g, low)
    claims: list[Claim] = []
    ignored: list[Span] = []
    pos = 0
    lines = _Lines(text)
    for p in _starts(text, low, g, doc.shared if doc is not None else None):
        tick()
        if p < pos:
            continue
        # the match is read for its spans and lower-cased words, so in the lower-cased
        # text it can be found the faster way
        m = g.core_lower.match(low, p) if low is not None and g.core_lower is not None else g.core.match(text, p)
        if m is None or m.end() == p:
            continue
        out = _read(text, m, g, dollar, lines)
        if out is None:
            continue
        if isinstance(out, tuple):
            ignored.append(out)
            pos = out[1]
            continue
        fig = out
        claims.append(_claim(text, fig, g))
        pos = fig.end
    _multipliers(text, claims, g, doc, low)
    _francs(text, claims, g, doc)
    return claims, ignored


def _starts(text: str, low: str | None, g: Grammar, shared: dict | None = None) -> list[int]:
    """Where the tokens that can open a figure start: digits, a word of g.starters,
    a word ending in "fold" (or, oddly, starting with a digit character). Only these
    are tried: much faster than trying every place.

    The same scans find every number coverage counts (its digits with separators, its
    words being starters too): those are left in `shared` for coverage.measure."""
    if low is None or "fold" in low:
        return [t.start() for t in _TOKEN.finditer(text) if _opens(t.group(), g)]
    # every run of digits; and for coverage the digits with their separators ("12,000.5":
    # runs joined by single separators, as r"\d+(?:[.,:]\d+)*" reads them)
    runs = [m.span() for m in _DIGITS.finditer(low)]
    out = [a for a, _ in runs]
    cov: list[Span] | None = None
    if shared is not None and g.scan_covers:
        cov = []
        for a, b in runs:
            if cov and cov[-1][1] + 1 == a and low[a - 1] in ".,:":
                cov[-1] = (cov[-1][0], b)
            else:
                cov.append((a, b))
    digits = len(out)
    n_cov = len(cov) if cov is not None else 0
    n = len(low)
    spaced = " " + low  # a word at the start has a character before it too
    for m in g.re_words.finditer(spaced):
        p = m.start()  # where the word starts in the text: one on, less the blank added
        before = spaced[p]
        if not before.isascii() and before.isalnum() and not before.isdecimal():
            continue  # inside a word: the letter before it is no a-z
        if m.lastgroup == "w":
            e = m.end() - 1
            if g.articles_need_numbers and e - p <= 2 and low[p:e] in ("a", "an"):
                w = _GAP_WORD.match(low, e)
                if not (w and w.group(1) in g.starters):
                    continue  # "a", "an" open a figure only before a number word ("a dozen", "a half")
            out.append(p)
            if cov is not None and low[p:e] in coverage.WORDS and not _is_word(before) \
                    and (e == n or not _is_word(low[e])):
                cov.append((p, e))  # a number word between word boundaries, as coverage reads it
        elif _opens(_TOKEN.match(text, p).group(), g):
            out.append(p)  # a word that starts with a letter beyond a-z: tried only as it is
    if len(out) > digits:
        out.sort()  # two sorted runs: digits, then words
    if cov is not None:
        if len(cov) > n_cov:
            cov.sort()
        shared[coverage.SCANNED] = (text, cov)
    return out


def _is_word(ch: str) -> bool:
    """What \\w matches."""
    return ch.isalnum() or ch == "_"


def _opens(w: str, g: Grammar) -> bool:
    if w[0].isdigit():
        return True
    lw = w.lower()
    return lw in g.starters or lw.endswith("fold")


def _francs(text: str, claims: list[Claim], g: Grammar, doc: Document | None) -> None:
    """Bare 'francs' follow the article: the rate of a dollar conversion in brackets,
    else its first country word (while that franc was in use), else Swiss."""
    bare = [c for c in claims if c.unit == "CHF" and _FRANCS.search(c.text)
            and not _SWISS.search(c.text)]
    if not bare:
        return
    code = _franc_by_rate(text, bare, claims, g) or _franc_by_context(text, g, doc)
    if code:
        for c in bare:
            c.unit = code


def _franc_by_rate(text: str, bare: list[Claim], claims: list[Claim], g: Grammar) -> str | None:
    after = _following(claims)
    for c in bare:
        # a USD figure right after it in brackets: it starts at most where the brackets'
        # blanks end
        gap = _OPEN_BRACKET.match(text, c.span[1])
        usd = next((d for d in after(c.span[1], gap.end()) if d.unit == "USD"
                    and _OPEN_BRACKET.fullmatch(text[c.span[1]:d.span[0]])), None) if gap else None
        if usd is None or not usd.value or not c.value:
            continue
        rate = c.value / usd.value
        for code, lo, hi in g.franc_per_usd:
            if lo <= rate <= hi:
                return code
    return None


def _following(claims: list[Claim]):
    """after(a, b): the claims starting in [a, b], in list order. The claims are in the
    order of their starts, so they are found by bisection, not by reading the list."""
    starts = [c.span[0] for c in claims]
    if any(x > y for x, y in zip(starts, starts[1:])):  # not in order: read them all
        return lambda a, b: (c for c in claims if a <= c.span[0] <= b)
    return lambda a, b: claims[bisect_left(starts, a):bisect_right(starts, b)]


def _franc_by_context(text: str, g: Grammar, doc: Document | None) -> str | None:
    year = doc.published.year if doc is not None and doc.published else None
    found = []
    for word, code in g.franc_context:
        if year and year > g.franc_until.get(code, 9999):
            continue  # French francs in a 2010 story are history, not the story's money
        m = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
        if m:
            found.append((m.start(), code))
    return min(found)[1] if found else None


_BETWEEN_VERB_AND_FIGURE = frozenset(
    "by to from up down sharply slightly steeply further nearly almost about around some a an "
    "more less than over under at least roughly just another".split())
_PER = re.compile(r"[\s-]+(?:a|an|per|each)[\s-]+(share|barrel|day|week|month|year|hour|head|person|"
                  r"tonne|ton|litre|liter|gallon|kilo|kilogram|pound|ounce|unit|ticket|night)\b",
                  re.IGNORECASE)
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_NEWLINE = re.compile(r"\n")
# a run of digits (\d+), opening with a class so that the engine skips to the next digit
# in a tight loop
_DIGITS = re.compile(r"\d\d*")
_GAP_WORD = re.compile(r"[\s-]+([^\W\d_]+)")  # the word after "a"/"an"

# Patterns used per figure, compiled once (a module-level re.match(str, ...) looks its
# pattern up in re's cache on every call).
_FRANCS = re.compile(r"\bfrancs?\b", re.IGNORECASE)
_SWISS = re.compile(r"swiss", re.IGNORECASE)
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_PREV_WORD_REVERSED = re.compile(r"[\s,]*([\w.’'&-]+)")  # the last word, read backwards
_WORDS = re.compile(r"[\w’'-]+")
_NEXT_WORD = re.compile(r"\s*([\w’'.-]+)")
_SPACES_TO_END = re.compile(r"\s+$")
_DIGITS_3 = re.compile(r"\d{3,}")
_SPACE_WORD = re.compile(r" \w")
_DIGITS_4 = re.compile(r"\d{4}")
_DAY_COMMA = re.compile(r"\d{1,2},\s*$")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][\w-]*)")
_DIGITS_1_2 = re.compile(r"\d{1,2}")
_NEXT_MONTH = re.compile(r"\s*(?:of\s+)?([A-Za-z]+)")
_DIGIT_SEPARATORS = re.compile(r"[,\u00a0\u202f ]")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_DASHES_SPACES = re.compile(r"[\s-]+")
_SPACES = re.compile(r"\s+")
_OF = re.compile(r"\s+of\b")
_OF_I = re.compile(r"\s+of\b", re.IGNORECASE)
_RATIO_JOIN = re.compile(r"\s+(?:in|out\s+of|of)\s+(?:every\s+)?", re.IGNORECASE)
_DASH_WORD = re.compile(r"-(?!thirds?\b)\w")
_FRACTION_OF = re.compile(r"\s+(?:of|the|a|an|its|their|his|her|our|all|that|this|those|these|price|prices)\b",
                          re.IGNORECASE)
_FRACTION_PERIOD = re.compile(r"\s+(?:time|round|term|place|day|week|year|straight|consecutive)\b")
_AND_END = re.compile(r"\band\s+$")
_WORD_SPACE_END = re.compile(r"[\w,;]\s+$")
_SPACE_CAPITAL = re.compile(r"\s+[A-Z][a-z]")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_LATIN_WORDS = re.compile(r"[A-Za-z]+")
_FOR_EACH = re.compile(r"\s+[a-z][\w-]*\s+(?:for|per)\s+(?:each|every)\b")
_AM_PM = re.compile(r"(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.IGNORECASE)
_AM_PM_TEXT = re.compile(r"(?:a\.?m\.?|p\.?m\.?)", re.IGNORECASE)
_ID_CHAIN = re.compile(r"[\w]*(?:-[\w]+)*")
_DASH_NAME = re.compile(r"-[A-Z][a-z]")
_DASH_LETTERS = re.compile(r"-[A-Za-z]+")
_DASH_MODEL = re.compile(r"-(?:based|class|series)\b")
_SPLIT_RATIO = re.compile(r"-for-\d+\b|\s+for\s+\d+\s+(?:stock\s+)?split")
_TITLE_UNIT = re.compile(r"\s+(?:Minutes|Hours|Days|Weeks|Years|Months|Seconds)\b")
_LETTER_WORD = re.compile(r"[A-Za-z]\w")
_UNIT_PER = re.compile(r"[A-Za-z]+(?:/[a-z]+)")
_CLOCK_HOUR = re.compile(r"\d{1,2}(?:\.\d{2})?")
_DIGIT_RANGE = re.compile(r"\s?[-–—]\s?(\d+(?:\.\d+)?)(?![\d,.]*\d)(?!\s*[-–—]\s*\d)")
_MORE_DAYS = re.compile(r"(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}\b(?!\s*(?:%|[A-Za-z]))")
_DAYS_OF_MONTH = re.compile(r"(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+)")
_DIGITS_1_3 = re.compile(r"\d{1,3}")
_NEXT_TOKEN = re.compile(r"[\s-]*([\w’'-]*)")
_LOWER_WORDS = re.compile(r"[a-z][\w’'-]*")
_BETWEEN_END = re.compile(r"\bbetween\s+$")
_JOIN_BETWEEN = re.compile(r"(?:\s*(?:-|–|—)\s*|\s+to\s+|\s+and\s+)")
_JOIN = re.compile(r"(?:\s*(?:-|–|—)\s*|\s+to\s+|\s+or\s+)")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_FROM_END = re.compile(r"\bfrom\s+\S*$")
_PENCE = re.compile(r"p(?!\w|\.m)")
_TIMES = re.compile(r"\s+times\s+(\w+)", re.IGNORECASE)
_PLUS_HEDGE = re.compile(r"\s+plus\s*[^\w\s]|\s+plus\s+(?:[a-z]+)")
_PLUS_SUM = re.compile(r"\s+plus\s+(?:\d|one|two|three|a\b|an\b)")


_US_DOLLARS = re.compile(r"\b(?:US|U\.S\.|American) dollars?\b")


def _default_dollar(text: str, g: Grammar, low: str | None = None) -> str:
    if "US$" in text or ("dollar" in text and _US_DOLLARS.search(text)):
        return "USD"
    if not may_match(low, g.other_dollar_needles):
        return "USD"  # no other dollar named (a scan costs more than this test)
    named = {g.other_dollars[m.group().lower().rstrip("s")] for m in g.re_other_dollar.finditer(text)
             if m.group().lower().rstrip("s") in g.other_dollars}
    return named.pop() if len(named) == 1 else "USD"


def _prev_word(text: str, i: int) -> str:
    # the same word as re.search(r"([\w.’'&-]+)[\s,]*$", text[i-40:i]) finds, without
    # trying every place of the slice: the pattern reversed, matched at its end
    m = _PREV_WORD_REVERSED.match(text[max(0, i - 40):i][::-1])
    return m.group(1)[::-1] if m else ""


def _prev_words(text: str, i: int, n: int) -> list[str]:
    return _WORDS.findall(text[max(0, i - 12 * n):i])[-n:]


def _next_word(text: str, i: int) -> str:
    m = _NEXT_WORD.match(text[i:i + 40])
    return m.group(1) if m else ""


def _read(text: str, m: re.Match, g: Grammar, dollar: str, lines: _Lines | None = None) -> _Fig | Span | None:
    kind = m.lastgroup
    if kind == "digits":  # the most common
        return _read_digits(text, m, g, dollar)
    a, b = m.span()
    if kind in ("clock", "date"):
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
    return _read_digits(text, m, g, dollar)


# -- not-a-quantity tests shared by digits and words

def _identifier(text: str, a: int, b: int, g: Grammar) -> bool:
    before = text[max(0, a - 2):a]
    if before[-1:].isalpha() or (before[-1:] == "-" and before[:1].isalpha()):
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
    prev = _prev_word(text, a).lower()
    if prev in g.year_before or prev.rstrip(".") in g.months or text[max(0, a - 5):a].endswith("mid-"):
        return True
    if _DAY_COMMA.search(text[max(0, a - 6):a]):
        return True  # "January 22, 2022"
    if prev in g.hedge_before or text[a - 1:a] in "$£€¥":
        return False
    nxt = _NEXT_LOWER_WORD.match(text[b:b + 30])
    if nxt and nxt.group(1).endswith("s") and nxt.group(1) not in ("was", "is", "has", "as"):
        return False  # "2000 people"
    return True


def _day_number(text: str, a: int, b: int, raw: str, g: Grammar) -> bool:
    if not _DIGITS_1_2.fullmatch(raw) or not 1 <= int(raw) <= 31:
        return False
    prev = _prev_word(text, a).lower().rstrip(".")
    if prev in g.months and text[max(0, a - 12):a].strip():
        return True
    nxt = _NEXT_MONTH.match(text[b:b + 20])
    return bool(nxt and nxt.group(1).lower() in g.months and nxt.group(1)[0].isupper())


# -- cores

def _parse_digits(raw: str) -> float:
    return float(_DIGIT_SEPARATORS.sub("", raw))


def _word_value(s: str, g: Grammar) -> float | None:
    """'twenty-three' -> 23, 'one hundred and twenty' -> 120, 'a dozen' -> 12, '7' -> 7."""
    s = s.strip().lower()
    if _DECIMAL.fullmatch(s):
        return float(s)
    toks = [t for t in _DASHES_SPACES.split(s) if t and t != "and"]
    if not toks:
        return None
    if toks[0] in ("a", "an"):
        if len(toks) == 1 or (toks[1] not in g.scales and toks[1] != "dozen"):
            return None
        toks[0] = "one"
    total, cur, seen = 0.0, 0.0, False
    for t in toks:
        if t in g.ones:
            cur += g.ones[t]
        elif t in g.tens:
            cur += g.tens[t]
        elif t == "dozen":
            cur = _times(cur, g.dozen)
        elif t == "hundred":
            cur = _times(cur, 100)
        elif t in g.scales:
            total += (cur or 1) * g.scales[t]
            cur = 0
        else:
            return None
        seen = True
    return total + cur if seen else None


# The smallest whole number float() cannot hold (it rounds to 2**1024): OverflowError.
_NO_FLOAT = 2 ** 1024 - 2 ** 970


def _times(cur: float | int, k: int) -> float | int:
    """(cur or 1) * k, as _word_value multiplies. A whole number already too big for a
    float is left as it is: it only grows, and turning it into a float raises
    OverflowError all the same, without multiplying a number of thousands of digits once
    per word of "hundred hundred hundred ..." (time growing with the square)."""
    if type(cur) is int and cur >= _NO_FLOAT:
        return cur
    return (cur or 1) * k


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
    """'12 3/4' (a mixed fraction, as in prices and yields) or '3/4'; '1/13' is a date."""
    a, b = m.span()
    parts = m.group().split()
    n, d = (int(x) for x in parts[-1].split("/"))
    if d not in (2, 3, 4, 8, 16, 32, 64) or not 0 < n < d:
        return (a, b)
    v = (float(parts[0]) if len(parts) == 2 else 0.0) + n / d
    fig = _Fig(a, b, v, v, raw_value=v)
    return _finish(text, fig, g, dollar)


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
            _SPACE_CAPITAL.match(text[b:b + 3]) and \
            not (lines.title_case(a) if lines is not None else _title_case_line(text, a)):
        return (a, b)  # a name: "the Ten Most Wanted", "Big Three Automakers"
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


def _one_is_pronoun(text: str, a: int, b: int, g: Grammar) -> bool:
    nxt = _next_word(text, b).lower().rstrip(".,;:")
    prev = _prev_word(text, a).lower()
    if prev in ("no", "every", "any", "the", "this", "that", "each", "which", "someone", "anyone",
                "no-one", "everyone", "only", "formula", "one"):
        return True
    if text[b:b + 2] in ("'s", "’s") or nxt in g.one_not_count:
        return True
    if _FOR_EACH.match(text[b:b + 50]):
        return False  # "one right for each 105 shares": a count in a ratio
    if nxt in g.time_units:
        return False  # "one minute", "one year"
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


def _hedged(text: str, a: int, g: Grammar) -> bool:
    return _hedge_words_before(text[max(0, a - 25):a], g) is not None


def _hedge_words_before(before: str, g: Grammar) -> str | None:
    """What g.re_hedge_before.search(before) matches: a hedge and the blanks after it at
    the end. Every such match ends where the blanks begin, so the leftmost is the longest
    hedge there: the reversed hedges, longest first, matched at the start of the text
    read backwards, find it without trying every place."""
    m = g.re_hedge_before_rev.match(before[::-1])
    return m.group()[::-1] if m else None


def _read_digits(text: str, m: re.Match, g: Grammar, dollar: str) -> _Fig | Span | None:
    a, b = m.span()
    raw = m.group()
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
    if _identifier(text, a, b, g):
        chain = _ID_CHAIN.match(text[b:b + 30])
        return (a, b + chain.end())
    if _DASH_NAME.match(after):
        return (a, b + _DASH_LETTERS.match(after).end())  # "7-Eleven": a name
    if _DASH_MODEL.match(after):
        return (a, b)  # "486-based machines": a model number
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
    if att and att.group().lower() not in g.abbrevs and att.group().lower() not in g.physical \
            and att.group() != "p" \
            and not _UNIT_PER.match(after):
        return (a, b + len(att.group()))  # 3G, 4K, 5G: identifiers
    if g.re_clock_after.match(after) and _CLOCK_HOUR.fullmatch(raw):
        cm = g.re_clock_after.match(after)
        return (a, b + cm.end())
    # ranges like 2009-10 or 1998-2000, and scores like 3-1
    rng = _DIGIT_RANGE.match(after)
    if _year_like(raw) and (not rng or _year_like(rng.group(1)) or len(rng.group(1)) <= 2):
        if _is_year(text, a, b, g) or rng:
            return (a, b + (rng.end() if rng else 0))
    if len(raw) <= 2 and _day_number(text, a, b, raw, g):
        more = _MORE_DAYS.match(after)
        return (a, b + (more.end() if more else 0))
    days = _DAYS_OF_MONTH.match(after)
    if days and _DIGITS_1_2.fullmatch(raw) and days.group(2).lower() in g.months:
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
            or _currency_before(text, a, g, dollar)[0]
        second = float(rng.group(1))
        if not unitful and _score(text, a, g, v, second, b + rng.end()):
            return (a, b + rng.end())
    # negatives: "-5", "−3.2"
    if text[a - 1:a] in ("-", "−") and (a < 2 or text[a - 2] in " (\n\t"):
        fig.start -= 1
        fig.low = fig.high = fig.raw_value = -v
    return _finish(text, fig, g, dollar)


def _currency_before(text: str, a: int, g: Grammar, dollar: str) -> tuple[str | None, int]:
    pm = g.re_prefix.search(text[max(0, a - 8):a])
    if not pm or not pm.group().strip():
        return None, a
    sym = pm.group().strip()
    start = a - len(pm.group())
    if sym in g.prefixes:
        code = g.prefixes[sym]
        if sym == "$":
            code = dollar
        # "US$" must not be read as "S$" + U
        return code, start
    if sym in g.codes:
        return g.codes[sym], start
    return None, a


# -- growing a figure to the right and to the left

def _finish(text: str, fig: _Fig, g: Grammar, dollar: str, skip_scale: bool = False) -> _Fig | Span:
    code, cstart = _currency_before(text, fig.start, g, dollar)
    if code:
        fig.currency = code
        fig.start = cstart
    if not skip_scale:
        _scale(text, fig, g)
    _range(text, fig, g, dollar)
    _suffix(text, fig, g)
    if fig.hedge != "range" and fig.suffixed:
        _range(text, fig, g, dollar)
    _hedge_after(text, fig, g)
    _hedge_before(text, fig, g)
    return fig


def _scale(text: str, fig: _Fig, g: Grammar) -> None:
    after = text[fig.end:fig.end + 30]
    sm = g.re_scale.match(after)
    if not sm:
        return
    word = sm.group("word") or sm.group("sp")
    if word:
        key = word.lower()
        mult = g.scales.get(key) or g.abbrevs.get(key)
    else:
        abbr = sm.group("att")
        key = abbr.lower()
        if abbr != key and not fig.currency:
            return  # "3G", "4K" were handled; "600M" only with a currency
        if key not in g.abbrevs:
            return
        if key in ("m", "k", "b") and not _abbrev_is_scale(text, fig, g, fig.end + sm.end()):
            return
        mult = g.abbrevs[key]
    if mult is None:
        return
    fig.low = fig.high = (fig.raw_value or 0) * mult
    fig.scale = key
    fig.extra["scale"] = key
    fig.end += sm.end()


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
        if words and words[-1] in ("the", "a", "an") and fig.raw_value is not None \
                and float(fig.raw_value).is_integer() and not _after_place_of(words):
            return False  # "won the 100m", "a 50m pool"
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


def _range(text: str, fig: _Fig, g: Grammar, dollar: str) -> None:
    c0 = text[fig.end:fig.end + 1]
    if not c0 or not (c0.isspace() or c0 in "-–—"):
        return  # every joiner opens with a blank or a dash
    after = text[fig.end:fig.end + 60]
    before = text[max(0, fig.start - 12):fig.start].lower()
    between = _BETWEEN_END.search(before)
    jm = (_JOIN_BETWEEN if between else _JOIN).match(after)
    if not jm:
        return
    rest_at = fig.end + jm.end()
    code = None
    pm = g.re_prefix_at.match(text, rest_at)
    if pm and pm.group().strip():
        sym = pm.group().strip()
        code = dollar if sym == "$" else g.prefixes.get(sym) or g.codes.get(sym)
    second_at = rest_at + (pm.end() - rest_at if pm and code else 0)
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
    if hi2 <= lo1:
        return
    word = jm.group().strip()
    pw2 = [w.lower() for w in _prev_words(text, fig.start, 2)]
    if word == "to" and pw2 and (pw2[-1] in g.change or (pw2[-1] == "by" and len(pw2) > 1 and pw2[0] in g.change)):
        return  # "fell $1.625 to $108.625": a change, then a level
    if word == "to" and _FROM_END.search(text[max(0, fig.start - 10):fig.start]):
        # "from 5 to 8": a range only when no change verb governs it
        pw = [w.lower() for w in _prev_words(text, fig.start, 5)]
        if any(w in g.change for w in pw):
            return
    if word == "or" and (m2.lastgroup != "words" or fig.core_kind != "words"):
        return
    fig.low, fig.high, fig.hedge = lo1, hi2, "range"
    fig.end = sec.end
    if code and not fig.currency:
        fig.currency = code
    if between:
        fig.start -= len(between.group())


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
                if name in ("pounds", "pound") and _OF.match(after, cm.end()):
                    code = "lb"  # "10 pounds of cocaine"
                    fig.unit = "lb"
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
        short = len(surface) <= 2 and surface.lower() not in ("km", "kg", "cm", "mm", "ft", "lb", "mw", "gw", "kw", "oz", "ha")
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


# ---------------------------------------------------------------- claims

def _claim(text: str, fig: _Fig, g: Grammar) -> Claim:
    unit = fig.currency or fig.unit
    if fig.hedge == "range" or (fig.hedge == "approx" and fig.low != fig.high):
        value = None
    elif fig.hedge == "at_most":
        value = fig.high
    else:
        value = fig.low
    if fig.hedge == "approx" and value is None and fig.low is not None and fig.low == fig.high:
        value = fig.low
    extra = dict(fig.extra)
    if fig.currency and fig.unit and fig.unit != fig.currency:
        extra["per"] = fig.unit
    per = _PER.match(text, fig.end) if fig.currency or fig.unit else None
    if per:
        extra["per"] = per.group(1).lower()  # "$55 a share", "120 tenge a litre"
    before = text[max(0, fig.start - 200):fig.start]
    if before.rfind("(") > before.rfind(")") and ")" in text[fig.end:fig.end + 200].split("\n")[0]:
        extra["in_brackets"] = True
    sent_start = max(before.rfind(". "), before.rfind("\n"))
    clause = before[sent_start + 1:] if sent_start >= 0 else before
    modality = None
    mm = _modality(clause, g)
    if mm:
        modality = g.modality.get(mm) or g.modality.get(_SPACES.sub(" ", mm))
    # the last piece of the clause and its last three words, read backwards
    r = clause[::-1]
    r = r[:_CLAUSE_PIECE_REVERSED.match(r).end()]
    last = _LAST_WORDS_REVERSED.match(r)
    words = [w[::-1].lower() for w in reversed(last.groups()) if w] if last else []
    for i, w in enumerate(reversed(words)):
        if i and words[-i] not in _BETWEEN_VERB_AND_FIGURE:
            break  # "was raised in a two-day summit": the verb is not about this figure
        if w in g.change:
            extra["change"] = g.change[w]
            prep = words[-1] if words and words[-1] in ("by", "to", "from") else None
            if prep:
                extra["change_prep"] = prep
            break
    return Claim(kind="quantity", text=text[fig.start:fig.end], span=(fig.start, fig.end),
                 value=_clean(value), low=_clean(fig.low), high=_clean(fig.high),
                 hedge=fig.hedge, unit=unit, modality=modality, extra=extra)


_CLAUSE_PIECE_REVERSED = re.compile(r"[^,;:()—–]*")  # re.split(r"[,;:()—–]", s)[-1], backwards
# findall(r"[\w’'-]+", s)[-3:], backwards: the first three runs of word characters
_LAST_WORDS_REVERSED = re.compile(r"[^\w’'-]*([\w’'-]+)(?:[^\w’'-]*([\w’'-]+))?(?:[^\w’'-]*([\w’'-]+))?")
_TAIL_REVERSED = re.compile(r"(\s+)(?:([\w’'-]+\s+)([\w’'-]+\s+)?)?")


def _modality(clause: str, g: Grammar) -> str | None:
    """The phrase (group "m") g.re_modality.search(clause) finds: a modality phrase, then
    at most two words, each after blanks, to the end. Read backwards: the blanks and
    words at the end give the at most three places where the phrase can end; at each the
    longest reversed phrase gives the leftmost start. The search finds the leftmost start
    of all, and there the longest phrase."""
    if g.re_modality_rev is None:
        mm = g.re_modality.search(clause)
        return mm.group("m") if mm else None
    r = clause[::-1]
    tail = _TAIL_REVERSED.match(r)
    if not tail:
        return None
    ends = [tail.end(1)]
    for k in (2, 3):
        if tail.group(k):
            ends.append(ends[-1] + len(tail.group(k)))
    best = None
    for o in ends:
        m = g.re_modality_rev.match(r, o)
        if m and (best is None or m.end() > best.end()):  # starts further back (on a tie: the longer)
            best = m
    return best.group()[::-1] if best else None


def _clean(x: float | None) -> float | None:
    if x is None:
        return None
    if type(x) is float and x.is_integer():
        return float(int(x))  # what rounding gives a whole number, without rounding
    r = round(x, 6)
    return float(int(r)) if r.is_integer() else r


def _multipliers(text: str, claims: list[Claim], g: Grammar, doc: Document | None,
                 low: str | None = None) -> None:
    """'doubled', 'halved', 'twice': recorded on the nearest figure in the same sentence
    (the first after the word without one, else the last before it). The figures are
    found by bisection and the ones taken skipped by _Free: a text of many such words
    is not read once per word."""
    if not g.multipliers or not may_match(low, g.multiplier_needles):
        return
    starts = [c.span[0] for c in claims]
    if any(x > y for x, y in zip(starts, starts[1:])):
        return _multipliers_plain(text, claims, g, doc)
    free = _Free(["multiplier" not in c.extra for c in claims])
    for m in g.re_multiplier.finditer(text):
        lo, hi = _sentence_bounds(text, doc, m.start())
        i_lo, i_hi = bisect_left(starts, lo), bisect_left(starts, hi)
        i_m = min(max(bisect_left(starts, m.end()), i_lo), i_hi)
        j = free.first_from(i_m)
        if j >= i_hi:
            j = free.last_to(i_m - 1)
            if j < i_lo:
                continue
        free.take(j)
        claims[j].extra["multiplier"] = g.multipliers[m.group(1).lower()]
        claims[j].extra["multiplier_word"] = m.group(1).lower()


def _sentence_bounds(text: str, doc: Document | None, at: int) -> tuple[int, int]:
    if doc is not None and doc.sentences:
        s = doc.sentence_at(at)
        return s.start, s.end
    return 0, len(text)


def _multipliers_plain(text: str, claims: list[Claim], g: Grammar, doc: Document | None) -> None:
    """_multipliers reading the claims in list order (for claims not in text order)."""
    for m in g.re_multiplier.finditer(text):
        lo, hi = _sentence_bounds(text, doc, m.start())
        cands = [c for c in claims if lo <= c.span[0] < hi and "multiplier" not in c.extra]
        if not cands:
            continue
        after = [c for c in cands if c.span[0] >= m.end()]
        best = after[0] if after else cands[-1]
        best.extra["multiplier"] = g.multipliers[m.group(1).lower()]
        best.extra["multiplier_word"] = m.group(1).lower()


class _Free:
    """Indices 0..n-1, some free: the first free one at or after i, the last at or before
    i, each in amortised constant time (taken ones are skipped by path-halving links)."""

    def __init__(self, free: list[bool]):
        n = len(free)
        self.up = [i if f else i + 1 for i, f in enumerate(free)] + [n]  # n: none after
        self.down = [0] + [i + 1 if f else i for i, f in enumerate(free)]  # index i at i + 1; 0: none

    @staticmethod
    def _root(links: list[int], i: int) -> int:
        while links[i] != i:
            links[i] = links[links[i]]
            i = links[i]
        return i

    def first_from(self, i: int) -> int:
        """The first free index >= i (n when none)."""
        return self._root(self.up, i)

    def last_to(self, i: int) -> int:
        """The last free index <= i (-1 when none)."""
        return self._root(self.down, i + 1) - 1

    def take(self, j: int) -> None:
        self.up[j] = j + 1
        self.down[j + 1] = j
