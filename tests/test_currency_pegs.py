"""arithmetic.conversion at a central bank's fixed rate (seeds/reference/currency-pegs.yaml)
for the currencies the ECB does not publish: Gulf riyals and dirhams, CFA francs, the
pataca, ... each finding naming the peg's source."""
from __future__ import annotations

from factcheck import check
from factcheck.settings import Settings

SETTINGS = Settings(db="")


def _conversion(text, published, settings=SETTINGS):
    r = check(text, published=published, settings=settings)
    found = [f for f in r.findings if f.rule == "arithmetic.conversion"]
    passed = [k.detail for c in r.claims for k in c.checks if k.rule == "arithmetic.conversion" and k.outcome == "pass"]
    return found, passed


def test_a_riyal_conversion_is_judged_at_the_saudi_peg_and_names_it():
    found, passed = _conversion("Saudi Arabia's budget is 648.3 billion riyals ($172.88 billion).", "2019-12-10")
    assert not found and "3.75 SAR" in passed[0] and "Saudi Central Bank" in passed[0]
    [f] = _conversion("Saudi Arabia's budget is 648.3 billion riyals ($152.88 billion).", "2019-12-10")[0]
    assert f.severity == "error" and "-12%" in f.message and "since June 1986" in f.message
    # a 1987 wire, before the ECB's rates: the peg alone judges it
    assert _conversion("Aramco will pay 500 mln riyals (133 mln dlrs), Saudi officials said.", "1987-03-02")[1]


def test_bare_riyals_dinars_and_dirhams_are_the_currency_of_the_country_the_text_is_about():
    found, passed = _conversion("Oman's finance ministry said the budget recorded a surplus of about 450 million "
                                "riyals ($1.2 billion).", None)
    assert not found and "OMR" in passed[0]  # Omani rials (0.3845 per dollar), not Saudi riyals
    r = check("Morocco's phosphate group OCP reported sales of 50 billion dirhams.", published="2021-07-01",
              settings=SETTINGS)
    assert [c.unit for c in r.claims if c.kind == "quantity"] == ["MAD"]


def test_a_peg_on_a_peg_chains_to_the_dollar():
    # the pataca is fixed to the Hong Kong dollar, which is linked to the US dollar
    [f] = _conversion("Macau's casinos took 21,088 billion patacas (US$2.64 billion) last month.", "2023-12-01")[0]
    assert "1.03 MOP" in f.message and "7.8 HKD" in f.message
    assert not _conversion("Macau's casinos took 21.088 billion patacas (US$2.64 billion).", "2023-12-01")[0]
    # CFA francs through the euro
    assert not _conversion("Senegal's project costs 100 billion CFA francs (152 million euros).", "2020-01-01")[0]


def test_a_peg_applies_only_from_the_day_it_was_set():
    # Qatar's riyal was fixed at 3.64 by decree in July 2001: a 1990 conversion is not judged by it
    text = "Qatar's budget was 12 billion riyals ($2 billion)."
    assert _conversion(text, "2005-03-01")[0]
    assert not _conversion(text, "1990-03-01")[0]


def test_a_users_own_fixed_rate_is_used(tmp_path):
    (tmp_path / "pegs.yaml").write_text(
        "attribute: exchange rate\nfacts:\n"
        "  - {entity: 'currency:KWD', unit: USD, value: 0.30, start: 2020-01-01, source: 'my desk rate'}\n")
    settings = Settings(db="", reference_dirs=(str(tmp_path),))
    text = "Kuwait's deficit was 3 billion dinars ($5 billion)."
    assert not _conversion(text, "2021-07-01")[0]  # no rate known: not judged
    [f] = _conversion(text, "2021-07-01", settings)[0]
    assert "my desk rate" in f.message


def test_bare_pesos_are_the_currency_of_the_country_the_text_is_about():
    r = check("Colombia's Ecopetrol said net profit stood at 10.5 trillion pesos ($2.4 billion).",
              published="2022-08-03", settings=SETTINGS)
    assert [c.unit for c in r.claims if c.kind == "quantity"][0] == "COP"
    assert not [f for f in r.findings if f.rule == "arithmetic.conversion"]
    r = check("Net income was 3.376 trillion Colombian pesos.", published="2022-08-03", settings=SETTINGS)
    assert [c.unit for c in r.claims if c.kind == "quantity"] == ["COP"]


def test_bare_pounds_and_kroner_take_the_country_the_text_is_about():
    units = lambda t: [c.unit for c in check(t, published="2022-06-01", settings=SETTINGS).claims
                       if c.kind == "quantity"]
    assert units("Egypt's deficit was 300 billion pounds, the finance ministry in Cairo said.") == ["EGP"]
    assert units("The British firm earned 5 million pounds.") == ["GBP"]
    assert units("The Danish company earned 5 billion kroner in Copenhagen.") == ["DKK"]
    assert units("Iceland's capelin quota is worth 10 billion kronur.") == ["ISK"]


def test_a_bare_dollar_is_the_outlet_s_when_its_address_names_a_dollar_country():
    text = "UK insurers paid a record £11.7 billion ($23.27 billion) in car insurance claims last year."
    units = lambda url: [c.unit for c in check(text, published="2025-02-20", url=url, settings=SETTINGS).claims
                         if c.kind == "quantity"]
    assert units("https://insurancenews.com.au/international/british-motor-claims") == ["GBP", "AUD"]
    assert units("https://www.example.com/x") == ["GBP", "USD"]
    assert units(None) == ["GBP", "USD"]
    # a text that names US dollars keeps them wherever it appears
    assert [c.unit for c in check("It paid $5 million in US dollars.", url="https://abc.net.au/x",
                                  settings=SETTINGS).claims if c.kind == "quantity"][0] == "USD"
