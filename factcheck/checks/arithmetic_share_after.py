"""arithmetic.share across sentences: a sum stated after its parts ("Together they won
215 seats"), a whole of N things said together then N figures in its unit ("the five
lakes ... 9,542 mcft", then each lake's), and a breakdown in rows after "These deaths
occurred in:". Called by share() in arithmetic_share.py, sentence by sentence.
"""
from __future__ import annotations

import re

from . import Context
from ._numeric import fmt, overlaps
from ._share import _label, one_count
from .arithmetic import PERCENT, _alt, _iv, _said
from ..model import Claim
from ..regexwords import fast_compile

_COMPARED = fast_compile(r"\b(?:compared\s++(?:with|to)|against|versus|vs\.?|from|than)\s++"
                       r"(?:[\w'’-]++\s++){0,2}$", re.I)


_MOST_PARTS = 12


def _back_head(params: dict) -> re.Pattern:
    """A sentence that opens by summing what the one before listed: "Together they won",
    "In all, 700", "Between them, the two parties polled", "They together hold"."""
    cue = _alt(params.get("back_cues") or [])
    return re.compile(rf"\s*+(?:(?:and|but|so)\s++)?(?:(?:{cue})\b(?!\s++with\b)"
                      rf"|(?:they|both(?:\s++[\w'’-]++)?|the\s++two(?:\s++[\w'’-]++)?)\s++(?:{cue})\b)"
                      rf"[^.;:]{{0,60}}$", re.I)


def _sum_back(ctx: Context, before: list[Claim], claims: list[Claim]) -> None:
    """"Party A polled 17.3% of the vote and party B 17.9%. Together they got 35.2%": a
    sentence that opens by summing ("together", "in all", "between them") states the sum
    of the figures the sentence before gave of the same thing, in its first figure of
    that thing ("Between them, the two parties hold 215 seats"): the same unit, what
    they count (a part may leave it unsaid, "and party B 17.9%"), the same aspect
    (levels or shares of one whole; changes do not add) and time, and not a figure they
    are compared with ("as against 16% last time"). The parts are found, not listed by
    the text: a misfit is a warning, and any run of two or more of them that adds up to
    the total passes."""
    first = claims[0]
    s = ctx.doc.sentences[first.sentence] if first.sentence < len(ctx.doc.sentences) else None
    if s is None or s.start > first.span[0]:
        return
    head = ctx.derived("back_head", lambda: _back_head(ctx.params))
    if not head.match(ctx.doc.text, s.start, first.span[0]):
        return
    parts = [c for c in before if not (c.period or {}).get("baseline")
             and not _COMPARED.search(ctx.doc.text, max(0, c.span[0] - 40), c.span[0])]
    total = next((c for c in claims[:2] if parts and c.unit == parts[0].unit
                  and c.counts_head and c.counts_head == parts[0].counts_head), None)
    if total is None:
        return
    kind = (total.aspect or {}).get("kind") or "level"
    parts = [c for c in parts if c.unit == total.unit]
    if len(parts) > _MOST_PARTS:
        return  # a sentence of more figures is a table, not parts a "together" sums (and the runs below grow as its cube)
    if kind not in ("level", "share") or total.hedge == "range" or _label(ctx, total) or len(parts) < 2 \
            or any(c.counts_head not in (None, total.counts_head) or ((c.aspect or {}).get("kind") or "level") != kind
                   or c.hedge == "range" or _label(ctx, c) or (c.period or {}).get("claim") != (total.period or {}).get("claim")
                   for c in parts):
        return
    t_iv = _iv(ctx, total)
    ivs = [_iv(ctx, p) for p in parts]
    for a in range(len(parts) - 1):
        for b in range(a + 2, len(parts) + 1):
            run = ivs[a:b]
            if overlaps((sum(i[0] for i in run), sum(i[1] for i in run)), t_iv):
                listed = " + ".join(p.text for p in parts[a:b])
                detail = f"parts {listed} add up to the sum {total.text} stated after them"
                for c in (*parts[a:b], total):
                    ctx.passed(c, detail)
                return
    s_iv = (sum(i[0] for i in ivs), sum(i[1] for i in ivs))
    exact_sum = sum(p.value or p.low or 0 for p in parts)
    ctx.fail([*parts, total], severity="warning", message=ctx.params.get("back_message"),
             parts=" + ".join(p.text for p in parts), sum=fmt(exact_sum), total=_said(total),
             relation="more than" if s_iv[0] > t_iv[1] else "less than")


_THE_N = fast_compile(r"\b(?:the|all|its|their|these|those)\s++$", re.I)
_WORD_AFTER = re.compile(r"\s*+([A-Za-z][\w/-]*)")


def _judge(ctx: Context, total: Claim, parts: list[Claim], passed: str, relation: bool = False, **fail) -> None:
    """Parts said to be all of a total: a pass on each (`passed`, with {parts} and {sum}
    filled in) when their sum fits it, else a finding naming them all (`fail`: its
    severity, message and fields; `relation`: "more than"/"less than" said too)."""
    ivs = [_iv(ctx, p) for p in parts]
    s_iv, t_iv = (sum(i[0] for i in ivs), sum(i[1] for i in ivs)), _iv(ctx, total)
    listed, exact = " + ".join(p.text for p in parts), fmt(sum(p.value or p.low or 0 for p in parts))
    if overlaps(s_iv, t_iv):
        for c in (total, *parts):
            ctx.passed(c, passed.replace("{parts}", listed).replace("{sum}", exact))
        return
    if relation:
        fail["relation"] = "more than" if s_iv[0] > t_iv[1] else "less than"
    ctx.fail([total, *parts], parts=listed, sum=exact, total=_said(total), **fail)


def _measured_in(ctx: Context, c: Claim) -> str:
    """The figure's unit, else the word right after it ("9,542 mcft"), lower-cased."""
    if c.unit:
        return c.unit
    m = _WORD_AFTER.match(ctx.after(c, 20))
    return m.group(1).lower() if m else ""


def _items_after(ctx: Context, by_sentence: dict[int, list[Claim]], k: int) -> None:
    """"the five lakes ... had a combined storage of 9,542 mcft", then the next sentences
    give five figures in mcft ("Redhills lake had 3,022 Mcft ... 2,639 Mcft and 2,795 Mcft
    ... 646 Mcft and 463 Mcft"): a whole of N things said together, followed by exactly N
    figures in its unit, is their sum. Read in the three sentences after it, up to the
    first with none of them."""
    claims = by_sentence[k]
    words = ctx.derived("whole_words", lambda: re.compile(
        rf"\b(?:{_alt(ctx.params.get('whole_words') or [])})\b", re.I))
    for n in claims:
        if n.unit is not None or n.value is None or not float(n.value).is_integer() or not 2 <= n.value <= 12 \
                or not n.counts_head or not _THE_N.search(ctx.before(n, 12)):
            continue
        after = [c for c in claims if c.span[0] > n.span[1] and c.unit not in PERCENT and c.hedge != "range"]
        total = next((c for c in after if words.search(ctx.before(c, 40))), None)
        if total is None:
            continue
        unit = _measured_in(ctx, total)
        parts: list[Claim] = []
        for j in range(k + 1, k + 4):
            found = [c for c in by_sentence.get(j, []) if c.unit not in PERCENT and _measured_in(ctx, c) == unit]
            if not found:
                break
            parts += found
        if len(parts) != int(n.value) or any(p.hedge == "range" or (p.period or {}).get("baseline") for p in parts):
            continue
        _judge(ctx, total, parts, f"the {n.text} {n.counts_head}: {{parts}} = {{sum}}, as {total.text}",
               message=ctx.params.get("items_message"), items=f"{n.text} {n.counts_head}")


# a sentence that refers back to what the one before counted and ends in a colon, no
# figure in it: "These deaths occurred in:", "They were distributed as follows:"
_BREAKDOWN_OPEN = re.compile(r"\W*(?:These|Those|They|This\s+total|The\s+breakdown)\b[^.;:\d]{0,80}:\s*")
# a row of the breakdown: a short label, a colon, one figure and nothing more ("January: 36")
_ROW_LABEL = re.compile(r"\W*[A-Za-z][^:;.\d]{0,40}:\s*")
_ROW_END = re.compile(r"[\s.;,]*")


def _breakdown_rows(ctx: Context, by_sentence: dict[int, list[Claim]]) -> None:
    """"A total of 74 deaths were reported so far this year. These deaths occurred in:"
    then one row a line ("January: 36", "February: 32", ...): a breakdown that refers back
    to the one count of the sentence before (as "Of these," does) and lists it by label
    gives all of it, and its rows must add up to it (two rows or more, each a label, a
    colon and one figure in the whole's unit)."""
    sentences = ctx.doc.sentences
    text = ctx.doc.text
    for i, s in enumerate(sentences):
        if i - 1 not in by_sentence or i in by_sentence or not s.text.rstrip().endswith(":") \
                or not _BREAKDOWN_OPEN.fullmatch(s.text):
            continue
        first = next((c for c in by_sentence.get(i + 1, ())), None)  # (the rows' unit: the first row's)
        total = one_count(ctx, by_sentence[i - 1], first.unit) if first is not None else None
        if total is None:
            continue
        rows: list[Claim] = []
        for j in range(i + 1, len(sentences)):
            row = by_sentence.get(j, [])
            r = sentences[j]
            if len(row) != 1 or row[0].unit != total.unit \
                    or not _ROW_LABEL.fullmatch(text, r.start, row[0].span[0]) \
                    or not _ROW_END.fullmatch(text, row[0].span[1], r.end):
                break
            rows.append(row[0])
        if len(rows) < 2:
            continue
        _judge(ctx, total, rows, f"the rows {{parts}} = {{sum}} fit the total {total.text}", relation=True,
               severity="warning", message=ctx.params.get("parts_message"))
