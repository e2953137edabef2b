"""CI outputs and the `check` command as a CI step: GitHub annotations, SARIF 2.1.0, the step
summary, the baseline written and honoured, settings from pyproject.toml, and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimcheck
from claimcheck.ci import github_annotations, step_summary, to_sarif
from claimcheck.cli import app
from newsroom import lay_out

runner = CliRunner()


def test_github_annotations_mark_each_side_of_a_conflict(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md", "budget.md"])
    assert github_annotations(corpus).splitlines() == [
        "::error file=budget.md,line=4,col=38,title=claimcheck CC001%3A harbour line extension cost::"
        "\"€69 million\" here; \"€96 million\" at city-hall.md:3:53. 69 million EUR vs 96 million EUR: the ranges "
        "their wording allows do not overlap (difference 27 million EUR, 28.1%25); 1 report citing budget vs 1 report citing council's budget papers",
        "::error file=city-hall.md,line=3,col=53,title=claimcheck CC001%3A harbour line extension cost::"
        "\"€96 million\" here; \"€69 million\" at budget.md:4:38. 69 million EUR vs 96 million EUR: the ranges "
        "their wording allows do not overlap (difference 27 million EUR, 28.1%25); 1 report citing budget vs 1 report citing council's budget papers",
    ]


def test_against_the_fact_sheet_only_the_claim_in_the_wrong_is_annotated(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md", "weekly.md"], facts="facts.toml")
    [line] = github_annotations(corpus).splitlines()
    assert line.startswith("::error file=weekly.md,line=3,col=55,title=claimcheck CC002%3A harbour line ridership")
    assert "\"4.2 million passengers\" at facts.toml:6:9." in line


def test_sarif_log_has_a_result_per_side_with_related_locations(desk: Path) -> None:
    sarif = to_sarif(claimcheck.load(["city-hall.md", "budget.md", "weekly.md"], facts="facts.toml"))
    assert (sarif["version"], sarif["$schema"]) == ("2.1.0", "https://json.schemastore.org/sarif-2.1.0.json")
    [run] = sarif["runs"]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["CC001", "CC002"]
    results = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
                [rel["physicalLocation"]["artifactLocation"]["uri"] for rel in r["relatedLocations"]])
               for r in run["results"]]
    assert results == [
        ("CC001", "budget.md", 4, ["city-hall.md"]),
        ("CC001", "city-hall.md", 3, ["budget.md"]),
        ("CC002", "weekly.md", 3, ["facts.toml"]),
    ]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startColumn"], region["endColumn"], region["snippet"]["text"]) == (38, 49, "€69 million")
    assert len({r["partialFingerprints"]["claimcheckConflict/v1"] for r in run["results"]}) == 3


def test_accepted_conflicts_are_suppressed_in_sarif_and_notices_on_github(desk: Path) -> None:
    lay_out(desk, {"baseline.toml": '[[accepted]]\nfact = "harbour line extension cost"\n'
                                    'documents = ["budget.md", "city-hall.md"]\n'})
    corpus = claimcheck.load(["city-hall.md", "budget.md"], baseline="baseline.toml")
    suppressions = [r["suppressions"] for r in to_sarif(corpus)["runs"][0]["results"]]
    assert suppressions == [[{"kind": "external", "status": "accepted",
                              "justification": "accepted in baseline.toml:1"}]] * 2
    assert all(line.startswith("::notice file=") for line in github_annotations(corpus).splitlines())


def test_step_summary_is_the_report_without_agreements(desk: Path) -> None:
    summary = step_summary(claimcheck.load(["city-hall.md", "budget.md", "weekly.md"], facts="facts.toml"))
    assert summary.startswith("# claimcheck: where the sources disagree\n\n## Summary\n")
    assert "### 1. harbour line extension cost" in summary
    assert "## Agreements" not in summary


# --- the check command ---------------------------------------------------------------------------


def test_check_writes_github_annotations_sarif_and_the_step_summary(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lay_out(desk, {"summary.md": "## Earlier step\n"})
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(desk / "summary.md"))
    result = runner.invoke(app, ["check", "city-hall.md", "budget.md", "--format", "github", "--sarif", "out.sarif"])
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=budget.md,line=4,col=38,")
    assert json.loads((desk / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert (desk / "summary.md").read_text(encoding="utf-8").startswith("## Earlier step\n# claimcheck:")


def test_check_reads_pyproject_and_honours_the_written_baseline(desk: Path) -> None:
    lay_out(desk, {"pyproject.toml": '[tool.claimcheck]\npaths = ["city-hall.md", "budget.md"]\n'
                                     'facts = "facts.toml"\nbaseline = "accepted.toml"\n'})
    missing = runner.invoke(app, ["check"])
    assert (missing.exit_code, missing.stderr) == (2, "claimcheck: E039 pyproject.toml:4: baseline names "
                                                   "accepted.toml, which does not exist. Fix the path, or create the file.\n")
    written = runner.invoke(app, ["check", "--write-baseline"])
    assert written.exit_code == 0, written.output
    assert written.stderr == "claimcheck: accepted.toml: 1 accepted conflict\n"
    accepted = runner.invoke(app, ["check"])
    assert accepted.exit_code == 0
    assert accepted.stdout == "0 conflicts, 1 accepted conflict, 1 agreement in 2 documents (0 skipped)\n"
    flagged = runner.invoke(app, ["check", "city-hall.md", "budget.md", "weekly.md"])
    assert flagged.exit_code == 1
    assert flagged.stdout.startswith("weekly.md:3:55: conflict: harbour line ridership · 2025")


def test_check_notes_accepted_conflicts_no_longer_found(desk: Path) -> None:
    lay_out(desk, {"baseline.toml": '[[accepted]]\nfact = "tram fares · 2024"\ndocuments = ["budget.md", "city-hall.md"]\n'})
    result = runner.invoke(app, ["check", "city-hall.md", "--baseline", "baseline.toml"])
    assert result.exit_code == 0
    assert "claimcheck: baseline.toml:1: tram fares · 2024: this accepted conflict is no longer found" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--facts", "verified.toml"], "claimcheck: E030 verified.toml: the fact sheet was not found."),
    (["--baseline", "accepted.toml"], "claimcheck: E030 accepted.toml: the baseline file was not found."),
    (["--format", "xml"], "Invalid value for '--format'"),
])
def test_check_exits_2_on_bad_configuration(desk: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["check", "city-hall.md", *args])
    assert result.exit_code == 2
    assert message in result.output


def test_a_baseline_written_without_settings_is_honoured_where_it_was_written(desk: Path) -> None:
    assert runner.invoke(app, ["check", "city-hall.md", "budget.md", "--write-baseline"]).exit_code == 0
    assert (desk / "claimcheck-baseline.toml").is_file()
    result = runner.invoke(app, ["check", "city-hall.md", "budget.md"])
    assert (result.exit_code, result.stdout) == (0, "0 conflicts, 1 accepted conflict, 0 agreements in 2 documents (0 skipped)\n")


def test_report_honours_the_fact_sheet_and_the_baseline(desk: Path) -> None:
    lay_out(desk, {"baseline.toml": '[[accepted]]\nfact = "harbour line extension cost"\n'
                                    'documents = ["budget.md", "city-hall.md"]\n'})
    result = runner.invoke(app, ["report", "city-hall.md", "budget.md", "weekly.md",
                                 "--facts", "facts.toml", "--baseline", "baseline.toml"])
    assert result.exit_code == 0
    assert "### 1. harbour line ridership · 2025\n" in result.stdout
    assert "## Accepted conflicts\n\n- **harbour line extension cost**:" in result.stdout
    assert result.stderr == "claimcheck: 1 conflict, 1 accepted conflict, 0 agreements in 3 documents (0 skipped)\n"


@pytest.mark.parametrize("command, expected", [
    (["report"], "- Documents read: 2\n"),
    (["extract"], "budget.md,"),
    (["check"], "budget.md:4:38: conflict: harbour line extension cost"),
])
def test_every_command_reads_its_paths_from_pyproject(desk: Path, command: list[str], expected: str) -> None:
    lay_out(desk, {"pyproject.toml": '[tool.claimcheck]\npaths = ["city-hall.md", "budget.md"]\n'})
    result = runner.invoke(app, command)
    assert result.exit_code in (0, 1), result.output
    assert expected in result.stdout
