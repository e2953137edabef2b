"""Hand-written gold for the h12 held-out events (written before running claimcheck).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8, h9, h10, h11 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than"/"over" open above;
"up to"/"less than" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on
a half or quarter, 5 otherwise ("shortly before midnight" 23:30-24:00, "just after 9 p.m." 21:00-21:30). Exact
numbers carry their rounding interval. Dates: ISO days, resolved against the publication date or the event date
the cluster establishes.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- house-party shooting (Birchwood Drive, west Montgomery, Alabama, late Saturday 16 May 2026)
fact("party/dead", "conflict", ("partyshooting_wsfa", "2", 2, "2 killed, 6 hurt"), ("partyshooting_wsfa", "Two", 2, "Two people are dead"),
     ("partyshooting_advertiser", "3", 3, "rises to 3"), ("partyshooting_ap", "3", 3, "3 dead, 7 wounded"),
     ("partyshooting_ap", "three", 3, "killed three young people"))
fact("party/wounded", "conflict", ("partyshooting_wsfa", "6", 6, "2 killed, 6 hurt"), ("partyshooting_wsfa", "six", 6, "six others are hurt"),
     ("partyshooting_wsfa", "six", 6, "The six wounded"), ("partyshooting_advertiser", "Seven", 7, "Seven other people"),
     ("partyshooting_advertiser", "seven", 7, "Of the seven wounded"), ("partyshooting_ap", "7", 7, "3 dead, 7 wounded"),
     ("partyshooting_ap", "seven", 7, "wounded seven others"))
fact("party/time", "agree", ("partyshooting_wsfa", "around 11:40 p.m.", "23:40"), ("partyshooting_advertiser", "11:45 p.m.", "23:45"),
     ("partyshooting_ap", "shortly before midnight", "23:45"))
fact("party/date", "agree", ("partyshooting_wsfa", "Saturday", "2026-05-16", "late Saturday night"),
     ("partyshooting_advertiser", "Saturday", "2026-05-16", "west Montgomery late Saturday"),
     ("partyshooting_ap", "Saturday", "2026-05-16", "capital late Saturday"))
fact("party/moore-age", "conflict", ("partyshooting_wsfa", "19-year-old", 19), ("partyshooting_advertiser", "18-year-old", 18, "18-year-old Jaylen"),
     ("partyshooting_ap", "18", 18, "who was 18"))
fact("party/dawson-age", "agree", ("partyshooting_advertiser", "17-year-old", 17, "17-year-old Kiara"), ("partyshooting_ap", "17-year-old", 17))
fact("party/suspect-age", "conflict", ("partyshooting_advertiser", "20-year-old", 20, "20-year-old charged"),
     ("partyshooting_advertiser", "20-year-old", 20, "and a 20-year-old man"), ("partyshooting_advertiser", "20", 20, "Reese, 20,"),
     ("partyshooting_ap", "21", 21, "Reese, 21"))
fact("party/casings", "agree", ("partyshooting_advertiser", "at least 45", 45), ("partyshooting_ap", "more than 40", 40))
fact("party/crowd", "agree", ("partyshooting_wsfa", "about 150", 150), ("partyshooting_advertiser", "more than 100", 100),
     ("partyshooting_ap", "more than 100", 100))
fact("party/prattville-age", "single", ("partyshooting_advertiser", "22-year-old", 22))
fact("party/detained", "single", ("partyshooting_advertiser", "two", 2, "detained two people"))
fact("party/counts-charged", "single", ("partyshooting_advertiser", "three counts", 3))
fact("party/critical", "single", ("partyshooting_advertiser", "two", 2, "two remained in critical"))
fact("party/2024-wounded", "single", ("partyshooting_advertiser", "four", 4, "four people were wounded"))
fact("party/2024-year", "single", ("partyshooting_advertiser", "2024", 2024))
fact("party/homicides-last-year", "single", ("partyshooting_advertiser", "66", 66))
fact("party/other-victim-age", "single", ("partyshooting_wsfa", "34-year-old", 34))
fact("party/dadeville-dead", "single", ("partyshooting_ap", "four", 4, "four people were killed"))
fact("party/dadeville-wounded", "single", ("partyshooting_ap", "32", 32))
fact("party/dadeville-date", "single", ("partyshooting_ap", "April 2023", "2023-04"))
fact("party/dadeville-distance", "single", ("partyshooting_ap", "about 60 miles", 60), ("partyshooting_ap", "95 kilometers", None))
# ---- convenience-store robbery killing (East Livingston Avenue, Columbus, Ohio, Monday night 2 March 2026)
fact("store/clerk-age", "conflict", ("storeshooting_10tv", "52-year-old", 52), ("storeshooting_dispatch", "52", 52, "Rajesh Patel, 52"),
     ("storeshooting_nbc4", "54", 54))
fact("store/time", "agree", ("storeshooting_10tv", "around 9:15 p.m.", "21:15"), ("storeshooting_dispatch", "about 9:20 p.m.", "21:20"),
     ("storeshooting_nbc4", "just after 9 p.m.", "21:05"))
fact("store/robbers", "conflict", ("storeshooting_10tv", "two", 2, "two men wearing"), ("storeshooting_dispatch", "two", 2, "two suspects walked"),
     ("storeshooting_nbc4", "three", 3, "three suspects"))
fact("store/shots", "conflict", ("storeshooting_10tv", "once", 1, "shot once in the chest"), ("storeshooting_dispatch", "once", 1, "fired once"),
     ("storeshooting_nbc4", "twice", 2))
fact("store/cash", "agree", ("storeshooting_10tv", "about $300", 300), ("storeshooting_dispatch", "less than $400", 400))
fact("store/arrested-age", "conflict", ("storeshooting_dispatch", "17-year-old", 17), ("storeshooting_nbc4", "16-year-old", 16, "16-year-old in custody"),
     ("storeshooting_nbc4", "16-year-old", 16, "a 16-year-old had been"))
fact("store/tenure", "agree", ("storeshooting_10tv", "15 years", 15), ("storeshooting_dispatch", "more than a decade", 10),
     ("storeshooting_nbc4", "about 15 years", 15))
fact("store/homicide-ordinal", "agree", ("storeshooting_10tv", "19th", 19), ("storeshooting_dispatch", "19th", 19))
fact("store/reward", "agree", ("storeshooting_10tv", "up to $5,000", 5000), ("storeshooting_dispatch", "up to $5,000", 5000),
     ("storeshooting_nbc4", "up to $5,000", 5000))
fact("store/date", "agree", ("storeshooting_10tv", "Monday", "2026-03-02", "east side Monday night"),
     ("storeshooting_dispatch", "Monday", "2026-03-02", "on Monday night"), ("storeshooting_nbc4", "Monday", "2026-03-02", "9 p.m. Monday"))
fact("store/pronounced", "single", ("storeshooting_10tv", "9:51 p.m.", "21:51"))
fact("store/homicides-2025", "single", ("storeshooting_10tv", "150", 150))
fact("store/homicides-last-year-same-point", "single", ("storeshooting_dispatch", "26", 26))
fact("store/emigrated", "single", ("storeshooting_dispatch", "2004", 2004))
fact("store/customer-age", "single", ("storeshooting_dispatch", "41", 41))
fact("store/earlier-robberies", "single", ("storeshooting_dispatch", "at least three", 3))
fact("store/arrest-distance", "single", ("storeshooting_dispatch", "about a mile", 1))
fact("store/workday", "single", ("storeshooting_nbc4", "12-hour", 12))
fact("store/days-week", "single", ("storeshooting_nbc4", "six days", 6))
# ---- drive-by shooting (Woodland Creek Apartments, east Tulsa, Sunday evening 19 April 2026)
fact("driveby/wounded", "conflict", ("driveby_kjrh", "4", 4, "among 4 hurt"), ("driveby_kjrh", "Four", 4, "Four people, including"),
     ("driveby_tulsaworld", "5", 5, "wounded 5"), ("driveby_tulsaworld", "five", 5, "wounded five people"),
     ("driveby_newson6", "Five", 5, "Five people were hit"))
fact("driveby/children", "conflict", ("driveby_kjrh", "Two", 2, "Two children among"), ("driveby_kjrh", "two", 2, "including two children"),
     ("driveby_tulsaworld", "3", 3, "including 3 children"), ("driveby_tulsaworld", "three", 3, "three of them children"))
fact("driveby/rounds", "conflict", ("driveby_kjrh", "more than 30", 30), ("driveby_tulsaworld", "about 25", 25),
     ("driveby_newson6", "more than 30", 30))
fact("driveby/time", "agree", ("driveby_kjrh", "about 8:30 p.m.", "20:30"), ("driveby_tulsaworld", "8:40 p.m.", "20:40"),
     ("driveby_newson6", "around 8:40 p.m.", "20:40"))
fact("driveby/date", "agree", ("driveby_kjrh", "Sunday", "2026-04-19", "hurt Sunday evening"),
     ("driveby_tulsaworld", "Sunday", "2026-04-19", "drive-by shooting Sunday evening"),
     ("driveby_newson6", "Sunday", "2026-04-19", "8:40 p.m. Sunday"))
fact("driveby/girl-age", "agree", ("driveby_kjrh", "6-year-old", 6), ("driveby_tulsaworld", "6-year-old", 6), ("driveby_newson6", "6-year-old", 6))
fact("driveby/boy-age", "agree", ("driveby_kjrh", "9-year-old", 9), ("driveby_tulsaworld", "9-year-old", 9))
fact("driveby/man-age", "agree", ("driveby_kjrh", "62-year-old", 62), ("driveby_tulsaworld", "62-year-old", 62))
fact("driveby/woman-age", "agree", ("driveby_kjrh", "in her 20s", 25), ("driveby_tulsaworld", "24-year-old", 24))
fact("driveby/arrested", "agree", ("driveby_tulsaworld", "two", 2, "arrested two teenagers"),
     ("driveby_newson6", "2", 2, "2 Teens Arrested"), ("driveby_newson6", "Two", 2, "Two teenagers are in custody"),
     ("driveby_newson6", "two", 2, "two teens were arrested"))
fact("driveby/suspect-17", "agree", ("driveby_tulsaworld", "17-year-old", 17, "a 17-year-old and an 18-year-old, were"),
     ("driveby_newson6", "17-year-old", 17))
fact("driveby/suspect-18", "agree", ("driveby_tulsaworld", "18-year-old", 18, "a 17-year-old and an 18-year-old, were"),
     ("driveby_tulsaworld", "18-year-old", 18, "Only the 18-year-old"), ("driveby_newson6", "18-year-old", 18))
fact("driveby/counts", "agree", ("driveby_tulsaworld", "five counts", 5), ("driveby_newson6", "five complaints", 5))
fact("driveby/arrest-day", "agree", ("driveby_tulsaworld", "Monday", "2026-04-20", "police on Monday arrested"),
     ("driveby_newson6", "Monday", "2026-04-20", "arrested Monday"))
fact("driveby/other-boy-age", "single", ("driveby_tulsaworld", "11-year-old", 11))
fact("driveby/apartments-hit", "single", ("driveby_kjrh", "at least two", 2))
fact("driveby/car-distance", "single", ("driveby_kjrh", "about two miles", 2))
fact("driveby/units", "single", ("driveby_kjrh", "about 200", 200))
fact("driveby/homicides", "single", ("driveby_tulsaworld", "14", 14))
fact("driveby/homicides-last-year", "single", ("driveby_tulsaworld", "22", 22))
# ---- heatwave (Karachi, Pakistan, from Saturday 6 June 2026; Reuters 9 June, Dawn 10 June)
fact("heat/dead", "conflict", ("heatwave_reuters", "41", 41, "kills 41"), ("heatwave_reuters", "41", 41, "killed 41 people"),
     ("heatwave_dawn", "68", 68, "climbs to 68"), ("heatwave_dawn", "At least 68", 68), ("heatwave_afp", "At least 65", 65))
fact("heat/temperature", "agree", ("heatwave_reuters", "44 degrees Celsius", 44), ("heatwave_reuters", "111 Fahrenheit", None),
     ("heatwave_dawn", "above 44°C", 44), ("heatwave_dawn", "44.2°C", 44.2), ("heatwave_afp", "44C", 44))
fact("heat/day-of-heatwave", "conflict", ("heatwave_reuters", "fourth day", 4), ("heatwave_dawn", "third day", 3, "sizzles for third day"),
     ("heatwave_dawn", "third straight day", 3), ("heatwave_afp", "fourth consecutive day", 4))
fact("heat/treated", "agree", ("heatwave_reuters", "more than 1,200", 1200, "treated more than 1,200"), ("heatwave_dawn", "about 1,500", 1500),
     ("heatwave_afp", "more than 1,000", 1000))
fact("heat/morgue-bodies", "agree", ("heatwave_dawn", "128", 128), ("heatwave_afp", "more than 120", 120))
fact("heat/2015-dead", "agree", ("heatwave_reuters", "more than 1,200", 1200, "killed more than 1,200"),
     ("heatwave_dawn", "more than 1,200", 1200), ("heatwave_afp", "around 1,300", 1300))
fact("heat/2015-date", "agree", ("heatwave_reuters", "June 2015", "2015-06"), ("heatwave_dawn", "June 2015", "2015-06"),
     ("heatwave_afp", "2015", 2015))
fact("heat/population", "agree", ("heatwave_reuters", "more than 20 million", 20e6), ("heatwave_afp", "some 20 million", 20e6))
fact("heat/outage-hours", "agree", ("heatwave_reuters", "up to 10 hours", 10), ("heatwave_dawn", "up to 12 hours", 12),
     ("heatwave_afp", "up to 10 hours", 10))
fact("heat/share-over-60", "single", ("heatwave_dawn", "Nearly a third", 33.3))
fact("heat/over-60", "single", ("heatwave_dawn", "over 60", 60))
fact("heat/humidity", "single", ("heatwave_dawn", "above 70 per cent", 70))
fact("heat/heat-index", "single", ("heatwave_dawn", "50°C", 50))
fact("heat/forecast", "single", ("heatwave_dawn", "around 38°C", 38))
fact("heat/relief-camps", "single", ("heatwave_dawn", "30", 30, "sets up 30"))
fact("heat/centres", "single", ("heatwave_reuters", "three", 3, "three parts of the city"))
fact("heat/morgue-ratio", "single", ("heatwave_afp", "roughly four times", 4))
fact("heat/driver-age", "single", ("heatwave_afp", "37-year-old", 37))
fact("heat/pakistan-pop", "single", ("heatwave_afp", "more than 240 million", 240e6))
fact("heat/jacobabad", "single", ("heatwave_afp", "52C", 52))
fact("heat/summer-threshold", "single", ("heatwave_afp", "40C", 40))
# ---- church kidnapping (Kurmin Masara, Kauru, Kaduna, Nigeria; abducted Sunday 22 Feb, freed Friday 6 March 2026)
fact("kidnap/abducted", "conflict", ("kidnap_punch", "87", 87), ("kidnap_reuters", "More than 80", 80), ("kidnap_aljazeera", "About 70", 70))
fact("kidnap/freed", "agree", ("kidnap_punch", "79", 79, "free 79"), ("kidnap_punch", "Seventy-nine", 79, "Seventy-nine of the 87"),
     ("kidnap_punch", "Seventy-nine", 79, "Seventy-nine of our people"),
     ("kidnap_reuters", "79", 79, "free 79"), ("kidnap_reuters", "79", 79, "released 79"),
     ("kidnap_aljazeera", "more than 70", 70))
fact("kidnap/still-held", "agree", ("kidnap_punch", "Eight", 8, "Eight are still"), ("kidnap_reuters", "eight", 8, "eight still held"),
     ("kidnap_reuters", "eight", 8, "eight others remain"), ("kidnap_aljazeera", "eight", 8, "eight people remain"))
fact("kidnap/days-held", "conflict", ("kidnap_punch", "13 days", 13, "after 13 days in captivity"),
     ("kidnap_punch", "13 days", 13, "freedom after 13 days"), ("kidnap_reuters", "nearly two weeks", 14),
     ("kidnap_aljazeera", "12 days", 12, "freed after 12 days"), ("kidnap_aljazeera", "12 days", 12, "on Friday after 12 days"))
fact("kidnap/ransom-demand", "conflict", ("kidnap_punch", "N100m", 100e6), ("kidnap_reuters", "100 million naira", 100e6),
     ("kidnap_reuters", "$65,000", None), ("kidnap_aljazeera", "150 million naira", 150e6), ("kidnap_aljazeera", "about $97,000", None))
fact("kidnap/per-person", "agree", ("kidnap_punch", "N1m", 1e6), ("kidnap_reuters", "1 million naira", 1e6))
fact("kidnap/date", "agree", ("kidnap_punch", "February 22", "2026-02-22"), ("kidnap_reuters", "Feb. 22", "2026-02-22"),
     ("kidnap_aljazeera", "Sunday, February 22", "2026-02-22"))
fact("kidnap/release-day", "agree", ("kidnap_punch", "Friday", "2026-03-06", "late on Friday"),
     ("kidnap_reuters", "Friday", "2026-03-06", "on Friday and"), ("kidnap_aljazeera", "Friday", "2026-03-06", "village on Friday"))
fact("kidnap/kuriga-pupils", "agree", ("kidnap_reuters", "137", 137), ("kidnap_aljazeera", "more than 130", 130))
fact("kidnap/kuriga-date", "agree", ("kidnap_reuters", "March 2024", "2024-03"), ("kidnap_aljazeera", "March 2024", "2024-03"))
fact("kidnap/died-captivity", "single", ("kidnap_punch", "two", 2, "two of the abducted"))
fact("kidnap/woman-age", "single", ("kidnap_punch", "45", 45))
fact("kidnap/walk", "single", ("kidnap_punch", "two days", 2))
fact("kidnap/kuriga-held", "single", ("kidnap_reuters", "more than two weeks", 14))
fact("kidnap/chibok-year", "single", ("kidnap_reuters", "2014", 2014))
fact("kidnap/chibok-girls", "single", ("kidnap_reuters", "276", 276))
fact("kidnap/chibok-missing", "single", ("kidnap_reuters", "Nearly 100", 100))
fact("kidnap/tinubu-took-office", "single", ("kidnap_reuters", "May 2023", "2023-05"))
fact("kidnap/law-year", "single", ("kidnap_reuters", "2022", 2022))
fact("kidnap/penalty", "single", ("kidnap_reuters", "up to 15 years", 15))
fact("kidnap/tally", "single", ("kidnap_reuters", "at least 1,400", 1400))
fact("kidnap/other-abducted", "single", ("kidnap_punch", "three", 3, "abduct three"))
# ---- temple stampede (Sri Kamakshi Ammavari temple, Kovur, Nellore, Andhra Pradesh, Sunday 27 September 2026)
fact("stampede/dead", "conflict", ("stampede_pti", "Six", 6, "Six devotees killed"), ("stampede_pti", "Six", 6, "Six devotees, including"),
     ("stampede_ht", "nine", 9, "toll rises to nine"), ("stampede_ht", "nine", 9, "rose to nine"),
     ("stampede_bbc", "Nine", 9, "Nine dead"), ("stampede_bbc", "At least nine", 9))
fact("stampede/women-dead", "conflict", ("stampede_pti", "four", 4, "four women"), ("stampede_ht", "Seven", 7, "Seven of the dead"),
     ("stampede_bbc", "Seven", 7, "Seven of them"))
fact("stampede/injured", "agree", ("stampede_pti", "over 20", 20), ("stampede_ht", "At least 25", 25), ("stampede_bbc", "more than 20", 20))
fact("stampede/crowd", "agree", ("stampede_pti", "Around 25,000", 25000), ("stampede_ht", "Nearly 30,000", 30000),
     ("stampede_bbc", "about 25,000", 25000))
fact("stampede/time", "conflict", ("stampede_pti", "around 11.30 am", "11:30"), ("stampede_ht", "around 9.45 am", "09:45"))
fact("stampede/date", "agree", ("stampede_pti", "Sunday", "2026-09-27", "district on Sunday"), ("stampede_ht", "Sunday", "2026-09-27", "in Sunday's stampede"),
     ("stampede_bbc", "Sunday", "2026-09-27", "on Sunday morning"))
fact("stampede/ex-gratia", "agree", ("stampede_pti", "Rs 10 lakh", 1e6), ("stampede_ht", "₹10 lakh", 1e6), ("stampede_bbc", "1m rupees", 1e6),
     ("stampede_bbc", "$11,300", None), ("stampede_bbc", "£8,400", None))
fact("stampede/tirupati-dead", "agree", ("stampede_pti", "six", 6, "in which six devotees"), ("stampede_ht", "six", 6, "six people were killed"),
     ("stampede_bbc", "six", 6, "six people were killed"))
fact("stampede/tirupati-date", "agree", ("stampede_pti", "January 2025", "2025-01"), ("stampede_ht", "January last year", "2025-01"),
     ("stampede_bbc", "January 2025", "2025-01"))
fact("stampede/critical", "single", ("stampede_pti", "three", 3, "condition of three"))
fact("stampede/died-later", "single", ("stampede_ht", "three", 3, "three more people"))
fact("stampede/woman-age", "single", ("stampede_pti", "62-year-old", 62))
fact("stampede/boy-age", "single", ("stampede_bbc", "12-year-old", 12))
fact("stampede/capacity", "single", ("stampede_ht", "about 3,000", 3000))
fact("stampede/police", "single", ("stampede_ht", "120", 120))
fact("stampede/injured-aid", "single", ("stampede_ht", "₹2 lakh", 2e5))
fact("stampede/suspended", "single", ("stampede_ht", "Two", 2, "Two temple officials"))
fact("stampede/report-due", "single", ("stampede_pti", "within a week", 1))
fact("stampede/interval", "single", ("stampede_pti", "less than two years", 2))
fact("stampede/hathras-dead", "single", ("stampede_bbc", "121", 121))
fact("stampede/hathras-date", "single", ("stampede_bbc", "July 2024", "2024-07"))
# ---- dam failure (Forqueta River, near Putinga, Rio Grande do Sul, Brazil, early Friday 6 November 2026)
fact("dam/dead", "conflict", ("dam_reuters", "at least five", 5, "Brazil, killing at least five"),
     ("dam_reuters", "at least five", 5, "killing at least five people"), ("dam_ap", "4", 4, "4 dead"),
     ("dam_ap", "four", 4, "killing four people"), ("dam_agenciabrasil", "five", 5, "leaves five dead"),
     ("dam_agenciabrasil", "five", 5, "left five people dead"))
fact("dam/missing", "conflict", ("dam_reuters", "12", 12, "five; 12 missing"), ("dam_reuters", "12", 12, "leaving 12 missing"),
     ("dam_ap", "about 20", 20), ("dam_ap", "About 20", 20), ("dam_agenciabrasil", "14", 14, "dead and 14 missing"),
     ("dam_agenciabrasil", "14", 14, "dead and 14 missing this"))
fact("dam/volume", "conflict", ("dam_reuters", "about 2 million cubic metres", 2e6), ("dam_agenciabrasil", "2.6 million cubic meters", 2.6e6))
fact("dam/time", "agree", ("dam_reuters", "around 4 a.m.", "04:00"), ("dam_reuters", "0700 GMT", None), ("dam_ap", "around 4 a.m.", "04:00"),
     ("dam_agenciabrasil", "4:20 a.m.", "04:20"))
fact("dam/date", "agree", ("dam_reuters", "Friday", "2026-11-06", "on Friday after"), ("dam_ap", "early Friday", "2026-11-06"),
     ("dam_agenciabrasil", "this Friday (6)", "2026-11-06"))
fact("dam/displaced", "agree", ("dam_reuters", "More than 3,000", 3000), ("dam_ap", "About 3,500", 3500), ("dam_agenciabrasil", "3,412", 3412))
fact("dam/height", "agree", ("dam_reuters", "18-metre-high", 18), ("dam_ap", "18-meter", 18), ("dam_ap", "59-foot", None),
     ("dam_agenciabrasil", "18 meters", 18))
fact("dam/built", "agree", ("dam_reuters", "1963", 1963), ("dam_ap", "1960s", "1960s"), ("dam_agenciabrasil", "1963", 1963))
fact("dam/flood-distance", "agree", ("dam_reuters", "some 30 km", 30), ("dam_reuters", "19 miles", None),
     ("dam_agenciabrasil", "about 30 kilometers", 30))
fact("dam/rain", "agree", ("dam_reuters", "more than 250 millimetres", 250), ("dam_agenciabrasil", "more than 300 millimeters", 300))
fact("dam/bridges", "agree", ("dam_ap", "at least two", 2, "at least two bridges"), ("dam_agenciabrasil", "Three", 3, "Three bridges"))
fact("dam/2024-dead", "agree", ("dam_reuters", "more than 180", 180), ("dam_ap", "at least 183", 183), ("dam_agenciabrasil", "183", 183))
fact("dam/2024-date", "agree", ("dam_reuters", "May 2024", "2024-05"), ("dam_ap", "May 2024", "2024-05"), ("dam_agenciabrasil", "2024", 2024, "In 2024, the floods"))
fact("dam/farmer-house", "single", ("dam_ap", "about 30 kilometers", 30), ("dam_ap", "19 miles", None))
fact("dam/witness-age", "single", ("dam_reuters", "58", 58))
fact("dam/warning", "single", ("dam_reuters", "ten minutes", 10))
fact("dam/municipalities", "single", ("dam_reuters", "at least three", 3))
fact("dam/inspection", "single", ("dam_reuters", "2024", 2024, "last inspection in 2024"))
fact("dam/brumadinho-year", "single", ("dam_reuters", "2019", 2019))
fact("dam/brumadinho-dead", "single", ("dam_reuters", "270", 270))
fact("dam/putinga-pop", "single", ("dam_ap", "about 4,000", 4000))
fact("dam/rescued", "single", ("dam_ap", "more than 60", 60))
fact("dam/overflowing", "single", ("dam_ap", "two days", 2))
fact("dam/shelters", "single", ("dam_agenciabrasil", "1,150", 1150))
fact("dam/2024-municipalities", "single", ("dam_agenciabrasil", "478", 478))
# ---- minimum-wage referendum (Switzerland, Sunday 8 March 2026)
fact("vote/yes-share", "agree", ("referendum_swissinfo", "54.3%", 54.3), ("referendum_reuters", "54.3 percent", 54.3),
     ("referendum_afp", "Some 54 percent", 54))
fact("vote/turnout", "conflict", ("referendum_swissinfo", "48.7%", 48.7), ("referendum_reuters", "about 49 percent", 49),
     ("referendum_afp", "47 percent", 47, "Turnout was 47 percent"))
fact("vote/cantons", "conflict", ("referendum_swissinfo", "15", 15, "15 of the 26"), ("referendum_reuters", "16", 16, "16 cantons"))
fact("vote/wage", "agree", ("referendum_swissinfo", "CHF25", 25), ("referendum_swissinfo", "$28", None),
     ("referendum_reuters", "25 francs", 25, "wage of 25 francs an hour in"), ("referendum_reuters", "25 Swiss francs", 25),
     ("referendum_reuters", "$28.30", None), ("referendum_afp", "25 Swiss francs", 25), ("referendum_afp", "27 euros", None),
     ("referendum_afp", "25 francs", 25, "less than 25 francs"))
fact("vote/low-paid", "conflict", ("referendum_swissinfo", "about 300,000", 300000), ("referendum_reuters", "Some 330,000", 330000),
     ("referendum_afp", "nearly 400,000", 400000))
fact("vote/2014-no", "agree", ("referendum_swissinfo", "76.3%", 76.3), ("referendum_reuters", "more than three-quarters", 75),
     ("referendum_afp", "around three-quarters", 75))
fact("vote/2014-year", "agree", ("referendum_swissinfo", "2014", 2014), ("referendum_reuters", "2014", 2014),
     ("referendum_afp", "2014", 2014, "reversing 2014"), ("referendum_afp", "2014", 2014, "In 2014, around"))
fact("vote/2014-wage", "agree", ("referendum_swissinfo", "CHF22", 22), ("referendum_reuters", "22 francs", 22), ("referendum_afp", "22 francs", 22))
fact("vote/broadcast-no", "agree", ("referendum_swissinfo", "58.1%", 58.1), ("referendum_afp", "about 58 percent", 58))
fact("vote/geneva-wage", "agree", ("referendum_reuters", "24 francs", 24), ("referendum_afp", "24.32 francs", 24.32))
fact("vote/date", "agree", ("referendum_swissinfo", "Sunday", "2026-03-08"), ("referendum_reuters", "Sunday", "2026-03-08"),
     ("referendum_afp", "Sunday", "2026-03-08", "voters on Sunday narrowly"))
fact("vote/cantons-total", "single", ("referendum_swissinfo", "26", 26, "the 26 cantons"))
fact("vote/geneva-yes", "single", ("referendum_swissinfo", "71.8%", 71.8))
fact("vote/monthly", "single", ("referendum_swissinfo", "roughly CHF4,500", 4500))
fact("vote/cantons-own-wage", "single", ("referendum_swissinfo", "five", 5, "five cantons"))
fact("vote/deadline", "single", ("referendum_swissinfo", "three years", 3))
fact("vote/share-workforce", "single", ("referendum_reuters", "about 7 percent", 7))
fact("vote/median-wage", "single", ("referendum_reuters", "about 6,800 francs", 6800))
fact("vote/signatures", "single", ("referendum_reuters", "100,000", 100000))
fact("vote/signature-window", "single", ("referendum_reuters", "18 months", 18))
fact("vote/swiss-pop", "single", ("referendum_afp", "nine million", 9e6))
fact("vote/votes-per-year", "single", ("referendum_afp", "around four times", 4))
fact("vote/poll-yes", "single", ("referendum_afp", "49 percent", 49, "had shown 49 percent"))
fact("vote/poll-no", "single", ("referendum_afp", "47 percent", 47, "47 percent against"))
fact("vote/geneva-wage-year", "single", ("referendum_afp", "2020", 2020))
fact("vote/growth", "single", ("referendum_afp", "1.3 percent", 1.3))
fact("vote/unemployment", "single", ("referendum_afp", "around 2.8 percent", 2.8))
# ---- ammonia leak (Fertinal del Golfo plant, Coatzacoalcos, Veracruz, Mexico, Wednesday 14 October 2026)
fact("ammonia/dead", "conflict", ("ammonia_ap", "3", 3, "kills 3"), ("ammonia_ap", "three", 3, "killed three workers"),
     ("ammonia_reuters", "three", 3, "kills three"), ("ammonia_reuters", "three", 3, "killed three people"),
     ("ammonia_mnd", "Four", 4, "Four dead"), ("ammonia_mnd", "Four", 4, "Four people died"))
fact("ammonia/workers-dead", "agree", ("ammonia_ap", "three", 3, "The three workers who died"), ("ammonia_mnd", "Three", 3, "Three workers"))
fact("ammonia/hospital", "agree", ("ammonia_ap", "more than 200", 200, "sends more than 200"), ("ammonia_ap", "more than 200", 200, "sent more than 200"),
     ("ammonia_reuters", "About 250", 250), ("ammonia_mnd", "263", 263))
fact("ammonia/time", "agree", ("ammonia_ap", "around 6:30 a.m.", "06:30"), ("ammonia_reuters", "6:40 a.m.", "06:40"),
     ("ammonia_reuters", "1240 GMT", None), ("ammonia_mnd", "approximately 6:30 a.m.", "06:30"))
fact("ammonia/leaked", "conflict", ("ammonia_ap", "About 12 tons", 12), ("ammonia_reuters", "About 15 tonnes", 15), ("ammonia_mnd", "some 12 tonnes", 12))
fact("ammonia/evacuated", "conflict", ("ammonia_ap", "about 1,500", 1500), ("ammonia_reuters", "2,000", 2000, "forces 2,000"),
     ("ammonia_reuters", "about 2,000", 2000), ("ammonia_mnd", "some 1,800", 1800))
fact("ammonia/radius", "conflict", ("ammonia_ap", "1-kilometer", 1000), ("ammonia_reuters", "800 meters", 800), ("ammonia_mnd", "one-kilometer", 1000))
fact("ammonia/date", "agree", ("ammonia_ap", "Wednesday", "2026-10-14", "hospitals on Wednesday"),
     ("ammonia_reuters", "Wednesday", "2026-10-14", "homes on Wednesday"), ("ammonia_mnd", "Wednesday", "2026-10-14", "on Wednesday morning"))
fact("ammonia/pajaritos-dead", "agree", ("ammonia_ap", "32", 32), ("ammonia_reuters", "32", 32), ("ammonia_mnd", "32", 32))
fact("ammonia/pajaritos-date", "agree", ("ammonia_ap", "April 2016", "2016-04"), ("ammonia_reuters", "2016", 2016), ("ammonia_mnd", "2016", 2016))
fact("ammonia/technician-age", "single", ("ammonia_ap", "29-year-old", 29))
fact("ammonia/resident-age", "single", ("ammonia_ap", "47", 47))
fact("ammonia/her-children", "single", ("ammonia_ap", "two", 2, "her two children"))
fact("ammonia/employees", "single", ("ammonia_ap", "about 600", 600))
fact("ammonia/control-after", "single", ("ammonia_reuters", "about three hours", 3))
fact("ammonia/tank-capacity", "single", ("ammonia_reuters", "50 tonnes", 50))
fact("ammonia/import-share", "single", ("ammonia_reuters", "about 70%", 70))
fact("ammonia/ukraine-year", "single", ("ammonia_reuters", "2022", 2022))
fact("ammonia/woman-age", "single", ("ammonia_mnd", "71-year-old", 71))
fact("ammonia/still-hospital", "single", ("ammonia_mnd", "31", 31))
fact("ammonia/serious", "single", ("ammonia_mnd", "six", 6, "six in serious"))
fact("ammonia/pajaritos-injured", "single", ("ammonia_mnd", "more than 130", 130))
fact("ammonia/opened", "single", ("ammonia_mnd", "1989", 1989))
fact("ammonia/acquired", "single", ("ammonia_mnd", "2018", 2018))

# Corrections after the first run (plain annotation mistakes only): not applicable. Per the brief for this set,
# claimcheck and score.py were not run by the author; the lead scores the set later. Surfaces were checked
# against their lines with a standalone check (below in README), not with claimcheck.
