"""Hand-written gold for the h26 held-out events (written before any claimcheck run; the author ran no claimcheck).

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

# ---- parade: gunfire near the end of the Pine Bluff High School homecoming parade, Main Street and West Fifth Avenue,
#      Pine Bluff, Ark., Friday 9 October 2026 ~6:10 p.m. KARK (Friday night): five shot, three adults, 19-year-old
#      in custody, girl 12, game Saturday; Commercial and AP (Saturday): six shot, four adults, Hill 20, girl 11/12, game Monday.
fact("parade/shot", "conflict", ("parade_kark", "5", 5, "5 shot near"), ("parade_kark", "Five", 5, "Five people were shot"),
     ("parade_pbcommercial", "Six", 6, "Six hurt"), ("parade_pbcommercial", "Six", 6, "Six people, among"),
     ("parade_ap", "Six", 6, "Six people shot"), ("parade_ap", "six", 6, "after six people"))
fact("parade/adults", "conflict", ("parade_kark", "three", 3, "other three victims"), ("parade_pbcommercial", "four", 4, "four adult victims"),
     ("parade_ap", "Four", 4, "Four adults"))
fact("parade/girl-age", "conflict", ("parade_kark", "12-year-old", 12), ("parade_pbcommercial", "11-year-old", 11), ("parade_ap", "12-year-old", 12))
fact("parade/suspect-age", "conflict", ("parade_kark", "19-year-old", 19), ("parade_pbcommercial", "20-year-old", 20),
     ("parade_pbcommercial", "20", 20, "Hill, 20"), ("parade_ap", "20", 20, "Hill, 20"))
fact("parade/game-day", "conflict", ("parade_kark", "Saturday", "2026-10-10", "played Saturday"), ("parade_pbcommercial", "Monday", "2026-10-12", "played Monday"),
     ("parade_ap", "Monday", "2026-10-12", "until Monday"))
fact("parade/boy-age", "agree", ("parade_kark", "17-year-old", 17), ("parade_pbcommercial", "17-year-old", 17), ("parade_ap", "17-year-old", 17))
fact("parade/time", "agree", ("parade_kark", "about 6:10 p.m.", "18:10"), ("parade_pbcommercial", "shortly before 6:15 p.m.", "18:15"),
     ("parade_ap", "shortly after 6 p.m.", "18:00"))
fact("parade/date", "agree", ("parade_kark", "Friday", "2026-10-09", "Friday evening"), ("parade_pbcommercial", "Friday", "2026-10-09", "6:15 p.m. Friday"),
     ("parade_ap", "Friday", "2026-10-09", "6 p.m. Friday"))
fact("parade/start", "agree", ("parade_kark", "5 p.m.", "17:00"), ("parade_pbcommercial", "5 p.m.", "17:00", "high school at 5 p.m."))
fact("parade/officers", "agree", ("parade_kark", "about 40", 40), ("parade_pbcommercial", "more than 40", 40))
fact("parade/crowd", "agree", ("parade_kark", "about 3,000", 3000), ("parade_pbcommercial", "more than 3,000", 3000))
fact("parade/counts", "agree", ("parade_pbcommercial", "six", 6, "six counts"), ("parade_ap", "six", 6, "six counts"))
fact("parade/bond", "agree", ("parade_pbcommercial", "$750,000", 750000), ("parade_ap", "$750,000", 750000))
fact("parade/game-time", "agree", ("parade_pbcommercial", "6 p.m.", "18:00", "Monday at 6 p.m."), ("parade_ap", "6 p.m.", "18:00", "Monday at 6 p.m."))
fact("parade/kickoff", "single", ("parade_kark", "7 p.m.", "19:00"))
fact("parade/groups", "agree", ("parade_kark", "two", 2, "two groups"), ("parade_ap", "two", 2, "two groups"))
fact("parade/adult-ages", "single", ("parade_pbcommercial", "ages 23 to 61", 42))
fact("parade/game-orig-day", "single", ("parade_ap", "Friday", "2026-10-09", "scheduled for Friday night"))
fact("parade/nth", "single", ("parade_kark", "second", 2))
fact("parade/march", "single", ("parade_kark", "March", "2026-03"))
fact("parade/march-age", "single", ("parade_kark", "16-year-old", 16))
fact("parade/court", "single", ("parade_pbcommercial", "Nov. 4", "2026-11-04"))
fact("parade/shots", "single", ("parade_pbcommercial", "eight", 8, "maybe eight shots"))
fact("parade/witness-age", "single", ("parade_pbcommercial", "58", 58))
fact("parade/grandchildren", "single", ("parade_pbcommercial", "two", 2, "two grandchildren"))
fact("parade/reach", "single", ("parade_pbcommercial", "less than two minutes", 2))
fact("parade/since", "single", ("parade_pbcommercial", "1954", 1954))
fact("parade/homicides", "single", ("parade_pbcommercial", "29", 29))
fact("parade/homicides-prev", "single", ("parade_pbcommercial", "34", 34))
fact("parade/subscription", "single", ("parade_pbcommercial", "$1", 1))
fact("parade/population", "single", ("parade_ap", "about 40,000", 40000))
fact("parade/distance", "single", ("parade_ap", "roughly 45 miles", 45), ("parade_ap", "72 kilometers", None))
fact("parade/children", "single", ("parade_ap", "two", 2, "two children"))
fact("parade/2024", "single", ("parade_ap", "2024", 2024))
fact("parade/2024-wounded", "single", ("parade_ap", "three", 3, "three people were wounded"))
# ---- crossing: westbound Norfolk Southern freight train hits an SUV at the County Road 17 crossing east of Bristol,
#      Elkhart County, Ind., Wednesday 16 September 2026 ~7:24-7:25 a.m. WNDU and WSBT (Wednesday): two dead, mother 44;
#      Elkhart Truth (Thursday): the girl, 15, died Wednesday night - three dead, mother 45. Speed about 50 mph (sheriff,
#      WNDU) vs about 40 mph (railroad); cars more than 100 vs 87.
fact("crossing/dead", "conflict", ("crossing_wndu", "Two", 2, "Two dead after"), ("crossing_wndu", "Two", 2, "Two people are dead"),
     ("crossing_truth", "three", 3, "crash to three"), ("crossing_truth", "third", 3, "the third member"))
fact("crossing/mother-age", "conflict", ("crossing_wndu", "44-year-old", 44), ("crossing_wsbt", "44", 44, "Reyes, 44"), ("crossing_truth", "45", 45, "Reyes, 45"))
fact("crossing/speed", "conflict", ("crossing_wndu", "about 50 mph", 50), ("crossing_truth", "about 40 mph", 40))
fact("crossing/cars", "conflict", ("crossing_wndu", "more than 100", 100), ("crossing_truth", "87", 87))
fact("crossing/boy-age", "agree", ("crossing_wndu", "9-year-old", 9), ("crossing_wsbt", "9", 9, "Lucas Reyes, 9"), ("crossing_truth", "9", 9, "Lucas, 9"))
fact("crossing/girl-age", "agree", ("crossing_wndu", "15-year-old", 15), ("crossing_wsbt", "15", 15, "daughter, 15"), ("crossing_truth", "15-year-old", 15))
fact("crossing/time", "agree", ("crossing_wndu", "around 7:25 a.m.", "07:25"), ("crossing_wsbt", "7:24 a.m.", "07:24"), ("crossing_truth", "7:25 a.m.", "07:25"))
fact("crossing/date", "agree", ("crossing_wndu", "Wednesday", "2026-09-16", "Wednesday morning"), ("crossing_wsbt", "Wednesday", "2026-09-16", "killed Wednesday morning"),
     ("crossing_truth", "Wednesday", "2026-09-16", "closed for about four hours Wednesday"))
fact("crossing/crew", "agree", ("crossing_wndu", "two-person", 2), ("crossing_wsbt", "two", 2, "two crew members"))
fact("crossing/closure", "agree", ("crossing_wsbt", "nearly four hours", 4), ("crossing_truth", "about four hours", 4))
fact("crossing/trains", "agree", ("crossing_wndu", "about 30", 30), ("crossing_wsbt", "about 30", 30), ("crossing_truth", "About 30", 30))
fact("crossing/grant", "agree", ("crossing_wsbt", "$1.3 million", 1300000), ("crossing_truth", "$1.3 million", 1300000))
fact("crossing/work-county-engineer", "single", ("crossing_wsbt", "2028", 2028))
fact("crossing/work-commissioner", "single", ("crossing_truth", "2027", 2027))
fact("crossing/vigil-time", "single", ("crossing_wsbt", "7 p.m.", "19:00"))
fact("crossing/girl-death-day", "single", ("crossing_truth", "Wednesday", "2026-09-16", "died Wednesday night"))
fact("crossing/girl-after", "single", ("crossing_truth", "about 13 hours", 13))
fact("crossing/limit", "single", ("crossing_truth", "60 mph", 60))
fact("crossing/vehicles", "single", ("crossing_truth", "about 3,200", 3200))
fact("crossing/nurse-years", "single", ("crossing_truth", "18 years", 18))
fact("crossing/gofundme", "single", ("crossing_truth", "more than $42,000", 42000))
fact("crossing/nth-region", "single", ("crossing_truth", "second", 2))
fact("crossing/lagrange-day", "single", ("crossing_truth", "Aug. 19", "2026-08-19"))
fact("crossing/lagrange-age", "single", ("crossing_truth", "72-year-old", 72))
fact("crossing/grade", "single", ("crossing_wsbt", "fourth", 4))
fact("crossing/prior-deaths", "single", ("crossing_wsbt", "three", 3, "three people have been killed"))
fact("crossing/since", "single", ("crossing_wsbt", "2019", 2019))
fact("crossing/2021-age", "single", ("crossing_wsbt", "67-year-old", 67))
fact("crossing/2021", "single", ("crossing_wsbt", "2021", 2021))
fact("crossing/neighbor-years", "single", ("crossing_wsbt", "26 years", 26))
fact("crossing/indiana", "single", ("crossing_wsbt", "95", 95))
fact("crossing/indiana-fatal", "single", ("crossing_wsbt", "14", 14))
fact("crossing/vigil", "single", ("crossing_wsbt", "Thursday", "2026-09-17", "7 p.m. Thursday"))
# ---- camp: fire in a homeless encampment on the American River Parkway near Northgate Boulevard, Sacramento,
#      Tuesday 3 February 2026, reported 4:42 a.m. KCRA (8 a.m.): one dead, about 15 tents, about 40 firefighters;
#      Bee and ABC10 (evening): two dead, about two dozen / 25 tents; Pace 54 (Bee) vs 52 (ABC10); 60 firefighters (Bee).
fact("camp/dead", "conflict", ("camp_kcra", "1", 1, "1 dead after"), ("camp_kcra", "One", 1, "One person was killed"), ("camp_kcra", "one", 1, "found one person dead"),
     ("camp_sacbee", "Two", 2, "Two killed"), ("camp_sacbee", "Two", 2, "Two people died"),
     ("camp_abc10", "2", 2, "2 dead in"), ("camp_abc10", "Two", 2, "Two people are dead"))
fact("camp/tents", "conflict", ("camp_kcra", "about 15", 15), ("camp_sacbee", "roughly two dozen", 24), ("camp_abc10", "about 25", 25))
fact("camp/firefighters", "conflict", ("camp_kcra", "About 40", 40), ("camp_sacbee", "About 60", 60))
fact("camp/victim-age", "conflict", ("camp_sacbee", "54", 54, "Pace, 54"), ("camp_abc10", "52-year-old", 52))
fact("camp/time", "agree", ("camp_kcra", "4:42 a.m.", "04:42"), ("camp_sacbee", "4:42 a.m.", "04:42"), ("camp_abc10", "just before 5 a.m.", "05:00"))
fact("camp/date", "agree", ("camp_kcra", "Tuesday", "2026-02-03"), ("camp_sacbee", "Tuesday", "2026-02-03", "before dawn Tuesday"),
     ("camp_abc10", "Tuesday", "2026-02-03"))
fact("camp/acres", "agree", ("camp_kcra", "about 2 acres", 2), ("camp_sacbee", "nearly two acres", 2), ("camp_abc10", "close to 2 acres", 2))
fact("camp/residents", "agree", ("camp_kcra", "about 60", 60), ("camp_sacbee", "roughly 60", 60))
fact("camp/fires-last-year", "agree", ("camp_kcra", "more than 3,000", 3000), ("camp_sacbee", "3,411", 3411))
fact("camp/second-found", "single", ("camp_sacbee", "Tuesday", "2026-02-03", "Tuesday afternoon"))
fact("camp/injured-age", "agree", ("camp_kcra", "30s", 35), ("camp_sacbee", "30s", 35))
fact("camp/deadliest", "single", ("camp_sacbee", "at least five years", 5))
fact("camp/years-river", "single", ("camp_sacbee", "about six years", 6))
fact("camp/resident-age", "single", ("camp_sacbee", "41", 41, "Ochoa, 41"))
fact("camp/resident-since", "single", ("camp_sacbee", "October", "2025-10"))
fact("camp/pit-year", "single", ("camp_sacbee", "2024", 2024))
fact("camp/pit", "single", ("camp_sacbee", "6,615", 6615))
fact("camp/unsheltered", "single", ("camp_sacbee", "about 4,900", 4900))
fact("camp/beds", "single", ("camp_sacbee", "150", 150))
fact("camp/2025", "single", ("camp_sacbee", "2025", 2025))
fact("camp/prev-year-fires", "single", ("camp_sacbee", "2,870", 2870))
fact("camp/low", "single", ("camp_kcra", "34 degrees", 34))
fact("camp/warming-block", "single", ("camp_kcra", "2251", 2251))
fact("camp/warming-until", "single", ("camp_kcra", "Thursday", "2026-02-05"))
fact("camp/calexpo-day", "single", ("camp_abc10", "Jan. 27", "2026-01-27"))
fact("camp/calexpo-age", "single", ("camp_abc10", "63-year-old", 63))
fact("camp/vote", "single", ("camp_abc10", "Feb. 10", "2026-02-10"))
fact("camp/nav-beds", "single", ("camp_abc10", "300", 300))
# ---- elephant: Sithami, Asian elephant and herd matriarch, euthanised at Chester Zoo, Upton, Chester, Monday 9 November
#      2026 (arthritis). Age 47 (BBC, Standard) / 48 (Guardian); arrived 1991 / 1993; heaviest 4.2 tonnes / about five
#      tonnes; remaining elephants eight (BBC, Guardian) / nine (Standard).
fact("elephant/age", "conflict", ("elephant_bbc", "47", 47, "aged 47"), ("elephant_bbc", "47-year-old", 47),
     ("elephant_guardian", "48", 48, "dies aged 48"), ("elephant_guardian", "48-year-old", 48), ("elephant_chesterstandard", "47-year-old", 47))
fact("elephant/arrived", "conflict", ("elephant_bbc", "1991", 1991), ("elephant_guardian", "1993", 1993), ("elephant_chesterstandard", "1991", 1991))
fact("elephant/weight", "conflict", ("elephant_bbc", "4.2 tonnes", 4.2), ("elephant_chesterstandard", "about five tonnes", 5),
     ("elephant_chesterstandard", "11,000lb", None))
fact("elephant/remaining", "conflict", ("elephant_bbc", "eight", 8, "remaining eight elephants"), ("elephant_guardian", "eight", 8, "now has eight elephants"),
     ("elephant_chesterstandard", "nine", 9, "remaining nine elephants"))
fact("elephant/date", "agree", ("elephant_bbc", "Monday", "2026-11-09"), ("elephant_guardian", "Monday", "2026-11-09"),
     ("elephant_chesterstandard", "this morning", "2026-11-09"))
fact("elephant/calves", "agree", ("elephant_bbc", "three", 3, "three calves"), ("elephant_guardian", "three", 3, "three calves"),
     ("elephant_chesterstandard", "three", 3, "three calves"))
fact("elephant/grandcalves", "agree", ("elephant_guardian", "five", 5, "five grandcalves"), ("elephant_chesterstandard", "five", 5, "five grandcalves"))
fact("elephant/arthritis", "agree", ("elephant_bbc", "2019", 2019, "arthritis in 2019"), ("elephant_chesterstandard", "2019", 2019))
fact("elephant/opened", "agree", ("elephant_bbc", "1931", 1931), ("elephant_guardian", "1931", 1931))
fact("elephant/postmortem", "agree", ("elephant_bbc", "within six weeks", 6), ("elephant_guardian", "about six weeks", 6))
fact("elephant/matriarch-years", "single", ("elephant_bbc", "more than three decades", 30))
fact("elephant/eehv-years", "single", ("elephant_bbc", "2018 and 2019", "2018/2019"))
fact("elephant/eehv-deaths", "single", ("elephant_bbc", "four", 4, "four young elephants"))
fact("elephant/tributes-day", "single", ("elephant_bbc", "Tuesday", "2026-11-10"))
fact("elephant/uk-elephants", "single", ("elephant_guardian", "About 50", 50))
fact("elephant/life-expectancy", "single", ("elephant_guardian", "about 40 years", 40))
fact("elephant/matriarch-guardian", "single", ("elephant_guardian", "more than 20 years", 20))
fact("elephant/visitors", "single", ("elephant_guardian", "nearly 2 million", 2000000))
fact("elephant/wild", "single", ("elephant_guardian", "fewer than 50,000", 50000))
fact("elephant/countries", "single", ("elephant_guardian", "13", 13))
fact("elephant/kent-year", "single", ("elephant_guardian", "2024", 2024))
fact("elephant/kent-herd", "single", ("elephant_guardian", "nine", 9, "herd of nine"))
fact("elephant/habitat-opened", "single", ("elephant_chesterstandard", "2006", 2006))
fact("elephant/habitat-cost", "single", ("elephant_chesterstandard", "£6 million", 6000000))
fact("elephant/school-trip", "single", ("elephant_chesterstandard", "1995", 1995))
fact("elephant/keeper-years", "single", ("elephant_chesterstandard", "26 years", 26))
fact("elephant/reopens", "single", ("elephant_chesterstandard", "10am", "10:00"))
fact("elephant/care-team", "single", ("elephant_bbc", "more than 15", 15))
# ---- festival: heat illness at the Horizonte music festival, Isla de la Cartuja, Seville, Spain, Saturday 11 July 2026.
#      Euronews (Saturday night): around 90 treated, nine to hospital, 43 C; Reuters (Sunday): 143 treated, 11 to hospital,
#      43C; The Local (Sunday): 143, Eleven, 44 degrees.
fact("festival/treated", "conflict", ("festival_reuters", "More than 140", 140), ("festival_reuters", "143", 143),
     ("festival_thelocal", "More than 140", 140), ("festival_thelocal", "143", 143),
     ("festival_euronews", "Dozens", 24), ("festival_euronews", "Around 90", 90))
fact("festival/hospital", "conflict", ("festival_reuters", "11", 11, "11 of whom"), ("festival_thelocal", "Eleven", 11), ("festival_euronews", "Nine", 9))
fact("festival/temp", "conflict", ("festival_reuters", "43C", 43), ("festival_reuters", "109F", None), ("festival_thelocal", "44 degrees", 44),
     ("festival_euronews", "43 degrees Celsius", 43))
fact("festival/critical-age", "agree", ("festival_reuters", "23-year-old", 23), ("festival_thelocal", "aged 23", 23))
fact("festival/crowd", "agree", ("festival_reuters", "About 55,000", 55000), ("festival_thelocal", "55,000", 55000), ("festival_euronews", "some 55,000", 55000))
fact("festival/water-points", "agree", ("festival_reuters", "40", 40, "40 free water points"), ("festival_thelocal", "40", 40, "40 drinking water points"))
fact("festival/reopen", "agree", ("festival_reuters", "20:00", "20:00"), ("festival_thelocal", "8pm", "20:00"), ("festival_euronews", "8pm", "20:00"))
fact("festival/date", "agree", ("festival_reuters", "Saturday", "2026-07-11", "in Seville on Saturday"),
     ("festival_reuters", "Saturday", "2026-07-11", "About 55,000 people attended on Saturday"),
     ("festival_thelocal", "Saturday", "2026-07-11", "festival on Saturday"), ("festival_euronews", "Saturday", "2026-07-11", "43 degrees Celsius on Saturday"),
     ("festival_euronews", "Saturday", "2026-07-11", "on Saturday afternoon"))
fact("festival/length", "agree", ("festival_reuters", "three-day", 3), ("festival_euronews", "three days", 3))
fact("festival/last-day", "agree", ("festival_reuters", "Sunday", "2026-07-12", "ends on Sunday"), ("festival_thelocal", "Sunday", "2026-07-12", "Sunday's programme"))
fact("festival/water-price", "agree", ("festival_reuters", "4 euros", 4), ("festival_thelocal", "4 euros", 4))
fact("festival/forecast", "single", ("festival_reuters", "44C", 44))
fact("festival/red-alert-day", "agree", ("festival_reuters", "Saturday", "2026-07-11", "for Saturday, with"),
     ("festival_thelocal", "Saturday", "2026-07-11", "red alert on Saturday"), ("festival_euronews", "Saturday", "2026-07-11", "Seville for Saturday"))
fact("festival/deaths-2025", "single", ("festival_reuters", "more than 2,000", 2000))
fact("festival/summer-2025", "single", ("festival_reuters", "2025", 2025))
fact("festival/record", "single", ("festival_reuters", "47.6C", 47.6))
fact("festival/record-month", "single", ("festival_reuters", "August 2021", "2021-08"))
fact("festival/bottle", "single", ("festival_reuters", "500 ml", 500))
fact("festival/later", "single", ("festival_thelocal", "three hours", 3))
fact("festival/sunday-start", "single", ("festival_thelocal", "7pm", "19:00"))
fact("festival/ticket", "single", ("festival_thelocal", "79 euros", 79))
fact("festival/heat-until", "single", ("festival_thelocal", "Wednesday", "2026-07-15"))
fact("festival/advice-from", "single", ("festival_thelocal", "12pm", "12:00"))
fact("festival/advice-to", "single", ("festival_thelocal", "6pm", "18:00"))
fact("festival/third-summer", "single", ("festival_thelocal", "third", 3))
fact("festival/madrid", "single", ("festival_thelocal", "2024", 2024))
fact("festival/start-day", "single", ("festival_euronews", "Friday", "2026-07-10"))
fact("festival/expo", "single", ("festival_euronews", "1992", 1992))
fact("festival/portugal", "single", ("festival_euronews", "45C", 45))
fact("festival/italy", "single", ("festival_euronews", "18", 18))
fact("festival/nth-heatwave", "single", ("festival_euronews", "second", 2))
fact("festival/warming-rate", "single", ("festival_euronews", "about twice", 2))
# ---- phone: Lumora Technology (Shenzhen, Hong Kong-listed) third-quarter results, Tuesday 17 November 2026.
#      Revenue growth 14% (Reuters) / 14.2% (CNBC) / 16 per cent (SCMP); net profit 6.1 billion yuan / 6.1 / 6.4;
#      smartphone shipments 44.2 million / 44.2 million / 42.4 million.
fact("phone/growth", "conflict", ("phone_reuters", "14%", 14, "14% revenue rise"), ("phone_reuters", "14%", 14, "a 14% rise"),
     ("phone_cnbc", "14.2%", 14.2), ("phone_scmp", "16 per cent", 16))
fact("phone/profit", "conflict", ("phone_reuters", "6.1 billion yuan", 6.1e9), ("phone_cnbc", "6.1 billion yuan", 6.1e9),
     ("phone_scmp", "6.4 billion yuan", 6.4e9), ("phone_scmp", "US$890 million", None))
fact("phone/shipments", "conflict", ("phone_reuters", "44.2 million", 44.2e6), ("phone_cnbc", "44.2 million", 44.2e6), ("phone_scmp", "42.4 million", 42.4e6))
fact("phone/revenue", "agree", ("phone_reuters", "98.6 billion yuan", 98.6e9), ("phone_reuters", "$13.7 billion", None),
     ("phone_cnbc", "98.6 billion Chinese yuan", 98.6e9), ("phone_cnbc", "$13.7 billion", None), ("phone_cnbc", "98.6 billion yuan", 98.6e9, "Revenue: 98.6"),
     ("phone_scmp", "98.6 billion yuan", 98.6e9), ("phone_scmp", "US$13.7 billion", None))
fact("phone/rank", "agree", ("phone_reuters", "third-largest", 3), ("phone_cnbc", "No. 3", 3), ("phone_cnbc", "third-biggest", 3))
fact("phone/share", "agree", ("phone_reuters", "14%", 14, "14% share"), ("phone_cnbc", "14%", 14, "14% market share"))
fact("phone/overseas", "agree", ("phone_reuters", "58%", 58), ("phone_scmp", "nearly 60 per cent", 60))
fact("phone/ev", "agree", ("phone_reuters", "31,000", 31000), ("phone_cnbc", "31,000", 31000), ("phone_scmp", "more than 31,000", 31000))
fact("phone/margin", "agree", ("phone_cnbc", "21.3%", 21.3), ("phone_scmp", "21.3 per cent", 21.3))
fact("phone/ytd", "agree", ("phone_reuters", "38%", 38), ("phone_scmp", "38 per cent", 38))
fact("phone/date", "agree", ("phone_reuters", "Tuesday", "2026-11-17", "on Tuesday reported"), ("phone_cnbc", "Tuesday", "2026-11-17", "third quarter on Tuesday"),
     ("phone_scmp", "Tuesday", "2026-11-17"))
fact("phone/year-ago", "single", ("phone_reuters", "86.5 billion yuan", 86.5e9))
fact("phone/lseg", "single", ("phone_reuters", "95.3 billion yuan", 95.3e9))
fact("phone/prev-profit", "single", ("phone_reuters", "4.9 billion yuan", 4.9e9))
fact("phone/memory", "single", ("phone_reuters", "about 30%", 30))
fact("phone/memory-since", "single", ("phone_reuters", "June", "2026-06"))
fact("phone/shares-day", "single", ("phone_reuters", "4.3%", 4.3))
fact("phone/global", "single", ("phone_reuters", "2%", 2))
fact("phone/fx", "single", ("phone_reuters", "7.1950 yuan", 7.195))
fact("phone/streetaccount-rev", "single", ("phone_cnbc", "96 billion yuan", 96e9))
fact("phone/streetaccount-ni", "single", ("phone_cnbc", "5.8 billion yuan", 5.8e9))
fact("phone/apple", "single", ("phone_cnbc", "58.4 million", 58.4e6))
fact("phone/foldable", "single", ("phone_cnbc", "10,000 yuan", 10000))
fact("phone/foldable-month", "single", ("phone_cnbc", "August", "2026-08"))
fact("phone/ev-launch", "single", ("phone_cnbc", "June", "2026-06"))
fact("phone/ev-target", "single", ("phone_cnbc", "150,000", 150000))
fact("phone/intraday", "single", ("phone_cnbc", "as much as 6%", 6))
fact("phone/prev-margin", "single", ("phone_scmp", "19.8 per cent", 19.8))
fact("phone/staff", "single", ("phone_scmp", "about 48,000", 48000))
fact("phone/countries", "single", ("phone_scmp", "27", 27))
fact("phone/capacity", "single", ("phone_scmp", "300,000", 300000))
fact("phone/capacity-by", "single", ("phone_scmp", "2028", 2028))
fact("phone/china-market", "single", ("phone_scmp", "3 per cent", 3, "shrank 3 per cent"))
fact("phone/subsidy", "single", ("phone_scmp", "6,000 yuan", 6000))
fact("phone/founded", "single", ("phone_scmp", "2012", 2012))
fact("phone/listed", "single", ("phone_scmp", "2019", 2019))
fact("phone/hang-seng", "single", ("phone_scmp", "22 per cent", 22))
# ---- snow: record early snowstorm, Twin Cities, Minn., Tuesday 13 October 2026. MSP total 6.8 inches (Star Tribune,
#      AP) vs 7.2 inches (KARE 11); Plymouth 10.1 vs 9.6 inches; peak outages about 45,000 vs more than 60,000;
#      I-94 crash victim 71 (Strib) vs 72 (AP).
fact("snow/total", "conflict", ("snow_startribune", "6.8 inches", 6.8, "Storm dropped 6.8 inches"), ("snow_startribune", "6.8 inches", 6.8, "dumped 6.8 inches"),
     ("snow_kare11", "7.2 inches", 7.2), ("snow_ap", "more than half a foot", 6), ("snow_ap", "6.8 inches", 6.8), ("snow_ap", "17 centimeters", None))
fact("snow/plymouth", "conflict", ("snow_startribune", "10.1 inches", 10.1), ("snow_kare11", "9.6 inches", 9.6))
fact("snow/outages", "conflict", ("snow_startribune", "About 45,000", 45000), ("snow_kare11", "more than 60,000", 60000),
     ("snow_ap", "tens of thousands", 20000), ("snow_ap", "about 45,000", 45000))
fact("snow/crash-victim-age", "conflict", ("snow_startribune", "71-year-old", 71), ("snow_ap", "72-year-old", 72))
fact("snow/old-record", "agree", ("snow_startribune", "1.5 inches", 1.5), ("snow_kare11", "1.5 inches", 1.5))
fact("snow/old-record-year", "agree", ("snow_startribune", "1959", 1959), ("snow_kare11", "1959", 1959), ("snow_ap", "1959", 1959))
fact("snow/crashes", "agree", ("snow_startribune", "more than 300", 300), ("snow_kare11", "312", 312), ("snow_ap", "hundreds", 200))
fact("snow/flights", "agree", ("snow_startribune", "about 150", 150), ("snow_ap", "Nearly 150", 150))
fact("snow/start", "agree", ("snow_startribune", "shortly after 4 a.m.", "04:00"), ("snow_kare11", "around 4 a.m.", "04:00"))
fact("snow/emergency", "agree", ("snow_startribune", "9 p.m.", "21:00"), ("snow_kare11", "9 p.m.", "21:00", "starting at 9 p.m."),
     ("snow_kare11", "9 p.m.", "21:00", "also begins at 9 p.m."))
fact("snow/low", "agree", ("snow_startribune", "about 28 degrees", 28), ("snow_kare11", "near 28 degrees", 28))
fact("snow/date", "agree", ("snow_startribune", "Tuesday", "2026-10-13", "Airport on Tuesday"), ("snow_kare11", "Tuesday", "2026-10-13", "Tuesday's early-season"),
     ("snow_ap", "Tuesday", "2026-10-13", "Minneapolis area on Tuesday"), ("snow_kare11", "Tuesday", "2026-10-13", "Minnesota on Tuesday"),
     ("snow_ap", "Tuesday", "2026-10-13", "amounts like Tuesday's"), ("snow_startribune", "Oct. 13", "2026-10-13"),
     ("snow_kare11", "Oct. 13", "2026-10-13"), ("snow_ap", "Oct. 13", "2026-10-13"))
fact("snow/emergency-day", "agree", ("snow_startribune", "Tuesday", "2026-10-13", "9 p.m. Tuesday"), ("snow_kare11", "Tuesday", "2026-10-13", "9 p.m. Tuesday"))
fact("snow/low-day", "agree", ("snow_startribune", "Wednesday", "2026-10-14"), ("snow_kare11", "Wednesday", "2026-10-14", "Wednesday morning"))
fact("snow/weekend", "agree", ("snow_startribune", "near 55", 55), ("snow_kare11", "50s", 55), ("snow_ap", "50s", 55), ("snow_ap", "10s Celsius", None))
fact("snow/late-starts-day", "single", ("snow_kare11", "Wednesday", "2026-10-14", "late starts for Wednesday"))
fact("snow/blizzard-year", "agree", ("snow_startribune", "1991", 1991), ("snow_ap", "1991", 1991))
fact("snow/blizzard-total", "agree", ("snow_startribune", "28.4 inches", 28.4), ("snow_ap", "more than 2 feet", 24), ("snow_ap", "61 centimeters", None))
fact("snow/decades", "single", ("snow_startribune", "more than three decades", 30))
fact("snow/normal-first", "single", ("snow_startribune", "Nov. 8", "2026-11-08"))
fact("snow/rate", "single", ("snow_startribune", "more than an inch", 1))
fact("snow/hastings", "single", ("snow_startribune", "3 inches", 3))
fact("snow/patrol-from", "agree", ("snow_startribune", "5 a.m.", "05:00"), ("snow_kare11", "5 a.m.", "05:00"))
fact("snow/patrol-to", "agree", ("snow_startribune", "5 p.m.", "17:00"), ("snow_kare11", "5 p.m.", "17:00"))
fact("snow/spinouts", "single", ("snow_startribune", "188", 188))
fact("snow/ratio-kare", "single", ("snow_kare11", "nearly five times", 5))
fact("snow/maple-grove", "single", ("snow_kare11", "9.1", 9.1))
fact("snow/buffalo", "single", ("snow_kare11", "8.4", 8.4))
fact("snow/injury-crashes", "single", ("snow_kare11", "41", 41))
fact("snow/still-out", "single", ("snow_kare11", "about 18,000", 18000))
fact("snow/still-out-time", "single", ("snow_kare11", "9 p.m.", "21:00", "As of 9 p.m."))
fact("snow/first-inch", "single", ("snow_kare11", "Nov. 17", "2026-11-17"))
fact("snow/districts", "single", ("snow_kare11", "More than 40", 40))
fact("snow/ratio-ap", "single", ("snow_ap", "more than four times", 4))
fact("snow/marquette", "single", ("snow_ap", "up to 8 inches", 8), ("snow_ap", "20 centimeters", None))
# ---- runoff: Anchorage mayoral runoff, Sarah Lindqvist vs Tom Becker, Tuesday 12 May 2026 (vote by mail).
#      KTUU (election night, first count): 53.1% to 46.9%, lead about 4,100; ADN (Wednesday) and Alaska Public (Friday,
#      Thursday's count): 52.4% to 47.6%, margin 3,612 / more than 3,500. Becker 62 (KTUU) vs 61 (ADN, APM).
fact("runoff/lindqvist-share", "conflict", ("runoff_ktuu", "53.1%", 53.1), ("runoff_adn", "52.4%", 52.4), ("runoff_alaskapublic", "52.4%", 52.4))
fact("runoff/becker-share", "conflict", ("runoff_ktuu", "46.9%", 46.9), ("runoff_adn", "47.6%", 47.6), ("runoff_alaskapublic", "47.6%", 47.6))
fact("runoff/margin", "conflict", ("runoff_ktuu", "about 4,100 votes", 4100), ("runoff_adn", "3,612 votes", 3612),
     ("runoff_alaskapublic", "more than 3,500 votes", 3500))
fact("runoff/becker-age", "conflict", ("runoff_ktuu", "62", 62, "Becker, 62"), ("runoff_adn", "61", 61, "Becker, 61"), ("runoff_alaskapublic", "61-year-old", 61))
fact("runoff/lindqvist-age", "agree", ("runoff_adn", "46", 46, "Lindqvist, 46"), ("runoff_alaskapublic", "46", 46, "Lindqvist, 46"))
fact("runoff/first-round", "agree", ("runoff_ktuu", "April 7", "2026-04-07"), ("runoff_adn", "April 7", "2026-04-07"))
fact("runoff/field", "agree", ("runoff_ktuu", "11", 11, "11 candidates"), ("runoff_adn", "11-person", 11))
fact("runoff/threshold", "agree", ("runoff_ktuu", "45%", 45), ("runoff_adn", "45%", 45, "Candidates need 45%"), ("runoff_adn", "45%", 45, "its 45% threshold"))
fact("runoff/certify", "agree", ("runoff_adn", "May 26", "2026-05-26"), ("runoff_alaskapublic", "May 26", "2026-05-26"))
fact("runoff/sworn", "agree", ("runoff_adn", "July 1", "2026-07-01"), ("runoff_alaskapublic", "July 1", "2026-07-01"))
fact("runoff/ballots", "agree", ("runoff_adn", "71,480", 71480), ("runoff_alaskapublic", "About 71,500", 71500))
fact("runoff/turnout", "agree", ("runoff_adn", "about 34%", 34), ("runoff_alaskapublic", "33.8%", 33.8))
fact("runoff/date", "agree", ("runoff_ktuu", "Tuesday", "2026-05-12", "Tuesday night"), ("runoff_adn", "Tuesday", "2026-05-12", "Tuesday's runoff"),
     ("runoff_alaskapublic", "Tuesday", "2026-05-12", "Tuesday's runoff"))
fact("runoff/arrive-by", "single", ("runoff_ktuu", "May 22", "2026-05-22"))
fact("runoff/returned-through", "single", ("runoff_ktuu", "Monday", "2026-05-11", "returned through Monday"))
fact("runoff/lafrance-announce", "single", ("runoff_ktuu", "January", "2026-01"))
fact("runoff/next-count-time", "single", ("runoff_ktuu", "5 p.m.", "17:00"))
fact("runoff/next-count-day", "single", ("runoff_ktuu", "Wednesday", "2026-05-13"))
fact("runoff/dropboxes", "single", ("runoff_ktuu", "20", 20, "20 secure drop boxes"))
fact("runoff/dropbox-close", "single", ("runoff_ktuu", "8 p.m.", "20:00"))
fact("runoff/received", "single", ("runoff_ktuu", "about 68,000", 68000))
fact("runoff/assembly-since", "single", ("runoff_adn", "2020", 2020))
fact("runoff/first-round-lindqvist", "single", ("runoff_adn", "38%", 38))
fact("runoff/first-round-becker", "single", ("runoff_adn", "31%", 31))
fact("runoff/nth-runoff", "single", ("runoff_adn", "third", 3))
fact("runoff/2024", "single", ("runoff_adn", "2024", 2024))
fact("runoff/2024-margin", "single", ("runoff_adn", "fewer than 1,000", 1000))
fact("runoff/budget", "single", ("runoff_adn", "about $650 million", 650000000))
fact("runoff/assembly-size", "single", ("runoff_adn", "12", 12, "has 12 members"))
fact("runoff/left", "single", ("runoff_alaskapublic", "roughly 900", 900))
fact("runoff/registered", "single", ("runoff_alaskapublic", "roughly 212,000", 212000))
fact("runoff/homes", "single", ("runoff_alaskapublic", "1,500", 1500, "permit 1,500"))
fact("runoff/concede-day", "single", ("runoff_alaskapublic", "Thursday", "2026-05-14", "runoff to Sarah Lindqvist on Thursday"))
fact("runoff/senate-years", "single", ("runoff_alaskapublic", "2011 and 2019", "2011/2019"))
# ---- fish: mass fish kill (mostly bony herring) in the Darling-Baaka River downstream of Menindee, far west NSW,
#      first seen Thursday 19 March 2026. Stretch 40 km (ABC, AAP) vs about 60km (Guardian); oxygen 1.2 mg/L vs 0.9;
#      Wednesday's maximum 41 degrees (ABC) vs 42C (Guardian); Menindee about 500 people (ABC) vs fewer than 400 (AAP).
fact("fish/stretch", "conflict", ("fish_abc", "40-kilometre", 40), ("fish_guardian", "about 60km", 60), ("fish_aap", "about 40km", 40))
fact("fish/oxygen", "conflict", ("fish_abc", "1.2 milligrams per litre", 1.2), ("fish_guardian", "1.2mg a litre", 1.2), ("fish_aap", "0.9 milligrams per litre", 0.9))
fact("fish/max-temp", "conflict", ("fish_abc", "41 degrees Celsius", 41), ("fish_guardian", "42C", 42), ("fish_aap", "topped 41C", 41))
fact("fish/population", "conflict", ("fish_abc", "about 500", 500), ("fish_aap", "fewer than 400", 400))
fact("fish/dead", "agree", ("fish_abc", "Hundreds of thousands", 200000), ("fish_abc", "hundreds of thousands", 200000),
     ("fish_guardian", "Hundreds of thousands", 200000), ("fish_aap", "Hundreds of thousands", 200000))
fact("fish/first-seen", "agree", ("fish_abc", "Thursday", "2026-03-19", "Thursday afternoon"), ("fish_guardian", "Thursday", "2026-03-19"),
     ("fish_aap", "Thursday", "2026-03-19", "first noticed the fish on Thursday"))
fact("fish/oxygen-day", "agree", ("fish_abc", "Thursday", "2026-03-19", "per litre on Thursday"), ("fish_aap", "Thursday", "2026-03-19", "per litre on Thursday"))
fact("fish/temp-day", "agree", ("fish_abc", "Wednesday", "2026-03-18"), ("fish_guardian", "Wednesday", "2026-03-18"), ("fish_aap", "Wednesday", "2026-03-18"))
fact("fish/survive", "agree", ("fish_abc", "2mg/L", 2), ("fish_aap", "at least 2mg/L", 2))
fact("fish/release", "agree", ("fish_abc", "300 megalitres", 300), ("fish_guardian", "300 megalitres", 300), ("fish_aap", "300 megalitres", 300))
fact("fish/2023-dead", "agree", ("fish_abc", "millions", 2000000), ("fish_guardian", "20 million or more", 20000000), ("fish_aap", "millions", 2000000))
fact("fish/2023-kill", "agree", ("fish_abc", "2023", 2023, "like 2023 all over"), ("fish_abc", "2023", 2023, "found the 2023 fish kill"),
     ("fish_guardian", "2023", 2023, "the 2023 disaster"), ("fish_guardian", "March 2023", "2023-03"), ("fish_aap", "March 2023", "2023-03"))
fact("fish/years-since", "agree", ("fish_abc", "three years", 3), ("fish_guardian", "three years", 3, "three years after the 2023"),
     ("fish_guardian", "three years", 3, "three years after an estimated"))
fact("fish/broken-hill", "agree", ("fish_abc", "110km", 110), ("fish_aap", "about 110km", 110))
fact("fish/friday", "single", ("fish_abc", "Friday", "2026-03-20"))
fact("fish/hot-days", "single", ("fish_abc", "fourth", 4))
fact("fish/above", "single", ("fish_abc", "40C", 40))
fact("fish/resident-years", "single", ("fish_guardian", "30 years", 30))
fact("fish/film-day", "single", ("fish_guardian", "Friday", "2026-03-20"))
fact("fish/2018-19", "single", ("fish_guardian", "2018-19", "2018/2019"))
fact("fish/2018-dead", "single", ("fish_guardian", "up to a million", 1000000))
fact("fish/seven-years", "single", ("fish_guardian", "seven years", 7))
fact("fish/review-year", "single", ("fish_guardian", "2023", 2023, "found in 2023"))
fact("fish/recommendations", "single", ("fish_guardian", "11", 11))
fact("fish/elder-age", "single", ("fish_guardian", "67", 67))
fact("fish/visit", "single", ("fish_guardian", "Monday", "2026-03-23"))
fact("fish/basin", "single", ("fish_guardian", "more than 1 million square kilometres", 1000000))
fact("fish/nth", "single", ("fish_aap", "third", 3))
fact("fish/since-2018", "single", ("fish_aap", "2018", 2018))
fact("fish/river-length", "single", ("fish_aap", "about 1470km", 1470))
fact("fish/federal", "single", ("fish_aap", "$9 million", 9000000))
fact("fish/federal-since", "single", ("fish_aap", "2023", 2023, "since 2023"))
