"""Match at scale: grouping through indexes equals comparing every pair, the obvious way."""

import random
from collections import defaultdict
from datetime import date

import pytest

from claimcheck import stories as stories_module
from claimcheck.match import (
    _canonical,
    _consistent_within_document,
    _StoryGate,
    block_key,
    compatible,
    group_claims,
)
from claimcheck.model import Claim, Period, Quantity, Span

MEASURES = ["trade", "bilateral trade", "trade volume", "exports", "imports", "killed", "killed total",
            "injured", "arrested", "tourist arrival", "tourist arrivals hotel", "budget", "budget deficit"]
KINDS = {"amount": ("currency", "USD"), "count": ("count", "people"), "rate": ("percent", "percent"),
         "change": ("percent", "percent"), "age": ("age", "years"), "date": ("date", "date")}
SCOPES = [(), (), ("China",), ("China", "Russia"), ("Peru",)]
SUBJECTS = [(), (), (), ("Xi",), ("Xi", "Jinping"), ("Putin",), ("Smith",)]
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31), "2025", "year")
PERIODS = [None, None, YEAR_2025, Period(date(2024, 1, 1), date(2024, 12, 31), "2024", "year"),
           Period(date(2025, 3, 4), date(2025, 3, 4), "March 4", "day"),
           Period(None, None, "last year", "year"),
           Period(date(2023, 1, 1), date(2025, 12, 31), "2023–2025", "span")]
EVENT_DAYS = [Period(date(2026, 2, d), date(2026, 2, d), f"February {d}", "day") for d in (1, 3, 4, 9)] + [
    Period(None, None, "on Tuesday", "day"), Period(date(2026, 2, 3), date(2026, 2, 3), "on Tuesday", "day")]
NAMES = [f"name{i}" for i in range(30)]


def random_claim(rng: random.Random, doc: str, start: int, sentence_start: int) -> Claim:
    kind = rng.choice(list(KINDS))
    dimension, unit = KINDS[kind]
    common = dict(
        id=f"{doc}:{start}", doc=doc, span=Span(start, start + 5, 1, start + 1, "x" * 5), sentence="s",
        sentence_start=sentence_start, marked=(0, 5), kind=kind,
        measure={"age": rng.choice(["age", "age man"]), "date": rng.choice(["meeting", "visit"])}.get(
            kind, rng.choice(MEASURES)),
        scope=rng.choice(SCOPES), subject=rng.choice(SUBJECTS),
    )
    if kind == "date":
        return Claim(**common, event_date=rng.choice(EVENT_DAYS))
    value = rng.choice([10.0, 12.0, 39.0, 41.0, 100.0, 0.0, 227.9, 228.1])
    low, high = rng.choice([(value - 0.5, value + 0.5), (value, None), (None, value),
                            (value * 0.9, value * 1.1)])
    return Claim(**common, quantity=Quantity(value, low, high, unit, dimension), period=rng.choice(PERIODS))


def random_corpus(seed: int, documents: int = 10, claims: int = 120) -> tuple[list[Claim], dict]:
    """Claims of a few documents that share names, sentences, measures, places and values."""
    rng = random.Random(seed)
    docs = [f"doc{i}" for i in range(documents)]
    stories = {doc: frozenset(rng.sample(NAMES, rng.randint(0, 8))) for doc in docs}
    made = []
    for n in range(claims):
        doc = rng.choice(docs)
        start = 10 * n + rng.randint(0, 5)
        made.append(random_claim(rng, doc, start, sentence_start=rng.choice([0, 100, 200, start])))
    return made, stories


def reference_groups(claims: list[Claim], stories) -> list[list[str]]:
    """Complete linkage by comparing each claim with every member of every group, in order."""
    blocks = defaultdict(list)
    for claim in sorted(claims, key=_canonical):
        blocks[block_key(claim)].append(claim)
    related = _StoryGate(stories or {})
    groups = []
    for key in sorted(blocks, key=repr):
        clusters: list[list[Claim]] = []
        for claim in blocks[key]:
            for cluster in clusters:
                if all(related(claim, m) and compatible(claim, m) and _consistent_within_document(claim, m)
                       for m in cluster):
                    cluster.append(claim)
                    break
            else:
                clusters.append([claim])
        groups += [sorted(c.id for c in cluster) for cluster in clusters
                   if len({c.doc for c in cluster}) >= 2]
    return sorted(groups)


def indexed_groups(claims: list[Claim], stories) -> list[list[str]]:
    return sorted(sorted(c.id for c in group.claims) for group in group_claims(claims, stories))


@pytest.mark.parametrize("everywhere", [1, 3, 64])  # documents above which a name links nothing alone
@pytest.mark.parametrize("seed", range(12))
def test_indexed_grouping_equals_pairwise_grouping(seed, everywhere, monkeypatch):
    monkeypatch.setattr(stories_module, "EVERYWHERE_DOCS", everywhere)
    claims, stories = random_corpus(seed)
    expected = reference_groups(claims, stories)
    assert indexed_groups(claims, stories) == expected
    assert indexed_groups(claims, None) == reference_groups(claims, None)


def test_random_corpora_do_group_claims():
    """The comparison above is not empty: the random corpora form groups of both kinds."""
    found = [reference_groups(*random_corpus(seed)) for seed in range(12)]
    assert sum(len(groups) for groups in found) > 20
