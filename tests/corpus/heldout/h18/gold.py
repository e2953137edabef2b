"""Hand-written gold for the h18 held-out events (written before running claimcheck; claimcheck was not run by
the author at all: the lead scores the set).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8-h17 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than"/"over"/"top" open
above; "up to"/"as large as" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the
hour, 15 on a half or quarter hour, 5 otherwise; "just before 11 a.m." read as 10:45-11:00, "shortly before 10 p.m."
as 21:45-22:00, "shortly after 3:15 a.m." as 03:15-03:30. "a mile" is 1.609 km. "born after 1965" and "born during
or after 1966" are one bound. "in his 70s" 70-79 (value 75).
Dates: ISO days; weekdays resolved against the publication date or the event date the cluster establishes.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- bar shooting (Blue Heron Tavern, Lagrange Street, North Toledo, Ohio; early Sunday 18 October 2026)
# WTOL is the Sunday-morning report (one dead, three hurt); the Blade and 13abc (Monday) count the woman who died
# Sunday afternoon: two dead, two wounded.
fact("bar/dead", "conflict", ("bar_wtol", "1", 1, "1 killed"), ("bar_wtol", "One", 1, "One person is dead"),
     ("bar_blade", "2", 2, "rises to 2"), ("bar_13abc", "two", 2, "left two people dead"))
fact("bar/wounded", "conflict", ("bar_wtol", "3", 3, "3 hurt"), ("bar_wtol", "three", 3, "three others were hurt"),
     ("bar_wtol", "Three", 3, "Three other people"), ("bar_wtol", "three", 3, "the three wounded"),
     ("bar_13abc", "two", 2, "two others hurt"))
fact("bar/wounded-men", "agree", ("bar_wtol", "two", 2, "two men and a woman"), ("bar_blade", "Two", 2, "Two other men who were shot"),
     ("bar_13abc", "Two", 2, "Two men were also shot"))
fact("bar/groups", "agree", ("bar_wtol", "two", 2, "two groups"), ("bar_blade", "two", 2, "two groups"))
fact("bar/date", "agree", ("bar_wtol", "Sunday", "2026-10-18", "early Sunday morning"),
     ("bar_blade", "Sunday", "2026-10-18", "early Sunday has"), ("bar_13abc", "Sunday", "2026-10-18", "hurt early Sunday"),
     ("bar_13abc", "Sunday", "2026-10-18", "2 a.m. Sunday"))
fact("bar/time", "agree", ("bar_wtol", "around 1:45 a.m.", "01:45"), ("bar_blade", "1:50 a.m.", "01:50"),
     ("bar_13abc", "shortly before 2 a.m.", "02:00"))
fact("bar/bell-age", "agree", ("bar_wtol", "27-year-old", 27), ("bar_blade", "27", 27, "Bell, 27"),
     ("bar_13abc", "27", 27, "Bell, 27"))
fact("bar/greer-age", "agree", ("bar_blade", "31", 31, "Greer, 31"), ("bar_13abc", "31", 31, "Greer, 31"))
fact("bar/suspect-age", "conflict", ("bar_blade", "24", 24, "Hughes, 24"), ("bar_13abc", "25-year-old", 25))
fact("bar/crowd", "conflict", ("bar_wtol", "about 60", 60), ("bar_blade", "Roughly 40", 40))
fact("bar/arrest-day", "agree", ("bar_blade", "Monday", "2026-10-19", "7 a.m. Monday"), ("bar_blade", "Monday", "2026-10-19", "on Monday morning"),
     ("bar_13abc", "Monday", "2026-10-19", "custody Monday morning"))
fact("bar/murder-counts", "agree", ("bar_blade", "two", 2, "two counts of murder"),
     ("bar_13abc", "two", 2, "two murder charges"), ("bar_13abc", "two", 2, "two counts of murder"))
fact("bar/assault-counts", "agree", ("bar_blade", "two", 2, "two counts of felonious"),
     ("bar_13abc", "two", 2, "two counts of felonious"))
fact("bar/court-day", "agree", ("bar_blade", "Tuesday", "2026-10-20"), ("bar_13abc", "Tuesday", "2026-10-20"))
fact("bar/reward", "agree", ("bar_wtol", "$5,000", 5000), ("bar_13abc", "$5,000", 5000))
fact("bar/2024-wounded", "agree", ("bar_wtol", "three", 3, "three people were wounded"),
     ("bar_13abc", "three", 3, "three people were hurt"))
fact("bar/2024-year", "agree", ("bar_wtol", "2024", 2024, "In 2024"), ("bar_blade", "2024", 2024),
     ("bar_13abc", "2024", 2024, "In 2024"))
fact("bar/2024-dead", "single", ("bar_wtol", "No one", 0, "No one was killed"))
fact("bar/critical", "single", ("bar_wtol", "One", 1, "One of the three"))
fact("bar/shot-total", "single", ("bar_blade", "four", 4, "one of four people shot"))
fact("bar/arrest-time", "single", ("bar_blade", "about 7 a.m.", "07:00"))
fact("bar/capacity", "single", ("bar_blade", "120", 120))
fact("bar/casings", "single", ("bar_blade", "nine", 9, "nine shell casings"))
fact("bar/owner-years", "single", ("bar_blade", "15 years", 15))
fact("bar/guard-left", "single", ("bar_blade", "1 a.m.", "01:00"))
fact("bar/homicides-2025", "single", ("bar_blade", "55", 55))
fact("bar/greer-died", "single", ("bar_blade", "Sunday afternoon", "2026-10-18"))
fact("bar/block", "single", ("bar_wtol", "2400 block", 2400))
fact("bar/vigil-day", "single", ("bar_13abc", "Wednesday", "2026-10-21"))
fact("bar/shots", "single", ("bar_13abc", "more than a dozen", 12))
fact("bar/daughter-age", "single", ("bar_13abc", "4-year-old", 4))
fact("bar/vigil", "single", ("bar_13abc", "7 p.m.", "19:00"))

# ---- stabbing at a high-school football game (Valley Creek Stadium, Bessemer, Ala.; Friday 2 October 2026)
# WBRC is the Friday-night report (two stabbed); AL.com and WVTM 13 (Saturday) count the girl treated at UAB.
fact("football/stabbed", "conflict", ("football_wbrc", "2", 2, "2 students"), ("football_wbrc", "Two", 2, "Two students were stabbed"),
     ("football_alcom", "Three", 3, "Three students were stabbed"), ("football_wvtm", "three", 3, "three students were stabbed"))
fact("football/time", "conflict", ("football_wbrc", "around 9:15 p.m.", "21:15"), ("football_alcom", "about 9:20 p.m.", "21:20"),
     ("football_wvtm", "shortly before 10 p.m.", "22:00"))
fact("football/date", "agree", ("football_wbrc", "Friday", "2026-10-02", "on Friday night"),
     ("football_alcom", "Friday", "2026-10-02", "at Friday night"), ("football_wvtm", "Friday", "2026-10-02", "game on Friday night"),
     ("football_wvtm", "Friday", "2026-10-02", "10 p.m. Friday"))
fact("football/suspect-age", "conflict", ("football_wbrc", "15-year-old", 15),
     ("football_alcom", "16-year-old", 16, "A 16-year-old boy was charged"), ("football_wvtm", "16-year-old", 16, "A 16-year-old boy is charged"))
fact("football/boy16-age", "agree", ("football_wbrc", "16-year-old", 16), ("football_alcom", "16", 16, "aged 16 and"),
     ("football_wvtm", "16-year-old", 16, "a 16-year-old boy and"))
fact("football/boy17-age", "agree", ("football_wbrc", "17-year-old", 17), ("football_alcom", "17", 17, "16 and 17"),
     ("football_alcom", "17-year-old", 17, "The 17-year-old had"), ("football_wvtm", "17-year-old", 17, "a 17-year-old boy,"),
     ("football_wvtm", "17-year-old", 17, "The 17-year-old is"))
fact("football/girl-age", "agree", ("football_alcom", "16-year-old", 16, "a 16-year-old girl"),
     ("football_wvtm", "16-year-old", 16, "a 16-year-old girl"))
fact("football/crowd", "conflict", ("football_wbrc", "About 3,000", 3000), ("football_alcom", "More than 4,000", 4000),
     ("football_wvtm", "More than 4,000", 4000))
fact("football/score", "agree", ("football_wbrc", "21-14", "21-14"), ("football_alcom", "21-14", "21-14"),
     ("football_wvtm", "21-14", "21-14"))
fact("football/counts", "agree", ("football_alcom", "three", 3, "three counts"), ("football_wvtm", "three", 3, "three counts"))
fact("football/counselors", "agree", ("football_wbrc", "Monday", "2026-10-05"), ("football_wvtm", "Monday", "2026-10-05"))
fact("football/kickoff", "agree", ("football_alcom", "4 p.m.", "16:00"), ("football_wvtm", "4 p.m.", "16:00"))
fact("football/critical", "single", ("football_wbrc", "one", 1, "one of them was in critical"))
fact("football/clock", "single", ("football_wbrc", "6:12", "6:12"))
fact("football/charge-day", "single", ("football_alcom", "Saturday", "2026-10-03", "charged Saturday"))
fact("football/capacity", "single", ("football_alcom", "5,000", 5000, "seats 5,000"))
fact("football/fairfield-date", "single", ("football_alcom", "September 2025", "2025-09"))
fact("football/fairfield-shot", "single", ("football_alcom", "two", 2, "two people were shot"))
fact("football/detectors", "single", ("football_alcom", "$85,000", 85000))
fact("football/boys-stabbed", "agree", ("football_alcom", "two", 2, "The other two victims"), ("football_wvtm", "two", 2, "stabbed two boys"))
fact("football/schools", "agree", ("football_alcom", "two", 2, "the two competing schools"), ("football_wvtm", "two", 2, "the two schools"))
fact("football/one-more", "single", ("football_alcom", "one more", 1))
fact("football/released", "single", ("football_wvtm", "Saturday", "2026-10-03", "released on Saturday"))
fact("football/incidents", "single", ("football_wvtm", "second", 2, "the second incident"))
fact("football/span", "single", ("football_wvtm", "two years", 2))
fact("football/gun-age", "single", ("football_wvtm", "19-year-old", 19))
fact("football/gun-hurt", "single", ("football_wvtm", "No one", 0))

# ---- toddler left in a hot car (office park on Collins Industrial Way, Lawrenceville, Gwinnett County, Ga.;
# Tuesday 16 June 2026). WSB is the Tuesday-night report (a 2-year-old, about six hours); the AJC and 11Alive
# (Wednesday) have the warrant's times (more than eight hours); the AJC gives her as 22 months old.
fact("hotcar/age", "conflict", ("hotcar_wsb", "2-year-old", 2), ("hotcar_ajc", "22-month-old", 1.83),
     ("hotcar_11alive", "2-year-old", 2))
fact("hotcar/hours", "conflict", ("hotcar_wsb", "about six hours", 6), ("hotcar_ajc", "more than eight hours", 8),
     ("hotcar_11alive", "more than eight hours", 8))
fact("hotcar/found-time", "agree", ("hotcar_wsb", "around 4:30 p.m.", "16:30"), ("hotcar_ajc", "about 4:40 p.m.", "16:40"),
     ("hotcar_11alive", "around 4:45 p.m.", "16:45"))
fact("hotcar/arrival-time", "agree", ("hotcar_ajc", "shortly before 8:30 a.m.", "08:30"), ("hotcar_11alive", "8:20 a.m.", "08:20"))
fact("hotcar/date", "agree", ("hotcar_wsb", "Tuesday", "2026-06-16", "died Tuesday"), ("hotcar_ajc", "Tuesday", "2026-06-16", "office Tuesday"),
     ("hotcar_11alive", "Tuesday", "2026-06-16", "SUV on Tuesday"))
fact("hotcar/temperature", "agree", ("hotcar_wsb", "93 degrees", 93), ("hotcar_ajc", "93 degrees", 93), ("hotcar_11alive", "93 degrees", 93))
fact("hotcar/temp-day", "agree", ("hotcar_wsb", "Tuesday afternoon", "2026-06-16"), ("hotcar_ajc", "Tuesday", "2026-06-16", "Gwinnett on Tuesday"))
fact("hotcar/inside-temp", "agree", ("hotcar_wsb", "well over 120 degrees", 120), ("hotcar_11alive", "more than 130 degrees", 130))
fact("hotcar/father-age", "agree", ("hotcar_ajc", "34", 34, "Okafor, 34"), ("hotcar_11alive", "34", 34, "Okafor, 34"))
fact("hotcar/charge-day", "agree", ("hotcar_ajc", "Wednesday", "2026-06-17", "Police on Wednesday"), ("hotcar_ajc", "Wednesday", "2026-06-17", "on Wednesday morning"),
     ("hotcar_11alive", "Wednesday", "2026-06-17", "children on Wednesday"))
fact("hotcar/court-day", "agree", ("hotcar_ajc", "Thursday", "2026-06-18"), ("hotcar_11alive", "Thursday morning", "2026-06-18"))
fact("hotcar/us-count", "agree", ("hotcar_wsb", "at least the 10th", 10), ("hotcar_ajc", "11th", 11, "is the 11th"),
     ("hotcar_11alive", "11th", 11))
fact("hotcar/heat-rise", "single", ("hotcar_wsb", "about 20 degrees", 20))
fact("hotcar/heat-minutes", "single", ("hotcar_wsb", "10 minutes", 10))
fact("hotcar/us-average", "single", ("hotcar_wsb", "37", 37))
fact("hotcar/newscast", "single", ("hotcar_wsb", "11", 11, "tonight at 11"))
fact("hotcar/sentence", "single", ("hotcar_ajc", "10 to 30 years", 20))
fact("hotcar/georgia-count", "single", ("hotcar_ajc", "second", 2, "the second in Georgia"))
fact("hotcar/record-year", "single", ("hotcar_ajc", "2018", 2018))
fact("hotcar/record-count", "single", ("hotcar_ajc", "53", 53))
fact("hotcar/states", "single", ("hotcar_ajc", "about 20", 20))
fact("hotcar/son-age", "single", ("hotcar_ajc", "5-year-old", 5))
fact("hotcar/children", "single", ("hotcar_11alive", "two", 2, "his two children"))
fact("hotcar/forgotten-share", "single", ("hotcar_11alive", "more than half", 50))

# ---- fatal apartment fire (near North 35th Street and West Center Street, Milwaukee; early Saturday 14 November 2026)
# WISN is the Saturday-morning report (two dead, boy of 7 critical); the Journal Sentinel and FOX6 (Sunday) count
# the boy who died Saturday night, and give him as 8.
fact("aptfire/dead", "conflict", ("aptfire_wisn", "2", 2, "2 killed"), ("aptfire_jsonline", "3", 3, "rises to 3"),
     ("aptfire_jsonline", "three", 3, "killed to three"), ("aptfire_fox6", "3", 3, "3 dead"),
     ("aptfire_fox6", "Three", 3, "Three people"))
fact("aptfire/mother-age", "agree", ("aptfire_wisn", "34-year-old", 34), ("aptfire_jsonline", "34", 34, "Rivers, 34"),
     ("aptfire_fox6", "34-year-old", 34))
fact("aptfire/girl-age", "agree", ("aptfire_wisn", "4-year-old", 4, "a 4-year-old girl"), ("aptfire_jsonline", "4", 4, "Aaliyah, 4"),
     ("aptfire_fox6", "4-year-old", 4, "her 4-year-old"))
fact("aptfire/boy-age", "conflict", ("aptfire_wisn", "7-year-old", 7), ("aptfire_jsonline", "8", 8, "The boy, 8"),
     ("aptfire_fox6", "8-year-old", 8))
fact("aptfire/time", "agree", ("aptfire_wisn", "around 3:20 a.m.", "03:20"), ("aptfire_jsonline", "3:17 a.m.", "03:17"),
     ("aptfire_fox6", "shortly after 3:15 a.m.", "03:15"))
fact("aptfire/date", "agree", ("aptfire_wisn", "Saturday", "2026-11-14", "early Saturday morning"),
     ("aptfire_jsonline", "Saturday", "2026-11-14", "fire early Saturday"), ("aptfire_fox6", "Saturday, Nov. 14", "2026-11-14"))
fact("aptfire/firefighters", "agree", ("aptfire_wisn", "More than 60", 60), ("aptfire_jsonline", "About 75", 75))
fact("aptfire/units", "agree", ("aptfire_wisn", "12", 12, "has 12 apartments"), ("aptfire_jsonline", "12-unit", 12),
     ("aptfire_fox6", "12", 12, "12 units"))
fact("aptfire/displaced", "conflict", ("aptfire_wisn", "About 30", 30), ("aptfire_jsonline", "more than 40", 40))
fact("aptfire/households", "agree", ("aptfire_jsonline", "14", 14, "assisting 14 households"), ("aptfire_fox6", "14", 14, "14 households"))
fact("aptfire/control", "agree", ("aptfire_wisn", "about an hour", 60), ("aptfire_fox6", "roughly an hour", 60))
fact("aptfire/firefighter-hurt", "agree", ("aptfire_wisn", "One", 1, "One firefighter suffered"),
     ("aptfire_jsonline", "One", 1, "One firefighter had"))
fact("aptfire/boy-died", "agree", ("aptfire_jsonline", "Saturday night", "2026-11-14"), ("aptfire_fox6", "Saturday night", "2026-11-14"))
fact("aptfire/storeys", "agree", ("aptfire_wisn", "three-story", 3), ("aptfire_fox6", "three-story", 3))
fact("aptfire/children-dead", "single", ("aptfire_fox6", "2", 2, "including 2 children"),
     ("aptfire_fox6", "two", 2, "including two young children"))
fact("aptfire/block", "single", ("aptfire_jsonline", "3500 block", 3500))
fact("aptfire/ladder-rescues", "single", ("aptfire_wisn", "at least six", 6))
fact("aptfire/citations", "single", ("aptfire_jsonline", "at least nine", 9))
fact("aptfire/citations-since", "single", ("aptfire_jsonline", "2021", 2021))
fact("aptfire/2023-year", "single", ("aptfire_jsonline", "2023", 2023))
fact("aptfire/2023-dead", "single", ("aptfire_jsonline", "four", 4, "four people died"))
fact("aptfire/last-year-dead", "single", ("aptfire_jsonline", "Eleven", 11))
fact("aptfire/gofundme", "single", ("aptfire_jsonline", "more than $18,000", 18000))
fact("aptfire/2025-date", "single", ("aptfire_fox6", "November 2025", "2025-11"))
fact("aptfire/2025-age", "single", ("aptfire_fox6", "67", 67))
fact("aptfire/heater-space", "single", ("aptfire_fox6", "three feet", 3))
fact("aptfire/jobs", "single", ("aptfire_fox6", "two jobs", 2))

# ---- coach crash (road to the Lakes of Covadonga near Cangas de Onis, Asturias, Spain; Tuesday 13 October 2026)
# Reuters is the early report (at least six dead, 48 passengers, 30 m, driver 58); the Guardian and the Olive Press
# count the woman who died in hospital.
fact("coach/dead", "conflict", ("coach_reuters", "six", 6, "six dead"), ("coach_reuters", "at least six", 6),
     ("coach_guardian", "Seven", 7, "Seven Britons"), ("coach_guardian", "Seven", 7, "Seven British tourists"),
     ("coach_olive", "seven", 7, "rises to seven"), ("coach_olive", "seven", 7, "risen to seven"),
     ("coach_olive", "seven", 7, "All seven victims"))
fact("coach/injured", "agree", ("coach_reuters", "more than 30", 30), ("coach_guardian", "34", 34, "34 injured"),
     ("coach_olive", "34", 34, "34 people were still"))
fact("coach/serious", "agree", ("coach_guardian", "nine", 9, "nine were in a serious"), ("coach_olive", "nine", 9, "nine of them"))
fact("coach/passengers", "conflict", ("coach_reuters", "48", 48), ("coach_guardian", "50", 50, "carrying 50"),
     ("coach_olive", "50", 50, "had 50 British"))
fact("coach/depth", "conflict", ("coach_reuters", "about 30 metres", 30), ("coach_guardian", "40 metres", 40),
     ("coach_guardian", "130ft", None), ("coach_olive", "40 metres", 40))
fact("coach/driver-age", "conflict", ("coach_reuters", "58-year-old", 58), ("coach_guardian", "57", 57, "driver, 57"),
     ("coach_olive", "58-year-old", 58))
fact("coach/time", "agree", ("coach_reuters", "around 11.30 a.m.", "11:30"), ("coach_reuters", "0930 GMT", None),
     ("coach_guardian", "about 11.30am", "11:30"), ("coach_olive", "11.35am", "11:35"))
fact("coach/date", "agree", ("coach_reuters", "Tuesday", "2026-10-13", "region on Tuesday"),
     ("coach_guardian", "Tuesday", "2026-10-13", "11.30am on Tuesday"), ("coach_olive", "Tuesday", "2026-10-13", "11.35am on Tuesday"))
fact("coach/woman-age", "agree", ("coach_guardian", "81", 81, "aged 81"), ("coach_olive", "81-year-old", 81))
fact("coach/woman-died", "agree", ("coach_guardian", "Tuesday afternoon", "2026-10-13"),
     ("coach_olive", "yesterday afternoon", "2026-10-13"))
fact("coach/holiday", "agree", ("coach_guardian", "eight-day", 8), ("coach_olive", "eight days", 8))
fact("coach/madeira-dead", "agree", ("coach_reuters", "29", 29, "29 German"), ("coach_guardian", "29", 29, "29 Germans"))
fact("coach/madeira-date", "agree", ("coach_reuters", "April 2019", "2019-04"), ("coach_guardian", "2019", "2019", "In 2019"))
fact("coach/scene-dead", "single", ("coach_guardian", "Six", 6, "Six people died at the scene"))
fact("coach/freeing", "single", ("coach_guardian", "more than three hours", 180))
fact("coach/closure-since", "single", ("coach_guardian", "2018", 2018))
fact("coach/passenger-age", "single", ("coach_guardian", "in his 70s", 75))
fact("coach/left-before", "single", ("coach_olive", "around 20 minutes", 20))
fact("coach/driver-experience", "single", ("coach_olive", "more than 25 years", 25))
fact("coach/mourning", "single", ("coach_olive", "three days", 3))
fact("coach/ferry-day", "single", ("coach_olive", "Saturday", "2026-10-10"))
fact("coach/road-length", "single", ("coach_olive", "about 12 kilometres", 12))
fact("coach/visitors", "single", ("coach_olive", "around a million", 1000000))

# ---- missing hillwalker found dead (near Loch Etchachan, Ben Macdui, Cairngorms; found Wednesday 11 November 2026)
fact("hiker/age", "conflict", ("hiker_bbc", "34", 34, "Reid, 34"), ("hiker_pj", "34", 34, "Reid, 34"),
     ("hiker_stv", "35-year-old", 35), ("hiker_stv", "35", 35, "Reid, 35"))
fact("hiker/found-date", "agree", ("hiker_bbc", "Wednesday", "2026-11-11", "14:30 on Wednesday"),
     ("hiker_pj", "yesterday afternoon", "2026-11-11"))
fact("hiker/found-time", "agree", ("hiker_bbc", "about 14:30", "14:30"), ("hiker_stv", "around 2.30pm", "14:30"))
fact("hiker/from-summit", "conflict", ("hiker_bbc", "about 1.5km", 1.5), ("hiker_pj", "around a mile", 1.609),
     ("hiker_stv", "around 3km", 3.0))
fact("hiker/searchers", "agree", ("hiker_bbc", "More than 100", 100), ("hiker_pj", "About 120", 120),
     ("hiker_stv", "more than 100", 100))
fact("hiker/teams", "conflict", ("hiker_bbc", "four", 4, "four mountain rescue teams"), ("hiker_stv", "Five", 5, "Five mountain rescue"))
fact("hiker/wind", "agree", ("hiker_bbc", "up to 70mph", 70), ("hiker_stv", "up to 70mph", 70))
fact("hiker/search-days", "agree", ("hiker_bbc", "five days", 5), ("hiker_pj", "five-day", 5))
fact("hiker/set-off", "agree", ("hiker_bbc", "Saturday", "2026-11-07", "on Saturday morning"),
     ("hiker_pj", "Saturday", "2026-11-07", "8am on Saturday"))
fact("hiker/munros", "agree", ("hiker_bbc", "more than 200", 200), ("hiker_pj", "214", 214))
fact("hiker/2025-date", "agree", ("hiker_pj", "January 2025", "2025-01"), ("hiker_stv", "January 2025", "2025-01"))
fact("hiker/2025-dead", "agree", ("hiker_pj", "two", 2, "two climbers died"), ("hiker_stv", "two", 2, "two climbers were killed"))
fact("hiker/height", "single", ("hiker_bbc", "1,309m", 1309), ("hiker_bbc", "4,295ft", None))
fact("hiker/rank", "single", ("hiker_bbc", "second-highest", 2))
fact("hiker/set-off-time", "single", ("hiker_pj", "around 8am", "08:00"))
fact("hiker/gusts", "single", ("hiker_pj", "up to 80mph", 80))
fact("hiker/munros-total", "single", ("hiker_pj", "282", 282))
fact("hiker/callouts", "single", ("hiker_pj", "41 times", 41))
fact("hiker/fund", "single", ("hiker_pj", "more than £6,000", 6000))
fact("hiker/reported", "single", ("hiker_stv", "Saturday night", "2026-11-07"))
fact("hiker/pullback", "single", ("hiker_pj", "Sunday and Monday", "2026-11-08"))
fact("hiker/altitude", "single", ("hiker_stv", "about 900 metres", 900))
fact("hiker/snow-day", "single", ("hiker_stv", "Sunday", "2026-11-08"))
fact("hiker/callouts-scotland", "single", ("hiker_stv", "more than 700 times", 700))

# ---- measles outbreak (Blacktown childcare centre, western Sydney; ABC Thursday 15 Oct, SMH/AAP Friday 16 Oct 2026)
# ABC is the Thursday-lunchtime count (14 cases, five in hospital); SMH and AAP the Thursday-evening count (17, six).
fact("measles/cases", "conflict", ("measles_abc", "14", 14, "grows to 14"), ("measles_abc", "14", 14, "outbreak to 14"),
     ("measles_smh", "17", 17, "reaches 17"), ("measles_smh", "17", 17, "to 17 and"), ("measles_smh", "17", 17, "Nine of the 17"),
     ("measles_aap", "17", 17, "confirmed 17"))
fact("measles/new-cases", "agree", ("measles_smh", "Three", 3, "Three more measles"), ("measles_smh", "Three", 3, "Three new cases"),
     ("measles_aap", "three", 3, "three more cases"))
fact("measles/under-five", "agree", ("measles_abc", "Nine", 9), ("measles_smh", "Nine", 9, "Nine of the 17"),
     ("measles_aap", "Nine", 9))
fact("measles/hospital", "conflict", ("measles_abc", "Five", 5, "Five people"), ("measles_smh", "Six", 6, "Six people"),
     ("measles_aap", "six", 6, "six people have been treated"))
fact("measles/coverage", "agree", ("measles_abc", "91.5 per cent", 91.5), ("measles_smh", "About 92 per cent", 92),
     ("measles_aap", "91.5 per cent", 91.5))
fact("measles/target", "agree", ("measles_abc", "95 per cent", 95), ("measles_smh", "95 per cent", 95),
     ("measles_aap", "95 per cent", 95))
fact("measles/born-after", "agree", ("measles_abc", "1966", 1966), ("measles_smh", "1965", 1966), ("measles_aap", "1966", 1966))
fact("measles/watch-days", "agree", ("measles_abc", "up to 18 days", 18), ("measles_aap", "up to 18 days", 18))
fact("measles/attended", "agree", ("measles_abc", "late last month", "2026-09"), ("measles_aap", "late September", "2026-09"))
fact("measles/announce-day", "agree", ("measles_smh", "Thursday", "2026-10-15", "late on Thursday"), ("measles_aap", "Thursday evening", "2026-10-15"))
fact("measles/doses", "agree", ("measles_abc", "two", 2, "two doses"), ("measles_smh", "two", 2, "two doses"), ("measles_aap", "two", 2, "two doses"))
fact("measles/new-that-day", "single", ("measles_abc", "four", 4, "four more cases"))
fact("measles/stay-home", "single", ("measles_abc", "14 days", 14))
fact("measles/rash-delay", "single", ("measles_abc", "three or four days", 3.5))
fact("measles/2019-cases", "single", ("measles_abc", "61", 61))
fact("measles/2019-year", "single", ("measles_abc", "2019", 2019))
fact("measles/unlinked", "single", ("measles_smh", "two", 2, "two of the new cases"))
fact("measles/baby-age", "single", ("measles_smh", "eight-month-old", 0.67))
fact("measles/return", "single", ("measles_smh", "late September", "2026-09"))
fact("measles/infectious-days", "single", ("measles_smh", "September 28 and 29", "2026-09-28"))
fact("measles/elimination", "single", ("measles_smh", "2014", 2014))
fact("measles/australia-last-year", "single", ("measles_smh", "57", 57))
fact("measles/global", "single", ("measles_smh", "10.3 million", 10300000))
fact("measles/global-year", "single", ("measles_smh", "2023", 2023))
fact("measles/earlier-count", "single", ("measles_aap", "14", 14, "up from 14"))
fact("measles/airborne", "single", ("measles_aap", "up to two hours", 2))
fact("measles/clinics", "single", ("measles_aap", "Saturday", "2026-10-17"))
fact("measles/clinic-weeks", "single", ("measles_aap", "at least two weeks", 2))
fact("measles/campaign", "single", ("measles_aap", "$2.2 million", 2200000))
fact("measles/hospital-share", "single", ("measles_aap", "one in five", 20))
fact("measles/symptom-days", "single", ("measles_aap", "about 10 days", 10))

# ---- hailstorm insured losses (northeast Calgary; Monday evening 3 August 2026)
# Reuters (Thursday 6 Aug) gives CatIQ's preliminary C$1.2bn; CBC (20 Aug) the revised C$1.6bn; the Herald (5 Aug)
# only "expected to top $1 billion".
fact("hail/loss", "conflict", ("hail_reuters", "about C$1.2 billion", 1.2e9, "cost insurers"),
     ("hail_reuters", "about C$1.2 billion", 1.2e9, "caused about C$1.2"), ("hail_reuters", "$870 million", None),
     ("hail_cbc", "$1.6B", 1.6e9), ("hail_cbc", "$1.6 billion", 1.6e9, "estimated $1.6"),
     ("hail_herald", "$1 billion", 1e9, "top $1 billion"))
fact("hail/claims", "agree", ("hail_reuters", "more than 60,000", 60000), ("hail_cbc", "About 70,000", 70000),
     ("hail_herald", "more than 60,000", 60000))
fact("hail/duration", "conflict", ("hail_reuters", "about 30 minutes", 30), ("hail_cbc", "around 20 minutes", 20),
     ("hail_herald", "roughly 30 minutes", 30))
fact("hail/size", "agree", ("hail_cbc", "up to 10 centimetres", 10), ("hail_herald", "8 cm", 8))
fact("hail/date", "agree", ("hail_reuters", "Monday", "2026-08-03", "on Monday evening"), ("hail_cbc", "Aug. 3", "2026-08-03"),
     ("hail_herald", "Monday", "2026-08-03", "6 p.m. on Monday"))
fact("hail/2024-loss", "agree", ("hail_reuters", "C$2.8 billion", 2.8e9), ("hail_cbc", "$2.8 billion", 2.8e9),
     ("hail_herald", "$2.8 billion", 2.8e9))
fact("hail/2024-date", "agree", ("hail_reuters", "August 2024", "2024-08"), ("hail_cbc", "2024", "2024", "The 2024 hailstorm"),
     ("hail_herald", "August 2024", "2024-08"))
fact("hail/2020-loss", "agree", ("hail_reuters", "C$1.2 billion", 1.2e9, "caused C$1.2"), ("hail_herald", "$1.2 billion", 1.2e9))
fact("hail/2020-date", "agree", ("hail_reuters", "June 2020", "2020-06"), ("hail_herald", "June 2020", "2020-06"))
fact("hail/rebate", "agree", ("hail_cbc", "$3,500", 3500), ("hail_herald", "$3,500", 3500))
fact("hail/since-2024", "agree", ("hail_reuters", "two years", 2, "comes two years"), ("hail_herald", "two years", 2, "hit two years ago"))
fact("hail/early-estimate", "single", ("hail_cbc", "$1.2 billion", 1.2e9, "up from the"))
fact("hail/revision-gap", "single", ("hail_cbc", "two weeks", 14))
fact("hail/fort-mcmurray", "single", ("hail_reuters", "2016", 2016))
fact("hail/shares", "single", ("hail_reuters", "1.4%", -1.4))
fact("hail/storm-speed", "single", ("hail_reuters", "about 40 km per hour", 40))
fact("hail/vehicle-share", "single", ("hail_cbc", "Roughly a third", 33.3))
fact("hail/annual-payout", "single", ("hail_cbc", "well over $2 billion", 2e9))
fact("hail/early-2000s", "single", ("hail_cbc", "about $400 million", 4e8))
fact("hail/premium-rise", "single", ("hail_cbc", "20 per cent", 20))
fact("hail/rebate-applicants", "single", ("hail_cbc", "more than 4,000", 4000))
fact("hail/rebate-start", "single", ("hail_cbc", "2024", 2024, "since it began in 2024"))
fact("hail/repair-since", "single", ("hail_reuters", "Tuesday", "2026-08-04"))
fact("hail/cars", "single", ("hail_reuters", "thousands", 2000, "thousands of cars"))
fact("hail/premium-span", "single", ("hail_cbc", "two years", 2, "past two years"))
fact("hail/herald-gap", "single", ("hail_herald", "two days", 2))
fact("hail/311-day", "single", ("hail_herald", "Tuesday", "2026-08-04"))
fact("hail/rebate-ran-out", "single", ("hail_herald", "June", "2026-06", "money in June"))
fact("hail/start-time", "single", ("hail_herald", "just after 6 p.m.", "18:00"))
fact("hail/311-calls", "single", ("hail_herald", "about 2,500", 2500))
fact("hail/fire-calls", "single", ("hail_herald", "15 calls", 15))
fact("hail/outage", "single", ("hail_herald", "about 12,000", 12000))

# ---- mine rescue (Kloofspruit gold mine near Carletonville, South Africa; trapped Monday night 7 Sept, rescued
# Wednesday 9 Sept 2026)
fact("mine/trapped", "agree", ("mine_reuters", "13", 13, "bring up 13"), ("mine_reuters", "13", 13, "surface 13 miners"),
     ("mine_news24", "13", 13, "as 13 trapped"), ("mine_news24", "13", 13, "All 13"), ("mine_bbc", "Thirteen", 13))
fact("mine/depth", "conflict", ("mine_reuters", "1,150 metres", 1150), ("mine_news24", "about 1.4 km", 1400),
     ("mine_bbc", "about 1.4km", 1400))
fact("mine/hours", "agree", ("mine_reuters", "more than 30 hours", 30), ("mine_news24", "almost 36 hours", 36),
     ("mine_bbc", "some 35 hours", 35))
fact("mine/hospital", "conflict", ("mine_reuters", "two", 2, "two were taken to hospital"),
     ("mine_news24", "Three", 3, "Three of the workers"), ("mine_bbc", "Three", 3, "Three were taken"))
fact("mine/trapped-day", "agree", ("mine_reuters", "Monday night", "2026-09-07"), ("mine_news24", "Monday", "2026-09-07", "22:00 on Monday"),
     ("mine_bbc", "Monday", "2026-09-07", "late on Monday"))
fact("mine/rescue-day", "agree", ("mine_reuters", "Wednesday", "2026-09-09", "Rescue teams on Wednesday"),
     ("mine_news24", "Wednesday", "2026-09-09", "09:30 on Wednesday"), ("mine_bbc", "Wednesday morning", "2026-09-09"))
fact("mine/evacuated", "agree", ("mine_reuters", "About 2,000", 2000), ("mine_news24", "about 2,000", 2000))
fact("mine/deaths-2025", "agree", ("mine_reuters", "41", 41), ("mine_news24", "41", 41))
fact("mine/deaths-2025-year", "agree", ("mine_reuters", "2025", 2025, "mines in 2025"), ("mine_news24", "2025", 2025, "In 2025"))
fact("mine/impala-dead", "agree", ("mine_reuters", "13", 13, "13 workers were killed"), ("mine_bbc", "13", 13, "13 people died"))
fact("mine/impala-date", "agree", ("mine_reuters", "November 2023", "2023-11"), ("mine_bbc", "2023", "2023", "In 2023"))
fact("mine/fractures", "single", ("mine_news24", "two", 2, "two of them had fractures"))
fact("mine/head-injury", "single", ("mine_news24", "one", 1, "one had a head injury"))
fact("mine/world-depth", "single", ("mine_reuters", "nearly 4 km", 4000))
fact("mine/deaths-2024", "single", ("mine_reuters", "55", 55))
fact("mine/shares", "single", ("mine_reuters", "3.2%", -3.2))
fact("mine/shares-day", "single", ("mine_reuters", "Tuesday", "2026-09-08"))
fact("mine/trapped-time", "single", ("mine_news24", "about 22:00", "22:00"))
fact("mine/rescue-time", "single", ("mine_news24", "shortly after 09:30", "09:30"))
fact("mine/knocking", "single", ("mine_news24", "Tuesday morning", "2026-09-08"))
fact("mine/husband-age", "single", ("mine_news24", "51", 51))
fact("mine/husband-years", "single", ("mine_news24", "28 years", 28))
fact("mine/workforce", "single", ("mine_news24", "about 8,500", 8500))
fact("mine/ounces", "single", ("mine_news24", "about 190,000", 190000))
fact("mine/distance-jhb", "single", ("mine_bbc", "about 75km", 75), ("mine_bbc", "47 miles", None))
fact("mine/mine-depth", "single", ("mine_bbc", "about 3 km", 3000))
fact("mine/1990s", "single", ("mine_bbc", "1990s", 1995))
fact("mine/1990s-dead", "single", ("mine_bbc", "hundreds", 200))
fact("mine/illegal-miners", "single", ("mine_bbc", "January", "2026-01"))
fact("mine/decades", "single", ("mine_reuters", "two decades", 20))
fact("mine/families-since", "single", ("mine_news24", "Tuesday", "2026-09-08", "early on Tuesday"))
fact("mine/evacuated-day", "single", ("mine_news24", "Monday night", "2026-09-07"))
fact("mine/nights", "single", ("mine_bbc", "two nights", 2))
fact("mine/minister-visit", "single", ("mine_bbc", "Tuesday", "2026-09-08", "mine on Tuesday"))
