"""Grouping on held-out events, round 3 (issue 5): toll updates, capacities, families, roles."""

import pytest
from test_match import corpus_of

import claimcheck


def conflicts(corpus: claimcheck.Corpus) -> list[set[str]]:
    return [{c.text for c in f.group.claims} for f in corpus.findings if f.verdict == "conflict"]


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Ferry sinking off Baubau kills 23\n"
         "At least 23 people died when a ferry sank off Baubau on Saturday, rescue officials said.",
         "Death toll in Baubau ferry disaster climbs to 28\n"
         "The death toll from the sinking off Baubau rose to 28 on Monday, the search agency said.\n"
         "The ferry sank shortly after 3 p.m. on Saturday.",
         {"At least 23 people", "28"}),
        ("Landslide kills 11 in Ponte Alto\n"
         "A landslide buried homes in Ponte Alto on Tuesday, killing 11 people, officials said.",
         "The toll from the Ponte Alto landslide stood at 14 dead on Thursday, officials said.",
         {"11 people", "14 dead"}),
    ],
)
def test_a_toll_updated_days_later_is_the_same_story(tmp_path, first, second, differing):
    """The day a toll rose on dates the count, not the deaths: it neither splits the story nor
    conflicts with the day of the event."""
    corpus = corpus_of(tmp_path, first, second)
    assert any(differing <= found for found in conflicts(corpus))
    assert [c.text for c in corpus.claim_list if c.kind == "date" and c.doc == "doc1.txt"] in ([], ["on Saturday"])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The ferry, licensed to carry 80 people, sank off Baubau on Saturday.",
         "The ferry that sank off Baubau on Saturday was carrying at least 186 people."),
        ("The hall, which can hold up to 500 people, was packed in Verden on Friday.",
         "About 1,200 people were crammed into the Verden hall on Friday."),
    ],
)
def test_a_capacity_is_not_what_was_carried(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_a_total_of_totals_only_its_own_figure(tmp_path):
    corpus = corpus_of(tmp_path,
                       "A total of 122 people survived the sinking off Baubau, while 36 remain missing.",
                       "More than 40 people are missing after the ferry sank off Baubau.")
    assert conflicts(corpus) == [{"36", "More than 40 people"}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Shells hit the school in Jabaliya on Tuesday.\n"
         "\"A relative came and told me one of my sons was killed,\" a woman said.",
         "Shells hit the school in Jabaliya on Tuesday.\n"
         "Umm Ibrahim said she had lost two sons in the shelling of the school."),
        ("A fire swept through a block of flats in Dunmore on Sunday.\n"
         "\"His two brothers died in the fire,\" a neighbour said.",
         "A fire swept through a block of flats in Dunmore on Sunday.\n"
         "Mary Kowalski said three of her brothers died in the fire."),
    ],
)
def test_a_speakers_family_is_not_a_named_family(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_one_named_familys_members_are_compared(tmp_path):
    corpus = corpus_of(tmp_path,
                       "Shells hit the school in Jabaliya on Tuesday.\nUmm Ibrahim said she had lost two sons.",
                       "Shells hit the school in Jabaliya on Tuesday.\nUmm Ibrahim lost three sons, her brother said.")
    assert conflicts(corpus) == [{"two sons", "three sons"}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A magnitude 4.4 earthquake struck near The Geysers on Sunday.\n"
         "The quake was centered two miles east of The Geysers.",
         "A magnitude 4.4 earthquake struck near The Geysers on Sunday.\n"
         "It was felt in Cobb, a small community along Highway 175 in Lake County, 4 miles east of The Geysers."),
        ("A fire broke out at the Halvik oil depot on Friday, about 10 km north of Stavanger.\n"
         "The depot lies 10 km north of Stavanger.",
         "A fire broke out at the Halvik oil depot on Friday.\n"
         "Smoke reached Sola, a town on the coast, 14 km north of Stavanger."),
    ],
)
def test_a_distance_after_a_place_in_apposition_locates_that_place(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A gunman shot four people at a warehouse in Linden on Monday.\nThe gunman, 20, had been fired in June.",
         "Four people were shot dead at a Linden warehouse on Monday.\nThe 19-year-old suspect died at the scene.",
         {"20", "19-year-old"}),
        ("Four people were shot dead at a Linden warehouse on Monday.\n"
         "The shooter, a 19-year-old former employee, fired about 30 rounds.",
         "A gunman shot four people at a warehouse in Linden on Monday.\nThe gunman, 20, had been fired in June.",
         {"19-year-old", "20"}),
    ],
)
def test_who_did_the_harm_is_one_person_however_named(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


def test_a_role_in_apposition_gives_way_to_the_person_the_age_names(tmp_path):
    corpus = corpus_of(tmp_path,
                       "Flash floods hit Riverton on Monday.\nAmong the dead was a 7-year-old girl swept from a car.",
                       "Flash floods hit Riverton on Monday.\nThe youngest victim, an 8-year-old girl, was pulled from a car.")
    assert conflicts(corpus) == [{"7-year-old", "8-year-old"}]
