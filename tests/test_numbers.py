"""News numerics: figures read with value or interval, unit and hedge; non-quantities ignored."""
from __future__ import annotations

import pytest

from factcheck.extract import numbers
from factcheck.pipeline import make_document
from factcheck.settings import Settings

INF = None  # an open end


@pytest.fixture(scope="module")
def ruleset():
    return Settings().ruleset()


def read(text, ruleset):
    doc = make_document(text, "2022-01-13", settings=Settings())
    out = numbers.extract(doc, ruleset)
    assert doc.notes == []  # no reader broke
    return out


def only(text, ruleset):
    claims, _ = read(text, ruleset)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


CASES = [
    # text, figure text, value, low, high, unit, hedge
    ("Police said 12,000 were held.", "12,000", 12000, 12000, 12000, None, "exact"),
    ("The index stood at 1.13 points.", "1.13", 1.13, 1.13, 1.13, None, "exact"),
    ("Some 1 000 000 people voted.", "Some 1 000 000", 1e6, 1e6, 1e6, None, "approx"),
    ("Temperatures fell to -5 overnight.", "-5", -5, -5, -5, None, "exact"),
    ("Damage could total $2-3 billion.", "$2-3 billion", None, 2e9, 3e9, "USD", "range"),
    ("It will cost 2 to 3 million euros.", "2 to 3 million euros", None, 2e6, 3e6, "EUR", "range"),
    ("Between 5,000 and 8,000 troops arrived.", "Between 5,000 and 8,000", None, 5000, 8000, None, "range"),
    ("Some 2,000-3,000 police were deployed.", "Some 2,000-3,000", None, 2000, 3000, None, "range"),
    ("It hired 2–3 advisers.", "2–3", None, 2, 3, None, "range"),
    ("Losses reached 10 to 20 billion yen.", "10 to 20 billion yen", None, 1e10, 2e10, "JPY", "range"),
    ("The city has 1.8 million people.", "1.8 million", 1.8e6, 1.8e6, 1.8e6, None, "exact"),
    ("Revenue was $1.13bn last year.", "$1.13bn", 1.13e9, 1.13e9, 1.13e9, "USD", "exact"),
    ("The club paid £600m for the site.", "£600m", 6e8, 6e8, 6e8, "GBP", "exact"),
    ("The grant is 2.5m euros.", "2.5m euros", 2.5e6, 2.5e6, 2.5e6, "EUR", "exact"),
    ("The airline made a ($1.78 b) profit.", "$1.78 b", 1.78e9, 1.78e9, 1.78e9, "USD", "exact"),
    ("The firm paid $5 m for it.", "$5 m", 5e6, 5e6, 5e6, "USD", "exact"),
    ("Profits fell by £24million.", "£24million", 2.4e7, 2.4e7, 2.4e7, "GBP", "exact"),
    ("The grant is TOP $100,000.", "TOP $100,000", 1e5, 1e5, 1e5, "TOP", "exact"),  # Tongan pa'anga
    ("The FJD$5m loan was signed.", "FJD$5m", 5e6, 5e6, 5e6, "FJD", "exact"),
    ("A bed cost EUR$85 a night.", "EUR$85", 85, 85, 85, "EUR", "exact"),  # a code glued to "$", not "R$"
    ("It drew 100, 000 fans.", "100, 000", 1e5, 1e5, 1e5, None, "exact"),  # a stray blank after the comma
    # set W: stray blanks after the commas of one figure ("44, 287" alone may be two figures)
    ("There are 22, 839, 989 learners.", "22, 839, 989", 22839989, 22839989, 22839989, None, "exact"),
    ("Of them 7,033, 527 are in high school.", "7,033, 527", 7033527, 7033527, 7033527, None, "exact"),
    # set Y: the Indian way with stray blanks ("A total of 10, 42, 38,677 voters")
    ("A total of 10, 42, 38,677 voters were eligible.", "10, 42, 38,677", 104238677, 104238677, 104238677, None, "exact"),
    ("The deficit was $164. 69 million in all.", "$164. 69 million", 1.6469e8, 1.6469e8, 1.6469e8, "USD", "exact"),
    ("They worked on a 37- billion-dlr package.", "37- billion-dlr", 3.7e10, 3.7e10, 3.7e10, "USD", "exact"),  # a stray blank
    ("The recorded scores of 4.75 fell.", "4.75", 4.75, 4.75, 4.75, None, "exact"),  # "scores": a noun
    ("Crops covered 14.8 mln ha this year.", "14.8 mln ha", 1.48e7, 1.48e7, 1.48e7, "ha", "exact"),
    ("It cost £1.46billion.", "£1.46billion", 1.46e9, 1.46e9, 1.46e9, "GBP", "exact"),
    ("Profit hit 6.7 billion Qatari riyals.", "6.7 billion Qatari riyals", 6.7e9, 6.7e9, 6.7e9, "QAR", "exact"),
    ("The fund holds €3.5bn.", "€3.5bn", 3.5e9, 3.5e9, 3.5e9, "EUR", "exact"),
    ("Exports hit US$5bn.", "US$5bn", 5e9, 5e9, 5e9, "USD", "exact"),
    ("The race drew 5k runners.", "5k", 5000, 5000, 5000, None, "exact"),
    ("Its debt is $1.2tn.", "$1.2tn", 1.2e12, 1.2e12, 1.2e12, "USD", "exact"),
    ("The alliance has six members.", "six", 6, 6, 6, None, "exact"),
    ("There were twenty-three victims.", "twenty-three", 23, 23, 23, None, "exact"),
    ("He bought a dozen eggs.", "a dozen", 12, 12, 12, None, "exact"),
    ("Two dozen people were hurt.", "Two dozen", 24, 24, 24, None, "exact"),
    ("More than two dozen people were hurt.", "More than two dozen", 24, 24, None, None, "at_least"),
    ("Hundreds of people marched.", "Hundreds", None, 100, 1000, None, "approx"),
    ("Dozens of shops were looted.", "Dozens", None, 24, 144, None, "approx"),
    ("Tens of thousands of people fled.", "Tens of thousands", None, 1e4, 1e5, None, "approx"),
    ("A quarter of a million people live there.", "A quarter of a million", 250000, 250000, 250000, None, "exact"),
    ("Half of the voters stayed home.", "Half", 50, 50, 50, "percent", "exact"),
    ("Two-thirds of members agreed.", "Two-thirds", 66.6667, 66.6667, 66.6667, "percent", "exact"),
    ("One in five adults smokes.", "One in five", 20, 20, 20, "percent", "exact"),
    ("A third of the staff left.", "A third", 33.3333, 33.3333, 33.3333, "percent", "exact"),
    ("Inflation rose 8.4 per cent.", "8.4 per cent", 8.4, 8.4, 8.4, "percent", "exact"),
    ("Turnout was 15%.", "15%", 15, 15, 15, "percent", "exact"),
    ("Support fell 0.3 percentage points.", "0.3 percentage points", 0.3, 0.3, 0.3, "percentage_point", "exact"),
    ("It sold for ¥500.", "¥500", 500, 500, 500, "JPY", "exact"),
    ("It sold for 300 tenge.", "300 tenge", 300, 300, 300, "KZT", "exact"),
    ("It sold for 5,000 rupees.", "5,000 rupees", 5000, 5000, 5000, "INR", "exact"),
    ("It sold for USD 200.", "USD 200", 200, 200, 200, "USD", "exact"),
    ("It sold for 40 dollars.", "40 dollars", 40, 40, 40, "USD", "exact"),
    ("It fell 50 cents.", "50 cents", 0.5, 0.5, 0.5, "USD", "exact"),
    ("At least 12,000 people were detained.", "At least 12,000", 12000, 12000, INF, None, "at_least"),
    ("More than 300 were hurt.", "More than 300", 300, 300, INF, None, "at_least"),
    ("Over 40 firms signed.", "Over 40", 40, 40, INF, None, "at_least"),
    ("Upwards of 500 attended.", "Upwards of 500", 500, 500, INF, None, "at_least"),
    ("We saw 500 or more.", "500 or more", 500, 500, INF, None, "at_least"),
    ("Up to 300 may be sacked.", "Up to 300", 300, INF, 300, None, "at_most"),
    ("Less than 5% agreed.", "Less than 5%", 5, INF, 5, "percent", "at_most"),
    ("Under 50 remain.", "Under 50", 50, INF, 50, None, "at_most"),
    ("No more than 20 are allowed.", "No more than 20", 20, INF, 20, None, "at_most"),
    ("Fewer than 100 replied.", "Fewer than 100", 100, INF, 100, None, "at_most"),
    ("About 50 came.", "About 50", 50, 50, 50, None, "approx"),
    ("Around 60 came.", "Around 60", 60, 60, 60, None, "approx"),
    ("Nearly 70 came.", "Nearly 70", 70, 70, 70, None, "approx"),
    ("Almost 80 came.", "Almost 80", 80, 80, 80, None, "approx"),
    ("Roughly 90 came.", "Roughly 90", 90, 90, 90, None, "approx"),
    ("An estimated 2,000 came.", "An estimated 2,000", 2000, 2000, 2000, None, "approx"),
    ("The road is 12 km long.", "12 km", 12, 12, 12, "km", "exact"),
    ("Output was 500 tonnes.", "500 tonnes", 500, 500, 500, "t", "exact"),
    ("Wind reached 100 mph.", "100 mph", 100, 100, 100, "mph", "exact"),
    ("Fire burned 3,000 hectares.", "3,000 hectares", 3000, 3000, 3000, "ha", "exact"),
    ("It pumps 1.2 million barrels per day.", "1.2 million barrels per day", 1.2e6, 1.2e6, 1.2e6, "bbl/d", "exact"),
    ("He won the 100m sprint.", "100m", 100, 100, 100, "m", "exact"),
    ("It was 40C in the shade.", "40C", 40, 40, 40, "degC", "exact"),
    ("Shares rose 50-60%.", "50-60%", None, 50, 60, "percent", "range"),
    ("Costs hit 1.5bn-2bn euros.", "1.5bn-2bn euros", None, 1.5e9, 2e9, "EUR", "range"),
    ("It paid a $5-million fine.", "$5-million", 5e6, 5e6, 5e6, "USD", "exact"),
    ("Prices fell 12 3/4 points.", "12 3/4", 12.75, 12.75, 12.75, None, "exact"),
    ("It rose 18 Canadian cents.", "18 Canadian cents", 0.18, 0.18, 0.18, "CAD", "exact"),
    ("Shares rose 6 pence.", "6 pence", 0.06, 0.06, 0.06, "GBP", "exact"),
    ("Two and a half million tickets sold.", "Two and a half million", 2.5e6, 2.5e6, 2.5e6, None, "exact"),
    ("Several million people watched.", "Several million", None, 3e6, 9e6, None, "approx"),
    # Indian numbering: lakh 1e5, crore 1e7, digits grouped by two above the thousands
    ("The budget gives Rs 2,70,771 crore to defence.", "Rs 2,70,771 crore", 2.70771e12, 2.70771e12,
     2.70771e12, "INR", "exact"),
    ("The fund holds Rs. 1,00,000 in cash.", "Rs. 1,00,000", 1e5, 1e5, 1e5, "INR", "exact"),
    ("The state owes 10,00,00,000 rupees.", "10,00,00,000 rupees", 1e8, 1e8, 1e8, "INR", "exact"),
    ("The scheme will cost ₹1.5 lakh crore.", "₹1.5 lakh crore", 1.5e12, 1.5e12, 1.5e12, "INR", "exact"),
    ("About 5 lakh people were affected.", "About 5 lakh", 5e5, 5e5, 5e5, None, "approx"),
    ("The government spent Rs 40,000 crore.", "Rs 40,000 crore", 4e11, 4e11, 4e11, "INR", "exact"),
    ("India gave 12 crore doses.", "12 crore", 1.2e8, 1.2e8, 1.2e8, None, "exact"),
    ("It raised INR 500 crore.", "INR 500 crore", 5e9, 5e9, 5e9, "INR", "exact"),
    # a currency prefix of letters written close to its figure ("Rs2bn", "CHF5m")
    ("It set aside Rs2,150 billion for roads.", "Rs2,150 billion", 2.15e12, 2.15e12, 2.15e12, "INR", "exact"),
    ("It set aside Rs1.75 trillion for roads.", "Rs1.75 trillion", 1.75e12, 1.75e12, 1.75e12, "INR", "exact"),
    ("The fine was CHF5m.", "CHF5m", 5e6, 5e6, 5e6, "CHF", "exact"),
    ("One lakh crore rupees were spent.", "One lakh crore rupees", 1e12, 1e12, 1e12, "INR", "exact"),
    # a larger scale word after a scale multiplies it
    ("The deficit was £5 thousand million.", "£5 thousand million", 5e9, 5e9, 5e9, "GBP", "exact"),
    ("Two thousand million people watched.", "Two thousand million", 2e9, 2e9, 2e9, None, "exact"),
    ("One million two hundred thousand people voted.", "One million two hundred thousand", 1.2e6, 1.2e6,
     1.2e6, None, "exact"),
    ("Half a million people fled.", "Half a million", 5e5, 5e5, 5e5, None, "exact"),
    ("Four dozen people were arrested.", "Four dozen", 48, 48, 48, None, "exact"),
]


@pytest.mark.parametrize("text,fig,value,low,high,unit,hedge", CASES, ids=[c[1] for c in CASES])
def test_reads_news_figure(ruleset, text, fig, value, low, high, unit, hedge):
    c = only(text, ruleset)
    assert c.text == fig
    assert text[c.span[0]:c.span[1]] == fig
    assert c.kind == "quantity"
    assert (c.unit, c.hedge) == (unit, hedge)
    for got, want in ((c.value, value), (c.low, low), (c.high, high)):
        if want is None:
            assert got is None
        else:
            assert got == pytest.approx(want, rel=1e-4)


NOT_QUANTITIES = [
    ("The talks began in 2009 in Geneva.", "2009"),
    ("The G8 met in Italy.", "8"),
    ("Sales of the PlayStation 2 slowed.", "2"),
    ("He raced in Formula 1 for years.", "1"),
    ("Phones moved to 3G networks.", "3G"),
    ("The Boeing 747 landed safely.", "747"),
    ("United won 3-1 on Sunday.", "3-1"),
    ("The meeting starts at 10:30.", "10:30"),
    ("The meeting starts at 3pm.", "3pm"),
    ("The deadline is January 22.", "22"),
    ("It was his 3rd title.", "3rd"),
    ("Music of the 1990s returned.", "1990s"),
    ("The 2021-22 season began.", "2021-22"),
    ("Article 5 was invoked.", "5"),
    ("She lives at 10 Downing Street.", "10"),
    ("Profit rose in the fourth-quarter results.", "quarter"),
    ("It was the third time he tried.", "third"),
    ("Covid-19 spread fast.", "19"),
    ("No one was hurt.", "one"),
    ("The 737 Max was grounded.", "737"),
    ("Sales of the 486-based machines rose.", "486"),
    ("The summit runs from 8 to 10 June.", "8"),
    ("He appeared on 60 Minutes, the show.", "60"),
    ("In the winter of nineteen ninety-four prices fell.", "nineteen"),
    ("The firm declared a 2-for-1 stock split.", "2"),
    # identifiers: a number that names a law, a resolution, a flight, a road
    ("Under Law No 3/2009, the council acted.", "3/2009"),
    ("Law 3/2009 was passed.", "3/2009"),
    ("Regulation 2016/679 applies.", "679"),
    ("The council passed Resolution 2334.", "2334"),
    ("Police imposed Section 144 in the city.", "144"),
    ("Article 370 was revoked.", "370"),
    ("Flight MH17 was shot down.", "17"),
    # letters that merely end in a prefix are a name's ("PARs7", "HRs5": no rupees)
    ("The PARs7 gene was named.", "7"),
    ("They drove down Route 66.", "66"),
]


@pytest.mark.parametrize("text,token", NOT_QUANTITIES, ids=[t for _, t in NOT_QUANTITIES])
def test_not_a_quantity_is_ignored_not_claimed(ruleset, text, token):
    claims, ignored = read(text, ruleset)
    at = text.index(token)
    assert not any(c.span[0] <= at < c.span[1] for c in claims), [c.text for c in claims]
    assert any(a <= at < b for a, b in ignored)


def test_bare_dollar_follows_the_dollar_the_article_names(ruleset):
    c = read("The Australian dollar slid. The deal is worth $40m.", ruleset)[0][0]
    assert c.unit == "AUD"


def test_bare_dollar_is_usd_by_default(ruleset):
    assert only("The deal is worth $40m.", ruleset).unit == "USD"


def test_modality_could(ruleset):
    assert only("Damage could total $2-3 billion.", ruleset).modality == "could"


def test_modality_expected(ruleset):
    assert only("Sales are expected to reach $5bn.", ruleset).modality == "expected"


def test_no_modality_on_plain_statement(ruleset):
    assert only("Sales reached $5bn.", ruleset).modality is None


def test_multiplier_verb_recorded_on_figure(ruleset):
    word, c = read("The price doubled to $40.", ruleset)[0]
    assert c.extra["multiplier"] == 2
    assert (word.text, word.value, word.unit) == ("doubled", 2, "times")  # and a claim itself


def test_fold_is_a_multiplier_figure(ruleset):
    c = only("It saw a 10-fold increase.", ruleset)
    assert (c.value, c.unit, c.extra["multiplier"]) == (10, "times", 10)


def test_change_verb_recorded(ruleset):
    c = only("Inflation rose 8.4 per cent.", ruleset)
    assert c.extra["change"] == "rise"


def test_scale_word_recorded(ruleset):
    assert only("It cost $2bn.", ruleset).extra["scale"] == "bn"


def test_figure_in_brackets_flagged(ruleset):
    claims, _ = read("It cost 942 million Canadian dollars (US$801.2 million) in all.", ruleset)
    assert [c.extra.get("in_brackets", False) for c in claims] == [False, True]


def test_from_to_after_change_verb_is_two_figures(ruleset):
    claims, _ = read("Unemployment rose from 5% to 8%.", ruleset)
    assert [c.text for c in claims] == ["5%", "8%"]


def test_by_then_to_after_a_change_verb_is_a_change_and_a_level(ruleset):
    # the verb may stand a few words before "by": its object comes between
    claims, _ = read("It increased its capacity by 500,000 tonnes to 2.5 mln tonnes.", ruleset)
    assert [c.text for c in claims] == ["500,000 tonnes", "2.5 mln tonnes"]
    claims, _ = read("The plant makes 500,000 to 800,000 tonnes a year.", ruleset)
    assert [c.text for c in claims] == ["500,000 to 800,000 tonnes"]


def test_one_closing_a_list_of_counts_is_a_count(ruleset):
    # set AS: "... six from Pakistan and one from Vietnam": the item before is a figure and
    # the same next word; a pronoun "one" stays unread
    claims, _ = read("They comprised 94 from Bangladesh, six from Pakistan and one from Vietnam.", ruleset)
    assert [c.text for c in claims] == ["94", "six", "one"]
    claims, _ = read("It sold 94 cars in May, and one of the buyers paid cash.", ruleset)
    assert [c.text for c in claims] == ["94"]


def test_a_count_before_a_thousands_count_is_a_list(ruleset):
    # one group of two before "12,000" may be a list; two ("10, 42, 38,677") are the Indian way
    claims, _ = read("Death toll rises to 38, 12,000 displaced", ruleset)
    assert [c.text for c in claims] == ["38", "12,000"]


def test_age_year_old(ruleset):
    c = only("A 45-year-old man was arrested.", ruleset)
    assert (c.value, c.unit, c.extra.get("age")) == (45, "year", True)


def test_one_as_pronoun_is_not_claimed(ruleset):
    claims, ignored = read("One of the soldiers left.", ruleset)
    assert claims == []


def test_one_counting_people_is_claimed(ruleset):
    assert only("One journalist was killed.", ruleset).value == 1


def test_physical_unit_outside_the_lexicon_goes_to_quantulum(ruleset):
    c = only("The horse ran 8 furlongs.", ruleset)
    assert (c.value, c.unit) == (8, "furlong")


@pytest.mark.parametrize("text", ["", " ", "$", "--5", "1,2,3,,4", "$-bn", "between and",
                                  "9" * 400, "½ ⅓ ٣", "at least", "a quarter of a"])
def test_odd_input_never_raises(ruleset, text):
    from factcheck.extract.numbers import _extract, grammar

    claims, ignored = _extract(text, grammar(ruleset), None)
    assert isinstance(claims, list) and isinstance(ignored, list)


def test_per_unit_recorded(ruleset):
    assert only("The offer is $55 a share.", ruleset).extra["per"] == "share"


def test_quantulum3_is_not_imported_for_an_article_without_physical_units(seed_text):
    import subprocess
    import sys

    code = ("import sys, factcheck; factcheck.check(sys.stdin.read(), published='2022-01-13'); "
            "print(any(m.startswith('quantulum3') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], input=seed_text, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


def test_fraction_after_by_is_a_share_change(ruleset):
    c = only("Admissions fell by a fifth last week.", ruleset)
    assert (c.text, c.value, c.unit, c.extra["change"]) == ("a fifth", 20, "percent", "fall")


def test_change_verb_must_govern_the_figure(ruleset):
    assert "change" not in only("Money was raised in a two-day appeal.", ruleset).extra


def test_digit_hyphen_name_is_not_a_range(ruleset):
    claims, ignored = read("He works at a 7-Eleven in Ohio.", ruleset)
    assert claims == [] and ignored


def test_bare_francs_follow_the_article(ruleset):
    doc = make_document("The French group will pay 4.7 billion francs.", "1995-03-01", settings=Settings())
    assert numbers.extract(doc, ruleset)[0][0].unit == "FRF"


def test_bare_francs_default_to_swiss(ruleset):
    assert only("The fine is 200 francs.", ruleset).unit == "CHF"


# 'Nm': millions unless the words around it speak of a length, height or race
@pytest.mark.parametrize("text,fig,value", [
    ("Kazakhstan, a nation of 18.3m, has closed its borders.", "18.3m", 18.3e6),
    ("Officials in Oslo, a metropolis of 1.1m, declared a state of emergency.", "1.1m", 1.1e6),
    ("Nairobi, population 4.4m, lies on the banks of a river.", "4.4m", 4.4e6),
    ("Tehran, with a population of 7.2m, is the economic heart of Iran.", "7.2m", 7.2e6),
    ("The population of Durban stood at 2.9m in 2010.", "2.9m", 2.9e6),
    ("By 2019, the population of Kuala Lumpur had grown to 1.5m.", "1.5m", 1.5e6),
    ("Seoul is a sprawling city of 10m.", "10m", 10e6),
    ("According to the 2014 census, Ankara had a population of 3.3m.", "3.3m", 3.3e6),
    ("Lyon has a population of 4.68m, according to official estimates.", "4.68m", 4.68e6),
    ("Viewers numbered 2.4m on Sunday.", "2.4m", 2.4e6),
])
def test_nm_is_millions_when_no_length_is_meant(ruleset, text, fig, value):
    c = only(text, ruleset)
    assert (c.text, c.value, c.unit) == (fig, pytest.approx(value), None)


@pytest.mark.parametrize("text,fig,value", [
    ("He won the 100m sprint.", "100m", 100),
    ("The embassy is 300m away.", "300m", 300),
    ("The shaft is 40m deep.", "40m", 40),
    ("The tower stands 330m tall.", "330m", 330),
    ("A 10m-high wall surrounds the camp.", "10m", 10),
    ("Bolt won the 100m in 9.58 seconds.", "100m", 100),
    ("Flood water reached a depth of 1.5m.", "1.5m", 1.5),
    ("The river rose to 2.9m overnight.", "2.9m", 2.9),
    ("Waves of up to 4m hit the coast.", "up to 4m", 4),
    ("The wall is 10m (33ft) high.", "10m", 10),
    ("He set a 100m record.", "100m", 100),
])
def test_nm_is_metres_in_a_length_context(ruleset, text, fig, value):
    claims, _ = read(text, ruleset)
    c = next(c for c in claims if c.text == fig)
    assert (c.value if c.value is not None else c.high, c.unit) == (value, "m")


def test_k_after_population_wording_is_thousands(ruleset):
    c = only("Bishkek is a city of 900k.", ruleset)
    assert (c.value, c.unit) == (900000, None)


def test_chip_model_number_is_not_a_count(ruleset):
    text = "The flaws, found in Intel's 80486 chip, are minor."
    claims, ignored = read(text, ruleset)
    at = text.index("80486")
    assert claims == [] and any(a <= at < b for a, b in ignored)


def test_chip_count_is_still_a_count(ruleset):
    assert only("Intel shipped 80,000 chips.", ruleset).value == 80000


def test_one_for_each_is_a_count(ruleset):
    claims, _ = read("Shareholders will receive one right for each 105 common shares owned.", ruleset)
    assert [(c.text, c.value) for c in claims] == [("one", 1), ("105", 105)]


def test_bare_francs_after_2001_in_a_french_story_are_not_french_francs(ruleset):
    doc = make_document("The French group will pay 4.7 billion francs.", "2010-05-01", settings=Settings())
    c = numbers.extract(doc, ruleset)[0][0]
    assert c.unit == "CHF"


def test_bare_francs_follow_the_article_before_the_euro(ruleset):
    doc = make_document("Paribas bid for the Paris group. It will pay 1,850 francs a share.",
                        "1989-11-01", settings=Settings())
    assert numbers.extract(doc, ruleset)[0][0].unit == "FRF"


def test_bare_francs_follow_a_dollar_conversion_in_brackets(ruleset):
    text = "Profit is likely to be 4.7 billion francs ($754.4 million), up from 633.8 million francs."
    doc = make_document(text, None, settings=Settings())
    claims, _ = numbers.extract(doc, ruleset)
    assert [c.unit for c in claims] == ["FRF", "USD", "FRF"]


def test_bare_francs_with_a_swiss_rate_in_brackets_stay_swiss(ruleset):
    doc = make_document("The fine is 1.6 million francs ($1 million).", None, settings=Settings())
    assert numbers.extract(doc, ruleset)[0][0].unit == "CHF"


@pytest.mark.parametrize("text,fig,value,unit", [
    ("The pipeline stretches 1,200m.", "1,200m", 1200, "m"),
    ("The yacht, 30m, sank.", "30m", 30, "m"),
    ("The building is 828m.", "828m", 828, "m"),
    ("The dam holds back 40m cubic metres of water.", "40m cubic metres", 40e6, "m3"),
    ("The album sold 2m.", "2m", 2e6, None),
])
def test_nm_length_or_millions_more(ruleset, text, fig, value, unit):
    c = only(text, ruleset)
    assert (c.text, c.value, c.unit) == (fig, pytest.approx(value), unit)


@pytest.mark.parametrize("text,fig", [
    ("The spill covered 300m of coastline.", "300m"),
    ("The snowdrifts were 3m.", "3m"),
])
def test_nm_of_a_length_noun_is_metres(ruleset, text, fig):
    assert (only(text, ruleset).text, only(text, ruleset).unit) == (fig, "m")


def test_a_run_of_number_words_too_big_for_a_float_is_no_figure_and_the_rest_is_read(ruleset):
    from factcheck.extract.numbers import _extract, grammar

    run = " ".join(["hundred"] * 200)
    claims, ignored = _extract(f"5 people fled. {run} and 3 dogs; up to {run}.", grammar(ruleset), None)
    assert [c.text for c in claims] == ["5", "3"]  # before: none at all (OverflowError)
    assert any(b - a >= len(run) for a, b in ignored)


@pytest.mark.parametrize("text,figure,value", [
    ("ACME TO ISSUE 1600 MLN DLRS OF BONDS", "1600 MLN DLRS", 1.6e9),
    ("The bank will sell 1200 billion yen of bills.", "1200 billion yen", 1.2e12),
    ("A deficit of 1400 mln stg was forecast.", "1400 mln stg", 1.4e9),
])
def test_a_year_like_number_before_a_scale_word_is_an_amount(text, figure, value, ruleset):
    # "1600 MLN": no year is counted in millions
    c = only(text, ruleset)
    assert (c.text, c.value) == (figure, value)


@pytest.mark.parametrize("text,figure", [
    ("The floods killed 1486 people, officials said.", "1486"),   # a count of people
    ("The death toll reached 1486, officials said.", "1486"),     # no year cue, no year of today's news
])
def test_a_four_digit_count_is_no_year(text, figure, ruleset):
    # set I: "1486 dead" in a headline, the body's "reached 1486" unread
    assert only(text, ruleset).text == figure


def test_a_count_a_range_joins_to_a_grouped_count_is_no_year(ruleset):
    # set J: "fell from 1,498 to 1393, a 9.3 percent fall" (it is 7.0%)
    claims, _ = read("Murders fell from 1,498 to 1393, police said.", ruleset)
    assert [c.text for c in claims] == ["1,498", "1393"]


@pytest.mark.parametrize("text", ["The city was founded in 1486.", "Sales were lower than in 2019.",
                                  "Talks resumed for the first time since 2001."])
def test_a_year_with_its_cue_is_still_a_year(text, ruleset):
    doc = make_document(text, "2024-06-15", settings=Settings())
    assert not numbers.extract(doc, ruleset)[0]


def units_of(text, ruleset, title=None, published="2024-06-15"):
    doc = make_document(text, published, title=title, settings=Settings())
    return [(c.text, c.unit) for c in numbers.extract(doc, ruleset)[0] if c.unit]


def test_rupees_follow_the_country_the_headline_names(ruleset):
    text = "Burden of Pakistan's budget\n\nThe outlay is Rs 18.9 trillion ($68 billion), India says."
    assert units_of(text, ruleset)[0] == ("Rs 18.9 trillion", "PKR")
    # a title given apart counts as the headline
    assert units_of("The outlay is Rs 18.9 trillion.", ruleset, title="Pakistan's budget") == [
        ("Rs 18.9 trillion", "PKR")]


def test_rupees_follow_the_dateline_then_the_most_named_country(ruleset):
    assert units_of("COLOMBO, March 3 - The deficit was 120 bln rupees, India said.", ruleset) == [
        ("120 bln rupees", "LKR")]
    text = "Nepal and India met. India's fares rose to Rs 500 from Rs. 450, India said."
    assert [u for _, u in units_of(text, ruleset)] == ["INR", "INR"]
    text = "India met Nepal. Nepal's fares rose to Rs 500, as Nepali officials said."
    assert [u for _, u in units_of(text, ruleset)] == ["NPR"]


def test_rupees_without_a_country_stay_indian(ruleset):
    assert units_of("The fare is Rs 500 and the fine 200 rupees.", ruleset) == [
        ("Rs 500", "INR"), ("200 rupees", "INR")]
    # a sea named for a country is no country: Mauritius's rupee, off the Indian Ocean
    assert units_of("Mauritius, in the Indian Ocean, spent Rs 5 billion.", ruleset) == [
        ("Rs 5 billion", "MUR")]


def test_a_rupee_named_by_its_country_keeps_it(ruleset):
    text = "Pakistan budget\n\nIt paid 3 bln Indian rupees and Rs 2 bln; Sri Lanka 4 bln Sri Lankan rupees."
    assert units_of(text, ruleset) == [("3 bln Indian rupees", "INR"), ("Rs 2 bln", "PKR"),
                                       ("4 bln Sri Lankan rupees", "LKR")]
    assert units_of("The fare is ₹500 in Pakistan.", ruleset) == [("₹500", "INR")]


def test_a_bare_n_before_digits_is_naira_in_news_about_nigeria(ruleset):
    # the dateline names a Nigerian city: "N" glued to the digits is the naira
    text = ("Abuja, Dec. 29 - The state signed a budget of N437.3bn, up N4.3 billion from "
            "N433m, and fees of N300 to N1,000 a day, with N1.046tn in loans.")
    assert units_of(text, ruleset) == [
        ("N437.3bn", "NGN"), ("N4.3 billion", "NGN"), ("N433m", "NGN"),
        ("N300 to N1,000", "NGN"), ("N1.046tn", "NGN")]
    c = [c for c in numbers.extract(make_document(text, "2023-12-29", settings=Settings()), ruleset)[0]
         if c.unit == "NGN"]
    assert [c.value for c in c][:2] == [437.3e9, 4.3e9]
    # a headline about Nigeria, or a text naming it twice, does as well
    assert units_of("Nigeria's budget\n\nThe total is N21.8 trillion.", ruleset) == [
        ("N21.8 trillion", "NGN")]
    assert units_of("Lagos spent N2.2bn, the Nigerian state said.", ruleset) == [("N2.2bn", "NGN")]


def test_a_bare_n_before_digits_is_no_currency_elsewhere(ruleset):
    # no Nigeria: masks, a grade and a section keep their names
    assert units_of("Health workers need N95 masks and the N2 road; see Section N5.", ruleset) == []
    # Nigeria named once in the body only: not enough to read a bare "N"
    assert units_of("Nurses in Nigeria and Ghana wear N95 masks.", ruleset) == []
    # in news about Nigeria, a name with a letter before the N, or numbered after a
    # noun of a series, is still no sum
    text = "Lagos, May 2 - Nigerian nurses got KN95 masks under Section N5 of the law."
    assert units_of(text, ruleset) == []


def test_naira_written_out_or_as_its_sign_is_naira_anywhere(ruleset):
    assert units_of("The fee is ₦5,000, or 2 million naira for a firm, or NGN 300.", ruleset) == [
        ("₦5,000", "NGN"), ("2 million naira", "NGN"), ("NGN 300", "NGN")]


@pytest.mark.parametrize("text,figure,value", [
    ("Rain causes ¥120 bil in farm damage", "¥120 bil", 1.2e11),  # Japanese press: "bil", "bn"
    ("The ministry spent $5 bil on roads.", "$5 bil", 5e9),
])
def test_bil_after_a_space_is_billion(text, figure, value, ruleset):
    c = only(text, ruleset)
    assert (c.text, c.value) == (figure, value)


@pytest.mark.parametrize("text", [
    "325,000 Form One students are yet to report.",  # a school year's name
    "The report was aired on Channel Four last night.",
    "The Big Three automakers met on Monday.",
])
def test_a_capitalised_number_word_after_a_capitalised_word_is_a_name(text, ruleset):
    assert all(c.text not in ("One", "Four", "Three") for c in read(text, ruleset)[0])


def test_a_capitalised_number_word_that_opens_a_sentence_is_still_a_count(ruleset):
    # (a headline's last word, then a blank line: "... At Bundasi\n\nThree passengers died")
    text = "3 Crushed To Death At Bundasi\n\nThree passengers died on the spot."
    assert "Three" in [c.text for c in read(text, ruleset)[0]]


@pytest.mark.parametrize("text,figure", [
    ("The film surpassed 1 million admissions on Saturday.", "surpassed 1 million"),
    ("The sequel exceeded 11 million admissions on Friday.", "exceeded 11 million"),
])
def test_a_threshold_crossed_is_a_lower_bound(text, figure, ruleset):
    c = only(text, ruleset)
    assert (c.text, c.hedge, c.low) == (figure, "at_least", float(figure.split()[1]) * 1e6)


def test_an_index_named_by_capitals_and_a_number_is_no_count():
    # "the ASX 200", "the FTSE 100": a name; "the EU 27 countries" and "the IMF 2 billion
    # dlr loan" still count and measure
    from factcheck import check
    texts = {c.text for c in check("Of the 114 companies in the ASX 200 to report so far, 96 made money. "
                                   "The FTSE 100 fell.", published="2012-08-29").claims if c.kind == "quantity"}
    assert texts == {"114", "96"}
    texts = {c.text for c in check("Leaders of the EU 27 countries backed the IMF 2 billion dlr loan.",
                                   published="2012-08-29").claims if c.kind == "quantity"}
    assert texts == {"27", "2 billion dlr"}
