"""The Grammar: the lexicons' word lists (rules/lexicons/numbers, currencies, hedges,
units, not_quantities, categories) compiled into the patterns and tables the
readers use, once per rule set (cached by its lexicons).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import coverage
from ...deadline import one_off
from ...regexwords import lowered, needles, tree_alternation, trie_alternation
from ...rules import LexiconKey, RuleSet


_LETTER = r"[^\W\d_]"
_PERCENT = r"^(?:\s*%|(?:\s+|-)(?:per\s*-?\s*cent|percent|pct|pc)\b)"
_PPOINT = r"^(?:\s+|-)(?:percentage[\s-]+points?|pct\.?\s+points?|pp)\b"
_BPS = r"^(?:\s+|-)(?:basis[\s-]+points?|bps|bp)\b"
_PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def present_participle(past: str) -> str:
    """The -ing form of a regular past tense, as the verb is read beside a figure in
    either form ("declined 9.8 percent", "declining by 9.8 percent"): "declined" ->
    "declining", "dropped" -> "dropping", "rallied" -> "rallying". A word that is no
    regular past tense ("fell", "up") is given back as it is."""
    if len(past) < 5 or not past.endswith("ed") or past.endswith("eed"):
        return past
    if past.endswith("ied"):
        return past[:-3] + "ying"
    return past[:-2] + "ing"


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
    pound_mass: frozenset[str]  # words that make "pounds" a weight (pounds.py)
    pound_money: frozenset[str]  # ... a sum of sterling
    re_pound_money_after: re.Pattern  # "pounds| to the dollar", "pounds| per tonne"
    race_points: frozenset[str]
    spaced_symbols: frozenset[str]
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
    re_clock_hours_before: re.Pattern  # "set for |1900 hours": a time of day
    re_other_dollar: re.Pattern
    re_prefix_at: re.Pattern
    re_quantulum: re.Pattern
    re_metre_after: re.Pattern
    re_multiplier: re.Pattern  # "doubled", "twice"
    odds_words: frozenset[str]  # a clause about betting reads "6/4" as odds
    multiplier_claims: frozenset[str]  # the multiplier words that are claims themselves
    multiplier_adverbs: frozenset[str]  # ... only before a comparison ("twice as many")
    re_or_within: re.Pattern  # " or perhaps " between the ends of a range
    re_list_or: re.Pattern  # ", four or perhaps ": the last joint of a list of figures
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
    shared_currencies: tuple[SharedCurrency, ...] = ()  # "Rs", "rupees": by the article's country
    dollar_codes: frozenset[str] = frozenset()  # "TOP $100,000": the code says which dollar
    outlet_dollars: dict[str, str] = field(default_factory=dict)  # "au": AUD, an outlet's own "$"
    glued_currencies: tuple[GluedCurrency, ...] = ()  # "N437bn": naira in Nigerian news only


@dataclass(frozen=True)
class SharedCurrency:
    """A symbol or name several countries' currencies share (currencies.yaml `shared`)."""
    default: str
    re_symbol: re.Pattern  # in a figure's text: "Rs 18.9 trillion", "2 bln rupees"
    re_country: re.Pattern  # any of the countries' words; group `c<i>` names codes[i]
    codes: tuple[str, ...]
    guess: bool = False  # the default is one of many alike ("pesos"): a guess when no country is named


def _shared_currencies(cur: dict) -> tuple[SharedCurrency, ...]:
    out = []
    for name, grp in (cur.get("shared") or {}).items():
        countries = {str(k): [str(w) for w in v] for k, v in (grp.get("countries") or {}).items()}
        codes = tuple(countries)
        # names that hold a country's word but are no country come first, so they are
        # read whole and name nothing ("the Indian Ocean")
        alts = [rf"(?P<no>{_alt(grp.get('not_country') or [])})"] if grp.get("not_country") else []
        alts += [rf"(?P<c{i}>{_alt(countries[code])})" for i, code in enumerate(codes)]
        out.append(SharedCurrency(
            default=str(grp.get("default") or codes[0]),
            re_symbol=re.compile(rf"(?<![A-Za-z])(?:{_alt(grp.get('symbols') or [name])})(?![A-Za-z])",
                                 re.IGNORECASE),
            re_country=re.compile(rf"\b(?:{'|'.join(alts)})\b", re.IGNORECASE),
            codes=codes, guess=bool(grp.get("guess"))))
    return tuple(out)


@dataclass(frozen=True)
class GluedCurrency:
    """A symbol glued to the digits that is a currency only in news about its country
    (currencies.yaml `glued`: "N437.3bn" in a Nigerian paper)."""
    symbol: str
    code: str
    min_named: int  # times the text names the country when its headline and dateline do not
    re_glued: re.Pattern  # the symbol glued to a digit, no word character before it
    country: SharedCurrency  # the country's words, for the test shared currencies use


def _glued_currencies(cur: dict) -> tuple[GluedCurrency, ...]:
    out = []
    for sym, grp in (cur.get("glued") or {}).items():
        code = str(grp["code"])
        out.append(GluedCurrency(
            symbol=str(sym), code=code, min_named=int(grp.get("min_named") or 1),
            # the symbol first, then what is around it: the engine skips to the symbol
            # in a tight loop rather than trying the lookbehind at every character
            re_glued=re.compile(rf"{re.escape(str(sym))}(?<!\w{re.escape(str(sym))})(?=\d)"),
            country=SharedCurrency(
                default=code, re_symbol=re.compile(rf"(?<!\w){re.escape(str(sym))}(?=\d)"),
                re_country=re.compile(rf"\b(?:(?P<c0>{_alt([str(w) for w in grp.get('countries') or []])}))\b",
                                      re.IGNORECASE),
                codes=(code,))))
    return tuple(out)


def _second_words(entries) -> re.Pattern | None:
    seconds = {str(w).split(" ")[-1] for w in entries if " " in str(w)}
    return re.compile("|".join(re.escape(w) for w in sorted(seconds))) if seconds else None


# blanks between the words of one number: never a blank line ("kills one\n\nOne miner")
_GAP = r"(?:[^\S\n]|\n(?![^\S\n]*\n))+"


def grammar(ruleset: RuleSet) -> Grammar:
    return _compile(LexiconKey(ruleset))


@functools.lru_cache(maxsize=8)
@one_off
def _compile(key: LexiconKey) -> Grammar:
    lx = key.ruleset.lexicon
    num, cur, hed = lx("numbers") or {}, lx("currencies") or {}, lx("hedges") or {}
    unit_lx, nq, cat = lx("units") or {}, lx("not_quantities") or {}, lx("categories") or {}
    metre = unit_lx.get("metre_context") or {}
    pound = unit_lx.get("pound_context") or {}

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
    transitive = {str(w).lower() for w in num.get("change_transitive") or []}
    for w, direction in list(change.items()):
        if w not in transitive:
            change.setdefault(present_participle(w), direction)

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
    # thousands grouped by three ("2,700,771"), the Indian way (twos above the thousands:
    # "2,70,771" is 2 lakh 70 thousand 771, "10,00,00,000" ten crore; the only reading of
    # those digits, whether the text is Indian or the grouping a slip: sanity.digit-groups
    # says which), or by blanks ("12 737")
    # (a point right before is a decimal's, unless a letter stands before it: "Kes.273
    # million", "Rs.50" are a currency prefix written close; the reader keeps only those)
    # ([^a-z]: under IGNORECASE the same class as [^A-Za-z], and it leaves the pattern a
    # lower-case copy, core_lower)
    digits = (r"(?<![\d,])(?<![^a-z]\.)(?<!^\.)(?:"
              # stray blanks after the commas of one figure: "7,033, 527", "22, 839, 989" (two
              # blank groups or one after a comma group; "44, 287" alone may be two figures)
              r"\d{1,3}(?:,\d{3})+(?:, \d{3})+(?![\d.,]*\d)|\d{1,3}(?:, \d{3}){2,}(?![\d.,]*\d)"
              r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)"
              r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,]*\d)"
              # the Indian way with stray blanks: "10, 42, 38,677" (two groups of two or more:
              # one may be a list, "rises to 38, 12,000 displaced")
              r"|\d{1,2}(?:, ?\d\d){2,},\d{3}(?![\d.,]*\d)"
              r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]*\d)"
              r"|\d{1,3}(?:, 000)+(?![\d.,]*\d)"  # "100, 000": a stray blank (no count is "000")
              # "($164. 69 million)": a stray blank after the decimal point, a scale word after
              r"|\d+\. \d+(?= (?:million|billion|trillion|mln|bln|bn)\b)"
              r"|\d+(?:\.\d+)?)")
    vague_alt = _alt(vague)
    core = re.compile(
        rf"(?P<clock>\b\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?|\.\d{{1,3}})?\b)"
        rf"|(?P<date>\b\d{{1,4}}(?:/\d{{1,2}}/|\.\d{{1,2}}\.|-\d{{1,2}}-)\d{{1,4}}\b)"
        rf"|(?P<slash>\b(?:\d{{1,3}}(?:\s+|-))?\d{{1,3}}/\d{{1,3}}\b)"
        rf"|(?P<vague>\b(?:{vague_alt})\b(?!\s+of\s+[$€£]?\d))"  # ("scores of 4.75": grades, a noun)
        rf"|(?P<ratio>\b(?:{small}|\d+)\s+(?:times\s+)?(?:in|out\s+of)\s+(?:every\s+)?(?:{small}|\d{{1,3}}(?:,\d{{3}})*)\b(?!\s*(?:%|per\s*cent))"
        rf"|\b(?:{small}|\d{{1,2}})\s+of\s+(?:10|ten|100)\b(?![\d,.%]))"
        rf"|(?P<frac>\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+)?(?:{frac_words})\b)"
        rf"|(?P<fold>\b(?:{small})-?fold\b|\b\d+(?:\.\d+)?-fold\b)"
        rf"|(?P<words>\b(?:a\s+)?(?:{W})(?:(?:-|{_GAP}|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)(?:{W}))*\b)"
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
        dollar_codes=frozenset(str(c) for c in cur.get("dollar_codes") or []),
        outlet_dollars={str(k).lower(): str(v) for k, v in (cur.get("outlet_dollars") or {}).items()},
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
        pound_mass=frozenset(str(w).lower() for w in [*(pound.get("mass") or []), *(pound.get("goods") or [])]),
        pound_money=frozenset(str(w).lower() for w in pound.get("money") or []),
        re_pound_money_after=re.compile(rf"\s+(?:{_alt(pound.get('money_after') or ['to the dollar'])})\b",
                                        re.IGNORECASE),
        race_points=frozenset(str(w).lower() for w in metre.get("race_points") or []),
        spaced_symbols=frozenset(str(w).lower() for w in unit_lx.get("spaced_symbols") or []),
        core=core,
        core_lower=lowered(core.pattern, core.flags),
        re_prefix=re.compile(rf"(?:{_alt(prefixes, False)}|\b(?:{_alt(codes, False)})\s?)\s?$"),
        re_hedge_before=re.compile(rf"(?:^|(?<=[^\w]))(?:{_alt(hedge_before)})\s+$", re.IGNORECASE),
        re_hedge_after=re.compile(
            rf"^(?:\s+(?:{_alt(p for p in hedge_after if p[:1].isalpha())})(?![\w])"
            rf"|(?:{_alt(p for p in hedge_after if not p[:1].isalpha())})(?![\w]))", re.IGNORECASE),
        # ("a 37- billion-dlr package": a hyphen with a stray blank after it)
        re_scale=re.compile(rf"^(?:(?:\s+|-[^\S\n]?)(?P<word>{_alt(scales)})\b"
                            rf"|(?P<att>{abbrev_alt})(?![\w])"
                            rf"|\s(?P<sp>bn|mn|mln|bln|bil|tn|trn|billion|million)\b"
                            # glued to the digits in British copy: "£24million", "£1.46billion"
                            rf"|(?P<gw>million|billion|trillion)\b)", re.IGNORECASE),
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
        re_clock_hours_before=re.compile(rf"\b(?:{_alt(nq.get('clock_hours_before') or ['at'])})\s+$", re.IGNORECASE),
        re_clock_after=re.compile(rf"^\s*(?:{_alt(nq.get('clock_after') or [])})(?![\w])", re.IGNORECASE),
        re_other_dollar=re.compile(rf"\b(?:{_alt(other_dollars)})s?\b", re.IGNORECASE),
        re_prefix_at=re.compile(rf"(?:{_alt(prefixes, False)}|\b(?:{_alt(codes, False)})\s?)"),
        re_quantulum=re.compile(rf"^(?:\s+|-)(?:{_alt(unit_lx.get('quantulum_words') or [])})\b",
                                re.IGNORECASE),
        re_metre_after=re.compile(rf"^[\s-]*(?:(?:{_alt(metre.get('between') or [])})[\s-]+){{0,2}}"
                                  rf"(?:{_alt(metre.get('after') or [])})(?![\w])|^\s*\(\s*[\d.,]+\s*(?:ft|feet|foot|yards?|yd)\b",
                                  re.IGNORECASE),
        # not a word of a hyphenated compound ("a double-decker ferry", "twice-weekly",
        # "double-digit"), nor "double" after "a"/"an" ("a double murder"): an adjective
        re_multiplier=re.compile(rf"(?<![\w-])(?<!\ba\s(?=doubles?\b))(?<!\ban\s(?=doubles?\b))"
                                 rf"({_alt(multipliers)})\b(?!-[A-Za-z])", re.IGNORECASE),
        re_or_within=re.compile(rf"\s+or\s+(?:(?:{_alt(hed.get('within_range') or [])})\s+)?", re.IGNORECASE),
        re_list_or=re.compile(rf",?\s+or\s+(?:(?:{_alt(hed.get('within_range') or [])})\s+)?", re.IGNORECASE),
        multiplier_needles=needles(multipliers),
        odds_words=frozenset(str(w).lower() for w in num.get("odds_words") or []),
        multiplier_claims=frozenset(str(w).lower() for w in
                                    [*(num.get("multiplier_verbs") or []), *(num.get("multiplier_adverbs") or [])]),
        multiplier_adverbs=frozenset(str(w).lower() for w in num.get("multiplier_adverbs") or []),
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
        shared_currencies=_shared_currencies(cur),
        glued_currencies=_glued_currencies(cur),
    )
