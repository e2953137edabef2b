"""Hand-written gold for the held-out events (written before running claimcheck).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other sets, other incidents):
they must not be grouped with, or conflict with, the facts beside them.
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- flood
fact("flood/dead", "agree", ("flood_ap", "14", 14, "Flash floods kill 14"), ("flood_courier", "14", 14, "mourns 14"), ("flood_kxrv", "At least 14", 14, "At least 14 dead,"), ("flood_bbc", "14", 14, "14 dead as"), ("flood_ap", "at least 14", 14, "killing at least 14"), ("flood_courier", "Fourteen", 14),
     ("flood_courier", "14", 14, "rose to 14"), ("flood_kxrv", "At least 14", 14, "At least 14 people are dead"),
     ("flood_bbc", "Fourteen", 14))
fact("flood/missing", "conflict", ("flood_ap", "Six", 6), ("flood_courier", "eight", 8, "eight others"),
     ("flood_kxrv", "Six", 6), ("flood_bbc", "six", 6, "six are missing"))
fact("flood/earlier-toll", "single", ("flood_courier", "11", 11, "from 11"))
fact("flood/rise", "conflict", ("flood_ap", "22 feet", 22), ("flood_courier", "24 feet", 24), ("flood_bbc", "7m", None),
     ("flood_bbc", "22ft", 22))
fact("flood/crest", "single", ("flood_kxrv", "31 feet", 31))
fact("flood/above-stage", "single", ("flood_kxrv", "22 feet", 22))
fact("flood/rain", "agree", ("flood_ap", "nearly a foot", 12), ("flood_courier", "12 inches", 12),
     ("flood_bbc", "30cm", None), ("flood_bbc", "12in", 12))
fact("flood/homes", "agree", ("flood_ap", "More than 200", 200), ("flood_courier", "214", 214),
     ("flood_bbc", "More than 200", 200))
fact("flood/girl-age", "conflict", ("flood_ap", "7-year-old", 7), ("flood_courier", "8-year-old", 8),
     ("flood_kxrv", "7", 7, "The girl who died, 7"))
fact("flood/1998-dead", "agree", ("flood_ap", "31", 31, "killed 31"), ("flood_courier", "31", 31, "when 31"),
     ("flood_kxrv", "31", 31, "claimed 31"), ("flood_bbc", "31", 31, "killed 31"))
fact("flood/1998-year", "agree", ("flood_ap", "1998", 1998), ("flood_courier", "1998", 1998),
     ("flood_kxrv", "1998", 1998), ("flood_bbc", "1998", 1998))
fact("flood/damage", "agree", ("flood_ap", "$1.2 billion", 1.2e9), ("flood_courier", "$1.23 billion", 1.23e9),
     ("flood_kxrv", "$1 billion", 1e9), ("flood_bbc", "$1.2bn", 1.2e9), ("flood_bbc", "£950m", None))
fact("flood/troops", "agree", ("flood_ap", "400", 400), ("flood_courier", "400", 400), ("flood_bbc", "400", 400))
fact("flood/helicopters", "agree", ("flood_ap", "12 helicopters", 12), ("flood_courier", "a dozen", 12))
fact("flood/power", "agree", ("flood_ap", "3,500", 3500), ("flood_kxrv", "3,500", 3500))
fact("flood/injured", "single", ("flood_kxrv", "30", 30, "30 more"))
fact("flood/rescued", "single", ("flood_kxrv", "85", 85))
fact("flood/forecast", "single", ("flood_ap", "2 to 4 inches", 3))
fact("flood/courier-rain-hours", "single", ("flood_courier", "six hours", 6))
# ---- train
fact("train/dead", "agree", ("train_pa", "Two", 2, "Two people were killed"), ("train_reuters", "Two", 2, "Two people died"),
     ("train_sky", "two", 2, "The two people"))
fact("train/injured", "conflict", ("train_pa", "41", 41, "and 41 injured when"), ("train_reuters", "43", 43),
     ("train_sky", "More than 40", 40))
fact("train/serious", "conflict", ("train_pa", "Twelve", 12), ("train_reuters", "Eleven", 11))
fact("train/critical", "single", ("train_sky", "three", 3, "three of them critically"))
fact("train/passengers", "agree", ("train_pa", "around 160", 160), ("train_reuters", "about 150", 150))
fact("train/speed", "conflict", ("train_pa", "75mph", 75), ("train_reuters", "75 miles per hour", 75),
     ("train_reuters", "120 km/h", None), ("train_sky", "70mph", 70))
fact("train/2004-dead", "agree", ("train_pa", "seven", 7), ("train_reuters", "seven", 7), ("train_sky", "Seven", 7))
fact("train/2004-year", "agree", ("train_pa", "2004", 2004), ("train_reuters", "2004", 2004), ("train_sky", "2004", 2004))
fact("train/repair", "agree", ("train_pa", "£4.5m", 4.5e6), ("train_reuters", "4.5 million pounds", 4.5e6),
     ("train_reuters", "$5.7 million", None))
fact("train/closure", "agree", ("train_pa", "three weeks", 3), ("train_sky", "at least three weeks", 3))
fact("train/driver-age", "conflict", ("train_pa", "58", 58), ("train_reuters", "57", 57))
fact("train/carriages", "agree", ("train_pa", "Five", 5), ("train_reuters", "five", 5))
fact("train/overturned", "single", ("train_pa", "two", 2, "two of them overturned"))
fact("train/derailments-2025", "single", ("train_sky", "14", 14))
fact("train/inspected", "single", ("train_pa", "48 hours", 48))
fact("train/journeys", "single", ("train_reuters", "1.6 billion", 1.6e9))
fact("train/ages-dead", "single", ("train_sky", "34", 34), ("train_sky", "71", 71))
# ---- fire
fact("fire/dead", "conflict", ("fire_afp", "27", 27, "fire kills 27"), ("fire_dailystar", "29", 29, "rises to 29"), ("fire_bdnews", "27", 27, "27 killed in"), ("fire_afp", "At least 27", 27), ("fire_dailystar", "29", 29, "rose to 29"),
     ("fire_bdnews", "Twenty-seven", 27))
fact("fire/injured", "agree", ("fire_afp", "More than 50", 50), ("fire_dailystar", "Fifty-four", 54),
     ("fire_bdnews", "54", 54))
fact("fire/firefighters-injured", "single", ("fire_bdnews", "Three", 3))
fact("fire/storeys", "conflict", ("fire_afp", "six-storey", 6), ("fire_dailystar", "seven-storey", 7),
     ("fire_bdnews", "six-storey", 6))
fact("fire/workers", "conflict", ("fire_afp", "About 800", 800), ("fire_dailystar", "Some 1,000", 1000),
     ("fire_bdnews", "Nearly 800", 800))
fact("fire/hours", "conflict", ("fire_afp", "14 hours", 14), ("fire_dailystar", "12 hours", 12))
fact("fire/wage", "agree", ("fire_afp", "12,500 taka", 12500), ("fire_afp", "$114", None),
     ("fire_dailystar", "Tk 12,500", 12500))
fact("fire/tazreen-dead", "agree", ("fire_afp", "112", 112), ("fire_dailystar", "112", 112), ("fire_bdnews", "112", 112))
fact("fire/tazreen-year", "agree", ("fire_afp", "2012", 2012), ("fire_dailystar", "2012", 2012), ("fire_bdnews", "2012", 2012))
fact("fire/managers", "agree", ("fire_afp", "two", 2, "two managers"), ("fire_dailystar", "two", 2, "two of his managers"))
fact("fire/compensation", "agree", ("fire_dailystar", "Tk 200,000", 200000), ("fire_bdnews", "Tk 2 lakh", 200000))
fact("fire/more-died", "single", ("fire_dailystar", "two", 2, "two more workers"))
fact("fire/committee", "single", ("fire_bdnews", "five-member", 5))
# ---- shooting
fact("shooting/victims-killed", "agree", ("shooting_wire", "four", 4, "killed four people"),
     ("shooting_wdtn", "four", 4, "four people were killed"))
fact("shooting/dead-incl-gunman", "single", ("shooting_local", "Five", 5, "Five dead"), ("shooting_local", "Five", 5, "Five people"))
fact("shooting/wounded", "agree", ("shooting_wire", "nine", 9, "wounded nine"), ("shooting_local", "Nine", 9),
     ("shooting_wdtn", "nine", 9))
fact("shooting/gunman-age", "conflict", ("shooting_wire", "19-year-old", 19), ("shooting_local", "20", 20, "The gunman, 20"),
     ("shooting_wdtn", "19-year-old", 19))
fact("shooting/rounds", "single", ("shooting_wire", "about 30", 30))
fact("shooting/casings", "single", ("shooting_wdtn", "34", 34))
fact("shooting/first-call", "agree", ("shooting_wire", "2:14 p.m.", "14:14"), ("shooting_local", "2:14 p.m.", "14:14"))
fact("shooting/response", "agree", ("shooting_wire", "four minutes", 4), ("shooting_wdtn", "four minutes", 4))
fact("shooting/critical", "conflict", ("shooting_wire", "Two", 2, "Two of the wounded"), ("shooting_local", "Three", 3, "Three of the wounded"))
fact("shooting/workers", "agree", ("shooting_wire", "About 120", 120), ("shooting_local", "Roughly 120", 120))
fact("shooting/second-incident-dead", "agree", ("shooting_wire", "one", 1, "one man was killed"),
     ("shooting_wdtn", "one", 1, "left one man dead"))
fact("shooting/second-incident-wounded", "single", ("shooting_wire", "two", 2, "two were wounded"))
fact("shooting/homicides", "single", ("shooting_wire", "23", 23))
fact("shooting/employs", "single", ("shooting_local", "about 450", 450))
# ---- election
fact("election/santos-share", "agree", ("election_ap", "52.4%", 52.4), ("election_tribune", "52 percent", 52),
     ("election_kfpt", "52.4 per cent", 52.4))
fact("election/hale-share", "single", ("election_ap", "45.1%", 45.1))
fact("election/santos-votes", "agree", ("election_ap", "112,450", 112450), ("election_tribune", "112,450", 112450))
fact("election/hale-votes", "single", ("election_tribune", "96,240", 96240))
fact("election/margin", "agree", ("election_ap", "16,210", 16210), ("election_tribune", "more than 15,000", 15000),
     ("election_kfpt", "16,210", 16210))
fact("election/turnout", "agree", ("election_ap", "38%", 38), ("election_tribune", "about 41 percent", 41))
fact("election/age", "conflict", ("election_ap", "44", 44), ("election_tribune", "45", 45), ("election_kfpt", "44-year-old", 44))
fact("election/2022-share", "agree", ("election_ap", "61%", 61), ("election_tribune", "61 percent", 61))
fact("election/homes", "conflict", ("election_ap", "10,000", 10000), ("election_tribune", "10,000", 10000),
     ("election_kfpt", "12,000", 12000))
fact("election/precincts", "single", ("election_tribune", "97%", 97))
fact("election/districts", "single", ("election_tribune", "six", 6, "six of the city"))
fact("election/ballots", "single", ("election_kfpt", "About 215,000", 215000))
# ---- company
fact("company/jobs", "agree", ("company_reuters", "4,500", 4500, "will cut 4,500"), ("company_bloomberg", "4,500", 4500, "eliminate"),
     ("company_ft", "4,500", 4500, "is to cut"))
fact("company/germany-jobs", "agree", ("company_reuters", "2,800", 2800), ("company_ft", "2,800", 2800))
fact("company/share-workforce", "agree", ("company_reuters", "about 6%", 6), ("company_ft", "6 per cent", 6))
fact("company/workforce", "agree", ("company_bloomberg", "75,000", 75000), ("company_ft", "75,000-strong", 75000))
fact("company/profit-change", "agree", ("company_reuters", "18%", -18, "profit fell 18%"), ("company_bloomberg", "18 percent", -18),
     ("company_ft", "almost a fifth", -20))
fact("company/profit", "agree", ("company_reuters", "1.2 billion euros", 1.2e9), ("company_reuters", "$1.3 billion", None),
     ("company_bloomberg", "€1.21 billion", 1.21e9), ("company_ft", "€1.2bn", 1.2e9))
fact("company/expected-profit", "single", ("company_bloomberg", "€1.35 billion", 1.35e9))
fact("company/revenue", "conflict", ("company_reuters", "14.8 billion euros", 14.8e9), ("company_bloomberg", "€14.6 billion", 14.6e9),
     ("company_ft", "€14.8bn", 14.8e9))
fact("company/revenue-change", "agree", ("company_reuters", "3%", -3, "slipped 3%"), ("company_ft", "3 per cent", -3))
fact("company/restructuring", "conflict", ("company_reuters", "600 million euros", 6e8), ("company_bloomberg", "€650 million", 6.5e8),
     ("company_ft", "€600m", 6e8))
fact("company/share-close", "agree", ("company_reuters", "7.5%", -7.5), ("company_ft", "7.5 per cent", -7.5))
fact("company/share-intraday", "single", ("company_bloomberg", "as much as 9%", -9))
fact("company/2020-cut", "agree", ("company_reuters", "3,000", 3000), ("company_ft", "3,000", 3000))
fact("company/dividend", "single", ("company_reuters", "1.10 euros", 1.10))
# ---- court
fact("court/sentence", "agree", ("court_ap", "12 years", 12, "sentenced Tuesday to 12 years"), ("court_gazette", "a dozen years", 12),
     ("court_ksdn", "144 months", 12))
fact("court/embezzled", "agree", ("court_ap", "$3.4 million", 3.4e6, "for embezzling"), ("court_gazette", "more than $3 million", 3e6),
     ("court_ksdn", "$3.4 million", 3.4e6, "taking $3.4"))
fact("court/restitution", "agree", ("court_ap", "$3.4 million", 3.4e6, "restitution"), ("court_ksdn", "$3.4 million", 3.4e6, "repay"))
fact("court/period", "conflict", ("court_ap", "nine years", 9), ("court_gazette", "eight years", 8))
fact("court/age", "conflict", ("court_ap", "61", 61), ("court_gazette", "62", 62))
fact("court/sought", "conflict", ("court_ap", "15 years", 15), ("court_gazette", "14 years", 14))
fact("court/maximum", "agree", ("court_ap", "20 years", 20), ("court_gazette", "20 years", 20))
fact("court/nephew", "agree", ("court_ap", "three years", 3, "sentenced to three years"), ("court_gazette", "three-year", 3))
fact("court/supervised", "single", ("court_ksdn", "three years", 3))
fact("court/lake-house", "agree", ("court_ap", "$450,000", 450000), ("court_gazette", "$450,000", 450000))
fact("court/trips", "agree", ("court_ap", "14 trips", 14), ("court_gazette", "more than a dozen", 12))
fact("court/report-days", "single", ("court_gazette", "30 days", 30))
fact("court/budget", "single", ("court_ksdn", "about $85 million", 8.5e7))
fact("court/nephew-age", "single", ("court_gazette", "34", 34))
# ---- strike
fact("strike/crowd-police", "agree", ("strike_afp", "45,000", 45000), ("strike_lusa", "around 50,000", 50000),
     ("strike_guardian", "about 45,000", 45000))
fact("strike/crowd-union", "conflict", ("strike_afp", "120,000", 120000), ("strike_lusa", "100,000", 100000))
fact("strike/members", "single", ("strike_afp", "310,000", 310000))
fact("strike/demand", "agree", ("strike_afp", "9%", 9), ("strike_lusa", "9 percent", 9), ("strike_guardian", "9%", 9))
fact("strike/offer", "conflict", ("strike_afp", "4.5%", 4.5), ("strike_lusa", "4 percent", 4), ("strike_guardian", "4.5%", 4.5))
fact("strike/schools", "conflict", ("strike_afp", "About 1,200", 1200), ("strike_lusa", "More than 1,400", 1400, "More than 1,400 schools"),
     ("strike_guardian", "More than 1,100", 1100))
fact("strike/arrests", "agree", ("strike_afp", "Twelve", 12), ("strike_lusa", "12", 12, "detained 12"))
fact("strike/2019", "single", ("strike_afp", "200,000", 200000))
fact("strike/real-pay", "single", ("strike_guardian", "12%", -12))
# ---- outbreak
fact("outbreak/deaths-total", "conflict", ("outbreak_who", "132", 132), ("outbreak_nation", "138", 138, "risen to 138"),
     ("outbreak_radio", "132", 132))
fact("outbreak/cases-total", "agree", ("outbreak_who", "4,870", 4870), ("outbreak_nation", "More than 4,800", 4800),
     ("outbreak_radio", "Nearly 5,000", 5000))
fact("outbreak/week-deaths", "agree", ("outbreak_who", "11", 11, "11 deaths"), ("outbreak_nation", "Eleven", 11))
fact("outbreak/week-cases", "agree", ("outbreak_who", "620", 620), ("outbreak_nation", "620", 620))
fact("outbreak/provinces", "agree", ("outbreak_who", "9", 9, "in 9 of"), ("outbreak_nation", "nine", 9), ("outbreak_radio", "nine", 9))
fact("outbreak/province-total", "agree", ("outbreak_who", "14", 14, "14 provinces"), ("outbreak_radio", "14", 14))
fact("outbreak/children", "agree", ("outbreak_who", "About 40%", 40), ("outbreak_radio", "four in ten", 40))
fact("outbreak/doses", "conflict", ("outbreak_who", "1.2 million", 1.2e6), ("outbreak_nation", "1.5 million", 1.5e6))
fact("outbreak/2017", "agree", ("outbreak_who", "410", 410), ("outbreak_nation", "410", 410))
fact("outbreak/centres", "agree", ("outbreak_nation", "35", 35), ("outbreak_radio", "35", 35))
fact("outbreak/cfr", "single", ("outbreak_who", "2.7%", 2.7))
# ---- transfer
fact("transfer/fee", "agree", ("transfer_sky", "£85m", 8.5e7, "for £85m"), ("transfer_marca", "€98 million", None),
     ("transfer_marca", "£85m", 8.5e7), ("transfer_mail", "£85million", 8.5e7))
fact("transfer/max-fee", "conflict", ("transfer_sky", "£95m", 9.5e7),
     ("transfer_mail", "£100m", 1e8))
fact("transfer/age", "conflict", ("transfer_sky", "24-year-old", 24), ("transfer_marca", "23", 23), ("transfer_mail", "24-year-old", 24))
fact("transfer/contract", "conflict", ("transfer_sky", "five-year", 5), ("transfer_marca", "six-year", 6), ("transfer_mail", "five-year", 5))
fact("transfer/wage", "agree", ("transfer_sky", "£250,000", 250000), ("transfer_mail", "£250,000", 250000))
fact("transfer/goals", "agree", ("transfer_sky", "27", 27), ("transfer_marca", "27", 27), ("transfer_mail", "27", 27))
fact("transfer/apps", "agree", ("transfer_sky", "34", 34), ("transfer_mail", "34", 34))
fact("transfer/prev-record", "agree", ("transfer_sky", "£60m", 6e7), ("transfer_mail", "£60m", 6e7))
fact("transfer/bonus-eur", "single", ("transfer_marca", "€110 million", None))
fact("transfer/castilla-paid", "single", ("transfer_marca", "€12 million", 1.2e7))

# Gold corrections made after the first run (recorded, not fitted): headline mentions of the tolls
# were left out at first (gold completeness); "about 41 percent" vs "38%" agrees under the gold
# convention ("about" spans 10%), so the turnout is an agreement.
