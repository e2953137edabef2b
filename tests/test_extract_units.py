"""The value grammar on its own: numbers with their units, as `find_quantities` reads them."""

import pytest

from claimcheck.extract import find_quantities
from claimcheck.units import PHYSICAL_DIMENSIONS, in_base
from phrasing import quantities_of, quantity_at


def quantities(text: str) -> list[tuple[str, float, str, str]]:
    return [(text[s:e], q.value, q.unit, q.dimension) for s, e, q in find_quantities(text)]


@pytest.mark.parametrize(
    "sentence, window",
    [
        ("Crews took eight hours to bring the blaze under control.", (7.5, 8.5)),  # as "8 hours" would be
        ("The pilot had flown for the airline for two decades.", (15, 25)),  # decades, in years
        ("The hikers walked three miles back to the car park.", (2.5, 3.5)),
        ("Residents within a one-mile radius were told to leave.", (1, 1)),  # a set size, not a rounded measure
        ("The bridge will stay shut for an hour and a half.", (1.5, 1.5)),
        ("Eight people were taken to hospital.", (8, 8)),  # a count in words is exact
    ],
)
def test_a_whole_number_in_words_is_rounded_as_its_digits_when_it_measures(sentence, window):
    [(_, _, quantity)] = find_quantities(sentence)
    assert (quantity.lower, quantity.upper) == window


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("When she was five years old, she learned to ride a bike.", "five years old", 5, "years"),
        ("It happened when the baby was only ten months old.", "ten months old", 10, "months"),
        ("At 6 weeks of age, one can already celebrate Christmas.", "6 weeks of age", 6, "weeks"),
        ("The patient is a 87 yo man with a history of hypertension.", "87 yo", 87, "years"),
        ("A 45-year-old Canadian fell to his death.", "45-year-old", 45, "years"),
        ("The 36-yr-old was arrested on Monday.", "36-yr-old", 36, "years"),
        ("The singer died at the age of 45.", "45", 45, "years"),
        ("She turned 90 last week.", "90", 90, "years"),
        ("Police said the boy, aged just 14, was stabbed outside the school.", "14", 14, "years"),
        ("Two 15-year-olds were arrested after the attack.", "15-year-olds", 15, "years"),
    ],
)
def test_ages_in_any_unit(sentence, surface, value, unit):
    assert (surface, value, unit, "age") in quantities(sentence)


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The talks lasted three weeks.", "three weeks", 3, "weeks"),
        ("Nationals' Eight - Year Offer to Teixeira Bumped", "Eight - Year", 8, "years"),  # a tokenised hyphen
    ],
)
def test_a_span_of_time_without_old_is_a_duration(sentence, surface, value, unit):
    assert quantities(sentence) == [(surface, value, unit, "duration")]


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("Nokia agreed to buy the cable maker for 420 million Finnish markka.", "420 million Finnish markka", 420e6, "FIM"),
        ("The bank priced 125 million Australian dollars of bonds.", "125 million Australian dollars", 125e6, "AUD"),
        ("The price of the simulator is C $ 16.4 million.", "C $ 16.4 million", 16.4e6, "CAD"),
        ("Exports fell 19% to HK $ 10.05 billion.", "HK $ 10.05 billion", 10.05e9, "HKD"),
        ("Banknotes come as 5 €, 10 € and 20 €.", "10 €", 10, "EUR"),
        ("Fujitsu wants to withdraw its one-yen bid.", "one-yen", 1, "JPY"),
        ("Orkem made a bid of 470 pence a share.", "470 pence", 470, "penny"),
        ("Egg prices averaged 64.2 cents a dozen.", "64.2 cents", 64.2, "cent"),
        ("The fund raised USD 200 million from pension funds.", "USD 200 million", 200e6, "USD"),
        ("In 2025 USD 200 million went to schools.", "USD 200 million", 200e6, "USD"),
        ("Fares rose to usd 20 from rmb 120 last year.", "usd 20", 20, "USD"),
        ("Fares rose to usd 20 from rmb 120 last year.", "rmb 120", 120, "CNY"),
        ("The lodge charges NZD$15 per night.", "NZD$15", 15, "NZD"),
        ("The bank sold Mex$ 10 million of bonds.", "Mex$ 10 million", 10e6, "MXN"),
        ("Each block mined now pays 6.25 BTC to the miner.", "6.25 BTC", 6.25, "BTC"),
        ("The fee is 2 satoshis per byte.", "2 satoshis", 2, "satoshi"),
        ("The order was worth 528 million francs.", "528 million francs", 528e6, "franc"),
        ("It paid 3 million Swiss francs.", "3 million Swiss francs", 3e6, "CHF"),
        ("Ericsson raised 2 billion Swedish kronor in the sale.", "2 billion Swedish kronor", 2e9, "SEK"),
        ("Cairo set aside 5 billion Egyptian pounds for bread.", "5 billion Egyptian pounds", 5e9, "EGP"),
        ("The kidnappers demanded 500,000 dinars.", "500,000 dinars", 500000, "dinar"),
        ("A coffee in Athens cost 300 drachmas in 2001.", "300 drachmas", 300, "GRD"),
        ("The miner raised $US5 million in Sydney.", "$US5 million", 5e6, "USD"),
        ("Swiss Re set aside SFr 5 million.", "SFr 5 million", 5e6, "CHF"),
        ("A room costs ₱5,000 a night in Manila.", "₱5,000", 5000, "PHP"),
        ("Rents in Warsaw rose to 3,000 zł a month.", "3,000 zł", 3000, "PLN"),
        ("The county charges Ksh 500 per month.", "Ksh 500", 500, "KES"),
        ("The deal was worth QR5bn.", "QR5bn", 5e9, "QAR"),
        ("The lender raised Rmb1.2bn in Shanghai.", "Rmb1.2bn", 1.2e9, "CNY"),
        ("Two more losses of 30 MUSD each were reported.", "30 MUSD", 30e6, "USD"),
        ("Net sales rose to 1,234 MSEK in the quarter.", "1,234 MSEK", 1234e6, "SEK"),
        ("The company has annual revenues of MAUD 60.", "MAUD 60", 60e6, "AUD"),
        ("They paid 75 USD million for the stake.", "75 USD million", 75e6, "USD"),
    ],
)
def test_currencies_by_name_symbol_and_code(sentence, surface, value, unit):
    assert (surface, pytest.approx(value), unit, "currency") in quantities(sentence)


def test_an_article_before_a_spaced_dollar_is_not_a_currency_code():
    assert quantities("Fluor was awarded a $ 300 million contract.")[0][2] == "USD"


def test_an_amount_before_to_drop_is_not_a_decrease():
    assert quantities("National paid Siegel and Shuster $94,000 to drop all claims.")[0][1] == 94000


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Turnout was thirty percentage of the roll.", 30),
        ("It grew by one hundred percents.", 100),
        ("House prices rose 5pc in the year to March.", 5),
    ],
)
def test_percent_spelled_out(sentence, value):
    assert quantities(sentence)[0][1:] == (value, "percent", "percent")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The percent word first, as English written from Chinese orders it: the number closes the clause.
        ("Per cent of thirty-five, the ministry said, was spent on roads.", [("Per cent of thirty-five", 35, "percent", "percent")]),
        ("Percent of 12.", [("Percent of 12", 12, "percent", "percent")]),
        # ...but a number that goes on to a noun counts it, as anywhere else.
        ("Percent of 10-year-olds who swim rose last year.", [("10-year-olds", 10, "years", "age")]),
        ("Half the class, or 5 percent of 10 pupils, stayed home.", [("5 percent", 5, "percent", "percent"), ("10 pupils", 10, "pupil", "count")]),
    ],
)
def test_percent_written_before_its_number(sentence, expected):
    assert quantities(sentence) == expected


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The Greek government will slice 30bn euros (\ufffd25.7bn) from its deficit.", "\ufffd25.7bn", 25.7e9, "XXX"),
        ("He said his pay of Dh4,275 a month was cut.", "Dh4,275", 4275, "AED"),
        ("Berlin decided to lend? 22.4bn to Greece.", "? 22.4bn", 22.4e9, "XXX"),
        ("They agreed a \ufffd\ufffd\ufffd\ufffd110 billion ($158 billion) EU and IMF debt bailout.",
         "\ufffd\ufffd\ufffd\ufffd110 billion", 110e9, "XXX"),
    ],
)
def test_lost_and_regional_currency_signs(sentence, surface, value, unit):
    assert (surface, pytest.approx(value), unit, "currency") in quantities(sentence)


def test_a_decimal_before_a_quake_word_is_a_magnitude():
    assert ("2.9", 2.9, "magnitude", "magnitude") in quantities("It was followed by a 2.9 aftershock at 2:12 a.m.")


def test_a_hyphenated_second_is_a_unit_not_an_ordinal():
    assert quantities("A 10-second runoff ended the game.") == [("10-second", 10, "seconds", "duration")]


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The 170,000-square-foot building houses law offices.", "170,000-square-foot", 170000, "square foot"),
        ("All 23 pirates clambered onto the 10-metre-long dhow.", "10-metre", 10, "metre"),
        # a one-letter symbol before a word of size
        ("Two workers were buried when the 4m-deep pit caved in.", "4m", 4, "metre"),
        ("Crews shored up the 12m-high embankment overnight.", "12m", 12, "metre"),
        # ... but not before anything else: "£3m-a-year" is money
        ("The striker signed a £3m-a-year contract on Friday.", "£3m", 3000000, "GBP"),
    ],
)
def test_units_inside_hyphenated_modifiers(sentence, surface, value, unit):
    assert any(q[:3] == (surface, value, unit) for q in quantities(sentence))


def test_a_code_between_two_numbers_is_the_first_ones():
    assert [q[:3] for q in quantities("Tickets cost 10 RMB 20 USD for tourists.")] == [
        ("10 RMB", 10, "CNY"), ("20 USD", 20, "USD")]


def test_a_word_in_lower_case_is_no_currency_code():
    assert quantities("They had to try 10 times.") == [("10 times", 10, "times", "count")]


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The ticket only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD"),
        ("A pack now costs thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", 13.45, "USD"),
        ("Lunch at the stadium came to 15 euros 50.", "15 euros 50", 15.5, "EUR"),
        ("The suspect is 5 feet 2 inches tall.", "5 feet 2 inches", 5 + 2 / 12, "foot"),
        ("The fence is 12 ft 2 in high.", "12 ft 2 in", 12 + 2 / 12, "foot"),
        ("The baby weighed 7 pounds 4 ounces at birth.", "7 pounds 4 ounces", 7.25, "pound"),
        ("Police are looking for a 5'10\" white male in a grey hoodie.", "5'10\"", 5 + 10 / 12, "foot"),
        ("The 6′2″ forward signed a new deal.", "6′2″", 6 + 2 / 12, "foot"),
    ],
)
def test_an_amount_and_its_smaller_unit_are_one_amount(sentence, surface, value, unit):
    assert [q[:3] for q in quantities(sentence)] == [(surface, pytest.approx(value), unit)]


@pytest.mark.parametrize(
    "sentence, first",
    [
        ("The fine was 500 dollars and 30 days in jail.", ("500 dollars", 500, "USD")),
        ("He paid $15 50 times over the years.", ("$15", 15, "USD")),
        ("Waves of 10 feet and 4 feet hit the coast on Monday.", ("10 feet", 10, "foot")),
    ],
)
def test_a_number_that_counts_something_else_stays_apart(sentence, first):
    assert quantities(sentence)[0][:3] == first


@pytest.mark.parametrize(
    "sentence, surface, value, unit, dimension",
    [
        ("The car can run at 188 miles an hour, a spokesman said.", "188 miles an hour", 188, "mile per hour", "speed"),
        ("Gusts reached 10 Kilometers per hour by noon.", "10 Kilometers per hour", 10, "kilometre per hour", "speed"),
        ("The limit is 30km/hr near schools.", "30km/hr", 30, "kilometre per hour", "speed"),
        ("The limit is 30kmph near schools.", "30kmph", 30, "kilometre per hour", "speed"),
        ("Florida panthers live in home ranges of 190 km2.", "190 km2", 190, "square kilometre", "area"),
        ("The plot measures 24703m2 in all.", "24703m2", 24703, "square metre", "area"),
        ("Each dose holds 120 μg of the drug.", "120 μg", 120, "microgram", "mass"),
        ("Add 75ml of water.", "75ml", 75, "millilitre", "volume"),
        ("The crane then had to rotate 90 degrees.", "90 degrees", 90, "degree", "angle"),
        ("The ramp is tilted 45° to the road.", "45°", 45, "degree", "angle"),
        ("Temperatures hit 30°C in Madrid.", "30°C", 30, "degree Celsius", "temperature"),
        ("The maximum load is 20 (kg) per bag.", "20 (kg)", 20, "kilogram", "mass"),
        ("The fire destroyed 200 hectares of crops.", "200 hectares", 200, "hectare", "area"),
        ("The tanker was seized 13 nautical miles off the coast.", "13 nautical miles", 13, "nautical mile", "length"),
        ("The ship carried 420 tons of food.", "420 tons", 420, "ton", "mass"),
        ("The Fed cut rates by 25 basis points.", "25 basis points", -0.25, "percentage point", "percent"),
        ("The retailer slashed prices by 20%.", "20%", -20, "percent", "percent"),
        ("Spreads widened 30 bps on Monday.", "30 bps", 0.3, "percentage point", "percent"),
        ("It was 86 degrees Fahrenheit in Dallas.", "86 degrees Fahrenheit", 86, "degree Fahrenheit", "temperature"),
        ("Water boils at 100° Celsius.", "100° Celsius", 100, "degree Celsius", "temperature"),
        ("The flat measures 500 sqm.", "500 sqm", 500, "square metre", "area"),
        ("The plant produced 5 GWh last year.", "5 GWh", 5, "gigawatt hour", "energy"),
        ("Output reached 5 million bpd in May.", "5 million bpd", 5e6, "barrel per day", "flow"),
        ("Output fell by 500,000 barrels a day.", "500,000 barrels a day", 5e5, "barrel per day", "flow"),
        ("The 6-foot-2 guard scored 20 points.", "6-foot-2", 6 + 2 / 12, "foot", "length"),
        ("The victims were aged between 18 and 25.", "18 and 25", 21.5, "years", "age"),
        ("Children aged from one to 12 years died.", "one to 12 years", 6.5, "years", "age"),
        # hyphenated modifiers and glued letters, as papers write them
        ("One bomb hit a 200-student schoolhouse.", "200-student", 200, "student", "count"),
        ("A warship foiled a five-boat pirate attack.", "five-boat", 5, "boat", "count"),
        ("Around 20 more people had to be ushered to safety.", "Around 20 more people", 20, "people", "count"),
        ("The plan brought a 2.5-percentage-point rise in the rate.", "2.5-percentage-point", 2.5,
         "percentage point", "percent"),
        ("Staff got a 10-percent raise.", "10-percent", 10, "percent", "percent"),
        ("Officials said 1.2m people were affected.", "1.2m people", 1.2e6, "people", "count"),
        ("Lebanon hosts 1.5m Syrian refugees.", "1.5m Syrian refugees", 1.5e6, "refugee", "count"),
        ("The 3m euros deal collapsed.", "3m euros", 3e6, "EUR", "currency"),
        ("Shares traded at 450p on Friday.", "450p", 450, "penny", "currency"),
        ("She won the 400m hurdles in 52 seconds.", "400m", 400, "metre", "length"),
        ("A 2m wall surrounds the site.", "2m", 2, "metre", "length"),
        # "pounds" weigh or pay by what the sentence speaks of
        ("She stopped eating lunch to drop 25 pounds.", "25 pounds", -25, "pound", "mass"),  # a change: weight dropped
        ("A metric ton is equal to 2,204.62 pounds.", "2,204.62 pounds", 2204.62, "pound", "mass"),
        ("The driver was fined 500 pounds for speeding.", "500 pounds", 500, "GBP", "currency"),
        ("Fans paid 25 pounds for a ticket to see him drop the ball.", "25 pounds", 25, "GBP", "currency"),
        ("The club lost 30 million pounds last season.", "30 million pounds", -30e6, "GBP", "currency"),
        # inch marks only where they cannot be quotation marks
        ("The knife had a 4\" long blade.", "4\"", 4, "inch", "length"),
        ("Thieves took a 55″ television.", "55″", 55, "inch", "length"),
        # bare "degrees" measure heat or an angle by what the sentence speaks of
        ("Temperatures in Seville reached 46 degrees on Sunday.", "46 degrees", 46, "degree", "temperature"),
        ("The child was taken to hospital with a fever of 39 degrees.", "39 degrees", 39, "degree", "temperature"),
        ("It will feel 10 degrees colder by the weekend, forecasters said.", "10 degrees", 10, "degree", "temperature"),
        ("The ship turned 90 degrees as temperatures fell.", "90 degrees", 90, "degree", "angle"),
        ("Temperatures dropped to minus 15 degrees Celsius overnight.", "minus 15 degrees Celsius", -15,
         "degree Celsius", "temperature"),
        ("It was minus 5C in Moscow on Monday.", "minus 5C", -5, "degree Celsius", "temperature"),
        ("The jet banked 30 degrees to avoid the storm.", "30 degrees", 30, "degree", "angle"),
    ],
)
def test_units_in_all_their_forms(sentence, surface, value, unit, dimension):
    assert (surface, pytest.approx(value), unit, dimension) in quantities(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Option 5 (C) was chosen.",  # a letter in brackets is a label
        "The central bank cut rates by 25 bps on Monday.",  # basis points, not barns a second
        "Downloads ran at 3 Mb/s.",  # megabits, not a length per second
        "The 5 Bars Closed After Raid",  # a headline's capitals make no unit of a noun
        'He said "we won 3" and left.',  # a closing quotation mark, not inches
        "Sales peaked in the 80's at 3 million.",
    ],
)
def test_no_physical_unit(sentence):
    assert [q for q in quantities(sentence) if q[3] in PHYSICAL_DIMENSIONS] == []


@pytest.mark.parametrize(
    "sentence, surface, value, unit, dimension",
    [
        ("The tanker turned 180 degrees and headed back to port.", "180 degrees", 180, "degree", "angle"),
        ("The index turned 2 percent higher by noon.", "2 percent", 2, "percent", "percent"),
    ],
)
def test_a_unit_after_turned_is_no_age(sentence, surface, value, unit, dimension):
    assert (surface, pytest.approx(value), unit, dimension) in quantities(sentence)



@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The Fed raised rates by half a percentage point.", "half a percentage point", 0.5, "percentage point"),
        ("Mortgage rates fell a quarter of a percentage point.", "a quarter of a percentage point", -0.25,
         "percentage point"),
        ("The quake was centred two-tenths of a mile from the town.", "two-tenths of a mile", 0.2, "mile"),
        ("Firefighters arrived within half an hour.", "half an hour", 0.5, "hours"),
    ],
)
def test_a_fraction_of_a_unit(sentence, surface, value, unit):
    assert [q[:3] for q in quantities(sentence)] == [(surface, pytest.approx(value), unit)]


def test_a_capitalised_pc_is_a_computer_not_percent():
    assert all(q[2] != "percent" for q in quantities("The school bought 30 PC licences."))


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Oil rose $2 to $85 a barrel.", [("$2", 2, "USD"), ("$85", 85, "USD")]),
        ("Brent climbed $1.50 to $84.20 on Friday.", [("$1.50", 1.5, "USD"), ("$84.20", 84.2, "USD")]),
        ("Costs rose $2 to $3 a share.", [("$2 to $3", 2.5, "USD")]),
        ("Prices rose 2 to 3 percent.", [("2 to 3 percent", 2.5, "percent")]),
        ("Support is between 30% and 40%.", [("30% and 40%", 35, "percent")]),
        ("The trek is 5km-10km long.", [("5km-10km", 7.5, "kilometre")]),
        ("Prices rose from 5% to 10%.", [("5%", 5, "percent"), ("10%", 10, "percent")]),
        ("The fund grew from $2 million to $85 million.", [("$2 million", 2e6, "USD"), ("$85 million", 85e6, "USD")]),
        ("Temperatures ranged from 5 to 10 degrees.", [("5 to 10 degrees", 7.5, "degree")]),
    ],
)
def test_ranges_and_changes(sentence, found):
    assert [q[:3] for q in quantities(sentence)] == found


@pytest.mark.parametrize(
    "sentence",
    [
        "He got a one-off payment.",
        "A two-pronged attack began.",
        "Sales were 20 more than last year.",
    ],
)
def test_no_counted_noun(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("She died from her injuries about an hour later.", [("about an hour", 1, "hours", "duration")]),
        ("The war has lasted nearly a decade.", [("nearly a decade", 10, "years", "duration")]),
        ("He visits his mother twice a year.", []),  # no hedge: "a year" is a rate, not an amount
    ],
)
def test_a_hedged_a_before_a_unit_of_time_is_one(sentence, found):
    assert quantities(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        # one unit and half another: the article is the number, the half its tail
        ("Rain held up the match for an hour and a half on Saturday.", "an hour and a half", 1.5, "hours"),
        ("The standoff lasted a day and a half before police moved in.", "a day and a half", 1.5, "days"),
        ("The fire burned a mile and a half of hillside.", "a mile and a half", 1.5, "mile"),
    ],
)
def test_a_unit_and_a_half_is_one_and_a_half_units(sentence, surface, value, unit):
    claim = next(c for c in quantities_of(sentence) if c.text == surface)
    assert (claim.quantity.value, claim.quantity.unit) == (value, unit)
    assert [c.text for c in quantities_of(sentence) if "half" in c.text] == [surface]


@pytest.mark.parametrize(
    ("sentence", "surface", "level"),
    [
        ("Hurricane Dora hit the coast as a Category 3 storm early on Monday.", "Category 3", 3),
        ("The typhoon weakened to a category-two system as it crossed Luzon.", "category-two", 2),
        ("Forecasters expect the cyclone to reach Category 5 before landfall.", "Category 5", 5),
    ],
)
def test_a_storms_category_is_its_level_on_the_scale(sentence, surface, level):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.value, claim.quantity.unit) == (level, "category")


def test_a_category_outside_a_storm_is_no_level():
    assert not quantities_of("The film was shortlisted in Category 2 of the national awards.")


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Tests showed the driver had a blood alcohol content of 0.16 at the time of the crash.", "0.16", 0.16),
        ("Prosecutors say her blood-alcohol level was .21 when she was stopped.", ".21", 0.21),
        ("His BAC of 0.11 was above the limit, police said.", "0.11", 0.11),
    ],
)
def test_a_bare_blood_alcohol_reading_is_a_percent(sentence, surface, value):
    claim = quantity_at(sentence, surface)
    assert (claim.quantity.unit, claim.quantity.value) == ("percent", value)


def test_a_legal_limit_beside_a_blood_alcohol_reading_is_no_reading():
    assert [c.text for c in quantities_of("A test found a blood alcohol content of 0.14, above the legal limit of 0.08.")] == ["0.14"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Firefighters measured carbon monoxide at more than 500 ppm inside the house.", "more than 500 ppm", 500,
         "part per million"),
        ("Nitrate reached 62 parts per million in the village well.", "62 parts per million", 62, "part per million"),
        ("Lead in the tap water was 18 ppb, above the action level.", "18 ppb", 18, "part per billion"),
    ],
)
def test_a_concentration_in_parts_per_million_or_billion(sentence, surface, value, unit):
    [(text, found, found_unit, dimension)] = quantities(sentence)
    assert (text, found, found_unit, dimension) == (surface, value, unit, "concentration")


def test_parts_per_billion_are_thousandths_of_parts_per_million():
    [(_, _, quantity)] = find_quantities("Lead in the tap water was 18 ppb.")
    assert in_base(quantity).value == pytest.approx(0.018)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The temperature in Duluth was 8 below zero on Sunday morning.", "8 below zero", -8),
        ("It was 10 degrees below zero when the bus broke down.", "10 degrees below zero", -10),
        ("Wind chills could reach 25 below across the Red River valley.", "25 below", -25),
        ("Crews worked through the night in minus 8 degrees.", "minus 8 degrees", -8),
    ],
)
def test_degrees_below_zero_are_a_negative_temperature(sentence, surface, value):
    [(text, found, unit, dimension)] = quantities(sentence)
    assert (text, found, unit, dimension) == (surface, value, "degree", "temperature")


@pytest.mark.parametrize(
    "sentence", ["Shares closed 8 below the offer price.", "He finished 8 below par after a bogey-free round."],
)
def test_below_without_zero_or_weather_is_no_temperature(sentence):
    assert not [q for q in quantities(sentence) if q[3] == "temperature"]
