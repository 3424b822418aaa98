"""Regex alternations built from word lists, once per list.

Check types read their word lists from params and lexicons on every run; the
alternation made from a list is the same each time, so it is remembered (keyed
by the words, so an edited rule set gets its own). Extractors use them too
(coverage's number words).
"""
from __future__ import annotations

import functools
import re

try:  # the engine's own parser and compiler (private: renamed before 3.11); without them
    # fast_compile compiles plainly and first_items is not used (regextree.AVAILABLE)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:
    _sre = _sre_compile = _sre_c = _sre_parse = None


def alternation(words) -> str:
    """A non-capturing alternation of phrases, longest first, any blank between words;
    a pattern that never matches when there are none."""
    t = words if type(words) is tuple else tuple(words)
    try:
        return _alternation_of(t, tuple(map(type, t)))  # the types too: 1 == 1.0, "1" != "1.0"
    except TypeError:  # an unhashable item
        return _alternation(tuple(str(w) for w in t))


@functools.lru_cache(maxsize=1024)
def _alternation_of(words: tuple, types: tuple) -> str:
    # checks pass the same lists on every run: one tuple and lookup, not a str() per word
    return _alternation(tuple(str(w) for w in words))


@functools.lru_cache(maxsize=1024)
def _alternation(words: tuple[str, ...]) -> str:
    alts = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) + ")" if alts else "(?!)"


_TRIE_WORD = re.compile(r"[a-z.]+(?: [a-z.]+)*")


def trie_alternation(words) -> str:
    """What alternation() matches, as a prefix tree ("jan(?:uary)?" rather than
    "january|jan"), which the regex engine rejects at the first letter instead of
    trying every word. Only for lower-case words of letters and periods with single
    blanks: then two words can match at one place only when one extends the other,
    and the tree, like the longest-first list, tries the longer first. Other lists
    get alternation()."""
    return _trie_alternation(tuple(str(w) for w in words))


def _tree_pattern(words: tuple[str, ...]) -> str:
    """The words as one prefix tree of alternatives."""
    tree: dict = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return "(?:" + _branch(tree) + ")"


@functools.lru_cache(maxsize=256)
def _trie_alternation(words: tuple[str, ...]) -> str:
    if not words or not all(_TRIE_WORD.fullmatch(w) for w in words):
        return _alternation(words)
    return _tree_pattern(words)


def tree_alternation(words, ignorecase: bool = True) -> str:
    """trie_alternation() for more lists: words of any characters but blanks, with
    single blanks between them; under IGNORECASE (the default) their letters must be
    lower-case ASCII or have no case at all ("²", "€"). Then, as for letters, two words
    can match at one place only when one extends the other, so the tree tries them in
    the order of the longest-first list and matches exactly what it matches. Other
    lists get alternation()."""
    return _tree_alternation(tuple(str(w) for w in words), ignorecase)


@functools.lru_cache(maxsize=256)
def _tree_alternation(words: tuple[str, ...], ignorecase: bool) -> str:
    if not words or not all(_tree_word(w, ignorecase) for w in words):
        return _alternation(words)
    return _tree_pattern(words)


def _tree_word(w: str, ignorecase: bool) -> bool:
    if not w or w != w.strip() or "  " in w:
        return False
    for ch in w:
        if ch == " ":
            continue
        if ch.isspace():
            return False
        if ignorecase and not (ch.isascii() and ch == ch.lower() or ch.lower() == ch == ch.upper()):
            return False  # a cased letter: another word's different letter could match the same text
    return True


def any_word_alternation(words) -> str:
    """A prefix tree of any phrases (spaces matching any run of blanks) that matches at a
    place, followed by whatever comes after it in a pattern, exactly when alternation()
    of them does there: for asking whether any of the words is in a text, where which
    one does not matter. Unlike trie_alternation(), the order in which it tries the
    words may differ, so the text a match covers may too."""
    return _any_word_alternation(tuple(str(w) for w in words))


@functools.lru_cache(maxsize=256)
def _any_word_alternation(words: tuple[str, ...]) -> str:
    if not words:
        return "(?!)"
    tree: dict = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _branch(tree)
    return "(?:" + body + ")" + ("?" if "" in tree else "")


def _branch(node: dict) -> str:
    parts = [(r"\s+" if ch == " " else re.escape(ch)) + _tail(child)
             for ch, child in sorted(node.items()) if ch]
    return "|".join(parts)


def _tail(node: dict) -> str:
    """The pattern after a letter: its continuations, optional when a word ends there."""
    rest = [ch for ch in node if ch]
    if not rest:
        return ""
    body = _branch(node)
    if "" in node:
        return "(?:" + body + ")?"
    return body if len(rest) == 1 else "(?:" + body + ")"


def first_letters(words) -> str | None:
    """The words' first letters ("adfjmnos"), when every word starts with a lower-case
    ASCII letter; else None. In a lookahead class before an alternation of the words
    they let the engine reject most places with one test (under IGNORECASE the class
    matches what the letters themselves match)."""
    firsts = {str(w)[:1] for w in words}
    if not firsts or not all(len(c) == 1 and "a" <= c <= "z" for c in firsts):
        return None
    return "".join(sorted(firsts))


def fast_compile(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), with the engine told which characters a match can open
    with where it does not find that out itself (a pattern opening with \\b, a lookaround,
    or a choice of words and classes): a search then skips every other character in a
    tight loop instead of trying the pattern at each (regextree.compile_fast does this for
    the temporal finder). The same matches. Under IGNORECASE the set holds every character
    that matches one of its letters (_every_case); a pattern that opens with a cased letter
    beyond ASCII, one the engine finds a prefix or a set for by itself, and any its
    internals cannot take are compiled plainly."""
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    try:
        p = _sre_parse.parse(pattern, flags)
        own = _sre_compile._code(p, p.state.flags)
        first = first_items(p.data)
        items = first[0] if first is not None and not first[1] else None
        if items and p.state.flags & re.IGNORECASE:
            items = _every_case(items)
        if own[0] is _sre_c.INFO and own[2] & (_sre_c.SRE_INFO_PREFIX | _sre_c.SRE_INFO_CHARSET) \
                or not items or p.getwidth()[0] == 0:
            return re.compile(pattern, flags)
        return compile_with_first(p, items, pattern, own)
    except Exception:  # noqa: BLE001 - another engine version: the plain compile
        return re.compile(pattern, flags)


# IGNORECASE matches an ASCII letter to both its cases and to these (FOLDS_TO_ASCII): İ and
# ı to i, ſ to s, the Kelvin sign to k; no other character matches an ASCII letter
_OTHER_CASES = {ord("i"): (0x130, 0x131), ord("s"): (0x17F,), ord("k"): (0x212A,)}


def _every_case(items: list) -> list | None:
    """first_items of an IGNORECASE pattern with every character that matches one of them
    under IGNORECASE: an ASCII letter's other case and _OTHER_CASES. None when an item is
    a cased letter beyond ASCII (its cases are not worked out here)."""
    out = []
    for kind, v in items:
        if kind is _sre_c.CATEGORY:  # \w, \s, \d and their negations hold every case of what they hold
            out.append((kind, v))
            continue
        if kind is _sre_c.LITERAL:
            codes = (v,)
        elif kind is _sre_c.RANGE and v[1] - v[0] < 1024:
            codes = range(v[0], v[1] + 1)
        else:
            return None
        for c in codes:
            ch = chr(c)
            if ch.isascii() and ch.isalpha():
                low = ord(ch.lower())
                out += [(_sre_c.LITERAL, x) for x in (low, ord(ch.upper()), *_OTHER_CASES.get(low, ()))]
            elif ch.lower() == ch == ch.upper():
                out.append((_sre_c.LITERAL, c))
            else:
                return None
    return out


def compile_with_first(p, items: list, source: str | None = None, code: list | None = None) -> re.Pattern:
    """The parsed pattern `p` compiled with an INFO block naming `items` (first_items) as
    the characters its matches open with; `source`: its text, kept as the pattern's
    .pattern (and what a copy is compiled from when pickled); `code`: its compiled code
    when the caller has it. Raises where this engine's code layout is not the one
    written here."""
    flags = p.state.flags
    lo, hi = p.getwidth()
    body = code if code is not None else _sre_compile._code(p, flags)
    body = body[1 + body[1]:] if body[0] is _sre_c.INFO else body  # without its own INFO block
    charset, _ = _sre_compile._optimize_charset(items)
    info = [_sre_c.INFO, 0, _sre_c.SRE_INFO_CHARSET, min(lo, _sre_compile.MAXCODE), min(hi, _sre_compile.MAXCODE)]
    _sre_compile._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    indexgroup = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        indexgroup[i] = name
    return _sre.compile(source, flags, info + body, p.state.groups - 1, p.state.groupdict, tuple(indexgroup))


def first_items(seq, from_end: bool = False) -> tuple[list, bool] | None:
    """The class items of every character a match of seq can start with (or end with,
    from_end), and whether seq can match the empty string; None when that cannot be said."""
    out: list = []
    for op, av in (reversed(list(seq)) if from_end else seq):
        if op in (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is _sre_c.LITERAL:
            out.append((op, av))
            return out, False
        if op is _sre_c.IN:
            if any(k not in (_sre_c.LITERAL, _sre_c.RANGE, _sre_c.CATEGORY) for k, _ in av):
                return None
            out.extend(av)
            return out, False
        if op is _sre_c.SUBPATTERN:
            if av[1] or av[2]:
                return None
            r = first_items(av[3], from_end)
        elif op is _sre_c.ATOMIC_GROUP:
            r = first_items(av, from_end)
        elif op is _sre_c.BRANCH:
            items: list = []
            nullable = False
            for alt in av[1]:
                ra = first_items(alt, from_end)
                if ra is None:
                    return None
                items += ra[0]
                nullable = nullable or ra[1]
            r = (items, nullable)
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT):
            r = first_items(av[2], from_end)
            if r is not None and av[0] == 0:
                r = (r[0], True)
        else:
            return None
        if r is None:
            return None
        out += r[0]
        if not r[1]:
            return out, False
    return out, True



_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Open(Exception):
    """The first character of a pattern's matches cannot be put in one class."""


def first_char_lookahead(pattern: str, flags: int = 0) -> str:
    """A lookahead "(?=[...])" of every character a match of `pattern` can start with,
    or "" when that cannot be said (a match may be empty, start with any character,
    refer to a group...). Put before the pattern and compiled with the same flags it
    adds no condition a match does not already meet, but lets the engine reject most
    places with one class test instead of trying optional prefixes there."""
    if _INLINE_FLAGS.match(pattern):
        return ""  # global flags must stay first
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]
        items, nullable = _first(sre_parse.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - an unusual pattern is simply left as it is
        return ""
    if nullable or not items:
        return ""
    return "(?=[" + "".join(sorted(items)) + "])"


def _first(seq) -> tuple[set[str], bool]:
    from re import _constants as c  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, av in seq:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is c.LITERAL:
            out.add(_lit(av))
            return out, False
        if op is c.IN:
            for kind, v in av:
                if kind is c.LITERAL:
                    out.add(_lit(v))
                elif kind is c.RANGE:
                    out.add(_lit(v[0]) + "-" + _lit(v[1]))
                elif kind is c.CATEGORY and v in _CATEGORIES:
                    out.add(_CATEGORIES[v])
                else:
                    raise _Open
            return out, False
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Open  # local flags
            f, n = _first(av[3])
        elif op is c.ATOMIC_GROUP:
            f, n = _first(av)
        elif op is c.BRANCH:
            f, n = set(), False
            for alt in av[1]:
                fa, na = _first(alt)
                f |= fa
                n = n or na
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            f, n = _first(av[2])
            n = n or av[0] == 0
        else:
            raise _Open
        out |= f
        if not n:
            return out, False
    return out, True


def _lit(code: int) -> str:
    return f"\\U{code:08x}"


def _categories() -> dict:
    from re import _constants as c  # type: ignore[attr-defined]

    return {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
            c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}


_CATEGORIES = _categories()


# The characters other than ASCII letters that IGNORECASE matches to an ASCII letter, or
# whose lower case holds one: "ı" ~ i, "ſ" ~ s, "K" (Kelvin sign) ~ k, and "İ", which
# lower-cases to "i" and a combining dot (two characters). A text without them can be
# lower-cased and matched case-sensitively by lower-case ASCII patterns, with the same
# matches at the same offsets; every such shortcut in factcheck tests for these.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
# those of them whose lower() shows an ASCII letter where the text has none (İ, K)
LOWERS_TO_ASCII = "".join(c for c in FOLDS_TO_ASCII if any(x.isascii() for x in c.lower()))
# and for folded(), also "Σ", whose lower case depends on the letters around it (σ, or ς
# at the end of a word): not lowered one character at a time
ODD_CASE = FOLDS_TO_ASCII + "\u03a3"
_ODD0, _ODD1, _ODD2, _ODD3, _ODD4 = ODD_CASE


def folded(text: str) -> str | None:
    """text.lower() when it is a faithful stand-in for IGNORECASE matching of ASCII
    words: same length, same offsets, each character lowered on its own, and an ASCII
    letter matched under IGNORECASE at some place is that letter in the lowered text.
    None for texts with the few characters where that fails (then callers match the
    text as it is)."""
    if not text.isascii() and (_ODD0 in text or _ODD1 in text or _ODD2 in text or _ODD3 in text or _ODD4 in text):
        return None  # (five tests written out: a generator of them cost more than the tests)
    return text.lower()


def lowered(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern | None:
    """`pattern` compiled without IGNORECASE, when every character it names is a
    lower-case ASCII letter or has no case ("5", "-", "€"): run over the text folded()
    gives, it matches exactly what `pattern` with IGNORECASE matches in the text, and
    faster (without IGNORECASE the engine rejects an alternative at its first
    character; fast_compile skips the places none can open at). None for other
    patterns, or ones that refer back to a group."""
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]
        ok = _lower_seq(sre_parse.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - an unusual pattern is simply not copied
        return None
    return fast_compile(pattern, flags & ~re.IGNORECASE) if ok else None


def _caseless_or_lower(code: int) -> bool:
    ch = chr(code)
    return ch.isascii() and ch == ch.lower() or ch.lower() == ch == ch.upper()


def _lower_seq(seq) -> bool:
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in seq:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _caseless_or_lower(av):
                return False
        elif op is c.IN:
            for kind, v in av:
                if kind in (c.LITERAL, c.NOT_LITERAL):
                    ok = _caseless_or_lower(v)
                elif kind is c.RANGE:
                    ok = v[1] - v[0] < 1024 and all(_caseless_or_lower(x) for x in range(v[0], v[1] + 1))
                else:
                    ok = kind in (c.CATEGORY, c.NEGATE)
                if not ok:
                    return False
        elif op is c.SUBPATTERN:
            if av[1] or av[2] or not _lower_seq(av[3]):
                return False  # local flags
        elif op is c.BRANCH:
            if not all(_lower_seq(alt) for alt in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _lower_seq(av[2]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _lower_seq(av[1]):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _lower_seq(av):
                return False
        elif op not in (c.AT, c.ANY):
            return False  # a group reference, a conditional...
    return True


def needles(words) -> tuple[str, ...] | None:
    """Lower-case strings such that any IGNORECASE match of the words' alternation()
    contains one of them: a word of each phrase (the one most phrases share, so that
    there are few), phrases that begin alike cut to what they share ("doubled",
    "doubling" -> "doubl"). None when a word is not ASCII (then lower-casing says
    nothing sure about a match)."""
    phrases = [str(w).lower().split(" ") for w in words]
    if any(not p or not all(p) or not all(x.isascii() for x in p) for p in phrases):
        return None
    count: dict[str, int] = {}
    for p in phrases:
        for x in set(p):
            count[x] = count.get(x, 0) + 1
    chosen = sorted({max(p, key=lambda x: (count[x], len(x), x)) for p in phrases})
    out: list[str] = []
    for x in chosen:  # sorted: words sharing a beginning are neighbours
        if out:
            k = 0
            while k < min(len(out[-1]), len(x)) and out[-1][k] == x[k]:
                k += 1
            if k == len(out[-1]):
                continue  # the last one is in this one
            if k >= 4:
                out[-1] = x[:k]
                continue
        out.append(x)
    return tuple(out)


def may_match(low: str | None, pieces: tuple[str, ...] | None) -> bool:
    """False only when no phrase whose needles() are `pieces` can match under
    IGNORECASE in the text folded() to `low`: a cheap test before a slow scan."""
    if low is None or pieces is None:
        return True
    for p in pieces:  # (a loop, not any() of a generator: called per figure and category)
        if p in low:
            return True
    return False


def phrase_starts(words, text: str) -> list[int]:
    """Every offset where one of the phrases matches under IGNORECASE (any blank between
    words), overlapping ones too: what finditer of "(?=" + alternation(words) + ")" gives.
    For lower-case ASCII phrases and a text folded() allows, each offset is found by a
    pattern that takes the first letter and looks ahead for the rest, case-sensitively
    over the lower-cased text: the engine then skips to the next possible first letter in
    C, where a lookahead first is tried, case-blind, at every character."""
    lead, plain = _phrase_starts_patterns(tuple(str(w) for w in words))
    low = folded(text) if lead is not None else None
    if low is None:
        return [m.start() for m in plain.finditer(text)]
    return [m.start() for m in lead.finditer(low)]


@functools.lru_cache(maxsize=64)
def _phrase_starts_patterns(words: tuple[str, ...]) -> tuple[re.Pattern | None, re.Pattern]:
    plain = re.compile(f"(?={_alternation(words)})", re.IGNORECASE)
    if not words or not all(w and w[0] != " " and _tree_word(w, True) and w.isascii() for w in words):
        return None, plain
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(w[1:])
    lead = "|".join(re.escape(c) + "(?=" + _alternation(tuple(r)) + ")" for c, r in sorted(rests.items()))
    return re.compile(lead), plain


def last_match(matches):
    """The last of an iterator of matches (finditer), or None."""
    m = None
    for m in matches:
        pass
    return m


def search_folded(rx: re.Pattern, text: str, low: str | None) -> re.Match | None:
    """rx.search(text) for a case-blind pattern, run as its lowered() copy over `low`
    (folded(text), or None when there is none) where it has one: a match at the same
    place, faster. Its groups are in lower case."""
    lo = _lowered_of(rx.pattern, rx.flags) if low is not None else None
    return rx.search(text) if lo is None else lo.search(low)


@functools.lru_cache(maxsize=256)
def _lowered_of(pattern: str, flags: int) -> re.Pattern | None:
    return lowered(pattern, flags) if flags & re.IGNORECASE else None
