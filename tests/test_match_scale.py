"""Match at scale: grouping through indexes equals comparing every pair, the obvious way."""

import os
import random
from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from claimcheck import match as match_module
from claimcheck import stories as stories_module
from claimcheck.corpus import extract_documents
from claimcheck.engine import FORKS, fork_context
from claimcheck.errors import ClaimcheckError
from claimcheck.match import (
    _age_mates,
    _canonical,
    _consistent_within_document,
    _dated_by_other_reports,
    _lone_roles,
    _StoryGate,
    _vague,
    block_key,
    collapse_copies,
    compatible,
    group_claims,
)
from claimcheck.model import Claim, Period, Quantity, Span

MEASURES = ["trade", "bilateral trade", "trade volume", "exports", "imports", "killed", "killed total",
            "injured", "arrested", "tourist arrival", "tourist arrivals hotel", "budget", "budget deficit",
            "ridge fire grown", "ridge fire burned north area"]
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
    """Complete linkage by comparing each claim with every member of every group, in order (lone
    persons by role standing in for their unnamed ages, figures dated as other reports of their
    story date them, and ages paired across reports by their values, and figures in words of no set size after the others, as in group_claims)."""
    stand_ins = _lone_roles(claims)
    stand_ins.update(_dated_by_other_reports(claims, stand_ins, _StoryGate(stories or {})))
    stand_ins.update(_age_mates(claims, stand_ins, _StoryGate(stories or {})))
    claims = [stand_ins.get(i, claim) for i, claim in enumerate(claims)]
    blocks = defaultdict(list)
    for claim in sorted(claims, key=lambda c: (_vague(c), _canonical(c))):  # figures in words wait, as in group_claims
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


def moved(claim: Claim, doc: str, shift: int = 0, sentence_start: int | None = None) -> Claim:
    """The claim as it stands in another document (or later in its own), `shift` characters on."""
    span = replace(claim.span, start=claim.span.start + shift, end=claim.span.end + shift)
    start = claim.sentence_start + shift if sentence_start is None else sentence_start
    return replace(claim, id=f"{doc}:{span.start}", doc=doc, span=span, sentence_start=start)


def with_copies(seed: int) -> tuple[list[Claim], dict]:
    """A random corpus with syndicated copies: whole documents again under names before, between
    and after the others (some with a header that shifts every offset), copies with one claim
    changed or left out or with their sentences split otherwise, copies of documents that name
    nobody, claims that match not even their copy, and a document that repeats a passage of
    itself."""
    claims, stories = random_corpus(seed, documents=8, claims=100)
    rng = random.Random(seed)
    claims = [replace(c, measure="") if c.quantity and rng.random() < 0.05 else c for c in claims]
    by_doc = defaultdict(list)
    for claim in claims:
        by_doc[claim.doc].append(claim)
    stories["doc7"] = frozenset()
    made = list(claims)
    for doc in sorted(by_doc):
        for n in range(rng.randint(0, 4)):
            copy = rng.choice([f"a{n}-{doc}", f"{doc}-copy{n}", f"wire{n}/{doc}", f"zz{n}"])
            stories[copy] = stories[doc]
            shift = rng.choice([0, 0, 37])
            copied = [moved(c, copy, shift) for c in by_doc[doc]]
            if copied and rng.random() < 0.25:
                copied.pop(rng.randrange(len(copied)))  # an edited republication
            if copied and rng.random() < 0.25:
                k = rng.randrange(len(copied))
                copied[k] = random_claim(rng, copy, copied[k].span.start, copied[k].sentence_start)
            if rng.random() < 0.2:
                copied = [replace(c, sentence_start=rng.choice([c.span.start, 0])) for c in copied]
            made += copied
    repeated = by_doc["doc1"]
    made += [moved(c, "doc1", 5000, sentence_start=5000 + c.sentence_start) for c in repeated]
    return made, stories


@pytest.mark.parametrize("everywhere", [1, 2, 64])
@pytest.mark.parametrize("seed", range(16))
def test_grouping_with_copies_collapsed_equals_pairwise_grouping(seed, everywhere, monkeypatch):
    monkeypatch.setattr(stories_module, "EVERYWHERE_DOCS", everywhere)
    claims, stories = with_copies(seed)
    assert indexed_groups(claims, stories) == reference_groups(claims, stories)
    assert all(list(g.claims) == sorted(g.claims, key=_canonical) for g in group_claims(claims, stories))
    assert indexed_groups(claims, None) == reference_groups(claims, None)
    shuffled = random.Random(seed).sample(claims, len(claims))
    assert indexed_groups(shuffled, stories) == indexed_groups(claims, stories)


def test_copies_are_collapsed():
    """The comparison above takes the fast path: most copies stand behind a first document."""
    claims, stories = [], {}
    for seed in range(16):
        more, their_stories = with_copies(seed)
        claims += [replace(c, id=f"{seed}/{c.id}", doc=f"{seed}/{c.doc}") for c in more]
        stories.update({f"{seed}/{doc}": names for doc, names in their_stories.items()})
    blocks = defaultdict(list)
    for claim in sorted(claims, key=_canonical):
        blocks[block_key(claim)].append(claim)
    gate = _StoryGate(stories)
    copies = [found for block in blocks.values() for found in collapse_copies(block, gate)[1].values()]
    assert sum(len(found) for found in copies) > len(claims) / 4


WIRE_STORY = """Flooding in Northern Province kills 14, displaces 3,200

MAKENI, March 3 (Wire) - Flash floods in Sierra Leone's Northern Province killed 14 people and forced
about 3,200 from their homes on Sunday, the National Disaster Management Agency said on Monday.

Agency director Mohamed Kamara said 27 people were injured and more than 400 houses were destroyed.
The government has set aside 2.5 million dollars for relief, Kamara told reporters in Makeni.
"""
LOCAL_STORY = """Makeni floods: toll rises

The death toll from Sunday's floods in Makeni rose to 16, the National Disaster Management Agency
said on Tuesday. Agency director Mohamed Kamara said about 3,000 people remained in shelters.
"""


def test_republished_wire_copy_joins_its_originals_groups(tmp_path):
    """Real sentences: a wire story printed by three papers (one under its own header, one
    repeating the lead as a summary), and a local follow-up that updates the toll."""
    papers = {
        "wire/floods.txt": WIRE_STORY,
        "daily/floods.txt": "Daily Mirror, Freetown. Tuesday edition.\n\n" + WIRE_STORY,
        "herald/floods.txt": WIRE_STORY + "\nIn brief: Flash floods in Sierra Leone's Northern Province killed "
                                          "14 people on Sunday.\n",
        "local/makeni.txt": LOCAL_STORY,
    }
    for name, text in papers.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    results = list(extract_documents(tmp_path, jobs=1, published=date(2026, 3, 3)))
    claims = [c for r in results for c in r.claims]
    stories = {r.document.id: r.story for r in results}
    assert indexed_groups(claims, stories) == reference_groups(claims, stories)
    killed = next(g for g in group_claims(claims, stories) if any(c.text == "14 people" for c in g.claims))
    assert {c.doc for c in killed.claims} >= {"wire/floods.txt", "daily/floods.txt", "herald/floods.txt"}


def crash(numbers):
    """A worker that dies as the out-of-memory killer would leave it."""
    os._exit(9)


@pytest.mark.skipif(not FORKS, reason="grouping forks its workers on Linux only")
@pytest.mark.parametrize("seed", range(4))
def test_grouping_on_forked_workers_equals_grouping_here(seed, monkeypatch):
    """Blocks clustered by two forked workers come back as the same groups, in the same order,
    as blocks clustered in this process (copies, stories and all)."""
    claims, stories = with_copies(seed)
    here = group_claims(claims, stories, jobs=1)
    monkeypatch.setattr(match_module, "PARALLEL_CLAIMS", 0)
    shared = group_claims(claims, stories, jobs=2)
    assert [(g.id, [c.id for c in g.claims]) for g in shared] == [(g.id, [c.id for c in g.claims]) for g in here]
    assert len(here) > 3


@pytest.mark.skipif(not FORKS, reason="grouping forks its workers on Linux only")
def test_many_claims_are_grouped_on_workers(monkeypatch):
    """Past PARALLEL_CLAIMS the blocks go to forked workers; below it, or with one job, none is forked."""
    forked = []

    def spy():
        forked.append(True)
        return fork_context()

    monkeypatch.setattr(match_module, "fork_context", spy)
    claims, stories = random_corpus(0)
    group_claims(claims, stories, jobs=2)
    monkeypatch.setattr(match_module, "PARALLEL_CLAIMS", len(claims))
    group_claims(claims, stories, jobs=1)
    assert forked == []
    group_claims(claims, stories, jobs=2)
    assert forked == [True, True]  # one worker makes the worded stand-ins, then a pool clusters the blocks


@pytest.mark.skipif(not FORKS, reason="grouping forks its workers on Linux only")
def test_stand_ins_made_by_a_forked_worker_equal_those_made_here(monkeypatch):
    """Past PARALLEL_CLAIMS a forked worker rewords the claims while this process clusters the
    stories: on real reports (a held-out set's), the same stand-ins and lone figures come back."""
    folder = Path(__file__).parent / "corpus" / "heldout" / "h17" / "corpus"
    results = list(extract_documents(folder, jobs=1))
    claims = [c for r in results for c in r.claims]
    stories = {r.document.id: r.story for r in results}
    here = match_module._worded_stand_ins(claims, stories)
    monkeypatch.setattr(match_module, "PARALLEL_CLAIMS", 0)
    gate = match_module._StoryGate(stories)
    forked = match_module._worded_stand_ins_beside_stories(claims, stories, gate, jobs=2)
    assert forked == here
    assert len(here[0]) > 5 and here[1]
    assert gate.clusters is not None  # the stories were built meanwhile


@pytest.mark.skipif(not FORKS, reason="grouping forks its workers on Linux only")
def test_a_grouping_worker_that_dies_stops_the_run_with_e017(monkeypatch):
    monkeypatch.setattr(match_module, "PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(match_module, "_positions_of_groups", crash)
    claims, stories = random_corpus(1)
    with pytest.raises(ClaimcheckError, match="E017"):
        group_claims(claims, stories, jobs=2)
