"""Hand-written gold for the h20 held-out events (written before any claimcheck run; the author ran none).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8, h9 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly +-10%; "at least"/"more than" open above; "less than"
open below; "nearly" 90-100%; a hedged time spans 30 min either side on the hour, 15 on a half or quarter,
5 otherwise ("shortly before/after" read as within that span on the named side). "in his 30s" is 30-39.
Exact numbers carry their rounding interval. Ordinals of a toll ("Second victim", "A third tourist") carry
the toll they announce. Dates: ISO days; events are dated from the reports' own publication lines or datelines.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- park: shooting at the basketball courts of Westlawn Park, Milwaukee, Sunday 20 Sep 2026, ~7:30 p.m.
fact("park/dead", "conflict", ("park_wisn", "1", 1, "1 dead"), ("park_wisn", "One", 1, "One person was killed"),
     ("park_journalsentinel", "Second", 2), ("park_journalsentinel", "two", 2, "shooting to two"), ("park_journalsentinel", "two", 2, "The two deaths"),
     ("park_fox6", "2", 2, "2 killed"), ("park_fox6", "Two", 2, "Two people are dead"))
fact("park/wounded", "conflict", ("park_wisn", "4", 4, "4 hurt"), ("park_wisn", "four", 4, "four others were wounded"),
     ("park_wisn", "four", 4, "The four people who were wounded"),
     ("park_journalsentinel", "Three", 3, "Three other people"),
     ("park_fox6", "3", 3, "3 wounded"), ("park_fox6", "three", 3, "three others were hurt"),
     ("park_fox6", "three", 3, "The three surviving"))
fact("park/first-victim-age", "conflict", ("park_wisn", "19-year-old", 19), ("park_journalsentinel", "19", 19, "Hicks, 19"),
     ("park_fox6", "20-year-old", 20))
fact("park/casings", "conflict", ("park_wisn", "more than 40", 40), ("park_journalsentinel", "Nearly 30", 30),
     ("park_fox6", "more than 40", 40))
fact("park/boy-age", "agree", ("park_journalsentinel", "17-year-old", 17), ("park_fox6", "17-year-old", 17))
fact("park/girl-age", "agree", ("park_wisn", "15-year-old", 15), ("park_fox6", "15-year-old", 15))
fact("park/shooters", "agree", ("park_wisn", "two", 2, "two gunmen"), ("park_journalsentinel", "at least two", 2))
fact("park/time", "agree", ("park_wisn", "shortly after 7:30 p.m.", "19:30"), ("park_journalsentinel", "about 7:35 p.m.", "19:35"),
     ("park_fox6", "around 7:30 p.m.", "19:30"))
fact("park/date", "agree", ("park_wisn", "Sunday", "2026-09-20", "Sunday evening"),
     ("park_journalsentinel", "Sunday", "2026-09-20", "courts Sunday night"),
     ("park_fox6", "Sunday, Sept. 20", "2026-09-20"))
fact("park/boy-died", "agree", ("park_journalsentinel", "Monday", "2026-09-21", "died Monday morning"),
     ("park_fox6", "Monday", "2026-09-21", "hospital Monday"))
fact("park/reward", "agree", ("park_journalsentinel", "$5,000", 5000), ("park_fox6", "$5,000", 5000))
fact("park/meeting", "agree", ("park_journalsentinel", "Thursday", "2026-09-24"), ("park_fox6", "Thursday, Sept. 24", "2026-09-24"))
fact("park/shot-total", "single", ("park_fox6", "five", 5, "find five people"))
fact("park/age-18", "single", ("park_fox6", "18-year-old", 18))
fact("park/age-22", "single", ("park_fox6", "22-year-old", 22))
fact("park/guns", "single", ("park_fox6", "at least two", 2, "at least two different guns"))
fact("park/shots-heard", "single", ("park_fox6", "about 20", 20))
fact("park/youth-program", "single", ("park_fox6", "about 3,000", 3000))
fact("park/young-share", "single", ("park_fox6", "about a third", 0.33))
fact("park/young-age", "single", ("park_fox6", "24", 24, "victims 24 or younger"))
fact("park/boy-death-time", "single", ("park_journalsentinel", "shortly after 6 a.m.", "06:00"))
fact("park/block", "single", ("park_journalsentinel", "5300 block", 5300))
fact("park/other-victim", "single", ("park_journalsentinel", "34-year-old", 34))
fact("park/other-earlier", "single", ("park_journalsentinel", "about two hours", 2))
fact("park/homicides-ytd", "single", ("park_journalsentinel", "98", 98))
fact("park/homicides-2025", "single", ("park_journalsentinel", "151", 151))
# ---- dui: drunk driver at ~90-95 mph runs a red light at 41st and Harvard, Tulsa, Saturday 10 Oct 2026, ~2:15 a.m.; couple killed
fact("dui/driver-age", "conflict", ("dui_kjrh", "24-year-old", 24), ("dui_tulsaworld", "25", 25, "Brandt, 25"),
     ("dui_newson6", "24", 24, "Brandt, 24"))
fact("dui/wife-age", "conflict", ("dui_kjrh", "49", 49, "52 and 49"), ("dui_tulsaworld", "49", 49, "52 and 49"),
     ("dui_newson6", "50", 50, "Whitfield, 50"))
fact("dui/bac", "conflict", ("dui_kjrh", "0.19", 0.19), ("dui_tulsaworld", "0.18", 0.18), ("dui_newson6", "0.19", 0.19))
fact("dui/bond", "conflict", ("dui_tulsaworld", "$250,000", 250000), ("dui_newson6", "$200,000", 200000))
fact("dui/husband-age", "agree", ("dui_kjrh", "52", 52, "52 and 49"), ("dui_tulsaworld", "52", 52, "52 and 49"),
     ("dui_newson6", "52", 52, "Whitfield, 52"))
fact("dui/time", "agree", ("dui_kjrh", "around 2:15 a.m.", "02:15"), ("dui_tulsaworld", "shortly after 2 a.m.", "02:00"),
     ("dui_newson6", "around 2:15", "02:15"))
fact("dui/speed", "agree", ("dui_kjrh", "about 90 mph", 90, "about 90 mph when"), ("dui_kjrh", "about 90 mph", 90, "going about 90 mph, twice"),
     ("dui_tulsaworld", "95 mph", 95), ("dui_newson6", "95 mph", 95))
fact("dui/limit", "agree", ("dui_kjrh", "45 mph", 45), ("dui_tulsaworld", "45 mph", 45))
fact("dui/manslaughter-counts", "agree", ("dui_kjrh", "two", 2, "two complaints"), ("dui_tulsaworld", "two", 2, "two counts"),
     ("dui_newson6", "two", 2, "two counts"))
fact("dui/prior-dui", "agree", ("dui_kjrh", "2023", 2023), ("dui_tulsaworld", "2023", 2023), ("dui_newson6", "2023", 2023))
fact("dui/date", "agree", ("dui_kjrh", "Saturday", "2026-10-10", "early Saturday"), ("dui_tulsaworld", "Saturday", "2026-10-10", "early Saturday"),
     ("dui_newson6", "Saturday", "2026-10-10", "Saturday morning"))
fact("dui/legal-limit", "single", ("dui_kjrh", "0.08", 0.08))
fact("dui/quote-dead", "single", ("dui_kjrh", "Two", 2, "Two people who"))
fact("dui/closure", "single", ("dui_kjrh", "about five hours", 5))
fact("dui/married", "single", ("dui_tulsaworld", "27 years", 27))
fact("dui/bars", "single", ("dui_tulsaworld", "two", 2, "two bars"))
fact("dui/deferred", "single", ("dui_tulsaworld", "one-year", 1))
fact("dui/ok-deaths", "single", ("dui_tulsaworld", "211", 211))
fact("dui/ok-year", "single", ("dui_tulsaworld", "2025", 2025))
fact("dui/other-crash", "single", ("dui_tulsaworld", "about an hour later", 1))
fact("dui/motorcyclist", "single", ("dui_tulsaworld", "31-year-old", 31))
fact("dui/gofundme", "single", ("dui_tulsaworld", "more than $12,000", 12000))
fact("dui/grandchildren", "single", ("dui_newson6", "three", 3, "three grandchildren"))
fact("dui/next-court", "single", ("dui_newson6", "Nov. 4", "2026-11-04"))
fact("dui/arrests", "single", ("dui_newson6", "1,480", 1480))
fact("dui/arrests-year", "single", ("dui_newson6", "2025", 2025))
# ---- clerk: clerk stabbed in a robbery at the Quick Stop Food Mart, Dixie Highway, Louisville, Tuesday 3 Nov 2026, ~10:40 p.m.
fact("clerk/clerk-age", "conflict", ("clerk_wlky", "61-year-old", 61), ("clerk_courierjournal", "62", 62, "Patel, 62"),
     ("clerk_wdrb", "61-year-old", 61))
fact("clerk/stab-count", "conflict", ("clerk_wlky", "at least five times", 5), ("clerk_courierjournal", "three times", 3),
     ("clerk_wdrb", "five times", 5))
fact("clerk/cash", "conflict", ("clerk_wlky", "about $400", 400), ("clerk_courierjournal", "less than $300", 300),
     ("clerk_wdrb", "about $400", 400))
fact("clerk/time", "agree", ("clerk_wlky", "around 10:45 p.m.", "22:45"), ("clerk_courierjournal", "around 10:40 p.m.", "22:40"),
     ("clerk_wdrb", "around 10:40 p.m.", "22:40"))
fact("clerk/date", "agree", ("clerk_wlky", "Tuesday", "2026-11-03"), ("clerk_courierjournal", "Tuesday", "2026-11-03"),
     ("clerk_wdrb", "Tuesday", "2026-11-03"))
fact("clerk/suspect-age", "agree", ("clerk_wlky", "30s", 35, "in his 30s"), ("clerk_courierjournal", "33-year-old", 33),
     ("clerk_wdrb", "33", 33, "Keel, 33"))
fact("clerk/bond", "agree", ("clerk_courierjournal", "$500,000", 500000), ("clerk_wdrb", "$500,000", 500000))
fact("clerk/years-at-store", "agree", ("clerk_courierjournal", "12 years", 12), ("clerk_wdrb", "more than a decade", 10))
fact("clerk/arraignment", "agree", ("clerk_courierjournal", "Thursday", "2026-11-05"), ("clerk_wdrb", "Thursday", "2026-11-05", "not guilty Thursday"))
fact("clerk/block", "single", ("clerk_wlky", "4700 block", 4700))
fact("clerk/height", "single", ("clerk_wlky", "about 6 feet", 6))
fact("clerk/arrest-day", "single", ("clerk_courierjournal", "Wednesday", "2026-11-04", "arrested Wednesday"))
fact("clerk/arrest-after", "single", ("clerk_courierjournal", "about 14 hours", 14))
fact("clerk/other-robbery", "single", ("clerk_courierjournal", "Monday", "2026-11-02"))
fact("clerk/release", "single", ("clerk_courierjournal", "March", "2026-03"))
fact("clerk/burglary", "single", ("clerk_courierjournal", "2019", 2019))
fact("clerk/earlier-robbery", "single", ("clerk_courierjournal", "2024", 2024))
fact("clerk/robberies-2026", "single", ("clerk_courierjournal", "57", 57))
fact("clerk/robberies-2025", "single", ("clerk_courierjournal", "44", 44))
fact("clerk/in-louisville", "single", ("clerk_wdrb", "more than 20 years", 20))
fact("clerk/vigil", "single", ("clerk_wdrb", "Saturday", "2026-11-07"))
fact("clerk/hearing", "single", ("clerk_wdrb", "Nov. 16", "2026-11-16"))
# ---- trench: drainage trench collapse at the Orchard Vale Homes site off Bell Road, Sittingbourne, Kent, Tuesday 12 May 2026, ~10.50am
fact("trench/dead", "conflict", ("trench_pa", "one", 1, "one man was pronounced dead"),
     ("trench_kentonline", "Two", 2, "Two men die"), ("trench_kentonline", "Two", 2, "Two workers have died"),
     ("trench_bbc", "Two", 2, "Two workers killed"), ("trench_bbc", "Two", 2, "Two men who died"))
fact("trench/older-age", "conflict", ("trench_kentonline", "47", 47, "28 and 47"), ("trench_bbc", "46", 46, "Holt, 46"))
fact("trench/depth", "conflict", ("trench_kentonline", "5m", 5), ("trench_bbc", "about 4m", 4), ("trench_bbc", "13ft", None))
fact("trench/younger-age", "agree", ("trench_kentonline", "28", 28, "aged 28 and"), ("trench_bbc", "28", 28, "Carter, 28"))
fact("trench/time", "agree", ("trench_pa", "shortly before 11am", "11:00"), ("trench_kentonline", "around 10.50am", "10:50"),
     ("trench_bbc", "about 10:50 BST", "10:50"))
fact("trench/date", "agree", ("trench_pa", "Tuesday", "2026-05-12", "11am on Tuesday"), ("trench_bbc", "Tuesday", "2026-05-12"))
fact("trench/firefighters", "agree", ("trench_pa", "More than 40", 40), ("trench_kentonline", "About 50", 50), ("trench_bbc", "About 50", 50))
fact("trench/recovery", "agree", ("trench_kentonline", "nearly eight hours", 8), ("trench_bbc", "more than six hours", 6))
fact("trench/homes", "agree", ("trench_pa", "240", 240), ("trench_kentonline", "240", 240), ("trench_bbc", "240", 240))
fact("trench/hse-construction", "agree", ("trench_pa", "51", 51), ("trench_bbc", "51", 51))
fact("trench/hse-period", "agree", ("trench_pa", "2023/24", "2024-03"), ("trench_bbc", "March 2024", "2024-03"))
fact("trench/buried", "single", ("trench_pa", "two", 2, "two men had been buried"))
fact("trench/hse-all", "single", ("trench_pa", "138", 138))
fact("trench/support-depth", "single", ("trench_pa", "1.2 metres", 1.2))
fact("trench/planning", "single", ("trench_kentonline", "2024", 2024))
fact("trench/dartford-age", "single", ("trench_kentonline", "54-year-old", 54))
fact("trench/dartford-month", "single", ("trench_kentonline", "February", "2026-02"))
fact("trench/recovered-time", "single", ("trench_bbc", "shortly before 19:00", "19:00"))
fact("trench/faversham-year", "single", ("trench_bbc", "2019", 2019))
fact("trench/faversham-age", "single", ("trench_bbc", "39-year-old", 39))
fact("trench/faversham-dist", "single", ("trench_bbc", "about 8 miles", 8), ("trench_bbc", "13km", None))
# ---- stores: Carver & Lane (fictional) to close 480 drugstores, Wednesday 28 Oct 2026, with fiscal Q3 results
fact("stores/jobs", "conflict", ("stores_reuters", "about 9,000", 9000, "cut about 9,000 jobs"),
     ("stores_reuters", "about 9,000", 9000, "and cut about 9,000 jobs, as"),
     ("stores_ap", "About 6,800", 6800), ("stores_cnbc", "roughly 9,000", 9000, "roughly 9,000 jobs"),
     ("stores_cnbc", "roughly 9,000", 9000, "roughly 9,000 positions"))
fact("stores/charge", "conflict", ("stores_reuters", "about $1.1 billion", 1.1e9), ("stores_ap", "$1.4 billion", 1.4e9),
     ("stores_cnbc", "$1.1 billion", 1.1e9, "$1.1 billion charge, as"), ("stores_cnbc", "$1.1 billion", 1.1e9, "announces 480"))
fact("stores/same-store", "conflict", ("stores_reuters", "3.8%", 3.8), ("stores_ap", "3.6%", 3.6), ("stores_cnbc", "3.8%", 3.8))
fact("stores/closures", "agree", ("stores_reuters", "480", 480, "close 480 stores"), ("stores_reuters", "480", 480, "close 480 of"),
     ("stores_ap", "nearly 500", 500), ("stores_ap", "480", 480),
     ("stores_cnbc", "480", 480, "announces 480"), ("stores_cnbc", "480", 480, "close 480 stores"), ("stores_cnbc", "480", 480, "shut 480"))
fact("stores/store-base", "agree", ("stores_reuters", "roughly 2,150", 2150), ("stores_ap", "about 2,150", 2150))
fact("stores/share", "agree", ("stores_reuters", "about 22%", 22), ("stores_ap", "nearly a quarter", 25), ("stores_cnbc", "about 22%", 22))
fact("stores/revenue", "agree", ("stores_reuters", "$9.8 billion", 9.8e9), ("stores_cnbc", "$9.8 billion", 9.8e9))
fact("stores/estimate", "agree", ("stores_reuters", "$10.1 billion", 10.1e9), ("stores_cnbc", "$10.1 billion", 10.1e9))
fact("stores/close-fall", "agree", ("stores_reuters", "7.5%", 7.5), ("stores_ap", "7.5%", 7.5), ("stores_cnbc", "7.5%", 7.5))
fact("stores/intraday", "agree", ("stores_reuters", "12%", 12), ("stores_cnbc", "12%", 12))
fact("stores/past-closures", "agree", ("stores_reuters", "about 300", 300), ("stores_cnbc", "about 300", 300))
fact("stores/past-year", "agree", ("stores_reuters", "2024", 2024), ("stores_cnbc", "2024", 2024))
fact("stores/complete", "agree", ("stores_reuters", "fiscal 2027", 2027), ("stores_ap", "2027", 2027))
fact("stores/date", "agree", ("stores_reuters", "Wednesday", "2026-10-28"), ("stores_ap", "Wednesday", "2026-10-28", "plan Wednesday"),
     ("stores_cnbc", "Wednesday", "2026-10-28"))
fact("stores/quarter", "agree", ("stores_reuters", "third", 3, "third-quarter"), ("stores_cnbc", "third", 3, "third quarter"))
fact("stores/months", "single", ("stores_reuters", "18 months", 18))
fact("stores/revenue-fall", "single", ("stores_reuters", "4.2%", 4.2))
fact("stores/profit-lift", "single", ("stores_reuters", "about $400 million", 4e8))
fact("stores/states", "single", ("stores_ap", "38 states", 38))
fact("stores/quarter-end", "single", ("stores_ap", "Sept. 30", "2026-09-30"))
fact("stores/ceo-start", "single", ("stores_ap", "January", "2026-01"))
fact("stores/two-year-loss", "single", ("stores_ap", "more than half", 50))
fact("stores/walgreens", "single", ("stores_ap", "about 1,200", 1200))
fact("stores/walgreens-year", "single", ("stores_ap", "2024", 2024))
fact("stores/eps", "single", ("stores_cnbc", "31 cents", 0.31))
fact("stores/eps-est", "single", ("stores_cnbc", "38 cents", 0.38))
fact("stores/pharmacy-sales", "single", ("stores_cnbc", "2.1%", 2.1))
fact("stores/front-sales", "single", ("stores_cnbc", "7%", 7, "down 7%"))
fact("stores/remaining", "single", ("stores_cnbc", "about 1,670", 1670))
# ---- tuition: Great Lakes State University (fictional) trustees raise tuition, Lansing, Michigan, Thursday 11 Dec 2025
fact("tuition/new-tuition", "conflict", ("tuition_freep", "$17,840", 17840), ("tuition_mlive", "$17,480", 17480), ("tuition_ap", "$17,840", 17840))
fact("tuition/out-of-state", "conflict", ("tuition_freep", "8%", 8), ("tuition_mlive", "9%", 9, "rise 9%"), ("tuition_ap", "8 percent", 8))
fact("tuition/vote", "conflict", ("tuition_freep", "6-2", "6-2"), ("tuition_mlive", "5-3", "5-3"), ("tuition_ap", "6-2", "6-2"))
fact("tuition/state-cut", "conflict", ("tuition_freep", "$42 million", 42e6), ("tuition_mlive", "$42 million", 42e6), ("tuition_ap", "$45 million", 45e6))
fact("tuition/rise", "agree", ("tuition_freep", "6.5%", 6.5, "approve 6.5%"), ("tuition_freep", "6.5%", 6.5, "by 6.5% next fall"),
     ("tuition_mlive", "6.5%", 6.5, "going up 6.5%"), ("tuition_mlive", "6.5%", 6.5, "pay 6.5% more"), ("tuition_ap", "6.5 percent", 6.5))
fact("tuition/votes-against", "agree", ("tuition_freep", "two", 2, "the two members"), ("tuition_ap", "two", 2, "The two trustees"))
fact("tuition/enrollment", "agree", ("tuition_freep", "about 38,000", 38000), ("tuition_mlive", "38,412", 38412), ("tuition_ap", "roughly 38,000", 38000))
fact("tuition/protesters", "agree", ("tuition_freep", "About 200", 200), ("tuition_mlive", "More than 150", 150))
fact("tuition/last-rise", "agree", ("tuition_freep", "4.9%", 4.9), ("tuition_mlive", "4.9%", 4.9))
fact("tuition/aid", "agree", ("tuition_freep", "$9 million", 9e6), ("tuition_ap", "$9 million", 9e6))
fact("tuition/threshold", "agree", ("tuition_freep", "$75,000", 75000), ("tuition_mlive", "$75,000", 75000))
fact("tuition/date", "agree", ("tuition_freep", "Thursday", "2025-12-11"), ("tuition_mlive", "Thursday, Dec. 11", "2025-12-11"),
     ("tuition_ap", "Thursday", "2025-12-11"))
fact("tuition/effective", "agree", ("tuition_freep", "fall 2026", "2026-09"), ("tuition_mlive", "fall 2026", "2026-09"), ("tuition_ap", "fall 2026", "2026-09"))
fact("tuition/budget-month", "agree", ("tuition_freep", "October", "2025-10"), ("tuition_ap", "October", "2025-10"))
fact("tuition/old-tuition", "single", ("tuition_freep", "$16,750", 16750))
fact("tuition/decade", "single", ("tuition_freep", "more than a decade", 10))
fact("tuition/comment-period", "single", ("tuition_freep", "more than an hour", 1))
fact("tuition/student-age", "single", ("tuition_freep", "19-year-olds", 19))
fact("tuition/guarantee-share", "single", ("tuition_freep", "about a third", 0.33))
fact("tuition/cap", "single", ("tuition_freep", "4.5%", 4.5))
fact("tuition/prior-cuts", "single", ("tuition_mlive", "about $30 million", 30e6))
fact("tuition/prior-cuts-years", "single", ("tuition_mlive", "two years", 2))
fact("tuition/jobs", "single", ("tuition_mlive", "two jobs", 2))
fact("tuition/um", "single", ("tuition_mlive", "$18,848", 18848))
fact("tuition/msu", "single", ("tuition_mlive", "$17,908", 17908))
fact("tuition/wsu", "single", ("tuition_mlive", "$16,034", 16034))
fact("tuition/national", "single", ("tuition_ap", "about 3 percent", 3))
fact("tuition/legislature", "single", ("tuition_ap", "January", "2026-01"))
# ---- balloon: hot-air balloon hard landing near Urgup, Cappadocia, Turkey, Thursday 16 Apr 2026, ~6.40-6.45am
fact("balloon/dead", "conflict", ("balloon_reuters", "Two", 2, "Two tourists"), ("balloon_reuters", "Two", 2, "Two foreign"),
     ("balloon_anadolu", "3", 3, "rises to 3"), ("balloon_anadolu", "three", 3, "risen to three"), ("balloon_anadolu", "third", 3, "third tourist died"),
     ("balloon_dailysabah", "3rd", 3), ("balloon_dailysabah", "third", 3, "A third tourist"))
fact("balloon/passengers", "conflict", ("balloon_reuters", "21", 21, "21 passengers"), ("balloon_anadolu", "20", 20, "20 passengers"),
     ("balloon_dailysabah", "20", 20, "20 passengers"))
fact("balloon/aloft", "conflict", ("balloon_reuters", "About 100", 100), ("balloon_anadolu", "More than 120", 120),
     ("balloon_dailysabah", "more than 120", 120))
fact("balloon/pilot-age", "conflict", ("balloon_anadolu", "39", 39, "pilot, 39"), ("balloon_dailysabah", "38-year-old", 38))
fact("balloon/in-hospital", "agree", ("balloon_anadolu", "18", 18, "18 others"), ("balloon_anadolu", "Eighteen", 18),
     ("balloon_dailysabah", "Eighteen", 18))
fact("balloon/time", "agree", ("balloon_reuters", "around 6.45 a.m.", "06:45"), ("balloon_reuters", "0345 GMT", None),
     ("balloon_anadolu", "6.40 a.m.", "06:40"), ("balloon_dailysabah", "shortly before 7 a.m.", "07:00"))
fact("balloon/third-age", "agree", ("balloon_anadolu", "63-year-old", 63), ("balloon_dailysabah", "63-year-old", 63))
fact("balloon/date", "agree", ("balloon_reuters", "Thursday", "2026-04-16"), ("balloon_anadolu", "Thursday", "2026-04-16", "accident on Thursday morning"),
     ("balloon_dailysabah", "Thursday", "2026-04-16", "killed on Thursday"))
fact("balloon/resumed", "agree", ("balloon_anadolu", "Friday", "2026-04-17", "resumed on Friday"), ("balloon_dailysabah", "Friday", "2026-04-17", "resumed on Friday"))
fact("balloon/2013-dead", "agree", ("balloon_reuters", "three", 3, "three Brazilian"), ("balloon_dailysabah", "three", 3, "three Brazilian"))
fact("balloon/2013-year", "agree", ("balloon_reuters", "2013", 2013), ("balloon_dailysabah", "2013", 2013))
fact("balloon/2013-balloons", "agree", ("balloon_reuters", "two", 2, "two balloons"), ("balloon_dailysabah", "two", 2, "two balloons"))
fact("balloon/flyers-2025", "agree", ("balloon_anadolu", "712,000", 712000), ("balloon_dailysabah", "Around 700,000", 700000))
fact("balloon/injured", "single", ("balloon_reuters", "19", 19))
fact("balloon/2022", "single", ("balloon_reuters", "2022", 2022))
fact("balloon/icu", "single", ("balloon_anadolu", "two", 2, "two of them"))
fact("balloon/experience", "single", ("balloon_anadolu", "more than 12 years", 12))
fact("balloon/first-dead-age", "single", ("balloon_dailysabah", "58-year-old", 58))
fact("balloon/spanish-age", "single", ("balloon_dailysabah", "34-year-old", 34))
fact("balloon/ground-crew", "single", ("balloon_dailysabah", "two", 2, "two ground crew"))
# ---- warehouse: fire at a logistics warehouse in Pyeongtaek, South Korea, Wednesday 7 Oct 2026, ~10:20 a.m.
fact("warehouse/dead", "conflict", ("warehouse_yonhap", "3", 3, "3 dead"), ("warehouse_yonhap", "Three", 3, "Three workers"),
     ("warehouse_koreaherald", "4", 4, "kills 4"), ("warehouse_koreaherald", "Four", 4, "Four workers"),
     ("warehouse_afp", "Four", 4, "Four dead"), ("warehouse_afp", "Four", 4, "Four people"), ("warehouse_afp", "Four", 4, "Four bodies"))
fact("warehouse/missing", "conflict", ("warehouse_yonhap", "2", 2, "2 missing"), ("warehouse_yonhap", "two", 2, "two others"),
     ("warehouse_yonhap", "two", 2, "two missing workers"),
     ("warehouse_koreaherald", "one", 1, "one worker still missing"), ("warehouse_koreaherald", "one", 1, "one remains missing"),
     ("warehouse_afp", "one", 1, "one was still missing"))
fact("warehouse/floors", "conflict", ("warehouse_yonhap", "four-story", 4), ("warehouse_koreaherald", "five-story", 5), ("warehouse_afp", "five-storey", 5))
fact("warehouse/firefighters", "conflict", ("warehouse_yonhap", "some 170", 170), ("warehouse_koreaherald", "More than 200", 200),
     ("warehouse_afp", "More than 200", 200))
fact("warehouse/workers-inside", "agree", ("warehouse_yonhap", "about 50", 50), ("warehouse_koreaherald", "Forty-seven", 47), ("warehouse_afp", "About 50", 50))
fact("warehouse/time", "agree", ("warehouse_yonhap", "around 10:20 a.m.", "10:20"), ("warehouse_koreaherald", "around 10:20 a.m.", "10:20"),
     ("warehouse_afp", "around 10:20 am", "10:20"), ("warehouse_afp", "0120 GMT", None))
fact("warehouse/control", "agree", ("warehouse_koreaherald", "about seven hours", 7), ("warehouse_afp", "eight hours", 8))
fact("warehouse/distance", "agree", ("warehouse_yonhap", "60 kilometers", 60), ("warehouse_afp", "around 60 kilometres", 60), ("warehouse_afp", "40 miles", None))
fact("warehouse/start-floor", "agree", ("warehouse_yonhap", "third", 3, "third floor of the"), ("warehouse_afp", "third", 3, "third floor, where"))
fact("warehouse/stairwell", "agree", ("warehouse_yonhap", "three", 3, "three were found dead"), ("warehouse_koreaherald", "Three", 3, "Three of the victims"))
fact("warehouse/icheon-dead", "agree", ("warehouse_yonhap", "38", 38, "killed 38"), ("warehouse_koreaherald", "38", 38), ("warehouse_afp", "38", 38, "38 people died"))
fact("warehouse/icheon-year", "agree", ("warehouse_yonhap", "April 2020", "2020-04"), ("warehouse_koreaherald", "2020", "2020"), ("warehouse_afp", "2020", "2020", "In 2020,"))
fact("warehouse/date", "agree", ("warehouse_yonhap", "Wednesday", "2026-10-07"), ("warehouse_koreaherald", "Wednesday", "2026-10-07", "on Wednesday, fire"),
     ("warehouse_afp", "Wednesday", "2026-10-07"))
fact("warehouse/response-time", "single", ("warehouse_yonhap", "10:48 a.m.", "10:48"))
fact("warehouse/equipment", "single", ("warehouse_yonhap", "60 pieces", 60))
fact("warehouse/area", "single", ("warehouse_yonhap", "about 38,000 square meters", 38000))
fact("warehouse/fourth-found", "single", ("warehouse_koreaherald", "around 9 p.m.", "21:00"))
fact("warehouse/fourth-age", "single", ("warehouse_koreaherald", "50s", 55))
fact("warehouse/foreign", "single", ("warehouse_koreaherald", "Two", 2, "Two of the dead"))
fact("warehouse/fires-lastyear", "single", ("warehouse_koreaherald", "1,180", 1180))
fact("warehouse/fires-rise", "single", ("warehouse_koreaherald", "14 percent", 14))
fact("warehouse/hwaseong-dead", "single", ("warehouse_afp", "23", 23))
fact("warehouse/hwaseong-date", "single", ("warehouse_afp", "June 2024", "2024-06"))
fact("warehouse/law-year", "single", ("warehouse_afp", "2022", 2022))
# ---- blockade: truckers block Brazil's highways over a diesel price rise, third day Wednesday 4 Mar 2026 (began Monday 2 Mar)
fact("blockade/points", "conflict", ("blockade_reuters", "more than 300", 300), ("blockade_ap", "about 250", 250), ("blockade_agenciabrasil", "312", 312))
fact("blockade/states", "conflict", ("blockade_reuters", "19", 19, "19 states"), ("blockade_ap", "21", 21, "21 states"),
     ("blockade_agenciabrasil", "19", 19, "19 states"))
fact("blockade/2018-days", "conflict", ("blockade_reuters", "10 days", 10), ("blockade_ap", "11 days", 11), ("blockade_agenciabrasil", "11 days", 11))
fact("blockade/diesel-rise", "agree", ("blockade_reuters", "12%", 12), ("blockade_ap", "nearly 12%", 12), ("blockade_agenciabrasil", "11.9%", 11.9))
fact("blockade/day-number", "agree", ("blockade_reuters", "third", 3, "third day over"), ("blockade_reuters", "third", 3, "the third day"),
     ("blockade_ap", "third", 3, "a third day"), ("blockade_ap", "third", 3, "third straight day"))
fact("blockade/start", "agree", ("blockade_ap", "Monday", "2026-03-02"), ("blockade_agenciabrasil", "Monday (2)", "2026-03-02"))
fact("blockade/date", "agree", ("blockade_reuters", "Wednesday", "2026-03-04", "states on Wednesday"), ("blockade_ap", "Wednesday", "2026-03-04"))
fact("blockade/truckers", "agree", ("blockade_reuters", "roughly 2 million", 2e6), ("blockade_ap", "about 2 million", 2e6),
     ("blockade_agenciabrasil", "about 2 million", 2e6))
fact("blockade/road-share", "agree", ("blockade_reuters", "about 65%", 65), ("blockade_agenciabrasil", "about 65%", 65))
fact("blockade/2018-year", "agree", ("blockade_reuters", "May 2018", "2018-05"), ("blockade_ap", "2018", "2018"), ("blockade_agenciabrasil", "May 2018", "2018-05"))
fact("blockade/dry-stations", "single", ("blockade_reuters", "about a fifth", 0.2))
fact("blockade/inflation", "single", ("blockade_reuters", "4.8%", 4.8))
fact("blockade/inflation-window", "single", ("blockade_reuters", "12 months", 12))
fact("blockade/real", "single", ("blockade_reuters", "1.1%", 1.1))
fact("blockade/trucker-age", "single", ("blockade_ap", "47", 47))
fact("blockade/deliveries", "single", ("blockade_ap", "less than half", 50))
fact("blockade/deliveries-day", "single", ("blockade_ap", "Tuesday", "2026-03-03"))
fact("blockade/election", "single", ("blockade_ap", "October", "2026-10"))
fact("blockade/last-rise", "single", ("blockade_ap", "nine months", 9))
fact("blockade/meeting", "single", ("blockade_agenciabrasil", "Thursday", "2026-03-05", "meet on Thursday"),
     ("blockade_agenciabrasil", "Thursday (5)", "2026-03-05"))
fact("blockade/report-time", "single", ("blockade_agenciabrasil", "6 pm", "18:00"))
fact("blockade/cleared", "single", ("blockade_agenciabrasil", "186", 186))
fact("blockade/announced", "single", ("blockade_agenciabrasil", "February 26", "2026-02-26"))
fact("blockade/subsidy", "single", ("blockade_agenciabrasil", "R$ 0.46", 0.46))
fact("blockade/subsidy-months", "single", ("blockade_agenciabrasil", "two months", 2))
fact("blockade/subsidy-cost", "single", ("blockade_agenciabrasil", "about R$ 3 billion", 3e9))
fact("blockade/distributors", "single", ("blockade_agenciabrasil", "at least eight", 8))
fact("balloon/flyers-year", "single", ("balloon_anadolu", "2025", 2025))
fact("blockade/inflation-month", "single", ("blockade_reuters", "January", "2026-01"))
fact("dui/bond-hearing", "single", ("dui_newson6", "Monday", "2026-10-12", "judge on Monday"))
fact("dui/vigil", "single", ("dui_newson6", "Sunday", "2026-10-11"))
fact("dui/affidavit", "single", ("dui_tulsaworld", "Sunday", "2026-10-11", "filed Sunday"))
fact("stores/quarter-months", "single", ("stores_ap", "three months", 3))
fact("stores/two-years", "single", ("stores_ap", "two years", 2))
fact("stores/walgreens-span", "single", ("stores_ap", "three years", 3))
fact("stores/fourth-quarter", "single", ("stores_reuters", "fourth", 4))
fact("stores/eps-guidance", "single", ("stores_cnbc", "between $1.30 and $1.45", 1.375))
fact("tuition/last-rise-month", "single", ("tuition_mlive", "December", "2024-12"))
fact("tuition/comparison-year", "single", ("tuition_mlive", "2025-26", "2025-26"))
fact("tuition/national-year", "single", ("tuition_ap", "2025-26", "2025-26"))
fact("warehouse/level", "single", ("warehouse_yonhap", "level-two", 2))
