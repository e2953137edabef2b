"""The public face of the pipeline: load files into a Corpus, or extract from one text."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .baseline import Baseline, accept, read_baseline
from .dating import date_inferred, infer_dates
from .engine import Engine, Extracted, Monitor, Settings, pipeline, run
from .errors import ConfigurationError, Msg
from .extract import extract_claims, redate_claims
from .facts import FactSheet, check_facts, read_facts
from .ingest import Source, from_text, read_source, sources
from .match import group_claims
from .model import Claim, ClaimGroup, Document, Finding
from .reconcile import reconcile_against, reconcile_all
from .store import Store
from .stories import Stories

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Corpus:
    """Documents read, the claims in them, the groups of equivalent claims, and the verdicts."""

    documents: list[Document]
    claim_list: list[Claim]
    groups: list[ClaimGroup]
    findings: list[Finding]
    tolerance: float = 0.0
    facts: FactSheet | None = None
    baseline: Baseline | None = None
    archive: list[Document] = field(default_factory=list)
    """Documents of a claims store that the groups cite, when checked `against` one."""
    _by_id: dict[str, Document] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {d.id: d for d in self.archive + self.documents + self.references}

    def __repr__(self) -> str:
        """Counts, not contents: a corpus shows up short in tracebacks and test reports."""
        return (f"<Corpus documents={len(self.read)} skipped={len(self.skipped)} "
                f"claims={len(self.claim_list)} conflicts={len(self.conflicts)} "
                f"accepted={len(self.accepted)} agreements={len(self.agreements)}>")

    def document(self, doc_id: str) -> Document:
        """A document read, or the fact sheet, by id."""
        return self._by_id[doc_id]

    def path_of(self, doc_id: str) -> str:
        """The path of a document (or the fact sheet) as the user would open it."""
        return self._by_id[doc_id].path

    @property
    def references(self) -> list[Document]:
        """The fact sheet as a document (its facts are cited like claims), when there is one."""
        return [self.facts.document] if self.facts is not None else []

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
        """Conflicts not accepted in the baseline: the ones that fail a check."""
        return [f for f in self.findings if f.verdict == "conflict" and f.accepted is None]

    @property
    def accepted(self) -> list[Finding]:
        """Conflicts the baseline accepts."""
        return [f for f in self.findings if f.verdict == "conflict" and f.accepted is not None]

    @property
    def agreements(self) -> list[Finding]:
        return [f for f in self.findings if f.verdict == "agree"]


def load(
    paths: str | Path | Iterable[str | Path],
    *,
    published: date | None = None,
    tolerance: float = 0.0,
    spacy_model: str | None = None,
    sources_index: str | Path | None = None,
    facts: str | Path | FactSheet | None = None,
    baseline: str | Path | Baseline | None = None,
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
    `sources_index` is a file listing the documents with their publication dates or URLs
    (manifest.py); without it, one named like `SOURCES.md` or `manifest.csv` beside the
    documents or just above the paths is used. `facts` is a fact sheet (verified figures the claims are checked against) and `baseline`
    a file of accepted conflicts; both are read before any document, so a bad one stops early.
    `jobs`, `engine` and `scheduler` say where extraction runs (see `extract_documents`);
    the result is the same wherever it runs. With `keep_text=False` documents come without
    their text, which saves memory when only the report is wanted.

    `against` names a claims store (`claimcheck index`): the documents are then checked against
    the archive in it, and the groups are those with at least one of their claims.
    """
    check_tolerance(tolerance)
    sheet = read_facts(facts) if isinstance(facts, (str, Path)) else facts
    accepted = read_baseline(baseline) if isinstance(baseline, (str, Path)) else baseline
    archive = Store.open(against) if against is not None else None
    results = extract_documents(paths, published=published, spacy_model=spacy_model, sources_index=sources_index, jobs=jobs,
                                engine=engine, scheduler=scheduler, monitor=monitor, keep_text=keep_text,
                                root=archive.root if archive else None)
    results = list(results)
    clusters = Stories(story_names(results)) if archive is None else None  # once, for dating and matching
    if published is None:
        results = date_undated(results, spacy_model=spacy_model, clusters=clusters)
    if archive is None:
        corpus = assemble(results, tolerance=tolerance, facts=sheet, clusters=clusters, jobs=jobs)
    else:
        with archive:
            corpus = assemble(results, tolerance=tolerance, archive=archive, facts=sheet, jobs=jobs)
    corpus.baseline = accepted
    if accepted is not None:
        corpus.findings = accept(corpus.findings, accepted, corpus.path_of)
    return corpus


def date_undated(
    results: list[Extracted], *, spacy_model: str | None = None, clusters: Stories | None = None
) -> list[Extracted]:
    """Documents with no publication date, dated as the corpus dates them (dating.py): the latest
    day they name, or the closest report of their story; their claims are found again where the
    date changes them (`redate_claims`). `clusters`: the documents' stories, if already built."""
    documents = [r.document for r in results]
    claims = [c for r in results for c in r.claims]
    inferred = infer_dates(documents, claims, story_names(results), clusters)
    dated: list[Extracted] = []
    for result in results:
        if result.document.id not in inferred:
            dated.append(result)
            continue
        day, why = inferred[result.document.id]
        document = replace(result.document, published=day, published_source=why)
        unread: list[str] = []
        redone = redate_claims(result.claims, day, partial(_dated_text, document), nlp=pipeline(spacy_model),
                               unread=unread)
        if unread:
            document = replace(document, unread=list(dict.fromkeys(document.unread + unread)))
        dated.append(Extracted(document, redone, result.story))
    return dated


def _dated_text(document: Document) -> Document:
    """A dated document with its text: as kept, or read and cleaned again from its file."""
    if document.text:
        return document
    read = read_source(Source(Path(document.path), document.id, document.path), published=document.published)
    read.published_source = document.published_source
    return read


def extract_documents(
    paths: str | Path | Iterable[str | Path],
    *,
    published: date | None = None,
    spacy_model: str | None = None,
    sources_index: str | Path | None = None,
    jobs: int | None = None,
    engine: Engine | str = Engine.local,
    scheduler: str | None = None,
    monitor: Monitor | None = None,
    keep_text: bool = True,
    root: Path | None = None,
    stories: bool = True,
    tabulate: Callable[[Document, list[Claim]], list[Any]] | None = None,
) -> Iterator[Extracted]:
    """Each document under `paths` with its claims, by path, yielded as soon as it is done.

    `jobs` worker processes share the work (default: all cores). `engine="dask"` sends it to
    the Dask scheduler at `scheduler` (a LocalCluster when None). Files that cannot be read come
    as skipped documents without claims, in their place. Document ids are paths relative to
    `root` (default: the inputs' common parent). Each document takes the date the sources index
    gives it (`sources_index`, or one found beside the documents) unless its text states one.
    With `stories=False` the results carry no story keys (`Extracted.story` is empty), which only
    matching needs. With `tabulate` (such as `ClaimsTable.tabulate`) each document's claims come
    as table rows (`Extracted.rows`), made where the document was extracted.
    """
    readable, skipped = sources(paths, root=root, sources_index=sources_index)
    readable.sort(key=lambda s: (s.shown, s.id))
    settings = Settings(published=published, spacy_model=spacy_model, keep_text=keep_text, stories=stories,
                        tabulate=tabulate)
    done = run(readable, settings, jobs=jobs, engine=engine, scheduler=scheduler, monitor=monitor)
    missing = [Extracted(d, [], frozenset()) for d in sorted(skipped, key=lambda d: (d.path, d.id))]
    return heapq.merge(done, missing, key=lambda r: (r.document.path, r.document.id))


def assemble(
    results: Iterable[Extracted], *, tolerance: float = 0.0, archive: Store | None = None,
    facts: FactSheet | None = None, clusters: Stories | None = None, jobs: int | None = None,
) -> Corpus:
    """A Corpus from extracted documents: their claims grouped, and each group reconciled.
    `clusters`: the documents' stories, if already built (not with an archive, whose documents
    join them). `jobs`: processes that may share the grouping of many claims (`group_claims`).

    With an `archive`, the claims are grouped with the stored claims they could match; only
    groups holding one of the documents' own claims are kept, each judged on whether the
    documents disagree with the archive (`reconcile_against`), with the stored claims it cites.
    """
    results = list(results)
    documents = [r.document for r in results]
    claim_list = [c for r in results for c in r.claims]
    stories = story_names(results)
    if archive is None:
        inferred = {d.id for d in documents if date_inferred(d)}
        findings = reconcile_all(group_claims(claim_list, stories, clusters=clusters, jobs=jobs), tolerance=tolerance,
                                 inferred=inferred)
        if facts is not None:
            findings = check_facts(facts.facts, claim_list, findings, tolerance=tolerance)
        return Corpus(documents, claim_list, [f.group for f in findings], findings, tolerance, facts)
    own = {d.id for d in documents}
    candidates = archive.candidates(claim_list, exclude=own)
    stories.update(archive.stories({c.doc for c in candidates}))
    findings = [reconcile_against(g, own, tolerance=tolerance) for g in group_claims(claim_list + candidates, stories, jobs=jobs)
                if any(c.doc in own for c in g.claims)]
    cited = [c for f in findings for c in f.group.claims if c.doc not in own]
    return Corpus(documents, claim_list + cited, [f.group for f in findings], findings, tolerance, facts,
                  archive=archive.documents({c.doc for c in cited}))


def story_names(results: Iterable[Extracted]) -> dict[str, frozenset[str]]:
    """The names each read document mentions (its story keys), by document id."""
    return {r.document.id: r.story for r in results if r.document.skipped is None}


def check_tolerance(tolerance: float) -> None:
    """E011 unless 0 <= tolerance < 1."""
    if not 0 <= tolerance < 1:
        raise ConfigurationError(Msg.E011, value=tolerance)


def extract(text: str, published: date | None = None, *, fmt: str = "txt") -> list[Claim]:
    """The claims in one text (a string, not a file)."""
    return extract_claims(from_text(text, fmt=fmt, published=published))
