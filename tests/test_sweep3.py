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
