"""What people and tools read: claim records, the JSON report, the Markdown report, claims tables
and the `check` lines, all computed from a Corpus and nothing else.

Every function here is pure except `ClaimsTable`, which writes the claims table
to a file, a batch of rows at a time (so `claimcheck extract` can write claims as documents finish).
The order of everything written is sorted, so the same corpus always gives the same bytes.

Where a Markdown line is written: `to_markdown` lists the parts in order; each part has one
function named `md_<part>` (`md_summary`, `md_conflict`, `md_agreement`, `md_member`, ...).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache, partial
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .corpus import Corpus
from .errors import ConfigurationError, Msg, OutputError
from .ingest import MARKER_PREFIX
from .model import Claim, Document, Finding, Period, Quantity
from .readable import format_number, ordinal, plain_number, scale_of
from .reconcile import off_reference
from .store import IndexSummary

if TYPE_CHECKING:  # pandas and pyarrow are imported by the tables that need them, not by every command
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

SCHEMA_VERSION = 1
"""Version of the JSON layout; raised when a field is renamed or removed, not when one is added."""

TABLE_COLUMNS = [
    "id", "doc", "path", "start", "end", "line", "col", "text", "sentence",
    "value", "lower", "upper", "unit", "precision", "dimension", "hedge",
    "date_start", "date_end", "kind", "measure", "scope",
    "period_start", "period_end", "period_label", "attribution", "group", "verdict",
]
"""Columns of the claims table (CSV, Parquet, `Corpus.claims`), in order."""

TableRow = tuple[Any, ...]
"""A row of the claims table: its cells in the order of TABLE_COLUMNS (`row_cells`)."""

MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|$#~&])")


def tool_version() -> str:
    """The installed claimcheck version; '0+unknown' when run from a source tree not installed."""
    try:
        return metadata.version("claimcheck")
    except metadata.PackageNotFoundError:
        return "0+unknown"


# --- ordering ----------------------------------------------------------------------------------


def ordered_documents(corpus: Corpus) -> list[Document]:
    """Documents by path, then id."""
    return sorted(corpus.documents, key=lambda d: (d.path, d.id))


def ordered_claims(corpus: Corpus, claims: Iterable[Claim]) -> list[Claim]:
    """Claims by document path, then position in the file; when documents were checked against
    an archive, their own claims come before the archive's."""
    archived = {d.id for d in corpus.archive}
    return sorted(claims, key=lambda c: (c.doc in archived, corpus.document(c.doc).path, *claim_position(c)))


def claim_position(claim: Claim) -> tuple[int, int, str]:
    """Where a claim is in its document, as a sort key."""
    return claim.span.start, claim.span.end, claim.id


def label_key(finding: Finding) -> tuple[str, str]:
    """Sort key for a group label: alphabetical regardless of case, then exact."""
    return finding.group.label.casefold(), finding.group.label


def ordered_conflicts(corpus: Corpus) -> list[Finding]:
    """Conflicts, the widest disagreement first, then the most documents, then by label."""
    return sorted(
        corpus.conflicts,
        key=lambda f: (-f.relative_difference, -len(f.group.documents), label_key(f), f.group.id),
    )


def ordered_agreements(corpus: Corpus) -> list[Finding]:
    """Agreements by label."""
    return sorted(corpus.agreements, key=lambda f: (label_key(f), f.group.id))


def ordered_accepted(corpus: Corpus) -> list[Finding]:
    """Conflicts the baseline accepts, by label."""
    return sorted(corpus.accepted, key=lambda f: (label_key(f), f.group.id))


def marker_exclusions(document: Document) -> list[str]:
    """Why passages of a document were left out by `<!-- claimcheck: ... -->` markers."""
    return [reason for _, _, reason in document.boilerplate if reason.startswith(MARKER_PREFIX)]


# --- records -----------------------------------------------------------------------------------


def iso(day: date | None) -> str | None:
    """ISO form of a date, or None."""
    return day.isoformat() if day is not None else None


def period_record(period: Period | None) -> dict[str, str | None] | None:
    """A period as {start, end, label}, or None."""
    if period is None:
        return None
    return {"start": iso(period.start), "end": iso(period.end), "label": period.label}


def claim_findings(corpus: Corpus) -> dict[str, Finding]:
    """The finding of the group each grouped claim belongs to, by claim id."""
    return {c.id: f for f in corpus.findings for c in f.group.claims}


def claim_values(claim: Claim) -> tuple[Any, Any, Any]:
    """(value, lower, upper): numbers for a quantity, ISO dates for a date claim."""
    if claim.quantity is not None:
        return claim.quantity.value, claim.quantity.lower, claim.quantity.upper
    if claim.event_date is not None:
        when = claim.event_date
        return iso(when.start), iso(when.start), iso(when.end)
    return None, None, None


def claim_record(claim: Claim, document: Document, finding: Finding | None) -> dict[str, Any]:
    """One claim as a flat-ish dict; for a date claim value/lower/upper are ISO dates."""
    q = claim.quantity
    value, lower, upper = claim_values(claim)
    return {
        "id": claim.id,
        "doc": claim.doc,
        "path": document.path,
        "start": claim.span.start,
        "end": claim.span.end,
        "line": claim.span.line,
        "col": claim.span.col,
        "text": claim.text,
        "sentence": claim.sentence,
        "value": value,
        "lower": lower,
        "upper": upper,
        "unit": claim.unit,
        "precision": q.precision if q else None,
        "dimension": claim.dimension,
        "hedge": q.hedge if q else None,
        "kind": claim.kind,
        "measure": claim.measure,
        "scope": list(claim.scope),
        "period": period_record(claim.period),
        "attribution": claim.attribution,
        "group": finding.group.id if finding else None,
        "verdict": finding.verdict if finding else None,
    }


def claim_records(corpus: Corpus) -> list[dict[str, Any]]:
    """One record per claim, by path and position; the `claims` of the JSON report."""
    findings = claim_findings(corpus)
    return [
        claim_record(c, corpus.document(c.doc), findings.get(c.id))
        for c in ordered_claims(corpus, corpus.claim_list)
    ]


def table_row(record: dict[str, Any]) -> dict[str, Any]:
    """A claim record as a typed table row: numbers in value/lower/upper, event dates in
    date_start/date_end, the period in three columns and the scope joined with '; '."""
    dated = record["unit"] == "date"
    period = record["period"] or {}
    return {
        **record,
        "value": None if dated else record["value"],
        "lower": None if dated else record["lower"],
        "upper": None if dated else record["upper"],
        "date_start": record["lower"] if dated else None,
        "date_end": record["upper"] if dated else None,
        "scope": "; ".join(record["scope"]),
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "period_label": period.get("label"),
    }


def row_cells(record: dict[str, Any]) -> TableRow:
    """A claim record as a row of the claims table (`table_row`), cells in TABLE_COLUMNS order."""
    row = table_row(record)
    return tuple(row[name] for name in TABLE_COLUMNS)


def claims_table(corpus: Corpus) -> pd.DataFrame:
    """The claims as a flat table, one row per claim, columns `TABLE_COLUMNS`."""
    return table_frame([row_cells(r) for r in claim_records(corpus)])


def table_frame(rows: Iterable[TableRow]) -> pd.DataFrame:
    """Rows of the claims table (`row_cells`) as a DataFrame, columns `TABLE_COLUMNS`."""
    import pandas as pd

    table = pd.DataFrame(list(rows), columns=TABLE_COLUMNS)
    return table.astype({"value": "float64", "lower": "float64", "upper": "float64"})


_FLOAT_COLUMNS = frozenset({"value", "lower", "upper"})  # float64 whatever the batch holds (`table_frame`)


def write_csv_rows(out: TextIO, rows: list[TableRow], *, header: bool) -> None:
    """Rows of the claims table as CSV, the bytes pandas writes for `table_frame(rows).to_csv(out,
    index=False, lineterminator="\n")`, without importing pandas: a column holds float64 when
    pandas would infer it (numbers with a float or a missing value), int64 when all are ints."""
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(TABLE_COLUMNS)
    cells_by_column = list(zip(*rows)) or [()] * len(TABLE_COLUMNS)
    columns = [[_csv_float(v) for v in cells] if name in _FLOAT_COLUMNS else _csv_column(cells)
               for name, cells in zip(TABLE_COLUMNS, cells_by_column)]
    writer.writerows(zip(*columns))


def _csv_column(cells: Sequence[Any]) -> list[str]:
    """One column's cells as pandas writes them, by the dtype it infers for the column."""
    numbers = [v for v in cells if v is not None]
    if numbers and all(type(v) is int for v in numbers):
        return [str(v) for v in cells] if len(numbers) == len(cells) else [_csv_float(v) for v in cells]
    if numbers and all(type(v) in (int, float) for v in numbers):
        return [_csv_float(v) for v in cells]
    return ["" if v is None or v != v else str(v) for v in cells]


def _csv_float(value: float | None) -> str:
    """A float64 cell: numpy's shortest repr (Python's), empty when missing."""
    return "" if value is None or value != value else repr(float(value))


def document_record(document: Document) -> dict[str, Any]:
    """A document as {id, path, published, skipped, unread, excluded}."""
    return {
        "id": document.id,
        "path": document.path,
        "published": iso(document.published),
        "published_source": document.published_source,
        "skipped": document.skipped,
        "unread": list(document.unread),
        "excluded": marker_exclusions(document),
    }


def group_record(finding: Finding) -> dict[str, Any]:
    """A group with its verdict: {id, label, claims, verdict, reason, ...}."""
    group = finding.group
    return {
        "id": group.id,
        "label": group.label,
        "claims": sorted(c.id for c in group.claims),
        "documents": list(group.documents),
        "verdict": finding.verdict,
        "reason": finding.reason,
        "relative_difference": finding.relative_difference,
        "accepted": finding.accepted,
    }


def summary(corpus: Corpus) -> dict[str, int]:
    """Counts: documents read, documents skipped, claims, groups, conflicts, agreements."""
    return {
        "documents": len(corpus.read),
        "skipped": len(corpus.skipped),
        "claims": len(corpus.claim_list),
        "groups": len(corpus.findings),
        "conflicts": len(corpus.conflicts),
        "agreements": len(corpus.agreements),
    }


def to_json(corpus: Corpus) -> dict[str, Any]:
    """The whole report as JSON-ready data; field names are stable, fields may be added.

    `groups` holds the corpus's findings, conflicts first (widest first), then agreements; the
    corpus only keeps groups stated in two or more documents, so no filtering happens here.
    """
    return {
        "version": tool_version(),
        "schema": SCHEMA_VERSION,
        "tolerance": corpus.tolerance,
        "summary": summary(corpus),
        "documents": [document_record(d) for d in ordered_documents(corpus)],
        "claims": claim_records(corpus),
        "facts": fact_records(corpus),
        "groups": [group_record(f) for f in
                   ordered_conflicts(corpus) + ordered_accepted(corpus) + ordered_agreements(corpus)],
    }


def fact_records(corpus: Corpus) -> list[dict[str, Any]]:
    """The fact sheet's verified figures, as claim records citing the sheet's lines."""
    if corpus.facts is None:
        return []
    findings = claim_findings(corpus)
    return [claim_record(c, corpus.facts.document, findings.get(c.id)) for c in corpus.facts.claims]


def json_text(corpus: Corpus) -> str:
    """`to_json` serialised: indented, UTF-8 characters kept, ending in a newline."""
    return json.dumps(to_json(corpus), indent=2, ensure_ascii=False) + "\n"


# --- values as people read them ----------------------------------------------------------------


def format_bounds(q: Quantity, scale: float) -> str:
    """The interval a value's wording allows, in the value's scale: ' (227.85–227.95)'."""
    if q.lower == q.value == q.upper:
        return ""
    low = plain_number(q.lower / scale) if q.lower is not None else None
    high = plain_number(q.upper / scale) if q.upper is not None else None
    if low and high:
        return f" ({low}–{high})"
    if low:
        return f" ({low} or more)"
    if high:
        return f" (up to {high})"
    return " (open)"


def format_quantity(q: Quantity) -> str:
    """A normalised value to read: 'USD 227.9 billion (227.85–227.95)', '5.2 percent'."""
    scale, _ = scale_of(q.value)
    number = format_number(q.value) if q.unit != "anniversary" else ordinal(int(q.value))
    is_currency_code = re.fullmatch(r"[A-Z]{3}", q.unit) is not None
    amount = f"{q.unit} {number}" if is_currency_code else f"{number} {q.unit}"
    return amount + format_bounds(q, scale)


def format_period(period: Period | None) -> str:
    """A date or period in ISO form, or its wording when it could not be resolved."""
    if period is None:
        return "no date"
    return period.iso() or f"unresolved ({period.label})"


def normalised_value(claim: Claim) -> str:
    """What a claim says, normalised: the quantity, or the ISO date for a date claim."""
    return format_quantity(claim.quantity) if claim.quantity else format_period(claim.event_date)


def citation(corpus: Corpus, claim: Claim) -> str:
    """Where a claim is: path:line:col in the original file."""
    return f"{corpus.document(claim.doc).path}:{claim.span.line}:{claim.span.col}"


def skip_note(document: Document) -> str:
    """Why a document was skipped, naming its path once."""
    reason = document.skipped or ""
    return reason if document.path in reason else f"{document.path}: {reason}"


# --- Markdown ----------------------------------------------------------------------------------


def md_escape(text: str) -> str:
    """Quoted text made literal in Markdown: specials backslash-escaped, whitespace runs one space."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def md_marked_sentence(claim: Claim) -> str:
    """The claim's sentence, escaped, with the claim's words in bold."""
    start, end = claim.marked
    sentence = claim.sentence
    before, words, after = sentence[:start], sentence[start:end], sentence[end:]
    return f"{md_escape(before)}**{md_escape(words)}**{md_escape(after)}".strip()


def md_title() -> list[str]:
    """The title."""
    return ["# claimcheck: where the sources disagree", ""]


def md_how_to_read() -> list[str]:
    """One paragraph on how to read the report."""
    return [
        "How to read this report: each section is one fact stated in two or more documents. "
        "A **conflict** means the figures cannot all be right at the precision they were written "
        "with; an **agreement** means they match once rounding and hedges (\"about\", \"more "
        "than\") are allowed for. Each source is cited as `path:line:col` in the original file, "
        "and the claim's words are in bold inside its sentence.",
        "",
    ]


def md_summary(corpus: Corpus) -> list[str]:
    """The summary: counts, and each skipped document with the reason."""
    counts = summary(corpus)
    lines = ["## Summary", "", f"- Documents read: {counts['documents']}",
             f"- Documents skipped: {counts['skipped']}"]
    lines += [f"  - {md_escape(skip_note(d))}" for d in ordered_documents(corpus) if d.skipped]
    unread = [note for d in ordered_documents(corpus) for note in d.unread]
    if unread:  # read in part: each sentence whose claims are missing, and why
        lines += [f"- Sentences not read: {len(unread)}"] + [f"  - {md_escape(note)}" for note in unread]
    lines += [
        f"- Claims found: {counts['claims']}",
        f"- Facts stated in two or more documents: {counts['groups']}",
        f"- Conflicts: {counts['conflicts']}",
        f"- Agreements: {counts['agreements']}",
    ]
    return lines + md_checks(corpus) + [""]


def md_checks(corpus: Corpus) -> list[str]:
    """Summary lines for the fact sheet, the baseline and marker exclusions, when there are any."""
    lines = []
    if corpus.facts is not None:
        stated = {c.id for f in corpus.findings for c in f.group.claims if c.reference}
        lines.append(f"- Verified facts in `{corpus.facts.document.path}`: {len(corpus.facts.facts)}, "
                     f"stated in the documents: {len(stated)}")
    if corpus.baseline is not None:
        lines.append(f"- Accepted conflicts (baseline `{corpus.baseline.shown}`): {len(corpus.accepted)}")
    excluded = [(d.path, reason) for d in ordered_documents(corpus) for reason in marker_exclusions(d)]
    if excluded:
        lines.append(f"- Passages left out by claimcheck markers: {len(excluded)}")
        lines += [f"  - `{path}`: {md_escape(reason)}" for path, reason in excluded]
    return lines


def md_member(corpus: Corpus, claim: Claim) -> str:
    """One source's line: as written, normalised value, citation, attribution."""
    return (
        f"- **{md_escape(claim.surface)}** → {md_escape(normalised_value(claim))}"
        f" · `{citation(corpus, claim)}` · {md_escape(claim.attribution or '—')}"
    )


def md_conflict(corpus: Corpus, number: int, finding: Finding) -> list[str]:
    """A conflict's section: heading, reason, then each source with its sentence quoted."""
    lines = [f"### {number}. {md_escape(finding.group.label)}", "",
             f"**Conflict:** {md_escape(finding.reason)}", ""]
    for claim in ordered_claims(corpus, finding.group.claims):
        lines += [md_member(corpus, claim), f"  > {md_marked_sentence(claim)}"]
    return lines + [""]


def md_agreement(corpus: Corpus, finding: Finding) -> list[str]:
    """An agreement: label and reason, then each source with its sentence quoted."""
    accepted = f" (accepted in `{finding.accepted}`)" if finding.accepted else ""
    lines = [f"- **{md_escape(finding.group.label)}**: {md_escape(finding.reason)}{accepted}"]
    for claim in ordered_claims(corpus, finding.group.claims):
        lines += ["  " + md_member(corpus, claim), f"    > {md_marked_sentence(claim)}"]
    return lines


def md_findings(corpus: Corpus) -> list[str]:
    """The conflicts section, the accepted conflicts (when there are any), the agreements."""
    agreements = ordered_agreements(corpus)
    lines = md_conflicts(corpus) + md_accepted(corpus) + ["## Agreements", ""]
    if not agreements:
        lines += ["No agreements found."]
    for finding in agreements:
        lines += md_agreement(corpus, finding)
    return lines


def md_conflicts(corpus: Corpus) -> list[str]:
    """The conflicts not accepted in the baseline, numbered, widest first."""
    conflicts = ordered_conflicts(corpus)
    lines = ["## Conflicts", ""]
    if not conflicts:
        lines += ["No conflicts found.", ""]
    for number, finding in enumerate(conflicts, 1):
        lines += md_conflict(corpus, number, finding)
    return lines


def md_accepted(corpus: Corpus) -> list[str]:
    """The conflicts the baseline accepts, each with its entry's place; nothing when none."""
    if not corpus.accepted:
        return []
    lines = ["## Accepted conflicts", ""]
    return lines + [line for f in ordered_accepted(corpus) for line in md_agreement(corpus, f)] + [""]


def to_markdown(corpus: Corpus) -> str:
    """The discrepancy report an editor reads, as Markdown; same corpus, same bytes."""
    lines = md_title() + md_how_to_read() + md_summary(corpus) + md_findings(corpus)
    return "\n".join(lines) + "\n"


# --- check lines -------------------------------------------------------------------------------


def counted(n: int, noun: str) -> str:
    """'1 conflict', '2 conflicts'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary_line(corpus: Corpus) -> str:
    """'N conflicts, M agreements in K documents (S skipped)', with accepted conflicts if any."""
    c = summary(corpus)
    accepted = f", {counted(len(corpus.accepted), 'accepted conflict')}" if corpus.accepted else ""
    return (f"{counted(c['conflicts'], 'conflict')}{accepted}, {counted(c['agreements'], 'agreement')} in "
            f"{counted(c['documents'], 'document')} ({c['skipped']} skipped)")


def index_line(summary: IndexSummary, store: Path) -> str:
    """What `claimcheck index` did, in one line."""
    rebuilt = f"; rebuilt, as pipeline {summary.rebuilt_from} wrote it" if summary.rebuilt_from else ""
    return (f"{counted(summary.documents, 'document')} in {store} ({summary.extracted} extracted, "
            f"{summary.reused} unchanged, {summary.removed} removed{rebuilt}); "
            f"{counted(summary.claims, 'claim')} stored")


def check_block(corpus: Corpus, finding: Finding) -> list[str]:
    """One conflict for the terminal and for test failures: 'path:line:col: conflict: label:
    reason' at the claim in the wrong (against a verified fact) or the first, then each side
    with its words, its source and its sentence."""
    claims = ordered_claims(corpus, finding.group.claims)
    first = (off_reference(finding.group, corpus.tolerance) or claims)[0]
    lines = [f"{citation(corpus, first)}: conflict: {finding.group.label}: {finding.reason}"]
    for claim in claims:
        lines += [f"    {citation(corpus, claim)}: \"{claim.surface}\" ({claim.attribution or '—'})",
                  f"        > {' '.join(claim.sentence.split())}"]
    return lines


def format_check(corpus: Corpus) -> str:
    """The `check` command's output: one block per conflict, then the summary line."""
    lines = [line for f in ordered_conflicts(corpus) for line in check_block(corpus, f)]
    return "\n".join([*lines, summary_line(corpus)]) + "\n"


# --- files -------------------------------------------------------------------------------------


FLUSH_ROWS = 5_000
"""Claim rows a table holds before writing them out."""

@lru_cache(maxsize=1)
def parquet_schema() -> pa.Schema:
    """Column types of the claims table in Parquet, fixed so that every batch has the same."""
    import pyarrow as pa

    return pa.schema(
        [(name, pa.int64()) if name in ("start", "end", "line", "col")
         else (name, pa.float64()) if name in ("value", "lower", "upper", "precision")
         else (name, pa.string()) for name in TABLE_COLUMNS]
    )

TABLE_FORMATS = (".csv", ".jsonl", ".parquet")


class ClaimsTable:
    """A claims file written as claims arrive: CSV, JSON lines or Parquet by the file's suffix,
    '-' for CSV on standard output. Rows are written FLUSH_ROWS at a time, so memory stays flat
    however many claims pass through. The file is created with the first rows (or on `close`)."""

    def __init__(self, path: str | Path) -> None:
        self.path = None if str(path) == "-" else Path(path)
        self.suffix = ".csv" if self.path is None else self.path.suffix.lower()
        if self.suffix not in TABLE_FORMATS:
            choices = ", ".join(TABLE_FORMATS) + " or - (CSV on standard output)"
            raise ConfigurationError(Msg.E012, value=self.suffix or str(path), choices=choices)
        self.rows: list[Any] = []  # `TableRow`s, or JSON lines for .jsonl
        self.started = False
        self.handle: TextIO | None = None
        self.parquet: pq.ParquetWriter | None = None

    @property
    def tabulate(self) -> Callable[[Document, Iterable[Claim]], list[TableRow] | list[str]]:
        """What makes a document's claims into this table's rows (`table_rows`), as a function
        worker processes can be sent (`engine.Settings.tabulate`)."""
        return partial(table_rows, suffix=self.suffix)

    def add_rows(self, rows: Iterable[TableRow] | Iterable[str]) -> None:
        """Queue rows made by `tabulate` for writing."""
        self.rows.extend(rows)
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def add_document(self, document: Document, claims: Iterable[Claim]) -> None:
        """Queue one document's claims, in reading order; they belong to no group yet."""
        self.add_rows(table_rows(document, claims, suffix=self.suffix))

    def flush(self) -> None:
        """Write the queued rows; E014 naming the file when it cannot be written."""
        try:
            self._write(self.rows)
        except OSError as error:
            raise OutputError(Msg.E014, path=self.path, reason=error.strerror or error) from error
        self.rows = []
        self.started = True

    def close(self) -> None:
        """Write what is left (at least the header) and close the file."""
        if self.rows or not self.started:
            self.flush()
        self._release()

    def __enter__(self) -> ClaimsTable:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.close()
        else:
            self._release()

    def _write(self, rows: list[Any]) -> None:
        if self.suffix == ".jsonl":
            self._text().write("".join(rows))
        elif self.suffix == ".csv":
            write_csv_rows(self._text(), rows, header=not self.started)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            if self.parquet is None:
                self.parquet = pq.ParquetWriter(self.path, parquet_schema())
            self.parquet.write_table(pa.Table.from_pandas(table_frame(rows), schema=parquet_schema(),
                                                          preserve_index=False))

    def _text(self) -> TextIO:
        if self.handle is None:
            self.handle = sys.stdout if self.path is None else self.path.open("w", encoding="utf-8", newline="")
        return self.handle

    def _release(self) -> None:
        if self.parquet is not None:
            self.parquet.close()
        if self.handle is not None and self.handle is not sys.stdout:
            self.handle.close()


def table_rows(document: Document, claims: Iterable[Claim], *, suffix: str) -> list[TableRow] | list[str]:
    """One document's claims, in reading order and in no group yet, as rows of a claims table
    written as `suffix`: JSON lines for .jsonl, `TableRow`s for .csv and .parquet (whose cells'
    text depends on the other rows of the batch)."""
    records = (claim_record(c, document, None) for c in sorted(claims, key=claim_position))
    if suffix == ".jsonl":
        return [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    return [row_cells(r) for r in records]


def claims_writer(path: str | Path) -> ClaimsTable:
    """The claims table to write at `path`; E012 for a suffix other than .csv, .jsonl, .parquet."""
    return ClaimsTable(path)
