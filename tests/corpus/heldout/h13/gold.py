"""Hand-written gold for the h13 held-out events (written before running claimcheck; not run by the author).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8-h12 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than"/"over" open above;
"up to"/"less than" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on
a half or quarter, 5 otherwise ("shortly after 7 p.m." 19:00-19:30, "just before 4 a.m." 03:30-04:00). Exact
numbers carry their rounding interval. Dates: ISO days, resolved against the publication date or the event date
the cluster establishes.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- carjacking killing (QuikTrip, East 39th Street and Prospect Avenue, Kansas City, Mo., Thursday 8 October 2026)
fact("carjack/victim-age", "conflict", ("carjack_kshb", "46-year-old", 46), ("carjack_kcstar", "46", 46, "Marcus Hill, 46,"),
     ("carjack_fox4", "47-year-old", 47))
fact("carjack/time", "agree", ("carjack_kshb", "around 7:15 p.m.", "19:15"), ("carjack_kcstar", "about 7:20 p.m.", "19:20"),
     ("carjack_fox4", "shortly after 7 p.m.", "19:15"))
fact("carjack/date", "agree", ("carjack_kshb", "Thursday", "2026-10-08", "Thursday evening"),
     ("carjack_kcstar", "Thursday", "2026-10-08", "gas station Thursday night"), ("carjack_kcstar", "Thursday", "2026-10-08", "7:20 p.m. Thursday"),
     ("carjack_fox4", "Thursday", "2026-10-08", "Thursday night"))
fact("carjack/shots", "conflict", ("carjack_kshb", "twice", 2), ("carjack_kcstar", "once", 1, "shot once"))
fact("carjack/suspects", "conflict", ("carjack_kshb", "two", 2, "two suspects walked"), ("carjack_kcstar", "three", 3, "three young men"))
fact("carjack/arrested-age", "conflict", ("carjack_kshb", "18-year-old", 18), ("carjack_kcstar", "19", 19, "Suspect, 19,"),
     ("carjack_kcstar", "19-year-old", 19), ("carjack_fox4", "19 years old", 19))
fact("carjack/car-year", "agree", ("carjack_kshb", "2021", 2021), ("carjack_kcstar", "2021", 2021))
fact("carjack/car-distance", "conflict", ("carjack_kshb", "about 5 miles", 5), ("carjack_kcstar", "about 4 miles", 4))
fact("carjack/car-found", "agree", ("carjack_kshb", "Friday", "2026-10-09", "found early Friday"),
     ("carjack_kcstar", "Friday", "2026-10-09", "recovered Friday morning"), ("carjack_fox4", "Friday", "2026-10-09", "abandoned Friday morning"))
fact("carjack/homicide-number", "agree", ("carjack_kshb", "112th", 112), ("carjack_kcstar", "112th", 112), ("carjack_fox4", "112th", 112))
fact("carjack/reward", "agree", ("carjack_kshb", "up to $5,000", 5000), ("carjack_kcstar", "up to $5,000", 5000),
     ("carjack_fox4", "up to $5,000", 5000))
fact("carjack/arrest-announced", "agree", ("carjack_kshb", "Saturday", "2026-10-10", "On Saturday, police announced"),
     ("carjack_fox4", "Saturday", "2026-10-10", "arrest Saturday afternoon"))
fact("carjack/arrested-day", "single", ("carjack_kcstar", "Friday", "2026-10-09", "arrested Friday night"))
fact("carjack/bond", "single", ("carjack_kcstar", "$500,000", 500000))
fact("carjack/pump", "single", ("carjack_kcstar", "6", 6, "pump 6"))
fact("carjack/two-of-three", "single", ("carjack_kcstar", "Two of the three", 2))
fact("carjack/children", "single", ("carjack_kcstar", "three", 3, "father of three"))
fact("carjack/years-worked", "single", ("carjack_kcstar", "eight years", 8))
fact("carjack/homicides-2023", "single", ("carjack_kcstar", "182", 182))
fact("carjack/homicides-last-year", "single", ("carjack_kcstar", "144", 144))
fact("carjack/carjackings-rise", "single", ("carjack_kcstar", "about a third", 33))
fact("carjack/last-year-to-date", "single", ("carjack_fox4", "107", 107))
fact("carjack/june-victim-age", "single", ("carjack_fox4", "22-year-old", 22))
fact("carjack/other-suspects", "single", ("carjack_fox4", "at least two", 2, "at least two other people"))
fact("carjack/overland-park-day", "single", ("carjack_kshb", "Wednesday", "2026-10-07", "On Wednesday, a woman"))
# ---- hit-and-run killing a cyclist (Tramway Boulevard near Indian School Road, Albuquerque, Sunday 14 June 2026)
fact("hitrun/victim-age", "conflict", ("hitrun_kob", "63", 63, "Linda Ortega, 63,"), ("hitrun_journal", "64", 64, "Linda Ortega, 64,"),
     ("hitrun_krqe", "63-year-old", 63))
fact("hitrun/time", "conflict", ("hitrun_kob", "around 6:30 a.m.", "06:30"), ("hitrun_journal", "shortly after 7 a.m.", "07:15"),
     ("hitrun_krqe", "just after 6:30 a.m.", "06:35"))
fact("hitrun/date", "agree", ("hitrun_kob", "Sunday", "2026-06-14", "early Sunday"), ("hitrun_journal", "Sunday", "2026-06-14", "7 a.m. Sunday"),
     ("hitrun_krqe", "Sunday", "2026-06-14", "bicycle Sunday morning"), ("hitrun_krqe", "Sunday", "2026-06-14", "6:30 a.m. Sunday"))
fact("hitrun/group", "agree", ("hitrun_kob", "about 20", 20), ("hitrun_journal", "about 20", 20))
fact("hitrun/cyclists-killed-year", "conflict", ("hitrun_kob", "ninth", 9), ("hitrun_journal", "eighth", 8), ("hitrun_krqe", "eighth", 8))
fact("hitrun/suspect-age", "agree", ("hitrun_journal", "28-year-old", 28), ("hitrun_krqe", "28-year-old", 28))
fact("hitrun/arrest-day", "agree", ("hitrun_journal", "Tuesday", "2026-06-16", "arrested Tuesday"),
     ("hitrun_krqe", "Tuesday", "2026-06-16", "jail Tuesday afternoon"))
fact("hitrun/tip-day", "agree", ("hitrun_journal", "Monday", "2026-06-15", "On Monday, a tip"), ("hitrun_krqe", "Monday", "2026-06-15", "tip Monday"))
fact("hitrun/speed-limit", "agree", ("hitrun_kob", "45 mph", 45), ("hitrun_krqe", "45 miles per hour", 45))
fact("hitrun/two-days", "single", ("hitrun_journal", "two days", 2))
fact("hitrun/48-hours", "single", ("hitrun_krqe", "48 hours", 48))
fact("hitrun/penalty-one-count", "single", ("hitrun_kob", "up to six years", 6))
fact("hitrun/penalty-both", "single", ("hitrun_journal", "up to nine years", 9))
fact("hitrun/closure", "single", ("hitrun_kob", "about five hours", 5))
fact("hitrun/truck-year", "single", ("hitrun_journal", "2019", 2019))
fact("hitrun/years-taught", "single", ("hitrun_journal", "31 years", 31))
fact("hitrun/retired", "single", ("hitrun_journal", "2018", 2018))
fact("hitrun/next-birthday", "single", ("hitrun_journal", "65", 65, "would have been 65"))
fact("hitrun/cyclists-2025", "single", ("hitrun_journal", "seven", 7, "seven cyclists died"))
fact("hitrun/county-deaths", "single", ("hitrun_journal", "112", 112))
fact("hitrun/pedestrian-share", "single", ("hitrun_journal", "about a third", 33))
fact("hitrun/safety-money", "single", ("hitrun_krqe", "$2.5 million", 2500000))
fact("hitrun/other-cyclists", "single", ("hitrun_krqe", "two", 2, "two other cyclists"))
# ---- police shooting after a chase (alley off Butler Avenue, southeast Fresno, early Wednesday 19 August 2026)
fact("policeshoot/officers-fired", "conflict", ("policeshoot_abc30", "Two", 2, "Two officers fired"),
     ("policeshoot_abc30", "two", 2, "The two officers involved"), ("policeshoot_bee", "Three", 3, "Three Fresno police"),
     ("policeshoot_bee", "three", 3, "The three officers"), ("policeshoot_ap", "Two", 2, "Two officers opened"),
     ("policeshoot_ap", "two", 2, "the two officers, whose"))
fact("policeshoot/rounds", "agree", ("policeshoot_abc30", "more than a dozen", 12), ("policeshoot_bee", "at least 15", 15))
fact("policeshoot/stop-time", "agree", ("policeshoot_abc30", "around 2:10 a.m.", "02:10"), ("policeshoot_bee", "shortly after 2 a.m.", "02:15"))
fact("policeshoot/date", "agree", ("policeshoot_abc30", "Wednesday", "2026-08-19", "early Wednesday"),
     ("policeshoot_bee", "Wednesday", "2026-08-19", "early Wednesday"), ("policeshoot_ap", "Wednesday", "2026-08-19", "early Wednesday"))
fact("policeshoot/stolen-day", "agree", ("policeshoot_abc30", "the day before", "2026-08-18"),
     ("policeshoot_bee", "Tuesday", "2026-08-18", "stolen Tuesday"))
fact("policeshoot/chase-distance", "conflict", ("policeshoot_abc30", "about 2 miles", 2), ("policeshoot_bee", "nearly three miles", 3))
fact("policeshoot/chase-duration", "agree", ("policeshoot_abc30", "about 10 minutes", 10), ("policeshoot_ap", "about 10 minutes", 10))
fact("policeshoot/age", "agree", ("policeshoot_abc30", "35-year-old", 35), ("policeshoot_bee", "35", 35, "Anthony Ruiz, 35,"),
     ("policeshoot_ap", "35-year-old", 35))
fact("policeshoot/shootings-this-year", "agree", ("policeshoot_abc30", "fourth", 4), ("policeshoot_ap", "fourth", 4))
fact("policeshoot/video-days", "agree", ("policeshoot_abc30", "45 days", 45), ("policeshoot_bee", "45 days", 45))
fact("policeshoot/shooting-time", "single", ("policeshoot_ap", "about 2:20 a.m.", "02:20"))
fact("policeshoot/fatal-this-year", "single", ("policeshoot_bee", "third", 3, "third fatal shooting"))
fact("policeshoot/gun-stolen-year", "single", ("policeshoot_bee", "2024", 2024))
fact("policeshoot/officer-service", "single", ("policeshoot_bee", "11 years", 11))
fact("policeshoot/shot-2025", "single", ("policeshoot_bee", "five", 5, "shot five people"))
fact("policeshoot/fatal-2025", "single", ("policeshoot_bee", "three", 3, "three of them fatally"))
fact("policeshoot/ag-law-year", "single", ("policeshoot_bee", "2021", 2021))
fact("policeshoot/population", "single", ("policeshoot_ap", "about 545,000", 545000))
fact("policeshoot/force-law-year", "single", ("policeshoot_ap", "2020", 2020))
fact("policeshoot/state-shot-2024", "single", ("policeshoot_ap", "139", 139))
# ---- house fire killing children (800 block of Oakwood Avenue, central Toledo, early Tuesday 17 February 2026)
fact("housefire/children-dead", "conflict", ("housefire_wtol", "3", 3, "3 children killed"), ("housefire_wtol", "Three", 3, "Three children died"),
     ("housefire_blade", "Four", 4, "Four children die"), ("housefire_blade", "Four", 4, "Four children died after"),
     ("housefire_ap", "4", 4, "4 children killed"), ("housefire_ap", "Four", 4, "Four children were killed"))
fact("housefire/dead-at-scene", "agree", ("housefire_blade", "three", 3, "three of the children were pronounced"),
     ("housefire_ap", "Three", 3, "Three children were pronounced"))
fact("housefire/mother-age", "conflict", ("housefire_blade", "31", 31, "Keisha Wells, 31,"), ("housefire_ap", "32-year-old", 32))
fact("housefire/survivors", "agree", ("housefire_wtol", "two", 2, "two other children"), ("housefire_blade", "2", 2, "2 siblings"),
     ("housefire_blade", "two", 2, "two of her other children"), ("housefire_ap", "Two", 2, "Two other children survived"))
fact("housefire/time", "agree", ("housefire_wtol", "just before 4 a.m.", "03:45"), ("housefire_blade", "3:52 a.m.", "03:52"),
     ("housefire_ap", "about 4 a.m.", "04:00"))
fact("housefire/date", "agree", ("housefire_wtol", "Tuesday", "2026-02-17", "early Tuesday morning"),
     ("housefire_blade", "Tuesday", "2026-02-17", "central Toledo early Tuesday"), ("housefire_ap", "Tuesday", "2026-02-17", "early Tuesday"))
fact("housefire/firefighters", "agree", ("housefire_wtol", "More than 40", 40), ("housefire_blade", "About 45", 45),
     ("housefire_ap", "More than 40", 40))
fact("housefire/control", "agree", ("housefire_wtol", "about 45 minutes", 45), ("housefire_blade", "within an hour", 60),
     ("housefire_ap", "less than an hour", 60))
fact("housefire/built", "agree", ("housefire_wtol", "1920s", "1920s"), ("housefire_blade", "1924", 1924))
fact("housefire/youngest-age", "agree", ("housefire_blade", "2-year-old", 2), ("housefire_ap", "2 years old", 2))
fact("housefire/oldest-age", "agree", ("housefire_blade", "9", 9, "Jayden Wells, 9"), ("housefire_ap", "9", 9, "oldest was 9"))
fact("housefire/block", "agree", ("housefire_wtol", "800 block", 800), ("housefire_blade", "800 block", 800))
fact("housefire/storeys", "agree", ("housefire_wtol", "two-story", 2), ("housefire_blade", "two-story", 2), ("housefire_ap", "two-story", 2))
fact("housefire/fourth-death-day", "agree", ("housefire_blade", "Tuesday", "2026-02-17", "on Tuesday afternoon"),
     ("housefire_ap", "Tuesday", "2026-02-17", "later Tuesday"))
fact("housefire/amira-age", "single", ("housefire_blade", "7", 7, "Amira Wells, 7"))
fact("housefire/malik-age", "single", ("housefire_blade", "5", 5, "Malik Wells, 5"))
fact("housefire/sibling-ages", "single", ("housefire_blade", "11", 11, "ages 11 and 4"))
fact("housefire/neighbor-age", "single", ("housefire_blade", "58", 58))
fact("housefire/2013-dead", "single", ("housefire_blade", "five", 5, "five people, including"))
fact("housefire/2013-children", "single", ("housefire_blade", "three", 3, "including three children"))
fact("housefire/2013-year", "single", ("housefire_blade", "2013", 2013))
fact("housefire/alarms-installed", "single", ("housefire_blade", "about 1,200", 1200))
fact("housefire/us-deaths", "single", ("housefire_ap", "about 2,800", 2800))
fact("housefire/no-alarm-share", "single", ("housefire_ap", "three out of five", 60))
fact("housefire/population", "single", ("housefire_ap", "about 265,000", 265000))
fact("housefire/cleveland-dead", "single", ("housefire_ap", "three", 3, "three people died"))
fact("housefire/cleveland-distance", "single", ("housefire_ap", "about 115 miles", 115))
# ---- New Year's Day drownings (Durban beaches, KwaZulu-Natal, Thursday 1 January 2026)
fact("drown/dead", "conflict", ("drowning_news24", "Five", 5, "Five drown"), ("drowning_news24", "Five", 5, "Five people, including"),
     ("drowning_sabc", "seven", 7, "rises to seven"), ("drowning_sabc", "seven", 7, "risen to seven"),
     ("drowning_afp", "Six", 6, "Six drown"), ("drowning_afp", "At least six", 6))
fact("drown/missing", "conflict", ("drowning_news24", "Three", 3, "Three people were still missing"),
     ("drowning_sabc", "One", 1, "One man is still"), ("drowning_afp", "One", 1, "One person was still missing"))
fact("drown/rescued", "agree", ("drowning_news24", "more than 40", 40), ("drowning_sabc", "47", 47))
fact("drown/crowd", "agree", ("drowning_news24", "More than 100,000", 100000), ("drowning_sabc", "About 120 000", 120000),
     ("drowning_afp", "more than 100,000", 100000))
fact("drown/boy-age", "conflict", ("drowning_news24", "12-year-old", 12), ("drowning_sabc", "12-year-old", 12), ("drowning_afp", "13-year-old", 13))
fact("drown/red-flag-beaches", "agree", ("drowning_news24", "five", 5, "red flags at five"), ("drowning_sabc", "Five", 5, "Five beaches"),
     ("drowning_afp", "five", 5, "at five beaches"))
fact("drown/lifeguards", "agree", ("drowning_news24", "More than 400", 400), ("drowning_sabc", "about 500", 500),
     ("drowning_afp", "More than 400", 400))
fact("drown/date", "agree", ("drowning_sabc", "yesterday", "2026-01-01", "beaches yesterday"),
     ("drowning_afp", "Thursday", "2026-01-01", "on Thursday afternoon"))
fact("drown/national-yearly", "agree", ("drowning_sabc", "around 1 500", 1500), ("drowning_afp", "About 1,500", 1500))
fact("drown/last-season-kzn", "agree", ("drowning_news24", "11", 11, "11 people drowned"), ("drowning_sabc", "11", 11, "recorded 11"))
fact("drown/boy-time", "single", ("drowning_news24", "about 2pm", "14:00"))
fact("drown/cpr", "single", ("drowning_news24", "nearly 40 minutes", 40))
fact("drown/alcohol", "single", ("drowning_news24", "3,000 litres", 3000))
fact("drown/soweto-age", "single", ("drowning_sabc", "24-year-old", 24))
fact("drown/hospital", "single", ("drowning_sabc", "Nine", 9, "Nine people were taken"))
fact("drown/serious", "single", ("drowning_sabc", "two", 2, "two of them in a serious"))
fact("drown/bodies-found", "single", ("drowning_sabc", "two", 2, "two missing swimmers"))
fact("drown/found-time", "single", ("drowning_sabc", "shortly after 7am", "07:15"))
fact("drown/gqeberha", "single", ("drowning_sabc", "two", 2, "two people drowned at beaches near"))
fact("drown/capacity", "single", ("drowning_afp", "around 150,000", 150000))
fact("drown/road-deaths", "single", ("drowning_afp", "1,427", 1427))
fact("drown/road-drop", "single", ("drowning_afp", "10 percent", 10))
fact("drown/mozambique", "single", ("drowning_afp", "three", 3, "three people drowned"))
# ---- police raids and arms seizure (Stockholm and Uppsala, Tuesday 10 March 2026)
fact("arms/addresses", "conflict", ("armsraid_reuters", "11", 11, "raids on 11 addresses"), ("armsraid_thelocal", "12", 12, "12 addresses"),
     ("armsraid_radiosweden", "Around a dozen", 12))
fact("arms/firearms", "conflict", ("armsraid_reuters", "14", 14, "seized 14 firearms"), ("armsraid_thelocal", "16", 16, "16 weapons"),
     ("armsraid_radiosweden", "16", 16, "16 guns"))
fact("arms/explosives", "agree", ("armsraid_reuters", "about 20 kilograms", 20), ("armsraid_thelocal", "22 kilos", 22),
     ("armsraid_radiosweden", "over 20 kilos", 20))
fact("arms/arrested", "agree", ("armsraid_reuters", "Nine", 9, "Nine people were arrested"), ("armsraid_thelocal", "Nine", 9, "Nine people were arrested"),
     ("armsraid_radiosweden", "Nine", 9, "Nine arrested"), ("armsraid_radiosweden", "nine", 9, "arrested nine people"))
fact("arms/youngest", "agree", ("armsraid_reuters", "16", 16, "between 16 and 34"), ("armsraid_thelocal", "16-year-old", 16))
fact("arms/officers", "conflict", ("armsraid_reuters", "More than 300", 300), ("armsraid_thelocal", "About 250", 250),
     ("armsraid_radiosweden", "More than 300", 300))
fact("arms/rifles", "agree", ("armsraid_reuters", "four", 4, "four automatic rifles"), ("armsraid_thelocal", "four", 4, "four Kalashnikov"))
fact("arms/grenades", "agree", ("armsraid_reuters", "eight", 8, "eight hand grenades"), ("armsraid_radiosweden", "eight", 8, "eight hand grenades"))
fact("arms/cash", "agree", ("armsraid_reuters", "1.2 million Swedish crowns", 1200000), ("armsraid_reuters", "$115,000", None),
     ("armsraid_thelocal", "SEK 1.2 million", 1200000))
fact("arms/date", "agree", ("armsraid_reuters", "Tuesday", "2026-03-10", "Uppsala on Tuesday"),
     ("armsraid_thelocal", "Tuesday", "2026-03-10", "Uppsala on Tuesday morning"),
     ("armsraid_radiosweden", "this morning", "2026-03-10"))
fact("arms/2022-dead", "agree", ("armsraid_reuters", "62", 62), ("armsraid_thelocal", "62", 62))
fact("arms/2022-year", "agree", ("armsraid_reuters", "2022", 2022), ("armsraid_thelocal", "2022", 2022), ("armsraid_radiosweden", "2022", 2022))
fact("arms/2025-fatal", "agree", ("armsraid_reuters", "44", 44), ("armsraid_radiosweden", "44", 44))
fact("arms/oldest", "single", ("armsraid_reuters", "34", 34, "between 16 and 34"))
fact("arms/start-time", "single", ("armsraid_reuters", "around 5 a.m.", "05:00"))
fact("arms/population", "single", ("armsraid_reuters", "10.6 million", 10600000))
fact("arms/age-responsibility", "single", ("armsraid_reuters", "14", 14, "to 14 from 15"))
fact("arms/proposal-year", "single", ("armsraid_reuters", "2024", 2024))
fact("arms/remanded", "single", ("armsraid_thelocal", "Six", 6, "Six of them"))
fact("arms/murders-linked", "single", ("armsraid_thelocal", "at least five", 5))
fact("arms/surveillance", "single", ("armsraid_thelocal", "more than a year", 1))
fact("arms/conflict-since", "single", ("armsraid_thelocal", "2023", 2023))
fact("arms/recruit-age", "single", ("armsraid_thelocal", "13", 13, "as young as 13"))
fact("arms/shootings-2025", "single", ("armsraid_radiosweden", "296", 296))
fact("arms/shootings-2022", "single", ("armsraid_radiosweden", "391", 391))
fact("arms/remand-deadline", "single", ("armsraid_radiosweden", "three days", 3))
# ---- release of three aid workers held in the Sahel (kidnapped near Djibo, Burkina Faso, 3 Dec 2024; freed, announced Saturday 7 Feb 2026)
fact("hostage/held-duration", "conflict", ("hostage_afp", "14 months", 14, "after 14 months"), ("hostage_afp", "14 months", 14, "held for 14 months"),
     ("hostage_afp", "more than a year", 12, "more than a year ago"),
     ("hostage_reuters", "more than a year", 12, "held for more than a year"), ("hostage_bbc", "15 months", 15, "after 15 months"),
     ("hostage_bbc", "15 months", 15, "held for 15 months"))
fact("hostage/brandt-age", "conflict", ("hostage_afp", "61", 61), ("hostage_reuters", "in her 60s", 65), ("hostage_bbc", "62", 62))
fact("hostage/lupo-age", "conflict", ("hostage_afp", "38", 38, "Davide Lupo, 38"), ("hostage_reuters", "39", 39, "Davide Lupo, 39"),
     ("hostage_bbc", "38", 38, "Davide Lupo, 38"))
fact("hostage/ferretti-age", "agree", ("hostage_afp", "44", 44), ("hostage_reuters", "44", 44), ("hostage_bbc", "44", 44))
fact("hostage/kidnap-date", "agree", ("hostage_afp", "December 3, 2024", "2024-12-03"), ("hostage_reuters", "December 2024", "2024-12"),
     ("hostage_reuters", "Dec. 3, 2024", "2024-12-03"), ("hostage_bbc", "December 2024", "2024-12"))
fact("hostage/freed", "agree", ("hostage_afp", "Three", 3, "Three aid workers"), ("hostage_afp", "three", 3, "The three, who worked"),
     ("hostage_reuters", "three", 3, "The three were seized"), ("hostage_bbc", "three", 3, "The three were greeted"))
fact("hostage/italians", "agree", ("hostage_afp", "Two", 2, "Two Italian aid workers"), ("hostage_reuters", "two", 2, "says two Italians"),
     ("hostage_reuters", "Two", 2, "Two Italian aid workers"), ("hostage_bbc", "Two", 2, "Two Italian aid workers"))
fact("hostage/arrival", "agree", ("hostage_afp", "Sunday", "2026-02-08"), ("hostage_reuters", "Sunday", "2026-02-08"),
     ("hostage_bbc", "Sunday", "2026-02-08"))
fact("hostage/announced", "agree", ("hostage_afp", "Saturday", "2026-02-07"), ("hostage_reuters", "Saturday", "2026-02-07"))
fact("hostage/ransom", "conflict", ("hostage_reuters", "4 million euros", 4000000), ("hostage_reuters", "$4.3 million", None),
     ("hostage_bbc", "about €6m", 6000000), ("hostage_bbc", "$6.5m", None))
fact("hostage/junta-year", "agree", ("hostage_afp", "2022", 2022), ("hostage_bbc", "September 2022", "2022-09"))
fact("hostage/foreigners-held", "single", ("hostage_afp", "At least 20", 20))
fact("hostage/coups", "single", ("hostage_afp", "two", 2, "two coups"))
fact("hostage/displaced", "single", ("hostage_afp", "more than two million", 2000000))
fact("hostage/priest-year", "single", ("hostage_reuters", "2023", 2023))
fact("hostage/family-kidnapped", "single", ("hostage_reuters", "2022", 2022))
fact("hostage/family-freed", "single", ("hostage_reuters", "2024", 2024, "was freed in 2024"))
fact("hostage/family-size", "single", ("hostage_reuters", "three", 3, "family of three"))
fact("hostage/brandt-years-africa", "single", ("hostage_bbc", "more than 20 years", 20))
fact("hostage/insurgency-since", "single", ("hostage_bbc", "2015", 2015))
fact("hostage/territory-share", "single", ("hostage_bbc", "about 40%", 40))
# ---- cycling: Tour de Suisse stage 6, Ascona - Cari (Friday 19 June 2026)
fact("cycling/stage-length", "conflict", ("cycling_reuters", "182km", 182), ("cycling_cyclingnews", "184.5km", 184.5),
     ("cycling_afp", "182-kilometre", 182))
fact("cycling/margin", "conflict", ("cycling_reuters", "12 seconds", 12), ("cycling_cyclingnews", "14 seconds", 14), ("cycling_afp", "12 seconds", 12))
fact("cycling/winner-age", "conflict", ("cycling_reuters", "24-year-old", 24), ("cycling_cyclingnews", "25-year-old", 25), ("cycling_afp", "24-year-old", 24))
fact("cycling/breakaway", "conflict", ("cycling_reuters", "eight", 8, "breakaway of eight"), ("cycling_cyclingnews", "nine-man", 9))
fact("cycling/abandoned", "conflict", ("cycling_reuters", "Three", 3, "Three of them"), ("cycling_cyclingnews", "Three", 3, "Three riders abandoned"),
     ("cycling_afp", "Two", 2, "Two riders abandoned"))
fact("cycling/crash-riders", "agree", ("cycling_reuters", "more than 20", 20), ("cycling_cyclingnews", "more than 20", 20),
     ("cycling_afp", "About 25", 25))
fact("cycling/crash-distance", "agree", ("cycling_reuters", "about 60 km", 60), ("cycling_cyclingnews", "around 60km", 60))
fact("cycling/climb-length", "agree", ("cycling_reuters", "11.2-km", 11.2), ("cycling_cyclingnews", "11.2km", 11.2), ("cycling_afp", "11 kilometres", 11))
fact("cycling/gradient", "agree", ("cycling_reuters", "7.9 percent", 7.9), ("cycling_cyclingnews", "7.9%", 7.9), ("cycling_afp", "almost 8 percent", 8))
fact("cycling/attack-distance", "agree", ("cycling_reuters", "3.5 kilometres", 3.5), ("cycling_cyclingnews", "3.5km", 3.5))
fact("cycling/catch-distance", "agree", ("cycling_reuters", "4km", 4), ("cycling_cyclingnews", "four kilometres", 4), ("cycling_afp", "four kilometres", 4))
fact("cycling/gc-lead", "agree", ("cycling_reuters", "38 seconds", 38), ("cycling_cyclingnews", "38 seconds", 38), ("cycling_afp", "38 seconds", 38))
fact("cycling/keller-loss", "agree", ("cycling_reuters", "more than two minutes", 2), ("cycling_cyclingnews", "2:14", 2.23),
     ("cycling_afp", "more than two minutes", 2))
fact("cycling/stage", "agree", ("cycling_reuters", "sixth", 6, "win the sixth stage"), ("cycling_cyclingnews", "6", 6, "on stage 6"),
     ("cycling_afp", "sixth", 6, "won the sixth stage"))
fact("cycling/date", "agree", ("cycling_reuters", "Friday", "2026-06-19"), ("cycling_afp", "Friday", "2026-06-19"))
fact("cycling/stage7-climbing", "agree", ("cycling_reuters", "more than 4,000 metres", 4000), ("cycling_cyclingnews", "more than 4,000 metres", 4000))
fact("cycling/tdf-start", "agree", ("cycling_reuters", "July 4", "2026-07-04"), ("cycling_afp", "July 4", "2026-07-04"))
fact("cycling/next-stage", "agree", ("cycling_reuters", "seventh", 7, "Saturday's seventh"), ("cycling_cyclingnews", "7", 7, "stage 7 is"),
     ("cycling_afp", "seventh", 7, "Saturday's seventh"))
fact("cycling/tt-day", "agree", ("cycling_reuters", "Sunday", "2026-06-21", "ends on Sunday"),
     ("cycling_cyclingnews", "Sunday", "2026-06-21", "Sunday's final"), ("cycling_afp", "Sunday", "2026-06-21", "on Sunday with"))
fact("cycling/aldridge-gap", "single", ("cycling_reuters", "51 seconds", 51))
fact("cycling/romandie-year", "single", ("cycling_reuters", "2024", 2024))
fact("cycling/tt-length", "single", ("cycling_reuters", "26-km", 26))
fact("cycling/ruano-vuelta", "single", ("cycling_reuters", "2025", 2025))
fact("cycling/podium-gap", "single", ("cycling_cyclingnews", "five seconds", 5))
fact("cycling/heat", "single", ("cycling_cyclingnews", "above 30°C", 30))
fact("cycling/break-went", "single", ("cycling_cyclingnews", "20km", 20, "after 20km"))
fact("cycling/break-max", "single", ("cycling_cyclingnews", "more than four minutes", 4))
fact("cycling/speed", "single", ("cycling_cyclingnews", "41.6km/h", 41.6))
fact("cycling/summit-altitude", "single", ("cycling_cyclingnews", "2,100 metres", 2100))
fact("cycling/keller-days", "single", ("cycling_afp", "three days", 3))
fact("cycling/first-held", "single", ("cycling_afp", "1933", 1933))
fact("cycling/pogacar-wins", "single", ("cycling_afp", "four-time", 4))
fact("cycling/stage7-passes", "single", ("cycling_afp", "three", 3, "three mountain passes"))
# ---- emergency landing after cabin depressurisation (Skylark Airways SK412 Dublin - Tenerife, diverted to Porto, Wednesday 18 November 2026)
fact("landing/passengers", "conflict", ("landing_rte", "186", 186), ("landing_irishtimes", "184", 184), ("landing_reuters", "186", 186))
fact("landing/crew", "agree", ("landing_rte", "six", 6, "six crew on board"), ("landing_irishtimes", "six", 6, "six crew members"),
     ("landing_reuters", "six", 6, "six crew"))
fact("landing/into-flight", "conflict", ("landing_rte", "About 40 minutes", 40), ("landing_irishtimes", "about 50 minutes", 50))
fact("landing/cruise-altitude", "agree", ("landing_rte", "37,000 feet", 37000), ("landing_irishtimes", "37,000ft", 37000),
     ("landing_reuters", "37,000 feet", 37000))
fact("landing/descended-to", "agree", ("landing_rte", "10,000 feet", 10000), ("landing_irishtimes", "about 10,000ft", 10000),
     ("landing_reuters", "around 10,000 feet", 10000))
fact("landing/descent-duration", "conflict", ("landing_rte", "about seven minutes", 7), ("landing_irishtimes", "less than 10 minutes", 10),
     ("landing_reuters", "just over three minutes", 3.25))
fact("landing/landing-time", "agree", ("landing_rte", "11.40am", "11:40"), ("landing_irishtimes", "11.40am", "11:40"),
     ("landing_reuters", "1140 GMT", "11:40"))
fact("landing/treated", "agree", ("landing_rte", "four", 4, "four passengers were treated"), ("landing_irishtimes", "Four", 4, "Four passengers received"))
fact("landing/hospital", "conflict", ("landing_irishtimes", "two", 2, "two were taken to hospital"), ("landing_reuters", "Three", 3, "Three passengers were taken"))
fact("landing/date", "agree", ("landing_rte", "this morning", "2026-11-18"), ("landing_irishtimes", "Wednesday", "2026-11-18", "on Wednesday after"),
     ("landing_reuters", "Wednesday", "2026-11-18", "Portugal, on Wednesday"))
fact("landing/fleet", "agree", ("landing_rte", "28", 28), ("landing_reuters", "28", 28))
fact("landing/helios-dead", "agree", ("landing_irishtimes", "121", 121), ("landing_reuters", "121", 121))
fact("landing/helios-year", "agree", ("landing_irishtimes", "2005", 2005), ("landing_reuters", "2005", 2005))
fact("landing/departure", "single", ("landing_rte", "shortly after 9am", "09:15"))
fact("landing/destinations", "single", ("landing_rte", "60", 60, "60 destinations"))
fact("landing/aircraft-age", "single", ("landing_irishtimes", "12 years old", 12))
fact("landing/replacement", "single", ("landing_irishtimes", "about 7pm", "19:00"))
fact("landing/delay-threshold", "single", ("landing_irishtimes", "more than four hours", 4))
fact("landing/distance-threshold", "single", ("landing_irishtimes", "3,500km", 3500))
fact("landing/compensation-each", "single", ("landing_irishtimes", "€600", 600))
fact("landing/founded", "single", ("landing_reuters", "2011", 2011))
fact("landing/oxygen-supply", "single", ("landing_reuters", "about 12 to 15 minutes", 13.5))
fact("landing/door-plug", "single", ("landing_reuters", "January 2024", "2024-01"))
fact("landing/boeing-shares", "single", ("landing_reuters", "0.4%", 0.4))

# Corrections after the first run (plain annotation mistakes only): not applicable. Per the brief for this set,
# claimcheck and score.py were not run by the author; the lead scores the set later. Surfaces were checked
# against their lines with a standalone check (score.py's locate rule; see README), not with claimcheck.
