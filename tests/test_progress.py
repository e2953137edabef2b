"""The progress bar: documents, claims, rate and time left on a terminal; nothing in CI, in a
pipe or with --quiet."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import claimcheck
from claimcheck import cli
from claimcheck.progress import ProgressBar, wanted

DATA = Path(__file__).resolve().parent.parent / "data"


class Terminal(io.StringIO):
    """Standard error as a terminal would be."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal, ci, quiet, shown", [
    (True, None, False, True),
    (True, None, True, False),
    (True, "true", False, False),
    (False, None, False, False),
])
def test_progress_shows_only_to_someone_watching(monkeypatch: pytest.MonkeyPatch, terminal: bool,
                                                 ci: str | None, quiet: bool, shown: bool) -> None:
    monkeypatch.setattr(sys, "stderr", Terminal() if terminal else io.StringIO())
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert wanted(quiet=quiet) is shown


def test_the_bar_counts_documents_and_claims() -> None:
    screen = io.StringIO()
    bar = ProgressBar(Console(file=screen, force_terminal=True, width=160))
    corpus = claimcheck.load(DATA, monitor=bar, jobs=1)
    bar.finish()
    last = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue()).split("\r")[-2]
    assert re.fullmatch(rf"extracting ━+ 5/5 documents · {len(corpus.claim_list)} claims · [\d.]+ "
                        r"documents/s · ETA 0:00:00\n?", last), last


def test_a_run_in_a_pipe_writes_no_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DATA.parent)
    result = CliRunner().invoke(cli.app, ["check", "data", "--jobs", "1"])
    assert result.stderr == ""
