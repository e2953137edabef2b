"""Quality floors: bench/quality.py's scores on the dev gold and the Recognizers-Text specs may
not fall below what the project has reached (README, "Quality"). Raise a floor when a change
lifts the score; never lower one to make a change pass."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import quality  # noqa: E402

# Reached on 2026-11-22; the targets of the real-news issue are 0.95, 0.90, 0.90 and 0.90.
MENTIONS_FLOOR = 0.93
CONFLICT_RECALL_FLOOR = 0.77
CONFLICT_PRECISION_FLOOR = 0.95
SPEC_VALUE_UNIT_F1_FLOOR = 0.965
# Per spec file (value+unit F1), each above the 0.90.
SPEC_FLOORS = {"currency": 0.975, "dimension": 0.945, "age": 0.94, "percent": 0.99}


@pytest.fixture(scope="module")
def gold() -> quality.GoldScore:
    return quality.score_gold(quality.DEFAULT_DEV)


def test_gold_mentions_are_extracted_with_their_value(gold):
    assert gold.mention_share >= MENTIONS_FLOOR, "\n".join(gold.misses[:20])


def test_gold_conflicts_are_reported(gold):
    assert gold.recall >= CONFLICT_RECALL_FLOOR, "\n".join(gold.missed_conflicts)


def test_reported_conflicts_are_gold_conflicts(gold):
    assert gold.precision >= CONFLICT_PRECISION_FLOOR, "\n".join(gold.false_conflicts)


@pytest.fixture(scope="module")
def specs() -> dict[str, dict[str, quality.PRF]]:
    return quality.score_specs(quality.DEFAULT_SPECS)


def test_value_and_unit_grammar_beats_quantulum3_on_the_specs(specs):
    ours = quality.spec_f1(specs, "claimcheck")
    assert ours >= SPEC_VALUE_UNIT_F1_FLOOR
    assert ours > quality.spec_f1(specs, "quantulum3")


@pytest.mark.parametrize("kind", sorted(SPEC_FLOORS))
def test_value_and_unit_grammar_on_each_spec(specs, kind):
    assert specs[kind]["claimcheck"].f1(with_unit=True)[2] >= SPEC_FLOORS[kind]


# Per DateTime spec file: extraction F1 and resolution accuracy (README, "Quality").
DATE_FLOORS = {"DateTimeModel": (0.80, 0.54), "DatePeriodParser": (0.77, 0.43), "DatePeriodExtractor": (0.89, 0.0)}


def test_time_expressions_on_the_datetime_specs():
    table = quality.score_dates(quality.DEFAULT_SPECS)
    for name, (f1_floor, accuracy_floor) in DATE_FLOORS.items():
        score = table[name]
        assert score.prf()[2] >= f1_floor, (name, score.misses[:20])
        assert score.accuracy >= accuracy_floor, (name, score.wrong[:20])


# The held-out sets (bench/heldout.py), all together (h6 to h26): reached on 2026-11-22 (session 16),
# with h25 (scored first before the session's rounds, then worked on) and h26 (scored first after all of
# them) beside sets worked on for sessions (README, "Quality").
HELDOUT_MENTIONS_FLOOR = 0.95
HELDOUT_CAUGHT_FLOOR = 0.78
HELDOUT_PRECISION_FLOOR = 0.98


@pytest.fixture(scope="module")
def heldout() -> list:
    import heldout as bench_heldout

    return [bench_heldout.score_set(folder) for folder in sorted(bench_heldout.HELDOUT.iterdir())
            if (folder / "gold.py").exists()]


def test_heldout_mentions_are_found(heldout):
    found, mentions = sum(s.found for s in heldout), sum(s.mentions for s in heldout)
    assert found / mentions >= HELDOUT_MENTIONS_FLOOR, "\n".join(u for s in heldout for u in s.unfound)


def test_heldout_conflicts_are_caught_and_real(heldout):
    conflicts, missed = sum(s.conflicts for s in heldout), sum(len(s.missed) for s in heldout)
    reported, false = sum(s.reported for s in heldout), sum(len(s.false) for s in heldout)
    assert len(heldout) >= 20
    assert (conflicts - missed) / conflicts >= HELDOUT_CAUGHT_FLOOR, "\n".join(m for s in heldout for m in s.missed)
    assert (reported - false) / reported >= HELDOUT_PRECISION_FLOOR, "\n".join(f for s in heldout for f in s.false)
