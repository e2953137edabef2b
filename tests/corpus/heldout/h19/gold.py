"""Hand-written gold for the h19 held-out events (written before any claimcheck run; the author ran none).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8, h9 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than"/"over" open above;
"up to" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on a
half or quarter, 5 otherwise ("shortly before/after" read as within that span on the named side).
Exact numbers carry their rounding interval. Vague plurals: "thousands" 2,000-9,999, "tens of millions"
20-99 million. Swim times are seconds (4:31.08 -> 271.08).
Dates: ISO days; events are dated from the reports' own publication lines or datelines.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- murder-suicide (2400 block of Shenandoah Road, West Toledo, Ohio, Thursday 15 October 2026, ~9:40 p.m.)
fact("murder/wife-age", "conflict", ("murder_wtol", "38-year-old", 38), ("murder_blade", "39", 39, "Angela Ruiz, 39"),
     ("murder_13abc", "38", 38, "Angela Ruiz, 38"))
fact("murder/husband-age", "agree", ("murder_wtol", "41-year-old", 41), ("murder_blade", "41", 41, "Marcus Ruiz, 41"),
     ("murder_13abc", "41", 41, "Marcus Ruiz, 41"))
fact("murder/daughter-age", "agree", ("murder_wtol", "16-year-old", 16), ("murder_blade", "16-year-old", 16),
     ("murder_13abc", "16-year-old", 16))
fact("murder/time", "agree", ("murder_wtol", "around 9:40 p.m.", "21:40"), ("murder_blade", "about 9:45 p.m.", "21:45"),
     ("murder_13abc", "shortly before 10 p.m.", "22:00"))
fact("murder/block", "agree", ("murder_wtol", "2400 block", 2400), ("murder_blade", "2400 block", 2400))
fact("murder/date", "agree", ("murder_wtol", "Thursday", "2026-10-15"), ("murder_blade", "Thursday", "2026-10-15"),
     ("murder_13abc", "Thursday", "2026-10-15"))
fact("murder/prior-calls", "conflict", ("murder_wtol", "three times", 3), ("murder_blade", "four times", 4))
fact("murder/sept-call", "agree", ("murder_wtol", "September", "2026-09"), ("murder_blade", "September", "2026-09", "in September, officers"))
fact("murder/order-date", "conflict", ("murder_blade", "Sept. 28", "2026-09-28"), ("murder_13abc", "Sept. 29", "2026-09-29"))
fact("murder/children-home", "agree", ("murder_wtol", "Three", 3, "Three younger"), ("murder_blade", "Three", 3, "Three other children"),
     ("murder_13abc", "three", 3, "three youngest"))
fact("murder/homicide-count", "single", ("murder_wtol", "41st", 41))
fact("murder/homicides-2025", "single", ("murder_wtol", "63", 63))
fact("murder/hotline-hours", "single", ("murder_wtol", "24 hours", 24))
fact("murder/kid-ages", "single", ("murder_blade", "ages 4, 7, and 10", 7))
fact("murder/hearing", "single", ("murder_blade", "Oct. 22", "2026-10-22"))
fact("murder/calls-window", "single", ("murder_blade", "12 months", 12))
fact("murder/fundraiser", "single", ("murder_blade", "more than $18,000", 18000))
fact("murder/shelter-served", "single", ("murder_blade", "about 900", 900))
fact("murder/couple-children", "single", ("murder_13abc", "four", 4, "had four children"))
fact("murder/vigil-day", "single", ("murder_13abc", "Sunday", "2026-10-18"))
fact("murder/vigil-time", "single", ("murder_13abc", "7 p.m.", "19:00"))
fact("murder/pops", "single", ("murder_13abc", "three or four", 3.5))
fact("murder/city-funding", "single", ("murder_13abc", "$250,000", 250000))
fact("murder/ohio-deaths", "single", ("murder_13abc", "112", 112))
# ---- shooting outside a funeral (Greater New Hope MBC, Elvis Presley Blvd, Whitehaven, Memphis, Saturday 24 October 2026)
fact("church/dead", "conflict", ("church_wreg", "1", 1, "1 dead"), ("church_wreg", "One", 1, "One man is dead"),
     ("church_commercialappeal", "Second", 2), ("church_commercialappeal", "two", 2, "bringing to two"),
     ("church_actionnews5", "2", 2, "2 killed"), ("church_actionnews5", "Two", 2, "Two people are dead"))
fact("church/wounded", "conflict", ("church_wreg", "3", 3, "3 hurt"), ("church_wreg", "three", 3, "three other people"),
     ("church_wreg", "Three", 3, "Three other victims"), ("church_commercialappeal", "Three", 3, "Three other people"),
     ("church_actionnews5", "4", 4, "4 shot"), ("church_actionnews5", "four", 4, "four others"))
fact("church/gunmen", "conflict", ("church_wreg", "two", 2, "two men got out"), ("church_commercialappeal", "three", 3, "three men in"),
     ("church_actionnews5", "at least two", 2, "at least two shooters"))
fact("church/time", "agree", ("church_wreg", "around 2:15 p.m.", "14:15"), ("church_commercialappeal", "about 2:15 p.m.", "14:15"),
     ("church_actionnews5", "just after 2 p.m.", "14:00"))
fact("church/casings", "agree", ("church_wreg", "more than 30", 30), ("church_commercialappeal", "about 40", 40))
fact("church/teen-age", "conflict", ("church_commercialappeal", "17-year-old", 17), ("church_actionnews5", "18-year-old", 18))
fact("church/first-victim-age", "agree", ("church_commercialappeal", "24", 24, "Lyles, 24"), ("church_actionnews5", "24-year-old", 24))
fact("church/funeral-for-age", "agree", ("church_wreg", "19-year-old", 19), ("church_actionnews5", "19-year-old", 19))
fact("church/earlier-killing", "agree", ("church_commercialappeal", "Oct. 11", "2026-10-11"), ("church_actionnews5", "Oct. 11", "2026-10-11"))
fact("church/reward", "agree", ("church_wreg", "$15,000", 15000), ("church_commercialappeal", "$15,000", 15000),
     ("church_actionnews5", "$15,000", 15000))
fact("church/date", "agree", ("church_wreg", "Saturday", "2026-10-24", "church Saturday afternoon"),
     ("church_commercialappeal", "Saturday", "2026-10-24", "Saturday's attack"),
     ("church_actionnews5", "Saturday", "2026-10-24", "Whitehaven on Saturday"))
fact("church/critical", "single", ("church_wreg", "One", 1, "One of them is listed as critical"))
fact("church/mourners", "single", ("church_commercialappeal", "about 200", 200))
fact("church/block", "single", ("church_commercialappeal", "4100 block", 4100))
fact("church/weapons", "single", ("church_commercialappeal", "at least two", 2, "at least two different"))
fact("church/pastor-age", "single", ("church_commercialappeal", "68", 68))
fact("church/pastor-years", "single", ("church_commercialappeal", "31 years", 31))
fact("church/homicides-2025", "single", ("church_commercialappeal", "289", 289))
fact("church/homicides-2023", "single", ("church_commercialappeal", "398", 398))
fact("church/woman-age", "single", ("church_actionnews5", "52-year-old", 52))
fact("church/other-wounded", "single", ("church_actionnews5", "three", 3, "other three wounded"))
fact("church/died-day", "single", ("church_actionnews5", "Sunday", "2026-10-25", "early Sunday morning"))
fact("church/church-age", "single", ("church_actionnews5", "more than 50 years", 50))
fact("church/funeral-shootings", "single", ("church_actionnews5", "third", 3, "third shooting"))
fact("church/frayser", "single", ("church_actionnews5", "March", "2026-03"))
# ---- fatal motorcycle crash after a police pursuit (Blackstone at Olive, Fresno, Calif., Friday 4 September 2026)
fact("pursuit/rider-age", "conflict", ("pursuit_abc30", "27-year-old", 27), ("pursuit_fresnobee", "28", 28, "The rider, 28"),
     ("pursuit_ksee", "27-year-old", 27))
fact("pursuit/passenger-age", "agree", ("pursuit_abc30", "24-year-old", 24), ("pursuit_fresnobee", "24", 24, "with him, 24"),
     ("pursuit_ksee", "24-year-old", 24))
fact("pursuit/pickup-driver-age", "agree", ("pursuit_abc30", "61-year-old", 61), ("pursuit_fresnobee", "61-year-old", 61))
fact("pursuit/start-time", "agree", ("pursuit_abc30", "around 11:20 p.m.", "23:20"), ("pursuit_fresnobee", "shortly after 11:20 p.m.", "23:20"),
     ("pursuit_ksee", "around 11:15 p.m.", "23:15"))
fact("pursuit/distance", "conflict", ("pursuit_abc30", "about 2 miles", 2), ("pursuit_fresnobee", "roughly three miles", 3),
     ("pursuit_ksee", "about two miles", 2))
fact("pursuit/speed", "conflict", ("pursuit_abc30", "more than 100 mph", 100), ("pursuit_fresnobee", "up to 90 mph", 90),
     ("pursuit_ksee", "more than 100 mph", 100))
fact("pursuit/duration", "agree", ("pursuit_abc30", "less than three minutes", 3), ("pursuit_ksee", "about two minutes", 2))
fact("pursuit/date", "agree", ("pursuit_abc30", "Friday", "2026-09-04", "late Friday night"),
     ("pursuit_fresnobee", "Friday", "2026-09-04", "late Friday when"), ("pursuit_ksee", "Friday", "2026-09-04", "Fresno Friday night"))
fact("pursuit/registration", "single", ("pursuit_abc30", "2024", 2024))
fact("pursuit/closure", "single", ("pursuit_abc30", "about five hours", 5))
fact("pursuit/policy-year", "single", ("pursuit_fresnobee", "2023", 2023))
fact("pursuit/pursuits-2025", "single", ("pursuit_fresnobee", "146", 146))
fact("pursuit/collisions-2025", "single", ("pursuit_fresnobee", "31", 31))
fact("pursuit/fatal-this-year", "single", ("pursuit_fresnobee", "second", 2, "second fatal"))
fact("pursuit/ca-deaths", "single", ("pursuit_fresnobee", "92", 92))
fact("pursuit/ca-year", "single", ("pursuit_fresnobee", "2024", 2024))
fact("pursuit/son-age", "single", ("pursuit_ksee", "5-year-old", 5))
fact("pursuit/citations", "single", ("pursuit_ksee", "twice", 2))
fact("pursuit/citation-window", "single", ("pursuit_ksee", "two years", 2))
fact("pursuit/weeks-since", "single", ("pursuit_ksee", "about six weeks", 6))
fact("pursuit/other-driver-age", "single", ("pursuit_ksee", "19-year-old", 19))
# ---- bamboo scaffold collapse (Hoi Yuen Road, Kwun Tong, Hong Kong, Tuesday 12 May 2026, 10.20am)
fact("scaffold/dead", "conflict", ("scaffold_afp", "Two", 2, "Two workers killed"), ("scaffold_afp", "Two", 2, "Two construction workers"),
     ("scaffold_afp", "two", 2, "two men who"), ("scaffold_rthk", "three", 3, "rises to three"), ("scaffold_rthk", "third", 3, "A third worker"),
     ("scaffold_rthk", "three", 3, "three lives"),
     ("scaffold_scmp", "three", 3, "kills three"), ("scaffold_scmp", "Three", 3, "Three construction workers"))
fact("scaffold/injured", "conflict", ("scaffold_afp", "Four", 4, "Four other people"), ("scaffold_scmp", "Five", 5, "Five other people"))
fact("scaffold/storeys", "agree", ("scaffold_afp", "18-storey", 18), ("scaffold_rthk", "about 20 storeys", 20), ("scaffold_scmp", "18-storey", 18))
fact("scaffold/time", "agree", ("scaffold_afp", "about 10:20 am", "10:20"), ("scaffold_afp", "0220 GMT", None),
     ("scaffold_rthk", "around 10.20am", "10:20"), ("scaffold_scmp", "about 10.20am", "10:20"))
fact("scaffold/third-age", "conflict", ("scaffold_rthk", "59-year-old", 59), ("scaffold_scmp", "60", 60, "58 and 60"))
fact("scaffold/age-46", "agree", ("scaffold_rthk", "46", 46), ("scaffold_scmp", "46", 46))
fact("scaffold/age-58", "agree", ("scaffold_rthk", "58", 58), ("scaffold_scmp", "58", 58))
fact("scaffold/died-first", "agree", ("scaffold_rthk", "Two", 2, "Two other workers"), ("scaffold_scmp", "Two", 2, "Two were declared"))
fact("scaffold/serious", "agree", ("scaffold_rthk", "one", 1, "one of them in serious"), ("scaffold_scmp", "One", 1, "One remained"))
fact("scaffold/responders", "agree", ("scaffold_afp", "More than 100", 100), ("scaffold_scmp", "About 120", 120))
fact("scaffold/residents", "agree", ("scaffold_rthk", "About 150", 150), ("scaffold_scmp", "About 150", 150))
fact("scaffold/metal-share", "agree", ("scaffold_afp", "at least half", 50), ("scaffold_scmp", "at least 50 per cent", 50))
fact("scaffold/deaths-2025", "agree", ("scaffold_afp", "Twenty-three", 23), ("scaffold_scmp", "23", 23))
fact("scaffold/year-2025", "agree", ("scaffold_afp", "2025", 2025), ("scaffold_scmp", "2025", 2025))
fact("scaffold/date", "agree", ("scaffold_afp", "Tuesday", "2026-05-12"), ("scaffold_rthk", "Tuesday", "2026-05-12"),
     ("scaffold_scmp", "Tuesday", "2026-05-12", "killed on Tuesday"))
fact("scaffold/deaths-2024", "single", ("scaffold_afp", "19", 19))
fact("scaffold/in-hospital", "single", ("scaffold_rthk", "Four", 4, "Four people remain"))
fact("scaffold/vehicles", "single", ("scaffold_rthk", "at least six", 6))
fact("scaffold/pedestrian-age", "single", ("scaffold_rthk", "33-year-old", 33))
fact("scaffold/height-rule", "single", ("scaffold_rthk", "15 metres", 15))
fact("scaffold/meeting", "single", ("scaffold_rthk", "Thursday", "2026-05-14"))
fact("scaffold/search", "single", ("scaffold_scmp", "more than three hours", 3))
fact("scaffold/renovation", "single", ("scaffold_scmp", "HK$8 million", 8e6), ("scaffold_scmp", "US$1 million", None))
fact("scaffold/built", "single", ("scaffold_scmp", "1972", 1972))
fact("scaffold/union", "single", ("scaffold_scmp", "about 2,000", 2000))
fact("scaffold/falls-share", "single", ("scaffold_scmp", "about half", 50))
fact("scaffold/put-up", "single", ("scaffold_scmp", "February", "2026-02"))
# ---- Canada October CPI (Statistics Canada, released Tuesday 17 November 2026)
fact("inflation/oct-rate", "agree", ("inflation_reuters", "2.4%", 2.4, "picks up to 2.4%"), ("inflation_reuters", "2.4%", 2.4, "rose to 2.4%"),
     ("inflation_cbc", "2.4%", 2.4), ("inflation_cbc", "2.4 per cent", 2.4),
     ("inflation_globe", "2.4%", 2.4), ("inflation_globe", "2.4 per cent", 2.4))
fact("inflation/sept-rate", "agree", ("inflation_reuters", "2.1%", 2.1), ("inflation_cbc", "2.1 per cent", 2.1),
     ("inflation_globe", "2.1 per cent", 2.1))
fact("inflation/forecast", "conflict", ("inflation_reuters", "2.3%", 2.3), ("inflation_globe", "2.2 per cent", 2.2, "come in at 2.2"))
fact("inflation/mom", "conflict", ("inflation_reuters", "0.3%", 0.3), ("inflation_globe", "0.4 per cent", 0.4))
fact("inflation/gasoline", "agree", ("inflation_reuters", "5.8%", 5.8), ("inflation_cbc", "nearly six per cent", 6),
     ("inflation_globe", "5.8 per cent", 5.8))
fact("inflation/grocery", "conflict", ("inflation_reuters", "3.8%", 3.8), ("inflation_cbc", "3.9 per cent", 3.9),
     ("inflation_globe", "3.9 per cent", 3.9))
fact("inflation/shelter", "agree", ("inflation_reuters", "3.1%", 3.1), ("inflation_cbc", "3.1 per cent", 3.1),
     ("inflation_globe", "3.1 per cent", 3.1))
fact("inflation/rent", "agree", ("inflation_cbc", "4.6 per cent", 4.6), ("inflation_globe", "4.6 per cent", 4.6))
fact("inflation/median", "agree", ("inflation_reuters", "2.8%", 2.8), ("inflation_globe", "2.8 per cent", 2.8))
fact("inflation/trim", "agree", ("inflation_reuters", "2.9%", 2.9), ("inflation_globe", "2.9 per cent", 2.9))
fact("inflation/target", "agree", ("inflation_reuters", "2%", 2, "inflation at 2%"), ("inflation_cbc", "two per cent", 2),
     ("inflation_globe", "2-per-cent", 2))
fact("inflation/policy-rate", "agree", ("inflation_reuters", "2.25%", 2.25), ("inflation_globe", "2.25 per cent", 2.25))
fact("inflation/next-decision", "agree", ("inflation_reuters", "Dec. 9", "2026-12-09"), ("inflation_cbc", "December 9", "2026-12-09"),
     ("inflation_globe", "Dec. 9", "2026-12-09"))
fact("inflation/peak", "agree", ("inflation_reuters", "8.1%", 8.1), ("inflation_cbc", "8.1 per cent", 8.1), ("inflation_globe", "8.1 per cent", 8.1))
fact("inflation/peak-date", "agree", ("inflation_reuters", "June 2022", "2022-06"), ("inflation_cbc", "summer of 2022", "2022-07"),
     ("inflation_globe", "June, 2022", "2022-06"))
fact("inflation/peak-decades", "agree", ("inflation_reuters", "nearly four decades", 4), ("inflation_globe", "four-decade", 4))
fact("inflation/shelter-since", "agree", ("inflation_cbc", "2021", 2021, "since 2021"), ("inflation_globe", "August, 2021", "2021-08"))
fact("inflation/gas-sept", "single", ("inflation_reuters", "1.4%", 1.4))
fact("inflation/mom-forecast", "single", ("inflation_reuters", "0.2%", 0.2, "0.2% increase"))
fact("inflation/band", "single", ("inflation_reuters", "1% to 3%", 2))
fact("inflation/hold-odds", "single", ("inflation_reuters", "roughly 85%", 85))
fact("inflation/cad-move", "single", ("inflation_reuters", "0.2%", 0.2, "0.2% higher"))
fact("inflation/cad-level", "single", ("inflation_reuters", "1.3870", 1.387))
fact("inflation/hikes", "single", ("inflation_reuters", "10 times", 10))
fact("inflation/shelter-years", "single", ("inflation_reuters", "more than four years", 4))
fact("inflation/ex-gas", "single", ("inflation_cbc", "2.2 per cent", 2.2))
fact("inflation/rent-sept", "single", ("inflation_cbc", "5.2 per cent", 5.2))
fact("inflation/pei", "single", ("inflation_cbc", "3.0 per cent", 3.0))
fact("inflation/alberta", "single", ("inflation_cbc", "1.6 per cent", 1.6))
fact("inflation/nov-release", "single", ("inflation_cbc", "December 15", "2026-12-15"))
fact("inflation/cuts", "single", ("inflation_globe", "nine times", 9))
fact("inflation/cuts-since", "single", ("inflation_globe", "June 2024", "2024-06"))
fact("inflation/old-rate", "single", ("inflation_globe", "5 per cent", 5, "from 5 per cent"))
fact("inflation/3m-core", "single", ("inflation_globe", "3 per cent", 3, "north of 3 per cent"))
fact("inflation/meat-survey", "single", ("inflation_globe", "about 60 per cent", 60))
# ---- chimpanzee escape (Wildtierpark Elbtal near Dresden, Sunday 9 August 2026)
fact("zoo/escaped", "conflict", ("zoo_dpa", "Four", 4, "Four chimpanzees broke"), ("zoo_thelocal", "five", 5, "five chimpanzees escaped"),
     ("zoo_dw", "four", 4, "Saxony say four"), ("zoo_dw", "four", 4, "after four of the apes"))
fact("zoo/shot", "conflict", ("zoo_dpa", "one", 1, "one shot dead"), ("zoo_dpa", "One", 1, "One of the apes"), ("zoo_thelocal", "Two", 2, "Two of the animals"),
     ("zoo_thelocal", "Two", 2, "Two others"), ("zoo_dw", "one", 1, "one was killed"))
fact("zoo/caught", "agree", ("zoo_dpa", "Three", 3, "Three of the chimpanzees"), ("zoo_thelocal", "Three", 3, "Three chimpanzees were caught"),
     ("zoo_dw", "Three", 3, "Three were caught"), ("zoo_dw", "Three", 3, "Three of the animals"))
fact("zoo/visitors", "conflict", ("zoo_dpa", "about 1,500", 1500), ("zoo_thelocal", "Thousands", 2000),
     ("zoo_thelocal", "Around 2,000", 2000), ("zoo_dw", "Some 1,500", 1500))
fact("zoo/time", "agree", ("zoo_dpa", "shortly before 11 a.m.", "11:00"), ("zoo_thelocal", "around 10.45am", "10:45"),
     ("zoo_dw", "about 10:50 a.m.", "10:50"), ("zoo_dw", "0850 UTC", None))
fact("zoo/duration", "agree", ("zoo_dpa", "about three hours", 3), ("zoo_thelocal", "three hours", 3), ("zoo_dw", "about three hours", 3))
fact("zoo/kibo-age", "conflict", ("zoo_dpa", "23", 23, "was 23"), ("zoo_thelocal", "24-year-old", 24), ("zoo_dw", "23-year-old", 23))
fact("zoo/group", "agree", ("zoo_dpa", "11", 11, "group of 11"), ("zoo_dw", "11", 11))
fact("zoo/keeper-age", "agree", ("zoo_dpa", "34-year-old", 34), ("zoo_thelocal", "34", 34, "A keeper, 34"))
fact("zoo/date", "agree", ("zoo_dpa", "Sunday", "2026-08-09", "Dresden on Sunday"), ("zoo_thelocal", "Sunday", "2026-08-09", "running on Sunday"),
     ("zoo_dw", "Sunday", "2026-08-09", "shot dead on Sunday"))
fact("zoo/closed", "agree", ("zoo_dpa", "Monday", "2026-08-10"), ("zoo_thelocal", "Monday", "2026-08-10"), ("zoo_dw", "Monday", "2026-08-10"))
fact("zoo/opened", "agree", ("zoo_dpa", "1961", 1961), ("zoo_thelocal", "1961", 1961))
fact("zoo/krefeld-dead", "agree", ("zoo_dpa", "more than 30", 30), ("zoo_dw", "more than 30", 30))
fact("zoo/krefeld-date", "agree", ("zoo_dpa", "2020", 2020), ("zoo_dw", "January 2020", "2020-01"))
fact("zoo/officers", "single", ("zoo_dpa", "about 40", 40))
fact("zoo/kibo-arrived", "single", ("zoo_dpa", "2009", 2009))
fact("zoo/annual-visitors", "single", ("zoo_dpa", "around 400,000", 400000))
fact("zoo/animals", "single", ("zoo_dpa", "some 900", 900))
fact("zoo/species", "single", ("zoo_dpa", "about 120", 120))
fact("zoo/renovated", "single", ("zoo_thelocal", "2019", 2019))
fact("zoo/renovation-cost", "single", ("zoo_thelocal", "€1.8 million", 1.8e6))
fact("zoo/enclosure-area", "single", ("zoo_thelocal", "about 3,000 square metres", 3000))
fact("zoo/storm-night", "single", ("zoo_dw", "Saturday", "2026-08-08"))
fact("zoo/group-now", "single", ("zoo_dw", "10 members", 10))
fact("zoo/wild-population", "single", ("zoo_dw", "170,000 to 300,000", 235000))
# ---- poisoned wedding feast (Nagla Khurd, Bharatpur district, Rajasthan, Sunday night 22 February 2026)
fact("wedding/dead", "conflict", ("wedding_pti", "3", 3, "3 dead"), ("wedding_pti", "Three", 3, "Three people died"),
     ("wedding_ndtv", "5", 5, "5 Dead"), ("wedding_ndtv", "Five", 5, "Five people"), ("wedding_ndtv", "five", 5, "five funerals"),
     ("wedding_toi", "5", 5, "rises to 5"), ("wedding_toi", "five", 5, "village to five"))
fact("wedding/hospitalised", "agree", ("wedding_pti", "over 80", 80, "over 80 taken"), ("wedding_pti", "over 80", 80, "over 80 guests"),
     ("wedding_ndtv", "120", 120, "120 In Hospital"), ("wedding_ndtv", "120", 120, "120 others"),
     ("wedding_toi", "More than 100", 100))
fact("wedding/guests", "agree", ("wedding_pti", "around 500", 500), ("wedding_ndtv", "About 500", 500), ("wedding_toi", "about 500", 500))
fact("wedding/accused-age", "conflict", ("wedding_pti", "32-year-old", 32), ("wedding_ndtv", "35-year-old", 35), ("wedding_toi", "32-year-old", 32))
fact("wedding/arrested", "agree", ("wedding_ndtv", "Two", 2, "Two people, including"), ("wedding_toi", "2", 2, "2 held"))
fact("wedding/children-dead", "conflict", ("wedding_ndtv", "two", 2, "including two children"), ("wedding_toi", "Three", 3, "Three of the dead"))
fact("wedding/monday-deaths", "agree", ("wedding_ndtv", "two", 2, "and two children"), ("wedding_toi", "Two", 2, "Two more people"))
fact("wedding/children-died-day", "agree", ("wedding_ndtv", "Monday", "2026-02-23", "Jaipur on Monday"), ("wedding_toi", "Monday", "2026-02-23", "died in Jaipur on Monday"))
fact("wedding/feast-time", "conflict", ("wedding_pti", "around 8.30 pm", "20:30"), ("wedding_toi", "around 10 pm", "22:00"))
fact("wedding/grandma-age", "agree", ("wedding_pti", "72-year-old", 72), ("wedding_ndtv", "72-year-old", 72), ("wedding_toi", "72", 72, "aged 72"))
fact("wedding/ex-gratia", "agree", ("wedding_ndtv", "Rs 5 lakh", 500000), ("wedding_toi", "Rs 5 lakh", 500000))
fact("wedding/date", "agree", ("wedding_pti", "Sunday", "2026-02-22", "on Sunday night"), ("wedding_ndtv", "Sunday", "2026-02-22", "village on Sunday night"),
     ("wedding_toi", "Sunday", "2026-02-22", "10 pm on Sunday"))
fact("wedding/wedding-day", "agree", ("wedding_pti", "Monday", "2026-02-23", "scheduled for Monday"), ("wedding_ndtv", "Monday", "2026-02-23", "take place on Monday"))
fact("wedding/distance-hq", "single", ("wedding_pti", "about 40 km", 40))
fact("wedding/treatment-aid", "single", ("wedding_pti", "Rs 50,000", 50000))
fact("wedding/detained", "single", ("wedding_pti", "Three", 3, "Three people have been detained"))
fact("wedding/sunday-deaths", "single", ("wedding_ndtv", "Two", 2, "Two more people died on Sunday"))
fact("wedding/child-ages", "single", ("wedding_ndtv", "six and nine", 7.5))
fact("wedding/critical", "single", ("wedding_ndtv", "14", 14))
fact("wedding/land", "single", ("wedding_ndtv", "two bighas", 2))
fact("wedding/sidhi-ill", "single", ("wedding_ndtv", "more than 100", 100))
fact("wedding/sidhi-year", "single", ("wedding_ndtv", "2024", 2024))
fact("wedding/farmer-age", "single", ("wedding_toi", "45-year-old", 45))
fact("wedding/ambulances", "single", ("wedding_toi", "20 ambulances", 20))
fact("wedding/jaipur-distance", "single", ("wedding_toi", "about 180 km", 180))
fact("wedding/custody", "single", ("wedding_toi", "five days", 5))
fact("wedding/quarrel", "single", ("wedding_toi", "about three months", 3))
fact("wedding/questioned", "single", ("wedding_toi", "around 30", 30))
# ---- Buenos Aires blackout (Monday 19 January 2026, 3:12 p.m.)
fact("blackout/customers", "conflict", ("blackout_reuters", "1.2 million", 1.2e6, "hits 1.2 million"),
     ("blackout_reuters", "about 1.2 million", 1.2e6), ("blackout_ap", "more than 1.5 million", 1.5e6),
     ("blackout_batimes", "some 1.2 million", 1.2e6), ("blackout_batimes", "more than a million", 1e6))
fact("blackout/start", "agree", ("blackout_reuters", "3:12 p.m.", "15:12"), ("blackout_reuters", "1812 GMT", None),
     ("blackout_ap", "shortly after 3 p.m.", "15:00"), ("blackout_batimes", "around 3.15pm", "15:15"))
fact("blackout/duration", "conflict", ("blackout_reuters", "up to six hours", 6),
     ("blackout_batimes", "more than eight hours", 8, "some neighbourhoods"), ("blackout_batimes", "more than eight hours", 8, "no electricity for"))
fact("blackout/temperature", "agree", ("blackout_reuters", "38 degrees Celsius", 38), ("blackout_reuters", "100 Fahrenheit", None),
     ("blackout_ap", "100 F", None), ("blackout_ap", "38 C", 38), ("blackout_batimes", "38°C", 38))
fact("blackout/subway-lines", "agree", ("blackout_reuters", "six", 6, "All six"), ("blackout_ap", "six", 6, "all six lines"))
fact("blackout/traffic-lights", "agree", ("blackout_ap", "About 2,500", 2500), ("blackout_batimes", "more than 2,000", 2000))
fact("blackout/demand", "agree", ("blackout_reuters", "about 30,500 megawatts", 30500), ("blackout_ap", "about 30,500 megawatts", 30500),
     ("blackout_batimes", "30.5 GW", 30500))
fact("blackout/2019-date", "agree", ("blackout_reuters", "June 2019", "2019-06"), ("blackout_ap", "2019", 2019), ("blackout_ap", "June", "2019-06", "Sunday in June"))
fact("blackout/2019-people", "agree", ("blackout_reuters", "about 50 million", 5e7), ("blackout_ap", "tens of millions", 2e7))
fact("blackout/date", "agree", ("blackout_reuters", "Monday", "2026-01-19", "power on Monday afternoon"),
     ("blackout_ap", "Monday", "2026-01-19", "electricity on Monday"), ("blackout_batimes", "Monday", "2026-01-19", "region on Monday"))
fact("blackout/heat-until", "agree", ("blackout_ap", "Thursday", "2026-01-22"), ("blackout_batimes", "Thursday", "2026-01-22"))
fact("blackout/train-lines", "single", ("blackout_reuters", "two lines", 2))
fact("blackout/restored-share", "single", ("blackout_reuters", "90%", 90))
fact("blackout/restored-time", "single", ("blackout_reuters", "9 p.m.", "21:00"))
fact("blackout/milei", "single", ("blackout_reuters", "December 2023", "2023-12"))
fact("blackout/stranded", "single", ("blackout_ap", "hundreds", 200))
fact("blackout/commuter-age", "single", ("blackout_ap", "41", 41))
fact("blackout/on-train", "single", ("blackout_ap", "almost an hour", 1))
fact("blackout/highs", "single", ("blackout_ap", "around 37 C", 37), ("blackout_ap", "99 F", None))
fact("blackout/restored-share-10pm", "single", ("blackout_batimes", "95 percent", 95))
fact("blackout/restored-time-10pm", "single", ("blackout_batimes", "10pm", "22:00"))
fact("blackout/still-dark", "single", ("blackout_batimes", "Tuesday", "2026-01-20"))
fact("blackout/traffic-police", "single", ("blackout_batimes", "400", 400))
fact("blackout/december-outage", "single", ("blackout_batimes", "about 600,000", 600000))
fact("blackout/outage-count", "single", ("blackout_batimes", "third", 3, "third major"))
fact("blackout/december-month", "single", ("blackout_batimes", "December", "2025-12"))
fact("blackout/forecast", "single", ("blackout_batimes", "35 degrees", 35))
# ---- swimming, women's 400m IM final, European Aquatics Championships, Paris (Wednesday 12 August 2026)
fact("swim/time", "agree", ("swim_reuters", "four minutes 31.08 seconds", 271.08), ("swim_bbcsport", "4min 31.08sec", 271.08),
     ("swim_swimswam", "4:31.08", 271.08, "With 4:31.08"), ("swim_swimswam", "4:31.08", 271.08, "(GBR), 4:31.08"),
     ("swim_swimswam", "4:31.08", 271.08, "clock at 4:31.08"), ("swim_swimswam", "4:31.08", 271.08, "3:28.97 / 4:31.08"))
fact("swim/age", "conflict", ("swim_reuters", "19-year-old", 19), ("swim_bbcsport", "19-year-old", 19), ("swim_swimswam", "20", 20, "Rennard, 20"))
fact("swim/margin", "conflict", ("swim_reuters", "1.62 seconds", 1.62), ("swim_bbcsport", "more than two seconds", 2))
fact("swim/silver-time", "agree", ("swim_reuters", "4:32.70", 272.70), ("swim_swimswam", "4:32.70", 272.70, "(HUN), 4:32.70"),
     ("swim_swimswam", "4:32.70", 272.70, "3:29.88 / 4:32.70"))
fact("swim/bronze-time", "agree", ("swim_reuters", "4:34.15", 274.15), ("swim_swimswam", "4:34.15", 274.15))
fact("swim/old-record", "agree", ("swim_reuters", "4:32.34", 272.34), ("swim_swimswam", "4:32.34", 272.34, "Record: 4:32.34"),
     ("swim_swimswam", "4:32.34", 272.34, "Record of 4:32.34"))
fact("swim/old-record-year", "agree", ("swim_reuters", "2022", 2022), ("swim_swimswam", "2022", 2022, "(HUN), 2022"),
     ("swim_swimswam", "2022", 2022, "Rome in 2022"))
fact("swim/pb", "agree", ("swim_reuters", "4:33.12", 273.12), ("swim_bbcsport", "4:33.12", 273.12))
fact("swim/pb-month", "agree", ("swim_reuters", "April", "2026-04"), ("swim_bbcsport", "April", "2026-04"))
fact("swim/heats", "agree", ("swim_bbcsport", "4:35.40", 275.40), ("swim_swimswam", "4:35.40", 275.40))
fact("swim/heats-rank", "agree", ("swim_reuters", "second", 2, "qualified second-fastest"), ("swim_bbcsport", "second", 2, "second-fastest in the morning"),
     ("swim_swimswam", "second", 2, "qualify second"))
fact("swim/third-at-100", "agree", ("swim_bbcsport", "third", 3, "She was third"), ("swim_swimswam", "third", 3, "sitting third"))
fact("swim/lane", "agree", ("swim_bbcsport", "five", 5, "lane five"), ("swim_swimswam", "five", 5, "lane five"))
fact("swim/breast-split", "agree", ("swim_bbcsport", "1:15.6", 75.6), ("swim_swimswam", "1:15.62", 75.62))
fact("swim/gb-golds", "conflict", ("swim_bbcsport", "fifth", 5), ("swim_swimswam", "fourth", 4, "fourth gold"))
fact("swim/night", "agree", ("swim_reuters", "fourth", 4, "fourth night"), ("swim_swimswam", "four", 4, "night four"))
fact("swim/date", "agree", ("swim_reuters", "Wednesday", "2026-08-12"), ("swim_bbcsport", "Wednesday", "2026-08-12"))
fact("swim/finish", "agree", ("swim_reuters", "Sunday", "2026-08-16"), ("swim_bbcsport", "Sunday", "2026-08-16"))
fact("swim/record-cut", "single", ("swim_reuters", "1.26 seconds", 1.26))
fact("swim/switched", "single", ("swim_reuters", "two years ago", 2))
fact("swim/coach-window", "single", ("swim_reuters", "12 months", 12))
fact("swim/bartos-title", "single", ("swim_reuters", "2024", 2024))
fact("swim/relay-time", "single", ("swim_reuters", "7:02.66", 422.66))
fact("swim/sc-worlds", "single", ("swim_reuters", "December", "2026-12"))
fact("swim/la-olympics", "single", ("swim_bbcsport", "two years away", 2))
fact("swim/split-margin", "single", ("swim_bbcsport", "almost two seconds", 2))
fact("swim/pb-cut", "single", ("swim_swimswam", "2.04 seconds", 2.04))
fact("swim/bartos-heats", "single", ("swim_swimswam", "4:34.98", 274.98))
fact("swim/100-split", "single", ("swim_swimswam", "1:01.87", 61.87, "was 1:01.87"))
fact("swim/free-split", "single", ("swim_swimswam", "1:02.11", 62.11))
fact("swim/world-rank", "single", ("swim_swimswam", "No. 3", 3))
fact("swim/ortega-age", "single", ("swim_swimswam", "17", 17))
fact("swim/gb-medals", "single", ("swim_swimswam", "11 medals", 11))
fact("swim/italy-medals", "single", ("swim_swimswam", "14", 14, "Italy's 14"))
fact("swim/finals-start", "single", ("swim_swimswam", "6 p.m.", "18:00"))
