"""The digit-groups check type: a number grouped otherwise than the text groups the
others.

    "from 18,0000 to 45,000"   a comma followed by four digits, or by two ("1,00 mln"),
                               in a text that groups thousands by three: a digit is
                               missing or extra
    "1,00,000 ... 2,500,000"   Indian grouping (twos above the thousands) in a text that
                               groups a figure of a lakh or more by threes and names no
                               rupees, lakh or crore: a slip of the Western way
                               ("1,000,000" less a zero) until the text shows it Indian

Below a lakh both ways write the same ("45,000"), so only a figure of six digits or more
tells how a text groups; a text that counts in rupees or in a scale of the Indian system
(a scale word above a thousand that is no power of a thousand: lakh, crore, in
numbers.yaml) writes "2,70,771" as a matter of course, and a Western figure beside it is
a conversion, not a slip.
"""
from __future__ import annotations

import math
import re

from . import Context, check_type
from ..extract.digits import runs as digit_runs
from ..model import Claim


# where a number starts: no word character, dot or comma before it; or one letter with
# none of those before it, which is read only where the extractor read it as a currency
# glued to the figure ("N437,300": naira in Nigerian news; "G379,835" stays a name)
# (a digit first: the engine then skips every other place with one test, not two lookbehinds)
_START = r"(?=\d)(?:(?<![\w.,])|(?<=(?<![\w.,])[A-Za-z]))"
# a number whose last comma group is not three digits long: "18,0000", "1,00 mln";
# Indian grouping ("1,00,000": twos, then a three) ends in three and is read apart
_BAD_GROUP = re.compile(_START + r"\d{1,3}(?:,\d{3})*,(?:\d{4,}|\d{2})(?![\d,]|\.\d)")
# a number that opens grouped by threes and has a group of two or four inside before
# its last three ("379,835,94,351"): neither the Western way nor the Indian one (which
# opens with twos above the thousands: "3,79,83,594"), in rupees or not
_MIXED_GROUP = re.compile(_START + r"\d{1,3}(?:,\d{3})+(?:,(?:\d{2}|\d{4,}))+(?:,\d{3})+(?!,?\d|\.\d)")
# a comma group of one digit ("61,4,721"): no way of grouping writes one
_ONE_DIGIT_GROUP = re.compile(_START + r"\d{1,3}(?:,\d{2,3})*,\d(?:,\d{2,3})+(?![\d,]|\.\d)")
# four digits or more before the first comma ("8393,090 bales"): no way of grouping writes
# that (a year before a comma, "in 2023,500 people", is a missing space, not a figure)
_LONG_LEAD = re.compile(_START + r"(?!(?:1[89]|20)\d\d,)\d{4,}(?:,\d{2,3})+(?![\d,]|\.\d)")
_GOOD_GROUP = re.compile(_START + r"\d{1,3}(?:,\d{3})+(?![\d,])")
# "1.234,5", "1.234.567": dots group thousands, so a comma is a decimal mark
_DOT_GROUPS = re.compile(r"\d\.\d{3}(?:[.,]\d)")
# the dot of such a group, sought alone: a pattern opening with a plain character is found
# by a fast scan for it, one opening with \d tries every digit (20 us a text against 1)
_DOT_THEN_GROUP = re.compile(r"\.(?=\d{3}[.,]\d)")
_DIGIT = re.compile(r"\d")
# a comma before one digit that ends the figure ("22,3%"): no grouping writes one, a decimal
# comma does; two of them make the text's own way of writing decimals
_DECIMAL_COMMA = re.compile(r"(?<=\d),\d(?![\d,])")
# "2,70,771", "10,00,00,000": twos above the thousands
_INDIAN_GROUP = re.compile(_START + r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,]|\.\d)")
# a figure of a lakh or more grouped by threes ("250,000", "1,250,000"): Western, not Indian
_WESTERN_LAKH = re.compile(_START + r"(?:\d{3},\d{3}|\d{1,3}(?:,\d{3}){2,})(?![\d,])")
# every pattern above opens at _START with digits, a comma and a digit, and takes only
# digits and commas: found once, those places are the only ones each pattern is tried at
# (seven scans of the whole text cost more than the rest of the check)
# (from a run's first digit only, never shortened: a long run costs one pass, not one per digit)
_DIGITS_COMMA_DIGIT = re.compile(r"\d(?<!\d\d)\d*+,\d")
_AT_START = re.compile(_START)
# a figure opening its line and glued to a word after it: a table row whose cells lost their
# separators when copied ("2024100,013MCG", "202161,118Perth Stadium")
_TABLE_ROW = re.compile(r"[A-Za-z]")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def _figures(ctx: Context) -> list[Claim]:
    return ctx.once("checks.quantities", lambda: [c for c in ctx.claims if c.kind == "quantity"])


def _indian_scales(ctx: Context) -> frozenset[str]:
    """The scale words of numbers.yaml above a thousand that are no power of a thousand."""
    def make() -> frozenset[str]:
        scales = (ctx.lexicon("numbers") or {}).get("scales") or {}
        return frozenset(str(k).lower() for k, v in scales.items()
                         if float(v) > 1000 and round(math.log10(float(v))) % 3)
    return ctx.derived("indian_scales", make)


def _indian_text(ctx: Context) -> bool:
    """Whether a figure of the text is in rupees or counted in lakh or crore, or the text
    names a country that counts so (_lakh_country): there Indian grouping is the house
    style of any count ("dispatches of 17,59,881 units" in a report on India's car
    makers), and a figure grouped by threes beside it is agency copy, not a model."""
    indian = _indian_scales(ctx)
    rupees = ctx.derived("rupees", lambda: frozenset(map(str, ctx.params.get("rupees") or ("INR",))))
    return any(c.unit in rupees or any(w in indian for w in str(c.extra.get("scale") or "").lower().split())
               for c in _figures(ctx)) or _lakh_country(ctx, rupees)


def _lakh_country(ctx: Context, rupees: frozenset[str]) -> bool:
    """The text names a country whose rupees count in lakh and crore (the rule's `rupees`):
    the number reader's shared-currency country words (currencies.yaml `shared`: India,
    Mumbai, Pakistan, Karachi ..., not "Indian Ocean" or "West Indian")."""
    from ..extract.numbers import grammar

    for grp in grammar(ctx.ruleset).shared_currencies:
        for m in grp.re_country.finditer(ctx.doc.text):
            key = m.lastgroup
            if key and key != "no" and grp.codes[int(key[1:])] in rupees:
                return True
    return False


def _dot_groups(text: str) -> bool:
    """_DOT_GROUPS.search(text) is not None: a dot with a group of three after it (a match
    of one char, so the scan sees every dot) and a digit before it."""
    return any(m.start() and _DIGIT.match(text, m.start() - 1) for m in _DOT_THEN_GROUP.finditer(text))


def _grouped_starts(text: str, runs: list[tuple[int, int]] | None = None) -> list[int]:
    """Where a number grouped with commas may start: what rx.finditer(text) finds for
    each pattern above is rx.match(text, p) at these places, in order (a match holds
    only digits and commas, so none can hold the next start). `runs`: the text's runs
    of digits (extract.digits), when the caller has them."""
    if runs is None:
        return [m.start() for m in _DIGITS_COMMA_DIGIT.finditer(text) if _AT_START.match(text, m.start())]
    # _DIGITS_COMMA_DIGIT's matches from the runs: a whole run then ",\d", each match
    # read on from the digit after its comma (the start of the next run, passed over)
    out, pos, n = [], 0, len(text)
    for a, b in runs:
        if a < pos or b + 1 >= n or text[b] != "," or not _DIGIT.match(text, b + 1):
            continue
        pos = b + 2
        if _AT_START.match(text, a):
            out.append(a)
    return out


# a month's name before a day ("as of Nov 15,2018": a date whose blank after the comma is lost)
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\.?\s++$")


def _numbers(ctx: Context, rx: re.Pattern, starts: list[int]):
    """The matches of `rx` in the text that are numbers: a letter glued before one is a
    currency symbol the extractor read with it ("N437,300"), else the match is part of
    a name ("G379,835"); after a month's name it is a day and a year ("Nov 15,2018")."""
    text = ctx.doc.text
    for p in starts:
        m = rx.match(text, p)
        if m is None:
            continue
        a = m.start()
        if _MONTH_BEFORE.search(text, max(0, a - 12), a):
            continue
        if a and text[a - 1].isalpha() and not any(c.span[0] == a - 1 and c.unit for c in _overlapping(ctx, m)):
            continue
        if _TABLE_ROW.match(text, m.end()) and _LINE_START.search(text, max(0, a - 4), a):
            continue  # "2024100,013MCG" opening a line: a table's cells run together (year,
            # crowd, venue), not a figure written so
        yield m


def _overlapping(ctx: Context, m: re.Match) -> list[Claim]:
    return [c for c in _figures(ctx) if c.span[0] < m.end() and m.start() < c.span[1]]


@check_type("digit-groups", defaults={"indian_message": None, "one_digit_message": None, "long_lead_message": None, "rupees": ["INR"]})
def digit_groups(ctx: Context) -> None:
    """A text that groups thousands by three with commas ("45,000") has a digit missing
    or extra where a comma is followed by two digits or four ("18,0000", "1,00 mln").
    A text that never groups by three commas, or uses dots for thousands (a decimal
    comma: "12,50"), is not read. Indian grouping ("1,00,000") is flagged only in a text
    that groups a figure of a lakh or more by threes at least as often, and has no
    rupees, lakh or crore and names no country that counts so. A comma group of one digit ("61,4,721") is
    flagged in any text: no way of grouping writes one."""
    text = ctx.doc.text
    starts = _grouped_starts(text, digit_runs(text, ctx.doc.shared)) if "," in text else []
    if not starts or _dot_groups(text) or len(_DECIMAL_COMMA.findall(text, 0)) >= 2:
        return  # (a text that writes decimals with commas: "cresceu 22,3%", "alta de 30,3%")
    model = next(_numbers(ctx, _GOOD_GROUP, starts), None)
    if model is None:
        return
    for m in _numbers(ctx, _BAD_GROUP, starts):
        group = m.group().rsplit(",", 1)[1]
        ctx.fail(_overlapping(ctx, m), said=f"\u201c{m.group()}\u201d", digits=len(group),
                 model=f"\u201c{model.group()}\u201d", span=[m.start(), m.end()])
    for m in _numbers(ctx, _ONE_DIGIT_GROUP, starts):
        ctx.fail(_overlapping(ctx, m), message=ctx.params.get("one_digit_message"),
                 said=f"\u201c{m.group()}\u201d", digits=1,
                 model=f"\u201c{model.group()}\u201d", span=[m.start(), m.end()])
    for m in _numbers(ctx, _LONG_LEAD, starts):
        ctx.fail(_overlapping(ctx, m), message=ctx.params.get("long_lead_message"),
                 said=f"\u201c{m.group()}\u201d", digits=len(m.group().split(",")[0]),
                 model=f"\u201c{model.group()}\u201d", span=[m.start(), m.end()])
    for m in _numbers(ctx, _MIXED_GROUP, starts):
        group = next(g for g in m.group().split(",")[1:] if len(g) != 3)
        ctx.fail(_overlapping(ctx, m), said=f"\u201c{m.group()}\u201d", digits=len(group),
                 model=f"\u201c{model.group()}\u201d", span=[m.start(), m.end()])
    indian = next(_numbers(ctx, _INDIAN_GROUP, starts), None)
    if indian is None:
        return
    western = next(_numbers(ctx, _WESTERN_LAKH, starts), None)
    if western is None or _indian_text(ctx):
        return
    indians = list(_numbers(ctx, _INDIAN_GROUP, starts))
    if len(indians) > sum(1 for _ in _numbers(ctx, _WESTERN_LAKH, starts)):
        return  # most of its large figures are grouped the Indian way: that is the house style
        # ("crossing the 8,00,000 mark ... 3,70,000 ... 6,00,000" beside a quoted "440,000")
    # two groups of two ("5,16,66,312", crores) need two digits lost from a figure grouped by
    # threes: one slip leaves one ("1,00,000" for "1,000,000"), so only those are read
    for m in (m for m in indians if m.group().count(",") == 2):
        ctx.fail(_overlapping(ctx, m), message=ctx.params.get("indian_message"),
                 said=f"\u201c{m.group()}\u201d", digits=len(m.group().split(",")[1]),
                 model=f"\u201c{western.group()}\u201d", span=[m.start(), m.end()])
