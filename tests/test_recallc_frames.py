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
    # a part of that figure shares its word
    _, c = _claims("The toll stood at 80 dead, including 30 soldiers and 50 villagers, officials said.")
    assert c["30"].category == "casualties" and c["50"].category == "casualties"
    _, c = _claims("More than 60 people have died, nine of them children, since the storm struck.")
    assert c["nine"].category == "casualties"
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


def test_a_time_back_is_no_rate():
    _, c = _claims("Revenue was 8.1 mln dlrs, up from 7.4 mln dlrs a year earlier, and fees were 2 dlrs a share.")
    assert c["7.4 mln dlrs"].aspect["kind"] != "rate" and c["2 dlrs"].aspect["kind"] == "rate"
    _, c = _claims("The average price stood at 210,400 euros, up from 190,100 euros a year ago.")
    assert c["190,100 euros"].aspect["kind"] != "rate"


def test_a_headline_toll_against_the_people_the_body_counts_killed():
    r = factcheck.check("30 KILLED IN MINE BLAST\n\nAn explosion at a coal mine killed 18 miners and injured 40, "
                        "the agency said.")
    hits = _hits(r, "agreement.headline")
    assert hits and _texts(r, hits[0]) == {"30", "18"}
    r = factcheck.check("80 KILLED IN MINE BLAST\n\nAn explosion at a coal mine killed 18 miners and injured 40, "
                        "the agency said, and 62 more were found dead later.")
    assert all("40" not in _texts(r, f) for f in _hits(r, "agreement.headline"))
