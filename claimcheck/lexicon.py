"""Facts about English news language, as data: currencies, units, hedges, time words, cue words.

Everything the extractor knows about wording lives here, so a rule can be found and changed in
one place. Nothing in this module is specific to one document or topic.
"""

from __future__ import annotations

# --- money -------------------------------------------------------------------------------------
# Symbols and codes written before the number ("$227.9 billion", "US$5m", "RMB 3 trillion").
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "$": "USD",
    # A currency sign lost in transcoding ("lend \ufffd22.4bn"): some currency, not known which
    # (ISO 4217 "XXX"), so it is compared only with other amounts whose sign was lost.
    "\ufffd": "XXX",
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD",
    "HK$": "HKD", "HKD": "HKD", "NZ$": "NZD", "NZD": "NZD", "S$": "SGD", "SGD": "SGD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY",
    "RMB": "CNY", "CNY": "CNY", "CN¥": "CNY", "₹": "INR", "INR": "INR", "Rs": "INR", "Rs.": "INR",
    "₽": "RUB", "RUB": "RUB", "CHF": "CHF", "₩": "KRW", "KRW": "KRW", "R$": "BRL", "BRL": "BRL",
    "₺": "TRY", "TRY": "TRY", "ZAR": "ZAR", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
    "NT$": "TWD", "TWD": "TWD", "NGN": "NGN", "AED": "AED", "Dh": "AED", "Dhs": "AED",
    "SAR": "SAR", "QAR": "QAR", "Rp": "IDR", "IDR": "IDR", "RM": "MYR", "MYR": "MYR",
    "Tk": "BDT", "KSh": "KES", "Sh": "KES", "euro": "EUR", "euros": "EUR", "₦": "NGN",
    # A code doubled with its sign ("USD$ 15", "NZD$15"), and the Mexican peso's own signs.
    "USD$": "USD", "AUD$": "AUD", "CAD$": "CAD", "NZD$": "NZD", "HKD$": "HKD", "SGD$": "SGD",
    "MXN$": "MXN", "Mex$": "MXN", "MX$": "MXN", "MXN": "MXN",
    "₿": "BTC", "BTC": "BTC", "XBT": "BTC",
    # The sign before the country, as Australian papers write it: "$US5 million", "$A3.2 billion".
    "$US": "USD", "$A": "AUD", "$NZ": "NZD", "$HK": "HKD", "$C": "CAD",
    "SFr": "CHF", "SFr.": "CHF", "Sfr": "CHF",
    "₱": "PHP", "฿": "THB", "₴": "UAH", "₸": "KZT", "₫": "VND",
    # As papers in Kenya, Ghana, Egypt and the Gulf write them: "Ksh 500", "GH¢5m", "QR5bn".
    "Ksh": "KES", "KShs": "KES", "Kshs": "KES", "GH¢": "GHS", "GH₵": "GHS", "₵": "GHS",
    "E£": "EGP", "QR": "QAR", "KD": "KWD", "BD": "BHD",
    # As the Financial Times writes them: "Rmb1.2bn", "NKr5bn", "Rbs30bn", "Zl2bn".
    "Rmb": "CNY", "NKr": "NOK", "SKr": "SEK", "DKr": "DKK", "Rbs": "RUB", "Zl": "PLN",
}
# Codes that are English words in lower case ("try 10 times"): read only as written, in capitals.
# Every other three-letter code is a currency in any case ("usd 20", "rmb 10", "nzd$15").
CODES_THAT_ARE_WORDS = frozenset({"try", "rub", "cad", "sar"})
# A scale letter glued before a code, as company reports write amounts ("30 MUSD", "MEUR 120",
# "kSEK 450"): millions and thousands of that currency.
CODE_SCALES: dict[str, int] = {"M": 10**6, "k": 10**3, "K": 10**3}
# Names written after the number ("3 trillion yuan", "40 million euros").
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rupee": "INR", "rupees": "INR",
    "swiss francs": "CHF", "french francs": "FRF", "belgian francs": "BEF",
    # A franc with no country named could be Swiss, French, Belgian, CFA, Congolese...: "franc".
    "francs": "franc", "franc": "franc", "won": "KRW", "reais": "BRL", "real": "BRL",
    "lira": "TRY", "rand": "ZAR", "kronor": "SEK", "kroner": "NOK",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "rmb": "CNY", "jpy": "JPY", "rub": "RUB",
    "us dollar": "USD", "u.s. dollar": "USD", "american dollars": "USD",
    "australian dollar": "AUD", "australian dollars": "AUD", "canadian dollar": "CAD",
    "canadian dollars": "CAD", "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "new zealand dollar": "NZD", "new zealand dollars": "NZD", "singapore dollars": "SGD",
    "chinese yuan": "CNY", "japanese yen": "JPY", "swiss franc": "CHF", "turkish lira": "TRY",
    "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
    "mexican pesos": "MXN", "pesos": "MXN", "peso": "MXN", "british pounds": "GBP",
    "pesetas": "ESP", "guilders": "NLG", "dutch guilders": "NLG", "markka": "FIM",
    "finnish markka": "FIM", "deutsche marks": "DEM", "deutschmarks": "DEM",
    "drachmas": "GRD", "drachma": "GRD", "escudos": "PTE", "dirhams": "AED",
    "riyals": "SAR", "shekels": "ILS", "naira": "NGN", "bitcoin": "BTC", "bitcoins": "BTC",
    "btc": "BTC", "satoshi": "satoshi", "satoshis": "satoshi",
    "cents": "cent", "cent": "cent", "pence": "penny", "penny": "penny",
    "krona": "SEK", "krone": "NOK", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN",
    "forint": "HUF", "forints": "HUF", "koruna": "CZK", "korunas": "CZK", "lei": "RON", "leu": "RON",
    "hryvnia": "UAH", "hryvnias": "UAH", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "dong": "VND", "tenge": "KZT", "taka": "BDT", "cedi": "GHS", "cedis": "GHS",
    "birr": "ETB", "shekel": "ILS", "riyal": "SAR", "dirham": "AED", "liras": "TRY", "lire": "ITL",
    # Names several countries use, when none is named: "500 dinars", "a million shillings".
    "dinar": "dinar", "dinars": "dinar", "shilling": "shilling", "shillings": "shilling",
    "rial": "rial", "rials": "rial", "kwacha": "kwacha",
}
# A nationality names which one: "2 billion Swedish kronor", "5 billion Egyptian pounds".
CURRENCY_NAMES |= {
    name: code
    for code, names in {
        "SEK": ("swedish kronor", "swedish krona", "swedish crowns"),
        "NOK": ("norwegian kroner", "norwegian krone", "norwegian crowns"),
        "DKK": ("danish kroner", "danish krone", "danish crowns"),
        "CZK": ("czech crowns", "czech korunas", "czech koruna"),
        "EGP": ("egyptian pounds", "egyptian pound"), "LBP": ("lebanese pounds", "lebanese pound"),
        "SYP": ("syrian pounds",), "SDG": ("sudanese pounds",),
        "PHP": ("philippine pesos", "philippine peso"), "ARS": ("argentine pesos", "argentine peso"),
        "CLP": ("chilean pesos",), "COP": ("colombian pesos",),
        "KWD": ("kuwaiti dinars", "kuwaiti dinar"), "IQD": ("iraqi dinars",), "JOD": ("jordanian dinars",),
        "KES": ("kenyan shillings", "kenyan shilling"), "UGX": ("ugandan shillings",),
        "TZS": ("tanzanian shillings",), "IRR": ("iranian rials", "iranian rial"),
        "OMR": ("omani rials",), "QAR": ("qatari riyals", "qatari riyal"),
        "SAR": ("saudi riyals", "saudi riyal"), "MAD": ("moroccan dirhams",),
        "AED": ("uae dirhams", "emirati dirhams"), "KRW": ("korean won", "south korean won"),
        "TWD": ("taiwan dollars", "new taiwan dollars"), "SGD": ("singapore dollar",),
        "ZAR": ("south african rand",), "NGN": ("nigerian naira",), "ILS": ("israeli shekels", "new shekels"),
        "BRL": ("brazilian reais", "brazilian real"), "INR": ("indian rupee",), "NPR": ("nepalese rupees",),
        "PKR": ("pakistani rupee",), "LKR": ("sri lankan rupee",),
    }.items()
    for name in names
}
# Letters glued after the number that make it money: "shares traded at 450p" (not pints).
GLUED_CURRENCY_SUFFIXES = {"p": "penny"}
# "1.2m people", "3.4m households": a glued "m" before a counted noun is a million of them, but
# not before the events run over metres ("the 400m hurdles").
METRE_EVENTS = frozenset({"hurdles", "heats", "races", "runners", "swimmers", "sprinters"})
# Symbols some writers put after the number ("10 €", "100元").
CURRENCY_SUFFIXES: dict[str, str] = {
    "€": "EUR", "$": "USD", "£": "GBP", "元": "CNY", "¥": "JPY", "₹": "INR", "₽": "RUB",
    "₩": "KRW", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₺": "TRY", "₦": "NGN", "₪": "ILS",
    "₫": "VND", "₱": "PHP", "₴": "UAH", "zł": "PLN", "Kč": "CZK",
}

# A unit followed by an amount of its smaller unit states one amount: "3 dollars 50 cents",
# "thirteen dollars and forty-five cents", "15 euros 50", "5 feet 2 inches", "12 ft 2 in".
# Unit -> (the smaller unit's names, how many of it make one).
_CENTS = (("cents", "cent"), 100)
MINOR_UNITS: dict[str, tuple[tuple[str, ...], int]] = {
    **dict.fromkeys(("USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN"), _CENTS),
    "GBP": (("pence", "penny"), 100),
    "foot": (("inches", "inch", "in", '"', "″", "''"), 12),  # "5 ft 10 in", "6'2\"", "5′10″"
    "pound": (("ounces", "ounce", "oz"), 16),
}

# --- physical units ------------------------------------------------------------------------------
# Feet and inches written as primes: "5′10″" always; straight marks only as "6'2\"" or before a word
# of size ("a 10\" long blade"), since they are also quotation marks and apostrophes ("the 80's").
SIZE_WORDS = ("long", "wide", "tall", "high", "deep", "thick", "across", "in diameter")

# Units from quantulum3's catalogue named as news writes them: "75 ml" is 75 millilitres (the
# catalogue's "cubic centimetre", the same volume), "90 degrees" is 90 degrees.
UNIT_NAMES = {"cubic centimetre": "millilitre", "degree angle": "degree", "pound-mass": "pound",
              "degree fahrenheit": "degree Fahrenheit"}
# Units news uses that the catalogue lacks.
UNIT_SURFACES: dict[str, tuple[str, str]] = {
    "hectare": ("hectare", "area"), "hectares": ("hectare", "area"),
    "nautical mile": ("nautical mile", "length"), "nautical miles": ("nautical mile", "length"),
    "troy ounce": ("troy ounce", "mass"), "troy ounces": ("troy ounce", "mass"),
    "sqm": ("square metre", "area"), "MWh": ("megawatt hour", "energy"),
    "GWh": ("gigawatt hour", "energy"), "TWh": ("terawatt hour", "energy"),
    **dict.fromkeys(("degrees Fahrenheit", "degree Fahrenheit", "degrees F", "deg F"),
                    ("degree Fahrenheit", "temperature")),
    **dict.fromkeys(("degrees C", "deg C", "° C", "° Celsius"), ("degree Celsius", "temperature")),
    **dict.fromkeys(("° F", "° Fahrenheit"), ("degree Fahrenheit", "temperature")),
    # A gas or pollutant in air or water: "carbon monoxide at 400 ppm", "nitrate at 50 parts per million".
    **dict.fromkeys(("ppm", "parts per million", "part per million"), ("part per million", "concentration")),
    **dict.fromkeys(("ppb", "parts per billion", "part per billion"), ("part per billion", "concentration")),
    # Oil output is a flow: "5 million bpd", "5 million barrels a day".
    **dict.fromkeys(("bpd", "b/d", "barrels per day", "barrels a day"), ("barrel per day", "flow")),
}
# "Pounds" after a bare number weigh something, not sterling, in a sentence with one of these
# words and none of MONEY_WORDS: "she dropped 25 pounds", "the baby is over two pounds".
WEIGHT_WORDS = frozenset({
    "weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lighter", "lose", "lost",
    "drop", "dropped", "shed", "gain", "gained", "ton", "tons", "tonne", "tonnes", "kilogram",
    "kilograms", "kg", "ounce", "ounces", "baby", "newborn", "fish", "diet",
})
MONEY_WORDS = frozenset({
    "cost", "costs", "paid", "pay", "pays", "price", "priced", "worth", "sold", "bought", "spent",
    "fine", "fined", "salary", "wage", "budget", "fee", "fees", "sterling", "cash", "bill", "tax",
})
# Bare "degrees" measure heat, not an angle, in a sentence with one of these words and none of
# ANGLE_WORDS: "temperatures reached 40 degrees", "a fever of 39 degrees", "the mercury hit 40 degrees".
TEMPERATURE_WORDS = frozenset({
    "temperature", "temperatures", "temp", "temps", "thermometer", "thermometers", "mercury",
    "heat", "heatwave", "hot", "hotter", "hottest", "warm", "warmer", "warmest", "warming", "cold",
    "colder", "coldest", "chill", "chills", "chilly", "freezing", "frost", "cool", "cooler", "coolest", "fever",
    "weather", "forecast", "forecasters", "celsius", "fahrenheit", "centigrade", "boil", "boils",
    "boiling", "sweltering", "scorching", "balmy", "frigid", "thaw", "oven", "thermostat",
})
ANGLE_WORDS = frozenset({
    "angle", "angles", "rotate", "rotated", "rotates", "rotation", "turn", "turned", "turns",
    "tilt", "tilted", "tilts", "slope", "slopes", "incline", "latitude", "longitude", "bearing",
    "banked", "arc", "spin", "spun", "pivot", "pivoted", "axis",
})
# The time a speed is counted in, after "per", "an", "a" or "/" ("188 miles an hour", "10 km/hr",
# "10kmph"): each way it is written -> its name. Only full words follow "an"/"a".
# The lengths a speed is counted in (not barns or base pairs: "25 bps", "3 Mb/s" are no speeds).
SPEED_LENGTHS = frozenset({"metre", "kilometre", "centimetre", "millimetre", "mile", "nautical mile",
                           "foot", "inch", "yard"})
# What a price is paid for, after "a", "an" or "per" ("$5 a gallon", "£9.50 an hour", "$23 million
# per season", "£200,000 a week"): a sum per one of these is a price or a rate, not a total.
PRICE_PER_NOUNS = frozenset("""
    hour day night week month year annum season game match term quarter fortnight
    gallon litre liter barrel ton tonne kilo kilogram pound ounce bushel share unit item bag
    head person passenger patient student pupil ticket seat household family visit dose pill pack
    mile kilometre square acre hectare word minute second
""".split())
PER_TIME_UNITS = {
    "hour": "hour", "hr": "hour", "h": "hour", "minute": "minute", "min": "minute",
    "second": "second", "sec": "second", "s": "second", "millisecond": "millisecond",
    "ms": "millisecond",
}

# --- percentages and counts --------------------------------------------------------------------
PERCENT_WORDS = ("%", "percent", "percents", "per cent", "per-cent", "pct", "percentage", "pc")
PERCENT_LOWER_ONLY = frozenset({"pc"})  # "rose 5pc" (British papers), but "5 PCs" are computers
# A basis point is a hundredth of a percentage point: "cut rates by 25 basis points" (0.25).
BASIS_POINT_WORDS = ("basis points", "basis point", "bps", "bp", "bips")
PERCENTAGE_POINT_WORDS = ("percentage points", "percentage point", "percentage-point", "pct points", "ppts", "pp")
MULTIPLIER_WORDS = ("times", "fold", "-fold")
# Words after a span of time that make it an age: "five years old", "3 years of age", "87 yo",
# "two 15-year-olds".
AGE_AFTER = ("old", "olds", "of age", "yo", "y/o", "y.o.")

# Words after a number and a hyphen in a modifier that are no counted noun: "a 300-strong crowd",
# "a one-off payment", "a two-way street" (but "a 200-student school", "a five-boat attack" count).
MODIFIER_NOT_NOUNS = frozenset({
    "strong", "odd", "plus", "long", "high", "wide", "deep", "tall", "old", "off", "time", "way",
    "nil", "something", "and", "or", "for", "fold", "times", "and-a-half", "ish", "over", "under",
})

# Counted nouns and the unit they are normalised to (singular). A noun not listed here still
# counts, under its own singular form; these map variants onto one unit.
COUNT_NOUN_UNITS: dict[str, str] = {
    "people": "people", "persons": "people", "person": "people", "individuals": "people",
    "residents": "people", "civilians": "people", "victims": "people",
    "times": "times", "occasions": "times",
    "visits": "visit", "trips": "trip", "vehicles": "vehicle", "cars": "vehicle",
    "others": "people",
    # One crew, however named: "300 crewmen", "more than 300 crew", "20 crew members", "sailors".
    "crewmen": "crew", "crewman": "crew", "crewmembers": "crew", "seamen": "crew", "seafarers": "crew",
    # One workforce, however named: "employs 13,500 staff", "its 13,200 employees", "300 staffers".
    "staff": "employee", "staffers": "employee", "employees": "employee",
    # "about 18,500 fisherfolk" (Asian and African news) are the fishermen others count
    "fisherfolk": "fisherman", "fisherfolks": "fisherman",
    # One rider, however named: "the ninth bicyclist killed this year" is the "eighth cyclist" others count
    "bicyclist": "cyclist", "bicyclists": "cyclist",
    # Nouns whose singular ends in -s: "measles cases", "a new species", "the series"
    **{word: word for word in "measles mumps rabies herpes diabetes species series news headquarters".split()},
}
# Counted nouns that do not say what is counted without the verb ("12 people") or the "of"
# phrase ("the 80th anniversary of the victory").
GENERIC_COUNT_UNITS = frozenset({"people", "times", "other", "one", "anniversary"})
# Plural nouns without an -s ending.
PLURAL_NOUNS = frozenset("people children men women police staff personnel cattle crew aircraft spacecraft sheep livestock "
                         "fish deer salmon trout poultry swine bison moose geese mice".split())
# Nouns an ordinal does not count: "the third quarter" is a period, "the second time" an
# occasion, "the third-largest" a rank.
ORDINAL_NOT_COUNTED = frozenset(
    "quarter half time place round day week month year decade century floor grade term "
    "generation anniversary person man woman one side stage leg phase period".split()
)
# Words near "31-24" that make it a score or a win-loss record.
SCORE_WORDS = frozenset(
    "victory victories win wins won winning defeat defeats defeated loss losses lost lead led "
    "leading deficit beat beating edged rout routed score scored final record trailed trailing trails trail leads tie "
    "tied game match head-to-head".split()
)
# Words near "68-32" that make it a vote tally, when no unit follows ("the Senate voted 68-32").
TALLY_WORDS = frozenset("vote votes voted voting passed tally".split())
# Nouns for what a person was doing when something befell them: one outlet's "surfer, 58" is
# another's "a 57-year-old man"; what befell them (match._deed_role) says who they are in the story.
ACTIVITY_PERSON_NOUNS = ("surfer", "swimmer", "diver", "snorkeler", "kayaker", "jogger")
# Nouns for a person that an age can follow: "a woman, 29, was shot in both legs".
PERSON_NOUNS = frozenset(
    "man woman boy girl son daughter mother father teen teenager child baby suspect victim "
    "driver resident student husband wife brother sister grandson granddaughter shooter gunman "
    "defendant officer deputy soldier cousin nephew niece uncle aunt girlfriend boyfriend "
    "grandmother grandfather toddler infant pedestrian motorist "
    # roles and trades: "Its captain, 52,", "the pilot, 61,", "a teacher, 34,"
    "captain skipper pilot passenger worker employee teacher nurse doctor farmer fisherman "
    "owner tourist hiker climber cyclist runner patient inmate prisoner guard firefighter guide skier "
    f"{' '.join(ACTIVITY_PERSON_NOUNS)} "
    # titles: "Its chairman, 61,", "the town's mayor, 44,", "the company's founder, 70,"
    "chairman chairwoman mayor founder president director manager treasurer coach principal "
    "spokesman spokeswoman sheriff landlord engineer".split()
)
# Nouns that count persons by what they are or do, beside PERSON_NOUNS: a report's toll given in one
# of them ("Six devotees were killed", "More than 80 worshippers were abducted") is its toll of people.
# A closed list: an agent ending alone names things as often ("trawlers", "containers", "tankers").
TOLL_PERSON_NOUNS = PERSON_NOUNS | frozenset(
    "devotee worshipper pilgrim villager civilian migrant refugee mourner protester demonstrator "
    "spectator fan guest shopper commuter traveller traveler miner mineworker swimmer bather resident "
    "churchgoer reveller partygoer concertgoer holidaymaker vacationer".split())
# Members of a family (not "children", which as often counts the young of a town): their counts are
# of the family whose person the sentence names ("Umm Ibrahim ... lost two sons").
FAMILY_NOUNS = frozenset("son daughter brother sister cousin nephew niece grandson granddaughter grandchild "
                         "husband wife uncle aunt".split())
# Nouns of a place a description in apposition introduces ("Cobb, a small community along Highway
# 175, 4 miles east of ..."): a distance right after it locates that place, not the event.
PLACE_NOUNS: tuple[str, ...] = (
    "community", "town", "village", "city", "hamlet", "suburb", "settlement", "resort",
    "neighborhood", "neighbourhood", "district", "municipality", "island", "port", "township",
)
# What a territory has, said as its own ("Dublin's population", "the minimum wage of Geneva"), and the
# divisions a report names as "the canton of Geneva", "the county of Cork": a figure whose subject
# opens with one of these is that place's figure.
TERRITORY_MEASURES: tuple[str, ...] = (
    "population", "economy", "gdp", "unemployment", "inflation", "minimum wage", "wage", "budget", "debt", "deficit",
    "electorate", "turnout",
)
TERRITORY_NOUNS: tuple[str, ...] = (
    "canton", "county", "region", "province", "state", "city", "town", "village", "district", "municipality",
    "prefecture", "governorate", "borough", "emirate", "island", "territory",
)
# Compass bearings: two measures that share only "north" locate different things ("15 miles north
# of Detroit", "a motorist 50 miles north of Detroit").
COMPASS_POINTS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
BEARINGS = frozenset(COMPASS_POINTS)
# What an organisation is (a union "represents 310,000 teachers", a mine "employs 1,800 people"),
# not what some of them did that day ("100,000 teachers joined the march"): a contrast set.
STANDING_WORDS = frozenset({"represent", "employ", "membership"})
# Who did the harm: a toll that counts them ("Five people, including the gunman, died") is another
# set than the victims' toll.
PERPETRATOR_NOUNS = ("gunman", "gunmen", "shooter", "shooters", "attacker", "attackers", "assailant",
                     "assailants", "bomber", "bombers", "killer", "perpetrator", "hijacker", "hijackers", "suspect")
# People that a side "lost" were killed ("Israel has lost seven soldiers").
LOST_AS_KILLED = PERSON_NOUNS | {"troop", "civilian", "people", "person", "life", "men", "marine", "fighter",
                                 "policeman", "member"}
# Endings of nationality adjectives that count people on their own ("12 Somali and 11 Yemeni").
DEMONYM_ENDINGS = ("i", "ese", "ian", "ean")
# Words before a number that make it an identifier, not a quantity ("No. 5", "page 3").
IDENTIFIER_WORDS = frozenset(
    "no no. number nos article section chapter page p. pp. flight route highway room unit "
    "apartment suite level grade step phase version model channel line platform gate exit "
    "interstate road street avenue row seat episode season vol. volume issue item".split()
)
# Abbreviations that stand before a number and end no sentence ("the No. 5 seed", "Nos. 3 and 4").
ABBREVIATIONS_BEFORE_NUMBERS = ("No.", "Nos.")
# Nouns after "No. 5" that make it a rank, counted like "the fifth seed" ("the No. 5 seed", "the No. 1 spot").
RANK_NOUNS = frozenset("seed pick spot ranking position place team player".split())
# Determiners before a word number that make it a reference ("the two leaders"), not a count.
# Words that open a clause: a measure's words are read up to the nearest one ("trade, which
# reached ...", "said that ...").
CLAUSE_OPENERS = ("that", "which", "who", "while", "whereas", "but", "although", "though", "as", "because",
                  "whilst", "after", "before", "when", "where")
# Words a question opens with: a "?" ends a sentence that opens with one; elsewhere, before a
# figure, it stands for a currency sign lost in transcoding ("since agreeing an? 110 billion").
QUESTION_OPENERS = frozenset(
    "who whom whose what which when where why how is are was were do does did can could will would "
    "should shall may might must has have had am isn't aren't wasn't weren't don't doesn't didn't "
    "can't couldn't won't wouldn't shouldn't".split()
)
# Quantifiers that take a share of a counted whole: "most of the 300 passengers", "none of the 150 people".
SHARE_QUANTIFIERS = frozenset("most many some several few none half".split())
DETERMINERS = frozenset("the these those both its their our his her my your whose all".split())
POSSESSIVES = frozenset("his her their its our my your".split())
# Words after which a distance keeps the place it is measured from ("23 miles north of X").
DIRECTION_WORDS = (
    *COMPASS_POINTS,
    "[nsew]{1,3}", "from", "away", "off", "outside", "inland", "offshore", "deep", "below",
    "above", "high", "long", "wide", "tall",
)

# Prepositions that open a phrase about where, when, how or against what, never the thing a figure
# is: "killed 12 during raids", "scored 28 against the Knicks" count no raids, no Knicks; "earn up
# to $5,000 through Crime Stoppers", "$9.8 billion vs. $10.1 billion expected" are no sum of a
# "through" or a "vs".
PREPOSITIONS = frozenset(
    "during across against into inside outside after before since through throughout within "
    "among amid between despite toward towards upon until via behind beyond vs versus".split()
)
# Words after a number that are not counted nouns: they start a clause or a time expression.
NOT_COUNT_NOUNS = frozenset(
    "and or but to of in on at for from by with as than the a an that which who this these those "
    "year years month months week weeks day days hour hours minute minutes second seconds decade "
    "decades century centuries percent per cent am pm a.m. p.m. consecutive straight record "
    "less over under about around nearly almost some was were is are has have had will would "
    "could can may might said says say told who which that were".split()
) | PREPOSITIONS
# Nouns that "a single" describes rather than counts ("a single mother", "the single market"),
# and words after "single" that rank ("the single biggest").
SINGLE_NOT_COUNTED = frozenset(
    "mother mothers father fathers parent parents mom mum dad man woman men women person people "
    "market currency family room bed ticket file malt lane track digit digits figures "
    "most largest biggest greatest highest lowest worst best deadliest".split()
)
# Time units -> (canonical unit, factor): "two decades" is 20 years.
TIME_UNITS: dict[str, tuple[str, float]] = {
    "year": ("years", 1), "years": ("years", 1), "month": ("months", 1), "months": ("months", 1),
    "week": ("weeks", 1), "weeks": ("weeks", 1), "day": ("days", 1), "days": ("days", 1),
    "hour": ("hours", 1), "hours": ("hours", 1), "minute": ("minutes", 1),
    "minutes": ("minutes", 1), "decade": ("years", 10), "decades": ("years", 10),
    "century": ("years", 100), "centuries": ("years", 100),  # "in half a century", "two centuries ago"
    "second": ("seconds", 1), "seconds": ("seconds", 1),
    # abbreviated: "3 yrs old", "a 36-yr-old", "2 hrs", "10 mins"
    "yr": ("years", 1), "yrs": ("years", 1), "hr": ("hours", 1), "hrs": ("hours", 1),
    "min": ("minutes", 1), "mins": ("minutes", 1), "sec": ("seconds", 1), "secs": ("seconds", 1),
}
# Units that "a" or "an" counts as one after a hedge ("about an hour later", "more than a year",
# "about a mile wide", "nearly a foot of rain"): extraction reads them, and the prefilter lets
# their sentences through.
ARTICLE_UNITS: tuple[str, ...] = (
    *(unit for unit in TIME_UNITS if not unit.endswith("s")),
    "mile", "kilometre", "kilometer", "foot", "yard", "inch", "metre", "meter", "tonne", "ton", "acre",
    "hectare", "gallon", "litre", "liter",
)

# Words between a number and the casualty word it counts ("17 new deaths", "five more dead",
# "41 still missing").
CASUALTY_PREMODIFIERS = frozenset("new more further additional confirmed other still".split())

# Casualty and outcome words -> the canonical measure word. A bare number next to one of them
# counts people: "kills 1, injures 2", "1 dead, 2 hurt", "killing at least 12".
CASUALTY_WORDS: dict[str, str] = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "dead": "killed",
    "died": "killed", "die": "killed", "dies": "killed", "dying": "killed", "death": "killed", "deaths": "killed",
    "fatalities": "killed", "fatality": "killed", "lives": "killed", "toll": "killed",
    "injured": "injured", "injures": "injured", "injuring": "injured", "injure": "injured",
    "injuries": "injured", "wounded": "injured", "wounding": "injured", "wounds": "injured",
    "hurt": "injured", "hurting": "injured",
    "missing": "missing", "arrested": "arrested", "arresting": "arrested", "detained": "arrested",
    "evacuated": "evacuated", "evacuation": "evacuated", "displaced": "displaced", "rescued": "rescued",
    "hospitalized": "hospitalized", "hospitalised": "hospitalized",
    "treated": "treated",  # headline "12 treated for smoke": those medics treated
    "critical": "critical", "critically": "critical",  # "55 wounded, 15 critically"
    "seriously": "serious",  # "46 injured, nine seriously": the grade of those hurt, as "critically" is
    "fatally": "killed",  # "Four people were shot, one fatally"
    "ill": "sickened", "sickened": "sickened",  # headline "Nearly 700 ill, 3 dead"; "sickened 40 diners"
}


# --- hedges ------------------------------------------------------------------------------------
# A hedge before a value turns the value into an interval. ("lower", "upper") factors: None means
# the bound is open, 1.0 means the value itself; "strict" bounds keep the value itself out.
# Hedges whose bound excludes the figure itself: "more than 300" is not 300, nor is "nearly 300".
EXCLUSIVE_HEDGES = frozenset(
    "more than|over|above|exceeding|exceeded|surpassing|surpassed|topping|topped|in excess of|"
    "upwards of|greater than|just over|just above|less than|fewer than|under|below|just under|"
    "just below|nearly|almost|close to|approaching".split("|")
)
HEDGES_BEFORE: dict[str, tuple[float | None, float | None]] = {
    "more than": (1.0, None), "over": (1.0, None), "above": (1.0, None), "exceeding": (1.0, None),
    "exceeded": (1.0, None), "surpassing": (1.0, None), "surpassed": (1.0, None),
    "topping": (1.0, None), "topped": (1.0, None), "in excess of": (1.0, None),
    "upwards of": (1.0, None), "greater than": (1.0, None), "just over": (1.0, 1.1),
    "just above": (1.0, 1.1), "at least": (1.0, None), "no fewer than": (1.0, None),
    "no less than": (1.0, None), "a minimum of": (1.0, None), "as many as": (None, 1.0),
    "as much as": (None, 1.0), "as high as": (None, 1.0), "as low as": (1.0, None),
    "as few as": (1.0, None), "as little as": (1.0, None), "up to": (None, 1.0), "at most": (None, 1.0),
    "no more than": (None, 1.0), "a maximum of": (None, 1.0), "less than": (None, 1.0),
    "fewer than": (None, 1.0), "under": (None, 1.0), "below": (None, 1.0),
    "just under": (0.9, 1.0), "just below": (0.9, 1.0), "nearly": (0.9, 1.0),
    "almost": (0.9, 1.0), "close to": (0.9, 1.0), "approaching": (0.9, 1.0),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1), "some": (0.9, 1.1), "an estimated": (0.9, 1.1),
    "estimated": (0.9, 1.1), "circa": (0.9, 1.1), "approx.": (0.9, 1.1), "c.": (0.9, 1.1),
    "~": (0.9, 1.1),
}
# "over" before a length of time is a floor after these words ("jailed for over two years", "it
# took over three hours", "the first in over a decade"), and elsewhere the stretch a thing happens
# over ("30 cm of snow over two days", "talks held over three days").
OVER_AS_FLOOR_AFTER = frozenset("""
    for in after of than within lasted lasting lasts last took take takes taking spent spend spends
    spending waited wait is was were are be been being aged just well by to
""".split())
# Hedges that, before a temperature, name a reading rather than bound it: weather copy gives the
# day's high and low as "a maximum of 42C" and "a minimum of 3C overnight".
READING_HEDGES = frozenset({"a maximum of", "a minimum of"})
# Hedges that say the value is a floor or ceiling being crossed, not a measured amount.
THRESHOLD_HEDGES = frozenset(
    "exceeding exceeded surpassing surpassed topping topped".split()
)
THRESHOLD_NOUNS = frozenset({"mark", "threshold", "barrier", "milestone", "level", "line"})
HEDGES_AFTER: dict[str, tuple[float | None, float | None]] = {
    "or more": (1.0, None), "or so": (0.9, 1.1), "or less": (None, 1.0), "plus": (1.0, None),
}
RANGE_JOINERS = ("to", "-", "–", "—", "and", "or")

# --- change and rate cues ----------------------------------------------------------------------
CHANGE_CUES = frozenset(
    "up down rise rose risen rising increase increased increasing grew grown growth gain gained "
    "jump jumped surge surged climb climbed fall fell fallen falling drop dropped decline declined "
    "decrease decreased slump slumped plunge plunged slid tumbled sank shed lost "
    "cut cuts lowered reduced slashed trimmed shrank shrunk shrink contracted expanded soared narrowed "
    "widened "
    # markets' verbs, and the present tense of headlines ("Shares slip 3%", "Sales jump 5%")
    "slipped slipping slip slips dipped dipping dip dips eased easing edged retreated plummeted "
    "rallied rebounded sagged skidded advanced rises falls drops jumps climbs gains surges "
    "slumps plunges tumbles".split()
)
# Change cues that mean a decrease: "fell 5.4%" is a change of -5.4%.
DECREASE_CUES = frozenset(
    "down fell fallen falling fall drop dropped dropping decline declined declining decrease "
    "decreased slump slumped plunge plunged plunging slid slide sliding lost lose losing shed "
    "narrowed shrank shrunk shrink contracted tumbled tumble sank sink cut cuts lowered reduced slashed trimmed "
    "slipped slipping slip slips dipped dipping dip dips eased easing retreated plummeted sagged skidded "
    "falls drops slumps plunges tumbles".split()
)
# Subjects whose change a bare number counts ("Jobless claims fell by 12,000 to 370,000",
# "Payrolls grew by 151,000"): plural nouns, and these; not those a bare number prices or scores.
COUNTED_SUBJECTS = frozenset("employment unemployment population membership enrolment enrollment".split())
NOT_COUNTED_SUBJECTS = frozenset(
    "shares prices rates yields stocks futures earnings profits revenues costs bonds markets indices "
    "indexes points sales figures numbers levels terms times years months weeks days hours".split()
)
# Change cues that say what the subject did to something else ("the firm cut 500", "lost 12"),
# not how its own number changed.
TRANSITIVE_CHANGE_CUES = frozenset("lost shed cut cuts slashed reduced lowered trimmed".split())
# Verbs that change a rate but raise money as well ("raised its dividend 5%", "raised $2m"):
# a change only of a percentage.
RATE_CHANGE_CUES = frozenset("raised raising raise hiked hiking lifted boosted".split())
# Nouns right after a value that make it a change ("a 30% increase").
CHANGE_NOUNS = frozenset("increase rise decrease drop decline gain jump growth fall".split())
CHANGE_PHRASES = ("year on year", "year-on-year", "year over year", "from a year earlier",
                  "on the year before", "from the previous year", "compared with", "compared to")

# --- time --------------------------------------------------------------------------------------
# Month names in the languages newswire metadata uses and abbreviations, January to December, space-separated alternatives.
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("january jan", "february feb", "march mar", "april apr", "may", "june jun",
           "july jul", "august aug", "september sept sep", "october oct", "november nov",
           "december dec"),
    "fr": ("janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin",
           "juillet juil", "août aout", "septembre sept", "octobre oct", "novembre nov",
           "décembre decembre déc"),
    "de": ("januar jänner jan", "februar feb", "märz maerz mär", "april apr", "mai", "juni",
           "juli", "august aug", "september sept sep", "oktober okt", "november nov",
           "dezember dez"),
    "it": ("gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag",
           "giugno giu", "luglio lug", "agosto ago", "settembre sett set", "ottobre ott",
           "novembre nov", "dicembre dic"),
    "es": ("enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun",
           "julio jul", "agosto ago", "septiembre setiembre sept sep", "octubre oct",
           "noviembre nov", "diciembre dic"),
    "pt": ("janeiro jan", "fevereiro fev", "março marco mar", "abril abr", "maio mai",
           "junho jun", "julho jul", "agosto ago", "setembro set", "outubro out",
           "novembro nov", "dezembro dez"),
    "nl": ("januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun",
           "juli jul", "augustus aug", "september sept sep", "oktober okt", "november nov",
           "december dec"),
}

WEEKDAY_NAMES = (
    "monday mon tuesday tues tue wednesday wed thursday thurs thur thu friday fri saturday sat "
    "sunday sun lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag lunedì lunedi martedì martedi mercoledì mercoledi "
    "giovedì giovedi venerdì venerdi sabato domenica lunes martes miércoles miercoles jueves "
    "viernes sábado domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
).split()

# Words after "last" that make it a span back from now or a stretch of a run ("last year", "the last
# few weeks", "last season's"), never the latest occasion of a thing ("the last time", "his last win").
LAST_SPAN_WORDS = frozenset("""
    year years week weeks month months season seasons night weekend decade decades century term quarter
    summer winter spring autumn fall few several
""".split())

# English month names and abbreviations -> month number.
MONTHS: dict[str, int] = {
    name: number
    for number, alternatives in enumerate(MONTH_NAMES["en"], start=1)
    for name in alternatives.split()
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
# "the last week of July", "the first week of 2015": which week of a month or year (-1: its last).
WEEK_ORDINALS: dict[str, int] = {**ORDINAL_WORDS, "fifth": 5, "5th": 5, "last": -1, "final": -1}
# "early December", "mid-2015", "late last year": the share of the named period a part covers
# (from, to), in its days, or in its months for a year. Parts overlap at the edges, as the
# words do.
PERIOD_PARTS: dict[str, tuple[float, float]] = {"early": (0.0, 0.5), "mid": (0.25, 0.75), "late": (0.5, 1.0)}
# "earlier this month", "later this year": the part of the current period before or after the
# report.
PERIOD_SIDES: tuple[str, ...] = ("earlier", "later")
RELATIVE_YEARS: dict[str, int] = {
    "this year": 0, "the current year": 0, "last year": -1, "the previous year": -1,
    "the past year": -1, "a year earlier": -1, "next year": 1, "the coming year": 1,
    # a company's or a government's year, read as the calendar year it is named after
    "this fiscal year": 0, "the current fiscal year": 0, "last fiscal year": -1, "the previous fiscal year": -1,
    "the last fiscal year": -1, "next fiscal year": 1,
}
RELATIVE_DAYS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1}
# Parts of a day said relative to the report: "this morning" is the day of writing, "last night"
# the night before.
RELATIVE_DAY_PARTS: dict[str, int] = {
    "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0, "last night": -1,
    "last evening": -1, "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
}
# The weekend a report looks back on (the latest one up to publication): "over the weekend".
WEEKEND_PHRASES: tuple[str, ...] = (
    "over the weekend", "at the weekend", "during the weekend", "on the weekend", "this past weekend",
    "the past weekend",
)
# Units of a stretch of time that runs up to the report: "over the past decade", "in the last 24
# hours", "the previous three months" ("the past year" is a RELATIVE_YEARS phrase).
RECENT_UNITS = ("hour", "hours", "day", "days", "week", "weeks", "month", "months", "years", "decade", "decades")
# "three days ago", "a fortnight ago": the length of each unit in days.
AGO_UNITS: dict[str, int] = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14}
# "four months ago": the same day, that many months back. "41 years ago" stays a duration (how
# long since), as the gold reads it.
AGO_MONTHS: dict[str, int] = {"month": 1, "months": 1}
# Words that put a weekday, a day or a month named without a year after the report rather than
# before it: "are to be arraigned Thursday", "a vote will be held Thursday", "due in court on
# Friday", "expected to be arraigned at 10:30 a.m. Thursday"; what a forecaster or an official
# expects ("Forecasters expect temperatures to fall on Thursday"). Read in the clause before the date.
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "’ll", "shall", "is to", "are to", "is due", "are due", "scheduled",
    "expected to", "expect", "expects", "is set to", "are set to", "slated", "plans to", "plan to", "going to", "upcoming",
    "face arraignment", "faces arraignment", "face trial", "faces trial", "to be voted", "to be held",
    "to be sentenced", "to be arraigned",
)

# Words that, after "no"/"no one"/"nobody", state a zero count: "no one was killed or injured",
# "there were no casualties" (neither killed nor injured).
ZERO_CASUALTY_WORDS: dict[str, tuple[str, ...]] = {
    **{word: (measure,) for word, measure in CASUALTY_WORDS.items()},
    "casualties": ("killed", "injured"), "casualty": ("killed", "injured"),
}

# Times of day. A hedge widens a time by a window that depends on how round it is (30 minutes
# either side of "about 3pm", 15 of "about 3.45pm", 5 of "about 3.47pm"); the pair says which
# sides of the window it opens: "just before 10.30pm" is the window before 10.30.
CLOCK_HEDGES: dict[str, tuple[int, int]] = {
    "about": (-1, 1), "around": (-1, 1), "approximately": (-1, 1), "roughly": (-1, 1),
    "some time around": (-1, 1), "sometime around": (-1, 1), "shortly before": (-1, 0),
    "just before": (-1, 0), "shortly after": (0, 1), "just after": (0, 1), "soon after": (0, 1),
    "just past": (0, 1),
}
CLOCK_WORDS: dict[str, int] = {"noon": 12 * 60, "midday": 12 * 60, "midnight": 0}
# Zones that mark a time as a conversion for readers elsewhere ("6 p.m. local time (1300 GMT)").
CLOCK_ZONES = ("GMT", "UTC", "Zulu")
# Local zones written after a time that do not end in "T" as most do ("EST", "CEST"): India, Indonesia.
LOCAL_ZONES_NOT_IN_T = ("IST", "WIB", "WITA")

# --- sources and subjects ----------------------------------------------------------------------
ATTRIBUTION_VERBS = frozenset(
    "said says say told tells stated states announced announces reported reports showed shows "
    "show estimated estimates according noted notes added adds confirmed confirms".split()
)
# Verbs that report what someone said: "X said (that) ..." attributes the clause after it to X.
REPORTING_VERBS = ("said", "says", "say", "told", "stated", "announced", "reported", "indicated", "confirmed",
                   "estimated")
# Nouns that name a source of figures when they are the subject of "shows" / "said".
SOURCE_NOUNS = frozenset("data figures statistics report survey study estimates census".split())
# People and bodies that say things in news: the subject of "X said" is an attribution when it
# ends with a name or one of these ("local official Miabek Lang", "Enough Project sources").
SOURCE_ROLES = (
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "police", "authorities",
    "commissioner", "governor", "ministry", "agency", "sources", "witnesses", "residents", "survivors",
    "doctors", "officers", "investigators", "prosecutors", "reporter", "correspondent", "media",
)

# Earthquake size: "a magnitude-6.4 quake", "measuring 5.7 on the Richter scale".
MAGNITUDE_BEFORE = ("magnitude", "magnitude of", "measuring", "measured", "registering", "registered")
MAGNITUDE_AFTER = ("magnitude", "in magnitude", "on the richter scale", "richter")
# A decimal right before one of these is a magnitude: "a 2.9 aftershock".
MAGNITUDE_NOUNS = ("aftershock", "aftershocks", "earthquake", "quake", "temblor", "tremor", "foreshock")
QUAKE_WORDS: dict[str, str] = {
    "earthquake": "earthquake", "quake": "earthquake", "temblor": "earthquake",
    "tremor": "earthquake", "aftershock": "aftershock", "aftershocks": "aftershock",
    "foreshock": "foreshock",
}
# Nouns that, after "the two"/"both", name the parties a story is about, not a count.
PARTY_NOUNS = frozenset(
    "countries sides leaders nations peoples heads parties governments presidents powers states "
    "teams companies firms neighbours neighbors allies rivals".split()
)

# Common irregular past forms news uses for what happened to counted things ("took 23",
# "five bombs fell"); regular ones are recognised by their -ed ending.
IRREGULAR_VERBS: dict[str, str] = {
    "took": "taken", "taken": "taken", "held": "held", "fled": "fled", "shot": "shot",
    "sent": "sent", "left": "left", "struck": "struck", "caught": "caught", "won": "won",
    "lost": "lost", "met": "met", "fell": "fell", "rose": "rose", "gave": "gave", "got": "got",
    "found": "found", "made": "made", "hit": "hit", "stole": "stolen", "stolen": "stolen",
    "drove": "drove", "flew": "flew", "ran": "ran", "brought": "brought", "bought": "bought",
    "sold": "sold", "built": "built", "burnt": "burned", "sank": "sank", "sunk": "sank",
    "blew": "blew", "hid": "hid", "seen": "seen", "saw": "seen",
    "shooting": "shot", "taking": "taken", "holding": "held", "fleeing": "fled",
    "leaving": "left", "striking": "struck", "catching": "caught", "winning": "won",
    "losing": "lost", "falling": "fell", "rising": "rose", "giving": "gave", "getting": "got",
    "finding": "found", "making": "made", "hitting": "hit", "stealing": "stolen",
    "driving": "drove", "bringing": "brought", "buying": "bought", "selling": "sold",
    "sinking": "sank", "hiding": "hid", "seeing": "seen",
    "cut": "cut", "cutting": "cut", "shed": "shed", "shedding": "shed",
}
# A verb's base form after a modal or "to" ("will cut 1,200 jobs", "plans to close 40 stores"):
# its canonical past, irregular ones here, regular ones by their ending ("close" -> "closed").
BASE_VERB_OPENERS = frozenset("will would could can may might must shall should to".split())
IRREGULAR_BASE_VERBS: dict[str, str] = {
    "cut": "cut", "shed": "shed", "lose": "lost", "sell": "sold", "take": "taken", "hold": "held",
    "send": "sent", "leave": "left", "win": "won", "make": "made", "bring": "brought", "buy": "bought",
    "build": "built", "hit": "hit", "find": "found", "give": "gave", "get": "got", "put": "put",
    "pay": "paid", "spend": "spent", "keep": "kept", "lay": "laid", "shut": "shut", "set": "set",
}

# Verbs that link a measure to its value: "trade reached $X", "exports totalled $X".
LINKING_VERBS = frozenset(
    "reached reach reaches totaled totalled totals total hit hits was were is are stood stands "
    "amounted amounts came comes rose rises grew grows fell falls climbed jumped surged dropped "
    "declined increased decreased soared slipped edged expanded shrank contracted topped exceeded "
    "surpassed passed crossed of at to by worth valued estimated registered recorded posted "
    "reported reaching totaling totalling hitting standing amounting rising growing falling".split()
)

# Nouns for an event a story may recall with its own figures ("The Tazreen fire of 2012 ... killed
# 112", "The last deadly flood here, in 1998, claimed 31 lives").
EVENT_NOUNS = frozenset(
    "fire blaze flood floods flooding earthquake quake tremor storm hurricane cyclone typhoon tornado "
    "tsunami landslide mudslide avalanche eruption drought famine attack attacks bombing blast explosion "
    "shooting massacre crash derailment collision collapse disaster tragedy accident outbreak epidemic "
    "pandemic riot riots war conflict siege heist robbery strike election".split()
)
# Events whose date is a claim: canonical event class for each noun or verb.
EVENT_WORDS: dict[str, str] = {
    "meeting": "meeting", "met": "meeting", "meet": "meeting", "meets": "meeting",
    "talks": "meeting", "talked": "meeting", "call": "meeting", "called": "meeting",
    "conversation": "meeting", "summit": "meeting", "conference": "meeting",
    "visit": "visit", "visited": "visit", "visits": "visit", "trip": "visit", "travelled": "visit",
    "traveled": "visit", "arrived": "visit", "signed": "signing", "signing": "signing",
    "agreement": "signing", "election": "election", "elected": "election", "vote": "election",
    "voted": "election", "earthquake": "earthquake", "quake": "earthquake", "struck": "earthquake",
    "shooting": "shooting", "shot": "shooting", "killed": "death", "died": "death", "death": "death",
    "arrested": "arrest", "arrest": "arrest", "expire": "expiry", "expired": "expiry",
    "expires": "expiry", "launched": "launch", "launch": "launch", "opened": "opening",
    "announced": "announcement", "announces": "announcement", "released": "release", "published": "release",
    "attack": "attack", "attacked": "attack", "fire": "fire", "crash": "crash", "crashed": "crash",
    "robbery": "robbery", "robbed": "robbery", "heist": "robbery", "resigned": "resignation",
    "appointed": "appointment", "inaugurated": "inauguration", "sworn": "inauguration",
    "attacking": "attack", "attacks": "attack", "shootings": "shooting", "gunfire": "shooting",
    "opened fire": "shooting", "meetings": "meeting",
    "visiting": "visit", "capture": "arrest", "captured": "arrest",
    "capturing": "arrest", "seized": "arrest", "detained": "arrest", "apprehended": "arrest",
    "hit": "earthquake", "rocked": "earthquake", "jolted": "earthquake", "jolt": "earthquake",
    "temblor": "earthquake", "tremor": "earthquake", "aftershock": "aftershock", "aftershocks": "aftershock",
    "foreshock": "foreshock", "exploded": "attack", "explosion": "attack",
    # "The blast happened at 10:40 a.m.": news's short word for an explosion
    "blast": "attack",
    "bombing": "attack", "bombed": "attack", "strike": "attack",
    "stabbed": "attack", "stabbing": "attack", "murdered": "death", "murder": "death", "murdering": "death",
    "dies": "death", "killing": "death", "polls": "election", "stole": "robbery",
    "theft": "robbery", "burglary": "robbery",
    "sentenced": "sentencing", "convicted": "verdict", "charged": "charge", "indicted": "charge",
    "fled": "escape", "escaped": "escape", "hired": "appointment", "named": "appointment",
    "resigns": "resignation", "quit": "resignation",
    "bombings": "attack", "shelling": "attack", "raid": "attack", "raided": "attack",
    "fighting": "fighting", "fought": "fighting", "clash": "fighting", "clashes": "fighting",
    "clashed": "fighting", "battle": "fighting", "independence": "independence",
    "sunk": "sinking", "sank": "sinking", "sinking": "sinking",
    "incident": "incident", "tragedy": "incident",
    # "In February 2024, more than 1,000 devotees had fallen ill after eating prasad": a food poisoning
    "sickened": "poisoning", "poisoning": "poisoning", "poisoned": "poisoning",
    # "In March 2024, gunmen abducted 137 pupils from a school": a kidnapping, whose toll is its captives
    "abducted": "kidnapping", "kidnapped": "kidnapping", "abduction": "kidnapping", "kidnapping": "kidnapping",
    # "a carrier founded in 2011", "the house was built in 1924": when a firm or a building came to be
    "founded": "founding", "built": "construction",
}
# Event classes with a toll (dead, injured, displaced): the year a toll is counted in is when such an
# event happened ("In 2019, a blast killed 78 people"), a claim of its own.
TOLLED_EVENTS = frozenset({"death", "attack", "crash", "earthquake", "fire", "shooting", "sinking", "fighting",
                           "poisoning", "kidnapping"})
# ...and penalties, the year a sum is imposed in ("In 2021, BMW and Volkswagen were fined 875 million euros").
PENALTY_WORDS = frozenset({"fined", "fine", "penalty", "penalised", "penalized"})
# The unit of the charges a defendant faces or pleads to ("two counts of manslaughter"): a charge
# sheet, no tally over the month or year beside it ("pleaded guilty in March to two counts": the plea's month).
CHARGE_UNIT = "count"
# Verbs that start what a date then dates ("the patrol that commenced in September").
START_WORDS = frozenset("began begun begins started starts commenced commences opened ended ends".split())
# "he was fired", "had been sacked": a dismissal, unless what was fired is a projectile ("shots
# were fired", "rockets have been fired").
# Words that plan a deed for later, its verb after "to" ("crews were expected to begin removing the
# wreck", "the airport expected the runway to reopen", "the line is due to close"): that "to" opens the
# planned deed, which says what the moment is, not the "to" of a figure reached ("rose to 6.6%").
PLANNING_WORDS = frozenset("expected expects expect due set scheduled slated planned plans plan hoped hopes aims".split())
PASSIVE_AUXILIARIES = frozenset("was were been be being got get gets is are".split())
# Passive verbs by which a person lost a job ("had been sacked"); "fired" and "laid off" are read
# apart (measure._is_dismissal)...
DISMISSAL_VERBS = frozenset({"sacked", "dismissed"})
# ...and those that say so only of a person, the American employers' word ("an employee who had been
# terminated"; not "the lease was terminated"), with the words that name one before its verb.
PERSONAL_DISMISSAL_VERBS = frozenset({"terminated"})
PERSON_SUBJECTS = frozenset({"he", "she", "they", "who", "whom", "i", "we", "you"})
# Verbs that, right after a count, make it the subject of a clause ("three people were killed").
AUXILIARY_VERBS = frozenset("have has had will would could can may might must died remain remained remains".split())
PROJECTILES = frozenset(
    "shot round bullet shell missile rocket mortar gun weapon grenade volley salvo warning torpedo "
    "cannon artillery tear gas".split()
)
# Events that befall their participant once ("South Sudan gained independence"): however far
# apart two dates of one are, they date the same event.
ONCE_ONLY_EVENTS = frozenset({"independence"})
# The class of the nouns that name a story's event without saying what happened ("the incident
# happened yesterday", "when the tragedy occurred"): it may be any other class...
GENERIC_EVENT = "incident"
# ...unless the noun says it is not the event the story is about ("in a separate incident").
OTHER_EVENT_WORDS = frozenset({"separate", "another", "similar", "earlier", "previous", "unrelated"})


# The word extract puts before the measure of a level a change starts from ("fell to 9% from 13.5%").
EARLIER_LEVEL = "formerly"
# Measure words that must agree for two claims to be about the same thing: a claim that names
# one member of a set never matches a claim naming a different member.
CONTRAST_SETS: tuple[frozenset[str], ...] = (
    frozenset({"export", "import", "surplus", "deficit", "balance"}),
    # (not "treated": care is told apart by its own facet, and "four passengers were treated" is
    # what "Four passengers received medical attention" counts)
    frozenset(set(CASUALTY_WORDS.values()) - {"treated"} | {"survivor"}),
    frozenset({"revenue", "profit", "loss", "sale", "cost", "spending", "budget", "debt",
               "investment", "income"}),
    frozenset({"aftershock", "foreshock"}),
    frozenset({"total"}),
    # a score on the way ("with the score tied 24-24", "led 14-0 at halftime") is not the final one
    frozenset({"tied", "led", "lead", "leading", "trailed", "trailing", "halftime", "deficit"}),
    frozenset({"visit", "travel", "met", "meeting"}),
    frozenset({"inflation", "unemployment", "growth", "gdp", "turnout", "rate"}),
    frozenset({EARLIER_LEVEL}),  # the level a change started from is not the level it reached
    frozenset({"error"}),  # a poll's "margin of error" is no candidate's lead or margin
)

# The stages a batch of papers passes through, each its own count: ballots or applications requested,
# sent out, received back, counted or processed, rejected ("had received about 68,000 ballots", "with
# 71,480 ballots counted": what came in, and how much of it was tallied) (match._stages_apart).
HANDLING_STAGES: dict[str, str] = {
    **dict.fromkeys(("requested",), "requested"),
    **dict.fromkeys(("mailed", "sent", "issued"), "sent"),
    **dict.fromkeys(("received", "returned"), "received"),
    **dict.fromkeys(("counted", "tallied", "processed"), "counted"),
    **dict.fromkeys(("rejected",), "rejected"),
}

# Words that make a count cumulative ("in all", "so far"): a total is another fact than one
# incident's count.
CUMULATIVE_CUES = ("in all", "so far", "to date", "in total", "total of", "overall", "altogether",
                   "since the", "cumulative", "all told", "toll has risen", "toll rose",
                   "in the conflict", "in the war", "of the conflict", "of the war", "bringing to", "brings to",
                   "bringing the number", "bringing the toll", "bringing the total", "bringing the death toll",
                   "taking the total", "taking the number", "taking the toll", "taking the death toll",
                   "pushing the total", "raising the total", "lifting the total")
# Cumulative cues that total only the figure after them ("17 deaths, bringing the total to 4,523").
TOTAL_AFTER_CUES = ("bring", "taking", "pushing", "raising", "lifting")

# Words carrying no meaning for what is measured.
MEASURE_STOPWORDS = frozenset(
    "a an the of in on at for to from by with as and or its their his her our your this that "
    "these those it they he she we has have had will would could should may might is are was "
    "were be been being than more less over about nearly almost some around up down which who "
    "whose while also still total overall combined latest new record all only just per cent "
    "percent year years month months according data said says showed shows official officially "
    "reached reach totaled totalled hit stood amounted came rose grew fell there so such very "
    "both two sides each other last first second third quarter half a.m p.m am pm gmt utc edt est "
    "pdt pst bst cet local time "
    # what someone believes or alleges of a figure is no part of what it measures ("offers believed
    # to be for more than eight years"), nor is "none" or "to date" ("so far")
    "believed thought understood alleged allegedly deemed presumed considered none date "
    # a past role's marker: "the 19-year-old former employee", "a 71-year-old retired teacher"
    "former retired "
    # more of the same is the same measure: "A further 1,234 cases", "Another 300 jobs will go"
    "further additional another "
    # when a figure was first given is no part of what it measures ("costs were initially estimated at")
    "initially originally "
    # setting a figure against another ("Revenue: $9.8 billion vs. $10.1 billion expected") is no
    # part of what it measures
    "vs versus".split()
)
# Modifiers that mean "between the two parties the document is about".
BILATERAL_WORDS = frozenset({"bilateral", "two-way", "between the two countries",
                             "between the two sides"})

# --- places ------------------------------------------------------------------------------------
# One country a line: canonical name | other names, abbreviations and demonyms | capital.
# Capitals stand for their governments in news ("Beijing and Moscow"), so they count as scope.
# A name in brackets is the canonical name only, never read in text: it is also a person's name
# or another place ("Michael Jordan", "Chad Smith", "the Niger Delta", "New Guinea"), so only
# the country's other names stand for it. Left out for the same reason: capitals that are also
# a name or another city ("Victoria", "Male", "Sofia", "Kingston", "Georgetown", "San Jose",
# "Tripoli", "Nassau"). "Palestinian(s)" names a people who live under several authorities and
# abroad, not one territory, so it is no scope ("640 Palestinians killed" counts people).
_COUNTRIES = """
United States|U.S.|US|USA|U.S.A.|America|American|Americans|United States of America|Washington
China|Chinese|PRC|People's Republic of China|Beijing
Russia|Russian|Russians|Russian Federation|Moscow
United Kingdom|U.K.|UK|Britain|British|Great Britain|London
European Union|EU|E.U.|Brussels
Japan|Japanese|Tokyo
South Korea|Republic of Korea|ROK|South Korean|Korean|Seoul
North Korea|DPRK|North Korean|Pyongyang
India|Indian|New Delhi
Pakistan|Pakistani|Islamabad
Germany|German|Berlin
France|French|Paris
Italy|Italian|Rome
Spain|Spanish|Madrid
Portugal|Portuguese|Lisbon
Netherlands|Dutch|Holland|Amsterdam
Belgium|Belgian
Switzerland|Swiss|Bern
Austria|Austrian|Vienna
Poland|Polish|Warsaw
Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev
Belarus|Belarusian|Minsk
Turkey|Türkiye|Turkish|Ankara
Greece|Greek|Athens
Sweden|Swedish|Stockholm
Norway|Norwegian|Oslo
Finland|Finnish|Helsinki
Denmark|Danish|Copenhagen
Ireland|Irish|Dublin
Canada|Canadian|Canadians|Ottawa
Mexico|Mexican|Mexico City
Brazil|Brazilian|Brasilia
Argentina|Argentine|Argentinian|Buenos Aires
Chile|Chilean|Santiago
Colombia|Colombian|Bogota
Peru|Peruvian|Lima
Venezuela|Venezuelan|Caracas
Uruguay|Uruguayan|Montevideo
Cuba|Cuban|Havana
Australia|Australian|Australians|Canberra
New Zealand|NZ|New Zealander|Wellington
Indonesia|Indonesian|Jakarta
Malaysia|Malaysian|Kuala Lumpur
Singapore|Singaporean
Thailand|Thai|Bangkok
Vietnam|Viet Nam|Vietnamese|Hanoi
Philippines|Philippine|Filipino|Manila
Taiwan|Taiwanese|Taipei
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Israel|Israeli|Jerusalem
Saudi Arabia|Saudi|Riyadh
United Arab Emirates|UAE|Emirati|Abu Dhabi
Qatar|Qatari|Doha
Egypt|Egyptian|Cairo
Syria|Syrian|Damascus
Afghanistan|Afghan|Kabul
Kazakhstan|Kazakh|Astana
Mongolia|Mongolian|Ulaanbaatar
Nigeria|Nigerian|Abuja
South Africa|South African|Pretoria
Kenya|Kenyan|Nairobi
Ethiopia|Ethiopian|Addis Ababa
Serbia|Serbian|Belgrade
Hungary|Hungarian|Budapest
Czech Republic|Czechia|Czech|Prague
Romania|Romanian|Bucharest
Azerbaijan|Azerbaijani|Baku
Georgia|Georgian|Tbilisi
Armenia|Armenian|Yerevan
Bangladesh|Bangladeshi|Dhaka
Nepal|Nepalese|Nepali|Kathmandu
Sri Lanka|Sri Lankan|Colombo
Myanmar|Burmese|Burma|Naypyidaw|Naypyitaw
Haiti|Haitian|Port-au-Prince
Iceland|Icelandic|Reykjavik
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Andorra|Andorran|Andorra la Vella
Angola|Angolan|Luanda
Antigua and Barbuda|Antigua|Antiguan
Bahamas|The Bahamas|Bahamian
Bahrain|Bahraini|Manama
Barbados|Barbadian|Bajan|Bridgetown
Belize|Belizean|Belmopan
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana|Botswanan|Motswana|Gaborone
Brunei|Bruneian|Bandar Seri Begawan
Bulgaria|Bulgarian
Burkina Faso|Burkinabe|Burkinabè|Ouagadougou
Burundi|Burundian|Gitega|Bujumbura
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde|Yaoundé
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic|Bangui
[Chad]|Chadian|N'Djamena|Ndjamena
Comoros|Comorian|Moroni
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo|Congolese|Kinshasa
Republic of the Congo|Republic of Congo|Congo Republic|Congo-Brazzaville|Brazzaville
Costa Rica|Costa Rican
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire|Ivorian|Yamoussoukro
Croatia|Croatian|Zagreb
Cyprus|Cypriot|Nicosia
Djibouti|Djiboutian
Dominica|Roseau
Dominican Republic|Dominican|Santo Domingo
East Timor|Timor-Leste|Timorese|Dili
Ecuador|Ecuadorian|Ecuadoran|Quito
El Salvador|Salvadoran|Salvadorean|San Salvador
Equatorial Guinea|Equatoguinean|Malabo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Fiji|Fijian|Suva
Gabon|Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Ghana|Ghanaian|Accra
Grenada|Grenadian
Guatemala|Guatemalan|Guatemala City
[Guinea]|Guinean|Conakry
Guinea-Bissau|Bissau-Guinean|Bissau
Guyana|Guyanese
Honduras|Honduran|Tegucigalpa
Hong Kong|Hongkonger|Hong Konger
Jamaica|Jamaican
[Jordan]|Jordanian|Amman
Kiribati|Tarawa
Kosovo|Kosovar|Kosovan|Pristina|Prishtina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao|Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Lesotho|Basotho|Maseru
Liberia|Liberian|Monrovia
Libya|Libyan
Liechtenstein|Vaduz
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourger|Luxembourgish
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Maldives|Maldivian
Mali|Malian|Bamako
Malta|Maltese|Valletta
Marshall Islands|Marshallese|Majuro
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian|Port Louis
Micronesia|Federated States of Micronesia|Micronesian|Palikir
Moldova|Moldovan|Chisinau|Chișinău
Monaco|Monegasque
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Namibia|Namibian|Windhoek
Nauru|Nauruan
Nicaragua|Nicaraguan|Managua
[Niger]|Nigerien|Niamey
North Macedonia|Macedonia|Macedonian|Skopje
Oman|Omani|Muscat
Palau|Palauan|Ngerulmud
Palestine|State of Palestine|Palestinian territories|Palestinian Territories|Ramallah
Panama|Panamanian
Papua New Guinea|Papua New Guinean|Port Moresby
Paraguay|Paraguayan|Asuncion|Asunción
Rwanda|Rwandan|Kigali
Saint Kitts and Nevis|St Kitts and Nevis|St. Kitts and Nevis|Basseterre
Saint Lucia|St Lucia|St. Lucia|Castries
Saint Vincent and the Grenadines|St Vincent and the Grenadines|St. Vincent and the Grenadines|Kingstown
Samoa|Samoan|Apia
San Marino|Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|Sao Tome|São Tomé
Senegal|Senegalese|Dakar
Seychelles|Seychellois
Sierra Leone|Sierra Leonean|Freetown
Slovakia|Slovak|Slovakian|Bratislava
Slovenia|Slovenian|Slovene|Ljubljana
Solomon Islands|Solomon Islander|Honiara
Somalia|Somali|Somalis|Mogadishu
South Sudan|South Sudanese|Juba
Sudan|Sudanese|Khartoum
Suriname|Surinamese|Paramaribo
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma
Togo|Togolese|Lome|Lomé
Tonga|Tongan|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia|Tunisian|Tunis
Turkmenistan|Turkmen|Ashgabat
Tuvalu|Tuvaluan|Funafuti
Uganda|Ugandan|Kampala
Uzbekistan|Uzbek|Tashkent
Vanuatu|Port Vila
Yemen|Yemeni|Sanaa|Sana'a
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
"""


def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        names = [n.strip() for n in line.split("|") if n.strip()]
        canonical = names[0].strip("[]")
        for name in names[names[0].startswith("["):]:
            table.setdefault(name, canonical)
    return table


COUNTRY_NAMES: dict[str, str] = _country_table()

# Capitalised words that are not names: function words, numbers and sentence openers.
NOT_NAMES = frozenset(
    "The A An In On At For From By With As Of And Or But This That These Those It Its He She They "
    "We I His Her Their Our During Since After Before While When Where Meanwhile However Also "
    "According Under Over Against Among Between Both Two Three Four Five Six Seven Eight Nine Ten "
    "Last Next First Second Third Official Mr Mrs Ms Ahead Amid Despite Through Within Across "
    "Including Notably Historically Overall Together Today Yesterday Tomorrow "
    # people named by their role, often opening a sentence: "Authorities said turnout was 93.87%"
    "Authorities Officials Police Residents Witnesses Investigators Officers Troops Soldiers "
    "Rescuers Doctors Experts Analysts Sources Voters Observers Critics Lawmakers Prosecutors "
    "Firefighters Deputies Paramedics Medics Neighbors Neighbours Relatives Survivors "
    "Everybody Somebody Anybody "  # pronouns spaCy's stop words lack ("Everyone", "Nobody" are in them)
    # the step of a scale before its number: "a Category 2 hurricane", "a Level 4 alert", "Phase 2"
    "Category Level Grade Tier Phase "
    # the tip line a local crime report closes with, whatever the crime: "call Crime Stoppers",
    # "Tips can be left anonymously", "CrimeStoppers"
    "Crime Stoppers CrimeStoppers Crimestoppers Tips".split()
)

# Light verbs, by lemma, and the measure each names with its noun: "350 people were taking
# shelter", "hundreds had sought refuge", "2,000 took part", "23 crew taken hostage".
LIGHT_VERBS: dict[str, str] = {
    **dict.fromkeys("take takes took taken taking".split(), "take"),
    **dict.fromkeys("seek seeks sought seeking".split(), "seek"),
    **dict.fromkeys("find finds found finding".split(), "find"),
    **dict.fromkeys("hold holds held holding".split(), "hold"),
    **dict.fromkeys("lose loses lost losing".split(), "lose"),
    **dict.fromkeys("fall falls fell fallen falling".split(), "fall"),
    **dict.fromkeys("need needs needed needing".split(), "need"),
    **dict.fromkeys("require requires required requiring".split(), "require"),
}
PHRASAL_MEASURES: dict[tuple[str, str], str] = {
    ("take", "shelter"): "sheltered", ("seek", "shelter"): "sheltered", ("find", "shelter"): "sheltered",
    ("take", "refuge"): "sheltered", ("seek", "refuge"): "sheltered", ("find", "refuge"): "sheltered",
    ("take", "cover"): "sheltered", ("take", "part"): "participated",
    ("take", "hostage"): "hostage", ("hold", "hostage"): "hostage", ("take", "captive"): "hostage",
    ("hold", "captive"): "hostage", ("lose", "lives"): "killed", ("lose", "life"): "killed",
    # "Three juveniles were taken into custody", "police took two men into custody": arrested
    ("take", "custody"): "arrested",
    # "over 600 guests fell ill", "were taken ill", "around 650 people fell sick": poisoned or infected
    ("fall", "ill"): "sickened", ("fall", "sick"): "sickened", ("take", "ill"): "sickened", ("take", "sick"): "sickened",
    # "40 people needed treatment", "a dozen required medical attention": they were treated
    ("need", "treatment"): "treated", ("require", "treatment"): "treated",
    ("need", "attention"): "treated", ("require", "attention"): "treated",
}
# Words a light verb's noun may stand behind: "taken into custody", "needed medical attention".
PHRASAL_LINKS = frozenset({"into", "medical"})
# Pronouns that open a relative clause after a noun: "three cousins who had ... were killed".
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})

# Words that name one measure in other terms: "90 per cent of eligible voters participated" is
# the turnout.
MEASURE_SYNONYMS: dict[str, str] = {
    "participated": "turnout", "participation": "turnout",
    # "a margin of 3,612 votes" is the winner's lead ("a lead of about 4,100 votes")
    "margin": "lead",
    # "the jobless rate", "jobless claims": the unemployment rate, unemployment claims
    "jobless": "unemployment",
}
# Pronouns: never a source of figures ("it said").
PRONOUNS = frozenset("it this that which he she they we i you one".split())
# Words in -ed or -ing that are not verbs in news.
NOT_VERBS = frozenset(
    "hundred red bed need speed feed seed breed greed indeed naked wicked sacred beloved "
    "morning evening building thing something nothing everything anything spring king ring wing "
    "string bring sing during ceiling feeling wedding funding housing clothing ongoing "
    "following including according regarding remaining".split()
)

# Titles before a person's name; they are not part of the name.
PERSON_TITLES = frozenset(
    "President Premier Prime Minister Chancellor King Queen Prince Secretary Governor Mayor "
    "Senator Rep. Representative Sen. Gov. Dr. Mr. Mrs. Ms. Chairman Chairwoman Chief Director "
    "CEO Minister General Gen. Col. Sgt. Officer Judge Justice Pope Vice Foreign Defense Defence "
    "Commerce Trade Finance Spokesman Spokeswoman Spokesperson Professor Prof. Ambassador Sheriff "
    "Lt. Capt. Detective Deputy Inspector Commissioner".split()
)

# Words ending in "-est" that are not superlatives ("one of the protest leaders" is a count).
NOT_SUPERLATIVES = frozenset(
    "interest protest forest guest request harvest contest arrest suggest honest modest west rest "
    "test nest chest quest crest pest vest manifest conquest inquest unrest priest digest invest "
    "behest earnest midwest northwest southwest attest detest latest".split()
)

# Words before a counted noun that do not say which set it is ("two armed men", "a single shell"):
# anything else in lowercase there is a noun used as a modifier ("pirate vessels").
NOT_COUNT_MODIFIERS = frozenset(
    "other others another more additional further remaining dozen dozens hundred hundreds thousand "
    "thousands million some several many few all both least most than nearly single lone double young "
    "old new big small large armed unarmed innocent suspected alleged total whole".split()
)
# Adjectives describe the things counted ("suspicious boats", "armed men") and vary from outlet to
# outlet; these endings tell most of them from nouns used as modifiers.
ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "al", "ic", "ed", "ing", "able", "ible", "less", "ish", "ary", "ory", "y")
# Words between an elliptical count and its casualty word: "10 of whom remain critical".
ELLIPSIS_LINKS = frozenset("of them whom which those remain remained were was are is still in a condition".split())
# Verbs (and "from") after a bare number opening a clause that make it a count of what the
# sentence counts elsewhere: "Two managed to escape", "four from friendly fire".
ELLIPTICAL_VERBS = frozenset(
    "were was are is have had remain remained remains managed exploded fell landed escaped fled died "
    "survived stayed from".split()
)
# Verbs after a bare vague plural that make it a crowd of people ("Thousands fled", "Tens of
# thousands took to the streets", "Hundreds were arrested"); any past tense in -ed does too.
CROWD_VERBS = ELLIPTICAL_VERBS - {"from"} | frozenset(
    "took came went ran gave left lost fled flee flock flocked gather march protest rally remain "
    "have has will would could may might".split()
)


# What befell the counted people: one fate under another word ("unaccounted for" is missing).
SAME_FATE: dict[str, str] = {"unaccounted": "missing"}

# Outcomes of one counted noun that make two facts of it: "Three hostages were freed" is no count of
# the nine held; "five boats approached" is no count of the three captured.
COUNT_OUTCOMES: dict[str, str] = {
    **dict.fromkeys(("freed", "released", "rescued", "escaped"), "freed"),
    **dict.fromkeys(("captured", "intercepted", "seized", "caught", "nabbed"), "captured"),
    **dict.fromkeys(("held", "hold", "holding"), "held"),
    **dict.fromkeys(("approached", "tried", "attempted", "attacked", "noticed"), "approached"),
}

# Roles that are one role when reports give one person's age under them ("The pilot, 58" / "The
# captain, 56").
ROLE_SYNONYMS: dict[str, str] = {"pilot": "captain", "skipper": "captain"}

# Words for an armed campaign, whose length running reports give by the day ("after 11 days of a
# punishing Israeli offensive", "since the assault began 12 days ago", "13 days of bombardment").
CAMPAIGN_WORDS: tuple[str, ...] = (
    "offensive", "assault", "bombardment", "bombing", "shelling", "fighting", "war", "invasion", "siege",
    "operation", "campaign", "airstrikes", "air strikes", "raids",
)

# Verbs by which a clause's subject owns what a count counts: "The Liberals won 25 seats", "A
# left-leaning bloc won 87 seats", "The party will have 50 seats", "Nordhem operates 420 stores".
OWNING_VERBS: frozenset[str] = frozenset(
    "won win wins winning took take takes taking has have having hold holds holding secured secure secures "
    "securing gained gain gains gaining owns own owning operates operate operating runs run running".split())

# What one who did the harm did, in the relative clause that brings them in: "A man who held eight
# people hostage", "a woman who opened fire". A report's "the man, 35" is then the perpetrator.
HARM_VERBS: frozenset[str] = frozenset(
    "held holds holding took opened shot shoots stabbed stabs killed kills attacked attacks robbed robs "
    "kidnapped kidnaps abducted abducts hijacked hijacks rammed rams barricaded barricades fired fires "
    "threatened threatens assaulted assaults murdered".split())

# Outcomes of a count beside COUNT_OUTCOMES: who got out ("Five inmates broke out") and who of
# them is still free ("Three inmates remain at large", "still on the run", "were still being
# sought") are two counts of one noun.
ESCAPE_OUTCOMES: dict[str, str] = {
    "broke": "freed",
    **dict.fromkeys(("large", "run", "sought", "fugitive", "fugitives"), "at large"),
}

# The parts a match or race is played in: an ordinal before one names which part ("served for the
# third set", "crashed on the second lap", "eagled the 17th hole"), a moment of the contest, not a figure to compare.
CONTEST_PARTS: frozenset[str] = frozenset("set game lap inning innings frame heat bout rubber hole".split())

# The steps of the law that follow a harm, on days of their own: an arrest, a charge, a sentence,
# a verdict. "was charged Saturday with murder in the shooting" and "the shooting that killed one
# driver Thursday" name each other's class, yet date two events.
LEGAL_STEPS: frozenset[str] = frozenset({"arrest", "charge", "sentencing", "verdict"})

# Words by which a count of people says which set of them it counts, however the reports name the
# people: who was aboard ("carrying five skiers", "Five people were on board", "Six passengers were
# inside"), who lost money to a fraud ("swindled more than 350 people", "from about 300 investors").
# A count of persons (match.person_set) whose measure and noun name one of these sets counts it.
PERSON_SETS: dict[str, str] = {
    **dict.fromkeys("aboard board onboard inside carrying carried carry carries".split(), "aboard"),
    **dict.fromkeys("defrauded defraud swindled swindle scammed cheated duped conned bilked fleeced "
                    "investor".split(), "defrauded"),
}
# Nouns of persons that count such a set beside TOLL_PERSON_NOUNS: "about 300 investors".
SET_PERSON_NOUNS: frozenset[str] = frozenset({"investor"})
# Last words of an organisation's name that a sentence may open with as a person's would ("Harbor
# City have signed striker Ivo Lenz"): such an opener is not the person a "The 22-year-old" after it is.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    "city united town rovers county athletic club fc company group inc corp party police council university "
    "ministry court government army agency bank fund team".split())

# Nouns that name a standing by themselves, with
# the word of STANDING_WORDS they imply ("its 13,200 employees" is what the firm employs).
STANDING_NOUNS = {"employee": "employ", "staff": "employ", "member": "membership"}
# Nouns for all whom a firm employs, which a count names in its measure ("a 75,000-strong workforce", "the
# plant's workforce of roughly 6,300", "a headcount of 9,000"): what it employs, counted in employees as "employs
# about 75,000 people" is (match._workforces).
WORKFORCE_WORDS = frozenset({"workforce", "headcount"})

# Weather events, a class of event of their own: "The August 2024 hailstorm caused $2.8 billion", "a June 2020
# storm that also hit the northeast" (a storm's "hit" is no attack), "a hailstorm ... caused C$2.8 billion in August
# 2024": the month or year set before the storm's noun, or that its toll or cost is counted in, dates it.
STORM_EVENT = "storm"
STORM_WORDS: frozenset[str] = frozenset(
    "storm storms hailstorm hailstorms thunderstorm thunderstorms snowstorm snowstorms windstorm windstorms "
    "blizzard blizzards hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes".split())

# Deeds in the past tense whose year dates them as a past event of its own, by the class each names: "State
# lawmakers passed a bill in 2024", "the title he won in 2024", "a sinkhole opened up in 2021", "was built in
# 1972"; a year that only scopes a figure ("exports rose 4% in 2024", "the company sold 3 million cars") dates none.
DEED_EVENTS: dict[str, str] = {
    "won": "win", "passed": "passage", "enacted": "passage", "built": "construction", "constructed": "construction",
    "opened": "opening", "collapsed": "collapse", "founded": "founding", "established": "founding",
}

# Adverbs of degree between a bare number and its casualty word: "Three skiers were killed and two seriously injured".
CASUALTY_DEGREE_ADVERBS = frozenset("seriously critically badly severely gravely slightly lightly mortally".split())

# Who was there when it happened, however the reports name them: those at an event ("was attended
# by about 1,500 guests", "nearly 2,000 people had attended the reception") are its one set of
# people present, as those aboard a vehicle or inside a place are ("about 60 people were inside").
PERSON_SETS.update(dict.fromkeys("attended attending attendee".split(), "aboard"))

# Words for one outbreak of violence however an outlet names it: "The riot lasted about 10 hours",
# "after more than 12 hours of clashes" (match._lasted_by).
UNREST_WORDS = frozenset("riot clash fighting unrest violence disturbance uprising mutiny rioting".split())
# ... and one operation on a patient: "underwent a three-hour operation", "surgery lasted four hours",
# "doctors operated on him for more than four hours".
SURGERY_WORDS = frozenset("surgery operation operated".split())
# ... and one stand-off with an armed person who would not come out: "a 10-hour standoff", "the siege
# lasted 11 hours", "the gunman surrendered after 12 hours" (the surrender ends it).
STANDOFF_WORDS = frozenset("standoff stand-off siege barricade".split())
# Words that say what an event was like rather than what it was ("a six-hour thriller", "a marathon
# that lasted more than six hours", "a 12-hour ordeal"): the story's one event, whatever else calls it.
EVENT_EPITHETS = frozenset("thriller marathon epic ordeal saga slog".split())

# Nouns that name one set in one story, however an outlet words it (match._kindred_nouns): "14 firearms
# were seized", "16 guns", "16 weapons"; "420 stores", "410 shops"; a building's "12 storeys", "12 floors"; "about
# 400 police", "some 600 officers"; "1,200 troops", "1,500 soldiers"; "2,300 houses", "3,100 homes" destroyed.
# Each noun maps to the one of its kin that stands for them all. What counts a part or another thing
# ("rounds of ammunition", "rifles", "crew") is no kin of these; nor are planes and aircraft, whose counts name a
# fleet and the aircraft of one event alike.
KINDRED_NOUNS: dict[str, str] = {
    **dict.fromkeys(("firearm", "gun", "weapon"), "firearm"),
    # a chain's shops, each outlet by its own word: "will close 480 drugstores", "480 stores", "480 of its locations",
    # "300 branches", "300 outlets" (a bank's or a retailer's premises)
    **dict.fromkeys(("store", "shop", "drugstore", "pharmacy", "outlet", "location", "branch"), "store"),
    **dict.fromkeys(("storey", "floor"), "storey"),
    **dict.fromkeys(("flat", "apartment"), "flat"),
    **dict.fromkeys(("vessel", "ship"), "vessel"),
    **dict.fromkeys(("employee", "worker", "staff", "staffer"), "employee"),
    **dict.fromkeys(("pupil", "student"), "student"),
    **dict.fromkeys(("officer", "police", "policeman"), "officer"),
    **dict.fromkeys(("soldier", "troop"), "soldier"),
    # the young people a local crime report counts, each outlet by its own word: "Three teens were
    # detained", "Two teenagers were arrested", "three juveniles were taken into custody"
    **dict.fromkeys(("teen", "teenager", "juvenile", "youth"), "teenager"),
    "house": "home",
    # the people at hand who stepped in, each outlet by its own word: "Two good Samaritans pulled him out",
    # "three bystanders climbed down", "onlookers lifted the car"
    **dict.fromkeys(("bystander", "samaritan", "onlooker"), "bystander"),
}
# ...and those left without power, which a utility counts in customers and an outlet in homes: "cut power to
# 41,000 customers", "about 41,000 homes and businesses were dark", "1.2 million users were left without
# electricity"; so too those cut off from water or gas, counted in properties, homes or households ("About
# 20,000 properties have lost their water supply", "30,000 homes and businesses were left without water").
# They name one set only where the sentence speaks of the cut, and only where a report gives one such figure
# (a report of two utilities' "3,000 homes" and "8,000 customers" does not say which is whose).
POWERLESS_NOUNS: frozenset[str] = frozenset({"customer", "home", "household", "user", "property"})
POWERLESS_HEAD = "customer"
# ...and the jobs a firm cuts, which one outlet counts in posts ("cut 1,200 jobs", "shed 1,200 roles", "eliminate
# 9,000 positions"), another in the people who lose them ("lay off 1,400 workers", "About 6,800 employees will lose
# their jobs", "2,000 staff were made redundant") and a third in the cuts themselves ("1,500 layoffs", "800
# redundancies"): one set, the jobs cut (match._jobs_cut). A count of posts only with a verb of cutting; a count of
# people only with a verb of losing one's job, so that a workforce ("employs 6,300 workers") stays its own fact.
JOB_NOUNS: frozenset[str] = frozenset({"job", "position", "role", "post"})
JOB_CUT_VERBS: frozenset[str] = frozenset({"cut", "eliminated", "shed", "axed", "slashed", "scrapped", "lost"})
# Jobs cut and jobs made are two counts of one noun ("will lay off 700 workers", "will create 900 jobs at a new
# plant"): outcomes beside COUNT_OUTCOMES, the verbs of losing a job with those of cutting one.
JOB_OUTCOMES: dict[str, str] = {
    **dict.fromkeys((*JOB_CUT_VERBS, "laid", "layoff", "lose", "losing"), "cut"),
    **dict.fromkeys(("created", "create", "creating", "hired", "hire", "hiring"), "created"),
}
JOB_CUT_NOUNS: frozenset[str] = frozenset({"layoff", "redundancy"})
JOB_HEAD = "job"

# ---- parts and wholes (match's precision guards, measure.counted_set)
# Degrees of age that pick a part of a set of people: "Three younger children were in the home" are
# some of "the couple's four children"; "the two eldest sons" some of "five sons".
AGE_DEGREES = frozenset("younger youngest older oldest elder eldest".split())
# Nouns for a standing group of animals or people whose size "a group of 11 chimpanzees" gives: the
# whole group, not a count of what befell some of them ("Three chimpanzees were caught").
COLLECTIVE_NOUNS = frozenset("group herd pack troop colony flock pride pod family band".split())
# What a change is measured against: the month before or the same month a year before. "On a
# monthly basis, prices rose 0.4%" and "prices rose 2.4% year on year" are two measures of one index.
MONTHLY_BASIS_CUES = ("on a monthly basis", "month-on-month", "month on month", "month-over-month", "month over month",
                      "from a month earlier", "from the previous month", "from the month before", "monthly rise",
                      "monthly increase", "monthly decline", "monthly fall", "monthly gain", "monthly drop")
YEARLY_BASIS_CUES = ("on an annual basis", "on a yearly basis", "year-on-year", "year on year", "year-over-year",
                     "year over year", "from a year earlier", "from a year ago", "from the same month last year",
                     "annual rate", "annual inflation", "12-month", "annual rise", "annual increase", "annual gain")

# Titles and ranks written short before a name, whose full stop ends no sentence ("Capt. Ramon
# Villanueva, 49", "Sgt. Mary Cole", "Lt. Col. Ann Lee", "Det. Insp. Ray Hall"), and "Approx." before a
# figure (components._is_title); spaCy's tokenizer keeps "Mr.", "Dr.", "Gov.", "Sen.", "Rep.", "St."
# and "Mt." whole already, so they are not listed.
TITLE_ABBREVIATIONS = frozenset(
    "Capt Sgt Lt Det Col Cpl Maj Gen Brig Insp Supt Const Cmdr Cdr Adm Pvt Spc Ofc Dep Atty Pres Lieut Fr Msgr "
    "Hon Prof Rev Approx".split()
)

# A title or rank before a name is that person's role, as another report may name them by it alone
# ("Capt. Ramon Villanueva, 49" is "the captain, 47"; "Ofc. Dana Reyes" is "the officer"): the title,
# full stop dropped, and the role noun (one of PERSON_NOUNS) it stands for (measure.describe_age; a
# report's lone holder of the role is that role, match._lone_roles).
TITLE_ROLES: dict[str, str] = {
    **dict.fromkeys(("Capt", "Captain", "Skipper"), "captain"),
    **dict.fromkeys(("Ofc", "Officer"), "officer"),
    **dict.fromkeys(("Dep", "Deputy"), "deputy"),
    **dict.fromkeys(("Pres", "President"), "president"),
    "Sheriff": "sheriff", "Mayor": "mayor", "Coach": "coach", "Principal": "principal", "Nurse": "nurse",
}

# Who a report says did the harm, named by the law's word for them: "The main accused, a 35-year-old
# cousin of the groom" (match._apposed_perpetrators), beside the PERPETRATOR_NOUNS of the deed.
ACCUSED_NOUNS = frozenset({"accused", "defendant", "suspect", *PERPETRATOR_NOUNS})

# ---- moments of one event (match._time_moment)
# A time of day belongs to the verb of its clause: "The fire broke out at 10:20 a.m." times its start,
# "The alert was lifted at 10:30 p.m." and "All lanes reopened just before 9 a.m." later moments of one
# story, each a moment of its own. The words that tell each moment (the verb's forms news writes,
# in passive and active): two times whose clauses tell two moments state two facts.
# Verbs news tells a thing's start by: "The fire broke out", "fighting erupted", "the strike began".
ONSET_VERBS = ("broke out", "breaks out", "began", "begun", "started", "erupted", "ignited")
MOMENT_VERBS: dict[str, tuple[str, ...]] = {
    "onset": (*ONSET_VERBS, "took control", "took over",
              "seized", "hijacked", "struck", "hit", "happened", "happen", "occurred", "took place", "exploded",
              "crashed", "collided", "collapsed"),
    "end": ("ended", "was over", "were over", "surrendered", "gave himself up", "gave herself up", "freed", "released",
            "rescued", "concluded"),
    "quelled": ("brought under control", "bring under control", "extinguished", "put out", "contained", "doused"),
    "closed": ("closed", "shut", "shut down", "closed down"),  # "The fair closed at 10:30 p.m.": not when it reopened
    "reopened": ("reopened", "re-opened", "resumed", "restored"),
    "lifted": ("lifted", "called off", "stood down", "all-clear", "all clear"),
    "found": ("found", "discovered", "recovered", "located"),
    "issued": ("issued", "declared", "raised"),
    # a journey's two ends, each its own time: "The ferry left Piraeus at 7:30 a.m.", "it docked at
    # around 4 p.m."; "The flight took off at 6:40", "landed at 9:15"
    "arrived": ("arrived", "reached the scene", "docked", "landed", "touched down", "pulled into"),
    "departed": ("departed", "left", "set off", "set out", "set sail", "took off", "pulled out"),
    "arrested": ("arrested", "detained", "taken into custody"),
    "died": ("died", "pronounced dead"),
    # a programme's own start, not what befell it: "The parade stepped off at 5 p.m.", "kicked off at 7:30"
    "start": ("stepped off", "kicked off", "got under way", "got underway"),
}
# Events held to a schedule, whose start ("The parade began at 5 p.m.", "the match started at 3") is
# the programme's, not the onset of an incident during it ("the shooting broke out shortly after 6")
# (match._time_moment).
SCHEDULED_EVENT_NOUNS = frozenset("""parade march procession game match concert ceremony festival service
    meeting race rally show performance vigil celebration fair carnival marathon""".split())

# ---- votes (extract's tallies)
# Verbs a board or house decides a motion with, before its tally ("the board approved the plan 6-2",
# "councillors rejected the bid 5-4"): with TALLY_WORDS, what makes "6-2" a vote, not a range.
DECISION_VERBS = frozenset("approved approve approves rejected reject rejects adopted ratified endorsed".split())

# Who pays a state university's fees, named two ways: "Out-of-state students will see an 8% increase",
# "Nonresident students will see their tuition rise 9%"; "in-state" and "resident" students likewise
# (match._residency_named_alike).
RESIDENCY_WORDS = {"out-of-state": "nonresident", "non-resident": "nonresident", "nonresident": "nonresident",
                   "in-state": "resident", "resident": "resident"}

# ---- who did a deed, and groups (match's precision guards)
# Words that open a clause in capitals but name no one in particular ("Police arrested 12",
# "Officials opened four shelters"): no doer whose own count sets it apart (match._named_doer).
NOT_DOER_NAMES = frozenset("""the a an this that these those it they he she we i police officials authorities
    officers firefighters rescuers crews doctors researchers scientists troops soldiers residents people workers
    forecasters meteorologists investigators prosecutors volunteers organisers organizers""".split())
# Nouns for a standing group a count sizes ("a breakaway of eight riders", "a convoy of 12 trucks",
# "a party of six climbers"): with COLLECTIVE_NOUNS, a group's size, not who an event befell
# (match._group_and_event).
GROUP_NOUNS = COLLECTIVE_NOUNS | frozenset("breakaway peloton bunch convoy flotilla fleet caravan party contingent "
                                           "delegation squad".split())

# Of those, the nouns for a standing group of people whose size the reports give however they name its
# members ("a group of seven hikers", "The group of eight had set off", "a breakaway of eight riders", "a
# nine-man breakaway"): one group, the same whichever noun of persons counts it (match._group_sizes).
PEOPLE_GROUP_NOUNS = frozenset("group party band breakaway bunch contingent delegation squad".split())
# Nouns of persons that count a group's members beside TOLL_PERSON_NOUNS: "a breakaway of eight riders",
# "a nine-man breakaway", "a 12-member delegation".
GROUP_MEMBER_NOUNS = TOLL_PERSON_NOUNS | frozenset("rider cyclist runner walker member".split())

# ---- ages in apposition (extract)
# Roles an age in apposition can follow besides PERSON_NOUNS ("A keeper, 34, suffered a bite", "The rider,
# 28, was pronounced dead"): for extract's appositive ages only (PERSON_NOUNS steers matching as well).
APPOSITIVE_ROLE_NOUNS = frozenset(
    "keeper zookeeper rider biker motorcyclist ranger lifeguard clerk cashier customer bystander neighbour "
    "neighbor homeowner tenant witness survivor hunter walker trainer handler caretaker volunteer sailor "
    "crewman labourer laborer contractor mechanic security".split())

# ---- buildings and courts (match's stand-ins)
# A building's height counted in floors, by any of its spellings: "a 10-storey residential building",
# "the five-story building", "a 12-floor block" (match._building_heights).
FLOOR_NOUNS = frozenset({"storey", "storeys", "story", "stories", "floor", "floors"})
# What a court sets to free a defendant before trial, by its names: "a judge set his bond at $250,000",
# "held on a $500,000 cash bond", "bail was set at $2 million" (match._bail_amounts).
BAIL_WORDS = ("bond", "bail")

# ---- players, boats and sale lots (match's precision guards)
# A player's place in a side, the word a match report puts before or for his name ("winger Max
# Hale", "The flanker powered over"): two positions are two players (match._player_at).
PLAYER_POSITIONS = frozenset("""winger wing flanker prop hooker lock centre center fullback full-back fly-half
    scrum-half halfback half-back number-eight no.8 striker forward midfielder defender goalkeeper keeper
    full-forward wing-back sweeper playmaker quarterback receiver tailback linebacker pitcher shortstop
    catcher""".split())
# What one lot of a sale is called when its artist is named with it ("a Lena Kross painting sold
# for", "Kross's four-panel canvas", "a bronze by the sculptor Ivo Marl"): each lot owns its price
# (match._work_by).
ARTWORK_NOUNS = ("painting", "canvas", "abstract", "abstraction", "portrait", "sculpture", "drawing",
                 "triptych", "diptych", "landscape", "bronze", "work", "picture", "self-portrait", "masterpiece")
# ---- scores told by a level or a lead (extract)
# Words near "20-20" or "77-75" besides SCORE_WORDS that make it a score: "level the scores at 20-20",
# "a 1-1 draw", "17-10 at half-time" (extract._scores).
# ---- thefts (match._loot_worth)
# What thieves take, named after the sum of its value: "$1.5 million in merchandise", "$1 million worth of jewelry".
LOOT_NOUNS = ("merchandise", "jewel(?:le)?ry", "goods", "items", "watches", "gold", "diamonds", "cash", "money",
              "valuables", "property", "products", "stock")
# Words that tell a theft: "stole three paintings worth $20 million", "burglars ... valued at".
THEFT_WORDS = ("stole", "stolen", "steal", "stealing", "theft", "heist", "looted", "burglary", "burglars?", "thieves", "thief")

# What the interval of a match is called: "17-10 at half-time", "led at the interval" (here and in
# match's half-time patterns, which add "the break", "the half" and "the turn" after "at").
HALF_TIME_WORDS = frozenset("half-time halftime interval".split())
LEVEL_SCORE_WORDS = frozenset("scores level levelled leveled draw drew drawn".split()) | HALF_TIME_WORDS

# ---- holidays on a fixed day (periods)
# Holidays that fall on the same day every year, by name: (month, day). "over the Fourth of July weekend",
# "on Christmas Day", "a New Year's Eve party" (periods.find_times; the year as for "July 4").
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "fourth of july": (7, 4), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14),
    "st patrick's day": (3, 17), "st. patrick's day": (3, 17),
}

# ---- who or what died, before a casualty noun (extract)
# Words that say whose deaths or by what means, written between a count and "deaths", "fatalities"
# or "injuries" as a cause is: "41 pedestrian deaths", "seven boating deaths", "12 mining fatalities",
# "nine overdose deaths", "112 domestic violence deaths" (extract._CAUSED_CASUALTY_NOUN, beside EVENT_NOUNS).
CASUALTY_KIND_WORDS = frozenset(
    "pedestrian cyclist bicyclist motorcyclist motorcycle bicycle bike boating boat mining mine "
    "overdose opioid firearm shooting drowning lightning workplace construction farm police "
    "homicide suicide maternal infant child worker violence".split())
# What is done to persons or befalls them, said of a part of a group named before ("Two of the three have
# been charged", "Nine of the 17 infected are under five"): the part counts persons (extract._PERSONS_OF).
PERSON_STATE_WORDS = frozenset(
    "charged arrested convicted sentenced jailed freed released rescued hospitalised hospitalized "
    "infected treated discharged identified detained indicted acquitted evacuated".split())
# --- measures worded apart (s15f) -----------------------------------------------------------------
# Cues of CUMULATIVE_CUES that sum the parts of one event rather than run a tally over time: "In all,
# seven people were shot", "Five people were shot in all", "A total of 122 people survived". A story
# of one shooting gives its count so, as another report gives it plainly ("Seven people had been
# shot"): one fact, not a running total.
SUMMING_CUES: frozenset[str] = frozenset({"in all", "in total", "all told", "altogether", "total of"})
# Verbs that name one deed done to a counted set, as reports word it apart ("The guard was struck
# twice", "hitting the guard twice"; "have mobilised 325 personnel", "300 personnel had been
# deployed"; "The residence housed 82 people", "80 residents were living in the home"): the measure
# of a count, canonical past as measure.verb_of gives it.
SAME_DEED: dict[str, str] = {
    "struck": "hit",
    "mobilised": "deployed", "mobilized": "deployed", "dispatched": "deployed",
    "housed": "lived", "resided": "lived",
}
# --- shots fired, counted by other nouns (s15h) ---------------------------------------------------
# Nouns a report counts the shots an officer or gunman fired in: "fired four times", "fired three
# rounds", "four shots were fired", "fired five bullets". With a firing verb they count one set: the
# shots fired (match._shots_fired).
SHOT_NOUNS: frozenset[str] = frozenset({"shot", "round", "bullet", "time", "times"})
FIRING_VERBS: frozenset[str] = frozenset({"fired", "discharged"})

# The provinces, states and territories a national statistic is broken down by: a scope nested in its
# country ("Ontario added 21,000 jobs", "Employment fell by 5,000 in Alberta" inside a report of
# Canada's month). Canada's, the United States' and Australia's.
# A part of the population a rate is broken down for ("the youth unemployment rate", "the jobless
# rate for women", "for Black workers"): each word names its group; "young", "teens" are youth.
POPULATION_GROUPS: dict[str, str] = {
    "youth": "youth", "young": "youth", "teen": "youth", "teens": "youth", "teenagers": "youth",
    "women": "women", "men": "men", "black": "black", "hispanic": "hispanic", "latino": "hispanic",
    "asian": "asian", "white": "white", "veterans": "veterans", "indigenous": "indigenous",
}
SUBNATIONAL_REGIONS = frozenset("""
Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Ontario|Prince Edward Island|
Quebec|Québec|Saskatchewan|Yukon|Nunavut|Northwest Territories|
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|
Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|
Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|
Wyoming|
New South Wales|Queensland|Western Australia|South Australia|Tasmania|Northern Territory|
Australian Capital Territory
""".replace("\n", "").split("|"))
