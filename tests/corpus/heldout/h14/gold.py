"""Hand-written gold for the h14 held-out events (written before running claimcheck; not run by the author).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8-h13 and the dev gold), also when the
early figure is hedged ("At least 13" vs "18").
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than"/"over" open above;
"up to"/"less than"/"as high as"/"no more than" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min
either side on the hour, 15 on a half or quarter, 5 otherwise ("shortly after 9 p.m." 21:00-21:30, "shortly before
5 a.m." 04:30-05:00, "just before 8am" 07:30-08:00). Exact numbers carry their rounding interval. Dates: ISO days,
resolved against the publication date or the event date the cluster establishes; times "HH:MM" local.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- school shooting after a basketball game (Memorial High School, Tulsa, Okla., Friday 20 February 2026)
fact("schoolshoot/date", "agree", ("schoolshoot_kotv", "Friday", "2026-02-20", "hurt Friday night"),
     ("schoolshoot_tulsaworld", "Friday", "2026-02-20", "game Friday night"), ("schoolshoot_ap", "Friday", "2026-02-20", "9 p.m. Friday"))
fact("schoolshoot/time", "agree", ("schoolshoot_kotv", "around 9:10 p.m.", "21:10"), ("schoolshoot_tulsaworld", "about 9:15 p.m.", "21:15"),
     ("schoolshoot_ap", "shortly after 9 p.m.", "21:15"))
fact("schoolshoot/victim-age", "conflict", ("schoolshoot_kotv", "16-year-old", 16), ("schoolshoot_tulsaworld", "16", 16, "student, 16,"),
     ("schoolshoot_tulsaworld", "16", 16, "Jalen Brooks, 16,"), ("schoolshoot_ap", "17-year-old", 17))
fact("schoolshoot/wounded", "conflict", ("schoolshoot_kotv", "two", 2, "two hurt"), ("schoolshoot_kotv", "two", 2, "two other students were hurt"),
     ("schoolshoot_kotv", "Two", 2, "Two other students were taken"), ("schoolshoot_tulsaworld", "three", 3, "three other people were wounded"),
     ("schoolshoot_ap", "three", 3, "three others were wounded"), ("schoolshoot_ap", "three", 3, "The three people who were wounded"))
fact("schoolshoot/suspect-age", "agree", ("schoolshoot_kotv", "15-year-old", 15), ("schoolshoot_tulsaworld", "15-year-old", 15, "game; 15-year-old"),
     ("schoolshoot_tulsaworld", "15-year-old", 15, "A 15-year-old boy was arrested"), ("schoolshoot_ap", "15-year-old", 15, "A 15-year-old was arrested"),
     ("schoolshoot_ap", "15-year-old", 15, "The 15-year-old suspect"))
fact("schoolshoot/shots", "agree", ("schoolshoot_kotv", "about a dozen", 12), ("schoolshoot_tulsaworld", "at least six", 6))
fact("schoolshoot/arrest-distance", "conflict", ("schoolshoot_kotv", "about two miles", 2), ("schoolshoot_tulsaworld", "about a mile", 1))
fact("schoolshoot/crowd", "agree", ("schoolshoot_tulsaworld", "more than 1,000", 1000), ("schoolshoot_ap", "about 1,200", 1200))
fact("schoolshoot/enrollment", "agree", ("schoolshoot_tulsaworld", "about 1,400", 1400), ("schoolshoot_ap", "1,400", 1400))
fact("schoolshoot/girl-age", "agree", ("schoolshoot_tulsaworld", "14-year-old", 14), ("schoolshoot_ap", "14-year-old", 14))
fact("schoolshoot/man-age", "agree", ("schoolshoot_tulsaworld", "48-year-old", 48), ("schoolshoot_ap", "48-year-old", 48))
fact("schoolshoot/school-shooting-ordinal", "agree", ("schoolshoot_kotv", "second", 2, "This is the second shooting"),
     ("schoolshoot_ap", "second", 2, "is the second on or near"))
fact("schoolshoot/score", "agree", ("schoolshoot_kotv", "58-51", "58-51"), ("schoolshoot_tulsaworld", "58-51", "58-51"))
fact("schoolshoot/closed-day", "agree", ("schoolshoot_tulsaworld", "Monday", "2026-02-23", "closed Monday"),
     ("schoolshoot_ap", "Monday", "2026-02-23", "closed Monday"))
fact("schoolshoot/groups", "agree", ("schoolshoot_kotv", "two", 2, "two groups of teenagers"), ("schoolshoot_tulsaworld", "two", 2, "two groups of teens"),
     ("schoolshoot_ap", "two", 2, "two groups of teenagers"))
fact("schoolshoot/wounded-boy-age", "single", ("schoolshoot_tulsaworld", "17-year-old", 17))
fact("schoolshoot/gym-seats", "single", ("schoolshoot_tulsaworld", "about 2,000", 2000))
fact("schoolshoot/assault-counts", "single", ("schoolshoot_tulsaworld", "three", 3, "three counts"))
fact("schoolshoot/homicide-number", "single", ("schoolshoot_tulsaworld", "11th", 11))
fact("schoolshoot/homicides-2025", "single", ("schoolshoot_tulsaworld", "58", 58, "recorded 58 homicides"))
fact("schoolshoot/arrest-time", "single", ("schoolshoot_tulsaworld", "less than an hour", 1))
fact("schoolshoot/quarter", "single", ("schoolshoot_kotv", "fourth", 4, "fourth quarter"))
fact("schoolshoot/october-incident", "single", ("schoolshoot_kotv", "October", "2025-10", "In October, a man"))
fact("schoolshoot/us-shot-2025", "single", ("schoolshoot_ap", "At least 39", 39))
fact("schoolshoot/grants", "single", ("schoolshoot_ap", "$5 million", 5000000))

# ---- stabbing at an apartment complex (4100 block of Sunbury Road, Columbus, Ohio, Saturday 14 March 2026)
fact("stabbing/dead", "conflict", ("stabbing_nbc4", "One", 1, "One person is dead"), ("stabbing_dispatch", "second", 2, "the second person killed"),
     ("stabbing_10tv", "two", 2, "death toll to two"))
fact("stabbing/stabbed", "agree", ("stabbing_nbc4", "three", 3, "found three people"), ("stabbing_10tv", "three", 3, "the three victims"))
fact("stabbing/time", "conflict", ("stabbing_nbc4", "shortly after 3 a.m.", "03:15"), ("stabbing_dispatch", "about 2:40 a.m.", "02:40"),
     ("stabbing_10tv", "around 2:30 a.m.", "02:30"))
fact("stabbing/date", "agree", ("stabbing_nbc4", "Saturday", "2026-03-14", "early Saturday morning"),
     ("stabbing_dispatch", "Saturday", "2026-03-14", "stabbed early Saturday"), ("stabbing_dispatch", "Saturday", "2026-03-14", "2:40 a.m. Saturday"),
     ("stabbing_10tv", "Saturday", "2026-03-14", "early Saturday morning"), ("stabbing_10tv", "Saturday", "2026-03-14", "2:30 a.m. Saturday"))
fact("stabbing/woman-age", "agree", ("stabbing_nbc4", "34-year-old", 34), ("stabbing_dispatch", "34", 34, "Alicia Moreno, 34,"),
     ("stabbing_10tv", "34-year-old", 34))
fact("stabbing/brother-age", "agree", ("stabbing_dispatch", "41", 41, "Jerome Moreno, 41,"), ("stabbing_10tv", "41-year-old", 41))
fact("stabbing/brother-died", "agree", ("stabbing_dispatch", "Sunday", "2026-03-15", "died Sunday at"),
     ("stabbing_10tv", "Sunday", "2026-03-15", "died Sunday afternoon"))
fact("stabbing/girl-age", "conflict", ("stabbing_dispatch", "12-year-old", 12), ("stabbing_10tv", "13-year-old", 13))
fact("stabbing/suspect-age", "conflict", ("stabbing_nbc4", "29 years old", 29), ("stabbing_dispatch", "29", 29, "Derek Simms, 29,"),
     ("stabbing_10tv", "30-year-old", 30))
fact("stabbing/bond", "agree", ("stabbing_dispatch", "$2 million", 2000000), ("stabbing_10tv", "$2 million", 2000000))
fact("stabbing/block", "agree", ("stabbing_nbc4", "4100", 4100, "4100 block"), ("stabbing_dispatch", "4100", 4100, "4100 block"),
     ("stabbing_10tv", "4100", 4100, "4100 block"))
fact("stabbing/homicide-number", "conflict", ("stabbing_dispatch", "21st and 22nd", 22), ("stabbing_10tv", "20th and 21st", 21))
fact("stabbing/protection-order", "agree", ("stabbing_dispatch", "February", "2026-02", "in February"), ("stabbing_10tv", "last month", "2026-02"))
fact("stabbing/hotline-hours", "agree", ("stabbing_nbc4", "24 hours a day", 24), ("stabbing_10tv", "24-hour", 24))
fact("stabbing/hurt-early", "single", ("stabbing_nbc4", "two", 2, "two others are hurt"))
fact("stabbing/pronounced", "single", ("stabbing_nbc4", "3:31 a.m.", "03:31"))
fact("stabbing/neighbor-years", "single", ("stabbing_nbc4", "six years", 6))
fact("stabbing/murder-counts", "single", ("stabbing_dispatch", "two", 2, "two counts of murder"))
fact("stabbing/initial-count", "single", ("stabbing_10tv", "one", 1, "one count of murder"))
fact("stabbing/arraigned", "single", ("stabbing_dispatch", "Monday", "2026-03-16", "arraigned Monday"))
fact("stabbing/response", "single", ("stabbing_dispatch", "within four minutes", 4))
fact("stabbing/order-distance", "single", ("stabbing_dispatch", "500 feet", 500))
fact("stabbing/brother-stay", "single", ("stabbing_dispatch", "about two weeks", 2))
fact("stabbing/prior-conviction", "single", ("stabbing_dispatch", "2021", 2021, "from 2021"))
fact("stabbing/jail-days", "single", ("stabbing_dispatch", "180 days", 180))
fact("stabbing/homicides-2025", "single", ("stabbing_dispatch", "134", 134))
fact("stabbing/homicides-2023", "single", ("stabbing_dispatch", "169", 169))
fact("stabbing/ohio-dv-deaths", "single", ("stabbing_dispatch", "115", 115))
fact("stabbing/girl-released", "single", ("stabbing_dispatch", "Sunday", "2026-03-15", "Hospital on Sunday"))
fact("stabbing/court-date", "single", ("stabbing_dispatch", "March 24", "2026-03-24"))
fact("stabbing/january-victim-age", "single", ("stabbing_10tv", "22-year-old", 22))

# ---- road-rage shooting on I-240 near Poplar Avenue (Memphis, Thursday 9 April 2026; arrest Saturday 11 April)
fact("roadrage/date", "agree", ("roadrage_wmc", "Thursday", "2026-04-09", "Thursday evening"),
     ("roadrage_commercialappeal", "Thursday", "2026-04-09", "5:45 p.m. Thursday"), ("roadrage_fox13", "Thursday", "2026-04-09", "I-240 Thursday night"))
fact("roadrage/time", "conflict", ("roadrage_wmc", "around 5:30 p.m.", "17:30"), ("roadrage_commercialappeal", "about 5:45 p.m.", "17:45"),
     ("roadrage_fox13", "around 6:15 p.m.", "18:15"))
fact("roadrage/victim-age", "agree", ("roadrage_wmc", "27-year-old", 27, "Police say a 27-year-old"), ("roadrage_wmc", "27-year-old", 27, "The 27-year-old was hit"),
     ("roadrage_commercialappeal", "27-year-old", 27), ("roadrage_commercialappeal", "27", 27, "Tyler Hampton, 27,"),
     ("roadrage_fox13", "27", 27, "Tyler Hampton, 27,"))
fact("roadrage/girlfriend-age", "agree", ("roadrage_commercialappeal", "25", 25, "Kiara Wells, 25,"), ("roadrage_fox13", "25-year-old", 25))
fact("roadrage/shots", "conflict", ("roadrage_wmc", "at least five times", 5), ("roadrage_commercialappeal", "eight", 8, "eight shell casings"),
     ("roadrage_fox13", "about 10 times", 10))
fact("roadrage/closure", "conflict", ("roadrage_wmc", "about three hours", 3), ("roadrage_commercialappeal", "nearly four hours", 4))
fact("roadrage/suspect-age", "conflict", ("roadrage_wmc", "52-year-old", 52), ("roadrage_commercialappeal", "52", 52, "Man, 52,"),
     ("roadrage_commercialappeal", "52", 52, "Gary Lusk, 52,"), ("roadrage_fox13", "53-year-old", 53))
fact("roadrage/arrest-day", "agree", ("roadrage_wmc", "Saturday", "2026-04-11", "On Saturday, MPD"),
     ("roadrage_commercialappeal", "Saturday", "2026-04-11", "Raleigh on Saturday morning"), ("roadrage_fox13", "Saturday", "2026-04-11", "home Saturday morning"))
fact("roadrage/interstate-shot-year", "agree", ("roadrage_wmc", "More than a dozen", 12), ("roadrage_commercialappeal", "At least 14", 14),
     ("roadrage_fox13", "16", 16, "counted 16 interstate"))
fact("roadrage/interstate-last-year", "agree", ("roadrage_wmc", "more than 100", 100), ("roadrage_fox13", "100", 100, "the number topped 100"))
fact("roadrage/last-year-year", "agree", ("roadrage_wmc", "2025", 2025, "In 2025, the Tennessee"), ("roadrage_fox13", "Last year", 2025))
fact("roadrage/reward", "agree", ("roadrage_commercialappeal", "up to $15,000", 15000), ("roadrage_fox13", "$15,000", 15000))
fact("roadrage/followed", "single", ("roadrage_commercialappeal", "more than a mile", 1))
fact("roadrage/interstate-fatal", "single", ("roadrage_commercialappeal", "three", 3, "three of them fatally"))
fact("roadrage/cameras", "single", ("roadrage_commercialappeal", "more than 90", 90))
fact("roadrage/bill-year", "single", ("roadrage_commercialappeal", "2024", 2024))
fact("roadrage/patrols-year", "single", ("roadrage_commercialappeal", "2025", 2025, "interstates in 2025"))
fact("roadrage/court-day", "single", ("roadrage_commercialappeal", "Tuesday", "2026-04-14", "court on Tuesday"))
fact("roadrage/grazed-day", "single", ("roadrage_wmc", "Tuesday", "2026-04-07", "On Tuesday, a woman"))
fact("roadrage/years-at-fedex", "single", ("roadrage_fox13", "four years", 4))

# ---- gang riot at the Litoral penitentiary (Guayaquil, Ecuador, Monday 11 May 2026)
fact("riot/dead", "conflict", ("riot_afp", "At least 13", 13, "At least 13 inmates killed"), ("riot_afp", "At least 13", 13, "At least 13 inmates were killed"),
     ("riot_reuters", "18", 18, "rises to 18"), ("riot_reuters", "18", 18, "risen to 18 inmates"),
     ("riot_bbc", "17", 17, "leaves 17 dead"), ("riot_bbc", "At least 17", 17))
fact("riot/injured", "agree", ("riot_afp", "at least 20", 20), ("riot_reuters", "21", 21, "Another 21 inmates"), ("riot_bbc", "more than 20", 20))
fact("riot/guards", "conflict", ("riot_afp", "Six", 6, "Six guards"), ("riot_reuters", "seven", 7, "seven guards"), ("riot_bbc", "Seven", 7, "Seven prison guards"))
fact("riot/duration", "conflict", ("riot_reuters", "about 10 hours", 10), ("riot_bbc", "more than 12 hours", 12))
fact("riot/date", "agree", ("riot_afp", "Monday", "2026-05-11", "injured on Monday"), ("riot_reuters", "Monday", "2026-05-11", "(1300 GMT) on Monday"),
     ("riot_bbc", "Monday", "2026-05-11", "on Monday morning"))
fact("riot/start-time", "agree", ("riot_afp", "around 8:00 am", "08:00"), ("riot_afp", "1300 GMT", None), ("riot_reuters", "0800", "08:00", "began at 0800"),
     ("riot_reuters", "1300 GMT", None))
fact("riot/deployed", "agree", ("riot_afp", "Some 2,000", 2000), ("riot_reuters", "Around 2,000", 2000))
fact("riot/emergency", "agree", ("riot_afp", "60-day", 60), ("riot_reuters", "60-day", 60))
fact("riot/2021-dead", "agree", ("riot_afp", "at least 119", 119), ("riot_reuters", "119", 119), ("riot_bbc", "119", 119))
fact("riot/2021-year", "agree", ("riot_afp", "September 2021", "2021-09"), ("riot_reuters", "2021", "2021", "In 2021, 119"),
     ("riot_bbc", "2021", "2021", "In 2021, a riot"))
fact("riot/population", "agree", ("riot_reuters", "about 6,000", 6000), ("riot_bbc", "more than 6,000", 6000))
fact("riot/wings", "agree", ("riot_afp", "two", 2, "two wings"), ("riot_reuters", "two", 2, "the two affected cell blocks"))
fact("riot/gangs", "single", ("riot_bbc", "two", 2, "two rival gangs"))
fact("riot/capacity", "single", ("riot_bbc", "about 5,300", 5300))
fact("riot/mother-age", "single", ("riot_afp", "54-year-old", 54))
fact("riot/homicide-rate", "single", ("riot_afp", "38", 38, "rate of 38"))
fact("riot/firearms", "single", ("riot_reuters", "14", 14, "14 firearms"))
fact("riot/grenades", "single", ("riot_reuters", "three", 3, "three grenades"))
fact("riot/since-2021", "single", ("riot_reuters", "more than 460", 460))
fact("riot/noboa-office", "single", ("riot_reuters", "2023", 2023, "took office in 2023"))
fact("riot/military-since", "single", ("riot_reuters", "January 2024", "2024-01"))
fact("riot/national-prisoners", "single", ("riot_reuters", "around 33,000", 33000))
fact("riot/overcapacity", "single", ("riot_reuters", "roughly 10%", 10))

# ---- gondola cabin falls (Gamskogel gondola, Soelden, Tyrol, Saturday 24 January 2026)
fact("cablecar/dead", "conflict", ("cablecar_reuters", "Three", 3, "Three killed"), ("cablecar_reuters", "Three", 3, "Three skiers were killed"),
     ("cablecar_thelocal", "Fourth", 4, "Fourth victim"), ("cablecar_thelocal", "fourth", 4, "A fourth person"),
     ("cablecar_euronews", "four", 4, "rises to four"), ("cablecar_euronews", "fourth", 4, "A fourth person"), ("cablecar_euronews", "Four", 4, "Four of them died"))
fact("cablecar/fall-height", "conflict", ("cablecar_reuters", "about 40 metres", 40), ("cablecar_reuters", "130 feet", None),
     ("cablecar_thelocal", "some 30 metres", 30), ("cablecar_euronews", "40 metres", 40))
fact("cablecar/aboard", "conflict", ("cablecar_reuters", "five", 5, "carrying five skiers"), ("cablecar_thelocal", "Five", 5, "Five people were on board"),
     ("cablecar_euronews", "Six", 6, "Six passengers"))
fact("cablecar/injured", "agree", ("cablecar_reuters", "two", 2, "two seriously injured"), ("cablecar_euronews", "two", 2, "two others were injured"))
fact("cablecar/dutch-age", "conflict", ("cablecar_reuters", "62-year-old", 62), ("cablecar_thelocal", "aged 61", 61))
fact("cablecar/time", "agree", ("cablecar_reuters", "around 11.20 a.m.", "11:20"), ("cablecar_reuters", "1020 GMT", None),
     ("cablecar_thelocal", "shortly after 11am", "11:15"), ("cablecar_euronews", "11:20", "11:20"))
fact("cablecar/date", "agree", ("cablecar_reuters", "Saturday", "2026-01-24", "injured on Saturday"),
     ("cablecar_thelocal", "Saturday", "2026-01-24", "11am on Saturday"), ("cablecar_euronews", "Saturday", "2026-01-24", "11:20 on Saturday"))
fact("cablecar/stranded", "conflict", ("cablecar_reuters", "About 120", 120), ("cablecar_thelocal", "more than 100", 100),
     ("cablecar_euronews", "nearly 150", 150))
fact("cablecar/rescue-duration", "agree", ("cablecar_thelocal", "more than four hours", 4), ("cablecar_euronews", "around four and a half hours", 4.5))
fact("cablecar/built", "agree", ("cablecar_reuters", "1998", 1998), ("cablecar_thelocal", "1998", 1998))
fact("cablecar/inspection", "agree", ("cablecar_thelocal", "December", "2025-12", "inspection in December"), ("cablecar_euronews", "last month", "2025-12"))
fact("cablecar/kaprun-dead", "agree", ("cablecar_reuters", "155", 155), ("cablecar_thelocal", "155", 155), ("cablecar_euronews", "155", 155))
fact("cablecar/kaprun-year", "agree", ("cablecar_reuters", "2000", "2000", "was in 2000"), ("cablecar_thelocal", "November 2000", "2000-11"),
     ("cablecar_euronews", "2000", "2000", "In 2000, 155"))
fact("cablecar/capacity", "single", ("cablecar_reuters", "10", 10, "hold 10 people"))
fact("cablecar/scene-deaths", "single", ("cablecar_thelocal", "Three", 3, "Three died at the scene"))
fact("cablecar/teen-age", "single", ("cablecar_thelocal", "17-year-old", 17))
fact("cablecar/teen-died-day", "single", ("cablecar_thelocal", "Sunday", "2026-01-25", "Sunday evening"))
fact("cablecar/survivor-age", "single", ("cablecar_thelocal", "aged 44", 44))
fact("cablecar/german-dead", "conflict", ("cablecar_reuters", "two", 2, "two German men"), ("cablecar_thelocal", "three", 3, "three German nationals"))
fact("cablecar/brothers", "single", ("cablecar_thelocal", "two", 2, "two of them brothers"))
fact("cablecar/visitors", "single", ("cablecar_euronews", "hundreds of thousands", 200000))
fact("cablecar/length", "single", ("cablecar_reuters", "2.4 km", 2.4))
fact("cablecar/top-altitude", "single", ("cablecar_reuters", "about 2,300 metres", 2300))
fact("cablecar/austria-lifts", "single", ("cablecar_reuters", "more than 2,800", 2800))
fact("cablecar/stresa-year", "single", ("cablecar_euronews", "2021", 2021))
fact("cablecar/stresa-dead", "single", ("cablecar_euronews", "14", 14, "in which 14 people"))

# ---- fatal shark attack on a surfer (Nine Mile Beach, Tuncurry, NSW, Saturday 28 November 2026)
fact("shark/victim-age", "conflict", ("shark_abc", "57-year-old", 57, "The 57-year-old was surfing"), ("shark_abc", "57-year-old", 57, "the 57-year-old local man"),
     ("shark_smh", "58", 58, "surfer, 58,"), ("shark_smh", "58-year-old", 58), ("shark_aap", "57-year-old", 57))
fact("shark/time", "agree", ("shark_abc", "about 7.30am", "07:30"), ("shark_smh", "around 7.40am", "07:40"), ("shark_aap", "just before 8am", "07:45"))
fact("shark/date", "agree", ("shark_abc", "this morning", "2026-11-28"), ("shark_smh", "Saturday", "2026-11-28", "7.40am on Saturday"),
     ("shark_aap", "Saturday", "2026-11-28", "8am on Saturday"))
fact("shark/offshore", "conflict", ("shark_abc", "about 50 metres", 50), ("shark_smh", "about 100 metres", 100))
fact("shark/length", "conflict", ("shark_abc", "4 metres", 4, "estimated to be 4 metres"), ("shark_smh", "between 3 and 3.5 metres", 3.25),
     ("shark_aap", "about four metres", 4))
fact("shark/closure", "agree", ("shark_abc", "at least 24 hours", 24, "are closed for at least 24 hours"),
     ("shark_abc", "at least 24 hours", 24, "would stay closed for at least 24 hours"), ("shark_aap", "24 hours", 24, "closed for 24 hours"))
fact("shark/from-sydney", "agree", ("shark_abc", "about 300 kilometres", 300), ("shark_aap", "about 300km", 300))
fact("shark/australia-ordinal", "agree", ("shark_abc", "fifth", 5, "fifth fatal shark attack in Australian waters this year"),
     ("shark_abc", "fifth", 5, "It is the fifth fatal shark attack in Australian waters this year, according"), ("shark_aap", "fifth", 5))
fact("shark/nsw-ordinal", "agree", ("shark_smh", "third", 3, "the third fatal attack"), ("shark_aap", "third", 3, "the third fatal shark attack"))
fact("shark/coast-ordinal", "agree", ("shark_smh", "second", 2, "the second along"), ("shark_aap", "second", 2, "The attack is the second"))
fact("shark/coast-window", "agree", ("shark_smh", "12 months", 12), ("shark_aap", "12 months", 12))
fact("shark/crowdy-age", "agree", ("shark_smh", "39-year-old", 39), ("shark_aap", "39-year-old", 39))
fact("shark/crowdy-date", "agree", ("shark_smh", "December last year", "2025-12"), ("shark_aap", "December last year", "2025-12"))
fact("shark/sydney-date", "agree", ("shark_smh", "February 2022", "2022-02"), ("shark_aap", "February 2022", "2022-02"))
fact("shark/sydney-previous", "agree", ("shark_smh", "1963", 1963), ("shark_aap", "1963", 1963))
fact("shark/drumlines", "single", ("shark_abc", "35", 35, "There are 35 drumlines"))
fact("shark/cpr", "single", ("shark_smh", "about 30 minutes", 30))
fact("shark/tagged-length", "single", ("shark_smh", "3.5-metre", 3.5))
fact("shark/tagged-month", "single", ("shark_smh", "September", "2026-09"))
fact("shark/detected-day", "single", ("shark_smh", "Friday", "2026-11-27"))
fact("shark/years-surfing", "single", ("shark_smh", "40 years", 40))
fact("shark/crowdy-months", "single", ("shark_smh", "11 months", 11))
fact("shark/crowdy-distance", "single", ("shark_smh", "about 60 kilometres", 60))
fact("shark/program-cost", "single", ("shark_smh", "about $8 million", 8000000))
fact("shark/netted-beaches", "single", ("shark_smh", "51", 51, "nets at 51 beaches"))
fact("shark/average", "single", ("shark_smh", "around three", 3))
fact("shark/town-population", "single", ("shark_aap", "about 6,000", 6000))

# ---- Ponzi-scheme sentencing (Howard Kessler, federal court in Central Islip, N.Y., Thursday 23 July 2026)
fact("fraud/sentence", "agree", ("fraud_reuters", "15 years", 15, "gets 15 years"), ("fraud_reuters", "15 years", 15, "Thursday to 15 years"),
     ("fraud_newsday", "15 years", 15, "sentenced to 15 years"), ("fraud_newsday", "15 years", 15, "Thursday to 15 years"),
     ("fraud_ap", "15 years", 15, "sentenced to 15 years"), ("fraud_ap", "15 years", 15, "Thursday to 15 years"))
fact("fraud/losses", "agree", ("fraud_reuters", "$62 million", 62000000, "for $62 million"), ("fraud_reuters", "about $62 million", 62000000),
     ("fraud_newsday", "nearly $63 million", 63000000), ("fraud_ap", "nearly $63 million", 63000000))
fact("fraud/age", "conflict", ("fraud_reuters", "67", 67, "Howard Kessler, 67,"), ("fraud_newsday", "68", 68, "Howard Kessler, 68,"),
     ("fraud_ap", "67", 67, "Howard Kessler, 67,"))
fact("fraud/investors", "conflict", ("fraud_reuters", "about 300", 300), ("fraud_newsday", "more than 350", 350), ("fraud_ap", "roughly 300", 300))
fact("fraud/sought", "agree", ("fraud_reuters", "at least 20 years", 20), ("fraud_newsday", "20-year", 20), ("fraud_ap", "20 years", 20))
fact("fraud/defense-ask", "agree", ("fraud_reuters", "no more than five years", 5), ("fraud_newsday", "five years", 5, "asked for five years"))
fact("fraud/returns", "agree", ("fraud_reuters", "12%", 12), ("fraud_newsday", "12 percent", 12), ("fraud_ap", "as high as 12%", 12))
fact("fraud/start-year", "conflict", ("fraud_reuters", "2014", 2014), ("fraud_newsday", "2015", 2015))
fact("fraud/end-year", "agree", ("fraud_reuters", "2023", 2023, "2014 and 2023"), ("fraud_ap", "2023", 2023, "unraveled in 2023"))
fact("fraud/duration", "agree", ("fraud_reuters", "nearly a decade", 10), ("fraud_ap", "nearly decade-long", 10))
fact("fraud/plea", "agree", ("fraud_reuters", "March", "2026-03", "guilty in March"), ("fraud_newsday", "March", "2026-03", "guilty in March"))
fact("fraud/date", "agree", ("fraud_reuters", "Thursday", "2026-07-23"), ("fraud_newsday", "Thursday", "2026-07-23", "sentenced Thursday"),
     ("fraud_ap", "Thursday", "2026-07-23"))
fact("fraud/surrender", "conflict", ("fraud_newsday", "Sept. 15", "2026-09-15"), ("fraud_ap", "Sept. 14", "2026-09-14"))
fact("fraud/recovered", "agree", ("fraud_reuters", "about $19 million", 19000000), ("fraud_newsday", "$19.3 million", 19300000),
     ("fraud_ap", "about $19 million", 19000000))
fact("fraud/arrested", "agree", ("fraud_reuters", "October 2023", "2023-10"), ("fraud_newsday", "October 2023", "2023-10"))
fact("fraud/raised", "single", ("fraud_reuters", "about $110 million", 110000000))
fact("fraud/forfeit", "single", ("fraud_reuters", "$8.5 million", 8500000))
fact("fraud/restitution", "single", ("fraud_newsday", "$62.4 million", 62400000))
fact("fraud/victims-spoke", "single", ("fraud_newsday", "eight", 8, "eight of Kessler's victims"))
fact("fraud/widow-age", "single", ("fraud_newsday", "91-year-old", 91))
fact("fraud/widow-loss", "single", ("fraud_newsday", "$1.2 million", 1200000))
fact("fraud/fine-age", "single", ("fraud_newsday", "74", 74, "Gerald Fine, 74,"))
fact("fraud/fine-loss", "single", ("fraud_newsday", "$640,000", 640000))
fact("fraud/supermarket-age", "single", ("fraud_ap", "79", 79, "age 79"))
fact("fraud/supermarket-loss", "single", ("fraud_ap", "$850,000", 850000))
fact("fraud/madoff-year", "single", ("fraud_ap", "2009", 2009))
fact("fraud/madoff-sentence", "single", ("fraud_ap", "150 years", 150))
fact("fraud/madoff-loss", "single", ("fraud_ap", "an estimated $65 billion", 65000000000))
fact("fraud/madoff-died", "single", ("fraud_ap", "2021", 2021))
fact("fraud/elder-age", "single", ("fraud_ap", "60", 60, "aged 60 and over"))
fact("fraud/elder-losses", "single", ("fraud_ap", "nearly $5 billion", 5000000000))
fact("fraud/elder-year", "single", ("fraud_ap", "2024", 2024))

# ---- acid tanker crash and leak on I-10 near Sorrento (Ascension Parish, La., Thursday 15 October 2026)
fact("spill/date", "agree", ("spill_wafb", "Thursday", "2026-10-15", "early Thursday"), ("spill_advocate", "Thursday", "2026-10-15", "early Thursday"),
     ("spill_ap", "Thursday", "2026-10-15", "south Louisiana on Thursday"))
fact("spill/time", "agree", ("spill_wafb", "around 4:45 a.m.", "04:45"), ("spill_advocate", "shortly before 5 a.m.", "04:45"),
     ("spill_ap", "about 5 a.m.", "05:00"))
fact("spill/radius", "conflict", ("spill_wafb", "one-mile", 1), ("spill_advocate", "half-mile", 0.5))
fact("spill/homes", "agree", ("spill_wafb", "about 200", 200), ("spill_advocate", "roughly 200", 200), ("spill_ap", "more than 150", 150))
fact("spill/load", "agree", ("spill_wafb", "about 6,000 gallons", 6000), ("spill_advocate", "6,500 gallons", 6500),
     ("spill_ap", "about 6,000 gallons", 6000), ("spill_ap", "22,700 liters", None))
fact("spill/treated", "conflict", ("spill_wafb", "Three", 3, "Three people were treated"), ("spill_ap", "Four", 4, "Four people were treated"))
fact("spill/driver-age", "agree", ("spill_advocate", "54-year-old", 54), ("spill_ap", "54", 54, "The driver, 54,"))
fact("spill/closure", "agree", ("spill_wafb", "more than 12 hours", 12), ("spill_advocate", "14 hours", 14, "I-10 for 14 hours"),
     ("spill_advocate", "about 14 hours", 14))
fact("spill/stretch", "conflict", ("spill_wafb", "7-mile", 7), ("spill_advocate", "8-mile", 8))
fact("spill/schools", "agree", ("spill_wafb", "three", 3, "closed three schools"), ("spill_advocate", "Three", 3, "Three schools"),
     ("spill_ap", "three", 3, "three schools"))
fact("spill/cleanup-day", "single", ("spill_wafb", "Friday", "2026-10-16", "into Friday"))
fact("spill/schools-reopen", "single", ("spill_advocate", "Friday", "2026-10-16", "will reopen Friday"))
fact("spill/spilled-share", "single", ("spill_advocate", "About half", 50))
fact("spill/leaked", "single", ("spill_ap", "about 2,000 gallons", 2000))
fact("spill/hospital", "single", ("spill_advocate", "Two", 2, "Two people, including"))
fact("spill/neighbor-distance", "single", ("spill_advocate", "about a quarter mile", 0.25))
fact("spill/grandchildren", "single", ("spill_advocate", "two", 2, "two grandchildren"))
fact("spill/reopened", "single", ("spill_advocate", "about 7 p.m.", "19:00"))
fact("spill/lifted", "single", ("spill_advocate", "6 a.m.", "2026-10-16T06:00", "lifted at 6 a.m."))
fact("spill/plants", "single", ("spill_advocate", "more than 150", 150))
fact("spill/fine-per-day", "single", ("spill_advocate", "up to $32,500", 32500))
fact("spill/from-baton-rouge", "single", ("spill_ap", "about 25 miles", 25), ("spill_ap", "40 kilometers", None))
fact("spill/hazmat-incidents", "single", ("spill_ap", "more than 300", 300))
fact("spill/hazmat-year", "single", ("spill_ap", "2024", 2024))
fact("spill/east-palestine", "single", ("spill_ap", "February 2023", "2023-02"))
fact("spill/ep-share", "single", ("spill_ap", "about half", 50, "about half of the town"))
fact("spill/ep-residents", "single", ("spill_ap", "roughly 5,000", 5000))

# ---- golf: Algarve Open final round (Victoria course, Vilamoura, Sunday 27 September 2026; fictional winner)
fact("golf/date", "agree", ("golf_reuters", "Sunday", "2026-09-27", "two shots on Sunday"), ("golf_examiner", "Sunday", "2026-09-27", "eighth holes on Sunday"))
fact("golf/final-round", "agree", ("golf_reuters", "66", 66, "final-round 66"), ("golf_bbc", "66", 66, "closing 66"), ("golf_examiner", "66", 66, "five-under 66"))
fact("golf/under-par", "agree", ("golf_reuters", "19-under-par", 19), ("golf_bbc", "19 under par", 19), ("golf_examiner", "19-under", 19))
fact("golf/total", "agree", ("golf_reuters", "265", 265), ("golf_examiner", "265", 265))
fact("golf/margin", "conflict", ("golf_reuters", "two shots", 2), ("golf_bbc", "two strokes", 2), ("golf_examiner", "three shots", 3))
fact("golf/winner-age", "conflict", ("golf_reuters", "24-year-old", 24), ("golf_bbc", "25-year-old", 25))
fact("golf/54-hole-gap", "agree", ("golf_reuters", "one shot", 1), ("golf_bbc", "one shot", 1), ("golf_examiner", "one-stroke", 1))
fact("golf/doherty-round", "agree", ("golf_reuters", "68", 68), ("golf_bbc", "68", 68), ("golf_examiner", "68", 68))
fact("golf/doherty-age", "agree", ("golf_reuters", "31", 31, "Doherty, 31,"), ("golf_bbc", "31-year-old", 31), ("golf_examiner", "31", 31, "Doherty, 31,"))
fact("golf/doherty-place", "agree", ("golf_reuters", "second", 2, "second place"), ("golf_bbc", "second", 2, "finish second"),
     ("golf_examiner", "second", 2, "second place"))
fact("golf/ashby", "agree", ("golf_reuters", "15 under", 15), ("golf_bbc", "15 under", 15))
fact("golf/ranking", "agree", ("golf_reuters", "87th", 87), ("golf_bbc", "87th", 87))
fact("golf/eagle-hole", "agree", ("golf_reuters", "17th", 17), ("golf_bbc", "17th", 17), ("golf_examiner", "17th", 17, "eagled the 17th"))
fact("golf/putt", "agree", ("golf_reuters", "15 feet", 15), ("golf_examiner", "15ft", 15))
fact("golf/cheque", "agree", ("golf_reuters", "425,000 euros", 425000), ("golf_reuters", "$460,000", None), ("golf_bbc", "€425,000", 425000),
     ("golf_examiner", "€425,000", 425000))
fact("golf/purse", "agree", ("golf_reuters", "2.5 million euros", 2500000), ("golf_examiner", "€2.5m", 2500000))
fact("golf/delay", "conflict", ("golf_reuters", "90 minutes", 90), ("golf_bbc", "an hour and a half", 90), ("golf_examiner", "almost two hours", 120))
fact("golf/kenya-year", "agree", ("golf_reuters", "2023", 2023), ("golf_bbc", "2023", 2023), ("golf_examiner", "three years ago", 2023))
fact("golf/race-rank", "agree", ("golf_reuters", "23rd", 23), ("golf_bbc", "top 25", 25))
fact("golf/qschool", "agree", ("golf_reuters", "last year", "2025", "qualifying school last year"), ("golf_examiner", "last November", "2025-11"))
fact("golf/title-number", "agree", ("golf_reuters", "first", 1, "his first DP World Tour title"), ("golf_bbc", "first", 1, "his first DP World Tour title"))
fact("golf/swede-season", "agree", ("golf_reuters", "first", 1, "the first Swedish winner"), ("golf_examiner", "first", 1, "the first Swede"))
fact("golf/eagle-par", "agree", ("golf_reuters", "par-five", 5), ("golf_examiner", "par-five", 5))
fact("golf/final-round-to-par", "single", ("golf_examiner", "five-under", 5))
fact("golf/birdies-late", "single", ("golf_reuters", "two of the last three", 2))
fact("golf/ashby-round", "single", ("golf_reuters", "67", 67))
fact("golf/exemption", "single", ("golf_reuters", "two-year", 2))
fact("golf/events-left", "single", ("golf_reuters", "five", 5, "five events left"))
fact("golf/missed-cuts", "single", ("golf_reuters", "four", 4, "four of his previous six"))
fact("golf/noren-year", "single", ("golf_reuters", "2017", 2017))
fact("golf/opening-round", "single", ("golf_bbc", "63", 63))
fact("golf/opening-day", "single", ("golf_bbc", "Thursday", "2026-09-24"))
fact("golf/top-10s", "single", ("golf_bbc", "two", 2, "only two top-10"))
fact("golf/starts", "single", ("golf_bbc", "47", 47))
fact("golf/birdie-hole", "single", ("golf_bbc", "16th", 16))
fact("golf/doherty-under", "single", ("golf_examiner", "16 under", 16))
fact("golf/doherty-race", "single", ("golf_examiner", "41st", 41))
fact("golf/lowry-place", "single", ("golf_examiner", "22nd", 22))
fact("golf/lowry-round", "single", ("golf_examiner", "70", 70, "closing 70"))
fact("golf/bogey-hole", "single", ("golf_examiner", "14th", 14))
fact("golf/valderrama-place", "single", ("golf_examiner", "fourth", 4, "tied for fourth"))

# Corrections after the first run (plain annotation mistakes only): not applicable. Per the brief for this set,
# claimcheck and score.py were not run by the author; the lead scores the set later. Surfaces were checked
# against their lines with a standalone check (score.py's locate rule; see README), not with claimcheck.
