"""Dating: a reference date for documents that carry no publication date.

"On Sunday", "yesterday" and "last month" mean nothing without the day a report was written.
Wire copy and archive extracts often lose that date. A report is written on, or the day after,
the latest day it names in full ("Dec. 14, 2008"), or named with its weekday in the year after
("Tuesday (6 January)" past "4 November 2008"); failing that, it was written when the closest
other report of the same story (sharing its names and a figure) was published or dated, report
after report. The inferred date is recorded on the document (`published_source` says where it
came from), so every resolution it enables can be traced; reconcile allows a day either way to
"today" or "last night" in such a report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from .lexicon import RELATIVE_DAYS, WEEKDAYS
from .model import Claim, Document
from .periods import find_times
from .stories import Stories

_WEEKDAY_WORD = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def date_inferred(document: Document) -> bool:
    """Whether the document's date is one `infer_dates` gave it (`published_source` says so)."""
    return (document.published_source or "").startswith("inferred:")


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
    for document in documents:
        if document.published is None and document.id in named:
            day = named[document.id]
            if document.id in yesterday:
                inferred[document.id] = (day + timedelta(days=1), f"inferred: the day after {day.isoformat()}, the latest day it names")
            else:
                inferred[document.id] = (day, f"inferred: {day.isoformat()}, the latest day it names")
    # A report that names no day takes the date of the closest report of its story, published
    # or dated by the days it names.
    pending = [d.id for d in documents if d.published is None and d.id not in inferred]
    if pending:
        clusters = clusters if clusters is not None else Stories(stories)
        figures = _figures(claims)
    while pending:  # in rounds, so that a report dated so dates its own closest reports in turn
        sources = {**dated, **{doc: day for doc, (day, _) in inferred.items()}}
        found: dict[str, tuple[date, str]] = {}
        for doc in pending:
            same_story = sorted(other for other in clusters.related(doc)
                                if other in sources and figures.get(doc, set()) & figures.get(other, set()))
            closest = max(same_story, default=None, key=lambda other: clusters.similarity(doc, other))
            if closest is not None:
                day = sources[closest]
                how = "was published" if closest in dated else "is dated (inferred)"
                found[doc] = (day, f"inferred: {day.isoformat()}, the date the closest report of the same story {how}")
        inferred.update(found)
        # Only a report of the same story as one just dated can be dated in the next round.
        pending = [doc for doc in pending if doc not in found and not clusters.related(doc).isdisjoint(found)]
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
    """Per document, the latest day it names in full (resolved with no publication date), or
    later: a day named without its year but with its weekday ("Tuesday (6 January)") falls in
    one year only, near the days the document names in full (`_pinned_day`)."""
    latest: dict[str, date] = {}
    yearless: dict[str, list[str]] = {}
    for claim in claims:
        for period in (claim.event_date, claim.period):
            if period is None or period.granularity != "day":
                continue
            if period.resolved and period.start == period.end:
                assert period.start is not None
                if claim.doc not in latest or period.start > latest[claim.doc]:
                    latest[claim.doc] = period.start
            elif not period.resolved and period.weekday is None:  # a weekday alone pins no year
                yearless.setdefault(claim.doc, []).append(period.label)
    for doc, labels in yearless.items():
        if doc in latest:
            pinned = [day for label in labels if (day := _pinned_day(label, latest[doc])) is not None]
            latest[doc] = max([latest[doc], *pinned])
    return latest


def _pinned_day(label: str, named: date) -> date | None:
    """The day a yearless date with its weekday names ("Tuesday (6 January)", "Sunday, Dec. 14"),
    if one year within a year after `named` (a day the same document names in full) puts it on
    that weekday; None for a date with no weekday, or none that agrees."""
    weekday = _WEEKDAY_WORD.search(label)
    if weekday is None:
        return None
    for mention in find_times(label, named):
        day = mention.period.start
        if (mention.period.granularity == "day" and day is not None and mention.period.end == day
                and named <= day <= named + timedelta(days=366)
                and day.weekday() == WEEKDAYS[weekday.group().lower()]):
            return day
    return None


def _saying_yesterday(claims: Iterable[Claim]) -> set[str]:
    """Documents that date something "yesterday" (read from their claims, not their text, which
    a lean corpus does not keep)."""
    before = {word for word, shift in RELATIVE_DAYS.items() if shift < 0}
    return {c.doc for c in claims for period in (c.event_date, c.period)
            if period is not None and period.label.lower() in before}
