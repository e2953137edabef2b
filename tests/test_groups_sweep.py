"""Grouping on held-out events (issue 5): sets and facts that outlets word apart."""

from datetime import date

import pytest
from test_match import corpus_of

import claimcheck

PUB = date(2026, 8, 4)


def conflicts(corpus: claimcheck.Corpus) -> list[set[str]]:
    return [{c.text for c in f.group.claims} for f in corpus.findings if f.verdict == "conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A gunman killed four people at a warehouse in Dayton Falls on Tuesday before taking his own life, police said.",
         "Five people, including the gunman, died in a shooting at a Dayton Falls warehouse on Tuesday."),
        ("Two attackers opened fire at a market in Kessin on Friday, killing six people, police said.",
         "Eight people, among them the two attackers, were killed at a Kessin market on Friday."),
        ("The bomber killed 11 people at a bus station in Marrow on Sunday, officials said.",
         "Twelve people, including the suicide bomber, died in the blast at the Marrow bus station."),
    ],
)
def test_a_toll_that_counts_the_attacker_is_not_the_victims_toll(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A 7-year-old girl was swept away by floodwater in Riverton on Monday, police said.",
         "An 8-year-old girl was swept away when the river burst its banks in Riverton on Monday.",
         {"7-year-old", "8-year-old"}),
        ("The train derailed near Ashby on Sunday. The driver, 58, was taken to hospital.",
         "The Ashby derailment on Sunday injured the driver, aged 57, and 41 passengers.",
         {"58", "57"}),
    ],
)
def test_the_lone_person_of_a_role_is_one_person_across_reports(tmp_path, first, second, differing):
    assert {c for found in conflicts(corpus_of(tmp_path, first, second)) for c in found} >= differing


def test_a_report_of_two_girls_does_not_say_which_one_another_report_means(tmp_path):
    first = "A 7-year-old girl and a 9-year-old girl were swept away by floodwater in Riverton on Monday."
    second = "An 8-year-old girl was swept away when the river burst its banks in Riverton on Monday."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A fire at a garment factory in Ashulia killed 29 workers on Tuesday. "
         "The Tazreen fire of 2012, also in Ashulia, killed 112 workers.",
         "Twenty-nine workers were killed in Tuesday's factory fire in Ashulia, officials said."),
        ("Floodwater killed 14 people in Riverton on Monday. The last deadly flood here, in 1998, claimed 31 lives.",
         "At least 14 people were killed when floodwater swept through Riverton on Monday."),
    ],
)
def test_an_earlier_event_dated_in_an_aside_keeps_its_own_toll(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("sentence", "figure", "year"),
    [
        ("The Tazreen fire of 2012, also in Ashulia, killed 112 workers.", "112 workers", "2012"),
        ("The last deadly flood here, in 1998, claimed 31 lives.", "31 lives", "1998"),
        ("The county's worst flood, in 1998, killed 31 people.", "31 people", "1998"),
    ],
)
def test_the_year_of_a_recalled_event_is_its_figures_period_and_its_date(sentence, figure, year):
    claims = claimcheck.extract(sentence, published=PUB)
    count = next(c for c in claims if c.text == figure)
    assert count.period is not None and count.period.label == year
    assert any(c.kind == "date" and c.text == year for c in claims)
