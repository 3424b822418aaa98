"""Set C's misses and false warnings, in sentences of our own: an event word right after
one figure is not the next figure's, the figure a rate is per and a rate per an amount
are no levels, a headline's first figure has no verb to match, and a share of another
whole in an aside is no level of a change."""
import factcheck


def _claims(text):
    r = factcheck.check(text)
    return r, {c.text: c for c in r.claims if c.kind == "quantity"}


def _hits(report, rule):
    return [f for f in report.findings if f.rule == rule and f.severity in ("warning", "error")]


def _texts(report, finding):
    by_id = {c.id: c.text for c in report.claims}
    return {by_id[c] for c in finding.claims}


def test_an_event_word_after_another_figure_is_that_figures():
    _, c = _claims("At least 12 dead, 90 rescued after ferry capsizes")
    assert c["At least 12"].category == "casualties" and c["90"].category != "casualties"
    _, c = _claims("Over 60 people were injured when 9 carriages of an express left the rails on Sunday.")
    assert c["Over 60"].category == "injuries" and c["9"].category != "injuries"
    # the verb before a figure is still the figures' after it
    _, c = _claims("The blast killed 12 people and wounded 30 others on Sunday.")
    assert c["12"].category == "casualties" and c["30"].category == "injuries"


def test_headline_count_against_the_leads_count_once_a_carriage_count_is_no_injury():
    text = ("Rail crash leaves 30 dead, 240 hurt\n\nAt least 30 people were killed and over 140 "
            "injured when 15 carriages of an express derailed near the station on Sunday.")
    r = factcheck.check(text)
    hits = [f for f in _hits(r, "agreement.headline") if "240" in _texts(r, f)]
    assert hits and "over 140" in _texts(r, hits[0])


def test_the_amount_a_rate_is_per_and_the_rate_are_no_levels():
    r, c = _claims("The town set its tax rate at $0.21 per $100 of property value on Monday.")
    assert c["$0.21"].aspect["kind"] == "rate" and c["$100"].aspect["kind"] == "rate"
    r = factcheck.check("Town adopts $41.2M budget, lowers tax rate\n\n"
                        "The council set the tax rate at $0.21 per $100 of property value on Monday.")
    assert not _hits(r, "agreement.headline")


def test_a_headline_count_with_no_verb_before_it_is_not_any_count_with_no_verb():
    r = factcheck.check("90,000 displaced by river floods\n\nThe waters rose in six districts of the "
                        "province on Monday, covering 2,300 villages.")
    assert not _hits(r, "agreement.headline")
