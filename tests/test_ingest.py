"""Tests for claimcheck.ingest: decoding, cleaning with an offset map, dates, boilerplate, files."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import ftfy
import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import LINE_PATTERNS, SPAN_RES, discover, find_boilerplate, from_text, ingest, needed_text, read_document
from claimcheck.model import Document

DATA = Path(__file__).resolve().parent.parent / "data"


def assert_maps_back(doc: Document) -> None:
    """Every text character maps to an equal raw character or to the stretch it was repaired from."""
    assert len(doc.offsets) == len(doc.text) + 1
    assert doc.offsets[-1] == len(doc.raw)
    assert all(a <= b for a, b in zip(doc.offsets, doc.offsets[1:]))
    for i, char in enumerate(doc.text):
        start = doc.offsets[i]
        end = next((o for o in doc.offsets[i + 1:] if o > start), len(doc.raw))
        original = doc.raw[start:end]
        assert (
            char == original[0]
            or (char == " " and original[0].isspace())
            or (char == "\n" and original[0] == "\r")
            or (char in "\n\t" and original[0] == "<")
            or char in ftfy.fix_text(doc.raw[start:end + 1], uncurl_quotes=False)
            or original.startswith("&")
        ), (i, char, original)


def span_of(doc: Document, needle: str):
    """The original-file span of the first occurrence of `needle` in the cleaned text."""
    start = doc.text.index(needle)
    return doc.span(start, start + len(needle))


def reason_at(doc: Document, needle: str) -> str | None:
    """The boilerplate reason covering `needle` in the cleaned text."""
    start = doc.text.index(needle)
    return doc.in_boilerplate(start, start + len(needle))


def fully_boilerplate(doc: Document, needle: str) -> bool:
    """Whether every non-space character of `needle` lies in some boilerplate region."""
    start = doc.text.index(needle)
    return all(
        doc.text[i].isspace() or doc.in_boilerplate(i, i + 1) for i in range(start, start + len(needle))
    )


# --- decoding ------------------------------------------------------------------------------


def test_utf8_bom_is_stripped_from_raw(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTrade rose 5%.\n".encode("utf-8"))
    doc = read_document(path)
    assert doc.raw == "Trade rose 5%.\n"
    assert span_of(doc, "5%") .col == 12


def test_crlf_kept_in_raw_and_line_col_match_an_editor(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline\r\n\r\nExports reached $4.2 billion in 2025.\r\n")
    doc = read_document(path)
    assert "\r\n" in doc.raw and "\r" not in doc.text
    span = span_of(doc, "$4.2 billion")
    assert (span.line, span.col, span.text) == (3, 17, "$4.2 billion")
    assert_maps_back(doc)


@pytest.mark.parametrize(
    ("encoding", "sentence"),
    [
        ("cp1252", "Le café a coûté 5 € de plus, selon l’INSEE."),
        ("latin-1", "Der Umsatz stieg um 5 % auf 3,2 Mio. Euro für Müller."),
        ("cp1251", "Выручка выросла на 5 процентов в прошлом году, сообщила компания."),
        ("utf-16", "Exports reached $4.2 billion in 2025."),
    ],
)
def test_legacy_and_utf16_encodings_decode(tmp_path: Path, encoding: str, sentence: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(sentence.encode(encoding))
    assert read_document(path).text == sentence


# --- unreadable files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "E003"),
        ("noise.txt", bytes(range(1, 9)) * 40 + b"some text", "E003"),
        ("empty.txt", b"", "E004"),
        ("blank.md", b"  \n\t\r\n  \n", "E004"),
        ("furniture.html", b"<html><body><nav>Home | World</nav><script>x=1</script></body></html>", "E004"),
        ("broken.txt", b"\xff\xfe\x00\xd8", "E005"),
        ("report.pdf", b"%PDF-1.4", "E006"),
    ],
)
def test_unreadable_files_raise_input_error_naming_the_file(
    tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert error.value.code == code
    assert name in str(error.value)


def test_missing_file_raises_e001(tmp_path: Path) -> None:
    with pytest.raises(InputError) as error:
        read_document(tmp_path / "nowhere.txt")
    assert error.value.code == "E001" and "nowhere.txt" in str(error.value)


def test_permission_error_becomes_e002(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Trade rose.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert error.value.code == "E002" and "Permission denied" in str(error.value)


# --- cleaning and the offset map -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Le cafÃ© crÃ¨me", "Le café crème"),
        ("Xi said itâ€™s a new era.", "Xi said it’s a new era."),
        ("Immediapress Ã¨ un servizio", "Immediapress è un servizio"),
        ("costs â‚¬5 million", "costs €5 million"),
        ("rose 5\u00a0% and 3\u2009000 units", "rose 5 % and 3 000 units"),
        ("1\u200b000 people", "1000 people"),
    ],
)
def test_mojibake_and_odd_characters_are_repaired_with_offsets(raw: str, text: str) -> None:
    doc = from_text(raw)
    assert doc.text == text
    assert_maps_back(doc)


def test_repaired_characters_point_at_their_mojibake() -> None:
    doc = from_text("Le cafÃ© a coûté â‚¬5 million, â€œsaid Ã  Xiâ€\x9d.")
    assert span_of(doc, "€5 million").text == "â‚¬5 million"
    for char, mojibake in [("é", "Ã©"), ("€", "â‚¬"), ("“", "â€œ"), ("à", "Ã"), ("”", "â€\x9d")]:
        start = doc.offsets[doc.text.index(char, doc.text.index("caf"))]
        assert doc.raw[start:start + len(mojibake)] == mojibake
    assert_maps_back(doc)


def test_markdown_escapes_are_removed_and_the_dollar_keeps_its_offset() -> None:
    doc = from_text("Trade reached \\$227.9 billion in 2025, above \\$200 billion.\n")
    assert "$227.9 billion" in doc.text and "\\" not in doc.text
    span = span_of(doc, "$227.9 billion")
    assert (span.text, span.col) == ("$227.9 billion", 16)
    assert span_of(doc, "$200").text == "$200"


def test_cleaning_random_inputs_keeps_the_offset_invariant() -> None:
    pieces = ["café", "cafÃ©", "â€™", "Ã¨ ", " ", "\u00a0", "\u2009", "\r\n", "\n", "\r", "\\$", "\\_",
              "5.2", "€", "â‚¬", "\u200b", "naïve", "Ã\u00a0", "Müller", "“quoted”", "â€œ", "\t", "x"]
    generator = random.Random(20260517)
    for _ in range(300):
        raw = " ".join(generator.choice(pieces) for _ in range(generator.randint(1, 30)))
        doc = from_text(raw)
        assert "\r" not in doc.text and "\u00a0" not in doc.text
        assert_maps_back(doc)


# --- HTML ----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Site | Trade</title>
<meta property="article:published_time" content="2026-05-17T08:30:00+08:00">
<style>p { color: red }</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Trade hits &euro;5&nbsp;billion</h1>
<p>Trade between the two reached &#36;227.9 billion in 2025,
up 14.7% &mdash; officials said.</p><p>AT&T shares rose.</p>
<aside>Related: prices fell 99%</aside>
<script>var share = 42;</script>
</article>
<footer>Copyright 2026 Example Media</footer></body></html>"""


def test_html_keeps_main_text_only() -> None:
    doc = from_text(PAGE, fmt="html")
    assert doc.text.split("\n")[1:4] == [
        "Trade hits €5 billion",
        "Trade between the two reached $227.9 billion in 2025, up 14.7% — officials said.",
        "AT&T shares rose.",
    ]
    for dropped in ("Home", "Related", "99%", "42", "Copyright", "color", "Site |"):
        assert dropped not in doc.text


def test_html_offsets_point_into_the_source() -> None:
    doc = from_text(PAGE, fmt="html")
    assert span_of(doc, "$227.9 billion").text == "&#36;227.9 billion"
    assert span_of(doc, "€5").text == "&euro;5"
    span = span_of(doc, "14.7%")
    assert (span.text, span.line, span.col) == ("14.7%", 8, 4)
    assert span_of(doc, "AT&T").text == "AT&T"
    assert_maps_back(doc)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2009-01-04T10:00:00Z">',
        '<meta name="date" content="2009-01-04">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2009-01-04"}</script>',
        '<meta itemprop="datePublished" content="2009-01-04">',
    ],
)
def test_html_declared_date(head: str) -> None:
    doc = from_text(f"<html><head>{head}</head><body><p>Sales rose 5%.</p></body></html>", fmt="html")
    assert (doc.published, doc.published_source) == (date(2009, 1, 4), "meta")


def test_html_time_element_date() -> None:
    doc = from_text('<p>Posted <time datetime="2009-01-04T09:00">Sunday</time></p><p>Sales rose.</p>', fmt="html")
    assert (doc.published, doc.published_source) == (date(2009, 1, 4), "meta")


def test_html_main_or_article_content_wins_over_the_rest() -> None:
    doc = from_text("<body><div>Markets: Dow up 42 points</div><main><p>Exports rose 5%.</p></main></body>", fmt="html")
    assert doc.text.strip() == "Exports rose 5%."


def test_html_declared_charset_decodes_legacy_bytes(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes('<meta charset="iso-8859-1"><p>Le café coûte 5 €.</p>'.encode("cp1252"))
    assert read_document(path).text.strip() == "Le café coûte 5 €."


def test_html_block_elements_end_lines() -> None:
    doc = from_text("<ul><li>One</li><li>Two</li></ul>Three<br>Four<div>Five</div>", fmt="html")
    assert doc.text.split() == ["One", "Two", "Three", "Four", "Five"]
    assert "One\nTwo\nThree\nFour\nFive" in doc.text


# --- publication date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("BEIJING, Feb. 6, 2026 /PRNewswire/ -- Chinese President Xi Jinping held talks.", date(2026, 2, 6), "dateline"),
        ("BEIJING, May 17, 2026 (GLOBE NEWSWIRE) - At the invitation of Xi.", date(2026, 5, 17), "dateline"),
        ("May 17, 2026 (GLOBE NEWSWIRE)\nThe company said sales rose.", date(2026, 5, 17), "dateline"),
        ("HENRY COUNTY, Ind. (Aug. 28, 2015) –\nOfficials are investigating.", date(2015, 8, 28), "dateline"),
        ("Red Sox extend offer\nJan. 4, 2009\nThe offer is believed to be for eight years.", date(2009, 1, 4), "dateline"),
        ("Three killed in riots\n14 March 2006\nPolice said two women died.", date(2006, 3, 14), "dateline"),
        ("Title\nThursday, March 14, 2013\nAn earthquake struck.", date(2013, 3, 14), "dateline"),
        ("Title\n12/16/08 1:30 AM EST\nThe offer was made.", date(2008, 12, 16), "dateline"),
        ("Last Updated: Tuesday, 14 March 2006, 09:12 GMT\nThe vote ended.", date(2006, 3, 14), "byline"),
        ("Published: 2009-01-04\nThe vote ended.", date(2009, 1, 4), "byline"),
        ("Published: 2013-03-14T03:58:00+00:00\nA quake struck.", date(2013, 3, 14), "byline"),
        ("Quake kills 12\n2009-01-05T10:32:00Z\nA quake struck.", date(2009, 1, 5), "dateline"),
        ("Posted on January 4, 2009\nThe vote ended.", date(2009, 1, 4), "byline"),
        ("POSTED: 1052 GMT (1852 HKT), April 10, 2007\nA man was arrested.", date(2007, 4, 10), "byline"),
        ("Updated 4/9/2007 6:04 PM\nA man was arrested.", date(2007, 4, 9), "byline"),
        ("Gondola falls\nPublished on 25/01/2026 - 12:40 GMT+1\nThe cabin fell.", date(2026, 1, 25), "byline"),
        # a zone east of Greenwich or outside the Americas writes the day first; US zones the month
        ("Ferry sinks\nPublished on 03/08/2026 - 18:05 GMT+2\nThe ferry sank.", date(2026, 8, 3), "byline"),
        ("Ferry sinks\nUpdated: 03/08/2026 09:30 AEST\nThe ferry sank.", date(2026, 8, 3), "byline"),
        ("Ferry sinks\nUpdated: 03/08/2026 9:30 AM EDT\nThe ferry sank.", date(2026, 3, 8), "byline"),
        ("Ferry sinks\nUpdated: 03/08/2026 9:30 AM GMT-5\nThe ferry sank.", date(2026, 3, 8), "byline"),
        ("Updated: 3 March 2026 09:12 UTC-05:00\nThe vote ended.", date(2026, 3, 3), "byline"),
        ("The vote ended.\n\nData di creazione\n\nMaggio 17, 2026\n", date(2026, 5, 17), "byline"),
        ("Veröffentlicht am 17. Mai 2026\nDer Umsatz stieg.", date(2026, 5, 17), "byline"),
        ("Publié le 3 février 2026\nLe chiffre d'affaires a augmenté.", date(2026, 2, 3), "byline"),
        ("Publicado el 17 de mayo de 2026\nLas ventas subieron.", date(2026, 5, 17), "byline"),
        ("Publicado em 17 de maio de 2026\nAs vendas subiram.", date(2026, 5, 17), "byline"),
        ("Gepubliceerd op 17 mei 2026\nDe omzet steeg.", date(2026, 5, 17), "byline"),
        ("Stand: 17.05.2026\nDer Umsatz stieg.", date(2026, 5, 17), "byline"),
        ("Title\nBy Jane Doe, Reuters | May 4, 2009 10:30 AM ET\nThe vote ended.", date(2009, 5, 4), "byline"),
        ("Nearly 700 ill after wedding meal\nTNN | Jun 11, 2026, 04.22 IST\nThree people have died.",
         date(2026, 6, 11), "byline"),
        ("2 dead after wedding meal\nMaharashtra | Press Trust of India with inputs | Updated: June 10, 2026 7:41 pm IST\n"
         "Two people have died.", date(2026, 6, 10), "byline"),
        ("Storm hits coast\nMarch 3, 2026 · Reuters\nWinds reached 120 km/h.", date(2026, 3, 3), "byline"),
        ("Man shot at gas station\nPosted 9:41 PM, Oct 08, 2026 and last updated 4:52 PM, Oct 10, 2026\n"
         "Police were called at 7:15 p.m.", date(2026, 10, 10), "byline"),  # the text as last updated
        ("Man charged\nPublished: Apr. 9, 2026 at 9:02 PM CDT|Updated: Apr. 11, 2026 at 4:37 PM CDT\n"
         "On Saturday, police announced an arrest.", date(2026, 4, 11), "byline"),
        ("Man shot at gas station\nPolice were called at 7:15 p.m.\n"
         "This story was originally published October 10, 2026 at 12:31 PM.", date(2026, 10, 10), "byline"),
        ("Talks ended.\n<https://news.example.com/news/2026-05-17/talks/p.html>", date(2026, 5, 17), "url"),
        ("Talks ended.\nhttps://example.com/2026/05/17/talks/", date(2026, 5, 17), "url"),
    ],
)
def test_publication_date_forms(text: str, expected: date, source: str) -> None:
    doc = from_text(text)
    assert (doc.published, doc.published_source) == (expected, source)


@pytest.mark.parametrize(
    "text",
    [
        "Putin will visit China on May 19, 2026, the ministry said.",
        "The talks on May 19 ended without a deal.",
        "Three bodies were found in a home in Henry County Thursday, August 27, 2015.",
        "WASHINGTON (Reuters) - The talks ended without a deal.",
        "Mumbai, Nov 11 - The navy captured 26 pirates.",
        "18 Sep 04:22\nThe summit ended.",
        "In March 2013, Russia became the first country Xi visited.",
        "By Tuesday, May 5, 2026, the deal was signed.",
        "Sports | 5 dead in crash on May 4, 2026 | Live",
        "World | Europe | 09:12 GMT\nThe summit ended.",
    ],
)
def test_no_publication_date_from_body_or_yearless_dates(text: str) -> None:
    assert from_text(text).published is None


def test_dateline_outranks_byline_and_url() -> None:
    text = "Updated: May 20, 2026\nBEIJING, May 17, 2026 /PRNewswire/ -- Talks.\nhttps://x.com/2026-05-01/a"
    assert (from_text(text).published, from_text(text).published_source) == (date(2026, 5, 17), "dateline")


def test_byline_outranks_url() -> None:
    doc = from_text("Talks.\nhttps://x.com/2026-05-01/a\nPosted on May 3, 2026")
    assert (doc.published, doc.published_source) == (date(2026, 5, 3), "byline")


def test_dateline_far_down_the_page_is_ignored() -> None:
    body = "\n".join(f"Paragraph {i} says something." for i in range(20))
    assert from_text(body + "\nMay 17, 2026\n").published is None


def test_front_matter_date_outranks_dateline_and_is_boilerplate() -> None:
    text = "---\ntitle: Talks\ndate: 2026-05-17\n---\nBEIJING, May 10, 2026 /PRNewswire/ -- Talks.\n"
    doc = from_text(text, fmt="md")
    assert (doc.published, doc.published_source) == (date(2026, 5, 17), "front matter")
    assert reason_at(doc, "title: Talks") == "front matter"


def test_rules_around_a_paragraph_are_not_front_matter() -> None:
    doc = from_text("---\nExports rose 5% in 2025.\n---\n", fmt="md")
    assert reason_at(doc, "Exports rose 5% in 2025.") is None


def test_toml_front_matter() -> None:
    doc = from_text('+++\npublished = "2026-05-17"\n+++\nTalks ended.\n', fmt="md")
    assert (doc.published, doc.published_source) == (date(2026, 5, 17), "front matter")


def test_override_wins() -> None:
    doc = from_text("BEIJING, May 17, 2026 /PRNewswire/ -- Talks.", published=date(2026, 1, 1))
    assert (doc.published, doc.published_source) == (date(2026, 1, 1), "override")


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("WASHINGTON (Reuters) - The talks ended without a deal.", "WASHINGTON (Reuters) -"),
        ("WATERBURY, Conn. (WTNH) — A 17-year-old was killed.", "WATERBURY, Conn. (WTNH) —"),
        ("Mumbai, Nov 11 - The navy captured 26 pirates.", "Mumbai, Nov 11 -"),
    ],
)
def test_datelines_without_a_year_are_boilerplate(text: str, dateline: str) -> None:
    doc = from_text(text)
    assert reason_at(doc, dateline) == "dateline"
    assert reason_at(doc, text[len(dateline) + 1:]) is None


@pytest.mark.parametrize(
    "sentence",
    ["Apple (AAPL) - shares rose 3% on Monday.", "China-Russia talks underscore strategic coordination",
     "NASA (the agency) said the launch was delayed."],
)
def test_sentences_are_not_datelines(sentence: str) -> None:
    assert from_text(sentence).boilerplate == []


def test_dateline_text_is_boilerplate_but_the_sentence_is_not() -> None:
    doc = from_text("BEIJING, May 17, 2026 (GLOBE NEWSWIRE) - Trade rose 5% in 2025.")
    assert reason_at(doc, "May 17, 2026") == "dateline"
    assert reason_at(doc, "Trade rose 5% in 2025.") is None


# --- boilerplate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('• By clicking "OK" or continuing to use this site, you agree that we may collect and use your '
         "personal data and set cookies. Please read our Privacy Policy and Cookie Policy.", "cookie banner"),
        ("We use cookies to give you the best experience on our website.", "cookie banner"),
        ("Utilizziamo i cookie per migliorare la tua esperienza.", "cookie banner"),
        ("COMUNICATO STAMPA - CONTENUTO PROMOZIONALE: Immediapress è un servizio di diffusione di comunicati "
         "stampa in testo originale redatto direttamente dall'ente che lo emette.", "newswire disclaimer"),
        ("Comunicato stampa sponsorizzato - Responsabilità editoriale PrNewswire. I giornalisti non sono in "
         "nessun modo coinvolti.", "newswire disclaimer"),
        ("Für den Inhalt der Pressemitteilung ist allein das Unternehmen verantwortlich.", "newswire disclaimer"),
        ("Communiqué de presse - contenu promotionnel diffusé par l'émetteur.", "newswire disclaimer"),
        ("immediapress/globenewswire", "newswire disclaimer"),
        ("Source: Business Wire", "newswire disclaimer"),
        ("View original content:https://www.prnewswire.co.uk/news-releases/cgtn-talks-302680992.html",
         "original-content link"),
        ("View original content to download multimedia:https://www.prnewswire.com/x.html", "original-content link"),
        ("Copyright 2026 PR Newswire. All Rights Reserved.", "copyright"),
        ("© 2024 Example Media Group", "copyright"),
        ("This material may not be published, broadcast, rewritten, or redistributed.", "copyright"),
        ("OK", "navigation"),
        ("Advertisement", "navigation"),
        ("Read more", "navigation"),
        ("Share", "navigation"),
        ("Full Text", "navigation"),
        ("Schedule a call", "navigation"),
        ("view more headlines", "navigation"),
        ("In the last hour", "navigation"),
        ("In the last 7 days", "navigation"),
        ("Yesterday", "navigation"),
        ("Share this: Facebook Twitter Google Email Print More Pinterest", "navigation"),
        ("Join us for a 30 min session where you can share your feedback", "navigation"),
        ("Read more: 5 things to know about earthquakes", "navigation"),
        ("Watch: Rescuers pull 3 survivors from the rubble", "navigation"),
        ("Posted 2 hours ago", "navigation"),
        ("Updated: 35 minutes ago", "navigation"),
        ("1.2K shares", "navigation"),
        ("Share this article: 1,245 shares", "navigation"),
        ("Author: Jane Smith", "metadata"),
        ("Tags: China, Russia, trade", "metadata"),
        ("Media contact: Jane Smith, +44 20 7946 0958", "contact block"),
        ("jane.smith@example.com", "contact"),
        ("Tel. +1 (555) 123-4567", "contact"),
        ("By WLBT Staff", "byline"),
        ("by: NBC4 Staff", "byline"),
        ("By Jane Doe and Tom Lee, The Associated Press", "byline"),
        ("BY MARIA CHENG, AP Medical Writer", "byline"),
        ("Stay with WSFA 12 News for updates.", "promotion"),
        ("Stay with WWL-TV for the latest on the storm's recovery.", "promotion"),
    ],
)
def test_boilerplate_lines(line: str, reason: str) -> None:
    doc = from_text(f"Trade rose 5% in 2025, the ministry said.\n\n{line}\n\nExports fell 2%.\n")
    assert reason_at(doc, line) == reason
    assert fully_boilerplate(doc, line)
    assert reason_at(doc, "Trade rose 5% in 2025") is None
    assert reason_at(doc, "Exports fell 2%.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the deal was signed on Tuesday.",
        "She baked 200 cookies for the school fair, the organisers said.",
        "Cookies and cakes accounted for 12% of the bakery's sales.",
        "The copyright dispute cost the studio $3 million in 2023.",
        "Contact between the two leaders has grown, with 40 meetings since 2013.",
        "The author of the report said exports rose 14.7% year on year.",
        "Shares of the company rose 5% after the results were published on its website.",
        "The talks ended at 10:30",
        "Officials said the share of renewables reached 30% in 2025.",
        "Putin has traveled to China 13 times, underscoring the strength of the ties.",
        "The Source of the problem, analysts said, was a 3% drop in demand.",
        "By Sunday, rescuers had pulled 14 people from the rubble.",
        "By the end of the day, police had arrested 3 men.",
        "Residents were told to stay with relatives for the next 48 hours.",
        "Xi has visited Russia 11 times, while Putin has traveled to China 13 times.",
        "In 2019, the two sides upgraded bilateral relations, the highest level in 70 years.",
        "Related: police said two men, aged 25 and 31, were charged with murder on Friday after a three-week "
        "inquiry into the shooting of a 4-year-old boy",  # a label glued to a paragraph leaves the paragraph
    ],
)
def test_article_sentences_are_never_boilerplate(sentence: str) -> None:
    doc = from_text(f"Headline about trade\n\n{sentence}\n\nAnother sentence follows here.\n")
    assert reason_at(doc, sentence) is None


def test_a_phone_number_spelt_in_letters_is_a_contact() -> None:
    doc = from_text("Anyone with information is asked to call Crime Stoppers at 601-355-TIPS or (501) 371-INFO.\n")
    assert reason_at(doc, "601-355-TIPS") == "contact" and reason_at(doc, "(501) 371-INFO") == "contact"
    assert reason_at(doc, "Anyone with information") is None


def test_email_inside_a_sentence_marks_only_the_address() -> None:
    doc = from_text("Readers can send tips to tips@example.com or call the desk, the paper said.\n")
    assert reason_at(doc, "tips@example.com") == "contact"
    assert reason_at(doc, "Readers can send tips to") is None


def test_url_regions() -> None:
    doc = from_text("See [the data](https://example.com/data) and <https://stats.example.org/report>.\n", fmt="md")
    assert reason_at(doc, "https://example.com/data") == "url"
    assert reason_at(doc, "https://stats.example.org/report") == "url"
    assert reason_at(doc, "See [the data]") is None


def test_contact_block_covers_the_short_lines_after_the_label() -> None:
    text = "Sales rose 5%.\n\nContact:\nCGTN Digital\ncgtn@cgtn.com\n+86 10 1234 5678\n\nThe summit ends on Friday.\n"
    doc = from_text(text)
    assert fully_boilerplate(doc, "Contact:\nCGTN Digital\ncgtn@cgtn.com\n+86 10 1234 5678")
    assert reason_at(doc, "CGTN Digital") == "contact block"
    assert reason_at(doc, "The summit ends on Friday.") is None


@pytest.mark.parametrize(
    ("label", "value"),
    [("Categoria", "1. Comunicati"), ("### Tag", "1. ImmediaPress"), ("Autore", "redazione"),
     ("Author", "Jane Smith"), ("Descrizione", "Nota stampa"), ("Category", "World news")],
)
def test_metadata_label_and_its_value(label: str, value: str) -> None:
    doc = from_text(f"Trade rose 5%.\n\n{label}\n\n{value}\n\nExports fell 2%.\n", fmt="md")
    assert reason_at(doc, label) == "metadata"
    assert reason_at(doc, value) == "metadata"
    assert reason_at(doc, "Exports fell 2%.") is None


def test_metadata_label_does_not_swallow_a_paragraph() -> None:
    paragraph = "Exports to the region rose 14.7% in the first quarter, the ministry said."
    doc = from_text(f"Description\n{paragraph}\n")
    assert reason_at(doc, paragraph) is None


HEADLINES = """Serbia is Not a Russian Ally The National Interest05:00 17-Sep-24
Russian, Chinese Navies Conduct Firing Exercises NTD News (Video)00:02 17-Sep-24
In the last 7 days
Connecting alliances in Asia and Europe Brookings Institution10:28 16-Sep-24
Markets close higher as oil prices ease - Reuters 14:05
"""


def test_headline_list_is_boilerplate() -> None:
    doc = from_text(f"China-Russia news\n{HEADLINES}\nAbout this page\n\nRussia and China share a border.\n")
    for line in HEADLINES.splitlines():
        assert reason_at(doc, line) in {"headline list", "navigation"}
    assert reason_at(doc, "Serbia is Not a Russian Ally") == "headline list"
    assert reason_at(doc, "Russia and China share a border.") is None


@pytest.mark.parametrize("heading", ["Most Read", "Related stories", "You may also like", "TRENDING"])
def test_titles_under_a_list_heading_are_a_headline_list(heading: str) -> None:
    titles = ["1. Storm kills 3 in Texas", "2. Stocks fall 2% as oil slides", "Five things to know about the 2011 quake"]
    text = ("Quake kills 12 in Iran\n\nAt least 12 people were killed on Tuesday, officials said.\n\n"
            f"{heading}\n" + "\n".join(titles) + "\n\nThe quake struck at 10:30 a.m., 40 km from Qom.\n")
    doc = from_text(text)
    for title in titles:
        assert reason_at(doc, title.split(" ", 1)[1]) == "headline list"
    assert reason_at(doc, "The quake struck at 10:30 a.m.") is None  # a sentence ends the list
    assert reason_at(doc, "At least 12 people were killed") is None


def test_a_single_headline_like_line_is_not_a_list() -> None:
    doc = from_text("Story\nThe meeting of the two leaders began 10:30\n\nIt lasted two hours.\n")
    assert reason_at(doc, "The meeting of the two leaders") is None


def test_find_boilerplate_works_on_plain_text() -> None:
    regions = find_boilerplate("Sales rose.\nAdvertisement\nCopyright 2026 Example. All rights reserved.\n")
    assert [reason for *_, reason in regions] == ["navigation", "copyright"]


# --- files, directories and ingest ---------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "news" / "deep").mkdir(parents=True)
    (root / "news" / ".hidden").mkdir()
    (root / "news" / "b.txt").write_text("Sales rose 5%.\n")
    (root / "news" / "a.md").write_text("# Title\n\nExports fell 2%.\n")
    (root / "news" / "deep" / "c.html").write_text("<p>Imports rose 3%.</p>")
    (root / "news" / "deep" / "chart.png").write_bytes(b"\x89PNG\x00")
    (root / "news" / ".notes.txt").write_text("hidden")
    (root / "news" / ".hidden" / "d.txt").write_text("hidden")
    (root / "news" / "bad.txt").write_bytes(b"\x00\x01\x02binary")


def test_discover_walks_sorted_and_skips_hidden(tmp_path: Path) -> None:
    make_tree(tmp_path)
    files, skipped = discover([tmp_path / "news", tmp_path / "missing.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "news/a.md", "news/b.txt", "news/bad.txt", "news/deep/c.html"]
    reasons = {p.name: reason for p, reason in skipped}
    assert reasons["chart.png"].startswith("E006") and reasons["missing.txt"].startswith("E001")


def test_discover_reads_a_file_once_whatever_links_and_paths_lead_to_it(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "mirror").symlink_to(tmp_path / "news")
    (tmp_path / "news" / "deep" / "link.txt").symlink_to(tmp_path / "news" / "b.txt")
    files, _ = discover([tmp_path / "news", tmp_path / "mirror", tmp_path / "news" / ".." / "news" / "a.md"])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "news/a.md", "news/b.txt", "news/bad.txt", "news/deep/c.html"]


def test_discover_reports_an_explicit_unsupported_file(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF")
    files, skipped = discover([tmp_path / "report.pdf"])
    assert files == [] and skipped[0][1].startswith("E006")


def test_ingest_ids_paths_and_skipped_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    documents = ingest(["news/", "news/b.txt"])
    by_id = {d.id: d for d in documents}
    assert list(by_id) == ["a.md", "b.txt", "bad.txt", "deep/c.html", "deep/chart.png"]
    assert by_id["deep/c.html"].path == "news/deep/c.html"
    assert by_id["b.txt"].text == "Sales rose 5%.\n" and by_id["b.txt"].skipped is None
    bad = by_id["bad.txt"]
    assert bad.skipped and bad.skipped.startswith("E003") and "news/bad.txt" in bad.skipped
    assert (bad.raw, bad.text, bad.offsets) == ("", "", [0])
    assert by_id["deep/chart.png"].skipped.startswith("E006")


def test_ingest_single_file_id_is_its_name(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (document,) = ingest(tmp_path / "news" / "b.txt", published=date(2026, 1, 2))
    assert document.id == "b.txt" and document.published_source == "override"


def test_from_text_rejects_unknown_format() -> None:
    with pytest.raises(InputError) as error:
        from_text("x", fmt="docx")
    assert error.value.code == "E006"


# --- the demo corpus -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> dict[str, Document]:
    return {d.id[:3]: d for d in ingest([DATA])}


@pytest.mark.parametrize(
    ("number", "expected"),
    [("000", date(2026, 5, 17)), ("002", date(2026, 2, 6)), ("004", date(2026, 5, 14)), ("003", None)],
)
def test_demo_publication_dates(demo: dict[str, Document], number: str, expected: date | None) -> None:
    assert demo[number].published == expected
    if expected:
        assert demo[number].published_source == "dateline"


def test_demo_001_cookie_banner_and_headlines_are_boilerplate(demo: dict[str, Document]) -> None:
    doc = demo["001"]
    banner_end = doc.text.index("Privacy Policy and Cookie Policy.") + len("Privacy Policy and Cookie Policy.")
    assert fully_boilerplate(doc, doc.text[:banner_end])
    assert fully_boilerplate(doc, "Serbia is Not a Russian Ally The National Interest05:00 17-Sep-24")
    assert reason_at(doc, "Russia and China have shared a border") is None


def test_demo_000_escapes_and_italian_furniture(demo: dict[str, Document]) -> None:
    doc = demo["000"]
    assert span_of(doc, "$227.9 billion").text == "$227.9 billion"
    assert reason_at(doc, "Immediapress") == "newswire disclaimer"
    for label in ("Categoria", "Data di creazione", "Autore", "Maggio 17, 2026", "cgtn@cgtn.com"):
        assert reason_at(doc, label) is not None, label
    assert reason_at(doc, "bilateral trade reached $227.9 billion in 2025") is None


def test_demo_newswire_footers(demo: dict[str, Document]) -> None:
    for number in ("002", "004"):
        doc = demo[number]
        assert reason_at(doc, "View original content") == "original-content link"
        assert reason_at(doc, "Copyright 2026 PR Newswire") == "copyright"


def test_demo_offsets_map_back(demo: dict[str, Document]) -> None:
    for doc in demo.values():
        assert doc.skipped is None
        assert_maps_back(doc)


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "@"),  # an e-mail address
    (r"^(?=[^\n]*\bcookies?\b)(?=[^\n]*\bprivacy\b)[^\n]*", "privacy"),  # inside a lookahead
    (r"^[^\w\n]*view (?:the )?original content\b", "original content"),  # the longest run
    (r"(?:https?://|www\.)\S+", ""),  # alternatives: nothing is sure
    (r"(?i:we use) cookies", " cookies"),  # a case-blind group is no help
    (r"(?i)we use cookies", ""),
    (r"(?!privacy)policy", "policy"),  # a negative lookahead is not needed
])
def test_needed_text_is_what_every_match_contains(pattern, needed):
    assert needed_text(pattern) == needed


def test_boilerplate_patterns_match_only_text_with_what_they_need():
    text = (Path(__file__).parent / "corpus" / "dev" / "SOURCES.md").read_text(encoding="utf-8").lower()
    text += "\nwe use cookies to improve our site. contact: ann@example.com, +44 20 7946 0958, all rights reserved.\n"
    matched = 0
    for _, pattern, needed in SPAN_RES + LINE_PATTERNS:
        for m in pattern.finditer(text):
            matched += 1
            assert needed in text[m.start():], (pattern.pattern, m.group(0))  # a lookahead reads on
    assert matched >= 4


def test_a_long_paragraph_after_a_link_label_is_read_as_text_in_linear_time() -> None:
    # a pattern that let a label's title split its words every way took minutes on such a line
    paragraph = ("Related: Detroit police promise community action after children were shot, and also announced "
                 "were charges against a grandfather and a mother of a boy who was hurt")
    doc = from_text(f"Blast in the city\n\n{paragraph}\n")
    assert reason_at(doc, paragraph) is None
