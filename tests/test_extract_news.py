"""Extract on wire-story wording: casualties, magnitudes, ages, counts, signed changes."""

from datetime import date

import pytest

from claimcheck import extract


def claims_of(sentence: str):
    return [c for c in extract(sentence) if c.quantity is not None]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "measure_word"),
    [
        ("Sheriff: warehouse shooting kills 2, injures 5", "2", 2, "people", "killed"),
        ("Sheriff: warehouse shooting kills 2, injures 5", "5", 5, "people", "injured"),
        ("3 dead, 4 hurt in Ohio bus crash", "3 dead", 3, "people", "killed"),
        ("3 dead, 4 hurt in Ohio bus crash", "4 hurt", 4, "people", "injured"),
        ("The landslide buried a village, killing at least 12, officials said.", "at least 12", 12,
         "people", "killed"),
        ("A gunman shot dead one person and injured two others on Monday.", "two others", 2,
         "people", "injured"),
    ],
)
def test_casualty_counts_without_a_noun_count_people(sentence, surface, value, unit, measure_word):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, unit)
    assert measure_word in claim.measure.split()


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("A magnitude-6.4 quake struck off the coast on Sunday.", "6.4", 6.4),
        ("The 4.4-magnitude temblor was felt across the valley.", "4.4-magnitude", 4.4),
        ("The earthquake, measuring 5.7 on the Richter scale, hit at dawn.", "5.7 on the Richter scale", 5.7),
    ],
)
def test_magnitudes(sentence, surface, value):
    (claim,) = claims_of(sentence)
    assert claim.text == surface
    assert (claim.quantity.value, claim.quantity.unit) == (value, "magnitude")
    assert claim.measure == "magnitude earthquake"


def test_aftershock_magnitude_is_a_different_measure():
    (claim,) = claims_of("A magnitude 5.1 aftershock followed an hour later.")
    assert claim.measure == "magnitude aftershock"


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # each magnitude is of the shock named nearest to it
        ("The 4.4 quake was followed by a 2.0 aftershock.", ["magnitude earthquake", "magnitude aftershock"]),
        # what a quake was followed by is an aftershock, however it is called
        ("At 9:32 p.m., it was followed by a 2.0-magnitude quake near The Geysers.", ["magnitude aftershock"]),
        ("A magnitude 4.6 earthquake struck, followed by several aftershocks.", ["magnitude earthquake"]),
    ],
)
def test_a_magnitude_is_of_the_shock_it_is_told_of(sentence, measures):
    assert [c.measure for c in claims_of(sentence) if c.quantity.unit == "magnitude"] == measures


@pytest.mark.parametrize(
    ("sentence", "value", "subject"),
    [
        ("Police identified the driver as Maria Keller, 45, of Dayton.", 45, ("Maria", "Keller")),
        ("The 61-year-old Anargyros Bizianis said he had lost everything.", 61, ("Anargyros", "Bizianis")),
        ("A retired teacher aged 71 was among the victims.", 71, ()),
        ("Police charged Sharron Diane Smith, age 61, with two counts of murder.", 61,
         ("Sharron", "Diane", "Smith")),
        # whom the age's holder acts on is not the holder
        ("The unbeaten 27-year-old Mancunian knocked Petrov down in the third round.", 27, ("Mancunian",)),
        ("The 31-year-old beat Kovacs in straight sets.", 31, ()),
        # a title or rank before a name is the person's role, written whole
        ("The ferry's master, Capt. Lena Brandt, 51, was questioned by the coast guard.", 51, ("Captain", "Lena", "Brandt")),
        ("Sheriff Dale Morton, 64, said searchers were out in boats.", 64, ("Sheriff", "Dale", "Morton")),
        ("Dr. Joel Ramos, 53, treated the crew in Calapan.", 53, ("Dr", "Joel", "Ramos")),
    ],
)
def test_ages(sentence, value, subject):
    claim = claims_of(sentence)[0]
    assert claim.kind == "age"
    assert claim.quantity.value == value
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Marines detained 12 Somalis and 11 Yemenis on the dhow.", "12 Somalis", 12, "somali"),
        ("Troops seized seven AK-47s and three rifles.", "seven AK-47s", 7, "ak-47"),
        ("Commandos captured 23 Somali and Yemeni pirates.", "23 Somali and Yemeni pirates", 23, "pirate"),
        ("The 6,900-tonne frigate sailed at dawn.", "6,900-tonne", 6900, "tonne"),
        ("He ruled the country for two decades.", "two decades", 20, "years"),
        ("The fire killed three bank workers-two women and a man.", "three bank workers", 3, "worker"),
        ("Police arrested two of the protest leaders.", "two of the protest leaders", 2, "leader"),
    ],
)
def test_counts_and_units_in_news_wording(sentence, surface, value, unit):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert claim.quantity.value == value
    assert claim.quantity.unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "lower", "upper"),
    [
        # decades count years rounded to the decade: "two decades" is 21 years rounded, not 20 exactly
        ("The teacher worked at the school for two decades before retiring.", "two decades", 15, 25),
        ("The dispute over the border has dragged on for three decades.", "three decades", 25, 35),
    ],
)
def test_a_count_of_decades_is_rounded_to_the_decade(sentence, surface, lower, upper):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.quantity.unit, claim.quantity.lower, claim.quantity.upper) == ("years", lower, upper)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The index fell 5.4 per cent in early trading in 2010.", -5.4),
        ("Shares closed down 3.9 percent on Wednesday.", -3.9),
        ("Exports rose 7.2% in 2024 from a year earlier.", 7.2),
    ],
)
def test_changes_carry_their_sign(sentence, value):
    (claim,) = claims_of(sentence)
    assert claim.kind == "change"
    assert claim.quantity.value == pytest.approx(value)
    assert claim.quantity.lower <= claim.quantity.value <= claim.quantity.upper


@pytest.mark.parametrize(
    ("sentence", "ranges"),
    [
        ("The team offered $178 million and $184 million over eight years.", 0),  # a list
        ("The offer was $184 million or $23 million a year.", 0),  # alternatives, out of order
        ("Between 19 and 20 million tourists came in 2024.", 1),
        ("Three or four boats approached the tanker.", 1),
    ],
)
def test_only_real_ranges_merge(sentence, ranges):
    assert sum(c.quantity.hedge == "range" for c in claims_of(sentence)) == ranges


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "measure"),
    [
        ("Five bombs were dropped, of which four exploded, they told our correspondent.", "four", 4, "bomb", "exploded"),
        ("While two of them managed to escape, the frigate intercepted the remaining three boats.", "two", 2, "boat", "managed"),
        ("Two managed to give the navy the slip, but the other three boats were intercepted.", "Two", 2, "boat", "managed"),
        ("The attack left more than 50 people with serious injuries, 10 of whom remain critical.", "10", 10, "people", "critical"),
        ("Some 30 people were killed and 55 others injured, five of them critically.", "five", 5, "people", "critical"),
        # "seriously" grades those hurt as "critically" does: the graded count is a fact of its own
        ("The ferry caught fire off the coast, and 31 passengers were hurt, seven of them seriously.", "seven", 7, "passenger",
         "serious"),
        ("Coach overturns on motorway: 2 dead, 18 hurt, six seriously", "six seriously", 6, "people", "serious"),
        ("At least one bomb landed in the camp, and three or four fell outside it.", "three or four", 3.5, "bomb", "fell"),
        ("A tank fired on a building used by the troops, killing four of them, on Monday.", "four", 4, "people", "killed"),
    ],
)
def test_a_bare_number_counts_the_noun_the_sentence_counts_elsewhere(sentence, surface, value, unit, measure):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (value, unit, measure)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "kind"),
    [
        ("The killings take the total toll in Palestinian lives since the assault began to above 600.",
         "above 600", 600, "people", "count"),
        ("The strike pushed the death toll above 680 since the conflict began.", "above 680", 680, "people", "count"),
        ("The Indian Navy foiled the attack and took 23 into custody.", "23", 23, "people", "count"),
        ("Frederick Davis and Patricia McNeal, both 65 and of Detroit, are to be arraigned.", "65", 65, "years", "age"),
        ("She said she had lost a daughter and two sons, 11 and 14.", "14", 14, "years", "age"),
        ("The government will raise the retirement age for women to 65.", "65", 65, "years", "age"),
        ("The survey originally had rated the quake as 4.4 in magnitude.", "4.4 in magnitude", 4.4, "magnitude", "amount"),
        ("Two aftershocks, magnitude 2.9 and 2.2, occurred immediately following.", "2.2", 2.2, "magnitude", "amount"),
    ],
)
def test_numbers_whose_unit_the_phrase_around_them_gives(sentence, surface, value, unit, kind):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.kind) == (value, unit, kind)


@pytest.mark.parametrize("sentence", ["In 2006 two were elected.", "He scored 2 of them in May.", "Of the 12, none survived."])
def test_a_bare_number_without_a_counted_noun_in_its_sentence_is_not_a_count(sentence):
    assert [c.text for c in claims_of(sentence) if c.kind == "count"] == []


@pytest.mark.parametrize(
    "sentence",
    ["The war was one of Africa's longest civil wars.", "It was one of the deadliest attacks in years.",
     "Jabaliya is one of the most crowded camps in Gaza."],
)
def test_one_of_the_superlatives_is_a_rank_not_a_count(sentence):
    assert claims_of(sentence) == []


def test_the_two_leaders_is_not_a_count_but_the_two_wounded_men_is():
    assert claims_of("The two leaders met in Geneva.") == []
    (claim,) = claims_of("The two wounded men were taken to hospital.")
    assert (claim.quantity.value, claim.quantity.unit) == (2, "men")


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The climber fell about 80 m (260 ft) into a crevasse.", ["metre", "foot"]),
        ("Greece will receive €40 million ($52 million) from the fund.", ["EUR", "USD"]),
    ],
)
def test_a_bracketed_conversion_is_kept_in_its_own_unit(sentence, units):
    assert [c.quantity.unit for c in claims_of(sentence)] == units


def test_a_conversion_never_conflicts_with_the_original(tmp_path):
    import claimcheck

    (tmp_path / "a.txt").write_text("Athens will receive €40 million ($52 million) from the Brussels fund.")
    (tmp_path / "b.txt").write_text("Athens will receive €40 million from the Brussels fund, officials said.")
    corpus = claimcheck.load(tmp_path)
    assert corpus.conflicts == []
    assert [f.verdict for f in corpus.findings] == ["agree"]


def test_a_fraction_after_by_is_a_percent_change():
    (claim,) = claims_of("China increased its oil imports from Russia by a quarter in 2023.")
    assert (claim.kind, claim.quantity.value, claim.quantity.unit) == ("change", 25.0, "percent")


def test_a_distance_fallen_is_an_amount_not_a_change():
    claim, _converted = claims_of("The climber fell about 80 m (260 ft) into a crevasse.")
    assert claim.kind == "amount"
    assert claim.quantity.unit == "metre"
    assert (claim.quantity.lower, claim.quantity.upper) == (pytest.approx(72), pytest.approx(88))


def test_a_60_year_old_after_the_article_a_is_an_age_not_a_model_code():
    (claim, *_) = claims_of("A 60-year-old woman was released without bail.")
    assert (claim.kind, claim.quantity.value, claim.measure) == ("age", 60, "age woman")


def test_a_count_does_not_inherit_the_measure_of_an_age_before_it():
    age, counts = claims_of("Police charged Sharron Diane Smith, age 61, with two counts of murder.")
    assert (age.kind, counts.kind) == ("age", "count")
    assert counts.measure == "murder"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Warplanes dropped four bombs near the camp.", "count"),
        ("The hospital's staff grew by 12 nurses this year.", "change"),
    ],
)
def test_a_count_is_a_change_only_with_by_up_or_down(sentence, kind):
    (claim,) = claims_of(sentence)
    assert claim.kind == kind


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ('"Twenty-three personnel (12 Somali and 11 Yemeni) surrendered on boarding," the navy said.', "12 Somali", 12, "somali"),
        ("Pirates are holding about a dozen ships and nearly 300 crewmen on the coast.", "nearly 300 crewmen", 300, "crew"),
        ("The three boats had a total of 26 Somali crew onboard.", "26 Somali crew", 26, "crew"),
        ("Seven AK-47s, three other automatic rifles and 13 loaded magazines were found in the boats.", "13 loaded magazines", 13, "magazine"),
    ],
)
def test_counts_by_nationality_collective_and_irregular_nouns(sentence, surface, value, unit):
    claims = {c.text: c for c in extract(sentence, date(2008, 12, 14))}
    assert claims[surface].quantity.value == value
    assert claims[surface].unit == unit
    assert claims[surface].measure  # a count with no verb near is about its noun


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Teixeira, who turns 29 on April 11, has averaged more than 30 home runs.", "29"),
        ("Police arrested a 60-year-old, terminally ill woman on Friday.", "60-year-old"),
    ],
)
def test_ages_without_a_noun_after_them(sentence, surface):
    claims = {c.text: c for c in extract(sentence, date(2008, 11, 28))}
    assert claims[surface].kind == "age"


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("This is the fifth successful anti-piracy operation conducted by INS Sukanya.", "fifth", 5, "operation"),
        ("Manning led the Colts to their eighth consecutive victory.", "eighth", 8, "victory"),
        ("Israeli forces hit a third UN school in Gaza.", "third", 3, "school"),
    ],
)
def test_an_ordinal_counts_its_noun(sentence, surface, value, unit):
    claim = next(c for c in extract(sentence) if c.text == surface)
    assert (claim.kind, claim.quantity.value, claim.unit) == ("count", value, unit)


@pytest.mark.parametrize(
    "sentence",
    ["Growth slowed in the third quarter.", "It was the second time this year.", "It is the third-largest economy."],
)
def test_an_ordinal_of_a_period_occasion_or_rank_is_not_a_count(sentence):
    assert [c.text for c in extract(sentence) if c.kind == "count"] == []


@pytest.mark.parametrize(
    "sentence, surface, score, measure",
    [
        ("The Colts secured the No. 5 seed with a 31-24 victory over the Jaguars.", "31-24", "31-24", None),
        ("The Colts (11-4) won their eighth straight game.", "11-4", "11-4", "record"),
        ("The Jaguars raced out to an early 14-0 lead.", "14-0", "14-0", None),
    ],
)
def test_scores_and_records_are_exact(sentence, surface, score, measure):
    from claimcheck.readable import describe_value

    claim = next(c for c in extract(sentence) if c.text == surface)
    assert claim.kind == "score" and describe_value(claim) == score
    assert measure is None or claim.measure == measure


@pytest.mark.parametrize(
    "sentence, surface, score, unit",
    [
        # a bowler's wickets for runs, the bowler's own
        ("Seamer Jofra Archer took 6-52 as the hosts were bowled out before tea.", "6-52", "6-52", "bowling figures Archer"),
        ("Spinner Nathan Lyon's 4 for 103 on the final day kept the visitors in the Test.", "4 for 103", "4-103",
         "bowling figures Lyon"),
        ("Pakistan 271 (B Azam 88; P Cummins 5-61) lost by nine wickets.", "5-61", "5-61", "bowling figures Cummins"),
        ("He returned figures of three for 41 from his 12 overs.", "three for 41", "3-41", ""),
        # a side's runs for wickets
        ("India closed the second day on 212-4, with Kohli unbeaten on 71.", "212-4", "212-4", "innings score India"),
        ("England were 87 for five at lunch after losing three wickets in the session.", "87 for five", "87-5",
         "innings score England"),
        ("Australia finished on 203 for 6 after tea.", "203 for 6", "203-6", "innings score Australia"),
    ],
)
def test_cricket_figures_are_the_named_players_or_sides_own(sentence, surface, score, unit):
    from claimcheck.readable import describe_value

    found = [c for c in extract(sentence) if c.text == surface]
    if not unit:  # no name before the figures: whose they are is not told
        assert not [c for c in found if c.kind == "score"]
        return
    (claim,) = found
    assert claim.kind == "score" and describe_value(claim).startswith(score) and claim.quantity.unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "Leeds won the first leg 2-1 and the tie finished 3-2 on aggregate.",
        "The bill passed the committee 12 for 3 against.",
        "Sales at Boeing rose to 150 for 4 straight years.",
    ],
)
def test_no_cricket_figures_outside_cricket(sentence):
    assert not [c for c in extract(sentence) if c.quantity is not None and c.quantity.unit.startswith(("bowling", "innings"))]


def test_a_record_belongs_to_the_team_before_it():
    claims = {c.text: c for c in extract("The Colts (11-4) beat the Jaguars (5-10) on Thursday.")}
    assert (claims["11-4"].subject, claims["5-10"].subject) == (("Colts",), ("Jaguars",))


def test_a_year_span_is_not_a_score():
    assert [c for c in extract("He played in the 2008-09 season and won.") if c.kind == "score"] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Enough Project sources indicated that no one was killed or injured in the attack.",
         [("no one was killed", "killed"), ("injured", "injured")]),
        ("The group confirmed there were no dead or wounded.", [("no dead", "killed"), ("wounded", "injured")]),
        ("An activist later said there were no casualties.", [("no casualties", "killed"), ("casualties", "injured")]),
        ("Nobody was hurt, the fire brigade said.", [("Nobody was hurt", "injured")]),
    ],
)
def test_zero_counts(sentence, expected):
    zeros = [(c.text, c.measure) for c in extract(sentence) if c.quantity is not None and c.quantity.value == 0]
    assert zeros == expected


def test_a_number_before_a_passive_casualty_verb_counts_people():
    claims = {c.text: c for c in extract("Lang said 12 people were killed and 20 were wounded in the raid.")}
    assert (claims["20"].quantity.value, claims["20"].unit, claims["20"].measure) == (20, "people", "injured")


def test_no_word_on_casualties_is_not_a_zero():
    assert [c for c in extract("There was no immediate word on casualties.") if c.kind == "count"] == []


@pytest.mark.parametrize(
    "sentence, surface, unit",
    [
        ("One victim died in the Monday morning attack.", "One victim", "people"),
        ("Police said two women and one man died at a branch of the bank.", "one man", "man"),
        ("A spokeswoman said the three victims were taken to the hospital.", "three victims", "people"),
    ],
)
def test_counts_of_one_and_after_the(sentence, surface, unit):
    claim = next(c for c in extract(sentence) if c.text == surface)
    assert claim.unit == unit


def test_the_two_leaders_are_the_parties_not_a_count():
    assert [c for c in extract("The two leaders met in Moscow.") if c.kind == "count"] == []


@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("Kyla Owens said a woman, 29, who was shot in both legs was in stable condition.", "29", 29),
        ("The Henry County Prosecutor identified the man as Joseph Horn, 48.", "48", 48),
    ],
)
def test_an_age_after_a_person(sentence, surface, value):
    claim = next(c for c in extract(sentence) if c.text == surface)
    assert (claim.kind, claim.quantity.value) == ("age", value)


def test_a_time_in_an_aside_dates_the_event_the_sentence_names_before_it():
    sentence = ("Three shells hit Fakhura, a girls school in the Jabalya camp, at about 3pm on Tuesday "
                "(12am yesterday), according to agency spokesman Christopher Gunness.")
    found = {c.text: c for c in extract(sentence, published=date(2009, 1, 7))}
    assert found["about 3pm"].kind == "time" and found["on Tuesday"].kind == "date"
    assert found["on Tuesday"].event_date.start == date(2009, 1, 6)


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        ("The Overland teen who shot himself in the chest and died last week was taking a selfie, police said.",
         date(2016, 6, 7), {"last week": "2016-W22"}),
        ("Suspect had been fired last week by Troy, Mich., company", date(2007, 4, 10), {"last week": "2007-W14"}),
        # Beside a day, the week dates another event: the firing here, named by "was fired"...
        ("An employee who was fired last week shot and killed a woman Monday at the building.",
         date(2007, 4, 10), {"last week": "2007-W14", "Monday": "2007-04-09"}),
        # ...and nothing when the week would date the day's own event.
        ("Police said the gunman shot a woman last week and shot two men on Monday.",
         date(2007, 4, 10), {"on Monday": "2007-04-09"}),
        ("South Sudan gained its independence from Sudan 6 months ago, ending a long civil war.",
         date(2011, 11, 14), {"6 months ago": "2011-05-14"}),
    ],
)
def test_weeks_and_months_ago_date_events(sentence, published, dates):
    found = {c.text: c.event_date.iso() for c in extract(sentence, published=published) if c.event_date is not None}
    assert found == dates


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("An unknown shooter opened fire at the group at 10:45 p.m., a police report said.", "shooting"),
        ("Three shells hit the school at about 3pm on Tuesday.", "attack"),
        ("A 4.4 quake hit near Cobb at 9:27 a.m. on Sunday.", "earthquake"),
        # what follows a quake, or is named an aftershock, is another event than the quake
        ("At 9:32 p.m., it was followed by a 2.0-magnitude quake two miles east of The Geysers.", "aftershock"),
        ("It was followed by a 2.9 aftershock at 2:12 a.m.", "aftershock"),
        ("The quake struck at 2:09 a.m. and was followed by several aftershocks.", "earthquake"),
        # a clock's colon ends no clause: the event after it is the one timed
        ("Residents said Thursday's 2:09 a.m. quake lasted longer than usual.", "earthquake"),
    ],
)
def test_a_time_of_day_times_the_event_its_sentence_names(sentence, event):
    (time,) = [c for c in extract(sentence) if c.kind == "time"]
    assert time.measure == event


def test_a_street_address_names_no_one_the_event_befell():
    """Two reports of one shooting, one with its block: the block is where, not who, so the
    dates are compared (and they disagree)."""
    (with_block,) = [c for c in extract("The shooting happened Friday, June 3 around 7:30 p.m. in the 9500 "
                                        "block of Page.", published=date(2016, 6, 7)) if c.kind == "date"]
    assert with_block.measure == "shooting" and with_block.subject == ()


@pytest.mark.parametrize(
    ("sentence", "surface", "zone"),
    [
        ("The quake occurred at 2:09 a.m. about 14 miles north-northeast of Healdsburg.", "2:09 a.m.", None),
        ("The action began at 11am IST when the destroyer received a distress call.", "11am IST", "IST"),
        ("The quake struck at 9:27 a.m. PDT near Cobb.", "9:27 a.m. PDT", "PDT"),
    ],
)
def test_a_time_zone_is_written_in_capitals(sentence, surface, zone):
    from claimcheck.periods import find_clock_times

    (clock,) = find_clock_times(sentence)
    assert (sentence[clock.start:clock.end], clock.zone) == (surface, zone)


@pytest.mark.parametrize(
    ("sentence", "surface", "event"),
    [
        ("The Wednesday bombings in Upper Nile state sparked condemnation.", "Wednesday", "attack"),
        ("South Sudan gained independence in July under a peace deal.", "in July", "independence"),
        ("Rebels have been fighting the army in South Kordofan since June.", "since June", "fighting"),
        ("On November 18, the frigate sank a trawler that pirates had commandeered.", "November 18", "sinking"),
        ("Prosecutor Kym Worthy announces charges in the deaths of children in Detroit, May 25, 2016.",
         "May 25, 2016", "announcement"),  # a photo caption: present tense, the place and the day after
    ],
)
def test_a_date_dates_the_event_its_clause_names(sentence, surface, event):
    claims = {c.text: c for c in extract(sentence, published=date(2011, 11, 10)) if c.kind == "date"}
    assert claims[surface].measure == event


@pytest.mark.parametrize(
    ("sentence", "surface", "event"),
    [
        # A month or year a figure covers also dates the event word it stands next to.
        ("This is the fifth operation of her patrol mission in the Gulf of Aden that commenced in September, "
         "the Navy said.", "in September", "commenced"),
        ("Violence since South Sudan's independence in July has strained ties between the two former foes.",
         "in July", "independence"),
        ("Staunton police on Friday arrested a 60-year-old woman in the 1967 killings of two young women.",
         "1967", "death"),
        ("Staunton police on Friday arrested a 60-year-old woman in the 1967 killings of two young women.",
         "on Friday", "arrest"),
        # A passive "fired" with a person as its subject is a dismissal; shots fired are a shooting.
        ("A man shot one person Monday at the firm from which he was fired last week, police said.",
         "last week", "dismissal"),
        # "terminated", said of a person, is the American employers' word for a dismissal
        ("The clerk, who may have been terminated as recently as three days ago, opened fire in the lobby.",
         "three days ago", "dismissal"),
        ("She was terminated on Monday after a dispute with her manager.", "on Monday", "dismissal"),
    ],
)
def test_a_date_next_to_an_event_word_dates_that_event(sentence, surface, event):
    claims = {c.text: c for c in extract(sentence, published=date(2011, 11, 10)) if c.kind == "date"}
    assert claims[surface].measure == event


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Shots were fired last week at the school.", "dismissal"),
        ("Rockets have been fired at the town since last week.", "dismissal"),
        # a thing terminated is no person losing a job
        ("The council's cleaning contract was terminated last month.", "dismissal"),
    ],
)
def test_fired_projectiles_are_no_dismissal(sentence, measure):
    assert all(c.measure != measure for c in extract(sentence, published=date(2011, 11, 10)))


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # the main verb after a relative clause says what befell them
        ("In an earlier airstrike, three cousins who had taken refuge with hundreds of other people in a UN "
         "school were killed.", "three cousins", "killed"),
        # a light verb and its noun name the measure together
        ("John Ging said that shells landed at the perimeter of the school where 350 people were taking "
         "shelter.", "350 people", "sheltered"),
        ("About 1000 people were sheltering in the school after having been hounded from their homes.",
         "About 1000 people", "sheltered"),
        ("At least 43 people were killed in the school, where hundreds of Palestinians had sought refuge.",
         "hundreds of Palestinians", "sheltered"),
        # what "including ..." names some of had happen to it
        ("Officials said the death toll had risen to 27, including 20 children.", "20 children", "killed"),
        ("The navy seized weapons, including 12 rifles.", "12 rifles", "seized"),
        # an aside naming some of them does not hide the verb
        ("Nine Israelis, including three civilians hit by rocket fire, have been killed in the conflict.",
         "Nine Israelis", "killed total"),
        # ... and what befell them all befell those the aside names
        ("Nine Israelis, including three civilians hit by rocket fire, have been killed in the conflict.",
         "three civilians", "killed total"),
        # a second count joined by "and" shares the verb of the first
        ("Troops killed five soldiers and three civilians in the raid.", "three civilians", "killed"),
        ("Rebels freed two aid workers and four drivers, the agency said.", "four drivers", "freed"),
        # people a side "lost" were killed; what else it lost was lost
        ("Israel has lost seven soldiers and four civilians.", "seven soldiers", "killed"),
        ("Israel has lost seven soldiers and four civilians.", "four civilians", "killed"),
        ("The chain lost 300 jobs and 20 stores in the downturn.", "20 stores", "lost"),
    ],
)
def test_what_befell_the_things_counted(sentence, surface, measure):
    claims = {c.text: c for c in extract(sentence, published=date(2009, 1, 7))}
    assert claims[surface].measure == measure


def test_an_age_to_come_is_not_the_age_now():
    now = extract("Lynch reported the Red Sox offered Teixeira, 28, an eight-year deal.", published=date(2008, 12, 9))
    coming = extract("They feel that Teixeira - - who will turn 29 in April - - could be the centerpiece.",
                     published=date(2008, 12, 9))
    (age_now,) = [c for c in now if c.kind == "age"]
    (age_coming,) = [c for c in coming if c.kind == "age"]
    assert age_now.subject == age_coming.subject == ("Teixeira",)
    assert age_coming.measure == "age coming" and age_now.measure == "age"


@pytest.mark.parametrize(
    ("sentence", "surface", "event"),
    [
        ("On Wednesday, police identified those involved in Tuesday's tragic incident.", "Tuesday", "incident"),
        ("On Wednesday, police identified those involved in Tuesday's tragic incident.", "On Wednesday", ""),
        ("On Thursday, officials condemned the Wednesday bombings in Upper Nile state.", "Wednesday", "attack"),
        ("On Thursday, officials condemned the Wednesday bombings in Upper Nile state.", "On Thursday", ""),
    ],
)
def test_an_event_another_date_premodifies_is_that_dates_event(sentence, surface, event):
    claims = {c.text: c for c in extract(sentence, published=date(2016, 7, 28)) if c.kind == "date"}
    assert claims[surface].measure == event or not event and claims[surface].measure not in ("incident", "attack")


@pytest.mark.parametrize(
    ("sentence", "surface", "period"),
    [
        # two counts joined by "and" share the date after them
        ("Lang said earlier that 12 people were killed and 20 were wounded in Thursday's bombing.",
         "12 people", "2011-11-10"),
        # a "which" clause speaks of what the date before it dates
        ("In a November 9 press conference, President Salva Kiir said he would not retaliate for the "
         "bombing of Guffa on Tuesday, which he said killed seven.", "seven", "2011-11-08"),
    ],
)
def test_the_day_a_count_belongs_to(sentence, surface, period):
    claims = {c.text: c for c in extract(sentence, published=date(2011, 11, 11))}
    assert claims[surface].period is not None and claims[surface].period.iso() == period


def test_a_date_a_possessive_premodifies_dates_that_event():
    claims = {c.text: c for c in extract("Twelve people were killed in Thursday's bombing.", published=date(2011, 11, 11))}
    assert claims["Thursday"].measure == "attack"


def test_lost_their_lives_is_killed():
    (count,) = [c for c in extract("Five Israeli soldiers lost their lives on Wednesday.", published=date(2009, 1, 8))
                if c.kind == "count"]
    assert count.measure.split()[0] == "killed"


@pytest.mark.parametrize(
    "sentence",
    ["Quarterback Peyton Manning was nearly perfect as the Colts beat the host Jaguars, 31-24, on Thursday night.",
     "The Colts secured the No. 5 seed with a 31-24 victory over the Jaguars.",
     "The visiting Colts beat the Jaguars 31-24."],
)
def test_a_final_score(sentence):
    assert [c.text for c in extract(sentence, published=date(2008, 12, 19)) if c.kind == "score"] == ["31-24"]


@pytest.mark.parametrize("sentence", ["The Philadelphia 76ers fired coach Maurice Cheeks on Saturday.",
                                      "The San Francisco 49ers signed two linebackers."])
def test_a_team_named_by_a_number_is_no_count(sentence):
    assert all(c.quantity is None or c.quantity.value not in (76, 49) for c in extract(sentence, published=date(2008, 12, 13)))


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "measure"),
    [
        ("Two men, aged 19 and 22, were charged with murder.", "22", "years", "age"),
        ("The fire destroyed 150 homes and forced the evacuation of 3,500 residents.", "3,500 residents", "people",
         "evacuated"),
    ],
)
def test_the_second_of_two_ages_and_an_evacuation(sentence, surface, unit, measure):
    claims = {c.text: c for c in extract(sentence, published=date(2012, 8, 6))}
    assert (claims[surface].quantity.unit, claims[surface].measure) == (unit, measure)


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        # a number right after a name inside a sentence names a model or a route
        ("The Boeing 777 carrying 239 people vanished on March 8.", ["239 people"]),
        ("Cobb is a small community along Highway 175 in Lake County, 4 miles east of The Geysers.", ["4 miles"]),
        # ...but not after a word that counts, before a plural noun or a unit, or in a headline
        ("Police: All 5 victims of Little Rock gunfire expected to live", ["5 victims"]),
        ("The hospital director told the Guardian 41 bodies had been brought in so far.", ["41 bodies"]),
        ("Sheriff: Michigan Office Shooting Kills 1, Injures 2", ["1", "2"]),
    ],
)
def test_a_number_after_a_name(sentence, surfaces):
    claims = [c.text for c in extract(sentence, published=date(2016, 11, 3)) if c.quantity is not None]
    assert claims == surfaces


def test_carrying_is_carried():
    (count,) = [c for c in extract("The ship, carrying 25 crew members, was hijacked.", published=date(2011, 1, 1))
                if c.kind == "count"]
    assert count.measure == "carried"


@pytest.mark.parametrize(
    ("sentence", "surface", "lower", "upper"),
    [
        # a conversion in brackets carries the hedge of the figure it converts
        ("The camp is less than 25 km (15 miles) from the border with Sudan.", "15 miles", None, 15.0),
        ("The climber fell about 80 m (260 ft) to his death.", "260 ft", 234.0, 286.0),
        # ...and describes what that figure describes
        ("The tremor struck 55 km (34 miles) west of Bener Meriah.", "34 miles", 33.5, 34.5),
    ],
)
def test_a_conversion_in_brackets(sentence, surface, lower, upper):
    claims = {c.text: c for c in extract(sentence, published=date(2011, 11, 11))}
    q = claims[surface].quantity
    assert (q.lower, q.upper) == pytest.approx((lower, upper)) if lower is not None else (q.lower, q.upper) == (None, upper)
    if surface == "34 miles":
        assert "bener meriah" in claims[surface].measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure", "subject"),
    [
        # the noun right after a sum says what it is, and a name after it whose
        ("He was charged with first-degree murder and held on $500,000 bond.", "$500,000", "bond", ()),
        ("The Red Sox gave a five-year, $70 million contract to J.D. Drew.", "$70 million", "contract", ("Drew",)),
        ("Bond was set at $1 million cash.", "$1 million", "bond set", ("Bond",)),
        # past a conversion in brackets, a compound of two nouns
        ("Ministers approved a 110 billion euro ($146 billion) rescue package on Sunday.", "$146 billion",
         "rescue package", ()),
        # a preposition after the sum goes on to something else: the words before say what it is
        ("The landscape sold to a phone bidder, the hammer coming down at $31.2 million after nine minutes.",
         "$31.2 million", "hammer coming", ()),
        ("Each household can claim a grant of up to $2,500 through the county office.", "up to $2,500",
         "household can claim grant", ()),
        ("The carrier posted a quarterly profit of $412 million despite the strike.", "$412 million",
         "carrier posted quarterly profit", ()),
        # a noun after it still says what it is, whatever preposition follows
        ("Police said the suspect was held on $250,000 bail after his arrest.", "$250,000", "bail", ()),
    ],
)
def test_what_a_sum_is(sentence, surface, measure, subject):
    claims = {c.text: c for c in extract(sentence, published=date(2016, 8, 4))}
    assert (claims[surface].measure, claims[surface].subject) == (measure, subject)


@pytest.mark.parametrize(
    ("sentence", "surface", "measure", "subject"),
    [
        # in a list of distances each is measured from its own place
        ("The temblor occurred at 9:27 a.m., 13 miles east of Cloverdale and 2 miles southeast of The Geysers.",
         "13 miles", "east cloverdale", ("Cloverdale",)),
        ("The temblor occurred at 9:27 a.m., 13 miles east of Cloverdale and 2 miles southeast of The Geysers.",
         "2 miles", "southeast geyser", ("Geysers",)),
        ("The quake was centered about two miles from The Geysers and 13 miles east of Cloverdale.",
         "13 miles", "east cloverdale", ("Cloverdale",)),
    ],
)
def test_listed_distances_keep_their_own_place(sentence, surface, measure, subject):
    claim = next(c for c in extract(sentence) if c.text == surface)
    assert (claim.measure, claim.subject) == (measure, subject)


@pytest.mark.parametrize(
    ("sentence", "surface", "total"),
    [
        # a toll of the whole war is another fact than one day's
        ("Nine Israelis, including three civilians, have been killed in the conflict.", "Nine Israelis", True),
        ("Israel has so far lost seven soldiers and four civilians.", "four civilians", True),
        # "bringing to" totals what follows it, not what came before it
        ("Five Israeli soldiers lost their lives on Wednesday, bringing to 10 the number of Israelis who have "
         "been killed.", "Five Israeli soldiers", False),
        ("Five Israeli soldiers lost their lives on Wednesday, bringing to 10 the number of Israelis who have "
         "been killed.", "10 the number of Israelis", True),
    ],
)
def test_a_cumulative_toll_is_a_total(sentence, surface, total):
    claim = next(c for c in extract(sentence, published=date(2009, 1, 8)) if c.text == surface)
    assert ("total" in claim.measure.split()) is total


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # "in all", "a total of" sum one event's parts: the count another report gives plainly
        ("Altogether, nine people were wounded when a gunman opened fire outside the bar.", "nine people"),
        ("Six people were stabbed in all before officers arrived at the station.", "Six people"),
        ("A total of 84 passengers survived the sinking off the island.", "84 passengers"),
        ("In total, four workers were injured when the scaffolding collapsed.", "four workers"),
    ],
)
def test_a_sum_of_one_event_is_no_running_total(sentence, surface):
    claim = next(c for c in extract(sentence, published=date(2025, 6, 2)) if c.text == surface)
    assert "total" not in claim.measure.split()


@pytest.mark.parametrize(
    ("sentence", "surface", "lower", "upper", "measure_word"),
    [
        # a vague plural with no noun before a verb is a crowd of people
        ("Tens of thousands marched through the capital on Saturday.", "Tens of thousands", 20000, 99999, "marched"),
        ("Thousands fled the fighting.", "Thousands", 2000, 9999, "fled"),
        ("Hundreds were arrested after the match.", "Hundreds", 200, 999, "arrested"),
        ("Dozens were injured in the clashes.", "Dozens", 24, None, "injured"),
        ("Several were hurt when the roof gave way.", "Several", 3, 9, "injured"),
    ],
)
def test_vague_plurals_that_stand_for_people(sentence, surface, lower, upper, measure_word):
    (claim,) = claims_of(sentence)
    assert claim.text == surface
    assert (claim.quantity.lower, claim.quantity.upper, claim.quantity.unit) == (lower, upper, "people")
    assert measure_word in claim.measure.split()


def test_vague_plural_sum_is_no_crowd():
    assert claims_of("The firm lost millions in the deal.") == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # "N fatally" after a count of people shot: how many of them died
        ("Four people were shot, one fatally, at a party on the West Side.", "one fatally", 1),
        ("Five people were shot, two fatally, outside a nightclub early Sunday.", "two fatally", 2),
    ],
)
def test_shot_fatally_counts_the_dead(sentence, surface, value):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (value, "people", "killed")


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        # "ages" lists as "aged" does, and a list runs on past commas
        ("Two men, ages 19 and 23, were arrested.", {"19": 19, "23": 23}),
        ("Three teens, ages 15, 16 and 17, were taken into custody.", {"15": 15, "16": 16, "17": 17}),
        # an age in commas after the person nouns of crime reports
        ("Police said the shooter, 21, was arrested at the scene.", {"21": 21}),
        ("The defendant, 52, faces 30 years to life.", {"52": 52}),
        ("A sheriff's deputy, 34, was wounded in the exchange.", {"34": 34}),
    ],
)
def test_ages_in_lists_and_after_person_nouns(sentence, ages):
    found = {c.text: c.quantity.value for c in claims_of(sentence) if c.kind == "age"}
    assert found == ages


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value"),
    [
        # an economy that shrinks or contracts changes by a negative share
        ("GDP shrank by 0.5 per cent in the final three months of the year.", "0.5 per cent", "change", -0.5),
        ("The economy contracted 1.2% in the second quarter.", "1.2%", "change", -1.2),
        ("The economy expanded 2.4 percent last year.", "2.4 percent", "change", 2.4),
        # "made up" is a share, not a rise
        ("Voters aged 18 to 24 made up 12 percent of the electorate.", "12 percent", "rate", 12),
    ],
)
def test_growth_and_contraction(sentence, surface, kind, value):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.kind, claim.quantity.value) == (kind, value)


def test_exchange_rate_digits_are_no_year():
    claims = extract("The euro fell to $1.2050, its lowest in two years.", published=date(2012, 6, 15))
    assert [c.text for c in claims if c.kind == "date"] == []
    rate = next(c for c in claims if c.text == "$1.2050")
    assert (rate.quantity.value, rate.quantity.unit) == (1.205, "USD")


@pytest.mark.parametrize(
    ("sentence", "surface", "lower", "upper"),
    [
        # an age given as a decade of life spans it, or the part of it the writer names
        ("A man in his 20s was shot in the chest early Sunday.", "20s", 20, 29),
        ("Police said a woman in her late 30s was also wounded.", "late 30s", 36, 39),
        ("The victim, a man in his mid-40s, died at the scene.", "mid-40s", 43, 47),
    ],
)
def test_decades_of_life_are_ages(sentence, surface, lower, upper):
    claim = next(c for c in claims_of(sentence) if c.kind == "age")
    assert claim.text == surface
    assert (claim.quantity.lower, claim.quantity.upper, claim.quantity.unit) == (lower, upper, "years")


def test_a_decade_of_history_is_no_age():
    assert [c for c in claims_of("The 1990s were good years for the club.") if c.kind == "age"] == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "measure_word"),
    [
        # a bare count after a casualty verb ends at a clause or a preposition
        ("Police said the gunman opened fire, killing three and wounding five before fleeing.", "five", 5,
         "injured"),
        ("Troops killed 12 during raids on villages in the north.", "12", 12, "killed"),
        ("The storm killed 9 across southern states.", "9", 9, "killed"),
        ("The bomb went off in a market, killing 12 and injuring 30 during evening prayers.", "30", 30, "injured"),
    ],
)
def test_casualty_counts_end_before_a_preposition(sentence, surface, value, measure_word):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, "people")
    assert measure_word in claim.measure.split()


def test_a_count_does_not_reach_past_a_preposition_for_its_noun():
    assert [c.unit for c in claims_of("He scored 28 against the Knicks.")] == []


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a vote tally is written as a score is
        ("The Senate voted 68-32 to approve the bill.", "68-32"),
        ("The measure passed 5-4 after a long debate.", "5-4"),
        # ...or after the verb a board decides with
        ("The school board approved the new calendar 4-3.", "4-3"),
        ("Commissioners rejected the rezoning 6-1.", "6-1"),
    ],
)
def test_vote_tallies(sentence, surface):
    (claim,) = claims_of(sentence)
    assert (claim.text, claim.kind) == (surface, "score")


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        # a fraction of a point is of a percentage point
        ("The ECB cut rates by a quarter point to 1 percent.", "a quarter point", -0.25, "percentage point"),
        ("The Fed raised rates by half a point.", "half a point", 0.5, "percentage point"),
        # a lead that narrows changes by a negative amount
        ("Her lead narrowed by half a percentage point.", "half a percentage point", -0.5, "percentage point"),
    ],
)
def test_fractions_of_a_point(sentence, surface, value, unit):
    claim = next(c for c in claims_of(sentence) if c.text == surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # a passive "was estimated at" says what was estimated; no source to cut away
        ("Voter turnout was estimated at 72%.", "72%", "voter turnout"),
        ("The damage was estimated at $2 million.", "$2 million", "damage"),
        ("Losses are estimated at 3 billion euros.", "3 billion euros", "loss"),
    ],
)
def test_estimated_at_keeps_its_measure(sentence, surface, measure):
    (claim,) = claims_of(sentence)
    assert (claim.text, claim.measure) == (surface, measure)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # the word after a percentage says what it is a share of
        ("Sunday's runoff drew 48 percent turnout.", "turnout"),
        ("The Rim Fire was 30 percent contained on Monday.", "contained"),
        ("The firm bought a 25 percent stake in the airline.", "stake"),
        # ... unless it compares or counts time
        ("Prices were 5 percent higher than a year ago.", "price"),
    ],
)
def test_the_word_after_a_percentage_says_what_it_is(sentence, measure):
    (claim,) = [c for c in extract(sentence, published=date(2013, 8, 26)) if c.quantity and c.quantity.unit == "percent"]
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # a date that opens the sentence dates its main verb, past the subject's asides
        ("Last night, three Palestinians, who had sought refuge in a small UN school in Gaza City, died when a "
         "missile hit the building.", "Last night", "death"),
        # numbers are no part of what a date dates
        ("Tens of thousands marched through the capital on Saturday.", "on Saturday", "marched through capital"),
        # nor the "s" of a possessive date beside it
        ("On Wednesday, police identified those involved in Tuesday's tragic incident.", "On Wednesday",
         "police identified involved tragic"),
    ],
)
def test_what_a_date_dates(sentence, surface, measure):
    claim = next(c for c in extract(sentence, published=date(2009, 1, 7)) if c.text == surface)
    assert claim.measure == measure


def test_lives_the_verb_is_no_casualty():
    (share,) = [c for c in extract("One in five children lives in poverty, the report said.") if c.kind == "rate"]
    assert "killed" not in share.measure.split()
    (toll,) = [c for c in extract("Some 300 people lost their lives in the floods.") if c.kind == "count"]
    assert toll.measure == "killed"


def test_a_case_number_holds_no_year():
    claims = extract("The case, 2012-CR-1457, was filed by prosecutors in March.", published=date(2013, 5, 2))
    assert [c.text for c in claims if c.event_date is not None] == ["in March"]


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value"),
    [
        ("The Dow dropped 512 points, or 4.5 percent, on Monday.", "512 points", "change", -512),
        ("The index rose 120.5 points to 10,809.", "120.5 points", "change", 120.5),
        ("He scored 28 points against the Knicks.", "28 points", "count", 28),
    ],
)
def test_points_gained_or_lost_are_a_change(sentence, surface, kind, value):
    claim = next(c for c in extract(sentence) if c.text == surface)
    assert (claim.kind, claim.quantity.value) == (kind, value)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "value"),
    [
        # the size of a gathering given by a bare number
        ("Police put the crowd at 40,000, while organisers said 100,000 people marched.", "40,000", "people", 40000),
        ("The crowd was estimated at about 50,000.", "about 50,000", "people", 50000),
        ("The ship and its crew of 25 were released on Friday.", "25", "crew", 25),
        # the people a school or a place holds
        ("The academy, which has an enrollment of about 900, will reopen on Monday.", "about 900", "people", 900),
        ("The island's population is roughly 4,500, most of them fishermen.", "roughly 4,500", "people", 4500),
        ("The county jail population stood at 1,850 last month.", "1,850", "people", 1850),
    ],
)
def test_a_bare_number_gives_the_size_of_a_gathering(sentence, surface, unit, value):
    claim = next(c for c in extract(sentence) if c.text == surface)
    assert (claim.kind, claim.quantity.unit, claim.quantity.value) == ("count", unit, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "The FDA approved the vaccine for children aged 6-11 on Monday.",
        "The council approved a plan on Monday to add 2-3 new bus routes.",
    ],
)
def test_a_range_after_a_decision_verb_further_back_is_no_vote_tally(sentence):
    """'approved the plan 6-2' is a vote; a range further on in the clause is an age or a count."""
    assert not [c for c in extract(sentence) if c.kind == "score"]


@pytest.mark.parametrize(
    "sentence, surface, unit",
    [
        # a batter's runs, the batter's own, told which innings when the sentence says it
        ("Opener Zak Crawley made 76 off 102 balls as England built a first-innings lead in the Test.", "76", "runs Crawley first innings"),
        ("Steve Smith's 141 in the second innings kept Australia in the Test.", "141", "runs Smith second innings"),
        ("Shubman Gill was unbeaten on 58 when rain ended play, with India two wickets down.", "58", "runs Gill"),
        ("Openers fell cheaply before Joe Root struck an unbeaten 112 to rescue the Test.", "112", "runs Root"),
        # a side's total; a sentence naming two innings gives each figure the one before it
        ("Australia's first innings of 280 left them trailing India's 402, though they batted better in the second innings of the Test.",
         "402", "runs India first innings"),
        ("Bangladesh made 356 in reply before their last wicket fell on the third evening.", "356", "runs Bangladesh first innings"),
        ("Pakistan were bowled out for 198 in their first innings after tea.", "198", "runs Pakistan first innings"),
        ("Bavuma's patient knock helped South Africa to 312 before the new ball did the damage with two wickets.", "312",
         "runs Africa"),
        ("West Indies' first innings of 227 left them 90 behind after the bowlers toiled.", "227", "runs Indies first innings"),
        # a scorecard: the side's first innings, then "and" its second; each batter's runs in the innings' brackets
        ("England 310 (J Root 88, B Stokes 54; K Rabada 4-70) and 120-2 (Z Crawley 61no) beat South Africa by eight wickets.",
         "88", "runs Root first innings"),
        ("England 310 (J Root 88, B Stokes 54; K Rabada 4-70) and 120-2 (Z Crawley 61no) beat South Africa by eight wickets.",
         "61", "runs Crawley second innings"),
        # a batter out for a score, a side bowled out by the other
        ("Opener Tom Blundell fell for 19 as the wickets tumbled after lunch.", "19", "runs Blundell"),
        ("Babar Azam top-scored with 74 before the last wicket fell.", "74", "runs Azam"),
        ("Rabada and Jansen bowled Australia out for 191 in their second innings.", "191", "runs Australia second innings"),
        # the chase's target and the first-innings lead: the match's own
        ("England, needing 245 to win, lost two wickets before stumps.", "245", "runs target"),
        ("Set a target of 245, the visitors lost two quick wickets before stumps.", "245", "runs target"),
        ("Chasing 189 to win, India were steadied by a century stand for the third wicket.", "189", "runs target"),
    ],
)
def test_cricket_runs_are_the_named_batters_or_sides_own(sentence, surface, unit):
    found = [c for c in extract(sentence) if c.text == surface]
    assert [c.quantity.unit for c in found] == [unit]


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Debutant Sam Cole, 21, took two wickets in his first spell of the innings.", "21"),
        ("Mitchell Starc made 100 Test appearances before this series began.", "100"),
        ("The council made 40 redundancies and the innings of its budget is over.", "40"),
        # baseball tells innings and runs, never wickets
        ("The Yankees scored 7 runs in the ninth inning as Judge made 3 hits in four innings at bat.", "7"),
    ],
)
def test_no_cricket_runs_in_other_numbers(sentence, surface):
    assert not [c for c in extract(sentence) if c.text == surface and c.quantity and c.quantity.unit.startswith("runs ")]


def test_a_cricket_report_reads_runs_in_sentences_with_no_cricket_word():
    from claimcheck.extract import extract_claims
    from claimcheck.ingest import from_text

    text = ("India beat England by six wickets in the second Test.\n\nEngland were bowled out for 250 in their first innings.\n\n"
            "Virat Kohli made 93 as India replied.\n")
    claims = extract_claims(from_text(text))
    assert [c.quantity.unit for c in claims if c.text == "93"] == ["runs Kohli"]
    baseball = ("The Mets beat the Braves in extra innings.\n\nLindor made 3 hits and the Mets scored 5 runs in the tenth.\n\n"
                "Their batting order was shuffled for the late innings.\n")
    assert not [c for c in extract_claims(from_text(baseball)) if c.quantity and c.quantity.unit.startswith("runs ")]


@pytest.mark.parametrize(
    "sentence, surface, number",
    [
        ("India beat Australia by 88 runs on the fifth day of the third Test in Adelaide.", "fifth day", 5),
        ("England completed the chase with six wickets in hand on day three at Lord's.", "day three", 3),
    ],
)
def test_the_day_a_test_was_won_on(sentence, surface, number):
    (claim,) = [c for c in extract(sentence) if c.text == surface]
    assert claim.quantity.unit == "day number" and claim.quantity.value == number


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("A crowd of 21,000 watched on day two of the Test as the spinners bowled.", "day two"),
        ("The trial heard from the victim's mother on the fourth day of evidence.", "fourth day"),
    ],
)
def test_no_day_of_a_test_told_in_passing(sentence, surface):
    assert not [c for c in extract(sentence) if c.text == surface and c.quantity and c.quantity.unit == "day number"]


@pytest.mark.parametrize(
    "sentence, surface, unit",
    [
        ("Silver Birch, a 40-1 outsider, won the Cheltenham Gold Cup by two lengths.", "40-1", "odds Silver Birch"),
        ("The trainer's mare edged out the 7-2 shot Morning Star in a photo finish at Ascot.", "7-2", "odds Morning Star"),
        ("Favourite Desert Wind, sent off at 3-1, faded to sixth over the final furlong.", "3-1", "odds Desert Wind"),
        ("Blue Harbour ran on for second at 12-1, with Iron Duke two lengths back in third at 25-1.", "25-1", "odds Iron Duke"),
        ("2 Blue Harbour 12-1", "12-1", "odds Blue Harbour"),
    ],
)
def test_racing_odds_are_the_named_horses_own(sentence, surface, unit):
    (claim,) = [c for c in extract(sentence) if c.text == surface]
    assert claim.quantity.unit == unit


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Silver Birch was cut to 8-1 for next year's Gold Cup by bookmakers.", "8-1"),
        ("The jockey steered the 40-1 chance home by two lengths.", "40-1"),
        ("Arsenal were level at 2-1 before the break at the Emirates.", "2-1"),
    ],
)
def test_no_odds_for_no_named_horse_or_a_race_to_come(sentence, surface):
    assert not [c for c in extract(sentence) if c.text == surface and c.quantity and c.quantity.unit.startswith("odds")]


@pytest.mark.parametrize(
    ("sentence", "surface", "measure"),
    [
        # "it" stands for the thing the clause before names: the estimate is of that
        ("Local media said a bribe had been paid, with one paper putting it at about $2m.", "about $2m", "bribe"),
        ("The bill for the repairs is not final, but engineers estimate it at £3.5 million.", "£3.5 million", "bill"),
        ("A fee was agreed last week, with reports valuing it at 40 million euros.", "40 million euros", "fee"),
    ],
)
def test_an_estimate_of_it_measures_what_it_stands_for(sentence, surface, measure):
    claim = next(c for c in extract(sentence, published=date(2025, 6, 2)) if c.text == surface)
    assert measure in claim.measure.split()


@pytest.mark.parametrize(
    ("sentence", "surface", "words"),
    [
        # the deed planned after "expected to", "due to", "scheduled to" says what the moment is
        ("Engineers were expected to start draining the reservoir on Friday.", "on Friday", {"start", "draining"}),
        ("The council said it expected the bridge to reopen on Monday.", "on Monday", {"bridge", "reopen"}),
        ("The ferry is scheduled to resume sailings on Tuesday.", "on Tuesday", {"resume", "sailing"}),
    ],
)
def test_a_planned_moment_keeps_its_planned_deed(sentence, surface, words):
    claim = next(c for c in extract(sentence, published=date(2026, 6, 8)) if c.text == surface)
    assert words <= set(claim.measure.split())


def test_a_figure_reached_after_an_expected_rise_is_no_planned_deed():
    """"to" before the figure itself is the "to" of a level reached: the measure is what rose."""
    (rate,) = [c for c in extract("Inflation is expected to rise to 3.1% in May.", published=date(2026, 6, 8))
               if c.kind == "rate"]
    assert "inflation" in rate.measure.split()
