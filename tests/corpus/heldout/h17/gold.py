"""Hand-written gold for the h17 held-out events (written before running claimcheck; claimcheck was not run by
the author at all: the lead scores the set).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8-h15 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than" open above;
"up to"/"less than" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on a
half or quarter hour, 5 otherwise; "just before midnight" read as 23:45-24:00, "shortly after 5 p.m." as 17:00-17:15.
Vague plurals: "hundreds" 200-999 (value 200), "dozens" 24 or more; "in his 20s" 20-29 (value 25).
Dates: ISO days; weekdays resolved against the publication date or the event date the cluster establishes.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- transit-station stabbing (Gateway Transit Center MAX platform, Northeast Portland, Ore., Friday evening 14 August 2026)
# KGW is the Friday-night report (two hurt); the Oregonian and KOIN count a third man who went to urgent care.
fact("station/wounded", "conflict", ("station_kgw", "2", 2, "2 hurt"), ("station_kgw", "two", 2, "two other people were hurt"),
     ("station_oregonian", "3", 3, "3 others wounded"), ("station_oregonian", "three", 3, "three other people were wounded"),
     ("station_koin", "Three", 3, "Three other people"))
fact("station/to-hospital", "agree", ("station_kgw", "Two", 2, "Two other people were taken"),
     ("station_oregonian", "Two", 2, "Two of the wounded"))
fact("station/time", "agree", ("station_kgw", "around 5:20 p.m.", "17:20"), ("station_oregonian", "about 5:15 p.m.", "17:15"),
     ("station_koin", "shortly after 5 p.m.", "17:00"))
fact("station/date", "agree", ("station_kgw", "Friday", "2026-08-14"), ("station_oregonian", "Friday", "2026-08-14"),
     ("station_koin", "Friday", "2026-08-14", "Center on Friday"))
fact("station/victim-age", "conflict", ("station_oregonian", "56", 56, "Man, 56"), ("station_oregonian", "56-year-old", 56),
     ("station_koin", "57-year-old", 57, "ID 57-year-old"), ("station_koin", "57-year-old", 57, "as 57-year-old"))
fact("station/suspect-age", "agree", ("station_kgw", "31-year-old", 31), ("station_oregonian", "31", 31),
     ("station_koin", "31-year-old", 31))
fact("station/arrest-after", "conflict", ("station_kgw", "about 10 minutes", 10), ("station_oregonian", "about 20 minutes", 20))
fact("station/disruption", "conflict", ("station_kgw", "about 90 minutes", 90), ("station_koin", "more than two hours", 120))
fact("station/2017-dead", "agree", ("station_kgw", "two", 2, "two men were killed"), ("station_oregonian", "two", 2, "two men were killed"))
fact("station/2017-date", "agree", ("station_kgw", "May 2017", "2017-05"), ("station_oregonian", "May 2017", "2017-05"))
fact("station/court-day", "agree", ("station_oregonian", "Monday", "2026-08-17"), ("station_koin", "Monday", "2026-08-17"))
fact("station/dead", "single", ("station_kgw", "1", 1, "1 dead"), ("station_kgw", "One", 1, "One man died"))
fact("station/2017-girls", "single", ("station_kgw", "two", 2, "two teenage girls"))
fact("station/service-restored", "single", ("station_kgw", "about 7 p.m.", "19:00"))
fact("station/woman-age", "single", ("station_oregonian", "22-year-old", 22))
fact("station/man-age", "single", ("station_oregonian", "64-year-old", 64))
fact("station/counts", "single", ("station_oregonian", "three", 3, "three counts"))
fact("station/convictions", "single", ("station_oregonian", "three", 3, "three previous convictions"))
fact("station/last-conviction", "single", ("station_oregonian", "2023", 2023))
fact("station/released", "single", ("station_oregonian", "nine days", 9))
fact("station/guards", "single", ("station_oregonian", "two", 2, "two security officers"))
fact("station/staff-added", "single", ("station_oregonian", "about 90", 90))
fact("station/cameras", "single", ("station_oregonian", "more than 400", 400))
fact("station/waited-until", "single", ("station_koin", "7:30 p.m.", "19:30"))
fact("station/bus-routes", "single", ("station_koin", "dozens", 24))
fact("station/safety-share", "single", ("station_koin", "about a third", 33.3))
# ---- officer shot at a traffic stop (Normandy Boulevard, Jacksonville, Fla., late Tuesday 10 February 2026)
fact("officer/officer-age", "agree", ("officer_fcn", "29", 29, "Brandt, 29"), ("officer_timesunion", "29", 29), ("officer_news4jax", "29-year-old", 29))
fact("officer/service", "conflict", ("officer_fcn", "five-year", 5), ("officer_timesunion", "four years", 4),
     ("officer_news4jax", "five-year", 5))
fact("officer/time", "agree", ("officer_fcn", "around 11:45 p.m.", "23:45"), ("officer_timesunion", "11:50 p.m.", "23:50"),
     ("officer_news4jax", "just before midnight", "23:55"))
fact("officer/date", "agree", ("officer_fcn", "Tuesday", "2026-02-10"), ("officer_timesunion", "Tuesday", "2026-02-10"),
     ("officer_news4jax", "Tuesday", "2026-02-10"))
fact("officer/suspect-age", "conflict", ("officer_fcn", "23-year-old", 23), ("officer_timesunion", "22-year-old", 22),
     ("officer_timesunion", "22", 22, "Suspect, 22"), ("officer_timesunion", "22", 22, "Reed, 22"),
     ("officer_news4jax", "23-year-old", 23, "JSO: Officer"), ("officer_news4jax", "23-year-old", 23, "and a 23-year-old man"))
fact("officer/block", "agree", ("officer_fcn", "5800", 5800), ("officer_timesunion", "5800", 5800))
fact("officer/search-length", "conflict", ("officer_fcn", "about seven hours", 7), ("officer_timesunion", "more than nine hours", 9))
fact("officer/arrest-time", "conflict", ("officer_fcn", "around 7 a.m.", "07:00"), ("officer_timesunion", "about 9 a.m.", "09:00"))
fact("officer/arrest-day", "agree", ("officer_fcn", "Wednesday", "2026-02-11", "a.m. Wednesday"),
     ("officer_timesunion", "Wednesday", "2026-02-11", "a.m. Wednesday"),
     ("officer_news4jax", "Wednesday", "2026-02-11", "arrested Wednesday morning"))
fact("officer/distance", "conflict", ("officer_fcn", "about a mile", 1), ("officer_timesunion", "roughly 2 miles", 2))
fact("officer/searchers", "agree", ("officer_fcn", "More than 100", 100), ("officer_news4jax", "About 150", 150))
fact("officer/passenger-age", "agree", ("officer_timesunion", "19-year-old", 19), ("officer_news4jax", "19-year-old", 19))
fact("officer/2024-wounded", "agree", ("officer_fcn", "two", 2, "two officers were wounded"),
     ("officer_news4jax", "two", 2, "two Jacksonville officers"))
fact("officer/2024-date", "agree", ("officer_fcn", "September 2024", "2024-09"), ("officer_news4jax", "September 2024", "2024-09"))
fact("officer/speed", "single", ("officer_fcn", "62 mph", 62))
fact("officer/limit", "single", ("officer_fcn", "45 mph", 45))
fact("officer/charges", "single", ("officer_timesunion", "four", 4, "faces four charges"))
fact("officer/prison-release", "single", ("officer_timesunion", "2024", 2024))
fact("officer/prison-term", "single", ("officer_timesunion", "three years", 3))
fact("officer/neighbor-age", "single", ("officer_timesunion", "64", 64))
fact("officer/appearance", "single", ("officer_timesunion", "Thursday", "2026-02-12"))
# ---- triple homicide (2900 block of North Temple Avenue, Indianapolis, Sunday night 7 June 2026)
# WTHR is the early-Monday report (two dead, one critical); the third victim died Monday morning.
fact("triple/dead", "conflict", ("triple_wthr", "2", 2, "2 dead"), ("triple_wthr", "Two", 2, "Two people are dead"),
     ("triple_indystar", "3", 3, "3 dead"), ("triple_indystar", "three", 3, "toll to three"),
     ("triple_fox59", "3", 3, "after 3 killed"), ("triple_fox59", "three", 3, "killed three people"),
     ("triple_fox59", "Three", 3, "Three people went"))
fact("triple/shot", "agree", ("triple_wthr", "three", 3, "found three adults"), ("triple_indystar", "all three", 3),
     ("triple_fox59", "Three", 3, "Three adults were shot"))
fact("triple/critical", "single", ("triple_wthr", "1", 1, "1 critical"))
fact("triple/date", "agree", ("triple_wthr", "Sunday", "2026-06-07"), ("triple_indystar", "Sunday", "2026-06-07", "side Sunday night"),
     ("triple_fox59", "Sunday", "2026-06-07", "side Sunday night"))
fact("triple/time", "agree", ("triple_wthr", "around 10:30 p.m.", "22:30"), ("triple_indystar", "about 10:25 p.m.", "22:25"),
     ("triple_fox59", "10:26 p.m.", "22:26"))
fact("triple/block", "agree", ("triple_wthr", "2900", 2900), ("triple_fox59", "2900", 2900))
fact("triple/mother-age", "conflict", ("triple_indystar", "42", 42), ("triple_fox59", "43-year-old", 43))
fact("triple/son-age", "agree", ("triple_indystar", "19-year-old", 19), ("triple_indystar", "19", 19, "Whitfield, 19"),
     ("triple_fox59", "19-year-old", 19))
fact("triple/friend-age", "agree", ("triple_wthr", "20s", 25), ("triple_indystar", "27", 27), ("triple_fox59", "27-year-old", 27))
fact("triple/children", "conflict", ("triple_wthr", "Two", 2, "Two children"), ("triple_indystar", "Two", 2, "Two young children"),
     ("triple_fox59", "Three", 3, "Three children"))
fact("triple/suspect-age", "agree", ("triple_indystar", "24-year-old", 24), ("triple_indystar", "24", 24, "Saylor, 24"),
     ("triple_fox59", "24", 24))
fact("triple/arrest-day", "agree", ("triple_indystar", "Monday", "2026-06-08", "early Monday morning"),
     ("triple_fox59", "Monday", "2026-06-08", "was arrested Monday"))
fact("triple/third-death-day", "agree", ("triple_indystar", "Monday", "2026-06-08", "on Monday morning"),
     ("triple_fox59", "Monday", "2026-06-08", "hospital Monday morning"))
fact("triple/fedex-dead", "agree", ("triple_wthr", "eight", 8), ("triple_fox59", "eight", 8))
fact("triple/fedex-date", "agree", ("triple_wthr", "April 2021", "2021-04"), ("triple_fox59", "April 2021", "2021-04"))
fact("triple/died-sunday", "single", ("triple_fox59", "Two", 2, "Two died that night"))
fact("triple/shots-heard", "single", ("triple_wthr", "six or seven", 6.5))
fact("triple/moved-in", "single", ("triple_wthr", "about a year", 1))
fact("triple/child-ages", "single", ("triple_indystar", "4 and 7", 5.5))
fact("triple/order-month", "single", ("triple_indystar", "March", "2026-03"))
fact("triple/served-month", "single", ("triple_indystar", "April", "2026-04"))
fact("triple/prior-conviction", "single", ("triple_indystar", "2022", 2022))
fact("triple/response", "single", ("triple_indystar", "four minutes", 4))
fact("triple/homicides", "single", ("triple_indystar", "at least 88", 88))
fact("triple/vigil", "single", ("triple_indystar", "Wednesday", "2026-06-10"))
# ---- ice storm across the South (Saturday 24 - Monday 26 January 2026; Nashville-centred)
# Reuters is the Sunday report (at least seven dead, three in Tennessee, about 300,000 without power);
# AP and the Tennessean are Monday's (at least 11, four in Tennessee, peak more than 350,000).
fact("storm/dead", "conflict", ("storm_reuters", "at least seven", 7, "kills at least seven"),
     ("storm_reuters", "at least seven", 7, "killing at least seven"),
     ("storm_ap", "at least 11", 11), ("storm_tennessean", "at least 11", 11))
fact("storm/tn-dead", "conflict", ("storm_reuters", "Three", 3, "Three of them"), ("storm_ap", "Four", 4, "Four of them"),
     ("storm_tennessean", "4", 4, "4 dead"), ("storm_tennessean", "four", 4, "four of them in Tennessee"))
fact("storm/outages", "conflict", ("storm_reuters", "300,000", 300000, "power to 300,000"),
     ("storm_reuters", "about 300,000", 300000), ("storm_ap", "more than 350,000", 350000))
fact("storm/nes-outages", "agree", ("storm_ap", "about 140,000", 140000), ("storm_tennessean", "140K", 140000),
     ("storm_tennessean", "About 140,000", 140000))
fact("storm/ky-man-age", "agree", ("storm_reuters", "71-year-old", 71), ("storm_ap", "71-year-old", 71))
fact("storm/ice", "agree", ("storm_ap", "up to half an inch", 0.5), ("storm_tennessean", "up to half an inch", 0.5))
fact("storm/arrival", "agree", ("storm_reuters", "Saturday", "2026-01-24", "Mississippi on Saturday"),
     ("storm_ap", "Saturday", "2026-01-24", "arrived Saturday"), ("storm_tennessean", "Saturday", "2026-01-24", "began Saturday"))
fact("storm/bna-flights", "agree", ("storm_ap", "More than 300", 300), ("storm_tennessean", "at least 320", 320))
fact("storm/texas-dead", "agree", ("storm_reuters", "more than 200", 200), ("storm_ap", "246", 246))
fact("storm/texas-date", "agree", ("storm_reuters", "February 2021", "2021-02"), ("storm_ap", "February 2021", "2021-02"))
fact("storm/schools-closed", "agree", ("storm_reuters", "Monday", "2026-01-26", "closed on Monday"),
     ("storm_tennessean", "Monday", "2026-01-26", "closed Monday and"))
fact("storm/states", "single", ("storm_ap", "four", 4, "four states"))
fact("storm/ky-counties", "single", ("storm_reuters", "47", 47))
fact("storm/tva-states", "single", ("storm_reuters", "seven", 7, "seven states"))
fact("storm/us-flights", "single", ("storm_reuters", "more than 4,000", 4000))
fact("storm/freeze-until", "single", ("storm_reuters", "Wednesday", "2026-01-28"))
fact("storm/ms-age", "single", ("storm_ap", "34-year-old", 34))
fact("storm/outages-monday", "single", ("storm_ap", "about 260,000", 260000))
fact("storm/nes-share", "single", ("storm_ap", "nearly a third", 33.3))
fact("storm/memphis-centers", "single", ("storm_ap", "six", 6, "six community centers"))
fact("storm/nashville-victim-age", "single", ("storm_tennessean", "58-year-old", 58))
fact("storm/nes-monday", "single", ("storm_tennessean", "about 95,000", 95000))
fact("storm/line-workers", "single", ("storm_tennessean", "more than 600", 600))
fact("storm/shifts", "single", ("storm_tennessean", "16-hour", 16))
fact("storm/restoration", "single", ("storm_tennessean", "up to a week", 1))
fact("storm/low", "single", ("storm_tennessean", "8 degrees", 8))
fact("storm/warming-centers", "single", ("storm_tennessean", "four", 4, "four warming centers"))
# ---- helicopter crash (Tasman Glacier, Aoraki/Mount Cook National Park, Thursday 5 November 2026, about 11.20am)
fact("heli/dead", "agree", ("heli_rnz", "Three", 3, "Three dead"), ("heli_rnz", "Three", 3, "Three people have died"),
     ("heli_reuters", "three", 3, "kills three"), ("heli_reuters", "three", 3, "killing three"))
fact("heli/injured", "agree", ("heli_rnz", "two", 2, "two others have been"), ("heli_rnz", "two", 2, "The two injured"),
     ("heli_herald", "two", 2, "two survivors spent"), ("heli_herald", "two", 2, "Those two people"),
     ("heli_reuters", "two", 2, "two survive"), ("heli_reuters", "two", 2, "injuring two"), ("heli_reuters", "two", 2, "the two survivors"))
fact("heli/dead-passengers", "agree", ("heli_rnz", "two", 2, "along with two passengers"),
     ("heli_herald", "two", 2, "two tourists killed"), ("heli_herald", "two", 2, "two overseas tourists"))
fact("heli/passengers", "agree", ("heli_rnz", "four", 4, "four passengers"), ("heli_reuters", "four", 4, "four passengers"))
fact("heli/time", "agree", ("heli_rnz", "about 11am", "11:00"), ("heli_herald", "11.20am", "11:20"),
     ("heli_reuters", "around 11:20 a.m.", "11:20"), ("heli_reuters", "2220 GMT", None))
fact("heli/date", "agree", ("heli_herald", "yesterday", "2026-11-05", "11.20am yesterday"), ("heli_reuters", "Thursday", "2026-11-05"))
fact("heli/altitude", "agree", ("heli_rnz", "about 2000 metres", 2000), ("heli_herald", "1800 metres", 1800),
     ("heli_reuters", "about 2,000 metres", 2000), ("heli_reuters", "6,600 feet", None))
fact("heli/distance", "conflict", ("heli_rnz", "roughly 15km", 15), ("heli_reuters", "about 25 km", 25), ("heli_reuters", "16 miles", None))
fact("heli/pilot-age", "conflict", ("heli_rnz", "34-year-old", 34), ("heli_herald", "36", 36), ("heli_reuters", "34-year-old", 34))
fact("heli/flight-length", "agree", ("heli_herald", "45-minute", 45), ("heli_reuters", "45-minute", 45))
fact("heli/rescue-time", "conflict", ("heli_rnz", "about three hours", 3),
     ("heli_herald", "more than four hours", 4, "survivors spent more"), ("heli_herald", "more than four hours", 4, "snow for more"))
fact("heli/survivor1-age", "agree", ("heli_rnz", "61", 61), ("heli_herald", "60s", 65))
fact("heli/survivor2-age", "agree", ("heli_rnz", "58", 58), ("heli_herald", "50s", 55))
fact("heli/fox-dead", "agree", ("heli_rnz", "seven", 7), ("heli_reuters", "seven", 7))
fact("heli/fox-date", "agree", ("heli_rnz", "November 2015", "2015-11"), ("heli_reuters", "November 2015", "2015-11"))
fact("heli/fox-tourists", "single", ("heli_herald", "six", 6))
fact("heli/fox-years", "single", ("heli_herald", "11 years", 11))
fact("heli/investigators", "single", ("heli_rnz", "three", 3, "three TAIC"))
fact("heli/investigators-day", "single", ("heli_rnz", "tomorrow", "2026-11-06"))
fact("heli/pilot-hours", "single", ("heli_herald", "more than 5000 hours", 5000))
fact("heli/pilot-career", "single", ("heli_herald", "more than a decade", 10))
fact("heli/fleet", "single", ("heli_herald", "five", 5, "runs five helicopters"))
fact("heli/rescue-helis", "single", ("heli_herald", "two", 2, "two rescue helicopters"))
fact("heli/aboard", "single", ("heli_reuters", "Five", 5))
fact("heli/christchurch", "single", ("heli_reuters", "about 200 km", 200), ("heli_reuters", "125 miles", None))
fact("heli/tourism", "single", ("heli_reuters", "NZ$11 billion", 1.1e10))
# ---- ship collision (Orient Harmony and bunker tanker Sea Lotus, Pasir Panjang, Singapore, Wednesday 14 October 2026)
fact("ship/spill", "conflict", ("ship_reuters", "about 200 tonnes", 200), ("ship_straitstimes", "About 200 tonnes", 200),
     ("ship_splash", "250 tonnes", 250, "250 tonnes of oil spilled"), ("ship_splash", "250 tonnes", 250, "250 tonnes of low-sulphur"))
fact("ship/time", "agree", ("ship_reuters", "around 4 a.m.", "04:00"), ("ship_straitstimes", "4.12am", "04:12"),
     ("ship_splash", "0412", "04:12"))
fact("ship/date", "agree", ("ship_reuters", "Wednesday", "2026-10-14"), ("ship_straitstimes", "Oct 14", "2026-10-14", "early hours of Oct 14"),
     ("ship_splash", "Wednesday", "2026-10-14"))
fact("ship/containers", "conflict", ("ship_reuters", "12", 12, "knocking 12"), ("ship_straitstimes", "Twelve", 12),
     ("ship_splash", "About 10", 10))
fact("ship/injured", "conflict", ("ship_reuters", "Two", 2, "Two crew members"), ("ship_straitstimes", "Two", 2, "Two crew members"),
     ("ship_splash", "Three", 3, "Three crew"))
fact("ship/length", "agree", ("ship_straitstimes", "366m", 366), ("ship_splash", "366 m", 366))
fact("ship/capacity", "agree", ("ship_straitstimes", "about 14,000", 14000), ("ship_splash", "14,000 TEU", 14000))
fact("ship/beaches", "agree", ("ship_reuters", "three", 3, "three beaches"), ("ship_straitstimes", "three", 3, "three beaches"))
fact("ship/2024-spill", "agree", ("ship_reuters", "about 400 tonnes", 400), ("ship_straitstimes", "About 400 tonnes", 400),
     ("ship_splash", "around 400 tonnes", 400))
fact("ship/2024-date", "agree", ("ship_reuters", "June 2024", "2024-06"), ("ship_straitstimes", "June 2024", "2024-06"),
     ("ship_splash", "June 2024", "2024-06"))
fact("ship/years-since", "agree", ("ship_straitstimes", "two years ago", 2), ("ship_splash", "just over two years", 2),
     ("ship_splash", "two years", 2, "two years after"))
fact("ship/tanker-cargo", "single", ("ship_straitstimes", "about 3,000 tonnes", 3000))
fact("ship/tugs", "single", ("ship_straitstimes", "two", 2, "two tugboats"))
fact("ship/recovered", "single", ("ship_straitstimes", "Eight", 8))
fact("ship/recovered-by", "single", ("ship_straitstimes", "5pm", "17:00"))
fact("ship/cleanup-vessels", "single", ("ship_straitstimes", "More than 30", 30))
fact("ship/booms", "single", ("ship_straitstimes", "about 2,500m", 2500))
fact("ship/2024-cleanup", "single", ("ship_straitstimes", "more than two months", 2))
fact("ship/witness-age", "single", ("ship_straitstimes", "34", 34))
fact("ship/bunker-sales", "single", ("ship_reuters", "more than 50 million tonnes", 5e7))
fact("ship/tanker-dwt", "single", ("ship_splash", "7,400 dwt", 7400))
fact("ship/built", "single", ("ship_splash", "2017", 2017))
fact("ship/bunker-record", "single", ("ship_splash", "54.9m tonnes", 5.49e7))
fact("ship/bunker-year", "single", ("ship_splash", "2024", 2024, "fuel in 2024"))
# ---- fireworks warehouse explosion (La Saucera, Tultepec, State of Mexico, Wednesday evening 18 March 2026)
# AP is the Wednesday-night report (at least seven dead); Reuters and Mexico News Daily are Thursday's (nine).
fact("fireworks/dead", "conflict", ("fireworks_ap", "at least 7", 7), ("fireworks_ap", "at least seven", 7),
     ("fireworks_reuters", "nine", 9, "rises to nine"), ("fireworks_reuters", "nine", 9, "risen to nine"),
     ("fireworks_mnd", "Nine", 9, "Nine killed"), ("fireworks_mnd", "nine", 9, "killed nine people"))
fact("fireworks/injured", "agree", ("fireworks_ap", "at least 20", 20), ("fireworks_reuters", "More than 30", 30),
     ("fireworks_mnd", "dozens", 24), ("fireworks_mnd", "34", 34, "injured 34"), ("fireworks_mnd", "34", 34, "Of the 34"))
fact("fireworks/children", "agree", ("fireworks_reuters", "two", 2, "two children"), ("fireworks_mnd", "two", 2, "two minors"))
fact("fireworks/time", "agree", ("fireworks_ap", "around 5:30 p.m.", "17:30"), ("fireworks_mnd", "about 5:40 p.m.", "17:40"))
fact("fireworks/date", "agree", ("fireworks_ap", "Wednesday", "2026-03-18"), ("fireworks_reuters", "Wednesday", "2026-03-18"),
     ("fireworks_mnd", "Wednesday", "2026-03-18"))
fact("fireworks/homes", "agree", ("fireworks_reuters", "about 50", 50), ("fireworks_mnd", "at least 40", 40))
fact("fireworks/evacuated", "conflict", ("fireworks_reuters", "About 300", 300), ("fireworks_mnd", "more than 500", 500))
fact("fireworks/stored", "conflict", ("fireworks_ap", "about 2 tonnes", 2), ("fireworks_reuters", "about 1.5 tonnes", 1.5),
     ("fireworks_mnd", "some 1.5 tonnes", 1.5))
fact("fireworks/2016-dead", "agree", ("fireworks_ap", "42", 42), ("fireworks_reuters", "42", 42), ("fireworks_mnd", "Forty-two", 42))
fact("fireworks/2016-date", "agree", ("fireworks_ap", "December 2016", "2016-12"), ("fireworks_reuters", "December 2016", "2016-12"),
     ("fireworks_mnd", "December 2016", "2016-12"))
fact("fireworks/2016-injured", "single", ("fireworks_reuters", "dozens", 24))
fact("fireworks/rules-since", "single", ("fireworks_reuters", "2016", 2016, "since 2016"))
fact("fireworks/witness-age", "single", ("fireworks_ap", "52", 52))
fact("fireworks/population", "single", ("fireworks_ap", "about 160,000", 160000))
fact("fireworks/found-overnight", "single", ("fireworks_reuters", "Two", 2, "Two of the bodies"))
fact("fireworks/distance", "single", ("fireworks_reuters", "about 40 km", 40), ("fireworks_reuters", "25 miles", None))
fact("fireworks/blast-length", "single", ("fireworks_mnd", "more than 10 minutes", 10))
fact("fireworks/hospital", "single", ("fireworks_mnd", "11", 11))
fact("fireworks/serious", "single", ("fireworks_mnd", "four", 4, "four of them in serious"))
fact("fireworks/homes-severe", "single", ("fireworks_mnd", "six", 6, "six of them severely"))
fact("fireworks/workshop-years", "single", ("fireworks_mnd", "more than 20 years", 20))
fact("fireworks/owner-age", "single", ("fireworks_mnd", "47-year-old", 47))
fact("fireworks/share", "single", ("fireworks_mnd", "about a third", 33.3))
fact("fireworks/2005", "single", ("fireworks_mnd", "2005", 2005))
fact("fireworks/2005-injured", "single", ("fireworks_mnd", "more than 100", 100))
fact("fireworks/2018", "single", ("fireworks_mnd", "2018", 2018))
fact("fireworks/2018-dead", "single", ("fireworks_mnd", "24", 24, "killed 24"))
fact("fireworks/2018-rescuers", "single", ("fireworks_mnd", "four", 4, "four rescue workers"))
# ---- Grand National (Aintree, Saturday 11 April 2026; fictional winner Copper Lane)
fact("national/odds", "agree", ("national_bbcsport", "33-1", "33-1", "wins at 33-1"), ("national_bbcsport", "33-1", "33-1", "a 33-1 outsider"),
     ("national_racingpost", "33-1", "33-1", "Harbour Rogue at 33-1"), ("national_racingpost", "33-1", "33-1", "1 Copper Lane"),
     ("national_guardian", "33-1", "33-1", "win at 33-1"), ("national_guardian", "33-1", "33-1", "the 33-1 chance"))
fact("national/jockey-age", "conflict", ("national_bbcsport", "24-year-old", 24), ("national_guardian", "25-year-old", 25))
fact("national/margin", "conflict", ("national_bbcsport", "three and a half lengths", 3.5),
     ("national_racingpost", "three and a half lengths", 3.5),
     ("national_guardian", "four lengths", 4, "by four lengths for"), ("national_guardian", "four lengths", 4, "by four lengths from"))
fact("national/runners", "agree", ("national_bbcsport", "34", 34, "of the 34 runners"),
     ("national_racingpost", "34", 34, "of the 34 runners"), ("national_racingpost", "34", 34, "34 ran"),
     ("national_guardian", "34", 34, "all 34 runners"))
fact("national/finishers", "conflict", ("national_bbcsport", "Seventeen", 17), ("national_racingpost", "Eighteen", 18))
fact("national/horse-age", "agree", ("national_bbcsport", "nine-year-old", 9), ("national_racingpost", "nine-year-old", 9))
fact("national/winner-prize", "agree", ("national_bbcsport", "£500,000", 500000), ("national_racingpost", "£500,000", 500000))
fact("national/fund", "agree", ("national_bbcsport", "£1m", 1e6), ("national_guardian", "£1 million", 1e6))
fact("national/crowd", "agree", ("national_bbcsport", "more than 68,000", 68000), ("national_guardian", "70,000", 70000, "front of 70,000"),
     ("national_guardian", "About 70,000", 70000))
fact("national/fav-odds", "agree", ("national_bbcsport", "5-1", "5-1"), ("national_racingpost", "5-1", "5-1", "The 5-1 favourite"),
     ("national_racingpost", "5-1", "5-1", "Lord Ardmore 5-1 fav"), ("national_guardian", "5-1", "5-1"))
fact("national/second-odds", "agree", ("national_bbcsport", "10-1", "10-1"), ("national_racingpost", "10-1", "10-1", "second at 10-1"),
     ("national_racingpost", "10-1", "10-1", "Harbour Rogue 10-1"))
fact("national/trainer-age", "agree", ("national_racingpost", "61", 61), ("national_guardian", "61", 61))
fact("national/fences", "agree", ("national_bbcsport", "30 fences", 30), ("national_racingpost", "30 fences", 30))
fact("national/time", "agree", ("national_bbcsport", "9 minutes 14 seconds", 554), ("national_racingpost", "9min 14.3sec", 554.3))
fact("national/2023", "agree", ("national_bbcsport", "2023", 2023), ("national_guardian", "2023", 2023))
fact("national/old-max-field", "single", ("national_bbcsport", "40", 40, "from 40"))
fact("national/max-field", "single", ("national_bbcsport", "34", 34, "to 34 runners"))
fact("national/syndicate", "single", ("national_bbcsport", "12", 12, "12 friends"))
fact("national/redrum-wins", "single", ("national_bbcsport", "three times", 3))
fact("national/redrum-1", "single", ("national_bbcsport", "1973", 1973))
fact("national/redrum-2", "single", ("national_bbcsport", "1974", 1974))
fact("national/redrum-3", "single", ("national_bbcsport", "1977", 1977))
fact("national/doyle-2025-odds", "single", ("national_racingpost", "66-1", "66-1"))
fact("national/third-margin", "single", ("national_racingpost", "six lengths", 6))
fact("national/third-odds", "single", ("national_racingpost", "20-1", "20-1", "in third at 20-1"),
     ("national_racingpost", "20-1", "20-1", "3 Kingsmill Boy"))
fact("national/next-year-odds", "single", ("national_racingpost", "20-1", "20-1", "cut to 20-1"))
fact("national/yard-years", "single", ("national_racingpost", "more than 25 years", 25))
fact("national/yard-max", "single", ("national_racingpost", "20 horses", 20))
fact("national/price", "single", ("national_racingpost", "€18,000", 18000))
fact("national/bought-age", "single", ("national_racingpost", "three-year-old", 3))
fact("national/off-time", "single", ("national_racingpost", "4pm", "16:00"))
fact("national/fallers", "single", ("national_racingpost", "five", 5, "five fallers"))
fact("national/slower-by", "single", ("national_racingpost", "more than 20 seconds", 20))
fact("national/record-year", "single", ("national_racingpost", "1990", 1990))
fact("national/doyle-years", "single", ("national_guardian", "three years ago", 3))
fact("national/yard-size", "single", ("national_guardian", "about 15 horses", 15))
fact("national/bets", "single", ("national_guardian", "fewer than 100", 100))
fact("national/licence", "single", ("national_guardian", "1999", 1999))
fact("national/date", "single", ("national_guardian", "Saturday", "2026-04-11", "Copper Lane on Saturday"))
# ---- apartment-block evacuation over cracks (14th arrondissement, Marseille, Wednesday night 16 September 2026)
fact("cracks/evacuated", "conflict", ("cracks_afp", "About 150", 150), ("cracks_connexion", "120", 120, "Marseille: 120"),
     ("cracks_connexion", "Some 120", 120), ("cracks_euronews", "Around 150", 150))
fact("cracks/storeys", "agree", ("cracks_afp", "12-storey", 12), ("cracks_connexion", "12-floor", 12), ("cracks_euronews", "12-storey", 12))
fact("cracks/flats", "agree", ("cracks_afp", "64", 64), ("cracks_connexion", "64", 64))
fact("cracks/built", "agree", ("cracks_afp", "1972", 1972), ("cracks_connexion", "early 1970s", 1971),
     ("cracks_euronews", "1972", 1972))
fact("cracks/time", "agree", ("cracks_afp", "around 10pm", "22:00"), ("cracks_connexion", "10.30pm", "22:30"))
fact("cracks/date", "agree", ("cracks_afp", "Wednesday", "2026-09-16"), ("cracks_connexion", "Wednesday", "2026-09-16", "late on Wednesday"),
     ("cracks_connexion", "Wednesday", "2026-09-16", "10.30pm on Wednesday"), ("cracks_connexion", "September 16", "2026-09-16"),
     ("cracks_euronews", "Wednesday", "2026-09-16"))
fact("cracks/neighbours", "conflict", ("cracks_afp", "One", 1, "One neighbouring"), ("cracks_connexion", "Two", 2, "Two neighbouring"))
fact("cracks/width", "agree", ("cracks_afp", "up to four centimetres", 4), ("cracks_connexion", "up to 5cm", 5))
fact("cracks/return", "agree", ("cracks_afp", "at least two weeks", 2), ("cracks_connexion", "at least a fortnight", 2))
fact("cracks/aubagne-dead", "agree", ("cracks_afp", "eight", 8), ("cracks_connexion", "eight", 8),
     ("cracks_euronews", "eight", 8, "Noailles district, killing eight"))
fact("cracks/aubagne-date", "agree", ("cracks_afp", "2018", "2018", "collapse in 2018"), ("cracks_afp", "November 2018", "2018-11"),
     ("cracks_connexion", "November 2018", "2018-11"), ("cracks_euronews", "2018", "2018", "of 2018 disaster"),
     ("cracks_euronews", "November 2018", "2018-11"))
fact("cracks/aubagne-buildings", "agree", ("cracks_afp", "two", 2, "two buildings"), ("cracks_connexion", "two", 2, "two buildings"),
     ("cracks_euronews", "two", 2, "two dilapidated"))
fact("cracks/families", "single", ("cracks_afp", "about 40", 40))
fact("cracks/report", "single", ("cracks_afp", "48 hours", 48))
fact("cracks/resident-age", "single", ("cracks_afp", "52-year-old", 52))
fact("cracks/children", "single", ("cracks_afp", "three", 3, "mother of three"))
fact("cracks/resident-years", "single", ("cracks_afp", "19 years", 19))
fact("cracks/inspections", "single", ("cracks_afp", "2024", 2024))
fact("cracks/man-age", "single", ("cracks_connexion", "67", 67))
fact("cracks/man-years", "single", ("cracks_connexion", "35 years", 35))
fact("cracks/orders", "single", ("cracks_connexion", "more than 1,000", 1000))
fact("cracks/plan-year", "single", ("cracks_connexion", "2019", 2019))
fact("cracks/plan-money", "single", ("cracks_connexion", "€240 million", 2.4e8))
fact("cracks/tivoli-date", "single", ("cracks_euronews", "April 2023", "2023-04"))
fact("cracks/tivoli-dead", "single", ("cracks_euronews", "eight", 8, "killing eight people in the city"))
fact("cracks/built-decades", "single", ("cracks_euronews", "1960s and 1970s", 1965))
