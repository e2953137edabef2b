"""The command line: exit codes, output files and formats, over a stubbed `load`."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from claimcheck import cli
from claimcheck.corpus import Corpus
from claimcheck.errors import ConfigurationError, Msg
from test_report import MOFCOM, TASS, XINHUA, press_corpus

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def stub_load(monkeypatch: pytest.MonkeyPatch, corpus: Corpus) -> list[dict]:
    """Make the CLI's `load` return `corpus`; returns the list its calls are recorded in."""
    calls: list[dict] = []

    def load(paths: list[Path], *, published: date | None = None, tolerance: float = 0.0,
             spacy_model: str | None = None, facts: Path | None = None, baseline: Path | None = None,
             **options: object) -> Corpus:
        calls.append({"paths": paths, "published": published, "tolerance": tolerance})
        return corpus

    monkeypatch.setattr(cli, "load", load)
    return calls


def without_conflicts(corpus: Corpus) -> Corpus:
    """The corpus with only its agreements."""
    return replace(corpus, findings=corpus.agreements, groups=[f.group for f in corpus.agreements])


@pytest.fixture
def corpus(monkeypatch: pytest.MonkeyPatch) -> Corpus:
    corpus = press_corpus()
    stub_load(monkeypatch, corpus)
    return corpus


# --- check -------------------------------------------------------------------------------------


def test_check_exits_1_and_prints_conflicts(corpus: Corpus) -> None:
    result = runner.invoke(cli.app, ["check", "releases", "news"])
    assert result.exit_code == 1
    assert "releases/mofcom.txt:3:76: conflict: bilateral trade" in result.stdout
    assert result.stdout.endswith("2 conflicts, 2 agreements in 3 documents (1 skipped)\n")


def test_check_exits_0_without_conflicts(monkeypatch: pytest.MonkeyPatch) -> None:
    stub_load(monkeypatch, without_conflicts(press_corpus()))
    result = runner.invoke(cli.app, ["check", "releases"])
    assert result.exit_code == 0
    assert result.stdout == "0 conflicts, 2 agreements in 3 documents (1 skipped)\n"


def test_check_notes_skipped_documents_on_stderr(corpus: Corpus) -> None:
    result = runner.invoke(cli.app, ["check", "releases"])
    assert "skipped E006 releases/slides.pdf" in result.stderr
    assert "skipped" not in result.stdout.splitlines()[0]


def test_check_passes_options_to_load(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = stub_load(monkeypatch, press_corpus())
    runner.invoke(cli.app, ["check", "a.txt", "b.md", "--published", "2026-01-14", "--tolerance", "0.01"])
    assert calls == [{"paths": [Path("a.txt"), Path("b.md")], "published": date(2026, 1, 14),
                      "tolerance": 0.01}]


def test_check_exits_2_when_no_document_could_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = press_corpus()
    stub_load(monkeypatch, replace(corpus, documents=corpus.skipped, claim_list=[], groups=[], findings=[]))
    result = runner.invoke(cli.app, ["check", "releases/slides.pdf"])
    assert result.exit_code == 2
    assert "E013 no documents to read in releases/slides.pdf" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["releases", "--published", "14/01/2026"], "E010 '14/01/2026' is not a date"),
    ([], "E038 no documents to check"),
])
def test_usage_errors_exit_2(corpus: Corpus, args: list[str], message: str) -> None:
    result = runner.invoke(cli.app, ["check", *args])
    assert result.exit_code == 2
    assert message in result.output


def test_configuration_error_exits_2_with_its_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def load(paths: list[Path], **options: object) -> Corpus:
        raise ConfigurationError(Msg.E011, value=5.0)

    monkeypatch.setattr(cli, "load", load)
    result = runner.invoke(cli.app, ["check", "releases", "--tolerance", "5"])
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {ConfigurationError(Msg.E011, value=5.0)}\n"


# --- report ------------------------------------------------------------------------------------


def test_report_prints_markdown_by_default(corpus: Corpus) -> None:
    result = runner.invoke(cli.app, ["report", "releases"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# claimcheck: where the sources disagree\n")
    assert "2 conflicts, 2 agreements" in result.stderr


def test_report_writes_the_output_file(corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = runner.invoke(cli.app, ["report", "releases", "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "### 1. Chinese tourists" in out.read_text(encoding="utf-8")


def test_report_json_by_suffix(corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    assert runner.invoke(cli.app, ["report", "releases", "--output", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["conflicts"] == 2


def test_report_json_by_format(corpus: Corpus) -> None:
    result = runner.invoke(cli.app, ["report", "releases", "--format", "json"])
    assert json.loads(result.stdout)["groups"][0]["id"] == "g-tourists"


def test_report_unknown_format_exits_2(corpus: Corpus) -> None:
    result = runner.invoke(cli.app, ["report", "releases", "--format", "pdf"])
    assert result.exit_code == 2


def test_report_into_a_missing_folder_exits_2(corpus: Corpus, tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["report", "releases", "-o", str(tmp_path / "missing" / "r.md")])
    assert result.exit_code == 2
    assert result.stderr.startswith("claimcheck: ") and "missing" in result.stderr


# --- extract (streams documents, so it runs the real pipeline on files) --------------------------


@pytest.fixture
def press_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The press corpus's three texts as files, and a PDF that cannot be read; cwd is their folder."""
    for name, text in [("releases/mofcom.txt", MOFCOM), ("releases/tass.md", TASS), ("news/xinhua.txt", XINHUA)]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "releases" / "slides.pdf").write_bytes(b"%PDF-1.7")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("name", ["c.csv", "c.parquet"])
def test_extract_into_a_missing_folder_exits_2(press_files: Path, name: str) -> None:
    result = runner.invoke(cli.app, ["extract", "releases", "-o", str(press_files / "missing" / name)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith("claimcheck: E014") and "missing" in result.stderr


@pytest.mark.parametrize("name, read", [
    ("claims.csv", pd.read_csv),
    ("claims.jsonl", lambda p: pd.read_json(p, lines=True)),
    ("claims.parquet", pd.read_parquet),
])
def test_extract_round_trips(press_files: Path, name: str, read) -> None:
    result = runner.invoke(cli.app, ["extract", "releases", "news", "-o", name, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    table = read(press_files / name)
    assert {"id", "path", "text", "line", "col", "value", "group", "verdict"} <= set(table.columns)
    assert list(table.path.unique()) == ["news/xinhua.txt", "releases/mofcom.txt", "releases/tass.md"]
    trade = table.set_index("text").loc["$227.9 billion"]
    assert (trade["path"], trade["line"], trade["col"]) == ("releases/mofcom.txt", 3, 76)
    assert trade["value"] == pytest.approx(227.9e9)
    assert table.group.isna().all()  # extract streams: it groups nothing


def test_extract_prints_csv_by_default_and_notes_skipped_files(press_files: Path) -> None:
    result = runner.invoke(cli.app, ["extract", "releases", "news"])
    assert result.exit_code == 0
    assert result.stdout.startswith("id,doc,path,start,end,line,col,text,sentence,value,")
    rows = len(pd.read_csv(io.StringIO(result.stdout)))
    assert result.stderr.splitlines() == [
        "claimcheck: skipped E006 releases/slides.pdf: unsupported file type '.pdf'; claimcheck reads "
        ".txt, .md, .markdown, .html and .htm.",
        f"claimcheck: {rows} claims in 3 documents",
    ]


def test_extract_writes_nothing_when_no_document_could_be_read(press_files: Path) -> None:
    result = runner.invoke(cli.app, ["extract", "releases/slides.pdf", "-o", "claims.csv"])
    assert result.exit_code == 2
    assert "E013" in result.stderr
    assert not (press_files / "claims.csv").exists()


def test_extract_unknown_suffix_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["extract", "releases", "-o", str(tmp_path / "claims.xlsx")])
    assert result.exit_code == 2
    assert "E012 unknown output format '.xlsx'; use one of: .csv, .jsonl, .parquet" in result.stderr


# --- version -----------------------------------------------------------------------------------


def test_version() -> None:
    result = runner.invoke(cli.app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("claimcheck ")


# --- the real pipeline on the demo corpus in data/ ---------------------------------------------


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_real_check_flags_the_two_trade_figures(in_root: None) -> None:
    result = runner.invoke(cli.app, ["check", "data"])
    assert result.exit_code == 1
    assert '"$227.9 billion"' in result.stdout and '"$228.1 billion"' in result.stdout
    last = result.stdout.splitlines()[-1]
    assert re.fullmatch(r"\d+ conflicts?, \d+ agreements? in 5 documents \(0 skipped\)", last)


def test_real_extract_cites_the_exact_characters_of_each_file(in_root: None, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    assert runner.invoke(cli.app, ["extract", "data", "-o", str(out)]).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records
    for record in records:
        raw = (ROOT / record["path"]).read_text(encoding="utf-8")
        assert raw[record["start"]:record["end"]] == record["text"]
        assert raw.count("\n", 0, record["start"]) + 1 == record["line"]


def test_real_report_is_the_same_bytes_twice(in_root: None, tmp_path: Path) -> None:
    first, second = tmp_path / "1.md", tmp_path / "2.md"
    for out in (first, second):
        assert runner.invoke(cli.app, ["report", "data", "-o", str(out)]).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert "\n## Conflicts\n" in first.read_text(encoding="utf-8")


def test_real_missing_file_is_skipped_not_fatal(in_root: None) -> None:
    result = runner.invoke(cli.app, ["report", "data", "missing.txt", "--format", "json"])
    assert result.exit_code == 0
    skipped = [d for d in json.loads(result.stdout)["documents"] if d["skipped"]]
    assert [d["path"] for d in skipped] == ["missing.txt"]
    assert "E001 missing.txt" in result.stderr


def test_real_nothing_readable_exits_2(in_root: None) -> None:
    result = runner.invoke(cli.app, ["check", "missing.txt"])
    assert result.exit_code == 2
    assert "E001 missing.txt" in result.stderr and "E013" in result.stderr


def test_a_spacy_model_that_is_not_installed_is_a_clear_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Exports reached $3.2 billion in 2025, the ministry said.")
    result = runner.invoke(cli.app, ["check", str(tmp_path), "--spacy-model", "xx_no_such_pipeline"])
    assert result.exit_code == 2
    assert "E015" in result.stderr and "xx_no_such_pipeline" in result.stderr
