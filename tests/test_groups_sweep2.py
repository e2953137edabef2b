"""Grouping on held-out events, round 2 (issue 5): sieges, quakes, collapses, strikes."""

from datetime import date

import pytest
from test_match import corpus_of

import claimcheck

PUB = date(2026, 8, 4)


def conflicts(corpus: claimcheck.Corpus) -> list[set[str]]:
    return [{c.text for c in f.group.claims} for f in corpus.findings if f.verdict == "conflict"]


def grouped_texts(corpus: claimcheck.Corpus) -> list[set[str]]:
    return [{c.text for c in g.claims} for g in corpus.groups]


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("A gunman held bank staff hostage in Hamilton on Friday.\n"
         "The standoff began at 10:15 a.m. when the man walked into the branch.\n"
         "The last hostages walked out shortly before 5:30 p.m.",
         "A man who held staff hostage inside a Hamilton bank surrendered just before 5:30 p.m. Friday.",
         {"shortly before 5:30 p.m.", "just before 5:30 p.m."}),
        ("A bomb exploded at the Kessin market at 7:40 a.m. on Monday, police said.\n"
         "The area was reopened at 3 p.m.",
         "The Kessin market reopened at 3 p.m. on Monday, hours after the blast.",
         {"3 p.m."}),
    ],
)
def test_a_time_of_day_joins_the_time_it_agrees_with(tmp_path, first, second, together):
    corpus = corpus_of(tmp_path, first, second)
    assert [{c.text for c in f.group.claims} for f in corpus.findings] == [together]
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A motorway bridge collapsed near Verano on Tuesday, killing nine people.\n"
         "In 2018 the collapse of the Morandi bridge in Genoa killed 43 people.",
         "Nine people died when a viaduct collapsed near Verano on Tuesday.\n"
         "The disaster recalls the collapse of Genoa's Morandi bridge in August 2018, which killed 42 people.",
         {"43 people", "42 people"}),
        ("A flood swept through Riverton on Monday, killing 14 people.\n"
         "The town's worst flood, in 1998, killed 31 people.",
         "Fourteen people died in Riverton on Monday.\n"
         "In June 1998, a flood killed 33 people in the same valley.",
         {"31 people", "33 people"}),
    ],
)
def test_a_background_toll_dated_by_its_year_and_by_its_month_is_one_fact(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Ridge Fire grows to 47,000 acres as crews battle flames",
         "The Ridge Fire had burned 45,800 acres by Thursday morning, the largest fire in the county since 2017.",
         {"47,000 acres", "45,800 acres"}),
        ("Shares in motorway operator Autovia fell 6% in Milan after the collapse.",
         "Autovia shares closed down 4.8% on Tuesday.",
         {"6%", "4.8%"}),
    ],
)
def test_one_figure_worded_apart_is_compared_by_the_words_its_measures_share(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


def test_two_places_on_one_bearing_from_a_city_are_two_facts(tmp_path):
    """Both measures share "north" and "Detroit" only: they locate two things."""
    first = "The plant where the shooting happened lies about 15 miles north of Detroit."
    second = "Hours after the shooting at the plant, a trucker 50 miles north of Detroit spotted the gunman's car."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_one_leader_s_two_durations_are_two_facts(tmp_path):
    first = "President Rosa Valdez declared a 60-day state of emergency in the region."
    second = "President Rosa Valdez visited Huancara on Tuesday and promised new homes within 90 days."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Fenprof, the largest union, which represents 310,000 teachers, called the strike on Tuesday.",
         "Fenprof's secretary general said 100,000 teachers had joined the march on Tuesday."),
        ("NUM, which represents some 200,000 mineworkers, called for the Kloof mine to be closed.",
         "At the Kloof mine, 90,000 mineworkers downed tools on Thursday in protest."),
    ],
)
def test_the_members_a_union_represents_are_not_those_who_marched(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("The Guadal River rose 22 feet in less than two hours on Friday, officials said.",
         "The Guadal River crested at 31 feet on Friday, the National Weather Service said.", []),
        ("The Ridge Fire grew by 12,000 acres overnight, Cal Fire said on Thursday.",
         "The Ridge Fire had burned 45,800 acres by Thursday morning.", []),
        ("The Guadal River rose 22 feet in less than two hours on Friday, officials said.",
         "Officials said the Guadal River rose 24 feet on Friday at the Main Street bridge.", [{"22 feet", "24 feet"}]),
    ],
)
def test_a_rise_is_compared_with_rises_not_with_levels(tmp_path, first, second, expected):
    assert conflicts(corpus_of(tmp_path, first, second)) == expected
