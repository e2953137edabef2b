"""Hand-written gold for the h11 held-out events (written before running claimcheck).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8, h9, h10 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than"/"over" open above;
"up to" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on a
half or quarter, 5 otherwise ("shortly after 2 a.m." 02:00-02:30). Exact numbers carry their rounding interval.
Dates: ISO days, resolved against the publication date or the event date the cluster establishes.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- building collapse (Imbaba, Giza/Cairo, early Wednesday 15 July 2026)
fact("collapse/dead", "conflict", ("collapse_reuters", "at least 14", 14, "Cairo, killing at least 14"),
     ("collapse_reuters", "at least 14", 14, "at least 14 people"),
     ("collapse_ahram", "12", 12, "12 dead"), ("collapse_ahram", "Twelve", 12),
     ("collapse_afp", "16", 16, "rises to 16"), ("collapse_afp", "16", 16, "has risen to 16"))
fact("collapse/injured", "agree", ("collapse_reuters", "nine", 9, "nine others were taken"),
     ("collapse_ahram", "nine", 9, "nine injured"), ("collapse_ahram", "nine", 9, "nine others injured"),
     ("collapse_afp", "Nine", 9, "Nine people were wounded"))
fact("collapse/storeys", "conflict", ("collapse_reuters", "10-storey", 10), ("collapse_ahram", "ten-storey", 10),
     ("collapse_afp", "11-storey", 11))
fact("collapse/children", "conflict", ("collapse_reuters", "four", 4, "four children"), ("collapse_ahram", "Three", 3, "Three children"),
     ("collapse_afp", "Four", 4, "Four children"))
fact("collapse/pulled-alive", "conflict", ("collapse_reuters", "seven", 7, "pulled seven people"), ("collapse_afp", "six", 6, "six were pulled"))
fact("collapse/time", "agree", ("collapse_reuters", "shortly after 2 a.m.", "02:00"), ("collapse_ahram", "2:15am", "02:15"))
fact("collapse/date", "agree", ("collapse_reuters", "Wednesday", "2026-07-15", "district on Wednesday"),
     ("collapse_ahram", "Wednesday", "2026-07-15", "early hours of Wednesday"),
     ("collapse_afp", "Wednesday", "2026-07-15", "collapsed early Wednesday"))
fact("collapse/families", "agree", ("collapse_reuters", "About 30", 30), ("collapse_ahram", "32", 32))
fact("collapse/rescue-duration", "agree", ("collapse_reuters", "18 hours", 18), ("collapse_ahram", "about 20 hours", 20))
fact("collapse/owner-age", "conflict", ("collapse_reuters", "58-year-old", 58), ("collapse_ahram", "58-year-old", 58),
     ("collapse_afp", "56", 56, "aged 56"))
fact("collapse/owner-arrest-day", "agree", ("collapse_reuters", "Wednesday", "2026-07-15", "detained on Wednesday"),
     ("collapse_afp", "Wednesday", "2026-07-15", "arrested on Wednesday"))
fact("collapse/licensed-floors", "agree", ("collapse_ahram", "six", 6, "six floors"), ("collapse_afp", "six", 6, "six storeys"))
fact("collapse/added-floors", "single", ("collapse_reuters", "four", 4, "four upper floors"))
fact("collapse/demolition-orders", "single", ("collapse_reuters", "more than 1,200", 1200))
fact("collapse/mansoura-year", "single", ("collapse_reuters", "2024", 2024))
fact("collapse/mansoura-dead", "single", ("collapse_reuters", "nine", 9, "killed nine people"))
fact("collapse/adjacent", "single", ("collapse_ahram", "two", 2, "two adjacent"))
fact("collapse/law-year", "single", ("collapse_ahram", "2019", 2019))
fact("collapse/bodies-overnight", "single", ("collapse_afp", "two", 2, "last two bodies"))
fact("collapse/added-over", "single", ("collapse_afp", "three years", 3))
fact("collapse/neighbour-age", "single", ("collapse_afp", "34", 34))
fact("collapse/egypt-pop", "single", ("collapse_afp", "more than 107 million", 107e6))
fact("collapse/cairo-share", "single", ("collapse_afp", "a fifth", 20))
# ---- oil spill (MT Lady Aurora, off Batangas, Philippines, early Tuesday 4 August 2026)
fact("oil/cargo", "conflict", ("oilspill_ap", "1.4 million liters", 1.4e6), ("oilspill_ap", "370,000 gallons", None),
     ("oilspill_inquirer", "1.4 million liters", 1.4e6), ("oilspill_reuters", "about 1.2 million litres", 1.2e6))
fact("oil/crew", "conflict", ("oilspill_ap", "20", 20, "All 20 crew"), ("oilspill_inquirer", "20", 20, "Its 20 crew"),
     ("oilspill_reuters", "19", 19))
fact("oil/slick-length", "conflict", ("oilspill_ap", "about 15 kilometers", 15), ("oilspill_ap", "9 miles", None),
     ("oilspill_inquirer", "12 kilometers", 12), ("oilspill_reuters", "about 15 km", 15))
fact("oil/towns-ban", "conflict", ("oilspill_ap", "nine", 9, "nine coastal towns"), ("oilspill_inquirer", "11", 11, "ban in 11 towns"),
     ("oilspill_inquirer", "11", 11, "11 municipalities"), ("oilspill_reuters", "nine", 9, "nine towns"))
fact("oil/fishermen", "agree", ("oilspill_ap", "more than 18,000", 18000), ("oilspill_inquirer", "about 18,500", 18500),
     ("oilspill_reuters", "About 20,000", 20000))
fact("oil/date", "agree", ("oilspill_ap", "Tuesday", "2026-08-04", "early Tuesday"),
     ("oilspill_inquirer", "last Tuesday", "2026-08-04"), ("oilspill_inquirer", "Aug. 4", "2026-08-04"),
     ("oilspill_reuters", "Tuesday", "2026-08-04", "on Tuesday in"))
fact("oil/time", "conflict", ("oilspill_inquirer", "around 5:30 a.m.", "05:30"), ("oilspill_reuters", "6 a.m.", "06:00"))
fact("oil/offshore", "agree", ("oilspill_ap", "about 7 nautical miles", 7), ("oilspill_inquirer", "some 7.5 nautical miles", 7.5))
fact("oil/captain-age", "conflict", ("oilspill_ap", "47-year-old", 47), ("oilspill_inquirer", "49", 49))
fact("oil/empress-cargo", "agree", ("oilspill_ap", "800,000 liters", 800000), ("oilspill_inquirer", "800,000-liter", 800000))
fact("oil/empress-year", "agree", ("oilspill_ap", "February 2023", "2023-02"), ("oilspill_reuters", "2023", 2023))
fact("oil/depth", "single", ("oilspill_ap", "about 400 meters", 400))
fact("oil/skimmers", "single", ("oilspill_ap", "two", 2, "two skimmers"))
fact("oil/empress-provinces", "single", ("oilspill_ap", "three", 3, "three provinces"))
fact("oil/built", "single", ("oilspill_ap", "2004", 2004))
fact("oil/islands", "single", ("oilspill_ap", "more than 7,600", 7600))
fact("oil/villages", "single", ("oilspill_inquirer", "at least four", 4))
fact("oil/slick-width", "single", ("oilspill_inquirer", "around 2 km", 2))
fact("oil/leaked", "single", ("oilspill_inquirer", "an estimated 30,000 liters", 30000))
fact("oil/empress-fishermen", "single", ("oilspill_inquirer", "more than 20,000", 20000))
fact("oil/salvage-deadline", "single", ("oilspill_inquirer", "30 days", 30))
fact("oil/insurance", "single", ("oilspill_reuters", "up to $1 billion", 1e9))
fact("oil/empress-cost", "single", ("oilspill_reuters", "more than 3 billion pesos", 3e9))
fact("oil/empress-cleanup", "single", ("oilspill_reuters", "more than three months", 3))
# ---- migrant boat (off Lampedusa; left Sfax, capsized late Tuesday 8 Sept, rescue early Wednesday 9 Sept 2026)
fact("migrants/rescued", "conflict", ("migrants_reuters", "43", 43), ("migrants_ansa", "43", 43), ("migrants_guardian", "41", 41))
fact("migrants/missing", "agree", ("migrants_reuters", "At least 20", 20, "At least 20 missing"),
     ("migrants_reuters", "At least 20", 20, "At least 20 people"),
     ("migrants_ansa", "some 20", 20, "some 20 missing"), ("migrants_ansa", "some 20", 20, "some 20 people"),
     ("migrants_guardian", "up to 25", 25))
fact("migrants/bodies", "conflict", ("migrants_reuters", "three", 3, "three bodies"), ("migrants_ansa", "3", 3, "3 dead"),
     ("migrants_ansa", "Three", 3, "Three bodies"), ("migrants_guardian", "Four", 4, "Four bodies"))
fact("migrants/aboard", "agree", ("migrants_reuters", "about 65", 65), ("migrants_ansa", "some 70", 70),
     ("migrants_guardian", "between 60 and 70", 65))
fact("migrants/departure", "conflict", ("migrants_reuters", "Monday", "2026-09-07", "Sfax on Monday"),
     ("migrants_ansa", "Sunday night", "2026-09-06", "left Sfax Sunday night"), ("migrants_ansa", "Sunday night", "2026-09-06", "on Sunday night"),
     ("migrants_guardian", "Monday", "2026-09-07", "Sfax on Monday"))
fact("migrants/boat-length", "conflict", ("migrants_reuters", "eight-metre", 8), ("migrants_ansa", "9-metre", 9))
fact("migrants/distance", "agree", ("migrants_reuters", "about 20 nautical miles", 20), ("migrants_ansa", "some 20 nautical miles", 20))
fact("migrants/minors", "agree", ("migrants_reuters", "Eight", 8, "Eight minors"), ("migrants_ansa", "eight", 8, "eight unaccompanied"))
fact("migrants/rescue-day", "agree", ("migrants_reuters", "Wednesday", "2026-09-09", "early hours of Wednesday"),
     ("migrants_guardian", "Wednesday", "2026-09-09", "41 people on Wednesday"))
fact("migrants/hotspot-capacity", "agree", ("migrants_ansa", "400", 400), ("migrants_guardian", "400", 400))
fact("migrants/hotspot-held", "agree", ("migrants_ansa", "more than 1,200", 1200), ("migrants_guardian", "about 1,300", 1300))
fact("migrants/arrivals-year", "agree", ("migrants_reuters", "More than 45,000", 45000), ("migrants_guardian", "45,300", 45300))
fact("migrants/cutro-dead", "agree", ("migrants_reuters", "at least 94", 94), ("migrants_guardian", "at least 94", 94))
fact("migrants/cutro-year", "single", ("migrants_reuters", "February 2023", "2023-02"))
fact("migrants/cutro-children", "single", ("migrants_guardian", "35", 35))
fact("migrants/rescue-time", "single", ("migrants_ansa", "around 3am", "03:00"))
fact("migrants/fare", "single", ("migrants_ansa", "between 1,500 and 2,000 euros", 1750))
fact("migrants/women", "single", ("migrants_ansa", "two", 2, "two women"))
fact("migrants/boy-age", "single", ("migrants_ansa", "17-year-old", 17))
fact("migrants/arrivals-day", "single", ("migrants_ansa", "Some 600", 600))
fact("migrants/arrival-boats", "single", ("migrants_ansa", "14", 14, "14 boats"))
fact("migrants/transfers", "single", ("migrants_ansa", "about 300", 300))
fact("migrants/patrol-boats", "single", ("migrants_reuters", "two", 2, "two coast guard"))
fact("migrants/iom-dead", "single", ("migrants_guardian", "more than 1,000", 1000))
# ---- rocket failure (Polaris Launch Nordlys, Andøya, Tuesday 19 May 2026)
fact("rocket/failure-seconds", "conflict", ("rocket_spacenews", "about 40 seconds", 40), ("rocket_reuters", "30 seconds", 30),
     ("rocket_nrk", "38 seconds", 38, "after 38 seconds"), ("rocket_nrk", "38 seconds", 38, "lost 38 seconds"))
fact("rocket/liftoff-time", "conflict", ("rocket_spacenews", "6:48 p.m.", "18:48"), ("rocket_spacenews", "1648 UTC", None),
     ("rocket_reuters", "6.48 p.m.", "18:48"), ("rocket_reuters", "1648 GMT", None), ("rocket_nrk", "6.52pm", "18:52"))
fact("rocket/altitude", "conflict", ("rocket_spacenews", "about 8 kilometers", 8), ("rocket_nrk", "about 5 kilometres", 5))
fact("rocket/satellites", "conflict", ("rocket_spacenews", "two", 2, "two cubesats"), ("rocket_reuters", "two", 2, "two small satellites"),
     ("rocket_nrk", "three", 3, "three small research"))
fact("rocket/debris-distance", "conflict", ("rocket_reuters", "about 1.5 km", 1.5), ("rocket_nrk", "around 2 kilometres", 2))
fact("rocket/funding", "agree", ("rocket_spacenews", "€150 million", 150e6), ("rocket_reuters", "150 million euros", 150e6),
     ("rocket_reuters", "$175 million", None))
fact("rocket/employees", "agree", ("rocket_spacenews", "about 250", 250), ("rocket_nrk", "roughly 250", 250))
fact("rocket/height", "agree", ("rocket_spacenews", "28-meter", 28), ("rocket_nrk", "28 metres", 28))
fact("rocket/date", "agree", ("rocket_spacenews", "May 19", "2026-05-19", "attempts May 19"),
     ("rocket_reuters", "Tuesday", "2026-05-19"), ("rocket_nrk", "Tuesday", "2026-05-19", "Tuesday evening"))
fact("rocket/first-date", "agree", ("rocket_spacenews", "September 2025", "2025-09"), ("rocket_nrk", "September 2025", "2025-09"))
fact("rocket/first-seconds", "agree", ("rocket_spacenews", "25 seconds", 25), ("rocket_nrk", "25 seconds", 25))
fact("rocket/capacity", "single", ("rocket_spacenews", "up to 1,000 kilograms", 1000))
fact("rocket/engines", "single", ("rocket_spacenews", "nine", 9, "nine engines"))
fact("rocket/shortlist", "single", ("rocket_spacenews", "five", 5, "five firms"))
fact("rocket/esa-award", "single", ("rocket_spacenews", "up to €169 million", 169e6))
fact("rocket/spaceport-opened", "single", ("rocket_spacenews", "2023", 2023))
fact("rocket/state-invest", "single", ("rocket_spacenews", "more than 1 billion kroner", 1e9))
fact("rocket/founded", "single", ("rocket_reuters", "2019", 2019))
fact("rocket/half-minute", "single", ("rocket_nrk", "half a minute", 30))
fact("rocket/suborbital-since", "single", ("rocket_nrk", "1962", 1962))
# ---- food poisoning (wedding at Rahati, Bhokar, Nanded, Tuesday night 9 June 2026)
fact("food/ill", "agree", ("foodpoison_pti", "Over 600", 600), ("foodpoison_pti", "over 600", 600, "over 600 guests"),
     ("foodpoison_toi", "Nearly 700", 700), ("foodpoison_toi", "nearly 700", 700, "nearly 700 villagers"),
     ("foodpoison_ndtv", "around 650", 650))
fact("food/dead", "conflict", ("foodpoison_pti", "2", 2, "; 2 dead"), ("foodpoison_pti", "Two", 2, "Two persons"),
     ("foodpoison_toi", "3", 3, "3 dead"), ("foodpoison_toi", "Three", 3, "Three people"),
     ("foodpoison_ndtv", "2", 2, "2 Dead"), ("foodpoison_ndtv", "Two", 2, "Two people have died"))
fact("food/hospitalised", "conflict", ("foodpoison_pti", "212", 212), ("foodpoison_toi", "Around 200", 200),
     ("foodpoison_ndtv", "More than 250", 250))
fact("food/girl-age", "conflict", ("foodpoison_pti", "seven-year-old", 7), ("foodpoison_toi", "eight-year-old", 8),
     ("foodpoison_toi", "eight", 8, "aged eight"), ("foodpoison_ndtv", "seven-year-old", 7))
fact("food/guests", "conflict", ("foodpoison_pti", "about 1,500", 1500), ("foodpoison_toi", "nearly 2,000", 2000))
fact("food/date", "agree", ("foodpoison_pti", "Tuesday night", "2026-06-09"), ("foodpoison_toi", "June 9", "2026-06-09"),
     ("foodpoison_ndtv", "Tuesday", "2026-06-09", "Bhokar on Tuesday"))
fact("food/samples", "agree", ("foodpoison_pti", "14", 14), ("foodpoison_toi", "14", 14))
fact("food/caterer-age", "agree", ("foodpoison_pti", "45-year-old", 45), ("foodpoison_ndtv", "45", 45, "aged 45"))
fact("food/ex-gratia", "agree", ("foodpoison_pti", "Rs 4 lakh", 400000), ("foodpoison_ndtv", "Rs 4 lakh", 400000))
fact("food/man-age", "single", ("foodpoison_pti", "62-year-old", 62))
fact("food/woman-age", "single", ("foodpoison_toi", "70-year-old", 70))
fact("food/reports", "single", ("foodpoison_toi", "10 days", 10))
fact("food/temperature", "single", ("foodpoison_toi", "41 degrees Celsius", 41))
fact("food/loha-date", "single", ("foodpoison_toi", "February 2024", "2024-02"))
fact("food/loha-ill", "single", ("foodpoison_toi", "more than 1,000", 1000))
# ---- tennis final (Italian Open men's final, Rome, Sunday 17 May 2026; Arcangeli bt Dahl)
fact("tennis/score", "agree", ("tennis_ap", "6-4, 3-6, 7-5", "6-4 3-6 7-5"), ("tennis_guardian", "6-4, 3-6, 7-5", "6-4 3-6 7-5"),
     ("tennis_bbc", "6-4 3-6 7-5", "6-4 3-6 7-5"))
fact("tennis/duration", "conflict", ("tennis_ap", "2 hours, 41 minutes", 161), ("tennis_guardian", "two hours and 38 minutes", 158),
     ("tennis_bbc", "two hours 41 minutes", 161))
fact("tennis/winner-age", "conflict", ("tennis_ap", "22-year-old", 22), ("tennis_guardian", "23-year-old", 23),
     ("tennis_bbc", "22", 22, "Arcangeli, 22"))
fact("tennis/loser-age", "agree", ("tennis_ap", "31-year-old", 31), ("tennis_guardian", "31-year-old", 31), ("tennis_bbc", "31", 31, "Dahl, 31"))
fact("tennis/match-point", "conflict", ("tennis_ap", "third", 3, "third match point"), ("tennis_bbc", "second", 2, "second match point"))
fact("tennis/break-points-saved", "conflict", ("tennis_ap", "11", 11, "saved 11"), ("tennis_guardian", "10", 10, "saved 10"))
fact("tennis/ranking", "conflict", ("tennis_ap", "seventh-ranked", 7), ("tennis_guardian", "No 8", 8), ("tennis_bbc", "number seven", 7))
fact("tennis/new-ranking", "agree", ("tennis_ap", "No. 5", 5), ("tennis_bbc", "fifth", 5))
fact("tennis/season-titles", "agree", ("tennis_ap", "fourth", 4, "fourth title"), ("tennis_guardian", "four", 4, "four titles"),
     ("tennis_bbc", "four", 4, "four titles"))
fact("tennis/prize", "agree", ("tennis_ap", "1.02 million euros", 1.02e6), ("tennis_ap", "$1.15 million", None),
     ("tennis_guardian", "€1m", 1e6))
fact("tennis/last-italian", "agree", ("tennis_ap", "1976", 1976, "since 1976"), ("tennis_ap", "1976", 1976, "tournament, in 1976"),
     ("tennis_guardian", "1976", 1976), ("tennis_bbc", "1976", 1976))
fact("tennis/wait", "agree", ("tennis_ap", "half a century", 50), ("tennis_guardian", "50-year", 50), ("tennis_guardian", "50 years", 50))
fact("tennis/date", "agree", ("tennis_ap", "Sunday", "2026-05-17", "Sunday's final"), ("tennis_bbc", "Sunday", "2026-05-17", "Rome on Sunday"))
fact("tennis/french-open", "agree", ("tennis_ap", "May 24", "2026-05-24"), ("tennis_bbc", "24 May", "2026-05-24"))
fact("tennis/third-set-lead", "agree", ("tennis_ap", "5-4", "5-4"), ("tennis_guardian", "5-4", "5-4"))
fact("tennis/rankings-day", "agree", ("tennis_ap", "Monday", "2026-05-18", "rankings on Monday"),
     ("tennis_bbc", "Monday", "2026-05-18", "published on Monday"))
fact("tennis/points", "single", ("tennis_ap", "1,000", 1000, "1,000 ranking points"))
fact("tennis/capacity", "single", ("tennis_ap", "10,500", 10500))
fact("tennis/top10-wins", "single", ("tennis_ap", "two", 2, "two top-10"))
fact("tennis/womens-score", "single", ("tennis_ap", "7-6 (4), 6-2", "7-6 6-2"))
fact("tennis/womens-day", "single", ("tennis_ap", "Saturday", "2026-05-16"))
fact("tennis/seed", "single", ("tennis_guardian", "seventh", 7, "seeded seventh"))
fact("tennis/h2h", "single", ("tennis_guardian", "2-3", "2-3"))
fact("tennis/panatta-age", "single", ("tennis_guardian", "75", 75))
fact("tennis/pro-years", "single", ("tennis_guardian", "four years ago", 4))
fact("tennis/clay-wins", "single", ("tennis_guardian", "two", 2, "only two matches"))
fact("tennis/aces", "single", ("tennis_bbc", "14", 14))
# ---- merger (Corvane Group to buy Aldwick Cartons, announced Monday 19 October 2026)
fact("merger/value", "agree", ("merger_reuters", "about 2.4 billion pounds", 2.4e9), ("merger_reuters", "$3.2 billion", None, "pounds ($3.2 billion)"),
     ("merger_times", "£2.38bn", 2.38e9), ("merger_times", "£2.38 billion", 2.38e9),
     ("merger_bloomberg", "about $3.2 billion", None))
fact("merger/price", "agree", ("merger_reuters", "420 pence", 4.20), ("merger_times", "420p", 4.20), ("merger_bloomberg", "£4.20", 4.20))
fact("merger/premium", "agree", ("merger_reuters", "34%", 34), ("merger_times", "34.2 per cent", 34.2))
fact("merger/close-rise", "agree", ("merger_reuters", "29%", 29), ("merger_times", "28.6 per cent", 28.6))
fact("merger/close-price", "agree", ("merger_reuters", "405 pence", 4.05), ("merger_times", "405p", 4.05))
fact("merger/aldwick-staff", "conflict", ("merger_reuters", "6,800", 6800, "Aldwick employs 6,800"), ("merger_times", "7,400", 7400),
     ("merger_bloomberg", "about 6,800", 6800))
fact("merger/savings", "agree", ("merger_reuters", "about 120 million pounds", 120e6), ("merger_times", "£120m", 120e6))
fact("merger/earlier-offer", "agree", ("merger_reuters", "360 pence", 3.60), ("merger_times", "360p", 3.60), ("merger_bloomberg", "£3.60", 3.60))
fact("merger/earlier-offer-date", "agree", ("merger_reuters", "August", "2026-08"), ("merger_times", "two months ago", "2026-08"))
fact("merger/completion", "agree", ("merger_reuters", "first half of 2027", "2027-H1"), ("merger_bloomberg", "first quarter of 2027", "2027-Q1"))
fact("merger/announced", "agree", ("merger_reuters", "Monday", "2026-10-19"), ("merger_times", "yesterday", "2026-10-19"),
     ("merger_bloomberg", "Monday", "2026-10-19"))
fact("merger/premium-base-day", "agree", ("merger_reuters", "Friday", "2026-10-16"), ("merger_times", "Friday", "2026-10-16"))
fact("merger/premium-3m", "single", ("merger_times", "42 per cent", 42))
fact("merger/intraday-high", "single", ("merger_times", "as much as 31 per cent", 31))
fact("merger/early-rise", "single", ("merger_bloomberg", "30%", 30))
fact("merger/early-price", "single", ("merger_bloomberg", "406 pence", 4.06))
fact("merger/market-value", "single", ("merger_bloomberg", "about £2.3 billion", 2.3e9))
fact("merger/ev", "single", ("merger_times", "about £2.9 billion", 2.9e9))
fact("merger/corvane-fall", "single", ("merger_reuters", "2.1%", 2.1))
fact("merger/combined-sales", "single", ("merger_reuters", "about $12 billion", 12e9))
fact("merger/combined-staff", "single", ("merger_reuters", "more than 40,000", 40000))
fact("merger/plants", "single", ("merger_reuters", "38", 38))
fact("merger/corvane-staff", "single", ("merger_bloomberg", "about 34,000", 34000))
fact("merger/corvane-sales", "single", ("merger_bloomberg", "$9.1 billion", 9.1e9))
fact("merger/founded", "single", ("merger_times", "1921", 1921))
fact("merger/stake", "single", ("merger_times", "14.6 per cent", 14.6))
fact("merger/bids-year", "single", ("merger_times", "more than 40", 40, "more than 40 London"))
fact("merger/early-time", "single", ("merger_bloomberg", "8:15 a.m.", "08:15"))
fact("merger/smurfit", "single", ("merger_bloomberg", "2024", 2024))
# ---- data breach fine (DPC fines Pictaro, Tuesday 10 March 2026)
fact("breach/fine", "conflict", ("breach_reuters", "265 million euros", 265e6, "Pictaro 265 million euros over"),
     ("breach_reuters", "265 million euros", 265e6, "app Pictaro 265 million euros ($305"), ("breach_reuters", "$305 million", None),
     ("breach_irishtimes", "€265m", 265e6), ("breach_irishtimes", "€265 million", 265e6),
     ("breach_techcrunch", "€256M", 256e6), ("breach_techcrunch", "€256 million", 256e6))
fact("breach/users", "conflict", ("breach_reuters", "about 48 million", 48e6), ("breach_irishtimes", "48.3 million", 48.3e6),
     ("breach_techcrunch", "more than 50 million", 50e6))
fact("breach/eu-users", "agree", ("breach_reuters", "About 12 million", 12e6), ("breach_techcrunch", "About 12 million", 12e6))
fact("breach/discovered", "agree", ("breach_reuters", "September 2024", "2024-09"), ("breach_irishtimes", "September 2024", "2024-09"),
     ("breach_techcrunch", "September 2024", "2024-09"))
fact("breach/notify-delay", "conflict", ("breach_irishtimes", "nine days", 9), ("breach_techcrunch", "eight days", 8))
fact("breach/gdpr-deadline", "agree", ("breach_irishtimes", "72-hour", 72), ("breach_techcrunch", "72 hours", 72))
fact("breach/compliance", "conflict", ("breach_reuters", "three months", 3), ("breach_irishtimes", "six months", 6),
     ("breach_techcrunch", "three months", 3))
fact("breach/cap", "agree", ("breach_reuters", "4%", 4), ("breach_irishtimes", "4 per cent", 4), ("breach_techcrunch", "4%", 4))
fact("breach/earlier-fine", "agree", ("breach_reuters", "17 million euros", 17e6), ("breach_irishtimes", "€17 million", 17e6),
     ("breach_techcrunch", "€17 million", 17e6))
fact("breach/earlier-year", "agree", ("breach_reuters", "2022", 2022), ("breach_irishtimes", "2022", 2022), ("breach_techcrunch", "2022", 2022))
fact("breach/date", "agree", ("breach_reuters", "Tuesday", "2026-03-10"), ("breach_irishtimes", "yesterday", "2026-03-10"),
     ("breach_techcrunch", "Tuesday", "2026-03-10"))
fact("breach/breach-year", "single", ("breach_techcrunch", "2024", 2024, "Pictaro hit"))
fact("breach/meta-fine", "single", ("breach_reuters", "1.2 billion euro", 1.2e9))
fact("breach/meta-year", "single", ("breach_reuters", "2023", 2023))
fact("breach/largest-since", "single", ("breach_irishtimes", "2023", 2023))
fact("breach/monthly-users", "single", ("breach_reuters", "about 300 million", 300e6))
fact("breach/dublin-staff", "single", ("breach_irishtimes", "about 400", 400))
fact("breach/dpc-staff", "single", ("breach_irishtimes", "about 250", 250))
fact("breach/dpc-staff-2018", "single", ("breach_irishtimes", "110", 110))
fact("breach/probe-length", "single", ("breach_irishtimes", "more than five years", 5))
fact("breach/child-age", "single", ("breach_techcrunch", "13", 13))
# ---- landslide (Baranja, Malika, Myagdi, Nepal, early Tuesday 28 July 2026)
fact("landslide/dead", "conflict", ("landslide_kathmandupost", "Nine", 9, "Nine killed"), ("landslide_kathmandupost", "Nine", 9, "Nine people"),
     ("landslide_afp", "at least 11", 11, "kills at least 11"), ("landslide_afp", "at least 11", 11, "killing at least 11"),
     ("landslide_afp", "11", 11, "recovered 11 bodies"),
     ("landslide_xinhua", "11", 11, "leaves 11 dead"), ("landslide_xinhua", "Eleven", 11),
     ("landslide_xinhua", "11", 11, "death toll to 11"))
fact("landslide/missing", "conflict", ("landslide_kathmandupost", "14", 14, "14 missing"), ("landslide_kathmandupost", "14", 14, "14 others"),
     ("landslide_afp", "about a dozen", 12), ("landslide_xinhua", "12", 12, "12 missing"), ("landslide_xinhua", "12", 12, "12 others"))
fact("landslide/distance", "conflict", ("landslide_kathmandupost", "about 220 km", 220), ("landslide_afp", "around 280 kilometres", 280),
     ("landslide_afp", "175 miles", None), ("landslide_xinhua", "about 220 km", 220))
fact("landslide/time", "agree", ("landslide_kathmandupost", "around 2:30 am", "02:30"), ("landslide_xinhua", "2:40 a.m.", "02:40"),
     ("landslide_xinhua", "2055 GMT", None))
fact("landslide/houses", "agree", ("landslide_kathmandupost", "Seventeen", 17), ("landslide_afp", "more than 15", 15),
     ("landslide_xinhua", "17", 17, "burying 17"))
fact("landslide/injured", "agree", ("landslide_kathmandupost", "six", 6, "six people were injured"), ("landslide_xinhua", "Six", 6, "Six people"))
fact("landslide/rescuers", "agree", ("landslide_kathmandupost", "325", 325), ("landslide_afp", "around 300", 300))
fact("landslide/rain", "agree", ("landslide_kathmandupost", "155 mm", 155), ("landslide_afp", "More than 150 millimetres", 150))
fact("landslide/monsoon-toll", "agree", ("landslide_kathmandupost", "at least 218", 218), ("landslide_afp", "More than 200", 200))
fact("landslide/jure-dead", "agree", ("landslide_kathmandupost", "156", 156), ("landslide_afp", "156", 156))
fact("landslide/jure-year", "agree", ("landslide_kathmandupost", "August 2014", "2014-08"), ("landslide_afp", "2014", 2014))
fact("landslide/date", "agree", ("landslide_kathmandupost", "Tuesday", "2026-07-28", "early on Tuesday"),
     ("landslide_afp", "Tuesday", "2026-07-28", "Nepal on Tuesday"), ("landslide_xinhua", "Tuesday", "2026-07-28", "early Tuesday"))
fact("landslide/villager-age", "single", ("landslide_kathmandupost", "63", 63))
fact("landslide/forecast", "single", ("landslide_kathmandupost", "three days", 3))
fact("landslide/walk", "single", ("landslide_kathmandupost", "nearly four hours", 4))
fact("landslide/monsoon-onset", "agree", ("landslide_kathmandupost", "June 12", "2026-06-12"), ("landslide_afp", "June", "2026-06", "monsoon began in June"))
fact("landslide/nepal-pop", "single", ("landslide_afp", "about 30 million", 30e6))
fact("landslide/bodies-wednesday", "single", ("landslide_xinhua", "two", 2, "two more bodies"))
fact("landslide/households", "single", ("landslide_xinhua", "47", 47))

# Corrections after the first run (plain annotation mistakes only): none found. Every surface was found on its
# line before the run; the run showed no surface or value typed wrong. Nothing was changed to suit claimcheck.
