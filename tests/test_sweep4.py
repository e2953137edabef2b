"""Extract on phrasing families from a fourth sweep over unseen news: partitives and shares,
courts, transport, weather, business, elections and sport."""

from datetime import date

import pytest

from claimcheck import extract

PUBLISHED = date(2012, 6, 15)


def claims_of(sentence: str):
    return [c for c in extract(sentence, published=PUBLISHED) if c.quantity is not None]


def claim_at(sentence: str, surface: str):
    return next(c for c in claims_of(sentence) if c.text == surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "verb"),
    [
        ("Nearly half of the 1,500 workers will lose their jobs.", "1,500 workers", "lose"),
        ("Only 3 of the 150 people on board survived.", "150 people", "survived"),
        ("Gunmen killed 12 of the 45 passengers.", "45 passengers", "killed"),
        ("Most of the 300 passengers were rescued.", "300 passengers", "rescued"),
        ("The party won 125 of 250 seats.", "250 seats", "won"),
    ],
)
def test_the_whole_of_a_share_does_not_take_the_shares_verb(sentence, surface, verb):
    assert verb not in claim_at(sentence, surface).measure


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Turnout was 67.3%, up from 65.1% in 2010.", "65.1%"),
        ("Inflation rose from 2.1% to 2.5% in May.", "2.1%"),
        ("Sales fell to $3bn, down from $3.5bn a year earlier.", "$3.5bn"),
        ("Unemployment climbed to 8.2 percent, up from 7.9 percent.", "7.9 percent"),
    ],
)
def test_the_figure_after_from_is_the_earlier_level_not_a_change(sentence, surface):
    claim = claim_at(sentence, surface)
    assert claim.kind in ("rate", "amount") and claim.quantity.value > 0


@pytest.mark.parametrize(
    ("sentence", "surface", "verb"),
    [
        ("Smith was jailed for 12 years at Leeds Crown Court.", "12 years", "jailed"),
        ("The company was fined £2.5 million for safety breaches.", "£2.5 million", "fined"),
        ("The house was sold for $2 million last year.", "$2 million", "sold"),
        ("The airline was ordered to pay $50,000.", "$50,000", "ordered"),
    ],
)
def test_a_passive_verb_says_what_the_figure_is(sentence, surface, verb):
    """ "X was fined £2.5m": the fine, not X; the subject alone would group it with X's revenue."""
    assert verb in claim_at(sentence, surface).measure.split()


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The transfer fee is a reported £35m.", "£35m", "transfer fee"),
        ("The club paid a reported $40 million for the striker.", "$40 million", "club paid"),
        ("Officials said the fee was a reported £35m.", "£35m", "fee"),
    ],
)
def test_a_reported_figure_keeps_its_measure(sentence, surface, measure):
    """ "a reported £35m" reads like "X reported": the figure is the fee, not what someone said."""
    assert claim_at(sentence, surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("The scheme will help nearly 1m residents.", "nearly 1m residents", 1e6, "people"),
        ("The war has displaced 2.5m people, officials said.", "2.5m people", 2.5e6, "people"),
        ("He won the 400m hurdles.", "400m", 400, "metre"),
    ],
)
def test_a_glued_m_before_a_plural_noun_at_a_clause_end_is_a_million(sentence, surface, value, unit):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("There were 17 new deaths on Monday.", "17 new deaths", 17, "killed"),
        ("Health officials confirmed five more dead.", "five more dead", 5, "killed"),
        ("Twelve were seriously injured.", "Twelve", 12, "injured"),
        ("Two others were critically wounded in the blast.", "Two others", 2, "injured"),
    ],
)
def test_a_casualty_count_reads_past_new_more_and_an_adverb(sentence, surface, value, measure):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.measure) == (value, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "not_measure"),
    [
        ("The country reported 1,234 new cases and 56 deaths.", "1,234 new cases", "killed"),
        ("The ministry recorded 310 infections and 12 deaths overnight.", "310 infections", "killed"),
        ("Police counted 40 protesters and 3 injured officers.", "40 protesters", "injured"),
    ],
)
def test_the_next_counts_noun_is_not_this_counts_measure(sentence, surface, not_measure):
    assert not_measure not in claim_at(sentence, surface).measure
