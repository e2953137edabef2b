"""Hand-written gold for the h25 held-out events (written before any claimcheck run; the author ran none).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6-h24 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than" open above;
"up to" open below; "nearly"/"almost"/"just under" 90-100%; a hedged time spans 30 min either side on the hour,
15 on a half or quarter hour, 5 otherwise ("shortly after"/"shortly before" the half hour after/before). Exact
numbers carry their rounding interval ("2 km" 1.5-2.5).
Dates: ISO days; a weekday nothing resolves is TIMEX-style ("XXXX-WXX-3" = a Wednesday).
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- bowling: shooting inside Glass City Lanes, 5200 block of Alexis Road, west Toledo, Ohio, Saturday 7 November
#      2026 ~10:45-10:50 p.m. WTOL (Sunday 1:15 AM): five shot, four wounded; Blade and 13abc (Sunday afternoon): six
#      shot, five wounded. Victim 24/24/25; crowd "about 150" / "more than 200".
fact("bowling/shot", "conflict", ("bowling_wtol", "Five", 5, "Five people were shot"), ("bowling_blade", "Six", 6, "Six people were shot"),
     ("bowling_13abc", "six", 6, "six people shot"))
fact("bowling/wounded", "conflict", ("bowling_wtol", "4", 4, "4 hurt"), ("bowling_wtol", "Four", 4, "Four other people"),
     ("bowling_blade", "5", 5, "5 wounded"), ("bowling_blade", "five", 5, "five other people"))
fact("bowling/dead", "agree", ("bowling_wtol", "1", 1, "1 dead"), ("bowling_wtol", "one", 1, "one of them fatally"),
     ("bowling_blade", "one", 1, "killed one man"), ("bowling_13abc", "one", 1, "one man dead"))
fact("bowling/victim-age", "conflict", ("bowling_wtol", "24-year-old", 24), ("bowling_blade", "24", 24, "Hayes, 24"),
     ("bowling_13abc", "25", 25, "Hayes, 25"))
fact("bowling/time", "agree", ("bowling_wtol", "around 10:50 p.m.", "22:50"), ("bowling_blade", "about 10:45 p.m.", "22:45"),
     ("bowling_13abc", "10:48 p.m.", "22:48"))
fact("bowling/date", "agree", ("bowling_wtol", "Saturday", "2026-11-07", "Alexis Road late Saturday."),
     ("bowling_wtol", "Saturday", "2026-11-07", "late Saturday night"), ("bowling_blade", "Saturday", "2026-11-07", "late Saturday, police"),
     ("bowling_13abc", "Saturday", "2026-11-07", "Saturday night's"), ("bowling_13abc", "Saturday", "2026-11-07", "10:48 p.m. Saturday"))
fact("bowling/critical", "agree", ("bowling_wtol", "Two", 2, "Two of them are in critical"), ("bowling_blade", "Two", 2, "Two of the wounded"),
     ("bowling_13abc", "Two", 2, "Two of the people"))
fact("bowling/crowd", "conflict", ("bowling_wtol", "About 150", 150), ("bowling_blade", "More than 200", 200))
fact("bowling/shots", "agree", ("bowling_wtol", "at least eight", 8), ("bowling_blade", "more than a dozen", 12))
fact("bowling/suspect-age", "agree", ("bowling_blade", "19-year-old", 19), ("bowling_blade", "19", 19, "Brooks, 19"),
     ("bowling_13abc", "19-year-old", 19, "Police: 19-year-old"), ("bowling_13abc", "19-year-old", 19, "arrested a 19-year-old"))
fact("bowling/lanes", "agree", ("bowling_wtol", "32-lane", 32), ("bowling_blade", "32-lane", 32), ("bowling_13abc", "32 lanes", 32))
fact("bowling/court-day", "agree", ("bowling_blade", "Monday", "2026-11-09", "arraigned Monday"),
     ("bowling_13abc", "Monday", "2026-11-09", "due in court Monday"))
fact("bowling/block", "single", ("bowling_wtol", "5200 block", 5200))
fact("bowling/cosmic", "single", ("bowling_wtol", "9 p.m.", "21:00"))
fact("bowling/bowler-age", "single", ("bowling_wtol", "ten years old", 10))
fact("bowling/nth-shooting", "single", ("bowling_wtol", "second", 2))
fact("bowling/bar-day", "single", ("bowling_wtol", "Monday", "2026-11-02", "On Monday"))
fact("bowling/bar-victim-age", "single", ("bowling_wtol", "31-year-old", 31))
fact("bowling/phone", "single", ("bowling_wtol", "419-255-1111", None))
fact("bowling/counts", "single", ("bowling_blade", "five", 5, "five counts"))
fact("bowling/owner-age", "single", ("bowling_blade", "61", 61, "Ruiz, 61"))
fact("bowling/owned", "single", ("bowling_blade", "17 years", 17))
fact("bowling/off-duty", "single", ("bowling_blade", "two", 2, "two off-duty"))
fact("bowling/homicide-no", "single", ("bowling_blade", "58th", 58))
fact("bowling/2025-homicides", "single", ("bowling_blade", "62", 62, "62 homicides"))
fact("bowling/reward", "single", ("bowling_blade", "$5,000", 5000))
fact("bowling/bond", "single", ("bowling_13abc", "at least $1 million", 1000000))
fact("bowling/daughter-age", "single", ("bowling_13abc", "3-year-old", 3))
fact("bowling/closed-until", "single", ("bowling_13abc", "Wednesday", "2026-11-11"))
fact("bowling/arrest-day", "single", ("bowling_blade", "Sunday", "2026-11-08", "charged Sunday"), ("bowling_blade", "Sunday", "2026-11-08", "arrested early Sunday"))
fact("bowling/no-arrests-yet", "single", ("bowling_wtol", "Sunday", "2026-11-08", "early Sunday morning"))
fact("bowling/critical-day", "single", ("bowling_blade", "Sunday", "2026-11-08", "critical condition Sunday"))
fact("bowling/sixth-victim-day", "single", ("bowling_blade", "Sunday", "2026-11-08", "Sunday afternoon"))
fact("bowling/family-day", "single", ("bowling_13abc", "Sunday", "2026-11-08", "alley Sunday"))
fact("bowling/stabbing", "single", ("bowling_13abc", "March 2024", "2024-03"))

# ---- subway: man shoved onto the tracks at 149th Street-Grand Concourse, Bronx, New York, Tuesday 20 October 2026
#      ~7:38-7:45 a.m. Victim 52/52/53; train stopped "about 10 feet" / "roughly 25 feet" away; rescuers two/three/two.
fact("subway/victim-age", "conflict", ("subway_nypost", "52-year-old", 52), ("subway_ny1", "52-year-old", 52), ("subway_amny", "53-year-old", 53))
fact("subway/train-distance", "conflict", ("subway_nypost", "about 10 feet", 10), ("subway_amny", "roughly 25 feet", 25))
fact("subway/rescuers", "conflict", ("subway_nypost", "Two", 2, "Two good Samaritans"), ("subway_ny1", "three", 3, "three bystanders"),
     ("subway_amny", "Two", 2, "Two men jumped"))
fact("subway/time", "agree", ("subway_nypost", "around 7:40 a.m.", "07:40"), ("subway_ny1", "7:38 a.m.", "07:38"),
     ("subway_amny", "about 7:45 a.m.", "07:45"))
fact("subway/date", "agree", ("subway_nypost", "Tuesday", "2026-10-20", "Tuesday morning rush"), ("subway_ny1", "Tuesday", "2026-10-20", "tracks Tuesday morning"),
     ("subway_amny", "Tuesday", "2026-10-20", "on Tuesday morning"), ("subway_amny", "Oct. 20", "2026-10-20"))
fact("subway/suspect-age", "agree", ("subway_nypost", "38", 38, "Pitts, 38"), ("subway_ny1", "38-year-old", 38), ("subway_amny", "38-year-old", 38))
fact("subway/prior-arrests", "agree", ("subway_nypost", "17", 17, "17 prior busts"), ("subway_nypost", "17", 17, "has 17 prior arrests"),
     ("subway_ny1", "17", 17, "17 prior arrests"), ("subway_amny", "17", 17, "17 prior arrests"))
fact("subway/suspension", "agree", ("subway_nypost", "about 45 minutes", 45), ("subway_ny1", "roughly 45 minutes", 45),
     ("subway_amny", "around 45 minutes", 45))
fact("subway/prior-assault", "single", ("subway_nypost", "2023", 2023))
fact("subway/witness-age", "single", ("subway_nypost", "27-year-old", 27))
fact("subway/shoves-this-year", "single", ("subway_nypost", "ninth", 9))
fact("subway/assaults-change", "single", ("subway_nypost", "6%", 6))
fact("subway/barrier-stations", "single", ("subway_ny1", "three", 3, "three stations"))
fact("subway/riders", "single", ("subway_ny1", "about 3.6 million", 3600000))
fact("subway/shelter", "single", ("subway_ny1", "about two months", 2))
fact("subway/arraignment", "single", ("subway_ny1", "Wednesday", "2026-10-21"))
fact("subway/fall", "single", ("subway_amny", "roughly four feet", 4))
fact("subway/released", "single", ("subway_amny", "Sept. 29", "2026-09-29"))
fact("subway/stations", "single", ("subway_amny", "472", 472))
fact("subway/go-date", "single", ("subway_amny", "January 2022", "2022-01"))
fact("subway/phone", "single", ("subway_amny", "1-800-577-TIPS", None))
fact("subway/go-age", "single", ("subway_amny", "40", 40, "Go, 40"))

# ---- gasblast: natural-gas explosion levels a house on Pelham Drive, Sterling Heights, Mich., Sunday 1 November 2026
#      ~6:15-6:20 a.m.; Dorothy Kaminski, 81, killed. WXYZ (9:14 AM): two hurt; Free Press and WDIV: three. Neighbour
#      45 / 46; customers without gas "about 150" / 212.
fact("gasblast/injured", "conflict", ("gasblast_wxyz", "2", 2, "2 hurt"), ("gasblast_wxyz", "two", 2, "two other people"),
     ("gasblast_wxyz", "Two", 2, "Two neighbors were taken"), ("gasblast_freep", "three", 3, "three neighbors early"),
     ("gasblast_freep", "Three", 3, "Three people in neighboring"), ("gasblast_freep", "three", 3, "All three"),
     ("gasblast_wdiv", "three", 3, "three were injured"))
fact("gasblast/neighbor-age", "conflict", ("gasblast_freep", "45-year-old", 45), ("gasblast_wdiv", "46-year-old", 46))
fact("gasblast/customers", "conflict", ("gasblast_freep", "about 150", 150), ("gasblast_wdiv", "212", 212))
fact("gasblast/victim-age", "agree", ("gasblast_wxyz", "81-year-old", 81), ("gasblast_freep", "81", 81, "woman, 81"),
     ("gasblast_freep", "81-year-old", 81), ("gasblast_wdiv", "81-year-old", 81))
fact("gasblast/time", "agree", ("gasblast_wxyz", "just after 6:15 a.m.", "06:15"), ("gasblast_freep", "about 6:20 a.m.", "06:20"),
     ("gasblast_wdiv", "6:17 a.m.", "06:17"))
fact("gasblast/date", "agree", ("gasblast_wxyz", "Sunday", "2026-11-01", "early Sunday morning"), ("gasblast_freep", "Sunday", "2026-11-01", "early Sunday, and"),
     ("gasblast_wdiv", "Sunday", "2026-11-01", "exploded Sunday morning"))
fact("gasblast/damaged", "agree", ("gasblast_wxyz", "At least a dozen", 12), ("gasblast_freep", "About 20", 20), ("gasblast_wdiv", "about 20", 20))
fact("gasblast/evacuated", "agree", ("gasblast_wxyz", "about 40", 40), ("gasblast_freep", "about 40", 40))
fact("gasblast/restore-day", "agree", ("gasblast_freep", "Tuesday", "2026-11-03"), ("gasblast_wdiv", "Tuesday", "2026-11-03"))
fact("gasblast/odor-day", "agree", ("gasblast_freep", "Saturday", "2026-10-31", "on Saturday at about 8 p.m."),
     ("gasblast_freep", "Saturday", "2026-10-31", "Saturday evening and sent"), ("gasblast_wdiv", "Saturday", "2026-10-31", "Saturday night"))
fact("gasblast/road", "single", ("gasblast_wxyz", "17 Mile", 17))
fact("gasblast/phone", "single", ("gasblast_wxyz", "1-800-733-2767", None))
fact("gasblast/built", "single", ("gasblast_freep", "1962", 1962))
fact("gasblast/still-hospitalized", "single", ("gasblast_freep", "One", 1, "One remained"))
fact("gasblast/callers", "single", ("gasblast_freep", "Two", 2, "Two neighbors told"))
fact("gasblast/call-time", "single", ("gasblast_freep", "about 8 p.m.", "20:00"))
fact("gasblast/tessier-age", "single", ("gasblast_freep", "66", 66, "Tessier, 66"))
fact("gasblast/lapeer-year", "single", ("gasblast_freep", "2018", 2018))
fact("gasblast/lapeer-homes", "single", ("gasblast_freep", "two homes", 2))
fact("gasblast/lapeer-injured", "single", ("gasblast_freep", "four people", 4))
fact("gasblast/grandchildren", "single", ("gasblast_freep", "five grandchildren", 5))
fact("gasblast/dead-wdiv", "single", ("gasblast_wdiv", "One", 1, "One person died"))
fact("gasblast/road-18", "single", ("gasblast_wdiv", "18 Mile", 18))
fact("gasblast/minor", "single", ("gasblast_wdiv", "two", 2, "two other neighbors"))
fact("gasblast/debris", "single", ("gasblast_wdiv", "300 feet", 300))
fact("gasblast/unsafe", "single", ("gasblast_wdiv", "two", 2, "two of them were declared"))
fact("gasblast/years-on-street", "single", ("gasblast_wdiv", "more than 60 years", 60))
fact("gasblast/last-fatal", "single", ("gasblast_wdiv", "2009", 2009))
fact("gasblast/gofundme", "single", ("gasblast_wdiv", "more than $7,000", 7000))

# ---- canyon: flash flood in Little Wild Horse Canyon near Goblin Valley State Park, Emery County, Utah, Saturday
#      8 August 2026 ~2:30 p.m. AP (Saturday night): two dead, one missing; KSL and Tribune (Sunday): three dead.
#      Group seven/seven/eight; wall of water "about 6 feet" / 10 feet; Tyler Sorensen 31/32.
fact("canyon/dead", "conflict", ("canyon_ap", "2", 2, "2 dead"), ("canyon_ap", "Two", 2, "Two hikers were killed"),
     ("canyon_ap", "Two", 2, "Two bodies"), ("canyon_ksl", "3", 3, "3 hikers dead"), ("canyon_ksl", "three", 3, "death toll to three"),
     ("canyon_sltrib", "Three", 3, "Three die"), ("canyon_sltrib", "Three", 3, "Three hikers died"))
fact("canyon/group", "conflict", ("canyon_ap", "seven", 7, "group of seven"), ("canyon_ksl", "seven", 7, "The seven hikers"),
     ("canyon_sltrib", "eight", 8, "group of eight"))
fact("canyon/wall", "conflict", ("canyon_ksl", "about 6 feet", 6), ("canyon_sltrib", "10-foot", 10), ("canyon_sltrib", "10 feet", 10))
fact("canyon/tyler-age", "conflict", ("canyon_ksl", "31", 31, "Sorensen, 31"), ("canyon_sltrib", "32", 32, "Sorensen, 32"))
fact("canyon/rescued", "agree", ("canyon_ap", "Four", 4, "Four members"), ("canyon_ksl", "Four", 4, "Four survivors"),
     ("canyon_sltrib", "four", 4, "four others clung"))
fact("canyon/distance-in", "agree", ("canyon_ap", "about 2 miles", 2), ("canyon_ap", "3.2 kilometers", None), ("canyon_sltrib", "About 2 miles", 2))
fact("canyon/time", "agree", ("canyon_ap", "around 2:30 p.m.", "14:30"), ("canyon_ksl", "around 2:30 p.m.", "14:30"),
     ("canyon_sltrib", "around 2:30 p.m.", "14:30"))
fact("canyon/date", "agree", ("canyon_ap", "Saturday", "2026-08-08", "missing Saturday after"), ("canyon_ksl", "Saturday", "2026-08-08", "canyon Saturday when"),
     ("canyon_sltrib", "Saturday", "2026-08-08", "on Saturday afternoon"))
fact("canyon/warning", "agree", ("canyon_ap", "1:47 p.m.", "13:47"), ("canyon_ksl", "shortly before 2 p.m.", "14:00"), ("canyon_sltrib", "1:47 p.m.", "13:47"))
fact("canyon/rain", "agree", ("canyon_ap", "about an inch", 1), ("canyon_ap", "2.5 centimeters", None), ("canyon_ksl", "nearly an inch", 1))
fact("canyon/searchers", "agree", ("canyon_ap", "More than 40", 40), ("canyon_ksl", "About 50", 50), ("canyon_sltrib", "More than 40", 40))
fact("canyon/emily-age", "agree", ("canyon_ksl", "29", 29, "Sorensen, 29"), ("canyon_sltrib", "29", 29, "Sorensen, 29"))
fact("canyon/lee-age", "agree", ("canyon_ksl", "26", 26, "Lee, 26"), ("canyon_sltrib", "26", 26, "Lee, 26"))
fact("canyon/leader-age", "agree", ("canyon_ksl", "44-year-old", 44), ("canyon_sltrib", "44-year-old", 44))
fact("canyon/body-found-day", "agree", ("canyon_ksl", "Sunday", "2026-08-09", "Searchers on Sunday morning"),
     ("canyon_sltrib", "Sunday", "2026-08-09", "found Sunday morning"))
fact("canyon/missing", "single", ("canyon_ap", "1", 1, "1 missing"))
fact("canyon/rescue-delay", "single", ("canyon_ap", "about three hours", 3))
fact("canyon/search-night", "single", ("canyon_ap", "Saturday", "2026-08-08", "hiker Saturday night"))
fact("canyon/walls", "single", ("canyon_ap", "hundreds of feet", 200))
fact("canyon/zion-date", "single", ("canyon_ap", "September 2015", "2015-09"))
fact("canyon/zion-dead", "single", ("canyon_ap", "seven", 7, "seven canyoneers"))
fact("canyon/hildale-dead", "single", ("canyon_ap", "13", 13))
fact("canyon/rain-duration", "single", ("canyon_ksl", "45 minutes", 45))
fact("canyon/storm-chance", "single", ("canyon_ksl", "20%", 20, "20% chance"))
fact("canyon/visitors", "single", ("canyon_ksl", "tens of thousands", 20000))
fact("canyon/closed", "single", ("canyon_ksl", "Sunday", "2026-08-09", "closed the canyon on Sunday"))
fact("canyon/rescued-others", "single", ("canyon_sltrib", "three", 3, "three others were rescued"))
fact("canyon/teen-age", "single", ("canyon_sltrib", "17-year-old", 17))
fact("canyon/body-distance", "single", ("canyon_sltrib", "about 4 miles", 4))
fact("canyon/utah-deaths", "single", ("canyon_sltrib", "at least 11", 11))
fact("canyon/hypothermia", "single", ("canyon_sltrib", "One", 1, "One of the survivors"))
fact("canyon/monsoon-start", "single", ("canyon_sltrib", "mid-July", "2026-07"))
fact("canyon/monsoon-end", "single", ("canyon_sltrib", "September", "2026-09"))
fact("canyon/since", "single", ("canyon_sltrib", "2020", 2020))

# ---- ferry: engine-room fire aboard the Greek ferry Aegean Pearl, ~8 nautical miles off Andros, Wednesday 15 July
#      2026; towed to Gavrio ~4 p.m. Passengers 412/412/389; fire at "around 09:40" / "shortly after 9.30" / "about
#      10.15"; crew hurt four (Reuters) / six (Greek Reporter).
fact("ferry/passengers", "conflict", ("ferry_reuters", "412", 412), ("ferry_kathimerini", "412", 412), ("ferry_greekreporter", "389", 389))
fact("ferry/fire-time", "conflict", ("ferry_reuters", "around 09:40", "09:40"), ("ferry_reuters", "0640 GMT", None),
     ("ferry_kathimerini", "shortly after 9.30 a.m.", "09:30"), ("ferry_greekreporter", "about 10.15 a.m.", "10:15"))
fact("ferry/crew-hurt", "conflict", ("ferry_reuters", "Four", 4, "Four crew"), ("ferry_greekreporter", "Six", 6, "Six crew"))
fact("ferry/crew", "agree", ("ferry_reuters", "93", 93), ("ferry_kathimerini", "93", 93), ("ferry_greekreporter", "93", 93))
fact("ferry/vehicles", "agree", ("ferry_reuters", "about 120", 120), ("ferry_kathimerini", "127", 127))
fact("ferry/distance", "agree", ("ferry_reuters", "about eight nautical miles", 8), ("ferry_kathimerini", "eight nautical miles", 8),
     ("ferry_greekreporter", "around eight nautical miles", 8))
fact("ferry/patrol-boats", "agree", ("ferry_reuters", "Three", 3, "Three coast guard"), ("ferry_kathimerini", "Three", 3, "Three coast guard"),
     ("ferry_greekreporter", "Three", 3, "Three patrol"))
fact("ferry/tugs", "agree", ("ferry_reuters", "two", 2, "two tugboats"), ("ferry_kathimerini", "two", 2, "two tugboats"),
     ("ferry_greekreporter", "Two", 2, "Two tugboats"))
fact("ferry/built", "agree", ("ferry_reuters", "1999", 1999), ("ferry_kathimerini", "1999", 1999), ("ferry_greekreporter", "1999", 1999))
fact("ferry/arrival", "agree", ("ferry_kathimerini", "shortly after 4 p.m.", "16:00"), ("ferry_greekreporter", "around 4 p.m.", "16:00"))
fact("ferry/date", "agree", ("ferry_reuters", "Wednesday", "2026-07-15"), ("ferry_kathimerini", "Wednesday", "2026-07-15"),
     ("ferry_greekreporter", "Wednesday", "2026-07-15"))
fact("ferry/aboard", "single", ("ferry_reuters", "505", 505, "carrying 505 people in"))
fact("ferry/departure", "single", ("ferry_reuters", "07:30", "07:30"))
fact("ferry/demand", "single", ("ferry_reuters", "about 4%", 4))
fact("ferry/olympia-date", "single", ("ferry_reuters", "February 2022", "2022-02"))
fact("ferry/olympia-dead", "single", ("ferry_reuters", "at least 10", 10))
fact("ferry/after-departure", "single", ("ferry_kathimerini", "about two hours", 2))
fact("ferry/put-out", "single", ("ferry_kathimerini", "within about an hour", 1))
fact("ferry/temperature", "single", ("ferry_kathimerini", "34C", 34))
fact("ferry/no-info", "single", ("ferry_kathimerini", "three hours", 3))
fact("ferry/retiree-age", "single", ("ferry_kathimerini", "62-year-old", 62))
fact("ferry/onward-day", "single", ("ferry_kathimerini", "Thursday", "2026-07-16"))
fact("ferry/inspected", "single", ("ferry_kathimerini", "April", "2026-04"))
fact("ferry/fleet-age", "single", ("ferry_kathimerini", "about 24 years", 24))
fact("ferry/strike-length", "single", ("ferry_kathimerini", "24-hour", 24))
fact("ferry/strike-year", "single", ("ferry_kathimerini", "2024", 2024))
fact("ferry/passenger-age", "single", ("ferry_greekreporter", "41", 41))
fact("ferry/length", "single", ("ferry_greekreporter", "142-meter", 142))
fact("ferry/flag-since", "single", ("ferry_greekreporter", "2007", 2007))
fact("ferry/norman-year", "single", ("ferry_greekreporter", "2014", 2014))
fact("ferry/norman-dead", "single", ("ferry_greekreporter", "at least 11", 11))
fact("ferry/peak-month", "single", ("ferry_greekreporter", "August", "2026-08"))
fact("ferry/departures", "single", ("ferry_greekreporter", "up to six", 6))

# ---- layoffs: Vanta Motors cuts its second shift at the Chattanooga, Tenn., assembly plant, announced Thursday
#      29 October 2026, effective 8 January 2027. Jobs 1,400 (Reuters, Times Free Press) / 1,650 (Automotive News);
#      line rate 42 / 40 an hour; shares -4.2% / -3.9%.
fact("layoffs/jobs", "conflict", ("layoffs_reuters", "1,400", 1400, "cut 1,400 jobs"), ("layoffs_reuters", "about 1,400", 1400),
     ("layoffs_autonews", "1,650", 1650, "cutting 1,650 jobs"), ("layoffs_autonews", "1,650", 1650, "cutting 1,650 hourly"),
     ("layoffs_tfp", "1,400", 1400, "cut 1,400 jobs"), ("layoffs_tfp", "1,400", 1400, "lay off 1,400 workers"))
fact("layoffs/line-rate", "conflict", ("layoffs_reuters", "42", 42, "to 42"), ("layoffs_autonews", "40 vehicles an hour", 40))
fact("layoffs/shares", "conflict", ("layoffs_reuters", "4.2%", 4.2), ("layoffs_autonews", "3.9%", 3.9))
fact("layoffs/share-of-workforce", "agree", ("layoffs_reuters", "about 22%", 22), ("layoffs_tfp", "more than a fifth", 20))
fact("layoffs/workforce", "agree", ("layoffs_reuters", "roughly 6,300", 6300), ("layoffs_autonews", "about 6,300", 6300), ("layoffs_tfp", "about 6,300", 6300))
fact("layoffs/end-date", "agree", ("layoffs_reuters", "Jan. 8", "2027-01-08"), ("layoffs_autonews", "Jan. 8", "2027-01-08"), ("layoffs_tfp", "January 8", "2027-01-08"))
fact("layoffs/month", "agree", ("layoffs_autonews", "January", "2027-01", "plant in January"), ("layoffs_tfp", "January", "2027-01", "plant in January"))
fact("layoffs/temps", "agree", ("layoffs_reuters", "about 300", 300), ("layoffs_autonews", "About 300", 300), ("layoffs_tfp", "about 300", 300))
fact("layoffs/severance", "agree", ("layoffs_reuters", "eight weeks", 8), ("layoffs_autonews", "eight weeks", 8), ("layoffs_tfp", "eight weeks", 8))
fact("layoffs/coverage", "agree", ("layoffs_reuters", "March", "2027-03", "through March"), ("layoffs_autonews", "March 31", "2027-03-31"))
fact("layoffs/terra-sales", "agree", ("layoffs_reuters", "31%", 31), ("layoffs_autonews", "31%", 31))
fact("layoffs/opened", "agree", ("layoffs_reuters", "2011", 2011), ("layoffs_autonews", "2011", 2011), ("layoffs_tfp", "2011", 2011))
fact("layoffs/announced", "agree", ("layoffs_reuters", "Thursday", "2026-10-29", "said on Thursday"),
     ("layoffs_autonews", "Thursday", "2026-10-29", "employees Thursday"), ("layoffs_tfp", "Thursday", "2026-10-29", "Thursday morning"))
fact("layoffs/old-rate", "single", ("layoffs_reuters", "58 vehicles", 58))
fact("layoffs/tax-credit", "single", ("layoffs_reuters", "$7,500", 7500))
fact("layoffs/credit-end", "single", ("layoffs_reuters", "September 2025", "2025-09"))
fact("layoffs/expansion", "single", ("layoffs_reuters", "$1 billion", 1000000000))
fact("layoffs/expansion-year", "single", ("layoffs_reuters", "2023", 2023))
fact("layoffs/uaw-vote", "single", ("layoffs_reuters", "2024", 2024))
fact("layoffs/battery-delay", "single", ("layoffs_reuters", "at least 18 months", 18))
fact("layoffs/gm-month", "single", ("layoffs_reuters", "October", "2026-10", "said in October"))
fact("layoffs/gm-charge", "single", ("layoffs_reuters", "$1.6 billion", 1600000000))
fact("layoffs/warn", "single", ("layoffs_autonews", "60 days'", 60))
fact("layoffs/industry-ev", "single", ("layoffs_autonews", "about 25%", 25))
fact("layoffs/ev-share", "single", ("layoffs_autonews", "5.8%", 5.8))
fact("layoffs/ev-share-month", "single", ("layoffs_autonews", "September", "2026-09", "in September from"))
fact("layoffs/ev-share-prior", "single", ("layoffs_autonews", "10.5%", 10.5))
fact("layoffs/shift-added", "single", ("layoffs_autonews", "February 2024", "2024-02"))
fact("layoffs/hired", "single", ("layoffs_autonews", "about 1,100", 1100))
fact("layoffs/forecast", "single", ("layoffs_autonews", "about 96,000", 96000))
fact("layoffs/forecast-year", "single", ("layoffs_autonews", "2027", 2027))
fact("layoffs/old-forecast", "single", ("layoffs_autonews", "140,000", 140000))
fact("layoffs/trading-day", "single", ("layoffs_autonews", "Thursday", "2026-10-29", "Thursday afternoon trading"))
fact("layoffs/decade", "single", ("layoffs_tfp", "more than a decade", 10))
fact("layoffs/job-fairs", "single", ("layoffs_tfp", "Nov. 12", "2026-11-12"))
fact("layoffs/multiplier", "single", ("layoffs_tfp", "about 2.5", 2.5))
fact("layoffs/county-jobless", "single", ("layoffs_tfp", "3.4%", 3.4))
fact("layoffs/state-jobless", "single", ("layoffs_tfp", "3.7%", 3.7))
fact("layoffs/worker-age", "single", ("layoffs_tfp", "52", 52, "Hollis, 52"))
fact("layoffs/worker-years", "single", ("layoffs_tfp", "11 years", 11))
fact("layoffs/incentives", "single", ("layoffs_tfp", "about $290 million", 290000000))
fact("layoffs/announced-plant", "single", ("layoffs_tfp", "2008", 2008))
fact("layoffs/jobless-month", "single", ("layoffs_tfp", "September", "2026-09"))
fact("layoffs/atlas-shifts", "single", ("layoffs_autonews", "two", 2, "two shifts"))
fact("layoffs/phone", "single", ("layoffs_tfp", "423-634-6430", None))

# ---- census: Ireland's Census 2026 preliminary results, CSO, Tuesday 30 June 2026 (census night Sunday 19 April).
#      Population 5,402,817 / "5.4 million" / "5.42 million" (TheJournal misreport); Meath growth 8.1% / 8.4%;
#      vacant dwellings 163,000 / 166,000.
fact("census/population", "conflict", ("census_irishtimes", "5.4 million", 5400000), ("census_irishtimes", "5,402,817", 5402817),
     ("census_rte", "5.4 million", 5400000, "now 5.4 million, census"), ("census_rte", "5.4 million", 5400000, "stands at 5.4 million"),
     ("census_thejournal", "5.42 million", 5420000, "hits 5.42 million"), ("census_thejournal", "5.42 million", 5420000, "grown to 5.42 million"))
fact("census/meath", "conflict", ("census_irishtimes", "8.1 per cent", 8.1), ("census_rte", "8.4%", 8.4), ("census_thejournal", "8.1%", 8.1))
fact("census/vacant", "conflict", ("census_irishtimes", "163,000", 163000), ("census_rte", "166,000", 166000), ("census_thejournal", "163,000", 163000))
fact("census/growth-pct", "agree", ("census_irishtimes", "4.9 per cent", 4.9), ("census_rte", "5%", 5, "increased by 5%"), ("census_thejournal", "around 5%", 5))
fact("census/night", "agree", ("census_irishtimes", "Sunday, April 19th", "2026-04-19"), ("census_rte", "19 April", "2026-04-19"),
     ("census_thejournal", "Sunday 19 April", "2026-04-19"))
fact("census/net-migration", "agree", ("census_irishtimes", "182,000", 182000), ("census_rte", "about 180,000", 180000), ("census_thejournal", "182,000", 182000))
fact("census/natural-increase", "agree", ("census_irishtimes", "71,700", 71700), ("census_rte", "72,000", 72000))
fact("census/dublin", "agree", ("census_irishtimes", "1,530,600", 1530600), ("census_rte", "1.53 million", 1530000), ("census_thejournal", "about 1.53 million", 1530000))
fact("census/dwellings", "agree", ("census_irishtimes", "2,197,400", 2197400), ("census_rte", "almost 2.2 million", 2200000))
fact("census/2022-population", "agree", ("census_irishtimes", "5,149,139", 5149139), ("census_thejournal", "5,149,139", 5149139))
fact("census/households", "agree", ("census_irishtimes", "about 2.1 million", 2100000), ("census_thejournal", "about 2.1 million", 2100000))
fact("census/cost", "agree", ("census_rte", "about €120 million", 120000000), ("census_thejournal", "around €120 million", 120000000))
fact("census/interval", "agree", ("census_irishtimes", "four-year", 4), ("census_rte", "four years", 4), ("census_thejournal", "four years", 4))
fact("census/previous-year", "agree", ("census_irishtimes", "2022", 2022, "census in 2022"), ("census_irishtimes", "2022", 2022, "The 2022 census"),
     ("census_rte", "2022", 2022, "compared with 2022"), ("census_thejournal", "2022", 2022, "the 2022 count"),
     ("census_thejournal", "2022", 2022, "166,752 in 2022"))
fact("census/increase", "single", ("census_irishtimes", "253,678", 253678))
fact("census/release-day", "single", ("census_irishtimes", "Tuesday", "2026-06-30"))
fact("census/five-million", "single", ("census_irishtimes", "five million", 5000000, "surpassed five million"))
fact("census/successive", "single", ("census_irishtimes", "three", 3, "three successive"))
fact("census/1841", "single", ("census_irishtimes", "1841", 1841))
fact("census/1841-pop", "single", ("census_irishtimes", "6.5 million", 6500000))
fact("census/housing-growth", "single", ("census_irishtimes", "4.1 per cent", 4.1))
fact("census/171-years", "single", ("census_irishtimes", "171 years", 171))
fact("census/full-results", "single", ("census_irishtimes", "spring 2027", 2027))
fact("census/migration-share", "single", ("census_rte", "more than two-thirds", 66.7))
fact("census/dublin-share", "single", ("census_rte", "more than a quarter", 25))
fact("census/vacancy-change", "single", ("census_rte", "0.9%", 0.9))
fact("census/revision", "single", ("census_rte", "a few thousand", 3000))
fact("census/field-staff", "single", ("census_rte", "more than 5,000", 5000))
fact("census/next", "single", ("census_rte", "2031", 2031))
fact("census/donegal", "single", ("census_thejournal", "1.2%", 1.2))
fact("census/vacant-2022", "single", ("census_thejournal", "166,752", 166752))
fact("census/homes-target", "single", ("census_thejournal", "300,000", 300000))
fact("census/target-year", "single", ("census_thejournal", "2030", 2030))
fact("census/orientation-age", "single", ("census_thejournal", "15", 15, "aged 15"))

# ---- football: Scottish Premiership, Hibernian 2-1 Aberdeen, Easter Road, Edinburgh, Saturday 12 September 2026.
#      Winner 89th (BBC, Scotsman) / 92nd minute (Daily Record); red card 58th / 63rd / 58; first booking
#      34th / 31st minute.
fact("football/winner-minute", "conflict", ("football_bbc", "89th minute", 89), ("football_scotsman", "89th-minute", 89),
     ("football_dailyrecord", "92nd minute", 92))
fact("football/red-card", "conflict", ("football_bbc", "58th minute", 58), ("football_scotsman", "63rd minute", 63),
     ("football_dailyrecord", "after 58 minutes", 58))
fact("football/first-yellow", "conflict", ("football_bbc", "34th minute", 34), ("football_scotsman", "31st minute", 31))
fact("football/score", "agree", ("football_bbc", "2-1", "2-1", "Hibernian 2-1 Aberdeen"), ("football_bbc", "2-1", "2-1", "Aberdeen 2-1 at"),
     ("football_scotsman", "2-1", "2-1"), ("football_dailyrecord", "2-1", "2-1"))
fact("football/opener", "agree", ("football_bbc", "23rd minute", 23), ("football_scotsman", "after 23 minutes", 23))
fact("football/equaliser", "agree", ("football_bbc", "71st minute", 71), ("football_dailyrecord", "on 71 minutes", 71))
fact("football/attendance", "agree", ("football_bbc", "18,311", 18311), ("football_scotsman", "18,311", 18311), ("football_dailyrecord", "almost 19,000", 19000))
fact("football/scorer-age", "agree", ("football_bbc", "19-year-old", 19), ("football_dailyrecord", "19-year-old", 19))
fact("football/position", "agree", ("football_bbc", "third", 3, "climb to third"), ("football_scotsman", "third", 3, "third place"),
     ("football_dailyrecord", "third", 3, "sit third"))
fact("football/points", "agree", ("football_bbc", "14 points", 14), ("football_scotsman", "14 points", 14))
fact("football/men", "agree", ("football_bbc", "10-man", 10, "against 10-man Dons"), ("football_bbc", "10-man", 10, "beat 10-man"),
     ("football_bbc", "10 players", 10), ("football_scotsman", "10 men", 10), ("football_dailyrecord", "10-man", 10))
fact("football/run-wins", "agree", ("football_bbc", "one", 1, "won just one"), ("football_scotsman", "one", 1, "one win in six"),
     ("football_dailyrecord", "one", 1, "one win in six"))
fact("football/run-games", "agree", ("football_bbc", "six", 6, "last six"), ("football_scotsman", "six", 6, "one win in six"),
     ("football_dailyrecord", "six", 6, "one win in six"))
fact("football/sub-time", "single", ("football_bbc", "12 minutes", 12))
fact("football/games", "single", ("football_bbc", "seven games", 7))
fact("football/gap", "single", ("football_bbc", "two", 2, "two behind"))
fact("football/aberdeen-position", "single", ("football_bbc", "seventh", 7))
fact("football/short-time", "single", ("football_bbc", "30 minutes", 30))
fact("football/next-game", "single", ("football_bbc", "Saturday", "2026-09-19", "next Saturday"))
fact("football/post", "single", ("football_scotsman", "18 yards", 18))
fact("football/level", "single", ("football_scotsman", "1-1", "1-1"))
fact("football/finish", "single", ("football_scotsman", "six yards", 6))
fact("football/last-home-win", "single", ("football_scotsman", "February 2025", "2025-02"))
fact("football/derby", "single", ("football_scotsman", "3-0", "3-0"))
fact("football/may-month", "single", ("football_scotsman", "May", "2026-05", "4-0 in May"))
fact("football/may", "single", ("football_scotsman", "4-0", "4-0"))
fact("football/thelin-age", "single", ("football_scotsman", "48", 48, "Thelin, 48"))
fact("football/break", "single", ("football_scotsman", "October", "2026-10"))
fact("football/contract", "single", ("football_scotsman", "2029", 2029))
fact("football/conceded", "single", ("football_dailyrecord", "13 goals", 13))
fact("football/cup-day", "single", ("football_dailyrecord", "Tuesday", "2026-09-15"))
fact("football/debut-age", "single", ("football_dailyrecord", "17-year-old", 17))
fact("football/debut-year", "single", ("football_dailyrecord", "2024", 2024))
fact("football/reds", "single", ("football_dailyrecord", "11 red cards", 11))

# ---- locust: desert locust swarms in northern Kenya, agriculture ministry update Wednesday 18 March 2026.
#      Damage "about 12,000 hectares" / "more than 15,000 hectares"; counties seven/eight/seven; first sighted
#      in Marsabit March 3 / March 5 / March 3.
fact("locust/area", "conflict", ("locust_reuters", "about 12,000 hectares", 12000), ("locust_reuters", "29,650 acres", None),
     ("locust_nation", "15,000 hectares", 15000, "ravage 15,000"), ("locust_nation", "more than 15,000 hectares", 15000),
     ("locust_standard", "about 12,000 hectares", 12000))
fact("locust/counties", "conflict", ("locust_reuters", "seven counties", 7), ("locust_nation", "eight counties", 8), ("locust_standard", "seven counties", 7))
fact("locust/first-sighted", "conflict", ("locust_reuters", "March 3", "2026-03-03"), ("locust_nation", "March 5", "2026-03-05"),
     ("locust_standard", "March 3", "2026-03-03"))
fact("locust/households", "agree", ("locust_reuters", "About 18,000", 18000), ("locust_nation", "At least 18,400", 18400), ("locust_standard", "some 18,000", 18000))
fact("locust/swarm-size", "agree", ("locust_reuters", "about 60 square kilometres", 60), ("locust_nation", "about 60 square kilometres", 60),
     ("locust_standard", "about 60 square kilometres", 60))
fact("locust/sprayed", "agree", ("locust_reuters", "about 4,000 hectares", 4000), ("locust_nation", "Some 4,000 hectares", 4000),
     ("locust_standard", "4,000 hectares", 4000, "sprays 4,000"), ("locust_standard", "about 4,000 hectares", 4000))
fact("locust/aircraft", "agree", ("locust_reuters", "four aircraft", 4), ("locust_nation", "four", 4, "four spray aircraft"), ("locust_standard", "four aircraft", 4))
fact("locust/funds", "agree", ("locust_reuters", "1.2 billion shillings", 1200000000), ("locust_reuters", "$9.3 million", None),
     ("locust_nation", "Sh1.2 billion", 1200000000), ("locust_standard", "Sh1.2 billion", 1200000000))
fact("locust/worst-in", "agree", ("locust_reuters", "70 years", 70), ("locust_standard", "70 years", 70))
fact("locust/2020", "agree", ("locust_reuters", "2020", 2020, "than in 2020"), ("locust_reuters", "2020", 2020, "In 2020, East Africa"),
     ("locust_nation", "2020", 2020, "during the 2020 invasion"), ("locust_standard", "2020", 2020, "The 2020 invasion"))
fact("locust/statement-day", "agree", ("locust_reuters", "Wednesday", "2026-03-18"), ("locust_standard", "Wednesday", "2026-03-18"))
fact("locust/per-km", "single", ("locust_reuters", "up to 80 million", 80000000))
fact("locust/one-km", "single", ("locust_reuters", "one square kilometre", 1))
fact("locust/people-equivalent", "single", ("locust_reuters", "35,000", 35000))
fact("locust/rains", "single", ("locust_reuters", "April", "2026-04", "expected in April"))
fact("locust/twentyfold", "single", ("locust_reuters", "twentyfold", 20))
fact("locust/breed-window", "single", ("locust_reuters", "three months", 3))
fact("locust/maize-price", "single", ("locust_reuters", "18%", 18))
fact("locust/price-window", "single", ("locust_reuters", "two weeks", 2))
fact("locust/farmer-age", "single", ("locust_nation", "46", 46, "Wario, 46"))
fact("locust/farm-size", "single", ("locust_nation", "two-acre", 2))
fact("locust/cleared-in", "single", ("locust_nation", "less than an hour", 1))
fact("locust/cleared-day", "single", ("locust_nation", "Sunday", "2026-03-15"))
fact("locust/nys", "single", ("locust_nation", "more than 300", 300))
fact("locust/pesticide", "single", ("locust_nation", "three weeks", 3))
fact("locust/phone", "single", ("locust_nation", "0800 720 611", None))
fact("locust/travel", "single", ("locust_nation", "up to 150 kilometres", 150))
fact("locust/2020-spend", "single", ("locust_nation", "more than Sh1.5 billion", 1500000000))
fact("locust/2020-counties", "single", ("locust_nation", "29", 29, "29 of its 47"))
fact("locust/all-counties", "single", ("locust_nation", "47", 47))
fact("locust/exec-age", "single", ("locust_standard", "52", 52, "Kirimi, 52"))
fact("locust/grams-loss", "single", ("locust_standard", "about 30 per cent", 30))
fact("locust/swarm-day", "single", ("locust_standard", "Monday", "2026-03-16"))
fact("locust/long-rains", "single", ("locust_standard", "late March", "2026-03"))
fact("locust/goats", "single", ("locust_standard", "about 40 goats", 40))
fact("locust/drought-year", "single", ("locust_standard", "2022", 2022))
fact("locust/2019-2020", "single", ("locust_nation", "2019-2020", 2020))
fact("locust/phone-standard", "single", ("locust_standard", "0800 720 611", None))
fact("locust/2020-area", "single", ("locust_standard", "175,000 acres", 175000))
