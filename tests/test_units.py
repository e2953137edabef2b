"""Units: the physical-unit table read from the shipped snapshot is the one quantulum3 builds."""

import pytest

from claimcheck import units
from claimcheck.model import Quantity
from claimcheck.units import (
    in_base,
    physical_unit,
    physical_units,
    quantulum_catalogue,
    scale_of,
)


@pytest.fixture(scope="module")
def live_catalogue():
    """quantulum3's catalogue, read through quantulum3 itself (the slow, obvious path)."""
    return quantulum_catalogue()


def test_snapshot_is_taken_from_the_installed_quantulum3(live_catalogue):
    stored = units._stored_catalogue()
    assert stored is not None, (
        "quantulum3_units.json is missing or from another quantulum3 version; regenerate it with "
        "python -c 'from claimcheck.units import write_catalogue_snapshot; write_catalogue_snapshot()'"
    )
    assert stored == live_catalogue


def test_unit_table_equals_the_one_built_from_quantulum3(live_catalogue):
    assert units._catalogue() == physical_units(live_catalogue)


@pytest.mark.parametrize(
    "right, unit, dimension",
    [
        (" km from the coast", "kilometre", "length"),
        (" ft tall", "foot", "length"),
        (" square kilometres of forest", "square kilometre", "area"),
        (" tonnes of grain", "tonne", "mass"),
        (" mph winds", "mile per hour", "speed"),
    ],
)
def test_physical_units_after_a_number(right, unit, dimension):
    found = physical_unit(right.lstrip())
    assert found is not None and found[:2] == (unit, dimension)


@pytest.mark.parametrize(
    "sentence, heat",
    [
        ("The mercury climbed to 41 degrees in Delhi.", True),
        ("Freezing fog kept temperatures at 2 degrees.", True),
        ("The crane had to rotate 90 degrees.", False),
        ("Temperatures fell as the road turned 30 degrees to the north.", False),  # an angle word wins
        ("The coastline lies at 40 degrees latitude.", False),
    ],
)
def test_bare_degrees_measure_heat_where_the_sentence_speaks_of_it(sentence, heat):
    assert units.speaks_of_temperature(sentence) is heat


@pytest.mark.parametrize(
    ("quantity", "base"),
    [
        # the hedge's interval is carried through: "nearly two hours" is up to 7,200 seconds
        (Quantity(2, 1.5, 2, "hours", "duration", precision=0.5, hedge="nearly"),
         Quantity(7200, 5400, 7200, "seconds", "duration", precision=1800, hedge="nearly")),
        (Quantity(16, 15.5, 16.5, "mile", "length", precision=0.5),
         Quantity(16 * 1609.344, 15.5 * 1609.344, 16.5 * 1609.344, "metre", "length", precision=0.5 * 1609.344)),
        (Quantity(2, 1.5, 2.5, "years", "duration", precision=0.5), Quantity(24, 18, 30, "months", "duration", precision=6)),
        (Quantity(212, 211.5, 212.5, "degree Fahrenheit", "temperature", precision=0.5),
         Quantity(100, 211.5 * 5 / 9 - 32 * 5 / 9, 212.5 * 5 / 9 - 32 * 5 / 9, "degree Celsius", "temperature",
                  precision=0.5 * 5 / 9)),
        # neither money nor an ambiguous "ton" converts
        (Quantity(2, 1.5, 2.5, "EUR", "currency", precision=0.5), Quantity(2, 1.5, 2.5, "EUR", "currency", precision=0.5)),
        (Quantity(2, 1.5, 2.5, "ton", "mass", precision=0.5), Quantity(2, 1.5, 2.5, "ton", "mass", precision=0.5)),
    ],
)
def test_a_quantity_in_its_scales_base_unit(quantity, base):
    converted = in_base(quantity)
    assert converted.unit == base.unit and converted.hedge == base.hedge
    assert [converted.value, converted.lower, converted.upper, converted.precision] == pytest.approx(
        [base.value, base.lower, base.upper, base.precision])


def test_units_of_one_scale_are_blocked_together():
    assert scale_of("duration", "minutes") == scale_of("duration", "hours") == scale_of("duration", "weeks")
    assert scale_of("duration", "months") == scale_of("duration", "years") != scale_of("duration", "days")
    assert scale_of("length", "mile") == scale_of("length", "kilometre") == scale_of("length", "nautical mile")
    assert scale_of("mass", "ton") != scale_of("mass", "tonne")
    assert scale_of("currency", "USD") != scale_of("currency", "EUR")


@pytest.mark.parametrize(
    ("word", "one"),
    [("measles", "measles"), ("species", "species"), ("series", "series"), ("rabies", "rabies"),
     ("cases", "case"), ("injuries", "injury"), ("churches", "church")],
)
def test_a_noun_whose_singular_ends_in_s_keeps_it(word, one):
    singular = units.singular
    assert singular(word) == one
