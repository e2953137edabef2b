"""Hand-written gold for the h27 held-out events (written before any claimcheck run; the author ran none).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6-h22 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than" open above;
"up to" open below; "nearly"/"almost"/"just under" 90-100%; a hedged time spans 30 min either side on the hour,
15 on a half or quarter hour, 5 otherwise ("shortly after"/"shortly before" the half hour after/before). Exact
numbers carry their rounding interval ("2 km" 1.5-2.5).
Dates: ISO days; a weekday nothing resolves is TIMEX-style ("XXXX-WXX-3" = a Wednesday).
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- laundromat: shooting inside the Suds City Laundromat, 1500 block of North Peoria Avenue, north Tulsa, Okla.,
#      Thursday 15 October 2026 ~8:10 p.m. KTUL (Thursday night): 1 dead, 2 hurt; Tulsa World / KJRH (Friday): woman
#      died Friday, 2 dead. Man killed 31/32/31; rounds fired 11 (Tulsa World) vs eight (KJRH).
fact("laundromat/dead", "conflict", ("laundromat_ktul", "1", 1, "1 dead"), ("laundromat_ktul", "One", 1, "One person is dead"),
     ("laundromat_tulsaworld", "two", 2, "death toll from the attack to two"),
     ("laundromat_kjrh", "2", 2, "2 killed"), ("laundromat_kjrh", "two", 2, "killing two of them"))
fact("laundromat/shot", "agree", ("laundromat_tulsaworld", "Three", 3, "Three people were hit"),
     ("laundromat_kjrh", "three", 3, "shot three people"), ("laundromat_kjrh", "three", 3, "three of them were hit"))
fact("laundromat/man-age", "conflict", ("laundromat_ktul", "31-year-old", 31), ("laundromat_tulsaworld", "32", 32, "Greer, 32"),
     ("laundromat_kjrh", "31", 31, "Greer, 31"))
fact("laundromat/woman-age", "agree", ("laundromat_ktul", "27-year-old", 27), ("laundromat_tulsaworld", "27", 27, "Rollins, 27"),
     ("laundromat_kjrh", "27", 27, "Rollins, 27"))
fact("laundromat/boy-age", "conflict", ("laundromat_tulsaworld", "14-year-old", 14), ("laundromat_kjrh", "15-year-old", 15))
fact("laundromat/time", "agree", ("laundromat_ktul", "around 8:10 p.m.", "20:10"), ("laundromat_kjrh", "8:12 p.m.", "20:12"))
fact("laundromat/date", "agree", ("laundromat_ktul", "Thursday", "2026-10-15", "on Thursday night"),
     ("laundromat_tulsaworld", "Thursday", "2026-10-15", "laundromat on Thursday night"),
     ("laundromat_tulsaworld", "Thursday", "2026-10-15", "at the scene Thursday"),
     ("laundromat_kjrh", "Thursday", "2026-10-15", "laundromat Thursday night"),
     ("laundromat_kjrh", "Thursday", "2026-10-15", "8:12 p.m. Thursday"))
fact("laundromat/woman-died", "agree", ("laundromat_tulsaworld", "Friday", "2026-10-16", "died Friday morning, police said"),
     ("laundromat_kjrh", "Friday", "2026-10-16", "died Friday morning at"))
fact("laundromat/suspect-age", "agree", ("laundromat_tulsaworld", "24", 24, "suspect, 24"), ("laundromat_tulsaworld", "24", 24, "Porter, 24"),
     ("laundromat_kjrh", "24", 24, "Man, 24"), ("laundromat_kjrh", "24", 24, "Porter, 24"))
fact("laundromat/arrest-day", "agree", ("laundromat_tulsaworld", "Friday", "2026-10-16", "2:30 a.m. Friday"),
     ("laundromat_kjrh", "Friday", "2026-10-16", "early Friday"))
fact("laundromat/murder-counts", "agree", ("laundromat_tulsaworld", "two", 2, "two complaints"), ("laundromat_kjrh", "two", 2, "two counts"))
fact("laundromat/rounds", "conflict", ("laundromat_tulsaworld", "11", 11, "fired 11 rounds"), ("laundromat_kjrh", "eight", 8, "eight shots"))
fact("laundromat/casings", "agree", ("laundromat_ktul", "at least eight", 8), ("laundromat_tulsaworld", "11", 11, "11 shell casings"))
fact("laundromat/inside", "agree", ("laundromat_ktul", "About a dozen", 12), ("laundromat_tulsaworld", "About a dozen", 12),
     ("laundromat_kjrh", "Twelve", 12))
fact("laundromat/block", "agree", ("laundromat_ktul", "1500 block", 1500), ("laundromat_kjrh", "1500 block", 1500))
fact("laundromat/wounded-early", "single", ("laundromat_ktul", "2", 2, "2 hurt"), ("laundromat_ktul", "two", 2, "two others are hurt"))
fact("laundromat/pair", "single", ("laundromat_ktul", "two", 2, "the two had argued"))
fact("laundromat/years-open", "single", ("laundromat_ktul", "15 years", 15))
fact("laundromat/hours", "single", ("laundromat_ktul", "24 hours", 24))
fact("laundromat/phone", "single", ("laundromat_ktul", "918-596-2677", None))
fact("laundromat/woman-death-time", "single", ("laundromat_tulsaworld", "shortly after 6 a.m.", "06:00"))
fact("laundromat/arrest-time", "single", ("laundromat_tulsaworld", "about 2:30 a.m.", "02:30"))
fact("laundromat/argument-time", "single", ("laundromat_tulsaworld", "shortly after 8 p.m.", "20:00"))
fact("laundromat/street-no", "single", ("laundromat_tulsaworld", "1521", 1521))
fact("laundromat/children", "single", ("laundromat_tulsaworld", "three children", 3))
fact("laundromat/aunt-age", "single", ("laundromat_tulsaworld", "58", 58))
fact("laundromat/boy-released", "single", ("laundromat_tulsaworld", "Friday", "2026-10-16", "released Friday"))
fact("laundromat/two-years", "single", ("laundromat_tulsaworld", "two", 2, "in two years"))
fact("laundromat/minutes-there", "single", ("laundromat_tulsaworld", "20 minutes", 20))
fact("laundromat/homicide-no", "single", ("laundromat_tulsaworld", "48th and 49th", 48))
fact("laundromat/2025-homicides", "single", ("laundromat_tulsaworld", "63", 63))
fact("laundromat/admiral", "single", ("laundromat_tulsaworld", "March 2024", "2024-03"))
fact("laundromat/vigil-time", "single", ("laundromat_tulsaworld", "7 p.m.", "19:00"))
fact("laundromat/vigil-day", "single", ("laundromat_tulsaworld", "Sunday", "2026-10-18"))
fact("laundromat/released-month", "single", ("laundromat_kjrh", "June", "2026-06"))
fact("laundromat/prison-term", "single", ("laundromat_kjrh", "four years", 4))
fact("laundromat/robbery-year", "single", ("laundromat_kjrh", "2021", 2021))
fact("laundromat/neighbor-distance", "single", ("laundromat_kjrh", "two", 2, "two blocks"))
fact("laundromat/charged-day", "single", ("laundromat_kjrh", "Friday", "2026-10-16", "police said Friday"))
fact("laundromat/neighbor-age", "single", ("laundromat_kjrh", "71", 71))
fact("laundromat/court", "single", ("laundromat_kjrh", "Monday", "2026-10-19"))
# ---- co: carbon-monoxide poisoning of a family, 2900 block of Charles Street, Rockford, Ill., Sunday 18 January 2026
#      ~7:26-7:30 a.m. (blocked furnace vent). WREX (Sunday): five hospitalized, no deaths; Register Star / WIFR: six,
#      grandmother died Monday (76 / 74); CO reading "about 400" ppm vs "more than 500" / "about 550".
fact("co/hospitalized", "conflict", ("co_wrex", "Five", 5, "Five hospitalized"), ("co_wrex", "Five", 5, "Five members"),
     ("co_rrstar", "Six", 6, "Six people in all"), ("co_wifr", "Six", 6, "Six people were hospitalized"))
fact("co/others", "agree", ("co_rrstar", "five", 5, "five relatives"), ("co_wifr", "Five", 5, "Five other family members"))
fact("co/grandmother-age", "conflict", ("co_rrstar", "76-year-old", 76), ("co_wifr", "74", 74, "grandmother, 74"),
     ("co_wifr", "74", 74, "Alvarez, 74"))
fact("co/death-day", "agree", ("co_rrstar", "Monday", "2026-01-19", "died Monday, a day"), ("co_wifr", "Monday", "2026-01-19", "died Monday."))
fact("co/ppm", "conflict", ("co_wrex", "about 400 parts per million", 400), ("co_rrstar", "more than 500 ppm", 500),
     ("co_wifr", "about 550 parts per million", 550))
fact("co/critical", "agree", ("co_wrex", "Two", 2, "Two people, a woman"), ("co_wrex", "two", 2, "two critical"),
     ("co_wifr", "Two", 2, "Two of them were in critical"))
fact("co/time", "agree", ("co_wrex", "around 7:30 a.m.", "07:30"), ("co_rrstar", "7:26 a.m.", "07:26"))
fact("co/date", "agree", ("co_wrex", "Sunday", "2026-01-18", "hospitals Sunday morning"), ("co_wrex", "Sunday", "2026-01-18", "7:30 a.m. Sunday"),
     ("co_rrstar", "Sunday", "2026-01-18", "Charles Street on Sunday"), ("co_wifr", "Sunday", "2026-01-18", "after the Sunday morning"),
     ("co_wifr", "Sunday", "2026-01-18", "7:30 a.m. Sunday"))
fact("co/block", "agree", ("co_wrex", "2900 block", 2900), ("co_rrstar", "2900 block", 2900))
fact("co/caller-age", "conflict", ("co_wrex", "15-year-old", 15), ("co_wifr", "14-year-old", 14))
fact("co/girl-age", "agree", ("co_rrstar", "9-year-old", 9), ("co_wifr", "9-year-old", 9))
fact("co/temperature", "agree", ("co_wrex", "8 below zero", -8), ("co_wifr", "minus 8 degrees", -8))
fact("co/no-deaths-early", "single", ("co_wrex", "No one", 0, "No one has died"))
fact("co/critical-day", "single", ("co_wrex", "Sunday", "2026-01-18", "Sunday afternoon"))
fact("co/temperature-day", "single", ("co_wrex", "Sunday", "2026-01-18", "zero Sunday morning"))
fact("co/symptom-level", "single", ("co_wrex", "100 ppm", 100))
fact("co/symptom-hours", "single", ("co_wrex", "a few hours", 3))
fact("co/law-year", "single", ("co_wrex", "2007", 2007))
fact("co/engines", "single", ("co_wrex", "Four", 4, "Four engines"))
fact("co/ambulances", "single", ("co_wrex", "two", 2, "two ambulances"))
fact("co/phone", "single", ("co_wrex", "779-348-7280", None))
fact("co/girl-critical-day", "single", ("co_rrstar", "Monday", "2026-01-19", "critical condition Monday"))
fact("co/vent-said", "single", ("co_rrstar", "Monday", "2026-01-19", "officials said Monday"))
fact("co/autopsy", "single", ("co_rrstar", "Tuesday", "2026-01-20"))
fact("co/furnace-age", "single", ("co_rrstar", "20-year-old", 20))
fact("co/neighbor-age", "single", ("co_rrstar", "66", 66))
fact("co/us-deaths", "single", ("co_rrstar", "more than 400", 400))
fact("co/er-visits", "single", ("co_rrstar", "about 100,000", 100000))
fact("co/december-treated", "single", ("co_rrstar", "three", 3, "three people were treated"))
fact("co/december", "single", ("co_rrstar", "December", "2025-12"))
fact("co/detectors-given", "single", ("co_rrstar", "1,200", 1200))
fact("co/children", "single", ("co_wifr", "four", 4, "four children"))
fact("co/father-age", "single", ("co_wifr", "41", 41))
fact("co/arrival", "single", ("co_wifr", "shortly after 7:30 a.m.", "07:30"))
fact("co/snow", "single", ("co_wifr", "9 inches", 9))
fact("co/replace", "single", ("co_wifr", "five to seven years", 6))
fact("co/years-lived", "single", ("co_wifr", "more than 30 years", 30))
fact("co/house-bought", "single", ("co_wifr", "2019", 2019))
# ---- standoff: barricaded man fires on deputies serving a protection order, 1400 block of North Vista Road, Spokane
#      Valley, Wash., Thursday 3 September 2026 ~5:45 p.m., surrender 4:38 a.m. Friday. Suspect 47/48/47; length
#      "nearly 11 hours" (KREM) vs "more than 12 hours" (KXLY); homes evacuated "About 30" / "more than 40" / 34.
fact("standoff/suspect-age", "conflict", ("standoff_krem", "47", 47, "The man, 47"), ("standoff_spokesman", "48", 48, "Kimbrough, 48"),
     ("standoff_kxly", "47", 47, "Kimbrough, 47"))
fact("standoff/length", "conflict", ("standoff_krem", "nearly 11 hours", 11), ("standoff_spokesman", "11-hour", 11),
     ("standoff_kxly", "more than 12 hours", 12, "surrenders after more than 12 hours"),
     ("standoff_kxly", "more than 12 hours", 12, "standoff of more than 12 hours"))
fact("standoff/start", "agree", ("standoff_krem", "about 5:45 p.m.", "17:45"), ("standoff_spokesman", "shortly before 6 p.m.", "18:00"),
     ("standoff_kxly", "5:47 p.m.", "17:47"))
fact("standoff/date", "agree", ("standoff_krem", "Thursday", "2026-09-03", "deputies Thursday evening"),
     ("standoff_krem", "Thursday", "2026-09-03", "5:45 p.m. Thursday"), ("standoff_spokesman", "Thursday", "2026-09-03", "6 p.m. Thursday"),
     ("standoff_kxly", "Thursday", "2026-09-03", "4:30 p.m. Thursday"))
fact("standoff/end", "agree", ("standoff_krem", "4:38 a.m.", "04:38"), ("standoff_spokesman", "about 4:40 a.m.", "04:40"),
     ("standoff_kxly", "4:38 a.m.", "04:38"))
fact("standoff/end-day", "agree", ("standoff_krem", "Friday", "2026-09-04", "custody early Friday"),
     ("standoff_krem", "Friday", "2026-09-04", "4:38 a.m. Friday"), ("standoff_spokesman", "Friday", "2026-09-04", "4:40 a.m. Friday"),
     ("standoff_kxly", "Friday", "2026-09-04", "early Friday morning"), ("standoff_kxly", "Friday", "2026-09-04", "4:38 a.m. Friday"))
fact("standoff/block", "agree", ("standoff_krem", "1400 block", 1400), ("standoff_spokesman", "1400 block", 1400))
fact("standoff/rounds", "conflict", ("standoff_krem", "at least a dozen", 12), ("standoff_spokesman", "about 20", 20),
     ("standoff_kxly", "more than 25", 25))
fact("standoff/homes", "conflict", ("standoff_krem", "About 30", 30), ("standoff_spokesman", "more than 40", 40), ("standoff_kxly", "34", 34))
fact("standoff/bail", "agree", ("standoff_spokesman", "$750,000", 750000, "held on $750,000"),
     ("standoff_spokesman", "$750,000", 750000, "held Friday on"), ("standoff_kxly", "$750,000", 750000))
fact("standoff/counts", "agree", ("standoff_spokesman", "four counts", 4), ("standoff_kxly", "four counts", 4))
fact("standoff/guns", "agree", ("standoff_spokesman", "five firearms", 5), ("standoff_kxly", "five guns", 5))
fact("standoff/bail-day", "agree", ("standoff_spokesman", "Friday", "2026-09-04", "ordered held Friday"),
     ("standoff_kxly", "Friday", "2026-09-04", "$750,000 on Friday"))
fact("standoff/shelter-distance", "single", ("standoff_krem", "about half a mile", 0.5))
fact("standoff/gas-time", "single", ("standoff_krem", "shortly after 3 a.m.", "03:00"))
fact("standoff/school-closed", "single", ("standoff_krem", "Friday", "2026-09-04", "closed Friday"))
fact("standoff/road-closed", "single", ("standoff_krem", "Friday", "2026-09-04", "avenues Friday morning"))
fact("standoff/classes-resume", "single", ("standoff_krem", "Monday", "2026-09-07"))
fact("standoff/order-month", "single", ("standoff_spokesman", "July", "2026-07", "obtained in July"), ("standoff_spokesman", "July", "2026-07", "judge in July"))
fact("standoff/appearance", "single", ("standoff_spokesman", "Friday", "2026-09-04", "Friday afternoon"))
fact("standoff/vehicles-hit", "single", ("standoff_spokesman", "two armored vehicles", 2))
fact("standoff/rifles", "single", ("standoff_spokesman", "two rifles", 2))
fact("standoff/threat-month", "single", ("standoff_spokesman", "June", "2026-06"))
fact("standoff/neighbor-age", "single", ("standoff_spokesman", "63", 63))
fact("standoff/mead-year", "single", ("standoff_spokesman", "2023", 2023))
fact("standoff/mead-length", "single", ("standoff_spokesman", "nine hours", 9))
fact("standoff/training", "single", ("standoff_spokesman", "more than 200 hours", 200))
fact("standoff/next-hearing", "single", ("standoff_spokesman", "Sept. 17", "2026-09-17"))
fact("standoff/first-call", "single", ("standoff_kxly", "around 4:30 p.m.", "16:30"))
fact("standoff/deputies", "single", ("standoff_kxly", "19", 19))
fact("standoff/resident-age", "single", ("standoff_kxly", "80-year-old", 80))
fact("standoff/dui", "single", ("standoff_kxly", "two prior convictions", 2))
fact("standoff/dui-year1", "single", ("standoff_kxly", "2009", 2009))
fact("standoff/dui-year2", "single", ("standoff_kxly", "2015", 2015))
fact("standoff/calls-2026", "single", ("standoff_kxly", "11", 11, "11 barricaded"))
fact("standoff/calls-2025", "single", ("standoff_kxly", "7", 7, "with 7 in all"))
fact("standoff/helpline", "single", ("standoff_kxly", "509-326-2255", None))
# ---- cargoplane: Kestrel Air Cargo Boeing 747-400F overruns the runway landing in heavy rain at Liege airport,
#      Belgium, Tuesday 9 June 2026 ~21:38-21:40. Aboard four crew (Reuters, FlightGlobal) vs five (Brussels Times);
#      overrun "about 300 metres" / "some 200 metres" / "around 250m"; aircraft 27 (Reuters) vs 28 years (FlightGlobal).
fact("cargoplane/aboard", "conflict", ("cargoplane_reuters", "four", 4, "two of its four crew"),
     ("cargoplane_brusselstimes", "five", 5, "five people on board"), ("cargoplane_flightglobal", "four", 4, "four crew members"))
fact("cargoplane/injured", "agree", ("cargoplane_reuters", "two", 2, "two crew hurt"), ("cargoplane_reuters", "two", 2, "injuring two of its"),
     ("cargoplane_reuters", "two", 2, "The two injured"), ("cargoplane_brusselstimes", "Two", 2, "Two crew members"),
     ("cargoplane_flightglobal", "Two", 2, "Two of them"))
fact("cargoplane/overrun", "conflict", ("cargoplane_reuters", "about 300 metres", 300), ("cargoplane_brusselstimes", "some 200 metres", 200),
     ("cargoplane_flightglobal", "around 250m", 250), ("cargoplane_flightglobal", "820ft", None))
fact("cargoplane/time", "agree", ("cargoplane_reuters", "around 21:40", "21:40"), ("cargoplane_brusselstimes", "9.38pm", "21:38"),
     ("cargoplane_brusselstimes", "around 9.40pm", "21:40"), ("cargoplane_flightglobal", "21:38", "21:38"),
     ("cargoplane_flightglobal", "19:38 UTC", None))
fact("cargoplane/date", "agree", ("cargoplane_reuters", "Tuesday", "2026-06-09", "Tuesday night"),
     ("cargoplane_brusselstimes", "Tuesday", "2026-06-09", "late on Tuesday evening"), ("cargoplane_flightglobal", "9 June", "2026-06-09"))
fact("cargoplane/aircraft-age", "conflict", ("cargoplane_reuters", "27-year-old", 27), ("cargoplane_flightglobal", "28 years old", 28))
fact("cargoplane/cargo", "conflict", ("cargoplane_reuters", "about 100 tonnes", 100), ("cargoplane_brusselstimes", "86 tonnes", 86),
     ("cargoplane_flightglobal", "about 100t", 100))
fact("cargoplane/diverted", "agree", ("cargoplane_reuters", "More than 20", 20), ("cargoplane_brusselstimes", "At least 23", 23),
     ("cargoplane_flightglobal", "23", 23, "23 diverted"))
fact("cargoplane/reopen", "agree", ("cargoplane_reuters", "Thursday", "2026-06-11", "reopen on Thursday"),
     ("cargoplane_brusselstimes", "Thursday", "2026-06-11", "should reopen on Thursday"), ("cargoplane_flightglobal", "11 June", "2026-06-11"))
fact("cargoplane/runway-length", "agree", ("cargoplane_brusselstimes", "3,690 metres", 3690), ("cargoplane_flightglobal", "3,690m", 3690),
     ("cargoplane_flightglobal", "12,106ft", None))
fact("cargoplane/rank", "single", ("cargoplane_reuters", "sixth-busiest", 6))
fact("cargoplane/2025-tonnes", "single", ("cargoplane_reuters", "about 1.1 million tonnes", 1.1e6))
fact("cargoplane/2025", "single", ("cargoplane_reuters", "2025", 2025))
fact("cargoplane/growth", "single", ("cargoplane_reuters", "4%", 4))
fact("cargoplane/fleet", "single", ("cargoplane_reuters", "nine", 9, "fleet of nine"))
fact("cargoplane/2018", "single", ("cargoplane_reuters", "2018", 2018))
fact("cargoplane/closed-day", "single", ("cargoplane_brusselstimes", "Wednesday", "2026-06-10", "remains closed on Wednesday"))
fact("cargoplane/rain", "single", ("cargoplane_brusselstimes", "More than 12 millimetres", 12))
fact("cargoplane/warning-start", "single", ("cargoplane_brusselstimes", "6pm", "18:00"))
fact("cargoplane/warning-start-day", "single", ("cargoplane_brusselstimes", "Tuesday", "2026-06-09", "6pm on Tuesday"))
fact("cargoplane/warning-end-day", "single", ("cargoplane_brusselstimes", "Wednesday", "2026-06-10", "3am on Wednesday"))
fact("cargoplane/recovery-day", "single", ("cargoplane_brusselstimes", "Wednesday", "2026-06-10", "Wednesday afternoon"))
fact("cargoplane/warning-end", "single", ("cargoplane_brusselstimes", "3am", "03:00"))
fact("cargoplane/resident-age", "single", ("cargoplane_brusselstimes", "52-year-old", 52))
fact("cargoplane/workers", "single", ("cargoplane_brusselstimes", "Around 9,000", 9000))
fact("cargoplane/since", "single", ("cargoplane_brusselstimes", "2020", 2020))
fact("cargoplane/minister", "single", ("cargoplane_brusselstimes", "Thursday", "2026-06-11", "visit the site on Thursday"))
fact("cargoplane/speed", "single", ("cargoplane_flightglobal", "about 40kt", 40))
fact("cargoplane/tailwind", "single", ("cargoplane_flightglobal", "up to 10kt", 10))
fact("cargoplane/visibility", "single", ("cargoplane_flightglobal", "about 3,000m", 3000))
fact("cargoplane/delivered", "single", ("cargoplane_flightglobal", "1998", 1998))
fact("cargoplane/converted", "single", ("cargoplane_flightglobal", "2012", 2012))
fact("cargoplane/747s", "single", ("cargoplane_flightglobal", "seven", 7))
fact("cargoplane/777s", "single", ("cargoplane_flightglobal", "two 777Fs", 2))
fact("cargoplane/check", "single", ("cargoplane_flightglobal", "March", "2026-03"))
# ---- watermain: trunk water main bursts under Hope Street, Glasgow city centre, Thursday 12 March 2026 ~05:15-05:20,
#      isolated ~08:30. Pipe 36-inch (BBC) vs 1.2-metre (Herald); without water "About 20,000" vs "More than 30,000";
#      streets closed five vs six.
fact("watermain/diameter", "conflict", ("watermain_bbc", "36-inch", 36), ("watermain_bbc", "90cm", None), ("watermain_herald", "1.2-metre", 1.2))
fact("watermain/time", "agree", ("watermain_bbc", "shortly after 05:00", "05:00"), ("watermain_herald", "about 5.20am", "05:20"),
     ("watermain_stv", "05:15", "05:15"))
fact("watermain/date", "agree", ("watermain_bbc", "Thursday", "2026-03-12", "early hours of Thursday"),
     ("watermain_herald", "yesterday", "2026-03-12", "5.20am yesterday"), ("watermain_stv", "Thursday", "2026-03-12", "05:15 on Thursday"),
     ("watermain_stv", "Thursday", "2026-03-12", "Thursday morning"))
fact("watermain/without-water", "conflict", ("watermain_bbc", "About 20,000", 20000), ("watermain_stv", "more than 30,000", 30000),
     ("watermain_stv", "More than 30,000", 30000))
fact("watermain/streets", "conflict", ("watermain_bbc", "five streets", 5), ("watermain_stv", "Six streets", 6))
fact("watermain/depth", "agree", ("watermain_bbc", "up to 60cm", 60), ("watermain_bbc", "2ft", None), ("watermain_stv", "up to 50cm", 50))
fact("watermain/litres", "conflict", ("watermain_bbc", "an estimated 10 million litres", 1e7), ("watermain_herald", "Some 15 million litres", 1.5e7))
fact("watermain/isolated", "agree", ("watermain_bbc", "about 08:30", "08:30"), ("watermain_stv", "around 8.30am", "08:30"))
fact("watermain/pipe-age", "agree", ("watermain_bbc", "more than 100 years old", 100), ("watermain_herald", "128 years old", 128))
fact("watermain/restored", "agree", ("watermain_bbc", "Saturday", "2026-03-14"), ("watermain_herald", "Saturday", "2026-03-14"),
     ("watermain_stv", "Saturday", "2026-03-14"))
fact("watermain/phone", "single", ("watermain_bbc", "0800 0778 778", None))
fact("watermain/engineers", "single", ("watermain_bbc", "More than 60", 60))
fact("watermain/stations", "single", ("watermain_bbc", "three locations", 3))
fact("watermain/bursts-year", "single", ("watermain_bbc", "about 7,000", 7000))
fact("watermain/network", "single", ("watermain_bbc", "30,000 miles", 30000))
fact("watermain/businesses", "single", ("watermain_herald", "At least 40", 40))
fact("watermain/cost", "single", ("watermain_herald", "more than £3 million", 3e6))
fact("watermain/laid", "single", ("watermain_herald", "1898", 1898))
fact("watermain/isolate-after", "single", ("watermain_herald", "three hours later", 3))
fact("watermain/owner-age", "single", ("watermain_herald", "59", 59))
fact("watermain/cafe-years", "single", ("watermain_herald", "26 years", 26))
fact("watermain/edinburgh-fund", "single", ("watermain_herald", "£500,000", 500000))
fact("watermain/edinburgh-year", "single", ("watermain_herald", "2023", 2023))
fact("watermain/investment", "single", ("watermain_herald", "£1.2 billion", 1.2e9))
fact("watermain/plan-start", "single", ("watermain_herald", "2021", 2021))
fact("watermain/plan-end", "single", ("watermain_herald", "2027", 2027))
fact("watermain/share-old", "single", ("watermain_herald", "a quarter", 25))
fact("watermain/pre-year", "single", ("watermain_herald", "1914", 1914))
fact("watermain/inspection", "single", ("watermain_herald", "Monday", "2026-03-16"))
fact("watermain/bus-routes", "single", ("watermain_stv", "14 bus routes", 14))
fact("watermain/basements", "single", ("watermain_stv", "about 45", 45))
fact("watermain/worker-age", "single", ("watermain_stv", "27", 27))
fact("watermain/worker-years", "single", ("watermain_stv", "10 years", 10))
fact("watermain/gwr-homes", "single", ("watermain_stv", "about 3,000", 3000))
# ---- jobs: Statistics Canada labour force survey for October 2026, released Friday 6 November 2026: +38,200 jobs,
#      unemployment 6.6%. Prior month's rate 6.8% (Reuters) vs 6.9% (CBC/CP); youth rate 13.9% vs 14.1%; Ontario
#      21,000 vs 22,400; wage growth 3.4% (Reuters, CBC) vs 3.5% (Globe).
fact("jobs/added", "agree", ("jobs_reuters", "38,200", 38200), ("jobs_cbc", "38,000", 38000, "adds 38,000"),
     ("jobs_cbc", "38,000", 38000, "added 38,000"), ("jobs_globe", "about 38,000", 38000))
fact("jobs/rate", "agree", ("jobs_reuters", "6.6%", 6.6, "dips to 6.6%"), ("jobs_reuters", "6.6%", 6.6, "fell to 6.6%"),
     ("jobs_cbc", "6.6%", 6.6), ("jobs_cbc", "6.6 per cent", 6.6), ("jobs_globe", "6.6 per cent", 6.6))
fact("jobs/prev-rate", "conflict", ("jobs_reuters", "6.8%", 6.8, "from 6.8% in September"), ("jobs_cbc", "6.9 per cent", 6.9))
fact("jobs/month", "agree", ("jobs_reuters", "October", "2026-10", "expected in October"), ("jobs_reuters", "October", "2026-10", "jobs in October"),
     ("jobs_cbc", "October", "2026-10", "fell in October"), ("jobs_globe", "October", "2026-10", "gain in October"),
     ("jobs_globe", "October", "2026-10", "back in October"), ("jobs_globe", "October", "2026-10", "14.1 per cent in October"))
fact("jobs/release-day", "agree", ("jobs_reuters", "Friday", "2026-11-06"), ("jobs_cbc", "Friday", "2026-11-06"), ("jobs_globe", "Friday", "2026-11-06"))
fact("jobs/full-time", "agree", ("jobs_reuters", "52,600", 52600), ("jobs_globe", "about 53,000", 53000))
fact("jobs/part-time", "agree", ("jobs_reuters", "14,400", 14400), ("jobs_cbc", "14,000", 14000))
fact("jobs/ontario", "conflict", ("jobs_cbc", "21,000", 21000), ("jobs_globe", "22,400", 22400))
fact("jobs/wages", "conflict", ("jobs_reuters", "3.4%", 3.4), ("jobs_cbc", "3.4 per cent", 3.4), ("jobs_globe", "3.5 per cent", 3.5))
fact("jobs/youth", "conflict", ("jobs_reuters", "13.9%", 13.9), ("jobs_globe", "14.1 per cent", 14.1))
fact("jobs/participation", "agree", ("jobs_reuters", "65.1%", 65.1), ("jobs_globe", "65.1 per cent", 65.1))
fact("jobs/boc-date", "agree", ("jobs_reuters", "Dec. 9", "2026-12-09"), ("jobs_globe", "Dec. 9", "2026-12-09"))
fact("jobs/policy-rate", "agree", ("jobs_reuters", "2.25%", 2.25), ("jobs_globe", "2.25 per cent", 2.25))
fact("jobs/forecast", "agree", ("jobs_reuters", "15,000", 15000), ("jobs_globe", "about 15,000", 15000))
fact("jobs/students", "single", ("jobs_cbc", "October", "2026-10", "not collected in October"))
fact("jobs/forecast-rate", "single", ("jobs_reuters", "6.8%", 6.8, "unemployment rate of 6.8%"))
fact("jobs/sept-wages", "single", ("jobs_reuters", "3.6%", 3.6))
fact("jobs/youth-high", "single", ("jobs_reuters", "2014", 2014))
fact("jobs/held-since", "single", ("jobs_reuters", "October 2025", "2025-10"))
fact("jobs/odds-after", "single", ("jobs_reuters", "about 20%", 20))
fact("jobs/odds-before", "single", ("jobs_reuters", "35%", 35))
fact("jobs/cad-change", "single", ("jobs_reuters", "0.4%", 0.4))
fact("jobs/cad-level", "single", ("jobs_reuters", "1.3850", 1.385))
fact("jobs/cad-cents", "single", ("jobs_reuters", "72.20", 72.2))
fact("jobs/yield-change", "single", ("jobs_reuters", "6 basis points", 6))
fact("jobs/yield", "single", ("jobs_reuters", "2.41%", 2.41))
fact("jobs/hours", "single", ("jobs_reuters", "0.3%", 0.3))
fact("jobs/last-drop", "single", ("jobs_cbc", "June", "2026-06", "since June"))
fact("jobs/best-since", "single", ("jobs_cbc", "January", "2026-01"))
fact("jobs/alberta", "single", ("jobs_cbc", "5,000", 5000, "Employment fell by 5,000"))
fact("jobs/wage-level", "single", ("jobs_cbc", "$37.12", 37.12))
fact("jobs/manufacturing", "single", ("jobs_cbc", "17,000", 17000))
fact("jobs/mfg-months", "single", ("jobs_cbc", "four months", 4))
fact("jobs/health", "single", ("jobs_cbc", "12,000", 12000))
fact("jobs/sample", "single", ("jobs_cbc", "about 65,000", 65000))
fact("jobs/next-report", "single", ("jobs_cbc", "Dec. 4", "2026-12-04"))
fact("jobs/rate-change", "single", ("jobs_globe", "two-tenths of a percentage point", 0.2))
fact("jobs/youth-august", "single", ("jobs_globe", "14.3 per cent", 14.3))
fact("jobs/youth-august-month", "single", ("jobs_globe", "August", "2026-08"))
fact("jobs/employment-rate", "single", ("jobs_globe", "60.9 per cent", 60.9))
fact("jobs/cuts-total", "single", ("jobs_globe", "2.75 percentage points", 2.75))
fact("jobs/cuts-since", "single", ("jobs_globe", "June 2024", "2024-06"))
fact("jobs/gdp-q2", "single", ("jobs_globe", "1.6 per cent", 1.6))
# ---- whales: mass stranding of long-finned pilot whales on Farewell Spit, Golden Bay, New Zealand, found ~6.30am
#      Saturday 14 November 2026; survivors refloated Sunday 15 November. RNZ (Saturday): "About 130" stranded,
#      70 dead; NZ Herald / AFP (Sunday): 162 / 160 stranded, 98 / "Nearly 100" dead; refloated 10.40am vs 11:20 am.
fact("whales/stranded", "conflict", ("whales_rnz", "About 130", 130), ("whales_nzherald", "162", 162), ("whales_afp", "160", 160))
fact("whales/dead", "conflict", ("whales_rnz", "Dozens", 24), ("whales_rnz", "70", 70, "and 70 have already died"),
     ("whales_nzherald", "98", 98, "death toll hits 98"), ("whales_nzherald", "98", 98, "but 98 others"),
     ("whales_afp", "Nearly 100", 100, "Nearly 100 whales die"), ("whales_afp", "Nearly 100", 100, "Nearly 100 pilot whales"))
fact("whales/refloated", "agree", ("whales_nzherald", "64", 64, "64 whales refloated"), ("whales_nzherald", "64", 64, "refloated 64"),
     ("whales_afp", "more than 60", 60))
fact("whales/date", "agree", ("whales_rnz", "today", "2026-11-14", "6.30am today"), ("whales_nzherald", "Saturday", "2026-11-14", "early on Saturday"),
     ("whales_afp", "Saturday", "2026-11-14", "on Saturday morning"))
fact("whales/stretch", "conflict", ("whales_rnz", "3km", 3), ("whales_nzherald", "about 2 kilometres", 2))
fact("whales/volunteers", "agree", ("whales_rnz", "More than 200", 200), ("whales_nzherald", "About 500", 500), ("whales_afp", "Some 500", 500))
fact("whales/refloat-time", "conflict", ("whales_nzherald", "10.40am", "10:40"), ("whales_afp", "11:20 am", "11:20"))
fact("whales/refloat-day", "agree", ("whales_nzherald", "today", "2026-11-15", "10.40am today"), ("whales_afp", "Sunday", "2026-11-15", "11:20 am on Sunday"))
fact("whales/first-attempt-day", "agree", ("whales_nzherald", "Saturday", "2026-11-14", "Saturday night's high tide"),
     ("whales_afp", "Saturday", "2026-11-14", "late Saturday"))
fact("whales/2017-date", "agree", ("whales_rnz", "February 2017", "2017-02"), ("whales_afp", "2017", 2017))
fact("whales/2017-count", "agree", ("whales_rnz", "about 600", 600), ("whales_afp", "around 600", 600))
fact("whales/length", "agree", ("whales_rnz", "around six metres", 6), ("whales_afp", "six metres", 6), ("whales_afp", "20 feet", None))
fact("whales/found-time", "single", ("whales_rnz", "about 6.30am", "06:30"))
fact("whales/high-tide", "single", ("whales_rnz", "about 8.10pm", "20:10"))
fact("whales/2017-dead", "single", ("whales_rnz", "About 250", 250))
fact("whales/2017-days", "single", ("whales_rnz", "two days", 2))
fact("whales/water-temp", "single", ("whales_rnz", "about 15C", 15))
fact("whales/phone", "single", ("whales_rnz", "0800 362 468", None))
fact("whales/weight", "single", ("whales_rnz", "up to 2.3 tonnes", 2.3))
fact("whales/since", "single", ("whales_nzherald", "nearly a decade", 10))
fact("whales/volunteer-age", "single", ("whales_nzherald", "34", 34))
fact("whales/euthanised", "single", ("whales_nzherald", "Eight", 8))
fact("whales/help-days", "single", ("whales_nzherald", "two days", 2))
fact("whales/per-year", "single", ("whales_nzherald", "about 300", 300))
fact("whales/chatham-year", "single", ("whales_nzherald", "1918", 1918))
fact("whales/chatham-count", "single", ("whales_nzherald", "about 1000", 1000))
fact("whales/restrand", "single", ("whales_nzherald", "up to 48 hours", 48))
fact("whales/return-day", "single", ("whales_nzherald", "tomorrow", "2026-11-16"))
fact("whales/said-day", "single", ("whales_afp", "Sunday", "2026-11-15", "officials said Sunday"))
fact("whales/spit-length", "single", ("whales_afp", "30-kilometre-long", 30))
fact("whales/tasmania-date", "single", ("whales_afp", "September 2020", "2020-09"))
fact("whales/tasmania-count", "single", ("whales_afp", "around 470", 470))
fact("whales/tasmania-dead", "single", ("whales_afp", "About 350", 350))
# ---- chess: game 7 of the (fictional) 2026 world championship match, Arjun Mehta (India) beats Tomasz Wrona (Poland),
#      London, Thursday 23 April 2026; Mehta leads 4-3. Moves 41 (AFP, TOI) vs 42 (Chess.com); length "nearly six
#      hours" / 5h47 vs "more than six hours" (TOI); Mehta 22 vs 21; game 6 drawn in 29 vs 31 moves.
fact("chess/game", "agree", ("chess_afp", "game seven", 7), ("chess_chesscom", "Game 7", 7), ("chess_chesscom", "game 7", 7),
     ("chess_toi", "Game 7", 7, "in Game 7 of the World"), ("chess_toi", "Game 7", 7, "watching Game 7"))
fact("chess/moves", "conflict", ("chess_afp", "41 moves", 41), ("chess_chesscom", "move 42", 42), ("chess_toi", "41 moves", 41))
fact("chess/length", "conflict", ("chess_afp", "nearly six hours", 6), ("chess_chesscom", "5 hours and 47 minutes", 5.78),
     ("chess_toi", "six-hour", 6), ("chess_toi", "more than six hours", 6))
fact("chess/score", "agree", ("chess_afp", "4-3", "4-3"), ("chess_chesscom", "4-3", "4-3", "Leads World Championship 4-3"),
     ("chess_chesscom", "4-3", "4-3", "score 4-3"), ("chess_toi", "4-3", "4-3", "takes 4-3 lead"), ("chess_toi", "4-3", "4-3", "go 4-3 up"))
fact("chess/match-games", "agree", ("chess_afp", "14-game", 14), ("chess_chesscom", "14 classical games", 14), ("chess_toi", "14-game", 14))
fact("chess/target", "agree", ("chess_afp", "7.5 points", 7.5), ("chess_toi", "7.5", 7.5))
fact("chess/games-left", "agree", ("chess_afp", "seven games left", 7), ("chess_chesscom", "seven games to go", 7),
     ("chess_toi", "remaining seven games", 7))
fact("chess/prize", "agree", ("chess_afp", "$2.5 million", 2.5e6), ("chess_toi", "2.5 million dollars", 2.5e6))
fact("chess/champion-age", "conflict", ("chess_afp", "22", 22, "Mehta, 22"), ("chess_toi", "21-year-old", 21))
fact("chess/challenger-age", "agree", ("chess_afp", "33", 33, "Wrona, 33"), ("chess_toi", "33", 33, "Wrona, 33"))
fact("chess/date", "agree", ("chess_afp", "Thursday", "2026-04-23", "London on Thursday"), ("chess_afp", "Thursday", "2026-04-23", "Thursday's game"),
     ("chess_toi", "Thursday", "2026-04-23"))
fact("chess/game8-day", "agree", ("chess_afp", "Saturday", "2026-04-25"), ("chess_chesscom", "Saturday", "2026-04-25"),
     ("chess_toi", "Saturday", "2026-04-25"))
fact("chess/game8-time", "single", ("chess_chesscom", "3 p.m.", "15:00"), ("chess_chesscom", "10 a.m. ET", None))
fact("chess/title-age", "agree", ("chess_afp", "18", 18, "age of 18"), ("chess_toi", "18", 18, "champion at 18"))
fact("chess/title-year", "agree", ("chess_afp", "2024", 2024), ("chess_toi", "2024", 2024))
fact("chess/game6-moves", "conflict", ("chess_afp", "29-move", 29), ("chess_chesscom", "31 moves", 31))
fact("chess/game5-day", "single", ("chess_afp", "Monday", "2026-04-20"))
fact("chess/game6-day", "single", ("chess_afp", "Tuesday", "2026-04-21"))
fact("chess/time-control", "single", ("chess_afp", "120 minutes", 120))
fact("chess/control-moves", "single", ("chess_afp", "first 40 moves", 40))
fact("chess/second-period", "single", ("chess_afp", "30 minutes", 30))
fact("chess/increment", "single", ("chess_afp", "30-second", 30))
fact("chess/increment-from", "single", ("chess_afp", "move 41", 41))
fact("chess/defended", "single", ("chess_afp", "last year", 2025))
fact("chess/rest-day", "single", ("chess_afp", "Friday", "2026-04-24"))
fact("chess/match-end", "single", ("chess_afp", "May 10", "2026-05-10"))
fact("chess/surprise-move", "single", ("chess_chesscom", "move 23", 23))
fact("chess/clock", "single", ("chess_chesscom", "less than two minutes", 2))
fact("chess/press-conf", "single", ("chess_chesscom", "about 30 minutes", 30))
fact("chess/mehta-rating", "single", ("chess_chesscom", "2784", 2784))
fact("chess/wrona-rating", "single", ("chess_chesscom", "2769", 2769))
fact("chess/wijk", "single", ("chess_chesscom", "January 2025", "2025-01"))
fact("chess/norway", "single", ("chess_chesscom", "June", "2025-06"))
fact("chess/tie-score", "single", ("chess_chesscom", "7-7", "7-7"))
fact("chess/game6-gap", "single", ("chess_chesscom", "two days", 2))
fact("chess/tiebreak-day", "single", ("chess_chesscom", "May 11", "2026-05-11"))
fact("chess/remaining-needed", "single", ("chess_toi", "3.5 points", 3.5))
fact("chess/anand-titles", "single", ("chess_toi", "five-time", 5))
fact("chess/coach-age", "single", ("chess_toi", "50", 50))
fact("chess/winner-share", "single", ("chess_toi", "55 per cent", 55))
fact("chess/win-bonus", "single", ("chess_toi", "$200,000", 200000))
fact("chess/fans", "single", ("chess_toi", "more than 300", 300))
# ---- tunnel: Slovenian lorry catches fire in the Plabutsch tunnel, A9 motorway near Graz, Austria, Thursday
#      5 February 2026 ~14:25-14:30. Treated 12 (Reuters) vs 15 (dpa); to hospital two vs three; fire "about 4 km"
#      vs "roughly 5 kilometres" inside; driver 47 vs 49.
fact("tunnel/injured", "conflict", ("tunnel_reuters", "12", 12, "12 treated for smoke"), ("tunnel_reuters", "Twelve", 12),
     ("tunnel_dpa", "Fifteen", 15, "Fifteen hurt"), ("tunnel_dpa", "Fifteen", 15, "Fifteen people"), ("tunnel_thelocal", "At least 12", 12))
fact("tunnel/hospital", "conflict", ("tunnel_reuters", "two", 2, "two of whom"), ("tunnel_dpa", "Three", 3, "Three were taken"))
fact("tunnel/dead", "agree", ("tunnel_reuters", "No one", 0, "No one was killed"), ("tunnel_thelocal", "Nobody", 0, "Nobody died"))
fact("tunnel/time", "agree", ("tunnel_reuters", "14:25", "14:25"), ("tunnel_dpa", "about 2.30 pm", "14:30"), ("tunnel_thelocal", "around 2.30pm", "14:30"))
fact("tunnel/date", "agree", ("tunnel_reuters", "Thursday", "2026-02-05", "near Graz on Thursday"),
     ("tunnel_dpa", "Thursday", "2026-02-05", "injured on Thursday"),
     ("tunnel_thelocal", "Thursday", "2026-02-05", "tunnel on Thursday afternoon"),
     ("tunnel_thelocal", "Thursday", "2026-02-05", "2.30pm on Thursday"), ("tunnel_thelocal", "February 5th", "2026-02-05"))
fact("tunnel/location", "conflict", ("tunnel_reuters", "about 4 km", 4), ("tunnel_dpa", "roughly 5 kilometres", 5))
fact("tunnel/driver-age", "conflict", ("tunnel_reuters", "47-year-old", 47), ("tunnel_dpa", "49-year-old", 49))
fact("tunnel/escaped", "agree", ("tunnel_dpa", "More than 100", 100), ("tunnel_thelocal", "Around 150", 150))
fact("tunnel/firefighters", "agree", ("tunnel_reuters", "More than 200", 200), ("tunnel_dpa", "230", 230), ("tunnel_thelocal", "More than 200", 200))
fact("tunnel/temperature", "agree", ("tunnel_reuters", "up to 1,000 degrees Celsius", 1000), ("tunnel_thelocal", "around 1,000C", 1000))
fact("tunnel/length", "agree", ("tunnel_reuters", "10-km", 10), ("tunnel_dpa", "9.9-kilometre", 9.9), ("tunnel_thelocal", "almost 10 kilometres", 10))
fact("tunnel/closed-until", "agree", ("tunnel_reuters", "Monday", "2026-02-09"), ("tunnel_dpa", "Monday", "2026-02-09"),
     ("tunnel_thelocal", "Monday, February 9th", "2026-02-09"))
fact("tunnel/traffic", "agree", ("tunnel_reuters", "About 45,000", 45000), ("tunnel_thelocal", "around 45,000", 45000))
fact("tunnel/tauern-year", "agree", ("tunnel_reuters", "1999", 1999), ("tunnel_thelocal", "1999", 1999))
fact("tunnel/tauern-dead", "agree", ("tunnel_reuters", "12", 12, "12 died"), ("tunnel_thelocal", "12", 12, "12 people died"))
fact("tunnel/montblanc-dead", "single", ("tunnel_reuters", "39", 39))
fact("tunnel/control", "single", ("tunnel_reuters", "more than three hours", 3))
fact("tunnel/queues", "single", ("tunnel_reuters", "Thursday", "2026-02-05", "Thursday evening"))
fact("tunnel/vehicles", "single", ("tunnel_dpa", "Around 40", 40))
fact("tunnel/exit-spacing", "single", ("tunnel_dpa", "every 250 metres", 250))
fact("tunnel/brigades", "single", ("tunnel_dpa", "18 fire brigades", 18))
fact("tunnel/out", "single", ("tunnel_dpa", "shortly before 6 pm", "18:00"))
fact("tunnel/cost", "single", ("tunnel_dpa", "around 5 million euros", 5e6))
fact("tunnel/opened", "single", ("tunnel_dpa", "1987", 1987))
fact("tunnel/second-tube", "single", ("tunnel_dpa", "2004", 2004))
fact("tunnel/austria-tunnels", "single", ("tunnel_dpa", "170", 170))
fact("tunnel/drills", "single", ("tunnel_dpa", "four years", 4))
fact("tunnel/detour", "single", ("tunnel_thelocal", "up to 30 minutes", 30))
fact("tunnel/lorry-limit", "single", ("tunnel_thelocal", "7.5 tonnes", 7.5))
fact("tunnel/car-fire", "single", ("tunnel_thelocal", "2019", 2019))
