"""Properties: figures that are right by construction never raise a finding."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from factcheck import check
from factcheck.checks._numeric import half_unit, interval
from factcheck.model import Claim


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=3))
def test_interval_contains_the_stated_value(n, decimals):
    v = n / 10**decimals
    text = f"{v:,.{decimals}f}"
    c = Claim(kind="quantity", text=text, span=(0, len(text)), value=v, low=v, high=v, unit="percent")
    lo, hi = interval(c)
    assert lo <= v <= hi
    # rounding never eats more than two significant digits leave room for
    assert half_unit(c) <= max(0.05 * v, 0.5 * 10 ** -decimals) + 1e-9


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=100, max_value=9_000), st.integers(min_value=100, max_value=9_000))
def test_correctly_rounded_change_never_fires(x, y):
    change = (y / x - 1) * 100
    verb = "rose" if change >= 0 else "fell"
    text = f"Revenue {verb} {abs(change):.0f}% to ${y}m from ${x}m in the quarter."
    found = [f for f in check(text).findings if f.rule == "arithmetic.percent-change"]
    assert not found, (text, [f.message for f in found])


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=5_000), st.integers(min_value=1, max_value=5_000))
def test_correctly_rounded_share_never_fires(part, extra):
    whole = part + extra
    text = f"Some {part:,} of the {whole:,} workers, or {part / whole * 100:.0f}%, were laid off."
    found = [f for f in check(text).findings if f.rule == "arithmetic.share"]
    assert not found, (text, [f.message for f in found])


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=900))
def test_correctly_rounded_unit_conversion_never_fires(km):
    text = f"The road is {km} km ({km * 0.621371:.0f} miles) long."
    found = [f for f in check(text).findings if f.rule == "arithmetic.conversion"]
    assert not found, (text, [f.message for f in found])


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=__import__("datetime").date(1950, 1, 1), max_value=__import__("datetime").date(2050, 12, 31)),
       st.integers(min_value=0, max_value=6))
def test_weekday_of_a_written_date(d, shift):
    named = (d.weekday() + shift) % 7
    weekday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][named]
    text = f"The meeting took place on {weekday}, {d.strftime('%B')} {d.day}, {d.year}, in Vienna."
    found = [f for f in check(text).findings if f.rule == "temporal.weekday-date"]
    assert bool(found) == (shift != 0), text
