"""Extract on time in news wording: the stretch a figure is counted over, times of day and the day
they take, race times and durations (years and months as one; how long an ongoing thing has lasted;
not how far back a record reaches), month spans, and the years that date a past event's figures."""

from datetime import date

import pytest
from phrasing import PUBLISHED, claim_at, claims_of, quantities_of, quantity_at


@pytest.mark.parametrize(
    ("sentence", "surface", "label", "start", "end"),
    [
        ("Unemployment fell to 7.8 per cent in the three months to March.", "7.8 per cent",
         "the three months to March", date(2016, 1, 1), date(2016, 3, 31)),
        ("House prices rose 2.1 per cent in the year to June 2011, the ONS said.", "2.1 per cent",
         "the year to June 2011", date(2010, 7, 1), date(2011, 6, 30)),
        ("Fighting has killed an estimated 5,000 people over the past three months.", "an estimated 5,000 people",
         "the past three months", date(2016, 5, 3), PUBLISHED),
        ("Prices have risen 40 percent over the past decade.", "40 percent",
         "the past decade", date(2006, 8, 3), PUBLISHED),
    ],
)
def test_a_stretch_of_time_up_to_a_month_or_to_now_is_the_figures_period(sentence, surface, label, start, end):
    claim = next(c for c in quantities_of(sentence) if c.text == surface)
    assert (claim.period.label, claim.period.start, claim.period.end) == (label, start, end)


def test_the_count_in_a_stretch_up_to_now_is_still_a_duration():
    """ "in the past 17 months": the stretch dates the count, and its length is a figure too."""
    claims = quantities_of("Worthy said eight children have been shot in the past 17 months.")
    assert [(c.text, c.kind) for c in claims] == [("eight children", "count"), ("17 months", "duration")]
    assert claims[0].period.label == "the past 17 months"


@pytest.mark.parametrize(
    ("sentence", "surface", "hedge"),
    [
        ("Heavy snow fell over two days.", "two days", None),  # after a figure: the period it is counted over
        ("The talks will take place over three days in Geneva.", "three days", None),
        ("He was jailed for over two years.", "over two years", "over"),
        ("It took over three hours to put out the fire.", "over three hours", "over"),
        ("It happened over 30 years ago.", "over 30 years", "over"),
    ],
)
def test_over_a_length_of_time_is_a_stretch_unless_it_is_a_floor(sentence, surface, hedge):
    claim = next(c for c in quantities_of(sentence) if c.text == surface)
    assert claim.quantity.hedge == hedge
    assert (claim.quantity.upper is None) == (hedge == "over")


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
    ("text", "surface", "day"),
    [
        # a dated report that names no day tells the news of its own day
        ("Police say a man was stabbed outside a bar at about 9:45pm. He is in a stable condition.",
         "about 9:45pm", "2016-08-03"),
        ("The fire broke out just after 6 a.m. and crews fought it for two hours.", "just after 6 a.m.", "2016-08-03"),
        # a day the report names still dates its times, and "yesterday" its own
        ("The crash happened on Monday. The car left the road at around 4:30 p.m.", "around 4:30 p.m.", "2016-08-01"),
        ("A train derailed yesterday at about 8 a.m.", "about 8 a.m.", "2016-08-02"),
    ],
)
def test_a_time_in_a_dated_report_that_names_no_day_is_on_the_day_published(text, surface, day):
    assert claim_at(text, surface).period.iso() == day


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        # "police said Sunday" only says when the police spoke: the collision was Saturday night
        ("A moped rider hit by a bus Saturday night has died of his injuries, police said Sunday. "
         "The collision happened at about 9:40 p.m. on the ring road.", "about 9:40 p.m.", "2016-07-30"),
        ("Firefighters battled a blaze at a timber yard on Saturday, the fire service confirmed on Sunday. "
         "The first call came in at 6:05 a.m.", "6:05 a.m.", "2016-07-30"),
        # a report whose only day is the day the police spoke: the time takes it (no other to take)
        ("A moped rider hit by a bus has died of his injuries, police said Sunday. "
         "The collision happened at about 9:40 p.m. on the ring road.", "about 9:40 p.m.", "2016-07-31"),
        # a day of the story itself still dates the time after it, and a time's own day stays its own
        ("A moped rider was hit by a bus Saturday night and died in hospital Sunday. "
         "He was pronounced dead at 1:15 a.m.", "1:15 a.m.", "2016-07-31"),
        ("Firefighters were called to a timber yard on Saturday, officials said on Monday. "
         "The fire started on Sunday at 4:20 p.m.", "4:20 p.m.", "2016-07-31"),
    ],
)
def test_a_day_that_only_says_when_a_source_spoke_dates_no_time_after_it(text, surface, day):
    """A time of day in a sentence that names no day is on the last day named before it, but not a
    day that only says when a source spoke ("police said Sunday") when the report names another."""
    assert claim_at(text, surface).period.iso() == day


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("Two men were charged on Monday.\nThey will be arraigned at 1:30 p.m.\nFriday.", "1:30 p.m.", "2016-08-05"),
        ("Two men were charged on Monday.\nThey will be arraigned at 1:30 p.m.\nFriday.", "Friday", "2016-08-05"),
        # a day that starts a sentence of its own dates nothing of the line above: Monday does
        ("Two men were charged on Monday.\nThey will be arraigned at 1:30 p.m.\nFriday is the last day for bail.",
         "1:30 p.m.", "2016-08-01"),
    ],
)
def test_a_day_on_the_line_after_a_time_is_the_times_day(text, surface, day):
    """A page that breaks "at 1:30 p.m." from its "Friday." puts the day on a line of its own; it
    is the time's day, and the day of what happens then."""
    claim = claim_at(text, surface)
    assert (claim.period or claim.event_date).iso() == day


def test_a_time_in_an_undated_report_that_names_no_day_has_no_day():
    assert claim_at("The alarm was raised at 7:20 a.m.", "7:20 a.m.", published=None).period is None


@pytest.mark.parametrize(
    ("sentence", "surface", "seconds"),
    [
        ("Kipchoge won in 2:19:12.", "2:19:12", 8352),
        ("She clocked 3:43.13 in the mile.", "3:43.13", 223.13),
        ("He won the Boston Marathon in 2 hours, 5 minutes, 41 seconds.", "2 hours, 5 minutes, 41 seconds", 7541),
        # minutes, seconds and hundredths however led: no clock writes them
        ("Ledecky touched the wall at 3:58.37 to take the title.", "3:58.37", 238.37),
        ("SILVER: Ariarne Titmus (AUS), 3:59.12", "3:59.12", 239.12),
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


@pytest.mark.parametrize(
    ("sentence", "surface", "period"),
    [
        # the year of the occasion before, told with "since", is not the figure's
        ("Moreau won 7-6 6-3 in one hour 52 minutes to become the first Frenchman to take the title since "
         "Yannick Noah in 1983.", "one hour 52 minutes", None),
        # the day in brackets is the converted time's
        ("The leak on the 24-inch main began at about 1 a.m. (2300 GMT Saturday) near the depot, the utility said.",
         "24-inch", None),
        # not touched: the figure's own time comes first, and brackets closed before it
        ("Exports rose 8% in March, the fastest pace since the crisis in 2009.", "8%", "in March"),
        ("The blast killed 12 people (including two children) on Tuesday.", "12 people", "on Tuesday"),
    ],
)
def test_a_time_after_since_or_inside_brackets_is_not_the_figures(sentence, surface, period):
    claim = claim_at(sentence, surface)
    assert (claim.period.label if claim.period else None) == period


def test_the_year_before_a_named_event_still_dates_it():
    sentence = "It is the largest fire since the 2017 Tubbs Fire, which burned 36,807 acres."
    assert [c.event_date.iso() for c in claims_of(sentence) if c.kind == "date"] == ["2017"]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In 2019, an explosion at another chemical plant in Yancheng killed 78 people.", "2019"),
        ("In March 2019, a blast at a plant in the same city killed 78 people and injured 600.", "2019-03"),
        ("She is accused of murdering two women at an ice cream store in 1967.", "1967"),
        ("In 2022, 135 people died in a crush at the stadium.", "2022"),
        ("The disaster recalls the collapse of the Morandi bridge in August 2018, which killed 43 people.", "2018-08"),
        ("It is the first fatal derailment since Carmont in 2020, when three people died.", "2020"),
        ("In 2018, more than 160 people went missing when a ferry sank on Lake Toba.", "2018"),
        ("In 2021, BMW and Volkswagen were fined 875 million euros.", "2021"),
    ],
)
def test_the_year_a_toll_is_counted_in_dates_the_deadly_event_too(sentence, year):
    """A background event: the year is when it happened, and still the period of its toll (or fine)."""
    assert [c.event_date.iso() for c in claims_of(sentence) if c.kind == "date"] == [year]
    assert all(c.period.iso() == year for c in quantities_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In 2012, about 40 people were hurt when two buses collided on the ring road.", "2012"),
        ("In October 2014, three firefighters were wounded when a wall gave way in the same street.", "2014-10"),
        ("The worst previous accident on the line was in 2009, when 15 passengers were injured.", "2009"),
    ],
)
def test_the_year_an_injury_toll_is_counted_in_dates_that_past_event(sentence, year):
    """An injury toll is one event's, as a death toll is: the year before the story's dates it."""
    assert [(c.event_date.iso(), c.measure) for c in claims_of(sentence) if c.kind == "date"] == [(year, "injury")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017, the clinic treated 400 people injured at work.",
        "By 2030, fewer than 100 people a year will be injured on the roads.",
        "In 2016, 12 people were injured in the collision.",  # the story's own year: its injured are counted as they come
    ],
)
def test_an_injury_count_in_the_story_year_or_in_no_event_dates_nothing(sentence):
    assert not [c for c in claims_of(sentence) if c.kind == "date" and c.measure == "injury"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade with Russia hit a record $190bn in 2022.",
        "In 2023, the company sold 3 million cars.",
        "In March 2023, a state visit by two leaders served as a display of commitment.",
        "Sales rose 5% in 2023.",
    ],
)
def test_a_year_a_figure_is_counted_in_dates_no_event_but_a_deadly_one(sentence):
    assert not [c for c in claims_of(sentence) if c.kind == "date"]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Officers were called to the scene at about 11.15pm.", "about 11.15pm"),
        ("It happened at 3 p.m.", "3 p.m."),
    ],
)
def test_a_sentence_full_stop_is_no_part_of_a_clock(sentence, surface):
    assert [c.text for c in claims_of(sentence) if c.kind == "time"] == [surface]


def test_the_month_an_age_is_reached_in_still_dates_the_birthday():
    kinds = {c.kind for c in claims_of("Teixeira will be 29 in April.")}
    assert kinds == {"age", "date"}


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("More than 640 Palestinians were killed since the assault began 12 days ago.", "12 days", 12, "days"),
        ("The strike, which started three weeks ago, shows no sign of ending.", "three weeks", 3, "weeks"),
        ("The wildfire, which ignited nine days ago, is now half contained.", "nine days", 9, "days"),
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
def test_how_far_back_a_record_reaches_is_no_duration_of_the_story(sentence):
    """ "a 40-year high": how far back the record reaches, a figure of its own (one outlet's "four-decade
    high" is another's "highest in nearly 40 years"), never how long anything in the story lasted."""
    spans = [c for c in claims_of(sentence) if c.kind == "duration"]
    assert spans and all(c.measure == "record span" for c in spans)


@pytest.mark.parametrize(
    ("sentence", "surface", "years"),
    [
        ("It was the city's deadliest blaze in more than a decade.", "more than a decade", 10),
        ("Grain stocks fell to their lowest level in 25 years.", "25 years", 25),
        ("Prices rose at a three-decade high pace last month.", "three-decade", 30),
    ],
)
def test_a_record_span_is_kept_with_its_years(sentence, surface, years):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.measure, claim.quantity.value, claim.quantity.unit) == ("record span", years, "years")


@pytest.mark.parametrize("sentence", ["He was jailed for 10 years.", "The protest in 3 days will be big."])
def test_a_duration_after_no_record_stays(sentence):
    assert any(c.kind == "duration" for c in claims_of(sentence))


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


def test_between_two_months_is_the_span_they_bound():
    from claimcheck.periods import find_times

    sentence = "Sales rose between August and October."
    (mention,) = find_times(sentence, date(2012, 6, 15))
    assert sentence[mention.start:mention.end] == "between August and October"
    assert (mention.period.start, mention.period.end) == (date(2011, 8, 1), date(2011, 10, 31))


def test_between_one_month_and_something_else_is_no_month_span():
    from claimcheck.periods import find_times

    assert find_times("Sales rose between May and the end of June.", date(2012, 6, 15)) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "label", "start", "end"),
    [
        ("Car sales are down 4% in the year to date.", "4%", "the year to date", date(2016, 1, 1), PUBLISHED),
        ("The index has gained 9% year-to-date.", "9%", "year-to-date", date(2016, 1, 1), PUBLISHED),
        ("Shares have lost 15% so far this year.", "15%", "so far this year", date(2016, 1, 1), PUBLISHED),
        ("The group earned $2.1 billion last fiscal year.", "$2.1 billion", "last fiscal year",
         date(2015, 1, 1), date(2015, 12, 31)),
        ("Rents may rise 6% over the next 12 months.", "6%", "the next 12 months", PUBLISHED, date(2017, 8, 3)),
        ("About 40,000 doses will arrive over the next two weeks.", "About 40,000 doses", "the next two weeks",
         PUBLISHED, date(2016, 8, 17)),
    ],
)
def test_a_stretch_from_new_year_or_from_now_is_the_figures_period(sentence, surface, label, start, end):
    claim = next(c for c in quantities_of(sentence) if c.text == surface)
    assert (claim.period.label, claim.period.start, claim.period.end) == (label, start, end)


@pytest.mark.parametrize("sentence", ["He died the next day.", "Two more bodies were found the following week."])
def test_the_next_day_or_week_of_the_story_is_no_stretch_from_now(sentence):
    assert all("next" not in (c.period.label if c.period else "") for c in claims_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "local", "universal"),
    [
        ("Witnesses said there were three further explosions at 3 p.m. (1200 GMT).", "3 p.m.", "1200 GMT"),
        ("Voting ended at 20:00 local time (19:00 GMT) on Tuesday.", "20:00", "19:00 GMT"),
        ("The magnitude 6.7 tremor hit at 04:32 local time (09:32 GMT).", "04:32", "09:32 GMT"),
    ],
)
def test_universal_time_in_brackets_times_the_same_event_in_a_unit_of_its_own(sentence, local, universal):
    """A conversion for readers elsewhere: the same claim, never to be compared with local time."""
    first, second = claim_at(sentence, local), claim_at(sentence, universal)
    assert first.measure == second.measure and first.period == second.period
    assert (first.quantity.unit, second.quantity.unit) == ("time of day", "time of day GMT")


def test_a_time_in_gmt_alone_times_its_event():
    claim = claim_at("He arrived at the camp at about 12:00 GMT on Thursday as a second round of bombs hit.",
                     "about 12:00 GMT")
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("time", 720, "time of day GMT")


def test_a_local_conversion_in_brackets_is_still_left_out():
    assert [c.text for c in claims_of("The attack began at 9 a.m. (1300 EST).") if c.kind == "time"] == ["9 a.m."]


@pytest.mark.parametrize(
    ("sentence", "surface", "start"),
    [
        ("Anne Holm, 48, has led the party since 2019.", "since 2019", "2019"),
        ("The navy thwarted an attack on Thursday, its fifth successful operation since September.",
         "since September", "2015-09"),
        # the month read apart from its "since", with the year it is in
        ("It was the coastguard's fourth rescue at sea since June this year.", "June this year", "2016-06"),
        ("Police have seized 30 guns in the district since April this year.", "April this year", "2016-04"),
    ],
)
def test_since_a_stated_year_or_month_dates_when_what_the_clause_names_began(sentence, surface, start):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.event_date.iso()) == ("date", start)


@pytest.mark.parametrize(
    ("sentence", "surface", "month"),
    [
        ("The former treasurer pleaded guilty in May to two counts of embezzlement.", "in May", "2016-05"),
        ("He admitted in June to one count of theft and one count of fraud, prosecutors said.", "in June", "2016-06"),
    ],
)
def test_a_month_beside_the_charges_pleaded_to_dates_the_plea(sentence, surface, month):
    """The charges a defendant pleads to ("two counts of embezzlement") are a charge sheet, no tally
    over the month beside them: the month dates the plea."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.event_date.iso()) == ("date", month)


def test_a_month_a_count_is_tallied_over_is_no_date_of_its_own():
    assert not [c for c in claims_of("Police arrested 40 people in May, a spokesman said.") if c.kind == "date"]


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The bridge was built in the 1950s to carry freight.", "1950s", "construction"),
        ("The tower block was built in the late 1960s and is owned by the council.", "1960s", "construction"),
    ],
)
def test_a_stated_decade_dates_the_past_deed_it_names(sentence, surface, measure):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.measure, claim.event_date.start, claim.event_date.end) == (
        "date", measure, date(int(surface[:4]), 1, 1), date(int(surface[:4]) + 9, 12, 31))


def test_a_stated_decade_dates_no_happening():
    assert not [c for c in claims_of("Riots broke out in the port city in the late 1970s.") if c.kind == "date"]


def test_since_a_stated_decade_dates_when_what_the_clause_names_began():
    claim = claim_at("Road deaths have halved since the 1980s, when seat belts became law.", "since the 1980s")
    assert (claim.kind, claim.event_date.start) == ("date", date(1980, 1, 1))


@pytest.mark.parametrize("sentence", ["Prices have risen 40% since 2019.", "Fares have gone up 12% since May this year."])
def test_since_a_year_a_change_is_counted_from_is_no_date(sentence):
    assert not [c for c in claims_of(sentence) if c.kind == "date"]


def test_the_start_of_a_run_is_never_the_date_of_the_event_beside_it():
    """ "thwarted an attack on Thursday ... since September": September would conflict with Thursday."""
    sentence = "The navy thwarted an attack on Thursday, its fifth successful operation since September."
    measures = {c.text: c.measure for c in claims_of(sentence) if c.kind == "date"}
    assert measures["since September"] != measures["on Thursday"]


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The cartel lasted from 2011 to 2016, the commission said.", "2011", "2016"),
        ("The cartel ran for five years, from 2011 to 2016.", "2011", "2016"),
        ("Some 2 million died in the latest war, from 1983-2005.", "1983", "2005"),
    ],
)
def test_a_span_of_years_from_one_to_another_dates_the_start_and_the_end(sentence, first, last):
    dates = [(c.text, c.event_date.iso(), c.measure.split()[0]) for c in claims_of(sentence) if c.kind == "date"]
    assert dates == [(first, first, "start"), (last, last, "end")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Xi noted the start of the 15th Five-Year Plan period (2026-2030).",  # names a thing
        "Sales rose 40% between 2011 and 2016.",  # the period of a change
    ],
)
def test_a_span_of_years_that_names_a_thing_or_a_figures_period_dates_nothing(sentence):
    assert not [c for c in claims_of(sentence) if c.kind == "date"]


def test_the_day_after_a_time_and_its_conversion_dates_the_event_the_time_times():
    dates = [c.text for c in claims_of("Voting ended at 20:00 local time (19:00 GMT) on Tuesday.", None) if c.kind == "date"]
    assert dates == ["on Tuesday"]


@pytest.mark.parametrize(
    ("sentence", "surface", "year"),
    [
        ("The council said the scheme would save £20m a year by 2019.", "2019", 2019),
        ("The carmaker plans to build 500,000 electric cars a year by the end of 2020.", "2020", 2020),
        ("The operator expects to carry 30 million passengers by 2018.", "2018", 2018),
    ],
)
def test_a_year_a_figure_is_to_be_reached_by_is_a_target_date(sentence, surface, year):
    claim = claim_at(sentence, surface)
    assert claim.kind == "date" and claim.event_date.start.year == year and claim.measure.startswith("target ")


@pytest.mark.parametrize(
    "sentence",
    ["Sales rose 5% by 2015, the report said.", "The plant will employ 400 people in 2019."],
)
def test_a_past_year_or_one_without_by_is_no_target(sentence):
    assert not [c for c in claims_of(sentence) if c.kind == "date" and c.measure.startswith("target ")]


def test_a_target_year_in_an_undated_report_needs_a_future_verb():
    future = "The airline said the programme would deliver £90m of savings by 2017."
    past = "The airline had cut 2,000 jobs by 2017."
    assert [c.text for c in claims_of(future, None) if c.kind == "date" and c.measure.startswith("target ")] == ["2017"]
    assert not [c for c in claims_of(past, None) if c.kind == "date" and c.measure.startswith("target ")]


@pytest.mark.parametrize(
    ("sentence", "surface", "event"),
    [
        ("In 2014, Dutch customs seized 40 tonnes of heroin in Rotterdam, a record at the time.", "2014", "arrest"),
        ("In 2012, three prisoners escaped from the same prison through a tunnel.", "2012", "escape"),
        ("Police arrested 60 people in 2011 during similar protests.", "2011", "arrest"),
    ],
)
def test_a_stated_past_year_of_a_count_dates_the_event_its_verb_names(sentence, surface, event):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.measure) == ("date", event)


@pytest.mark.parametrize(
    ("sentence", "surface", "measure", "year"),
    [
        ("The booster is offered to adults born after 1979 who never had the jab.", "1979", "born after", "1980"),
        ("Anyone born in or after 1980 who never had the jab can book one.", "1980", "born after", "1980"),
        ("Staff born before 1957 are presumed immune, the hospital said.", "1957", "born before", "1956"),
        ("Children born since 2019 are eligible for two free doses.", "since 2019", "born after", "2019"),
    ],
)
def test_a_birth_bound_is_one_bound_however_written_and_no_period_of_a_figure(sentence, surface, measure, year):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.measure, claim.event_date.iso()) == ("date", measure, year)
    assert all(c.period is None for c in quantities_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The July 2011 hailstorm left insurers with claims of $600 million.", "July 2011"),
        ("Homes on the same street were flattened by a 2013 tornado that also hit the school.", "2013"),
        ("A windstorm in the valley caused $90 million in damage in October 2012, the insurers said.", "October 2012"),
        ("The 2005 hurricane killed 1,800 people along the Gulf Coast.", "2005"),
    ],
)
def test_a_year_set_before_a_storm_or_its_cost_dates_the_storm(sentence, surface):
    """A storm is an event of its own: its "hit" is no attack; the year of its toll or its cost is its year."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.measure) == ("date", "storm")


@pytest.mark.parametrize(
    ("sentence", "surface", "event"),
    [
        ("Parliament passed a similar law in 2009 that banned 14 kinds of knives.", "2009", "passage"),
        ("The couple, who won £3.1m in March 2011, have since moved to Spain.", "March 2011", "win"),
        ("In 2012, part of the sea wall collapsed, flooding 30 homes.", "2012", "collapse"),
    ],
)
def test_a_stated_past_year_of_a_deed_in_the_past_tense_dates_that_deed(sentence, surface, event):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.measure) == ("date", event)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers passed 12 bills in 2016, the story's own year.",
        "Lawmakers passed 12 bills in 2014 and rejected nine.",  # a year's count of deeds, not one deed
        "The museum's founder won two awards in 2013.",
    ],
)
def test_a_deed_in_the_story_year_or_a_year_it_only_scopes_dates_no_past_deed(sentence):
    assert not [c for c in claims_of(sentence) if c.kind == "date" and c.measure in ("passage", "win")]


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The last time the city council raised parking fees was in 2009, when meters went up 20 per cent.", "2009",
         "last city council raised parking fee"),
        ("The library was last refurbished in 2011 at a cost of £2 million.", "2011", "last library"),
        ("The last time the river burst its banks in the town was in 1998, when 400 homes flooded.", "1998",
         "last river burst bank town"),
    ],
)
def test_a_stated_past_year_of_the_last_occasion_of_a_thing_dates_it(sentence, surface, measure):
    """"The last time ... was in 2009": the year of the latest such occasion, background a report states."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.measure) == ("date", measure)


@pytest.mark.parametrize(
    "sentence",
    [
        "The city recorded 118 murders last year, up from 90 in 2013.",  # "last year": a span, no occasion
        "They lost their last five wickets for 38 runs in 2013.",  # a stretch of a run counted
        "The last time the council raised parking fees was in 2016, the story's own year.",
    ],
)
def test_last_before_a_span_or_a_count_or_the_story_year_dates_no_last_occasion(sentence):
    assert not [c for c in claims_of(sentence) if c.kind == "date" and c.measure.startswith("last ")]


@pytest.mark.parametrize(
    "sentence",
    ["Trade between the two countries hit a record $190bn in 2015.", "Exports rose to $12bn in 2014."],
)
def test_a_level_reached_in_a_year_dates_no_event(sentence):
    assert not [c for c in claims_of(sentence) if c.kind == "date"]


@pytest.mark.parametrize(
    ("sentence", "surface", "minutes"),
    [
        ("The observatory recorded the eruption at 09.15 WIB on Sunday.", "09.15 WIB", 555),
        ("The ferry sank at 21.40 CET, the coastguard said.", "21.40 CET", 1300),
        ("Polls close at 19.00 GMT.", "19.00 GMT", 1140),
    ],
)
def test_a_dotted_24_hour_time_with_a_zone_is_a_time_of_day(sentence, surface, minutes):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value) == ("time", minutes)


@pytest.mark.parametrize(("sentence", "surface"), [("The stock closed at 14.46 GBP.", "14.46 GBP"),
                                                   ("Rainfall reached 12.30 mm.", "12.30 mm")])
def test_a_dotted_number_with_no_zone_is_no_time(sentence, surface):
    assert all(c.kind != "time" for c in claims_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Firefighters had the blaze under control within an hour.", "an hour", "hours"),
        ("The escaped inmate was caught within a week, police said.", "a week", "weeks"),
    ],
)
def test_within_a_unit_of_time_is_a_stretch_of_one(sentence, surface, unit):
    claim = quantity_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("duration", 1, unit)


def test_within_a_distance_is_no_stretch():
    assert not quantities_of("She lives within a mile of the school.")


@pytest.mark.parametrize(
    ("sentence", "surface", "start", "end"),
    [
        ("The merger is expected to close in the first half of 2027, the companies said.", "the first half of 2027",
         date(2027, 1, 1), date(2027, 6, 30)),
        ("The takeover is expected to be completed in the third quarter of 2026.", "the third quarter of 2026",
         date(2026, 7, 1), date(2026, 9, 30)),
    ],
)
def test_a_half_or_quarter_an_event_is_due_in_dates_it(sentence, surface, start, end):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.event_date.start, claim.event_date.end) == ("date", start, end)


def test_a_quarter_a_figure_covers_is_its_period_not_a_date():
    assert not [c for c in claims_of("Profit rose 12% in the first quarter of 2025.") if c.kind == "date"]


@pytest.mark.parametrize(
    ("sentence", "surface", "years"),
    [
        ("She became the first British woman to win the title in half a century.", "half a century", 50),
        ("The abbey was rebuilt two centuries later.", "two centuries", 200),
        ("The bridge has stood for more than a century.", "more than a century", 100),
    ],
)
def test_a_century_is_a_hundred_years_and_half_of_one_no_change(sentence, surface, years):
    claim = quantity_at(sentence, surface)
    assert (claim.kind, claim.quantity.unit, claim.quantity.value) == ("duration", "years", years)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("In March 2019, more than 300 pilgrims had fallen ill after eating at a temple fair.", "March 2019"),
        ("In 2021, about 90 pupils were poisoned by a school lunch in the same town.", "2021"),
    ],
)
def test_the_year_a_food_poisoning_toll_is_counted_in_dates_the_poisoning(sentence, surface):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.measure) == ("date", "poisoning")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("In March 2014, gunmen abducted 137 pupils from a school in the same state.", "March 2014"),
        ("In March 2014, more than 130 pupils and staff were kidnapped from a school nearby.", "March 2014"),
    ],
)
def test_the_month_a_kidnapping_takes_its_captives_in_dates_the_kidnapping(sentence, surface):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.measure) == ("date", "kidnapping")


def test_a_month_with_its_year_counted_back_dates_the_deadly_event_it_counts():
    claim = claim_at("In January last year, six people were killed in a stampede at a temple.", "January last year")
    assert (claim.kind, claim.measure) == ("date", "death")


def test_a_month_with_its_year_counted_back_dates_no_change():
    assert not [c for c in claims_of("In March last year, prices rose 5%.") if c.kind == "date"]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # "an hour", "a week" with the article are round amounts: half a unit either way, so "within an
        # hour" in one report allows "less than an hour" in another
        ("Crews had the blaze under control within an hour, officials said.", "an hour"),
        ("The escaped inmate was recaptured within a week.", "a week"),
    ],
)
def test_an_article_before_a_unit_is_a_round_amount(sentence, surface):
    quantity = quantity_at(sentence, surface).quantity
    assert (quantity.value, quantity.lower, quantity.upper) == (1, 0.5, 1.5)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # when a firm was founded or a building built is a date of its own, beside a figure in the clause
        ("The three-story building was built in 1931, according to county property records.", "1931"),
        ("Nordair, a regional carrier founded in 2009 that flies 14 aircraft, said it was investigating.", "2009"),
    ],
)
def test_the_year_a_firm_was_founded_or_a_building_built_is_a_date(sentence, year):
    assert [c.event_date.iso() for c in claims_of(sentence) if c.kind == "date"] == [year]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # after "the line" (a finish line, not Line 12), a time unit with a word of lead or lag is a gap in time
        ("The Belgian crossed the line 14 seconds ahead of his nearest rival.", "14 seconds"),
        ("His teammate crossed the line two minutes later.", "two minutes"),
    ],
)
def test_a_gap_in_time_after_the_finish_line(sentence, surface):
    assert quantity_at(sentence, surface).quantity.dimension == "duration"


def test_a_line_number_is_still_no_quantity():
    assert [c.text for c in quantities_of("Take Line 12 to the airport, then walk 5 minutes.")] == ["5 minutes"]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a 24-hour time with no colon is one when "local time" follows, as when a zone does
        ("The curfew takes effect at 2100 local time on Friday.", "2100"),
        ("Fighting resumed at 0630 local time (0330 GMT), residents said.", "0630"),
    ],
)
def test_a_24_hour_time_before_local_time_is_a_time_of_day(sentence, surface):
    assert claim_at(sentence, surface).kind == "time"


def test_a_four_digit_number_before_local_compound_is_no_time():
    assert all(c.kind != "time" for c in claims_of("Some 1500 local time-keepers joined the strike."))


@pytest.mark.parametrize(
    ("sentence", "surface", "seconds"),
    [
        ("Kendra Olsen ran 49.62 in the 400m to win her heat comfortably.", "49.62", 49.62),
        ("The Kenyan, whose previous best was 12.98, led the race from the start.", "12.98", 12.98),
        ("He arrived in Zurich with a personal best of 19.87 and left with a new one.", "19.87", 19.87),
        ("Molina crossed the line in 53.07, a tenth clear of the defending champion.", "53.07", 53.07),
        ("She went through halfway in 23.4 in the 400m final and held on.", "23.4", 23.4),
        ("The American clocked 9.91 into a headwind in the semi-final.", "9.91", 9.91),
        # a field event in the next sentence, which the splitter read as one after "200m."
        ("Amos clocked 20.14 in the men's 200m. The women's discus also produced a meeting record.", "20.14", 20.14),
    ],
)
def test_a_bare_decimal_a_runner_ran_is_a_race_time_in_seconds(sentence, surface, seconds):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.quantity.dimension) == (seconds, "seconds", "duration")


@pytest.mark.parametrize(
    "sentence",
    [
        "Her best of 21.35 in the shot put came in the final round of throws.",  # a field event's mark: metres
        "Shares in the company ran to 45.88 in early trading in London.",
        "Turnout in the race was 46.12 in the last count.",
    ],
)
def test_a_bare_decimal_is_no_race_time_outside_a_run(sentence):
    assert not any(c.quantity.unit == "seconds" for c in quantities_of(sentence))


def test_a_swimmers_splits_are_no_race_time():
    assert not [c for c in claims_of("Splits: 58.20 / 1:58.90 / 2:59.44 / 3:58.37") if c.kind == "duration"]
