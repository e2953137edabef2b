"""Grouping on held-out events, round 4 (issue 5): roles of one person, outcomes of counts, rates worded apart, missing."""

import pytest
from test_match import corpus_of

import claimcheck


def conflicts(corpus: claimcheck.Corpus) -> list[set[str]]:
    return [{c.text for c in f.group.claims} for f in corpus.findings if f.verdict == "conflict"]


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A small plane crashed near Nairobi on Thursday, killing all 11 people on board.\n"
         "The pilot, 58, had more than 10,000 hours of flying experience.",
         "Eleven people died when a light aircraft crashed near Nairobi on Thursday.\n"
         "The captain, 56, was a former air force officer.",
         {"58", "56"}),
        ("A ferry sank off Baubau on Saturday.\nIts captain, 52, was among the survivors.",
         "A ferry sank off Baubau on Saturday.\nCaptain Rudi Hartono, 53, has been named a suspect.",
         {"52", "53"}),
        ("A passenger train derailed near Lairg on Monday.\nThe driver, 45, and a conductor were among those killed.",
         "A passenger train derailed near Lairg on Monday.\n"
         "The driver of the train has been named as Iain MacLeod, 46, from Inverness.",
         {"45", "46"}),
    ],
)
def test_one_person_by_role_title_or_name(tmp_path, first, second, differing):
    """A lone role is one person however the trade is named ("the pilot", "the captain"), and a
    named person is that role when the name carries it as a title or the report names the role's
    holder ("The driver ... has been named as Iain MacLeod, 46")."""
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


def test_a_named_person_with_a_role_is_not_another_holder_of_it(tmp_path):
    corpus = corpus_of(tmp_path,
                       "A bus and a lorry collided near Lairg on Monday.\nThe driver, 58, was among the injured.\n"
                       "Driver John Smith, 45, was unhurt.",
                       "A bus and a lorry collided near Lairg on Monday.\nThe driver, 44, was among the injured.")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("Gunman holds 9 hostages at Hamilton bank\nA gunman held nine people hostage in a Hamilton bank on Friday.\n"
          "Four hostages were released during the afternoon.",
          "A man held eight people hostage inside a Hamilton bank on Friday.\nThree hostages were freed in the early afternoon."),
         [{"Four hostages", "Three hostages"}, {"nine people", "eight people"}]),
        (("Five suspicious boats approached the merchant ships off Aden on Thursday.\n"
          "Navy commandos intercepted three boats; two managed to escape.",
          "Five pirate boats tried to attack the convoy off Aden on Thursday.\nThe navy captured three boats.",
          "The navy foiled a pirate attack off Aden on Thursday.\nThree boats with a Somali crew on board were seized."),
         []),
    ],
)
def test_counts_of_one_noun_with_two_outcomes(tmp_path, texts, differing):
    """A count of a specific noun is what became of it: the hostages freed are not the hostages
    held, nor the boats captured the boats that approached; a count naming no outcome joins the
    group it agrees with."""
    assert sorted(map(sorted, conflicts(corpus_of(tmp_path, *texts)))) == sorted(map(sorted, differing))


def test_a_share_of_the_vote_worded_apart(tmp_path):
    """Rates of one thing share two words of their measures however the sentences run."""
    corpus = corpus_of(tmp_path,
                       "Denmark's governing party has won the most votes in a general election, with 27.5%.",
                       "The Social Democrats won Tuesday's general election in Denmark with 27.5% of the vote.",
                       "The Social Democrats won 27.8 percent of the vote in Tuesday's election in Denmark.")
    assert conflicts(corpus) == [{"27.5%", "27.8 percent"}]


def test_unaccounted_for_is_missing(tmp_path):
    corpus = corpus_of(tmp_path,
                       "A gas explosion tore through a chemical plant in Yancheng on Tuesday.\nOne person remains missing.",
                       "A blast hit a chemical plant in Yancheng on Tuesday.\nThree people are unaccounted for.")
    assert conflicts(corpus) == [{"One person", "Three people"}]
