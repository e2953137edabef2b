"""What the editorial CI costs: the pytest plugin's load time, and checking a fact sheet and a
baseline on top of a plain run.

    python bench/editorial_ci.py [PATHS...] [--facts N]

1. pytest on a one-test project, with the plugin and with `-p no:claimcheck` (wall time, best of 3):
   what every test suite in an environment with claimcheck installed pays for it.
2. `claimcheck.load` on PATHS (default: data/ and ../shared/corpus/dev) plain, with a fact sheet of
   up to N facts made from the corpus's own yearly and quarterly figures, and with the baseline that
   accepts every conflict found (CPU time, after one warm-up run that loads the pipeline).
Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [ROOT / "data", ROOT.parent / "shared" / "corpus" / "dev"]


def pytest_startup(folder: Path, *extra: str) -> float:
    """Best wall time of three pytest runs of a one-test project."""
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra],
                       cwd=folder, capture_output=True, check=False)
        runs.append(time.perf_counter() - start)
    return min(runs)


def cpu(work) -> tuple[float, object]:
    """CPU seconds of one call, and what it returned."""
    start = time.process_time()
    result = work()
    return time.process_time() - start, result


def fact_sheet(corpus, most: int) -> str:
    """Facts made from the corpus's own figures for whole years and quarters, as TOML."""
    from claimcheck.match import period_label

    entries = []
    for claim in corpus.claim_list:
        period = claim.period
        if claim.quantity is None or period is None or not period.resolved \
                or period.granularity not in ("year", "quarter"):
            continue
        entries.append("\n".join([
            "[[fact]]", f"measure = {json.dumps(claim.measure or claim.kind)}",
            f"period = {json.dumps(period_label(period))}", f"value = {json.dumps(repr(claim.quantity.value))}",
            f"unit = {json.dumps(claim.quantity.unit)}", f"kind = {json.dumps(claim.kind)}", ""]))
        if len(entries) == most:
            break
    return "\n".join(entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    parser.add_argument("--facts", type=int, default=200, help="most facts in the sheet (default 200)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "test_one.py").write_text("def test_one():\n    assert True\n", encoding="utf-8")
        with_plugin, without = pytest_startup(project), pytest_startup(project, "-p", "no:claimcheck")
        print(f"pytest, one test: {with_plugin:.2f} s with the plugin, {without:.2f} s without "
              f"(+{with_plugin - without:.2f} s)")

        import claimcheck

        paths = [p for p in args.paths if p.exists()]
        claimcheck.load(paths)  # warm-up: the pipeline and unit tables load once
        plain_s, plain = cpu(lambda: claimcheck.load(paths))
        sheet = project / "facts.toml"
        try:
            sheet.write_text(fact_sheet(plain, args.facts), encoding="utf-8")
            read_s, facts = cpu(lambda: claimcheck.read_facts(sheet))
        except claimcheck.ClaimcheckError as error:  # a figure the sheet cannot express
            print(f"fact sheet not built: {error}")
            return
        facts_s, checked = cpu(lambda: claimcheck.load(paths, facts=facts))
        baseline = project / "baseline.toml"
        claimcheck.write_baseline(checked, baseline)
        both_s, accepted = cpu(lambda: claimcheck.load(paths, facts=facts, baseline=baseline))
    stated = sum(1 for f in checked.findings if any(c.reference for c in f.group.claims))
    print(f"load: {len(plain.read)} documents, {len(plain.claim_list)} claims, {len(plain.conflicts)} conflicts, "
          f"{plain_s:.2f} s CPU")
    print(f"fact sheet: {len(facts.facts)} facts read in {read_s * 1000:.0f} ms; load with it {facts_s:.2f} s "
          f"({stated} facts stated, {len(checked.conflicts)} conflicts)")
    print(f"with the baseline too: {both_s:.2f} s ({len(accepted.accepted)} accepted, "
          f"{len(accepted.conflicts)} new)")


if __name__ == "__main__":
    main()
