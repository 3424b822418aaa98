"""Which currency a figure is in, where the symbol alone does not say: a symbol or
code before it, "$" as the article's dollar (US unless another dollar is named),
bare "francs" by the article's conversion rate or country, and a symbol several
countries share ("Rs", "rupees") by the country the article is about.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit
from bisect import bisect_left, bisect_right

from ...model import Claim, Document
from ...regexwords import fast_compile, may_match
from .lexicon import Grammar


_FRANCS = fast_compile(r"\bfrancs?\b", re.IGNORECASE)
_SWISS = fast_compile(r"swiss", re.IGNORECASE)
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_US_DOLLARS = fast_compile(r"\b(?:US|U\.S\.|American) dollars?\b")


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


_DATELINE = re.compile(r"\s*+([A-Z][A-Za-z .'-]{1,30}?)\s*+(?:,|:|\s[-\u2013\u2014]|\()")


def _shared(text: str, claims: list[Claim], g: Grammar, doc: Document | None) -> None:
    """A figure in a symbol several countries' currencies share that names no country
    of its own ("Rs 18.9 trillion" in a story on Pakistan's budget) is in the currency of
    the country the article is about (currencies.yaml `shared`)."""
    for grp in g.shared_currencies:
        bare = [c for c in claims if c.unit == grp.default and grp.re_symbol.search(c.text)
                and not grp.re_country.search(c.text)]
        if bare:
            code = _country_of(text, grp, doc)
            if code is not None:
                for c in bare:
                    c.unit = code
            elif grp.guess:
                for c in bare:  # "400 million pesos ($7.8 million)" in a text naming no country
                    c.extra["currency_guessed"] = True


def _glued(text: str, g: Grammar, doc: Document | None) -> dict[str, str] | None:
    """The symbols glued to digits that are a currency in this text ({"N": "NGN"} in
    news about Nigeria: "a budget of N437.3bn"), None when there are none: a symbol is
    the currency when the text writes it before digits and is about its country (its
    headline, title or dateline names it, else the text names it `min_named` times)."""
    out = {}
    for grp in g.glued_currencies:
        if grp.re_glued.search(text) and _country_of(text, grp.country, doc, grp.min_named):
            out[grp.symbol] = grp.code
    return out or None


def _country_of(text: str, grp, doc: Document | None, min_named: int = 1) -> str | None:
    """The group's currency of the country the text is about: the one its headline
    (or title) and dateline name, else the one it names most often (at least
    `min_named` times), the first named on a tie; None when it names none of them."""
    def named(s: str) -> list[str]:
        out = []
        for m in grp.re_country.finditer(s):
            key = m.lastgroup
            if key and key != "no":
                out.append(grp.codes[int(key[1:])])
        return out

    lead = []
    body = 0
    if doc is not None:
        if doc.title:
            lead += named(doc.title)
        if doc.headline is not None:
            lead += named(text[doc.headline.start:doc.headline.end])
            body = doc.headline.end
    m = _DATELINE.match(text, body)  # "ISLAMABAD, June 12 -", "Colombo:"
    if m:
        lead += named(m.group(1))
    counts: dict[str, int] = {}
    for code in named(text):  # in order of first mention: max() keeps the first on a tie
        counts[code] = counts.get(code, 0) + 1
    pool = {c: counts.get(c, 0) for c in lead} or {c: n for c, n in counts.items() if n >= min_named}
    return max(pool, key=lambda c: pool[c]) if pool else None


def _default_dollar(text: str, g: Grammar, low: str | None = None, url: str | None = None) -> str:
    """What a bare "$" is: the US dollar when the text writes "US$" or names US dollars;
    else the one other dollar it names ("Australian dollars"); else the dollar of the
    outlet's country when its address says it (currencies.yaml outlet_dollars:
    insurancenews.com.au writes "£11.7 billion ($23.27 billion)" in Australian dollars);
    else the US dollar."""
    if "US$" in text or ("dollar" in text and _US_DOLLARS.search(text)):
        return "USD"
    if may_match(low, g.other_dollar_needles):
        named = {g.other_dollars[m.group().lower().rstrip("s")] for m in g.re_other_dollar.finditer(text)
                 if m.group().lower().rstrip("s") in g.other_dollars}
        if len(named) == 1:
            return named.pop()
        if named:
            return "USD"
    return _outlet_dollar(url, g) or "USD"


def _outlet_dollar(url: str | None, g: Grammar) -> str | None:
    """The dollar of the country an address's top-level domain names ("...com.au": AUD)."""
    if not url or not g.outlet_dollars:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return g.outlet_dollars.get(host.rsplit(".", 1)[-1]) if "." in host else None


_CODE_DOLLAR = fast_compile(r"(?<![\w$])([A-Z]{3})\s?$")
_CODE_GLUED = fast_compile(r"(?<![\w$])([A-Z]{3})\$\s?$")  # "EUR$85": a code written with a "$"


def _currency_before(text: str, a: int, g: Grammar, dollar: str) -> tuple[str | None, int]:
    pm = g.re_prefix.search(text[max(0, a - 8):a])
    if not pm or not pm.group().strip():
        return None, a
    sym = pm.group().strip()
    start = a - len(pm.group())
    if sym[:1].isalpha() and start > 0 and text[start - 1].isalpha():
        # a symbol is a word of its own: "EUR$85" is euros, not "R$" (reais) after "EU"
        m = _CODE_GLUED.search(text, max(0, start - 4), a)
        return (g.codes[m.group(1)], m.start(1)) if m and m.group(1) in g.codes else (None, a)
    if sym in g.prefixes:
        code = g.prefixes[sym]
        if sym == "$":
            code = dollar
            m = _CODE_DOLLAR.search(text, max(0, start - 5), start)
            if m and m.group(1) in g.dollar_codes:
                return m.group(1), m.start(1)  # "TOP $100,000" (Tongan pa'anga), "USD$ 2,459"
        # "US$" must not be read as "S$" + U
        return code, start
    if sym in g.codes:
        return g.codes[sym], start
    return None, a
