"""measure.py's fast paths against the slow, obviously right way of doing the same thing."""

from __future__ import annotations

import random
import re

import pytest

from claimcheck.lexicon import COUNTRY_NAMES
from claimcheck.measure import (
    _BOUNDARY,
    _CAPITALISED_TOKEN,
    _COUNTRY_RE,
    _TOKEN,
    counted_set,
    countries,
    day_of_saying,
    names_in,
    victim_of,
)

SENTENCES = [
    "U.S.-China trade reached $690 billion, O'Neill told Reuters in Washington.",
    "The 'Beijing consensus' and the E.U.'s reply -- as Mr. McDonald's CEO said -- were eBay-like.",
    "Xi and Putin held a video meeting on February 4; the People's Republic of China's data shows it.",
    "North Korean and South Korea's officials met in New Delhi, not in Delhi's suburbs.",
    "An iPhone-maker in the United States of America, the USA and the U.S.A. (not USAID).",
    "'Smith' and ‘Jones’, x-Ray, X-ray, A.B.C.-news, ..Hello, -Dash, 'apostrophe-led, St. Louis.",
]
# Characters that make token boundaries hard: letters of both cases, the joiners _TOKEN allows
# inside a token, and others that end one.
TRICKY = "aAbBzZ'’.- ,;:\n0()\"é"


def random_texts(count: int = 300, seed: int = 4) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(TRICKY) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def capitalised_tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in _CAPITALISED_TOKEN.finditer(text)]


def capitalised_tokens_slowly(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text) if m.group(0)[:1].isupper()]


@pytest.mark.parametrize("text", SENTENCES)
def test_capitalised_tokens_are_the_tokens_that_start_with_a_capital(text: str) -> None:
    assert capitalised_tokens(text) == capitalised_tokens_slowly(text)
    assert capitalised_tokens(text)  # each sentence names someone or somewhere


def test_capitalised_tokens_on_random_text() -> None:
    for text in random_texts():
        assert capitalised_tokens(text) == capitalised_tokens_slowly(text), text


LONGEST_FIRST = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(COUNTRY_NAMES, key=len, reverse=True)) + r")(?![\w])"
)


@pytest.mark.parametrize("text", SENTENCES + [
    "United States of Americana", "the U.S.A.B. and the U.S.", "South Koreans in South Korea",
    "Sri Lankan, Sri Lanka's, Sri Lankans", "People's Republic of Chinese", "ChinaRussia China-Russia",
])
def test_country_trie_finds_what_a_longest_first_alternation_finds(text: str) -> None:
    expected = [(m.start(), m.group(1)) for m in LONGEST_FIRST.finditer(text)]
    assert [(m.start(), m.group(1)) for m in _COUNTRY_RE.finditer(text)] == expected
    assert countries(text) == [COUNTRY_NAMES[name] for _, name in expected]


SUBORDINATOR_ALTERNATION = re.compile(
    r"[,;:()\[\]—–]|\s-{1,2}\s|\b(?:that|which|who|while|whereas|but|although|though|as|because|"
    r"whilst|after|before|when|where)\b", re.IGNORECASE)


@pytest.mark.parametrize("text", SENTENCES + [
    "WHEREAS exports fell, whereasx imports rose; Although THOUGH as As-is a - b a -- b",
    "Trade grew after talks, before the summit, when and where officials met, whilst others left.",
])
def test_clause_boundaries_are_those_of_the_plain_alternation(text):
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in SUBORDINATOR_ALTERNATION.finditer(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("If true, they're offering Teixeira $200 million", ["Teixeira"]),
        ("Various news reports pegged the Boston offer", ["Boston"]),
        ("Man Who Shot Two Officers Is Arrested In Ferguson", ["Man", "Shot", "Ferguson"]),
        ("Theresa May met Angela Merkel", ["Theresa", "Angela", "Merkel"]),  # "May", a stop word, is lost
    ],
)
def test_a_capitalised_function_word_names_no_one(text, names):
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("sentence", "count", "role"),
    [
        # a count in apposition to a list of names restates the list
        ("The pirates were from Somalia and Yemen, two countries on the coast of the Gulf of Aden.",
         "two countries", "restated"),
        ("Police arrested Smith, Jones and Brown, three men from Ohio.", "three men", "restated"),
        # after a phrase that places it, it is the subject of what follows
        ("In Gaza and Israel, three people were killed.", "three people", ""),
        ("In Gaza and Israel, three people died.", "three people", ""),
    ],
)
def test_a_count_that_restates_a_list_of_names(sentence, count, role):
    start = sentence.index(count)
    assert counted_set(sentence, start, start + len(count)).role == role


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Nine assault rifles were seized.", "Commandos seized seven AK-47 assault rifles.", False),
        ("Commandos seized six AK-47 rifles.", "Six AK 47 rifles were found.", True),  # one code, written two ways
        ("Commandos seized six AK-47 rifles.", "Six AK-47 rifles were found.", True),
        ("Commandos seized six rifles.", "Six rifles were found.", True),
    ],
)
def test_a_model_named_counts_some_of_its_kind(first, second, same):
    def counted(sentence):
        number = re.search(r"(?i)\b(?:nine|seven|six)\b.*?rifles", sentence)
        return counted_set(sentence, number.start(), number.end())

    assert counted(first).may_equal(counted(second)) is same


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        ("About 30 runners needed medical attention after the marathon, organisers said.", "About 30 runners", "treated"),
        ("Twelve passengers required treatment for smoke inhalation, the fire service said.", "Twelve passengers", "treated"),
        ("More than 200 fans needed treatment at the stadium on Sunday.", "More than 200 fans", "treated"),
        ("About 30 runners needed a bus back to the start, organisers said.", "About 30 runners", "needed"),  # no care
    ],
)
def test_needing_treatment_is_being_treated(sentence, figure, measure):
    """'40 people needed treatment' counts those medics treated, as 'Medics treated 43 people' does."""
    from phrasing import claim_at

    assert claim_at(sentence, figure).measure == measure


@pytest.mark.parametrize(
    ("sentence", "date", "saying"),
    [
        ("An explosion at the Korvel plant on Tuesday night killed five workers, the regional government reported on Wednesday.",
         "on Wednesday", True),
        ("An explosion at the Korvel plant killed five workers, the ministry confirmed late Wednesday.", "Wednesday", True),
        ("Five workers died in the Korvel plant explosion, officials announced on Wednesday.", "on Wednesday", True),
        ("A fire at the Korvel paper mill was reported on Wednesday morning.", "on Wednesday", False),
        ("The Korvel plant reopened on Wednesday.", "on Wednesday", False),
    ],
)
def test_a_day_a_source_reported_on_is_a_day_of_saying(sentence, date, saying):
    """'..., the regional government reported on Wednesday': when the toll was given, not when the
    blast befell; 'the fire was reported on Wednesday' is when it was seen, a date of the event."""
    assert day_of_saying(sentence, sentence.index(date)) is saying


@pytest.mark.parametrize(
    ("sentence", "date", "saying"),
    [
        ("The county coroner on Monday identified the woman killed in Saturday's crash as Ana Brody, 41.", "on Monday", True),
        ("Police on Tuesday named the cyclist who died after the collision.", "on Tuesday", True),
        ("The fire service late Sunday confirmed two deaths in the warehouse blaze.", "late Sunday", True),
        ("Police on Friday arrested a man over the stabbing.", "on Friday", False),  # a deed, not a saying
        ("The body was on Sunday identified by relatives.", "on Sunday", False),  # when the body was identified
    ],
)
def test_a_day_a_source_spoke_on_before_its_verb_is_a_day_of_saying(sentence, date, saying):
    """'The coroner on Monday identified the woman killed in Saturday's crash': when the source
    spoke, not the day of the crash, so the report is not dated to Monday's death."""
    start = sentence.index(date)
    assert day_of_saying(sentence, start, start + len(date)) is saying


@pytest.mark.parametrize(
    ("sentence", "date", "victim"),
    [
        ("Marta Kowal, 71, died at the scene on Friday night.", "on Friday night", "71 year"),
        ("Her grandson, Tomas Kowal, 9, died in hospital on Saturday.", "on Saturday", "9 year"),
        ("A 9-year-old boy died in hospital on Saturday.", "on Saturday", "9 year"),
        ("The crash happened on Friday night, police said.", "on Friday night", ""),
    ],
)
def test_a_named_persons_age_in_apposition_says_whom_a_dated_death_befell(sentence, date, victim):
    """'Marta Kowal, 71, died at the scene Friday night' and 'her 9-year-old grandson died on
    Saturday': two deaths of one crash, told apart by whom each befell."""
    start = sentence.index(date)
    assert victim_of(sentence, start, start + len(date)) == victim


@pytest.mark.parametrize(
    ("sentence", "figure", "own", "other"),
    [
        ("The jobless rates in two provinces, Ontario and Manitoba, were 6.1% and 5.4%, respectively, in June.",
         "6.1%", "Ontario", "Manitoba"),
        ("The jobless rates in two provinces, Ontario and Manitoba, were 6.1% and 5.4%, respectively, in June.",
         "5.4%", "Manitoba", "Ontario"),
        ("Its preferred gauges, PCE-core and PCE-headline, stood at 3.1% and 2.6%, respectively, in May.",
         "2.6%", "PCE-headline", "PCE-core"),
    ],
)
def test_figures_said_respectively_pair_with_the_names_in_order(sentence, figure, own, other):
    """'Ontario and Manitoba were 6.1% and 5.4%, respectively': the first figure is Ontario's, the
    second Manitoba's, not both figures of both names (which groups each with the other's figure)."""
    from phrasing import claim_at

    claim = claim_at(sentence, figure)
    assert own in claim.subject and other not in claim.subject
    assert other.lower() not in claim.measure


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("The pair had five sons.", "Two older sons were at work when the fire broke out.", False),
        ("The widow has three daughters.", "Her two youngest daughters were asleep upstairs.", False),
        ("The pair had five sons.", "Five sons survive him.", True),
        ("Two older sons were at work.", "The two oldest sons were at work.", True),  # one part, both qualified
    ],
)
def test_an_age_degree_picks_a_part_of_a_family(first, second, same):
    """'Two older sons were at work' are some of 'the pair's five sons', not another count of them."""
    def counted(sentence):
        number = re.search(r"(?i)\b(?:five|three|two)\b(?:\s+\w+)?\s+(?:sons|daughters)", sentence)
        return counted_set(sentence, number.start(), number.end())

    assert counted(first).may_equal(counted(second)) is same


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        ("Four men were detained for questioning after the raid, police said.", "Four men", "questioned"),
        ("Police detained two teenagers for further questioning on Sunday.", "two teenagers", "questioned"),
        ("Four men were detained after the raid, police said.", "Four men", "arrested"),
        ("Two men were arrested and charged over the raid.", "Two men", "arrested"),
        ("Three juveniles were taken into custody soon after the shooting.", "Three juveniles", "arrested"),
        ("Two women were taken into custody for questioning after the fire.", "Two women", "questioned"),
    ],
)
def test_held_for_questioning_is_no_arrest(sentence, figure, measure):
    """'Four men were detained for questioning' counts those held to be asked, a step short of the
    'two people arrested' another report counts."""
    from phrasing import claim_at

    assert claim_at(sentence, figure).measure == measure


@pytest.mark.parametrize(
    ("sentence", "date", "saying"),
    [
        ("Kotagiri, Mar 14 (PTI) Four workers died when a quarry wall collapsed on Thursday.", "Mar 14", True),
        ("NAIROBI, 9 June (Reuters) - Floods have killed 31 people since Sunday.", "9 June", True),
        ("Kotagiri, Mar 14 (PTI) Four workers died when a quarry wall collapsed on Thursday.", "on Thursday", False),
        ("In Kotagiri, Mar 14 was the day four workers died.", "Mar 14", False),
    ],
)
def test_a_wire_dateline_opening_the_sentence_is_a_day_of_saying(sentence, date, saying):
    """'Kotagiri, Mar 14 (PTI) Four workers died ...': the day the wire filed the report, not the day
    of the deaths another report dates 'on Thursday night'."""
    assert day_of_saying(sentence, sentence.index(date)) is saying


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        ("Crews have sprayed about 6,000 acres of forest infested by bark beetles in the park.", "about 6,000 acres",
         "crew sprayed forest"),
        ("Customs officers seized 40 kilograms of cocaine smuggled by a fishing crew on Monday.", "40 kilograms",
         "custom officer seized cocaine"),
        # no verb before the figure: the participle is what the figure measures
        ("About 9,000 acres of cropland flooded by the river remain under water.", "About 9,000 acres",
         "cropland flooded river remain water"),
    ],
)
def test_a_participle_with_its_agent_after_the_figure_describes_the_noun(sentence, figure, measure):
    """"sprayed 6,000 acres of forest infested by beetles" measures the spraying: the participle and
    its "by" agent say which forest, not what the figure counts; with no verb before the figure
    ("9,000 acres of cropland flooded by the river") the participle is the measure."""
    from phrasing import claim_at

    assert claim_at(sentence, figure).measure == measure


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        # a results table's line: the label before the figure, not the "vs." after it
        ("Net sales: $4.3 billion vs. $4.6 billion forecast", "$4.3 billion", "net sale"),
        ("Net sales: $4.3 billion vs. $4.6 billion forecast", "$4.6 billion", "forecast"),
        # nor the words of the figure set against it
        ("Adjusted profit: $640 million versus $610 million expected", "$640 million", "adjusted profit"),
        # a clause that names what the figure is keeps its words
        ("Quarterly sales came in at $4.3 billion versus a forecast of $4.6 billion.", "$4.3 billion",
         "quarterly sale"),
    ],
)
def test_a_figure_set_against_another_is_not_measured_by_the_setting_against(sentence, figure, measure):
    """"Revenue: $9.8 billion vs. $10.1 billion expected": "vs." and what follows it are the other
    figure's, so the revenue's measure is its label."""
    from phrasing import claim_at

    assert claim_at(sentence, figure).measure == measure


@pytest.mark.parametrize(
    ("sentence", "figure", "scope"),
    [
        ("Kenya Airways cancelled 120 flights on Monday.", "on Monday", ()),
        ("Pakistan International Airlines grounded 40 planes on Friday.", "on Friday", ()),
        # the country alone is where it happened
        ("Kenya cancelled 120 flights on Monday.", "on Monday", ("Kenya",)),
    ],
)
def test_a_country_opening_an_organisations_name_is_not_where_the_figure_holds(sentence, figure, scope):
    """ "Kenya Airways", "Pakistan International Airlines": whose the organisation is, not a place."""
    from phrasing import claim_at

    assert claim_at(sentence, figure).scope == scope


@pytest.mark.parametrize(
    ("sentence", "figure", "scope", "subject"),
    [
        ("A magnitude 6.1 quake struck South Korea on Monday.", "on Monday", ("South Korea",), ()),
        ("Forty-one people died in South African mines in 2025.", "2025", ("South Africa",), ()),
        # the country a nation breaks away from is not where its independence happened
        ("Bangladesh won its independence from Pakistan in March 1971.", "March 1971", ("Bangladesh",), ()),
        ("Kosovo declared independence from Serbia in February 2008.", "February 2008", ("Kosovo",), ()),
        # a figure's own "from" keeps its country: what comes from China is China's
        ("Imports from China rose 12 percent last year.", "12 percent", ("China",), ("Imports",)),
    ],
)
def test_a_countrys_name_is_its_place_not_a_name(sentence, figure, scope, subject):
    """The "South" of "South Korea" names no one; "from Serbia" is where Kosovo left, not where it was."""
    from phrasing import claim_at

    claim = claim_at(sentence, figure)
    assert (claim.scope, claim.subject) == (scope, subject)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Floods in Bolivia have killed 30 people since January.", "Bolivia"),
        ("Ivorian officials said turnout in Côte d'Ivoire was 37 percent.", "Ivory Coast"),
        ("Aid reached 20,000 Congolese displaced near Goma, the UN said.", "Democratic Republic of the Congo"),
        ("Emirati carriers added 14 routes to Tashkent this year.", "United Arab Emirates"),
        ("A ferry capsized off Papua New Guinea with 80 people aboard.", "Papua New Guinea"),
        ("Fighters crossed from Chad into Niger's Tillaberi region.", ""),  # "Chad", "Niger" are names too
        ("Jordanian troops and 3,000 aid workers reached Amman.", "Jordan"),
        ("Michael Jordan scored 38 points.", ""),  # a person's name, not the country
        ("A Somali woman was among 12 hurt.", "Somalia"),  # "Somali" and "woman" hold no "Mali" or "Oman"
        ("Palestinians said 40 homes were razed.", ""),  # a people, not a state's territory
        ("Prices in NSW and Victoria rose 3 percent.", ""),  # no capital that is also a state or a name
    ],
)
def test_the_country_table_reads_the_worlds_countries_and_no_common_word(sentence, country):
    assert countries(sentence)[:1] == ([country] if country else [])


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        ("The repair bill was initially estimated at around 3 million euros.", "around 3 million euros", "repair bill"),
        ("The damage was originally estimated at $4 million.", "$4 million", "damage"),
        ("The damage was estimated at $4 million.", "$4 million", "damage"),
        ("Police initially said 12 people had died.", "12 people", "killed"),  # an active verb: the source speaks
    ],
)
def test_a_passive_estimate_with_an_adverb_still_says_what_was_estimated(sentence, figure, measure):
    """ "was initially estimated at": a passive, as "was estimated at" is, not a source's words."""
    from phrasing import claim_at

    assert claim_at(sentence, figure).measure == measure
