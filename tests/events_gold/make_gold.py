"""Writes fresh.events.jsonl and entities.jsonl from the compact tables below (hand annotation of docs/).

    python tests/events_gold/make_gold.py

Every quote is checked to be an exact substring of its document.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
NG, TD, NE, KE, SO, UG, ML, BF, CO, EC, NO, MZ = "NG TD NE KE SO UG ML BF CO EC NO MZ".split()


def L(place, admin1, cc):
    return {"place": place, "admin1": admin1, "country": cc}


BH, ISWAP, IS = "Boko Haram", "Islamic State West Africa Province", "Islamic State"
SHEKAU = "Abubakar Shekau"
SHB = "al-Shabaab"
AQIM, GSPC, JNIM = "al-Qaeda in the Islamic Maghreb", "Salafist Group for Preaching and Combat", "Jama'at Nusrat al-Islam wal-Muslimin"
MNLA, ANSAR, MUJAO, MOUR = "National Movement for the Liberation of Azawad", "Ansar Dine", "Movement for Oneness and Jihad in West Africa", "al-Mourabitoun"
FARC, ELN = "FARC", "National Liberation Army"

# doc -> rows of (date, date_text, type, summary, actors, location, killed, wounded, quote, relevant)
DOCS = {
    "f01_lake_chad_chronology.txt": [
        ("2009-07-26", "7/26", "clash", "Boko Haram members fight police in Bauchi; fighting spreads to Maiduguri", [BH], L("Bauchi", "Bauchi", NG), None, None,
         "7/26 Fighting breaks out between Boko Haram members and police in Bauchi", False),
        ("2009-07-30", "7/30", "death", "Founder Mohammed Yusuf killed in police custody in Maiduguri", ["Mohammed Yusuf"], L("Maiduguri", "Borno", NG), None, None,
         "7/30 The group's founder, Mohammed Yusuf, is killed in police custody in Maiduguri", False),
        ("2013-05-14", "5/14", "statement", "Jonathan declares state of emergency in Borno, Yobe and Adamawa", ["Goodluck Jonathan"], L(None, None, NG), None, None,
         "5/14 President Goodluck Jonathan declares a state of emergency in Borno, Yobe and Adamawa states.", False),
        ("2013-11-13", "11/13", "designation", "US designates Boko Haram and Ansaru as FTOs", ["United States", BH, "Ansaru"], None, None, None,
         "11/13 The United States designates Boko Haram and its offshoot Ansaru as Foreign Terrorist Organizations.", False),
        ("2014-04-14", "4/14", "attack", "Boko Haram abducts 276 schoolgirls in Chibok", [BH], L("Chibok", "Borno", NG), None, None,
         "4/14 Boko Haram fighters abduct 276 schoolgirls from the government secondary school in Chibok, Borno State.", False),
        ("2014-05-22", "5/22", "designation", "UN Security Council adds Boko Haram to al-Qaeda sanctions list", ["UN Security Council", BH], None, None, None,
         "5/22 The UN Security Council adds Boko Haram to its al-Qaeda sanctions list.", False),
        ("2014-08-24", "8/24", "organization", "Shekau proclaims a caliphate after seizing Gwoza", [SHEKAU, BH], L("Gwoza", "Borno", NG), None, None,
         "8/24 Abubakar Shekau proclaims a caliphate in a video released after his fighters seize Gwoza.", False),
        ("2015-01-03", "1/3", "attack", "Militants overrun Baga and the MNJTF base; hundreds reported killed", [BH, "Multinational Joint Task Force"], L("Baga", "Borno", NG), None, None,
         "1/3 Militants overrun Baga and the nearby base of the Multinational Joint Task Force", False),
        ("2015-03-07", "3/7", "allegiance", "Shekau pledges allegiance to al-Baghdadi", [SHEKAU, "Abu Bakr al-Baghdadi"], None, None, None,
         "3/7 Shekau pledges allegiance to Abu Bakr al-Baghdadi in an audio recording.", True),
        ("2015-03-12", "3/12", "organization", "Islamic State accepts the pledge and declares West Africa Province", [IS, ISWAP], None, None, None,
         "3/12 The Islamic State accepts the pledge and declares its West Africa Province.", True),
        ("2016-06-03", "6/3", "attack", "Fighters storm a military post in Bosso, Diffa, killing 26 soldiers", [BH], L("Bosso", "Diffa", NE), 26, None,
         "6/3 Fighters storm a military post in Bosso, in Niger's Diffa region, killing 26 soldiers.", False),
        ("2016-08-02", "8/2", "leadership", "al-Naba names al-Barnawi governor of the province, sidelining Shekau", [IS, "Abu Musab al-Barnawi", SHEKAU], None, None, None,
         "8/2 The Islamic State's weekly al-Naba names Abu Musab al-Barnawi as governor of the province", True),
        ("2018-02-19", "2/19", "attack", "ISWAP abducts 110 schoolgirls in Dapchi", [ISWAP], L("Dapchi", "Yobe", NG), None, None,
         "2/19 ISWAP militants abduct 110 schoolgirls from a boarding school in Dapchi, Yobe State.", True),
        ("2018-11-18", "11/18", "attack", "ISWAP overruns army base at Metele, killing at least 44 soldiers", [ISWAP], L("Metele", "Borno", NG), 44, None,
         "11/18 ISWAP overruns an army base at Metele in Borno State, killing at least 44 soldiers.", True),
        ("2020-03-23", "3/23", "attack", "Boko Haram kills 92 Chadian soldiers on the Bohoma peninsula", [BH], L("Bohoma", "Lac", TD), 92, None,
         "3/23 Boko Haram fighters kill 92 Chadian soldiers in an assault on the Bohoma peninsula.", False),
        ("2020-11-28", "11/28", "attack", "Militants kill at least 110 farm workers near Koshobe", [], L("Koshobe", "Borno", NG), 110, None,
         "11/28 Militants kill at least 110 farm workers in rice fields near Koshobe, outside Maiduguri.", False),
        ("2021-05-19", "5/19", "death", "Shekau dies in Sambisa Forest confronting ISWAP", [SHEKAU, ISWAP], L("Sambisa Forest", "Borno", NG), None, None,
         "5/19 Shekau dies in Sambisa Forest during a confrontation with ISWAP fighters", True),
    ],
    "f02_garissa_dateline.txt": [
        ("2015-04-02", "on Thursday", "attack", "al-Shabaab gunmen storm Garissa University College; 148 killed, 79 wounded", [SHB], L("Garissa", "Garissa", KE), 148, 79,
         "148 people were killed when al-Shabaab gunmen stormed Garissa University College in the country's northeast on Thursday", False),
        ("1998", "1998", "attack", "Bombing of the US embassy in Nairobi", [], L("Nairobi", "Nairobi", KE), None, None,
         "the deadliest attack on Kenyan soil since the 1998 bombing of the U.S. embassy", False),
        ("2015-04-02", "Thursday evening", "military_operation", "Security forces end the siege, killing all four attackers", [], L("Garissa", "Garissa", KE), 4, None,
         "Security forces ended the siege on Thursday evening after about fifteen hours, killing all four attackers", False),
        ("2015-04-03", "on Friday", "statement", "al-Shabaab claims the attack and warns Kenya to withdraw from Somalia", [SHB, "Kenya"], None, None, None,
         "In a statement on Friday, the Somali militant group claimed responsibility and warned of more attacks", False),
        ("2015-04-03", "on Friday", "statement", "Government offers a reward for Mohamed Kuno, named as the planner", ["Kenya", "Mohamed Kuno"], None, None, None,
         "The government on Friday offered a reward of 20 million shillings for information on Mohamed Kuno", False),
        ("2011-10", "October 2011", "military_operation", "Kenya sends troops into southern Somalia", ["Kenya"], L(None, None, SO), None, None,
         "Kenya sent troops into southern Somalia in October 2011 after a string of kidnappings near the border", False),
        ("2012-02", "February 2012", "allegiance", "al-Shabaab formally joins al-Qaeda", [SHB, "al-Qaeda"], None, None, None,
         "Al-Shabaab, which formally joined al-Qaeda in February 2012, has repeatedly struck Kenya since then.", False),
        ("2013-09", "September 2013", "attack", "Gunmen kill 67 at Westgate mall in Nairobi", [SHB], L("Nairobi", "Nairobi", KE), 67, None,
         "Its gunmen killed 67 people at the Westgate shopping mall in Nairobi in September 2013", False),
        ("2014-06", "June 2014", "attack", "About 60 killed in raids on Mpeketoni near Lamu", [SHB], L("Mpeketoni", "Lamu", KE), 60, None,
         "about 60 people died in raids on Mpeketoni, near the coastal town of Lamu, in June 2014", False),
        ("2010-07", "July 2010", "attack", "Two bombings in Kampala kill 74 World Cup viewers", [SHB], L("Kampala", "Central Region", UG), 74, None,
         "The group carried out its first major attack outside Somalia in July 2010, when two bombings in Kampala killed 74 people", False),
    ],
    "f03_sahel_history.txt": [
        ("2007-01", "January 2007", "organization", "GSPC renames itself AQIM", [GSPC, AQIM], None, None, None,
         "renamed itself al-Qaeda in the Islamic Maghreb (AQIM) in January 2007", False),
        ("2006", "the previous year", "allegiance", "GSPC pledges loyalty to bin Laden's network", [GSPC, "al-Qaeda"], None, None, None,
         "after pledging loyalty to Osama bin Laden's network the previous year", False),
        ("2012-01", "January 2012", "clash", "MNLA launches a rebellion in northern Mali", [MNLA], L(None, None, ML), None, None,
         "In January 2012 Tuareg separatists of the National Movement for the Liberation of Azawad (MNLA) launched a rebellion in northern Mali.", False),
        ("2012-03-22", "22 March 2012", "other", "Soldiers overthrow President Touré in Bamako", ["Amadou Toumani Touré"], L("Bamako", "Bamako", ML), None, None,
         "On 22 March 2012 soldiers angered by the army's defeats overthrew President Amadou Toumani Touré in Bamako.", False),
        ("2012-04-06", "6 April 2012", "statement", "MNLA declares independence of Azawad", [MNLA], None, None, None,
         "The MNLA declared the independence of Azawad on 6 April 2012", False),
        ("2012-07", "by July 2012", "territory", "Ansar Dine, AQIM and MUJAO drive the MNLA from Timbuktu, Gao and Kidal", [ANSAR, AQIM, MUJAO, MNLA], L("Timbuktu", "Tombouctou", ML), None, None,
         "by July 2012 Ansar Dine, AQIM and the Movement for Oneness and Jihad in West Africa (MUJAO) had driven the separatists out of Timbuktu, Gao and Kidal", False),
        ("2013-01-11", "11 January 2013", "military_operation", "France launches Operation Serval", ["France"], L(None, None, ML), None, None,
         "France launched Operation Serval on 11 January 2013 after the jihadists advanced towards the town of Konna.", False),
        ("2013-04-25", "25 April 2013", "organization", "UN Security Council creates MINUSMA", ["UN Security Council", "MINUSMA"], None, None, None,
         "On 25 April 2013 the UN Security Council created a peacekeeping mission, MINUSMA.", False),
        ("2014-08-01", "1 August 2014", "military_operation", "Operation Barkhane replaces Serval", ["France"], None, None, None,
         "Serval was replaced on 1 August 2014 by Operation Barkhane, a regional counter-terrorism force", False),
        ("2015-11-20", "20 November 2015", "attack", "al-Mourabitoun hostage-taking at the Radisson Blu in Bamako; 20 hostages killed", [MOUR], L("Bamako", "Bamako", ML), 20, None,
         "Gunmen from al-Mourabitoun took guests hostage at the Radisson Blu hotel in Bamako on 20 November 2015, and 20 hostages were killed", False),
        ("2016-01-15", "15 January 2016", "attack", "Attack on a hotel and cafe in Ouagadougou kills 30", [], L("Ouagadougou", "Centre", BF), 30, None,
         "On 15 January 2016 attackers struck a hotel and cafe in Ouagadougou, killing 30 people.", False),
        ("2017-03-02", "2 March 2017", "organization", "Iyad Ag Ghaly announces the merger forming JNIM, under his leadership", ["Iyad Ag Ghaly", ANSAR, MOUR, AQIM, "Macina Liberation Front", JNIM], None, None, None,
         "On 2 March 2017 Iyad Ag Ghaly announced the merger of Ansar Dine, al-Mourabitoun, the Sahara branch of AQIM and the Macina Liberation Front", False),
        ("2018-03-02", "2 March 2018", "attack", "JNIM attacks the French embassy and army staff in Ouagadougou", [JNIM], L("Ouagadougou", "Centre", BF), 8, 80,
         "On 2 March 2018 JNIM attacked the French embassy and the army general staff in Ouagadougou; eight soldiers were killed and more than 80 people were wounded.", False),
        ("2020-06-03", "3 June 2020", "death", "French forces kill AQIM leader Droukdel", ["Abdelmalek Droukdel", "France", AQIM], L(None, None, ML), None, None,
         "French forces killed AQIM's leader, Abdelmalek Droukdel, in northern Mali on 3 June 2020.", False),
        ("2020-08-18", "18 August 2020", "other", "Goita leads coup removing Keita", ["Assimi Goïta", "Ibrahim Boubacar Keïta"], L(None, None, ML), None, None,
         "Colonel Assimi Goïta led a coup that removed President Ibrahim Boubacar Keïta on 18 August 2020.", False),
        ("2021-06-04/2021-06-05", "In the night of 4 to 5 June 2021", "attack", "Gunmen kill at least 160 villagers in Solhan", [], L("Solhan", "Sahel", BF), 160, None,
         "In the night of 4 to 5 June 2021, gunmen killed at least 160 villagers in Solhan", False),
        ("2022-01-24", "24 January 2022", "other", "Army overthrows President Kaboré", ["Roch Marc Christian Kaboré"], L(None, None, BF), None, None,
         "The Burkinabè army overthrew President Roch Marc Christian Kaboré on 24 January 2022.", False),
        ("2022-03", "March 2022", "military_operation", "Malian troops and foreign fighters kill about 500 in Moura", ["Mali"], L("Moura", "Mopti", ML), 500, None,
         "In March 2022 Malian troops and foreign fighters killed about 500 people in Moura", False),
        ("2022-08-15", "15 August 2022", "military_operation", "Last Barkhane soldiers leave Mali", ["France"], L(None, None, ML), None, None,
         "The last French soldiers of Barkhane left Mali on 15 August 2022.", False),
    ],
    "f04_colombia_blog.txt": [
        ("2008-03-01", "1 March 2008", "death", "Colombian air strike in Ecuador kills FARC spokesman Raul Reyes", ["Colombia", "Raul Reyes", FARC], L(None, None, EC), None, None,
         "On 1 March 2008 a Colombian air strike on a camp just inside Ecuador killed Raul Reyes", False),
        ("2008-07-02", "2 July 2008", "military_operation", "Operation Jaque frees Ingrid Betancourt and 14 hostages", ["Colombia", "Ingrid Betancourt", FARC], L(None, None, CO), None, None,
         "on 2 July 2008, army intelligence agents posing as aid workers freed Ingrid Betancourt and 14 other hostages in Operation Jaque", False),
        ("2011-11-04", "4 November 2011", "death", "FARC leader Alfonso Cano killed by troops in Cauca", ["Alfonso Cano", FARC], L(None, "Cauca", CO), None, None,
         "Alfonso Cano, who had taken over the FARC after Manuel Marulanda's death, was killed by troops in Cauca on 4 November 2011.", False),
        ("2012-10", "October 2012", "meeting", "Government-FARC talks open in Oslo, then move to Havana", ["Juan Manuel Santos", FARC], L("Oslo", "Oslo", NO), None, None,
         "Formal talks between the government of Juan Manuel Santos and the FARC opened in Oslo in October 2012", False),
        ("2016-09-26", "26 September 2016", "agreement", "First final agreement signed in Cartagena", [], L("Cartagena", "Bolivar", CO), None, None,
         "The first final agreement was signed in Cartagena on 26 September 2016", False),
        ("2016-10-02", "2 October 2016", "other", "Voters reject the agreement in a referendum", [], L(None, None, CO), None, None,
         "voters rejected it in a referendum on 2 October 2016", False),
        ("2016-11-24", "24 November 2016", "agreement", "Revised agreement signed in Bogota", [], L("Bogota", "Bogota D.C.", CO), None, None,
         "A revised text was signed in Bogota on 24 November 2016 and approved by Congress days later.", False),
        ("2017-06-27", "27 June 2017", "statement", "UN mission says it has finished collecting FARC weapons", ["United Nations", FARC], None, None, None,
         "the UN mission said on 27 June 2017 that it had finished collecting the FARC's registered weapons", False),
        ("2017-09-01", "1 September 2017", "organization", "Former guerrillas launch their political party in Bogota", [FARC], L("Bogota", "Bogota D.C.", CO), None, None,
         "On 1 September 2017 the former guerrillas launched their political party in Bogota.", False),
        ("2019-01-17", "17 January 2019", "attack", "Car bomb at police academy in Bogota kills 21 cadets, wounds 68", [ELN], L("Bogota", "Bogota D.C.", CO), 21, 68,
         "On 17 January 2019 a car bomb packed with explosives went off at the General Santander police academy in Bogota, killing 21 cadets and wounding 68 people.", False),
        ("2019-01-21", "four days later", "statement", "ELN claims the bombing", [ELN], None, None, None,
         "The ELN claimed the bombing four days later", False),
        ("2019-01-18", "the day after the attack", "other", "Duque ends talks with the ELN", ["Ivan Duque", ELN], None, None, None,
         "President Ivan Duque ended the talks with the group the day after the attack", False),
        ("2018-04", "April 2018", "attack", "FARC dissidents murder three kidnapped Ecuadorian journalists in Narino", ["FARC dissidents"], L(None, "Narino", CO), 3, None,
         "dissident FARC fighters in Narino murdered three Ecuadorian journalists they had kidnapped, in April 2018", False),
        ("2018", "in 2018", "attack", "ELN bombs the Cano Limon pipeline dozens of times", [ELN], L(None, None, CO), None, None,
         "the ELN also bombed the Cano Limon oil pipeline dozens of times in 2018 alone", False),
    ],
    "f05_cabo_delgado_sitrep.txt": [
        ("2017-10-05", "5 October 2017", "attack", "About 30 armed men raid police stations in Mocimboa da Praia, killing two officers", [], L("Mocimboa da Praia", "Cabo Delgado", MZ), 2, None,
         "The first attack came on 5 October 2017, when about 30 armed men raided police stations in Mocimboa da Praia, killing two officers.", True),
        ("2019-06", "June 2019", "statement", "Islamic State first claims an attack in Mozambique", [IS], L("Mocimboa da Praia", "Cabo Delgado", MZ), None, None,
         "In June 2019 the Islamic State first claimed an attack in Mozambique", True),
        ("2021-03-10", "10 March 2021", "designation", "US designates ISIS-Mozambique a terrorist organization", ["United States", "ISIS-Mozambique"], None, None, None,
         "The United States designated the group, which it calls ISIS-Mozambique, as a terrorist organization on 10 March 2021.", True),
        ("2020-08-12", "12 August 2020", "territory", "Insurgents seize the port of Mocimboa da Praia", [], L("Mocimboa da Praia", "Cabo Delgado", MZ), None, None,
         "Insurgents seized the port of Mocimboa da Praia on 12 August 2020 and held it for almost a year.", True),
        ("2021-03-24", "24 March 2021", "attack", "Fighters attack Palma; dozens of civilians killed", [], L("Palma", "Cabo Delgado", MZ), None, None,
         "On 24 March 2021 fighters attacked the town of Palma, next to the Afungi liquefied natural gas site", True),
        ("2021-04", "April 2021", "other", "TotalEnergies suspends the LNG project", ["TotalEnergies"], None, None, None,
         "TotalEnergies suspended the project in April 2021", True),
        ("2021-07-09", "9 July 2021", "military_operation", "Rwanda deploys 1,000 soldiers and police to Cabo Delgado", ["Rwanda"], L(None, "Cabo Delgado", MZ), None, None,
         "Rwanda deployed 1,000 soldiers and police to Cabo Delgado on 9 July 2021", True),
        ("2021-06", "June 2021", "agreement", "SADC approves a regional mission, SAMIM", ["Southern African Development Community", "SAMIM"], None, None, None,
         "the Southern African Development Community approved a regional mission, SAMIM, in June 2021", True),
        ("2021-08-08", "8 August 2021", "territory", "Rwandan and Mozambican troops recapture Mocimboa da Praia", ["Rwanda", "Mozambique"], L("Mocimboa da Praia", "Cabo Delgado", MZ), None, None,
         "Rwandan and Mozambican troops recaptured Mocimboa da Praia on 8 August 2021.", True),
        ("2021~", "late 2021", "attack", "Attacks continue in the south of the province and in Niassa", [], L(None, None, MZ), None, None,
         "Attacks continued in the south of the province and in neighbouring Niassa in late 2021.", True),
    ],
}

ENTITIES = [
    ("org", BH, ["Boko Haram", "the group"]),
    ("org", ISWAP, ["ISWAP", "West Africa Province", "Islamic State's West Africa Province"]),
    ("org", IS, ["Islamic State", "the Islamic State", "IS", "ISIS"]),
    ("org", SHB, ["al-Shabaab", "Al-Shabaab", "al-Shabab", "the Somali militant group"]),
    ("org", AQIM, ["AQIM", "al-Qaeda in the Islamic Maghreb"]),
    ("org", GSPC, ["Salafist Group for Preaching and Combat", "GSPC"]),
    ("org", JNIM, ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin"]),
    ("org", MNLA, ["MNLA", "National Movement for the Liberation of Azawad"]),
    ("org", MUJAO, ["MUJAO", "Movement for Oneness and Jihad in West Africa"]),
    ("org", FARC, ["FARC", "Revolutionary Armed Forces of Colombia", "the FARC"]),
    ("org", ELN, ["ELN", "National Liberation Army", "Ejército de Liberación Nacional"]),
    ("org", "UN Security Council", ["UN Security Council", "United Nations Security Council", "UNSC"]),
    ("org", "United Nations", ["United Nations", "UN", "UN mission"]),
    ("org", "United States", ["United States", "US", "U.S."]),
    ("org", "al-Qaeda", ["al-Qaeda", "al-Qa'ida", "Al Qaeda"]),
    ("org", "Southern African Development Community", ["SADC", "Southern African Development Community"]),
    ("person", SHEKAU, ["Abubakar Shekau", "Shekau"]),
    ("person", "Abu Bakr al-Baghdadi", ["Abu Bakr al-Baghdadi", "al-Baghdadi", "Baghdadi"]),
    ("person", "Ivan Duque", ["Ivan Duque", "Iván Duque", "Duque"]),
]


def main() -> None:
    rows = []
    for doc, events in DOCS.items():
        text = (HERE / "docs" / doc).read_text(encoding="utf-8")
        for i, (date, dtext, typ, summ, actors, loc, k, w, quote, rel) in enumerate(events, 1):
            assert quote in text, (doc, quote)
            assert len(quote) >= 30 and len(summ.split()) <= 20, (doc, quote)
            rows.append({"id": f"{doc[:3]}-e{i:03d}", "doc": doc, "date": date, "date_text": dtext, "type": typ,
                         "summary": summ, "actors": actors, "location": loc, "killed": k, "wounded": w,
                         "quote": quote, "relevant": rel})
    with open(HERE / "fresh.events.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "entities.jsonl", "w", encoding="utf-8") as fh:
        for i, (kind, canon, aliases) in enumerate(ENTITIES, 1):
            docs = sorted(d for d, evs in DOCS.items() if any(canon in e[4] for e in evs))
            fh.write(json.dumps({"id": f"f-ent{i:02d}", "kind": kind, "canonical": canon, "aliases": aliases, "docs": docs},
                                ensure_ascii=False) + "\n")
    print(len(rows), "events")


if __name__ == "__main__":
    main()
