"""Hand-written gold for the h16 held-out events (written before running claimcheck; claimcheck was not run by
the author at all: the lead scores the set).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8-h15 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than"/"topping" open above;
"up to"/"less than" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on a
half or quarter, 5 otherwise; "shortly after 10 a.m." read as 10:00-10:30.
Dates: ISO days; weekdays resolved against the publication date or the event date the cluster establishes.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- credit union robbery and chase (Green Country FCU, South Memorial Drive, Tulsa, Okla., Thursday 14 May 2026)
# News On 6 and KJRH report on the Thursday; the Tulsa World reports the affidavit on Friday.
fact("bankrob/amount", "conflict", ("bankrob_newson6", "about $18,000", 18000),
     ("bankrob_tulsaworld", "$21,000", 21000, "robbers took $21,000"), ("bankrob_tulsaworld", "$21,000", 21000, "took $21,000 and"),
     ("bankrob_kjrh", "more than $20,000", 20000))
fact("bankrob/chase-miles", "conflict", ("bankrob_newson6", "about 12 miles", 12),
     ("bankrob_tulsaworld", "15-mile", 15, "on 15-mile"), ("bankrob_tulsaworld", "15-mile", 15, "a 15-mile"),
     ("bankrob_kjrh", "12 miles", 12))
fact("bankrob/speed", "agree", ("bankrob_newson6", "more than 100 mph", 100), ("bankrob_tulsaworld", "105 mph", 105),
     ("bankrob_kjrh", "100 mph", 100))
fact("bankrob/mercer-age", "conflict", ("bankrob_newson6", "27-year-old", 27), ("bankrob_tulsaworld", "28", 28, "Mercer, 28"),
     ("bankrob_kjrh", "27", 27, "Mercer, 27"))
fact("bankrob/tate-age", "agree", ("bankrob_newson6", "31-year-old", 31), ("bankrob_tulsaworld", "31", 31, "Tate, 31"),
     ("bankrob_kjrh", "31", 31, "Tate, 31"))
fact("bankrob/time", "agree", ("bankrob_newson6", "about 10:15 a.m.", "10:15"), ("bankrob_tulsaworld", "shortly after 10 a.m.", "10:00"),
     ("bankrob_kjrh", "around 10:15 a.m.", "10:15"))
fact("bankrob/date", "agree", ("bankrob_newson6", "Thursday", "2026-05-14", "on Thursday morning"),
     ("bankrob_tulsaworld", "Thursday", "2026-05-14", "credit union Thursday"), ("bankrob_kjrh", "Thursday", "2026-05-14", "gunpoint Thursday"))
fact("bankrob/manhunt", "conflict", ("bankrob_newson6", "about two hours", 2), ("bankrob_tulsaworld", "nearly three hours", 3),
     ("bankrob_kjrh", "about two hours", 2))
fact("bankrob/employees", "agree", ("bankrob_newson6", "five", 5, "five employees"), ("bankrob_tulsaworld", "Five", 5, "Five employees"))
fact("bankrob/customers", "agree", ("bankrob_newson6", "two", 2, "two customers"), ("bankrob_tulsaworld", "two", 2, "two customers"))
fact("bankrob/officers-hurt", "agree", ("bankrob_newson6", "One", 1, "One Tulsa officer"), ("bankrob_kjrh", "One", 1, "One officer was hurt"))
fact("bankrob/suspects", "agree", ("bankrob_newson6", "Two", 2, "Two men are in custody"),
     ("bankrob_tulsaworld", "Two", 2, "Two men accused"), ("bankrob_kjrh", "two", 2, "arrested two men"))
fact("bankrob/inside", "single", ("bankrob_newson6", "Seven", 7))
fact("bankrob/block", "single", ("bankrob_newson6", "7100 block", 7100))
fact("bankrob/counts", "single", ("bankrob_tulsaworld", "four counts", 4))
fact("bankrob/bond", "single", ("bankrob_tulsaworld", "$500,000", 500000))
fact("bankrob/drawers", "single", ("bankrob_tulsaworld", "three drawers", 3))
fact("bankrob/stolen-truck", "single", ("bankrob_tulsaworld", "two days earlier", 2))
fact("bankrob/2023-robbery", "single", ("bankrob_tulsaworld", "November 2023", "2023-11"))
fact("bankrob/state-robberies", "single", ("bankrob_tulsaworld", "41", 41))
fact("bankrob/court", "single", ("bankrob_tulsaworld", "June 2", "2026-06-02"))
fact("bankrob/released", "single", ("bankrob_tulsaworld", "January", "2026-01"))
fact("bankrob/city-robberies", "single", ("bankrob_kjrh", "third", 3, "third bank robbery"))
# ---- gas station drive-by shooting (Marathon station, Ellis Avenue, Jackson, Miss., Saturday 8 August 2026, 11:40 p.m.)
# WLBT is the early Sunday report (one dead, two hurt); Hill died Sunday (Clarion Ledger, WJTV, both Monday).
fact("gasstation/dead", "conflict", ("gasstation_wlbt", "1", 1, "1 killed"), ("gasstation_wlbt", "One", 1, "One man is dead"),
     ("gasstation_clarionledger", "two", 2, "death toll to two"), ("gasstation_wjtv", "two", 2, "killed two men"),
     ("gasstation_wjtv", "two", 2, "took two lives"))
fact("gasstation/time", "agree", ("gasstation_wlbt", "around 11:40 p.m.", "23:40"), ("gasstation_clarionledger", "11:40 p.m.", "23:40"),
     ("gasstation_wjtv", "about 11:45 p.m.", "23:45"))
fact("gasstation/date", "agree", ("gasstation_wlbt", "Saturday", "2026-08-08", "late Saturday night"),
     ("gasstation_clarionledger", "Saturday", "2026-08-08", "Saturday night"), ("gasstation_wjtv", "Saturday, August 8", "2026-08-08"))
fact("gasstation/brooks-age", "agree", ("gasstation_clarionledger", "19", 19, "Brooks, 19"), ("gasstation_wjtv", "19-year-old", 19))
fact("gasstation/hill-age", "conflict", ("gasstation_clarionledger", "42", 42, "Hill, 42"), ("gasstation_wjtv", "43", 43, "Hill, 43"))
fact("gasstation/woman-age", "agree", ("gasstation_clarionledger", "23-year-old", 23), ("gasstation_wjtv", "23", 23, "woman, 23"))
fact("gasstation/suspect-age", "agree", ("gasstation_clarionledger", "17-year-old", 17, "17-year-old charged"),
     ("gasstation_clarionledger", "17-year-old", 17, "and a 17-year-old has"), ("gasstation_wjtv", "17-year-old", 17, "the 17-year-old suspect"))
fact("gasstation/arrest-day", "conflict", ("gasstation_clarionledger", "Monday", "2026-08-10", "teenager Monday afternoon"),
     ("gasstation_wjtv", "Sunday", "2026-08-09", "late Sunday"))
fact("gasstation/hill-death-day", "agree", ("gasstation_clarionledger", "Sunday", "2026-08-09", "died Sunday"),
     ("gasstation_wjtv", "the next day", "2026-08-09"))
fact("gasstation/murder-counts", "agree", ("gasstation_clarionledger", "two", 2, "two counts"), ("gasstation_wjtv", "two", 2, "two counts"))
fact("gasstation/shots", "agree", ("gasstation_wlbt", "more than a dozen", 12), ("gasstation_wjtv", "at least 14", 14))
fact("gasstation/reward", "agree", ("gasstation_wlbt", "up to $2,500", 2500), ("gasstation_wjtv", "up to $2,500", 2500))
fact("gasstation/groups", "agree", ("gasstation_clarionledger", "two", 2, "between two groups"), ("gasstation_wjtv", "two", 2, "between two groups"))
fact("gasstation/wounded-early", "single", ("gasstation_wlbt", "2", 2, "2 hurt"), ("gasstation_wlbt", "two", 2, "two other people"),
     ("gasstation_wlbt", "two", 2, "other two victims"))
fact("gasstation/shot", "single", ("gasstation_wlbt", "Three", 3, "Three people were shot"))
fact("gasstation/homicide-no", "single", ("gasstation_wlbt", "58th", 58))
fact("gasstation/homicides-year", "single", ("gasstation_clarionledger", "61", 61))
fact("gasstation/2023-homicides", "single", ("gasstation_clarionledger", "118", 118))
fact("gasstation/2023", "single", ("gasstation_clarionledger", "2023", 2023))
fact("gasstation/graduated", "single", ("gasstation_clarionledger", "May", "2026-05", "in May"))
fact("gasstation/other-victim-age", "single", ("gasstation_wjtv", "30-year-old", 30))
fact("gasstation/other-shooting-day", "single", ("gasstation_wjtv", "Sunday", "2026-08-09", "separate shooting Sunday"))
# ---- mall shooting (fictional Eastgate Commons, east Columbus, Ohio, Saturday 28 November 2026, about 2:12 p.m.)
# 10TV is the Saturday-evening report (three hurt, one critical); the Dispatch and NBC4 (updated Sunday) have four wounded.
fact("mall/victim-age", "conflict", ("mall_10tv", "16-year-old", 16), ("mall_dispatch", "17", 17, "Porter, 17"),
     ("mall_nbc4", "17-year-old", 17, "17-year-old killed"), ("mall_nbc4", "17-year-old", 17, "A 17-year-old boy"))
fact("mall/wounded", "conflict", ("mall_10tv", "3", 3, "3 hurt"), ("mall_10tv", "three", 3, "three other people"),
     ("mall_10tv", "Three", 3, "Three people were hurt"),
     ("mall_dispatch", "four", 4, "wounded four other"), ("mall_dispatch", "four", 4, "Of the four"),
     ("mall_nbc4", "four", 4, "four wounded"), ("mall_nbc4", "four", 4, "four other people"), ("mall_nbc4", "Four", 4, "Four others"))
fact("mall/critical", "conflict", ("mall_10tv", "one", 1, "including one who"), ("mall_dispatch", "Two", 2, "Two of the wounded"))
fact("mall/time", "agree", ("mall_10tv", "around 2:15 p.m.", "14:15"), ("mall_dispatch", "2:12 p.m.", "14:12"),
     ("mall_nbc4", "shortly after 2 p.m.", "14:00"))
fact("mall/date", "agree", ("mall_10tv", "Saturday", "2026-11-28", "on Saturday afternoon"),
     ("mall_dispatch", "Saturday", "2026-11-28", "2:12 p.m. Saturday"), ("mall_nbc4", "Saturday", "2026-11-28", "mall Saturday"))
fact("mall/shots", "conflict", ("mall_10tv", "six", 6, "six shots"), ("mall_dispatch", "at least eight", 8))
fact("mall/lockdown", "conflict", ("mall_10tv", "about 90 minutes", 90), ("mall_dispatch", "nearly two hours", 120),
     ("mall_nbc4", "about an hour and a half", 90))
fact("mall/suspect-age", "agree", ("mall_dispatch", "18-year-old", 18, "arrest 18-year-old"), ("mall_dispatch", "18-year-old", 18, "an 18-year-old man in"),
     ("mall_dispatch", "18", 18, "Sims, 18"), ("mall_nbc4", "18-year-old", 18, "an 18-year-old man has"))
fact("mall/shoppers", "agree", ("mall_dispatch", "an estimated 3,000", 3000), ("mall_nbc4", "thousands", 2000))
fact("mall/girl-age", "agree", ("mall_dispatch", "12-year-old", 12), ("mall_nbc4", "12-year-old", 12))
fact("mall/2024-date", "agree", ("mall_dispatch", "December 2024", "2024-12"), ("mall_nbc4", "December 2024", "2024-12"))
fact("mall/2024-age", "agree", ("mall_dispatch", "15-year-old", 15), ("mall_nbc4", "15-year-old", 15))
fact("mall/groups", "agree", ("mall_10tv", "two", 2, "between two groups"), ("mall_nbc4", "two", 2, "between two groups"))
fact("mall/reopen", "agree", ("mall_10tv", "Sunday", "2026-11-29", "reopen Sunday"), ("mall_dispatch", "Sunday", "2026-11-29", "reopened Sunday"),
     ("mall_nbc4", "Sunday", "2026-11-29", "The mall reopened Sunday"))
fact("mall/stores", "single", ("mall_10tv", "more than 120", 120))
fact("mall/sheltered", "single", ("mall_10tv", "Hundreds", 200))
fact("mall/daughters", "single", ("mall_10tv", "two", 2, "two daughters"))
fact("mall/charge-counts", "single", ("mall_dispatch", "four counts", 4))
fact("mall/bond", "single", ("mall_dispatch", "$2 million", 2e6))
fact("mall/bystander-age", "single", ("mall_dispatch", "44-year-old", 44))
fact("mall/bystanders", "single", ("mall_dispatch", "two", 2, "two were bystanders"))
fact("mall/stable", "single", ("mall_dispatch", "two", 2, "other two were stable"))
fact("mall/homicide-no", "single", ("mall_dispatch", "104th", 104))
fact("mall/court", "single", ("mall_dispatch", "Tuesday", "2026-12-01"))
fact("mall/curfew-age", "single", ("mall_nbc4", "under 18", 18))
# ---- bear attack (Demanovska dolina, Low Tatras, Slovakia, Tuesday 16 June 2026, about 9:30 a.m.)
fact("bear/victim-age", "conflict", ("bear_tasr", "58-year-old", 58), ("bear_reuters", "58-year-old", 58), ("bear_spectator", "57-year-old", 57))
fact("bear/time", "agree", ("bear_tasr", "around 9.30", "09:30"), ("bear_reuters", "about 9:30 a.m.", "09:30"), ("bear_spectator", "about 9:30", "09:30"))
fact("bear/date", "agree", ("bear_tasr", "Tuesday", "2026-06-16", "on Tuesday morning"), ("bear_reuters", "Tuesday", "2026-06-16", "mountains on Tuesday"),
     ("bear_spectator", "Tuesday", "2026-06-16", "on Tuesday morning"), ("bear_spectator", "Tuesday, June 16", "2026-06-16"))
fact("bear/distance", "agree", ("bear_tasr", "about 2 kilometres", 2), ("bear_reuters", "some 2 km", 2))
fact("bear/cubs", "agree", ("bear_tasr", "two", 2, "two cubs"), ("bear_reuters", "two", 2, "two cubs"), ("bear_spectator", "two", 2, "two cubs"))
fact("bear/weight", "conflict", ("bear_tasr", "about 200 kilograms", 200), ("bear_spectator", "around 250 kg", 250))
fact("bear/surgery", "conflict", ("bear_tasr", "three-hour", 3), ("bear_spectator", "more than four hours", 4))
fact("bear/attacks-year", "conflict", ("bear_tasr", "17th", 17), ("bear_reuters", "more than 20", 20), ("bear_spectator", "17", 17, "17 bear attacks"))
fact("bear/population", "agree", ("bear_tasr", "roughly 1,300", 1300), ("bear_reuters", "about 1,300", 1300), ("bear_spectator", "an estimated 1,275", 1275))
fact("bear/cull", "agree", ("bear_tasr", "up to 350", 350), ("bear_reuters", "up to 350", 350), ("bear_spectator", "up to 350", 350))
fact("bear/cull-year", "agree", ("bear_tasr", "2025", "2025"), ("bear_reuters", "last year", "2025", "last year declared"),
     ("bear_spectator", "2025", "2025"))
fact("bear/rescue-time", "single", ("bear_tasr", "25 minutes", 25))
fact("bear/municipalities", "single", ("bear_reuters", "55", 55))
fact("bear/last-year-attacks", "single", ("bear_spectator", "22", 22))
fact("bear/hikers", "single", ("bear_spectator", "thousands", 2000))
# ---- fishing boat capsizing (29-ton boat, off Marado, Jeju, South Korea, early Sunday 8 March 2026, 4:12 a.m. KST)
# Yonhap is the early report (three dead, two missing); a fourth body was found in the hull on Sunday afternoon.
fact("boat/dead", "conflict", ("boat_yonhap", "3", 3, "3 dead"), ("boat_yonhap", "Three", 3, "Three crew members died"),
     ("boat_yonhap", "Three", 3, "Three others were pulled"),
     ("boat_reuters", "Four", 4, "Four dead"), ("boat_reuters", "Four", 4, "Four crew members were killed"),
     ("boat_koreaherald", "4", 4, "kills 4"), ("boat_koreaherald", "four", 4, "killing four"))
fact("boat/missing", "conflict", ("boat_yonhap", "2", 2, "2 missing"), ("boat_yonhap", "two", 2, "two others were missing"),
     ("boat_yonhap", "two", 2, "the two missing"),
     ("boat_reuters", "one", 1, "one missing"), ("boat_reuters", "one", 1, "one was missing"),
     ("boat_koreaherald", "one", 1, "one crew member who remains"))
fact("boat/crew", "agree", ("boat_yonhap", "10", 10, "10 crew members"), ("boat_reuters", "10", 10, "10 crew aboard"),
     ("boat_koreaherald", "10", 10, "with 10 crew"), ("boat_koreaherald", "10", 10, "Of the 10 crew"))
fact("boat/rescued", "agree", ("boat_yonhap", "Five", 5, "Five crew members were rescued"), ("boat_reuters", "Five", 5, "Five sailors"),
     ("boat_koreaherald", "Five", 5, "Five of the crew"))
fact("boat/koreans", "agree", ("boat_yonhap", "six", 6, "six South Koreans"), ("boat_reuters", "Six", 6, "Six of the crew"),
     ("boat_koreaherald", "six", 6, "six were Korean"))
fact("boat/indonesians", "agree", ("boat_yonhap", "four", 4, "four Indonesians"), ("boat_reuters", "four", 4, "four were Indonesian"),
     ("boat_koreaherald", "four", 4, "four Indonesian"))
fact("boat/tonnage", "agree", ("boat_yonhap", "29-ton", 29), ("boat_reuters", "29-ton", 29), ("boat_koreaherald", "29-ton", 29))
fact("boat/time", "agree", ("boat_yonhap", "4:12 a.m.", "04:12"), ("boat_reuters", "around 4 a.m.", "04:00"),
     ("boat_reuters", "1900 GMT", None), ("boat_koreaherald", "4:12 a.m.", "04:12"))
fact("boat/distance", "conflict", ("boat_yonhap", "about 22 kilometers", 22), ("boat_reuters", "about 22 km", 22),
     ("boat_reuters", "14 miles", None), ("boat_koreaherald", "some 35 kilometers", 35))
fact("boat/captain-age", "conflict", ("boat_yonhap", "61-year-old", 61), ("boat_koreaherald", "62-year-old", 62))
fact("boat/vessels", "agree", ("boat_yonhap", "13 vessels", 13), ("boat_reuters", "13 ships", 13))
fact("boat/waves", "agree", ("boat_yonhap", "up to 3 meters", 3), ("boat_reuters", "up to 3 metres", 3), ("boat_koreaherald", "3 meters", 3))
fact("boat/departure", "agree", ("boat_yonhap", "Saturday", "2026-03-07", "on Saturday afternoon"),
     ("boat_koreaherald", "Saturday", "2026-03-07", "on Saturday afternoon"))
fact("boat/date", "agree", ("boat_yonhap", "Sunday", "2026-03-08", "early Sunday"), ("boat_reuters", "Sunday", "2026-03-08", "Jeju on Sunday"),
     ("boat_koreaherald", "Sunday", "2026-03-08", "Island on Sunday"), ("boat_koreaherald", "Sunday", "2026-03-08", "4:12 a.m. Sunday"))
fact("boat/missing-age", "agree", ("boat_reuters", "in his 20s", 25), ("boat_koreaherald", "27-year-old", 27))
fact("boat/aircraft", "single", ("boat_yonhap", "three aircraft", 3))
fact("boat/korean-dead", "single", ("boat_yonhap", "two", 2, "two South Koreans"))
fact("boat/accidents", "single", ("boat_reuters", "62", 62))
fact("boat/sewol-year", "single", ("boat_reuters", "2014", 2014))
fact("boat/sewol-dead", "single", ("boat_reuters", "more than 300", 300))
fact("boat/recovered-morning", "single", ("boat_koreaherald", "Three", 3, "Three were recovered"))
fact("boat/lifejackets", "single", ("boat_koreaherald", "three", 3, "Only three"))
fact("boat/capsize-time", "single", ("boat_koreaherald", "within a minute", 1))
fact("boat/2024", "single", ("boat_koreaherald", "2024", 2024))
# ---- nurses' strike (NZNO, New Zealand, 24 hours from 7am Thursday 23 July 2026)
fact("nurses/strikers", "agree", ("nurses_rnz", "About 36,000", 36000), ("nurses_nzherald", "36,000", 36000, "as 36,000 walk out"),
     ("nurses_nzherald", "about 36,000", 36000), ("nurses_nzherald", "Tens of thousands", 20000), ("nurses_stuff", "More than 30,000", 30000))
fact("nurses/duration", "agree", ("nurses_rnz", "24-hour", 24, "begun a 24-hour"), ("nurses_nzherald", "24 hours", 24, "for 24 hours today"),
     ("nurses_stuff", "24 hours", 24))
fact("nurses/start", "agree", ("nurses_rnz", "7am", "07:00", "started at 7am"), ("nurses_nzherald", "7am", "07:00", "began at 7am"),
     ("nurses_stuff", "7am", "07:00"))
fact("nurses/date", "agree", ("nurses_rnz", "Thursday", "2026-07-23", "7am on Thursday"), ("nurses_nzherald", "today", "2026-07-23", "24 hours today"),
     ("nurses_stuff", "Thursday", "2026-07-23", "7am on Thursday"))
fact("nurses/surgeries", "conflict", ("nurses_rnz", "more than 2,000", 2000), ("nurses_nzherald", "Thousands", 2000),
     ("nurses_nzherald", "about 1,800", 1800), ("nurses_stuff", "1,850", 1850))
fact("nurses/vote", "conflict", ("nurses_rnz", "94 per cent", 94), ("nurses_nzherald", "more than 90%", 90), ("nurses_stuff", "92%", 92))
fact("nurses/offer", "agree", ("nurses_rnz", "3 per cent", 3), ("nurses_nzherald", "3%", 3))
fact("nurses/offer-term", "agree", ("nurses_rnz", "three years", 3, "spread over three years"),
     ("nurses_nzherald", "three years", 3, "increase over three years"), ("nurses_stuff", "three years", 3, "for three years"))
fact("nurses/claim", "agree", ("nurses_rnz", "18.5 per cent", 18.5), ("nurses_nzherald", "18.5%", 18.5))
fact("nurses/claim-cost", "agree", ("nurses_rnz", "about $1.6 billion", 1.6e9), ("nurses_nzherald", "$1.6 billion", 1.6e9))
fact("nurses/2018", "agree", ("nurses_rnz", "2018", 2018), ("nurses_nzherald", "2018", 2018))
fact("nurses/2018-strikers", "agree", ("nurses_rnz", "30,000", 30000, "when 30,000"), ("nurses_nzherald", "30,000", 30000, "when 30,000"))
fact("nurses/next-strike", "agree", ("nurses_rnz", "30 July", "2026-07-30"), ("nurses_nzherald", "July 30", "2026-07-30"),
     ("nurses_stuff", "next Thursday", "2026-07-30"))
fact("nurses/districts", "single", ("nurses_rnz", "20", 20, "all 20"))
fact("nurses/picket", "single", ("nurses_rnz", "about 200", 200))
fact("nurses/decades", "single", ("nurses_rnz", "three decades", 30))
fact("nurses/service-years", "single", ("nurses_nzherald", "22 years", 22))
fact("nurses/nurse-age", "single", ("nurses_nzherald", "26", 26, "nurse, 26"))
fact("nurses/australia-pay", "single", ("nurses_nzherald", "about a third", 33))
fact("nurses/shortage", "single", ("nurses_nzherald", "about 4,000", 4000))
fact("nurses/vacancies", "single", ("nurses_nzherald", "roughly 1,100", 1100))
fact("nurses/offer-yearly", "single", ("nurses_stuff", "1%", 1))
fact("nurses/patients", "single", ("nurses_stuff", "eight", 8, "eight patients"))
fact("nurses/tupou-age", "single", ("nurses_stuff", "34", 34))
fact("nurses/extra-shifts", "single", ("nurses_stuff", "11", 11))
fact("nurses/life-preserving", "single", ("nurses_stuff", "about 3,000", 3000))
fact("nurses/april", "single", ("nurses_stuff", "April", "2026-04"))
fact("nurses/doctors-strike", "single", ("nurses_stuff", "May", "2026-05"))
# ---- athletics meeting (Bislett Games, Oslo, Thursday 11 June 2026): fictional 400m hurdles world record
fact("athletics/record", "agree", ("athletics_reuters", "45.88 seconds", 45.88), ("athletics_afp", "45.88 seconds", 45.88),
     ("athletics_aw", "45.88", 45.88, "runs 45.88"), ("athletics_aw", "45.88", 45.88, "ran 45.88"))
fact("athletics/margin", "agree", ("athletics_reuters", "0.06 seconds", 0.06), ("athletics_aw", "six hundredths", 0.06))
fact("athletics/old-record", "agree", ("athletics_reuters", "45.94", 45.94), ("athletics_afp", "45.94", 45.94))
fact("athletics/old-record-year", "agree", ("athletics_reuters", "2021", 2021), ("athletics_afp", "2021", 2021),
     ("athletics_aw", "five years ago", 2021))
fact("athletics/age", "conflict", ("athletics_reuters", "26-year-old", 26), ("athletics_afp", "27-year-old", 27), ("athletics_aw", "26-year-old", 26))
fact("athletics/previous-best", "agree", ("athletics_afp", "46.12", 46.12), ("athletics_aw", "46.12", 46.12))
fact("athletics/second", "agree", ("athletics_reuters", "46.41 seconds", 46.41), ("athletics_afp", "46.41", 46.41), ("athletics_aw", "46.41", 46.41))
fact("athletics/crowd", "conflict", ("athletics_reuters", "15,000", 15000, "crowd of 15,000"), ("athletics_afp", "Some 13,000", 13000))
fact("athletics/bonus", "conflict", ("athletics_reuters", "$50,000", 50000), ("athletics_afp", "$100,000", 100000))
fact("athletics/meeting-records", "conflict", ("athletics_reuters", "three", 3, "three meeting records"), ("athletics_aw", "four", 4, "four meeting records"))
fact("athletics/5000m", "agree", ("athletics_reuters", "14 minutes 12.45 seconds", 852.45), ("athletics_afp", "14min 12.45sec", 852.45),
     ("athletics_aw", "14:12.45", 852.45))
fact("athletics/100m", "agree", ("athletics_reuters", "10.79 seconds", 10.79), ("athletics_afp", "10.79sec", 10.79), ("athletics_aw", "10.79", 10.79))
fact("athletics/date", "agree", ("athletics_reuters", "Thursday", "2026-06-11"), ("athletics_afp", "Thursday", "2026-06-11"),
     ("athletics_aw", "Thursday", "2026-06-11"))
fact("athletics/next-meeting", "agree", ("athletics_reuters", "Sunday", "2026-06-14"), ("athletics_afp", "Sunday", "2026-06-14"),
     ("athletics_aw", "Sunday", "2026-06-14"))
fact("athletics/worlds", "single", ("athletics_reuters", "last September", "2025-09"))
fact("athletics/rebuilt", "single", ("athletics_reuters", "2005", 2005))
fact("athletics/1920s", "single", ("athletics_reuters", "1920s", 1920))
fact("athletics/six-years", "single", ("athletics_reuters", "six years", 6))
fact("athletics/third", "single", ("athletics_afp", "46.70", 46.7))
fact("athletics/capacity", "single", ("athletics_aw", "15,000-capacity", 15000))
fact("athletics/split", "single", ("athletics_aw", "21.3", 21.3))
fact("athletics/dos-santos-title", "single", ("athletics_aw", "2022", 2022))
# ---- hurricane power cuts (fictional Hurricane Kyle, landfall near Morgan City, La., Wednesday 9 September 2026)
# AP is the early Thursday report ("at least two" dead); Reuters (Thursday) has four, WWL (Friday) three confirmed
# and a fourth under investigation.
fact("hurricane/dead", "conflict", ("hurricane_ap", "at least 2", 2, "at least 2 dead"), ("hurricane_ap", "At least two", 2),
     ("hurricane_reuters", "four", 4, "kills four"), ("hurricane_reuters", "four", 4, "killed four people"),
     ("hurricane_wwl", "3", 3, "rises to 3"), ("hurricane_wwl", "three", 3, "confirmed three deaths"),
     ("hurricane_wwl", "three", 3, "The three confirmed"))
fact("hurricane/peak-outage", "agree", ("hurricane_ap", "more than 600,000", 600000), ("hurricane_reuters", "750,000", 750000, "leaves 750,000"),
     ("hurricane_reuters", "about 750,000", 750000), ("hurricane_wwl", "more than 700,000", 700000))
fact("hurricane/category", "agree", ("hurricane_ap", "Category 2", 2), ("hurricane_reuters", "Category 2", 2), ("hurricane_wwl", "Category 2", 2))
fact("hurricane/winds", "conflict", ("hurricane_ap", "105 mph", 105), ("hurricane_reuters", "105 miles per hour", 105),
     ("hurricane_reuters", "169 kph", None), ("hurricane_wwl", "110 mph", 110))
fact("hurricane/landfall-time", "conflict", ("hurricane_ap", "5 p.m. CDT", "17:00"), ("hurricane_reuters", "around 6 p.m.", "18:00"),
     ("hurricane_reuters", "2300 GMT", None))
fact("hurricane/landfall-day", "agree", ("hurricane_ap", "Wednesday", "2026-09-09", "CDT Wednesday"),
     ("hurricane_reuters", "Wednesday", "2026-09-09"), ("hurricane_wwl", "Wednesday", "2026-09-09"))
fact("hurricane/tree-victim-age", "agree", ("hurricane_ap", "71-year-old", 71), ("hurricane_reuters", "71-year-old", 71),
     ("hurricane_wwl", "71-year-old", 71))
fact("hurricane/co-victim-age", "agree", ("hurricane_reuters", "45-year-old", 45), ("hurricane_wwl", "45-year-old", 45))
fact("hurricane/restoration", "agree", ("hurricane_ap", "up to two weeks", 14), ("hurricane_reuters", "within two weeks", 14),
     ("hurricane_wwl", "10 to 14 days", 12))
fact("hurricane/line-workers", "agree", ("hurricane_ap", "More than 15,000", 15000), ("hurricane_reuters", "about 16,000", 16000))
fact("hurricane/sheltered", "conflict", ("hurricane_ap", "About 3,200", 3200), ("hurricane_wwl", "More than 4,000", 4000))
fact("hurricane/surge", "agree", ("hurricane_ap", "up to 10 feet", 10), ("hurricane_wwl", "8 to 12 feet", 10))
fact("hurricane/ida-year", "agree", ("hurricane_ap", "2021", 2021), ("hurricane_reuters", "2021", 2021), ("hurricane_wwl", "2021", 2021))
fact("hurricane/ida-outage", "agree", ("hurricane_ap", "more than 1 million", 1e6), ("hurricane_wwl", "more than 1 million", 1e6))
fact("hurricane/states", "single", ("hurricane_ap", "at least 20", 20))
fact("hurricane/guidry-age", "single", ("hurricane_ap", "52", 52))
fact("hurricane/children", "single", ("hurricane_ap", "three children", 3))
fact("hurricane/noise", "single", ("hurricane_ap", "about three hours", 3))
fact("hurricane/rescued", "single", ("hurricane_ap", "dozens", 24))
fact("hurricane/rain", "single", ("hurricane_reuters", "More than 12 inches", 12), ("hurricane_reuters", "30 cm", None))
fact("hurricane/remaining-thu", "single", ("hurricane_reuters", "about 520,000", 520000))
fact("hurricane/gulf-shut", "single", ("hurricane_reuters", "About 18%", 18))
fact("hurricane/fifth", "single", ("hurricane_reuters", "fifth", 5))
fact("hurricane/gasoline", "single", ("hurricane_reuters", "about 1%", 1))
fact("hurricane/remaining-fri", "single", ("hurricane_wwl", "about 410,000", 410000))
fact("hurricane/woman-age", "single", ("hurricane_wwl", "63-year-old", 63))
fact("hurricane/fourth-death", "single", ("hurricane_wwl", "fourth", 4, "a fourth death"))
fact("hurricane/terrebonne-share", "single", ("hurricane_wwl", "about 40%", 40))
fact("hurricane/generator-distance", "single", ("hurricane_wwl", "at least 20 feet", 20))
# ---- crane collapse (condo site near Yonge Street and Eglinton Avenue, Toronto, Friday 16 October 2026)
# CP24 is the midday report (two injured); CBC and The Canadian Press (afternoon) have three injured.
fact("crane/dead", "single", ("crane_cp24", "One", 1, "One construction worker"), ("crane_cp24", "one", 1, "one man, believed"))
fact("crane/injured", "conflict", ("crane_cp24", "two", 2, "two injured"), ("crane_cp24", "two", 2, "two others have been injured"),
     ("crane_cp24", "Two", 2, "Two other workers"),
     ("crane_cbc", "3", 3, "3 hurt"), ("crane_cbc", "three", 3, "three others were injured"),
     ("crane_cp", "three", 3, "injures three"), ("crane_cp", "three", 3, "three others were hurt"))
fact("crane/victim-age", "conflict", ("crane_cp24", "in his 30s", 35), ("crane_cbc", "34", 34), ("crane_cp", "35-year-old", 35))
fact("crane/time", "agree", ("crane_cp24", "around 10:40 a.m.", "10:40"), ("crane_cbc", "10:35 a.m.", "10:35"),
     ("crane_cp", "shortly before 11 a.m.", "11:00"))
fact("crane/date", "agree", ("crane_cbc", "Friday", "2026-10-16", "Toronto on Friday"), ("crane_cp", "Friday", "2026-10-16", "hurt Friday"),
     ("crane_cp24", "this morning", "2026-10-16"))
fact("crane/height", "agree", ("crane_cbc", "about 60 metres", 60), ("crane_cp", "200-foot", None), ("crane_cp", "61-metre", 61))
fact("crane/storeys", "agree", ("crane_cbc", "38-storey", 38), ("crane_cp", "38-storey", 38))
fact("crane/evacuated", "conflict", ("crane_cp24", "About 300", 300), ("crane_cbc", "Roughly 500", 500), ("crane_cp", "hundreds", 200))
fact("crane/workers-on-site", "agree", ("crane_cbc", "About 120", 120), ("crane_cp", "More than 100", 100))
fact("crane/gusts", "agree", ("crane_cp24", "up to 70 km/h", 70), ("crane_cbc", "about 70 km/h", 70))
fact("crane/serious", "agree", ("crane_cp24", "one", 1, "one with serious"), ("crane_cbc", "One", 1, "One of the injured"),
     ("crane_cp", "One", 1, "One worker suffered"))
fact("crane/minor", "conflict", ("crane_cp24", "one", 1, "and one with injuries"), ("crane_cbc", "two", 2, "two others were treated"),
     ("crane_cp", "two", 2, "two others had minor"))
fact("crane/buildings", "single", ("crane_cp24", "two", 2, "two nearby apartment"))
fact("crane/floor", "single", ("crane_cbc", "24th", 24))
fact("crane/evac-until", "single", ("crane_cbc", "Sunday", "2026-10-18"))
fact("crane/career", "single", ("crane_cbc", "more than 10 years", 10))
fact("crane/children", "single", ("crane_cbc", "two", 2, "two young children"))
fact("crane/stop-work", "single", ("crane_cp", "three", 3, "three stop-work"))
fact("crane/ontario-deaths", "single", ("crane_cp", "21", 21))
