"""Writes gold.events.jsonl, entities.jsonl, clusters.jsonl and selfcheck.system.jsonl from the compact tables below
(hand annotation of docs/).

    python3 tests/events_gold5/make_gold.py

Blind set written 2026-12-03; same approach and format as tests/events_gold5/make_gold.py (adapted, chronica not imported).
Every quote and every date_text is checked to be an exact substring of its document (quotes must also be unique in the
document, so their offsets are unambiguous, and the offsets written to `sources` are re-checked), every entity alias to
occur in at least one of the documents listed for it, every actor to be a known canonical name or a state, and every
cluster to hold two or more gold mentions.
"""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
PK, AF, ID, TH, MY, ET, ZA, SY = "PK AF ID TH MY ET ZA SY".split()


def L(place, admin1, cc):
    return {"place": place, "admin1": admin1, "country": cc}


# organisations
BLA, BLF, BRG, BRAS, MAJEED = ("Balochistan Liberation Army", "Balochistan Liberation Front", "Baloch Republican Guards",
                               "Baloch Raji Aajoi Sangar", "Majeed Brigade")
TTP, TALIBAN, US, FC = "Tehrik-i-Taliban Pakistan", "Taliban", "United States", "Frontier Corps"
JAT = "Jamaah Ansharut Tauhid"
IS, AQ, JI, DI, JAD, MIT, DENSUS = ("Islamic State", "al-Qaeda", "Jemaah Islamiyah", "Darul Islam", "Jamaah Ansharut Daulah",
                                    "Mujahidin Indonesia Timur", "Densus 88")
TPLF, AU, AMNESTY = "Tigray People's Liberation Front", "African Union", "Amnesty International"
# people
BUGTI, BALACH, REHAN, ASLAM, ZEB, SHARI, NAZAR = ("Nawab Akbar Bugti", "Balach Marri", "Rehan Baloch", "Aslam Baloch", "Bashir Zeb",
                                                  "Shari Baloch", "Allah Nazar Baloch")
MUSHARRAF, CHAUDHRY, SHARIF, XI = "Pervez Musharraf", "Ahmed Sharif Chaudhry", "Shehbaz Sharif", "Xi Jinping"
SUNGKAR, BASYIR, SUHARTO, HAMBALI, AZAHARI = "Abdullah Sungkar", "Abu Bakar Ba'asyir", "Suharto", "Hambali", "Azahari Husin"
AMROZI, MUKHLAS, SAMUDRA, NOORDIN, DULMATIN, PATEK = ("Amrozi", "Mukhlas", "Imam Samudra", "Noordin Mohammad Top", "Dulmatin",
                                                     "Umar Patek")
SANTOSO, AMAN, ZAINAL, BAHRUN, PARA, WIRANTO = ("Santoso", "Aman Abdurrahman", "Zainal Anshori", "Bahrun Naim", "Para Wijayanto",
                                                "Wiranto")
ABIY = "Abiy Ahmed"

STATES = {"Pakistan", "United Kingdom", "Afghanistan", "China", "Indonesia", "Thailand", "Ethiopia", "Eritrea", "South Africa"}

BAL = L(None, "Balochistan", PK)
GWADAR = L("Gwadar", "Balochistan", PK)
KOHLU = L("Kohlu", "Balochistan", PK)
QUETTA = L("Quetta", "Balochistan", PK)
KARACHI = L("Karachi", "Sindh", PK)
DALB = L("Dalbandin", "Balochistan", PK)
KANDAHAR = L("Kandahar", "Kandahar", AF)
ORMARA = L("Ormara", "Balochistan", PK)
BESHAM = L("Besham", "Khyber Pakhtunkhwa", PK)
BOLAN = L("Bolan Pass", "Balochistan", PK)
JKT = L("Jakarta", "Jakarta", ID)
ID0 = L(None, None, ID)
POSO = L("Poso", "Central Sulawesi", ID)
SURABAYA = L("Surabaya", "East Java", ID)
MEKELLE = L("Mekelle", "Tigray", ET)

# doc -> rows of (key, date, date_text, type, summary, actors, location, killed, wounded, quote, relevant)
# key is a short local label used only for the clusters; ids are written as <doc prefix>-e<NNN>.
DOCS = {
    # Year headings 2004, 2005, 2006, 2007, 2018, 2020, 2022, 2024, 2025. Under 2018 the months go back from 12/25 to 4/18:
    # rollover -> 2019 (4/18 Ormara, 5/11 Pearl Continental, 7/2 US designation are 2019). 3/11/2025 has a second date
    # inside (3/12, the end of the operation). Notes at the end carry background dates.
    # Relevant: the Baloch armed groups (Pakistan) and the response to them; the TTP's Besham bombing (a Pakistani armed group).
    "j01_baloch_chronology.txt": [
        (None, "2004-05-03", "5/3", "attack", "Car bomb in Gwadar kills three Chinese engineers; officials blame the BLA",
         [BLA], GWADAR, 3, None,
         "5/3 A car bomb in the port town of Gwadar kills three Chinese engineers working on the new harbour; officials blame the Balochistan Liberation Army (BLA).", True),
        (None, "2005-12-14", "12/14", "attack", "Rockets fired at a paramilitary camp in Kohlu during Musharraf's visit",
         [], KOHLU, None, None,
         "12/14 Rockets are fired at a paramilitary camp in Kohlu while President Pervez Musharraf is visiting", True),
        (None, "2005-12", "days later", "military_operation", "Army opens an offensive in the Marri and Bugti tribal areas",
         ["Pakistan"], BAL, None, None,
         "days later the army opens an offensive in the Marri and Bugti tribal areas", True),
        (None, "2006-04-07", "4/7", "designation", "Pakistan's interior ministry bans the BLA as a terrorist organisation",
         ["Pakistan", BLA], None, None, None,
         "4/7 Pakistan's interior ministry bans the BLA as a terrorist organisation.", True),
        (None, "2006-07-17", "7/17", "designation", "The United Kingdom proscribes the BLA",
         ["United Kingdom", BLA], None, None, None,
         "7/17 The United Kingdom proscribes the BLA.", True),
        (None, "2006-08-26", "8/26", "death", "Nawab Akbar Bugti killed when the army storms his hideout in Kohlu district",
         [BUGTI, "Pakistan"], KOHLU, None, None,
         "8/26 Nawab Akbar Bugti, the veteran Bugti tribal chief, is killed when the army storms his cave hideout in the Bhamboor hills of Kohlu district", True),
        (None, "2006-08-26", "8/26", "other", "Riots in Quetta and other towns after Bugti's killing",
         [], QUETTA, None, None,
         "riots follow in Quetta and other towns", True),
        (None, "2007-11-20", "11/20", "death", "BLA commander Balach Marri killed near the Afghan border",
         [BALACH, BLA], None, None, None,
         "11/20 Balach Marri, the BLA's commander and a son of the Marri chief, is killed near the Afghan border.", True),
        ("dalbandin", "2018-08-11", "8/11", "attack", "Suicide bomber, Aslam Baloch's son Rehan, rams a bus of Chinese engineers near Dalbandin",
         [BLA, REHAN], DALB, None, 5,
         "8/11 A suicide bomber rams a bus carrying Chinese engineers near Dalbandin in Chagai district, wounding three Chinese and two Pakistanis.", True),
        ("consulate", "2018-11-23", "11/23", "attack", "Three gunmen attack the Chinese consulate in Karachi, killing four; BLA claims it",
         [BLA], KARACHI, 4, None,
         "11/23 Three gunmen attack the Chinese consulate in Karachi; two policemen and two visa applicants are killed before the attackers are shot dead.", True),
        ("aslam", "2018-12-25", "12/25", "death", "Aslam Baloch and five other BLA commanders killed by a suicide bomber in Kandahar",
         [ASLAM, BLA], KANDAHAR, 6, None,
         "12/25 Aslam Baloch and five other BLA commanders are killed by a suicide bomber in the Aino Mina district of Kandahar, Afghanistan.", True),
        (None, "2018-12-25", "12/25", "leadership", "Bashir Zeb named to lead the BLA",
         [ZEB, BLA], None, None, None,
         "Bashir Zeb is named to lead the group.", True),
        ("ormara", "2019-04-18", "4/18", "attack", "Gunmen stop buses near Ormara and shoot 14 passengers; BRAS claims it",
         [BRAS], ORMARA, 14, None,
         "4/18 Gunmen in military uniform stop buses on the Makran Coastal Highway near Ormara and shoot 14 passengers, most of them navy and coast guard personnel.", True),
        (None, "2019-05-11", "5/11", "attack", "Four gunmen storm the Pearl Continental hotel in Gwadar, killing five",
         [], GWADAR, 5, None,
         "5/11 Four gunmen storm the Pearl Continental hotel in Gwadar; five people, among them hotel staff and a navy guard, are killed before the attackers are shot dead.", True),
        ("us19", "2019-07-02", "7/2", "designation", "US State Department designates the BLA a Specially Designated Global Terrorist group",
         [US, BLA], None, None, None,
         "7/2 The US State Department designates the BLA a Specially Designated Global Terrorist group.", True),
        (None, "2020-06-29", "6/29", "attack", "Four attackers try to storm the Pakistan Stock Exchange, killing four; Majeed Brigade claims it",
         [BLA, MAJEED], KARACHI, 4, None,
         "6/29 Four attackers try to storm the Pakistan Stock Exchange in Karachi; they kill four people at the gate and are killed by police.", True),
        ("noshki", "2022-02-02", "2/2", "attack", "BLA fighters attack Frontier Corps camps at Noshki and Panjgur on the same night",
         [BLA], BAL, None, None,
         "2/2 BLA fighters attack two Frontier Corps camps, at Noshki and at Panjgur, on the same night.", True),
        ("confucius", "2022-04-26", "4/26", "attack", "Woman suicide bomber Shari Baloch kills three Chinese teachers and a driver at Karachi University",
         [SHARI], KARACHI, 4, None,
         "4/26 A woman suicide bomber, Shari Baloch, blows herself up beside a minibus at the Confucius Institute of the University of Karachi, killing three Chinese teachers and their Pakistani driver.", True),
        (None, "2024-03-20", "3/20", "attack", "Eight BLA fighters attack the Gwadar Port Authority complex and are all killed",
         [BLA], GWADAR, 8, None,
         "3/20 Eight BLA fighters attack the Gwadar Port Authority complex and are all killed by security forces.", True),
        ("besham", "2024-03-26", "3/26", "attack", "Suicide bomber kills five Chinese engineers and their driver near Besham; Pakistan blames the TTP",
         [TTP], BESHAM, 6, None,
         "3/26 A suicide bomber drives into a convoy near Besham in Khyber Pakhtunkhwa, killing five Chinese engineers bound for the Dasu dam and their driver.", True),
        ("herof", "2024-08-26", "8/26", "attack", "BLA launches coordinated attacks across Balochistan, called Operation Herof",
         [BLA], BAL, None, None,
         "8/26 The BLA launches coordinated attacks across the province, which it calls Operation Herof", True),
        (None, "2024-08-26", "8/26", "attack", "Gunmen pull 23 passengers off lorries and buses at Musakhel and shoot them",
         [BLA], L("Musakhel", "Balochistan", PK), 23, None,
         "at Musakhel gunmen pull 23 passengers off lorries and buses and shoot them", True),
        ("herof", "2024-08-26", "8/26", "attack", "Army says 14 security personnel and 21 militants died in the day's fighting",
         [BLA, "Pakistan"], BAL, 35, None,
         "The army says 14 security personnel and 21 militants die in the day's fighting.", True),
        ("airport", "2024-10-06", "10/6", "attack", "Car bomb outside Karachi airport kills two Chinese engineers; BLA claims it",
         [BLA], KARACHI, 2, None,
         "10/6 A car bomb hits a convoy outside Karachi's Jinnah International Airport, killing two Chinese engineers.", True),
        ("quetta_stn", "2024-11-09", "11/9", "attack", "Suicide bomber strikes Quetta railway station, killing at least 24; BLA claims it",
         [BLA], QUETTA, 24, None,
         "11/9 A suicide bomber strikes the platform at Quetta railway station as soldiers wait for a train, killing at least 24 people.", True),
        ("jaffar", "2025-03-11", "3/11", "attack", "BLA fighters blow up the track and seize the Jaffar Express in the Bolan Pass",
         [BLA], BOLAN, None, None,
         "3/11 BLA fighters blow up the track and seize the Jaffar Express in a tunnel area of the Bolan Pass with more than 400 passengers on board", True),
        ("jaffar_end", "2025-03-12", "3/12", "military_operation", "Army says the operation to free the train's passengers is over",
         ["Pakistan"], BOLAN, None, None,
         "the army says on 3/12 that the operation to free them is over", True),
        ("noshki25", "2025-03-16", "3/16", "attack", "Car bomb and gunfire hit a military convoy near Noshki; officials say five killed",
         [], L("Noshki", "Balochistan", PK), 5, None,
         "3/16 A car bomb and gunfire hit a military convoy near Noshki; officials say five people are killed.", True),
        (None, "2025-08-11", "8/11", "designation", "US designates the BLA and its Majeed Brigade a Foreign Terrorist Organization",
         [US, BLA, MAJEED], None, None, None,
         "8/11 The United States designates the BLA and its Majeed Brigade as a Foreign Terrorist Organization.", True),
        (None, "2000~", "around 2000", "organization", "The BLA emerges around 2000",
         [BLA], None, None, None,
         "The BLA is usually dated to around 2000", True),
        (None, "1973/1977", "from 1973 to 1977", "clash", "The Marri tribe fights the Pakistani state from 1973 to 1977",
         ["Pakistan"], BAL, None, None,
         "the Marri tribe had fought Islamabad before, from 1973 to 1977", True),
        (None, "2018-11", "In November 2018", "agreement", "BLA, BLF and Baloch Republican Guards form the BRAS alliance",
         [BLA, BLF, BRG, BRAS], None, None, None,
         "In November 2018 the BLA, the Balochistan Liberation Front (BLF) and the Baloch Republican Guards formed an alliance, the Baloch Raji Aajoi Sangar (BRAS).", True),
        (None, "2004~", "around 2004", "organization", "Allah Nazar Baloch revives the BLF as a fighting force",
         [NAZAR, BLF], None, None, None,
         "The BLF is led by Allah Nazar Baloch, a doctor who revived it as a fighting force around 2004.", True),
    ],
    # Encyclopedia history, dates mostly relative. Relevant: only the Islamic State era (Ba'asyir's and Santoso's pledges,
    # JAD, Thamrin, Surabaya, the JAD trial and ban). JI, al-Qaeda-aligned, is not an IS branch: its history is false
    # (as Ansaru in events_gold4), and so is the response to it (Densus 88, executions, arrests).
    "j02_indonesia_history.txt": [
        (None, "1985", "1985", "other", "Sungkar and Ba'asyir flee to Malaysia to escape prosecution",
         [SUNGKAR, BASYIR], L(None, None, MY), None, None,
         "The clerics Abdullah Sungkar and Abu Bakar Ba'asyir fled to Malaysia in 1985 to escape prosecution under Suharto.", False),
        (None, "1993~", "around 1993", "organization", "Sungkar and Ba'asyir found Jemaah Islamiyah in Malaysia",
         [SUNGKAR, BASYIR, JI], L(None, None, MY), None, None,
         "They founded JI there around 1993, after a quarrel with the Darul Islam leadership.", False),
        (None, "1998", "1998", "other", "Suharto falls; Sungkar and Ba'asyir return to Indonesia",
         [SUHARTO, SUNGKAR, BASYIR], ID0, None, None,
         "Both returned after Suharto fell in 1998.", False),
        (None, "1999-11", "November 1999", "death", "Abdullah Sungkar dies",
         [SUNGKAR], None, None, None,
         "Sungkar died in November 1999,", False),
        (None, "1999-11", "November 1999", "leadership", "Ba'asyir succeeds Sungkar as head of JI",
         [BASYIR, JI], None, None, None,
         "Ba'asyir took his place at the head of the organisation", False),
        (None, "2000-12-24", "Christmas Eve 2000", "attack", "Bombs at churches in several cities kill 19",
         [JI], ID0, 19, None,
         "On Christmas Eve 2000 bombs went off at churches in several cities, killing 19 people.", False),
        (None, "2002-10-12", "12 October 2002", "attack", "Suicide bomber and car bomb hit two Kuta nightclubs in Bali, killing 202",
         [JI], L("Kuta", "Bali", ID), 202, None,
         "on the night of 12 October 2002 a suicide bomber and a car bomb struck two nightclubs in Kuta, Bali, killing 202 people, most of them foreign tourists.", False),
        (None, "2002-10", "days later", "detention", "Ba'asyir is detained after the Bali bombings",
         [BASYIR, "Indonesia"], ID0, None, None,
         "Ba'asyir was detained days later, although the charges against him over Bali did not stick.", False),
        (None, "2003-08", "The following August", "attack", "Car bomb outside the JW Marriott in Jakarta kills 12",
         [JI], JKT, 12, None,
         "The following August a car bomb outside the JW Marriott hotel in Jakarta killed 12 people.", False),
        (None, "2003-08", "Within a week", "detention", "Hambali captured in Ayutthaya in a joint Thai-American operation",
         [HAMBALI, "Thailand", US], L("Ayutthaya", "Ayutthaya", TH), None, None,
         "Within a week Hambali, JI's link to al-Qaeda, was captured in Ayutthaya, Thailand, in a joint Thai and American operation.", False),
        (None, "2004-09", "September 2004", "attack", "Truck bomb outside the Australian embassy in Jakarta kills nine",
         [JI], JKT, 9, None,
         "A truck bomb outside the Australian embassy in Jakarta killed nine people in September 2004", False),
        (None, "2005-10-01", "1 October 2005", "attack", "Three suicide bombers hit restaurants in Bali, killing 20",
         [JI], L(None, "Bali", ID), 20, None,
         "three suicide bombers hit restaurants in Bali on 1 October 2005, killing 20.", False),
        (None, "2005-11~", "in early November", "death", "Bomb maker Azahari Husin shot dead by police in Batu",
         [AZAHARI, "Indonesia"], L("Batu", "East Java", ID), None, None,
         "The bomb maker Azahari Husin was shot dead by police in Batu, East Java, in early November.", False),
        (None, "2003", "2003", "organization", "Elite police counter-terrorism unit Densus 88 is formed",
         [DENSUS], ID0, None, None,
         "The elite police unit Densus 88, formed in 2003, took the lead.", False),
        (None, "2008-11", "November 2008", "death", "Bali bombers Amrozi, Mukhlas and Imam Samudra executed by firing squad",
         [AMROZI, MUKHLAS, SAMUDRA, "Indonesia"], None, 3, None,
         "Three of the Bali bombers, Amrozi, Mukhlas and Imam Samudra, were executed by firing squad in November 2008.", False),
        (None, "2009-07", "The following July", "attack", "Suicide bombers strike the JW Marriott and Ritz-Carlton in Jakarta, killing seven",
         [NOORDIN], JKT, 7, None,
         "The following July suicide bombers struck the JW Marriott and Ritz-Carlton hotels in Jakarta, killing seven guests and staff.", False),
        (None, "2009-09", "that September", "death", "Noordin Mohammad Top killed in a police raid near Solo",
         [NOORDIN, "Indonesia"], L("Solo", "Central Java", ID), None, None,
         "Noordin Mohammad Top, the Malaysian who had led the splinter cell behind the hotel attacks, was killed in a police raid near Solo that September.", False),
        (None, "2010-03", "the next March", "death", "Dulmatin killed in a shoot-out in Pamulang",
         [DULMATIN, "Indonesia"], L("Pamulang", "Banten", ID), None, None,
         "Dulmatin died in a shoot-out in Pamulang, outside Jakarta, the next March", False),
        (None, "2011-01", "January 2011", "detention", "Bali bomber Umar Patek caught in Abbottabad, Pakistan",
         [PATEK], L("Abbottabad", "Khyber Pakhtunkhwa", PK), None, None,
         "Umar Patek, another of the Bali bombers, was caught in Abbottabad, Pakistan, in January 2011.", False),
        (None, "2008", "2008", "organization", "Ba'asyir founds Jamaah Ansharut Tauhid (JAT)",
         [BASYIR, JAT], None, None, None,
         "In 2008 Ba'asyir founded a new group, Jamaah Ansharut Tauhid (JAT).", False),
        (None, "2011-06", "June 2011", "other", "Jakarta court sentences Ba'asyir to 15 years for funding the Aceh camp",
         [BASYIR, "Indonesia"], JKT, None, None,
         "In June 2011 a Jakarta court sentenced Ba'asyir to 15 years for funding that camp.", False),
        ("basyir_pledge", "2014-07", "July 2014", "allegiance", "Ba'asyir swears allegiance to the Islamic State from prison",
         [BASYIR, IS], None, None, None,
         "In July 2014 Ba'asyir swore allegiance to the Islamic State from his cell.", True),
        (None, "2014", "that year", "allegiance", "MIT leader Santoso pledges allegiance to the Islamic State",
         [SANTOSO, MIT, IS], None, None, None,
         "Santoso, the leader of the Mujahidin Indonesia Timur (MIT) in the hills of Poso, Central Sulawesi, made the same pledge that year.", True),
        ("jad_found", "2015", "the next year", "organization", "IS supporters around Aman Abdurrahman found Jamaah Ansharut Daulah",
         [AMAN, JAD], None, None, None,
         "The supporters of IS gathered around the imprisoned cleric Aman Abdurrahman in Jamaah Ansharut Daulah (JAD), founded the next year.", True),
        ("thamrin", "2016-01-14", "14 January 2016", "attack", "Gunmen and suicide bombers attack Jalan Thamrin in Jakarta; IS claims it",
         [IS], JKT, 4, None,
         "On 14 January 2016 gunmen and suicide bombers attacked a police post and a café on Jalan Thamrin in central Jakarta, killing four civilians", True),
        ("santoso_death", "2016-07-18", "18 July", "death", "MIT leader Santoso shot dead by soldiers in Poso",
         [SANTOSO, "Indonesia"], POSO, None, None,
         "Santoso was shot dead by soldiers in Poso on 18 July.", True),
        ("surabaya", "2018-05-13", "13 May 2018", "attack", "JAD-linked family of six bombs three churches in Surabaya",
         [JAD], SURABAYA, 12, None,
         "On 13 May 2018 a family of six linked to JAD bombed three churches in Surabaya, killing at least 12 people besides the bombers.", True),
        ("aman_sent", "2018-06", "A month later", "other", "Jakarta court sentences Aman Abdurrahman to death",
         [AMAN, "Indonesia"], JKT, None, None,
         "A month later a Jakarta court sentenced Aman Abdurrahman to death", True),
        ("jad_ban", "2018-07-31", "31 July 2018", "designation", "Jakarta court bans JAD",
         [JAD, "Indonesia"], JKT, None, None,
         "JAD itself was banned by the same court on 31 July 2018.", True),
        (None, "2019-06-29", "29 June 2019", "detention", "Police arrest JI leader Para Wijayanto near Jakarta",
         [PARA, JI, "Indonesia"], ID0, None, None,
         "Police arrested its leader, Para Wijayanto, near Jakarta on 29 June 2019.", False),
        (None, "2021-01", "January 2021", "detention", "Ba'asyir released from prison",
         [BASYIR], ID0, None, None,
         "Ba'asyir walked free in January 2021 after serving most of his sentence.", False),
        (None, "2024-06-30", "30 June 2024", "organization", "Senior JI figures announce the organisation is disbanded",
         [JI], L("Bogor", "West Java", ID), None, None,
         "On 30 June 2024 senior JI figures met near Bogor and announced that the organisation was disbanded.", False),
    ],
    # Group profile of JAD, the Islamic State's main Indonesian network: everything is relevant (Bashir's pledge too).
    # "since 2015" is coded 2015; "2015-2017" and "2015-2018" are intervals.
    "j03_jad_profile.txt": [
        (None, "2015", "since 2015", "leadership", "Aman Abdurrahman is JAD's spiritual leader from 2015, in prison",
         [AMAN, JAD], None, None, None,
         "- Aman Abdurrahman (also written Oman Rochman), spiritual leader since 2015, in prison throughout", True),
        (None, "2015/2017", "2015-2017", "leadership", "Zainal Anshori is JAD's emir from 2015 to 2017",
         [ZAINAL, JAD], None, None, None,
         "- Zainal Anshori, emir 2015-2017", True),
        (None, "2015/2018", "2015-2018", "leadership", "Bahrun Naim is JAD's Syria-based organiser from 2015 to 2018",
         [BAHRUN, JAD], None, None, None,
         "- Bahrun Naim, Syria-based organiser 2015-2018", True),
        (None, "2018", "2018", "death", "Bahrun Naim reported killed in Syria",
         [BAHRUN], L(None, None, SY), None, None,
         "reported killed in Syria in 2018", True),
        (None, "2016", "2016", "statement", "Indonesian police estimate JAD at about 500 committed members",
         ["Indonesia", JAD], None, None, None,
         "Indonesian police estimated in 2016 that JAD had about 500 committed members.", True),
        (None, "2019", "2019", "statement", "Think-tank study finds JAD cells in 18 provinces and supporters in the low thousands",
         [JAD], None, None, None,
         "A 2019 study by an independent Jakarta think tank counted cells in at least 18 provinces and put the wider circle of supporters in the low thousands.", True),
        (None, "2010", "2010", "detention", "Aman Abdurrahman jailed for helping set up the Aceh training camp",
         [AMAN, "Indonesia"], None, None, None,
         "Aman Abdurrahman had been jailed in 2010 for helping to set up the Aceh training camp.", True),
        (None, "2014-06", "June 2014", "organization", "The Islamic State declares its caliphate",
         [IS], None, None, None,
         "After the Islamic State declared its caliphate in June 2014", True),
        ("jad_found", "2015~", "in late 2015", "organization", "Aman Abdurrahman's followers meet in Batu to form JAD",
         [JAD], L("Batu", "East Java", ID), None, None,
         "in late 2015 his followers met in Batu, East Java, to form JAD as an umbrella for the pro-IS groups.", True),
        ("basyir_pledge", "2014", "2014", "allegiance", "JI co-founder Abu Bakar Bashir swears loyalty to the Islamic State in prison",
         [BASYIR, IS], None, None, None,
         "Abu Bakar Bashir, the JI co-founder who had sworn loyalty to the Islamic State in prison in 2014", True),
        ("thamrin", "2016-01-14", "14 January 2016", "attack", "JAD attack on Jalan Thamrin, Jakarta, kills eight, directed by Bahrun Naim",
         [JAD, BAHRUN], JKT, 8, None,
         "The network's first big operation was the attack on Jalan Thamrin, Jakarta, on 14 January 2016, in which eight people died, four of them the attackers", True),
        ("santoso_death", "2016-07-19", "19 July 2016", "death", "The army kills MIT leader Santoso",
         [SANTOSO, MIT, "Indonesia"], POSO, None, None,
         "JAD's Poso allies lost their leader when the army killed Santoso of MIT on 19 July 2016.", True),
        (None, "2016-11-13", "13 November 2016", "attack", "Former prisoner firebombs a Samarinda church, killing a girl and injuring three children",
         [JAD], L("Samarinda", "East Kalimantan", ID), 1, 3,
         "On 13 November 2016 a former prisoner threw a petrol bomb at a church in Samarinda, East Kalimantan, killing a two-year-old girl and injuring three other children.", True),
        (None, "2017-05-24", "24 May 2017", "attack", "Two suicide bombers kill three policemen at Kampung Melayu bus terminal, Jakarta",
         [JAD], L("Kampung Melayu", "Jakarta", ID), 3, None,
         "On 24 May 2017 two suicide bombers struck a bus terminal at Kampung Melayu in eastern Jakarta, killing three policemen.", True),
        (None, "2017-04", "the month before", "detention", "JAD emir Zainal Anshori arrested in Lamongan",
         [ZAINAL, "Indonesia"], L("Lamongan", "East Java", ID), None, None,
         "The emir Zainal Anshori had been arrested in Lamongan, East Java, the month before.", True),
        (None, "2018-05-08/2018-05-10", "From 8 to 10 May", "attack", "JAD inmates riot at Mako Brimob detention centre in Depok, killing five officers",
         [JAD], L("Depok", "West Java", ID), 5, None,
         "From 8 to 10 May JAD inmates rioted at the Mako Brimob police detention centre in Depok, killing five officers", True),
        (None, "2018-05-10", "10 May", "detention", "The rioting JAD inmates surrender",
         [JAD], L("Depok", "West Java", ID), None, None,
         "killing five officers before they surrendered", True),
        ("surabaya", "2018-05-13", "Three days later", "attack", "A family of six bombs three churches in Surabaya, killing 13",
         [JAD], SURABAYA, 13, None,
         "Three days later a family of six bombed three churches in Surabaya, killing 13 people", True),
        (None, "2018-05-14", "on the morning of 14 May", "attack", "Family suicide bombing at Surabaya police headquarters wounds ten",
         [JAD], SURABAYA, None, 10,
         "on the morning of 14 May a second family blew itself up at the gate of the Surabaya police headquarters, wounding ten", True),
        (None, "2018-05-25", "25 May", "other", "Parliament passes a tougher anti-terrorism law",
         ["Indonesia"], None, None, None,
         "Parliament passed a tougher anti-terrorism law on 25 May.", True),
        ("aman_sent", "2018-06-22", "22 June", "other", "Aman Abdurrahman sentenced to death",
         [AMAN, "Indonesia"], None, None, None,
         "Aman Abdurrahman was sentenced to death on 22 June", True),
        ("jad_ban", "2018-07-31", "31 July", "designation", "South Jakarta District Court bans JAD",
         [JAD, "Indonesia"], JKT, None, None,
         "on 31 July the South Jakarta District Court banned JAD", True),
        (None, "2019-10-10", "10 October 2019", "attack", "JAD-linked couple stabs security minister Wiranto in Pandeglang",
         [JAD], L("Pandeglang", "Banten", ID), None, 1,
         "On 10 October 2019 a couple linked to JAD stabbed the security minister Wiranto in Pandeglang, Banten.", True),
        (None, "2021-03-28", "28 March 2021", "attack", "Couple's suicide bombing at Makassar cathedral wounds about 20",
         [JAD], L("Makassar", "South Sulawesi", ID), None, 20,
         "On Palm Sunday, 28 March 2021, a newly married couple blew themselves up at the gate of the Sacred Heart cathedral in Makassar, South Sulawesi, wounding about 20 people.", True),
        (None, "2021-03-31", "Three days later", "attack", "Woman with an air gun attacks national police headquarters in Jakarta and is shot dead",
         [], JKT, 1, None,
         "Three days later a young woman armed with an air gun attacked the national police headquarters in Jakarta and was shot dead", True),
    ],
    # Wire report. Filed: Wednesday 12 March 2025 -> Wednesday = 2025-03-12, Tuesday = 2025-03-11. The toll statements
    # (spokesman: 21 passengers + 4 soldiers; railway official: 27 bodies) are attack mentions dated to the hijack.
    # "In November" is 2024-11 (before March 2025); "the August 26 attacks" are 2024-08-26; "In February 2022" explicit.
    "j04_quetta_wire.txt": [
        ("jaffar_end", "2025-03-12", "on Wednesday", "military_operation", "Pakistani troops end the siege of the hijacked train",
         ["Pakistan"], BAL, None, None,
         "Pakistani troops ended a siege of a hijacked passenger train in the mountains of Balochistan on Wednesday", True),
        ("jaffar", "2025-03-11", "more than a day after", "attack", "Separatist fighters blow up the track and storm the train",
         [BLA], BAL, None, None,
         "more than a day after separatist fighters blew up the track and stormed the carriages", True),
        ("jaffar", "2025-03-11", "Tuesday afternoon", "attack", "Jaffar Express attacked near a tunnel in the Bolan Pass; BLA takes passengers hostage",
         [BLA], BOLAN, None, None,
         "The Jaffar Express, travelling from Quetta to Peshawar with about 440 people on board, was attacked on Tuesday afternoon near a tunnel in the Bolan Pass in Kachhi district", True),
        ("jaffar_end", "2025-03-12", "on Wednesday", "military_operation", "Military says all 33 attackers were killed in the final assault",
         ["Pakistan", CHAUDHRY], BAL, 33, None,
         "all 33 attackers had been killed in the final assault", True),
        ("jaffar", "2025-03-11", "Tuesday afternoon", "attack", "Military spokesman: 21 passengers and four Frontier Corps soldiers killed",
         [BLA, CHAUDHRY], BAL, 25, None,
         "21 passengers had died before it began. Four paramilitary Frontier Corps soldiers were also killed", True),
        ("jaffar", "2025-03-11", "Tuesday afternoon", "attack", "Railway official says at least 27 bodies brought to Quetta hospitals",
         [BLA], BAL, 27, None,
         "saying at least 27 bodies had been brought to the city's hospitals by Wednesday evening", True),
        (None, "2025-03-11", "Tuesday night", "detention", "Attackers free women, children and the elderly; army says 346 hostages freed",
         [BLA, "Pakistan"], BAL, None, None,
         "The army said 346 hostages had been freed, many of them on Tuesday night, when the attackers let women, children and the elderly go.", True),
        (None, "2025-03-11", "late on Tuesday", "detention", "Security officials say 104 passengers rescued",
         ["Pakistan"], BAL, None, None,
         "Security officials had said late on Tuesday that 104 passengers had been rescued", True),
        (None, "2025-03-11", "late on Tuesday", "military_operation", "Security forces kill 16 attackers in the first clashes",
         ["Pakistan"], BAL, 16, None,
         "16 attackers killed in the first clashes", True),
        (None, "2025-03-11", "on Tuesday", "statement", "BLA's Majid Brigade says it holds 214 hostages and demands release of prisoners",
         [BLA, MAJEED], None, None, None,
         "The BLA said in a statement on Tuesday that it was holding 214 people, mostly soldiers and police travelling home on leave, and demanded that the government free Baloch political prisoners within 48 hours.", True),
        (None, "2025-03-11", "on Tuesday", "statement", "Prime Minister Shehbaz Sharif condemns the attack",
         [SHARIF, "Pakistan"], None, None, None,
         "Prime Minister Shehbaz Sharif condemned the attack on Tuesday", True),
        (None, "2025-03-12", "on Wednesday", "statement", "Army says the attackers were in contact with handlers in Afghanistan",
         ["Pakistan"], None, None, None,
         "the army said on Wednesday that the attackers had been in contact with handlers in Afghanistan", True),
        ("quetta_stn", "2024-11", "In November", "attack", "Suicide bomber kills 26, mostly soldiers, at Quetta's main station",
         [], QUETTA, 26, None,
         "In November a suicide bomber killed 26 people, most of them soldiers, on the platform of Quetta's main station", True),
        (None, "2024-08", "after the August 26 attacks", "other", "Jaffar Express services suspended for several weeks",
         ["Pakistan"], BAL, None, None,
         "Services were suspended for several weeks after the August 26 attacks", True),
        ("herof", "2024-08-26", "August 26", "attack", "BLA gunmen kill passengers on highways and blow up a railway bridge at Kolpur",
         [BLA], BAL, None, None,
         "in which BLA gunmen killed passengers on the highways and blew up a railway bridge at Kolpur", True),
        ("noshki", "2022-02", "In February 2022", "attack", "BLA fighters storm Frontier Corps camps at Noshki and Panjgur",
         [BLA], BAL, None, None,
         "In February 2022 BLA fighters stormed Frontier Corps camps at Noshki and Panjgur on the same night.", True),
        ("us19", "2019", "2019", "designation", "The United States designates the BLA a terrorist group",
         [US, BLA], None, None, None,
         "The United States designated it a terrorist group in 2019.", True),
    ],
    # Blog post dated 10 October 2024 (a Thursday: "Last Sunday night" = 2024-10-06), four dated comments (Kamran's has no
    # event). "this week" in a comment of Thursday 13 March 2025 is 2025-03-10/2025-03-13. The Tigray article below
    # ("Elsewhere on this site") is unrelated: all its events are false. CPEC's launch is background: false.
    "j05_cpec_blog.txt": [
        ("airport", "2024-10-06", "Last Sunday night", "attack", "Car bomb beside a convoy leaving Karachi airport kills two Chinese engineers; BLA claims it",
         [BLA], KARACHI, 2, None,
         "Last Sunday night a car bomb went off beside a convoy leaving Karachi's airport and killed two Chinese engineers working at the Port Qasim power plant.", True),
        (None, "2015-04", "April 2015", "other", "China-Pakistan Economic Corridor launched during Xi Jinping's visit to Islamabad",
         [XI, "China", "Pakistan"], L("Islamabad", "Islamabad Capital Territory", PK), None, None,
         "the China-Pakistan Economic Corridor (CPEC), launched in April 2015 when Xi Jinping visited Islamabad", False),
        ("dalbandin", "2018-08", "August 2018", "attack", "Rehan Baloch drives a car into a bus of engineers near Dalbandin",
         [BLA, REHAN], DALB, None, None,
         "Its first suicide attack on the Chinese came in August 2018, when Rehan Baloch drove a car into a bus of engineers near Dalbandin", True),
        ("aslam", "2018-12", "that December", "death", "BLA commander Aslam Baloch killed in Kandahar",
         [ASLAM], KANDAHAR, None, None,
         "his father, the commander Aslam Baloch, was killed in Kandahar that December", True),
        ("consulate", "2018-11", "Three months after Dalbandin", "attack", "Majeed Brigade raids the Chinese consulate in Karachi",
         [MAJEED, BLA], KARACHI, None, None,
         "Three months after Dalbandin the brigade raided the Chinese consulate in Karachi", True),
        ("confucius", "2022-04", "April 2022", "attack", "Woman bomber Shari Baloch attacks Karachi's Confucius Institute; three Chinese teachers die",
         [SHARI, MAJEED, BLA], KARACHI, 3, None,
         "in April 2022 it sent the first woman bomber, Shari Baloch, against the Confucius Institute at Karachi University, where three Chinese teachers died", True),
        ("besham", "2024-03", "in March this year", "attack", "Five Chinese engineers killed near Besham; attack blamed on the Pakistani Taliban",
         [TTP], BESHAM, 5, None,
         "in March this year five Chinese engineers were killed near Besham, although that attack was blamed on the Pakistani Taliban, Tehrik-i-Taliban Pakistan, rather than the Baloch", True),
        ("ormara", "2019", "2019", "attack", "BLF joins the BLA in the Ormara bus killings",
         [BLA, BLF, NAZAR], ORMARA, None, None,
         "The BLA fights alongside the Balochistan Liberation Front of Allah Nazar Baluch, which joined it in the 2019 Ormara bus killings", True),
        (None, "2021-08", "August 2021", "territory", "The Taliban return to power in Kabul",
         [TALIBAN], L("Kabul", "Kabul", AF), None, None,
         "since the Taliban returned to Kabul in August 2021", True),
        ("us19", "2019-07", "July 2019", "designation", "The US lists the BLA as a terrorist group",
         [US, BLA], None, None, None,
         "The US listed the BLA back in July 2019", True),
        ("quetta_stn", "2024-11-09", "Yesterday", "attack", "Bomber kills more than 25 at Quetta station, many of them soldiers",
         [], QUETTA, 25, None,
         "And now Quetta station. Yesterday's bomber killed more than 25 people, many of them soldiers going on leave.", True),
        ("jaffar", "2025-03-10/2025-03-13", "this week", "attack", "The Jaffar Express hijack",
         [BLA], None, None, None,
         "After the Jaffar Express hijack this week nobody can say the BLA is a small group any more.", True),
        ("noshki25", "2025-03-16", "Yesterday", "attack", "The BLA hits an army convoy near Noshki",
         [BLA], L("Noshki", "Balochistan", PK), None, None,
         "Yesterday the BLA hit an army convoy near Noshki.", True),
        ("noshki25", "2025-03-16", "Yesterday", "attack", "Officials say five people died in the Noshki convoy attack",
         [BLA], L("Noshki", "Balochistan", PK), 5, None,
         "Officials say five people died", True),
        ("noshki25", "2025-03-16", "Yesterday", "attack", "The BLA claims ninety soldiers killed in the Noshki convoy attack",
         [BLA], L("Noshki", "Balochistan", PK), 90, None,
         "the group claims ninety soldiers", True),
        (None, "2020-11-04", "4 November 2020", "military_operation", "Abiy Ahmed orders an offensive in Tigray, starting the war",
         [ABIY, "Ethiopia"], L(None, "Tigray", ET), None, None,
         "Ethiopia's war in Tigray began on 4 November 2020, when Prime Minister Abiy Ahmed ordered an offensive", False),
        (None, "2020-11-04", "4 November 2020", "attack", "TPLF forces attack the Ethiopian army's Northern Command",
         [TPLF], L(None, "Tigray", ET), None, None,
         "after forces of the Tigray People's Liberation Front (TPLF) attacked the army's Northern Command", False),
        (None, "2020-11-28", "28 November", "territory", "Federal and Eritrean troops take Mekelle",
         ["Ethiopia", "Eritrea"], MEKELLE, None, None,
         "Federal troops, helped by Eritrean soldiers, took the regional capital, Mekelle, on 28 November.", False),
        (None, "2020-11-28/2020-11-29", "The same weekend", "military_operation", "Eritrean troops kill hundreds of civilians in Axum, Amnesty says",
         ["Eritrea"], L("Axum", "Tigray", ET), None, None,
         "The same weekend Eritrean troops killed hundreds of civilians in the town of Axum, according to Amnesty International.", False),
        (None, "2021-06-28", "28 June", "territory", "Tigrayan forces retake Mekelle",
         [TPLF], MEKELLE, None, None,
         "Tigrayan forces retook Mekelle on 28 June", False),
        (None, "2021", "later", "territory", "Tigrayan forces push south into Amhara and Afar",
         [TPLF], L(None, None, ET), None, None,
         "later pushed south into Amhara and Afar", False),
        (None, "2021-11", "In November 2021", "other", "Ethiopia declares a nationwide state of emergency",
         ["Ethiopia"], L(None, None, ET), None, None,
         "In November 2021 the government declared a nationwide state of emergency as they neared Addis Ababa", False),
        (None, "2022-11-02", "2 November 2022", "agreement", "Ethiopia and the TPLF sign a cessation of hostilities in Pretoria",
         ["Ethiopia", TPLF, AU], L("Pretoria", "Gauteng", ZA), None, None,
         "on 2 November 2022, the two sides signed a cessation of hostilities in Pretoria, South Africa, under African Union mediation", False),
    ],
}

# (kind, canonical, aliases as spelled in the documents, documents by prefix)
ENTITIES = [
    ("org", BLA, ["Balochistan Liberation Army", "Baloch Liberation Army", "BLA"], "j01 j04 j05"),
    ("org", BLF, ["Balochistan Liberation Front", "BLF"], "j01 j05"),
    ("org", BRG, ["Baloch Republican Guards"], "j01"),
    ("org", BRAS, ["Baloch Raji Aajoi Sangar", "BRAS"], "j01"),
    ("org", MAJEED, ["Majeed Brigade", "Majid Brigade"], "j01 j04 j05"),
    ("org", TTP, ["Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "TTP"], "j01 j05"),
    ("org", TALIBAN, ["Taliban"], "j04 j05"),
    ("org", FC, ["Frontier Corps"], "j01 j04"),
    ("org", US, ["United States", "US State Department", "US", "Washington"], "j01 j02 j04 j05"),
    ("org", IS, ["Islamic State", "the Islamic State", "IS"], "j02 j03"),
    ("org", AQ, ["al-Qaeda"], "j02"),
    ("org", JI, ["Jemaah Islamiyah", "JI"], "j02 j03"),
    ("org", DI, ["Darul Islam"], "j02"),
    ("org", JAD, ["Jamaah Ansharut Daulah", "JAD", "Jama'ah Ansharud Daulah", "Jamaah Anshorut Daulah", "JAD Indonesia",
                  "Congregation of Supporters of the State"], "j02 j03"),
    ("org", JAT, ["Jamaah Ansharut Tauhid", "JAT"], "j02"),
    ("org", MIT, ["Mujahidin Indonesia Timur", "MIT"], "j02 j03"),
    ("org", DENSUS, ["Densus 88"], "j02"),
    ("org", TPLF, ["Tigray People's Liberation Front", "TPLF", "Tigrayan forces"], "j05"),
    ("org", AU, ["African Union"], "j05"),
    ("org", AMNESTY, ["Amnesty International"], "j05"),
    ("person", BUGTI, ["Nawab Akbar Bugti"], "j01"),
    ("person", BALACH, ["Balach Marri"], "j01"),
    ("person", REHAN, ["Rehan Baloch", "Rehan"], "j01 j05"),
    ("person", ASLAM, ["Aslam Baloch", "Aslam", "Achu"], "j01 j05"),
    ("person", ZEB, ["Bashir Zeb", "Bashir Zeb Baloch"], "j01 j04"),
    ("person", SHARI, ["Shari Baloch"], "j01 j05"),
    ("person", NAZAR, ["Allah Nazar Baloch", "Allah Nazar Baluch"], "j01 j05"),
    ("person", MUSHARRAF, ["Pervez Musharraf"], "j01"),
    ("person", CHAUDHRY, ["Lieutenant General Ahmed Sharif Chaudhry", "Ahmed Sharif Chaudhry"], "j04"),
    ("person", SHARIF, ["Shehbaz Sharif"], "j04"),
    ("person", XI, ["Xi Jinping"], "j05"),
    ("person", SUNGKAR, ["Abdullah Sungkar", "Sungkar"], "j02"),
    ("person", BASYIR, ["Abu Bakar Ba'asyir", "Ba'asyir", "Abu Bakar Bashir"], "j02 j03"),
    ("person", SUHARTO, ["Suharto"], "j02"),
    ("person", HAMBALI, ["Hambali"], "j02"),
    ("person", AZAHARI, ["Azahari Husin"], "j02"),
    ("person", AMROZI, ["Amrozi"], "j02"),
    ("person", MUKHLAS, ["Mukhlas"], "j02"),
    ("person", SAMUDRA, ["Imam Samudra"], "j02"),
    ("person", NOORDIN, ["Noordin Mohammad Top"], "j02"),
    ("person", DULMATIN, ["Dulmatin"], "j02"),
    ("person", PATEK, ["Umar Patek"], "j02"),
    ("person", SANTOSO, ["Santoso"], "j02 j03"),
    ("person", AMAN, ["Aman Abdurrahman", "Oman Rochman"], "j02 j03"),
    ("person", ZAINAL, ["Zainal Anshori"], "j03"),
    ("person", BAHRUN, ["Bahrun Naim"], "j03"),
    ("person", PARA, ["Para Wijayanto"], "j02"),
    ("person", WIRANTO, ["Wiranto"], "j03"),
    ("person", ABIY, ["Abiy Ahmed"], "j05"),
]

# clusters: keys (from DOCS) naming one real-world event in two or more mentions; OPTIONAL: (key, doc prefix, quote start)
# mentions that may or may not be linked to the cluster without counting either way.
OPTIONAL = {
    "herof": [("j01", "at Musakhel gunmen")],
    "jad_found": [("j03", "- Aman Abdurrahman (also")],
    "jaffar_end": [("j04", "16 attackers killed")],
}

def main() -> None:
    texts = {doc: (HERE / "docs" / doc).read_text(encoding="utf-8") for doc in sorted(p.name for p in (HERE / "docs").glob("*.txt"))}
    assert set(texts) == set(DOCS), set(texts) ^ set(DOCS)
    types = {"attack", "military_operation", "clash", "death", "detention", "allegiance", "organization", "leadership",
             "agreement", "meeting", "statement", "designation", "territory", "other"}
    rows, keys = [], {}
    for doc, events in DOCS.items():
        text = texts[doc]
        for i, (key, date, dtext, typ, summ, actors, loc, k, w, quote, rel) in enumerate(events, 1):
            assert text.count(quote) == 1, (doc, quote, text.count(quote))
            assert dtext in text, (doc, dtext)
            assert typ in types, (doc, typ)
            assert len(quote) >= 30 and len(summ.split()) <= 20, (doc, quote, summ)
            assert isinstance(rel, bool) and (k is None or isinstance(k, int)) and (w is None or isinstance(w, int))
            assert loc is None or (set(loc) == {"place", "admin1", "country"} and (loc["country"] is None or len(loc["country"]) == 2))
            rid = f"{doc[:3]}-e{i:03d}"
            start = text.find(quote)
            assert text[start:start + len(quote)] == quote
            # "sources" (offsets of the quote) lets score.py read this file as system output too
            rows.append({"id": rid, "doc": doc, "date": date, "date_text": dtext, "type": typ,
                         "summary": summ, "actors": actors, "location": loc, "killed": k, "wounded": w,
                         "quote": quote, "relevant": rel,
                         "sources": [{"doc": doc, "start": start, "end": start + len(quote), "quote": quote}]})
            if key:
                keys.setdefault(key, []).append(rows[-1])
    canon = {e[1] for e in ENTITIES}
    assert len(canon) == len(ENTITIES), "duplicate canonical name"
    for r in rows:
        for a in r["actors"]:
            assert a in canon or a in STATES, (r["id"], a)
    with open(HERE / "gold.events.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    seen_alias = {}
    with open(HERE / "entities.jsonl", "w", encoding="utf-8") as fh:
        for i, (kind, canonical, aliases, codes) in enumerate(ENTITIES, 1):
            docs = sorted(d for d in texts if d[:3] in codes.split())
            assert len(docs) == len(codes.split()), (canonical, codes)
            for a in aliases:
                assert any(a in texts[d] for d in docs), (canonical, a)
                assert seen_alias.setdefault(a.lower(), canonical) == canonical, ("alias used twice", a)
            as_actor = {r["doc"] for r in rows if canonical in r["actors"]}
            assert as_actor <= set(docs), (canonical, as_actor - set(docs))
            fh.write(json.dumps({"id": f"j-ent{i:02d}", "kind": kind, "canonical": canonical, "aliases": aliases, "docs": docs},
                                ensure_ascii=False) + "\n")
    assert set(OPTIONAL) <= set(keys)
    clusters = []
    with open(HERE / "clusters.jsonl", "w", encoding="utf-8") as fh:
        for key, members in keys.items():
            assert len(members) >= 2, ("cluster with one mention", key)
            opt = []
            for prefix, start in OPTIONAL.get(key, []):
                hit = [r["id"] for r in rows if r["doc"].startswith(prefix) and r["quote"].startswith(start)]
                assert len(hit) == 1, (key, prefix, start, hit)
                opt.append(hit[0])
            ids = [m["id"] for m in members]
            assert not set(ids) & set(opt)
            types_in = {m["type"] for m in members}
            clusters.append({"cluster": ids, "optional": opt})
            fh.write(json.dumps({"cluster": ids, "optional": opt, "note": key, "types": sorted(types_in)}, ensure_ascii=False) + "\n")
    # selfcheck.system.jsonl: the gold with each cluster merged into one event (one source per mention, each source keeping
    # its own date, figures and location), to check that score.py gives dedup 1.0 on the clusters.
    merged, done = [], set()
    for key, members in keys.items():
        ev = dict(members[0], id=f"merged-{key}", actors=list(dict.fromkeys(a for m in members for a in m["actors"])))
        ev["sources"] = [dict(m["sources"][0], date=m["date"], killed=m["killed"], wounded=m["wounded"], location=m["location"])
                         for m in members]
        merged.append(ev)
        done.update(m["id"] for m in members)
    merged += [r for r in rows if r["id"] not in done]
    with open(HERE / "selfcheck.system.jsonl", "w", encoding="utf-8") as fh:
        for r in merged:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for doc, events in DOCS.items():
        print(f"{doc}: {len(events)} events ({sum(e[-1] for e in events)} relevant), {len(texts[doc].split())} words")
    print("types:", dict(sorted(Counter(r["type"] for r in rows).items())))
    cross = sum(1 for c in clusters if len({i[:3] for i in c["cluster"]}) >= 2)
    print(len(rows), "events,", sum(r["relevant"] for r in rows), "relevant,", len(ENTITIES), "entities,", len(clusters), "clusters",
          f"({cross} across documents),", sum(len(c["cluster"]) for c in clusters), "clustered mentions")


if __name__ == "__main__":
    main()
