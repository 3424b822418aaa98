"""What the temporal finder knows about its patterns, read off their parsed form
(the engine's own parser, re._parser): a lower-case copy of a case-insensitive
pattern, the characters a match can open with, a cheap necessary part (a gate), and
how far a match reaches around its trigger word. Everything here only ever makes
the finder skip places where no match can be; what matches is the patterns' own
business. Python's engine internals change between versions: whatever cannot be
built here leaves the pattern to run as it is, and a Python whose re package has no
_parser, _compiler or _constants (they were sre_parse... before 3.11), or no _sre, runs every
pattern as it is, with a warning (AVAILABLE is then False): the same matches, about
a third more time in the temporal step.
"""
from __future__ import annotations

import logging
import re
import warnings

from ...regexwords import compile_with_first, first_items as _first_items

log = logging.getLogger(__name__)

try:  # the engine's own parser and compiler: private, renamed before (sre_parse -> re._parser in 3.11)
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    import _sre  # type: ignore[import-not-found]
except ImportError as e:  # another Python: plain patterns, said once
    sre_compile = sre_c = sre_parse = _sre = None
    warnings.warn(f"factcheck: this Python's regex parser cannot be read ({e}); the temporal finder runs "
                  "its patterns without lower-case copies, gates or reach bounds (same matches, slower)",
                  RuntimeWarning, stacklevel=2)
AVAILABLE = sre_parse is not None


class _Cased(Exception):
    """A pattern holds a cased non-ASCII character: its lower-case copy might not fold alike."""


def _low_code(code: int) -> int:
    ch = chr(code)
    if ch.isascii():
        return ord(ch.lower())
    if ch.lower() != ch or ch.upper() != ch:
        raise _Cased
    return code


def _lower_items(items) -> list:
    out = []
    for kind, v in items:
        if kind is sre_c.LITERAL:
            out.append((kind, _low_code(v)))
        elif kind is sre_c.RANGE:
            a, b = v
            for c in range(max(a, 128), b + 1):
                _low_code(c)  # a range beyond ASCII must hold no cased character
            out.append((kind, v))
            lo, hi = max(a, ord("A")), min(b, ord("Z"))
            if lo <= hi:
                out.append((kind, (lo + 32, hi + 32)))
        elif kind in (sre_c.CATEGORY, sre_c.NEGATE):
            out.append((kind, v))
        else:
            raise _Cased
    return out


def _lower_seq(seq) -> None:
    data = seq.data if isinstance(seq, sre_parse.SubPattern) else seq
    for i, (op, av) in enumerate(data):
        if op is sre_c.LITERAL or op is sre_c.NOT_LITERAL:
            data[i] = (op, _low_code(av))
        elif op is sre_c.IN:
            data[i] = (op, _lower_items(av))
        elif op is sre_c.BRANCH:
            for alt in av[1]:
                _lower_seq(alt)
        elif op is sre_c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Cased  # local flags
            _lower_seq(av[3])
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            _lower_seq(av[2])
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            _lower_seq(av[1])
        elif op is sre_c.ATOMIC_GROUP:
            _lower_seq(av)
        elif op not in (sre_c.AT, sre_c.ANY, sre_c.GROUPREF):
            raise _Cased


def lowered(rx: re.Pattern) -> re.Pattern | None:
    """A case-sensitive copy of a case-insensitive pattern that, run over text.lower(),
    matches where and as the pattern does over the text (for texts without the
    _ODD_FOLD characters); None when there is none to make."""
    p = lowered_tree(rx)
    return compile_fast(p) if p is not None else None


def lowered_tree(rx: re.Pattern):
    """The parsed form of lowered(rx), None when there is none (or no parser, AVAILABLE)."""
    if not AVAILABLE or not rx.flags & re.IGNORECASE or rx.flags & (re.LOCALE | re.ASCII) \
            or not isinstance(rx.pattern, str):
        return None
    try:
        p = sre_parse.parse(rx.pattern, rx.flags)
        _lower_seq(p)
    except _Cased:
        return None  # its lower-case copy might not fold alike: the pattern runs as it is
    except Exception as e:  # noqa: BLE001 - engine internals changed: the pattern runs as it is, said
        log.warning("temporal finder: cannot read %r off its parsed form (%s: %s); it runs as it is",
                    rx.pattern[:60], type(e).__name__, e)
        return None
    p.state.flags &= ~re.IGNORECASE
    return p


def compile_fast(p) -> re.Pattern:
    """Compile a parsed pattern, telling the engine which characters a match can start
    with when that can be said: the search then skips every other character in a tight
    loop instead of trying the pattern there. (The engine finds such a set by itself
    only when the pattern opens with a plain character class, not behind optional
    groups or a lookahead; the grammar's patterns open with a lookahead of their first
    characters.) This writes the engine's INFO block by hand, so it is measured: on the
    300 throughput articles the temporal step takes 1.03 ms/article with it and 1.11
    without (in-process A/B, medians of 11). Where this engine's code layout differs,
    it is the plain compile, logged."""
    flags = p.state.flags
    first = _first_items(p.data)
    if first is None or first[1] or not first[0] or p.getwidth()[0] == 0:
        return sre_compile.compile(p, flags)
    try:
        return compile_with_first(p, first[0])
    except Exception as e:  # noqa: BLE001 - another engine version: the plain compile, said
        log.warning("temporal finder: cannot give the engine a pattern's first characters (%s: %s); "
                    "compiled plainly", type(e).__name__, e)
        return sre_compile.compile(p, flags)


# how common a character is in English news text, in percent: the cost of a gate that opens with it
_FREQ = dict(zip("etaoinshrdlcumwfgypbvkjxqz", (10, 7.5, 6.5, 6, 5.7, 5.7, 5.3, 4.9, 5, 3.4, 3.3, 2.3, 2.3,
                                                2, 1.9, 1.8, 1.6, 1.6, 1.5, 1.2, .8, .6, .1, .1, .1, .1)))


def _rarity(items) -> float:
    total = 0.0
    for kind, v in items:
        if kind is sre_c.LITERAL:
            ch = chr(v)
            total += _FREQ.get(ch, 17 if ch.isspace() else 0.3 if ch.isdigit() else 0.5)
        elif kind is sre_c.RANGE:
            total += sum(_rarity([(sre_c.LITERAL, c)]) for c in range(v[0], min(v[1], v[0] + 200) + 1))
        elif kind is sre_c.CATEGORY and v is sre_c.CATEGORY_DIGIT:
            total += 3
        else:
            total += 100
    return total


_GATE_GAIN = 2.5  # how much rarer than the pattern's own opening a gate's must be


def gate(p, triggers) -> re.Pattern | None:
    """A cheap necessary condition for a match: the pattern's own items from its least
    common opening on (a year's digits, not the optional "early" before them).
    A window where the gate finds nothing holds no match; most windows are such."""
    data = list(p.data)
    whole = _first_items(data)
    if whole is None or whole[1]:
        return None
    needed = [i for i, item in enumerate(data) if sre_parse.SubPattern(p.state, [item]).getwidth()[0] > 0]
    if not needed:
        return None
    best: tuple[float, list] | None = None
    for j in needed:
        seq = data[j:needed[-1] + 1]
        if _refers_outside(seq):
            continue
        first = _first_items(seq)
        if first is None or first[1]:
            continue
        r = _rarity(first[0])
        if best is None or r < best[0]:
            best = (r, seq)
    # only worth a second scan when it skips far more places than the pattern itself does
    if best is None or best[0] * _GATE_GAIN > _rarity(whole[0]):
        return None
    g = compile_fast(sre_parse.SubPattern(p.state, best[1]))
    # every window holds a trigger word: a gate that any of them passes alone tells nothing
    if triggers and all(g.match("0" if w == "#" else w) for w in triggers):
        return None
    return g


def _refers_outside(seq) -> bool:
    """Does seq refer back to a group it does not hold?"""
    defined: set[int] = set()
    used: set[int] = set()

    def walk(items) -> None:
        for op, av in items:
            if op is sre_c.SUBPATTERN:
                if av[0] is not None:
                    defined.add(av[0])
                walk(av[3])
            elif op is sre_c.GROUPREF:
                used.add(av)
            elif op is sre_c.GROUPREF_EXISTS:
                used.add(av[0])
                walk(av[1])
                if av[2] is not None:
                    walk(av[2])
            elif op is sre_c.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
                walk(av[1])
            elif op is sre_c.ATOMIC_GROUP:
                walk(av)

    walk(seq)
    return not used <= defined


# --- how far a match reaches around its trigger word ---------------------------------
# A length is bounded as a + b*S + c*H + d*D, S, H, D being the longest run in the text
# of blanks, of blanks and hyphens and of digits (what an unbounded \s+, [\s-]+, \d+ can
# take); None where no such bound can be said.
Bound = tuple[int, int, int, int]
_ZERO: Bound = (0, 0, 0, 0)
_ONE: Bound = (1, 0, 0, 0)
_RUNS = {
    frozenset([(sre_c.CATEGORY, sre_c.CATEGORY_SPACE)]): (0, 1, 0, 0),
    frozenset([(sre_c.CATEGORY, sre_c.CATEGORY_SPACE), (sre_c.LITERAL, ord("-"))]): (0, 0, 1, 0),
    frozenset([(sre_c.CATEGORY, sre_c.CATEGORY_DIGIT)]): (0, 0, 0, 1),
} if AVAILABLE else {}


def _add(a: Bound | None, b: Bound | None) -> Bound | None:
    return None if a is None or b is None else (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3])


def _max(a: Bound | None, b: Bound | None) -> Bound | None:
    return None if a is None or b is None else (max(a[0], b[0]), max(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _times(a: Bound | None, k: int) -> Bound | None:
    return None if a is None else (a[0] * k, a[1] * k, a[2] * k, a[3] * k)


def _extent(seq) -> tuple[Bound | None, Bound | None]:
    """(the most characters seq can consume, the most past its start it can look at)."""
    off: Bound | None = _ZERO
    look: Bound | None = _ZERO
    for op, av in seq:
        if op in (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.IN, sre_c.ANY):
            w, p = _ONE, _ONE
        elif op is sre_c.AT:
            w, p = _ZERO, _ONE  # \b, $ look at the next character
        elif op is sre_c.BRANCH:
            w = p = _ZERO
            for alt in av[1]:
                aw, ap = _extent(alt)
                w, p = _max(w, aw), _max(p, ap)
        elif op is sre_c.SUBPATTERN:
            w, p = _extent(av[3])
        elif op is sre_c.ATOMIC_GROUP:
            w, p = _extent(av)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            lo, hi, body = av
            if hi == sre_c.MAXREPEAT:
                item = body[0] if len(body) == 1 else (None, None)
                run = _RUNS.get(frozenset(item[1])) if item[0] is sre_c.IN else None
                w = run
                p = _add(run, _ONE)  # a run is read up to the character that ends it
            else:
                bw, bp = _extent(body)
                w = _times(bw, hi)
                p = _add(_times(bw, hi), bp)
        elif op is sre_c.ASSERT or op is sre_c.ASSERT_NOT:
            w, p = _ZERO, (_extent(av[1])[1] if av[0] == 1 else _ZERO)  # a lookbehind reads to the left
        else:
            return None, None
        look = _max(look, _add(off, p))
        off = _add(off, w)
        if off is None or look is None:
            return None, None
    return off, _max(look, off)


def _strings(seq, limit: int = 5000) -> list[str] | None:
    """Every string seq matches, "|" standing for a word boundary; None when too many."""
    outs = [""]
    for op, av in seq:
        if op is sre_c.LITERAL:
            subs = [chr(av)]
        elif op is sre_c.AT and av is sre_c.AT_BOUNDARY:
            subs = ["|"]
        elif op is sre_c.IN and all(k is sre_c.LITERAL for k, _ in av):
            subs = [chr(v) for _, v in av]
        elif op is sre_c.SUBPATTERN and not av[1] and not av[2]:
            subs = _strings(av[3], limit)
        elif op is sre_c.BRANCH:
            subs = []
            for alt in av[1]:
                s = _strings(alt, limit)
                if s is None:
                    return None
                subs += s
        elif op is sre_c.MAX_REPEAT and av[1] <= 1:
            s = _strings(av[2], limit)
            subs = None if s is None else ([""] if av[0] == 0 else []) + s
        else:
            return None
        if subs is None:
            return None
        outs = [o + x for o in outs for x in subs]
        if len(outs) > limit:
            return None
    return outs


def _last_items(seq) -> tuple[list, bool] | None:
    """_first_items from the other end: what a match of seq can end with."""
    return _first_items(seq, from_end=True)


def _no_letter(items) -> bool:
    """Can none of these class items be an ASCII letter?"""
    for kind, v in items:
        if kind is sre_c.LITERAL:
            if chr(v).isascii() and chr(v).isalpha():
                return False
        elif kind is sre_c.RANGE:
            if any(chr(c).isascii() and chr(c).isalpha() for c in range(v[0], min(v[1], 127) + 1)):
                return False
        elif not (kind is sre_c.CATEGORY and v in (sre_c.CATEGORY_SPACE, sre_c.CATEGORY_DIGIT)):
            return False
    return True


def _after_is_edge(items) -> bool:
    """Does every match go on, after these items, with a word boundary or a character that
    is not a letter (or not at all: then the text's next character is a blank, see find)?"""
    for op, av in items:
        if op is sre_c.AT and av is sre_c.AT_BOUNDARY:
            return True
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue
        first = _first_items([(op, av)])
        if first is None or not _no_letter(first[0]):
            return False
        if not first[1]:
            return True
    return False


def _before_is_edge(items) -> bool:
    """Does every match reach these items after a word boundary or a character that is
    not a letter?"""
    for op, av in reversed(list(items)):
        if op is sre_c.AT and av is sre_c.AT_BOUNDARY:
            return True
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue
        last = _last_items([(op, av)])
        if last is None or not _no_letter(last[0]):
            return False
        if not last[1]:
            return True
    return False  # the start of the match: what comes before it is not known


def trigger_reach(p, triggers) -> tuple[Bound | None, Bound | None] | None:
    """(lead, reach) for a pattern one of whose top-level items always matches a whole
    trigger word: every match starts at most `lead` characters before that word, and an
    attempt that succeeds looks at no character `reach` or more past the word's start.
    None when no item can be shown to be one."""
    data = list(p.data)
    words = {w for w in triggers if w != "#"}
    for k, item in enumerate(data):
        if sre_parse.SubPattern(p.state, [item]).getwidth()[0] == 0:
            continue
        strings = _strings([item])
        if not strings:
            continue
        ok = True
        for s in strings:
            left, right = s.startswith("|"), s.endswith("|")
            s = s.strip("|")
            if s.endswith("."):
                s, right = s[:-1], True
            if not (s in words and s.isalpha() and s.isascii()
                    and (left or _before_is_edge(data[:k])) and (right or _after_is_edge(data[k + 1:]))):
                ok = False
                break
        if not ok:
            continue
        lead, reach = _ZERO, _extent(data[k:])[1]
        for before in data[:k]:
            w, look = _extent([before])
            lead, reach = _add(lead, w), _max(reach, look)
        return lead, reach
    return None
