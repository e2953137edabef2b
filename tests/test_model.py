"""Document accessors: spans into the original file and the boilerplate index."""

import pytest

from claimcheck.model import Document


def document(text: str, boilerplate: list[tuple[int, int, str]]) -> Document:
    return Document("d", "d.txt", text, text, list(range(len(text) + 1)), boilerplate=boilerplate)


# Overlapping regions of different reasons, out of order, and one far away.
REGIONS = [(30, 40, "url"), (0, 10, "cookie banner"), (5, 15, "navigation"), (60, 70, "copyright")]
TEXT = "x" * 80


@pytest.mark.parametrize(
    ("start", "end", "within", "reason"),
    [
        (0, 3, [(0, 15)], "cookie banner"),
        (12, 14, [(0, 15)], "navigation"),
        (15, 30, [], None),  # touching both neighbours, overlapping neither
        (14, 31, [(0, 15), (30, 40)], "navigation"),
        (41, 59, [], None),
        (35, 65, [(30, 40), (60, 70)], "url"),
    ],
)
def test_boilerplate_lookup(start, end, within, reason):
    doc = document(TEXT, REGIONS)
    assert doc.boilerplate_within(start, end) == within
    assert doc.in_boilerplate(start, end) == reason


def test_span_maps_back_to_the_original_line_and_column():
    doc = document("first line\nsecond $5 line", [])
    span = doc.span(18, 20)
    assert (span.text, span.line, span.col) == ("$5", 2, 8)


@pytest.mark.parametrize(
    "raw",
    ["", "one line", "a\nb", "\n\nthird", "ends with a break\n", "crlf\r\nline\r\n", "sep\u2028not a break\n x"],
)
def test_line_and_column_of_every_position(raw):
    doc = document(raw, [])
    for offset in range(len(raw) + 1):
        line = raw.count("\n", 0, offset) + 1
        col = offset - (raw.rfind("\n", 0, offset) + 1) + 1
        assert doc.line_col(offset) == (line, col)
