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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import (
    CASUALTY_WORDS,
    COUNT_NOUN_UNITS,
    CURRENCY_NAMES,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    DEMONYM_ENDINGS,
    ORDINAL_NOT_COUNTED,
    MULTIPLIER_WORDS,
    PLURAL_NOUNS,
    NOT_COUNT_NOUNS,
    PERCENT_WORDS,
    PERCENTAGE_POINT_WORDS,
    TIME_UNITS,
    AGE_AFTER,
)

PHYSICAL_DIMENSIONS = frozenset(
    {"length", "area", "volume", "mass", "speed", "temperature", "energy", "power", "pressure",
     "data storage", "frequency"}
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


_PREFIX_RE = re.compile(
    r"(?:^|(?<=[\s(\[\"'“‘/–—-]))("
    + "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
    + r")\s?$"
)
_LOST_SIGN_RE = re.compile(r"(?<=[a-z\s])\?\s?$")
_SPACED_DOLLAR_RE = re.compile(r"(?:^|(?<=[\s(]))(C|HK|US|NZ|AU|CA)\s\$\s?$", re.I)
_SUFFIX_RE = re.compile(r"\s?(" + "|".join(re.escape(s) for s in CURRENCY_SUFFIXES) + r")(?![\w$€£])")
_AGE_AFTER_RE = re.compile(r"[\s-]*(?:" + "|".join(re.escape(w) for w in AGE_AFTER) + r")(?![A-Za-z])", re.I)
_WORD_RE = re.compile(r"[A-Za-z](?:[A-Za-z0-9'’-]|\.(?=[A-Za-z]))*|%|[^\sA-Za-z0-9]")
# Longest first, sorted once: "percentage points" before "pp", "us dollars" before "dollars".
_PERCENTAGE_POINT_WORDS = sorted(PERCENTAGE_POINT_WORDS, key=len, reverse=True)
_PERCENT_WORDS = sorted(PERCENT_WORDS, key=len, reverse=True)
_CURRENCY_NAMES = sorted(CURRENCY_NAMES, key=len, reverse=True)
_PERCENT_FIRSTS = {words[:1] for words in _PERCENTAGE_POINT_WORDS + _PERCENT_WORDS}
# The same names by first letter (longest first within each), so a word is tried only against
# the names it could be.
_CURRENCY_NAMES_BY_FIRST = {first: [name for name in _CURRENCY_NAMES if name[:1] == first]
                            for first in {name[:1] for name in _CURRENCY_NAMES}}
_FIRST_WORD_RE = re.compile(r"-?([A-Za-z]+)")
_LETTERS_RE = re.compile(r"[A-Za-z]+")


def currency_before(left: str) -> UnitMatch | None:
    """A currency symbol or code written just before a number ("$", "US$", "RMB ", "C $")."""
    m = _PREFIX_RE.search(left[-8:])
    if not m:
        lost = _LOST_SIGN_RE.search(left[-3:])  # "to lend? 22.4bn": a sign lost in transcoding
        return UnitMatch("XXX", "currency", before=len(lost.group(0))) if lost else None
    code = CURRENCY_PREFIXES[m.group(1)]
    spaced = _SPACED_DOLLAR_RE.search(left[-12:])  # "C $ 16.4 million", "HK $ 10": tokenised text
    if code == "USD" and spaced and f"{spaced.group(1).upper()}$" in CURRENCY_PREFIXES:
        return UnitMatch(CURRENCY_PREFIXES[f"{spaced.group(1).upper()}$"], "currency", before=len(spaced.group(0)))
    return UnitMatch(code, "currency", before=len(m.group(0)))


def unit_after(right: str, *, allow_count: bool = True, one: bool = False) -> UnitMatch | None:
    """The unit written just after a number: "%", "percentage points", "yuan", "times",
    "years", "km", or a counted noun ("people", "suppliers")."""
    stripped = right.lstrip()
    lead = len(right) - len(stripped)
    low = stripped.lower()
    if low.startswith("%"):
        return UnitMatch("percent", "percent", after=lead + 1)
    if low[:1] in _PERCENT_FIRSTS:
        for words in _PERCENTAGE_POINT_WORDS:
            if _starts_with_word(low, words):
                return UnitMatch("percentage point", "percent", after=lead + len(words))
        for words in _PERCENT_WORDS:
            if _starts_with_word(low, words):
                return UnitMatch("percent", "percent", after=lead + len(words))
    suffix = _SUFFIX_RE.match(right)
    if suffix:
        return UnitMatch(CURRENCY_SUFFIXES[suffix.group(1)], "currency", after=suffix.end())
    hyphen = 1 if low.startswith("-") else 0  # "a one-yen bid", "a 12-cent dividend"
    named = low[hyphen:]
    for name in _CURRENCY_NAMES_BY_FIRST.get(named[:1], ()):
        if _starts_with_word(named, name):
            return UnitMatch(CURRENCY_NAMES[name], "currency", after=lead + hyphen + len(name))
    for word in MULTIPLIER_WORDS:
        if _starts_with_word(low, word.lstrip("-")) or low.startswith(word):
            if word == "times" and allow_count:
                return UnitMatch("times", "count", after=lead + len("times"))
            if word != "times":
                return UnitMatch("fold", "ratio", after=lead + len(word))
    first = _FIRST_WORD_RE.match(stripped)
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
        physical = physical_unit(stripped.lstrip("-"))
        if physical is not None:
            hyphen = len(stripped) - len(stripped.lstrip("-"))
            return UnitMatch(physical[0], physical[1], after=lead + hyphen + physical[2])
    if allow_count:
        return counted_noun(right, one=one)
    return None


def counted_noun(right: str, *, one: bool = False) -> UnitMatch | None:
    """The noun a bare number counts: "12 people", "400 Chinese suppliers", "60 of these suppliers";
    with `one`, a singular noun right after it too ("one victim died")."""
    pos = 0
    prev_capital = False
    demonym: UnitMatch | None = None  # "12 Somali and 11 Yemeni": the nationality is the noun
    for i, m in enumerate(_WORD_RE.finditer(right)):
        word = m.group(0)
        low = word.lower().strip(".")
        if i >= 5 or not word[0].isalpha():
            return demonym
        if low in ("of", "these", "those", "the", "its", "their", "our", "his", "her"):
            continue
        if low in ("and", "or") and i > 0 and prev_capital:
            continue  # "23 Somali and Yemeni pirates"
        if i == 0 and _demonym(word):
            demonym = UnitMatch(low, "count", after=m.end())
        if low in CASUALTY_WORDS:
            continue  # "two wounded men"; "3 dead," counts people, decided by the caller
        if low in NOT_COUNT_NOUNS:
            return None
        pos = m.end()
        if one and i == 0 and word.isalpha() and word.islower() and len(word) > 2 and low not in TIME_UNITS:
            return UnitMatch(COUNT_NOUN_UNITS.get(low + "s", singular(low)), "count", after=pos)
        if low in COUNT_NOUN_UNITS:
            return UnitMatch(COUNT_NOUN_UNITS[low], "count", after=pos)
        if _demonym_plural(word):
            return UnitMatch(low[:-1], "count", after=pos)
        if _plural(low) and not low.endswith(("'s", "’s")):
            return UnitMatch(COUNT_NOUN_UNITS.get(low + "s", singular(low)), "count", after=pos)
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
            or word in PLURAL_NOUNS or (word.endswith("men") and len(word) > 4))  # "crewmen", "gunmen"


def _demonym(word: str) -> bool:
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
                table.setdefault(surface, min(physical))
    return table


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, tuple[str, str]]:
    """Unit surfaces and symbols from quantulum3's catalogue, for physical dimensions only."""
    return physical_units(_stored_catalogue() or quantulum_catalogue())


def physical_unit(right: str) -> tuple[str, str, int] | None:
    """A physical unit at the start of `right`: (unit name, dimension, characters used)."""
    catalogue = _catalogue()
    words = right.split(maxsplit=3)[:3]
    for n in range(len(words), 0, -1):
        surface = " ".join(words[:n]).rstrip(".,;:)")
        hit = catalogue.get(surface)
        if hit is None or (len(surface) == 1 and surface.isalpha() and n == 1 and _is_article(right)):
            continue
        return hit[0], hit[1], right.index(surface) + len(surface)
    return _hyphenated_unit(right, catalogue)


def _hyphenated_unit(right: str, catalogue: dict[str, tuple[str, str]]) -> tuple[str, str, int] | None:
    """A unit inside a hyphenated modifier: "a 10-metre-long dhow", "a 170,000-square-foot building"."""
    parts = list(_LETTERS_RE.finditer(right[:40]))[:3]
    for n in range(len(parts), 0, -1):
        if right[: parts[n - 1].end()].count(" ") or "-" not in right[: parts[n - 1].end() + 1]:
            continue  # only words joined by hyphens
        hit = catalogue.get(" ".join(p.group(0) for p in parts[:n]))
        if hit is not None and len(parts[n - 1].group(0)) > 1:
            return hit[0], hit[1], parts[n - 1].end()
    return None


def _is_article(right: str) -> bool:
    """'a' or 'A' used as a word, not as a unit symbol."""
    return bool(re.match(r"^[aA]\s+[a-z]", right))


_ORDINAL_STOP = frozenset("by of in on at for with and or to from that which who since this".split())


def ordinal_noun(right: str) -> str | None:
    """What an ordinal counts: "fifth successful anti-piracy operation" -> "operation", "eighth
    consecutive victory" -> "victory"; None for periods, occasions and ranks ("third quarter")."""
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
