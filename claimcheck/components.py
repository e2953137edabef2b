"""spaCy components registered by claimcheck.

`claimcheck_sentencizer`: sentence boundaries for dirty web and newswire text, where a line
break ends a sentence as surely as a full stop (headlines, list items, captions), and where
abbreviations ("Feb.", "U.S.", "Mr.") and initials do not. `register_sentencizer()` registers
it with spaCy (extract.build_pipeline does), so that importing claimcheck never loads spaCy.

`sentence_spans` yields the sentences of a text. Because a line break always ends a sentence
and spaCy's tokenizer never looks across whitespace, claimcheck's own pipeline can split a
text one run of lines at a time, and leave out the lines a caller does not need, untokenised;
within a run, only the words around stops and line breaks are tokenised (`_RunReader`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads when a pipeline is built, not with claimcheck
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

from .lexicon import QUESTION_OPENERS, TITLE_ABBREVIATIONS, WEEKDAYS

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

# A time of day's "a.m."/"p.m." at a line's end, and a line that is only a day ("Thursday."):
# "arraigned at 10:30 a.m.\nThursday." is one sentence the page's layout broke, not two.
_CLOCK_AT_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_DAY_WORD = re.compile(r"(?:" + "|".join(WEEKDAYS) + r")$", re.IGNORECASE)
_DAY_LINE = re.compile(r"(?:" + "|".join(WEEKDAYS) + r")\.[ \t]*(?:\n|$)", re.IGNORECASE)


def _day_finishes_time(words: Sequence[str], i: int) -> bool:
    """Whether the line break `words[i]` splits a time of day from its day on a line of its own:
    "at 10:30 a.m." then "Thursday." (see `_CLOCK_AT_END`)."""
    return (0 < i and i + 2 < len(words) and _CLOCK_AT_END.search(words[i - 1]) is not None
            and _DAY_WORD.match(words[i + 1]) is not None and words[i + 2] == "."
            and (i + 3 == len(words) or "\n" in words[i + 3]))


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
            if split_on_newlines and i + 1 < len(words) and not _day_finishes_time(words, i):
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
        ) and not _is_initial(words, j - 1) and not _is_title(words, j - 1) and not _lost_sign(words, i, _opener(words, latest)):
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


def _is_title(words: Sequence[str], end_index: int) -> bool:
    """A full stop after a title or rank written short ("Capt. Ramon Villanueva", "Lt. Col. Ann
    Lee"), not a sentence end."""
    return end_index >= 1 and words[end_index] == "." and words[end_index - 1] in TITLE_ABBREVIATIONS


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
    run_of = _RunReader(nlp.tokenizer)
    for run_start, run_end in _kept_lines(text, keep):
        for start, end in run_of(text[run_start:run_end], after_line_break=run_start > 0):
            yield run_start + start, run_start + end


# A whitespace run holding a line break, or a word (a run of non-space) holding a stop.
_MARKED_RUN = re.compile(r"\s*\n\s*|(?<!\S)\S*[.!?…]\S*")
_WORD_RUN = re.compile(r"\S+")
_STOP = re.compile(r"[.!?…]")


class _RunReader:
    """The sentences of a run of lines by the rules of `_start_indices`, read from the text itself.

    spaCy's tokenizer splits each whitespace-separated word on its own, and a single space after
    a word belongs to that word's token (any other whitespace is a token of its own). So only the
    words holding a stop, and the words next to them, need tokenising, each distinct word once;
    the rest of the run is never turned into tokens."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.joins = _special_joins(tokenizer)
        self.run = ""

    def __call__(self, run: str, *, after_line_break: bool) -> list[tuple[int, int]]:
        """(start, end) in `run` of each of its sentences, as `sentence_spans` gives them."""
        self.run = run
        if self.joins_words():  # spaCy's tokens of the whole run are not its words' own
            doc = self.tokenizer(run)
            words = [token.text for token in doc]
            starts = _start_indices(words, split_on_newlines=True, after_line_break=after_line_break)
            return [(doc[begin].idx, doc[end - 1].idx + len(words[end - 1]))
                    for begin, end in zip(starts, starts[1:] + [len(words)])]
        starts = {0}
        latest: tuple[int, str | None] = (0, None)  # where the sentence being read starts, and its first word
        for m in _MARKED_RUN.finditer(run):
            if run[m.start()].isspace():  # a line break: the next token starts a sentence
                if m.end() < len(run) and not (_CLOCK_AT_END.search(run, max(0, m.start() - 8), m.start())
                                              and _DAY_LINE.match(run, m.end())):
                    starts.add(m.end())
                    latest = (m.end(), None)
                continue
            tokens = self.tokens(m.start(), m.end())
            for k, (at, text) in enumerate(tokens):
                opening = at == 0 and not after_line_break  # the first word of a text ends nothing unless a bare ender
                if not _STOP.search(text) or not (text in _ENDERS if opening else _is_ender(text)):
                    continue
                following = self.after(tokens, k, m.end())
                first = next_token = next(following, None)
                while next_token is not None and (
                    next_token[1] in _CLOSERS or (next_token[1].isspace() and "\n" not in next_token[1])
                ):
                    next_token = next(following, None)
                if first is None or next_token is None:
                    continue
                start, word = next_token
                if word.isspace() or not (word[:1].isupper() or word[:1].isdigit() or word[:1] in "\"“‘'(["):
                    continue
                before = self.before(tokens, k, m.start())
                initial_or_title = next_token is first and text == "." and (len(before) == 1 and before.isupper()
                                                                     or before in TITLE_ABBREVIATIONS)  # `_is_title`
                lost_sign = (text == "?" and before[-1:].islower() and first[1][:1].isdigit()
                             and self.opener(latest).lower() not in QUESTION_OPENERS)
                if not initial_or_title and not lost_sign:
                    starts.add(start)
                    latest = (start, word)
        bounds = sorted(starts)
        return list(zip(bounds, [self.end_before(s) for s in bounds[1:]] + [self.end_before(len(run))]))

    def joins_words(self) -> bool:
        """Whether spaCy tokenises some words of the run otherwise than each on its own. Its
        special cases are also found as sequences of tokens, and across spaces ("' ''" holds
        "'" and "'", as "''" does), so words where such a sequence could run from one into the
        next are tokenised together, and compared with their tokens one by one."""
        run = self.run
        if self.joins.everywhere:
            return True
        chains: list[list[int]] = []  # [start, end] of words that such sequences could join
        for m in self.joins.boundary.finditer(run):
            pairs = self.joins.pairs.get((m.group(1), m.group(2)))
            if pairs is None:
                continue
            word_start = m.start()
            while word_start and not run[word_start - 1].isspace():
                word_start -= 1
            word_end = _WORD_RUN.match(run, m.end()).end()  # type: ignore[union-attr]
            if not any(run.endswith(last, word_start, m.start()) and run.startswith(first, m.end(), word_end)
                       for last, first in pairs):
                continue
            if chains and word_start < chains[-1][1]:
                chains[-1][1] = word_end
            else:
                chains.append([word_start, word_end])
        return any(self.spaced_tokens(start, end) != list(_word_tokens(self.tokenizer, run[start:end]))
                   for start, end in chains)

    def spaced_tokens(self, start: int, end: int) -> list[tuple[int, str]]:
        """The tokens of run[start:end] (from a word's start to a word's end) made of its words'
        own tokens and the whitespace between them, as (position in run[start:end], text)."""
        tokens: list[tuple[int, str]] = []
        position = start
        for word in _WORD_RUN.finditer(self.run, start, end):
            space_start = position + (position > start and self.run[position] == " ")
            if space_start < word.start():
                tokens.append((space_start - start, self.run[space_start:word.start()]))
            tokens.extend((at - start, text) for at, text in self.tokens(*word.span()))
            position = word.end()
        return tokens

    def tokens(self, start: int, end: int) -> list[tuple[int, str]]:
        """The tokens of the word run[start:end], as (position in the run, text)."""
        return [(start + at, text) for at, text in _word_tokens(self.tokenizer, self.run[start:end])]

    def after(self, tokens: list[tuple[int, str]], k: int, word_end: int) -> Iterator[tuple[int, str]]:
        """The tokens after tokens[k], the k-th token of the word that ends at `word_end`."""
        yield from tokens[k + 1:]
        run, position = self.run, word_end
        while position < len(run):
            word = _WORD_RUN.search(run, position)
            space_end = word.start() if word else len(run)
            space_start = position + (run[position] == " ")  # a space after a word is that word's
            if space_start < space_end:
                yield space_start, run[space_start:space_end]
            if word is None:
                return
            yield from self.tokens(*word.span())
            position = word.end()

    def before(self, tokens: list[tuple[int, str]], k: int, word_start: int) -> str:
        """The text of the token before tokens[k], the k-th token of the word at `word_start`
        ("" for the first token of the run)."""
        if k:
            return tokens[k - 1][1]
        run, space_start = self.run, word_start
        while space_start and run[space_start - 1].isspace():
            space_start -= 1
        if space_start < word_start and (space_start == 0 or word_start - space_start > 1 or run[space_start] != " "):
            return run[space_start + (space_start > 0 and run[space_start] == " "):word_start]  # a whitespace token
        if space_start == 0:
            return ""
        previous_start = space_start
        while previous_start and not run[previous_start - 1].isspace():
            previous_start -= 1
        return self.tokens(previous_start, space_start)[-1][1]

    def opener(self, latest: tuple[int, str | None]) -> str:
        """The first word of the sentence that starts at latest[0] (its text is latest[1] when known)."""
        if latest[1] is not None:
            return latest[1]
        word = _WORD_RUN.search(self.run, latest[0])
        return self.tokens(*word.span())[0][1] if word else ""

    def end_before(self, position: int) -> int:
        """Where the last token before `position` (a token start or the end of the run) ends."""
        run = self.run
        absorbed = position >= 2 and run[position - 1] == " " and not run[position - 2].isspace()
        return position - 1 if absorbed else position


@dataclass(frozen=True)
class _SpecialJoins:
    """Where a tokenizer's special cases could join words (see _RunReader.joins_words): the
    pairs of tokens that follow each other in a special case as the affix rules split it ("Ph.D."
    gives "Ph", "." and "D."), by the last character of the first and the first of the second;
    the spaces between words such a pair could meet across; `everywhere` when a special case
    holds a space, so that any two words could be joined."""

    pairs: dict[tuple[str, str], tuple[tuple[str, str], ...]]
    boundary: re.Pattern[str]
    everywhere: bool


@lru_cache(maxsize=4)
def _special_joins(tokenizer: Tokenizer) -> _SpecialJoins:
    from spacy.tokenizer import Tokenizer

    affixes_only = Tokenizer(tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                             suffix_search=tokenizer.suffix_search, infix_finditer=tokenizer.infix_finditer,
                             token_match=tokenizer.token_match, url_match=tokenizer.url_match)
    pairs: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
    everywhere = False
    for rule in tokenizer.rules or {}:
        texts = [token.text for token in affixes_only(rule)]
        everywhere = everywhere or (len(texts) > 1 and any(text.isspace() for text in texts))
        for last, first in itertools.pairwise(texts):
            pairs[last[-1], first[0]] = (*pairs.get((last[-1], first[0]), ()), (last, first))
    firsts = "".join(sorted({first for _, first in pairs}))
    lasts = "".join(sorted({last for last, _ in pairs}))
    boundary = re.compile(rf"(?<=([{re.escape(lasts)}]))\s+(?=([{re.escape(firsts)}]))" if pairs else r"(?!)")
    return _SpecialJoins(pairs, boundary, everywhere)


@lru_cache(maxsize=1 << 16)
def _word_tokens(tokenizer: Tokenizer, word: str) -> tuple[tuple[int, str], ...]:
    """spaCy's tokens of one whitespace-free word, as (position in the word, text)."""
    return tuple((token.idx, token.text) for token in tokenizer(word))


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
