"""Prefilter: a cheap test for text that cannot hold a claim, run before the expensive stages.

Every claim needs a number (numbers.py) or a time expression (periods.py), and neither can be
found without a digit, a vulgar fraction or one of the words their grammars start from: number
words, scale words, fractions and vague amounts, month and weekday names, "today" and its
kin, "year" (every relative year: "last year", "a year earlier"), "a"/"an" before a unit of
time, length or weight (extraction reads "about an hour" and "about a mile" as one) and "single"
("a single shell" is one), "once" and "twice" ("was shot twice"). Text with none of these is skipped: sentences before their numbers
and times are looked for, and whole lines before they are even tokenised. The words come from the same tables the grammars are built from, and
tests/test_prefilter.py checks that nothing the grammars find is ever skipped.
"""

from __future__ import annotations

import re

from .lexicon import (
    AGO_UNITS,
    ARTICLE_UNITS,
    CLOCK_WORDS,
    MONTHS,
    RECENT_UNITS,
    RELATIVE_DAY_PARTS,
    RELATIVE_DAYS,
    WEEKDAYS,
    ZERO_CASUALTY_WORDS,
)
from .numbers import (
    FRACTION_DENOMINATORS,
    ORDINALS,
    PLURAL_DENOMINATORS,
    SCALES,
    TENS,
    UNITS,
    VAGUE_PLURALS,
    VAGUE_QUANTIFIERS,
    VULGAR_FRACTIONS,
    _alt,
)

_NUMBER_WORDS = {
    *UNITS, *TENS, *ORDINALS, *VAGUE_PLURALS, *FRACTION_DENOMINATORS, *PLURAL_DENOMINATORS,
    *SCALES, *(scale + "s" for scale in SCALES),
    # "a few", "a couple": the word after "a" ("a" itself would let every sentence through)
    *(word for quantifier in VAGUE_QUANTIFIERS for word in quantifier.split() if word != "a"),
}
_TIME_WORDS = {
    *MONTHS, *WEEKDAYS, *RELATIVE_DAYS, *CLOCK_WORDS, *AGO_UNITS, *RECENT_UNITS, "week", "weekend", "month",
    *(phrase.split()[-1] for phrase in RELATIVE_DAY_PARTS),  # "last night", "this morning"
    "year",  # every RELATIVE_YEARS phrase says "year"
}
_TRIGGER = re.compile(
    rf"[\d{''.join(VULGAR_FRACTIONS)}]"
    rf"|\b(?:no|nobody)\b[^.;]{{0,30}}\b(?:{_alt(set(ZERO_CASUALTY_WORDS))})\b"  # zero counts: "no one was hurt"
    rf"|\b(?:{_alt(_NUMBER_WORDS | _TIME_WORDS)})\b"  # a trie: a word that is none of them fails fast
    rf"|\ban?\s+(?:{_alt(ARTICLE_UNITS, literal=True)})\b"  # "about an hour", "about a mile": extract's one
    r"|\bsingle\b"  # "a single shell", "single counts of": extract's one
    r"|\b(?:once|twice)\b"  # "was shot twice": extract's two
)
# Letters that match an ASCII letter under re.IGNORECASE (as the time patterns are compiled)
# but that str.lower() does not turn into it: "ſ" is "s", "ı" and "İ" are "i".
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i"})
_FOLDED = re.compile("[\u017f\u0131\u0130]")


def fold_case(text: str) -> str:
    """`text` lower-cased so that every letter a case-insensitive pattern reads as an ASCII
    letter is that letter."""
    if _FOLDED.search(text):
        text = text.translate(_FOLD)
    return text.lower()


def may_hold_claims(text: str) -> bool:
    """False only when no number and no time expression can be found in `text`."""
    return _TRIGGER.search(fold_case(text)) is not None
