"""spaCy components registered by claimcheck.

`claimcheck_sentencizer`: sentence boundaries for dirty web and newswire text, where a line
break ends a sentence as surely as a full stop (headlines, list items, captions), and where
abbreviations ("Feb.", "U.S.", "Mr.") and initials do not.

`sentence_spans` yields the sentences of a text. Because a line break always ends a sentence
and spaCy's tokenizer never looks across whitespace, claimcheck's own pipeline can split a
text one run of lines at a time, and leave out the lines a caller does not need, untokenised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
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
    if not words:
        return starts
    opener = None  # the first word of the sentence being read
    if after_line_break:
        first, prev, after_end = 0, "\n", False
    else:
        opener = words[0]
        first, prev, after_end = 1, words[0], words[0] in _ENDERS
        starts[0] = True
    for i in range(first, len(words)):
        text = words[i]
        space = text.isspace()
        if split_on_newlines and "\n" in prev and prev.isspace():
            starts[i] = True
        elif "\n" in text and space:
            starts[i] = False
        elif after_end and text not in _CLOSERS and not space and (
            text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'(["
        ):
            starts[i] = not _is_initial(words, i - 1) and not _lost_sign(words, i - 1, opener)
        if text in _ENDERS or (text[-1:] in ".!?" and len(text) > 1 and not text[0].isalnum()):
            after_end = True
        elif text in _CLOSERS and after_end:
            after_end = True
        elif space and "\n" not in text:
            pass
        else:
            after_end = False
        if starts[i] or (opener is None and not space):
            opener = text
        prev = text
    return starts


def _is_initial(words: Sequence[str], end_index: int) -> bool:
    """A full stop after a single capital letter: an initial ("J. Smith"), not a sentence end."""
    if end_index < 1 or words[end_index] != ".":
        return False
    word = words[end_index - 1]
    return len(word) == 1 and word.isupper()


def _lost_sign(words: Sequence[str], end_index: int, opener: str | None) -> bool:
    """A "?" between a lowercase word and a figure in a sentence that asks nothing ("since
    agreeing an? 110 billion", "who earns? 900 a month"): a currency sign lost in transcoding.
    A question opens with a question word or an auxiliary ("Who will pay? 22 people asked")."""
    return (
        words[end_index] == "?" and end_index >= 1 and words[end_index - 1][-1:].islower()
        and words[end_index + 1][:1].isdigit() and (opener or "").lower() not in QUESTION_OPENERS
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
        tokens = [(token.idx, token.text) for token in nlp.make_doc(text[run_start:run_end])]
        starts = sentence_starts([word for _, word in tokens], after_line_break=run_start > 0)
        begin = 0
        for i in range(1, len(tokens) + 1):
            if i == len(tokens) or starts[i]:
                last_idx, last_word = tokens[i - 1]
                yield run_start + tokens[begin][0], run_start + last_idx + len(last_word)
                begin = i


def _splits_at_line_breaks(nlp: Language) -> bool:
    """Whether `nlp` is spaCy's rule tokenizer and our sentencizer alone, splitting at line breaks."""
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


@Language.factory("claimcheck_sentencizer", default_config={"split_on_newlines": True})
def make_sentencizer(nlp: Language, name: str, *, split_on_newlines: bool) -> LineSentencizer:
    """Factory for the line-aware sentencizer."""
    return LineSentencizer(split_on_newlines=split_on_newlines)
