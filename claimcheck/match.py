"""Match: group claims that state the same fact, across documents.

Claims are blocked by what must be equal for two claims to be comparable at all (kind, unit,
period; for dated events, the class of event). Within a block a claim joins a group only if it
is compatible with every member (complete linkage: a chain of near-matches never merges two
facts), visiting claims in a canonical order so that the grouping does not depend on the
order of the input.

A claim is compared only with the claims it could state the same fact as (`_Candidates`): those
in documents of its story (the story gate), and, where the gate lets any two claims through
(two anchored claims, or no stories given), those with a similar measure, a shared name or the
same place. So the work grows with the size of stories, not with the square of a block, and
the groups are exactly those that comparing every pair would give.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import date, timedelta
from functools import lru_cache, partial
from operator import attrgetter

from rapidfuzz import fuzz, process

from .engine import FORKS, default_jobs, fork_context
from .errors import ClaimcheckError, Msg
from .lexicon import (
    ACCUSED_NOUNS,
    ACTIVITY_PERSON_NOUNS,
    ARTWORK_NOUNS,
    ATTRIBUTION_VERBS,
    BAIL_WORDS,
    BEARINGS,
    CAMPAIGN_WORDS,
    CASUALTY_WORDS,
    COLLECTIVE_NOUNS,
    CONTEST_PARTS,
    CONTRAST_SETS,
    COUNT_OUTCOMES,
    CURRENCY_NAMES,
    CURRENCY_PREFIXES,
    ESCAPE_OUTCOMES,
    EVENT_EPITHETS,
    EVENT_WORDS,
    FAMILY_NOUNS,
    FIRING_VERBS,
    FLOOR_NOUNS,
    GENERIC_COUNT_UNITS,
    GENERIC_EVENT,
    GROUP_MEMBER_NOUNS,
    GROUP_NOUNS,
    HALF_TIME_WORDS,
    HANDLING_STAGES,
    HARM_VERBS,
    JOB_CUT_NOUNS,
    JOB_CUT_VERBS,
    JOB_HEAD,
    JOB_NOUNS,
    JOB_OUTCOMES,
    KINDRED_NOUNS,
    LEGAL_STEPS,
    LOOT_NOUNS,
    MEASURE_STOPWORDS,
    MOMENT_VERBS,
    MONTHLY_BASIS_CUES,
    MONTHS,
    NOT_DOER_NAMES,
    ONCE_ONLY_EVENTS,
    ORGANISATION_WORDS,
    PEOPLE_GROUP_NOUNS,
    PERPETRATOR_NOUNS,
    PERSON_NOUNS,
    PERSON_SETS,
    PLANNING_WORDS,
    PLAYER_POSITIONS,
    POPULATION_GROUPS,
    POWERLESS_HEAD,
    POWERLESS_NOUNS,
    RESIDENCY_WORDS,
    ROLE_SYNONYMS,
    SCHEDULED_EVENT_NOUNS,
    SET_PERSON_NOUNS,
    SHOT_NOUNS,
    STANDING_NOUNS,
    STANDING_WORDS,
    STANDOFF_WORDS,
    SUBNATIONAL_REGIONS,
    SURGERY_WORDS,
    TERRITORY_MEASURES,
    TERRITORY_NOUNS,
    THEFT_WORDS,
    TOLL_PERSON_NOUNS,
    UNREST_WORDS,
    WEEKDAYS,
    WORKFORCE_WORDS,
    YEARLY_BASIS_CUES,
)
from .measure import (
    GATHERING_SIZE_BEFORE,
    HEDGES,
    WINDOW_BEFORE,
    CountedSet,
    counted_set,
    countries,
    day_of_saying,
    event_class,
    event_classes,
    names_in,
    owner_of,
    per_period,
    strip_possessive,
    verb_of,
    victim_of,
)
from .model import Claim, ClaimGroup, Period
from .numbers import SCALE_ABBREVIATIONS, SCALES, _alt, find_numbers
from .periods import STATED_YEAR
from .stories import Stories as StoryClusters
from .units import (
    base_value,
    currency_before,
    demonym,
    in_base,
    scale_of,
    singular,
    unit_after,
)

MEASURE_SIMILARITY = 85.0  # rapidfuzz token_set_ratio, 0-100
EVENT_WINDOW_DAYS = 3  # dated events further apart than this are different events
VICTIM_WINDOW_DAYS = 31  # ...unless both befall a victim of one age: then one misdated event
NAME_SIMILARITY = 85.0  # rapidfuzz ratio, 0-100: "Jabaliya" and "Jabalya" are one place
NAME_MIN_LENGTH = 6  # shorter names differ in a letter too often to be one name misspelt
PLAUSIBLE_RATIO = 4.0  # two figures this many times apart state different facts
LONE_RATIO = 1.5  # ...and two lone figures worded apart (`_lone_figures`), this many times apart
UNIT_RATIO = 2.0  # ...and two figures in two units that only their words join, this many times apart
PLACE_RATIO = 2.5  # ...and two distances from one place (`_same_place_from`), this many times apart

Stories = Mapping[str, frozenset[str]]


def group_claims(
    claims: Iterable[Claim], stories: Stories | None = None, *, clusters: StoryClusters | None = None,
    jobs: int | None = None,
) -> list[ClaimGroup]:
    """Groups of equivalent claims stated by two or more documents, in a stable order.

    `stories` maps a document id to the names it mentions (measure.story_keys); claims that
    name no period and no place are only compared between documents that tell the same story.
    `clusters` are those documents' stories when the caller has built them already. `jobs`
    processes share the blocks when the claims are many (`PARALLEL_CLAIMS`; default: all cores);
    the groups are the same however many there are.
    """
    with _collector_paused():
        claims = list(claims)
        related = _StoryGate(stories or {}, clusters)
        stand_ins, lone = _worded_stand_ins_beside_stories(claims, stories or {}, related, jobs)
        stand_ins.update(_of_the_event_before(claims, stand_ins, related))
        stand_ins.update(_dated_by_other_reports(claims, stand_ins, related))
        stand_ins.update(_age_mates(claims, stand_ins, related))
        originals = {claims[i].id: claims[i] for i in stand_ins}
        blocks: dict[tuple, list[Claim]] = defaultdict(list)
        for i, claim in sorted(enumerate(claims), key=lambda pair: (_vague(pair[1]), _canonical(pair[1]))):
            claim = stand_ins.get(i, claim)
            blocks[block_key(claim)].append(claim)
        related.lone = lone
        related.artists = _definite_works(claims)
        groups = [_group([originals.get(c.id, c) for c in members])
                  for members in _clustered_blocks([blocks[key] for key in sorted(blocks, key=repr)], related, jobs)]
        return sorted(groups, key=lambda g: (g.label, g.id))


def _worded_stand_ins(claims: list[Claim], stories: Stories) -> tuple[dict[int, Claim], frozenset[str]]:
    """The stand-ins that claims' own words and their reports' names make (`group_claims`),
    pass after pass, each seeing the earlier passes' work; and the ids of the claims that are
    their report's only figure of their noun (`_lone_figures`). None needs the stories."""
    stand_ins = _lone_roles(claims)
    for made in (_opener_of_previous_sentence, partial(_named_elsewhere, stories=stories), _restated_with_perpetrator,
                 _whole_tolls_by_noun, _whole_sets_by_noun, _named_beside_ages, _apposed_perpetrators, _paired_names,
                 _roles_opening_ages, _residency_named_alike):
        stand_ins.update(made(claims, taken=stand_ins))
    # the only figure of its own noun in its report, not of its kin's: "about 600 employees" beside "two workers killed"
    lone = _lone_figures([stand_ins.get(i, c) for i, c in enumerate(claims)]) if stories else frozenset()
    for made in (_kindred_nouns, _jobs_cut, _workforces, _group_sizes, _shots_fired, _under_treatment, _building_heights,
                 _bail_amounts, _distances_fallen, _walls_of_water, _of_the_case_before, _demands_as_changes):
        stand_ins.update(made(claims, taken=stand_ins))
    return stand_ins, lone


def _worded_stand_ins_beside_stories(
    claims: list[Claim], stories: Stories, related: _StoryGate, jobs: int | None,
) -> tuple[dict[int, Claim], frozenset[str]]:
    """`_worded_stand_ins`, and the stories built: one after the other, or, with many claims,
    `jobs` > 1 and workers that fork, side by side (a worker forked from this process makes the
    stand-ins while this one clusters the stories, which the passes after need)."""
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 2 or not FORKS or not stories or len(claims) < PARALLEL_CLAIMS:
        return _worded_stand_ins(claims, stories)
    with ProcessPoolExecutor(1, mp_context=fork_context(), initializer=_share_claims, initargs=(claims, stories)) as pool:
        made = pool.submit(_worded_stand_ins_shared)
        related.prepare()
        try:
            return made.result()
        except BrokenProcessPool as error:
            raise ClaimcheckError(Msg.E017, reason=error) from error


_CLAIMS: tuple[list[Claim], Stories] | None = None  # in a worker: the claims and names it was forked with


def _share_claims(claims: list[Claim], stories: Stories) -> None:
    """In a forked worker, as it starts: keep what it inherited (never set in the process that forks)."""
    global _CLAIMS
    _CLAIMS = (claims, stories)


def _worded_stand_ins_shared() -> tuple[dict[int, Claim], frozenset[str]]:
    """In a forked worker: `_worded_stand_ins` of the claims it inherited."""
    return _worded_stand_ins(*_CLAIMS)  # type: ignore[misc]


def _counts(claims: list[Claim], taken: Mapping[int, Claim]) -> Iterator[tuple[int, Claim]]:
    """The counts among the claims (as the passes before have them), with their places."""
    for i, original in enumerate(claims):
        claim = taken.get(i, original)
        if claim.kind == "count" and claim.quantity is not None:
            yield i, claim


def _recounted(claim: Claim, unit: str, measure: str | None = None) -> Claim:
    """A stand-in of a figure counted in `unit` (and measured as `measure`, if given)."""
    return replace(claim, measure=claim.measure if measure is None else measure,
                   quantity=replace(claim.quantity, unit=unit))  # type: ignore[arg-type]


def _lone_roles(claims: list[Claim]) -> dict[int, Claim]:
    """Ages of a person by role whom no other age of their document speaks of ("a 7-year-old
    girl", "the driver, 58" in a report of one girl, one driver): stand-ins named by the role, by
    position, so that another report's lone girl or driver is compared with them. A named person
    keeps the name and is that role too when the report says so ("Captain Rudi Hartono, 53", "The
    driver ... has been named as Iain MacLeod, 46"). Where a report gives two ages of girls,
    neither says which girl another report means. Who did the harm is one role however named
    ("the gunman", "the suspect", "the shooter"), and so is who flies or sails ("the pilot", "the
    captain", "the skipper")."""
    roles: dict[int, str] = {}
    nouns: dict[int, str] = {}  # the noun of a victim by deed, kept beside the role
    per_document: Counter[tuple[str, str]] = Counter()
    custody_values: dict[str, set[float]] = defaultdict(set)
    introduced: dict[str, dict[str, str]] | None = None
    named_after: dict[int, Claim] = {}
    for i, claim in enumerate(claims):
        if claim.kind == "age" and not claim.subject and (name := _identified_after(claim.sentence, claim.marked[1])):
            if noun := _role_of(claim):  # still one of the report's men: its other man is not the only one
                per_document[claim.doc, _ROLE_CLASSES.get(noun, noun)] += 1
            claim = named_after[i] = replace(claim, subject=name)  # "a 47-year-old man, identified as Marcus Hill,"
        if claim.kind == "age":  # the role an unnamed age's noun says, or a named one's title
            role = _role_of(claim)
            if role is None and claim.subject and (plain := _plain_noun(claim.measure)):
                per_document[claim.doc, plain] += 1  # "a 71-year-old Houma man killed by a tree": still one of its men
            named_as = _identified_before(claim.sentence, claim.marked[0]) if role is None and claim.subject else None
            if named_as:  # "Police identified the man who died as Daniel Ferreira, 34": the man, the victim
                role = named_as[0]
            if role is None or role in _PLAIN_YOUNG:  # "The children's mother, a 32-year-old woman": the mother
                role = _apposed_role(claim) or role
            if role in _PLAIN_PERSONS and not claim.subject and _THE_PLAIN.search(claim.sentence, 0, claim.marked[0]):
                if introduced is None:
                    introduced = _introduced_by_deed(claims)
                role = introduced.get(claim.doc, {}).get(role, role)
            if (role is None or role in _PLAIN_YOUNG or role in ACTIVITY_PERSON_NOUNS) and not _background(claim) \
                    and (deed := _deed_role(claim.sentence, *claim.marked) or (named_as[1] if named_as else None)):
                if role in _PLAIN_YOUNG:  # still one of the report's boys: its other boy is not the only one
                    per_document[claim.doc, role] += 1
                    if deed == "victim":  # "a 6-year-old girl was shot": another report's lone girl still
                        nouns[i] = role
                role = deed  # "Jalen Brooks, 16, died", "Gary Lusk, 52, was arrested"
            role = _ROLE_CLASSES.get(role, role) if role else None
            if role and _background(claim):  # "six weeks after a 19-year-old driver died": an earlier event's driver,
                per_document[claim.doc, role] += 1  # and still one of the report's drivers
                role = f"earlier {role}"
            if role:
                roles[i] = role
                per_document[claim.doc, role] += 1
                if role in _DEED_ROLES and claim.quantity is not None:
                    custody_values[claim.doc, role].add(claim.quantity.value)
    stand_ins: dict[int, Claim] = dict(named_after)
    for i, role in roles.items():
        claim = named_after.get(i, claims[i])
        lone = [noun for noun in (nouns.get(i),) if noun and per_document[claim.doc, noun] == 1]
        if per_document[claim.doc, role] == 1 or role in _DEED_ROLES and len(custody_values[claim.doc, role]) == 1:
            stand_ins[i] = replace(claim, subject=tuple(dict.fromkeys((*claim.subject, *lone, role))))
        elif lone:
            stand_ins[i] = replace(claim, subject=tuple(dict.fromkeys((*claim.subject, *lone))))
    return stand_ins


# "Police identified the man who died as Daniel Ferreira, 34", "named the victim as Ana Cruz, 30": the
# person noun the name is given to, and the deed said of it
_IDENTIFIED_BEFORE = re.compile(r"\b(?:identified|named)\s+(?:the|a)\s+(?:[a-z]+\s+)?([a-z]+)(?:\s+who\s+(?:was\s+)?(died|killed|shot|"
                                r"stabbed|arrested|charged)\b(?:\s+[a-z]+){0,3})?\s+as\s+(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,\s*(?:aged\s+)?$")


@lru_cache(maxsize=1 << 16)
def _identified_before(sentence: str, start: int) -> tuple[str, str | None] | None:
    m = _IDENTIFIED_BEFORE.search(sentence, max(0, start - 120), start)
    if m is None or m.group(1) not in PERSON_NOUNS:
        return None
    deed = m.group(2)
    return m.group(1), None if deed is None else "perpetrator" if deed in ("arrested", "charged") else "victim"


def _plain_noun(measure: str) -> str | None:
    """The plain person noun ("man", "girl") an age's measure names ("age man"), if any."""
    return next((w for w in measure.split()[1:] if w in _PLAIN_YOUNG), None)


# "a 47-year-old man, identified as Marcus Hill,", "a 30-year-old woman, named by police as Ana Cruz": who the age is
_IDENTIFIED_AFTER = re.compile(r"(?:\s+(?:[A-Za-z]+\s+)?(?:man|woman|boy|girl|teen|teenager))?,\s+(?:who\s+(?:was|has\s+been)\s+)?"
                               r"(?:identified|named)\s+(?:by\s+(?:[\w-]+\s+){1,3}?)?as\s+((?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+)\b"
                               r"(?!\s+[A-Z])")


@lru_cache(maxsize=1 << 16)
def _identified_after(sentence: str, end: int) -> tuple[str, ...]:
    m = _IDENTIFIED_AFTER.match(sentence, end)
    return tuple(m.group(1).split()) if m else ()


_DEED_ROLES = frozenset({"perpetrator", "victim"})  # held by one person however often a report gives the age
# "The children's mother, a 32-year-old woman", "The driver, a 54-year-old man": the role set beside the age
_APPOSED_BEFORE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\w+['’]s)\s+(?:[a-z]+\s+)?([a-z]+),\s+an?\s+$")
# "a Dutch woman aged 61", "the driver, aged 57": the role the age follows
_AGED_AFTER_NOUN = re.compile(r"\b([a-z]+),?\s+aged\s+$")


def _apposed_role(claim: Claim) -> str | None:
    """The person noun an age is set beside, written before it: "The children's mother, a 32-year-old
    woman" (the mother), "a Dutch woman aged 61" (a woman)."""
    before = claim.sentence[max(0, claim.marked[0] - 40):claim.marked[0]]
    m = _APPOSED_BEFORE.search(before) or _AGED_AFTER_NOUN.search(before)
    noun = m.group(1) if m else None
    return noun if noun in PERSON_NOUNS and noun != "victim" else None  # "The youngest victim, an 8-year-old girl": one of them


# What a person did or underwent, said of the age: who was killed ("A 17-year-old was killed", "Jalen
# Brooks, 16, died at a hospital", "a 16-year-old boy was shot in the chest", "surfer, 58, killed by a
# shark") is the story's victim; who was arrested or charged ("Gary Lusk, 52, was arrested", "Man, 52,
# charged in ...", "the arrest of a 52-year-old man", "A 30-year-old man is facing two murder charges",
# "a 41-year-old woman is due in court") its suspect. The wounded are not the killed.
_DEED_PERSON = r"(?:\s+(?!(?:who|that|which|and|or|not|be|should|would|could|will|may|might|must|can)\b)[A-Za-z][\w'-]*){0,3}?"
_DEED_AFTER = re.compile(_DEED_PERSON + r"\s*,?\s*(?:(?:had|has|have)\s+been\s+|was\s+|were\s+|is\s+)?(?:later\s+|fatally\s+)?"
                         r"(?:(died|killed|shot|stabbed|attacked|murdered|slain)(?=\s*[,.;:]|\s*$|\s+(?:in|by|at|on|near|off|after|when|"
                         r"while|during|outside|inside|and)\b)|(died)\b|(arrested|charged|detained|apprehended|"
                         r"taken\s+into\s+custody|in\s+custody|fac(?:ing|es|ed)\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?)|"
                         r"(?:was\s+|is\s+)?due\s+(?:to\s+appear\s+)?in\s+court)\b)")
_DEED_BEFORE = re.compile(r"\b(?:arrest(?:ed)?\s+of|arrested|detained|charged|apprehended)\s+(?:a|an)\s+$", re.I)


@lru_cache(maxsize=1 << 16)
def _deed_role(sentence: str, start: int, end: int) -> str | None:
    if _DEED_BEFORE.search(sentence, max(0, start - 40), start) or _arrested_by_name(sentence, start):
        return "perpetrator"
    if deed := _identified_by_deed(sentence, start):
        return deed
    m = _DEED_AFTER.match(sentence, end)
    if m is None:
        return None
    return "perpetrator" if m.group(3) else "victim"


# "Officers arrested Darnell Hughes, 24,", "Police charged Daniel Okafor, 34, with murder": the named suspect
_DEED_BEFORE_NAME = re.compile(r"\b(?:arrested|detained|charged|apprehended)\s+(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,\s*(?:aged\s+)?$")


def _arrested_by_name(sentence: str, start: int) -> bool:
    """Whether the age follows a named person whom the sentence says was arrested or charged."""
    return _DEED_BEFORE_NAME.search(sentence, max(0, start - 80), start) is not None


# "The man who was killed in a stabbing ... has been identified as 57-year-old Gerald Oakes", "The
# woman who died has been named as 34-year-old ...": the person a deed brought in, named with the age
_IDENTIFIED_BY_DEED = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?(?:man|woman|boy|girl|teen|teenager|person|driver|"
                                 r"pedestrian|cyclist|motorist|passenger)\s+who\s+(?:was\s+|had\s+been\s+)?(?:(killed|died|"
                                 r"shot\s+dead|stabbed\s+to\s+death)|(arrested|charged))\b[^.;]{0,120}?\b(?:has\s+been|have\s+been|"
                                 r"was|were|had\s+been)\s+(?:identified|named)\s+(?:by\s+(?:[\w-]+\s+){1,3}?)?as\s+$")


def _identified_by_deed(sentence: str, start: int) -> str | None:
    """The deed of the person whom the words before an age identify by it: "victim", "perpetrator"."""
    m = _IDENTIFIED_BY_DEED.search(sentence, max(0, start - 220), start)
    return None if m is None else "victim" if m.group(1) else "perpetrator"


def _background(claim: Claim) -> bool:
    """An age dated to a month or a year ("In December last year, a 39-year-old man was killed"): an
    earlier event's person, not the story's."""
    period = claim.period
    return period is not None and period.granularity in ("month", "year") or bool(_EARLIER.search(claim.sentence))


# "11 months after a 39-year-old bodyboarder was killed", "six weeks after a 19-year-old driver died", "a month
# after a smaller main failed", "last year", "two years ago": an earlier event
_EARLIER = re.compile(r"\b(?:last|previous)\s+(?:year|month)\b|\b(?:weeks|months|years|(?:a|one)\s+(?:week|month|year))\s+"
                      r"(?:after|ago|earlier|before)\b", re.I)


_PLAIN_YOUNG = frozenset({"boy", "girl", "man", "woman", "teen", "teenager"})
_PLAIN_PERSONS = frozenset({"man", "woman"})
_THE_PLAIN = re.compile(r"\b[Tt]he\s+(?:man|woman),\s*(?:aged?\s+)?$")  # "the man, 35": the one brought in before
_BY_DEED = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+)?(man|woman)\s+who\s+(?:had\s+|has\s+)?([a-z]+)\b")


def _introduced_by_deed(claims: list[Claim]) -> dict[str, dict[str, str]]:
    """Per document, the plain person nouns ("man", "woman") it brings in by the harm they did: "A
    man who held eight people hostage inside a Hamilton bank surrendered": its "the man, 35" is who
    did the harm ("the suspect, 34" in another report). Not one brought in otherwise ("a man who
    was shot", "a man who lives nearby"): `HARM_VERBS`, active."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    seen: set[tuple[str, int]] = set()
    for claim in claims:
        if (claim.doc, claim.sentence_start) in seen:
            continue
        seen.add((claim.doc, claim.sentence_start))
        for m in _BY_DEED.finditer(claim.sentence):
            if m.group(2) in HARM_VERBS:
                found[claim.doc].setdefault(m.group(1), "perpetrator")
    return found


def _named_elsewhere(claims: list[Claim], stories: Stories, taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """A report's only age, written as the person ("The 26-year-old broke clear", "The 24-year-old
    has signed a five-year contract"): in news style, whom the report is about.
    When exactly one person whose age other reports give by name is named in this report
    ("Kiprop, 27"; "Daniel Kiprop, 27"), the age is theirs: a stand-in with that name."""
    if not stories:
        return {}
    ages_per_document = Counter(c.doc for c in claims if c.kind == "age")
    named: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)  # a name word: (doc, full name)
    for claim in claims:
        if claim.kind == "age" and claim.subject and not _role_of(claim):
            for name in claim.subject:
                named[name.lower()].append((claim.doc, claim.subject))
    stand_ins: dict[int, Claim] = {}
    for i, claim in enumerate(claims):
        if claim.kind != "age" or claim.subject or i in taken or ages_per_document[claim.doc] != 1 or _role_of(claim) \
                or not _THE_AGED.search(claim.sentence, 0, claim.marked[0]) or not _AGED_NOUN.fullmatch(claim.surface):
            continue
        keys = stories.get(claim.doc, frozenset())
        names = {name for key in keys for doc, name in named.get(key, ())
                 if doc != claim.doc and all(word.lower() in keys for word in name)}
        fullest = max(names, key=lambda name: (len(name), name), default=None)
        if fullest and all(_covered(name, fullest) for name in names):  # one person ("Kiprop", "Daniel Kiprop")
            stand_ins[i] = replace(claim, subject=fullest)
    return stand_ins


# The person a sentence opens with, after a dateline and a nationality: "Sept 27 (Reuters) - Swede
# Mattias Lindqvist birdied ...", "Sweden's Mattias Lindqvist produced ...", "Joseph Rono beat ..."
_DATELINE = re.compile(r"^[^.]{0,60}?\((?:[A-Z][\w ]*)\)\s*[-–—]\s*")
_OPENER = re.compile(r"((?:[A-Z][\w'’-]*\s+){2,5})(?=[a-z])")
_POSSESSIVE = re.compile(r"[\w-]+['’]s$")


def _opener_of_previous_sentence(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """An age written as the person opening a sentence ("The 24-year-old, who started the day one
    shot behind ..."), right after a sentence that opens with a person named in full ("Swede Mattias
    Lindqvist birdied two of the last three holes"): in news style, the person the sentence before
    opens with, whatever else it names (before `_named_elsewhere`'s guess by the names other reports
    age). A stand-in with that name; a report's previous sentence is known by the claims in it."""
    sentences: dict[str, dict[int, str]] = defaultdict(dict)  # doc: {end of a sentence: the sentence}
    for claim in claims:
        sentences[claim.doc][claim.sentence_start + len(claim.sentence)] = claim.sentence
    stand_ins: dict[int, Claim] = {}
    for i, claim in enumerate(claims):
        if claim.kind != "age" or claim.subject or i in taken or _role_of(claim) \
                or claim.sentence[:claim.marked[0]].strip() != "The" or not _AGED_NOUN.fullmatch(claim.surface):
            continue
        ends = sentences[claim.doc]
        previous = next((ends[end] for end in range(claim.sentence_start, claim.sentence_start - 3, -1) if end in ends), None)
        name = _opening_person(previous) if previous else ()
        if name:
            stand_ins[i] = replace(claim, subject=name)
    return stand_ins


@lru_cache(maxsize=1 << 12)
def _opening_person(sentence: str) -> tuple[str, ...]:
    """The full name (two or three words) a sentence opens with, less a nationality before it."""
    found = _OPENER.match(sentence, len(m.group(0)) if (m := _DATELINE.match(sentence)) else 0)
    if not found:
        return ()
    words = found.group(1).split()
    while words and (_POSSESSIVE.fullmatch(words[0]) or demonym(words[0])):
        words = words[1:]
    return tuple(words) if 2 <= len(words) <= 3 and not any(w.lower() in MEASURE_STOPWORDS or w.lower() in ORGANISATION_WORDS
                                                            for w in words) else ()


def _restated_with_perpetrator(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """A toll a report gives twice, once plainly and once saying whom it counts: "Five dead in
    Dayton Falls warehouse shooting" (the headline) and "Five people, including the gunman, died in
    a shooting": one toll, the gunman's among it, so not the victims' toll of another report ("A
    gunman killed four people"). The plain one is compared as the one that says whom it counts (a
    stand-in with its sentence)."""
    with_perpetrator: dict[tuple, Claim] = {}
    for claim in claims:
        if claim.kind == "count" and counted_set(claim.sentence, *claim.marked).role == "with perpetrator":
            with_perpetrator.setdefault((claim.doc, claim.measure, claim.quantity.value), claim)  # type: ignore[union-attr]
    if not with_perpetrator:
        return {}
    stand_ins: dict[int, Claim] = {}
    for i, claim in enumerate(claims):
        if claim.kind != "count" or i in taken:
            continue
        restated = with_perpetrator.get((claim.doc, claim.measure, claim.quantity.value))  # type: ignore[union-attr]
        if restated is not None and restated is not claim and counted_set(claim.sentence, *claim.marked).role == "":
            stand_ins[i] = replace(claim, sentence=restated.sentence, marked=restated.marked)
    return stand_ins


_THE_AGED = re.compile(r"\b(?:the|The)\s+$")  # "The 26-year-old broke clear": the age stands for a person
_AGED_NOUN = re.compile(r"\S+-year-old")


def _whole_tolls_by_noun(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Counts of what befell people that a report gives by who they were ("Six devotees, including
    four women, were killed", "87 worshippers abducted"), where that report gives no count of people
    that befell: its whole toll, a stand-in counted in people, so that another report's "nine people
    killed" is compared with it. A report that also counts people of that outcome gives the noun's
    count as a part of it ("3 dead", "three workers killed"); and nouns that name a part of any toll
    (women, children, a family's members, an organisation's staff), or a count written as a part
    ("including", "of whom"), stay as they are."""
    outcomes: dict[int, str] = {}
    counted_in_people: set[tuple[str, str]] = set()
    for i, claim in enumerate(claims):
        if claim.kind != "count":
            continue
        outcome = _toll_outcome(claim.measure)
        if not outcome or claim.quantity is None or claim.period is not None and not _period_is_incidental(claim):
            continue
        if claim.quantity.unit in GENERIC_COUNT_UNITS:
            counted_in_people.add((claim.doc, outcome))
        elif i not in taken and _names_persons(claim.quantity.unit) and _written_whole(claim):
            outcomes[i] = outcome
    return {i: replace(claims[i], quantity=replace(claims[i].quantity, unit="people"))  # type: ignore[arg-type]
            for i, outcome in outcomes.items() if (claims[i].doc, outcome) not in counted_in_people}


def _whole_sets_by_noun(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Counts of a set of people (`person_set`: who was aboard, who lost money to a fraud) that a
    report gives by who they were ("carrying five skiers", "Six passengers were inside", "from about
    300 investors"), where that report gives no count of people of that set: the whole set, a
    stand-in counted in people, so that another report's "Five people were on board" is compared
    with it, as `_whole_tolls_by_noun` does for tolls. A count written as a part ("150 passengers
    and six crew", "including four investors") stays as it is, and so do the counts of a noun that
    another report counts otherwise ("with 40 passengers and two drivers"): they meet under it."""
    sets: dict[int, str] = {}
    counted_in_people: set[tuple[str, str]] = set()
    counted_otherwise: dict[str, set[str]] = defaultdict(set)
    for i, claim in enumerate(claims):
        if claim.kind != "count" or claim.quantity is None:
            continue
        unit = claim.quantity.unit
        found = person_set(claim.measure, unit) if _period_is_incidental(claim) else ""
        if found and unit in GENERIC_COUNT_UNITS:
            counted_in_people.add((claim.doc, found))
        elif found and i not in taken and _written_whole(claim) and not _another_count_follows(claim.sentence, claim.marked[1]):
            sets[i] = found
        elif unit not in GENERIC_COUNT_UNITS:
            counted_otherwise[unit].add(claim.doc)
    return {i: _counted_in_people(claims[i]) for i, found in sets.items() if (claims[i].doc, found) not in counted_in_people
            and not counted_otherwise.get(claims[i].quantity.unit, set()) - {claims[i].doc}}  # type: ignore[union-attr]


def _dated_by_other_reports(claims: list[Claim], taken: Mapping[int, Claim], related: _StoryGate) -> dict[int, Claim]:
    """Figures a report gives with no period, or a coarser one, that other reports of its story
    date ("inflation eased to 2.1%", "eased to 2.1 per cent in September"; "the 2022 peak of 8.1%",
    "peaked at 8.1% in June 2022"): a stand-in dated as they date it, so that it is blocked with
    them. Only when every such figure of the other reports is of one recent period (not a
    background year's: "won 61% in 2022" is not this race's share), the figures agree (an undated
    figure that differs may well be another period's), neither of their reports gives the figure
    undated as well (that one would be this, the dated one another's), and the figure's own report
    dates no figure of the kind like those (it tells the two apart)."""
    if not related.stories:
        return {}
    dated: dict[tuple, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    loose: dict[tuple, dict[str, list[tuple[int, Claim]]]] = defaultdict(lambda: defaultdict(list))
    for i, original in enumerate(claims):
        claim = taken.get(i, original)
        if claim.quantity is None or claim.kind in ("date", "time") or _period_is_incidental(claim):
            continue
        key = (claim.kind, claim.quantity.dimension, scale_of(claim.quantity.dimension, claim.quantity.unit))
        period = claim.period
        if period is not None and period.resolved and period.granularity != "day":
            dated[key][claim.doc].append(claim)
        if period is None or period.granularity == "day" or period.resolved and period.granularity in ("year", "half", "quarter"):
            loose[key][claim.doc].append((i, claim))
    now = _days_told(claims)
    stand_ins: dict[int, Claim] = {}
    for key, by_doc in loose.items():
        dated_by_doc = dated.get(key)
        if not dated_by_doc:
            continue
        for doc, members in by_doc.items():
            story = related.documents_like(doc)
            present = max((now[other] for other in story if other in now), default=None)
            if present is None:
                continue  # no day the story's reports name: no telling its own period from a background one
            others = [d for other in story - {doc} for d in dated_by_doc.get(other, ())]
            for i, claim in members:
                loosest = claim.period is None or claim.period.granularity == "day"  # blocked as undated (`block_key`)
                within = [d for d in others if d.period != claim.period and (loosest or _within(d.period, claim.period))
                          and d.period.end >= present - _RECENT]  # type: ignore[union-attr,operator]
                if not any(_agree(claim, d) for d in within):
                    continue
                found = [d for d in within if compatible(replace(claim, period=d.period), d)]
                periods = {period_key(d.period) for d in found}
                if len(periods) != 1 or not all(_agree(claim, d) for d in found):
                    continue
                period = found[0].period
                if any(c is not d and (c.period is None or c.period.granularity == "day" or c.period == claim.period) and compatible(c, claim)
                       for d in found for _, c in by_doc.get(d.doc, ())):
                    continue  # that report gives the figure undated too: its dated one is another
                if any(w is not claim and compatible(w, d) for w in dated_by_doc.get(doc, ()) for d in found):
                    continue  # this report dates a figure like it: it tells the two apart
                stand_ins[i] = replace(claim, period=period)
    return stand_ins


# A sentence that opens by pointing back at the incident the sentence before it names: "In that
# case, ...", "In the earlier robbery, ...", "During that attack, ..." (not "In this robbery": the
# story's own).
_THAT_CASE = re.compile(r"^\W*(?:In|During)\s+(?:that|the\s+(?:earlier|previous|prior|last))\s+"
                        r"(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s*,")


_SENTENCE_GAP = 6  # characters between two sentences in a row: a space, or a closing quote and "\n\n"


def _of_the_case_before(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Figures given no period in a sentence that opens "In that case," (or "incident", "robbery"),
    when the sentence before it dates an incident to a day or a month before its report's own days
    ("An armored car was robbed outside a mall in June. In that case, robbers took $40,000"): that
    incident's figures, not the story's. A stand-in of that incident's period, blocked with
    figures of that period only. The sentence before is the report's claimed sentence before it, when
    no more than a closing quote and a paragraph break (`_SENTENCE_GAP`) stand between them."""
    dated: dict[tuple[str, int], list[Period]] = defaultdict(list)  # (doc, start of a sentence): its events' dates
    ends: dict[str, dict[int, int]] = defaultdict(dict)  # doc: start of each sentence with claims -> its end
    for claim in claims:
        ends[claim.doc][claim.sentence_start] = claim.sentence_start + len(claim.sentence)
        if claim.kind == "date" and claim.event_date is not None:
            dated[claim.doc, claim.sentence_start].append(claim.event_date)
    if not dated:
        return {}
    starts = {doc: sorted(by_start) for doc, by_start in ends.items()}
    now = _days_told(claims)
    stand_ins: dict[int, Claim] = {}
    for i, original in enumerate(claims):
        claim = taken.get(i, original)
        if claim.quantity is None or claim.period is not None or claim.doc not in now:
            continue
        opener = _THAT_CASE.match(claim.sentence)
        if not opener or opener.end() > claim.marked[0] or \
                (noun := opener.group("noun")) not in ("case", "incident") and noun not in EVENT_WORDS:
            continue
        at = bisect_left(starts[claim.doc], claim.sentence_start)
        previous = starts[claim.doc][at - 1] if at > 0 else -1
        if previous < 0 or claim.sentence_start - ends[claim.doc][previous] > _SENTENCE_GAP:
            continue
        periods = set(dated.get((claim.doc, previous), ()))
        if len(periods) != 1:
            continue
        period = periods.pop()
        if period.resolved and period.end < now[claim.doc] - timedelta(days=EVENT_WINDOW_DAYS):  # type: ignore[operator]
            stand_ins[i] = replace(claim, period=period)
    return stand_ins


# A sentence that points back at the thing the sentence before it named: "that storm's death toll",
# "those fires", "the same tanker", "the earlier spill", "That year"
_POINTS_BACK = re.compile(r"(?:^\W*|\b)(?:[Tt]hat|[Tt]hose|[Tt]he\s+(?:same|earlier|previous|prior))\s+([a-z][a-z-]+?)(?:['’]s|s)?\b(?!\s*\d)")
# A sentence dated by its opening phrase: "In June 2024, a dredger hit ...", "In 2019, ..."
_OPENS_DATED = re.compile(rf"^\W*(?:In|During|On)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{{1,2}},?\s+)?{STATED_YEAR}\s*,")
# Words that bring a sentence back to the story's own days: "This time", "Now", "on Wednesday"
_BACK_TO_NOW = re.compile(r"\b(?:now|this|these|today|currently|so\s+far|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I)


def _of_the_event_before(claims: list[Claim], taken: Mapping[int, Claim], related: _StoryGate) -> dict[int, Claim]:
    """Figures given no period in the sentence right after one that dates an earlier event to a
    month or a year well before its report's own days, when the figure's sentence points back at
    what that one named ("The storm brought back memories of February 2021, when a winter storm
    overwhelmed the grid. Officials later put that storm's death toll at 246."), or when it goes on
    telling a sentence that opens with that date and another report of the story dates a figure
    like it (its unit, a value it allows, a word of its measure) to that event ("In June 2024, a
    dredger hit a bunker vessel. About 400 tonnes of oil spilled." beside "spilling about 400
    tonnes of fuel oil in June 2024"): that event's figures, not the story's. A stand-in of that event's period, blocked with figures of that period. Not
    when the figure's sentence names a time of its own or returns to the story's days ("This
    time", "on Wednesday"); a sentence that opens with a date alone does not make the next one
    its event's ("In 2019, an explosion killed 78. The plant employs about 600 workers.").
    An amount or a count whose own sentence names its event by a year before it ("the record was
    held by a June 2020 storm, which caused $1.2 billion", `_dated_event_year`) takes the one
    period that other reports of the story date a figure like it to within that year."""
    dated: dict[tuple[str, int], list[Claim]] = defaultdict(list)  # (doc, end of a sentence): its dated events
    timed: set[tuple[str, int]] = set()  # (doc, start of a sentence) of sentences that name a time of their own
    for claim in claims:
        if claim.kind == "date" and claim.event_date is not None:
            dated[claim.doc, claim.sentence_start + len(claim.sentence)].append(claim)
        if claim.kind in ("date", "time") or claim.period is not None:
            timed.add((claim.doc, claim.sentence_start))
    if not dated:
        return {}
    now = _days_told(claims)
    of_period: dict[tuple, list[Claim]] | None = None  # (kind, dimension, unit): figures dated to a month or a year

    def dated_alike(claim: Claim, period: Period | None, year: int | None) -> list[Claim]:
        """Figures other reports of the story date to `period` (or to a month or the whole of
        `year`) that are like `claim`: its unit, a value it allows, a word of its measure."""
        nonlocal of_period
        if of_period is None:
            of_period = defaultdict(list)
            for j, other in enumerate(claims):
                other = taken.get(j, other)
                if other.quantity is not None and other.period is not None and other.period.resolved \
                        and other.period.granularity in ("month", "year"):
                    of_period[other.kind, other.dimension, other.unit].append(other)
        story = related.documents_like(claim.doc) - {claim.doc}
        words = set(claim.measure.split())
        return [other for other in of_period.get((claim.kind, claim.dimension, claim.unit), ())
                if other.doc in story and (period_key(other.period) == period_key(period) if period is not None
                                           else other.period.start.year == other.period.end.year == year)  # type: ignore[union-attr]
                and _agree(claim, other) and not _contrasting(claim.measure, other.measure)
                and (words & set(other.measure.split()) or compatible(replace(claim, period=other.period), other))]

    stand_ins: dict[int, Claim] = {}
    for i, original in enumerate(claims):
        claim = taken.get(i, original)
        if claim.quantity is None or claim.period is not None or claim.doc not in now:
            continue
        if claim.kind in ("amount", "count") and related.stories and (year := _dated_event_year(claim)) \
                and date(year, 12, 31) < now[claim.doc] - _RECENT:
            # "the record was held by a June 2020 storm, which caused $1.2 billion" beside "caused C$1.2 billion in June 2020"
            periods = {period_key(other.period): other.period for other in dated_alike(claim, None, year)}
            if len(periods) == 1:
                stand_ins[i] = replace(claim, period=periods.popitem()[1])
            continue
        end = next((end for end in range(claim.sentence_start, claim.sentence_start - 2, -1) if (claim.doc, end) in dated), None)
        if end is None or (claim.doc, claim.sentence_start) in timed or _BACK_TO_NOW.search(claim.sentence):
            continue
        before = dated[claim.doc, end]
        if len({d.event_date for d in before}) != 1:
            continue
        period = before[0].event_date
        assert period is not None
        if not period.resolved or period.granularity not in ("month", "year") \
                or period.end >= now[claim.doc] - _RECENT:  # type: ignore[operator]
            continue
        previous = before[0].sentence
        back = _POINTS_BACK.search(claim.sentence, 0, claim.marked[0])
        if back and (back.group(1) == "year" or back.start() == 0 or re.search(rf"\b{re.escape(back.group(1))}", previous)):
            stand_ins[i] = replace(claim, period=period)
            continue
        opens = _OPENS_DATED.match(previous)
        if opens is not None and opens.end() > before[0].marked[0] and related.stories and dated_alike(claim, period, None):
            stand_ins[i] = replace(claim, period=period)
    return stand_ins


# How far before its story's latest day a period may end and still be its story's own: last year's
# passengers, last month's inflation; not a background event's year ("the 2022 election", "a June 2019 hijacking").
_RECENT = timedelta(days=400)


def _days_told(claims: list[Claim]) -> dict[str, date]:
    """Each report's latest day it names ("on Monday", "Tuesday's vote"): near the day it was written."""
    latest: dict[str, date] = {}
    for claim in claims:
        for period in (claim.period, claim.event_date):
            if period is not None and period.resolved and period.granularity == "day" and period.end > latest.get(claim.doc, date.min):  # type: ignore[operator]
                latest[claim.doc] = period.end  # type: ignore[assignment]
    return latest


def _within(inner: Period | None, outer: Period) -> bool:
    return inner is not None and inner.resolved and outer.resolved and outer.start <= inner.start and inner.end <= outer.end  # type: ignore[operator]


def _building_heights(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """A building's height in floors written before its noun ("a 10-storey residential building",
    "the five-story building", "a 12-floor block"): one building's height, whatever the spelling
    of its floors, so one report's "four-story" is compared with another's "five-storey". Only in
    reports that give one such height (two heights are two buildings); what a building was licensed
    for ("licensed for six storeys") and what was added ("four upper floors") are not written so."""
    stand_ins: dict[int, Claim] = {}
    for i in _one_value_each(claims, taken, lambda c: c.kind == "count" and bool(_FLOORS_BEFORE_NOUN.fullmatch(c.text))):
        claim = taken.get(i, claims[i])  # the stand-in an earlier pass made of it, if any
        stand_ins[i] = _recounted(claim, "storey", _BUILDING_HEIGHT)
    return stand_ins


def _one_value_each(claims: list[Claim], taken: Mapping[int, Claim], picked: Callable[[Claim], bool]) -> list[int]:
    """The claims (as an earlier pass left them) that `picked` takes, in reports where all it takes
    give one value: a report that gives one building's height, or one bail, tells of one; two
    values are two buildings, or two defendants' bail."""
    values: dict[str, set[float]] = defaultdict(set)
    found: list[int] = []
    for i, original in enumerate(claims):
        claim = taken.get(i, original)
        if claim.quantity is not None and picked(claim):
            values[claim.doc].add(claim.quantity.value)
            found.append(i)
    return [i for i in found if len(values[claims[i].doc]) == 1]


_FLOORS_BEFORE_NOUN = re.compile(rf"[\w.]+-(?:{'|'.join(sorted(FLOOR_NOUNS))})", re.I)
_BUILDING_HEIGHT = "building height storey"


def _building_height(a: Claim, b: Claim) -> bool:
    return a.measure == b.measure == _BUILDING_HEIGHT


def _bail_amounts(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """The bail a court set, however the setting is told ("A judge set his bond at $250,000", "held
    on a $250,000 cash-only bond", "kept his bond at $500,000 cash"): one fact, whatever verb
    each report's measure reads. Only in reports that give one bail figure (two are two
    defendants', or a bail and its later change)."""
    bails = _one_value_each(claims, taken, lambda c: c.kind == "amount" and c.dimension == "currency"
                            and _bail_at(c.sentence, *c.marked))
    return {i: replace(taken.get(i, claims[i]), measure=_BAIL) for i in bails}


_BAIL_WORD = "(?:" + "|".join(BAIL_WORDS) + ")"
_BAIL_BEFORE = re.compile(rf"\b{_BAIL_WORD}\b(?:\s+(?:was|is|were|has\s+been|had\s+been|set|kept|remained|remains|"
                          rf"of|at|to|each))*\s+(?:at|of)\s*$", re.I)
_BAIL_AFTER = re.compile(rf"\s*(?:(?:cash|cash-only|surety|secured|property)\s+)?{_BAIL_WORD}\b", re.I)


def _bail_at(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at sentence[start:end] is a bail ("bond at $X", "a $X cash bond")."""
    return _BAIL_BEFORE.search(sentence, max(0, start - 60), start) is not None or _BAIL_AFTER.match(sentence, end) is not None


_BAIL = "bail"


def _distances_fallen(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """How far a thing fell, read by one report as a change ("the bus fell some 200 metres", a fall
    like a price's) and by another as a length ("plunged about 200m down a slope"): one fact, the
    distance fallen, told by a falling verb right before the length, or as the depth of what it fell
    into ("fell into a ravine approximately 150 metres deep")."""
    return {i: replace(claim, kind="amount", measure=_FALLEN) for i, claim in
            ((i, taken.get(i, original)) for i, original in enumerate(claims))
            if claim.kind in ("change", "amount") and claim.dimension == "length"
            and (_FALL_BEFORE.search(claim.sentence, max(0, claim.marked[0] - 40), claim.marked[0]) is not None
                 or _DEEP_AFTER.match(claim.sentence, claim.marked[1]) is not None
                 and _FELL_INTO.search(claim.sentence, max(0, claim.marked[0] - 60), claim.marked[0]) is not None)}


_FALL_BEFORE = re.compile(r"\b(?:fell|plunged|plummeted|tumbled|dropped|toppled|crashed)\s+(?:down\s+)?"
                          rf"(?:(?:{HEDGES})\s+)?$", re.I)
_FALLEN = "distance fallen"
# "fell into a ravine approximately 150 metres deep": the depth of what it fell into
_FELL_INTO = re.compile(r"\b(?:fell|plunged|plummeted|tumbled|dropped|crashed)\s+(?:down\s+)?into\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,2}\s*$", re.I)
_DEEP_AFTER = re.compile(r"\s+deep\b", re.I)


def _walls_of_water(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """The height of the wall of water a flash flood or a wave sent down ("a 10-foot wall of water",
    "a wall of brown water about 6 feet high"): one fact, whatever verb or witness each report's
    measure reads. Only in reports that give one such height (two are two places or two surges)."""
    walls = _one_value_each(claims, taken, lambda c: c.dimension == "length" and _wall_of_water_at(c.sentence, *c.marked))
    return {i: replace(taken.get(i, claims[i]), kind="amount", measure=_WALL_OF_WATER) for i in walls}


_WALL_OF_WATER = "wall of water height"
_WALL_OF = r"\bwalls?\s+of\s+(?:[\w-]+\s+){0,2}?water\b"
# "a wall of brown water about 6 feet high"
_WALL_BEFORE = re.compile(rf"{_WALL_OF}\s+(?:(?:{HEDGES})\s+)?$", re.I)
_HIGH_AFTER = re.compile(r"\s+(?:high|tall)\b", re.I)
# "a 10-foot wall of water", "a three-metre-high wall of muddy water"
_WALL_AFTER = re.compile(rf"(?:-(?:high|tall))?\s+{_WALL_OF}", re.I)
_COMPOUND_LENGTH = re.compile(r"-(?:foot|feet|ft|metre|meter|m)$", re.I)


def _wall_of_water_at(sentence: str, start: int, end: int) -> bool:
    """Whether the length at sentence[start:end] is the height of a wall of water."""
    if _WALL_BEFORE.search(sentence, max(0, start - 60), start) and _HIGH_AFTER.match(sentence, end):
        return True
    return bool(_COMPOUND_LENGTH.search(sentence, start, end)) and _WALL_AFTER.match(sentence, end) is not None


def _counted_in_people(claim: Claim) -> Claim:
    """A count of a noun of persons as a count of people, its noun kept in its measure when the noun
    names the set ("about 300 investors")."""
    noun = singular(claim.quantity.unit)  # type: ignore[union-attr]
    measure = f"{claim.measure} {noun}".strip() if noun in PERSON_SETS and noun not in claim.measure.split() else claim.measure
    return _recounted(claim, "people", measure)


_PEOPLE_GROUP = _alt(PEOPLE_GROUP_NOUNS)
# "a group of seven hikers", "the group of eight", "a breakaway of eight riders": the group named before "of"
_PEOPLE_GROUP_OF = re.compile(rf"\b(?P<group>{_PEOPLE_GROUP})\s+of\s+(?:(?:{HEDGES})\s+)?$", re.I)
# "a nine-man breakaway", "a 12-member delegation", "a 40-strong contingent": the group named after the count
_PEOPLE_GROUP_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?(?P<group>{_PEOPLE_GROUP})\b", re.I)
_COMPOUND_SIZE = re.compile(r"-(?:man|member|strong)$", re.I)


def _people_group_sized(claim: Claim) -> str:
    """The group noun (lexicon.PEOPLE_GROUP_NOUNS) of a standing group of people whose size the count
    gives ("a group of seven hikers", "The group of eight had set off", "a nine-man breakaway"), or ""."""
    start, end = claim.marked
    before = _PEOPLE_GROUP_OF.search(claim.sentence, max(0, start - 40), start)
    if before:
        return before.group("group").lower()
    after = _PEOPLE_GROUP_AFTER.match(claim.sentence, end) if _COMPOUND_SIZE.search(claim.text) else None
    return after.group("group").lower() if after else ""


def _group_sizes(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """The size of a standing group of people that a report gives once, however it names the members
    ("a group of seven hikers", "The group of eight had set off", "a breakaway of eight riders", "a
    nine-man breakaway"): a stand-in counted in people, its measure the group noun, so that reports that
    count the members by other nouns are compared. A report that sizes two groups by one noun leaves
    both as they are: it does not say which is the other reports'."""
    sized: dict[int, str] = {}
    per_document: Counter[tuple[str, str]] = Counter()
    for i, claim in _counts(claims, taken):
        group = _people_group_sized(claim)
        if not group:
            continue
        per_document[claim.doc, group] += 1  # "a group of six climbers", "a second group of eleven students"
        if claim.quantity.unit in GENERIC_COUNT_UNITS or singular(claim.quantity.unit) in GROUP_MEMBER_NOUNS:
            sized[i] = group
    stand_ins: dict[int, Claim] = {}
    for i, group in sized.items():
        claim = taken.get(i, claims[i])
        if per_document[claim.doc, group] == 1:
            stand_ins[i] = _recounted(claim, "people", group)
    return stand_ins


def _kindred_nouns(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Counts whose noun names the set another report names by another noun of its kin
    (lexicon.KINDRED_NOUNS: "14 firearms", "16 guns", "16 weapons" seized; "420 stores", "410
    shops"): stand-ins counted in the noun that stands for the kin, so that the reports are
    compared (their own nouns stay in the group). Those left without power, water or gas, counted in
    customers by a utility and in homes, properties or users by an outlet (lexicon.POWERLESS_NOUNS),
    are one set where the count's clause speaks of the cut and its report gives one such figure: a
    report of two utilities' "3,000 homes" and "8,000 customers" does not say which is the other
    reports'. An earlier cut told for background ("a month after a smaller main failed, leaving
    3,000 homes without water") is not the story's and is no second figure."""
    stand_ins: dict[int, Claim] = {}
    powerless: dict[int, Claim] = {}
    values: dict[str, set[float]] = defaultdict(set)
    for i, claim in _counts(claims, taken):
        noun = singular(claim.quantity.unit)
        head = KINDRED_NOUNS.get(noun)
        if head is not None and head != claim.quantity.unit:
            stand_ins[i] = _recounted(claim, head)
        elif noun in POWERLESS_NOUNS and _without_power_at(claim.sentence, *claim.marked) and not _EARLIER.search(claim.sentence):
            powerless[i] = claim
            values[claim.doc].add(claim.quantity.value)
    for i, claim in powerless.items():
        if len(values[claim.doc]) == 1 and claim.quantity.unit != POWERLESS_HEAD:  # type: ignore[union-attr]
            stand_ins[i] = _recounted(claim, POWERLESS_HEAD)
    return stand_ins


def _jobs_cut(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """The jobs a firm cuts, counted by one report in posts ("shed 1,200 roles", "eliminate 9,000
    positions"), by another in the people who lose them ("lay off 1,400 workers", "6,800 employees
    will lose their jobs", "were made redundant") and by a third in the cuts ("1,500 layoffs"):
    stand-ins counted in jobs (lexicon.JOB_NOUNS and kin), so that the reports are compared. A
    post only with a verb of cutting, a person only with a job lost: a workforce ("employs 6,300
    workers") and the jobs a plant creates stay their own facts."""
    stand_ins: dict[int, Claim] = {}
    for i, claim in _counts(claims, taken):
        if claim.quantity.unit == JOB_HEAD:
            continue
        noun = singular(claim.quantity.unit)
        if noun in JOB_NOUNS and JOB_CUT_VERBS.intersection(claim.measure.split()) \
                or noun in JOB_CUT_NOUNS or noun == "cut" and _JOB_CUTS_AFTER.match(claim.sentence, claim.marked[1]) \
                or (KINDRED_NOUNS.get(noun) == "employee" or noun == "people") and _job_lost_at(claim.sentence, *claim.marked):
            stand_ins[i] = _recounted(claim, JOB_HEAD)
    return stand_ins


def _workforces(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """A firm's workforce named in a count's measure (lexicon.WORKFORCE_WORDS: "a 75,000-strong
    workforce", "the plant's workforce of roughly 6,300"): what the firm employs, a stand-in counted
    in employees with the standing word in its measure, so that it meets "employs about 75,000
    people" and not the jobs cut from it (`_jobs_cut`, already counted in jobs)."""
    stand_ins: dict[int, Claim] = {}
    for i, claim in _counts(claims, taken):
        if claim.quantity.unit == JOB_HEAD:
            continue
        words = claim.measure.split()
        if WORKFORCE_WORDS.intersection(words):
            measure = claim.measure if _EMPLOY in words else f"{claim.measure} {_EMPLOY}"
            stand_ins[i] = _recounted(claim, _EMPLOYEE, measure)
    return stand_ins


_EMPLOY = STANDING_NOUNS["employee"]
_EMPLOYEE = "employee"


# "2,700 job cuts": the count's noun is the cuts, its modifier the jobs
_JOB_CUTS_AFTER = re.compile(r"\s+job\s+cuts\b", re.I)
# "would lay off about 1,400 workers", "laying off 300 staff"
_LAY_OFF_BEFORE = re.compile(rf"\b(?:lay|lays|laid|laying)\s+off\s+(?:(?:{HEDGES})\s+)?$", re.I)
# "About 6,800 employees will lose their jobs", "2,000 staff were made redundant", "300 workers were laid off"
_JOB_LOST_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:(?:lose|lost|losing)\s+(?:their|his|her)\s+(?:jobs?|posts?|positions?)|"
                             r"(?:made|be|been|were|was|are|is)\s+(?:being\s+)?(?:laid\s+off|redundant|let\s+go))\b", re.I)


def _job_lost_at(sentence: str, start: int, end: int) -> bool:
    """Whether the count of persons at sentence[start:end] counts people losing their jobs."""
    return _LAY_OFF_BEFORE.search(sentence, max(0, start - 40), start) is not None \
        or _JOB_LOST_AFTER.match(sentence, end) is not None


def _shots_fired(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Counts of the shots fired, which reports count by other nouns (lexicon.SHOT_NOUNS: "fired
    four times", "fired three rounds", "four shots were fired"): stand-ins counted in shots, so
    that the reports are compared. Only a count whose measure names the firing (lexicon.FIRING_VERBS):
    "was shot three times" counts the wounds, not the shots."""
    stand_ins: dict[int, Claim] = {}
    for i, claim in _counts(claims, taken):
        if claim.quantity.unit == "shot":
            continue
        if singular(claim.quantity.unit) in SHOT_NOUNS and FIRING_VERBS.intersection(claim.measure.split()):
            stand_ins[i] = _recounted(claim, "shot")
    return stand_ins


def _under_treatment(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Counts of those treated for their wounds, which a report gives where another counts the
    injured ("58 are receiving treatment for burns", "61 people were being treated in hospital",
    "More than 60 were injured"): stand-ins measured as injured, so that the reports are
    compared. Only in a report that counts the dead or the hurt (those treated in a measles
    outbreak are the sick), where it gives one such figure and no count of the injured of another
    value: "80 were hurt, 30 are being treated" counts a part of the hurt, and so do those "still"
    treated, who are left after some died or went home."""
    treated: dict[int, Claim] = {}
    values: dict[str, set[float]] = defaultdict(set)
    injured: dict[str, set[float]] = defaultdict(set)
    casualties: set[str] = set()
    for i, claim in _counts(claims, taken):
        verb = claim.measure.split(" ", 1)[0]
        if verb in ("injured", "killed"):
            casualties.add(claim.doc)
        if verb == "injured":
            injured[claim.doc].add(claim.quantity.value)
        elif verb in _TREATED_MEASURES and _TREATMENT_AFTER.match(claim.sentence, claim.marked[1]):
            treated[i] = claim
            values[claim.doc].add(claim.quantity.value)
    stand_ins: dict[int, Claim] = {}
    for i, claim in treated.items():
        if claim.doc in casualties and len(values[claim.doc]) == 1 and injured[claim.doc] <= values[claim.doc]:
            rest = claim.measure.split(" ", 1)[1:]
            stand_ins[i] = replace(claim, measure=" ".join(["injured", *rest]))
    return stand_ins


# Treatment told after a count of people: "58 are receiving treatment for burns", "were being treated"
_TREATED_MEASURES = frozenset({"received", "receiving", "treated", "given", "undergoing"})
_TREATMENT_AFTER = re.compile(r"(?![^.;]{0,30}?\bstill\b)[^.;]{0,30}?\b"
                              r"(?:(?:receiv\w*|given|getting|undergoing)\s+(?:\w+\s+)?treatment|(?:being|been)\s+treated|were\s+treated|are\s+treated)\b", re.I)


# The power cut a count of homes or customers is told with: "left 300,000 homes without power", "41,000
# customers were in the dark", "power was cut to 3,500 homes", "1.2 million users lost electricity"
_POWER_CUT = re.compile(r"\b(?:power|electricity|outages?|blackouts?|dark)\b", re.I)
# ... or the cut of a supply piped to homes: "20,000 properties across the west end have lost their water
# supply", "30,000 homes were left without water", "households with no gas" (not "flood water reached 300 homes")
_SUPPLY_CUT = re.compile(r"\b(?:without|lost|lose|losing|no|cut\s+off\s+from)\s+(?:their\s+|its\s+|a\s+)?(?:running\s+|mains\s+)?"
                         r"(?:water|gas|heat|heating)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _without_power_at(sentence: str, start: int, end: int) -> bool:
    """Whether a count of homes or customers is told with a cut of power, water or gas to them."""
    return _POWER_CUT.search(sentence, max(0, start - 50), min(len(sentence), end + 60)) is not None \
        or _SUPPLY_CUT.search(sentence, max(0, start - 50), min(len(sentence), end + 90)) is not None


AGE_MATE_YEARS = 1  # two reports' ages of one person this many years apart at most (`_age_mates`)
_AGE_MATE = "\u00b7"  # opens the subject word that marks ages of one person (`_age_mates`)


def _age_mates(claims: list[Claim], taken: Mapping[int, Claim], related: _StoryGate) -> dict[int, Claim]:
    """Ages that two reports of one story give of one person, known by the age itself: news gives
    the ages of a story's few people, and one report's 72 is another's 73 ("A 72-year-old woman was
    killed", "Loretta Vance, 73, was struck") however each names her (a role, a name, nothing).
    Between two related reports, ages of one value are paired first, then each age left with the
    one nearest it in the other report, at most AGE_MATE_YEARS apart (a birthday between two reports), when each is the other's
    only nearest: a report's 64-year-old wife is not another report's 67-year-old victim when
    that report gives 68 too; nor is a report's age of a role it gives two ages under. One age two reports give
    alike is one person's however each names them ("Two climbers, aged 33 and 41, were airlifted", "Rescuers
    airlifted a 33-year-old"), unless a related report gives another age near it (`_told_otherwise`). Paired ages are stand-ins
    sharing a subject word (`_AGE_MATE` and a digest of the pairs), so that `compatible` compares them (`_by_age_mates`)."""
    if not related.stories:
        return {}
    values: dict[str, dict[float, list[int]]] = defaultdict(lambda: defaultdict(list))
    given: dict[str, set[float]] = defaultdict(set)  # every age a report gives, of anyone
    in_sentence: dict[tuple[str, int], set[float]] = defaultdict(set)  # "Two residents, aged 88 and 91,": which is unsaid
    for claim in claims:
        if claim.kind == "age" and claim.quantity is not None:
            in_sentence[claim.doc, claim.sentence_start].add(claim.quantity.value)
            given[claim.doc].add(claim.quantity.value)
    for i, original in enumerate(claims):
        claim = taken.get(i, original)
        if claim.kind == "age" and claim.quantity is not None and claim.quantity.unit == "years" and not _background(claim) \
                and (claim.quantity.upper or 0.0) - (claim.quantity.lower or 0.0) <= 1 and not _ANOTHER_PERSON.search(claim.sentence, 0, claim.marked[0]):
            values[claim.doc][claim.quantity.value].append(i)
    # a report's role nouns and the ages given under each, the one who did the harm apart: "A 17-year-old
    # boy ... died" and "One of them, a 15-year-old boy, has been charged" say which boy is which
    held: dict[tuple[str, str, bool], set[float]] = defaultdict(set)
    for doc, ages in values.items():
        for value, indices in ages.items():
            for i in indices:
                for noun in _age_role_nouns(taken.get(i, claims[i])):
                    held[doc, noun, "perpetrator" in taken.get(i, claims[i]).subject].add(value)
    for doc, ages in values.items():  # "The driver, 58," beside "Driver John Smith, 45,": which driver is unsaid
        for value in [v for v, indices in ages.items() if any(
                len(held[doc, noun, "perpetrator" in taken.get(i, claims[i]).subject]) > 1
                for i in indices for noun in _age_role_nouns(taken.get(i, claims[i])))]:
            del ages[value]
    bare = {(doc, value) for doc, ages in values.items() for value, indices in ages.items()
            if all(not taken.get(i, claims[i]).subject and not PERSON_NOUNS.intersection(claims[i].measure.split())
                   for i in indices)}
    named = {(doc, value) for doc, ages in values.items() for value, indices in ages.items()
             if any(w[:1].isupper() for i in indices for w in taken.get(i, claims[i]).subject)}
    names_given = Counter(doc for doc, _ in named)

    def unsaid(doc: str, value: float, other: str, mate: float, said: int = 0) -> bool:
        """"The 26-year-old" beside a report naming two aged people: which of them is unsaid (but for
        `said` of them, whose ages both reports give: by the name, or by the same age)."""
        return (doc, value) in bare and (other, mate) in named and names_given[other] - said > 1
    listed = {(doc, value) for doc, ages in values.items() for value, indices in ages.items()
              if all(len(in_sentence[doc, claims[i].sentence_start]) > 1 for i in indices)}
    names = {(doc, value): {w for i in indices for w in taken.get(i, claims[i]).subject if w[:1].isupper()}
             for doc, ages in values.items() for value, indices in ages.items()}

    def said_by_elimination(doc: str, value: float, paired: set[float]) -> bool:
        """A listed age whose list-mates the other report gives too: "The men, aged 28 and 47" beside
        "Liam Carter, 28, and Darren Holt, 46": the 28s are one man, so the 47 is the other's."""
        return all(in_sentence[doc, claims[i].sentence_start] - {value} <= paired for i in values[doc][value])
    parent: dict[tuple[str, float], tuple[str, float]] = {}

    def root(node: tuple[str, float]) -> tuple[str, float]:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    def join(x: tuple[str, float], y: tuple[str, float]) -> None:
        parent[root(x)] = root(y)

    def nearest(value: float, others: set[float]) -> float | None:
        ranked = sorted(others, key=lambda other: abs(other - value))
        if not ranked or abs(ranked[0] - value) > AGE_MATE_YEARS:
            return None
        return ranked[0] if len(ranked) == 1 or abs(ranked[1] - value) > abs(ranked[0] - value) else None

    for doc in values:
        for other in related.documents_like(doc):
            if other <= doc or other not in values:
                continue
            own, theirs = set(values[doc]), set(values[other])
            shared = own & theirs
            for value in shared:
                join((doc, value), (other, value))
            left, right = own - theirs, theirs - own
            by_name = [(v, m) for v in left for m in right if names[doc, v] & names[other, m]]
            for value, mate in by_name:
                join((doc, value), (other, mate))  # "Jaylen Ortiz, 19" and "Jaylen Ortiz, 18": his ages by his name,
                left.discard(value)  # nobody else's
                right.discard(mate)
            for value in left:
                mate = nearest(value, right)
                if mate is None or nearest(mate, left) != value:
                    continue
                eliminated = (doc, value) in listed and said_by_elimination(doc, value, shared)
                mate_eliminated = (other, mate) in listed and said_by_elimination(other, mate, shared)
                # a named person whose age both reports give ("Wrona, 33" in each) is said: not whom the bare age is of
                said_other = len(by_name) + sum((other, v) in named for v in shared)
                said_doc = len(by_name) + sum((doc, v) in named for v in shared)
                if (eliminated or (doc, value) not in listed and not unsaid(doc, value, other, mate, said_other)) \
                        and (mate_eliminated or (other, mate) not in listed and not unsaid(other, mate, doc, value, said_doc)):
                    join((doc, value), (other, mate))
    members: dict[tuple[str, float], list[tuple[str, float]]] = defaultdict(list)
    for node in parent:
        members[root(node)].append(node)
    for node in list(members):
        members[node].append(node) if node not in members[node] else None
    stand_ins: dict[int, Claim] = {}
    for nodes in members.values():
        if len({doc for doc, _ in nodes}) < len(nodes):
            continue  # two ages of one report joined through a third: two people
        if len({value for _, value in nodes}) < 2 and _told_otherwise(nodes, given, related):
            continue  # one age everywhere but a report of another near age: theirs to match by names and roles
        if _chained_apart(nodes, given):
            continue
        word = _AGE_MATE + hashlib.sha1(repr(sorted(nodes)).encode()).hexdigest()[:12]
        for doc, value in nodes:
            for i in values[doc][value]:
                claim = taken.get(i, claims[i])
                stand_ins[i] = replace(claim, subject=(*claim.subject, word))
    return stand_ins


AGE_OTHERWISE_YEARS = 5  # a report's age this near a person's age that other reports agree on may be that person's


def _told_otherwise(nodes: list[tuple[str, float]], given: Mapping[str, set[float]], related: _StoryGate) -> bool:
    """Whether an age that reports of one story give alike is one a related report gives otherwise:
    a report that gives no such age but one a few years apart ("The guide, aged 49," beside "a
    47-year-old mountain guide" and "The group's guide, 47,") may tell of the same person, so that
    whose each is stays for names and roles to say and the reports' disagreement shows."""
    value = nodes[0][1]
    docs = {doc for doc, _ in nodes}
    return any(value not in given[other] and any(abs(age - value) <= AGE_OTHERWISE_YEARS for age in given[other])
               for doc in docs for other in related.documents_like(doc) if other not in docs)


def _chained_apart(nodes: list[tuple[str, float]], given: Mapping[str, set[float]]) -> bool:
    """Whether ages joined through a third report are two people's: a report's 14 paired with one
    report's 14 and another's 15 is not that other's when that report gives 15 too ("Wilson, 14,"
    beside "his 14-year-old brother" and "Wilson, 15,"): a report that gives both ages tells of
    two people of them."""
    return any(value != mate and (mate in given[doc] or value in given[other])
               for (doc, value), (other, mate) in itertools.combinations(nodes, 2) if doc != other)


# "A second teen, 16, was detained", "Another man, 45,", "a third victim, aged 30": one more person of
# an age, who may share it with the first
_ANOTHER_PERSON = re.compile(r"\b(?:[Aa]\s+(?:second|third|fourth)|[Aa]nother)\s+(?:[a-z]+\s+)?[a-z]+,?\s+(?:a\s+|an\s+|aged\s+)?$")


def _age_role_nouns(claim: Claim) -> set[str]:
    """The role nouns an age is given under ("age driver", "Driver John Smith"), not a plain man or girl."""
    words = {*claim.measure.split()[1:], *(w.lower() for w in claim.subject if w[:1].isupper())}
    return {w for w in words if w in PERSON_NOUNS}


def _paired_by_age(a: Claim, b: Claim) -> bool:
    """Whether two ages were paired by the ages two reports give (`_age_mates`): theirs is then
    `_by_age_mates`'s word, not their roles' (the pairing's word is in both subjects)."""
    return any(word[:1] == _AGE_MATE and word in b.subject for word in a.subject)


def _by_age_mates(a: Claim, b: Claim) -> bool:
    """Whether two ages paired by `_age_mates` are of one person: not a man's and a woman's, nor
    one of who did the harm and one of who suffered it."""
    sexes = {_sex_of(claim) for claim in (a, b)} - {None}
    return len(sexes) < 2 and not _harm_apart(a, b) and not _harm_apart(b, a) \
        and not _named_apart(a, b) and not _named_apart(b, a)


_OWNER = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s?['\u2019]s\b")  # "Jorgensen's try", "Wilson ’s"


def _named_apart(a: Claim, b: Claim) -> bool:
    """Whether a bare age ("the 21-year-old") is of the person its sentence names before it, not
    of the one another report names with the age: "Jorgensen's try was his ninth, and the
    21-year-old has scored in four" is Jorgensen's, not "Ross McCann, 21,"'s."""
    if a.subject and any(w[:1].isupper() for w in a.subject if w[:1] != _AGE_MATE) or _age_role_nouns(a):
        return False
    names = {w for w in b.subject if w[:1].isupper()}
    owners = set(_OWNER.findall(a.sentence, 0, a.marked[0]))
    return bool(names and owners) and not owners & names


def _harm_apart(a: Claim, b: Claim) -> bool:
    """Whether one age is of who did the harm and the other of a plain man or woman, or a victim, of
    its report: "The suspect, 34," is not "the man, 35," who was shot."""
    return "perpetrator" in a.subject and "perpetrator" not in b.subject \
        and bool((_PLAIN_YOUNG | {"victim"}).intersection(b.subject))


def _sex_of(claim: Claim) -> str | None:
    """Whose sex an age's noun says ("age woman"), else the pronoun its sentence opens with ("He was 42")."""
    sexes = {_SEX_OF_PERSON.get(word) for word in claim.measure.split()} - {None}
    if not sexes and (m := _OPENS_WITH_PRONOUN.match(claim.sentence)):
        return "m" if m.group(1) == "He" else "f"
    return sexes.pop() if len(sexes) == 1 else None


_OPENS_WITH_PRONOUN = re.compile(r"\s*(He|She)\b")
_SEX_OF_PERSON = {**dict.fromkeys("man boy father son husband brother grandfather uncle".split(), "m"),
                  **dict.fromkeys("woman girl mother daughter wife sister grandmother aunt".split(), "f")}


def _lone_figures(claims: list[Claim]) -> frozenset[str]:
    """The counts of a specific noun and the physical amounts that are the only figure of their
    noun or dimension in their report ("The airline, which employs 13,500 staff", "an eight-metre
    boat", "about 5 miles away"): a report that gives one workforce, one boat's length, one distance
    speaks of the same thing as another report of its story that gives one too, however each words
    it (`compatible`, where what contrasts still keeps them apart). A report with a second figure of
    the noun or dimension (a change "from 12 to 14 aircraft", a fleet beside the planes retired, a
    depth beside a distance, a background event's) does not say which of them another report means.
    A figure given again in another unit in brackets ("45km (28 miles)") is not a second figure."""
    values: dict[tuple[str, str], set[tuple[str, float]]] = defaultdict(set)
    for claim in claims:
        if claim.quantity is not None and not _converted(claim):
            values[_lone_key(claim)].add((claim.quantity.unit, claim.quantity.value))
    return frozenset(claim.id for claim in claims if claim.quantity is not None and _countable_alone(claim)
                     and len(values[_lone_key(claim)]) == 1)


def _lone_key(claim: Claim) -> tuple[str, str]:
    """What a figure is the only one of in its report: a count's noun, an amount's dimension."""
    return (claim.doc, claim.unit if claim.kind == "count" else claim.dimension)


def _converted(claim: Claim) -> bool:
    """A figure given again in another unit, in brackets after it: "45km (28 miles)"."""
    return claim.sentence[:claim.marked[0]].rstrip().endswith("(")


# A sum in a currency written just before a bracket: "4 million euros (", "about €6m (", "£48mn (", its
# signs, names and scale words those the lexicon reads money by.
_CURRENCY_SIGN = "[" + re.escape("".join(sorted({p for p in CURRENCY_PREFIXES if len(p) == 1 and not p.isalnum()}))) + "]"
_MONEY_BEFORE_BRACKET = re.compile(rf"(?:{_CURRENCY_SIGN}\s?\d[\d.,]*(?:\s?{_alt({*SCALES, *SCALE_ABBREVIATIONS})}\b)?"
                                   rf"|\d[\d.,]*\s?(?:{_alt(SCALES)})?\s?{_alt(CURRENCY_NAMES)})\s*\(\s*$", re.I)


def _converts_money(claim: Claim) -> bool:
    """A sum given again in another currency, in brackets after a sum that is itself read as one
    ("a ransom of 4 million euros ($4.3 million)"): the sum before is the report's claim, and two such
    conversions compared would only repeat what the sums before them say."""
    return _converted(claim) and bool(_MONEY_BEFORE_BRACKET.search(claim.sentence, max(0, claim.marked[0] - 40), claim.marked[0]))


def _countable_alone(claim: Claim) -> bool:
    """A count of a specific noun, or an amount in a physical unit other than a speed: not money (a
    report's one sum in dollars may be a reward, a bond or a loss), nor a speed (of the wind, of its
    gusts, of what the wind drives, a limit: one report names one, another another)."""
    if claim.kind == "count":
        return claim.unit not in GENERIC_COUNT_UNITS
    return claim.kind == "amount" and claim.dimension not in ("currency", "speed")


# "carrying 41 passengers and three crew", "with nine passengers and two pilots": a count of a set
# with another count after it is a part of who was there
_ANOTHER_COUNT = re.compile(r",?\s+(?:and|plus|along\s+with)\s+(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|"
                            r"eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _another_count_follows(sentence: str, end: int) -> bool:
    return bool(_ANOTHER_COUNT.match(sentence, end))


@lru_cache(maxsize=1 << 16)
def person_set(measure: str, unit: str) -> str:
    """The one set of people (lexicon.PERSON_SETS) a count of persons in `unit` ("people", a noun
    of persons that names no part of a toll) counts by its measure's words and its noun, or ""."""
    noun = singular(unit)
    if unit not in GENERIC_COUNT_UNITS and noun not in SET_PERSON_NOUNS and not _names_persons(unit):
        return ""
    found = {PERSON_SETS[w] for w in (*measure.split(), noun) if w in PERSON_SETS}
    return next(iter(found)) if len(found) == 1 else ""


_TOLL_OUTCOMES = frozenset({"killed", "injured", "missing", "abducted"})
# Verbs that name one outcome, abduction: "More than 80 people were abducted", "About 70 people were seized"
_ABDUCTION = dict.fromkeys(("abducted", "kidnapped", "seized", "snatched"), "abducted")
_THINGS_TOO = frozenset({"seized", "snatched"})  # "seized 12 magazines": not of people only
# Nouns that count a part of a toll ("Seven of the dead were women", "seven UN staff were injured")
_PART_NOUNS = frozenset("woman child girl boy man staff member personnel official employee worker soldier "
                        "officer troop police policeman student pupil".split()) | FAMILY_NOUNS
_PART_CUE = re.compile(r"\b(?:including|includ|among|of\s+whom|of\s+them|of\s+the)\b", re.I)


@lru_cache(maxsize=1 << 12)
def _names_persons(unit: str) -> bool:
    """A noun of persons by what they are or do ("devotee", "worshipper", "villager", "migrant",
    "tourist"; lexicon.TOLL_PERSON_NOUNS) that names no part of a toll."""
    noun = singular(unit)
    return noun not in _PART_NOUNS and noun in TOLL_PERSON_NOUNS


@lru_cache(maxsize=1 << 18)
def _toll_outcome(measure: str) -> str:
    found = {CASUALTY_WORDS.get(w) or _ABDUCTION.get(w) for w in measure.split() if w not in _THINGS_TOO} & _TOLL_OUTCOMES
    return next(iter(found)) if len(found) == 1 else ""


# One's home is as often named by what it is: "had to leave their flats", "fled their apartments".
_HOME_WORDS = frozenset({"home", "house", "flat", "apartment"})
_HOMES = r"(?:homes?|houses?|flats?|apartments?)"
_LEAVING_WORDS = frozenset({"forced", "leave", "left", "flee", "fled"}) | _HOME_WORDS
_FROM_HOMES = re.compile(rf"\s*(?:[\w-]+\s+){{0,3}}?(?:(?:to|had\s+to)\s+(?:leave|flee)|from|out\s+of)\s+(?:their|his|her)\s+{_HOMES}\b", re.I)
# The count's own clause says they were made to leave, whatever its measure came to be: "Roughly 500
# people from surrounding buildings have been evacuated", "About 300 residents of two nearby
# buildings were told to leave their homes", "About 150 residents of a 12-storey apartment block in
# northern Marseille were evacuated", "Some 120 people have been moved out of a block of flats", or
# a headline's bare "120 people out of homes as cracks ..." (the clause's words hold no punctuation).
_MADE_TO_LEAVE = re.compile(r"\s*(?:(?:[\w'’-]+\s+){0,12}?(?:(?:have|has|had)\s+been|were|was|are|had\s+to\s+be)\s+(?:evacuated\b|"
                            rf"(?:told|ordered|forced|asked|urged)\s+to\s+(?:leave|flee)\s+(?:their|his|her)\s+{_HOMES}\b|"
                            rf"(?:moved|forced|ordered|taken|led)\s+(?:out|from)\b)|out\s+of\s+(?:their\s+)?{_HOMES}\b)", re.I)


def _from_homes(claim: Claim) -> bool:
    """A count of people made to leave their homes, however worded: "evacuated", "displaced",
    "forced from their homes", "had to leave their homes". (Evacuated and displaced stay two
    outcomes of each other: `_contrasting`.)"""
    leaving = _leaving(claim.measure)
    return leaving == "home" or leaving == "maybe" and _left_homes_at(claim.sentence, claim.marked[1]) \
        or _made_to_leave_at(claim.sentence, claim.marked[1])


# People in shelters, however the verb puts them there: "spent the night in shelters", "are staying
# in emergency shelters", "have taken refuge in evacuation centres".
_IN_SHELTERS = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}?(?:in|at)\s+(?:(?:emergency|temporary|evacuation|public|storm)\s+)?"
                          r"(?:shelters|evacuation\s+cent(?:re|er)s|relief\s+camps)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _sheltered_at(sentence: str, end: int) -> bool:
    return bool(_IN_SHELTERS.match(sentence, end))


@lru_cache(maxsize=1 << 16)
def _made_to_leave_at(sentence: str, end: int) -> bool:
    return bool(_MADE_TO_LEAVE.match(sentence, end))


@lru_cache(maxsize=1 << 16)
def _leaving(measure: str) -> str:
    if measure in ("evacuated", "displaced"):
        return "home"
    words = set(measure.split())
    if not words or not words <= _LEAVING_WORDS:
        return ""
    return "home" if words & _HOME_WORDS else "maybe"


@lru_cache(maxsize=1 << 16)
def _left_homes_at(sentence: str, end: int) -> bool:
    return bool(_FROM_HOMES.match(sentence, end))


@lru_cache(maxsize=1 << 16)
def _abduction_only(measure: str) -> bool:
    """A count's measure that names only its abduction, by any verb for it."""
    return bool(measure) and all(w in _ABDUCTION for w in measure.split())


def _written_whole(claim: Claim) -> bool:
    start, end = claim.marked
    if _PART_CUE.search(claim.sentence[max(0, start - 25):start]) or _PART_CUE.match(claim.sentence[end:end + 12].lstrip()):
        return False
    if _listed_with_a_person(claim.sentence, start, end):
        return False
    return counted_set(claim.sentence, start, end).role in ("", "whole")


# A count listed beside a person ("Pilot, two tourists killed", "the driver and three passengers died",
# "two tourists and their guide were killed"): a part of who befell it, the person another
# report counts among its people
_PERSON_LISTED_BEFORE = re.compile(r"\b([A-Za-z]+)\s*(?:,|\band)\s*(?:the\s+|a\s+|an\s+)?$")
_PERSON_LISTED_AFTER = re.compile(r"\s*,?\s+and\s+(?:the|a|an|his|her|their|its)\s+([a-z]+)\b")


@lru_cache(maxsize=1 << 16)
def _listed_with_a_person(sentence: str, start: int, end: int) -> bool:
    before = _PERSON_LISTED_BEFORE.search(sentence, max(0, start - 30), start)
    after = _PERSON_LISTED_AFTER.match(sentence, end)
    return any(m is not None and singular(m.group(1).lower()) in PERSON_NOUNS for m in (before, after))


def _role_of(claim: Claim) -> str | None:
    """The person noun an age's measure or name gives ("the suspect, 34": "suspect"), if any."""
    words = [name.lower() for name in claim.subject] or claim.measure.split()[1:]
    return next((w for w in words if w in PERSON_NOUNS), None)


# One role however named: who did the harm ("the gunman, 20", "the 19-year-old suspect"), who is
# in command of a plane or a boat ("the pilot, 58", "the captain, 56").
_ROLE_CLASSES = {**dict.fromkeys(PERPETRATOR_NOUNS, "perpetrator"), **ROLE_SYNONYMS}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while grouping: its full passes walk every claim held,
    again and again as groups are made (a third of the time at 100,000 claims, more at a
    million). Grouping leaves little cyclic garbage, and it is collected once grouping ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def block_key(claim: Claim) -> tuple:
    """What two claims must share to be compared at all."""
    if claim.quantity is None:  # events of every class meet: "the incident" may be any of them
        if claim.measure in _EVENT_CLASSES:
            return ("date", "event")
        deed = _first_deed(claim.measure)  # "boat left sfax", "left tunisian port city": one leaving
        return ("date", "deed", deed) if deed else ("date", claim.measure)
    q = claim.quantity
    unit = scale_of(q.dimension, q.unit)  # "90 minutes" and "nearly two hours" meet
    if _period_is_incidental(claim):
        year = _background_year(claim.sentence[:claim.marked[0]]) or _dated_event_year(claim) if _undated_toll(claim) else None
        if year:  # "Cyclone Sidr, which struck in November 2007, killed more than 3,000 people", "the 2020 fire, which killed 38"
            return (claim.kind, q.dimension, unit, ("years", year, year))
        return (claim.kind, q.dimension, unit)
    defining = claim.period if claim.period is not None and claim.period.granularity != "day" else None
    if claim.kind == "count" and defining is not None and defining.resolved:
        # a background event's toll: "in 2018 the collapse killed 43", "in August 2018 ... 43";
        # `compatible` keeps apart counts of two months of one year
        return (claim.kind, q.dimension, unit, _years(defining))
    return (claim.kind, q.dimension, unit, period_key(defining))


def _years(period: Period) -> tuple:
    return ("years", period.start.year, period.end.year)  # type: ignore[union-attr]


_EVENT_CLASSES = frozenset(EVENT_WORDS.values())
_MET = frozenset({"meeting", "visit", "signing"})


def _period_is_incidental(claim: Claim) -> bool:
    """Counts, ages and magnitudes belong to an event: a date one outlet adds ("on Saturday")
    does not make another fact; but a count dated with a year, or by its month, counts for another
    event, in the background ("the 1999 quake killed 17,000", "in February, a gunman killed five
    people", "on 4 November 2008 troops killed six"). (For
    amounts, rates and changes a day is incidental too, but a month, quarter or year defines
    what they measure.)"""
    if claim.kind == "count":
        period = claim.period
        return period is None or period.granularity in ("day", "week") and not _YEAR.search(period.label) \
            or _years_of_a_set(claim)
    return claim.kind == "age" or claim.dimension == "magnitude"


_YEAR = re.compile(rf"\b{STATED_YEAR}\b")
# A year named after a word, with its part and month: "in 2019", "in early March 2019", "a June 2020 storm"
_NAMED_YEAR = rf"\s+(?:(?:early|late|mid-?)\s*)?(?:(?i:{'|'.join(MONTHS)})\.?\s+)?"
_IN_YEAR = re.compile(rf"\b[Ii]n{_NAMED_YEAR}({STATED_YEAR})\b")


def _years_of_a_set(claim: Claim) -> bool:
    """A count of a set of people (`person_set`) over a span of years: the years a scheme or a
    service ran, which one report gives and another leaves out ("raised $110 million from about 300
    investors between 2014 and 2023", "took in money from roughly 300 investors"), not a
    background event's year."""
    period = claim.period
    return period is not None and period.granularity == "span" and period.resolved \
        and period.start.year < period.end.year and bool(person_set(claim.measure, claim.unit))  # type: ignore[union-attr]


_CASUALTIES = next(contrast for contrast in CONTRAST_SETS if "killed" in contrast)


def _undated_toll(claim: Claim) -> bool:
    """A count of what befell people (killed, injured, missing, evacuated) given no period."""
    return claim.kind == "count" and claim.period is None and bool(_CASUALTIES & set(claim.measure.split()))


@lru_cache(maxsize=1 << 16)
def _background_year(before: str) -> int | None:
    """The year a count's sentence dates its event to before the count, when the count was given no
    period of its own ("The deadliest avalanche ... struck Galtür in February 1999, killing 31
    people", "Cyclone Sidr, which struck in November 2007, killed more than 3,000 people"): a
    background event's toll, blocked with the counts dated to that year ("In 1999, an avalanche
    struck Galtür, killing 31 people"). One year only, and not one a span counts from ("since 1999")."""
    return _one_year_named(before, _IN_YEAR.finditer(before))


def _one_year_named(before: str, named: Iterable[re.Match]) -> int | None:
    """The year of the `named` matches, when they name one and it is the only year `before` states."""
    years = {int(m.group(1)) for m in named}
    return years.pop() if len(years) == 1 and len(set(_YEAR.findall(before))) == 1 else None


# An event a sentence names by its year before the figure: "a June 2020 storm that ... caused",
# "the 2014 crash killed", "In March 2019, a fire destroyed".
_DATED_EVENT = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]n){_NAMED_YEAR}(?:\d{{1,2}},?\s+)?({STATED_YEAR})\b(?!\s*(?:-|–|to|and)\s*\d)")


# A year a body's or a thing's life counts from, not an event's: "Aldwick, founded in Sussex in 1921,",
# "Geneva, which introduced its own minimum wage in 2020, now pays"
_FOUNDED = re.compile(r"\b(?:founded|established|formed|incorporated|set\s+up|built|born|opened|launched|listed|"
                      r"introduced|adopted|created|began|started)(?:\s+[\w'’-]+){0,5}?\s*,?\s*$")
# A figure said to hold now, after the year: "in 2020, now pays at least 24.32 francs"
_NOW = re.compile(r"\b(?:now|currently|today)\b", re.I)


def _dated_event_year(claim: Claim) -> int | None:
    """The year an amount's or a count's sentence dates its event to before the figure, when the
    claim was given no period of its own ("the record was held by a June 2020 storm, which caused
    $1.2 billion", "The 2014 crash killed 12"): a background event's figure, not one of this
    story's event undated ("The hailstorm caused $1.6 billion"). One year only."""
    if claim.period is not None:
        return None
    before = claim.sentence[:claim.marked[0]]
    return _one_year_named(before, (m for m in _DATED_EVENT.finditer(before)
                                    if not _FOUNDED.search(before, 0, m.start()) and not _NOW.search(before, m.end())))


def _year_of(dated: int | None, claim: Claim) -> int | None:
    """The year a claim is of: the year its sentence dates its event to, else its period's year."""
    if dated is not None:
        return dated
    period = claim.period
    return period.start.year if period is not None and period.resolved and period.start is not None \
        and period.end is not None and period.start.year == period.end.year else None


def period_key(period: Period | None) -> tuple:
    if period is None:
        return ("none",)
    if period.resolved:
        return ("dates", period.start, period.end)
    return ("label", period.label.lower())


class Facets:
    """What `compatible` reads of one claim by itself, worked out once per claim instead of once
    per pair (`_cluster` makes one for each claim of its block, and a claim meets many others
    there; most of these are regular expressions over its sentence): its figure's size, whether
    the words around it make it a combined total, a permitted one, one moment of a trading day,
    the world's or a country's; for a count, the set and owner it counts, its role, the
    qualifiers of an ordinal, the care the hurt got, whether it counts people made to leave their
    homes, and the names of a family's person; a duration that is a campaign's length; an age
    still to come; a time of an attempt or of an event; a dated event's victim. Only what one
    claim says by itself: whether two claims' facets meet is `compatible`'s to decide. (`lone` and
    `artist`, the artist `_definite_works` gives a price's unnamed work, are read of its report.)"""

    __slots__ = ("size", "combined", "permitted", "moment", "where", "counted", "role", "owner", "qualifiers",
                 "care", "from_homes", "family", "campaign", "coming", "deed_only", "event_only", "victim",
                 "superseded", "running", "span", "person_set", "lone", "remaining", "rate", "lacking", "partitive", "sheltered",
                 "base", "dated", "tally", "aged", "bound", "told", "separate", "basis", "group_size", "benchmark",
                 "foretold", "region", "after_cut", "later_death", "doer", "aboard", "player", "work_by", "named_age", "first_half",
                 "half_time", "story_role", "strike_length", "contrasted", "other_one", "victim_day", "speakers", "event_sum", "territory",
                 "toll_place", "population")

    def __init__(self, claim: Claim, lone: bool = False, artist: str = "") -> None:
        sentence, (start, end), kind, measure = claim.sentence, claim.marked, claim.kind, claim.measure
        count = kind == "count" and claim.quantity is not None
        self.size = abs(claim.quantity.value) if claim.quantity is not None else 0.0
        self.base = abs(base_value(claim.quantity)) if claim.quantity is not None else 0.0  # in its scale's unit
        self.victim = victim_of(sentence, start, end) if claim.quantity is None else ""
        self.combined = kind in ("count", "amount") and _combined_at(sentence, start)
        self.permitted = count and (_permitted_at(sentence, start) or _ceiling_set(claim))
        self.moment = _moment_at(sentence, start, end) if claim.quantity is not None else ""
        self.where = _where_stated(sentence, bool(claim.scope)) if claim.quantity is not None else frozenset()
        self.counted = counted_set(sentence, start, end) if count else None
        self.role = self.counted.role if self.counted is not None else ""
        self.owner = owner_of(sentence, start, end) if count else ""
        self.qualifiers = _qualifiers_at(sentence, end, singular(claim.unit)) if self.role == "ordinal" else None
        self.care = _care_at(sentence, end, measure) if count else ""
        self.from_homes = count and claim.unit == "people" and _from_homes(claim)
        self.sheltered = count and claim.unit == "people" and _sheltered_at(sentence, end)
        self.family = _family_names(sentence) if claim.unit in FAMILY_NOUNS else ()
        self.campaign = kind == "duration" and campaign_length(sentence, start, end)
        self.coming = "coming" in measure.split()  # "will turn 29" is not "is 28"
        self.deed_only = kind == "time" and _deed_only(measure)
        self.event_only = kind == "time" and _event_only(measure)
        self.superseded = claim.quantity is not None and _superseded_at(sentence, start)
        self.running = count and _running_tally(claim)
        self.span = _span_at(sentence, start, end) if kind == "duration" else ""
        self.person_set = person_set(measure, claim.unit) if count and self.role in ("", "whole") \
            and not _another_count_follows(sentence, end) else ""
        self.lone = lone
        self.remaining = _remaining_at(sentence, start, end) if count else ""
        self.partitive = count and _PARTITIVE.search(sentence, start, end) is not None
        self.lacking = count and _lacking_at(sentence, start, end)
        self.rate = _rate_at(sentence, end) if claim.quantity is not None and kind != "count" else ""
        self.dated = _dated_event_year(claim) if kind == "amount" or count and self.role != "ordinal" else None
        self.tally = _tally_at(sentence, end) if count else (None, None)
        self.aged = _ages_said(sentence) if kind == "duration" and claim.unit == "years" else frozenset()
        self.bound = _bound_at(sentence, start, end) if kind in ("amount", "count") else ""
        self.told = _time_moment(sentence, start, end) if kind == "time" else ""
        self.separate = claim.quantity is not None and _of_a_separate_incident(claim)
        self.basis = _basis(claim) if claim.quantity is not None else ""
        self.group_size = count and _group_size(claim)
        self.benchmark = kind in ("count", "amount") and _benchmark(sentence, start)
        self.foretold = kind in ("count", "amount", "rate") and _foretold(sentence, start, end)
        self.region = _region_of(sentence, start, end) if kind in ("count", "amount", "change", "rate") else ""
        self.population = _population_group(sentence, start) if kind == "rate" else ""
        self.toll_place = _toll_place(sentence, start, end) \
            if count and claim.period is not None and claim.period.granularity == "year" else (frozenset(), False)
        self.after_cut = kind in ("count", "amount") and _left_after_cut(sentence, start, end)
        self.later_death = kind == "date" and _later_death(claim)
        self.victim_day = _victim_day(sentence, start) if kind == "date" else ""
        self.event_sum = _sum_beside(sentence, start, end) if kind == "date" else None
        self.doer = _named_doer(sentence, start) if count else ""
        self.aboard = count and _aboard(claim, self.person_set, self.care)
        self.player = _player_at(sentence, start) if count and self.role == "ordinal" and singular(claim.unit) == "minute" \
            else ("", "")
        self.work_by = (_work_by(sentence, start) or artist) if kind == "amount" and claim.dimension == "currency" else ""
        self.named_age = _named_after_age(sentence, end) if kind == "age" else ""
        self.first_half = count and _at_first_half(sentence, start, end)
        self.half_time = kind == "score" and _half_time_score(sentence, start, end)
        self.story_role = _story_role(claim) if claim.quantity is not None else ""
        self.strike_length = kind == "duration" and _strike_length(sentence, start, end)
        self.contrasted = count and _CONTRASTED_PART.search(sentence, start, end) is not None
        self.other_one = _other_one(sentence, start) if claim.quantity is not None else ""
        self.speakers = count and _SPEAKERS_AFTER.match(sentence, end) is not None
        self.territory = territory_of(sentence) if kind in ("count", "amount") and claim.quantity is not None else ""


# A count whose noun a comparative sets against the rest of a whole: "Hamburg, Bremerhaven and three
# smaller ports", "two larger banks": a part picked out by size, not the whole ("five ports").
# A superlative picks a part the same way ("the two largest unions"). Not age ("his two older
# brothers", "14 older aircraft"): a kinship or a fleet's age is loosely said of the whole.
_CONTRASTED_PART = re.compile(r"\b(?:small|larg|bigg|less|busi|poor|rich|wealthi|quiet)(?:er|est)\s+[a-z]+"
                              r"|\b(?:minor|rural|outlying)\s+[a-z]+")


# One of two people told apart from the one the story follows: "The other officer, an eight-year
# veteran, did not fire", "The other driver, 52, was unhurt" (not "on the other side", "the other day").
_OTHER_ONE = re.compile(r"\b[Tt]he\s+other\s+(?!(?:side|hand|way|day|night|week|month|year|direction|end|"
                        r"lane|bank|shore|team|country|city)\b)([a-z]+)\b(?![’']s\b)")


_STOP_AFTER_OTHER = re.compile(r"[.;]")
# A count that is the subject of a verb of saying: "Two neighbors told the paper they had called",
# "Three officials said": those a report heard from, not those an event befell ("Two neighbors were
# taken to hospital"); a count of sources meets only another count of sources ("said two sources").
_SPEAKERS_AFTER = re.compile(r"\s+(?:said|say|says|told|tell)\b(?!\s+to\b)")


def _other_one(sentence: str, start: int) -> str:
    """The person a figure's clause names as "the other" one of two ("officer"), or ""."""
    found = None
    for found in _OTHER_ONE.finditer(sentence, 0, start):
        pass
    if found is None or found.group(1).endswith("s") or _STOP_AFTER_OTHER.search(sentence, found.end(), start):
        return ""
    return found.group(1)


# An incident a writer sets apart from the story's: "In a separate shooting Sunday, ...", "Police are
# also investigating a separate shooting ... that left one man dead", "In an unrelated crash ...",
# "Separately, police are investigating a shooting ..." (not "Separately, police said the driver was 34").
_SEPARATE_INCIDENT = re.compile(r"\b(?:[Aa]\s+separate|[Aa]n\s+unrelated|[Ii]n\s+another)\s+(?:[a-z]+\s+){0,2}?"
                                r"(?:incident|shooting|stabbing|crash|collision|attack|case|robbery|fire|accident)\b"
                                r"|^\s*Separately,[^.;]{0,80}?\b(?:incident|shooting|stabbing|crash|collision|attack|robbery|"
                                r"fire|accident)\b")


def _of_a_separate_incident(claim: Claim) -> bool:
    """Whether a claim's sentence tells, before it, of an incident its writer sets apart from the
    story's own: its figures (a wounded man's age, a toll) are never the story's, whatever their nouns."""
    return _SEPARATE_INCIDENT.search(claim.sentence, 0, claim.marked[0]) is not None


# "There were 11 people on the ferry", "There were about 40 guests inside": those on board, the whole.
_THERE_WERE = re.compile(r"\b[Tt]here\s+(?:were|was|are|had\s+been|have\s+been)\s+"
                         rf"(?:(?:{HEDGES}|only|just)\s+)*$")
_ON_BOARD_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:on|aboard|on\s+board|inside|in)\b")


def _aboard(claim: Claim, person_set_: str, care: str) -> bool:
    """Whether a count of people counts all those aboard, inside or attending ("carrying nine
    people", "which had 12 people aboard", "There were 11 people on the boat"), not those of them
    something befell ("Eight people inside the hall were injured")."""
    if _befallen(claim.measure, care):
        return False
    if person_set_ == "aboard":
        return True
    if claim.unit not in ("people", "persons") and singular(claim.unit) not in TOLL_PERSON_NOUNS | SET_PERSON_NOUNS:
        return False  # "There were 14 shootings in the city" counts no one on board
    sentence, (start, end) = claim.sentence, claim.marked
    return _THERE_WERE.search(sentence, 0, start) is not None and _ON_BOARD_AFTER.match(sentence, end) is not None


def _aboard_and_befallen(a: Claim, b: Claim, fa: Facets, fb: Facets) -> bool:
    """All those aboard beside a count something befell ("There were 11 people on the boat",
    "Four people on the boat were taken to hospital"): the whole and a part of it."""
    if fa.aboard == fb.aboard:
        return False
    other, facets = (b, fb) if fa.aboard else (a, fa)
    return _befallen(other.measure, facets.care)


def _befallen(measure: str, care: str) -> bool:
    """Whether a count's measure or care names what befell those it counts: hurt, killed, taken to hospital."""
    return bool(_toll_outcome(measure) or care) or "hospital" in measure.split()


# A player's name, of two words or more ("Max Hale", "Hale's"), and the clause a minute sits in.
_PLAYER_NAME = re.compile(r"(?<![\w'’])(?!(?:The|A|An|In|On|At|After|With)\s)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+")
_PLAYER_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|as|after|before|when)\s+|\s+but\s+|\s+and\s+(?=[a-z]+\s+[A-Z])")


_LOWER_WORD = re.compile(r"[a-z][\w.-]*")


@lru_cache(maxsize=1 << 14)
def _player_at(sentence: str, start: int) -> tuple[str, str]:
    """The player whose deed a minute of a match is, by name and by position, as the clause before
    it says ("a try from winger Max Hale in the 64th minute": ("max hale", "winger"); "The flanker
    powered over in the 75th minute": ("", "flanker")); "" for either the clause does not say."""
    opens = [m.end() for m in _PLAYER_CLAUSE.finditer(sentence, 0, start)]
    clause = sentence[opens[-1] if opens else 0:start]
    names = _PLAYER_NAME.findall(clause)
    name = strip_possessive(names[-1]).lower() if names else ""
    positions = [w for w in _LOWER_WORD.findall(clause) if w in PLAYER_POSITIONS]
    return name, positions[-1] if positions else ""


def _players_apart(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two minutes of a match tied to two players' deeds: by their names, else by their positions."""
    (name_a, position_a), (name_b, position_b) = a, b
    if name_a and name_b:
        return _names_apart(name_a, name_b)
    return "" != position_a != position_b != ""


# The artist a lot of a sale is named by: "Lena Kross's four-panel canvas", "a Lena Kross painting",
# "a bronze by the sculptor Ivo Marl".
_ART = "|".join(ARTWORK_NOUNS)
_ARTIST = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_WORK_BY = re.compile(rf"(?P<a>{_ARTIST})['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}?(?i:{_ART})\b"
                      rf"|(?:^|\b(?:[Aa]n?|[Tt]he)\s+)(?:[a-z][\w-]*\s+){{0,2}}?(?!(?:An?|The)\s)(?P<b>{_ARTIST})\s+(?i:{_ART})\b"
                      rf"|\b(?i:{_ART})\s+by\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?(?:painter|artist|sculptor|photographer)\s+)?"
                      rf"(?P<c>{_ARTIST})")


@lru_cache(maxsize=1 << 14)
def _work_by(sentence: str, start: int) -> str:
    """The artist of the work whose price is the amount at sentence[start:], lowercased, or ""."""
    found = list(_WORK_BY.finditer(sentence, 0, start))
    if not found:
        return ""
    last = found[-1]
    return (last.group("a") or last.group("b") or last.group("c")).lower()


# A work named by "the" and its kind alone, before its price: "The four-panel painting sold for $68m".
_DEFINITE_WORK = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?i:{_ART})\b")


def _definite_works(claims: list[Claim]) -> dict[str, str]:
    """The artist of each price whose work its sentence names only as "the painting" ("The
    four-panel painting sold for $68m"): in news style the work its report is about, the one whose
    artist it names first ("Lena Kross's abstraction sold for $68m"), not a lot it mentions later
    ("A bronze by Ivo Marl was withdrawn")."""
    first: dict[str, tuple[int, str]] = {}
    unnamed: list[Claim] = []
    for claim in claims:
        if claim.kind == "amount" and claim.dimension == "currency" and claim.quantity is not None:
            if artist := _work_by(claim.sentence, claim.marked[0]):
                first[claim.doc] = min(first.get(claim.doc, (claim.sentence_start, artist)), (claim.sentence_start, artist))
            elif _DEFINITE_WORK.search(claim.sentence, 0, claim.marked[0]):
                unnamed.append(claim)
    return {claim.id: first[claim.doc][1] for claim in unnamed if claim.doc in first}


def _works_apart(a: str, b: str) -> bool:
    """Two prices of one sale each owned by its own lot, named by two artists ("a Kross painting
    sold for $31 million", "Marl's bronze sold for $68 million")."""
    return _names_apart(a, b)


# The person an age written before a name is of: "19-year-old Tyrese Vale", "the 34-year-old
# driver Ana Ruiz" (a name of two words or more, with at most two words of role between; not a
# possessive's: "A 12-year-old girl, Ana Ruiz's daughter").
_NAME_AFTER_AGE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?P<name>[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+)+)(?!['’\w])")


@lru_cache(maxsize=1 << 14)
def _named_after_age(sentence: str, end: int) -> str:
    """The name an age of the form "N-year-old" at sentence[:end] stands before, lowercased, or ""."""
    if not sentence[:end].endswith("old"):
        return ""
    found = _NAME_AFTER_AGE.match(sentence, end)
    return found.group("name").lower() if found else ""


def _ages_of_two_named(a: Claim, b: Claim, fa: Facets, fb: Facets) -> bool:
    """Two ages whose persons are named apart, one of them by the name its age stands before ("A second
    man arrested with Reed, 19-year-old Tyrese Vale": Vale's, whatever name the sentence holds first)."""
    if not (fa.named_age or fb.named_age):
        return False
    name_a = fa.named_age or (" ".join(a.subject).lower() if len(a.subject) > 1 else "")
    name_b = fb.named_age or (" ".join(b.subject).lower() if len(b.subject) > 1 else "")
    return _names_apart(name_a, name_b)


# A part of a match a count or score is told at: "Scotland led at the break, with Reyes kicking three
# penalties", "12 penalties, five of them in the first half", "Scotland led 13-10 at half-time",
# "At halftime, the hosts were ahead 2-1": the first half's, not the match's.
_HALF_CUT = re.compile(r";|\b(?:but|when|after|while)\b")
_AT_HALF_TIME = re.compile(r"\b(?:at|by|before)\s+(?:the\s+)?(?:half[\s-]?time|"
                           + "|".join(sorted(map(re.escape, HALF_TIME_WORDS), key=len, reverse=True))
                           + r"|break|half(?!-)|turn(?!\s+of))\b", re.I)
_FIRST_HALF = re.compile(_AT_HALF_TIME.pattern + r"|\bin\s+the\s+first\s+half\b", re.I)
_HALF_TIME_OPENS = re.compile(r"\s*" + _AT_HALF_TIME.pattern + r"\s*,", re.I)
_ENDS_IN_SCORE = re.compile(r"\d+\s*[-–]\s*\d+\s*$")


def _half_time_clause(sentence: str, start: int, end: int, pattern: re.Pattern[str], from_comma: bool) -> bool:
    """Whether the clause of the figure at sentence[start:end] tells it at the interval (`pattern`):
    before the figure since the last "but", "when", "after", "while" or ";" (and, with `from_comma`,
    the last comma, unless the phrase opens the sentence: "At halftime, the hosts were ahead 2-1"),
    or after it up to the next comma or such word. "Trailing 10-3 at the break, the Colts rallied for
    a 31-24 victory": the break is 10-3's, not the final score's."""
    cuts = [m.end() for m in _HALF_CUT.finditer(sentence, 0, start)]
    since = cuts[-1] if cuts else 0
    if from_comma:
        opener = _HALF_TIME_OPENS.match(sentence, since)
        if opener is not None and opener.end() <= start and "," not in sentence[opener.end():start]:
            return True
        since = max(since, sentence.rfind(",", 0, start) + 1)
    before = pattern.search(sentence, since, start)
    if before is not None and not (from_comma and _ENDS_IN_SCORE.search(sentence, since, before.start())):
        return True
    comma = sentence.find(",", end)
    cut = _HALF_CUT.search(sentence, end)
    stop = min(comma if comma >= 0 else len(sentence), cut.start() if cut else len(sentence))
    return pattern.search(sentence, end, stop) is not None


@lru_cache(maxsize=1 << 14)
def _at_first_half(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of the count at sentence[start:end] tells it of a match's first half
    (`_half_time_clause`): "led at the break, with ..." holds; "level before half-time, but ... in
    the 64th minute" does not."""
    return _half_time_clause(sentence, start, end, _FIRST_HALF, False)


def _half_time_score(sentence: str, start: int, end: int) -> bool:
    """Whether a score is a match's score at the interval, however its writer turns it: "Scotland
    led 13-10 at half-time", "the visitors trailed 13-7 at the break", "At halftime, the hosts were
    ahead 2-1". One match has one such score; who led it is the writer's choice of side."""
    return _half_time_clause(sentence, start, end, _AT_HALF_TIME, True)


def compatible(a: Claim, b: Claim, facets: tuple[Facets, Facets] | None = None) -> bool:
    """Whether two claims (already in one block) can state the same fact; `facets` are theirs
    when the caller keeps them (`Facets`), else they are read here."""
    if a.doc == b.doc and a.sentence_start == b.sentence_start:
        return False  # one sentence does not state one fact twice
    fa, fb = facets or (Facets(a), Facets(b))
    if a.kind == "date" and _death_after_harm(a, b, fa.later_death, fb.later_death):
        return False  # "A girl died Saturday from injuries she suffered", "killed and a girl injured Friday night"
    if a.kind == "date" and _sums_apart(fa.event_sum, fb.event_sum):
        return False  # "fined €17 million in 2022", "a record €1.2 billion penalty on another firm in 2023": two fines
    if a.kind == "date" and _victim_days_apart(fa.victim_day, fb.victim_day):
        return False  # "was in critical condition Sunday", "died Sunday": the day he was listed, the day he died
    if a.kind == "date" and _planned_apart(a.measure, b.measure):
        return False  # "crews were expected to begin removing the wreck on Wednesday", "expected the runway to reopen"
    if a.quantity is None or b.quantity is None:
        return _same_event(a, b, fa.victim, fb.victim)
    size_a, size_b = (fa.size, fb.size) if a.unit == b.unit else (fa.base, fb.base)  # "15km", "16 miles"
    if a.unit != b.unit and (_converted(a) or _converted(b)):
        return False  # "2 km (1.2 miles)", "44 degrees Celsius (111 Fahrenheit)": the figure before stands for it
    if a.dimension == "currency" and _converts_money(a) and _converts_money(b):
        return False  # "4 million euros ($4.3 million)", "about €6m ($6.5m)": the figures before are the claims
    if not _same_scope(a, b):
        return False
    if a.kind == "age" and _paired_by_age(a, b):  # "A 72-year-old woman was killed", "Loretta Vance, 73, was struck"
        return _by_age_mates(a, b) and fa.coming == fb.coming and fa.separate == fb.separate  # her age by either report, any day
    if a.kind != "time" and a.period and b.period and a.period.resolved and b.period.resolved \
            and not a.period.overlaps(b.period):
        return False  # (a time's day is `_same_day`'s to judge)
    if fa.separate != fb.separate:
        return False  # "In a separate shooting two hours earlier, a 34-year-old man was wounded"
    if fa.campaign and fb.campaign:
        return plausibly_one_fact(size_a, size_b)  # "12 days of the Israeli offensive", "after 11 days of a punishing offensive"
    if a.kind == "age" and _ages_of_two_named(a, b, fa, fb):
        return False  # "Police named them as Dale Reed, 22, and Tyrese Vale, 19", "19-year-old Tyrese Vale"
    if a.kind == "age":  # an age says something only when we know whose it is, and when
        small, large = sorted((a.subject, b.subject), key=len)
        return (bool(small) and _covered(small, large) or _same_named(a.subject, b.subject)) and fa.coming == fb.coming \
            and not _placed_apart(a, b)
    if a.kind == "score" and fa.half_time and fb.half_time:
        return True  # "Scotland led 13-10 at half-time", "the visitors trailed 13-7 at the break": either side's name
    if not _names_overlap(a.subject, b.subject):
        return False
    if not plausibly_one_fact(size_a, size_b):
        return False
    if fa.combined != fb.combined:
        return False  # "a group with combined sales ... and more than 40,000 employees" is not Corvane's 34,000
    if fa.permitted != fb.permitted:
        return False  # "licensed for six floors" is what was allowed, not the "four upper floors" added
    if a.kind == "count" and _building_height(a, b):
        return True  # "a 10-storey residential building", "an 11-storey apartment block": one building's height
    if "" != fa.basis != fb.basis != "":
        return False  # "On a monthly basis, prices rose 0.4%", "prices rose 5.8% year on year": two measures of one index
    if "" != fa.moment != fb.moment != "":
        return False  # "closed up 29%" and "rose as much as 31% in early trading": two moments of one day
    if a.kind == "count" and not ((_same_counted_set(a, b, fa.counted, fb.counted) or _same_severity(a, b, fa, fb))
                                  and _same_owner(fa.owner, fb.owner)):
        return False
    if a.kind == "count" and _doers_apart(a, b, fa.doer, fb.doer):
        return False  # "In Memphis, the city opened six centers", "Metro Nashville opened four": two cities' own
    if a.kind == "count" and _aboard_and_befallen(a, b, fa, fb):
        return False  # "There were 11 people on the boat", "Four people on the boat were taken to hospital"
    if a.kind == "count" and fa.first_half != fb.first_half:
        return False  # "led at the break, with Reyes kicking three penalties", "Reyes kicked five penalties"
    if a.kind == "count" and _players_apart(fa.player, fb.player):
        return False  # "a try from winger Max Hale in the 64th minute", "The flanker went over in the 75th minute"
    if a.kind == "amount" and _works_apart(fa.work_by, fb.work_by):
        return False  # "a Kross painting sold for $31 million", "Marl's bronze sold for $68 million": two lots
    if a.kind == "count" and _group_and_event(a, b):
        return False  # "a breakaway of eight riders", "About 25 riders came down in a crash": a group, those an event befell
    if a.kind == "count" and fa.group_size != fb.group_size:
        return False  # "the park keeps a group of 11 chimpanzees", "Three chimpanzees were caught": the group, a part
    if a.kind == "count" and _two_shares(a, b, fa, fb):
        return False  # "Three of the animals were caught", "Two of the animals were shot": two parts of one whole
    if a.kind == "count" and _severity_picks_part(a, b):
        return False  # "Another six people were hurt, three of them seriously", "injured six": the part, the whole
    if a.kind == "count" and a.unit in CONTEST_PARTS and "ordinal" in {fa.role, fb.role}:
        return False  # "served for the third set", "at the end of the second set": which set, not how many
    if "" != fa.span != fb.span != "":
        return False  # "the second attack on that coast in 12 months", "comes 11 months after a bodyboarder was killed"
    if a.kind == "duration" and _gap_and_lasting(a, b, fa.span, fb.span):
        return False  # "Symptoms appear 12 to 48 hours after exposure", "the illness lasts one to three days"
    if "" != fa.territory != fb.territory != "":
        return False  # "The population of Dublin reached 1.53 million", "Ireland's population hits 5.42 million"
    if a.kind == "amount" and "" != _what_sits_at(a.sentence, a.marked[0]) != _what_sits_at(b.sentence, b.marked[0]) != "":
        return False  # "The lodge, which sits at 2,400 metres", "The pass sits at about 2,700m": two places
    if "" != fa.rate != fb.rate != "":
        return False  # "a 1% pay rise a year for three years" is not "a 3% pay increase over three years"
    if fa.lacking != fb.lacking:
        return False  # "the health system is short of about 4,000 nurses", "3,000 nurses were rostered on"
    if fa.remaining != fb.remaining:  # what is left later, not the count: "about 410,000 homes still without
        return False  # electricity Friday", "cut power to 750,000 homes at its peak"; "Four people remained in hospital
        # Monday", "five were taken to hospital"; "won with seven wickets in hand", "lost three wickets in the chase"
    if a.kind in ("count", "amount") and fa.benchmark != fb.benchmark:
        return False  # "far below the 60 million bags traders had expected", "output is seen at 52 million bags"
    if a.kind in ("count", "amount", "rate") and fa.foretold != fb.foretold:
        return False  # "highs of 44C forecast for Saturday", "the thermometer hit 43C on Saturday"; "had forecast a
        # jobless rate of 6.8%", "the rate fell to 6.6%": forecast, reading
    if fa.region != fb.region:
        return False  # "Ontario added 21,000 jobs", "the economy added 38,000 jobs": a province's figure, the nation's
    if fa.population != fb.population:
        return False  # "the youth jobless rate rose to 14.2%", "the jobless rate fell to 6.5%": a group's rate, the nation's
    if (fa.toll_place[1] or fb.toll_place[1]) and fa.toll_place[0] and fb.toll_place[0] \
            and not fa.toll_place[0] & fb.toll_place[0]:
        return False  # "in 2001, when 40 died in a blast at the Ridgeway mine and 9 died at the Ashby pit", "the 2001
        # Ashby pit blast killed nine": a background year's two disasters, each toll the place named with it
    if a.kind in ("count", "amount") and fa.after_cut != fb.after_cut:
        return False  # "The cuts will leave the chain with about 900 shops", "runs about 1,300 shops": after, before
    if fa.running != fb.running:
        return False  # "At least 14 people have been shot on interstates this year, three of them fatally"
    if fa.superseded != fb.superseded:
        return False  # "He was initially charged with one count of murder", "is charged with two counts"
    if fa.where ^ fb.where == {"world", "country"}:
        return False
    if (fa.dated or fb.dated) and _year_of(fa.dated, a) != _year_of(fb.dated, b):
        return False  # "a June 2020 storm ... which caused $1.2 billion" is not this storm's "$1.6 billion"
    if "" != fa.bound != fb.bound != "":
        return False  # "took the aircraft from 37,000ft to about 10,000ft", "descended to 10,000 feet": where it began, where it ended
    if a.kind == "count" and fa.speakers != fb.speakers:
        return False  # "Two neighbors told the paper they had called", "Two neighbors were taken to hospital"
    if fa.other_one != fb.other_one:
        return False  # "The other officer, an eight-year veteran", "The officer who fired is a six-year veteran": two people
    if fa.contrasted != fb.contrasted:
        return False  # "halting Hamburg, Bremerhaven and three smaller ports", "workers at five ports": a part, the whole
    if a.kind == "count" and fa.partitive != fb.partitive and fa.size != fb.size and (
            1.0 in (fa.size, fb.size) or _toll_outcome((a if fa.partitive else b).measure)):
        return False  # "The driver of one of the trams was killed": which tram, not how many ("two trams collided");
        # "Two of the wounded are in critical condition": a part of a toll, not the toll ("five wounded")
    if fa.aged and fb.aged and not any(abs(x - y) <= 2 for x in fa.aged for y in fb.aged):
        return False  # "Fatima, a 52-year-old mother who has lived there for 19 years", "One man, aged 67, ... 35 years"
    if a.kind == "count" and _two_increments(fa.tally, fb.tally):
        return False  # "four more cases, taking the outbreak to 14", "three more cases, up from 14": two days' rises
    if a.dimension == "currency" and _converted(a) != _converted(b):
        return False  # "C$1.2 billion ($870 million)": a conversion at the day's rate, not another outlet's "$1.6B"
    if a.unit in FAMILY_NOUNS and not _one_family(fa.family, fb.family):
        return False
    if a.kind == "time" and not (_same_day(a.period, b.period) or _a_day_late(a, b)):
        return False  # "9:27 a.m. Sunday" and "2:09 a.m." in an undated report: no telling the day
    if a.kind == "time" and _converted(a) and _converted(b):
        return False  # "at 4:10 a.m. local time (0210 UTC)", "at around 4:40 a.m. (0240 GMT)": each stands for the time before it
    if a.kind == "time" and "" != fa.told != fb.told != "":
        return False  # "The blaze broke out at around 10:20 a.m.", "found the body ... at around 9 p.m.": two moments
    if a.kind == "time" and (fa.deed_only and fb.event_only or fb.deed_only and fa.event_only):
        return False  # "officers tried to stop a car around 2:10 a.m.", "The shooting happened at about 2:20 a.m."
    if a.kind == "time" and not _contrasting(a.measure, b.measure):
        return True  # one story's time of day on one day: the time of its event, however worded
    if a.kind == "count" and "ordinal" == fa.role == fb.role and fa.qualifiers != fb.qualifiers:
        return False  # "the fourth shooting by officers this year", "the third fatal shooting": two tallies
    if a.kind == "count" and "" != fa.care != fb.care != "":
        return False  # "Four passengers were treated at the scene", "Three were taken to hospital": two outcomes
    if a.kind == "count" and _stages_apart(a.measure, b.measure):
        return False  # "had received about 68,000 ballots", "with 71,480 ballots counted": two stages
    if a.kind == "count" and _same_severity(a, b, fa, fb):
        return True  # "Twelve of the injured were taken to hospital in a serious condition", "Eleven people were seriously injured"
    if a.kind == "count" and a.unit not in GENERIC_COUNT_UNITS and not _contrasting(a.measure, b.measure) \
            and _outcomes_meet(a.measure, b.measure) and fa.partitive == fb.partitive:
        return True  # "300 crewmen" held, "more than 300 crew" held: the noun says what is counted
    if a.kind == "count" and a.unit == "people" and _abduction_only(a.measure) and _abduction_only(b.measure):
        return True  # "More than 80 people were abducted", "About 70 people were seized": one outcome
    if a.kind == "count" and _two_gatherings(a, b):
        return False  # "About 300 people attended his funeral", "About 500 people attended a vigil": two events
    if a.kind == "count" and "" != fa.story_role == fb.story_role == "crowd":
        return True  # "about 200 people had gathered at the house", "a crowd of 150": one gathering's size
    if a.kind == "count" and a.unit == b.unit == "people" and "" != fa.person_set == fb.person_set:
        return True  # "carrying five skiers", "Five people were on board", "Six passengers were inside"
    if fa.from_homes and fb.from_homes \
            and not {a.measure, b.measure} == {"evacuated", "displaced"}:
        return True  # "forced about 2,000 residents to leave their homes", "Some 120 people have been moved out of a block"
    if a.kind == "count" and _both_in_hospital(a, b, fa, fb):
        return True  # "Five people have needed treatment in hospital", "Six people have been admitted to hospital"
    if a.kind == "count" and _hospital_worded_apart(a, b, fa, fb):
        return True  # "Twelve students were taken to hospitals", "18 students hospitalized": one care, two wordings
    if _both_on_the_table(a, b):
        return True  # "Lufthansa has offered 5.5%", "the airline has offered 4.5%"; "the union had asked for a rise of 9%"
    if "" != fa.story_role == fb.story_role == "ballot share":
        return True  # "nurses backed strike action by 91%", "92 per cent of members voted in favour"
    if a.kind == "change" and _one_share_move(a, b):
        return True  # "Velora's shares rose 1.2%", "The group's shares rose 2 per cent in Frankfurt"
    if _one_count_change(a, b):
        return True  # "carried 2.1 million passengers, up 6%", "flew 2.1 million passengers, an increase of 4%"
    if fa.sheltered and fb.sheltered and not _contrasting(a.measure, b.measure):
        return True  # "About 3,200 people spent the night in shelters", "More than 4,000 people are staying in shelters"
    if a.dimension == "speed" and (_wind_speed(a.measure) or _winds_after(a.sentence, a.marked[1])) \
            and (_wind_speed(b.measure) or _winds_after(b.sentence, b.marked[1])):
        return True  # "slammed into the coast with winds of 111 kph", "bringing wind speeds of 120km/h"
    if a.dimension == "length" and _chase_length(a.sentence, *a.marked) and _chase_length(b.sentence, *b.marked):
        return True  # "officers followed the car for about 2 miles", "led them on a chase of nearly three miles"
    if a.dimension == "length" and "" != fa.story_role == fb.story_role == "found from scene":
        return True  # "spotted the car about 2 miles away", "were arrested about two miles from the home"
    if a.kind == "score" and _vote_tally(a.sentence, *a.marked) and _vote_tally(b.sentence, *b.marked):
        return True  # "The board approved the plan 6-2", "approved the increase in a 5-3 vote": one vote's tally
    if a.dimension == "currency" and _taken_by_robber(a.sentence, *a.marked) and _taken_by_robber(b.sentence, *b.marked):
        return True  # "the suspect took about $400", "Keel left with less than $300": the robbery's haul
    if a.kind == "amount" and _one_loot(a, b):
        return True  # "stole more than $1 million worth of jewelry", "made off with about $900,000 in watches"
    if a.dimension == "speed" and _speed_reached(a.sentence, *a.marked) and _speed_reached(b.sentence, *b.marked):
        return True  # "the motorcycle hit more than 100 mph", "hitting speeds of up to 90 mph": the chase's top speed
    if a.kind == "amount" and a.dimension == "length" and plausibly_one_fact(size_a, size_b, PLACE_RATIO) \
            and _same_place_from(a, b):
        return True  # "40 km north of the town of Huancara", "45km (28 miles) north of Huancara"
    if a.kind == "duration" and "" != stopped_for(a.sentence, a.marked[0]) == stopped_for(b.sentence, b.marked[0]):
        return True  # "Play was suspended for 90 minutes", "Play was held up for almost two hours"
    if a.kind == "duration" and _one_lasting(_lasted_by(a.sentence, *a.marked), _lasted_by(b.sentence, *b.marked)):
        return True  # "Hailstones as big as tennis balls fell for about 30 minutes", "hail ... fell for around 20 minutes"
    if a.kind == "duration" and _to_control(a.sentence) and _to_control(b.sentence):
        return True  # "It took about an hour to bring it under control", "Crews had the fire under control in roughly an hour"
    if a.kind == "duration" and "" != fa.story_role == fb.story_role == "term sought":
        return True  # "Prosecutors had sought 15 years", "Prosecutors had asked for 14 years"
    if a.kind == "duration" and fa.strike_length and fb.strike_length:
        return True  # "a full 24-hour stoppage", "The strike ... was due to last 21 hours"
    if a.kind == "duration" and _two_holders(a, b):
        return False  # "His partner, a 12-year veteran", "The officer who fired, a six-year veteran": two people's service
    if a.kind == "duration" and _one_service(a, b):
        return True  # "Brandt is a five-year veteran of the department", "Brandt, who has been with the agency for four years"
    if a.kind == "duration" and _since_departure(a.sentence, a.marked[1]) and _since_departure(b.sentence, b.marked[1]) \
            and plausibly_one_fact(size_a, size_b, LONE_RATIO):
        return True  # "exploded 30 seconds after lift-off", "breaking apart about 40 seconds after liftoff"
    if a.kind == "duration" and _winning_margin(a.sentence, *a.marked) and _winning_margin(b.sentence, *b.marked):
        return True  # "won by 38 seconds", "38 seconds ahead of Tesfaye Bekele"
    if fa.lone and fb.lone and min(size_a, size_b) > 0 and plausibly_one_fact(size_a, size_b, LONE_RATIO) \
            and not _contrasting(_standing(a), _standing(b)) and _outcomes_meet(a.measure, b.measure):
        return True  # "The airline, which employs 13,500 staff", "9 per cent of its 13,200 employees"
    if a.unit != b.unit and not plausibly_one_fact(size_a, size_b, UNIT_RATIO):
        return False  # "tunnels reaching about 3 km", "a section of tunnel collapsed 1,150 metres below": two things
    return measures_match(a.measure, b.measure) or (_by_shared_words(a) and _share_words(a.measure, b.measure))


# An earlier state that a later one replaced: "He was initially charged with one count", "the
# flight was originally scheduled to carry 180", "police at first put the toll at three".
_SUPERSEDED = re.compile(r"\b(?:initially|originally|at\s+first)\b", re.I)
# A running tally's window, up to now: "this year", "so far this year", "to date", "since January".
_RUNNING = re.compile(r"\b(?:so\s+far\s+)?this\s+(?:year|month)\b|\bso\s+far\b|\bto\s+date\b|"
                      r"\bsince\s+(?:January|the\s+(?:start|beginning)\s+of\s+the\s+year)\b", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)


# A rise told with the tally it brings a count to, or the one it rose from: "four more cases,
# taking the number infected to 14", "bringing the outbreak to 17", "three more cases ..., up from 14"
_TALLY_TO = re.compile(r"\b(?:taking|bringing|raising|pushing|lifting|putting)\b[^.;:]{0,80}?\bto\s+"
                       r"(?:a\s+total\s+of\s+|at\s+least\s+)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")
_TALLY_FROM = re.compile(r"\bup\s+from\s+(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")


@lru_cache(maxsize=1 << 16)
def _tally_at(sentence: str, end: int) -> tuple[str | None, str | None]:
    """The tally a count brings its total to, and the one it rose from, said after the count."""
    after = sentence[end:]
    to, since = _TALLY_TO.search(after), _TALLY_FROM.search(after)
    return (to.group(1).replace(",", "") if to else None, since.group(1).replace(",", "") if since else None)


def _two_increments(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Two rises of one count on two occasions: each brings the tally to another figure ("taking the
    number infected to 14", "bringing the outbreak to 17"), or one rose from where the other brought
    it ("up from 14")."""
    (to_a, from_a), (to_b, from_b) = a, b
    if to_a is not None and to_b is not None and to_a.isdigit() == to_b.isdigit() and to_a != to_b:
        return True  # (a tally in words and one in digits are not compared: "to 14", "to fourteen")
    return None is not to_a == from_b or None is not to_b == from_a


# A figure a change starts from, or the one it ends at: "took the aircraft from 37,000ft to about
# 10,000ft", "descended to 10,000 feet", "fell from 12 to nine"
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:{HEDGES})?\s*$", re.I)
_TO_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?to\s", re.I)
_TO_BEFORE = re.compile(rf"\b(?:from\s+[^,;]{{1,40}}?\s+)?(?:down|up)?\s*to\s+(?:{HEDGES})?\s*$", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:descended|descending|dropped|dropping|fell|falling|climbed|climbing|rose|rising|dived|diving|"
                            r"plunged|plunging|cut|reduced|raised|lowered|took|brought|from)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _bound_at(sentence: str, start: int, end: int) -> str:
    """'from' for the figure a change starts from ("from 37,000ft to about 10,000ft"), 'to' for the
    one it ends at, after a verb of change ("descended to 10,000 feet"); '' otherwise."""
    if _FROM_BEFORE.search(sentence, max(0, start - 30), start) and _TO_AFTER.match(sentence, end):
        return "from"
    window = sentence[max(0, start - 60):start]
    if _TO_BEFORE.search(window) and _CHANGE_BEFORE.search(window):
        return "to"
    return ""


# A person's age told beside a span of their life: "a 52-year-old mother of three who has lived in the
# building for 19 years", "One man, aged 67, said he had lived there for 35 years", "Ana Ruiz, 44,"
_AGE_SAID = re.compile(r"\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b|(?<=[A-Za-z]),\s+(\d{1,3}),")


@lru_cache(maxsize=1 << 12)
def _ages_said(sentence: str) -> frozenset[int]:
    """The ages of people a sentence gives: a span of one's life (how long one lived somewhere,
    worked somewhere) is that person's, and two people's ages far apart are two people's spans."""
    return frozenset(int(next(g for g in m.groups() if g)) for m in _AGE_SAID.finditer(sentence))


def _placed_apart(a: Claim, b: Claim) -> bool:
    """Two ages known only by a role ("a 71-year-old man", "the driver, 58"), each told where it was
    ("In Kentucky, a 71-year-old man was found dead", "in Nashville, where a 58-year-old man was
    killed"), where the two sentences share no place: two people of one role, not one."""
    if any(word[:1].isupper() for word in (*a.subject, *b.subject)):
        return False
    names_a, names_b = _sentence_places(a.sentence), _sentence_places(b.sentence)
    return bool(names_a) and bool(names_b) and not names_a & names_b


# The places a sentence says something happened at: "In Kentucky,", "near Bowling Green", "in Nashville"
_PLACE_AT = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?)+)")


@lru_cache(maxsize=1 << 12)
def _sentence_places(sentence: str) -> frozenset[str]:
    return frozenset(word for m in _PLACE_AT.finditer(sentence) for word in m.group(1).split())


def _superseded_at(sentence: str, start: int) -> bool:
    """Whether the clause a figure stands in says it was an earlier state, before the figure ("was
    initially charged with one count"), or the sentence opens by saying so; not another clause's word ("The flight, originally from
    Dublin, carried 186 passengers")."""
    before = sentence[max(0, start - 80):start]
    return _SUPERSEDED.search(before, max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1) is not None \
        or _SUPERSEDED.match(sentence.lstrip(" \"'“‘(")) is not None  # "Initially, the toll was put at three"


def _running_tally(claim: Claim) -> bool:
    """A count of a place's or a cause's running tally over a window up to now, not of one event's
    toll: "14 people have been shot on the city's interstates this year", and the part of it that
    follows ("..., three of them fatally"), against "a shooting that killed one driver"."""
    if claim.period is not None and _RUNNING.fullmatch(claim.period.label.strip()):
        return True
    start, end = claim.marked
    return bool(_OF_THEM.match(claim.sentence, end)) and _RUNNING.search(claim.sentence, 0, start) is not None


# What is still lacking at a later moment, after the figure ("about 410,000 homes and businesses still
# without electricity", "520,000 customers remained without power", "30,000 remain in the dark") or
# before it ("power was still out for about 200,000 customers"): what is left of a count, not the count.
_REMAINING_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:(?:were|are|was|is)\s+)?(?:still|remain(?:ed|s|ing)?)\s+"
                              r"(?:without|in\s+the\s+dark|off\s+(?:the\s+)?grid|offline)\b", re.I)
_REMAINING_BEFORE = re.compile(r"\b(?:still|remain(?:ed|s)?)\s+(?:out|off|down|cut)\s+(?:for|to|at)\s+$", re.I)


# What is still to use when a contest ends, said after the figure: "won with seven wickets in hand",
# "got home with 12 balls to spare": what is left, not what was used or lost.
_IN_HAND_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:in\s+hand|to\s+spare)\b", re.I)


# The hurt still in hospital at a later moment, said after the figure: "Four people remained in
# hospital on Monday", "11 are still hospitalized": who is left there, not who went there.
_STILL_IN_HOSPITAL_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:remain(?:s|ed|ing)?|still)\s+(?:in\s+(?:a\s+|the\s+)?"
                                      r"(?:[\w-]+\s+)?hospitals?|hospitali[sz]ed)\b", re.I)


def _remaining_at(sentence: str, start: int, end: int) -> str:
    """What a count is left of at a later moment than the event, or "": "without" (the homes still
    without power on the third day are not the homes that lost it at the peak), "in hospital" (the
    hurt still there, not all taken there), "in hand" (what was left unused when a contest ended)."""
    if _REMAINING_AFTER.match(sentence, end) or _REMAINING_BEFORE.search(sentence, max(0, start - 30), start):
        return "without"
    if _STILL_IN_HOSPITAL_AFTER.match(sentence, end) is not None:
        return "in hospital"
    return "in hand" if _IN_HAND_AFTER.match(sentence, end) is not None else ""


# How long something lasts, said before the figure: "usually last one to three days", "lasts about a week".
_LASTS_BEFORE = re.compile(rf"\blast(?:s|ed|ing)?\s+(?:for\s+)?(?:(?:{HEDGES}|between)\s+)?$", re.I)


def _gap_and_lasting(a: Claim, b: Claim, span_a: str, span_b: str) -> bool:
    """A gap after an event ("Symptoms appear 12 to 48 hours after exposure") and how long
    something lasts ("the illness lasts one to three days"): two durations of two things."""
    def lasting(claim: Claim) -> bool:
        return _LASTS_BEFORE.search(claim.sentence, max(0, claim.marked[0] - 40), claim.marked[0]) is not None
    return span_a == "gap" and span_b == "" and lasting(b) or span_b == "gap" and span_a == "" and lasting(a)


# A place a sentence opens by naming as the owner of what it measures: "The population of Dublin city and
# county reached ...", "Ireland's population hits ...", "The canton of Geneva, which ..., now pays ...",
# "Geneva's, at 24 francs an hour, is ..." (the possessive alone, its noun said before). Not a name
# the measure does not belong to ("the price of Brent crude", "the state of emergency", "the
# population of the city"). A lede in capitals says it so too ("IRELAND'S POPULATION HAS grown ...").
_TERRITORY_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_NAMED_PLACE = r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"  # after "of", a name in mixed case: not "THE STATE OF EMERGENCY"
_TERRITORY_OPENING = re.compile(
    rf"[\s\"'“‘(]*(?:(?i:the\s+(?:{'|'.join(TERRITORY_MEASURES)}|{'|'.join(TERRITORY_NOUNS)})\s+of)\s+(?P<of>{_NAMED_PLACE})"
    rf"|(?P<owner>{_TERRITORY_NAME})['’](?i:s)(?:\s*,|\s+(?i:{'|'.join(TERRITORY_MEASURES)})\b))")


@lru_cache(maxsize=1 << 14)
def territory_of(sentence: str) -> str:
    """The place a sentence's subject names as the owner of its figures (`_TERRITORY_OPENING`), by
    its capitalised words ("dublin": "Dublin city and county" is Dublin's; a capital is its own
    place here, not its country's government); "" when it opens otherwise."""
    found = _TERRITORY_OPENING.match(sentence)
    if found is None:
        return ""
    name = found.group("of") or found.group("owner")
    return name.lower()


# The thing a height or an altitude locates, as the subject of its verb of place: "The lodge, which
# sits at 2,400 metres", "The pass sits at about 2,700m", "the village lies at 1,100 metres".
_SITS_AT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z'’-]+\s+)?([a-z]+)(?:,?\s+(?:which|that))?\s+(?:now\s+|still\s+)?"
                      r"(?:sits|sat|stands|stood|lies|lay|is\s+(?:located|perched|situated))\s+(?:at|about|around)\s+"
                      rf"(?:(?:an?\s+)?(?:altitude|elevation|height)\s+of\s+)?(?:(?:{HEDGES})\s+)?$")


@lru_cache(maxsize=1 << 16)
def _what_sits_at(sentence: str, start: int) -> str:
    """The noun of what a height is the place of ("The lodge, which sits at 2,400 metres": lodge),
    or "" when the sentence does not say it that way."""
    found = _SITS_AT.search(sentence, max(0, start - 80), start)
    return singular(found.group(1).lower()) if found else ""


# A figure named as what another is measured against: "far below the 60 million bags traders had
# expected", "well above the 2% target", "short of the 50 seats needed": "the" after the comparison
# makes it a known figure, not a hedge of the fact's own.
# The comparison opens the figure's span when extract read it as the figure's hedge ("below the 60 million
# bags"), or stands right before it.
_BENCHMARK_AT = re.compile(r"(?:below|above|under|over|short\s+of|beyond)\s+the\s", re.I)
_BENCHMARK_BEFORE = re.compile(r"\b(?:below|above|under|over|short\s+of|beyond)\s+the\s*$", re.I)


def _benchmark(sentence: str, start: int) -> bool:
    return _BENCHMARK_AT.match(sentence, start) is not None or _BENCHMARK_BEFORE.search(sentence, max(0, start - 20), start) is not None


# A figure told as a forecast or an expectation, not as what was measured: after it ("temperatures of 44C
# forecast", "3,000 visitors expected", "40cm of snow expected") or before it ("forecast to reach 44C", "expected to draw about
# 3,000", "a forecast high of 38C"). The forecast and the reading are two facts of one day.
_FORECAST_AFTER = re.compile(r"(?:\s+of\s+[a-z]+)?\s+(?:(?:is|are|was|were|had\s+been|have\s+been)\s+)?"
                             r"(?:forecast|predicted|expected|projected)\b(?!\s+(?:by|from)\b)", re.I)
_FORECAST_BEFORE = re.compile(r"\b(?:forecast|forecasts|predicted|expected|projected)\s+"
                              r"(?:to\s+(?:reach|hit|top|exceed|draw|peak\s+at|climb\s+to|rise\s+to|soar\s+to|be)\s+)?"
                              r"(?:(?:a|an|the)\s+)?(?:(?:high|highs|low|lows|peak|maximum|minimum)\s+of\s+)?"
                              rf"(?:(?:{HEDGES})\s+)?$", re.I)


# Or the figure is in what forecasters said would come, the outcome their verb names ("Analysts had
# forecast a net gain of 15,000 jobs and a jobless rate of 6.8%", "Economists had been expecting an increase
# of about 15,000 jobs"): not after a comparison ("grew faster than expected a month earlier and added 38,000
# jobs") nor past a clause break (a comma, "but", "while") that hands the sentence back to what happened. A
# forecaster's figure for a named measure ("has forecast wheat production at 30.6 million tonnes") is the
# story's own.
_FORECAST_VERB = re.compile(r"(?<!\bthan[\s-])(?<!\bas\s)\b(?:forecast|forecasts|forecasting|predicted|predicting|expected|"
                            r"expecting|projected|projecting|anticipated|anticipating)\s+an?\s", re.I)
_FORECAST_CLAUSE_END = re.compile(r"[;:!?()\u2013\u2014]|[,.](?!\d)|\s-\s|\b(?:but|while|whereas|yet|though|although|after|"
                                  r"before|when|since|because|as|than|instead)\b", re.I)


def _foretold(sentence: str, start: int, end: int) -> bool:
    if _FORECAST_AFTER.match(sentence, end) is not None \
            or _FORECAST_BEFORE.search(sentence, max(0, start - 60), start) is not None:
        return True
    verbs = list(_FORECAST_VERB.finditer(sentence, max(0, start - 80), start))
    return bool(verbs) and _FORECAST_CLAUSE_END.search(sentence, verbs[-1].end(), start) is None


# A province, state or territory a figure's own clause sets it in, as a national statistic is broken
# down: the region doing the deed ("Ontario added 21,000 jobs", "Ontario accounted for the bulk of the
# increase, with 22,400 jobs", "Alberta's jobless rate rose to 7.9%") or where the figure holds
# ("Employment fell by 5,000 in Alberta"). A nested scope: the nation's figure is another fact, and two
# reports naming only the nation still meet. A clause ends at a semicolon, "while", "but", or a comma
# that does not go on with the figure ("with", "at", "up", "down").
_REGION_NAMES = "|".join(re.escape(name) for name in sorted(SUBNATIONAL_REGIONS, key=len, reverse=True))
_REGION_AFTER = re.compile(rf"\b(?:in|across|throughout)\s+(?:the\s+(?:province|state)\s+of\s+)?({_REGION_NAMES})\b")
_REGION_BEFORE = re.compile(rf"\b({_REGION_NAMES})(?:['’]s\b|\s+(?:[a-z]+ed|saw|had|lost|shed|led|made|took)\b)")
_REGION_CLAUSE_END = re.compile(r";|(?:(?<!\d),|,(?!\d))(?!\s*(?:with|at|up|down)\b)|[.!?](?!\d)|\b(?:while|but|whereas)\b")


def _region_of(sentence: str, start: int, end: int) -> str:
    """The province or state the figure's clause sets it in, named before the figure as the doer
    (`_REGION_BEFORE`) or after it as the place (`_REGION_AFTER`), or ""."""
    left = max((m.end() for m in _REGION_CLAUSE_END.finditer(sentence, 0, start)), default=0)
    right = _REGION_CLAUSE_END.search(sentence, end)
    found = _REGION_BEFORE.search(sentence, left, start) \
        or _REGION_AFTER.search(sentence, end, right.start() if right else len(sentence))
    return found.group(1) if found else ""


# What is left after a cut, said before the figure ("will leave the chain with about 900 shops",
# "leaving it with 40 branches", "cutting its fleet to 120 planes", "down to 300 staff", "the
# remaining 45 mills", or with the owner for "the": "its remaining 45 mills", "the zoo's remaining
# nine elephants") or after it ("900 shops left", "45 mills remaining"); cutting power or a
# service to a figure cuts it off from them ("cut power to 750,000 homes"), and raising a toll to
# a figure ("bringing the death toll to two") is no cut; nor is what a robber "left with" or took "and left
# on foot" (a taking, not what remains).
_LEFT_BEFORE = re.compile(r"(?:\b(?:leav(?:e|es|ing)|left)\s+(?:[\w&'’.-]+\s+){1,4}?with|"
                          r"\b(?:was|were|is|are|be|been)\s+left\s+with|"
                          r"\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|shr(?:ink|inks|inking|ank|unk)|trim(?:s|med|ming)?|"
                          r"slash(?:es|ed|ing)?|down)\s+(?!(?:off\s+)?(?:power|electricity|supplies|supply|service|"
                          r"water|gas|access|ties|links)\b)(?:[\w&'’.-]+\s+){0,4}?to|"
                          rf"\b(?:the|its|their|[\w-]+['’]s?)\s+remaining)\s+(?:(?:{HEDGES}|just|only)\s+)?$", re.I)
_LEFT_AFTER = re.compile(r"\s+(?!(?:and|then|but|before|after)\b)(?:[\w'’-]+\s+){0,2}?(?:left|remaining)\b"
                         r"(?!\s+(?:the|a|an|his|her|its|their|after|for|on|in|with|since|last|this|over|during)\b)"
                         r"(?<!\bhave\sleft)(?<!\bhas\sleft)(?<!\bhad\sleft)", re.I)


# The part of the population a rate is for, named in the words before the figure in its clause: "the
# youth unemployment rate", "the jobless rate for women", "for young people aged 15 to 24" (an age band
# ending at 24 or below is youth); like a region's figure, a group's rate is its own fact.
_POPULATION_WORD = re.compile(rf"\b({'|'.join(POPULATION_GROUPS)})\b|\baged\s+1[5-9]\s+(?:to|-|–)\s+2[0-4]\b", re.I)


def _population_group(sentence: str, start: int) -> str:
    """The population group (`POPULATION_GROUPS`) a rate's clause names before the figure, or ""."""
    left = max((m.end() for m in _REGION_CLAUSE_END.finditer(sentence, 0, start)), default=0)
    found = list(_POPULATION_WORD.finditer(sentence, left, start))
    if not found:
        return ""
    word = found[0].group(1)
    return POPULATION_GROUPS[word.lower()] if word else "youth"


# A sentence that lists two background disasters of one year, each with its toll ("since 1999, when
# 39 people died in a blaze in the Mont Blanc tunnel and 12 died in a fire in Austria's Tauern tunnel"):
# each toll belongs to the place named in its own clause, after the figure, or else in the clause that
# leads to it ("The worst fire was in the Tauern tunnel in 1999, when 12 people died"). A clause runs to a
# semicolon, the sentence's end or an "and" that opens another figure's clause ("... and 12 died").
_ANOTHER_FIGURE = r",?\s+and\s+(?=(?:about|some|around|nearly|at\s+least\s+)?\d)"
_ANOTHER_TOLL = re.compile(_ANOTHER_FIGURE)
_TOLL_CLAUSE_END = re.compile(rf";|[.!?](?!\d)|{_ANOTHER_FIGURE}")


def _toll_place(sentence: str, start: int, end: int) -> tuple[frozenset[str], bool]:
    """The place names (`_PLACE_AT`) of a dated toll's own clause, after the figure or else before it,
    and whether its sentence lists another figure's clause beside it."""
    listed = _ANOTHER_TOLL.search(sentence) is not None
    right = _TOLL_CLAUSE_END.search(sentence, end)
    places = _place_words(sentence[end:right.start() if right else len(sentence)])
    if places:
        return places, listed
    left = max((m.end() for m in _TOLL_CLAUSE_END.finditer(sentence, 0, start)), default=0)
    return _place_words(sentence[left:start]), listed


_POSSESSIVE_END = re.compile(r"['’]s$")


def _place_words(text: str) -> frozenset[str]:
    """The words of the names `_PLACE_AT` finds in a text, a possessive's "'s" dropped."""
    return frozenset(_POSSESSIVE_END.sub("", word) for m in _PLACE_AT.finditer(text) for word in m.group(1).split())


def _left_after_cut(sentence: str, start: int, end: int) -> bool:
    """Whether a figure is what a cut leaves ("The closures will leave the chain with about 900
    shops"): not what there was before it ("runs about 1,300 shops")."""
    return bool(_LEFT_BEFORE.search(sentence, max(0, start - 60), start) or _LEFT_AFTER.match(sentence, end))


# A part of a whole named by its noun ("three of the crew", "Five of the passengers", "two of its
# staff"): only what befell them says which part, not the noun, which names the whole.
_PARTITIVE = re.compile(r"\s+of\s+(?:the|their|its|his|her|those|these)\s+(?!(?:[\w'’-]+\s+)?\d)", re.I)


# What a place or a service lacks, not what it has: "the health system is short of about 4,000
# nurses", "a shortage of 1,200 teachers", "a shortfall of 30,000 homes", "the army is 5,000 soldiers short".
_LACKING_BEFORE = re.compile(r"\b(?:short\s+(?:by|of)|shortages?\s+of|shortfall\s+of|deficit\s+of|lack(?:s|ed|ing)?|"
                             r"(?:needs?|needed)\s+(?:another|an\s+extra|a\s+further))\s+(?:some\s+|about\s+|around\s+)?$", re.I)
_LACKING_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?short\b(?!\s*-?\s*(?:on|term|time|list|notice|stor(?:y|ies)|films?|lived)\b)")


@lru_cache(maxsize=1 << 16)
def _lacking_at(sentence: str, start: int, end: int) -> bool:
    """Whether a count is of what is lacking ("short of about 4,000 nurses"), by the words around it."""
    return bool(_LACKING_BEFORE.search(sentence, max(0, start - 40), start) or _LACKING_AFTER.match(sentence, end))


# A figure by the year ("a 1% pay rise a year for three years", "2.5% annually", "$40 million per
# year": measure.per_period) against its total over several years ("a 3% pay increase over three
# years", "$120 million over the next three years"): one is the other's part.
_OVER_SPAN = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:over|across|spread\s+over)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
                        r"(?:[\w-]+\s+)?(?:years|months|weeks)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _rate_at(sentence: str, end: int) -> str:
    """Whether a figure is stated by the period ("per") or as a total over several ("over"), by the
    words just after it; "" when neither."""
    if per_period(sentence, end):
        return "per"
    return "over" if _OVER_SPAN.match(sentence, end) else ""


_GAP_AFTER = re.compile(r"\s+(?:after|before|since|ago|later|earlier)\b", re.I)


def _span_at(sentence: str, start: int, end: int) -> str:
    """What a duration measures: the time between two events ("comes 11 months after a bodyboarder
    was killed", "three years since the last attack": "gap"), or the window a tally is counted over
    ("the second attack on that coast in 12 months", "within the past year": "window"); "" if neither."""
    if _GAP_AFTER.match(sentence, end):
        return "gap"
    if WINDOW_BEFORE.search(sentence[max(0, start - 30):start]):
        return "window"
    return ""


_CLAUSE_BREAK = re.compile(r"[,;(]|:(?=\s)|\s(?:before|after|while|but|and|then)\s")
_AT_CLOSE = re.compile(r"\b(?:clos(?:ed|ing|e)|end(?:ed|ing)\s+(?:the\s+)?(?:day|session|trading)|settled)\b", re.I)
_PEAK = re.compile(r"\bas\s+(?:much|high|low)\s+as\b|\bat\s+one\s+(?:point|stage)\b|\bintra-?day\s+(?:high|low)\b", re.I)
_INTRADAY = re.compile(r"\bintra-?day\b|\b(?:early|morning|midday|afternoon)\s+(?:trading|trade|deals)\b|"
                       r"\bat\s+\d{1,2}[:.]\d\d\s*(?:a\.?m|p\.?m|GMT|BST|ET)", re.I)


@lru_cache(maxsize=1 << 16)
def _moment_at(sentence: str, start: int, end: int) -> str:
    """When in a trading day a figure stands, by the words of its clause: "close" ("closed up 29%",
    "before closing 28.6 per cent higher"), "peak" ("rose as much as 31 per cent", "at one
    point"), "intraday" ("jumped 30% ... at 8:15 a.m.", "in early trading"), else "". A market's
    rise at one moment, at its peak and at the close are three facts, not three accounts of one."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    after = _CLAUSE_BREAK.search(sentence, end)
    clause = sentence[before[-1] if before else 0: after.start() if after else len(sentence)]
    if _AT_CLOSE.search(clause):
        return "close"
    if _PEAK.search(clause):
        return "peak"
    return "intraday" if _INTRADAY.search(clause) else ""


# What a licence, permit or approval was for: "had received a licence for six floors only", "was
# licensed for six storeys", "permission for up to 200 homes": what was allowed, not what there is.
_PERMITTED_BEFORE = re.compile(r"\b(?:licen[cs](?:e|es|ed)|permits?|permitted|permission|approv(?:al|ed)|authori[sz](?:ation|ed))"
                               r"\s+(?:only\s+)?for\s+(?:up\s+to\s+|only\s+|just\s+)?$", re.I)


@lru_cache(maxsize=1 << 16)
def _permitted_at(sentence: str, start: int) -> bool:
    """Whether a count is what a licence or permit allowed, by the words just before it."""
    return bool(_PERMITTED_BEFORE.search(sentence, max(0, start - 60), start))


# A ceiling that a decision set, the verb of permitting before it in its clause: "approved the culling
# of up to 350 bears", "allowed hunters to shoot up to 200 wolves", "a quota of up to 500 seals",
# "capped the intake at no more than 300 students": what may be done, not how many there are.
_CEILING_VERB = re.compile(r"\b(?:approv(?:al|ed|es?)|allow(?:ed|s)?|authori[sz](?:ation|ed|es?)|permit(?:ted|s)?|"
                           r"quotas?|capp?(?:ed|s)?|limit(?:ed|s)?)\b[^,;:.()]{0,40}$", re.I)


def _ceiling_set(claim: Claim) -> bool:
    """Whether a count open below ("up to 350", "no more than 200": its hedge, as extraction read
    it) follows a verb of permitting: a ceiling a decision set."""
    q = claim.quantity
    start = claim.marked[0]
    return q is not None and q.lower is None and q.upper is not None \
        and _CEILING_VERB.search(claim.sentence, max(0, start - 60), start) is not None


# A total of merged or joined parts: "would create a group with combined annual sales of $12 billion
# and more than 40,000 employees", "the enlarged company", "between them".
_COMBINED = re.compile(r"\b(?:combined|enlarged|merged\s+(?:group|company|firm|entity|business)|between\s+them)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _combined_at(sentence: str, start: int) -> bool:
    """Whether a count or amount is of parts put together, by the words before it in its sentence."""
    return bool(_COMBINED.search(sentence, 0, start))


def _wind_speed(measure: str) -> bool:
    """A storm's wind speed however worded: its measure names the wind, and no gust ("gusts of up
    to 130 kmph" are another figure)."""
    words = set(measure.split())
    return bool(words & {"wind", "winds"}) and not any(w.startswith("gust") for w in words)


_WINDS_AFTER = re.compile(r"\s+(?:sustained\s+|top\s+|maximum\s+)?winds?\b", re.I)


@lru_cache(maxsize=1 << 16)
def _winds_after(sentence: str, end: int) -> bool:
    """A speed written before the wind it is: "with 110 mph winds"."""
    return bool(_WINDS_AFTER.match(sentence, end))


# A distance from a place, after the figure: "40 km north of the town of Huancara", "roughly 15km
# from Aoraki/Mount Cook village", "about 100 metres offshore" (from the shore). Not a depth or a
# height, which no place follows; a radius ("within 10 km of the plant") is a threshold, no amount.
_FROM_PLACE = re.compile(
    r"(?:\s*\([^()]{0,30}\))?\s+(?:away\s+)?(?:(?P<direction>(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?)?\s+of"
    r"|from|(?P<off>off\s*shore)\b)(?:\s+(?P<place>[^,.;:()]{1,60}))?", re.I)
_PLACE_END = re.compile(r"\s(?:in|at|on|when|where|while|after|before|and|but|near|as|to|toward|towards|with|by|for)\s", re.I)
_PLACE_STOP = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "town", "city", "village", "nearest"})


@lru_cache(maxsize=1 << 16)
def distance_from(sentence: str, start: int, end: int) -> tuple[str, frozenset[str], str] | None:
    """The place a length figure is a distance from: its direction ("north", or ""), the names of the
    place and the noun it ends on ("village", "shore"); None when the figure is no distance from a
    place."""
    m = _FROM_PLACE.match(sentence, end)
    if m is None:
        return None
    if m.group("off"):
        return ("", frozenset(), "shore")
    place = _PLACE_END.split(m.group("place") or "", maxsplit=1)[0].strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", place)
    if not words:
        return None
    head = words[-1].lower()
    head = "shore" if head in ("shore", "shoreline", "beach", "coast") else head
    names = frozenset(w for w in words if w[0].isupper() and w.lower() not in _PLACE_STOP)
    return ((m.group("direction") or "").lower().replace("-", ""), names, head)


def _same_place_from(a: Claim, b: Claim) -> bool:
    """Two distances from one place, in one direction when both give one: "40 km north of the town
    of Huancara", "45km (28 miles) north of Huancara"; "roughly 15km from Aoraki/Mount Cook village",
    "about 25 km from the nearest village". (Figures far apart are two things around one place: an
    office "about 15 miles north of Detroit", a motorist "50 miles north of Detroit": PLACE_RATIO.)"""
    place_a = distance_from(a.sentence, *a.marked)
    place_b = distance_from(b.sentence, *b.marked)
    if place_a is None or place_b is None or "" != place_a[0] != place_b[0] != "":
        return False
    return bool(place_a[1] & place_b[1]) or place_a[2] == place_b[2] and not (place_a[1] and place_b[1])


# How long something was stopped or shut, by the verb before "for" and the duration: "Play was
# suspended for 90 minutes", "A thunderstorm halted play for an hour and a half", "MAX service was
# disrupted for about 90 minutes"; "The mall was locked down for nearly two hours", "placed on
# lockdown for about an hour and a half", "the interstate was closed for 14 hours". A delay is
# not a stoppage (a flight delayed for two hours flew), nor a duration after "for" elsewhere.
_STOPPED_FOR = re.compile(
    r"\b(?:(?P<halted>halt(?:ed|s)?|suspend(?:ed|s)?|held\s+up|stopp(?:ed)|interrupt(?:ed|s)?|paus(?:ed|es)|"
    r"disrupt(?:ed|s)?)|(?P<shut>clos(?:ed|es)|shut(?:\s+down)?|locked\s+down|lockdown|sealed\s+off|cordoned\s+off|"
    r"blocked))\b(?:[^,;.:()]{0,60}?)\s+for\s+$", re.I)


@lru_cache(maxsize=1 << 16)
def stopped_for(sentence: str, start: int) -> str:
    """What a duration says was stopped for it: "halted" (play, a service, trains) or "shut" (a
    building, a road, a beach); "" when its clause says neither."""
    m = _STOPPED_FOR.search(sentence, max(0, start - 90), start)
    return "" if m is None else "halted" if m.group("halted") else "shut"


# How long something went on, by the verb of lasting before the duration and the head of its
# subject: "The riot lasted about 10 hours", "Hailstones as big as tennis balls fell for about 30
# minutes", "Environment Canada said hail up to 10 centimetres across fell for around 20 minutes".
_LASTED = re.compile(r"\b(lasted|(?:operated\s+on\s+(?:him|her|them|the\s+[a-z]+)|fell|raged|burned|burnt|continued|went\s+on|ran|blazed|poured)\s+for)\s+"
                     rf"(?:{HEDGES})?\s*$")
_SUBJECT_START = re.compile(r"(?:^|\b(?:said|says|say|that|when|after|before|while)\s+)(?:(?:the|a|an|its|their)\s+)?"
                            r"([A-Za-z][a-z]+)\b", re.I)


# "more than 12 hours of clashes", "after 10 hours of rioting": the duration and what went on for it
_HOURS_OF = re.compile(r"\s+of\s+(?:heavy\s+|fierce\s+|violent\s+)?([a-z]+)\b")


# "a three-hour operation", "a 10-hour standoff", "an 11-hour Spokane Valley standoff": a duration
# written as a word before what lasted, past the names of where it was
_LONG_NOUN = re.compile(r"(?:-long)?(?:\s+[A-Z][a-z]+)*\s+([a-z]+)\b")
# "a standoff of more than 12 hours", "after a siege of 11 hours": what lasted, named before "of"
# (not "a total of", "a period of": words for a length, not for what lasted)
_NOUN_OF = re.compile(rf"\b(?:a|an|the)\s+([a-z]+)\s+of\s+(?:{HEDGES})?\s*$")
_NOT_LASTING = frozenset("total period span spell length time maximum minimum average sentence term".split())
# "a standoff that lasted nearly 11 hours", "the siege, which lasted 11 hours": the noun the clause is of
_NOUN_THAT = re.compile(r"\b([a-z]+),?\s+(?:that|which)\s+$")
# "Barricaded gunman surrenders after more than 12 hours": a surrender ends a standoff, and the time
# before it is the standoff's length
_SURRENDER_AFTER = re.compile(rf"\b(?:surrender(?:ed|s|ing)?|gave\s+(?:him|her|them)sel(?:f|ves)\s+up)\s+after\s+(?:{HEDGES})?\s*$", re.I)
_LONG_WORD = re.compile(r"-(?:hour|minute|second)$")


@lru_cache(maxsize=1 << 16)
def _lasted_by(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The verb of lasting a duration is said with ("fell for", "lasted") and the head of what
    lasted, by its stem ("hail", "hailstones": "hail"); None when the duration is said otherwise."""
    of = _HOURS_OF.match(sentence, end) or (_LONG_NOUN.match(sentence, end) if _LONG_WORD.search(sentence, 0, end) else None)
    if of:  # "after more than 12 hours of clashes", "a three-hour operation": what went on for them
        return "lasted", _what_lasted(of.group(1).lower())
    if _SURRENDER_AFTER.search(sentence, max(0, start - 60), start):
        return "lasted", "standoff"
    if (of := _NOUN_OF.search(sentence, max(0, start - 60), start)) and of.group(1) not in _NOT_LASTING:
        return "lasted", _what_lasted(of.group(1))
    m = _LASTED.search(sentence, max(0, start - 40), start)
    if m is None:
        return _inside_vehicle(sentence, start)
    if m.group(1).startswith("operated"):  # "doctors operated on him for more than four hours"
        return "lasted", "surgery"
    if m.group(1) == "lasted" and (that := _NOUN_THAT.search(sentence, max(0, m.start() - 40), m.start())):
        return "lasted", _what_lasted(that.group(1))
    subjects = list(_SUBJECT_START.finditer(sentence, 0, m.start()))
    head = next((s.group(1).lower() for s in reversed(subjects) if s.group(1).lower() not in MEASURE_STOPWORDS), None)
    if head is None:
        return None
    return " ".join(m.group(1).split()[:-1] or ["lasted"]) if m.group(1) != "lasted" else "lasted", _what_lasted(head)


# "The child was in the vehicle for about six hours", "the little girl was left inside the car for
# more than eight hours": how long a person was shut in a vehicle
_INSIDE_VEHICLE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:left\s+|trapped\s+|strapped\s+)?(?:in|inside)\s+(?:the|a|an|his|her|their)\s+"
                             r"(?:hot\s+|locked\s+|parked\s+)?(?:car|vehicle|suv|van|truck|minivan)\s+for\s+"
                             rf"(?:{HEDGES})?\s*$", re.I)


def _inside_vehicle(sentence: str, start: int) -> tuple[str, str] | None:
    """("in vehicle", the person) for how long a person named by a person noun was in a vehicle."""
    m = _INSIDE_VEHICLE.search(sentence, max(0, start - 60), start)
    if m is None:
        return None
    clause = sentence[max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start())) + 1:m.start()]
    return ("in vehicle", "person") if any(w in PERSON_NOUNS for w in re.findall(r"[a-z]+", clause)) else None


def _what_lasted(noun: str) -> str:
    """One name for what lasted however called: a riot or clashes, an operation or surgery."""
    noun = singular(noun)
    return "unrest" if noun in UNREST_WORDS else "surgery" if noun in SURGERY_WORDS else \
        "standoff" if noun in STANDOFF_WORDS else noun


# A fire or blaze fought until it was mastered: "brought under control", "had the fire under control",
# "extinguished", "put out".
_CONTROLLED = re.compile(r"\bunder\s+control\b|\bextinguish(?:ed|ing)?\b|\b(?:was|were|been|being)\s+put\s+out\b"
                         r"|\bput\s+(?:out\s+(?:the\s+)?(?:fire|blaze|flames)|(?:the\s+)?(?:fire|blaze|flames)\s+out)\b", re.I)


@lru_cache(maxsize=1 << 12)
def _to_control(sentence: str) -> bool:
    """Whether a duration's sentence says how long it took to master a fire: reports of one fire
    word it apart ("Firefighters had the fire under control about three hours later", "fought the
    fire for over three hours before it was under control"), and one story has one such time."""
    return bool(_CONTROLLED.search(sentence))


def _one_lasting(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """One verb of lasting said of one thing, however compounded ("hail", "hailstones"), or of the
    story's event named by what it was like ("a six-hour thriller", "six hours of play")."""
    return a is not None and b is not None and a[0] == b[0] and (a[1].startswith(b[1]) or b[1].startswith(a[1])
                                                                 or bool({a[1], b[1]} & EVENT_EPITHETS))


# A person's length of service with an employer: "a five-year veteran of the department", "a
# 12-year veteran", "who has been with the agency for four years", "had worked at the company for
# six years". Not time served for a crime ("after serving three years for armed robbery").
_VETERAN_AFTER = re.compile(r"[\s-]*(?:year|years)?\s+veteran\b", re.I)
_WITH_EMPLOYER_BEFORE = re.compile(r"\b(?:been|was|were|is|worked|working|served|serving)\s+(?:with|at|in|for)\s+(?:the|his|her|its)\s+"
                                   r"(?:[a-z]+\s+)?(?:department|agency|force|office|sheriff['’]s\s+office|police|service|company|"
                                   rf"firm|club|team|bureau|patrol|unit)\s+(?:for\s+)?(?:{HEDGES})?\s*$")
_SURNAME = re.compile(r"\b([A-Z][a-z]{2,})\b")


@lru_cache(maxsize=1 << 16)
def _service_at(sentence: str, start: int, end: int) -> frozenset[str] | None:
    """The capitalised names in the sentence of a length of service with an employer, or None when
    the duration is no length of service."""
    if not (_VETERAN_AFTER.match(sentence, end) or _WITH_EMPLOYER_BEFORE.search(sentence, max(0, start - 80), start)):
        return None
    return frozenset(m.group(1) for m in _SURNAME.finditer(sentence) if m.group(1).lower() not in MEASURE_STOPWORDS)


# Who a length of service written in apposition is of, by the noun before it: "His partner, a
# 12-year veteran" (partner), "The officer who fired, a six-year veteran of the force" (officer).
_HOLDER_BEFORE = re.compile(r"\b([a-z]+)(?:\s+who\s+[^,;]{1,60})?,\s+an?\s+$")


def _service_holder(sentence: str, start: int, end: int) -> str:
    """The noun naming whose service "a N-year veteran" at sentence[start:end] is, or ""."""
    if not _VETERAN_AFTER.match(sentence, end):
        return ""
    found = _HOLDER_BEFORE.search(sentence, max(0, start - 100), start)
    return singular(found.group(1)) if found else ""


def _two_holders(a: Claim, b: Claim) -> bool:
    """Two lengths of service each set beside its own holder ("His partner, a 12-year veteran",
    "The officer who fired, a six-year veteran"): two people's service, however alike their years."""
    holder_a, holder_b = _service_holder(a.sentence, *a.marked), _service_holder(b.sentence, *b.marked)
    return "" != holder_a != holder_b != ""


def _one_service(a: Claim, b: Claim) -> bool:
    """Two lengths of service, of one person: a name both sentences give, or none named in either."""
    names_a, names_b = _service_at(a.sentence, *a.marked), _service_at(b.sentence, *b.marked)
    return names_a is not None and names_b is not None and (bool(names_a & names_b) or not names_a and not names_b)


# A winner's margin in time: "won by 38 seconds", "to win the sixth stage ... by 12 seconds",
# "crossed the line 12 seconds ahead of Ruano", "soloing to victory, 14 seconds clear of Ruano".
# Not a lead held on the way ("led by 20 seconds"), nor a loser's gap ("12 seconds behind").
_WON_BY = re.compile(r"\b(?:won|wins?|winning|victory|triumph(?:ed|s)?)\b[^,;.:()]{0,60}?\s+by\s+$", re.I)
_AHEAD_OF = re.compile(r"\s+(?:ahead\s+of|clear\s+of|in\s+front\s+of)\s", re.I)


@lru_cache(maxsize=1 << 16)
def _winning_margin(sentence: str, start: int, end: int) -> bool:
    """Whether a duration is the winner's margin, by the words around it."""
    return _WON_BY.search(sentence, max(0, start - 80), start) is not None or _AHEAD_OF.match(sentence, end) is not None


_OUTCOMES = {**COUNT_OUTCOMES, **ESCAPE_OUTCOMES, **JOB_OUTCOMES}


_MONTHLY_BASIS = re.compile(rf"\b(?:{'|'.join(map(re.escape, MONTHLY_BASIS_CUES))})\b", re.I)
_YEARLY_BASIS = re.compile(rf"\b(?:{'|'.join(map(re.escape, YEARLY_BASIS_CUES))})\b", re.I)


def _basis(claim: Claim) -> str:
    """What a percentage change in the claim's sentence is measured against: "month" ("on a
    monthly basis", "month-on-month"), "year" ("year on year", "from a year earlier"), or "" when
    the sentence says neither or both."""
    if claim.dimension != "percent":
        return ""
    return _sentence_basis(claim.sentence)


@lru_cache(maxsize=1 << 14)
def _sentence_basis(sentence: str) -> str:
    monthly, yearly = _MONTHLY_BASIS.search(sentence) is not None, _YEARLY_BASIS.search(sentence) is not None
    return "month" if monthly and not yearly else "year" if yearly and not monthly else ""


# A death on a later day from harm done before: "died Saturday from injuries she suffered when ...",
# "succumbed to his wounds on Monday"; and the harm itself: "was critically injured Friday night".
_LATER_DEATH = re.compile(r"\b(?:died|dies|succumbed)\b[^.;]{0,40}?\b(?:from|of|to)\s+(?:(?:his|her|their|the)\s+)?"
                          r"(?:injuries|wounds|burns)\b", re.I)
_HARM_DONE = re.compile(r"\b(?:injured|wounded|hurt)\b", re.I)


def _later_death(claim: Claim) -> bool:
    """A date of a death from injuries suffered earlier (its clause says so around the date)."""
    start, end = claim.marked
    return _LATER_DEATH.search(claim.sentence, max(0, start - 40), min(len(claim.sentence), end + 60)) is not None


def _death_after_harm(a: Claim, b: Claim, later_a: bool, later_b: bool) -> bool:
    """One date is of a death from earlier injuries (`later_a`/`later_b`: `_later_death`, read once
    per claim), the other of a day on which people were hurt: the day a victim died is not the day
    of the harm."""
    if later_a == later_b:
        return False
    harm = b if later_a else a
    return _HARM_DONE.search(harm.sentence) is not None


# What befell a victim on the day a date names, by the nearest word of its clause before it: the
# attack ("was shot Saturday night", "mauled Tuesday"), the death ("died Sunday morning"), both at
# once ("was killed early Tuesday", "mauled to death Tuesday", "fatally shot Friday"), or a state
# reported on that day ("was in critical condition Sunday", "remained in custody Wednesday").
_VICTIM_DAY = re.compile(r"\b(?P<both>killed|to\s+death|shot\s+dead|fatally\s+[a-z]+)\b"
                         r"|\b(?P<death>died|dies|succumbed|passed\s+away|pronounced\s+dead)\b"
                         r"|\b(?P<condition>condition|remain(?:s|ed)?|listed)\b"
                         r"|\b(?P<harm>shot|stabbed|mauled|attacked|wounded|injured|hurt|beaten|bitten)\b", re.I)
_VICTIM_DAY_REACH = 50  # characters of the clause before the date
# A death told with the hospital it came in, right after its date: "died Sunday at a Leeds hospital",
# "died Monday night in hospital": not at the scene, so not the day of those killed outright.
_DIED_AT_HOSPITAL = re.compile(r"[^.;,]{0,40}?\b(?:at|in)\s+(?:(?:a|the)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}hospital\b")
_CLAUSE_STOP = re.compile(r"[.;:]")


def _victim_day(sentence: str, start: int) -> str:
    """Which day of a victim a date at `start` names: "harm", "death", "both" or "condition"
    (`_VICTIM_DAY`), "hospital death" for a death told in a hospital, or "" when its clause names none."""
    before = _CLAUSE_STOP.split(sentence[max(0, start - _VICTIM_DAY_REACH):start])[-1]
    found = list(_VICTIM_DAY.finditer(before))
    day = found[-1].lastgroup or "" if found else ""
    if day == "death" and _DIED_AT_HOSPITAL.match(sentence, start):
        return "hospital death"  # "died Wednesday night at a Fort Wayne hospital": later than the attack
    return day


def _victim_days_apart(a: str, b: str) -> bool:
    """The day a victim was hurt, the day they died and a day their condition was reported are
    three facts ("shot Saturday night", "died Sunday morning", "was in critical condition early
    Sunday"): two reports' dates of one of them meet, of two of them never. A death at the attack
    ("was killed Tuesday") is the day of both; a death in hospital is a later one, not the day of those
    killed outright ("were killed Wednesday morning", "died Wednesday night at a hospital")."""
    a, b = (day.replace("hospital death", "death") if "both" not in (a, b) else day for day in (a, b))
    if not a or not b or a == b:
        return False
    return "condition" in (a, b) or {a, b} in ({"harm", "death"}, {"harm", "hospital death"}, {"both", "hospital death"})


_A_YEAR = re.compile(rf"\b{STATED_YEAR}\b")


@lru_cache(maxsize=1 << 14)
def _sum_beside(sentence: str, start: int, end: int) -> tuple[str, float] | None:
    """The sum a dated event is told with, its currency and its value: the money figure of its
    sentence nearest its date at sentence[start:end], with no other year between ("was fined €17
    million in 2022", "In 2022, the regulator fined the company 17 million euros"). A fine, a sale
    or a payout is known by its sum: two of them dated apart whose sums are far apart are two
    events, not one misdated."""
    years = [m.start() for m in _A_YEAR.finditer(sentence) if not start <= m.start() < end]
    sums = []
    for number in find_numbers(sentence):
        unit = currency_before(sentence[:number.start]) or unit_after(sentence[number.end:])
        if unit is None or unit.dimension != "currency" or number.value != number.value:
            continue
        low, high = sorted((number.start, start))
        if not any(low < year < high for year in years):
            sums.append((abs(number.start - start), unit.unit, abs(number.value * unit.factor)))
    return min(sums)[1:] if sums else None


def _sums_apart(a: tuple[str, float] | None, b: tuple[str, float] | None) -> bool:
    """Two dated events told with sums of one currency too far apart to be one sum misreported."""
    return a is not None and b is not None and a[0] == b[0] and not plausibly_one_fact(a[1], b[1])


_COLLECTIVE_OF = re.compile(rf"\b(?:{'|'.join(COLLECTIVE_NOUNS)})\s+of\s+$", re.I)


@lru_cache(maxsize=1 << 16)
def _deeds(measure: str) -> frozenset[str]:
    """The verbs a count's measure names ("caught", "shot"): what befell what it counts."""
    return frozenset(verb_of(w) for w in measure.split()) - {""}


# Who does the deed a count follows, when the clause names them: a place's own authority ("In
# Memphis, the city opened six community centers": Memphis) or a name that opens the clause
# ("Metro Nashville opened four warming centers", "Jetstar and Virgin Australia cancelled 24
# flights"). A name of one word opening a clause may be a common noun in capitals ("Airlines
# cancelled", "Police arrested"): only names of two words or more count there.
_PLACE_AUTHORITY = re.compile(r"\bIn\s+(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*),\s+(?:the\s+)?"
                              r"(?:city|town|county|state|council|province|government|authorities|officials)\s+"
                              r"(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+)\s+"
                              rf"(?:(?:{HEDGES}|another)\s+)*$")
_NAMED_DOERS = re.compile(r"(?:^|[;:]\s*|,\s+(?:and|but|while)\s+|\bwith\s+)(?P<article>[Tt]he\s+)?"
                          r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&))*)(?P<apposed>,[^,;:]{1,60},)?\s+"
                          r"(?:(?:has|have|had|also|alone)\s+)*(?P<verb>[a-z]+)\s+"
                          rf"(?:(?:{HEDGES}|only|just|another)\s+)*$")


# Who says a figure does not do what it counts: "with Health New Zealand saying about 1,800 surgeries".
_SAYING = ATTRIBUTION_VERBS | {"saying", "stating", "announcing", "reporting", "estimating", "confirming", "adding", "noting"}


def _named_doer(sentence: str, start: int) -> str:
    """The name that does the deed the count at sentence[start:] is the object of, lowercased (""
    when the clause names none, or the count is not a verb's object: "30 flights were cancelled").
    A lone capitalised word ending in "s" opening a clause may be a common noun ("Airlines
    cancelled 40 flights"): it counts only with an article ("The Pumas conceded 12 penalties"), a
    phrase in apposition ("Reyes, in his 50th game, kicked five penalties"), or after "with"."""
    for pattern in (_PLACE_AUTHORITY, _NAMED_DOERS):
        found = pattern.search(sentence, max(0, start - 120), start)
        if found and verb_of(found.group("verb")) and found.group("verb") not in _SAYING:
            words = [w for w in found.group("name").split() if w not in ("and", "&")]
            if words[0].lower() in NOT_DOER_NAMES:
                return ""
            if pattern is _NAMED_DOERS and len(words) == 1 and words[0].endswith("s") \
                    and not (found.group("article") or found.group("apposed") or found.group(0).startswith("with")):
                return ""
            return " ".join(words).lower()
    return ""


def _names_apart(a: str, b: str) -> bool:
    """Two names (lowercased) given, with no word in common and not one name in two spellings."""
    return "" != a != b != "" and not same_name(a, b) and not (set(a.split()) & set(b.split()))


def _doers_apart(a: Claim, b: Claim, doer_a: str, doer_b: str) -> bool:
    """Two counts of one deed whose doers (`_named_doer`) differ: each place or actor's own count
    ("In Memphis, the city opened six centers", "Metro Nashville opened four"; "Reyes kicked five
    penalties", "The Pumas conceded 12"); or a named doer's smaller count beside a count no one is
    named to have done, its part ("Jetstar cancelled 24 flights", "At least 30 flights were cancelled")."""
    if doer_a and doer_b:
        return _names_apart(doer_a, doer_b)
    if not doer_a and not doer_b or a.quantity is None or b.quantity is None:
        return False
    named, other = (a, b) if doer_a else (b, a)
    if named.quantity.upper is None:
        return False  # "received at least five 911 calls", "nine calls were made": a floor the total meets
    return named.quantity.value < other.quantity.value and _passive_after(other)


_BY_DOER = re.compile(r"\s+by\b")
_PASSIVE_VERB = re.compile(r"[^.;,]*?\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+([a-z]+)\b(?P<rest>[^.;]*)")


def _passive_after(claim: Claim) -> bool:
    """Whether the count is the subject of a passive verb with no doer after ("At least 30 flights
    to and from Bali were cancelled on Sunday")."""
    after = claim.sentence[claim.marked[1]:claim.marked[1] + 80]
    found = _PASSIVE_VERB.match(after)
    return bool(found and verb_of(found.group(1)) and not _BY_DOER.match(found.group("rest")))


_GROUP_OF = re.compile(rf"\b(?:{'|'.join(GROUP_NOUNS)})\s+of\s+(?:(?:{HEDGES})\s+)?$",
                       re.I)


@lru_cache(maxsize=1 << 16)
def _sized_group_at(sentence: str, start: int) -> bool:
    """Whether a group noun and "of" come right before the count at sentence[start:] ("a convoy of 12")."""
    return _GROUP_OF.search(sentence, max(0, start - 40), start) is not None


def _group_and_event(a: Claim, b: Claim) -> bool:
    """One count sizes a standing group ("a breakaway of eight riders", "a convoy of 12 trucks") and
    the other counts those an event befell ("About 25 riders came down in a crash"), an event the
    group's own clause does not name: the group is not who the event befell."""
    grouped = [c for c in (a, b) if _sized_group_at(c.sentence, c.marked[0])]
    if len(grouped) != 1:
        return False
    group, other = (a, b) if grouped[0] is a else (b, a)
    events = {event_class(w) for w in other.measure.split()} - {""}
    return bool(events) and not events & {event_class(w) for w in group.measure.split()}

def _group_size(claim: Claim) -> bool:
    """A count that gives the size of a standing group ("a group of 11 chimpanzees", "the pack of
    nine wolves") and names nothing that befell it: the whole group."""
    start = claim.marked[0]
    return _COLLECTIVE_OF.search(claim.sentence, max(0, start - 20), start) is not None and not _deeds(claim.measure)


def _two_shares(a: Claim, b: Claim, fa: Facets, fb: Facets) -> bool:
    """Two counts taken out of one whole ("N of the animals", "N of them") that say different things
    befell them: a partitive's noun is the whole's, so only its verb says which part it counts."""
    if not (fa.partitive and fb.partitive):
        return False
    verbs_a, verbs_b = _deeds(a.measure), _deeds(b.measure)
    return bool(verbs_a) and bool(verbs_b) and not verbs_a & verbs_b  # "Four of the passengers were tourists": no deed


@lru_cache(maxsize=1 << 16)
def _outcomes_meet(a: str, b: str) -> bool:
    """Two counts' measures name no two outcomes (`COUNT_OUTCOMES`) apart; one that names none may be either."""
    outcome_a = {_OUTCOMES[w] for w in a.split() if w in _OUTCOMES}
    outcome_b = {_OUTCOMES[w] for w in b.split() if w in _OUTCOMES}
    return not outcome_a or not outcome_b or outcome_a == outcome_b


# What someone set out to do ("officers tried to stop a car"): a step before what came of it.
_ATTEMPT_VERBS = frozenset({"tried", "attempted", "sought"})


@lru_cache(maxsize=1 << 16)
def _event_only(measure: str) -> bool:
    """A time's measure that names an event ("shooting"): the time it happened."""
    return any(event_class(w) for w in measure.split())


@lru_cache(maxsize=1 << 16)
def _deed_only(measure: str) -> bool:
    """A time's measure that names an attempt ("officer tried") and no event: the time of a step
    before the event another report times."""
    words = measure.split()
    return not any(event_class(w) for w in words) and any(w in _ATTEMPT_VERBS for w in words)


# The verbs that tell a moment of one event (`MOMENT_VERBS`), and where a clause begins: a time of
# day is told by the last of them before it in its clause ("were hit when gunfire erupted at about
# 10:40 p.m.": "erupted"), or, when it opens its sentence ("At 10:48 a.m., authorities issued ..."),
# by the first of its main clause.
_MOMENT_OF = {phrase: moment for moment, phrases in MOMENT_VERBS.items() for phrase in phrases}
_MOMENT_VERB = re.compile(r"\b(?:" + "|".join(sorted((p.replace(" ", r"\s+") for p in _MOMENT_OF), key=len, reverse=True))
                          + r")\b", re.I)
_CLAUSE_START = re.compile(r".*(?:;|\b(?:when|after|before|while|until|where|which|who)\b)", re.I | re.S)
_CLAUSE_END = re.compile(r";|,|\b(?:when|after|before|while|until|where|which|who)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _time_moment(sentence: str, start: int, end: int) -> str:
    """Which moment of its event a time of day at sentence[start:end] tells, by the verb of its
    clause (`MOMENT_VERBS`): "onset" ("The blaze broke out at around 10:20 a.m."), "lifted" ("The
    warning was lifted at 10:30 p.m."), "found" ("found the body ... at around 9 p.m."), ...; "" when
    its clause names none ("Officers were called to the block around 10:45 p.m.")."""
    before = sentence[max(0, start - 160):start]
    if _SET_FOR.search(before):
        return "start"  # "set for a 7 p.m. kickoff", "The vigil is planned for 7 p.m.": a programme's planned start
    cut = _CLAUSE_START.match(before)
    clause = before[cut.end():] if cut else before
    found = list(_MOMENT_VERB.finditer(clause))
    if found:
        moment = _MOMENT_OF[" ".join(found[-1].group().lower().split())]
        if moment == "onset" and _scheduled_subject(clause[:found[-1].start()]):
            return "start"  # "The parade began at 5 p.m.": the programme's start, not an incident's onset
        return moment
    if len(_WORD.findall(sentence[:start])) > 3:
        return ""
    comma = sentence.find(",", end)  # "At 10:48 a.m., authorities issued a level-two response"
    if comma < 0:
        return ""
    stop = _CLAUSE_END.search(sentence, comma + 1)
    verb = _MOMENT_VERB.search(sentence, comma + 1, stop.start() if stop else len(sentence))
    return _MOMENT_OF[" ".join(verb.group().lower().split())] if verb else ""


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A time a programme is set for, right before it: "set for a 7 p.m. kickoff", "scheduled for 2:30 p.m.",
# "slated to start at 8": its planned start, never when an incident befell it.
_SET_FOR = re.compile(r"\b(?:set|scheduled|planned|slated|due)\s+(?:to\s+(?:start|begin|kick\s+off)\s+)?"
                      r"(?:for|at)\s+(?:an?\s+)?$", re.I)


def _scheduled_subject(before_verb: str) -> bool:
    """Whether the words right before a start verb name an event held to a schedule (`SCHEDULED_EVENT_NOUNS`):
    "The homecoming parade began", "the match started", not "The shooting began"."""
    return any(singular(word.lower()) in SCHEDULED_EVENT_NOUNS for word in _WORD.findall(before_verb)[-3:])


@lru_cache(maxsize=1 << 16)
def _qualifiers_at(sentence: str, end: int, noun: str) -> frozenset[str] | None:
    """The words between an ordinal ending at `end` and the noun it ranks ("the third fatal
    shooting": "fatal"), which say what is tallied; None when the noun does not follow within
    three words."""
    words = _WORD.findall(sentence[end:end + 60])[:4]
    for i, word in enumerate(words):
        if singular(word.lower()) == noun:
            return frozenset(w.lower() for w in words[:i] if w.lower() not in MEASURE_STOPWORDS)
    return None


# Where the hurt were cared for: "taken to hospital", "treated in hospital", "hospitalised" ...
_IN_HOSPITAL = re.compile(r"[^.;,]{0,40}?\b(?:(?:to|in|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospitals?\b|hospitali[sz]ed\b)", re.I)
# ... or on the spot: "treated by paramedics", "received medical attention on the ground".
_CARED_FOR = frozenset({"treated", "received"})


@lru_cache(maxsize=1 << 18)
def _care_at(sentence: str, end: int, measure: str) -> str:
    """Which care a count of the hurt (ending at `end`) says they got: "hospital" ("Three
    passengers were taken to hospital") or "treated" ("four passengers were treated by
    paramedics", "received medical attention"), or "" for neither. Outlets give both counts of
    one incident: two facts."""
    if _IN_HOSPITAL.match(sentence, end):
        return "hospital"
    return "treated" if _CARED_FOR & set(measure.split()) else ""


def _both_in_hospital(a: Claim, b: Claim, fa: Facets, fb: Facets) -> bool:
    """Two counts of one noun that both say the hurt went to hospital, whatever the verb: "needed
    treatment in hospital", "have been admitted to hospital", "were taken to hospital". News gives
    one count of who went to hospital in an incident; the verb varies, the care is the fact. A
    count that a sentence gives as a part ("three of them in a critical condition") or in a tally
    of its own still keeps its distinctions above."""
    return fa.care == fb.care == "hospital" and a.unit == b.unit and fa.role == fb.role \
        and fa.partitive == fb.partitive and not _contrasting(a.measure, b.measure)


def _hospital_worded_apart(a: Claim, b: Claim, fa: Facets, fb: Facets) -> bool:
    """`_both_in_hospital` where one report says "hospitalized" and the other says the hurt were
    "taken to hospital" or "admitted to hospital": the one word is the other's phrase, so it does
    not set the two measures apart; any other contrast ("killed") still does."""
    if not (fa.care == fb.care == "hospital" and a.unit == b.unit and fa.role == fb.role and fa.partitive == fb.partitive):
        return False
    return not _contrasting(_without_hospitalized(a.measure), _without_hospitalized(b.measure))


def _without_hospitalized(measure: str) -> str:
    return " ".join(w for w in measure.split() if w != "hospitalized")


# A percentage that one side of a dispute offers: "has offered 4.5%", "the government's offer of
# 4.5%", "an offer of a 5.5 per cent rise", "the 4 percent offered by the government".
_OFFER_BEFORE = re.compile(r"\boffer(?:ed|s|ing)?\s+(?:of\s+)?(?:just\s+|only\s+)?(?:an?\s+|the\s+)?$", re.I)
_OFFERED_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:(?:was|is|being|has\s+been)\s+)?offered\b", re.I)
# An offer that another replaced or will replace: two offers of one dispute, not one told two ways.
_ANOTHER_OFFER = re.compile(r"\b(?:earlier|previous|initial|original|first|improved|new|revised|latest|"
                            r"increased|raised|sweetened|final|second)\s+(?:pay\s+)?offer|\b(?:initially|originally|"
                            r"previously|earlier|had\s+offered|improved|raised|sweetened|increased)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _offered_at(sentence: str, start: int, end: int) -> bool:
    """A percentage the sentence says one side offered, of one offer only."""
    offered = _OFFER_BEFORE.search(sentence, max(0, start - 30), start) is not None \
        or _OFFERED_AFTER.match(sentence, end) is not None
    return offered and _ANOTHER_OFFER.search(sentence) is None


# What a count of people attended, named after the verb: "attended his funeral", "were attending the concert".
_ATTENDED = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?attend(?:ed|ing)?\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?"
                       r"(?:[a-z-]+\s+)??([a-z-]+)(?=\s+(?:on|in|at|for|of|with|which|when|where|and|to|by|last|this|"
                       r"yesterday|today)\b|\s*[,.;:]|\s*$)", re.I)


@lru_cache(maxsize=1 << 16)
def _attended_at(sentence: str, end: int) -> str:
    if "ttend" not in sentence:
        return ""
    found = _ATTENDED.match(sentence, end)
    return singular(found.group(1).lower()) if found else ""


def _two_gatherings(a: Claim, b: Claim) -> bool:
    """Two counts of who attended, each naming what they attended, that name two things: a
    story's funeral and its vigil, its match and its memorial, are two gatherings of two sizes."""
    attended_a, attended_b = _attended_at(a.sentence, a.marked[1]), _attended_at(b.sentence, b.marked[1])
    return "" != attended_a != attended_b != ""


# How badly the hurt a count counts were hurt, said in its own clause: "were seriously injured",
# "were taken to hospital in a serious condition", "are in critical condition", "had minor injuries".
_SEVERITY_CLASS = {"seriously": "serious", "serious": "serious", "severely": "serious", "severe": "serious",
                   "critically": "critical", "critical": "critical", "life-threatening": "critical",
                   "minor": "minor", "slightly": "minor", "light": "minor"}
_SEVERITY_WORD = "|".join(sorted(_SEVERITY_CLASS, key=len, reverse=True))
_SEVERITY = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,10}}?({_SEVERITY_WORD})\b", re.I)
_ANY_SEVERITY = re.compile(rf"\b(?:{_SEVERITY_WORD})\b", re.I)
# ...unless another clause stands between the count and the severity word
_SEVERITY_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas|who|which)\b")
# A part of the hurt: "four of the injured", "Twelve of the wounded".
_OF_THE_HURT = re.compile(r"\s+of\s+(?:the|those)\s+(?:injured|wounded|hurt|casualties|victims)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _severity_at(sentence: str, end: int) -> str:
    if not _ANY_SEVERITY.search(sentence):
        return ""
    found = _SEVERITY.match(sentence, end)
    if found is None or _SEVERITY_CLAUSE_BREAK.search(found.group(0)[:found.start(1) - end]):
        return ""
    return _SEVERITY_CLASS[found.group(1).lower()]


def _hurt_whole_or_of_hurt(claim: Claim, facets: Facets) -> bool:
    """A count of people given whole ("Eleven people were seriously injured") or as a part of the
    hurt ("four of the injured were seriously hurt"), not of another set ("two of them", "two others")."""
    if facets.role == "":
        return not facets.partitive
    return facets.role == "subset" and _OF_THE_HURT.match(claim.sentence, claim.marked[1]) is not None


def _same_severity(a: Claim, b: Claim, fa: Facets, fb: Facets) -> bool:
    """Two counts of the hurt that both say how badly, alike: how many were seriously hurt is one
    fact whether told of all the people ("Eleven people were seriously injured") or of the injured
    ("Twelve of the injured were taken to hospital in a serious condition"). Two severities, or a
    count of another set, stay apart."""
    if a.unit != b.unit or a.unit not in GENERIC_COUNT_UNITS and not _names_persons(a.unit):
        return False
    severity = _severity_at(a.sentence, a.marked[1])
    return severity != "" and severity == _severity_at(b.sentence, b.marked[1]) \
        and _hurt_whole_or_of_hurt(a, fa) and _hurt_whole_or_of_hurt(b, fb)


def _severity_picks_part(a: Claim, b: Claim) -> bool:
    """A count of the hurt that says how badly and one that does not: a severity word picks a part
    of the injured ("Another six people were hurt, three of them seriously"; "four were seriously
    injured"), and that part is not how many were hurt ("the blast injured six"). Minor injuries
    are not a part: "One passenger suffered minor injuries" is who was hurt at all."""
    if a.measure != "injured" or b.measure != "injured" or a.unit != b.unit:
        return False
    told, untold = (a, b) if _severity_at(a.sentence, a.marked[1]) else (b, a)
    return _severity_at(told.sentence, told.marked[1]) in ("serious", "critical") \
        and not _ANY_SEVERITY.search(untold.sentence, untold.marked[1])  # "hurt, including one who is critical"


_SHARE_WORDS = frozenset("share stock price closed ended finished traded".split())
# What a report calls the company it is about once it has named it: "The group's shares rose 2 per cent".
_FIRM_WORDS = frozenset("group company firm carmaker automaker bank lender insurer airline maker retailer "
                        "chain giant conglomerate miner operator business".split())


def _one_share_move(a: Claim, b: Claim) -> bool:
    """Two moves of a company's shares, the same way, of one story: news names the company once and
    then calls it "the group", "the company" ("Velora's shares rose 1.2%", "The group's shares rose
    2 per cent"). Two companies named apart, or a rise and a fall, stay two moves."""
    if a.dimension != "percent" or b.kind != "change" or (a.quantity.value > 0) != (b.quantity.value > 0):  # type: ignore[union-attr]
        return False
    words_a, words_b = set(a.measure.split()), set(b.measure.split())
    if "share" not in words_a or "share" not in words_b:
        return False
    named_a, named_b = words_a - _SHARE_WORDS, words_b - _SHARE_WORDS
    if len(named_a) > 1 or len(named_b) > 1:
        return False
    return named_a == named_b or bool(named_a & _FIRM_WORDS or named_b & _FIRM_WORDS or not named_a or not named_b)


def _by_shared_words(claim: Claim) -> bool:
    """Amounts, rates and changes: outlets word one figure of one thing apart ("Ridge Fire grows to
    47,000 acres", "the Ridge Fire had burned 45,800 acres"; "shares in Autovia fell 6%",
    "Autovia shares closed down 5.8%"), and two words in common say they measure one thing.
    Rates too ("won Tuesday's general election with 27.5% of the vote", "won 27.8 percent of the
    vote in Tuesday's election"). Not counts, whose noun says it (`compatible`), nor durations,
    which one actor gives many of ("President Valdez declared a 60-day emergency", "President
    Valdez promised new homes within 90 days")."""
    return claim.kind not in ("count", "duration")


@lru_cache(maxsize=1 << 18)
def _share_words(a: str, b: str) -> bool:
    """Two measures share two words, bearings aside ("15 miles north of Detroit" locates the
    building, "a motorist 50 miles north of Detroit" another thing), and nothing contrasts."""
    return not _contrasting(a, b) and len(set(a.split()) & set(b.split()) - BEARINGS) >= 2


@lru_cache(maxsize=1 << 16)
def _word_pairs(measure: str) -> tuple[tuple[str, str], ...]:
    """Every two words of a measure, bearings aside: the keys under which `_share_words` finds it."""
    return tuple(itertools.combinations(sorted(set(measure.split()) - BEARINGS), 2))


def _same_day(a: Period | None, b: Period | None) -> bool:
    """Two times of day are on one day when both days are known and overlap, or when both are
    written alike ("on Tuesday" in two undated reports)."""
    if a is None or b is None:
        return a is b
    if a.resolved and b.resolved:
        return a.overlaps(b)
    return a.label.lower() == b.label.lower()


# How far apart on the clock two times of day whose days only may be one (`_a_day_late`) can be and still be one moment
_LATE_DAY_MINUTES = 60


def _a_day_late(a: Claim, b: Claim) -> bool:
    """Two times of day of one moment whose days are not known to be one, close on the clock (two
    moments are hours apart): one weekday written two ways ("Friday", a Friday's date, "XXXX-WXX-5"),
    or a day apart, the later day one its time only takes from its report, which names no day in the
    sentence (`_date_the_times`): a report's own day, the day of saying or of publishing, after the
    event's ("police said on Sunday ... The avalanche hit at 11.50am", of Saturday's avalanche;
    "shortly after 9 p.m." in the next morning's report)."""
    if a.period is None or b.period is None or a.quantity is None or b.quantity is None \
            or abs(a.quantity.value - b.quantity.value) > _LATE_DAY_MINUTES:
        return False
    apart = _days_apart(a.period, b.period)
    if apart != 1:
        return apart == 0
    later = a if (_weekday(a.period) - _weekday(b.period)) % 7 == 1 else b  # type: ignore[operator]
    return _day_taken(later.period)  # type: ignore[arg-type]


def _days_apart(a: Period, b: Period) -> int | None:
    """How many days apart two days are (at most 3 for two weekdays), when known."""
    if a.resolved and b.resolved:
        if a.overlaps(b):
            return 0
        return min(abs((a.start - b.end).days), abs((b.start - a.end).days))  # type: ignore[operator]
    wa, wb = _weekday(a), _weekday(b)
    if wa is None or wb is None:
        return None
    return min((wa - wb) % 7, (wb - wa) % 7)


def _weekday(period: Period) -> int | None:
    """A day's weekday, 1 (Monday) to 7, whether resolved or named alone ("XXXX-WXX-5")."""
    return period.start.isoweekday() if period.resolved and period.start == period.end else period.weekday  # type: ignore[union-attr]


def _day_taken(period: Period) -> bool:
    """Whether a time's day is one its sentence does not name, taken from its report (`_date_the_times`
    labels it as ISO writes it: "2026-02-14", "XXXX-WXX-7")."""
    return period.granularity == "day" and period.label == period.iso()


def _one_family(names_a: tuple[str, ...], names_b: tuple[str, ...]) -> bool:
    """Counts of a family's members ("two sons", "one of my sons") are of the family whose person
    the sentence names ("Umm Ibrahim said she had lost ... two sons"; `names_a` and `names_b`, the
    names of the two sentences); a speaker's "my sons", with no name, are of an unknown family,
    not to be compared with a named one's."""
    if not names_a or not names_b:
        return not names_a and not names_b
    return _names_overlap(names_a, names_b)


@lru_cache(maxsize=1 << 16)
def _family_names(sentence: str) -> tuple[str, ...]:
    return tuple(names_in(sentence))


def _same_counted_set(a: Claim, b: Claim, set_a: CountedSet, set_b: CountedSet) -> bool:
    """Counts of the same set: not "55 others" against a total, nor the Somali part of a
    breakdown against all the pirates, nor "two [boats] escaped" against the five that tried
    (`set_a`, `set_b`: measure.counted_set of each)."""
    if "subset" in (set_a.role, set_b.role):  # only what happened to them says which subset
        return {set_a.role, set_b.role} <= {"subset", ""} and a.measure == b.measure
    return set_a.may_equal(set_b)


_CAMPAIGN = "(?:" + "|".join(word.replace(" ", r"\s+") for word in CAMPAIGN_WORDS) + ")"
_LENGTH_OF = re.compile(rf"\s+of\s+(?:(?:the|a|an|its|their|this)\s+)?(?:[\w-]+\s+){{0,2}}?{_CAMPAIGN}\b", re.I)
_BEGAN_AGO = re.compile(rf"\b(?:{_CAMPAIGN}(?:\s+[^\s,;.]+){{0,4}}?\s+(?:began|started|was\s+launched)|(?:launched|began|started)\s+"
                        rf"(?:(?:the|a|an|its|their|this)\s+)?(?:[\w-]+\s+){{0,2}}?{_CAMPAIGN}\b[^,;.]{{0,40}}?)\s*$", re.I)
_AGO = re.compile(r"\s+ago\b", re.I)


@lru_cache(maxsize=1 << 16)
def campaign_length(sentence: str, start: int, end: int) -> bool:
    """Whether the duration at sentence[start:end] is how long an armed campaign has run so far:
    "N days of" it, or "since it began N days ago". Reports of one war give its length by the day
    whoever they name (the Palestinians killed in it, Hamas it is against): one fact."""
    return bool(_LENGTH_OF.match(sentence, end)) or bool(
        _AGO.match(sentence, end) and _BEGAN_AGO.search(sentence[max(0, start - 80):start]))


def _same_owner(owner_a: str, owner_b: str) -> bool:
    """Counts that two subjects won or hold are two facts ("A left-leaning bloc won 87 seats", "The
    party took 50 of the 179 seats", "The Liberals won 25 seats"). A name and a noun ("Nordhem has
    420 stores", "the group operates 410") are kept apart too: which party "the party" is, is not
    for a count to say, and a wrong guess reports a false conflict. (measure.owner_of each.)"""
    if not owner_a or not owner_b:
        return True
    return owner_a == owner_b or same_name(owner_a, owner_b)


_WORLDWIDE = re.compile(r"\b(?:worldwide|world-wide|globally|across the (?:world|globe)|around the (?:world|globe)"
                        r"|in all (?:its )?markets)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _where_stated(sentence: str, scoped: bool) -> frozenset[str]:
    """Whether a figure is the world's ("Globally, the recall affects 620,000 SUVs", "about 620,000
    vehicles worldwide") or a country's ("recalling 480,000 SUVs in the U.S.", or a claim given a
    place: `scoped`): two facts."""
    if _WORLDWIDE.search(sentence):
        return frozenset({"world"})
    return frozenset({"country"}) if scoped or countries(sentence) else frozenset()


def _standing(claim: Claim) -> str:
    """A claim's measure, with the standing its noun names itself (lexicon.STANDING_NOUNS: a count
    of a firm's employees is what it employs, however the sentence puts it)."""
    standing = STANDING_NOUNS.get(singular(claim.unit))
    return f"{claim.measure} {standing}" if standing and standing not in claim.measure.split() else claim.measure


def _stages_apart(a: str, b: str) -> bool:
    """Whether two measures name two stages of handling one batch (`HANDLING_STAGES`): "received"
    and "counted" ballots; not when either names none."""
    stages_a = {HANDLING_STAGES[w] for w in a.split() if w in HANDLING_STAGES}
    stages_b = {HANDLING_STAGES[w] for w in b.split() if w in HANDLING_STAGES}
    return bool(stages_a) and bool(stages_b) and stages_a.isdisjoint(stages_b)


def _contrasting(a: str, b: str) -> bool:
    """One measure names a term the other contrasts with ("killed" vs "injured")."""
    return _contrasts(a) != _contrasts(b)


@lru_cache(maxsize=1 << 16)
def _contrasts(measure: str) -> tuple[frozenset[str], ...]:
    """The terms of each contrast set a measure names: read once per measure, not once per pair."""
    words = set(measure.split())
    return tuple(frozenset(words & contrast) for contrast in (*CONTRAST_SETS, STANDING_WORDS))


def plausibly_one_fact(va: float, vb: float, ratio: float = PLAUSIBLE_RATIO) -> bool:
    """Figures (`va`, `vb`, their sizes) `ratio` times apart or more ("40 killed" in one strike,
    "more than 660" in the war) are more likely two facts than one fact reported two ways. Where
    nothing in their words says two figures state one fact (lone figures), LONE_RATIO: "13,500
    staff" and "13,200 employees" are one, "about 15 miles north of Detroit" and "50 miles north"
    more likely measure two things."""
    small, large = (va, vb) if va <= vb else (vb, va)
    return small == 0 or large / small < ratio


@lru_cache(maxsize=1 << 18)
def measures_match(a: str, b: str) -> bool:
    """Same measure: similar wording, no contrasting term ("exports" vs "imports"), and given over
    the same stretch of time, if any ("kills more than 400 people each year" is no toll)."""
    return not _contrasting(a, b) and _per_stretch(a) == _per_stretch(b) and fuzz.token_set_ratio(a, b) >= MEASURE_SIMILARITY


_PER_STRETCHES = tuple(f" per {unit}" for unit in ("day", "week", "month", "year"))  # extract's `per_period` ending


def _per_stretch(measure: str) -> str:
    """The stretch of time a measure is given per (" per year"), or ""."""
    return next((p for p in _PER_STRETCHES if measure.endswith(p) or measure == p[1:]), "")


def _same_scope(a: Claim, b: Claim) -> bool:
    if a.scope and b.scope:
        return a.scope == b.scope
    return True


def _same_event(a: Claim, b: Claim, victim_a: str, victim_b: str) -> bool:
    """Same class of event (or one is just "the incident"), the same victim (by the age given),
    the same participants (for other events than meetings, visits and signings, one shared name
    will do: outlets name different places, actors and sources of one attack), or, with none
    named, no two countries apart (a report that names no country sets the event nowhere else:
    "killed when a bus plunged into a ravine in Peru", "died after a bus fell into a ravine"); and dates no more than EVENT_WINDOW_DAYS apart (VICTIM_WINDOW_DAYS
    when both give the victim's age), unless the event befalls its participants once
    (ONCE_ONLY_EVENTS)."""
    if a.event_date is None or b.event_date is None:
        return False
    if (a.measure != b.measure and GENERIC_EVENT not in (a.measure, b.measure) and not _named_by_each_other(a, b)
            and not _one_deed(a.measure, b.measure)):
        return False
    victims = [victim_a, victim_b]  # measure.victim_of each
    if all(victims) and victims[0] != victims[1]:  # "5-year-old Mariah ... May 11", "On May 8, a 9-year-old boy"
        return False
    if a.subject and b.subject:
        small, large = sorted((a.subject, b.subject), key=len)
        shared = _covered(small, large) or (not {a.measure, b.measure} & _MET and _share_a_name(small, large))
        if not shared and not (a.measure == b.measure and (_same_thing_undergoes(a, b) or _one_day_of(a, b))):
            return False
        if a.measure == b.measure and a.measure in ONCE_ONLY_EVENTS:
            return True  # "gained independence in July", "6 months ago": one country's one independence
    elif not _same_scope(a, b) or (a.subject or b.subject) and not (a.measure == b.measure and _one_day_of(a, b)):
        return False  # one report naming places and one naming none meet on one class's one day only
    elif a.scope and a.scope == b.scope and a.measure == b.measure and a.measure in ONCE_ONLY_EVENTS:
        return True  # "South Sudan gained independence in July", "6 months ago": named as the place, not a name
    da, db = a.event_date, b.event_date
    window = VICTIM_WINDOW_DAYS if all(victims) else EVENT_WINDOW_DAYS
    if not (da.resolved and db.resolved):
        days_a, days_b = yearless_days(da), yearless_days(db)
        if days_a and days_b:  # "November 19" and "November 18" in undated reports of one story
            return yearless_gap(days_a, days_b) <= window
        return _same_label(da, db)
    gap = max((da.start - db.end).days, (db.start - da.end).days, 0)  # type: ignore[operator]
    return gap <= window


_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEARLESS = re.compile(
    rf"(?:on\s+)?(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:the\s+)?"
    rf"(?:(?P<month>{_MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_NAME})\.?)", re.I)
_DAY_OF_YEAR = [0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335]  # before each month, in a leap year


def _one_day_of(a: Claim, b: Claim) -> bool:
    """Two reports of one story that date one class of event to one day, each naming its places and
    actors apart ("an avalanche in the Tyrolean Alps on Saturday", "killed yesterday ... in the
    Kaunertal"; "escaped from a county jail in western Tennessee early Monday", "escaped from the
    Dyer County Detention Center early Monday morning"), or one naming none ("A store clerk was shot
    and killed ... Monday night", "arrested ... in connection with the fatal shooting of a store clerk
    ... on the East Side on Monday night"): one event. Only the same day: they agree,
    so that no conflict is ever read from names that do not meet. One report naming two places
    on one day ("shells hit the Fakhura school on Tuesday", "an air strike hit the Gaza City
    market yesterday") tells of two events."""
    return a.doc != b.doc and _event_day(a) is not None and _event_day(a) == _event_day(b)


def _event_day(claim: Claim) -> tuple | None:
    """The day a dated event's claim resolves to, with its class: the entry `_one_day_of` meets by.
    In a report with no date, a weekday stands for the day: undated reports of one story that give
    one class of event on one weekday ("early Monday", "in the early hours of this Monday") tell of
    the same day."""
    date = claim.event_date
    if claim.quantity is not None or date is None or date.granularity != "day" or claim.measure == GENERIC_EVENT:
        return None
    if not date.resolved:  # undated reports of one story: "early Monday", "in the early hours of this Monday"
        return ("weekday", claim.measure, date.weekday) if date.weekday is not None else None
    return ("day", claim.measure, date.start)


def _same_label(a: Period, b: Period) -> bool:
    """Two unresolved dates written alike, or on one weekday however worded ("early Monday",
    "in the early hours of this Monday", "on Monday" in undated reports of one story)."""
    if a.weekday is not None and a.weekday == b.weekday:
        return True
    return a.label.lower() == b.label.lower()


def yearless_days(period: Period | None) -> tuple[int, int] | None:
    """An unresolved date written as a month and day and no year ("November 19", "on 18 November",
    "Wednesday, Nov. 19"), as its day of the year (first and last); None for any other date. Reports
    of one story that give no year write the days of one event in one year: their month-days can be
    compared ("November 19" and "November 18" are a day apart), where "last month" tells nothing."""
    if period is None or period.resolved:
        return None
    return _yearless_label(period.label)


@lru_cache(maxsize=1 << 12)
def _yearless_label(label: str) -> tuple[int, int] | None:
    m = _YEARLESS.fullmatch(label.strip())
    if not m:
        return None
    month = MONTHS[(m.group("month") or m.group("month2")).lower()]
    day = int(m.group("day") or m.group("day2"))
    if not 1 <= day <= (_DAY_OF_YEAR[month + 1] if month < 12 else 366) - _DAY_OF_YEAR[month]:
        return None
    return _DAY_OF_YEAR[month] + day, _DAY_OF_YEAR[month] + day


def yearless_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two yearless spans, across the turn of the year too ("December 31", "January 1")."""
    gap = max(a[0] - b[1], b[0] - a[1], 0)
    return min(gap, 366 - gap) if gap else 0


def _one_deed(a: str, b: str) -> bool:
    """Two dates no event word names, described by one verb first: "the boat left Sfax on Monday",
    "it left the Tunisian port city of Sfax on Monday": the day of one leaving."""
    if a in _EVENT_CLASSES or b in _EVENT_CLASSES:
        return False
    deed = _first_deed(a)
    return bool(deed) and deed == _first_deed(b)


@lru_cache(maxsize=1 << 16)
def _planned_deed(measure: str) -> frozenset[str]:
    """The words after a planning word (`PLANNING_WORDS`) in a date's measure, the deed planned for
    that moment ("expected runway reopen": runway, reopen), or none."""
    words = measure.split()
    at = next((i for i, word in enumerate(words) if word in PLANNING_WORDS), len(words))
    return frozenset(words[at + 1:])


def _planned_apart(a: str, b: str) -> bool:
    """Two planned moments whose planned deeds both are told and share no word: two plans, not one
    told two ways ("expected to close in the first half", "expected to be completed" still meet)."""
    deed_a, deed_b = _planned_deed(a), _planned_deed(b)
    return bool(deed_a) and bool(deed_b) and not deed_a & deed_b


def _first_deed(measure: str) -> str:
    # a finite verb, not a gerund before its noun ("fishing boat left")
    return next(filter(None, (verb_of(w) for w in measure.split() if not w.endswith("ing"))), "")


def _same_thing_undergoes(a: Claim, b: Claim) -> bool:
    """Two dates of one event whose sentences name what underwent it by one noun: "INS Tabar sunk a
    fishing trawler" and "it had sunk Thai trawler 'Ekawat Nava 5'" name the ship that sank it and
    the ship it sank, one sinking. Not a person ("killed a soldier"): many underwent most events."""
    thing = _undergoer(a.sentence, a.measure)
    return bool(thing) and thing == _undergoer(b.sentence, b.measure)


_UNDERGOER_END = re.compile(r"[,;.:\"“”(]|\b(?:that|which|who|under|with|off|in|on|at|after|before|near|from|by|to|and|"
                            r"as|for|during|when|while|was|were|had|has)\b")


@lru_cache(maxsize=1 << 16)
def _undergoer(sentence: str, event: str) -> str:
    """The head noun of what follows the word naming the event (`event`, a class) in a sentence:
    "sunk a fishing trawler that ...": "trawler"; "" when none or a person."""
    for m in _WORD.finditer(sentence):
        if event_class(m.group(0)) == event:
            rest = sentence[m.end():]
            stop = _UNDERGOER_END.search(rest)
            words = [w for w in _WORD.findall(rest[: stop.start() if stop else len(rest)])[:4] if w.islower()]
            head = words[-1] if words else ""  # "sunk Thai trawler 'Ekawat Nava 5'": the name is in apposition
            if not head or singular(head) in PERSON_NOUNS or head in GENERIC_COUNT_UNITS:
                return ""
            return singular(head)
    return ""


def _named_by_each_other(a: Claim, b: Claim) -> bool:
    """Two dates of one event read as two classes, each named in the other's sentence: "crashed
    ... on Thursday, killing all 11 people on board" (a crash) and "Eleven people died yesterday
    when a light aircraft ... crashed" (a death) date one crash and its deaths. A step of the law
    and a harm never are one event, however each names the other: "was charged Saturday with
    murder in the shooting" (a charge) follows "the shooting that killed one driver Thursday"."""
    if (a.measure in LEGAL_STEPS) != (b.measure in LEGAL_STEPS):
        return False
    return a.measure in _sentence_classes(b.sentence) and b.measure in _sentence_classes(a.sentence)


@lru_cache(maxsize=1 << 16)
def _sentence_classes(sentence: str) -> frozenset[str]:
    return frozenset(event_classes(sentence))


def _share_a_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both give two words of names ("Upper Nile", "Gulf of Aden"): one word ("Navy") may name
    two institutions, and a nationality ("Somali") names no one."""
    return len([name for name in set(a) & set(b) if not demonym(name)]) >= 2


def _names_overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    return bool(set(a) & set(b)) or any(same_name(x, y) for x in a for y in b)


def _same_named(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two ages of one named person, whatever deed each report tells of them ("Anthony Ruiz, 35, died",
    "35-year-old Anthony Ruiz of Fresno"): the names decide where both give one."""
    if not (_DEED_ROLES & {*a, *b}):
        return False
    small, large = sorted(([w for w in a if w not in _DEED_ROLES], [w for w in b if w not in _DEED_ROLES]), key=len)
    return bool(small) and _covered(small, large)


# A person's name set beside their age where the extraction gave the age no subject: after the
# age's noun ("the club's 31-year-old captain, Ines Moreau,", "its 9-year-old mare, Starlight.") or
# as the one the sentence says the age of ("Moreau was 31 years old", "Ines Moreau is 31").
_NAME = r"(?:[A-Z][\w'’-]+\s+){0,2}?[A-Z][\w'’-]+"
_NAME_AFTER_AGED_NOUN = re.compile(rf"\s+[a-z]+,\s+({_NAME})(?=\s*[,.;]|\s*$)")
# "a 20-year-old Milwaukee man, identified by the medical examiner as Darnell Hicks,": the name given after
_IDENTIFIED_AFTER_AGED_NOUN = re.compile(rf"(?:\s+[A-Z][\w'’-]+)?\s+[a-z]+,\s+(?:who\s+(?:was|has\s+been)\s+)?(?:identified|named)"
                                         rf"\s+(?:by\s+(?:[\w-]+\s+){{1,3}}?)?as\s+({_NAME})(?=\s*[,.;]|\s*$)")
_NAME_WAS_AGED = re.compile(rf"^\s*({_NAME})\s+(?:was|is)\s+$")
_NOT_NAMES = frozenset({"He", "She", "It", "They", "This", "That", "The", "There", "Who", "Police", "Officials"})


@lru_cache(maxsize=1 << 16)
def _named_beside(sentence: str, start: int, end: int) -> tuple[str, ...]:
    """The name a sentence sets beside an age (`_NAME_AFTER_AGED_NOUN`, `_NAME_WAS_AGED`), if any."""
    aged_noun = sentence[start:end].endswith("-year-old")
    m = (_NAME_AFTER_AGED_NOUN.match(sentence, end) or _IDENTIFIED_AFTER_AGED_NOUN.match(sentence, end)) if aged_noun \
        else _NAME_WAS_AGED.match(sentence[:start])
    words = tuple(m.group(1).split()) if m else ()
    return () if any(w in _NOT_NAMES for w in words) else words


_MODIFIER_AFTER_AGE = re.compile(r"\s+([A-Z][\w'’-]+)\s+[a-z]+\b")  # "a 20-year-old Milwaukee man": where he is from


def _modifiers_after(sentence: str, end: int) -> frozenset[str]:
    """The capitalised word between an age and its person noun ("Milwaukee" in "a 20-year-old
    Milwaukee man"): what the person is, not their name."""
    m = _MODIFIER_AFTER_AGE.match(sentence, end)
    return frozenset({m.group(1)}) if m else frozenset()


def _named_beside_ages(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Ages given no name whose sentence names the person beside them ("the club's 31-year-old
    captain, Ines Moreau,", "Moreau was 31 years old"): stand-ins with that name (kept beside any role
    a stand-in already gave), so that another report's age of the named person is compared."""
    found: dict[int, Claim] = {}
    for i, claim in enumerate(claims):
        claim = taken.get(i, claim)
        modifiers = _modifiers_after(claim.sentence, claim.marked[1])
        if claim.kind == "age" and not any(w[:1].isupper() and w not in modifiers for w in claim.subject) \
                and (name := _named_beside(claim.sentence, *claim.marked)):
            found[i] = replace(claim, subject=(*name, *(w for w in claim.subject if w not in modifiers)))
    return found


# A role set before an age in the sentence that gives it: "The wrong-way driver was 34 years old",
# "The wrong-way driver, identified by the coroner as Brittany Sayers, 35,", "The driver of the
# wrong-way car, a 34-year-old woman": the role is whose age it is, however the report names them.
_ROLE_WAS_AGED = re.compile(r"^\s*[Tt]he\s+(?:[\w'’-]+\s+)?([a-z]+)\s+(?:was|is)\s+(?:aged\s+)?$")
_ROLE_IDENTIFIED_AS = re.compile(rf"^\s*[Tt]he\s+(?:[\w-]+\s+)?([a-z]+),\s+(?:who\s+(?:was|has\s+been)\s+)?(?:identified|named)\s+"
                                 rf"(?:by\s+(?:[\w-]+\s+){{1,5}}?)?as\s+{_NAME},\s+(?:aged\s+)?$")
_ROLE_OF_THING = re.compile(r"^\s*[Tt]he\s+([a-z]+)\s+of\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+an?\s+$")


@lru_cache(maxsize=1 << 16)
def _role_opening_age(sentence: str, start: int) -> str | None:
    """The person noun a sentence opens with and then ages (`_ROLE_WAS_AGED`, `_ROLE_IDENTIFIED_AS`,
    `_ROLE_OF_THING`), if it is one (`PERSON_NOUNS`) and not the plain "man" or "victim"."""
    before = sentence[:start]
    m = _ROLE_WAS_AGED.match(before) or _ROLE_IDENTIFIED_AS.match(before) or _ROLE_OF_THING.match(before)
    noun = m.group(1) if m else None
    return noun if noun in PERSON_NOUNS and noun not in _PLAIN_YOUNG and noun != "victim" else None


# Where one whose age is given died, said after the age ("A 22-year-old man died at the scene", "Jaylen
# Brooks, 23, of Rochester, died at the scene", "was pronounced dead at the scene", "died later in hospital")
# or before it ("The man who died in hospital was 64"): one who died there, not elsewhere or later.
_DIED_AT_AFTER = re.compile(r"(?:(?!\band\b)[^.;:]){0,40}?\b(?:died\s+(?:[a-z]+\s+)?(?:in|at)\s+(?:the\s+|a\s+)?(?P<hospital>hospital)\b"
                            r"|(?:died|was\s+pronounced\s+dead|was\s+declared\s+dead)\s+at\s+the\s+scene\b)")
_DIED_IN_HOSPITAL_BEFORE = re.compile(r"\bwho\s+died\s+(?:[a-z]+\s+)?(?:in|at)\s+(?:the\s+|a\s+)?hospital\s+(?:was|is)\s+(?:aged\s+)?$")
_LISTED_AGE_BEFORE = re.compile(r"\b(?:\d{1,3}|[a-z]+),?\s+and\s+(?:an?\s+)?$")


def _place_of_death(sentence: str, start: int, end: int) -> str | None:
    """"died in hospital" or "died at the scene", where the age's sentence says its person died,
    if it does; not of an age listed with another ("ages 52 and 49, died at the scene": one of two)."""
    if _LISTED_AGE_BEFORE.search(sentence, max(0, start - 20), start):
        return None
    after = _DIED_AT_AFTER.match(sentence, end)
    if after:
        return "died in hospital" if after.group("hospital") else "died at the scene"
    return "died in hospital" if _DIED_IN_HOSPITAL_BEFORE.search(sentence, max(0, start - 80), start) else None


def _roles_opening_ages(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Ages whose sentence opens with the person's role (`_role_opening_age`), or says where they
    died (`_place_of_death`; not of one given a deed already: the report's
    one victim): stand-ins with the role beside what they had, so that another report's age of
    that role is compared, where no other age of the report is of that role."""
    roles: dict[int, str] = {}
    per_document: Counter[tuple[str, str]] = Counter()
    for i, claim in enumerate(claims):
        claim = taken.get(i, claim)
        if claim.kind != "age":
            continue
        said = {_ROLE_CLASSES.get(w.lower(), w.lower()) for w in (*claim.subject, *claim.measure.split()[1:])}
        by_deed = bool(_DEED_ROLES & set(claim.subject))  # the report's one victim already
        if role := _role_opening_age(claim.sentence, claim.marked[0]) or not by_deed \
                and _place_of_death(claim.sentence, *claim.marked):
            role = _ROLE_CLASSES.get(role, role)
            if role not in said:
                roles[i] = role
            said.add(role)
        for role in said:
            per_document[claim.doc, role] += 1
    return {i: replace(taken.get(i, claims[i]), subject=(*taken.get(i, claims[i]).subject, role))
            for i, role in roles.items() if per_document[claims[i].doc, role] == 1}


def _residency_named_alike(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Claims whose subject is who pays a state's fees, by their residence ("Out-of-state students",
    "Nonresident students"): stand-ins with one word for each side (`RESIDENCY_WORDS`)."""
    found: dict[int, Claim] = {}
    for i, claim in enumerate(claims):
        claim = taken.get(i, claim)
        if claim.subject and any(w.lower() in RESIDENCY_WORDS for w in claim.subject):
            found[i] = replace(claim, subject=tuple(RESIDENCY_WORDS.get(w.lower(), w) for w in claim.subject))
    return found


# Two people named together and aged together, in the order named: "Gregory and Denise Whitfield, 52
# and 49" (Gregory Whitfield is 52, Denise Whitfield 49), "Ana Ruiz and Tomas Keller, aged 30 and 41".
_NAME_WORD = r"[A-Z][\w'’-]+"
_PAIRED_NAMES = re.compile(rf"\b((?:{_NAME_WORD}\s+)?{_NAME_WORD})\s+and\s+((?:{_NAME_WORD}\s+)?{_NAME_WORD}),\s+"
                           r"(?:aged?\s+|ages\s+)?(\d{1,3})\s+and\s+(\d{1,3})\b")


@lru_cache(maxsize=1 << 16)
def _paired_ages(sentence: str) -> dict[int, tuple[str, ...]]:
    """Where a sentence names two people and then their two ages (`_PAIRED_NAMES`): each age's
    start, with the name it goes with; a lone first name takes the surname after the second."""
    found: dict[int, tuple[str, ...]] = {}
    for m in _PAIRED_NAMES.finditer(sentence):
        first, second = m.group(1).split(), m.group(2).split()
        if any(w in _NOT_NAMES for w in (*first, *second)):
            continue
        if len(first) == 1 and len(second) == 2:
            first = [first[0], second[1]]
        found[m.start(3)], found[m.start(4)] = tuple(first), tuple(second)
    return found


def _paired_names(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Ages of two people named together and aged together ("Gregory and Denise Whitfield, 52 and
    49"): stand-ins with the name each age goes with, in the order named (`_paired_ages`), kept
    beside any deed a stand-in gave, instead of the name the extraction set nearest."""
    found: dict[int, Claim] = {}
    for i, claim in enumerate(claims):
        claim = taken.get(i, claim)
        if claim.kind == "age" and (name := _paired_ages(claim.sentence).get(claim.marked[0])):
            found[i] = replace(claim, subject=(*name, *(w for w in claim.subject if w in _DEED_ROLES)))
    return found


def _apposed_perpetrators(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Ages of a person by kin or trade whom the sentence sets beside their deed: "The main accused,
    a 35-year-old cousin of the groom", "The suspect, a 29-year-old neighbour" (the perpetrator);
    "The victim, a 38-year-old father" and "the driver who died was 58 years old" (the victim). The
    deed stands for the kin or trade, as a report naming the person by the deed says ("arrested a
    32-year-old relative", "A 39-year-old man died"), when no other age of the report is that deed's
    at another figure."""
    found: dict[int, Claim] = {}
    held: dict[tuple[str, str], set[float]] = defaultdict(set)  # each report's ages by deed, as stand-ins give them
    for i, claim in enumerate(claims):
        claim = taken.get(i, claim)
        if claim.kind == "age" and claim.quantity is not None:
            for deed in _DEED_ROLES & set(claim.subject):
                held[claim.doc, deed].add(claim.quantity.value)
    for i, claim in enumerate(claims):
        claim = taken.get(i, claim)
        if claim.kind != "age" or claim.quantity is None or _DEED_ROLES & set(claim.subject):
            continue
        deed = _deed_beside_age(claim.sentence, *claim.marked)
        if deed and not held[claim.doc, deed] - {claim.quantity.value}:
            found[i] = replace(claim, subject=(*(w for w in claim.subject if w[:1].isupper()), deed))
    return found


# "the driver who died was 58 years old", "The man who was killed was 34": the one a deed brought in, aged
_WHO_DIED_WAS = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)\s+who\s+(?:died|was\s+killed)\s+(?:was|is)\s+(?:aged\s+)?$")


@lru_cache(maxsize=1 << 16)
def _deed_beside_age(sentence: str, start: int, end: int) -> str | None:
    """The deed an age's sentence sets beside it (`_apposed_perpetrators`), if any."""
    m = _APPOSED_BEFORE.search(sentence, max(0, start - 40), start)
    if m is not None and m.group(1) in ACCUSED_NOUNS:
        return "perpetrator"
    if m is not None and m.group(1) == "victim" and re.match(r"[Tt]he\s+victim,", m.group(0)):
        return "victim"  # not "The youngest victim, an 8-year-old girl": one of them
    m = _WHO_DIED_WAS.search(sentence, max(0, start - 60), start)
    return "victim" if m is not None and m.group(1) in PERSON_NOUNS else None


# A speed a vehicle reached, told by what it did: "the motorcycle hit more than 100 mph", "hitting
# speeds of up to 90 mph", "was going about 80 mph", "reached speeds of 160 km/h", "travelling at
# 140km/h". Not a limit ("in a 30 mph zone", "the speed limit of 50 km/h") nor a wind's speed, nor the
# speed at one moment ("was traveling about 80 mph when it struck the car", "at the time of the crash").
_REACHED_SPEED = re.compile(r"\b(?:hit|hitting|hits|reach(?:ed|ing|es)?|go(?:ing)?|went|travel(?:l)?(?:ed|ing)|driv(?:ing|en)|"
                            r"doing|clock(?:ed|ing)|top(?:ped|ping)?|exceed(?:ed|ing))\s+(?:(?:top\s+)?speeds?\s+"
                            r"(?:of\s+)?)?(?:at\s+(?:speeds?\s+of\s+)?)?$")


@lru_cache(maxsize=1 << 16)
def _speed_reached(sentence: str, start: int, end: int) -> bool:
    """Whether a speed is one a vehicle reached on its way (`_REACHED_SPEED`), in a sentence of no
    limit or wind."""
    return _REACHED_SPEED.search(sentence, max(0, start - 40), start) is not None \
        and not _LIMIT_OR_WIND.search(sentence) and not _AT_A_MOMENT.match(sentence, end)


_LIMIT_OR_WIND = re.compile(r"\b(?:limit|zone|winds?|gusts?)\b", re.I)
_AT_A_MOMENT = re.compile(r"\s*,?\s*(?:when|as|at\s+the\s+time|at\s+impact|on\s+impact|moments?\s+before)\b")


# The tally of a vote, told by the voting: "the board voted 6-2 on Thursday", "The board approved the
# plan 6-2", "approved the increase in a 5-3 vote", "passed by a 7-2 margin". Not a game's score.
_VOTED_BEFORE = re.compile(r"\b(?:voted|approved|passed|rejected|adopted|backed|endorsed)\b(?:\s+[\w'’-]+){0,4}?\s+"
                           r"(?:(?:in|by)\s+an?\s+)?$")
_VOTE_AFTER = re.compile(r"\s+(?:vote|decision|margin|ruling)\b")


@lru_cache(maxsize=1 << 16)
def _vote_tally(sentence: str, start: int, end: int) -> bool:
    """Whether a score is the tally of a vote (`_VOTED_BEFORE`, `_VOTE_AFTER`)."""
    return _VOTED_BEFORE.search(sentence, max(0, start - 60), start) is not None or _VOTE_AFTER.match(sentence, end) is not None


# Money a robber got away with, told by the taking: "the suspect took about $400", "Keel left with
# about $400", "made off with an undisclosed amount", "stole more than $2,000 in cash". Not a sum they
# demanded, nor one got back ("police recovered the $300 he took": `_TAKEN_BACK`).
_TAKING_VERBS = r"took|taken|stole|(?:made|got|ran)\s+(?:off|away)\s+with|(?:left|fled|escaped)\s+with|snatched|grabbed"
_TAKEN_BY_ROBBER = re.compile(rf"\b(?:{_TAKING_VERBS})\s+(?:(?:an?\s+)?(?:estimated|total\s+of|undisclosed\s+amount\s+of)\s+)?$")


# ...or by the taking after the sum, in a headline's or a passive's words, where its sentence names the
# robbery: "more than $200K taken in armored truck robbery", "$1.1 million was stolen in the heist", "the
# robbers' $1.1 million haul".
_TAKEN_AFTER = re.compile(r"\s+(?:haul\b|(?:in\s+(?:cash|loot|[a-z]+\s+bills)\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+)?"
                          r"(?:taken|stolen|snatched|grabbed)\b)", re.I)
_ROBBERY = re.compile(r"\b(?:robbery|robberies|robbers?|robbed|" + "|".join(THEFT_WORDS) + r")\b", re.I)
_TAKEN_BACK = re.compile(r"\b(?:recovered|returned|found\s+on|seized\s+from)\b")


@lru_cache(maxsize=1 << 16)
def _taken_by_robber(sentence: str, start: int, end: int) -> bool:
    """Whether a sum is what a robber took (`_TAKEN_BY_ROBBER`, `_TAKEN_AFTER` in a sentence naming
    a robbery), in a sentence of no return of it."""
    taken = _TAKEN_BY_ROBBER.search(sentence, max(0, start - 40), start) is not None \
        or _TAKEN_AFTER.match(sentence, end) is not None and _ROBBERY.search(sentence) is not None
    return taken and _TAKEN_BACK.search(sentence) is None


# The way a chase covered, told by the chase: "led them on a chase of nearly three miles", "The chase
# went south on Main Street for about 2 miles", "the pursuit, which covered about two miles",
# "officers followed the car for about 2 miles". Not how far from a place ("ended 2 miles from the
# border": `distance_from`).
_CHASE_LENGTH = re.compile(r"\b(?:chase[sd]?|chasing|pursuits?|pursued|pursuing|followed|following)\b[^.;:]{0,50}?"
                           r"\b(?:for|of|over|covered|covering|spanning|lasting)\s+$", re.I)


@lru_cache(maxsize=1 << 16)
def _chase_length(sentence: str, start: int, end: int) -> bool:
    """Whether a length is the way a chase covered (`_CHASE_LENGTH`)."""
    return _CHASE_LENGTH.search(sentence, max(0, start - 80), start) is not None \
        and distance_from(sentence, start, end) is None


# Where the sought were found, told by how far from the scene: "Officers spotted a car matching the
# description about 2 miles away", "were arrested less than an hour later about two miles from the
# home", "was found hiding in a shed about a mile from the traffic stop". A finding verb before the
# distance, and "away" or "from the/where" after it; not a chase's length, nor a place named by name.
_FOUND_BEFORE = re.compile(r"\b(?:found|spotted|located|arrested|caught|apprehended|stopped|detained|captured|tracked\s+down)\b"
                           r"[^;]{0,100}$", re.I)
_AWAY_FROM_SCENE = re.compile(r"\s+(?:away\b|from\s+(?:the\s+(?:[a-z]+\s+){0,2}?(?:home|house|scene|stop|shooting|"
                              r"store|bank|station|crash|residence|apartment|business)\b|where\b))")


@lru_cache(maxsize=1 << 16)
def _found_from_scene(sentence: str, start: int, end: int) -> bool:
    """Whether a length is how far from the scene the sought were found (`_FOUND_BEFORE`)."""
    return _AWAY_FROM_SCENE.match(sentence, end) is not None \
        and _FOUND_BEFORE.search(sentence, max(0, start - 110), start) is not None


# The term prosecutors asked a court for, however worded: "Prosecutors had sought 15 years",
# "Prosecutors had asked for 14 years", "the state requested a sentence of 10 years", "prosecutors
# recommended eight years in prison". One request per case; the term given is another fact.
_TERM_SOUGHT = re.compile(r"\b(?:prosecutors?|prosecution|the\s+state|the\s+government|the\s+Crown)\s+(?:had\s+|have\s+|has\s+)?"
                          r"(?:sought|asked\s+for|requested|recommended|called\s+for|pushed\s+for|argued\s+for|wanted)"
                          r"\s+(?:a\s+(?:prison\s+|jail\s+)?(?:sentence|term)\s+of\s+)?$", re.I)


# ...for one defendant: "sought 15 years for Reed and 10 years for Vale" asks two terms of two.
_FOR_NAMED = re.compile(r"\bfor\s+([A-Z][\w'’-]+)")


@lru_cache(maxsize=1 << 16)
def _term_sought(sentence: str, start: int) -> bool:
    """Whether a duration is the term prosecutors asked the court for (`_TERM_SOUGHT`), in a
    sentence that does not name two defendants it is asked for (`_FOR_NAMED`)."""
    named = {name for name in _FOR_NAMED.findall(sentence) if name.lower() not in MONTHS and name.lower() not in WEEKDAYS}
    return len(named) < 2 and _TERM_SOUGHT.search(sentence, max(0, start - 80), start) is not None


# How long a called strike is to last, by the strike's name or its notice: "a 24-hour strike", "a full
# 24-hour stoppage", "a 48-hour walkout", "The strike ... was set to run for 24 hours", "The stoppage
# ... was due to last 21 hours". What the notice says, not how long an earlier strike lasted.
_STRIKE_NAMED_AFTER = re.compile(r"(?:-long)?\s+(?:[a-z]+\s+)?(?:strike|stoppage|walkout)s?\b")
_STRIKE_TO_LAST = re.compile(r"\b(?:strike|stoppage|walkout)\b[^;]{0,90}?\b(?:due|set|scheduled|expected|planned|called)\s+to\s+"
                             r"(?:last|run|go\s+on|continue)\s+(?:for\s+)?(?:a\s+full\s+|about\s+|around\s+|some\s+)?$", re.I)


@lru_cache(maxsize=1 << 16)
def _strike_length(sentence: str, start: int, end: int) -> bool:
    """Whether a duration is how long a called strike is to last (`_STRIKE_TO_LAST`)."""
    return _STRIKE_NAMED_AFTER.match(sentence, end) is not None and sentence[end - 1:end].isalpha() \
        or _STRIKE_TO_LAST.search(sentence, max(0, start - 140), start) is not None


# When in a flight something befell it, counted from its start: "exploded 30 seconds after lift-off",
# "was lost 38 seconds after launch", "About 40 minutes after take-off", "about 50 minutes into the flight".
_SINCE_DEPARTURE = re.compile(r"\s+(?:after|into|from)\s+(?:the\s+|its\s+)?(?:launch|lift-?off|take-?off|departure|flight)\b",
                              re.I)


@lru_cache(maxsize=1 << 16)
def _since_departure(sentence: str, end: int) -> bool:
    """Whether a duration is counted from a flight's start (`_SINCE_DEPARTURE`)."""
    return _SINCE_DEPARTURE.match(sentence, end) is not None


def _covered(small: Sequence[str], large: Sequence[str]) -> bool:
    """Every name in `small` appears in `large` ("Xi" in "Xi Jinping"), spelled alike."""
    return set(small) <= set(large) or all(any(same_name(x, y) for y in large) for x in small)


@lru_cache(maxsize=1 << 16)
def same_name(a: str, b: str) -> bool:
    """One name in two spellings: transliterations and slips ("Jabaliya" and "Jabalya", "Fahora"
    and "Fakhora"): long names, the same first letter, at most about one letter in ten apart."""
    if a == b:
        return True
    return (min(len(a), len(b)) >= NAME_MIN_LENGTH and a[0] == b[0]
            and fuzz.ratio(a, b) >= NAME_SIMILARITY)


class _StoryGate:
    """Whether two claims' documents may be compared: same document, anchored claims, or
    documents of one story (stories.py clusters the documents once, when first asked)."""

    def __init__(self, stories: Stories, clusters: StoryClusters | None = None,
                 lone: frozenset[str] = frozenset()) -> None:
        self.stories = stories
        self.clusters = clusters
        self.lone = lone  # the ids of the claims that are their report's only figure of their unit
        self.artists: Mapping[str, str] = {}  # the artist of a price's work named "the painting" (`_definite_works`)

    def __call__(self, a: Claim, b: Claim) -> bool:
        if a.doc == b.doc or not self.stories or (anchored(a) and anchored(b)):
            return True
        return b.doc in self.documents_like(a.doc)

    def prepare(self) -> None:
        """Build the stories now, if any (before workers are forked, so that they share them)."""
        if self.stories:
            self.documents_like(next(iter(self.stories)))

    def documents_like(self, doc: str) -> frozenset[str]:
        """The documents related to `doc` (`doc` included): its story's, or as close to it."""
        if self.clusters is None:
            self.clusters = StoryClusters(self.stories)
        return self.clusters.related(doc)


def anchored(claim: Claim) -> bool:
    """A claim that pins its fact down by itself: a resolved period or date and a place."""
    when = claim.event_date if claim.quantity is None else claim.period
    return when is not None and when.resolved and bool(claim.scope)


def _consistent_within_document(a: Claim, b: Claim) -> bool:
    """A document does not contradict itself: two of its claims that disagree ("12 magazines"
    in this raid, "31 magazines" in all five) state two different facts."""
    return a.doc != b.doc or _agree(a, b)


def _agree(a: Claim, b: Claim) -> bool:
    """Two claims can both hold: their intervals meet, or their events fall on one day."""
    if a.quantity is None or b.quantity is None:
        if a.event_date is None or b.event_date is None:
            return False
        days_a, days_b = yearless_days(a.event_date), yearless_days(b.event_date)
        if days_a and days_b:
            return yearless_gap(days_a, days_b) == 0
        return a.event_date.overlaps(b.event_date) or _same_label(a.event_date, b.event_date)
    qa, qb = (a.quantity, b.quantity) if a.unit == b.unit else (in_base(a.quantity), in_base(b.quantity))
    (la, ha), (lb, hb) = qa.bounds(), qb.bounds()
    return la <= hb and lb <= ha


def _cluster(claims: list[Claim], related: _StoryGate) -> list[list[Claim]]:
    """Complete linkage in canonical order: each claim joins the first group (oldest first)
    whose every member states the same fact, else starts a group. A group qualifies only if all
    its members are the claim's candidates and each states the same fact, read member by member
    until one does not.
    A time of day may join any group of its day's times however worded, and a count of a specific
    noun any group of its noun that names no other outcome (`compatible`): where several qualify
    (one report gives when a siege began and when it ended, another when it ended; "three boats
    with a Somali crew on board" among the five that approached and the three captured), it joins
    the first whose members it agrees with, if any."""
    groups: list[list[int]] = []
    group_of: list[int] = []
    candidates = _Candidates(claims, related)
    facets: list[Facets | None] = [None] * len(claims)  # read when a claim first meets another: many meet none

    def facets_of(i: int) -> Facets:
        if (found := facets[i]) is None:
            found = facets[i] = Facets(claims[i], claims[i].id in related.lone, related.artists.get(claims[i].id, ""))
        return found

    for i, claim in enumerate(claims):
        held = Counter(group_of[j] for j in candidates.of(i))  # candidates per group: all its members, or it cannot qualify
        qualified = sorted(k for k, count in held.items() if count == len(groups[k]) and all(
            _same_fact(claim, claims[j], related, (facets_of(i), facets_of(j))) for j in groups[k]))
        agreeing = (k for k in qualified if _by_noun_or_day(claim) and all(_agree(claim, claims[j]) for j in groups[k]))
        chosen = next(agreeing, qualified[0] if qualified else len(groups))
        if chosen == len(groups):
            groups.append([])
        groups[chosen].append(i)
        group_of.append(chosen)
        candidates.place(i)
    return [[claims[i] for i in members] for members in groups]


# Below this many claims, grouping runs in this process: forking workers and gathering their
# groups costs more than sharing the blocks saves.
PARALLEL_CLAIMS = 150_000
TASKS_PER_WORKER = 8  # the blocks are dealt into this many tasks a worker, so that none is left with the big ones


def _clustered_blocks(blocks: list[list[Claim]], related: _StoryGate, jobs: int | None) -> Iterator[list[Claim]]:
    """The groups of two or more documents in each block (`_cluster_copies`), block by block in
    the order given. With `jobs` > 1, many claims and a platform whose workers fork (Linux), a pool
    of workers forked from this process clusters the blocks: each inherits the blocks and the
    story gate, takes tasks of blocks dealt out largest first, and sends back only positions in
    its blocks. A block's groups depend on no other block's, so they are the same as here."""
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 2 or not FORKS or sum(map(len, blocks)) < PARALLEL_CLAIMS:
        for block in blocks:
            yield from _groups_of_block(block, related)
        return
    related.prepare()  # the stories are built once, here, not in every worker
    order = sorted(range(len(blocks)), key=lambda n: -len(blocks[n]))
    count = min(len(order), jobs * TASKS_PER_WORKER)
    tasks = [order[k::count] for k in range(count)]  # each task some large blocks and some small
    found: dict[int, list[list[int]]] = {}
    with ProcessPoolExecutor(jobs, mp_context=fork_context(), initializer=_share, initargs=(blocks, related)) as pool:
        try:
            for done in as_completed([pool.submit(_positions_of_groups, task) for task in tasks]):
                found.update(done.result())
        except BrokenProcessPool as error:
            raise ClaimcheckError(Msg.E017, reason=error) from error
    for n, block in enumerate(blocks):
        for members in found.get(n, ()):
            yield [block[i] for i in members]


def _groups_of_block(block: list[Claim], related: _StoryGate) -> Iterator[list[Claim]]:
    return (members for members in _cluster_copies(block, related) if len({c.doc for c in members}) >= 2)


_SHARED: tuple[list[list[Claim]], _StoryGate] | None = None  # in a worker: the blocks and gate it was forked with


def _share(blocks: list[list[Claim]], related: _StoryGate) -> None:
    """In a forked worker, as it starts: keep what it inherited (never set in the process that forks)."""
    global _SHARED
    _SHARED = (blocks, related)


def _positions_of_groups(numbers: list[int]) -> dict[int, list[list[int]]]:
    """In a forked worker: each of these blocks' groups, as positions in its block."""
    blocks, related = _SHARED  # type: ignore[misc]
    found: dict[int, list[list[int]]] = {}
    for n in numbers:
        where = {id(claim): i for i, claim in enumerate(blocks[n])}
        found[n] = [[where[id(c)] for c in members] for members in _groups_of_block(blocks[n], related)]
    return found


def _by_noun_or_day(claim: Claim) -> bool:
    """Claims that `compatible` matches by their noun or their day however worded: times of day,
    counts of a specific noun."""
    return claim.kind == "time" or claim.kind == "count" and claim.unit not in GENERIC_COUNT_UNITS


def _cluster_copies(claims: list[Claim], related: _StoryGate) -> list[list[Claim]]:
    """`_cluster` over the block with each document's copies left out, then each group given
    the copies of its claims: the same groups, in time linear in the copies (`collapse_copies`)."""
    representatives, copies = collapse_copies(claims, related)
    if not copies:
        return _cluster(representatives, related)
    return [sorted(itertools.chain(members, *(copies.get(id(c), ()) for c in members)), key=_canonical)
            for members in _cluster(representatives, related)]


_WHERE = ("id", "doc", "span", "sentence", "sentence_start", "marked")  # where a claim is, and its quotation
_WHAT = attrgetter(*(f.name for f in fields(Claim) if f.name not in _WHERE))


def collapse_copies(claims: list[Claim], related: _StoryGate) -> tuple[list[Claim], dict[int, list[Claim]]]:
    """The claims of a block (in canonical order) that may join a group, less the copies, and
    each kept claim's copies (by the claim's `id()`).

    Syndicated wire copy and republished releases repeat whole articles. Two documents are
    copies in a block when their claims there say the same in the same order (all but where
    they stand and how they are quoted; a sentence counts as which of the document's sentences
    it is) and they tell the same story (name the same names), if stories are given.
    When each claim also states the same fact as its copy (`_same_fact`), the first document
    stands for its copies, and each copied claim joins the group of the claim it copies. The
    groups stay the same: with a claim of another document, a copy is compared exactly as its
    original is (same words, same related documents); with a claim of its own document,
    exactly as the original is with the claim in the same place, which has joined that
    claim's group; with a claim of another copy, across documents, which accepts all that the
    original's document accepted within itself. So a copy refuses every group its original
    refused, every member of the original's group accepts it, and no other claim sees any
    difference. This holds while matching reads positions only to tell whether two claims
    share a document and a sentence; tests/test_match_scale.py compares it with all pairs.
    """
    claims = [c for c in claims if not _matches_nothing(c)]  # each would be a group of its own
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.doc].append(claim)
    outline: dict[tuple, list[list[Claim]]] = defaultdict(list)  # a first sort, on what is quick to compare
    for doc, own in by_doc.items():
        story = related.stories.get(doc, frozenset()) if related.stories else None
        outline[(story, tuple(c.measure for c in own))].append(own)
    alike: dict[tuple, list[list[Claim]]] = defaultdict(list)
    for (story, _), documents in outline.items():
        for own in documents if len(documents) > 1 else ():
            sentences = {start: n for n, start in enumerate(sorted({c.sentence_start for c in own}))}
            alike[(story, tuple((_WHAT(c), sentences[c.sentence_start], c.id in related.lone, related.artists.get(c.id, "")) for c in own))].append(own)
    copies: dict[int, list[Claim]] = {}
    for first, *others in alike.values():
        if others and all(_same_fact(copy, claim, related) for claim, copy in zip(first, others[0])):
            for n, claim in enumerate(first):
                copies[id(claim)] = [other[n] for other in others]
    if not copies:
        return claims, copies
    copied = {id(c) for found in copies.values() for c in found}
    return [c for c in claims if id(c) not in copied], copies


def _same_fact(claim: Claim, member: Claim, related: _StoryGate, facets: tuple[Facets, Facets] | None = None) -> bool:
    """Whether a claim may join a group with `member` in it (`facets`: theirs, if kept)."""
    return related(claim, member) and compatible(claim, member, facets) and _consistent_within_document(claim, member)


class _Candidates:
    """For each claim of a block, the claims placed before it that it could state the same fact
    as: at least every one `_same_fact` accepts, found through indexes instead of a scan.

    What any match must share decides where to look. Ages and dated events with people: a
    name (with stories, in a related document, or both anchored). Other claims, when stories
    are given: a related document (the story gate), or for an anchored claim, another anchored
    one with the same place (a dated event's within a month or so). Without stories, dated events
    need the same place, amounts, counts and rates a similar measure (rapidfuzz's cdist over
    the block's measures) or, for amounts and changes, two words of it."""

    def __init__(self, claims: list[Claim], related: _StoryGate) -> None:
        self.claims = claims
        self.related = related
        self.placed: dict[tuple, list[int]] = defaultdict(list)
        self.similar: dict[str, list[str]] = {}
        if not related.stories:
            self.similar = _similar_measures([c.measure for c in claims if _by_measure(c)])

    def of(self, i: int) -> set[int]:
        """The placed claims that claim i may match."""
        found: set[int] = set()
        for key in self._looked_up(self.claims[i]):
            found.update(self.placed.get(key, ()))
        return found

    def place(self, i: int) -> None:
        for key in self._filed_under(self.claims[i]):
            self.placed[key].append(i)

    @staticmethod
    def _words_of(claim: Claim) -> list[tuple]:
        """Without stories, the entries of the claims whose measure shares two words with its."""
        return [("words", *pair) for pair in _word_pairs(claim.measure)] if _by_shared_words(claim) else []

    @staticmethod
    def _undergoer_of(claim: Claim) -> list[tuple]:
        """A dated event's entry by what underwent it (`_same_thing_undergoes`)."""
        thing = _undergoer(claim.sentence, claim.measure) if claim.measure != GENERIC_EVENT else ""
        return [("undergoer", claim.measure, thing)] if thing else []

    @staticmethod
    def _day_of(claim: Claim) -> list[tuple]:
        """A dated event's entry by its class and day (`_one_day_of`)."""
        day = _event_day(claim)
        return [day] if day else []

    @staticmethod
    def _campaign_of(claim: Claim) -> list[tuple]:
        """Without stories, the entry of a campaign's lengths however worded (`campaign_length`)."""
        return [("campaign",)] if claim.kind == "duration" and campaign_length(claim.sentence, *claim.marked) else []

    def _named(self, claim: Claim, documents: Iterable[str]) -> list[tuple]:
        """An age's or a dated event's entries by its people, what underwent it and its day. With
        stories, each under every one of `documents` (its own when filed, the related ones when
        looked up), and once more for an anchored claim: the story gate lets no other pair
        through, and a role shared across the archive ("man", "girl") would otherwise bring every
        claim of it into every lookup."""
        keys = [("name", name) for name in claim.subject] + self._undergoer_of(claim) + self._day_of(claim)
        if not self.related.stories:
            return keys
        gated = [(*key, doc) for key in keys for doc in documents]
        return gated + [("anchored", *key) for key in keys] if anchored(claim) else gated

    @staticmethod
    def _months_of(claim: Claim, reach: int = 0) -> list[tuple]:
        """With stories, an anchored dated event's entries by its place and each month its date
        spans, widened by `reach` days either side: two such events (which name no people) more
        than VICTIM_WINDOW_DAYS apart are two events (`_same_event`), and an archive's years of
        events in one country are not all looked at."""
        when = claim.event_date
        first = when.start - timedelta(days=reach)  # type: ignore[union-attr,operator]
        last = when.end + timedelta(days=reach)  # type: ignore[union-attr,operator]
        return [("dated", claim.scope, month) for month in range(first.year * 12 + first.month, last.year * 12 + last.month + 1)]

    def _filed_under(self, claim: Claim) -> list[tuple]:
        """Every entry a claim that may match this one looks up."""
        if claim.subject and not _by_measure(claim):
            return self._named(claim, (claim.doc,))
        if _matches_nothing(claim):
            return []
        keys: list[tuple] = [("doc", claim.doc)] if self.related.stories else []
        if claim.quantity is None:  # and by its day, as a report naming places files it (`_one_day_of`)
            keys += self._named(claim, (claim.doc,))
        if claim.quantity is None and not self.related.stories:  # a report naming no country meets any
            keys.append(("scope", claim.scope))
            keys += [("any scope",)] if claim.scope else []
        elif claim.quantity is None:
            keys += self._months_of(claim) if anchored(claim) else []
        elif not self.related.stories:
            keys.append(("measure", claim.measure))
            keys += self._words_of(claim) + self._campaign_of(claim)
        elif anchored(claim):
            keys.append(("anchored", claim.scope))
        return keys

    def _looked_up(self, claim: Claim) -> list[tuple]:
        """Entries under which every claim this one may match is filed."""
        if claim.subject and not _by_measure(claim):
            return self._named(claim, self.related.documents_like(claim.doc) if self.related.stories else ())
        if _matches_nothing(claim):
            return []
        if not self.related.stories:
            if claim.quantity is None:
                return [("scope", claim.scope), ("scope", ()) if claim.scope else ("any scope",), *self._named(claim, ())]
            return [("measure", measure) for measure in self.similar.get(claim.measure, [claim.measure])
                    ] + self._words_of(claim) + self._campaign_of(claim)
        keys: list[tuple] = [("doc", doc) for doc in self.related.documents_like(claim.doc)]
        if claim.quantity is None:
            keys += self._named(claim, self.related.documents_like(claim.doc))
        if anchored(claim):  # anchored claims pass the story gate together
            keys += self._months_of(claim, VICTIM_WINDOW_DAYS) if claim.quantity is None else [("anchored", claim.scope)]
        return keys


def _matches_nothing(claim: Claim) -> bool:
    """An unknown person's age: `compatible` needs to know whose it is. A date that names people
    and no event ("Six people were still missing on Monday evening", "Some 18,000 residents were
    still without electricity on Tuesday morning"): when a report saw a state of some people, not
    when anything happened, and two such are of different states."""
    return claim.kind == "age" and not claim.subject or claim.quantity is None and (
        _names_only_people(claim.measure) or _day_of_saying(claim)) or _introduces_one(claim)


# "One passenger, Niamh Kavanagh from Co Meath, told ...": a person brought in by name, not a count
_ONE_OF = re.compile(r"one\s+[a-z][\w-]*", re.I)
_NAME_NEXT = re.compile(r",\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


def _introduces_one(claim: Claim) -> bool:
    """A count of one with a name in apposition ("One passenger, Niamh Kavanagh, said"): it brings
    a person in to quote, and counts nothing that other reports count."""
    return claim.kind == "count" and bool(_ONE_OF.fullmatch(claim.text)) and bool(
        _NAME_NEXT.match(claim.sentence, claim.marked[1]))


# "..., killing at least 16 people, officials said Monday": the day after a plain verb of saying
# (and its hearers) is when the report was given, not when the event befell (which another report
# dates "on Sunday night")
def _day_of_saying(claim: Claim) -> bool:
    """A date that only says when a source spoke (measure.day_of_saying)."""
    return day_of_saying(claim.sentence, *claim.marked)


@lru_cache(maxsize=1 << 12)
def _names_only_people(measure: str) -> bool:
    return bool(measure) and all(w in GENERIC_COUNT_UNITS or singular(w) in PERSON_NOUNS for w in measure.split())


def _by_measure(claim: Claim) -> bool:
    """Claims that `compatible` compares by measure (all quantities but ages)."""
    return claim.quantity is not None and claim.kind != "age"


def _similar_measures(measures: Sequence[str]) -> dict[str, list[str]]:
    """For each distinct measure, the distinct measures whose wording is similar enough to be
    one measure (`measures_match` decides for good), all scores in one vectorised call."""
    distinct = sorted(set(measures))
    if len(distinct) < 2:
        return {}
    scores = process.cdist(distinct, distinct, scorer=fuzz.token_set_ratio, score_cutoff=MEASURE_SIMILARITY)
    return {measure: [distinct[j] for j in row.nonzero()[0]] for measure, row in zip(distinct, scores)}


def _vague(claim: Claim) -> bool:
    """A figure written as a wide range of magnitude ("Thousands of surgeries", "hundreds of
    residents") or open above ("Dozens treated", "scores of homes"), no digit in it: it is placed
    after the block's figures, so that it joins the group its report's precise figure is in ("about
    1,800 planned surgeries") rather than take the place of that figure in another group."""
    q = claim.quantity
    if q is None or q.lower is None or q.lower <= 0 or any(ch.isdigit() for ch in claim.text):
        return False
    return q.upper >= 4 * q.lower if q.upper is not None else q.hedge is None  # "at least six" is a figure


def _canonical(claim: Claim) -> tuple:
    return (claim.doc, claim.span.start, claim.span.end, claim.id)


def _group(members: list[Claim]) -> ClaimGroup:
    ids = "|".join(sorted(c.id for c in members))
    group_id = "g" + hashlib.sha1(ids.encode()).hexdigest()[:10]
    return ClaimGroup(group_id, label_of(members), tuple(members))


def label_of(members: Sequence[Claim]) -> str:
    """A short name for a group: measure · scope · period."""
    first = min(members, key=lambda c: (c.measure == GENERIC_EVENT, len(c.measure), c.measure))
    parts = [first.measure or first.kind]
    if first.quantity is None and first.subject:
        parts[0] = f"{first.measure} ({', '.join(_short_names(members))})"
    if first.event_date is not None:
        parts.append(period_label(first.event_date))
    if first.scope:
        parts.append("–".join(first.scope))
    if first.period is not None:
        parts.append(period_label(first.period))
    if first.kind in ("threshold", "change"):
        parts.append(first.kind)
    return " · ".join(parts)


def _short_names(members: Sequence[Claim]) -> list[str]:
    common = set(members[0].subject)
    for member in members[1:]:
        common &= set(member.subject) or common
    return sorted(common) or list(members[0].subject)


def period_label(period: Period) -> str:
    """A canonical name for a period: 2025, Q1 2026, H1 2026, 2025-12, 2026-02-04, 2023–2025."""
    if not period.resolved:
        return period.label
    s, e = period.start, period.end
    assert s is not None and e is not None
    if period.granularity == "year":
        return str(s.year)
    if period.granularity == "quarter":
        return f"Q{(s.month - 1) // 3 + 1} {s.year}"
    if period.granularity == "half":
        return f"H{(s.month - 1) // 6 + 1} {s.year}"
    if period.granularity == "month":
        return s.isoformat()[:7]
    if s == e:
        return s.isoformat()
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        return f"{s.year}–{e.year}"
    return f"{s.isoformat()}–{e.isoformat()}"


# The size of a crowd at the story's gathering, told by the gathering: "about 100 people had gathered
# at the house", "Roughly 150 people attended the party", "More than 100 people packed into the hall",
# "a crowd of about 200", "More than 30,000 people were on the grounds", "attendance on the final night, the
# busiest of the week, was about 25,000". Two gatherings named apart ("attended his funeral", "attended a vigil") are
# kept apart before (`_two_gatherings`).
_THE_GATHERING = frozenset(("", "party", "gathering", "event", "celebration"))
_CROWD_AFTER = re.compile(r"\s*(?:(?:had|have|has|were|was)\s+)?(?:(?:already|reportedly|all)\s+)?"
                          r"(?:gathered|attended|attending|packed|crammed|crowded|squeezed|turned\s+out|showed\s+up|"
                          r"were\s+(?:at|inside|on)\s+the\s+(?:party|gathering|event|celebration|house|venue|grounds|site))\b", re.I)


@lru_cache(maxsize=1 << 16)
def _crowd_at(sentence: str, start: int, end: int) -> bool:
    """Whether a count of people is the size of a crowd (`_CROWD_AFTER`, `measure.GATHERING_SIZE_BEFORE`)."""
    return _CROWD_AFTER.match(sentence, end) is not None \
        or GATHERING_SIZE_BEFORE.search(sentence, max(0, start - 120), start) is not None


def _story_role(claim: Claim) -> str:
    """The one figure of its story a figure gives, told by its own sentence (`compatible` meets two
    of one role): "crowd" (`_crowd_at`, of no gathering named apart), "ballot share" (`_share_in_favour`), "found from scene"
    (`_found_from_scene`), "term sought" (`_term_sought`); or ""."""
    sentence, (start, end) = claim.sentence, claim.marked
    if claim.kind == "count" and claim.unit == "people" and _crowd_at(sentence, start, end) \
            and _attended_at(sentence, end) in _THE_GATHERING:
        return "crowd"
    if claim.dimension == "percent" and _share_in_favour(sentence, start, end):
        return "ballot share"
    if claim.dimension == "length" and _found_from_scene(sentence, start, end):
        return "found from scene"
    if claim.kind == "duration" and _term_sought(sentence, start):
        return "term sought"
    return ""


# The share of a ballot that backed what was put to it, told by the backing: "members backed strike
# action by 89%", "89.3 per cent of those who voted backed strikes", "with 88 per cent voting in favour",
# "72% voted yes". Not the turnout ("on a turnout of 61%") nor the share against.
_BACKED = r"(?:backed|backing|back|supported|supporting|voted\s+(?:for|yes|in\s+favou?r)|voting\s+(?:for|yes|in\s+favou?r)|" \
          r"in\s+favou?r\s+of|approved|endorsed)"
_BACKED_BEFORE = re.compile(rf"\b{_BACKED}\b[^.;:%]{{0,40}}?\bby\s+(?:a\s+(?:margin|majority)\s+of\s+)?$", re.I)
_BACKED_AFTER = re.compile(rf"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,10}}?)?\s*(?:(?:had|have|has)\s+)?{_BACKED}\b"
                           r"(?!\s+(?:against|no)\b)", re.I)
_AGAINST = re.compile(r"\b(?:against|opposed|rejected|voted\s+no)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _share_in_favour(sentence: str, start: int, end: int) -> bool:
    """Whether a percentage is the share of a ballot in favour (`_BACKED_BEFORE`, `_BACKED_AFTER`)."""
    after = _BACKED_AFTER.match(sentence, end)
    if after is not None and _AGAINST.search(sentence, end, after.end()) is None:
        return True
    return _BACKED_BEFORE.search(sentence, max(0, start - 60), start) is not None


# The value of what thieves took, told by the goods after the sum: "made off with what the owner says
# is about $1.5 million in merchandise", "stole more than $1 million worth of jewelry", "took an
# estimated $900,000 in watches". The taking stands before the sum in its clause; not what was
# recovered (`_TAKEN_BACK`).
_LOOT_AFTER = re.compile(r"\s+(?:worth\s+of|in|of)\s+(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(LOOT_NOUNS) + r")\b", re.I)
_TAKING = re.compile(rf"\b(?:{_TAKING_VERBS}|taken|stolen|steal|stealing|looted|swiped|haul)\b[^.;:]{{0,60}}$", re.I)


# ...or by the worth of what was stolen, before the sum: "stole three paintings worth an estimated
# $20 million", "Two drawings, valued at about $18m, have been stolen".
_WORTH_BEFORE = re.compile(rf"\b(?:worth|valued\s+at)\s+(?:(?:{HEDGES})\s+)?$", re.I)
_THEFT = re.compile(r"\b(?:" + "|".join(THEFT_WORDS) + r")\b", re.I)
# ...the theft told of the valued goods after them: "Two drawings, valued at about $18m (£14m), have
# been stolen" (not "broke into the home, valued at $3 million, and stole jewelry": the home's worth).
_STOLEN_AFTER = re.compile(r"(?:\s*\([^()]*\))?[^.;:()]{0,20}?,\s*(?:\w+\s+){0,2}?(?:has|have|had|was|were)\s+"
                           r"(?:been\s+)?(?:stolen|taken|looted)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _loot_worth(sentence: str, start: int, end: int) -> bool:
    """Whether a sum is the value of goods thieves took (`_LOOT_AFTER`, `_TAKING`; `_WORTH_BEFORE`)."""
    if _TAKEN_BACK.search(sentence) is not None:
        return False
    worth = _WORTH_BEFORE.search(sentence, max(0, start - 40), start)
    if worth is not None:  # the theft told of what is valued: before the worth in its clause, or as its sentence's verb
        clause = max(sentence.rfind(mark, 0, worth.start()) for mark in ",;:") + 1
        return _THEFT.search(sentence, clause, worth.start()) is not None or _STOLEN_AFTER.match(sentence, end) is not None
    return _LOOT_AFTER.match(sentence, end) is not None and _TAKING.search(sentence, max(0, start - 80), start) is not None


def _one_loot(a: Claim, b: Claim) -> bool:
    """Two sums of one story that both give the value of what thieves took (`_loot_worth`), or one
    that does and one told by the taking alone (`_taken_by_robber`)."""
    if a.dimension != "currency" or b.dimension != "currency":
        return False
    loot_a, loot_b = _loot_worth(a.sentence, *a.marked), _loot_worth(b.sentence, *b.marked)
    return (loot_a or loot_b) and (loot_a or _taken_by_robber(a.sentence, *a.marked)) \
        and (loot_b or _taken_by_robber(b.sentence, *b.marked))


# The count a change is the change of, stated just before it in its clause: "carried 1.42 million
# passengers in October, up 9% from a year earlier", "sold 84,000 cars last month, an increase of 6%".
# Two reports' changes of one count of one noun in one period are one change, whatever verb tells the
# count ("carried", "transported", "flew").
_CHANGED_COUNT = re.compile(r"\b\d[\d.,]*(?:\s+(?:million|billion|thousand))?\s+([a-z]+)\b[^.;:%]{0,40}?,\s*"
                            r"(?:(?:which\s+(?:was|is)\s+)?(?:up|down)|an?\s+(?:increase|rise|jump|gain|drop|fall|decline|"
                            rf"decrease)\s+of)\s+(?:(?:{HEDGES})\s+)?$", re.I)


@lru_cache(maxsize=1 << 16)
def _changed_count_noun(sentence: str, start: int) -> str:
    """The noun of the count a change is the change of (`_CHANGED_COUNT`), or ""."""
    found = _CHANGED_COUNT.search(sentence, max(0, start - 120), start)
    return singular(found.group(1).lower()) if found else ""


def _one_count_change(a: Claim, b: Claim) -> bool:
    """Two changes of one story, each the change of a count of one noun told just before it."""
    return a.kind == b.kind == "change" and "" != _changed_count_noun(a.sentence, a.marked[0]) \
        == _changed_count_noun(b.sentence, b.marked[0])


# What a union or a side asked for, in percent: "The union had asked for a rise of 8%", "the union's
# claim was for 6.5 per cent", "is demanding a 9% pay increase", "the union wants 10%". A dispute
# has one demand on the table, told as a rise or as a bare share; an earlier or revised demand is told
# as such and kept apart (`_ANOTHER_DEMAND`). A sum is asked for only as a ransom or by "demanded"
# (`_MONEY_DEMAND_BEFORE`): "the city sought $3 million in aid" and "the county is seeking $1.2
# million" are two requests.
_DEMAND_BEFORE = re.compile(r"\b(?:asked\s+for|asking\s+for|wants|wanted|demanded|demanding|demands?|sought|seeking|seeks|called\s+for|"
                            r"calling\s+for|claim(?:ed|ing)?(?:\s+(?:was|is|had\s+been))?\s+(?:for|of))\s+"
                            r"(?:(?:a|an)\s+)?(?:(?:(?:pay\s+)?(?:rise|increase|raise|hike|uplift)|ransom)\s+of\s+)?"
                            rf"(?:(?:{HEDGES})\s+)?$", re.I)
_MONEY_DEMAND_BEFORE = re.compile(r"\b(?:demanded|demanding|demands?|ransom\s+of)\s+(?:(?:a|an)\s+)?(?:ransom\s+of\s+)?"
                                  rf"(?:(?:{HEDGES})\s+)?$", re.I)
_ANOTHER_DEMAND = re.compile(r"\b(?:earlier|previous|initial|original|first|revised|new|reduced|lowered)\s+(?:pay\s+)?"
                             r"(?:claim|demand)|\b(?:initially|originally|previously|dropped|lowered|reduced|cut)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _demanded_at(sentence: str, start: int, money: bool = False) -> bool:
    """A percentage (or with `money`, a sum) the sentence says one side asked for, of one demand only."""
    return (_MONEY_DEMAND_BEFORE if money else _DEMAND_BEFORE).search(sentence, max(0, start - 60), start) is not None \
        and _ANOTHER_DEMAND.search(sentence) is None


def _demands_as_changes(claims: list[Claim], taken: Mapping[int, Claim]) -> dict[int, Claim]:
    """Bare percentages asked for (`_demanded_at`: "the union's claim was for 6.5 per cent"):
    stand-ins told as the rise asked for, so that other reports' "asked for a rise of 8%" meet them."""
    stand_ins: dict[int, Claim] = {}
    for i, original in enumerate(claims):
        claim = taken.get(i, original)
        if claim.kind == "rate" and claim.dimension == "percent" and _demanded_at(claim.sentence, claim.marked[0]):
            stand_ins[i] = replace(claim, kind="change")
    return stand_ins


def _both_on_the_table(a: Claim, b: Claim) -> bool:
    """Two figures of one story that both say one side's stand in a dispute: a dispute has one offer
    and one demand on the table, whoever the reports name as making it. What was offered is a
    percentage ("Lufthansa has offered 5.5%", "the airline has offered 4.5%"); what was asked for, a
    pay rise or a ransom ("the union's claim was for 7 per cent", "the kidnappers had demanded 100
    million naira"). An offer or demand that replaced another is told as such and kept apart."""
    if a.dimension == "percent" and a.kind == b.kind \
            and _offered_at(a.sentence, *a.marked) and _offered_at(b.sentence, *b.marked):
        return True
    money = a.dimension == "currency"
    return a.dimension == b.dimension and a.dimension in ("percent", "currency") \
        and _demanded_at(a.sentence, a.marked[0], money) and _demanded_at(b.sentence, b.marked[0], money)
