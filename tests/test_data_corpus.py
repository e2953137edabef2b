"""The demo corpus in data/: the whole pipeline, checked the way a reader of the report would."""

from datetime import date
from pathlib import Path

import pytest

import claimcheck

DATA = Path(__file__).resolve().parent.parent / "data"
RELEASE_MAY = "000_d0a0407fd5319a54.txt"
AGGREGATOR = "001_1b36bee0fd99e669.txt"
RELEASE_FEB = "002_9ef91ae4e8293daa.txt"


@pytest.fixture(scope="module")
def corpus() -> claimcheck.Corpus:
    return claimcheck.load(DATA)


def _trade_2025(corpus):
    return [f for f in corpus.findings
            if any(c.text.endswith("227.9 billion") for c in f.group.claims)]


def test_the_2025_trade_figures_conflict(corpus):
    (finding,) = _trade_2025(corpus)
    assert finding.verdict == "conflict"
    texts = sorted((c.doc, c.text) for c in finding.group.claims)
    assert texts == [(RELEASE_MAY, "$227.9 billion"), (RELEASE_FEB, "$228.1 billion")]
    assert finding in corpus.conflicts


def test_conflict_citations_point_at_the_quoted_words(corpus):
    (finding,) = _trade_2025(corpus)
    cited = {}
    for claim in finding.group.claims:
        lines = (DATA / claim.doc).read_text(encoding="utf-8").splitlines()
        line = lines[claim.span.line - 1]
        assert line[claim.span.col - 1:].startswith(claim.text)
        cited[claim.doc] = claim.span.line
    assert cited == {RELEASE_MAY: 41, RELEASE_FEB: 13}


def test_conflict_names_who_each_side_attributes_the_figure_to(corpus):
    (finding,) = _trade_2025(corpus)
    by_doc = {c.doc: c.attribution for c in finding.group.claims}
    assert by_doc[RELEASE_MAY] == "China’s Ministry of Commerce"
    assert by_doc[RELEASE_FEB] == "official data"


def test_other_years_and_quarters_never_join_the_2025_group(corpus):
    (finding,) = _trade_2025(corpus)
    texts = {c.text for c in finding.group.claims}
    assert "$61.2 billion" not in texts and "$190bn" not in texts
    q1 = next(c for c in corpus.claim_list if c.text == "$61.2 billion")
    y2022 = next(c for c in corpus.claim_list if c.text == "$190bn")
    assert (q1.period.start, q1.period.end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert (y2022.period.start, y2022.period.end) == (date(2022, 1, 1), date(2022, 12, 31))


def test_crossing_the_200_billion_mark_is_not_a_conflict(corpus):
    thresholds = [c for c in corpus.claim_list if "200 billion" in c.text]
    assert {c.doc for c in thresholds} == {RELEASE_MAY, RELEASE_FEB}
    assert all(c.kind == "threshold" for c in thresholds)
    for finding in corpus.conflicts:
        assert not any("200 billion" in c.text for c in finding.group.claims)
    group = next(f for f in corpus.findings if any("200 billion" in c.text for c in f.group.claims))
    assert group.verdict == "agree"


def test_video_meeting_and_wednesday_talks_are_the_same_day(corpus):
    meeting = next(
        f for f in corpus.findings
        if any(c.text == "February 4 this year" for c in f.group.claims)
    )
    assert meeting.verdict == "agree"
    days = {(c.doc, c.event_date.start) for c in meeting.group.claims}
    assert (RELEASE_MAY, date(2026, 2, 4)) in days
    assert (RELEASE_FEB, date(2026, 2, 4)) in days


def test_publication_dates_come_from_datelines(corpus):
    published = {d.id: d.published for d in corpus.documents}
    assert published[RELEASE_MAY] == date(2026, 5, 17)
    assert published[RELEASE_FEB] == date(2026, 2, 6)


@pytest.mark.parametrize(
    ("doc", "first_line", "last_line", "what"),
    [
        (AGGREGATOR, 1, 21, "cookie banner and headline list"),
        (RELEASE_MAY, 53, 77, "contact block and Italian newswire disclaimer"),
        (RELEASE_FEB, 57, 63, "original-content link, copyright and disclaimer"),
    ],
)
def test_no_claim_comes_from_boilerplate(corpus, doc, first_line, last_line, what):
    lines = [c.span.line for c in corpus.claim_list if c.doc == doc]
    assert lines, "the document's main text does have claims"
    assert not [n for n in lines if first_line <= n <= last_line], what


def test_every_claim_text_is_the_original_files_characters(corpus):
    raw = {d.id: (DATA / d.id).read_text(encoding="utf-8") for d in corpus.read}
    for claim in corpus.claim_list:
        assert raw[claim.doc][claim.span.start:claim.span.end] == claim.text
