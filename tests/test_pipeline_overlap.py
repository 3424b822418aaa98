"""extract_claims drops a figure inside a date the way the pairwise test does."""
from hypothesis import given, settings, strategies as st

from factcheck.model import Claim
from factcheck.pipeline import _outside, _overlaps

_SPAN = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPAN, max_size=8), st.lists(_SPAN, max_size=8))
def test_quantities_outside_every_temporal_span_are_kept_in_order(qs, ts):
    quantities = [Claim(kind="quantity", text="", span=s) for s in qs]
    temporal = [Claim(kind="date", text="", span=s) for s in ts]
    expected = [q for q in quantities if not any(_overlaps(q.span, t.span) for t in temporal)]
    assert _outside(quantities, temporal) == expected
