"""Extract on phrasing families from a fifth sweep over unseen news: times of day and the days
they take, counts written as words, job cuts, changes, votes and headlines."""

from datetime import date

import pytest

from claimcheck import extract

PUBLISHED = date(2016, 8, 3)  # a Wednesday


def claims_of(sentence: str, published: date | None = PUBLISHED):
    return list(extract(sentence, published=published))


def claim_at(sentence: str, surface: str, published: date | None = PUBLISHED):
    return next(c for c in claims_of(sentence, published) if c.text == surface)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("He was found lying on the floor of a home shortly after 10:30pm Tuesday.", "2016-08-02"),
        ("The boy was found shortly after 10:30pm on Tuesday.", "2016-08-02"),
        ("The victim was discovered around 6 a.m. Monday.", "2016-08-01"),
    ],
)
def test_a_day_right_after_a_time_of_day_dates_what_the_time_times(sentence, day):
    """ "after" opens a clause, so the day alone found no event; it dates the time's event."""
    assert [c.event_date.iso() for c in claims_of(sentence) if c.kind == "date"] == [day]


@pytest.mark.parametrize(
    ("text", "surface", "weekday"),
    [
        ("A 4.2 magnitude earthquake shook the county on Sunday morning. The temblor occurred at 9:27 a.m.",
         "9:27 a.m.", "XXXX-WXX-7"),
        ("Two men were shot on Friday. The shooting happened at about 11 p.m.", "about 11 p.m.", "XXXX-WXX-5"),
    ],
)
def test_a_time_in_an_undated_report_takes_the_weekday_it_names(text, surface, weekday):
    assert claim_at(text, surface, published=None).period.iso() == weekday


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The army responded with a single shell which killed three fighters.", "single shell", "shell"),
        ("Both are to be arraigned on single counts of involuntary manslaughter.", "single counts", "count"),
        ("The team scored only a single goal in the match.", "single goal", "goal"),
        ("The party won just a single seat in the capital.", "single seat", "seat"),
    ],
)
def test_a_single_thing_is_a_count_of_one(sentence, surface, unit):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (1, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "She is a single mother of two.",
        "Prices of single-family homes rose in the capital.",
        "It was the single biggest loss in the bank's history.",
        "Not a single shot was fired.",
        "The EU single market is big.",
    ],
)
def test_single_that_describes_or_ranks_or_is_denied_is_no_count_of_one(sentence):
    assert not [c for c in claims_of(sentence) if c.quantity is not None and c.quantity.value == 1]


@pytest.mark.parametrize(
    ("sentence", "surface", "verb"),
    [
        ("The company will cut 1,200 jobs.", "1,200 jobs", "cut"),
        ("The bank plans to shed 500 staff.", "500 staff", "shed"),
        ("The retailer will close 40 stores.", "40 stores", "closed"),
        ("Ford is to axe 1,150 jobs in Britain.", "1,150 jobs", "axed"),
        ("The airline said it would hire 200 pilots.", "200 pilots", "hired"),
        ("The firm cut 500 jobs last year.", "500 jobs", "cut"),
        ("Barclays shed 1,000 jobs in 2011.", "1,000 jobs", "shed"),
    ],
)
def test_a_base_form_after_a_modal_or_to_is_the_counts_verb(sentence, surface, verb):
    """ "will cut 1,200 jobs" was measured by its subject ("company"), as if no verb were near."""
    assert claim_at(sentence, surface).measure == verb


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
    ("sentence", "surface", "kind", "value", "unit"),
    [
        ("Jobless claims fell by 12,000 to 370,000.", "12,000", "change", -12000, "claim"),
        ("Jobless claims fell by 12,000 to 370,000.", "370,000", "count", 370000, "claim"),
        ("Payrolls grew by 151,000 last month.", "151,000", "change", 151000, "payroll"),
        ("Manufacturing employment fell by 2,000.", "2,000", "change", -2000, "employment"),
        ("Unemployment fell by 12,000 to 2.5 million.", "2.5 million", "count", 2.5e6, "unemployment"),
    ],
)
def test_a_bare_number_after_a_change_counts_the_subject(sentence, surface, kind, value, unit):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    "sentence",
    ["The Dow fell 100 to 12,000.", "Shares fell 12 to 340.", "The rebels lost 12 in the fighting."],
)
def test_a_named_or_priced_subject_or_a_transitive_cue_counts_nothing(sentence):
    assert not [c for c in claims_of(sentence) if c.quantity is not None and c.quantity.dimension == "count"]


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "measure"),
    [
        ("There were 17 new deaths, bringing the total to 4,523.", "4,523", "people", "killed total"),
        ("Officials confirmed 35 new cases on Monday, taking the total to 812.", "812", "case", "case total"),
        ("Two more soldiers were killed, bringing the total number of deaths to 45.", "45", "soldier",
         "killed total"),
    ],
)
def test_the_total_a_count_brings_is_a_total_of_the_same_thing(sentence, surface, unit, measure):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.unit, claim.measure) == (unit, measure)


def test_the_count_before_bringing_the_total_is_no_total():
    assert claim_at("Officials confirmed 35 new cases, taking the total to 812.", "35 new cases").measure == "case"
