"""Throughput benchmark: `claimcheck extract` against plain quantulum3 and a spaCy blank pass.

Builds corpora of about 1, 10 and 100 MB from real text (the documents in data/ and in
../shared/corpus/dev, whole copies of them until the size is reached) under bench/.corpora/
(git-ignored, reused between runs), then prints one table with, for each size:

- `claimcheck extract --jobs 1` end to end (a fresh process, start-up included): KB/s, and the
  peak memory of the process (its maximum resident set); then again with the sentence cache off
  (CLAIMCHECK_SENTENCE_CACHE=0). The corpora are copies, so with the cache every sentence after
  the first copy is a repeat: the rate without it is what text with no repeated sentence gets;
- plain `quantulum3.parser.parse` over the same documents: it manages only ~20 KB/s, so it runs
  on a sample of the text (--quantulum-kb, default 300 KB) and that rate stands for every size;
- a spaCy `blank("en")` tokenizer + `sentencizer` pass over all the text: the floor of touching
  every token;
- the ratios of extraction to both;
- matching: `group_claims` + `reconcile_all` over the claims of that size, and their number.

Then `--jobs N` (default: all cores) against `--jobs 1` on the largest size, and the memory
ratio of the two largest sizes. Each extract run also shows the machine's 1-minute load average
as it ended: above the number of cores, other work was competing for them and the times are
inflated. Not a test: it prints figures and asserts nothing.

    python bench/run.py                 # 1, 10 and 100 MB (tens of minutes)
    python bench/run.py --sizes 1 10    # a quicker look
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.corpus import extract_documents  # noqa: E402
from claimcheck.engine import default_jobs  # noqa: E402
from claimcheck.match import group_claims  # noqa: E402
from claimcheck.reconcile import reconcile_all  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
BASES = [ROOT / "data", SHARED / "dev" / "ecbplus", SHARED / "dev" / "gvc"]
CORPORA = Path(__file__).resolve().parent / ".corpora"
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
MB = 1_000_000


@dataclass
class Extraction:
    """One `claimcheck extract` run: wall seconds, peak resident memory (bytes), claims found, and
    the machine's 1-minute load average as it ended (other work on the machine slows it down)."""

    seconds: float
    peak: int
    claims: int
    load: float


def base_files() -> list[tuple[Path, Path]]:
    """(file, path inside a copy) for every document of the base corpora."""
    found = []
    for base in BASES:
        if not base.is_dir():
            sys.exit(f"bench: {base} is missing; the benchmark is built from data/ and ../shared/corpus/dev")
        found += [(p, Path(base.name) / p.relative_to(base)) for p in sorted(base.rglob("*"))
                  if p.suffix.lower() in SUFFIXES and p.is_file()]
    return found


def build_corpus(size_mb: float, files: list[tuple[Path, Path]]) -> tuple[Path, int]:
    """A folder of whole copies of the base documents, at least `size_mb` MB; (folder, copies)."""
    base_bytes = sum(f.stat().st_size for f, _ in files)
    copies = math.ceil(size_mb * MB / base_bytes)
    folder = CORPORA / f"{size_mb:g}mb"
    stamp = folder / ".copies"
    if stamp.exists() and stamp.read_text() == f"{copies} {base_bytes}":
        return folder, copies
    shutil.rmtree(folder, ignore_errors=True)
    for copy in range(copies):
        for source, inside in files:
            target = folder / f"copy{copy:04}" / inside
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    stamp.write_text(f"{copies} {base_bytes}")
    return folder, copies


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES)


def run_extract(folder: Path, jobs: int, *, cache: bool = True) -> Extraction:
    """`claimcheck extract` in a fresh process, timed, with its peak memory (largest process);
    `cache=False` turns the sentence cache off."""
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "claimcheck", "extract", str(folder), "-o", str(Path(out) / "claims.csv"),
                   "--jobs", str(jobs), "--quiet"]
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   env={**os.environ, "PYTHONPATH": str(ROOT),
                                        "CLAIMCHECK_SENTENCE_CACHE": "1" if cache else "0"})
        stderr = process.stderr.read().decode()  # type: ignore[union-attr]
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    found = re.search(r"claimcheck: (\d+) claims? in", stderr)
    if status != 0 or not found:
        sys.exit(f"bench: claimcheck extract failed:\n{stderr}")
    return Extraction(seconds, usage.ru_maxrss * 1024, int(found.group(1)), os.getloadavg()[0])


def quantulum_rate(files: list[tuple[Path, Path]], sample_kb: int) -> tuple[float, int]:
    """(KB/s, bytes parsed) of quantulum3.parser.parse over the first `sample_kb` KB of documents,
    after one warm-up call (its unit catalogue loads on first use)."""
    import warnings

    warnings.filterwarnings("ignore", module="quantulum3")  # "classifier dependencies not installed"
    from quantulum3 import parser

    parser.parse("It rose 5% to 80 m.")
    texts, size = [], 0
    for path, _ in files:
        if size >= sample_kb * 1000:
            break
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
        size += len(texts[-1].encode())
    start = time.perf_counter()
    for text in texts:
        parser.parse(text)
    return size / 1000 / (time.perf_counter() - start), size


def spacy_rate(folder: Path) -> float:
    """KB/s of spaCy blank("en") + sentencizer over every document of the folder (reading included)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    paths = sorted(p for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES)
    size = 0
    start = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        size += len(data)
        nlp(data.decode("utf-8", errors="replace"))
    return size / 1000 / (time.perf_counter() - start)


def matching_time(folder: Path, copies: int) -> tuple[float, int, int]:
    """(seconds, claims, groups) of grouping and reconciling the claims of `copies` copies. The
    copies are byte-identical, so one copy is extracted and its claims renamed for the others:
    the claims are exactly those `claimcheck extract` finds in the whole folder."""
    first = [r for r in extract_documents(folder / "copy0000", root=folder, jobs=1) if r.document.skipped is None]
    claims, stories = [], {}
    for copy in range(copies):
        prefix = f"copy{copy:04}/"
        for result in first:
            doc = prefix + result.document.id.removeprefix("copy0000/")
            stories[doc] = result.story
            claims += [replace(c, id=prefix + c.id.removeprefix("copy0000/"), doc=doc) for c in result.claims]
    start = time.perf_counter()
    groups = group_claims(claims, stories)
    reconcile_all(groups)
    return time.perf_counter() - start, len(claims), len(groups)


def timed_matching(folder: Path, copies: int, extracted: int, timeout: float) -> str:
    """The matching and groups cells: matching in a process of its own, stopped after `timeout` s."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        try:
            seconds, claims, groups = pool.apply_async(matching_time, (folder, copies)).get(timeout)
        except multiprocessing.TimeoutError:
            return f"> {timeout:.0f} | –"
    note = "" if claims == extracted else f" (on {claims:,} claims)"
    return f"{seconds:.1f}{note} | {groups:,}"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return f"{cpu}, {default_jobs()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 100], help="corpus sizes in MB")
    options.add_argument("--jobs", type=int, default=default_jobs(), help="jobs to compare with --jobs 1 (0: skip)")
    options.add_argument("--quantulum-kb", type=int, default=300, help="KB of text to time quantulum3 on")
    options.add_argument("--no-matching", action="store_true", help="leave out the matching columns")
    options.add_argument("--match-timeout", type=float, default=900, help="seconds matching may take at one size")
    args = options.parse_args()

    files = base_files()
    print(f"machine: {machine()}")
    print(f"base: {len(files)} documents, {sum(f.stat().st_size for f, _ in files) / 1000:.0f} KB "
          f"(data/, ../shared/corpus/dev/ecbplus, ../shared/corpus/dev/gvc), copied whole to size")
    q_rate, q_bytes = quantulum_rate(files, args.quantulum_kb)
    print(f"quantulum3.parser.parse: {q_rate:.1f} KB/s on a {q_bytes / 1000:.0f} KB sample\n")

    header = ("| corpus | documents | claims | extract KB/s | quantulum3 KB/s | spaCy blank+sentencizer KB/s "
              "| extract / quantulum3 | extract / spaCy | no sentence cache KB/s | no cache / quantulum3 "
              "| no cache / spaCy | matching s | groups | peak memory MB | load |")
    print(header)
    print("|" + " --- |" * (header.count("|") - 1))
    runs: dict[float, tuple[Path, Extraction]] = {}
    for size in sorted(args.sizes):
        folder, copies = build_corpus(size, files)
        kb = corpus_bytes(folder) / 1000
        documents = copies * len(files)
        extraction = run_extract(folder, jobs=1)
        runs[size] = (folder, extraction)
        rate = kb / extraction.seconds
        uncached = run_extract(folder, jobs=1, cache=False)
        if uncached.claims != extraction.claims:
            sys.exit(f"bench: {uncached.claims} claims without the sentence cache, {extraction.claims} with it")
        u_rate = kb / uncached.seconds
        s_rate = spacy_rate(folder)
        matching = ("– | –" if args.no_matching
                    else timed_matching(folder, copies, extraction.claims, args.match_timeout))
        print(f"| {kb / 1000:.1f} MB | {documents:,} | {extraction.claims:,} | {rate:.0f} | {q_rate:.1f} | "
              f"{s_rate:.0f} | {rate / q_rate:.1f}× | {rate / s_rate:.0%} | {u_rate:.0f} | {u_rate / q_rate:.1f}× | "
              f"{u_rate / s_rate:.0%} | {matching} | "
              f"{extraction.peak / MB:.0f} | {max(extraction.load, uncached.load):.1f} |", flush=True)

    sizes = sorted(runs)
    if len(sizes) >= 2:
        (_, small), (_, large) = runs[sizes[-2]], runs[sizes[-1]]
        print(f"\npeak memory, {sizes[-1]:g} MB vs {sizes[-2]:g} MB: {large.peak / small.peak:.2f}×")
    if args.jobs > 1:
        folder, single = runs[sizes[-1]]
        parallel = run_extract(folder, jobs=args.jobs)
        print(f"--jobs {args.jobs} on {sizes[-1]:g} MB: {parallel.seconds:.1f} s vs {single.seconds:.1f} s with "
              f"--jobs 1: {single.seconds / parallel.seconds:.2f}× (same claims: {parallel.claims == single.claims}; "
              f"peak memory of the largest process {parallel.peak / MB:.0f} MB; load {parallel.load:.1f})")


if __name__ == "__main__":
    main()
