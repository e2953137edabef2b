"""The public face of the pipeline: load files into a Corpus, or extract from one text."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from .engine import Engine, Extracted, Monitor, Settings, run
from .errors import ConfigurationError, Msg
from .extract import extract_claims
from .ingest import from_text, sources
from .match import group_claims
from .model import Claim, ClaimGroup, Document, Finding
from .reconcile import reconcile_against, reconcile_all
from .store import Store


@dataclass
class Corpus:
    """Documents read, the claims in them, the groups of equivalent claims, and the verdicts."""

    documents: list[Document]
    claim_list: list[Claim]
    groups: list[ClaimGroup]
    findings: list[Finding]
    tolerance: float = 0.0
    archive: list[Document] = field(default_factory=list)
    """Documents of a claims store that the groups cite, when checked `against` one."""
    _by_id: dict[str, Document] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {d.id: d for d in self.archive + self.documents}

    def document(self, doc_id: str) -> Document:
        return self._by_id[doc_id]

    @property
    def read(self) -> list[Document]:
        """Documents that were read (not skipped)."""
        return [d for d in self.documents if d.skipped is None]

    @property
    def skipped(self) -> list[Document]:
        return [d for d in self.documents if d.skipped is not None]

    @property
    def claims(self) -> pd.DataFrame:
        """The claims table: one row per claim, flat typed columns (as written to CSV/Parquet)."""
        from .report import claims_table

        return claims_table(self)

    @property
    def conflicts(self) -> list[Finding]:
        return [f for f in self.findings if f.verdict == "conflict"]

    @property
    def agreements(self) -> list[Finding]:
        return [f for f in self.findings if f.verdict == "agree"]


def load(
    paths: str | Path | Iterable[str | Path],
    *,
    published: date | None = None,
    tolerance: float = 0.0,
    spacy_model: str | None = None,
    jobs: int | None = None,
    engine: Engine | str = Engine.local,
    scheduler: str | None = None,
    monitor: Monitor | None = None,
    keep_text: bool = True,
    against: str | Path | None = None,
) -> Corpus:
    """Read files and directories, extract claims, group them and reconcile each group.

    A file that cannot be read is kept as a skipped Document with the reason; it never stops
    the run. `published` overrides every document's publication date; `tolerance` is a share
    of the value (0.01 = 1%) by which figures may differ and still agree. `spacy_model` names
    an installed trained spaCy pipeline to split sentences with, instead of the blank one.
    `jobs`, `engine` and `scheduler` say where extraction runs (see `extract_documents`);
    the result is the same wherever it runs. With `keep_text=False` documents come without
    their text, which saves memory when only the report is wanted.

    `against` names a claims store (`claimcheck index`): the documents are then checked against
    the archive in it, and the groups are those with at least one of their claims.
    """
    check_tolerance(tolerance)
    archive = Store.open(against) if against is not None else None
    results = extract_documents(paths, published=published, spacy_model=spacy_model, jobs=jobs,
                                engine=engine, scheduler=scheduler, monitor=monitor, keep_text=keep_text,
                                root=archive.root if archive else None)
    if archive is None:
        return assemble(results, tolerance=tolerance)
    with archive:
        return assemble(results, tolerance=tolerance, archive=archive)


def extract_documents(
    paths: str | Path | Iterable[str | Path],
    *,
    published: date | None = None,
    spacy_model: str | None = None,
    jobs: int | None = None,
    engine: Engine | str = Engine.local,
    scheduler: str | None = None,
    monitor: Monitor | None = None,
    keep_text: bool = True,
    root: Path | None = None,
) -> Iterator[Extracted]:
    """Each document under `paths` with its claims, by path, yielded as soon as it is done.

    `jobs` worker processes share the work (default: all cores). `engine="dask"` sends it to
    the Dask scheduler at `scheduler` (a LocalCluster when None). Files that cannot be read come
    as skipped documents without claims, in their place. Document ids are paths relative to
    `root` (default: the inputs' common parent).
    """
    readable, skipped = sources(paths, root=root)
    readable.sort(key=lambda s: (s.shown, s.id))
    settings = Settings(published=published, spacy_model=spacy_model, keep_text=keep_text)
    done = run(readable, settings, jobs=jobs, engine=engine, scheduler=scheduler, monitor=monitor)
    missing = [Extracted(d, [], frozenset()) for d in sorted(skipped, key=lambda d: (d.path, d.id))]
    return heapq.merge(done, missing, key=lambda r: (r.document.path, r.document.id))


def assemble(results: Iterable[Extracted], *, tolerance: float = 0.0, archive: Store | None = None) -> Corpus:
    """A Corpus from extracted documents: their claims grouped, and each group reconciled.

    With an `archive`, the claims are grouped with the stored claims they could match; only
    groups holding one of the documents' own claims are kept, each judged on whether the
    documents disagree with the archive (`reconcile_against`), with the stored claims it cites.
    """
    documents: list[Document] = []
    claim_list: list[Claim] = []
    stories: dict[str, frozenset[str]] = {}
    for result in results:
        documents.append(result.document)
        claim_list.extend(result.claims)
        if result.document.skipped is None:
            stories[result.document.id] = result.story
    if archive is None:
        groups = group_claims(claim_list, stories)
        return Corpus(documents, claim_list, groups, reconcile_all(groups, tolerance=tolerance), tolerance)
    own = {d.id for d in documents}
    candidates = archive.candidates(claim_list, exclude=own)
    stories.update(archive.stories({c.doc for c in candidates}))
    findings = [reconcile_against(g, own, tolerance=tolerance) for g in group_claims(claim_list + candidates, stories)
                if any(c.doc in own for c in g.claims)]
    cited = [c for f in findings for c in f.group.claims if c.doc not in own]
    return Corpus(documents, claim_list + cited, [f.group for f in findings], findings, tolerance,
                  archive=archive.documents({c.doc for c in cited}))


def check_tolerance(tolerance: float) -> None:
    """E011 unless 0 <= tolerance < 1."""
    if not 0 <= tolerance < 1:
        raise ConfigurationError(Msg.E011, value=tolerance)


def extract(text: str, published: date | None = None, *, fmt: str = "txt") -> list[Claim]:
    """The claims in one text (a string, not a file)."""
    return extract_claims(from_text(text, fmt=fmt, published=published))
