"""The reference fact sheet: figures the desk has verified, each turned into a claim that the
matcher compares with the documents' claims.

A fact is read from a `[[fact]]` entry of a TOML file (or given to `claimcheck.testing.assert_claim`)
with its measure, scope, period, value and unit. Its wording is read by the same code that reads
claims (numbers.py, units.py, periods.py, measure.py), so "227.9 billion", "USD" and "Q1 2026" mean
here what they mean in an article. A document claim states the fact when match.py would put the
two in one group; the group is then reconciled with the fact as its reference side.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .errors import Msg, ReferenceFileError
from .match import block_key, compatible, label_of
from .measure import Context, countries, describe
from .model import Claim, ClaimGroup, Document, Finding, Kind, Period, Quantity, Span
from .numbers import NumberMatch, find_numbers, parse_number
from .periods import find_times
from .reconcile import reconcile
from .tomlfile import TomlFile, check_keys, read_entries, string_list, typed
from .units import currency_before, singular, unit_after

TABLE = "fact"
FACT_KEYS = ("measure", "scope", "period", "value", "between", "precision", "unit", "kind", "source", "note")
QUANTITY_KINDS = ("amount", "change", "rate", "count", "threshold", "duration", "age")  # what a fact can be
MISSING_HINTS = {
    "measure": 'add what the figure measures, as the articles word it, e.g. measure = "ridership".',
    "period": 'add the period it is for, e.g. period = "2025" or period = "Q1 2026".',
    "unit": 'add e.g. unit = "USD", unit = "percent" or unit = "passengers".',
    "value": 'add value = "4.2 million", or between = ["4.1 million", "4.3 million"].',
}

Locate = Callable[[str | None], tuple[str, int]]
"""Where a fact's key is written, as (path, line): errors about the key name that place."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One verified figure: the claim that states it, where it was verified, and the desk's note."""

    claim: Claim
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class FactSheet:
    """The facts of one file, and the file as a Document so that facts are cited like claims."""

    document: Document
    facts: tuple[Fact, ...]

    @property
    def claims(self) -> list[Claim]:
        return [fact.claim for fact in self.facts]


def read_facts(path: str | Path) -> FactSheet:
    """Read a fact sheet: one `[[fact]]` table per verified figure; errors name the file and line."""
    file, entries = read_entries(path, TABLE, what="the fact sheet",
                                 hint="Check the facts path in [tool.claimcheck] or on the command line.")
    document = Document(id=file.shown, path=file.shown, raw=file.text, text=file.text,
                        offsets=list(range(len(file.text) + 1)))
    return FactSheet(document, tuple(_entry(file, document, i, entry) for i, entry in enumerate(entries)))


def _entry(file: TomlFile, document: Document, index: int, entry: dict[str, Any]) -> Fact:
    """One `[[fact]]` table as a Fact whose span is the value written in the file."""
    check_keys(file, TABLE, entry, FACT_KEYS, index, shown_as="[[fact]]")

    def locate(key: str | None) -> tuple[str, int]:
        return file.shown, file.line_of(TABLE, key, index)

    def text(key: str) -> str | None:
        return typed(file, TABLE, entry, key, str, "a string", index)

    between = entry.get("between")
    if between is not None and not (isinstance(between, list) and len(between) == 2):
        raise file.error(Msg.E033, TABLE, "between", index, key="between",
                         expected="a list of two values, lowest first", value=between)
    value_key = "between" if between is not None else "value"
    span = _value_span(document, locate(value_key)[1])
    return make_fact(
        measure=text("measure"), period=entry.get("period"), unit=text("unit"),
        value=entry.get("value"), between=between, precision=entry.get("precision"),
        scope=string_list(file, TABLE, entry, "scope", index), kind=text("kind"),
        source=text("source"), note=text("note"),
        doc=document.id, span=span, locate=locate, number=index + 1,
    )


def _value_span(document: Document, line: int) -> Span:
    """The span of what follows '=' on a line of the sheet (the whole line when there is none)."""
    start = 0
    for _ in range(line - 1):
        start = document.raw.index("\n", start) + 1
    end = document.raw.find("\n", start)
    end = len(document.raw) if end < 0 else end
    written = document.raw[start:end]
    offset = written.index("=") + 1 if "=" in written else 0
    offset += len(written[offset:]) - len(written[offset:].lstrip())
    return document.span(start + offset, max(end, start + offset))


def make_fact(
    *,
    measure: str | None,
    period: object,
    unit: str | None,
    value: object = None,
    between: Sequence[object] | None = None,
    precision: object = None,
    scope: Iterable[str] = (),
    kind: str | None = None,
    source: str | None = None,
    note: str | None = None,
    doc: str,
    span: Span,
    locate: Locate,
    number: int = 1,
    vouched_by: str = "fact sheet",
) -> Fact:
    """A verified figure as a claim of the reference `doc`, read with the claim grammar;
    `vouched_by` says who stands behind it (the fact sheet, a test's assertion)."""

    def problem(msg: Msg, at: str | None, **fields: object) -> ReferenceFileError:
        path, line = locate(at)
        return ReferenceFileError(msg, path=path, line=line, **fields)

    for key, given in (("measure", measure), ("period", period), ("unit", unit)):
        if given is None or given == "":
            raise problem(Msg.E034, None, table="[[fact]]", key=key, hint=MISSING_HINTS[key])
    if value is None and between is None:
        raise problem(Msg.E034, None, table="[[fact]]", key="value", hint=MISSING_HINTS["value"])
    unit_name, dimension = _unit(str(unit), problem)
    quantity = _quantity(value, between, precision, unit_name, dimension, problem)
    if kind is not None and kind not in QUANTITY_KINDS:
        raise problem(Msg.E033, "kind", key="kind", expected="one of " + ", ".join(QUANTITY_KINDS), value=kind)
    when = _period(period, problem)
    described = describe(f"{measure} ", len(measure) + 1, len(measure) + 1, Context(()), [])  # type: ignore[arg-type]
    names = list(scope)
    canonical = tuple(sorted({*countries(", ".join(names))} | {n for n in names if not countries(n)}))
    head = f"{measure} · {'–'.join(names) + ' · ' if names else ''}{when.label}: "
    written = _as_written(value, between)
    if written_unit(value if between is None else between[0]) is None:
        written += f" {unit_name if dimension == 'currency' else unit}"
    claim = Claim(
        id=f"{doc}#{number}", doc=doc, span=span, sentence=head + written + (f" ({note})" if note else ""),
        sentence_start=span.start, marked=(len(head), len(head) + len(written)),
        kind=kind or _default_kind(quantity),  # type: ignore[arg-type]
        measure=described.measure or str(measure), scope=canonical, quantity=quantity, period=when,
        attribution=f"{vouched_by}, {source}" if source else vouched_by, reference=True,
    )
    return Fact(claim, source, note)


def _as_written(value: object, between: Sequence[object] | None) -> str:
    """The value as the editor wrote it: "4.2 million", "4.1 million–4.3 million"."""
    return "–".join(map(str, between)) if between is not None else str(value)


def _unit(written: str, problem: Callable[..., ReferenceFileError]) -> tuple[str, str]:
    """The canonical unit and dimension of a unit as an editor writes it: USD, $, %, km, people."""
    words = written.strip()
    after = unit_after(f" {words}")
    if after is not None and after.after == len(words) + 1:
        return after.unit, after.dimension
    before = currency_before(f"{words} ")
    if before is not None and before.before == len(words) + 1:
        return before.unit, before.dimension
    if words.isalpha() and words.islower():
        return singular(words), "count"
    raise problem(Msg.E037, "unit", value=written)


def written_unit(value: object) -> str | None:
    """The unit written with a value, as the claim grammar reads it: "$227.9 billion" -> "$",
    "14.7%" -> "%", "4.2 million passengers" -> "passengers"; None for a bare number."""
    if not isinstance(value, str):
        return None
    found = find_numbers(value)
    if not found:
        return None
    before, after = value[:found[0].start], value[found[0].end:]
    currency = currency_before(before)
    if currency is not None and not before[:-currency.before].strip():
        return before.strip()
    unit = unit_after(after)
    if unit is not None and not after[unit.after:].strip():
        return after.strip()
    return None


def _number(written: object, key: str, problem: Callable[..., ReferenceFileError]) -> NumberMatch:
    """A value as written ("4.2 million", "4,200", 227.9): read by the claim grammar, with the
    precision its surface implies."""
    parsed = None
    if isinstance(written, (int, float)) and not isinstance(written, bool):
        parsed = parse_number(repr(written))
    elif isinstance(written, str):
        unit = written_unit(written)
        parsed = parse_number(written.replace(unit, "", 1) if unit and not written.startswith(unit) else written)
    if parsed is None or parsed.kind not in ("cardinal", "fraction"):
        raise problem(Msg.E036, key, value=written)
    return parsed


def _quantity(value: object, between: Sequence[object] | None, precision: object, unit: str,
              dimension: str, problem: Callable[..., ReferenceFileError]) -> Quantity:
    """The fact's value and the interval it allows: the written precision (or `precision`), or
    the `between` bounds."""
    if between is not None:
        low, high = (_number(v, "between", problem).value for v in between)
        if low > high:
            raise problem(Msg.E033, "between", key="between", expected="lowest value first", value=list(between))
        return Quantity((low + high) / 2, low, high, unit, dimension, 0.0, "range")
    number = _number(value, "value", problem)
    half = _number(precision, "precision", problem).value if precision is not None else number.precision
    return Quantity(number.value, number.value - half, number.value + half, unit, dimension, half,
                    ambiguous_precision=number.ambiguous and precision is None)


def _period(written: object, problem: Callable[..., ReferenceFileError]) -> Period:
    """The period a fact is for: one absolute time expression ("2025", "Q1 2026", a TOML date)."""
    if isinstance(written, date):
        return Period(written, written, written.isoformat(), "day")
    text = str(written).strip() if isinstance(written, (str, int)) and not isinstance(written, bool) else ""
    mentions = find_times(text, None)
    if len(mentions) == 1 and mentions[0].period.resolved and (mentions[0].start, mentions[0].end) == (0, len(text)):
        return mentions[0].period
    raise problem(Msg.E035, "period", value=written)


def _default_kind(quantity: Quantity) -> Kind:
    """The kind of claim a value of this unit usually is: money is an amount, a percentage a
    rate, percentage points a change, a counted noun a count."""
    if quantity.unit == "percentage point":
        return "change"
    return {"percent": "rate", "count": "count", "duration": "duration"}.get(quantity.dimension, "amount")  # type: ignore[return-value]


# --- checking claims against facts ---------------------------------------------------------------


def stating(fact: Claim, claims: Iterable[Claim]) -> list[Claim]:
    """The claims that state the same fact, by match.py's rules (same block, compatible)."""
    key = block_key(fact)
    return [c for c in claims if block_key(c) == key and compatible(fact, c)]


def check_facts(facts: Iterable[Fact], claims: Sequence[Claim], findings: Sequence[Finding], *,
                tolerance: float = 0.0) -> list[Finding]:
    """Findings with each fact reconciled against the claims that state it. A group of documents
    whose claims all state one fact is left to that fact's finding, which arbitrates it."""
    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        blocks[block_key(claim)].append(claim)
    checked = []
    for fact in facts:
        members = stating(fact.claim, blocks.get(block_key(fact.claim), []))
        if members:
            checked.append(reconcile(fact_group(fact.claim, members), tolerance=tolerance))
    covered = [{c.id for c in f.group.claims} for f in checked]
    kept = [f for f in findings if not any({c.id for c in f.group.claims} <= ids for ids in covered)]
    return sorted(kept + checked, key=lambda f: (f.group.label, f.group.id))


def fact_group(fact: Claim, members: Sequence[Claim]) -> ClaimGroup:
    """A fact and the claims that state it, labelled by the fact."""
    ids = "|".join(sorted(c.id for c in (fact, *members)))
    return ClaimGroup("f" + hashlib.sha1(ids.encode()).hexdigest()[:10], label_of([fact]), (fact, *members))
