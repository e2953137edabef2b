"""The pytest plugin, run with pytester on the worked example in examples/editorial-ci: it fails
on the planted conflict, passes once the conflict is accepted, and fails again on a new one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from newsroom import lay_out

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "editorial-ci"
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")


@pytest.fixture
def editorial(pytester: pytest.Pytester) -> pytest.Pytester:
    """A copy of the worked example as the repository pytest runs in."""
    shutil.copytree(EXAMPLE, pytester.path, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".pytest_cache", "__pycache__"))
    return pytester


def test_the_example_fails_on_its_planted_conflict(editorial: pytest.Pytester) -> None:
    result = editorial.runpytest()
    result.assert_outcomes(failed=1, passed=2)
    result.stdout.fnmatch_lines([
        "E       AssertionError: 1 conflict in 3 documents:",
        "E         articles/council-budget.md:12:118: conflict: extension cost: 69 million EUR vs 96 million EUR: *",
        'E             articles/council-budget.md:12:118: "€69 million" (budget)',
        "E                 > The extension will cost €69 million, according to the budget.",
        'E             articles/harbour-line-ridership.md:12:104: "€96 million" (council\'s budget papers)',
        "E       assert not ['extension cost']",
        "tests/test_articles.py:7: AssertionError",
    ])


def test_accepting_the_conflict_passes_and_a_new_one_fails_again(editorial: pytest.Pytester) -> None:
    accepted = CliRunner().invoke(app, ["check", "--write-baseline"])
    assert accepted.exit_code == 0, accepted.output
    editorial.runpytest().assert_outcomes(passed=3)

    budget = editorial.path / "articles" / "council-budget.md"
    budget.write_text(budget.read_text(encoding="utf-8")
                      + "\nFare revenue rose 6% in 2025, the finance office said.\n", encoding="utf-8")
    result = editorial.runpytest()
    result.assert_outcomes(failed=1, passed=2)
    result.stdout.fnmatch_lines([
        "E       AssertionError: 1 conflict in 3 documents (1 more accepted in the baseline):",
        "E         articles/council-budget.md:16:19: conflict: fare revenue · 2025 · change: "
        "6% vs the verified 8%: the ranges their wording allows do not overlap (difference 2 percentage points, 25.0%)",
        'E             facts.toml:14:9: "8 percent" (fact sheet, https://transit.port-ardenne.example/annual-report-2025)',
    ])


def test_each_fact_can_be_a_test_item(editorial: pytest.Pytester) -> None:
    result = editorial.runpytest("--claimcheck-groups", "-v")
    result.assert_outcomes(failed=2, passed=5)
    result.stdout.fnmatch_lines([
        "pyproject.toml::extension cost FAILED*",
        "pyproject.toml::fare revenue · 2025 · change PASSED*",
        "pyproject.toml::harbour line ridership · 2025 PASSED*",
    ])
    assert CliRunner().invoke(app, ["check", "--write-baseline"]).exit_code == 0
    editorial.runpytest("--claimcheck-groups", "-k", "extension").assert_outcomes(xfailed=1)


def test_command_line_paths_replace_the_configured_ones(editorial: pytest.Pytester) -> None:
    result = editorial.runpytest("--claimcheck", "articles/harbour-line-ridership.md")
    result.assert_outcomes(failed=1, passed=2)
    result.stdout.fnmatch_lines(["E       AssertionError: articles/readers-letters.md is not among the documents read: *"])


@pytest.mark.parametrize("setting, message", [
    ('facts-file = "facts.toml"', "ERROR: E032 pyproject.toml:7: unknown key 'facts-file' in *; the known keys are: *"),
    ("tolerance = 2", "ERROR: E033 pyproject.toml:7: tolerance must be a number from 0 up to 1*"),
])
def test_a_bad_setting_stops_pytest_with_file_and_line(editorial: pytest.Pytester, setting: str, message: str) -> None:
    pyproject = editorial.path / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(
        'baseline = "claimcheck-baseline.toml"\n', f'baseline = "claimcheck-baseline.toml"\n{setting}\n'), encoding="utf-8")
    result = editorial.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])


def test_a_missing_fact_sheet_errors_each_test_without_a_traceback(editorial: pytest.Pytester) -> None:
    (editorial.path / "facts.toml").unlink()
    result = editorial.runpytest()
    result.assert_outcomes(errors=3)
    result.stdout.fnmatch_lines(["E039 pyproject.toml:5: facts names facts.toml, which does not exist. *"])
    assert "Traceback" not in result.stdout.str() and "claimcheck/" not in result.stdout.str()


def test_the_factory_builds_a_corpus_from_texts(pytester: pytest.Pytester) -> None:
    lay_out(pytester.path, {"test_desk.py": '''
from claimcheck.testing import assert_consistent


def test_two_wires_agree(claimcheck_corpus_factory):
    corpus = claimcheck_corpus_factory(texts={
        "wire-a.md": "Port Ardenne's Harbour Line carried 4.2 million passengers in 2025.",
        "wire-b.md": "The Harbour Line in Port Ardenne carried about 4.2 million passengers in 2025.",
    })
    assert len(corpus.read) == 2
    assert_consistent(corpus)
'''})
    pytester.runpytest().assert_outcomes(passed=1)
