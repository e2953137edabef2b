"""Report writers over a hand-built corpus: three sources on China-Russia trade, one skipped file."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from claimcheck.corpus import Corpus
from claimcheck.model import Claim, ClaimGroup, Document, Finding, Period, Quantity
from claimcheck.report import (
    claim_records,
    claims_table,
    format_check,
    format_quantity,
    json_text,
    md_escape,
    md_marked_sentence,
    to_json,
    to_markdown,
)

MOFCOM = """China-Russia trade hits record

BEIJING, Jan. 14, 2026 -- Bilateral trade between China and Russia reached $227.9 billion in 2025, China's Ministry of Commerce said on Tuesday.
The ministry expects trade to grow by about 5 percent in 2026.
Russian President Vladimir Putin will visit Beijing on May 19, 2026.
"""
TASS = """# Russia-China trade turnover

MOSCOW, Jan. 15 (TASS) -- Trade turnover between Russia and China reached $228.1 billion in 2025, according to the Federal Customs Service.
Trade is forecast to grow 5% in 2026.
Chinese tourist arrivals rose to 2.1 million in 2025, the tourism agency said.
"""
XINHUA = """Xinhua -- About 2.4 million Chinese tourists visited Russia in 2025, officials said.
Putin is due in Beijing on May 19.
"""
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31), "in 2025", "year")
YEAR_2026 = Period(date(2026, 1, 1), date(2026, 12, 31), "in 2026", "year")
MAY_19 = Period(date(2026, 5, 19), date(2026, 5, 19), "May 19", "day")


def document(doc_id: str, path: str, text: str, published: date | None = None) -> Document:
    """A document whose cleaned text is its raw text."""
    return Document(doc_id, path, text, text, list(range(len(text) + 1)), published=published)


def claim(doc: Document, claim_id: str, words: str, sentence: str, **fields: object) -> Claim:
    """The claim `words` inside `sentence` of `doc`, with its span computed by the document."""
    sentence_start = doc.text.index(sentence)
    start = doc.text.index(words, sentence_start)
    return Claim(
        id=claim_id,
        doc=doc.id,
        span=doc.span(start, start + len(words)),
        sentence=sentence,
        sentence_start=doc.raw_offset(sentence_start),
        marked=(start - sentence_start, start - sentence_start + len(words)),
        **fields,  # type: ignore[arg-type]
    )


def usd_billion(value: float) -> Quantity:
    """A dollar amount written to one decimal of a billion."""
    return Quantity(value * 1e9, (value - 0.05) * 1e9, (value + 0.05) * 1e9, "USD", "money", 0.05e9)


def press_corpus() -> Corpus:
    """Two conflicts (trade, tourists), two agreements (growth, a visit date), one skipped file."""
    mofcom = document("mofcom", "releases/mofcom.txt", MOFCOM, date(2026, 1, 14))
    tass = document("tass", "releases/tass.md", TASS, date(2026, 1, 15))
    xinhua = document("xinhua", "news/xinhua.txt", XINHUA)
    slides = Document("slides", "releases/slides.pdf", "", "", [0],
                      skipped="E006 releases/slides.pdf: unsupported file type '.pdf'")
    trade = dict(kind="amount", measure="bilateral trade", scope=("China", "Russia"), period=YEAR_2025)
    growth = dict(kind="change", measure="trade growth", scope=("China", "Russia"), period=YEAR_2026)
    tourists = dict(kind="count", measure="Chinese tourists", scope=("Russia",), period=YEAR_2025)
    visit = dict(kind="date", measure="Putin visit", scope=("Beijing",))
    m1, m2, m3, t1, t2, t3, x1, x2 = (
        claim(mofcom, "mofcom:1", "$227.9 billion",
              MOFCOM.splitlines()[2].split(" -- ")[1], quantity=usd_billion(227.9),
              attribution="China's Ministry of Commerce", **trade),
        claim(mofcom, "mofcom:2", "about 5 percent",
              "The ministry expects trade to grow by about 5 percent in 2026.",
              quantity=Quantity(5.0, 4.5, 5.5, "percent", "ratio", 0.5, hedge="about"),
              attribution="the ministry", **growth),
        claim(mofcom, "mofcom:3", "May 19, 2026",
              "Russian President Vladimir Putin will visit Beijing on May 19, 2026.",
              event_date=MAY_19, **visit),
        claim(tass, "tass:1", "$228.1 billion", TASS.splitlines()[2], quantity=usd_billion(228.1),
              attribution="the Federal Customs Service", **trade),
        claim(tass, "tass:2", "5%", "Trade is forecast to grow 5% in 2026.",
              quantity=Quantity(5.0, 4.5, 5.5, "percent", "ratio", 0.5), **growth),
        claim(tass, "tass:3", "2.1 million",
              "Chinese tourist arrivals rose to 2.1 million in 2025, the tourism agency said.",
              quantity=Quantity(2.1e6, 2.05e6, 2.15e6, "people", "count", 0.05e6),
              attribution="the tourism agency", **tourists),
        claim(xinhua, "xinhua:1", "About 2.4 million",
              "About 2.4 million Chinese tourists visited Russia in 2025, officials said.",
              quantity=Quantity(2.4e6, 2.16e6, 2.64e6, "people", "count", 0.05e6, hedge="about"),
              attribution="officials", **tourists),
        claim(xinhua, "xinhua:2", "May 19", "Putin is due in Beijing on May 19.",
              event_date=MAY_19, **visit),
    )
    findings = [
        Finding(ClaimGroup("g-trade", "bilateral trade · China, Russia · 2025", (m1, t1)), "conflict",
                "$227.9 billion vs $228.1 billion: 0.09% apart, more than rounding allows", 0.2 / 228.0),
        Finding(ClaimGroup("g-tourists", "Chinese tourists · Russia · 2025", (t3, x1)), "conflict",
                "2.1 million is below the 2.16 million that \"about 2.4 million\" allows", 0.3 / 2.25),
        Finding(ClaimGroup("g-growth", "trade growth · China, Russia · 2026", (m2, t2)), "agree",
                "5% is within \"about 5 percent\""),
        Finding(ClaimGroup("g-visit", "Putin visit · Beijing", (m3, x2)), "agree", "same day"),
    ]
    return Corpus(
        documents=[mofcom, tass, xinhua, slides],
        claim_list=[m1, m2, m3, t1, t2, t3, x1, x2],
        groups=[f.group for f in findings],
        findings=findings,
    )


def shuffled(corpus: Corpus, seed: int) -> Corpus:
    """The same corpus with every list in another order."""
    rng = random.Random(seed)

    def mix(items: list) -> list:
        return rng.sample(items, len(items))

    return Corpus(mix(corpus.documents), mix(corpus.claim_list), mix(corpus.groups), mix(corpus.findings))


@pytest.fixture
def corpus() -> Corpus:
    return press_corpus()


# --- claim records -----------------------------------------------------------------------------

CLAIM_KEYS = {
    "id", "doc", "path", "start", "end", "line", "col", "text", "sentence", "value", "lower",
    "upper", "unit", "kind", "measure", "scope", "period", "hedge", "attribution",
}


def test_claim_records_have_the_stable_keys(corpus: Corpus) -> None:
    for record in claim_records(corpus):
        assert CLAIM_KEYS <= record.keys()


def test_claim_text_is_the_original_file_characters(corpus: Corpus) -> None:
    for record in claim_records(corpus):
        raw = corpus.document(record["doc"]).raw
        assert record["text"] == raw[record["start"]:record["end"]]


def test_claim_line_and_col_are_one_based(corpus: Corpus) -> None:
    for record in claim_records(corpus):
        raw = corpus.document(record["doc"]).raw
        before = raw[:record["start"]]
        assert record["line"] == before.count("\n") + 1
        assert record["col"] == len(before) - (before.rfind("\n") + 1) + 1


def test_trade_claim_record(corpus: Corpus) -> None:
    record = next(r for r in claim_records(corpus) if r["id"] == "mofcom:1")
    assert (record["path"], record["line"], record["col"]) == ("releases/mofcom.txt", 3, 76)
    assert (record["value"], record["unit"], record["kind"]) == (227.9e9, "USD", "amount")
    assert record["period"] == {"start": "2025-01-01", "end": "2025-12-31", "label": "in 2025"}
    assert record["scope"] == ["China", "Russia"]
    assert record["attribution"] == "China's Ministry of Commerce"
    assert (record["group"], record["verdict"]) == ("g-trade", "conflict")


def test_date_claim_record_has_iso_dates(corpus: Corpus) -> None:
    record = next(r for r in claim_records(corpus) if r["id"] == "mofcom:3")
    assert (record["value"], record["lower"], record["upper"]) == ("2026-05-19",) * 3
    assert (record["unit"], record["period"], record["hedge"]) == ("date", None, None)


def test_claim_records_are_sorted_by_path_and_position(corpus: Corpus) -> None:
    ids = [r["id"] for r in claim_records(corpus)]
    assert ids == ["xinhua:1", "xinhua:2", "mofcom:1", "mofcom:2", "mofcom:3", "tass:1", "tass:2", "tass:3"]


# --- claims table ------------------------------------------------------------------------------


def test_claims_table_is_flat_and_typed(corpus: Corpus) -> None:
    table = claims_table(corpus).set_index("id")
    assert str(table["value"].dtype) == "float64"
    assert table.loc["mofcom:1", "period_label"] == "in 2025"
    assert table.loc["mofcom:1", "scope"] == "China; Russia"
    assert table.loc["xinhua:2", "date_start"] == "2026-05-19"
    assert table["value"].isna().loc["xinhua:2"]
    assert "period" not in table.columns


# --- JSON --------------------------------------------------------------------------------------


def test_json_schema(corpus: Corpus) -> None:
    data = json.loads(json_text(corpus))
    assert {"version", "summary", "documents", "claims", "groups"} <= data.keys()
    assert data["summary"] == {"documents": 3, "skipped": 1, "claims": 8, "groups": 4,
                               "conflicts": 2, "agreements": 2}
    for doc in data["documents"]:
        assert {"id", "path", "published", "skipped"} <= doc.keys()
    for group in data["groups"]:
        assert {"id", "label", "claims", "verdict", "reason"} <= group.keys()
        assert group["verdict"] in {"conflict", "agree"}
        assert all(isinstance(cid, str) for cid in group["claims"])
    assert all(CLAIM_KEYS <= c.keys() for c in data["claims"])


def test_json_documents_carry_published_and_skipped(corpus: Corpus) -> None:
    docs = {d["id"]: d for d in to_json(corpus)["documents"]}
    assert docs["mofcom"]["published"] == "2026-01-14"
    assert docs["xinhua"]["published"] is None
    assert docs["slides"]["skipped"].startswith("E006")
    assert docs["mofcom"]["skipped"] is None


def test_json_groups_list_conflicts_widest_first_then_agreements(corpus: Corpus) -> None:
    groups = to_json(corpus)["groups"]
    assert [g["id"] for g in groups] == ["g-tourists", "g-trade", "g-visit", "g-growth"]
    assert groups[1]["claims"] == ["mofcom:1", "tass:1"]


# --- Markdown ----------------------------------------------------------------------------------


def test_markdown_summary_lists_skipped_documents_with_reason(corpus: Corpus) -> None:
    report = to_markdown(corpus)
    assert "- Documents read: 3\n- Documents skipped: 1\n" in report
    assert "  - E006 releases/slides.pdf: unsupported file type '.pdf'\n" in report
    assert "- Conflicts: 2\n- Agreements: 2\n" in report


def test_markdown_conflicts_come_before_agreements_widest_first(corpus: Corpus) -> None:
    report = to_markdown(corpus)
    order = [report.index(s) for s in (
        "### 1. Chinese tourists", "### 2. bilateral trade", "## Agreements", "- **Putin visit")]
    assert order == sorted(order)


def test_markdown_member_line(corpus: Corpus) -> None:
    assert (
        "- **\\$227.9 billion** → USD 227.9 billion (227.85–227.95) · `releases/mofcom.txt:3:76`"
        " · China's Ministry of Commerce\n"
    ) in to_markdown(corpus)


def test_markdown_marks_the_claim_in_its_sentence(corpus: Corpus) -> None:
    report = to_markdown(corpus)
    assert ("  > MOSCOW, Jan. 15 (TASS) -- Trade turnover between Russia and China reached "
            "**\\$228.1 billion** in 2025, "
            "according to the Federal Customs Service.\n") in report


def test_markdown_date_claims_show_iso_date(corpus: Corpus) -> None:
    assert "- **May 19** → 2026-05-19 · `news/xinhua.txt:2:28` · —\n" in to_markdown(corpus)


def test_markdown_escapes_dollar_signs(corpus: Corpus) -> None:
    report = to_markdown(corpus)
    assert "$228.1" not in report.replace("\\$228.1", "")


def test_markdown_is_deterministic_whatever_the_input_order(corpus: Corpus) -> None:
    report = to_markdown(corpus)
    assert to_markdown(corpus) == report
    assert all(to_markdown(shuffled(corpus, seed)) == report for seed in range(5))


def test_json_is_deterministic_whatever_the_input_order(corpus: Corpus) -> None:
    assert all(json_text(shuffled(corpus, seed)) == json_text(corpus) for seed in range(5))


def test_markdown_of_an_empty_corpus_says_so() -> None:
    report = to_markdown(Corpus([], [], [], []))
    assert "No conflicts found." in report and "No agreements found." in report


@pytest.mark.parametrize("text, escaped", [
    ("$5 *net* profit_margin | 3", "\\$5 \\*net\\* profit\\_margin \\| 3"),
    ("[link](x) <b> #1 ~2~ a&b `c`", "\\[link\\](x) \\<b\\> \\#1 \\~2\\~ a\\&b \\`c\\`"),
    ("two\n  lines", "two lines"),
])
def test_md_escape(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


def test_marked_sentence_bolds_the_claim_at_its_place_in_the_sentence(corpus: Corpus) -> None:
    trade = next(c for c in corpus.claim_list if c.id == "tass:1")
    assert "reached **\\$228.1 billion** in 2025" in md_marked_sentence(trade)


@pytest.mark.parametrize("quantity, shown", [
    (usd_billion(227.9), "USD 227.9 billion (227.85–227.95)"),
    (Quantity(5.2, 5.15, 5.25, "percent", "ratio", 0.05), "5.2 percent (5.15–5.25)"),
    (Quantity(1200, 1200, None, "people", "count", hedge="more than"), "1,200 people (1,200 or more)"),
    (Quantity(3e12, None, 3e12, "CNY", "money", hedge="up to"), "CNY 3 trillion (up to 3)"),
    (Quantity(40, 40, 40, "visits", "count"), "40 visits"),
])
def test_format_quantity(quantity: Quantity, shown: str) -> None:
    assert format_quantity(quantity) == shown


# --- check -------------------------------------------------------------------------------------


def test_format_check_lists_each_conflict_with_both_sides(corpus: Corpus) -> None:
    lines = format_check(corpus).splitlines()
    assert lines[:5] == [
        'news/xinhua.txt:1:11: conflict: Chinese tourists · Russia · 2025: '
        '2.1 million is below the 2.16 million that "about 2.4 million" allows',
        '    news/xinhua.txt:1:11: "About 2.4 million" (officials)',
        "        > About 2.4 million Chinese tourists visited Russia in 2025, officials said.",
        '    releases/tass.md:5:34: "2.1 million" (the tourism agency)',
        "        > Chinese tourist arrivals rose to 2.1 million in 2025, the tourism agency said.",
    ]
    assert lines[5].startswith("releases/mofcom.txt:3:76: conflict: bilateral trade")
    assert lines[-1] == "2 conflicts, 2 agreements in 3 documents (1 skipped)"
