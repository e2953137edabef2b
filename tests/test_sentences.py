"""Sentences: where claimcheck's sentencizer splits news text."""

import pytest

from claimcheck.extract import default_pipeline


def sentences(text: str) -> list[str]:
    return [sent.text for sent in default_pipeline()(text).sents]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trade grew 5%. Exports rose.", ["Trade grew 5%.", "Exports rose."]),
        ("BEIJING, Feb. 6, 2026 /PRNewswire/ -- Xi met Putin.", ["BEIJING, Feb. 6, 2026 /PRNewswire/ -- Xi met Putin."]),
        ("The U.S. Navy said so. It left.", ["The U.S. Navy said so.", "It left."]),
        ("J. Smith and A. Jones spoke.", ["J. Smith and A. Jones spoke."]),
        ("Headline without a stop\nBody text follows.", ["Headline without a stop\n", "Body text follows."]),
        ('He said: "It rose." Then it fell.', ['He said: "It rose."', "Then it fell."]),
        ("It fell 3.4%. 12 people died.", ["It fell 3.4%.", "12 people died."]),
        ("Line one\n\n  Line two.", ["Line one\n\n  ", "Line two."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected
