"""The `claimcheck` command: report, extract and check, each a thin face over `load` and `report`.

Data goes to standard output (or the -o file); notes on skipped files and progress go to
standard error. Exit codes: 0 clean, 1 conflicts found (`check`), 2 usage or configuration error.
Settings come from [tool.claimcheck] of the nearest pyproject.toml, flags overriding them.
"""

from __future__ import annotations

import gc
import os
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .baseline import DEFAULT_BASELINE, write_baseline
from .ci import append_step_summary, github_text, sarif_text
from .config import Settings, configured
from .corpus import Corpus, check_tolerance, extract_documents, load
from .corpus import extract as extract_text
from .engine import Engine
from .errors import ClaimcheckError, ConfigurationError, InputError, Msg, OutputError
from .ingest import display_path
from .manifest import SourcesIndexWarning
from .model import Document
from .progress import progress_bar
from .report import (
    claims_writer,
    counted,
    format_check,
    index_line,
    json_text,
    skip_note,
    summary_line,
    to_markdown,
    tool_version,
)
from .server import DEFAULT_IDLE, SOCKET
from .server import serve as run_server
from .server import stop as stop_server
from .store import DEFAULT_STORE, pipeline_stamp
from .store import index as index_store


class _Command(typer.Typer):
    """The app, run as the `claimcheck` command (or `python -m claimcheck`)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # What start-up imported (modules, word tables, compiled patterns) lives as long as the
        # process: frozen, the cycle collector's passes skip it (about 0.15 s of CPU in a command
        # that extracts), and so do those of the workers forked from this process.
        gc.freeze()
        return super().__call__(*args, **kwargs)


app = _Command(
    name="claimcheck",
    help=(
        "Find the numbers and dates that your documents state differently.\n\n"
        "claimcheck reads press releases, articles and reports, picks out every figure and date "
        "(\"trade reached $227.9 billion in 2025\"), lines up the ones that state the same fact "
        "in different documents, and tells you where they disagree, citing each source as "
        "path:line:col."
    ),
    no_args_is_help=True,
    add_completion=False,
)


class ReportFormat(str, Enum):
    """What `report` writes: a Markdown report to read, or JSON for other tools."""

    markdown = "markdown"
    json = "json"


class CheckFormat(str, Enum):
    """What `check` prints: lines to read, GitHub Actions annotations, or a SARIF log."""

    text = "text"
    github = "github"
    sarif = "sarif"


RENDERERS = {ReportFormat.markdown: to_markdown, ReportFormat.json: json_text}
CHECK_RENDERERS = {
    CheckFormat.text: format_check,
    CheckFormat.github: github_text,
    CheckFormat.sarif: sarif_text,
}


def parse_published(value: str) -> date:
    """A --published value as a date; E010 when it is not YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(str(ConfigurationError(Msg.E010, value=value))) from None


def show_version(value: bool) -> None:
    """Print the version and stop, for --version."""
    if value:
        typer.echo(f"claimcheck {tool_version()}")
        raise typer.Exit()


Paths = Annotated[
    Optional[list[Path]],
    typer.Argument(
        help="Files or folders to read (.txt, .md, .html). Folders are read with everything in them. "
        "Default: paths in [tool.claimcheck] of pyproject.toml.",
        metavar="PATH",
        show_default=False,
    ),
]
Published = Annotated[
    Optional[date],
    typer.Option(
        "--published",
        parser=parse_published,
        metavar="YYYY-MM-DD",
        help=(
            "Publication date for every document read, overriding the dates the documents "
            "show; it anchors \"last year\" or \"on Tuesday\"."
        ),
    ),
]
SpacyModel = Annotated[
    Optional[str],
    typer.Option(
        "--spacy-model",
        metavar="NAME",
        help=(
            "An installed trained spaCy pipeline (e.g. en_core_web_sm) to split sentences with. "
            "By default claimcheck needs none: it uses spacy.blank(\"en\") and its own rules."
        ),
    ),
]
Tolerance = Annotated[
    Optional[float],
    typer.Option(
        "--tolerance",
        help=(
            "How far apart two figures may be and still agree, as a share of the value: "
            "0.01 lets $100 million and $101 million agree. 0 (the default) allows only rounding."
        ),
        show_default=False,
    ),
]
Facts = Annotated[
    Optional[Path],
    typer.Option(
        "--facts",
        metavar="FILE",
        help="A fact sheet (TOML) of verified figures: claims that state one are checked against it.",
    ),
]
SourcesFile = Annotated[
    Optional[Path],
    typer.Option(
        "--sources",
        metavar="FILE",
        help="A sources index listing the documents with their publication dates or URLs "
        "(Markdown, text, CSV, TSV, JSON or JSON Lines). Default: a file named sources, metadata, "
        "manifest or index beside the documents or just above the paths.",
    ),
]
BaselineFile = Annotated[
    Optional[Path],
    typer.Option(
        "--baseline",
        metavar="FILE",
        help="A baseline (TOML) of accepted conflicts: they are listed apart and do not fail the check.",
    ),
]


Jobs = Annotated[
    Optional[int],
    typer.Option(
        "--jobs", "-j",
        help="Worker processes to extract with (default: all cores). Output is the same whatever the number.",
        show_default=False,
    ),
]
EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine",
        case_sensitive=False,
        help="local: --jobs processes on this machine. dask: a Dask cluster (--scheduler), or a local one.",
    ),
]
Scheduler = Annotated[
    Optional[str],
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Address of a Dask scheduler (tcp://host:8786) for --engine dask; without it, a "
        "LocalCluster of --jobs workers. The workers must see the files at the same paths.",
    ),
]
Quiet = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q",
        help="No progress bar. (It shows only on a terminal, and never when CI is set.)",
    ),
]
StorePath = Annotated[
    Path,
    typer.Option("--store", metavar="DIR", help="Folder of the claims store."),
]


@dataclass(frozen=True)
class Workers:
    """Where extraction runs, and whether a progress bar shows: options every command shares."""

    jobs: int | None = None
    engine: Engine = Engine.local
    scheduler: str | None = None
    quiet: bool = False

    def options(self) -> dict[str, object]:
        """Keyword arguments for `load`, `extract_documents` and `index`."""
        return {"jobs": self.jobs, "engine": self.engine, "scheduler": self.scheduler}


@contextmanager
def exit_2_on_error() -> Iterator[None]:
    """Turn a claimcheck error or a failed file write into a message on stderr and exit code 2."""
    try:
        yield
    except ClaimcheckError as error:
        typer.echo(f"claimcheck: {error}", err=True)
        raise typer.Exit(2) from error


def read_corpus(settings: Settings, workers: Workers = Workers(), against: Path | None = None) -> Corpus:
    """Load the documents, note each skipped one on stderr, and stop when none could be read."""
    paths = settings.inputs()
    with progress_bar(quiet=workers.quiet) as monitor:
        corpus = load(paths, **settings.options(), monitor=monitor, against=against,  # type: ignore[arg-type]
                      **workers.options())
    note_skipped(corpus.skipped)
    note_unread(corpus.read)
    if not corpus.read:
        raise InputError(Msg.E013, paths=", ".join(str(p) for p in paths or settings.paths))
    return corpus


def note_skipped(documents: list[Document]) -> None:
    """One line on stderr for each document that could not be read."""
    for document in documents:
        typer.echo(f"claimcheck: skipped {skip_note(document)}", err=True)


def note_unread(documents: list[Document]) -> None:
    """One line on stderr for each sentence of a document read in part."""
    for document in documents:
        for note in document.unread:
            typer.echo(f"claimcheck: {note}", err=True)


def write_text(text: str, output: Path) -> None:
    """Write text to the output file, or to stdout for '-'."""
    if str(output) == "-":
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise OutputError(Msg.E014, path=output, reason=error.strerror or error) from error


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=show_version, is_eager=True,
                     help="Show the claimcheck version and exit."),
    ] = False,
) -> None:
    """Find the numbers and dates that your documents state differently."""
    warnings.showwarning = _show_warning


PYTHON_SHOWWARNING = warnings.showwarning


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:  # type: ignore[no-untyped-def]
    """A sources index warning as a note on stderr; other warnings as Python shows them."""
    if issubclass(category, SourcesIndexWarning):
        typer.echo(f"claimcheck: {message}", err=True)
    else:
        PYTHON_SHOWWARNING(message, category, filename, lineno, file, line)


@app.command()
def report(
    paths: Paths = None,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="File to write the report to; - prints it here."),
    ] = Path("-"),
    output_format: Annotated[
        Optional[ReportFormat],
        typer.Option(
            "--format",
            case_sensitive=False,
            help="markdown (a report to read) or json (for other tools). "
            "Default: json when --output ends in .json, markdown otherwise.",
            show_default=False,
        ),
    ] = None,
    published: Published = None,
    tolerance: Tolerance = None,
    spacy_model: SpacyModel = None,
    sources: SourcesFile = None,
    facts: Facts = None,
    baseline: BaselineFile = None,
    jobs: Jobs = None,
    engine: EngineOption = Engine.local,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Write a discrepancy report: every fact two or more documents state, conflicts first."""
    by_suffix = ReportFormat.json if output.suffix.lower() == ".json" else ReportFormat.markdown
    chosen = output_format or by_suffix
    with exit_2_on_error():
        settings = configured(Path.cwd(), paths=paths, published=published, tolerance=tolerance,
                              spacy_model=spacy_model, sources=sources, facts=facts, baseline=baseline)
        corpus = read_corpus(settings, Workers(jobs, engine, scheduler, quiet))
        write_text(RENDERERS[chosen](corpus), output)
    typer.echo(f"claimcheck: {summary_line(corpus)}", err=True)


@app.command()
def extract(
    paths: Paths = None,
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o",
            help="Table of claims to write: .csv, .jsonl or .parquet; - prints CSV here.",
        ),
    ] = Path("-"),
    published: Published = None,
    tolerance: Tolerance = None,
    spacy_model: SpacyModel = None,
    sources: SourcesFile = None,
    jobs: Jobs = None,
    engine: EngineOption = Engine.local,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """List every figure and date found, one row per claim, written as each document is done.

    Each document is read on its own: a report that carries no date keeps "on Sunday" unresolved
    here, where `report` and `check` date it from the rest of the corpus."""
    workers = Workers(jobs, engine, scheduler, quiet)
    read = claims = 0
    skipped: list[Document] = []
    with exit_2_on_error():
        settings = configured(Path.cwd(), paths=paths, published=published, tolerance=tolerance,
                              spacy_model=spacy_model, sources=sources)
        check_tolerance(settings.tolerance)
        inputs = settings.inputs()
        with claims_writer(output) as table:
            with progress_bar(quiet=quiet) as monitor:
                for result in extract_documents(inputs, published=settings.published, spacy_model=settings.spacy_model,
                                                sources_index=settings.sources, keep_text=False, stories=False,
                                                tabulate=table.tabulate, monitor=monitor, **workers.options()):
                    if result.document.skipped is not None:
                        skipped.append(result.document)
                        continue
                    table.add_rows(result.rows or [])
                    read, claims = read + 1, claims + result.found
                    note_unread([result.document])
            note_skipped(skipped)
            if not read:
                raise InputError(Msg.E013, paths=", ".join(str(p) for p in inputs))
    typer.echo(f"claimcheck: {counted(claims, 'claim')} in {counted(read, 'document')}", err=True)


@app.command()
def check(
    paths: Paths = None,
    published: Published = None,
    tolerance: Tolerance = None,
    spacy_model: SpacyModel = None,
    sources: SourcesFile = None,
    facts: Facts = None,
    baseline: BaselineFile = None,
    output_format: Annotated[
        CheckFormat,
        typer.Option("--format", case_sensitive=False,
                     help="text (lines to read), github (Actions annotations) or sarif (SARIF 2.1.0)."),
    ] = CheckFormat.text,
    sarif: Annotated[
        Optional[Path],
        typer.Option("--sarif", metavar="FILE", help="Also write the conflicts as SARIF 2.1.0 to FILE."),
    ] = None,
    accept_all: Annotated[
        bool,
        typer.Option("--write-baseline",
                     help="Accept every conflict found now: write them to the baseline file and exit 0."),
    ] = False,
    against: Annotated[
        Optional[Path],
        typer.Option(
            "--against",
            metavar="STORE",
            help="A claims store built by `claimcheck index` (e.g. .claimcheck/): check PATHS "
            "against the archive in it instead of against each other.",
        ),
    ] = None,
    jobs: Jobs = None,
    engine: EngineOption = Engine.local,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Print each conflict as path:line:col; exit 1 when there are new ones, 0 when there are none.

    With $GITHUB_STEP_SUMMARY set, the Markdown summary is appended to that file too.
    """
    with exit_2_on_error():
        settings = configured(Path.cwd(), paths=paths, published=published, tolerance=tolerance,
                              spacy_model=spacy_model, sources=sources, facts=facts, baseline=baseline)
        workers = Workers(jobs, engine, scheduler, quiet)
        if accept_all:
            target = settings.baseline or settings.root / DEFAULT_BASELINE
            corpus = read_corpus(replace(settings, baseline=None), workers, against)
            accepted = write_baseline(corpus, target)
            typer.echo(f"claimcheck: {display_path(target)}: {counted(accepted, 'accepted conflict')}", err=True)
            raise typer.Exit(0)
        corpus = read_corpus(settings, workers, against)
        typer.echo(CHECK_RENDERERS[output_format](corpus), nl=False)
        if sarif is not None:
            write_text(sarif_text(corpus), sarif)
        if os.environ.get("GITHUB_STEP_SUMMARY"):
            append_step_summary(corpus, os.environ["GITHUB_STEP_SUMMARY"])
        for entry in corpus.baseline.unused(corpus.findings, corpus.path_of) if corpus.baseline else []:
            typer.echo(f"claimcheck: {corpus.baseline.shown}:{entry.line}: {entry.fact}: this accepted "
                       "conflict is no longer found; remove the entry or run --write-baseline", err=True)
    raise typer.Exit(1 if corpus.conflicts else 0)


@app.command()
def index(
    paths: Paths,
    store: StorePath = DEFAULT_STORE,
    published: Published = None,
    spacy_model: SpacyModel = None,
    jobs: Jobs = None,
    engine: EngineOption = Engine.local,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
    watch: Annotated[Optional[float], typer.Option(
        "--watch", metavar="SECONDS", min=0.1,
        help="Keep running and index again every SECONDS, until Ctrl-C: the archive stays current, and a "
             "changed file is read with the pipeline already loaded (a fraction of a second, not a start-up).",
    )] = None,
) -> None:
    """Keep the claims of an archive in a store (.claimcheck/), extracting only new and changed files."""
    while True:
        with exit_2_on_error(), progress_bar(quiet=quiet) as monitor:
            summary = index_store(paths, store=store, published=published, spacy_model=spacy_model,
                                  monitor=monitor, **Workers(jobs, engine, scheduler, quiet).options())
        note_skipped(summary.skipped)
        note_unread(summary.partly_read)
        typer.echo(f"claimcheck: {index_line(summary, store)}", err=True)
        if watch is None:
            return
        try:
            time.sleep(watch)
        except KeyboardInterrupt:
            return


@app.command()
def serve(
    store: StorePath = DEFAULT_STORE,
    idle: Annotated[float, typer.Option(
        "--idle", metavar="SECONDS", min=1,
        help="Stop after this many seconds without a command.",
    )] = DEFAULT_IDLE,
    stop: Annotated[bool, typer.Option("--stop", help="Stop the server of this store instead.")] = False,
) -> None:
    """Keep the pipeline loaded for a store: `index` and `check --against` commands for it run in
    this server, in a fraction of a second instead of a start-up. Runs until Ctrl-C or --idle."""
    if stop:
        if not stop_server(store):
            typer.echo(f"claimcheck: no server answers for {store}", err=True)
            raise typer.Exit(1)
        typer.echo(f"claimcheck: the server for {store} has stopped", err=True)
        return
    extract_text("Trade rose 3.5% to $1.2 billion in 2025; nine people were killed on Monday.")  # load it all now

    def announce() -> None:
        typer.echo(f"claimcheck: serving {store} at {store / SOCKET} (Ctrl-C to stop)", err=True)

    try:
        run_server(store, lambda argv: app(args=argv, prog_name="claimcheck"), idle=idle,
                   stamp=pipeline_stamp.__wrapped__, ready=announce)
    except RuntimeError as error:
        typer.echo(f"claimcheck: {error}; stop it with `claimcheck serve --stop --store {store}`", err=True)
        raise typer.Exit(2) from error
