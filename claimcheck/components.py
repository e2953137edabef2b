"""spaCy components registered by claimcheck.

`claimcheck_sentencizer`: sentence boundaries for dirty web and newswire text, where a line
break ends a sentence as surely as a full stop (headlines, list items, captions), and where
abbreviations ("Feb.", "U.S.", "Mr.") and initials do not. `register_sentencizer()` registers
it with spaCy (extract.build_pipeline does), so that importing claimcheck never loads spaCy.

`sentence_spans` yields the sentences of a text. Because a line break always ends a sentence
and spaCy's tokenizer never looks across whitespace, claimcheck's own pipeline can split a
text one run of lines at a time, and leave out the lines a caller does not need, untokenised.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads when a pipeline is built, not with claimcheck
    from spacy.language import Language
    from spacy.tokens import Doc

from .lexicon import QUESTION_OPENERS

_ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})


class LineSentencizer:
    """Split at line breaks, and at sentence-final punctuation followed by a capital, a digit
    or an opening quote."""

    def __init__(self, *, split_on_newlines: bool = True) -> None:
        self.split_on_newlines = split_on_newlines

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import SENT_START

        if len(doc):
            starts = sentence_starts([token.text for token in doc], split_on_newlines=self.split_on_newlines)
            marks = numpy.where(numpy.array(starts, dtype=bool), 1, -1).astype("int64").reshape(-1, 1)
            doc.from_array([SENT_START], marks.astype("uint64"))  # one call, not a setter per token
        return doc


def sentence_starts(
    words: Sequence[str], *, split_on_newlines: bool = True, after_line_break: bool = False
) -> list[bool]:
    """Which tokens (given by their texts) start a sentence: the rules of LineSentencizer, on
    plain strings so that no spaCy Token is built per word. `after_line_break`: the words
    follow a line break, as the first word of a text does not."""
    starts = [False] * len(words)
    for i in _start_indices(words, split_on_newlines=split_on_newlines, after_line_break=after_line_break):
        starts[i] = True
    return starts


# Characters a token must hold to end a sentence or a line; only such tokens are looked at.
_MARKS = re.compile(r"[.!?…\n]")


def _start_indices(words: Sequence[str], *, split_on_newlines: bool, after_line_break: bool) -> list[int]:
    """The indices of the tokens that start a sentence, in order (see sentence_starts).

    A sentence starts after a line break, or after an ender (a full stop, "?!", "...") and any
    closing quotes or brackets and spaces, at a capital, a digit or an opening quote; an initial
    ("J.") is no ender. Only the tokens holding a stop or a line break can set that off, so the
    others are skipped, found with one search over the words joined."""
    if not words:
        return []
    ends = list(itertools.accumulate(len(word) + 1 for word in words))  # in "\0".join(words)
    marked = sorted({bisect.bisect_right(ends, m.start()) for m in _MARKS.finditer("\0".join(words))})
    starts = {0} if split_on_newlines or not after_line_break else set()
    latest = 0  # where the sentence being read starts: its first word says whether it asks
    for i in marked:
        text = words[i]
        if text.isspace():  # a line break: the next token starts a sentence
            if split_on_newlines and i + 1 < len(words):
                starts.add(i + 1)
                latest = i + 1
            continue
        opening = i == 0 and not after_line_break  # the first word of a text ends nothing unless a bare ender
        if not (text in _ENDERS if opening else _is_ender(text)):
            continue
        j = i + 1
        while j < len(words) and (words[j] in _CLOSERS or (words[j].isspace() and "\n" not in words[j])):
            j += 1
        if j < len(words) and not words[j].isspace() and (
            words[j][:1].isupper() or words[j][:1].isdigit() or words[j][:1] in "\"“‘'(["
        ) and not _is_initial(words, j - 1) and not _lost_sign(words, i, _opener(words, latest)):
            starts.add(j)
            latest = j
    return sorted(starts)


def _is_ender(text: str) -> bool:
    """A token that ends a sentence: ".", "!", "?", "...", or punctuation ending in one."""
    return text in _ENDERS or (text[-1:] in ".!?" and len(text) > 1 and not text[0].isalnum())


def _is_initial(words: Sequence[str], end_index: int) -> bool:
    """A full stop after a single capital letter: an initial ("J. Smith"), not a sentence end."""
    if end_index < 1 or words[end_index] != ".":
        return False
    word = words[end_index - 1]
    return len(word) == 1 and word.isupper()


def _opener(words: Sequence[str], start: int) -> str:
    """The first word of the sentence that starts at `start` (spaces skipped)."""
    return next((word for word in words[start:] if not word.isspace()), "")


def _lost_sign(words: Sequence[str], end_index: int, opener: str | None) -> bool:
    """A "?" between a lowercase word and a figure in a sentence that asks nothing ("since
    agreeing an? 110 billion", "who earns? 900 a month"): a currency sign lost in transcoding.
    A question opens with a question word or an auxiliary ("Who will pay? 22 people asked")."""
    return (
        words[end_index] == "?" and end_index >= 1 and words[end_index - 1][-1:].islower()
        and end_index + 1 < len(words) and words[end_index + 1][:1].isdigit()
        and (opener or "").lower() not in QUESTION_OPENERS
    )


# A line break with the whitespace around it: the token after it always starts a sentence.
_LINE_BREAK = re.compile(r"\n\s*")


def sentence_spans(
    nlp: Language, text: str, *, keep: Callable[[str], bool] | None = None
) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of `text`, as `nlp` splits them. With claimcheck's own
    pipeline, lines that `keep` rejects are left out: no sentence of them is needed."""
    if keep is None or not _splits_at_line_breaks(nlp):
        for sent in nlp(text).sents:
            yield sent.start_char, sent.end_char
        return
    for run_start, run_end in _kept_lines(text, keep):
        doc = nlp.make_doc(text[run_start:run_end])
        words = [token.text for token in doc]
        starts = _start_indices(words, split_on_newlines=True, after_line_break=run_start > 0)
        for begin, end in zip(starts, starts[1:] + [len(words)]):
            yield run_start + doc[begin].idx, run_start + doc[end - 1].idx + len(words[end - 1])


def _splits_at_line_breaks(nlp: Language) -> bool:
    """Whether `nlp` is spaCy's rule tokenizer and our sentencizer alone, splitting at line breaks."""
    from spacy.tokenizer import Tokenizer

    return (
        nlp.pipe_names == ["claimcheck_sentencizer"]
        and nlp.get_pipe("claimcheck_sentencizer").split_on_newlines
        and type(nlp.tokenizer) is Tokenizer
    )


def _kept_lines(text: str, keep: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of consecutive lines that `keep` accepts; a line ends after the
    whitespace that follows its line break."""
    run_start = run_end = 0
    line_start = 0
    for line_end in [m.end() for m in _LINE_BREAK.finditer(text)] + [len(text)]:
        if line_end <= line_start:
            continue
        if keep(text[line_start:line_end]):
            if line_start != run_end:
                if run_end > run_start:
                    yield run_start, run_end
                run_start = line_start
            run_end = line_end
        line_start = line_end
    if run_end > run_start:
        yield run_start, run_end


def make_sentencizer(nlp: Language, name: str, *, split_on_newlines: bool) -> LineSentencizer:
    """Factory for the line-aware sentencizer."""
    return LineSentencizer(split_on_newlines=split_on_newlines)


@lru_cache(maxsize=1)
def register_sentencizer() -> None:
    """Register `claimcheck_sentencizer` with spaCy, once, before a pipeline adds it."""
    from spacy.language import Language

    Language.factory("claimcheck_sentencizer", default_config={"split_on_newlines": True}, func=make_sentencizer)
