"""Quality benchmark: claimcheck against gold answers (not a test; prints figures).

    python bench/quality.py                       # the dev corpus copied under tests/corpus/dev
    python bench/quality.py --dev PATH -v         # another folder annotated the same way

Part 1 runs claimcheck over every event of a gold-annotated corpus at once (as a user runs it over
a folder) and scores it against the `gold-*.json` files there (format: GOLD-FORMAT.md):

- mentions: share of gold mentions for which a claim covers the mention's surface on its line
  with the gold value;
- conflict recall: gold conflicts for which one reported conflict group holds two mentions of
  that fact with different gold values (a date with no year, "November 19", where the gold took
  the year from outside the texts, stands for its mention here when the month and day agree; it
  is not counted among the mentions found);
- conflict precision: reported conflict groups that hold such a pair for some gold conflict;
- grouping errors: groups (of two documents or more) holding mentions of two different gold facts.

Part 2 scores the value grammar on Microsoft Recognizers-Text's English specs (currency,
dimension, age, percent): value and value+unit precision, recall and F1, for claimcheck's
`find_quantities` and for plain `quantulum3.parser.parse`, in the same run.

Part 3 scores the time grammar (`periods.find_times`, `periods.find_clock_times`) on the
Recognizers-Text English DateTime specs, each case's ReferenceDateTime as the publication date:
span-overlap extraction precision, recall and F1, and the share of found gold expressions resolved
to the gold value (see `score_dates` for what is scored and what is left out).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from claimcheck.readable import clock, score_text

ROOT = Path(__file__).resolve().parent.parent
# Copies kept in the repository (licences in their folders), so every checkout scores the same.
DEFAULT_DEV = ROOT / "tests" / "corpus" / "dev"
DEFAULT_SPECS = ROOT / "tests" / "vectors" / "recognizers-text"

SPEC_FILES = {
    "currency": "NumberWithUnit/English/CurrencyModel.json",
    "dimension": "NumberWithUnit/English/DimensionModel.json",
    "age": "NumberWithUnit/English/AgeModel.json",
    "percent": "Number/English/PercentModel.json",
}


# ---------------------------------------------------------------- part 1: dev gold


@dataclass
class GoldScore:
    mentions: int = 0
    found: int = 0
    conflicts: int = 0
    recalled: int = 0
    reported: int = 0
    real: int = 0
    groups: int = 0
    mixed: int = 0
    yearless: int = 0  # missed gold dates whose year nothing in their cluster states (_year_unstated)
    month_days: int = 0  # of those, claims giving the gold's month and day with no year (_same_month_day)
    misses: list[str] = field(default_factory=list)
    missed_conflicts: list[str] = field(default_factory=list)
    false_conflicts: list[str] = field(default_factory=list)
    mixed_groups: list[str] = field(default_factory=list)

    @property
    def mention_share(self) -> float:
        return self.found / self.mentions if self.mentions else 0.0

    @property
    def recall(self) -> float:
        return self.recalled / self.conflicts if self.conflicts else 1.0

    @property
    def precision(self) -> float:
        return self.real / self.reported if self.reported else 1.0


def _value_matches(claim, mention: dict) -> bool:
    """Whether a claim states the gold mention's value (a number in its unit, or an ISO date)."""
    gold = mention["value"]
    if isinstance(gold, str):
        if claim.kind == "time" and "T" in gold and claim.period is not None and claim.quantity is not None:
            return f"{claim.period.iso()}T{clock(claim.quantity.value)}" == gold
        if claim.event_date is not None:
            # A span the gold writes as its first day ("at the weekend" = 2010-05-01, from
            # 2010-05-01 to 2010-05-02) is right when the claim states the same span.
            period = claim.event_date
            same_span = (period.resolved and mention.get("lower") is not None and mention.get("upper") is not None
                         and (period.start.isoformat(), period.end.isoformat()) == (mention["lower"], mention["upper"]))
            return period.iso() == gold or period.label == gold or same_span
        if claim.quantity is not None and claim.quantity.unit == "score":
            return score_text(claim.quantity.value) == gold
        return False
    if claim.quantity is None:
        return False
    value = claim.quantity.value
    if math.isclose(value, gold, rel_tol=1e-6, abs_tol=1e-9):
        return True
    low, high = mention.get("lower"), mention.get("upper")
    # A hedged or vague mention: the claim's own value lies in the gold interval and is hedged too.
    return bool(claim.quantity.hedge) and (low is None or low <= value) and (high is None or value <= high)


def _same_month_day(claim, mention: dict) -> bool:
    """Whether a claim's yearless day ("November 19", no year anywhere) is the gold day's month and day."""
    from claimcheck.match import yearless_days
    from claimcheck.model import Period

    gold = mention["value"]
    days = yearless_days(claim.event_date) if claim.quantity is None else None
    if not days or not (isinstance(gold, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", gold)):
        return False
    day = date.fromisoformat(gold)
    return days == yearless_days(Period(None, None, f"{day:%B} {day.day}"))


def _covers(claim, line_text: str, surface: str) -> bool:
    """Whether the claim's source span overlaps an occurrence of the surface on its line."""
    start = claim.span.col - 1
    end = start + len(claim.span.text)
    at = line_text.find(surface)
    while at >= 0:
        if at < end and start < at + len(surface):
            return True
        at = line_text.find(surface, at + 1)
    return False


def _year_unstated(mention: dict, cluster: list) -> bool:
    """Whether a gold date's year is one no document of its cluster states: none has a
    publication date (from its text or the sources index) and no text writes the year. The
    annotators knew such years from outside the texts ("the ECB documents carry no publication
    date"); no reader of the texts alone can give them."""
    value = mention["value"]
    if not (isinstance(value, str) and re.match(r"\d{4}", value)):
        return False
    return not any(d.published is not None or value[:4] in d.raw for d in cluster)


def score_gold(dev: Path, verbose: bool = False) -> GoldScore:
    import claimcheck

    facts = [f for gold in sorted(dev.glob("gold-*.json")) for f in json.loads(gold.read_text())["facts"]]
    if not facts:
        sys.exit(f"bench/quality.py: no gold-*.json under {dev}; pass --dev PATH")
    folders = sorted(p for p in dev.iterdir() if p.is_dir())
    corpus = claimcheck.load(folders)
    by_line: dict[tuple[str, int], list] = defaultdict(list)
    lines: dict[str, list[str]] = {}
    for document in corpus.read:
        lines[Path(document.path).stem] = document.raw.split("\n")
    for claim in corpus.claim_list:
        by_line[(Path(corpus.document(claim.doc).path).stem, claim.span.line)].append(claim)

    clusters: dict[str, list] = defaultdict(list)
    for document in corpus.read:
        clusters[Path(document.path).parent.name].append(document)
    score = GoldScore()
    fact_of: dict[str, list[tuple[str, dict]]] = defaultdict(list)  # claim id -> (fact id, mention)
    for fact in facts:
        for mention in fact["mentions"]:
            score.mentions += 1
            line_text = lines.get(mention["doc"], [""] * mention["line"])[mention["line"] - 1]
            covering = [c for c in by_line[(mention["doc"], mention["line"])] if _covers(c, line_text, mention["surface"])]
            right = [c for c in covering if _value_matches(c, mention)]
            for claim in right:
                fact_of[claim.id].append((fact["id"], mention))
            if right:
                score.found += 1
            else:
                yearless = _year_unstated(mention, clusters[fact["cluster"]])
                score.yearless += yearless
                # "November 19" in a report that gives no year, where the gold took the year from
                # outside the texts: not a mention found, but a side of the conflict it is in.
                month_day = [c for c in covering if yearless and _same_month_day(c, mention)]
                for claim in month_day:
                    fact_of[claim.id].append((fact["id"], mention))
                score.month_days += bool(month_day)
                got = ", ".join(f"{c.text!r}={_shown(c)}" for c in covering) or "nothing"
                score.misses.append(f"{fact['id']} [{fact['kind']}{', year unstated' if yearless else ''}] "
                                    f"{mention['surface']!r}={mention['value']} got {got}"
                                    + (f"\n  > {mention['doc']}:{mention['line']}: {line_text[:200]}" if verbose else ""))

    def disagreeing(claims, fact_id: str) -> bool:
        # "nearly 300" and "more than 300" share a value but not the interval their wording allows.
        values = {(str(m["value"]), m.get("lower"), m.get("upper"))
                  for c in claims for f, m in fact_of.get(c.id, []) if f == fact_id}
        return len(values) >= 2

    conflict_facts = [f for f in facts if f["verdict"] == "conflict"]
    score.conflicts = len(conflict_facts)
    findings = corpus.conflicts
    score.reported = len(findings)
    for fact in conflict_facts:
        if any(disagreeing(f.group.claims, fact["id"]) for f in findings):
            score.recalled += 1
        else:
            score.missed_conflicts.append(f"{fact['id']}: {fact['why'][:110]}")
    for finding in findings:
        if any(disagreeing(finding.group.claims, fact["id"]) for fact in conflict_facts):
            score.real += 1
        else:
            sides = "; ".join(f"{c.text!r}" for c in finding.group.claims[:6])
            score.false_conflicts.append(f"{finding.group.label} | {finding.reason[:80]} | {sides}")
    for group in corpus.groups:
        if len(group.documents) < 2:
            continue
        score.groups += 1
        named = {f for c in group.claims for f, _ in fact_of.get(c.id, [])}
        if len(named) >= 2:
            score.mixed += 1
            score.mixed_groups.append(f"{group.label}: {sorted(named)}")
    return score


def _shown(claim) -> str:
    if claim.kind == "time":
        return f"{claim.period.iso() if claim.period else '?'} {clock(claim.quantity.value)}"
    if claim.event_date is not None:
        return str(claim.event_date.iso() or claim.event_date.label)
    return f"{claim.quantity.value:g} {claim.quantity.unit}"


# ---------------------------------------------------------------- part 2: Recognizers-Text specs

# Recognizers-Text unit names -> the key both systems are scored on.
_RT_UNITS = {
    "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "chinese yuan": "CNY",
    "canadian dollar": "CAD", "japanese yen": "JPY", "australian dollar": "AUD", "british pound": "GBP",
    "turkish lira": "TRY", "mexican peso": "MXN", "hong kong dollar": "HKD", "swiss franc": "CHF",
    "new zealand dollar": "NZD", "rupee": "INR", "sri lankan rupee": "LKR", "bitcoin": "BTC",
    "finnish markka": "FIM", "peseta": "ESP", "netherlands guilder": "NLG", "costa rican colón": "CRC",
    "georgian lari": "GEL", "lao kip": "LAK", "cent": "cent", "pence": "penny", "penny": "penny",
    "year": "year", "month": "month", "week": "week", "day": "day",
    "metric ton": "tonne", "ton": "ton", "degree": "degree",
}
_SPELLING = {"metre": "meter", "litre": "liter", "tonne": "tonne", "kilometre": "kilometer",
             "centimetre": "centimeter", "millimetre": "millimeter", "square metre": "square meter",
             "square kilometre": "square kilometer", "millilitre": "milliliter"}


def unit_key(name: str | None, kind: str) -> str:
    """A unit name from either system, lower-cased, singular and spelled one way."""
    if kind == "percent":
        return "percent"
    text = (name or "").strip().lower()
    if kind == "currency":
        if text in ("pound", "pounds", "pound sterling", "gbp"):
            return "GBP"
        if len(text) == 3 and text.isalpha():
            return text.upper()
    if kind == "age":
        # "a man of age 87": the spec's unit "Age" is an age stated with no unit word, in years.
        text = "year" if text == "age" else text.removesuffix("s")
    text = _RT_UNITS.get(text, text)
    for british, american in _SPELLING.items():
        text = text.replace(british, american)
    if text.endswith("s") and not text.endswith("ss") and len(text) > 3:
        text = text[:-1]
    return {"feet": "foot", "inche": "inch", "pound-mass": "pound", "short ton": "ton"}.get(text, text)


@dataclass
class PRF:
    tp_value: int = 0
    tp_unit: int = 0
    predicted: int = 0
    gold: int = 0

    def f1(self, with_unit: bool) -> tuple[float, float, float]:
        tp = self.tp_unit if with_unit else self.tp_value
        p = tp / self.predicted if self.predicted else 0.0
        r = tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# Recognizers-Text's dimension model leaves temperatures to its temperature model: its spec lists
# nothing in "the temperature is 24 degrees" or "Water boils at 100° Celsius".
_OURS = {"currency": {"currency"}, "percent": {"percent"}, "age": {"age"},
         "dimension": {"length", "area", "volume", "mass", "speed", "energy", "power",
                       "pressure", "data storage", "frequency", "angle"}}
_QUANTULUM = {"currency": {"currency"}, "age": {"time"},
              "dimension": {"length", "area", "volume", "mass", "speed", "energy", "power",
                            "pressure", "data storage", "frequency", "angle", "information", "data transfer rate"}}
# Gold units the spec gives to more than one of ours: its "Ton" names "tons", "tonnes" and "100t"
# alike (only "metric ton" is told apart).
_GOLD_UNIT_COVERS = {"ton": {"ton", "tonne"}}


def _ours(text: str, kind: str):
    from claimcheck.extract import find_quantities

    for start, end, q in find_quantities(text):
        if q.dimension in _OURS[kind]:
            yield start, end, q.value, unit_key(q.unit, kind)


def _quantulum(text: str, kind: str):
    from quantulum3 import parser

    for q in parser.parse(text):
        entity = q.unit.entity.name
        if kind == "percent":
            if q.unit.name == "percentage":
                yield q.span[0], q.span[1], q.value, "percent"
            continue
        if entity in _QUANTULUM[kind]:
            name = getattr(q.unit, "currency_code", None) or q.unit.name
            yield q.span[0], q.span[1], q.value, unit_key(name, kind)


def score_specs(specs: Path) -> dict[str, dict[str, PRF]]:
    """Per spec file, value and value+unit counts for claimcheck and for quantulum3."""
    table: dict[str, dict[str, PRF]] = {}
    for kind, rel in SPEC_FILES.items():
        cases = json.loads((specs / rel).read_text(encoding="utf-8-sig"))
        scores = {"claimcheck": PRF(), "quantulum3": PRF()}
        for case in cases:
            gold = [(r["Start"], r["End"] + 1, _gold_value(r), unit_key(r["Resolution"].get("unit"), kind))
                    for r in case.get("Results", []) if _gold_value(r) is not None]
            for system, finder in (("claimcheck", _ours), ("quantulum3", _quantulum)):
                predicted = list(finder(case["Input"], kind))
                tally = scores[system]
                tally.predicted += len(predicted)
                tally.gold += len(gold)
                for g_start, g_end, g_value, g_unit in gold:
                    # Recognizers-Text gives amounts unsigned: "fell $2.75" is 2.75 there, -2.75 here.
                    hits = [p for p in predicted if p[0] < g_end and g_start < p[1]
                            and math.isclose(abs(p[2]), abs(g_value), rel_tol=1e-6)]
                    tally.tp_value += bool(hits)
                    tally.tp_unit += any(p[3] in _GOLD_UNIT_COVERS.get(g_unit, {g_unit}) for p in hits)
        table[kind] = scores
    return table


def _gold_value(result: dict) -> float | None:
    raw = result["Resolution"].get("value")
    if raw is None:
        return None
    try:
        return float(str(raw).rstrip("%"))
    except ValueError:
        return None


def spec_f1(table: dict[str, dict[str, PRF]], system: str, with_unit: bool = True) -> float:
    """Micro-averaged F1 over the four spec files."""
    total = PRF()
    for scores in table.values():
        s = scores[system]
        total.tp_value += s.tp_value
        total.tp_unit += s.tp_unit
        total.predicted += s.predicted
        total.gold += s.gold
    return total.f1(with_unit)[2]


# ---------------------------------------------------------------- part 3: Recognizers-Text dates

DATE_SPEC_FILES = {
    "DateTimeModel": "DateTime/English/DateTimeModel.json",
    "DatePeriodParser": "DateTime/English/DatePeriodParser.json",
    "DatePeriodExtractor": "DateTime/English/DatePeriodExtractor.json",
}
# What claimcheck reads: days, months, years, weekdays, relative days, quarters, date ranges and
# periods, times of day, and days with a time or a part of the day. Durations ("for three days"),
# sets ("every Monday"), time zones and ranges of clock times with no day ("5 to 6pm", "in the
# morning") are left out of the gold, and a prediction that overlaps one of them is not counted.
DATE_TYPES = frozenset({"date", "daterange", "datetime", "time", "datetimerange"})


@dataclass
class DateScore:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    precise: int = 0
    resolvable: int = 0  # found gold expressions with a reference date and a resolved gold value
    resolved: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.precise / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def accuracy(self) -> float:
        return self.resolved / self.resolvable if self.resolvable else 0.0


@dataclass(frozen=True)
class _GoldTime:
    start: int
    end: int
    kind: str  # a Recognizers-Text type: date, daterange, datetime, time, datetimerange, ...
    values: tuple[dict, ...]  # each reading the gold allows: value, or start and/or end


def _gold_times(case: dict) -> list[_GoldTime]:
    """A spec case's results in one shape, whichever of the three spec formats it is in."""
    found = []
    for r in case.get("Results", []):
        if "Length" in r:  # DatePeriodParser / DatePeriodExtractor: one date range per result
            value = r.get("Value") or {}
            readings = [{"start": v.get("startDate"), "end": v.get("endDate")}
                        for v in (value.get("PastResolution"), value.get("FutureResolution")) if v]
            found.append(_GoldTime(r["Start"], r["Start"] + r["Length"], "daterange", tuple(readings)))
        else:
            kind = (r.get("TypeName") or r.get("Typename") or "").removeprefix("datetimeV2.")
            found.append(_GoldTime(r["Start"], r["End"] + 1, kind, tuple(r.get("Resolution", {}).get("values", []))))
    return found


def _day(text: str | None) -> date | None:
    return datetime.strptime(text[:10], "%Y-%m-%d").date() if text and text[:4].isdigit() else None


def _resolved_right(gold: _GoldTime, times: list, clocks: list) -> bool:
    """Whether a time expression overlapping `gold` states one of its readings. A named period's
    end is exclusive in Recognizers-Text ("May" ends on June 1) and inclusive here, so either end
    is taken (and see `_gold_ends`). A part of a day ("this evening") is right when its day is; a clock time needs its
    minute. Where the gold gives a past and a future reading (a bare weekday, a month with no year,
    an hour with no am/pm), any is accepted: claimcheck reads back from publication, as news does,
    unless the clause is in the future."""
    days = [(t.period.start, t.period.end) for t in times if t.period.resolved]
    minutes = {c.minutes for c in clocks}
    for reading in gold.values:
        if "value" in reading and gold.kind == "date":
            if (_day(reading["value"]),) * 2 in days:
                return True
        elif "value" in reading and gold.kind in ("time", "datetime"):
            day, _, clock_text = reading["value"].rpartition(" ")
            hh, mm, ss = (int(x) for x in clock_text.split(":"))
            on_day = gold.kind == "time" or (_day(day),) * 2 in days
            if on_day and ss == 0 and hh * 60 + mm in minutes:
                return True
        elif gold.kind == "datetimerange":
            start, end = _day(reading.get("start")), _day(reading.get("end"))
            if end is not None and reading["end"].endswith("00:00:00") and end != start:
                end -= timedelta(days=1)  # "tonight" runs to midnight
            if (start, end) in days:
                return True
        elif gold.kind == "daterange":
            start, end = _day(reading.get("start")), _day(reading.get("end"))
            if start is None and end is None:
                continue
            for s, e in days:
                if (start is None or s == start) and (end is None or end in _gold_ends(e)):
                    return True
    return False


def _gold_ends(end: date) -> tuple[date, ...]:
    """The gold ends that mean a range of ours ends on `end`: that day, the day after (an
    exclusive end), or the first day of its month or year ("from March to May" ends on May 1 in
    Recognizers-Text, "2014 to 2018" on 2018-01-01; news means through May, through 2018)."""
    after = end + timedelta(days=1)
    whole_month = (end.replace(day=1),) if after.day == 1 else ()
    whole_year = (end.replace(month=1, day=1),) if (after.month, after.day) == (1, 1) else ()
    return end, after, *whole_month, *whole_year


def score_dates(specs: Path) -> dict[str, DateScore]:
    """Per DateTime spec file, claimcheck's time expressions against the gold (see DATE_TYPES)."""
    from claimcheck.periods import find_clock_times, find_times

    table: dict[str, DateScore] = {}
    for name, rel in DATE_SPEC_FILES.items():
        score = DateScore()
        for case in json.loads((specs / rel).read_text(encoding="utf-8-sig")):
            text = case["Input"]
            reference = _day((case.get("Context") or {}).get("ReferenceDateTime"))
            times = find_times(text, reference)
            clocks = find_clock_times(text)
            spans = [(t.start, t.end) for t in times] + [(c.start, c.end) for c in clocks]
            golds = _gold_times(case)
            kept = [g for g in golds if g.kind in DATE_TYPES]
            for start, end in spans:
                touched = [g for g in golds if g.start < end and start < g.end]
                if touched and not any(g.kind in DATE_TYPES for g in touched):
                    continue  # a duration or a set we do not score
                score.predicted += 1
                if touched:
                    score.precise += 1
                else:
                    score.spurious.append(f"{text[start:end]!r} in {text!r}")
            for g in kept:
                score.gold += 1
                near_times = [t for t in times if g.start < t.end and t.start < g.end]
                near_clocks = [c for c in clocks if g.start < c.end and c.start < g.end]
                if not (near_times or near_clocks):
                    score.misses.append(f"[{g.kind}] {text[g.start:g.end]!r} in {text!r}")
                    continue
                score.found += 1
                readings = [v for v in g.values if v.get("value") != "not resolved"]
                if reference is None or not readings:
                    continue
                score.resolvable += 1
                if _resolved_right(g, near_times, near_clocks):
                    score.resolved += 1
                else:
                    got = ", ".join([str(t.period.iso() or t.period.label) for t in near_times]
                                    + [clock(c.minutes) for c in near_clocks])
                    gold_text = " | ".join(str(v.get("value") or f"{v.get('start')}..{v.get('end')}") for v in readings)
                    score.wrong.append(f"[{g.kind}] {text[g.start:g.end]!r} = {gold_text}, got {got} "
                                       f"(ref {reference}) in {text!r}")
        table[name] = score
    return table


# ---------------------------------------------------------------- printing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="folder with event folders and gold-*.json")
    parser.add_argument("--specs", type=Path, default=DEFAULT_SPECS, help="Recognizers-Text specs folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, missed and false conflicts")
    parser.add_argument("--misses", type=int, default=0, help="list this many missed mentions")
    parser.add_argument("--dates", action="store_true", help="list missed, wrongly resolved and extra time expressions")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")

    gold = score_gold(args.dev, verbose=args.verbose)
    print(f"## Dev gold ({args.dev})\n")
    print("| measure | value |\n|---|---|")
    print(f"| gold mentions extracted with the right value | {gold.found}/{gold.mentions} = {gold.mention_share:.1%} |")
    reachable = gold.mentions - gold.yearless
    print(f"| missed gold dates whose year no text or sources index of their event gives | {gold.yearless} "
          f"(so at most {reachable}/{gold.mentions} = {reachable / gold.mentions:.1%} can be found) |")
    print(f"| of those, stated with the gold's month and day and no year (sides of conflicts, not counted found) "
          f"| {gold.month_days} |")
    print(f"| conflict recall | {gold.recalled}/{gold.conflicts} = {gold.recall:.2f} |")
    print(f"| conflict precision | {gold.real}/{gold.reported} = {gold.precision:.2f} |")
    print(f"| grouping errors (groups mixing two gold facts) | {gold.mixed}/{gold.groups} |")
    if args.verbose:
        for title, rows in (("Missed conflicts", gold.missed_conflicts), ("False conflicts", gold.false_conflicts),
                            ("Mixed groups", gold.mixed_groups)):
            print(f"\n### {title}\n")
            print("\n".join(f"- {row}" for row in rows) or "- none")
    if args.misses:
        print("\n### Missed mentions\n")
        print("\n".join(f"- {row}" for row in gold.misses[: args.misses]))

    if args.specs.exists():
        table = score_specs(args.specs)
        print("\n## Recognizers-Text specs: value / value+unit F1 (P, R)\n")
        print("| spec | claimcheck value | claimcheck value+unit | quantulum3 value | quantulum3 value+unit |")
        print("|---|---|---|---|---|")
        for kind, scores in table.items():
            cells = []
            for system in ("claimcheck", "quantulum3"):
                for with_unit in (False, True):
                    p, r, f = scores[system].f1(with_unit)
                    cells.append(f"{f:.2f} ({p:.2f}, {r:.2f})")
            print(f"| {kind} | " + " | ".join(cells) + " |")
        print(f"| all four (micro) | {spec_f1(table, 'claimcheck', False):.2f} | {spec_f1(table, 'claimcheck'):.2f} "
              f"| {spec_f1(table, 'quantulum3', False):.2f} | {spec_f1(table, 'quantulum3'):.2f} |")

    if args.specs.exists():
        dates = score_dates(args.specs)
        print("\n## Recognizers-Text DateTime specs: time expressions (durations, sets, time zones and"
              " clock-time ranges with no day left out; a past or future reading of a bare weekday or"
              " month accepted)\n")
        print("| spec | extraction F1 (P, R) | resolved right / found |\n|---|---|---|")
        for name, score in dates.items():
            p, r, f = score.prf()
            resolved = f"{score.resolved}/{score.resolvable} = {score.accuracy:.2f}" if score.resolvable else "—"
            print(f"| {name} | {f:.2f} ({p:.2f}, {r:.2f}) | {resolved} |")
        if args.dates:
            for title, rows in (("Missed", "misses"), ("Resolved wrong", "wrong"), ("Not in the gold", "spurious")):
                print(f"\n### {title} time expressions\n")
                print("\n".join(f"- {name}: {row}" for name, score in dates.items() for row in getattr(score, rows))
                      or "- none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
