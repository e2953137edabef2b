"""Hand-written gold for the h24 held-out events (written before any claimcheck run; the author ran none).

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

# ---- fair: shooting near the midway, Arkansas State Fair, Little Rock, Saturday 10 October 2026 ~9:40-9:45 p.m.
#      KATV (Sunday 7:48 AM): four shot, no one killed, boy 16 critical; ADG and THV11 (Sunday afternoon): the boy
#      died Sunday (17 / 16), three others wounded; detained two / three / three; crowd "more than 30,000" / "about 25,000".
fact("fair/dead", "conflict", ("fair_katv", "No one", 0, "No one was killed"), ("fair_thv11", "1", 1, "1 dead"))
fact("fair/shot", "agree", ("fair_katv", "Four", 4, "Four people shot"), ("fair_katv", "Four", 4, "Four people were shot"),
     ("fair_thv11", "four", 4, "one of four people hit"))
fact("fair/other-wounded", "agree", ("fair_katv", "three", 3, "three other people wounded"), ("fair_katv", "three", 3, "All three were"),
     ("fair_adg", "Three", 3, "Three other people"), ("fair_thv11", "3", 3, "3 hurt"), ("fair_thv11", "three", 3, "other three people"))
fact("fair/boy-age", "conflict", ("fair_katv", "16-year-old", 16), ("fair_adg", "17-year-old", 17),
     ("fair_thv11", "16-year-old", 16, "Police say a 16-year-old"), ("fair_thv11", "16-year-old", 16, "the 16-year-old boy was one"))
fact("fair/girl-age", "agree", ("fair_katv", "15-year-old", 15), ("fair_adg", "15-year-old", 15, "15-year-old girl"))
fact("fair/man-age", "agree", ("fair_katv", "19-year-old", 19), ("fair_adg", "19-year-old", 19))
fact("fair/woman-age", "agree", ("fair_katv", "42-year-old", 42), ("fair_adg", "42-year-old", 42))
fact("fair/time", "agree", ("fair_katv", "around 9:40 p.m.", "21:40"), ("fair_adg", "about 9:45 p.m.", "21:45"), ("fair_thv11", "9:42 p.m.", "21:42"))
fact("fair/date", "agree", ("fair_katv", "Saturday", "2026-10-10"), ("fair_adg", "Saturday", "2026-10-10", "shot Saturday night"),
     ("fair_adg", "Saturday", "2026-10-10", "on Saturday night, usually"), ("fair_thv11", "Saturday", "2026-10-10", "on Saturday night"))
fact("fair/death-day", "agree", ("fair_adg", "Sunday", "2026-10-11", "died Sunday morning"), ("fair_thv11", "Sunday", "2026-10-11", "died Sunday."),
     ("fair_thv11", "Sunday", "2026-10-11", "hospital on Sunday"))
fact("fair/detained", "conflict", ("fair_katv", "Two", 2, "Two teenagers"), ("fair_adg", "Three", 3, "Three juveniles"),
     ("fair_thv11", "3", 3, "3 teens detained"), ("fair_thv11", "Three", 3, "Three teens were detained"))
fact("fair/crowd", "conflict", ("fair_katv", "more than 30,000", 30000), ("fair_adg", "about 25,000", 25000))
fact("fair/casings", "agree", ("fair_adg", "at least 11", 11), ("fair_thv11", "a dozen", 12))
fact("fair/closed", "agree", ("fair_katv", "about 10:15 p.m.", "22:15"), ("fair_thv11", "10:30 p.m.", "22:30"))
fact("fair/reopened", "agree", ("fair_adg", "noon", "12:00", "reopened at noon"), ("fair_thv11", "noon", "12:00", "reopened at noon with"),
     ("fair_thv11", "noon", "12:00", "It reopened at noon"))
fact("fair/reopen-day", "agree", ("fair_adg", "Sunday", "2026-10-11", "noon Sunday"), ("fair_thv11", "Sunday", "2026-10-11", "noon Sunday"))
fact("fair/length", "agree", ("fair_katv", "10-day", 10), ("fair_thv11", "10-day", 10))
fact("fair/end", "agree", ("fair_katv", "Oct. 18", "2026-10-18"), ("fair_adg", "Oct. 18", "2026-10-18"), ("fair_thv11", "Oct. 18", "2026-10-18"))
fact("fair/critical-day", "single", ("fair_katv", "Sunday", "2026-10-11", "early Sunday at"))
fact("fair/opened", "single", ("fair_katv", "Oct. 9", "2026-10-09"))
fact("fair/early", "single", ("fair_katv", "nearly two hours", 2))
fact("fair/charged-age", "single", ("fair_adg", "15-year-old", 15, "a 15-year-old boy"))
fact("fair/battery-counts", "single", ("fair_adg", "three", 3, "three counts"))
fact("fair/released", "single", ("fair_adg", "two", 2, "other two were released"))
fact("fair/homicide-no", "single", ("fair_adg", "52nd", 52))
fact("fair/detectors", "single", ("fair_adg", "Twelve", 12))
fact("fair/last-year", "single", ("fair_adg", "about 410,000", 410000))
fact("fair/2023", "single", ("fair_adg", "2023", 2023))
fact("fair/vigil", "single", ("fair_adg", "Tuesday", "2026-10-13"))
fact("fair/curfew-age", "single", ("fair_thv11", "18", 18, "under 18"))
fact("fair/curfew-time", "single", ("fair_thv11", "6 p.m.", "18:00"))
fact("fair/stand", "single", ("fair_thv11", "about 30 feet", 30))
# ---- dog: fatal dog mauling, Myrtle Avenue, Lamont, Kern County, Calif., Tuesday 18 August 2026 ~6:45-6:50 a.m.
#      Victim 61/62/61; dogs three/four/three; owner arrested, 34, $100,000 bail.
fact("dog/victim-age", "conflict", ("dog_kget", "61-year-old", 61), ("dog_californian", "62", 62, "woman, 62"),
     ("dog_californian", "62", 62, "Delgado, 62"), ("dog_23abc", "61", 61, "who was 61"))
fact("dog/dogs", "conflict", ("dog_kget", "three", 3, "three dogs"), ("dog_californian", "four", 4, "four dogs"),
     ("dog_23abc", "three", 3, "three dogs"))
fact("dog/dog-shot", "agree", ("dog_kget", "one", 1, "one of the dogs"), ("dog_californian", "one", 1, "killing one dog"),
     ("dog_23abc", "one", 1, "one of the dogs"))
fact("dog/time", "agree", ("dog_kget", "about 6:50 a.m.", "06:50"), ("dog_californian", "shortly before 7 a.m.", "07:00"),
     ("dog_23abc", "around 6:45 a.m.", "06:45"))
fact("dog/date", "agree", ("dog_kget", "Tuesday", "2026-08-18", "Tuesday morning"), ("dog_californian", "Tuesday", "2026-08-18", "early Tuesday"),
     ("dog_23abc", "Tuesday", "2026-08-18", "died Tuesday"))
fact("dog/owner-age", "agree", ("dog_kget", "34-year-old", 34), ("dog_californian", "34", 34), ("dog_23abc", "34", 34))
fact("dog/bail", "agree", ("dog_kget", "$100,000", 100000), ("dog_californian", "$100,000", 100000), ("dog_23abc", "$100,000", 100000))
fact("dog/complaints", "agree", ("dog_kget", "at least two", 2), ("dog_californian", "two", 2, "two complaints"))
fact("dog/distance", "agree", ("dog_kget", "about 100 yards", 300), ("dog_californian", "about 300 feet", 300))
fact("dog/block", "single", ("dog_kget", "10800 block", 10800))
fact("dog/other-dogs", "single", ("dog_kget", "two", 2, "other two ran"))
fact("dog/neighbor-age", "single", ("dog_kget", "28-year-old", 28))
fact("dog/bites", "single", ("dog_kget", "more than 1,900", 1900))
fact("dog/deputies", "single", ("dog_californian", "Two", 2, "Two deputies"))
fact("dog/court", "single", ("dog_californian", "Friday", "2026-08-21"))
fact("dog/complaints-since", "single", ("dog_californian", "March", "2026-03"))
fact("dog/warning", "single", ("dog_californian", "May", "2026-05"))
fact("dog/us-deaths", "single", ("dog_californian", "About 40", 40))
fact("dog/last-fatal", "single", ("dog_californian", "2024", 2024))
fact("dog/oildale-age", "single", ("dog_californian", "72-year-old", 72))
fact("dog/gofundme", "single", ("dog_californian", "more than $18,000", 18000))
fact("dog/years-worked", "single", ("dog_californian", "22 years", 22))
fact("dog/grandchildren", "single", ("dog_californian", "six", 6, "six grandchildren"))
fact("dog/arrest-day", "single", ("dog_californian", "Tuesday", "2026-08-18", "arrested Tuesday afternoon"))
fact("dog/flowers-day", "single", ("dog_23abc", "Tuesday", "2026-08-18", "Tuesday evening"))
fact("dog/first-in", "single", ("dog_23abc", "two years", 2))
# ---- storeshoot: robbery suspect shot dead by a Columbus officer outside the Cleveland Avenue Market, 2600 block
#      of Cleveland Avenue, North Linden, Monday 2 March 2026 ~11:15-11:20 p.m. Suspect 27/28/28; shots four/three/four;
#      cash "about $300" / $340.
fact("storeshoot/suspect-age", "conflict", ("storeshoot_10tv", "27-year-old", 27), ("storeshoot_dispatch", "28", 28, "Jennings, 28"),
     ("storeshoot_nbc4", "28-year-old", 28))
fact("storeshoot/shots", "conflict", ("storeshoot_10tv", "four", 4, "fired four times"), ("storeshoot_dispatch", "three", 3, "three rounds"),
     ("storeshoot_nbc4", "four", 4, "four shots"))
fact("storeshoot/cash", "conflict", ("storeshoot_10tv", "about $300", 300), ("storeshoot_dispatch", "$340", 340))
fact("storeshoot/time", "agree", ("storeshoot_10tv", "around 11:20 p.m.", "23:20"), ("storeshoot_dispatch", "about 11:15 p.m.", "23:15"),
     ("storeshoot_nbc4", "11:18 p.m.", "23:18"))
fact("storeshoot/date", "agree", ("storeshoot_10tv", "Monday", "2026-03-02"), ("storeshoot_dispatch", "Monday", "2026-03-02"),
     ("storeshoot_nbc4", "Monday", "2026-03-02", "midnight Monday"))
fact("storeshoot/clerk-age", "agree", ("storeshoot_10tv", "54-year-old", 54), ("storeshoot_nbc4", "54", 54))
fact("storeshoot/officer-years", "agree", ("storeshoot_10tv", "six-year", 6), ("storeshoot_dispatch", "six years", 6),
     ("storeshoot_nbc4", "six years", 6))
fact("storeshoot/officers", "agree", ("storeshoot_10tv", "two", 2, "two officers arrived"), ("storeshoot_dispatch", "Two", 2, "Two officers"))
fact("storeshoot/block", "agree", ("storeshoot_10tv", "2600 block", 2600), ("storeshoot_dispatch", "2600 block", 2600))
fact("storeshoot/footage", "agree", ("storeshoot_10tv", "within seven days", 7), ("storeshoot_dispatch", "within 7 days", 7),
     ("storeshoot_nbc4", "within a week", 7))
fact("storeshoot/nth-shooting", "agree", ("storeshoot_10tv", "third", 3), ("storeshoot_dispatch", "third", 3), ("storeshoot_nbc4", "third", 3))
fact("storeshoot/death-time", "single", ("storeshoot_dispatch", "11:51 p.m.", "23:51"))
fact("storeshoot/death-after", "single", ("storeshoot_dispatch", "about half an hour", 30))
fact("storeshoot/arrival", "single", ("storeshoot_dispatch", "within two minutes", 2))
fact("storeshoot/hits", "single", ("storeshoot_dispatch", "twice", 2))
fact("storeshoot/other-officer", "single", ("storeshoot_dispatch", "eight-year", 8))
fact("storeshoot/policy-year", "single", ("storeshoot_dispatch", "2021", 2021))
fact("storeshoot/2025", "single", ("storeshoot_dispatch", "2025", 2025))
fact("storeshoot/2025-shot", "single", ("storeshoot_dispatch", "11", 11, "shot 11 people"))
fact("storeshoot/2025-fatal", "single", ("storeshoot_dispatch", "four", 4, "four of them fatally"))
fact("storeshoot/clerk-tenure", "single", ("storeshoot_dispatch", "nine years", 9))
fact("storeshoot/robbery-length", "single", ("storeshoot_nbc4", "less than a minute", 1))
# ---- schoolbus: pickup runs a stop sign and overturns a Greenville County school bus, S.C. 14 at Bennett Road near
#      Greer, S.C., Wednesday 23 September 2026 ~7:04 a.m. WYFF (9:32 AM): twelve students to hospitals; Greenville
#      News and FOX Carolina (afternoon): 18. Aboard 31/33/31; pickup driver 23/24.
fact("schoolbus/injured", "conflict", ("schoolbus_wyff", "Twelve", 12), ("schoolbus_gvlnews", "18", 18, "18 students hospitalized"),
     ("schoolbus_gvlnews", "Eighteen", 18), ("schoolbus_foxcarolina", "18", 18, "18 students hurt"),
     ("schoolbus_foxcarolina", "Eighteen", 18))
fact("schoolbus/aboard", "conflict", ("schoolbus_wyff", "31", 31), ("schoolbus_gvlnews", "33", 33), ("schoolbus_foxcarolina", "31", 31))
fact("schoolbus/pickup-driver-age", "conflict", ("schoolbus_gvlnews", "23-year-old", 23), ("schoolbus_foxcarolina", "24", 24, "who is 24"))
fact("schoolbus/serious", "agree", ("schoolbus_gvlnews", "Two", 2, "Two of the students"), ("schoolbus_foxcarolina", "Two", 2, "Two students"))
fact("schoolbus/time", "agree", ("schoolbus_wyff", "around 7:05 a.m.", "07:05"), ("schoolbus_gvlnews", "about 7 a.m.", "07:00"),
     ("schoolbus_foxcarolina", "7:04 a.m.", "07:04"))
fact("schoolbus/date", "agree", ("schoolbus_wyff", "Wednesday", "2026-09-23"), ("schoolbus_gvlnews", "Wednesday", "2026-09-23", "hospitalized Wednesday"),
     ("schoolbus_gvlnews", "Wednesday", "2026-09-23", "Wednesday's crash"), ("schoolbus_foxcarolina", "Wednesday", "2026-09-23", "Wednesday morning"))
fact("schoolbus/busdriver-age", "agree", ("schoolbus_wyff", "64-year-old", 64), ("schoolbus_gvlnews", "64", 64))
fact("schoolbus/still-hospitalized", "single", ("schoolbus_gvlnews", "three", 3, "all but three"))
fact("schoolbus/released-by", "single", ("schoolbus_gvlnews", "Wednesday", "2026-09-23", "By Wednesday evening"))
fact("schoolbus/pickup-model", "single", ("schoolbus_gvlnews", "2015", 2015))
fact("schoolbus/speed", "single", ("schoolbus_gvlnews", "about 55 mph", 55))
fact("schoolbus/driver-tenure", "single", ("schoolbus_gvlnews", "more than 20 years", 20))
fact("schoolbus/built", "single", ("schoolbus_gvlnews", "2008", 2008))
fact("schoolbus/bus-age", "single", ("schoolbus_gvlnews", "18-year-old", 18))
fact("schoolbus/replacement", "single", ("schoolbus_gvlnews", "15-year", 15))
fact("schoolbus/old-buses", "single", ("schoolbus_gvlnews", "hundreds", 200))
fact("schoolbus/prior-crashes", "single", ("schoolbus_gvlnews", "at least four", 4))
fact("schoolbus/petition", "single", ("schoolbus_gvlnews", "more than 600", 600))
fact("schoolbus/classes-day", "single", ("schoolbus_foxcarolina", "Wednesday", "2026-09-23", "as scheduled Wednesday"))
fact("schoolbus/sign-replaced", "single", ("schoolbus_foxcarolina", "June", "2026-06"))
fact("schoolbus/reopened", "single", ("schoolbus_foxcarolina", "shortly after 1 p.m.", "13:00"))
# ---- tanker: petrol tanker overturns and explodes near Koton-Karfe on the Lokoja-Abuja highway, Kogi state, Nigeria,
#      Tuesday 5 May 2026 ~10:30-10:45 a.m. Reuters (Tuesday) "at least 52" dead; AFP (Wednesday) 71; Premium Times
#      (Wednesday) 73. Injured "More than 60" / 58 / "more than 60"; vehicles Fourteen / "About a dozen".
fact("tanker/dead", "conflict", ("tanker_reuters", "at least 52", 52), ("tanker_reuters", "At least 52", 52),
     ("tanker_afp", "71", 71, "toll rises to 71"), ("tanker_afp", "71", 71, "risen to 71"), ("tanker_afp", "Seventy-one", 71),
     ("tanker_premiumtimes", "73", 73, "hits 73"), ("tanker_premiumtimes", "73", 73, "risen to 73"))
fact("tanker/injured", "conflict", ("tanker_reuters", "More than 60", 60), ("tanker_afp", "58", 58), ("tanker_premiumtimes", "more than 60", 60))
fact("tanker/litres", "agree", ("tanker_reuters", "33,000 litres", 33000), ("tanker_premiumtimes", "33,000 litres", 33000))
fact("tanker/time", "agree", ("tanker_reuters", "around 10:30 a.m.", "10:30"), ("tanker_reuters", "0930 GMT", None),
     ("tanker_premiumtimes", "about 10:45am", "10:45"))
fact("tanker/date", "agree", ("tanker_reuters", "Tuesday", "2026-05-05"), ("tanker_afp", "Tuesday", "2026-05-05"),
     ("tanker_premiumtimes", "Tuesday", "2026-05-05", "Tuesday's tanker"), ("tanker_premiumtimes", "Tuesday", "2026-05-05", "10:45am on Tuesday"))
fact("tanker/vehicles", "conflict", ("tanker_afp", "Fourteen", 14), ("tanker_premiumtimes", "About a dozen", 12))
fact("tanker/burial-day", "agree", ("tanker_afp", "Wednesday", "2026-05-06", "Wednesday afternoon"),
     ("tanker_premiumtimes", "Wednesday", "2026-05-06", "buried on Wednesday"))
fact("tanker/jigawa-dead", "agree", ("tanker_reuters", "more than 150", 150), ("tanker_afp", "at least 170", 170))
fact("tanker/jigawa-date", "agree", ("tanker_reuters", "October 2024", "2024-10"), ("tanker_afp", "October 2024", "2024-10"))
fact("tanker/mourning", "single", ("tanker_reuters", "three days", 3))
fact("tanker/subsidy-year", "single", ("tanker_reuters", "2023", 2023))
fact("tanker/petrol-price", "single", ("tanker_reuters", "around 1,000 naira", 1000), ("tanker_reuters", "$0.65", None))
fact("tanker/trucks", "single", ("tanker_reuters", "thousands", 2000))
fact("tanker/buses", "single", ("tanker_afp", "two", 2, "two buses"))
fact("tanker/witness-age", "single", ("tanker_afp", "38", 38))
fact("tanker/niger-dead", "single", ("tanker_afp", "98", 98))
fact("tanker/niger-date", "single", ("tanker_afp", "January", "2025-01"))
fact("tanker/mechanic-age", "single", ("tanker_premiumtimes", "45-year-old", 45))
fact("tanker/unidentified", "single", ("tanker_premiumtimes", "50", 50))
fact("tanker/felele-year", "single", ("tanker_premiumtimes", "2020", 2020))
fact("tanker/felele-dead", "single", ("tanker_premiumtimes", "23", 23))
# ---- portstrike: Verdi warning strike at five German North Sea ports, from 6 a.m. Tuesday 14 July 2026.
#      Length 48 hours (Reuters, DW; until 6 a.m. Thursday) vs 36 hours until Wednesday evening (The Loadstar);
#      next round July 21 / July 22.
fact("portstrike/length", "conflict", ("portstrike_reuters", "48-hour", 48, "begin 48-hour"), ("portstrike_reuters", "48-hour", 48, "in a 48-hour"),
     ("portstrike_dw", "two days", 48), ("portstrike_dw", "48-hour", 48), ("portstrike_dw", "48 hours", 48, "last 48 hours"),
     ("portstrike_loadstar", "36-hour", 36))
fact("portstrike/end-day", "conflict", ("portstrike_reuters", "Thursday", "2026-07-16"), ("portstrike_loadstar", "Wednesday", "2026-07-15"))
fact("portstrike/workers", "agree", ("portstrike_reuters", "about 12,000", 12000), ("portstrike_dw", "Some 12,000", 12000),
     ("portstrike_loadstar", "12,000", 12000))
fact("portstrike/ports", "agree", ("portstrike_reuters", "five", 5, "five ports"), ("portstrike_loadstar", "five", 5, "five ports"))
fact("portstrike/start-time", "agree", ("portstrike_reuters", "6 a.m.", "06:00", "from 6 a.m."), ("portstrike_reuters", "0400 GMT", None),
     ("portstrike_loadstar", "6am", "06:00"))
fact("portstrike/start-day", "agree", ("portstrike_reuters", "Tuesday", "2026-07-14", "job on Tuesday"),
     ("portstrike_reuters", "Tuesday", "2026-07-14", "on Tuesday until"), ("portstrike_dw", "Tuesday", "2026-07-14"))
fact("portstrike/demand", "agree", ("portstrike_reuters", "3 euros per hour", 3), ("portstrike_dw", "€3 an hour", 3),
     ("portstrike_loadstar", "€3 per hour", 3))
fact("portstrike/offer", "agree", ("portstrike_reuters", "7.2%", 7.2), ("portstrike_dw", "7%", 7), ("portstrike_loadstar", "7.2%", 7.2))
fact("portstrike/offer-term", "agree", ("portstrike_reuters", "24 months", 24), ("portstrike_dw", "two years", 24, "over two years"),
     ("portstrike_loadstar", "two years", 24))
fact("portstrike/ships", "agree", ("portstrike_reuters", "More than 20", 20), ("portstrike_dw", "about 30", 30), ("portstrike_loadstar", "Some 27", 27))
fact("portstrike/next-talks", "conflict", ("portstrike_reuters", "July 21", "2026-07-21"), ("portstrike_dw", "July 22", "2026-07-22"))
fact("portstrike/june-date", "agree", ("portstrike_reuters", "June 23", "2026-06-23"), ("portstrike_dw", "June 23", "2026-06-23"),
     ("portstrike_loadstar", "June", "2026-06"))
fact("portstrike/june-length", "agree", ("portstrike_reuters", "24-hour", 24), ("portstrike_dw", "a day", 24, "for a day"))
fact("portstrike/hamburg-teu", "agree", ("portstrike_reuters", "7.8 million", 7.8e6), ("portstrike_loadstar", "7.8m", 7.8e6))
fact("portstrike/teu-year", "agree", ("portstrike_reuters", "2025", 2025), ("portstrike_loadstar", "last year", 2025))
fact("portstrike/ships-day", "single", ("portstrike_reuters", "Tuesday", "2026-07-14", "Tuesday afternoon"))
fact("portstrike/smaller-ports", "single", ("portstrike_reuters", "three", 3, "three smaller"))
fact("portstrike/round", "single", ("portstrike_reuters", "third", 3))
fact("portstrike/next-round", "single", ("portstrike_reuters", "fourth", 4))
fact("portstrike/end-time", "single", ("portstrike_reuters", "6 a.m.", "06:00", "until 6 a.m."))
fact("portstrike/backdated", "single", ("portstrike_reuters", "June 1", "2026-06-01"))
fact("portstrike/since", "single", ("portstrike_reuters", "2022", 2022))
fact("portstrike/teu-change", "single", ("portstrike_reuters", "1.2%", 1.2))
fact("portstrike/2024-length", "single", ("portstrike_dw", "48 hours", 48, "out for 48 hours"))
fact("portstrike/2024", "single", ("portstrike_dw", "2024", 2024))
fact("portstrike/members", "single", ("portstrike_dw", "around 1.9 million", 1.9e6))
fact("portstrike/delays-max", "single", ("portstrike_loadstar", "up to a week", 7))
fact("portstrike/delays", "single", ("portstrike_loadstar", "three to four days", 3.5))
fact("portstrike/surcharge", "single", ("portstrike_loadstar", "€150", 150))
fact("portstrike/labour-cost", "single", ("portstrike_loadstar", "more than 10%", 10))
fact("portstrike/rotterdam", "single", ("portstrike_loadstar", "13.8m", 1.38e7))
fact("portstrike/yard", "single", ("portstrike_loadstar", "above 85%", 85))
# ---- drought: Yorkshire Water hosepipe ban announced Tuesday 30 June 2026, in force Friday 10 July (BBC, YP) /
#      "from 11 July" (Guardian); spring rainfall 58% (BBC, Met Office) / 62 per cent (YP, Yorkshire Water).
fact("drought/start", "conflict", ("drought_bbc", "Friday 10 July", "2026-07-10"), ("drought_guardian", "11 July", "2026-07-11"),
     ("drought_yorkshirepost", "July 10", "2026-07-10"))
fact("drought/rainfall", "conflict", ("drought_bbc", "58%", 58), ("drought_yorkshirepost", "62 per cent", 62))
fact("drought/customers", "agree", ("drought_bbc", "5.5 million", 5.5e6, "for 5.5 million people"), ("drought_bbc", "5.5 million", 5.5e6, "its 5.5 million"),
     ("drought_guardian", "More than 5 million", 5e6), ("drought_yorkshirepost", "5.5 million", 5.5e6))
fact("drought/reservoirs", "agree", ("drought_bbc", "51.6%", 51.6), ("drought_guardian", "about 52%", 52),
     ("drought_yorkshirepost", "just under 52 per cent", 52, "drop to just under"), ("drought_yorkshirepost", "just under 52 per cent", 52, "fallen to just under"))
fact("drought/normal-level", "agree", ("drought_bbc", "about 80%", 80), ("drought_guardian", "around 78%", 78))
fact("drought/fine", "agree", ("drought_bbc", "up to £1,000", 1000), ("drought_guardian", "up to £1,000", 1000), ("drought_yorkshirepost", "up to £1,000", 1000))
fact("drought/leakage", "agree", ("drought_guardian", "about 280m litres", 2.8e8), ("drought_yorkshirepost", "280 million litres", 2.8e8))
fact("drought/announced", "agree", ("drought_bbc", "Tuesday", "2026-06-30"), ("drought_guardian", "Tuesday", "2026-06-30"),
     ("drought_yorkshirepost", "yesterday", "2026-06-30"))
fact("drought/last-ban", "agree", ("drought_bbc", "August 2022", "2022-08"), ("drought_yorkshirepost", "2022", 2022))
fact("drought/stock-day", "single", ("drought_bbc", "Monday", "2026-06-29"))
fact("drought/dry-month", "single", ("drought_bbc", "May", "2026-05"))
fact("drought/demand", "single", ("drought_bbc", "1.6 billion litres", 1.6e9))
fact("drought/typical-demand", "single", ("drought_bbc", "about 1.3 billion", 1.3e9))
fact("drought/ban-lifted", "single", ("drought_bbc", "December", "2022-12"))
fact("drought/leaks-fixed", "single", ("drought_bbc", "about 1,000", 1000))
fact("drought/river-month", "single", ("drought_bbc", "June", "2026-06", "recorded in June"))
fact("drought/since-month", "single", ("drought_guardian", "March", "2026-03"))
fact("drought/leak-share", "single", ("drought_guardian", "roughly a fifth", 20))
fact("drought/leak-cut", "single", ("drought_guardian", "a quarter", 25))
fact("drought/leak-since", "single", ("drought_guardian", "2019", 2019))
fact("drought/spend", "single", ("drought_guardian", "£1.2bn", 1.2e9))
fact("drought/spend-years", "single", ("drought_guardian", "five years", 5))
fact("drought/bills", "single", ("drought_guardian", "28%", 28))
fact("drought/bills-month", "single", ("drought_guardian", "April", "2026-04"))
fact("drought/period", "single", ("drought_guardian", "five-year", 5))
fact("drought/1995", "single", ("drought_guardian", "1995", 1995))
fact("drought/winters", "single", ("drought_guardian", "two", 2, "two dry winters"))
fact("drought/pennine", "single", ("drought_yorkshirepost", "a third", 33.3))
fact("drought/target", "single", ("drought_yorkshirepost", "2050", 2050))
fact("drought/turf", "single", ("drought_yorkshirepost", "28 days", 28))
fact("drought/2022-level", "single", ("drought_yorkshirepost", "below 40 per cent", 40))
fact("drought/butts", "single", ("drought_yorkshirepost", "four", 4, "four water butts"))
fact("drought/gardener-age", "single", ("drought_yorkshirepost", "71", 71))
fact("drought/allotment", "single", ("drought_yorkshirepost", "30 years", 30))
# ---- yen: Japan's yen-buying intervention, Tuesday 22 September 2026. Size "around 5.5 trillion yen" (Reuters) /
#      "about ¥4.2 trillion" (Bloomberg) / "about 5 trillion yen" (Nikkei); time "around 2:20 p.m." / "just after 3 p.m."
#      / "shortly after 2 p.m.".
fact("yen/amount", "conflict", ("yen_reuters", "around 5.5 trillion yen", 5.5e12), ("yen_reuters", "$35 billion", None),
     ("yen_bloomberg", "about ¥4.2 trillion", 4.2e12), ("yen_nikkei", "5 trillion yen", 5e12, "Estimated 5 trillion"),
     ("yen_nikkei", "about 5 trillion yen", 5e12), ("yen_nikkei", "$32 billion", None))
fact("yen/time", "conflict", ("yen_reuters", "around 2:20 p.m.", "14:20"), ("yen_reuters", "0520 GMT", None),
     ("yen_bloomberg", "just after 3 p.m.", "15:00"), ("yen_nikkei", "shortly after 2 p.m.", "14:00"))
fact("yen/weakest", "agree", ("yen_reuters", "162", 162, "slides past 162"), ("yen_reuters", "162", 162, "slid past 162"),
     ("yen_reuters", "162.40", 162.4), ("yen_bloomberg", "162.4", 162.4), ("yen_nikkei", "162", 162, "hits 162"),
     ("yen_nikkei", "162", 162, "dropped to 162"))
fact("yen/move", "agree", ("yen_reuters", "as much as 3.2%", 3.2), ("yen_bloomberg", "as much as 3.2%", 3.2), ("yen_nikkei", "more than 3%", 3))
fact("yen/low", "agree", ("yen_reuters", "157.15", 157.15), ("yen_nikkei", "around 157", 157))
fact("yen/date", "agree", ("yen_reuters", "Tuesday", "2026-09-22"), ("yen_bloomberg", "Tuesday", "2026-09-22"), ("yen_nikkei", "Tuesday", "2026-09-22"))
fact("yen/gap", "agree", ("yen_reuters", "more than two years", 2), ("yen_nikkei", "over two years", 2))
fact("yen/last-intervention", "agree", ("yen_bloomberg", "2024", 2024, "since 2024"), ("yen_nikkei", "July 2024", "2024-07"))
fact("yen/mof-release", "agree", ("yen_reuters", "Sept. 30", "2026-09-30"), ("yen_bloomberg", "Sept. 30", "2026-09-30"),
     ("yen_nikkei", "Sept. 30", "2026-09-30"))
fact("yen/mof-period-end", "agree", ("yen_bloomberg", "Sept. 26", "2026-09-26"), ("yen_nikkei", "Sept. 26", "2026-09-26"))
fact("yen/2024-spend", "agree", ("yen_reuters", "9.79 trillion yen", 9.79e12), ("yen_bloomberg", "¥9.8 trillion", 9.8e12))
fact("yen/sources", "single", ("yen_reuters", "two", 2, "two government sources"))
fact("yen/decades", "single", ("yen_reuters", "almost four decades", 40))
fact("yen/2024-times", "single", ("yen_reuters", "2024", 2024, "several times in 2024"))
fact("yen/2024-low", "single", ("yen_reuters", "34-year", 34))
fact("yen/recovered", "single", ("yen_reuters", "around 159 yen", 159))
fact("yen/toward", "single", ("yen_bloomberg", "163", 163))
fact("yen/2024-months", "single", ("yen_bloomberg", "April and May 2024", "2024-05"))
fact("yen/since-year", "single", ("yen_bloomberg", "1990", 1990))
fact("yen/line", "single", ("yen_bloomberg", "160", 160))
fact("yen/boj-rate", "single", ("yen_bloomberg", "0.75%", 0.75))
fact("yen/boj-month", "single", ("yen_bloomberg", "July", "2026-07"))
fact("yen/topix", "single", ("yen_bloomberg", "1.1%", 1.1))
fact("yen/august-level", "single", ("yen_nikkei", "about 147 yen", 147))
fact("yen/august", "single", ("yen_nikkei", "August", "2026-08"))
fact("yen/2024-total", "single", ("yen_nikkei", "about 15 trillion yen", 1.5e13))
fact("yen/2024-year", "single", ("yen_nikkei", "2024", 2024, "In 2024, Japan"))
fact("yen/2024-count", "single", ("yen_nikkei", "four times", 4))
fact("yen/2024-record", "single", ("yen_nikkei", "161.95", 161.95))
fact("yen/38-years", "single", ("yen_nikkei", "38 years", 38))
fact("yen/sand", "single", ("yen_nikkei", "around 162", 162))
fact("yen/wages", "single", ("yen_nikkei", "fourth", 4))
fact("yen/wages-month", "single", ("yen_nikkei", "July", "2026-07", "month in July"))
fact("yen/period-start", "single", ("yen_nikkei", "Aug. 28", "2026-08-28"))
# ---- skilift: chairlift cable leaves its pulleys at Saint-Lary-Soulan, Hautes-Pyrenees, Wednesday 11 February 2026
#      ~11:15. AFP (first): one dead, nine injured; France 24 (evening, "updated toll") and The Connexion (next day):
#      17 injured, serious four / Five. Victim 58 / "in his fifties" / 59; drop "about 10 metres" / "some 15 metres".
fact("skilift/injured", "conflict", ("skilift_afp", "nine", 9, "nine hurt"), ("skilift_afp", "nine", 9, "nine people injured"),
     ("skilift_france24", "17", 17, "17 injured"), ("skilift_france24", "17", 17, "17 injured, four"), ("skilift_connexion", "17", 17))
fact("skilift/serious", "conflict", ("skilift_france24", "four", 4, "four of them seriously"), ("skilift_connexion", "Five", 5))
fact("skilift/victim-age", "conflict", ("skilift_afp", "58-year-old", 58), ("skilift_france24", "in his fifties", 55),
     ("skilift_connexion", "59", 59, "Skier, 59"), ("skilift_connexion", "59-year-old", 59))
fact("skilift/drop", "conflict", ("skilift_afp", "about 10 metres", 10), ("skilift_connexion", "some 15 metres", 15))
fact("skilift/dead", "agree", ("skilift_afp", "One", 1, "One dead"), ("skilift_france24", "one", 1, "one dead"),
     ("skilift_france24", "One", 1, "One person was killed"))
fact("skilift/chairs", "agree", ("skilift_afp", "three", 3, "three chairs fell"), ("skilift_afp", "Three", 3, "Three chairs"),
     ("skilift_france24", "three", 3, "three chairs"), ("skilift_connexion", "three", 3, "three chairs to the snow"),
     ("skilift_connexion", "three", 3, "three chairs fell"))
fact("skilift/stranded", "agree", ("skilift_afp", "About 200", 200), ("skilift_france24", "Nearly 200", 200), ("skilift_connexion", "Around 180", 180))
fact("skilift/time", "agree", ("skilift_afp", "around 11:15 am", "11:15"), ("skilift_france24", "shortly after 11am", "11:00"),
     ("skilift_connexion", "a little after 11:00", "11:00"))
fact("skilift/date", "agree", ("skilift_afp", "Wednesday", "2026-02-11"), ("skilift_france24", "Wednesday", "2026-02-11", "Pyrenees on Wednesday"),
     ("skilift_connexion", "yesterday", "2026-02-11"), ("skilift_connexion", "Wednesday, February 11", "2026-02-11"))
fact("skilift/seats", "agree", ("skilift_afp", "four-seater", 4), ("skilift_connexion", "four-seat", 4))
fact("skilift/rescuers", "agree", ("skilift_afp", "Some 50", 50), ("skilift_france24", "some 50", 50))
fact("skilift/helicopters", "agree", ("skilift_afp", "two", 2, "two helicopters"), ("skilift_france24", "Two", 2, "Two helicopters"))
fact("skilift/built", "agree", ("skilift_france24", "1985", 1985), ("skilift_connexion", "1985", 1985))
fact("skilift/inspection", "agree", ("skilift_afp", "December", "2025-12"), ("skilift_france24", "December", "2025-12"))
fact("skilift/france-lifts", "agree", ("skilift_afp", "around 3,300", 3300), ("skilift_france24", "around 3,300", 3300))
fact("skilift/astun-date", "agree", ("skilift_afp", "January 2025", "2025-01"), ("skilift_france24", "January 2025", "2025-01"),
     ("skilift_connexion", "January 2025", "2025-01"))
fact("skilift/astun-injured", "agree", ("skilift_afp", "dozens", 24), ("skilift_france24", "around 30", 30), ("skilift_connexion", "some 30", 30))
fact("skilift/evacuation-length", "single", ("skilift_afp", "more than three hours", 3))
fact("skilift/slopes", "single", ("skilift_afp", "around 100 kilometres", 100))
fact("skilift/holidays", "single", ("skilift_afp", "February", "2026-02"))
fact("skilift/reopen-day", "single", ("skilift_afp", "Thursday", "2026-02-12", "normally on Thursday"))
fact("skilift/minister-visit", "single", ("skilift_afp", "Thursday", "2026-02-12", "Thursday morning"))
fact("skilift/modernised", "single", ("skilift_france24", "2016", 2016))
fact("skilift/slopes-closed-day", "single", ("skilift_france24", "Wednesday", "2026-02-11", "Wednesday afternoon"))
fact("skilift/capacity", "single", ("skilift_connexion", "2,400", 2400))
fact("skilift/girl-age", "single", ("skilift_connexion", "eight-year-old", 8))
fact("skilift/girl-year", "single", ("skilift_connexion", "2016", 2016))
fact("skilift/vosges-year", "single", ("skilift_connexion", "2021", 2021))
fact("skilift/vosges-injured", "single", ("skilift_connexion", "six", 6, "injured six"))
