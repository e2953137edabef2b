"""Grouping facts across reports of one event (issue 5's held-out sweeps): tolls and who they
count, ages of one person under many names, roles and titles, times and dates, figures that outlets
word apart, outcomes of one count (freed, captured, held), background events, toll updates,
capacities and families."""

from dataclasses import replace
from datetime import date

import pytest
from test_match import corpus_of

import claimcheck
from claimcheck import extract
from claimcheck.match import (
    _planned_apart,
    _vague,
    compatible,
    group_claims,
    territory_of,
)

PUB = date(2026, 8, 4)


def conflicts(corpus: claimcheck.Corpus) -> list[set[str]]:
    return [{c.text for c in f.group.claims} for f in corpus.findings if f.verdict == "conflict"]


def grouped_texts(corpus: claimcheck.Corpus) -> list[set[str]]:
    return [{c.text for c in g.claims} for g in corpus.groups]


def apart(corpus: claimcheck.Corpus, one: str, other: str) -> bool:
    """No group holds a claim reading `one` and a claim reading `other`."""
    return not any(one in texts and other in texts for texts in grouped_texts(corpus))


def each_report_claims(corpus: claimcheck.Corpus, kind: str) -> bool:
    """A positive control: every report gives a claim of `kind`, so that no conflict means the
    figures were kept apart, not that they were never read."""
    return {c.doc for c in corpus.claim_list if c.kind == kind} == {d.id for d in corpus.documents}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A gunman killed four people at a warehouse in Dayton Falls on Tuesday before taking his own life, police said.",
         "Five people, including the gunman, died in a shooting at a Dayton Falls warehouse on Tuesday."),
        ("Two attackers opened fire at a market in Kessin on Friday, killing six people, police said.",
         "Eight people, among them the two attackers, were killed at a Kessin market on Friday."),
        ("The bomber killed 11 people at a bus station in Marrow on Sunday, officials said.",
         "Twelve people, including the suicide bomber, died in the blast at the Marrow bus station."),
    ],
)
def test_a_toll_that_counts_the_attacker_is_not_the_victims_toll(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A 7-year-old girl was swept away by floodwater in Riverton on Monday, police said.",
         "An 8-year-old girl was swept away when the river burst its banks in Riverton on Monday.",
         {"7-year-old", "8-year-old"}),
        ("The train derailed near Ashby on Sunday. The driver, 58, was taken to hospital.",
         "The Ashby derailment on Sunday injured the driver, aged 57, and 41 passengers.",
         {"58", "57"}),
    ],
)
def test_the_lone_person_of_a_role_is_one_person_across_reports(tmp_path, first, second, differing):
    assert {c for found in conflicts(corpus_of(tmp_path, first, second)) for c in found} >= differing


def test_a_report_of_two_girls_does_not_say_which_one_another_report_means(tmp_path):
    first = "A 7-year-old girl and a 9-year-old girl were swept away by floodwater in Riverton on Monday."
    second = "An 8-year-old girl was swept away when the river burst its banks in Riverton on Monday."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A fire at a garment factory in Ashulia killed 29 workers on Tuesday. "
         "The Tazreen fire of 2012, also in Ashulia, killed 112 workers.",
         "Twenty-nine workers were killed in Tuesday's factory fire in Ashulia, officials said."),
        ("Floodwater killed 14 people in Riverton on Monday. The last deadly flood here, in 1998, claimed 31 lives.",
         "At least 14 people were killed when floodwater swept through Riverton on Monday."),
    ],
)
def test_an_earlier_event_dated_in_an_aside_keeps_its_own_toll(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("sentence", "figure", "year"),
    [
        ("The Tazreen fire of 2012, also in Ashulia, killed 112 workers.", "112 workers", "2012"),
        ("The last deadly flood here, in 1998, claimed 31 lives.", "31 lives", "1998"),
        ("The county's worst flood, in 1998, killed 31 people.", "31 people", "1998"),
    ],
)
def test_the_year_of_a_recalled_event_is_its_figures_period_and_its_date(sentence, figure, year):
    claims = claimcheck.extract(sentence, published=PUB)
    count = next(c for c in claims if c.text == figure)
    assert count.period is not None and count.period.label == year
    assert any(c.kind == "date" and c.text == year for c in claims)


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("A gunman held bank staff hostage in Hamilton on Friday.\n"
         "The standoff began at 10:15 a.m. when the man walked into the branch.\n"
         "The last hostages walked out shortly before 5:30 p.m.",
         "A man who held staff hostage inside a Hamilton bank surrendered just before 5:30 p.m. Friday.",
         {"shortly before 5:30 p.m.", "just before 5:30 p.m."}),
        ("A bomb exploded at the Kessin market at 7:40 a.m. on Monday, police said.\n"
         "The area was reopened at 3 p.m.",
         "The Kessin market reopened at 3 p.m. on Monday, hours after the blast.",
         {"3 p.m."}),
    ],
)
def test_a_time_of_day_joins_the_time_it_agrees_with(tmp_path, first, second, together):
    corpus = corpus_of(tmp_path, first, second)
    found = [{c.text for c in f.group.claims} for f in corpus.findings]
    assert together in found and all(group == together or not group & together for group in found)
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A motorway bridge collapsed near Verano on Tuesday, killing nine people.\n"
         "In 2018 the collapse of the Morandi bridge in Genoa killed 43 people.",
         "Nine people died when a viaduct collapsed near Verano on Tuesday.\n"
         "The disaster recalls the collapse of Genoa's Morandi bridge in August 2018, which killed 42 people.",
         {"43 people", "42 people"}),
        ("A flood swept through Riverton on Monday, killing 14 people.\n"
         "The town's worst flood, in 1998, killed 31 people.",
         "Fourteen people died in Riverton on Monday.\n"
         "In June 1998, a flood killed 33 people in the same valley.",
         {"31 people", "33 people"}),
    ],
)
def test_a_background_toll_dated_by_its_year_and_by_its_month_is_one_fact(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Ridge Fire grows to 47,000 acres as crews battle flames",
         "The Ridge Fire had burned 45,800 acres by Thursday morning, the largest fire in the county since 2017.",
         {"47,000 acres", "45,800 acres"}),
        ("Shares in motorway operator Autovia fell 6% in Milan after the collapse.",
         "Autovia shares closed down 4.8% on Tuesday.",
         {"6%", "4.8%"}),
    ],
)
def test_one_figure_worded_apart_is_compared_by_the_words_its_measures_share(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        # one sale's price, the second report's sum followed by a preposition ("after"), not a noun
        ("The hammer price for the Ostrander landscape was $31.2 million.",
         "Four bidders chased the Ostrander landscape, with the hammer falling at $31.2 million after nine minutes.", True),
        # the price is not the estimate, whatever follows either sum
        ("The Ostrander landscape carried an estimate of $31.2 million before the sale.",
         "Four bidders chased the Ostrander landscape, with the hammer falling at $31.2 million after nine minutes.", False),
    ],
)
def test_a_preposition_after_a_sum_leaves_its_measure_to_the_words_before(tmp_path, first, second, together):
    corpus = corpus_of(tmp_path, first, second)
    assert ({"$31.2 million"} in [{c.text for c in g.claims} for g in corpus.groups if len(g.claims) == 2]) == together


def test_a_results_line_s_figure_joins_the_same_figure_told_in_a_sentence(tmp_path):
    """"Net sales: $4.3 billion vs. $4.6 billion forecast" is the net sales another report gives in
    a sentence; the forecast set against it is not, and no conflict is made of the two."""
    first = "Halvorsen Foods beat forecasts.\n\nNet sales: $4.3 billion vs. $4.6 billion forecast\n"
    second = "Halvorsen Foods said its second-quarter net sales were $4.3 billion, below the $4.6 billion analysts expected."
    corpus = corpus_of(tmp_path, first, second)
    assert {"$4.3 billion"} in grouped_texts(corpus)
    assert conflicts(corpus) == []


def test_two_places_on_one_bearing_from_a_city_are_two_facts(tmp_path):
    """Both measures share "north" and "Detroit" only: they locate two things."""
    first = "The plant where the shooting happened lies about 15 miles north of Detroit."
    second = "Hours after the shooting at the plant, a trucker 50 miles north of Detroit spotted the gunman's car."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_one_leader_s_two_durations_are_two_facts(tmp_path):
    first = "President Rosa Valdez declared a 60-day state of emergency in the region."
    second = "President Rosa Valdez visited Huancara on Tuesday and promised new homes within 90 days."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Fenprof, the largest union, which represents 310,000 teachers, called the strike on Tuesday.",
         "Fenprof's secretary general said 100,000 teachers had joined the march on Tuesday."),
        ("NUM, which represents some 200,000 mineworkers, called for the Kloof mine to be closed.",
         "At the Kloof mine, 90,000 mineworkers downed tools on Thursday in protest."),
    ],
)
def test_the_members_a_union_represents_are_not_those_who_marched(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("The Guadal River rose 22 feet in less than two hours on Friday, officials said.",
         "The Guadal River crested at 31 feet on Friday, the National Weather Service said.", []),
        ("The Ridge Fire grew by 12,000 acres overnight, Cal Fire said on Thursday.",
         "The Ridge Fire had burned 45,800 acres by Thursday morning.", []),
        ("The Guadal River rose 22 feet in less than two hours on Friday, officials said.",
         "Officials said the Guadal River rose 24 feet on Friday at the Main Street bridge.", [{"22 feet", "24 feet"}]),
    ],
)
def test_a_rise_is_compared_with_rises_not_with_levels(tmp_path, first, second, expected):
    assert conflicts(corpus_of(tmp_path, first, second)) == expected


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
        ("A four-storey house collapsed in Shubra on Monday.\nThe owner of the house, aged 61, was arrested.",
         "A four-storey house collapsed in Shubra on Monday.\nPolice detained its 63-year-old owner.",
         {"61", "63-year-old"}),
    ],
)
def test_one_person_by_role_title_or_name(tmp_path, first, second, differing):
    """A lone role is one person however the trade is named ("the pilot", "the captain"), and a
    named person is that role when the name carries it as a title or the report names the role's
    holder ("The driver ... has been named as Iain MacLeod, 46")."""
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


@pytest.mark.parametrize(
    ("second", "differing"),
    [
        ("A trawler went down off Mindoro on Monday.\nCapt. Joel Ramos, 53, told the coast guard the engine room flooded.",
         [{"51", "53"}]),
        ("A trawler went down off Mindoro on Monday.\nCapt. Joel Ramos, 53, of the trawler and Capt. Ben Cruz, 58, of the "
         "rescue ship spoke to reporters.", []),
    ],
)
def test_a_title_written_short_is_the_role_of_its_lone_holder(tmp_path, second, differing):
    """"Capt. Joel Ramos" is the captain, as "Captain Joel Ramos" is, when he is his report's only
    captain; of two captains, which is another report's is unsaid."""
    first = "A fishing trawler sank off Mindoro on Monday. All 14 crew were rescued.\nThe captain, 51, said a wave hit the stern."
    assert conflicts(corpus_of(tmp_path, first, second)) == differing


@pytest.mark.parametrize(
    ("rider", "differing"),
    [("bicyclist", [{"sixth", "fifth"}]), ("motorcyclist", [])],
)
def test_a_bicyclist_is_a_cyclist(tmp_path, rider, differing):
    """"The sixth bicyclist killed this year" ranks the riders "the fifth cyclist" does; a
    motorcyclist is another rider."""
    event = "A hit-and-run driver killed Dana Ruiz, 41, on Canyon Road in Fairmont on Tuesday night.\n"
    corpus = corpus_of(tmp_path, event + f"Ruiz was the sixth {rider} killed on Fairmont streets this year, police said.",
                       event + "Police said Ruiz was the fifth cyclist killed in Fairmont this year.")
    assert conflicts(corpus) == differing


def test_a_named_person_with_a_role_is_not_another_holder_of_it(tmp_path):
    corpus = corpus_of(tmp_path,
                       "A bus and a lorry collided near Lairg on Monday.\nThe driver, 58, was among the injured.\n"
                       "Driver John Smith, 45, was unhurt.",
                       "A bus and a lorry collided near Lairg on Monday.\nThe driver, 44, was among the injured.")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A 17-year-old boy was shot dead at the Millbrook county fair on Saturday night, police said.\n"
         "Two teenagers were arrested nearby. One of them, a 14-year-old boy, has been charged with murder.",
         "A 16-year-old boy died on Sunday after he was shot at the Millbrook county fair on Saturday night.",
         [{"17-year-old", "16-year-old"}]),
        ("Gunfire at a skate park in Harlow killed a 14-year-old boy on Friday evening, police said.\n"
         "A 17-year-old boy was later arrested and charged with his murder.",
         "A 15-year-old boy was killed in a shooting at a Harlow skate park on Friday evening.",
         [{"14-year-old", "15-year-old"}]),
        ("A 17-year-old boy was shot dead at the Millbrook county fair on Saturday night, police said.\n"
         "A 14-year-old boy was also wounded in the shooting.",
         "A 16-year-old boy died on Sunday after he was shot at the Millbrook county fair on Saturday night.",
         []),
    ],
)
def test_two_ages_under_one_noun_told_apart_by_who_did_the_harm(tmp_path, first, second, differing):
    """A report giving two boys' ages leaves which boy is which unsaid, unless it says one of them did
    the harm: the boy charged is not the boy shot, so the victim's age meets the other report's."""
    assert conflicts(corpus_of(tmp_path, first, second)) == differing


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


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("Norland election: Labour wins but loses seats\nNorland's governing Labour party won the most votes, with 31.5%.\n"
          "The left-of-centre bloc won 97 seats, short of the 100 needed for a majority in the 199-seat parliament.",
          "Labour largest party as Norland votes\nLabour won 31.8 percent of the vote in Tuesday's election.\n"
          "The party will have 60 seats in the assembly, three fewer than at the last election.\n"
          "The Liberals won 14.1 percent and 25 seats.\nThe red bloc won 98 of the 199 seats.",
          "Labour wins Norland election\nNorland's Labour won Tuesday's general election with 31.5% of the vote.\n"
          "The party took 60 of the 199 seats in parliament, down from 63 in 2022.\n"
          "The centre-right Liberals came second with 14.1%, taking 24 seats.\n"
          "A left-leaning bloc won 97 seats, three short of a majority of 100."),
         [{"25 seats", "24 seats"}, {"31.8 percent", "31.5%"}]),
    ],
)
def test_counts_that_two_subjects_won_are_two_facts(tmp_path, texts, differing):
    """Seats (stores, medals) won or held are their owner's: the subject before a verb of winning
    or owning says whose, and another subject's count is another fact; a size ("the 179-seat
    parliament") is the count of what it sizes."""
    assert sorted(map(sorted, conflicts(corpus_of(tmp_path, *texts)))) == sorted(map(sorted, differing))


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("HARLOW, Kenya (AP) - A small plane crashed shortly after takeoff from Harlow Field on March 5, killing all "
          "nine people on board, officials said.",
          "Nine people died on March 4 when a light aircraft crashed minutes after leaving Harlow Field."),
         {"March 5", "March 4"}),
        (("A bus crashed on the Tarn Pass highway on July 20, killing 14 passengers, police said.",
          "Police said 14 passengers were killed on July 21 when a bus crashed on the Tarn Pass highway."),
         {"July 20", "July 21"}),
    ],
)
def test_dates_of_one_event_read_as_two_classes_each_named_by_the_other(tmp_path, texts, differing):
    """A crash that killed and deaths in a crash are one event when each sentence names the other's class."""
    assert differing in conflicts(corpus_of(tmp_path, *texts))


def test_a_date_that_names_only_people_dates_no_event(tmp_path):
    """"Six people were still missing on Monday evening" and "18,000 residents were still without
    electricity on Tuesday morning" date what a report saw, of two states: no conflict."""
    corpus = corpus_of(tmp_path,
                       "A strong earthquake struck Corva on February 23.\nSome 18,000 residents were still without "
                       "electricity on February 25.",
                       "An earthquake hit Corva on February 23.\nSix people were still missing on February 23, officials said.")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("Kenya's Joseph Rono won the Lisbon Marathon in two hours six minutes.\n"
          "The 26-year-old broke clear with about 5km to go.",
          "LISBON (AP) - Joseph Rono won the Lisbon Marathon on Sunday.\nRono, 27, pulled away over the final 3 miles."),
         {"26-year-old", "27"}),
        (("Harbor City have signed striker Ivo Lenz for £40m.\nThe 22-year-old has signed a five-year contract.",
          "Ivo Lenz has joined Harbor City for £40m.\nLenz, 23, has signed a six-year deal."),
         {"22-year-old", "23"}),
    ],
)
def test_a_reports_only_age_written_as_the_person_is_the_person_it_names(tmp_path, texts, differing):
    """"The 26-year-old broke clear": a report's only age, written as the person, is of the one
    person it names whose age other reports give."""
    assert differing in conflicts(corpus_of(tmp_path, *texts))


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("NAIROBI: Kenya's Joseph Rono retained his Lisbon Marathon title on Sunday in two hours six minutes.\n"
          "The 26-year-old champion, who ran in a pack until 35km, pulled clear late on.\nAbel Tesfa, 31, was second.",
          "LISBON (AP) - Rono, 27, won the Lisbon Marathon on Sunday, pulling away over the final 3 miles.\n"
          "Tesfa, 31, finished second for the third year."),
         {"26-year-old", "27"}),
    ],
)
def test_an_age_written_as_the_person_is_of_the_one_named_person_whose_age_is_not_given_both_ways(tmp_path, texts, differing):
    """A report naming two aged people leaves whom "the 26-year-old" is unsaid, unless both reports give
    the other's age ("Tesfa, 31" in each): then it is the one left."""
    assert differing in conflicts(corpus_of(tmp_path, *texts))


@pytest.mark.parametrize(
    "texts",
    [
        ("Joseph Rono beat Abel Tesfa to win the Lisbon Marathon.\nThe 26-year-old broke clear late on.",
         "Joseph Rono, 27, won the Lisbon Marathon on Sunday.\nAbel Tesfa, 31, was second."),
        # both reports give Tesfa's 31, but two other named runners are left
        ("NAIROBI: Kenya's Joseph Rono retained his Lisbon Marathon title on Sunday.\n"
         "The 26-year-old champion, who ran in a pack until 35km, pulled clear late on.\nAbel Tesfa, 31, was second.",
         "LISBON (AP) - Rono, 27, won the Lisbon Marathon on Sunday.\nTesfa, 31, was second and Daniel Kiprop, 29, third."),
    ],
)
def test_an_age_written_as_the_person_in_a_report_naming_two_aged_people_is_nobodys(tmp_path, texts):
    assert conflicts(corpus_of(tmp_path, *texts)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("More than 300 Tamils have been killed since the assault on Kaffna began 9 days ago, officials said.",
         "The army said after 10 days of a punishing offensive against the Kaffna rebels it had taken the port.",
         {"9 days", "10 days"}),
        ("Residents of Kaffna fled after 8 days of bombardment from the air and sea.",
         "Rebels in Kaffna said 40 fighters had died so far in the 9 days of the army offensive.",
         {"8 days", "9 days"}),
    ],
)
def test_a_campaigns_length_so_far_is_one_fact_whoever_is_named(tmp_path, first, second, differing):
    """Running reports of one war give its length by the day, beside the dead or the enemy they name."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("The Indian Navy frigate INS Kesar patrols the Gulf of Aden.\nOn February 19, 2026, INS Kesar sank a "
         "fishing trawler that was under the control of pirates.",
         "The Indian Navy frigate INS Kesar fought pirates in the Gulf of Aden.\nOn February 18, 2026, it had sunk "
         "Thai trawler 'Ratana Mai 3', which had been seized by pirates.",
         {"February 19, 2026", "February 18, 2026"}),
    ],
)
def test_dates_of_one_event_under_the_names_of_its_two_sides(tmp_path, first, second, differing):
    """The ship that sank and the ship it sank are named apart; the thing sunk names the sinking."""
    assert [{t.removeprefix("On ") for t in found} for found in conflicts(corpus_of(tmp_path, first, second))] == [differing]


def test_a_perfect_tense_owns_nothing(tmp_path):
    """"has now spread to nine provinces", "has reached nine of 14 provinces": "has" is an
    auxiliary there, and the clause's subject owns no provinces; the counts meet."""
    corpus = corpus_of(tmp_path,
                       "Measles in Velonia\nThe disease has now spread to nine provinces, the ministry said.",
                       "Measles in Velonia\nThe outbreak has reached nine provinces, the ministry said.")
    assert {"nine provinces"} in [{c.text for c in g.claims} for g in corpus.groups]


def undated_corpus_of(tmp_path, *texts: str) -> claimcheck.Corpus:
    for i, text in enumerate(texts):
        (tmp_path / f"doc{i}.txt").write_text(text, encoding="utf-8")
    return claimcheck.load(tmp_path)


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("The Indian Navy frigate INS Kesar patrols the Gulf of Aden.\nOn February 19, INS Kesar sank a fishing "
          "trawler that was under the control of pirates.",
          "The Indian Navy frigate INS Kesar fought pirates in the Gulf of Aden.\nOn February 18, it had sunk Thai "
          "trawler 'Ratana Mai 3', which had been seized by pirates.",
          "The Indian Navy frigate INS Kesar sank a pirate trawler in the Gulf of Aden last month."),
         {"February 19", "February 18"}),
        (("A ferry sank off Corran Island on 12 June, killing 40 passengers, the coastguard said.",
          "The ferry sank off Corran Island on June 14, killing 40 passengers, officials said."),
         {"12 June", "June 14"}),
    ],
)
def test_yearless_days_of_one_event_in_undated_reports_are_compared(tmp_path, texts, differing):
    """Undated reports of one story give the days of one event without a year: read in one year,
    "February 19" and "February 18" are a day apart; "last month" names no day and fits both."""
    found = [{t.removeprefix("On ").removeprefix("on ") for t in group} for group in conflicts(undated_corpus_of(tmp_path, *texts))]
    assert found == [differing]


@pytest.mark.parametrize(
    "texts",
    [
        ("A ferry sank off Corran Island on 12 June, killing 40 passengers, the coastguard said.",
         "The ferry sank off Corran Island on June 12, killing 40 passengers, officials said."),
        ("A ferry sank off Corran Island on June 2, killing 40 passengers, the coastguard said.",
         "A ferry sank off Corran Island on June 20, killing 40 passengers, officials said."),
    ],
)
def test_yearless_days_worded_apart_agree_and_days_weeks_apart_are_two_events(tmp_path, texts):
    assert conflicts(undated_corpus_of(tmp_path, *texts)) == []


@pytest.mark.parametrize(
    ("texts", "together"),
    [
        (("The blast happened on Tuesday morning at a fuel depot outside Kessin, fire officials said.",
          "A fuel tank exploded on Tuesday at a depot outside Kessin, officials said."), True),
        (("The blast occurred at about 9 a.m. on Friday at a fireworks workshop in Marrow, police said.",
          "A blast tore through a fireworks workshop in Marrow on Friday, killing two workers."), True),
        (("Union leaders blasted the pension plan on Tuesday in Kessin.",
          "A fuel tank exploded on Tuesday at a depot outside Kessin, officials said."), False),
    ],
)
def test_a_blast_is_the_explosion_another_report_dates(tmp_path, texts, together):
    """"The blast happened on Tuesday" and "a tank exploded on Tuesday" date one explosion, news's
    short word for it; a critic who "blasted" a plan set off none."""
    dated = [g for g in corpus_of(tmp_path, *texts).groups if all(c.kind == "date" for c in g.claims)]
    assert bool(dated) is together


@pytest.mark.parametrize(
    "texts",
    [
        ("Five dead in Dayton Falls warehouse shooting\nFive people, including the gunman, died in a shooting at a "
         "Dayton Falls warehouse on Tuesday.",
         "A gunman killed four people at a Dayton Falls warehouse on Tuesday before taking his own life, police said."),
        ("Three killed in Marrow market attack\nThree people, among them the bomber, were killed at a Marrow market "
         "on Sunday, police said.",
         "A suicide bomber killed two people at a market in Marrow on Sunday, officials said."),
    ],
)
def test_a_toll_restated_with_the_attacker_in_it_is_not_the_victims_toll(tmp_path, texts):
    """A headline's plain toll that the report restates as counting the attacker counts the attacker too."""
    assert conflicts(corpus_of(tmp_path, *texts)) == []


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("A man who held eight people hostage inside a Hamilton bank surrendered on Friday.\n"
          "Police said the man, 35, entered the bank at about 9:45 a.m.",
          "A gunman held nine people hostage inside a Hamilton bank for seven hours on Friday.\n"
          "The suspect, 34, has been charged with nine counts of kidnapping."),
         {"35", "34"}),
        (("A woman who stabbed three shoppers at a Lorne supermarket was arrested on Monday.\n"
          "The woman, 41, was detained by a security guard.",
          "Three shoppers were stabbed at a Lorne supermarket on Monday, police said.\n"
          "The suspect, 42, has been charged with three counts of attempted murder."),
         {"41", "42"}),
    ],
)
def test_the_man_brought_in_by_the_harm_he_did_is_the_perpetrator(tmp_path, texts, differing):
    """"A man who held eight people hostage ... the man, 35": the report's perpetrator, whom another
    report calls "the suspect"."""
    assert differing in conflicts(corpus_of(tmp_path, *texts))


def test_a_man_brought_in_otherwise_is_not_the_perpetrator(tmp_path):
    corpus = corpus_of(tmp_path,
                       "A man who was shot inside a Hamilton bank on Friday is in hospital.\n"
                       "Police said the man, 35, was a customer.",
                       "A gunman held nine people hostage inside a Hamilton bank on Friday.\n"
                       "The suspect, 34, has been charged with nine counts of kidnapping.")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("A fire in the intensive care unit of the hospital in Bacău killed seven patients on Tuesday.",
          "Eight patients died when fire swept the intensive care unit of the Bacau hospital on Tuesday."),
         {"seven patients", "Eight patients"}),
        (("Floodwater swept through Târgu Jiu on Monday, killing 12 people.",
          "At least 14 people were killed when floodwater swept through Targu Jiu on Monday."),
         {"12 people", "At least 14 people"}),
    ],
)
def test_a_name_spelt_with_and_without_its_accents_is_one_name(tmp_path, texts, differing):
    """Outlets write one town's name with its diacritics and without ("Bacău", "Bacau"): the
    reports tell one story."""
    assert differing in conflicts(corpus_of(tmp_path, *texts))


@pytest.mark.parametrize(
    "texts",
    [
        ("Storm Elsa tore through the Corran islands on Saturday night, killing at least 12 people, officials said Sunday.",
         "Storm Elsa killed 12 people in the Corran islands after making landfall on Saturday night."),
        ("A landslide swept through Hallam, killing nine people, the governor told reporters on Thursday.",
         "A landslide killed nine people in Hallam after heavy rain on Wednesday night."),
    ],
)
def test_the_day_a_source_spoke_does_not_date_the_event(tmp_path, texts):
    """"..., officials said Sunday": the day the report was given, not the day of the deaths that
    another report dates "on Saturday night"."""
    assert conflicts(corpus_of(tmp_path, *texts)) == []


@pytest.mark.parametrize(
    "texts",
    [
        ("Seven inmates broke out of the Marlow County jail on Friday, the sheriff said.",
         "Four inmates remain at large after the Marlow County jail escape on Friday."),
        ("Seven inmates broke out of the Marlow County jail on Friday, the sheriff said.",
         "Four inmates still on the run after Marlow County jail break."),
        ("Nine prisoners broke out of Hartfield prison overnight, officials said.",
         "Six prisoners were still being sought on Sunday after the Hartfield prison break."),
    ],
)
def test_those_who_got_out_are_not_those_still_at_large(tmp_path, texts):
    assert conflicts(corpus_of(tmp_path, *texts)) == []


@pytest.mark.parametrize(
    "texts",
    [
        ("Halden Motors is recalling about 310,000 cars in the U.S. because a brake line can leak.",
         "Globally, the Halden recall affects 420,000 cars, the company said."),
        ("Brenna Foods is recalling 52,000 jars of baby food in Canada over glass fragments.",
         "Brenna Foods said it was recalling 70,000 jars of baby food worldwide over glass fragments."),
    ],
)
def test_a_worldwide_figure_is_not_one_countrys(tmp_path, texts):
    assert conflicts(corpus_of(tmp_path, *texts)) == []


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("Storm Elsa slammed into the Corran coast on Saturday with winds of 140 kph.",
          "Storm Elsa made landfall on the Corran coast on Saturday, bringing wind speeds of 150km/h."),
         {"140 kph", "150km/h"}),
        (("Typhoon Mawar hit Guam with sustained winds of 150 mph, forecasters said.",
          "Typhoon Mawar battered Guam, packing maximum wind speeds of 140 mph."),
         {"150 mph", "140 mph"}),
    ],
)
def test_a_storms_wind_speed_worded_apart(tmp_path, texts, differing):
    assert differing in conflicts(corpus_of(tmp_path, *texts))


def test_gusts_are_not_the_wind_speed(tmp_path):
    texts = ("Storm Elsa slammed into the Corran coast on Saturday with winds of 140 kph.",
             "Storm Elsa brought wind gusts of up to 170km/h to the Corran coast on Saturday.")
    assert conflicts(corpus_of(tmp_path, *texts)) == []


@pytest.mark.parametrize(
    "texts",
    [
        ("At least 23 people were killed when a bus plunged into a ravine near Huaytara early Monday, police said.",
         "Twenty-four people died after a bus fell into a ravine near Huaytara in the early hours of this Monday."),
        ("A fire broke out at the county hospital in Bacau on Tuesday, killing seven patients.",
         "The fire broke out at the county hospital in Bacau on Tuesday evening."),
        # one report names the country, the other none
        ("Ayacucho bus falls into ravine\nAt least 23 people were killed when a bus plunged into a ravine in Peru "
         "early Monday, police said.",
         "Ayacucho bus falls into ravine\nTwenty-four people died after a bus fell into a ravine in the early hours "
         "of this Monday."),
        # each names a place of its own: the mountains, the region
        ("Ayacucho bus falls into ravine\nAt least 23 people were killed when a bus plunged into a ravine in the "
         "Andes early Monday, police said.",
         "Ayacucho bus falls into ravine\nTwenty-four people died after a bus fell into a ravine in the "
         "Huancavelica region early this Monday."),
    ],
)
def test_one_weekday_worded_apart_in_undated_reports_is_one_day(tmp_path, texts):
    """Undated reports give the day of one event as a weekday, worded apart ("early Monday", "this
    Monday"): one day, an agreement; a number opening a sentence ("Twenty-four people") names no one."""
    days = [group for group in grouped_texts(undated_corpus_of(tmp_path, *texts))
            if any("day" in text for text in group)]
    assert len(days) == 1 and len(days[0]) == 2


@pytest.mark.parametrize(
    "texts",
    [
        ("Ayacucho bus falls into ravine\nAt least 23 people were killed when a bus plunged into a ravine in Peru "
         "early Monday, police said.",
         "Ayacucho bus falls into ravine\nTwenty-four people died after a bus fell into a ravine in Chile in the "
         "early hours of this Monday."),
        ("Ayacucho bus falls into ravine\nAt least 23 people were killed when a bus plunged into a ravine in the "
         "Andes early Monday, police said.",
         "Ayacucho bus falls into ravine\nTwenty-four people died after a bus fell into a ravine in the "
         "Huancavelica region early this Tuesday."),
    ],
)
def test_undated_days_of_two_countries_or_two_weekdays_stay_apart(tmp_path, texts):
    """Two countries named, or two places on two weekdays: two events, neither joined nor compared."""
    corpus = undated_corpus_of(tmp_path, *texts)
    assert each_report_claims(corpus, "date")
    assert not [group for group in grouped_texts(corpus) if any("day" in text for text in group)]


def test_an_age_before_a_compound_is_the_age_of_its_head(tmp_path):
    """"a 52-year-old mountain guide" is the guide, whom another report gives as "The guide, aged 54"."""
    first = ("An avalanche killed four skiers at Kaunertal on Saturday. The group was led by a 52-year-old mountain "
             "guide, who survived.")
    second = "Four skiers died in an avalanche at Kaunertal on Saturday. The guide, aged 54, was unhurt."
    assert {"52-year-old", "54"} in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    "texts",
    [
        ("Kaunertal avalanche: fifth skier dies\nA fifth skier has died in hospital in Innsbruck after an avalanche in "
         "the Tyrolean Alps on Saturday.",
         "Kaunertal avalanche kills four\nFour skiers were killed on Saturday when an avalanche swept down a slope in "
         "the Kaunertal, police said."),
        ("Dyer County jailbreak\nSix inmates escaped from a county jail in western Tennessee early Monday, "
         "authorities said.",
         "Dyer County jailbreak\nFive men escaped from the Dyer County Detention Center early Monday morning, the "
         "sheriff's office said."),
    ],
)
def test_one_event_dated_to_one_day_under_places_named_apart(tmp_path, texts):
    """Reports of one story date one event to one day, each naming its own places: one agreement."""
    corpus = corpus_of(tmp_path, *texts)
    days = [g for g in corpus.groups if any("day" in c.text for c in g.claims)]
    assert len(days) == 1 and len(days[0].claims) == 2


@pytest.mark.parametrize(
    ("texts", "together"),
    [
        (("Kessin gas station clerk killed\nA gas station clerk was shot and killed during a robbery Monday night, "
          "police said.",
          "Kessin gas station clerk killed\nPolice have arrested a 17-year-old in connection with the fatal shooting "
          "of a gas station clerk on Harbor Road in Kessin on Monday night."), True),
        # another day: two events, neither joined nor compared
        (("Kessin gas station clerk killed\nA gas station clerk was shot and killed during a robbery Monday night, "
          "police said.",
          "Kessin gas station clerk killed\nPolice have arrested a 17-year-old in connection with the fatal shooting "
          "of a gas station clerk on Harbor Road in Kessin on Sunday night."), False),
    ],
)
def test_one_event_s_day_from_a_report_naming_places_and_one_naming_none(tmp_path, texts, together):
    """One report names the places of an event, another none: on one day, one event's day."""
    corpus = corpus_of(tmp_path, *texts)
    assert each_report_claims(corpus, "date") and conflicts(corpus) == []
    assert bool([g for g in grouped_texts(corpus) if any("night" in text for text in g)]) == together


def test_one_class_of_event_on_two_days_under_places_named_apart_is_no_conflict(tmp_path):
    first = "Alpine deaths\nFour skiers were killed in an avalanche in the Tyrolean Alps on Saturday, police said."
    second = "Alpine deaths\nTwo climbers were killed by falling rocks in the Dolomites on Sunday, police said."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    "texts",
    [
        ("Kaunertal avalanche\nIn 1999, an avalanche struck the village of Galtur, about 30 km away, killing 31 people.",
         "Kaunertal avalanche\nThe deadliest avalanche in recent history struck the village of Galtur in February "
         "1999, killing 31 people."),
        ("Cyclone Arnab\nCyclone Sidr killed about 3,500 people in 2007.",
         "Cyclone Arnab\nCyclone Sidr, which struck in November 2007, killed more than 3,000 people."),
    ],
)
def test_a_background_toll_dated_by_its_sentence_is_that_years_toll(tmp_path, texts):
    """A past disaster's toll given no period of its own is dated by the year its sentence gives the
    disaster before it: compared with another report's toll of that year."""
    corpus = corpus_of(tmp_path, *texts)
    assert any(len({c.doc for c in g.claims}) == 2 and g.claims[0].kind == "count" for g in corpus.groups)


def test_a_role_apposed_to_a_name_is_that_persons_role(tmp_path):
    """"The driver of the unit, Juan Carlos Quispe, 38," is the driver another report gives as "The
    38-year-old driver", as "the driver ... has been named as Iain MacLeod, 46" is."""
    first = "A bus fell into a ravine near Huaytara on Monday. The 38-year-old driver survived and was detained."
    second = ("A bus plunged into a ravine near Huaytara on Monday. The driver of the unit, Juan Carlos Quispe, 39, "
              "was taken into custody.")
    assert {"38-year-old", "39"} in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        ("Brenmoor shares jumped 18% to 512 pence at 9:05 a.m. in London after the bid was announced.",
         "Shares in Brenmoor closed up 15% at 498 pence on Monday after the bid was announced.", {"18%", "15%"}),
        ("Brenmoor Plc shares rose as much as 21 per cent in early trading yesterday before closing higher.",
         "Shares in Brenmoor Plc closed up 15% at 498 pence.", {"as much as 21 per cent", "15%"}),
        ("The Brenmoor shares rose as much as 21 per cent in early trading yesterday.",
         "Brenmoor shares jumped 18% to 512 pence at 9:05 a.m. in London.", {"as much as 21 per cent", "18%"}),
    ],
)
def test_a_share_move_at_one_moment_is_not_the_move_at_the_close(tmp_path, first, second, figures):
    """An early-morning move ("at 9:05 a.m."), the day's peak ("as much as") and the close are
    three facts: neither a conflict nor an agreement."""
    assert not any(figures <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Lindqvist, who had never reached a final before, served for the third set at 5-4 in Rome but was broken.",
         "Lindqvist, who needed treatment on his knee at the end of the second set in Rome, lost the final."),
        ("Okafor crashed out of the Sakhir race on the second lap after a collision, the team said.",
         "Okafor's team said the Sakhir crash on the fifth lap ended his race."),
    ],
)
def test_an_ordinal_of_a_set_or_lap_names_which_part_not_a_figure(tmp_path, first, second):
    """"The third set" and "the second set" are two sets of one match, not a disagreement."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("An inspection found that the Dokki tower had received a licence for eight floors only, officials said.",
         "Prosecutors said three upper floors had been added to the Dokki tower without a permit."),
        ("The Marlow depot was approved for 40 buses when it opened, the council said.",
         "The Marlow depot now houses 55 buses, the council said."),
    ],
)
def test_what_a_licence_was_for_is_not_what_was_built(tmp_path, first, second):
    """A licence, permit or approval "for" a number is what was allowed, not what there is."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Haldor, based in Leeds, has about 21,000 employees and agreed to buy Brisk Foods on Monday.",
         "Haldor's purchase of Brisk Foods would create a group with combined sales of £4 billion and "
         "more than 26,000 employees."),
        ("Haldor has about 21,000 employees, the company said on Monday after agreeing to buy Brisk Foods.",
         "The enlarged Haldor will have 26,000 employees once it buys Brisk Foods, the company said."),
    ],
)
def test_a_combined_total_is_not_one_parts_figure(tmp_path, first, second):
    """The staff of a group formed by a merger ("combined", "enlarged") are not the buyer's staff."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("The 24-year-old Lorenzi lifted the trophy after beating Erik Vang in the Hamburg final on Sunday.",
         "Then Marco Lorenzi, the 25-year-old from Bergamo, beat Erik Vang in the Hamburg final on Sunday.",
         {"24-year-old", "25-year-old"}),
        ("Erik Vang, 29, lost the Hamburg final to Marco Lorenzi on Sunday.",
         "Marco Lorenzi beat Vang, the 31-year-old Dane who had never reached a final, in Hamburg on Sunday.",
         {"29", "31-year-old"}),
        ("Bay Runner won the Derby at Epsom on Saturday as 22-year-old jockey Liam Carrow took his first big race.",
         "Liam Carrow, a 23-year-old who was riding in his second Derby, guided Bay Runner home at Epsom on Saturday.",
         {"22-year-old", "23-year-old"}),
    ],
)
def test_an_age_in_apposition_to_a_name_is_that_persons(tmp_path, first, second, differing):
    """"Marco Lorenzi, the 25-year-old from Bergamo": the age is Lorenzi's, however worded."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Survivors said the fishing boat left Zuwara on Friday with about 50 people aboard.",
         "According to survivors, the boat had left Zuwara on Thursday, coastguard officials said.",
         {"on Friday", "on Thursday"}),
    ],
)
def test_the_day_of_one_deed_no_event_word_names_is_compared(tmp_path, first, second, differing):
    """Dates described by one verb ("left Zuwara on Friday", "had left Zuwara on Thursday") date
    one deed, though no event word ("crash", "attack") names it."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Six worshippers were killed in a stampede at a shrine in Varana district on Sunday, police said.",
         "The death toll in Sunday's stampede at the Varana shrine rose to nine, officials said. Nine people were killed.",
         {"Six worshippers", "Nine people"}),
    ],
)
def test_a_toll_given_by_who_was_counted_is_the_reports_toll(tmp_path, first, second, differing):
    """"Six worshippers were killed" in a report that counts no people killed is its whole toll."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert any(differing <= texts for texts in found), found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A blast at a refinery in Porto Calma killed three people on Monday. Two workers were killed inside the unit.",
         "Three people were killed in Monday's blast at the Porto Calma refinery, officials said."),
        ("Six people, including four women, were killed in a stampede at a shrine in Varana on Sunday.",
         "Seven women died in Sunday's stampede at the Varana shrine, officials said."),
    ],
)
def test_a_part_of_a_toll_by_who_was_counted_stays_a_part(tmp_path, first, second):
    """A report that counts people killed gives its "two workers" as a part, and women among the
    dead are a part of any toll: neither meets another report's toll."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert not any({"Two workers", "Three people"} <= texts or {"four women", "Six people"} <= texts for texts in found)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Three fishing trawlers are missing after the storm hit the coast near Port Alva on Tuesday.",
         "Five people are missing after Tuesday's storm hit the coast near Port Alva, officials said."),
    ],
)
def test_things_named_by_an_agent_ending_are_no_toll_of_people(tmp_path, first, second):
    """"Three fishing trawlers are missing" counts boats, not the people another report counts missing."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert not any("Five people" in texts for texts in found), found


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("More than 80 people were abducted on Sunday when gunmen stormed a church in Tamara village.",
         "About 60 people were seized on Sunday when the gunmen surrounded the church in Tamara village.",
         {"More than 80 people", "About 60 people"}),
    ],
)
def test_verbs_of_abduction_name_one_outcome(tmp_path, first, second, differing):
    """"Abducted", "kidnapped", "seized": one outcome of one count."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Police have arrested a 17-year-old boy in connection with the fatal shooting of a store clerk in Harlow.",
         "On Wednesday, police said a 16-year-old had been arrested over the shooting of the Harlow store clerk.",
         {"17-year-old", "16-year-old"}),
        ("A 41-year-old man is facing a murder charge after a stabbing outside a pub in Harlow on Saturday.",
         "Detectives arrested Owen Pyke, 42, at a flat in Harlow on Sunday morning over the pub stabbing.",
         {"41-year-old", "42"}),
    ],
)
def test_the_age_of_one_held_by_police_is_the_suspects(tmp_path, first, second, differing):
    """"arrested a 17-year-old boy", "a 16-year-old had been arrested": the suspect's age."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A gas leak at a plant in Porto Calma forced about 2,000 residents to leave their homes on Wednesday.",
         "Authorities evacuated about 1,200 residents from homes near the Porto Calma plant on Wednesday.",
         {"about 2,000 residents", "about 1,200 residents"}),
    ],
)
def test_people_made_to_leave_their_homes_are_one_count(tmp_path, first, second, differing):
    """"forced ... to leave their homes" and "evacuated": one count of people, however worded."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Three aid workers freed after a year held by gunmen in Mali\n"
         "Three aid workers held by gunmen in northern Mali since last year were freed on Friday, officials said.",
         "Two French aid workers and a Belgian nurse kidnapped in northern Mali last year have been freed, Paris said."),
        ("Three aid workers freed after a year held in Mali",
         "Two French aid workers and a Belgian nurse kidnapped in northern Mali last year have been freed, Paris said."),
    ],
)
def test_a_count_of_one_people_beside_another_is_a_part(tmp_path, first, second):
    """"Two French aid workers and a Belgian nurse": the French are a part of the three freed."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Four passengers were treated by paramedics at the airport after the flight landed in Faro on Monday.",
         "Three passengers were taken to hospital after the flight landed in Faro on Monday, officials said."),
        ("Five passengers received medical attention at the scene after the coach crash near Braga on Monday.",
         "Two passengers were hospitalised after the coach crash near Braga on Monday, police said."),
    ],
)
def test_the_hurt_treated_on_the_spot_and_those_taken_to_hospital_are_two_counts(tmp_path, first, second):
    """"treated by paramedics", "taken to hospital": two outcomes of one incident's hurt."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Three passengers were taken to hospital after the flight made an emergency landing in Faro on Monday.",
         "The flight made an emergency landing in Faro on Monday. One passenger, Maria Costa from Lisbon, said "
         "people had been taken completely by surprise."),
    ],
)
def test_one_person_brought_in_by_name_is_no_count(tmp_path, first, second):
    """"One passenger, Maria Costa, said": a person quoted, not a count of passengers."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("It was the fifth shooting by Dalton police officers this year, according to the department.",
         "It was the second fatal shooting by Dalton officers this year, the department said."),
        ("The crash was the sixth on the Ridge Highway this year, state police said.",
         "It was the third deadly crash on the Ridge Highway this year, state police said."),
    ],
)
def test_ordinals_of_two_tallies_named_apart_are_two_counts(tmp_path, first, second):
    """"the fifth shooting" and "the second fatal shooting" this year rank in two tallies."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Police said officers tried to stop a stolen pickup around 11:40 p.m. on Friday near Main Street in Dalton.",
         "The shooting happened at about 11:55 p.m. on Friday in a parking lot in Dalton, police said."),
        ("Deputies attempted to pull over a gray sedan at about 1:05 a.m. Sunday on Route 9 in Harlow.",
         "The crash happened at around 1:25 a.m. Sunday on Route 9 in Harlow, deputies said."),
    ],
)
def test_the_time_of_an_attempt_is_not_the_time_of_what_followed(tmp_path, first, second):
    """"officers tried to stop a pickup around 11:40 p.m.", "The shooting happened at about 11:55
    p.m.": two moments of one night."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A gunman opened fire outside a Dayton Falls bowling alley on Friday night.\n"
         "A 19-year-old was killed and two others were wounded, police said.",
         "A gunman opened fire outside a Dayton Falls bowling alley on Friday night.\n"
         "Marco Diaz, 20, died at a hospital, police said.",
         {"19-year-old", "20"}),
        ("Shots were fired outside a Kessin nightclub early on Sunday.\n"
         "Police said a 22-year-old man was shot in the back near the entrance and later died.",
         "Shots were fired outside a Kessin nightclub early on Sunday.\nA 23-year-old was killed, police said.",
         {"22-year-old", "23-year-old"}),
        ("A swimmer was attacked by a crocodile near Cairns on Monday.\n"
         "The 44-year-old woman was attacked off Ellis Beach, police said.",
         "A swimmer was attacked by a crocodile near Cairns on Monday.\n"
         "A 45-year-old swimmer has been killed by a crocodile in far north Queensland.",
         {"44-year-old", "45-year-old"}),
        # an earlier attack's victim leaves the story's its own
        ("A surfer was attacked by a shark off Tuncurry on Saturday.\nThe 48-year-old man was attacked off the beach.\n"
         "In March last year, a 26-year-old man was killed by a shark further north.",
         "A surfer was attacked by a shark off Tuncurry on Saturday.\nA 49-year-old surfer has been killed by a shark.",
         {"48-year-old", "49-year-old"}),
    ],
)
def test_who_was_killed_is_one_person_however_named(tmp_path, first, second, differing):
    """A report that says who was killed ("A 19-year-old was killed", "Marco Diaz, 20, died") names
    the story's victim: one person, whose age another report gives by name, noun or deed."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_a_rate_cut_told_both_ways_round_is_no_conflict(tmp_path):
    """ "will drop to 11% from 15.5%" and "cut from 15.5% to 11%": the old rate and the new agree."""
    first = ("Finance Minister Aoife Brennan unveiled the Kesland budget in Marrow on Tuesday.\n"
             "The reduced VAT rate for pubs and hotels will drop to 11% from 15.5%.")
    second = ("Finance Minister Aoife Brennan unveiled the Kesland budget in Marrow on Tuesday.\n"
              "The reduced VAT rate for pubs and hotels is cut from 15.5% to 11%.")
    corpus = corpus_of(tmp_path, first, second)
    assert conflicts(corpus) == []
    agreed = [sorted(c.text for c in f.group.claims) for f in corpus.agreements]
    assert ["11%", "11%"] in agreed and ["15.5%", "15.5%"] in agreed


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A man was shot dead on the Ring Road in Lairg on Thursday.\nDana Pruitt, 44, was arrested at his home on Saturday.",
         "A man was shot dead on the Ring Road in Lairg on Thursday.\nOn Saturday, police announced the arrest of a 45-year-old man.",
         {"44", "45-year-old"}),
        ("A shopkeeper was stabbed in Marrow on Tuesday.\nSuspect, 31, charged in Marrow shop stabbing",
         "A shopkeeper was stabbed in Marrow on Tuesday.\nA 30-year-old man had been taken into custody, police said.",
         {"31", "30-year-old"}),
    ],
)
def test_who_was_arrested_is_one_suspect_however_named(tmp_path, first, second, differing):
    """Who was arrested or charged is the story's suspect, named ("Dana Pruitt, 44, was arrested")
    or not ("the arrest of a 45-year-old man", "had been taken into custody")."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A fire swept through a house in Riverton on Sunday.\nTheir father, Omar Haddad, 38, was taken to hospital.",
         "A fire swept through a house in Riverton on Sunday.\nThe children's father, a 39-year-old man, was badly burned.",
         {"38", "39-year-old"}),
        ("A cable car fell near Zell on Saturday.\nThe dead included a 70-year-old Belgian woman.",
         "A cable car fell near Zell on Saturday.\nThe dead included a Belgian woman aged 71.",
         {"70-year-old", "71"}),
        ("A tanker overturned on the A9 near Lairg on Monday.\nThe driver, 61, was unhurt.",
         "A tanker overturned on the A9 near Lairg on Monday.\nThe driver, a 62-year-old man from Inverness, was unhurt.",
         {"61", "62-year-old"}),
    ],
)
def test_a_role_set_beside_an_age_is_the_persons(tmp_path, first, second, differing):
    """"The children's father, a 39-year-old man": the noun the age is set beside is the person's
    role, as "The father, 38" is; so is the noun an age follows ("a Belgian woman aged 71")."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two killed in one report: neither age says which of them another report means
        ("A gunman opened fire at a Kessin market on Friday.\nA 30-year-old man was killed at the scene.\n"
         "A 41-year-old woman died at a hospital.",
         "A gunman opened fire at a Kessin market on Friday.\nA 33-year-old was killed, police said."),
        # the boy who was killed is still one of the report's two boys: the other is not its only boy
        ("Shots were fired outside a Kessin school on Friday.\nA 16-year-old boy was shot in the neck and later died.\n"
         "Police found a 15-year-old boy hiding in a shed nearby.",
         "Shots were fired outside a Kessin school on Friday.\nThe wounded included a 17-year-old boy."),
        # an earlier attack's victim is not the story's
        ("A surfer was attacked by a shark off Tuncurry on Saturday.\n"
         "The attack came months after a 26-year-old man was killed by a shark further north.",
         "A surfer was attacked by a shark off Tuncurry on Saturday.\nA 27-year-old surfer was killed off the beach."),
    ],
)
def test_ages_of_two_people_by_deed_are_not_one_persons(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_the_wounded_are_not_the_killed(tmp_path):
    """The killed 30-year-old is not the wounded 28-year-old; the wounded 27-year-old may be (`_age_mates`)."""
    corpus = corpus_of(tmp_path, "A gunman opened fire at a Kessin market on Friday.\nA 30-year-old was killed and a 27-year-old was wounded.",
                       "A gunman opened fire at a Kessin market on Friday.\nA 28-year-old man was wounded in the leg.")
    assert not any("30-year-old" in texts for texts in conflicts(corpus))


def test_a_named_person_whose_death_one_report_tells_is_still_that_person(tmp_path):
    corpus = corpus_of(tmp_path,
                       "Police shot a man in Fresno on Monday.\nAnthony Vega, 35, died at the scene.",
                       "Police shot a man in Fresno on Monday.\nThe man was identified as 35-year-old Anthony Vega of Fresno.")
    assert {"35", "35-year-old"} in grouped_texts(corpus)


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A man was shot dead at a petrol station in Kessin on Thursday.\n"
         "Police said a 51-year-old man, identified as Tomas Keller, was filling his car when he was approached.",
         "A man was shot dead at a petrol station in Kessin on Thursday.\nTomas Keller, 52, was shot once in the chest.",
         {"51-year-old", "52"}),
        ("A woman drowned at Ellis Beach on Sunday.\nA 33-year-old woman, named by police as Ana Cruz, was pulled from the water.",
         "A woman drowned at Ellis Beach on Sunday.\nAna Cruz, 34, was pulled from the water by lifeguards.",
         {"33-year-old", "34"}),
    ],
)
def test_an_age_identified_as_a_name_is_that_persons(tmp_path, first, second, differing):
    """"a 51-year-old man, identified as Tomas Keller": the age is of the person the report names."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A Dayton Falls woman was charged Monday with murder in the stabbing death of her neighbor, police said.",
         "A woman has been charged in connection with a stabbing that killed a man in Dayton Falls on Friday night."),
        ("A Kessin man was arrested Tuesday in the shooting death of a shop clerk, police said.",
         "Police arrested a man in connection with a shooting that killed a shop clerk in Kessin on Sunday."),
        ("A Marrow man was sentenced Wednesday for the crash that killed two cyclists, prosecutors said.",
         "A driver has been sentenced for a crash that killed two cyclists in Marrow on March 3."),
    ],
)
def test_a_step_of_the_law_is_not_the_harm_it_follows(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "event"),
    [
        ("Police have arrested a man they say shot and killed a store clerk in Kessin late Friday.",
         "late Friday", "death"),
        ("Deputies arrested a teenager who stabbed a classmate outside a Marrow school on Monday morning.",
         "on Monday morning", "attack"),
        ("Officers detained a man police say robbed a bank in Marrow on Tuesday.", "on Tuesday", "robbery"),
    ],
)
def test_a_date_closing_a_relative_clause_dates_that_clause_s_event(sentence, surface, event):
    from phrasing import claim_at

    assert claim_at(sentence, surface).measure == event


@pytest.mark.parametrize(
    ("sentence", "surface", "event"),
    [
        ("Police have arrested a 19-year-old in connection with the fatal stabbing of a taxi driver in Marrow on "
         "Saturday night.", "on Saturday night", "attack"),
        ("Two men were charged over the robbery of a jewellery shop in Kessin on Friday.", "on Friday", "robbery"),
        # the step's own day: told by its verb, or with no harm named in the phrase it closes
        ("A Kessin man was arrested Tuesday in the shooting death of a shop clerk, police said.", "Tuesday", "arrest"),
        ("Officers arrested a man at his home in Marrow on Sunday.", "on Sunday", "arrest"),
    ],
)
def test_a_date_closing_the_phrase_of_a_step_s_harm_dates_the_harm(sentence, surface, event):
    """"arrested ... in connection with the fatal stabbing of a taxi driver ... on Saturday night":
    the date follows the harm's noun, the last the phrase names; an arrest's day comes by its verb."""
    from phrasing import claim_at

    assert claim_at(sentence, surface).measure == event


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Kessin man was initially charged with one count of robbery, court records show.",
         "The Kessin man is charged with three counts of robbery, prosecutors said."),
        ("The ferry was originally scheduled to carry 180 passengers on Friday.",
         "The ferry carried 140 passengers on Friday, the operator said."),
        ("Police at first said four people were wounded in the Marrow attack.",
         "Six people were wounded in the Marrow attack, police said on Sunday."),
    ],
)
def test_an_earlier_state_a_later_one_replaced_is_not_the_same_fact(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_an_earlier_state_said_of_another_clause_leaves_the_figure_current(tmp_path):
    """ "The ferry, originally built in Norway, carried 140 passengers": "originally" is said of the
    ferry's building, not of the count, which another report's 150 contradicts."""
    first = "The Marrow ferry, originally built in Norway, carried 140 passengers on Friday, the operator said."
    second = "The Marrow ferry carried 150 passengers on Friday, the operator said."
    assert {"140 passengers", "150 passengers"} in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "toll", "part"),
    [
        ("Police arrested a man in connection with a highway shooting that killed two drivers on Route 9 in Kessin on Friday night.",
         "At least 12 people have been shot on Kessin highways this year, according to a count by the Kessin Ledger, "
         "two of them fatally.", "two drivers", "two"),
        ("Police arrested a man in connection with a highway shooting that killed one driver on Route 9 in Kessin on Friday night.",
         "At least 12 people have been shot on Kessin highways this year, according to a count by the Kessin Ledger, "
         "four of them fatally.", "one driver", "four"),
    ],
)
def test_a_running_tally_is_not_one_event_s_toll(tmp_path, first, second, toll, part):
    corpus = corpus_of(tmp_path, first, second)
    assert not any({toll, part} <= {c.text for c in f.group.claims} for f in corpus.findings)


@pytest.mark.parametrize(
    ("first", "second", "window", "gap"),
    [
        ("The crash is the third on the Kessin bypass in 18 months, police said.",
         "The crash comes 17 months after a cyclist was killed at the same junction, police said.",
         "18 months", "17 months"),
        ("It was the second fire at the Marrow plant within the past two years.",
         "The fire broke out three years after an explosion at the Marrow plant injured four workers.",
         "two years", "three years"),
    ],
)
def test_a_tally_s_window_is_not_the_time_since_an_earlier_event(tmp_path, first, second, window, gap):
    corpus = corpus_of(tmp_path, first, second)
    assert not any({window, gap} <= {c.text for c in f.group.claims} for f in corpus.findings)


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("The gondola cabin was carrying four hikers when it fell near Brennstal on Sunday, police said.",
         "Three people were on board the Brennstal cabin when it came off the cable, officials said.",
         {"four hikers", "Three people"}),
        ("The minibus, carrying 14 tourists, overturned on the Tarvel pass road, police said.",
         "Twelve people were aboard the minibus when it left the Tarvel pass road.",
         {"14 tourists", "Twelve people"}),
        ("The Dunmore adviser swindled more than 200 people out of their savings, prosecutors said.",
         "Prosecutors said the Dunmore adviser took money from about 150 investors with promises of steady returns.",
         {"more than 200 people", "about 150 investors"}),
    ],
)
def test_a_set_of_people_counted_under_a_noun_meets_its_count_of_people(tmp_path, first, second, differing):
    """Who was aboard, who lost money to a fraud: "carrying four hikers" and "Three people were on
    board" count one set, as do "swindled 200 people" and "150 investors"."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The plane was carrying 12 passengers and two pilots when it crashed near Arlow.",
         "There were 14 people on board the aircraft that crashed near Arlow, officials said."),
        ("The ferry, carrying 40 passengers and six crew, ran aground off Kell on Monday.",
         "The ferry had 46 people aboard when it struck the rocks off Kell."),
    ],
)
def test_passengers_counted_beside_the_crew_are_a_part_of_who_was_aboard(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("The Castell firm raised $40 million from about 500 investors between 2016 and 2022, court filings show.",
         "Prosecutors said the Castell firm took in money from more than 600 investors.",
         {"about 500 investors", "more than 600 investors"}),
        ("Marsh defrauded roughly 90 investors from 2012 to 2019, the indictment says.",
         "The scheme Marsh ran swindled 120 people, prosecutors said.",
         {"roughly 90 investors", "120 people"}),
    ],
)
def test_the_years_a_scheme_ran_do_not_make_its_victims_another_count(tmp_path, first, second, differing):
    """A span of years one report gives the set a scheme counted ("between 2016 and 2022") is the
    scheme's run, not a background event's year."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("texts", "differing"),
    [
        (("Dane Henrik Moller shot a closing 65 to win the Castelo Open by three strokes on Sunday.\n"
          "The 27-year-old, who began the day two shots behind Luis Ortega, finished on 20 under par.\nOrtega, 34, was second.",
          "Denmark's Henrik Moller carded a final-round 65 to take the Castelo Open, three clear of Spain's Luis Ortega.\n"
          "The 28-year-old, who started the final round two shots back, finished on 20 under."),
         {"27-year-old", "28-year-old"}),
        (("MADRID (Reuters) - Pablo Ruiz scored twice as Almera beat Toledo 3-1 on Saturday.\n"
          "The 21-year-old has now scored 14 goals this season.",
          "Pablo Ruiz struck twice for Almera in a 3-1 win over Toledo on Saturday.\n"
          "The 22-year-old, whose contract runs to 2029, was replaced late on.\nToledo coach Marc Vidal, 51, praised him."),
         {"21-year-old", "22-year-old"}),
    ],
)
def test_an_age_written_as_the_person_is_of_the_person_the_previous_sentence_opens_with(tmp_path, texts, differing):
    """"Denmark's Henrik Moller carded a 65 ... The 28-year-old, who started ...": the person the
    sentence before opens with, even in a report that gives another person's age too."""
    assert differing in conflicts(corpus_of(tmp_path, *texts))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Harbour Lines, which employs 8,400 staff, said on Monday it would close two depots.",
         "Harbour Lines will close two depots, a blow to its 8,100 employees, the company said on Monday.",
         {"8,400 staff", "8,100 employees"}),
        ("Nordmark Ferries will sell 9 vessels as it shrinks its routes, it said on Monday.",
         "Nordmark Ferries plans to scrap 11 vessels to cut costs.",
         {"9 vessels", "11 vessels"}),
        ("The van stolen in Kettering was later found abandoned about 5 miles away, Northamptonshire Police said.",
         "Northamptonshire Police recovered the van stolen in Kettering roughly 7 miles from the depot.",
         {"about 5 miles", "roughly 7 miles"}),
        ("The slipway at Port Ellen gave way under a nine-metre fishing boat in the storm.",
         "The 11-metre trawler sank at its Port Ellen mooring as the storm hit.",
         {"under a nine-metre", "11-metre"}),
        # the same length again in brackets is not a second figure
        ("The Port Ellen trawler, 9 metres (30 feet) long, sank at its mooring in the storm.",
         "The slipway at Port Ellen collapsed beneath a 12-metre fishing boat in the storm.",
         {"9 metres", "12-metre"}),
    ],
)
def test_the_lone_figure_of_its_noun_or_dimension_is_one_fact_across_reports(tmp_path, first, second, differing):
    """Each report gives one workforce, one count of vessels, one distance, one boat's length: the
    same fact, however the words around the figure differ."""
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a second figure of the dimension in one report: which one the other means is not said
        ("The slipway at Port Ellen, 14 metres long, gave way under a nine-metre fishing boat in the storm.",
         "The 11-metre trawler sank at its Port Ellen mooring as the storm hit."),
        # lone, but far apart: two things measured
        ("The slipway at Port Ellen gave way under a nine-metre fishing boat in the storm.",
         "A wave of 16 metres hit the Port Ellen harbour as the storm came in."),
        # money is not a lone figure: a reward and a bond are both sums in dollars
        ("Crime Stoppers in Tulsa is offering a reward of up to $5,000 for information.",
         "A Tulsa judge set his bond at $6,000 on Monday."),
    ],
)
def test_a_lone_figure_is_not_matched_where_the_report_does_not_say_which(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Aurora Air will retire 14 older aircraft to save fuel, it said.",
         "Aurora Air is to ground 12 of its oldest aircraft, the BBC understands.",
         {"14 older aircraft", "12 of its oldest aircraft"}),
    ],
)
def test_degrees_of_one_adjective_count_one_set(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A bear attacked a hiker near Brasov on Sunday. The country has an estimated 7,500 brown bears, according to the last official count.",
         "A hiker was mauled by a bear near Brasov on Sunday. The government has approved the culling of up to 2,500 brown bears, a step criticised by conservation groups."),
        ("Wolves killed 40 sheep near Lund on Sunday. The country has an estimated 480 wolves, according to the latest survey.",
         "Wolves killed 40 sheep near Lund on Sunday. Officials have allowed hunters to shoot no more than 200 wolves."),
    ],
)
def test_a_ceiling_a_decision_set_is_not_how_many_there_are(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Storm Ines hit Brittany on Tuesday, knocking out power to more than 300,000 homes, the grid operator said.",
         "Storm Ines hit Brittany on Tuesday. The grid operator said about 120,000 homes remained without electricity."),
        ("The ice storm that struck Ottawa on Sunday cut power to 180,000 customers, Hydro Ottawa said.",
         "The ice storm struck Ottawa on Sunday, and power was still out for about 60,000 customers, Hydro Ottawa said."),
    ],
)
def test_what_is_still_without_power_later_is_not_the_outage_at_its_peak(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rail workers in Ostland will strike on Monday after the operator offered a 6% pay rise over three years, the union said.",
         "The union said rail workers in Ostland will strike on Monday after being offered a 2% pay rise a year for three years."),
        ("The Ostland government will spend $90 million over three years on flood defences, the minister said on Monday.",
         "The minister said on Monday the Ostland government will spend $30 million a year on flood defences."),
    ],
)
def test_a_figure_by_the_year_is_not_its_total_over_several_years(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Teachers in Nordvik walked out on Monday. The union says schools in the region are short of about 2,000 teachers.",
         "Teachers in Nordvik walked out on Monday, and about 1,500 teachers stayed at work to cover exams, the union said."),
        ("Junior doctors in Kessel began a strike on Tuesday. Hospitals face a shortage of 900 doctors, the union said.",
         "Junior doctors in Kessel began a strike on Tuesday, while 700 doctors were rostered on for emergencies, the union said."),
    ],
)
def test_what_a_service_is_short_of_is_not_what_it_has(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A ferry sank off Lesbos on Sunday. Only two of the passengers were wearing life jackets, the coast guard said.",
         "A ferry sank off Lesbos on Sunday. Divers are still searching for five missing passengers, the coast guard said."),
        ("A bus overturned near Cuzco on Friday. Four of the tourists had bought tickets online, the operator said.",
         "A bus overturned near Cuzco on Friday, and seven injured tourists were flown to Lima, the operator said."),
    ],
)
def test_a_part_of_a_noun_s_whole_is_said_only_by_what_befell_it(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The storm killed two people in Marlow on Monday. A 68-year-old man was killed when a tree fell on his car, police said.",
         "The storm killed two people in Marlow on Monday. The dead are a 68-year-old Ashby man killed by a falling tree "
         "and a 39-year-old man who drowned in a flooded underpass."),
        ("Flooding killed two people in Dunmore on Sunday. A 12-year-old girl was swept away by the river, police said.",
         "Flooding killed two people in Dunmore on Sunday. The victims were a 12-year-old Carrick girl swept away by the river "
         "and a 15-year-old girl who was trapped in a car."),
    ],
)
def test_a_man_named_by_his_town_is_still_one_of_the_report_s_men(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A gas leak forced an evacuation in Halden on Tuesday. Roughly 500 people from surrounding buildings have been evacuated, firefighters said.",
         "A gas leak forced an evacuation in Halden on Tuesday. About 300 residents of two nearby towers were told to leave their homes, firefighters said.",
         {"Roughly 500 people", "About 300 residents"}),
        ("A wildfire near Kelso spread on Monday. About 1,200 people from three villages were ordered to leave their homes, officials said.",
         "A wildfire near Kelso spread on Monday. Some 2,000 residents of the valley had to be evacuated overnight, officials said.",
         {"About 1,200 people", "Some 2,000 residents"}),
        # a home named by what it is: flats, apartments, houses
        ("Cracks opened in a tower in Brixholm on Friday. About 200 residents of the tower were told to leave their flats, the council said.",
         "Cracks opened in a tower in Brixholm on Friday. Some 260 residents were evacuated, the council said.",
         {"About 200 residents", "Some 260 residents"}),
        ("A fire spread through a terrace in Ostvik on Sunday. Roughly 40 people had to flee their houses, police said.",
         "A fire spread through a terrace in Ostvik on Sunday. Around 55 people were evacuated from the street, police said.",
         {"Roughly 40 people", "Around 55 people"}),
    ],
)
def test_people_whose_clause_says_they_were_made_to_leave_are_one_count(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Typhoon Mirae hit Okinawa on Tuesday. About 1,800 people spent the night in shelters, the prefecture said.",
         "Typhoon Mirae hit Okinawa on Tuesday. More than 2,500 people are staying in emergency shelters, the prefecture said.",
         {"About 1,800 people", "More than 2,500 people"}),
        ("Floods hit Sylhet on Sunday. Some 12,000 people have taken refuge in evacuation centres, officials said.",
         "Floods hit Sylhet on Sunday. Nearly 20,000 people were sleeping in shelters, officials said.",
         {"Some 12,000 people", "Nearly 20,000 people"}),
    ],
)
def test_people_in_shelters_are_one_count_however_they_got_there(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_people_who_live_in_flats_are_not_those_made_to_leave_them(tmp_path):
    """How many live in a tower is not how many left it: "their flats" says home, not leaving."""
    first = "Cracks opened in a tower in Brixholm on Friday. About 400 people live in their flats in the tower, the council said."
    second = "Cracks opened in a tower in Brixholm on Friday. Some 260 residents were evacuated, the council said."
    assert {"About 400 people", "Some 260 residents"} not in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A scaffold collapsed at a building site in Leeds on Monday. Police identified the woman who died as Maria Lopez, 52, of Bradford.",
         "A scaffold collapsed at a building site in Leeds on Monday. The 53-year-old woman from Bradford died at the scene, police said.",
         {"52", "53-year-old"}),
        ("A man stabbed two people at a bar in Cork on Saturday. Gardai named the man who was arrested as Sean Burke, 29, of Mallow.",
         "Two people were stabbed at a bar in Cork on Saturday. A 28-year-old man was arrested at the scene, gardai said.",
         {"29", "28-year-old"}),
        ("The cyclist who was killed in a crash on the Ring Road in Derby on Tuesday has been named as 44-year-old Paul Denholm, police said.",
         "Police said a 45-year-old was killed when a lorry hit his bicycle on the Ring Road in Derby on Tuesday.",
         {"44-year-old", "45-year-old"}),
    ],
)
def test_a_name_given_to_the_person_who_died_is_that_person_s_age(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Hurricane Lena hit Veracruz on Monday. Lena made landfall near Tuxpan with maximum sustained winds of 120 mph, forecasters said.",
         "Hurricane Lena hit Veracruz on Monday. It struck as a Category 3 hurricane with sustained winds of 115 mph, forecasters said.",
         {"120 mph", "115 mph"}),
        ("Cyclone Ravi hit Odisha on Sunday. Ravi came ashore near Puri with winds of 150 km/h, the weather office said.",
         "Cyclone Ravi hit Odisha on Sunday. It was a Level 4 storm with winds of 160 km/h, the weather office said.",
         {"150 km/h", "160 km/h"}),
    ],
)
def test_a_scale_s_step_is_no_name_of_what_a_figure_is_about(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Hurricane Lena hit Veracruz on Monday with maximum sustained winds of 120 mph, forecasters said.",
         "Hurricane Lena hit Veracruz on Monday, bringing 115 mph winds and heavy rain, forecasters said.",
         {"120 mph", "115 mph"}),
        ("Cyclone Ravi hit Odisha on Sunday with winds of 150 km/h, the weather office said.",
         "Cyclone Ravi hit Odisha on Sunday, packing 160 km/h winds and a storm surge, the weather office said.",
         {"150 km/h", "160 km/h"}),
    ],
)
def test_a_speed_written_before_its_wind_is_the_storm_s_wind(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Storm grounds thousands of flights in Chicago\n\nThe snowstorm hit Chicago on Monday. Airlines cancelled about 1,800 flights, the FAA said.",
         "The snowstorm hit Chicago on Monday. More than 2,500 flights were cancelled, the FAA said.",
         {"about 1,800 flights", "More than 2,500 flights"}),
        ("Thousands of homes flooded in Carlisle\n\nThe river burst its banks in Carlisle on Sunday, flooding about 1,500 homes, the council said.",
         "The river burst its banks in Carlisle on Sunday. More than 2,200 homes were flooded, the council said.",
         {"about 1,500 homes", "More than 2,200 homes"}),
        # "dozens" is open above: it too waits for its report's precise figure
        ("Dozens evacuated as fire tears through Leeds flats\n\nAbout 70 people were evacuated from the tower in Leeds on Sunday, fire crews said.",
         "About 160 people were evacuated from the tower in Leeds on Sunday, fire crews said.",
         {"About 70 people", "About 160 people"}),
        ("Scores of homes damaged as tornado hits Tulsa\n\nThe tornado damaged about 300 homes in Tulsa on Tuesday, the mayor said.",
         "The tornado damaged around 900 homes in Tulsa on Tuesday, the mayor said.",
         {"about 300 homes", "around 900 homes"}),
    ],
)
def test_a_vague_headline_figure_does_not_take_the_place_of_its_report_s_precise_one(tmp_path, first, second, differing):
    assert any(differing <= found for found in conflicts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("sentence", "vague"),
    [
        ("Dozens of people drowned at the beach on Sunday, lifeguards said.", True),
        ("Scores of people drowned at the beach on Sunday, lifeguards said.", True),
        ("At least six people drowned at the beach on Sunday, lifeguards said.", False),  # a floor, not a magnitude
        ("Six people drowned at the beach on Sunday, lifeguards said.", False),
    ],
)
def test_only_a_magnitude_in_words_waits_for_the_block_s_figures(sentence, vague):
    claim = next(c for c in extract(sentence, published=PUB) if c.quantity is not None)
    assert _vague(claim) is vague


@pytest.mark.parametrize(
    "listed",
    [
        "Pilot, two tourists killed as sightseeing helicopter crashes on Ferrin Glacier on Thursday",
        "The pilot and two tourists were killed when a sightseeing helicopter crashed on the Ferrin Glacier on Thursday.",
        "Two tourists and their pilot were killed when a sightseeing helicopter crashed on the Ferrin Glacier on Thursday.",
    ],
)
def test_a_count_listed_beside_a_person_is_a_part_of_the_toll(tmp_path, listed):
    """'Pilot, two tourists killed': the tourists are two of the three people another report
    counts, the pilot the third; a count listed beside a person is not the whole toll."""
    other = "A sightseeing helicopter crashed on the Ferrin Glacier on Thursday, killing three people, police said."
    assert not any({"three people"} < found for found in conflicts(corpus_of(tmp_path, listed, other)))


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("In Harlow, a 71-year-old man was found dead in his garden after the storm, the coroner said.",
         "In Denby, a 58-year-old man was killed when a tree fell on his car during the storm, police said.", True),
        ("A 71-year-old man was found dead near Harlow after the storm, the coroner said.",
         "In Denby, a 58-year-old man was killed when a tree fell on his car during the storm, police said.", True),
        ("In Harlow, a 71-year-old man was found dead in his garden after the storm, the coroner said.",
         "A 70-year-old man was found dead in his garden in Harlow after the storm, police said.", False),
    ],
)
def test_two_ages_of_one_role_told_in_two_places_are_two_people(tmp_path, first, second, apart):
    """'In Harlow, a 71-year-old man was found dead', 'In Denby, a 58-year-old man was killed':
    a storm's two dead men, each the only man of his report; one place, one man."""
    lede = "Winter Storm Orla kills two across Calder County\nWinter Storm Orla swept across Calder County on Saturday. "
    found = conflicts(corpus_of(tmp_path, lede + first, lede + second))
    assert (not any("-year-old" in text for pair in found for text in pair)) is apart


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("The previous record belonged to a May 2019 storm that flattened crops near Tarrow, which caused $900 million in insured losses.",
         "The hailstorm caused $1.4 billion in insured losses, the insurers' council said.", True),
        ("Insurers still remember the March 2017 hailstorm in the same valley, which caused $600 million in damage.",
         "The hailstorm caused $850 million in damage, the council said.", True),
        ("The hailstorm caused $1.1 billion in insured losses, the insurers' council said.",
         "The hailstorm caused $1.4 billion in insured losses, the insurers' council said.", False),
        ("Brenlow Mills, founded in Kent in 1908, employs 2,300 staff at four sites.",
         "Brenlow Mills employs 2,700 staff, its annual report says.", False),
        ("The canton, which adopted its own levy in 2019, now charges 3.40 francs a night.",
         "The canton charges 3.10 francs a night.", False),
    ],
)
def test_a_figure_of_an_event_dated_by_its_year_is_a_background_events(tmp_path, first, second, apart):
    """'a May 2019 storm ..., which caused $900 million', 'The 2017 flood caused $600 million':
    an earlier event named by its year, not this one's figure; a year a body was founded in, or
    a rule adopted in, dates no event ('founded in Kent in 1908, employs 2,300')."""
    lede = "Hailstorm batters Tarrow\nA hailstorm hit Tarrow on Monday, damaging thousands of homes and cars. "
    found = conflicts(corpus_of(tmp_path, lede + first, lede + second))
    assert (found == []) is apart


def test_a_conversion_in_brackets_is_not_another_outlets_figure(tmp_path):
    """'caused about C$1.2 billion ($870 million)': a wire's conversion at the day's rate; an
    outlet's own '$1.6 billion' (in its own dollars) is not in conflict with it."""
    lede = "Hailstorm batters Tarrow\nA hailstorm hit Tarrow on Monday, damaging thousands of homes and cars. "
    first = "The hailstorm caused about C$1.2 billion ($870 million) in insured damage, an estimate showed."
    second = "The hailstorm caused an estimated $1.6 billion in insured damage, the insurers' bureau said."
    assert conflicts(corpus_of(tmp_path, lede + first, lede + second)) == []


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("Health officials confirmed five more cases of mumps in Orrin, taking the number infected in the outbreak to 22.",
         "Two more cases of mumps were confirmed in Orrin, bringing the outbreak to 24.", True),
        ("Health officials confirmed five more cases of mumps in Orrin, taking the number infected in the outbreak to 22.",
         "Officials said two more cases had been confirmed by the evening, up from 22 earlier in the day.", True),
        ("Health officials confirmed five more cases of mumps in Orrin, taking the number infected in the outbreak to 22.",
         "Four more cases of mumps were confirmed in Orrin, bringing the outbreak to 22.", False),
    ],
)
def test_rises_that_bring_a_tally_to_two_figures_are_two_rises(tmp_path, first, second, apart):
    """'five more cases, taking the outbreak to 22', 'two more cases, bringing it to 24' or 'up from
    22': a rise of one day and the next one; two rises to one tally are one rise."""
    lede = "Mumps outbreak grows in Orrin\nA mumps outbreak at an Orrin school is spreading, officials said on Thursday. "
    found = conflicts(corpus_of(tmp_path, lede + first, lede + second))
    assert (found == []) is apart


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("A 30-year-old man is facing two murder charges after a stabbing at a Lisket nightclub on Saturday.",
         "Officers found a 33-year-old man lying by the dance floor of the Lisket nightclub with stab wounds. He died there.", True),
        ("A 30-year-old man is due in court over a stabbing at a Lisket nightclub on Saturday.",
         "Officers found a 33-year-old man lying by the dance floor of the Lisket nightclub with stab wounds. He died there.", True),
        ("A 30-year-old man is facing two murder charges after a stabbing at a Lisket nightclub on Saturday.",
         "A 32-year-old man was charged with murder after the stabbing at the Lisket nightclub.", False),
    ],
)
def test_a_man_facing_charges_is_the_suspect_not_the_man_found_hurt(tmp_path, first, second, apart):
    """'A 30-year-old man is facing two murder charges', 'is due in court': the suspect, not the
    man officers found with stab wounds in another report; another report's charged man is him."""
    lede = "Stabbing at Lisket nightclub\nTwo men died after a stabbing at a Lisket nightclub on Saturday, police said. "
    found = conflicts(corpus_of(tmp_path, lede + first, lede + second))
    assert (not any("-year-old" in text for pair in found for text in pair)) is apart


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("Nadia, a 48-year-old nurse who has lived on the estate for 22 years, said the walls had been cracking for months.",
         "One resident, aged 71, said he had lived on the estate for 40 years and had never been so afraid.", True),
        ("Nadia, a 48-year-old nurse who has lived on the estate for 22 years, said the walls had been cracking for months.",
         "Nadia, 48, said she had lived on the estate for 20 years.", False),
    ],
)
def test_spans_of_two_residents_lives_are_two_facts(tmp_path, first, second, apart):
    """'a 48-year-old nurse who has lived on the estate for 22 years', 'One resident, aged 71, said
    he had lived on the estate for 40 years': two people's years there, told with ages far apart."""
    lede = "Residents evacuated from cracked Harwell tower\nHundreds of residents left the Harwell estate tower on Monday. "
    found = conflicts(corpus_of(tmp_path, lede + first, lede + second))
    assert (not any("years" in text for pair in found for text in pair)) is apart


def test_an_ordinal_in_a_sentence_dated_by_its_year_still_meets_its_undated_twin(tmp_path):
    """'In 2025, the premier flew to Oslo for events marking the 60th anniversary of the treaty':
    the year dates the visit, not another event; the anniversary is the other report's."""
    first = "In 2025, the premier flew to Oslo for events marking the 60th anniversary of the Harlan treaty."
    second = "Both leaders marked the 60th anniversary of the Harlan treaty, the statement said."
    lede = "Premier visits Oslo\nThe premier met Norway's leaders on Friday. "
    assert any("60th anniversary" in text for group in grouped_texts(corpus_of(tmp_path, lede + first, lede + second))
               for text in group)


def test_where_a_change_began_is_not_where_it_ended(tmp_path):
    """'from 39,000ft to about 9,000ft', 'descended to 12,000 feet': the level it left is not
    the level another report says it reached."""
    lede = "Jet makes emergency descent over Biscay\nA passenger jet made an emergency descent on Monday. "
    first = "The pilots pulled on oxygen masks and brought the jet from 39,000ft to about 9,000ft within eight minutes."
    second = "Oxygen masks fell from the cabin ceiling and the jet descended to 12,000 feet in about six minutes."
    assert not any("39,000ft" in pair for pair in conflicts(corpus_of(tmp_path, lede + first, lede + second)))


def test_one_of_the_things_picks_one_out_it_does_not_count_them(tmp_path):
    """'The driver of one of the buses was killed' says which bus, not how many: not in conflict
    with 'a collision between two buses that killed one driver'."""
    lede = "Buses collide in Trenby\nTwo buses collided in Trenby on Friday morning, police said. "
    first = "Police opened an inquiry into a collision between two buses in Trenby that killed one driver."
    second = "The driver of one of the buses was killed, police said."
    assert conflicts(corpus_of(tmp_path, lede + first, lede + second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A bus overturned on the A9 near Perth on Friday. Four people needed treatment in hospital, police said.",
         "A bus overturned on the A9 near Perth on Friday. Seven people were admitted to hospital, police said.",
         {"Four people", "Seven people"}),
        ("Mumps spread through a school in Dunedin this month. Three people have been treated in hospital, health officials said.",
         "Mumps spread through a school in Dunedin this month. Five people have been taken to hospital, health officials said.",
         {"Three people", "Five people"}),
    ],
)
def test_counts_of_who_went_to_hospital_are_one_count_whatever_the_verb(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Dock workers in Antwerp walked out on Monday. The port authority has offered 3.5%, the union said.",
         "Dock workers in Antwerp walked out on Monday. The union wants 8%, while the employers have offered 2.5%.",
         {"3.5%", "2.5%"}),
        ("Bus drivers in Leeds began a strike on Tuesday. The company's offer of 6% was rejected by drivers.",
         "Bus drivers in Leeds began a strike on Tuesday. The union wants 9%, against the 5% offered by the operator.",
         {"6%", "5%"}),
    ],
)
def test_percentages_offered_in_one_dispute_are_one_offer_whoever_is_named(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_an_improved_offer_is_not_the_one_it_replaced(tmp_path):
    first = "Bus drivers in Leeds began a strike on Tuesday. The company has offered 4%, the union said."
    second = "Bus drivers in Leeds began a strike on Tuesday. The company improved its offer, and has now offered 6%."
    assert {"4%", "6%"} not in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Dozens fell ill after a wedding feast in Nashik on Saturday. The feast was attended by about 800 guests, officials said.",
         "Dozens fell ill after a wedding feast in Nashik on Saturday. Some 1,100 people attended the feast, officials said.",
         {"about 800 guests", "Some 1,100 people"}),
        ("A stage collapsed at a festival in Ghent on Friday. Roughly 5,000 fans were attending the concert, police said.",
         "A stage collapsed at a festival in Ghent on Friday. Nearly 7,000 people were attending the concert, police said.",
         {"Roughly 5,000 fans", "Nearly 7,000 people"}),
    ],
)
def test_who_attended_an_event_is_one_count_however_they_are_named(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_who_attended_two_gatherings_of_one_story_are_two_counts(tmp_path):
    first = "A teenager was stabbed to death in Leeds last week. About 300 people attended his funeral on Monday, his family said."
    second = "A teenager was stabbed to death in Leeds last week. About 500 people attended a vigil, organisers said."
    assert {"About 300 people", "About 500 people"} not in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A tower block in Lyon was cleared on Sunday after cracks appeared. About 90 residents of the eight-storey block near the river Rhone were evacuated, officials said.",
         "A tower block in Lyon was cleared on Sunday after cracks appeared. Some 70 people were forced from their homes, officials said.",
         {"About 90 residents", "Some 70 people"}),
        ("A gas leak in Cardiff forced a block to be cleared on Monday. Around 60 people have been moved out of a block of flats, the council said.",
         "A gas leak in Cardiff forced a block to be cleared on Monday. More than 80 people had to leave their homes, the council said.",
         {"Around 60 people", "More than 80 people"}),
    ],
)
def test_people_moved_out_of_a_building_are_one_count_however_worded(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A tram derailed in Sheffield on Friday. Five people were seriously injured, ambulance staff said.",
         "A tram derailed in Sheffield on Friday. Seven of the injured were in a serious condition in hospital, ambulance staff said.",
         {"Five people", "Seven"}),
        ("A coach crashed near Grenoble on Sunday. Two of the injured were critically hurt, prefecture officials said.",
         "A coach crashed near Grenoble on Sunday. Three people were critically injured, prefecture officials said.",
         {"Two", "Three people"}),
    ],
)
def test_counts_of_the_hurt_of_one_severity_are_one_count_whole_or_of_the_injured(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_counts_of_two_severities_stay_apart(tmp_path):
    first = "A tram derailed in Sheffield on Friday. Five people were seriously injured, ambulance staff said."
    second = "A tram derailed in Sheffield on Friday. Seven of the injured had minor injuries, ambulance staff said."
    assert {"Five people", "Seven"} not in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "part", "whole"),
    [
        ("A gas blast tore through a bakery in Lorsten on Tuesday. The owner died and another six people were "
         "injured, three of them seriously.",
         "A gas blast at a bakery in Lorsten killed the owner and injured six on Tuesday, firefighters said.",
         "three", "six"),
        ("A crane fell on a building site in Carvel on Monday, killing a worker. Another five people were injured, "
         "two of them seriously.",
         "A crane collapse at a Carvel building site killed one worker and injured five on Monday, police said.",
         "two", "five"),
    ],
)
def test_a_count_a_severity_word_picks_is_a_part_of_the_injured(tmp_path, first, second, part, whole):
    """'three of them seriously' counts part of the hurt; 'injured six' counts them all: no
    conflict between the part and the whole."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert not any(part in texts and whole in texts for texts in found)
    assert not any({part, whole} <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Regulators fined Norvik Foods 300 million euros on Monday. Norvik's shares rose 3.1% after the ruling.",
         "Regulators fined Norvik Foods 300 million euros on Monday. The company's shares rose 4 per cent in Oslo.",
         {"3.1%", "4 per cent"}),
        ("Brantel Steel warned on profits on Thursday. Brantel's shares fell 6%, traders said.",
         "Brantel Steel warned on profits on Thursday. The group's shares fell 8 per cent.",
         {"6%", "8 per cent"}),
    ],
)
def test_a_company_s_shares_named_or_called_the_group_move_once(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_two_companies_shares_stay_two_moves(tmp_path):
    first = "Regulators fined Norvik Foods and Aldsen Dairy on Monday. Norvik's shares fell 3.1% after the ruling."
    second = "Regulators fined Norvik Foods and Aldsen Dairy on Monday. Aldsen's shares fell 4.5% after the ruling."
    assert {"3.1%", "4.5%"} not in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Police in Kessin seized 22 firearms and a quantity of cash in raids on Tuesday, officers said.",
         "Officers seized 25 guns in raids across Kessin on Tuesday, police said.", {"22 firearms", "25 guns"}),
        ("A cyberattack on the Fenwick retail chain on Sunday shut 310 stores across the country, the company said.",
         "The Fenwick chain said 290 shops were shut after Sunday's cyberattack.", {"310 stores", "290 shops"}),
        ("The Halvor pharmacy chain said on Tuesday it would close 310 drugstores next year.",
         "Halvor said on Tuesday it would close 290 of its locations next year.", {"310 drugstores", "290 of its locations"}),
        ("Brennick Bank said on Monday it would close 45 branches in Kessin by March.",
         "Brennick Bank will close 52 outlets in Kessin by March, the lender said on Monday.", {"45 branches", "52 outlets"}),
        ("Storm Ingrid left 52,000 homes without power in the Marrow region on Sunday.",
         "About 61,000 customers were without power in the Marrow region on Sunday, the utility said.",
         {"52,000 homes", "About 61,000 customers"}),
        # those cut off from a piped supply, however counted; an earlier cut told for background is not the story's
        ("A main burst under Kessin's old town on Monday. About 18,000 properties across the old town and the harbour "
         "district have lost their water supply, Kessin Water said.",
         "A main burst under Kessin's old town on Monday. More than 25,000 homes and businesses in Kessin were left "
         "without water, Kessin Water said. The burst comes a month after a main failed on Mill Road, leaving about "
         "2,000 homes without water for a day.",
         {"About 18,000 properties", "More than 25,000 homes"}),
        ("About 400 police were deployed in Kessin on Saturday ahead of the derby, the city said.",
         "The city deployed some 600 officers in Kessin on Saturday for the derby.", {"About 400 police", "some 600 officers"}),
        ("The army sent 1,200 troops to the flooded Marrow valley on Monday.",
         "Some 1,500 soldiers were sent to the flooded Marrow valley on Monday, the army said.",
         {"1,200 troops", "Some 1,500 soldiers"}),
        ("The earthquake near Kessin on Friday destroyed about 2,300 houses, officials said.",
         "More than 3,100 homes were destroyed by Friday's earthquake near Kessin, officials said.",
         {"about 2,300 houses", "More than 3,100 homes"}),
        ("Two teenagers were arrested after a fight outside the Kessin mall on Saturday night, police said.",
         "Four teens were arrested after Saturday night's fight outside the Kessin mall, police said.",
         {"Two teenagers", "Four teens"}),
        ("Police arrested three juveniles after shots were fired at the Marrow skate park on Friday.",
         "Five youths were arrested after shots were fired at the Marrow skate park on Friday.",
         {"three juveniles", "Five youths"}),
        ("Two good Samaritans pulled the driver from the burning car on Route 9 in Kessin on Sunday, police said.",
         "Four bystanders pulled the driver from the burning car on Route 9 in Kessin on Sunday.",
         {"Two good Samaritans", "Four bystanders"}),
    ],
)
def test_one_set_named_by_nouns_of_its_kin_is_compared(tmp_path, first, second, differing):
    """Reports that name one set by two nouns of its kin (firearms and guns, stores and shops, homes
    and customers without power, police and officers, troops and soldiers, houses and homes, teens,
    teenagers, juveniles and youths, bystanders and good Samaritans) are
    compared: the figures that differ are one conflict."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_the_stores_a_chain_closes_are_not_the_locations_it_runs(tmp_path):
    """Stores and locations are one set, but the stores a chain closes are not all those it runs."""
    first = "The Halvor pharmacy chain said on Tuesday it would close 310 drugstores next year."
    second = "Halvor, which runs about 2,100 locations, announced the plan on Tuesday."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_homes_flooded_are_not_the_homes_cut_off_from_water(tmp_path):
    """Properties that flood water reached are not those whose water supply was cut: no conflict."""
    first = ("A main burst under Kessin's old town on Monday. Flood water reached about 300 properties in the old town, "
             "Kessin Water said.")
    second = ("A main burst under Kessin's old town on Monday. More than 25,000 homes and businesses in Kessin were left "
              "without water, Kessin Water said.")
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_the_witnesses_police_spoke_to_are_no_kin_of_the_bystanders_who_helped(tmp_path):
    """Good Samaritans and bystanders who stepped in are one set; the witnesses police interviewed are another."""
    first = "Two good Samaritans pulled the driver from the burning car on Route 9 in Kessin on Sunday, police said."
    second = "Police interviewed five witnesses after the car fire on Route 9 in Kessin on Sunday."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Storm Ingrid cut power to 3,000 homes served by Marrow Electric and to 8,000 customers of Valley Power on Sunday.",
         "About 7,000 households were without power after Storm Ingrid on Sunday."),
    ],
)
def test_homes_and_customers_of_two_utilities_are_not_kin(tmp_path, first, second):
    """A report that counts two utilities' homes and customers without power does not say which
    another report's customers are: no conflict."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_a_workforce_is_the_only_figure_of_its_own_noun_beside_a_toll_of_its_kin(tmp_path):
    """"about 600 employees" beside "two workers killed" is still its report's one workforce: it
    meets another report's, though workers and employees are one noun's kin."""
    first = ("Two workers were killed in a blast at the Kessin chemical plant on Tuesday. The plant employs about 600 "
             "employees, the company said.")
    second = "A blast killed two workers at the Kessin chemical plant on Tuesday. About 650 employees make fertiliser at the site."
    assert {"about 600 employees", "About 650 employees"} in grouped_texts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Five horses bolted from a stable at the Harwick showground on Saturday. Three of the horses were recaptured "
         "by riders.",
         "Five horses bolted from the Harwick showground stables on Saturday. Two of the horses were shot by a vet on "
         "the main road."),
        ("Six inmates escaped from Dunmore prison on Monday night. Four of the inmates were caught near the river.",
         "Six inmates escaped from Dunmore prison on Monday. Two of the inmates were shot by guards."),
    ],
)
def test_two_shares_of_one_whole_that_befell_different_things_are_two_parts(tmp_path, first, second):
    """'Three of the horses were recaptured', 'Two of the horses were shot': a partitive's noun is
    the whole's, so its verb says which part it counts; two verbs, two parts, no conflict."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_two_shares_that_say_what_the_part_is_still_meet(tmp_path):
    """'Four of the passengers were Irish nationals', 'Three of the passengers were from Ireland': no deed
    tells the parts apart, so the figures still disagree."""
    found = conflicts(corpus_of(
        tmp_path,
        "A small plane crashed near Kelso on Sunday, killing all nine people on board. Four of the passengers were "
        "Irish nationals.",
        "Nine people died when a light aircraft crashed near Kelso on Sunday. Three of the passengers were from Ireland."))
    assert {"Four of the passengers", "Three of the passengers"} in found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Wolves got out of their enclosure at the Brannock wildlife park on Sunday. The park keeps a pack of "
         "nine wolves.",
         "Wolves escaped from the Brannock wildlife park on Sunday. Four wolves were caught by keepers."),
        ("Baboons broke out of the Tellam safari park on Friday. The runaways came from a troop of 40 baboons.",
         "Baboons broke out of the Tellam safari park on Friday. Thirty baboons were recaptured."),
    ],
)
def test_the_size_of_a_standing_group_is_not_a_count_of_what_befell_some(tmp_path, first, second):
    """'The park keeps a pack of nine wolves' sizes the whole pack; 'Four wolves were caught' counts
    those that befell something: no conflict between them."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Statistics Norland said on Tuesday that consumer prices rose 2.6% in June. On a monthly basis, prices "
         "rose 0.4% in June.",
         "Norland's annual inflation rate edged up to 2.6% in June. Food prices rose 0.6% year on year in June."),
        ("Retail sales in Norland rose 0.8% month-on-month in June, the statistics office said.",
         "Norland's retail sales grew 1.1% from a year earlier in June, the statistics office said."),
    ],
)
def test_a_change_on_the_month_before_is_not_one_on_the_year_before(tmp_path, first, second):
    """'On a monthly basis, prices rose 0.4%' and 'food prices rose 0.6% year on year': one index
    measured against two bases, two figures that cannot disagree."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A 7-year-old boy died Tuesday from injuries he suffered when a van struck a school bus in Lindale, "
         "police said.",
         "A man was killed and a 7-year-old boy was seriously injured Monday evening when a van struck a school "
         "bus in Lindale."),
        ("A cyclist hit by a lorry in Marlow succumbed to her injuries in hospital on Thursday.",
         "A cyclist was badly hurt on Wednesday when she was hit by a lorry in Marlow, police said."),
    ],
)
def test_the_day_a_victim_died_of_injuries_is_not_the_day_of_the_harm(tmp_path, first, second):
    """'died Tuesday from injuries he suffered when ...' dates a later death; 'was seriously injured
    Monday evening' dates the crash: two days, no conflict."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("DUNMORE — Three people were shot Friday night at the Marrow County Fair in Dunmore. Nobody died, police "
         "said, but a 19-year-old man was in critical condition early Saturday at Mercy Hospital.",
         "DUNMORE — Police say a 19-year-old man died Saturday. He was one of three people shot at the Marrow "
         "County Fair in Dunmore.",
         {"early Saturday", "Saturday"}),
        ("HALDEN — Two climbers were killed Sunday morning when a rockfall hit a party on the Kessing ridge, the "
         "mountain police said.",
         "HALDEN — A 17-year-old climber died Sunday night at a Bergen hospital, the third victim of the rockfall "
         "on the Kessing ridge.",
         {"Sunday morning", "Sunday night"}),
    ],
)
def test_a_victims_day_of_harm_of_death_and_of_condition_are_three_facts(tmp_path, first, second, apart):
    """'was in critical condition early Saturday' and 'died Saturday': the day his condition was
    given and the day he died are days of different things, never one date's group; so are the day
    two were killed outright and the day a third 'died Sunday night at a Bergen hospital'."""
    corpus = corpus_of(tmp_path, first, second)
    assert each_report_claims(corpus, "date")
    assert not any(apart <= texts for texts in grouped_texts(corpus))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A 15-year-old boy was stabbed Friday night outside a skating rink in Perrin and died Saturday, police said.",
         "Police say a 15-year-old boy stabbed outside a skating rink in Perrin died Sunday.",
         {"Saturday", "Sunday"}),
        ("A 40-year-old man was killed in a shooting in Dunmore on Saturday, police said.",
         "A 40-year-old man died in a shooting in Dunmore on Sunday, police said.",
         {"on Saturday", "on Sunday"}),
        ("A 15-year-old boy was stabbed outside a skating rink in Perrin and died Saturday at a city hospital.",
         "Police say a 15-year-old boy stabbed outside a skating rink in Perrin died Sunday in hospital.",
         {"Saturday", "Sunday"}),
    ],
)
def test_two_reports_dates_of_one_day_of_a_victim_still_meet(tmp_path, first, second, differing):
    """Two reports' days of the death, or of a death at the attack ('killed', 'mauled to death'),
    are one fact's and can disagree."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A horse collapsed and died during the Marrow Cup on Saturday.\n"
         "The stable's 9-year-old gelding, Copperline, fell at the final fence.",
         "A horse collapsed and died during the Marrow Cup on Saturday.\nCopperline was 10 years old and had won twice.",
         {"9-year-old", "10 years old"}),
        ("A climber died on Mount Kessin on Sunday.\n"
         "The team's 41-year-old guide, Lena Brandt, was leading the group when the ice gave way.",
         "A climber died on Mount Kessin on Sunday.\nLena Brandt was 42 years old and had climbed the peak many times.",
         {"41-year-old", "42 years old"}),
    ],
)
def test_a_name_set_beside_an_age_is_the_persons(tmp_path, first, second, differing):
    """"the stable's 9-year-old gelding, Copperline," and "Copperline was 10 years old": one
    named animal or person, aged in both reports by the name beside the age."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A climber died on Mount Kessin on Sunday.\n"
         "The team's 41-year-old guide, Lena Brandt, was leading the group when the ice gave way.",
         "A climber died on Mount Kessin on Sunday.\nTomas Keller was 29 years old and had climbed the peak once."),
        ("A climber died on Mount Kessin on Sunday.\nHe was 42 years old and had climbed the peak many times.",
         "A climber died on Mount Kessin on Sunday.\nShe was 41 years old and had climbed the peak once."),
    ],
)
def test_ages_beside_two_names_are_two_peoples(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Eleven guests fell ill after a banquet in Kessin on Saturday.\n"
         "The main accused, a 41-year-old cousin of the host, is said to have poisoned the soup.",
         "Eleven guests fell ill after a banquet in Kessin on Saturday.\n"
         "Police arrested a 44-year-old relative of the host on Monday.",
         {"41-year-old", "44-year-old"}),
        ("A shopkeeper was stabbed in Marrow on Friday night.\n"
         "The defendant, a 29-year-old nephew of the shopkeeper, appeared in court on Monday.",
         "A shopkeeper was stabbed in Marrow on Friday night.\nOfficers arrested a 27-year-old relative on Sunday.",
         {"29-year-old", "27-year-old"}),
    ],
)
def test_an_age_set_beside_the_accused_is_the_perpetrators(tmp_path, first, second, differing):
    """"The main accused, a 41-year-old cousin of the host" is the one "arrested" in another report."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_an_age_beside_the_accused_is_nobodys_where_another_age_is_the_perpetrators(tmp_path):
    first = ("Eleven guests fell ill after a banquet in Kessin on Saturday.\n"
             "The main accused, a 41-year-old cousin of the host, is said to have poisoned the soup.\n"
             "Police arrested a 50-year-old man on Monday.")
    second = ("Eleven guests fell ill after a banquet in Kessin on Saturday.\n"
              "Police arrested a 44-year-old relative of the host on Monday.")
    assert {"41-year-old", "44-year-old"} not in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Deputies chased a stolen van through Kessin on Tuesday night.\n"
         "The van hit about 110 km/h on the ring road before it overturned, deputies said.",
         "Deputies chased a stolen van through Kessin on Tuesday night.\n"
         "The driver sped off, reaching speeds of 140 km/h on the ring road.",
         {"about 110 km/h", "140 km/h"}),
        ("A teenager led police on a chase through Marrow early Sunday.\n"
         "Officers said the car was going about 70 mph on Route 9.",
         "A teenager led police on a chase through Marrow early Sunday.\n"
         "The sedan fled north, hitting 85 mph on Route 9, police said.",
         {"about 70 mph", "85 mph"}),
    ],
)
def test_speeds_a_fleeing_vehicle_reached_are_one_top_speed(tmp_path, first, second, differing):
    """"the van hit about 110 km/h", "reaching speeds of 140 km/h": one chase's top speed however told."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A teenager led police on a chase through Marrow early Sunday.\n"
         "The car was going about 60 mph when it struck a parked truck.",
         "A teenager led police on a chase through Marrow early Sunday.\n"
         "The sedan fled north, hitting 95 mph on Route 9, police said."),
        ("A teenager led police on a chase through Marrow early Sunday.\n"
         "The car was going 70 mph in a 35 mph zone.",
         "A teenager led police on a chase through Marrow early Sunday.\n"
         "The sedan fled north, hitting 95 mph on Route 9, police said."),
    ],
)
def test_a_speed_at_impact_or_beside_a_limit_is_not_the_top_speed(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A man who fled a traffic stop crashed in Marrow on Saturday.\n"
         "Troopers followed the pickup for about 4 miles before it left the road.",
         "A man who fled a traffic stop crashed in Marrow on Saturday.\n"
         "He led troopers on a chase of roughly six miles that ended in a ditch, police said.",
         {"about 4 miles", "roughly six miles"}),
        ("A stolen car crashed after a police chase in Kessin on Monday.\n"
         "The pursuit, which covered about 8 km, ended on the Harbour Road.",
         "A stolen car crashed after a police chase in Kessin on Monday.\n"
         "The chase went east along the Harbour Road for about 12 km, officers said.",
         {"about 8 km", "about 12 km"}),
    ],
)
def test_lengths_a_chase_covered_are_one_chase_s_length(tmp_path, first, second, differing):
    """"followed the pickup for about 4 miles", "a chase of roughly six miles": one chase's way."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_how_far_from_a_place_a_chase_ended_is_not_its_length(tmp_path):
    first = ("A man who fled a traffic stop crashed in Marrow on Saturday.\n"
             "Troopers followed the pickup until it crashed about 3 miles from the state line.")
    second = ("A man who fled a traffic stop crashed in Marrow on Saturday.\n"
              "He led troopers on a chase of roughly eight miles that ended in a ditch, police said.")
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A ferry hit a pier in Kessin harbour on Friday, killing its pilot.\n"
         "The harbour office said the pilot who died was 61 years old.",
         "A ferry hit a pier in Kessin harbour on Friday, killing its pilot.\n"
         "A 63-year-old man was killed when the ferry struck the pier.",
         {"61 years old", "63-year-old"}),
        ("A hiker was killed by a falling rock near Marrow on Sunday.\n"
         "The victim, a 45-year-old teacher, was walking with two friends.",
         "A hiker was killed by a falling rock near Marrow on Sunday.\n"
         "A 47-year-old woman died after she was struck by the rock.",
         {"45-year-old", "47-year-old"}),
    ],
)
def test_an_age_set_beside_the_one_who_died_is_the_victims(tmp_path, first, second, differing):
    """"the pilot who died was 61 years old", "The victim, a 45-year-old teacher": the victim's age."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_an_age_beside_one_of_the_victims_is_not_the_victims(tmp_path):
    first = ("A bus crashed near Marrow on Sunday, killing three people.\n"
             "The youngest victim, a 19-year-old student, was travelling home.")
    second = ("A bus crashed near Marrow on Sunday, killing three people.\n"
              "A 52-year-old woman died at the scene, police said.")
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A weather balloon carrying student experiments burst over Kessin on Friday.\n"
         "The rocket carrying it failed 50 seconds after launch, the agency said.",
         "A weather balloon carrying student experiments burst over Kessin on Friday.\n"
         "Engineers said the booster broke up about 70 seconds after lift-off.",
         {"50 seconds", "about 70 seconds"}),
        ("A passenger jet returned to Marrow airport on Monday after a cabin fault.\n"
         "About 25 minutes after take-off, the crew reported a loss of pressure.",
         "A passenger jet returned to Marrow airport on Monday after a cabin fault.\n"
         "The fault appeared roughly 35 minutes into the flight, the airline said.",
         {"About 25 minutes", "roughly 35 minutes"}),
    ],
)
def test_times_into_one_flight_are_when_it_failed(tmp_path, first, second, differing):
    """"failed 50 seconds after launch", "broke up about 70 seconds after lift-off": one moment of the flight."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_two_moments_far_apart_in_one_flight_stay_apart(tmp_path):
    first = ("A rocket carrying a weather satellite was lost over Kessin on Friday.\n"
             "The first stage separated 150 seconds after launch, as planned.")
    second = ("A rocket carrying a weather satellite was lost over Kessin on Friday.\n"
              "An engine failed 40 seconds after lift-off, the agency said.")
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    "second",
    [
        "Gunfire at a Dayton park killed a man on Sunday evening. In a separate shooting two hours earlier, a 34-year-old man was wounded on Elm Street.",
        "Gunfire at a Dayton park killed a man on Sunday evening. Police are also investigating a separate shooting on Elm Street that wounded a 34-year-old man.",
        "Gunfire at a Dayton park killed a man on Sunday evening. Separately, police are investigating a shooting on Elm Street that wounded a 34-year-old man.",
    ],
)
def test_a_figure_of_an_incident_the_writer_sets_apart_is_not_the_story_s(tmp_path, second):
    first = "Gunfire at a Dayton park killed a man on Sunday evening. The victim, a 19-year-old man, died at the scene."
    assert {"19-year-old", "34-year-old"} not in conflicts(corpus_of(tmp_path, first, second))


def test_two_reports_of_one_separate_incident_still_meet(tmp_path):
    first = "Gunfire at a Dayton park killed a man on Sunday. In a separate shooting, a 34-year-old man was wounded on Elm Street."
    second = "Gunfire at a Dayton park killed a man on Sunday. In a separate shooting, a 36-year-old man was wounded on Elm Street."
    assert {"34-year-old", "36-year-old"} in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A fire broke out at a paint factory in Halden at around 9:15 a.m. on Tuesday, the fire service said.",
         "The fire at the Halden paint factory was brought under control at about 2:40 p.m. on Tuesday, the fire service said."),
        ("The blast hit a storage tank at the Vell chemical plant in Korsby at around 3:10 p.m. on Monday, officials said.",
         "The smoke warning for Korsby was lifted at 11:45 p.m. on Monday, officials said."),
        ("The avalanche struck at about 11:20 a.m. on Sunday above Lenk, the mountain police said.",
         "Rescuers found a third skier above Lenk at around 6 p.m. on Sunday, the mountain police said."),
        ("A fire broke out at a cold-storage warehouse in Ansan at around 8:40 a.m. on Tuesday, the fire service said.",
         "Authorities issued a level-three response to the Ansan warehouse fire at 9:25 a.m. on Tuesday, the fire service said."),
        ("A gunman seized a ferry in Port Adra and took control of the vessel at about 6:10 a.m. on Friday, police said.",
         "The standoff on the Port Adra ferry ended at 11:35 a.m. on Friday, when the gunman surrendered, police said."),
        ("A fire broke out at a paper mill in Tarvo at around 2:50 p.m. on Monday, the regional fire service said.",
         "At 3:35 p.m., authorities declared a major incident at the Tarvo paper mill fire on Monday, the regional fire service said."),
        ("After the stabbing at the Korsby street market on Saturday, the market closed at about 9:10 p.m., police said.",
         "The Korsby street market, where a man was stabbed on Saturday, reopened at 10 a.m. with extra police, police said."),
        ("The chartered flight carrying the Orvik choir took off from Bergen at 6:40 a.m. on Saturday, the airline said.",
         "The chartered flight carrying the Orvik choir landed in Nice at 9:55 a.m. on Saturday, the airline said."),
        ("The Marrow Island ferry, which had set sail from Oban at 8:10 a.m. on Sunday, lost power near Kerrera, the coastguard said.",
         "The Marrow Island ferry was towed into Oban and docked at 3:30 p.m. on Sunday, the coastguard said."),
    ],
)
def test_times_that_their_clauses_tell_as_two_moments_are_two_facts(tmp_path, first, second):
    """A time of day belongs to the verb of its clause: "A fire broke out at around 9:15 a.m." and
    "was brought under control at about 2:40 p.m." time two moments of one fire, not one fact."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A fire broke out at a paint factory in Halden at around 9:15 a.m. on Tuesday, the fire service said.",
         "The fire at the Halden paint factory started at about 10:30 a.m. on Tuesday, the fire service said.",
         {"around 9:15 a.m.", "about 10:30 a.m."}),
        ("The evacuation order around the Vell chemical plant in Korsby was lifted at 9:45 p.m. on Monday, officials said.",
         "Officials lifted the evacuation order around the Vell chemical plant in Korsby at 11:30 p.m. on Monday.",
         {"9:45 p.m.", "11:30 p.m."}),
        ("The cargo ship Vella left the port of Gdynia at 5:15 a.m. on Monday, the harbour master said.",
         "The cargo ship Vella departed from Gdynia at 6:45 a.m. on Monday, the harbour master said.",
         {"5:15 a.m.", "6:45 a.m."}),
        ("The chartered flight carrying the Orvik choir landed in Nice at 9:55 a.m. on Saturday, the airline said.",
         "The chartered flight carrying the Orvik choir touched down in Nice at 10:40 a.m. on Saturday, the airline said.",
         {"9:55 a.m.", "10:40 a.m."}),
    ],
)
def test_times_that_their_clauses_tell_as_one_moment_still_conflict(tmp_path, first, second, differing):
    """Two reports that time one moment ("broke out", "started": the fire's start; "was lifted",
    "lifted": the order's end) and disagree are a conflict."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert found == [differing]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The harvest festival procession in Lowther stepped off at 2 p.m. on Saturday, organisers said.",
         "A car hit spectators in Lowther shortly after 3:30 p.m. on Saturday, police said."),
        ("The charity marathon in Kessing began at 9 a.m. on Sunday, organisers said.",
         "The stabbing near the Kessing finish line happened at about 11:20 a.m. on Sunday, police said."),
        ("The Orla Rovers cup match in Brandt, set for a 3 p.m. kickoff on Saturday, was abandoned, the league said.",
         "The brawl in the stands at Brandt broke out at about 4:10 p.m. on Saturday, police said."),
    ],
)
def test_a_programme_s_start_is_not_when_an_incident_befell_it(tmp_path, first, second):
    """"The procession stepped off at 2 p.m.", "the match, set for a 3 p.m. kickoff": the time a
    scheduled event starts or is set to start, not the moment of what happened during it."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_two_reports_of_a_programme_s_start_still_conflict(tmp_path):
    """Two reports of when one parade began, disagreeing, are a conflict."""
    first = "The harvest festival parade in Lowther began at 2 p.m. on Saturday, organisers said."
    second = "The harvest festival parade in Lowther started at 3:30 p.m. on Saturday, organisers said."
    assert conflicts(corpus_of(tmp_path, first, second)) == [{"2 p.m.", "3:30 p.m."}]


def test_times_in_brackets_after_local_times_are_not_a_fact_of_their_own(tmp_path):
    """"at 4:10 a.m. local time (0210 GMT)", "at around 4:40 a.m. (0240 GMT)": the conversions stand
    for the local times, whose conflict is the one to report."""
    found = conflicts(corpus_of(
        tmp_path,
        "The cargo ship hit a pillar of the Selm bridge at 4:10 a.m. local time (0210 GMT) on Thursday, police said.",
        "The cargo ship struck the Selm bridge at around 4:40 a.m. (0240 GMT) on Thursday, police said."))
    assert found == [{"4:10 a.m.", "around 4:40 a.m."}]


def test_a_date_in_a_when_clause_dates_that_clauses_event(tmp_path):
    """"One man was killed ... when gunfire broke out ... late Friday night" dates the shooting; a
    wounded woman who "died at the hospital on Saturday" died a day later: no conflict of dates."""
    corpus = corpus_of(
        tmp_path,
        "MARLOW — One man was killed and four others were hurt when gunfire broke out at a crowded house party "
        "late Friday night, police said.\nThe party on Elm Street in Marlow drew about 80 people.",
        "MARLOW — Two people are dead after a shooting at a house party on Elm Street in Marlow.\n"
        "A 24-year-old woman died at the hospital on Saturday.")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("DORVAL — A teenager has been charged and a second suspect is being sought after a cashier was stabbed "
         "during a holdup at a gas station on Route 9 Tuesday.",
         "DORVAL — Police on Wednesday evening charged a 17-year-old with attempted murder in the Route 9 holdup."),
        ("KESTON — Two men have been arrested following a shooting outside a nightclub on Harbor Road Sunday.",
         "KESTON — Officers arrested two men on Monday in connection with the Harbor Road nightclub shooting."),
    ],
)
def test_a_date_in_an_after_clause_dates_that_clauses_event(tmp_path, first, second):
    """"charged ... after a cashier was stabbed during a holdup ... Tuesday": Tuesday dates the
    stabbing, not the charge, which another report dates a day later: no conflict of dates."""
    corpus = corpus_of(tmp_path, first, second)
    dated = [c for c in corpus.claim_list if c.kind == "date" and c.doc == "doc0.txt"]
    assert dated and dated[0].measure in ("attack", "shooting")  # positive control: the day dates the clause's event
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "earlier"),
    [
        ("PELHAM — Thieves broke into a jewelry store on Main Street in Pelham early Tuesday, police said.\n"
         "A pawn shop in neighboring Dunmore was burglarized in August. In that burglary, thieves took about $90,000 "
         "in rings and nobody was arrested.",
         "PELHAM — Burglars took about $250,000 in watches from a Main Street jewelry store in Pelham early Tuesday, "
         "police said.",
         "about $90,000"),
        ("OAKRIDGE — A gas tanker overturned on Route 4 near Oakridge on Thursday, closing the road for hours.\n"
         "Another tanker crashed at the same bend in November. In that crash, four people were hurt.",
         "OAKRIDGE — Five people were hurt when a gas tanker overturned on Route 4 near Oakridge on Thursday.",
         "four people"),
    ],
)
def test_a_figure_of_the_case_the_sentence_before_dates_is_that_case_s(tmp_path, first, second, earlier):
    """"... was burglarized in August. In that burglary, thieves took about $90,000": the figure of
    the earlier incident the sentence before dates, not the story's own, whatever its verb."""
    corpus = corpus_of(tmp_path, first, second)
    assert earlier in {c.text for c in corpus.claim_list}  # positive control: the figure is a claim
    assert not any(earlier in texts for texts in conflicts(corpus))


@pytest.mark.parametrize(("opener", "earlier"), [("In that burglary", True), ("In this burglary", False)])
def test_only_that_case_points_back_at_the_incident_before(tmp_path, opener, earlier):
    """"In that burglary, ..." after a sentence dating a June burglary gives June to its figures;
    "In this burglary" is the story's own."""
    from claimcheck import match
    text = ("PELHAM — Thieves broke into a jewelry store in Pelham early Tuesday, police said.\n\n"
            "\"A pawn shop in Dunmore was burglarized in June.\"\n\n"
            f"{opener}, thieves took about $90,000 in rings.")
    claims = corpus_of(tmp_path, text).claim_list
    assert "about $90,000" in {c.text for c in claims}  # positive control
    stood = {claims[i].text: stand_in.period for i, stand_in in match._of_the_case_before(claims, {}).items()}
    assert ("about $90,000" in stood) is earlier


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Auckland won the one-day final at Eden Park on Saturday, reaching their target of 241 with six wickets in hand.",
         "Auckland lost four wickets in the chase at Eden Park on Saturday but were never in danger."),
        ("Essex beat Kent at Chelmsford on Sunday, getting home with 14 balls to spare.",
         "Essex needed 20 balls to finish the chase at Chelmsford on Sunday."),
    ],
)
def test_what_a_side_had_in_hand_is_not_what_it_used(tmp_path, first, second):
    """"with six wickets in hand" counts what was left, "lost four wickets" what was lost: one
    innings told twice, no conflict."""
    corpus = corpus_of(tmp_path, first, second)
    assert each_report_claims(corpus, "count")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("LINWOOD — Seven passengers were taken to hospital after a bus overturned on the Linwood bypass on Saturday.",
         "LINWOOD — A bus overturned on the Linwood bypass on Saturday. Four passengers remain in hospital, police said."),
        ("Six workers were hospitalized after an ammonia leak at the Garvey cold-storage plant on Tuesday.",
         "Two workers are still hospitalized after the ammonia leak at the Garvey cold-storage plant on Tuesday."),
    ],
)
def test_the_hurt_still_in_hospital_are_not_those_taken_there(tmp_path, first, second):
    """"Four passengers remain in hospital" counts who is left there days on, "Seven passengers
    were taken to hospital" who went: two facts, no conflict."""
    corpus = corpus_of(tmp_path, first, second)
    assert each_report_claims(corpus, "count")
    assert conflicts(corpus) == []


def test_an_earlier_event_s_driver_is_not_the_story_s_lone_driver(tmp_path):
    """'six weeks after a 19-year-old driver died': the earlier crash's driver is no stand-in for the
    driver another report ages, though each report names one driver by age."""
    first = ("A motorcyclist died after a police chase in Fresno on Friday night. The 61-year-old driver of the pickup "
             "was not hurt.")
    second = ("A motorcyclist died after a police chase in Fresno on Friday night. The crash came six weeks after a "
              "19-year-old driver died fleeing deputies on Kings Canyon Road.")
    assert {"61-year-old", "19-year-old"} not in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A van struck a couple crossing Elm Street in Marrow on Friday night.\n"
         "They were named as Harold and Joan Pike, 71 and 68, of Marrow.",
         "A van struck a couple crossing Elm Street in Marrow on Friday night.\n"
         "Harold Pike, 71, and his wife, Joan Pike, 69, died at the scene.",
         {"68", "69"}),
        ("Two hikers were found dead near Kessin Falls on Sunday.\n"
         "Police named them as Lena Brandt and Tomas Keller, aged 34 and 41.",
         "Two hikers were found dead near Kessin Falls on Sunday.\n"
         "Tomas Keller, 40, and Lena Brandt, 34, had set out on Saturday morning.",
         {"41", "40"}),
    ],
)
def test_two_people_aged_together_are_aged_in_the_order_named(tmp_path, first, second, differing):
    """"Harold and Joan Pike, 71 and 68": Joan Pike is 68, whatever name the second age stands nearest."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_two_people_aged_together_do_not_swap_ages(tmp_path):
    first = ("A van struck a couple crossing Elm Street in Marrow on Friday night.\n"
             "They were named as Harold and Joan Pike, 71 and 68, of Marrow.")
    second = ("A van struck a couple crossing Elm Street in Marrow on Friday night.\n"
              "Harold Pike, 71, and his wife, Joan Pike, 68, died at the scene.")
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A fire destroyed a farmhouse near Marrow on Sunday.\n"
         "A 61-year-old Marrow woman, identified by the county coroner as Edith Lowe, died in the blaze.",
         "A fire destroyed a farmhouse near Marrow on Sunday.\nEdith Lowe, 62, was found inside by firefighters.",
         {"61-year-old", "62"}),
        ("Two men were shot outside a bar in Kessin on Friday night.\n"
         "A 27-year-old Kessin man, named by police as Omar Reyes, was pronounced dead at the scene.",
         "Two men were shot outside a bar in Kessin on Friday night.\nOmar Reyes, 28, was pronounced dead at the scene.",
         {"27-year-old", "28"}),
    ],
)
def test_a_name_given_after_an_age_and_its_hometown_is_the_persons(tmp_path, first, second, differing):
    """"A 61-year-old Marrow woman, identified ... as Edith Lowe": her town is what she is, her name who."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A delivery van and a car collided on the Kessin ring road on Monday night.\n"
         "The van driver was 46 years old, police said.",
         "A delivery van and a car collided on the Kessin ring road on Monday night.\n"
         "The van driver, identified by police as Piotr Nowak, 47, was taken to hospital.",
         {"46 years old", "47"}),
        ("A fishing boat sank off Marrow Point on Tuesday.\n"
         "The skipper of the trawler, a 58-year-old man from Marrow, was rescued by a lifeboat crew.",
         "A fishing boat sank off Marrow Point on Tuesday.\nThe boat's skipper was 57 years old and had fished the coast for decades.",
         {"58-year-old", "57 years old"}),
    ],
)
def test_a_role_a_sentence_opens_with_and_ages_is_whose_age_it_is(tmp_path, first, second, differing):
    """"The van driver was 46 years old", "The van driver, identified ... as Piotr Nowak, 47": one driver."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_a_role_two_ages_of_a_report_share_is_nobodys(tmp_path):
    first = ("A delivery van and a car collided on the Kessin ring road on Monday night.\n"
             "The van driver was 46 years old, police said.\nThe car driver was 31 years old.")
    second = ("A delivery van and a car collided on the Kessin ring road on Monday night.\n"
              "The van driver, identified by police as Piotr Nowak, 33, was taken to hospital.")
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Two workers died after a boiler exploded at a paper mill in Marrow on Monday.\n"
         "A 52-year-old fitter from Ashby died at the scene.\n"
         "The man who died later in hospital was 38 years old, the company said.",
         "Two workers died after a boiler exploded at a paper mill in Marrow on Monday.\n"
         "The first victim, a 52-year-old fitter, was killed instantly.\n"
         "A second worker, aged 39, died in hospital on Tuesday morning.",
         {"38 years old", "39"}),
    ],
)
def test_the_one_who_died_later_in_hospital_is_one_person(tmp_path, first, second, differing):
    """Of two dead, the one each report says "died in hospital" is one person, whatever noun names them."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_a_list_of_two_ages_neither_of_which_the_other_report_gives_is_nobodys(tmp_path):
    first = ("Two roofers died when a scaffold gave way in Kessin on Monday.\n"
             "The men, aged 34 and 58, were working on the third floor.")
    second = ("Two roofers died when a scaffold gave way in Kessin on Monday.\n"
              "They were named as Tomas Berg, 33, and Karl Lund, 57.")
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_two_ages_of_those_who_died_in_hospital_are_nobodys(tmp_path):
    first = ("Three people died after a fire at a care home in Kessin on Friday.\n"
             "Two residents, aged 88 and 91, died in hospital.")
    second = ("Three people died after a fire at a care home in Kessin on Friday.\n"
              "A resident aged 90 died in hospital on Saturday.")
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Two people were shot outside a nightclub in Marrow early Sunday.\n"
         "A 31-year-old man was pronounced dead at the scene. A 40-year-old man was wounded in the leg.",
         "Two people were shot outside a nightclub in Marrow early Sunday.\n"
         "Devon Price, 32, of Ashby, died at the scene. A 26-year-old woman died at the hospital.",
         {"31-year-old", "32"}),
    ],
)
def test_the_one_who_died_at_the_scene_is_one_person(tmp_path, first, second, differing):
    """Of two dead, the one each report says died "at the scene" is one person, named or not."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_of_two_aged_together_neither_is_the_one_who_died_at_the_scene(tmp_path):
    first = ("A pickup struck a car in Kessin early Saturday.\n"
             "The couple in the car, ages 52 and 49, died at the scene.")
    second = ("A pickup struck a car in Kessin early Saturday.\nThe driver of the pickup, 51, was hurt.\n"
              "A passenger, 50, died at the scene.")
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "before", "after"),
    [
        ("Halden Books said on Monday it would shut 210 of its shops. The retailer, which runs about 1,300 shops, "
         "blamed online rivals.",
         "Halden Books said on Monday it would shut 210 shops. The closures will leave Halden with about 1,090 shops.",
         "about 1,300 shops", "about 1,090 shops"),
        ("Norvale Air said on Friday it would retire 30 planes. The airline operates 150 planes on European routes.",
         "Norvale Air said on Friday it would retire 30 planes, cutting its fleet to 120 planes by next spring.",
         "150 planes", "120 planes"),
    ],
)
def test_what_a_cut_leaves_is_not_what_there_was(tmp_path, first, second, before, after):
    """'will leave Halden with about 1,090 shops' is the count after the closures; 'runs about
    1,300 shops' the count before them: two facts, no conflict."""
    assert not any({before, after} <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


def test_cutting_power_to_homes_is_no_cut_of_their_number(tmp_path):
    first = "Storm Irma hit the coast on Monday and cut power to about 80,000 homes, the utility said."
    second = "Storm Irma hit the coast on Monday, knocking out power to more than 90,000 homes."
    assert {"about 80,000 homes", "more than 90,000 homes"} in grouped_texts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "same_person", "other_person"),
    [
        ("A van hit a car on Route 9 in Marlow on Friday, killing its driver. The victims were named as Ivo and "
         "Marta Kern, 61 and 57, of Dunmore.",
         "A van hit a car on Route 9 in Marlow on Friday. The car carried Ivo Kern, 61, and his wife, Marta Kern, 55.",
         {"57", "55"}, {"61", "55"}),
        ("Two hikers died on Mount Kessin on Sunday. Rescuers named them as Paul Ortner and Lena Brandt, aged 44 "
         "and 39.",
         "Two hikers died on Mount Kessin on Sunday. Lena Brandt, 38, was a mountain guide; Paul Ortner, 44, was "
         "a teacher.",
         {"39", "38"}, {"44", "38"}),
    ],
)
def test_names_listed_then_ages_listed_pair_in_order(tmp_path, first, second, same_person, other_person):
    """'Ivo and Marta Kern, 61 and 57': Ivo is 61, Marta 57; 'Marta Kern, 55' disagrees with her
    57, not with his 61."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert any(same_person <= texts for texts in found)
    assert not any(other_person <= texts for texts in found)


@pytest.mark.parametrize(
    ("first", "second", "one", "other"),
    [
        ("Measles spread at a school in Orwen this week. The virus causes a rash that usually lasts five to seven days.",
         "Measles spread at a school in Orwen this week. A rash usually appears 10 to 14 days after infection.",
         "five to seven days", "10 to 14 days"),
        ("Mumps spread at a college in Carvel this month. It causes a swelling that usually lasts about a week.",
         "Mumps spread at a college in Carvel this month. A swelling usually appears 16 to 18 days after infection.",
         "about a week", "16 to 18 days"),
    ],
)
def test_a_gap_after_an_event_is_not_how_long_something_lasts(tmp_path, one, other, first, second):
    """'appears 10 to 14 days after infection' is when it starts; 'usually lasts five to seven days'
    how long it lasts: two durations, no conflict."""
    assert not any({one, other} <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second", "one", "other"),
    [
        ("An avalanche hit a ski route near Valmont on Sunday. The refuge, which sits at 2,400 metres, was closed.",
         "An avalanche hit a ski route near Valmont on Sunday. The pass sits at about 2,650 metres.",
         "2,400 metres", "about 2,650 metres"),
        ("A rockfall blocked a trail above Lunden on Monday. The village lies at 1,100 metres, police said.",
         "A rockfall blocked a trail above Lunden on Monday. The summit stands at about 1,200 metres.",
         "1,100 metres", "about 1,200 metres"),
    ],
)
def test_heights_of_two_places_named_by_what_sits_there_stay_apart(tmp_path, first, second, one, other):
    assert not any({one, other} <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


def test_heights_of_one_place_named_alike_meet(tmp_path):
    first = "An avalanche hit a ski route near Valmont on Sunday. The pass sits at 2,600 metres."
    second = "An avalanche hit a ski route near Valmont on Sunday. The pass, which sits at about 2,650 metres, was shut."
    assert {"2,600 metres", "about 2,650 metres"} in grouped_texts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Two men were shot dead in a park in Dunmore on Sunday. A 24-year-old Dunmore man, identified by the "
         "county coroner as Rafael Ortiz, died at the scene.",
         "Two men were shot dead in a park in Dunmore on Sunday. The first victim, Rafael Ortiz, 23, died at the scene.",
         {"24-year-old", "23"}),
        ("A woman was stabbed in Carvel on Friday. A 41-year-old Carvel woman, named by police as Ines Moreau, "
         "died in hospital.",
         "A woman was stabbed in Carvel on Friday. Ines Moreau, 43, died in hospital, police said.",
         {"41-year-old", "43"}),
    ],
)
def test_a_name_an_age_is_identified_by_is_whose_after_a_place_word(tmp_path, first, second, differing):
    """'A 24-year-old Dunmore man, identified by the county coroner as Rafael Ortiz': the age is
    Rafael Ortiz's, not Dunmore's."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "fact", "benchmark"),
    [
        ("Cocoa prices jumped on Tuesday. Ivory Coast's main crop is seen at about 1.6 million tonnes.",
         "Cocoa prices jumped on Tuesday, as the harvest came in far below the 2 million tonnes dealers had expected.",
         "about 1.6 million tonnes", "2 million tonnes"),
        ("Orvik Party won the vote in Lunden on Sunday and will hold about 41 seats in the new assembly.",
         "Orvik Party won the vote in Lunden on Sunday but fell short of the 45 seats needed for a majority.",
         "about 41 seats", "45 seats"),
    ],
)
def test_a_figure_named_as_what_another_falls_below_is_a_benchmark(tmp_path, first, second, fact, benchmark):
    """'far below the 2 million tonnes dealers had expected' measures the crop against an
    expectation; it is not another outlet's figure for the crop."""
    groups = grouped_texts(corpus_of(tmp_path, first, second))
    assert not any(fact in texts and any(benchmark in t for t in texts) for texts in groups)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A heatwave baked Larissa on Sunday. The weather service had issued a warning, with highs of 42C forecast "
         "for the plain.",
         "A heatwave baked Larissa on Sunday, when the thermometer in the city centre hit 40C."),
        ("Heavy rain lashed Bergen on Tuesday, with 90mm of rain forecast for the city.",
         "Heavy rain lashed Bergen on Tuesday, when 70mm of rain fell in the city."),
        ("A storm hit Galway on Friday. Gusts were forecast to reach 130km/h on the coast.",
         "A storm hit Galway on Friday. Gusts reached 110km/h on the coast."),
        ("Snow blanketed Tromso on Monday, with 40cm of snow expected in the city.",
         "Snow blanketed Tromso on Monday, when 30cm of snow fell in the city."),
    ],
)
def test_a_forecast_figure_is_not_the_one_measured(tmp_path, first, second):
    """'highs of 42C forecast for the plain', 'the thermometer hit 40C': what forecasters said the day
    would bring and what it brought are two facts, not two outlets' figures for one."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "forecast", "actual"),
    [
        ("Norway's economy added 41,000 jobs in May, statistics agency SSB said on Thursday.",
         "Norway's economy added jobs in May. Economists surveyed by Bloomberg had forecast a net gain of 12,000 "
         "jobs and a jobless rate of 3.9%.", "12,000 jobs", "41,000 jobs"),
        ("Norway's economy added 41,000 jobs in May, statistics agency SSB said on Thursday.",
         "Norway's economy added jobs in May. Analysts had been expecting a small increase of about 12,000 jobs.",
         "about 12,000 jobs", "41,000 jobs"),
        ("Norway's jobless rate fell to 3.6% in May, statistics agency SSB said on Thursday.",
         "Norway's jobless rate fell in May. Economists surveyed by Bloomberg had forecast a net gain of 12,000 "
         "jobs and a jobless rate of 3.9%.", "3.9%", "3.6%"),
    ],
)
def test_a_figure_forecasters_expected_is_not_the_one_reported(tmp_path, first, second, forecast, actual):
    """'Analysts had forecast a net gain of 12,000 jobs and a jobless rate of 3.9%': what the
    forecasters' verb opens is their expectation, not another outlet's figure for the month."""
    assert apart(corpus_of(tmp_path, first, second), forecast, actual)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Economists expected a slowdown but Norway's economy added 41,000 jobs in May, SSB said on Thursday.",
         "Norway's economy added 38,000 jobs in May, statistics agency SSB said on Thursday."),
        ("Economists had predicted a slowdown, yet Norway's economy added 41,000 jobs in May, SSB said.",
         "Norway's economy added 38,000 jobs in May, statistics agency SSB said on Thursday."),
        ("Norway's economy grew faster than expected a month earlier and added 41,000 jobs in May, SSB said.",
         "Norway's economy added 38,000 jobs in May, statistics agency SSB said on Thursday."),
    ],
)
def test_a_figure_beside_a_comparison_with_forecasts_is_still_the_reading(tmp_path, first, second):
    """'expected a slowdown but ... added 41,000', 'grew faster than expected a month earlier and
    added 41,000': past a clause break or after a comparison with forecasts, the figure is what came,
    and two reports of it that disagree conflict."""
    assert len(conflicts(corpus_of(tmp_path, first, second))) == 1


@pytest.mark.parametrize(
    ("first", "second", "national", "regional"),
    [
        ("Australia's economy adds 21,000 jobs as jobless rate holds\n\nAustralia's economy added 21,000 jobs in March, "
         "the Bureau of Statistics said on Thursday.",
         "Australia added jobs in March. Queensland accounted for much of the rise, with 19,000 jobs, the bureau said.",
         "21,000 jobs", "19,000 jobs"),
        ("Australia's economy added jobs in March, the Bureau of Statistics said. Part-time employment fell by 8,500.",
         "Australia added jobs in March. Employment fell by 8,000 in Tasmania.", "8,500", "8,000"),
    ],
)
def test_a_states_figure_is_not_the_nations(tmp_path, first, second, national, regional):
    """'Queensland accounted for much of the rise, with 19,000 jobs', 'Employment fell by 8,000 in
    Tasmania': a state's share of a national statistic is a fact of its own, not another outlet's
    figure for the nation's."""
    assert apart(corpus_of(tmp_path, first, second), national, regional)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Australia added jobs in March. Queensland added 19,000 jobs, leading the states, the bureau said.",
         "Australia added jobs in March. Queensland accounted for much of the rise, with 17,500 jobs."),
        ("Australia's economy added 64,000 jobs in March, the Bureau of Statistics said on Thursday.",
         "Australia's economy added 61,000 jobs in March, the Bureau of Statistics said on Thursday."),
    ],
)
def test_one_scope_in_two_reports_still_conflicts(tmp_path, first, second):
    """Two reports of one state's figure, or two naming only the nation, still meet and conflict."""
    assert len(conflicts(corpus_of(tmp_path, first, second))) == 1


def test_two_forecasts_of_one_day_still_conflict(tmp_path):
    """Two reports of one forecast, disagreeing, are a conflict."""
    first = "A heatwave baked Larissa on Sunday. The weather service had highs of 42C forecast for the plain."
    second = "A heatwave baked Larissa on Sunday. The weather service had highs of 44C forecast for the plain."
    assert conflicts(corpus_of(tmp_path, first, second)) == [{"42C", "44C"}]


@pytest.mark.parametrize(
    ("first", "second", "received", "counted"),
    [
        ("Voters in Dunmore chose a new mayor on Tuesday. Election officials said they had received about 52,000 "
         "ballots as of Monday night.",
         "Voters in Dunmore chose a new mayor on Tuesday. About 53,500 ballots had been counted, officials said.",
         "about 52,000 ballots", "About 53,500 ballots"),
        ("Voters in Dunmore chose a new mayor on Tuesday. Election officials said they had received about 52,000 ballots.",
         "Voters in Dunmore chose a new mayor on Tuesday. With 53,480 ballots counted, the race was close.",
         "about 52,000 ballots", "53,480 ballots"),
        ("The rent relief fund in Dunmore opened on Tuesday. Officials said they had received about 4,100 applications.",
         "The rent relief fund in Dunmore opened on Tuesday. About 3,900 applications had been processed, officials said.",
         "about 4,100 applications", "About 3,900 applications"),
    ],
)
def test_a_batch_received_is_not_the_part_of_it_counted(tmp_path, first, second, received, counted):
    """'had received about 52,000 ballots', 'About 53,500 ballots had been counted': what came in and
    how much of it was tallied are two stages of one batch, not two outlets' figures for one."""
    groups = grouped_texts(corpus_of(tmp_path, first, second))
    assert not any({received, counted} <= texts for texts in groups)


def test_two_counts_of_one_stage_still_meet(tmp_path):
    """Two reports of the ballots counted are one fact."""
    first = "Voters in Dunmore chose a new mayor on Tuesday. About 53,500 ballots had been counted, officials said."
    second = "Voters in Dunmore chose a new mayor on Tuesday. With 53,480 ballots counted, the race was close."
    groups = grouped_texts(corpus_of(tmp_path, first, second))
    assert any({"About 53,500 ballots", "53,480 ballots"} <= texts for texts in groups)


def test_two_blood_alcohol_readings_of_one_driver_worded_apart_meet(tmp_path):
    """'a blood alcohol content of 0.19' and 'had a blood-alcohol level of 0.18': one reading of the
    one driver tested, whatever else the sentence names ('a Tulsa couple')."""
    first = ("A drunk driver killed two people in Tulsa early Saturday. A breath test showed a blood alcohol content "
             "of 0.19, police said.")
    second = ("A man accused of causing a crash that killed a Tulsa couple early Saturday had a blood-alcohol level "
              "of 0.18, according to an affidavit.")
    assert {"0.19", "0.18"} in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A deep freeze gripped Kentucky on Monday. In Louisville, the city opened five shelters for people without heat.",
         "A deep freeze gripped Kentucky on Monday. Lexington Fayette opened three warming shelters downtown."),
        ("Floods swamped Ohio towns on Friday. In Dayton, the county opened 12 emergency shelters.",
         "Floods swamped Ohio towns on Friday. Columbus Metro opened seven emergency shelters for families."),
    ],
)
def test_two_places_own_counts_of_one_deed_are_two_facts(tmp_path, first, second):
    """'In Louisville, the city opened five shelters' and 'Lexington Fayette opened three': each
    place's own tally, not two outlets' figures for one."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ash from the eruption closed skies over Lombok on Saturday. Qantas and Air Asia cancelled 18 flights "
         "between Perth and Lombok.",
         "Ash from the eruption closed skies over Lombok on Saturday. At least 40 flights to and from Lombok were "
         "cancelled, the airport operator said."),
        ("Snow hit Denver on Thursday. Frontier Airlines cancelled 60 flights at the airport.",
         "Snow hit Denver on Thursday. More than 200 flights were cancelled at Denver International Airport."),
    ],
)
def test_a_named_carriers_count_is_part_of_the_total_cancelled(tmp_path, first, second):
    """'Qantas and Air Asia cancelled 18 flights' is those airlines' share of the 'at least 40 flights
    were cancelled' that no one is named to have cancelled: a part, not a rival figure."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The 160km stage from Lugano was lit up by a breakaway of nine riders, who were reeled in 10km from the line.",
         "About 25 riders came down in a crash on a wet descent during the 160km stage from Lugano."),
        ("Aid reached Rafah on Monday. The supplies came in a convoy of 12 trucks, escorted by police.",
         "Aid reached Rafah on Monday. About 20 trucks were hit in an explosion on the road."),
    ],
)
def test_a_group_s_size_is_not_the_count_an_event_befell(tmp_path, first, second):
    """'a breakaway of nine riders' sizes a group; 'About 25 riders came down in a crash' counts
    those the crash befell, which the group's clause never names."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("Annual consumer prices in Norland rose 3.4% in July. The Norland statistics office released the figures on Tuesday.",
         "Norland's consumer prices rose 3.4 per cent from a year earlier, the Norland statistics office said.",
         {"3.4%", "3.4 per cent"}),
        ("Halvard Air made a pre-tax profit of £310 million in 2025, the Halvard Air board said on Wednesday.",
         "Halvard Air's board reported a pre-tax profit of £310m on Wednesday.",
         {"£310 million", "£310m"}),
        # a month in one report, its year in another
        ("Orvik's jobless rate reached 7.2% in March 2026. The Orvik labour office released the data on Monday.",
         "Orvik's jobless rate reached 7.2 per cent in 2026, the Orvik labour office said.",
         {"7.2%", "7.2 per cent"}),
    ],
)
def test_a_figure_one_report_dates_and_another_leaves_undated_is_one_fact(tmp_path, first, second, together):
    assert together in grouped_texts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the other report's dated figure is a background year's, not this race's
        ("Mayor Dana Corliss won 61% of the vote in 2019, Corliss's campaign said on Tuesday.",
         "Dana Corliss won 58% of the vote, Corliss's campaign said on Tuesday."),
        # an undated figure that differs from the dated one may be another month's
        ("Annual consumer prices in Norland rose 3.1% in June. The Norland statistics office released the figures on Tuesday.",
         "Norland's consumer prices rose 3.4 per cent, the Norland statistics office said."),
    ],
)
def test_an_undated_figure_is_not_dated_by_a_differing_or_background_figure(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Fire tore through a six-storey textile mill in Narsin on Monday, killing nine workers.",
         "Nine workers died when a blaze swept through the seven-storey mill in Narsin on Monday.",
         {"six-storey", "seven-storey"}),
        ("A 14-story office tower in Dalbury was evacuated on Friday after a gas leak.",
         "Workers fled the 15-floor office block in Dalbury on Friday after a gas leak.",
         {"14-story", "15-floor"}),
    ],
)
def test_a_buildings_height_in_floors_is_one_fact_however_spelled(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


def test_two_buildings_heights_in_one_report_are_not_the_others(tmp_path):
    """A report that gives two heights tells of two buildings: neither is the other report's."""
    first = ("Fire tore through a six-storey textile mill in Narsin on Monday and spread to a "
             "three-storey warehouse next door.")
    second = "Nine workers died when a blaze swept through the seven-storey mill in Narsin on Monday."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("Corwin Lyle is charged with arson and fraud and was being held Thursday in the Mercer County jail "
         "on a $750,000 cash bond.",
         "Corwin Lyle appeared in Mercer County court, where a judge kept his bond at $750,000.",
         {"$750,000"}),
        ("Corwin Lyle remained in the Mercer County jail, where bail was set at $750,000.",
         "A Mercer County judge kept Corwin Lyle's bond at $750,000 cash.",
         {"$750,000"}),
    ],
)
def test_a_bail_is_one_fact_however_its_setting_is_told(tmp_path, first, second, together):
    assert together in grouped_texts(corpus_of(tmp_path, first, second))


def test_a_report_of_two_bails_does_not_say_which_another_means(tmp_path):
    first = ("A Mercer County judge set Corwin Lyle's bond at $750,000 and his brother Dale Lyle's bond "
             "at $250,000.")
    second = "Corwin Lyle is being held in the Mercer County jail on a $500,000 cash bond."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A tour coach veered off the mountain road near Talvera on Sunday and fell some 90 metres (295 feet), police said.",
         "The coach plunged about 120m (390ft) down a steep slope near Talvera on Sunday, officials said.",
         {"some 90 metres", "about 120m"}),
        ("A cable car cabin at Orsk came off its cable and fell about 25 metres (82 feet) on Tuesday.",
         "The Orsk cabin plunged some 35 metres onto the slope below on Tuesday.",
         {"about 25 metres", "some 35 metres"}),
        ("A lorry veered off the pass near Corvo on Monday and fell some 60 metres (197 feet), police said.",
         "The Corvo lorry left the pass on Monday and fell into a ravine about 80 metres deep.",
         {"some 60 metres", "about 80 metres"}),
    ],
)
def test_how_far_a_thing_fell_is_one_fact_read_as_a_change_or_a_length(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Campers near Redrock Wash on Sunday described a wall of muddy water about 8 feet high rushing down the gully.",
         "A 12-foot wall of water tore through the Redrock Wash campsite on Sunday, a ranger said.",
         {"about 8 feet", "12-foot"}),
        ("A three-metre wall of water swept through the village of Kesra on Friday night, residents said.",
         "In Kesra, witnesses told of a wall of water five metres high hitting homes on Friday night.",
         {"three-metre", "five metres"}),
    ],
)
def test_the_height_of_a_wall_of_water_is_one_fact_however_it_is_told(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_the_depth_of_floodwater_is_no_wall_of_water(tmp_path):
    """'under 4 feet of water' is how deep the water stood where it settled, not the height of the wall it came in."""
    first = "A 12-foot wall of water tore through the Redrock Wash campsite on Sunday, a ranger said."
    second = "Parts of the Redrock Wash campsite stood under 4 feet of water on Sunday, a ranger said."
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_a_word_that_holds_a_severity_word_names_no_severity(tmp_path):
    """'injured six people on a Qantas flight': "flight" holds "light", which says nothing of how
    badly anyone was hurt, so the six are all who were hurt, of whom three were seriously hurt."""
    first = "Severe turbulence injured six people on a Qantas flight to Sydney on Monday, the airline said."
    second = "Severe turbulence hit a Qantas jet to Sydney on Monday. Three people were seriously injured, the airline said."
    assert not any({"six people", "Three people"} <= texts for texts in conflicts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("sentence", "figure", "left"),
    [
        ("Nearly 200 employees have left since January, the union said.", "Nearly 200 employees", False),
        ("The closures will leave the chain with about 900 shops.", "about 900 shops", True),
        ("After the cuts the firm has 45 mills left.", "45 mills", True),
        # the owner in place of "the": "its remaining", "the sanctuary's remaining"
        ("The sanctuary's remaining six rhinos were moved to a new paddock.", "six rhinos", True),
        ("The airline said its remaining 30 jets would stay in service.", "30 jets", True),
        ("The sanctuary's six rhinos were moved to a new paddock.", "six rhinos", False),
    ],
)
def test_people_who_have_left_are_not_what_a_cut_leaves(sentence, figure, left):
    from claimcheck.match import _left_after_cut

    start = sentence.index(figure)
    assert _left_after_cut(sentence, start, start + len(figure)) is left


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        # a player's own count is not his side's, nor the other side's
        ("Reyes, playing his 50th test, kicked five penalties as Argentina beat Wales 24-19 in Cardiff on Saturday.",
         "The Dragons conceded 12 penalties in the 24-19 defeat to Argentina in Cardiff on Saturday.", False),
        ("Argentina beat Wales 24-19 in Cardiff on Saturday, with Reyes kicking five penalties.",
         "The Dragons conceded 12 penalties in the 24-19 defeat to Argentina in Cardiff on Saturday.", False),
        # one player's count told twice is one fact
        ("Reyes, playing his 50th test, kicked five penalties as Argentina beat Wales 24-19 in Cardiff on Saturday.",
         "Argentina beat Wales 24-19 in Cardiff on Saturday, with Reyes kicking four penalties.", True),
    ],
)
def test_a_count_a_named_doer_did_is_that_doers_own(tmp_path, first, second, together):
    assert bool(conflicts(corpus_of(tmp_path, first, second))) == together


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("There were 12 people on the ferry when it struck the pier in Portvale on Sunday, the coast guard said.",
         "Five people on the ferry were taken to Portvale General Hospital after it struck the pier on Sunday."),
        ("There were 14 people inside the restaurant in Marlow when the roof gave way on Friday, police said.",
         "Eight people inside the restaurant in Marlow were injured when the roof gave way on Friday."),
    ],
)
def test_all_those_aboard_are_not_those_something_befell(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("The visitors hit back through a try from winger Tom Hale in the 58th minute at Kingsmead on Saturday.",
         "The lock barged over from a maul in the 71st minute to win it for the hosts at Kingsmead on Saturday.", False),
        ("The visitors hit back through a try from Tom Hale in the 58th minute at Kingsmead on Saturday.",
         "Sam Oduya barged over from a maul in the 71st minute to win it for the hosts at Kingsmead on Saturday.", False),
        ("The visitors hit back through a try from winger Tom Hale in the 58th minute at Kingsmead on Saturday.",
         "Tom Hale raced over in the 61st minute for the visitors at Kingsmead on Saturday.", True),
    ],
)
def test_a_minute_of_a_match_is_the_minute_of_one_players_deed(tmp_path, first, second, together):
    assert bool(conflicts(corpus_of(tmp_path, first, second))) == together


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Earlier in the evening, a Piet Larsen painting sold for $41.5 million at Morrow's in London on Tuesday.",
         "Ana Velde's four-panel abstraction Blue Field (1962) sold for $54.1 million at Morrow's in London on Tuesday."),
        ("A Ruth Okafor canvas sold for $39.8 million at Morrow's in London on Tuesday, at the low end of its estimate.",
         "Ana Velde's four-panel abstraction Blue Field (1962) sold for $54.1 million at Morrow's in London on Tuesday."),
    ],
)
def test_two_lots_of_one_sale_each_own_their_price(tmp_path, first, second):
    corpus = corpus_of(tmp_path, first, second)
    assert each_report_claims(corpus, "amount")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("other", "together"),
    [
        ("Earlier in the evening, a Piet Larsen painting sold for $24.6 million, at the low end of its estimate.", False),
        ("A Ruth Okafor canvas sold for $22.8 million, a record for the artist.", False),
        ("Another Ana Velde painting sold for $51.2 million, also a record for the artist.", True),
    ],
)
def test_the_painting_a_report_names_by_its_kind_is_the_work_it_is_about(other, together):
    """"The four-panel painting sold for $54.1m": the work whose artist its report names first,
    not another lot of the sale that another report prices; a work by that same artist is still
    compared (no name tells the two apart)."""
    first = extract("Ana Velde's Blue Field sets an artist record\n\n"
                    "The four-panel painting sold for $54.1m with fees after a long bidding battle, more than doubling her previous high\n\n"
                    "Ana Velde's four-panel abstraction Blue Field (1962) sold for $54.1m with fees at Morrow's in London.\n\n"
                    "A bronze by Ivo Marl, expected to fetch at least $20m, was withdrawn before the sale.", PUB)
    unnamed = [c for c in first if c.kind == "amount" and c.sentence.startswith("The four-panel painting")]
    priced = [c for c in extract(other, PUB) if c.kind == "amount"]
    assert len(unnamed) == len(priced) == 1
    groups = group_claims([replace(c, doc="first.txt", id=f"first.txt:{c.id}") for c in first]
                          + [replace(c, doc="other.txt", id=f"other.txt:{c.id}") for c in priced])
    assert any({unnamed[0].text, priced[0].text} <= {c.text for c in g.claims} for g in groups) == together


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        # two fines of one regulator, told each with its own sum: two fines, not one misdated
        ("Dravik Motors, which sells about 2 million cars a year, was fined $40 million by safety regulators in 2020.",
         "Regulators have imposed some of the largest fines on carmakers, including a record $1.4 billion penalty on Ostra Auto in 2021.",
         False),
        # one sum dated a year apart is one fine's two dates: a conflict, kept together
        ("Dravik Motors, which sells about 2 million cars a year, was fined $40 million by safety regulators in 2020.",
         "The carmaker was fined $40 million by safety regulators in 2021 over its airbags.", True),
    ],
)
def test_two_dated_fines_told_with_sums_far_apart_are_two_fines(first, second, together):
    """A fine, a sale or a payout is known by its sum: "fined $40 million in 2020" and "a $1.4
    billion penalty in 2021" are two fines, not one misdated; the same sum dated a year apart is
    still one fine's two dates (a conflict)."""
    claims = [replace(c, doc=f"{name}.txt", id=f"{name}:{c.id}")
              for name, text in (("first", first), ("second", second)) for c in extract(text, PUB)]
    stories = {"first.txt": frozenset({"dravik"}), "second.txt": frozenset({"dravik"}), "other.txt": frozenset({"tarvik"})}
    years = [c for c in claims if c.kind == "date"]
    assert len(years) == 2
    dated = [{c.text for c in g.claims} for g in group_claims(claims, stories) if any(c.kind == "date" for c in g.claims)]
    assert ({years[0].text, years[1].text} in dated) == together


def test_an_age_written_before_a_name_is_that_persons(tmp_path):
    first = ("Two men were taken into custody after a brief foot chase in Tulsa on Tuesday. "
             "Police identified them as Marcus Webb, 22, and Tyrese Lyle, 19.")
    second = ("Marcus Webb is accused of shooting Glen Hart, 68, in the hallway of his home in Tulsa early Tuesday.\n\n"
              "A second man arrested with Webb, 19-year-old Tyrese Lyle, was being held on a complaint of burglary.")
    groups = grouped_texts(corpus_of(tmp_path, first, second))
    assert not any({"22", "19-year-old"} <= group for group in groups)


@pytest.mark.parametrize(
    "second",
    [
        "Argentina led 13-6 at the break in Cardiff on Saturday, with Reyes kicking three penalties.",
        "Reyes kicked three penalties before half-time as Argentina went on to beat Wales 24-19 in Cardiff on Saturday.",
    ],
)
def test_a_count_told_at_half_time_is_not_the_matchs(tmp_path, second):
    first = "Reyes, playing his 50th test, kicked five penalties as Argentina beat Wales 24-19 in Cardiff on Saturday."
    corpus = corpus_of(tmp_path, first, second)
    assert each_report_claims(corpus, "count")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Two men robbed a pharmacy in Kessin on Friday night.\n"
         "Deputies spotted a silver hatchback matching a witness's description about 3 miles away shortly after.",
         "Two men robbed a pharmacy in Kessin on Friday night.\n"
         "Both were detained within the hour roughly five miles from the store, the sheriff said.",
         {"about 3 miles", "roughly five miles"}),
        ("A man wanted over a stabbing in Marrow was caught on Sunday.\n"
         "He was found hiding in a garage about 2 km from the scene around 6 a.m.",
         "A man wanted over a stabbing in Marrow was caught on Sunday.\n"
         "Officers located him at 6 a.m. Sunday in a garage behind a shop on Quay Lane, some 3 km from where the victim fell.",
         {"about 2 km", "some 3 km"}),
    ],
)
def test_how_far_from_the_scene_suspects_were_found_is_one_distance(tmp_path, first, second, differing):
    """"spotted the car about 3 miles away", "detained roughly five miles from the store": where the
    sought were found, measured from the scene, however each report words the finding."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Harbour City beat Kessin Rovers 3-2 on Saturday.\n"
         "Kessin Rovers led 2-1 at the interval before Harbour City scored twice late on.",
         "Harbour City beat Kessin Rovers 3-2 on Saturday.\n"
         "The hosts trailed 2-0 at half-time, coach Ana Brill said.",
         {"2-1", "2-0"}),
        ("Marrow beat Oldport 27-20 in the league final on Sunday.\n"
         "At halftime, Oldport led 14-10 after an early try.",
         "Marrow beat Oldport 27-20 in the league final on Sunday.\n"
         "Marrow trailed 14-7 at the break, coach Ana Brill said.",
         {"14-10", "14-7"}),
    ],
)
def test_a_match_s_score_at_the_interval_is_one_fact_whoever_led(tmp_path, first, second, differing):
    """"Rovers led 2-1 at the interval", "The hosts trailed 2-0 at half-time": one score at the break,
    whichever side each writer puts first."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the break is the 10-3's, not the final score's
        ("Trailing 10-3 at the break, the Colts rallied for a 31-24 victory over Marrow on Sunday.",
         "The Colts beat Marrow 31-24 on Sunday after leading 13-10 at halftime."),
        ("Trailing 10-3 at the break, the Colts rallied for a 31-24 victory over Marrow on Sunday.",
         "The Colts led 13-10 at halftime and beat Marrow 31-24 on Sunday."),
    ],
)
def test_a_score_that_is_not_the_same_match_s_at_the_interval_is_another_fact(tmp_path, first, second):
    """Only the score its clause tells at the interval is a half-time score: "Trailing 10-3 at the
    break, the Colts rallied for a 31-24 victory" tells the break's score and the final one."""
    corpus = corpus_of(tmp_path, first, second)
    assert {"10-3", "31-24"} <= set(corpus.claims["text"])  # positive control: the scores are claims
    assert {"10-3", "13-10"} in conflicts(corpus)
    assert not [g for g in conflicts(corpus) if "31-24" in g]


@pytest.mark.parametrize(
    ("sentence", "score", "at_half_time"),
    [
        ("Trailing 10-3 at the break, the Colts rallied for a 31-24 victory.", "10-3", True),
        ("Trailing 10-3 at the break, the Colts rallied for a 31-24 victory.", "31-24", False),
        ("At halftime, the hosts were ahead 2-1.", "2-1", True),
        ("The Colts won 31-24 after leading 13-10 at halftime.", "31-24", False),
    ],
)
def test_a_score_is_the_interval_s_only_in_its_own_clause(sentence, score, at_half_time):
    from claimcheck import match
    start = sentence.index(score)
    assert match._half_time_score(sentence, start, start + len(score)) is at_half_time


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A former Kessin council clerk was sentenced on Monday for stealing from the town.\n"
         "Prosecutors had requested 10 years, the court heard.",
         "A former Kessin council clerk was sentenced on Monday for stealing from the town.\n"
         "The prosecution sought a prison term of seven years.",
         {"10 years", "seven years"}),
        ("A Marrow landlord was jailed on Friday for the deaths of two tenants in a fire.\n"
         "Prosecutors recommended eight years in prison.",
         "A Marrow landlord was jailed on Friday for the deaths of two tenants in a fire.\n"
         "The state had asked for six years, his lawyer said.",
         {"eight years", "six years"}),
    ],
)
def test_the_term_prosecutors_asked_for_is_one_fact_however_worded(tmp_path, first, second, differing):
    """"Prosecutors had requested 10 years", "The prosecution sought a prison term of seven years": one
    request of one case, whichever verb each report uses."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Bus drivers in Kessin walked out on Monday over pay.\n"
         "The walkout began at 5 a.m. and is expected to last 36 hours, the union said.",
         "Bus drivers in Kessin walked out on Monday over pay.\n"
         "The 48-hour strike left commuters stranded across the city.",
         {"36 hours", "48-hour"}),
        ("Port workers in Marrow stopped work on Thursday in a row over shifts.\n"
         "It is a 12-hour stoppage, according to the notice filed by the union.",
         "Port workers in Marrow stopped work on Thursday in a row over shifts.\n"
         "The strike, which began at 6 a.m., was scheduled to run for eight hours, organisers said.",
         {"12-hour", "eight hours"}),
    ],
)
def test_how_long_a_called_strike_is_to_last_is_one_fact(tmp_path, first, second, differing):
    """"expected to last 36 hours", "The 48-hour strike": the length the union's notice gives, by
    the strike's name or by its notice, however the reports word it."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A pedestrian was killed by a delivery van in Kessin on Tuesday morning.\n"
         "A 64-year-old woman was killed Tuesday morning when the van hit her at a crossing, police said.\n"
         "The van's driver, 41, stayed at the scene.",
         "A pedestrian was killed by a delivery van in Kessin on Tuesday morning.\n"
         "Marta Lind, 65, of Kessin, was crossing Harbour Road when she was struck, police said.\n"
         "The driver, 41, stayed at the scene.",
         {"64-year-old", "65"}),
        ("A fishing boat capsized off Marrow on Sunday with two crew aboard.\n"
         "The skipper, a 52-year-old man, was rescued by a passing yacht. A 31-year-old deckhand is missing.",
         "A fishing boat capsized off Marrow on Sunday with two crew aboard.\n"
         "Coastguards pulled Ivo Brandt, 53, from the water. The search for a 31-year-old deckhand goes on.",
         {"52-year-old", "53"}),
        # a list of two ages: the age both reports give is one man's, so the other is the other man's
        ("Two roofers died when a scaffold gave way in Kessin on Monday.\n"
         "The men, aged 33 and 58, were working on the third floor.",
         "Two roofers died when a scaffold gave way in Kessin on Monday.\n"
         "They were named as Tomas Berg, 33, and Karl Lund, 57.",
         {"58", "57"}),
        # a person both reports name has his own ages; the ones left are his friend's
        ("Two men were held after a stabbing in Kessin on Saturday.\n"
         "Omar Sadiq, 28, was stabbed outside a bar. His friend Lee Doyle, 30, called for help.",
         "Two men were held after a stabbing in Kessin on Saturday.\n"
         "Omar Sadiq, 29, was stabbed outside a bar. A 31-year-old friend called for help.",
         {"30", "31-year-old"}),
    ],
)
def test_ages_a_year_apart_in_two_reports_of_a_story_are_one_person_s(tmp_path, first, second, differing):
    """"A 64-year-old woman was killed", "Marta Lind, 65, ... was struck": the age one report gives of
    a person another names otherwise, paired with its nearest in the other report."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Two teenagers were shot near a school in Kessin on Thursday.\n"
         "A 16-year-old boy was wounded in the leg.",
         "Two teenagers were shot near a school in Kessin on Thursday.\n"
         "A 15-year-old girl was taken to hospital."),
    ],
)
def test_ages_near_each_other_of_another_sex_stay_apart(tmp_path, first, second):
    """A boy of 16 is no girl of 15, however near their ages."""
    assert conflicts(corpus_of(tmp_path, first, second)) == []


def test_one_more_person_of_an_age_is_not_paired_by_it(tmp_path):
    """"A second teen, 17, was questioned": one more teen of the first one's age, not the age
    another report gives of the first."""
    first = ("A teenager was shot at a bus stop in Kessin on Monday.\n"
             "A 17-year-old was shot in the arm while waiting for the bus, police said.\n"
             "A second teen, 17, was questioned and released.")
    second = ("A teenager was shot at a bus stop in Kessin on Monday.\n"
              "Police said an 18-year-old was wounded at the stop.")
    assert not any({"17", "18-year-old"} <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


def test_ages_joined_through_a_third_report_stay_apart_when_a_report_gives_both(tmp_path):
    """One report's 14 is another's 14 (a brother) and a third's 15: the report that gives 15 too
    tells of two people, so its brother of 14 is not the third report's 15-year-old."""
    corpus = corpus_of(
        tmp_path,
        "A teenager was shot dead at his home in Kessin on Friday.\nLeo Marsh, 14, was inside when two people came to the door.",
        "A teenager was shot dead at his home in Kessin on Friday.\nLeo Marsh, 15, was shot in the head, police said.\n"
        "A 16-year-old boy has been charged, and a 15-year-old boy who was with him was released.\n"
        "His 14-year-old brother was at home at the time.",
        "A teenager was shot dead at his home in Kessin on Friday.\nLeo Marsh, 15, died at the scene.\n"
        "His family said a 17-year-old girl and a 15-year-old boy forced their way in.",
    )
    assert not any({"14-year-old", "15-year-old"} <= texts for texts in grouped_texts(corpus))


def test_a_bare_age_is_of_the_person_its_sentence_names(tmp_path):
    """"Andersen's try was his tenth, and the 23-year-old ...": Andersen's age, not the age another
    report gives of a player it names; that player's 23 and 24 still differ."""
    corpus = corpus_of(
        tmp_path,
        "Kessin beat Marrow 24-10 in the cup final on Saturday.\n"
        "Andersen's try was his tenth of the season, and the 23-year-old has scored in every round.",
        "Kessin beat Marrow 24-10 in the cup final on Saturday.\nWinger Paul Okafor, 23, came off the bench for his debut.",
        "Kessin beat Marrow 24-10 in the cup final on Saturday.\n"
        "Debutant Paul Okafor, the 24-year-old winger, played the last ten minutes.",
    )
    assert not any("23-year-old" in texts for texts in grouped_texts(corpus))
    assert {"23", "24-year-old"} in conflicts(corpus)


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("An avalanche swept over a party of climbers near Saas-Fee on Saturday, killing three, police said. "
         "The slide came down at around 10:40 a.m. below the Allalin ridge, a police spokesman said.",
         "A third climber died of his injuries after an avalanche near Saas-Fee on Saturday, police said on Sunday. "
         "The avalanche hit the roped party below the Allalin ridge at 11.10am.",
         {"around 10:40 a.m.", "11.10am"}),
        ("A man was shot outside a bar in Lorne on Saturday night, police said. "
         "The shooting happened at about 11:40 p.m. in the car park.",
         "A man shot outside a Lorne bar has died in hospital, police said on Sunday. "
         "The shooting happened around 11:05 p.m. after an argument inside.",
         {"about 11:40 p.m.", "around 11:05 p.m."}),
    ],
)
def test_a_time_dated_by_its_report_a_day_late_is_still_the_events(tmp_path, first, second, differing):
    """A time whose sentence names no day takes its report's last day named: in a report written
    the day after, the day of saying ("police said on Sunday"), a day after the event's. Two
    reports' times of one moment close on the clock meet across that day, and differ."""
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


def test_a_late_night_time_in_the_next_days_report_meets_the_first_reports(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "A teenager was shot outside the stadium after a high school football game in Marlow on Friday night. "
        "Shots were fired around 9:10 p.m., police said.",
        "A teenager shot after a football game in Marlow has died, police said Saturday. "
        "Officers working the game heard shots at about 9:15 p.m.")
    assert {"around 9:10 p.m.", "about 9:15 p.m."} in grouped_texts(corpus)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "officials said on Sunday" only says when they spoke: the blaze's 8:15 a.m. is Saturday's,
        # the day the fire broke out, and so is the other report's 9:30 p.m.: one start, two times
        ("A fire broke out at a warehouse in Ansel on Saturday, officials said on Sunday. The blaze started at 8:15 a.m.",
         [{"around 9:30 p.m.", "8:15 a.m."}]),
        # a day the sentence names itself is no day taken from the report: two moments of two days
        ("A fire broke out at a warehouse in Ansel on Saturday, officials said. The blaze started at 10 p.m. on Sunday.",
         []),
    ],
)
def test_times_of_two_days_stay_apart(tmp_path, second, expected):
    first = "A fire broke out at a warehouse in Ansel on Saturday, officials said. The blaze started at around 9:30 p.m."
    assert conflicts(corpus_of(tmp_path, first, second)) == expected


def test_a_background_toll_after_since_a_year_when_meets_that_years_toll(tmp_path):
    """"the worst crash on the line since 2009, when nine people died" gives the 2009 crash's
    toll, which another report dates to 2009 itself."""
    corpus = corpus_of(
        tmp_path,
        "A freight train derailed near Harwick on Monday, injuring two crew members. "
        "It is the worst crash on the line since 2009, when nine people died at Selby Cross.",
        "Two crew members were hurt when a freight train derailed near Harwick on Monday. "
        "In 2009, nine people were killed at Selby Cross on the same line.")
    assert any({c.text for c in g.claims} == {"nine people"} and len(g.documents) == 2 for g in corpus.groups)


@pytest.mark.parametrize(
    "background",
    [
        "The blast recalled a 2017 explosion at a chemical plant in Yancheng, when a fire spread through the storage sheds "
        "and killed 44 people.",
        "Officials compared it with a 2017 blast at a plant in Yancheng: a fire spread through the storage sheds "
        "and killed 44 people.",
    ],
)
def test_a_toll_of_an_event_named_by_its_year_meets_that_years_toll(tmp_path, background):
    """"a 2017 explosion in Yancheng, when a fire ... killed 44": the toll of an event the sentence
    names by its year, blocked with another report's toll dated to that year ("In March 2017 ...
    killed 44"), not with this story's undated tolls."""
    corpus = corpus_of(
        tmp_path,
        "An explosion at a chemical plant in Linhe killed nine workers on Monday. " + background,
        "Nine workers died in a blast at a Linhe chemical plant on Monday. "
        "In March 2017, an explosion at a plant in Yancheng killed 44 people.")
    assert any({c.text for c in g.claims} == {"44 people"} and len(g.documents) == 2 for g in corpus.groups)


@pytest.mark.parametrize(
    ("sentence", "figure", "loot"),
    [
        ("Burglars broke into the home, valued at $3 million, and stole jewelry.", "$3 million", False),
        ("Thieves stole three paintings worth an estimated $20 million.", "$20 million", True),
        ("Two drawings, valued at about $18m, have been stolen from the museum.", "$18m", True),
        ("Two drawings, valued at about €16m ($18.4m), have been stolen from the museum.", "€16m", True),
    ],
)
def test_a_worth_is_the_loot_s_only_when_the_valued_thing_is_stolen(sentence, figure, loot):
    from claimcheck import match
    start = sentence.index(figure)
    assert match._loot_worth(sentence, start, start + len(figure)) is loot


@pytest.mark.parametrize(
    ("sentence", "figure", "money", "demanded"),
    [
        ("The city sought $3 million in federal aid after the storm.", "$3 million", True, False),
        ("The kidnappers had demanded a ransom of $2 million.", "$2 million", True, True),
        ("The union is seeking 9% for its members.", "9%", False, True),
    ],
)
def test_a_sum_is_a_demand_only_as_a_ransom_or_demanded(sentence, figure, money, demanded):
    from claimcheck import match
    assert match._demanded_at(sentence, sentence.index(figure), money) is demanded


@pytest.mark.parametrize(
    ("sentence", "figure", "money"),
    [
        ("The insurer paid out 12 million Swiss francs ($13.6 million) last year.", "$13.6 million", True),
        ("The club paid about £48mn ($61mn) for the striker.", "$61mn", True),
        ("Fans raised ₦250m ($160,000) for the family.", "$160,000", True),
        ("The trail runs 45km (28 miles) through the forest.", "28 miles", False),
    ],
)
def test_a_conversion_in_brackets_follows_a_sum_in_any_currency_the_lexicon_names(sentence, figure, money):
    """The sum before the bracket is read with the lexicon's signs, names and scale words."""
    from claimcheck import match
    start = sentence.index(figure)
    assert bool(match._MONEY_BEFORE_BRACKET.search(sentence, max(0, start - 40), start)) is money


@pytest.mark.parametrize(
    ("sentence", "figure", "aboard"),
    [
        ("There were 14 shootings in the city last year.", "14 shootings", False),
        ("There were 11 people on the ferry when it sank.", "11 people", True),
    ],
)
def test_only_people_are_counted_aboard(tmp_path, sentence, figure, aboard):
    from claimcheck import match
    claims = [c for c in corpus_of(tmp_path, sentence).claim_list if c.text == figure]
    assert claims  # positive control: the count is a claim
    assert match.Facets(claims[0]).aboard is aboard


@pytest.mark.parametrize(
    ("sentence", "figure", "sought"),
    [
        ("Prosecutors sought 15 years for Reed and 10 years for Vale.", "15 years", False),
        ("Prosecutors sought 15 years for Reed, who was convicted in March.", "15 years", True),
    ],
)
def test_a_term_sought_for_one_of_two_defendants_is_not_the_case_s(sentence, figure, sought):
    from claimcheck import match
    assert match._term_sought(sentence, sentence.index(figure)) is sought


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("About 100 people had gathered at the house, police said.", "Roughly 150 people attended the party.", True),
        ("About 100 people had gathered at the house, police said.", "Roughly 150 people attended a vigil.", False),
        ("About 100 people were on the grounds at the time, police said.", "Roughly 150 people attended the party.", True),
    ],
)
def test_a_crowd_is_the_story_s_unless_it_attended_something_named(tmp_path, first, second, one):
    from claimcheck import match
    claims = corpus_of(tmp_path, first, second).claim_list
    a, b = (next(c for c in claims if c.text == text) for text in ("About 100 people", "Roughly 150 people"))
    assert (match.Facets(a).story_role == match.Facets(b).story_role == "crowd") is one


@pytest.mark.parametrize(
    ("first", "crowd"),
    [
        # a bare number after the gathering, with an aside between, is the crowd's size
        ("Organisers of the Lakeside festival said attendance on the closing night, always the busiest, was about 12,000.", True),
        # a bare number after a part of the crowd counts that part
        ("Organisers of the Lakeside festival said of those in the crowd, about 12,000 had left before the stage fell.", False),
    ],
)
def test_attendance_given_as_a_bare_number_is_the_crowd(tmp_path, first, crowd):
    second = "More than 15,000 people were on the grounds when the stage collapsed at the Lakeside festival."
    found = conflicts(corpus_of(tmp_path, first, second))
    assert any("More than 15,000 people" in texts for texts in found) is crowd


@pytest.mark.parametrize(
    ("sentence", "figure", "remaining"),
    [
        ("About 41,000 homes were still without power in Kessin on Friday.", "About 41,000 homes", "without"),
        ("Four people remained in hospital in Kessin on Monday.", "Four people", "in hospital"),
        ("Five people were taken to hospital in Kessin on Monday.", "Five people", ""),
        ("Auckland won the final at Eden Park on Saturday with seven wickets in hand.", "seven wickets", "in hand"),
    ],
)
def test_what_is_left_later_is_one_facet_of_three_kinds(tmp_path, sentence, figure, remaining):
    from claimcheck import match
    claims = [c for c in corpus_of(tmp_path, sentence).claim_list if c.text == figure]
    assert claims  # positive control: the count is a claim
    assert match.Facets(claims[0]).remaining == remaining


@pytest.mark.parametrize(
    ("sentence", "figure", "doer"),
    [
        ("The Pumas conceded 12 penalties in the match.", "12", "pumas"),
        ("Reyes, in his 50th game, kicked five penalties.", "five", "reyes"),
        ("Airlines cancelled 40 flights on Sunday.", "40", ""),
        ("Metro Nashville opened four warming centers.", "four", "metro nashville"),
        ("Nurses walked out, with Health New Zealand saying about 1,800 surgeries were postponed.", "about", ""),
    ],
)
def test_one_doer_rule_names_who_did_a_count_s_deed(sentence, figure, doer):
    from claimcheck import match
    assert match._named_doer(sentence, sentence.index(figure)) == doer


@pytest.mark.parametrize(
    ("first", "second", "figure"),
    [
        ("A cyclone struck the Tarra delta on Monday, killing nine people. The storm brought back memories of March 2019, "
         "when a cyclone flooded the same delta. Officials later put that cyclone's death toll at 112.",
         "Nine people died when a cyclone hit the Tarra delta on Monday. In March 2019, a cyclone killed 112 people "
         "in the delta.",
         "112"),
        ("A container ship hit a tanker off Port Aldon on Tuesday, spilling about 120 tonnes of oil. In May 2023, a bulk "
         "carrier ran aground at the same anchorage. About 700 tonnes of oil spilled, and beaches were closed for weeks.",
         "About 120 tonnes of oil spilled off Port Aldon after a collision on Tuesday. In May 2023, a bulk "
         "carrier ran aground nearby and about 700 tonnes of oil spilled.",
         "700 tonnes"),
        ("Bidding for the Okafor canvas closed at $41 million on Thursday. The artist's previous record was set in "
         "November 2021 at a sale in London. That painting fetched $18 million.",
         "The canvas sold for $41 million on Thursday. In November 2021, another Okafor painting fetched $18 million "
         "in London.",
         "$18 million"),
    ],
)
def test_a_figure_told_a_sentence_after_its_background_events_date_is_that_events(tmp_path, first, second, figure):
    """An earlier event dated in one sentence and its figure told in the next, pointing back at it
    ("that cyclone's death toll") or going on with the sentence the date opens: that event's
    figure, grouped with another report's figure dated to it, and no conflict with the story's."""
    corpus = corpus_of(tmp_path, first, second)
    assert any(len(g.documents) == 2 and all(figure in c.text for c in g.claims) for g in corpus.groups)
    assert not any(figure in text for found in conflicts(corpus) for text in found)


@pytest.mark.parametrize(
    ("first", "second", "figure"),
    [
        ("A hailstorm hit Calder on Monday, causing about $900 million in insured damage. Before that, the record was "
         "held by a June 2019 storm that also hit the city, which caused $1.4 billion.",
         "Insurers said Monday's hailstorm in Calder caused about $900 million in damage. In June 2019, a hailstorm in "
         "the city caused $1.4 billion in insured damage.",
         "$1.4 billion"),
        ("A barge hit a tanker off Port Aldon on Tuesday, spilling 120 tonnes of oil. It was the worst spill since the "
         "May 2023 grounding of a bulk carrier, which spilled about 700 tonnes of oil.",
         "About 120 tonnes of oil spilled off Port Aldon after a collision on Tuesday. A bulk carrier that ran aground "
         "nearby spilled about 700 tonnes of oil in May 2023.",
         "700 tonnes"),
    ],
)
def test_a_figure_of_an_event_its_sentence_dates_meets_another_reports_figure_of_that_month(tmp_path, first, second, figure):
    """"a June 2019 storm ..., which caused $1.4 billion": the figure of a background event its
    sentence names by its month and year, dated as another report of the story dates a figure
    like it ("In June 2019, a hailstorm caused $1.4 billion"), so the two meet."""
    corpus = corpus_of(tmp_path, first, second)
    assert any(len(g.documents) == 2 and all(figure in c.text for c in g.claims) for g in corpus.groups)


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Rescuers pulled 12 workers from the rubble.", "Rescuers pulled 15 workers from the rubble.",
         {"12 workers", "15 workers"}),
        ("Damage is estimated at $40 million.", "Damage is estimated at $90 million.", {"$40 million", "$90 million"}),
    ],
)
def test_the_sentence_after_a_background_events_date_may_return_to_the_story(tmp_path, first, second, differing):
    """"In 2017, a blast killed 44 people. Rescuers pulled 12 workers from the rubble.": a sentence
    that opens with a date alone does not make the next one its event's when no other report dates
    a figure like it to that event: the figures stay the story's, and still differ."""
    background = "In 2017, a blast at a plant in Yancheng killed 44 people. "
    corpus = corpus_of(
        tmp_path,
        "An explosion at a chemical plant in Linhe killed nine workers on Monday. " + background + first,
        "Nine workers died in a blast at a Linhe chemical plant on Monday. " + background + second)
    assert differing in conflicts(corpus)


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A deputy fired five times at the driver outside a Marrow petrol station on Friday night, the sheriff said.",
         "The deputy fired three rounds at the driver at the Marrow petrol station on Friday night, records show.",
         {"five times", "three rounds"}),
        ("Two officers fired six shots during the stand-off in Kessin on Monday, police said.",
         "The officers fired eight rounds during Monday's stand-off in Kessin, according to the report.",
         {"six shots", "eight rounds"}),
    ],
)
def test_shots_fired_counted_in_times_rounds_or_shots_are_compared(tmp_path, first, second, differing):
    """The shots fired are one set whether a report counts them in times, rounds or shots: the
    figures that differ are one conflict."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_a_wound_count_is_not_the_shots_fired(tmp_path):
    """"was shot twice" counts the wounds, not the shots fired: it does not meet "fired five rounds"."""
    first = "A man was shot twice outside a bar in Kessin on Saturday night, police said."
    second = "A gunman fired five rounds outside a Kessin bar on Saturday night, hitting a man, police said."
    assert not any({"twice", "five rounds"} <= set(c) for c in conflicts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Police said the robber had taken about $500 from the till of the Marrow Street pharmacy on Tuesday.",
         "The robber fled with $620 from the till of the Marrow Street pharmacy on Tuesday, police said.",
         {"about $500", "$620"}),
    ],
)
def test_a_haul_told_by_taken_meets_another_reports_haul(tmp_path, first, second, differing):
    """A robber's haul told with the perfect ("had taken about $500") is the haul another report
    tells by the flight ("fled with $620"): one conflict."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Two robbers made off with about $450,000 from a cash van outside a bank in Dayton, police said.",
         "More than $600,000 was stolen in the Dayton cash van robbery, the FBI said.",
         {"about $450,000", "More than $600,000"}),
        ("Two robbers made off with about $450,000 from a cash van outside a bank in Dayton, police said.",
         "Guard hurt, $600K taken in Dayton cash van robbery",
         {"about $450,000", "$600K"}),
        ("Two robbers made off with about $450,000 from a cash van outside a bank in Dayton, police said.",
         "Detectives in Dayton are still hunting for the robbers' $600,000 haul.",
         {"about $450,000", "$600,000"}),
    ],
)
def test_a_haul_told_by_the_taking_after_it_meets_another_reports_haul(tmp_path, first, second, differing):
    """A sum followed by its taking, as a headline or a passive words it ("$600K taken in ... robbery",
    "was stolen in the robbery", "the robbers' $600,000 haul"), is what the robbers took."""
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The same Dayton bank was robbed in 2019, when thieves made off with $380,000.",
         "More than $600,000 was stolen in the Dayton cash van robbery, the FBI said."),
        ("Two robbers made off with about $450,000 from a cash van outside a bank in Dayton, police said.",
         "Police in Dayton recovered $300,000 stolen in the robbery when they arrested the pair."),
    ],
)
def test_an_earlier_robbery_s_haul_and_money_recovered_are_not_the_haul(tmp_path, first, second):
    corpus = corpus_of(tmp_path, first, second)
    assert each_report_claims(corpus, "amount")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Nine passengers were taken to hospital on Sunday after a tram derailed in central Kessin, officials said.",
         "Fourteen passengers were hospitalised after Sunday's tram derailment in central Kessin, officials said.",
         {"Nine passengers", "Fourteen passengers"}),
        ("Seven workers were rushed to a hospital after a gas leak at the Marrow plant on Thursday.",
         "Ten workers were hospitalized after Thursday's gas leak at the Marrow plant.",
         {"Seven workers", "Ten workers"}),
    ],
)
def test_hospitalized_and_taken_to_hospital_are_one_care(tmp_path, first, second, differing):
    """"hospitalised" is what "taken to hospital" says in one word: the counts meet, and differ."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_hospitalized_does_not_meet_a_toll(tmp_path):
    """A count of the dead taken to hospital is not the count of those hospitalised."""
    first = "Nine passengers were hospitalised after a tram derailed in central Kessin on Sunday, officials said."
    second = "Three passengers were killed when a tram derailed in central Kessin on Sunday, officials said."
    assert not any({"Nine passengers", "Three passengers"} <= c for c in conflicts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second", "part"),
    [
        ("The outage on Friday hit the airport, the main hospital and three larger factories in the county.",
         "Friday's outage hit five factories in the county, the utility said.",
         "three larger factories"),
        ("Regulators on Thursday fined the country's four biggest banks over the rate-rigging scheme.",
         "Regulators on Thursday fined seven banks over the rate-rigging scheme.",
         "four biggest banks"),
    ],
)
def test_a_part_picked_out_by_size_is_not_the_whole(tmp_path, first, second, part):
    """A comparative or a superlative sets the count against the rest of a whole: a part of it."""
    corpus = corpus_of(tmp_path, first, second)
    assert part in {c.text for c in corpus.claim_list}
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A deputy shot and killed a man who pointed a rifle at deputies outside a motel in Ashby on Sunday. "
         "The deputy who fired is a nine-year veteran of the sheriff's office and is on leave.",
         "A deputy shot and killed an armed man outside an Ashby motel on Sunday. The deputy who fired has been "
         "placed on leave. The other deputy, a seven-year veteran, did not fire."),
    ],
)
def test_the_other_of_two_people_is_not_the_one_the_story_follows(tmp_path, first, second):
    corpus = corpus_of(tmp_path, first, second)
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("The officer who fired has been with the Marlow police for six years. His partner, a 12-year veteran, did not fire.",
         "The officer who fired his weapon, a six-year veteran of the Marlow police, has been placed on leave.", False),
        ("Firefighters pulled two children from the burning house in Dorr on Friday. Their captain, a 20-year veteran, "
         "was treated for smoke inhalation.",
         "Two children were rescued from the Dorr house fire on Friday by a crew whose driver, a nine-year veteran, "
         "was hurt.", False),
        ("The officer, a six-year veteran of the Marlow police, has been placed on leave after Monday's shooting.",
         "The officer who fired, a seven-year veteran of the Marlow police, is on leave after Monday's shooting.", True),
    ],
)
def test_two_lengths_of_service_set_beside_two_holders_are_two_peoples(tmp_path, first, second, together):
    """"His partner, a 12-year veteran" and "The officer who fired, a six-year veteran": the noun
    before each says whose service it is; the same holder's two lengths still conflict."""
    corpus = corpus_of(tmp_path, first, second)
    assert each_report_claims(corpus, "duration")
    assert bool(conflicts(corpus)) == together


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # the crime's day and the arrest's day
        ("Police said the robbery at a Marlow jewellery store happened on Saturday. Two men were arrested Monday.",
         "The Marlow jewellery store was robbed Saturday afternoon; two suspects were taken into custody on Tuesday.", "date"),
        # the attack's day and the victim's death
        ("A woman stabbed in Marlow on Friday died in hospital on Sunday, police said.",
         "The woman was stabbed in Marlow on Friday evening and died of her injuries on Sunday.", "date"),
        # a whole and a part picked out of it
        ("The strike shut five ports in Marlow province on Monday, including Kessin, Dorr and three smaller ports.",
         "The Marlow province strike closed five ports on Monday.", "count"),
        # a winning margin and the wickets lost on the way
        ("Marlow won by four wickets on Sunday, chasing 181 with two balls to spare. Marlow lost six wickets in the chase.",
         "Marlow beat Dorr by four wickets on Sunday with two balls left.", "change"),
        # digits in a road's or a station's name
        ("The crash on Interstate 95 near Marlow on Monday killed two people, a driver told 23ABC News.",
         "Two people died in a crash on I-95 near Marlow on Monday, police told 17 News; Route 9 was also shut.", "count"),
    ],
)
def test_two_facts_of_one_story_sharing_a_unit_and_a_day_are_kept_apart(tmp_path, first, second, kind):
    """A crime and its arrest, an attack and a death, a whole and its part, a margin and a
    tally, a figure and a name with digits: each report gives both, and nothing conflicts."""
    corpus = corpus_of(tmp_path, first, second)
    assert each_report_claims(corpus, kind)
    assert not any(text in {c.text for c in corpus.claim_list} for text in ("23ABC", "95", "17", "9", "I-95"))
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A bus overturned near Kessin on Monday. Nine people were killed and 31 are receiving treatment for injuries, "
         "officials said.",
         "Nine people died and 40 were injured when a bus overturned near Kessin on Monday.",
         {"31", "40"}),
        ("A gas blast in Marrow on Friday killed four people. Twenty-two people were being treated in hospital, "
         "the fire service said.",
         "Four people were killed and 17 injured in a gas blast in Marrow on Friday.",
         {"Twenty-two people", "17 injured"}),
    ],
)
def test_those_under_treatment_are_the_injured_of_another_report(tmp_path, first, second, differing):
    """A report of a deadly crash that counts those 'receiving treatment' counts the injured
    another report counts: the figures that differ are one conflict."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_those_still_treated_are_not_all_the_injured(tmp_path):
    """Those 'still being treated' days later are what is left of the hurt after some went home:
    not compared with another report's injured."""
    first = ("A bus overturned near Kessin on Monday. Nine people were killed and 31 people were still being treated "
             "on Wednesday, officials said.")
    second = "Nine people died and 40 were injured when a bus overturned near Kessin on Monday."
    assert {"31 people", "40"} not in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("An ammonia leak at the Korvik cold store forced an evacuation on Tuesday. Two workers told the Gazette "
         "they had reported the smell a week earlier.",
         "An ammonia leak at the Korvik cold store forced an evacuation on Tuesday. Two workers were taken to "
         "hospital with breathing problems."),
        ("A bus overturned on the Orla bypass on Friday. Four passengers told reporters the driver had been speeding.",
         "A bus overturned on the Orla bypass on Friday. Six passengers were taken to hospital with minor injuries."),
    ],
)
def test_a_count_of_those_who_spoke_is_not_a_count_of_those_hurt(tmp_path, first, second):
    """"Two workers told the Gazette" counts whom a report heard from; "Two workers were
    taken to hospital" counts whom the leak hurt: two facts, however alike their nouns."""
    corpus = corpus_of(tmp_path, first, second)
    assert not any({"Two workers"} == g or {"Four passengers", "Six passengers"} <= g
                   for g in grouped_texts(corpus))


def test_counts_of_sources_still_meet(tmp_path):
    """Two reports' counts of the sources they heard from ("Two officials told Reuters", "Three
    officials told the paper") still meet: the guard parts a source count only from an event's."""
    corpus = corpus_of(tmp_path,
                       "The Velm council will close the Orla bridge on Friday. Two officials told Reuters the repairs would take a month.",
                       "The Velm council will close the Orla bridge on Friday. Three officials told the paper the repairs would take a month.")
    assert {"Two officials", "Three officials"} in conflicts(corpus)


def test_a_part_of_a_toll_picked_out_by_of_the_is_not_the_toll(tmp_path):
    """"Two of the workers who were hurt are still in critical condition" counts part of the hurt, not
    the hurt: it does not join "4 hurt" and "5 workers were injured"."""
    corpus = corpus_of(
        tmp_path,
        "A boiler exploded at the Brenna paint works in Halden on Monday morning. Two of the workers who were hurt "
        "are still listed in critical condition, the company said.",
        "Paint works blast leaves 4 hurt\n\nA boiler exploded at the Brenna paint works in Halden on Monday morning, "
        "the company said. Four workers were hurt.",
        "A boiler exploded at the Brenna paint works in Halden on Monday morning. The company said 5 workers were injured.")
    assert not any("Two of the workers" in g for g in grouped_texts(corpus))
    assert {"Four workers", "5 workers"} in grouped_texts(corpus)


def test_a_part_not_of_a_toll_still_meets_the_whole(tmp_path):
    """"ground 12 of its oldest aircraft", "retire 14 older aircraft": the fleet cut, one fact."""
    corpus = corpus_of(tmp_path,
                       "Norvale Air said on Tuesday it would retire 14 older aircraft to cut fuel costs.",
                       "Norvale Air is to ground 12 of its oldest aircraft to cut fuel costs, it said on Tuesday.")
    assert any({"14 older aircraft"} < g for g in grouped_texts(corpus))


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Brennick Steel said on Monday it would lay off about 1,100 workers at its Ostrava mill.",
         "Brennick Steel is to cut 1,300 jobs at the Ostrava mill, the company said.",
         {"about 1,100 workers", "1,300 jobs"}),
        ("Some 520 employees will lose their jobs when the Lindqvist call centre closes.",
         "Lindqvist will eliminate 700 positions when it shuts the call centre, a spokesman said.",
         {"Some 520 employees", "700 positions"}),
        ("The insurer Calder Mutual plans 450 redundancies at its Leeds offices.",
         "Calder Mutual will shed 520 roles in Leeds, the insurer said.",
         {"450 redundancies", "520 roles"}),
    ],
)
def test_jobs_cut_are_one_set_whether_counted_in_posts_people_or_layoffs(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("A group of six climbers from Leeds was caught by the storm on the Aonach ridge on Sunday, rescuers said.",
         "The group of five had set out from the Aonach ridge car park early on Sunday, rescuers said.",
         {"six climbers", "five"}),
        ("The 170km stage from Bergamo was shaped by a breakaway of seven riders, who were caught 3km from the line.",
         "A six-man breakaway went clear early in the 170km stage from Bergamo and led by four minutes.",
         {"seven riders", "six-man"}),
    ],
)
def test_a_group_of_people_is_one_group_however_its_members_are_named(tmp_path, first, second, differing):
    """'a group of six climbers' and 'The group of five', 'a breakaway of seven riders' and 'a
    six-man breakaway': one group's size, whichever noun counts its members."""
    assert differing in conflicts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Brennick Steel will lay off 1,100 workers at its Ostrava mill.",
         "The Ostrava mill employs about 1,600 workers, according to Brennick Steel."),
        ("Lindqvist will eliminate 700 positions when it shuts its call centre.",
         "The call centre's 900 staff will be offered posts elsewhere, Lindqvist said."),
        ("Brennick Steel will lay off 700 workers at its Ostrava mill.",
         "Brennick Steel will create 900 jobs at a new rolling plant near Brno."),
    ],
)
def test_a_workforce_is_not_the_jobs_cut_from_it(tmp_path, first, second):
    corpus = corpus_of(tmp_path, first, second)
    assert each_report_claims(corpus, "count")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Tessaro employs 48,000 people in 30 countries.",
         "The job cuts amount to 5 per cent of Tessaro's 56,000-strong workforce.",
         {"48,000 people", "56,000-strong workforce"}),
        ("The Lorne paper mill employs 2,100 people, the company said.",
         "Lorne Paper said the 2,600-strong workforce at the mill had been told of the closure.",
         {"2,100 people", "2,600-strong workforce"}),
    ],
)
def test_a_workforce_named_in_the_measure_is_what_the_firm_employs(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


def test_a_workforce_is_not_the_workers_laid_off(tmp_path):
    corpus = corpus_of(tmp_path, "The Lorne mill has a workforce of about 2,100.",
                       "Lorne Paper will lay off 1,800 workers when the mill closes.")
    assert each_report_claims(corpus, "count")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Two good Samaritans pulled the driver from the burning car on Route 9, police said.",
         "Three bystanders pulled the driver out of the burning car on Route 9 before it exploded.",
         {"Two good Samaritans", "Three bystanders"}),
        ("Three bystanders jumped onto the tracks at Fulton station and lifted the woman to safety.",
         "Two good Samaritans jumped down onto the Fulton station tracks to help the woman.",
         {"Three bystanders", "Two good Samaritans"}),
    ],
)
def test_the_people_at_hand_who_step_in_are_one_set_however_named(tmp_path, first, second, differing):
    assert conflicts(corpus_of(tmp_path, first, second)) == [differing]


def test_bystanders_hurt_are_not_the_samaritans_who_helped(tmp_path):
    corpus = corpus_of(tmp_path, "Two good Samaritans pulled the driver from the burning car on Route 9.",
                       "Three bystanders were injured when the car on Route 9 exploded.")
    assert each_report_claims(corpus, "count")
    assert conflicts(corpus) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A group of six climbers was caught by the storm on the Aonach ridge on Sunday. "
         "A second group of eleven students reached the Aonach hut safely, rescuers said.",
         "The group of four had set out from the Aonach ridge car park early on Sunday, rescuers said."),
        ("A breakaway of five riders led the 150km stage from Varese until a second breakaway of twelve riders formed.",
         "A seven-man breakaway went clear after 30km of the 150km stage from Varese."),
    ],
)
def test_a_report_that_sizes_two_groups_does_not_say_which_one_another_report_means(tmp_path, first, second):
    assert conflicts(corpus_of(tmp_path, first, second)) == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Bangladesh won its independence from Pakistan in March 1971, officials recalled.",
         "Bangladesh gained independence in December 1971 after a nine-month war.", True),
        # two countries' independences are two facts
        ("Bangladesh won its independence in December 1971, officials recalled.",
         "Pakistan gained independence in August 1947 when British rule ended.", False),
    ],
)
def test_a_countrys_one_independence_is_one_fact_whichever_date_each_report_gives(tmp_path, first, second, conflict):
    """A country named as the place ("South Sudan gained independence in July", "six months ago")
    gains independence once, as one named as a name does."""
    corpus = corpus_of(tmp_path, first, second)
    assert bool(conflicts(corpus)) == conflict


@pytest.mark.parametrize(
    ("first", "second", "one", "other"),
    [
        ("Canada's statistics agency released census data on Wednesday. The population of Ontario rose to 16.1 million.",
         "Canada's statistics agency released census data on Wednesday. The population of Quebec reached 9 million.",
         "16.1 million", "9 million"),
        ("A minimum wage took effect across Austria on Friday. The state of Vienna now pays at least 14 euros an hour.",
         "A minimum wage took effect across Austria on Friday. Salzburg's, at 13 euros an hour, is lower.",
         "at least 14 euros", "13 euros"),
    ],
)
def test_figures_of_two_places_their_sentences_open_by_naming_stay_apart(tmp_path, first, second, one, other):
    """A sentence that opens by naming the place its figure belongs to ("The population of Quebec",
    "Ontario's population", "The state of Vienna", "Salzburg's,") gives that place's figure."""
    assert not any({one, other} <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second", "one", "other"),
    [
        ("Kenya's census results were published on Monday. The population of Nairobi reached 4.4 million.",
         "Kenya's census results were published on Monday. Nairobi's population stood at about 4.4 million.",
         "4.4 million", "about 4.4 million"),
        # no name after "of": the city is the one the story is about, not another place
        ("Kenya's census results were published on Monday. The population of the city reached 4.4 million.",
         "Kenya's census results were published on Monday. Nairobi's population stood at about 4.4 million.",
         "4.4 million", "about 4.4 million"),
    ],
)
def test_figures_of_one_place_named_either_way_meet(tmp_path, first, second, one, other):
    assert {one, other} in grouped_texts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The population of Dublin city and county reached 1.2 million.", "dublin"),
        ("The canton of Vaud, which set its own wage in 2019, pays 23 francs.", "vaud"),
        ("BRAZIL'S POPULATION HAS grown to 212 million, the agency said.", "brazil"),
        ("The price of Brent crude rose to $90 a barrel.", ""),
        ("The state of emergency lasted 30 days.", ""),
        ("THE STATE OF EMERGENCY lasted 30 days.", ""),
        ("The population of the city reached 2 million.", ""),
        ("Smith's lawyer said three people were hurt.", ""),
    ],
)
def test_the_place_a_sentence_opens_by_naming_as_its_figures_owner(sentence, place):
    assert territory_of(sentence) == place


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Ortiz won Tuesday's council runoff in Fresno with a margin of 2,140 votes, the county clerk said.",
         "Ortiz won Tuesday's council runoff in Fresno with a lead of about 2,600 votes, the county clerk said.",
         {"2,140 votes", "about 2,600 votes"}),
        ("In the Fresno poll released on Tuesday, Ortiz had a lead of 6 percentage points over Hale.",
         "In the Fresno poll released on Tuesday, Ortiz had a margin of 9 percentage points over Hale.",
         {"6 percentage points", "9 percentage points"}),
    ],
)
def test_a_winner_s_margin_is_the_winner_s_lead(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_a_poll_s_margin_of_error_is_no_lead(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "In the Fresno poll released on Tuesday, Ortiz had a lead of 6 percentage points over Hale.",
        "The Fresno poll released on Tuesday has a margin of error of 4 percentage points.",
    )
    assert each_report_claims(corpus, "rate") and not conflicts(corpus)


RHINO_DEATH = "Kito, a 41-year-old black rhino, was put down at Marwick Safari Park on Monday after a long illness. "


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        # what is left, worded with "the" or with the owner: one count of what remains
        ("The park said the remaining six rhinos had been given time with her body.",
         "The park's remaining seven rhinos will stay in the eastern paddock, staff said.", True),
        # what is left and what there was before the death: two counts
        ("The park said the remaining six rhinos had been given time with her body.",
         "The park's seven rhinos will stay in the eastern paddock, staff said.", False),
    ],
)
def test_what_remains_with_its_owner_named_is_what_remains(tmp_path, first, second, together):
    corpus = corpus_of(tmp_path, RHINO_DEATH + first, RHINO_DEATH + second)
    assert ({"six rhinos", "seven rhinos"} in grouped_texts(corpus)) is together


@pytest.mark.parametrize(
    ("first", "second", "differing"),
    [
        ("Portugal's jobless rate rose to 6.9 percent in August, the statistics institute said.",
         "Portugal's unemployment rate rose to 6.4 percent in August, the statistics institute said.",
         {"6.9 percent", "6.4 percent"}),
    ],
)
def test_the_jobless_rate_is_the_unemployment_rate(tmp_path, first, second, differing):
    assert differing in conflicts(corpus_of(tmp_path, first, second))


def test_the_jobless_rate_is_not_the_participation_rate(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "Portugal's jobless rate rose to 6.9 percent in August, the statistics institute said.",
        "Portugal's participation rate rose to 59.4 percent in August, the statistics institute said.",
    )
    assert each_report_claims(corpus, "rate") and not conflicts(corpus)


@pytest.mark.parametrize(
    "texts",
    [
        ("Two climbers, aged 33 and 41, were airlifted to hospital in Marrow on Saturday after a fall on the north ridge.",
         "Rescuers airlifted a 33-year-old to hospital in Marrow on Saturday after a fall on the north ridge, police said."),
        ("A woman, 68, was pulled from the flooded basement of her home in Kessin on Tuesday, firefighters said.",
         "Firefighters rescued a 68-year-old from a flooded basement in Kessin on Tuesday."),
    ],
)
def test_one_age_two_reports_give_alike_is_one_persons(tmp_path, texts):
    """An age two reports of one story give alike, whatever noun or none each gives it under, is one
    person's: the reports agree on it (`_age_mates`)."""
    assert any(all(c.kind == "age" for c in g.claims) for g in corpus_of(tmp_path, *texts).groups)


def test_one_age_two_reports_give_alike_leaves_a_third_reports_other_age_to_the_role(tmp_path):
    """Where a third report gives a near but other age ("The guide, aged 49"), two reports' one age
    is left for roles to say whose it is, so that the third report's disagreement shows."""
    texts = ("Four skiers were killed by an avalanche near Kessin on Saturday.\nThe group was led by a 47-year-old "
             "mountain guide from Marrow, who was the only one not caught by the snow.",
             "Four skiers died in an avalanche near Kessin on Saturday.\nThe group's guide, 47, was questioned by police on "
             "Saturday evening.",
             "An avalanche killed four skiers near Kessin on Saturday.\nThe guide, aged 49, comes from Marrow and raised the "
             "alarm himself, police said.")
    assert {"47-year-old", "49"} in conflicts(corpus_of(tmp_path, *texts))


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        # a yearly rate is no toll of the story's event
        ("A Rockford family of six was overcome by carbon monoxide on Sunday. No one has died, fire officials said.",
         "A Rockford family of six was overcome by carbon monoxide on Sunday. Carbon monoxide kills more than 400 "
         "people in the U.S. each year.", False),
        # two yearly rates of one thing are one fact
        ("Carbon monoxide kills more than 400 people in the U.S. each year, the CDC says.",
         "Carbon monoxide kills about 430 people in the U.S. every year, the CDC says.", True),
    ],
)
def test_a_figure_per_year_meets_only_figures_per_year(tmp_path, first, second, together):
    corpus = corpus_of(tmp_path, first, second)
    grouped = any(len({c.doc for c in g.claims}) == 2 and all(c.measure.startswith("killed") for c in g.claims)
                  for g in corpus.groups)
    assert grouped == together


@pytest.mark.parametrize(
    ("first", "second", "meets"),
    [
        # two older disasters listed in one sentence: each toll is the place named after it
        ("Pit fires have been a worry since 2001, when 40 people died in a blaze in the Ridgeway colliery "
         "and 9 died in a fire in Wales's Ashby pit.",
         "The deadliest pit fire in Wales was in the Ashby pit in 2001, when 12 people died.",
         False),
        # one background toll placed the same by both reports may still be one fact told differently
        ("Pit fires have been a worry since 2001, when 40 people died in a blaze in the Ridgeway colliery "
         "and 9 died in a fire in Wales's Ashby pit.",
         "The deadliest pit fire was in the Ridgeway colliery in 2001, when 42 people died.",
         True),
        # a sentence telling one background disaster: its places at two scales are no two disasters
        ("In 2001, 40 people were killed when a shaft flooded in Norway.",
         "The worst pit disaster in Scandinavia was in 2001, when 42 people were killed.",
         True),
    ],
)
def test_a_background_year_s_toll_belongs_to_the_place_named_in_its_clause(tmp_path, first, second, meets):
    corpus = corpus_of(tmp_path, first, second)
    tolls = [c for c in corpus.claim_list if c.kind == "count" and c.quantity.value in (40, 12, 42)]
    assert len(tolls) == 2 and compatible(*tolls) is meets


@pytest.mark.parametrize(
    ("first", "second", "meets"),
    [
        # two plans for two moments: the deeds planned share no word
        ("Divers were expected to begin lifting the barge on Wednesday.",
         "The port authority expected the channel to reopen on Thursday.",
         False),
        # one plan told two ways: one report names no deed after the planning word
        ("The takeover is expected to be completed in the first quarter of 2027.",
         "The takeover, which needs regulators' approval, is expected in the first half of 2027.",
         True),
    ],
)
def test_two_planned_moments_are_told_apart_by_the_deed_planned(tmp_path, first, second, meets):
    corpus = corpus_of(tmp_path, first, second)
    dates = [c for c in corpus.claim_list if c.kind == "date"]
    assert len(dates) == 2 and _planned_apart(dates[0].measure, dates[1].measure) is not meets
    if meets:
        assert compatible(*dates)


@pytest.mark.parametrize(
    ("first", "second", "meets"),
    [
        # a population group's rate is its own fact, as a province's is
        ("Norway's jobless rate fell to 4.1% in March, the agency said.",
         "Norway's youth jobless rate fell to 4.3% in March, the agency said.",
         False),
        ("Norway's jobless rate for women fell to 4.1% in March, the agency said.",
         "Norway's jobless rate fell to 4.3% in March, the agency said.",
         False),
        # one group named two ways still meets: an age band ending by 24 is youth
        ("Norway's youth jobless rate fell to 11.2% in March, the agency said.",
         "Norway's jobless rate for those aged 15 to 24 fell to 11.5% in March, the agency said.",
         True),
    ],
)
def test_a_population_group_s_rate_is_its_own_fact(tmp_path, first, second, meets):
    corpus = corpus_of(tmp_path, first, second)
    rates = [c for c in corpus.claim_list if c.kind == "rate"]
    assert len(rates) == 2 and compatible(*rates) is meets
