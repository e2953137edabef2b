"""Number grammar: find number expressions in English text and normalise them.

`find_numbers(text)` scans the (lower-cased) text once with one combined regular expression
built from the tables below (after a quick pass that marks URL, e-mail and file-name tokens)
and returns every number expression, left to right, non-overlapping, longest first. `parse_number(surface)` reads a whole surface as one number
(a leading currency symbol or code is allowed and left out of the match). Units, currencies,
hedges ("more than"), ranges ("19 to 20") and periods are the caller's: a currency symbol or
code right before the digits is only used to read "$5m" (see below) and is not part of the
match.

Kinds emitted (`NumberMatch.kind`):
  cardinal       "12", "1,200", "227.9 billion", "$190bn" -> "190bn", "twenty-four", "a dozen",
                 "half a million", "1½ million", "1.5 lakh crore". Years are cardinals too; the caller decides.
  fraction       "two-thirds", "a quarter", "one and a half", "1/3", "2 1/2", "1½", "half" (bare,
                 as in "more than half of"). A fraction needs a numerator: "a"/"one"/a number.
  ordinal        "first", "21st", "twenty-first", "two hundredth", "4-millionth". A bare "third"
                 or "quarter" is never a fraction; "a third" is a fraction only before "of", a
                 scale word or the end of the phrase ("a third of voters" vs "a third term").
  vague          "dozens", "several", "a few", "a couple of", "a handful", "scores of",
                 "hundreds", "tens of thousands", "several dozen", "a few hundred".
  time           "15:21", "9:30", "04:22:10": value in hours (15:21 -> 15.35).
  citation       "[2]", "[1, 3]", "[1, p. 4" -> text "[2]"/"[1, 3]"/"[1": value the first number.
  phone          "+1 (555) 123-4567", "020 7946 0958", "555-123-4567": value NaN.
  date_fragment  "2026-05-17", "17-Sep-24", "5/17/2018", "17.09.2024": value NaN.
Callers that want quantities keep cardinal, fraction, ordinal and vague.

Form (`NumberMatch.form`): 'digits' ("1,200", "21st", "1/3"), 'words' ("twenty-four", "a
dozen", "dozens") or 'mixed' (digits with a scale word or abbreviation: "1.2 million",
"190bn", "12 dozen", "4-millionth").

Precision (`NumberMatch.precision`, half-width of the rounding interval, in value units):
  - digits: half the last written decimal place, times the scale: "6.4" -> 0.05,
    "227.9 billion" -> 0.05e9, "12" -> 0.5, "1,200" -> 0.5, "190bn" -> 0.5e9, "1.20" -> 0.005
    (zeros after the decimal point were written on purpose), "12 dozen" -> 6, "1.3e6" -> 0.05e6;
    except a whole number of thousands from ten thousand up, which news writes for a figure
    rounded to the thousand ("38,000 jobs" for 38,200; "the crowd of 60,000"): 500.
  - words are exact: "two" -> 0, "a million" -> 0, "two-thirds" -> 0; except decimals read
    with "point", which follow the digits rule ("two point five million" -> 0.05e6).
  - fractions, ordinals, vague quantities, citations, phones and dates: 0 (a vague quantity's
    spread is in `lower`/`upper`); times: half a minute (half a second with seconds).

Ambiguity (`NumberMatch.ambiguous`: trailing zeros make the written precision unclear):
  - digits: no decimals and the integer part is non-zero and ends in 0: "200", "190bn",
    "40 million", "1,200", "2,000", "2020" -> True; "227.9 billion", "12", "6.4", "228
    billion", "1.20", "0" -> False.
  - words: the expression ends with a scale word or is a whole multiple of ten from ten up:
    "a million", "two hundred", "a dozen", "half a million", "twenty", "ten" -> True;
    "two", "twenty-four", "one hundred and five" -> False.
  - every other kind: False.

Vague quantities (`lower`/`upper`, None = open; `value` is `lower`, the least the phrase says).
The GOLD-FORMAT conventions: "hundreds" 200-999, "thousands" 2,000-9,999, "tens of
thousands" 20,000-99,999, "several dozen" 36 or more, "dozens" 24 or more. Generalised:
  - a plural of a scale word runs from two of it to just below the next named order
    ("millions" 2,000,000-9,999,999; "lakhs" up to a crore); "dozens", "scores", "crores"
    are open above; "tens of" is 20-99.
  - "X of Ys" multiplies: "hundreds of thousands" 200,000-999,999.
  - quantifiers: "several" 3-9, "a few" 2-5, "a handful" 2-5, "a couple (of)" 2-3; followed by
    scale words they multiply: "several hundred" 300-999, "a few thousand" 2,000-5,999; any
    vague amount counted in dozens is open above ("several dozen" 36 or more).
  - "a couple", "tens", "scores" and a bare "dozen" count only before "of" ("a couple of",
    "scores of", "Dozen of warships" = dozens); "a couple" alone is two people.

Digit syntax: "1,200", "1,234,567.89", ".5" (after a space or bracket), Indian "12,34,567",
European "1.234.567" (two or more dot groups of three, no decimals), spaced thousands
"1 200 000" (groups of exactly three digits; a thin or no-break space always groups; a plain
space groups a single trailing group only when the first part is one to three digits and
not right after a month name, so "in 2025 200 people" and "May 17 200 people" stay apart),
"1.3e6". A sign "-", "−" or "+" counts only when not glued after a word, digit or dot:
"2024-2025" is 2024 and 2025, "magnitude-6.4" is 6.4, "-5 degrees" is -5.

Scale words after digits, spaced, hyphenated or glued: hundred, thousand, million, billion,
trillion, lakh, crore, dozen, bn, bln, mn, mln, mil, tn, trn, tln. Glued only: k ("50k";
note "5K race" reads as 5,000), b (after a currency or a decimal: "$5b", "1.2b"), and m, mm,
cr only right after a currency symbol or code ("$5m", "€40m", "US$5m"; "5m" alone is metres,
left to the caller as the number 5). "1.5 lakh crore" multiplies.

Numbers in words: "twenty-four", "twenty four", "one hundred and five", "four thousand six",
"two thousand and three", "nineteen hundred", "a hundred", "a million", "two dozen",
"half a million", "a quarter million", "two thirds of a million", "one and a half",
"two-and-a-half", "five point five". A scale word followed by smaller number words continues
the number ("one million two hundred", "a million two" too); a second scaled group after
"and" starts a new number ("two thousand and three thousand" is 2,000 and 3,000). Not read:
"three million and a half", digits mixed with words beyond one scale ("3 hundred and 21"),
ratios ("one out of three": two numbers for the caller).

Not emitted: digits glued to letters on the left ("COVID19", "G20", "Times11:52"; a glued
currency code is fine: "Dh472.72bn", "euro110 billion", "RM5m"), digits after a capitalised
word and a hyphen ("COVID-19", "F-16") or a lower-case code with no vowel or with digits
("scp-173", "scp2-173"; "top-10" is read), anything inside a URL, e-mail address or file name
("302680992.html"), slash pairs that are not small proper fractions ("24/7", "9/11",
"2022/23"). A sign written as a word is read with the number it stands before: "minus five",
"minus 15 degrees" (-5, -15), but not between two numbers ("ten minus two" is 10 and 2).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from .lexicon import CURRENCY_PREFIXES, MONTHS

# ---------------------------------------------------------------------------------------------
# Language tables
# ---------------------------------------------------------------------------------------------

UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Multipliers spelled as words; all but "hundred" close a group ("two hundred thousand").
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
    "trillion": 10**12, "lakh": 10**5, "lac": 10**5, "crore": 10**7, "dozen": 12,
}
# Abbreviations after digits. Spaced or glued unless listed in GLUED_ONLY.
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 10**3, "mn": 10**6, "mln": 10**6, "mil": 10**6, "m": 10**6, "mm": 10**6,
    "bn": 10**9, "bln": 10**9, "b": 10**9, "tn": 10**12, "trn": 10**12, "tln": 10**12,
    "cr": 10**7,
}
GLUED_ONLY = frozenset({"k", "m", "mm", "b", "cr"})
NEEDS_CURRENCY = frozenset({"m", "mm", "b", "cr"})  # "$5m" is money, "5m" is metres
ALSO_AFTER_DECIMAL = frozenset({"b"})  # "1.2b" is a billion even without a currency
# A whole number of thousands from here up is read as rounded to the thousand ("38,000 jobs"; not "2,000").
ROUNDED_TO_THOUSANDS_FROM = 10_000

# Currency symbols and codes come from the lexicon; news glues some codes to the digits
# ("Dh472.72bn", "euro110 billion").
CURRENCY_SYMBOLS = tuple(p for p in CURRENCY_PREFIXES if not p[:1].isalpha())
CURRENCY_CODES = tuple(p for p in CURRENCY_PREFIXES if p[:1].isalpha())

ORDINALS: dict[str, str] = {
    "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
    "sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten",
    "eleventh": "eleven", "twelfth": "twelve", "thirteenth": "thirteen",
    "fourteenth": "fourteen", "fifteenth": "fifteen", "sixteenth": "sixteen",
    "seventeenth": "seventeen", "eighteenth": "eighteen", "nineteenth": "nineteen",
    "twentieth": "twenty", "thirtieth": "thirty", "fortieth": "forty", "fiftieth": "fifty",
    "sixtieth": "sixty", "seventieth": "seventy", "eightieth": "eighty",
    "ninetieth": "ninety", "hundredth": "hundred", "thousandth": "thousand",
    "millionth": "million", "billionth": "billion", "trillionth": "trillion",
}
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}
PLURAL_DENOMINATORS: dict[str, str] = {"halves": "half"} | {
    w + "s": w for w in FRACTION_DENOMINATORS if w != "half"
}
# Denominators that are not also ordinals: "a quarter"/"a half" are fractions whatever follows.
ALWAYS_FRACTION = frozenset({"half", "quarter"})
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}
# "1/3" is a fraction only when proper and over one of these; "24/7", "9/11" are not.
SLASH_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 100})

# Vague quantities: (lower, upper) counts, None = open above.
VAGUE_QUANTIFIERS: dict[str, tuple[int, int]] = {
    "several": (3, 9), "a few": (2, 5), "a handful": (2, 5), "a couple": (2, 3),
}
VAGUE_PLURALS: dict[str, tuple[int, int | None]] = {
    "dozens": (24, None), "dozen": (24, None), "scores": (40, None), "tens": (20, 99),
    "hundreds": (200, 999), "thousands": (2000, 9999), "millions": (2 * 10**6, 10**7 - 1),
    "billions": (2 * 10**9, 10**10 - 1), "trillions": (2 * 10**12, 10**13 - 1),
    "lakhs": (2 * 10**5, 10**7 - 1), "lacs": (2 * 10**5, 10**7 - 1), "crores": (2 * 10**7, None),
}
# Only before "of": "a couple of", "tens of", "scores of", "Dozen of warships" (= dozens).
VAGUE_NEEDS_OF = frozenset({"a couple", "tens", "scores", "dozen"})
VAGUE_OPEN_SCALES = frozenset({"dozen"})  # "several dozen": 36 or more (GOLD-FORMAT)

# A bare "half" after these is a noun ("the first half", "the second half"), not 0.5.
HALF_NOT_AFTER = frozenset({"the", "first", "second", "last", "latter", "former", "this",
                            "that", "other", "each", "either", "every", "next"})

MONTH_WORDS = tuple(MONTHS)  # English month names and abbreviations, from the lexicon

# ---------------------------------------------------------------------------------------------
# The grammar, compiled from the tables
# ---------------------------------------------------------------------------------------------


def _alt(words: Iterable[str], *, literal: bool = False) -> str:
    """A regex for any of `words`, built as a trie so that a non-number word fails fast. It
    matches the longest word it can, as a longest-first alternation does. A space in a word
    matches any run of spaces with at most one line break, or with `literal` a space alone."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie, " " if literal else _S)


def _trie_regex(node: dict[str, dict], space: str) -> str:
    """The regex for one trie node: its branches, made optional where a word ends."""
    branches = [(space if ch == " " else re.escape(ch)) + _trie_regex(child, space)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


_S = r"(?:[ \t\u00a0\u202f]+\n?[ \t\u00a0\u202f]*|\n[ \t\u00a0\u202f]*)"  # no blank lines
_HY = rf"(?:[ \t]*[-‐][ \t]*|{_S})"  # "twenty-four", "twenty four", "fifty - two"
_GROUP_SCALES = [w for w in SCALES if w != "hundred"]
_DIGIT_WORDS = [w for w, v in UNITS.items() if 1 <= v <= 9]
_ORD_DIGITS = [w for w, c in ORDINALS.items() if c in _DIGIT_WORDS]
_ORD_SCALES = [w for w, c in ORDINALS.items() if c in SCALES]
_ORD_BELOW_100 = [w for w in ORDINALS if w not in _ORD_SCALES]

_U = rf"(?:{_alt(UNITS)})\b"
NUMBER_WORD = rf"(?:{_alt(UNITS)}|{_alt(TENS)})"
"""A number word that can open a number ("two", "twenty"), as a regex (lower case)."""
NUMBER_START = rf"(?:\d[\d,.]*|{NUMBER_WORD})"
"""Where a number starts: digits or a number word, as a regex (lower case)."""
_D = rf"(?:{_alt(_DIGIT_WORDS)})\b"
_T = rf"(?:{_alt(TENS)})\b"
_B100 = rf"(?:{_T}(?:{_HY}{_D}|(?!{_HY}{_D}))|{_U})"  # "twenty-three", never just "twenty"
_H = rf"(?:{_B100}|a\b){_HY}hundred\b"
_DEN_ANY = rf"(?:{_alt(FRACTION_DENOMINATORS)}|{_alt(PLURAL_DENOMINATORS)})\b"
_H_TAIL = rf"(?:{_S}and)?{_S}{_B100}(?!{_S}hundred\b|{_HY}{_DEN_ANY})"
_B1000_H = rf"{_H}(?:{_H_TAIL}|(?!{_H_TAIL}))"  # the tail whenever there is one
_B1000 = rf"(?:{_B1000_H}|{_B100}(?!{_HY}hundred\b))"
_SCG = rf"(?:{_alt(_GROUP_SCALES)})\b"
_SCGP = rf"(?:{_alt(_GROUP_SCALES)})s?\b"
_POINT = rf"{_S}point(?:{_S}{_B100})+"
_LEAD = rf"{_B1000}(?:{_POINT})?"
_CHUNK = rf"(?:{_LEAD}|a\b)(?:{_HY}{_SCGP})+"
_TAIL = rf"(?:{_S}and)?{_S}{_B1000}(?!{_S}{_SCG}|{_HY}{_DEN_ANY})"
_WORD_CARD = rf"{_CHUNK}(?:{_S}{_B1000}(?:{_S}{_SCGP})+)*(?:{_TAIL})?|{_LEAD}"

_OB100 = rf"(?:{_T}{_HY}(?:{_alt(_ORD_DIGITS)})|{_alt(_ORD_BELOW_100)})\b"
_OSC = rf"(?:{_alt(_ORD_SCALES)})\b"
_WORD_ORD = (rf"(?:(?:{_CHUNK}(?:(?:{_S}and)?{_S}{_H})?|{_H})(?:{_S}and)?{_S})?{_OB100}"
             rf"|(?:{_B1000}{_HY})?{_OSC}")

_DEN_SG = rf"(?:{_alt(FRACTION_DENOMINATORS)})\b"
_DEN_PL = rf"(?:{_alt(PLURAL_DENOMINATORS)})\b"
_DEN_ALWAYS = rf"(?:{_alt(ALWAYS_FRACTION)})\b"
_DEN_ORD = rf"(?:{_alt(set(FRACTION_DENOMINATORS) - ALWAYS_FRACTION)})\b"
# "a third of", "a third million", "a third." and "fell by a third in 2012", "since 2010" (a time after
# it), but not "a third in a row", "a third term"
_FRAC_TIME_AFTER = r"(?:in|since|last|this|over|during|compared)\b(?![ \t]+a[ \t]+row\b)"
# "fell by a fifth to €1.2bn": a change and the level it reached
_FRAC_END = rf"(?={_S}of\b|{_S}{_SCG}|{_S}{_FRAC_TIME_AFTER}|{_S}to{_S}(?:[$€£]|US\$|\d)|(?![ \t]*[-‐]?[ \t]*[^\W\d_]))"
_FRAC_A = rf"a{_S}(?:{_DEN_ALWAYS}|{_DEN_ORD}{_FRAC_END})"
_FRAC_ONE = rf"one{_HY}{_DEN_SG}"
_FRAC_N = rf"{_B100}{_HY}{_DEN_PL}"
_FRAC = rf"{_FRAC_A}|{_FRAC_ONE}|{_FRAC_N}"
_TO_SCALE = rf"(?:{_S}|[ \t]*[-‐][ \t]*)"
_FRAC_SCALED = (rf"(?:(?:a{_S})?{_DEN_ALWAYS}|{_FRAC_ONE}|{_FRAC_N}|a{_S}{_DEN_ORD})"
                rf"(?:{_S}of)?(?:{_S}an?)?{_TO_SCALE}{_SCG}")
_MIXED_TAIL = (rf"{_HY}and{_HY}(?:(?:a|one){_HY}{_DEN_SG}|{_B100}{_HY}{_DEN_PL})"
               rf"(?:{_TO_SCALE}{_SCG})*")
_MIXED = rf"{_B1000}{_MIXED_TAIL}"

_VSCALES = rf"(?:hundred|{_alt(_GROUP_SCALES)})s?\b"
_VPS = rf"(?:{_alt(w + 's' for w in _GROUP_SCALES if w not in VAGUE_OPEN_SCALES)})\b"
_VQ_FREE = _alt(set(VAGUE_QUANTIFIERS) - VAGUE_NEEDS_OF)
_VQ_OF = _alt(set(VAGUE_QUANTIFIERS) & VAGUE_NEEDS_OF)
_VP_FREE = _alt(set(VAGUE_PLURALS) - VAGUE_NEEDS_OF)
_VP_OF = _alt(set(VAGUE_PLURALS) & VAGUE_NEEDS_OF)
_VQ_SCALES = rf"(?:{_S}of)?(?:{_S}{_VSCALES})+"
_VAGUE = (rf"(?:{_VQ_FREE})\b(?:{_VQ_SCALES})?"
          rf"|(?:{_VQ_OF})\b(?:{_VQ_SCALES}|(?={_S}of\b))"
          rf"|(?:{_VP_FREE})\b(?:{_S}of{_S}{_VPS})*"
          rf"|(?:{_VP_OF})\b(?:(?:{_S}of{_S}{_VPS})+|(?={_S}of\b))")

_CUR = (rf"(?:{_alt(CURRENCY_SYMBOLS)})"
        rf"|(?<![^\W\d_])(?:{_alt(CURRENCY_CODES)})(?![^\W\d_])")
_MONTH_GUARD = "".join(rf"(?<!\b{m} )(?<!\b{m}\. )" for m in MONTH_WORDS)
_INT = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)"  # 1,234,567
        r"|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"  # 12,34,567
        r"|\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)"  # 1.234.567
        r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"  # 1 234 567 (thin/no-break spaces)
        r"|\d{1,3}(?: \d{3}){2,}(?!\d)"  # 1 234 567
        rf"|(?=\d{{1,3}} \d{{3}}(?!\d)){_MONTH_GUARD}\d{{1,3}} \d{{3}}"  # not "May 17 200"
        r"|\d+)")
_SPACED_SCALES = [w for w in SCALE_ABBREVIATIONS if w not in GLUED_ONLY]
_GLUED_ANY = [w for w in GLUED_ONLY if w not in NEEDS_CURRENCY]
_DIGITS = (
    r"(?P<n>(?:(?<![\w.,\-−+])[-−+])?(?<!\d)"
    rf"(?:(?<=\d\.)\d+|{_INT}(?P<dec>\.\d+(?!\d|\.\d))?|(?<![^\s(\[$€£¥₹])\.\d+(?![\d.]))"
    r"(?:e[+-]?\d{1,3}(?!\w))?)"
    r"(?:"
    rf"(?P<ord>{_alt(ORDINAL_SUFFIXES)})\b"
    rf"|{_HY}?(?P<ordsc>{_OSC})"
    rf"|{_TO_SCALE}?(?P<sc>(?:{_alt(SCALES)})s?\b|(?:{_alt(_SPACED_SCALES)})\b)"
    rf"(?:{_S}(?P<sc2>{_SCGP}))?"
    rf"|(?P<gk>{_alt(_GLUED_ANY)})(?![^\W\d_])"
    rf"|(?P<gc>{_alt(NEEDS_CURRENCY)})(?![^\W\d_])"  # kept only after a currency
    r")?"
)
_MIXED_D = rf"(?<![\d.,])\d+{_MIXED_TAIL}"
_MONTH_ABBR = _alt(m for m in MONTH_WORDS if len(m) <= 4)
_PHONE = (r"(?<![\w+])\+\d{1,3}(?:[ .-]?(?:\(\d{1,5}\)|\d{2,5})){2,5}(?!\d)"
          r"|(?<![\w(])\(\d{2,5}\)[ ]?\d{3,4}[ .-]\d{3,4}(?!\d)"
          r"|(?<![\w.,])0\d{1,4}[ -]\d{3,4}[ -]?\d{3,4}(?!\d)"
          r"|(?<![\w.,-])\d{3}-\d{3}-\d{4}(?![\d-])")
_DATE = (r"(?<![\w.-])\d{4}-\d{2}-\d{2}(?!\d)(?:t\d{2}:\d{2}(?::\d{2})?)?"
         rf"|(?<![\w.-])\d{{1,2}}-(?:{_MONTH_ABBR})[a-z]*-\d{{2,4}}(?!\d)"
         r"|(?<![\w.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])")
_TIME = r"(?<![\d:.])(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
_CITE = r"\[\d{1,3}(?:[ \t]*[,–-][ \t]*\d{1,3})*(?:\]|(?=,[ \t]*pp?\.))"
_SLASH = (r"(?:(?<![\w.,\-−+])[-−])?(?<![\w/.,])(?:\d{1,3}[ \t]+(?=\d{1,2}/\d))?"
          r"\d+(?:/\d+)+(?![\w/])")
_VULGAR = (rf"(?<![\w.,])\d*[{''.join(VULGAR_FRACTIONS)}]"
           rf"(?:{_S}(?P<vscale>{_alt(_GROUP_SCALES)})\b|(?!\w))")  # "1½", "1½ million"
_HALF = r"half\b(?![ \t]*[-‐])"

_WORD_GATE = _alt({*UNITS, *TENS, *ORDINALS, *VAGUE_PLURALS, "a", "half", "quarter",
                   *(w.split()[0] for w in VAGUE_QUANTIFIERS)})
_PATTERN_SOURCE = (
    rf"(?=[\d+\-−.(\[{''.join(VULGAR_FRACTIONS)}])"
    rf"(?:(?P<phone>{_PHONE})|(?P<date>{_DATE})|(?P<time>{_TIME})|(?P<cite>{_CITE})"
    rf"|(?P<slash>{_SLASH})|(?P<vulgar>{_VULGAR})|(?P<dmixed>{_MIXED_D})|(?P<digits>{_DIGITS}))"
    rf"|\b(?=(?:{_WORD_GATE})\b)"
    rf"(?:(?P<mixed>{_MIXED})|(?P<vague>{_VAGUE})|(?P<fscaled>{_FRAC_SCALED})|(?P<frac>{_FRAC})"
    rf"|(?P<word_ord>{_WORD_ORD})|(?P<word_card>{_WORD_CARD})|(?P<half>{_HALF}))"
)  # matched against lower-cased text: case-sensitive literals let the regex engine skip fast
_CURRENCY_BEFORE = re.compile(rf"(?:{_CUR})[ \t]?\Z", re.IGNORECASE)
_CURRENCY_PREFIX = re.compile(rf"\\?(?:{_CUR})[ \t]?", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+|\d[\d,.]*")
_WEB_FILE = r"\.(?:s?html?|php|aspx?|jsp|cms|pdf|jpe?g|png|gif|xml)\b"
_URL_ANCHOR = re.compile(rf"://|www\.|@|/|{_WEB_FILE}", re.IGNORECASE)
_URLISH = re.compile(rf"://|www\.|@|\.[a-z]{{2,}}/|/[^/\s]*[a-z][^/\s]*/|{_WEB_FILE}",
                     re.IGNORECASE)
_NON_SPACE = re.compile(r"\S*")
_FIRST_INT = re.compile(r"\d+")
# A name or code joined to digits by a hyphen: "COVID-19", "F-16", and in lower case a code with
# no vowel or with digits of its own ("scp-173", "scp2-173"); not "magnitude-6.4", "top-10".
_CAPITALISED_HYPHEN = re.compile(  # (a unit glued to a number is no code: "5km-10km")
    r"(?:(?<![^\W\d_])[A-Z][^\W\d_]*|(?<!\w)(?:[b-df-hj-np-tv-xz]{2,4}|[a-z]+\d+))[-‐]\Z")
_WORD_SIGN = re.compile(r"(?<![^\W\d_])minus[ \t]+\Z")  # matched on lower-cased text
_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\u2009")
_NAN = float("nan")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The number grammar, compiled on first use: 41,000 characters take about 0.15 s to compile,
    which a command that extracts nothing (an `index` of unchanged files) need not pay."""
    return re.compile(_PATTERN_SOURCE)


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One number expression: where it is, its value and the precision its surface implies."""

    start: int  # offsets into the text given
    end: int
    text: str  # text[start:end]
    value: float  # normalised; NaN for kinds 'phone' and 'date_fragment'
    precision: float  # half-width of the rounding interval the surface implies
    ambiguous: bool  # trailing zeros make the precision unclear ("200", "190bn")
    form: str  # 'digits' | 'words' | 'mixed'
    kind: str  # 'cardinal' | 'fraction' | 'ordinal' | 'vague' | 'time' | 'citation' | ...
    lower: float | None = None  # kind 'vague' only: the least and most the phrase allows
    upper: float | None = None  # None = open above


# ---------------------------------------------------------------------------------------------
# Reading values
# ---------------------------------------------------------------------------------------------


def _read_digits(s: str) -> tuple[Decimal, Decimal, bool]:
    """Value, last written decimal place, and whether the integer part ends in a zero."""
    sign = -1 if s[0] in "-−" else 1
    mantissa, _, exponent = s.lstrip("+-−").lower().partition("e")
    if mantissa.count(".") > 1:  # European thousands: 1.234.567
        mantissa = mantissa.replace(".", "")
    mantissa = mantissa.translate(_SEPARATORS)
    whole, _, decimals = mantissa.partition(".")
    exp = int(exponent or 0)
    value = sign * Decimal(mantissa).scaleb(exp)
    round_int = not decimals and not exp and whole.strip("0") != "" and whole.endswith("0")
    return value, Decimal(1).scaleb(exp - len(decimals)), round_int


def _scale_of(word: str) -> int | None:
    """The multiplier a scale word or abbreviation stands for, plurals included."""
    w = word.lower()
    return SCALES.get(w) or SCALES.get(w[:-1]) or SCALE_ABBREVIATIONS.get(w)


def _point_digits(tokens: list[str]) -> str:
    """The digit string read after "point": "zero three" -> "03", "seventy-one" -> "71"."""
    out, i = [], 0
    while i < len(tokens):
        v = UNITS.get(tokens[i], TENS.get(tokens[i], 0))
        if tokens[i] in TENS and i + 1 < len(tokens) and tokens[i + 1] in _DIGIT_WORDS:
            v += UNITS[tokens[i + 1]]
            i += 1
        out.append(str(v))
        i += 1
    return "".join(out)


def _evaluate(tokens: list[str]) -> tuple[Decimal, Decimal | None]:
    """Value of number words, digits and scales, and the last written place (None: exact)."""
    total, current, step = Decimal(0), Decimal(0), None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        scale = _scale_of(tok)
        if tok[0].isdigit():
            current, step, _ = _read_digits(tok)
        elif tok in UNITS or tok in TENS:
            current += UNITS.get(tok, TENS.get(tok, 0))
        elif tok == "a":
            current = Decimal(1)
        elif tok == "point":
            j = i + 1
            while j < len(tokens) and _scale_of(tokens[j]) is None:
                j += 1
            digits = _point_digits(tokens[i + 1:j])
            current += Decimal("0." + digits)
            step = Decimal(1).scaleb(-len(digits))
            i = j - 1
        elif scale == 100:
            current = (current or 1) * 100
        elif scale is not None:
            if current == 0 and total != 0:
                total *= scale  # "lakh crore", "thousand million"
            else:
                total += (current or 1) * scale
                current = Decimal(0)
        if scale is not None and step is not None:
            step *= scale
        i += 1
    return total + current, step


def _denominator(word: str) -> int | None:
    """The denominator a fraction word names ("thirds" -> 3), else None."""
    return FRACTION_DENOMINATORS.get(PLURAL_DENOMINATORS.get(word, word))


def _fraction(tokens: list[str]) -> tuple[Decimal, bool]:
    """Value of "two-thirds", "one and a half", "half a million"...; and whether a scale follows."""
    at = max(i for i, t in enumerate(tokens) if _denominator(t))
    scales = [_scale_of(t) for t in tokens[at + 1:] if _scale_of(t)]
    head = tokens[:at]
    whole = Decimal(0)
    if "and" in head:
        k = len(head) - 1 - head[::-1].index("and")
        whole, head = _evaluate(head[:k])[0], head[k + 1:]
    numerator = _evaluate(head)[0] if head else Decimal(1)
    value = whole + numerator / Decimal(_denominator(tokens[at]) or 1)
    return value * math.prod(scales), bool(scales)


def _words_ambiguous(tokens: list[str], value: Decimal) -> bool:
    """Round word numbers: ending in a scale word, or a whole multiple of ten from ten up."""
    ends_in_scale = _scale_of(tokens[-1]) is not None
    return ends_in_scale or (value >= 10 and value % 10 == 0)


def _vague(tokens: list[str]) -> tuple[int, int | None]:
    """The (lower, upper) a vague quantity allows; None = open above."""
    words = [t for t in tokens if t != "of"]
    two = " ".join(words[:2])
    if two in VAGUE_QUANTIFIERS:
        (lower, upper), rest = VAGUE_QUANTIFIERS[two], words[2:]
    elif words[0] in VAGUE_QUANTIFIERS:
        (lower, upper), rest = VAGUE_QUANTIFIERS[words[0]], words[1:]
    else:
        (lower, upper), rest = VAGUE_PLURALS[words[0]], words[1:]
    for word in rest:
        scale = _scale_of(word) or 1
        lower *= scale
        open_scale = word.rstrip("s") in VAGUE_OPEN_SCALES
        upper = None if upper is None or open_scale else (upper + 1) * scale - 1
    return lower, upper


# ---------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------


def _make(text: str, start: int, end: int, value: Decimal | float, precision: Decimal | float,
          ambiguous: bool, form: str, kind: str,
          bounds: tuple[float | None, float | None] = (None, None)) -> NumberMatch:
    """A NumberMatch over text[start:end]."""
    return NumberMatch(start, end, text[start:end], float(value), float(precision), ambiguous,
                       form, kind, *bounds)


def _glued_left(text: str, start: int) -> bool:
    """True when digits at `start` belong to an identifier: "G20", "COVID19", "COVID-19"."""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalpha() or before == "_":
        return not _CURRENCY_BEFORE.search(text, max(0, start - 8), start)  # "Dh472bn" is money
    return before in "-‐" and bool(_CAPITALISED_HYPHEN.search(text, max(0, start - 40), start))


def _url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each whitespace-separated token that is a URL, e-mail address or file."""
    spans: list[tuple[int, int]] = []
    for anchor in _URL_ANCHOR.finditer(text):
        at = anchor.start()
        if spans and at < spans[-1][1]:
            continue
        left = text[max(0, at - 300):at]
        head = "" if not left or left[-1].isspace() else left.split()[-1]
        token_end = _NON_SPACE.match(text, at).end()  # type: ignore[union-attr]
        if _URLISH.search(text, at - len(head), token_end):
            spans.append((at - len(head), token_end))
    return spans


def _previous_word(text: str, start: int) -> str:
    """The word before position `start`, lower-cased ("" at the start)."""
    words = _TOKEN.findall(text[max(0, start - 40):start])
    return words[-1].lower() if words else ""


def _from_digits(text: str, m: re.Match[str]) -> list[NumberMatch]:
    """Digits with optional sign, decimals, exponent, ordinal suffix or scale."""
    start, end = m.span()
    if m.group("ord") or m.group("ordsc"):
        value, _, _ = _read_digits(m.group("n"))
        if m.group("ordsc"):
            value *= _scale_of(ORDINALS[m.group("ordsc").lower()]) or 1
        form = "mixed" if m.group("ordsc") else "digits"
        return [_make(text, start, end, value, 0, False, form, "ordinal")]
    glued = m.group("gc")
    if glued and not (_CURRENCY_BEFORE.search(text, max(0, start - 8), start)
                      or (m.group("dec") and glued.lower() in ALSO_AFTER_DECIMAL)):
        end, glued = m.start("gc"), None  # "5m" is metres: leave the unit to the caller
    words = [w for w in (m.group("sc"), m.group("sc2"), m.group("gk"), glued) if w]
    value, step, round_int = _read_digits(m.group("n"))
    if not words and step == 1 and value >= ROUNDED_TO_THOUSANDS_FROM and value % 1000 == 0:
        step = Decimal(1000)  # "added 38,000 jobs": written to the thousand, as news rounds 38,200
    scale = math.prod(_scale_of(w) or 1 for w in words)
    form = "mixed" if words else "digits"
    return [_make(text, start, end, value * scale, step * scale / 2, round_int, form,
                  "cardinal")]


def _from_slash(text: str, m: re.Match[str]) -> list[NumberMatch]:
    """"1/3", "2 1/2" as fractions; "5/17/2018" as a date; other slash pairs dropped."""
    start, end = m.span()
    sign = -1 if m.group()[0] in "-−" else 1
    *whole, slashed = m.group().lstrip("-−").split()
    parts = [int(p) for p in slashed.split("/")]
    if len(parts) == 2 and parts[0] < parts[1] and parts[1] in SLASH_DENOMINATORS:
        value = sign * (sum(int(w) for w in whole) + Decimal(parts[0]) / parts[1])
        return [_make(text, start, end, value, 0, False, "digits", "fraction")]
    if whole:
        number = m.group()[:m.group().index(whole[0]) + len(whole[0])]
        value, step, round_int = _read_digits(number)
        return [_make(text, start, start + len(number), value, step / 2, round_int, "digits",
                      "cardinal")]
    if len(parts) == 3:
        return [_make(text, start, end, _NAN, 0, False, "digits", "date_fragment")]
    return []


def _from_time(text: str, m: re.Match[str]) -> list[NumberMatch]:
    """"15:21" -> 15.35 hours, precise to half a minute (half a second with seconds)."""
    parts = [int(p) for p in m.group().split(":")]
    hours = sum(Decimal(p) / 60**i for i, p in enumerate(parts))
    precision = Decimal(1) / (2 * 60 ** (len(parts) - 1))
    return [_make(text, *m.span(), hours, precision, False, "digits", "time")]


def _from_words(text: str, m: re.Match[str], group: str) -> list[NumberMatch]:
    """Number expressions led by words: cardinals, ordinals, fractions and vague quantities."""
    start, end = m.span()
    tokens = [t.lower() for t in _TOKEN.findall(m.group())]
    form = "mixed" if any(t[0].isdigit() for t in tokens) else "words"
    if group == "vague":
        lower, upper = _vague(tokens)
        return [_make(text, start, end, lower, 0, False, "words", "vague",
                      (float(lower), None if upper is None else float(upper)))]
    if group in ("mixed", "fscaled", "frac", "half"):
        if group == "half" and _previous_word(text, start) in HALF_NOT_AFTER:
            return []
        value, scaled = _fraction(tokens)
        ambiguous = scaled and _words_ambiguous(tokens, value)
        kind = "cardinal" if scaled else "fraction"
        return [_make(text, start, end, value, 0, ambiguous, form, kind)]
    if group == "word_ord":
        value, _ = _evaluate([ORDINALS.get(t, t) for t in tokens])
        return [_make(text, start, end, value, 0, False, form, "ordinal")]
    value, step = _evaluate(tokens)
    if step is not None:
        return [_make(text, start, end, value, step / 2, False, form, "cardinal")]
    return [_make(text, start, end, value, 0, _words_ambiguous(tokens, value), form, "cardinal")]


def _from_match(text: str, m: re.Match[str]) -> list[NumberMatch]:
    """The NumberMatches one regex match stands for (none when it is part of an identifier)."""
    group = m.lastgroup or ""
    start, end = m.span()
    if group != "cite" and text[start].isdigit() and _glued_left(text, start):
        return []
    if group == "digits":
        return _from_digits(text, m)
    if group in ("phone", "date"):
        kind = "phone" if group == "phone" else "date_fragment"
        return [_make(text, start, end, _NAN, 0, False, "digits", kind)]
    if group == "time":
        return _from_time(text, m)
    if group == "cite":
        first = int(_FIRST_INT.search(m.group()).group())  # type: ignore[union-attr]
        return [_make(text, start, end, first, 0, False, "digits", "citation")]
    if group == "slash":
        return _from_slash(text, m)
    if group == "vulgar":
        digits = m.group().split()[0]
        value = (int(digits[:-1]) if digits[:-1] else 0) + VULGAR_FRACTIONS[digits[-1]]
        scale = m.group("vscale")
        if scale:  # "1½ million": a scaled amount, as "one and a half million"
            return [_make(text, start, end, value * SCALES[scale], 0, True, "mixed", "cardinal")]
        return [_make(text, start, end, value, 0, False, "digits", "fraction")]
    return _from_words(text, m, "mixed" if group == "dmixed" else group)


def find_numbers(text: str) -> list[NumberMatch]:
    """All number expressions in `text`, left to right, non-overlapping, longest first."""
    lowered = text.replace("\u0130", "i").lower()  # "İ" is the one letter whose lower() grows
    urls = _url_spans(text)
    url_starts = [s for s, _ in urls]
    found = []
    for m in _pattern().finditer(lowered):
        i = bisect.bisect_right(url_starts, m.start()) - 1
        if i < 0 or m.start() >= urls[i][1]:
            for number in _from_match(text, m):
                found.append(_signed_by_word(text, lowered, number, found))
    return found


def _signed_by_word(text: str, lowered: str, number: NumberMatch, before: list[NumberMatch]) -> NumberMatch:
    """The number with a sign written as a word before it ("minus five percent", "minus 15
    degrees"); unchanged where there is none or it joins two numbers ("ten minus two")."""
    if number.kind not in ("cardinal", "fraction") or number.text[:1] in "-−+":
        return number
    sign = _WORD_SIGN.search(lowered, max(0, number.start - 12), number.start)
    if sign is None or (before and not lowered[before[-1].end:sign.start()].strip()):
        return number
    return replace(number, start=sign.start(), text=text[sign.start():number.end], value=-number.value)


def parse_number(surface: str) -> NumberMatch | None:
    """All of `surface` read as one number, else None; spaces and a leading currency aside."""
    stripped = surface.strip()
    offset = surface.find(stripped)
    currency = _CURRENCY_PREFIX.match(stripped)
    if currency:
        offset += currency.end()
    found = find_numbers(surface)
    if len(found) == 1 and found[0].start == offset and found[0].end == len(surface.rstrip()):
        return found[0]
    return None
