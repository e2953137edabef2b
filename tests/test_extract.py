"""Extract: one claim per quantitative or dated statement, with value, unit, interval, kind,
period, measure, scope and attribution. Sentences are realistic news wording."""

import re
from datetime import date

import pytest

from claimcheck import extract
from claimcheck.extract import _CASUALTY_BEFORE, _HEDGE_RE
from claimcheck.lexicon import CASUALTY_WORDS, HEDGES_BEFORE

PUB = date(2026, 2, 6)  # a Friday


def only(text: str, published: date | None = PUB, **where):
    """The one claim in `text` (optionally filtered by attribute values)."""
    claims = [
        c for c in extract(text, published)
        if all(getattr(c, k) == v for k, v in where.items())
    ]
    assert len(claims) == 1, [(c.text, c.kind, c.measure) for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "lower", "upper"),
    [
        ("Exports to Japan reached $14.2 billion in 2024, customs data showed.",
         "$14.2 billion", 14.2e9, "USD", 14.15e9, 14.25e9),
        ("The ministry said revenue totalled €40 million last year.",
         "€40 million", 40e6, "EUR", 39.5e6, 40.5e6),
        ("Britain's trade deficit widened to £3.4bn in March 2025.",
         "£3.4bn", 3.4e9, "GBP", 3.35e9, 3.45e9),
        ("The fund raised US$5m from investors in 2023.", "US$5m", 5e6, "USD", 4.5e6, 5.5e6),
        ("Retail sales hit 4.1 trillion yuan in 2025, the bureau said.",
         "4.1 trillion yuan", 4.1e12, "CNY", 4.05e12, 4.15e12),
        ("Gazprom's gas revenue fell to 2.3 trillion rubles in 2024.",
         "2.3 trillion rubles", 2.3e12, "RUB", 2.25e12, 2.35e12),
        ("The deal is worth RMB 12 billion over five years, the company said in 2025.",
         "RMB 12 billion", 12e9, "CNY", 11.5e9, 12.5e9),
    ],
)
def test_money_is_normalised_to_iso_codes_with_precision(sentence, surface, value, unit, lower, upper):
    claim = only(sentence, kind="amount")
    assert claim.text == surface
    q = claim.quantity
    assert (q.value, q.unit, q.dimension) == (pytest.approx(value), unit, "currency")
    assert (q.lower, q.upper) == (pytest.approx(lower), pytest.approx(upper))


@pytest.mark.parametrize(
    ("sentence", "hedge", "lower", "upper"),
    [
        ("Trade with Brazil was worth more than $200 billion in 2025.", "more than", 200e9, None),
        ("Investment topped out at over $3 billion in 2024.", "over", 3e9, None),
        ("Losses reached nearly $1.2 trillion in 2023.", "nearly", 1.08e12, 1.2e12),
        ("Spending came to about $80 million in 2022.", "about", 72e6, 88e6),
        ("The plant employed at least 1,200 workers in 2021.", "at least", 1200, None),
        ("Fares will rise by up to 15% in 2027, the operator said.", "up to", None, 15),
    ],
)
def test_hedges_become_intervals(sentence, hedge, lower, upper):
    claim = [c for c in extract(sentence, PUB) if c.quantity][0]
    q = claim.quantity
    assert q.hedge == hedge
    assert q.lower == (pytest.approx(lower) if lower is not None else None)
    assert q.upper == (pytest.approx(upper) if upper is not None else None)
    assert claim.text.lower().startswith(hedge)


@pytest.mark.parametrize(
    ("sentence", "surface", "lower", "upper"),
    [
        # two hedges stacked: the claim allows what either allows
        ("A sea lane through which over nearly $100 billion worth of trade passes each year.",
         "over nearly $100 billion", 90e9, None),
        ("The fund lent more than about 40 million euros in 2024.", "more than about 40 million euros", 36e6, None),
        ("Up to nearly 300 crewmen were held in 2008.", "Up to nearly 300 crewmen", None, 300),
    ],
)
def test_stacked_hedges_allow_what_either_allows(sentence, surface, lower, upper):
    claim = [c for c in extract(sentence, PUB) if c.quantity][0]
    assert claim.text == surface
    assert claim.quantity.lower == (pytest.approx(lower) if lower is not None else None)
    assert claim.quantity.upper == (pytest.approx(upper) if upper is not None else None)


@pytest.mark.parametrize(
    ("sentence", "lower", "upper"),
    [
        # a denied floor is a ceiling, a denied ceiling a floor
        ("To date none of those offers are believed to be for more than eight years.", None, 8),
        ("The agency said no more than 20 people were hurt in 2024.", None, 20),  # a hedge of its own
        ("Turnout was not less than 60% in 2024, officials said.", 60, None),
        # the denial must stand in the figure's clause
        ("No one was killed, and more than 20 people were hurt in 2024.", 20, None),
    ],
)
def test_a_denied_hedge_turns_around(sentence, lower, upper):
    claim = [c for c in extract(sentence, PUB) if c.quantity and c.quantity.value][0]
    assert claim.quantity.lower == (pytest.approx(lower) if lower is not None else None)
    assert claim.quantity.upper == (pytest.approx(upper) if upper is not None else None)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "floor"),
    [
        ("Sabathia signed for $161 million (over seven years) in 2008.", "seven years", 7, False),
        ("The offer is $184 million over eight years, the paper said in 2008.", "eight years", 8, False),
        ("The toll rose from 20 to over 300 in 2009.", "over 300", 300, True),  # a floor, after "to"
    ],
)
def test_over_after_a_sum_is_its_span_not_a_floor(sentence, surface, value, floor):
    claim = next(c for c in extract(sentence, PUB) if c.text == surface)
    assert claim.quantity.value == pytest.approx(value)
    assert (claim.quantity.upper is None) == floor


def test_range_is_one_claim_with_both_ends():
    claim = only("Officials expect between 19 and 20 million visitors in 2026.")
    assert claim.quantity.hedge == "range"
    assert claim.quantity.lower == pytest.approx(18.5e6)
    assert claim.quantity.upper == pytest.approx(20.5e6)


@pytest.mark.parametrize(
    ("sentence", "unit", "kind"),
    [
        ("Unemployment stood at 4.2% in December 2025.", "percent", "rate"),
        ("Turnout was 71.2 per cent in 2024, the commission said.", "percent", "rate"),
        ("Exports rose 14.7% year on year in the first quarter of 2026.", "percent", "change"),
        ("The share of profitable firms rose 6 percentage points in 2025.", "percentage point", "change"),
    ],
)
def test_percent_and_percentage_points_are_different_units(sentence, unit, kind):
    claim = only(sentence)
    assert (claim.quantity.unit, claim.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        ("The minister has visited Beijing 11 times since 2013.", "times", 11),
        ("More than 40 people were evacuated from the building.", "people", 40),
        ("Police towed 35 vehicles after the parade.", "vehicle", 35),
        ("The carmaker works with over 400 Chinese suppliers.", "supplier", 400),
        ("More than a dozen business leaders joined the delegation.", "leader", 12),
        # dotted initials before the noun ("U.S.", "U.K.") are a modifier, not the end of the phrase
        ("The retailer runs 1,240 U.S. outlets, the filing shows.", "outlet", 1240),
        ("The insurer has 65 U.K. branches, it said.", "branch", 65),
    ],
)
def test_counts_carry_their_counted_noun(sentence, unit, value):
    claim = only(sentence, kind="count")
    assert claim.quantity.unit == unit
    assert claim.quantity.value == value


@pytest.mark.parametrize(
    ("sentence", "measure_word", "scope"),
    [
        ("According to customs data, bilateral trade between Germany and Poland reached "
         "$190 billion in 2025.", "trade", ("Germany", "Poland")),
        ("Official data shows that India-Japan trade reached $22.8 billion in 2025.",
         "trade", ("India", "Japan")),
        ("Canada's exports to Mexico hit a record $41 billion in 2024.", "export", ("Canada", "Mexico")),
    ],
)
def test_measure_and_scope(sentence, measure_word, scope):
    claim = only(sentence, kind="amount")
    assert measure_word in claim.measure.split()
    assert claim.scope == scope


def test_bilateral_resolves_to_the_pair_the_document_is_about():
    text = (
        "Brazil and Argentina signed a new trade pact on Monday.\n\n"
        "Brazil is Argentina's largest partner. Bilateral trade reached $28.3 billion in 2025."
    )
    claim = only(text, kind="amount")
    assert claim.scope == ("Argentina", "Brazil")
    assert claim.measure == "trade"


@pytest.mark.parametrize(
    ("sentence", "attribution"),
    [
        ("According to the latest data from the National Bureau of Statistics, output rose 5% in 2025.",
         "National Bureau of Statistics"),
        ("Official data shows that exports reached $3.2 billion in 2025.", "official data"),
        ("Exports reached $3.2 billion in 2025, the trade ministry said.", "the trade ministry"),
        ("Local official Miabek Lang said at least 12 people had been killed.", "Local official Miabek Lang"),
        ("Enough Project sources indicated that 20 people were wounded.", "Enough Project sources"),
    ],
)
def test_attribution(sentence, attribution):
    claim = [c for c in extract(sentence, PUB) if c.quantity][0]
    assert claim.attribution == attribution


@pytest.mark.parametrize(
    ("sentence", "surface", "start", "end"),
    [
        ("Sales reached $3.1 billion in 2025.", "$3.1 billion", date(2025, 1, 1), date(2025, 12, 31)),
        ("In the first quarter of this year, sales totaled $61.2 million.", "$61.2 million",
         date(2026, 1, 1), date(2026, 3, 31)),
        ("Imports fell to $9 billion last year.", "$9 billion", date(2025, 1, 1), date(2025, 12, 31)),
        ("Revenue was $2.4 billion in Q3 2025, up 8% from the previous year.", "8%",
         date(2025, 7, 1), date(2025, 9, 30)),
    ],
)
def test_period_resolved_against_publication_date(sentence, surface, start, end):
    claim = next(c for c in extract(sentence, PUB) if c.text == surface)
    assert (claim.period.start, claim.period.end) == (start, end)


def test_unresolvable_period_is_kept_and_marked():
    claim = only("Imports fell to $9 billion last year.", published=None)
    assert claim.period is not None
    assert not claim.period.resolved
    assert claim.period.label == "last year"


def test_participle_clause_inherits_measure_and_period_and_becomes_a_threshold():
    sentence = ("Two-way trade reached $61.5 billion in 2025, surpassing the $60 billion mark "
                "for the third consecutive year.")
    amount, threshold = [c for c in extract(sentence, PUB) if c.quantity]
    assert amount.kind == "amount" and amount.period.label == "2025"
    assert threshold.kind == "threshold"
    assert threshold.measure == amount.measure
    assert (threshold.period.start, threshold.period.end) == (date(2023, 1, 1), date(2025, 12, 31))
    assert threshold.quantity.lower == pytest.approx(60e9) and threshold.quantity.upper is None


def test_change_after_amount_inherits_the_measure():
    sentence = "In the first half of 2025, exports totaled $45.6 billion, up 9.1% year on year."
    amount, change = [c for c in extract(sentence, PUB) if c.quantity]
    assert change.kind == "change"
    assert change.measure == amount.measure == "export"
    assert change.period == amount.period


@pytest.mark.parametrize(
    ("sentence", "event_date", "measure"),
    [
        ("On February 4 this year, the two presidents held a video meeting.", date(2026, 2, 4), "meeting"),
        ("Prime Minister Ana Ruiz held talks with Chancellor Karl Weber on Wednesday.",
         date(2026, 2, 4), "meeting"),
        ("The treaty was signed on 12 March 2024 in Geneva.", date(2024, 3, 12), "signing"),
        ("The navy on Wednesday thwarted an attack on a tanker.", date(2026, 2, 4), "attack"),
    ],
)
def test_dated_events_are_claims(sentence, event_date, measure):
    claim = only(sentence, kind="date")
    assert claim.event_date.start == event_date
    assert claim.measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "He cited earlier work on the partnership[2]. The border was settled.",  # citation marker
        "1. Comunicati",  # list numbering
        "Call our newsroom on +1 (555) 123-4567 for details.",  # phone number
        "See page 12 for the full table.",  # page number
        "China embarked on its 15th Five-Year Plan period (2026-2030).",  # names and year spans
        "The two leaders and the two sides met the two peoples.",  # references, not counts
        "It was the third consecutive year of growth.",  # not 1/3
        "Growth slowed in the first quarter.",  # a period, not 0.25
        "Against a backdrop of growing global uncertainty, talks continue.",  # not a unit
        "During the 2024-2025 Years of Culture, troupes toured widely.",  # not 2024.5
    ],
)
def test_not_claims(sentence):
    assert [c.text for c in extract(sentence, PUB) if c.kind != "date"] == []


@pytest.mark.parametrize(
    "sentence, surface, minutes, lower, upper",
    [
        ("The talks began at 15:21 on Monday.", "15:21", 921, 920.5, 921.5),
        ("The quake struck at about 9:30 a.m. on Sunday.", "about 9:30 a.m.", 570, 555, 585),
        ("Police said the shooting happened just before 10:30 p.m. on Wednesday.", "just before 10:30 p.m.", 1350, 1335, 1350),
        ("The shelling began at about 3pm on Tuesday, witnesses said.", "about 3pm", 900, 870, 930),
        ("The navy received a distress call at 1100 hours on Saturday.", "1100 hours", 660, 659.5, 660.5),
    ],
)
def test_times_of_day_are_time_claims_with_their_window(sentence, surface, minutes, lower, upper):
    claim = only(sentence, kind="time")
    assert (claim.text, claim.quantity.value, claim.quantity.lower, claim.quantity.upper) == (surface, minutes, lower, upper)
    assert claim.period is not None and claim.period.granularity == "day"


def test_a_time_converted_for_readers_elsewhere_is_never_compared_with_it():
    """Universal time in brackets is kept (the gold marks it), in a unit of its own."""
    times = [(c.text, c.quantity.unit) for c in extract("Polls closed at 6:00 p.m. local time (1300 GMT) on Sunday.", PUB)
             if c.kind == "time"]
    assert times == [("6:00 p.m.", "time of day"), ("1300 GMT", "time of day GMT")]


def test_claim_text_is_the_original_characters_even_after_cleaning():
    text = "Trade reached \\$227.9 billion in 2025, the ministry said."
    claim = only(text, kind="amount")
    assert claim.text == "$227.9 billion"
    assert text[claim.span.start:claim.span.end] == claim.text
    assert (claim.span.line, claim.span.col) == (1, claim.span.start + 1)


def longest_first(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


HEDGE_ALTERNATION = re.compile(
    rf"(?:^|\s|\()(?P<hedge>{longest_first(HEDGES_BEFORE)})\s*(?:the\s+|a\s+|an\s+)?(?:record\s+)?$", re.IGNORECASE)
CASUALTY_ALTERNATION = re.compile(
    rf"\b(?P<word>{longest_first(CASUALTY_WORDS)})\s+(?:{longest_first(HEDGES_BEFORE)})?\s*$", re.IGNORECASE)


@pytest.mark.parametrize("left", [
    "Trade reached more than ", "It cost approximately US", "killed at least ", "The attack killed ",
    "Police said the blast wounded nearly ", "up to a record ", "MORE THAN ", "almost\t", "c. ", "(about ",
    "deaths rose to ", "injuring over ", "no more than the ", "more than half of ",
])
def test_hedge_and_casualty_tries_read_as_longest_first_alternations(left):
    for trie, alternation in ((_HEDGE_RE, HEDGE_ALTERNATION), (_CASUALTY_BEFORE, CASUALTY_ALTERNATION)):
        found, expected = trie.search(left), alternation.search(left)
        assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))
