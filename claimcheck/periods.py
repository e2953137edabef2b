"""Time expressions: find them in a sentence and resolve them against the publication date.

"in 2025" -> the year 2025; "in the first quarter of this year" -> Q1 of the publication year;
"on Wednesday" -> the last Wednesday on or before publication; "for the third consecutive year"
-> a duration that stretches another period back. Expressions that need an anchor the document
does not give are kept with their label and no dates.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import (
    AGO_MONTHS,
    AGO_UNITS,
    CLOCK_HEDGES,
    CLOCK_WORDS,
    CLOCK_ZONES,
    FIXED_HOLIDAYS,
    FUTURE_CUES,
    LOCAL_ZONES_NOT_IN_T,
    MONTHS,
    ORDINAL_WORDS,
    PERIOD_PARTS,
    PERIOD_SIDES,
    RECENT_UNITS,
    RELATIVE_DAY_PARTS,
    RELATIVE_DAYS,
    RELATIVE_YEARS,
    WEEK_ORDINALS,
    WEEKDAYS,
    WEEKEND_PHRASES,
)
from .model import Period
from .numbers import ORDINALS, UNITS
from .prefilter import fold_case


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression in a text: where it is, what period it names, and how it is used.

    `role` is "when" (the time a value refers to, or an event's date), "since" (a span running up
    to publication), or "run" (a run of consecutive periods ending at another: `run` periods).
    """

    start: int
    end: int
    period: Period
    role: str = "when"
    run: int = 0
    counted: bool = False  # the number inside is a duration of its own ("in the past 17 months")


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_REL_YEAR = r"(?P<rel>" + "|".join(re.escape(k) for k in RELATIVE_YEARS) + r")"
_ORD = r"(?P<ord>" + "|".join(ORDINAL_WORDS) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s*(?:-|–|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
_YEAR_TAIL = rf"(?:,?\s+(?:{_YEAR}|{_REL_YEAR}))?"
# "Friday, June 3", "Tuesday (6 January)": a weekday before the day, the day in brackets or not.
_WEEKDAY_SEP = r"(?:,?\s+|\s*(?P<paren>\()\s*)"
_PAREN_END = r"(?(paren)\s*\))"
_PERIOD_PART = "|".join(PERIOD_PARTS)
_PERIOD_SIDE = "|".join(PERIOD_SIDES)
# The same as _YEAR and _REL_YEAR, for a pattern that has them once already in another branch.
_YEAR_ONLY = _YEAR.replace("<year>", "<year_only>")
_REL_YEAR_ONLY = _REL_YEAR.replace("<rel>", "<rel_only>")
_WEEK_ORD = "|".join(WEEK_ORDINALS)

_COUNT_WORD = "|".join(w for w in UNITS if w not in ("zero", "nought", "naught"))
# Order matters: longer, more specific forms first; matches never overlap.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_day", re.compile(
        rf"\b(?:{_WEEKDAY}{_WEEKDAY_SEP})?{_MONTH}(?:\s+|(?<=\.)){_DAY}\b{_DAY2}{_YEAR_TAIL}{_PAREN_END}", re.I)),
    ("day_month", re.compile(
        rf"\b(?:{_WEEKDAY}{_WEEKDAY_SEP})?{_DAY}{_DAY2}\s+(?:of\s+)?{_MONTH}{_YEAR_TAIL}\b{_PAREN_END}", re.I)),
    ("quarter", re.compile(
        rf"\b(?:the\s+)?{_ORD}\s+(?P<part>quarter|half)(?:\s+of\s+(?:{_YEAR}|{_REL_YEAR}|the\s+year))?",
        re.I)),
    ("q_code", re.compile(r"\b(?P<part>[QH])(?P<num>[1-4])\s*(?:(?P<year>(?:19|20)\d\d)|'?(?P<yy>\d\d))?\b")),
    ("decade", re.compile(r"(?:\b(?P<year>(?:1[89]|20)\d0)|(?<=\bthe\s)'?(?P<yy>\d0))'?s\b", re.I)),
    ("part_of", re.compile(
        rf"\b(?:(?P<side>{_PERIOD_SIDE})\s+(?:in\s+)?(?P<this>this)\s+(?P<this_unit>week|month|year)\b"
        rf"|(?P<mod>{_PERIOD_PART})(?:-|\s+)(?:(?P<relword>last|this|next)\s+(?P<unit>week|month|year)\b"
        rf"|{_MONTH}(?:,?\s+(?:of\s+)?(?:{_YEAR}|{_REL_YEAR}))?\b(?!\s*\d)|{_YEAR_ONLY}\b))", re.I)),
    ("nth_week", re.compile(
        rf"\b(?:the\s+)?(?P<ord>{_WEEK_ORD})\s+week\s+of\s+(?:(?P<relword>this|last|next)\s+month\b"
        rf"|{_MONTH}(?:,?\s+(?:{_YEAR}|{_REL_YEAR}))?\b|{_YEAR_ONLY}\b|{_REL_YEAR_ONLY}\b)", re.I)),
    # "in the three months to March", "the year to June 2011": the stretch that ends with that month
    ("months_to", re.compile(
        rf"\bthe\s+(?:(?P<n>\d{{1,2}}|{_COUNT_WORD})\s+(?P<unit>months|weeks)|(?P<whole>year|twelve\s+months))"
        rf"\s+(?:to|ending|ended)\s+(?:(?:the\s+)?end\s+(?:of\s+)?)?{_MONTH}(?:\s+{_YEAR})?\b(?!\s*\d)", re.I)),
    # "over the past three months", "in the last 24 hours", "the past decade": up to publication
    ("recent", re.compile(
        rf"\bthe\s+(?:past|last|previous|preceding)\s+(?:(?P<n>\d{{1,3}}|{_COUNT_WORD})\s+)?"
        rf"(?P<unit>{'|'.join(RECENT_UNITS)}|year)\b(?!\s+(?:of|in|at|on|before)\b)", re.I)),
    # "over the next two weeks", "in the coming 12 months": from publication on (a count is needed:
    # "the next day" follows the story's own day)
    ("upcoming", re.compile(
        rf"\bthe\s+(?:next|coming)\s+(?P<n>\d{{1,3}}|{_COUNT_WORD})\s+(?P<unit>hours|days|weeks|months|years)\b", re.I)),
    # "in the year to date", "year-to-date", "so far this year": from 1 January to publication
    # "on the Fourth of July", "Christmas Day", "New Year's Eve": a holiday on a fixed day of the year
    ("holiday", re.compile(r"\b(?P<holiday>" + "|".join(sorted(FIXED_HOLIDAYS, key=len, reverse=True)).replace("'", "['’]")
                           + r")(?![\w'’])", re.I)),
    ("year_to_date", re.compile(r"\b(?:the\s+)?year[\s-]to[\s-]date\b|\bso\s+far\s+this\s+year\b"
                                r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?(?:{_YEAR}|{_REL_YEAR})\b", re.I)),
    ("rel_month", re.compile(rf"\b(?P<relword>last|this|next)\s+{_MONTH}\b", re.I)),
    ("run", re.compile(
        r"\bfor\s+(?:the\s+)?(?P<count>\w+)(?:\s+|-)(?:consecutive|straight|successive|"
        r"(?:year|years)\s+in\s+a\s+row)\s*(?P<unit>years?)?", re.I)),
    ("year_span", re.compile(
        r"\b(?P<year>(?:19|20)\d\d)\s*(?:-|–|/|to)\s*(?P<year2>(?:19|20)?\d\d)\b")),
    ("since", re.compile(rf"\bsince\s+{_YEAR}\b", re.I)),
    # not the digits after a decimal point ("the euro fell to $1.2050"), nor a case or file number
    # that opens with a year ("2012-CR-1457")
    ("year", re.compile(rf"(?<!\d\.)\b{_YEAR}\b(?!\s*(?:%|per\b|percent)|-\d|-[A-Z]{{1,4}}-\d)")),
    ("rel_year", re.compile(rf"\b{_REL_YEAR}\b", re.I)),
    ("month_alone", re.compile(
        rf"\b(?:in|since|until|by|from|during|(?:the\s+)?month\s+of|(?P<between>between))\s+{_MONTH}\b(?!\s*\d)"
        rf"(?:\s*(?:-|–|to|through|until|till|(?(between)and))\s+{_MONTH.replace('<month>', '<month2>')}\b(?!\s*\d))?"
        r"(?(between)(?(month2)|(?!)))", re.I)),  # "between August and October": both months or no match
    ("day_alone", re.compile(
        rf"\b(?:on|{_WEEKDAY},?)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
        r"(?:\s+of\s+(?:the|this)\s+month\b)?(?!\s*[-–]?\s*[a-z])", re.I)),
    ("rel_part", re.compile(r"\b(?P<part>" + "|".join(RELATIVE_DAY_PARTS) + r")\b", re.I)),
    ("rel_week", re.compile(
        r"\b(?P<relword>last|this|next)\s+(?P<unit>week|weekend|month|quarter(?!\s+of\b))\b", re.I)),
    ("weekend", re.compile(r"\b(?:" + "|".join(WEEKEND_PHRASES) + r")\b", re.I)),
    ("weekday_ago", re.compile(
        r"\b(?P<n>\d{1,2}|a|" + "|".join(UNITS) + rf")\s+{_WEEKDAY}s?\s+ago\b", re.I)),
    ("ago", re.compile(
        r"\b(?P<n>\d{1,2}|a|an|a\s+couple\s+of|" + "|".join(UNITS) + r")\s+(?P<unit>"
        + "|".join([*AGO_UNITS, *AGO_MONTHS]) + r")\s+ago\b", re.I)),
    ("weekday", re.compile(
        rf"\b(?:(?P<relword>last|this|next|on|since|by)\s+)?(?:(?:early|late)\s+)?{_WEEKDAY}\b"
        rf"(?:\s+(?:morning|afternoon|evening|night)\b)?", re.I)),
    ("rel_day", re.compile(r"\b(?P<relday>" + "|".join(RELATIVE_DAYS) + r")\b", re.I)),
]

# What each pattern cannot match without (see `_clues`): a pattern whose clues a text lacks is
# not run over it. Most sentences name no month and no weekday, and many have no digit.
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({"year4"}), "month_day": frozenset({"digit", "month"}),
    "day_month": frozenset({"digit", "month"}), "quarter": frozenset({"part"}),
    "q_code": frozenset({"qcode"}), "month_year": frozenset({"month"}), "rel_month": frozenset({"month"}),
    "decade": frozenset({"decade"}), "part_of": frozenset({"partword"}), "nth_week": frozenset({"weekof"}),
    "day_alone": frozenset({"dayord"}), "weekend": frozenset({"weekend"}),
    "run": frozenset({"run"}), "year_span": frozenset({"year4"}), "since": frozenset({"year4", "since"}),
    "year": frozenset({"year4"}), "rel_year": frozenset({"year"}), "month_alone": frozenset({"month"}),
    "weekday": frozenset({"weekday"}), "rel_day": frozenset({"relday"}),
    "rel_part": frozenset({"daypart"}), "rel_week": frozenset({"relunit"}), "ago": frozenset({"ago"}),
    "weekday_ago": frozenset({"weekday", "ago"}), "months_to": frozenset({"month", "to"}),
    "recent": frozenset({"recent"}), "upcoming": frozenset({"upcoming"}), "year_to_date": frozenset({"year"}),
    "holiday": frozenset({"holiday"}),
}
_CLUE_WORDS: dict[str, tuple[str, ...]] = {
    "month": tuple(sorted({name[:3] for name in MONTHS})),  # "jan" is in "january" and "jan."
    "part": ("quarter", "half"),
    "run": ("consecutive", "straight", "successive", "row"),
    "year": ("year",),  # every RELATIVE_YEARS phrase says "year"
    "weekday": tuple(WEEKDAYS),
    "relday": tuple(RELATIVE_DAYS),
    "daypart": tuple({phrase.split()[-1] for phrase in RELATIVE_DAY_PARTS}),
    "relunit": ("week", "month", "quarter"),
    "partword": (*PERIOD_PARTS, *PERIOD_SIDES),
    "weekof": ("week of",),
    "weekend": ("weekend",),
    "ago": ("ago",),
    "since": ("since",),
    "to": (" to ", "ending", "ended"),
    "recent": ("past", "last", "previous", "preceding"),
    "upcoming": ("next", "coming"),
    "holiday": tuple(sorted({name.split()[-1] for name in FIXED_HOLIDAYS})),
}
_DIGIT = re.compile(r"\d")
# Looked for only where there is a digit: a year as _YEAR reads one ("year4"), a quarter's or
# half's code ("qcode"). Most sentences with digits have neither.
STATED_YEAR = r"(?:1[89]|20)\d\d"  # a year a report states: 1800-2099
_YEAR4 = re.compile(STATED_YEAR)
_QCODE = re.compile(r"[QH][1-4]")
_DECADE = re.compile(r"\d0'?s\b")
_DAY_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_FUTURE = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(c) for c in FUTURE_CUES) + r")\b", re.I)
# An age a person "turns", in the present tense, is a birthday ahead of the report ("who turns 29
# on April 11"): one past is "turned".
_TURNING_AGE = re.compile(r"\bturns\s+\d{1,3}\b", re.I)
_PAST_TENSE = re.compile(r"\b(?:was|were|had|has been|have been|did)\b", re.I)
_CLAUSE_END = re.compile(
    r"[;!?]\s|(?<!\b\w)\.\s+(?=[A-Z\"“])|,\s+(?:but|and|while|after|before|when)\s|\b(?:said|says|that|after|before)\b")
# A day named without a year may lie this many days after the report (a schedule, or a report
# dated from others of its story) before it is read as last year's.
YEARLESS_GRACE_DAYS = 7
# Each clue's words as one pattern: a search in C instead of a substring test per word.
_CLUE_RES = {clue: re.compile("|".join(re.escape(word) for word in words)) for clue, words in _CLUE_WORDS.items()}



# "the 1900 block of 2nd Avenue North": a street's hundred-block, no year
_BLOCK_OF = re.compile(r"\s+block\s+of\b")


def find_times(text: str, published: date | None) -> list[TimeMention]:
    """All time expressions in `text`, left to right, resolved against `published`."""
    taken: list[tuple[int, int]] = []
    found: list[TimeMention] = []
    clues = _clues(text)
    for name, pattern in _PATTERNS:
        if not _NEEDS[name] <= clues:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken) or _BLOCK_OF.match(text, m.end()):
                continue
            mention = _resolve(name, m, published)
            if mention is not None:
                taken.append((m.start(), m.end()))
                found.append(mention)
    return _join_ranges(text, sorted(found, key=lambda t: t.start))


# "Oct. 2 to Oct. 22", "Nov. 18-Dec. 19, 2015", "from March to May", "between 2014 and 2018":
# two dates joined into the range they bound ("and" only after "between").
_RANGE_JOIN = re.compile(r"\s*(?:-|–|\bto\b|\bthrough\b|\buntil\b|\btill\b|(?P<and>\band\b))\s*")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_RANGE_ENDS = frozenset({"day", "month", "year"})


def _join_ranges(text: str, found: list[TimeMention]) -> list[TimeMention]:
    """Pairs of dates that bound a range, joined into one span; a first date named without a
    year takes the second's ("Nov. 18-Dec. 19, 2015")."""
    joined: list[TimeMention] = []
    for mention in found:
        first = joined[-1] if joined else None
        if first is None or not _bounds_range(text, first, mention):
            joined.append(mention)
            continue
        assert first.period.start is not None and mention.period.end is not None
        start = first.period.start
        if not _YEAR4.search(first.period.label) and _YEAR4.search(mention.period.label):
            year = mention.period.end.year - (start.replace(year=2000) > mention.period.end.replace(year=2000))
            start = start.replace(year=year) if _valid(year, start.month, start.day) else start
        if start > mention.period.end:
            joined.append(mention)
            continue
        label = text[first.start:mention.end]
        joined[-1] = TimeMention(first.start, mention.end, Period(start, mention.period.end, label, "span"), first.role)
    return joined


def _bounds_range(text: str, first: TimeMention, second: TimeMention) -> bool:
    if not (first.period.resolved and second.period.resolved and first.role == second.role == "when"):
        return False
    if not (first.period.granularity in _RANGE_ENDS and second.period.granularity in _RANGE_ENDS):
        return False
    join = _RANGE_JOIN.fullmatch(text, first.end, second.start)
    return join is not None and (join.group("and") is None or _BETWEEN.search(text, 0, first.start) is not None)


def _clues(text: str) -> set[str]:
    """Which of the things the patterns need (`_NEEDS`) `text` has, by substring tests."""
    folded = fold_case(text)
    clues = {clue for clue, words in _CLUE_RES.items() if words.search(folded)}
    if _DIGIT.search(text):
        clues.add("digit")
        if _YEAR4.search(text):
            clues.add("year4")
        if _QCODE.search(text):
            clues.add("qcode")
        if _DECADE.search(text):
            clues.add("decade")
        if _DAY_ORDINAL.search(text):
            clues.add("dayord")
    return clues


def stretch(period: Period, years: int) -> Period:
    """The run of `years` years ending with `period` ("for the third consecutive year")."""
    if not period.resolved or years < 2:
        return period
    assert period.start is not None and period.end is not None
    start = date(period.start.year - years + 1, 1, 1)
    label = f"{start.year}–{period.end.year}"
    return Period(start, period.end, label, "span")


def _resolve(name: str, m: re.Match[str], published: date | None) -> TimeMention | None:
    # Folded, so that "FRİDAY" or "ſeptember" (which the case-blind patterns match) look up.
    g = {key: fold_case(value) if value is not None else None for key, value in m.groupdict().items()}
    label = m.group(0).strip()
    if name == "iso":
        return _day(m, label, int(g["year"]), int(g["mnum"]), int(g["day"]))
    if name in ("month_day", "day_month"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = _year(g, published)
        day, day2 = int(g["day"]), int(g["day2"]) if g.get("day2") else None
        if year is None and published is not None:
            year = _yearless_year(month, day, published, future=_future(m), weekday=g.get("weekday"))
        if year is None or not _valid(year, month, day) or (day2 and not _valid(year, month, day2)):
            return TimeMention(m.start(), m.end(), Period(None, None, label, "day"))
        start = date(year, month, day)
        end = date(year, month, day2) if day2 and day2 > day else start
        return TimeMention(m.start(), m.end(), Period(start, end, label, "day" if end == start else "span"))
    if name == "holiday":
        month, day = FIXED_HOLIDAYS[g["holiday"].lower().replace("’", "'")]
        if published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "day"))
        return _day(m, label, _yearless_year(month, day, published, future=_future(m)), month, day)
    if name == "quarter":
        year = _year(g, published)
        part, n = g["part"].lower(), ORDINAL_WORDS[g["ord"].lower()]
        if g.get("year") is None and g.get("rel") is None and "the year" not in label.lower():
            return None  # "the first quarter" alone: too vague to anchor; not a period claim
        return _part(m, label, year, "quarter" if part == "quarter" else "half", n)
    if name == "q_code":
        year = int(g["year"]) if g.get("year") else (2000 + int(g["yy"]) if g.get("yy") else None)
        part = "quarter" if g["part"].upper() == "Q" else "half"
        if part == "half" and int(g["num"]) > 2:
            return None
        return _part(m, label, year, part, int(g["num"]))
    if name == "months_to":
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = int(g["year"]) if g.get("year") else _month_year(m, month, published)
        if year is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "span"))
        end = date(year, month, calendar.monthrange(year, month)[1])
        if g.get("whole"):
            return TimeMention(m.start(), m.end(), Period(_months_before(end, 12), end, label, "span"))
        n = _count(g["n"])
        start = _months_before(end, n) if g["unit"].lower() == "months" else end - timedelta(weeks=n) + timedelta(days=1)
        return TimeMention(m.start(), m.end(), Period(start, end, label, "span"))
    if name == "recent":
        n = _count(g["n"]) if g.get("n") else 1
        counted = bool(g.get("n"))
        if not counted and g["unit"].lower() == "year":
            return None  # "the past year" is a RELATIVE_YEARS phrase
        if published is None or not n:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "span"), role="since", counted=counted)
        start = _counted_from(published, -n, g["unit"].lower().rstrip("s"))
        return TimeMention(m.start(), m.end(), Period(start, published, label, "span"), role="since", counted=counted)
    if name == "upcoming":
        if published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "span"), counted=True)
        n = _count(g["n"])
        if not n:
            return None
        end = _counted_from(published, n, g["unit"].lower().rstrip("s"))
        return TimeMention(m.start(), m.end(), Period(published, end, label, "span"), counted=True)
    if name == "year_to_date":
        if published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "span"), role="since")
        return TimeMention(m.start(), m.end(), Period(date(published.year, 1, 1), published, label, "span"), role="since")
    if name == "month_year":
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = _year(g, published)
        return _month(m, label, year, month)
    if name == "month_alone":  # "in September": the latest September up to publication
        month = MONTHS[g["month"].lower().rstrip(".")]
        if not g.get("month2"):
            return _month(m, label, _month_year(m, month, published), month)
        last = MONTHS[g["month2"].lower().rstrip(".")]  # "from March to May": the months it spans
        year = _month_year(m, last, published)
        if year is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "span"))
        first = date(year - (month > last), month, 1)
        return TimeMention(m.start(), m.end(), Period(first, date(year, last, calendar.monthrange(year, last)[1]), label, "span"))
    if name == "decade":  # "the 1990s", "the '90s" (the century of publication, or the last one)
        if g.get("year"):
            first = int(g["year"])
        elif published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "span"))
        else:
            first = published.year // 100 * 100 + int(g["yy"])
            first -= 100 if first > published.year else 0
        return TimeMention(m.start(), m.end(), Period(date(first, 1, 1), date(first + 9, 12, 31), label, "span"))
    if name == "part_of":  # "early December", "mid-2015", "late last year": part of the period
        if g.get("side"):
            return _side_of_report(m, label, g, published)
        whole = _whole_period(m, g, published)
        return whole if not whole.period.resolved else _narrow(whole, PERIOD_PARTS[g["mod"].lower()])
    if name == "nth_week":  # "the first week of March": the Monday-to-Sunday week holding its 1st
        within = _whole_period(m, g, published)
        if not within.period.resolved:
            return within
        assert within.period.start is not None and within.period.end is not None
        n = WEEK_ORDINALS[g["ord"].lower()]
        anchor = within.period.start + timedelta(days=7 * (n - 1)) if n > 0 else within.period.end
        monday = anchor - timedelta(days=anchor.weekday())
        return TimeMention(m.start(), m.end(), Period(monday, monday + timedelta(days=6), label, "week"))
    if name == "day_alone":  # "on the 14th": that day of the publication month, or of the one before
        if published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "day"))
        day, weekday = int(g["day"]), g.get("weekday")
        months = [published.year * 12 + published.month - 1 + k for k in (-1, 0, 1)]
        days = [date(i // 12, i % 12 + 1, day) for i in months if _valid(i // 12, i % 12 + 1, day)]
        agreeing = [d for d in days if weekday is not None and d.weekday() == WEEKDAYS[weekday.lower()]]
        limit = published + timedelta(days=YEARLESS_GRACE_DAYS)
        if agreeing:
            d = min(agreeing, key=lambda d: abs((d - published).days))
        elif _future(m):
            d = min((d for d in days if d >= published), default=None)
        else:
            d = max((d for d in days if d <= limit), default=None)
        return TimeMention(m.start(), m.end(), Period(d, d, label, "day")) if d else None
    if name == "weekend":  # "over the weekend": the latest weekend up to publication
        if published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "span"))
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return TimeMention(m.start(), m.end(), Period(saturday, saturday + timedelta(days=1), label, "span"))
    if name == "rel_month":
        if published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "month"))
        month = MONTHS[g["month"].lower().rstrip(".")]
        shift = {"last": -1, "this": 0, "next": 1}[g["relword"].lower()]
        year = published.year + (shift if shift else 0)
        if shift == -1 and month < published.month:
            year = published.year
        if shift == 1 and month > published.month:
            year = published.year
        return _month(m, label, year, month)
    if name == "run":
        count = g["count"].lower()
        n = int(count) if count.isdigit() else UNITS.get(ORDINALS.get(count, count))
        if not n:
            return None
        return TimeMention(m.start(), m.end(), Period(None, None, label, "span"), role="run", run=n)
    if name == "year_span":
        y1, y2s = int(g["year"]), g["year2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not 0 < y2 - y1 <= 30:
            return None
        return TimeMention(m.start(), m.end(), Period(date(y1, 1, 1), date(y2, 12, 31), label, "span"))
    if name == "since":
        y = int(g["year"])
        if _WHEN_THEN.match(m.string, m.end()):  # "the worst crash since 2004, when seven people died": that year's
            return TimeMention(m.start(), m.end(), year_period(y, label))
        end = published if published else None
        return TimeMention(m.start(), m.end(), Period(date(y, 1, 1), end, label, "span"), role="since")
    if name == "year":
        y = int(g["year"])
        return TimeMention(m.start(), m.end(), Period(date(y, 1, 1), date(y, 12, 31), label, "year"))
    if name == "rel_year":
        named = _year_said_before(m) if g["rel"].lower() in _YEAR_BEFORE_THAT else None
        if named is not None:  # "a loss for 2025, compared with a profit a year earlier": 2024
            return TimeMention(m.start(), m.end(), year_period(named - 1, label))
        if published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "year"))
        y = published.year + RELATIVE_YEARS[g["rel"].lower()]
        return TimeMention(m.start(), m.end(), Period(date(y, 1, 1), date(y, 12, 31), label, "year"))
    if name == "weekday":
        return _weekday(m, label, g, published)
    if name == "weekday_ago":  # "two Sundays ago": the second Sunday before publication
        target = WEEKDAYS[(g["weekday"] or "").lower()]
        if published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "day", weekday=target + 1))
        count = g["n"].lower()
        n = 1 if count == "a" else int(count) if count.isdigit() else UNITS[count]
        d = published - timedelta(days=((published.weekday() - target) % 7 or 7) + 7 * (n - 1))
        return TimeMention(m.start(), m.end(), Period(d, d, label, "day"))
    if name in ("rel_day", "rel_part", "ago"):
        if published is None:
            return TimeMention(m.start(), m.end(), Period(None, None, label, "day"))
        if name == "ago":
            count = " ".join(g["n"].lower().split())
            n = 1 if count in ("a", "an") else 2 if count == "a couple of" else int(count) if count.isdigit() else UNITS[count]
            unit = g["unit"].lower()
            if unit in AGO_MONTHS:
                return _months_ago(m, label, published, n * AGO_MONTHS[unit])
            shift = -n * AGO_UNITS[unit]
        else:
            shift = RELATIVE_DAYS[g["relday"].lower()] if name == "rel_day" else RELATIVE_DAY_PARTS[g["part"].lower()]
        d = published + timedelta(days=shift)
        return TimeMention(m.start(), m.end(), Period(d, d, label, "day"))
    if name == "rel_week":
        return _relative_week(m, label, g, published)
    return None


# Years said relative to another the sentence names, not to the report: "a year earlier", "the previous year"
_YEAR_BEFORE_THAT = frozenset({"a year earlier", "the previous year"})
_STATED_YEAR_RE = re.compile(rf"\b(?:for|in|of)\s+{_YEAR}\b")


def _year_said_before(m: re.Match[str]) -> int | None:
    """The year a sentence names (as "for 2025", "in 2025") before a year said to be before
    another ("reported a loss for 2025, compared with a profit a year earlier"): that year, when
    the sentence names one only."""
    years = {int(y.group("year")) for y in _STATED_YEAR_RE.finditer(m.string, 0, m.start())}
    return years.pop() if len(years) == 1 else None


# A clause after a year a record counts from that tells what happened then: "the deadliest since
# 2013, when three tourists died", "its highest level since 2013, when floods caused ..."
_WHEN_THEN = re.compile(r"\s*,\s*when\b")


def _relative_week(m: re.Match[str], label: str, g: dict[str, str | None], published: date | None) -> TimeMention:
    """ "last week" (Monday to Sunday), "last weekend" (Saturday and Sunday), "last month", "last
    quarter"; "last year" is a RELATIVE_YEARS phrase."""
    unit = (g["unit"] or "").lower()
    granularity = {"week": "week", "weekend": "span", "month": "month", "quarter": "quarter", "year": "year"}[unit]
    if published is None:
        return TimeMention(m.start(), m.end(), Period(None, None, label, granularity))
    shift = {"last": -1, "this": 0, "next": 1}[(g["relword"] or "").lower()]
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return _month(m, label, month_index // 12, month_index % 12 + 1)
    if unit == "quarter":
        quarter_index = published.year * 4 + (published.month - 1) // 3 + shift
        return _part(m, label, quarter_index // 4, "quarter", quarter_index % 4 + 1)
    if unit == "year":
        return _year_period(m, label, published.year + shift)
    if unit == "weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % 7) + timedelta(days=7 * (shift if shift > 0 else 0))
        if shift < 0 and saturday == published:
            saturday -= timedelta(days=7)
        return TimeMention(m.start(), m.end(), Period(saturday, saturday + timedelta(days=1), label, "span"))
    monday = published - timedelta(days=published.weekday()) + timedelta(days=7 * shift)
    return TimeMention(m.start(), m.end(), Period(monday, monday + timedelta(days=6), label, "week"))


def _whole_period(m: re.Match[str], g: dict[str, str | None], published: date | None) -> TimeMention:
    """The period a part or a week of it is taken from: "(early) December (2015)", "(early) next
    month", "(the first week of) this year", "(mid-)2015"."""
    label = m.group(0).strip()
    g = {**g, "year": g.get("year") or g.get("year_only"), "rel": g.get("rel") or g.get("rel_only")}
    if g.get("unit") or g.get("relword"):
        return _relative_week(m, label, {**g, "unit": g.get("unit") or "month"}, published)
    year = _year(g, published)
    if g.get("month"):
        month = MONTHS[g["month"].lower().rstrip(".")]  # type: ignore[union-attr]
        if year is None and not g.get("rel"):
            year = _month_year(m, month, published)
        return _month(m, label, year, month)
    if year is None:
        return TimeMention(m.start(), m.end(), Period(None, None, label, "year"))
    return _year_period(m, label, year)


def _side_of_report(m: re.Match[str], label: str, g: dict[str, str | None], published: date | None) -> TimeMention:
    """ "earlier this month": from the month's start to publication; "later this year": from
    publication to the year's end."""
    whole = _relative_week(m, label, {"relword": "this", "unit": g["this_unit"]}, published)
    period = whole.period
    if published is None or not period.resolved:
        return whole
    start, end = (period.start, published) if (g["side"] or "").lower() == "earlier" else (published, period.end)
    return TimeMention(whole.start, whole.end, Period(start, end, label, period.granularity))


def _narrow(whole: TimeMention, part: tuple[float, float]) -> TimeMention:
    """The part of a resolved period a word names (PERIOD_PARTS): "early December" is December
    1-16, "late last year" July to December. The granularity stays the named unit's."""
    period = whole.period
    assert period.start is not None and period.end is not None
    if period.granularity == "year":
        first, last = int(part[0] * 12) + 1, math.ceil(part[1] * 12)
        y = period.start.year
        start, end = date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])
    else:
        days = (period.end - period.start).days + 1
        start = period.start + timedelta(days=int(part[0] * days))
        end = period.start + timedelta(days=math.ceil(part[1] * days) - 1)
    return TimeMention(whole.start, whole.end, Period(start, end, period.label, period.granularity))


def _month_year(m: re.Match[str], month: int, published: date | None) -> int | None:
    """The year of a month named without one: the latest such month up to publication, or, in
    a future clause ("will open in September"), the next one from it."""
    if published is None:
        return None
    if _future(m):
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _count(word: str) -> int:
    """ "3" or "three" as a number."""
    return int(word) if word.isdigit() else UNITS[word.lower()]


def _months_before(end: date, months: int) -> date:
    """The first day of a stretch of `months` whole months that ends on `end` ("the three months
    to March 31": January 1); from a day inside a month, the day after the same day that many months back."""
    return _shifted(end, -months) + timedelta(days=1)


def _shifted(day: date, months: int) -> date:
    """The same day `months` months later (earlier when negative), within the month it falls in;
    the last day of a month gives the last day of the other."""
    y, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(y, month + 1)[1]
    at_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return date(y, month + 1, last if at_end else min(day.day, last))


_MONTHS_IN = {"month": 1, "year": 12, "decade": 120}


def _counted_from(published: date, n: int, unit: str) -> date:
    """The far end of a stretch of `n` units (hour, day, week, month, year, decade) counted from
    the day of publication, on (n > 0: "the next two weeks") or back (n < 0: "the past three
    months"). Hours count in whole days, the day of publication the first ("the past 24 hours")."""
    if unit == "hour":
        days = max(0, math.ceil(abs(n) / 24) - 1)
        return published + timedelta(days=days if n > 0 else -days)
    if unit in ("day", "week"):
        return published + timedelta(days=n * (7 if unit == "week" else 1))
    return _shifted(published, n * _MONTHS_IN[unit])


def year_period(year: int, label: str | None = None) -> Period:
    """The whole of one year, labelled as the text wrote it (the year itself by default)."""
    return Period(date(year, 1, 1), date(year, 12, 31), str(year) if label is None else label, "year")


def _year_period(m: re.Match[str], label: str, year: int) -> TimeMention:
    return TimeMention(m.start(), m.end(), year_period(year, label))


def _months_ago(m: re.Match[str], label: str, published: date, months: int) -> TimeMention:
    """ "four months ago": the same day that many months before publication (the month's last day
    when it has fewer)."""
    index = published.year * 12 + published.month - 1 - months
    y, month = index // 12, index % 12 + 1
    d = date(y, month, min(published.day, calendar.monthrange(y, month)[1]))
    return TimeMention(m.start(), m.end(), Period(d, d, label, "day"))


def _year(g: dict[str, str | None], published: date | None) -> int | None:
    if g.get("year"):
        return int(g["year"])  # type: ignore[arg-type]
    rel = g.get("rel")
    if rel and published is not None:
        return published.year + RELATIVE_YEARS[rel.lower()]
    return None


def _yearless_year(month: int, day: int, published: date, *, future: bool, weekday: str | None = None) -> int:
    """The year of a day named without one ("Nov. 2"): the latest such day up to publication
    (or up to YEARLESS_GRACE_DAYS after it); with a future cue, the first on or after it. A
    weekday named with it ("Friday, June 3") picks the nearest year where the day is that weekday."""
    years = [y for y in (published.year - 1, published.year, published.year + 1) if _valid(y, month, day)]
    agreeing = [y for y in years if weekday is not None and date(y, month, day).weekday() == WEEKDAYS[weekday.lower()]]
    if agreeing:  # the weekday is the stronger evidence: the agreeing year nearest publication
        return min(agreeing, key=lambda y: abs((date(y, month, day) - published).days))
    if future:
        return min((y for y in years if date(y, month, day) >= published), default=published.year)
    limit = published + timedelta(days=YEARLESS_GRACE_DAYS)
    return max((y for y in years if date(y, month, day) <= limit), default=published.year)


def _future(m: re.Match[str]) -> bool:
    """Whether the clause before a time expression puts it after the report ("will be arraigned
    Thursday", "is to be voted on Thursday", "turns 29 on April 11"): a FUTURE_CUES word, or an
    age a person turns, since the clause began."""
    before = m.string[: m.start()]
    ends = [e.end() for e in _CLAUSE_END.finditer(before)]
    opening = ends[-1] if ends else 0
    cues = sorted([*_FUTURE.finditer(before, opening), *_TURNING_AGE.finditer(before, opening)], key=lambda c: c.end())
    # A past tense after the cue is the verb the day goes with: "its assertion it is going to
    # great lengths has been undermined by a tank firing on Monday".
    return bool(cues) and _PAST_TENSE.search(before, cues[-1].end()) is None


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _day(m: re.Match[str], label: str, year: int, month: int, day: int) -> TimeMention | None:
    if not (1 <= month <= 12) or not _valid(year, month, day):
        return None
    d = date(year, month, day)
    return TimeMention(m.start(), m.end(), Period(d, d, label, "day"))


def _month(m: re.Match[str], label: str, year: int | None, month: int) -> TimeMention:
    if year is None:
        return TimeMention(m.start(), m.end(), Period(None, None, label, "month"))
    last = calendar.monthrange(year, month)[1]
    return TimeMention(m.start(), m.end(), Period(date(year, month, 1), date(year, month, last), label, "month"))


def _part(m: re.Match[str], label: str, year: int | None, part: str, n: int) -> TimeMention:
    if year is None:
        return TimeMention(m.start(), m.end(), Period(None, None, label, part))
    months = 3 if part == "quarter" else 6
    first = (n - 1) * months + 1
    last = first + months - 1
    end = date(year, last, calendar.monthrange(year, last)[1])
    return TimeMention(m.start(), m.end(), Period(date(year, first, 1), end, label, part))


def _weekday(m: re.Match[str], label: str, g: dict[str, str | None], published: date | None) -> TimeMention:
    target = WEEKDAYS[(g["weekday"] or "").lower()]
    if published is None:
        return TimeMention(m.start(), m.end(), Period(None, None, label, "day", weekday=target + 1))
    rel = (g.get("relword") or "").lower()
    back = (published.weekday() - target) % 7
    if rel == "next" or (rel != "last" and _future(m)):  # "will be arraigned Thursday": the next one
        ahead = (target - published.weekday()) % 7 or (7 if rel == "next" else 0)  # or later that day
        d = published + timedelta(days=ahead)
    elif rel == "last" and back == 0:
        d = published - timedelta(days=7)
    else:
        d = published - timedelta(days=back)
    return TimeMention(m.start(), m.end(), Period(d, d, label, "day"))


NAMED_HOUR_WIDTH = 60  # minutes a hedged "midnight" or "noon" reaches ("just before midnight": 11 p.m. on)


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day in a text ("about 3pm", "10:45 p.m.", "1100 hours"): minutes after
    midnight, and the window of minutes its wording allows (None on an open side)."""

    start: int
    end: int
    minutes: int
    lower: float | None
    upper: float | None
    hedge: str | None
    zone: str | None


_LOCAL_ZONE = r"[A-Z]{2,4}T|" + "|".join(LOCAL_ZONES_NOT_IN_T)  # "EST", "CEST", "WIB" (case kept: not "about")
_AMPM = r"(?P<ampm>[ap])(?:\.\s?m\b\.?|\s?m\b)"  # "p.m." keeps its last dot; "pm." ends a sentence
_CLOCK = re.compile(
    r"(?<![\w.:/-])(?:"
    rf"(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?\s?{_AMPM}"  # 3pm, 3.45 p.m., 10:30 a.m.
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s?(?:hours|hrs|h)\b)?(?![:\d])"  # 15:21, 9:25 hours
    r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:\s?(?:hours|hrs|h)\b|(?=\s?(?:" + "|".join(CLOCK_ZONES) + r")\b|\s+local\s+time\b(?!-)))"
    # 1100 hours, 1200 GMT, 0800 local time
    # 14.46 WIB, 07.30 CET: a dotted 24-hour time is one only with a zone after it (else a decimal)
    r"|(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)(?=\s?(?-i:" + "|".join(CLOCK_ZONES) + "|" + _LOCAL_ZONE + r")\b)"
    r"|(?P<word>" + "|".join(CLOCK_WORDS) + r")\b"
    r")(?:\s?(?P<zone>" + "|".join(CLOCK_ZONES) + r"|(?-i:" + _LOCAL_ZONE + r"))\b)?",  # "EST", not "about"
    re.I,
)
_CLOCK_HEDGE = re.compile(r"(?:^|\s)(?:at\s+)?(?P<hedge>" + "|".join(sorted(CLOCK_HEDGES, key=len, reverse=True)) + r")\s+(?:at\s+)?$", re.I)
_CONVERSION = re.compile(r"^\s*\(")


# "The attack took place around 9.30 on a forest trail", "the fire broke out at 21.45": a dotted time
# with no zone, after a verb of an event happening and "at" or a clock hedge, before no unit (not "began" or
# "started": "the index started at 7.50" is a level)
_DOTTED_AT_EVENT = re.compile(
    r"\b(?:took\s+place|happened|occurred|struck|broke\s+out|erupted|exploded|collapsed|"
    r"came\s+down|crashed|collided)\s+(?:at\s+)?(?:(?:" + "|".join(sorted(CLOCK_HEDGES, key=len, reverse=True))
    + r")\s+)?(?:at\s+)?(?<![\w.:/-])(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)"
    r"(?=\s*(?:[,;)]|\.(?!\d)|$|(?:on|in|near|outside|when|and|as|after|before|local|this|that|today|yesterday|"
    r"last|while|with)\b))", re.I)


_AT_OR_HEDGE_END = frozenset({"at", *(hedge.split()[-1] for hedge in CLOCK_HEDGES)})

# "The strike began at 21.00 on Thursday", "runs until 21.00 on Friday", "trains between 06.00 and 09.00 in the
# morning": a dotted 24-hour time with a two-digit hour, after "at", "until" or "from" and before the day or the part
# of the day it falls in, or the two ends of a window of such times before that part of the day (a decimal is not
# written "06.00", nor followed by "on Friday")
_DAY_AFTER = (r"(?:on\s+(?:" + "|".join(day.capitalize() for day in WEEKDAYS if len(day) > 3) + r")\b|"
              r"(?:today|tonight|tomorrow|yesterday)\b|in\s+the\s+(?:morning|afternoon|evening|night)\b)")
_DOTTED_ON_DAY = re.compile(
    r"\b(?:at|until|till|from)\s+(?<![\w.:/-])(?P<hd>[01]\d|2[0-3])\.(?P<md>[0-5]\d)(?=\s+" + _DAY_AFTER + ")")
_DOTTED_WINDOW = re.compile(
    r"\bbetween\s+(?P<hd>[01]\d|2[0-3])\.(?P<md>[0-5]\d)\s+and\s+(?P<hd2>[01]\d|2[0-3])\.(?P<md2>[0-5]\d)"
    r"(?=\s+" + _DAY_AFTER + ")")


def _dotted_at_event(text: str, found: list[ClockTime]) -> list[ClockTime]:
    """The dotted times of `_DOTTED_AT_EVENT` that no time found overlaps, with their hedge."""
    more = []
    for m in _DOTTED_AT_EVENT.finditer(text):
        if any(c.start < m.end() and m.start("hd") < c.end for c in found):
            continue
        if text[m.start():m.start("hd")].split()[-1].lower() not in _AT_OR_HEDGE_END:
            continue  # "began 9.30": "at" or a hedge says a time is meant
        minutes = int(m.group("hd")) * 60 + int(m.group("md"))
        hedge_match = _CLOCK_HEDGE.search(text[: m.start("hd")])
        hedge = hedge_match.group("hedge").lower() if hedge_match else None
        lower, upper = _clock_window(minutes, hedge)
        start = hedge_match.start("hedge") if hedge_match else m.start("hd")
        more.append(ClockTime(start, m.end(), minutes, lower, upper, hedge, None))
    for m in _DOTTED_ON_DAY.finditer(text):
        minutes = int(m.group("hd")) * 60 + int(m.group("md"))
        more.append(ClockTime(m.start("hd"), m.end(), minutes, minutes - 0.5, minutes + 0.5, None, None))
    for m in _DOTTED_WINDOW.finditer(text):
        for hour, minute in (("hd", "md"), ("hd2", "md2")):
            minutes = int(m.group(hour)) * 60 + int(m.group(minute))
            more.append(ClockTime(m.start(hour), m.end(minute), minutes, minutes - 0.5, minutes + 0.5, None, None))
    return [c for i, c in enumerate(more) if not any(f.start < c.end and c.start < f.end for f in [*found, *more[:i]])]


def find_clock_times(text: str) -> list[ClockTime]:
    """Times of day in a text; a time in brackets after another ("(1300 EST)") is a conversion
    for readers elsewhere and is left out, unless it is universal time ("(1300 GMT)"), which
    extract keeps as a time of its own unit."""
    found: list[ClockTime] = []
    for m in _CLOCK.finditer(text):
        minutes = _minutes(m)
        universal = (m.group("zone") or "").upper() in CLOCK_ZONES
        if minutes is None or (found and found[-1].end <= m.start() and not universal
                               and _CONVERSION.match(text[found[-1].end:m.start() + 1])):
            continue
        hedge_match = _CLOCK_HEDGE.search(text[: m.start()])
        hedge = hedge_match.group("hedge").lower() if hedge_match else None
        lower, upper = _clock_window(minutes, hedge, named=bool(m.group("word")))
        if m.group("word") and minutes == 0 and upper is not None and upper <= 0 and lower is not None:
            # "just before midnight Tuesday" is the end of Tuesday, not its first minutes
            minutes, lower, upper = 24 * 60, lower + 24 * 60, upper + 24 * 60
        start = hedge_match.start("hedge") if hedge_match else m.start()
        found.append(ClockTime(start, m.end(), minutes, lower, upper, hedge, m.group("zone")))
    more = _dotted_at_event(text, found) if "." in text else []
    return sorted(found + more, key=lambda c: c.start) if more else found


def _minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a matched time."""
    if m.group("word"):
        return CLOCK_WORDS[m.group("word").lower()]
    if m.group("h12"):
        hour = int(m.group("h12")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        return hour * 60 + int(m.group("m12") or 0)
    if m.group("h24"):
        return int(m.group("h24")) * 60 + int(m.group("m24"))
    if m.group("hd"):
        return int(m.group("hd")) * 60 + int(m.group("md"))
    return int(m.group("hh")) * 60 + int(m.group("mm"))


def _clock_window(minutes: int, hedge: str | None, *, named: bool = False) -> tuple[float | None, float | None]:
    """The minutes a time allows: the minute itself, or the hedge's window around it. An hour the
    day names by a word, a landmark of the day ("just before midnight", "shortly after noon"), is
    said of any time within the hour beside it, not only the half-hour a numbered hour allows."""
    if hedge is None:
        return minutes - 0.5, minutes + 0.5
    width = NAMED_HOUR_WIDTH if named else 30 if minutes % 60 == 0 else 15 if minutes % 15 == 0 else 5
    before, after = CLOCK_HEDGES[hedge]
    return minutes + before * width, minutes + after * width
