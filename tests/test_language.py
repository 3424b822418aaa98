"""A text in another language gets no checks, only a note: the checks read English words."""
from __future__ import annotations

from factcheck import check
from factcheck.language import other_language

SPANISH = ("Metro transportó más de 57 millones de personas durante noviembre\n\n"
           "El instituto de estadísticas también reveló que los pasos por pórticos de las autopistas "
           "casi suman 140 millones. Durante el mes de noviembre, el Metro de la ciudad transportó a "
           "57,7 millones de personas, una variación interanual de 1,3%, según el boletín del instituto.")


def test_a_spanish_report_gets_a_note_and_no_findings():
    report = check(SPANISH, published="2026-01-02")
    assert report.findings == ()
    assert any("reads as Spanish, not English" in n for n in report.notes)
    assert report.claims  # the figures are still listed as read


def test_an_english_report_is_checked_as_before():
    text = ("Metro carries 80 million passengers in November\n\nThe city's metro carried 57.7 million "
            "passengers in November, the statistics office said on Friday, up 1.3% from a year "
            "earlier, and the toll roads counted almost 140 million passes in the same month.")
    assert other_language(text) is None
    assert not any("not English" in n for n in check(text, published="2026-01-02").notes)


def test_tables_short_texts_and_names_stay_english():
    table = "CTS/BU BASIS MPLS\nSPRING WHEAT\nORD 17un unch\n11.00 12un unch\n" * 6
    assert other_language(table) is None  # ("un" glued to digits is no word)
    assert other_language("La Paz de Bolivia: el 5%.") is None  # too few words to tell
    assert other_language("The Banco de la Nación said on Monday that its profit rose 5% to "
                          "120 million soles in the quarter, and that the bank would pay a "
                          "dividend of 2 soles a share in May, after a year in which it had "
                          "added 40 branches across the country.") is None


def test_other_languages_and_scripts_are_named():
    portuguese = ("O Banco Central da Reserva do Peru manteve a taxa básica de juros em 4,75% ao ano, "
                  "segundo o comunicado divulgado nesta quinta-feira, e a inflação dos últimos doze "
                  "meses ficou em 3,2%, dentro da meta do banco para o ano.")
    assert other_language(portuguese) == "Portuguese"
    arabic = " ".join(["حققت مجموعة المكتب الشريف للفوسفاط أرباحا صافية"] * 6)
    assert other_language(arabic) == "another script"
    assert "script other than the Latin alphabet" in check(arabic + " 5%.", published="2026-01-02").notes[-1]
