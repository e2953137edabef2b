"""Sentences: where claimcheck's sentencizer splits news text, whole or one run of lines at a time."""

import random
from itertools import pairwise
from pathlib import Path

import pytest

from claimcheck.components import (
    _CLOSERS,
    _ENDERS,
    _RunReader,
    sentence_spans,
    sentence_starts,
)
from claimcheck.extract import build_pipeline, default_pipeline
from claimcheck.lexicon import QUESTION_OPENERS, TITLE_ABBREVIATIONS
from claimcheck.prefilter import may_hold_claims

ROOT = Path(__file__).resolve().parent.parent


def sentences(text: str) -> list[str]:
    return [sent.text for sent in default_pipeline()(text).sents]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trade grew 5%. Exports rose.", ["Trade grew 5%.", "Exports rose."]),
        ("BEIJING, Feb. 6, 2026 /PRNewswire/ -- Xi met Putin.",
         ["BEIJING, Feb. 6, 2026 /PRNewswire/ -- Xi met Putin."]),
        ("The U.S. Navy said so. It left.", ["The U.S. Navy said so.", "It left."]),
        ("J. Smith and A. Jones spoke.", ["J. Smith and A. Jones spoke."]),
        # a title or rank written short is no sentence end
        ("Capt. Maria Ortiz, 52, was named. Sgt. Ian Bell, 41, died.", ["Capt. Maria Ortiz, 52, was named.", "Sgt. Ian Bell, 41, died."]),
        ("Lt. Col. Omar Diaz and Det. Insp. Ruth Kane spoke.", ["Lt. Col. Omar Diaz and Det. Insp. Ruth Kane spoke."]),
        ("Headline without a stop\nBody text follows.", ["Headline without a stop\n", "Body text follows."]),
        ('He said: "It rose." Then it fell.', ['He said: "It rose."', "Then it fell."]),
        ("It fell 3.4%. 12 people died.", ["It fell 3.4%.", "12 people died."]),
        ("Line one\n\n  Line two.", ["Line one\n\n  ", "Line two."]),
        # A "?" before a figure in a statement is a currency sign lost in transcoding ...
        ("Greece agreed an? 110 billion bailout. Strikes followed.",
         ["Greece agreed an? 110 billion bailout.", "Strikes followed."]),
        ("A clerk who earns? 900 a month spoke.", ["A clerk who earns? 900 a month spoke."]),
        # ... but a question ends where it asks.
        ("Who will pay? 22 people asked the council.", ["Who will pay?", "22 people asked the council."]),
        ("Did the toll rise? 12 more were found.", ["Did the toll rise?", "12 more were found."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def whole_text_spans(text: str) -> list[tuple[int, int]]:
    """The slow, obvious path: the whole text through the spaCy pipeline."""
    return [(sent.start_char, sent.end_char) for sent in default_pipeline()(text).sents]


def real_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "data").glob("*.txt"))]


# Lines, breaks and the whitespace around them in the forms web text has them.
PIECES = (
    "Trade rose 5%.", "Exports fell.", "U.S.", "Feb. 6", "J.", "Smith", '"Quote."', "(aside)",
    "Headline", "12 people", "...", "?!", "\n", "\n\n", " \n", "\n ", "\r\n", "\t", "  ", " ",
    "\u00a0\n", "\u2028", ".", "..", "!!", "\u201c", "It", "said", "Monday", "- ", "•",
)


def random_texts(seed: int, count: int = 200) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice((" ", "")) + rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
            for _ in range(count)]


@pytest.mark.parametrize("source", ["data", 0, 1, 2])
def test_line_by_line_splitting_equals_whole_text_splitting(source):
    texts = real_texts() if source == "data" else random_texts(source)
    nlp = default_pipeline()
    for text in texts:
        assert list(sentence_spans(nlp, text, keep=lambda line: True)) == whole_text_spans(text)


def has_it(text: str) -> bool:
    return "It" in text


@pytest.mark.parametrize("keep", [may_hold_claims, has_it])
@pytest.mark.parametrize("source", ["data", 3, 4])
def test_left_out_lines_hold_no_sentence_that_is_kept(source, keep):
    texts = real_texts() if source == "data" else random_texts(source)
    nlp = default_pipeline()
    for text in texts:
        whole = whole_text_spans(text)
        kept = list(sentence_spans(nlp, text, keep=keep))
        assert set(kept) <= set(whole)
        assert [s for s in whole if keep(text[s[0]:s[1]])] == [s for s in kept if keep(text[s[0]:s[1]])]


def test_a_trained_pipeline_splits_the_whole_text():
    nlp = build_pipeline()
    nlp.add_pipe("sentencizer", name="extra", last=True)  # any pipeline but claimcheck's own
    text = "Officials met.\nTrade rose 5%. Nothing else.\n"
    assert list(sentence_spans(nlp, text, keep=may_hold_claims)) == [
        (sent.start_char, sent.end_char) for sent in nlp(text).sents
    ]


def sentence_starts_slowly(words, *, split_on_newlines=True, after_line_break=False):
    """The sentencizer's rules token by token: the reference for `sentence_starts`."""
    starts = [False] * len(words)
    if not words:
        return starts
    latest = 0  # where the sentence being read starts
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
            initial = words[i - 1] == "." and i >= 2 and (len(words[i - 2]) == 1 and words[i - 2].isupper()
                                                         or words[i - 2] in TITLE_ABBREVIATIONS)
            opener = next((word for word in words[latest:] if not word.isspace()), "")
            lost_sign = (words[i - 1] == "?" and i >= 2 and words[i - 2][-1:].islower() and text[:1].isdigit()
                         and opener.lower() not in QUESTION_OPENERS)
            starts[i] = not initial and not lost_sign
        if starts[i]:
            latest = i
        ender = text in _ENDERS or (text[-1:] in ".!?" and len(text) > 1 and not text[0].isalnum())
        if ender or (text in _CLOSERS and after_end):
            after_end = True
        elif not (space and "\n" not in text):
            after_end = False
        prev = text
    return starts


# Tokens as spaCy gives them: words, stops, closing quotes, initials, spaces and line breaks.
TOKENS = ("Trade", "rose", "It", "Who", "who", "12", "U.S.", "J", ".", "!", "?", "…", "...", "?!", "(Reuters).", '"',
          "”", "’", ")", "]", "»", "“", "(", "'", " ", "  ", "\n", "\n  ", " \n", "\t", "a.", "Mr.", "Capt", "Lt")


@pytest.mark.parametrize("seed", range(3))
def test_sentence_starts_follows_the_rules_token_by_token(seed):
    rng = random.Random(seed)
    for _ in range(500):
        words = [rng.choice(TOKENS) for _ in range(rng.randint(0, 25))]
        for split_on_newlines in (True, False):
            for after_line_break in (True, False):
                options = {"split_on_newlines": split_on_newlines, "after_line_break": after_line_break}
                assert sentence_starts(words, **options) == sentence_starts_slowly(words, **options), (words, options)


def run_sentences_slowly(nlp, run: str, after_line_break: bool) -> list[tuple[int, int]]:
    """A run of lines through spaCy's tokenizer whole, then the sentencizer's rules: the
    reference for `_RunReader`, which tokenises only the words around stops."""
    doc = nlp.make_doc(run)
    words = [token.text for token in doc]
    starts = sentence_starts(words, after_line_break=after_line_break)
    bounds = [i for i, start in enumerate(starts) if start] + [len(words)]
    return [(doc[begin].idx, doc[end - 1].idx + len(words[end - 1])) for begin, end in pairwise(bounds)]


# Words that spaCy's special cases can join across a space ("x' ''an" is not "x'" and "''an"),
# abbreviations, emoticons and quotes around stops.
JOINING_PIECES = PIECES + (
    "Ph.D.", "Ph", "D.", "It", "'s", "’s", ":", ")", "(-:", "-", "°", "C.", "Mr", "a", "’", "''", "’’", "and/or",
    "o.O", "a.m.", "10a.m.", "'Cause", "Inc.", "Who", "who", "x?", "9", "3.5", "Upper", "lower", "!)", '?"',
    "Capt.", "Sgt", "Det.",
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The ferry's skipper, Capt. Lena Brandt, 51, was questioned. Two crew were hurt.", 2),
        ("Police named the officer as Sgt. Owen Price, 38, on Friday.", 1),
        ("A man was held by Det. Insp. Carol Webb's team. He was freed.", 2),
    ],
)
def test_a_title_written_short_ends_no_sentence_line_by_line(text, count):
    """Read line by line, as `extract` reads a report, "Capt." before a name ends no sentence, as in
    the whole text: the name keeps its title, which says the person's role."""
    spans = list(sentence_spans(default_pipeline(), text, keep=lambda line: True))
    assert spans == whole_text_spans(text) and len(spans) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of day whose day the page's layout put on the next line: one sentence
        ("The council will vote at 7 p.m.\nTuesday.\nResidents may speak.",
         ["The council will vote at 7 p.m.\nTuesday.\n", "Residents may speak."]),
        ("The suspect is due in court at 9:30 A.M.\nFriday.", ["The suspect is due in court at 9:30 A.M.\nFriday."]),
        # a day's line after a line that ends otherwise, or a line that says more than the day, stands alone
        ("The council met on Monday.\nTuesday.\nResidents spoke.",
         ["The council met on Monday.\n", "Tuesday.\n", "Residents spoke."]),
        ("The council will vote at 7 p.m.\nTuesday is the deadline for comments.",
         ["The council will vote at 7 p.m.\n", "Tuesday is the deadline for comments."]),
    ],
)
def test_a_day_on_its_own_line_after_a_time_finishes_its_sentence(text, expected):
    """"arraigned at 10:30 a.m." then a line "Thursday.": the time's day, not a sentence of its own;
    read line by line as in the whole text."""
    assert sentences(text) == expected
    spans = list(sentence_spans(default_pipeline(), text, keep=lambda line: True))
    assert spans == whole_text_spans(text)


@pytest.mark.parametrize("seed", range(3))
def test_runs_are_split_as_spacy_tokenises_them_whole(seed):
    rng = random.Random(seed)
    nlp = default_pipeline()
    reader = _RunReader(nlp.tokenizer)
    for _ in range(3000):
        run = "".join(rng.choice((" ", "", "", "  ")) + rng.choice(JOINING_PIECES) for _ in range(rng.randint(1, 25)))
        for after_line_break in (True, False):
            assert reader(run, after_line_break=after_line_break) == run_sentences_slowly(nlp, run, after_line_break), run


def test_a_special_case_across_words_is_tokenised_as_spacy_does():
    run = "x' ''an. It rose."  # spaCy matches "'" and "'" across the space, so "''an" is not "''" + "an"
    nlp = default_pipeline()
    assert [t.text for t in nlp.make_doc(run)][:4] == ["x", "'", "'", "'"]
    assert _RunReader(nlp.tokenizer)(run, after_line_break=False) == run_sentences_slowly(nlp, run, False)
