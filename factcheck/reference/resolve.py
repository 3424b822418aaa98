"""Which place or organisation a figure is about, read from its context.

The order of search: the claim's subject, then its sentence (nearest name
before the figure, then after), then up to `lookback` sentences before it,
then the headline. A hint in the subject or just before the figure ("city of",
"a nation of") says whether a city or a country is meant. Among places of the
same name, a country named nearby picks one; else the most populous is used,
and the resolution says so (and that naming the country would settle it).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from typing import Any, Iterable, Iterator

from ..cachekeys import Same
from ..model import Claim, Document
from ..regexwords import fast_compile
from .index import Mention, ReferenceIndex
from .model import Entity, norm

PLACE_KINDS = ("city", "country", "other")


@dataclass(frozen=True)
class Resolution:
    entity: Entity
    mention: str  # the words in the text that named it
    where: str  # "the subject", "the same sentence", "2 sentences before", "the headline"
    why: str  # how the entity was chosen among same-named ones
    others: tuple[Entity, ...] = ()  # other places of that name, when the choice was a guess
    # the name with the words that make it an area's around, beyond or within the place
    # ("coastal region of Valparaíso", "Greater London"): the figure is the area's
    area: str | None = None

    @property
    def guessed(self) -> bool:
        return bool(self.others)

    def explain(self, idx: ReferenceIndex) -> str:
        return f"{label(idx, self.entity)}, named in {self.where} (\"{self.mention}\"); {self.why}"


@dataclass
class Scope:
    """Mentions around a claim, nearest first, with where each was found."""

    items: list[tuple[Mention, str]] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)


def label(idx: ReferenceIndex, ent: Entity) -> str:
    if ent.kind == "city" and ent.country:
        c = idx.country(ent.country)
        return f"{ent.name}, {c.name if c else ent.country}"
    return ent.name


def stopwords(lex: dict[str, Any]) -> frozenset[str]:
    """The lexicon's `stop` words, `area_prefixes` ("Greater" London) and the nouns of
    areas and places ("Kabul Province", "Lagos State"): capitalised words that are no
    place of their own and open no name of their own either."""
    return _stopwords(Same(lex))  # (made once per lexicon)


@functools.lru_cache(maxsize=8)
def _stopwords(lex: Same) -> frozenset[str]:
    keys = ("stop", "area_prefixes", "area_nouns", "place_nouns")
    return frozenset(norm(w) for k in keys if isinstance(lex.obj.get(k), list) for w in lex.obj[k] if isinstance(w, str))


class TextMentions:
    """The names found in one text, span by span: each span (a sentence, the
    headline, a subject) is scanned once and the result shared by every claim and
    every reference rule of a check run. The lists returned are shared: read only."""

    def __init__(self, text: str, idx: ReferenceIndex, stop: frozenset[str]):
        self.text, self.idx, self.stop = text, idx, stop
        self._found: dict[tuple[int, int], list[Mention]] = {}
        self._placed: dict[tuple[int, int], list[Mention]] = {}
        self._views: dict[tuple[int, int], _SpanView] = {}

    def view(self, start: int, end: int) -> "_SpanView":
        """The span's names read for the figures in it (see _SpanView), made once."""
        found = self._views.get((start, end))
        if found is None:
            found = self._views[(start, end)] = _SpanView(self, start, end)
        return found

    def __call__(self, start: int, end: int) -> list[Mention]:
        found = self._found.get((start, end))
        if found is None:
            found = self._found[(start, end)] = self.idx.mentions(self.text, start, end, self.stop)
        return found

    def candidates(self, start: int, end: int) -> list[Mention]:
        """The span's names less the countries that only locate a city before them."""
        found = self._placed.get((start, end))
        if found is None:
            found = self._placed[(start, end)] = _drop_locators(self.text, self(start, end))
        return found


def _named_places(ments: Iterable[Mention]) -> tuple[set[str], set[str]]:
    """The countries (named alone) and regions these names stand for."""
    countries, regions = set(), set()
    for m in ments:
        for e in m.entities:
            if e.kind == "country" and e.country and len(m.entities) == 1:
                countries.add(e.country)
            if e.kind == "region" and e.region:
                regions.add(e.region)
    return countries, regions


class _SpanView:
    """A sentence's names as every figure in it reads them, worked out once per
    sentence rather than once per figure: the names before or after an offset are
    found by bisection (the finder lists names in text order; other lists are read in
    full), the subject's place in the sentence once per subject, and the countries
    and regions named."""

    def __init__(self, tm: TextMentions, start: int, end: int):
        self.tm, self.start, self.end = tm, start, end
        self.raw = tm(start, end)
        self.here = tm.candidates(start, end)
        self.raw_ends = [m.end for m in self.raw]
        self.here_ends = [m.end for m in self.here]
        self.here_starts = [m.start for m in self.here]
        self.in_order = all(x == sorted(x) for x in (self.raw_ends, self.here_ends, self.here_starts))
        self.countries, self.regions = _named_places(self.raw)
        self._subjects: dict[str, tuple[int, int] | None] = {}
        self._low: str | None = None

    def last_raw_ending_by(self, a: int) -> Mention | None:
        if self.in_order:
            k = bisect_right(self.raw_ends, a)
            return self.raw[k - 1] if k else None
        return next((m for m in reversed(self.raw) if m.end <= a), None)

    def here_before(self, a: int) -> Iterator[Mention]:
        """The candidates ending by `a`, nearest first."""
        if not self.in_order:
            yield from reversed([m for m in self.here if m.end <= a])
            return
        for k in range(bisect_right(self.here_ends, a) - 1, -1, -1):
            yield self.here[k]

    def here_from(self, b: int) -> Iterator[Mention]:
        """The candidates starting at or after `b`, in order."""
        if not self.in_order:
            yield from (m for m in self.here if m.start >= b)
            return
        for k in range(bisect_left(self.here_starts, b), len(self.here)):
            yield self.here[k]

    def subject_at(self, subj: str) -> tuple[int, int] | None:
        """Where the subject (stripped) is first written in the span, case-blind
        after an exact search (the span lower-cased once)."""
        if subj in self._subjects:
            return self._subjects[subj]
        text, start, end = self.tm.text, self.start, self.end
        i = text.find(subj, start, end)
        if i < 0:
            if "\u0130" in text:  # lower-cases to two characters: offsets shift
                i = text.lower().find(subj.lower(), start, end)
            else:  # the same offsets: only the span need be lower-cased
                if self._low is None:
                    self._low = text[start:end].lower()
                i = self._low.find(subj.lower())
                i = i + start if i >= 0 else i
        found = self._subjects[subj] = (i, i + len(subj)) if i >= 0 else None
        return found


def text_mentions(doc: Document, idx: ReferenceIndex, lex: dict[str, Any]) -> TextMentions:
    """The document's TextMentions, made once per text, index and stop list (the
    four reference rules of a check run share it)."""
    return _text_mentions(doc.text, idx, stopwords(lex))


@functools.lru_cache(maxsize=16)
def _text_mentions(text: str, idx: ReferenceIndex, stop: frozenset[str]) -> TextMentions:
    return TextMentions(text, idx, stop)


def scope(doc: Document, claim: Claim, idx: ReferenceIndex, lex: dict[str, Any],
          lookback: int = 2, tm: TextMentions | None = None) -> Scope:
    return _LazyScope(doc, claim, idx, lex, lookback, tm).full()


class _LazyScope:
    """A Scope read as far as a resolution needs: its items come nearest first, and
    most figures resolve to a name in their own sentence, so the sentences before
    and the headline are scanned for names only when the search reaches them (or
    when the countries and regions named anywhere in the scope must settle a choice
    among places of one name)."""

    def __init__(self, doc: Document, claim: Claim, idx: ReferenceIndex, lex: dict[str, Any],
                 lookback: int, tm: TextMentions | None):
        self.tm = tm or text_mentions(doc, idx, lex)
        self.doc, self.claim, self.idx, self.lookback = doc, claim, idx, lookback
        self.sent = doc.sentence_at(claim.span[0])
        self.view = self.tm.view(self.sent.start, self.sent.end)
        self.raw = self.view.raw
        self.seen: list[tuple[Mention, str]] = []
        self._rest = _scope_items(doc, claim, idx, lookback, self.tm, self.sent, self.view)

    def __iter__(self) -> Iterator[tuple[Mention, str]]:
        for item in self._rest:
            self.seen.append(item)
            yield item

    def full(self) -> Scope:
        out = Scope(self.seen + list(self._rest))
        self.seen = out.items
        raw = self.raw
        out.countries.update(e.country for m in raw for e in m.entities
                             if e.kind == "country" and e.country and len(m.entities) == 1)
        out.regions.update(e.region for m in raw for e in m.entities if e.kind == "region" and e.region)
        for m, _ in out.items:
            for e in m.entities:
                if e.kind == "country" and e.country and len(m.entities) == 1:
                    out.countries.add(e.country)
                if e.kind == "region" and e.region:
                    out.regions.add(e.region)
        return out

    def named(self) -> tuple[set[str], set[str]]:
        """full()'s countries and regions, without listing the scope: those of the
        sentence's names and of the subject's, and, worked out once per sentence, of
        the sentences before and the headline (every name the scope lists is one of them)."""
        c1, r1 = _named_places(m for m, _ in _subject_items(self.doc, self.claim, self.idx, self.tm, self.sent))
        c2, r2 = _around(self.doc, self.tm, self.sent, self.lookback)
        return self.view.countries | c1 | c2, self.view.regions | r1 | r2


def _subject_items(doc: Document, claim: Claim, idx: ReferenceIndex, tm: TextMentions,
                   sent) -> list[tuple[Mention, str]]:
    if not claim.subject:
        return []
    subj = claim.subject.strip()
    pos = tm.view(sent.start, sent.end).subject_at(subj) if subj else None
    if pos is not None:
        return [(m, "the subject") for m in tm(pos[0], pos[1])]
    # the linker found the subject outside the sentence ("The financial hub" -> Almaty)
    ents = idx.lookup(subj) or idx.lookup(_POSSESSIVE.sub("", subj))
    return [(Mention(claim.span[0], claim.span[0], subj, tuple(ents)), "the figure's subject")] if ents else []


def _sentences_before(doc: Document, sent, lookback: int) -> list:
    """Up to `lookback` sentences before this one (not the headline), nearest first."""
    sents = doc.sentences
    i = sent.index
    if 0 <= i < len(sents) and sents[i] is sent and _indexed(doc):
        out, j = [], i - 1
        while j >= 0 and len(out) < lookback:
            if not sents[j].headline:
                out.append(sents[j])
            j -= 1
        return out
    prev = [s for s in sents if s.index < sent.index and not s.headline]
    return list(reversed(prev[-lookback:]))


def _indexed(doc: Document) -> bool:
    """Whether each sentence's index is its place in the list (read once per document)."""
    found = doc.shared.get("reference.resolve.indexed")
    if found is None:
        found = doc.shared["reference.resolve.indexed"] = all(s.index == i for i, s in enumerate(doc.sentences))
    return found


def _around(doc: Document, tm: TextMentions, sent, lookback: int) -> tuple[set[str], set[str]]:
    """The countries and regions named in the `lookback` sentences before and in the
    headline (as the scope lists them), once per sentence and document."""
    memo = doc.shared.setdefault("reference.resolve.around", {})
    key = (id(tm), sent.start, sent.end, lookback)
    found = memo.get(key)
    if found is None:
        ments = [m for s in (_sentences_before(doc, sent, lookback) if lookback else ())
                 for m in tm.candidates(s.start, s.end)]
        if doc.headline is not None and doc.headline.index != sent.index:
            ments += tm(doc.headline.start, doc.headline.end)
        found = memo[key] = _named_places(ments)
    return found


def _scope_items(doc: Document, claim: Claim, idx: ReferenceIndex, lookback: int,
                 tm: TextMentions, sent, view: _SpanView) -> Iterator[tuple[Mention, str]]:
    """The scope's mentions, nearest first: the name the figure hangs on, the subject,
    the same sentence (before the figure, nearest first, then after), up to `lookback`
    sentences before, the headline."""
    last = view.last_raw_ending_by(claim.span[0])
    if last is not None and _ATTACHED.fullmatch(doc.text, last.end, claim.span[0]):
        # "Yerevan (1.1 million inhabitants)", "Almaty, pop. 2m": the name the figure hangs on
        yield (last, "the name the figure is attached to")
    # a place after a preposition ("across the estuary from Hong Kong", "larger than
    # Washington") is only mentioned beside the clause's subject: it comes after the rest
    text = doc.text
    subject = [x for x in _subject_items(doc, claim, idx, tm, sent)
               if not _after(_ASIDE, text, x[0]) and not _office(text, x[0], claim)]
    yield from subject
    aside = []
    for m in (*view.here_before(claim.span[0]), *view.here_from(claim.span[1])):
        if _office(text, m, claim) or m.start >= claim.span[1] and _CLAUSE_MARK.search(text, claim.span[1], m.start):
            continue  # (after a colon or semicolon: another clause's place, "the state of 30 million
            # people: Some fatalities were nearly as far north as Oklahoma")
        if _after(_ASIDE, text, m):
            aside.append(m)
        else:
            yield (m, "the same sentence")
    for m in aside:
        yield (m, "the same sentence, after a preposition")
    if lookback:
        for k, s in enumerate(_sentences_before(doc, sent, lookback), 1):
            where = "the sentence before" if k == 1 else f"{k} sentences before"
            for m in reversed(tm.candidates(s.start, s.end)):
                yield (m, where)
    if doc.headline is not None and doc.headline.index != sent.index:
        for m in tm(doc.headline.start, doc.headline.end):
            yield (m, "the headline")


_POSSESSIVE = re.compile(r"['’]s$")
_CLAUSE_MARK = re.compile(r"[;:]")
# prepositions that put a place beside the clause's subject, never in its place ("of" and
# "in" are left out: "the population of Latvia", "the people in Riga" name the subject)
_ASIDE = fast_compile(r"\b(?:from|than|across|near|beside|besides|like|unlike|toward|towards|to|"
                    r"with|into|beyond|outside|against|versus|vs)\s+(?:the\s+)?$", re.IGNORECASE)


# a place a sentence sets apart from its figure is never the figure's, nor is the same name
# earlier ("The national population, excluding Puerto Rico, was estimated at 334,914,895")
_EXCLUDED = re.compile(r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|"
                       r"not\s+counting|outside\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


# a title of office before a name: "Gaston Browne, the prime minister of Antigua and Barbuda,"
_TITLE_OF = fast_compile(r"\b(?:president|minister|premier|governor|mayor|ambassador|envoy|king|queen|"
                         r"chief|head|leader|spokes(?:man|woman|person)|secretary|chairman|chairwoman|"
                         r"director|commissioner)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_REPORTED = fast_compile(r"\b(?:said|says|told|added|announced|stated)\b")


def _office(text: str, m: Mention, claim: Claim) -> bool:
    """The name is the office of a speaker whose words hold the figure ("Gaston Browne, the
    prime minister of Antigua and Barbuda, said the island of 1,600 people was barely
    habitable"): it says who speaks, not whose the figure is."""
    return m.end <= claim.span[0] and _after(_TITLE_OF, text, m, 30) \
        and _REPORTED.search(text, m.end, claim.span[0]) is not None


def _after(pattern: re.Pattern, text: str, m: Mention, reach: int = 16) -> bool:
    """Whether the name, written in the text, stands right after words `pattern` ends on
    (_ASIDE: a preposition that puts it beside the subject; _EXCLUDED: set apart)."""
    return m.start < m.end and pattern.search(text, max(0, m.start - reach), m.start) is not None
_LETTERS = fast_compile(r"[a-z]+")


_ATTACHED = re.compile(r"\s*(?:\(|,)\s*(?:(?:pop\.|population:?)\s*)?"
                       r"(?:(?:about|around|some|nearly|almost|roughly|over|more than|fewer than)\s+)?",
                       re.IGNORECASE)

# between a city and its country: ", ", " in (the) ", " - ", or a region in between
# ("London, Ontario, Canada")
_LOCATOR_GAP = re.compile(r"\s*(?:,|\s-|\sin(?:\sthe)?)\s*(?:[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2},\s*)?")


def _drop_locators(text: str, ments: list[Mention]) -> list[Mention]:
    """"Birmingham in the United Kingdom", "London, Ontario, Canada": the country (and a
    region between) only locate the city before them; they are not candidates
    themselves (the country's name still counts as context)."""
    drop: set[int] = set()
    for i, m in enumerate(ments):
        codes = {e.country for e in m.entities if e.kind == "country"}
        regions = {e.region for e in m.entities if e.kind == "region"}
        if not codes and not regions:
            continue
        for j in (i - 1, i - 2):
            if j < 0:
                break
            city = ments[j]
            if _LOCATOR_GAP.fullmatch(text[city.end:m.start]) and \
                    any(c.kind == "city" and (c.country in codes or c.region in regions)
                        for c in city.entities):
                drop.update(range(j + 1, i + 1))
                break
    return [m for i, m in enumerate(ments) if i not in drop]


def _word_set(lex: dict[str, Any], name: str) -> frozenset:
    words = lex.get(name, ())
    return _words_of(Same(words)) if isinstance(words, list) else frozenset(words)


@functools.lru_cache(maxsize=16)
def _words_of(words: Same) -> frozenset:
    """A lexicon's word list as a set (made once per list)."""
    return frozenset(words.obj)


def kind_hint(doc: Document, claim: Claim, lex: dict[str, Any]) -> str | None:
    """"city" or "country" when the subject or the words before the figure say so."""
    before = doc.text[max(0, claim.span[0] - 40):claim.span[0]].lower()
    after = doc.text[claim.span[1]:claim.span[1] + 25].lower()
    near = " ".join(x for x in ((claim.subject or "").lower(), before.split(",")[-1], after) if x)
    words = set(_LETTERS.findall(near))
    city = not words.isdisjoint(_word_set(lex, "city_nouns"))
    country = not words.isdisjoint(_word_set(lex, "country_nouns"))
    if city and not country:
        return "city"
    if country and not city:
        return "country"
    return None


_WORD_LIST = re.compile(r"\{([a-z_]+)\}")


def expand(pattern: str, lex: dict[str, Any]) -> str:
    """A lexicon pattern with each {name} of a word list of that lexicon made "any of its
    words" ("{area_nouns}" -> "(?:metropolitan\\s+area|region|...)", longest first)."""
    def words(m: re.Match) -> str:
        items = lex.get(m.group(1))
        if not isinstance(items, list):
            raise ValueError(f"pattern {pattern!r} names {m.group(0)}, which is no word list of "
                             f"its lexicon")
        alts = sorted({str(w) for w in items if str(w).strip()}, key=lambda w: (-len(w), w))
        return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in alts) + ")"
    return _WORD_LIST.sub(words, pattern)


def patterns(lex: dict[str, Any], name: str, flags: int = 0) -> tuple[re.Pattern, ...]:
    """A lexicon's list of regular expressions, word lists expanded (expand), compiled once
    per list."""
    items = lex.get(name, ())
    if not isinstance(items, list):
        return ()
    return _patterns(Same(items), Same(lex), flags)


@functools.lru_cache(maxsize=64)
def _patterns(items: Same, lex: Same, flags: int) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(expand(x, lex.obj), flags) for x in items.obj)


def area_words(text: str, m: Mention, lex: dict[str, Any]) -> str | None:
    """The name with the words that make it, as written, an area's around, beyond or within
    the place (lexicon place_area_before / place_area_after): "coastal region of Valparaíso"
    in "the coastal region of Valparaíso", "Greater London", "Lagos metropolitan area",
    "Kinshasa and its suburbs"; else None."""
    if m.start >= m.end:  # a subject found outside the text: no words around it
        return None
    before = text[max(0, m.start - 40):m.start]
    for x in patterns(lex, "place_area_before"):
        found = x.search(before)
        if found:
            return " ".join((found.group(0) + text[m.start:m.end]).split())
    after = text[m.end:m.end + 40]
    for x in patterns(lex, "place_area_after"):
        found = x.match(after)
        if found:
            return " ".join((text[m.start:m.end] + found.group(0)).split())
    return None


def place(doc: Document, claim: Claim, idx: ReferenceIndex, lex: dict[str, Any],
          lookback: int = 2, attribute: str = "population",
          tm: TextMentions | None = None) -> Resolution | None:
    """The place a figure is about, or None when no place with `attribute` is named near it.
    When the name chosen stands in a phrase naming an area around, beyond or within the
    place ("the coastal region of Valparaíso", "Greater London"), the resolution says so
    (Resolution.area): the figure is the area's, and no place of the reference is it."""
    sc = _LazyScope(doc, claim, idx, lex, lookback, tm)
    hint = kind_hint(doc, claim, lex)
    first = chosen = None
    excluded: set[str] = set()  # (the sentence's own come first: its exclusion holds before it too)
    for m, where in sc:
        if m.text in excluded or _after(_EXCLUDED, doc.text, m, 20):
            excluded.add(m.text)
            continue
        ents = [e for e in m.entities if e.kind in PLACE_KINDS and idx.fact(e.id, attribute)]
        if not ents:
            continue
        first = first or (m, where, ents)
        if not hint:
            chosen = first
            break
        if any(e.kind == hint for e in ents):
            chosen = (m, where, [e for e in ents if e.kind == hint])
            break
    if first is None:
        return None
    m, where, ents = chosen or first
    res = _pick(idx, m, where, ents, sc)
    area = area_words(doc.text, m, lex)
    if area:
        return dataclasses.replace(res, area=area)  # ("the Gaza Strip": an area, said so)
    if _part_of_named_country(doc.text, idx, m, res.entity, sc) or _island_not_city(doc.text, m, res.entity) \
            or _word_of_longer_name(doc.text, m, res.entity):
        return None
    return res


_NAME_ON_AFTER = re.compile(r"\s+(?:(?:and|&)\s+)?[A-Z]")
_NAME_ON_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+(?:(?:and|&)\s+)?$")


@functools.lru_cache(maxsize=256)  # (once per text and name: a name said many times is read once)
def _in_longer_name(text: str, name: str) -> bool:
    """The name stands somewhere in the text inside a longer one ("Antigua and Barbuda",
    "Papua New Guinea"): a string search, before any lookup."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _NAME_ON_AFTER.match(text, end, end + 12) or _NAME_ON_BEFORE.search(text, max(0, at - 24), at):
            return True
        at = text.find(name, end)
    return False


def _part_of_named_country(text: str, idx: ReferenceIndex, m: Mention, ent: Entity, sc: _LazyScope) -> bool:
    """"Antigua, with a population of around 80,000" in a text naming Antigua and Barbuda:
    a bare name that is a word of a country's name the text gives is that country's
    part, not a namesake (Antigua Guatemala) in a country the text never names."""
    if ent.kind != "city" or not _in_longer_name(text, m.text):
        return False
    countries, _ = sc.named()
    if ent.country in countries:
        return False
    word = re.compile(rf"\b{re.escape(m.text)}\b")
    return any((c := idx.country(code)) is not None and c.name != m.text and word.search(c.name)
               for code in countries)


_CAPITAL_AFTER = re.compile(r" [A-Z][a-z]")


def _word_of_longer_name(text: str, m: Mention, ent: Entity) -> bool:
    """"Some 3,400 people live in Fort Nelson": one word of a longer name the reference
    lacks ("Fort", resolved to Augusta) is no city; the name is the whole run."""
    return ent.kind == "city" and " " not in m.text and _CAPITAL_AFTER.match(text, m.end) is not None


_ISLAND_AFTER = re.compile(r"\s+[Ii]slands?\b")
_ISLAND_BEFORE = fast_compile(r"\b(?:[Ii]slands?\s+of|[Aa]toll\s+of)\s+$")


def _island_not_city(text: str, m: Mention, ent: Entity) -> bool:
    """"Mango island, home to about 50 people", "the island of Nomuka": an island of that
    name is no city of it (Mango in India); a country may be one ("the island of Malta")."""
    return ent.kind == "city" and (_ISLAND_AFTER.match(text, m.end) is not None or _after(_ISLAND_BEFORE, text, m, 20))


def _own_countries(ents: Iterable[Entity]) -> set[str]:
    return {e.country for e in ents if e.kind == "country" and e.country}


def _pick(idx: ReferenceIndex, m: Mention, where: str, ents: list[Entity],
          sc: _LazyScope) -> Resolution:
    ents = sorted(ents, key=lambda e: -idx.population_of(e))
    if len(ents) == 1:
        return Resolution(ents[0], m.text, where, "the only place of that name in the reference")
    countries, regions = sc.named()  # the countries and regions named anywhere around settle which one
    countries = countries - _own_countries(ents)
    in_region = [e for e in ents if e.kind == "city" and e.region in regions]
    if in_region:
        st = next((r for r in idx.lookup_region(in_region[0].region)), None)
        return Resolution(in_region[0], m.text, where,
                          f"the {m.text} in {st.name if st else in_region[0].region}, named nearby "
                          f"(of {len(ents)} places named {m.text})")
    in_ctx = [e for e in ents if e.kind == "city" and e.country in countries]
    if in_ctx:
        c = idx.country(in_ctx[0].country)
        return Resolution(in_ctx[0], m.text, where,
                          f"the {m.text} in {c.name if c else in_ctx[0].country}, "
                          f"a country named nearby (of {len(ents)} places named {m.text})")
    top, rest = ents[0], ents[1:]
    if top.kind == "country" and all(e.kind == "city" and e.country == top.country for e in rest):
        return Resolution(top, m.text, where, "the country rather than its city of that name")
    others = ", ".join(f"{label(idx, e)} ({idx.population_of(e):,.0f})" for e in rest[:3])
    return Resolution(top, m.text, where,
                      f"the most populous of {len(ents)} places named {m.text} "
                      f"(others: {others}); naming the country would settle it",
                      tuple(rest))


def organisation(doc: Document, claim: Claim, idx: ReferenceIndex, lex: dict[str, Any],
                 lookback: int = 3, tm: TextMentions | None = None) -> Resolution | None:
    for m, where in _LazyScope(doc, claim, idx, lex, lookback, tm):
        orgs = [e for e in m.entities if e.kind == "organisation"]
        if orgs:
            return Resolution(orgs[0], m.text, where, "the organisation named nearest the figure")
    return None


def entity_with(doc: Document, claim: Claim, idx: ReferenceIndex, lex: dict[str, Any],
                attribute: str, lookback: int = 2,
                tm: TextMentions | None = None) -> Resolution | None:
    """The nearest named entity of any kind that has a fact for `attribute`."""
    sc = _LazyScope(doc, claim, idx, lex, lookback, tm)
    for m, where in sc:
        ents = [e for e in m.entities if idx.fact(e.id, attribute)]
        if ents:
            return _pick(idx, m, where, ents, sc)
    return None
