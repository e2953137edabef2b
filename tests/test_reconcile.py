"""Reconcile: agree or conflict, from the precision and hedge each wording allows."""

import random
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

import claimcheck
from claimcheck import reconcile
from claimcheck.model import Claim, Period, Quantity, Span
from claimcheck.readable import format_number, plural
from claimcheck.reconcile import interval

PUB = date(2026, 2, 6)  # a Friday


def finding_for(tmp_path: Path, first: str, second: str, tolerance: float = 0.0):
    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    corpus = claimcheck.load(tmp_path, published=PUB, tolerance=tolerance)
    assert len(corpus.findings) == 1, [f.group.label for f in corpus.findings]
    return corpus.findings[0]


@pytest.mark.parametrize(
    ("first", "second", "verdict", "reason_has"),
    [
        ("Mexico-Canada trade reached $227.9 billion in 2025, officials said.",
         "Mexico-Canada trade reached $228.1 billion in 2025, the ministry said.",
         "conflict", "227.9 billion USD vs 228.1 billion USD"),
        ("Mexico-Canada trade reached $228 billion in 2025, officials said.",
         "Mexico-Canada trade reached $228.1 billion in 2025, the ministry said.",
         "agree", "228 billion USD is 228.1 billion USD rounded"),
        ("Mexico-Canada trade reached more than $200 billion in 2025, officials said.",
         "Mexico-Canada trade reached $228.1 billion in 2025, the ministry said.",
         "agree", "\"more than $200 billion\" allows 228.1 billion USD"),
        ("Mexico-Canada trade reached nearly $1.2 trillion in 2025, officials said.",
         "Mexico-Canada trade reached $1.19 trillion in 2025, the ministry said.",
         "agree", "\"nearly $1.2 trillion\" allows 1.19 trillion USD"),
        # a whole number of thousands from ten thousand up is a figure rounded to the thousand
        ("Canada's economy added 38,000 jobs in October, Statistics Canada said.",
         "Canada's economy added 38,200 jobs in October, Statistics Canada said.",
         "agree", "38,000 jobs is 38,200 jobs rounded"),
        ("Canada's economy added 38,000 jobs in October, Statistics Canada said.",
         "Canada's economy added 38,700 jobs in October, Statistics Canada said.",
         "conflict", "38,000 jobs vs 38,700 jobs"),
        ("Canada's economy added 2,000 jobs in October, Statistics Canada said.",
         "Canada's economy added 2,300 jobs in October, Statistics Canada said.",
         "conflict", "2,000 jobs vs 2,300 jobs"),
        ("Unemployment in Spain stood at 11.4% in 2025, the institute said.",
         "Unemployment in Spain stood at 11.9% in 2025, the union said.",
         "conflict", "11.4% vs 11.9%"),
        # A death toll "at least" one figure beside another report's higher count is a revision; a
        # floor of the injured, or an exclusive "more than", still allows the count.
        ("A landslide in the hill district of Kandy killed at least 14 people, police said.",
         "A landslide in the hill district of Kandy killed 19 people, police said.",
         "conflict", "revised toll"),
        ("A landslide in the hill district of Kandy killed at least 14 people, police said.",
         "A landslide in the hill district of Kandy killed 14 people, police said.",
         "agree", "allows 14 people"),
        ("A landslide in the hill district of Kandy killed at least 14 people, police said.",
         "A landslide in the hill district of Kandy killed at least 19 people, police said.",
         "conflict", "a higher floor"),
        ("A landslide in the hill district of Kandy injured at least 14 people, police said.",
         "A landslide in the hill district of Kandy injured at least 19 people, police said.",
         "agree", "can all hold at once"),
        ("A landslide in the hill district of Kandy injured at least 14 people, police said.",
         "A landslide in the hill district of Kandy injured 19 people, police said.",
         "agree", "allows 19 people"),
        ("A landslide in the hill district of Kandy killed more than 14 people, police said.",
         "A landslide in the hill district of Kandy killed 19 people, police said.",
         "agree", "allows 19 people"),
    ],
)
def test_verdicts_and_reasons(tmp_path, first, second, verdict, reason_has):
    finding = finding_for(tmp_path, first, second)
    assert finding.verdict == verdict
    assert reason_has in finding.reason


def test_tolerance_turns_a_small_difference_into_agreement(tmp_path):
    first = "Mexico-Canada trade reached $227.9 billion in 2025, officials said."
    second = "Mexico-Canada trade reached $228.1 billion in 2025, the ministry said."
    assert finding_for(tmp_path, first, second).verdict == "conflict"
    lenient = finding_for(tmp_path, first, second, tolerance=0.001)
    assert lenient.verdict == "agree"
    assert "tolerance" in lenient.reason


def test_a_weekday_and_a_date_for_the_same_meeting_agree(tmp_path):
    finding = finding_for(
        tmp_path,
        "On February 4 this year, President Lula and President Boric held a video meeting.",
        "President Lula held talks with President Boric on Wednesday, officials said.",
    )
    assert finding.verdict == "agree"
    assert "2026-02-04" in finding.reason


def test_dates_a_day_apart_for_the_same_meeting_conflict(tmp_path):
    finding = finding_for(
        tmp_path,
        "President Lula and President Boric held talks on February 4 in Brasilia.",
        "President Lula and President Boric held talks on February 5 in Brasilia.",
    )
    assert finding.verdict == "conflict"
    assert "1 day apart" in finding.reason


def test_today_and_yesterday_in_reports_with_inferred_dates_may_be_a_day_off(tmp_path):
    # Neither report carries its date: both take the Tuesday the first one names, so the second's
    # "today" (written on Tuesday) lands a day late. A day either way is allowed, and said.
    (tmp_path / "a.txt").write_text(
        "Israeli shells hit the Fakhura school in Gaza on Tuesday (6 January), killing at least 43 people.\n"
        "Israeli troops broke the cease-fire on 4 November 2008.\n"
        "An Israeli air strike hit the Gaza City market yesterday, medics said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "An Israeli air strike hit the Gaza City market today, medics said, after Israeli shells killed at least "
        "43 people at the Fakhura school.\n", encoding="utf-8")
    corpus = claimcheck.load(tmp_path)
    finding = next(f for f in corpus.findings if f.group.claims[0].quantity is None
                   and {c.surface for c in f.group.claims} == {"yesterday", "today"})
    assert finding.verdict == "agree"
    assert "inferred" in finding.reason


def test_a_round_figure_is_flagged_as_possibly_rounded(tmp_path):
    finding = finding_for(
        tmp_path,
        "Mexico-Canada trade reached $190bn in 2022, officials said.",
        "Mexico-Canada trade reached $194.3 billion in 2022, the ministry said.",
    )
    assert finding.verdict == "conflict"
    assert "$190bn may be a round figure" in finding.reason


@pytest.mark.parametrize(
    ("value", "text"),
    [(227.9e9, "227.9 billion"), (1.19e12, "1.19 trillion"), (14.7, "14.7"), (1200, "1,200"),
     (2e8, "200 million")],
)
def test_format_number(value, text):
    assert format_number(value) == text



def test_whole_numbers_that_only_touch_at_the_rounding_boundary_conflict(tmp_path):
    finding = finding_for(tmp_path, "Police said Javon Wilson, 14, was shot on Friday.",
                          "Javon Wilson, 15, died on Friday at a hospital, police said.")
    assert finding.verdict == "conflict"
    assert "14 years vs 15 years" in finding.reason


def test_a_conflict_says_how_many_reports_and_whom_each_side_cites(tmp_path):
    (tmp_path / "wire.txt").write_text("The quake near Ovalle killed 11 people, the provincial governor said.\n", encoding="utf-8")
    (tmp_path / "local.txt").write_text("The quake near Ovalle killed four people, the seismology centre said.\n", encoding="utf-8")
    (tmp_path / "radio.txt").write_text("Four people were killed by the quake near Ovalle.\n", encoding="utf-8")
    [conflict] = claimcheck.load(tmp_path, published=PUB).conflicts
    assert conflict.reason.startswith("4 people vs 11 people: ")
    assert conflict.reason.endswith(
        "; 2 reports citing the seismology centre vs 1 report citing the provincial governor")


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("brother", "brothers"), ("casualty", "casualties"), ("gunman", "gunmen"), ("box", "boxes"),
     ("people", "people"), ("day", "days"), ("church", "churches")],
)
def test_counted_nouns_read_in_the_plural(noun, expected):
    assert plural(noun) == expected


def pairwise_widest_gap(claims, tolerance):
    """The obvious reference: every pair compared, the first of the widest kept."""
    def gap(pair):
        (la, ha), (lb, hb) = interval(pair[0], tolerance), interval(pair[1], tolerance)
        return max(la - hb, lb - ha)

    a, b = max(combinations(claims, 2), key=gap)
    return (a, b) if a.quantity.value <= b.quantity.value else (b, a)


def pairwise_first_dates_apart(claims):
    return next(((a, b) for a, b in combinations(claims, 2) if not a.event_date.overlaps(b.event_date)), None)


def random_figures(rng: random.Random, size: int) -> list[Claim]:
    """Claims of one fact as copies and rewrites state it: repeated figures, roundings, open hedges."""
    claims = []
    for n in range(size):
        value = rng.choice([227.9, 228.1, 228.0, 200.0, 230.0, 61.2])
        low, high = rng.choice([(value - 0.05, value + 0.05), (value - 0.5, value + 0.5), (value, None),
                                (None, value), (value, value)])
        claims.append(Claim(id=f"d{n}:0", doc=f"d{n}", span=Span(0, 5, 1, 1, "x"), sentence="x", sentence_start=0,
                            marked=(0, 1), kind="amount", measure="trade",
                            quantity=Quantity(value, low, high, "USD", "currency")))
    return claims


def random_days(rng: random.Random, size: int) -> list[Claim]:
    claims = []
    for n in range(size):
        start = date(2026, 2, rng.choice([1, 3, 4, 4, 5]))
        end = start if rng.random() < 0.7 else date(2026, 2, 28)
        claims.append(Claim(id=f"d{n}:0", doc=f"d{n}", span=Span(0, 5, 1, 1, "x"), sentence="x", sentence_start=0,
                            marked=(0, 1), kind="date", measure="meeting", event_date=Period(start, end, "x")))
    return claims


@pytest.mark.parametrize("seed", range(40))
def test_the_sides_named_are_those_comparing_every_pair_names(seed):
    """Reconcile finds the widest gap and the first two dates apart in one pass, as a group of
    hundreds of syndicated copies needs; comparing every pair must name the same two claims."""
    rng = random.Random(seed)
    size = rng.choice([2, 3, 5, 30])
    for tolerance in (0.0, 0.001):
        figures = tuple(random_figures(rng, size))
        assert reconcile._widest_gap(figures, tolerance) == pairwise_widest_gap(figures, tolerance)
    days = random_days(rng, size)
    lows = [c.event_date.start.toordinal() for c in days]
    highs = [c.event_date.end.toordinal() for c in days]
    found = reconcile._first_pair_apart(lows, highs, 1)
    assert (None if found is None else (days[found[0]], days[found[1]])) == pairwise_first_dates_apart(days)


@pytest.mark.parametrize(
    ("sentence", "reads"),
    [
        ("The quake struck 13 miles north of Cobb.", "13 miles"),
        ("Police chased him at speeds of 100 mph.", "100 miles per hour"),
        ("The climber fell 260 ft down the face.", "260 feet"),
        ("Turnout was 71.2 percent.", "71.2%"),
        ("The quake measured 4.4 on the Richter scale.", "magnitude 4.4"),
        ("The blast came at 11:50 p.m. on Tuesday.", "23:50"),
        ("Fighting resumed shortly after midnight.", "shortly after 00:00"),
        ("The officer was shot just before midnight Tuesday.", "just before 24:00"),  # the end of Tuesday
    ],
)
def test_a_value_reads_as_a_reader_would_say_it(sentence, reads):
    from claimcheck.readable import describe_value

    (claim,) = [c for c in claimcheck.extract(sentence) if c.quantity is not None]
    assert describe_value(claim) == reads


@pytest.mark.parametrize(
    ("first", "second", "verdict", "reason_has"),
    [
        ("The Eastgate shopping centre in Columbus was locked down for about 80 minutes after the alarm, police said.",
         "The Eastgate shopping centre in Columbus was locked down for nearly three hours after the alarm, officials said.",
         "conflict", "about 80 minutes vs nearly 3 hours: the ranges their wording allows do not overlap "
                     "(difference 100 minutes"),
        ("The Eastgate shopping centre in Columbus was locked down for 90 minutes after the alarm, police said.",
         "The Eastgate shopping centre in Columbus was locked down for an hour and a half after the alarm, officials said.",
         "agree", "all state 90 minutes (1.5 hours)"),
        ("The climbers were found roughly 12km from the Kessler hut near Grindelwald, rescuers said.",
         "The climbers were found about 12 miles from the Kessler hut near Grindelwald, police said.",
         "conflict", "difference 7.31 kilometres"),
        ("The climbers were found about 8 kilometres from the Kessler hut near Grindelwald, rescuers said.",
         "The climbers were found about 5 miles from the Kessler hut near Grindelwald, police said.",
         "agree", "\"about 8 kilometres\"; \"about 5 miles\" can all hold at once"),
        ("Inspectors seized 3 tonnes of cocaine hidden in banana crates at Antwerp, customs said.",
         "Inspectors seized 2,000 kilograms of cocaine hidden in banana crates at Antwerp, prosecutors said.",
         "conflict", "2,000 kilograms vs 3 tonnes: the ranges their wording allows do not overlap (difference 1,000 kilograms"),
    ],
)
def test_one_quantity_in_two_units(tmp_path, first, second, verdict, reason_has):
    finding = finding_for(tmp_path, first, second)
    assert finding.verdict == verdict, finding.reason
    assert reason_has in finding.reason, finding.reason


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        # weather copy: "a maximum of" before a temperature is the day's high reading, not a ceiling
        ("Temperatures in Alice Springs reached 39 degrees Celsius on Thursday.",
         "Alice Springs recorded a maximum of 41C on Thursday, the bureau said.", "conflict"),
        ("The overnight temperature in Oban fell to 5C on Thursday.",
         "Oban recorded a minimum of 4C on Thursday, forecasters said.", "conflict"),
        # elsewhere the words still bound the figure: a claim of at most $600 allows $500
        ("Passengers can claim compensation of a maximum of $600 under the rules.",
         "Passengers can claim compensation of $500 under the rules.", "agree"),
    ],
)
def test_a_maximum_before_a_temperature_is_a_reading(tmp_path, first, second, verdict):
    assert finding_for(tmp_path, first, second).verdict == verdict
