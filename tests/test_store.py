"""The claims store: claims read back as extracted, only changed files re-extracted, a store of
another version rebuilt and never read, a run killed mid-write leaving every finished document
complete, and new articles checked against the archive."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimcheck
from claimcheck import cli
from claimcheck import store as store_module
from claimcheck.store import STORE_FILE, Store, index, pipeline_stamp
from test_engine import Tally
from test_report import MOFCOM, TASS, XINHUA

DATA = Path(__file__).resolve().parent.parent / "data"
ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

DRAFT_CONFLICT = """Draft: China-Russia trade

Trade between China and Russia reached $231.0 billion in 2025, the customs office said.
"""
DRAFT_AGREES = """Draft: China-Russia trade

Bilateral trade between China and Russia reached about $228 billion in 2025, officials said.
"""


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom folder: an archive of five releases and three wire stories; cwd is the newsroom."""
    shutil.copytree(DATA, tmp_path / "archive" / "releases")
    for name, text in [("mofcom.txt", MOFCOM), ("tass.md", TASS), ("xinhua.txt", XINHUA)]:
        (tmp_path / "archive" / "wires").mkdir(parents=True, exist_ok=True)
        (tmp_path / "archive" / "wires" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def fresh(paths: list[Path] | Path, store: Store) -> dict[str, list[claimcheck.Claim]]:
    """Claims extracted now, with the ids the store gives documents."""
    return {r.document.id: r.claims for r in claimcheck.extract_documents(paths, root=store.root, jobs=1)}


def stored(store: Store) -> dict[str, list[claimcheck.Claim]]:
    return {d.id: store.claims(d.id) for d in store.documents()}


def by_position(claims: list[claimcheck.Claim]) -> list[claimcheck.Claim]:
    return sorted(claims, key=lambda c: (c.span.start, c.span.end, c.id))


# --- what is stored ----------------------------------------------------------------------------


def test_stored_claims_read_back_exactly_as_extracted(newsroom: Path) -> None:
    summary = index(["archive"], jobs=1)
    assert (summary.documents, summary.extracted, summary.reused, summary.removed) == (8, 8, 0, 0)
    with Store.open() as store:
        now = fresh(newsroom / "archive", store)
        assert {doc: by_position(claims) for doc, claims in now.items()} == stored(store)
        assert store.counts() == (8, sum(map(len, now.values()))) == (8, summary.claims)
        assert store.documents(["archive/wires/tass.md"])[0].path == "archive/wires/tass.md"


def test_ids_are_paths_from_the_folder_that_holds_the_store(newsroom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index(["archive/wires"], jobs=1)
    monkeypatch.chdir(newsroom / "archive")
    with Store.open(newsroom / ".claimcheck") as store:
        assert [d.id for d in store.documents()] == [
            "archive/wires/mofcom.txt", "archive/wires/tass.md", "archive/wires/xinhua.txt"]
        assert store.documents()[0].path == "wires/mofcom.txt"  # shown from where we stand


# --- incremental -------------------------------------------------------------------------------


def test_only_the_changed_file_is_extracted_again(newsroom: Path) -> None:
    index(["archive"], jobs=1)
    tass = newsroom / "archive" / "wires" / "tass.md"
    tass.write_text(TASS.replace("$228.1 billion", "$229.3 billion"), encoding="utf-8")
    heard = Tally()
    summary = index(["archive"], jobs=1, monitor=heard)
    assert (summary.extracted, summary.reused, heard.documents) == (1, 7, 1)
    with Store.open() as store:
        texts = [c.text for c in store.claims("archive/wires/tass.md")]
        assert "$229.3 billion" in texts and "$228.1 billion" not in texts
        assert stored(store) == {doc: by_position(c) for doc, c in fresh(newsroom / "archive", store).items()}


def test_an_unchanged_archive_is_not_read_again(newsroom: Path) -> None:
    index(["archive"], jobs=1)
    summary = index(["archive"], jobs=1)
    assert (summary.extracted, summary.reused) == (0, 8)


def test_new_files_are_added_and_deleted_ones_forgotten(newsroom: Path) -> None:
    index(["archive"], jobs=1)
    (newsroom / "archive" / "wires" / "xinhua.txt").unlink()
    (newsroom / "archive" / "wires" / "ria.txt").write_text(DRAFT_AGREES, encoding="utf-8")
    summary = index(["archive"], jobs=1)
    assert (summary.extracted, summary.reused, summary.removed) == (1, 7, 1)
    with Store.open() as store:
        ids = {d.id for d in store.documents()}
    assert "archive/wires/ria.txt" in ids and "archive/wires/xinhua.txt" not in ids


def test_indexing_one_folder_keeps_the_others(newsroom: Path) -> None:
    index(["archive/releases"], jobs=1)
    summary = index(["archive/wires"], jobs=1)
    assert (summary.extracted, summary.removed) == (3, 0)
    with Store.open() as store:
        assert store.counts()[0] == 8


def test_a_folder_named_like_the_start_of_another_forgets_only_its_own(newsroom: Path) -> None:
    index(["archive"], jobs=1)
    (newsroom / "archive" / "wire").mkdir()
    summary = index(["archive/wire"], jobs=1)
    assert (summary.documents, summary.removed) == (0, 0)
    with Store.open() as store:
        assert store.counts()[0] == 8


def test_another_publication_date_is_another_extraction(newsroom: Path) -> None:
    index(["archive/wires"], jobs=1)
    from datetime import date

    summary = index(["archive/wires"], jobs=1, published=date(2026, 3, 1))
    assert summary.extracted == 3


# --- versions ----------------------------------------------------------------------------------


def set_pipeline(store: Path, stamp: str) -> None:
    """Make the store look written by another pipeline."""
    with sqlite3.connect(store / STORE_FILE) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'pipeline'", (stamp,))


def test_a_store_from_another_version_is_rebuilt_by_index(newsroom: Path) -> None:
    index(["archive"], jobs=1)
    set_pipeline(newsroom / ".claimcheck", "0+older")
    summary = index(["archive"], jobs=1)
    assert (summary.rebuilt_from, summary.extracted, summary.reused) == ("0+older", 8, 0)
    with Store.open() as store:
        assert store.counts()[0] == 8


def test_a_store_from_another_version_is_never_read(newsroom: Path) -> None:
    index(["archive"], jobs=1)
    set_pipeline(newsroom / ".claimcheck", "0+older")
    (newsroom / "draft.txt").write_text(DRAFT_CONFLICT, encoding="utf-8")
    result = runner.invoke(cli.app, ["check", "draft.txt", "--against", ".claimcheck"])
    assert result.exit_code == 2
    assert (f"E021 .claimcheck: the claims store was written by another version of claimcheck "
            f"(pipeline 0+older, this is {pipeline_stamp()})") in result.stderr


def test_a_file_that_is_not_a_store_is_a_clear_error(newsroom: Path) -> None:
    (newsroom / ".claimcheck").mkdir()
    (newsroom / ".claimcheck" / STORE_FILE).write_bytes(b"not a database, just bytes" * 100)
    result = runner.invoke(cli.app, ["index", "archive"])
    assert result.exit_code == 2
    assert "E019 .claimcheck/claims.sqlite: not a claims store claimcheck can read" in result.stderr


def test_checking_against_a_missing_store_says_how_to_build_one(newsroom: Path) -> None:
    (newsroom / "draft.txt").write_text(DRAFT_CONFLICT, encoding="utf-8")
    result = runner.invoke(cli.app, ["check", "draft.txt", "--against", "nowhere"])
    assert result.exit_code == 2
    assert "E020 nowhere: no claims store here. Build one with `claimcheck index PATHS`" in result.stderr


def test_a_store_another_run_is_writing_to_is_a_clear_error(newsroom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index(["archive/wires"], jobs=1)
    (newsroom / "archive" / "wires" / "ria.txt").write_text(DRAFT_AGREES, encoding="utf-8")
    monkeypatch.setattr(store_module, "WAIT_SECONDS", 0.1)
    other = sqlite3.connect(newsroom / ".claimcheck" / STORE_FILE, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another run, mid-transaction
    try:
        result = runner.invoke(cli.app, ["index", "archive/wires", "--jobs", "1"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.exit_code == 2
    assert ("E022 .claimcheck/claims.sqlite: cannot write to the claims store (database is locked). Is another "
            "`claimcheck index` writing to it?") in result.stderr


# --- a run killed mid-write --------------------------------------------------------------------


def test_a_run_killed_mid_write_leaves_every_finished_document_complete(tmp_path: Path) -> None:
    for copy in range(24):
        shutil.copytree(DATA, tmp_path / "archive" / f"c{copy:02}")
    total = 24 * 5
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.Popen([sys.executable, "-m", "claimcheck", "index", "archive", "--jobs", "1", "--quiet"],
                           cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    finished = wait_for_documents(tmp_path / ".claimcheck" / STORE_FILE, at_least=3, run=run)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL and finished < total, "the run was killed mid-way"

    with Store.open(tmp_path / ".claimcheck") as store:
        assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        kept = stored(store)
        recorded = dict(store.connection.execute("SELECT id, claims FROM documents"))
        everything = fresh(tmp_path / "archive", store)
    assert len(kept) >= finished
    assert list(kept) == list(everything)[:len(kept)]  # the documents in order, up to the last finished
    for doc, claims in kept.items():
        assert claims == by_position(everything[doc]) and recorded[doc] == len(claims)

    summary = index([tmp_path / "archive" / "c00"], store=tmp_path / ".claimcheck", jobs=1)
    assert summary.reused == min(5, len(kept)) and summary.extracted == 5 - summary.reused


def wait_for_documents(database: Path, *, at_least: int, run: subprocess.Popen) -> int:
    """Poll the store until `at_least` documents are committed; the count then."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and run.poll() is None:
        if database.exists():
            try:
                with sqlite3.connect(database) as connection:
                    (count,) = connection.execute("SELECT COUNT(*) FROM documents").fetchone()
                if count >= at_least:
                    return count
            except sqlite3.OperationalError:
                pass  # the tables are being made
        time.sleep(0.01)
    raise AssertionError(f"the index run ended before {at_least} documents: {run.stderr.read().decode()}")


# --- checking a draft against the archive ------------------------------------------------------


def test_a_draft_that_contradicts_the_archive_is_flagged_with_both_sides(newsroom: Path) -> None:
    indexed = runner.invoke(cli.app, ["index", "archive", "--jobs", "1"])
    assert indexed.exit_code == 0
    with Store.open() as store:
        claims = store.counts()[1]
    assert indexed.stderr == (f"claimcheck: 8 documents in .claimcheck (8 extracted, 0 unchanged, 0 removed); "
                              f"{claims} claims stored\n")
    (newsroom / "draft.txt").write_text(DRAFT_CONFLICT, encoding="utf-8")
    result = runner.invoke(cli.app, ["check", "draft.txt", "--against", ".claimcheck/"])
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == [
        "draft.txt:3:40: conflict: trade · China–Russia · 2025: 227.9 billion USD vs 231 billion USD: "
        "the ranges their wording allows do not overlap (difference 3.1 billion USD, 1.3%); "
        "2 reports citing China's Ministry of Commerce vs 1 report citing the customs office",
        '    draft.txt:3:40: "$231.0 billion" (the customs office)',
        "        > Trade between China and Russia reached $231.0 billion in 2025, the customs office said.",
        '    archive/releases/000_d0a0407fd5319a54.txt:41:168: "$227.9 billion" (China’s Ministry of Commerce)',
        "        > According to the latest data from China’s Ministry of Commerce, bilateral trade reached "
        "$227.9 billion in 2025, surpassing the $200 billion mark for the third consecutive year.",
        '    archive/releases/002_9ef91ae4e8293daa.txt:13:121: "$228.1 billion" (official data)',
        "        > Official data shows that China-Russia trade reached $228.1 billion in 2025, exceeding "
        "$200 billion for three consecutive years.",
        '    archive/wires/mofcom.txt:3:76: "$227.9 billion" (China\'s Ministry of Commerce)',
        "        > Bilateral trade between China and Russia reached $227.9 billion in 2025, China's Ministry "
        "of Commerce said on Tuesday.",
        '    archive/wires/tass.md:3:75: "$228.1 billion" (Federal Customs Service)',
        "        > Trade turnover between Russia and China reached $228.1 billion in 2025, according to the "
        "Federal Customs Service.",
        "1 conflict, 0 agreements in 1 document (0 skipped)",
    ]


def test_a_draft_that_agrees_with_the_archive_passes(newsroom: Path) -> None:
    index(["archive/releases"], jobs=1)
    (newsroom / "draft.txt").write_text(DRAFT_AGREES, encoding="utf-8")
    corpus = claimcheck.load("draft.txt", against=".claimcheck", jobs=1)
    assert corpus.conflicts == []
    (agreement,) = [f for f in corpus.agreements if "draft.txt" in f.group.documents]
    assert sorted(c.text for c in agreement.group.claims) == ["$227.9 billion", "$228.1 billion", "about $228 billion"]
    assert agreement.reason == ('each of the 2 archived claims allows "about $228 billion"; '
                                'they differ among themselves')  # 227.9 vs 228.1 is the archive's own
    assert [d.id for d in corpus.documents] == ["draft.txt"]
    assert {d.id for d in corpus.archive} == set(agreement.group.documents) - {"draft.txt"}


def test_an_archived_article_is_not_checked_against_its_own_stored_copy(newsroom: Path) -> None:
    index(["archive/wires"], jobs=1)
    corpus = claimcheck.load("archive/wires/tass.md", against=".claimcheck", jobs=1)
    assert [d.id for d in corpus.documents] == ["archive/wires/tass.md"]
    assert all(len({c.doc for c in g.claims}) == len(g.documents) for g in corpus.groups)
    assert "archive/wires/tass.md" not in {d.id for d in corpus.archive}



def libraries_loaded(args: list[str], cwd: Path,
                     watched: frozenset[str] = frozenset({"spacy", "pandas", "pyarrow", "distributed", "dask"})
                     ) -> set[str]:
    """Which of the `watched` libraries (by default spaCy, pandas, pyarrow and Dask) a `claimcheck`
    command (a fresh process) imports, read from Python's import-time log."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "claimcheck", *args], cwd=cwd, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}
    return imported & watched


def test_commands_load_spacy_only_to_extract_and_never_the_table_or_cluster_libraries(newsroom: Path) -> None:
    index(["archive"], jobs=1)
    assert libraries_loaded(["index", "archive", "--quiet"], newsroom) == set()  # nothing changed
    with (newsroom / "archive" / "wires" / "xinhua.txt").open("a", encoding="utf-8") as wire:
        wire.write("\nExports rose 4.5% in January, customs said.\n")
    assert libraries_loaded(["index", "archive", "--quiet", "--jobs", "1"], newsroom) == {"spacy"}
    (newsroom / "draft.txt").write_text(DRAFT_AGREES, encoding="utf-8")
    assert libraries_loaded(["check", "draft.txt", "--against", ".claimcheck", "--jobs", "1"], newsroom) == {"spacy"}
    assert libraries_loaded(["--help"], newsroom) == set()
    # the claims table as CSV is written without pandas (report.write_csv_rows)
    assert libraries_loaded(["extract", "archive", "-o", "claims.csv", "--jobs", "1", "--quiet"], newsroom) == {"spacy"}


def test_an_index_with_nothing_changed_loads_no_library_that_only_extraction_needs(newsroom: Path) -> None:
    # start-up is most of a re-run's time: spaCy, numpy (clustering stories), ftfy, charset-normalizer
    # and dateutil (reading files) load only when a document is extracted or matched, rich only
    # when a progress bar shows
    index(["archive"], jobs=1)
    extraction = frozenset({"spacy", "numpy", "ftfy", "charset_normalizer", "dateutil", "rich"})
    assert libraries_loaded(["index", "archive", "--quiet"], newsroom, extraction) == set()


def test_the_number_grammar_compiles_on_first_use_not_on_import() -> None:
    probe = ("import claimcheck.cli, claimcheck.numbers as numbers; before = numbers._pattern.cache_info().currsize; "
             "numbers.find_numbers('5'); print(before, numbers._pattern.cache_info().currsize)")
    run = subprocess.run([sys.executable, "-c", probe], env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True,
                         capture_output=True, text=True)
    assert run.stdout.split() == ["0", "1"]


def test_index_watch_keeps_the_store_current_until_interrupted(newsroom: Path, monkeypatch) -> None:
    """`index --watch`: each round reads only what changed since the last; Ctrl-C ends it."""
    rounds: list[float] = []

    def sleep(seconds: float) -> None:
        rounds.append(seconds)
        if len(rounds) == 1:  # between the first and the second round, a wire story is corrected
            wire = newsroom / "archive" / "wires" / "tass.md"
            wire.write_text(wire.read_text(encoding="utf-8").replace("228.1", "229.4"), encoding="utf-8")
        elif len(rounds) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli.time, "sleep", sleep)
    result = runner.invoke(cli.app, ["index", "archive", "--watch", "5", "--jobs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("claimcheck: ")]
    assert rounds == [5, 5, 5] and len(lines) == 3
    assert "(8 extracted, 0 unchanged" in lines[0]
    assert "(1 extracted, 7 unchanged" in lines[1]
    assert "(0 extracted, 8 unchanged" in lines[2]
    with Store.open() as store:
        (wire,) = [d for d in store.documents() if d.id.endswith("tass.md")]
        assert any(c.quantity and c.quantity.value == 229.4e9 for c in store.claims(wire.id))
