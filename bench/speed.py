"""Single-core extraction speed: claimcheck vs raw quantulum3 vs the spaCy floor, on the same text.

    python bench/speed.py [PATHS...] [--passes N] [--quantulum-kb KB]

Reads the documents (default: data/ and ../shared/corpus/dev), then times, in one process:
- claimcheck: ingest + extract, end to end. The first pass pays the one-off loads (pipeline,
  unit table); later passes show the steady state.
- quantulum3: `quantulum3.parser.parse` over each document's text, on the first documents up
  to --quantulum-kb (it is slow; its rate does not depend on the sample's size).
- spaCy floor: `spacy.blank("en")` tokenizer + the stock sentencizer over the same texts.
Throughput is KB of cleaned document text (UTF-8) per second of this process's CPU time, so
that other work on a shared machine does not blur the ratios. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [ROOT / "data", ROOT.parent / "shared" / "corpus" / "dev"]


def timed(work: Callable[[], object]) -> float:
    """CPU seconds one call of `work` takes."""
    start = time.process_time()
    work()
    return time.process_time() - start


def kilobytes(texts: Sequence[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1024


def claimcheck_pass(paths: Sequence[Path]) -> int:
    """Ingest and extract every document; the number of claims."""
    from claimcheck.extract import extract_claims
    from claimcheck.ingest import ingest

    return sum(len(extract_claims(document)) for document in ingest(paths))


def quantulum_pass(texts: Sequence[str]) -> None:
    from quantulum3 import parser

    for text in texts:
        parser.parse(text)


def spacy_floor() -> Callable[[Sequence[str]], None]:
    """A pass of spacy.blank("en") with the stock sentencizer: the floor of touching every token."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def run(texts: Sequence[str]) -> None:
        for _ in nlp.pipe(texts):
            pass

    return run


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    arguments.add_argument("--passes", type=int, default=3, help="claimcheck passes (first is cold)")
    arguments.add_argument("--quantulum-kb", type=float, default=64.0, help="quantulum3 sample size")
    options = arguments.parse_args()
    warnings.simplefilter("ignore")

    started = time.process_time()
    import claimcheck  # noqa: F401  (import time is reported on its own line)
    from claimcheck.ingest import ingest

    imported = time.process_time() - started
    texts = [d.text for d in ingest(options.paths) if d.skipped is None]
    size = kilobytes(texts)

    claims: list[int] = []
    passes = range(max(1, options.passes))
    seconds = [timed(lambda: claims.append(claimcheck_pass(options.paths))) for _ in passes]
    cold, warm = size / seconds[0], size / min(seconds)

    sample: list[str] = []
    for text in texts:
        if kilobytes(sample) >= options.quantulum_kb:
            break
        sample.append(text)
    quantulum_pass(["warm-up: 5 km"])
    quantulum = kilobytes(sample) / timed(lambda: quantulum_pass(sample))
    spacy_pass = spacy_floor()
    spacy_pass(texts[:1])
    floor = size / timed(lambda: spacy_pass(texts))

    print(f"text: {len(texts)} documents, {size:.0f} KB; {claims[-1]} claims; "
          f"import claimcheck {imported:.2f} s")
    print(f"{'pipeline':<44} {'KB/s':>8} {'× quantulum3':>13} {'% of spaCy':>11}")
    rows = [
        ("claimcheck ingest+extract, first pass", cold),
        (f"claimcheck ingest+extract, best of {len(seconds)}", warm),
        (f"quantulum3.parser.parse ({kilobytes(sample):.0f} KB sample)", quantulum),
        ('spaCy blank("en") tokenizer + sentencizer', floor),
    ]
    for name, rate in rows:
        print(f"{name:<44} {rate:>8.0f} {rate / quantulum:>12.1f}× {100 * rate / floor:>10.0f}%")


if __name__ == "__main__":
    main()
