"""Match: which claims from different documents state the same fact."""

import random
from datetime import date
from pathlib import Path

import pytest

import claimcheck
from claimcheck.match import compatible, distance_from, group_claims, measures_match
from claimcheck.measure import story_keys

PUB = date(2026, 3, 2)


def corpus_of(tmp_path: Path, *texts: str) -> claimcheck.Corpus:
    for i, text in enumerate(texts):
        (tmp_path / f"doc{i}.txt").write_text(text, encoding="utf-8")
    return claimcheck.load(tmp_path, published=PUB)


def grouped_texts(corpus: claimcheck.Corpus) -> list[set[str]]:
    return [{c.text for c in g.claims} for g in corpus.groups]


def conflicts(corpus: claimcheck.Corpus) -> list[set[str]]:
    return [{c.text for c in f.group.claims} for f in corpus.findings if f.verdict == "conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("According to customs data, bilateral trade between Chile and Peru reached $9.3 billion in 2025.",
         "Chile-Peru trade reached $9.1 billion in 2025, officials in Lima said."),
        ("Exports to Japan rose to $14.2 billion in 2024, customs said.",
         "Japan-bound exports hit $14.2 billion in 2024."),
        ("In Turkmenistan, authorities said turnout reached 93.87 percent.",
         "In Turkmenistan, the government said 90 per cent of eligible voters had participated."),
    ],
)
def test_same_fact_in_different_words_is_one_group(tmp_path, first, second):
    corpus = corpus_of(tmp_path, first, second)
    assert len(corpus.groups) == 1
    assert len(corpus.groups[0].documents) == 2


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        ("Chile's exports to Peru reached $4.1 billion in 2025.",
         "Chile's imports from Peru reached $5.2 billion in 2025.", "exports vs imports"),
        ("Trade between Chile and Peru reached $9.3 billion in 2025.",
         "Chile's trade surplus with Peru reached $1.2 billion in 2025.", "trade vs trade surplus"),
        ("In the first quarter of 2025, Chile-Peru trade totaled $2.2 billion.",
         "Chile-Peru trade reached $9.1 billion in 2025.", "a quarter vs the full year"),
        ("Chile-Peru trade reached $7.5 billion in 2022.",
         "Chile-Peru trade reached $9.1 billion in 2025.", "2022 vs 2025"),
        ("Chile-Peru trade reached $9.1 billion in 2025.",
         "Chile-Bolivia trade reached $2.3 billion in 2025.", "different pairs of countries"),
        ("Trade reached 9.1 billion euros in 2025, the ministry said.",
         "Trade reached $9.1 billion in 2025, the ministry said.", "different currencies"),
    ],
)
def test_different_facts_never_share_a_group(tmp_path, first, second, why):
    corpus = corpus_of(tmp_path, first, second)
    assert corpus.groups == [], why


def test_two_events_on_the_same_day_stay_apart(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "President Maria Lopez held talks with Chancellor Hans Weber on Wednesday in Madrid.",
        "President Maria Lopez held talks with Chancellor Hans Weber on Wednesday.",
        "Chancellor Hans Weber opened a car factory on Wednesday in Leipzig.",
    )
    assert len(corpus.groups) == 1
    assert {c.doc for c in corpus.groups[0].claims} == {"doc0.txt", "doc1.txt"}


def test_unrelated_stories_do_not_pool_their_casualty_counts(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "A gunman in Springfield killed five people at a shopping mall, police chief Ann Ross said.",
        "An air strike on a Gaza school killed 40 people, UN official John Ging said.",
    )
    assert corpus.groups == []


def test_a_sentence_never_states_one_fact_twice(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "The quake was centred 23 miles north of Santa Rosa and two miles east of The Geysers.",
        "Seismologists said the quake was centred 23 miles north of Santa Rosa.",
    )
    for group in corpus.groups:
        sentences = [(c.doc, c.sentence_start) for c in group.claims]
        assert len(sentences) == len(set(sentences))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("trade", "overall trade", True),
        ("export", "import", False),
        ("trade", "trade surplus", False),
        ("killed", "injured", False),
        ("visitor arrival", "visitor arrival hotel", True),
        ("won lead", "lead", True),  # "won by a margin of 3,612 votes", "a lead of about 4,100 votes"
        ("poll lead error", "poll lead", False),  # a poll's margin of error is no lead
    ],
)
def test_measures_match(a, b, same):
    assert measures_match(a, b) is same


def test_grouping_does_not_depend_on_input_order(tmp_path):
    corpus = claimcheck.load(Path(__file__).resolve().parent.parent / "data")
    expected = [(g.id, [c.id for c in g.claims]) for g in corpus.groups]
    claims = list(corpus.claim_list)
    stories = {d.id: story_keys(d) for d in corpus.read}
    for seed in range(5):
        random.Random(seed).shuffle(claims)
        shuffled = group_claims(claims, stories)
        assert [(g.id, sorted(c.id for c in g.claims)) for g in shuffled] == [
            (gid, sorted(ids)) for gid, ids in expected
        ]


def test_a_document_does_not_contradict_itself(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "In this raid the INS Sukanya seized 12 magazines off Aden. Over five raids the INS Sukanya "
        "has seized 31 magazines.",
        "The INS Sukanya seized 12 magazines in the raid off Aden, officials in Mumbai said.",
    )
    (group,) = corpus.groups
    assert sorted(c.text for c in group.claims) == ["12 magazines", "12 magazines"]


def test_figures_four_times_apart_are_different_facts(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "An air strike on the Jabaliya school killed 40 people, Jabaliya officials said.",
        "Jabaliya residents said the war has killed more than 600 people.",
    )
    assert corpus.conflicts == []


def test_a_date_only_one_outlet_gives_does_not_split_a_count(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "Police in Dayton said a gunman killed three people on Saturday.",
        "Police in Dayton said a gunman killed four people.",
    )
    (finding,) = corpus.findings
    assert finding.verdict == "conflict"
    assert {c.text for c in finding.group.claims} == {"three people", "four people"}


def test_counts_with_different_verbs_stay_apart(tmp_path):
    corpus = corpus_of(
        tmp_path,
        "Off Aden, Indian commandos captured three boats; two boats escaped.",
        "Off Aden, Indian commandos captured three boats, the Indian navy said.",
    )
    (group,) = corpus.groups
    assert {c.measure for c in group.claims} == {"captured"}


def test_counts_of_one_noun_in_one_story_group_whatever_the_verb(tmp_path):
    (tmp_path / "a.txt").write_text("Somali pirates near Eyl are holding nearly 300 crewmen.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Somali pirates near Eyl still hold more than 300 crewmen to ransom.\n", encoding="utf-8")
    corpus = claimcheck.load(tmp_path)
    assert [f.verdict for f in corpus.findings] == ["conflict"]


def test_counts_that_contrast_stay_apart_even_of_one_noun(tmp_path):
    (tmp_path / "a.txt").write_text("Troops in Jabaliya killed 40 fighters on Tuesday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Troops in Jabaliya wounded 55 fighters on Tuesday.\n", encoding="utf-8")
    assert claimcheck.load(tmp_path).findings == []


def test_one_storys_times_of_day_on_one_day_are_one_fact(tmp_path):
    (tmp_path / "a.txt").write_text("Sudanese planes bombed the Yida refugee camp at 2:53 p.m. on Nov. 10, 2011.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Four bombs were dropped on Yida camp at 3:20 p.m. on Nov. 10, 2011, Samaritan's Purse said.\n",
                                    encoding="utf-8")
    corpus = claimcheck.load(tmp_path)
    times = [f for f in corpus.findings if f.group.claims[0].kind == "time"]
    assert [f.verdict for f in times] == ["conflict"]


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        ("Off Aden, the Indian navy captured 23 pirates on Saturday.",
         "Off Aden, the Indian navy captured 12 Somali and 11 Yemeni pirates on Saturday.",
         "a part of a breakdown is not the total"),
        ("In Jabaliya, Israeli shelling killed 40 people and wounded 55 others on Tuesday.",
         "In Jabaliya, Israeli shelling wounded 100 people on Tuesday.",
         "the others are not all the wounded"),
        ("In Overland, police seized two shotguns and three other guns.",
         "In Overland, police seized five guns.", "the other guns are not all the guns"),
        ("In Waterbury, two of the three victims died, local news said.",
         "In Waterbury, four victims were taken to hospital.", "the whole a part is taken from"),
        ("Off Aden, the navy boarded two of the pirate vessels on Thursday.",
         "Off Aden, the navy boarded five merchant vessels on Thursday.", "nouns as modifiers name different sets"),
        ("Off Aden, five pirate boats attacked on Thursday; two of them managed to escape.",
         "Off Aden, five pirate boats attacked on Thursday and three boats were captured.",
         "a subset named by its verb is not the set"),
        ("In Jacksonville, Manning completed his first 17 passes on Thursday.",
         "In Jacksonville, Manning completed 25 passes on Thursday.", "the first ones of a series vs all"),
        ("In Detroit, Davis has been charged with one count of involuntary manslaughter.",
         "In Detroit, Davis has been charged with three counts of second-degree child abuse.",
         "counts of different charges"),
        ("In Izmit, the quake killed 40 people, officials said.",
         "In Izmit, a similar quake in 1999 killed 65 people.", "a background event named by its year"),
        ("In Troy, the gunman killed one person and wounded two others on Monday.",
         "In Troy, police recalled that in February a gunman killed three people at a mall.",
         "a background event named by its month"),
        ("In Gaza, two Hamas militants were among the dead on Tuesday.",
         "In Gaza, Israel broke the truce on 4 November 2008, when troops raided Gaza and killed six Hamas gunmen.",
         "a 'when' clause takes the date before it"),
        ("In Jacksonville, the Colts won their eighth straight game.",
         "In Jacksonville, the Colts have won nine games this season.", "a place in a series vs a total"),
        ("In Gaza, five Israeli soldiers lost their lives on Wednesday.",
         "In Gaza, three of the four Israeli soldiers killed on Wednesday died when a tank fired on a building.",
         "a share of a set it names vs the whole"),
        ("In Jacksonville, the Colts beat the host Jaguars, 31-24, on Thursday night.",
         "In Jacksonville, with the score tied 24-24, the Jaguars could not finish off the Colts on Thursday.",
         "a score on the way is not the final score"),
    ],
)
def test_counts_of_different_sets_of_one_noun_stay_apart(tmp_path, first, second, why):
    corpus = corpus_of(tmp_path, first, second)
    assert corpus.findings == [] or all(f.verdict == "agree" for f in corpus.findings), why


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Off Aden, the Indian navy captured 12 Somali and 11 Yemeni pirates on Saturday.",
         "Off Aden, the Indian navy captured 12 Somali pirates, officials said."),
        ("In Jabaliya, Israeli shelling killed 40 people and wounded 55 others on Tuesday.",
         "In Jabaliya, shelling killed 40 people and wounded 55 others, medics said."),
        ("Off Aden, the navy intercepted five suspicious boats on Thursday.",
         "Off Aden, the navy intercepted five pirate boats on Thursday."),
        ("In Overland, the teenager was home with his three other brothers.",
         "In Overland, the teenager was home with his two older brothers."),
    ],
)
def test_counts_of_the_same_set_still_meet(tmp_path, first, second):
    corpus = corpus_of(tmp_path, first, second)
    assert any(len(g.documents) == 2 for g in corpus.groups)


def test_the_casualty_word_after_the_noun_says_what_happened(tmp_path):
    corpus = corpus_of(tmp_path, "In Little Rock, the shooting left two people dead and five people wounded.")
    assert {(c.text, c.measure) for c in corpus.claim_list} == {("two people", "killed"), ("five people", "injured")}


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Police said 5-year-old Mariah Davis shot herself on February 26 in her grandparents' home in Detroit.",
         "On February 24, a 9-year-old boy found a handgun in Detroit and shot himself.", False),
        ("Police said 5-year-old Mariah Davis shot herself on February 26 in her grandparents' home in Detroit.",
         "On February 27, 5-year-old Mariah Davis shot herself at her grandparents' home in Detroit.", True),
    ],
)
def test_a_dated_event_befalling_another_victim_is_another_event(tmp_path, first, second, same):
    corpus = corpus_of(tmp_path, first, second)
    dated = [g for g in corpus.groups if g.claims[0].kind == "date"]
    assert bool(dated) == same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Police said Demontez Jones shot himself on February 27 in Overland.",
         "Police said Demontez Jones was home alone on February 25 when the tragedy occurred.", True),
        ("Police said Demontez Jones shot himself on February 27 in Overland.",
         "Police said Demontez Jones was home alone on February 25 when the incident happened.", True),
        ("Police said Demontez Jones shot himself on February 27 in Overland.",
         "Police said Demontez Jones was hurt on February 25 in a separate incident.", False),
    ],
)
def test_the_incident_is_the_event_the_story_reports(tmp_path, first, second, same):
    corpus = corpus_of(tmp_path, first, second)
    dated = [g for g in corpus.groups if g.claims[0].kind == "date"]
    assert bool(dated) == same
    assert all(g.label.startswith("shooting") for g in dated)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("President Salva Kiir said the bombing of Guffa in Upper Nile state on February 24 killed seven.",
         "The February 25 bombings in Upper Nile state sparked condemnation from the State Department.", True),
        ("The Indian Navy thwarted a pirate attack in the Gulf of Aden on Thursday.",
         "INS Sukanya foiled a pirate attack in the Gulf of Aden on Friday, capturing 26 brigands.", True),
        ("The Indian Navy thwarted a pirate attack off Aden on Thursday.",
         "The U.S. Navy's 5th Fleet said Somali pirates attacked a tanker on Friday.", False),
        ("President Maria Lopez met Chancellor Hans Weber on February 24.",
         "President Maria Lopez met President Ana Silva on February 25.", False),
    ],
)
def test_outlets_name_different_places_and_actors_of_one_attack(tmp_path, first, second, same):
    corpus = corpus_of(tmp_path, first, second)
    dated = [g for g in corpus.groups if g.claims[0].kind == "date"]
    assert bool(dated) == same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("South Sudan gained independence in July 2025 under a peace deal.",
         "South Sudan gained its independence from Sudan 9 months ago, ending a long civil war.", True),
        ("Police said Demontez Jones shot himself in July 2025 in Overland.",
         "Police said Demontez Jones shot himself 9 months ago in Overland.", False),
    ],
)
def test_an_event_that_happens_once_is_one_event_however_far_apart_its_dates(tmp_path, first, second, same):
    corpus = corpus_of(tmp_path, first, second)
    dated = [g for g in corpus.groups if g.claims[0].kind == "date"]
    assert bool(dated) == same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Detroit prosecutors charged the mother of a 4-year-old who shot himself in the hand Nov. 2, 2025.",
         "Detroit prosecutors charged the mother of a 4-year-old boy who shot himself in the hand on Nov. 11, 2025.",
         True),
        ("Detroit prosecutors charged the mother of a 4-year-old who shot himself in the hand Nov. 2, 2025.",
         "On April 24, a 4-year-old boy was shot and injured while riding a bicycle, Detroit police said.", False),
        ("Detroit police said a gunman shot a man on the porch Nov. 2, 2025.",
         "Detroit police said a gunman shot a man on the porch on Nov. 11, 2025.", False),
    ],
)
def test_a_victims_age_identifies_a_misdated_event(tmp_path, first, second, same):
    corpus = corpus_of(tmp_path, first, second)
    dated = [g for g in corpus.groups if g.claims[0].kind == "date"]
    assert bool(dated) == same


def test_one_place_spelt_two_ways_is_one_place(tmp_path):
    corpus = corpus_of(tmp_path,
                       "In Gaza, three shells hit Fakhura, a UN school in the Jabalya camp, at about 3pm on Tuesday.",
                       "In Gaza, the Israeli attack came on the UN school in the Jabaliya camp at 3.45pm on Tuesday.")
    (finding,) = [f for f in corpus.findings if f.verdict == "conflict"]
    assert {c.text for c in finding.group.claims} == {"about 3pm", "3.45pm"}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Jabaliya", "Jabalya", True), ("Fahora", "Fakhora", True), ("Gaddafi", "Qaddafi", False),
     ("Smith", "Smyth", False), ("Lang", "Long", False)],
)
def test_same_name(a, b, same):
    from claimcheck.match import same_name

    assert same_name(a, b) is same


def test_times_of_day_in_undated_reports_meet_only_on_a_day_written_alike(tmp_path):
    (tmp_path / "a.txt").write_text("Near The Geysers, the earthquake struck at 9:27 a.m. on Sunday, the USGS said.")
    (tmp_path / "b.txt").write_text("Near The Geysers, the earthquake struck at 2:09 a.m. on Thursday, the USGS said.")
    (tmp_path / "c.txt").write_text("Near The Geysers, the earthquake struck at 9:30 a.m. on Sunday, residents said.")
    (tmp_path / "d.txt").write_text("Near The Geysers, the earthquake struck at 7:30 a.m., residents said.")
    corpus = claimcheck.load(tmp_path)  # no publication dates: the days stay weekdays, or unknown
    times = [{c.text for c in g.claims} for g in corpus.groups if g.claims[0].kind == "time"]
    assert times == [{"9:27 a.m.", "9:30 a.m."}]


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        # one duration, one distance, one mass in two units: one fact
        ("Play at Royal Troon was suspended for 45 minutes as lightning neared.",
         "Play at Royal Troon was suspended for nearly an hour as lightning neared.",
         {"45 minutes", "nearly an hour"}),
        ("The yacht sank about 30 nautical miles off Cork, the Irish coast guard said.",
         "The yacht sank some 50 kilometres off Cork, the Irish coast guard said.",
         {"about 30 nautical miles", "some 50 kilometres"}),
    ],
)
def test_one_quantity_in_two_units_is_one_fact(tmp_path, first, second, together):
    corpus = corpus_of(tmp_path, first, second)
    assert grouped_texts(corpus) == [together], grouped_texts(corpus)


def test_two_units_far_apart_that_only_words_join_are_two_things(tmp_path):
    """A mine's deepest tunnels and the depth of a fall share the word "tunnel", not the fact: in
    two units, figures more than UNIT_RATIO apart meet only where a rule names the fact."""
    corpus = corpus_of(tmp_path, "The Limpopo mine is among the deepest in Africa, with tunnels reaching about 4 km underground.",
                       "A rockfall caused a section of tunnel to collapse 1,300 metres below the surface at the Limpopo mine, "
                       "the operator said.")
    assert not any({"about 4 km", "1,300 metres"} <= group for group in grouped_texts(corpus)), grouped_texts(corpus)


def test_a_conversion_in_brackets_meets_no_other_unit(tmp_path):
    """ "2 km (1.2 miles)": the figure before the brackets stands for the fact; the converted one,
    rounded by the writer, is no figure of its own to meet another report's in another unit."""
    corpus = corpus_of(tmp_path, "The ash column over Mount Ruang rose 2 km (1.2 miles) into the sky, the agency said.",
                       "The ash column over Mount Ruang rose to about 1,900 metres above the crater rim.")
    claims = {c.text: c for c in corpus.claim_list}
    assert compatible(claims["2 km"], claims["about 1,900 metres"])
    assert not compatible(claims["1.2 miles"], claims["about 1,900 metres"])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a ton may be a tonne, a US short ton or a British long ton: not converted
        ("Customs officers at Rotterdam seized 2 tons of cocaine hidden in fruit, police said.",
         "Customs officers at Rotterdam seized 2,500 kilograms of cocaine hidden in fruit, police said."),
        # money is never converted
        ("The Rotterdam port authority paid a fine of 2 million euros, officials said.",
         "The Rotterdam port authority paid a fine of $2.5 million, officials said."),
    ],
)
def test_units_that_do_not_convert_stay_apart(tmp_path, first, second):
    assert corpus_of(tmp_path, first, second).groups == []


def test_sums_given_again_in_another_currency_are_not_compared(tmp_path):
    corpus = corpus_of(tmp_path,
                       "Italian prosecutors said a ransom of 3 million euros ($3.3 million) was paid to free the "
                       "aid worker Marco Ferri in Mali.",
                       "A ransom of about €4m ($4.4m) was paid to free Marco Ferri, the Italian aid worker held in "
                       "Mali, newspapers reported.")
    assert grouped_texts(corpus) == [{"3 million euros", "about €4m"}]  # not the dollars again


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("The quake struck 30 km south of the city of Tarnow at a depth of 10 km, the survey said.",
         "Its epicentre lay 35km (22 miles) south of Tarnow, 15 km underground, seismologists said.",
         {"30 km", "35km"}),
        ("The plane came down in the Tekapo valley at 2,000 metres, about 12 km from the nearest hamlet, rescuers said.",
         "Wreckage was spotted in the Tekapo valley roughly 8 miles from Lake Tekapo hamlet, at 1,800 metres.",
         {"about 12 km", "roughly 8 miles"}),
    ],
)
def test_distances_from_one_place_are_one_fact(tmp_path, first, second, together):
    assert together in grouped_texts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("The surfer was bitten about 100 metres offshore at dawn.", "about 100 metres", ("", frozenset(), "shore")),
        ("He was about 50 metres from the beach when he was attacked.", "about 50 metres", ("", frozenset(), "shore")),
        ("The epicentre was 40 km north-east of the town of Huancara in Ayacucho.", "40 km",
         ("northeast", frozenset({"Huancara"}), "huancara")),
        ("The ash rose 2 km into the sky.", "2 km", None),
    ],
)
def test_the_place_a_distance_is_from(sentence, figure, place):
    start = sentence.index(figure)
    assert distance_from(sentence, start, start + len(figure)) == place


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        # two directions from one town
        ("The quake struck 30 km south of the city of Tarnow at a depth of 10 km, the survey said.",
         "Tremors damaged homes 35km north of Tarnow; the quake was 10 km deep, seismologists said.",
         {"30 km", "35km"}),
        # far apart: two things around one city, not one distance
        ("The warehouse, with a 300-metre loading bay, stands about 10 miles east of Leeds.",
         "Hours later, a motorist 30 miles east of Leeds spotted the van and called police after a 5-mile drive.",
         {"about 10 miles", "30 miles"}),
    ],
)
def test_distances_from_one_place_that_are_two_facts(tmp_path, first, second, apart):
    assert all(not apart <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("At Wimbledon, rain halted play for 40 minutes in the afternoon, the referee said.",
         "Play at Wimbledon was suspended for almost an hour while the covers went on.",
         {"40 minutes", "almost an hour"}),
        ("Services on the Victoria line were disrupted for about 45 minutes after a signal fault.",
         "Victoria line trains were stopped for more than an hour at Brixton, commuters said.",
         {"about 45 minutes", "more than an hour"}),
        ("The Arndale centre was locked down for about 70 minutes as armed officers searched it.",
         "Armed police kept the Arndale centre in lockdown for nearly two hours, shoppers said.",
         {"about 70 minutes", "nearly two hours"}),
    ],
)
def test_durations_of_one_stoppage_are_one_fact(tmp_path, first, second, together):
    assert together in grouped_texts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        # what was halted is not what was shut
        ("The trains at Brixton were halted for about 45 minutes after a signal fault, commuters said.",
         "The station at Brixton was closed for more than an hour after a signal fault, commuters said.",
         {"about 45 minutes", "more than an hour"}),
        # a delay is no stoppage: the flight flew
        ("The flights at Gatwick were delayed for up to two hours by the fog, the airport said.",
         "The flights at Gatwick were suspended for 90 minutes by the fog, the airport said.",
         {"up to two hours", "90 minutes"}),
    ],
)
def test_durations_of_two_stoppages_stay_apart(tmp_path, first, second, apart):
    assert all(not apart <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("Snowflakes the size of coins fell for about 40 minutes over the hills near Ardmore on Monday.",
         "Forecasters said snow fell for nearly an hour near Ardmore, closing the mountain road.",
         {"about 40 minutes", "nearly an hour"}),
        ("Ash as fine as flour fell for about three hours on the village of Tarrow, residents said.",
         "Officials said ash fell for more than four hours across Tarrow, grounding flights.",
         {"about three hours", "more than four hours"}),
        ("The riot at Harwell jail lasted about six hours before guards took back the wing, officials said.",
         "Guards regained control of the Harwell jail wing after nearly eight hours of clashes with inmates.",
         {"about six hours", "nearly eight hours"}),
        ("The climber was flown to Innsbruck, where she underwent a five-hour operation on Sunday.",
         "Surgeons in Innsbruck operated on her for about seven hours, the clinic said on Sunday.",
         {"five-hour", "about seven hours"}),
        ("Officers said the toddler was left in the hot car for about five hours outside a Mesa clinic.",
         "The little boy was inside the vehicle for more than seven hours while his father worked in Mesa.",
         {"about five hours", "more than seven hours"}),
        # what lasted named past the place's name, before "that lasted", before "of", or ended by a surrender
        ("Deputies arrested the man on Sunday, ending a standoff that lasted about nine hours in Colbert.",
         "The suspect in the 12-hour Colbert standoff was booked into jail on Monday, deputies said.",
         {"about nine hours", "12-hour"}),
        ("A man who fired at deputies from his Colbert home surrendered after more than 12 hours, police said.",
         "He gave up on Sunday morning after a siege of about nine hours at the Colbert house.",
         {"more than 12 hours", "about nine hours"}),
        # the event called by what it was like: "a five-hour thriller" is the game's hours of play
        ("Ostrova beat Lind in a five-hour thriller in Bergen on Friday to lead the final 3-2.",
         "Lind resigned in Bergen on Friday after more than six hours of play, ending game five.",
         {"five-hour", "more than six hours"}),
    ],
)
def test_durations_of_one_thing_that_lasted_are_one_fact(tmp_path, first, second, together):
    """The verb of lasting ("fell for", "burned for") and the head of what lasted ("snowflakes", "snow")."""
    assert together in grouped_texts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        # what lasted is not the same thing
        ("The rain at Ardmore fell for about 40 minutes on Monday, forecasters said.",
         "The snow at Ardmore fell for nearly an hour on Monday, forecasters said.",
         {"about 40 minutes", "nearly an hour"}),
        # a total of hours is no length of what lasted; nor is a siege an operation
        ("Negotiators spent a total of 12 hours on the phone with the man in Colbert, deputies said.",
         "The wounded deputy was in theatre for a total of nine hours at Colbert General, deputies said.",
         {"12 hours", "nine hours"}),
        ("The man gave up after a siege of about nine hours at his Colbert home, deputies said.",
         "The wounded deputy underwent a 12-hour operation at Colbert General, deputies said.",
         {"about nine hours", "12-hour"}),
        # a stoppage inside the event is not its length
        ("Ostrova beat Lind in a five-hour thriller in Bergen on Friday to lead the final 3-2.",
         "Play in Bergen was halted for about 40 minutes on Friday after a power cut, organisers said.",
         {"five-hour", "about 40 minutes"}),
    ],
)
def test_durations_of_two_things_that_lasted_stay_apart(tmp_path, first, second, apart):
    assert all(not apart <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("Calder is a seven-year veteran of the department and works the night shift in Eastfield.",
         "Calder, who has been with the agency for eight years, was released from Mercy Hospital on Friday.",
         {"seven-year", "eight years"}),
    ],
)
def test_lengths_of_one_persons_service_are_one_fact(tmp_path, first, second, together):
    """"a seven-year veteran of the office", "has been with the office for eight years": one service."""
    assert together in grouped_texts(corpus_of(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        # two people's service
        ("Deputy Ruth Calder, who was shot in the arm, is a seven-year veteran of the sheriff's office.",
         "Deputy Omar Haines, who has been with the sheriff's office for eight years, was not hurt.",
         {"seven-year", "eight years"}),
        # time served for a crime is no service
        ("Calder is a seven-year veteran of the sheriff's office, officials said.",
         "Calder was released from prison in 2020 after serving eight years for robbery.",
         {"seven-year", "eight years"}),
    ],
)
def test_lengths_of_two_services_stay_apart(tmp_path, first, second, apart):
    assert all(not apart <= texts for texts in grouped_texts(corpus_of(tmp_path, first, second)))


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("Kosgei pulled away from Abebe over the last two miles and won by 41 seconds in Chicago.",
         "Kosgei crossed the line in Chicago 45 seconds ahead of Abebe, officials said.",
         {"41 seconds", "45 seconds"}),
        ("Moreau attacked on the final climb to win the fourth stage by 9 seconds, the organisers said.",
         "Moreau soloed to victory on the fourth stage, 11 seconds clear of the chasing group.",
         {"9 seconds", "11 seconds"}),
    ],
)
def test_a_winners_margin_is_one_fact(tmp_path, first, second, together):
    assert together in grouped_texts(corpus_of(tmp_path, first, second))


def test_a_losers_gap_is_no_winners_margin(tmp_path):
    corpus = corpus_of(tmp_path, "Kosgei won the Chicago race by 41 seconds, officials said.",
                       "Abebe finished the Chicago race in second place, 55 seconds behind the champion.")
    assert all(not {"41 seconds", "55 seconds"} <= texts for texts in grouped_texts(corpus))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A man robbed the Elm Street pharmacy in Marrow on Friday night. Police said the robber took about $1,200.",
         "A man robbed the Elm Street pharmacy in Marrow on Friday night. Officers said he made off with less than $900."),
        ("Two men robbed a jewellery shop in Kessin on Monday. They fled with an estimated $40,000 in rings.",
         "Two men robbed a jewellery shop in Kessin on Monday. The robbers stole $55,000 in rings and watches."),
        # "left with" a sum and "took ... and left on foot": a taking, not what a cut leaves
        ("A man robbed the Elm Street pharmacy in Marrow on Friday night. Police said the robber took about $1,200.",
         "A man robbed the Elm Street pharmacy in Marrow on Friday night. The robber left with less than $900."),
        ("A man robbed the Elm Street pharmacy in Marrow on Friday night. Police said the robber took about $1,200.",
         "A man robbed the Elm Street pharmacy in Marrow on Friday night. He took less than $900 and left on foot."),
    ],
)
def test_the_sum_a_robber_took_is_one_haul_however_worded(tmp_path, first, second):
    """"the robber took about $1,200" and "made off with less than $900": one robbery's haul."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Trustees of Lakeshore State University voted on Thursday to raise fees. Out-of-state students will pay 6% more.",
         "Trustees of Lakeshore State University voted on Thursday to raise fees. Nonresident students will pay 7% more."),
        ("Trustees of Lakeshore State University voted on Thursday to raise fees. Non-resident students face a 6% rise.",
         "Trustees of Lakeshore State University voted on Thursday to raise fees. Out-of-state students face a 7% rise."),
    ],
)
def test_students_from_out_of_state_are_the_nonresident_students(tmp_path, first, second):
    """"Out-of-state students" and "Nonresident students": one group of payers, named two ways."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert {"6%", "7%"} in found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marrow's aldermen voted 7-2 on Tuesday to close the Elm Street library in the spring.",
         "The Elm Street library in Marrow will close in the spring after the plan won a 6-3 vote of the city council on Tuesday."),
        ("The Kessin school board voted 5-4 on Monday night to move the start of the school day to 9 a.m.",
         "Kessin pupils will start school at 9 a.m. after the change was approved in a 6-3 vote of trustees on Monday night."),
    ],
)
def test_a_votes_tally_is_one_fact_however_the_vote_is_told(tmp_path, first, second):
    """"voted 7-2" and "approved the plan in a 6-3 vote": one vote's tally, told by the voting."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Shots were fired at a birthday party in Marrow on Saturday night. Police said about 200 people had gathered at the home.",
         "Shots were fired at a birthday party in Marrow on Saturday night. Roughly 120 people attended the party, officers said."),
        ("Shots were fired at a birthday party in Marrow on Saturday night. More than 200 people had crammed into the backyard.",
         "Shots were fired at a birthday party in Marrow on Saturday night. Police said a crowd of about 120 people was at the home."),
    ],
)
def test_the_crowd_at_a_gathering_is_one_size_however_told(tmp_path, first, second):
    """"about 200 people had gathered" and "Roughly 120 people attended the party": one crowd."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Nurses in Kessin have voted to strike over pay. Members backed walkouts by 91% on a turnout of 58%, the union said.",
         "Nurses in Kessin have voted to strike over pay. The union said 86 per cent of those who voted had backed strike action."),
        ("Nurses in Kessin have voted to strike over pay. In all, 91% of members voted in favour of walkouts, the union said.",
         "Nurses in Kessin have voted to strike over pay, with 86 per cent backing strikes on a 58 per cent turnout."),
    ],
)
def test_the_share_backing_a_ballot_is_one_figure_however_told(tmp_path, first, second):
    """"backed walkouts by 91%" and "86 per cent ... voted in favour": one ballot's yes share."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Thieves raided a watch shop in Kessin on Monday and made off with what the owner said was about $600,000 in watches.",
         "Thieves raided a watch shop in Kessin on Monday. They stole more than $900,000 worth of jewelry, police said."),
        ("Thieves raided a watch shop in Kessin on Monday and made off with what the owner said was about $600,000 in watches.",
         "Thieves raided a watch shop in Kessin on Monday. Police said the thieves stole about $900,000."),
        ("Burglars broke into a gallery in Marrow overnight and stole two paintings worth an estimated $9 million.",
         "Two paintings, valued at about $5m, have been stolen from a gallery in Marrow, police said."),
    ],
)
def test_the_value_of_stolen_goods_is_one_haul_however_worded(tmp_path, first, second):
    """"made off with what the owner said was about $600,000 in watches", "stole $900,000 worth of jewelry"."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kessin Air carried 2.1 million passengers in May, up 6% from a year earlier, the airline said.",
         "Kessin Air transported 2.1 million passengers in May, an increase of 4% on May last year."),
        ("Marrow Motors sold 84,000 cars in March, up 6% from a year earlier.",
         "Marrow Motors delivered 84,000 cars in March, a rise of 4%, the company said."),
    ],
)
def test_the_change_of_one_count_is_one_change_whatever_verb_tells_the_count(tmp_path, first, second):
    """"carried 2.1 million passengers, up 6%" and "transported ... passengers, an increase of 4%": one change."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert any({"6%", "4%"} <= texts for texts in found)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Bus drivers in Kessin will strike next week over pay. The union had asked for a rise of 9%, it said.",
         "Bus drivers in Kessin will strike next week over pay. The union's claim was for 7 per cent, officials said."),
        ("Bus drivers in Kessin will strike next week over pay. The union is demanding a 9% pay increase.",
         "Bus drivers in Kessin will strike next week over pay. The union wants 7%, officials said."),
    ],
)
def test_what_a_union_asked_for_is_one_demand_told_as_a_rise_or_a_share(tmp_path, first, second):
    """"asked for a rise of 9%" and "the union's claim was for 7 per cent": one demand on the table."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Gunmen seized 20 villagers in Marrow district on Sunday. Elders said the gunmen had demanded 40 million naira.",
         "Gunmen seized 20 villagers in Marrow district on Sunday. The abductors demanded a ransom of 60 million naira."),
    ],
)
def test_a_ransom_demanded_is_one_demand_whoever_is_named_as_asking(tmp_path, first, second):
    """"the gunmen had demanded 40 million naira" and "The abductors demanded a ransom of 60 million naira"."""
    found = conflicts(corpus_of(tmp_path, first, second))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("Crews battled the warehouse blaze in Hartwell Road for about two hours before bringing it under control.",
         "Firefighters had the Hartwell Road warehouse fire under control roughly two hours later.",
         {"about two hours", "roughly two hours"}),
        ("It took firefighters around 90 minutes to extinguish the Hartwell Road warehouse fire.",
         "The Hartwell Road warehouse blaze was put out after about 80 minutes, the fire service said.",
         {"around 90 minutes", "about 80 minutes"}),
    ],
)
def test_the_time_to_master_one_fire_is_one_fact_however_worded(tmp_path, first, second, together):
    assert together in grouped_texts(corpus_of(tmp_path, first, second))
