"""Assertions for editorial tests: the documents agree, they state a verified figure, or a file
states nothing. A failure cites each side as path:line:col with its sentence and says why.

The pytest plugin registers this module for assertion rewriting, so a failing helper shows its
message and the short list it is about (`assert not ['ridership · 2025']`), with the helper's own
frames hidden: the traceback points at the line of the test.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .corpus import Corpus
from .facts import Fact, FactSheet, fact_group, make_fact, stating, written_unit
from .ingest import display_path
from .match import measures_match
from .model import Claim, Document, Finding, Span
from .reconcile import off_reference, reconcile
from .report import check_block, citation, counted, ordered_claims, ordered_conflicts

__all__ = ["assert_claim", "assert_consistent", "assert_no_claims_from", "conflicts_message"]

CLOSEST_SHOWN = 5


def assert_consistent(corpus: Corpus) -> None:
    """Fail when the documents (or a document and the fact sheet) disagree on a fact, unless the
    baseline accepts the conflict."""
    __tracebackhide__ = True
    conflicts = ordered_conflicts(corpus)
    assert not [f.group.label for f in conflicts], conflicts_message(corpus, conflicts)


def conflicts_message(corpus: Corpus, conflicts: Sequence[Finding]) -> str:
    """'N conflicts in M documents:' and each conflict with its sides and their sentences."""
    accepted = f" ({len(corpus.accepted)} more accepted in the baseline)" if corpus.accepted else ""
    head = f"{counted(len(conflicts), 'conflict')} in {counted(len(corpus.read), 'document')}{accepted}:"
    return "\n".join([head, *(line for f in conflicts for line in check_block(corpus, f))])


def assert_claim(
    corpus: Corpus,
    *,
    measure: str,
    period: object,
    equals: object = None,
    between: Sequence[object] | None = None,
    unit: str | None = None,
    scope: Iterable[str] = (),
    kind: str | None = None,
) -> None:
    """Fail unless the documents state this figure and every claim that states it agrees.

    The figure is read like a fact sheet entry (`equals="$227.9 billion"`, `between=("4.1
    million", "4.3 million")`, `period="2025"`); `unit` may be left out when the value shows it.
    """
    __tracebackhide__ = True
    fact, sheet = _asserted(measure=measure, period=period, value=equals, between=between,
                            unit=unit or written_unit(equals if between is None else between[0]),
                            scope=tuple(scope), kind=kind)
    stated = stating(fact.claim, corpus.claim_list)
    assert stated, missing_message(corpus, fact)
    finding = reconcile(fact_group(fact.claim, stated), tolerance=corpus.tolerance)
    view = replace(corpus, facts=sheet)
    wrong = off_reference(finding.group, corpus.tolerance)
    assert not [citation(view, c) for c in wrong], "\n".join(check_block(view, finding))


def missing_message(corpus: Corpus, fact: Fact) -> str:
    """Why an asserted figure was not found, with the claims whose measure is like its own."""
    claim = fact.claim
    asserted = claim.sentence[claim.marked[0]:claim.marked[1]]
    similar = ordered_claims(corpus, (c for c in corpus.claim_list if measures_match(claim.measure, c.measure)))
    lines = [f"no claim in {counted(len(corpus.read), 'document')} states "
             f"{claim.sentence[:claim.marked[0]]}{asserted} (asserted at {claim.doc})"]
    if not similar:
        return "\n".join(lines + [f"no claim has a measure like {claim.measure!r}"])
    lines.append(f"claims with a measure like {claim.measure!r}:")
    for other in similar[:CLOSEST_SHOWN]:
        when = other.period.label if other.period else "no period"
        lines.append(f"    {citation(corpus, other)}: \"{other.surface}\" ({other.kind}, {when})")
    if len(similar) > CLOSEST_SHOWN:
        lines.append(f"    and {len(similar) - CLOSEST_SHOWN} more")
    return "\n".join(lines)


def assert_no_claims_from(corpus: Corpus, path: str | Path) -> None:
    """Fail when the corpus holds claims from this file, or did not read it at all."""
    __tracebackhide__ = True
    document = _document(corpus, path)
    read = ", ".join(d.path for d in corpus.read)
    assert document is not None, f"{path} is not among the documents read: {read}"
    assert document.skipped is None, f"{path} was not read: {document.skipped}"
    claims = [c for c in corpus.claim_list if c.doc == document.id]
    assert not [c.surface for c in claims], claims_message(corpus, document, claims)


def claims_message(corpus: Corpus, document: Document, claims: Sequence[Claim]) -> str:
    """'N claims from path:' and each claim with its sentence."""
    lines = [f"{counted(len(claims), 'claim')} from {document.path}:"]
    for claim in claims:
        lines += [f"    {citation(corpus, claim)}: \"{claim.surface}\" ({claim.kind}, {claim.measure or '—'})",
                  f"        > {' '.join(claim.sentence.split())}"]
    return "\n".join(lines)


def _document(corpus: Corpus, path: str | Path) -> Document | None:
    """The document read from `path` (as given, or resolved), if any."""
    wanted = Path(path).resolve()
    return next((d for d in corpus.documents if d.path == str(path) or Path(d.path).resolve() == wanted), None)


def _asserted(**figure: Any) -> tuple[Fact, FactSheet]:
    """The asserted figure as a fact cited at the test's line, in a one-fact sheet."""
    frame = sys._getframe(1)
    while frame.f_globals.get("__name__") == __name__ and frame.f_back is not None:
        frame = frame.f_back
    shown, line = display_path(Path(frame.f_code.co_filename)), frame.f_lineno
    source_line = linecache.getline(frame.f_code.co_filename, line)
    col = len(source_line) - len(source_line.lstrip()) + 1
    document = Document(id=f"{shown}:{line}", path=shown, raw="", text="", offsets=[0])
    fact = make_fact(**figure, doc=document.id, span=Span(0, 0, line, col, source_line.strip()),
                     locate=lambda _key: (shown, line), vouched_by="asserted")
    return fact, FactSheet(document, (fact,))
