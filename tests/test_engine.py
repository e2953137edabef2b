"""Engines: the same documents, claims and report whether one process, a pool or a Dask cluster
extracts them, in path order, with bad files kept as skipped documents."""

from __future__ import annotations

import shutil
from importlib import import_module
from pathlib import Path

import pytest
from distributed import LocalCluster
from test_report import MOFCOM, TASS, XINHUA
from typer.testing import CliRunner

import claimcheck
from claimcheck import cli, report
from claimcheck.engine import BATCH_BYTES, Settings, run
from claimcheck.ingest import sources
from claimcheck.report import ClaimsTable, json_text, table_rows

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus three times over (in folders a, b, c), three short releases, and a file
    that is not text: more than one batch, so a pool of two really shares the work."""
    root = tmp_path_factory.mktemp("archive")
    for copy in "abc":
        shutil.copytree(DATA, root / copy)
    for name, text in [("press/mofcom.txt", MOFCOM), ("press/tass.md", TASS), ("press/xinhua.txt", XINHUA)]:
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "press" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert sum(p.stat().st_size for p in root.rglob("*")) > BATCH_BYTES
    return root


@pytest.fixture(scope="module")
def serial(archive: Path) -> claimcheck.Corpus:
    return claimcheck.load(archive, jobs=1)


def snapshot(corpus: claimcheck.Corpus) -> list[tuple]:
    """Everything extraction produced, in the order the corpus holds it."""
    return [(d.id, d.path, d.published, d.skipped) for d in corpus.documents] + corpus.claim_list


def test_a_pool_of_two_gives_what_one_process_gives(archive: Path, serial: claimcheck.Corpus) -> None:
    pooled = claimcheck.load(archive, jobs=2)
    assert snapshot(pooled) == snapshot(serial)
    assert json_text(pooled) == json_text(serial)


def test_documents_come_in_path_order_with_the_bad_file_in_its_place(serial: claimcheck.Corpus) -> None:
    paths = [d.path for d in serial.documents]
    assert paths == sorted(paths)
    (photo,) = serial.skipped
    assert photo.id == "press/photo.txt" and photo.skipped.startswith("E003")
    assert {d.id.split("/")[0] for d in serial.read} == {"a", "b", "c", "press"}


def test_copies_of_a_document_give_the_same_claims_under_their_own_ids(serial: claimcheck.Corpus) -> None:
    def claims_of(folder: str) -> list[tuple]:
        return [(c.id.split("/", 1)[1], c.text, c.quantity, c.period) for c in serial.claim_list
                if c.doc.startswith(folder + "/")]

    assert claims_of("a") == claims_of("b") == claims_of("c") != []


def test_the_report_is_the_same_bytes_whatever_the_jobs(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(archive)
    one, two = (CliRunner().invoke(cli.app, ["report", ".", "--format", "json", "--jobs", jobs])
                for jobs in ("1", "2"))
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_an_engine_yields_each_source_once_in_order(archive: Path) -> None:
    readable, _ = sources(archive)
    results = list(run(readable, Settings(keep_text=False), jobs=2))
    assert [r.document.id for r in results] == [s.id for s in readable]
    assert all(r.document.text == "" for r in results)  # reports never need the text back


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_the_claims_table_is_the_same_bytes_whatever_the_jobs(
        archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    """Workers send rows, not Claims; the table is what the Claims give, batch boundaries and all."""
    monkeypatch.setattr(report, "FLUSH_ROWS", 7)  # CSV cells are typed batch by batch, as pandas does
    monkeypatch.chdir(archive)
    written = {}
    for jobs in ("1", "2"):
        result = CliRunner().invoke(cli.app, ["extract", ".", "-o", str(tmp_path / f"{jobs}{suffix}"), "--jobs", jobs])
        assert result.exit_code == 0, result.output
        written[jobs] = (tmp_path / f"{jobs}{suffix}").read_bytes()
    with ClaimsTable(tmp_path / f"claims{suffix}") as table:
        for result in claimcheck.extract_documents(".", keep_text=False, stories=False, jobs=1):
            table.add_document(result.document, result.claims)
    assert written["1"] == written["2"] == (tmp_path / f"claims{suffix}").read_bytes()


def test_a_pool_sends_each_documents_claims_as_table_rows(archive: Path, serial: claimcheck.Corpus) -> None:
    readable, _ = sources(archive)
    tabulate = ClaimsTable("-").tabulate
    results = list(run(readable, Settings(keep_text=False, stories=False, tabulate=tabulate), jobs=2))
    assert all(r.claims == [] for r in results)
    assert sum(r.found for r in results) == len(serial.claim_list) > 100
    for result in (r for r in results if r.document.skipped is None):
        claims = [c for c in serial.claim_list if c.doc == result.document.id]
        assert result.rows == table_rows(serial.document(result.document.id), claims, suffix=".csv")


class Tally:
    """A monitor that counts what it is told."""

    def __init__(self) -> None:
        self.total: int | None = None
        self.documents = 0
        self.claims = 0

    def start(self, total: int) -> None:
        self.total = total

    def advance(self, result) -> None:
        self.documents += 1
        self.claims += result.found


def test_the_monitor_hears_of_every_document(archive: Path, serial: claimcheck.Corpus) -> None:
    tally = Tally()
    claimcheck.load(archive, jobs=2, monitor=tally)
    readable = len(sources(archive)[0])
    assert (tally.total, tally.documents, tally.claims) == (readable, readable, len(serial.claim_list))


class Finishing(Tally):
    """A monitor that also hears when the last document is done, and what was done by then."""

    def finish(self) -> None:
        self.finished_after = self.documents


def test_a_monitor_that_can_finish_is_told_after_the_last_document(archive: Path) -> None:
    finishing = Finishing()
    claimcheck.load(archive, jobs=1, monitor=finishing)  # grouping comes after: no display thread then
    assert finishing.finished_after == finishing.total == len(sources(archive)[0])


@pytest.mark.parametrize("jobs", [0, -2])
def test_jobs_below_one_are_a_usage_error(archive: Path, jobs: int) -> None:
    result = CliRunner().invoke(cli.app, ["check", str(archive), "--jobs", str(jobs)])
    assert result.exit_code == 2
    assert f"E016 --jobs must be 1 or more (the number of worker processes); got {jobs}." in result.stderr


def test_a_document_whose_extraction_fails_is_skipped_and_the_run_goes_on(
        archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extraction = import_module("claimcheck.extract")  # the module: `claimcheck.extract` is the function
    real = extraction.extract_claims

    def fails_on_tass(document, **options):
        if "TASS" in document.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(document, **options)

    monkeypatch.setattr(extraction, "extract_claims", fails_on_tass)
    corpus = claimcheck.load(archive / "press", jobs=1)
    assert [d.skipped for d in corpus.skipped if d.id == "tass.md"] == [
        "E007 " + str(archive / "press" / "tass.md") + ": claims could not be extracted (RecursionError: maximum "
        "recursion depth exceeded); the file was skipped. Please report this with the file attached."]
    assert {c.doc for c in corpus.claim_list} == {"mofcom.txt", "xinhua.txt"}


def test_a_sentence_whose_reading_fails_costs_its_claims_not_the_document(
        archive: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """One sentence claimcheck cannot read (a bug in a rule) leaves the rest of its report read,
    and the report, the JSON and stderr say which sentence is missing and why."""
    extraction = import_module("claimcheck.extract")
    real = extraction._sentence_claims

    def fails_on_one_sentence(document, context, sentence, offset):
        if "5000m" in sentence:
            raise IndexError("list index out of range")
        return real(document, context, sentence, offset)

    monkeypatch.setattr(extraction, "_sentence_claims", fails_on_one_sentence)
    (tmp_path / "meet.txt").write_text(
        "Haugland breaks the world record in Oslo\n\nSondre Haugland ran 45.88 seconds on Thursday, and "
        "17,000 fans saw it.\n\nWanjiru set a world lead in the women's 5000m.\n\nThe meeting drew 15,000 fans "
        "last year.\n", encoding="utf-8")
    corpus = claimcheck.load(tmp_path, jobs=1)
    [document] = corpus.read
    assert document.unread == [
        f"E008 {tmp_path / 'meet.txt'}:5: a sentence could not be read (IndexError: list index out of range); its "
        "claims are missing, the rest of the file was read. Please report this with the file attached."]
    assert {c.text for c in corpus.claim_list} >= {"17,000 fans", "15,000 fans"}
    assert report.to_json(corpus)["documents"][0]["unread"] == document.unread
    assert "- Sentences not read: 1" in report.to_markdown(corpus)
    for command in (["report", str(tmp_path), "-o", str(tmp_path / "r.md")], ["extract", str(tmp_path), "-o", "-"],
                    ["index", str(tmp_path), "--store", str(tmp_path / ".claimcheck")]):
        result = CliRunner().invoke(cli.app, [*command, "--quiet"])
        assert result.exit_code == 0 and "E008" in result.stderr, command


# --- Dask last: its threads outlive the cluster, and pools fork best without threads -------------


def test_dask_on_a_two_worker_cluster_gives_the_same_claims_table(archive: Path, serial: claimcheck.Corpus) -> None:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        on_dask = claimcheck.load(archive, engine="dask", scheduler=cluster.scheduler_address)
    assert snapshot(on_dask) == snapshot(serial)
    assert on_dask.claims.equals(serial.claims)


def test_dask_sends_the_table_rows_one_process_makes(archive: Path) -> None:
    readable, _ = sources(archive)
    settings = Settings(keep_text=False, stories=False, tabulate=ClaimsTable("claims.jsonl").tabulate)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        on_dask = list(run(readable, settings, engine="dask", scheduler=cluster.scheduler_address))
    at_home = list(run(readable, settings, jobs=1))
    assert [(r.document.id, r.rows) for r in on_dask] == [(r.document.id, r.rows) for r in at_home]
    assert sum(r.found for r in at_home) > 100


def test_a_scheduler_address_that_is_not_one_is_a_usage_error(archive: Path) -> None:
    result = CliRunner().invoke(cli.app, ["check", str(archive / "press"), "--engine", "dask",
                                          "--scheduler", "udp://localhost:8786"])
    assert result.exit_code == 2
    assert "E018 cannot reach the Dask scheduler at udp://localhost:8786 (unknown address scheme" in result.stderr
