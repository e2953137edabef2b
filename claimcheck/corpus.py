"""The public face of the pipeline: load files into a Corpus, or extract from one text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
from spacy.language import Language

from .baseline import Baseline, accept, read_baseline
from .errors import ConfigurationError, Msg
from .dating import infer_dates
from .extract import build_pipeline, default_pipeline, extract_claims
from .facts import FactSheet, check_facts, read_facts
from .ingest import from_text, ingest
from .match import group_claims
from .measure import story_keys
from .model import Claim, ClaimGroup, Document, Finding
from .reconcile import reconcile_all


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
    _by_id: dict[str, Document] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {d.id: d for d in self.documents + self.references}

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
    facts: str | Path | FactSheet | None = None,
    baseline: str | Path | Baseline | None = None,
) -> Corpus:
    """Read files and directories, extract claims, group them and reconcile each group.

    A file that cannot be read is kept as a skipped Document with the reason; it never stops
    the run. `published` overrides every document's publication date; `tolerance` is a share
    of the value (0.01 = 1%) by which figures may differ and still agree. `spacy_model` names
    an installed trained spaCy pipeline to split sentences with, instead of the blank one.
    `facts` is a fact sheet (verified figures the claims are checked against) and `baseline`
    a file of accepted conflicts; both are read before any document, so a bad one stops early.
    """
    if not 0 <= tolerance < 1:
        raise ConfigurationError(Msg.E011, value=tolerance)
    sheet = read_facts(facts) if isinstance(facts, (str, Path)) else facts
    accepted = read_baseline(baseline) if isinstance(baseline, (str, Path)) else baseline
    if isinstance(paths, (str, Path)):
        paths = [paths]
    nlp = build_pipeline(spacy_model) if spacy_model else default_pipeline()
    documents = ingest(paths, published=published)
    claims_of = {doc.id: _extract_or_skip(doc, nlp) for doc in documents}
    stories = {doc.id: story_keys(doc) for doc in documents if doc.skipped is None}
    if published is None:
        for doc_id, (day, why) in infer_dates(documents, _flat(claims_of), stories).items():
            document = next(d for d in documents if d.id == doc_id)
            document.published, document.published_source = day, why
            claims_of[doc_id] = _extract_or_skip(document, nlp)
    claim_list = _flat(claims_of)
    groups = group_claims(claim_list, stories)
    findings = reconcile_all(groups, tolerance=tolerance)
    if sheet is not None:
        findings = check_facts(sheet.facts, claim_list, findings, tolerance=tolerance)
    corpus = Corpus(documents, claim_list, [f.group for f in findings], findings, tolerance, sheet, accepted)
    if accepted is not None:
        corpus.findings = accept(findings, accepted, corpus.path_of)
    return corpus


def _flat(claims_of: dict[str, list[Claim]]) -> list[Claim]:
    return [claim for claims in claims_of.values() for claim in claims]


def _extract_or_skip(document: Document, nlp: Language) -> list[Claim]:
    """Claims of one document; a failure marks that document skipped and the run goes on."""
    try:
        return extract_claims(document, nlp=nlp)
    except Exception as error:  # one bad document must never abort a run over many
        document.skipped = Msg.E007.value.format(path=document.path, reason=f"{type(error).__name__}: {error}")
        return []


def extract(text: str, published: date | None = None, *, fmt: str = "txt") -> list[Claim]:
    """The claims in one text (a string, not a file)."""
    return extract_claims(from_text(text, fmt=fmt, published=published))
