"""Accepted discrepancies: a baseline keyed by fact and documents, written from a corpus, honoured
by load and the report, and robust to edits that move lines; a malformed one names file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.baseline import read_baseline, write_baseline
from claimcheck.errors import ReferenceFileError
from claimcheck.report import format_check, to_json, to_markdown
from newsroom import BUDGET, lay_out

ACCEPTED_COST = '[[accepted]]\nfact = "harbour line extension cost"\ndocuments = ["budget.md", "city-hall.md"]\n'


def test_written_baseline_accepts_every_conflict_found(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md", "budget.md", "weekly.md"], facts="facts.toml")
    assert write_baseline(corpus, "baseline.toml") == 2
    entries = read_baseline("baseline.toml").entries
    assert [(e.fact, e.documents) for e in entries] == [
        ("harbour line extension cost", ("budget.md", "city-hall.md")),
        ("harbour line ridership · 2025", ("city-hall.md", "facts.toml", "weekly.md")),
    ]
    again = claimcheck.load(["city-hall.md", "budget.md", "weekly.md"], facts="facts.toml", baseline="baseline.toml")
    assert again.conflicts == [] and len(again.accepted) == 2


def test_an_edit_above_the_conflict_keeps_it_accepted(desk: Path) -> None:
    lay_out(desk, {"baseline.toml": ACCEPTED_COST,
                   "budget.md": BUDGET.replace("# Port Ardenne passes its budget\n",
                                               "# Port Ardenne passes its budget\n\nUpdated at 6pm.\n")})
    corpus = claimcheck.load(["city-hall.md", "budget.md"], baseline="baseline.toml")
    [accepted] = corpus.accepted
    assert accepted.accepted == "baseline.toml:1"
    assert [c.span.line for c in accepted.group.claims if c.doc == "budget.md"] == [6]


def test_a_new_conflict_still_fails(desk: Path) -> None:
    lay_out(desk, {"baseline.toml": ACCEPTED_COST})
    corpus = claimcheck.load(["city-hall.md", "budget.md", "weekly.md"], baseline="baseline.toml")
    assert [f.group.label for f in corpus.conflicts] == ["ridership harbour line · 2025"]
    assert format_check(corpus).endswith("1 conflict, 1 accepted conflict, 0 agreements in 3 documents (0 skipped)\n")


def test_a_third_document_makes_it_another_conflict(desk: Path) -> None:
    lay_out(desk, {"baseline.toml": ACCEPTED_COST,
                   "bulletin.md": "# Port Ardenne\n\nThe Harbour Line extension will cost €90 million, "
                                  "according to the transit authority.\n"})
    corpus = claimcheck.load(["city-hall.md", "budget.md", "bulletin.md"], baseline="baseline.toml")
    assert [f.group.documents for f in corpus.conflicts] == [("budget.md", "bulletin.md", "city-hall.md")]
    assert read_baseline("baseline.toml").unused(corpus.findings, corpus.path_of)[0].line == 1


def test_rewriting_keeps_notes_and_entries_about_documents_not_read(desk: Path) -> None:
    other = '[[accepted]]\nfact = "tram fares · 2024"\ndocuments = ["archive/fares.md", "budget.md"]\n'
    lay_out(desk, {"baseline.toml": ACCEPTED_COST + 'note = "Budget misprint; correction due."\n\n' + other})
    write_baseline(claimcheck.load(["city-hall.md", "budget.md"]), "baseline.toml")
    entries = read_baseline("baseline.toml").entries
    assert [(e.fact, e.note) for e in entries] == [
        ("harbour line extension cost", "Budget misprint; correction due."), ("tram fares · 2024", None)]


def test_the_report_lists_accepted_conflicts_apart(desk: Path) -> None:
    lay_out(desk, {"baseline.toml": ACCEPTED_COST})
    corpus = claimcheck.load(["city-hall.md", "budget.md"], baseline="baseline.toml")
    markdown = to_markdown(corpus)
    assert "- Accepted conflicts (baseline `baseline.toml`): 1\n" in markdown
    assert "## Conflicts\n\nNo conflicts found.\n\n## Accepted conflicts\n\n- **harbour line extension cost**:" in markdown
    assert "(accepted in `baseline.toml:1`)" in markdown
    assert [g["accepted"] for g in to_json(corpus)["groups"]] == ["baseline.toml:1"]


@pytest.mark.parametrize("text, code, line, words", [
    ('[[accepted]]\nfact = "cost"\n', "E034", 1, "this [[accepted]] entry has no documents"),
    ('[[accepted]]\nfact = "cost"\ndocuments = ["a.md"]\nline = 12\n', "E032", 4, "unknown key 'line' in [[accepted]]"),
    ('[[accepted]]\nfact = "cost"\ndocuments = "a.md", "b.md"\n', "E031", 3, "not valid TOML"),
    ('[[accepted]]\nfact = 12\ndocuments = ["a.md"]\n', "E033", 2, "fact must be a string; got 12"),
    ('[[accepted]]\nfact = "cost"\ndocuments = ["a.md"]\n\n[[acepted]]\n', "E032", 5, "unknown key 'acepted'"),
])
def test_a_malformed_baseline_names_the_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      text: str, code: str, line: int, words: str) -> None:
    monkeypatch.chdir(tmp_path)
    lay_out(tmp_path, {"baseline.toml": text})
    with pytest.raises(ReferenceFileError) as excinfo:
        read_baseline("baseline.toml")
    assert str(excinfo.value).startswith(f"{code} baseline.toml:{line}: ")
    assert words in str(excinfo.value)
