"""Extract on phrasing families from a seventh sweep over unseen news: fillers after a change,
ages to come, headline counts, ordinals, durations since an ongoing event, weather, results, courts."""

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
        ("Payrolls grew by a further 151,000 in May.", "151,000", 151000),
        ("Jobless claims rose by another 12,000 to 370,000.", "12,000", 12000),
    ],
)
def test_a_bare_count_after_a_filler_is_its_subjects_change(sentence, surface, value):
    """ "by a further", "by another" between the verb and a bare number leave it the change."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.upper - claim.quantity.lower) == ("change", value, 1)


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Teixeira will be 29 in April.", 29),
        ("She would have been 30 next month.", 30),
        ("Obama will be 55.", 55),
    ],
)
def test_an_age_to_come_of_a_person(sentence, age):
    claim = next(c for c in claims_of(sentence) if c.kind == "age")
    assert claim.quantity.value == age


@pytest.mark.parametrize("sentence", ["It will be 29 in April.", "The vote will be 29 in favour."])
def test_a_bare_number_after_will_be_is_no_age_without_a_person(sentence):
    assert not any(c.kind == "age" for c in claims_of(sentence))


def test_the_month_an_age_is_reached_in_still_dates_the_birthday():
    kinds = {c.kind for c in claims_of("Teixeira will be 29 in April.")}
    assert kinds == {"age", "date"}


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "value"),
    [
        ("The law will raise the number of seats from 65 to 125.", "125", "seat", 125),
        ("The law will raise the number of seats from 65 to 125.", "65", "seat", 65),
        ("The council cut the number of libraries to 12.", "12", "library", 12),
        ("The number of confirmed cases rose from 1,200 to 1,450.", "1,450", "case", 1450),
        ("The number of dead rose to 45.", "45", "people", 45),
    ],
)
def test_a_bare_number_after_the_number_of_a_noun_counts_that_noun(sentence, surface, unit, value):
    """ "from 65 to 125" after "the number of seats" is where the count started and ended, no range."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.unit, claim.quantity.value) == ("count", unit, value)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "value"),
    [
        ("4-Plus Earthquake Recorded Near Healdsburg", "4-Plus", "magnitude", 4),
        ("A 4.5-plus earthquake shook the area.", "4.5-plus", "magnitude", 4.5),
        ("There were 100-plus people in the hall.", "100-plus people", "people", 100),
        ("Tickets cost $100-plus.", "$100-plus", "USD", 100),
    ],
)
def test_n_plus_is_at_least_n(sentence, surface, unit, value):
    """ "100-plus people" was nothing: the unit is looked for past "-plus", which is the hedge."""
    claim = claim_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.lower, claim.quantity.upper) == (unit, value, None)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("It was followed by a 2.9 aftershock at 2:12 a.m. and a 2.2 at 2:15 a.m.", "2.2"),
        ("The quake was followed by a 4.1 and a 3.8 within the hour.", "3.8"),
    ],
)
def test_a_decimal_after_a_quakes_magnitude_is_another_magnitude(sentence, surface):
    assert claim_at(sentence, surface).quantity.unit == "magnitude"


def test_a_percentage_after_a_quake_keeps_its_unit():
    sentence = "The earthquake killed 2 people and injured 3.5 percent of the town."
    assert claim_at(sentence, "3.5 percent").quantity.unit == "percent"


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Hours earlier, three young men-all cousins-died when the school was bombed.", "three young men", 3),
        ("Five victims-including two children-were taken to hospital.", "Five victims", 5),
    ],
)
def test_a_count_noun_glued_by_a_lost_dash_to_an_aside_is_still_counted(sentence, surface, value):
    assert claim_at(sentence, surface).quantity.value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("At least 12 of one family were killed in an air strike.", "At least 12", 12),
        ("Five of the same family died in the fire.", "Five", 5),
    ],
)
def test_a_number_of_one_family_counts_people(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value) == ("people", value)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "value"),
    [
        ("The Colts (11-4) secured the No. 5 seed in the AFC playoffs.", "No. 5", "seed", 5),
        ("He was the No. 2 pick in the draft.", "No. 2", "pick", 2),
        ("She is the world No. 3.", "No. 3", "rank", 3),
    ],
)
def test_no_n_before_a_rank_noun_is_a_rank(sentence, surface, unit, value):
    """ "No." ended the sentence before: the number began a new one and was lost."""
    claim = claim_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value) == (unit, value)


@pytest.mark.parametrize("sentence", ["He lives at No. 10 Downing Street.", "Resolution No. 1234 passed."])
def test_no_n_naming_a_thing_stays_an_identifier(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("More than 640 Palestinians were killed since the assault began 12 days ago.", "12 days", 12, "days"),
        ("The strike, which started three weeks ago, shows no sign of ending.", "three weeks", 3, "weeks"),
    ],
)
def test_an_ongoing_thing_that_began_n_days_ago_has_lasted_n_days(sentence, surface, value, unit):
    """Both readings: the duration so far, and the day it began."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("duration", value, unit)
    assert any(c.kind == "date" and c.text.endswith("ago") for c in claims_of(sentence))


def test_a_finished_act_n_days_ago_is_a_date_only():
    assert [c.kind for c in claims_of("He was arrested 3 days ago.")] == ["date"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation hit a 40-year high of 9.1% in June.",
        "The pound fell to a 37-year low against the dollar.",
        "It was the warmest summer in 40 years.",
        "It is the first such attack in the past 10 years.",
    ],
)
def test_how_far_back_a_record_reaches_is_no_duration(sentence):
    assert not any(c.kind == "duration" for c in claims_of(sentence))


@pytest.mark.parametrize("sentence", ["He was jailed for 10 years.", "The protest in 3 days will be big."])
def test_a_duration_after_no_record_stays(sentence):
    assert any(c.kind == "duration" for c in claims_of(sentence))


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
    ("sentence", "surface", "kind", "months"),
    [
        ("He was jailed for six years and eight months.", "six years and eight months", "duration", 80),
        ("She was given a sentence of 2 years 6 months.", "2 years 6 months", "duration", 30),
        ("The boy, aged 3 years and 4 months, was found.", "3 years and 4 months", "age", 40),
    ],
)
def test_years_and_months_are_one_duration_in_months(sentence, surface, kind, months):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == (kind, months, "months")
    assert len(claims_of(sentence)) == 1


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


def test_between_two_months_is_the_span_they_bound():
    from claimcheck.periods import find_times

    sentence = "Sales rose between August and October."
    (mention,) = find_times(sentence, date(2012, 6, 15))
    assert sentence[mention.start:mention.end] == "between August and October"
    assert (mention.period.start, mention.period.end) == (date(2011, 8, 1), date(2011, 10, 31))


def test_between_one_month_and_something_else_is_no_month_span():
    from claimcheck.periods import find_times

    assert find_times("Sales rose between May and the end of June.", date(2012, 6, 15)) == []
