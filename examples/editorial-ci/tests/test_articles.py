"""The articles agree with each other and with the figures the desk has verified."""

from claimcheck.testing import assert_claim, assert_consistent, assert_no_claims_from


def test_articles_agree(claimcheck_corpus):
    assert_consistent(claimcheck_corpus)


def test_ridership_is_the_verified_figure(claimcheck_corpus):
    assert_claim(claimcheck_corpus, measure="Harbour Line ridership", period="2025",
                 equals="4.2 million passengers")


def test_readers_letters_are_left_out(claimcheck_corpus):
    assert_no_claims_from(claimcheck_corpus, "articles/readers-letters.md")
