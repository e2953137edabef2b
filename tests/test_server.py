"""The warm server: `claimcheck serve` answers `index` and `check --against` for its store exactly
as the commands would answer themselves; a command without a live server (none started, one
killed, one running older code) does the work itself."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_report import MOFCOM, TASS, XINHUA
from test_store import DRAFT_CONFLICT

from claimcheck import server

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "1"}


def claimcheck(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the `claimcheck` command as a user would, in a fresh process."""
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=cwd, env=env or ENV,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """An archive of five releases and three wire stories, and a draft that contradicts it."""
    shutil.copytree(DATA, tmp_path / "archive" / "releases")
    (tmp_path / "archive" / "wires").mkdir()
    for name, text in [("mofcom.txt", MOFCOM), ("tass.md", TASS), ("xinhua.txt", XINHUA)]:
        (tmp_path / "archive" / "wires" / name).write_text(text, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(DRAFT_CONFLICT, encoding="utf-8")
    return tmp_path


@pytest.fixture
def serving(newsroom: Path) -> Iterator[subprocess.Popen[str]]:
    """`claimcheck serve` running for the newsroom's store, stopped (and its log read) afterwards."""
    process = subprocess.Popen([sys.executable, "-m", "claimcheck", "serve", "--idle", "300"], cwd=newsroom,
                               env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    socket_file = newsroom / ".claimcheck" / server.SOCKET
    deadline = time.monotonic() + 120
    while not socket_file.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the server did not start in 120 s"
        time.sleep(0.05)
    yield process
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)


def served_log(process: subprocess.Popen[str]) -> str:
    """What the server wrote to its log, once it has stopped."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    return process.communicate(timeout=60)[1]


def test_served_commands_answer_exactly_as_commands_that_run_alone(newsroom: Path, tmp_path_factory) -> None:
    alone = tmp_path_factory.mktemp("alone")
    shutil.copytree(newsroom, alone, dirs_exist_ok=True)
    expected = [claimcheck(alone, "index", "archive"), claimcheck(alone, "check", "draft.txt", "--against", ".claimcheck")]

    process = subprocess.Popen([sys.executable, "-m", "claimcheck", "serve"], cwd=newsroom, env=ENV,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while not (newsroom / ".claimcheck" / server.SOCKET).exists():
            assert process.poll() is None, process.communicate()
            time.sleep(0.05)
        got = [claimcheck(newsroom, "index", "archive"), claimcheck(newsroom, "check", "draft.txt", "--against", ".claimcheck")]
    finally:
        log = served_log(process)

    assert [(r.returncode, r.stdout, r.stderr) for r in got] == [(r.returncode, r.stdout, r.stderr) for r in expected]
    assert got[1].returncode == 1 and "$231.0 billion" in got[1].stdout  # the draft's conflict, cited
    assert "served `index archive`" in log and "served `check draft.txt --against .claimcheck`" in log
    assert not (newsroom / ".claimcheck" / server.SOCKET).exists(), "a stopped server removes its socket"


def test_a_served_index_reads_only_the_changed_file(newsroom: Path, serving: subprocess.Popen[str]) -> None:
    assert claimcheck(newsroom, "index", "archive").returncode == 0
    wire = newsroom / "archive" / "wires" / "tass.md"
    wire.write_text(wire.read_text(encoding="utf-8") + "\nExports rose 3.5% in 2025.\n", encoding="utf-8")
    again = claimcheck(newsroom, "index", "archive")
    assert again.returncode == 0
    assert "8 documents in .claimcheck (1 extracted, 7 unchanged, 0 removed)" in again.stderr
    assert served_log(serving).count("served `index archive`") == 2


def test_a_served_check_writes_the_step_summary_the_client_asked_for(newsroom: Path, serving) -> None:
    claimcheck(newsroom, "index", "archive")
    summary = newsroom / "summary.md"
    result = claimcheck(newsroom, "check", "draft.txt", "--against", ".claimcheck",
                        env={**ENV, "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1
    assert "$231.0 billion" in summary.read_text(encoding="utf-8")
    assert "GITHUB_STEP_SUMMARY" not in os.environ


def test_a_second_server_for_one_store_is_refused(newsroom: Path, serving) -> None:
    second = claimcheck(newsroom, "serve")
    assert second.returncode == 2
    assert "a claimcheck server already serves this store" in second.stderr
    assert "claimcheck serve --stop" in second.stderr


def test_serve_stop_stops_the_server(newsroom: Path, serving: subprocess.Popen[str]) -> None:
    stopped = claimcheck(newsroom, "serve", "--stop")
    assert stopped.returncode == 0
    assert serving.wait(timeout=60) == 0
    assert claimcheck(newsroom, "serve", "--stop").returncode == 1  # nobody left to stop


def test_a_socket_left_by_a_killed_server_is_no_obstacle(newsroom: Path, serving: subprocess.Popen[str]) -> None:
    serving.send_signal(signal.SIGKILL)
    serving.wait(timeout=60)
    assert (newsroom / ".claimcheck" / server.SOCKET).exists()
    result = claimcheck(newsroom, "index", "archive")
    assert result.returncode == 0 and "8 extracted" in result.stderr  # done here, not lost


def test_a_server_running_older_code_stops_and_the_command_runs_itself(tmp_path: Path, monkeypatch) -> None:
    stamps = iter(["2+aaaa", "2+bbbb"])  # the code changed on disk after the server started
    ran: list[list[str]] = []
    thread = threading.Thread(target=server.serve, args=(tmp_path, ran.append),
                              kwargs={"stamp": lambda: next(stamps), "idle": 60})
    thread.start()
    while not (tmp_path / server.SOCKET).exists():
        time.sleep(0.01)
    assert server.delegate(["index", "archive", "--store", str(tmp_path)]) is None
    thread.join(timeout=60)
    assert not thread.is_alive() and ran == []
    assert not (tmp_path / server.SOCKET).exists()


@pytest.mark.parametrize(("argv", "store"), [
    (["index", "archive"], ".claimcheck"),
    (["index", "archive", "--store", "desk/.store"], "desk/.store"),
    (["index", "archive", "--store=desk/.store", "--jobs", "2"], "desk/.store"),
    (["index", "archive", "--watch", "60"], None),  # a loop that never ends stays in its own process
    (["check", "draft.txt", "--against", "archive/.claimcheck"], "archive/.claimcheck"),
    (["check", "draft.txt"], None),  # no store to serve it
    (["check", "-", "--against", ".claimcheck"], None),  # standard input is the client's
    (["report", "archive"], None),
    (["index", "--help"], None),
    ([], None),
])
def test_only_commands_on_a_store_are_handed_to_its_server(argv: list[str], store: str | None) -> None:
    assert server.served_store(argv) == (Path(store) if store else None)


def test_the_command_entry_point_loads_no_grammar_and_no_spacy() -> None:
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", "import claimcheck.server"], env=ENV,
                         capture_output=True, text=True, check=True)
    loaded = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
    assert "claimcheck.server" in loaded
    assert not loaded & {"spacy", "typer", "claimcheck.extract", "claimcheck.numbers", "claimcheck.store"}


def test_every_public_name_still_loads_from_the_package() -> None:
    import claimcheck

    for name in claimcheck.__all__:
        assert getattr(claimcheck, name) is not None
    assert callable(claimcheck.extract) and claimcheck.extract.__module__ == "claimcheck.corpus"


def test_the_entry_point_looks_for_the_server_in_the_stores_default_folder() -> None:
    from claimcheck.store import DEFAULT_STORE

    assert server.served_store(["index", "archive"]) == DEFAULT_STORE
