"""Hand-written gold for the h23 held-out events (written before any claimcheck run; the author ran none).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6-h22 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly +-10%; "at least"/"more than" open above;
"less than"/"up to"/"within" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the
hour, 15 on a half or quarter, 5 otherwise ("just before"/"shortly before" X: the quarter hour / half hour before X).
Exact numbers carry their rounding interval. Cricket figures and innings totals with wickets are strings.
Dates: ISO days, resolved against the publication line or the event date the cluster establishes.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- gradparty: shooting at a graduation party, 3400 block of Avenue J, Polytechnic Heights, east Fort Worth,
#      Texas, Saturday 30 May 2026 ~11:40-11:45 p.m. WFAA (Sunday 6:12 AM): 1 dead, 5 wounded; Star-Telegram and
#      NBC 5 (Monday): 2 dead (a 17-year-old girl died Sunday), 4 wounded. Ortiz 18/18/19; Lewis 20/21; crowd
#      "about 100" / "Roughly 150" / "More than 100".
fact("gradparty/dead", "conflict", ("gradparty_wfaa", "1", 1, "1 dead"), ("gradparty_wfaa", "One", 1, "One person was killed"),
     ("gradparty_startelegram", "Second", 2, "Second teen dies"), ("gradparty_nbcdfw", "2", 2, "that killed 2"),
     ("gradparty_nbcdfw", "two", 2, "left two teenagers dead"))
fact("gradparty/wounded", "conflict", ("gradparty_wfaa", "5", 5, "5 wounded"), ("gradparty_wfaa", "five", 5, "five others were wounded"),
     ("gradparty_wfaa", "Five", 5, "Five other people"), ("gradparty_startelegram", "Four", 4, "Four other people were wounded"),
     ("gradparty_nbcdfw", "four", 4, "four other people hurt"), ("gradparty_nbcdfw", "Four", 4, "Four others were shot"))
fact("gradparty/victim-age", "conflict", ("gradparty_wfaa", "18-year-old", 18), ("gradparty_startelegram", "18", 18, "Ortiz, 18"),
     ("gradparty_nbcdfw", "19", 19, "Ortiz, 19"))
fact("gradparty/suspect-age", "conflict", ("gradparty_startelegram", "20", 20, "Lewis, 20"), ("gradparty_nbcdfw", "21", 21, "Man, 21"),
     ("gradparty_nbcdfw", "21-year-old", 21))
fact("gradparty/crowd", "conflict", ("gradparty_wfaa", "about 100", 100), ("gradparty_startelegram", "Roughly 150", 150),
     ("gradparty_nbcdfw", "More than 100", 100))
fact("gradparty/time", "agree", ("gradparty_wfaa", "around 11:40 p.m.", "23:40"), ("gradparty_startelegram", "about 11:45 p.m.", "23:45"),
     ("gradparty_nbcdfw", "just before midnight", "23:55"))
fact("gradparty/date", "agree", ("gradparty_wfaa", "Saturday", "2026-05-30", "late Saturday, police said"),
     ("gradparty_startelegram", "Saturday", "2026-05-30", "late Saturday, Fort Worth"), ("gradparty_nbcdfw", "Saturday", "2026-05-30", "midnight Saturday"))
fact("gradparty/shots", "agree", ("gradparty_wfaa", "more than 20", 20), ("gradparty_nbcdfw", "at least 25", 25))
fact("gradparty/girl-age", "agree", ("gradparty_startelegram", "17-year-old", 17), ("gradparty_nbcdfw", "17-year-old", 17))
fact("gradparty/arrest-day", "agree", ("gradparty_startelegram", "Sunday", "2026-05-31", "on Sunday night at an apartment"),
     ("gradparty_nbcdfw", "Sunday", "2026-05-31", "arrested Sunday night"))
fact("gradparty/block", "agree", ("gradparty_wfaa", "3400 block", 3400), ("gradparty_startelegram", "3400 block", 3400))
fact("gradparty/critical-first", "single", ("gradparty_wfaa", "two", 2, "two of them were in critical"))
fact("gradparty/april-dead", "single", ("gradparty_wfaa", "two", 2, "two people were killed at a park"))
fact("gradparty/april", "single", ("gradparty_wfaa", "April", "2026-04"))
fact("gradparty/reward", "single", ("gradparty_wfaa", "$10,000", 10000))
fact("gradparty/girl-died-day", "single", ("gradparty_startelegram", "Sunday", "2026-05-31", "died Sunday afternoon"))
fact("gradparty/wounded-ages", "single", ("gradparty_startelegram", "15 to 19", 17))
fact("gradparty/homes-hit", "single", ("gradparty_startelegram", "at least two", 2))
fact("gradparty/cars-hit", "single", ("gradparty_startelegram", "three", 3, "three cars"))
fact("gradparty/graduated-day", "single", ("gradparty_startelegram", "Thursday", "2026-05-28"))
fact("gradparty/youngest", "single", ("gradparty_nbcdfw", "15", 15, "youngest of them is 15"))
fact("gradparty/witness-age", "single", ("gradparty_nbcdfw", "16-year-old", 16))

# ---- armoredtruck: armored truck guard shot in a robbery outside a PNC Bank branch, East 38th Street,
#      Indianapolis, Thursday 12 March 2026. Guard 52/53/52; cash "about $120,000" / "more than $200,000";
#      time 9:10 / 9:10 / "shortly before 10 a.m."; Hollis, 24, arrested Friday.
fact("armoredtruck/guard-age", "conflict", ("armoredtruck_wthr", "52-year-old", 52), ("armoredtruck_indystar", "53-year-old", 53),
     ("armoredtruck_fox59", "52", 52, "The guard, 52,"))
fact("armoredtruck/cash", "conflict", ("armoredtruck_wthr", "about $120,000", 120000), ("armoredtruck_indystar", "more than $200K", 200000),
     ("armoredtruck_indystar", "more than $200,000", 200000))
fact("armoredtruck/time", "conflict", ("armoredtruck_wthr", "around 9:10 a.m.", "09:10"), ("armoredtruck_indystar", "about 9:10 a.m.", "09:10"),
     ("armoredtruck_fox59", "shortly before 10 a.m.", "09:45"))
fact("armoredtruck/date", "agree", ("armoredtruck_wthr", "Thursday", "2026-03-12", "Thursday morning during"),
     ("armoredtruck_indystar", "Thursday", "2026-03-12", "twice Thursday morning"), ("armoredtruck_fox59", "Thursday", "2026-03-12", "northeast side Thursday"))
fact("armoredtruck/hits", "agree", ("armoredtruck_wthr", "twice", 2, "hitting the guard twice"), ("armoredtruck_indystar", "twice", 2, "shot twice"),
     ("armoredtruck_fox59", "twice", 2, "struck twice"))
fact("armoredtruck/robbers", "agree", ("armoredtruck_wthr", "two", 2, "searching for two men"), ("armoredtruck_indystar", "two", 2, "two masked men"),
     ("armoredtruck_fox59", "two", 2, "two men ran up"))
fact("armoredtruck/car-distance", "agree", ("armoredtruck_wthr", "about a mile", 1), ("armoredtruck_indystar", "about a mile", 1),
     ("armoredtruck_fox59", "less than a mile", 1))
fact("armoredtruck/reward", "agree", ("armoredtruck_wthr", "$25,000", 25000), ("armoredtruck_indystar", "$25,000", 25000),
     ("armoredtruck_fox59", "$25,000", 25000))
fact("armoredtruck/suspect-age", "agree", ("armoredtruck_indystar", "24-year-old", 24), ("armoredtruck_fox59", "24-year-old", 24))
fact("armoredtruck/arrest-day", "agree", ("armoredtruck_indystar", "Friday", "2026-03-13", "Police on Friday afternoon"),
     ("armoredtruck_fox59", "Friday", "2026-03-13", "Hollis on Friday"))
fact("armoredtruck/car-stolen", "single", ("armoredtruck_wthr", "two days earlier", 2))
fact("armoredtruck/held", "single", ("armoredtruck_wthr", "about an hour", 1))
fact("armoredtruck/block", "single", ("armoredtruck_indystar", "8900 block", 8900))
fact("armoredtruck/us-robberies", "single", ("armoredtruck_indystar", "more than 40", 40))
fact("armoredtruck/us-year", "single", ("armoredtruck_indystar", "2025", "2025"))
fact("armoredtruck/nov-robbery", "single", ("armoredtruck_indystar", "November", "2025-11"))
fact("armoredtruck/nov-cash", "single", ("armoredtruck_indystar", "about $80,000", 80000))
fact("armoredtruck/shots-heard", "single", ("armoredtruck_fox59", "four or five", 4.5))

# ---- smashgrab: smash-and-grab at Gold Coast Jewelers, 9700 block of Bissonnet Street, southwest Houston,
#      Tuesday 6 October 2026 ~2:30 p.m. Thieves eight / "At least six" / seven; loot "about $1.5 million" /
#      "about $2 million" / "more than $1 million"; inside "about 50 seconds" / "less than a minute" / "about 90 seconds".
fact("smashgrab/thieves", "conflict", ("smashgrab_khou", "eight", 8, "shows eight people"), ("smashgrab_chron", "At least six", 6),
     ("smashgrab_abc13", "7", 7, "shows 7 suspects"), ("smashgrab_abc13", "seven", 7, "searching for seven"))
fact("smashgrab/loot", "conflict", ("smashgrab_khou", "about $1.5 million", 1500000), ("smashgrab_chron", "$2 million", 2000000, "after $2 million"),
     ("smashgrab_chron", "an estimated $2 million", 2000000), ("smashgrab_chron", "about $2 million", 2000000),
     ("smashgrab_abc13", "more than $1M", 1000000), ("smashgrab_abc13", "more than $1 million", 1000000))
fact("smashgrab/duration", "conflict", ("smashgrab_khou", "about 50 seconds", 50), ("smashgrab_chron", "less than a minute", 60),
     ("smashgrab_abc13", "about 90 seconds", 90))
fact("smashgrab/time", "agree", ("smashgrab_khou", "about 2:30 p.m.", "14:30"), ("smashgrab_chron", "about 2:30 p.m.", "14:30"))
fact("smashgrab/date", "agree", ("smashgrab_khou", "Tuesday", "2026-10-06"), ("smashgrab_chron", "Tuesday", "2026-10-06", "2:30 p.m. Tuesday"),
     ("smashgrab_abc13", "Tuesday", "2026-10-06", "on Tuesday afternoon"))
fact("smashgrab/cases", "agree", ("smashgrab_khou", "12", 12, "broke 12 display"), ("smashgrab_chron", "a dozen", 12))
fact("smashgrab/employee-age", "agree", ("smashgrab_khou", "61-year-old", 61), ("smashgrab_chron", "61", 61, "employee, 61,"))
fact("smashgrab/suvs", "agree", ("smashgrab_khou", "two", 2, "two SUVs"), ("smashgrab_abc13", "two", 2, "two SUVs"))
fact("smashgrab/owner-years", "single", ("smashgrab_khou", "30 years", 30))
fact("smashgrab/other-staff", "single", ("smashgrab_khou", "Two", 2, "Two other employees"))
fact("smashgrab/august", "single", ("smashgrab_khou", "August", "2026-08"))
fact("smashgrab/august-loot", "single", ("smashgrab_khou", "an estimated $400,000", 400000))
fact("smashgrab/arrested", "single", ("smashgrab_chron", "3", 3, "3 arrested"), ("smashgrab_chron", "three", 3, "arrested three people"))
fact("smashgrab/arrested-men", "single", ("smashgrab_chron", "two", 2, "arrested two men"))
fact("smashgrab/block", "single", ("smashgrab_chron", "9700 block", 9700))
fact("smashgrab/arrest-age-19", "single", ("smashgrab_chron", "19", 19, "ages 19 and 22"))
fact("smashgrab/arrest-age-22", "single", ("smashgrab_chron", "22", 22, "19 and 22"))
fact("smashgrab/teen-age", "single", ("smashgrab_chron", "17-year-old", 17))
fact("smashgrab/charged", "single", ("smashgrab_chron", "Two", 2, "Two of the three"))
fact("smashgrab/arrest-day", "single", ("smashgrab_chron", "Wednesday", "2026-10-07", "on Wednesday morning"))
fact("smashgrab/store-years", "single", ("smashgrab_chron", "more than two decades", 20))
fact("smashgrab/reward", "single", ("smashgrab_abc13", "$5,000", 5000))

# ---- motelfire: fire at the Desert Palms Motel, Union Avenue, Bakersfield, Calif., Wednesday 21 January 2026
#      ~3:40 a.m. KGET (Wednesday 7:58 AM): 3 dead, 5 hospitalized; Californian and AP (Thursday): 4 dead (a man
#      67/66 died in hospital), AP 6 injured. Rooms destroyed eight / eight / 10.
fact("motelfire/dead", "conflict", ("motelfire_kget", "3", 3, "3 dead"), ("motelfire_kget", "Three", 3, "Three people died"),
     ("motelfire_bakersfield", "4", 4, "rises to 4"), ("motelfire_bakersfield", "fourth", 4, "A fourth person"),
     ("motelfire_ap", "Four", 4, "Four killed"), ("motelfire_ap", "Four", 4, "Four people are dead"))
fact("motelfire/injured", "conflict", ("motelfire_kget", "5", 5, "5 hospitalized"), ("motelfire_kget", "five", 5, "five others were taken"),
     ("motelfire_ap", "6", 6, "6 injured"), ("motelfire_ap", "Six", 6, "Six other people"))
fact("motelfire/rooms", "conflict", ("motelfire_kget", "eight", 8, "eight rooms were destroyed"), ("motelfire_bakersfield", "eight", 8, "destroyed eight of"),
     ("motelfire_ap", "10", 10, "destroyed 10 rooms"))
fact("motelfire/man-age", "conflict", ("motelfire_bakersfield", "67", 67, "The man, 67,"), ("motelfire_ap", "66-year-old", 66))
fact("motelfire/time", "agree", ("motelfire_kget", "around 3:40 a.m.", "03:40"), ("motelfire_bakersfield", "3:42 a.m.", "03:42"),
     ("motelfire_ap", "about 3:45 a.m.", "03:45"))
fact("motelfire/date", "agree", ("motelfire_kget", "Wednesday", "2026-01-21", "early Wednesday morning"),
     ("motelfire_bakersfield", "Wednesday", "2026-01-21", "before dawn Wednesday"), ("motelfire_ap", "Wednesday", "2026-01-21", "3:45 a.m. Wednesday"))
fact("motelfire/firefighters", "agree", ("motelfire_kget", "About 60", 60), ("motelfire_bakersfield", "More than 50", 50))
fact("motelfire/residents", "agree", ("motelfire_kget", "about 40", 40), ("motelfire_ap", "Roughly 40", 40))
fact("motelfire/storeys", "agree", ("motelfire_kget", "two-story", 2), ("motelfire_ap", "two-story", 2))
fact("motelfire/found-dead", "agree", ("motelfire_bakersfield", "Three", 3, "Three other victims"), ("motelfire_ap", "Three", 3, "Three people were found dead"))
fact("motelfire/critical", "agree", ("motelfire_bakersfield", "two", 2, "two of them in critical"), ("motelfire_ap", "two", 2, "two who remained in critical"))
fact("motelfire/under-control", "single", ("motelfire_kget", "just after 5 a.m.", "05:00"))
fact("motelfire/decade", "single", ("motelfire_bakersfield", "more than a decade", 10))
fact("motelfire/man-died-day", "single", ("motelfire_bakersfield", "Wednesday", "2026-01-21", "on Wednesday night"))
fact("motelfire/marsh-age", "single", ("motelfire_bakersfield", "54", 54, "Marsh, 54"))
fact("motelfire/marsh-years", "single", ("motelfire_bakersfield", "about two years", 2))
fact("motelfire/engines", "single", ("motelfire_bakersfield", "about four minutes", 4))
fact("motelfire/capacity", "single", ("motelfire_bakersfield", "36 rooms", 36))
fact("motelfire/still-hospitalized", "single", ("motelfire_bakersfield", "Five", 5, "Five people remained"))
fact("motelfire/violations", "single", ("motelfire_bakersfield", "14", 14, "14 code violations"))
fact("motelfire/violations-years", "single", ("motelfire_bakersfield", "three years", 3))
fact("motelfire/2019", "single", ("motelfire_bakersfield", "2019", "2019"))
fact("motelfire/2019-dead", "single", ("motelfire_bakersfield", "two", 2, "two people were killed in a fire"))
fact("motelfire/population", "single", ("motelfire_ap", "about 410,000", 410000))
fact("motelfire/la-distance", "single", ("motelfire_ap", "about 110 miles", 110), ("motelfire_ap", "177 kilometers", None))

# ---- pipeline: SNGPL gas pipeline rupture near Kot Abdul Malik, Sheikhupura, Punjab, Pakistan, Tuesday
#      18 August 2026 ~2 a.m. Reuters (Tuesday): at least five dead, 12 injured; Dawn and AFP (Wednesday): seven
#      dead, 15 / "more than a dozen" injured. Pipe 36-inch / 30-inch; houses "Around 20" / 25.
fact("pipeline/dead", "conflict", ("pipeline_reuters", "at least five", 5, "kills at least five"), ("pipeline_reuters", "At least five", 5, "At least five people"),
     ("pipeline_dawn", "seven", 7, "rises to seven"), ("pipeline_dawn", "seven", 7, "rose to seven"),
     ("pipeline_afp", "Seven", 7, "Seven dead"), ("pipeline_afp", "Seven", 7, "Seven people, including"))
fact("pipeline/injured", "conflict", ("pipeline_reuters", "12", 12, "and 12 injured"), ("pipeline_dawn", "Fifteen", 15),
     ("pipeline_afp", "More than a dozen", 12))
fact("pipeline/diameter", "conflict", ("pipeline_reuters", "36-inch", 36), ("pipeline_dawn", "30-inch", 30))
fact("pipeline/houses", "conflict", ("pipeline_reuters", "Around 20", 20), ("pipeline_dawn", "25", 25, "engulfed 25 houses"))
fact("pipeline/time", "agree", ("pipeline_reuters", "around 2 a.m.", "02:00"), ("pipeline_reuters", "2100 GMT", None),
     ("pipeline_dawn", "about 1:45am", "01:45"), ("pipeline_afp", "shortly before 2am", "01:45"))
fact("pipeline/date", "agree", ("pipeline_reuters", "Tuesday", "2026-08-18", "early on Tuesday"), ("pipeline_dawn", "Tuesday", "2026-08-18", "1:45am on Tuesday"),
     ("pipeline_afp", "Tuesday", "2026-08-18", "2am on Tuesday"))
fact("pipeline/distance", "agree", ("pipeline_reuters", "about 40 km", 40), ("pipeline_reuters", "25 miles", None),
     ("pipeline_dawn", "some 40km", 40), ("pipeline_afp", "around 40 kilometres", 40), ("pipeline_afp", "25 miles", None))
fact("pipeline/restore", "agree", ("pipeline_reuters", "within 48 hours", 48), ("pipeline_dawn", "within two days", 48),
     ("pipeline_afp", "within two days", 48))
fact("pipeline/compensation", "agree", ("pipeline_reuters", "1 million rupees", 1000000), ("pipeline_reuters", "$3,600", None),
     ("pipeline_dawn", "Rs1m", 1000000))
fact("pipeline/died-in-hospital", "agree", ("pipeline_dawn", "two", 2, "after two injured persons"), ("pipeline_afp", "two", 2, "two more died"))
fact("pipeline/children", "agree", ("pipeline_dawn", "two", 2, "her two daughters"), ("pipeline_afp", "two", 2, "including two children"))
fact("pipeline/customers", "single", ("pipeline_reuters", "more than 7 million", 7000000))
fact("pipeline/girl-age-8", "single", ("pipeline_dawn", "eight", 8, "aged eight"))
fact("pipeline/girl-age-11", "single", ("pipeline_dawn", "11", 11, "eight and 11"))
fact("pipeline/critical", "single", ("pipeline_dawn", "four", 4, "four were in critical"))
fact("pipeline/sheds", "single", ("pipeline_dawn", "two", 2, "whose two cattle sheds"))
fact("pipeline/inspected", "single", ("pipeline_dawn", "March", "2026-03"))
fact("pipeline/report-deadline", "single", ("pipeline_dawn", "72 hours", 72))
fact("pipeline/tenders-claim", "single", ("pipeline_dawn", "nearly an hour", 60))
fact("pipeline/tenders-official", "single", ("pipeline_dawn", "within 20 minutes", 20))
fact("pipeline/jamshoro-date", "single", ("pipeline_dawn", "January 2024", "2024-01"))
fact("pipeline/jamshoro-dead", "single", ("pipeline_dawn", "11", 11, "11 people died"))
fact("pipeline/died-at-scene", "single", ("pipeline_afp", "Five", 5, "Five people died at the scene"))
fact("pipeline/flames", "single", ("pipeline_afp", "up to 100 feet", 100), ("pipeline_afp", "30 metres", None))
fact("pipeline/abbas-age", "single", ("pipeline_afp", "45", 45, "Abbas, 45"))
fact("pipeline/homes-cut", "single", ("pipeline_afp", "tens of thousands", 20000))

# ---- harvest: ABARES September crop report, Tuesday 1 September 2026. Wheat 30.6 mt agreed; last season
#      34.1 / 33.9; June forecast 31.8 / 31.6; barley 12.4 / 12.2 / 12.4; winter crop fall 11 / 9 per cent.
fact("harvest/wheat", "agree", ("harvest_reuters", "30.6 million metric tons", 30.6), ("harvest_abc", "30.6 million tonnes", 30.6),
     ("harvest_graincentral", "30.6mt", 30.6), ("harvest_graincentral", "30.6 million tonnes", 30.6))
fact("harvest/wheat-fall", "agree", ("harvest_reuters", "10%", 10), ("harvest_abc", "10 per cent", 10), ("harvest_graincentral", "9.7pc", 9.7))
fact("harvest/last-season", "conflict", ("harvest_reuters", "34.1 million tons", 34.1), ("harvest_graincentral", "33.9mt", 33.9))
fact("harvest/june-forecast", "conflict", ("harvest_reuters", "31.8 million tons", 31.8), ("harvest_graincentral", "31.6mt", 31.6))
fact("harvest/june", "agree", ("harvest_reuters", "June", "2026-06"), ("harvest_graincentral", "June", "2026-06"))
fact("harvest/barley", "conflict", ("harvest_reuters", "12.4 million tons", 12.4), ("harvest_abc", "12.2 million tonnes", 12.2),
     ("harvest_graincentral", "12.4mt", 12.4))
fact("harvest/canola", "agree", ("harvest_reuters", "about 6 million tons", 6), ("harvest_abc", "6.1 million tonnes", 6.1),
     ("harvest_graincentral", "6.1mt", 6.1))
fact("harvest/winter-crop", "agree", ("harvest_abc", "55.8 million tonnes", 55.8), ("harvest_graincentral", "55.8mt", 55.8))
fact("harvest/winter-crop-fall", "conflict", ("harvest_abc", "11 per cent", 11), ("harvest_graincentral", "9pc", 9))
fact("harvest/date", "agree", ("harvest_reuters", "Tuesday", "2026-09-01"), ("harvest_abc", "Tuesday", "2026-09-01", "released on Tuesday"))
fact("harvest/next-report", "agree", ("harvest_abc", "December", "2026-12"), ("harvest_graincentral", "December", "2026-12", "early December"),
     ("harvest_graincentral", "December", "2026-12", "come back again in December"))
fact("harvest/report-month", "agree", ("harvest_abc", "September", "2026-09", "In its September crop"), ("harvest_graincentral", "September", "2026-09", "ABARES' September"))
fact("harvest/season", "agree", ("harvest_reuters", "2026/27", "2026/2027"), ("harvest_graincentral", "2026-27", "2026/2027"))
fact("harvest/cbot", "single", ("harvest_reuters", "$5.42", 5.42))
fact("harvest/houe-30", "single", ("harvest_reuters", "30 million tons", 30, "If it doesn't, 30 million"))
fact("harvest/exports", "single", ("harvest_reuters", "about 24 million tons", 24))
fact("harvest/export-year", "single", ("harvest_reuters", "2025/26", "2025/26"))
fact("harvest/analysts-below", "single", ("harvest_reuters", "below 30 million tons", 30))
fact("harvest/rain-half", "single", ("harvest_abc", "about half", 50))
fact("harvest/weeks", "single", ("harvest_abc", "three weeks", 3))
fact("harvest/wa-winter", "single", ("harvest_abc", "14.2 million tonnes", 14.2))
fact("harvest/wa-record", "single", ("harvest_abc", "24 million tonnes", 24))
fact("harvest/nsw-wheat", "single", ("harvest_graincentral", "10.4mt", 10.4))
fact("harvest/nsw-rise", "single", ("harvest_graincentral", "18pc", 18))
fact("harvest/wa-wheat", "single", ("harvest_graincentral", "8.1mt", 8.1))
fact("harvest/area", "single", ("harvest_graincentral", "12.3 million hectares", 12.3))
fact("harvest/apw-price", "single", ("harvest_graincentral", "A$355/t", 355))
fact("harvest/apw-rise", "single", ("harvest_graincentral", "A$10/t", 10))

# ---- airlinepax: Nordika (fictional Latvian airline) October 2026 traffic, published Tuesday 3 November 2026.
#      Growth 9% / 8.7% / 12%; load factor 86% / 85.7% / 87%; cancellations "about 400" / "more than 500";
#      grounded six / seven / six.
fact("airlinepax/passengers", "agree", ("airlinepax_reuters", "1.42 million", 1420000), ("airlinepax_lsm", "1,418,600", 1418600),
     ("airlinepax_aerotime", "1.4 million", 1400000))
fact("airlinepax/growth", "conflict", ("airlinepax_reuters", "9%", 9, "flew 9% more"), ("airlinepax_reuters", "9%", 9, "up 9%"),
     ("airlinepax_lsm", "8.7%", 8.7), ("airlinepax_aerotime", "12%", 12, "traffic by 12%"), ("airlinepax_aerotime", "12%", 12, "increase of 12%"))
fact("airlinepax/load-factor", "conflict", ("airlinepax_reuters", "86%", 86), ("airlinepax_lsm", "85.7%", 85.7), ("airlinepax_aerotime", "87%", 87))
fact("airlinepax/cancelled", "conflict", ("airlinepax_reuters", "about 400", 400), ("airlinepax_lsm", "more than 500", 500))
fact("airlinepax/grounded", "conflict", ("airlinepax_reuters", "six", 6, "after six of its"), ("airlinepax_lsm", "seven", 7, "because seven aircraft"),
     ("airlinepax_aerotime", "six", 6, "has six Airbus"))
fact("airlinepax/flights", "agree", ("airlinepax_lsm", "11,240", 11240), ("airlinepax_aerotime", "more than 11,000", 11000))
fact("airlinepax/fleet", "agree", ("airlinepax_reuters", "48 aircraft", 48), ("airlinepax_aerotime", "48 aircraft", 48))
fact("airlinepax/ytd", "agree", ("airlinepax_reuters", "13.9 million", 13900000), ("airlinepax_lsm", "13.9 million", 13900000),
     ("airlinepax_aerotime", "almost 14 million", 14000000))
fact("airlinepax/shares", "agree", ("airlinepax_reuters", "3.1%", 3.1), ("airlinepax_lsm", "3%", 3, "rose 3%"))
fact("airlinepax/month", "agree", ("airlinepax_reuters", "October", "2026-10", "passengers in October, up"),
     ("airlinepax_lsm", "October", "2026-10", "passengers in October, 8.7%"), ("airlinepax_aerotime", "October 2026", "2026-10"))
fact("airlinepax/base-month", "agree", ("airlinepax_reuters", "October 2025", "2025-10"), ("airlinepax_aerotime", "October 2025", "2025-10"))
fact("airlinepax/destinations", "agree", ("airlinepax_lsm", "82 destinations", 82), ("airlinepax_aerotime", "more than 80 destinations", 80))
fact("airlinepax/full-year", "single", ("airlinepax_reuters", "more than 16 million", 16000000))
fact("airlinepax/share-time", "single", ("airlinepax_reuters", "1050 GMT", "10:50"))
fact("airlinepax/last-october", "single", ("airlinepax_reuters", "1.3 million", 1300000))
fact("airlinepax/state-stake", "single", ("airlinepax_lsm", "about 88%", 88))
fact("airlinepax/airport-pax", "single", ("airlinepax_lsm", "7.1 million", 7100000))
fact("airlinepax/airport-months", "single", ("airlinepax_lsm", "first nine months", 9))
fact("airlinepax/shop-years", "single", ("airlinepax_aerotime", "next two years", 2))

# ---- cricket: first Test, New Zealand beat Sri Lanka by seven wickets, Hagley Oval, Christchurch, day four,
#      Sunday 6 December 2026 (fictional match). Ravindra 132/131/132 off 214/241 balls; Henry 5-48/5-46/"5 for 48";
#      debutant Tait 24/23; day-four crowd 6,300 / "Around 8000".
fact("cricket/ravindra", "conflict", ("cricket_stuff", "132", 132, "Ravindra made 132"), ("cricket_stuff", "132", 132, "R Ravindra 132"),
     ("cricket_afp", "131", 131), ("cricket_rnz", "132", 132, "Ravindra's 132"))
fact("cricket/balls", "conflict", ("cricket_stuff", "214 balls", 214), ("cricket_afp", "241 balls", 241))
fact("cricket/henry", "conflict", ("cricket_stuff", "5-48", "5-48", "taking 5-48"), ("cricket_stuff", "5-48", "5-48", "M Henry 5-48"),
     ("cricket_afp", "5-46", "5-46"), ("cricket_rnz", "5 for 48", "5-48"))
fact("cricket/debutant-age", "conflict", ("cricket_stuff", "24", 24, "Tait, 24"), ("cricket_afp", "23-year-old", 23))
fact("cricket/crowd", "conflict", ("cricket_stuff", "6,300", 6300), ("cricket_rnz", "Around 8000", 8000))
fact("cricket/margin", "agree", ("cricket_stuff", "seven-wicket", 7), ("cricket_stuff", "seven wickets", 7, "with seven wickets in hand"),
     ("cricket_stuff", "seven wickets", 7, "by seven wickets."), ("cricket_afp", "seven wickets", 7, "Sri Lanka by seven wickets on"),
     ("cricket_rnz", "seven wickets", 7))
fact("cricket/target", "agree", ("cricket_stuff", "156", 156), ("cricket_afp", "156", 156), ("cricket_rnz", "156", 156))
fact("cricket/chase", "agree", ("cricket_stuff", "158 for three", "158-3"), ("cricket_stuff", "158-3", "158-3"), ("cricket_afp", "158-3", "158-3"),
     ("cricket_rnz", "158 for 3", "158-3"))
fact("cricket/nz-first", "agree", ("cricket_stuff", "389", 389, "New Zealand to 389"), ("cricket_stuff", "389", 389, "New Zealand 389"),
     ("cricket_afp", "389", 389), ("cricket_rnz", "389", 389))
fact("cricket/sl-first", "agree", ("cricket_stuff", "243", 243, "bowled out for 243"), ("cricket_stuff", "243", 243, "Sri Lanka 243"),
     ("cricket_afp", "243", 243), ("cricket_rnz", "243", 243))
fact("cricket/sl-second", "agree", ("cricket_stuff", "301", 301, "tourists reached 301"), ("cricket_stuff", "301", 301, "and 301 ("),
     ("cricket_afp", "301", 301), ("cricket_rnz", "301", 301))
fact("cricket/lead", "agree", ("cricket_stuff", "146", 146), ("cricket_afp", "146", 146))
fact("cricket/conway", "agree", ("cricket_stuff", "64", 64, "unbeaten 64"), ("cricket_afp", "64", 64), ("cricket_rnz", "64", 64))
fact("cricket/mendis", "agree", ("cricket_stuff", "87", 87, "Mendis made 87"), ("cricket_stuff", "87", 87, "K Mendis 87"), ("cricket_afp", "87", 87))
fact("cricket/de-silva", "agree", ("cricket_stuff", "61", 61, "added 61"), ("cricket_stuff", "61", 61, "de Silva 61"), ("cricket_afp", "61", 61))
fact("cricket/day", "agree", ("cricket_stuff", "day four", 4, "in hand on day four"), ("cricket_afp", "fourth day", 4), ("cricket_rnz", "fourth day", 4))
fact("cricket/date", "agree", ("cricket_stuff", "Sunday", "2026-12-06", "lunch on Sunday"), ("cricket_afp", "Sunday", "2026-12-06"),
     ("cricket_rnz", "Sunday", "2026-12-06"))
fact("cricket/series", "single", ("cricket_stuff", "two-test", 2))
fact("cricket/series-2006", "single", ("cricket_afp", "two-match", 2))
fact("cricket/next-test", "agree", ("cricket_stuff", "Thursday", "2026-12-10"), ("cricket_afp", "December 10", "2026-12-10"),
     ("cricket_rnz", "Thursday", "2026-12-10"))
fact("cricket/chase-wkts", "single", ("cricket_afp", "three", 3, "lost three wickets"))
fact("cricket/series-lead", "single", ("cricket_stuff", "1-0", "1-0"))
fact("cricket/collapse-wkts", "single", ("cricket_stuff", "five", 5, "last five wickets"))
fact("cricket/collapse-runs", "single", ("cricket_stuff", "38 runs", 38))
fact("cricket/henry-hauls", "single", ("cricket_stuff", "ninth", 9))
fact("cricket/tait-wkts", "single", ("cricket_stuff", "three", 3, "picked up three wickets"))
fact("cricket/pace", "single", ("cricket_stuff", "140km/h", 140))
fact("cricket/match-crowd", "single", ("cricket_stuff", "just over 19,000", 19000))
fact("cricket/conway-first", "single", ("cricket_stuff", "48", 48, "D Conway 48"))
fact("cricket/fernando", "single", ("cricket_stuff", "4-77", "4-77"))
fact("cricket/mendis-first", "single", ("cricket_stuff", "51", 51, "K Mendis 51"))
fact("cricket/orourke", "single", ("cricket_stuff", "3-59", "3-59"))
fact("cricket/runs-short", "single", ("cricket_afp", "50 or 60", 55))
fact("cricket/dropped", "single", ("cricket_afp", "12", 12, "dropped on 12"))
fact("cricket/williamson", "single", ("cricket_afp", "35", 35, "brisk 35"))
fact("cricket/last-win", "single", ("cricket_afp", "2006", "2006"))
fact("cricket/wtc", "single", ("cricket_afp", "third", 3, "third place"))
fact("cricket/walk-in", "single", ("cricket_rnz", "32 for two", "32-2"))
fact("cricket/career-best", "single", ("cricket_rnz", "240", 240))
fact("cricket/career-best-year", "single", ("cricket_rnz", "2024", "2024"))

# ---- teachervote: EIS strike ballot result, Scotland, Friday 27 February 2026. Yes 89% / 89.3 per cent / 88 per
#      cent; turnout 61 / 61.2 / 61; claim 8% / 6.5 per cent; first strike day Tuesday 17 March / Monday 16 March.
fact("teachervote/yes", "conflict", ("teachervote_bbc", "89%", 89), ("teachervote_herald", "89.3 per cent", 89.3),
     ("teachervote_tes", "88 per cent", 88))
fact("teachervote/turnout", "agree", ("teachervote_bbc", "61%", 61), ("teachervote_herald", "61.2 per cent", 61.2),
     ("teachervote_tes", "61 per cent", 61))
fact("teachervote/threshold", "agree", ("teachervote_bbc", "50%", 50), ("teachervote_herald", "50%", 50))
fact("teachervote/balloted", "agree", ("teachervote_bbc", "More than 50,000", 50000), ("teachervote_herald", "Around 55,000", 55000),
     ("teachervote_tes", "54,600", 54600))
fact("teachervote/offer", "agree", ("teachervote_bbc", "3.5%", 3.5), ("teachervote_herald", "3.5 per cent", 3.5), ("teachervote_tes", "3.5 per cent", 3.5))
fact("teachervote/claim", "conflict", ("teachervote_bbc", "8%", 8), ("teachervote_herald", "6.5 per cent", 6.5))
fact("teachervote/notice", "agree", ("teachervote_bbc", "14 days'", 14), ("teachervote_herald", "two weeks'", 14))
fact("teachervote/strike-days", "agree", ("teachervote_herald", "three days", 3), ("teachervote_tes", "three days", 3, "strike for three days"),
     ("teachervote_tes", "three days", 3, "agreed on three days"))
fact("teachervote/first-strike", "conflict", ("teachervote_herald", "Tuesday 17 March", "2026-03-17"), ("teachervote_tes", "Monday 16 March", "2026-03-16"))
fact("teachervote/result-day", "agree", ("teachervote_bbc", "Friday", "2026-02-27"), ("teachervote_herald", "yesterday", "2026-02-27"))
fact("teachervote/strike-month", "single", ("teachervote_tes", "March", "2026-03", "three days in March"))
fact("teachervote/councils", "single", ("teachervote_bbc", "32", 32))
fact("teachervote/last-dispute", "single", ("teachervote_bbc", "2022 and 2023", "2022/2023"))
fact("teachervote/days-lost", "single", ("teachervote_bbc", "16 days", 16))
fact("teachervote/week-of", "single", ("teachervote_herald", "16 March", "2026-03-16", "week beginning 16 March"))
fact("teachervote/ballot-closed", "single", ("teachervote_herald", "Thursday", "2026-02-26", "closed on Thursday"))
fact("teachervote/years-on", "single", ("teachervote_herald", "three years", 3))
fact("teachervote/starting-pay", "single", ("teachervote_herald", "£38,600", 38600))
fact("teachervote/top-pay", "single", ("teachervote_herald", "about £50,000", 50000))
fact("teachervote/exec-day", "single", ("teachervote_tes", "Friday", "2026-02-27", "met on Friday"))
fact("teachervote/pay-year", "single", ("teachervote_tes", "2025-26", "2025/2026"))
fact("teachervote/exams", "single", ("teachervote_tes", "late April", "2026-04"))
fact("teachervote/deal-year", "single", ("teachervote_tes", "2023", "2023"))
fact("teachervote/deal", "single", ("teachervote_tes", "14.6 per cent", 14.6))
fact("teachervote/deal-years", "single", ("teachervote_tes", "two years", 2))
