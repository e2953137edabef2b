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
        ("Gas prices hit $5 a gallon in California.", "$5", "per gallon"),
        ("The minimum wage rises to £9.50 an hour.", "£9.50", "per hour"),
        ("He will earn $23 million per season.", "$23 million", "per season"),
        ("The drug costs $84,000 per patient.", "$84,000", "per patient"),
        ("He raised $5 million a week ago.", "$5 million", None),
    ],
)
def test_a_price_per_unit_is_not_a_total(sentence, surface, per):
    """The sum stays in its currency (as Recognizers-Text reads it); what it buys is in the measure."""
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert claim.quantity.dimension == "currency"
    assert claim.measure.endswith(per) if per else " per " not in claim.measure


@pytest.mark.parametrize(
    ("sentence", "surface", "label", "start", "end"),
    [
        ("Unemployment fell to 7.8 per cent in the three months to March.", "7.8 per cent",
         "the three months to March", date(2012, 1, 1), date(2012, 3, 31)),
        ("House prices rose 2.1 per cent in the year to June 2011, the ONS said.", "2.1 per cent",
         "the year to June 2011", date(2010, 7, 1), date(2011, 6, 30)),
        ("Fighting has killed an estimated 5,000 people over the past three months.", "an estimated 5,000 people",
         "the past three months", date(2012, 3, 15), PUBLISHED),
        ("Prices have risen 40 percent over the past decade.", "40 percent",
         "the past decade", date(2002, 6, 15), PUBLISHED),
    ],
)
def test_a_stretch_of_time_up_to_a_month_or_to_now_is_the_figures_period(sentence, surface, label, start, end):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.period.label, claim.period.start, claim.period.end) == (label, start, end)


def test_the_count_in_a_stretch_up_to_now_is_still_a_duration():
    """ "in the past 17 months": the stretch dates the count, and its length is a figure too."""
    claims = claims_of("Worthy said eight children have been shot in the past 17 months.")
    assert [(c.text, c.kind) for c in claims] == [("eight children", "count"), ("17 months", "duration")]
    assert claims[0].period.label == "the past 17 months"


@pytest.mark.parametrize(
    ("sentence", "surface", "hedge"),
    [
        ("Heavy snow fell over two days.", "two days", None),  # after a figure, its period (test_sweep6)
        ("The talks will take place over three days in Geneva.", "three days", None),
        ("He was jailed for over two years.", "over two years", "over"),
        ("It took over three hours to put out the fire.", "over three hours", "over"),
        ("It happened over 30 years ago.", "over 30 years", "over"),
    ],
)
def test_over_a_length_of_time_is_a_stretch_unless_it_is_a_floor(sentence, surface, hedge):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert claim.quantity.hedge == hedge
    assert (claim.quantity.upper is None) == (hedge == "over")


@pytest.mark.parametrize(
    "sentence",
    ["Profit fell 20% compared with a year earlier.", "Exports rose 3% compared with last June."],
)
def test_what_a_change_is_compared_with_dates_no_event(sentence):
    assert [c.text for c in extract(sentence, published=PUBLISHED) if c.kind == "date"] == []
