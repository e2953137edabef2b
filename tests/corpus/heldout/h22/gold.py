"""Hand-written gold for the h22 held-out events (written before any claimcheck run; the author ran none).

Each fact: id, verdict (agree | conflict | single), mentions [doc, surface, value, ctx?].
ctx is a substring of the mention's line when the surface alone is ambiguous.
'single' facts are trap figures (background events, other incidents, changes beside levels, per-unit
amounts, other things of the same unit): they must not be grouped with, or conflict with, the facts beside them.
A value of None marks a conversion (other unit) that belongs to the fact but is not compared.
Revised tolls that differ between outlets count as conflicts (as in h6-h21 and the dev gold).
Hedges by GOLD-FORMAT.md: about/around/some/roughly/an estimated +-10%; "at least"/"more than" open above;
"up to" open below; "nearly"/"almost" 90-100%; a hedged time spans 30 min either side on the hour, 15 on a
half or quarter, 5 otherwise. Exact numbers carry their rounding interval ("2 km" 1.5-2.5).
Dates: ISO days; a weekday nothing resolves is TIMEX-style ("XXXX-WXX-3" = a Wednesday).
"""
F = []
def fact(id, verdict, *mentions):
    F.append({"id": id, "verdict": verdict, "mentions": [list(m) for m in mentions]})

# ---- cookout: shooting at a child's birthday cookout, 1500 block of West 22nd Street, Moncrief, Jacksonville, Fla.,
#      Saturday 13 June 2026 ~8:10-8:15 p.m. WJXT 7:05 AM Sunday: 1 dead, 4 hurt; TU / FCN Sunday afternoon: 2 dead, 3 hurt.
fact("cookout/dead", "conflict", ("cookout_wjxt", "1", 1, "1 killed"), ("cookout_wjxt", "One", 1, "One person is dead"),
     ("cookout_tu", "Second", 2, "Second person dies"), ("cookout_fcn", "2", 2, "2 dead"))
fact("cookout/wounded", "conflict", ("cookout_wjxt", "4", 4, "4 hurt"), ("cookout_wjxt", "four", 4, "four others are in the hospital"),
     ("cookout_wjxt", "four", 4, "other four were taken"), ("cookout_tu", "Three", 3, "Three other people"),
     ("cookout_fcn", "3", 3, "3 injured"), ("cookout_fcn", "Three", 3, "Three others are recovering"))
fact("cookout/shot", "agree", ("cookout_wjxt", "five", 5, "five people with gunshot"), ("cookout_fcn", "Five", 5, "Five people were shot"))
fact("cookout/man-age", "conflict", ("cookout_wjxt", "19-year-old", 19), ("cookout_tu", "20", 20, "Moss, 20"),
     ("cookout_fcn", "20-year-old", 20))
fact("cookout/woman-age", "agree", ("cookout_tu", "41", 41, "Rollins, 41"), ("cookout_fcn", "41-year-old", 41))
fact("cookout/boy-age", "agree", ("cookout_wjxt", "14-year-old", 14), ("cookout_tu", "14-year-old", 14), ("cookout_fcn", "14", 14, "is 14"))
fact("cookout/time", "agree", ("cookout_wjxt", "around 8:15 p.m.", "20:15"), ("cookout_tu", "shortly after 8 p.m.", "20:00"),
     ("cookout_fcn", "about 8:10 p.m.", "20:10"))
fact("cookout/date", "agree", ("cookout_wjxt", "Saturday", "2026-06-13", "Moncrief area Saturday night"),
     ("cookout_tu", "Saturday", "2026-06-13", "on Saturday night"), ("cookout_fcn", "Saturday", "2026-06-13", "Moncrief area Saturday night"))
fact("cookout/crowd", "agree", ("cookout_wjxt", "about 50", 50), ("cookout_tu", "Roughly 50", 50), ("cookout_fcn", "dozens", 24))
fact("cookout/block", "agree", ("cookout_wjxt", "1500 block", 1500), ("cookout_tu", "1500 block", 1500), ("cookout_fcn", "1500 block", 1500))
fact("cookout/rounds", "agree", ("cookout_wjxt", "more than 30", 30), ("cookout_tu", "At least 30", 30),
     ("cookout_fcn", "more than 30", 30, "fired more than 30 times"))
fact("cookout/shooters", "agree", ("cookout_wjxt", "at least two", 2), ("cookout_tu", "two", 2, "two gunmen walked"),
     ("cookout_fcn", "at least two", 2))
fact("cookout/girl-age", "agree", ("cookout_wjxt", "7-year-old", 7), ("cookout_tu", "7-year-old", 7), ("cookout_fcn", "7", 7, "turning 7"))
fact("cookout/reward", "agree", ("cookout_wjxt", "$5,000", 5000), ("cookout_tu", "$5,000", 5000), ("cookout_fcn", "$5,000", 5000))
fact("cookout/woman-died-day", "agree", ("cookout_tu", "Sunday", "2026-06-14", "died Sunday morning"),
     ("cookout_fcn", "Sunday", "2026-06-14", "at the hospital Sunday"))
fact("cookout/other-three", "single", ("cookout_wjxt", "three", 3, "other three were expected"))
fact("cookout/norwood-age", "single", ("cookout_wjxt", "24-year-old", 24))
fact("cookout/homicides", "single", ("cookout_wjxt", "58", 58))
fact("cookout/april-dead", "single", ("cookout_tu", "three", 3, "three people were killed"))
fact("cookout/april", "single", ("cookout_tu", "April", "2026-04"))
fact("cookout/vigil", "single", ("cookout_fcn", "Monday", "2026-06-15"))
# ---- homeinvasion: home invasion killing, 5200 block of South 109th East Avenue, east Tulsa, Okla., early Tuesday
#      3 March 2026. Victim Gerald Haskins 67/68/67; time 2:30 vs "just after 3:15"; Fenn 22/22/23; car stopped
#      "about 2 miles" / "roughly a mile and a half" / "about two miles" away.
fact("homeinvasion/victim-age", "conflict", ("homeinvasion_kjrh", "67", 67, "Man, 67"), ("homeinvasion_kjrh", "67-year-old", 67),
     ("homeinvasion_world", "68", 68, "Haskins, 68"), ("homeinvasion_newson6", "67-year-old", 67))
fact("homeinvasion/time", "conflict", ("homeinvasion_kjrh", "around 2:30 a.m.", "02:30"), ("homeinvasion_world", "about 2:30 a.m.", "02:30"),
     ("homeinvasion_newson6", "just after 3:15 a.m.", "03:15"))
fact("homeinvasion/fenn-age", "conflict", ("homeinvasion_kjrh", "22", 22, "Fenn, 22"), ("homeinvasion_world", "22-year-old", 22),
     ("homeinvasion_newson6", "23", 23, "Fenn, 23"))
fact("homeinvasion/distance", "conflict", ("homeinvasion_kjrh", "about 2 miles", 2), ("homeinvasion_world", "roughly a mile and a half", 1.5),
     ("homeinvasion_newson6", "about two miles", 2))
fact("homeinvasion/wife-age", "agree", ("homeinvasion_kjrh", "64", 64, "His wife, 64"), ("homeinvasion_world", "64-year-old", 64))
fact("homeinvasion/coleman-age", "agree", ("homeinvasion_kjrh", "19", 19, "Coleman, 19"), ("homeinvasion_world", "19-year-old", 19),
     ("homeinvasion_newson6", "19", 19, "Coleman, 19"))
fact("homeinvasion/block", "agree", ("homeinvasion_kjrh", "5200 block", 5200), ("homeinvasion_world", "5200 block", 5200))
fact("homeinvasion/date", "agree", ("homeinvasion_kjrh", "Tuesday", "2026-03-03", "early Tuesday when"),
     ("homeinvasion_world", "Tuesday", "2026-03-03", "early Tuesday, according"), ("homeinvasion_newson6", "Tuesday", "2026-03-03", "a.m. Tuesday"))
fact("homeinvasion/intruders", "agree", ("homeinvasion_kjrh", "three", 3, "three masked men"), ("homeinvasion_world", "three", 3, "three men wearing"),
     ("homeinvasion_newson6", "three", 3, "three people at that door"), ("homeinvasion_newson6", "three", 3, "three figures"))
fact("homeinvasion/arrested", "agree", ("homeinvasion_kjrh", "2", 2, "2 suspects"), ("homeinvasion_kjrh", "Two", 2, "Two men inside"),
     ("homeinvasion_newson6", "Two", 2, "Two suspects"))
fact("homeinvasion/shots", "agree", ("homeinvasion_kjrh", "twice", 2), ("homeinvasion_world", "two", 2, "two shots were fired"))
fact("homeinvasion/rifles", "agree", ("homeinvasion_world", "two", 2, "two rifles and about"), ("homeinvasion_newson6", "two", 2, "two rifles and some"))
fact("homeinvasion/bond", "agree", ("homeinvasion_world", "$1 million", 1000000), ("homeinvasion_newson6", "$1 million", 1000000))
fact("homeinvasion/homicide-rank", "agree", ("homeinvasion_kjrh", "ninth", 9), ("homeinvasion_world", "ninth", 9))
fact("homeinvasion/years-on-street", "single", ("homeinvasion_kjrh", "nearly 30 years", 30))
fact("homeinvasion/last-year-homicides", "single", ("homeinvasion_kjrh", "61", 61))
fact("homeinvasion/career", "single", ("homeinvasion_world", "34 years", 34))
fact("homeinvasion/cash", "single", ("homeinvasion_world", "about $800", 800))
fact("homeinvasion/charged-day", "single", ("homeinvasion_world", "Wednesday", "2026-03-04", "charged Wednesday"))
fact("homeinvasion/charged", "single", ("homeinvasion_newson6", "Two", 2, "Two of them are in jail"))
fact("homeinvasion/height", "single", ("homeinvasion_newson6", "about 6 feet", 6))
# ---- busped: woman struck and killed by a left-turning MCTS Route 30 bus, North 27th Street and West Wisconsin
#      Avenue, Milwaukee, Thursday 8 October 2026 ~6:40-6:45 p.m. Victim 72/73/72; passengers "About 15" / "A dozen" /
#      "about 15"; driver's tenure 18/17/18 years.
fact("busped/victim-age", "conflict", ("busped_wisn", "72", 72, "Woman, 72"), ("busped_wisn", "72-year-old", 72),
     ("busped_jsonline", "73", 73, "teacher, 73"), ("busped_jsonline", "73", 73, "Vance, 73"), ("busped_tmj4", "72", 72, "The woman, 72"))
fact("busped/passengers", "conflict", ("busped_wisn", "About 15", 15), ("busped_jsonline", "A dozen", 12), ("busped_tmj4", "about 15", 15))
fact("busped/driver-tenure", "conflict", ("busped_wisn", "18 years", 18), ("busped_jsonline", "17 years", 17), ("busped_tmj4", "18 years", 18))
fact("busped/time", "agree", ("busped_wisn", "about 6:40 p.m.", "18:40"), ("busped_jsonline", "around 6:45 p.m.", "18:45"),
     ("busped_tmj4", "just before 6:45 p.m.", "18:45"))
fact("busped/driver-age", "agree", ("busped_wisn", "54-year-old", 54), ("busped_jsonline", "54", 54, "The driver, 54"),
     ("busped_tmj4", "54 years old", 54))
fact("busped/date", "agree", ("busped_wisn", "Thursday", "2026-10-08", "killed Thursday evening"),
     ("busped_jsonline", "Thursday", "2026-10-08", "crosswalk Thursday evening"), ("busped_tmj4", "Thursday", "2026-10-08", "bus Thursday night"))
fact("busped/route", "agree", ("busped_wisn", "Route 30", 30), ("busped_jsonline", "Route 30", 30))
fact("busped/ped-deaths-2026", "agree", ("busped_wisn", "41", 41), ("busped_jsonline", "41", 41))
fact("busped/identified-day", "agree", ("busped_wisn", "Friday", "2026-10-09"), ("busped_jsonline", "Friday", "2026-10-09"))
fact("busped/ped-deaths-2025", "single", ("busped_wisn", "54", 54, "54 in all"))
fact("busped/ped-deaths-2024", "single", ("busped_jsonline", "36", 36))
fact("busped/ped-deaths-2024-year", "single", ("busped_jsonline", "2024", "2024"))
fact("busped/teaching-years", "single", ("busped_jsonline", "more than 30 years", 30))
fact("busped/left-turn-share", "single", ("busped_jsonline", "about a quarter", 0.25))
fact("busped/may-victim-age", "single", ("busped_tmj4", "30-year-old", 30))
fact("busped/may", "single", ("busped_tmj4", "May", "2026-05"))
fact("busped/bus-hits", "single", ("busped_tmj4", "second", 2, "at least the second"))
fact("busped/traffic-calming", "single", ("busped_tmj4", "$1.2 million", 1200000))
# ---- boatcrash: speedboat hits a pontoon near the 21-mile marker, Lake of the Ozarks, Mo., Saturday 4 July 2026
#      ~9:30 p.m. KY3 Sunday 6:30 AM: 1 dead; AP, Lake Expo Monday: two dead (the girl's uncle died Sunday).
#      Driver 45/46/45; pontoon aboard nine/nine/11.
fact("boatcrash/dead", "conflict", ("boatcrash_ky3", "1", 1, "1 dead"), ("boatcrash_ap", "Second", 2, "Second person dies"),
     ("boatcrash_ap", "two", 2, "death toll to two"), ("boatcrash_lakeexpo", "Two", 2, "Two dead"))
fact("boatcrash/driver-age", "conflict", ("boatcrash_ky3", "45-year-old", 45), ("boatcrash_ap", "46", 46, "Lowell, 46"),
     ("boatcrash_lakeexpo", "45", 45, "Lowell, 45"))
fact("boatcrash/pontoon-aboard", "conflict", ("boatcrash_ky3", "nine", 9, "carrying nine"), ("boatcrash_ap", "nine", 9, "nine people aboard"),
     ("boatcrash_lakeexpo", "11", 11))
fact("boatcrash/speedboat-aboard", "agree", ("boatcrash_ky3", "four", 4, "four people on his boat"),
     ("boatcrash_lakeexpo", "four", 4, "four on the speedboat"))
fact("boatcrash/serious", "agree", ("boatcrash_ky3", "two", 2, "two of them with serious"), ("boatcrash_lakeexpo", "two", 2, "two of the pontoon passengers"))
fact("boatcrash/time", "agree", ("boatcrash_ky3", "around 9:30 p.m.", "21:30"), ("boatcrash_ap", "about 9:30 p.m.", "21:30"),
     ("boatcrash_lakeexpo", "9:34 p.m.", "21:34"))
fact("boatcrash/mile-marker", "agree", ("boatcrash_ky3", "21-mile marker", 21), ("boatcrash_ap", "21-mile marker", 21),
     ("boatcrash_lakeexpo", "21 MM", 21, "at the 21 MM"), ("boatcrash_lakeexpo", "21-mile marker", 21), ("boatcrash_lakeexpo", "21 MM", 21, "along the 21 MM"))
fact("boatcrash/boat-length", "agree", ("boatcrash_ky3", "33-foot", 33), ("boatcrash_ap", "33-foot", 33), ("boatcrash_lakeexpo", "33-foot", 33))
fact("boatcrash/girl-age", "agree", ("boatcrash_ky3", "16-year-old", 16), ("boatcrash_ap", "16-year-old", 16), ("boatcrash_lakeexpo", "Sixteen-year-old", 16))
fact("boatcrash/uncle-age", "agree", ("boatcrash_ap", "51", 51, "Pickett, 51"), ("boatcrash_lakeexpo", "51", 51, "Pickett, 51"))
fact("boatcrash/date", "agree", ("boatcrash_ky3", "Saturday", "2026-07-04", "on Saturday night"), ("boatcrash_ap", "Saturday", "2026-07-04", "p.m. Saturday"),
     ("boatcrash_ap", "Saturday", "2026-07-04", "died Saturday night"), ("boatcrash_lakeexpo", "Saturday", "2026-07-04", "Ozarks Saturday night"),
     ("boatcrash_lakeexpo", "July 4", "2026-07-04", "p.m. July 4"),
     ("boatcrash_ky3", "Fourth of July", "2026-07-04", "Fourth of July boat crash"), ("boatcrash_ap", "Fourth of July", "2026-07-04", "Fourth of July weekend"),
     ("boatcrash_lakeexpo", "Fourth of July", "2026-07-04", "Fourth of July fireworks"))
fact("boatcrash/uncle-died-day", "agree", ("boatcrash_ap", "Sunday", "2026-07-05", "died Sunday at"), ("boatcrash_lakeexpo", "Sunday", "2026-07-05", "died Sunday from"))
fact("boatcrash/charged-day", "agree", ("boatcrash_ap", "Monday", "2026-07-06", "on Monday charged"), ("boatcrash_lakeexpo", "Monday", "2026-07-06", "On Monday, the Camden"))
fact("boatcrash/lake-deaths-last-year", "agree", ("boatcrash_ky3", "seven", 7, "seven people died"), ("boatcrash_ap", "Seven", 7, "Seven people died"),
     ("boatcrash_lakeexpo", "seven", 7, "seven boating deaths"))
fact("boatcrash/legal-limit", "agree", ("boatcrash_ap", "0.08%", 0.08), ("boatcrash_lakeexpo", ".08", 0.08))
fact("boatcrash/hurt", "single", ("boatcrash_ky3", "four", 4, "four other people were hurt"), ("boatcrash_ky3", "Four", 4, "Four people on the pontoon"))
fact("boatcrash/still-hospitalized", "single", ("boatcrash_ap", "Three", 3, "Three other people"))
fact("boatcrash/manslaughter-counts", "single", ("boatcrash_ap", "two", 2, "two counts"))
fact("boatcrash/bwi-counts", "single", ("boatcrash_ap", "three", 3, "three counts"))
fact("boatcrash/bac", "single", ("boatcrash_ap", "0.14%", 0.14))
fact("boatcrash/speed", "single", ("boatcrash_ap", "an estimated 50 mph", 50))
fact("boatcrash/shoreline", "single", ("boatcrash_ap", "more than 1,100 miles", 1100))
fact("boatcrash/statewide-deaths", "single", ("boatcrash_ap", "19", 19))
fact("boatcrash/year", "single", ("boatcrash_ap", "2025", 2025))
fact("boatcrash/bond", "single", ("boatcrash_ap", "$250,000", 250000))
# ---- carehome: fire at the Santa Teresa care home, Ourense, Galicia, Spain, early Wednesday 14 January 2026
#      ~3.15-3.20 a.m. Reuters (first report): six dead, 23 injured; AFP, BBC: eight dead (two died in hospital).
fact("carehome/dead", "conflict", ("carehome_reuters", "six", 6, "kills six"), ("carehome_reuters", "six", 6, "killing six"),
     ("carehome_afp", "eight", 8, "rises to eight"), ("carehome_afp", "eight", 8, "rose to eight"), ("carehome_afp", "eight", 8, "now have eight"),
     ("carehome_bbc", "Eight", 8, "Eight dead"), ("carehome_bbc", "Eight", 8, "Eight elderly"))
fact("carehome/injured", "conflict", ("carehome_reuters", "23", 23), ("carehome_afp", "Nineteen", 19), ("carehome_bbc", "Around 20", 20))
fact("carehome/serious", "conflict", ("carehome_reuters", "Four", 4, "Four of the injured"), ("carehome_afp", "Five", 5, "Five of the injured"))
fact("carehome/firefighters", "conflict", ("carehome_reuters", "About 40", 40), ("carehome_afp", "Some 50", 50))
fact("carehome/residents", "agree", ("carehome_reuters", "82", 82), ("carehome_afp", "82", 82), ("carehome_bbc", "More than 80", 80))
fact("carehome/beds", "agree", ("carehome_reuters", "90 beds", 90), ("carehome_bbc", "90", 90, "space for 90"))
fact("carehome/time", "agree", ("carehome_reuters", "around 3.20 a.m.", "03:20"), ("carehome_reuters", "0220 GMT", None),
     ("carehome_afp", "around 03:15 am", "03:15"), ("carehome_bbc", "shortly after 03:00", "03:00"), ("carehome_bbc", "02:00 GMT", None))
fact("carehome/date", "agree", ("carehome_reuters", "Wednesday", "2026-01-14", "early on Wednesday"),
     ("carehome_bbc", "Wednesday", "2026-01-14", "on Wednesday in a bedroom"))
fact("carehome/mourning", "agree", ("carehome_reuters", "three days", 3), ("carehome_afp", "three days", 3), ("carehome_bbc", "Three days", 3))
fact("carehome/died-in-hospital", "agree", ("carehome_afp", "two", 2, "after two residents died"), ("carehome_afp", "Two", 2, "Two more people"),
     ("carehome_bbc", "Two", 2, "Two more died"))
fact("carehome/valencia-dead", "agree", ("carehome_reuters", "10", 10, "killed 10 people"), ("carehome_afp", "10", 10, "10 people died"),
     ("carehome_bbc", "10", 10, "killing 10"))
fact("carehome/valencia-date", "agree", ("carehome_reuters", "February 2024", "2024-02"), ("carehome_afp", "February 2024", "2024-02"),
     ("carehome_bbc", "2024", "2024", "Valencia in 2024"))
fact("carehome/valencia-buildings", "agree", ("carehome_reuters", "two", 2, "two apartment blocks"), ("carehome_afp", "two", 2, "two residential buildings"),
     ("carehome_bbc", "two", 2, "two tower blocks"))
fact("carehome/floor", "agree", ("carehome_reuters", "first floor", 1), ("carehome_afp", "first-floor", 1), ("carehome_bbc", "first floor", 1))
fact("carehome/toll-rose-day", "single", ("carehome_afp", "Wednesday", "2026-01-14", "eight on Wednesday"))
fact("carehome/found-dead", "single", ("carehome_bbc", "Six", 6, "Six residents were found dead"))
fact("carehome/dead-over-80", "single", ("carehome_reuters", "over 80", 80))
fact("carehome/care-homes", "single", ("carehome_reuters", "more than 5,500", 5500))
fact("carehome/carried-out", "single", ("carehome_reuters", "dozens", 24))
fact("carehome/covid-deaths-vague", "single", ("carehome_reuters", "thousands", 2000))
fact("carehome/staff-injured", "single", ("carehome_afp", "two", 2, "two members of staff"))
fact("carehome/resident-ages", "single", ("carehome_afp", "between 71 and 101", 86))
fact("carehome/other-homes", "single", ("carehome_afp", "three", 3, "three other homes"))
fact("carehome/ambulances", "single", ("carehome_afp", "more than a dozen", 12))
fact("carehome/storeys", "single", ("carehome_afp", "three-storey", 3))
fact("carehome/night-staff", "single", ("carehome_afp", "four", 4, "four employees"))
fact("carehome/moved-homes", "single", ("carehome_afp", "two", 2, "two other care homes"))
fact("carehome/catalonia-year", "single", ("carehome_afp", "2022", "2022"))
fact("carehome/catalonia-dead", "single", ("carehome_afp", "three", 3, "three people died"))
fact("carehome/oldest-dead", "single", ("carehome_bbc", "101", 101))
fact("carehome/inspection-year", "single", ("carehome_bbc", "2023", "2023"))
fact("carehome/covid-deaths", "single", ("carehome_bbc", "more than 30,000", 30000))
# ---- quarry: explosives blast at a stone quarry at Abodom near Akim Oda, Eastern Region, Ghana, Thursday 21 May 2026.
#      JoyNews (Thursday): nine dead, "more than 30" injured; Reuters, Al Jazeera (Friday): 14 dead, 27 in hospital.
#      Time "about 10am" / "around 11:30am"; explosives "about 2 tonnes" / "about 1.5 tonnes".
fact("quarry/dead", "conflict", ("quarry_joy", "Nine", 9, "Nine dead"), ("quarry_joy", "Nine", 9, "Nine people have been"),
     ("quarry_joy", "nine", 9, "recovered nine bodies"), ("quarry_reuters", "14", 14, "rises to 14"), ("quarry_reuters", "14", 14, "risen to 14"),
     ("quarry_reuters", "14", 14, "recovered 14"), ("quarry_aljazeera", "at least 14", 14), ("quarry_aljazeera", "At least 14", 14))
fact("quarry/injured", "conflict", ("quarry_joy", "more than 30", 30), ("quarry_reuters", "Twenty-seven", 27),
     ("quarry_aljazeera", "dozens", 24, "injures dozens"), ("quarry_aljazeera", "dozens", 24, "and dozens injured"), ("quarry_aljazeera", "27", 27))
fact("quarry/time", "conflict", ("quarry_joy", "about 10am", "10:00"), ("quarry_aljazeera", "around 11:30am", "11:30"),
     ("quarry_aljazeera", "11:30 GMT", None))
fact("quarry/explosives", "conflict", ("quarry_reuters", "about 2 tonnes", 2), ("quarry_aljazeera", "about 1.5 tonnes", 1.5))
fact("quarry/workers", "agree", ("quarry_joy", "About 60", 60), ("quarry_reuters", "About 60", 60), ("quarry_aljazeera", "More than 50", 50))
fact("quarry/heard-distance", "agree", ("quarry_joy", "10 kilometres", 10), ("quarry_aljazeera", "up to 10km", 10))
fact("quarry/date", "agree", ("quarry_joy", "Thursday", "2026-05-21", "on Thursday while"), ("quarry_reuters", "Thursday", "2026-05-21", "on Thursday morning"),
     ("quarry_aljazeera", "Thursday", "2026-05-21", "on Thursday at"))
fact("quarry/apiate-dead", "agree", ("quarry_joy", "13", 13), ("quarry_reuters", "13", 13, "13 people were killed"), ("quarry_aljazeera", "13", 13))
fact("quarry/apiate-date", "agree", ("quarry_joy", "January 2022", "2022-01"), ("quarry_reuters", "January 2022", "2022-01"),
     ("quarry_aljazeera", "2022", "2022", "since 2022"))
fact("quarry/critical", "single", ("quarry_reuters", "six", 6, "six of them"))
fact("quarry/distance-accra", "single", ("quarry_reuters", "about 130 km", 130), ("quarry_reuters", "80 miles", None))
fact("quarry/container-distance", "single", ("quarry_reuters", "less than 50 metres", 50))
fact("quarry/sector-jobs", "single", ("quarry_reuters", "hundreds of thousands", 200000))
fact("quarry/apiate-fine", "single", ("quarry_reuters", "$6 million", 6000000))
fact("quarry/rocks-distance", "single", ("quarry_aljazeera", "hundreds of metres", 200))
fact("quarry/apiate-injured", "single", ("quarry_aljazeera", "nearly 200", 200))
fact("quarry/report-days", "single", ("quarry_aljazeera", "30 days", 30))
# ---- railstrike: national rail strike, Italy, 21:00 Thursday 5 November to Friday 6 November 2026. Length 21 hours
#      (ANSA, ending 18:00) vs 24 hours (Reuters, Wanted in Rome, ending 21.00); trains cancelled "more than 1,200" /
#      "about 900" / "More than 1,000".
fact("railstrike/duration", "conflict", ("railstrike_ansa", "21 hours", 21), ("railstrike_reuters", "24 hours", 24),
     ("railstrike_wantedinrome", "24-hour", 24, "Rome rail chaos"), ("railstrike_wantedinrome", "24-hour", 24, "full 24-hour"))
fact("railstrike/end-time", "conflict", ("railstrike_ansa", "18:00", "18:00", "ending at 18:00"),
     ("railstrike_wantedinrome", "21.00", "21:00", "runs until 21.00"), ("railstrike_wantedinrome", "21.00", "21:00", "end at 21.00"))
fact("railstrike/cancelled", "conflict", ("railstrike_ansa", "hundreds", 200, "hundreds of regional"), ("railstrike_ansa", "more than 1,200", 1200),
     ("railstrike_reuters", "hundreds", 200, "cancels hundreds"), ("railstrike_reuters", "about 900", 900),
     ("railstrike_wantedinrome", "hundreds", 200, "cancelled hundreds"), ("railstrike_wantedinrome", "More than 1,000", 1000))
fact("railstrike/start-time", "agree", ("railstrike_ansa", "21:00", "21:00", "began at 21:00"), ("railstrike_reuters", "9 p.m.", "21:00"),
     ("railstrike_reuters", "2000 GMT", None), ("railstrike_wantedinrome", "21.00", "21:00", "began at 21.00"))
fact("railstrike/start-day", "agree", ("railstrike_ansa", "Thursday", "2026-11-05"), ("railstrike_reuters", "Thursday", "2026-11-05"),
     ("railstrike_wantedinrome", "Thursday 5 November", "2026-11-05"))
fact("railstrike/day", "agree", ("railstrike_ansa", "Friday", "2026-11-06", "halt on Friday"), ("railstrike_reuters", "Friday", "2026-11-06", "strike on Friday"),
     ("railstrike_wantedinrome", "Friday", "2026-11-06", "difficult Friday morning"),
     ("railstrike_wantedinrome", "Friday", "2026-11-06", "station on Friday morning"))
fact("railstrike/end-day", "agree", ("railstrike_ansa", "Friday", "2026-11-06", "18:00 on Friday"), ("railstrike_wantedinrome", "Friday 6 November", "2026-11-06"),
     ("railstrike_wantedinrome", "Friday", "2026-11-06", "21.00 on Friday, making"))
fact("railstrike/turnout", "agree", ("railstrike_ansa", "about 60%", 60), ("railstrike_reuters", "58%", 58), ("railstrike_wantedinrome", "around 60 per cent", 60))
fact("railstrike/guarantee-from", "agree", ("railstrike_ansa", "06:00", "06:00"), ("railstrike_reuters", "6 a.m.", "06:00"), ("railstrike_wantedinrome", "06.00", "06:00"))
fact("railstrike/guarantee-to", "agree", ("railstrike_ansa", "09:00", "09:00"), ("railstrike_reuters", "9 a.m.", "09:00"), ("railstrike_wantedinrome", "09.00", "09:00"))
fact("railstrike/workers", "agree", ("railstrike_ansa", "about 85,000", 85000), ("railstrike_reuters", "some 85,000", 85000),
     ("railstrike_wantedinrome", "around 85,000", 85000))
fact("railstrike/demand", "agree", ("railstrike_ansa", "15%", 15), ("railstrike_reuters", "15%", 15), ("railstrike_wantedinrome", "15 per cent", 15))
fact("railstrike/demand-years", "agree", ("railstrike_ansa", "three years", 3), ("railstrike_reuters", "three years", 3),
     ("railstrike_wantedinrome", "three years", 3))
fact("railstrike/offer", "agree", ("railstrike_ansa", "6%", 6, "offered 6%"), ("railstrike_reuters", "6.2%", 6.2))
fact("railstrike/contract-expiry", "agree", ("railstrike_ansa", "2024", "2024"), ("railstrike_reuters", "2024", "2024", "end of 2024"))
fact("railstrike/friday-strikes", "agree", ("railstrike_ansa", "fourth", 4), ("railstrike_wantedinrome", "fourth", 4))
fact("railstrike/highspeed-cancelled", "single", ("railstrike_ansa", "300", 300))
fact("railstrike/assaults", "single", ("railstrike_ansa", "330", 330))
fact("railstrike/september", "single", ("railstrike_ansa", "September", "2026-09"))
fact("railstrike/september-length", "single", ("railstrike_ansa", "eight hours", 8))
fact("railstrike/september-turnout", "single", ("railstrike_ansa", "around 40%", 40))
fact("railstrike/services-run", "single", ("railstrike_reuters", "around 45%", 45))
fact("railstrike/past-years", "single", ("railstrike_reuters", "two years", 2))
fact("railstrike/inflation-peak", "single", ("railstrike_reuters", "11.8%", 11.8))
fact("railstrike/inflation-peak-year", "single", ("railstrike_reuters", "2022", "2022"))
fact("railstrike/real-wage-year", "single", ("railstrike_reuters", "2021", "2021"))
fact("railstrike/fs-profit", "single", ("railstrike_reuters", "200 million euros", 200000000), ("railstrike_reuters", "$216 million", None))
fact("railstrike/fs-profit-change", "single", ("railstrike_reuters", "12%", 12))
fact("railstrike/fs-half", "single", ("railstrike_reuters", "first half of 2026", "2026"))
fact("railstrike/delays", "single", ("railstrike_wantedinrome", "up to two hours", 2))
fact("railstrike/wait", "single", ("railstrike_wantedinrome", "an hour and a half", 1.5))
fact("railstrike/strangers", "single", ("railstrike_wantedinrome", "three", 3, "three strangers"))
fact("railstrike/frequency", "single", ("railstrike_wantedinrome", "15 minutes", 15))
fact("railstrike/evening-window", "single", ("railstrike_wantedinrome", "18.00", "18:00"), ("railstrike_wantedinrome", "21.00", "21:00", "and 21.00 in the evening"))
fact("railstrike/next-strike", "single", ("railstrike_wantedinrome", "27 November", "2026-11-27"))
# ---- rugby: Scotland 27-20 Australia, autumn Test, Murrayfield, Saturday 14 November 2026. Half-time 13-10 / 13-7 /
#      13-10; Jorgensen's try 64th / 66th / 64th minute; debutant McCann 21 / 22.
fact("rugby/score", "agree", ("rugby_bbc", "27-20", "27-20", "Scotland 27-20 Australia"), ("rugby_bbc", "27-20", "27-20", "hard-fought 27-20"),
     ("rugby_pa", "27-20", "27-20"), ("rugby_aap", "27-20", "27-20"))
fact("rugby/half-time", "conflict", ("rugby_bbc", "13-10", "13-10"), ("rugby_pa", "13-7", "13-7"), ("rugby_aap", "13-10", "13-10"))
fact("rugby/jorgensen-minute", "conflict", ("rugby_bbc", "64th minute", 64), ("rugby_pa", "66th minute", 66), ("rugby_aap", "64th-minute", 64))
fact("rugby/mccann-age", "conflict", ("rugby_bbc", "21", 21, "McCann, 21"), ("rugby_pa", "22-year-old", 22))
fact("rugby/darge-remaining", "agree", ("rugby_bbc", "five minutes", 5), ("rugby_pa", "five minutes", 5), ("rugby_aap", "five minutes", 5))
fact("rugby/level", "agree", ("rugby_bbc", "20-20", "20-20"), ("rugby_aap", "20-20", "20-20"))
fact("rugby/russell-points", "agree", ("rugby_bbc", "17-point", 17), ("rugby_pa", "17 points", 17), ("rugby_aap", "17 points", 17))
fact("rugby/penalties-conceded", "agree", ("rugby_bbc", "14", 14, "conceded 14"), ("rugby_pa", "14", 14, "14 penalties"), ("rugby_aap", "14", 14, "14 penalties"))
fact("rugby/wins-in-row", "agree", ("rugby_bbc", "three", 3, "three wins in a row"), ("rugby_pa", "third", 3, "third straight"), ("rugby_pa", "three", 3, "three times on the trot"),
     ("rugby_aap", "third", 3, "third consecutive"))
fact("rugby/lead-overturned", "agree", ("rugby_bbc", "10 points", 10), ("rugby_aap", "10-point", 10))
fact("rugby/mcdermott-minute", "agree", ("rugby_bbc", "eighth minute", 8), ("rugby_aap", "eighth minute", 8))
fact("rugby/crowd", "agree", ("rugby_bbc", "67,144", 67144), ("rugby_pa", "more than 65,000", 65000), ("rugby_aap", "67,144", 67144))
fact("rugby/last-aus-win-year", "agree", ("rugby_bbc", "2022", "2022"), ("rugby_pa", "2022", "2022"), ("rugby_aap", "2022", "2022"))
fact("rugby/last-aus-win-score", "agree", ("rugby_bbc", "16-15", "16-15"), ("rugby_aap", "16-15", "16-15"))
fact("rugby/date-local", "single", ("rugby_pa", "Saturday", "2026-11-14", "Murrayfield on Saturday"))
fact("rugby/date-australia", "single", ("rugby_aap", "Sunday", "2026-11-15", "Sunday morning"))
fact("rugby/darge-minute", "single", ("rugby_pa", "75th minute", 75))
fact("rugby/cushion", "single", ("rugby_pa", "seven-point", 7))
fact("rugby/russell-caps", "single", ("rugby_bbc", "89th", 89))
fact("rugby/russell-penalties", "single", ("rugby_bbc", "four", 4, "four penalties"))
fact("rugby/russell-conversions", "single", ("rugby_bbc", "two", 2, "two conversions"))
fact("rugby/mccann-tackles", "single", ("rugby_bbc", "two", 2, "two important tackles"))
fact("rugby/ranking", "single", ("rugby_bbc", "seventh", 7))
fact("rugby/argentina-day", "single", ("rugby_bbc", "Saturday", "2026-11-21", "next Saturday"))
fact("rugby/first-half-penalties", "single", ("rugby_pa", "three", 3, "kicking three penalties"))
fact("rugby/tuipulotu-defenders", "single", ("rugby_pa", "two", 2, "two defenders"))
fact("rugby/england-days", "single", ("rugby_pa", "seven days", 7))
fact("rugby/mccann-minutes", "single", ("rugby_pa", "20 minutes", 20))
fact("rugby/fagerson-minutes", "single", ("rugby_pa", "52 minutes", 52))
fact("rugby/fagerson-assessed", "single", ("rugby_pa", "Sunday", "2026-11-15", "assessed on Sunday"))
fact("rugby/autumn-wins", "single", ("rugby_pa", "three", 3, "three wins from their four"), ("rugby_pa", "four", 4, "their four autumn"))
fact("rugby/autumn-year", "single", ("rugby_pa", "2021", "2021"))
fact("rugby/head-to-head", "single", ("rugby_pa", "six", 6, "won six of the last nine"), ("rugby_pa", "nine", 9, "last nine meetings"))
fact("rugby/jorgensen-tries", "single", ("rugby_aap", "ninth", 9))
fact("rugby/jorgensen-age", "single", ("rugby_aap", "21-year-old", 21))
fact("rugby/jorgensen-run", "single", ("rugby_aap", "four", 4, "four of his last five"))
fact("rugby/aus-run", "single", ("rugby_aap", "four", 4, "lost four of their last five"))
fact("rugby/first-half-conceded", "single", ("rugby_aap", "five", 5, "five of them"))
fact("rugby/england-score", "single", ("rugby_aap", "25-22", "25-22"))
fact("rugby/ireland-day", "single", ("rugby_aap", "Saturday", "2026-11-21", "next Saturday"))
# ---- auction: Joan Mitchell's "Riviere Bleue" sold for $68.3 million with fees at Christie's New York, Tuesday
#      12 May 2026 (painting and sale as told here are fictional). Bidding "about 12" / "nearly 15" / 12 minutes;
#      bidders five/six/five; painted 1961/1960/1961.
fact("auction/price", "agree", ("auction_ap", "$68.3 million", 68300000, "abstract sells for"), ("auction_ap", "$68.3 million", 68300000, "sold for $68.3 million at"),
     ("auction_bloomberg", "$68.3 Million", 68300000), ("auction_bloomberg", "$68.3 million", 68300000),
     ("auction_artnewspaper", "$68.3m", 68300000, "sold for $68.3m with fees after"), ("auction_artnewspaper", "$68.3m", 68300000, "sold for $68.3m (£51.3m)"),
     ("auction_artnewspaper", "£51.3m", None))
fact("auction/hammer", "agree", ("auction_ap", "$58.5 million", 58500000), ("auction_artnewspaper", "$58.5m", 58500000))
fact("auction/bidding-minutes", "conflict", ("auction_ap", "about 12 minutes", 12), ("auction_bloomberg", "nearly 15 minutes", 15),
     ("auction_artnewspaper", "12-minute", 12), ("auction_artnewspaper", "12 minutes", 12))
fact("auction/bidders", "conflict", ("auction_ap", "Five", 5, "Five bidders"), ("auction_bloomberg", "Six", 6), ("auction_artnewspaper", "Five", 5, "Five bidders"))
fact("auction/year-painted", "conflict", ("auction_ap", "1961", "1961"), ("auction_bloomberg", "1960", "1960"), ("auction_artnewspaper", "1961", "1961"))
fact("auction/estimate", "agree", ("auction_ap", "around $50 million", 50000000), ("auction_artnewspaper", "$50m", 50000000))
fact("auction/previous-record", "agree", ("auction_ap", "$29.2 million", 29200000), ("auction_bloomberg", "$29.2 million", 29200000),
     ("auction_artnewspaper", "$29.2m", 29200000))
fact("auction/previous-record-year", "agree", ("auction_ap", "2023", "2023"), ("auction_bloomberg", "2023", "2023"), ("auction_artnewspaper", "November 2023", "2023-11"))
fact("auction/panels", "agree", ("auction_ap", "four-panel", 4), ("auction_bloomberg", "four-panel", 4),
     ("auction_artnewspaper", "four-panel", 4, "The four-panel painting"), ("auction_artnewspaper", "four-panel", 4, "four-panel abstraction"))
fact("auction/sale-total", "agree", ("auction_ap", "$412 million", 412000000), ("auction_bloomberg", "$412.6 million", 412600000),
     ("auction_artnewspaper", "$412m", 412000000))
fact("auction/high-estimate", "agree", ("auction_bloomberg", "$480 million", 480000000), ("auction_artnewspaper", "$480m", 480000000))
fact("auction/lots-offered", "agree", ("auction_ap", "58", 58, "Of the 58 lots"), ("auction_artnewspaper", "58", 58, "the 58 lots failed"))
fact("auction/date", "agree", ("auction_ap", "Tuesday", "2026-05-12"), ("auction_bloomberg", "Tuesday", "2026-05-12"), ("auction_artnewspaper", "Tuesday", "2026-05-12"))
fact("auction/bought-year", "agree", ("auction_bloomberg", "1988", "1988"), ("auction_artnewspaper", "1988", "1988"))
fact("auction/mitchell-died", "agree", ("auction_ap", "1992", "1992"), ("auction_artnewspaper", "1992", "1992"))
fact("auction/height", "agree", ("auction_bloomberg", "almost 9 feet", 2.74), ("auction_artnewspaper", "around 2.8m", 2.8))
fact("auction/slump-years", "agree", ("auction_ap", "two years", 2), ("auction_bloomberg", "two years", 2))
fact("auction/lots-sold", "single", ("auction_ap", "53", 53))
fact("auction/lots-unsold", "single", ("auction_artnewspaper", "five", 5, "five of the 58"))
fact("auction/sold-share", "single", ("auction_bloomberg", "91%", 91))
fact("auction/low-estimate", "single", ("auction_bloomberg", "$45 million", 45000000))
fact("auction/private-hands", "single", ("auction_ap", "almost 40 years", 40))
fact("auction/born", "single", ("auction_ap", "1925", "1925"))
fact("auction/rothko", "single", ("auction_ap", "$31.4 million", 31400000))
fact("auction/last-year-sale", "single", ("auction_bloomberg", "$364 million", 364000000))
fact("auction/global-fall", "single", ("auction_bloomberg", "12%", 12))
fact("auction/global-fall-year", "single", ("auction_bloomberg", "2025", "2025"))
fact("auction/report-month", "single", ("auction_bloomberg", "April", "2026-04"))
fact("auction/retrospective", "single", ("auction_bloomberg", "2021", "2021"))
fact("auction/women-share", "single", ("auction_artnewspaper", "just under 6%", 6))
fact("auction/women-share-before", "single", ("auction_artnewspaper", "2%", 2))
fact("auction/women-share-year", "single", ("auction_artnewspaper", "2025", "2025"))
fact("auction/consensus-years", "single", ("auction_artnewspaper", "15 years", 15))
fact("auction/giacometti", "single", ("auction_artnewspaper", "at least $25m", 25000000))
fact("auction/died-age", "single", ("auction_artnewspaper", "67", 67))
fact("auction/vetheuil-from", "single", ("auction_artnewspaper", "1968", "1968"))
fact("auction/width", "single", ("auction_artnewspaper", "6.5m", 6.5))
fact("auction/monet", "single", ("auction_artnewspaper", "more than $40m", 40000000))
