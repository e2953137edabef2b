"""Grouping at scale: time and peak memory of `group_claims` on 10k, 100k and 1M synthetic claims.

    python bench/grouping.py [SIZES...] [--seed N] [--jobs N]

The claims are generated with a fixed seed to look like a news archive's: about ten claims a
document and eight documents a story; kinds, units and periods in the shares the dev corpus
shows (counts and dated events first, most claims without a period or a place); measures from
a few hundred common ones (Zipf) and a long tail of one-off wordings; stories named by their
own people and places plus a few names everyone mentions. A story's documents report its
facts with other wordings, roundings, hedges and now and then another figure, so that groups,
agreements and conflicts arise as they do in real text. Each size runs in its own process, so
that its memory is its own: "MB claims" is the process's peak resident set once the claims are
made, "MB peak" once they are grouped (or the largest worker's, if larger: a forked worker's
resident set counts the pages it shares with the process it was forked from). "CPU s" is the
grouping's CPU time, the workers' included: past `match.PARALLEL_CLAIMS` claims, processes forked
on every core share the blocks (and one makes the worded stand-ins while the stories are built),
so seconds fall below CPU seconds on an idle machine; other work
on a shared machine disturbs CPU seconds less than the seconds of wall time. Not a test.
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.lexicon import CASUALTY_WORDS, COUNTRY_NAMES, EVENT_WORDS, HEDGES_BEFORE  # noqa: E402
from claimcheck.model import Claim, Period, Quantity, Span  # noqa: E402

CLAIMS_PER_DOCUMENT = 10
DOCUMENTS_PER_STORY = 8
FACTS_PER_STORY = 8
# Kind -> (share of claims, dimension, units with their weights)
KINDS = {
    "count": (0.40, "count", {"people": 35, **{f"noun{i}": 65 / (i + 1) / 5.6 for i in range(150)}}),
    "amount": (0.15, "currency", {"USD": 50, "EUR": 15, "CNY": 10, "GBP": 8, "JPY": 5, "INR": 5, "RUB": 3,
                                  "KRW": 2}),
    "rate": (0.06, "percent", {"percent": 90, "percentage point": 10}),
    "change": (0.05, "percent", {"percent": 80, "percentage point": 20}),
    "threshold": (0.02, "currency", {"USD": 70, "EUR": 30}),
    "age": (0.10, "age", {"years": 1}),
    "duration": (0.08, "duration", {"years": 40, "months": 20, "days": 25, "hours": 10, "weeks": 5}),
    "date": (0.14, "date", {"date": 1}),
}
COUNT_VERBS = sorted(set(CASUALTY_WORDS.values())) + [f"verb{i}ed" for i in range(80)]
AMOUNT_MEASURES = [f"{noun}" for noun in (
    "trade", "exports", "imports", "revenue", "profit", "budget", "debt", "investment", "sales",
    "spending", "income", "loss", "deficit", "surplus", "gdp", "output", "turnover", "aid",
    "tariff", "valuation", "funding", "bond", "loan", "reserves", "remittance", "subsidy",
)] + [f"econ{i}" for i in range(120)]
MODIFIERS = ["bilateral", "annual", "total", "net", "quarterly", "foreign", "state", "military",
             "consumer", "retail", "industrial", "monthly", "record", "overall", "public"]
RATE_MEASURES = ["inflation", "unemployment", "growth", "gdp growth", "turnout", "interest rate",
                 "approval", "share", "market share", "yield"] + [f"ratio{i}" for i in range(60)]
EVENT_CLASSES = sorted(set(EVENT_WORDS.values()))
HEDGES = sorted(HEDGES_BEFORE)
COUNTRIES = sorted(set(COUNTRY_NAMES.values()))
TAIL_WORDS = [f"w{i}" for i in range(4000)]  # one-off wordings: "ministry mv gibe put out message"
SENTENCES = [f"A sentence of the synthetic archive, number {i}." for i in range(64)]


def zipf(rng: random.Random, items: list[str], exponent: float = 1.1) -> str:
    """An item drawn with weight 1/rank**exponent (common ones often, a long tail rarely)."""
    index = int(len(items) * rng.random() ** (1 + exponent * 2))
    return items[min(index, len(items) - 1)]


def weighted(rng: random.Random, table: dict[str, float]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


class Archive:
    """Stories, their documents and facts, and the claims the documents make about them."""

    def __init__(self, size: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.documents = max(2, size // CLAIMS_PER_DOCUMENT)
        self.stories: dict[str, frozenset[str]] = {}
        self.famous = [c.lower() for c in COUNTRIES] + [f"famous{i}" for i in range(300)]
        self.common = [f"common{i}" for i in range(60)]
        self.kinds = {kind: share for kind, (share, _, _) in KINDS.items()}

    def generate(self, size: int) -> list[Claim]:
        claims: list[Claim] = []
        for story in range(math.ceil(self.documents / DOCUMENTS_PER_STORY)):
            claims.extend(self.story(story))
            if len(claims) >= size:
                break
        return claims[:size]

    def story(self, number: int) -> list[Claim]:
        rng = self.rng
        names = [f"s{number}n{k}" for k in range(40)]
        day = date(2005, 1, 1) + timedelta(days=rng.randrange(21 * 365))
        facts = [self.fact(names, day) for _ in range(FACTS_PER_STORY)]
        claims = []
        for d in range(DOCUMENTS_PER_STORY):
            doc = f"doc{number:06d}-{d}"
            self.stories[doc] = self.names_of(names)
            offset = 0
            for _ in range(CLAIMS_PER_DOCUMENT):
                offset += rng.randint(40, 400)
                base = rng.choice(facts) if rng.random() < 0.6 else self.fact(names, day, tail=True)
                claims.append(self.report(doc, offset, base))
        return claims

    def names_of(self, story_names: list[str]) -> frozenset[str]:
        """A document's story keys (22 names at the median, as in the dev corpus): its story's
        people and places, now and then a word every story has ("police", "county"), a few
        famous names and a few met nowhere else."""
        rng = self.rng
        names = set(rng.sample(story_names[:12], rng.randint(6, 10)))
        names.update(rng.sample(story_names, rng.randint(6, 18)))
        names.update(word for rank, word in enumerate(self.common) if rng.random() < 0.1 / (1 + 0.3 * rank))
        names.update(zipf(rng, self.famous, 0.5) for _ in range(rng.randint(1, 3)))
        names.update(f"rare{rng.randrange(self.documents * 2)}" for _ in range(rng.randint(0, 3)))
        return frozenset(names)

    def fact(self, names: list[str], day: date, *, tail: bool = False) -> dict:
        """One fact: kind, measure, unit, period, place, people and the true value."""
        rng = self.rng
        kind = weighted(rng, self.kinds)
        _, dimension, units = KINDS[kind]
        unit = weighted(rng, units)
        if kind == "count":
            measure = zipf(rng, COUNT_VERBS)
        elif kind in ("amount", "threshold"):
            measure = zipf(rng, AMOUNT_MEASURES)
        elif kind in ("rate", "change"):
            measure = zipf(rng, RATE_MEASURES)
        elif kind == "age":
            measure = rng.choice(["age", "age man", "age woman", "age boy", "age girl"])
        elif kind == "date":
            measure = rng.choice(EVENT_CLASSES)
        else:
            measure = " ".join(rng.sample(TAIL_WORDS, rng.randint(1, 3)))
        if tail and kind not in ("age", "date"):
            measure = " ".join([measure, *rng.sample(TAIL_WORDS, rng.randint(1, 3))])
        return {
            "kind": kind, "dimension": dimension, "unit": unit, "measure": measure,
            "period": self.period(kind, day),
            "scope": tuple(sorted(rng.sample(COUNTRIES, rng.randint(1, 2))))
            if rng.random() < self.scoped(kind) else (),
            "subject": tuple(rng.sample([n.title() for n in names], rng.randint(1, 2)))
            if rng.random() < {"age": 0.8, "date": 0.5}.get(kind, 0.05) else (),
            "value": self.value(kind),
            "day": day,
        }

    def scoped(self, kind: str) -> float:
        return {"amount": 0.4, "rate": 0.4, "change": 0.4, "threshold": 0.4, "date": 0.3}.get(kind, 0.1)

    def period(self, kind: str, day: date) -> Period | None:
        rng = self.rng
        roll = rng.random()
        if kind in ("amount", "rate", "change", "threshold"):
            year = rng.randint(2005, 2026)
            if roll < 0.55:
                return Period(date(year, 1, 1), date(year, 12, 31), str(year), "year")
            if roll < 0.70:
                q = rng.randint(1, 4)
                end = date(year, 3 * q, 30 if q in (2, 3) else 31)
                return Period(date(year, 3 * q - 2, 1), end, f"Q{q} {year}", "quarter")
            if roll < 0.80:
                month = rng.randint(1, 12)
                return Period(date(year, month, 1), date(year, month, 28), f"{year}-{month:02d}", "month")
            if roll < 0.85:
                return Period(day, day, "on that day", "day")
            return None
        if kind in ("count", "age", "duration") and roll < 0.15:
            return Period(day, day, "on that day", "day")
        return None

    def value(self, kind: str) -> float:
        rng = self.rng
        if kind == "count":
            return float(max(1, int(10 ** (rng.random() ** 2 * 4))))  # mostly small, some thousands
        if kind in ("amount", "threshold"):
            return round(10 ** rng.uniform(4, 12), -3)
        if kind in ("rate", "change"):
            return round(rng.uniform(0.1, 30), 1)
        if kind == "age":
            return float(rng.randint(1, 95))
        return float(rng.randint(1, 60))

    def report(self, doc: str, offset: int, fact: dict) -> Claim:
        """How one document states a fact: its own wording, rounding, hedge or figure."""
        rng = self.rng
        measure = fact["measure"]
        if fact["kind"] not in ("age", "date") and rng.random() < 0.25:
            measure = f"{rng.choice(MODIFIERS)} {measure}"
        span = Span(offset, offset + 12, offset // 80 + 1, offset % 80 + 1, "synthetic 12")
        common = {
            "id": f"{doc}:{offset}", "doc": doc, "span": span, "sentence": rng.choice(SENTENCES),
            "sentence_start": offset - rng.randint(0, 30), "marked": (0, 12), "kind": fact["kind"],
            "measure": measure, "scope": fact["scope"], "subject": fact["subject"],
        }
        if fact["kind"] == "date":
            shift = timedelta(days=rng.choice((0, 0, 0, 1, 5)))
            when = fact["day"] + shift
            return Claim(**common, event_date=Period(when, when, "on that day", "day"))
        return Claim(**common, quantity=self.quantity(fact), period=fact["period"])

    def quantity(self, fact: dict) -> Quantity:
        rng = self.rng
        value, roll = fact["value"], rng.random()
        precision = 0.5 if fact["kind"] in ("count", "age", "duration") else abs(value) * 0.0005
        hedge = None
        if roll < 0.10:
            value *= rng.choice((0.97, 1.02, 1.3, 5.0))  # another figure for the same fact
        elif roll < 0.20:
            precision = abs(value) * 0.05  # rounded harder
        elif roll < 0.25:
            hedge = rng.choice(HEDGES)
        low, high = HEDGES_BEFORE[hedge] if hedge else (1.0, 1.0)
        lower = None if low is None else value * low - (0 if hedge else precision)
        upper = None if high is None else value * high + (0 if hedge else precision)
        return Quantity(value, lower, upper, fact["unit"], fact["dimension"], precision, hedge)


def synthetic_claims(size: int, seed: int = 0) -> tuple[list[Claim], dict[str, frozenset[str]]]:
    """`size` claims of a synthetic news archive and the story keys of its documents."""
    archive = Archive(size, seed)
    claims = archive.generate(size)
    return claims, archive.stories


def _children_cpu() -> float:
    """CPU seconds of the worker processes grouping has forked and waited for (past PARALLEL_CLAIMS)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def measure_one(size: int, seed: int, jobs: int | None) -> None:
    """Generate, group, and print one row: claims, groups, seconds, peak memory."""
    from claimcheck.match import group_claims

    claims, stories = synthetic_claims(size, seed)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu = time.perf_counter(), time.process_time() + _children_cpu()
    groups = group_claims(claims, stories, jobs=jobs)
    seconds, cpu = time.perf_counter() - start, time.process_time() + _children_cpu() - cpu
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    print(f"{size}\t{len(groups)}\t{seconds:.2f}\t{before:.0f}\t{peak:.0f}\t{cpu:.2f}", flush=True)


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    arguments.add_argument("--seed", type=int, default=0)
    arguments.add_argument("--jobs", type=int, default=None,
                           help="processes sharing the blocks past match.PARALLEL_CLAIMS (default: all cores; 1: this one)")
    arguments.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a child run
    options = arguments.parse_args()
    if options.one:
        measure_one(options.sizes[0], options.seed, options.jobs)
        return
    print(f"{'claims':>10} {'groups':>8} {'seconds':>8} {'× previous':>10} {'CPU s':>7} {'× previous':>10} "
          f"{'claims/s':>9} {'MB claims':>9} {'MB peak':>8}")
    previous = previous_cpu = None
    for size in options.sizes:
        row = subprocess.run(
            [sys.executable, __file__, str(size), "--seed", str(options.seed), "--one",
             *(["--jobs", str(options.jobs)] if options.jobs else [])],
            check=True, capture_output=True, text=True,
        ).stdout.split()
        claims, groups = int(row[0]), int(row[1])
        seconds, before, peak, cpu = (float(cell) for cell in row[2:6])
        ratio = f"{seconds / previous:.1f}×" if previous else ""
        cpu_ratio = f"{cpu / previous_cpu:.1f}×" if previous_cpu else ""
        print(f"{claims:>10} {groups:>8} {seconds:>8.2f} {ratio:>10} {cpu:>7.2f} {cpu_ratio:>10} "
              f"{claims / seconds:>9.0f} {before:>9.0f} {peak:>8.0f}")
        previous, previous_cpu = seconds, cpu


if __name__ == "__main__":
    main()
