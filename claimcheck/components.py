"""spaCy components registered by claimcheck.

`claimcheck_sentencizer`: sentence boundaries for dirty web and newswire text, where a line
break ends a sentence as surely as a full stop (headlines, list items, captions), and where
abbreviations ("Feb.", "U.S.", "Mr.") and initials do not.
"""

from __future__ import annotations

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
        starts = [False] * len(doc)
        if len(doc):
            starts[0] = True
        after_end = False
        for i, token in enumerate(doc):
            if i == 0:
                after_end = token.text in _ENDERS
                continue
            prev = doc[i - 1]
            text = token.text
            if self.split_on_newlines and "\n" in prev.text and prev.is_space:
                starts[i] = True
            elif "\n" in text and token.is_space:
                starts[i] = False
            elif after_end and text not in _CLOSERS and not token.is_space and (
                text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'(["
            ):
                starts[i] = not _is_initial(doc, i - 1)
            if text in _ENDERS or (text[-1:] in ".!?" and len(text) > 1 and not text[0].isalnum()):
                after_end = True
            elif text in _CLOSERS and after_end:
                after_end = True
            elif token.is_space and "\n" not in text:
                pass
            else:
                after_end = False
        if len(doc):
            marks = numpy.array([[1 if start else -1] for start in starts], dtype="int64")
            doc.from_array([SENT_START], marks.astype("uint64"))  # one call, not a setter per token
        return doc


def _is_initial(doc: Doc, end_index: int) -> bool:
    """A full stop after a single capital letter: an initial ("J. Smith"), not a sentence end."""
    if end_index < 1 or doc[end_index].text != ".":
        return False
    word = doc[end_index - 1].text
    return len(word) == 1 and word.isupper()


@Language.factory("claimcheck_sentencizer", default_config={"split_on_newlines": True})
def make_sentencizer(nlp: Language, name: str, *, split_on_newlines: bool) -> LineSentencizer:
    """Factory for the line-aware sentencizer."""
    return LineSentencizer(split_on_newlines=split_on_newlines)
