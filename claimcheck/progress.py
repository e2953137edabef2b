"""The progress bar of long runs: documents done, claims found, rate and time left, on stderr.

It shows only where someone is watching: on a terminal, not in CI (the CI variable set), and
not with --quiet. It is an `engine.Monitor`, so every engine reports to it the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .engine import Extracted

if TYPE_CHECKING:  # rich loads when a bar is shown: a quiet or redirected run never pays its 30 ms
    from rich.console import Console
    from rich.progress import ProgressColumn


class ProgressBar:
    """A rich progress bar fed by an engine: `start(total)`, then `advance(result)` per document."""

    def __init__(self, console: Console | None = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.claims = 0
        self.progress = Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("documents · {task.fields[claims]} claims ·"),
            rate_column(),
            TextColumn("documents/s · ETA"),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
            transient=True,
        )
        self.task = self.progress.add_task("extract", total=None, claims=0, start=False)

    def start(self, total: int) -> None:
        self.progress.update(self.task, total=total)
        self.progress.start_task(self.task)
        self.progress.start()

    def advance(self, result: Extracted) -> None:
        self.claims += result.found
        self.progress.update(self.task, advance=1, claims=self.claims)

    def finish(self) -> None:
        """Every document is done, or the run ends: the bar goes, and its display thread stops."""
        self.progress.stop()


def rate_column() -> ProgressColumn:
    """A column of documents per second, once there is a rate to show."""
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:.1f}" if task.speed else "–", style="progress.data.speed")

    return RateColumn()


def wanted(*, quiet: bool) -> bool:
    """Whether to show progress: on a terminal, outside CI, unless asked to be quiet."""
    return not quiet and sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def progress_bar(*, quiet: bool) -> Iterator[ProgressBar | None]:
    """A progress bar for the length of a run, or None where none is wanted."""
    if not wanted(quiet=quiet):
        yield None
        return
    bar = ProgressBar()
    try:
        yield bar
    finally:
        bar.finish()
