"""Engines: read and extract many documents, in this process, on a pool of processes, or on a
Dask cluster.

Every engine yields one `Extracted` per source, in the order of the sources, whatever the number
of workers and whichever finishes first, so output never depends on how the work was shared.
Work is sent in batches of consecutive documents, and only a few batches per worker are in
flight at a time, so a run holds a bounded number of results however large the corpus is.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, Protocol

from .errors import ClaimcheckError, ConfigurationError, Msg
from .model import Claim, Document

if TYPE_CHECKING:
    from spacy.language import Language

    from .ingest import Source

BATCH_BYTES = 64_000  # a batch of documents is about this much text: enough to amortise sending it
DASK_CONNECT_TIMEOUT = "10s"  # how long to try to reach a Dask scheduler
BATCHES_PER_WORKER = 4  # batches in flight per worker: keeps workers busy, bounds what is held


class Engine(str, Enum):
    """Where extraction runs: `local` (this machine, --jobs processes) or `dask` (a cluster)."""

    local = "local"
    dask = "dask"


@dataclass(frozen=True, slots=True)
class Settings:
    """What extraction needs to know besides the file: the publication date override, the spaCy
    pipeline, whether to keep each document's text (the Python API does; reports do not), whether
    to find each document's story keys (matching needs them; a claims table does not), and how to
    make each document's claims into table rows where it is extracted (`tabulate`, such as
    `ClaimsTable.tabulate`; None keeps the Claims). A worker sends rows of plain values back many
    times faster than Claims, and makes them while the main process writes the table."""

    published: date | None = None
    spacy_model: str | None = None
    keep_text: bool = True
    stories: bool = True
    tabulate: Callable[[Document, list[Claim]], list[Any]] | None = None


@dataclass(slots=True)
class Extracted:
    """One document read and extracted: the Document, its claims in reading order, and the
    names it mentions (its story keys, which matching uses). With `Settings.tabulate` the claims
    come as `rows` instead, and `claims` is empty."""

    document: Document
    claims: list[Claim]
    story: frozenset[str]
    rows: list[Any] | None = None

    @property
    def found(self) -> int:
        """How many claims the document holds, as Claims or as rows."""
        return len(self.claims) if self.rows is None else len(self.rows)


class Monitor(Protocol):
    """What follows a run: told the number of documents, then each one as it is done (and, if it
    has a `finish` method, when the last is done)."""

    def start(self, total: int) -> None: ...

    def advance(self, result: Extracted) -> None: ...


# Worker pools fork on Linux: workers start with claimcheck imported and what this process has
# built (the spaCy pipeline, the claims to group). Elsewhere fork is unsafe and workers are spawned.
FORKS = sys.platform == "linux"


def fork_context() -> multiprocessing.context.BaseContext:
    """The start method of worker pools: fork where it is safe (`FORKS`), else the platform's default."""
    return multiprocessing.get_context("fork" if FORKS else None)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run(
    sources: Sequence[Source],
    settings: Settings,
    *,
    jobs: int | None = None,
    engine: Engine | str = Engine.local,
    scheduler: str | None = None,
    monitor: Monitor | None = None,
) -> Iterator[Extracted]:
    """Read and extract every source, yielding the results in the order of `sources`.

    `jobs` is the number of worker processes (default: all cores; 1 runs in this process).
    With `engine="dask"` the work goes to the Dask scheduler at `scheduler`, or to a
    LocalCluster of `jobs` workers when no address is given.
    """
    engine = Engine(engine)
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ConfigurationError(Msg.E016, value=jobs)
    if sources:  # with nothing to extract, spaCy is not even loaded
        pipeline(settings.spacy_model)  # fail early (E015), and let forked workers inherit it
    batches = list(_batches(sources))
    if engine is Engine.dask:
        results = _on_dask(batches, settings, jobs, scheduler)
    elif jobs == 1 or len(batches) < 2:
        results = (extract_source(source, settings) for source in sources)
    else:
        results = _on_pool(batches, settings, jobs)
    yield from _monitored(results, len(sources), monitor)


def extract_source(source: Source, settings: Settings) -> Extracted:
    """Read one file and extract its claims; a file that cannot be read, or whose extraction
    fails, comes back as a skipped document (one bad file never stops a run)."""
    # extraction's modules load only in runs that extract something
    from .extract import extract_claims
    from .ingest import read_source
    from .measure import story_keys

    try:
        document = read_source(source, published=settings.published)
        if document.skipped is not None:
            return Extracted(document, [], frozenset())
        unread: list[str] = []
        claims = extract_claims(document, nlp=pipeline(settings.spacy_model), unread=unread)
        if unread:
            document = replace(document, unread=unread)
        story = story_keys(document, claims) if settings.stories else frozenset()
        rows = None if settings.tabulate is None else settings.tabulate(document, claims)
    except Exception as error:  # one bad document must never abort a run over many
        reason = Msg.E007.value.format(path=source.shown, reason=f"{type(error).__name__}: {error}")
        return Extracted(Document(id=source.id, path=source.shown, raw="", text="", offsets=[0], skipped=reason),
                         [], frozenset())
    kept = document if settings.keep_text else _without_text(document)
    return Extracted(kept, claims, story) if rows is None else Extracted(kept, [], story, rows)


def _without_text(document: Document) -> Document:
    """The document without its text, offsets and boilerplate, which reports never look at."""
    return Document(id=document.id, path=document.path, raw="", text="", offsets=[0],
                    published=document.published, published_source=document.published_source,
                    skipped=document.skipped, unread=document.unread)


def extract_batch(batch: Sequence[Source], settings: Settings) -> list[Extracted]:
    """What one worker does with one batch."""
    return [extract_source(source, settings) for source in batch]


@lru_cache(maxsize=None)
def pipeline(model: str | None) -> Language:
    """The spaCy pipeline for `model` (the blank one by default), built once per process. The
    cycle collector is paused meanwhile: loading spaCy and the extraction modules makes objects
    that live as long as the process, and the collector's passes over them as they are made
    cost a command that extracts one file about 0.2 s of CPU."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        # spaCy and the extraction modules load only in runs that extract something
        from .extract import build_pipeline, default_pipeline

        return build_pipeline(model) if model else default_pipeline()
    finally:
        if was_enabled:
            gc.enable()


def _batches(sources: Sequence[Source]) -> Iterator[list[Source]]:
    """Consecutive sources in batches of about BATCH_BYTES of file."""
    batch: list[Source] = []
    size = 0
    for source in sources:
        batch.append(source)
        size += _file_size(source)
        if size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _file_size(source: Source) -> int:
    try:
        return source.path.stat().st_size
    except OSError:
        return 0  # read_source will say what is wrong with it


def _monitored(results: Iterable[Extracted], total: int, monitor: Monitor | None) -> Iterator[Extracted]:
    """Pass results through, telling the monitor about each. The monitor starts with the first
    result, once any worker processes exist, and a monitor that can `finish` is told to after the
    last: no process is forked while its display thread runs (grouping forks its own workers)."""
    for done, result in enumerate(results):
        if monitor is not None:
            if done == 0:
                monitor.start(total)
            monitor.advance(result)
        yield result
    if monitor is not None and (finish := getattr(monitor, "finish", None)) is not None:
        finish()


def _in_order(submit: Callable[[list[Source]], Future], batches: Iterable[list[Source]],
              window: int) -> Iterator[Extracted]:
    """Submit batches, at most `window` in flight, and yield their results in submission order."""
    pending: deque[Future] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _on_pool(batches: list[list[Source]], settings: Settings, jobs: int) -> Iterator[Extracted]:
    """Batches on `jobs` worker processes. On Linux workers are forked, so they start with
    claimcheck imported and the spaCy pipeline built; elsewhere each builds its own."""
    workers = min(jobs, len(batches))
    context = fork_context()
    # What the workers inherit is frozen out of the cycle collector until the run ends, so no
    # collection in a worker walks it and copies its pages (workers spent 6% less CPU on 100 MB).
    gc.freeze()
    pool = ProcessPoolExecutor(workers, mp_context=context,
                               initializer=pipeline, initargs=(settings.spacy_model,))
    try:
        yield from _in_order(partial(pool.submit, extract_batch, settings=settings), batches,
                             BATCHES_PER_WORKER * workers)
    except BrokenProcessPool as error:
        raise ClaimcheckError(Msg.E017, reason=error) from error
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


def _on_dask(batches: list[list[Source]], settings: Settings, jobs: int, scheduler: str | None) -> Iterator[Extracted]:
    """Batches on a Dask cluster: the scheduler at `scheduler`, or a LocalCluster of `jobs`
    single-threaded workers. Workers read the files themselves, so they must see the same paths."""
    with _dask_client(scheduler, jobs) as client:
        window = BATCHES_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
        batches = ([replace(s, path=s.path.absolute()) for s in batch] for batch in batches)
        submit = partial(client.submit, extract_batch, settings=settings, pure=False)
        yield from _in_order(submit, batches, window)


@contextmanager
def _dask_client(scheduler: str | None, jobs: int) -> Iterator:
    """A Dask client for the scheduler at `scheduler`, or for a LocalCluster closed afterwards."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # pragma: no cover - a dependency, but an optional-looking one
        raise ConfigurationError(Msg.E018, scheduler=scheduler or "a LocalCluster", reason=error) from error
    if scheduler is None:
        with LocalCluster(n_workers=jobs, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, ValueError) as error:  # unreachable, or not an address
        raise ConfigurationError(Msg.E018, scheduler=scheduler, reason=error) from error
    with client:
        yield client
