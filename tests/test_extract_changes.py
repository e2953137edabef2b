"""Extract on changes in news wording: what rose or fell and by how much, the level it is compared
with, differences from another level, and the figures that are levels, not changes."""

import pytest
from phrasing import claim_at, claims_of, quantity_at


@pytest.mark.parametrize(
    "sentence",
    ["Profit fell 20% compared with a year earlier.", "Exports rose 3% compared with last June."],
)
def test_what_a_change_is_compared_with_dates_no_event(sentence):
    assert [c.text for c in claims_of(sentence) if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Turnout was 67.3%, up from 65.1% in 2010.", "65.1%"),
        ("Inflation rose from 2.1% to 2.5% in May.", "2.1%"),
        ("Sales fell to $3bn, down from $3.5bn a year earlier.", "$3.5bn"),
        ("Unemployment climbed to 8.2 percent, up from 7.9 percent.", "7.9 percent"),
    ],
)
def test_the_figure_after_from_is_the_earlier_level_not_a_change(sentence, surface):
    claim = quantity_at(sentence, surface)
    assert claim.kind in ("rate", "amount") and claim.quantity.value > 0


@pytest.mark.parametrize(
    ("sentence", "earlier", "reached"),
    [
        ("The reduced VAT rate for pubs will drop to 11% from 15.5% in March.", "15.5%", "11%"),
        ("The council cut the rate of the levy from 6.5 percent to 4 percent.", "6.5 percent", "4 percent"),
        ("Revenue rose to $4.1 billion, up from $3.6 billion a year earlier.", "$3.6 billion", "$4.1 billion"),
        ("The agency widened the exclusion zone to 9 km from 6 km.", "6 km", "9 km"),
    ],
)
def test_the_level_a_change_starts_from_is_another_fact_than_the_level_it_reaches(sentence, earlier, reached):
    """ "will drop to 11% from 15.5%": 15.5% is what the rate was, not a second report of what it will be."""
    was, now = quantity_at(sentence, earlier), quantity_at(sentence, reached)
    assert was.measure.split()[0] == "formerly" and now.measure.split()[0] != "formerly"


@pytest.mark.parametrize(
    ("sentence", "reached", "earlier", "label"),
    [
        ("Portugal's jobless rate fell to 6.1% from 6.4% in June, the institute said.", "6.1%", "6.4%", "in June"),
        ("Exports slipped to $41.2 billion, down from $43 billion in 2024.", "$41.2 billion", "$43 billion", "2024"),
    ],
)
def test_a_month_or_year_after_the_level_a_change_started_from_is_that_level_s(sentence, reached, earlier, label):
    """ "fell to 6.1% from 6.4% in June": June's rate was 6.4%; the level reached is of a later month."""
    assert quantity_at(sentence, earlier).period.label == label
    assert quantity_at(sentence, reached).period is None


def test_a_day_after_the_level_a_change_started_from_still_dates_the_change():
    """ "rose to 45 from 30 on Monday": the day is as often when the toll moved."""
    assert quantity_at("The death toll rose to 45 from 30 on Monday, police said.", "45").period.label == "on Monday"


@pytest.mark.parametrize(
    "sentence",
    ["Temperatures from 20C to 25C are forecast.", "Tickets cost from $15 to $40.", "The rate stood at 4% from January."],
)
def test_a_stretch_from_one_figure_to_another_is_no_earlier_level(sentence):
    assert all(not c.measure.startswith("formerly") for c in claims_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Shares slipped 3% in early trading.", "3%", -3),
        ("The FTSE 100 dipped 0.4% on Monday.", "0.4%", -0.4),
        ("Oil prices rebounded 2% on Tuesday.", "2%", 2),
        ("Shares Slip 3% After Results", "3%", -3),
        ("The dividend was raised 5%.", "5%", 5),
        ("The bank hiked its rate 0.5%.", "0.5%", 0.5),
    ],
)
def test_markets_verbs_and_headline_present_tense_make_a_change(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value) == ("change", value)


def test_money_raised_is_no_change():
    assert claim_at("The charity raised $5 million for the hospital.", "$5 million").kind == "amount"


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The river rose 22 feet overnight.", "22 feet", 22),
        ("The fire grew by 12,000 acres on Tuesday.", "12,000 acres", 12000),
        ("The snow depth increased by 30 centimetres.", "30 centimetres", 30),
        ("The glacier has shrunk 1.5 kilometres since 1990.", "1.5 kilometres", -1.5),
    ],
)
def test_a_physical_amount_worded_as_a_change_is_a_change(sentence, surface, value):
    """Like money and percentages: "rose 22 feet" is not the river's level."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value) == ("change", value)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The storm dropped 10 inches of snow on the city.", "10 inches"),
        ("The river crested at 31 feet on Monday.", "31 feet"),
        ("The fire grew to 12,000 acres.", "12,000 acres"),
        ("The climber fell about 80 m (260 ft) into a crevasse.", "260 ft"),
        ("They climbed 300 metres to the summit.", "300 metres"),
    ],
)
def test_what_fell_or_a_level_reached_is_no_change(sentence, surface):
    assert claim_at(sentence, surface).kind == "amount"


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("House prices have risen by an average of 8% over the past year.", "8%", 8),
        ("Sales rose by a total of 12% in the year.", "12%", 12),
        ("Prices fell by a further 3%.", "3%", -3),
        ("The fire grew by another 5,000 acres.", "5,000 acres", 5000),
    ],
)
def test_a_change_past_an_average_total_or_further(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value) == ("change", value)


def test_an_average_rate_stays_a_rate():
    assert claim_at("The economy grew at an average of 3% a year.", "3%").kind == "rate"


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Deaths from the disease have fallen by a third since 2010.", "since 2010"),
        ("Sales fell by a third last year.", "last year"),
    ],
)
def test_a_fraction_change_before_its_time(sentence, period):
    """ "by a third in 2012": a fraction before a time as before a full stop, not an ordinal."""
    claim = claim_at(sentence, "a third")
    assert (claim.kind, round(claim.quantity.value, 1), claim.period.label) == ("change", -33.3, period)


def test_a_third_in_a_row_is_no_fraction():
    assert claims_of("He won a third in a row.") == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The house sold for £1.5m, £250,000 above the asking price.", "£250,000", 250000),
        ("Shares are trading 20% below their peak.", "20%", -20),
        ("Spending was £300m over budget.", "£300m", 3e8),
        ("Sales were 5% higher than a year earlier.", "5%", 5),
    ],
)
def test_a_difference_from_another_level_is_a_change(sentence, surface, value):
    """Not the price itself, which another report's "sold for £1.5m" would contradict."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value) == ("change", value)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Sales were $5m over the year.", "$5m"),
        ("The summit is 8,848 metres above sea level.", "8,848 metres"),
    ],
)
def test_over_a_stretch_or_above_sea_level_is_no_difference(sentence, surface):
    assert claim_at(sentence, surface).kind == "amount"


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Payrolls grew by a further 151,000 in May.", "151,000", 151000),
        ("Jobless claims rose by another 12,000 to 370,000.", "12,000", 12000),
    ],
)
def test_a_bare_count_after_a_filler_is_its_subjects_change(sentence, surface, value):
    """ "by a further", "by another" between the verb and a bare number leave it the change (no
    vague amount: the width is the thousand a whole number of thousands is rounded to)."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.upper - claim.quantity.lower) == ("change", value, 1000)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("A further 1,234 cases were reported on Monday.", "1,234 cases"),
        ("Another 300 jobs will go.", "300 jobs"),
        ("Oil rose a further $2 to $85.", "$85"),
    ],
)
def test_more_of_the_same_is_no_part_of_the_measure(sentence, surface):
    measure = claim_at(sentence, surface).measure
    assert not {"further", "another", "additional"} & set(measure.split())


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Admissions rose 20% to 1,500.", "1,500", "admission"),
        ("Hospital admissions rose 20% in a week to 1,500.", "1,500", "admission"),
        ("Jobless claims fell 3% over the past week to 370,000.", "370,000", "claim"),
    ],
)
def test_a_bare_level_after_a_percentage_change_counts_the_subject(sentence, surface, unit):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.unit) == ("count", unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Operating profit fell by almost a fifth to $3.1 billion.", "almost a fifth", -20),
        ("Exports grew by nearly a third to 1.4 million tonnes.", "nearly a third", 100 / 3),
        ("Membership rose by about a quarter last year.", "about a quarter", 25),
    ],
)
def test_a_hedged_fraction_after_by_is_a_change_and_the_level_after_it_no_range(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert claim.kind == "change" and claim.quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The carrier scrapped 1,200 of its flights, or nearly a third.", "nearly a third", 100 / 3),
        ("The bank will cut 600 jobs, or about a quarter, by June.", "about a quarter", 25),
    ],
)
def test_a_fraction_in_apposition_to_a_count_is_a_share_not_a_change(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert claim.kind != "change" and claim.quantity.value == pytest.approx(value)


def test_an_ordinal_before_a_noun_is_no_fraction():
    assert all(c.quantity is None or c.quantity.unit != "percent" for c in claims_of("She won a fifth term in 2029."))


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The Greens won 14 seats, down from 21 at the last election.", "21", "seat"),
        ("Officials counted 230 cases this week, up from about 180 last week.", "about 180", "case"),
    ],
)
def test_the_level_before_after_up_or_down_from_counts_the_same_noun(sentence, surface, unit):
    claim = quantity_at(sentence, surface)
    assert claim.quantity.unit == unit and claim.kind != "change"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The ceremony was attended by about 1,500 guests, a police officer said.", "about 1,500 guests"),
        ("The final was watched by 30,000 fans at the ground.", "30,000 fans"),
        ("The petition has been signed by more than 20,000 residents.", "more than 20,000 residents"),
    ],
)
def test_a_count_after_a_passive_by_is_the_agent_not_a_change(sentence, surface):
    assert quantity_at(sentence, surface).kind == "count"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The number of beds increased by 40 this year.", "40"),
        ("Membership grew by 2,000 to 12,000.", "2,000"),
    ],
)
def test_a_count_after_a_change_verb_and_by_is_still_a_change(sentence, surface):
    assert quantity_at(sentence, surface).kind == "change"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Bavaria's population grew to 13.4 million in 2025, the statistics office said.", "13.4 million", "population"),
        ("The city's population grew to 1.2 million last year.", "1.2 million", "population"),
        ("Jobless claims fell by 12,000 to 370,000 last week.", "370,000", "jobless claim"),
    ],
)
def test_the_noun_before_a_change_is_not_cut_from_a_possessive(sentence, surface, measure):
    """The "s" left of "Bavaria's" is no word of what grew."""
    assert claim_at(sentence, surface).measure == measure
