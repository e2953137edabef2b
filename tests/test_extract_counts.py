"""Extract on what a count counts in news wording: shares and partitives, per-unit prices, casualty
and job counts with their verbs, totals, votes and majorities, ages after a role or to come, crews,
ranks ("the No. 5 seed"), "N-plus", "the number of seats ... to 125", "12 of one family"."""

import pytest
from phrasing import claim_at, claims_of, quantities_of, quantity_at


@pytest.mark.parametrize(
    ("sentence", "surface", "per"),
    [
        ("Deaths are rare: a handful of people die every year after being struck.", "a handful of people", "year"),
        ("About 400 people drown in Ireland each year, the charity said.", "About 400 people", "year"),
        ("The bridge carries about 30,000 vehicles a day.", "about 30,000 vehicles", "day"),
        ("Floods kill dozens of people in the region annually.", "dozens of people", "year"),
        ("The network carries more than 200,000 passengers a day on 19 lines.", "more than 200,000 passengers", "day"),
        # a year after an event, a year on from it, and a window, are no rate
        ("The town has rebuilt 300 homes a year on from the quake.", "300 homes", None),
        ("The blast killed 40 people a year after the war began.", "40 people", None),
        ("The Bank of England has cut rates from 4% to 3.75%, the fifth cut in a year.", "fifth", None),
    ],
)
def test_a_count_said_per_day_or_year_is_a_rate_not_a_toll(sentence, surface, per):
    """ "About 400 people drown in Ireland each year": a yearly figure, another fact than a toll."""
    measure = claim_at(sentence, surface).measure
    assert (measure.endswith(f" per {per}") if per else " per " not in measure), measure


@pytest.mark.parametrize(
    ("sentence", "surface", "share"),
    [
        ("One in five children lives in poverty, the report found.", "One in five", 20),
        ("One in 10 people over 65 has dementia.", "One in 10", 10),
        ("Three out of four voters backed the plan.", "Three out of four", 75),
    ],
)
def test_one_in_n_is_a_share_not_two_counts(sentence, surface, share):
    claims = quantities_of(sentence)
    claim = next(c for c in claims if c.text == surface)
    assert (claim.kind, claim.quantity.unit, round(claim.quantity.value, 6)) == ("rate", "percent", share)
    assert not [c for c in claims if c.kind == "count"]


@pytest.mark.parametrize(
    ("sentence", "surface", "per"),
    [
        ("Gas prices hit $5 a gallon in California.", "$5", "per gallon"),
        ("The minimum wage rises to £9.50 an hour.", "£9.50", "per hour"),
        ("He will earn $23 million per season.", "$23 million", "per season"),
        ("The drug costs $84,000 per patient.", "$84,000", "per patient"),
        ("He raised $5 million a week ago.", "$5 million", None),
    ],
)
def test_a_price_per_unit_is_not_a_total(sentence, surface, per):
    """The sum stays in its currency (as Recognizers-Text reads it); what it buys is in the measure."""
    claim = next(c for c in quantities_of(sentence) if c.text == surface)
    assert claim.quantity.dimension == "currency"
    assert claim.measure.endswith(per) if per else " per " not in claim.measure


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
    assert verb not in quantity_at(sentence, surface).measure


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
    assert verb in quantity_at(sentence, surface).measure.split()


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
    assert quantity_at(sentence, surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("The scheme will help nearly 1m residents.", "nearly 1m residents", 1e6, "people"),
        ("The war has displaced 2.5m people, officials said.", "2.5m people", 2.5e6, "people"),
        ("He won the 400m hurdles.", "400m", 400, "metre"),
        ("Wanjiru ran a world lead in the 5000m\n", "5000m", 5000, "metre"),  # a headline ends at the "m"
    ],
)
def test_a_glued_m_before_a_plural_noun_at_a_clause_end_is_a_million(sentence, surface, value, unit):
    claim = quantity_at(sentence, surface)
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
    claim = quantity_at(sentence, surface)
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
    assert not_measure not in quantity_at(sentence, surface).measure


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The army responded with a single shell which killed three fighters.", "single shell", "shell"),
        ("Both are to be arraigned on single counts of involuntary manslaughter.", "single counts", "count"),
        ("The team scored only a single goal in the match.", "single goal", "goal"),
        ("The party won just a single seat in the capital.", "single seat", "seat"),
    ],
)
def test_a_single_thing_is_a_count_of_one(sentence, surface, unit):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (1, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "She is a single mother of two.",
        "Prices of single-family homes rose in the capital.",
        "It was the single biggest loss in the bank's history.",
        "Not a single shot was fired.",
        "The EU single market is big.",
    ],
)
def test_single_that_describes_or_ranks_or_is_denied_is_no_count_of_one(sentence):
    assert not [c for c in claims_of(sentence) if c.quantity is not None and c.quantity.value == 1]


@pytest.mark.parametrize(
    ("sentence", "surface", "verb"),
    [
        ("The company will cut 1,200 jobs.", "1,200 jobs", "cut"),
        ("The bank plans to shed 500 staff.", "500 staff", "shed"),
        ("The retailer will close 40 stores.", "40 stores", "closed"),
        ("Ford is to axe 1,150 jobs in Britain.", "1,150 jobs", "axed"),
        ("The airline said it would hire 200 pilots.", "200 pilots", "hired"),
        ("The firm cut 500 jobs last year.", "500 jobs", "cut"),
        ("Barclays shed 1,000 jobs in 2011.", "1,000 jobs", "shed"),
    ],
)
def test_a_base_form_after_a_modal_or_to_is_the_counts_verb(sentence, surface, verb):
    """ "will cut 1,200 jobs" was measured by its subject ("company"), as if no verb were near."""
    assert claim_at(sentence, surface).measure == verb


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value", "unit"),
    [
        ("Jobless claims fell by 12,000 to 370,000.", "12,000", "change", -12000, "claim"),
        ("Jobless claims fell by 12,000 to 370,000.", "370,000", "count", 370000, "claim"),
        ("Payrolls grew by 151,000 last month.", "151,000", "change", 151000, "payroll"),
        ("Manufacturing employment fell by 2,000.", "2,000", "change", -2000, "employment"),
        ("Unemployment fell by 12,000 to 2.5 million.", "2.5 million", "count", 2.5e6, "unemployment"),
        ("Road deaths fell to 1,711 last year.", "1,711", "count", 1711, "death"),
        ("Hospital admissions have risen to about 2,300.", "about 2,300", "count", 2300, "admission"),
    ],
)
def test_a_bare_number_after_a_change_counts_the_subject(sentence, surface, kind, value, unit):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    "sentence",
    ["The Dow fell 100 to 12,000.", "Shares fell 12 to 340.", "The rebels lost 12 in the fighting.",
     "Shares fell to 340.", "The Dow rose to 12,000."],
)
def test_a_named_or_priced_subject_or_a_transitive_cue_counts_nothing(sentence):
    assert not [c for c in claims_of(sentence) if c.quantity is not None and c.quantity.dimension == "count"]


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "measure"),
    [
        ("There were 17 new deaths, bringing the total to 4,523.", "4,523", "people", "killed total"),
        ("Officials confirmed 35 new cases on Monday, taking the total to 812.", "812", "case", "case total"),
        ("Two more soldiers were killed, bringing the total number of deaths to 45.", "45", "soldier",
         "killed total"),
    ],
)
def test_the_total_a_count_brings_is_a_total_of_the_same_thing(sentence, surface, unit, measure):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.unit, claim.measure) == (unit, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Two more cases of hepatitis A were confirmed, bringing an outbreak linked to a city bakery to 23.", "23", 23),
        ("Four new cases were reported on Tuesday as the mumps outbreak at the university grew to 41.", "41", 41),
        ("Five more Legionnaires' cases as Bronx cluster reaches 12", "12", 12),
        ("Health officials logged six new cases, and the outbreak has risen to 30.", "30", 30),
    ],
)
def test_the_size_an_outbreak_reaches_counts_the_cases_before_it(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("count", value, "case")


def test_the_count_before_bringing_the_total_is_no_total():
    assert claim_at("Officials confirmed 35 new cases, taking the total to 812.", "35 new cases").measure == "case"


@pytest.mark.parametrize(
    ("sentence", "surface", "tally"),
    [
        ("MPs voted by 231 votes to 188 to approve the bill.", "231 votes to 188", "231-188"),
        ("The motion was passed with 312 in favour and 290 against.", "312 in favour and 290 against", "312-290"),
        ("The Senate voted 52 to 47 to confirm him.", "52 to 47", "52-47"),
        ("The plan was approved with 45 votes in favour, 12 against and 3 abstentions.",
         "45 votes in favour, 12 against", "45-12"),
        ("The committee voted nine to three in favour.", "nine to three", "9-3"),
    ],
)
def test_a_vote_tally_in_words_is_one_tally(sentence, surface, tally):
    """Two counts of one vote, for and against, read like "231-188": not a change and a stray number."""
    from claimcheck.readable import score_text

    claim = claim_at(sentence, surface)
    assert (claim.kind, score_text(claim.quantity.value)) == ("score", tally)


def test_votes_won_are_no_tally():
    assert claim_at("It won 25 votes to become the largest party.", "25 votes").kind == "count"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The pilot, 61, survived the crash.", "61", "age pilot"),
        ("The teacher, 34, and her son were hurt.", "34", "age teacher"),
        ("Its captain, 52, was arrested.", "52", None),
        ("The bank's chairman, 66, stepped down on Monday.", "66", None),
        ("The city's mayor, 51, declared a state of emergency.", "51", None),
        ("Its founder, 80, still chairs the board.", "80", None),
        ("The boy who drowned, 9, was on a school trip.", "9", None),
        ("A man who was stabbed, 31, is in a stable condition.", "31", None),
        ("The guide, 47, had led the party up the glacier.", "47", "age guide"),
        ("The expedition's guide, 39, was airlifted to hospital.", "39", None),
        ("A skier, 23, was dug out alive after 40 minutes.", "23", "age skier"),
        ("A swimmer, 44, was pulled from the water by lifeguards.", "44", "age swimmer"),
        ("Bodyboarder bitten, surfer, 35, injured in second attack", "35", None),
        # roles the age rule alone knows (extract's APPOSITIVE_ROLE_NOUNS)
        ("A zookeeper, 41, was treated for a bite to his arm.", "41", None),
        ("The motorcyclist, 33, died at the scene.", "33", None),
        ("A store clerk, 22, was shot in the leg during the robbery.", "22", None),
    ],
)
def test_an_age_after_a_role_or_trade(sentence, surface, measure):
    """ "the pilot, 61,": an age, as after "the driver, 58," (the possessive "its" names no role yet)."""
    claim = claim_at(sentence, surface)
    assert claim.kind == "age"
    assert measure is None or claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Twelve bodies have been recovered, with 41 still missing.", "41 still missing"),
        ("The 41 still missing were crew members.", "41 still missing"),
    ],
)
def test_still_between_a_count_and_its_casualty_word(sentence, surface):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.measure) == (41, "missing")


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Police arrested the 19-year-old former employee on Tuesday.", "19-year-old", "age employee"),
        ("Mr Jones, a 71-year-old retired teacher, was taken to hospital.", "71-year-old", "age teacher"),
    ],
)
def test_an_age_names_the_role_after_former_or_retired(sentence, surface, measure):
    assert claim_at(sentence, surface).measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The government won the vote by a majority of 12.", "12", 12),
        ("Labour held the seat with a majority of 1,234 over the Conservatives.", "1,234", 1234),
        ("The government has a working majority of 80 in the Commons.", "80", 80),
    ],
)
def test_a_bare_majority_is_a_count(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("count", value, "majority")


def test_a_majority_of_a_share_stays_a_share():
    assert claim_at("She won a majority of 55% of the vote.", "55%").kind == "rate"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Four crew members and 58 passengers were rescued.", "Four crew members", "crew"),
        ("Five staff members were hurt.", "Five staff members", "injured"),
    ],
)
def test_crew_members_are_crew(sentence, surface, measure):
    claim = claim_at(sentence, surface)
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The plane crashed into a hillside, killing all five on board.", "five", 5),
        ("The blast killed all 12.", "12", 12),
    ],
)
def test_killing_all_of_a_number_counts_the_dead(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (value, "people", "killed")


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Teixeira will be 29 in April.", 29),
        ("She would have been 30 next month.", 30),
        ("Obama will be 55.", 55),
    ],
)
def test_an_age_to_come_of_a_person(sentence, age):
    claim = next(c for c in claims_of(sentence) if c.kind == "age")
    assert claim.quantity.value == age


@pytest.mark.parametrize("sentence", ["It will be 29 in April.", "The vote will be 29 in favour."])
def test_a_bare_number_after_will_be_is_no_age_without_a_person(sentence):
    assert not any(c.kind == "age" for c in claims_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "value"),
    [
        ("The law will raise the number of seats from 65 to 125.", "125", "seat", 125),
        ("The law will raise the number of seats from 65 to 125.", "65", "seat", 65),
        ("The council cut the number of libraries to 12.", "12", "library", 12),
        ("The number of confirmed cases rose from 1,200 to 1,450.", "1,450", "case", 1450),
        ("The number of dead rose to 45.", "45", "people", 45),
        # a long clause between the noun and its verb
        ("The number of passengers taken ill with a stomach bug on the ferry to Rotterdam has climbed to 74.", "74",
         "passenger", 74),
    ],
)
def test_a_bare_number_after_the_number_of_a_noun_counts_that_noun(sentence, surface, unit, value):
    """ "from 65 to 125" after "the number of seats" is where the count started and ended, no range."""
    claim = claim_at(sentence, surface)
    assert (claim.kind, claim.quantity.unit, claim.quantity.value) == ("count", unit, value)


def test_the_number_of_people_who_met_a_fate_counts_that_fate():
    claim = claim_at("The number of people who died in the floods across the northern valleys rose to 31.", "31")
    assert (claim.quantity.unit, claim.quantity.value, claim.measure) == ("people", 31, "killed")


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "value"),
    [
        ("4-Plus Earthquake Recorded Near Healdsburg", "4-Plus", "magnitude", 4),
        ("A 4.5-plus earthquake shook the area.", "4.5-plus", "magnitude", 4.5),
        ("There were 100-plus people in the hall.", "100-plus people", "people", 100),
        ("Tickets cost $100-plus.", "$100-plus", "USD", 100),
    ],
)
def test_n_plus_is_at_least_n(sentence, surface, unit, value):
    """ "100-plus people" was nothing: the unit is looked for past "-plus", which is the hedge."""
    claim = claim_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.lower, claim.quantity.upper) == (unit, value, None)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("It was followed by a 2.9 aftershock at 2:12 a.m. and a 2.2 at 2:15 a.m.", "2.2"),
        ("The quake was followed by a 4.1 and a 3.8 within the hour.", "3.8"),
    ],
)
def test_a_decimal_after_a_quakes_magnitude_is_another_magnitude(sentence, surface):
    assert claim_at(sentence, surface).quantity.unit == "magnitude"


def test_a_percentage_after_a_quake_keeps_its_unit():
    sentence = "The earthquake killed 2 people and injured 3.5 percent of the town."
    assert claim_at(sentence, "3.5 percent").quantity.unit == "percent"


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Hours earlier, three young men-all cousins-died when the school was bombed.", "three young men", 3),
        ("Five victims-including two children-were taken to hospital.", "Five victims", 5),
    ],
)
def test_a_count_noun_glued_by_a_lost_dash_to_an_aside_is_still_counted(sentence, surface, value):
    assert claim_at(sentence, surface).quantity.value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("At least 12 of one family were killed in an air strike.", "At least 12", 12),
        ("Five of the same family died in the fire.", "Five", 5),
    ],
)
def test_a_number_of_one_family_counts_people(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value) == ("people", value)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "value"),
    [
        ("The Colts (11-4) secured the No. 5 seed in the AFC playoffs.", "No. 5", "seed", 5),
        ("He was the No. 2 pick in the draft.", "No. 2", "pick", 2),
        ("She is the world No. 3.", "No. 3", "rank", 3),
    ],
)
def test_no_n_before_a_rank_noun_is_a_rank(sentence, surface, unit, value):
    """ "No." ended the sentence before: the number began a new one and was lost."""
    claim = claim_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value) == (unit, value)


@pytest.mark.parametrize("sentence", ["He lives at No. 10 Downing Street.", "Resolution No. 1234 passed."])
def test_no_n_naming_a_thing_stays_an_identifier(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("Two climbers were killed and three badly hurt in the rockfall.", "three badly hurt", 3, "injured"),
        ("The bus overturned, leaving one dead and four critically injured.", "four critically injured", 4, "injured"),
    ],
)
def test_a_degree_adverb_between_a_number_and_its_casualty_word(sentence, surface, value, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value, claim.measure) == ("people", value, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("Twenty people died in the blaze. Six of the dead were firefighters.", "Six", 6, "firefighters"),
        ("Four of the injured remain in a critical condition, the hospital said.", "Four", 4, "critical"),
        ("Two of the wounded were in serious condition on Sunday.", "Two", 2, "serious"),
        ("Three of the dead were children, police said.", "Three", 3, "children"),
        ("More than 40 were hurt, including eight in critical condition.", "eight", 8, "critical"),
        ("The hospital said nine were in stable condition.", "nine", 9, "stable"),
        ("Five workers were hurt, including two who are in serious condition, the union said.", "two", 2, "serious"),
    ],
)
def test_some_of_the_casualties_are_people_with_their_own_measure(sentence, surface, value, measure):
    """ "Six of the dead were firefighters": people, but not the toll of the dead (a trap beside it)."""
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value) == ("people", value)
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("The arena holds 18,000, and every seat was sold.", "18,000", 18000, "capacity"),
        ("Fans packed a stadium that seats about 30,000.", "about 30,000", 30000, "capacity"),
        ("The boat, with a capacity of 40, was carrying 95 migrants.", "40", 40, "capacity"),
        ("The prison can hold 1,200 but houses nearly 2,000 inmates.", "1,200", 1200, "capacity"),
        ("The ferry, which could carry 350, sank in calm water.", "350", 350, "capacity"),
        ("Some 9,000 fans were in the arena, which holds 12,500, when the lights failed.", "12,500", 12500, "capacity"),
        ("The storm flattened Millbrook, a village of about 900.", "about 900", 900, "population"),
        ("Emergency crews reached Tarsen, a town of 12,000, by noon.", "12,000", 12000, "population"),
    ],
)
def test_a_bare_number_a_place_holds_or_that_lives_there_is_people(sentence, surface, value, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value, claim.measure) == ("people", value, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The landslide buried Ostrova, a village of about 700 people, before dawn.", "about 700 people", "population"),
        ("Kelso, a town of 5,000 residents, lost power for two days.", "5,000 residents", "population"),
        ("Officials said 40 people from the town of Kelso were evacuated.", "40 people", "town kelso evacuated"),  # some of them
    ],
)
def test_the_people_a_place_holds_are_its_population(sentence, surface, measure):
    assert quantity_at(sentence, surface).measure == measure


@pytest.mark.parametrize("sentence", ["Labour holds 202, the Tories 365.", "The bill holds 12 clauses."])
def test_holds_without_a_place_or_craft_is_no_capacity(sentence):
    assert all(c.measure != "capacity" for c in quantities_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The death toll rose from 9 to 11 overnight.", "11", 11),
        ("The toll has climbed from 31 to 40, officials said.", "40", 40),
    ],
)
def test_a_toll_rising_from_one_figure_to_another_is_no_range(sentence, surface, value):
    """ "rose from 9 to 11": the toll now is 11, not somewhere between 9 and 11."""
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value, claim.quantity.hedge) == ("people", value, None)


def test_killing_from_one_figure_to_another_stays_a_range():
    assert quantity_at("Gunmen killed from 9 to 11 people.", "9 to 11 people").quantity.value == 10


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("The boat capsized with 63 on board.", "63", 63, "aboard"),
        ("The bus had 41 aboard when it left the road.", "41", 41, "aboard"),
        ("A light aircraft came down, killing all six aboard.", "six", 6, "killed"),
        ("Five people died and 22 more were injured in the blast.", "22", 22, "injured"),
        ("Nine soldiers died; 12 more were seriously wounded.", "12", 12, "injured"),
    ],
)
def test_people_aboard_and_more_casualties(sentence, surface, value, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value, claim.measure) == ("people", value, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("About 200 shops were looted and 35 burned.", "35", "shop"),
        ("Nine judges heard the case, while four dissented.", "four", "judge"),
        ("Six miners were rescued and the remaining three walked out unaided.", "three", "miner"),
        ("The bank will close 120 branches, including 45 in Scotland.", "45", "branch"),
        ("It sold 900 tickets, though only 600 were used.", "600", "ticket"),
        # a count set against one over an earlier stretch, and a level "up from" a count in words
        ("The port handled 310 ships in 2025, compared with 280 in 2024.", "280", "ship"),
        ("Officials logged five new infections by noon, up from 12 the day before.", "12", "infection"),
    ],
)
def test_a_bare_number_in_a_clause_of_its_own_counts_the_noun_before(sentence, surface, unit):
    """An elliptical count: a past verb after it, "the remaining", "though only", "including N in <place>"."""
    assert quantity_at(sentence, surface).quantity.unit == unit


@pytest.mark.parametrize("sentence", ["The law passed in 2010, and 2012 marked its repeal.",
                                      "He joined in 1998; 2004 followed."])
def test_a_year_before_a_past_verb_is_no_elliptical_count(sentence):
    assert all(c.quantity is None or c.quantity.dimension != "count" for c in claims_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The landslide buried the road about a mile north of the village.", "about a mile", "mile"),
        ("The storm left nearly a foot of snow in the hills.", "nearly a foot", "foot"),
        ("The crater is almost a kilometre across.", "almost a kilometre", "kilometre"),
    ],
)
def test_a_hedged_a_before_a_unit_of_length_is_one(sentence, surface, unit):
    """As "about an hour": after a hedge, "a" is one of the unit."""
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (1, unit)


@pytest.mark.parametrize("sentence", ["He was shot in a foot.", "They walked a mile in silence."])
def test_an_unhedged_a_before_a_unit_of_length_is_no_amount(sentence):
    assert quantities_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The airline grounded 1,100 of its 4,500 flights.", "1,100 of its 4,500 flights", "flight"),
        ("Rebels hold 300 of the 1,250 villages.", "300 of the 1,250 villages", "village"),
    ],
)
def test_a_share_of_a_whole_in_thousands_counts_the_noun(sentence, surface, unit):
    """The comma of "4,500" is no clause break between the share and its noun."""
    assert quantity_at(sentence, surface).quantity.unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The carrier flies 37 aircraft on domestic routes.", "37 aircraft", "aircraft"),
        ("Floods drowned 2,000 sheep.", "2,000 sheep", "sheep"),
        ("The widow said they had five grandchildren.", "five grandchildren", "grandchildren"),
        ("The ferry carried 60 schoolchildren on a trip.", "60 schoolchildren", "schoolchildren"),
    ],
)
def test_a_plural_without_s_is_a_counted_noun(sentence, surface, unit):
    assert quantity_at(sentence, surface).quantity.unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("The firm's 12,000-strong workforce will shrink.", "12,000-strong workforce", "workforce"),
        ("A 400-strong crowd gathered outside.", "400-strong crowd", "crowd"),
        ("Floods force 8,000 to flee in Assam", "8,000", "evacuated"),
        ("The blaze forced about 600 to leave their homes.", "about 600", "evacuated"),
        ("Village mourns 23 lost in landslide", "23", "killed"),
        ("Divers recovered the bodies of the 5 lost at sea.", "5", "killed"),
    ],
)
def test_a_bare_number_of_people_by_its_neighbours(sentence, surface, measure):
    claim = next(c for c in quantities_of(sentence) if c.text.startswith(surface))
    assert (claim.quantity.unit, claim.measure) == ("people", measure)


def test_a_number_that_lost_a_game_is_no_casualty():
    assert all(c.measure != "killed" for c in quantities_of("They won 3 and 2 lost in overtime."))


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Five climbers were caught by the slide. Four of them were buried under the snow.", "Four", "buried"),
        ("Two have been recaptured, the sheriff said.", "Two", "recaptured"),
        ("Nine were rescued by helicopter; three were taken to hospital.", "Nine", "rescued"),
        ("Six of those were later released without charge.", "Six", "released"),
        ("The cornice gave way at about 3,100m. Five were buried; two were dug out alive.", "Five", "buried"),
    ],
)
def test_a_bare_number_opening_a_passive_clause_counts_people(sentence, surface, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.kind, claim.quantity.unit, claim.measure) == ("count", "people", measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "count"),
    [
        ("The storm caught a walking party of six, all from Leeds.", "six", 6),
        ("The group of twelve, led by a local guide, set off at dawn.", "twelve", 12),
        ("The group of five had camped by the lake overnight.", "five", 5),  # before the group's verb
        ("A party of nine was stranded on the ridge for two days.", "nine", 9),
        ("Their party of four will leave the base camp on Monday.", "four", 4),
    ],
)
def test_a_group_of_n_at_a_clause_end_or_before_its_verb_counts_its_members(sentence, surface, count):
    claim = quantity_at(sentence, surface)
    assert (claim.kind, claim.quantity.unit, claim.quantity.value) == ("count", "people", count)


def test_a_group_of_n_with_its_noun_counts_the_noun():
    claim = quantity_at("The group of eight countries has agreed a deal on fishing.", "eight countries")
    assert (claim.quantity.unit, claim.quantity.value) == ("country", 8)


@pytest.mark.parametrize(
    "sentence",
    ["Leaders of the Group of Seven met in Rome.", "The Group of Seven were joined by Australia.",
     "The Group of Seven has met in Rome."],
)
def test_the_name_group_of_seven_is_no_count(sentence):
    assert "Seven" not in [c.text for c in quantities_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The carrier will ground 15 of its oldest jets next year.", "15 of its oldest jets", "jet"),
        ("The lender plans to shut 40 of its smallest branches.", "40 of its smallest branches", "branch"),
        ("The club sold six of their best players in the summer.", "six of their best players", "player"),
    ],
)
def test_some_of_what_the_subject_owns_picked_by_a_superlative_are_counted(sentence, surface, unit):
    claim = quantity_at(sentence, surface)
    assert (claim.kind, claim.quantity.unit) == ("count", unit)


@pytest.mark.parametrize(
    "sentence",
    ["It was one of Africa's longest civil wars.", "She is one of their best players, the coach said."],
)
def test_one_of_the_best_is_a_rank_not_a_count(sentence):
    assert not [c for c in quantities_of(sentence) if c.kind == "count"]


@pytest.mark.parametrize(
    ("sentence", "surface", "share"),
    [
        ("Nearly a third of the seized heroin came through Rotterdam.", "Nearly a third", 100 / 3),
        ("Two-thirds of the staff voted to strike.", "Two-thirds", 200 / 3),
        ("A quarter of the new homes will be affordable, the council said.", "A quarter", 25),
        ("The stock has shed about a fifth of its value this year.", "about a fifth", 20),
        # a whole named with a hyphened or proper word, and a bound on a half
        ("The dean said about a third of first-year students get the grant.", "about a third", 100 / 3),
        ("The port handles roughly a quarter of German container traffic.", "roughly a quarter", 25),
        ("Auditors found errors in more than half of them, the report said.", "more than half", 50),
        ("The depot received less than half of its usual fuel on Monday.", "less than half", 50),
        ("The rule requires at least half of new buses to be electric.", "at least half", 50),
    ],
)
def test_a_fraction_of_a_named_whole_is_a_share(sentence, surface, share):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, round(claim.quantity.value, 6)) == ("percent", round(share, 6))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("Smith added a third in stoppage time.", "a third"), ("The meeting lasted half an hour.", "half an hour"),
     ("It rained for more than half of March.", "more than half")],
)
def test_a_fraction_with_no_whole_after_it_is_no_share(sentence, surface):
    assert all(c.quantity.unit != "percent" for c in quantities_of(sentence) if c.text == surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Her 90th-minute equaliser forced extra time.", "90th", "minute"),
        ("A 12th-lap crash brought out the safety car.", "12th", "lap"),
    ],
)
def test_an_ordinal_glued_to_a_unit_of_the_match_times_it(sentence, surface, unit):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value) == (unit, int(surface[:-2]))


@pytest.mark.parametrize("sentence", ["The firm hired a third-party auditor.", "He was charged with first-degree murder.",
                                      "It is a 19th-century church."])
def test_other_glued_ordinals_name_a_kind_not_a_count(sentence):
    assert not quantities_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Six inmates escaped on Sunday, and two were still being hunted on Monday.", "two", "hunted"),
        ("Nine miners were trapped; four are being treated in hospital.", "four", None),
    ],
)
def test_a_count_in_a_later_passive_clause_takes_its_own_verb(sentence, surface, measure):
    claim = quantity_at(sentence, surface)
    assert "escaped" not in claim.measure and "trapped" not in claim.measure
    assert measure is None or claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The retailer, which employs 48,000 staff, will close 30 stores.", "48,000 staff"),
        ("The retailer will cut 2,000 of its 47,500 employees.", "47,500 employees"),
        ("The paper laid off 40 staffers last week.", "40 staffers"),
    ],
)
def test_a_workforce_is_one_unit_however_named(sentence, surface):
    assert quantity_at(sentence, surface).quantity.unit == "employee"


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Switzerland has recorded 21 avalanche deaths so far this season.", "21 avalanche deaths", "killed"),
        ("The state saw 940 road fatalities in 2015.", "940 road fatalities", "killed"),
        ("There were 35 flood-related deaths in the province.", "35 flood-related deaths", "killed"),
    ],
)
def test_deaths_named_by_their_cause_count_people(sentence, surface, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.measure.split()[0]) == ("people", measure)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Of the dead, four were from the same village, the governor said.", "four"),
        ("Of the injured, 12 were children.", "12"),
    ],
)
def test_a_count_after_a_fronted_of_the_dead_is_some_of_them_not_the_toll(sentence, surface):
    claim = quantity_at(sentence, surface)
    assert claim.quantity.unit == "people" and claim.measure not in ("killed", "injured")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("On Saturday, in front of more than 60,000 at Wembley, they lifted the cup.", "more than 60,000"),
        ("The band played in front of 12,000, the promoter said.", "12,000"),
    ],
)
def test_in_front_of_a_bare_number_is_a_crowd(sentence, surface):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.measure) == ("people", "crowd")


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Carmaker recalls 90,000 Corsa, Astra vehicles over brake fault", "90,000 Corsa, Astra vehicles", "vehicle"),
        ("The airline will retire 14 Dash, Fokker aircraft.", "14 Dash, Fokker aircraft", "aircraft"),
    ],
)
def test_names_listed_before_a_shared_noun_keep_the_count(sentence, surface, unit):
    assert quantity_at(sentence, surface).quantity.unit == unit


def test_an_address_is_no_count_of_names():
    assert not quantities_of("He lived at 10 Downing Street, London.")


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Patients were moved out of the 450-bed regional hospital.", "450-bed", "bed"),
        ("The 12-seed variety is sold in packs.", "12-seed", "seed"),
    ],
)
def test_a_hyphenated_noun_ending_like_a_verb_still_counts(sentence, surface, unit):
    assert quantity_at(sentence, surface).quantity.unit == unit


def test_a_hyphenated_participle_counts_nothing():
    assert all(c.quantity.dimension != "count" for c in quantities_of("It is a 40-owned chain."))


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("She took the title on her second match point when her opponent netted a return.", "second", "point"),
        ("He converted his third match point after almost three hours on court.", "third", "point"),
        ("The striker scored his fifth goal before half-time on Saturday.", "fifth", "goal"),
    ],
)
def test_an_ordinal_counts_its_noun_not_a_word_past_a_clause_opener(sentence, surface, unit):
    assert quantity_at(sentence, surface).quantity.unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("One man died and more than 80 diners fell ill after the banquet, health officials said.", "more than 80 diners", 80),
        ("Four people, including a boy of six, have died and about 300 villagers fell sick after the feast.",
         "about 300 villagers", 300),
        ("Some 40 pupils were taken ill after lunch at the school.", "Some 40 pupils", 40),
        ("Over 120 fall ill after eating at temple fair; 1 dead", "Over 120", 120),
        ("Nearly 90 ill, 2 dead after contaminated water in hill town", "Nearly 90 ill", 90),
    ],
)
def test_falling_ill_is_a_count_of_its_own_not_the_deaths_verb(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.measure) == (value, "sickened")


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("The fourth-ranked Spaniard saved two set points in the opening set.", "fourth-ranked", 4, "rank"),
        ("The Canadian, seeded third, dropped only one set all week.", "third", 3, "seed"),
        ("She is ranked 12th and had never reached a final.", "12th", 12, "rank"),
        ("Ranked No 14 before the event, he beat three seeds.", "No 14", 14, "rank"),
        ("The world number two served 11 aces.", "number two", 2, "rank"),
        ("She beat the world No. 3 in the semi-final.", "No. 3", 3, "rank"),
    ],
)
def test_a_rank_or_seed_held_is_a_count_of_its_own(sentence, surface, value, unit):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (value, unit, unit)


@pytest.mark.parametrize(
    "sentence",
    ["He will move up to No. 4 in the rankings on Monday.", "He lives at No 10 on the same street."],
)
def test_a_rank_to_come_or_a_house_number_is_no_rank_held(sentence):
    assert not [c for c in quantities_of(sentence) if c.quantity.unit == "rank"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The packaging group employs 6,800 people at 40 sites.", "6,800 people", 6800),
        ("The mill employs about 900 workers.", "about 900 workers", 900),
        ("The retailer employs 7,400 staff in Britain.", "7,400 staff", 7400),
        ("The regulator now has a staff of about 250.", "about 250", 250),
        ("The firm has a workforce of 3,100 across Europe.", "3,100", 3100),
    ],
)
def test_a_workforce_is_counted_in_employees_however_worded(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, "employee")


def test_fisherfolk_are_the_fishermen_others_count():
    claim = quantity_at("About 18,500 fisherfolk depend on the bay, the bureau said.", "About 18,500 fisherfolk")
    assert (claim.quantity.value, claim.quantity.unit) == (18500, "fisherman")


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Borg, now 69, watched from the royal box.", "69", 69),
        ("Her coach, Maria Lopez, now 81, declined to comment.", "81", 81),
    ],
)
def test_an_age_after_a_name_and_now_is_the_persons_age(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.kind, claim.quantity.value) == ("age", value)


def test_a_fraction_of_whom_is_a_share():
    claim = quantity_at("The city has 9 million people, about a third of whom live in slums.", "about a third")
    assert (claim.quantity.unit, round(claim.quantity.value)) == ("percent", 33)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("She trails Swiatek 2-5 in their head-to-head meetings.", "2-5"),
        ("The Celtics lead the series 3-1 going into Game 5.", "3-1"),
        ("He leads Nadal 4-2 in their meetings on grass.", "4-2"),
    ],
)
def test_a_tally_one_side_leads_or_trails_is_a_score(sentence, surface):
    assert claim_at(sentence, surface).kind == "score"


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("About 3 million of those affected live in Germany, the regulator said.", "About 3 million", 3_000_000),
        ("Two of those displaced were taken to a school.", "Two", 2),
    ],
)
def test_a_number_of_those_affected_counts_people(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, "people")


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("The heatwave is in its fourth day.", "fourth day", 4, "day"),
        ("Heatwave toll climbs as city sizzles for third day", "third day", 3, "day"),
        ("Officials said the city was in the third straight day of the heatwave.", "third straight day", 3, "day"),
        ("Temperatures rose to 44C for a fourth consecutive day.", "fourth consecutive day", 4, "day"),
        ("Shares fell for a fifth week running.", "fifth week", 5, "week"),
        ("Rubbish piled up on Monday, the sixth day of the bin collectors' strike.", "sixth day", 6, "day"),
        ("Thursday was the second day of a walkout by junior doctors.", "second day", 2, "day"),
    ],
)
def test_the_day_of_a_run_counts_its_days(sentence, surface, value, unit):
    q = quantity_at(sentence, surface).quantity
    assert (q.value, q.unit, q.dimension) == (value, unit, "count")


@pytest.mark.parametrize("sentence", ["On the third day of the trial, the witness spoke.",
                                      "Rent is due by Friday, the third day of the month."])
def test_a_day_an_event_falls_on_is_no_run(sentence):
    assert not [c for c in quantities_of(sentence) if c.quantity.unit == "day"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("Seventy-nine have returned. Eight are still with the bandits, and we are doing everything.", "Eight", 8, "held"),
        ("Gunmen free 79 worshippers kidnapped from church, eight still held", "eight", 8, "held"),
        ("Nearly 100 of them are still missing.", "Nearly 100", 100, "missing"),
        ("Seven of them were women.", "Seven", 7, "women"),
        # ... held by the police
        ("Police said two are in custody and a third man is being sought.", "two", 2, "in custody"),
        ("Two of them are now in jail, deputies said.", "Two", 2, "in custody"),
        # ... the place it names, with "of them"
        ("Most of the dead were motorists. Five of them were in Kentucky, officials said.", "Five", 5, "in Kentucky"),
        ("Two of those were in North Carolina and one in Virginia.", "Two", 2, "in North Carolina"),
        # a condition, a harm, and the clause opened by "although" or a reporting verb
        ("Paramedics said one of them was in serious condition on Sunday night.", "one", 1, "serious"),
        ("Four people were hurt. One of the four was listed in critical condition, police said.", "One", 1, "critical"),
        ("The driver said three of them had broken legs and one had a spinal injury.", "three", 3, "broken leg"),
        ("The driver said three of them had broken legs and one had a spinal injury.", "one", 1, "spinal injury"),
        ("No one died, although two were airlifted to hospital with burns.", "two", 2, "airlifted"),
        ("The fire service said four were taken to hospital by ambulance.", "four", 4, "taken"),
    ],
)
def test_a_clause_opening_number_counts_the_people_in_the_state_it_names(sentence, surface, value, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (value, "people", measure)


@pytest.mark.parametrize("sentence", ["Three are children of the owner.", "Two were in Ohio.", "Two of them were in the car."])
def test_a_bare_number_with_a_noun_state_but_no_partitive_counts_nothing(sentence):
    assert not quantities_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Police said the clerk had been shot once in the chest.", "once", 1),
        ("Patel opened the register, and the gunman fired once, striking him in the chest.", "once", 1),
        ("Police said Patel was shot twice.", "twice", 2),
        # a knockdown, as a blow: "floored Hallberg twice"
        ("The champion floored Mendes twice in the fifth round.", "twice", 2),
        # how often one was booked: "had been arrested twice"
        ("Records show the driver had been ticketed twice for speeding this year.", "twice", 2),
        ("Police said the suspect was arrested once in 2021 on a weapons charge.", "once", 1),
        # the blow as a participle after the shots: "firing at the clerk, hitting him twice"
        ("The gunman opened fire from the car, striking the driver twice in the arm.", "twice", 2),
        ("A man walked up and fired three shots, hitting the courier once in the leg.", "once", 1),
        ("The attacker chased her down the stairs, stabbing her twice in the back.", "twice", 2),
        # a ratio of two rates or sizes: "twice as fast as", as "three times as fast as"
        ("The Arctic is heating up twice as quickly as the rest of the planet.", "twice", 2),
        ("Researchers said sea levels there are rising roughly twice as fast as the global mean.", "roughly twice", 2),
    ],
)
def test_once_or_twice_after_a_shot_counts_the_shots(sentence, surface, value):
    q = quantity_at(sentence, surface).quantity
    assert (q.value, q.unit) == (value, "times")


@pytest.mark.parametrize("sentence", ["He was once hit by a car.", "The gunman fired twice as many rounds.",
                                      "She was struck twice before.", "The town once had a mill."])
def test_once_or_twice_elsewhere_counts_nothing(sentence):
    assert not quantities_of(sentence)



@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The bandits had demanded a ransom of N100m, and later asked for N1m per person.", "N100m", 100e6),
        ("The bandits had demanded a ransom of N100m, and later asked for N1m per person.", "N1m", 1e6),
        ("The fee rose to N2.5bn from N5,000.", "N2.5bn", 2.5e9),
        ("The fee rose to N2.5bn from N5,000.", "N5,000", 5000),
        ("The families paid ₦100 million.", "₦100 million", 100e6),
    ],
)
def test_the_naira_as_nigerian_papers_write_it(sentence, surface, value):
    q = quantity_at(sentence, surface).quantity
    assert (q.value, q.unit) == (value, "NGN")


def test_an_n_before_a_bare_number_is_a_name_not_naira():
    assert not [c for c in quantities_of("Staff wore N95 masks on the N7 road.") if c.quantity.unit == "NGN"]


@pytest.mark.parametrize(
    ("sentence", "surface", "share"),
    [
        ("In 2014, around three-quarters of voters rejected a proposal.", "around three-quarters", 75),
        ("That year more than two-thirds of households had no car.", "more than two-thirds", 66.7),
    ],
)
def test_a_fraction_of_a_plural_noun_is_a_share(sentence, surface, share):
    q = quantity_at(sentence, surface).quantity
    assert (q.unit, round(q.value, 1)) == ("percent", share)


def test_a_fraction_of_a_time_unit_is_no_share():
    assert not [c for c in quantities_of("A third of years were dry.") if c.quantity.unit == "percent"]


def test_an_age_in_a_relative_clause_after_a_name():
    claim = quantity_at("The dead included Jaylen Moore, who was 18, police said.", "18")
    assert (claim.quantity.unit, claim.quantity.dimension) == ("years", "age")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a verb after "and": the relative clause goes on to say what the person does
        ("Silver went to Marta Kovacs of Hungary, who is 19 and was racing in her first final.", "19"),
        ("The victim was Dale Pruitt, who was 54 and had worked at the plant for decades.", "54"),
        # the age ends a quoted speaker's attribution, with the next quote's opening mark left on it
        ('"We heard three shots," said Ellen Marsh, 71. "Then the car sped away."', "71"),
    ],
)
def test_an_age_after_a_name_whatever_the_clause_goes_on_to_say(sentence, surface):
    assert quantity_at(sentence, surface).quantity.dimension == "age"


def test_a_relative_clause_after_a_thing_gives_no_age():
    assert not [c for c in quantities_of("The company, which was 18, closed.") if c.quantity.dimension == "age"]


@pytest.mark.parametrize(
    ("sentence", "surface", "age"),
    [
        # a person named by what they drove or ran, then their age in a relative clause
        ("Deputies said the driver of the van, who is 37, was cited for speeding.", "37", True),
        ("The owner of the bakery, who was 62, had run it since 1990.", "62", True),
        # a thing of a thing is no person
        ("The roof of the old barn, which was 80, gave way.", "80", False),
    ],
)
def test_an_age_in_a_relative_clause_after_a_person_named_by_a_thing(sentence, surface, age):
    ages = [c for c in quantities_of(sentence) if c.quantity.dimension == "age" and c.text == surface]
    assert bool(ages) is age


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("Ammonia leak at fertilizer plant kills 3, sends more than 200 to hospitals", "more than 200", 200, "hospitalized"),
        ("Ammonia leak at fertilizer plant kills three, forces 2,000 from homes", "2,000", 2000, "evacuated"),
    ],
)
def test_a_headline_count_sent_to_hospital_or_forced_from_homes(sentence, surface, value, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (value, "people", measure)


def test_a_count_sent_elsewhere_is_no_casualty():
    assert not quantities_of("They sent 12 to the front.")


def test_a_count_at_the_same_point_a_year_before_counts_the_sentences_noun():
    sentence = ("The department has investigated 14 homicides so far this year, compared with 22 at the same time "
                "last year, according to department figures.")
    assert quantity_at(sentence, "22").quantity.unit == "homicide"


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        # a list of names and ages split by semicolons, as a coroner's or police release is quoted
        ("The dead were identified as Tomas Reyes, 14; Ana Reyes, 11; and Luis Ortega, 16.", [14, 11, 16]),
        ("Police named the victims as Darnell Hayes, 23; Marcus Bell, 19; and a 17-year-old boy.", [23, 19, 17]),
    ],
)
def test_ages_in_a_list_split_by_semicolons(sentence, ages):
    assert [c.quantity.value for c in quantities_of(sentence) if c.kind == "age"] == ages


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # "the three", "the two" as a clause's subject with a passive verb: the people the story counts
        ("The three were seized in December by gunmen who attacked their vehicle.", "three", "seized"),
        ("The two were taken to a hospital with minor injuries.", "two", "taken"),
    ],
)
def test_the_and_a_bare_number_opening_a_passive_clause_counts_people(sentence, surface, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value, claim.measure) == ("people", 3 if surface == "three" else 2, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # an ordinal person who is one more of the dead counts them, as "the ninth cyclist killed" does
        ("Police say Ruiz is the eighth person on a bicycle to be killed in the city this year.", "eighth", 8),
        ("She was the third woman to die in the county jail since January.", "third", 3),
        # a death since the first report, told by the one more of the dead it makes
        ("A third person has died after a bus plunged off a bridge in northern Italy, officials said.", "third", 3),
        ("A fifth man had since died of his burns, the hospital said.", "fifth", 5),
        # a headline's present tense, and a victim
        ("Third person dies after Route 9 pileup; road reopens", "Third", 3),
        ("Fourth victim dies days after apartment blaze", "Fourth", 4),
    ],
)
def test_an_ordinal_person_killed_counts_the_dead_so_far(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value, claim.measure) == ("people", value, "killed")


@pytest.mark.parametrize("sentence", ["He was the first person to climb it.", "She became the second woman to lead the party."])
def test_an_ordinal_person_without_a_death_is_no_count(sentence):
    assert quantities_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        # a bare number in a clause that ends with an earlier stretch takes the sentence's noun
        ("The city issued 960 building permits in 2023, a record, and 710 last year.", "710", "permit"),
        ("Police logged 31 carjackings in 2024 and 25 the year before.", "25", "carjacking"),
        ("The district had 12 schools in 2019, and 20 in 2022.", "20", "school"),
    ],
)
def test_a_bare_number_before_an_earlier_stretch_takes_the_sentences_noun(sentence, surface, unit):
    assert quantity_at(sentence, surface).quantity.unit == unit


def test_a_bare_number_before_a_rate_stretch_is_not_elliptical():
    assert [c.text for c in quantities_of("The clinic treats 40 patients a day, and 144 a year.")] == ["40 patients"]


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        # "as young as" gives an age, in years unless a unit follows
        ("Gangs recruit children as young as 13 through social media, police warned.", "13", "years"),
        ("Patients as young as 6 months were treated at the clinic.", "6 months", "months"),
    ],
)
def test_as_young_as_gives_an_age(sentence, surface, unit):
    claim = quantity_at(sentence, surface)
    assert (claim.kind, claim.quantity.unit) == ("age", unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        # "N of them" opening a clause, past an aside naming some of them, with a verb in the past
        ("Three of them, including Belgian rider Jan Maes, abandoned the race, organisers said.", "Three", 3, "abandoned"),
        ("Two of them, including a 4-year-old girl, were taken to a hospital.", "Two", 2, "taken"),
    ],
)
def test_some_of_them_past_an_including_aside_count_people(sentence, surface, value, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value, claim.measure) == ("people", value, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # the par of a hole, glued to "par-"
        ("She found the water with her approach to the par-four 18th and dropped a shot.", "par-four", 4),
        ("He reached the par-5 13th in two and holed the putt.", "par-5", 5),
    ],
)
def test_a_par_glued_to_par_is_the_par_of_a_hole(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value) == ("par", value)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # the hole a score was made at: which hole, not how many
        ("The American birdied the 12th and never looked back.", "12th", 12),
        ("Rahm eagled the 15th as the crowd roared.", "15th", 15),
        ("A double bogey at the seventh ended her hopes.", "seventh", 7),
    ],
)
def test_an_ordinal_after_a_golf_score_is_the_hole(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value) == ("hole", value)


def test_a_bare_ordinal_after_an_ordinary_verb_is_no_hole():
    assert [c.quantity.unit for c in quantities_of("The council passed the fifth and final budget.") if c.text == "fifth"] != ["hole"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "subject"),
    [
        # a score to par, strokes against par, for the player the sentence opens with
        ("Nelly Korda finished on 14-under-par to win by three shots at Kingsbarns.", "14-under-par", 14, "stroke under par", ("Nelly", "Korda")),
        ("Spain's Jon Rahm was fifth on 9 under after birdies at the last two holes.", "9 under", 9, "stroke under par", ("Jon", "Rahm")),
        ("Lowry, who bogeyed the last, sits at 3 over par.", "3 over par", 3, "stroke over par", ("Lowry",)),
        # the day's round: after "a"/"closing"/"final-round" or "shot"/"carded"
        ("Rory McIlroy carded a 65 to move into a share of the lead.", "65", 65, "stroke", ("Rory", "McIlroy")),
        ("Ludvig Aberg, who shot a final-round 67, birdied three of the last four holes.", "67", 67, "stroke", ("Ludvig", "Aberg")),
        ("Minjee Lee signed for a closing 71.", "71", 71, "stroke", ("Minjee", "Lee")),
        # the day's round to par, before the round's score: not the total to par
        ("Tommy Fleetwood signed for a six-under 65 to finish on 17 under.", "six-under", 6, "round stroke under par",
         ("Tommy", "Fleetwood")),
        ("Matsuyama carded a bogey-free 7-under 64 to take the title.", "7-under", 7, "round stroke under par", ("Matsuyama",)),
        # the total after its score to par
        ("Scheffler finished on 20-under 268, four clear of the field.", "268", 268, "stroke", ("Scheffler",)),
        # a place the player finished in
        ("Hovland, who birdied the 18th, finished second on 11 under.", "second", 2, "place", ("Hovland",)),
        ("Fleetwood settled for third place after a bogey at the 17th.", "third", 3, "place", ("Fleetwood",)),
    ],
)
def test_golf_scores_are_the_opening_players_own(sentence, surface, value, unit, subject):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.subject) == (value, unit, subject)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # an earlier round named in a report is not the day's score
        ("Hatton, who opened with a first-round 64, shot 72 on Friday.", "64"),
        # a score with no player named (the sentence opens "The 27-year-old")
        ("The 27-year-old carded a 66 and finished on 12 under par.", "66"),
        # no golf word: a bare two-digit number in other news
        ("Smith shot a man, 64, outside the bar on Friday.", "64"),
        ("The council approved a 72 to 5 vote on the budget.", "72"),
        ("Johnson, who was 15 under the age limit, was released.", "15"),
    ],
)
def test_a_bare_number_is_no_golf_score_without_golf_and_a_player(sentence, surface):
    assert all(c.quantity.unit not in ("stroke", "stroke under par", "place") for c in quantities_of(sentence) if c.text == surface)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # an estimate of half a whole is a share of it
        ("About half of the crop was lost to the floods, the ministry said.", "About half"),
        ("Roughly half of its staff will move to the new site.", "Roughly half"),
    ],
)
def test_an_estimated_half_of_a_whole_is_a_share(sentence, surface):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (50, "percent")


@pytest.mark.parametrize("sentence", ["Half the town turned out for the parade.", "More than half of those surveyed disagreed.",
                                      "Less than half of the polled firms plan to hire this year."])
def test_a_bare_or_open_half_is_no_share(sentence):
    assert [c for c in quantities_of(sentence) if "half" in c.text.lower()] == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        # an ordinal whose noun the sentence gave already: the subject's ...
        ("The crash was the fourth on that stretch of highway since January.", "fourth", 4, "crash"),
        ("Sunday's blaze is the third in the district this month, fire officials said.", "third", 3, "blaze"),
        ("The drowning was the sixth of its kind on the county's beaches this summer.", "sixth", 6, "drowning"),
        # ... told by whom
        ("The shooting is the third by county deputies this year, the sheriff's office said.", "third", 3, "shooting"),
        ("The seizure was the fifth by border officers at the crossing since March.", "fifth", 5, "seizure"),
        # ... or the occasions of what the clause tells, over the span it names
        ("The bridge was shut to traffic for the third time this winter.", "third time", 3, "times"),
        ("It is at least the sixth time a cyclist has been struck on the road since May.", "at least the sixth time", 6, "times"),
        # ... hedged as a floor by a reporter who may not know of every earlier one
        ("The stabbing is at least the third near the station this year, police said.", "at least the third", 3, "stabbing"),
        ("The collision was at least the fifth at that junction since the spring.", "at least the fifth", 5, "collision"),
        # ... or that of the ordinal before it
        ("It was the sixth fatal stabbing in the borough this year and the 11th in London.", "11th", 11, "stabbing"),
        ("It was the ninth overdose death in the county this year and the second along the same street.", "second", 2, "death"),
    ],
)
def test_an_ordinal_of_a_series_takes_the_noun_the_sentence_gave(sentence, surface, value, unit):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, unit)


@pytest.mark.parametrize("sentence", ["It is the second in a series of talks.", "The team finished the season and the second half in style.",
                                      "The storm is at least the second strongest on record.", "The rate is the second highest by far.",
                                      "She was playing in a final for only the second time.", "He got up a second time this year.",
                                      "It was the second time this season, the coach said."])
def test_an_ordinal_with_no_noun_given_is_no_count(sentence):
    assert [c for c in quantities_of(sentence) if "second" in c.text] == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Junior doctors strike again as 45,000 walk out over pay.", "45,000", 45000),
        ("The dispute escalated in March, when 12,000 went on strike at the ports.", "12,000", 12000),
        ("Teachers said 8,500 had downed tools by midday.", "8,500", 8500),
        ("Storm Ciaran leaves 150,000 without power across Cornwall", "150,000", 150000),
        ("By Sunday night about 40,000 were still without electricity.", "about 40,000", 40000),
        ("The ice storm had left 62,000 without power by dawn, the utility said.", "62,000", 62000),
    ],
)
def test_a_bare_number_that_walks_out_or_is_left_without_power_counts_people(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, "people")


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The council puts the number of empty homes at around 2,300.", "around 2,300", "home"),
        ("Police put the number of arrests at 57.", "57", "arrest"),
    ],
)
def test_the_number_of_a_noun_put_at_a_bare_number_counts_that_noun(sentence, surface, unit):
    claim = quantity_at(sentence, surface)
    assert claim.quantity.unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Deputies were sent to a home in the 3200 block of Maple Grove Drive shortly after midnight.",
         "3200 block", 3200, "street block maple"),
        ("The crash happened in the 600 block of W. Elm St. on Friday evening.", "600 block", 600, "street block elm"),
        ("A man was found shot in the 1800 block of 3rd Avenue South, police said.", "1800 block", 1800,
         "street block 3rd"),
    ],
)
def test_a_streets_hundred_block_is_a_place_of_its_own_unit(sentence, surface, value, unit):
    """US local news places an event by the hundred-block of a street: a figure two reports share,
    one unit per street (so that two streets' blocks never meet), never a year ("the 1800 block")."""
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure, claim.period) == (value, unit, "street block", None)
    assert not [c for c in claims_of(sentence) if c.kind == "date" and c.event_date.iso() == str(value)]


@pytest.mark.parametrize(
    "sentence",
    ["The tower has 1200 blocks of stone.", "A block of flats with 300 homes was evacuated.",
     "Crews cleared 4150 block of debris."],
)
def test_a_number_before_block_that_names_no_street_is_no_street_block(sentence):
    assert not [c for c in quantities_of(sentence) if c.quantity.unit.startswith("street block")]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        # which round, stage or lane: its number, never a count of rounds
        ("The challenger was stopped in the seventh round after a clash of heads.", "seventh round", 7, "round number"),
        ("Moreau won the fourth stage of the Tour of Austria in a sprint.", "fourth stage", 4, "stage number"),
        ("Moreau took the leader's jersey on stage 4 of the race.", "stage 4", 4, "stage number"),
        ("The American swam from lane three and touched first.", "lane three", 3, "lane number"),
        # the floor a fire started on, with its verb of starting before it or after "where"
        ("The blaze broke out shortly after 2 a.m. on the fifth floor of the hotel.", "fifth floor", 5, "floor number"),
        ("Crews found two bodies on the sixth floor, where the fire is thought to have begun.", "sixth floor", 6,
         "floor number"),
        # ...past a time with its conversion in brackets and the room it started in
        ("The fire began at about 1.40 a.m. (2340 GMT) on Sunday in a kitchen on the third floor of the block.",
         "third floor", 3, "floor number"),
    ],
)
def test_an_ordinal_or_number_naming_a_part_of_a_contest_is_which_part(sentence, surface, value, unit):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.quantity.lower, claim.measure) == (value, unit, value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "She began the final round one shot behind the leader.",  # "one shot": a margin, no round
        "Growth slowed in the first quarter, the agency said.",  # a period
        # a floor victims were found on, or flames spread to: a report tells of several
        "Firefighters found two children on the second floor of the house.",
        "The fire started in the kitchen and spread to the third floor.",
        # a round or a stage no deed decided: a story tells several ("beat Smith in the second round", "will
        # face Jones in the third round" would be a conflict)
        "Novak will face Jones in the third round on Thursday.",
        "The Belgian crashed in the fourth stage and lost two minutes.",
        "Saturday's seventh stage features three mountain passes.",
    ],
)
def test_a_number_beside_a_part_noun_that_counts_something_else_names_no_part(sentence):
    assert not [c for c in claims_of(sentence) if c.quantity and c.quantity.unit.endswith(" number")]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        # a part of a whole the sentence counts after it, with no noun of its own
        ("Three of the four injured were flown to a trauma centre.", "Three", 3, "people"),
        ("Two of the five dead were teenagers, police said.", "Two", 2, "people"),
    ],
)
def test_a_bare_part_of_a_counted_whole_counts_what_the_whole_counts(sentence, surface, value, unit):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        # some of the victims the sentence before counted, in a grave state: counted as that state
        ("At least three of them have wounds described as life-threatening.", "At least three", 3, "life-threatening"),
        ("Four of whom suffered serious injuries in the crash.", "Four", 4, "serious"),
        ("Two of them remain in what doctors called critical condition.", "Two", 2, "critical"),
    ],
)
def test_some_of_them_in_a_grave_state_count_that_state(sentence, surface, value, measure):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value, claim.measure) == ("people", value, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        # a hall's or a ground's seats: people, with no noun of their own
        ("The arena seats roughly 18,000 for concerts.", "roughly 18,000", 18000, "people"),
        ("The stadium has a capacity of 41,200 for rugby matches.", "41,200", 41200, "people"),
        # what a building was built for, and what it holds now: the noun of the count before
        ("The shelter was built for 150 people but was housing nearly 600 by Friday.", "nearly 600", 600, "people"),
        ("The detention centre, meant to hold 900 detainees, held 2,350 in March.", "2,350", 2350, "detainee"),
        ("The county jail holds 1,100 inmates, though it was designed to hold about 700.", "about 700", 700, "inmate"),
    ],
)
def test_a_bare_count_a_building_holds(sentence, surface, value, unit):
    claim = quantity_at(sentence, surface)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("count", value, unit)


def test_what_a_building_holds_now_is_one_measure_however_it_is_said():
    """ "was housing more than 1,200", "was holding about 1,300": one count, of those held."""
    housing = quantity_at("The camp, built for 300 people, was housing about 900 on Sunday.", "about 900")
    holding = quantity_at("The camp was built for 300 people but was holding more than 850.", "more than 850")
    assert housing.measure == holding.measure == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police held 12 on Monday after the clashes.",  # no building, no noun before: nothing counted
        "The fund holds 40 in reserve, the filing said.",
    ],
)
def test_a_bare_number_after_hold_counts_nothing_without_a_building_or_noun(sentence):
    assert not [c for c in quantities_of(sentence) if c.quantity.dimension == "count"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("Okoro, a father of four who drove a taxi, was killed on his way home.", "four", 4, "children"),
        ("The victim, a mother-of-two, had moved to the city last year.", "two", 2, "children"),
        ("The grandmother of seven said she would share the winnings.", "seven", 7, "grandchildren"),
        ("A British family of five was among those rescued from the hotel.", "five", 5, "family"),
    ],
)
def test_a_parent_of_n_counts_the_children(sentence, surface, value, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (value, "people", measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "lower", "upper"),
    [
        # the hedge between the number and its noun: a floor, or a rough figure, of the noun's count
        ("Police define a mass shooting as one in which four or more people are shot.", "four or more people",
         4, "people", 4, None),
        ("The factory employs 300 or more seasonal workers in summer.", "300 or more seasonal workers",
         300, "employee", 300, None),
        ("Roughly 30 or so cars were damaged in the hailstorm.", "Roughly 30 or so cars", 30, "vehicle", 27, 33),
    ],
)
def test_a_hedge_between_a_number_and_its_noun(sentence, surface, value, unit, lower, upper):
    q = quantity_at(sentence, surface).quantity
    assert (q.value, q.unit, q.lower, q.upper) == (value, unit, lower, upper)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The hosts won in front of a 52,000 crowd at the national stadium.", "52,000 crowd", 52000),
        ("Late drama in front of 30,000 crowd as visitors snatch a draw", "30,000 crowd", 30000),
    ],
)
def test_a_crowd_sized_before_its_noun_counts_people(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (value, "people", "crowd")


def test_a_noun_after_crowd_is_what_is_counted():
    assert quantity_at("Police put up 600 crowd barriers along the route.", "600 crowd barriers").quantity.unit == "barrier"


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        # "the other N" opening a clause, with a passive verb or a state after it
        ("One passenger died at the scene. The other five were taken to hospital.", "five", 5, "taken"),
        ("One miner was freed on Monday; the other six are still missing.", "six", 6, "missing"),
        # "N of them" past an aside that names them without "including"
        ("Three of them, all teenagers, were arrested at the scene.", "Three", 3, "arrested"),
        # "listed as critical": the state a hospital gives them
        ("Five people were hurt, and police said one is listed as critical.", "one", 1, "critical"),
    ],
)
def test_the_other_ones_and_some_of_them_count_people(sentence, surface, value, measure):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value, claim.measure) == ("people", value, measure)


def test_non_critical_is_no_critical_state():
    # "two of them are non-critical": not the count in a grave state
    assert all(c.measure != "critical" for c in claims_of("Three men were shot. Two of them are non-critical."))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("A late penalty levelled it at 2-2 with ten minutes left.", "2-2"),
        ("The hosts were 14-3 up at half-time and never looked back.", "14-3"),
        ("United were held to a 1-1 draw at home.", "1-1"),
        # a headline's score between the two sides
        ("Wales 31-17 Italy: Hosts pull clear in second half", "31-17"),
    ],
)
def test_a_level_a_break_or_a_headline_tells_a_score(sentence, surface):
    assert claim_at(sentence, surface).kind == "score"


@pytest.mark.parametrize(
    "sentence",
    [
        "Children aged 5-11 May join the club.",  # a month after the figure: no second side
        "Route 9-11 reopened after the flood.",  # no name after it
    ],
)
def test_a_figure_pair_between_words_is_no_score(sentence):
    assert not [c for c in claims_of(sentence) if c.kind == "score"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # the age of the youngest or oldest of those the story counts, at the clause's end
        ("Four children were hurt; the youngest was 3.", "3", 3),
        ("The oldest of those rescued was 88, the coastguard said.", "88", 88),
        ("Six people were taken to hospital. Officials said the oldest of them is 72.", "72", 72),
    ],
)
def test_the_youngest_or_oldest_was_an_age(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.dimension, claim.quantity.value) == ("age", value)


def test_the_oldest_before_a_noun_is_no_age():
    assert not [c for c in claims_of("The oldest was 1998 vintage.") if c.quantity and c.quantity.dimension == "age"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Passenger numbers were flat, while the number of flights operated in May was 9,870.", "9,870", 9870, "flight"),
        ("The number of visitors to the park reached 1.8 million last year.", "1.8 million", 1_800_000, "visitor"),
        ("The regulator said the number of complaints it received in March was 512.", "512", 512, "complaint"),
        ("The number of students enrolled this autumn is 14,215, the university said.", "14,215", 14215, "student"),
    ],
)
def test_the_number_of_a_noun_is_a_count_of_that_noun(sentence, surface, value, unit):
    """ "the number of flights operated in May was 9,870": the figure counts the flights the sentence names."""
    q = quantity_at(sentence, surface).quantity
    assert (q.value, q.unit, q.dimension) == (value, unit, "count")


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Sinner, who beat three seeds this week, will climb to third in the world when the rankings update.", "third", 3,
         "new rank Sinner"),
        ("After the final Swiatek will move up to No. 2 in the rankings on Monday.", "No. 2", 2, "new rank Swiatek"),
        ("The win lifted her to 14th in the Race to Costa del Sol standings.", "14th", 14, "new rank"),
        ("Hojgaard, who birdied the last, jumps to 31st in the Race to Dubai.", "31st", 31, "new rank Hojgaard"),
        # a team's place in its league, moved to or sat in, no ceiling
        ("Rovers, who sit fifth, travel to Dundee in the League Cup on Saturday.", "fifth", 5, "table place Rovers"),
        ("Tuesday's draw takes Wanderers up to fourth place with 22 points.", "fourth place", 4, "table place Wanderers"),
        ("County dropped to ninth in the Championship after a third straight defeat.", "ninth", 9, "table place County"),
        ("The Bulls moved up to second place in the conference with the win.", "second place", 2, "table place Bulls"),
    ],
)
def test_a_rank_a_result_moves_a_player_to_is_the_new_rank(sentence, surface, value, unit):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.quantity.hedge) == (value, unit, None)


def test_a_place_moved_to_in_no_ranking_is_no_new_rank():
    assert all(not c.quantity.unit.startswith("new rank") for c in quantities_of("The vote moved to third reading in the House."))


@pytest.mark.parametrize("sentence", ["Shares in Harlow climbed to third place among the day's gainers.",
                                      "The bill moved to third reading in the House, where it has enough points of support."])
def test_a_place_outside_a_league_is_no_table_place(sentence):
    assert all(not c.quantity.unit.startswith("table place") for c in quantities_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The county has seen 23 cyclist deaths since January, police said.", "23 cyclist deaths", 23),
        ("Officials logged nine boating deaths on the reservoir last summer.", "nine boating deaths", 9),
        ("The province reported 31 overdose deaths in March.", "31 overdose deaths", 31),
        ("There were 12 motorcyclist fatalities on state roads in the spring.", "12 motorcyclist fatalities", 12),
        ("The coalition says 87 domestic violence deaths were counted statewide.", "87 domestic violence deaths", 87),
        ("Regulators logged 205 worker deaths across all industries.", "205 worker deaths", 205),
    ],
)
def test_a_death_count_named_by_who_died_is_a_toll(sentence, surface, value):
    """ "23 cyclist deaths": whose deaths stand between the count and the casualty noun, as a cause does."""
    claim = quantity_at(sentence, surface, published=None)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("count", value, "people")


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The state counted 63 road deaths in the first half of 2026, compared with 71 in all of 2025.", "71", 71),
        ("Police logged 18 burglaries this spring, compared with 40 in the whole of 2024.", "40", 40),
    ],
)
def test_a_count_set_against_a_whole_earlier_year_keeps_its_noun(sentence, surface, value):
    """ "compared with 54 in all of 2025": the same tally over the whole of an earlier year."""
    claim = quantity_at(sentence, surface, published=None)
    assert claim.kind == "count" and claim.quantity.value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The city logged 212 shootings in 2025, police said, down from a record 301 in 2023.", "301", 301),
        ("The shelter housed 64 dogs in June, down from the record 90 it took in last winter.", "90", 90),
    ],
)
def test_the_level_a_count_is_down_from_keeps_its_noun_after_a_record(sentence, surface, value):
    """ "down from a record 398 in 2023": the same tally at its record, not a bare number."""
    claim = quantity_at(sentence, surface, published=None)
    assert claim.kind == "count" and claim.quantity.value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Four of the five have been charged with burglary, the sheriff's office said.", "Four", 4),
        ("Six of the 21 infected were taken to hospital.", "Six", 6),
        ("Three of the seven were freed on Sunday, the army said.", "Three", 3),
    ],
)
def test_part_of_a_group_named_before_counts_persons_by_what_befell_them(sentence, surface, value):
    """ "Two of the three have been charged": the group is named in an earlier sentence; being charged
    says the part counts persons."""
    claim = quantity_at(sentence, surface, published=None)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("count", value, "people")


def test_part_of_a_group_of_things_is_no_count_of_persons():
    assert all(c.quantity.unit != "people" for c in quantities_of("Two of the three pumps failed.", published=None))


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Ice storm knocks out power to 210,000 in Georgia", "210,000", 210_000),
        ("The gale cut electricity to about 45,000 on Tuesday night.", "about 45,000", 45_000),
        ("More than 80,000 lost power in the city overnight.", "More than 80,000", 80_000),
    ],
)
def test_a_bare_number_an_outage_cut_off_counts_customers(sentence, surface, value):
    """ "knocks out power to 300,000": outage news counts customers, and leaves the noun out."""
    claim = quantity_at(sentence, surface, published=None)
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("count", value, "customer")


@pytest.mark.parametrize(
    ("first", "first_surface", "second", "second_surface"),
    [
        ("The courier was struck three times as he left the van.", "three times",
         "A gunman fired, hitting the courier three times.", "three times"),
        ("The fire service dispatched 120 firefighters to the blaze.", "120 firefighters",
         "About 120 firefighters were deployed overnight.", "About 120 firefighters"),
        ("The hostel housed 64 people, the council said.", "64 people",
         "Some 64 people were living in the hostel.", "Some 64 people"),
    ],
)
def test_verbs_of_one_deed_name_one_measure(first, first_surface, second, second_surface):
    assert claim_at(first, first_surface).measure == claim_at(second, second_surface).measure


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The neighbour later told 9 News that she heard screaming.", []),
        ("A spokesperson confirmed the arrest to 42WXYZ News on Friday.", []),
        ("Tune in to 6 Action News for the latest on the flooding.", []),
        ("Her brother told KXYZ 31 News that three dogs chased him.", ["three dogs"]),
        # a count of news outlets is still a count
        ("The lawsuit names 14 News Outlets.", ["14 News"]),
    ],
)
def test_a_channel_number_in_a_stations_name_is_no_figure(sentence, kept):
    assert [c.text for c in quantities_of(sentence)] == kept


@pytest.mark.parametrize(
    "sentence",
    [
        '"The whole street shook," said one resident, who did not want to be named.',
        "One fan told the radio station the gates had opened late.",
        "One shopkeeper, who has traded there for 30 years, said the market never flooded before.",
    ],
)
def test_the_one_speaker_of_a_quote_is_no_count(sentence):
    """'"The street shook," said one resident' picks out who spoke, not how many: no count."""
    assert [c.text for c in claims_of(sentence) if c.kind == "count"] == []


def test_one_person_a_report_counts_beside_said_is_still_a_count():
    """"One man said to be the driver" and "Police said one man was arrested": a person counted."""
    assert claim_at("One man said to be the driver was arrested at the scene.", "One man").kind == "count"
    assert claim_at("Police said one man was arrested at the scene.", "one man").kind == "count"


@pytest.mark.parametrize(
    ("sentence", "surface", "scope"),
    [
        ("Coastguards rescued 40 Syrian and 12 Afghan migrants off Lesbos.", "40 Syrian and 12 Afghan migrants", ("Syria",)),
        ("Coastguards rescued 40 Syrian and 12 Afghan migrants off Lesbos.", "12 Afghan migrants", ("Afghanistan",)),
        # one people named over the whole count is its own
        ("Coastguards rescued 40 Syrian migrants off Lesbos.", "40 Syrian migrants", ("Syria",)),
    ],
)
def test_a_count_split_by_people_holds_only_its_own_peoples_country(sentence, surface, scope):
    """'12 Somali and 11 Yemeni pirates': the 12 are Somali, so the 12 are not Yemen's."""
    assert quantity_at(sentence, surface).scope == scope


@pytest.mark.parametrize(
    ("sentence", "surface", "total"),
    [
        # the cue is the change's, told in an aside after the figure
        ("The population of the province has risen to 2,314,500, an increase of 4% since the last census.",
         "2,314,500", False),
        ("Membership of the union stood at 61,200, up 3,100 since the merger in 2021.", "61,200", False),
        # an aside that is no change keeps the cue: a toll since the war began
        ("Militants have killed 56 soldiers, the highest toll since the insurgency began.", "56 soldiers", True),
        ("Since the war began, 500 soldiers have been killed, the army said.", "500 soldiers", True),
    ],
)
def test_a_cumulative_cue_in_a_change_after_the_figure_is_the_changes(sentence, surface, total):
    assert ("total" in claim_at(sentence, surface).measure.split()) is total


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("Bus fire in Lyon tunnel, 14 treated for smoke", "14 treated", 14, "treated"),
        ("Firefighters said no one has died.", "no one has died", 0, "killed"),
        ("Nobody has been hurt, the council said.", "Nobody has been hurt", 0, "injured"),
        ("No one had died by Sunday night.", "No one had died", 0, "killed"),
    ],
)
def test_headline_treated_and_perfect_tense_zero_counts(sentence, surface, value, measure):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.measure) == (value, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        ("Carbon monoxide kills more than 400 people in the U.S. each year.", "more than 400 people", "killed per year"),
        ("About 30 freight trains use the line daily.", "About 30 freight trains", "per day"),
        ("The blaze killed 4 people on Sunday.", "4 people", "killed"),
    ],
)
def test_a_figure_given_per_a_stretch_of_time(sentence, surface, measure):
    assert claim_at(sentence, surface).measure.endswith(measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure"),
    [
        ("Ferry fire: death toll hits 14 as search goes on", "14", 14, "killed"),
        ("The flu sends about 200,000 to emergency rooms every winter, doctors say.", "about 200,000", 200000, "hospitalized"),
        ("The heatwave sent 300 to A&E on Tuesday.", "300", 300, "hospitalized"),
    ],
)
def test_a_toll_that_hits_a_figure_and_those_sent_to_emergency_rooms(sentence, surface, value, measure):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.measure.split()[0]) == (value, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Hundreds of thousands of fish are dead along the river, the agency said.", "Hundreds of thousands of fish",
         200000, "fish"),
        ("About 5,000 fish died in the lake after the heatwave.", "About 5,000 fish", 5000, "fish"),
        ("Rangers culled 300 deer in the park last winter.", "300 deer", 300, "deer"),
    ],
)
def test_animals_counted_by_a_plural_without_an_s(sentence, surface, value, unit):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Portugal's population is now 10.6 million, the statistics institute said.", "10.6 million", 10.6e6),
        ("Population of Portugal now 10.6 million, census shows", "10.6 million", 10.6e6),
        ("Portugal's population was 10.3 million in 2021.", "10.3 million", 10.3e6),
    ],
)
def test_a_population_now_a_figure(sentence, surface, value):
    claim = claim_at(sentence, surface)
    assert (claim.quantity.value, claim.measure) == (value, "population")


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The number of empty homes, not counting holiday lets, fell to 41,200, the council said.", "41,200", "home"),
        ("The number of empty homes fell to 41,200, the council said.", "41,200", "home"),
    ],
)
def test_the_number_of_a_noun_with_an_aside_before_its_verb(sentence, surface, unit):
    assert claim_at(sentence, surface).quantity.unit == unit
