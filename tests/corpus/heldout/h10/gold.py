"""Hand-written gold for the h10 held-out events (written before running claimcheck).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8, h9 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than" open above;
"up to" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on a
half or quarter, 5 otherwise. Exact numbers carry their rounding interval ("2 km" 1.5-2.5).
Dates: ISO days; a weekday nothing resolves is TIMEX-style ("XXXX-WXX-3" = a Wednesday).
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- avalanche (Kaunertal, Tyrol, Saturday 14 February 2026)
fact("aval/dead", "conflict", ("aval_reuters", "four", 4, "kills four"), ("aval_reuters", "four", 4, "killing four"),
     ("aval_euronews", "Five", 5, "Five dead"), ("aval_euronews", "five", 5, "toll to five"),
     ("aval_thelocal", "Four", 4, "Four killed"), ("aval_thelocal", "Four", 4, "Four skiers"))
fact("aval/buried", "agree", ("aval_reuters", "seven", 7), ("aval_euronews", "Seven", 7), ("aval_thelocal", "Seven", 7))
fact("aval/group", "agree", ("aval_reuters", "eight", 8), ("aval_thelocal", "eight", 8))
fact("aval/alive", "agree", ("aval_reuters", "Three", 3, "Three of them"), ("aval_thelocal", "three", 3, "three were rescued"))
fact("aval/time", "conflict", ("aval_reuters", "around 11:30 a.m.", "11:30"), ("aval_euronews", "11.50am", "11:50"))
fact("aval/width", "conflict", ("aval_reuters", "about 300 metres", 300), ("aval_euronews", "300m", 300),
     ("aval_thelocal", "400-metre", 400))
fact("aval/altitude", "agree", ("aval_reuters", "2,800 metres", 2800), ("aval_thelocal", "about 2,800m", 2800))
fact("aval/rescuers", "conflict", ("aval_reuters", "About 60", 60), ("aval_euronews", "Some 60", 60),
     ("aval_thelocal", "More than 70", 70))
fact("aval/helicopters", "agree", ("aval_reuters", "four", 4, "four helicopters"), ("aval_euronews", "four", 4, "four helicopters"),
     ("aval_thelocal", "four", 4, "four helicopters"))
fact("aval/guide-age", "conflict", ("aval_reuters", "52-year-old", 52), ("aval_euronews", "52", 52), ("aval_thelocal", "54", 54))
fact("aval/danger-level", "agree", ("aval_reuters", "3", 3, "at 3 on"), ("aval_euronews", "three", 3, "level three"))
fact("aval/date", "agree", ("aval_reuters", "Saturday", "2026-02-14", "on Saturday, killing"),
     ("aval_euronews", "Saturday", "2026-02-14", "Alps on Saturday"), ("aval_thelocal", "yesterday", "2026-02-14"))
fact("aval/galtur-dead", "agree", ("aval_reuters", "31", 31), ("aval_thelocal", "31", 31))
fact("aval/galtur-year", "agree", ("aval_reuters", "1999", 1999), ("aval_thelocal", "February 1999", "1999-02"))
fact("aval/galtur-distance", "single", ("aval_reuters", "about 30 km", 30))
fact("aval/scale", "single", ("aval_reuters", "five-point", 5))
fact("aval/depth", "single", ("aval_euronews", "up to four metres", 4))
fact("aval/season-deaths", "single", ("aval_euronews", "17", 17))
fact("aval/snowboarder-age", "single", ("aval_thelocal", "34-year-old", 34))
fact("aval/snowboarder-day", "single", ("aval_thelocal", "Friday", "2026-02-13"))
fact("aval/recovered", "single", ("aval_thelocal", "2pm", "14:00"))
# ---- bus crash (Huancavelica, Peru, early Monday 12 October 2026)
fact("bus/dead", "conflict", ("bus_afp", "at least 23", 23), ("bus_afp", "At least 23", 23),
     ("bus_andina", "24", 24), ("bus_andina", "Twenty-four", 24),
     ("bus_bbc", "23", 23, "23 killed"), ("bus_bbc", "23", 23, "among 23 people"))
fact("bus/injured", "agree", ("bus_afp", "17", 17), ("bus_andina", "17", 17, "24 dead and 17"),
     ("bus_andina", "17", 17, "17 were wounded"), ("bus_bbc", "More than a dozen", 12))
fact("bus/passengers", "conflict", ("bus_afp", "42", 42), ("bus_andina", "40", 40, "40 passengers"))
fact("bus/depth", "conflict", ("bus_afp", "some 200 metres", 200), ("bus_afp", "650 feet", None),
     ("bus_andina", "approximately 150 metres", 150), ("bus_bbc", "about 200m", 200), ("bus_bbc", "660ft", None))
fact("bus/time", "agree", ("bus_afp", "around 2:00 am", "02:00"), ("bus_afp", "0700 GMT", None), ("bus_andina", "1:40 a.m.", "01:40"))
fact("bus/children", "conflict", ("bus_andina", "three", 3, "three children"), ("bus_bbc", "Two", 2, "Two children"))
fact("bus/driver-age", "agree", ("bus_afp", "38-year-old", 38), ("bus_andina", "38", 38))
fact("bus/date", "agree", ("bus_afp", "Monday", "2026-10-12", "early Monday"), ("bus_andina", "Monday", "2026-10-12", "this Monday"),
     ("bus_bbc", "Monday", "2026-10-12"))
fact("bus/pasamayo-dead", "agree", ("bus_afp", "52", 52), ("bus_bbc", "52", 52))
fact("bus/pasamayo-year", "agree", ("bus_afp", "January 2018", "2018-01"), ("bus_bbc", "2018", 2018))
fact("bus/departure", "single", ("bus_andina", "Sunday", "2026-10-11", "on Sunday evening"))
fact("bus/drivers", "single", ("bus_andina", "two", 2, "two drivers"))
fact("bus/km", "single", ("bus_andina", "kilometre 127", 127))
fact("bus/ambulances", "single", ("bus_andina", "two", 2, "two ambulances"))
fact("bus/licence", "single", ("bus_afp", "90 days", 90))
fact("bus/road-deaths", "single", ("bus_afp", "more than 3,000", 3000))
fact("bus/survivor-age", "single", ("bus_bbc", "71-year-old", 71))
# ---- cocaine seizure (Antwerp, announced Thursday 5 March 2026)
fact("cocaine/amount", "agree", ("cocaine_reuters", "8 tonnes", 8, "seize 8 tonnes"), ("cocaine_reuters", "8 tonnes", 8, "seized 8 tonnes"),
     ("cocaine_brusselstimes", "Over 8 tonnes", 8), ("cocaine_brusselstimes", "8.2 tonnes", 8.2),
     ("cocaine_vrt", "nearly 8,200 kilos", 8.2), ("cocaine_vrt", "8,200 kilos", 8.2, "found 8,200 kilos"))
fact("cocaine/value", "conflict", ("cocaine_reuters", "600 million euros", 6e8), ("cocaine_reuters", "$650 million", None),
     ("cocaine_brusselstimes", "€600 million", 6e8), ("cocaine_vrt", "more than €700 million", 7e8))
fact("cocaine/arrests", "conflict", ("cocaine_reuters", "Five", 5), ("cocaine_brusselstimes", "six", 6, "six arrested"),
     ("cocaine_brusselstimes", "Six", 6, "Six people have"), ("cocaine_brusselstimes", "six", 6, "Of the six"),
     ("cocaine_vrt", "Five", 5))
fact("cocaine/containers", "agree", ("cocaine_reuters", "14", 14), ("cocaine_brusselstimes", "14", 14), ("cocaine_vrt", "14", 14))
fact("cocaine/date", "conflict", ("cocaine_reuters", "Tuesday", "2026-03-03"), ("cocaine_brusselstimes", "3 March", "2026-03-03"),
     ("cocaine_vrt", "Monday", "2026-03-02"))
fact("cocaine/announced", "agree", ("cocaine_reuters", "Thursday", "2026-03-05"), ("cocaine_brusselstimes", "Thursday", "2026-03-05", "announced on Thursday"),
     ("cocaine_vrt", "Thursday", "2026-03-05"))
fact("cocaine/investigation", "conflict", ("cocaine_reuters", "eight months", 8), ("cocaine_vrt", "six-month", 6))
fact("cocaine/record", "agree", ("cocaine_reuters", "116 tonnes", 116), ("cocaine_brusselstimes", "116 tonnes", 116))
fact("cocaine/record-year", "agree", ("cocaine_reuters", "2023", 2023), ("cocaine_brusselstimes", "2023", 2023))
fact("cocaine/2024", "single", ("cocaine_reuters", "44 tonnes", 44))
fact("cocaine/arrest-day", "single", ("cocaine_reuters", "Wednesday", "2026-03-04"))
fact("cocaine/officers", "single", ("cocaine_reuters", "200", 200))
fact("cocaine/charged", "single", ("cocaine_brusselstimes", "four", 4, "four have been charged"))
fact("cocaine/ages", "single", ("cocaine_brusselstimes", "between 24 and 51", 37.5))
fact("cocaine/dockers", "single", ("cocaine_brusselstimes", "two", 2, "two dock workers"))
fact("cocaine/share-europe", "single", ("cocaine_brusselstimes", "a third", 33.3))
fact("cocaine/port-containers", "single", ("cocaine_brusselstimes", "around 12 million", 1.2e7))
fact("cocaine/inspected", "single", ("cocaine_brusselstimes", "less than 2%", 2))
fact("cocaine/purity", "single", ("cocaine_vrt", "about 80 per cent", 80))
fact("cocaine/year-total", "single", ("cocaine_vrt", "around 15 tonnes", 15))
# ---- cyclone landfall (Cyclone Arnab, Bangladesh, Sunday 24 May 2026)
fact("cyclone/dead", "conflict", ("cyclone_ap", "at least 16", 16, "coast, killing"), ("cyclone_ap", "at least 16", 16, "at least 16 people"),
     ("cyclone_aljazeera", "at least 21", 21, "kills at least 21"), ("cyclone_aljazeera", "at least 21", 21, "killed at least 21"),
     ("cyclone_dailystar", "16", 16), ("cyclone_dailystar", "Sixteen", 16))
fact("cyclone/wind", "conflict", ("cyclone_ap", "111 kph", 111), ("cyclone_ap", "69 mph", None), ("cyclone_aljazeera", "120km/h", 120))
fact("cyclone/surge", "agree", ("cyclone_ap", "3 meters", 3), ("cyclone_ap", "10 feet", None), ("cyclone_aljazeera", "3-metre", 3))
fact("cyclone/evacuated", "agree", ("cyclone_ap", "Nearly 800,000", 800000), ("cyclone_aljazeera", "About 800,000", 800000),
     ("cyclone_dailystar", "Some 800,000", 800000))
fact("cyclone/shelters", "agree", ("cyclone_ap", "about 9,000", 9000), ("cyclone_dailystar", "nearly 9,000", 9000))
fact("cyclone/homes", "conflict", ("cyclone_ap", "More than 150,000", 150000), ("cyclone_aljazeera", "About 35,000", 35000),
     ("cyclone_dailystar", "35,483", 35483))
fact("cyclone/landfall-time", "conflict", ("cyclone_ap", "around 8 p.m.", "20:00"), ("cyclone_dailystar", "9pm", "21:00"))
fact("cyclone/landfall-day", "agree", ("cyclone_ap", "Sunday", "2026-05-24"), ("cyclone_aljazeera", "Sunday", "2026-05-24"),
     ("cyclone_dailystar", "yesterday", "2026-05-24"))
fact("cyclone/sidr-dead", "agree", ("cyclone_ap", "about 3,500", 3500), ("cyclone_dailystar", "more than 3,000", 3000))
fact("cyclone/sidr-year", "agree", ("cyclone_ap", "2007", 2007), ("cyclone_dailystar", "November 2007", "2007-11"))
fact("cyclone/gusts", "single", ("cyclone_dailystar", "up to 130 kmph", 130))
fact("cyclone/no-power", "single", ("cyclone_ap", "Some 15 million", 1.5e7))
fact("cyclone/india-evacuated", "single", ("cyclone_ap", "more than 100,000", 100000))
fact("cyclone/india-dead", "single", ("cyclone_ap", "two", 2, "two deaths"))
fact("cyclone/population", "single", ("cyclone_ap", "170 million", 1.7e8))
fact("cyclone/volunteers", "single", ("cyclone_aljazeera", "80,000", 80000))
fact("cyclone/breaches", "single", ("cyclone_aljazeera", "at least 12", 12))
fact("cyclone/witness-age", "single", ("cyclone_aljazeera", "45", 45))
fact("cyclone/flights", "single", ("cyclone_aljazeera", "12 hours", 12))
fact("cyclone/bhola-year", "single", ("cyclone_aljazeera", "1970", 1970))
fact("cyclone/bhola-dead", "single", ("cyclone_aljazeera", "up to 500,000", 500000))
fact("cyclone/districts", "single", ("cyclone_dailystar", "nine", 9))
fact("cyclone/barishal", "single", ("cyclone_dailystar", "seven", 7))
fact("cyclone/fisherman-age", "single", ("cyclone_dailystar", "62-year-old", 62))
fact("cyclone/signal", "single", ("cyclone_dailystar", "No 10", 10))
# ---- volcanic eruption (Mount Semeru, Java, Saturday 5 December 2026)
fact("volcano/ash", "conflict", ("volcano_reuters", "2 km", 2), ("volcano_reuters", "1.2 miles", None),
     ("volcano_antara", "1.2 km", 1.2), ("volcano_abc", "two kilometres", 2))
fact("volcano/dead", "conflict", ("volcano_reuters", "at least nine", 9, "erupts, killing"), ("volcano_reuters", "at least nine", 9, "at least nine people"),
     ("volcano_antara", "10", 10, "BNPB: 10"), ("volcano_antara", "10", 10, "10 people died"),
     ("volcano_abc", "nine", 9, "killing nine"), ("volcano_abc", "Nine", 9, "Nine people"), ("volcano_abc", "nine", 9, "killed nine"))
fact("volcano/missing", "agree", ("volcano_reuters", "Three", 3), ("volcano_antara", "three", 3, "three missing"),
     ("volcano_antara", "three", 3, "three others"), ("volcano_abc", "Three", 3), ("volcano_abc", "three", 3, "three missing"))
fact("volcano/time", "agree", ("volcano_reuters", "2:46 p.m.", "14:46"), ("volcano_reuters", "0746 GMT", None), ("volcano_antara", "14.46 WIB", "14:46"))
fact("volcano/date", "agree", ("volcano_reuters", "Saturday", "2026-12-05"), ("volcano_antara", "Saturday", "2026-12-05"),
     ("volcano_abc", "Saturday", "2026-12-05"))
fact("volcano/evacuated", "agree", ("volcano_reuters", "More than 6,000", 6000), ("volcano_antara", "6,500", 6500),
     ("volcano_abc", "About 6,000", 6000))
fact("volcano/zone", "agree", ("volcano_reuters", "7 km", 7), ("volcano_antara", "7-kilometre", 7), ("volcano_abc", "at least seven kilometres", 7))
fact("volcano/alert-levels", "agree", ("volcano_reuters", "four", 4, "highest of four"), ("volcano_abc", "four-tier", 4))
fact("volcano/height", "agree", ("volcano_reuters", "3,676 metres", 3676), ("volcano_reuters", "12,060 feet", None),
     ("volcano_antara", "3,676 metres", 3676))
fact("volcano/2021-dead", "agree", ("volcano_reuters", "more than 50", 50), ("volcano_abc", "51", 51))
fact("volcano/2021-date", "agree", ("volcano_reuters", "December 2021", "2021-12"), ("volcano_abc", "December 2021", "2021-12"))
fact("volcano/old-zone", "single", ("volcano_reuters", "5 km", 5))
fact("volcano/flights-all", "single", ("volcano_reuters", "At least 30", 30))
fact("volcano/flights-australia", "single", ("volcano_abc", "24", 24))
fact("volcano/active", "single", ("volcano_reuters", "127", 127))
fact("volcano/ash-asl", "single", ("volcano_antara", "around 4,876 metres", 4876))
fact("volcano/posts", "single", ("volcano_antara", "19", 19))
fact("volcano/farmer-age", "single", ("volcano_antara", "67-year-old", 67))
fact("volcano/emergency", "single", ("volcano_antara", "14-day", 14))
# ---- airline job cuts and results (Aurelia Airways, Wednesday 11 March 2026)
fact("airline/jobs", "conflict", ("airline_reuters", "1,200", 1200, "to cut 1,200 jobs after"), ("airline_reuters", "1,200", 1200, "would cut 1,200"),
     ("airline_ft", "1,200", 1200, "shed 1,200"), ("airline_ft", "1,200", 1200, "will cut 1,200"),
     ("airline_bbc", "about 1,000", 1000, "axe about"), ("airline_bbc", "about 1,000", 1000, "cut about"))
fact("airline/workforce-share", "agree", ("airline_reuters", "about 9%", 9), ("airline_ft", "roughly 9 per cent", 9))
fact("airline/workforce", "conflict", ("airline_reuters", "13,500", 13500), ("airline_ft", "13,200", 13200))
fact("airline/loss", "agree", ("airline_reuters", "212 million pounds", 2.12e8), ("airline_reuters", "$275 million", None),
     ("airline_ft", "£212mn", 2.12e8), ("airline_bbc", "more than £200m", 2e8))
fact("airline/prior-profit", "agree", ("airline_reuters", "48 million pounds", 4.8e7), ("airline_ft", "£48mn", 4.8e7))
fact("airline/revenue", "agree", ("airline_reuters", "3.1 billion pounds", 3.1e9), ("airline_ft", "£3.12bn", 3.12e9))
fact("airline/revenue-change", "agree", ("airline_reuters", "6%", 6), ("airline_ft", "6.4 per cent", 6.4))
fact("airline/aircraft", "conflict", ("airline_reuters", "14", 14), ("airline_bbc", "12", 12))
fact("airline/savings", "agree", ("airline_reuters", "150 million pounds", 1.5e8), ("airline_ft", "£150mn", 1.5e8))
fact("airline/savings-year", "conflict", ("airline_reuters", "2028", 2028), ("airline_ft", "2027", 2027))
fact("airline/shares", "agree", ("airline_reuters", "8%", 8), ("airline_ft", "7.8 per cent", 7.8))
fact("airline/passengers", "agree", ("airline_reuters", "21.4 million", 2.14e7), ("airline_bbc", "21 million", 2.1e7))
fact("airline/announced", "agree", ("airline_reuters", "Wednesday", "2026-03-11"), ("airline_bbc", "Wednesday", "2026-03-11"))
fact("airline/intraday", "single", ("airline_ft", "as much as 11 per cent", 11))
fact("airline/uk-share", "single", ("airline_ft", "About a third", 33.3))
fact("airline/uk-roles", "single", ("airline_ft", "roughly 400", 400))
fact("airline/grounded-peak", "single", ("airline_ft", "19", 19))
fact("airline/ceo-since", "single", ("airline_ft", "2023", 2023))
fact("airline/year-loss", "single", ("airline_reuters", "more than half", 50))
fact("airline/expected-loss", "single", ("airline_reuters", "180 million pounds", 1.8e8))
fact("airline/destinations", "single", ("airline_bbc", "more than 80", 80))
fact("airline/pilots", "single", ("airline_bbc", "about 1,100", 1100))
# ---- hospital fire (Bacau county hospital ICU, Romania, Tuesday 17 November 2026)
fact("hospfire/dead", "conflict", ("hospfire_reuters", "seven", 7, "kills seven"), ("hospfire_reuters", "seven", 7, "killing seven"),
     ("hospfire_romaniainsider", "Seven", 7, "Seven dead"), ("hospfire_romaniainsider", "Seven", 7, "Seven patients"),
     ("hospfire_bbc", "Eight", 8, "Eight patients die"), ("hospfire_bbc", "Eight", 8, "Eight patients have"),
     ("hospfire_bbc", "eighth", 8))
fact("hospfire/ward", "agree", ("hospfire_reuters", "20", 20, "treating 20"), ("hospfire_romaniainsider", "20", 20, "There were 20"), ("hospfire_bbc", "20", 20, "There were 20"))
fact("hospfire/evacuated", "conflict", ("hospfire_reuters", "More than 100", 100), ("hospfire_romaniainsider", "About 120", 120),
     ("hospfire_bbc", "About 160", 160))
fact("hospfire/time", "agree", ("hospfire_reuters", "around 9:30 p.m.", "21:30"), ("hospfire_reuters", "1930 GMT", None),
     ("hospfire_romaniainsider", "21:40", "21:40"))
fact("hospfire/date", "agree", ("hospfire_reuters", "Tuesday", "2026-11-17"), ("hospfire_romaniainsider", "Tuesday", "2026-11-17"),
     ("hospfire_romaniainsider", "November 17", "2026-11-17"), ("hospfire_bbc", "Tuesday", "2026-11-17"))
fact("hospfire/engines", "agree", ("hospfire_romaniainsider", "15", 15, "sent 15"), ("hospfire_bbc", "Fifteen", 15))
fact("hospfire/doctor-age", "conflict", ("hospfire_romaniainsider", "36-year-old", 36), ("hospfire_bbc", "37", 37))
fact("hospfire/burns", "agree", ("hospfire_romaniainsider", "40%", 40), ("hospfire_bbc", "about 40%", 40))
fact("hospfire/pn-dead", "agree", ("hospfire_reuters", "10", 10, "killed 10"), ("hospfire_romaniainsider", "10", 10), ("hospfire_bbc", "10", 10))
fact("hospfire/pn-date", "agree", ("hospfire_reuters", "November 2020", "2020-11"), ("hospfire_romaniainsider", "November 2020", "2020-11"),
     ("hospfire_bbc", "2020", 2020))
fact("hospfire/beds", "single", ("hospfire_reuters", "700-bed", 700))
fact("hospfire/put-out", "single", ("hospfire_reuters", "within an hour", 1))
fact("hospfire/ambulances", "single", ("hospfire_romaniainsider", "12", 12, "12 ambulances"))
fact("hospfire/area", "single", ("hospfire_romaniainsider", "around 200 square metres", 200))
fact("hospfire/victim-ages", "single", ("hospfire_romaniainsider", "between 56 and 86", 71))
fact("hospfire/since-pn", "single", ("hospfire_romaniainsider", "six years", 6))
fact("hospfire/since-colectiv", "single", ("hospfire_romaniainsider", "eleven years", 11))
fact("hospfire/colectiv-dead", "single", ("hospfire_romaniainsider", "64", 64))
fact("hospfire/colectiv-year", "single", ("hospfire_romaniainsider", "2015", 2015))
# ---- car recall (Kestrel Motors steering bolt, NHTSA documents Friday 9 October 2026)
fact("recall/us-vehicles", "conflict", ("recall_ap", "nearly 480,000", 480000, "recalls nearly"), ("recall_ap", "nearly 480,000", 480000, "recalling nearly"),
     ("recall_reuters", "478,612", 478612, "recalls 478,612"), ("recall_reuters", "478,612", 478612, "recalling 478,612"),
     ("recall_freep", "More than 480,000", 480000), ("recall_freep", "more than 480,000", 480000))
fact("recall/worldwide", "agree", ("recall_reuters", "about 620,000", 620000), ("recall_freep", "620,000", 620000))
fact("recall/crashes", "conflict", ("recall_ap", "12", 12, "of 12 crashes"), ("recall_reuters", "14", 14), ("recall_freep", "a dozen", 12))
fact("recall/injuries", "agree", ("recall_ap", "three", 3), ("recall_reuters", "three", 3))
fact("recall/deaths", "agree", ("recall_ap", "No deaths", 0), ("recall_freep", "no deaths", 0))
fact("recall/notify", "conflict", ("recall_ap", "Nov. 23", "2026-11-23"), ("recall_reuters", "Nov. 24", "2026-11-24"))
fact("recall/cost", "agree", ("recall_reuters", "$310 million", 3.1e8), ("recall_freep", "about $300 million", 3e8))
fact("recall/model-years", "agree", ("recall_ap", "2022 through 2025", "2022/2025"), ("recall_reuters", "2022-2025", "2022/2025"))
fact("recall/day", "agree", ("recall_ap", "Friday", "2026-10-09"), ("recall_reuters", "Friday", "2026-10-09"))
fact("recall/prior-count", "agree", ("recall_ap", "1.1 million", 1.1e6), ("recall_freep", "1.1 million", 1.1e6))
fact("recall/prior-date", "agree", ("recall_ap", "March 2025", "2025-03"), ("recall_freep", "2025", 2025))
fact("recall/probe", "single", ("recall_ap", "April", "2026-04"))
fact("recall/complaints", "single", ("recall_ap", "212", 212))
fact("recall/since-prior", "single", ("recall_ap", "less than two years", 2))
fact("recall/vin", "single", ("recall_ap", "17-digit", 17))
fact("recall/shares", "single", ("recall_reuters", "2.1%", 2.1))
fact("recall/repair", "single", ("recall_freep", "about an hour", 1))
fact("recall/employees", "single", ("recall_freep", "about 37,000", 37000))
# ---- jail escape (Dyer County, Tennessee, early Monday 21 September 2026)
fact("prison/escaped", "conflict", ("prison_ap", "6", 6, "after 6 inmates"), ("prison_ap", "Six", 6),
     ("prison_wkrn", "five", 5), ("prison_tennessean", "five", 5, "the five inmates"), ("prison_tennessean", "Five", 5, "Five inmates broke"))
fact("prison/recaptured", "agree", ("prison_ap", "Two", 2, "Two of the men"), ("prison_wkrn", "Two", 2), ("prison_tennessean", "Two", 2, "Two were caught"))
fact("prison/at-large", "conflict", ("prison_ap", "four", 4, "four remained"), ("prison_wkrn", "Three", 3, "Three inmates still"),
     ("prison_wkrn", "Three", 3, "Three inmates remain"), ("prison_tennessean", "three", 3, "three were still"))
fact("prison/discovered", "conflict", ("prison_ap", "4:30 a.m.", "04:30"), ("prison_wkrn", "about 4:30 a.m.", "04:30"),
     ("prison_tennessean", "5:15 a.m.", "05:15"))
fact("prison/day", "agree", ("prison_ap", "Monday", "2026-09-21", "early Monday by"), ("prison_wkrn", "Monday", "2026-09-21", "early Monday morning"),
     ("prison_tennessean", "Monday", "2026-09-21", "on Monday, and"))
fact("prison/fence", "agree", ("prison_ap", "12-foot", 12), ("prison_wkrn", "12-foot", 12))
fact("prison/hughes-age", "conflict", ("prison_ap", "31", 31), ("prison_wkrn", "32", 32))
fact("prison/keel-age", "agree", ("prison_ap", "45", 45), ("prison_tennessean", "45", 45))
fact("prison/hughes-sentence", "agree", ("prison_ap", "25 years", 25), ("prison_tennessean", "25-year", 25))
fact("prison/reward-each", "agree", ("prison_ap", "$5,000", 5000), ("prison_wkrn", "$5,000", 5000))
fact("prison/2023-count", "agree", ("prison_ap", "two", 2, "two inmates escaped"), ("prison_tennessean", "Two", 2, "Two inmates escaped"))
fact("prison/2023-year", "agree", ("prison_ap", "2023", 2023), ("prison_tennessean", "2023", 2023))
fact("prison/reward-total", "single", ("prison_tennessean", "$25,000", 25000))
fact("prison/caught-distance", "single", ("prison_ap", "about 2 miles", 2), ("prison_ap", "3 kilometers", None))
fact("prison/2023-recapture", "single", ("prison_ap", "three days later", 3))
fact("prison/vacancies", "single", ("prison_wkrn", "37%", 37))
fact("prison/still-sought-day", "single", ("prison_tennessean", "Tuesday", "2026-09-22"))
fact("prison/unnamed", "single", ("prison_tennessean", "three", 3, "other three"))
fact("prison/shooting-year", "single", ("prison_tennessean", "2024", 2024))
fact("prison/built", "single", ("prison_tennessean", "1998", 1998))
fact("prison/capacity", "single", ("prison_tennessean", "260", 260))
fact("prison/held", "single", ("prison_tennessean", "341", 341))
# ---- Scottish Cup final (Hibernian 1-3 Motherwell, Hampden, Saturday 23 May 2026)
fact("cup/score", "agree", ("cup_bbc", "3-1", "3-1", "beat Hibernian 3-1"), ("cup_pa", "3-1", "3-1"), ("cup_herald", "3-1", "3-1"))
fact("cup/winner-minute", "conflict", ("cup_bbc", "88th minute", 88), ("cup_pa", "87th-minute", 87), ("cup_pa", "three minutes", None),
     ("cup_herald", "two minutes", None))
fact("cup/opener", "agree", ("cup_bbc", "12 minutes", 12), ("cup_pa", "12th minute", 12), ("cup_herald", "12 minutes", 12))
fact("cup/red-card", "agree", ("cup_bbc", "64th minute", 64), ("cup_pa", "64th minute", 64), ("cup_herald", "64th minute", 64))
fact("cup/crowd", "conflict", ("cup_bbc", "49,772", 49772), ("cup_pa", "49,800", 49800), ("cup_herald", "more than 50,000", 50000))
fact("cup/doyle-age", "conflict", ("cup_bbc", "19-year-old", 19), ("cup_pa", "19-year-old", 19), ("cup_herald", "20", 20, "Doyle, 20"))
fact("cup/last-win", "agree", ("cup_bbc", "1991", 1991), ("cup_pa", "1991", 1991), ("cup_herald", "1991", 1991))
fact("cup/wait", "agree", ("cup_bbc", "35-year", 35, "ends 35-year"), ("cup_bbc", "35-year", 35, "a 35-year wait"),
     ("cup_herald", "35 years", 35))
fact("cup/ten-men", "agree", ("cup_pa", "10-man", 10), ("cup_herald", "10 men", 10))
fact("cup/date", "agree", ("cup_pa", "Saturday", "2026-05-23"), ("cup_herald", "Yesterday", "2026-05-23"))
fact("cup/first-win", "single", ("cup_bbc", "1952", 1952))
fact("cup/debut", "single", ("cup_pa", "January", "2026-01"))
fact("cup/prize", "single", ("cup_pa", "around £1 million", 1e6))
fact("cup/1991-score", "single", ("cup_herald", "4-3", "4-3"))
fact("cup/away-fans", "single", ("cup_herald", "Around 20,000", 20000))
fact("cup/reception", "single", ("cup_herald", "Tuesday", "2026-05-26"))

# Corrections after the first run (plain annotation mistakes only): none found.
# After the first run the UK CPI event (11th event) was moved to spare_cpi/ (gold_cpi.py) to keep to 10 events;
# see README.md. No fact of the ten remaining events was changed.
