"""Match: group claims that state the same fact, across documents.

Claims are blocked by what must be equal for two claims to be comparable at all (kind, unit,
period; for dated events, the class of event), so the work grows with the size of the blocks,
not with the square of the corpus. Within a block a claim joins a group only if it is
compatible with every member (complete linkage: a chain of near-matches never merges two
facts), visiting claims in a canonical order so that the grouping does not depend on the
order of the input.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from .lexicon import CONTRAST_SETS
from .model import Claim, ClaimGroup, Period

MEASURE_SIMILARITY = 85.0  # rapidfuzz token_set_ratio, 0-100
EVENT_WINDOW_DAYS = 3  # dated events further apart than this are different events


def group_claims(claims: Iterable[Claim]) -> list[ClaimGroup]:
    """Groups of equivalent claims stated by two or more documents, in a stable order."""
    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=_canonical):
        blocks[block_key(claim)].append(claim)
    groups: list[ClaimGroup] = []
    for key in sorted(blocks, key=repr):
        for members in _cluster(blocks[key]):
            if len({c.doc for c in members}) >= 2:
                groups.append(_group(members))
    return sorted(groups, key=lambda g: (g.label, g.id))


def block_key(claim: Claim) -> tuple:
    """What two claims must share to be compared at all."""
    if claim.quantity is None:
        return ("date", claim.measure)
    q = claim.quantity
    return (claim.kind, q.dimension, q.unit, period_key(claim.period))


def period_key(period: Period | None) -> tuple:
    if period is None:
        return ("none",)
    if period.resolved:
        return ("dates", period.start, period.end)
    return ("label", period.label.lower())


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two claims (already in one block) can state the same fact."""
    if a.quantity is None or b.quantity is None:
        return _same_event(a, b)
    if not _same_scope(a, b):
        return False
    if not _names_overlap(a.subject, b.subject):
        return False
    return measures_match(a.measure, b.measure)


def measures_match(a: str, b: str) -> bool:
    """Same measure: similar wording and no contrasting term ("exports" vs "imports")."""
    words_a, words_b = set(a.split()), set(b.split())
    for contrast in CONTRAST_SETS:
        if (words_a & contrast) != (words_b & contrast):
            return False
    return fuzz.token_set_ratio(a, b) >= MEASURE_SIMILARITY


def _same_scope(a: Claim, b: Claim) -> bool:
    if a.scope and b.scope:
        return a.scope == b.scope
    return True


def _same_event(a: Claim, b: Claim) -> bool:
    if a.measure != b.measure or a.event_date is None or b.event_date is None:
        return False
    if not (a.subject or b.subject) and a.scope != b.scope:
        return False
    small, large = sorted((a.subject, b.subject), key=len)
    if not small or not _covered(small, large):
        return False
    da, db = a.event_date, b.event_date
    if not (da.resolved and db.resolved):
        return da.label.lower() == db.label.lower()
    gap = max((da.start - db.end).days, (db.start - da.end).days, 0)  # type: ignore[operator]
    return gap <= EVENT_WINDOW_DAYS


def _names_overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    return bool(set(a) & set(b))


def _covered(small: Sequence[str], large: Sequence[str]) -> bool:
    """Every name in `small` appears in `large` ("Xi" in "Xi Jinping")."""
    return set(small) <= set(large)


def _cluster(claims: list[Claim]) -> list[list[Claim]]:
    clusters: list[list[Claim]] = []
    for claim in claims:
        for cluster in clusters:
            if all(compatible(claim, member) for member in cluster):
                cluster.append(claim)
                break
        else:
            clusters.append([claim])
    return clusters


def _canonical(claim: Claim) -> tuple:
    return (claim.doc, claim.span.start, claim.span.end, claim.id)


def _group(members: list[Claim]) -> ClaimGroup:
    ids = "|".join(sorted(c.id for c in members))
    group_id = "g" + hashlib.sha1(ids.encode()).hexdigest()[:10]
    return ClaimGroup(group_id, label_of(members), tuple(members))


def label_of(members: Sequence[Claim]) -> str:
    """A short name for a group: measure · scope · period."""
    first = min(members, key=lambda c: (len(c.measure), c.measure))
    parts = [first.measure or first.kind]
    if first.quantity is None and first.subject:
        parts[0] = f"{first.measure} ({', '.join(_short_names(members))})"
    if first.event_date is not None:
        parts.append(period_label(first.event_date))
    if first.scope:
        parts.append("–".join(first.scope))
    if first.period is not None:
        parts.append(period_label(first.period))
    if first.kind in ("threshold", "change"):
        parts.append(first.kind)
    return " · ".join(parts)


def _short_names(members: Sequence[Claim]) -> list[str]:
    common = set(members[0].subject)
    for member in members[1:]:
        common &= set(member.subject) or common
    return sorted(common) or list(members[0].subject)


def period_label(period: Period) -> str:
    """A canonical name for a period: 2025, Q1 2026, H1 2026, 2025-12, 2026-02-04, 2023–2025."""
    if not period.resolved:
        return period.label
    s, e = period.start, period.end
    assert s is not None and e is not None
    if period.granularity == "year":
        return str(s.year)
    if period.granularity == "quarter":
        return f"Q{(s.month - 1) // 3 + 1} {s.year}"
    if period.granularity == "half":
        return f"H{(s.month - 1) // 6 + 1} {s.year}"
    if period.granularity == "month":
        return s.isoformat()[:7]
    if s == e:
        return s.isoformat()
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        return f"{s.year}–{e.year}"
    return f"{s.isoformat()}–{e.isoformat()}"
