"""The pipeline, wired once: segment -> extract -> link -> check -> Report."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, datetime
from itertools import accumulate, islice

from . import checks, language, pubdate, titled
from .extract import coverage, dates, frame, link, numbers, segment
from .deadline import budget, tick
from .model import Claim, Document, Report
from .reference import window
from .settings import Settings, from_env
from .regexwords import FOLDS_TO_ASCII, fast_compile
from .textinput import is_blank, lone_surrogate


class InputError(ValueError):
    """The caller's input is unusable; the message says why, in one line."""


class TextTooLong(InputError):
    pass


def parse_published(value: date | datetime | str | None, order: str | None = None) -> date | None:
    """The publication date: a date, or a string as people paste it (pubdate.parse;
    order "DMY"/"MDY" reads an all-number date whose day and month could swap)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InputError(f"published must be a date string such as 2022-01-13, not {type(value).__name__}")
    try:
        return pubdate.parse(value, order or None)
    except pubdate.DateProblem as e:
        raise InputError(f"published {e}") from None


def check_unicode(name: str, value: str) -> None:
    """Refuse a lone surrogate in a field (textinput.lone_surrogate), naming it."""
    at = lone_surrogate(value)
    if at is not None:
        raise InputError(f"{name} holds a lone surrogate (U+{ord(value[at]):04X} at character {at}), "
                         f"which is not valid Unicode text")


def make_document(text: str, published=None, title: str | None = None,
                  url: str | None = None, settings: Settings | None = None) -> Document:
    settings = settings or from_env()
    if not isinstance(text, str):
        raise InputError("text must be a string")
    if is_blank(text):
        raise InputError("text is empty")
    if len(text) > settings.max_text_chars:
        raise TextTooLong(f"text is {len(text)} characters; the limit is {settings.max_text_chars}")
    for name, value in (("text", text), ("title", title), ("url", url)):
        if isinstance(value, str):
            check_unicode(name, value)
    pub = parse_published(published, settings.published_order)
    # a given title is the headline; the text's first line is one only when it is the title again
    head = segment.headline_of(text) if title is None or titled.opens_with(text, title) else None
    sentences = segment.split(text, head)
    headline = next((s for s in sentences if s.headline), None)
    if title is None and headline is not None:
        title = headline.text
    given = published.strip() if isinstance(published, str) else None
    return Document(text=text, published=pub, title=title, url=url,
                    sentences=sentences, headline=headline, published_text=given)


def check(text: str, *, published=None, title: str | None = None, url: str | None = None,
          settings: Settings | None = None) -> Report:
    """The report on one article. Raises InputError for unusable input, and
    deadline.CheckTimeout when the check runs past settings.check_budget seconds."""
    settings = settings or from_env()
    with budget(settings.check_budget):
        return _check(text, published, title, url, settings)


def _check(text: str, published, title: str | None, url: str | None, settings: Settings) -> Report:
    whole = make_document(text, published, title, url, settings)
    line = titled.title_line(whole)
    read, moved = titled.with_title(whole, line) if line else (whole, 0)
    doc, cut = within_figure_limit(as_read(read), settings.max_figures)
    tick()
    ruleset = settings.ruleset()
    claims, ignored = extract_claims(doc, ruleset, settings)
    tick()
    other = language.other_language(whole.text)
    findings = [] if other else checks.run(doc, claims, ruleset, settings)
    tick()
    cov = coverage.measure(doc, claims, ignored)
    if moved:
        claims, findings = titled.back_to_text(whole, claims, findings, moved)
        cov = titled.coverage_back(cov, moved)
        cut = None if cut is None else max(0, cut - moved)
    start_of = {c.id: -1 if titled.in_title(c) else c.span[0] for c in claims}
    findings = sorted(findings, key=lambda f: (_first_span(start_of, f.claims), f.rule, f.message))
    findings = [_with_id(f, i) for i, f in enumerate(findings, 1)]
    tick()
    notes = []
    if doc.published is None:
        notes.append(window.note(window.for_document(whole, [c for c in claims if not titled.in_title(c)])
                                 if moved else window.for_document(doc, claims)))
    if cut is not None:
        notes.append(f"The text holds more than {settings.max_figures:,} figures (the max_figures limit): "
                     f"only its first {cut:,} characters were read and checked.")
    if other:
        notes.append(language.note(other))
    notes += doc.notes
    return Report(whole, tuple(claims), tuple(findings), cov, tuple(notes))


_DIGIT_RUN = fast_compile(r"\d++")
# the letters IGNORECASE takes for an ASCII one whose lower() is not it ("ſ" ~ s, "ı" ~ i,
# "İ" lowers to two characters, the Kelvin sign): read as that letter, one for one
_READ_AS = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "I", "\u212a": "K"})


def as_read(doc: Document) -> Document:
    """The document the steps read: `doc` with each FOLDS_TO_ASCII letter as the ASCII
    letter the patterns match it as ("Revſ" is read "Revs", a row label), so a word the
    patterns matched is the word the lexicons look up. Same length, same offsets; the
    report keeps the text as given (claims quote the text as read)."""
    text = doc.text
    if text.isascii() or not any(c in text for c in FOLDS_TO_ASCII):
        return doc
    read = text.translate(_READ_AS)
    head = doc.headline
    sentences = tuple(replace(s, text=read[s.start:s.end]) for s in doc.sentences)
    headline = None if head is None else next(
        (s for s in sentences if s.headline and s.start == head.start), replace(head, text=head.text.translate(_READ_AS)))
    title = doc.title.translate(_READ_AS) if doc.title else doc.title
    return replace(doc, text=read, sentences=sentences, headline=headline, title=title)


def within_figure_limit(doc: Document, limit: int) -> tuple[Document, int | None]:
    """The part of the document the pipeline reads: all of it, unless the text holds
    more than `limit` digit runs (a table dump or garbage, not prose: every figure costs
    ~40 us across the steps, so 100,000 of them would cost seconds). Then the text is
    cut just before the first run past the limit, and the cut offset is returned so
    the report can say so. Offsets stay those of the whole text. limit <= 0: no limit."""
    if limit <= 0 or (len(doc.text) + 1) // 2 <= limit:
        return doc, None  # (runs are apart: a text of n characters holds at most (n + 1) // 2)
    runs = _DIGIT_RUN.finditer(doc.text)
    for _ in islice(runs, limit):
        pass
    past = next(runs, None)
    if past is None:
        return doc, None
    cut = past.start()
    sentences = tuple(s if s.end <= cut else replace(s, end=cut, text=s.text[:cut - s.start])
                      for s in doc.sentences if s.start < cut) or doc.sentences[:1]
    headline = doc.headline if doc.headline is not None and doc.headline.end <= cut else None
    return replace(doc, text=doc.text[:cut], sentences=sentences, headline=headline), cut


def extract_claims(doc: Document, ruleset, settings: Settings) -> tuple[list[Claim], list[tuple[int, int]]]:
    """Every claim of the document, numbered in text order and linked, with the spans
    judged not to be quantities (for coverage). The steps before the checks."""
    temporal = dates.extract(doc, ruleset, settings)
    tick()
    quantities, ignored = numbers.extract(doc, ruleset)
    tick()
    claims = merge(doc, quantities, temporal)
    tick()
    link.link(doc, claims, ruleset)
    tick()
    frame.frame(doc, claims, ruleset, link.money_units(ruleset))
    return claims, ignored


def merge(doc: Document, quantities: list[Claim], temporal: list[Claim]) -> list[Claim]:
    """The quantities outside every date and the temporal claims, in text order, numbered
    and placed in their sentences (a sort and a bisection each: n log n)."""
    # a figure inside a date ("January 22", "2022") belongs to the date
    temporal = _not_inside_spans(temporal, numbers.whole_durations(quantities))
    claims = sorted(_outside(quantities, temporal) + temporal, key=lambda c: (c.span[0], -c.span[1], c.kind))
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
        c.sentence = doc.sentence_at(c.span[0]).index
    return claims


def _not_inside_spans(temporal: list[Claim], spans: list[tuple[int, int]]) -> list[Claim]:
    """The temporal claims but the durations and frequencies lying inside one of `spans`
    (sorted, apart): "two or three years" is one range, not the duration "three years";
    "120 kilometres per hour" one speed, not the frequency "per hour"."""
    if not spans:
        return temporal
    starts = [a for a, _ in spans]
    out = []
    for t in temporal:
        k = bisect_left(starts, t.span[0] + 1) - 1  # the last span starting at or before it
        if t.kind in ("duration", "set") and k >= 0 and t.span[1] <= spans[k][1]:
            continue
        out.append(t)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _outside(quantities: list[Claim], temporal: list[Claim]) -> list[Claim]:
    """The quantities that overlap no temporal claim: for each, among the temporal
    spans starting before its end, does the furthest end reach past its start?"""
    if not temporal:
        return list(quantities)
    spans = sorted(t.span for t in temporal)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    out = []
    for q in quantities:
        k = bisect_left(starts, q.span[1])  # the spans starting before its end
        if not (k and reach[k - 1] > q.span[0]):
            out.append(q)
    return out


def _first_span(start_of: dict[str, int], ids: tuple[str, ...]) -> int:
    """Where the first of a finding's claims starts (-1: none); a look-up per claim
    named, not a pass over every claim per finding."""
    return min((start_of[i] for i in ids if i in start_of), default=-1)


def _with_id(f, i):
    from dataclasses import replace

    return replace(f, id=f"f{i}")
