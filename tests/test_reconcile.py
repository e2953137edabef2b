"""Reconcile: agree or conflict, from the precision and hedge each wording allows."""

from datetime import date
from pathlib import Path

import pytest

import claimcheck
from claimcheck.readable import format_number, plural

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
        ("Unemployment in Spain stood at 11.4% in 2025, the institute said.",
         "Unemployment in Spain stood at 11.9% in 2025, the union said.",
         "conflict", "11.4 % vs 11.9 %"),
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
