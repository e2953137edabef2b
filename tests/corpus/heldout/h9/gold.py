"""Hand-written gold for the h9 held-out events (written before running claimcheck).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6, h8 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than" open above;
"up to" open below; a hedged time spans 30 min either side on the hour, 15 on a half or quarter, 5 otherwise.
Dates: ISO days; a weekday nothing resolves is TIMEX-style ("XXXX-WXX-3" = a Wednesday).
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- flood (Bavaria, June 2024)
fact("flood/dead", "conflict", ("flood_reuters", "9", 9, "kill 9"), ("flood_reuters", "nine", 9, "killed nine"),
     ("flood_dw", "11", 11, "rises to 11"), ("flood_dw", "11", 11, "risen to 11"),
     ("flood_bbc", "Nine", 9, "Nine dead"), ("flood_bbc", "Nine", 9, "Nine people have died"))
fact("flood/evacuated", "agree", ("flood_reuters", "about 12,000", 12000), ("flood_dw", "More than 12,000", 12000),
     ("flood_bbc", "About 12,000", 12000))
fact("flood/missing", "conflict", ("flood_reuters", "Four", 4), ("flood_dw", "three", 3), ("flood_bbc", "Four", 4))
fact("flood/level", "conflict", ("flood_reuters", "6.4 metres", 6.4), ("flood_dw", "6.2 meters", 6.2), ("flood_bbc", "6.4m", 6.4),
     ("flood_bbc", "21ft", None))
fact("flood/peak-day", "agree", ("flood_reuters", "Sunday", "2024-06-02", "rose to 6.4"), ("flood_dw", "Sunday", "2024-06-02", "peaked"))
fact("flood/firefighter-age", "conflict", ("flood_reuters", "42", 42), ("flood_dw", "41-year-old", 41))
fact("flood/rescuers", "agree", ("flood_reuters", "Some 3,500", 3500), ("flood_dw", "Around 3,500", 3500), ("flood_bbc", "Some 3,500", 3500))
fact("flood/aid", "agree", ("flood_reuters", "100 million euros", 1e8), ("flood_reuters", "$108 million", None),
     ("flood_dw", "€100 million", 1e8), ("flood_bbc", "€100m", 1e8), ("flood_bbc", "£85m", None))
fact("flood/damage", "agree", ("flood_reuters", "2 billion euros", 2e9), ("flood_dw", "€2.5 billion", 2.5e9), ("flood_bbc", "€2bn", 2e9))
fact("flood/2013-damage", "agree", ("flood_reuters", "8 billion euros", 8e9), ("flood_bbc", "€8bn", 8e9), ("flood_bbc", "£6.8bn", None))
fact("flood/2013", "agree", ("flood_reuters", "2013", 2013), ("flood_bbc", "2013", 2013))
fact("flood/bodies", "single", ("flood_dw", "Two", 2, "Two more bodies"))
fact("flood/ahr-dead", "single", ("flood_dw", "more than 180", 180))
fact("flood/ahr-year", "single", ("flood_dw", "2021", 2021))
fact("flood/rain", "single", ("flood_reuters", "Up to 150 litres", 150))
# ---- plane crash (Kenya, Thursday 5 March 2026)
fact("crash/dead", "agree", ("crash_ap", "11", 11, "killing all 11 aboard"), ("crash_ap", "11", 11, "killing all 11 people"),
     ("crash_nation", "11", 11, "11 die"), ("crash_nation", "Eleven", 11), ("crash_bbc", "Eleven", 11), ("crash_bbc", "11", 11))
fact("crash/passengers", "agree", ("crash_ap", "nine", 9), ("crash_nation", "nine", 9))
fact("crash/crew", "agree", ("crash_ap", "two", 2, "two crew"), ("crash_nation", "two", 2, "two pilots"))
fact("crash/time", "conflict", ("crash_ap", "about 8:10 a.m.", "08:10"), ("crash_nation", "8.20am", "08:20"))
fact("crash/distance", "conflict", ("crash_ap", "12 kilometers", 12), ("crash_ap", "7.5 miles", None),
     ("crash_nation", "about 15km", 15), ("crash_bbc", "about 12km", 12), ("crash_bbc", "7.5 miles", None))
fact("crash/pilot-age", "conflict", ("crash_ap", "58", 58), ("crash_nation", "56", 56))
fact("crash/americans", "conflict", ("crash_ap", "Four", 4), ("crash_nation", "Three", 3), ("crash_bbc", "four", 4))
fact("crash/date", "conflict", ("crash_ap", "Thursday", "2026-03-05"), ("crash_nation", "yesterday", "2026-03-05"),
     ("crash_bbc", "Wednesday", "XXXX-WXX-3"))
fact("crash/hours", "single", ("crash_ap", "more than 10,000 hours", 10000))
fact("crash/2018-dead", "single", ("crash_ap", "10", 10, "killed 10"))
fact("crash/2018", "single", ("crash_ap", "2018", 2018))
fact("crash/suspension", "single", ("crash_nation", "48 hours", 48))
fact("crash/fleet", "single", ("crash_nation", "14", 14, "operates 14"))
fact("crash/pilot-service", "single", ("crash_bbc", "14 years", 14))
# ---- election (Denmark, Tuesday 2 November 2027)
fact("elec/sd-share", "conflict", ("elec_reuters", "27.5%", 27.5), ("elec_local", "27.8 percent", 27.8), ("elec_bbc", "27.5%", 27.5))
fact("elec/sd-seats", "agree", ("elec_reuters", "50", 50), ("elec_local", "50", 50))
fact("elec/sd-loss", "agree", ("elec_local", "three", 3, "three fewer"), ("elec_bbc", "three", 3, "lost three seats"))
fact("elec/sd-2022", "single", ("elec_reuters", "53", 53))
fact("elec/turnout", "agree", ("elec_reuters", "84.2%", 84.2), ("elec_local", "84.2 percent", 84.2), ("elec_bbc", "84%", 84))
fact("elec/turnout-change", "single", ("elec_local", "0.4 points", 0.4))
fact("elec/lib-share", "agree", ("elec_reuters", "14.1%", 14.1), ("elec_local", "14.1 percent", 14.1), ("elec_bbc", "14.1%", 14.1))
fact("elec/lib-seats", "conflict", ("elec_reuters", "24", 24, "taking 24"), ("elec_local", "25", 25))
fact("elec/pm-age", "conflict", ("elec_reuters", "48", 48), ("elec_local", "48", 48), ("elec_bbc", "49", 49))
fact("elec/bloc-seats", "conflict", ("elec_reuters", "87", 87), ("elec_local", "88", 88), ("elec_bbc", "87", 87))
fact("elec/majority", "agree", ("elec_reuters", "90", 90), ("elec_bbc", "90", 90))
fact("elec/short", "single", ("elec_reuters", "three", 3, "three short"))
fact("elec/seats", "agree", ("elec_reuters", "179", 179), ("elec_local", "179", 179), ("elec_bbc", "179-seat", 179))
fact("elec/prev-year", "agree", ("elec_reuters", "2022", 2022), ("elec_local", "2022", 2022))
fact("elec/leader-since", "single", ("elec_local", "2019", 2019))
fact("elec/day", "agree", ("elec_reuters", "Tuesday", "2027-11-02"), ("elec_local", "Tuesday", "2027-11-02"), ("elec_bbc", "Tuesday", "2027-11-02"))
fact("elec/close", "single", ("elec_bbc", "20:00", "20:00"), ("elec_bbc", "19:00 GMT", None))
# ---- chemical plant explosion (Yancheng, Tuesday 14 April 2026)
fact("gas/dead", "conflict", ("gas_afp", "14", 14, "kills 14"), ("gas_afp", "14", 14, "killed 14"),
     ("gas_xinhua", "16", 16, "rises to 16"), ("gas_xinhua", "16", 16, "risen to 16"),
     ("gas_scmp", "14", 14, "14 dead"), ("gas_scmp", "Fourteen", 14))
fact("gas/injured", "conflict", ("gas_afp", "37", 37), ("gas_xinhua", "Thirty-seven", 37), ("gas_scmp", "40", 40))
fact("gas/missing", "conflict", ("gas_afp", "Three", 3), ("gas_xinhua", "One", 1), ("gas_scmp", "Three", 3))
fact("gas/time", "agree", ("gas_afp", "around 2:50 pm", "14:50"), ("gas_xinhua", "2:48 p.m.", "14:48"), ("gas_scmp", "about 3pm", "15:00"))
fact("gas/day", "agree", ("gas_afp", "Tuesday", "2026-04-14", "injured 37"), ("gas_xinhua", "Tuesday", "2026-04-14", "2:48"),
     ("gas_scmp", "Tuesday", "2026-04-14", "Tuesday afternoon"))
fact("gas/workers", "agree", ("gas_afp", "about 600", 600), ("gas_scmp", "about 600", 600))
fact("gas/2019-dead", "agree", ("gas_afp", "78", 78), ("gas_scmp", "78", 78))
fact("gas/2019", "agree", ("gas_afp", "2019", 2019), ("gas_scmp", "2019", 2019))
fact("gas/2019-injured", "single", ("gas_scmp", "more than 600", 600))
fact("gas/windows", "single", ("gas_afp", "three kilometres", 3))
fact("gas/felt", "single", ("gas_scmp", "5km", 5))
fact("gas/serious", "single", ("gas_xinhua", "five", 5))
fact("gas/relocated", "single", ("gas_xinhua", "More than 900", 900))
fact("gas/area", "single", ("gas_xinhua", "about 5,000 square meters", 5000))
fact("gas/founded", "single", ("gas_scmp", "2008", 2008))
fact("gas/chairman", "single", ("gas_scmp", "61", 61))
# ---- stadium crush (Surabaya, Saturday 27 September 2025)
fact("crush/dead", "conflict", ("crush_reuters", "23", 23, "kills 23"), ("crush_reuters", "Twenty-three", 23),
     ("crush_jp", "25", 25, "25 dead"), ("crush_jp", "At least 25", 25), ("crush_bbc", "At least 23", 23, "dead after"),
     ("crush_bbc", "At least 23", 23, "have died"))
fact("crush/injured", "agree", ("crush_reuters", "more than 100", 100), ("crush_jp", "120", 120), ("crush_bbc", "More than 100", 100))
fact("crush/capacity", "conflict", ("crush_reuters", "46,000", 46000), ("crush_jp", "46,000", 46000), ("crush_bbc", "42,000", 42000))
fact("crush/tickets", "agree", ("crush_reuters", "about 52,000", 52000), ("crush_bbc", "52,000", 52000))
fact("crush/spectators", "single", ("crush_jp", "some 50,000", 50000))
fact("crush/children", "conflict", ("crush_reuters", "Seven", 7), ("crush_jp", "Eight", 8), ("crush_bbc", "Seven", 7))
fact("crush/youngest", "agree", ("crush_reuters", "6", 6, "aged 6"), ("crush_jp", "six-year-old", 6))
fact("crush/kanjuruhan-dead", "agree", ("crush_reuters", "135", 135), ("crush_bbc", "135", 135))
fact("crush/kanjuruhan-year", "agree", ("crush_reuters", "2022", 2022), ("crush_bbc", "2022", 2022))
fact("crush/day", "agree", ("crush_reuters", "Saturday", "2025-09-27"), ("crush_jp", "last night", "2025-09-27"))
fact("crush/panic", "single", ("crush_jp", "about 10:40 p.m.", "22:40"))
fact("crush/kickoff", "single", ("crush_bbc", "8pm", "20:00"), ("crush_bbc", "13:00 GMT", None))
fact("crush/officers", "single", ("crush_jp", "18", 18))
fact("crush/gate", "single", ("crush_bbc", "13", 13, "gate 13"))
# ---- ransomware (Nordhem, February 2026)
fact("ransom/stores", "conflict", ("ransom_reuters", "420", 420), ("ransom_cw", "410", 410),
     ("ransom_svt", "420", 420, "payments down"), ("ransom_svt", "420", 420, "Customers at"))
fact("ransom/demand", "agree", ("ransom_reuters", "$5 million", 5e6), ("ransom_cw", "$5m", 5e6), ("ransom_cw", "£3.7m", None),
     ("ransom_svt", "50 million kronor", None), ("ransom_svt", "about $4.8 million", 4.8e6))
fact("ransom/customers", "agree", ("ransom_reuters", "up to 1.2 million", 1.2e6), ("ransom_cw", "1.2 million", 1.2e6),
     ("ransom_svt", "About 1.2 million", 1.2e6))
fact("ransom/shares", "agree", ("ransom_reuters", "7%", 7), ("ransom_cw", "6.8%", 6.8))
fact("ransom/employees", "agree", ("ransom_reuters", "14,000", 14000), ("ransom_svt", "around 14,000", 14000))
fact("ransom/start", "conflict", ("ransom_reuters", "Sunday", "2026-02-08", "began late"), ("ransom_cw", "Saturday 7 February", "2026-02-07"),
     ("ransom_svt", "Sunday", "2026-02-08"))
fact("ransom/outage", "single", ("ransom_reuters", "three days", 3, "for three days"))
fact("ransom/outage-head", "single", ("ransom_reuters", "3 days", 3))
fact("ransom/countries", "single", ("ransom_reuters", "four", 4, "four countries"))
fact("ransom/trend", "single", ("ransom_cw", "38%", 38))
fact("ransom/sales", "single", ("ransom_svt", "38 billion kronor", 3.8e10))
fact("ransom/ceo", "single", ("ransom_svt", "52", 52))
fact("ransom/investigators", "single", ("ransom_svt", "120", 120))
# ---- cartel fine (Velora, Wednesday 8 July 2026)
fact("fine/amount", "agree", ("fine_reuters", "1.1 billion euros", 1.1e9, "over emissions"), ("fine_reuters", "1.1 billion euros", 1.1e9, "colluding"),
     ("fine_reuters", "$1.2 billion", None), ("fine_ft", "€1.1bn", 1.1e9, "cartel fine"), ("fine_ft", "€1.1bn", 1.1e9, "taking part"),
     ("fine_dpa", "1.1 billion euros", 1.1e9, "for emissions"), ("fine_dpa", "1.1 billion euros", 1.1e9, "imposed"))
fact("fine/discount", "agree", ("fine_reuters", "10%", 10), ("fine_ft", "10 per cent", 10))
fact("fine/provision", "conflict", ("fine_reuters", "1.3 billion euros", 1.3e9), ("fine_ft", "€1.2bn", 1.2e9), ("fine_dpa", "1.3 billion euros", 1.3e9))
fact("fine/shares", "conflict", ("fine_reuters", "1.2%", 1.2), ("fine_ft", "2 per cent", 2))
fact("fine/cartel-length", "conflict", ("fine_reuters", "five years", 5), ("fine_ft", "almost six years", 6))
fact("fine/start", "agree", ("fine_reuters", "2011", 2011), ("fine_dpa", "2011", 2011))
fact("fine/end", "agree", ("fine_reuters", "2016", 2016), ("fine_dpa", "2016", 2016))
fact("fine/2021-amount", "agree", ("fine_reuters", "875 million euros", 8.75e8), ("fine_dpa", "875 million euros", 8.75e8))
fact("fine/2021", "agree", ("fine_reuters", "2021", 2021), ("fine_dpa", "2021", 2021))
fact("fine/day", "agree", ("fine_reuters", "Wednesday", "2026-07-08"), ("fine_dpa", "Wednesday", "2026-07-08"))
fact("fine/expected", "single", ("fine_reuters", "1.5 billion euros", 1.5e9))
fact("fine/buyers", "single", ("fine_ft", "80 million", 8e7))
fact("fine/appeal", "single", ("fine_ft", "23 days", 23))
fact("fine/staff", "single", ("fine_dpa", "96,000", 96000))
fact("fine/plants", "single", ("fine_dpa", "12", 12))
# ---- tornado (Carver Springs, Friday 13 March 2026)
fact("tornado/dead", "conflict", ("tornado_ap", "6", 6, "killing 6"), ("tornado_ap", "six", 6, "killing six"),
     ("tornado_clarion", "7", 7, "kills 7"), ("tornado_clarion", "Seven", 7), ("tornado_wapt", "6", 6, "toll at 6"), ("tornado_wapt", "Six", 6))
fact("tornado/wind", "agree", ("tornado_ap", "up to 170 mph", 170), ("tornado_clarion", "165 mph", 165))
fact("tornado/path", "agree", ("tornado_ap", "59 miles", 59), ("tornado_clarion", "59 miles", 59))
fact("tornado/width", "agree", ("tornado_ap", "about a mile", 1), ("tornado_clarion", "1 mile", 1))
fact("tornado/homes", "agree", ("tornado_ap", "About 300", 300), ("tornado_clarion", "More than 300", 300), ("tornado_wapt", "320", 320))
fact("tornado/population", "agree", ("tornado_ap", "roughly 1,700", 1700), ("tornado_clarion", "about 1,700", 1700))
fact("tornado/missing", "agree", ("tornado_ap", "Two", 2), ("tornado_clarion", "2", 2, "leaves 2"), ("tornado_wapt", "Two", 2))
fact("tornado/day", "agree", ("tornado_ap", "Friday", "2026-03-13"), ("tornado_clarion", "Friday", "2026-03-13"), ("tornado_wapt", "Friday", "2026-03-13"))
fact("tornado/counties", "single", ("tornado_ap", "4", 4, "for 4 counties"))
fact("tornado/damaged", "single", ("tornado_clarion", "90", 90))
fact("tornado/victim-age", "single", ("tornado_clarion", "71-year-old", 71))
fact("tornado/speed", "single", ("tornado_wapt", "55 mph", 55))
fact("tornado/touchdown", "single", ("tornado_wapt", "9:48 p.m.", "21:48"))
fact("tornado/mayor", "single", ("tornado_wapt", "44", 44))
fact("tornado/shelter", "single", ("tornado_wapt", "250", 250))
fact("tornado/2011-dead", "single", ("tornado_wapt", "23", 23))
fact("tornado/2011", "single", ("tornado_wapt", "2011", 2011))
# ---- train derailment (Lairg, Monday 9 November 2026)
fact("train/dead", "agree", ("train_bbc", "Three", 3, "Three dead"), ("train_bbc", "Three", 3, "Three people have died"),
     ("train_herald", "three", 3, "three victims"), ("train_herald", "Three", 3, "Three people died"),
     ("train_reuters", "Three", 3, "Three killed"), ("train_reuters", "Three", 3, "Three people were killed"))
fact("train/injured", "conflict", ("train_bbc", "Eleven", 11), ("train_herald", "12", 12, "12 were injured"), ("train_reuters", "11", 11))
fact("train/aboard", "agree", ("train_herald", "44", 44), ("train_reuters", "44", 44))
fact("train/passengers", "single", ("train_bbc", "41", 41))
fact("train/crew", "single", ("train_bbc", "three", 3, "three crew"))
fact("train/speed", "agree", ("train_bbc", "68mph", 68), ("train_reuters", "about 70 miles per hour", 70), ("train_reuters", "113 kph", None))
fact("train/limit", "single", ("train_bbc", "75mph", 75))
fact("train/time", "agree", ("train_bbc", "about 07:40", "07:40"), ("train_reuters", "7:40 a.m.", "07:40"))
fact("train/departure", "single", ("train_herald", "06:51", "06:51"))
fact("train/driver-age", "conflict", ("train_bbc", "45", 45), ("train_herald", "46", 46))
fact("train/day", "agree", ("train_bbc", "Monday", "2026-11-09"), ("train_herald", "yesterday", "2026-11-09"), ("train_reuters", "Monday", "2026-11-09"))
fact("train/carmont-year", "agree", ("train_bbc", "2020", 2020), ("train_herald", "2020", 2020))
fact("train/carmont-dead", "agree", ("train_bbc", "three", 3, "three people died"), ("train_herald", "three", 3, "killed three"))
fact("train/serious", "single", ("train_bbc", "two", 2, "two of them"))
fact("train/rain", "single", ("train_herald", "40mm", 40))
fact("train/rain-hours", "single", ("train_herald", "12 hours", 12))
fact("train/closure", "single", ("train_herald", "at least two weeks", 2))
fact("train/distance", "single", ("train_reuters", "some 40 miles", 40))
fact("train/spend", "single", ("train_reuters", "1.2 billion pounds", 1.2e9))
fact("train/spend-since", "single", ("train_reuters", "2020", 2020))

# Corrections after the first run (plain annotation mistakes only):
# - flood/damage: "2 billion euros" / "€2bn" against "€2.5 billion" was marked conflict; "2 billion" is exact to
#   the billion (1.5-2.5 billion by GOLD-FORMAT's rounding rule), which takes in 2.45-2.55, so agree.
