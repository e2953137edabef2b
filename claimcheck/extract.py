"""Extract: sentences -> claims (value, unit, precision, hedge, period, measure, scope, source).

The spaCy pipeline is `spacy.blank("en")` plus our line-aware sentencizer (registered the
spaCy way in `components.py`). Within each sentence, numbers come from `numbers.py`, time
expressions from `periods.py`, units from `units.py`, and the words around a value say what it
measures (`measure.py`). Nothing here reads files: a `Document` comes in, claims go out.
"""

from __future__ import annotations

import bisect
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import groupby, pairwise
from typing import TYPE_CHECKING

from .components import register_sentencizer, sentence_spans
from .errors import ConfigurationError, Msg
from .lexicon import (
    ABBREVIATIONS_BEFORE_NUMBERS,
    APPOSITIVE_ROLE_NOUNS,
    ARTICLE_UNITS,
    AUXILIARY_VERBS,
    CASUALTY_DEGREE_ADVERBS,
    CASUALTY_KIND_WORDS,
    CASUALTY_PREMODIFIERS,
    CASUALTY_WORDS,
    CHANGE_CUES,
    CHANGE_NOUNS,
    CHANGE_PHRASES,
    CHARGE_UNIT,
    CLAUSE_OPENERS,
    CLOCK_ZONES,
    COUNTED_SUBJECTS,
    CROWD_VERBS,
    DECISION_VERBS,
    DECREASE_CUES,
    DEED_EVENTS,
    DETERMINERS,
    EARLIER_LEVEL,
    ELLIPTICAL_VERBS,
    EVENT_NOUNS,
    GENERIC_COUNT_UNITS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    IDENTIFIER_WORDS,
    LAST_SPAN_WORDS,
    LEVEL_SCORE_WORDS,
    LIGHT_VERBS,
    MAGNITUDE_AFTER,
    MAGNITUDE_BEFORE,
    MAGNITUDE_NOUNS,
    MEASURE_STOPWORDS,
    MONTHS,
    NOT_COUNT_NOUNS,
    NOT_COUNTED_SUBJECTS,
    NOT_SUPERLATIVES,
    ONSET_VERBS,
    ORDINAL_NOT_COUNTED,
    OVER_AS_FLOOR_AFTER,
    PARTY_NOUNS,
    PASSIVE_AUXILIARIES,
    PENALTY_WORDS,
    PERSON_NOUNS,
    PERSON_STATE_WORDS,
    PHRASAL_MEASURES,
    POWERLESS_HEAD,
    PREPOSITIONS,
    PRICE_PER_NOUNS,
    RANGE_JOINERS,
    RANK_NOUNS,
    RATE_CHANGE_CUES,
    READING_HEDGES,
    SCORE_WORDS,
    SINGLE_NOT_COUNTED,
    START_WORDS,
    STORM_EVENT,
    STORM_WORDS,
    TALLY_WORDS,
    THRESHOLD_HEDGES,
    THRESHOLD_NOUNS,
    TIME_UNITS,
    TOLLED_EVENTS,
    TRANSITIVE_CHANGE_CUES,
    WEEKDAYS,
    ZERO_CASUALTY_WORDS,
)
from .measure import (
    CONVERSION_AFTER,
    CRICKET_ONLY_WORDS,
    CRICKET_WORDS,
    MAY_HOLD,
    WINDOW_BEFORE,
    Context,
    Description,
    Event,
    attribution_of,
    day_of_saying,
    describe,
    describe_age,
    describe_aside,
    describe_count,
    describe_date,
    describe_quake,
    event_class,
    event_of,
    is_whole,
    names_in,
    per_period,
    strip_possessive,
    verb_of,
)
from .model import Claim, Document, Period, Quantity, Span
from .numbers import (
    NUMBER_WORD,
    UNITS,
    NumberMatch,
    _alt,
    _read_digits,
    find_numbers,
    parse_number,
)
from .periods import (
    STATED_YEAR,
    ClockTime,
    TimeMention,
    find_clock_times,
    find_times,
    stretch,
    year_period,
)
from .prefilter import may_hold_claims
from .readable import score_value
from .units import (
    PHYSICAL_DIMENSIONS,
    UnitMatch,
    currency_before,
    is_currency_code,
    minor_unit_after,
    ordinal_noun,
    singular,
    speaks_of_temperature,
    speaks_of_weight,
    unit_after,
)

if TYPE_CHECKING:  # spaCy loads when a pipeline is built (build_pipeline), not with claimcheck
    from spacy.language import Language

# Number kinds from numbers.py that are never quantities.
_NOT_QUANTITIES = frozenset({"time", "citation", "phone", "date_fragment"})
# A time expression after these words is the baseline of a comparison, not the value's period.
_COMPARISON = r"than|compared (?:with|to)|versus|vs\.?"
_BASELINE = re.compile(rf"\b(?:from|{_COMPARISON})\s+(?:the\s+)?$", re.I)
# ...and, with no "from" (which also opens a stretch: "from May 19 to 20"), no event's date either
_COMPARED_WITH = re.compile(rf"\b(?:{_COMPARISON})\s+(?:the\s+)?$", re.I)
_LIST_NUMBER = re.compile(r"^\s*\(?\d{1,3}[.)]\s")
# Word lists as tries (longest first, as a sorted alternation): a word that is none fails fast.
_HEDGES = _alt(HEDGES_BEFORE, literal=True)
_HEDGE_RE = re.compile(rf"(?:^|\s|\()(?P<hedge>{_HEDGES})\s*(?:the\s+|a\s+|an\s+)?(?:record\s+)?$", re.I)
# "none of those offers are for more than eight years", "has not topped 40%": a denied floor is a
# ceiling and a denied ceiling a floor (the clause, up to the hedge, holds the denial)
_DENIAL_BEFORE = re.compile(r"\b(?:none|not|never|no\s+one|nobody|neither)\b[^,;:.!?()]{0,60}$", re.I)
_DENIED = {**dict.fromkeys(("more than", "over", "above", "exceeding", "exceeded", "topped"), "at most"),
           **dict.fromkeys(("less than", "fewer than", "under", "below"), "at least")}
_AFTER_AMOUNT = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|bn|mn))\s*\(?\s*$", re.I)
_HEDGE_AFTER_RE = re.compile(
    r"^\s*(?P<hedge>" + "|".join(re.escape(h) for h in HEDGES_AFTER) + r")\b", re.I
)
_MONEY_SIGN = r"(?:US\$|\$|€|£)?"  # a currency sign a figure may follow: "from $2 billion", "rose by €5"
_RANGE_JOIN = re.compile(
    r"^\s*(?P<join>" + "|".join(re.escape(j) for j in RANGE_JOINERS) + r")\s*" + _MONEY_SIGN + r"\s*$", re.I)
_CHANGE_CUES = _alt(CHANGE_CUES, literal=True)
_CHANGED_FROM = re.compile(rf"\b(?:{_CHANGE_CUES})\s+from\s+{_MONEY_SIGN}\s*$", re.IGNORECASE)
# "the death toll rose from 9 to 11": the toll before and after, no range of one figure
_TOLL_FROM = re.compile(r"\btolls?\s+(?:has\s+|had\s+)?[a-z]+\s+from\s+$", re.I)
_UNIT_BEFORE_JOIN = re.compile(r"\s?(?P<unit>%|[A-Za-z]{1,3})(?=\s*(?:[-–—]|and\b))")
# "rose by an average of 8%", "fell by a further 3%", "grew by a total of 12,000": words between a
# change's verb and its value that leave it a change
_FILLER = r"(?:an?\s+(?:average|total|further|additional)(?:\s+of)?|another)\s+"
_CHANGED_BY = re.compile(rf"\b(?:{_CHANGE_CUES})\s+(?P<by>by\s+)?(?:{_FILLER})?{_MONEY_SIGN}\s*$", re.IGNORECASE)
_BETWEEN = re.compile(rf"\b(?:between|from)\s+{_MONEY_SIGN}\s*$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """spacy.blank("en") with claimcheck's sentencizer: no trained model is needed."""
    return build_pipeline()


def build_pipeline(model: str | None = None) -> Language:
    """A spaCy pipeline for sentence splitting; `model` opts in to a trained pipeline."""
    import spacy

    if model is None:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
        except OSError as error:
            raise ConfigurationError(Msg.E015, model=model) from error
    for abbreviation in ABBREVIATIONS_BEFORE_NUMBERS:  # "the No. 5 seed" is one sentence
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    register_sentencizer()
    if "claimcheck_sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("claimcheck_sentencizer", first=True)
    return nlp


@dataclass(frozen=True, slots=True)
class _Value:
    """A number with its unit, hedge and interval, before it becomes a claim."""

    start: int
    end: int
    quantity: Quantity
    threshold: bool
    change: bool
    counted: str = ""  # what the unit's own wording says happened ("killed" in "3 dead")
    per: str = ""  # what a price is paid for ("gallon" in "$5 a gallon")


def extract_claims(document: Document, *, nlp: Language | None = None, unread: list[str] | None = None) -> list[Claim]:
    """Every quantitative and dated claim in a document's main text, in reading order.

    With `unread`, a sentence whose reading fails is left out and the failure noted there (E008:
    line and reason), so that one sentence claimcheck cannot read costs its claims, not the
    document's; without it, the error is raised."""
    if document.skipped is not None or not document.text.strip():
        return []
    nlp = nlp or default_pipeline()
    context = Context.of(document)
    claims: list[Claim] = []
    for sent_start, sent_end in sentence_spans(nlp, document.text, keep=may_hold_claims):
        for start, end in _main_text(document, sent_start, sent_end):
            claims.extend(_read_or_note(document, context, start, end, unread))
    return _date_the_times(claims, document.published)


def _read_or_note(document: Document, context: Context, start: int, end: int, unread: list[str] | None) -> list[Claim]:
    """The claims of `document.text[start:end]`; when reading fails and `unread` is given, none,
    with the failure noted in `unread`."""
    try:
        return list(_sentence_claims(document, context, document.text[start:end], start))
    except Exception as error:  # one sentence must not cost the document
        if unread is None:
            raise
        line = document.line_col(document.offsets[start])[0]
        unread.append(Msg.E008.value.format(path=document.path, line=line, reason=f"{type(error).__name__}: {error}"))
        return []


def redate_claims(
    claims: list[Claim], published: date, document: Callable[[], Document], *, nlp: Language | None = None,
    unread: list[str] | None = None,
) -> list[Claim]:
    """The claims `extract_claims` finds in a document once it is dated `published`, from the
    claims it found there with no date (`claims`), reading again only the sentences that can
    change: those whose time expressions resolve against the date, and those that time something
    by the clock (such a time takes the day the document names most). A sentence with no claim
    undated has none dated either. `document()` gives the dated document, called only when some
    sentence must be read again (by `nlp`, as `extract_claims`, when a sentence cannot be placed).
    `unread`: as for `extract_claims`."""
    groups = [list(group) for _, group in groupby(claims, key=lambda c: (c.sentence_start, c.sentence))]
    changing = [_changes_with_date(group, published) for group in groups]
    if not any(changing):
        return claims
    dated = document()
    if not _in_reading_order(groups):  # not as extract_claims gave them: read the whole document again
        return extract_claims(dated, nlp=nlp, unread=unread)
    context = Context.of(dated)
    redone: list[Claim] = []
    for group, changes in zip(groups, changing):
        if not changes:
            redone.extend(group)
            continue
        offset = _sentence_offset(dated, group[0])
        if offset is None:  # cannot place the sentence: read the whole document again
            return extract_claims(dated, nlp=nlp, unread=unread)
        redone.extend(_read_or_note(dated, context, offset, offset + len(group[0].sentence), unread))
    return _date_the_times(redone, published)


def _changes_with_date(sentence_claims: list[Claim], published: date) -> bool:
    """Whether the claims of one sentence (read with no publication date) may differ once the
    document is dated `published`."""
    if any(c.kind == "time" for c in sentence_claims):
        return True
    sentence = sentence_claims[0].sentence
    undated = find_times(sentence, None)
    # A time expression that resolves with no date never looked at the date.
    return any(not t.period.resolved for t in undated) and undated != find_times(sentence, published)


def _in_reading_order(sentences: list[list[Claim]]) -> bool:
    """Whether the sentences (each a run of claims) come one after another, each once."""
    keys = [(claims[0].sentence_start, claims[0].sentence) for claims in sentences]
    return len(set(keys)) == len(keys) and all(a[0] <= b[0] for a, b in pairwise(keys))


def _sentence_offset(document: Document, claim: Claim) -> int | None:
    """Where in the document's text the sentence of `claim` starts, when exactly one place fits."""
    first = bisect.bisect_left(document.offsets, claim.sentence_start)
    places = [i for i in range(first, bisect.bisect_right(document.offsets, claim.sentence_start))
              if document.text.startswith(claim.sentence, i)]
    return places[0] if len(places) == 1 else None


def _date_the_times(claims: list[Claim], published: date | None = None) -> list[Claim]:
    """A time of day in a sentence that names no day is on the last day named before it ("a
    Wednesday night shooting ... opened fire at 10:45 p.m."), else on the day the document names
    most. A day that only says when a source spoke ("killed Saturday night, police said Sunday")
    is no day of what the report tells, when the report names another. In a report with no date,
    whose days are weekdays nothing resolves ("Sunday ... at 9:27 a.m."), the time takes the
    weekday, unresolved as it is. A dated report that names no day at all tells of its own day,
    the news of the day ("The teen was shot at around 7:15pm"): the time is on the day it was
    published."""
    day_claims = [c for c in claims if c.event_date is not None and c.event_date.granularity == "day"]
    told = [c for c in day_claims if not day_of_saying(c.sentence, *c.marked)]
    days_named = [(c.span.start, c.event_date) for c in told or day_claims]
    dated = sorted(((start, Period(p.start, p.start, p.start.isoformat(), "day"))
                    for start, p in days_named if p.resolved), key=lambda named: (named[0], named[1].label))
    if not dated:  # an undated report: its weekdays, each as TIMEX writes it (XXXX-WXX-7)
        dated = sorted(((start, Period(None, None, p.iso() or "", "day", p.weekday))
                        for start, p in days_named if not p.resolved and p.weekday is not None),
                       key=lambda named: (named[0], named[1].label))
    if not dated and published is not None and not days_named:
        dated = [(0, Period(published, published, published.isoformat(), "day"))]
    if not dated:
        return claims
    days = Counter(day for _, day in dated)
    most = min(days, key=lambda d: (-days[d], d.label))
    starts = [start for start, _ in dated]

    def day_of(claim: Claim) -> Period:
        before = bisect.bisect_left(starts, claim.span.start)
        return dated[before - 1][1] if before else most

    return [replace(c, period=day_of(c)) if c.kind == "time" and c.period is None else c for c in claims]


def find_quantities(text: str, *, published: date | None = None) -> list[tuple[int, int, Quantity]]:
    """Every number with a unit in a text, as (start, end, Quantity): the value grammar alone,
    before any claim is made of it (used to score the grammar against test vectors)."""
    found: list[tuple[int, int, Quantity]] = []
    for start, end in sentence_spans(default_pipeline(), text, keep=may_hold_claims):
        sentence = text[start:end]
        values, _ = _all_values(sentence, find_times(sentence, published), find_clock_times(sentence))
        for value in values:
            found.append((start + value.start, start + value.end, value.quantity))
    return found


def _all_values(sentence: str, times: list[TimeMention], clocks: list[ClockTime]) -> tuple[list[_Value], list[ClockTime]]:
    """Every value of a sentence in order, the exact forms ("31-24", "one in five", "2 hours 15
    minutes") with the numbers and units of `_values`; and the clock times none of them holds."""
    figures = [*_cricket_figures(sentence), *_racing_odds(sentence)]
    exact = [*figures, *(v for v in _scores(sentence) if not any(v.start < f.end and f.start < v.end for f in figures)), *_zero_counts(sentence), *_ratios(sentence), *_percent_first(sentence), *_race_times(sentence), *_race_marks(sentence),
             *_hours_and_minutes(sentence), *_years_and_months(sentence), *_ongoing_durations(sentence)]
    clocks = [c for c in clocks if not any(c.start < v.end and v.start < c.end for v in exact)]  # "3:43.13" is no clock
    values = list(_values(sentence, times, clocks + exact)) + exact  # type: ignore[operator]
    values.sort(key=lambda v: v.start)
    return values, clocks


def _main_text(document: Document, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretches of a sentence outside boilerplate (a dateline before the first sentence,
    a URL inside it), each with at least one word."""
    cuts = [(max(s, start), min(e, end)) for s, e in document.boilerplate_within(start, end)]
    position = start
    for cut_start, cut_end in cuts + [(end, end)]:
        if cut_start > position and _ALNUM.search(document.text, position, cut_start):
            piece = document.text[position:cut_start]
            lead = len(piece) - len(piece.lstrip())
            yield position + lead, cut_start
        position = max(position, cut_end)


_CONVERSION_OPENS = re.compile(r"\s*\(\s*$")


def _hedged_conversions(sentence: str, values: list[_Value]) -> list[_Value]:
    """A conversion in brackets says what the figure before it says, hedge included: "less than
    25 km (15 miles)" allows less than 15 miles, "about 80 m (260 ft)" about 260 ft."""
    out = list(values)
    for i in range(1, len(out)):
        first, second = out[i - 1].quantity, out[i].quantity
        if (first.hedge is None or second.hedge is not None or not first.value or not second.value
                or not _CONVERSION_OPENS.match(sentence[out[i - 1].end:out[i].start])):
            continue
        scale = second.value / first.value
        lower = None if first.lower is None else first.lower * scale
        upper = None if first.upper is None else first.upper * scale
        out[i] = replace(out[i], quantity=replace(second, lower=lower, upper=upper, hedge=first.hedge))
    return out


def _sentence_claims(document: Document, context: Context, sentence: str, offset: int) -> Iterator[Claim]:
    """The claims of the sentence at `document.text[offset:]`: read once per distinct sentence,
    date and context (`_read_sentence`), then placed in the document."""
    if not may_hold_claims(sentence):
        return
    read = _read_sentence_cached if SENTENCE_CACHE else _read_sentence
    found = read(sentence, document.published, context)
    raw_start = document.offsets[offset]
    for claim, raw_id in found:
        start, end = claim.marked
        span = document.span(offset + start, offset + end)
        yield replace(claim, id=f"{document.id}:{span.start if raw_id else offset + start}", doc=document.id,
                      span=span, sentence_start=raw_start)


SENTENCE_CACHE = os.environ.get("CLAIMCHECK_SENTENCE_CACHE", "1") != "0"
"""Whether a sentence read once is remembered (per process, the last `_SENTENCE_CACHE_SIZE`):
archives repeat sentences verbatim (wire copies, boilerplate). `CLAIMCHECK_SENTENCE_CACHE=0`
reads every sentence afresh; the claims are the same either way."""
_SENTENCE_CACHE_SIZE = 1 << 13
_UNPLACED = Span(0, 0, 0, 0, "")
# A claim read from a sentence alone, not yet placed in a document (`_UNPLACED` span, no id), and
# whether its id is the raw offset of its span (dated claims) or its offset in the cleaned text.
_Found = tuple[Claim, bool]


def _read_sentence(sentence: str, published: date | None, context: Context) -> tuple[_Found, ...]:
    """The claims of one sentence, relative to it: what they are depends on the sentence, the
    document's publication date and its context, and on nothing else of the document."""
    return tuple(_sentence_found(sentence, published, context))


_read_sentence_cached = lru_cache(maxsize=_SENTENCE_CACHE_SIZE)(_read_sentence)


# "people born after 1965", "anyone born during or after 1966", "those born before 1957": a year that bounds whom a
# rule covers by their birth, no period of the sentence's figures ("who have not had two doses") and no event of
# the story; one bound however it is written ("after 1965" is "in or after 1966")
_BORN_BEFORE_SINCE = re.compile(r"\bborn\s+$", re.I)
_SINCE_YEAR = re.compile(rf"since\s+({STATED_YEAR})")
_BORN_BOUND = re.compile(r"\bborn\s+(?:(?P<or>(?:in|during|on)\s+or\s+)?(?P<side>after|before)|(?P<since>since|from))\s+$", re.I)


def _birth_bounds(sentence: str, times: list[TimeMention]) -> list[tuple[TimeMention, Event, Period]]:
    """The years a birth bound names, each with its side ("born after", "born before") and the first
    (or last) year of birth it takes in."""
    bounds = []
    for time in times:
        since = _SINCE_YEAR.fullmatch(time.period.label) if _BORN_BEFORE_SINCE.search(sentence, 0, time.start) else None
        if since is not None:  # "born since 2019": the span to now read as its first year
            side, year = "after", int(since.group(1))
        else:
            bound = _BORN_BOUND.search(sentence, 0, time.start)
            if bound is None or time.period.granularity != "year" or time.period.start is None:
                continue
            side, year = (bound.group("side") or "after").lower(), time.period.start.year
            if not bound.group("or") and not bound.group("since"):  # "born after 1965": from 1966
                year += 1 if side == "after" else -1
        bounds.append((time, Event(f"born {side}", (), ()), year_period(year, time.period.label)))
    return bounds


def _sentence_found(sentence: str, published: date | None, context: Context) -> Iterator[_Found]:
    times = find_times(sentence, published)
    births = _birth_bounds(sentence, times)
    if births:
        bounds = {id(time) for time, _, _ in births}
        times = [t for t in times if id(t) not in bounds]
        for time, event, period in births:
            yield _dated_claim(sentence, (time.start, time.end), event, attribution_of(sentence),
                               kind="date", event_date=period), True
    clocks = find_clock_times(sentence)
    values, clocks = _all_values(sentence, times, clocks)
    if context.cricket or _CRICKET_ONLY.search(sentence):  # not baseball's innings and runs: cricket's wickets
        runs = list(_cricket_runs(sentence))
        values = [v for v in values if not any(v.start < r.end and r.start < v.end for r in runs)] + runs
    values = _hedged_conversions(sentence, values)
    if not values and not times and not clocks:
        return
    windows = _windows(sentence, values)
    values = [v for v in values if v not in windows.values()]
    attribution = attribution_of(sentence)
    previous: Claim | None = None
    # A year, quarter or month a figure covers ("trade in 2025") is its period, not an event's
    # date; a day ("killed two on Sunday", "a 4.4 quake this morning") dates an event as well.
    dating: set[int] = set()
    changed: set[int] = set()  # ...of which the period of a change: from when it is counted, not a date
    tolled: dict[int, Claim] = {}  # ...of which the period of a count ("killed 78 in 2019"): the first such
    background: dict[int, Claim] = {}  # ...of which the period of another amount ("seized 116 tonnes in 2023")
    targeted: dict[int, Claim] = {}  # ...of which a year a figure is to be reached by ("save £150m a year by 2028")
    for value in values:
        anniversary = value.quantity.unit == "anniversary"
        period = None if anniversary else _period_for(sentence, value.start, value.end, times)
        if period is None and value.start in windows:
            window = windows[value.start].quantity
            period = Period(None, None, f"{window.value:g} {window.unit}", "span")
        description = _describe(sentence, value, context, times)
        measure, scope, subject = description.measure, description.scope, description.subject
        kind = _kind(value)
        # "..., up 14.7% year on year", "..., surpassing the $200 billion mark": a clause with
        # no subject of its own speaks of the previous value's measure.
        inherit = description.elliptical and value.counted != "share" and previous is not None and (
            kind in ("change", "threshold") or previous.dimension == value.quantity.dimension
        )
        if inherit:
            assert previous is not None
            measure, scope, subject = previous.measure, previous.scope, previous.subject
            if period is None:
                period = previous.period
        if not measure and kind in ("count", "age", "score"):
            # "Seven AK-47s, ...": the noun; "the Colts (11-4)": a record
            measure = {"age": "age", "score": value.counted}.get(kind, value.quantity.unit)
        if not measure:
            aside = describe_aside(sentence, value.start, value.end, times)
            measure, subject = aside.measure, aside.subject
        if not measure:
            continue
        if value.quantity.unit == STREET_BLOCK:
            # one unit per street, so that two streets' blocks never meet ("the 2100 block of Bragg
            # Street" and "the 6000 block of Verbena Drive" in one story are two places)
            street = block_street(sentence, value.end)
            value = replace(value, quantity=replace(value.quantity, unit=f"{STREET_BLOCK} {street}".strip()))
            measure, scope, subject, period = STREET_BLOCK, (), (), None  # the place, whatever day the report names
        elif value.counted in (BOWLING_FIGURES, INNINGS_SCORE, CRICKET_RUNS, RACING_ODDS):
            # "Henry's 5-48 on day one", "finished on 158 for 3 on the fourth day": the player's or side's
            # figures, whatever day or clause tells them (the name is in the unit)
            measure, scope, subject, period = value.counted, (), (), None
        elif value.counted.endswith(_PART_MEASURE):
            # "won the sixth stage on Friday", "stage 6 of the Tour": which part, whatever day or total the
            # clause names
            measure, scope, subject, period = value.counted, (), (), None
        if value.per:
            measure = f"{measure} per {value.per}"
        elif kind == "count" and (rate := per_period(sentence, value.end)):
            measure = f"{measure} per {rate}"  # "a handful of people die every year": a yearly rate, no toll
        if kind in ("rate", "amount") and _earlier_level(sentence, value):
            measure = f"{EARLIER_LEVEL} {measure}"  # "will fall to 9% from 13.5%": 13.5% was the rate
        if value.quantity.unit in GOLF_SCORE_UNITS and value.counted in ("under par", "over par", "round under par", "round over par", "round",
                                                                                   "total", "place"):
            subject = golf_player(sentence)  # a golfer's score is the player's own
        period = _apply_run(sentence, value, values, period, times)
        claim = _unplaced(
            sentence,
            (value.start, value.end),
            kind=kind,
            measure=measure,
            scope=scope,
            quantity=value.quantity,
            period=period,
            attribution=attribution or (previous.attribution if inherit and previous else None),
            subject=subject,
        )
        previous = claim
        if period is not None and period.granularity != "day" and kind != "age" and value.quantity.unit != CHARGE_UNIT:
            dating.add(id(period))  # "will be 29 in April": a month an age is reached in dates the birthday
            if kind == "change":
                changed.add(id(period))
            if kind == "count" or (kind == "amount" and PENALTY_WORDS.intersection(measure.split())):
                tolled.setdefault(id(period), claim)
            elif kind == "amount":
                background.setdefault(id(period), claim)
            if period.granularity == "year" and period.start is not None and (
                    period.start.year > published.year if published is not None
                    else _FUTURE_CUE.search(sentence, 0, value.start) is not None):
                targeted.setdefault(id(period), claim)
        yield claim, False
    # ...and a month or year that an event word stands next to dates that event as well
    # ("the patrol that commenced in September", "the 1967 killings").
    # A year a toll is counted in dates the deadly event it is the toll of too ("In 2019, a blast
    # killed 78 people", "accused of murdering two women in 1967", "the collapse of the bridge in
    # August 2018, which killed 43 people"): the year of a background event.
    # "fighting since June", "has led the party since 2019": when what the clause names began; and
    # "the fifth operation since September", where the span is a figure's period, when the run began
    # (a date of its own measure: not the date of the event the figure counts).
    undated = [t for t in times if id(t.period) not in dating or _next_to_event(sentence, t)]
    starts = {id(t): start for t in times if id(t.period) not in changed
              and (start := _since_start(sentence, t) or _since_decade(sentence, t)) is not None}  # not "prices have risen 40% since 2019"
    claimed: set[int] = set()  # where the event claims start
    for claim in _event_claims(context, sentence, [starts.pop(id(t), t) for t in undated], attribution, clocks):
        claimed.add(claim.marked[0])
        yield claim, True
    dated_years: set[int] = set()
    for time in times:  # the deadly event the clause names, else the one the toll's verb names ("killed": death)
        toll = tolled.get(id(time.period))
        amount = background.get(id(time.period)) if toll is None else None  # its own verb only names its event
        toll = toll or amount
        if toll is not None and time not in undated and id(time) not in starts and _background_year(time):
            event = None if amount is not None else event_of(sentence, time.start, time.end, context, times)
            if event is None or event.measure not in TOLLED_EVENTS:
                kind_of = next((c for w in toll.measure.split() if (c := _event_class(w)) in _TOLLED_EVENTS), None) or (
                    "penalty" if PENALTY_WORDS.intersection(toll.measure.split()) else None)
                if kind_of is None and _PAST_BACKGROUND.search(sentence, 0, time.start) is None and (
                        published is None or time.period.start is None or time.period.start.year <= published.year):
                    # "In 2023, customs seized a record 116 tonnes", "In 2023, two inmates escaped": the
                    # past event the count's verb names, in a year of its own
                    # (not a quake's "hit", "struck": "trade hit a record $190bn in 2022" reached a level)
                    kind_of = next((c for w in toll.measure.split() if (c := _event_class(w))
                                    and c not in _QUAKE_CLASSES), None)
                if kind_of is None and amount is None and _past_injuries(sentence, time, toll, published):
                    kind_of = INJURY_EVENT  # "In 2019, about 20 people were hurt in a collision": the year of that past event
                event = Event(kind_of, toll.scope, toll.subject) if kind_of else None
            if event is not None:
                dated_years.add(id(time))
                yield _dated_claim(sentence, (time.start, time.end), event, attribution,
                                   kind="date", event_date=time.period), True
    for time in times:  # "lawmakers passed a bill in 2024", "In 2021, a sinkhole opened up": the year of a past deed
        deed = None if time in undated or id(time) in starts or id(time.period) in changed or id(time) in dated_years \
            else _past_deed(sentence, time, published)
        if deed is not None:
            yield _dated_claim(sentence, (time.start, time.end), Event(deed, (), ()), attribution,
                               kind="date", event_date=time.period), True
    for time in times:  # "The last time nurses struck was in 2018": the year of the latest such occasion
        if time.start in claimed or id(time) in starts or id(time) in dated_years or not _last_occasion(sentence, time, published):
            continue
        described = describe_date(sentence, time.start, time.end, context, times)
        if described.measure:
            yield _dated_claim(sentence, (time.start, time.end),
                               Event(f"{LAST_OCCASION} {described.measure}", described.scope, described.subject),
                               attribution, kind="date", event_date=time.period), True
    for time in times:  # "would save 150 million pounds a year by 2028": the year the target is due, a date of its own
        target = targeted.get(id(time.period))
        if target is not None and time not in undated and _BY_BEFORE.search(sentence, 0, time.start):
            yield _dated_claim(sentence, (time.start, time.end), Event(f"target {target.measure}", target.scope,
                                                                       target.subject),
                               attribution, kind="date", event_date=time.period), True
    last_figure = Event(previous.measure, previous.scope, previous.subject) if previous is not None else None
    spans = [t for t in times if id(t.period) not in changed]  # not "rose 40% from 2011 to 2016"
    for first, last, event in _span_ends(sentence, spans, times, context, last_figure):
        for end, edge in ((first, "start"), (last, "end")):
            yield _dated_claim(sentence, (end.start, end.end), replace(event, measure=f"{edge} {event.measure}"),
                               attribution, kind="date", event_date=end.period), True
    for start in starts.values():
        described = describe_date(sentence, start.start, start.end, context, times)
        if described.measure:  # never the event's class: a run of them, or a state, began then
            event = Event(f"since {described.measure}", described.scope, described.subject)
            yield _dated_claim(sentence, (start.start, start.end), event, attribution,
                               kind="date", event_date=start.period), True
    for claim in _clock_claims(context, sentence, times, clocks, attribution):
        yield claim, True


# "150mm of rain in 24 hours", "arrested 40 people over 48 hours": the stretch a figure was counted over
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _windows(sentence: str, values: list[_Value]) -> dict[int, _Value]:
    """Hours or days that a figure before them in the clause was counted over, by that figure's start:
    the figure's period, not a duration of its own."""
    windows: dict[int, _Value] = {}
    for value in values:
        if (value.quantity.unit not in ("hours", "days") or not WINDOW_BEFORE.search(sentence, 0, value.start)
                or _OF_AFTER.match(sentence, value.end)):
            continue  # "killed in the 12 days of the offensive": how long the offensive has lasted
        figure = next((v for v in reversed(values) if v.end <= value.start and v.quantity.dimension not in
                       ("duration", "age", "score")), None)
        if figure is not None and figure.start not in windows and not _clause_break(sentence[figure.end:value.start]):
            windows[figure.start] = value
    return windows


def _unplaced(sentence: str, marked: tuple[int, int], **fields: object) -> Claim:
    """A claim at sentence[marked[0]:marked[1]], before `_sentence_claims` places it in a document."""
    return Claim(id="", doc="", span=_UNPLACED, sentence=sentence, sentence_start=0, marked=marked,
                 **fields)  # type: ignore[arg-type]


def _describe(sentence: str, value: _Value, context: Context, times: list[TimeMention]) -> Description:
    """What a value is about, by what it is: an age is someone's, a magnitude a quake's, a count
    is of what happened to the things counted, an anniversary of what its "of" phrase names."""
    dimension, unit = value.quantity.dimension, value.quantity.unit
    if dimension == "age":
        return describe_age(sentence, value.start, value.end)
    if dimension == "magnitude":
        return describe_quake(sentence, value.start, value.end)
    if value.counted == "record":  # "the Colts (11-4)": the team's record
        team = re.search(r"([A-Z][\w'’.-]*)\s*\($", sentence[: value.start])
        return Description("record", (), (team.group(1),) if team else (), False)
    if value.counted == RECORD_SPAN:
        described = describe(sentence, value.start, value.end, context, times)
        return replace(described, measure=RECORD_SPAN)
    if unit == "anniversary":
        described = describe(sentence, value.start, value.end, context, times, of_only=True)
        return replace(described, measure=f"anniversary of {described.measure}".strip())
    if dimension == "count" and is_whole(sentence, value.start):
        # "Only 3 of the 150 people on board survived": the 150 are what they are, the verb is the 3's
        return Description(CASUALTY_WORDS.get(unit, unit), (), (), False)
    if dimension == "count":
        # "Menindee, a town of about 500 people": the people a place holds are its population, as a
        # bare "a town of 500" is (`_POPULATION_BEFORE`)
        population = unit == "people" and not value.counted and _POPULATION_BEFORE.search(sentence, 0, value.start)
        counted = describe_count(sentence, value.start, value.end, "population" if population else value.counted)
        if counted is not None:
            return counted
    located = dimension not in ("currency", "percent", "count", "duration")
    described = describe(sentence, value.start, value.end, context, times, located=located)
    if value.counted == BLOOD_ALCOHOL:
        # "a breath test showed his blood alcohol content was 0.19": one reading of the one person tested, whom the
        # sentence's names need not name ("a man accused of causing a crash that killed a Tulsa couple had ...")
        return replace(described, measure=BLOOD_ALCOHOL, subject=())
    if dimension == "percent" and not value.change and value.counted != "share":
        share = _PERCENT_NOUN.match(sentence, value.end)
        if share and share.group(1) not in _NOT_SHARE_NOUNS and not share.group(1).endswith("ly"):
            # "48 percent turnout", "a 25 percent stake", "30 percent contained": the word after says what
            return replace(described, measure=singular(share.group(1)))
    noun = _MONEY_NOUN.match(sentence, value.end) if dimension == "currency" else None
    if noun and noun.group(1) not in _NOT_MONEY_NOUNS and not verb_of(noun.group(1)):
        # "held on $500,000 bond", "a $70 million contract for J.D. Drew": the noun after the sum
        # says what it is, and the name after that noun whose it is
        second = noun.group(2) or ""
        compound = bool(second) and second not in _NOT_MONEY_NOUNS and not verb_of(second)
        party = _PARTY_AFTER.match(sentence, noun.end(2) if compound else noun.end(1))
        subject = tuple(dict.fromkeys([*described.subject, *names_in(party.group(1) if party else "")]))
        measure = " ".join(singular(w) for w in (noun.group(1), second if compound else "") if w)
        return replace(described, measure=measure, subject=subject)
    return described


# "about an hour later", "more than a year": after a hedge, "a" or "an" before a unit of time is one.
# So is "a" before a unit of length or weight: "about a mile wide", "nearly a foot of rain".
_ARTICLE_UNIT = re.compile(rf"\b(an?)\s+(?:{_alt(ARTICLE_UNITS, literal=True)})\b", re.IGNORECASE)
_ENDS_IN_HEDGE = re.compile(rf"(?:^|\s|\()(?:{_HEDGES})\s+$", re.IGNORECASE)
# "put out within an hour", "recaptured within a week": a stretch, as "within two hours" is
_WITHIN = re.compile(r"\bwithin\s+$", re.IGNORECASE)
_ARTICLE_TIME_UNIT = re.compile(r"\b(an?)\s+(?:hour|day|week|month|year|minute)\b", re.IGNORECASE)


def _hedged_ones(sentence: str) -> list[NumberMatch]:
    # "an hour", "a mile", "a week" are round, approximate amounts, not exact ones: half a unit either
    # way, as the digit "1" is ("within an hour" allows the "less than an hour" of another report)
    return [NumberMatch(m.start(1), m.end(1), m.group(1), 1.0, 0.5, True, "words", "cardinal")
            for m in _ARTICLE_UNIT.finditer(sentence) if _ENDS_IN_HEDGE.search(sentence, 0, m.start())
            or _WITHIN.search(sentence, 0, m.start()) and _ARTICLE_TIME_UNIT.match(sentence, m.start())]


# "a single shell", "on single counts of manslaughter": one, unless denied ("not a single shot": none)
_SINGLE = re.compile(r"(?<![\w-])(?:(?P<a>an?|one|only\s+a|just\s+a)\s+)?(?P<single>single)\s+(?P<noun>[a-z]+)\b(?!-)", re.I)
_DENIED_SINGLE = re.compile(r"\b(?:not|without|never|no)\s+$", re.I)


def _single_ones(sentence: str) -> list[NumberMatch]:
    if "single" not in sentence and "Single" not in sentence:
        return []
    return [NumberMatch(m.start("single"), m.end("single"), "single", 1.0, 0.0, False, "words", "cardinal")
            for m in _SINGLE.finditer(sentence)
            if (m.group("a") or m.group("noun").lower() in ("count", "counts"))
            and m.group("noun").lower() not in SINGLE_NOT_COUNTED and m.group("noun").lower() not in NOT_COUNT_NOUNS
            and not _DENIED_SINGLE.search(sentence, 0, m.start())]


# "was shot once in the chest", "the gunman fired once", "shot him twice": how many times a blow was dealt,
# as "shot three times", or how often one was booked, "had been arrested twice" (but "once" alone is as often
# "formerly": only after a verb of a shot, a blow or a booking)
_ONCE_TWICE = re.compile(r"\b(?:shot|fired|stabbed|struck|hit|punched|kicked|knifed|floored|decked|"
                         r"shooting|firing|stabbing|striking|hitting|punching|kicking|knifing|"  # "hitting him twice"
                         r"cited|arrested|convicted|ticketed)"  # "had been cited twice": how often one was booked
                         r"(?:\s+(?:him|her|them|the\s+[a-z]+|(?-i:[A-Z][\w'’-]+)))?\s+"
                         r"(?P<n>once|twice)\b(?!\s+(?:as|more|before|again|over|upon|the|a|an)\b)"
                         # "warming about twice as fast as the global average": a ratio of two rates or sizes
                         r"|\b(?P<ratio>twice)\s+as\s+(?:[a-z]+\s+)?[a-z]+\s+as\b", re.I)


def _once_twice(sentence: str) -> list[NumberMatch]:
    if "once" not in sentence and "twice" not in sentence:
        return []
    found = []
    for m in _ONCE_TWICE.finditer(sentence):
        group = "n" if m.group("n") else "ratio"
        found.append(NumberMatch(m.start(group), m.end(group), m.group(group),
                                 1.0 if m.group(group).lower() == "once" else 2.0, 0.0, False, "words", "cardinal"))
    return found


# The naira as the Nigerian press writes it, an "N" glued to a scaled or grouped amount: "a ransom of N100m",
# "N1m per person", "N2.5bn", "N5,000" (not "N95" or "N7": a mask, a road)
_NAIRA = re.compile(r"(?<![\w$.,-])N(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?P<g>)|\d+(?:\.\d+)?(?P<s>m|bn|b|tn|k))(?![\w%-])")
_NAIRA_SCALES = {"": 1, "k": 10**3, "m": 10**6, "b": 10**9, "bn": 10**9, "tn": 10**12}


def _naira(sentence: str) -> list[NumberMatch]:
    if "N" not in sentence:
        return []
    found = []
    for m in _NAIRA.finditer(sentence):
        value, step, round_int = _read_digits(m.group("n")[: -len(m.group("s"))] if m.group("s") else m.group("n"))
        scale = _NAIRA_SCALES[m.group("s") or ""]
        found.append(NumberMatch(m.start(), m.end(), m.group(0), float(value * scale), float(step * scale / 2), round_int,
                                 "mixed" if m.group("s") else "digits", "cardinal"))
    return found


# "an hour and a half", "a day and a half": one unit and half another, its article the number (the half
# after the unit is its tail, no fraction of its own)
_AND_A_HALF = re.compile(rf"\b(?P<n>an?|one)\s+(?:{_alt(ARTICLE_UNITS, literal=True)})(?P<half>\s+and\s+a\s+half)\b", re.I)


def _and_a_half(sentence: str) -> tuple[list[NumberMatch], list[tuple[int, int]]]:
    """The numbers "an hour and a half" gives (1.5, written by its article) and where their
    half-tails are, which are no numbers of their own."""
    if "half" not in sentence:
        return [], []
    found = list(_AND_A_HALF.finditer(sentence))
    return ([NumberMatch(m.start("n"), m.end("n"), m.group("n"), 1.5, 0.0, False, "words", "cardinal") for m in found],
            [m.span("half") for m in found])


def _values(sentence: str, times: list[TimeMention], clocks: list[ClockTime] = ()) -> Iterator[_Value]:  # type: ignore[assignment]
    """Numbers with units in a sentence, ranges merged, dates and times of day left out."""
    halves, tails = _and_a_half(sentence)
    numbers = [n for n in sorted(find_numbers(sentence) + _hedged_ones(sentence) + _single_ones(sentence)
                                 + _once_twice(sentence) + _naira(sentence) + halves, key=lambda n: n.start)
               if _is_quantity(sentence, n, times) and not any(n.start < c.end and c.start < n.end for c in clocks)
               and not any(start <= n.start < end for start, end in tails)]
    i = 0
    found: list[_Value] = []
    elliptical: list[tuple[NumberMatch, NumberMatch | None]] = []
    while i < len(numbers):
        number = numbers[i]
        upper_number: NumberMatch | None = None
        if i + 1 < len(numbers) and _is_range(sentence, number, numbers[i + 1]):
            upper_number = numbers[i + 1]
            i += 1
        i += 1
        value = _decade_age(sentence, number) or _value(sentence, number, upper_number)
        if value is not None and upper_number is None and i < len(numbers):
            whole = _with_minor_unit(sentence, value, number, numbers[i])
            if whole is not None:
                value = whole
                i += 1
        if value is not None:
            found.append(value)
        elif _is_elliptical_count(sentence, number, upper_number or number):
            elliptical.append((number, upper_number))
    yield from found
    for number, upper_number in elliptical:  # "Five bombs were dropped, of which four exploded"
        noun = _antecedent(found, number.start, sentence, counted=bool(_TOTAL_OR_OUTBREAK_TO.search(sentence, 0, number.start)))
        noun = _number_of_was(sentence, number) or noun
        if noun is None and _CASUALTY_BEFORE.search(sentence, 0, number.start):
            noun = UnitMatch("people", "count")  # "a tank fired on a building, killing four of them"
        if noun is None and _power_outage(sentence, number, upper_number or number):
            noun = UnitMatch(POWERLESS_HEAD, "count")  # "knocked out power to 300,000": the customers an outage counts
        if noun is None and _PERSONS_OF.match(sentence, (upper_number or number).end):
            noun = UnitMatch("people", "count")  # "Two of the three have been charged": persons, the verb says
        if noun is None and _SEATS_BEFORE.search(sentence, 0, number.start):
            noun = UnitMatch("people", "count")  # "The gym seats about 2,000": the people it holds
        elif noun is not None and _HOLDS_BEFORE.search(sentence, 0, number.start) \
                and not _SEATS_BEFORE.search(sentence, 0, number.start):
            noun = replace(noun, measure="held")  # "was housing more than 1,200", "was holding about 1,300": one fact
        value = _value(sentence, number, upper_number, unit=noun) if noun is not None else None
        if value is not None:
            yield value


# "a man in his 20s", "a woman in her late 30s": an age somewhere in a decade (or part of one).
_DECADE_OF_LIFE = re.compile(r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[\s-]*)?$", re.I)
_DECADE_PARTS = {"": (0, 9), "early": (0, 4), "mid": (3, 7), "late": (6, 9)}


def _decade_age(sentence: str, number: NumberMatch) -> _Value | None:
    """An age written as a decade of life, or None."""
    decade = number.value
    if not (number.form == "digits" and decade in range(10, 100, 10) and sentence[number.end:number.end + 1] == "s"
            and not sentence[number.end + 1:number.end + 2].isalnum()):
        return None
    opening = _DECADE_OF_LIFE.search(sentence, 0, number.start)
    if opening is None:
        return None
    low, high = (decade + year for year in _DECADE_PARTS[(opening.group("part") or "").lower()])
    quantity = Quantity(value=(low + high) / 2, lower=low, upper=high, unit="years", dimension="age",
                        hedge="range")
    return _Value(opening.start("part") if opening.group("part") else number.start, number.end + 1, quantity,
                  threshold=False, change=False)


# A bare number that stands for things the sentence counts elsewhere: "two of them managed to
# escape", "Three of the four injured were flown out", "of which four exploded", "Two managed to give the navy the slip, but the other three
# boats were intercepted", "10 of whom remain critical".
# A verb or noun of what a building or ground holds, before a bare count: "was designed to hold about 5,300",
# "held 341 on Monday", "was housing more than 1,200", "The gym seats about 2,000", "a capacity of 62,850"
_HOLDS_BEFORE = re.compile(rf"\b(?:hold|holds|held|holding|house|houses|housed|housing|seats|seated|seating|"
                           rf"accommodate[sd]?|accommodating|capacity\s+of|built\s+for|designed\s+for)\s+"
                           rf"(?:(?:{_HEDGES})\s+)?$", re.I)
# ... of people, with no owner named for them: the seats of a hall, a ground's capacity
_SEATS_BEFORE = re.compile(rf"(?:\b(?:seats|seat|seating|capacity\s+of)|{MAY_HOLD})\s+(?:(?:{_HEDGES})\s+)?$", re.I)
# the count ends there: no noun of its own follows ("held 341 on Monday", "seats about 2,000.")
_BARE_AFTER_HOLDS = re.compile(r"\s*(?:[,.;)]|$|(?:on|in|at|for|after|before|by|when|as|and|but|although|though|"
                               r"during|people|spectators|fans)\b)", re.I)
_OF_THEM = re.compile(rf"\s+of\s+(?:them|whom|which|those|(?:the|these|those)\s+(?:\d{{1,3}}|{NUMBER_WORD})\b(?!\s+of\b))", re.I)
_OPENS_CLAUSE = re.compile(rf"(?:^|[,;:]\s*|\b(?:but|while|whereas|and|though|although|of which|of whom)\s+)"
                           rf"(?:the\s+(?:remaining|other)\s+|only\s+)?(?:(?:{_HEDGES})\s+)?$", re.I)
# "knocked out power to 300,000", "cut power to about 40,000", "140,000 lost power": an
# outage told by a bare number counts the customers (homes and businesses on the meter) it cut off
_POWER_TO_BEFORE = re.compile(rf"\b(?:power|electricity)\s+(?:supplies\s+)?to\s+(?:(?:{_HEDGES})\s+)?$", re.I)
_LOST_POWER_AFTER = re.compile(r"\s+(?:(?:were|are)\s+)?(?:lost|losing|lose)\s+(?:power|electricity)\b", re.I)


def _power_outage(sentence: str, number: NumberMatch, last: NumberMatch) -> bool:
    """Whether a bare number counts those an outage cut off ("knocked out power to 300,000"). Those
    left "without power" are read as such where the unit is implied (`_WITHOUT_SUPPLY`)."""
    return number.value >= 100 and bool(_POWER_TO_BEFORE.search(sentence, max(0, number.start - 60), number.start)
                                        or _LOST_POWER_AFTER.match(sentence, last.end))


# "Two of the three have been charged", "Nine of the 17 infected", "two of them remain in critical condition": part
# of a group of persons named in an earlier sentence, whom what befell them or what was done to them says are persons
_PERSONS_OF = re.compile(
    rf"\s+of\s+(?:them|whom|(?:the|these|those)\s+(?:\d{{1,3}}|{NUMBER_WORD}))\s+"
    rf"(?:(?:have|has|had|were|was|are|remain|remained)\s+(?:been\s+)?(?:also\s+)?(?:[a-z]+ly\s+)?|then\s+)?"
    rf"(?:{_alt(PERSON_STATE_WORDS | frozenset(CASUALTY_WORDS), literal=True)})\b", re.I)
# "4,500 jobs, including 2,800 in Germany": part of the count before
_INCLUDING = re.compile(rf"\b(?:including|includes|included)\s+(?:(?:{_HEDGES})\s+)?$", re.I)
# "took 50 seats, down from 53 in 2022", "rose to 14, up from the 12 reported on Monday": the level before
_UP_FROM = re.compile(rf"(?:\d|\b(?:{NUMBER_WORD})\b)[^.;:]{{0,60}}?,\s*(?:up|down)\s+from\s+(?:the\s+|an?\s+)?(?:record\s+)?"
                      rf"(?:(?:{_HEDGES})\s+)?$", re.I)
_PART_WHERE = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?[A-Z]")
# "14 homicides so far this year, compared with 22 at the same time last year": the count a while before
_SAME_POINT = re.compile(r"\s+(?:at|by)\s+(?:the\s+)?same\s+(?:time|point|stage|date|period)\b", re.I)
# "182 homicides in 2023 ... and 144 last year", "31 in 2024, 25 the year before": the count over an earlier stretch,
# a clause that ends with it ("and 144 a year" is a rate, not this)
# "41 people died in 2025, compared with 55 in 2024": the count over an earlier stretch it is set against
_COMPARED_BEFORE = re.compile(rf"\d[^.;:]{{0,120}}?\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:{_HEDGES})\s+)?$", re.I)
_PERIOD_BACK_END = re.compile(r"\s+(?:(?:last|the\s+(?:previous|prior))\s+(?:year|month|week|season)|the\s+year\s+before|"
                              r"(?:a|one)\s+(?:year|month|week)\s+(?:earlier|before|ago)|in\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?(?:19|20)\d\d)\s*(?:[.;),]|$)", re.I)


# "17 new deaths, bringing the total to 4,523": the running total of what the sentence counted
_TOTAL_TO = re.compile(
    rf"\b(?:bringing|brings|brought|taking|takes|took|pushing|pushed|lifting|lifted|raising|raised)\s+"
    rf"(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:total|tally|number|count)\s+(?:[a-z]+\s+){{0,3}}?"
    rf"to\s+(?:(?:{_HEDGES})\s+)?$", re.I)


# "bringing the outbreak to 17", "an outbreak centred on a school grows to 14", "cluster rises to 9": an outbreak's
# size is the running total of the cases the sentence counts
_OUTBREAK_TO = re.compile(
    rf"\b(?:outbreak|cluster)\s+(?:[\w-]+\s+){{0,6}}?(?:(?:has|had)\s+)?(?:(?:grows|grew|grown|rises|rose|risen|climbs|climbed"
    rf"|jumps|jumped|swells|swelled)\s+to|reaches|reached|hits|to)\s+(?:(?:{_HEDGES})\s+)?$", re.I)
_TOTAL_OR_OUTBREAK_TO = re.compile(f"{_TOTAL_TO.pattern}|{_OUTBREAK_TO.pattern}", re.I)


# "the number of flights operated in October was 11,240", "The number of visitors reached 2.3 million": a count
# of the noun after "number of", its verb of being or reaching just before the figure
_NUMBER_OF_BEFORE = re.compile(rf"\b[Nn]umber\s+of\s+(?P<noun>[a-z]{{3,}}s)\b[^\d.;:!?()%$€£]{{0,50}}?\s"
                               rf"(?:was|is|were|are|stood\s+at|reached|totalled|totaled|hit|came\s+to)\s+"
                               rf"(?:(?:{_HEDGES})\s+)?$")


def _number_of_was(sentence: str, number: NumberMatch) -> UnitMatch | None:
    """The count a bare number is of the noun in "the number of <noun> was" before it, or None."""
    number_of = _NUMBER_OF_BEFORE.search(sentence, max(0, number.start - 100), number.start)
    return UnitMatch(singular(number_of.group("noun")), "count") if number_of is not None else None


def _is_elliptical_count(sentence: str, number: NumberMatch, last: NumberMatch) -> bool:
    if number.kind != "cardinal" or not float(number.value).is_integer() or number.form == "digits" and number.value >= 1000 and "," not in number.text:
        return False
    if _power_outage(sentence, number, last):
        return True
    if _number_of_was(sentence, number) is not None:
        return True
    if _TOTAL_OR_OUTBREAK_TO.search(sentence, 0, number.start):
        return True
    right = sentence[last.end:]
    if _OF_THEM.match(right):
        return True
    if number.value >= 10 and _HOLDS_BEFORE.search(sentence, 0, number.start) and _BARE_AFTER_HOLDS.match(right):
        return True  # "built to hold 260 inmates but held 341 on Monday": the count the building holds
    if _INCLUDING.search(sentence, max(0, number.start - 40), number.start) and _PART_WHERE.match(right):
        return True
    if _UP_FROM.search(sentence, max(0, number.start - 100), number.start) or _SAME_POINT.match(right):
        return True
    if _PERIOD_BACK_END.match(right) and (_OPENS_CLAUSE.search(sentence, 0, number.start)
                                          or _COMPARED_BEFORE.search(sentence, 0, number.start)):
        return True
    following = _next_word(right).lower()
    # "and 90 damaged", "while three wanted no change": a verb in the past, as "were" or "fled"
    return bool(_OPENS_CLAUSE.search(sentence, 0, number.start)) and (
        following in ELLIPTICAL_VERBS or len(following) > 4 and following.endswith("ed"))


def _antecedent(values: list[_Value], at: int, sentence: str, *, counted: bool = False) -> UnitMatch | None:
    """The noun of the sentence's count nearest before `at`, else nearest after it; with
    `counted`, what that count is of as well ("17 new deaths": killed; "35 new cases": case)."""
    counts = [v for v in values if v.quantity.dimension == "count"
              and (v.quantity.unit == "people" or v.quantity.unit not in GENERIC_COUNT_UNITS)]
    before = [v for v in counts if v.end <= at]
    after = [v for v in counts if v.start > at]
    chosen = before[-1] if before else (after[0] if after else None)
    if chosen is None:
        return None
    if not counted:
        return UnitMatch(chosen.quantity.unit, "count")
    described = describe_count(sentence, chosen.start, chosen.end, chosen.counted)
    return UnitMatch(chosen.quantity.unit, "count", measure=described.measure if described else chosen.quantity.unit)


_MINOR_JOIN = re.compile(r"\s*(?:and\s+)?|(?P<hyphen>-)")  # glued after a sign: "6'2\""


def _with_minor_unit(sentence: str, value: _Value, major: NumberMatch, minor: NumberMatch) -> _Value | None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "the 6-foot-2 guard": the
    number after an amount that counts its smaller unit joins it; unnamed ("15 dollars 50.")
    only after a unit written out after the amount, not a sign before it."""
    quantity = value.quantity
    join = _MINOR_JOIN.fullmatch(sentence, value.end, minor.start)
    if not (join and major.kind == minor.kind == "cardinal"
            and float(major.value).is_integer() and float(minor.value).is_integer()):
        return None
    found = minor_unit_after(quantity.unit, sentence[minor.end:], hyphenated=bool(join.group("hyphen")))
    if found is None:
        return None
    per, after = found
    if not 1 <= minor.value < per or (after == 0 and currency_before(sentence[: major.start]) is not None):
        return None
    shift = math.copysign(minor.value / per, quantity.value)
    precision = minor.precision / per
    total = quantity.value + shift
    if quantity.hedge is None:
        lower, upper = total - precision, total + precision
    else:
        lower, upper = (None if b is None else b + shift for b in (quantity.lower, quantity.upper))
    whole = replace(quantity, value=total, lower=lower, upper=upper, precision=precision, ambiguous_precision=False)
    return replace(value, end=minor.end + after, quantity=whole)


_SCORE = re.compile(r"(?<![\w.,/:-])(?P<a>\d{1,3})\s?-\s?(?P<b>\d{1,3})(?![\w/:]|[.,]\d|\s?-\s?\d)")


def _zero_counts(sentence: str) -> Iterator[_Value]:
    """ "No one was killed or injured": 0 killed and 0 injured. The first claim covers "no one
    was killed"; a further one covers its own word ("injured"; "casualties" for the injured)."""
    zero = Quantity(0.0, 0.0, 0.0, "people", "count")
    for m in _ZERO.finditer(sentence):
        first = ZERO_CASUALTY_WORDS[m.group("word").lower()]
        claims = [(m.start(), m.end("word"), first[0])]
        claims += [(m.start("word"), m.end("word"), measure) for measure in first[1:2]]
        if m.group("word2"):
            claims.append((m.start("word2"), m.end("word2"), ZERO_CASUALTY_WORDS[m.group("word2").lower()][0]))
        for start, end, measure in claims:
            yield _Value(start, end, zero, threshold=False, change=False, counted=measure)


# "one in five children", "1 in 10 adults", "three out of four voters": a share, not two counts
_RATIO = re.compile(rf"\b(?P<part>\d{{1,2}}|{NUMBER_WORD})\s+(?:in|out\s+of)\s+(?P<whole>\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORD})\b"
                    rf"(?!\s*(?:%|percent|per\s*cent|[-–]|(?:{_alt(TIME_UNITS, literal=True)})\b))", re.I)


def _ratios(sentence: str) -> Iterator[_Value]:
    """ "One in five children lives in poverty": 20% of children; the numbers are no counts."""
    for m in _RATIO.finditer(sentence):
        part, whole = (parse_number(m.group(g)) for g in ("part", "whole"))
        if part is None or whole is None or not 0 < part.value < whole.value:
            continue
        share = 100 * part.value / whole.value
        hedge_match = _HEDGE_RE.search(sentence, 0, m.start())
        hedge = hedge_match.group("hedge").lower() if hedge_match else None
        low, high = _hedged(share, hedge) if hedge else (share, share)
        quantity = Quantity(share, low, high, "percent", "percent", hedge=hedge)
        yield _Value(hedge_match.start("hedge") if hedge_match else m.start(), m.end(), quantity, threshold=False,
                     change=False, counted="share")


# A percentage named before its number, as English written from Chinese or Japanese orders it
# ("Percent of 10 went to the state", "per cent of twenty-two"): only where the percent word opens
# the sentence and the number closes the clause, so that "percent of 10-year-olds" or "the 5
# percent of 10 members" keep their usual reading.
_PERCENT_OF = re.compile(rf"^\W*(?:percents?|per[\s-]?cent)\s+of\s+(?P<n>\d+(?:\.\d+)?|{NUMBER_WORD}(?:-{NUMBER_WORD})?)"
                         r"(?=\s*(?:[.,;:!?)]|$))", re.I)


def _percent_first(sentence: str) -> Iterator[_Value]:
    """ "Per cent of twenty-two": 22%, the unit written first."""
    m = _PERCENT_OF.match(sentence)
    number = parse_number(m.group("n")) if m else None
    if m and number is not None:
        start = len(sentence) - len(sentence.lstrip(" \t\"'“‘("))
        yield _Value(start, m.end(), Quantity(number.value, number.value, number.value, "percent", "percent"),
                     threshold=False, change=False)


# The level a change starts from: "will fall to 9% from 13.5%", "cut from 13.5% to 9%", "rose to
# $5.2 billion, up from $4.8 billion". It is what the figure was, another fact than what it is.
_FROM_LEVEL = re.compile(rf"\bfrom\s+(?:the\s+)?(?:(?:{_HEDGES})\s+)?{_MONEY_SIGN}\s*$", re.I)
_TO_AFTER = re.compile(rf"\s+to\s+(?:(?:{_HEDGES})\s+)?{_MONEY_SIGN}\s*\d", re.I)
_TO_BEFORE = re.compile(rf"\bto\s+(?:(?:{_HEDGES})\s+)?{_MONEY_SIGN}\s*\d[\d.,]*\s*(?:%|per\s*cent|percent|[a-z]+)?"
                        rf"(?:\s+[a-z]+){{0,2}},?\s+(?:up\s+|down\s+)?from\s+(?:the\s+)?(?:(?:{_HEDGES})\s+)?{_MONEY_SIGN}\s*$", re.I)
_UP_DOWN_FROM = re.compile(rf"\b(?:up|down)\s+from\s+(?:the\s+)?(?:(?:{_HEDGES})\s+)?{_MONEY_SIGN}\s*$", re.I)
_CHANGE_WORD = re.compile(rf"\b(?:{_alt(CHANGE_CUES | RATE_CHANGE_CUES, literal=True)}|raises|increases|reduces|lowers)\b", re.I)


def _earlier_level(sentence: str, value: _Value) -> bool:
    """Whether a rate or amount is the level a change in its sentence starts from."""
    before = sentence[max(0, value.start - 120): value.start]
    if value.change or not _FROM_LEVEL.search(before) or not _CHANGE_WORD.search(sentence, 0, value.start):
        return False
    return bool(_UP_DOWN_FROM.search(before) or _TO_BEFORE.search(before)
                or _TO_AFTER.match(sentence, value.end))


# A vote's tally in words: "by 231 votes to 188", "voted 52 to 47", "312 in favour and 290 against"
_TALLY_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORD}(?:[-\s]{NUMBER_WORD})?)"
_VOTE_TALLY = re.compile(
    rf"(?:(?<![\w.,])(?P<a>{_TALLY_COUNT})\s+votes?\s+to\s+(?P<b>{_TALLY_COUNT})"
    rf"|(?<=\bvoted\s)(?P<a2>{_TALLY_COUNT})\s+to\s+(?P<b2>{_TALLY_COUNT})"
    rf"|(?<![\w.,])(?P<a3>{_TALLY_COUNT})\s+(?:votes\s+)?(?:in\s+favou?r|for)(?:\s+of\s+(?:it|the\s+\w+))?(?:,\s*|,?\s+(?:and|to|with)\s+)"
    rf"(?P<b3>{_TALLY_COUNT})\s+(?:votes\s+)?against)\b(?![-\w])",
    re.I,
)


_VOTE_CUE = re.compile(r"\b(?:vot|against)", re.I)


def _vote_tallies(sentence: str) -> Iterator[tuple[int, int, int, int]]:
    """Where a tally is worded as counts for and against: (start, end, for, against)."""
    if not _VOTE_CUE.search(sentence):
        return
    for m in _VOTE_TALLY.finditer(sentence):
        a, b = (parse_number(text) for text in (g for g in m.group("a", "b", "a2", "b2", "a3", "b3") if g))
        if a is not None and b is not None and a.value == int(a.value) and b.value == int(b.value):
            yield m.start(), m.end(), int(a.value), int(b.value)


# A race time: "won in 2:19:12", "a time of 2:05:41", "clocked 3:43.13"; not a clock ("at 14:32:10")
_RACE_TIME = re.compile(
    r"\b(?:in|of|clocked|timed|ran|finished|record|best)\s+"
    r"(?P<time>(?:(?P<h>\d{1,2}):(?=[0-5]\d:))?(?P<m>\d{1,2}):(?P<s>[0-5]\d(?:\.\d+)?))(?![:\d])"
    # ...or minutes, seconds and hundredths however led, which no clock writes: "stopping the clock at
    # 4:31.08", a results line's "Isla Rennard (GBR), 4:31.08"
    r"|(?<![\w.:/])(?P<time2>(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d{2}))(?![:\d.])",
    re.I,
)


# "2 hours, 5 minutes, 41 seconds", "two hours five minutes", "2 hours 19 minutes": one duration
_PART = rf"(?:\d{{1,2}}|{NUMBER_WORD}(?:-{NUMBER_WORD})?)"
_HOURS_MINUTES = re.compile(
    rf"(?<![\w.,])(?P<h>{_PART})\s+hours?,?\s+(?:and\s+)?(?P<m>{_PART})\s+minutes?"
    rf"(?:,?\s+(?:and\s+)?(?P<s>{_PART})\s+seconds?)?\b",
    re.I,
)


def _hours_and_minutes(sentence: str) -> Iterator[_Value]:
    """A duration in hours and minutes (and seconds), in seconds: the time a race or a flight took."""
    if "minute" not in sentence.lower():
        return
    for m in _HOURS_MINUTES.finditer(sentence):
        parts = [parse_number(m.group(g)) if m.group(g) else None for g in ("h", "m", "s")]
        if parts[0] is None or parts[1] is None or (m.group("s") and parts[2] is None):
            continue
        value = 3600 * parts[0].value + 60 * parts[1].value + (parts[2].value if parts[2] else 0)
        yield _seconds(m.start(), m.end(), value, precision=0.5 if parts[2] else 30.0)


# "jailed for six years and eight months", "a term of 2 years 6 months": one duration, in months
_YEARS_MONTHS = re.compile(rf"(?<![\w.,])(?P<y>{_PART})[\s-]+years?,?\s+(?:and\s+)?(?P<m>{_PART})[\s-]+months?\b", re.I)


def _years_and_months(sentence: str) -> Iterator[_Value]:
    """A duration in years and months, in months: a prison term, a tenure, a child's age in court."""
    if "month" not in sentence.lower():
        return
    for m in _YEARS_MONTHS.finditer(sentence):
        years, months = parse_number(m.group("y")), parse_number(m.group("m"))
        if years is None or months is None or months.value >= 12:
            continue
        value = 12 * years.value + months.value
        dimension = "age" if _AGED.search(sentence, 0, m.start()) else "duration"  # "aged 3 years and 4 months"
        quantity = Quantity(value, value - 0.5, value + 0.5, "months", dimension, precision=0.5)
        yield _Value(m.start(), m.end(), quantity, threshold=False, change=False)


def _race_times(sentence: str) -> Iterator[_Value]:
    """ "Kipchoge won in 2:19:12": a duration of hours, minutes and seconds, in seconds; minutes and
    seconds only with a fraction of a second ("3:43.13"), since "in 10:30" may be a clock."""
    if ":" not in sentence:
        return
    for m in _RACE_TIME.finditer(sentence):
        key = "" if m.group("time") else "2"
        seconds = m.group("s" + key)
        decimals = seconds.partition(".")[2]
        if not ((not key and m.group("h")) or decimals):
            continue
        if key and (re.search(r"/\s*$", sentence[: m.start()]) or re.match(r"\s*/", sentence[m.end():])):
            continue  # a swimmer's splits "1:01.87 / 2:12.10 / 4:31.08": laps, no race's time
        value = 3600 * int((not key and m.group("h")) or 0) + 60 * int(m.group("m" + key)) + float(seconds)
        yield _seconds(m.start("time" + key), m.end("time" + key), value, precision=0.5 * 10 ** -len(decimals))


# A sprinter's time written with no unit: "ran 45.88 in the 400m hurdles", "a best of 46.12",
# "finishing in 46.41", "reaching halfway in 21.3": seconds, when a running verb leads a sub-minute
# decimal in a sentence about a race, or a time's own verb or a record does in any sentence (a field
# event's mark is metres, so none is read where one is named)
_MARK = re.compile(r"(?<![\w.,:$£€])(?P<n>\d{1,2}\.\d{1,2})(?![\w.,:]*\d)(?!\s*(?:%|-))")
_MARK_LEAD = re.compile(
    r"\b(?:(?P<verb>ran|runs|run|running|won\s+in|(?:second|third|fourth|fifth)\s+in|halfway\s+in|time\s+of)"
    r"|(?P<mark>(?:best|record|mark)\s+(?:of|was|is|stood\s+at)|clocked|clocking|clocks|timed"
    r"|finish(?:ed|ing)?\s+in|crossed\s+the\s+(?:finish\s+)?line\s+in))\s+$", re.I)
_RACE_CUE = re.compile(
    r"\b(?:\d+\s?(?:m|metres|meters)\b|hurdles?|sprint(?:s|er|ers)?|race|relay|steeplechase|clock(?:ed|ing|s)"
    r"|personal\s+best|season'?s\s+best|record|crossed\s+the\s+(?:finish\s+)?line|athletics|olympics?)", re.I)
_FIELD_EVENT = re.compile(r"\b(?:thr[eo]w|throwing|jump(?:s|ed|ing)?|jumper|vault(?:ed|er)?|shot[\s-]put|discus|javelin|hammer)\b", re.I)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def _own_sentence(sentence: str, at: int) -> str:
    """The sentence around `at` in a text the splitter read as one ("...in the women's 100m. There were...")."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(sentence)]
    start = max([b for b in breaks if b <= at], default=0)
    end = min([b for b in breaks if b > at], default=len(sentence))
    return sentence[start:end]


def _race_marks(sentence: str) -> Iterator[_Value]:
    """A race time in seconds written as a bare decimal, to within half its last digit."""
    if "." not in sentence:
        return
    cue: bool | None = None
    for m in _MARK.finditer(sentence):
        lead = _MARK_LEAD.search(sentence[max(0, m.start() - 30): m.start()])
        if lead is None or unit_after(sentence[m.end():]) is not None:
            continue
        # the field event its own sentence names: "clocked 10.79 in the women's 100m. There were also records in
        # the javelin", one sentence to the splitter after "100m.", is a sprint's time
        own = _own_sentence(sentence, m.start())
        field = _FIELD_EVENT.search(own) is not None
        if cue is None:
            cue = _RACE_CUE.search(sentence) is not None
        if not ((cue or lead.group("mark")) and not field):
            continue
        value = float(m.group("n"))
        decimals = len(m.group("n").partition(".")[2])
        if 9.0 <= value < 60:
            yield _seconds(m.start(), m.end(), value, precision=0.5 * 10 ** -decimals)


# "since the assault began 12 days ago", "the strike, which started three weeks ago": how long an
# ongoing thing has lasted, as well as the day it began
_ONGOING_SINCE = re.compile(
    rf"\b(?:{_alt((*ONSET_VERBS, 'launched', 'commenced'))})\s+(?:[\w'’-]+\s+){{0,7}}?"
    rf"(?P<n>\d{{1,3}}|{NUMBER_WORD})\s+(?:days?|weeks?|months?|years?)\s+ago\b", re.I)


def _ongoing_durations(sentence: str) -> Iterator[_Value]:
    """The duration so far of something that began "N days ago"."""
    if "ago" not in sentence:
        return
    numbers = {n.start: n for n in find_numbers(sentence)}
    for m in _ONGOING_SINCE.finditer(sentence):
        number = numbers.get(m.start("n"))
        value = _value(sentence, number, None) if number is not None and number.kind == "cardinal" else None
        if value is not None and value.quantity.dimension == "duration":
            yield value


def _seconds(start: int, end: int, value: float, *, precision: float) -> _Value:
    """A duration written in hours, minutes and seconds, as seconds to within `precision`."""
    quantity = Quantity(value, value - precision, value + precision, "seconds", "duration", precision=precision)
    return _Value(start, end, quantity, threshold=False, change=False)


# A board's decision verb and its object right before a tally: "approved the plan 6-2", "rejected it 5-4"; not
# a range further on ("approved the vaccine for children aged 6-11", "approved a plan to add 2-3 routes")
_DECIDED_BY = re.compile(rf"\b(?:{'|'.join(DECISION_VERBS)})\s+(?:(?:the|a|an|its|their|it)\s+)?(?:[\w'’-]+\s+){{0,2}}$", re.I)


_MONTH_OR_DAY = "|".join(m.capitalize() for m in (*MONTHS, *WEEKDAYS))
_BETWEEN_NAMES_BEFORE = re.compile(rf"(?:^|[:;]\s*)(?:[A-Z][a-z]+\s+)?(?!(?:{_MONTH_OR_DAY})\b)[A-Z][a-z]{{2,}}\s+$")
_BETWEEN_NAMES_AFTER = re.compile(rf"\s+(?!(?:{_MONTH_OR_DAY})\b)[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]+)?\s*(?:[:;,]|$)")


def _scores(sentence: str) -> Iterator[_Value]:
    """Scores and win-loss records: "a 31-24 victory", "the Colts (11-4)", "an early 14-0 lead";
    a vote's tally in words ("by 231 votes to 188") is one as well."""
    for start, end, first, second in _vote_tallies(sentence):
        yield _score(start, end, first, second, "score", "score")
    for m in _SCORE.finditer(sentence):
        near = {w.lower() for w in _WORD.findall(sentence[max(0, m.start() - 40): m.end() + 25])}
        record = sentence[m.start() - 1: m.start()] == "(" and sentence[m.end(): m.end() + 1] == ")" and re.search(
            r"[A-Z][a-z]+\s\($", sentence[: m.start()])
        tally = (near & TALLY_WORDS or _DECIDED_BY.search(sentence, max(0, m.start() - 40), m.start())) \
            and unit_after(sentence[m.end():], allow_count=False) is None
        # a headline's "Scotland 27-20 Australia": a score between two names
        between_names = _BETWEEN_NAMES_BEFORE.search(sentence, 0, m.start()) and _BETWEEN_NAMES_AFTER.match(sentence, m.end())
        # ...or one a level or a break tells, close by: "level at 20-20", "17-10 at half-time", "a 1-1 draw"
        close = {w.lower() for w in _WORD.findall(sentence[max(0, m.start() - 40): m.start()])[-4:]
                 + _WORD.findall(sentence[m.end(): m.end() + 40])[:3]}
        if not (near & SCORE_WORDS or close & LEVEL_SCORE_WORDS or record or tally or between_names):
            continue
        yield _score(m.start(), m.end(), int(m.group("a")), int(m.group("b")), "score", "record" if record else "score")


def _score(start: int, end: int, a: int, b: int, unit: str, counted: str) -> _Value:
    """A score of `a` to `b` at sentence[start:end]: a result or a record, a bowler's figures, a horse's odds."""
    value = score_value(a, b)
    return _Value(start, end, Quantity(value, value, value, unit, "score"), threshold=False, change=False, counted=counted)


# Cricket figures as a scorecard or a report writes them, in a sentence that speaks cricket: a bowler's
# wickets for runs ("5-48", "5 for 48", "figures of four for 77": ten wickets at most, then the runs) and a
# side's runs for wickets ("158-3", "158 for three", "were 32 for two": the runs, then ten wickets at most).
# Each is the named player's or side's own (the last name before it, a scorecard's brackets left out): the
# name is part of the unit, so that two bowlers' figures, or two sides' scores, are never compared.
_CRICKET_FIGURES = re.compile(
    r"(?<![\w.,/:$£€-])(?P<a>\d{1,3}|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten))"
    r"(?P<join>\s?-\s?|\s+for\s+)(?P<b>\d{1,3}|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten))"
    r"(?![\w/:%-]|[.,]\d|\s?-\s?\d)", re.I)
_NOT_CRICKET_NAMES = frozenset([*"The A An He She They It His Her Their This That In On At After When But And With "
                                 "Day Test Tests Oval".split(), *_MONTH_OR_DAY.split("|")])
_SCORE_AT = re.compile(r"\b(?:on|at|to|reached|were|was)\s+$")
_BRACKETED = re.compile(r"\([^()]*\)")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’]*")
_FIGURES_VERB_BEFORE = re.compile(r"\b(?:figures|taking|took|takes|returned)\s+(?:of\s+)?$", re.I)
_SCORE_END = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:on|at|in|after|before|with|when|by|at)\s", re.I)
BOWLING_FIGURES = "bowling figures"
INNINGS_SCORE = "innings score"


def cricket_sentence(sentence: str) -> bool:
    """Whether a sentence speaks cricket ("wickets", "innings", "bowled", "unbeaten", "Test")."""
    return CRICKET_WORDS.search(sentence) is not None


def _cricket_name(sentence: str, at: int) -> str:
    """The last name written before `at` in its sentence (within 120 characters, a bracket's content
    left out): "Matt Henry's 5-46" Henry, "New Zealand finished on 158 for 3" Zealand; else ""."""
    left = _BRACKETED.sub(" ", sentence[max(0, at - 160): at])[-120:]
    for m in reversed(list(_CAPITALISED.finditer(left))):
        word = strip_possessive(m.group(0))
        opening = not left[: m.start()].strip(" \"“'‘") and at <= len(left)
        if opening and word.endswith(("ing", "ly", "ed")):
            continue  # "Coming in at 32 for two": a sentence's first word, no name
        if word not in _NOT_CRICKET_NAMES and len(word) > 1 and not word.isupper():
            return word
    return ""


def _cricket_figures(sentence: str) -> Iterator[_Value]:
    """A bowler's figures and a side's score in wickets ("5-48", "158 for three"), in a cricket sentence."""
    if not ("-" in sentence or " for " in sentence):
        return
    cricket = cricket_sentence(sentence)
    for m in _CRICKET_FIGURES.finditer(sentence):
        a, b = (int(x) if x.isdigit() else UNITS[x.lower()] for x in (m.group("a"), m.group("b")))
        if a <= 10 < b:
            what = BOWLING_FIGURES
        elif b <= 10 < a:
            what = INNINGS_SCORE
        else:
            continue
        if not cricket and not (what == INNINGS_SCORE and m.group("join").strip() == "for"
                                and _SCORE_AT.search(sentence, max(0, m.start() - 20), m.start())
                                and _SCORE_END.match(sentence, m.end())):
            continue  # outside cricket words, only a side's "finished on 158 for 3", "were 32 for two"
        if what == BOWLING_FIGURES and m.group("join").strip() == "for" and not m.group("a").isdigit() \
                and not _FIGURES_VERB_BEFORE.search(sentence, 0, m.start()):
            continue  # "one for 20" in a sentence is a bowler's only with its verb or "figures of"
        name = _cricket_name(sentence, m.start())
        if not name:
            continue
        yield _score(m.start(), m.end(), a, b, f"{what} {name}", what)


# A horse's odds as a racing report writes them, each the named horse's own (its name in the unit, so that
# two horses' prices are never compared): "Copper Lane, a 33-1 outsider, won", "the 10-1 shot Harbour Rogue",
# "Favourite Lord Ardmore, sent off at 5-1", "Harbour Rogue stayed on for second at 10-1, with Kingsmill Boy
# third at 20-1" (the horse its clause opens with). A price no horse is named for ("steering the 33-1 chance
# home") and a price for a race to come ("cut to 20-1 for next year's race") are left out.
_ODDS = re.compile(r"(?<![\w.,/:$£€-])(?P<a>\d{1,3})\s?[-/]\s?(?P<b>\d{1,2})(?![\w/:%-]|[.,]\d|\s?-\s?\d)")
_ODDS_NOUN = re.compile(r"\s+(?:joint[- ])?(?:shot|chance|outsider|favourite|favorite|second\s+favourite)\b", re.I)
_ODDS_BEFORE = re.compile(r"\b(?:at|sent\s+off\s+at|odds\s+of|price\s+of|starting\s+price\s+of|an?|the)\s+$", re.I)
_ODDS_ELSEWHERE = re.compile(r"\b(?:cut|shortened|drifted|eased|into|from)\s+(?:to\s+)?$|^[^.;]{0,25}\bnext\s+(?:year|season|time)", re.I)
_RACING_WORDS = re.compile(r"\b(?:horses?|jockeys?|trainer|trained|lengths?|furlongs?|fences?|hurdles?|racing|racecourse|"
                           r"outsider|favourite|bookmakers|odds|(?-i:Derby|Grand\s+National|Gold\s+Cup|Stakes))\b",
                           re.I)  # words of the sport and kinds of race (in capitals), not a course's or a place's name
_HORSE = r"(?P<horse>[A-Z][a-z'’]+(?:\s+(?:[A-Z][a-z'’]+|of|the|de)){0,3})"
_HORSE_AFTER = re.compile(r"\s*,?\s+" + _HORSE + r"\b")
_HORSE_OPENS = re.compile(r"\s*(?:(?:The\s+)?(?:[Ff]avourite|[Oo]utsider|winner)\s*,?\s+)?" + _HORSE + r"\b(?=\s*[,;]|\s+(?:[a-z]|at\b))")
_NOT_HORSES = frozenset([*"The A An He She They It His Her Their This That In On At After When".split(), "But", "And", "With", "Grand", "Favourite", "Trainer", "Jockey"])
RACING_ODDS = "odds"


# ...and a result table's rows: a place, a horse, its price ("1 Copper Lane 33-1", "4 Lord Ardmore 5-1 fav")
_ODDS_ROW = re.compile(r"(?P<place>\d{1,2})\s+" + _HORSE + r"\s+(?P<a>\d{1,3})[-/](?P<b>\d{1,2})(?:\s+j?fav)?")
_ODDS_ROWS = re.compile(r"\s*(?:" + _ODDS_ROW.pattern.replace("?P<", "?:<").replace("(?:<place>", "(?:").replace("(?:<horse>", "(?:")
                        .replace("(?:<a>", "(?:").replace("(?:<b>", "(?:") + r"\s*)+")


def _racing_odds(sentence: str) -> Iterator[_Value]:
    """A named horse's odds ("a 33-1 outsider", "at 10-1"), in a sentence that speaks racing."""
    if not ("-" in sentence or "/" in sentence):
        return
    if _ODDS_ROWS.fullmatch(sentence):
        for m in _ODDS_ROW.finditer(sentence):
            a, b = int(m.group("a")), int(m.group("b"))
            if b and a >= b:
                yield _score(m.start("a"), m.end("b"), a, b, f"{RACING_ODDS} {m.group('horse')}", RACING_ODDS)
        return
    if _RACING_WORDS.search(sentence) is None:
        return
    for m in _ODDS.finditer(sentence):
        a, b = int(m.group("a")), int(m.group("b"))
        left = sentence[: m.start()]
        noun = _ODDS_NOUN.match(sentence, m.end())
        lead = _ODDS_BEFORE.search(left)
        if b == 0 or a < b or lead is None or (lead.group(0).lower().strip() in ("a", "an", "the") and noun is None):
            continue  # a price is written "at 10-1", "a 33-1 shot", "the 5-1 favourite"
        if _ODDS_ELSEWHERE.search(left[-30:]) or _ODDS_ELSEWHERE.match(sentence, m.end()):
            continue
        horse = None
        after = _HORSE_AFTER.match(sentence, noun.end()) if noun else None
        if after and after.group("horse").split()[0] not in _NOT_HORSES:
            horse = after.group("horse")
        elif not (noun and lead.group(0).lower().strip() == "the"):
            clause = max(left.rfind(", with "), left.rfind(": "), left.rfind("; "))
            opening = _HORSE_OPENS.match(sentence, clause + (6 if left.startswith(", with ", clause) else 1) if clause >= 0 else 0)
            if opening and opening.start("horse") < m.start() and opening.group("horse").split()[0] not in _NOT_HORSES:
                horse = opening.group("horse")
        if not horse:
            continue
        yield _score(m.start(), m.end(), a, b, f"{RACING_ODDS} {horse}", RACING_ODDS)


_CRICKET_ONLY = re.compile(rf"\b(?:{CRICKET_ONLY_WORDS})\b")


# A batter's runs and a side's innings total, in a cricket report, each the named batter's or side's own
# (the name in the unit) and told which innings when the sentence says it ("first innings", "in their
# second innings", "second time around"; a scorecard's "and 301 (...)" is the side's second): "Ravindra made
# 132", "Ravindra's 132", "an unbeaten 64", "Sri Lanka were bowled out for 243", "New Zealand's 389", a
# scorecard's "R Ravindra 132" or "Sri Lanka 243 (". The target a side chases ("chasing 156", "a target of
# 156") and a first-innings lead ("a lead of 146") are the match's own.
_RUNS_N = r"(?P<n>\d{1,3})(?![\w/:%-]|[.,]\d|\s*(?:-|for\s+\d|for\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))"
_RUNS_NAME = r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+(?:de\s+|van\s+|du\s+)?[A-Z][\w'’-]+){0,2})"
_NOT_RUNS_AFTER = re.compile(r"\s+(?:(?:not\s+out|runs?|[a-z]+)\s+)?(?:wickets?|balls?|overs?|per|years?|people|times|matches|"
                             r"games|goals?|points?|tries|appearances|caps|centuries|sixes|fours|minutes|days|(?!runs\b)[a-z]{3,}s)\b", re.I)
_BATTER_RUNS = re.compile(
    _RUNS_NAME + r"(?:(?:['’]s|(?<=s)['’])\s+(?:(?:first|second)[- ]innings\s+(?:of\s+|total\s+of\s+)?)?|"
    r"\s+(?:(?:made|hit|scored|added|struck|contributed|compiled|posted|reached|making|hitting|scoring|adding)\s+"
    r"(?:(?:a|an|his|her|their)\s+)?(?:(?:unbeaten|brisk|patient|fluent|superb|fine|quickfire|gritty|composed|"
    r"career-best|maiden|valuable|useful|first-innings|second-innings|battling)\s+)?|"
    r"(?:was|were|is|finished|ended|remained)\s+(?:not\s+out\s+|unbeaten\s+)?on\s+|"
    r"(?:were|was)\s+(?:bowled\s+out|dismissed|all\s+out|out)\s+for\s+|(?:fell|falls|departed|went)\s+for\s+|"
    r"top-?scored\s+with\s+|"
    r"(?:[a-z]\w*\s+){0,6}?an?\s+unbeaten\s+))" + _RUNS_N)
_SIDE_TO = re.compile(r"\b(?:(?:help(?:ed|s|ing)?|guide[sd]?|steer(?:ed|s)?|take|took|takes|reduced|reduce|lift(?:ed)?)\s+"
                      + _RUNS_NAME + r"\s+to\s+|(?:bowl(?:ed|ing|s)?|dismiss(?:ed|ing|es)?|skittl(?:ed|ing|es?)|"
                      r"knock(?:ed|ing|s)?)\s+" + _RUNS_NAME.replace("?P<name>", "?P<name2>") + r"\s+(?:out\s+)?for\s+)" + _RUNS_N)
_SCORECARD_BATTER = re.compile(r"[(,;]\s*[A-Z]{1,2}\s+(?P<name>(?:(?:de|van|du)\s+)?[A-Z][\w'’-]+)\s+(?P<n>\d{1,3})(?:\s?no|\*)?(?=\s*[,;)])")
_SCORECARD_SIDE = re.compile(r"(?:" + _RUNS_NAME + r"|\band)\s+(?P<n>\d{2,3})(?:\s+all\s+out)?\s+\(")
_MATCH_RUNS = re.compile(r"\b(?:(?P<target>(?i:chas(?:ing|ed|e))\s+(?:down\s+)?|target\s+of\s+|(?i:need(?:ing|ed|s)?|requir(?:ing|ed))\s+"
                         r"(?=\d{2,3}\s+(?:runs\s+)?to\s+win\b))|"
                         r"(?P<lead>(?:first-innings\s+)?lead\s+of\s+))" + _RUNS_N)
_FIRST_INNINGS = re.compile(r"\bfirst(?:\s+|-)innings\b|\bin\s+reply\b|\bon\s+(?:day\s+one|the\s+opening\s+day|the\s+first\s+day)\b", re.I)
_SECOND_INNINGS = re.compile(r"\bsecond(?:\s+|-)innings\b|\bsecond\s+time\s+around\b|\bsecond\s+dig\b", re.I)
CRICKET_RUNS = "runs"


def _innings(sentence: str, at: int | None = None) -> str:
    """The innings a sentence names (" first innings", " second innings"), or ""; naming both, the one
    right after the figure ("80 in the first innings"), else the last before it ("Sri Lanka's first innings
    of 243 left them behind New Zealand's 389")."""
    cues = sorted([(m.start(), m.end(), " first innings") for m in _FIRST_INNINGS.finditer(sentence)]
                  + [(m.start(), m.end(), " second innings") for m in _SECOND_INNINGS.finditer(sentence)])
    if len({c[2] for c in cues}) == 1:
        return cues[0][2]
    if not cues or at is None:
        return ""
    after = [c for c in cues if at <= c[0] <= at + 30]
    before = [c for c in cues if c[1] <= at]
    return after[0][2] if after else before[-1][2] if before else ""


def _cricket_runs(sentence: str) -> Iterator[_Value]:
    """A batter's runs and a side's innings total, the chase's target and a first-innings lead, in a
    cricket report's sentence."""
    found: list[tuple[int, int, str]] = []
    side = ""
    for m in _SCORECARD_SIDE.finditer(sentence):
        if m.group("name"):
            side = m.group("name").split()[-1]
            found.append((m.start("n"), m.end("n"), f"{CRICKET_RUNS} {side} first innings"))
        elif side:
            found.append((m.start("n"), m.end("n"), f"{CRICKET_RUNS} {side} second innings"))
    for m in _SCORECARD_BATTER.finditer(sentence):
        bracket = sentence.rfind("(", 0, m.start() + 1)
        if bracket < 0 or ")" in sentence[bracket: m.start()]:
            continue
        which = "second" if re.search(r"\band\s+\S+\s*$", sentence[:bracket]) else "first"
        found.append((m.start("n"), m.end("n"), f"{CRICKET_RUNS} {m.group('name').split()[-1]} {which} innings"))
    for m in (*_BATTER_RUNS.finditer(sentence), *_SIDE_TO.finditer(sentence)):
        name = (m.group("name") or m.groupdict().get("name2") or "").split()[-1]
        if name in _NOT_CRICKET_NAMES or _NOT_RUNS_AFTER.match(sentence, m.end("n")):
            continue
        own = _innings(m.group(0))  # "Sri Lanka's first innings of 243": the innings the figure's words name
        found.append((m.start("n"), m.end("n"), f"{CRICKET_RUNS} {name}{own or _innings(sentence, m.start('n'))}"))
    for m in _MATCH_RUNS.finditer(sentence):
        if _NOT_RUNS_AFTER.match(sentence, m.end("n")):
            continue
        found.append((m.start("n"), m.end("n"), f"{CRICKET_RUNS} {'target' if m.group('target') else 'lead'}"))
    taken: set[int] = set()
    for start, end, unit in sorted(found):
        if start in taken:
            continue
        taken.add(start)
        value = float(sentence[start:end])
        yield _Value(start, end, Quantity(value, value, value, unit, "count"), threshold=False, change=False,
                     counted=CRICKET_RUNS)


def _is_range(sentence: str, low: NumberMatch, high: NumberMatch) -> bool:
    """ "19 to 20", "19-20", "between 19 and 20", "three or four": one value, two ends. A list
    ("$178 million and $184 million") or alternatives out of order are not ranges."""
    between = sentence[low.end:high.start]
    repeated = _UNIT_BEFORE_JOIN.match(between)  # "between 30% and 40%", "5km-10km": the unit twice
    if repeated and sentence[high.end:].lstrip().startswith(repeated.group("unit")):
        between = between[repeated.end():]
    else:
        repeated = None
    join = _RANGE_JOIN.match(between)
    if not join or high.value <= low.value or low.kind == "fraction" != high.kind:
        return False  # "fell by a fifth to €1.2bn": a change, then the level
    word = join.group("join").lower()
    if repeated and word not in ("-", "–", "—", "and"):
        return False  # "from 5% to 10%" is a change from one to the other
    signed = join.group(0).strip().lower() != word  # "$2 to $85": each end has its own sign
    changed_by = _CHANGED_BY.search(sentence[: low.start])
    if word == "to" and changed_by and high.value >= 5 * low.value and (signed or changed_by.group("by")):
        return False  # "oil rose $2 to $85", "claims fell by 12,000 to 370,000": by how much, then to what
    if word == "to" and ((signed or low.kind == high.kind == "cardinal" and _TOLL_FROM.search(sentence, 0, low.start))
                         and _CHANGED_FROM.search(sentence[: low.start])
                         or _NUMBER_OF_FROM.search(sentence, 0, low.start)):
        return False  # "exports grew from $2 billion to $85 billion", "the number of seats from 65 to 125"
    if word == "and":
        return bool(_BETWEEN.search(sentence[: low.start]))
    if word == "or":
        return high.value <= 2 * low.value and low.form == high.form == "words"
    return True


_ALNUM = re.compile(r"[A-Za-z0-9]")
_UNIT_HYPHEN = re.compile(r"\d\s?-$")
_CODE_BEFORE = re.compile(r"(?:^|\s)(?!A |I )[A-Z]{1,4}[- ]$")
_NAME_AFTER = re.compile(r"-(?!Plu)[A-Z]|ers?\b")  # "Five-Year Plan", "the 76ers" (a headline's "4-Plus" is a value)
_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*-$")
# A broadcaster's brand with its channel number: "23ABC News", "told 17 News", "13 Action News",
# "WSFA 12 News" (a station's name, no figure; but "17 News Outlets" counts outlets).
_STATION_AFTER = re.compile(r"(?:[A-Z]{2,4})?\s?(?:(?:Action|Eyewitness|First\s+Alert)\s+)?News\b"
                            r"(?!\s+(?:[Oo]utlets|[Oo]rgani[sz]ations|[Ss]ites|[Ss]tories|[Aa]gencies|[Aa]nchors|[Rr]eports"
                            r"|[Cc]rews|[Cc]hannels|[Pp]apers|[Ww]ebsites)\b)")
_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s|\bwhile\b|\bwhereas\b|\bbut\b|\band\b")
# The speaker of a quote, picked out by "one": '"We heard a bang," said one resident', "One witness told
# the station ...", "one fan, who asked not to be named, said": a voice from the crowd, not a count
# (but "One man said to be the driver": a person the report counts).
_SPEECH = r"(?:said|says|told|recalled|added|explained|wrote|asked|remembered)"
_SPEAKER_BEFORE = re.compile(rf"[\"”’,]\s*{_SPEECH}\s+$", re.I)
_SPEAKER_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?[a-z]+(?:\s*,[^,]{{1,60}},)?\s+{_SPEECH}\b(?!\s+to\b)")


# "the No. 5 seed", "the world No. 3", "seeded No. 2", "ranked No 8", "the world number seven": a rank,
# counted like "the fifth seed"
_RANK_NO = re.compile(r"\b(?:No\.?|[Nn]umber)\s?$")
_RANK_NOUN = re.compile(rf"\s+({_alt(RANK_NOUNS, literal=True)})\b")
_RANKED_BEFORE = re.compile(r"\b(?:world|ranked|seeded)\s+(?:No\.?|number)\s?$", re.I)
_IN_THE_RANKINGS = re.compile(r"\s+in\s+the\s+(?:(?:world|[A-Z]+|new|latest)\s+)?rankings?\b")
# "the seventh-ranked Arcangeli", "seeded seventh", "ranked 12th", "will rise to fifth in the world rankings"
_ORDINAL_RANKED = re.compile(r"-(ranked|seeded)\b", re.I)
_RANKED_ORDINAL = re.compile(r"\b(ranked|seeded)\s+(?:(?:as\s+high\s+as|as\s+low\s+as|a\s+career-high|world)\s+)?$", re.I)
_RISE_TO = re.compile(r"\b(?:rise|rises|rose|risen|climb|climbs|climbed|move|moves|moved|jump|jumps|jumped|up|"
                      r"drop|drops|dropped|fall|falls|fell|slip|slips|slipped|down)\s+to\s+$", re.I)


def _rank(sentence: str, number: NumberMatch) -> UnitMatch | None:
    """The rank "No. 5" gives before a rank noun or after "world"/"ranked", else None."""
    opening = _RANK_NO.search(sentence, 0, number.start)
    if opening is None or number.kind != "cardinal" or (number.form != "digits" and "umber" not in opening.group(0)):
        return None
    noun = _RANK_NOUN.match(sentence, number.end)
    if noun is None and not _RANKED_BEFORE.search(sentence, 0, number.start) and not (
            opening.group(0).startswith("No") and _IN_THE_RANKINGS.match(sentence, number.end)):
        return _new_rank(sentence, number, before=number.start - opening.start())  # "moves her to No. 3 in the world"
    unit = noun.group(1) if noun else "rank"
    if noun is None and _RISE_TO.search(sentence, 0, opening.start()):
        # "will move up to No. 5 in the rankings": a rank to come, which the rank held is not
        return _new_rank(sentence, number, before=number.start - opening.start())
    return UnitMatch(unit, "count", before=number.start - opening.start(), measure="rank" if unit == "rank" else "")


# A storm's category on its scale: "a Category 2 hurricane", "strengthened to Category 4", "a category-five
# typhoon": a level, in a sentence about a storm
_CATEGORY_BEFORE = re.compile(r"\b[Cc]ategory[\s-]$")
_STORM_WORDS = re.compile(rf"\b(?:{_alt(STORM_WORDS, literal=True)}|winds?)\b", re.I)


# "in the 4100 block of Sunbury Road", "the 800 block of Center Street South": US police and local news
# place an event by the hundred-block of a street; the number is where it happened, one per street.
STREET_BLOCK = "street block"
_STREET_BLOCK_AFTER = re.compile(
    r"\s+block\s+of\s+(?P<street>(?:[A-Z0-9][\w'.-]*\s+){0,4}?[A-Z0-9][\w'.-]*)(?=[\s,.;:]|$)")
_STREET_WORDS = frozenset("north south east west n n. s s. e e. w w. northeast northwest southeast southwest ne nw se sw "
                          "street st st. avenue ave ave. road rd rd. boulevard blvd blvd. drive dr dr. lane ln ln. "
                          "place pl court ct way parkway pkwy highway hwy circle terrace trail".split())


def _street_block(sentence: str, number: NumberMatch) -> UnitMatch | None:
    """A hundred-block of a street ("the 4100 block of Sunbury Road"): a count of its own unit,
    whose measure is the street's name (`block_street`)."""
    m = _STREET_BLOCK_AFTER.match(sentence, number.end)
    if m is None or number.form != "digits" or number.kind != "cardinal" or number.value % 100 or not number.value:
        return None
    return UnitMatch(STREET_BLOCK, "count", after=len(sentence[number.end:m.start("street")].rstrip()) - len(" of"))


def block_street(sentence: str, end: int) -> str:
    """The street a hundred-block ending at `end` is of, by its name alone ("Sunbury Road", "N. Temple
    Ave.": "sunbury", "temple"): what two reports of one place share however they spell its suffix."""
    m = re.match(r"\s*of\s+(?P<street>[^,;:]*)", sentence[end:])
    words = [w.lower().strip(".") for w in (m.group("street").split() if m else [])]
    name = [w for w in words if w not in _STREET_WORDS and w + "." not in _STREET_WORDS and w]
    return name[0] if name else ""


def _storm_category(sentence: str, number: NumberMatch) -> UnitMatch | None:
    """The category a storm is rated, a level from 1 to 5, or None."""
    opening = _CATEGORY_BEFORE.search(sentence, 0, number.start)
    if opening is None or number.kind != "cardinal" or not 1 <= number.value <= 5 or not _STORM_WORDS.search(sentence):
        return None
    return UnitMatch("category", "count", before=number.start - opening.start(), measure="category")


# The day (week, ...) of a run, a count of how long it has gone on: "the third straight day", "a fourth
# consecutive day", "the heatwave is in its fourth day", "sizzles for third day", "for a fifth day running"
# (but "on the third day of the trial" is a day, not a run; an event in progress runs in days or weeks, while
# "the third consecutive year of growth" is a trend's description, left out)
_RUN_NOUN = re.compile(r"\s+(?:(?P<streak>straight|consecutive|successive)\s+)?(?P<noun>day|night|week)\b(?!-)"
                       r"(?P<running>\s+(?:running|in\s+a\s+row)\b)?", re.I)
_RUN_BEFORE = re.compile(r"(?:\b(?:for|into|entered|enters|entering)\s+(?:(?:a|an|the|its|their)\s+)?|"
                         r"\bin\s+(?:its|their)\s+)$", re.I)


# "on Wednesday, the third day of a protest", "Friday was the fifth day of the strike": a day told as the day of the
# run the noun after "of" names (not "on the third day of the trial": when an event fell; nor a calendar's: "the
# second week of January", "the third day of the month")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_RUN_DAY_IS = re.compile(r"(?:,|\b(?:is|was|marks|marked|became|becomes))\s+the\s+$", re.I)
_RUN_OF = re.compile(r"\s+of\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?P<event>[a-z]+)\b")
_CALENDAR_NOUNS = frozenset(("month", "year", "week", "season", "term", "quarter", "half", "semester", *MONTHS))


def _ordinal_run(sentence: str, number: NumberMatch) -> UnitMatch | None:
    """The day of a run an ordinal gives, counted in days: "the third straight day", "in its fourth day",
    "the third day of a protest"."""
    run = _RUN_NOUN.match(sentence, number.end)
    if run is None or number.value < 2:
        return None
    of = _RUN_OF.match(sentence, run.end()) if _RUN_DAY_IS.search(sentence, 0, number.start) else None
    if not (run.group("streak") or run.group("running") or _RUN_BEFORE.search(sentence, 0, number.start)
            or of is not None and of.group("event") not in _CALENDAR_NOUNS):
        return None
    return UnitMatch(run.group("noun").lower(), "count", after=run.end("noun") - number.end)


# The rank a result moves a player to, in a ranking the sentence names: "will rise to fifth in the world",
# "move up to No. 5 in the rankings", "lifted him to 23rd in the Race to Dubai": the new rank, apart from
# the rank held before, and the named player's own (the last name before it: two players' new ranks are
# never compared)
_NEW_RANK_BEFORE = re.compile(r"\b(?:rise|rises|rose|risen|climb|climbs|climbed|climbing|move|moves|moved|moving|jump|jumps|"
                              r"jumped|lift|lifts|lifted|lifting|take|takes|took|taking|drop|drops|dropped|fall|falls|fell|"
                              r"slip|slips|slipped)(?:\s+(?:him|her|them|up|down|back))?\s+to\s+(?:No\.?\s?|number\s+)?$", re.I)
_NEW_RANK_AFTER = re.compile(r"\s+in\s+the\s+(?:world\b|(?:new\s+|latest\s+|world\s+)?rankings?\b|"
                             r"(?:[A-Z][\w-]*\s+){1,3}(?:rankings?|standings)\b|Race\s+to\s+[A-Z]\w+|order\s+of\s+merit\b)")
NEW_RANK = "new rank"


def _new_rank(sentence: str, number: NumberMatch, *, before: int = 0) -> UnitMatch | None:
    if not 1 <= number.value <= 999 or not float(number.value).is_integer() \
            or _NEW_RANK_BEFORE.search(sentence, max(0, number.start - before - 40), number.start - before) is None \
            or _NEW_RANK_AFTER.match(sentence, number.end) is None:
        return None
    name = _cricket_name(sentence, number.start - before)  # the player's own: "Doherty, who climbs to 41st"
    return UnitMatch(f"{NEW_RANK} {name}".strip(), "count", before=before, measure=NEW_RANK)


def _ordinal_rank(sentence: str, number: NumberMatch) -> UnitMatch | None:
    """The rank or seeding an ordinal gives: "seventh-ranked", "seeded seventh", "rise to fifth in the world"."""
    if (new := _new_rank(sentence, number)) is not None:
        return new
    glued = _ORDINAL_RANKED.match(sentence, number.end)
    if glued:
        unit = "seed" if glued.group(1).lower() == "seeded" else "rank"
        return UnitMatch(unit, "count", after=glued.end() - number.end, measure=unit)
    before = _RANKED_ORDINAL.search(sentence, 0, number.start)
    if before:
        unit = "seed" if before.group(1).lower() == "seeded" else "rank"
        return UnitMatch(unit, "count", measure=unit)
    return None


# "the eighth person on a bicycle to be killed", "the third woman to die", "a fourth person has died", a headline's
# "Second person dies", "Third victim dies": a person who is one more of the dead so far counts them, as "the ninth
# cyclist killed" does (a bare "the first person to climb" is no count)
_ORDINAL_VICTIM = re.compile(r"\s+(?:person|man|woman|victim)(?:\s+(?:on|in|from|of|riding)\s+[\w\s'’-]{1,30}?)?"
                             r"\s+(?:to\s+(?:be\s+|have\s+been\s+)?|(?:who\s+(?:was|has\s+been)\s+)|(?:has|had)\s+(?:now\s+|since\s+)?(?:been\s+)?)?"
                             r"(?:killed|dies|die|died|slain|shot\s+dead|fatally\s+shot|fatally\s+struck)\b", re.I)


def _ordinal_victim(right: str) -> UnitMatch | None:
    victim = _ORDINAL_VICTIM.match(right)
    return UnitMatch("people", "count", measure="killed") if victim else None


# A time unit and a word of lead or lag after a number: a gap in time ("12 seconds ahead", "five minutes later")
_GAP_AFTER = re.compile(r"\s+(?:seconds?|minutes?|hours?|secs?|mins?)\s+(?:ahead|behind|clear|later|earlier|after|before)\b", re.I)


# Golf scoring, as a tournament report writes it, for the player the sentence opens with (a score is
# a player's own: "Doherty, who shot 68, finished on 16 under"; a sentence opening "The 24-year-old" names
# no one, and its score is left out). A score to par is its own unit, strokes against par ("finished on
# 19-under-par", "19 under par", "was third on 15 under"); the day's round score follows "a"/"his"/"closing"/
# "final-round" or "shot"/"carded" ("a final-round 66", "carded a 68", "signed for a closing 70"), an earlier
# round's ("his opening 63") is not the day's ("closing", "carded" and "final-round" say golf of themselves); the total follows its score to par ("19-under 265"); a
# place follows "finished"/"tied for" or comes before "place" ("finished second", "alone in second place").
# A bare number in other news is no golf score: each reading needs a golf word in the sentence.
_GOLF_WORDS = re.compile(r"\b(?:par|birdie[sd]?|birdying|eagle[sd]?|bogey(?:s|ed)?|rounds?|carded|cards|carding|"
                         r"shot\s+a|holes?|golf\w*|\d+\s?-?\s?(?:under|over)(?:-par)?)\b", re.I)
_PLAYER_OPENS = re.compile(r"(?:[A-Z][\w-]*(?:'s|’s)\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=,|\s+[a-z])")
_NOT_PLAYERS = frozenset("The A An He She They It His Her Their This That In On At After When".split())
_TO_PAR = re.compile(r"(?P<dash>-|\s)(?P<side>under|over)(?P<par>(?:-|\s)par)?\b(?![-\w])", re.I)
_ON_TO_PAR = re.compile(r"\b(?:on|at|finished|finishes|finish)\s+$", re.I)
_TO_PAR_END = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:after|with|and|in|for|to|on|at|\d{3})\b", re.I)
_ROUND_LEAD = re.compile(r"\b(?P<lead>a|an|his|her|their|closing|final|[a-z]+-round|shot|shoots|shooting|"
                         r"carded|cards|carding|signed\s+for|posted|posts|fired|fires|returned)\s+"
                         r"(?:(?:a|an|[a-z]+-(?:round|under|over|par|free|best|record)|closing|opening|final|superb|"
                         r"brilliant|stunning|sizzling|blistering|fine|solid|impressive|level-par|even-par)\s+){0,2}$", re.I)
_OWN_ROUND_LEAD = re.compile(r"\b(?:closing|carded|cards|carding|final-round|fourth-round)\b", re.I)
_EARLIER_ROUND = re.compile(r"\b(?:opening|first-round|second-round|third-round)\b", re.I)
_ROUND_CUE = re.compile(r"\b(?:par|birdie|eagle|bogey|round|carded|shot\s+a|hole|under|over)", re.I)
_ROUND_END = re.compile(r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:to|on|and|in|for|after|with|at|before|as|but|that|which|while|"
                        r"was|is)\b", re.I)
_ROUND_TO_PAR = re.compile(r"\s+(?:[5-8]\d)\b(?![-.,]\d)")
_TOTAL_AFTER_PAR = re.compile(r"(?:under|over)(?:-par|\s+par)?\s+$", re.I)
GOLF_SCORE_UNITS = frozenset({"stroke under par", "stroke over par", "round stroke under par", "round stroke over par", "stroke",
                              "place"})


@lru_cache(maxsize=1 << 12)
def _golf_sentence(sentence: str) -> bool:
    """Whether a sentence says golf words: read once per sentence, not once per bare number in it."""
    return _GOLF_WORDS.search(sentence) is not None


def golf_player(sentence: str) -> tuple[str, ...]:
    """The player a golf report's sentence opens with ("England's Tom Ashby was third": Tom, Ashby), or ()."""
    opening = _PLAYER_OPENS.match(sentence)
    if opening is None or opening.group("name").split()[0] in _NOT_PLAYERS:
        return ()
    return tuple(opening.group("name").split())


def _golf_score(sentence: str, number: NumberMatch, last: NumberMatch) -> UnitMatch | None:
    """A golf score a bare number gives: strokes to par, the day's round, a total; else None."""
    if number is not last or number.kind != "cardinal" or not float(number.value).is_integer():
        return None
    golf = _golf_sentence(sentence)
    if not golf and _OWN_ROUND_LEAD.search(sentence) is None:
        return None
    left = sentence[: number.start]
    lead = _ROUND_LEAD.search(left) if number.form == "digits" and 55 <= number.value <= 89 else None
    own_lead = lead is not None and _OWN_ROUND_LEAD.search(lead.group(0)) is not None  # "a closing 70" is golf itself
    if not (own_lead or golf) or not golf_player(sentence):
        return None
    to_par = _TO_PAR.match(sentence, number.end)
    if to_par and number.value <= 40 and (to_par.group("par") or to_par.group("dash") == "-" or _ON_TO_PAR.search(left)) and (
            _TO_PAR_END.match(sentence, to_par.end())):
        side = to_par.group("side").lower()
        return UnitMatch(f"stroke {side} par", "count", after=to_par.end() - number.end, measure=f"{side} par")
    if to_par and number.value <= 15 and to_par.group("dash") == "-" and _ROUND_TO_PAR.match(sentence, to_par.end()) \
            and _ROUND_LEAD.search(left):
        # "signed for a five-under 66": the day's round to par, not the total
        side = to_par.group("side").lower()
        return UnitMatch(f"round stroke {side} par", "count", after=to_par.end() - number.end, measure=f"round {side} par")
    if number.form != "digits":
        return None
    if lead and _ROUND_END.match(sentence, number.end):
        if not _EARLIER_ROUND.search(lead.group(0)) and (own_lead or _ROUND_CUE.search(sentence)):
            return UnitMatch("stroke", "count", measure="round")  # "a final-round 66", "carded a 68"
    if 240 <= number.value <= 320 and _TOTAL_AFTER_PAR.search(left) and _ROUND_END.match(sentence, number.end):
        return UnitMatch("stroke", "count", measure="total")  # "finished on 19-under-par 265"
    return None


_PLACE_BEFORE = re.compile(r"\b(?:finish|finished|finishes|finishing|came|comes|tied\s+for|settle\s+for|settled\s+for)\s+"
                           r"(?:(?:alone|outright|joint|equal)\s+)?(?:(?:in|for)\s+)?$", re.I)
_PLACE_AFTER = re.compile(r"\s+place\b", re.I)


# A team's place in a league table, told by the verb of the team that moves to it or stands in it ("Aberdeen
# drop to seventh", "Hibs, who sit third", "New Zealand moved up to third place") or of the result that takes it
# there ("Victory takes Hibs up to third place"), in a sentence about a league: the team's own place (named in
# the unit: two teams' places are never compared), whichever verb tells it
TABLE_PLACE = "table place"
_TEAM = r"(?!(?:The|A|An)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"  # "The Bulls": Bulls
_TABLE_PLACE_BEFORE = re.compile(
    rf"(?:(?P<team>{_TEAM})(?:,\s+who)?\s+(?:now\s+)?(?:(?:sit|sits|sitting|lie|lies|lying)\s+|"
    r"(?:climb|climbs|climbed|move|moves|moved|rise|rises|rose|go|goes|went|jump|jumps|jumped|drop|drops|dropped|"
    r"fall|falls|fell|slip|slips|slipped|slide|slides|slid)(?:\s+(?:up|down|back))?\s+to\s+)|"
    rf"\b(?:takes|took|lifts|lifted|moves|moved|sends|sent|puts|put)\s+(?P<taken>{_TEAM})\s+(?:up\s+|down\s+|back\s+)?to\s+)$")
_TABLE_WORDS = re.compile(r"\b(?:table|standings|league|premiership|championship|division|conference|points)\b", re.I)
_TABLE_PLACE_AFTER = re.compile(r"(?:\s+(?:place|spot|position))?(?=\s*[,.;:]|\s+(?:in|with|on|and|after|before)\b|$)")


def _table_place(sentence: str, number: NumberMatch) -> UnitMatch | None:
    before = _TABLE_PLACE_BEFORE.search(sentence, max(0, number.start - 80), number.start)
    after = _TABLE_PLACE_AFTER.match(sentence, number.end)
    if before is None or after is None or not _TABLE_WORDS.search(sentence) or _golf_sentence(sentence):
        return None
    team = before.group("team") or before.group("taken")
    if team.split()[0] in _NOT_CRICKET_NAMES:
        return None
    return UnitMatch(f"{TABLE_PLACE} {team}", "count", after=after.end() - number.end, measure=TABLE_PLACE)


def _ordinal_place(sentence: str, number: NumberMatch) -> UnitMatch | None:
    """The place a player the sentence opens with finishes in, in a golf report, or a team's place in a
    league table (`_table_place`), else None."""
    if (table := _table_place(sentence, number)) is not None:
        return table
    if not _golf_sentence(sentence) or not golf_player(sentence):
        return None
    left = sentence[: number.start]
    if _PLACE_BEFORE.search(left):
        return UnitMatch("place", "count", measure="place")
    place = _PLACE_AFTER.match(sentence, number.end)
    if place and not re.search(r"\bthe\s+$", left, re.I):
        return UnitMatch("place", "count", after=place.end() - number.end, measure="place")
    return None


# An ordinal whose noun the sentence gave already, one more of a series where or since when it is told: "The
# shooting is the second on or near a school campus this year" (the subject's noun), "the third fatal shark
# attack in NSW and the fifth in Australia" (the noun of the ordinal before it); a reporter who may not know
# of every earlier one hedges it as a floor ("The shooting is at least the second this school year")
_SERIES_IS = re.compile(r"^(?:(?:The|This|That|Its|Their|(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + r")'s)\s+)"
                        r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:is|was|marks|marked|became|becomes)\s+(?:now\s+)?"
                        r"(?:at\s+least\s+)?the\s+$")
_SERIES_AND = re.compile(r"\band\s+the\s+$")
# ...told where, since when or by whom, or as one "of its kind" ("The death is the 11th of its kind in the country
# this year", "The shooting is the third by county deputies this year")
_SERIES_WHERE = re.compile(r"(?:\s+of\s+(?:its|their)\s+kind)?\s+(?:on|in|at|along|near|across|since|this|so\s+far|by)\b", re.I)


# "for the fourth time this year", "at least the ninth time someone has been pushed onto the tracks this year",
# "the second time this year a bus has hit a pedestrian": the occasions of what the clause tells, counted over the
# span it names (a bare "It was the second time this year." tells no occasion of anything)
_SERIES_TIME = re.compile(r"\s+time\b(?P<told>[^,;:.]{0,80}?)\b(?P<span>this\s+(?:year|season|month|week|spring|summer|autumn|"
                          r"fall|winter)|so\s+far|since)\b", re.I)
_FOR_THE_BEFORE = re.compile(r"\bfor\s+(?:at\s+least\s+)?the\s+$", re.I)
_CLAUSE_GOES_ON = re.compile(r"\s+[a-z]", re.I)


def _ordinal_time(sentence: str, number: NumberMatch) -> UnitMatch | None:
    time = _SERIES_TIME.match(sentence, number.end)
    if time is None or number.value < 2 or not _THE_BEFORE.search(sentence, 0, number.start):
        return None
    told = time.group("told").strip() or _FOR_THE_BEFORE.search(sentence, 0, number.start) or (
        time.group("span").lower().startswith("this") and _CLAUSE_GOES_ON.match(sentence, time.end()))
    return UnitMatch("times", "count", after=time.start("told") - number.end) if told else None


def _ordinal_elided(sentence: str, number: NumberMatch) -> UnitMatch | None:
    if (time := _ordinal_time(sentence, number)) is not None:
        return time
    if number.value < 2 or not _SERIES_WHERE.match(sentence, number.end):
        return None
    left = sentence[: number.start]
    subject = _SERIES_IS.match(left)
    if subject:
        noun = singular(subject.group("noun"))
        return None if noun in ORDINAL_NOT_COUNTED else UnitMatch(noun, "count")
    if _SERIES_AND.search(left):
        earlier = [n for n in find_numbers(left) if n.kind == "ordinal"]
        noun = ordinal_noun(left[earlier[-1].end:]) if earlier else None
        return UnitMatch(noun, "count") if noun else None
    return None


# A hole's par glued to "par-" ("the par-five 17th", "a par-3"), and the hole a golfer's score was made at
# ("eagled the 17th", "a bogey on the 14th"), named by the score: which hole, not a figure of the round.
_PAR_GLUED = re.compile(r"\bpar-$", re.I)
_HOLE_BEFORE = re.compile(r"\b(?:(?P<verb>birdie|eagle|bogey|double-bogey)(?:d|s|ed)?|parred|"
                          r"(?P<noun>birdie|eagle|bogey|double\s+bogey)\s+(?:at|on))\s+the\s+$", re.I)


def _hole_par(sentence: str, number: NumberMatch) -> UnitMatch | None:
    if number.kind == "cardinal" and 3 <= number.value <= 6 and sentence.endswith("par-", 0, number.start) and (
            _PAR_GLUED.search(sentence, 0, number.start)):
        return UnitMatch("par", "count", before=4, measure="par")
    return None


def _ordinal_hole(sentence: str, number: NumberMatch) -> UnitMatch | None:
    hole = _HOLE_BEFORE.search(sentence, 0, number.start)
    if hole is None:
        return None
    score = (hole.group("verb") or hole.group("noun") or "par").lower().replace(" ", "-")
    return UnitMatch("hole", "count", measure=f"{score} hole")


# The part of a contest, a race or a building an ordinal or a number after the part's noun names, which
# reports state as a figure ("stopped in the ninth round", "won the sixth stage", "stage 6", "from lane five"):
# which part, as its number, never a count of the parts ("eight rounds"). Not a floor, a set, a lap or a hole, of
# which a report tells several ("the fire started on the third floor ... found on the second floor")
_PART_NOUNS = r"round|stage|lane|day"
_PART_AFTER = re.compile(rf"\s(?P<noun>{_PART_NOUNS})(?![\w-])", re.I)
_PART_BEFORE = re.compile(rf"(?<![\w-])(?P<noun>{_PART_NOUNS})\s+$", re.I)  # not "a final-round 67"
_PART_MEASURE = " number"  # what such a figure is: "round number", "stage number"
# ...then a stop or a word that names nothing it could count ("stage 6 of the Tour", "lane five in the final";
# not "the final round one shot off the lead")
_PART_NUMBER_END = re.compile(rf"\s*(?:[.,;:!?)]\s|[.,;:!?)]?$|(?:of|in|at|on|is|was|and|with|for|after|before|when|where|"
                              rf"which|that|victory|win|winner|stage|race)\b(?!\s+(?:the\s+)?(?:\d|(?:{NUMBER_WORD})\b)))", re.I)


# The floor a fire started on: an ordinal before "floor" with a verb of starting in its clause, before it
# ("The blaze broke out on the fourth floor") or after it ("on the fourth floor, where the fire began");
# not another floor, where victims were found or flames spread, of which a report tells several
_FLOOR_AFTER = re.compile(r"\s+floor\b(?![-\w])", re.I)
_STARTED = rf"(?:{_alt((*ONSET_VERBS, 'starts', 'start', 'begins', 'originated', 'sparked'))})\b"
_STARTED_BEFORE = re.compile(rf"\b{_STARTED}(?:(?!\b(?:floors?|spread|spreading|spreads|moved|reached)\b)(?:[^.;:]|[.:](?=\w|\s+[a-z(])))"
                             + r"{0,100}?\b(?:on|in)\s+the\s+$", re.I)
_WHERE_STARTED = re.compile(rf",?\s+where\s+[^.;:]{{0,50}}?\b{_STARTED}", re.I)


def _start_floor(sentence: str, number: NumberMatch) -> UnitMatch | None:
    floor = _FLOOR_AFTER.match(sentence, number.end)
    if floor is None or not (_STARTED_BEFORE.search(sentence, max(0, number.start - 110), number.start)
                             or _WHERE_STARTED.match(sentence, floor.end())):
        return None
    return UnitMatch("floor" + _PART_MEASURE, "count", after=floor.end() - number.end, measure="floor" + _PART_MEASURE)


# A deed that decides a contest in the part a figure names, in the clause before it: "won the sixth stage",
# "stopped him in the ninth round", "won from lane five"; not "will face Jones in the third round", "crashed in
# the fourth stage" (a story tells several rounds and stages, of which only the deciding one is a fact outlets repeat)
_DECIDED_BEFORE = re.compile(r"\b(?:won|wins|winning|win|victory|took|takes|claimed|claims|clinched|stopped|stops|stopping|"
                             r"stoppage|knock(?:s|ed|ing)?|ended|ends|finished)\b[^.;:,]{0,60}$", re.I)
# ...or right after it: "swam from lane three and touched first", "attacked on stage 4 to win"
_DECIDED_AFTER = re.compile(r"[^.;:,]{0,30}?\b(?:and|to)\s+(?:win|won|touched\s+first|take|took|claim|claimed)\b", re.I)


# ...and the day of a cricket match it was won on, told by the winning side's margin or its beating the other
# ("beat Sri Lanka by seven wickets on the fourth day", "with seven wickets in hand on day four"); the days a
# match tells of its innings and crowds ("bowled out on day one") are no fact repeated
_DECIDED_DAY = re.compile(r"\b(?:beat|beats|beaten|beating|sealed|completed|wrapped\s+up|in\s+hand|by\s+an\s+innings|"
                          r"by\s+(?:\d+|[a-z]+)\s+(?:runs|wickets))\b[^.;:,]{0,60}$", re.I)


def _decided_in(sentence: str, start: int, end: int, noun: str = "") -> bool:
    """Whether the clause around a part's number names the deed that decided the contest in it (a day, only
    that of a cricket match)."""
    if noun == "day":
        return cricket_sentence(sentence) and bool(_DECIDED_BEFORE.search(sentence, max(0, start - 80), start)
                                                   or _DECIDED_DAY.search(sentence, max(0, start - 80), start))
    return bool(_DECIDED_BEFORE.search(sentence, max(0, start - 80), start) or _DECIDED_AFTER.match(sentence, end))


def _part_number(sentence: str, number: NumberMatch) -> UnitMatch | None:
    """The part an ordinal before its noun ("the ninth round") or a small whole number after it
    ("stage 6", "lane five") names where a deed decided the contest in it, or the floor a fire
    started on, else None."""
    if number.kind == "ordinal":
        part = _PART_AFTER.match(sentence, number.end)
        if part is None:
            return _start_floor(sentence, number)
        noun = singular(part.group("noun").lower())
        if not _decided_in(sentence, number.start, part.end(), noun):
            return None
        return UnitMatch(noun + _PART_MEASURE, "count", after=part.end() - number.end, measure=noun + _PART_MEASURE)
    if number.kind != "cardinal" or not float(number.value).is_integer() or not 1 <= number.value <= 99 or "." in number.text:
        return None
    part = _PART_BEFORE.search(sentence, max(0, number.start - 12), number.start)
    if part is None or not _PART_NUMBER_END.match(sentence, number.end) \
            or not _decided_in(sentence, part.start(), number.end, singular(part.group("noun").lower())):
        return None
    noun = singular(part.group("noun").lower())
    return UnitMatch(noun + _PART_MEASURE, "count", before=number.start - part.start(), measure=noun + _PART_MEASURE)


def _is_quantity(sentence: str, number: NumberMatch, times: list[TimeMention]) -> bool:
    if number.kind in _NOT_QUANTITIES:
        return False
    if any(number.start < t.end and t.start < number.end and not t.counted for t in times):
        return False
    if number.kind == "ordinal":
        if _UNIT_HYPHEN.search(sentence[: number.start]):
            return False  # "a 10-second runoff": a unit, not an ordinal
        if _NAME_NEXT.match(sentence, number.end):
            return False  # "West 79th Street", "the 82nd Airborne Division": part of a name
        return _part_number(sentence, number) is not None or bool(re.match(r"\s*anniversary\b", sentence[number.end:], re.I)) or (
            number.value >= 2 and (ordinal_noun(sentence[number.end:]) is not None or _ordinal_victim(sentence[number.end:]))) or _ordinal_rank(sentence, number) is not None or (
            _ordinal_run(sentence, number) is not None) or _ordinal_hole(sentence, number) is not None or (
            _ordinal_place(sentence, number) is not None) or _ordinal_elided(sentence, number) is not None
    left = sentence[: number.start]
    if number.start < 4 and _LIST_NUMBER.match(sentence):
        return False
    words = left.split()
    prev = words[-1].lower() if words else ""
    if prev in IDENTIFIER_WORDS and not _rank(sentence, number) and not (
            words[-1].islower() and _GAP_AFTER.match(sentence, number.end)):
        return False  # "Line 12", "gate 4"; but "crossed the line 12 seconds ahead" is a gap in time
    if number.form == "digits" and _CODE_BEFORE.search(left) and not is_currency_code(words[-1]):
        return False  # "AK 47", "MV-22", "F 16": a model or code (but "USD 200" is money)
    if _NAME_AFTER.match(sentence, number.end, number.end + 4):
        return False  # "Five-Year Plan", "G-7", "the 76ers": part of a name
    if number.form == "digits" and _is_model_number(sentence, words, sentence[number.end:]) and not (
            _rank(sentence, number) or _storm_category(sentence, number)):
        return False  # "the Boeing 777 carrying 239 people", "along Highway 175"
    if left.endswith("#") or _NAME_BEFORE.search(left):
        return False  # "G-20", "COVID-19", "#3"; but "magnitude-6.4" is a value
    if number.form == "digits" and _STATION_AFTER.match(sentence, number.end):
        return False  # "told 17 News", "23ABC News": a station's channel number
    if number.text.lower() == "one" and (_SPEAKER_BEFORE.search(left) or _SPEAKER_AFTER.match(sentence, number.end)):
        return False  # '"The house was gone," said one neighbor': who spoke, not how many
    return True


# past a conversion in brackets; a compound of two nouns ("rescue package", "posting fee")
_MONEY_NOUN = re.compile(rf"\)?(?:{CONVERSION_AFTER.pattern})?\s+([a-z]{{3,}})\b(?:\s+([a-z]{{3,}})\b)?")
_PARTY_AFTER = re.compile(r"\s+(?:for|with|to)\s+((?:[A-Z][\w.'’-]*\s*){1,3})")
# Words after a sum that say how it is paid, not what it is ("$1 million cash", "$25 each"), nor
# a preposition, which goes on to something else ("the hammer falling at $58.5m after 12 minutes").
_NOT_MONEY_NOUNS = MEASURE_STOPWORDS | PREPOSITIONS | {"cash", "bills", "notes", "coins", "worth", "each", "apiece",
                                                       "annually", "yearly"}
_PERCENT_NOUN = re.compile(r"\s+([a-z]{4,})\b")
# Words after a percentage that do not say what it is a share of ("5 percent higher", "10% more").
_NOT_SHARE_NOUNS = MEASURE_STOPWORDS | {"higher", "lower", "greater", "smaller", "larger", "bigger", "fewer",
                                        "less", "more", "last", "this", "next", "year", "month", "week", "annual"}
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
_PLURAL_NOUN_NEXT = re.compile(r"\s+[a-z]+s\b")


def _is_model_number(sentence: str, words: list[str], right: str) -> bool:
    """A number right after a name inside a sentence names a model, a route or a unit ("Boeing
    777", "Highway 175", "Apollo 13"), unless the name is a month, a day or a word that counts
    ("All 5 victims"), the number counts a plural noun ("told the Guardian 41 bodies") or has a
    unit ("the Colts 7 yard line"), or the
    sentence is a headline in title case ("Office Shooting Kills 1")."""
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].isalpha():
        return False
    name = words[-1].lower()
    if (name in MONTHS or name in WEEKDAYS or name in CASUALTY_WORDS or name in MEASURE_STOPWORDS
            or is_currency_code(words[-1]) or _PLURAL_NOUN_NEXT.match(right)
            or unit_after(right, allow_count=False) is not None):  # "the Colts 7 yard line"
        return False
    sentence_words = sentence.split()
    return sum(w[:1].isupper() for w in sentence_words) < 0.6 * len(sentence_words)


def _value(sentence: str, number: NumberMatch, upper: NumberMatch | None, *, unit: UnitMatch | None = None) -> _Value | None:
    """Attach unit, hedge and interval to a number (or a range of two numbers); `unit` when the
    caller knows it (the noun of an elliptical count)."""
    last = upper or number
    left = sentence[: number.start]
    plus = _PLUS_AFTER.match(sentence, last.end)  # "100-plus people", "a 4-plus earthquake": at least
    skip = plus.end() - last.end if plus and upper is None else 0
    right = sentence[last.end + skip:]
    currency = None if unit is not None else currency_before(left)
    unit = unit or currency
    if unit is None and number.text[:1] == "N" and _NAIRA.fullmatch(number.text):
        unit = UnitMatch("NGN", "currency")  # "N100m": a hundred million naira
    if unit is None and number.text.lower() in ("once", "twice"):
        unit = UnitMatch("times", "count")  # "was shot twice": as "shot three times"
    if number.kind == "ordinal":
        anniversary = re.match(r"\s*anniversary", right, re.I)
        unit = _part_number(sentence, number) or _ordinal_rank(sentence, number) or _ordinal_run(sentence, number) or _ordinal_hole(sentence, number) or _ordinal_place(sentence, number) or (
            _ordinal_elided(sentence, number)) or (UnitMatch("anniversary", "count", after=len(anniversary.group(0))) if anniversary
                else _ordinal_victim(right) or UnitMatch(ordinal_noun(right) or "", "count"))  # "the fifth operation": five so far
    if unit is None and _AGED.search(left) and number.kind == "cardinal":
        spelled = unit_after(right, allow_count=False)  # "aged from one to 12 years", "aged 6 months"
        if spelled is None:
            unit = UnitMatch("years", "age")
        elif spelled.dimension in ("duration", "age"):
            unit = replace(spelled, dimension="age")
        else:
            unit = spelled  # "the ship turned 90 degrees", "turned 5 percent higher": a measure, no age
    if unit is None and number.kind == "fraction":
        unit = _unit_of_fraction(right)
    if unit is None:
        unit = _rank(sentence, number) or _storm_category(sentence, number) or _street_block(sentence, number) or (
            _part_number(sentence, number))
    below = _BELOW_ZERO.match(right) if unit is None and upper is None else None
    if below is not None and (below.group("zero") or speaks_of_temperature(sentence)):
        unit = UnitMatch("degree", "temperature", after=below.end())  # "8 below zero", "wind chills of 25 below"
    if unit is None:
        unit = (unit_after(right, allow_count=number.kind != "fraction", one=number.value == 1 and upper is None)
                or _hole_par(sentence, number) or _golf_score(sentence, number, last) or _implied_unit(sentence, number, last, skip=skip))
    elif currency is not None:
        named = unit_after(right, allow_count=False)
        if named is not None and named.dimension == "currency":
            unit = replace(currency, after=named.after)
    if unit is None:
        return None
    if skip:
        unit = replace(unit, after=unit.after + skip)
    if unit.unit == "GBP" and not unit.before and number.form != "mixed" and speaks_of_weight(sentence):
        unit = replace(unit, unit="pound", dimension="mass")  # "she dropped 25 pounds"
    if unit.unit in ("people", "worker") and _EMPLOYS_BEFORE.search(left):
        unit = replace(unit, unit="employee")  # "employs 6,800 people" is the staff "employs 7,400 staff" counts
    if unit.unit == "degree" and upper is None and (after_degrees := _BELOW_ZERO.match(right, unit.after)) is not None \
            and after_degrees.group("zero"):
        below, unit = after_degrees, replace(unit, after=after_degrees.end())  # "10 degrees below zero"
    if unit.unit == "degree" and (speaks_of_temperature(sentence) or below is not None or number.value < 0):
        unit = replace(unit, dimension="temperature")  # "temperatures reached 40 degrees", "minus 8 degrees"
    if number.kind == "vague" and unit.dimension != "count":
        return None
    if _names_the_parties(left, number, right):
        return None
    start = number.start - unit.before
    end = last.end + unit.after
    if unit.dimension == "duration" and _is_record_span(sentence, start, end):
        # "a 40-year high of 9.1%", "the deadliest fire in more than a decade": how far back the record
        # reaches, a figure of its own that no length of time in the story matches
        unit = replace(unit, measure=RECORD_SPAN)
    # "$5 a gallon", "£9.50 an hour": a price, which a total of the same sum does not match
    paid_for = _paid_for(sentence, end) if unit.dimension == "currency" else ""
    if number.value == 1.5 and number.form == "words" and len(number.text) <= 3:  # "an hour and a half"
        half = _AND_A_HALF.match(sentence, number.start)
        end = half.end("half") if half and end < half.end("half") else end
    # A hyphenated age or size ("45-year-old") is one token: keep the whole surface.
    tail = re.match(r"-old\b", sentence[end:])
    if tail:
        end += tail.end()
        unit = replace(unit, unit="years", dimension="age")
    if _measured_in_words(number, unit.dimension):
        number = replace(number, precision=0.5)  # "eight hours" is as rounded as "8 hours"
    low_value, high_value, low_precision = number.value * unit.factor, last.value * unit.factor, number.precision * unit.factor
    if upper is not None and high_value >= 1000 and low_value < high_value / 1000:
        low_value *= _scale_of(upper)
        low_precision *= _scale_of(upper)
    hedge_match = _HEDGE_RE.search(sentence[: start])
    if hedge_match and hedge_match.group("hedge").lower() == "over" and _AFTER_AMOUNT.search(sentence, 0, hedge_match.start("hedge")):
        hedge_match = None  # "$161 million (over seven years)": the span of the sum, not a floor
    if hedge_match and unit.dimension == "duration" and _is_stretch(sentence, hedge_match, end):
        hedge_match = None  # "30 cm of snow over two days": the stretch it fell over, not a floor
    hedge = hedge_match.group("hedge").lower() if hedge_match else None
    if hedge in READING_HEDGES and unit.dimension == "temperature":
        hedge = None  # "Menindee recorded a maximum of 42C": the day's high reading, not a ceiling
    if hedge == "up to" and (unit.unit in ("rank", "seed") or unit.unit.startswith((NEW_RANK, TABLE_PLACE))):
        hedge_match, hedge = None, None  # "will move up to No. 5": where it moves, no ceiling
    after = _HEDGE_AFTER_RE.match(sentence[end:]) or _HEDGE_AFTER_RE.match(sentence[last.end:end])
    if hedge is None and after:  # "four people or more", "four or more people"
        hedge = after.group("hedge").lower()
    if hedge is None and skip:
        hedge = "plus"
    if upper is not None:
        value = (low_value + high_value) / 2
        lower, upper_bound = low_value - low_precision, high_value + last.precision
        hedge = hedge or "range"
    else:
        value = low_value
        lower, upper_bound = (None if b is None else b * unit.factor for b in _interval(number, hedge))
    precision = number.precision * unit.factor
    if _counts_decades(number, unit) and upper is None and hedge is None:
        # "two decades", "three decades": a count of years rounded to the decade, as "dozens" is of
        # things to the dozen ("two decades" is "21 years" rounded), not an exact 20
        precision = unit.factor / 2
        lower, upper_bound = value - precision, value + precision
    if unit.measure.endswith(_PART_MEASURE) and upper is None and hedge is None:
        precision, lower, upper_bound = 0.0, value, value  # "stage 6": which stage, no rounded figure
    outer = _HEDGE_RE.search(sentence, 0, hedge_match.start("hedge")) if hedge_match and upper is None else None
    if outer:  # "over nearly $100 billion": a writer who hedges twice allows what either hedge allows
        outer_lower, outer_upper = _interval(number, outer.group("hedge").lower())
        lower = None if lower is None or outer_lower is None else min(lower, outer_lower * unit.factor)
        upper_bound = None if upper_bound is None or outer_upper is None else max(upper_bound, outer_upper * unit.factor)
        hedge_match = outer
    if hedge in _DENIED and upper is None and hedge_match and _DENIAL_BEFORE.search(sentence, 0, hedge_match.start()):
        hedge = _DENIED[hedge]
        lower, upper_bound = (None if b is None else b * unit.factor for b in _interval(number, hedge))
    if hedge_match:
        start = hedge_match.start("hedge")
    noun = _next_word(sentence[end:])
    threshold = (hedge in THRESHOLD_HEDGES) or noun in THRESHOLD_NOUNS
    change = (
        unit.dimension in ("currency", "percent") and unit.measure != "share"
        and _is_change(sentence, start, end, rate=unit.dimension == "percent")
        or unit.dimension == "count" and _is_count_change(sentence, start, number.value)  # "up by 12"
        or unit.unit == "point" and _is_change(sentence, start, end)  # "the Dow dropped 512 points"
        # "the river rose 22 feet", "grew by 12,000 acres"
        or unit.dimension in PHYSICAL_DIMENSIONS and not _NO_CHANGE_AFTER.match(sentence, end) and _is_change(sentence, start, end)
        or number.kind == "fraction" and unit.factor == 100 and unit.dimension == "percent" and unit.measure != "share"
    )
    # "£250,000 above the asking price", "20% below the peak": a difference from another level
    difference = _DIFFERENCE_AFTER.match(sentence, end) if unit.dimension in ("currency", "percent") else None
    if difference and (difference.group("lower") or difference.group("under")):
        value, lower, upper_bound = -value, _negate(upper_bound), _negate(lower)
    change = change or difference is not None
    if below is not None and unit.dimension == "temperature":
        value, lower, upper_bound = -value, _negate(upper_bound), _negate(lower)  # "8 below zero" is -8 degrees
    if change and not difference and _is_decrease(sentence, start, end):
        value, lower, upper_bound = -value, _negate(upper_bound), _negate(lower)
    quantity = Quantity(
        value=value,
        lower=lower,
        upper=upper_bound,
        unit=unit.unit,
        dimension=unit.dimension,
        precision=precision,
        hedge=hedge,
        ambiguous_precision=number.ambiguous,
    )
    return _Value(start, end, quantity, threshold, change, unit.measure, per=paid_for)


def _counts_decades(number: NumberMatch, unit: UnitMatch) -> bool:
    """Whether a number counts decades or centuries of time ("two decades"), a unit of ten years or more."""
    return number.kind == "cardinal" and unit.dimension == "duration" and unit.unit == "years" and unit.factor >= 10


# "8 below zero", "25 below" (with a word of heat in the sentence): degrees under freezing, read as negative
_BELOW_ZERO = re.compile(r"\s+below(?P<zero>\s+zero)?\b", re.I)
_EMPLOYS_BEFORE = re.compile(rf"\bemploy(?:s|ed|ing)?\s+(?:(?:{_HEDGES})\s+)?(?:a\s+total\s+of\s+)?$", re.I)
# a light verb and its noun right after a bare number: "Over 600 fall ill", "Hundreds have sought refuge"
_FATES = frozenset(CASUALTY_WORDS.values())  # (not "120,000 took part": a crowd estimate, whose is not said)
_LIGHT_PHRASE = re.compile(r"\s+(?:have\s+|had\s+|were\s+|was\s+)?([a-z]+)\s+([a-z]+)\b")
_WORD_BEFORE_OVER = re.compile(r"([A-Za-z]+)[\s,]*$")
_SINCE_AFTER = re.compile(r"\s+(?:ago|old|later|earlier|before|after)\b", re.I)


def _is_stretch(sentence: str, hedge: re.Match[str], end: int) -> bool:
    """Whether "over" before a length of time is the stretch something happens over ("fell 3 cm
    over two days") rather than a floor ("jailed for over two years", "over two years ago")."""
    if hedge.group("hedge").lower() != "over" or _SINCE_AFTER.match(sentence, end):
        return False
    before = _WORD_BEFORE_OVER.search(sentence, 0, hedge.start("hedge"))
    return before is None or before.group(1).lower() not in OVER_AS_FLOOR_AFTER


def _paid_for(sentence: str, end: int) -> str:
    """What the sum ending at `end` is paid for ("gallon" in "$5 a gallon", "season" in "per
    season"), else ""."""
    per = _PER_ITEM.match(sentence, end)
    item = singular(per.group("item").lower()) if per else ""
    return item if per and (per.group("per").lower() == "per" or item in PRICE_PER_NOUNS) else ""


_PER_ITEM = re.compile(r"\s+(?P<per>an?|per)\s+(?P<item>[a-z]{3,})\b(?!\s+(?:ago|earlier|later|before|after)\b)", re.I)
_CASUALTY_BEFORE = re.compile(rf"\b(?P<word>{_alt(CASUALTY_WORDS, literal=True)})\s+(?:{_HEDGES})?\s*(?:all\s+)?$", re.I)
_MAJORITY_OF = re.compile(rf"\bmajority\s+of\s+(?:{_HEDGES})?\s*$", re.I)
# Words after "killing three" that end the count: "killing three and wounding five before fleeing".
_CASUALTY_COUNT_ENDS = frozenset("and or in at on near including during across inside outside after since through "
                                  "throughout within among amid aboard onboard".split())
_FORCED_BEFORE = re.compile(rf"\b(?:forc|order|prompt|caus)(?:e|es|ed|ing)\s+(?:(?:{_HEDGES})\s+)?$", re.I)
_TO_FLEE = re.compile(r"\s+(?:people\s+|residents\s+)?(?:to\s+(?:flee|evacuate|leave\s+(?:their\s+)?homes?)|"
                      r"(?:from|out\s+of)\s+(?:their\s+)?homes)\b", re.I)  # headline "forces 2,000 from homes"
# "sends more than 200 to hospitals": the hospitalised
_SENT_BEFORE = re.compile(rf"\b(?:send|sends|sent|sending)\s+(?:(?:{_HEDGES})\s+)?$", re.I)
_TO_HOSPITAL = re.compile(r"\s+(?:people\s+)?to\s+(?:the\s+|a\s+|an\s+|local\s+)?(?:hospitals?|emergency\s+rooms?|A&E)\b", re.I)
_LOST_IN = re.compile(r"\s+lost\s+(?:in|at|when|as)\b")
_MOURNED_BEFORE = re.compile(r"\b(?:mourn|remember|honou?r|recall|name|identifie)(?:s|ed|d|ing)?\s+(?:the\s+|all\s+)?$"
                             r"|\b(?:the|all)\s+$", re.I)
_STRONG = re.compile(r"[-‐]strong\s+([a-z]+)\b")
# "had 186 on board", "with 40 aboard": people on a craft
_ABOARD = re.compile(r"\s+(?:(?:people\s+)?(?:who\s+were\s+|were\s+|was\s+)?)?(?:aboard|on\s?board)\b", re.I)
_MAGNITUDE_BEFORE = re.compile(  # "magnitude 2.9 and 2.2": the second is one too
    r"\b(?:" + "|".join(re.escape(w) for w in MAGNITUDE_BEFORE) + r")[\s-]*(?:of\s+)?(?:about\s+|around\s+)?"
    r"(?:\d+\.\d+\s*(?:and|or|,)\s*)?$", re.I)
_MAGNITUDE_AFTER = re.compile(r"^\s*-?\s*(?:" + "|".join(re.escape(w) for w in MAGNITUDE_AFTER) + r")\b", re.I)
# "a 2.9 aftershock at 2:12 a.m. and a 2.2 at 2:15 a.m.": a decimal after a quake's magnitude is another
_ANOTHER_MAGNITUDE = re.compile(r"\b(?:magnitude|" + "|".join(MAGNITUDE_NOUNS) + r")\b[^;]{0,120}?"
                                r"(?:\band|\bor|,|\bthen|\bby)\s+(?:an?\s+|another\s+)?$", re.I)
# "a 40-year high", "a two-decade low", "the worst flooding in 40 years", "the first such attack in
# more than a decade": how far back a record reaches
_RECORD_SPAN = re.compile(r"\s*(?:highs?|lows?|peaks?|records?|best|worst)\b", re.I)
_RECORD_IN = re.compile(rf"\b(?P<sup>[a-z]{{3,}}est|most|least|best|worst|first|record)(?:\s+[\w-]+){{0,3}}?\s+"
                        rf"(?:in|for)\s+(?:(?:{_HEDGES})\s+)?(?:the\s+(?:past|last)\s+)?(?:(?:{_HEDGES})\s+)?$", re.I)


RECORD_SPAN = "record span"  # the measure of how far back a record reaches ("a four-decade high")


def _is_record_span(sentence: str, start: int, end: int) -> bool:
    """Whether a duration says how far back a record reaches, not how long something lasted."""
    if _RECORD_SPAN.match(sentence, end):
        return True
    record = _RECORD_IN.search(sentence, max(0, start - 80), start)
    return record is not None and record.group("sup").lower() not in NOT_SUPERLATIVES


_PLUS_AFTER = re.compile(r"-plus\b", re.I)
# "grew by almost a fifth": a hedge before a fraction of change; "800 flights, or nearly a third": a
# share in apposition to a count
_BY_FRACTION = re.compile(rf"\bby\s+(?:(?:{_HEDGES})\s+)?$", re.I)
_OR_FRACTION = re.compile(rf"\d[\w\s,]{{0,40}}?,\s*or\s+(?:(?:{_HEDGES})\s+)?$", re.I)
_MAGNITUDE_NOUN = re.compile(r"\s*-?\s*(?:" + "|".join(MAGNITUDE_NOUNS) + r")\b", re.I)
_CASUALTY_NOUN = re.compile(  # "17 new deaths", "five more dead": the casualty word after a premodifier
    rf"\s*(?:{_alt(CASUALTY_PREMODIFIERS | CASUALTY_DEGREE_ADVERBS)})\s+({_alt(CASUALTY_WORDS, literal=True)})\b", re.I)
_CAUSED_CASUALTY_NOUN = re.compile(  # "17 avalanche deaths", "12 road fatalities": the casualty noun after its cause
    rf"\s*(?:[a-z]+\s+)?(?:{_alt(EVENT_NOUNS | CASUALTY_KIND_WORDS | {'road', 'traffic', 'gun', 'heat', 'drug', 'work', 'workplace'}, literal=True)})"
    r"(?:-related)?\s+(deaths|fatalities|injuries)\b", re.I)
_PASSIVE_CASUALTY = re.compile(  # "12 were killed", "Twelve were seriously injured", "30 more were hurt"
    r"(?:\s+(?:more|others?))?\s+(?:were|was|have been|had been|are|got)\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?P<word>"
    + "|".join(w for w in CASUALTY_WORDS if w.endswith(("ed", "hurt"))) + r")\b", re.I)
# "no one was killed or injured", "there were no dead or wounded", "nobody was hurt", "no
# casualties": zero counts, one per casualty word.
_ZERO_WORDS = "|".join(sorted(ZERO_CASUALTY_WORDS, key=len, reverse=True))
_ZERO = re.compile(
    r"\b(?:no one|no-one|nobody|none|no)\s+(?:(?:was|were|had been|has been|have been|has|have|had|got)\s+)?"
    rf"(?:(?:seriously|fatally|badly|immediate)\s+)?(?P<word>{_ZERO_WORDS})\b"
    rf"(?:\s+(?:or|and|nor)\s+(?P<word2>{_ZERO_WORDS})\b)?", re.I)
# The verb after a vague plural with no noun: "Thousands more are expected", "Hundreds fled".
_CROWD_VERB = re.compile(r"\s+(?:more\s+|also\s+)?([a-z]+)\b")
_MADE_UP = re.compile(r"\b(?:make|makes|made|making)\s+up\s+$", re.I)
# After a physical amount: what fell or was dropped ("10 inches of snow"), or a way travelled ("fell
# 80 m into a crevasse", "climbed 300 metres to the summit"), not a change of the subject's own size
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:(?:(?P<lower>below|less\s+than|lower\s+than|short\s+of)|above|more\s+than|higher\s+than)\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|last\s+|a\s+year\s+|an?\s+|analysts'?\s+)?"
    r"(?:asking|guide|reserve|list|original|previous|expected|forecast|estimated|estimate|consensus|average|budget|"
    r"target|peak|record|year|month|quarter|expectations|forecasts|estimates|normal)"
    # "over budget", "under target": not "over the year", a stretch
    r"|(?:(?P<under>under)|over)\s+(?:the\s+|its\s+|their\s+)?(?:budget|target|forecast|estimates?|expectations))\b", re.I)
_NO_CHANGE_AFTER = re.compile(r"[\s)]*(?:\([^()]{1,30}\)\s*)?(?:of|into|onto|from|off|down|through|to\s+(?:the|his|her|their|its|an?))\b",
                              re.I)
_COUNT_CHANGE = re.compile(rf"(?:\b(?P<before>[A-Za-z]+)\s+)?\b(?:(?P<by>by)|up|down)\s+(?:{_FILLER})?$", re.I)


def _is_count_change(sentence: str, start: int, value: float) -> bool:
    """ "up by 12", "cut by 40": a count of how much a figure changed; but after a passive participle
    that is no change ("was attended by about 1,500 guests", "watched by 30,000") the agent, counted
    (one agent, "undermined by one of its own tanks", names who did it: no tally)."""
    change = _COUNT_CHANGE.search(sentence, 0, start)
    if change is None:
        return False
    before = (change.group("before") or "").lower()
    return not (change.group("by") and before.endswith(("ed", "en")) and before not in CHANGE_CUES and value > 1)
# "Anthony LaCalamita, 38,", "two sons, 11 and 14", "Davis and McNeal, both 65,"
# "The girl who died, 7,", "the man who was shot, 24,": after a short relative clause too
_APPOSITIVE = re.compile(r"(?:[A-Z][\w'’.-]*|\b(?:" + "|".join(PERSON_NOUNS | APPOSITIVE_ROLE_NOUNS) + r")s?"
                         r"(?:\s+who\s+(?:was\s+|were\s+)?(?:died|drowned|killed|shot|stabbed|injured|survived|escaped|drove|fired|opened\s+fire))?),\s*(?:both\s+)?(?:now\s+)?"  # "Panatta, now 75,": his age today
                         r"(?:\d{1,3}\s+and\s+)?$")
# "Jaylen Moore, who was 18, ...": an age in a relative clause after a name or a person noun, or after a
# person named by the thing they drove, ran or owned ("the driver of the pickup, who is 24,", "the owner of
# the corner store, who was 61,")
_WHO_WAS = re.compile(r"(?:[A-Z][\w'’.-]*|\b(?:" + "|".join(PERSON_NOUNS | APPOSITIVE_ROLE_NOUNS) + r")s?"
                      r"(?:\s+of\s+(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+)?[a-z-]+)?),\s+who\s+(?:is|was)\s+(?:only\s+|just\s+)?$")
# after the age: a comma or bracket, the sentence's end (with the opening quote of the next one the
# splitter may leave on it: 'said Roberta Gaines, 64. "I ...'), or a second age
_APPOSITIVE_END = re.compile(r"\s*(?:[,);]|\.?\s*[\"“]?\s*$|and\s+(?:\d{1,3}|of)\b)")
# "Lucia Ortega, who is 17 and was swimming in her first final": after "who is", a verb may follow "and"
_WHO_WAS_END = re.compile(r"\s+and\s+(?:is|was|has|had|will|would|lives|lived|works|worked)\b")
# "the oldest was 9", "The oldest of those (who) died was 101", "the youngest of them is 14": the age of the
# youngest or oldest of the people a story counts, before the clause's end
_EXTREME_AGE = re.compile(r"\b[Tt]he\s+(?:youngest|oldest)(?:\s+(?:victim|person|patient|resident|child|survivor)s?)?"
                          r"(?:\s+of\s+(?:them|those|the\s+[a-z]+)(?:\s+(?:who\s+)?[a-z]+)?)?\s+(?:is|was)\s+(?:only\s+|just\s+)?$")
# "raise the retirement age for women to 65"
_AGE_TO = re.compile(r"\bage\b[^.;,]{0,40}\b(?:to|at|from)\s+$", re.I)
# "in front of 70,000 crowd", "a sell-out 45,000 crowd": a crowd's size written before its noun
_CROWD_AFTER = re.compile(r"[\s-]+crowds?\b", re.I)
# "a father of three", "the grandad-of-six", "an Italian family of three": the parent's children, the family's size
_PARENT_OF = re.compile(r"\b(father|mother|dad|mum|mom|parent|grandfather|grandmother|grandad|granddad|grandma|"
                        rf"grandpa|grandparent|family)(?:\s+|-)of(?:\s+|-)(?:(?:{_HEDGES})\s+)?$", re.I)
_FAMILY_SIZE_END = re.compile(r"(?:\s*(?:[,.;:)\"”]|$)|\s+(?:and|who|whose|was|is|from|in|at|with|had|has|were|"
                              r"kidnapped|killed|died|said)\b|-?\s*[a-z]+ed\b)", re.I)
# "At least 12 of one family", "five of the same household": people of one family
_OF_ONE_FAMILY = re.compile(r"\s+of\s+(?:one|the\s+same|a\s+single|an?|the|his|her|their)\s+(?:extended\s+)?"
                            r"(?:family|household)\b", re.I)
# "Seven of the dead were children", "Eleven of the injured are critical", "two of the wounded":
# some of the casualties, people, but no count of the casualty word itself
_OF_THE_CASUALTIES = re.compile(r"\s+of\s+(?:the|those)\s+(?:(?:other|remaining)\s+)?(?:dead|injured|wounded|hurt|missing|victims|"
                                r"casualties|survivors|hostages|passengers|affected|evacuated|displaced)\b(?!\s+(?:man|woman|person|people|[a-z]+s)\b)", re.I)
_EMPTY = re.compile("")
_FRONTED_CASUALTIES = re.compile(r"(?:^|[.;]\s+)Of\s+the\s+(?:(?:other|remaining)\s+)?(?:dead|injured|wounded|victims|"
                                 r"casualties|survivors|hostages|passengers)\s*,\s*$", re.I)
_SOME_CASUALTIES_ARE = re.compile(r"(?:\s+(?:were|are|was|is|remain(?:ed|s)?))?(?:\s+(?:still|now))?\s+(?:"
                                  r"[^.;]{0,40}?\b(?<!non-)(?P<state>critical|serious)(?:ly)?\b|(?P<noun>[a-z]+(?:ren|s)|women|men)\b)", re.I)
_IN_CONDITION = re.compile(r"\s+(?:who\s+)?(?:(?:were|are|was|is|remain(?:ed|s)?)\s+)?(?:still\s+)?(?:listed\s+)?in\s+(?:a\s+)?"
                           r"(critical|serious|stable|grave)(?:\s+but\s+stable)?\s+condition\b", re.I)
# "two of them have life-threatening injuries", "three of whom suffered injuries described as critical": those
# of the victims in a grave state, counted as "two in critical condition" is (a life-threatening state is its own:
# a report may tell both)
_OF_THEM_GRAVE = re.compile(r"\s+of\s+(?:them|whom)\s+(?:have|had|has|suffered|sustained|are|were|remain(?:ed)?)\s+"
                            r"[^.;]{0,40}?\b(?<!non-)(?P<state>life[\s-]threatening|critical|serious)\b", re.I)
# "took 23 into custody"
_INTO_CUSTODY = re.compile(r"\s+(?:in|into)\s+custody\b", re.I)
# A gathering whose size a bare number gives: "put the crowd at 40,000", "its crew of 25", also with an aside
# between ("attendance on the final night, the busiest of the week, was about 25,000").
# A crowd a bare number gives: "in front of more than 50,000 at Hampden", "played before 30,000 fans" is a noun's
_IN_FRONT_OF = re.compile(rf"\bin\s+front\s+of\s+(?:(?:{_HEDGES})\s+)?$", re.I)
_AT_PLACE = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z]")
_GATHERING_BEFORE = re.compile(
    rf"\b(?P<noun>crowd|crew|audience|attendance|congregation|workforce|membership|staff|enrollment|enrolment|population)s?\b"
    rf"[^.;:,]{{0,40}}?(?:,[^.;:,]{{1,50}},\s*)?\b(?:of|at|to|numbered|numbering|totalled|totaled|reached|swelled to|grew to|is|was|stands at|stood at"
    rf"|now)\s+(?:(?:now|currently)\s+)?(?:(?:{_HEDGES})\s+)?$", re.I)  # "is now 5.42 million", headline "Population ... now 5.4 million"
# A fraction of a whole the clause names is a share of it: "About a third of the job cuts", "two-thirds
# of voters", "more than three-quarters of voters" (a plural of a time unit is no whole; a bare "half" is
# left out: "half the town turned out", "more than half of those surveyed" is as often a loose word as a figure;
# but an estimate of one, "about half of its load", "roughly half of the town's residents", is a share)
_ROUGHLY_BEFORE = re.compile(r"\b(?:about|around|roughly|approximately|nearly|almost|some|an\s+estimated)\s+$", re.I)
# ...and a share of a whole named with a hyphened or proper word ("a third of in-state students", "about
# a fifth of Dutch refining capacity"), not of a month ("half of March")
_FRACTION_OF = re.compile(r"\s+(?:of\s+(?:the|its|their|his|her|our|all|these|those|them|whom|which)\b|(?:its|their)\s|"
                          r"of\s+(?:[a-z]{3,}\s+){0,2}?(?!(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries)\b)[a-z]{3,}s\b|"
                          r"of\s+(?-i:[a-z]+-[a-z]+\b(?!-)|(?!(?:" + "|".join(re.escape(m.capitalize()) for m in MONTHS) + r")\b)[A-Z][a-z]{2,}\b))", re.I)
# a bound on a share stated as a figure ("more than half of them", "less than half of its deliveries",
# "at least half of new projects"), as much an estimate as "about half"
_HALF_BOUND_BEFORE = re.compile(r"\b(?:(?:more|less|fewer)\s+than|at\s+least|at\s+most|just\s+(?:over|under))\s+$", re.I)
# ...but not of those a poll asked ("more than half of those surveyed", "of the surveyed companies"): a loose
# word for the poll's own percentage
_OF_RESPONDENTS = re.compile(r"\s+of\s+(?:the\s+|those\s+|all\s+)?(?:surveyed|polled|questioned|asked|respondents)\b", re.I)
# "by 2028", "by the end of 2027": the year a figure is to be reached by
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
# ...to come, in a report with no date: "would deliver £150mn of annual savings by 2027", "aims to cut ..."
_FUTURE_CUE = re.compile(r"\b(?:will|would|shall|(?:aims?|plans?|expects?|wants?|hopes?|is|are|set)\s+to)\b", re.I)
_QUAKE_CLASSES = frozenset({"earthquake", "aftershock", "foreshock"})
_PAST_BACKGROUND = re.compile(r"\b(?:will|would|shall|by)\s+$", re.I)  # not "will ... in 2030", "by 2030"
# A bare number that opens a clause as its subject, with a passive verb after it ("Seven were buried",
# "Two have been recaptured", "Three of them were dug out alive"): how many of the people the story
# counts had that done to them; the verb is the measure.
# A clause opens at a sentence's start, after a colon, "and", "although" or a reporting verb ("police said two were")
_CLAUSE_OPENS = r"(?:^|[;:]\s*|\.\s+|\b(?:and|but|while|although|though|whereas)\s+|\b(?:said|says|told\s+[a-z]+)\s+(?:that\s+)?)"
_CLAUSE_SUBJECT_BEFORE = re.compile(r"(?:^|[;:]\s*|\.\s+|\b(?:and|but|while)\s+)(?:(?:at\s+least|about|around|another|only|all|the(?:\s+(?:other|remaining))?)\s+)?$", re.I)
# ...or after "although" or a reporting verb when no count comes before it for the number to stand for ("It sold
# 900 tickets, though only 600 were used" counts tickets): "The miners were alive, although two were taken to hospital"
_CLAUSE_SUBJECT_LATE = re.compile(r"\b(?:although|though|whereas|said|says|told\s+[a-z]+)\s+(?:that\s+)?$", re.I)
_COUNT_BEFORE = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                           r"|dozens?|hundreds?|thousands?)\b", re.I)


def _opens_subject_clause(left: str) -> bool:
    """Whether a bare number at the end of `left` opens a clause as its subject."""
    return bool(_CLAUSE_SUBJECT_BEFORE.search(left) or _CLAUSE_SUBJECT_LATE.search(left) and not _COUNT_BEFORE.search(left))
_PASSIVE_AFTER = re.compile(
    r"(?:\s+of\s+(?:them|those|these)(?:,\s+(?:including\s+)?[^,;.]{1,40},)?)?"  # "Two of them, including a child,"
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+|later\s+|since\s+|now\s+|still\s+)?"
    r"(?:being\s+)?"  # "three were still being sought"
    r"(?P<word>[a-z]+ed|dug|found|caught|held|shot|struck|hurt|taken|freed|brought|sought|seen|thrown|beaten|stolen)\b"
    # ...or, with "of them" and an aside naming one of them, a verb in the past: "Three of them, including
    # Felix Stein, abandoned the race" (without the aside, "two of them managed" counts the sentence's noun)
    r"|\s+of\s+(?:them|those|these),\s+including\s+[^,;.]{1,40},\s+(?:also\s+|later\s+)?(?P<active>[a-z]{3,}ed)\b")
# A bare number that opens a clause as its subject, with the state its people are in after it: "Eight are
# still with the bandits", "Nearly 100 of them are still missing", "Seven of them were women", headline
# "..., eight still held": how many of the people the story counts are so; the state is the measure.
_SUBJECT_STATE_BEFORE = re.compile(_CLAUSE_OPENS + rf"(?:(?:{_HEDGES}|another|only|all|the\s+(?:other|remaining))\s+)?$", re.I)
_SUBJECT_STATE_AFTER = re.compile(
    r"(?P<of>\s+of\s+(?:them|those|these|whom|the\s+(?:[a-z]+\s+)?[a-z]+(?=\s+(?:is|was|are|were|remain|had|has|suffered|sustained)\b)))?"
    r"(?:\s+(?:are|were|is|was|remain(?:s|ed)?))?\s+(?P<still>still\s+|now\s+)?(?:"
    r"(?P<held>held|in\s+captivity|captive|with\s+(?:the|their)\s+(?:abductors|kidnappers|captors|bandits|gunmen|militants))|"
    r"(?P<state>missing|unaccounted|critical|hospitali[sz]ed)|(?P<noun>women|men|children|girls|boys|students|pupils|foreigners)|"
    # "Three of them were in Tennessee": how many of those the story counts were in a place it names; "Two are in
    # custody": how many are held by the police
    r"in\s+(?P<place>(?!(?:The|A|An)\b)(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})(?=\s*[,.;:]|\s+(?:and|while|but)\b)|"
    r"(?P<custody>in\s+(?:custody|jail|prison))|"
    # "one of them was in critical condition", "One of the three was listed in serious condition"
    r"(?:listed\s+)?in\s+(?:a\s+)?(?P<condition>critical|serious|stable|grave)(?:\s+but\s+stable)?\s+condition|"
    r"listed\s+as\s+(?P<listed>critical|serious|stable|grave)|"  # "One of them is listed as critical"
    # "two of them had fractures and one a head injury", "three suffered burns": the harm is the measure
    r"(?:had|has|suffered|sustained)\s+(?:an?\s+)?(?P<harm>(?:(?:head|spinal|leg|arm|back|serious|minor|internal)\s+)?"
    r"(?:fractures?|injur(?:y|ies)|burns|broken\s+(?:bones?|legs?|arms?|ribs?)|concussions?|smoke\s+inhalation)))\b",
    re.I)
_HEADLINE_STATE_BEFORE = re.compile(r",\s*$")


def _subject_state(left: str, number: NumberMatch, right: str) -> UnitMatch | None:
    """The people a clause-opening bare number counts by the state it gives them: "Eight are still held"."""
    after = _SUBJECT_STATE_AFTER.match(right)
    if after is None or number.kind != "cardinal":
        return None
    if not (_SUBJECT_STATE_BEFORE.search(left) or after.group("still") and _HEADLINE_STATE_BEFORE.search(left)):
        return None
    if (after.group("noun") or after.group("place")) and not after.group("of"):
        return None  # "Two were women" without "of them" is left: "Three are children of the owner"
    if after.group("place"):
        return UnitMatch("people", "count", measure=f"in {after.group('place')}")
    if after.group("harm"):
        return UnitMatch("people", "count", measure=" ".join(singular(w) for w in after.group("harm").lower().split()))
    if after.group("custody"):
        return UnitMatch("people", "count", measure="in custody")
    word = "held" if after.group("held") else (after.group("state") or after.group("noun") or after.group("condition")
                                                            or after.group("listed")).lower()
    return UnitMatch("people", "count", measure=CASUALTY_WORDS.get(word, word))


# "a group of eight", "the party of five": the size of a group the story follows, at a clause's end or
# before the verb the group is the subject of ("The group of eight had set off at dawn")
_GROUP_OF_BEFORE = re.compile(r"\b(?:[Aa]|[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,2}(?:group|party)\s+of\s+$")
# How many a place or a craft holds, and how many live in a place, given as a bare number at a clause's
# end: "a capacity of 46,000", "a ground that holds 42,000", "a town of roughly 1,700"
_CAPACITY_BEFORE = re.compile(
    rf"(?:\bcapacity\s+of|\b(?:stadium|arena|ground|venue|hall|theat(?:re|er)|auditorium|church|ship|vessel|ferry|boat|"
    rf"plane|aircraft|jet|bus|train|prison|jail|camp|shelter)s?\b(?:,\s*(?:which|that)\b)?[^.;:,]{{0,30}}?(?:\b(?:holds|held|seats|seated|"
    rf"accommodates)|{MAY_HOLD}))\s+(?:up\s+to\s+)?(?:(?:{_HEDGES})\s+)?$", re.I)
_POPULATION_BEFORE = re.compile(rf"\b(?:town|city|village|community|hamlet|island|suburb)\s+of\s+(?:(?:{_HEDGES})\s+)?$", re.I)
_BARE_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:but|and|while|where|when|people|residents|inhabitants)\b)")
_GROUP_SIZE_END = re.compile(
    rf"{_BARE_CLAUSE_END.pattern}|\s+(?:{'|'.join(sorted(AUXILIARY_VERBS | PASSIVE_AUXILIARIES))})\b")
# "the total toll in Palestinian lives ... to above 600", "the death toll rose to 43"
_TOLL_BEFORE = re.compile(rf"\btolls?\b[^.;:]{{0,120}}?\b(?:to|at|of|reached|reaches|hit|hits|passed|passes|past|topped|tops|surpassed|surpasses)\s+"
                          rf"(?:(?:{_HEDGES})\s+)?$|\btolls?\s+(?:{_HEDGES})\s+$", re.I)
_AGED = re.compile(  # "aged 45", "at the age of 45", "aged between 18 and 25", "aged just 14"
    r"\b(?:aged|ages?(?:\s+of)?|turns|turned|turning|will turn|as\s+young\s+as)\s+(?:(?:between|from|just|only|"
    + _HEDGES + r")\s+)?"
    r"(?:\d{1,3}(?:,\s*|,?\s+(?:and|or|to)\s+))*$", re.I)  # "two men, aged 19 and 22", "ages 15, 16 and 17"

# "Teixeira will be 29 in April", "She would have been 30 next month": an age to come of a person
_AGE_TO_COME = re.compile(r"\b(?:[Hh]e|[Ss]he|(?!(?:It|This|That|There|Which|What|Who)\b)[A-Z][a-z]+)\s+"
                          r"(?:will|would)\s+(?:have\s+)?be(?:en)?\s+$")
_AGE_TO_COME_AFTER = re.compile(r"\s*(?:[.;]|$|(?:in|on|next|this|later|when|by)\s)")

_OF_A = re.compile(r"\s+(?:of\s+)?an?(?=\s+\S)", re.IGNORECASE)


_POINT = re.compile(r"\s+points?\b", re.IGNORECASE)


def _unit_of_fraction(right: str) -> UnitMatch | None:
    """ "half a percentage point", "a quarter of a mile", "half an hour": the unit after "a";
    a bare point is a percentage point ("cut rates by a quarter point")."""
    article = _OF_A.match(right)
    point = _POINT.match(right, article.end() if article else 0)
    if point:
        return UnitMatch("percentage point", "percent", after=point.end())
    unit = unit_after(right[article.end():], allow_count=False) if article else None
    return None if unit is None else replace(unit, after=article.end() + unit.after)  # type: ignore[union-attr]


def _names_the_parties(left: str, number: NumberMatch, right: str) -> bool:
    """ "the two leaders", "the two huge land powers": the parties of the story, not a count
    (but "the three victims" is one)."""
    words = left.split()
    nouns = [w.lower() for w in _WORD.findall(right[:40])][:3]
    return (number.form == "words" and bool(words) and words[-1].lower() in DETERMINERS
            and any(noun in PARTY_NOUNS for noun in nouns))


# A bare number that walks out or goes on strike counts strikers; one left without power, those cut off
_WALKED_OUT = re.compile(
    r"\s+(?:(?:have|had|will|are|were)\s+)?(?:walk(?:ed|s|ing)?\s+(?:out|off\s+the\s+job)|(?:went|go|gone|going)\s+on\s+strike"
    r"|downed\s+tools|stopped\s+work|joined\s+the\s+(?:strike|walkout|picket\s+lines?))\b", re.I)
_WITHOUT_SUPPLY = re.compile(r"\s+(?:(?:are|were|remain(?:ed)?|was)\s+)?(?:still\s+)?without\s+(power|electricity|water|heat|heating)\b", re.I)


# A blood-alcohol reading written bare ("a blood alcohol content of 0.19", "a blood-alcohol level of .15", "a BAC
# of 0.12"): grams per 100 millilitres, the percent "0.19%" writes; not the legal limit beside it, a fact of its own
BLOOD_ALCOHOL = "blood alcohol"  # the measure of every such reading, however the sentence words it
_BLOOD_ALCOHOL_BEFORE = re.compile(r"\b(?:blood[\s-]alcohol(?:\s+(?:content|level|concentration|reading))?|BAC)"
                                   rf"\s+(?:of|was|at|measured)\s+(?:(?:{_HEDGES})\s+)?$", re.I)


def _implied_unit(sentence: str, number: NumberMatch, last: NumberMatch, *, skip: int = 0) -> UnitMatch | None:
    """The unit a bare number takes from its neighbours: a magnitude ("magnitude-6.4",
    "5.7 on the Richter scale"); people after a casualty word ("kills 1", "killing at least 12")
    or before one ("1 dead, 2 hurt"); an age after a name ("Anthony LaCalamita, 38,") or "aged"."""
    left, right = sentence[: number.start], sentence[last.end + skip:]
    if number.kind == "fraction" and _BY_FRACTION.search(left):
        return UnitMatch("percent", "percent", factor=100)  # "grew by a quarter": +25%
    if number.kind == "fraction" and _OR_FRACTION.search(left[-60:]) and _BARE_CLAUSE_END.match(right):
        return UnitMatch("percent", "percent", factor=100, measure="share")  # "cut 600 jobs, or about a quarter"
    if number.kind == "fraction" and _FRACTION_OF.match(right) and (
            number.text.lower() != "half" or _ROUGHLY_BEFORE.search(left) or (
                _HALF_BOUND_BEFORE.search(left) and not _OF_RESPONDENTS.match(right))):
        return UnitMatch("percent", "percent", factor=100, measure="share")  # "a third of the job cuts"
    if number.kind == "cardinal" and 0 < number.value < 1 and _BLOOD_ALCOHOL_BEFORE.search(left):
        return UnitMatch("percent", "percent", measure=BLOOD_ALCOHOL)
    magnitude = _MAGNITUDE_AFTER.match(right)
    if magnitude or _MAGNITUDE_BEFORE.search(left) or (
            (number.precision < 0.5 or skip) and number.value < 10 and _MAGNITUDE_NOUN.match(right)  # "a 2.9 aftershock"
            or number.precision < 0.5 and number.value < 10 and _ANOTHER_MAGNITUDE.search(left)):
        return UnitMatch("magnitude", "magnitude", after=magnitude.end() if magnitude else 0)
    if number.kind not in ("cardinal", "vague") or not float(number.value).is_integer():
        return None
    word = _CASUALTY_NOUN.match(right) or _CAUSED_CASUALTY_NOUN.match(right) or re.match(r"\s*([A-Za-z]+)", right)
    following = word.group(1).lower() if word else ""
    if following in CASUALTY_WORDS:
        return UnitMatch("people", "count", after=word.end(), measure=CASUALTY_WORDS[following])  # type: ignore[union-attr]
    phrase = _LIGHT_PHRASE.match(right) if number.kind == "cardinal" else None
    measure = phrase and PHRASAL_MEASURES.get((LIGHT_VERBS.get(phrase.group(1).lower(), ""), phrase.group(2).lower()))
    if measure in _FATES:  # headline "Over 600 fall ill after ...": people, and what befell them
        return UnitMatch("people", "count", measure=measure)
    passive = _PASSIVE_CASUALTY.match(right)  # "12 people were killed and 20 were wounded"
    if passive:
        return UnitMatch("people", "count", measure=CASUALTY_WORDS[passive.group("word").lower()])
    before = _CASUALTY_BEFORE.search(left)
    if before and number.kind == "cardinal" and (
            not following[:1].isalpha() or following in _CASUALTY_COUNT_ENDS or following in CLAUSE_OPENERS):
        return UnitMatch("people", "count", measure=CASUALTY_WORDS[before.group("word").lower()])
    if _MAJORITY_OF.search(left) and number.kind == "cardinal" and (
            not following[:1].isalpha() or following in _CASUALTY_COUNT_ENDS or following in ("over", "to")):
        return UnitMatch("majority", "count", measure="majority")  # "won by a majority of 12"
    if number.kind == "vague":  # "Thousands fled", "Hundreds were arrested": a crowd
        verb = _CROWD_VERB.match(right)
        crowd = verb is not None and (verb.group(1) in CROWD_VERBS or verb.group(1).endswith("ed"))
        return UnitMatch("people", "count") if crowd else None
    if number.value >= 10 and _WALKED_OUT.match(right):  # "as 36,000 walk out", "when 30,000 went on strike"
        return UnitMatch("people", "count", measure="strikers")
    if number.value >= 10 and (supply := _WITHOUT_SUPPLY.match(right)):  # "leaves 750,000 without power": the cut off
        return UnitMatch("people", "count", measure="without " + supply.group(1).lower())
    if 0 < number.value <= 120 and (
        ((_APPOSITIVE.search(left) or _WHO_WAS.search(left)) and _APPOSITIVE_END.match(right))
        or (_WHO_WAS.search(left) and _WHO_WAS_END.match(right)) or _AGED.search(left) or _AGE_TO.search(left)
        or _AGE_TO_COME.search(left) and _AGE_TO_COME_AFTER.match(right)
        or _EXTREME_AGE.search(left) and _APPOSITIVE_END.match(right)
    ):
        return UnitMatch("years", "age")
    if _OF_ONE_FAMILY.match(right):
        return UnitMatch("people", "count")  # "At least 12 of one family were killed"
    parent = _PARENT_OF.search(left)
    if parent and number.value <= 20 and _FAMILY_SIZE_END.match(right):
        # "a father of three", "the grandad-of-six", "a family of four": the children, or the family's size
        kin = parent.group(1).lower()
        measure = "family" if kin == "family" else "grandchildren" if kin.startswith("grand") else "children"
        return UnitMatch("people", "count", measure=measure)
    if _FORCED_BEFORE.search(left) and _TO_FLEE.match(right):  # "forced 30,000 to flee": the evacuated
        return UnitMatch("people", "count", measure="evacuated")
    if _SENT_BEFORE.search(left) and _TO_HOSPITAL.match(right):  # "sent 200 to hospital": the hospitalised
        return UnitMatch("people", "count", measure="hospitalized")
    if _LOST_IN.match(right) and _MOURNED_BEFORE.search(left):  # headline "mourns 14 lost in flood"
        return UnitMatch("people", "count", measure="killed")
    crowd = _CROWD_AFTER.match(right) if number.value >= 100 else None
    if crowd:  # "in front of 70,000 crowd", "a 45,000 crowd": the people in it
        return UnitMatch("people", "count", after=crowd.end(), measure="crowd")
    strong = _STRONG.match(right)
    if strong:  # "the group's 75,000-strong workforce", "a 300-strong crowd": its size in people
        return UnitMatch("people", "count", after=strong.end(), measure=strong.group(1).lower())
    if _ABOARD.match(right):
        return UnitMatch("people", "count", measure="aboard")
    if _INTO_CUSTODY.match(right):
        return UnitMatch("people", "count", measure="arrested")
    condition = _IN_CONDITION.match(right)
    if condition:  # "five in serious condition", "three in a critical condition"
        return UnitMatch("people", "count", measure=condition.group(1).lower())
    grave = _OF_THEM_GRAVE.match(right) if number.kind == "cardinal" else None
    if grave:
        return UnitMatch("people", "count", measure=re.sub(r"\s", "-", grave.group("state").lower()))
    some = _OF_THE_CASUALTIES.match(right) or (
        _FRONTED_CASUALTIES.search(left) and number.kind == "cardinal" and _EMPTY.match(right))
    if some:  # their own measure: what the clause says of them, not the casualty word's toll
        said = _SOME_CASUALTIES_ARE.match(right, some.end())  # "Of the dead, seven were in Barishal"
        word = (said.group("state") or said.group("noun")).lower() if said else "some"
        return UnitMatch("people", "count", measure=CASUALTY_WORDS.get(word, word))
    if _TOLL_BEFORE.search(left):
        return UnitMatch("people", "count", measure="killed")
    passive = _PASSIVE_AFTER.match(right)
    if passive and number.kind == "cardinal" and _opens_subject_clause(left):
        return UnitMatch("people", "count", measure=(passive.group("word") or passive.group("active")).lower())
    state = _subject_state(left, number, right)
    if state is not None:
        return state
    if number.form == "words" and _GROUP_OF_BEFORE.search(left) and _GROUP_SIZE_END.match(right):
        return UnitMatch("people", "count", measure="group")
    # "bringing the total number of deaths to 45" is left to the running total (_TOTAL_TO)
    subject = (None if _TOTAL_TO.search(left) else _number_of(left)) or _subject_counted(left)
    if subject is not None:
        return subject
    if _BARE_CLAUSE_END.match(right):
        if _CAPACITY_BEFORE.search(left):
            return UnitMatch("people", "count", measure="capacity")
        if number.value >= 10 and _POPULATION_BEFORE.search(left):
            return UnitMatch("people", "count", measure="population")
    if _IN_FRONT_OF.search(left) and (_BARE_CLAUSE_END.match(right) or _AT_PLACE.match(right)):
        return UnitMatch("people", "count", measure="crowd")  # "in front of more than 50,000 at Hampden"
    gathering = _GATHERING_BEFORE.search(left)
    if gathering:
        # "police put the crowd at 40,000", "a crew of 25", "the crowd was estimated at 50,000"; "an enrollment
        # of 1,400", "the prison population is around 33,000": the people a school or a place holds
        noun = gathering.group("noun").lower()
        if noun in ("staff", "workforce"):  # "a staff of about 250", "a workforce of 6,800": its employees
            return UnitMatch("employee", "count", measure=noun)
        return UnitMatch("crew", "count") if noun == "crew" else UnitMatch("people", "count", measure=noun)
    return None


# "Jobless claims fell by 12,000 to 370,000", "Payrolls grew by 151,000": a bare number after a
# change counts its subject, the change itself or (after "to") the level it reached
_SUBJECT_CHANGE = re.compile(
    rf"(?P<noun>(?:(?<!['’])\b[A-Za-z]+\s+)?(?<!['’])\b(?P<head>[A-Za-z]+))\s+(?:(?:has|have|had)\s+)?(?:{_alt(CHANGE_CUES - TRANSITIVE_CHANGE_CUES, literal=True)})\s+(?:by\s+)?"
    rf"(?:{_FILLER})?(?:(?i:{_HEDGES})\s+)?(?:\d[\d,.]*%?\s+(?:(?:in|over)\s+(?:a|one|the\s+[a-z]+)\s+[a-z]+\s+)?"
    rf"(?:to|from)\s+(?:(?i:{_HEDGES})\s+)?|to\s+(?:(?i:{_HEDGES})\s+)?)?$")


# "raise the number of seats from 65 to 125", "the number of dead rose to 45", "cut the number of MPs
# by 50", "puts the number of vacancies at 1,100": a bare number after "the number of <noun> ...
# from/to/by/at" counts that noun
_NUMBER_OF = re.compile(
    rf"\b(?:number|count|tally)\s+of\s+(?P<noun>(?:[a-z-]+(?<!s)\s+)?(?:[A-Za-z-]+s|{_alt(CASUALTY_WORDS, literal=True)}"
    rf"|people|children|men|women|staff|police|personnel)\b),?\s+(?P<gap>[^.;:]{{0,70}}?\s)?(?:from|to|by|at)\s+"
    rf"(?:(?i:{_HEDGES})\s+)?(?:\d[\d,.]*\s+to\s+(?:(?i:{_HEDGES})\s+)?)?$")
_NUMBER_OF_FROM = re.compile(r"\b(?:number|count|tally)\s+of\s+[^.;:]{0,60}?\bfrom\s+$")


def _number_of(left: str) -> UnitMatch | None:
    """The count a bare number gives of the noun in "the number of <noun>" before it."""
    named = _NUMBER_OF.search(left)
    if named is None:
        return None
    words = [w.lower() for w in named.group("noun").split() if w.lower() not in MEASURE_STOPWORDS]
    head = words[-1] if words else ""
    if head in CASUALTY_WORDS:
        return UnitMatch("people", "count", measure=CASUALTY_WORDS[head])
    if not head:
        return None
    # "the number of people who died at the beaches ... has risen to nine": the fate the clause after the noun names
    fate = next((CASUALTY_WORDS[w] for w in _WORD.findall((named.group("gap") or "").lower()) if w in CASUALTY_WORDS), None)
    if fate is not None and head in ("people", "children", "men", "women"):
        return UnitMatch(head if head == "people" else singular(head), "count", measure=fate)
    return UnitMatch(singular(head), "count", measure=" ".join(singular(w) for w in words))


def _subject_counted(left: str) -> UnitMatch | None:
    """The count a bare number keeps of its clause's subject when it changes by or to it."""
    change = _SUBJECT_CHANGE.search(left)
    if change is None or change.group("head")[:1].isupper() and left[: change.start("head")].strip():
        return None  # "The Dow fell 100": a name, not a counted noun
    words = [w.lower() for w in change.group("noun").split() if w.lower() not in MEASURE_STOPWORDS]
    head = words[-1] if words else ""
    if head in NOT_COUNTED_SUBJECTS or not (head in COUNTED_SUBJECTS or head.endswith("s") and not head.endswith("ss")):
        return None
    return UnitMatch(singular(head), "count", measure=" ".join(singular(w) for w in words))


def _measured_in_words(number: NumberMatch, dimension: str) -> bool:
    """A whole number in words measuring something continuous ("eight hours", "three miles",
    "two decades") is rounded to the unit as its digits would be: a count in words ("eight
    people") is exact, but a fire that "took eight hours" may have taken 7 hours 40. "One" is
    left exact: "a one-mile radius", "one hour" name a set size more than a rounded measure."""
    return (number.form == "words" and number.kind == "cardinal" and number.precision == 0
            and number.value >= 2 and number.value == int(number.value) and (dimension == "duration" or dimension in PHYSICAL_DIMENSIONS))


def _interval(number: NumberMatch, hedge: str | None) -> tuple[float | None, float | None]:
    """The interval a number allows: its written precision, widened or opened by a hedge."""
    if number.kind == "vague":
        return number.lower, number.upper
    value, precision = number.value, number.precision
    if hedge is None:
        return value - precision, value + precision
    return _hedged(value, hedge)


def _hedged(value: float, hedge: str) -> tuple[float | None, float | None]:
    """The interval a hedge allows around a value ("nearly 300": 270-300; "more than 300": 300-)."""
    low_factor, high_factor = HEDGES_BEFORE.get(hedge) or HEDGES_AFTER[hedge]
    return (None if low_factor is None else value * low_factor, None if high_factor is None else value * high_factor)


def _scale_of(number: NumberMatch) -> float:
    """The scale word's factor in "20 billion" (1e9), to apply to the bare end of "19 to 20 billion"."""
    for word, factor in (("trillion", 1e12), ("tn", 1e12), ("billion", 1e9), ("bn", 1e9),
                         ("million", 1e6), ("mn", 1e6), ("thousand", 1e3)):
        if word in number.text.lower():
            return factor
    return 1.0


def _is_change(sentence: str, start: int, end: int, *, rate: bool = False) -> bool:
    """Whether the value at sentence[start:end] is a change ("fell 5.4%", "a 2% rise"); with
    `rate` (a percentage), "raised", "hiked" say so as well."""
    if _MADE_UP.search(sentence, 0, start):
        return False  # "made up 12 percent of voters": a share
    before = _words_before_change(sentence, start)
    after_text = sentence[end: end + 40].lower()
    after = [w for w in _WORD.findall(after_text)][:2]
    cues = _RATE_CHANGE_CUES if rate else CHANGE_CUES
    if any(w in cues for w in before) and not any(w in ("to", "at", "from") for w in before[-1:]):
        return True
    if any(w in CHANGE_NOUNS for w in after) and after[:1] not in (["to"], ["and"], ["or"], ["for"]):
        return True
    return any(after_text.lstrip(" ,").startswith(p) for p in CHANGE_PHRASES)


_RATE_CHANGE_CUES = CHANGE_CUES | RATE_CHANGE_CUES
_CHANGE_FILLER = re.compile(rf"\b{_FILLER}$", re.I)


def _words_before_change(sentence: str, start: int) -> list[str]:
    """The last three words before a value, past any filler after a change's verb."""
    filler = _CHANGE_FILLER.search(sentence, max(0, start - 30), start)
    end = filler.start() if filler else start
    return [w.lower() for w in _WORD.findall(sentence[max(0, end - 30): end])][-3:]


def _is_decrease(sentence: str, start: int, end: int) -> bool:
    """ "fell 5.4%", "down 3%", "a 2% decline": the change is negative."""
    before = _words_before_change(sentence, start)
    after = [w.lower() for w in _WORD.findall(sentence[end: end + 25])][:2]
    return any(w in DECREASE_CUES for w in before + after)


def _negate(bound: float | None) -> float | None:
    return None if bound is None else -bound


def _kind(value: _Value) -> str:
    q = value.quantity
    if q.dimension == "score":
        return "score"
    if value.threshold:
        return "threshold"
    if value.change:
        return "change"
    if q.dimension == "percent":
        return "rate"
    if q.dimension == "count":
        return "count"
    if q.dimension == "age":
        return "age"
    if q.dimension == "duration":
        return "duration"
    return "amount"


def _next_word(text: str) -> str:
    m = _WORD.search(text[:20])
    return m.group(0).lower() if m else ""


# "on 4 November 2008, when troops raided Gaza and killed six gunmen", "the bombing of Guffa on
# Tuesday, which he said killed seven": the date dates the clause
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.I)
_WHEN_CLAUSE = re.compile(r",\s+(?:when|which)\b[^,;:()]*$")


def _period_for(sentence: str, start: int, end: int, times: list[TimeMention]) -> Period | None:
    """The period a value refers to: the nearest time expression in its clause, else the one
    that opens the sentence ("In the first quarter of this year, ...")."""
    when = [t for t in times if t.role in ("when", "since") and not _BASELINE.search(sentence[: t.start])]
    if not when:
        return None
    # "12 people were killed and 20 wounded in Thursday's bombing": both counts are Thursday's
    after = [t for t in when if t.start >= end and not _clause_break(_AND_COUNT.sub(" ", sentence[end:t.start]))
             and not _not_the_figures_time(sentence[end:t.start], t)]
    if after:
        return after[0].period
    before = [t for t in when if t.end <= start and (not _clause_break(sentence[t.end:start])
                                                     or _WHEN_CLAUSE.match(sentence, t.end, start)
                                                     or _YEAR_NAMED_EVENT.search(sentence, 0, t.start)
                                                     and _EVENT_CLAUSE.match(sentence, t.end, start))]
    if before:
        return before[-1].period
    # an event the sentence opens with, dated in its own words, is what the sentence's figures are of
    # ("The Tazreen fire of 2012, also in Ashulia, killed 112", "The last flood here, in 1998, claimed 31 lives")
    recalled = [t for t in when if t.end <= start and _DATED_EVENT_SUBJECT.match(sentence, 0, t.start)]
    if recalled:
        return recalled[0].period
    # ...but not a date that premodifies a noun ("In a November 9 press conference, ...")
    opening = [t for t in when if t.end <= start and len(sentence[: t.start].split()) <= 2
               and not _INDEFINITE_BEFORE.search(sentence, 0, t.start)]
    return opening[0].period if opening else None


# "since the 2017 Tubbs Fire, which burned 36,807 acres", "the 2010 quake, which killed 300": the year
# that names a past event dates the figures of the clause about it
_YEAR_NAMED_EVENT = re.compile(r"\bthe\s+$", re.I)
_EVENT_CLAUSE = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,3}}(?:\s+(?i:{_alt(EVENT_NOUNS, literal=True)}))?(?<=\w)\s*,?\s+"
                           r"(?:which|that)\b(?:[^,;:()]|,(?=\d))*$")
_NAMED_EVENT_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{1,3}}\s+(?i:{_alt(EVENT_NOUNS, literal=True)})\b")
_DATED_EVENT_SUBJECT = re.compile(rf"\W*(?i:the|a|an|that|this)\s+(?:[\w'’-]+\s+){{0,4}}?(?i:{_alt(EVENT_NOUNS, literal=True)})"
                                  r"(?:\s+(?:here|there))?(?:\s+of|\s*,\s*(?:in|on)?|\s+in)\s*$")
_AND_COUNT = re.compile(rf"\band\s+(?=\d|(?i:{NUMBER_WORD})\b)", re.I)


def _clause_break(text: str) -> bool:
    return bool(_CLAUSE_BREAK.search(text))


# "won in two hours 41 minutes to become the first Italian since Panatta in 1976": the year of the
# occasion before, told with "since"; "at around 2 a.m. (2100 GMT Monday)": the day of the time
# converted in the brackets
# " from 6.8% ", ", down from 6.9 per cent ": the level a change started from, between a figure and a time
_FROM_EARLIER_LEVEL = re.compile(r",?\s+(?:(?:up|down)\s+)?from\s+[^\s,;]*\d[^\s,;]*(?:\s+(?:per\s+cent|percent|[a-z]+))?\s+")
_SINCE_OCCASION = re.compile(r"\bsince\s+\S[^;]*?\s(?:in|on)\s+(?:the\s+)?$", re.I)


def _not_the_figures_time(between: str, time: TimeMention) -> bool:
    """Whether a time after a figure, `between` the two, is not the figure's: it dates the occasion
    before, after "since" ("the first ... since Panatta in 1976"): news measures a feat against the
    last time it was done, and that year is the earlier feat's; or it stands in brackets that open
    after the figure, an aside of their own ("the 36-inch pipeline ... at around 2 a.m. (2100 GMT
    Monday)": the local time's day is the next); or a month, quarter or year closes the level a
    change started from ("fell to 6.6% from 6.8% in September": September's rate was 6.8%; a day
    there is as often when the figure moved: "rose to 45 from 30 on Monday")."""
    return bool(_SINCE_OCCASION.search(between)) or between.count("(") > between.count(")") or (
        time.period.granularity != "day" and _FROM_EARLIER_LEVEL.fullmatch(between) is not None)


def _apply_run(
    sentence: str, value: _Value, values: list[_Value], period: Period | None, times: list[TimeMention]
) -> Period | None:
    """ "for the third consecutive year" right after a value stretches its period back."""
    runs = [t for t in times if t.role == "run" and t.start >= value.end
            and not re.search(r"[;.]", sentence[value.end:t.start])
            and not any(value.end <= v.start < t.start for v in values)]
    if not runs or period is None:
        return period
    return stretch(period, runs[0].run)


UNIVERSAL_TIME = "time of day GMT"
_CONVERSION_BETWEEN = re.compile(r"(?:\s+local\s+time)?,?\s*[(\[]\s*", re.I)
# "at 3pm Tuesday", "at 20:00 local time (19:00 GMT) on Tuesday"
_CLOCK_THEN_DAY = re.compile(r"(?:\s+local\s+time)?(?:\s*[(\[][^()\[\]]*[)\]])?\s*(?:on\s+)?$", re.I)


def _event_claims(
    context: Context, sentence: str, times: list[TimeMention], attribution: str | None,
    clocks: list[ClockTime] = (),  # type: ignore[assignment]
) -> Iterator[Claim]:
    """Dated events: "Xi and Putin held a video meeting on February 4"; a day right after a
    time of day ("found shortly after 10:30pm Tuesday") dates what that time times."""
    for time in times:
        if time.role != "when" or time.period.granularity not in ("day", "week", "span", "month", "quarter", "half", "year"):
            continue
        if _COMPARED_WITH.search(sentence, 0, time.start):
            continue  # "profit fell 20% compared with a year earlier": what a change is measured against
        decade = time.period.granularity == "span" and time.period.resolved and (
            (time.period.end - time.period.start).days > 31  # type: ignore[operator]
        )
        if decade and _decade_opening(sentence, time) is None:
            continue  # a stretch of time; but a stated decade dates a deed ("was built in the 1960s") or a start
        event = (Event(STORM_EVENT, (), ()) if _STORM_AFTER.match(sentence, time.end) and time.period.granularity in ("month", "year")
                 else _event_at(sentence, time.start, time.end, context, times))
        clock = next((c for c in clocks if c.end <= time.start and _CLOCK_THEN_DAY.match(sentence[c.end:time.start])), None)
        if event is None and clock is not None:
            event = _event_at(sentence, clock.start, time.end, context, times)
        if decade and event is not None and event.measure not in _DEED_CLASSES and not time.period.label.startswith("since"):
            continue  # "clashes occurred in the late 1960s": a decade is too coarse to date a happening, only a deed
        if event is not None and time.period.granularity == "week" and any(
            (_event_at(sentence, t.start, t.end, context, times) or event).measure == event.measure
            for t in times if t.period.granularity == "day"
        ):
            continue  # "shot two Monday ... fired last week": the week dates another event than the day
        if event is not None:
            yield _dated_claim(sentence, (time.start, time.end), event, attribution,
                               kind="date", event_date=time.period)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)(?:\s+(?:here|there))?,?\s+(?:(?:in|on|since|during|of|from)\s+)?(?:the\s+)?$")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")


# A storm is an event with a toll and a cost of its own ("a hailstorm ... caused C$2.8 billion in damage in August 2024")
_TOLLED_EVENTS = TOLLED_EVENTS | {STORM_EVENT}
# "The August 2024 hailstorm", "a June 2020 ice storm": a month or year set before a storm's noun dates that storm
_STORM_AFTER = re.compile(rf"\s+(?:(?:ice|hail|snow|tropical|winter|wind|severe|freak|deadly)\s+)?"
                          rf"(?:{_alt(STORM_WORDS, literal=True)})\b", re.I)


def _event_class(word: str) -> str:
    """The class of event a word names, a storm's noun naming a storm ("hailstorm")."""
    return STORM_EVENT if word.lower() in STORM_WORDS else event_class(word)


# A deed's past-tense verb, then up to six words of its clause, before the year it was done in ("won £195.7m in
# July 2022", "passed a bill in 2024", "was built in 1972"); or after a year that opens the sentence ("In 2021, a
# sinkhole opened up")
_DEED_VERB = rf"(?P<verb>{_alt(DEED_EVENTS, literal=True)})"
_DEED_BEFORE_YEAR = re.compile(rf"\b\w+\s+{_DEED_VERB}\b(?:\s+[^\s;:]*[^\s.;:,]){{0,6}}?\s+(?:in|during)\s+$", re.I)
_DEED_AFTER_YEAR = re.compile(rf"\s*,\s*(?:[\w'’-]+\s+){{1,5}}?{_DEED_VERB}\b", re.I)
_OPENING_IN = re.compile(r"^\W*in\s+$", re.I)
_DEED_CLASSES = frozenset(DEED_EVENTS.values())
_COUNTED_DEEDS = re.compile(rf"\b(?:\d[\d,.]*|(?:{NUMBER_WORD})|dozens|hundreds|thousands)\s+(?:[a-z-]+\s+)?[a-z]+s\b", re.I)


def _past_deed(sentence: str, time: TimeMention, published: date | None) -> str | None:
    """The class of the past deed a stated year (or decade: "was built in the 1960s") before the
    publication year dates, or None."""
    decade = _decade_opening(sentence, time)
    if not (_background_year(time) or decade is not None) or time.period.start is None or (
            published is not None and time.period.start.year >= published.year):
        return None
    deed = _DEED_BEFORE_YEAR.search(sentence, 0, time.start if decade is None else decade)
    if deed is None and _OPENING_IN.match(sentence[: time.start]):
        deed = _DEED_AFTER_YEAR.match(sentence, time.end)
    if deed is None or _COUNTED_DEEDS.search(deed.group(0)):
        return None  # "opened 40 stores in 2014": a year's count of deeds, not one deed
    return DEED_EVENTS[deed.group("verb").lower()]


# "The last time Yorkshire had a hosepipe ban was in 2022", "the hall was last renovated in 2019",
# "their last win over Wales came in Cardiff in 2019": the year of the latest occasion of what the clause names,
# told as background, a date of its own (not "last year", "the last two seasons": a span, a count)
LAST_OCCASION = "last"
_LAST_BEFORE_YEAR = re.compile(
    rf"\blast\s+(?!(?:{_alt(LAST_SPAN_WORDS, literal=True)}|{NUMBER_WORD}|\d)\b)[\w'’-]+\b[^;:.()]*?,?\s+(?:in|during)\s+$", re.I)


def _last_occasion(sentence: str, time: TimeMention, published: date | None) -> bool:
    """Whether a stated past year is when what a clause calls the last of its kind happened."""
    start = time.period.start
    if not _background_year(time) or start is None or (published is not None and start.year >= published.year):
        return False
    return _LAST_BEFORE_YEAR.search(sentence, 0, time.start) is not None


# "the 1960s", "the early 1970s", "the 1960s and 1970s": a decade a text states, with what opens it
_DECADE_LABEL = re.compile(r"(?:since\s+the\s+(?:(?:early|mid|late)[\s-]*)?)?(?:1[89]|20)\d0s", re.I)
_DECADE_OPENS = re.compile(r"\bthe\s+(?:(?:early|mid|late)[\s-]*)?$", re.I)
_SINCE_DECADE = re.compile(r"\bsince\s+$", re.I)


def _decade_opening(sentence: str, time: TimeMention) -> int | None:
    """Where the wording of a stated decade opens ("in the early 1970s": at "the"), or None when
    `time` is no decade."""
    if time.role != "when" or not _DECADE_LABEL.fullmatch(time.period.label):
        return None
    if time.period.label.startswith("since"):
        return time.start  # the start of a span from the decade to now (`_since_decade`)
    opening = _DECADE_OPENS.search(sentence, 0, time.start)
    return opening.start() if opening else None


def _background_year(time: TimeMention) -> bool:
    """Whether a time is a year the text states ("in 2019", "March 2019"), not one counted from
    the publication date ("last year"): a toll it is the period of then dates its event."""
    period = time.period
    if time.role != "when" or period.granularity not in ("year", "month"):
        return False
    # a month named with its year counted back ("In January last year, six people were killed") is stated
    # as plainly as "January 2025"; "last year" or "last month" alone is a toll's span
    return bool(_STATED_YEAR.search(period.label)) or (
        period.granularity == "month" and period.label.split()[0].lower().rstrip(".,") in MONTHS)


_STATED_YEAR = re.compile(rf"\b{STATED_YEAR}\b")


# The event a count of injured people in a past year dates ("In 2019, about 20 people were hurt",
# "two officers were wounded in September 2024"): an injury toll, like a death toll, is the toll of one
# event, so the year it is counted in is that event's; one class however the reports name it.
INJURY_EVENT = "injury"


def _past_injuries(sentence: str, time: TimeMention, toll: Claim, published: date | None) -> bool:
    """Whether a count of injured people is counted in a stated year before the publication year,
    or in any stated year when the text has no date (a background event, not the story's own, whose
    injured the story counts by the day: "on Thursday")."""
    if "injured" not in toll.measure.split() or not _STATED_YEAR.search(time.period.label):
        return False
    start = time.period.start
    return start is not None and (published is None or start.year < published.year)


_SINCE = re.compile(rf"since\s+(?:(?P<year>{STATED_YEAR})|[A-Z][a-z]+(?:\s+(?:this\s+year|{STATED_YEAR}))?)$")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)


_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)
_YEAR_SPAN_LABEL = re.compile(rf"({STATED_YEAR})\s*(?:-|–|to|and)\s*((?:1[89]|20)?\d\d)")


def _span_ends(
    sentence: str, spans: list[TimeMention], times: list[TimeMention], context: Context, figure: Event | None
) -> Iterator[tuple[TimeMention, TimeMention, Event]]:
    """ "The cartel lasted from 2011 to 2016", "died in the war, from 1983-2005": the year it began
    and the year it ended, each dating what the clause names (as its start and its end), else what
    the figure before it measures ("ran for five years, from 2011 to 2016"); a span with no "from"
    before it ("the plan period (2026-2030)") names a thing, not when it ran."""
    for time in spans:
        m = _YEAR_SPAN_LABEL.fullmatch(time.period.label)
        if m is None or not time.period.resolved or not _FROM_BEFORE.search(sentence, 0, time.start):
            continue
        event = _event_at(sentence, time.start, time.end, context, times) or figure
        if event is None:
            continue
        first, last = time.period.start, time.period.end
        assert first is not None and last is not None
        yield (TimeMention(time.start, time.start + len(m.group(1)), year_period(first.year)),
               TimeMention(time.end - len(m.group(2)), time.end, year_period(last.year)), event)


def _since_start(sentence: str, time: TimeMention) -> TimeMention | None:
    """A span from a stated year or month to now ("since 2019", "since September", "since
    September this year", whose month is read apart from its "since") as the year or month it
    began in, or None."""
    label = time.period.label
    if _SINCE_BEFORE.search(sentence, 0, time.start):
        label = f"since {label}"
    m = _SINCE.fullmatch(label)
    if m is None or time.period.start is None:
        return None
    if m.group("year"):
        year = int(m.group("year"))
        return TimeMention(time.start, time.end, year_period(year, time.period.label))
    return time if time.period.granularity == "month" else None


def _since_decade(sentence: str, time: TimeMention) -> TimeMention | None:
    """A span from a stated decade to now ("dozens of records since the 1920s") as the decade it
    began in, or None."""
    opening = _decade_opening(sentence, time)
    since = _SINCE_DECADE.search(sentence, 0, opening) if opening is not None else None
    if since is None:
        return None
    return TimeMention(since.start(), time.end, replace(time.period, label=sentence[since.start():time.end]))


def _next_to_event(sentence: str, time: TimeMention) -> bool:
    """Whether an event word stands right before or after a time expression ("commenced in
    September", "independence in July", "the 1967 killings", "the 2017 Tubbs Fire")."""
    if _NAMED_EVENT_AFTER.match(sentence, time.end) or _STORM_AFTER.match(sentence, time.end):
        return True
    before = _WORD_BEFORE.search(sentence, 0, time.start)
    after = _WORD_AFTER.match(sentence, time.end)
    words = [m.group(1).lower() for m in (before, after) if m]
    return any(w in START_WORDS or w in EVENT_NOUNS or event_class(w) for w in words)


def _dated_claim(
    sentence: str, marked: tuple[int, int], event: Event, attribution: str | None, **value: object
) -> Claim:
    """A claim dating an event (`event_date=`) or timing it (`quantity=`, `period=` its day)."""
    return _unplaced(sentence, marked, measure=event.measure, scope=event.scope, attribution=attribution,
                     subject=event.subject, **value)


def _event_at(sentence: str, start: int, end: int, context: Context, times: list[TimeMention]) -> Event | None:
    """What the date or time at sentence[start:end] dates: the event its clause names, else the
    words around it ("the 2007 World Series MVP", "born on April 11"), as for a value."""
    event = event_of(sentence, start, end, context, times)
    if event is not None:
        return event
    described = describe_date(sentence, start, end, context, times)
    if not described.measure:
        return None
    return Event(described.measure, described.scope, described.subject)


def _clock_claims(
    context: Context, sentence: str, times: list[TimeMention], clocks: list[ClockTime], attribution: str | None
) -> Iterator[Claim]:
    """Times of day: "the attack began at about 3pm" is the time of the attack, on the day the
    sentence names (or, when it names none, the day the document is mostly about)."""
    local: tuple[ClockTime, Event] | None = None
    for time in clocks:
        # "3 p.m. (1200 GMT)", "at about 12:00 GMT": universal time, a unit of its own, so that it
        # never meets (and never conflicts with) the local time it converts
        universal = bool(time.zone) and time.zone.upper() in CLOCK_ZONES
        converts = local is not None and _CONVERSION_BETWEEN.fullmatch(sentence, local[0].end, time.start)
        event = local[1] if universal and converts else _event_at(sentence, time.start, time.end, context, times)
        if event is None:
            continue
        local = (time, event)
        days = [t for t in times if t.role == "when" and t.period.granularity == "day"]
        day = min(days, key=lambda t: abs(t.start - time.start)).period if days else None
        unit = UNIVERSAL_TIME if universal else "time of day"
        quantity = Quantity(time.minutes, time.lower, time.upper, unit, "clock", 0.5, time.hedge)
        yield _dated_claim(sentence, (time.start, time.end), event, attribution,
                           kind="time", quantity=quantity, period=day)
