"""Extract on phrasing families from a sixth sweep over unseen news: physical changes, votes,
ages, transport, race times and background events."""

from datetime import date

import pytest

from claimcheck import extract

PUBLISHED = date(2016, 8, 3)  # a Wednesday


def claims_of(sentence: str, published: date | None = PUBLISHED):
    return list(extract(sentence, published=published))


def claim_at(sentence: str, surface: str, published: date | None = PUBLISHED):
    return next(c for c in claims_of(sentence, published) if c.text == surface)


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
    ("sentence", "surface", "tally"),
    [
        ("MPs voted by 231 votes to 188 to approve the bill.", "231 votes to 188", "231-188"),
        ("The motion was passed with 312 in favour and 290 against.", "312 in favour and 290 against", "312-290"),
        ("The Senate voted 52 to 47 to confirm him.", "52 to 47", "52-47"),
        ("The plan was approved with 45 votes in favour, 12 against and 3 abstentions.",
         "45 votes in favour, 12 against", "45-12"),
        ("The committee voted nine to three in favour.", "nine to three", "9-3"),
    ],
)
def test_a_vote_tally_in_words_is_one_tally(sentence, surface, tally):
    """Two counts of one vote, for and against, read like "231-188": not a change and a stray number."""
    from claimcheck.readable import score_text

    claim = claim_at(sentence, surface)
    assert (claim.kind, score_text(claim.quantity.value)) == ("score", tally)


def test_votes_won_are_no_tally():
    assert claim_at("It won 25 votes to become the largest party.", "25 votes").kind == "count"


@pytest.mark.parametrize(
    ("sentence", "surface", "seconds"),
    [
        ("Kipchoge won in 2:19:12.", "2:19:12", 8352),
        ("She clocked 3:43.13 in the mile.", "3:43.13", 223.13),
        ("He won the Boston Marathon in 2 hours, 5 minutes, 41 seconds.", "2 hours, 5 minutes, 41 seconds", 7541),
        ("He won in two hours five minutes 41 seconds.", "two hours five minutes 41 seconds", 7541),
        ("The flight took 3 hours and 20 minutes.", "3 hours and 20 minutes", 12000),
    ],
)
def test_a_race_time_is_one_duration(sentence, surface, seconds):
    """ "2:19:12" and "2 hours, 19 minutes, 12 seconds" are one time, in seconds, never a clock."""
    claims = claims_of(sentence)
    claim = next(c for c in claims if c.text == surface)
    assert (claim.kind, claim.quantity.unit) == ("duration", "seconds")
    assert claim.quantity.value == pytest.approx(seconds)
    assert [c.text for c in claims if c.kind in ("time", "duration")] == [surface]


def test_a_clock_with_seconds_is_no_race_time():
    assert not [c for c in claims_of("The alarm went off at 14:32:10.") if c.kind == "duration"]


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The pilot, 61, survived the crash.", "61", "age pilot"),
        ("The teacher, 34, and her son were hurt.", "34", "age teacher"),
        ("Its captain, 52, was arrested.", "52", None),
    ],
)
def test_an_age_after_a_role_or_trade(sentence, surface, measure):
    """ "the pilot, 61,": an age, as after "the driver, 58," (the possessive "its" names no role yet)."""
    claim = claim_at(sentence, surface)
    assert claim.kind == "age"
    assert measure is None or claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Twelve bodies have been recovered, with 41 still missing.", "41 still missing"),
        ("The 41 still missing were crew members.", "41 still missing"),
    ],
)
def test_still_between_a_count_and_its_casualty_word(sentence, surface):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.measure) == (41, "missing")


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Police arrested the 19-year-old former employee on Tuesday.", "19-year-old", "age employee"),
        ("Mr Jones, a 71-year-old retired teacher, was taken to hospital.", "71-year-old", "age teacher"),
    ],
)
def test_an_age_names_the_role_after_former_or_retired(sentence, surface, measure):
    assert claim_at(sentence, surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The government won the vote by a majority of 12.", "12", 12),
        ("Labour held the seat with a majority of 1,234 over the Conservatives.", "1,234", 1234),
        ("The government has a working majority of 80 in the Commons.", "80", 80),
    ],
)
def test_a_bare_majority_is_a_count(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("count", value, "majority")


def test_a_majority_of_a_share_stays_a_share():
    assert claim_at("She won a majority of 55% of the vote.", "55%").kind == "rate"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Four crew members and 58 passengers were rescued.", "Four crew members", "crew"),
        ("Five staff members were hurt.", "Five staff members", "injured"),
    ],
)
def test_crew_members_are_crew(sentence, surface, measure):
    claim = claim_at(sentence, surface)
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The plane crashed into a hillside, killing all five on board.", "five", 5),
        ("The blast killed all 12.", "12", 12),
    ],
)
def test_killing_all_of_a_number_counts_the_dead(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (value, "people", "killed")


@pytest.mark.parametrize(
    ("sentence", "surface", "window"),
    [
        ("Forecasters said 150mm of rain fell in 24 hours.", "150mm", "24 hours"),
        ("Up to 150mm of rain in 24 hours is expected.", "Up to 150mm", "24 hours"),
        ("Police arrested 40 people over 48 hours.", "40 people", "48 hours"),
        ("The storm dumped 30 centimetres of snow over two days.", "30 centimetres", "2 days"),
    ],
)
def test_hours_a_figure_was_counted_over_are_its_period(sentence, surface, window):
    """Not a duration of its own, which another report's "in 48 hours" would contradict."""
    claims = claims_of(sentence)
    assert next(c for c in claims if c.text == surface).period.label == window
    assert not [c for c in claims if c.kind == "duration"]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("More than 600 Palestinians have been killed so far in the 12 days of the offensive.", "12 days"),
        ("The storm killed 12 people, and rescuers worked for 48 hours.", "48 hours"),
    ],
)
def test_how_long_something_lasted_stays_a_duration(sentence, surface):
    assert claim_at(sentence, surface).kind == "duration"


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
    ("sentence", "surface", "year"),
    [
        ("The Ridge Fire is the largest fire in the county since the 2017 Tubbs Fire, which burned 36,807 acres "
         "and killed 22 people.", "36,807 acres", "2017"),
        ("The Ridge Fire is the largest fire in the county since the 2017 Tubbs Fire, which burned 36,807 acres "
         "and killed 22 people.", "22 people", "2017"),
        ("He recalled the 2010 quake, which killed 300 people.", "300 people", "2010"),
    ],
)
def test_the_year_that_names_a_past_event_dates_the_clause_about_it(sentence, surface, year):
    """Not today's fire: its acres would conflict with the new fire's."""
    assert claim_at(sentence, surface).period.label == year


def test_the_year_before_a_named_event_still_dates_it():
    sentence = "It is the largest fire since the 2017 Tubbs Fire, which burned 36,807 acres."
    assert [c.event_date.iso() for c in claims_of(sentence) if c.kind == "date"] == ["2017"]


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
    ("sentence", "surface"),
    [
        ("Officers were called to the scene at about 11.15pm.", "about 11.15pm"),
        ("It happened at 3 p.m.", "3 p.m."),
    ],
)
def test_a_sentence_full_stop_is_no_part_of_a_clock(sentence, surface):
    assert [c.text for c in claims_of(sentence) if c.kind == "time"] == [surface]
