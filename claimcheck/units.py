"""What a number counts or measures: currency, percent, percentage points, counted nouns, time
spans and physical units.

Money, percentages and counts come from our own tables (lexicon.py): on news text they are
exact where quantulum3 guesses. Physical units ("80 m", "260 ft", "5 km2") come from
quantulum3's unit catalogue, looked up for the few words after a number; its parser is never
run over documents. The catalogue is read from a snapshot of the installed quantulum3 version
(`quantulum3_units.json`), which spares every process the 2 s that importing it costs.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import warnings
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .lexicon import (
    AGE_AFTER,
    ANGLE_WORDS,
    BASIS_POINT_WORDS,
    CASUALTY_WORDS,
    CODE_SCALES,
    CODES_THAT_ARE_WORDS,
    COUNT_NOUN_UNITS,
    CURRENCY_NAMES,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    DEMONYM_ENDINGS,
    GLUED_CURRENCY_SUFFIXES,
    MAGNITUDE_AFTER,
    METRE_EVENTS,
    MINOR_UNITS,
    MODIFIER_NOT_NOUNS,
    MONEY_WORDS,
    MULTIPLIER_WORDS,
    NOT_COUNT_NOUNS,
    NOT_SUPERLATIVES,
    NOT_VERBS,
    ORDINAL_NOT_COUNTED,
    PER_TIME_UNITS,
    PERCENT_LOWER_ONLY,
    PERCENT_WORDS,
    PERCENTAGE_POINT_WORDS,
    PLURAL_NOUNS,
    SIZE_WORDS,
    SPEED_LENGTHS,
    TEMPERATURE_WORDS,
    TIME_UNITS,
    UNIT_NAMES,
    UNIT_SURFACES,
    WEIGHT_WORDS,
)
from .model import Quantity
from .numbers import GLUED_ONLY, SCALE_ABBREVIATIONS, SCALES, TENS, UNITS, _alt

PHYSICAL_DIMENSIONS = frozenset(
    {"length", "area", "volume", "mass", "speed", "temperature", "energy", "power", "pressure",
     "data storage", "frequency", "angle"}
)


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found next to a number: the canonical unit, its dimension, and the characters it
    covers (`before` characters to the left of the number, `after` to the right)."""

    unit: str
    dimension: str
    before: int = 0
    after: int = 0
    factor: float = 1.0  # "two decades" counts 20 years
    measure: str = ""  # what the unit's own wording says is counted ("killed" in "3 dead")


# Symbols and codes as written, and the codes that no English word spells also in lower case.
_PREFIXES = CURRENCY_PREFIXES | {
    p.lower(): code for p, code in CURRENCY_PREFIXES.items()
    if re.fullmatch(r"[A-Z]{3}\$?", p) and p.lower() not in CODES_THAT_ARE_WORDS
}
_PREFIX_RE = re.compile(
    r"(?:^|(?<=[\s(\[\"'“‘/–—-]))("
    + "|".join(re.escape(p) for p in sorted(_PREFIXES, key=len, reverse=True))
    + r")\s?$"
)
_ISO_CODES = sorted({p for p in CURRENCY_PREFIXES if re.fullmatch(r"[A-Z]{3}", p)}, key=len, reverse=True)
_SCALED_CODE = "(" + "|".join(CODE_SCALES) + ")(" + "|".join(_ISO_CODES) + ")"
_SCALED_CODE_RE = re.compile(_SCALED_CODE)
_SCALED_CODE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))" + _SCALED_CODE + r"\s?$")
_SCALED_CODE_AFTER_RE = re.compile(r"\s?" + _SCALED_CODE + r"(?![\w$])")
_SCALE_AFTER_CODE_RE = re.compile(  # "75 USD million": a scale word after the code
    r"\s+(" + "|".join(sorted({*SCALES, *SCALE_ABBREVIATIONS} - GLUED_ONLY - {"hundred", "dozen"}, key=len, reverse=True))
    + r")\b", re.IGNORECASE)
_LOST_SIGN_RE = re.compile(r"(?:(?<=[a-z\s])\?|(?:^|(?<=[\s(]))\ufffd+)\s?$")
_SPACED_DOLLAR_RE = re.compile(r"(?:^|(?<=[\s(]))(C|HK|US|NZ|AU|CA)\s\$\s?$", re.I)
_SUFFIX_RE = re.compile(r"\s?(" + "|".join(re.escape(s) for s in CURRENCY_SUFFIXES) + r")(?![\w$€£])")
_AGE_AFTER_RE = re.compile(r"[\s-]*(?:" + "|".join(re.escape(w) for w in AGE_AFTER) + r")(?![A-Za-z])", re.I)
_PRIME_RE = re.compile(  # "5′10″", "6'2\"", "a 10\" long blade", "a 55″ screen"
    r"(?P<foot>′|'(?=\d{1,2}(?:\.\d+)?\s?(?:\"|″|'')))|(?P<inch>″|\"(?=\s?(?:"
    + "|".join(SIZE_WORDS) + r")\b))")
# a word, with the last stop of dotted initials ("U.S.", "U.K."): "2,150 U.S. stores" counts stores
_WORD_RE = re.compile(r"[A-Za-z](?:[A-Za-z0-9'’-]|\.(?=[A-Za-z]))*(?:(?<=\.[A-Z])\.)?|%|[^\sA-Za-z0-9]")
# Longest first, sorted once: "percentage points" before "pp", "us dollars" before "dollars".
_PERCENTAGE_POINT_WORDS = sorted(PERCENTAGE_POINT_WORDS, key=len, reverse=True)
_PERCENT_WORDS = sorted(PERCENT_WORDS, key=len, reverse=True)
_BASIS_POINT_WORDS = sorted(BASIS_POINT_WORDS, key=len, reverse=True)
_CURRENCY_NAMES = sorted(CURRENCY_NAMES, key=len, reverse=True)
# The same names by their first two characters (longest first within each), the one-character
# names under their character too (the shortest, so last): a word is tried only against the names
# it could be ("pe..." against "peso", not "pound").
_CURRENCY_NAMES_BY_TWO = {two: [name for name in _CURRENCY_NAMES if name[:2] == two or name == two[:1]]
                          for two in {name[:2] for name in _CURRENCY_NAMES} | {name[:1] for name in _CURRENCY_NAMES}}


def _by_first(words: list[str]) -> dict[str, list[str]]:
    """`words` by first character, in their order: a text is tried only against those it starts with."""
    return {first: [w for w in words if w[:1] == first] for first in {w[:1] for w in words}}


_PERCENTAGE_POINT_BY_FIRST = _by_first(_PERCENTAGE_POINT_WORDS)
_BASIS_POINT_BY_FIRST = _by_first(_BASIS_POINT_WORDS)
_PERCENT_BY_FIRST = _by_first(_PERCENT_WORDS)
_MULTIPLIER_FIRSTS = frozenset(w[:1] for w in MULTIPLIER_WORDS) | frozenset(w.lstrip("-")[:1] for w in MULTIPLIER_WORDS)
_FIRST_WORD_RE = re.compile(r"(?:-[ \t]?)?([A-Za-z]+)")  # "years", "-year", "- Year" (tokenised)
_LETTER_RUN_RE = re.compile(r"[A-Za-z]+")


def currency_before(left: str) -> UnitMatch | None:
    """A currency symbol or code written just before a number ("$", "US$", "RMB ", "C $")."""
    m = _PREFIX_RE.search(left[-8:])
    scaled = None if m else _SCALED_CODE_BEFORE_RE.search(left[-8:])
    if scaled:  # "MAUD 60": 60 million Australian dollars
        return UnitMatch(CURRENCY_PREFIXES[scaled.group(2)], "currency", before=len(scaled.group(0)),
                         factor=CODE_SCALES[scaled.group(1)])
    if not m:
        lost = _LOST_SIGN_RE.search(left[-8:])  # "to lend? 22.4bn", "a ����110 billion": a sign lost
        return UnitMatch("XXX", "currency", before=len(lost.group(0))) if lost else None
    if _sign_of_previous_amount(left[: len(left) - len(m.group(0))], m.group(0)):
        return None
    code = _PREFIXES[m.group(1)]
    spaced = _SPACED_DOLLAR_RE.search(left[-12:])  # "C $ 16.4 million", "HK $ 10": tokenised text
    if code == "USD" and spaced and f"{spaced.group(1).upper()}$" in CURRENCY_PREFIXES:
        return UnitMatch(CURRENCY_PREFIXES[f"{spaced.group(1).upper()}$"], "currency", before=len(spaced.group(0)))
    return UnitMatch(code, "currency", before=len(m.group(0)))


def is_currency_code(word: str) -> bool:
    """ "USD", "rmb", "MSEK": a currency code, not a model or a name ("AK", "F")."""
    return word in _PREFIXES or _SCALED_CODE_RE.fullmatch(word) is not None


_AMOUNT_END_RE = re.compile(r"(?<![\d,.])(?!(?:1[89]|20)\d\d\s)\d[\d,.]*\s$")  # not a year: "in 2025 USD 200"


def _sign_of_previous_amount(left: str, sign: str) -> bool:
    """ "17 USD 25", "10 $ 30 cents": a code or sign spaced off between two numbers is the first
    one's, unless that one has its own ("RMB 10 USD 20"); "3 USD50" is still the second's."""
    amount = _AMOUNT_END_RE.search(left)
    if amount is None or not sign[-1].isspace():
        return False
    return currency_before(left[: amount.start()]) is None


def unit_after(right: str, *, allow_count: bool = True, one: bool = False) -> UnitMatch | None:
    """The unit written just after a number: "%", "percentage points", "yuan", "times",
    "years", "km", or a counted noun ("people", "suppliers")."""
    stripped = right.lstrip()
    lead = len(right) - len(stripped)
    low = stripped.lower()
    if low.startswith("%"):
        return UnitMatch("percent", "percent", after=lead + 1)
    prime = _PRIME_RE.match(stripped)
    if prime:
        return UnitMatch("foot" if prime.group("foot") else "inch", "length", after=lead + prime.end())
    hyphen = 1 if low.startswith("-") else 0  # "a 2.5-percentage-point rise", "a one-yen bid"
    named = low[hyphen:]
    first_char = named[:1]
    for words in _PERCENTAGE_POINT_BY_FIRST.get(first_char, ()):
        if _starts_with_word(named, words):
            return UnitMatch("percentage point", "percent", after=lead + hyphen + len(words))
    for words in _BASIS_POINT_BY_FIRST.get(first_char, ()):
        if _starts_with_word(named, words):
            return UnitMatch("percentage point", "percent", after=lead + hyphen + len(words), factor=0.01)
    for words in _PERCENT_BY_FIRST.get(first_char, ()):
        if _starts_with_word(named, words) and (
                words not in PERCENT_LOWER_ONLY or stripped[hyphen:].startswith(words)):
            return UnitMatch("percent", "percent", after=lead + hyphen + len(words))
    suffix = _SUFFIX_RE.match(right)
    if suffix:
        return UnitMatch(CURRENCY_SUFFIXES[suffix.group(1)], "currency", after=suffix.end())
    glued = right[:1]
    if glued in GLUED_CURRENCY_SUFFIXES and not right[1:2].isalnum():  # "450p"
        return UnitMatch(GLUED_CURRENCY_SUFFIXES[glued], "currency", after=1)
    if glued == "m" and right[1:2].isspace():  # "3m euros", "1.2m people", "2m Syrian refugees"
        millions = _millions_of(right[1:], allow_count)
        if millions is not None:
            return replace(millions, after=1 + millions.after, factor=10**6)
    scaled = _SCALED_CODE_AFTER_RE.match(right)
    if scaled:  # "30 MUSD": 30 million US dollars
        return UnitMatch(CURRENCY_PREFIXES[scaled.group(2)], "currency", after=scaled.end(),
                         factor=CODE_SCALES[scaled.group(1)])
    for name in _CURRENCY_NAMES_BY_TWO.get(named[:2], ()):  # only the names it could start with
        if _starts_with_word(named, name):
            after = lead + hyphen + len(name)
            scale = _SCALE_AFTER_CODE_RE.match(right, after) if name.upper() in _ISO_CODES else None
            if scale:
                word = scale.group(1).lower()
                factor = SCALES.get(word) or SCALE_ABBREVIATIONS[word]
                return UnitMatch(CURRENCY_NAMES[name], "currency", after=scale.end(), factor=factor)
            return UnitMatch(CURRENCY_NAMES[name], "currency", after=after)
    for word in MULTIPLIER_WORDS if low[:1] in _MULTIPLIER_FIRSTS else ():
        if _starts_with_word(low, word.lstrip("-")) or low.startswith(word):
            if word == "times" and allow_count:
                return UnitMatch("times", "count", after=lead + len("times"))
            if word != "times":
                return UnitMatch("fold", "ratio", after=lead + len(word))
    first = _FIRST_WORD_RE.match(stripped)
    if first and first.group(0)[1:2].isspace() and first.group(1).lower() not in TIME_UNITS:
        first = None  # "an Eight - Year Offer" is a span of time; "won 3 - Smith scored" no unit
    if first:
        word = first.group(1).lower()
        if word in TIME_UNITS:
            unit, factor = TIME_UNITS[word]
            old = _AGE_AFTER_RE.match(stripped, first.end())
            if old and factor == 1:
                return UnitMatch(unit, "age", after=lead + old.end())
            return UnitMatch(unit, "duration", after=lead + first.end(), factor=factor)
        if _AGE_AFTER_RE.match(stripped) and word != "old":  # "87 yo", "87 y/o"
            return UnitMatch("years", "age", after=lead + _AGE_AFTER_RE.match(stripped).end())  # type: ignore[union-attr]
    if first or stripped[:1] in _UNIT_OPENERS:
        physical = physical_unit(stripped.lstrip("-"))
        if physical is not None:
            hyphen = len(stripped) - len(stripped.lstrip("-"))
            return UnitMatch(physical[0], physical[1], after=lead + hyphen + physical[2])
    if allow_count:
        return counted_noun(right, one=one)
    return None


_NOT_INCHES_RE = re.compile(r"in\s+(?:the|a|an|his|her|their|its|this|that)\b", re.IGNORECASE)


def _millions_of(right: str, allow_count: bool) -> UnitMatch | None:
    """After a glued "m": the currency or the plural noun a million counts ("1.2m people"), or
    None where the "m" is metres ("a 2m wall", "the 400m hurdles")."""
    money = unit_after(right, allow_count=False)
    if money is not None and money.dimension == "currency":
        return money
    words = right.split()
    if not words:  # "... a world lead in the 5000m" ending the sentence: metres
        return None
    first = words[0].rstrip(".,;:!?)'’\"")  # "1m residents." ends the sentence, not the noun
    if not allow_count or not (_plural(first) or demonym(first)) or first.lower() in METRE_EVENTS:
        return None
    return counted_noun(right)


def minor_unit_after(unit: str, right: str, *, hyphenated: bool = False) -> tuple[int, int] | None:
    """After an amount in `unit`, a number followed by `right` may count its smaller unit ("3
    dollars 50 cents", "5 feet 2 in", "6-foot-2-inch"): how many of those make one `unit`, and
    the characters the smaller unit's name covers (0 when unnamed and nothing else follows:
    "15 dollars 50."; or when `hyphenated` into one modifier: "the 6-foot-2 guard")."""
    if unit not in MINOR_UNITS:
        return None
    names, per = MINOR_UNITS[unit]
    stripped = right.lstrip().removeprefix("-")
    low = stripped.lower()
    for name in names:
        if _starts_with_word(low, name) and not _NOT_INCHES_RE.match(low):
            return per, len(right) - len(stripped) + len(name)
    return (per, 0) if hyphenated or unit_after(right) is None else None


def speaks_of_weight(sentence: str) -> bool:
    """Whether "pounds" in the sentence weigh something: a word of weight and none of money."""
    words = set(_LETTER_RUN_RE.findall(sentence.lower()))
    return bool(words & WEIGHT_WORDS) and not words & MONEY_WORDS and "£" not in sentence


def speaks_of_temperature(sentence: str) -> bool:
    """Whether bare "degrees" in the sentence measure heat: a word of heat and none of angles."""
    words = set(_LETTER_RUN_RE.findall(sentence.lower()))
    return bool(words & TEMPERATURE_WORDS) and not words & ANGLE_WORDS


_UNIT_OPENERS = "([{<µμ°"  # units that start with no letter: "20 (kg)", "120 μg", "45°"


_MEMBERS_RE = re.compile(r"\s+members?\b", re.I)
_MODIFIER_NOUN_RE = re.compile(r"[-‐]([a-z]{3,})(?=\s+[A-Za-z])")
_SUPERLATIVE_RE = re.compile(r"most|least|best|worst|[a-z]{3,}est")
# "ground 12 of its oldest aircraft", "five of their best players": some of what the subject owns,
# picked out by a superlative, are still counted (unlike "one of Africa's longest civil wars")
_OF_OWN_RE = re.compile(r"\s+of\s+(?:its|their|our)\s+(?:[a-z]+est|most|least|best|worst)\s", re.I)
# "three bank workers-two women and a man", "three young men-all cousins-died": a dash lost between
# a noun and the next count or an aside about the counted
_GLUED_COUNT_RE = re.compile(rf"(?<=[a-z])-(?:{_alt({*UNITS, *TENS})}|all|both|each|including|mostly)\b", re.I)


# "four or more people", "20 or so homes": a hedge after the number, before the noun it counts
_HEDGE_BEFORE_NOUN_RE = re.compile(r"\s+or\s+(?:more|so|fewer|less)(?=\s+[a-z])", re.I)


def counted_noun(right: str, *, one: bool = False) -> UnitMatch | None:
    """The noun a bare number counts: "12 people", "400 Chinese suppliers", "60 of these suppliers",
    "a 200-student school", "four or more people" (the hedge read by the caller); with `one`, a
    singular noun right after it too ("one victim died")."""
    hedged = _HEDGE_BEFORE_NOUN_RE.match(right)
    if hedged:
        noun = _counted_noun(right[hedged.end():], one=one)
        return replace(noun, after=hedged.end() + noun.after) if noun is not None and noun.after else None
    return _counted_noun(right, one=one)


def _counted_noun(right: str, *, one: bool = False) -> UnitMatch | None:
    modifier = _MODIFIER_NOUN_RE.match(right)
    if modifier:
        noun = modifier.group(1)
        if noun in MODIFIER_NOT_NOUNS or noun in MAGNITUDE_AFTER or (
                noun.endswith(("ed", "ing", "ly")) and noun not in NOT_VERBS):  # "a 700-bed hospital"
            return None
        return UnitMatch(singular(noun), "count", after=modifier.end())
    pos = 0
    prev_capital = False
    nationality: UnitMatch | None = None  # "12 Somali and 11 Yemeni": the nationality is the noun
    for i, m in enumerate(_WORD_RE.finditer(right)):
        word = m.group(0)
        glued = _GLUED_COUNT_RE.search(word)
        if glued:
            word = word[: glued.start()]
        low = word.lower().strip(".")
        if word == "," and right[m.start() - 1: m.start()].isdigit() and right[m.end(): m.end() + 3].isdigit() \
                and "of" in right[: m.start()].split():
            continue  # "800 of the 2,800 flights": the comma of the whole's number, no clause break
        if word == "," and prev_capital and right[m.end(): m.end() + 2].strip()[:1].isupper():
            continue  # "480,000 Arden, Vela vehicles": names listed before the noun they share
        if i >= (6 if "of" in right[: m.start()].split() else 5) or not word[0].isalpha():
            return nationality
        if low in ("of", "these", "those", "the", "its", "their", "our", "his", "her", "more"):
            continue  # "60 of these suppliers", "20 more people"
        if _SUPERLATIVE_RE.fullmatch(low) and low not in NOT_SUPERLATIVES and "of" in right[: m.start()].split() \
                and (one or not _OF_OWN_RE.match(right)):
            return None  # "one of Africa's longest civil wars": a rank among them, not a count
        if low in ("and", "or") and i > 0 and prev_capital:
            continue  # "23 Somali and Yemeni pirates"
        if i == 0 and demonym(word):
            nationality = UnitMatch(low, "count", after=m.end())
        if low in CASUALTY_WORDS:
            continue  # "two wounded men"; "3 dead," counts people, decided by the caller
        if low in NOT_COUNT_NOUNS:
            return None
        pos = m.start() + len(word)
        members = _MEMBERS_RE.match(right, pos) if low in PLURAL_NOUNS else None
        if members:  # "Four crew members", "five staff members": the group's members are the group
            pos = members.end()
        if one and i == 0 and word.isalpha() and word.islower() and len(word) > 2 and low not in TIME_UNITS:
            return UnitMatch(COUNT_NOUN_UNITS.get(low + "s", singular(low)), "count", after=pos)
        if low in COUNT_NOUN_UNITS:
            return UnitMatch(COUNT_NOUN_UNITS[low], "count", after=pos)
        if _demonym_plural(word):
            return UnitMatch(low[:-1], "count", after=pos)
        if _plural(low) and not low.endswith(("'s", "’s")):
            return UnitMatch(COUNT_NOUN_UNITS.get(low + "s", singular(low)), "count", after=pos)
        if glued:
            return None
        prev_capital = word[0].isupper()
    return None


def singular(word: str) -> str:
    """A crude English singular, enough to compare counted nouns and measure words."""
    w = word.lower()
    if w in COUNT_NOUN_UNITS:
        return COUNT_NOUN_UNITS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    if w.endswith("men") and len(w) > 4:
        return w[:-3] + "man"
    return w


def _plural(word: str) -> bool:
    return ((word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3)
            or word in PLURAL_NOUNS or (word.endswith("men") and len(word) > 4)  # "crewmen", "gunmen"
            or word.endswith("children"))  # "grandchildren", "schoolchildren"


def demonym(word: str) -> bool:
    """ "Somali", "Yemeni", "Chinese", "Canadian": a capitalised nationality adjective."""
    return word[:1].isupper() and word[1:].islower() and word.endswith(DEMONYM_ENDINGS) and len(word) > 4


def _demonym_plural(word: str) -> bool:
    """ "Somalis", "Israelis", "Iraqis": capitalised plurals in -is."""
    return word[:1].isupper() and word.endswith("is") and len(word) > 4


def _starts_with_word(text: str, word: str) -> bool:
    if not text.startswith(word):
        return False
    rest = text[len(word):len(word) + 1]
    return not rest or not rest.isalnum()


# quantulum3's unit catalogue as plain data: loading it through quantulum3 imports `inflect`,
# which alone takes about 2 s per process. The snapshot is used when it was taken from the
# installed quantulum3 version; otherwise the catalogue is read from quantulum3 itself.
CATALOGUE_SNAPSHOT = Path(__file__).with_name("quantulum3_units.json")
Catalogue = dict[str, dict[str, list[list[str]]]]


def quantulum_catalogue() -> Catalogue:
    """quantulum3's symbols and surfaces, each with its candidate [unit, entity] pairs, sorted."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

        units = load.units("en")
    return {
        name: {surface: sorted([u.name, u.entity.name] for u in candidates)
               for surface, candidates in source.items()}
        for name, source in (("symbols", units.symbols), ("surfaces", units.surfaces))
    }


def quantulum_version() -> str:
    """The installed quantulum3's version (read from its metadata, without importing it)."""
    return importlib.metadata.version("quantulum3")


def write_catalogue_snapshot(path: Path = CATALOGUE_SNAPSHOT) -> None:
    """Store the installed quantulum3's catalogue where `_catalogue` looks for it."""
    snapshot = {"quantulum3": quantulum_version(), **quantulum_catalogue()}
    text = json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def _stored_catalogue() -> Catalogue | None:
    """The snapshot, when it was taken from the installed quantulum3 version."""
    try:
        snapshot = json.loads(CATALOGUE_SNAPSHOT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if snapshot.get("quantulum3") != quantulum_version():
        return None
    return {"symbols": snapshot["symbols"], "surfaces": snapshot["surfaces"]}


def physical_units(catalogue: Catalogue) -> dict[str, tuple[str, str]]:
    """Surface -> (unit, dimension) for physical dimensions only; symbols win over surfaces."""
    table: dict[str, tuple[str, str]] = {}
    for source in (catalogue["symbols"], catalogue["surfaces"]):
        for surface, candidates in source.items():
            physical = [(unit, entity) for unit, entity in candidates if entity in PHYSICAL_DIMENSIONS]
            if physical and len(surface) > 0 and surface.lower() not in NOT_COUNT_NOUNS:
                # The unit the surface names outright ("tons": ton, not short ton), else the first.
                unit, dimension = min(physical, key=lambda c: (c[0] not in (surface, surface[:-1]), c))
                table.setdefault(surface, (UNIT_NAMES.get(unit, unit), dimension))
    for surface, unit_dimension in UNIT_SURFACES.items():
        table.setdefault(surface, unit_dimension)
    names = {unit for unit, _ in table.values()}
    for surface, (unit, dimension) in list(table.items()):
        if "µ" in surface:  # the micro sign, also typed as the Greek letter mu: "120 μg"
            table.setdefault(surface.replace("µ", "μ"), (unit, dimension))
        for power, prefix, compound in (("2", "square", "area"), ("3", "cubic", "volume")):
            # "190 km2", "24703m2", "5 m³": a length symbol raised to a power
            if dimension == "length" and surface.isalpha() and len(surface) <= 3 and f"{prefix} {unit}" in names:
                for raised in (power, "²³"[int(power) - 2]):
                    table.setdefault(surface + raised, (f"{prefix} {unit}", compound))
    return table


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, tuple[str, str]]:
    """Unit surfaces and symbols from quantulum3's catalogue, for physical dimensions only."""
    return physical_units(_stored_catalogue() or quantulum_catalogue())


_BRACKETED_RE = re.compile(r"([(\[{<])(\S{2,}?)([)\]}>])")  # not "(C)", "(A)": a label
_BRACKET_PAIRS = ("()", "[]", "{}", "<>")
_PER_TIME_RE = re.compile(  # "188 miles an hour", "10 kilometres per hour", "50 km/ms"
    r"(?:\s+an?\s+(hour|minute|second)|(?:\s+per\s+|\s*/\s*)(" + "|".join(sorted(PER_TIME_UNITS, key=len, reverse=True))
    + r"))(?![A-Za-z])", re.IGNORECASE)
_GLUED_RATE_RE = re.compile(  # "10kmph", "5 mps"
    r"([A-Za-z]+)p(" + "|".join(sorted(PER_TIME_UNITS, key=len, reverse=True)) + r")(?![A-Za-z])")


def physical_unit(right: str) -> tuple[str, str, int] | None:
    """A physical unit at the start of `right`: (unit name, dimension, characters used)."""
    catalogue = _catalogue()
    words = right.split(maxsplit=3)[:3]
    for n in range(len(words), 0, -1):
        surface = " ".join(words[:n]).rstrip(".,;:)")
        hit = catalogue.get(surface)
        if hit is None and n > 1 and surface[:1].isupper() and surface[1:].islower():
            hit = catalogue.get(surface.lower())  # "10 Kilometers per hour" (but "5 Bars" are bars)
        if hit is None or (len(surface) == 1 and surface.isalpha() and n == 1 and _is_article(right)):
            continue
        end = right.index(surface) + len(surface)
        return _per_time(hit, right, end) or (hit[0], hit[1], end)
    return _rate_or_bracketed(right.lstrip(), catalogue) or _hyphenated_unit(right, catalogue)


def _per_time(length: tuple[str, str], right: str, end: int) -> tuple[str, str, int] | None:
    """A length per unit of time after it, as one speed ("miles an hour", "km/hr")."""
    per = _PER_TIME_RE.match(right, end) if length[0] in SPEED_LENGTHS else None
    if per is None:
        return None
    return _speed(length[0], per.group(1) or per.group(2), per.end())


def _speed(length: str, time: str, end: int) -> tuple[str, str, int]:
    return f"{length} per {PER_TIME_UNITS[time.lower()]}", "speed", end


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _rate_or_bracketed(right: str, catalogue: dict[str, tuple[str, str]]) -> tuple[str, str, int] | None:
    """A speed glued into one word ("10kmph", "50 centimeters/millisecond"), or a unit in
    brackets as tables write it ("20 (kg)", "20 [kg]")."""
    glued = _GLUED_RATE_RE.match(right)
    if glued and catalogue.get(glued.group(1), ("", ""))[0] in SPEED_LENGTHS:
        return _speed(catalogue[glued.group(1)][0], glued.group(2), glued.end())
    word = _LETTERS_RE.match(right)
    if word and word.group(0) in catalogue:
        found = _per_time(catalogue[word.group(0)], right, word.end())
        if found is not None:
            return found
    bracketed = _BRACKETED_RE.match(right)
    if bracketed and bracketed.group(1) + bracketed.group(3) in _BRACKET_PAIRS and bracketed.group(2) in catalogue:
        unit, dimension = catalogue[bracketed.group(2)]
        return unit, dimension, bracketed.end()
    return None


def _hyphenated_unit(right: str, catalogue: dict[str, tuple[str, str]]) -> tuple[str, str, int] | None:
    """A unit inside a hyphenated modifier: "a 10-metre-long dhow", "a 170,000-square-foot building";
    a one-letter symbol only before a word of size ("a 5m-deep trench", "a 30m-high wall"), since "£5m-a-year"
    is money."""
    parts = list(_LETTER_RUN_RE.finditer(right[:40]))[:3]
    for n in range(len(parts), 0, -1):
        if right[: parts[n - 1].end()].count(" ") or "-" not in right[: parts[n - 1].end() + 1]:
            continue  # only words joined by hyphens
        hit = catalogue.get(" ".join(p.group(0) for p in parts[:n]))
        if hit is not None and (len(parts[n - 1].group(0)) > 1 or _SIZE_AFTER_RE.match(right, parts[n - 1].end())):
            return hit[0], hit[1], parts[n - 1].end()
    return None


_SIZE_AFTER_RE = re.compile(rf"-(?:{'|'.join(w for w in SIZE_WORDS if ' ' not in w)})\b")


def _is_article(right: str) -> bool:
    """'a' or 'A' used as a word, not as a unit symbol."""
    return bool(_ARTICLE_RE.match(right))


_ARTICLE_RE = re.compile(r"^[aA]\s+[a-z]")


# (and the words that open a clause or phrase after the ordinal's noun: "his second match point when
# Dahl netted", "his third match point after two hours")
_ORDINAL_STOP = frozenset("by of in on at for with and or to from that which who since this along near across "
                          "when where while after before as because until than into against".split())


# Units of a match or race an ordinal glued to them times ("87th-minute", "12th-lap", "ninth-inning"); other
# glued ordinals name a kind ("third-party", "first-degree", "21st-century"), no count
_MATCH_TIME_RE = re.compile(r"-(minute|lap|inning)\b", re.I)


def ordinal_noun(right: str) -> str | None:
    """What an ordinal counts: "fifth successful anti-piracy operation" -> "operation", "eighth
    consecutive victory" -> "victory"; None for periods, occasions and ranks ("third quarter")."""
    glued = _MATCH_TIME_RE.match(right)
    if glued:
        return glued.group(1).lower()  # "his 87th-minute strike", "a 12th-lap crash": when in the match or race
    words: list[str] = []
    for m in _WORD_RE.finditer(right[:60]):
        word = m.group(0)
        low = word.lower()
        if not word[0].isalpha() or low in _ORDINAL_STOP or (words and low.endswith("ed")):
            break
        words.append(low)
        if len(words) == 4:
            break
    if not words or words[0].endswith("est") or words[0].startswith("-"):
        return None
    noun = singular(words[-1])
    return None if noun in ORDINAL_NOT_COUNTED or any(w in ORDINAL_NOT_COUNTED for w in words) else noun


# --- one quantity in two units -----------------------------------------------------------------
# Each unit news measures in -> (the scale it is read on, how many of the scale's base unit it is,
# and for temperature the offset: base = value * factor + offset). A small table of exact factors
# of our own: quantulum3's catalogue names units and dimensions but gives no factors between them.
# Durations are two scales: a clock's (seconds to weeks, in seconds) and a calendar's (months and
# years, in months: "12 months" is "a year", but "30 days" is not quite "a month"). Money is
# never converted (an exchange rate would decide), nor a bare "ton" (a tonne, a US short ton or a
# British long ton, as the writer means it).
_SCALES: dict[tuple[str, str], tuple[str, float, float]] = {
    **{("duration", unit): ("clock", factor, 0.0) for unit, factor in (
        ("seconds", 1.0), ("minutes", 60.0), ("hours", 3600.0), ("days", 86400.0), ("weeks", 604800.0))},
    ("duration", "months"): ("calendar", 1.0, 0.0), ("duration", "years"): ("calendar", 12.0, 0.0),
    **{("length", unit): ("metre", factor, 0.0) for unit, factor in (
        ("millimetre", 0.001), ("centimetre", 0.01), ("metre", 1.0), ("kilometre", 1000.0), ("inch", 0.0254),
        ("foot", 0.3048), ("yard", 0.9144), ("mile", 1609.344), ("nautical mile", 1852.0))},
    **{("area", unit): ("square metre", factor, 0.0) for unit, factor in (
        ("square metre", 1.0), ("square kilometre", 1e6), ("hectare", 1e4), ("acre", 4046.8564224),
        ("square foot", 0.09290304), ("square yard", 0.83612736), ("square mile", 2589988.110336))},
    **{("volume", unit): ("litre", factor, 0.0) for unit, factor in (
        ("millilitre", 0.001), ("centilitre", 0.01), ("litre", 1.0), ("cubic metre", 1000.0),
        ("gallon", 3.785411784), ("cubic foot", 28.316846592))},
    **{("mass", unit): ("kilogram", factor, 0.0) for unit, factor in (
        ("gram", 0.001), ("kilogram", 1.0), ("tonne", 1000.0), ("pound", 0.45359237), ("ounce", 0.028349523125),
        ("short ton", 907.18474), ("long ton", 1016.0469088))},
    **{("speed", unit): ("kilometre per hour", factor, 0.0) for unit, factor in (
        ("kilometre per hour", 1.0), ("mile per hour", 1.609344), ("knot", 1.852), ("metre per second", 3.6))},
    ("concentration", "part per million"): ("part per million", 1.0, 0.0),
    ("concentration", "part per billion"): ("part per million", 0.001, 0.0),
    ("temperature", "degree Celsius"): ("degree Celsius", 1.0, 0.0),
    ("temperature", "degree Fahrenheit"): ("degree Celsius", 5 / 9, -32 * 5 / 9),
}


# each scale's base unit: the one it is read in (factor 1, no offset)
_BASE_UNITS = {(dimension, scale): unit for (dimension, unit), (scale, factor, offset) in _SCALES.items()
               if factor == 1.0 and offset == 0.0}


def scale_of(dimension: str, unit: str) -> str:
    """What a figure's unit is compared on: the scale of the units that convert to one another
    ("metre" for miles, feet and kilometres alike), else the unit itself."""
    found = _SCALES.get((dimension, unit))
    return found[0] if found else unit


@lru_cache(maxsize=1 << 12)
def in_base(quantity: Quantity) -> Quantity:
    """A quantity in its scale's base unit (`scale_of`), its hedge and precision carried through:
    "about 90 minutes" is 5,400 seconds and "nearly two hours" 7,200 seconds, each with its interval
    scaled alike; a quantity whose unit converts to nothing is returned as it is."""
    found = _SCALES.get((quantity.dimension, quantity.unit))
    if found is None:
        return quantity
    scale, factor, offset = found
    base = _BASE_UNITS[quantity.dimension, scale]

    def convert(value: float | None) -> float | None:
        return None if value is None else value * factor + offset

    return replace(quantity, value=convert(quantity.value), lower=convert(quantity.lower),  # type: ignore[arg-type]
                   upper=convert(quantity.upper), unit=base, precision=quantity.precision * factor)


def base_value(quantity: Quantity) -> float:
    """`in_base(quantity).value`, without making the Quantity (matching reads it for every claim)."""
    found = _SCALES.get((quantity.dimension, quantity.unit))
    return quantity.value if found is None else quantity.value * found[1] + found[2]


def from_base(value: float, quantity: Quantity) -> float:
    """A difference in base units (`in_base`) read in `quantity`'s unit (no offset: a difference of
    temperatures is degrees, not a temperature)."""
    found = _SCALES.get((quantity.dimension, quantity.unit))
    return value if found is None else value / found[1]
