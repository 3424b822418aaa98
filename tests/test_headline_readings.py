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
            "45 mln stg in aid this morning.")
    assert not _claim(text, "45 mln stg").extra.get("superseded")
    assert any(f.severity == "warning" for f in _headline(text))
    # "Earlier, the company had said 44": an earlier statement the text replaces
    earlier = "Earlier, the mine company had said 44 miners were trapped. It now says 40 are trapped."
    assert _claim(earlier, "44").extra.get("superseded")


def test_a_change_verb_then_an_article_and_adjectives_states_a_change():
    # "rose a real 0.8 pct", "fell a seasonally adjusted 13.2 pct": the change, not a share
    text = "Output rose a real 0.8 pct, and retail sales fell a seasonally adjusted 13.2 pct."
    assert _claim(text, "0.8 pct").aspect == {"kind": "change", "direction": "up"}
    assert _claim(text, "13.2 pct").aspect == {"kind": "change", "direction": "down"}


def test_a_quarter_named_by_its_months_is_that_quarter():
    for text, said in (("Output rose 0.8 pct in the October/December quarter.", "0.8 pct"),
                       ("Sales in the December quarter fell 13.2 pct.", "13.2 pct"),
                       ("Sales fell 13.2 pct in the quarter ended December 31.", "13.2 pct"),
                       ("WIDGET OCTOBER/DECEMBER OUTPUT UP 0.8 PCT", "0.8 PCT")):
        assert _claim(text, said).period["timex"] == "1986-Q4", text
    # two months that are no calendar quarter stay two months
    assert [c.text for c in check("Sales rose in January/February.", published="1987-03-20").claims] \
        == ["January", "February"]


def test_a_headline_quarter_and_the_body_quarter_are_compared():
    text = ("WIDGET OCTOBER/DECEMBER OUTPUT RISES 1.6 PCT\n\nWidget output rose a real 0.8 pct in the "
            "October/December quarter after a revised 0.7 pct increase in the previous quarter.")
    assert any(f.severity == "warning" for f in _headline(text))
    assert not [f for f in _headline(text.replace("1.6 PCT", "0.8 PCT")) if f.severity != "info"]


def test_newswire_names_of_other_dollars_and_francs_are_read():
    text = ("Acme issued an 80 mln Canadian dlr bond, 50 mln Aust dlrs of notes, 1.5 billion "
            "N.Z. dlrs of bills and a 900 mln franc loan in Paris.")
    units = {c.text: c.unit for c in check(text, published="1987-03-20").claims if c.kind == "quantity"}
    assert units == {"80 mln Canadian dlr": "CAD", "50 mln Aust dlrs": "AUD",
                     "1.5 billion N.Z. dlrs": "NZD", "900 mln franc": "FRF"}


def test_a_headline_dollar_with_no_country_is_any_dollar():
    text = ("AIRLINE SETS 598 DLR FARE TO BRUSSELS\n\nThe airline said it plans a one-way fare of "
            "299 Canadian dollars between Montreal and Brussels.")
    assert any(f.severity == "warning" for f in _headline(text))
    assert not [f for f in _headline(text.replace("598 DLR", "299 DLR")) if f.severity != "info"]


def _said_in_other_words(text: str, published: str = "2016-12-22") -> list[str]:
    r = check(text, published=published)
    return [k.detail for c in r.claims for k in c.checks
            if k.rule == "agreement.headline" and k.detail.startswith("the body says it in other words")]


def test_a_growth_rate_later_in_the_body_says_the_headline_figure():
    text = ("Economy grew at strong 3.5 percent\n\nThe economy is on a roll. Revised figures on Thursday "
            "showed the economy grew at a 3.5 percent annual rate in the July-September quarter.")
    assert _said_in_other_words(text) and not _headline(text, "2016-12-22")
    # another value is no support: the note stays
    assert [f.severity for f in _headline(text.replace("strong 3.5", "strong 4.5"), "2016-12-22")] == ["info"]


def test_basis_points_are_hundredths_of_a_percentage_point():
    text = ("Central bank raises rates by 25 basis points\n\nThe central bank raised its benchmark "
            "interest rate by 0.25 percentage points on Wednesday.")
    assert _said_in_other_words(text) and not _headline(text, "2016-12-22")


def test_a_headline_rounds_the_body_figure():
    text = ("Oil falls 5% after producers' deal\n\nProducers agreed on Friday to raise output from July. "
            "Brent crude fell 4.9% by the close.")
    assert _said_in_other_words(text)
    assert _headline(text.replace("4.9%", "4.4%"), "2016-12-22")  # 4.4% is not "5%"


def test_jobs_added_are_the_rise_in_employment():
    text = ("Employers added 120,000 jobs in March\n\nHiring slowed last month. Nonfarm payroll "
            "employment rose by 120,000 in March, the department said on Friday.")
    assert _said_in_other_words(text) and not _headline(text, "2016-12-22")
    assert _headline(text.replace("rose by", "fell by"), "2016-12-22")  # the other way: no support


def test_the_lead_saying_the_figure_in_other_words_contradicts_another_value():
    text = ("ACME GETS 8.4 MLN DLRS FROM WARRANTS\n\nAcme Inc said it raised 4.2 mln dlrs from holders "
            "exercising its warrants. The program expired February 27.")
    assert [f.severity for f in _headline(text)] == ["warning"]
    assert not _headline(text.replace("8.4 MLN", "4.2 MLN"))
    # a bare count in a headline ("TWO") may count anything: no contradiction
    bare = "TWO BANKS FAIL IN KANSAS\n\nRegulators closed Acme Savings, raising the 1987 total of failures to 10."
    assert all(f.severity == "info" for f in _headline(bare))


def test_initials_of_a_name_end_no_sentence():
    from factcheck.extract import segment
    text = ("NEW YORK, March 5 - J.C. Widget Co Inc said sales rose 5.3 pct. It said more. "
            "The Acme Finance A.S. Is issuing a bond. Sales rose in the N.Z. The bank said so.")
    assert [s.text for s in segment.split(text)] == [
        "NEW YORK, March 5 - J.C. Widget Co Inc said sales rose 5.3 pct.", "It said more.",
        "The Acme Finance A.S. Is issuing a bond.", "Sales rose in the N.Z.", "The bank said so."]


def test_a_headline_acronym_is_the_initials_of_the_body_words():
    text = ("WIDGETLAND GDP RISES 2.4 PCT\n\nWidgetland's gross domestic product climbed 1.2 pct in the "
            "fourth quarter, while unemployment stood at 7.1 pct.")
    assert [f.severity for f in _headline(text)] == ["warning"]
    assert not _headline(text.replace("2.4 PCT", "1.2 PCT"))


def test_a_headline_subject_in_capitals_is_named_by_its_long_words():
    from factcheck.checks.agreement_headline import _named_in
    # the headline's capitals run a verb into the name: "U.S. Says Usair", "F.W. Woolworth'S"
    assert _named_in("U.S. Says Acmeair", "It will allow AcmeAir Group to acquire up to 51 pct.")
    assert _named_in("F.W. Widgetworth'S", "F.W. Widgetworth Co said its income rose 21 pct.")
    assert not _named_in("Zenith Aviation", "Acme Corp said its income rose 21 pct.")


def test_percentages_of_one_sentence_are_not_added_to_meet_the_headline():
    # 12 + 11 is near 24, but two changes (a quarter's, a half's) are no parts of one
    text = ("ACME CORP 3RD QTR SALES RISE 24 PCT\n\nAcme Corp said sales in the third quarter rose "
            "about 12 pct to 50 mln dlrs, bringing sales for the nine months to 140 mln dlrs, up 11 pct.")
    assert _claim(text, "24 PCT").counts_head == "sales"  # (not "rd qtr sales": an ordinal's letters, a time)
    assert any(f.severity == "warning" for f in _headline(text))


def test_a_year_with_its_century_elided_is_no_headline_figure():
    # "in '17" is the year 2017, not a count the body must state; "'17 dead'" in
    # quotes is a count
    text = ("Harbour traffic back to level last seen in '17\n\n"
            "The harbour handled 4,200 ships this year, the port authority said.")
    assert not _headline(text, published="2022-06-01")
    assert _claim(text, "'17", published="2022-06-01").kind == "date"
    quoted = "Storm leaves '17 dead' in coastal village\n\nAt least 17 people died, police said."
    assert _claim(quoted, "17").kind == "quantity"


def test_a_second_subject_with_its_verb_left_out_shares_the_first_change():
    # gapping: "imports 8%" after "Exports rose 12% in March," is a rise of 8%
    text = "Exports rose 12% in March, imports 8%."
    assert _claim(text, "8%", published="2022-04-10").aspect == {"kind": "change", "direction": "up"}
    # not where a preposition or a verb stands between: a baseline, a share
    assert _claim("Exports rose 12% in March, compared with 8% a year earlier.", "8%",
                  published="2022-04-10").aspect["kind"] != "change"


def test_a_headline_change_is_not_contradicted_by_a_share_of_a_stated_figure():
    text = ("Customs revenue up 27% in April-August, excise 15%\n\n"
            "Collections stood at 5.3 billion dollars, about a third of the 16.3 billion dollar "
            "target for the year.")
    assert not [f for f in _headline(text, published="2022-09-10") if f.severity != "info"]
    # the same headline against a body change it does not match still warns
    wrong = ("Customs revenue up 27% in April-August, excise 15%\n\n"
             "Customs revenue rose 21% in April-August, the ministry said.")
    assert any(f.severity == "warning" for f in _headline(wrong, published="2022-09-10"))
    # a share of what the headline counts ("40 pct of its staff") is the change, and can contradict it
    cut = "Mill to cut staff by 20 pct\n\nThe mill will lay off 90 workers, or 40 pct of its staff, it said."
    assert any(f.severity == "warning" for f in _headline(cut, published="2022-09-10"))


def test_a_scaled_amount_with_its_unit_left_off_is_money_or_goods_not_a_length():
    # a headline drops the unit of "500 MLN": barrels or dollars may be meant, not feet
    text = ("14 billion-old dinosaur fossils found in desert\n\nScientists have unearthed the fossils "
            "of a 66-feet long dinosaur that lived some 14 billion years ago, they said on Monday.")
    assert not [f for f in _headline(text) if f.severity == "warning"]
    goods = ("OPEC TO CUT OUTPUT BY 500 MLN\n\nOPEC agreed to cut its output by 400 mln barrels "
             "a year, its president said.")
    assert any(f.severity == "warning" for f in _headline(goods))


def test_people_of_two_events_are_two_groups():
    # those taken to hospital are not those led to safety: the headline is unsupported, no more
    text = ("Two people taken to hospital after blaze in flat\n\nA man and a woman were taken to "
            "hospital after a fire broke out at a block of flats. Around 50 people were led to "
            "safety by firefighters, the brigade said.")
    assert [f.severity for f in _headline(text)] == ["info"]
    same = ("Two people taken to hospital after blaze\n\nFive people were taken to hospital after a "
            "fire broke out at a block of flats in Barking.")
    assert any(f.severity == "warning" for f in _headline(same))


def test_a_headline_count_of_an_event_is_restated_only_by_a_count_of_that_event():
    # "One was reported dead while 59,918 persons ... were affected": the affected are no
    # restatement of the dead, and "while" starts the 59,918's own clause
    text = ("1 reported dead due to typhoon\n\nOne was reported dead while 59,918 persons or 17,124 "
            "families were affected by the typhoon, the disaster council said on Tuesday.")
    assert [f.severity for f in _headline(text)] == ["info"]
    assert _claim(text, "59,918").category != "casualties"
    # the parts of a list share the category read back across "and"
    listed = "The toll stood at 225 dead, including 119 police and 141 civilians, the ministry said."
    assert _claim(listed, "141").category == "casualties"


def test_a_headline_rate_is_not_contradicted_by_a_body_rate_of_another_noun():
    # inflation is not the policy rate, though both are percentages in the lead
    text = ("Ghana consumer inflation rises further to 27.6% y/y in May\n\nInflation hit an 18-year "
            "high in April, prompting the central bank to hike interest rates to 19% in late May.")
    assert [f.severity for f in _headline(text)] == ["info"]
    assert _claim(text, "19%", "2022-06-08").counts_head == "rates"
    assert _claim(text, "27.6%", "2022-06-08").counts_head == "inflation"
    # "further" before a preposition is the verb's ("rose further to"), not another group
    assert not _claim("Prices rose further to 27.6% in May.", "27.6%").extra.get("other")
    assert _claim("Prices rose to a further 27.6% in May.", "27.6%").extra.get("other")


def test_a_headline_total_over_several_events_is_not_contradicted_by_one_of_them():
    text = ("27 killed in separate road accidents\n\nFive people were killed when a bus fell into a "
            "gorge, police said. Seven people were killed in a collision near Patna.")
    assert [f.severity for f in _headline(text)] == ["info"]
    # a body figure above the total still contradicts it
    above = "27 killed in separate road accidents\n\nForty people were killed in road accidents on Sunday."
    assert any(f.severity == "warning" for f in _headline(above))
    # one event: its figure is the headline's to restate
    one = "27 killed in road accident\n\nSeven people were killed when a bus fell into a gorge, police said."
    assert any(f.severity == "warning" for f in _headline(one))


def test_a_loose_count_or_another_category_contradicts_no_headline():
    # set Y (Y126): "hundreds of thousands" names no value; the hungry are not the displaced
    text = ("7 million displaced in Sudan\n\nFighting would be disastrous for the hundreds of "
            "thousands of displaced people who have taken refuge in the city. About 18 million "
            "people face acute hunger.")
    found = _headline(text, "2024-02-03")
    assert [f.severity for f in found] == ["info"]
    # an exact count of the headline's category still does
    text = "7 million displaced in Sudan\n\nAbout 4 million people have been displaced by the war."
    assert [f.severity for f in _headline(text, "2024-02-03")] == ["warning"]


def test_a_headline_count_to_its_units_rounds_nothing():
    # a toll of 23 in the headline and 24 in the body (set AA, AA098): a headline that rounds
    # drops digits, and "23" has dropped none
    found = _headline("Death toll of tribal violence reaches 23\n\nTwenty-four people are confirmed dead.",
                      "2024-02-20")
    assert [f.severity for f in found] == ["warning"]
    # a round headline figure still stands for a near one
    assert not [f for f in _headline("Quake kills 50\n\nAt least 48 people were killed.", "2024-02-20")
                if f.severity != "info"]


def test_a_point_before_three_digits_may_group_thousands_when_the_body_says_so():
    # set AQ: "Falklands' population, 2.844" over "2,844 excluding Mount Pleasant"
    body = ("\n\nThe total population for Stanley is 2,480 and for Camp is 364.\n\nThe usually "
            "resident population is 3,248 (2,844 excluding the base), while the population for Camp is 364.")
    assert not [f for f in _headline("Islands' population, 2.844, says census" + body)
                if f.severity != "info"]


def test_the_same_value_of_the_same_noun_supports_a_headline_whatever_times_are_read():
    # set AQ: a date in a noun phrase ("into 2020 mass shooting", "the April 18-19, 2020,
    # rampage") is read as each figure's time; the figure is the same all the same
    text = ("Costs reach $25.6 million for public inquiry into 2020 mass shooting\n\nThe public "
            "inquiry into the mass shooting has already cost $25.6 million to investigate the April "
            "18-19, 2020, rampage.")
    assert not _headline(text)
    assert any("the body gives it" in k.detail for k in _claim(text, "$25.6 million").checks)
    # another value of the noun is no support
    assert _headline(text.replace("cost $25.6", "cost $21.6"))


def test_a_level_after_from_and_its_own_words_is_the_baseline():
    # set AT: "rise to 60% from current average around 45%": the 45% is what the rise is from
    text = ("Hotel occupancy expected to rise to 60% from current average around 45%\n\nThe "
            "four-day holiday is expected to bring 1.8 billion baht, with 60% hotel occupancy expected.")
    assert _claim(text, "around 45%").period.get("baseline")
    assert not [f for f in _headline(text) if f.severity != "info"]
    # "from sales of": a source, no level the change is from
    assert not _claim("Revenue from sales of 5 mln dlrs rose.", "5 mln dlrs").period.get("baseline")
