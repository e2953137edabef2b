"""Helpers for the extract tests on news phrasing: the claims of one sentence, as a report
published on a known Wednesday would give them."""

from datetime import date

from claimcheck import extract

PUBLISHED = date(2016, 8, 3)  # a Wednesday


def claims_of(sentence: str, published: date | None = PUBLISHED):
    return list(extract(sentence, published=published))


def claim_at(sentence: str, surface: str, published: date | None = PUBLISHED):
    return next(c for c in claims_of(sentence, published) if c.text == surface)


def quantities_of(sentence: str, published: date | None = PUBLISHED):
    return [c for c in claims_of(sentence, published) if c.quantity is not None]


def quantity_at(sentence: str, surface: str, published: date | None = PUBLISHED):
    return next(c for c in quantities_of(sentence, published) if c.text == surface)
