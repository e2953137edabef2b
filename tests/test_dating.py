"""Dating: documents with no publication date are resolved against the day they name, or the
closest report of the same story."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import claimcheck
from claimcheck.extract import extract_claims, redate_claims
from claimcheck.ingest import from_text, ingest

DEV = Path(__file__).parent / "corpus" / "dev"


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def dates_in(corpus, name: str) -> dict[str, str | None]:
    doc = next(d for d in corpus.read if d.path.endswith(name))
    return {c.text.removeprefix("on "): c.event_date.iso() for c in corpus.claim_list
            if c.doc == doc.id and c.event_date}


def test_a_report_is_dated_by_the_latest_day_it_names(tmp_path):
    write(tmp_path, "a.txt", "Voters in Turkmenistan elected a new parliament on Dec. 14, 2008.\n"
          "The election commission said polls closed on Sunday at 6 p.m. after a campaign that "
          "began on Tuesday.\n")
    corpus = claimcheck.load(tmp_path)
    doc = corpus.read[0]
    assert doc.published == date(2008, 12, 14)
    assert doc.published_source.startswith("inferred")
    assert dates_in(corpus, "a.txt")["Sunday"] == "2008-12-14"
    assert dates_in(corpus, "a.txt")["Tuesday"] == "2008-12-09"


def test_yesterday_puts_the_report_on_the_next_day(tmp_path):
    write(tmp_path, "a.txt", "The Indian navy foiled a pirate attack in the Gulf of Aden on Dec. 13, 2008.\n"
          "Navy commandos captured 23 pirates yesterday, the Indian navy said.\n")
    corpus = claimcheck.load(tmp_path)
    assert corpus.read[0].published == date(2008, 12, 14)
    assert dates_in(corpus, "a.txt")["yesterday"] == "2008-12-13"


def test_a_yearless_day_with_its_weekday_is_later_than_the_days_named_in_full(tmp_path):
    # The truce of 2008 is background; "Tuesday (6 January)" can only be 2009 after it, and
    # "yesterday" puts the report on the day after.
    write(tmp_path, "a.txt", "Israeli forces on Tuesday (6 January) killed at least 40 people at a UN school in Gaza.\n"
          "The Israeli ambassador yesterday told this website that the army had fired in self-defence.\n"
          "Israeli troops broke the cease-fire on 4 November 2008 and killed six Hamas gunmen.\n")
    corpus = claimcheck.load(tmp_path)
    assert corpus.read[0].published == date(2009, 1, 7)
    assert "2009-01-06" in corpus.read[0].published_source
    assert dates_in(corpus, "a.txt")["yesterday"] == "2009-01-06"


@pytest.mark.parametrize("named", ["on 6 January", "on Wednesday (6 January)"])
def test_a_yearless_day_without_its_weekday_or_on_another_dates_nothing(tmp_path, named):
    write(tmp_path, "a.txt", f"Israeli forces {named} killed at least 40 people at a UN school in Gaza.\n"
          "Israeli troops broke the cease-fire on 4 November 2008 and killed six Hamas gunmen.\n")
    assert claimcheck.load(tmp_path).read[0].published == date(2008, 11, 4)


def test_a_report_dated_by_the_days_it_names_dates_the_rest_of_its_story(tmp_path):
    write(tmp_path, "named.txt", "Israeli forces on Tuesday (6 January) killed at least 43 people at the "
          "Fakhura school in Gaza.\nIsraeli troops broke the cease-fire on 4 November 2008.\n")
    write(tmp_path, "undated.txt", "Israeli shells killed at least 43 people at the Fakhura school in Gaza on Tuesday.\n")
    corpus = claimcheck.load(tmp_path)
    undated = next(d for d in corpus.read if d.path.endswith("undated.txt"))
    assert undated.published == date(2009, 1, 6)
    assert "closest report of the same story is dated (inferred)" in undated.published_source
    assert dates_in(corpus, "undated.txt")["Tuesday"] == "2009-01-06"


def test_dates_pass_along_a_story_from_report_to_report(tmp_path):
    # The third report shares no figure with the first, but one with the second, which the first dates.
    write(tmp_path, "a.txt", "Israeli forces on Tuesday (6 January) killed at least 43 people at the "
          "Fakhura school in Gaza.\nIsraeli troops broke the cease-fire on 4 November 2008.\n")
    write(tmp_path, "b.txt", "Israeli shells killed at least 43 people at the Fakhura school in Gaza on Tuesday, "
          "and 55 were wounded.\n")
    write(tmp_path, "c.txt", "Doctors at Gaza's Shifa hospital treated 55 wounded from the Fakhura school on Tuesday.\n")
    corpus = claimcheck.load(tmp_path)
    assert dates_in(corpus, "c.txt")["Tuesday"] == "2009-01-06"


def test_an_undated_report_takes_the_date_of_the_closest_report_of_its_story(tmp_path):
    write(tmp_path, "dated.txt", "NEW DELHI, Nov 11, 2011 (Reuters) - The Indian Navy and INS Sukanya "
          "captured 26 Somali pirates off Lakshadweep on Thursday.\n")
    write(tmp_path, "undated.txt", "INS Sukanya of the Indian Navy foiled a piracy attempt near "
          "Lakshadweep on Thursday and captured 26 Somali pirates.\n")
    write(tmp_path, "other.txt", "A magnitude 4.4 earthquake shook The Geysers in Sonoma County on Sunday.\n")
    corpus = claimcheck.load(tmp_path)
    assert dates_in(corpus, "undated.txt")["Thursday"] == "2011-11-10"
    # Another story: nothing dates it, so the weekday stays a weekday (TIMEX form).
    assert dates_in(corpus, "other.txt")["Sunday"] == "XXXX-WXX-7"


def test_a_similar_story_that_shares_no_figure_lends_no_date(tmp_path):
    # Two pirate attacks in one gulf, three years apart: the undated report names the same navy,
    # ship and gulf, but none of the dated report's figures.
    write(tmp_path, "dated.txt", "NEW DELHI, Nov 11, 2011 (Reuters) - The Indian Navy and INS Mysore "
          "captured 26 Somali pirates in the Gulf of Aden on Thursday.\n")
    write(tmp_path, "undated.txt", "INS Mysore of the Indian Navy foiled a hijack attempt in the Gulf of "
          "Aden on Saturday and captured 23 Somali and Yemeni pirates.\n")
    corpus = claimcheck.load(tmp_path)
    undated = next(d for d in corpus.read if d.path.endswith("undated.txt"))
    assert undated.published is None
    assert dates_in(corpus, "undated.txt")["Saturday"] == "XXXX-WXX-6"


def test_a_corpus_without_text_dates_its_reports_the_same(tmp_path):
    write(tmp_path, "a.txt", "The Indian navy foiled a pirate attack in the Gulf of Aden on Dec. 13, 2008.\n"
          "Navy commandos captured 23 pirates yesterday, the Indian navy said.\n")
    kept = claimcheck.load(tmp_path)
    lean = claimcheck.load(tmp_path, keep_text=False)
    assert lean.read[0].published == kept.read[0].published == date(2008, 12, 14)
    assert [c.event_date for c in lean.claim_list] == [c.event_date for c in kept.claim_list]


REDATED = [
    # relative days, weeks, months and years resolve against the date
    "Navy commandos captured 23 pirates yesterday, the Indian navy said.",
    "Exports rose 7.5% last year to $3.6 trillion, and grew 3% in the first quarter of this year.",
    "The quake struck on Sunday at 3:42 a.m., 12 miles north of Santa Rosa.",
    "Police said two people were killed last week and 14 injured on Dec. 3-5.",
    # a time of day takes the last day named before it, else the day the document names most
    "The attack began at about 3pm, the ministry said.",
    # nothing here depends on the date
    "Bilateral trade reached $227.9 billion in 2025, up 1.9% from 2024.",
    "The 2007 World Series MVP signed a $12 million contract on Feb. 4, 2008.",
]


@pytest.mark.parametrize("sentence", REDATED)
def test_redating_finds_what_extracting_the_dated_document_finds(sentence):
    text = f"{sentence}\nThe talks were held on Feb. 6, 2026, a day after a 4.4 quake at 10:45 p.m.\n{sentence}\n"
    undated = extract_claims(from_text(text))
    for day in (date(2026, 2, 6), date(2009, 1, 1)):
        dated = from_text(text, published=day)
        assert redate_claims(undated, day, lambda dated=dated: dated) == extract_claims(dated)


def test_redating_reads_the_document_only_when_a_claim_can_change():
    undated = extract_claims(from_text(REDATED[-1]))

    def unread():
        raise AssertionError("no claim depends on the date, so the text is not needed")

    assert redate_claims(undated, date(2026, 2, 6), unread) == undated


def test_redating_claims_out_of_reading_order_reads_the_whole_document_again():
    text = f"{REDATED[0]}\n{REDATED[1]}\n"
    day = date(2026, 2, 6)
    dated = from_text(text, published=day)
    undated = extract_claims(from_text(text))
    assert redate_claims(undated[::-1], day, lambda: dated) == extract_claims(dated)


def test_redating_the_dev_corpus_finds_what_extracting_it_dated_finds():
    documents = [d for d in ingest(DEV) if d.skipped is None and d.published is None]
    assert len(documents) > 20
    for document in documents:
        dated = replace(document, published=date(2026, 2, 6))
        assert redate_claims(extract_claims(document), dated.published, lambda dated=dated: dated) == extract_claims(dated), document.id


def test_a_time_of_day_takes_the_last_day_named_before_it():
    text = ("All five victims of a Wednesday night shooting in Little Rock are expected to survive.\n"
            "An unknown shooter opened fire at the group at 10:45 p.m., a police report said.\n"
            "Two men were arrested Thursday in the shooting.\n")
    claims = extract_claims(from_text(text, published=date(2016, 11, 3)))
    (time,) = [c for c in claims if c.kind == "time"]
    assert time.period.start == date(2016, 11, 2)
