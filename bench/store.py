"""Claims-store benchmark: incremental `claimcheck index`, and `check --against` on a large archive.

1. Indexes an archive of 1,000 real documents (data/ and ../shared/corpus/dev, copied whole)
   into bench/.corpora/.claimcheck, changes one document, and indexes again: the second run
   must extract just that one and be at least 20× faster. Timed in this process (the pipeline
   warm, as in a long-lived service or a watch loop) and as `claimcheck index` commands (start-up
   included: importing spaCy and loading quantulum3's unit catalogue takes seconds), and as
   commands that a running `claimcheck serve` answers (the start-up paid once).
2. Grows the store to --claims stored claims (default 100,000) by storing renamed copies of the
   indexed documents, then checks a real article against it with `load(..., against=)` (warm,
   in this process) and with `claimcheck check DRAFT --against` (a fresh process).

    python bench/store.py
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import claimcheck  # noqa: E402
from claimcheck.engine import Extracted, default_jobs  # noqa: E402
from claimcheck.server import SOCKET  # noqa: E402
from claimcheck.store import Store  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import CORPORA, base_files, machine  # noqa: E402

ARCHIVE = CORPORA / "archive1000"
STORE = CORPORA / ".claimcheck"
DRAFT = ROOT / "data" / "002_9ef91ae4e8293daa.txt"


def build_archive(documents: int) -> list[Path]:
    """`documents` files: the base documents copied whole, folder after folder."""
    files = base_files()
    shutil.rmtree(ARCHIVE, ignore_errors=True)
    written = []
    for n in range(documents):
        source, inside = files[n % len(files)]
        target = ARCHIVE / f"copy{n // len(files):03}" / inside
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return written


def command(*args: str) -> tuple[float, float]:
    """Seconds a `claimcheck` command takes in a fresh process, and the CPU seconds it used (user
    and system, its workers included): CPU time does not grow when other work competes for the
    cores, so it tells a slow machine from a slow command."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "claimcheck", *args], cwd=CORPORA, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def timed(function, *args, **kwargs):
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def change(path: Path, round_: int) -> None:
    """Edit one figure-bearing line of a document."""
    path.write_text(path.read_text(encoding="utf-8") + f"\nExports rose {round_ + 3}.5% in 2025.\n", encoding="utf-8")


def incremental(documents: int, jobs: int, repeat: int) -> None:
    files = build_archive(documents)
    shutil.rmtree(STORE, ignore_errors=True)
    os.chdir(CORPORA)
    claimcheck.extract("Warm-up: exports rose 5% to 80 m in 2025.")  # spaCy and quantulum3 loaded once
    first, summary = timed(claimcheck.index, [ARCHIVE], store=STORE, jobs=jobs)
    change(files[len(files) // 2], 0)
    again, rerun = timed(claimcheck.index, [ARCHIVE], store=STORE, jobs=jobs)
    print(f"in this process: first index of {summary.documents:,} documents ({summary.claims:,} claims) "
          f"{first:.2f} s; after changing one, {again:.3f} s ({rerun.extracted} extracted, {rerun.reused:,} "
          f"unchanged): {first / again:.0f}× faster")
    index_command = ("index", str(ARCHIVE), "--store", str(STORE), "--jobs", str(jobs), "--quiet")
    firsts, agains, idles = [], [], []
    for round_ in range(repeat):
        shutil.rmtree(STORE)
        firsts.append(command(*index_command))
        change(files[len(files) // 3], round_ + 1)
        agains.append(command(*index_command))
        idles.append(command(*index_command))
    (first_cli, first_cpu), (again_cli, again_cpu), (idle_cli, idle_cpu) = map(median, (firsts, agains, idles))
    rounds = f", medians of {repeat} rounds" if repeat > 1 else ""
    print(f"as commands{rounds}: first `claimcheck index` {first_cli:.1f} s (CPU {first_cpu:.1f} s); after changing "
          f"one {again_cli:.2f} s (CPU {again_cpu:.2f} s) ({first_cli / again_cli:.1f}× faster); with nothing changed "
          f"{idle_cli:.2f} s (CPU {idle_cpu:.2f} s)")
    firsts, agains, idles = [], [], []
    for round_ in range(repeat):
        shutil.rmtree(STORE)
        with serving():
            firsts.append(command(*index_command))
            change(files[len(files) // 4], round_ + 1)
            agains.append(command(*index_command))
            idles.append(command(*index_command))
    (served_first, _), (served_again, served_cpu), (served_idle, _) = map(median, (firsts, agains, idles))
    print(f"as commands served by `claimcheck serve`{rounds}: first `claimcheck index` {served_first:.1f} s; after "
          f"changing one {served_again:.3f} s (CPU of the command {served_cpu:.3f} s): {first_cli / served_again:.0f}× "
          f"faster than the first command, {served_first / served_again:.0f}× than the first served one; with nothing "
          f"changed {served_idle:.3f} s")


@contextmanager
def serving() -> Iterator[None]:
    """`claimcheck serve` running for the store (its pipeline loaded) for the length of the block."""
    server = subprocess.Popen([sys.executable, "-m", "claimcheck", "serve", "--store", str(STORE)], cwd=CORPORA,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        while not (STORE / SOCKET).exists():
            if server.poll() is not None:
                raise SystemExit("`claimcheck serve` did not start")
            time.sleep(0.05)
        yield
    finally:
        server.terminate()
        server.wait()


def median(timings: list[tuple[float, float]]) -> tuple[float, float]:
    """The median seconds and the median CPU seconds of a command's runs (each its own median)."""
    return statistics.median(t for t, _ in timings), statistics.median(c for _, c in timings)


def grow(claims: int) -> None:
    """Store renamed copies of the indexed documents until the store holds `claims` claims."""
    with Store.create(STORE) as store:
        originals = [(d, store.claims(d.id)) for d in store.documents()]
        stories = store.stories(d.id for d, _ in originals)
        copy = 0
        while store.counts()[1] < claims:
            copy += 1
            for document, found in originals:
                prefix = f"clone{copy:03}/"
                renamed = replace(document, id=prefix + document.id)
                store.put(Extracted(renamed, [replace(c, id=prefix + c.id, doc=renamed.id) for c in found],
                                    stories[document.id]), "clone", "clone")
        print(f"\nstore grown to {store.counts()[1]:,} claims in {store.counts()[0]:,} documents")


def check_latency() -> None:
    draft = CORPORA / "draft.txt"
    shutil.copyfile(DRAFT, draft)
    cold, corpus = timed(claimcheck.load, draft, against=STORE, jobs=1)
    warm, corpus = timed(claimcheck.load, draft, against=STORE, jobs=1)
    cited = len(corpus.claim_list) - sum(1 for c in corpus.claim_list if c.doc == "draft.txt")
    print(f"check a {draft.stat().st_size / 1000:.1f} KB article against it, in this process: {warm:.2f} s "
          f"(first call {cold:.2f} s); {len(corpus.findings)} facts shared with the archive, "
          f"{len(corpus.conflicts)} conflicts, {cited:,} archived claims cited")
    seconds, cpu = command("check", "draft.txt", "--against", str(STORE))
    print(f"as a command: `claimcheck check draft.txt --against .claimcheck` {seconds:.1f} s (CPU {cpu:.1f} s)")
    with serving():
        seconds, cpu = command("check", "draft.txt", "--against", str(STORE))
    print(f"as a command served by `claimcheck serve`: {seconds:.2f} s")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--documents", type=int, default=1000)
    options.add_argument("--claims", type=int, default=100_000)
    options.add_argument("--jobs", type=int, default=default_jobs())
    options.add_argument("--repeat", type=int, default=3,
                         help="rounds of the `index` commands, whose medians are shown (default 3): on a shared "
                              "machine one round can be 30%% off")
    args = options.parse_args()
    print(f"machine: {machine()}; --jobs {args.jobs}")
    incremental(args.documents, args.jobs, args.repeat)
    grow(args.claims)
    check_latency()


if __name__ == "__main__":
    main()
