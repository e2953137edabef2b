"""claimcheck.testing: the assertion helpers pass on agreement and fail with messages that cite
each side as path:line:col with its sentence. The three failure messages are checked verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.errors import ReferenceFileError
from claimcheck.testing import assert_claim, assert_consistent, assert_no_claims_from
from newsroom import lay_out


def message(excinfo: pytest.ExceptionInfo[AssertionError]) -> str:
    """The helper's message. pytest's rewriting (which the plugin registers for claimcheck.testing)
    indents its lines after the first by two spaces and appends the `assert ...` line: undone."""
    text = str(excinfo.value)
    if "\nassert " not in text:
        return text
    return text.partition("\nassert ")[0].replace("\n  ", "\n")


def test_conflict_between_documents_message(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md", "budget.md"])
    with pytest.raises(AssertionError) as excinfo:
        assert_consistent(corpus)
    assert message(excinfo) == """\
1 conflict in 2 documents:
budget.md:4:38: conflict: harbour line extension cost: 69 million EUR vs 96 million EUR: the ranges their wording allows do not overlap (difference 27 million EUR, 28.1%); 1 report citing budget vs 1 report citing council's budget papers
    budget.md:4:38: "€69 million" (budget)
        > The Harbour Line extension will cost €69 million, according to the budget.
    city-hall.md:3:53: "€96 million" (council's budget papers)
        > PORT ARDENNE — The Harbour Line extension will cost €96 million, according to the council's budget papers."""


def test_conflict_with_the_fact_sheet_message(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md", "weekly.md"], facts="facts.toml")
    with pytest.raises(AssertionError) as excinfo:
        assert_consistent(corpus)
    assert message(excinfo) == """\
1 conflict in 2 documents:
weekly.md:3:55: conflict: harbour line ridership · 2025: 4.5 million passengers vs the verified 4.2 million passengers: the ranges their wording allows do not overlap (difference 300,000 passengers, 6.7%)
    city-hall.md:4:39: "4.2 million passengers" (the transit authority)
        > Ridership on the Harbour Line reached 4.2 million passengers in 2025, the transit authority said.
    facts.toml:6:9: "4.2 million passengers" (fact sheet, https://transit.port-ardenne.example/annual-report-2025)
        > Harbour Line ridership · 2025: 4.2 million passengers
    weekly.md:3:55: "4.5 million passengers" (—)
        > Ridership on the Harbour Line in Port Ardenne reached 4.5 million passengers in 2025."""


def test_asserted_claim_missing_message(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md", "weekly.md"])
    with pytest.raises(AssertionError) as excinfo:
        assert_claim(corpus, measure="Harbour Line ridership", period="2024", equals="3.9 million passengers")
    line = _line_of('equals="3.9 million passengers"')
    assert message(excinfo) == f"""\
no claim in 2 documents states Harbour Line ridership · 2024: 3.9 million passengers (asserted at {_shown()}:{line})
claims with a measure like 'harbour line ridership':
    city-hall.md:4:39: "4.2 million passengers" (count, 2025)
    weekly.md:3:55: "4.5 million passengers" (count, 2025)"""


def _shown() -> str:
    """This test file as claimcheck shows it (absolute: it is outside the working directory)."""
    return Path(__file__).resolve().as_posix()


def _line_of(words: str) -> int:
    """The line of this file that holds `words` (where an assertion under test is written)."""
    lines = Path(__file__).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if words in line and "assert_claim(" in line)


# --- passing, and the other ways to fail --------------------------------------------------------


def test_assert_consistent_passes_when_the_documents_agree(desk: Path) -> None:
    assert_consistent(claimcheck.load(["city-hall.md"], facts="facts.toml"))


def test_assert_consistent_passes_once_the_conflict_is_accepted(desk: Path) -> None:
    lay_out(desk, {"baseline.toml": (
        '[[accepted]]\nfact = "harbour line extension cost"\ndocuments = ["budget.md", "city-hall.md"]\n')})
    assert_consistent(claimcheck.load(["city-hall.md", "budget.md"], baseline="baseline.toml"))


@pytest.mark.parametrize("stories, figure", [
    (["city-hall.md"], {"equals": "4.2 million passengers"}),
    (["city-hall.md"], {"equals": "4.2 million", "unit": "passengers"}),
    (["city-hall.md"], {"equals": 4_200_000, "unit": "passengers"}),
    (["city-hall.md", "weekly.md"], {"between": ("4 million", "4.5 million"), "unit": "passengers"}),
])
def test_assert_claim_passes_when_every_claim_allows_the_figure(desk: Path, stories: list[str], figure: dict) -> None:
    assert_claim(claimcheck.load(stories), measure="Harbour Line ridership", period="2025", **figure)


def test_assert_claim_cites_the_claims_that_contradict_it(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md", "weekly.md"])
    with pytest.raises(AssertionError) as excinfo:
        assert_claim(corpus, measure="Harbour Line ridership", period="2025", equals="4.2 million passengers")
    lines = message(excinfo).splitlines()
    assert lines[0].startswith("weekly.md:3:55: conflict: harbour line ridership · 2025: 4.5 million passengers "
                               "vs the verified 4.2 million passengers")
    line = _line_of('period="2025", equals="4.2')
    assert f'    {_shown()}:{line}:9: "4.2 million passengers" (asserted)' in lines


def test_assert_claim_with_an_unreadable_period_names_the_test_line(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md"])
    with pytest.raises(ReferenceFileError) as excinfo:
        assert_claim(corpus, measure="Harbour Line ridership", period="last year", equals="4.2 million passengers")
    assert excinfo.value.code == "E035"
    line = _line_of('period="last year"')
    assert str(excinfo.value).startswith(f"E035 {_shown()}:{line}: 'last year' is not a period")


def test_assert_no_claims_from_passes_for_a_file_left_out_by_markers(desk: Path) -> None:
    lay_out(desk, {"letters.md": "<!-- claimcheck: off -->\nSir, the Harbour Line cost €150 million.\n"})
    assert_no_claims_from(claimcheck.load(["city-hall.md", "letters.md"]), "letters.md")


@pytest.mark.parametrize("path, first_lines", [
    ("budget.md", ["1 claim from budget.md:", '    budget.md:4:38: "€69 million" (amount, harbour line extension cost)']),
    ("missing.md", ["missing.md is not among the documents read: budget.md, city-hall.md"]),
    ("slides.pdf", ["slides.pdf was not read: E006 slides.pdf: unsupported file type '.pdf'; "
                    "claimcheck reads .txt, .md, .markdown, .html and .htm."]),
])
def test_assert_no_claims_from_fails_with_the_reason(desk: Path, path: str, first_lines: list[str]) -> None:
    lay_out(desk, {"slides.pdf": "%PDF-1.4", "budget.md": "# Port Ardenne\n\n\n"
                   "The Harbour Line extension will cost €69 million, according to the budget.\n"})
    corpus = claimcheck.load(["city-hall.md", "budget.md", "slides.pdf"])
    with pytest.raises(AssertionError) as excinfo:
        assert_no_claims_from(corpus, path)
    assert message(excinfo).splitlines()[:len(first_lines)] == first_lines
