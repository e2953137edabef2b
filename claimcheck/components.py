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

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads when a pipeline is built, not with claimcheck
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
    if not words:
        return starts
    if after_line_break:
        first, prev, after_end = 0, "\n", False
    else:
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
