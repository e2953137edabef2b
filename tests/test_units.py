"""Units: the physical-unit table read from the shipped snapshot is the one quantulum3 builds."""

import pytest

from claimcheck import units
from claimcheck.units import physical_unit, physical_units, quantulum_catalogue


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
