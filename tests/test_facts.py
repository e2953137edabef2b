"""The reference fact sheet: entries read with the claim grammar, claims checked against them, and
every mistake in the file reported with its path and line."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.errors import ReferenceFileError
from claimcheck.facts import read_facts
from claimcheck.report import to_json, to_markdown
from newsroom import lay_out


def sheet(folder: Path, entry: str) -> Path:
    """A fact sheet holding one entry, after a comment line."""
    return lay_out(folder, {"facts.toml": f"# Verified figures.\n\n[[fact]]\n{entry}"})[0]


# --- reading entries -----------------------------------------------------------------------------


@pytest.mark.parametrize("entry, kind, unit, low, high, label", [
    ('measure = "trade"\nperiod = "2025"\nvalue = "227.9 billion"\nunit = "USD"\n',
     "amount", "USD", 227.85e9, 227.95e9, "2025"),
    ('measure = "trade"\nperiod = "Q1 2026"\nvalue = "61.2 billion"\nunit = "$"\n',
     "amount", "USD", 61.15e9, 61.25e9, "Q1 2026"),
    ('measure = "exports"\nperiod = "March 2026"\nvalue = 14.7\nunit = "%"\nkind = "change"\n',
     "change", "percent", 14.65, 14.75, "March 2026"),
    ('measure = "unemployment rate"\nperiod = 2025\nvalue = "5.2"\nunit = "percent"\n',
     "rate", "percent", 5.15, 5.25, "2025"),
    ('measure = "ridership"\nperiod = "2025"\nbetween = ["4.1 million", "4.3 million"]\nunit = "passengers"\n',
     "count", "passenger", 4.1e6, 4.3e6, "2025"),
    ('measure = "ridership"\nperiod = "2025"\nvalue = "4.2 million"\nprecision = "0.1 million"\nunit = "people"\n',
     "count", "people", 4.1e6, 4.3e6, "2025"),
    ('measure = "line length"\nperiod = 2026-03-03\nvalue = "14.5"\nunit = "km"\n',
     "amount", "kilometre", 14.45, 14.55, "2026-03-03"),
])
def test_an_entry_reads_like_a_claim(tmp_path: Path, entry: str, kind: str, unit: str,
                                     low: float, high: float, label: str) -> None:
    fact = read_facts(sheet(tmp_path, entry)).facts[0]
    quantity = fact.claim.quantity
    assert (fact.claim.kind, quantity.unit) == (kind, unit)
    assert quantity.lower == pytest.approx(low) and quantity.upper == pytest.approx(high)
    assert fact.claim.period.label == label and fact.claim.period.resolved
    assert fact.claim.reference and fact.claim.span.line == 6


def test_an_entry_is_cited_at_its_value(tmp_path: Path) -> None:
    path = sheet(tmp_path, 'measure = "trade"\nscope = ["China", "Russia"]\nperiod = "2025"\n'
                           'value = "227.9 billion"\nunit = "USD"\nsource = "https://example.org/mofcom"\n')
    claim = read_facts(path).facts[0].claim
    assert (claim.span.line, claim.span.col, claim.span.text) == (7, 9, '"227.9 billion"')
    assert claim.scope == ("China", "Russia")
    assert claim.sentence == "trade · China–Russia · 2025: 227.9 billion USD"
    assert claim.attribution == "fact sheet, https://example.org/mofcom"


# --- mistakes in the sheet -------------------------------------------------------------------------


@pytest.mark.parametrize("entry, code, line, words", [
    ('measure = "ridership"\nperiod = "2025"\nvalue = "4.2 million"\n', "E034", 3,
     "this [[fact]] entry has no unit; add e.g. unit = "),
    ('measure = "ridership"\nperiod = "2025"\nunit = "people"\n', "E034", 3, "has no value"),
    ('measure = "ridership"\nperiod = "2025"\nvalue = "4.2 million"\nunits = "people"\n', "E032", 7,
     "unknown key 'units' in [[fact]]; the known keys are: measure, scope, period"),
    ('measure = "ridership"\nperiod = "last year"\nvalue = "4.2 million"\nunit = "people"\n', "E035", 5,
     "'last year' is not a period claimcheck can pin down"),
    ('measure = "ridership"\nperiod = "2025"\nvalue = "lots"\nunit = "people"\n', "E036", 6,
     "'lots' is not a number claimcheck can read"),
    ('measure = "cost"\nperiod = "2025"\nvalue = "4.2 million"\nunit = "Euros of 1999"\n', "E037", 7,
     "'Euros of 1999' is not a unit claimcheck knows"),
    ('measure = "cost"\nperiod = "2025"\nvalue = "4.2 million"\nunit = "EUR"\nkind = "total"\n', "E033", 8,
     "kind must be one of amount, change, rate, count, threshold, duration, age; got 'total'"),
    ('measure = "cost"\nperiod = "2025"\nbetween = ["5 million", "4 million"]\nunit = "EUR"\n', "E033", 6,
     "between must be lowest value first"),
    ('measure = "cost"\nperiod = "2025"\nvalue = "4.2 million\nunit = "EUR"\n', "E031", 6,
     "not valid TOML"),
])
def test_a_bad_entry_names_the_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              entry: str, code: str, line: int, words: str) -> None:
    monkeypatch.chdir(tmp_path)
    sheet(tmp_path, entry)
    with pytest.raises(ReferenceFileError) as excinfo:
        read_facts("facts.toml")
    assert excinfo.value.code == code
    assert str(excinfo.value).startswith(f"{code} facts.toml:{line}: ")
    assert words in str(excinfo.value)


def test_a_missing_sheet_is_a_configuration_error(desk: Path) -> None:
    with pytest.raises(ReferenceFileError) as excinfo:
        claimcheck.load(["city-hall.md"], facts="verified.toml")
    assert str(excinfo.value) == ("E030 verified.toml: the fact sheet was not found. "
                                  "Check the facts path in [tool.claimcheck] or on the command line.")


# --- checking claims against the sheet ---------------------------------------------------------


def test_a_claim_off_the_verified_figure_is_a_conflict_citing_the_sheet(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md", "weekly.md"], facts="facts.toml")
    [finding] = corpus.findings
    assert finding.verdict == "conflict"
    assert finding.reason.startswith("4.5 million passengers vs the verified 4.2 million passengers")
    assert sorted(corpus.path_of(c.doc) for c in finding.group.claims) == ["city-hall.md", "facts.toml", "weekly.md"]


def test_the_sheet_arbitrates_the_documents_it_covers(desk: Path) -> None:
    without = claimcheck.load(["city-hall.md", "weekly.md"])
    with_sheet = claimcheck.load(["city-hall.md", "weekly.md"], facts="facts.toml")
    assert [f.group.label for f in without.conflicts] == ["ridership harbour line · 2025"]
    assert [f.group.label for f in with_sheet.conflicts] == ["harbour line ridership · 2025"]


def test_one_document_agreeing_with_the_sheet_is_a_checked_fact(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md"], facts="facts.toml")
    [finding] = corpus.findings
    assert (finding.verdict, finding.reason) == ("agree", "all agree with the verified 4.2 million passengers")


def test_the_report_counts_the_facts_and_quotes_the_sheet(desk: Path) -> None:
    corpus = claimcheck.load(["city-hall.md", "weekly.md"], facts="facts.toml")
    markdown = to_markdown(corpus)
    assert "- Verified facts in `facts.toml`: 1, stated in the documents: 1\n" in markdown
    assert "`facts.toml:6:9` · fact sheet, https://transit.port-ardenne.example/annual-report-2025" in markdown
    facts = to_json(corpus)["facts"]
    assert [(f["path"], f["line"], f["verdict"]) for f in facts] == [("facts.toml", 6, "conflict")]


@pytest.mark.parametrize("story, verdict", [
    ("reached 4.2 million passengers", "agree"),
    ("reached about 4 million passengers", "agree"),
    ("reached more than 4 million passengers", "agree"),
    ("reached 4.3 million passengers", "conflict"),  # 4.25-4.35 only touches 4.15-4.25
    ("reached 4.5 million passengers", "conflict"),
    ("reached fewer than 4 million passengers", "conflict"),
])
def test_a_claim_agrees_when_it_allows_the_verified_figure(desk: Path, story: str, verdict: str) -> None:
    lay_out(desk, {"story.md": f"# Port Ardenne\n\nRidership on the Harbour Line {story} in 2025.\n"})
    [finding] = claimcheck.load(["story.md"], facts="facts.toml").findings
    assert finding.verdict == verdict
