"""What a value is about: its measure ("trade"), scope ("China", "Russia"), subject ("Xi") and
source ("China's Ministry of Commerce"), read from the words around it.

No parser is needed: the clause a value sits in is cut at punctuation and subordinators; the
subject is what precedes the linking verb ("bilateral trade reached $X"); a participle clause
("..., surpassing the $200 billion mark") has no subject of its own and inherits the previous
value's; "bilateral" stands for the pair of countries the document is about.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .ingest import DATE_LABELS
from .lexicon import (
    ADJECTIVE_ENDINGS,
    AGE_DEGREES,
    ATTRIBUTION_VERBS,
    AUXILIARY_VERBS,
    BASE_VERB_OPENERS,
    BILATERAL_WORDS,
    CASUALTY_WORDS,
    CHANGE_CUES,
    CLAUSE_OPENERS,
    COUNTRY_NAMES,
    CUMULATIVE_CUES,
    DIRECTION_WORDS,
    DISMISSAL_VERBS,
    ELLIPSIS_LINKS,
    EVENT_WORDS,
    GENERIC_EVENT,
    HEDGES_BEFORE,
    IRREGULAR_BASE_VERBS,
    IRREGULAR_VERBS,
    LEGAL_STEPS,
    LIGHT_VERBS,
    LINKING_VERBS,
    LOST_AS_KILLED,
    MEASURE_STOPWORDS,
    MEASURE_SYNONYMS,
    MONTHS,
    NOT_COUNT_MODIFIERS,
    NOT_NAMES,
    NOT_VERBS,
    OTHER_EVENT_WORDS,
    OWNING_VERBS,
    PASSIVE_AUXILIARIES,
    PERPETRATOR_NOUNS,
    PERSON_NOUNS,
    PERSON_SUBJECTS,
    PERSON_TITLES,
    PERSONAL_DISMISSAL_VERBS,
    PHRASAL_LINKS,
    PHRASAL_MEASURES,
    PLACE_NOUNS,
    PLANNING_WORDS,
    POSSESSIVES,
    PROJECTILES,
    PRONOUNS,
    QUAKE_WORDS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SAME_DEED,
    SAME_FATE,
    SHARE_QUANTIFIERS,
    SOURCE_NOUNS,
    SOURCE_ROLES,
    SUMMING_CUES,
    TITLE_ROLES,
    TOTAL_AFTER_CUES,
    WEEKDAYS,
)
from .model import Claim, Document
from .numbers import (
    FRACTION_DENOMINATORS,
    NUMBER_START,
    NUMBER_WORD,
    ORDINALS,
    PLURAL_DENOMINATORS,
    TENS,
    UNITS,
    VAGUE_PLURALS,
    _alt,
)
from .periods import TimeMention
from .prefilter import fold_case
from .stories import lede_key
from .units import demonym, singular

_COUNTRY_RE = re.compile(rf"(?<![\w.])({_alt(COUNTRY_NAMES, literal=True)})(?![\w])")  # a trie: fails fast
_NEXT_WORD = re.compile(r" ([A-Z][A-Za-z'’.-]*)")
_FROM_BEFORE = re.compile(r"\bfrom (?:the )?$")
_DIRECTION = re.compile(r"\s*(?:" + "|".join(DIRECTION_WORDS) + r")\b", re.I)
_BOUNDARY = re.compile(rf"[,;()\[\]—–]|(?<!\d):|:(?!\d)|\s-{{1,2}}\s|\b(?:{_alt(CLAUSE_OPENERS, literal=True)})\b", re.I)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
# The _TOKEN tokens that start with a capital, found without visiting the others: a run of
# letters, apostrophes, dots and hyphens holds one token, from its first letter to its last.
_CAPITALISED_TOKEN = re.compile(r"(?<![A-Za-z'’.-])['’.-]*([A-Z](?:[A-Za-z'’.-]*[A-Za-z])?)")
_HEDGE_WORDS = frozenset(w for h in HEDGES_BEFORE for w in h.split())
HEDGES = _alt(HEDGES_BEFORE)  # "about", "more than", "up to": a hedge before a figure (a regex alternation)
# The last "X said (that)" before a value: what X said is the clause after it.
# (not a passive: "the damage was estimated at $2 million" says what was estimated; nor an
# adjective: "the fee is a reported £35m")
_REPORTED_CLAUSE = re.compile(rf".*\b(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbe\s)"
                              rf"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:{'|'.join(REPORTING_VERBS)})\b(?:\s+that\b)?", re.I | re.S)
# "were initially estimated", "was later reported": a passive with an adverb between (what a lookbehind cannot span)
_PASSIVE_ADVERB = re.compile(r"\b(?:was|were|is|are|been|be)\s+[a-z]+ly\s+$", re.I)
# "a reported £35m", "an undisclosed sum of": how the figure is known, not what it measures
_SOURCED_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:reported|rumou?red|alleged|claimed|undisclosed)\s*$", re.I)
_REPORTED_WORD = re.compile(rf"\b(?:{'|'.join(REPORTING_VERBS)})\b", re.I)  # without it, no _REPORTED_CLAUSE (whose
# ".*" retried from every start is quadratic in a clause that has none)
_ATTRIBUTION_PATTERNS = (
    re.compile(r"\baccording to (?:the )?(?:(?:latest|preliminary|official|new|recent|final) )*"
               r"(?:(?:data|figures|statistics|estimates|numbers) (?:from|by|of|released by) )?"
               r"(?:the )?(?P<src>[^,.;:]+)", re.I),
    re.compile(r"(?:^|[,;]\s*|\bthat\s+)(?P<src>(?:[A-Z][\w'’.-]*\s+){0,5}(?:data|figures|statistics|"
               r"estimates|report|survey|study|census)(?:\s+(?:from|by|of)\s+[^,.;]+?)?)\s+"
               r"(?:shows?|showed|indicates?|indicated|suggests?|suggested)\b", re.I),
    re.compile(r",\s*(?P<src>[^,.;]{2,60}?)\s+(?:said|says|told|reported|estimated|announced)"
               r"(?:\s+on\s+\w+)?\s*[.!]?\s*[\"”’]?\s*$"),
    re.compile(r"(?:said|says|reported|announced)\s+(?P<src>(?:the\s+)?[A-Z][^,.;]{1,60}?)\s*[.!]?\s*$"),
    re.compile(r"^(?P<src>(?:[A-Z][\w'’.-]*\s+){1,5})(?:said|says|told|reported|announced)\b"),
    # "Local official Miabek Lang said", "Enough Project sources indicated that", "Police say"
    re.compile(r"^(?P<src>(?:[\w'’.-]+\s+){0,6}?(?:[A-Z][\w'’.-]*|" + "|".join(SOURCE_ROLES) + r"))\s+"
               r"(?:" + "|".join(REPORTING_VERBS) + r")\b"),
)
# What each of _ATTRIBUTION_PATTERNS cannot match without: words in the case-folded sentence
# (the first two ignore case), a reporting verb as written (the others do not).
_ATTRIBUTION_CLUES = (re.compile("according to"), re.compile("show|indicat|suggest"),
                      *[re.compile("|".join(sorted({*REPORTING_VERBS, "said", "says", "told", "reported",
                                                    "estimated", "announced"})))] * 4)


# Words only cricket uses, and those it shares with baseball and other sports ("innings", "runs")
CRICKET_ONLY_WORDS = r"wickets?|bowl(?:s|ed|er|ers|ing)?|all\s+out|not\s+out|declared|cricket|Tests?|overs"
CRICKET_WORDS = re.compile(rf"\b(?:{CRICKET_ONLY_WORDS}|innings|batt(?:ed|ing|er|ers)|unbeaten|test\s+(?:match|series)|runs|"
                           r"run\s+chase)\b")


@dataclass(frozen=True, slots=True)
class Context:
    """What a document is about: the pair of countries it mentions most; `cricket` when it is a
    cricket report (three or more of its cricket words, one of them "wicket(s)": baseball tells
    innings and runs, never wickets), so that a batter's "made 87" in a sentence with no cricket
    word is still runs."""

    pair: tuple[str, ...]
    cricket: bool = False

    @classmethod
    def of(cls, document: Document) -> Context:
        counts: Counter[str] = Counter()
        for m in _COUNTRY_RE.finditer(document.text):
            if not document.in_boilerplate(m.start(), m.end()):
                counts[COUNTRY_NAMES[m.group(1)]] += 1
        top = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
        words = [m.group(0).lower() for m in CRICKET_WORDS.finditer(document.text)]
        cricket = len(words) >= 3 and any(w.startswith("wicket") for w in words)
        return cls(tuple(sorted(top)) if len(top) == 2 else (), cricket)


@dataclass(frozen=True, slots=True)
class Description:
    """The measure, scope and subject of one value; `elliptical` when its clause names none."""

    measure: str
    scope: tuple[str, ...]
    subject: tuple[str, ...]
    elliptical: bool


@dataclass(frozen=True, slots=True)
class Event:
    """An event whose date is stated: its class ("meeting"), participants and countries."""

    measure: str
    scope: tuple[str, ...]
    subject: tuple[str, ...]


def story_keys(document: Document, claims: Sequence[Claim] = ()) -> frozenset[str]:
    """The names a document's main text mentions (people, places, countries), lowercased:
    two documents that share few of them are about different stories. With its claims, also the
    day its opening lines give their event (`stories.lede_key`): two reports that put one kind
    of event days apart report two events, however many names they share."""
    keys: set[str] = set()
    text = without_accents(document.text)  # "Bacău" and "Bacau" are one town, "Neamț" and "Neamt"
    common = frozenset(_LOWERCASE_WORD.findall(text))
    for m in _CAPITALISED_TOKEN.finditer(text):
        word = m.group(1)
        if (len(word) > 2 and not document.in_boilerplate(m.start(1), m.end(1))
                and not (_opens_sentence(text, m.start(1)) and _common_noun(word, common))):
            keys.update(_story_keys_of(word))
            if _VERB_LIKE_ENDING.search(word) and _name_with_verb_ending(text, m.start(1), word, common):
                keys.add(_name_of_any_ending(word).lower())
    keys.update(_dateline_places(document))
    lede = _lede(document, claims)
    if lede:
        keys.add(lede)
    return frozenset(keys)


def without_accents(text: str) -> str:
    """`text` with each accented Latin letter as its plain letter, one character for one (offsets
    hold): outlets spell one name with and without its diacritics ("Bacău", "Bacau")."""
    return text if text.isascii() else text.translate(_PLAIN_LETTERS)


class _PlainLetters(dict):
    """str.translate's table of plain letters, filled as characters are met."""

    def __missing__(self, code: int) -> int:
        base = unicodedata.normalize("NFKD", chr(code))[0]
        plain = ord(base) if len(base) == 1 and base.isascii() and base.isalpha() else code
        self[code] = plain
        return plain


_PLAIN_LETTERS = _PlainLetters()


_DATELINE_PLACE = re.compile(r"[^\d(/—–]*")  # a dateline up to its date, wire or dash
_PLACE_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]")


def _dateline_places(document: Document) -> list[str]:
    """The words of the place a wire dateline names ("DAYTON FALLS, Ohio (AP) —"): where the report
    was filed says which story it tells, though the dateline is no part of the main text."""
    return [word.lower() for start, end, reason in document.boilerplate if reason == "dateline"
            for word in _PLACE_WORD.findall(_DATELINE_PLACE.match(document.text, start, end).group())
            if word.lower() not in _stop_words() and word.lower().rstrip(".") not in MONTHS
            and word.lower() not in WEEKDAYS and word.lower() not in _DATE_LABEL_WORDS]


_DATE_LABEL_WORDS = frozenset(word for label in DATE_LABELS for word in label.split())  # "Published 3 March 2026"


LEDE_LINES = 4  # the headline, dateline and opening sentences: where a report says what happened when
_LEDE_EVENTS = frozenset(EVENT_WORDS.values()) - {GENERIC_EVENT}


def _lede(document: Document, claims: Sequence[Claim]) -> str | None:
    """The lede key of the first dated event of a known kind ("the 4.4-magnitude quake struck on
    Sunday") in the first LEDE_LINES lines of main text, when its day is known or named."""
    for claim in claims:
        day = claim.event_date
        if claim.kind != "date" or day is None or claim.measure not in _LEDE_EVENTS \
                or day_of_saying(claim.sentence, *claim.marked):
            continue  # "Nordhem said on Thursday a ransomware attack had shut ...": not the attack's day
        if _lines_of_text_before(document, bisect.bisect_left(document.offsets, claim.sentence_start)) >= LEDE_LINES:
            return None
        victim = victim_of(claim.sentence, *claim.marked)  # one victim is one event, however dated
        if day.resolved and day.start == day.end:
            return lede_key(claim.measure, day.start.isoweekday(), day.start, victim)  # type: ignore[union-attr]
        if day.weekday:
            return lede_key(claim.measure, day.weekday, None, victim)
    return None


# A source speaking just before a date: "said on Thursday", "told reporters late Sunday"
# or reporting it ("authorities reported on Thursday", "the ministry confirmed late Sunday"; not "the fire
# was reported on Monday", which is when it was seen)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:(?:the\s+)?[A-Za-z]+\s+){0,2}?(?:reporters|journalists|[A-Z][a-z]+)|"
                          r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?:reported|announced|confirmed))"
                          r"\s+(?:on\s+|late\s+|early\s+)?$")


# A wire dateline the sentence opens with: "Bharatpur, Feb 23 (PTI) Three people died ...", "LAGOS,
# March 3 (Reuters) -": the day the report was filed, not the day of what it tells.
_WIRE_DATELINE = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}"
                            r"|\d{1,2}\s+[A-Za-z]{3,9})(?:,?\s+\d{4})?\s*\((?:[A-Z][A-Za-z]{1,11})\)")


# A source speaking, or naming whom an event befell, just after a date that stands between it and
# its subject: "The coroner's office on Sunday identified the man killed ... Friday night", "Police on
# Monday named the victim", "The ministry on Tuesday said" (not "Police on Friday arrested": a deed;
# not "was on Sunday identified by")
_SAID_AFTER = re.compile(r"\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:said|identified|named|confirmed|announced|"
                         r"reported)\s+(?!by\b)")


def day_of_saying(sentence: str, start: int, end: int | None = None) -> bool:
    """Whether the date at `sentence[start:end]` only says when a source spoke, or when a wire
    report was filed (its dateline)."""
    if _SAID_BEFORE.search(sentence, 0, start):
        return True
    if end is not None and _SAID_AFTER.match(sentence, end):
        return True
    dateline = _WIRE_DATELINE.match(sentence) if start < 60 else None
    return dateline is not None and dateline.start("date") == start


def _lines_of_text_before(document: Document, position: int) -> int:
    """The lines before `position` that a report opens with: a byline or a date stamp above the
    lede ("By WLBT Staff", "Posted: Nov 28, 2026 / 09:14 PM EST") is not one of them."""
    return sum(1 for m in _LINE.finditer(document.text, 0, position) if not _byline_or_stamp(document, m.start(), m.end()))


def _byline_or_stamp(document: Document, start: int, end: int) -> bool:
    reason = document.in_boilerplate(start, end)
    if reason not in ("byline", "metadata") or reason == "metadata" and not _DIGIT.search(document.text, start, end):
        return False
    covered = sum(min(e, end) - max(s, start) for s, e in document.boilerplate_within(start, end))
    return covered >= len(document.text[start:end].strip())


_DIGIT = re.compile(r"\d")
_LINE = re.compile(r"[^\n]*\S[^\n]*")


# Where a relative clause opens: "a man who ...", "a man they say hit ...", "a driver police said fled"
_RELATIVE = re.compile(r"\b(?:who|that|which|whom)\b|\b(?:they|police|officials|authorities|prosecutors)\s+(?:say|said|believe)\b")


def _relative_event(sentence: str, start: int, event: str) -> str | None:
    """The event a date dates when it closes a relative clause that names its own event after the
    clause's event: "Police have arrested a man they say hit and killed a woman on a bicycle Sunday
    morning" dates the killing (the verb nearest the date), not the arrest (made on Tuesday)."""
    markers = list(_RELATIVE.finditer(sentence, 0, start))
    marker = markers[-1] if markers else None  # the clause the date closes opens at the last
    if marker is None or event not in event_classes(sentence[:marker.start()]):
        return None
    inside = [c for c in event_classes(sentence[marker.end():start]) if c != GENERIC_EVENT]
    return inside[-1] if inside and inside[-1] != event else None  # the verb nearest the date


# The harm a step of the law is taken over: "in connection with the", "over the", "in the".
_OVER_THE_HARM = re.compile(r"\b(?:in\s+connection\s+with|over|in)\s+(?:the|a|an)\b", re.I)


def _step_s_harm(sentence: str, start: int) -> str | None:
    """The harm a date after an arrest or a charge closes the phrase of: "arrested a 17-year-old in
    connection with the fatal shooting of a store clerk ... on Monday night" dates the shooting, the
    noun the date follows; the day of an arrest comes by its verb ("was arrested Tuesday in the
    shooting"), or opens the sentence."""
    phrases = list(_OVER_THE_HARM.finditer(sentence, 0, start))
    if not phrases:
        return None
    harms = [c for c in event_classes(sentence[phrases[-1].end():start]) if c != GENERIC_EVENT and c not in LEGAL_STEPS]
    return harms[0] if harms else None


# A figure per stretch of time, said after it or its verb: "About 300 people drown in Britain each
# year", "kills 40 people a year", "spend $30 million a year on flood defences", "2.5% annually",
# "£40,000 per annum" (not "a year after the war began", "a year on from the quake", nor a window:
# "the fifth cut in a year").
_PER_PERIOD = re.compile(
    r"(?:[^,;:.()\d]|(?<=\b[A-Z])\.){0,60}?(?:\b(?:every|each|per)\s+(?P<unit>day|week|month|year|annum)\b"
    r"|(?<!\bin\s)(?<!\bwithin\s)(?<!\bover\s)(?<!\bfor\s)(?<!\bthan\s)\ban?\s+(?P<unit2>day|week|month|year)\b"
    r"(?!\s+(?:after|ago|earlier|later|before|since|in|of)\b|\s+on\b(?:\s+from\b|\s*[,.;:]|\s*$))"  # "a year on from"
    r"|\b(?P<yearly>annually|yearly)\b|\b(?P<often>daily|weekly|monthly)\b)", re.I)


_OFTEN = {"daily": "day", "weekly": "week", "monthly": "month"}


@lru_cache(maxsize=1 << 16)
def per_period(sentence: str, end: int) -> str:
    """The stretch of time the figure ending at `sentence[end]` is given per ("year"), or ""."""
    m = _PER_PERIOD.match(sentence, end)
    if m is None:
        return ""
    if m.group("often"):  # "About 30 trains use the line daily"
        return _OFTEN[m.group("often").lower()]
    unit = "year" if m.group("yearly") else (m.group("unit") or m.group("unit2")).lower()
    return "year" if unit == "annum" else unit


# The words that open a window a figure is counted over: "in the past 48 hours", "within the last
# year", "the second attack on that coast in 12 months" (extract reads the window as a period,
# match tells a tally's window from the time between two events).
WINDOW_BEFORE = re.compile(r"\b(?:in|over|within|during)\s+(?:the\s+)?(?:(?:past|last|previous|preceding|first)\s+)?$", re.I)


_LOWERCASE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens a line or a sentence (after a quote or bracket, if any)."""
    at -= at > 0 and text[at - 1] in "'\"“‘("
    before = at
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before == 0 or text[before - 1] == "\n":
        return True
    before -= before < at and text[before - 1] in "'\"”’"
    return before < at and before > 0 and text[before - 1] in ".!?"


_VERB_LIKE_ENDING = re.compile(r"(?:ing|ly|ed)(?:['’]s?)?$")


def _name_with_verb_ending(text: str, at: int, word: str, lowercase: frozenset[str]) -> bool:
    """Whether a capitalised word ending like a participle or an adverb ("Nanded", "Ahmed",
    "Beijing", "Kelly"), which `_name_of` leaves out, is a name here: it is, inside a sentence of
    running text, when the report never writes it in lower case. A headline verb ("Four Killed In
    Crash") stands in a title-cased line, an adverb opens a sentence ("Separately, ..."), and a
    participle a report capitalises mid-sentence it also writes in lower case elsewhere."""
    w = _name_of_any_ending(word)
    if not w or w.lower() in lowercase or _opens_sentence(text, at):
        return False
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return not _title_cased(text[start:end if end >= 0 else len(text)])


def _title_cased(line: str) -> bool:
    """Whether a line capitalises its content words, as a headline in title case does ("Four
    Killed In Crash Near Ohio Town"): no more than a quarter of them in lower case."""
    content = [w for w in _TOKEN.findall(line) if w[:1].isalpha() and w.lower() not in _stop_words()]
    return sum(w[:1].islower() for w in content) * 4 <= len(content)


def _common_noun(word: str, lowercase: frozenset[str]) -> bool:
    """Whether a capitalised word is a common word the report also writes in lower case: where
    it opens a headline or a sentence ("Gunman kills 4 at Ohio warehouse" ... "a gunman killed")
    it names no one, so two reports of different events share it by chance. (Inside a sentence a
    capital is a name's: "South Sudan", "Yida Refugee Camp".)"""
    return strip_possessive(word).lower() in lowercase


@lru_cache(maxsize=1 << 16)
def _story_keys_of(word: str) -> tuple[str, ...]:
    """The story keys one capitalised word gives: the name it is, and the country it names."""
    keys = [name.lower() for name in _names([word])]
    if _is_country(word):
        keys.append(COUNTRY_NAMES[strip_possessive(word)].lower())
    return tuple(keys)


def countries(text: str) -> list[str]:
    """Canonical names of the countries a text names, in order (with repeats)."""
    return [COUNTRY_NAMES[m.group(1)] for m in _COUNTRY_RE.finditer(text)]


def _places(text: str, *, origins: bool = True) -> list[re.Match[str]]:
    """The names of the countries a figure's words set it in: not a country that opens an
    organisation's name ("Sudan Armed Forces planes dropped four bombs", "Kenya Red Cross said 40
    died"), which says whose the organisation is, not where the figure holds (a title after it is
    no name: "U.S. President"); without `origins`, not a country something comes or breaks away
    "from" either ("gained its independence from Sudan", "refugees from Syria landed on Lesbos"):
    an event happens where it ends up, not where it left."""
    places = []
    for m in _COUNTRY_RE.finditer(text):
        following = _NEXT_WORD.match(text, m.end())
        if following and _name_of_any_ending(following.group(1)):
            continue
        if not origins and _FROM_BEFORE.search(text, 0, m.start()):
            continue
        places.append(m)
    return places


def _subject_beside(words: list[str], places: list[re.Match[str]]) -> tuple[str, ...]:
    """The names among `words`, not counting a word of the name of a country they set the
    figure in: the "South" of "in South Sudan" or "South African mines" names no one."""
    place_words = {w for m in places for w in m.group(1).split()}
    return tuple(dict.fromkeys(_names([w for w in words if w not in place_words])))


def describe(
    sentence: str,
    start: int,
    end: int,
    context: Context,
    times: list[TimeMention],
    *,
    of_only: bool = False,
    located: bool = False,
    dated: bool = False,
) -> Description:
    """Measure, scope and subject of the value at sentence[start:end]; with `of_only`, only the
    "of ..." phrase after it counts ("the 80th anniversary of the victory"); with `located`
    (distances, heights), the place it is measured from counts ("23 miles north of Santa Rosa");
    with `dated` (a date), a deed planned for it counts ("expected to reopen on Thursday")."""
    blank = _blank_times(sentence, times)
    left = "" if of_only else blank[_clause_start(sentence, start):start]
    if _PUT_IT_AT.search(left):  # "a ransom was paid, with one putting it at about €6m": the ransom
        left = _antecedent_clause(sentence, blank, start) or left
    reported = _REPORTED_CLAUSE.search(left) if _REPORTED_WORD.search(left) else None  # "Authorities said turnout reached 93.87%": turnout
    if reported and _PASSIVE_ADVERB.search(left, 0, [m.start() for m in _REPORTED_WORD.finditer(left, 0, reported.end())][-1]):
        reported = None  # "The repair costs were initially estimated at": a passive, as without the adverb
    if reported:  # "Mr Ging said about 350 Palestinians were inside": the source is no measure
        left = left[reported.end():]
    sourced = _SOURCED_BEFORE.search(left)  # "is a reported £35m": the fee
    left = left[: sourced.start()] if sourced else left
    aside = CONVERSION_AFTER.match(blank, end) if located else None  # "55 km (34 miles) west of X"
    right = _POSSESSIVE_S.sub("", _right_clause(blank, aside.end() if aside else end), count=1)  # "Thursday's jolt"
    right = _without_lives_verb(right)
    next_count = _NEXT_PART.search(right)  # "1,234 new cases and 56 deaths": the deaths are the 56's
    right = right[: next_count.start()] if next_count else right
    set_against = _VERSUS.search(right)  # "Revenue: $9.8 billion vs $10.1 billion expected": the other is expected
    right = right[: set_against.start()] if set_against else right
    if located:  # "13 miles east of Cloverdale and 2 miles southeast of The Geysers": each its own place
        following = _LISTED_NUMBER.search(right)
        right = right[: following.start()] if following else right
        listed = list(_LISTED_NUMBER.finditer(left))
        left = left[listed[-1].end():] if listed else left
        left = "" if listed and not _content(left) else left
    subject_part = _before_linking_verb(left, planned=dated)
    head = _content(subject_part if subject_part is not None else left)
    elliptical = not of_only and not [w for w in head if w.lower() not in CHANGE_CUES]
    if located and _LOCATED_PLACE.match(right):
        elliptical = False  # "... and 2 miles southeast of The Geysers": its own place says what it measures
    keep_right = right.lstrip().lower().startswith("of ") or not head or (located and _DIRECTION.match(right))
    described = _DESCRIBED_BY.search(right) if head else None  # "sprayed 4,000 hectares of land infested by locusts"
    right = right[: described.start()] if described else right
    right_words = _content(right) if keep_right else []
    words = _split_compounds([w for w in head if w.lower() not in CHANGE_CUES] + right_words)
    text = " ".join(words)
    places = _places(text)
    scope_names = [COUNTRY_NAMES[m.group(1)] for m in places]
    if any(b in text.lower() for b in BILATERAL_WORDS) or any(b in left.lower() for b in BILATERAL_WORDS):
        sentence_pair = sorted(set(countries(sentence)))
        scope_names += sentence_pair if len(sentence_pair) == 2 else list(context.pair)
    scope = tuple(sorted(set(scope_names)))
    country_words = {w for name in scope_names for w in name.split()}
    subject = _subject_beside(words, places)
    measure_words = [
        CASUALTY_WORDS.get(w.lower()) or MEASURE_SYNONYMS.get(w.lower()) or singular(strip_possessive(w))
        for w in words
        if w not in country_words and not _is_country(w) and w.lower() not in BILATERAL_WORDS
    ]
    measure = " ".join(w for w in measure_words if w and w not in MEASURE_STOPWORDS)
    place = _PLACE_IN_APPOSITION.search(sentence, 0, start) if located and not head else None
    if place:  # "Cobb, a small community in Lake County, 4 miles east of The Geysers": where Cobb is
        name = place.group("place")
        return Description(f"{name.lower()} {measure}", scope, tuple(_names(_TOKEN.findall(name))), False)
    if elliptical and _RESPECTIVELY.search(sentence, end):  # "CPI-median and CPI-trim, were at 2.8% and 2.9%, respectively"
        aside = describe_aside(sentence, start, end, times)
        if len(aside.subject) == 1 and aside.measure:
            return replace(aside, elliptical=False)  # each figure its own name, not the one before's
    measure, subject = _respective(sentence, start, end, measure, subject)
    return Description(measure, scope, subject, elliptical)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# "vs." or "versus" after a figure sets another against it, whose words are that other's own.
_VERSUS = re.compile(r"\b(?:vs|versus)\b", re.I)
# A thing counted by what was done to it, described after the figure by what someone else did to it:
# "sprayed 4,000 hectares of land infested by locusts", "seized 40 kg of cocaine smuggled by a gang",
# "bought 300 homes built by the council". When the clause before the figure has its own words (the
# verb that says what the figure counts), the participle and its agent ("by ...") only describe the
# noun; without them ("12,000 hectares of land damaged by swarms") the participle is the measure.
_DESCRIBED_BY = re.compile(rf"\s(?:[a-z]+ed|{_alt(IRREGULAR_VERBS)})\s+by\b")
# An estimate of a thing the clause before names, by a pronoun: "a ransom was paid, with one putting it
# at about €6m", "The damage is not yet known, but insurers estimate it at $2 billion".
_PUT_IT_AT = re.compile(r"\b(?:put|puts|putting|estimated?|estimates|estimating|valued?|values|valuing|placed?|places"
                        r"|placing|pegged|pegs|pegging)\s+(?:it|them)\s+at\s+(?:(?:" + HEDGES + r")\s+)?$", re.I)


def _antecedent_clause(sentence: str, blank: str, start: int) -> str:
    """The clause before the one holding position `start` (in `blank`, its times blanked), which
    names what a pronoun in it stands for; "" when there is none."""
    bounds = [0, *(m.start() for m in _BOUNDARY.finditer(sentence, 0, start))]
    for before, at in zip(reversed(bounds[:-1]), reversed(bounds[1:])):  # ", but": no clause between
        clause = blank[_clause_start(sentence, at) if before else 0:at]
        if _content(clause):
            return clause
    return ""
_FIGURE = re.compile(r"(?<![\w.])\d[\d.,]*")


def _respective(sentence: str, start: int, end: int, measure: str, subject: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """A measure and subject that name several things ("CPI-median and CPI-trim were at 2.8% and
    2.9%, respectively") narrowed to the one the figure at sentence[start:end] pairs with."""
    own = _respective_name(sentence, start, end, subject) if len(subject) > 1 else None
    if not own:
        return measure, subject
    others = {w.lower() for name in subject if name != own for w in name.split()}
    return " ".join(w for w in measure.split() if w not in others), (own,)


def _respective_name(sentence: str, start: int, end: int, names: tuple[str, ...]) -> str | None:
    """The one of `names` ("CPI-median and CPI-trim") that the figure at sentence[start:end] stands
    for when the sentence lists as many figures after them and says "respectively": the figures
    pair with the names in order."""
    closing = _RESPECTIVELY.search(sentence, end)
    if not closing:
        return None
    ends = [sentence.rfind(name, 0, start) for name in names]
    if min(ends) < 0 or ends != sorted(ends):
        return None
    figures = [m.start() for m in _FIGURE.finditer(sentence, ends[-1] + len(names[-1]), closing.start())]
    if len(figures) != len(names) or start not in figures:
        return None
    return names[figures.index(start)]


# A place that a description in apposition introduces, ending right before a distance: the distance
# locates that place, not the event ("Cobb, a small community along Highway 175, 4 miles east of ...").
_PLACE_IN_APPOSITION = re.compile(rf"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}),\s+(?:a|an)\s+"
                                  rf"(?:[^,;.]*?\s)?(?:{'|'.join(PLACE_NOUNS)})\b[^;.]*,\s*$")


_LOCATED_PLACE = re.compile(rf"\s*(?:(?:{'|'.join(DIRECTION_WORDS)})[\s-]+)*(?:of|from)\s+(?:the\s+)?[A-Z]", re.I)
_LISTED_NUMBER = re.compile(rf"\b(?:\d[\d.,]*|(?i:{NUMBER_WORD}))\s+(?:miles?|km|kilometers?|kilometres?|feet|foot|ft|meters?|metres?|m)\b[^,;]*?(?:\band\b|$)")
CONVERSION_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
"""A conversion in brackets right after a value: "55 km (34 miles)", "€40 million ($52 million)"."""


def describe_date(
    sentence: str, start: int, end: int, context: Context, times: list[TimeMention]
) -> Description:
    """What a date with no event word dates: the words around it, as for a value; for a date
    that opens the sentence ("On November 19, INS Tabar sank a trawler"), the clause after it."""
    if dates_a_tally(sentence, start):
        return Description("", (), (), False)
    described = describe(sentence, start, end, context, times, dated=True)
    if described.measure:
        return described
    blank = _blank_times(sentence, times)
    after = _POSSESSIVE_S.sub("", blank[end:], count=1).lstrip(" ,")  # "Thursday's 2:09 a.m. jolt"
    clause = after[: _first_boundary(after)] or blank[_clause_start(sentence, start):start]
    words = _content(clause)
    measure_words = [singular(w) for w in words if not w[:1].isupper() and not _is_country(w)][:4]
    return Description(" ".join(measure_words), tuple(sorted(set(countries(clause)))),
                       tuple(dict.fromkeys(_names(words))), False)


_POSSESSIVE_S = re.compile(r"^['’]s\b")


def dates_a_tally(sentence: str, start: int) -> bool:
    """Whether the date at `start` is the day a toll was counted ("The death toll rose to 28 on
    Monday", "the number of dead climbed to 40 Tuesday"), not the day of the deaths: tolls are
    updated for days after the event, so the date is neither the event's nor worth comparing.
    (A date before the verb still dates the event: "the toll from Sunday's quake rose to 28".)"""
    return bool(_TALLY_BEFORE.search(sentence, 0, start))


_TALLY_BEFORE = re.compile(
    r"\b(?:toll|tally|number\s+of\s+(?:people\s+)?(?:dead|killed|deaths|victims|casualties|fatalities|injured|missing))\b[^,;:.]*?"
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|jumps|increased|grew|reached|reaches|stood|stands|hit|hits|"
    r"was|is|surpassed|topped|passed)\b[^,;:.]*$", re.I)


def describe_age(sentence: str, start: int, end: int) -> Description:
    """Whose age it is: the name or noun after "45-year-old" ("48-year-old Joseph Horn")."""
    right = _right_clause(sentence, end)
    words = _TOKEN.findall(right)[:4]
    before = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)(?:,\s*(?:aged?\s+|both\s+)?|"
                       r"(?:\s*(?:,|-\s?-|[—–])\s*who)?\s+(?:turns|turned|will\s+turn)\s+)$", sentence[:start])
    if not before and _AGED_NOUN.match(sentence, start):  # "Matteo Arcangeli, the 23-year-old from Perugia,"
        before = _NAME_THE_AGED.search(sentence, 0, start) or _name_an_aged(sentence, start, words)
        before = before if before and not _PLACE_BEFORE.match(before.group(1)) else None
    role = None if before else _ROLE_BEFORE.search(sentence, 0, start)
    if role and role.group("apposed") and words[:1] and words[0].lower() in PERSON_NOUNS:
        # "The youngest victim, an 8-year-old girl": the girl; "The shooter, a 19-year-old former
        # employee": the shooter (a past role does not name who the person is now)
        role = None
    if before:  # "Anthony LaCalamita, 38,", "Sharron Smith, age 61,", "Teixeira, who turns 29": the name first
        words = _TOKEN.findall(before.group(1))
    elif role:  # "The driver, 58,", "the gunman, aged 20,": the person by role
        words = [role.group(1).lower()]
    named = words if before or role else _titled_name(words) or _before_verb(words)
    subject = tuple(dict.fromkeys(_names(named)))
    holder = (_NAMED_AS.search(sentence, 0, before.start()) or _ROLE_APPOSED.search(sentence, 0, before.start())
              ) if before else None
    if holder:  # "The driver ... has been named as Iain MacLeod, 46": the driver, by name
        subject += (holder.group(1).lower(),)
    titled = TITLE_ROLES.get(words[0]) if before else None
    if titled:  # "Capt. Ramon Villanueva, 49", "Sheriff Dale Morton, 64": the title written whole, as
        subject = (titled.capitalize(), *(w for w in subject if w != words[0]))  # "Captain Rudi Hartono" (match._lone_roles)
    nouns = [w.lower() for w in words if not w[:1].isupper() and w.lower() not in MEASURE_STOPWORDS][:1]
    nouns = _head_noun(words) or nouns
    # "who turns 29 on April 11", "will turn 29 in April": the age to come, not the age now
    coming = ["coming"] if _COMING_AGE.search(sentence, 0, start) else []
    measure = " ".join(["age", *coming, *nouns]) if nouns or subject else ""
    return Description(measure, (), subject, False)


# A name and, in apposition, the age as the person with nothing said of what they are: "Ciaran
# Doyle, a 25-year-old who was riding out for other trainers", "Ana Ruiz, a 44-year-old from Leon,"
_NAME_AN_AGED = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*),\s*an?\s+$")


def _name_an_aged(sentence: str, start: int, words: list[str]) -> re.Match | None:
    """A name set before "a 25-year-old" that names no person noun after it ("who ...", "from ..."):
    the name is who the age is ("Mr Jones, a 71-year-old retired teacher" says what he is)."""
    if words[:1] and words[0].lower() not in ("who", "from", "of"):
        return None
    found = _NAME_AN_AGED.search(sentence, 0, start)
    return found if found and not _PLACE_BEFORE.match(found.group(1)) else None


def _titled_name(words: list[str]) -> list[str]:
    """A noun and a name after an age, the noun as a title before the name: "24-year-old
    jockey Ciaran Doyle", "the 61-year-old trainer Margaret Fenwick": the name (two words or more)."""
    if len(words) < 3 or not words[0].islower() or words[0] in MEASURE_STOPWORDS:
        return []
    names = _before_verb(words[1:])
    return names if len(names) >= 2 and all(w[:1].isupper() for w in names) else []


def _before_verb(words: list[str]) -> list[str]:
    """The words after an age up to the first that is neither a name nor a stop word: the names of
    its holder ("48-year-old Joseph Horn", "the 23-year-old from Perugia"), not of whom the holder
    acts on ("The unbeaten 29-year-old Londoner put Hallberg down": not Hallberg)."""
    for i, word in enumerate(words):
        if not word[:1].isupper() and word.lower() not in MEASURE_STOPWORDS:
            return words[:i]
    return words


_AGED_NOUN = re.compile(r"[\w-]+-year-old\b")
# A name and, in apposition, the age as the person: "Matteo Arcangeli, the 23-year-old from Perugia"
# ("Mr Jones, a 71-year-old retired teacher" says what he is: its noun is the age's measure)
_NAME_THE_AGED = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s*the\s+$")
_PLACE_BEFORE = re.compile(r"(?:In|At|On|From|Near|After|Before|For|With|By|To|Since|During|Outside|Inside|Across)\b")  # "In Rome, the 23-year-old"


def _head_noun(words: list[str]) -> list[str]:
    """The person an age's noun phrase names: its head, a person noun after the nouns that
    qualify it ("a 52-year-old mountain guide": the guide, as "The guide, aged 54" is); [] when
    the words right after the age name no person ("a 25-year-old who killed a man")."""
    for word in words[:3]:
        w = word.lower()
        if word[:1].isupper() or w in MEASURE_STOPWORDS:
            return []
        if singular(w) in PERSON_NOUNS:
            return [w]
    return []


_ROLE_BEFORE = re.compile(rf"\b(?i:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+){{0,2}}?({_alt(PERSON_NOUNS)})s?"
                          r"(?:\s+of\s+(?:the|a|an|its|his|her|their)\s+[a-z][\w-]*)?,\s*"  # "The owner of the block, aged 56"
                          r"(?:aged?\s+|(?P<apposed>an?\s+))?$")
_NAMED_AS = re.compile(rf"^(?i:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?({_alt(PERSON_NOUNS)})\b"
                       r"[^,;]*?\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:named|identified)\s+as\s+$")
# "The driver of the unit, Juan Carlos Quispe, 38,": the driver, by name, as "the driver ... has been named as"
_ROLE_APPOSED = re.compile(rf"^(?i:the|its|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?({_alt(PERSON_NOUNS)})"
                           r"(?:\s+of\s+(?:the|a|an|its|his|her|their)\s+[a-z][\w-]*)?,\s*$")
_COMING_AGE = re.compile(r"\b(?:turns|turning|will\s+turn|will\s+be)\s+$", re.I)


def describe_count(sentence: str, start: int, end: int, counted: str = "") -> Description | None:
    """A count is about what happened to the things counted: `counted` when its own words say
    ("3 dead"), else the nearest verb ("captured 23 pirates", "five bombs were dropped"). The
    noun's modifiers that name a group ("Lebanese civilians", "Israeli soldiers") and a
    cumulative cue ("so far", "in all") are part of it. None when no verb is near."""
    verb = counted
    if not verb:
        clause_start = _clause_start(sentence, start)
        conjunct = _CONJUNCT_BEFORE.search(sentence, clause_start, start)  # "lost seven soldiers and four civilians"
        preceding = _TOKEN.findall(sentence[clause_start:conjunct.start() if conjunct else start])[-4:]
        before = preceding[-3:]
        # "will cut 1,200 jobs", "plans to close 40 stores": a base form after a modal or "to"
        before_verbs = [verb_of(w) or base_verb_of(w, p) for p, w in zip(["", *preceding], preceding)][-3:]
        right_clause = _right_clause(sentence, _past_aside(sentence, end))
        next_count = _NEXT_PART.search(right_clause)  # "1,234 new cases and 56 deaths": the deaths are the 56's
        right = _TOKEN.findall(_without_lives_verb(right_clause[: next_count.start()] if next_count else right_clause))
        # "were critically wounded": the adverb grades the casualty word after it, which says what befell them
        after = [w for w, following in zip(right[:4], [*right[1:5], ""])
                 if not (w.lower().endswith("ly") and following.lower() in CASUALTY_WORDS)]
        # "left 40 people dead and 50 wounded", "10 of whom remain critical": the casualty
        # word after the noun says it; after a relative clause, the main verb does ("three
        # cousins who had taken refuge in a UN school were killed")
        if _INCLUDING_BEFORE.search(sentence, 0, start):  # "the toll rose to 27, including 20 children"
            earlier = _TOKEN.findall(sentence[:start])
            verb = next((CASUALTY_WORDS[w.lower()] for w in earlier if w.lower() in CASUALTY_WORDS), "")
            # "Nine Israelis, including three civilians hit by rocket fire, have been killed": what
            # befell all of them after the aside befell these
            aside_end = sentence.find(",", end)
            later = _TOKEN.findall(_right_clause(sentence, aside_end + 1)) if aside_end >= 0 else []
            verb = verb or next((CASUALTY_WORDS[w.lower()] for w in later if w.lower() in CASUALTY_WORDS), "")
            verb = verb or next((v for v in map(verb_of, reversed(earlier)) if v), "")
        elif right[:1] and right[0].lower() in RELATIVE_PRONOUNS:
            verb = next((CASUALTY_WORDS[w.lower()] for w in right if w.lower() in CASUALTY_WORDS), "")
        else:
            verb = next((CASUALTY_WORDS.get(w.lower(), "") for w in after if w.lower() not in ELLIPSIS_LINKS), "")
        verb = verb or _phrasal_verb([*before, *after]) or next(
            (v for v in [*reversed(before_verbs), *map(verb_of, after)] if v), "")
    if not verb:
        return None
    verb = SAME_FATE.get(verb, verb)
    verb = SAME_DEED.get(verb, verb)
    if verb == "arrested" and _FOR_QUESTIONING.match(sentence, end):
        verb = "questioned"  # "Three people were detained for questioning": held to be asked, not arrested
    if _CAPACITY_BEFORE.search(sentence, max(0, start - 60), start):
        verb = "capacity"  # "licensed to carry 80 people": what it may carry, not what it carried
    own = sentence[start:end]
    if verb == "lost" and any(singular(w.lower()) in LOST_AS_KILLED for w in _TOKEN.findall(own)):
        verb = "killed"  # "Israel has lost seven soldiers"
    next_part = _NEXT_PART.search(own)  # "12 Somali and 11 Yemeni pirates": the 12 are Somali, and of Somalia
    own_part = own[: next_part.start()] if next_part else own
    groups = [w.lower() for w in _TOKEN.findall(own_part) if _is_group(w)]
    low = sentence.lower()
    # "Five soldiers died on Wednesday, bringing to 10 the number killed": "bringing" totals what follows it
    # "A total of 122 people survived, while 36 remain missing": "a total of" is the 122's alone
    # a cue only in a change told in an aside after the figure is the change's: "has risen to 5,402,817, an
    # increase of 4.9% since the last census" counts the increase since then, not the population
    aside = _CHANGE_ASIDE.search(low, end)
    clause_end = aside.start() if aside and low.find(",", end) == aside.start() else -1
    total = ["total"] if any(cue in low and (not cue.startswith(TOTAL_AFTER_CUES) or low.find(cue) < start)
                             and (cue != "total of" or _TOTAL_OF_BEFORE.search(low, max(0, start - 30), start))
                             and not (0 <= clause_end < low.find(cue) and cue not in low[:start])
                             for cue in CUMULATIVE_CUES if cue not in SUMMING_CUES) else []
    return Description(" ".join([verb, *groups, *total]), tuple(sorted(set(countries(own_part)))), (), False)


# Held to be asked, a step short of arrest: "Three people have been detained for questioning",
# "were taken in for questioning".
_FOR_QUESTIONING = re.compile(r"[^.;]{0,40}?\bfor\s+(?:further\s+)?questioning\b", re.I)
# A change told in an aside after a figure: ", an increase of 253,678", ", up 4.9%", ", a fall of 3%".
_CHANGE_ASIDE = re.compile(r",\s*(?:(?:an?\s+)?(?:increase|rise|jump|gain|fall|drop|decrease|decline)\s+of|up|down)\s")
_TOTAL_OF_BEFORE = re.compile(rf"\btotal\s+of\s+(?:(?:{HEDGES})\s+)?$")
# What a vessel, hall or vehicle may hold, not what it held: "licensed to carry 80 people", "built
# to hold 500", "can seat up to 300".
MAY_HOLD = (r"\b(?:(?:licensed|designed|built|certified|rated|allowed|permitted|approved|meant)\s+to"
            r"|can|could)\s+(?:carry|hold|seat|accommodate|take|transport)")
_CAPACITY_BEFORE = re.compile(MAY_HOLD + r"\s+(?:up\s+to\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class CountedSet:
    """Which set a count counts beyond its noun and verb: the groups it names ("12 Somali"), and
    its role: "others" ("wounded 55 others"), a "share" of a set it names ("three of the four
    soldiers"), "part" of a breakdown ("12 Somali and 11 Yemeni pirates"), the "whole" a part is taken from ("two of the three victims"), a place in a
    series ("their eighth straight win": "ordinal"), the "leading" ones of a series ("his first
    17 passes"), a "subset" of things named elsewhere ("of which four exploded"), a list of names
    "restated" ("Somalia and Yemen, two countries"), a toll "with perpetrator" ("five people,
    including the gunman"), or "" for a plain count."""

    groups: frozenset[str]
    role: str
    modifiers: frozenset[str] = frozenset()
    models: frozenset[str] = frozenset()
    aged: str = ""  # "part": an age degree picks some ("two younger children"); "other": others than someone

    def may_equal(self, other: CountedSet) -> bool:
        """Whether two counts can count the same set: the same role (a part may stand alone:
        "12 Somali pirates"), the same groups when both name some, and some modifier in common
        when both have some ("two pirate vessels" are not "five merchant vessels"), and the same
        model or type named, if any ("seven AK-47 assault rifles" are not "nine assault rifles")."""
        roles = {self.role, other.role}
        if len(roles) > 1 and roles != {"part", ""}:
            return False
        if self.models != other.models:  # "seven AK-47 assault rifles" are some of "nine assault rifles"
            return False
        if {self.aged, other.aged} == {"part", ""}:
            return False  # "Three younger children were at home" are some of "the couple's four children"
        if self.modifiers and other.modifiers and not _degrees(self.modifiers) & _degrees(other.modifiers):
            return False  # "14 older aircraft" and "12 of its oldest aircraft" share one: the old ones
        if "part" in roles:
            return self.groups == other.groups and bool(self.groups)
        return not (self.groups and other.groups) or self.groups == other.groups


# "his three other brothers" are others than him, not a complement of another count.
_OTHERS_BEFORE = re.compile(r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )\b(?:other|another|additional|"
                            r"further|remaining)\s+$", re.I)
_OTHERS_INSIDE = re.compile(r"\b(?:others?|additional|remaining)\b", re.I)
_POSSESSED = re.compile(rf"\b(?:{_alt(POSSESSIVES)})\s+$", re.I)
_MORE_AFTER = re.compile(r"\s*(?:more|others?)\b", re.I)
_ORDINAL = re.compile(rf"^(?:{_alt(ORDINALS)}|\d+(?:st|nd|rd|th))\b", re.I)
# Who did the harm ("Five people, including the gunman, died"): a toll that counts them is
# another set than the victims' toll ("the gunman killed four people").
_WITH_PERPETRATOR = re.compile(rf"\s*(?:\w+\s+){{0,2}}?,?\s*(?:including|among them|counting)\s+(?:(?:the|a|both|{NUMBER_WORD})\s+)?"
                               rf"(?:[a-z]+\s+)?(?:{_alt(PERPETRATOR_NOUNS)})\b", re.I)
_NEXT_PART = re.compile(rf"\s(?:and|&)\s+{NUMBER_START}\b", re.I)
# "Two Italian aid workers and a German colleague": one more of another people follows the count.
_NEXT_NAMED_ONE = re.compile(r"\s+(?:and|&)\s+(?:an?|one)\s+(?P<group>[A-Z][\w'’-]*)\b")
# The shared noun comes last; the parts name their groups with capitalised words ("Somali").
_PREVIOUS_PART = re.compile(rf"\b(?i:{NUMBER_START})\s+(?:[A-Z][\w'’-]*\s+){{1,2}}(?i:and|&)\s+$")
_OF_COMPLEMENT = re.compile(r"\s+of\s+(?!them\b|whom\b|which\b|those\b|these\b|the\b|his\b|her\b|their\b|its\b)"
                            r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_SHARE_OF = re.compile(rf"(?:(?:{_alt(_HEDGE_WORDS)})\s+)*\S+\s+of\s+(?:the|their|his|her|its|those|these)\s+"
                       rf"{NUMBER_START}\b", re.I)  # "Three of the four Israeli soldiers"
_NAME_WORDS = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*"
_LIST_BEFORE = re.compile(rf"(?<![\w,])\s*{_NAME_WORDS}(?:,\s*{_NAME_WORDS})*,?\s+and\s+{_NAME_WORDS},\s*$")
_VERB_NEXT = re.compile(rf"\s+(?:{_alt(PASSIVE_AUXILIARIES | AUXILIARY_VERBS)})\b", re.I)


def _restates_a_list(before: str, after: str) -> bool:
    """Whether a count stands in apposition to a list of names ("Somalia and Yemen, two
    countries on the coast"), not as the subject of what follows ("In Gaza and Israel, three
    people were killed")."""
    if not _LIST_BEFORE.search(before) or _VERB_NEXT.match(after):
        return False
    following = _TOKEN.match(after.lstrip())
    return not (following and verb_of(following.group(0)))


_MODEL = re.compile(r"\b[A-Z]{1,4}[- ]?\d{1,4}[A-Za-z]?\b")  # a model or type: "AK-47", "M16", "F-16"
_LEADING = re.compile(r"\b(?:first|last|final|opening|top|next)\s+$", re.I)  # "his first 17 passes"
# "3 of the 150 people", "half of the 1,500 workers", "most of the 300 passengers": the whole a share is of
_WHOLE_OF = re.compile(rf"\b(?:{NUMBER_START}|{_alt([*FRACTION_DENOMINATORS, *PLURAL_DENOMINATORS])}|{_alt(SHARE_QUANTIFIERS)})"
                       r"\s+of\s+(?:(?:the|their|his|her|its|those|these)\s+)?$", re.I)


_NOT_MODIFIERS = frozenset({*MEASURE_STOPWORDS, *_HEDGE_WORDS, *CASUALTY_WORDS, *UNITS, *TENS, *ORDINALS,
                            *NOT_COUNT_MODIFIERS})


# The size of a gathering written as a bare number after the gathering: "a crowd of about 200", "attendance on the
# final night, the busiest of the week, was about 25,000". The number counts the gathering, not a part of a set
# named elsewhere (match._crowd_at reads it as the story's crowd).
GATHERING_SIZE_BEFORE = re.compile(r"(?:\b(?:crowd|gathering|audience)\s+of|\battendance\b[^.;:]{0,80}?\b(?:was|of|at|reached))\s+"
                                   rf"(?:(?:{HEDGES})\s+)?$", re.I)
_BARE = re.compile(rf"(?:(?:{_alt(_HEDGE_WORDS)})\s+)*(?:[\d.,]+|(?i:{NUMBER_WORD})(?:-\w+)?)"
                   rf"(?:\s+(?:or|to)\s+(?:[\d.,]+|(?i:{NUMBER_WORD})))?", re.I)


def is_whole(sentence: str, start: int) -> bool:
    """Whether the count at `start` is the whole a share is taken of ("Only 3 of the 150 people on
    board survived"): what the sentence says befell the share, not all of them."""
    return bool(_WHOLE_OF.search(sentence, max(0, start - 40), start))


_DEGREE = re.compile(r"^([a-z]{3,}?)(?:er|est)$")


@lru_cache(maxsize=1 << 12)
def _degrees(modifiers: frozenset[str]) -> frozenset[str]:
    """Modifiers with a comparative or superlative read as its adjective ("older", "oldest": "old"),
    so that two reports' degrees of one adjective meet."""
    return frozenset(m.group(1) if (m := _DEGREE.match(word)) else word for word in modifiers)


@lru_cache(maxsize=1 << 16)
def counted_set(sentence: str, start: int, end: int) -> CountedSet:
    """The CountedSet of the count written at sentence[start:end] ("12 Somali and 11 Yemeni
    pirates", "55 others", "the remaining three boats")."""
    text = sentence[start:end]
    own = text
    after_own = _NEXT_PART.search(text)
    before = sentence[max(0, start - 40):start]
    if _BARE.fullmatch(text) and not GATHERING_SIZE_BEFORE.search(sentence, max(0, start - 120), start):
        # "of which four exploded", "killing one": its noun is elsewhere
        role = "subset"
    elif _SHARE_OF.match(text):
        role = "share"
    elif after_own:
        own, role = text[: after_own.start()], "part"
    elif _another_people_follows(sentence, end, text):
        role = "part"  # "Two Italian aid workers and a German colleague": the Italians are a part
    elif _PREVIOUS_PART.search(before):
        role = "part"
    elif is_whole(sentence, start):
        role = "whole"
    elif _LEADING.search(before):
        role = "leading"
    elif (_OTHERS_BEFORE.search(before) or _MORE_AFTER.match(sentence, end)
          or _OTHERS_INSIDE.search(text) and not _POSSESSED.search(before)):
        role = "others"
    elif _ORDINAL.match(text):
        role = "ordinal"
    elif _WITH_PERPETRATOR.match(sentence, end):
        role = "with perpetrator"
    elif _restates_a_list(before, sentence[end:]):
        role = "restated"  # "Somalia and Yemen, two countries on the coast": the list, counted
    else:
        role = ""
    words = _TOKEN.findall(own)
    groups = frozenset(strip_possessive(w).lower() for w in words if _is_group(w))
    modifiers = {w for w in words[:-1] if w.islower() and w not in _NOT_MODIFIERS and not w.endswith(ADJECTIVE_ENDINGS)}
    complement = _OF_COMPLEMENT.match(sentence, end)  # "one count of involuntary manslaughter"
    if complement:
        modifiers.update(w.lower() for w in _TOKEN.findall(complement.group(1)) if w.lower() not in MEASURE_STOPWORDS)
    models = frozenset(m.upper().replace("-", "").replace(" ", "") for m in _MODEL.findall(own))  # "seven AK-47 assault rifles"
    lowered = {w.lower() for w in words}
    aged = "other" if lowered & {"other", "others"} else "part" if lowered & AGE_DEGREES else ""
    return CountedSet(groups, role, frozenset(modifiers), models, aged)


def _another_people_follows(sentence: str, end: int, text: str) -> bool:
    """Whether a count naming its people ("Two Italian aid workers") is followed by one of another
    people ("and a German colleague"): the count is a part of a set another report may count whole."""
    following = _NEXT_NAMED_ONE.match(sentence, end)
    return bool(following and _is_group(following.group("group"))
                and any(_is_group(w) for w in _TOKEN.findall(text)))


def _is_group(word: str) -> bool:
    """A word naming a group of people or things by country or people ("Somali", "Israeli")."""
    return _is_country(word) or demonym(word)


def describe_aside(sentence: str, start: int, end: int, times: list[TimeMention]) -> Description:
    """For a value set off by itself ("the camp, less than 25 km (15 miles) from the border";
    "their offer - - eight years, $160 million - -"): what the words before its clause name,
    else the words after it."""
    blank = _blank_times(sentence, times)
    words = [w for w in _content(blank[:_clause_start(sentence, start)]) if w.lower() not in CHANGE_CUES][-4:]
    if not words:
        words = _content(blank[end:])[:4]
    measure = " ".join(singular(strip_possessive(w)) for w in words if not _is_country(w)).lower()
    measure, subject = _respective(sentence, start, end, measure, tuple(dict.fromkeys(_names(words))))
    return Description(measure, (), subject, True)


def verb_of(word: str) -> str:
    """The canonical (past) form of a verb ("captured", "capturing" -> "captured"; casualty words
    -> "killed"/"injured"), or "" for a word that is not a verb."""
    low = word.lower()
    if low in CASUALTY_WORDS:
        return CASUALTY_WORDS[low]
    if low in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[low]
    if word[:1].isupper() or low in MEASURE_STOPWORDS or low in ATTRIBUTION_VERBS or low in NOT_VERBS:
        return ""
    if len(low) > 4 and low.endswith("ed"):
        return low
    if len(low) > 5 and low.endswith("ing"):
        stem = low[:-3]
        if stem.endswith("y") and stem[-2:-1] not in "aeiou":
            return stem[:-1] + "ied"  # "carrying": carried
        return stem + "ed"
    return ""


def base_verb_of(word: str, before: str) -> str:
    """The canonical past of a verb in its base form after a modal or "to" ("will cut",
    "to close" -> "closed"), or "" when `word` is no such verb."""
    low = word.lower()
    if before.lower() not in BASE_VERB_OPENERS or not word.isalpha() or not word.islower():
        return ""
    if low in IRREGULAR_BASE_VERBS:
        return IRREGULAR_BASE_VERBS[low]
    if len(low) < 3 or low in MEASURE_STOPWORDS or low in ATTRIBUTION_VERBS or low in NOT_VERBS or verb_of(low):
        return verb_of(low)
    if low.endswith("e"):
        return low + "d"
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return low[:-1] + "ied"
    return low + "ed"


# An aside after a counted noun that names some of them: "Nine Israelis, including three
# civilians, have been killed".
_ASIDE = re.compile(r",\s*(?:including|among them|mostly|most of them|many of them|some of them)\b[^,;:()]*,")


_INCLUDING_BEFORE = re.compile(r"\b(?:including|among them|among whom)\s+(?:(?:at least|about|some)\s+)?$", re.I)


# "One in five children lives in poverty": "lives" the verb, not the casualty noun ("claimed 12
# lives", "lost their lives in the floods")
_LIVES_VERB = re.compile(r"\b(?P<before>\w+\s+)?lives(?=\s+(?:in|with|on|at|near|alone|abroad|together|outside|there|here)\b)",
                         re.I)


def _without_lives_verb(text: str) -> str:
    """`text` without "lives" where it is a verb."""
    if "lives" not in text.lower():
        return text
    return _LIVES_VERB.sub(lambda m: m.group(0) if (m.group("before") or "").strip().lower() in POSSESSIVES
                           else m.group("before") or "", text)
# The count before "and" whose verb a second count shares: "lost seven soldiers and four civilians".
_CONJUNCT_BEFORE = re.compile(rf"\b(?i:{NUMBER_START})[\w,.-]*\s+(?:[A-Za-z][\w'’-]*\s+){{1,3}}?(?:and|&)\s+$")


def _past_aside(sentence: str, end: int) -> int:
    """Where the words about a counted noun go on: past an aside that names some of them."""
    aside = _ASIDE.match(sentence, end)
    return aside.end() if aside else end


def _phrasal_verb(words: list[str]) -> str:
    """The measure a light verb and its noun name together: "taking shelter", "sought refuge"
    (sheltered), "took part" (participated), "taken hostage", "lost their lives" (killed); ""
    when the words hold none."""
    words = [w for w in words if w.lower() not in POSSESSIVES and w.lower() not in PHRASAL_LINKS]  # "lost their lives"
    for verb, noun in zip(words, words[1:]):
        measure = PHRASAL_MEASURES.get((LIGHT_VERBS.get(verb.lower(), ""), noun.lower()))
        if measure:
            return measure
    return ""


def describe_quake(sentence: str, start: int = 0, end: int = 0) -> Description:
    """A magnitude measures an earthquake, an aftershock or a foreshock: the one named nearest to
    it ("the 4.4 quake was followed by a 2.0 aftershock"), and what a quake "was followed by" is
    an aftershock ("At 9:32 p.m. it was followed by a 2.0-magnitude quake")."""
    named = [(min(abs(m.start() - end), abs(start - m.end())), QUAKE_WORDS[m.group(0).lower()])
             for m in _TOKEN.finditer(sentence) if m.group(0).lower() in QUAKE_WORDS]
    shock = min(named)[1] if named else "earthquake"
    followed = _FOLLOWED_BY.search(sentence, 0, start)
    if shock == "earthquake" and followed:
        shock = "aftershock"
    return Description(f"magnitude {shock}", tuple(sorted(set(countries(sentence)))), (), False)


def event_of(sentence: str, start: int, end: int, context: Context,
             times: Sequence[TimeMention] = ()) -> Event | None:
    """The event dated by the time expression at sentence[start:end], if the clause names one;
    the words before another date in the clause are that date's ("who was fired last week shot
    two Monday": Monday dates the shooting). A date a toll rose on dates no event (`dates_a_tally`)."""
    if dates_a_tally(sentence, start):
        return None
    opening = len(sentence[:start].split()) <= 2
    if opening:
        after = sentence[end:]
        lead = re.match(r"[\s,]*(?:this year|last year)?[\s,]*", after)
        window = after[lead.end() if lead else 0:]
        window = window[: _first_boundary(window)]
    else:  # the whole clause around the date: "the navy on Thursday thwarted an attack"
        after = sentence[end:]
        left = _clause_start(sentence, start, loose=True)
        left = max([left, *(t.end for t in times if left <= t.end <= start and t.start != start)])
        window = sentence[left:start] + " " + after[: _first_boundary(after)]
    words = _event_words(window)
    classes = _event_classes(words)
    if not opening:
        words, classes = _clause_of_date(sentence, left, start, after, words, classes)
    premodified = _premodified_event(sentence, start, end)
    if premodified:
        classes = [premodified]
    if not classes and not opening:
        # "Three shells hit the school, at about 3pm on Tuesday": the clause around the date is
        # an aside; the event is the nearest one the sentence names before it.
        before = _split_compounds(_TOKEN.findall(sentence[:start]))
        classes = _event_classes(before)[::-1]
        words = before if classes else words
    elif not classes:
        # "Last night, three Palestinians, who had sought refuge in a school, died when ...": past
        # the subject and its asides, the main verb
        rest = _event_words(sentence[end:])
        classes = _event_classes(rest)
        words = rest[: len(words) + 8] if classes else words
    if not classes:
        return None
    relative = _relative_event(sentence, start, classes[0])
    if relative:  # "arrested a man they say hit and killed a woman ... Sunday": Sunday dates the killing
        classes[0] = relative
    elif classes[0] in LEGAL_STEPS:  # "arrested ... in connection with the shooting ... on Monday night"
        classes[0] = _step_s_harm(sentence, start) or classes[0]
    if classes[0] == "earthquake" and not any(w.lower() in QUAKE_WORDS or w.lower() == "magnitude"
                                              for w in _TOKEN.findall(sentence)):
        classes[0] = "attack"  # "shells hit the school": only a quake named in the sentence quakes
    # what a quake "was followed by" is an aftershock: a time after those words, or one that opens
    # the sentence whose clause says them ("At 9:32 p.m., it was followed by a 2.0 quake")
    followed = _FOLLOWED_BY.search(sentence, 0, start) or (_FOLLOWED_BY.search(window) if opening else None)
    if classes[0] == "earthquake" and followed:
        classes[0] = "aftershock"
    places = _places(window, origins=False)
    scope = tuple(sorted({COUNTRY_NAMES[m.group(1)] for m in places}))
    return Event(classes[0], scope, _subject_beside(words, places))


# A date in a clause that "when", "after", "following" or "before" opens: "One person was killed ...
# when gunfire broke out at a block party late Saturday night" dates the gunfire, not the death,
# which may come a day later; "A man was arrested ... after a guard was shot during a robbery
# Thursday" dates the shooting, not the arrest, which came later.
_CLAUSE_OPENER = re.compile(r"\b(?:after|following|before|when)\b", re.I)


def _clause_of_date(sentence: str, left: int, start: int, after: str, words: list[str],
                    classes: list[str]) -> tuple[list[str], list[str]]:
    """The words and event classes of the clause (`_CLAUSE_OPENER`) a date at `start` stands in,
    when that clause names an event; else `words` and `classes` as they are. A date belongs to the
    verb of its own clause: the last "when" before it, and within that an "after", "following" or
    "before" nearer the date. Past a "when" the main clause is another incident's moment; past the
    others it is one incident, so the main clause's names ("evacuated in Naples after a sinkhole
    opened") are the clause's place and actors too, when it names none of its own."""
    openers = list(_CLAUSE_OPENER.finditer(sentence, left, start))
    rest = " " + after[: _first_boundary(after)]
    when = next((o for o in reversed(openers) if o.group(0).lower() == "when"), None)
    if when is not None:
        inner = _event_words(sentence[when.end():start] + rest)
        inner_classes = _event_classes(inner)
        if inner_classes:
            words, classes = inner, inner_classes
    if not openers or openers[-1] is when:
        return words, classes
    inner = _event_words(sentence[openers[-1].end():start] + rest)
    inner_classes = _event_classes(inner)
    if not inner_classes:
        return words, classes
    return (inner if _names(inner) else inner + words), inner_classes


def _event_words(text: str) -> list[str]:
    """The words of `text` that may name an event and its participants: not a street address
    ("in the 9500 block of Page": where, not who), nor an event another date premodifies
    ("Tuesday's tragic incident")."""
    return _split_compounds(_TOKEN.findall(_DATED_NOUN.sub(_drop_dated_event, _ADDRESS.sub(" ", text))))


# A street address: "the 9500 block of Page", "the 600 block of West 79th Street".
_ADDRESS = re.compile(r"\b\d[\d,]*\s+block\s+of\s+(?:[A-Z0-9][\w'’.-]*\s*)+")
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\b", re.I)
_AGED = re.compile(r"\b(\d+|[a-z]+)[- ](year|month|week|day)s?[- ]old\b", re.I)
# A named person's age in apposition, the news way of giving it: "Rosa Elizondo, 68, died at the scene"
_AGED_BY_NAME = re.compile(r"\b[A-Z][a-z'’-]+,\s+(\d{1,3})\s*,")


def victim_of(sentence: str, start: int, end: int) -> str:
    """Whom the dated event at sentence[start:end] befell, as the age the sentence gives nearest
    to the date ("5-year-old Mariah Davis, who shot herself May 11": "5 year"), or "": in a story
    of several shootings, the victim's age tells the events apart."""
    ages = [(min(abs(m.end() - start), abs(m.start() - end)), f"{m.group(1).lower()} {m.group(2).lower()}")
            for m in _AGED.finditer(sentence)]
    ages += [(min(abs(m.end() - start), abs(m.start() - end)), f"{m.group(1)} year")  # "Rosa Elizondo, 68, died"
             for m in _AGED_BY_NAME.finditer(sentence)]
    return min(ages)[1] if ages else ""


_DATED_NOUN = re.compile(rf"\b(?:(?:{'|'.join(WEEKDAYS)}|today|yesterday)(?:'s|’s)|the\s+(?:{'|'.join(WEEKDAYS)}))"
                         r"((?:\s+[a-z][\w-]*){1,2})", re.I)


def _drop_dated_event(m: re.Match[str]) -> str:
    """An event word that another date premodifies ("Tuesday's tragic incident", "the Wednesday
    bombings") is that date's event: the date being read does not date it."""
    words = m.group(1).split()
    dated = next((i for i, w in enumerate(words) if w.lower() in EVENT_WORDS), None)
    return m.group(0) if dated is None else " ".join(words[dated + 1:])


def event_classes(text: str) -> list[str]:
    """The event classes a stretch of text names, in order ("crashed ..., killing": crash, death)."""
    return _event_classes(_TOKEN.findall(text))


def _event_classes(words: list[str]) -> list[str]:
    """The event classes the words name, in order; a two-word name first ("opened fire")."""
    classes = []
    skip = False
    for i, (previous, word, following) in enumerate(zip(["", *words], words, [*words[1:], ""])):
        if skip:
            skip = False
            continue
        pair = f"{word} {following}".lower()
        if _is_dismissal(words, i):
            classes.append("dismissal")
        elif pair in EVENT_WORDS:
            classes.append(EVENT_WORDS[pair])
            skip = True
        elif word.lower() in EVENT_WORDS and not (
            EVENT_WORDS[word.lower()] == GENERIC_EVENT and previous.lower() in OTHER_EVENT_WORDS
        ):
            classes.append(EVENT_WORDS[word.lower()])
    return classes


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)


def _premodified_event(sentence: str, start: int, end: int) -> str:
    """The class of the event noun a date premodifies ("the 1967 killings", "the 1999 quake",
    "Thursday's bombing"), or ""."""
    after = sentence[end:]
    possessive = after.startswith(("'s ", "’s "))  # "in Thursday's bombing"
    if not possessive and not _DETERMINER_BEFORE.search(sentence, 0, start):
        return ""
    noun = _TOKEN.match(after[3:] if possessive else after.lstrip(" -"))
    return event_class(noun.group(0)) if noun else ""


def event_class(word: str) -> str:
    """The class of event a word names, in any number ("killing", "killings": death), or ""."""
    low = word.lower()
    return EVENT_WORDS.get(low) or EVENT_WORDS.get(singular(low), "")


# The words of a verb chain before a passive participle: "might have been", "had been", "was".
_VERB_CHAIN = PASSIVE_AUXILIARIES | frozenset("have has had will would could can may might must should".split())


def _is_dismissal(words: list[str], i: int) -> bool:
    """ "he was fired last week", "got sacked": a person lost a job; "shots were fired" is a
    shooting."""
    word = words[i].lower()
    if word in DISMISSAL_VERBS or (word == "laid" and words[i + 1:i + 2] == ["off"]):
        return i > 0 and words[i - 1].lower() in PASSIVE_AUXILIARIES
    if word in PERSONAL_DISMISSAL_VERBS and i > 0 and words[i - 1].lower() in PASSIVE_AUXILIARIES:
        j = i - 1
        while j > 0 and words[j - 1].lower() in _VERB_CHAIN:
            j -= 1  # "who might have been terminated"
        subject = words[j - 1].lower() if j > 0 else ""
        return subject in PERSON_SUBJECTS or singular(subject) in PERSON_NOUNS
    if word != "fired" or i == 0 or words[i - 1].lower() not in PASSIVE_AUXILIARIES:
        return False
    j = i - 1
    while j > 0 and words[j - 1].lower() in (*PASSIVE_AUXILIARIES, "have", "has", "had"):
        j -= 1  # "rockets have been fired"
    return j == 0 or singular(words[j - 1].lower()) not in PROJECTILES


def attribution_of(sentence: str) -> str | None:
    """Who the sentence attributes its figures to: "according to X", "X data shows", "X said"."""
    folded = fold_case(sentence)
    for pattern, clue in zip(_ATTRIBUTION_PATTERNS, _ATTRIBUTION_CLUES):
        if not clue.search(folded if pattern.flags & re.I else sentence):
            continue
        m = pattern.search(sentence)
        if m:
            source = m.group("src").strip(" \"“”'’")
            first = source.split()[0].lower() if source.split() else ""
            if not source or len(source.split()) > 9 or first in PRONOUNS:
                continue
            if first in SOURCE_NOUNS or first in ("official", "preliminary", "latest", "government", "the"):
                source = source[0].lower() + source[1:]
            return source
    return None


def _clause_start(sentence: str, start: int, *, loose: bool = False) -> int:
    """Where the clause holding position `start` begins."""
    last = 0
    for m in _BOUNDARY.finditer(sentence, 0, start):
        if loose and m.group(0).lower() in ("as", "after", "before", "when", "where"):
            continue
        last = m.end()
    return last


def _first_boundary(text: str) -> int:
    """Where the first clause of `text` ends."""
    for m in _BOUNDARY.finditer(text):
        if m.group(0).lower() in ("as", "after", "before", "when", "where", "who", "that"):
            continue
        return m.start()
    return len(text)


def _right_clause(sentence: str, end: int) -> str:
    rest = sentence[end:]
    cut = re.search(r"[,;:()\[\]—–.]|\s-{1,2}\s", rest)
    return rest[: cut.start()] if cut else rest


def _blank_times(sentence: str, times: list[TimeMention]) -> str:
    """The sentence with time expressions blanked out (same length)."""
    chars = list(sentence)
    for t in times:
        chars[t.start:t.end] = " " * (t.end - t.start)
    return "".join(chars)


def _plans_a_deed(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the "to" at tokens[i] follows a planning word (`PLANNING_WORDS`) at most three words
    before it: "were expected to begin", "expected the runway to reopen"."""
    return any(t.group(0).lower() in PLANNING_WORDS for t in tokens[max(0, i - 3):i])


def _before_linking_verb(clause: str, planned: bool = False) -> str | None:
    """The words before the last linking verb ("bilateral trade" in "bilateral trade reached"); with
    `planned`, none when the last is the "to" of a planned deed (`_plans_a_deed`)."""
    tokens = list(_TOKEN.finditer(clause))
    for i in reversed(range(len(tokens))):
        m = tokens[i]
        word = m.group(0).lower()
        if word in LINKING_VERBS and m.start() > 0 and _content(clause[: m.start()]):
            if planned and word == "to" and _plans_a_deed(tokens, i) and _content(clause[m.end():]):
                return None  # "the runway was expected to reopen on": the planned deed is the measure's
            if word in ATTRIBUTION_VERBS:
                return None
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if word in PASSIVE_AUXILIARIES and following and _is_participle(following.group(0)):
                return clause[: following.end()]  # "The company was fined", "Smith was jailed for": what befell it
            return clause[: m.start()]
    return None


def _is_participle(word: str) -> bool:
    """A past participle ("fined", "jailed", "shot"), not a gerund or an adjective."""
    low = word.lower()
    return low in IRREGULAR_VERBS and not low.endswith("ing") or (low.endswith("ed") and verb_of(word) == low)


def _content(text: str) -> list[str]:
    """Content words in order: no stopwords, hedges or numbers ("eight", "tens", "thousands")."""
    return [
        w for w in _TOKEN.findall(text)
        if w.lower() not in MEASURE_STOPWORDS and w.lower() not in _HEDGE_WORDS and not _NUMBER_TOKEN.fullmatch(w)
        and not (len(w) == 1 and w.islower())  # the "s" of a possessive cut from its noun ("Tuesday's")
    ]


_NUMBER_TOKEN = re.compile(rf"(?i:{NUMBER_WORD}|{_alt(VAGUE_PLURALS)})")


def names_in(text: str) -> list[str]:
    """The names a stretch of text gives ("J.D. Drew": "J.D", "Drew")."""
    return _names(_TOKEN.findall(text))


def _names(words: list[str]) -> list[str]:
    """Capitalised words that name people or organisations (not titles, places, months)."""
    return [name for name in map(_name_of, words) if name]


@lru_cache(maxsize=1 << 16)
def _name_of(word: str) -> str:
    """The name a word is, without its possessive; "" for a word that names no one. A word ending
    like a participle or an adverb is left out ("Four Killed In Crash"; see `story_keys`)."""
    w = _name_of_any_ending(word)
    return "" if w.endswith(("ing", "ly", "ed")) else w


@lru_cache(maxsize=1 << 16)
def _name_of_any_ending(word: str) -> str:
    """`_name_of`, whatever the word's ending ("Nanded", "Beijing")."""
    w = strip_possessive(word)
    if (w[:1].isupper() and w not in PERSON_TITLES and w.removesuffix("s") not in PERSON_TITLES and w not in NOT_NAMES
            and not _is_country(w) and w.lower().rstrip(".") not in MONTHS and w.lower() not in WEEKDAYS
            and not w.isupper() and w.lower() not in _stop_words() and not _number_word(w)):
        return w
    return ""


def _number_word(word: str) -> bool:
    """A number written out, capitalised to open a sentence ("Twenty-four people died"): no name."""
    return all(part in UNITS or part in TENS for part in word.lower().split("-"))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """English function words (spaCy's list): capitalised, they open a sentence or a headline
    word ("If true, ...", "Various reports", "Man Who Shot ..."), and name no one."""
    # imported with the pipeline, not with this module
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _split_compounds(words: list[str]) -> list[str]:
    """ "China-Russia" -> "China", "Russia"; "US-funded" -> "US", "funded"."""
    out: list[str] = []
    for word in words:
        parts = word.split("-")
        if len(parts) > 1 and any(_is_country(p) for p in parts):
            out.extend(p for p in parts if p)
        else:
            out.append(word)
    return out


def strip_possessive(word: str) -> str:
    """A word without its possessive ending: "Jorgensen's", "Jones'" -> the name."""
    return word.removesuffix("'s").removesuffix("’s").rstrip("'’")


def _is_country(word: str) -> bool:
    return word in COUNTRY_NAMES or strip_possessive(word) in COUNTRY_NAMES


_ARTICLES = frozenset({"the", "a", "an", *POSSESSIVES})
# What may stand between a verb of owning and its count: other figures of a list ("won 14.1 percent
# and 25 seats"), hedges and determiners.
_BETWEEN_OWNING = frozenset({*_ARTICLES, *_HEDGE_WORDS, "and", "percent", "per", "cent", "of", "just", "only"})
_SIZE = re.compile(r"[\d.,]+-[a-z]+")  # "179-seat", "12-storey", before the noun it sizes
_NOUN_NEXT = re.compile(r"\s+([a-z]+)\b")
_PRONOUNS = PRONOUNS | RELATIVE_PRONOUNS | {"these", "those"}  # heads that say who elsewhere


@lru_cache(maxsize=1 << 16)
def owner_of(sentence: str, start: int, end: int) -> str:
    """Whose things the count at sentence[start:end] counts, when its clause says by a verb of
    owning or winning before it, with no other verb between: the head of the sentence's subject
    ("The Liberals won 14.1 percent and 25 seats": "liberal"; "The centre-right Liberals came
    second with 14.1%, taking 24 seats": "liberal"; "A left-leaning bloc won 87 seats": "bloc"),
    lowercased and singular. A size is of the thing it sizes ("the 179-seat parliament":
    "parliament"). "" when no such verb owns the count or the subject is a pronoun ("They still
    hold more than 300 crew members": another sentence says who) or has no head before its verb."""
    if _SIZE.fullmatch(sentence, start, end):
        sized = _NOUN_NEXT.match(sentence, end)
        if sized:
            return singular(sized.group(1))
    before = _TOKEN.findall(sentence[_clause_start_any(sentence, start):start])
    owning = next((i for i in range(len(before) - 1, -1, -1) if before[i].lower() in OWNING_VERBS), None)
    if owning is None or any(w.lower() not in _BETWEEN_OWNING for w in before[owning + 1:]):
        return ""  # "Israel has lost seven soldiers", "The disease has now spread to nine provinces": no owning
    words = _TOKEN.findall(sentence[:start])
    for i, word in enumerate(words):
        low = word.lower()
        finite = low in OWNING_VERBS or low in AUXILIARY_VERBS or low in PASSIVE_AUXILIARIES or (
            verb_of(word) and not low.endswith("ing"))
        # a lower-case word right after a name ("Liberals came second") is the verb, the name the head
        after_name = i > 0 and word.islower() and words[i - 1][:1].isupper() and words[i - 1].lower() not in _ARTICLES \
            and not _POSSESSIVE_S.search(words[i - 1][-2:])
        if finite or after_name:
            head = words[i - 1].lower() if i else ""
            if head in _ARTICLES or head in _PRONOUNS:
                return ""
            return singular(strip_possessive(head))
    return ""


def _clause_start_any(sentence: str, start: int) -> int:
    """Where the sentence's stretch before `start` begins, past its last full stop or semicolon."""
    return max(sentence.rfind(";", 0, start), sentence.rfind(". ", 0, start)) + 1
