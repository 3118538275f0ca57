"""Writes gold.events.jsonl, entities.jsonl, clusters.jsonl and selfcheck.system.jsonl from the compact tables below
(hand annotation of docs/).

    python3 tests/events_gold6/make_gold.py

Blind set written 2026-12-04; same approach and format as tests/events_gold5/make_gold.py (chronica not imported).
Every quote and every date_text is checked to be an exact substring of its document (quotes must also be unique in the
document, so their offsets are unambiguous, and the offsets written to `sources` are re-checked), every entity alias to
occur in at least one of the documents listed for it, every actor to be a known canonical name or a state, and every
cluster to hold two or more gold mentions.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.gold_build import build  # noqa: E402

HERE = Path(__file__).parent
PK, AF, US_ = "PK", "AF", "US"
KP = "Khyber Pakhtunkhwa"


def L(place, admin1, cc):
    return {"place": place, "admin1": admin1, "country": cc}


# organisations
TTP, TALIBAN, JUA, LEI, HIZB = ("Tehrik-i-Taliban Pakistan", "Taliban", "Jamaat-ul-Ahrar", "Lashkar-e-Islam",
                               "Hizb-ul-Ahrar")
IMU, ISKP, AQ, JUNDALLAH, JUIF = ("Islamic Movement of Uzbekistan", "Islamic State Khorasan Province", "al-Qaeda",
                                  "Jundallah", "Jamiat Ulema-e-Islam (F)")
US, UN = "United States", "United Nations"
# people
BAITULLAH, HAKIM, FAZL, NOOR, WALI = ("Baitullah Mehsud", "Hakimullah Mehsud", "Mullah Fazlullah", "Noor Wali Mehsud",
                                      "Waliur Rehman")
KHORASANI, MANGAL, SUFI, BHUTTO, MALALA = ("Omar Khalid Khorasani", "Mangal Bagh", "Sufi Muhammad", "Benazir Bhutto",
                                           "Malala Yousafzai")
SHAHZAD, MANSOOR, HSK, GILANI, NAWAZ = ("Faisal Shahzad", "Umar Mansoor", "Hafiz Saeed Khan", "Yousaf Raza Gilani",
                                        "Nawaz Sharif")
SHEHBAZ, SARBAKAF, KHURASANI, GUL = "Shehbaz Sharif", "Sarbakaf Mohmand", "Mohammad Khurasani", "Samina Gul"

STATES = {"Pakistan", "Afghanistan"}

PK0 = L(None, None, PK)
AF0 = L(None, None, AF)
KP0 = L(None, KP, PK)
ISB = L("Islamabad", "Islamabad Capital Territory", PK)
RWP = L("Rawalpindi", "Punjab", PK)
LAHORE = L("Lahore", "Punjab", PK)
WAGAH = L("Wagah", "Punjab", PK)
KARACHI = L("Karachi", "Sindh", PK)
QUETTA = L("Quetta", "Balochistan", PK)
PESH = L("Peshawar", KP, PK)
CHARSADDA = L("Charsadda", KP, PK)
SWAZ = L("South Waziristan", KP, PK)
NWAZ = L("North Waziristan", KP, PK)
MIRANSHAH = L("Miranshah", KP, PK)
DANDE = L("Dande Darpa Khel", KP, PK)
MALAKAND = L("Malakand", KP, PK)
SWAT = L("Swat", KP, PK)
BUNER = L("Buner", KP, PK)
MINGORA = L("Mingora", KP, PK)
BANNU = L("Bannu", KP, PK)
MOHMAND = L("Mohmand", KP, PK)
KHAR = L("Khar", KP, PK)
NYC = L("New York", "New York", US_)
KUNAR = L(None, "Kunar", AF)
NANGARHAR = L(None, "Nangarhar", AF)
PAKTIKA = L(None, "Paktika", AF)
KABUL = L("Kabul", "Kabul", AF)

# doc -> rows of (key, date, date_text, type, summary, actors, location, killed, wounded, quote, relevant)
# key is a short local label used only for the clusters; ids are written as <doc prefix>-e<NNN>.
DOCS = {
    # Year headings 2007, 2008, 2009, 2012, 2013, 2014, 2015, 2016, 2018, 2020, 2021, 2022, 2023. Under 2009 the months go
    # back from 8/22 to 5/1: rollover -> 2010 (5/1 Times Square and 9/1 the US designation are 2010). Two entries hold two
    # events (12/14/2007 founding + emir; 6/23/2018 confirmation + new emir); 5/7/2009 adds the flight "in the following
    # weeks"; the range entry 12/18-12/20/2022 is the Bannu siege, with the storming "on the third day" (12/20).
    # Everything is relevant: the TTP, its factions and rivals (ISKP) and the state's response.
    "k01_ttp_timeline.txt": [
        ("lalmasjid", "2007-07-10", "7/10", "military_operation", "Troops storm the Lal Masjid in Islamabad; more than 100 die",
         ["Pakistan"], ISB, 100, None,
         "7/10 Troops storm the Lal Masjid (Red Mosque) in Islamabad; more than 100 people die.", True),
        ("ttp_found", "2007-12-14", "12/14", "organization", "Some 40 commanders in South Waziristan announce the TTP",
         [TTP], SWAZ, None, None,
         "12/14 Some 40 militant commanders meeting in South Waziristan announce an umbrella movement, Tehrik-i-Taliban Pakistan (TTP)", True),
        ("baitullah_emir", "2007-12-14", "12/14", "leadership", "Baitullah Mehsud chosen as the TTP's emir",
         [BAITULLAH, TTP], None, None, None,
         "Baitullah Mehsud is chosen as its emir.", True),
        ("bhutto", "2007-12-27", "12/27", "death", "Benazir Bhutto assassinated in Rawalpindi; the government blames Baitullah Mehsud",
         [BHUTTO, BAITULLAH], RWP, None, None,
         "12/27 Benazir Bhutto is assassinated as she leaves an election rally in Rawalpindi.", True),
        ("ban08", "2008-08-25", "8/25", "designation", "Pakistan bans the TTP and freezes its bank accounts",
         ["Pakistan", TTP], None, None, None,
         "8/25 The government bans the TTP and freezes its bank accounts.", True),
        ("swat_deal", "2009-02-16", "2/16", "agreement", "Provincial government agrees Islamic courts for Malakand in a deal with Sufi Muhammad",
         ["Pakistan", SUFI], MALAKAND, None, None,
         "2/16 The provincial government agrees to bring Islamic courts to Malakand division, Swat included, in a deal with the cleric Sufi Muhammad.", True),
        ("buner", "2009-04-22", "4/22", "territory", "Fazlullah's fighters push out of Swat into Buner",
         [FAZL], BUNER, None, None,
         "4/22 Fighters loyal to Mullah Fazlullah push out of Swat into Buner district, about 100 km from the capital.", True),
        ("raherast", "2009-05-07", "5/7", "military_operation", "Prime Minister Gilani announces Operation Rah-e-Rast in Swat",
         ["Pakistan", GILANI], SWAT, None, None,
         "5/7 Prime Minister Yousaf Raza Gilani announces Operation Rah-e-Rast in Swat", True),
        (None, "2009-05", "in the following weeks", "other", "More than two million people flee the Swat valley",
         [], SWAT, None, None,
         "more than two million people flee the valley in the following weeks", True),
        ("mingora", "2009-05-30", "5/30", "territory", "The army says it has retaken Mingora",
         ["Pakistan"], MINGORA, None, None,
         "5/30 The army says it has retaken Mingora, the main town of Swat.", True),
        ("baitullah_death", "2009-08-05", "8/5", "death", "CIA drone strike in South Waziristan kills Baitullah Mehsud",
         [BAITULLAH, US], SWAZ, None, None,
         "8/5 A CIA drone strike on his father-in-law's house in South Waziristan kills Baitullah Mehsud.", True),
        ("hakim_emir", "2009-08-22", "8/22", "leadership", "TTP shura names Hakimullah Mehsud emir",
         [HAKIM, TTP], None, None, None,
         "8/22 A TTP shura names Hakimullah Mehsud, a young commander from Orakzai, as emir.", True),
        (None, "2010-05-01", "5/1", "attack", "Failed car bomb in Times Square; bomber Faisal Shahzad says the TTP trained him",
         [SHAHZAD, TTP], NYC, None, None,
         "5/1 A car bomb fails to go off in New York's Times Square; the bomber, Faisal Shahzad, says the TTP trained him.", True),
        ("fto", "2010-09-01", "9/1", "designation", "US State Department designates the TTP a Foreign Terrorist Organization",
         [US, TTP], None, None, None,
         "9/1 The US State Department designates the TTP a Foreign Terrorist Organization.", True),
        (None, "2012-04-15", "4/15", "attack", "About 150 TTP fighters storm Bannu prison and free nearly 400 inmates",
         [TTP], BANNU, None, None,
         "4/15 About 150 TTP fighters storm the central prison in Bannu and free nearly 400 inmates.", True),
        ("malala", "2012-10-09", "10/9", "attack", "Gunman shoots Malala Yousafzai and wounds two classmates in Mingora; TTP claims it",
         [TTP], MINGORA, None, 3,
         "10/9 A gunman boards a school van in Mingora and shoots the schoolgirl Malala Yousafzai, wounding two classmates as well", True),
        (None, "2013-05-29", "5/29", "death", "Drone strike near Miranshah kills TTP deputy leader Waliur Rehman",
         [WALI], MIRANSHAH, None, None,
         "5/29 A drone strike near Miranshah, North Waziristan, kills the TTP's deputy leader, Waliur Rehman.", True),
        ("allsaints", "2013-09-22", "9/22", "attack", "Two suicide bombers kill at least 81 at All Saints Church, Peshawar; Jundallah claims it",
         [JUNDALLAH], PESH, 81, None,
         "9/22 Two suicide bombers strike All Saints Church in Peshawar, killing at least 81 worshippers.", True),
        (None, "2013-09-29", "9/29", "attack", "Car bomb in Peshawar's Qissa Khwani bazaar kills about 40",
         [], PESH, 40, None,
         "9/29 A car bomb in Peshawar's Qissa Khwani bazaar kills about 40 people.", True),
        ("hakim_death", "2013-11-01", "11/1", "death", "US drone strike at Dande Darpa Khel kills Hakimullah Mehsud",
         [HAKIM, US], DANDE, None, None,
         "11/1 A US drone strike at Dande Darpa Khel near Miranshah kills Hakimullah Mehsud.", True),
        ("fazl_emir", "2013-11-07", "11/7", "leadership", "The shura chooses Mullah Fazlullah as emir",
         [FAZL, TTP], None, None, None,
         "11/7 The shura chooses Mullah Fazlullah, the Swat commander, as emir.", True),
        ("airport", "2014-06-08", "6/8", "attack", "Ten gunmen attack Karachi airport; 36 die; TTP and IMU claim it",
         [TTP, IMU], KARACHI, 36, None,
         "6/8 Ten gunmen attack Jinnah International Airport in Karachi overnight; with the attackers, 36 people die.", True),
        ("zarb", "2014-06-15", "6/15", "military_operation", "Army launches Operation Zarb-e-Azb in North Waziristan",
         ["Pakistan"], NWAZ, None, None,
         "6/15 The army launches Operation Zarb-e-Azb in North Waziristan.", True),
        ("jua_split", "2014-08-26", "8/26", "organization", "Mohmand commanders under Omar Khalid Khorasani break away and form Jamaat-ul-Ahrar",
         [KHORASANI, JUA], MOHMAND, None, None,
         "8/26 Commanders in Mohmand led by Omar Khalid Khorasani break with Fazlullah and form Jamaat-ul-Ahrar (JuA).", True),
        ("wagah", "2014-11-02", "11/2", "attack", "Suicide bomber kills about 60 near the Wagah border crossing",
         [], WAGAH, 60, None,
         "11/2 A suicide bomber kills about 60 people near the Wagah border crossing outside Lahore.", True),
        ("aps", "2014-12-16", "12/16", "attack", "Seven gunmen attack the Army Public School in Peshawar, killing 132 children and nine staff",
         [], PESH, 141, None,
         "12/16 Seven gunmen in paramilitary uniform attack the Army Public School in Peshawar, killing 132 children and nine teachers and staff.", True),
        ("moratorium", "2014-12-17", "12/17", "other", "Nawaz Sharif lifts the moratorium on the death penalty in terrorism cases",
         [NAWAZ, "Pakistan"], None, None, None,
         "12/17 Prime Minister Nawaz Sharif lifts the moratorium on the death penalty in terrorism cases.", True),
        ("merger15", "2015-03-12", "3/12", "organization", "Jamaat-ul-Ahrar and Lashkar-e-Islam announce their merger into the TTP",
         [JUA, LEI, TTP], None, None, None,
         "3/12 Jamaat-ul-Ahrar and Lashkar-e-Islam announce that they are merging into the TTP.", True),
        ("bku", "2016-01-20", "1/20", "attack", "Gunmen storm Bacha Khan University in Charsadda, killing 21; Umar Mansoor claims it",
         [MANSOOR], CHARSADDA, 21, None,
         "1/20 Gunmen storm Bacha Khan University in Charsadda and kill 21 people; the commander Umar Mansoor claims it.", True),
        ("lahore16", "2016-03-27", "3/27", "attack", "JuA suicide bomber kills more than 70 in a Lahore park on Easter Sunday",
         [JUA], LAHORE, 70, None,
         "3/27 A JuA suicide bomber kills more than 70 people in Gulshan-e-Iqbal park in Lahore on Easter Sunday.", True),
        ("fazl_death", "2018-06-13", "6/13", "death", "US drone strike in Kunar kills Mullah Fazlullah",
         [FAZL, US], KUNAR, None, None,
         "6/13 A US drone strike in Kunar province, Afghanistan, kills Mullah Fazlullah.", True),
        (None, "2018-06-23", "6/23", "statement", "The TTP confirms Fazlullah's death",
         [TTP], None, None, None,
         "6/23 The TTP confirms Fazlullah's death", True),
        ("noor_emir", "2018-06-23", "6/23", "leadership", "The TTP names Mufti Noor Wali Mehsud emir",
         [NOOR, TTP], None, None, None,
         "names Mufti Noor Wali Mehsud as its emir.", True),
        ("jua_return", "2020-08-17", "8/17", "organization", "Jamaat-ul-Ahrar and Hizb-ul-Ahrar rejoin the TTP",
         [JUA, HIZB, TTP], None, None, None,
         "8/17 Jamaat-ul-Ahrar and Hizb-ul-Ahrar rejoin the TTP.", True),
        ("mangal_death", "2021-01-28", "1/28", "death", "Lashkar-e-Islam chief Mangal Bagh killed by a roadside bomb in Nangarhar",
         [MANGAL, LEI], NANGARHAR, None, None,
         "1/28 Mangal Bagh, the chief of Lashkar-e-Islam, is killed by a roadside bomb in Nangarhar, Afghanistan.", True),
        ("kabul21", "2021-08-15", "8/15", "territory", "The Afghan Taliban enter Kabul",
         [TALIBAN], KABUL, None, None,
         "8/15 The Afghan Taliban enter Kabul.", True),
        ("cf21", "2021-11-09", "11/9", "agreement", "Month-long government-TTP ceasefire brokered by the Afghan Taliban takes effect",
         ["Pakistan", TTP, TALIBAN], None, None, None,
         "11/9 A month-long ceasefire between the government and the TTP, brokered by the Afghan Taliban, takes effect.", True),
        ("cf22", "2022-06-02", "6/2", "agreement", "After Kabul talks the TTP declares an indefinite ceasefire",
         [TTP, TALIBAN], None, None, None,
         "6/2 After talks in Kabul hosted by the Afghan Taliban, the TTP declares an indefinite ceasefire.", True),
        ("khorasani_death", "2022-08-07", "8/7", "death", "JuA founder Omar Khalid Khorasani killed by a roadside bomb in Paktika",
         [KHORASANI], PAKTIKA, None, None,
         "8/7 Omar Khalid Khorasani, the founder of JuA, is killed by a roadside bomb in Paktika province, Afghanistan.", True),
        ("cf_end", "2022-11-28", "11/28", "agreement", "The TTP calls off the ceasefire and orders attacks across the country",
         [TTP], None, None, None,
         "11/28 The TTP calls off the ceasefire and orders its fighters to attack across the country.", True),
        ("bannu_ctd", "2022-12-18/2022-12-20", "12/18-12/20", "attack", "Detainees overpower guards at the Bannu CTD compound and take hostages",
         [], BANNU, None, None,
         "12/18-12/20 Detainees at the Counter-Terrorism Department compound in Bannu overpower their guards and take hostages", True),
        ("bannu_storm", "2022-12-20", "on the third day", "military_operation", "Commandos storm the Bannu CTD compound and kill 25 captors",
         ["Pakistan"], BANNU, 25, None,
         "commandos storm the compound on the third day and kill 25 of them.", True),
        ("police_lines", "2023-01-30", "1/30", "attack", "Suicide bomber in police uniform kills at least 84 at the Police Lines mosque, Peshawar",
         [JUA], PESH, 84, None,
         "1/30 A suicide bomber in police uniform blows himself up among worshippers at the mosque inside Peshawar's Police Lines, killing at least 84 people, nearly all police.", True),
        (None, "2023-07-30", "7/30", "attack", "Suicide bomber kills 63 at a JUI-F rally in Khar, Bajaur; ISKP claims it",
         [ISKP], KHAR, 63, None,
         "7/30 A suicide bomber kills 63 people at a rally of the Jamiat Ulema-e-Islam (F) in Khar, Bajaur", True),
    ],
    # Encyclopedia history; dates mostly relative, resolved against the last explicit date: "That December" / "At the end
    # of the month" after July 2007 -> 2007-12; "By late 2008" -> 2008~; "that winter" -> 2008-24; "The following spring"
    # after February 2009 -> 2009-21; "early in May" -> 2009-05~; "Within weeks" -> 2009-05; "that August" -> 2009-08;
    # "later that month" -> 2009-08; "A year later" after October 2009 -> 2010 (year only); "a week later" after
    # November 2013 -> 2013-11; "in early 2014" -> 2014~; "A week later" after 8 June 2014 -> 2014-06-15; "on the morning
    # of 16 December" -> 2014-12-16; "The next day" -> 2014-12-17; "within a fortnight" -> 2014-12; "Thirteen months
    # after the school massacre" -> 2016-01; "by 2020" -> 2020; "in the summer of 2022" -> 2022-22; "that November" ->
    # 2022-11. Everything is relevant.
    "k02_ttp_history.txt": [
        ("lalmasjid", "2007-07", "July 2007", "military_operation", "The army's assault on the Red Mosque in Islamabad",
         ["Pakistan"], ISB, None, None,
         "The army's assault on the Red Mosque in Islamabad in July 2007 turned many tribal militants against the state.", True),
        ("ttp_found", "2007-12", "That December", "organization", "Some forty commanders meet in South Waziristan and form the TTP",
         [TTP], SWAZ, None, None,
         "That December some forty commanders met in South Waziristan, formed the TTP", True),
        ("baitullah_emir", "2007-12", "That December", "leadership", "The commanders choose Baitullah Mehsud as leader",
         [BAITULLAH, TTP], None, None, None,
         "chose Baitullah Mehsud, a Mehsud tribesman, as their leader", True),
        ("bhutto", "2007-12", "At the end of the month", "death", "Benazir Bhutto killed in Rawalpindi; the government accuses Baitullah",
         [BHUTTO, BAITULLAH], RWP, None, None,
         "At the end of the month Benazir Bhutto was killed in Rawalpindi", True),
        (None, "2008~", "By late 2008", "territory", "Fazlullah's men hold most of the Swat valley",
         [FAZL], SWAT, None, None,
         "By late 2008 his men held most of the valley", True),
        (None, "2008-24", "that winter", "statement", "Fazlullah's men order girls' schools in Swat closed",
         [FAZL], SWAT, None, None,
         "that winter they ordered girls' schools closed", True),
        (None, "2008-24", "that winter", "attack", "Fazlullah's men blow up scores of school buildings",
         [FAZL], SWAT, None, None,
         "blew up scores of school buildings", True),
        ("swat_deal", "2009-02", "In February 2009", "agreement", "Provincial government accepts Islamic courts in Malakand under an accord with Sufi Muhammad",
         ["Pakistan", SUFI], MALAKAND, None, None,
         "In February 2009 the provincial government, hoping for calm, accepted Islamic courts in Malakand under an accord with Fazlullah's father-in-law, Sufi Muhammad.", True),
        ("buner", "2009-21", "The following spring", "territory", "The Swat militants advance into Buner",
         [FAZL], BUNER, None, None,
         "The following spring the militants advanced into Buner", True),
        ("raherast", "2009-05~", "early in May", "military_operation", "The army launches Operation Rah-e-Rast",
         ["Pakistan"], SWAT, None, None,
         "early in May the army launched Operation Rah-e-Rast", True),
        ("mingora", "2009-05", "Within weeks", "territory", "Troops are back in Mingora",
         ["Pakistan"], MINGORA, None, None,
         "Within weeks troops were back in Mingora", True),
        ("baitullah_death", "2009-08", "that August", "death", "Baitullah Mehsud killed by a missile from an American drone in South Waziristan",
         [BAITULLAH, US], SWAZ, None, None,
         "Baitullah was killed that August, when a missile fired from an American drone struck the house in South Waziristan where he was resting.", True),
        ("hakim_emir", "2009-08", "later that month", "leadership", "The shura settles on Hakimullah Mehsud as Baitullah's successor",
         [HAKIM, TTP], None, None, None,
         "later that month the shura settled on Hakimullah Mehsud", True),
        (None, "2009-10", "In October 2009", "military_operation", "The army enters South Waziristan in force",
         ["Pakistan"], SWAZ, None, None,
         "In October 2009 the army entered South Waziristan in force.", True),
        ("fto", "2010", "A year later", "designation", "Washington adds the TTP to its list of foreign terrorist organisations",
         [US, TTP], None, None, None,
         "A year later Washington added the TTP to its list of foreign terrorist organisations.", True),
        ("malala", "2012-10", "In October 2012", "attack", "Gunmen sent by Fazlullah's faction shoot Malala Yousafzai in Mingora",
         [FAZL, TTP], MINGORA, None, 1,
         "In October 2012 gunmen sent by Fazlullah's Swat faction shot the schoolgirl Malala Yousafzai in Mingora.", True),
        ("hakim_death", "2013-11", "in November 2013", "death", "Hakimullah Mehsud killed by a drone in North Waziristan",
         [HAKIM], NWAZ, None, None,
         "Hakimullah himself was killed by a drone in North Waziristan in November 2013", True),
        ("fazl_emir", "2013-11", "a week later", "leadership", "Leadership passes to Fazlullah, the first emir from outside the Mehsud tribe",
         [FAZL, TTP], None, None, None,
         "a week later the leadership passed for the first time to a man from outside the Mehsud tribe: Fazlullah.", True),
        (None, "2014~", "in early 2014", "meeting", "Peace talks between the government and the TTP open",
         ["Pakistan", TTP], None, None, None,
         "Peace talks opened in early 2014", True),
        ("airport", "2014-06-08", "8 June 2014", "attack", "Militants storm Karachi's international airport",
         [TTP], KARACHI, None, None,
         "militants stormed Karachi's international airport on the night of 8 June 2014", True),
        ("zarb", "2014-06-15", "A week later", "military_operation", "The army begins Operation Zarb-e-Azb in North Waziristan",
         ["Pakistan"], NWAZ, None, None,
         "A week later the army began Operation Zarb-e-Azb in North Waziristan", True),
        (None, "2014-06", "A week later", "territory", "Most TTP fighters withdraw into Afghanistan",
         [TTP], AF0, None, None,
         "most TTP fighters withdrew into Afghanistan", True),
        ("aps", "2014-12-16", "on the morning of 16 December", "attack", "Seven gunmen kill more than 140, mostly pupils, at the Army Public School, Peshawar",
         [TTP], PESH, 140, None,
         "The group's answer came on the morning of 16 December, when seven gunmen entered the Army Public School in Peshawar and moved from classroom to classroom, killing more than 140 people, most of them pupils.", True),
        ("moratorium", "2014-12-17", "The next day", "other", "The government ends its six-year moratorium on executions",
         ["Pakistan"], None, None, None,
         "The next day the government ended its six-year moratorium on executions", True),
        (None, "2014-12", "within a fortnight", "other", "Parliament's parties endorse a National Action Plan against terrorism",
         ["Pakistan"], None, None, None,
         "within a fortnight the parties in parliament had endorsed a National Action Plan against terrorism", True),
        ("bku", "2016-01", "Thirteen months after the school massacre", "attack", "Gunmen attack Bacha Khan University in Charsadda",
         [TTP], CHARSADDA, None, None,
         "Thirteen months after the school massacre, gunmen attacked Bacha Khan University in Charsadda.", True),
        ("hsk", "2015-01", "January 2015", "allegiance", "Commanders in Orakzai and Khyber pledge loyalty to the Islamic State's Khorasan province",
         [ISKP], None, None, None,
         "Several commanders in Orakzai and Khyber pledged loyalty to the Islamic State's new Khorasan province in January 2015.", True),
        ("fazl_death", "2018-06", "June 2018", "death", "Fazlullah dies in an American drone strike in Kunar",
         [FAZL, US], KUNAR, None, None,
         "Fazlullah, hiding in Kunar, died in an American drone strike in June 2018", True),
        ("noor_emir", "2018-06", "June 2018", "leadership", "Fazlullah's deputy Noor Wali Mehsud takes his place",
         [NOOR, TTP], None, None, None,
         "his deputy Noor Wali Mehsud took his place", True),
        (None, "2020", "by 2020", "organization", "Noor Wali brings most breakaway factions back into the TTP",
         [NOOR, TTP], None, None, None,
         "Noor Wali had brought most of the breakaway factions back by 2020", True),
        ("kabul21", "2021-08", "August 2021", "territory", "The Afghan Taliban return to power",
         [TALIBAN], AF0, None, None,
         "The Afghan Taliban's return to power in August 2021 gave the TTP a secure rear base.", True),
        ("cf22", "2022-22", "in the summer of 2022", "agreement", "Talks hosted by the Taliban produce a ceasefire",
         [TTP, TALIBAN], None, None, None,
         "Talks hosted by the Taliban produced a ceasefire in the summer of 2022", True),
        ("cf_end", "2022-11", "that November", "agreement", "The TTP ends the ceasefire",
         [TTP], None, None, None,
         "which the TTP ended that November", True),
        ("police_lines", "2023-01", "In January 2023", "attack", "JuA-linked bomber kills about 100, mostly police, in the Peshawar police headquarters mosque",
         [JUA], PESH, 100, None,
         "In January 2023 a bomber linked to Jamaat-ul-Ahrar killed about 100 people, most of them policemen, in the mosque of the Peshawar police headquarters.", True),
    ],
    # Group profile. Leader tenures are intervals ("2007-2009" -> 2007/2009); "since June 2018" -> 2018-06 (score.py
    # cannot read open intervals). Strength estimates (2009, 2023) are statements. The appointment of Noor Wali "after
    # Fazlullah was killed ... on 14 June 2018" is 2018-06. Everything is relevant.
    "k03_ttp_profile.txt": [
        (None, "2007/2009", "2007-2009", "leadership", "Baitullah Mehsud leads the TTP from 2007 to 2009",
         [BAITULLAH, TTP], None, None, None,
         "- Baitullah Mehsud, 2007-2009,", True),
        ("baitullah_death", "2009-08", "August 2009", "death", "Baitullah Mehsud killed in a US drone strike in South Waziristan",
         [BAITULLAH, US], SWAZ, None, None,
         "killed in a US drone strike in South Waziristan in August 2009", True),
        (None, "2009/2013", "2009-2013", "leadership", "Hakeemullah Mehsud leads the TTP from 2009 to 2013",
         [HAKIM, TTP], None, None, None,
         "- Hakeemullah Mehsud, 2009-2013", True),
        (None, "2013/2018", "2013-2018", "leadership", "Mullah Fazlullah leads the TTP from 2013 to 2018",
         [FAZL, TTP], None, None, None,
         "- Mullah Fazlullah (Fazlullah Hayat, known in Swat as \"Mullah Radio\"), 2013-2018", True),
        ("noor_emir", "2018-06", "since June 2018", "leadership", "Mufti Noor Wali Mehsud leads the TTP from June 2018",
         [NOOR, TTP], None, None, None,
         "- Mufti Noor Wali Mehsud, since June 2018", True),
        (None, "2009", "in 2009", "statement", "Pakistani officials estimate the TTP at 20,000 to 25,000 fighters",
         ["Pakistan", TTP], None, None, None,
         "Pakistani security officials put the movement's fighters at 20,000 to 25,000 in 2009, at the height of its power.", True),
        (None, "2023", "in 2023", "statement", "UN monitoring team reports 4,000 to 6,000 TTP fighters in Afghanistan",
         [UN, TTP], None, None, None,
         "A UN sanctions monitoring team reported in 2023 that between 4,000 and 6,000 TTP fighters were based in Afghanistan.", True),
        ("ttp_found", "2007-12", "in December 2007", "organization", "The TTP is formed as an umbrella for some 13 groups",
         [TTP], None, None, None,
         "The TTP was formed in December 2007 as an umbrella for some 13 militant groups from the tribal agencies.", True),
        ("ban08", "2008-08", "August 2008", "designation", "Pakistan bans the TTP",
         ["Pakistan", TTP], None, None, None,
         "Pakistan banned it in August 2008", True),
        ("fto", "2010-09", "September 2010", "designation", "The United States lists the TTP as a foreign terrorist organisation",
         [US, TTP], None, None, None,
         "the United States listed it as a foreign terrorist organisation in September 2010", True),
        ("hakim_death", "2013-11-01", "1 November 2013", "death", "Hakeemullah Mehsud killed by a US drone near Miranshah",
         [HAKIM, US], MIRANSHAH, None, None,
         "Hakeemullah Mehsud, the second emir, was killed by a US drone on 1 November 2013 near Miranshah", True),
        ("jua_split", "2014-08", "In August 2014", "organization", "Mohmand commanders under Omar Khalid Khorasani leave to form Jamaat-ul-Ahrar",
         [KHORASANI, JUA], MOHMAND, None, None,
         "In August 2014 commanders in Mohmand under Omar Khalid Khorasani left to form Jamaat-ul-Ahrar", True),
        ("wagah", "2014-11-02", "2 November 2014", "attack", "JuA's Wagah border bombing kills some 55",
         [JUA], WAGAH, 55, None,
         "JuA claimed the Wagah border bombing of 2 November 2014, which killed some 55 people", True),
        ("lahore16", "2016-03", "March 2016", "attack", "JuA's Easter bombing of a Lahore park",
         [JUA], LAHORE, None, None,
         "the Easter bombing of a Lahore park in March 2016", True),
        ("hsk", "2015-01", "In January 2015", "allegiance", "Former TTP commander Hafiz Saeed Khan defects and becomes ISKP's first leader",
         [HSK, ISKP], None, None, None,
         "In January 2015 Hafiz Saeed Khan, the TTP's former commander in Orakzai, defected to become the first leader of ISKP.", True),
        ("merger15", "2015-03", "in March 2015", "organization", "JuA and Mangal Bagh's Lashkar-e-Islam taken back into the TTP",
         [JUA, LEI, MANGAL, TTP], None, None, None,
         "JuA and the Khyber-based Lashkar-e-Islam of Mangal Bagh were taken back into the TTP in March 2015.", True),
        (None, "2016", "in 2016", "organization", "JuA breaks away from the TTP again under Khorasani",
         [JUA, KHORASANI], None, None, None,
         "JuA broke away again in 2016 under Khorasani", True),
        ("jua_return", "2020-08", "August 2020", "organization", "JuA returns to the TTP for good",
         [JUA, TTP], None, None, None,
         "returned for good in August 2020", True),
        ("mangal_death", "2021-01", "January 2021", "death", "Mangal Bagh killed by a roadside bomb in Nangarhar",
         [MANGAL], NANGARHAR, None, None,
         "Mangal Bagh was killed by a roadside bomb in Nangarhar in January 2021.", True),
        ("noor_emir", "2018-06", "14 June 2018", "leadership", "Noor Wali Mehsud appointed after Fazlullah's death",
         [NOOR, TTP], None, None, None,
         "Noor Wali Mehsud, a cleric from South Waziristan who wrote a history of the movement, was appointed", True),
        ("fazl_death", "2018-06-14", "14 June 2018", "death", "Fazlullah killed by an American strike in Kunar",
         [FAZL, US], KUNAR, None, None,
         "Fazlullah was killed by an American strike in Kunar on 14 June 2018", True),
        (None, "2020-07", "July 2020", "designation", "UN Security Council adds Noor Wali Mehsud to its sanctions list",
         [UN, NOOR], None, None, None,
         "The UN Security Council added him to its sanctions list in July 2020.", True),
        ("cf_end", "2022-11", "November 2022", "agreement", "The TTP ends its ceasefire with Islamabad",
         [TTP], None, None, None,
         "Since it ended its ceasefire with Islamabad in November 2022", True),
    ],
    # News report. Published: Tuesday 31 January 2023 -> Tuesday = 2023-01-31, Monday = 2023-01-30. The four toll and
    # description mentions (lead 100; "struck ... on Monday"; the hospital's 100 dead and 220 injured; the police's 93)
    # are attack mentions dated to the bombing. "last August" -> 2022-08; "in late November" -> 2022-11~; "in June" ->
    # 2022-06; "Last month" -> 2022-12. Everything is relevant.
    "k04_peshawar_report.txt": [
        ("police_lines", "2023-01-30", "on Monday", "attack", "Toll of the Police Lines mosque bombing rises to 100, a hospital official says",
         [JUA, SARBAKAF], PESH, 100, None,
         "The number of people killed by a suicide bomber who blew himself up inside a mosque in the city's heavily guarded Police Lines compound rose to 100 on Tuesday", True),
        ("police_lines", "2023-01-30", "on Monday", "attack", "Bomber strikes during afternoon prayers among police officers",
         [JUA, SARBAKAF], PESH, None, None,
         "The bomber struck shortly after 1.30 pm on Monday, as several hundred men, most of them police officers, stood in rows for the afternoon prayer.", True),
        ("police_lines", "2023-01-30", "on Monday", "attack", "Lady Reading Hospital: one hundred dead and more than 220 injured",
         [JUA, SARBAKAF, GUL], PESH, 100, 220,
         "We have received one hundred dead and more than 220 injured", True),
        ("police_lines", "2023-01-30", "on Monday", "attack", "Provincial police say 93 deaths confirmed",
         [JUA, SARBAKAF], PESH, 93, None,
         "said 93 deaths had been confirmed", True),
        ("khorasani_death", "2022-08", "last August", "death", "JuA founder Omar Khalid Khorasani killed in Afghanistan",
         [KHORASANI], AF0, None, None,
         "who was killed in Afghanistan last August", True),
        (None, "2023-01-30", "on Monday evening", "statement", "TTP spokesman Mohammad Khurasani denies any part in the bombing",
         [KHURASANI, TTP], None, None, None,
         "Mohammad Khurasani, the spokesman of the Tehreek-e-Taliban Pakistan, said on Monday evening that the movement did not target mosques and had played no part in the bombing.", True),
        (None, "2023-01-31", "on Tuesday", "statement", "Officials say the bomber wore a police uniform and may have had inside help",
         ["Pakistan"], None, None, None,
         "Officials said on Tuesday that the bomber had worn a police uniform and a helmet", True),
        (None, "2023-01-30", "on Monday evening", "meeting", "Shehbaz Sharif visits the wounded in Peshawar and orders an inquiry",
         [SHEHBAZ], PESH, None, None,
         "Prime Minister Shehbaz Sharif flew to Peshawar on Monday evening, visited the wounded and ordered an inquiry into the security failure.", True),
        ("allsaints", "2013-09", "In September 2013", "attack", "Two suicide bombers kill more than 80 at All Saints Church",
         [TTP], PESH, 80, None,
         "In September 2013 two suicide bombers killed more than 80 worshippers at All Saints Church in the old city.", True),
        ("aps", "2014-12-16", "On 16 December 2014", "attack", "Gunmen kill nearly 150, 132 of them children, at the Army Public School",
         [TTP], PESH, 150, None,
         "On 16 December 2014 gunmen killed nearly 150 people, 132 of them children, at the Army Public School.", True),
        ("bku", "2016-01", "In January 2016", "attack", "Attackers storm Bacha Khan University in Charsadda, killing about 20",
         [TTP], CHARSADDA, 20, None,
         "In January 2016 attackers stormed Bacha Khan University in nearby Charsadda, killing about 20 students and staff.", True),
        ("cf_end", "2022-11~", "in late November", "agreement", "The TTP calls off its ceasefire with the government",
         [TTP], None, None, None,
         "Violence has risen since the TTP called off its ceasefire with the government in late November.", True),
        ("cf22", "2022-06", "in June", "agreement", "The truce is agreed after talks hosted by the Afghan Taliban in Kabul",
         [TTP, TALIBAN], None, None, None,
         "The truce had been agreed in June after talks hosted by the Afghan Taliban in Kabul", True),
        ("bannu_ctd", "2022-12", "Last month", "attack", "Detainees seize a counter-terrorism centre in Bannu",
         [], BANNU, None, None,
         "Last month detainees seized a counter-terrorism centre in Bannu", True),
        ("bannu_storm", "2022-12", "Last month", "military_operation", "Commandos storm the Bannu centre after two days",
         ["Pakistan"], BANNU, None, None,
         "held it for two days before commandos stormed it", True),
    ],
    # Blog post dated Wednesday 30 November 2022: "On Monday" = 2022-11-28, "This morning" = 2022-11-30, "since June" ->
    # 2022-06. Comments: 1 December 2022 ("in 2014"); 19 December 2022, "Yesterday" -> 2022-12-18; 31 January 2023,
    # "Yesterday's" -> 2023-01-30. The flood relief appeal below ("Also on this page") is unrelated: relevant false.
    "k05_ceasefire_blog.txt": [
        ("cf_end", "2022-11-28", "On Monday", "agreement", "The TTP tells its fighters the ceasefire is over",
         [TTP], None, None, None,
         "On Monday the Tehrik-e-Taliban Pakistan told its fighters that the ceasefire with the government was over", True),
        (None, "2022-11-30", "This morning", "attack", "Suicide bomber rams a police truck escorting polio vaccinators near Quetta; TTP claims it",
         [TTP], QUETTA, 3, 20,
         "This morning a suicide bomber rammed a police truck escorting polio vaccinators on the edge of Quetta, killing three people and wounding more than 20", True),
        ("cf22", "2022-06", "since June", "agreement", "Kabul talks brokered by the Afghan Taliban lead the TTP to announce an open-ended truce",
         [TTP, TALIBAN], None, None, None,
         "The ceasefire had held, more or less, since June, when talks in Kabul brokered by the Afghan Taliban led the TTP to announce an open-ended halt to attacks.", True),
        ("cf21", "2021-11", "November 2021", "agreement", "A month-long truce, which collapses when the TTP declines to renew it",
         [TTP], None, None, None,
         "a month-long truce in November 2021 collapsed when the TTP declined to renew it", True),
        (None, "2018", "the 2018 merger", "other", "The tribal areas are merged into Khyber Pakhtunkhwa",
         ["Pakistan"], KP0, None, None,
         "the 2018 merger of the tribal areas into Khyber Pakhtunkhwa", True),
        ("swat_deal", "2009-02", "February 2009", "agreement", "The Swat accord",
         ["Pakistan"], SWAT, None, None,
         "The Swat accord of February 2009", True),
        ("raherast", "2009-05", "that May", "military_operation", "The army goes into the Swat valley",
         ["Pakistan"], SWAT, None, None,
         "the army going into the valley that May", True),
        ("airport", "2014-06", "that June", "attack", "The raid on Karachi airport ends the 2014 talks",
         [TTP], KARACHI, None, None,
         "the raid on Karachi airport that June", True),
        ("zarb", "2014-06", "a week later", "military_operation", "Operation Zarb-e-Azb follows a week after the airport raid",
         ["Pakistan"], None, None, None,
         "with Operation Zarb-e-Azb a week later", True),
        ("kabul21", "2021-08", "August 2021", "territory", "The Taliban take Kabul",
         [TALIBAN], KABUL, None, None,
         "Since the Taliban took Kabul in August 2021", True),
        ("noor_emir", "2018", "in 2018", "leadership", "Noor Wali Mehsud takes over the TTP",
         [NOOR, TTP], None, None, None,
         "Noor Wali Mehsud, who took over in 2018", True),
        ("fazl_death", "2018", "in 2018", "death", "A US drone kills Mullah Fazlullah in Kunar",
         [FAZL, US], KUNAR, None, None,
         "after a US drone killed Mullah Fazlullah in Kunar", True),
        ("aps", "2014-12", "in December 2014", "attack", "132 children murdered at an army-run school in Khyber Pakhtunkhwa",
         [TTP], KP0, 132, None,
         "132 children were murdered at an army-run school in Khyber Pakhtunkhwa in December 2014", True),
        (None, "2022-07", "July 2022", "statement", "UN monitoring team reports several thousand TTP fighters in Afghanistan",
         [UN, TTP], None, None, None,
         "A UN monitoring team reported in July 2022 that several thousand TTP fighters were in Afghanistan.", True),
        ("zarb", "2014", "in 2014", "military_operation", "Zarb-e-Azb clears North Waziristan",
         ["Pakistan"], NWAZ, None, None,
         "Zarb-e-Azb cleared it once, in 2014", True),
        ("bannu_ctd", "2022-12-18", "Yesterday", "attack", "Detainees at the Bannu CTD centre grab weapons and take the staff hostage",
         [], BANNU, None, None,
         "Yesterday detainees at the CTD centre in Bannu grabbed weapons from their interrogators and took the staff hostage.", True),
        ("police_lines", "2023-01-30", "Yesterday's", "attack", "The bombing at the Police Lines mosque in Peshawar",
         [TTP], PESH, None, None,
         "Yesterday's bombing at the Police Lines mosque in Peshawar shows they no longer spare mosques", True),
        (None, "2022-06~", "mid-June", "other", "Monsoon floods that began in mid-June kill more than 1,700 people",
         [], PK0, 1700, None,
         "The monsoon floods that began in mid-June have killed more than 1,700 people", False),
        (None, "2022-08-25", "25 August", "other", "The government declares a national emergency over the floods",
         ["Pakistan"], PK0, None, None,
         "The government declared a national emergency on 25 August.", False),
    ],
}

# (kind, canonical, aliases as spelled in the documents, documents by prefix)
ENTITIES = [
    ("org", TTP, ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban",
                  "Tehrik-e-Taliban Pakistan", "Movement of the Taliban in Pakistan"], "k01 k02 k03 k04 k05"),
    ("org", TALIBAN, ["Afghan Taliban", "Taliban"], "k01 k02 k03 k04 k05"),
    ("org", JUA, ["Jamaat-ul-Ahrar", "JuA", "Jamat-ul-Ahrar"], "k01 k02 k03 k04"),
    ("org", LEI, ["Lashkar-e-Islam"], "k01 k03"),
    ("org", HIZB, ["Hizb-ul-Ahrar"], "k01"),
    ("org", IMU, ["Islamic Movement of Uzbekistan"], "k01"),
    ("org", ISKP, ["Islamic State Khorasan Province", "ISKP", "Khorasan province"], "k01 k02 k03"),
    ("org", AQ, ["al-Qaeda"], "k03"),
    ("org", JUNDALLAH, ["Jundallah"], "k01"),
    ("org", JUIF, ["Jamiat Ulema-e-Islam (F)"], "k01"),
    ("org", US, ["United States", "US State Department", "US", "Washington", "CIA", "American"], "k01 k02 k03 k05"),
    ("org", UN, ["UN Security Council", "UN"], "k03 k05"),
    ("person", BAITULLAH, ["Baitullah Mehsud", "Baitullah"], "k01 k02 k03"),
    ("person", HAKIM, ["Hakimullah Mehsud", "Hakimullah", "Hakeemullah Mehsud"], "k01 k02 k03"),
    ("person", FAZL, ["Mullah Fazlullah", "Fazlullah", "Maulana Fazlullah", "Fazlullah Hayat", "Mullah Radio"],
     "k01 k02 k03 k05"),
    ("person", NOOR, ["Noor Wali Mehsud", "Mufti Noor Wali Mehsud", "Noor Wali"], "k01 k02 k03 k05"),
    ("person", WALI, ["Waliur Rehman"], "k01"),
    ("person", KHORASANI, ["Omar Khalid Khorasani"], "k01 k03 k04"),
    ("person", MANGAL, ["Mangal Bagh"], "k01 k03"),
    ("person", SUFI, ["Sufi Muhammad"], "k01 k02"),
    ("person", BHUTTO, ["Benazir Bhutto"], "k01 k02"),
    ("person", MALALA, ["Malala Yousafzai"], "k01 k02"),
    ("person", SHAHZAD, ["Faisal Shahzad"], "k01"),
    ("person", MANSOOR, ["Umar Mansoor"], "k01"),
    ("person", HSK, ["Hafiz Saeed Khan"], "k03"),
    ("person", GILANI, ["Yousaf Raza Gilani"], "k01"),
    ("person", NAWAZ, ["Nawaz Sharif"], "k01"),
    ("person", SHEHBAZ, ["Shehbaz Sharif"], "k04"),
    ("person", SARBAKAF, ["Sarbakaf Mohmand"], "k04"),
    ("person", KHURASANI, ["Mohammad Khurasani"], "k04"),
    ("person", GUL, ["Dr Samina Gul", "Samina Gul"], "k04"),
]

# clusters: keys (from DOCS) naming one real-world event in two or more mentions; OPTIONAL: (key, doc prefix, quote start)
# mentions that may or may not be linked to the cluster without counting either way (leader tenures beside the
# appointment; the gradual return of the factions "by 2020" beside JuA's return of August 2020).
OPTIONAL = {
    "baitullah_emir": [("k03", "- Baitullah Mehsud, 2007-2009")],
    "hakim_emir": [("k03", "- Hakeemullah Mehsud, 2009-2013")],
    "fazl_emir": [("k03", "- Mullah Fazlullah (Fazlullah Hayat")],
    "jua_return": [("k02", "Noor Wali had brought")],
}


def main() -> None:
    build(HERE, DOCS, ENTITIES, STATES, OPTIONAL, "k")


if __name__ == "__main__":
    main()
