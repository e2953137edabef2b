"""Extract on phrasing families from a sweep over unseen news: shares written as ratios, prices
per unit, spans of time, partitives, British and wire style."""

from datetime import date

import pytest

from claimcheck import extract

PUBLISHED = date(2012, 6, 15)


def claims_of(sentence: str):
    return [c for c in extract(sentence, published=PUBLISHED) if c.quantity is not None]


@pytest.mark.parametrize(
    ("sentence", "surface", "share"),
    [
        ("One in five children lives in poverty, the report found.", "One in five", 20),
        ("One in 10 people over 65 has dementia.", "One in 10", 10),
        ("Three out of four voters backed the plan.", "Three out of four", 75),
    ],
)
def test_one_in_n_is_a_share_not_two_counts(sentence, surface, share):
    claims = claims_of(sentence)
    claim = next(c for c in claims if c.text == surface)
    assert (claim.kind, claim.quantity.unit, round(claim.quantity.value, 6)) == ("rate", "percent", share)
    assert not [c for c in claims if c.kind == "count"]


@pytest.mark.parametrize(
    ("sentence", "surface", "per"),
    [
        ("Gas prices hit $5 a gallon in California.", "$5 a gallon", "per gallon"),
        ("The minimum wage rises to £9.50 an hour.", "£9.50 an hour", "per hour"),
        ("He will earn $23 million per season.", "$23 million per season", "per season"),
        ("The drug costs $84,000 per patient.", "$84,000 per patient", "per patient"),
        ("He raised $5 million a week ago.", "$5 million", None),
    ],
)
def test_a_price_per_unit_is_not_a_total(sentence, surface, per):
    """The sum stays in its currency (as Recognizers-Text reads it); what it buys is in the measure."""
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert claim.quantity.dimension == "currency"
    assert claim.measure.endswith(per) if per else " per " not in claim.measure
