"""The value grammar on its own: numbers with their units, as `find_quantities` reads them."""

import pytest

from claimcheck.extract import find_quantities


def quantities(text: str) -> list[tuple[str, float, str, str]]:
    return [(text[s:e], q.value, q.unit, q.dimension) for s, e, q in find_quantities(text)]


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("When she was five years old, she learned to ride a bike.", "five years old", 5, "years"),
        ("It happened when the baby was only ten months old.", "ten months old", 10, "months"),
        ("At 6 weeks of age, one can already celebrate Christmas.", "6 weeks of age", 6, "weeks"),
        ("The patient is a 87 yo man with a history of hypertension.", "87 yo", 87, "years"),
        ("A 45-year-old Canadian fell to his death.", "45-year-old", 45, "years"),
    ],
)
def test_ages_in_any_unit(sentence, surface, value, unit):
    assert (surface, value, unit, "age") in quantities(sentence)


def test_a_span_of_time_without_old_is_a_duration():
    assert quantities("The talks lasted three weeks.") == [("three weeks", 3, "weeks", "duration")]


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("Nokia agreed to buy the cable maker for 420 million Finnish markka.", "420 million Finnish markka", 420e6, "FIM"),
        ("The bank priced 125 million Australian dollars of bonds.", "125 million Australian dollars", 125e6, "AUD"),
        ("The price of the simulator is C $ 16.4 million.", "C $ 16.4 million", 16.4e6, "CAD"),
        ("Exports fell 19% to HK $ 10.05 billion.", "HK $ 10.05 billion", 10.05e9, "HKD"),
        ("Banknotes come as 5 €, 10 € and 20 €.", "10 €", 10, "EUR"),
        ("Fujitsu wants to withdraw its one-yen bid.", "one-yen", 1, "JPY"),
        ("Orkem made a bid of 470 pence a share.", "470 pence", 470, "penny"),
        ("Egg prices averaged 64.2 cents a dozen.", "64.2 cents", 64.2, "cent"),
    ],
)
def test_currencies_by_name_symbol_and_code(sentence, surface, value, unit):
    assert (surface, pytest.approx(value), unit, "currency") in quantities(sentence)


def test_an_article_before_a_spaced_dollar_is_not_a_currency_code():
    assert quantities("Fluor was awarded a $ 300 million contract.")[0][2] == "USD"


def test_an_amount_before_to_drop_is_not_a_decrease():
    assert quantities("National paid Siegel and Shuster $94,000 to drop all claims.")[0][1] == 94000


@pytest.mark.parametrize(
    "sentence, value",
    [("Turnout was thirty percentage of the roll.", 30), ("It grew by one hundred percents.", 100)],
)
def test_percent_spelled_out(sentence, value):
    assert quantities(sentence)[0][1:] == (value, "percent", "percent")


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The Greek government will slice 30bn euros (\ufffd25.7bn) from its deficit.", "\ufffd25.7bn", 25.7e9, "XXX"),
        ("He said his pay of Dh4,275 a month was cut.", "Dh4,275", 4275, "AED"),
        ("Berlin decided to lend? 22.4bn to Greece.", "? 22.4bn", 22.4e9, "XXX"),
        ("They agreed a \ufffd\ufffd\ufffd\ufffd110 billion ($158 billion) EU and IMF debt bailout.",
         "\ufffd\ufffd\ufffd\ufffd110 billion", 110e9, "XXX"),
    ],
)
def test_lost_and_regional_currency_signs(sentence, surface, value, unit):
    assert (surface, pytest.approx(value), unit, "currency") in quantities(sentence)


def test_a_decimal_before_a_quake_word_is_a_magnitude():
    assert ("2.9", 2.9, "magnitude", "magnitude") in quantities("It was followed by a 2.9 aftershock at 2:12 a.m.")


def test_a_hyphenated_second_is_a_unit_not_an_ordinal():
    assert quantities("A 10-second runoff ended the game.") == [("10-second", 10, "seconds", "duration")]


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The 170,000-square-foot building houses law offices.", "170,000-square-foot", 170000, "square foot"),
        ("All 23 pirates clambered onto the 10-metre-long dhow.", "10-metre", 10, "metre"),
    ],
)
def test_units_inside_hyphenated_modifiers(sentence, surface, value, unit):
    assert any(q[:3] == (surface, value, unit) for q in quantities(sentence))
