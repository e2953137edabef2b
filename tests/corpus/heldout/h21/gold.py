"""Hand-written gold for the h21 held-out events (written before any claimcheck run; the author ran none).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8, h9 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than"/"over" open above;
"up to" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on a
half or quarter, 5 otherwise ("shortly/just before/after" read as within that span on the named side).
Exact numbers carry their rounding interval. Vague plurals: "hundreds" 200-999, "tens of thousands" 20,000-99,999,
"dozens" 24 or more.
Dates: ISO days; events are dated from the reports' own publication lines or datelines.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- block-party shooting (400 block of Avenue D, northeast Rochester, N.Y., Saturday 18 July 2026, ~10:45 p.m.)
fact("blockparty/dead", "conflict", ("blockparty_wham", "1", 1, "1 killed"), ("blockparty_wham", "One", 1, "One person was killed"),
     ("blockparty_dandc", "Second", 2), ("blockparty_dandc", "two", 2, "this year to two"),
     ("blockparty_wroc", "2", 2, "2 dead"), ("blockparty_wroc", "Two", 2, "Two people are dead"))
fact("blockparty/wounded", "conflict", ("blockparty_wham", "6", 6, "6 wounded"), ("blockparty_wham", "six", 6, "six others were hurt"),
     ("blockparty_wham", "six", 6, "other six victims"), ("blockparty_dandc", "Five", 5, "Five other people"),
     ("blockparty_wroc", "5", 5, "5 hurt"), ("blockparty_wroc", "five", 5, "five others are"), ("blockparty_wroc", "five", 5, "other five victims"))
fact("blockparty/shot", "agree", ("blockparty_wham", "seven", 7, "seven people were shot"), ("blockparty_dandc", "Seven", 7, "Seven people in all"),
     ("blockparty_wroc", "Seven", 7, "Seven people had been shot"))
fact("blockparty/time", "agree", ("blockparty_wham", "around 10:45 p.m.", "22:45"), ("blockparty_dandc", "about 10:40 p.m.", "22:40"),
     ("blockparty_wroc", "just before 11 p.m.", "23:00"))
fact("blockparty/block", "agree", ("blockparty_wham", "400 block", 400), ("blockparty_wroc", "400 block", 400))
fact("blockparty/crowd", "conflict", ("blockparty_wham", "more than 100", 100), ("blockparty_dandc", "about 150", 150),
     ("blockparty_wroc", "hundreds", 500))
fact("blockparty/casings", "agree", ("blockparty_wham", "more than 40", 40), ("blockparty_dandc", "at least 40", 40))
fact("blockparty/man-age", "conflict", ("blockparty_wham", "22-year-old", 22), ("blockparty_dandc", "23", 23, "Brooks, 23"),
     ("blockparty_wroc", "22-year-old", 22))
fact("blockparty/woman-age", "agree", ("blockparty_dandc", "19-year-old", 19), ("blockparty_wroc", "19-year-old", 19))
fact("blockparty/youngest-wounded", "agree", ("blockparty_dandc", "16", 16, "from 16 to"), ("blockparty_wroc", "16-year-old", 16))
fact("blockparty/reward", "agree", ("blockparty_wham", "$2,000", 2000), ("blockparty_wroc", "$2,000", 2000))
fact("blockparty/date", "agree", ("blockparty_wham", "Saturday", "2026-07-18", "late Saturday night"),
     ("blockparty_dandc", "Saturday", "2026-07-18", "Avenue D late Saturday"), ("blockparty_wroc", "Saturday", "2026-07-18", "Saturday night, police"))
fact("blockparty/life-threatening", "single", ("blockparty_wham", "At least two", 2))
fact("blockparty/critical", "single", ("blockparty_dandc", "two", 2, "two in critical"))
fact("blockparty/oldest-wounded", "single", ("blockparty_dandc", "41", 41))
fact("blockparty/party-start", "single", ("blockparty_dandc", "2 p.m.", "14:00"))
fact("blockparty/organizer-age", "single", ("blockparty_dandc", "37", 37))
fact("blockparty/weapons", "single", ("blockparty_dandc", "at least two", 2, "at least two different"))
fact("blockparty/mass-shootings", "single", ("blockparty_dandc", "third", 3, "third this summer"))
fact("blockparty/hit-threshold", "single", ("blockparty_dandc", "four or more", 4))
fact("blockparty/homicides", "single", ("blockparty_dandc", "27", 27))
fact("blockparty/homicides-last-year", "single", ("blockparty_dandc", "21", 21, "with 21"))
fact("blockparty/graduated", "single", ("blockparty_dandc", "2021", 2021))
fact("blockparty/vigil", "single", ("blockparty_dandc", "Tuesday", "2026-07-21"))
fact("blockparty/woman-died", "single", ("blockparty_wroc", "Sunday", "2026-07-19", "hospital on Sunday"))
fact("blockparty/neighbor-years", "single", ("blockparty_wroc", "30 years", 30))
fact("blockparty/other-victim-age", "single", ("blockparty_wroc", "30-year-old", 30))
fact("blockparty/hours-before", "single", ("blockparty_wroc", "less than 24 hours", 24))
fact("blockparty/other-day", "single", ("blockparty_wroc", "Friday", "2026-07-17"))
# ---- wrong-way crash (I-65 southbound near the Watterson Expressway, Louisville, Ky., Saturday 7 March 2026)
fact("wrongway/dead", "agree", ("wrongway_wlky", "3", 3, "3 killed"), ("wrongway_wlky", "Three", 3, "Three people were killed"), ("wrongway_wlky", "three", 3, "three people killed"),
     ("wrongway_wdrb", "3", 3, "killed 3"), ("wrongway_wdrb", "Three", 3, "Three people died"), ("wrongway_wdrb", "All three", 3))
fact("wrongway/driver-age", "conflict", ("wrongway_wlky", "34-year-old", 34), ("wrongway_cj", "35", 35, "Sayers, 35"),
     ("wrongway_wdrb", "34 years old", 34))
fact("wrongway/man-age", "agree", ("wrongway_wlky", "67-year-old", 67), ("wrongway_cj", "67", 67, "Whitt, 67"), ("wrongway_wdrb", "67", 67, "a man, 67"))
fact("wrongway/woman-age", "agree", ("wrongway_wlky", "64-year-old", 64), ("wrongway_cj", "64", 64, "67 and 64"), ("wrongway_wdrb", "64", 64, "a woman, 64"))
fact("wrongway/time", "agree", ("wrongway_wlky", "around 2:50 a.m.", "02:50"), ("wrongway_cj", "about 3 a.m.", "03:00"),
     ("wrongway_wdrb", "2:47 a.m.", "02:47"))
fact("wrongway/distance", "conflict", ("wrongway_wlky", "about 4 miles", 4), ("wrongway_cj", "more than five miles", 5),
     ("wrongway_wdrb", "about four miles", 4))
fact("wrongway/suv-occupants", "agree", ("wrongway_wlky", "two", 2, "The two people in the SUV"), ("wrongway_wdrb", "two", 2, "The two people in the SUV"))
fact("wrongway/calls", "agree", ("wrongway_wlky", "at least five", 5), ("wrongway_wdrb", "nine", 9))
fact("wrongway/closure", "conflict", ("wrongway_wlky", "about six hours", 6), ("wrongway_cj", "nearly six hours", 6),
     ("wrongway_wdrb", "more than seven hours", 7))
fact("wrongway/date", "agree", ("wrongway_wlky", "Saturday", "2026-03-07"), ("wrongway_cj", "Saturday", "2026-03-07"),
     ("wrongway_wdrb", "Saturday", "2026-03-07"))
fact("wrongway/signs-since", "agree", ("wrongway_wlky", "2023", 2023), ("wrongway_cj", "2023", 2023))
fact("wrongway/reopened", "single", ("wrongway_wlky", "just before 9 a.m.", "09:00"))
fact("wrongway/ramps", "single", ("wrongway_wlky", "more than 30", 30))
fact("wrongway/ky-crashes", "single", ("wrongway_wlky", "19", 19))
fact("wrongway/ky-year", "single", ("wrongway_wlky", "2025", 2025))
fact("wrongway/married", "single", ("wrongway_cj", "44 years", 44))
fact("wrongway/grandchildren", "single", ("wrongway_cj", "six", 6, "six grandchildren"))
fact("wrongway/carrollton-date", "single", ("wrongway_cj", "May 14, 1988", "1988-05-14"))
fact("wrongway/carrollton-dead", "single", ("wrongway_cj", "27", 27))
fact("wrongway/new-ramps", "single", ("wrongway_cj", "12", 12))
fact("wrongway/dui", "single", ("wrongway_cj", "2022", 2022))
fact("wrongway/funeral", "single", ("wrongway_cj", "Thursday", "2026-03-12"))
fact("wrongway/first-call", "single", ("wrongway_wdrb", "2:41 a.m.", "02:41"))
fact("wrongway/feb-injured", "single", ("wrongway_wdrb", "two", 2, "injured two people"))
fact("wrongway/feb", "single", ("wrongway_wdrb", "February", "2026-02"))
fact("wrongway/drinking-share", "single", ("wrongway_wdrb", "more than half", 0.5))
# ---- teen shot at a school bus stop (Mickens Road, north Baton Rouge, Tuesday 3 February 2026)
fact("busstop/victim-age", "conflict", ("busstop_wbrz", "15-year-old", 15), ("busstop_advocate", "16-year-old", 16, "after 16-year-old"),
     ("busstop_advocate", "16-year-old", 16, "of a 16-year-old"), ("busstop_wafb", "15-year-old", 15))
fact("busstop/time", "agree", ("busstop_wbrz", "around 6:50 a.m.", "06:50"), ("busstop_advocate", "shortly before 7 a.m.", "07:00"),
     ("busstop_wafb", "6:45 a.m.", "06:45"))
fact("busstop/students", "agree", ("busstop_wbrz", "About a dozen", 12), ("busstop_advocate", "Around 10", 10), ("busstop_wafb", "around 10", 10))
fact("busstop/shots", "conflict", ("busstop_advocate", "at least four", 4), ("busstop_wafb", "three", 3, "three shots"))
fact("busstop/suspect-age", "agree", ("busstop_advocate", "17-year-old", 17, "A 17-year-old was"), ("busstop_advocate", "17-year-old", 17, "The 17-year-old was booked"),
     ("busstop_wafb", "17-year-old", 17, "17-year-old arrested"), ("busstop_wafb", "17-year-old", 17, "A 17-year-old suspect"))
fact("busstop/date", "agree", ("busstop_wbrz", "Tuesday", "2026-02-03", "shot Tuesday morning"), ("busstop_wafb", "Tuesday, Feb. 3", "2026-02-03"))
fact("busstop/arrest-day", "agree", ("busstop_advocate", "Tuesday", "2026-02-03", "arrested Tuesday afternoon"),
     ("busstop_wafb", "Tuesday", "2026-02-03", "arrested Tuesday in"), ("busstop_wafb", "Tuesday", "2026-02-03", "custody Tuesday afternoon"))
fact("busstop/second-teen", "single", ("busstop_advocate", "16", 16, "A second teen, 16"))
fact("busstop/prior-month", "single", ("busstop_advocate", "October", "2025-10"))
fact("busstop/prior-age", "single", ("busstop_advocate", "14-year-old", 14))
fact("busstop/prior-count", "single", ("busstop_advocate", "second", 2, "the second this school year"))
fact("busstop/district-students", "single", ("busstop_advocate", "about 40,000", 40000))
fact("busstop/gun-distance", "single", ("busstop_advocate", "about a mile", 1))
fact("busstop/arrest-time", "single", ("busstop_advocate", "around 2:30 p.m.", "14:30"))
fact("busstop/hits", "single", ("busstop_wafb", "once", 1))
fact("busstop/streets", "single", ("busstop_wafb", "three", 3, "three nearby streets"))
fact("busstop/crisis-team", "single", ("busstop_wafb", "Wednesday", "2026-02-04"))
# ---- norovirus outbreak (Solara Cruises' Aurora Meridian, 12-night Caribbean cruise from Fort Lauderdale, March 2026)
fact("cruise/ill-passengers", "conflict", ("cruise_ap", "142", 142), ("cruise_independent", "Almost 190", 186),
     ("cruise_independent", "186", 186, "has risen to 186"), ("cruise_independent", "186", 186, "show 186 passengers"),
     ("cruise_cruisehive", "186", 186, "Climbs to 186"), ("cruise_cruisehive", "186", 186, "reporting 186 guests"))
fact("cruise/ill-crew", "conflict", ("cruise_ap", "21", 21), ("cruise_independent", "23", 23), ("cruise_cruisehive", "23", 23))
fact("cruise/passengers", "agree", ("cruise_ap", "2,912", 2912), ("cruise_independent", "more than 2,900", 2900), ("cruise_cruisehive", "2,912", 2912))
fact("cruise/crew", "agree", ("cruise_ap", "1,180", 1180), ("cruise_independent", "about 1,200", 1200), ("cruise_cruisehive", "1,180", 1180))
fact("cruise/share-ill", "agree", ("cruise_independent", "about 6 per cent", 6), ("cruise_cruisehive", "6.4%", 6.4))
fact("cruise/departed", "agree", ("cruise_ap", "March 1", "2026-03-01"), ("cruise_independent", "1 March", "2026-03-01"),
     ("cruise_cruisehive", "Sunday, March 1", "2026-03-01"))
fact("cruise/return", "agree", ("cruise_ap", "Saturday", "2026-03-14"), ("cruise_independent", "Saturday", "2026-03-14"),
     ("cruise_independent", "14 March", "2026-03-14"), ("cruise_cruisehive", "Saturday, March 14", "2026-03-14"))
fact("cruise/nights", "agree", ("cruise_ap", "12-night", 12), ("cruise_independent", "12-night", 12), ("cruise_cruisehive", "12-night", 12))
fact("cruise/symptom-days", "agree", ("cruise_ap", "one to three days", 2), ("cruise_cruisehive", "one to three days", 2))
fact("cruise/prior-ill", "agree", ("cruise_ap", "more than 300", 300), ("cruise_independent", "more than 300", 300))
fact("cruise/prior-year", "agree", ("cruise_ap", "January 2024", "2024-01"), ("cruise_independent", "2024", "2024", "In 2024"))
fact("cruise/ill-total", "single", ("cruise_ap", "more than 160", 160), ("cruise_ap", "More than 160", 160))
fact("cruise/threshold", "single", ("cruise_ap", "3%", 3))
fact("cruise/outbreaks-2025", "single", ("cruise_ap", "18", 18, "18 outbreaks"))
fact("cruise/outbreaks-year", "single", ("cruise_ap", "2025", 2025))
fact("cruise/passenger-age", "single", ("cruise_ap", "58", 58))
fact("cruise/cdc-update", "single", ("cruise_independent", "Wednesday", "2026-03-11"))
fact("cruise/fare", "single", ("cruise_independent", "£4,000", 4000))
fact("cruise/fleet", "single", ("cruise_independent", "nine", 9))
fact("cruise/capacity", "single", ("cruise_independent", "3,100", 3100))
fact("cruise/outbreaks-this-year", "single", ("cruise_independent", "third", 3))
fact("cruise/rc-year", "single", ("cruise_independent", "2019", 2019))
fact("cruise/rc-cut", "single", ("cruise_independent", "two days", 2))
fact("cruise/rise", "single", ("cruise_cruisehive", "44", 44))
fact("cruise/first-update", "single", ("cruise_cruisehive", "Tuesday", "2026-03-10"))
fact("cruise/crew-share", "single", ("cruise_cruisehive", "just under 2%", 2))
fact("cruise/onset", "single", ("cruise_cruisehive", "12 to 48 hours", 30))
fact("cruise/surface-survival", "single", ("cruise_cruisehive", "up to two weeks", 2))
fact("cruise/vista-capacity", "single", ("cruise_cruisehive", "2,300-guest", 2300))
fact("cruise/vista-ill", "single", ("cruise_cruisehive", "41", 41))
fact("cruise/handwash", "single", ("cruise_cruisehive", "at least 20 seconds", 20))
# ---- glacier collapse (Becca glacier above Valtournenche, Aosta Valley, Wednesday 15 July 2026, ~1.30pm)
fact("glacier/dead", "conflict", ("glacier_reuters", "two", 2, "kills two"), ("glacier_reuters", "at least two", 2),
     ("glacier_ansa", "three", 3, "three dead"), ("glacier_ansa", "three", 3, "rose to three"), ("glacier_bbc", "Three", 3, "Three dead"), ("glacier_bbc", "Three", 3, "Three people have died"))
fact("glacier/missing", "conflict", ("glacier_reuters", "three", 3, "three missing"), ("glacier_reuters", "three", 3, "three others still"),
     ("glacier_ansa", "two", 2, "two still missing"), ("glacier_ansa", "two", 2, "while two people"), ("glacier_bbc", "two", 2, "two missing"), ("glacier_bbc", "two", 2, "two are missing"), ("glacier_bbc", "Two", 2, "Two people in the group"))
fact("glacier/group", "conflict", ("glacier_reuters", "about 10", 10), ("glacier_bbc", "12", 12))
fact("glacier/volume", "conflict", ("glacier_reuters", "an estimated 200,000 cubic metres", 200000), ("glacier_ansa", "some 250,000 cubic metres", 250000))
fact("glacier/third-victim-age", "conflict", ("glacier_ansa", "46-year-old", 46), ("glacier_bbc", "47", 47))
fact("glacier/injured", "agree", ("glacier_reuters", "Four", 4), ("glacier_ansa", "Four", 4), ("glacier_bbc", "four", 4, "four were taken"))
fact("glacier/serious", "agree", ("glacier_reuters", "one", 1, "one of them in serious"), ("glacier_ansa", "one", 1, "one seriously"))
fact("glacier/time", "agree", ("glacier_reuters", "around 1.30 p.m.", "13:30"), ("glacier_reuters", "1130 GMT", None), ("glacier_ansa", "13:40", "13:40"))
fact("glacier/altitude", "agree", ("glacier_reuters", "roughly 3,200 metres", 3200), ("glacier_bbc", "about 3,200m", 3200), ("glacier_bbc", "10,500ft", None))
fact("glacier/freezing-level", "agree", ("glacier_reuters", "above 5,000 metres", 5000), ("glacier_ansa", "5,200 metres", 5200),
     ("glacier_bbc", "above 5,000m", 5000))
fact("glacier/rescuers", "agree", ("glacier_ansa", "More than 80", 80), ("glacier_bbc", "About 90", 90))
fact("glacier/marmolada-dead", "agree", ("glacier_reuters", "11", 11, "killed 11"), ("glacier_ansa", "11", 11), ("glacier_bbc", "11", 11))
fact("glacier/marmolada-year", "agree", ("glacier_reuters", "July 2022", "2022-07"), ("glacier_ansa", "2022", "2022"), ("glacier_bbc", "2022", "2022"))
fact("glacier/date", "agree", ("glacier_reuters", "Wednesday", "2026-07-15"), ("glacier_ansa", "Wednesday", "2026-07-15", "Wednesday's collapse"),
     ("glacier_bbc", "Wednesday", "2026-07-15"))
fact("glacier/killed-wednesday", "single", ("glacier_ansa", "two", 2, "The two hikers killed"))
fact("glacier/volume-lost", "single", ("glacier_reuters", "more than a third", 0.333))
fact("glacier/since", "single", ("glacier_reuters", "2000", 2000))
fact("glacier/warming", "single", ("glacier_reuters", "twice", 2))
fact("glacier/milan-age", "single", ("glacier_ansa", "29-year-old", 29))
fact("glacier/german-age", "single", ("glacier_ansa", "52-year-old", 52))
fact("glacier/helicopters", "single", ("glacier_ansa", "three", 3, "three helicopters"))
fact("glacier/hut-altitude", "single", ("glacier_ansa", "2,900 metres", 2900))
fact("glacier/hut-beds", "single", ("glacier_ansa", "40 beds", 40))
fact("glacier/tourists-moved", "single", ("glacier_ansa", "about 60", 60))
fact("glacier/mont-blanc", "single", ("glacier_bbc", "4,806m", 4806))
fact("glacier/swiss-loss", "single", ("glacier_bbc", "3%", 3))
fact("glacier/swiss-year", "single", ("glacier_bbc", "2025", 2025))
# ---- refinery explosion (Noordzee Raffinaderij, Botlek, port of Rotterdam, Monday 14 September 2026)
fact("refinery/dead", "conflict", ("refinery_reuters", "one", 1, "kills one"), ("refinery_reuters", "one", 1, "killed one worker"),
     ("refinery_nltimes", "Second", 2), ("refinery_dutchnews", "two", 2, "rises to two"), ("refinery_dutchnews", "Two", 2, "Two people have now died"))
fact("refinery/injured", "conflict", ("refinery_reuters", "seven", 7, "injures seven"), ("refinery_reuters", "seven", 7, "injured seven"),
     ("refinery_nltimes", "nine", 9), ("refinery_nltimes", "Nine", 9), ("refinery_dutchnews", "seven", 7))
fact("refinery/second-victim-age", "conflict", ("refinery_nltimes", "43 years old", 43), ("refinery_dutchnews", "44", 44))
fact("refinery/evacuated", "conflict", ("refinery_reuters", "About 400", 400), ("refinery_nltimes", "Around 250", 250), ("refinery_dutchnews", "Some 250", 250))
fact("refinery/serious", "agree", ("refinery_reuters", "Two", 2, "Two of the injured"), ("refinery_dutchnews", "two", 2, "two of them seriously"))
fact("refinery/time", "agree", ("refinery_reuters", "around 4.15 p.m.", "16:15"), ("refinery_reuters", "1415 GMT", None),
     ("refinery_nltimes", "16:20", "16:20"), ("refinery_dutchnews", "around 4.15pm", "16:15"))
fact("refinery/fire-hours", "agree", ("refinery_reuters", "about three hours", 3), ("refinery_nltimes", "over three hours", 3))
fact("refinery/capacity", "agree", ("refinery_reuters", "about 180,000 barrels", 180000), ("refinery_nltimes", "180,000 barrels", 180000),
     ("refinery_dutchnews", "some 180,000 barrels", 180000))
fact("refinery/date", "agree", ("refinery_reuters", "Monday", "2026-09-14"), ("refinery_nltimes", "Monday", "2026-09-14", "on Monday afternoon"),
     ("refinery_dutchnews", "Monday", "2026-09-14", "on Monday afternoon"))
fact("refinery/prior-fire", "agree", ("refinery_reuters", "2019", 2019), ("refinery_nltimes", "2019", 2019))
fact("refinery/gasoil", "single", ("refinery_reuters", "1.8%", 1.8))
fact("refinery/prior-injured", "single", ("refinery_reuters", "two", 2, "injured two people"))
fact("refinery/port-refineries", "single", ("refinery_reuters", "five", 5))
fact("refinery/first-victim-age", "single", ("refinery_nltimes", "58-year-old", 58))
fact("refinery/alert-lifted", "single", ("refinery_nltimes", "10:30 p.m.", "22:30"))
fact("refinery/employees", "single", ("refinery_nltimes", "around 600", 600))
fact("refinery/moerdijk", "single", ("refinery_nltimes", "2011", 2011))
fact("refinery/dutch-share", "single", ("refinery_dutchnews", "about a fifth", 0.2))
fact("refinery/inspections-year", "single", ("refinery_dutchnews", "2024", 2024))
fact("refinery/inspections", "single", ("refinery_dutchnews", "130", 130))
fact("refinery/violations", "single", ("refinery_dutchnews", "more than half", 0.5))
# ---- arabica record (ICE New York, Tuesday 19 May 2026)
fact("coffee/record", "agree", ("coffee_reuters", "$4.62", 4.62), ("coffee_bloomberg", "$4.6185", 4.6185), ("coffee_ft", "$4.62", 4.62))
fact("coffee/intraday-rise", "agree", ("coffee_reuters", "as much as 6.1%", 6.1), ("coffee_bloomberg", "6%", 6, "jumped 6%"),
     ("coffee_ft", "as much as 6 per cent", 6))
fact("coffee/settle-rise", "conflict", ("coffee_reuters", "5.2%", 5.2), ("coffee_bloomberg", "5.4%", 5.4))
fact("coffee/ytd", "agree", ("coffee_reuters", "more than 70%", 70), ("coffee_bloomberg", "72%", 72), ("coffee_ft", "more than two-thirds", 66.7),
     ("coffee_ft", "72 per cent", 72))
fact("coffee/crop", "agree", ("coffee_reuters", "55.7 million", 55700000), ("coffee_bloomberg", "55.7 million", 55700000), ("coffee_ft", "55.7mn", 55700000))
fact("coffee/crop-fall", "conflict", ("coffee_reuters", "4.4%", 4.4), ("coffee_bloomberg", "4.6%", 4.6), ("coffee_ft", "4.6 per cent", 4.6))
fact("coffee/robusta-rise", "agree", ("coffee_reuters", "3.9%", 3.9), ("coffee_bloomberg", "about 4%", 4), ("coffee_ft", "3.9 per cent", 3.9))
fact("coffee/robusta-price", "agree", ("coffee_reuters", "$5,890", 5890), ("coffee_bloomberg", "about $5,900", 5900))
fact("coffee/frost-2021", "agree", ("coffee_reuters", "July 2021", "2021-07"), ("coffee_ft", "July 2021", "2021-07"))
fact("coffee/frost-day", "agree", ("coffee_reuters", "Thursday", "2026-05-21"), ("coffee_bloomberg", "Thursday", "2026-05-21"), ("coffee_ft", "Thursday", "2026-05-21"))
fact("coffee/conab-day", "agree", ("coffee_reuters", "Monday", "2026-05-18"), ("coffee_bloomberg", "Monday", "2026-05-18"), ("coffee_ft", "Monday", "2026-05-18"))
fact("coffee/date", "agree", ("coffee_reuters", "Tuesday", "2026-05-19"), ("coffee_ft", "Tuesday", "2026-05-19"))
fact("coffee/settle", "single", ("coffee_reuters", "$4.5340", 4.534))
fact("coffee/rally-start", "single", ("coffee_reuters", "2024", 2024))
fact("coffee/bag-size", "single", ("coffee_reuters", "60-kg", 60))
fact("coffee/arabica-fall", "single", ("coffee_reuters", "9.3%", 9.3))
fact("coffee/stocks", "single", ("coffee_reuters", "412,000", 412000))
fact("coffee/stocks-low", "single", ("coffee_reuters", "25 years", 25))
fact("coffee/retail-rise", "single", ("coffee_reuters", "21%", 21))
fact("coffee/retail-month", "single", ("coffee_reuters", "April", "2026-04", "prices were up 21% in April"))
fact("coffee/2021-rise", "single", ("coffee_reuters", "about 30%", 30))
fact("coffee/sugar-change", "single", ("coffee_reuters", "0.4%", 0.4))
fact("coffee/sugar-price", "single", ("coffee_reuters", "17.12 cents", 17.12))
fact("coffee/white-sugar-change", "single", ("coffee_reuters", "0.6%", 0.6))
fact("coffee/white-sugar", "single", ("coffee_reuters", "$498.10", 498.1))
fact("coffee/cocoa-change", "single", ("coffee_reuters", "2.1%", 2.1))
fact("coffee/cocoa", "single", ("coffee_reuters", "$7,480", 7480))
fact("coffee/stocks-since", "single", ("coffee_bloomberg", "2001", 2001))
fact("coffee/arabica-output", "single", ("coffee_bloomberg", "about 36 million", 36000000))
fact("coffee/smucker", "single", ("coffee_bloomberg", "four times", 4))
fact("coffee/smucker-window", "single", ("coffee_bloomberg", "12 months", 12))
fact("coffee/net-long", "single", ("coffee_bloomberg", "52,300", 52300))
fact("coffee/cftc-week", "single", ("coffee_bloomberg", "May 12", "2026-05-12"))
fact("coffee/vs-2024", "single", ("coffee_ft", "almost three times", 3))
fact("coffee/frost-add", "single", ("coffee_ft", "20 or 30 cents", 25))
fact("coffee/expected-crop", "single", ("coffee_ft", "60mn", 60000000))
fact("coffee/stocks-fall", "single", ("coffee_ft", "about 40 per cent", 40))
fact("coffee/jar", "single", ("coffee_ft", "200g", 200))
fact("coffee/jar-rise", "single", ("coffee_ft", "a quarter", 25))
fact("coffee/citi", "single", ("coffee_ft", "$4.80", 4.8))
fact("coffee/tree-years", "single", ("coffee_ft", "three to four years", 3.5))
# ---- bus hijacking (Avenida Brasil, Rio de Janeiro, Thursday 20 August 2026)
fact("hijack/passengers", "conflict", ("hijack_afp", "37", 37, "carrying 37 passengers"), ("hijack_reuters", "39", 39),
     ("hijack_riotimes", "dozens", 24, "took dozens of people"), ("hijack_riotimes", "37", 37, "when 37 passengers"))
fact("hijack/age", "conflict", ("hijack_afp", "28-year-old", 28), ("hijack_reuters", "29-year-old", 29), ("hijack_riotimes", "28", 28, "the hijacker, 28"))
fact("hijack/duration", "conflict", ("hijack_afp", "more than four hours", 4), ("hijack_reuters", "about three and a half hours", 3.5),
     ("hijack_riotimes", "more than four hours", 4), ("hijack_riotimes", "more than four and a half hours", 4.5))
fact("hijack/start", "agree", ("hijack_afp", "around 5:20 am", "05:20"), ("hijack_reuters", "about 5:30 a.m.", "05:30"), ("hijack_reuters", "0830 GMT", None),
     ("hijack_riotimes", "shortly after 5 AM", "05:00"))
fact("hijack/end", "agree", ("hijack_afp", "Shortly before 10:00 am", "10:00"), ("hijack_riotimes", "9:50 AM", "09:50"))
fact("hijack/released", "agree", ("hijack_afp", "Six", 6), ("hijack_reuters", "six", 6), ("hijack_riotimes", "six", 6))
fact("hijack/date", "agree", ("hijack_afp", "Thursday", "2026-08-20"), ("hijack_reuters", "Thursday", "2026-08-20"),
     ("hijack_riotimes", "Thursday", "2026-08-20", "early on Thursday"))
fact("hijack/bridge-year", "agree", ("hijack_afp", "2019", 2019), ("hijack_reuters", "August 2019", "2019-08"), ("hijack_riotimes", "2019", 2019))
fact("hijack/bridge-hostages", "agree", ("hijack_afp", "37", 37, "taken 37 people"), ("hijack_reuters", "dozens", 24),
     ("hijack_riotimes", "37", 37, "took 37 hostages"))
fact("hijack/bridge-duration", "agree", ("hijack_reuters", "more than three hours", 3), ("hijack_riotimes", "three and a half hours", 3.5))
fact("hijack/bus174-year", "agree", ("hijack_afp", "2000", 2000), ("hijack_riotimes", "2000", 2000))
fact("hijack/bus174", "agree", ("hijack_afp", "174", 174), ("hijack_riotimes", "174", 174))
fact("hijack/road-closed", "single", ("hijack_reuters", "around five hours", 5))
fact("hijack/homicides", "single", ("hijack_reuters", "3,221", 3221))
fact("hijack/police-killings", "single", ("hijack_reuters", "699", 699))
fact("hijack/police-killings-year", "single", ("hijack_reuters", "2025", 2025))
fact("hijack/line", "single", ("hijack_riotimes", "397", 397))
fact("hijack/passenger-age", "single", ("hijack_riotimes", "41-year-old", 41))
fact("hijack/jams", "single", ("hijack_riotimes", "more than 20 kilometers", 20))
# ---- barge hits Rhine bridge (Konrad Adenauer Bridge, Mannheim-Ludwigshafen, Thursday 22 October 2026)
fact("barge/length", "conflict", ("barge_dpa", "135-metre", 135), ("barge_dw", "110-meter", 110), ("barge_dw", "360-foot", None),
     ("barge_reuters", "135 metres", 135))
fact("barge/time", "conflict", ("barge_dpa", "around 4.40 am", "04:40"), ("barge_dw", "4:10 a.m.", "04:10"), ("barge_dw", "0210 UTC", None),
     ("barge_reuters", "around 4:40 a.m.", "04:40"), ("barge_reuters", "0240 GMT", None))
fact("barge/shipping-halt", "conflict", ("barge_dw", "about five hours", 5), ("barge_reuters", "around four hours", 4))
fact("barge/coal", "agree", ("barge_dpa", "about 2,500 tonnes", 2500), ("barge_dw", "roughly 2,500 metric tons", 2500), ("barge_reuters", "about 2,500 tonnes", 2500))
fact("barge/injured", "agree", ("barge_dpa", "One", 1, "One crew member"), ("barge_dw", "One", 1, "One crew member"), ("barge_dw", "One", 1, "One person was injured"),
     ("barge_reuters", "one", 1, "injuring one crew"))
fact("barge/closure", "agree", ("barge_dpa", "at least two weeks", 2), ("barge_reuters", "at least two weeks", 2))
fact("barge/traffic", "agree", ("barge_dpa", "About 60,000", 60000), ("barge_dw", "around 60,000", 60000), ("barge_reuters", "tens of thousands", 50000))
fact("barge/captain-age", "agree", ("barge_dpa", "61-year-old", 61), ("barge_dw", "61-year-old", 61), ("barge_reuters", "61", 61))
fact("barge/date", "agree", ("barge_dpa", "Thursday", "2026-10-22", "on Thursday while"), ("barge_dw", "Thursday", "2026-10-22"),
     ("barge_reuters", "Thursday", "2026-10-22"))
fact("barge/carola", "agree", ("barge_dw", "September 2024", "2024-09"), ("barge_reuters", "2024", "2024"))
fact("barge/closed-stretch", "single", ("barge_dpa", "about 10 kilometres", 10))
fact("barge/opened", "single", ("barge_dpa", "1959", 1959))
fact("barge/hochstrasse", "single", ("barge_dpa", "2019", 2019))
fact("barge/baltimore", "single", ("barge_dw", "March 2024", "2024-03"))
fact("barge/baltimore-dead", "single", ("barge_dw", "Six", 6))
fact("barge/bridges", "single", ("barge_dw", "around 4,000", 4000))
fact("barge/fund", "single", ("barge_reuters", "500 billion euro", 500e9), ("barge_reuters", "$580 billion", None))
fact("barge/fund-year", "single", ("barge_reuters", "2025", 2025))
fact("barge/rhine-freight", "single", ("barge_reuters", "around 180 million tonnes", 180e6))
