"""agreement.headline and the frame readings it rests on: examples written for them."""
from __future__ import annotations

from factcheck import check


def _headline(text: str, published: str = "1987-03-20"):
    return [f for f in check(text, published=published).findings if f.rule == "agreement.headline"]


def _claim(text: str, said: str, published: str = "1987-03-20"):
    return next(c for c in check(text, published=published).claims if c.text == said)


def test_past_perfect_after_a_reporting_verb_is_no_earlier_figure():
    # "said it had given": the report's tense moved back; the figure is today's
    text = ("HARBOUR BOARD GETS 90 MLN STG AID\n\nThe treasury said it had given the harbour board "
            "a further 45 mln stg in aid this morning.")
    assert not _claim(text, "45 mln stg").extra.get("superseded")
    assert any(f.severity == "warning" for f in _headline(text))
    # "Earlier, the company had said 44": an earlier statement the text replaces
    earlier = "Earlier, the mine company had said 44 miners were trapped. It now says 40 are trapped."
    assert _claim(earlier, "44").extra.get("superseded")
