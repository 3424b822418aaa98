"""Each quantity's frame (extract/frame): what it counts, whose, when and how."""
from __future__ import annotations

import pytest

from factcheck import check


def _q(text, published="1987-03-02"):
    r = check(text, published=published)
    return {c.text: c for c in r.claims if c.kind == "quantity"}, r


def test_money_counts_what_it_is_of_and_its_period():
    q, r = _q("The divisions had revenues of about 69 mln dlrs last year, the company said.")
    c = q["about 69 mln dlrs"]
    assert (c.unit, c.counts, c.counts_head) == ("USD", "revenues", "revenues")
    period = r.claim(c.period["claim"])
    assert period.text == "last year" and c.period["start"] == "1986-01-01" and c.period["kind"] == "flow"
    assert c.aspect == {"kind": "level"}


def test_a_forecast_is_a_target_and_a_modal_after_the_figure_is_not():
    q, _ = _q("Taurus said the acquisition is expected to increase its annual sales to about 100 mln dlrs.")
    assert q["about 100 mln dlrs"].aspect["kind"] == "target"
    q, _ = _q("Its workforce of 6,000 will be cut by a tenth.")
    assert q["6,000"].aspect["kind"] == "level" and q["6,000"].period["kind"] == "stock"
    assert q["6,000"].extra["counts_key"] == "employees"


def test_the_verb_that_counts_joins_the_head():
    q, _ = _q("The storm destroyed 1,200 homes. In all, 700 homes were destroyed.")
    assert q["1,200"].extra["counts_key"] == q["700"].extra["counts_key"] == "home destroy"


def test_a_change_of_one_thing_is_not_the_level_of_another():
    q, _ = _q("Sales fell to 2.40 billion dlrs from 2.52 billion, and a 30 pct drop in interest expense helped.")
    assert q["2.40 billion dlrs"].counts == q["2.52 billion"].counts == "sales"
    assert q["2.52 billion"].period.get("baseline") is True
    pct = q["30 pct"]
    assert pct.counts == "interest expense" and pct.aspect == {"kind": "change", "direction": "down"}


def test_parts_name_their_total():
    q, _ = _q("Of the 3,400 workers, 2,100 were laid off and 1,600 moved to other plants.")
    total = q["3,400"]
    assert q["2,100"].aspect == {"kind": "part", "of": total.id}
    assert q["1,600"].aspect == {"kind": "part", "of": total.id}
    q, _ = _q("The blast left 225 dead, including 119 police and 141 civilians.")
    assert q["119"].aspect["of"] == q["141"].aspect["of"] == q["225"].id
    q, _ = _q("The strike halted 48 of the 72 ships.")
    assert q["48"].aspect == {"kind": "part", "of": q["72"].id}


def test_a_sum_of_a_kind_named_by_its_rate_is_no_part_of_the_rate():
    # "of 10 pct debentures": the coupon names the bonds; a sum is no part of a percentage
    q, _ = _q("The firm sold 75 mln dlrs of 10 pct debentures due 2007.")
    assert q["75 mln dlrs"].aspect == {"kind": "level"}
    q, _ = _q("Holders tendered 40 pct of the 2,000 shares.")
    assert q["40 pct"].aspect["of"] == q["2,000"].id


def test_a_rate_and_another_group():
    q, _ = _q("ICI earned 63 cts a share. Police arrested 14 foreigners and detained another 20 foreigners.")
    assert q["63 cts"].aspect["kind"] == "rate"
    assert q["20"].extra.get("other") is True and q["20"].extra["counts_key"] != q["14"].extra["counts_key"]


def test_the_clause_subject_owns_the_figure_and_a_source_does_not():
    q, _ = _q("Westinghouse Electric also expects operating margins of more than 10% next year.")
    assert q["more than 10%"].subject == "Westinghouse Electric" and q["more than 10%"].subject_via == "clause"
    q, _ = _q("Avg shrs 12,345 vs 11,000.")
    assert q["12,345"].subject is None  # a capital at a line's start before a plural noun: no name
    q, _ = _q("Hospital sources said 25 people had died in the blast.")
    assert q["25"].subject is None
    q, _ = _q("Rebels killed 14 soldiers near the border, the army said, adding that 23 rebels were captured.")
    assert q["14"].subject is None  # an agent written in lower case elsewhere is no name
    q, _ = _q("Chase Manhattan Corp said its total assets were 98.5 billion dlrs. Tanjug said the talks cover "
              "1.6 billion dlrs. USAir said Piedmont has about 23.1 mln shares.")
    assert q["98.5 billion dlrs"].subject == "Chase Manhattan Corp"  # the reporter's own
    assert q["1.6 billion dlrs"].subject != "Tanjug"  # a source
    assert q["about 23.1 mln"].subject == "Piedmont"


def test_the_subject_of_an_earlier_sentence_owns_the_company_s_figures():
    q, _ = _q("Dow Chemical Co posted record profit last year. The company said chemicals and plastics had "
              "fourth quarter operating profit of 122 mln dlrs.")
    c = q["122 mln dlrs"]
    assert c.subject == "Dow Chemical Co" and c.subject_via == "previous sentence"
    q, _ = _q("Its chief executive, Maria Lopez, 52, said so. Egypt's foreign reserves rose to $46.9 billion.")
    assert q["52"].subject == "Maria Lopez" and q["$46.9 billion"].subject == "Egypt"


def test_frame_fields_are_in_the_json_contract():
    _, r = _q("At least 40 people were killed in the blast on Tuesday.")
    d = next(c for c in r.to_dict()["claims"] if c["kind"] == "quantity")
    assert d["counts"] == "people killed" and d["counts_key"] == "people casualties"
    assert d["aspect"] == {"kind": "level"} and d["period"]["text"] == "Tuesday"


def test_what_is_counted_by_verb_restatement_change_and_elision():
    q, _ = _q("In 1988, the company earned $822.8 million, or $5.66 a share, on sales of $12.49 billion.")
    assert q["$822.8 million"].counts_head == "earnings" and q["$5.66"].counts_head == "earnings"
    assert q["$5.66"].aspect["kind"] == "rate"
    q, _ = _q("Aetna's third-quarter net income fell 22% to $182.6 million.")
    assert q["22%"].counts_head == q["$182.6 million"].counts_head == "income"
    assert q["22%"].category == "profit"  # what is counted, not the unit
    q, _ = _q("At least 74, including eight Americans, were killed in Nairobi. Rebels killed 14 soldiers "
              "and wounded 9 others.")
    assert q["At least 74"].counts_head == "people" and q["9"].counts_head == "soldiers"
    q, _ = _q("Yugoslavia refinanced part of its 19.7 billion dlr debt.")
    assert q["19.7 billion dlr"].counts_head == "debt" and q["19.7 billion dlr"].category == "debt"


def test_period_skips_frequencies_reports_and_a_baselines_own_time():
    q, r = _q("South Korean demand for ethylene this month has risen to 17,000 tonnes from 10,000 last month.")
    assert r.claim(q["17,000 tonnes"].period["claim"]).text == "this month"
    q, r = _q("Nigeria produced 1.32 million barrels of oil per day in May.")
    assert r.claim(q["1.32 million barrels"].period["claim"]).text == "May"
    q, r = _q("Argentina's annual inflation slowed to 193% in October, while monthly inflation was 2.7%.")
    assert r.claim(q["2.7%"].period["claim"]).text == "October"
    assert q["2.7%"].aspect["kind"] == "level"  # a rate of its own, not a share of a whole


def test_one_reader_says_how_it_found_the_subject():
    q, _ = _q("Tokayev visited the main city Almaty. The financial hub of 1.8 million people was calm.")
    assert (q["1.8 million"].subject, q["1.8 million"].subject_via) == ("Almaty", "previous sentence")
    q, _ = _q("At least 30 people were killed in Kabul on Monday.")
    assert (q["At least 30"].subject, q["At least 30"].subject_via) == ("Kabul", "place")
    q, _ = _q("TimeWarner's fourth-quarter profit was $1.2bn.")
    assert q["$1.2bn"].subject_via == "possessive"
    q, _ = _q("Kabul is calm. Twelve Americans were killed in the embassy bombing.")
    assert q["Twelve"].subject != "Twelve Americans"  # the figure's own words own nothing


def test_a_part_cue_after_a_figure_hanging_off_another_names_the_others_parts():
    q, _ = _q("Airbus won orders for 520 aircraft from 14 airlines, comprising 300 firm orders and 220 options.")
    assert q["300"].aspect == {"kind": "part", "of": q["520"].id}
    assert q["220"].aspect == {"kind": "part", "of": q["520"].id}


def test_a_figure_in_a_relative_clause_on_an_indefinite_plural_is_a_part():
    # "plants which have": some plants, of a capacity larger than theirs; "the plants which"
    # and "its plants, which" are all of them
    q, r = _q("The group may close plants which have an annual capacity of 15 mln tonnes.\n"
              "Officials said 30 mln tonnes of annual capacity was excess to requirements.")
    assert q["15 mln tonnes"].aspect == {"kind": "part", "of": None}
    assert not [f for f in r.findings if f.rule == "agreement.repeated-figure"]
    q, _ = _q("The group owns the plants which have an annual capacity of 15 mln tonnes.")
    assert q["15 mln tonnes"].aspect == {"kind": "level"}
    q, _ = _q("The group owns its steel plants, which have an annual capacity of 15 mln tonnes.")
    assert q["15 mln tonnes"].aspect == {"kind": "level"}


def test_a_share_says_which_whole_it_is_of():
    q, _ = _q("Icahn owns 12.5 pct of TWA. Women are less than 5% of its workforce.")
    assert q["12.5 pct"].aspect == {"kind": "share", "of": None, "whole": "TWA"}
    assert q["less than 5%"].aspect["whole"] == "its workforce"
    q, _ = _q("The union said 40 pct of the 2,000 workers voted to strike.")
    assert q["40 pct"].aspect == {"kind": "share", "of": q["2,000"].id, "whole": None}


def test_a_name_quoted_by_a_price_verb_counts_its_share_price():
    q, _ = _q("Hercules fell 2-1/4 to 59-1/4 on 595,000 shares. Aetna closed at $60, down 50 cents.")
    assert q["2-1/4"].counts_head == q["59-1/4"].counts_head == q["$60"].counts_head == "price"
    assert q["59-1/4"].period["kind"] == "stock"
    q, _ = _q("Spending for the war with Iraq was up by 3.6 billion dlrs.")
    assert q["3.6 billion dlrs"].counts_head != "price"  # a name a preposition leads to is no subject


def test_the_subject_after_an_opening_phrase_and_a_comma_is_counted():
    q, _ = _q("In Mongolia's parliamentary election on June 28, turnout was 69.3 percent.")
    assert q["69.3 percent"].counts_head == "turnout"


def test_a_figure_joined_across_a_time_counts_what_the_first_does():
    q, _ = _q("Harlow Foods said sales fell to $2.40 billion in the year to October from $2.52 billion.")
    assert q["$2.52 billion"].counts == "sales"
    q, _ = _q("The Mongolian People's Party won 1.1 million votes, or 35 percent.")
    assert q["35 percent"].counts == "votes"


@pytest.mark.parametrize("text,figure,subject,via", [
    # a capital after the "'s" goes on with the name
    ("The Mongolian People's Party won 1.1 million votes.", "1.1 million", "Mongolian People's Party", "clause"),
    # a possessive's organisation noun and then a name: the name is the subject
    ("Finland's mining and metals group Outokumpu Oy had a 1986 loss of 83 mln markka.", "83 mln markka",
     "Outokumpu Oy", "clause"),
    # a name, its organisation noun, a verb
    ("Outokumpu group had a 1986 loss of 83 mln markka, Outokumpu said.", "83 mln markka", "Outokumpu", "clause"),
    ("Dominican authorities deported 1,470 migrants to Haiti.", "1,470", "Dominican", "clause"),
    # a verb the lexicons know is no plural noun ("Avg shrs 12,345" stays nameless)
    ("Westinghouse also expects its international sales to grow to 25% of total sales.", "25%", "Westinghouse",
     "clause"),
    # an opening phrase longer than a few words
    ("In New York Stock Exchange composite trading Friday, Aetna closed at $60.", "$60", "Aetna", "clause"),
    # a sentence that opens with the place it is about
    ("Floods hit Sindh. In Larkana district alone, 3,400 homes were destroyed.", "3,400", "Larkana", "place"),
    # "in" a place before a verb that links the figure
    ("Measles cases in England rose to 2,278 in October.", "2,278", "England", "place"),
    # a subordinate clause has a subject of its own
    ("The storm Ana hit the coast a week after Hurricane Bo killed 14 people.", "14", "Hurricane Bo", "clause"),
    ("Shares fell when Acme Corp closed 12 plants.", "12", "Acme Corp", "clause"),
    ("Shares fell although Acme Corp closed 12 plants.", "12", "Acme Corp", "clause"),
    # a word saying the figure holds for a whole: the world, the whole country
    ("UK sales now stand at 22.6m copies, with 72.1m copies sold worldwide.", "72.1m", "the world", "scope"),
    ("Officials said 187 people were injured countrywide and 1,504 cattle were killed.", "1,504",
     "the whole country", "scope"),
    # a sentence opening with a "with" phrase: the main clause's subject owns its figures
    ("With 75 deaths and 556 cattle killed, the province of Balochistan is the worst hit.", "556",
     "Balochistan", "clause"),
    # ... but the object of a verb is its actor's
    ("Toyota sold 10.8 million vehicles worldwide in 2024.", "10.8 million", "Toyota", "clause"),
    # a figure that opens its clause: the event of the clause after its verb
    ("At least 30 people died when Hurricane Bo struck the coast.", "At least 30", "Hurricane Bo", "clause"),
])
def test_whose_figure_it_is(text, figure, subject, via):
    q, _ = _q(text)
    assert (q[figure].subject, q[figure].subject_via) == (subject, via)


def test_a_pronoun_and_a_noun_in_ly_are_no_names():
    q, _ = _q('"Money supply is well under control," he said. It expects a loss of 6.4 billion yen.')
    assert q["6.4 billion yen"].subject is None


def test_a_count_takes_the_category_its_noun_names_and_a_joined_figure_that_of_its_counts():
    q, _ = _q("Toyota sold 10.8 million vehicles worldwide in 2024.")
    assert q["10.8 million"].category == "production"
    q, _ = _q("The road will be 12 km long.")
    assert q["12 km"].category != "production"
    q, _ = _q("Shares of Vantage Media rose 8 percent to $14.20 on Thursday. Hercules fell 2-1/4 to 59-1/4.")
    assert q["$14.20"].category == q["59-1/4"].category == "price"
    # people living in a place are its population; living away from their homes, displaced
    q, _ = _q("About 1.8 million people living in Almaty were affected.")
    assert q["About 1.8 million"].category == "population"
    q, _ = _q("There were still about 4,400 people living away from their homes in 13 prefectures.")
    assert q["about 4,400"].category == "displaced"


def test_a_change_named_by_no_noun_counts_what_its_sentence_counts():
    q, _ = _q("Steel output rose 2 pct in May, less than the 3 pct gain analysts expected.")
    assert q["3 pct"].counts_head == "output" and q["3 pct"].category == "production"
    q, _ = _q("The budget forecasts revenue of 40 billion dlrs, a 12 pct increase from this year.")
    assert q["12 pct"].counts_head == "revenue"
    q, _ = _q("Retail sales were 5 billion dlrs in June, up 4 pct from a year earlier.")
    assert q["4 pct"].counts_head == "sales"


def test_a_measure_noun_qualified_by_a_noun_measures_that_noun():
    q, _ = _q("This compared with a 0.1 pct rise in the production number for January.")
    assert q["0.1 pct"].counts_head == "production"


def test_a_figure_a_change_verbs_object_leads_to_counts_that_object():
    q, _ = _q("The bank cut its benchmark lending rate by 50 basis points. Acme will double its "
              "steel requirements to 9,000 tonnes a month from 4,000.")
    assert q["50 basis points"].counts == "benchmark lending rate"
    assert q["9,000 tonnes"].counts_head == "requirements" and q["4,000"].counts_head == "requirements"
    q, _ = _q("Power Co raised the estimated cost of the plant by nearly six pct, to 8.9 billion dlrs.")
    assert q["nearly six pct"].counts_head == q["8.9 billion dlrs"].counts_head == "cost"
    q, _ = _q("Losses reduced the bank's net income by 50 mln dlrs.")
    assert q["50 mln dlrs"].counts == "net income"


def test_the_figure_a_change_is_from_counts_what_the_change_counts():
    q, _ = _q("The firm expects revenue of about $1.1 billion in 2025, up from $940 million this year.",
              published="2024-11-01")
    assert q["$940 million"].counts_head == "revenue"
    q, _ = _q("Acme posted a 38% jump in pretax profit for the first half to £54.8 million from £39.8 million.",
              published="2024-11-01")
    assert q["£54.8 million"].counts_head == q["£39.8 million"].counts_head == "profit"


def test_capitalised_words_before_a_common_noun_qualify_it():
    q, _ = _q("Israel released 39 Palestinian prisoners. Talks with 16 Western creditor countries "
              "ended. Yugoslavia sought a 600 mln ECU loan.")
    assert q["39"].counts_head == "prisoners" and q["16"].counts_head == "countries"
    assert q["600 mln"].counts_head == "loan"
    q, _ = _q("Police found 4 UND said in the report.")
    assert q["4"].counts_head != "und"


def test_a_sum_per_thing_with_no_noun_of_its_own_is_a_price():
    q, _ = _q("He extended his offer to buy 170,000 shares of Neco Inc at 26 dlrs each. The board said "
              "the offer of 145 dlrs per share was inadequate. Korea agreed to pay 400 dlrs per tonne.")
    assert q["26 dlrs"].counts_head == q["145 dlrs"].counts_head == q["400 dlrs"].counts_head == "price"
    assert q["26 dlrs"].category == "price"
    q, _ = _q("Canada slapped a 1.05 dlrs per bushel duty on corn. Acme earned $87 million, or $2.02 a share. "
              "Wages rose to 20 dlrs an hour.")
    assert q["1.05 dlrs"].counts_head != "price" and q["$2.02"].counts_head != "price"
    assert q["20 dlrs"].counts_head != "price"


def test_a_percentage_of_a_company_held_or_bought_is_a_stake():
    q, _ = _q("Halden Group owns 60% of Banco Norte. Vela said it acquired 9.9 pct of Orion. "
              "Banks hold only 35 pct of Brazil's debt. Acme sold 20 pct of its output abroad.")
    assert q["60%"].counts_head == q["9.9 pct"].counts_head == "stake"
    assert q["35 pct"].counts_head == "debt" and q["20 pct"].counts_head != "stake"


def test_shares_that_size_a_stake_and_the_percentage_beside_them_are_the_stake():
    q, _ = _q("The group raised its stake in the fund to 2,000,000 shares, or 33.3 pct of the total, "
              "from 1,900,000 shares, or 30.5 pct. Vela acquired 500,000 Orion shares, about 9.9 pct.")
    assert q["2,000,000"].counts_head == "stake"
    assert q["33.3 pct"].counts_head == q["30.5 pct"].counts_head == "stake"
    assert q["500,000"].counts_head == "shares" and q["about 9.9 pct"].counts_head == "stake"


def test_small_readings_of_what_a_figure_counts():
    q, _ = _q("Acme wrote off 57.5 mln stg on the move. A judge fined him 2 million pesos. "
              "The gas is shipped at a temperature of minus 103 degrees. Yugoslavia's overall debt, "
              "which stood at 19.7 billion dlrs, was refinanced.")
    assert q["57.5 mln stg"].counts_head == "writeoff" and q["2 million pesos"].counts_head == "fine"
    assert q["103 degrees"].counts_head == "temperature" and q["19.7 billion dlrs"].counts_head == "debt"
    q, _ = _q("The property led to losses in 1986 of 1.9 billion dlrs. The bond is paying five pct. "
              "Korea will pay about 20 pct more for ethylene.")
    assert q["1.9 billion dlrs"].counts_head == "losses"
    assert q["five pct"].counts_head != "price" and q["about 20 pct"].counts_head == "price"


def test_a_percentage_of_a_whole_counts_the_part_its_clause_is_about():
    q, _ = _q("India's fiscal deficit was 5.6% of GDP. Acme holds 11 mln outstanding common shares.")
    assert q["5.6%"].counts_head == "deficit" and q["11 mln"].counts_head == "shares"


def test_an_acronym_spelled_out_before_counts_its_words():
    q, _ = _q("The producer price index gained 0.1 pct. This followed a 0.6 pct rise in the PPI in January.")
    assert q["0.6 pct"].counts_head == "index" and q["0.6 pct"].category == "price"


def test_what_a_sum_is_in_or_was_done_to():
    q, _ = _q("Dow will issue 56 mln dlrs in bonds. Brazil suspended payments on 68 billion dlrs owed to banks. "
              "Acme bought the unit for 275 mln dlrs in cash. Reserves were reported to have dropped "
              "below four billion dlrs.")
    assert q["56 mln dlrs"].counts_head == "bonds" and q["68 billion dlrs"].counts_head == "debt"
    assert q["275 mln dlrs"].counts_head != "cash" and q["below four billion dlrs"].counts_head == "reserves"


def test_figures_coordinated_after_a_noun_count_it():
    q, _ = _q("The accord covers 1.6 billion dollars of debt due this year and 3.5 billion due in 1988. "
              "It led to losses in 1986 of 1.9 billion dlrs and in 1985 of 2.7 billion dlrs.")
    assert q["3.5 billion"].counts_head == "debt" and q["2.7 billion dlrs"].counts_head == "losses"


def test_a_forecast_or_target_of_a_figure_counts_what_is_forecast():
    q, _ = _q("India's fiscal deficit was 5.6% of GDP, below the government's target of 5.8%. "
              "The embassy estimated Chile's 1986 copper output at 1.8 mln tonnes, against a "
              "government estimate of 1.99 mln.")
    assert q["5.8%"].counts_head == "deficit"
    assert q["1.8 mln tonnes"].counts_head == q["1.99 mln"].counts_head == "output"


def test_a_reduced_relative_or_a_name_says_which_group_a_count_is():
    q, _ = _q("About 19.8 mln Vela shares were tendered. With the roughly five mln shares it already "
              "holds, Orion will own 97 pct. Payments to seven provinces rose. Debts of the four "
              "Atlantic provinces were forgiven.")
    assert q["roughly five mln"].extra["counts_key"] == "share hold"
    assert q["four"].extra["counts_key"].startswith("atlantic province")
    assert not [f for f in _q("About 19.8 mln Vela shares were tendered. With the roughly five mln "
                              "shares it already holds, Orion will own 97 pct.")[1].findings
                if f.severity in ("warning", "error")]


def _period_text(r, c):
    return r.claim(c.period["claim"]).text if c.period.get("claim") else None


def test_a_time_in_a_relative_clause_is_not_the_time_of_a_figure_outside_it():
    q, r = _q("Halden Group, which had revenue of $3.2 billion last year, owns 60% of Banco Norte.")
    assert _period_text(r, q["60%"]) is None and _period_text(r, q["$3.2 billion"]) == "last year"
    q, r = _q("The group's debt, which stood at 19.7 billion dlrs at end-1986, is owed mostly to banks, "
              "and bank loans make up about 70 pct of the debt which it owed in 1985.")
    assert _period_text(r, q["19.7 billion dlrs"]) in ("end-1986", "1986") and _period_text(r, q["about 70 pct"]) is None
    q, r = _q("The WHO said 1.3 million people were killed on the roads in 2023, and that 92% of the deaths "
              "occurred in poor countries.", published="2024-06-01")
    assert _period_text(r, q["92%"]) == "2023"  # "WHO", a name, opens no relative clause


def test_a_time_a_change_is_measured_from_is_no_figures_period():
    q, r = _q("Fernair carried 2.3 million passengers in July, up 11 percent on a year earlier, "
              "and its load factor held at 91 percent.", published="2024-08-02")
    assert _period_text(r, q["11 percent"]) == "July" and _period_text(r, q["91 percent"]) == "July"
    q, r = _q("The budget for the fiscal year starting on Saturday forecasts revenue of 40 billion dlrs, "
              "a 12 pct increase from this year.")
    assert _period_text(r, q["12 pct"]) == "Saturday"
    q, r = _q("Sales were $1.9 billion, a 13% increase from last year's $1.68 billion.")
    assert _period_text(r, q["$1.68 billion"]) == "last year" and _period_text(r, q["13%"]) is None


def test_a_time_across_a_comma_or_before_a_coordinator_belongs_to_the_other_conjunct():
    q, r = _q("The accord covers 2.1 billion dlrs of debt due this year and 2.9 billion due in 1988.")
    assert _period_text(r, q["2.9 billion"]) == "1988" and _period_text(r, q["2.1 billion dlrs"]) == "this year"
    q, r = _q("The fuel index rose 3.1 pct in February, after a 7.2 pct increase in January.")
    assert _period_text(r, q["7.2 pct"]) == "January" and _period_text(r, q["3.1 pct"]) == "February"
    q, r = _q("On Sunday, candles were lit for the nine people killed and 14 people injured in such attacks since 1995.",
              published="1998-01-20")
    assert _period_text(r, q["nine"]) == "1995"  # a modifier the conjuncts share


def test_a_security_named_by_its_maturity_holds_no_period_and_a_sum_issued_is_a_flow():
    q, r = _q("Lakeside Savings is issuing a 20 billion yen eurobond due May 4, 1993 paying 4-3/4 pct "
              "and priced at 101-1/2.")
    assert _period_text(r, q["20 billion yen"]) is None and q["20 billion yen"].period["kind"] == "flow"
    assert q["101-1/2"].period["kind"] == "stock"  # a price
    q, r = _q("Harbor Foods is raising 45 mln dlrs through an offering of debentures due 2001.")
    assert _period_text(r, q["45 mln dlrs"]) is None and q["45 mln dlrs"].period["kind"] == "flow"


def test_a_year_before_year_names_the_year():
    q, r = _q("The 1986 year loss was 3,212,000 dlrs, against a 1985 year loss of 515,000 dlrs.")
    assert _period_text(r, q["3,212,000 dlrs"]) == "1986" and _period_text(r, q["515,000 dlrs"]) == "1985"


def test_a_count_of_things_had_held_or_remaining_is_a_stock():
    q, _ = _q("Skyline Air has 85 aircraft on order. Police arrested 210 people on Sunday; 31 of them "
              "remain in custody. The toll stood at 140 dead.")
    assert q["85"].period["kind"] == "stock" and q["31"].period["kind"] == "stock"
    assert q["210"].period["kind"] == "flow" and q["140"].period["kind"] == "flow"
    q, _ = _q("The board said the offer of 56 dlrs per share was too low; 1,500,000 shares of common "
              "at 14 dlrs per share are being offered.")
    assert q["56 dlrs"].period["kind"] == "stock" and q["14 dlrs"].period["kind"] == "stock"


def test_a_vague_time_is_no_period_but_still_the_figures_own():
    q, r = _q("Dow will issue 100 mln New Zealand dlr bonds worth about 56 mln U.S. dlrs at current exchange rates.")
    assert q["about 56 mln U.S. dlrs"].period["claim"] is None
    q, r = _q("It expects a loss of 5.1 billion yen for the year ending tomorrow and its liabilities currently "
              "exceed its assets by about 9.2 billion yen.")
    assert q["about 9.2 billion yen"].period["claim"] is None  # "currently", not the other conjunct's "tomorrow"


def test_a_verb_before_a_number_or_again_ends_the_counted_noun():
    q, _ = _q("The two carriers serve five points in common.\nThe three units lost 900,000 dlrs.\n"
              "The four firms meet again in Madrid.\nThe Senate passed the 95 billion dlr aid package 79-18.")
    assert q["two"].counts_head == "carriers" and q["three"].counts_head == "units"
    assert q["four"].counts_head == "firms"
    assert q["95 billion dlr"].counts_head == "package"  # a tally is no object


def test_a_preposition_ends_the_counted_noun():
    q, _ = _q("A link would move the three exchanges towards 24-hour trading.\n"
              "Talks on the two pacts within the group went on.")
    assert q["three"].counts_head == "exchanges" and q["two"].counts_head == "pacts"


@pytest.mark.parametrize("text,figure,subject", [
    # a month before a name is the figure's time; the name qualifies the noun the verb links
    ("February U.S. industrial production rose 0.5 pct.", "0.5 pct", "U.S"),
    ("The March EU steel output fell 2 pct.", "2 pct", "EU"),
    # "in" after a noun of change leads to what changes, not to a place
    ("Ghana's inflation was high. This followed a 0.6 pct rise in the CPI in May.", "0.6 pct", "Ghana"),
    # a date between the subject and its verb
    ("Peru on March 3 suspended payments on 14 billion dlrs of debt.", "14 billion dlrs", "Peru"),
    # "near" a place, as "in" one
    ("Gunmen killed 12 villagers in a raid near Beni on Sunday.", "12", "Beni"),
    # a place noun of a name: the name ("the Tanzanian capital of Dar es Salaam")
    ("At least seven died in the Kenyan capital of Nairobi.", "At least seven", "Nairobi"),
    # the noun a figure counts "at" a name: the things counted are the name's
    ("Most of the 900 workers at the Fiat plant in Turin walked out.", "900", "Fiat"),
])
def test_whose_figure_it_is_by_the_clause_or_place_read_around_the_name(text, figure, subject):
    q, _ = _q(text)
    assert q[figure].subject == subject


def test_a_quotation_names_no_subject_for_the_figures_after_it():
    q, _ = _q('Chile\'s copper output rose. "Acme is doing fine," said Ana Ruiz. "Demand is strong."\n'
              "Passenger car prices fell 3.4 pct.")
    assert q["3.4 pct"].subject == "Chile"


def test_a_part_of_a_company_s_shares_is_not_the_company_s():
    q, _ = _q("He holds 31 pct of Acme's outstanding common stock. It is 70 pct of Peru's debt.")
    assert q["31 pct"].subject != "Acme"  # the holder's (a stake), never the company whose shares they are
    assert q["70 pct"].subject == "Peru"  # a part of a debt is still the debtor's


def test_a_that_clause_names_its_own_subject_and_a_common_noun_its_fullest_mention():
    q, _ = _q("Analysts have estimated that Peru owes Japanese banks about 2.5 billion dlrs.")
    assert q["about 2.5 billion dlrs"].subject == "Peru"
    q, _ = _q("Ana Ruiz outlined the problems of the farm credit system. Tom Lee, a board member, said "
              "that the system may lose as much as 1.4 billion dlrs.")
    assert q["as much as 1.4 billion dlrs"].subject == "farm credit system"


def test_a_news_agency_reports_others_figures():
    q, _ = _q("Chad's budget forecasts revenue of 2.3 billion dlrs, the Chadian news agency ATP said. "
              "ATP, quoting figures supplied by the budget committee of the national assembly and the "
              "finance ministry, said spending was up by 0.6 billion dlrs.")
    assert q["0.6 billion dlrs"].subject == "Chad"


def test_a_pronoun_s_report_names_the_owner_of_its_figures():
    q, _ = _q("Ana Ruiz outlined the problems of the farm credit system. He said some of the system's debt "
              "carries rates as high as 15.65 pct. Of its 54.6 mln dlrs in assets, 24.1 pct are bad.")
    assert q["as high as 15.65 pct"].subject == "farm credit system"
    assert q["24.1 pct"].subject == "farm credit system"  # "its": the subject of the sentence before


def test_the_words_of_the_reporting_readings_are_those_of_frames_yaml(tmp_path):
    # a pack's organisation_nouns and news_agencies extend the packaged ones
    from factcheck.settings import Settings
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "frames.yaml").write_text(
        "organisation_nouns: [authority]\nnews_agencies: [wire service]\n", encoding="utf-8")
    pack = Settings(rules_dirs=(str(tmp_path),))
    back = ("Ana Ruiz outlined the problems of the port authority. Tom Lee, a board member, said "
            "that the authority may lose as much as 1.4 billion dlrs.")
    agency = ("Chad's budget forecasts revenue of 2.3 billion dlrs, the Chadian wire service ATP said. "
              "ATP, quoting figures supplied by the budget committee of the national assembly and the "
              "finance ministry, said spending was up by 0.6 billion dlrs.")
    for text, figure, packaged, extended in ((back, "as much as 1.4 billion dlrs", "Ana Ruiz", "port authority"),
                                             (agency, "0.6 billion dlrs", "ATP", "Chad")):
        subjects = [{c.text: c.subject for c in check(text, published="1987-03-02", settings=s).claims}[figure]
                    for s in (None, pack)]
        assert subjects == [packaged, extended]


def test_a_plain_reporting_verb_must_be_a_reporting_verb(tmp_path):
    from factcheck.rules import RuleError
    from factcheck.settings import Settings
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "frames.yaml").write_text("plain_reporting_verbs: [shouted]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="frames.yaml plain_reporting_verbs: shouted"):
        check("Acme said sales rose 5 pct.", settings=Settings(rules_dirs=(str(tmp_path),)))


def test_an_unknown_key_of_frames_yaml_is_an_error_naming_the_file(tmp_path):
    from factcheck.rules import RuleError
    from factcheck.settings import Settings
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "frames.yaml").write_text("organisation_noun: [authority]\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"frames\.yaml:1: unknown key organisation_noun of lexicon frames; known: .*organisation_nouns"):
        check("Acme said sales rose 5 pct.", settings=Settings(rules_dirs=(str(tmp_path),)))


def test_net_alone_before_its_verb_is_net_income():
    q, _ = _q("Storm losses came to 4 mln dlrs in the year, when net was 90.1 mln dlrs, or 1.10 dlrs a share.")
    assert q["90.1 mln dlrs"].counts_head == q["1.10 dlrs"].counts_head == "income"
    assert q["90.1 mln dlrs"].category == "profit"


def test_a_time_between_a_subject_and_its_verb_does_not_end_the_subject():
    q, _ = _q("Halden, the toolmaker, said operating profit for fiscal 1986 rose 12 pct to 40 mln dlrs.")
    assert q["12 pct"].counts_head == q["40 mln dlrs"].counts_head == "profit"


def test_a_profit_or_loss_before_items_is_that_profit_or_loss():
    q, _ = _q("The miner had a loss before depreciation and taxes of 52 mln dlrs.")
    assert (q["52 mln dlrs"].counts_head, q["52 mln dlrs"].category) == ("loss", "loss")
    q, _ = _q("Half of the patients died before the age of 60.")  # (not an accounting item)
    assert q["60"].counts_head == "age"


def test_an_amount_in_units_a_verb_makes_a_noun_of_counts_that_noun():
    q, _ = _q("Egypt bought 200,000 tonnes of soft wheat last week and sold 3 million vehicles.")
    c = q["200,000 tonnes"]
    assert (c.counts_head, c.counts, c.category) == ("purchases", "soft wheat purchases", "production")
    assert q["3 million"].counts_head == "vehicles"  # a count of things keeps its noun
    q, _ = _q("The mine's proven reserves are 620,000 ounces.")
    assert q["620,000 ounces"].category == "assets"  # held in kind


def test_a_hyphened_compound_sizes_the_noun_after_it():
    q, _ = _q("Peru met its 12-bank steering committee on Monday.")
    assert q["12"].counts_head == "committee"
    q, _ = _q("The board approved a three-for-one stock split.")
    assert q["three"].counts_head is None  # (a ratio, not a count of splits)


def test_a_figure_priced_at_is_a_price_and_one_paid_in_percent_a_coupon():
    q, _ = _q("The notes pay six pct and are priced at 100-1/2 pct, the manager said.")
    assert (q["100-1/2 pct"].counts_head, q["100-1/2 pct"].category) == ("price", "price")
    assert q["six pct"].counts_head != "price"
    q, _ = _q("The bonds were priced at 99-7/8, the lead manager said.")
    assert q["99-7/8"].counts_head == "price"


def test_running_at_links_a_subject_to_its_figure():
    q, _ = _q("Wage costs are running at about 40 pct of sales.")
    assert (q["about 40 pct"].counts_head, q["about 40 pct"].category) == ("costs", "cost")


def test_a_part_of_whom_or_of_which_counts_what_its_whole_does():
    q, _ = _q("The blast killed 40 people and wounded 310, of whom 52 were in serious condition.")
    assert q["52"].counts_head == "people" and q["52"].aspect["kind"] == "part"
    q, _ = _q("The flood caused $8 billion in damage, of which about $5 billion was insured.")
    assert q["about $5 billion"].counts_head == "damage" and q["about $5 billion"].aspect["kind"] == "part"


def test_a_level_that_held_at_or_slowed_to_a_figure_counts_its_subject():
    q, _ = _q("The airline's load factor held at 88 percent in May.")
    assert q["88 percent"].counts_head == "factor"
    q, _ = _q("Turkey's annual inflation slowed to 61.8% in January.")
    assert q["61.8%"].counts_head == "inflation"
    q, _ = _q("A 6.1-magnitude earthquake struck on Monday.")  # a measure on a scale, not a count
    assert q["6.1"].counts_head is None


def test_a_part_with_no_noun_counts_what_its_whole_does():
    q, _ = _q("Customs stopped 30 of the 410 trucks at the border.")
    assert q["30"].counts_head == "trucks" and q["30"].aspect["kind"] == "part"
    q, _ = _q("Fires cut the group's profit by $20 million, including $12 million at its mills.")
    assert q["$12 million"].counts_head == "profit"


def test_a_noun_a_figure_gives_the_size_of_keeps_it_and_a_container_counts_its_contents():
    q, _ = _q("The island has a population of about 90,000 people.")
    assert q["about 90,000"].counts_head == "population"
    q, _ = _q("There was a backlog of 39 ships waiting to enter the canal.")
    assert q["39"].counts_head != "backlog"  # (not a whole of people or a stock: the ships are counted)
    q, _ = _q("Growers shipped 52,000 crates of apples in March.")
    assert q["52,000"].counts_head == "apples"


def test_a_sum_set_off_by_commas_after_a_noun_restates_it():
    q, _ = _q("The group made profits in 1985 but a loss, 12.4 mln dlrs, in 1984.")
    assert (q["12.4 mln dlrs"].counts_head, q["12.4 mln dlrs"].category) == ("loss", "loss")
@pytest.mark.parametrize("text,figure,aspect", [
    # a superlative (or "the top") picks a few of a set: a part of it
    ("The three largest ports handled most of the trade.", "three", {"kind": "part", "of": None}),
    ("Its four most crowded dams hold most of the water.", "four", {"kind": "part", "of": None}),
    ("The top 10 banks lent more.", "10", {"kind": "part", "of": None}),
    # the size of a pool things are drawn from: so many per pool
    ("Jurors are chosen from a pool of 300 residents.", "300", {"kind": "rate", "per": "pool"}),
    # a count for each of many: a rate per unit; "each" before a verb is the subject's
    ("Most outages affect fewer than 15 customers each.", "fewer than 15", {"kind": "rate", "per": "each"}),
    ("Four men each received a fine.", "Four", {"kind": "level"}),
    ("Three ports handled most of the trade.", "Three", {"kind": "level"}),
])
def test_a_selection_a_pool_size_and_a_count_for_each_are_no_level(text, figure, aspect):
    q, _ = _q(text)
    assert q[figure].aspect == aspect


def test_a_place_after_a_word_of_where_it_lies_is_the_figures_subject():
    q, _ = _q("Fifteen people were killed in nearby Cebu province, the agency said.")
    assert (q["Fifteen"].subject, q["Fifteen"].subject_via) == ("Cebu", "place")


def test_leading_names_a_group_not_a_selection():
    q, _ = _q("The six leading industrial countries agreed to act.")
    assert q["six"].aspect == {"kind": "level"}


@pytest.mark.parametrize("text,figure,counts", [
    # a word in -ed between a figure and a noun qualifies the noun, as an adjective does
    ("The firm is selling 300,000 preferred shares to a director.", "300,000", "preferred shares"),
    ("Two state-owned mills will close.", "Two", "state-owned mills"),
    # one followed by a word of grammar, a time or a determiner is the verb
    ("About 1,600 moved to other plants.", "About 1,600", None),
    ("He said 40 escaped yesterday.", "40", None),
    ("He said 40 escaped the fire.", "40", None),
])
def test_a_word_in_ed_before_a_noun_qualifies_it(text, figure, counts):
    q, _ = _q(text)
    assert q[figure].counts == counts


def test_a_count_had_or_under_a_possessive_is_the_owners_stock():
    q, _ = _q("The bank has 45 branches in the region. Its 52 branches employ 900 people.")
    assert q["45"].extra["counts_key"] == q["52"].extra["counts_key"] == "branch have"
    # not a count of what was done to some of them
    q, _ = _q("The bank opened nine new branches this year.")
    assert q["nine"].extra["counts_key"] is None


def test_a_packs_referring_noun_refers_back_to_the_name_before(tmp_path):
    # frames.yaml referring_nouns: "the cooperative's" names no owner, the name before does
    from factcheck.settings import Settings
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "frames.yaml").write_text("referring_nouns: [cooperative]\n", encoding="utf-8")
    text = ("Valley Growers Cooperative sold its packing plant in May. "
            "The cooperative's members own 4,000 hectares of orchards.")
    subjects = [{c.text: c.subject for c in check(text, published="1987-03-02", settings=s).claims}.get("4,000 hectares")
                for s in (None, Settings(rules_dirs=(str(tmp_path),)))]
    assert subjects == ["cooperative", "Valley Growers Cooperative"]


def test_a_figure_restated_in_brackets_has_the_frame_of_the_one_it_restates():
    q, _ = _q("Exports of the group fell 4 pct to 3.8 billion euros (about $4.4 billion) in 2021, "
              "against 4.0 billion euros a year earlier.", published="2022-03-01")
    first, again = q["3.8 billion euros"], q["about $4.4 billion"]
    assert (again.counts_head, again.category, again.subject) == (first.counts_head, first.category, first.subject)
    assert again.period == first.period and again.aspect == first.aspect
    # a bracketed figure with a noun of its own keeps it
    q, _ = _q("The firm has 1,200 staff (300 engineers) in the city.")
    assert q["300"].counts_head == "engineers"


def test_an_irregular_participle_after_a_noun_is_a_verb_not_the_head():
    # "two people taken to hospital": people are counted, what happened to them is the event
    q, _ = _q("Two people taken to hospital were named. Three men held over the attack were freed.")
    assert (q["Two"].counts_head, q["Two"].counts) == ("people", "people taken")
    assert q["Three"].counts_head == "men"
    # a word that is a noun too ("a rate cut") is not read as one of them
    q, _ = _q("The bank announced a 0.5 pct cut in its prime rate.")
    assert q["0.5 pct"].counts_head == "rate" and q["0.5 pct"].aspect["direction"] == "down"


def test_a_figure_a_percentage_is_above_or_below_is_a_baseline():
    q, _ = _q("February sales were 191.4 pct above the 1,736 cars sold in the same month last year.")
    assert q["1,736"].period.get("baseline") is True


def test_a_place_before_a_verb_is_where_the_figure_is():
    # "in India die": a verb after the name, so India is the place, not an adjective
    q, _ = _q("Each year about 2.5 million people in India die of heart disease.")
    assert (q["about 2.5 million"].subject, q["about 2.5 million"].subject_via) == ("India", "place")
    q, _ = _q("Five people were hurt in the Kenya embassy bombing.")
    assert q["Five"].subject is None  # a name qualifying a noun is no place


def test_a_time_after_since_runs_to_the_publication_date():
    q, _ = _q("Police have made 1,860 arrests since January 2017.", published="2017-04-19")
    p = q["1,860"].period
    assert (p["start"], p["end"], p.get("since")) == ("2017-01-01", "2017-04-19", True)
    q, _ = _q("Police have made 1,860 arrests since January 2017.", published=None)
    assert q["1,860"].period["end"] is None  # undated: it runs to a day not known
    q, _ = _q("Police made 658 arrests in February.", published="2017-04-19")
    assert not q["658"].period.get("since") and q["658"].period["end"] == "2017-02-28"


def test_an_item_of_a_bulleted_list_under_a_heading_in_capitals_is_the_heading_s():
    text = ("Fires have burned across the country this season.\n"
            "VICTORIA\n* Two people dead\n* More than 200 homes confirmed destroyed\n"
            "SOUTH AUSTRALIA\n* Three people dead\n* 161 homes confirmed destroyed\n")
    q, r = _q(text, published="2020-01-08")
    assert (q["More than 200"].subject, q["More than 200"].subject_via) == ("Victoria", "heading")
    assert q["161"].subject == "South Australia"
    assert not [f for f in r.findings if f.rule == "agreement.repeated-figure"]
    # a line that is no item ends the list: the heading is not carried past it
    q, _ = _q("VICTORIA\n* Two people dead\nOfficials said 40 homes were lost.", published="2020-01-08")
    assert q["40"].subject_via != "heading"
    # set W: a heading may end in a colon and its items stand apart by blank lines
    q, r = _q("NORTHERN SECTION - CAPE YORK TO COOKTOWN:\n\n* 38 reefs surveyed, with cover at 35.7 per cent\n\n"
              "* Coral cover varied\n\nCENTRAL REEF - COOKTOWN TO PROSERPINE\n\n* 42 reefs surveyed\n",
              published="2023-08-08")
    assert q["38"].subject == "Northern Section - Cape York To Cooktown" and q["42"].subject == "Central Reef - Cooktown To Proserpine"
    assert not [f for f in r.findings if f.rule == "agreement.repeated-figure"]


def test_figures_in_brackets_after_a_time_are_of_that_time_and_wide_words_follow_their_noun():
    q, r = _q("Cases rose 16 percent compared to the same period last year (86,192 cases and 162 deaths).",
              published="2015-11-10")
    assert q["86,192"].period["text"] == q["162"].period["text"] == "the same period last year"
    q, r = _q("Malaysia has reported 102,217 cases nationwide.", published="2015-11-10")
    assert q["102,217"].counts_head == "cases"


def test_an_amount_more_or_less_than_another_is_a_difference_with_its_gloss():
    q, r = _q("Ethiopia earned 215 million dollars from coffee exports in the quarter. The revenue was "
              "34 million dollars, or almost 19 percent, more than that of the same period last year.",
              published="2017-10-20")
    assert q["34 million dollars"].aspect["kind"] == q["almost 19 percent"].aspect["kind"] == "change"
    assert not [f for f in r.findings if f.rule == "agreement.repeated-figure"]
    q, _ = _q("Exports were 20 tonnes less than planned, and 20 more ships sailed.")
    assert q["20 tonnes"].aspect == {"kind": "change", "direction": "down"}
    assert q["20"].aspect["kind"] != "change"  # a further group, no difference


def test_a_place_name_cut_short_by_the_reading_window_is_no_place():
    q, r = _q("KLM said its load factor fell to 66.5 pct in February from 62.5 pct in January and 65.7 pct "
              "in February 1986.")
    assert q["66.5 pct"].subject == "KLM"  # not "Februa", from "in February 1986" cut at 60 characters
    assert [f for f in r.findings if f.rule == "arithmetic.change-direction"]


def test_a_common_noun_subject_whose_of_names_its_owner_is_that_owner():
    q, r = _q("The commission announced the results.\n\nThe coalition of the Croatian People's Party "
              "gained 11 seats, the commission said.")
    assert q["11"].subject == "Croatian People's Party"
    q, _ = _q("The number of people fell to 400.")
    assert q["400"].subject is None  # ("people" is no name)


def test_a_plural_noun_after_a_count_ends_its_phrase():
    # a word after the plural is the verb, not the head ("the two acquisitions fit with")
    q, _ = _q("The two acquisitions fit with a larger move by U.S. companies.")
    assert q["two"].counts_head == "acquisitions"
    q, _ = _q("More than half of the 20 banks hold treasury bills.")
    assert q["20"].counts_head == "banks"
    # ... unless another plural follows ("five sales offices"), or a participle with a
    # preposition says which group ("the 72 ships belonging to Petrobras")
    q, _ = _q("It has five sales offices in Asia.")
    assert q["five"].counts_head == "offices"
    q, _ = _q("The strike has halted 48 of the 72 ships belonging to the state oil company.")
    assert q["72"].counts_head == "ships" and "belong" in q["72"].extra["counts_key"]


def test_n_fewer_is_a_change_not_a_group():
    q, _ = _q("There were 370 fewer victims this year. Robbery fell, with 17 fewer victims.")
    assert q["370"].aspect == {"kind": "change", "direction": "down"} and q["17"].aspect["kind"] == "change"


def test_a_perfect_conditional_after_the_figure_makes_it_counterfactual():
    # set T: "more than 2 TMC water would have been discharged" is what would have been
    from factcheck import check
    r = check("During this period, more than 2 TMC water would have been discharged, said an official. "
              "The firm's 6,000 jobs will be cut.", published="2021-11-21")
    aspects = {c.text: c.aspect for c in r.claims if c.kind == "quantity"}
    assert aspects["more than 2"] == {"kind": "target", "modality": "counterfactual"}
    assert aspects["6,000"]["kind"] == "level"


def test_a_count_joined_to_another_of_another_category_keeps_its_own():
    # set V: "58 dead and 143 wounded": the wounded are not counted as the dead are
    q, _ = _q("The toll rose to 58 dead and 143 wounded, the minister said.")
    assert q["58"].counts_head == "people" and q["143"].counts != q["58"].counts
    assert q["143"].category == "injuries"
    # a change's from- and to-figures still count what it does
    q, _ = _q("Sales fell 22% to $182.6 million from $234 million.")
    assert q["$182.6 million"].counts_head == q["$234 million"].counts_head == "sales"


def test_a_clause_of_contrast_after_the_figure_keeps_its_own_time():
    # set AN: "while in 2002 it was 34.4 million" is the other figure's time, not 44.9 million's
    q, _ = _q("During the 2012 census the country's population was recorded at 44.9 million "
              "while in 2002 it was 34.4 million.", published="2022-06-15")
    assert q["44.9 million"].period["text"] == "2012"
    assert q["34.4 million"].period["text"] == "2002"


def test_a_time_before_that_and_a_clause_is_the_reports_time():
    # set AT: "announced on Thursday that it had recorded 1.25 million arrivals in September"
    from factcheck import check
    text = "Statistics Indonesia announced on Thursday that it had recorded 1.25 million arrivals."
    c = next(c for c in check(text, published="2018-11-04").claims if c.text == "1.25 million")
    assert c.period.get("text") != "Thursday"
    text = "Statistics Indonesia recorded 1.25 million arrivals on Thursday."
    c = next(c for c in check(text, published="2018-11-04").claims if c.text == "1.25 million")
    assert c.period.get("text") == "Thursday"


def test_a_multiplier_word_in_a_compound_or_after_a_is_no_multiplier():
    # "double-decker", "twice-weekly", "a double murder": adjectives, not "doubled"
    for text in ("A crowded double-decker ferry capsized, killing 45 people, officials said.",
                 "The twice-weekly ferry capsized, killing 45 people, officials said.",
                 "Police are investigating a double murder in which 45 people were questioned."):
        q, _ = _q(text)
        assert "multiplier" not in q["45"].extra and q["45"].aspect == {"kind": "level"}, text
    q, _ = _q("Profits doubled to 45 mln dlrs, the company said.")
    assert q["45 mln dlrs"].extra.get("multiplier") == 2


def test_a_state_reported_is_what_befell_the_people_counted():
    # "were confirmed dead": the knowing of it is no event; dead is
    q, _ = _q("A ferry capsized, killing 45 people. Later 34 people were confirmed dead, officials said.")
    assert q["34"].extra["counts_key"] == q["45"].extra["counts_key"] == "people casualties"
    q, _ = _q("Twelve miners were rescued and 9 miners were feared dead, officials said.")
    assert q["9"].counts == "miners dead" and q["9"].category == "casualties"


def test_a_level_a_verb_carries_its_object_to_counts_that_object():
    # "takes X to": no direction of its own, but the object is what reaches the level
    q, _ = _q("The rally takes the oil giant's market capitalisation to $2.43 trillion.")
    c = q["$2.43 trillion"]
    assert (c.counts, c.aspect) == ("market capitalisation", {"kind": "level"})


def test_a_span_from_one_day_to_another_is_the_figures_period():
    # "from 1 January to 6 July 2019": the whole span, the first end in the last end's year
    q, _ = _q("The ministry said 1,200 cases were reported from 1 January to 6 July 2019.", "2019-07-25")
    p = q["1,200"].period
    assert (p["start"], p["end"], p["text"]) == ("2019-01-01", "2019-07-06", "1 January to 6 July 2019")
    q, _ = _q("Between March 3 and March 9, 40 boats were seized, the navy said.", "1987-03-20")
    p = q["40"].period
    assert (p["start"], p["end"]) == ("1987-03-03", "1987-03-09")


def test_a_span_never_names_a_day_its_year_lacks():
    # "from 29 February to 6 July 2021": 29 February has no 2021; the span is not taken
    from datetime import date
    q, _ = _q("Officials said 1,200 cases were reported from 29 February to 6 July 2021.", "2020-08-01")
    p = q["1,200"].period
    assert p["start"] is None or date.fromisoformat(p["start"][:10]) and p["start"][:10] != "2021-02-29"
