"""spaCy components registered by claimcheck.

`claimcheck_sentencizer`: sentence boundaries for dirty web and newswire text, where a line
break ends a sentence as surely as a full stop (headlines, list items, captions), and where
abbreviations ("Feb.", "U.S.", "Mr.") and initials do not.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})


class LineSentencizer:
    """Split at line breaks, and at sentence-final punctuation followed by a capital, a digit
    or an opening quote."""

    def __init__(self, *, split_on_newlines: bool = True) -> None:
        self.split_on_newlines = split_on_newlines

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            starts = sentence_starts([token.text for token in doc], split_on_newlines=self.split_on_newlines)
            marks = numpy.where(numpy.array(starts, dtype=bool), 1, -1).astype("int64").reshape(-1, 1)
            doc.from_array([SENT_START], marks.astype("uint64"))  # one call, not a setter per token
        return doc


def sentence_starts(words: Sequence[str], *, split_on_newlines: bool = True) -> list[bool]:
    """Which tokens (given by their texts) start a sentence: the rules of LineSentencizer, on
    plain strings so that no spaCy Token is built per word."""
    starts = [False] * len(words)
    if not words:
        return starts
    starts[0] = True
    after_end = words[0] in _ENDERS
    prev = words[0]
    for i in range(1, len(words)):
        text = words[i]
        space = text.isspace()
        if split_on_newlines and "\n" in prev and prev.isspace():
            starts[i] = True
        elif "\n" in text and space:
            starts[i] = False
        elif after_end and text not in _CLOSERS and not space and (
            text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'(["
        ):
            starts[i] = not _is_initial(words, i - 1)
        if text in _ENDERS or (text[-1:] in ".!?" and len(text) > 1 and not text[0].isalnum()):
            after_end = True
        elif text in _CLOSERS and after_end:
            after_end = True
        elif space and "\n" not in text:
            pass
        else:
            after_end = False
        prev = text
    return starts


def _is_initial(words: Sequence[str], end_index: int) -> bool:
    """A full stop after a single capital letter: an initial ("J. Smith"), not a sentence end."""
    if end_index < 1 or words[end_index] != ".":
        return False
    word = words[end_index - 1]
    return len(word) == 1 and word.isupper()


@Language.factory("claimcheck_sentencizer", default_config={"split_on_newlines": True})
def make_sentencizer(nlp: Language, name: str, *, split_on_newlines: bool) -> LineSentencizer:
    """Factory for the line-aware sentencizer."""
    return LineSentencizer(split_on_newlines=split_on_newlines)
