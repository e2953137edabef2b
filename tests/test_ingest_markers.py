"""Inline markers: `<!-- claimcheck: ignore -->` and `<!-- claimcheck: off -->` ... `on` in .md and
.html sources keep sentences out of the checks, and the reason says which marker and lines."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.ingest import from_text
from claimcheck.report import marker_exclusions

MARKDOWN = """\
# Harbour Line

The extension will cost €96 million. <!-- claimcheck: ignore -->
The depot cost €30 million in 2024.

<!-- claimcheck: ignore -->
Ridership reached 4.2 million passengers in 2025.

<!-- claimcheck: off -->
In 2019 planners said the line would cost €150 million.
Fares were to stay at €2 until 2030.
<!-- claimcheck: on -->
Fare revenue rose 8% in 2025.
"""

HTML = """\
<html><body><article>
<p>The extension will cost €96 million.<!-- claimcheck: ignore --></p>
<p>The depot cost €30 million in 2024.</p>
<!-- claimcheck: off -->
<p>In 2019 planners said the line would cost €150 million.</p>
<!-- claimcheck: on -->
<p>Fare revenue rose 8% in 2025.</p>
</article></body></html>
"""


@pytest.mark.parametrize("text, fmt, kept", [
    (MARKDOWN, "md", ["€30 million", "8%"]),
    (HTML, "html", ["€30 million", "8%"]),
    (MARKDOWN.replace("<!-- claimcheck: on -->\n", ""), "md", ["€30 million"]),
    (MARKDOWN.replace("claimcheck: ignore", "CLAIMCHECK:IGNORE"), "md", ["€30 million", "8%"]),
    (MARKDOWN, "txt", ["€96 million", "€30 million", "4.2 million passengers", "€150 million", "€2", "8%"]),
])
def test_markers_keep_claims_out(text: str, fmt: str, kept: list[str]) -> None:
    assert [c.text for c in claimcheck.extract(text, fmt=fmt) if c.quantity] == kept


@pytest.mark.parametrize("text, fmt, reasons", [
    (MARKDOWN, "md", ["claimcheck: ignore (line 3)", "claimcheck: ignore (lines 6–7)", "claimcheck: off (lines 9–12)"]),
    (HTML, "html", ["claimcheck: ignore (line 2)", "claimcheck: off (lines 4–6)"]),
    ("A line.\n<!-- claimcheck: on -->\nAnother line.\n", "md", []),
    ("A line.\n<!-- claimcheck: ignore -->\n", "md", ["claimcheck: ignore (line 2)"]),
])
def test_each_exclusion_says_which_marker_and_lines(text: str, fmt: str, reasons: list[str]) -> None:
    assert marker_exclusions(from_text(text, fmt=fmt)) == reasons
