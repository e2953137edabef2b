"""Dating: a reference date for documents that carry no publication date.

"On Sunday", "yesterday" and "last month" mean nothing without the day a report was written.
Wire copy and archive extracts often lose that date. A report is written on, or the day after,
the latest day it names in full ("Dec. 14, 2008"); failing that, it was written when the other
reports of the same story (the documents that share its names) were published. The inferred date
is recorded on the document (`published_source` says where it came from), so every resolution
it enables can be traced.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from .lexicon import RELATIVE_DAYS
from .model import Claim, Document
from .stories import Stories


def infer_dates(
    documents: Iterable[Document], claims: Iterable[Claim], stories: Mapping[str, frozenset[str]],
    clusters: Stories | None = None,
) -> dict[str, tuple[date, str]]:
    """For each read document without a publication date, the date to resolve it against and why.
    `clusters` are the documents' stories when the caller has them already (else built from
    `stories`, the names each document mentions, when first needed)."""
    documents = [d for d in documents if d.skipped is None]
    claims = list(claims)
    named = _latest_named_days(claims)
    yesterday = _saying_yesterday(claims)
    dated = {d.id: d.published for d in documents if d.published is not None}
    inferred: dict[str, tuple[date, str]] = {}
    figures: dict[str, set[tuple]] | None = None  # read from the claims when first needed
    for document in documents:
        if document.published is not None:
            continue
        if document.id in named:
            day = named[document.id]
            if document.id in yesterday:
                inferred[document.id] = (day + timedelta(days=1), f"inferred: the day after {day.isoformat()}, the latest day it names")
            else:
                inferred[document.id] = (day, f"inferred: {day.isoformat()}, the latest day it names")
            continue
        if clusters is None:
            clusters = Stories(stories)
        if figures is None:
            figures = _figures(claims)
        same_story = sorted(other for other in clusters.related(document.id)
                            if other in dated and figures.get(document.id, set()) & figures.get(other, set()))
        closest = max(same_story, default=None, key=lambda other: clusters.similarity(document.id, other))
        if closest is not None:
            day = dated[closest]
            inferred[document.id] = (day, f"inferred: {day.isoformat()}, when the closest report of the same story was published")
    return inferred


def _figures(claims: Iterable[Claim]) -> dict[str, set[tuple]]:
    """Per document, the figures it states (unit and value): two reports of one story share
    one at least (the toll, the magnitude, the sum); two similar stories in one place (two quakes
    near one town, two pirate attacks in one gulf) need not."""
    figures: dict[str, set[tuple]] = {}
    for claim in claims:
        q = claim.quantity
        if q is not None and claim.kind not in ("age", "time") and not (claim.kind == "count" and q.value < 4):
            figures.setdefault(claim.doc, set()).add((q.unit, q.value))
    return figures


def _latest_named_days(claims: Iterable[Claim]) -> dict[str, date]:
    """Per document, the latest day it names in full (resolved with no publication date)."""
    latest: dict[str, date] = {}
    for claim in claims:
        for period in (claim.event_date, claim.period):
            if period is not None and period.resolved and period.start == period.end and period.granularity == "day":
                assert period.start is not None
                if claim.doc not in latest or period.start > latest[claim.doc]:
                    latest[claim.doc] = period.start
    return latest


def _saying_yesterday(claims: Iterable[Claim]) -> set[str]:
    """Documents that date something "yesterday" (read from their claims, not their text, which
    a lean corpus does not keep)."""
    before = {word for word, shift in RELATIVE_DAYS.items() if shift < 0}
    return {c.doc for c in claims for period in (c.event_date, c.period)
            if period is not None and period.label.lower() in before}
