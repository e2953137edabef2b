"""Reconcile: decide whether the claims in a group agree or conflict, and say why in one line.

Each claim allows an interval: its written precision ("$227.9 billion" is 227.85-227.95
billion) widened or opened by its hedge ("more than $200 billion" is 200 billion and up). The
claims agree when one value can satisfy all of them (intervals on a line that meet pairwise
share a point), and conflict otherwise. Two rounding intervals that only touch ("14" is 13.5-14.5,
"15" is 14.5-15.5) do not agree: no one writes 14.5 as either. An optional relative tolerance widens every interval.
Figures in two units of one scale ("about 90 minutes", "nearly two hours") are compared in its base
unit (units.in_base); each side is still quoted in its own words.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from .lexicon import (
    CASUALTY_WORDS,
    EXCLUSIVE_HEDGES,
    HEDGES_BEFORE,
    RELATIVE_DAY_PARTS,
    RELATIVE_DAYS,
)
from .match import yearless_days, yearless_gap
from .model import Claim, ClaimGroup, Finding, Quantity
from .readable import describe_value, format_number, with_unit
from .units import from_base, in_base


def reconcile(group: ClaimGroup, *, tolerance: float = 0.0, inferred: Collection[str] = ()) -> Finding:
    """The verdict on one group, with the reason. `inferred`: documents (by id) whose date the
    corpus inferred (dating.py), so that their "today" or "last night" may be a day off."""
    if group.claims[0].quantity is None:
        return _reconcile_dates(group, inferred)
    if any(c.reference for c in group.claims):
        return _against_reference(group, tolerance)
    intervals = [_interval(c, tolerance) for c in group.claims]
    low = max(i[0] for i in intervals)
    high = min(i[1] for i in intervals)
    revised = _revised_toll(group.claims)
    if revised is not None:
        a, b = revised
        higher = "a higher floor" if b.quantity.hedge else "a higher exact count"  # type: ignore[union-attr]
        reason = (f"{_side(a)} vs {_side(b)}: a death toll given as a floor in one report and as "
                  f"{higher} in another is a revised toll") + _sources(group.claims, a, b)
        return Finding(group, "conflict", reason, relative_difference(a, b))
    if low < high or (low == high and _meet_at_a_stated_value(group.claims, low)):
        return Finding(group, "agree", _agree_reason(group.claims, tolerance))
    a, b = _widest_gap(group.claims, tolerance)
    reason = _conflict_reason(a, b, tolerance) + _sources(group.claims, a, b)
    return Finding(group, "conflict", reason, relative_difference(a, b))


_KILLED = CASUALTY_WORDS["killed"]
# Hedges that set a floor the figure itself meets: "at least 52", "no fewer than 52".
_FLOOR_HEDGES = frozenset(h for h, bounds in HEDGES_BEFORE.items() if bounds == (1.0, None)) - EXCLUSIVE_HEDGES


def _revised_toll(claims: tuple[Claim, ...]) -> tuple[Claim, Claim] | None:
    """A death toll "at least" one figure in one report and an exact higher count, or a higher
    floor ("at least 7" and "at least 11"), in another: the toll was revised between the reports
    (officials give a floor while bodies are still counted, a later report gives a higher one), and
    outlets that give two tolls of one disaster disagree, though the higher count is "at least" the
    lower. The lowest floor and the highest count of another report, exact counts first, or None."""
    if any(c.measure != _KILLED for c in claims):
        return None
    floors = [c for c in claims if c.quantity.hedge in _FLOOR_HEDGES]  # type: ignore[union-attr]
    if not floors:
        return None
    floor = min(floors, key=lambda c: _base(c).value)
    for told in ([c for c in claims if not c.quantity.hedge], floors):  # type: ignore[union-attr]
        higher = [c for c in told if c.doc != floor.doc and _base(c).value > _base(floor).value]
        if higher:
            return floor, max(higher, key=lambda c: _base(c).value)
    return None


def _meet_at_a_stated_value(claims: tuple[Claim, ...], point: float) -> bool:
    """Intervals that only touch agree when the point is a figure someone states and no bound
    there excludes it: "at least 12" and "12" agree; "14" and "15" (rounding intervals meeting at
    14.5) do not, nor do "nearly 300" and "more than 300"."""
    stated = any(_base(c).value == point for c in claims)
    excluded = any(c.quantity.hedge in EXCLUSIVE_HEDGES for c in claims  # type: ignore[union-attr]
                   if point in (_base(c).lower, _base(c).upper))
    return stated and not excluded


def reconcile_all(groups: list[ClaimGroup], *, tolerance: float = 0.0, inferred: Collection[str] = ()) -> list[Finding]:
    return [reconcile(g, tolerance=tolerance, inferred=inferred) for g in groups]


def reconcile_against(group: ClaimGroup, own: Collection[str], *, tolerance: float = 0.0) -> Finding:
    """The verdict on a group when documents (`own`, by id) are checked against an archive.

    The group conflicts when their claims and an archived claim cannot all hold, and then shows
    just the archived claims that disagree. Archived claims that disagree only among themselves
    are not the documents' to answer for: each allowing their figure, the group agrees.
    """
    checked = tuple(c for c in group.claims if c.doc in own)
    archived = tuple(c for c in group.claims if c.doc not in own)
    opposed = tuple(a for a in archived
                    if reconcile(replace(group, claims=checked + (a,)), tolerance=tolerance).verdict == "conflict")
    if opposed:
        return reconcile(replace(group, claims=checked + opposed), tolerance=tolerance)
    finding = reconcile(group, tolerance=tolerance)
    if finding.verdict == "agree":
        return finding
    wording = "; ".join(f"\"{c.surface}\"" for c in checked)
    return Finding(group, "agree", f"each of the {len(archived)} archived claims allows {wording}; "
                                   f"they differ among themselves")


def interval(claim: Claim, tolerance: float = 0.0) -> tuple[float, float]:
    """The values a claim allows, as a closed interval (open sides are infinite)."""
    assert claim.quantity is not None
    return claim.quantity.bounds(tolerance)


def _base(claim: Claim) -> Quantity:
    """A claim's quantity in its scale's base unit: what figures in two units are compared in.
    A conversion multiplies every figure of a unit alike, so figures of one unit keep their order
    and their equalities."""
    return in_base(claim.quantity)  # type: ignore[arg-type]


def _interval(claim: Claim, tolerance: float = 0.0) -> tuple[float, float]:
    """`interval` in the claim's base unit."""
    return _base(claim).bounds(tolerance)


def _values(a: Claim, b: Claim) -> tuple[float, float]:
    """Two claims' values, in their unit, or in its base when their units differ."""
    if a.unit == b.unit:
        return a.quantity.value, b.quantity.value  # type: ignore[union-attr]
    return _base(a).value, _base(b).value


def relative_difference(a: Claim, b: Claim) -> float:
    """|a - b| relative to the larger magnitude."""
    va, vb = _values(a, b)
    scale = max(abs(va), abs(vb))
    return abs(va - vb) / scale if scale else 0.0


def _widest_gap(claims: tuple[Claim, ...], tolerance: float) -> tuple[Claim, Claim]:
    """The two claims whose intervals are furthest apart (the first such pair), smaller first."""
    lows, highs = zip(*(_interval(c, tolerance) for c in claims))
    gaps = _gaps_after(lows, highs)
    i, j = _first_pair_apart(lows, highs, max(gaps), gaps)  # type: ignore[misc]
    a, b = claims[i], claims[j]
    return (a, b) if _base(a).value <= _base(b).value else (b, a)


def _gaps_after(lows: Sequence[float], highs: Sequence[float]) -> list[float]:
    """For each interval but the last, the widest gap between it and a later one, found in one
    pass from the end: a group of hundreds of syndicated copies costs no pairs."""
    gaps = [0.0] * (len(lows) - 1)
    later_low, later_high = lows[-1], highs[-1]
    for i in range(len(lows) - 2, -1, -1):
        gaps[i] = max(lows[i] - later_high, later_low - highs[i])
        later_low, later_high = max(later_low, lows[i]), min(later_high, highs[i])
    return gaps


def _first_pair_apart(
    lows: Sequence[float], highs: Sequence[float], apart: float, gaps: Sequence[float] | None = None
) -> tuple[int, int] | None:
    """The first pair (i < j, in the order of itertools.combinations) of intervals at least
    `apart` apart, or None. `gaps`: `_gaps_after(lows, highs)`, when the caller has it."""
    gaps = _gaps_after(lows, highs) if gaps is None else gaps
    i = next((i for i, gap in enumerate(gaps) if gap >= apart), None)
    if i is None:
        return None
    return i, next(j for j in range(i + 1, len(lows)) if max(lows[i] - highs[j], lows[j] - highs[i]) >= apart)


def _against_reference(group: ClaimGroup, tolerance: float) -> Finding:
    """A group with a verified figure: each claim must allow a value the reference allows."""
    reference = next(c for c in group.claims if c.reference)
    wrong = off_reference(group, tolerance)
    if not wrong:
        reason = f"all agree with the verified {describe_value(reference)}"
        return Finding(group, "agree", reason + (f", within the {tolerance:.1%} tolerance" if tolerance else ""))
    reason = _conflict_reason(wrong[0], reference, tolerance)
    if len(wrong) > 1:
        reason += f"; {len(wrong) - 1} more {'claims contradict' if len(wrong) > 2 else 'claim contradicts'} it"
    return Finding(group, "conflict", reason, relative_difference(wrong[0], reference))


def off_reference(group: ClaimGroup, tolerance: float = 0.0) -> list[Claim]:
    """The claims of a group that allow no value its verified figures allow, furthest first;
    empty when the group has no reference or every claim agrees with it."""
    references = [c for c in group.claims if c.reference]
    if not references:
        return []
    low = max(_interval(c, tolerance)[0] for c in references)
    high = min(_interval(c, tolerance)[1] for c in references)
    stated = {_base(c).value for c in references}

    def gap(claim: Claim) -> float:
        claim_low, claim_high = _interval(claim, tolerance)
        return max(claim_low - high, low - claim_high)

    def contradicts(claim: Claim) -> bool:
        # Rounding intervals that only touch ("4.2 million" and "4.3 million" meet at 4.25
        # million) share a value neither side states: they disagree.
        if gap(claim) != 0:
            return gap(claim) > 0
        touching = low if _interval(claim, tolerance)[1] == low else high
        return touching not in {_base(claim).value, *stated}

    return sorted((c for c in group.claims if not c.reference and contradicts(c)), key=gap, reverse=True)


def _side(claim: Claim) -> str:
    """A claim's value in a reason; a reference reads as "the verified ..."."""
    return f"the verified {describe_value(claim)}" if claim.reference else describe_value(claim)


def _difference(a: Claim, b: Claim) -> str:
    """How far apart two values are: in their unit, and two percentages in percentage points; two
    values in two units of one scale in the finer of them ("90 minutes" and "two hours": 30 minutes)."""
    va, vb = _values(a, b)
    diff, quantity = abs(vb - va), a.quantity
    assert quantity is not None and b.quantity is not None
    if a.unit != b.unit:
        quantity = max(quantity, b.quantity, key=lambda q: from_base(1.0, q))  # the finer unit
        diff = float(f"{from_base(diff, quantity):.3g}")  # "20.2 kilometres", not the conversion's digits
    if quantity.unit == "percent":
        return f"{format_number(diff)} percentage point{'' if diff == 1 else 's'}"
    return with_unit(format_number(diff), quantity, diff)


def _conflict_reason(a: Claim, b: Claim, tolerance: float) -> str:
    text = (
        f"{_side(a)} vs {_side(b)}: the ranges their wording allows do not "
        f"overlap (difference {_difference(a, b)}, "
        f"{relative_difference(a, b):.1%})"
    )
    if tolerance:
        text += f", beyond the {tolerance:.1%} tolerance"
    rounded = [c for c in (a, b) if c.quantity.ambiguous_precision and not c.quantity.hedge]  # type: ignore[union-attr]
    if rounded:
        text += f"; {rounded[0].surface} may be a round figure"
    return text


def _sources(claims: tuple[Claim, ...], a: Claim, b: Claim) -> str:
    """Who stands behind each side of a conflict: "; 2 reports vs 1 report citing the police".
    A side is every document stating that side's value, however worded; said only when it tells
    more than "one report each"."""
    sides = []
    for side in (a, b):
        backing = [c for c in claims if _base(c).value == _base(side).value
                   and c.quantity.hedge == side.quantity.hedge]  # type: ignore[union-attr]
        documents = len({c.doc for c in backing})
        cited = sorted({c.attribution.replace("’", "'"): c.attribution for c in backing if c.attribution}.values())
        sides.append((documents, cited))
    if all(documents == 1 and not cited for documents, cited in sides):
        return ""
    return "; " + " vs ".join(
        f"{documents} {'report' if documents == 1 else 'reports'}" + (f" citing {' and '.join(cited)}" if cited else "")
        for documents, cited in sides
    )


def _agree_reason(claims: tuple[Claim, ...], tolerance: float) -> str:
    exact = [c for c in claims if not c.quantity.hedge]  # type: ignore[union-attr]
    values = {_base(c).value for c in exact}
    hedged = [c for c in claims if c.quantity.hedge]  # type: ignore[union-attr]
    parts: list[str] = []
    if len(values) == 1 and exact:
        parts.append(f"all state {_in_each_unit(exact)}")
    elif exact:
        finest = min(exact, key=lambda c: _base(c).precision)
        coarse = [c for c in exact if _base(c).value != _base(finest).value]
        parts.append(
            f"{', '.join(describe_value(c) for c in coarse)} is {describe_value(finest)} rounded"
            if coarse else f"all state {_in_each_unit(exact)}"
        )
    if hedged:
        target = describe_value(exact[0]) if exact else "one value"
        phrases = "; ".join(f"\"{c.surface}\" allows {target}" for c in hedged)
        parts.append(phrases if exact else f"{phrases.replace(' allows one value', '')} can all hold at once")
    if tolerance:
        parts.append(f"within the {tolerance:.1%} tolerance")
    return "; ".join(parts)


def _in_each_unit(claims: list[Claim]) -> str:
    """One value as the claims state it, once in each of their units: "90 minutes (1.5 hours)"."""
    shown = {c.unit: c for c in claims}
    first, *others = shown.values()
    return describe_value(first) + (f" ({', '.join(describe_value(c) for c in others)})" if others else "")


def _said_from_the_day(claim: Claim) -> bool:
    """Whether a claim's date counts from the day of writing ("today", "last night")."""
    label = claim.event_date.label.lower()  # type: ignore[union-attr]
    return any(word in label for word in (*RELATIVE_DAYS, *RELATIVE_DAY_PARTS))


def _reconcile_dates(group: ClaimGroup, inferred: Collection[str] = ()) -> Finding:
    dated = [c for c in group.claims if c.event_date is not None and c.event_date.resolved]
    if not dated:
        yearless = _yearless_apart(group)
        if yearless is not None:
            return yearless
    if len({(c.event_date.start, c.event_date.end) for c in dated}) <= 1:  # type: ignore[union-attr]
        when = dated[0].event_date.iso() if dated else group.claims[0].event_date.label  # type: ignore[union-attr]
        wordings = "; ".join(sorted({f"\"{c.surface}\"" for c in group.claims}))
        return Finding(group, "agree", f"all give {when} ({wordings})")
    days_from = [c.event_date.start.toordinal() for c in dated]  # type: ignore[union-attr]
    days_to = [c.event_date.end.toordinal() for c in dated]  # type: ignore[union-attr]
    apart = _first_pair_apart(days_from, days_to, 1)  # the first two that do not overlap
    if apart is None:
        return Finding(group, "agree", "the stated dates overlap")
    loose = [_said_from_the_day(c) and c.doc in inferred for c in dated]
    if any(loose) and _first_pair_apart([d - x for d, x in zip(days_from, loose)],
                                        [d + x for d, x in zip(days_to, loose)], 1) is None:
        wordings = "; ".join(sorted({f"\"{c.surface}\"" for c, x in zip(dated, loose) if x}))
        return Finding(group, "agree", f"the stated dates overlap within a day of {wordings}, said in reports "
                                       "whose own date is inferred")
    a, b = dated[apart[0]], dated[apart[1]]
    days = abs((a.event_date.start - b.event_date.start).days)  # type: ignore[union-attr, operator]
    reason = (f"{a.event_date.iso()} (\"{a.surface}\") vs {b.event_date.iso()} "  # type: ignore[union-attr]
              f"(\"{b.surface}\"): {days} day{'s' if days != 1 else ''} apart")
    return Finding(group, "conflict", reason, relative_difference=float(days))


def _yearless_apart(group: ClaimGroup) -> Finding | None:
    """Undated reports' month-days of one event read in one year (`match.yearless_days`):
    "November 19" vs "November 18" conflict; "last month" gives no day and fits both."""
    first: dict[tuple[int, int], Claim] = {}  # each day once: a group of many copies costs no pairs
    for claim in group.claims:
        days = yearless_days(claim.event_date)
        if days is not None:
            first.setdefault(days, claim)
    spans = list(first.items())
    for i, (days_a, a) in enumerate(spans):
        for days_b, b in spans[i + 1:]:
            gap = yearless_gap(days_a, days_b)
            if gap >= 1:
                reason = (f"{a.event_date.label} (\"{a.surface}\") vs {b.event_date.label} "  # type: ignore[union-attr]
                          f"(\"{b.surface}\"), no year given: {gap} day{'s' if gap != 1 else ''} apart")
                return Finding(group, "conflict", reason, relative_difference=float(gap))
    return None
