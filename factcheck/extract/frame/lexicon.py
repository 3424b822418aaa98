"""rules/lexicons/frames.yaml (and the event categories of categories.yaml) read
once per rule set into the sets and patterns the frame steps use."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ...deadline import one_off
from ...regexwords import alternation, fast_compile, trie_alternation
from ...rules import LexiconKey, RuleError
from ..link.measure import _LY_NOUNS
from ..numbers.lexicon import present_participle


@dataclass(frozen=True)
class Lexicon:
    clause_end: re.Pattern       # what ends a clause after a figure
    clause_start: re.Pattern     # ... and before it (the last match before the figure)
    hedges: frozenset[str]
    linking: frozenset[str]
    change_nouns: dict[str, str]  # noun -> "rise" | "fall"
    part_cue: re.Pattern         # a part cue ending just before the figure's words
    other_group: frozenset[str]
    targets: frozenset[str]
    stock_heads: frozenset[str]
    same_counts: dict[str, str]  # "head" or "head verb" -> the one name of that quantity
    events: tuple[tuple[str, re.Pattern], ...]  # event category -> its words, whole
    event_word: re.Pattern       # the events' words as one pattern, a group each (e0, e1, ...)
    targets_rx: re.Pattern       # a target word as a whole word
    currency_words: frozenset[str]
    measure_nouns: frozenset[str] = frozenset()
    payment_forms: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    verb_nouns: dict[str, str] | None = None  # "earned" -> "earnings"
    change_verbs: dict[str, str] | None = None  # "increase" -> "rise"
    rate_nouns: frozenset[str] = frozenset()
    levels_of_money: frozenset[str] = frozenset()
    superseded: re.Pattern = re.compile(r"(?!)")  # an earlier statement the text replaces
    ordinals: dict[str, str] = field(default_factory=dict)  # "2nd" -> "second"
    instance_nouns: frozenset[str] = frozenset()  # "series", "class", "tranche"
    quote_verbs: frozenset[str] = frozenset()  # "Hercules fell 2-1/4": a name's share price
    holding_verbs: frozenset[str] = frozenset()  # "owns 60% of Banco Norte": a stake
    buying_verbs: frozenset[str] = frozenset()  # "acquires 9.9 pct of Piedmont": a stake
    estimate_nouns: frozenset[str] = frozenset()  # "below the government's forecast of 2.5 mln"
    estimate_verbs: frozenset[str] = frozenset()  # "estimated 1986 production at 1.8 mln tonnes"
    having: re.Pattern = re.compile(r"(?!)")   # "has 120 aircraft": a verb of having ending before a count
    issuing: re.Pattern = re.compile(r"(?!)")  # "is issuing a 15 billion yen eurobond": ... before a sum
    # frames.yaml subject_verbs, read as patterns: a name that owns the sum after it ("Chase
    # Manhattan Corp reported"; group 1, the name), and what may follow a clause's subject
    reporter: re.Pattern = re.compile(r"(?!)")
    subject_verb: re.Pattern = re.compile(r"(?!)")
    # frames.yaml plain_reporting_verbs after reporting_pronouns, news_agencies, agency_verbs,
    # organisation_nouns
    pronoun_says: re.Pattern = re.compile(r"(?!)")  # "He said (that) "
    news_agency: str = r"(?!)"                     # "news agency", as a regex alternation
    agency_heads: tuple[str, ...] = ()              # ... and its last words ("agency")
    agency_says: re.Pattern = re.compile(r"(?!)")   # "said (that) ", "reported " after an agency
    the_org: re.Pattern = re.compile(r"(?!)")       # "the system": group 1 the noun
    containers: frozenset[str] = frozenset()  # "945,000 boxes of oranges": what the boxes hold is counted
    participles: frozenset[str] = frozenset()  # "two people taken to hospital": a verb not in -ed
    stance_participles: frozenset[str] = frozenset()  # "34 people were confirmed dead": the state's event
    people: frozenset[str] = frozenset()  # categories.yaml people_nouns: nouns that count people
    tallies: frozenset[str] = frozenset()  # "the death toll ... rose to 5,147": its word says what is counted
    # after a figure: a superlative that selects it from a set ("two biggest", "three most
    # populous"); before one: "the top"
    superlative: re.Pattern = re.compile(r"(?!)")
    top_before: re.Pattern = re.compile(r"(?!)")
    pool_before: re.Pattern = re.compile(r"(?!)")   # "drawn from a drum of ": group 1 the noun
    remainder: re.Pattern = re.compile(r"(?!)")     # "135 bodies still thought buried": those left
    # "in Kabul", "in nearby Cebu province": group 1 the place
    in_place: re.Pattern = re.compile(r"(?!)")
    # frames.yaml organisation_heads, referring_pronouns and _nouns, reporter_nouns (subject.py)
    owner_noun: re.Pattern = re.compile(r"(?!)")    # "Outokumpu group had": the noun after a name
    apposed_name: re.Pattern = re.compile(r"(?!)")  # "'s mining group Outokumpu Oy": group 1 the name
    back: re.Pattern = re.compile(r"(?!)")          # "its", "the company": refers back to a name
    definite: re.Pattern = re.compile(r"(?!)")      # "the talks": a definite other than a reporter noun

    # joined once per lexicon (the lexicon is built once per rule set and kept), not for
    # every figure or clause that reads them
    @functools.cached_property
    def known_verbs(self) -> frozenset[str]:
        """targets | reporting: the words the lexicons know as verbs."""
        return self.targets | self.reporting

    @functools.cached_property
    def ordinal_words(self) -> frozenset[str]:
        """The ordinals' spellings (the keys of `ordinals`)."""
        return frozenset(self.ordinals)


def _words(lx: dict, name: str) -> list[str]:
    return [str(w).lower() for w in lx.get(name) or []]


class _Read(dict):
    """frames.yaml as read: the keys asked for are noted, so any other is an error."""
    def __init__(self, data: dict):
        super().__init__(data)
        self.read: set[str] = set()

    def get(self, k, default=None):
        self.read.add(k)
        return super().get(k, default)


@functools.lru_cache(maxsize=8)
@one_off
def lexicon(key: LexiconKey) -> Lexicon:
    lx = _Read(key.ruleset.lexicon("frames") or {})
    built = _build(key, lx)
    unknown = sorted(set(lx) - lx.read)
    if unknown:  # name the files that write them
        files = [str(f) for d in key.ruleset.dirs for f in sorted(Path(d).glob("lexicons/**/frames.yaml"))
                 if set(unknown) & set(yaml.safe_load(f.read_text(encoding="utf-8")) or {})]
        raise RuleError(f"{', '.join(files) or 'frames.yaml'}: unknown key {', '.join(unknown)}; "
                        f"known: {', '.join(sorted(lx.read))}")
    return built


def _build(key: LexiconKey, lx: _Read) -> Lexicon:
    conj = alternation(_words(lx, "clause_conjunctions")) if lx.get("clause_conjunctions") else r"(?!)"
    # ";", ":", a dash between blanks, a bracket, or a comma before a conjunction
    stop = rf"[;:()\[\]]|\s[-\u2013\u2014]{{1,2}}\s|,\s+(?:{conj})\b"
    change = {str(w).lower(): d for d, ws in (lx.get("change_nouns") or {}).items() for w in ws or []}
    cues = _words(lx, "part_cues")
    part = re.compile(rf"\b(?:{alternation(cues)})\b[^.;:]{{0,40}}$", re.I) if cues else re.compile(r"(?!)")
    same = {}
    for name, entries in (lx.get("same_counts") or {}).items():
        for e in entries or []:
            same[" ".join(str(e).lower().split())] = str(name)
    cats = key.ruleset.lexicon("categories") or {}
    events = []
    for c in cats.get("categories") or []:
        words = [str(w).lower() for w in c.get("words") or []]
        if c.get("event") and words:
            events.append((str(c.get("name")), re.compile(rf"(?:{alternation(words)})(?:s|es|ed|d|ing)?", re.I)))
    # one fullmatch instead of one per category: the alternatives are tried in order,
    # so the group that matches is that of the first category whose words fit
    event_word = re.compile("|".join(f"(?P<e{k}>{rx.pattern})" for k, (_, rx) in enumerate(events)) or r"(?!)", re.I)
    targets = _words(lx, "target_words")
    # (not a word of intention that modifies a noun of a balance: "the budget deficit fell to")
    heads = _words(lx, "target_modified_heads")
    not_modifier = rf"(?!\s+(?:{alternation(heads)})\b)" if heads else ""
    targets_rx = re.compile(rf"(?<![\w’'-]){trie_alternation(targets)}(?![\w’'-]){not_modifier}", re.I) \
        if targets else re.compile(r"(?!)")
    cur = key.ruleset.lexicon("currencies") or {}
    currency = {str(w).lower() for w in (cur.get("names") or {})} | {str(w).lower() for w in (cur.get("prefixes") or {})}
    currency |= {"pct", "percent", "per cent", "%", "percentage points", "points", "mln", "billion", "bln"}
    return Lexicon(fast_compile(stop, re.I), fast_compile(stop, re.I), frozenset(_words(lx, "hedge_words")),
                   frozenset(_words(lx, "linking_verbs")), change, part, frozenset(_words(lx, "other_group")),
                   frozenset(_words(lx, "target_words")), frozenset(_words(lx, "stock_heads")), same,
                   tuple(events), event_word, targets_rx, frozenset(currency), frozenset(_words(lx, "measure_nouns")),
                   frozenset(_words(lx, "payment_forms")), frozenset(_words(lx, "reporting_verbs")),
                   {str(v).lower(): str(n) for n, vs in (lx.get("verb_nouns") or {}).items() for v in vs or []},
                   {form: d for d, ws in (lx.get("change_verbs") or {}).items() for w in ws or []
                    for form in (str(w).lower(), present_participle(str(w).lower()))},
                   frozenset(_words(lx, "rate_nouns")), frozenset(_words(lx, "money_level_nouns")),
                   re.compile(rf"\b(?:{alternation(_words(lx, 'superseded_cues'))})\b", re.I)
                   if lx.get("superseded_cues") else re.compile(r"(?!)"),
                   {str(w).lower(): str(n) for n, ws in (lx.get("ordinals") or {}).items() for w in ws or []},
                   frozenset(_words(lx, "instance_nouns")),
                   frozenset(_words(lx, "quote_verbs")),
                   frozenset(_words(lx, "holding_verbs")), frozenset(_words(lx, "buying_verbs")),
                   frozenset(_words(lx, "estimate_nouns")), frozenset(_words(lx, "estimate_verbs")),
                   _ending(_words(lx, "having_verbs"), _HAVING_FILL), _ending(_words(lx, "issue_words"), _ISSUE_FILL),
                   *_subject_verbs(lx.get("subject_verbs") or {}), *_reporters(lx),
                   containers=frozenset(_words(lx, "container_nouns")),
                   participles=frozenset(_words(lx, "irregular_participles")),
                   stance_participles=frozenset(_words(lx, "stance_participles")),
                   people=frozenset(str(w).lower() for w in cats.get("people_nouns") or []),
                   tallies=frozenset(_words(lx, "tally_nouns")),
                   **_selections(lx), **_referring(lx))


# a capitalised word: an initialism ("U.S.") or a word with a capital ("Outokumpu", "AT&T")
CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&’'.-]*)"


def _referring(lx: dict) -> dict:
    """The patterns of the words that name or refer back to an organisation (subject.py)."""
    org = alternation(_words(lx, "organisation_heads"))
    # as written, with a capital or not at the first letter only ("Its", "The company")
    pron = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(_words(lx, "referring_pronouns")))
    back = rf"[Tt]he\s+{alternation(_words(lx, 'referring_nouns'))}"
    reporter = "|".join(rf"{re.escape(w)}\b" for w in _words(lx, "reporter_nouns"))
    return {
        "owner_noun": re.compile(rf"\s+{org}\b(?=\s+[a-z])"),
        "apposed_name": re.compile(rf"(?:\s+[a-z][\w-]*){{0,4}}\s+{org}\s+({CAP}(?:\s+{CAP})*)"),
        "back": re.compile(rf"\b(?:{pron + '|' if pron else ''}{back})\b"),
        "definite": re.compile(rf"(?:the|a|an)\s+(?!{reporter or '(?!)'})", re.I),
    }


_HEDGE_BEFORE = r"(?:(?:about|some|nearly|almost|around|roughly|up\s+to|more\s+than|at\s+least|only|just)\s+)*"


def _selections(lx: dict) -> dict:
    """The superlative, pool, remainder and place-position readings of frames.yaml."""
    sup = _words(lx, "superlatives")
    pools = _words(lx, "pool_nouns")
    pos = _words(lx, "place_position_words")
    left = _words(lx, "remainder_words")
    position = rf"(?:(?:the\s+)?(?:{alternation(pos)})\s+)?" if pos else ""
    parts = _words(lx, "place_part_nouns")
    if parts:  # "in government-held areas of Syria", "in the southern part of Italy": Syria's, Italy's part
        position += rf"(?:(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:{alternation(parts)})\s+of\s+)?"
    return {
        "superlative": re.compile(rf"\s+(?:(?:most|least)\s+[a-z]+|(?:{alternation(sup)}))\s+[a-z]", re.I)
        if sup else re.compile(r"(?!)"),
        "top_before": fast_compile(rf"\b(?:the|its|their|his|her|our)\s+top\s+{_HEDGE_BEFORE}$", re.I),
        "pool_before": fast_compile(rf"\b(?:an?|the|its|their|one|each)\s+(?:[a-z-]+\s+)?({alternation(pools)})\s+of\s+"
                                  rf"{_HEDGE_BEFORE}$", re.I) if pools else re.compile(r"(?!)"),
        # a noun of up to three words (no verb) after the figure, then a remainder word
        "remainder": re.compile(rf"\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|could|"
                                rf"can|may|might|must|should)\b)[a-z][\w’'-]*\s+){{1,3}}?(?:{alternation(left)})\b",
                                re.I) if left else re.compile(r"(?!)"),
        # "in", "near", "within" or "inside" at a word's start, opening with the literal for a
        # fast search ("displaced within Sudan" is Sudan's figure as "in Sudan" is)
        "in_place": re.compile(rf"(?:in(?<!\w..)|near(?<!\w....)|within(?<!\w......)|inside(?<!\w......))\s+{position}"
                               rf"((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"),
    }


def _reporters(lx: dict) -> tuple[re.Pattern, str, tuple[str, ...], re.Pattern, re.Pattern]:
    """(pronoun_says, news_agency, agency_heads, agency_says, the_org) from frames.yaml."""
    says = _words(lx, "plain_reporting_verbs")
    extra = set(says) - set(_words(lx, "reporting_verbs"))
    if extra:
        raise RuleError(f"frames.yaml plain_reporting_verbs: {', '.join(sorted(extra))} not in reporting_verbs")
    pronouns = [w.capitalize() for w in _words(lx, "reporting_pronouns")]
    pronoun_says = re.compile(rf"(?:{alternation(pronouns)})\s+(?:also\s+)?(?:{alternation(says)})\s+(?:that\s+)?") \
        if pronouns and says else re.compile(r"(?!)")
    agency_says = says + _words(lx, "agency_verbs")
    agency_says = re.compile(rf"\b(?:{alternation(agency_says)})\s+(?:that\s+)?") if agency_says else re.compile(r"(?!)")
    nouns = _words(lx, "organisation_nouns")
    the_org = re.compile(rf"(?:[a-z]+\s+of\s+)?the\s+({alternation(nouns)})\b") if nouns else re.compile(r"(?!)")
    agencies = _words(lx, "news_agencies")
    heads = tuple(sorted({w.split()[-1] for w in agencies if w.split()}))
    return pronoun_says, alternation(agencies), heads, agency_says, the_org


_SUFFIXES = r"(?:Inc|Corp|Co|Ltd|PLC|plc|AG|SA|NV|LLC)"
# a date between a subject and its verb ("Brazil on February 20 suspended"; the frame
# step masks a date to commas)
_TIME_BETWEEN = r"(?:(?:on|in)\s+(?:,+|[A-Z][a-z]+\.?\s+\d{1,2}|\d{4})\s+)?"


def _subject_verbs(verbs: dict) -> tuple[re.Pattern, re.Pattern]:
    """(reporter, subject_verb) from frames.yaml subject_verbs: a capitalised name (its
    company suffix apart) before an owning verb; and after a subject, a comma (an
    apposition: "Inditex, Zara's owner, said"), or a verb (group 1): a regular form by
    its ending or a listed one, after an adverb in -ly that is no noun ("Money supply is
    well under control" names no one)."""
    owns = [str(w).lower() for w in verbs.get("owns") or []]
    acts = owns + [str(w).lower() for w in verbs.get("acts") or []]
    reporter = re.compile(
        rf"((?:[A-Z][\w&-]*)(?:\s+(?:[A-Z][\w&.-]*|&|of))*?)(?:\s+{_SUFFIXES}\.?)?,?"
        rf"\s+(?:{alternation(owns)})\b") if owns else re.compile(r"(?!)")
    verb = re.compile(
        rf"\s*(?:{_SUFFIXES}\b\.?)?\s*{_TIME_BETWEEN}(?:,|(?:(?:also|today|now|still|again|"
        rf"(?!(?:{'|'.join(sorted(_LY_NOUNS))})\b)[a-z]+ly)\s+)?"
        rf"([a-z]+(?:ed|es|s)|{alternation(acts)})\b)")
    return reporter, verb


# what may stand between a verb of having or issuing and its figure
_HAVING_FILL = r"(?:(?:about|some|nearly|almost|around|roughly|approximately|more\s+than|over|at\s+least|only|just|a\s+total\s+of)\s+)*"
_ISSUE_FILL = r"(?:(?:a|an|the|of|its|their|some|about|approximately|nearly|up\s+to|new|additional|another)\s+){0,3}"


def _ending(words: list[str], fill: str) -> re.Pattern:
    """One of the words, then only filler, to the end of the text before a figure."""
    if not words:
        return re.compile(r"(?!)")
    return fast_compile(rf"\b(?:{alternation(words)})\s+{fill}$", re.I)
