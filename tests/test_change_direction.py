"""arithmetic.change-direction: a change word against the way its from/to figures move."""
import pytest

from factcheck import check

RULE = "arithmetic.change-direction"


def _hits(text: str):
    report = check(text, published="2024-03-01")
    texts = {c.id: c.text for c in report.claims}
    return [(f.severity, f.message, sorted(texts[c] for c in f.claims)) for f in report.findings if f.rule == RULE]


def test_a_fall_whose_figures_rise_is_an_error_naming_both_figures():
    [(severity, message, claims)] = _hits("Weekly jobless claims fell to 412,300 from 398,100.")
    assert severity == "error"
    assert "went up" in message
    assert claims == ["398,100", "412,300"]


def test_a_rise_whose_figures_rise_passes_and_is_marked():
    report = check("Weekly jobless claims rose to 412,300 from 398,100.", published="2024-03-01")
    assert not [f for f in report.findings if f.rule == RULE]
    assert any(k.rule == RULE and k.outcome == "pass" for c in report.claims for k in c.checks)


def test_a_from_figure_that_leaves_its_unit_to_the_to_figure_is_read():
    assert _hits("Farm debt rose to 4.25 billion dlrs from 4.61 billion.")


def test_each_change_of_a_sentence_keeps_its_own_pair():
    assert not _hits("Wheat stocks fell to 2.1 mln tonnes from 2.6 mln, while maize stocks rose to 3.4 mln tonnes from 2.9 mln.")
    [(_, _, claims)] = _hits("Wheat stocks fell to 2.1 mln tonnes from 2.6 mln, while maize stocks rose to 2.4 mln tonnes from 2.9 mln.")
    assert claims == ["2.4 mln tonnes", "2.9 mln"]


def test_a_sign_carried_by_a_word_is_not_read_on_magnitudes():
    assert not _hits("The airline swung to a loss of 12 mln dlrs from a profit of 9 mln dlrs.")
    assert not _hits("The budget fell to a deficit of 3 billion crowns from a surplus of 2 billion crowns.")


def test_a_currency_quoted_in_itself_is_not_read():
    assert not _hits("The yen rose to 141.70 from 143.20 in Tokyo.")
    assert _hits("The dollar rose to 141.70 yen from 143.20 yen in Tokyo.")


def test_a_range_per_item_is_no_movement():
    assert not _hits("Seats on the route cost from 90 to 120 dlrs each.")


def _percent_change(text: str):
    report = check(text, published="2024-03-01")
    return [f.message for f in report.findings if f.rule == "arithmetic.percent-change"]


def test_an_amount_of_change_must_be_the_difference_of_its_pair():
    [message] = _percent_change("Farm exports rose 30 mln dlrs to 412.5 mln dlrs from 372.5 mln dlrs.")
    assert "40m" in message
    assert not _percent_change("Farm exports rose 40 mln dlrs to 412.5 mln dlrs from 372.5 mln dlrs.")


def test_an_amount_against_another_time_is_no_change_of_its_pair():
    assert not _percent_change("The rig count rose 9 to 310 this week, against 560 a year earlier.")


def test_a_level_with_its_noun_and_time_before_up_or_down_from_is_the_changed_level():
    found = [f for f in check("It operated 100 stores last month, down from 92 in February 1986.",
                              published="1987-03-02").findings if f.rule == "arithmetic.change-direction"]
    assert len(found) == 1 and "went up" in found[0].message
    assert not [f for f in check("It operated 100 stores last month, up from 92 in February 1986.",
                                 published="1987-03-02").findings if f.rule == "arithmetic.change-direction"]


def test_an_amount_elsewhere_in_the_sentence_does_not_make_the_figures_a_currency_quote():
    text = ("The value rose 3.9 pct to 1.25 billion dlrs in October while the number of units approved "
            "rose to 17,552 from 19,079 units.")
    [f] = [f for f in check(text, published="1987-03-02").findings if f.rule == "arithmetic.change-direction"]
    assert "19,079" in f.message and "went down" in f.message
    # the currency that moved, named before the change, still reads its price the other way
    assert not [f for f in check("The yen rose to 150.20 from 151.40 to the dollar.").findings
                if f.rule == "arithmetic.change-direction"]


def test_the_figure_of_an_aside_is_not_the_level_a_change_after_it_is_of():
    text = ("ATT reported a 1986 profit of 139 mln, after a 1.7 billion dlr charge against earnings, "
            "down from 1.56 billion dlrs the prior year.")
    assert not [f for f in check(text, published="1987-03-23").findings if f.rule == "arithmetic.change-direction"]


def test_reduced_and_a_described_earlier_figure_are_read():
    hits = lambda t: [f for f in check(t, published="1987-03-02").findings if f.rule == "arithmetic.change-direction"]
    assert hits("The offering was reduced to 33 mln shares from the proposed 30 mln.")
    assert not hits("The offering was reduced to 30 mln shares from the proposed 33 mln.")
    # a word between the change and its preposition's figure: "up from a 16 mln bpd average"
    assert hits("Output was 17.5 mln bpd, down from a 16 mln bpd average for February.")


@pytest.mark.parametrize("wrong,right,published", [
    # set AD: "there were 1,266,700 people registered as jobless in employment offices in
    # February, down from 1,133,700 in January" (a rise called down)
    ("The office said there were 1,266,700 people registered as jobless in employment offices "
     "in February, down from 1,133,700 in January.",
     "The office said there were 1,066,700 people registered as jobless in employment offices "
     "in February, down from 1,133,700 in January.", "2018-03-23"),
    # set AD: "net income of C$2.035 billion ..., lower than C$1.250 [billion] ... a year ago"
    ("Air Canada reported net income of C$2.035 billion for the third quarter, lower than "
     "C$1.250 billion in the same quarter a year ago.",
     "Air Canada reported net income of C$1.035 billion for the third quarter, lower than "
     "C$1.250 billion in the same quarter a year ago.", "2024-11-01"),
    ("Inflation was 4.1 pct in May, higher than 5.2 pct in April.",
     "Inflation was 6.1 pct in May, higher than 5.2 pct in April.", "2024-06-01"),
])
def test_a_level_before_up_from_or_lower_than_is_held_against_that_figure(wrong, right, published):
    def hits(t):
        return [f for f in check(t, published=published).findings if f.rule == "arithmetic.change-direction"]
    assert hits(wrong) and not hits(right)
