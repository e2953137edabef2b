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
from .match import story_overlap
from .model import Claim, Document

# Names two reports must share (a share of the smaller set) for one to date the other: higher
# than the matcher's story gate, since a wrong date moves every relative date in the report.
DATING_OVERLAP = 0.3


def infer_dates(
    documents: Iterable[Document], claims: Iterable[Claim], stories: Mapping[str, frozenset[str]]
) -> dict[str, tuple[date, str]]:
    """For each read document without a publication date, the date to resolve it against and why."""
    documents = [d for d in documents if d.skipped is None]
    claims = list(claims)
    named = _latest_named_days(claims)
    yesterday = _saying_yesterday(claims)
    dated = {d.id: d.published for d in documents if d.published is not None}
    naming: dict[str, list[str]] = {}  # a name -> the dated reports that mention it
    for doc_id in dated:
        for key in stories.get(doc_id, frozenset()):
            naming.setdefault(key, []).append(doc_id)
    naming_order = {doc_id: i for i, doc_id in enumerate(dated)}
    inferred: dict[str, tuple[date, str]] = {}
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
        keys = stories.get(document.id, frozenset())
        # Only a report that shares a name can be close; the first of the closest, in corpus order.
        sharing = sorted({other for key in keys for other in naming.get(key, ())}, key=naming_order.__getitem__)
        closest = max(sharing, default=None, key=lambda other: _closeness(keys, stories.get(other, frozenset())))
        if closest is not None and story_overlap(keys, stories.get(closest, frozenset())) >= DATING_OVERLAP:
            day = dated[closest]
            inferred[document.id] = (day, f"inferred: {day.isoformat()}, when the closest report of the same story was published")
    return inferred


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


def _closeness(a: frozenset[str], b: frozenset[str]) -> tuple[float, int]:
    return story_overlap(a, b), len(a & b)
