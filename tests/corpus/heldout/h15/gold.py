"""Hand-written gold for the h15 held-out events (written before running claimcheck; claimcheck was not run by
the author at all: the lead scores the set).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8-h14 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than" open above;
"up to"/"less than" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on a
half or quarter, 5 otherwise; "just before"/"shortly before" 2 a.m. read as 01:45-02:00.
Dates: ISO days; weekdays resolved against the publication date or the event date the cluster establishes.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- nightclub shooting (Velvet Room lounge, 2nd Avenue North, Birmingham, Ala., early Sunday 15 March 2026)
# WBRC is the early report (one dead, four hurt); the woman died Sunday afternoon (AL.com, WVTM).
fact("nightclub/dead", "conflict", ("nightclub_wbrc", "1", 1, "1 dead"), ("nightclub_wbrc", "One", 1, "One person is dead"),
     ("nightclub_aldotcom", "Two", 2, "Two killed"), ("nightclub_aldotcom", "two", 2, "toll to two"),
     ("nightclub_wvtm", "2", 2, "2 dead"), ("nightclub_wvtm", "Two", 2, "Two people have died"))
fact("nightclub/wounded", "conflict", ("nightclub_wbrc", "4", 4, "4 hurt"), ("nightclub_wbrc", "four", 4, "four others"),
     ("nightclub_wbrc", "Four", 4, "Four other victims"),
     ("nightclub_aldotcom", "five", 5, "five wounded"), ("nightclub_aldotcom", "Five", 5, "Five other people"),
     ("nightclub_aldotcom", "five", 5, "Of the five"),
     ("nightclub_wvtm", "at least 5", 5), ("nightclub_wvtm", "at least five", 5))
fact("nightclub/time", "agree", ("nightclub_wbrc", "around 1:45 a.m.", "01:45"), ("nightclub_aldotcom", "about 1:45 a.m.", "01:45"),
     ("nightclub_wvtm", "just before 2 a.m.", "02:00"))
fact("nightclub/date", "agree", ("nightclub_wbrc", "Sunday", "2026-03-15", "early Sunday morning"),
     ("nightclub_aldotcom", "Sunday", "2026-03-15", "lounge early Sunday"), ("nightclub_wvtm", "Sunday", "2026-03-15", "early Sunday, police"))
fact("nightclub/holt-age", "conflict", ("nightclub_aldotcom", "24", 24, "Holt, 24"), ("nightclub_wvtm", "25-year-old", 25))
fact("nightclub/menefee-age", "agree", ("nightclub_aldotcom", "22", 22, "Menefee, 22"), ("nightclub_wvtm", "22-year-old", 22))
fact("nightclub/casings", "agree", ("nightclub_wbrc", "more than 30", 30), ("nightclub_aldotcom", "about 40", 40),
     ("nightclub_wvtm", "about 40", 40))
fact("nightclub/shooters", "agree", ("nightclub_wbrc", "at least two", 2), ("nightclub_aldotcom", "at least two", 2))
fact("nightclub/reward", "agree", ("nightclub_aldotcom", "up to $5,000", 5000), ("nightclub_wvtm", "$5,000", 5000))
fact("nightclub/2024-wounded", "agree", ("nightclub_wbrc", "three", 3, "three people were wounded"),
     ("nightclub_aldotcom", "three", 3, "three people were wounded"))
fact("nightclub/2024-date", "agree", ("nightclub_wbrc", "August 2024", "2024-08"), ("nightclub_aldotcom", "August 2024", "2024-08"),
     ("nightclub_wvtm", "2024", "2024"))
fact("nightclub/closure", "agree", ("nightclub_aldotcom", "30 days", 30), ("nightclub_wvtm", "30 days", 30))
fact("nightclub/homicide-no", "agree", ("nightclub_wbrc", "24th", 24), ("nightclub_aldotcom", "24th", 24))
fact("nightclub/block", "agree", ("nightclub_wbrc", "1900", 1900, "1900 block"), ("nightclub_aldotcom", "1900", 1900, "1900 block"),
     ("nightclub_wvtm", "1900", 1900, "1900 block"))
fact("nightclub/groups", "agree", ("nightclub_aldotcom", "two", 2, "between two groups"), ("nightclub_wvtm", "two", 2, "between two groups"))
fact("nightclub/shots", "single", ("nightclub_wvtm", "dozens", 24))
fact("nightclub/other-block", "single", ("nightclub_wvtm", "800 block", 800))
fact("nightclub/critical", "single", ("nightclub_wbrc", "one", 1, "one of them is in critical"))
fact("nightclub/not-life-threatening", "single", ("nightclub_wbrc", "three", 3, "other three"))
fact("nightclub/serious", "single", ("nightclub_aldotcom", "two", 2, "two remain in serious"))
fact("nightclub/weapons", "single", ("nightclub_aldotcom", "at least three", 3))
fact("nightclub/2025-homicides", "single", ("nightclub_aldotcom", "136", 136))
fact("nightclub/other-victim-age", "single", ("nightclub_wvtm", "19-year-old", 19))
fact("nightclub/second-homicide-no", "single", ("nightclub_aldotcom", "25th", 25))
# ---- Amber Alert (girl taken in a stolen car, West Sunshine Street, Springfield, Mo., Tuesday 9 June 2026)
fact("amber/girl-age", "conflict", ("amber_ky3", "6-year-old", 6, "6-year-old found"), ("amber_ky3", "6-year-old", 6, "A 6-year-old"),
     ("amber_newsleader", "6", 6, "girl, 6"), ("amber_newsleader", "6-year-old", 6), ("amber_kolr", "7-year-old", 7))
fact("amber/suspect-age", "conflict", ("amber_ky3", "34", 34), ("amber_newsleader", "34", 34), ("amber_kolr", "35", 35))
fact("amber/taken-time", "agree", ("amber_ky3", "about 7:15 p.m.", "19:15"), ("amber_newsleader", "around 7:30 p.m.", "19:30"))
fact("amber/taken-day", "agree", ("amber_ky3", "Tuesday", "2026-06-09"), ("amber_newsleader", "Tuesday", "2026-06-09", "station Tuesday evening"),
     ("amber_kolr", "Tuesday", "2026-06-09", "Sunshine Street on Tuesday"))
fact("amber/in-store", "conflict", ("amber_ky3", "less than two minutes", 2), ("amber_newsleader", "about three minutes", 3))
fact("amber/alert-time", "agree", ("amber_ky3", "8:42 p.m.", "20:42"), ("amber_kolr", "about 8:45 p.m.", "20:45"))
fact("amber/distance", "conflict", ("amber_ky3", "roughly 20 miles", 20), ("amber_newsleader", "about 25 miles", 25),
     ("amber_kolr", "about 25 miles", 25))
fact("amber/missing-hours", "conflict", ("amber_ky3", "about five hours", 5), ("amber_newsleader", "nearly five hours", 5),
     ("amber_newsleader", "five hours", 5, "lasted five hours"), ("amber_kolr", "about four hours", 4))
fact("amber/found-time", "agree", ("amber_ky3", "Just after midnight", "00:00"), ("amber_newsleader", "about 12:10 a.m.", "00:10"))
fact("amber/found-day", "agree", ("amber_newsleader", "Wednesday", "2026-06-10", "12:10 a.m. Wednesday"),
     ("amber_kolr", "Wednesday", "2026-06-10", "early Wednesday morning about"))
fact("amber/car-year", "agree", ("amber_ky3", "2014", 2014), ("amber_newsleader", "2014", 2014))
fact("amber/bond", "agree", ("amber_newsleader", "$250,000", 250000), ("amber_kolr", "$250,000", 250000))
fact("amber/felonies", "single", ("amber_kolr", "three", 3, "three felony"))
fact("amber/burglary-year", "agree", ("amber_ky3", "2019", 2019), ("amber_newsleader", "2019", 2019))
fact("amber/searchers", "single", ("amber_ky3", "More than 40", 40))
fact("amber/mother-age", "single", ("amber_newsleader", "27-year-old", 27))
fact("amber/walking", "single", ("amber_newsleader", "about half a mile", 0.5))
fact("amber/joplin-age", "single", ("amber_newsleader", "3-year-old", 3))
fact("amber/region-alerts", "single", ("amber_newsleader", "second", 2, "It was the second"))
fact("amber/state-alerts", "single", ("amber_kolr", "four", 4, "issued four"))
fact("amber/system-year", "single", ("amber_kolr", "1996", 1996))
fact("amber/hagerman-age", "single", ("amber_kolr", "9-year-old", 9))
# ---- police chase crash (Westheimer Road and Fondren Road, southwest Houston, Friday night 21 August 2026)
# KHOU is the early report (one dead, the girl critical); she died Saturday (Chronicle, KPRC).
fact("chase/dead", "conflict", ("chase_khou", "One", 1, "One woman was killed"),
     ("chase_chronicle", "two", 2, "toll from the southwest Houston crash to two"), ("chase_kprc", "2", 2, "rises to 2"))
fact("chase/grandmother-age", "conflict", ("chase_khou", "in her 60s", 65), ("chase_chronicle", "68", 68), ("chase_kprc", "67", 67))
fact("chase/girl-age", "agree", ("chase_khou", "9-year-old", 9, "A 9-year-old"), ("chase_chronicle", "9", 9, "Girl, 9,"),
     ("chase_chronicle", "9-year-old", 9), ("chase_kprc", "9-year-old", 9))
fact("chase/driver-age", "conflict", ("chase_khou", "19-year-old", 19), ("chase_chronicle", "19", 19, "Price, 19"),
     ("chase_kprc", "20-year-old", 20), ("chase_kprc", "20", 20, "Price, 20"))
fact("chase/passenger-age", "agree", ("chase_chronicle", "17-year-old", 17), ("chase_kprc", "17-year-old", 17))
fact("chase/top-speed", "agree", ("chase_khou", "more than 90 mph", 90), ("chase_kprc", "up to 100 mph", 100))
fact("chase/duration", "conflict", ("chase_khou", "about 15 minutes", 15), ("chase_chronicle", "roughly 12 minutes", 12),
     ("chase_kprc", "about 15 minutes", 15))
fact("chase/distance", "agree", ("chase_chronicle", "about 8 miles", 8), ("chase_kprc", "8-mile", 8))
fact("chase/time", "agree", ("chase_khou", "around 9:20 p.m.", "21:20"), ("chase_chronicle", "about 9:25 p.m.", "21:25"))
fact("chase/date", "agree", ("chase_khou", "Friday", "2026-08-21", "Friday night when"), ("chase_chronicle", "Friday", "2026-08-21", "scene Friday night"),
     ("chase_kprc", "Friday", "2026-08-21", "happened Friday night"))
fact("chase/girl-died", "agree", ("chase_chronicle", "Saturday", "2026-08-22", "died Saturday from"),
     ("chase_kprc", "Saturday", "2026-08-22", "hospital on Saturday"))
fact("chase/murder-counts", "agree", ("chase_chronicle", "two counts", 2), ("chase_kprc", "two counts", 2))
fact("chase/policy-year", "agree", ("chase_khou", "2024", 2024), ("chase_kprc", "2024", 2024))
fact("chase/impact-speed", "single", ("chase_chronicle", "about 80 mph", 80))
fact("chase/start-time", "single", ("chase_chronicle", "about 9:05 p.m.", "21:05"))
fact("chase/evading", "single", ("chase_chronicle", "one count", 1))
fact("chase/stolen-report", "single", ("chase_khou", "Tuesday", "2026-08-18"))
fact("chase/bail", "single", ("chase_chronicle", "$500,000", 500000))
fact("chase/pursuits-2025", "single", ("chase_chronicle", "1,180", 1180))
fact("chase/pursuit-crash-share", "single", ("chase_chronicle", "about a third", 33.3))
fact("chase/chase-deaths", "single", ("chase_chronicle", "At least 14", 14))
fact("chase/chase-deaths-since", "single", ("chase_chronicle", "2023", 2023))
fact("chase/fundraiser", "single", ("chase_kprc", "more than $40,000", 40000))
# ---- lightning strike (youth football tournament, Ostrhauderfehn, Lower Saxony, Saturday 20 June 2026)
# Reuters is the Saturday report (eight injured, six children); DW and The Local the Sunday reports.
fact("lightning/dead", "agree", ("lightning_reuters", "one", 1, "kills one"), ("lightning_reuters", "one", 1, "killed one man"),
     ("lightning_dw", "One", 1, "One man died"))
fact("lightning/injured", "conflict", ("lightning_reuters", "eight", 8, "injures eight"), ("lightning_reuters", "eight", 8, "injured eight"),
     ("lightning_dw", "11", 11, "11 hurt"), ("lightning_dw", "11", 11, "11 people were injured"),
     ("lightning_thelocal", "11", 11, "11 injured"), ("lightning_thelocal", "11", 11, "11 people, seven"))
fact("lightning/children-injured", "conflict", ("lightning_reuters", "six", 6, "six of them children"),
     ("lightning_dw", "Seven", 7, "son play. Seven"), ("lightning_dw", "Seven", 7, "Seven children were among the injured. Three"),
     ("lightning_thelocal", "seven", 7, "seven of them children"))
fact("lightning/serious", "conflict", ("lightning_dw", "Three", 3, "Three people were seriously"), ("lightning_thelocal", "four", 4, "four of the injured"))
fact("lightning/victim-age", "conflict", ("lightning_dw", "38-year-old", 38), ("lightning_thelocal", "39-year-old", 39))
fact("lightning/time", "agree", ("lightning_reuters", "about 4:30 p.m.", "16:30"), ("lightning_reuters", "1430 GMT", None),
     ("lightning_thelocal", "4.25pm", "16:25"))
fact("lightning/date", "agree", ("lightning_reuters", "Saturday", "2026-06-20", "children, on Saturday"),
     ("lightning_dw", "Saturday", "2026-06-20", "Saxony on Saturday afternoon"), ("lightning_thelocal", "Saturday", "2026-06-20", "Saxony on Saturday, police"))
fact("lightning/helicopters", "agree", ("lightning_reuters", "Three", 3, "Three rescue helicopters"), ("lightning_dw", "Three", 3, "Three helicopters"))
fact("lightning/teams", "agree", ("lightning_reuters", "16", 16), ("lightning_thelocal", "16", 16))
fact("lightning/2023-death", "agree", ("lightning_reuters", "2023", 2023), ("lightning_thelocal", "June 2023", "2023-06"))
fact("lightning/revive", "single", ("lightning_reuters", "around 40 minutes", 40))
fact("lightning/ambulances", "single", ("lightning_reuters", "more than 20", 20))
fact("lightning/son-age", "single", ("lightning_dw", "12-year-old", 12))
fact("lightning/boy-age", "single", ("lightning_dw", "10-year-old", 10))
fact("lightning/stopped-before", "single", ("lightning_dw", "about ten minutes", 10))
fact("lightning/yearly-deaths", "single", ("lightning_dw", "between three and seven", 5))
fact("lightning/past-deaths", "single", ("lightning_dw", "more than 100", 100))
fact("lightning/village", "single", ("lightning_thelocal", "around 11,000", 11000))
fact("lightning/children-playing", "single", ("lightning_thelocal", "Around 200", 200))
fact("lightning/in-hospital", "single", ("lightning_thelocal", "Two", 2, "Two of them"))
fact("lightning/gusts", "single", ("lightning_thelocal", "up to 100 km/h", 100))
# ---- sinkhole (Via Leopardi, Fuorigrotta, Naples, Wednesday 11 February 2026)
fact("sinkhole/width", "conflict", ("sinkhole_ansa", "about 20 metres", 20), ("sinkhole_reuters", "25 metres", 25),
     ("sinkhole_thelocal", "some 20 metres", 20))
fact("sinkhole/depth", "agree", ("sinkhole_ansa", "some 10 metres", 10), ("sinkhole_reuters", "about 10 metres", 10),
     ("sinkhole_reuters", "33 feet", None), ("sinkhole_thelocal", "10 metres", 10, "and 10 metres deep"))
fact("sinkhole/cars", "conflict", ("sinkhole_ansa", "two", 2, "swallows two"), ("sinkhole_ansa", "two", 2, "swallowing two"),
     ("sinkhole_reuters", "three", 3, "swallowing three"), ("sinkhole_thelocal", "two", 2, "swallowing two"))
fact("sinkhole/families", "agree", ("sinkhole_ansa", "40", 40, "40 families evacuated"), ("sinkhole_ansa", "40", 40, "evacuation of 40"),
     ("sinkhole_thelocal", "Some 40", 40))
fact("sinkhole/residents", "agree", ("sinkhole_reuters", "about 120", 120), ("sinkhole_thelocal", "120", 120))
fact("sinkhole/buildings", "conflict", ("sinkhole_ansa", "Three", 3, "Three buildings"), ("sinkhole_thelocal", "four", 4, "four buildings"))
fact("sinkhole/injured", "agree", ("sinkhole_ansa", "No one", 0, "No one was injured"), ("sinkhole_reuters", "Nobody", 0, "Nobody was hurt"),
     ("sinkhole_thelocal", "No one", 0, "No one was hurt"))
fact("sinkhole/time", "agree", ("sinkhole_ansa", "around 5:30 am", "05:30"), ("sinkhole_reuters", "shortly before 6 a.m.", "06:00"),
     ("sinkhole_thelocal", "around 5.30am", "05:30"))
fact("sinkhole/date", "agree", ("sinkhole_ansa", "Wednesday", "2026-02-11", "hours of Wednesday"),
     ("sinkhole_reuters", "Wednesday", "2026-02-11", "Naples on Wednesday"), ("sinkhole_thelocal", "Wednesday", "2026-02-11", "early on Wednesday"))
fact("sinkhole/hospital-2021", "agree", ("sinkhole_ansa", "January 2021", "2021-01"), ("sinkhole_thelocal", "2021", "2021", "In 2021"))
fact("sinkhole/resident-age", "single", ("sinkhole_ansa", "72", 72))
fact("sinkhole/quake-date", "single", ("sinkhole_reuters", "May 2024", "2024-05"))
fact("sinkhole/quake-magnitude", "single", ("sinkhole_reuters", "4.4", 4.4))
fact("sinkhole/cost", "single", ("sinkhole_reuters", "around 2 million euros", 2e6), ("sinkhole_reuters", "$2.2 million", None))
fact("sinkhole/years-lived", "single", ("sinkhole_reuters", "thirty years", 30))
fact("sinkhole/2025-count", "single", ("sinkhole_thelocal", "more than 30", 30))
# ---- EuroMillions jackpot (Graham and Lesley Dunlop, Kilmarnock; Tuesday 15 September 2026 draw, revealed Friday 18 September)
fact("lottery/jackpot", "agree", ("lottery_bbc", "£177m", 177e6, "scoop £177m"), ("lottery_bbc", "£177m", 177e6, "of a £177m"),
     ("lottery_pa", "£177 million", 177e6), ("lottery_pa", "£177,136,210", 177136210),
     ("lottery_record", "£177M", 177e6), ("lottery_record", "£177.1 million", 177.1e6))
fact("lottery/husband-age", "conflict", ("lottery_bbc", "61", 61, "Dunlop, 61"), ("lottery_record", "62", 62, "Dunlop, 62"))
fact("lottery/wife-age", "agree", ("lottery_pa", "58", 58, "Dunlop, 58"), ("lottery_record", "58", 58, "Lesley, 58"))
fact("lottery/married", "conflict", ("lottery_pa", "34 years", 34), ("lottery_record", "36 years", 36))
fact("lottery/grandchildren", "conflict", ("lottery_bbc", "five", 5, "five grandchildren"), ("lottery_record", "six", 6, "grandad-of-six"))
fact("lottery/children", "agree", ("lottery_bbc", "three", 3, "three children"), ("lottery_record", "three", 3, "three children"))
fact("lottery/checks", "conflict", ("lottery_bbc", "about 10 times", 10),
     ("lottery_record", "at least a dozen times", 12, "his numbers"), ("lottery_record", "at least a dozen times", 12, "I looked"))
fact("lottery/draw-day", "agree", ("lottery_bbc", "Tuesday", "2026-09-15", "Tuesday's draw"), ("lottery_pa", "Tuesday", "2026-09-15", "Tuesday night's"),
     ("lottery_record", "Tuesday", "2026-09-15", "Tuesday's jackpot"))
fact("lottery/reveal-day", "agree", ("lottery_bbc", "Friday", "2026-09-18", "on Friday"), ("lottery_record", "today", "2026-09-18", "Glasgow today"))
fact("lottery/uk-rank", "agree", ("lottery_bbc", "third-largest", 3), ("lottery_pa", "third-biggest", 3))
fact("lottery/record-amount", "agree", ("lottery_bbc", "£195.7m", 195.7e6), ("lottery_pa", "£195,707,000", 195707000))
fact("lottery/record-date", "agree", ("lottery_bbc", "July 2022", "2022-07"), ("lottery_pa", "July 2022", "2022-07"))
fact("lottery/odds", "agree", ("lottery_bbc", "one in 139.8 million", 139.8e6), ("lottery_pa", "139,838,160", 139838160))
fact("lottery/main-numbers", "agree", ("lottery_bbc", "five", 5, "all five numbers"), ("lottery_pa", "five", 5, "all five main"))
fact("lottery/ticket-price", "agree", ("lottery_pa", "£2.50", 2.5), ("lottery_record", "£2.50", 2.5))
fact("lottery/hospice", "agree", ("lottery_pa", "£1 million", 1e6), ("lottery_record", "£1m", 1e6))
fact("lottery/mother-died", "single", ("lottery_pa", "2023", 2023))
fact("lottery/thwaite", "single", ("lottery_pa", "£184,262,899", 184262899))
fact("lottery/thwaite-date", "single", ("lottery_pa", "May 2022", "2022-05"))
fact("lottery/rollovers", "single", ("lottery_pa", "14 times", 14))
fact("lottery/retired", "single", ("lottery_pa", "two years ago", 2))
fact("lottery/good-causes", "single", ("lottery_pa", "about 28p", 0.28))
fact("lottery/millionaires", "single", ("lottery_pa", "11th", 11))
fact("lottery/allwyn", "single", ("lottery_pa", "February 2024", "2024-02"))
fact("lottery/checked-at", "single", ("lottery_record", "6am", "06:00"))
fact("lottery/weir", "single", ("lottery_record", "£161 million", 161e6))
fact("lottery/weir-date", "single", ("lottery_record", "July 2011", "2011-07"))
# ---- heavyweight title fight (Okafor stops Hallberg, Tottenham Hotspur Stadium, Saturday 30 May 2026)
fact("boxing/stoppage", "conflict", ("boxing_bbcsport", "2:47", "2:47"), ("boxing_reuters", "2:41", "2:41"), ("boxing_guardian", "2:47", "2:47"))
fact("boxing/crowd", "conflict", ("boxing_bbcsport", "60,000", 60000), ("boxing_reuters", "more than 61,000", 61000),
     ("boxing_guardian", "62,000", 62000, "Tottenham crowd"), ("boxing_guardian", "62,000", 62000, "a crowd of 62,000"))
fact("boxing/hallberg-age", "conflict", ("boxing_reuters", "33", 33, "Hallberg, 33"), ("boxing_guardian", "34-year-old", 34))
fact("boxing/okafor-age", "agree", ("boxing_bbcsport", "29-year-old", 29), ("boxing_reuters", "29-year-old", 29), ("boxing_guardian", "29", 29, "Okafor, 29"))
fact("boxing/round", "agree", ("boxing_bbcsport", "ninth", 9, "in ninth round"), ("boxing_reuters", "ninth", 9, "in the ninth round"),
     ("boxing_guardian", "ninth", 9, "twice in the ninth round"))
fact("boxing/knockdowns", "agree", ("boxing_bbcsport", "twice", 2, "down twice"), ("boxing_reuters", "twice", 2, "floored Hallberg twice"),
     ("boxing_guardian", "twice", 2, "down twice"))
fact("boxing/okafor-record", "agree", ("boxing_reuters", "23-0", "23-0"), ("boxing_guardian", "23-0", "23-0"))
fact("boxing/hallberg-record", "agree", ("boxing_bbcsport", "30-2", "30-2"), ("boxing_guardian", "30-2", "30-2"))
fact("boxing/title-won", "agree", ("boxing_bbcsport", "2024", 2024, "won in 2024"), ("boxing_reuters", "2024", 2024))
fact("boxing/defence", "agree", ("boxing_bbcsport", "second", 2, "second defence"), ("boxing_reuters", "second", 2, "second defence"))
fact("boxing/height", "agree", ("boxing_bbcsport", "6ft 7in", 79), ("boxing_guardian", "6ft 7in", 79))
fact("boxing/date", "agree", ("boxing_reuters", "Saturday", "2026-05-30", "title on Saturday"), ("boxing_guardian", "Saturday", "2026-05-30", "Saturday night"))
fact("boxing/british-since", "single", ("boxing_bbcsport", "since 2024", 2024))
fact("boxing/started-age", "single", ("boxing_bbcsport", "15", 15))
fact("boxing/olympics", "single", ("boxing_bbcsport", "2021", 2021))
fact("boxing/judge-margin", "single", ("boxing_bbcsport", "two points", 2))
fact("boxing/knockouts", "single", ("boxing_reuters", "19", 19))
fact("boxing/hallberg-before", "single", ("boxing_reuters", "30 of his 31", 30))
fact("boxing/capacity", "single", ("boxing_reuters", "62,850", 62850))
fact("boxing/sold-out", "single", ("boxing_reuters", "48 hours", 48))
fact("boxing/hamburg", "single", ("boxing_reuters", "2021", 2021))
fact("boxing/moved-age", "single", ("boxing_reuters", "six", 6, "aged six"))
fact("boxing/card-hallberg", "single", ("boxing_guardian", "77-75", "77-75"))
fact("boxing/card-level", "single", ("boxing_guardian", "76-76", "76-76"))
fact("boxing/joshua-date", "single", ("boxing_guardian", "April 2017", "2017-04"))
fact("boxing/joshua-crowd", "single", ("boxing_guardian", "90,000", 90000))
# ---- Irish budget (Budget 2027, announced Tuesday 6 October 2026)
fact("budget/package", "agree", ("budget_rte", "€9.4 billion", 9.4e9), ("budget_irishtimes", "€9.4bn", 9.4e9),
     ("budget_reuters", "9.4 billion euro", 9.4e9, "tax in 9.4 billion"), ("budget_reuters", "9.4 billion euro", 9.4e9, "in a 9.4 billion"),
     ("budget_reuters", "$10.9 billion", None))
fact("budget/vat-new", "agree", ("budget_rte", "9%", 9, "VAT cut to 9%"), ("budget_rte", "9%", 9, "to 9% from 1"),
     ("budget_irishtimes", "9 per cent", 9, "drop to 9 per cent"), ("budget_reuters", "9%", 9, "fall to 9%"))
fact("budget/vat-old", "agree", ("budget_rte", "13.5%", 13.5), ("budget_irishtimes", "13.5 per cent", 13.5), ("budget_reuters", "13.5%", 13.5))
fact("budget/vat-cost", "conflict", ("budget_rte", "€680m", 680e6), ("budget_irishtimes", "€720 million", 720e6))
fact("budget/pension-rise", "conflict", ("budget_rte", "€12", 12, "up €12"), ("budget_rte", "€12", 12, "by €12"),
     ("budget_irishtimes", "€12", 12, "pensioners get €12"), ("budget_irishtimes", "€12", 12, "get a €12"),
     ("budget_reuters", "10 euros", 10))
fact("budget/min-wage", "agree", ("budget_rte", "€14.80", 14.8), ("budget_irishtimes", "€14.80", 14.8, "rises to €14.80"),
     ("budget_irishtimes", "€14.80", 14.8, "65 cent to €14.80"), ("budget_reuters", "14.80 euros", 14.8))
fact("budget/min-wage-rise", "agree", ("budget_rte", "65 cent", 0.65), ("budget_irishtimes", "65 cent", 0.65))
fact("budget/carbon-rise", "agree", ("budget_rte", "€7.50", 7.5), ("budget_irishtimes", "€7.50", 7.5))
fact("budget/carbon-level", "agree", ("budget_rte", "€71", 71), ("budget_irishtimes", "€71", 71))
fact("budget/surplus", "agree", ("budget_rte", "€8.6bn", 8.6e9), ("budget_irishtimes", "€8.6bn", 8.6e9), ("budget_reuters", "8.6 billion euros", 8.6e9))
fact("budget/corp-tax", "conflict", ("budget_irishtimes", "more than €34bn", 34e9), ("budget_reuters", "33 billion euros", 33e9))
fact("budget/spending", "single", ("budget_rte", "€7.3bn", 7.3e9))
fact("budget/tax-measures", "single", ("budget_rte", "€2.1bn", 2.1e9))
fact("budget/vat-raised", "single", ("budget_rte", "2023", 2023))
fact("budget/max-pension", "single", ("budget_rte", "€301.30", 301.3))
fact("budget/petrol", "single", ("budget_rte", "around 2c", 0.02))
fact("budget/vat-2011", "single", ("budget_irishtimes", "2011", 2011))
fact("budget/band-rise", "single", ("budget_irishtimes", "€1,000", 1000))
fact("budget/band", "single", ("budget_irishtimes", "€45,000", 45000))
fact("budget/ct-share", "single", ("budget_irishtimes", "more than a quarter", 25))
fact("budget/housing", "single", ("budget_irishtimes", "€6.8bn", 6.8e9))
fact("budget/closures", "single", ("budget_irishtimes", "more than 600", 600))
fact("budget/surplus-share", "single", ("budget_reuters", "about 2.1%", 2.1))
fact("budget/ct-multinationals", "single", ("budget_reuters", "10 multinational", 10))
fact("budget/funds", "single", ("budget_reuters", "14 billion euros", 14e9))
fact("budget/growth-2027", "single", ("budget_reuters", "2.5%", 2.5))
fact("budget/growth-2026", "single", ("budget_reuters", "2.8%", 2.8))
fact("budget/election", "single", ("budget_reuters", "November 2024", "2024-11"))
fact("budget/yield", "single", ("budget_reuters", "2.78%", 2.78))
fact("budget/day", "single", ("budget_reuters", "Tuesday", "2026-10-06"))
# ---- tram collision (Savska Street, Zagreb, Thursday 23 April 2026)
# Reuters is the Thursday-morning report (about 30 injured); Hina the evening count (46), Euronews Friday.
fact("tram/dead", "agree", ("tram_reuters", "one", 1, "one dead"), ("tram_reuters", "one", 1, "killing one person"),
     ("tram_euronews", "one", 1, "killed one driver"))
fact("tram/trams", "agree", ("tram_reuters", "Two", 2, "Two trams collided head-on"), ("tram_hina", "two", 2, "two trams collided on"),
     ("tram_euronews", "two", 2, "between two trams in Zagreb"))
fact("tram/injured", "conflict", ("tram_reuters", "about 30", 30, "about 30 hurt"), ("tram_reuters", "about 30", 30, "injuring about 30"),
     ("tram_hina", "46", 46, "dead, 46"), ("tram_hina", "46", 46, "46 people"), ("tram_euronews", "more than 40", 40))
fact("tram/serious", "agree", ("tram_hina", "nine", 9, "nine seriously"), ("tram_hina", "nine", 9, "nine of them"),
     ("tram_euronews", "Nine", 9, "Nine people were seriously"))
fact("tram/time", "agree", ("tram_reuters", "about 7:50 a.m.", "07:50"), ("tram_reuters", "0550 GMT", None), ("tram_hina", "7.48 am", "07:48"),
     ("tram_euronews", "just before 8am", "08:00"))
fact("tram/date", "agree", ("tram_reuters", "Thursday", "2026-04-23", "rush hour on Thursday"), ("tram_hina", "Thursday", "2026-04-23", "Zagreb on Thursday"),
     ("tram_euronews", "Thursday", "2026-04-23", "people on Thursday"), ("tram_euronews", "Thursday", "2026-04-23", "8am on Thursday"))
fact("tram/driver-age", "conflict", ("tram_hina", "57-year-old", 57), ("tram_euronews", "58 years old", 58))
fact("tram/passengers", "conflict", ("tram_reuters", "About 150", 150), ("tram_hina", "Around 200", 200))
fact("tram/works-start", "agree", ("tram_reuters", "March", "2026-03", "since March"), ("tram_hina", "March", "2026-03", "began in March"),
     ("tram_euronews", "March", "2026-03", "repairs since March"))
fact("tram/2019-year", "agree", ("tram_reuters", "2019", 2019), ("tram_euronews", "2019", 2019))
fact("tram/2019-injured", "agree", ("tram_reuters", "about 20", 20), ("tram_euronews", "around 20", 20))
fact("tram/mourning", "agree", ("tram_hina", "Friday", "2026-04-24"), ("tram_euronews", "Friday", "2026-04-24", "on Friday, which"))
fact("tram/daily-passengers", "single", ("tram_reuters", "more than 200,000", 200000))
fact("tram/lines", "single", ("tram_reuters", "19", 19, "19 daytime"))
fact("tram/released", "single", ("tram_hina", "39", 39))
fact("tram/other-driver-age", "single", ("tram_hina", "44-year-old", 44))
fact("tram/works-cost", "single", ("tram_hina", "3.2 million euros", 3.2e6))
fact("tram/works-end", "single", ("tram_hina", "June", "2026-06"))
fact("tram/student-age", "single", ("tram_euronews", "15-year-old", 15))
fact("tram/opened", "single", ("tram_euronews", "1891", 1891))
fact("tram/fleet", "single", ("tram_euronews", "some 280", 280))
