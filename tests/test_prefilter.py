"""Prefilters: text they skip holds no number and no time expression (fast path = slow path)."""

import json
import random
from datetime import date
from pathlib import Path

import pytest

from claimcheck.extract import default_pipeline
from claimcheck.numbers import find_numbers
from claimcheck.periods import _NEEDS, _PATTERNS, _clues, find_times
from claimcheck.prefilter import may_hold_claims

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors"
PUBLISHED = date(2026, 2, 6)


def findable(text: str) -> bool:
    """The slow, obvious answer: the number and time grammars find something in `text`."""
    return bool(find_numbers(text)) or bool(find_times(text, PUBLISHED)) or bool(find_times(text, None))


def corpus_texts() -> list[str]:
    """Every line and every sentence of the demo corpus, and every input of the test vectors."""
    texts = []
    for path in sorted((ROOT / "data").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.extend(text.splitlines())
        texts.extend(sent.text for sent in default_pipeline()(text).sents)
    for path in sorted(VECTORS.rglob("*.json")):
        texts.extend(case["Input"] for case in json.loads(path.read_text(encoding="utf-8-sig")))
    return texts


def test_nothing_the_grammars_find_is_skipped_in_real_text():
    texts = corpus_texts()
    missed = [text for text in texts if findable(text) and not may_hold_claims(text)]
    assert len(texts) > 1500
    assert missed == []


# Words around the triggers: number and time words inside other words, capitalised, hyphenated,
# glued to punctuation, and words that read like units, hedges or dates but are none.
VOCABULARY = (
    "someone money phone done none alone Mayor may May MAY march March marched yearly year years "
    "Year-end quarterly quarter half halfway behalf first-ever second-hand twenty-four Twenty "
    "Tens tense hundreds hundredth a an few fewer couple coupled handful several a.m. pm Sept. "
    "sept Dec. decade Monday mon Wed wed today's Tomorrow yesterday 3 2025 "
    "½ 4th 1st $ % - – , . ( ) \" ' \n dozen dozens scores score million millions bn m k "
    "the of in on at for last this next consecutive straight row since by reached rose fell "
    "Q1 H2 2024-2025 2026-02-04 12th third fourth successive Jan. JUNE Friday's 1999 '25 to"
).split() + [
    "for two years in a row", "for the third straight year", "in the first half of this year",
    "a year earlier", "the previous year", "last Tuesday", "since 2019", "Q3 2025", "5 to 6 June",
]


def random_texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(VOCABULARY, k=rng.randint(1, 8))) for _ in range(1500)]


@pytest.mark.parametrize("seed", range(5))
def test_nothing_the_grammars_find_is_skipped_in_random_text(seed):
    assert [text for text in random_texts(seed) if findable(text) and not may_hold_claims(text)] == []


@pytest.mark.parametrize("source", ["real", 10, 11])
def test_no_time_pattern_is_passed_over_where_it_matches(source):
    texts = corpus_texts() if source == "real" else random_texts(source)
    passed_over = [(name, text) for text in texts for name, pattern in _PATTERNS
                   if pattern.search(text) and not _NEEDS[name] <= _clues(text)]
    assert passed_over == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials declined to comment.",
        "Someone gave money to the mayor, and the phone was done.",
        "The quarterly report was delayed again, the agency said.",
        "Xi Jinping and Vladimir Putin held talks in Moscow.",
    ],
)
def test_sentences_without_numbers_or_times_are_skipped(sentence):
    assert not findable(sentence)
    assert not may_hold_claims(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade reached $227.9 billion.",
        "Dozens of people were hurt.",
        "They met on Wednesday.",
        "Exports rose a third last year.",
        "Profit rose ½ point.",
        "She died from her injuries about an hour later.",
        "The tornado was about a mile wide.",
        "Nearly an inch of rain fell overnight.",  # "an" before a unit of length, as extract reads it
    ],
)
def test_sentences_with_numbers_or_times_pass(sentence):
    assert may_hold_claims(sentence)


@pytest.mark.parametrize("sentence", ["Sales in ſeptember.", "Talks on FRİDAY.", "Talks on frıday."])
def test_letters_the_time_patterns_fold_to_ascii_pass(sentence):
    """re.IGNORECASE reads "ſ" as "s" and "ı", "İ" as "i"; the prefilter must too."""
    assert may_hold_claims(sentence)
