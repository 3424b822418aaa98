"""Which place or organisation a figure is about, read from its context.

The order of search: the claim's subject, then its sentence (nearest name
before the figure, then after), then up to `lookback` sentences before it,
then the headline. A hint in the subject or just before the figure ("city of",
"a nation of") says whether a city or a country is meant. Among places of the
same name, a country named nearby picks one; else the most populous is used,
and the resolution says so (and that naming the country would settle it).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from ..cachekeys import Same
from ..model import Claim, Document
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
    words = lex.get("stop", ())
    return _stopwords(Same(words)) if isinstance(words, list) else frozenset()


@functools.lru_cache(maxsize=8)
def _stopwords(words: Same) -> frozenset[str]:
    return frozenset(norm(w) for w in words.obj if isinstance(w, str))


class TextMentions:
    """The names found in one text, span by span: each span (a sentence, the
    headline, a subject) is scanned once and the result shared by every claim and
    every reference rule of a check run. The lists returned are shared: read only."""

    def __init__(self, text: str, idx: ReferenceIndex, stop: frozenset[str]):
        self.text, self.idx, self.stop = text, idx, stop
        self._found: dict[tuple[int, int], list[Mention]] = {}
        self._placed: dict[tuple[int, int], list[Mention]] = {}

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
        self.sent = doc.sentence_at(claim.span[0])
        self.raw = self.tm(self.sent.start, self.sent.end)
        self.seen: list[tuple[Mention, str]] = []
        self._rest = _scope_items(doc, claim, idx, lookback, self.tm, self.sent, self.raw)

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


def _scope_items(doc: Document, claim: Claim, idx: ReferenceIndex, lookback: int,
                 tm: TextMentions, sent, raw: list[Mention]) -> Iterator[tuple[Mention, str]]:
    """The scope's mentions, nearest first: the name the figure hangs on, the subject,
    the same sentence (before the figure, nearest first, then after), up to `lookback`
    sentences before, the headline."""
    before_fig = [m for m in raw if m.end <= claim.span[0]]
    if before_fig and _ATTACHED.fullmatch(doc.text[before_fig[-1].end:claim.span[0]]):
        # "Yerevan (1.1 million inhabitants)", "Almaty, pop. 2m": the name the figure hangs on
        yield (before_fig[-1], "the name the figure is attached to")
    if claim.subject:
        pos = _find_subject(doc.text, claim, sent)
        if pos is not None:
            for m in tm(pos[0], pos[1]):
                yield (m, "the subject")
        else:  # the linker found the subject outside the sentence ("The financial hub" -> Almaty)
            subj = claim.subject.strip()
            ents = idx.lookup(subj) or idx.lookup(_POSSESSIVE.sub("", subj))
            if ents:
                yield (Mention(claim.span[0], claim.span[0], subj, tuple(ents)), "the figure's subject")
    here = tm.candidates(sent.start, sent.end)
    for m in reversed([m for m in here if m.end <= claim.span[0]]):
        yield (m, "the same sentence")
    for m in here:
        if m.start >= claim.span[1]:
            yield (m, "the same sentence")
    if lookback:
        prev = [s for s in doc.sentences if s.index < sent.index and not s.headline]
        for k, s in enumerate(reversed(prev[-lookback:]), 1):
            where = "the sentence before" if k == 1 else f"{k} sentences before"
            for m in reversed(tm.candidates(s.start, s.end)):
                yield (m, where)
    if doc.headline is not None and doc.headline.index != sent.index:
        for m in tm(doc.headline.start, doc.headline.end):
            yield (m, "the headline")


_POSSESSIVE = re.compile(r"['’]s$")
_LETTERS = re.compile(r"[a-z]+")


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


def place(doc: Document, claim: Claim, idx: ReferenceIndex, lex: dict[str, Any],
          lookback: int = 2, attribute: str = "population",
          tm: TextMentions | None = None) -> Resolution | None:
    """The place a figure is about, or None when no place with `attribute` is named near it."""
    sc = _LazyScope(doc, claim, idx, lex, lookback, tm)
    hint = kind_hint(doc, claim, lex)
    first = chosen = None
    for m, where in sc:
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
    return _pick(idx, m, where, ents, sc)


def _own_countries(ents: Iterable[Entity]) -> set[str]:
    return {e.country for e in ents if e.kind == "country" and e.country}


def _pick(idx: ReferenceIndex, m: Mention, where: str, ents: list[Entity],
          sc: _LazyScope) -> Resolution:
    ents = sorted(ents, key=lambda e: -idx.population_of(e))
    if len(ents) == 1:
        return Resolution(ents[0], m.text, where, "the only place of that name in the reference")
    full = sc.full()  # the countries and regions named anywhere around settle which one
    countries, regions = full.countries - _own_countries(ents), full.regions
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


def _find_subject(text: str, claim: Claim, sent) -> tuple[int, int] | None:
    subj = (claim.subject or "").strip()
    if not subj:
        return None
    i = text.find(subj, sent.start, sent.end)
    if i < 0:
        if "\u0130" in text:  # lower-cases to two characters: offsets shift
            i = text.lower().find(subj.lower(), sent.start, sent.end)
        else:  # the same offsets: only the sentence need be lower-cased
            i = text[sent.start:sent.end].lower().find(subj.lower())
            i = i + sent.start if i >= 0 else i
    return (i, i + len(subj)) if i >= 0 else None
