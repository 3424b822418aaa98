"""The fast finder (temporal/finder.py) returns exactly what the plain windowed scan
below returns: the same patterns, spans and groups, on every text."""
import ast
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from factcheck.extract.temporal import _finder, _patterns
from factcheck.extract.temporal.regextree import compile_fast, lowered
from factcheck.extract.temporal.lexicon import lexicon_for
from factcheck.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
_TOKENS = re.compile(r"[A-Za-z]+|\d+")


def reference_find(patterns, text):
    """The finder as first written: tokenise, window +-60 around the trigger tokens
    (to the next blank), finditer each pattern there, keep the longest, no overlaps."""
    by_word = {}
    for t in _TOKENS.finditer(text):
        w = t.group()
        by_word.setdefault("#" if w[0].isdigit() else w.lower(), []).append(t.span())
    cands = []
    for rank, pat in enumerate(patterns):
        hits = sorted(h for w in pat.triggers for h in by_word.get(w, ()))
        spans = []
        for a, b in hits:
            lo, hi = max(0, a - 60), min(len(text), b + 60)
            while hi < len(text) and not text[hi].isspace():
                hi += 1
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
            else:
                spans.append((lo, hi))
        for lo, hi in spans:
            for m in pat.rx.finditer(text, lo, hi):
                a, b = m.span()
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    cands.append((a, b, rank, pat.name, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken, out = [], []
    for a, b, _, name, m in cands:
        if not any(a < tb and ta < b for ta, tb in taken):
            taken.append((a, b))
            out.append((name, a, b, m.span(), m.groupdict()))
    return sorted(out, key=lambda x: x[1])


def _test_strings():
    """Every string literal of the temporal tests: hundreds of sentences with dates in them."""
    out = []
    for path in sorted((ROOT / "tests").glob("test_temporal*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 12:
                out.append(node.value)
    return out


@pytest.fixture(scope="module")
def patterns():
    return _patterns(lexicon_for(Settings().ruleset()))


@pytest.fixture(scope="module")
def finder():
    return _finder(lexicon_for(Settings().ruleset()))


def _same(finder, patterns, text):
    got = [(mt.name, mt.start, mt.end, mt.m.span(), mt.m.groupdict()) for mt in finder.find(text)]
    assert got == reference_find(patterns, text)
    assert all(mt.m.string is text for mt in finder.find(text))


def test_every_pattern_has_a_lower_case_copy(finder):
    assert [p.name for p, low in zip(finder.patterns, finder.low) if low is None] == []


def test_the_seed_article(finder, patterns):
    _same(finder, patterns, (ROOT / "seeds" / "kazakhstan-csto-pullout.txt").read_text(encoding="utf-8"))


def test_the_sentences_of_the_temporal_tests(finder, patterns):
    texts = _test_strings()
    assert len(texts) > 200
    for text in texts:
        _same(finder, patterns, text)
        _same(finder, patterns, text.upper())


@pytest.mark.parametrize("text", [
    "On THURSDAY, March 3, 2022 at 10:35 a.m. (0735 GMT), two years ago.",
    "Talks ran from Jan. 3 to\n\n\n      Jan. 5, 1998, and again in mid-March; the 1990s and '80s.",
    # characters IGNORECASE folds to ASCII letters although lower() does not, or the reverse
    "The \u212aelvin-sign week of March 3 and the \u017funday after, \u0130stanbul, in \u0131995.",
    "\u0130n March 2021 and three years earlier, Q1 2020 and FY22.",
    "ſunday ſix days; Monday ſeven weeks.",
    "Twelve   years   ago, in the   summer of 1999, every Monday morning.",
    # long runs of blanks inside a match: the finder's reach around a trigger word grows with them
    "It happened last\n\n\n\n\n\n        Monday, early  -- -- next\t\t\tweek, and about two\n\n\n\n\n\n\n\n\n\n\n years ago.",
    "more than                                                                    three years later",
    "12345678901234567890 days and the 1990s; Fridays; the  same  week; mid-March 2020 to mid - April.",
    # matches that overlap a longer one by a single character at either end
    "January 1 days, Monday 3 weeks ago; 2022 12 days; March 3 2 years; the 1990s 5 months",
    "in March 3 days ago, on May 12 weeks earlier",
])
def test_odd_texts(finder, patterns, text):
    _same(finder, patterns, text)


def test_a_lowered_copy_matches_as_the_pattern_does():
    rx = re.compile(r"\b(?P<m>jan(?:uary)?|MAR)\s+(?P<d>[0-3]?\d)(?![A-C])", re.I)
    low = lowered(rx)
    for text in ["JANUARY 3", "Mar 12", "mar 3b", "Mar 3C", "mAr 31"]:
        a, b = rx.search(text), low.search(text.lower())
        assert (a and a.span()) == (b and b.span())


def test_a_pattern_with_a_cased_non_ascii_letter_keeps_its_case_folding():
    assert lowered(re.compile("caf\u00e9", re.I)) is None
    assert lowered(re.compile("march")) is None  # case-sensitive: nothing to lower


def _plain_hits(finder, text):
    out = [[] for _ in range(finder.n_groups)]
    for t in _TOKENS.finditer(text):
        w = t.group()
        for g in finder.groups_of_word.get("#" if w[0].isdigit() else w.lower(), ()):
            out[g].append(t.span())
    return out


@pytest.mark.parametrize("text", [
    "March 3, 2022: FY22 Q1, 5pm, covid19 and 12,000 troops; next week-end.",
    "Monday", "2022", "a\u00e9march 3 \u00e9t\u00e92021x", "THE WEEK OF MARCH 3",
])
def test_trigger_tokens_are_the_tokens_of_the_plain_tokeniser(finder, text):
    assert [[h[:2] for h in g] for g in finder._hits(text, text.lower())[0]] == _plain_hits(finder, text)


def test_trigger_tokens_of_the_test_sentences(finder):
    for text in _test_strings():
        assert [[h[:2] for h in g] for g in finder._hits(text, text.lower())[0]] == _plain_hits(finder, text)


def test_a_compiled_copy_that_knows_its_first_characters_finds_the_same():
    from re import _parser

    for rx in [r"(?:early\s+)?\b(?P<m>march|may)\s+(?P<d>\d+)", r"(?<![\w.])(?:19|20)\d\d\b", r"(?:a|b)?c+"]:
        plain, fast = re.compile(rx), compile_fast(_parser.parse(rx))
        for text in ["early march 3 and may 12", "in 1999, 2020s, x2021", "abc bcc cc ac", ""]:
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_role_cues_read_backwards_find_what_the_forward_search_found():
    """roles.role matches its 'before' cues on the reversed text; the plain form is a cue,
    then a determiner perhaps, at the end of the text, searched for anywhere in it."""
    import random

    from factcheck.extract.temporal import roles
    from factcheck.extract.temporal.lexicon import alt
    lex = lexicon_for(Settings().ruleset())
    words = ["the", "a", "next", "Early", "MID", "x", "in", "on", "BY", "Until", "abyss", "standby"]
    plain = {}
    for role in ("completion", "deadline", "start"):
        before = (lex.roles.get(role) or {}).get("before") or []
        words += before
        plain[role] = re.compile(rf"(?<![\w-]){alt(before)}\s+(?:(?:the|a|an|this|next|last|early|late|mid)\s+)?$", re.I)
    rng = random.Random(7)
    seen = 0
    for _ in range(5000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", "", " \n", "-"]) for _ in range(rng.randint(1, 5)))
        for role, rx in plain.items():
            backwards = roles._cues(lex)[role][0]
            assert bool(rx.search(text)) == bool(backwards.match(text[::-1])), (role, text)
            seen += bool(rx.search(text))
    assert seen > 1000


def test_a_match_starts_within_the_lead_read_off_its_pattern(finder):
    """regextree.trigger_reach: a match holds a whole trigger word at most `lead` characters
    from its start and ends before `reach` past that word's start."""
    from factcheck.extract.temporal import finder as fm
    texts = _test_strings() + [(ROOT / "seeds" / "kazakhstan-csto-pullout.txt").read_text(encoding="utf-8")]
    checked = 0
    for text in texts:
        lt = text.lower()
        if len(lt) != len(text) or any(c in text for c in fm._ODD_FOLD):
            continue  # matched the plain way, without zones
        hits, longest = finder._hits(text, lt)
        runs = fm._runs(text, longest)
        for rank, (pat, low, _, reach) in enumerate(finder.plan):
            if reach is None:
                continue
            (l0, lh, ld), (a0, ah, ad) = reach
            lead = float("inf") if l0 is None else l0 + lh * runs[0] + ld * runs[1]
            ahead = float("inf") if a0 is None else a0 + ah * runs[0] + ad * runs[1]
            starts = [h[0] for h in hits[finder.group_of[rank]]]
            for m in low.finditer(lt):
                assert any(m.start() <= t <= m.start() + lead and m.end() <= t + ahead for t in starts), \
                    (pat.name, m.group(), text)
                checked += 1
    assert checked > 100


# digits, dots, blanks, month and unit words, marks: runs of them are what made the finder
# quadratic (a search for the next blank from every token, the all-pairs overlap loop)
_SOUP = ["1", "12", "2022", "1999", "0", ".", "...", " ", "   ", "\n", "\t", "-", "\u2013", ",", "/", ":",
         "'", "\u00b2", "\u200b", "\u0301", "\x00", "January", "Jan.", "may", "Monday", "next", "week",
         "days", "the", "1st", "a.m.", "ago", "early", "to", "s", "Q", "year", "\u0130", "ſ"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_SOUP), max_size=40))
def test_random_soups_find_what_the_plain_scan_finds(finder, patterns, pieces):
    _same(finder, patterns, "".join(pieces))


def _plain_windows(finder, text):
    """Each trigger token's window as the plain scan makes it: +-60, then on to the next blank."""
    out = [[] for _ in range(finder.n_groups)]
    for g, spans in enumerate(_plain_hits(finder, text)):
        for a, b in spans:
            hi = min(len(text), b + 60)
            while hi < len(text) and not text[hi].isspace():
                hi += 1
            out[g].append((a, b, max(0, a - 60), hi))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_SOUP + ["x" * 50, "1" * 70]), max_size=30))
def test_windows_end_at_the_blank_the_plain_scan_reaches(finder, pieces):
    text = "".join(pieces)
    assert finder._hits(text, text.lower())[0] == _plain_windows(finder, text)


def test_without_the_engines_parser_the_finder_warns_and_runs_plain_patterns(monkeypatch, finder, patterns,
                                                                           seed_text):
    """A Python whose re package has no _parser, _compiler or _constants (they were
    sre_parse... before 3.11): regextree warns, and the finder runs every pattern as it
    is, without lower-case copies, gates or reach bounds; the seed article's matches
    are the same."""
    import importlib.util
    import sys

    from factcheck.extract.temporal import finder as fm, regextree

    # (a module of the package, so that its relative imports resolve)
    spec = importlib.util.spec_from_file_location("factcheck.extract.temporal.regextree_without_parser",
                                                  regextree.__file__)
    fallback = importlib.util.module_from_spec(spec)
    with pytest.warns(RuntimeWarning, match="regex parser cannot be read"):
        with monkeypatch.context() as m:  # only while it imports: re.compile needs them
            for name in ("_parser", "_compiler", "_constants"):
                m.delattr(re, name)
                m.setitem(sys.modules, f"re.{name}", None)
            spec.loader.exec_module(fallback)
    assert not fallback.AVAILABLE and fallback.lowered(re.compile("march", re.I)) is None
    monkeypatch.setattr(fm, "lowered_tree", fallback.lowered_tree)
    plain = fm.Finder(patterns)
    assert all(low is None and gate is None and reach is None for _, low, gate, reach in plain.plan)

    def seen(matches):
        return [(mt.name, mt.start, mt.end, mt.m.span(), mt.m.groupdict()) for mt in matches]
    assert seen(plain.find(seed_text)) == seen(finder.find(seed_text))
    assert len(seen(plain.find(seed_text))) >= 5
