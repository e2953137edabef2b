"""Tests for the sources index (claimcheck.manifest) and the dates it gives documents."""

from __future__ import annotations

import json
import warnings
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimcheck
from claimcheck.cli import app
from claimcheck.ingest import sources, url_date
from claimcheck.manifest import SourcesIndexWarning, is_index_name, read_index

STORY = "Police said the gunman opened fire on Sunday, killing two people.\n"


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def dates(folder: Path, *paths: str, **kwargs) -> dict[str, tuple[date | None, str | None]]:
    readable, _ = sources([folder / p for p in paths] or [folder], **kwargs)
    return {s.id: (s.dated[0] if s.dated else None) for s in readable}


@pytest.mark.parametrize(("url", "expected"), [
    ("http://edition.cnn.com/2007/US/04/09/michigan.shooting/", date(2007, 4, 9)),
    ("http://usatoday30.usatoday.com/news/nation/2007-04-09-office-shooting_N.htm", date(2007, 4, 9)),
    ("http://boston.redsox.mlb.com/news/article.jsp?ymd=20081216&content_id=3718580", date(2008, 12, 16)),
    ("http://www.rediff.com/news/slide-show/navy-pins-down-somali-pirates/20111111.htm", date(2011, 11, 11)),
    ("http://www.pressdemocrat.com/article/20130314/articles/130319791", date(2013, 3, 14)),
    ("http://www.reuters.com/article/2011/11/10/us-southsudan-bombing-idUSTRE7A94OI20111110", date(2011, 11, 10)),
    ("http://articles.washingtonpost.com/2008-12-23/sports/36830848_1_contract-offer", date(2008, 12, 23)),
    ("http://sports.yahoo.com/mlb/news?slug=ge-teixeiraredsoxmeet121808", None),
    ("http://www.powerfullinfo.com/2012-2013-73/california-weather-anomalies/", None),
    ("http://example.com/news/20131399/story", None),  # no 99th day
    ("http://example.com/id/18022825/ns/us_news", None),  # an id, not a date
])
def test_url_date_reads_the_usual_news_forms(url: str, expected: date | None) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize(("name", "is_index"), [
    ("SOURCES.md", True), ("manifest.csv", True), ("metadata.jsonl", True), ("Index.TSV", True),
    ("index.html", False), ("sources-2016.md", False), ("story.md", False),
])
def test_index_names(name: str, is_index: bool) -> None:
    assert is_index_name(Path(name)) is is_index


def test_markdown_list_with_folders_urls_and_stated_dates(tmp_path: Path) -> None:
    write(tmp_path, {
        "corpus/SOURCES.md": (
            "# Where the texts come from\n\n### ecb\n\n"
            "- `10ecb/`\n"
            "  - `10_1ecb.txt` — http://boston.example.com/article.jsp?ymd=20081216&content_id=1\n"
            "  - `10_2ecb.txt` — http://sports.example.com/news?slug=meet121808\n"
            "- `gvc/`\n"
            "  - `15d0.txt` — published 2015-08-27\n"
        ),
        "corpus/ecb/10ecb/10_1ecb.txt": STORY,
        "corpus/ecb/10ecb/10_2ecb.txt": STORY,
        "corpus/gvc/15d0.txt": STORY,
    })
    got = dates(tmp_path / "corpus", "ecb", "gvc")
    assert got == {"ecb/10ecb/10_1ecb.txt": date(2008, 12, 16), "ecb/10ecb/10_2ecb.txt": None,
                   "gvc/15d0.txt": date(2015, 8, 27)}


def test_csv_and_tsv_columns(tmp_path: Path) -> None:
    write(tmp_path, {
        "a/metadata.csv": "Path,Title,Published\nlocal/one.txt,Fire,2016-11-22\ntwo.txt,Shots,\"Nov. 3, 2016\"\n",
        "a/local/one.txt": STORY, "a/two.txt": STORY,
        "b/index.tsv": "file\turl\nthree.md\thttps://news.example.com/2016/06/03/shooting/\n",
        "b/three.md": STORY,
    })
    assert dates(tmp_path / "a") == {"local/one.txt": date(2016, 11, 22), "two.txt": date(2016, 11, 3)}
    assert dates(tmp_path / "b") == {"three.md": date(2016, 6, 3)}


@pytest.mark.parametrize("index", [
    json.dumps([{"file": "one.txt", "date": "2016-07-26T14:02:00Z"}, {"file": "two.txt", "url": "http://x.com/2016/07/27/a"}]),
    json.dumps({"documents": [{"path": "one.txt", "published": "2016-07-26"}, {"path": "two.txt", "link": "http://x.com/20160727.htm"}]}),
    json.dumps({"one.txt": "2016-07-26", "two.txt": {"url": "http://x.com/2016-07-27-story"}}),
])
def test_json_forms(tmp_path: Path, index: str) -> None:
    write(tmp_path, {"manifest.json": index, "one.txt": STORY, "two.txt": STORY})
    assert dates(tmp_path) == {"one.txt": date(2016, 7, 26), "two.txt": date(2016, 7, 27)}


def test_json_lines(tmp_path: Path) -> None:
    write(tmp_path, {"metadata.jsonl": '{"id": "one.txt", "published": "2016-08-03"}\n\n{"id": "two.txt"}\n',
                     "one.txt": STORY, "two.txt": STORY})
    assert dates(tmp_path) == {"one.txt": date(2016, 8, 3), "two.txt": None}


def test_ambiguous_names_are_not_guessed(tmp_path: Path) -> None:
    write(tmp_path, {
        "sources.md": "- `a.txt` — published 2016-05-25\n- `y/b.txt` — published 2016-05-11\n- `b.txt` — published 2016-01-01\n",
        "x/a.txt": STORY, "y/a.txt": STORY, "x/b.txt": STORY, "y/b.txt": STORY,
    })
    with pytest.warns(SourcesIndexWarning) as caught:
        got = dates(tmp_path)
    assert sorted(str(w.message).split(": ", 1)[1] for w in caught) == [
        "a.txt could be any of 2 files read; the row is left out.",
        "b.txt could be any of 2 files read; the row is left out."]
    assert got == {"x/a.txt": None, "y/a.txt": None, "x/b.txt": None, "y/b.txt": date(2016, 5, 11)}


@pytest.mark.parametrize(("name", "index", "line", "problem"), [
    ("manifest.csv", "file,date\none.txt,2016-02-30\ntwo.txt,2016-03-01\n", 2, "'2016-02-30' is not a date"),
    ("manifest.csv", "file,date\n,2016-03-01\ntwo.txt,2016-03-01\n", 2, "the row names no document"),
    ("sources.md", "- `two.txt` — published 2016-03-01\n- `one.txt` — published soon\n", 2, "'soon' is not a date"),
    ("metadata.jsonl", '{"file": "two.txt", "date": "2016-03-01"}\n{"file": "one.txt", "date": \n', 2, "not valid JSON"),
    ("manifest.json", '[\n  {"file": "two.txt", "date": "2016-03-01"},\n  {"file": "one.txt", "date": "tbc"}\n]\n', 3,
     "'tbc' is not a date"),
])
def test_bad_rows_warn_with_file_and_line(tmp_path: Path, name: str, index: str, line: int, problem: str) -> None:
    write(tmp_path, {name: index, "one.txt": STORY, "two.txt": STORY})
    with pytest.warns(SourcesIndexWarning) as caught:
        readable, _ = sources(tmp_path)
    assert any(f"{name}:{line}: {problem}" in str(w.message) for w in caught), [str(w.message) for w in caught]
    assert {s.id for s in readable} >= {"one.txt", "two.txt"}


def test_index_in_the_parent_folder_dates_documents_and_is_not_listed(tmp_path: Path) -> None:
    write(tmp_path, {"SOURCES.md": "- `gvc/1.txt` — published 2016-05-25\n", "gvc/1.txt": STORY, "gvc/2.txt": STORY})
    corpus = claimcheck.load(tmp_path / "gvc")
    first = corpus.document("1.txt")
    assert (first.published, first.published_source) == (date(2016, 5, 25), f"sources index stated ({(tmp_path / 'SOURCES.md').as_posix()}:1)")
    assert not corpus.skipped
    sunday = [c for c in corpus.claim_list if c.doc == "1.txt" and c.event_date is not None]
    assert [c.event_date.iso() for c in sunday] == ["2016-05-22"]


def test_index_in_a_folder_read_is_reported_not_read(tmp_path: Path) -> None:
    write(tmp_path, {"manifest.md": "- `1.txt` — published 2016-05-25\n", "1.txt": STORY})
    corpus = claimcheck.load(tmp_path)
    assert [d.id for d in corpus.read] == ["1.txt"]
    assert [d.skipped for d in corpus.skipped] == [
        f"W051 {(tmp_path / 'manifest.md').as_posix()}: used as the sources index (it dates 1 of the documents read), "
        "not read as a document."]
    assert corpus.document("1.txt").raw == STORY  # offsets and lines untouched


def test_a_file_named_index_that_dates_nothing_is_read_as_a_document(tmp_path: Path) -> None:
    write(tmp_path, {"index.md": "# Budget\n\nThe council approved a €69 million extension on Tuesday.\n"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus = claimcheck.load(tmp_path)
    assert [d.id for d in corpus.read] == ["index.md"]


@pytest.mark.parametrize(("text", "published", "source"), [
    ("BEIJING, Feb. 6, 2026 /PRNewswire/ -- Trade grew 5% on Tuesday.\n", date(2026, 2, 6), "dateline"),
    ("---\ndate: 2026-02-09\n---\nTrade grew 5% on Tuesday.\n", date(2026, 2, 9), "front matter"),
    ("Trade grew 5% on Tuesday, see https://example.com/2026/01/02/trade/.\n", date(2016, 5, 25), "sources index stated"),
])
def test_the_text_states_its_date_before_the_index_and_the_index_before_urls_in_the_text(
        tmp_path: Path, text: str, published: date, source: str) -> None:
    write(tmp_path, {"news/manifest.csv": "file,published\nstory.md,2016-05-25\n", "news/story.md": text})
    document = claimcheck.load(tmp_path / "news").document("story.md")
    assert document.published == published and document.published_source.startswith(source)


def test_explicit_index_wins_over_one_found(tmp_path: Path) -> None:
    write(tmp_path, {"news/manifest.csv": "file,published\n1.txt,2016-05-25\n", "news/1.txt": STORY,
                     "elsewhere.tsv": "file\tdate\n1.txt\t2016-06-01\n"})
    corpus = claimcheck.load(tmp_path / "news", sources_index=tmp_path / "elsewhere.tsv")
    assert corpus.document("1.txt").published == date(2016, 6, 1)
    assert [d.id for d in corpus.read] == ["1.txt"]


def test_read_index_keeps_line_numbers(tmp_path: Path) -> None:
    write(tmp_path, {"sources.md": "Intro line\n\n- `a.txt` — published 2016-05-25\n- `b.txt` — http://x.com/2016/05/26/b\n"})
    index = read_index(tmp_path / "sources.md")
    assert [(r.parts, r.published, r.how, r.line) for r in index.rows] == [
        (("a.txt",), date(2016, 5, 25), "stated", 3), (("b.txt",), date(2016, 5, 26), "URL", 4)]


runner = CliRunner()


def test_cli_sources_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"news/1.txt": STORY, "meta/list.csv": "file,date\n1.txt,2016-05-25\n1.txt,someday\n"})
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", "news", "--format", "json", "--sources", "meta/list.csv", "-q"])
    assert result.exit_code == 0, result.output
    assert "W050 meta/list.csv:3: 'someday' is not a date (for 1.txt); the row is left out." in result.stderr
    assert json.loads(result.stdout)["documents"][0]["published"] == "2016-05-25"
    missing = runner.invoke(app, ["report", "news", "--sources", "meta/none.csv", "-q"])
    assert missing.exit_code == 2 and "E030 meta/none.csv: the sources index was not found" in missing.stderr


def test_config_sources_key(tmp_path: Path) -> None:
    from claimcheck.config import read_settings

    write(tmp_path, {"pyproject.toml": '[tool.claimcheck]\npaths = ["news"]\nsources = "list.csv"\n',
                     "list.csv": "file,date\n1.txt,2016-05-25\n", "news/1.txt": STORY})
    settings = read_settings(tmp_path / "pyproject.toml")
    assert settings.sources == tmp_path / "list.csv"
    assert settings.load().document("1.txt").published == date(2016, 5, 25)


def test_a_file_named_like_an_index_that_dates_nothing_says_nothing(tmp_path: Path) -> None:
    write(tmp_path, {"metadata.csv": "title,year\nBudget,2025\n", "news/1.txt": STORY})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus = claimcheck.load(tmp_path / "news")
    assert [d.id for d in corpus.read] == ["1.txt"] and not corpus.skipped


def test_an_index_named_outright_warns_even_when_it_dates_nothing(tmp_path: Path) -> None:
    write(tmp_path, {"list.csv": "title,date\nA,2016-03-01\n", "news/1.txt": STORY})
    with pytest.warns(SourcesIndexWarning, match=r"list\.csv:1: no column names the documents"):
        corpus = claimcheck.load(tmp_path / "news", sources_index=tmp_path / "list.csv")
    assert corpus.document("1.txt").published is None


@pytest.mark.parametrize("index", [
    "| File | Outlet | Published |\n|---|---|---|\n| `one.txt` | Detroit News | 2016-05-25 |\n| two.txt | WXYZ | May 26, 2016 |\n",
    "Files and dates:\n\none.txt 2016-05-25\ntwo.txt, 2016-05-26\n",
])
def test_markdown_tables_and_plain_lines(tmp_path: Path, index: str) -> None:
    write(tmp_path, {"sources.md": index, "one.txt": STORY, "two.txt": STORY})
    assert dates(tmp_path) == {"one.txt": date(2016, 5, 25), "two.txt": date(2016, 5, 26)}


def test_config_sources_that_does_not_exist_names_the_line(tmp_path: Path) -> None:
    from claimcheck.config import read_settings
    from claimcheck.errors import ReferenceFileError

    write(tmp_path, {"pyproject.toml": '[tool.claimcheck]\npaths = ["news"]\nsources = "gone.csv"\n', "news/1.txt": STORY})
    with pytest.raises(ReferenceFileError, match=r"E039 .*pyproject\.toml:3: sources names .*gone\.csv, which does not exist"):
        read_settings(tmp_path / "pyproject.toml").options()
