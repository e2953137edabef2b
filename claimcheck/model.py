"""The values that flow through the pipeline: plain dataclasses, no behaviour beyond accessors.

ingest -> Document; extract -> Claim (with Quantity, Period, Span); match -> ClaimGroup;
reconcile -> Finding.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Kind = Literal["amount", "change", "rate", "count", "threshold", "duration", "age", "date", "time", "score"]
Verdict = Literal["agree", "conflict"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original file: character offsets and the 1-based line and column of `start`."""

    start: int
    end: int
    line: int
    col: int
    text: str


@dataclass(slots=True)
class Document:
    """One input file: its original text, the cleaned text claims are read from, and its date.

    `raw` is the file as the user opens it (decoded). `text` is the cleaned text; `offsets[i]` is
    the position in `raw` of `text[i]`, with one extra entry for the end. `boilerplate` lists
    (start, end) regions of `text` that no claim may come from, each with the reason. `unread`
    says which sentences of a document read in part could not be read, and why.
    """

    id: str
    path: str
    raw: str
    text: str
    offsets: list[int]
    published: date | None = None
    published_source: str | None = None
    boilerplate: list[tuple[int, int, str]] = field(default_factory=list)
    skipped: str | None = None
    unread: list[str] = field(default_factory=list)  # sentences whose claims could not be read (E008), why
    _line_starts: list[int] | None = field(default=None, repr=False, compare=False)
    _cover: tuple[list[int], list[int]] | None = field(default=None, repr=False, compare=False)

    def raw_offset(self, i: int) -> int:
        """Position in `raw` of position `i` of `text`."""
        return self.offsets[i]

    def span(self, start: int, end: int) -> Span:
        """The original-file span of `text[start:end]`."""
        raw_start = self.offsets[start]
        raw_end = self.offsets[end - 1] + 1 if end > start else raw_start
        if end > start and self.raw[raw_end - 1:raw_end] != self.text[end - 1]:
            raw_end = max(raw_end, self.offsets[end])  # a repaired character ("â‚¬" -> "€")
        line, col = self.line_col(raw_start)
        return Span(raw_start, raw_end, line, col, self.raw[raw_start:raw_end])

    def line_col(self, raw_offset: int) -> tuple[int, int]:
        """1-based line and column of a position in `raw`."""
        if self._line_starts is None:
            self._line_starts = [0, *itertools.accumulate(len(line) + 1 for line in self.raw.split("\n")[:-1])]
        line = bisect.bisect_right(self._line_starts, raw_offset) - 1
        return line + 1, raw_offset - self._line_starts[line] + 1

    def in_boilerplate(self, start: int, end: int) -> str | None:
        """The reason `text[start:end]` is boilerplate, or None when it is main text."""
        if not self.boilerplate_within(start, end):
            return None
        overlapping = (region for region in self.boilerplate if start < region[1] and region[0] < end)
        return min(overlapping)[2]  # the earliest region, whatever order the list came in

    def boilerplate_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The boilerplate stretches (merged, in order) that overlap `text[start:end]`."""
        starts, ends = self._boilerplate_cover()
        first, stop = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
        return list(zip(starts[first:stop], ends[first:stop]))

    def _boilerplate_cover(self) -> tuple[list[int], list[int]]:
        """Boilerplate regions merged into disjoint sorted stretches, built once: lookups by
        bisection instead of a scan of every region for every word."""
        if self._cover is None:
            merged: list[list[int]] = []
            for b_start, b_end, _ in sorted(self.boilerplate):
                if merged and b_start <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], b_end)
                else:
                    merged.append([b_start, b_end])
            self._cover = ([m[0] for m in merged], [m[1] for m in merged])
        return self._cover


@dataclass(frozen=True, slots=True)
class Period:
    """The time a value refers to, or the date of an event: an inclusive range of days.

    `start`/`end` are None when the expression could not be resolved (no publication date to
    anchor "last year" against, say); `label` keeps what the text said, resolved or not.
    """

    start: date | None
    end: date | None
    label: str
    granularity: str = "day"  # day | month | quarter | half | year | span | unknown
    weekday: int | None = None  # 1 (Monday) to 7 (Sunday) for a weekday nothing could resolve

    @property
    def resolved(self) -> bool:
        return self.start is not None and self.end is not None

    def overlaps(self, other: Period) -> bool:
        if not (self.resolved and other.resolved):
            return False
        return self.start <= other.end and other.start <= self.end  # type: ignore[operator]

    def iso(self) -> str | None:
        """ISO form: a day, a month (YYYY-MM), a year, or start/end; an unresolved weekday in
        TIMEX form ("XXXX-WXX-7" is a Sunday)."""
        if not self.resolved:
            return None if self.weekday is None else f"XXXX-WXX-{self.weekday}"
        s, e = self.start, self.end
        assert s is not None and e is not None
        if s == e:
            return s.isoformat()
        if self.granularity == "month":
            return s.isoformat()[:7]
        if self.granularity == "year":
            return str(s.year)
        if self.granularity == "week":
            year, week, _ = s.isocalendar()
            return f"{year}-W{week:02d}"
        return f"{s.isoformat()}/{e.isoformat()}"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised value with the interval its wording allows.

    `lower`/`upper` combine the written precision ("$227.9 billion" is +/-0.05 billion) and the
    hedge ("more than", "about"); None on a side means open. `unit` is canonical: an ISO 4217
    code for money, "percent", "percentage point", a counted noun for counts, or a physical unit
    name. `dimension` says which units are comparable at all.
    """

    value: float
    lower: float | None
    upper: float | None
    unit: str
    dimension: str
    precision: float = 0.0
    hedge: str | None = None
    ambiguous_precision: bool = False

    def bounds(self, tolerance: float = 0.0) -> tuple[float, float]:
        """The values the wording allows, as a closed interval (open sides are infinite),
        widened by `tolerance`, a share of the value."""
        slack = abs(self.value) * tolerance
        low = float("-inf") if self.lower is None else self.lower - slack
        high = float("inf") if self.upper is None else self.upper + slack
        return low, high


@dataclass(frozen=True, slots=True)
class Claim:
    """One quantitative or dated statement in one document.

    `span` is where the claim's words are in the original file; `sentence` is the cleaned
    sentence it stands in (what a reader should see quoted), `sentence_start` the sentence's
    offset in the original file, and `marked` the claim's (start, end) inside `sentence`.
    A `reference` claim is a fact sheet's verified figure: the side the others are checked against.
    """

    id: str
    doc: str
    span: Span
    sentence: str
    sentence_start: int
    marked: tuple[int, int]
    kind: Kind
    measure: str
    scope: tuple[str, ...] = ()
    quantity: Quantity | None = None
    event_date: Period | None = None
    period: Period | None = None
    attribution: str | None = None
    subject: tuple[str, ...] = ()
    reference: bool = False  # a verified figure from a fact sheet, not a document's claim

    @property
    def text(self) -> str:
        """The claim's characters in the original file."""
        return self.span.text

    @property
    def surface(self) -> str:
        """The claim's words as a reader sees them (cleaned: no escapes, no mojibake)."""
        return " ".join(self.sentence[self.marked[0]:self.marked[1]].split())

    @property
    def unit(self) -> str:
        return self.quantity.unit if self.quantity else "date"

    @property
    def dimension(self) -> str:
        return self.quantity.dimension if self.quantity else "date"


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims from different places that state the same fact."""

    id: str
    label: str
    claims: tuple[Claim, ...]

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({c.doc for c in self.claims}))


@dataclass(frozen=True, slots=True)
class Finding:
    """What reconcile says of a group: agree or conflict, and why in one line. `accepted` cites
    the baseline entry (path:line) that accepts a known conflict."""

    group: ClaimGroup
    verdict: Verdict
    reason: str
    relative_difference: float = 0.0
    accepted: str | None = None
