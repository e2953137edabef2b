"""Time expressions resolved against a publication date."""

from datetime import date

import pytest

from claimcheck.model import Period
from claimcheck.periods import find_clock_times, find_times, stretch

FRI_2026_02_06 = date(2026, 2, 6)
THU_2026_05_14 = date(2026, 5, 14)


@pytest.mark.parametrize(
    ("sentence", "published", "surface", "start", "end", "granularity"),
    [
        ("Exports reached $12 billion in 2025, the ministry said.", None, "2025",
         date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("In the first quarter of this year, sales totaled $3.1 million.", FRI_2026_02_06,
         "the first quarter of this year", date(2026, 1, 1), date(2026, 3, 31), "quarter"),
        ("Output fell 2% in the third quarter of 2024.", None, "the third quarter of 2024",
         date(2024, 7, 1), date(2024, 9, 30), "quarter"),
        ("Revenue rose 8% in Q2 2025.", None, "Q2 2025", date(2025, 4, 1), date(2025, 6, 30), "quarter"),
        ("Profits doubled in the first half of last year.", FRI_2026_02_06,
         "the first half of last year", date(2025, 1, 1), date(2025, 6, 30), "half"),
        ("The ministers met on Wednesday in Geneva.", FRI_2026_02_06, "on Wednesday",
         date(2026, 2, 4), date(2026, 2, 4), "day"),
        ("The leaders met in Beijing on Thursday.", THU_2026_05_14, "on Thursday",
         date(2026, 5, 14), date(2026, 5, 14), "day"),
        ("On February 4 this year, the two presidents spoke by video link.", FRI_2026_02_06,
         "February 4 this year", date(2026, 2, 4), date(2026, 2, 4), "day"),
        ("The summit runs from May 19 to 20.", THU_2026_05_14, "May 19 to 20",
         date(2026, 5, 19), date(2026, 5, 20), "span"),
        ("Last Updated: Tuesday, 14 March 2006, 09:12 GMT", None, "Tuesday, 14 March 2006",
         date(2006, 3, 14), date(2006, 3, 14), "day"),
        ("The factory opened in December 2025.", None, "December 2025",
         date(2025, 12, 1), date(2025, 12, 31), "month"),
        ("Talks resumed in October last year.", THU_2026_05_14, "October last year",
         date(2025, 10, 1), date(2025, 10, 31), "month"),
        ("The plan covers the period (2026-2030).", None, "2026-2030",
         date(2026, 1, 1), date(2030, 12, 31), "span"),
        ("Imports grew 4% last year.", THU_2026_05_14, "last year",
         date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("The bridge reopened yesterday.", THU_2026_05_14, "yesterday",
         date(2026, 5, 13), date(2026, 5, 13), "day"),
        ("The patrol has been deployed since September.", THU_2026_05_14, "since September",
         date(2025, 9, 1), date(2025, 9, 30), "month"),
        ("Talks resumed in March, officials said.", THU_2026_05_14, "in March",
         date(2026, 3, 1), date(2026, 3, 31), "month"),
        ("Rebels attacked the town Monday, police said.", THU_2026_05_14, "Monday",
         date(2026, 5, 11), date(2026, 5, 11), "day"),
    ],
)
def test_time_expression_resolves(sentence, published, surface, start, end, granularity):
    times = find_times(sentence, published)
    found = {sentence[t.start:t.end]: t.period for t in times}
    assert surface in found, found
    period = found[surface]
    assert (period.start, period.end, period.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were held on Wednesday.",
        "Trade rose 5% last year.",
        "Sales fell in the second quarter of this year.",
    ],
)
def test_relative_time_without_publication_date_is_kept_unresolved(sentence):
    times = find_times(sentence, None)
    assert times, "the expression is still found"
    assert not times[0].period.resolved
    assert times[0].period.label


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices may rise further, analysts said.",  # "may" is not the month
        "The index rose 2,025 points.",  # a number with a separator is not a year
        "It is the first quarter to show growth.",  # no year to anchor "first quarter" to
    ],
)
def test_not_time_expressions(sentence):
    assert [sentence[t.start:t.end] for t in find_times(sentence, FRI_2026_02_06) if t.role == "when"] == []


def test_consecutive_run_stretches_the_period_back():
    sentence = "Trade topped $200 billion for the third consecutive year in 2025."
    times = find_times(sentence, None)
    run = next(t for t in times if t.role == "run")
    year = next(t for t in times if t.role == "when")
    assert run.run == 3
    span = stretch(year.period, run.run)
    assert (span.start, span.end) == (date(2023, 1, 1), date(2025, 12, 31))


def test_three_consecutive_years_is_the_same_run():
    times = find_times("exceeding $200 billion for three consecutive years", None)
    assert [t.run for t in times if t.role == "run"] == [3]


@pytest.mark.parametrize(
    "text, surface, iso",
    [
        ("The Colts won the game last night.", "last night", "2008-12-18"),
        ("This morning, Staunton police arrested her.", "This morning", "2008-12-19"),
        ("He had been fired last week.", "last week", "2008-W50"),
        ("Finnegan was fined for two hits last weekend.", "last weekend", "2008-12-13/2008-12-14"),
        ("Last month, INS Tabar sank a pirate mother ship.", "Last month", "2008-11"),
        ("The Mysore replaced the Tabar about a fortnight ago.", "a fortnight ago", "2008-12-05"),
        ("He left three days ago.", "three days ago", "2008-12-16"),
        ("Voting for the Majlis began on Dec.14.", "Dec.14", "2008-12-14"),
    ],
)
def test_relative_days_weeks_and_months(text, surface, iso):
    found = {text[t.start:t.end]: t.period.iso() for t in find_times(text, date(2008, 12, 19))}
    assert found[surface] == iso


def test_a_weekday_nothing_resolves_stays_a_weekday():
    (sunday,) = find_times("The quake struck on Sunday.", None)
    assert sunday.period.iso() == "XXXX-WXX-7"


@pytest.mark.parametrize("text", ["The vote is on FRİDAY.", "The vote is on frıday.", "It opened on 5 ſeptember 2020."])
def test_letters_that_fold_to_ascii_resolve_instead_of_failing(text):
    (mention,) = find_times(text, date(2020, 9, 10))
    assert mention.period.resolved


WED_2016_05_25 = date(2016, 5, 25)


@pytest.mark.parametrize(
    "text, surface, iso",
    [
        # A weekday after a future cue is the next one, not the last.
        ("Frederick Davis and Patricia McNeal are to be arraigned Thursday on single counts.", "Thursday", "2016-05-26"),
        ("Both Detroit residents face arraignment Thursday on charges of child abuse.", "Thursday", "2016-05-26"),
        ("They're expected to be arraigned at 10:30 a.m. Thursday.", "Thursday", "2016-05-26"),
        ("Unionists marched on parliament where a vote on the measures will be held Thursday.", "Thursday", "2016-05-26"),
        ("The draft bill of the new austerity measures is to be voted on Thursday.", "on Thursday", "2016-05-26"),
        # what a forecaster or an official expects is yet to come
        ("Forecasters expect heavy rain to reach the coast on Friday.", "on Friday", "2016-05-27"),
        ("The ministry expects the first shipments to arrive Monday.", "Monday", "2016-05-30"),
        # Without one, or with the cue in another clause, it is the last one.
        ("He was arrested Thursday, police said.", "Thursday", "2016-05-19"),
        ("Police said he was shot Thursday and will appear in court.", "Thursday", "2016-05-19"),
        ("He will say that the shooting on Thursday was an accident.", "on Thursday", "2016-05-19"),
        ("Heavy rain hit the coast on Friday, as forecasters had expected.", "on Friday", "2016-05-20"),
        ("The ministry said on Monday it expects exports to fall.", "on Monday", "2016-05-23"),
        # A past tense after the cue is the verb the day goes with.
        ("Its claim that it is going to great lengths has been undermined by a tank firing on Monday.",
         "on Monday", "2016-05-23"),
        ("The hearing has been scheduled for Thursday.", "Thursday", "2016-05-26"),
        ("On Wednesday, the prosecutor charged four people.", "On Wednesday", "2016-05-25"),
        ("The game was delayed due to rain on Sunday.", "on Sunday", "2016-05-22"),
        ("His bond was set to $1 million on Monday.", "on Monday", "2016-05-23"),
        ("The council is set to vote on Monday.", "on Monday", "2016-05-30"),
        ("The planned attack on Monday was foiled, police said.", "on Monday", "2016-05-23"),
        ("The judge will hear the case on Wednesday.", "on Wednesday", "2016-05-25"),
        ("The judge will hear the case next Wednesday.", "next Wednesday", "2016-06-01"),
        # A day without a year: the latest up to publication (a week's grace after it), or the
        # next with a future cue.
        ("A 4-year-old shot himself in the hand Nov. 2.", "Nov. 2", "2015-11-02"),
        ("Mariah Davis shot herself to death May 11 with a gun she found.", "May 11", "2016-05-11"),
        ("The hearing was held on May 30, the clerk said.", "May 30", "2016-05-30"),
        ("The hearing will be held on November 18.", "November 18", "2016-11-18"),
        ("Israel launched its offensive on 27 December.", "27 December", "2015-12-27"),
        # An age a person "turns" is a birthday ahead; one "turned" is past.
        ("The striker, who turns 31 on February 2, is out of contract.", "February 2", "2017-02-02"),
        ("The singer, who turned 40 on February 2, cancelled the tour.", "February 2", "2016-02-02"),
        # A month alone: the latest up to publication, or the next with a future cue.
        ("The patrol mission commenced in September.", "in September", "2015-09"),
        ("The new school will open in September.", "in September", "2016-09"),
        # Months ago: the same day that many months back.
        ("South Sudan became the world's newest country only four months ago.", "four months ago", "2016-01-25"),
        ("A neighbour said the family moved in a couple of months ago.", "a couple of months ago", "2016-03-25"),
        ("The account was opened 3 months ago.", "3 months ago", "2016-02-25"),
        # A weekday with a part of the day is that day; "two Sundays ago" the second one back.
        ("Police were called to the home late Tuesday night.", "late Tuesday night", "2016-05-24"),
        ("The Colts beat the Jaguars 31-24 on Thursday night.", "on Thursday night", "2016-05-19"),
        ("The quake struck early Sunday morning near The Geysers.", "early Sunday morning", "2016-05-22"),
        ("Jones was injured in the first quarter two Sundays ago at Pittsburgh.", "two Sundays ago", "2016-05-15"),
        # A weekday named with a day picks the year where they agree.
        ("The teen was shot on Friday, June 3.", "Friday, June 3", "2016-06-03"),
        ("The teen was shot on Sunday, Nov. 1.", "Sunday, Nov. 1", "2015-11-01"),
        ("Israeli forces on Tuesday (6 January) killed at least 40 people.", "Tuesday (6 January)", "2015-01-06"),
        ("The vote was held on Thursday (May 26).", "Thursday (May 26)", "2016-05-26"),
        ("The school reopened on 6 January) after the holiday.", "6 January", "2016-01-06"),
    ],
)
def test_future_cues_and_days_without_a_year(text, surface, iso):
    found = {text[t.start:t.end]: t.period.iso() for t in find_times(text, WED_2016_05_25)}
    assert found[surface] == iso


WED_2009_01_07 = date(2009, 1, 7)


def _spans(text: str, published: date) -> dict[str, Period]:
    return {text[t.start:t.end]: t.period for t in find_times(text, published)}


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "granularity"),
    [
        # early / mid / late: part of the period named, which keeps its unit (iso() shows the month)
        ("Sales slowed in mid-December, the retailer said.", "mid-December",
         date(2008, 12, 8), date(2008, 12, 24), "month"),
        ("The first layoffs came in early December.", "early December",
         date(2008, 12, 1), date(2008, 12, 16), "month"),
        ("The company will report its results early next month.", "early next month",
         date(2009, 2, 1), date(2009, 2, 14), "month"),
        ("Profits began to fall late last year.", "late last year", date(2008, 7, 1), date(2008, 12, 31), "year"),
        ("The plant is due to open in mid-2010.", "mid-2010", date(2010, 4, 1), date(2010, 9, 30), "year"),
        ("Shares rallied late last week.", "late last week", date(2009, 1, 1), date(2009, 1, 4), "week"),
        ("A man wounded in a shooting earlier this month has died.", "earlier this month",
         date(2009, 1, 1), date(2009, 1, 7), "month"),
        ("Talks will resume later this year.", "later this year", date(2009, 1, 7), date(2009, 12, 31), "year"),
        ("The plant was built in December, 2018.", "December, 2018", date(2018, 12, 1), date(2018, 12, 31), "month"),
        # the Nth week of a month or year: the Monday-to-Sunday week holding its 1st (or last) day
        ("The trial opens the first week of March.", "the first week of March",
         date(2008, 2, 25), date(2008, 3, 2), "week"),
        ("Talks stalled in the last week of July 2008.", "the last week of July 2008",
         date(2008, 7, 28), date(2008, 8, 3), "week"),
        # a day of the month alone: this month's, or last month's if it is still ahead
        ("The storm hit on the 4th, flooding 300 homes.", "on the 4th", date(2009, 1, 4), date(2009, 1, 4), "day"),
        ("The storm hit on the 14th.", "on the 14th", date(2009, 1, 14), date(2009, 1, 14), "day"),
        ("Voting ended on the 28th of the month.", "on the 28th of the month",
         date(2008, 12, 28), date(2008, 12, 28), "day"),
        ("He was arrested Friday the 2nd.", "Friday the 2nd", date(2009, 1, 2), date(2009, 1, 2), "day"),
        # the weekend a report looks back on
        ("Prices rose over the weekend.", "over the weekend", date(2009, 1, 3), date(2009, 1, 4), "span"),
        ("The government agreed at the weekend to cut spending.", "at the weekend",
         date(2009, 1, 3), date(2009, 1, 4), "span"),
        # quarters said relative to the report
        ("Revenue fell 4% last quarter.", "last quarter", date(2008, 10, 1), date(2008, 12, 31), "quarter"),
        ("It happened in the month of September.", "the month of September",
         date(2008, 9, 1), date(2008, 9, 30), "month"),
        ("Violent crime fell through the 1990s.", "1990s", date(1990, 1, 1), date(1999, 12, 31), "span"),
        ("Violent crime fell through the '90s.", "'90s", date(1990, 1, 1), date(1999, 12, 31), "span"),
        # ranges: two dates that bound one
        ("Talks ran from Oct. 2 to Oct. 22.", "Oct. 2 to Oct. 22", date(2008, 10, 2), date(2008, 10, 22), "span"),
        ("The exhibition ran Nov. 18-Dec. 19, 2015.", "Nov. 18-Dec. 19, 2015",
         date(2015, 11, 18), date(2015, 12, 19), "span"),
        ("Talks were held between March 3 and 5.", "March 3 and 5", date(2008, 3, 3), date(2008, 3, 5), "span"),
        ("Output grew 12% between 2014 and 2018.", "2014 and 2018", date(2014, 1, 1), date(2018, 12, 31), "span"),
        ("The shop was open from March to May.", "from March to May", date(2008, 3, 1), date(2008, 5, 31), "span"),
        ("Flights stopped from November through February.", "from November through February",
         date(2007, 11, 1), date(2008, 2, 29), "span"),
    ],
)
def test_news_date_forms(text, surface, start, end, granularity):
    found = _spans(text, WED_2009_01_07)
    assert surface in found, found
    period = found[surface]
    assert (period.start, period.end, period.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "text",
    [
        "The fire started on the 14th floor.",  # an ordinal that is not a day
        "Riots broke out in 2014 and 2018.",  # two years, not a range: no "between"
        "The firm was founded in the 14th century.",
    ],
)
def test_news_forms_that_are_not_one_date(text):
    assert all(t.period.granularity != "span" or "between" in text for t in find_times(text, WED_2009_01_07))
    assert not any(text[t.start:t.end].startswith("on the") or "14th" in text[t.start:t.end]
                   for t in find_times(text, WED_2009_01_07))


@pytest.mark.parametrize(
    ("text", "minutes", "zone"),
    [
        ("The quake struck at 1200 GMT on Sunday.", 12 * 60, "GMT"),
        ("The ceasefire began at 12am.", 0, None),
        ("Polls closed at noon.", 12 * 60, None),
        ("The blast came just before 2 p.m.", 14 * 60, None),
    ],
)
def test_news_clock_times(text, minutes, zone):
    clocks = find_clock_times(text)
    assert [(c.minutes, c.zone) for c in clocks] == [(minutes, zone)]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("The officer was shot just before midnight Tuesday.", (23 * 60, 24 * 60)),  # the end of Tuesday
        ("The bar closed shortly before midnight.", (23 * 60, 24 * 60)),
        ("Fighting resumed shortly after midnight.", (0, 60)),
    ],
)
def test_midnight_approached_from_before_ends_the_day(text, window):
    """'just before midnight Tuesday' and '11:50 p.m. Tuesday' agree: the window lies at the end
    of the day, not before its first minute."""
    [clock] = find_clock_times(text)
    assert (clock.lower, clock.upper) == window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # the day's landmarks, hedged, reach the hour beside them: a 11:20 p.m. call is "just before midnight"
        ("The ferry docked just before midnight.", (23 * 60, 24 * 60)),
        ("The strike began shortly after noon on Friday.", (12 * 60, 13 * 60)),
        ("Voting was extended to around midday.", (11 * 60, 13 * 60)),
        # a numbered hour keeps its half-hour
        ("The ferry docked just before 11 p.m.", (22 * 60 + 30, 23 * 60)),
        ("The strike began shortly after 12 p.m. on Friday.", (12 * 60, 12 * 60 + 30)),
        # an unhedged landmark is its minute
        ("Polls closed at noon.", (12 * 60 - 0.5, 12 * 60 + 0.5)),
    ],
)
def test_a_hedged_noon_or_midnight_reaches_the_hour_beside_it(text, window):
    """"Just before midnight", "shortly after noon": an hour the day names by a word is said of any
    time within the hour beside it; "just before 11 p.m." keeps the half-hour a numbered hour allows."""
    [clock] = find_clock_times(text)
    assert (clock.lower, clock.upper) == window


@pytest.mark.parametrize(
    ("text", "surface", "minutes"),
    [
        ("The collision happened at about 7.15 near the harbour entrance.", "about 7.15", 7 * 60 + 15),
        ("The fire broke out at 22.40 in a ground-floor flat.", "22.40", 22 * 60 + 40),
        ("The first blast occurred shortly after 11.05, witnesses said.", "shortly after 11.05", 11 * 60 + 5),
    ],
)
def test_a_dotted_time_after_an_event_happening_at_it(text, surface, minutes):
    """ "took place around 9.30": a time of day with no zone, told by the verb and "at" or a hedge."""
    [clock] = find_clock_times(text)
    assert (text[clock.start:clock.end], clock.minutes) == (surface, minutes)


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck 9.30 km below the surface.",  # a depth
        "Inflation began the year at 4.25 percent.",  # a rate
        "The index started at 7.50 and ended higher.",  # no event verb: a level
        "The tremor struck 2.15 seconds after the first.",
    ],
)
def test_a_decimal_after_an_event_verb_is_no_time(text):
    assert find_clock_times(text) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The walkout starts at 22.00 on Sunday and lasts a full day.", ["22.00"]),
        ("Picketing will continue until 14.30 on Tuesday, the union said.", ["14.30"]),
        ("Shops may open from 07.00 tomorrow under the new rules.", ["07.00"]),
        ("Buses will still run between 05.30 and 08.00 in the morning.", ["05.30", "08.00"]),
    ],
)
def test_a_dotted_time_told_by_the_day_it_falls_on(text, surfaces):
    """ "ends at 21.00 on Friday", "between 06.00 and 09.00 in the morning": a two-digit hour before a day."""
    clocks = find_clock_times(text)
    assert [text[c.start:c.end] for c in clocks] == surfaces
    assert [c.minutes for c in clocks] == [int(s[:2]) * 60 + int(s[3:]) for s in surfaces]


@pytest.mark.parametrize(
    "text",
    [
        "The shares rose 1.50 on Friday.",  # a change, no "at"
        "The index closed at 7.25 on Monday.",  # a one-digit level
        "Fares rose between 10.50 and 12.00 euros a trip.",  # no day after the window
    ],
)
def test_a_decimal_before_a_day_is_no_time(text):
    assert find_clock_times(text) == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Two swimmers drowned over the Fourth of July weekend.", date(2025, 7, 7), date(2025, 7, 4)),
        ("The fire broke out on Christmas Eve at a farmhouse.", date(2024, 1, 3), date(2023, 12, 24)),
        ("Three people were hurt at a New Year's Day swim.", date(2026, 1, 2), date(2026, 1, 1)),
        ("The market will reopen on Boxing Day.", date(2025, 12, 20), date(2025, 12, 26)),
    ],
)
def test_a_holiday_on_a_fixed_day_is_that_day(text, published, day):
    [time] = find_times(text, published)
    assert (time.period.start, time.period.end) == (day, day)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Since the start of the year, the airline has carried 4.2 million passengers.", "Since the start of the year"),
        ("Shares of the lender have fallen 18% since the beginning of this year.", "since the beginning of this year"),
    ],
)
def test_since_the_start_of_the_year_runs_from_new_year_to_the_report(sentence, surface):
    """"since the start of the year" is the year so far, as "so far this year" is: from 1 January
    to the day of the report, a span that starts at a known day."""
    found = [t for t in find_times(sentence, THU_2026_05_14) if t.period.label == surface]
    assert [(t.period.start, t.period.end, t.period.granularity) for t in found] == \
        [(date(2026, 1, 1), THU_2026_05_14, "span")]


@pytest.mark.parametrize(
    ("sentence", "surface", "year"),
    [
        ("It was the deadliest ferry accident on the lake since 2011, when 42 passengers drowned.", "since 2011", 2011),
        ("The walkout is the largest by teachers since 2019 , when 40,000 left their classrooms.", "since 2019", 2019),
    ],
)
def test_since_a_year_when_it_happened_dates_that_years_event(sentence, surface, year):
    """"the deadliest since 2011, when 42 passengers drowned": the clause after the year tells what
    happened in that year, so its figures are of 2011, not of the span from 2011 to the report."""
    found = [t for t in find_times(sentence, THU_2026_05_14) if t.period.label == surface]
    assert [(t.period.start, t.period.end, t.period.granularity) for t in found] == \
        [(date(year, 1, 1), date(year, 12, 31), "year")]


def test_since_a_year_alone_runs_to_the_report():
    found = find_times("Prices have doubled since 2019, the agency said.", THU_2026_05_14)
    assert [(t.period.start, t.period.end, t.period.granularity) for t in found] == \
        [(date(2019, 1, 1), THU_2026_05_14, "span")]


@pytest.mark.parametrize(
    ("sentence", "surface", "year"),
    [
        ("The carrier posted a net loss of $80 million for 2025, compared with a profit of $31 million a year earlier.",
         "a year earlier", 2024),
        ("The port handled 4.1 million containers in 2024, up from 3.8 million the previous year.",
         "the previous year", 2023),
    ],
)
def test_a_year_earlier_than_a_year_the_sentence_names(sentence, surface, year):
    """"a year earlier" counts back from the year its sentence names ("for 2025"), not from the
    report's own year."""
    found = [t for t in find_times(sentence, THU_2026_05_14) if t.period.label == surface]
    assert [(t.period.start, t.period.end) for t in found] == [(date(year, 1, 1), date(year, 12, 31))]


def test_a_year_earlier_with_no_year_named_counts_from_the_report():
    found = find_times("Sales rose 4% from a year earlier, the company said.", THU_2026_05_14)
    assert [(t.period.start, t.period.end) for t in found] == [(date(2025, 1, 1), date(2025, 12, 31))]
