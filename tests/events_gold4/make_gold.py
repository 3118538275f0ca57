"""Writes gold.events.jsonl, entities.jsonl, clusters.jsonl and selfcheck.system.jsonl from the compact tables below
(hand annotation of docs/).

    python3 tests/events_gold4/make_gold.py

Blind set written 2026-12-03; same approach and format as tests/events_gold3/make_gold.py.
Every quote and every date_text is checked to be an exact substring of its document (quotes
must also be unique in the document, so their offsets are unambiguous), every entity alias
to occur in at least one of the documents listed for it, every actor to be a known canonical
name or a state, and every cluster to hold two or more gold mentions (all but one of them span two
or more documents).
"""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
NG, TD, NE, ML, MZ, SO, CO = "NG TD NE ML MZ SO CO".split()


def L(place, admin1, cc):
    return {"place": place, "admin1": admin1, "country": cc}


# organisations
IS, US, AQ, UNSC, AMAQ = "Islamic State", "United States", "al-Qaeda", "UN Security Council", "Amaq"
BH, ISWAP, ANSARU, AQIM, ICRC, AMNESTY = ("Boko Haram", "Islamic State West Africa Province", "Ansaru",
                                          "al-Qaeda in the Islamic Maghreb", "International Committee of the Red Cross", "Amnesty International")
ISGS, MOURAB, JNIM, G5 = "Islamic State in the Greater Sahara", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin", "G5 Sahel"
ASWJ, ISCAP, WAGNER, DAG, SAMIM, SADC, TOTAL = ("Ahlu Sunnah Wa-Jama'a", "Islamic State Central Africa Province", "Wagner Group",
                                               "Dyck Advisory Group", "SADC Mission in Mozambique", "Southern African Development Community", "Total")
SHABAAB, ICU, AMNIYAT, ISS = "al-Shabaab", "Islamic Courts Union", "Amniyat", "Islamic State in Somalia"
FARC, ELN = "Revolutionary Armed Forces of Colombia", "National Liberation Army"
# people
BAGH, ADNANI, SHEKAU, YUSUF, ABARNAWI, KBARNAWI, BAKURA, JONATHAN = ("Abu Bakr al-Baghdadi", "Abu Muhammad al-Adnani", "Abubakar Shekau",
    "Mohammed Yusuf", "Abu Musab al-Barnawi", "Khalid al-Barnawi", "Bakura Doro", "Goodluck Jonathan")
SAHRAWI, BELMOKHTAR, MACRON, ISSOUFOU, POINTEAU, DEBY, IRABOR = ("Adnan Abu Walid al-Sahrawi", "Mokhtar Belmokhtar", "Emmanuel Macron",
    "Mahamadou Issoufou", "Ronan Pointeau", "Idriss Deby", "Lucky Irabor")
ABUYASIR, BONOMADE, SHARIBU = "Abu Yasir Hassan", "Bonomade Machude Omar", "Leah Sharibu"
MUMIN, SUDANI, GODANE, UMAR = "Abdulqadir Mumin", "Bilal al-Sudani", "Ahmed Abdi Godane", "Ahmed Umar"
SANTOS, DUQUE = "Juan Manuel Santos", "Ivan Duque"

STATES = {"Nigeria", "Chad", "Niger", "Cameroon", "Mali", "France", "Mozambique", "Rwanda", "Somalia", "Puntland", "Ethiopia",
          "Switzerland", "Colombia"}

NG0 = L(None, None, NG)
CAB = L(None, "Cabo Delgado", MZ)
MOC = L("Mocimboa da Praia", "Cabo Delgado", MZ)
PALMA = L("Palma", "Cabo Delgado", MZ)
DAPCHI = L("Dapchi", "Yobe", NG)
SAMBISA = L("Sambisa Forest", "Borno", NG)
QANDALA = L("Qandala", "Bari", SO)
INATES = L("Inates", "Tillaberi", NE)
TONGO = L("Tongo Tongo", "Tillaberi", NE)
MENAKA = L("Menaka", "Menaka", ML)
ABUJA = L("Abuja", "Federal Capital Territory", NG)
MOGADISHU = L("Mogadishu", "Banaadir", SO)
BOGOTA = L("Bogota", "Bogota", CO)

# doc -> rows of (key, date, date_text, type, summary, actors, location, killed, wounded, quote, relevant)
# key is a short local label used only by CLUSTERS below; ids are written as <doc prefix>-e<NNN>.
DOCS = {
    # Year headings 2015, 2016, 2018, 2019, 2020, 2021. Under 2016 the months go back from 12/7 to 10/4: rollover -> 2017
    # (10/4 Tongo Tongo and 11/3 first US strikes in Somalia are 2017). Notes at the end carry background dates.
    # Relevant: ISWAP, ISGS, IS in Somalia, the Mozambique branch, and Boko Haram up to the August 2016 split (the group that
    # pledged and was renamed ISWAP). Shekau's faction (JAS) after the split is not an IS branch: Boma and Zabarmari are false.
    # Ansaru (al-Qaeda-aligned splinter) is false.
    "i01_africa_is_chronology.txt": [
        ("pledge", "2015-03-07", "3/7", "allegiance", "Boko Haram leader Abubakar Shekau pledges allegiance to al-Baghdadi in an audio message",
         [SHEKAU, BH, BAGH], None, None, None,
         "3/7 Abubakar Shekau, leader of Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS), the group better known as Boko Haram, pledges allegiance to Abu Bakr al-Baghdadi in an audio message posted online.", True),
        ("iswap", "2015-03-12", "3/12", "organization", "IS spokesman al-Adnani accepts the pledge and declares the Islamic State West Africa Province",
         [ADNANI, IS, ISWAP], None, None, None,
         "3/12 IS spokesman Abu Muhammad al-Adnani accepts the pledge and declares the group's lands part of the caliphate as the Islamic State West Africa Province (ISWAP).", True),
        ("sahrawi", "2015-05-13", "5/13", "allegiance", "Al-Mourabitoun commander Adnan Abu Walid al-Sahrawi pledges allegiance to al-Baghdadi from northern Mali",
         [SAHRAWI, MOURAB, BAGH], L(None, None, ML), None, None,
         "5/13 Adnan Abu Walid al-Sahrawi, a commander of al-Mourabitoun in northern Mali, announces his own pledge to al-Baghdadi", True),
        (None, "2015-05", "within days", "statement", "Mokhtar Belmokhtar disowns al-Sahrawi's pledge",
         [BELMOKHTAR, MOURAB], None, None, None,
         "his superior, Mokhtar Belmokhtar, disowns it within days", True),
        (None, "2016-04-03", "4/3", "detention", "Nigerian army announces arrest of Ansaru leader Khalid al-Barnawi in Lokoja",
         ["Nigeria", KBARNAWI, ANSARU], L("Lokoja", "Kogi", NG), None, None,
         "4/3 Nigeria's army says it has arrested Khalid al-Barnawi, leader of the Ansaru splinter group, in Lokoja, Kogi State.", False),
        ("barnawi", "2016-08-02", "8/2", "leadership", "Al-Naba presents Abu Musab al-Barnawi as new ISWAP governor, sidelining Shekau",
         [IS, ABARNAWI, ISWAP, SHEKAU], None, None, None,
         "8/2 The IS weekly al-Naba presents Abu Musab al-Barnawi as the new governor of the West Africa Province, pushing Shekau aside.", True),
        (None, "2016-08-03", "8/3", "statement", "Shekau rejects al-Barnawi's appointment in an audio recording",
         [SHEKAU], None, None, None,
         "8/3 Shekau rejects the appointment in an audio recording and accuses the new leadership of deviance.", True),
        ("split", "2016-08-03", "8/3", "organization", "The West Africa Province splits into Shekau and al-Barnawi factions",
         [ISWAP, BH], None, None, None,
         "The province breaks into two rival factions, one loyal to Shekau and one to al-Barnawi.", True),
        ("qandala", "2016-10-26", "10/26", "territory", "Mumin's fighters seize Qandala, the first Somali town held by IS",
         [MUMIN, ISS], QANDALA, None, None,
         "10/26 Fighters loyal to Abdulqadir Mumin seize the port town of Qandala in Bari region, Puntland, the first town IS has held in Somalia.", True),
        (None, "2016-10-30", "10/30", "statement", "Amaq publishes al-Sahrawi's pledge, in effect recognising ISGS",
         [AMAQ, IS, SAHRAWI, ISGS], None, None, None,
         "10/30 The IS agency Amaq publishes al-Sahrawi's pledge seventeen months after he made it, in effect recognising his Islamic State in the Greater Sahara (ISGS).", True),
        ("qandala_back", "2016-12-07", "12/7", "territory", "Puntland forces retake Qandala",
         ["Puntland"], QANDALA, None, None,
         "12/7 Puntland forces retake Qandala after weeks of fighting.", True),
        ("tongo", "2017-10-04", "10/4", "attack", "Ambush near Tongo Tongo kills four US and four Nigerien soldiers; ISGS claims it",
         [ISGS], TONGO, 8, None,
         "10/4 A joint US-Nigerien patrol is ambushed near the village of Tongo Tongo in Niger's Tillaberi region; four US soldiers and four Nigerien soldiers are killed.", True),
        ("us_somalia", "2017-11-03", "11/3", "military_operation", "First US air strikes against IS in Somalia, in north-eastern Puntland",
         [US, ISS], L("Puntland", None, SO), None, None,
         "11/3 The United States carries out its first air strikes against IS in Somalia, hitting fighters in north-eastern Puntland.", True),
        ("dapchi", "2018-02-19", "2/19", "attack", "ISWAP abducts 110 schoolgirls from the girls' college in Dapchi, Yobe State",
         [ISWAP], DAPCHI, None, None,
         "2/19 ISWAP fighters abduct 110 schoolgirls from the Government Girls Science and Technical College in Dapchi, Yobe State.", True),
        ("dapchi_back", "2018-03-21", "3/21", "detention", "ISWAP returns most of the Dapchi girls; five died, Leah Sharibu kept",
         [ISWAP], DAPCHI, None, None,
         "3/21 ISWAP drives most of the Dapchi girls back into town and leaves them there.", True),
        ("moz_claim", "2019-06-04", "6/4", "attack", "IS claims its first attack in Mozambique, on soldiers near Mitopy",
         [IS], L("Mitopy", "Cabo Delgado", MZ), None, None,
         "6/4 IS claims its first attack in Mozambique, an attack on soldiers near Mitopy in Mocimboa da Praia district", True),
        ("moz_iscap", "2019-06-04", "6/4", "organization", "IS credits the Mozambique attack to its Central Africa Province",
         [IS, ISCAP], None, None, None,
         "and credits it to the Central Africa Province", True),
        ("inates", "2019-12-10", "12/10", "attack", "Fighters overrun the Inates army camp, killing 71 soldiers; IS claims it",
         [IS], INATES, 71, None,
         "12/10 Fighters overrun the army camp at Inates in Niger's Tillaberi region near the Malian border, killing 71 soldiers", True),
        (None, "2019-12-12", "two days later", "statement", "IS claims the Inates attack",
         [IS], None, None, None,
         "IS claims the attack two days later", True),
        ("moc_day", "2020-03-23", "3/23", "territory", "Insurgents occupy Mocimboa da Praia for a day",
         [ASWJ], MOC, None, None,
         "3/23 Insurgents occupy the town of Mocimboa da Praia in Cabo Delgado province for a day before pulling out.", True),
        (None, "2020-03-23", "3/23", "attack", "Shekau's faction overruns a Chadian base on the Boma peninsula, killing 92 soldiers",
         [BH], L("Boma", "Lac", TD), 92, None,
         "3/23 Fighters of Shekau's faction overrun an army base on the Boma peninsula of Lake Chad, killing 92 Chadian soldiers", False),
        ("moc_port", "2020-08-12", "8/12", "territory", "Insurgents capture the port of Mocimboa da Praia after a week-long offensive",
         [ASWJ], MOC, None, None,
         "8/12 After a week-long offensive, insurgents capture the port of Mocimboa da Praia.", True),
        ("zabarmari", "2020-11-28", "11/28", "attack", "Shekau's fighters kill rice farmers near Zabarmari; UN toll at least 110",
         [BH, SHEKAU], L("Koshobe", "Borno", NG), 110, None,
         "11/28 Shekau's fighters kill rice farmers in fields at Koshobe near Zabarmari, Jere LGA, Borno State; the UN puts the toll at at least 110.", False),
        ("us_moz", "2021-03-10", "3/10", "designation", "US designates ISIS-Mozambique and its leader Abu Yasir Hassan",
         [US, ASWJ, ABUYASIR], None, None, None,
         "3/10 The US State Department designates ISIS-Mozambique and its leader, Abu Yasir Hassan, as terrorists.", True),
        ("palma", "2021-03-24", "3/24", "attack", "Insurgents storm Palma near the Afungi gas site; IS claims the town",
         [ASWJ, IS], PALMA, None, None,
         "3/24 Insurgents storm Palma, the town closest to the Afungi gas site, in a raid that lasts several days", True),
        (None, "2021-03-29", "3/29", "statement", "IS claims control of Palma",
         [IS], PALMA, None, None,
         "IS claims control of the town on 3/29", True),
        ("shekau_dies", "2021-05-19", "5/19", "death", "Shekau blows himself up in Sambisa Forest as ISWAP closes in",
         [SHEKAU, ISWAP], SAMBISA, None, None,
         "5/19 Shekau dies in the Sambisa Forest, detonating explosives on himself as ISWAP fighters close in.", True),
        ("rwanda", "2021-07-09", "7/9", "military_operation", "Rwanda begins deploying 1,000 soldiers and police to Cabo Delgado",
         ["Rwanda"], CAB, None, None,
         "7/9 Rwanda begins deploying 1,000 soldiers and police to Cabo Delgado at the request of Mozambique's government.", True),
        ("moc_back", "2021-08-08", "8/8", "territory", "Rwandan and Mozambican troops retake Mocimboa da Praia",
         ["Rwanda", "Mozambique"], MOC, None, None,
         "8/8 Rwandan and Mozambican troops retake Mocimboa da Praia.", True),
        (None, "2021-09-15", "9/15", "death", "Macron announces French forces have killed ISGS leader al-Sahrawi",
         [SAHRAWI, "France", MACRON], None, None, None,
         "9/15 President Emmanuel Macron announces that French forces have killed al-Sahrawi.", True),
        (None, "2021-10-14", "10/14", "death", "Nigeria's defence chief Lucky Irabor says Abu Musab al-Barnawi is dead",
         [ABARNAWI, "Nigeria", IRABOR], None, None, None,
         "10/14 Nigeria's chief of defence staff, General Lucky Irabor, says Abu Musab al-Barnawi is dead.", True),
        # notes
        ("bh_found", "2002~", "around 2002", "organization", "Mohammed Yusuf founds the Maiduguri preaching circle that became Boko Haram",
         [YUSUF, BH], L("Maiduguri", "Borno", NG), None, None,
         "Boko Haram grew out of a preaching circle that Mohammed Yusuf founded in Maiduguri around 2002.", True),
        ("yusuf_dies", "2009-07", "July 2009", "death", "Mohammed Yusuf dies in police custody",
         [YUSUF, "Nigeria"], None, None, None,
         "Yusuf died in police custody in July 2009", True),
        ("shekau_lead", "2010", "the following year", "leadership", "Shekau, Yusuf's deputy, takes over Boko Haram",
         [SHEKAU, BH], None, None, None,
         "Shekau, his deputy, took over the following year", True),
        ("aswj_first", "2017-10", "October 2017", "attack", "Cabo Delgado insurgents first attack police posts in Mocimboa da Praia",
         [ASWJ], MOC, None, None,
         "They first attacked police posts in Mocimboa da Praia in October 2017.", True),
        ("moz_prov", "2022-05", "May 2022", "organization", "IS detaches Mozambique from the Central Africa Province as its own province",
         [IS, ISCAP], None, None, None,
         "IS counted Mozambique as part of its Central Africa Province until May 2022, when it made the country a province of its own.", True),
        ("mumin", "2015-10", "October 2015", "allegiance", "Mumin breaks with al-Shabaab and pledges allegiance to al-Baghdadi",
         [MUMIN, SHABAAB, BAGH], None, None, None,
         "Mumin, a preacher from Puntland, broke with al-Shabaab and pledged allegiance to al-Baghdadi in October 2015", True),
    ],
    # Relative dates: "That month" after 5 October 2017 -> 2017-10; "over the next year" after May 2018 -> 2018-05/2019-05;
    # "That September" -> 2019-09; "within two months" -> 2019-09/2019-11; "two days later" after 23 March 2020 -> 2020-03-25;
    # "that month" after early April -> 2020-04; "on the 12th" of August -> 2020-08-12; "In November" -> 2020-11;
    # "Two weeks later, on the afternoon of 24 March" -> 2021-03-24; "two days later" -> 2021-03-26; "That July" -> 2021-07.
    # Relevant: the group is the one that became IS's Mozambique branch (as the ADF in events_gold3), so its whole history
    # is relevant, and so is the response (Wagner, DAG, Rwanda, SAMIM, Total's withdrawal). Only the 2010 gas find is false.
    "i02_cabo_delgado_history.txt": [
        (None, "2007~", "around 2007", "organization", "The movement begins as a Salafi sect in Cabo Delgado's coastal districts",
         [ASWJ], CAB, None, None,
         "The movement began as a Salafi sect in the coastal districts around 2007.", True),
        (None, "2010", "in 2010", "other", "Offshore gas found in the Rovuma basin",
         [], L("Rovuma basin", None, MZ), None, None,
         "Offshore gas was found in the Rovuma basin in 2010", False),
        ("aswj_first", "2017-10-05", "on 5 October 2017", "attack", "About thirty men attack three police posts in Mocimboa da Praia, leaving 17 dead",
         [ASWJ], MOC, 17, None,
         "The armed campaign opened on 5 October 2017, when about thirty men attacked three police posts in the town of Mocimboa da Praia, leaving 17 dead, among them two police officers.", True),
        (None, "2017-10", "That month", "detention", "Government closes mosques and arrests hundreds of suspects",
         ["Mozambique"], CAB, None, None,
         "That month the government closed several mosques and arrested hundreds of suspects", True),
        (None, "2018-05", "In May 2018", "attack", "Ten villagers beheaded in Monjane, Palma district",
         [ASWJ], L("Monjane", "Cabo Delgado", MZ), 10, None,
         "In May 2018 ten villagers were beheaded in Monjane, in Palma district", True),
        (None, "2018-05/2019-05", "over the next year", "territory", "Attacks spread to Macomia, Nangade and Muidumbe districts",
         [ASWJ], CAB, None, None,
         "over the next year attacks reached Macomia, Nangade and Muidumbe districts", True),
        ("moz_claim", "2019-06", "In June 2019", "attack", "IS claims an attack on Mozambican troops in Mocimboa da Praia district",
         [IS, ASWJ], MOC, None, None,
         "In June 2019 the Islamic State claimed an attack on Mozambican troops in Mocimboa da Praia district", True),
        ("moz_iscap", "2019-06", "In June 2019", "organization", "IS presents the Mozambican fighters as part of its Central Africa Province",
         [IS, ISCAP, ASWJ], None, None, None,
         "presented the fighters as part of its Central Africa Province", True),
        (None, "2019-09", "That September", "military_operation", "Mozambique's government brings in the Russian Wagner Group",
         ["Mozambique", WAGNER], CAB, None, None,
         "That September the government turned to the Russian Wagner Group.", True),
        (None, "2019-09/2019-11", "within two months", "attack", "At least seven Wagner contractors killed within two months",
         [ASWJ], CAB, 7, None,
         "at least seven of them were killed within two months", True),
        (None, "2020~", "by early 2020", "military_operation", "Wagner contractors largely withdraw",
         [WAGNER], CAB, None, None,
         "they had largely withdrawn by early 2020", True),
        ("moc_day", "2020-03-23", "On 23 March 2020", "territory", "Insurgents occupy Mocimboa da Praia for a day",
         [ASWJ], MOC, None, None,
         "On 23 March 2020 they occupied Mocimboa da Praia for a day", True),
        (None, "2020-03-25", "two days later", "territory", "Insurgents overrun the district capital of Quissanga",
         [ASWJ], L("Quissanga", "Cabo Delgado", MZ), None, None,
         "two days later they overran the district capital of Quissanga", True),
        (None, "2020-04~", "In early April", "attack", "Insurgents kill 52 young men at Xitaxi for refusing to join",
         [ASWJ], L("Xitaxi", "Cabo Delgado", MZ), 52, None,
         "In early April they killed 52 young men at Xitaxi, in Muidumbe district, for refusing to join them.", True),
        (None, "2020-04", "that month", "military_operation", "Government hires Dyck Advisory Group; its helicopters begin flying",
         ["Mozambique", DAG], CAB, None, None,
         "The government hired a South African company, Dyck Advisory Group (DAG), whose helicopters began flying that month.", True),
        ("moc_port", "2020-08-12", "on the 12th", "territory", "Insurgents take the port of Mocimboa da Praia after a siege",
         [ASWJ], MOC, None, None,
         "In August the insurgents returned to Mocimboa da Praia and, after a siege, took its port on the 12th", True),
        (None, "2020-11", "In November", "attack", "More than 50 people beheaded at a football field in Muatide",
         [ASWJ], L("Muatide", "Cabo Delgado", MZ), 50, None,
         "In November more than 50 people were beheaded at a football field in Muatide", True),
        ("us_moz", "2021-03", "in March 2021", "designation", "US designates the group and names Abu Yasir Hassan its leader",
         [US, ASWJ, ABUYASIR], None, None, None,
         "The United States designated the group in March 2021, naming the Tanzanian Abu Yasir Hassan as its leader.", True),
        ("palma", "2021-03-24", "on the afternoon of 24 March", "attack", "Fighters enter Palma from three sides",
         [ASWJ], PALMA, None, None,
         "Two weeks later, on the afternoon of 24 March, fighters entered Palma from three sides.", True),
        (None, "2021-03-26", "two days later", "attack", "Convoy breaking out of the Amarula hotel ambushed; government says seven killed",
         [ASWJ], PALMA, 7, None,
         "when a convoy tried to break out two days later it was ambushed, and the government said seven of its passengers were killed", True),
        (None, "2021-04-26", "on 26 April", "other", "Total evacuates Afungi and declares force majeure, halting the gas project",
         [TOTAL], L("Afungi", "Cabo Delgado", MZ), None, None,
         "on 26 April declared force majeure, halting the gas project", True),
        ("rwanda", "2021-07", "That July", "military_operation", "Rwanda sends about 1,000 soldiers and police",
         ["Rwanda"], CAB, None, None,
         "That July Rwanda sent about 1,000 soldiers and police", True),
        (None, "2021-07-15", "on 15 July", "military_operation", "SADC Mission in Mozambique (SAMIM) begins to arrive",
         [SAMIM, SADC], CAB, None, None,
         "on 15 July a standby force of the Southern African Development Community (SADC), the SADC Mission in Mozambique (SAMIM), began to arrive", True),
        ("moc_back", "2021-08-08", "On 8 August", "territory", "Rwandan and Mozambican troops recapture Mocimboa da Praia",
         ["Rwanda", "Mozambique"], MOC, None, None,
         "On 8 August Rwandan and Mozambican troops recaptured Mocimboa da Praia.", True),
        ("moz_prov", "2022-05", "In May 2022", "organization", "IS declares Mozambique a province of its own",
         [IS, ISCAP], None, None, None,
         "In May 2022 the Islamic State declared Mozambique a province of its own, detaching it from the Central Africa Province.", True),
        (None, "2022-12", "By December 2022", "other", "More than 800,000 people displaced",
         [], CAB, None, None,
         "By December 2022 more than 800,000 people had been displaced.", True),
        (None, "2023-10", "in October 2023", "death", "Army says it killed senior field commander Bonomade Machude Omar (Ibn Omar)",
         [BONOMADE, "Mozambique"], None, None, None,
         "The army announced in October 2023 that it had killed Bonomade Machude Omar, known as Ibn Omar, the group's senior commander in the field.", True),
        (None, "2024-07", "in July 2024", "military_operation", "SAMIM ends its mission",
         [SAMIM], CAB, None, None,
         "SAMIM ended its mission in July 2024", True),
    ],
    # Relevant: Boko Haram up to the August 2016 split (it pledged to IS and was renamed ISWAP: the events_gold3 ADF convention),
    # ISWAP throughout, the split itself and Shekau's death at ISWAP's hands. Shekau's JAS after the split (Chibok releases,
    # Zabarmari, Kankara, the 2021 surrenders, Bakura) is not an IS branch: false. Ansaru (al-Qaeda-aligned) is false.
    "i03_boko_haram_profile.txt": [
        (None, "2002/2009", "2002-2009", "leadership", "Mohammed Yusuf, founder, leads the group 2002-2009",
         [YUSUF, BH], None, None, None,
         "- Mohammed Yusuf, founder, 2002-2009; killed in police custody", True),
        (None, "2010/2021", "2010-2021", "leadership", "Abubakar Shekau leads the group 2010-2021",
         [SHEKAU, BH], None, None, None,
         "- Abubakar Shekau (also spelled Abubakar Shikau), 2010-2021", True),
        ("shekau_dies", "2021-05", "May 2021", "death", "Shekau died in May 2021",
         [SHEKAU], None, None, None,
         "Abubakar Shikau), 2010-2021; died in May 2021", True),
        (None, "2021", "since 2021", "leadership", "Bakura Doro leads the JAS remnant around Lake Chad",
         [BAKURA, BH], L("Lake Chad", None, None), None, None,
         "- Bakura Doro, leader of the JAS remnant around Lake Chad since 2021", False),
        (None, "2016", "from 2016", "leadership", "Habib Yusuf, as Abu Musab al-Barnawi, leads ISWAP from 2016",
         [ABARNAWI, ISWAP], None, None, None,
         "who as Abu Musab al-Barnawi led the rival ISWAP from 2016", True),
        (None, "2015", "In 2015", "statement", "Western officials estimate the core at 4,000 to 6,000 fighters",
         [], None, None, None,
         "In 2015 Western officials put the group's core at 4,000 to 6,000 fighters.", True),
        (None, "2019", "By 2019", "statement", "Shekau faction estimated at 1,500-2,000 fighters, ISWAP at 3,500-5,000",
         [], None, None, None,
         "By 2019, after the split, the Shekau faction was estimated at 1,500 to 2,000 fighters, against 3,500 to 5,000 for ISWAP.", True),
        ("bh_found", "2002", "in 2002", "organization", "Yusuf sets up a mosque and school in Maiduguri",
         [YUSUF, BH], L("Maiduguri", "Borno", NG), None, None,
         "Yusuf, a charismatic preacher, set up a mosque and school in Maiduguri, the capital of Borno State, in 2002.", True),
        (None, "2009-07", "in July 2009", "clash", "Sect members rise against the police in Bauchi, Borno, Kano and Yobe",
         [BH], NG0, None, None,
         "Tension with the police came to a head in July 2009, when its members rose in Bauchi, Borno, Kano and Yobe states.", True),
        (None, "2009-07", "in July 2009", "military_operation", "Army crushes the revolt within five days; more than 800 dead",
         ["Nigeria", BH], NG0, 800, None,
         "The army crushed the revolt within five days, and more than 800 people died, most of them sect members.", True),
        ("yusuf_dies", "2009-07-30", "on 30 July", "death", "Yusuf captured and shot dead in police hands",
         [YUSUF, "Nigeria"], None, None, None,
         "Yusuf was captured and on 30 July was shot dead while in police hands.", True),
        ("shekau_lead", "2010~", "in mid-2010", "leadership", "Shekau resurfaces in a video as the new leader",
         [SHEKAU, BH], None, None, None,
         "Shekau, Yusuf's deputy, resurfaced in a video in mid-2010 as the new leader.", True),
        (None, "2010-09-07", "On 7 September 2010", "attack", "Group frees more than 700 inmates from Bauchi prison",
         [BH], L("Bauchi", "Bauchi", NG), None, None,
         "On 7 September 2010 the group freed more than 700 inmates from the prison in Bauchi.", True),
        (None, "2011-06-16", "on 16 June 2011", "attack", "Bombing of the national police headquarters in Abuja",
         [BH], ABUJA, None, None,
         "It then turned to bombings: of the national police headquarters in Abuja on 16 June 2011", True),
        (None, "2011-08-26", "on 26 August 2011", "attack", "Bombing of the UN building in Abuja kills at least 21",
         [BH], ABUJA, 21, None,
         "of the United Nations building in the capital on 26 August 2011, in which at least 21 people were killed", True),
        (None, "2012-01-20", "On 20 January 2012", "attack", "Coordinated attacks in Kano kill more than 185",
         [BH], L("Kano", "Kano", NG), 185, None,
         "On 20 January 2012 coordinated attacks in Kano killed more than 185 people.", True),
        (None, "2012-01", "In the same month", "organization", "Dissidents announce Ansaru, led by Khalid al-Barnawi",
         [ANSARU, KBARNAWI], None, None, None,
         "In the same month dissidents announced Ansaru, led by Khalid al-Barnawi, which objected to the killing of Muslims.", False),
        (None, "2013-05-14", "On 14 May 2013", "other", "President Jonathan declares a state of emergency in Borno, Yobe and Adamawa",
         ["Nigeria", JONATHAN], NG0, None, None,
         "On 14 May 2013 President Goodluck Jonathan declared a state of emergency in Borno, Yobe and Adamawa.", True),
        (None, "2013-11", "that November", "designation", "US designates Boko Haram and Ansaru foreign terrorist organisations",
         [US, BH, ANSARU], None, None, None,
         "The United States designated Boko Haram and Ansaru foreign terrorist organisations that November.", True),
        (None, "2014-04-14", "On the night of 14 April 2014", "attack", "Fighters abduct 276 schoolgirls from a school in Chibok",
         [BH], L("Chibok", "Borno", NG), None, None,
         "On the night of 14 April 2014 fighters took 276 schoolgirls from a government secondary school in Chibok, Borno", True),
        (None, "2014-04", "14 April 2014", "other", "The Chibok kidnapping sets off the Bring Back Our Girls campaign",
         [], None, None, None,
         "the case set off the \"Bring Back Our Girls\" campaign", True),
        (None, "2014-05", "in May 2014", "designation", "UN Security Council places the group on its sanctions list",
         [UNSC, BH], None, None, None,
         "The UN Security Council placed the group on its sanctions list in May 2014.", True),
        (None, "2014-08", "that August", "territory", "Shekau declares Gwoza part of an Islamic caliphate",
         [SHEKAU, BH], L("Gwoza", "Borno", NG), None, None,
         "In a video that August, Shekau declared the town of Gwoza part of an Islamic caliphate.", True),
        ("baga", "2015-01~", "in early January 2015", "attack", "The group's most lethal assault, at Baga on Lake Chad",
         [BH], L("Baga", "Borno", NG), None, None,
         "The group's most lethal single assault came in early January 2015 at Baga, on Lake Chad.", True),
        ("baga", "2015-01~", "in early January 2015", "attack", "Amnesty International: as many as 2,000 may have died at Baga",
         [BH, AMNESTY], L("Baga", "Borno", NG), 2000, None,
         "Amnesty International said as many as 2,000 people may have died", True),
        ("baga", "2015-01~", "in early January 2015", "attack", "Government puts the Baga toll at about 150",
         [BH, "Nigeria"], L("Baga", "Borno", NG), 150, None,
         "the government put the toll at about 150", True),
        ("pledge", "2015-03", "In March 2015", "allegiance", "Shekau pledges allegiance to the Islamic State",
         [SHEKAU, BH, IS], None, None, None,
         "In March 2015 Shekau pledged allegiance to the Islamic State", True),
        ("iswap", "2015-03", "In March 2015", "organization", "The group takes the ISWAP name",
         [BH, ISWAP], None, None, None,
         "and the group took the ISWAP name", True),
        (None, "2015-03", "In March 2015", "military_operation", "Chad, Niger and Cameroon join Nigeria's counter-offensive and retake most towns",
         ["Chad", "Niger", "Cameroon", "Nigeria", BH], NG0, None, None,
         "while troops of Chad, Niger and Cameroon joined Nigeria's counter-offensive and retook most of the towns it held", True),
        ("barnawi", "2016-08", "in August 2016", "leadership", "IS replaces Shekau with al-Barnawi",
         [IS, ABARNAWI, SHEKAU], None, None, None,
         "The Islamic State replaced Shekau with al-Barnawi in August 2016.", True),
        ("split", "2016-08", "in August 2016", "organization", "Shekau refuses to step down and revives the JAS name; factions split",
         [SHEKAU, BH], None, None, None,
         "Shekau refused to step down and revived the JAS name", True),
        (None, "2016-10", "in October 2016", "detention", "Swiss- and ICRC-mediated talks free 21 Chibok girls",
         [BH, "Switzerland", ICRC], None, None, None,
         "Talks mediated by Switzerland and the International Committee of the Red Cross (ICRC) freed 21 Chibok girls in October 2016", False),
        (None, "2017-05", "in May 2017", "detention", "82 more Chibok girls freed",
         [BH, "Switzerland", ICRC], None, None, None,
         "in October 2016 and 82 more in May 2017", False),
        ("dapchi", "2018-02", "in February 2018", "attack", "ISWAP carries out the Dapchi kidnapping",
         [ISWAP], DAPCHI, None, None,
         "ISWAP, not JAS, carried out the Dapchi kidnapping in February 2018.", True),
        ("dapchi_back", "2018-03", "a month later", "detention", "ISWAP brings most of the Dapchi girls back; no one hurt",
         [ISWAP], DAPCHI, 0, 0,
         "It brought most of the girls back a month later. No one was hurt during the handover.", True),
        ("zabarmari", "2020-11-28", "on 28 November 2020", "attack", "Shekau's men kill farmers at Zabarmari; officials bury 43 bodies",
         [BH], L("Zabarmari", "Borno", NG), 43, None,
         "Shekau's men were behind the killing of farmers at Zabarmari on 28 November 2020, after which Borno officials buried 43 bodies.", False),
        (None, "2020-12", "In December 2020", "attack", "Shekau claims abduction of more than 300 boys from a Kankara school, done by bandits",
         [SHEKAU], L("Kankara", "Katsina", NG), None, None,
         "In December 2020 Shekau claimed the abduction of more than 300 boys from a school in Kankara, Katsina State", False),
        (None, "2020-12", "within a week", "detention", "The Kankara boys are freed within a week",
         [], L("Kankara", "Katsina", NG), None, None,
         "the boys were freed within a week", False),
        ("shekau_dies", "2021-05", "In May 2021", "death", "Shekau blows himself up when ISWAP surrounds him in the Sambisa Forest",
         [SHEKAU, ISWAP], SAMBISA, None, None,
         "In May 2021 ISWAP fighters surrounded Shekau in the Sambisa Forest, and he blew himself up rather than surrender.", True),
        (None, "2021", "over the following months", "detention", "Thousands of JAS fighters and families surrender to the army",
         [BH, "Nigeria"], NG0, None, None,
         "Thousands of JAS fighters and their families surrendered to the army over the following months", False),
    ],
    # Weekdays come from "Filed: Wednesday 11 December 2019": Wednesday = 2019-12-11, Tuesday = 2019-12-10.
    # Toll statements (ministry 71/12, security official 60) are attack mentions dated to the raid, as in events_gold3 h04.
    # The blame on ISGS (separate paragraph, no claim yet) is not a separate event; ISGS is listed as the raid's actor.
    # Relevant: ISGS and IS events and the responses to them (mourning, Issoufou's return, the Pau postponement, the Barkhane
    # helicopter crash while hunting ISGS, Pointeau near Menaka, the Tillaberi emergency). JNIM's Boulkessi/Mondoro raid and
    # the G5 Sahel's founding and joint force (aimed at all Sahel jihadists, not IS in particular) are false.
    "i04_niamey_wire.txt": [
        (None, "2019-12-11", "on Wednesday", "other", "Niger begins three days of national mourning",
         ["Niger"], L(None, None, NE), None, None,
         "Niger began three days of national mourning on Wednesday", True),
        ("inates", "2019-12-10", "Tuesday evening", "attack", "Militants kill 71 soldiers in an attack on an army camp near the Malian border",
         [ISGS], INATES, 71, None,
         "after militants killed 71 soldiers in an attack on an army camp near the border with Mali", True),
        ("inates", "2019-12-10", "on Tuesday evening", "attack", "Three-hour assault on the Inates camp in Tillaberi region",
         [ISGS], INATES, None, None,
         "The assault on the camp at Inates, in the western Tillaberi region, began on Tuesday evening and lasted about three hours", True),
        ("inates", "2019-12-10", "Tuesday evening", "attack", "Defence ministry: 71 soldiers killed and 12 wounded, others missing",
         [ISGS, "Niger"], INATES, 71, 12,
         "The ministry said 71 soldiers had been killed and 12 wounded, and that others were missing.", True),
        ("inates", "2019-12-10", "Tuesday evening", "attack", "Security official gives a lower count of at least 60 dead, about 30 missing",
         [ISGS, "Niger"], INATES, 60, None,
         "gave a lower count of at least 60 dead on Wednesday, with about 30 soldiers still unaccounted for", True),
        (None, "2019-12-11", "on Wednesday", "other", "President Issoufou cuts short a visit to Egypt and returns to Niamey",
         [ISSOUFOU, "Niger"], L("Niamey", "Niamey", NE), None, None,
         "President Mahamadou Issoufou cut short a visit to Egypt, where he had been attending a forum on peace and development in Aswan, and returned to Niamey on Wednesday.", True),
        (None, "2019-07", "in July", "attack", "Earlier attack on the Inates camp kills nearly 20 soldiers",
         [], INATES, 20, None,
         "The same camp was attacked in July, when nearly 20 soldiers were killed.", True),
        (None, "2019-12-11", "on Wednesday", "meeting", "Macron and Issoufou speak by telephone",
         [MACRON, ISSOUFOU], None, None, None,
         "spoke to Issoufou by telephone on Wednesday", True),
        (None, "2019-12-11", "on Wednesday", "other", "Macron and Issoufou agree to postpone the Pau summit with Sahel leaders",
         [MACRON, ISSOUFOU, G5], None, None, None,
         "The two agreed to postpone until early next year a summit with the leaders of the five Sahel states that Macron had called for Monday in the southern French city of Pau.", True),
        (None, "2019-11-25", "on November 25", "military_operation", "13 French soldiers die as two helicopters collide while hunting ISGS fighters",
         ["France", ISGS], MENAKA, 13, None,
         "13 French soldiers died when two helicopters collided in the dark while hunting ISGS fighters in Mali's Menaka region on November 25", True),
        (None, "2019-11-01", "On November 1", "attack", "Militants overrun Indelimane post, killing 53 soldiers and a civilian; IS claims it",
         [IS], L("Indelimane", "Menaka", ML), 54, None,
         "On November 1, militants overran a post at Indelimane, in the Menaka region, killing 53 soldiers and a civilian", True),
        (None, "2019-11-02", "The next day", "death", "French corporal Ronan Pointeau killed by a roadside bomb near Menaka",
         [POINTEAU], MENAKA, None, None,
         "The next day a French corporal, Ronan Pointeau, was killed when his armoured vehicle struck a roadside bomb near Menaka.", True),
        (None, "2019-09-30", "on September 30", "attack", "JNIM raids on Boulkessi and Mondoro camps kill at least 38 soldiers",
         [JNIM], L(None, "Mopti", ML), 38, None,
         "Attacks on the Malian camps at Boulkessi and Mondoro, near the border with Burkina Faso, on September 30 killed at least 38 soldiers.", False),
        (None, "2015-05", "in May 2015", "organization", "ISGS founded by Adnan Abu Walid al-Sahrawi",
         [ISGS, SAHRAWI], None, None, None,
         "ISGS was founded in May 2015, when Adnane Abou Walid al-Sahraoui", True),
        ("sahrawi", "2015-05", "in May 2015", "allegiance", "Al-Sahrawi breaks with al-Mourabitoun and pledges allegiance to IS",
         [SAHRAWI, MOURAB, IS], None, None, None,
         "broke with the al-Qaeda-aligned al-Mourabitoun and pledged allegiance to the Islamic State", True),
        ("tongo", "2017-10", "in October 2017", "attack", "ISGS ambush near Tongo Tongo kills four US and four Nigerien soldiers",
         [ISGS], TONGO, 8, None,
         "Its fighters ambushed a joint patrol near Tongo Tongo, not far from Inates, in October 2017, killing four US soldiers and four Nigerien soldiers.", True),
        (None, "2014", "in 2014", "organization", "Niger, Mali, Burkina Faso, Mauritania and Chad form the G5 Sahel",
         [G5], None, None, None,
         "Niger, Mali, Burkina Faso, Mauritania and Chad formed the G5 Sahel in 2014", False),
        (None, "2017", "in 2017", "military_operation", "G5 Sahel launches a joint counter-terrorism force",
         [G5], None, None, None,
         "launched a joint counter-terrorism force in 2017", False),
        (None, "2017-03", "in March 2017", "other", "State of emergency declared in parts of Tillaberi",
         ["Niger"], L(None, "Tillaberi", NE), None, None,
         "A state of emergency declared in parts of Tillaberi in March 2017 remains in force.", True),
    ],
    # Post dated 2 February 2023; comments dated 3-6 February 2023; an unrelated article on Colombia below.
    # Relevant: IS in Somalia (Mumin, Qandala, US strikes, al-Sudani), al-Shabaab's purge of IS sympathisers, and the Shekau
    # comment. Al-Shabaab's own history (ICU, al-Qaeda, Godane, Zoobe, the education ministry, Manda Bay) is false, and so is
    # all of the Colombia article.
    "i05_puntland_blog.txt": [
        (None, "2023-01-25", "On 25 January", "death", "US special forces kill IS financier Bilal al-Sudani and about ten of his men",
         [SUDANI, US], L("Cal Miskaad", "Bari", SO), 11, None,
         "On 25 January American special forces raided a cave complex in the Cal Miskaad range of Puntland's Bari region and killed Bilal al-Sudani", True),
        (None, "2006-06", "in June 2006", "territory", "The Islamic Courts Union takes Mogadishu",
         [ICU], MOGADISHU, None, None,
         "the Islamic Courts Union, which took Mogadishu in June 2006", False),
        (None, "2006-12", "that December", "military_operation", "Ethiopian troops drive the Islamic Courts out of Mogadishu",
         ["Ethiopia", ICU], MOGADISHU, None, None,
         "held it until Ethiopian troops drove it out that December", False),
        (None, "2012-02", "in February 2012", "allegiance", "Al-Shabaab formally joins al-Qaeda",
         [SHABAAB, AQ], None, None, None,
         "Al-Shabaab formally joined al-Qaeda in February 2012.", False),
        (None, "2014-09-01", "on 1 September 2014", "death", "US air strike kills al-Shabaab leader Ahmed Abdi Godane",
         [GODANE, US], None, None, None,
         "A US air strike killed its leader, Ahmed Abdi Godane, on 1 September 2014", False),
        (None, "2014-09", "within a week", "leadership", "Al-Shabaab names Ahmed Umar (Abu Ubaidah) as Godane's successor",
         [UMAR, SHABAAB], None, None, None,
         "within a week the movement named Ahmed Umar, known as Abu Ubaidah, as his successor", False),
        (None, "2017-10-14", "on 14 October 2017", "attack", "Zoobe junction truck bomb in Mogadishu kills or wounds more than 800",
         [SHABAAB], MOGADISHU, None, None,
         "Its deadliest attack, the truck bomb at Zoobe junction in Mogadishu on 14 October 2017, killed or wounded more than 800 people.", False),
        ("mumin", "2015-10", "In October 2015", "allegiance", "Abdulqadir Mumin swears allegiance to al-Baghdadi with about 20 fighters",
         [MUMIN, BAGH], None, None, None,
         "In October 2015 Abdulqadir Mumin, a cleric who had lived in Sweden and Britain before returning to his native Puntland, swore allegiance to Abu Bakr al-Baghdadi with about 20 fighters.", True),
        (None, "2015~", "in late 2015", "attack", "Al-Shabaab's Amniyat hunts down and kills pro-IS commanders in the south",
         [AMNIYAT, SHABAAB], L(None, None, SO), None, None,
         "Al-Shabaab's feared security service, the Amniyat, answered by hunting down commanders in the south who had shown sympathy for the Islamic State, and several were killed in late 2015.", True),
        (None, "2016-08", "in August 2016", "designation", "US lists Mumin as a Specially Designated Global Terrorist",
         [US, MUMIN], None, None, None,
         "The US State Department listed Mumin as a Specially Designated Global Terrorist in August 2016.", True),
        ("qandala", "2016-10~", "In late October 2016", "territory", "Mumin's fighters take the port of Qandala",
         [MUMIN, ISS], QANDALA, None, None,
         "In late October 2016 his fighters walked into the port of Qandala", True),
        ("qandala_back", "2016-12~", "in early December", "territory", "Puntland forces push IS out of Qandala",
         ["Puntland"], QANDALA, None, None,
         "until Puntland's forces pushed them out in early December", True),
        ("us_somalia", "2017-11", "in November 2017", "military_operation", "First American air strikes on the IS cell",
         [US, ISS], None, None, None,
         "The first American air strikes on the group came in November 2017", True),
        # reader comments
        (None, "2022-10-29", "on 29 October 2022", "attack", "Two al-Shabaab car bombs at the education ministry kill at least 121",
         [SHABAAB], MOGADISHU, 121, None,
         "al-Shabaab set off two car bombs at the education ministry in Mogadishu on 29 October 2022, killing at least 121 people", False),
        ("shekau_dies", "2021-05", "in May 2021", "death", "Shekau blows himself up when cornered by ISWAP in the Sambisa forest",
         [SHEKAU, ISWAP], SAMBISA, None, None,
         "When ISWAP cornered Shekau in the Sambisa forest in May 2021, he blew himself up rather than be taken.", True),
        (None, "2020-01-05", "on 5 January 2020", "attack", "Al-Shabaab raids Manda Bay airfield in Kenya, killing three Americans",
         [SHABAAB], L("Manda Bay", "Lamu", "KE"), 3, None,
         "Al-Shabaab also raided the Manda Bay airfield in Kenya on 5 January 2020 and killed three Americans there.", False),
        # unrelated article on the same page (Colombia)
        (None, "2016", "in 2016", "agreement", "Colombia's longest war ends on paper with the 2016 peace accords",
         [], L(None, None, CO), None, None,
         "Colombia's longest war ended on paper in 2016.", False),
        (None, "1964", "in 1964", "organization", "FARC founded",
         [FARC], None, None, None,
         "The Revolutionary Armed Forces of Colombia (FARC), founded in 1964", False),
        (None, "2016-09-26", "on 26 September 2016", "agreement", "FARC and President Santos sign a peace accord in Cartagena",
         [FARC, SANTOS], L("Cartagena", "Bolivar", CO), None, None,
         "signed a peace accord with President Juan Manuel Santos in Cartagena on 26 September 2016", False),
        (None, "2016-10-02", "on 2 October", "other", "Voters narrowly reject the accord in a referendum",
         [], L(None, None, CO), None, None,
         "Voters narrowly rejected it in a referendum on 2 October.", False),
        (None, "2016-10-07", "Five days later", "other", "Santos awarded the Nobel Peace Prize",
         [SANTOS], None, None, None,
         "Five days later Santos was awarded the Nobel Peace Prize", False),
        (None, "2016-11-24", "on 24 November", "agreement", "Revised peace accord signed in Bogota",
         [FARC, SANTOS], BOGOTA, None, None,
         "a revised accord was signed in Bogota on 24 November", False),
        (None, "2017-06", "by June 2017", "other", "FARC fighters have handed their weapons to UN monitors",
         [FARC], L(None, None, CO), None, None,
         "The FARC's fighters had handed their weapons to UN monitors by June 2017", False),
        (None, "2017-09", "in September of that year", "organization", "FARC relaunches itself as a political party",
         [FARC], None, None, None,
         "in September of that year the movement relaunched itself as a political party", False),
        (None, "2019-01-17", "On 17 January 2019", "attack", "ELN car bomb at the General Santander police academy in Bogota kills 22",
         [ELN], BOGOTA, 22, None,
         "On 17 January 2019 one of its members drove a car bomb into the General Santander police academy in Bogota, killing 22 people, including himself.", False),
        (None, "2019-01-18", "The next day", "statement", "President Ivan Duque calls off peace talks with the ELN",
         [DUQUE, ELN], None, None, None,
         "The next day President Ivan Duque called off peace talks with the group.", False),
    ],
}

# (kind, canonical, aliases as spelled in the documents, documents by prefix)
ENTITIES = [
    ("org", IS, ["Islamic State", "the Islamic State", "IS"], "i01 i02 i03 i04 i05"),
    ("org", US, ["United States", "US State Department", "US", "Washington"], "i01 i02 i03 i04 i05"),
    ("org", AQ, ["al-Qaeda"], "i04 i05"),
    ("org", UNSC, ["UN Security Council"], "i03"),
    ("org", AMAQ, ["Amaq"], "i01"),
    ("org", BH, ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Yusufiyya",
                 "People Committed to the Propagation of the Prophet's Teachings and Jihad"], "i01 i03"),
    ("org", ISWAP, ["Islamic State West Africa Province", "ISWAP", "West Africa Province"], "i01 i03 i04 i05"),
    ("org", ANSARU, ["Ansaru"], "i01 i03"),
    ("org", AQIM, ["al-Qaeda in the Islamic Maghreb", "AQIM"], "i03"),
    ("org", ICRC, ["International Committee of the Red Cross", "ICRC"], "i03"),
    ("org", AMNESTY, ["Amnesty International"], "i03"),
    ("org", ISGS, ["Islamic State in the Greater Sahara", "ISGS"], "i01 i04"),
    ("org", MOURAB, ["al-Mourabitoun"], "i01 i04"),
    ("org", JNIM, ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"], "i04"),
    ("org", G5, ["G5 Sahel"], "i04"),
    ("org", "Operation Barkhane", ["Operation Barkhane"], "i04"),
    ("org", "Polisario Front", ["Polisario Front"], "i04"),
    ("org", ASWJ, ["Ahlu Sunnah Wa-Jama'a", "ASWJ", "Ansar al-Sunna", "ISIS-Mozambique"], "i01 i02"),
    ("org", ISCAP, ["Central Africa Province"], "i01 i02"),
    ("org", WAGNER, ["Wagner Group"], "i02"),
    ("org", DAG, ["Dyck Advisory Group", "DAG"], "i02"),
    ("org", SAMIM, ["SADC Mission in Mozambique", "SAMIM"], "i02"),
    ("org", SADC, ["Southern African Development Community", "SADC"], "i02"),
    ("org", TOTAL, ["Total"], "i02"),
    ("org", SHABAAB, ["al-Shabaab", "Harakat al-Shabaab al-Mujahideen"], "i01 i05"),
    ("org", ICU, ["Islamic Courts Union"], "i05"),
    ("org", AMNIYAT, ["Amniyat"], "i05"),
    ("org", ISS, ["Islamic State's Somali branch", "Islamic State cell", "Mumin cell"], "i01 i05"),
    ("org", "al-Karrar office", ["al-Karrar office"], "i05"),
    ("org", FARC, ["Revolutionary Armed Forces of Colombia", "FARC"], "i05"),
    ("org", ELN, ["National Liberation Army", "ELN"], "i05"),
    ("person", BAGH, ["Abu Bakr al-Baghdadi", "al-Baghdadi"], "i01 i05"),
    ("person", ADNANI, ["Abu Muhammad al-Adnani"], "i01"),
    ("person", SHEKAU, ["Abubakar Shekau", "Abubakar Shikau", "Shekau"], "i01 i03 i05"),
    ("person", YUSUF, ["Mohammed Yusuf", "Yusuf"], "i01 i03"),
    ("person", ABARNAWI, ["Abu Musab al-Barnawi", "Habib Yusuf"], "i01 i03"),
    ("person", KBARNAWI, ["Khalid al-Barnawi"], "i01 i03"),
    ("person", BAKURA, ["Bakura Doro", "Bakura"], "i03"),
    ("person", JONATHAN, ["Goodluck Jonathan"], "i03"),
    ("person", SHARIBU, ["Leah Sharibu"], "i01"),
    ("person", SAHRAWI, ["Adnan Abu Walid al-Sahrawi", "Adnane Abou Walid al-Sahraoui", "al-Sahrawi"], "i01 i04"),
    ("person", BELMOKHTAR, ["Mokhtar Belmokhtar"], "i01"),
    ("person", DEBY, ["Idriss Deby"], "i01"),
    ("person", IRABOR, ["General Lucky Irabor", "Lucky Irabor"], "i01"),
    ("person", MACRON, ["Emmanuel Macron", "Macron"], "i01 i04"),
    ("person", ISSOUFOU, ["Mahamadou Issoufou", "Issoufou"], "i04"),
    ("person", POINTEAU, ["Ronan Pointeau"], "i04"),
    ("person", ABUYASIR, ["Abu Yasir Hassan"], "i01 i02"),
    ("person", BONOMADE, ["Bonomade Machude Omar", "Ibn Omar"], "i02"),
    ("person", MUMIN, ["Abdulqadir Mumin", "Mumin"], "i01 i05"),
    ("person", SUDANI, ["Bilal al-Sudani"], "i05"),
    ("person", GODANE, ["Ahmed Abdi Godane"], "i05"),
    ("person", UMAR, ["Ahmed Umar", "Abu Ubaidah"], "i05"),
    ("person", SANTOS, ["Juan Manuel Santos", "Santos"], "i05"),
    ("person", DUQUE, ["Ivan Duque"], "i05"),
]

# clusters: keys (from DOCS) naming one real-world event in two or more documents; OPTIONAL: (key, doc prefix, quote start)
# mentions that may or may not be linked to the cluster without counting either way.
OPTIONAL = {
    "split": [("i01", "8/3 Shekau rejects")],
    "barnawi": [("i03", "who as Abu Musab")],
    "bh_found": [("i03", "- Mohammed Yusuf, founder")],
    "shekau_lead": [("i03", "- Abubakar Shekau (also")],
    "sahrawi": [("i04", "ISGS was founded in May 2015")],
    "palma": [("i02", "when a convoy tried"), ("i01", "IS claims control")],
    "inates": [("i01", "IS claims the attack")],
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
            fh.write(json.dumps({"id": f"i-ent{i:02d}", "kind": kind, "canonical": canonical, "aliases": aliases, "docs": docs},
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
