"""The sentence cache: a sentence read once is remembered, keyed by everything its claims depend
on (its text, the publication date, the document's context). Claims with and without the cache
are the same, on real text where one sentence comes back in documents with other dates and
other contexts."""

import importlib
import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from claimcheck.extract import extract_claims
from claimcheck.ingest import from_text, read_source, sources

extract_module = importlib.import_module("claimcheck.extract")  # the package's `extract` is a function
ROOT = Path(__file__).parent.parent
DATES = (None, date(2013, 3, 14), date(2026, 2, 6))
# Prefixes that change the document's context (the pair of countries it mentions most).
CONTEXTS = ("", "China and Russia signed the deal.\n\n", "Japan and South Korea met in Seoul.\n\n")


def _documents():
    found, _ = sources([ROOT / "tests" / "corpus" / "dev", ROOT / "data"])
    return [read_source(source) for source in found]


@pytest.fixture(scope="module")
def documents():
    return _documents()


def _claims(documents, *, cached: bool, monkeypatch) -> list:
    monkeypatch.setattr(extract_module, "SENTENCE_CACHE", cached)
    extract_module._read_sentence_cached.cache_clear()
    return [extract_claims(document) for document in documents]


def test_same_claims_with_and_without_the_cache(documents, monkeypatch):
    """Every document of the dev corpus and data/, read undated and with two dates, in one
    process: the cache, warm with other dates' readings, changes nothing."""
    dated = [replace(d, published=day, _line_starts=None) for day in DATES for d in documents]
    random.Random(4).shuffle(dated)
    without = _claims(dated, cached=False, monkeypatch=monkeypatch)
    with_cache = _claims(dated, cached=True, monkeypatch=monkeypatch)
    assert sum(map(len, without)) > 1000
    assert with_cache == without
    assert extract_module._read_sentence_cached.cache_info().hits > 0


def test_same_sentence_in_other_contexts_and_places(documents, monkeypatch):
    """One document's text after prefixes that change its context and every claim's offset, and
    with other dates: ids, spans, lines and periods are the document's own."""
    texts = [d.text for d in documents if d.skipped is None][:40]
    variants = [from_text(prefix + text, doc_id=f"doc{i}-{j}", published=day)
                for i, text in enumerate(texts) for j, prefix in enumerate(CONTEXTS) for day in DATES]
    assert len({extract_module.Context.of(v) for v in variants}) > 2
    without = _claims(variants, cached=False, monkeypatch=monkeypatch)
    with_cache = _claims(variants, cached=True, monkeypatch=monkeypatch)
    assert with_cache == without
    assert extract_module._read_sentence_cached.cache_info().hits > 0


def test_bilateral_scope_follows_the_context(monkeypatch):
    """A regression guard for the key: "bilateral" resolves to the document's pair, so the same
    sentence in two documents about different pairs must not share its reading."""
    sentence = "Bilateral trade reached $240 billion in 2025, officials said."
    first = from_text(f"China and Russia. China and Russia.\n\n{sentence}", published=date(2026, 2, 6))
    second = from_text(f"Japan and India. Japan and India.\n\n{sentence}", published=date(2026, 2, 6))
    monkeypatch.setattr(extract_module, "SENTENCE_CACHE", True)
    extract_module._read_sentence_cached.cache_clear()
    cached = [extract_claims(first), extract_claims(second)]
    monkeypatch.setattr(extract_module, "SENTENCE_CACHE", False)
    assert cached == [extract_claims(first), extract_claims(second)]
