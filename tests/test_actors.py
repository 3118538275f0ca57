"""Actor recognition: names, canonical forms within a document, states, places and roles.

All sentences here are written for the tests (invented people and groups where possible).
"""

from __future__ import annotations

import time

import pytest

from chronica.actors import ActorMention, actor_roles, find_actors
from chronica.actors.names import name_key


def _by_text(mentions: list[ActorMention]) -> dict[str, ActorMention]:
    return {m.text: m for m in mentions}


def _canonicals(text: str) -> set[str]:
    return {m.canonical for m in find_actors(text)}


def test_offsets_match_text() -> None:
    text = "The Northern Valley Liberation Front (NVLF) said on Monday that its commander was safe."
    for m in find_actors(text):
        assert text[m.start : m.end] == m.text
        assert m.kind in ("org", "person", "state")
        assert 0.0 < m.confidence <= 1.0


def test_acronym_linked_to_expansion() -> None:
    text = (
        "The Northern Valley Liberation Front (NVLF) was founded by farmers. Two years later the NVLF "
        "split, and NVLF fighters joined other groups."
    )
    found = find_actors(text)
    acronyms = [m for m in found if m.text == "NVLF"]
    assert len(acronyms) == 3
    assert {m.canonical for m in acronyms} == {"Northern Valley Liberation Front"}
    assert all(m.kind == "org" for m in acronyms)


def test_acronym_after_possessive_expansion() -> None:
    text = "The Free Highland Movement’s (FHM) leader resigned. Later the FHM chose a successor."
    fhm = [m for m in find_actors(text) if m.text == "FHM"]
    assert fhm and all(m.canonical == "Free Highland Movement" for m in fhm)


def test_acronym_matched_by_initials_without_definition() -> None:
    text = "Analysts at the Centre for Frontier Research wrote the report. A CFR spokesman declined to comment."
    cfr = [m for m in find_actors(text) if m.text == "CFR"]
    assert cfr and cfr[0].canonical == "Centre for Frontier Research"


def test_a_word_sharing_only_the_consonant_key_is_not_the_name() -> None:
    text = (
        "Commander Yusuf al-Shishani led the brigade in 2014. The front drew Sunni militants from the valley. "
        "Nasir Dawood Rahimi spoke for the ministry. The strikes hit Al-Nusra positions. "
        "Hamid Rasul Qadem was named governor. Qadim had fought in the north; Qadem denied it."
    )
    found = find_actors(text)
    people = {m.text: m.canonical for m in found if m.kind == "person"}
    assert "Sunni" not in people and "Al-Nusra" not in people  # "sni" / "nsr" keys, other words
    assert people.get("Qadim") == people.get("Qadem") == "Hamid Rasul Qadem"  # one letter apart: the same name


def test_partial_name_takes_full_name() -> None:
    text = (
        "Mullah Abdul Karim Zarghun was named deputy of the group in March. "
        "Zarghun had spent three years in prison. Later, Zarghun said he would not negotiate."
    )
    found = find_actors(text)
    people = [m for m in found if m.kind == "person"]
    assert {m.canonical for m in people} == {"Abdul Karim Zarghun"}
    assert [m.text for m in people].count("Zarghun") == 2


def test_transliteration_variants_merged() -> None:
    text = (
        "Commander Abdul Rahim Mansour led the raid. Weeks later Mansur was wounded, "
        "and Abdul Raheem Mansur left the district."
    )
    found = find_actors(text)
    canon = {m.canonical for m in found if m.kind == "person"}
    assert len(canon) == 1


def test_name_key_folding() -> None:
    assert name_key("Khadem") == name_key("Khadim") == name_key("Kaddim")
    assert name_key("Mansour") == name_key("Mansur")
    assert name_key("al-Bagdadi") == name_key("Baghdadi")
    assert name_key("Ghazi") != name_key("Ghazni")
    assert name_key("Saeed") != name_key("Sayed")
    assert name_key("Khorasani") != name_key("Khorasan")


def test_near_misses_not_merged() -> None:
    text = (
        "Omar Ghazi was arrested in April. Osman Ghazi denied any link. "
        "Saeed Wardak and Sayed Wardak are cousins."
    )
    canon = {m.canonical for m in find_actors(text) if m.kind == "person"}
    assert {"Omar Ghazi", "Osman Ghazi", "Saeed Wardak", "Sayed Wardak"} <= canon


def test_ambiguous_partial_left_unlinked() -> None:
    text = "Omar Ghazi and Osman Ghazi met in May. Ghazi left early."
    ghazi = [m for m in find_actors(text) if m.text == "Ghazi"]
    assert not ghazi or ghazi[0].canonical not in ("Omar Ghazi", "Osman Ghazi")


def test_place_names_not_linked_to_people() -> None:
    text = "Fighters gathered in Ghazni. Later Ghazi Rahmani, a local commander, said they had left Ghazni."
    found = find_actors(text)
    assert all(m.text != "Ghazni" for m in found)
    assert "Ghazi Rahmani" in {m.canonical for m in found}


def test_honorific_stripped_or_kept() -> None:
    text = "Mullah Faizullah Noorzai spoke first. Mullah Akhund spoke next."
    canon = _canonicals(text)
    assert "Faizullah Noorzai" in canon
    assert "Mullah Akhund" in canon


def test_titles_not_part_of_name() -> None:
    text = "Army Gen. Peter J. Holloway told reporters that Deputy Foreign Minister Ivan Sokolov had left."
    found = _by_text(find_actors(text))
    assert found["Peter J. Holloway"].canonical == "Peter Holloway"
    assert "Ivan Sokolov" in found
    assert all("Gen" not in t and "Minister" not in t for t in found)


def test_states_by_name_and_adjective() -> None:
    text = (
        "U.S. forces struck a compound. The Afghan government condemned the raid, and Russian officials "
        "said Moscow had been warned. Iran denied any role. American diplomats declined to comment."
    )
    states = {m.canonical for m in find_actors(text) if m.kind == "state"}
    assert {"United States", "Government of Afghanistan", "Russia", "Iran"} <= states


def test_places_not_taken_as_actors() -> None:
    text = (
        "Two bombs exploded in Kabul and near Jalalabad. Fighters crossed from Pakistan into Afghanistan "
        "through the Khyber Pass. The Afghan-Pakistani border was closed."
    )
    found = find_actors(text)
    assert not [m for m in found if m.text in ("Kabul", "Jalalabad", "Pakistan", "Afghanistan", "Khyber Pass")]


def test_capital_government_is_state() -> None:
    text = "Talks stalled after the Kabul government rejected the offer."
    states = [m for m in find_actors(text) if m.kind == "state"]
    assert states and states[0].canonical == "Government of Afghanistan"


def test_organisation_heads() -> None:
    text = (
        "Members of the Zarin network and the Southern Hills Brigade joined the Ministry of Interior "
        "in a meeting with the Committee for Tribal Reconciliation."
    )
    canon = _canonicals(text)
    assert {"Zarin Network", "Southern Hills Brigade", "Ministry of Interior",
            "Committee for Tribal Reconciliation"} <= canon


def test_known_group_aliases_share_a_name() -> None:
    text = "ISIL fighters fled. Daesh later said the Islamic State of Iraq and the Levant would return."
    orgs = {m.canonical for m in find_actors(text) if m.kind == "org"}
    assert orgs == {"Islamic State"}


def test_alias_also_known_as() -> None:
    text = "The Black Banner Brigade, also known as the Raven Battalion, attacked a convoy. The Raven Battalion denied it."
    found = find_actors(text)
    raven = [m for m in found if m.text.startswith("Raven")]
    assert raven and {m.canonical for m in raven} == {"Black Banner Brigade"}


def test_sentence_start_common_words_skipped() -> None:
    text = "Gunmen attacked a school. Suicide bombers struck twice; a suicide attack followed."
    assert find_actors(text) == []


def test_roles_perpetrator_victim_speaker() -> None:
    text = (
        "The Northern Valley Liberation Front claimed responsibility for the blast. "
        "Gunmen killed Abdul Wahid Sarwari on Tuesday. Colonel Anna Berg said the area was calm, "
        "according to Radio Valley Network."
    )
    found = find_actors(text)
    roles = actor_roles(text, 0, len(text), found)
    named = {found[i].canonical: role for i, role in roles.items()}
    assert named.get("Northern Valley Liberation Front") == "perpetrator"
    assert named.get("Abdul Wahid Sarwari") == "victim"
    assert named.get("Anna Berg") == "speaker"
    assert named.get("Radio Valley Network") == "source"


def test_roles_passive_and_attack_on() -> None:
    text = "Hamid Qaderi was killed in a raid. Militants launched an attack on the Zarin network."
    found = find_actors(text)
    roles = actor_roles(text, 0, len(text), found)
    named = {found[i].canonical: role for i, role in roles.items()}
    assert named.get("Hamid Qaderi") == "victim"
    assert named.get("Zarin Network") == "target"


def test_roles_only_inside_span() -> None:
    text = "Hamid Qaderi was killed in a raid. Farid Nuri said nothing."
    found = find_actors(text)
    end = text.index(".") + 1
    roles = actor_roles(text, 0, end, found)
    assert all(found[i].end <= end for i in roles)
    assert actor_roles(text, 5, 5, found) == {}


def test_role_none_when_unclear() -> None:
    text = "Hamid Qaderi visited the market with Farid Nuri."
    found = find_actors(text)
    assert actor_roles(text, 0, len(text), found) == {}


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\x00\x01\x02", "1234 5678", "....", "a b c d"])
def test_bad_or_empty_input(text: str) -> None:
    assert find_actors(text) == []


def test_control_characters_around_names() -> None:
    text = "\x00Farid Nuri\x07 met\x1b Hamid Qaderi\x0c in May."
    found = find_actors(text)
    assert {m.canonical for m in found} >= {"Farid Nuri", "Hamid Qaderi"}
    for m in found:
        assert text[m.start : m.end] == m.text


def test_not_a_string() -> None:
    with pytest.raises(TypeError):
        find_actors(b"bytes")  # type: ignore[arg-type]


def test_ten_megabytes_without_newline() -> None:
    unit = "Farid Nuri said the Zarin network attacked a post in Kabul, and U.S. forces responded. "
    text = unit * (10_000_000 // len(unit))
    t0 = time.process_time()
    found = find_actors(text)
    elapsed = time.process_time() - t0
    assert found and found[-1].end <= len(text)
    assert elapsed < 120  # CPU seconds: linear, about 40 s here (a quadratic pass would take hours)


def test_one_enormous_token() -> None:
    text = "A" * 2_000_000
    assert find_actors(text) == []


def test_sentences_argument_accepted() -> None:
    text = "Suicide attacks rose. Farid Nuri said so."
    sentences = [(0, 21), (22, len(text))]
    assert "Farid Nuri" in {m.canonical for m in find_actors(text, sentences)}


def test_alias_in_parentheses_joins_the_person() -> None:
    text = (
        "Third leader: Karim Dostani (aka Abu Talha Qasimi) took over in May. "
        "Rahim Varzi (Rahim Varzi Baloch) was his deputy."
    )
    found = _by_text(find_actors(text))
    assert found["Abu Talha Qasimi"].canonical == "Karim Dostani"
    assert found["Rahim Varzi Baloch"].canonical == "Rahim Varzi"


def test_citation_labels_bylines_and_addresses_are_not_actors() -> None:
    text = (
        "8/5 NFRW:  the Valley Front argues in its magazine that the truce is void. NFRW 8/17\n"
        "9/1 The Valley Front attacked a checkpoint. Reporting by Jalil Nooristani and Omid Karimi\n"
        "See www.example.org/files/Valley%20Front%20FINAL.pdf for the map.\n"
    )
    texts = {m.text for m in find_actors(text)}
    assert "Valley Front" in texts
    assert not texts & {"NFRW", "Jalil Nooristani", "Omid Karimi", "FINAL"}


def test_things_and_offices_are_not_actors() -> None:
    text = (
        "The Valley Front bombed the Sardar Karim Nadiri military hospital during the Eid al-Adha holiday, "
        "killing the Deputy Governor of Nuristan, Jalil Hamdard. The army dropped a GBU-43 on the caves "
        "and the country marked its 1979 Islamic Revolution. A former Valley Front commander was arrested."
    )
    found = find_actors(text)
    texts = {m.text for m in found}
    assert "Jalil Hamdard" in texts
    assert not texts & {"Sardar Karim Nadiri", "Eid al-Adha", "Nuristan", "GBU-43", "Islamic Revolution"}
    assert [m.start for m in found if m.text == "Valley Front"] == [text.index("Valley Front")]


def test_government_and_ministry_names() -> None:
    text = (
        "The Afghan government and the Russian Defense Ministry met. A spokesman for the Iraqi defense "
        "ministry said U.S. Forces Afghanistan had helped."
    )
    canon = {m.text: m.canonical for m in find_actors(text)}
    assert canon["Afghan"] == "Government of Afghanistan"
    assert canon["Russian Defense Ministry"] == "Russian Ministry of Defence"
    assert canon["Iraqi defense ministry"] == "Iraqi Ministry of Defence"
    assert canon["U.S. Forces Afghanistan"] == "U.S. Forces Afghanistan"


def test_agent_link_does_not_pull_the_whole_state() -> None:
    text = (
        "U.S. forces raided a village. The commander of U.S. Forces-Afghanistan spoke. "
        "The U.S. said it would stay."
    )
    canon = {m.canonical for m in find_actors(text)}
    assert "United States" in canon
    assert "U.S. Forces-Afghanistan" in canon


def test_sources_are_flagged() -> None:
    text = "The Valley Front attacked a post, according to the Kabul Daily Herald."
    found = _by_text(find_actors(text))
    assert found["Kabul Daily Herald"].source
    assert not found["Valley Front"].source


def test_build_known_actors_script(tmp_path) -> None:
    """scripts/build_known_actors.py: OFAC SDN rows -> organisations of the FTO/SDGT programs only."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_known_actors.py"
    spec = importlib.util.spec_from_file_location("build_known_actors", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    e = "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "
    (tmp_path / "sdn.csv").write_text(
        f"6366,AL QA'IDA,-0- ,FTO] [SDGT,{e},-0- \n"
        f"6725,ISLAMIC MOVEMENT OF UZBEKISTAN,-0- ,FTO] [SDGT,{e},a.k.a. 'IMU'.\n"
        f"6365,\"BIN LADIN, Usama\",individual,SDGT,{e},DOB 1957.\n"
        f"7114,AL-AQSA ISLAMIC BANK,-0- ,SDGT,{e},-0- \n"
        f"8859,MOVEMENT FOR ISLAMIC REFORM IN ARABIA,-0- ,SDGT,{e},UK Company Number 03834450.\n"
        f"4238,MAR AZUL,vessel,CUBA,{e},-0- \n"
        f"9000,ISLAMIC STATE OF IRAQ AND THE LEVANT - KHORASAN,-0- ,FTO] [SDGT,{e},-0- \n"
        f"2677,AL QA'IDA TEST ROW,-0- ,SDGT,{e},-0- \n"
        f"2677,DUPLICATE ID,-0- ,SDGT,{e},-0- \n",
        encoding="utf-8",
    )
    (tmp_path / "alt.csv").write_text(
        "6366,4347,aka,AL QAEDA,-0- \n6366,4229,aka,ISLAMIC SALVATION FOUNDATION,-0- \n"
        "6365,4227,aka,\"BIN LADIN, Usama\",-0- \n9000,1,aka,ISIS-K,-0- \n",
        encoding="utf-8",
    )
    rows = {canonical: (aliases, ent) for canonical, aliases, ent, _ in mod.build(str(tmp_path))}
    # 6366's display name is its listed alias "AL QAEDA" (PREFERRED_DISPLAY), the article joined by a hyphen
    assert set(rows) == {"al-Qaeda", "Islamic Movement of Uzbekistan", "Islamic State Khorasan Province"}
    assert rows["al-Qaeda"][0] == ["AL QA'IDA"]  # charity front names dropped
    assert rows["Islamic Movement of Uzbekistan"][0][-1] == "IMU"  # weak a.k.a. from the remarks
    assert "ISIS-K" in rows["Islamic State Khorasan Province"][0]
    assert mod.title_case("KURDISTAN WORKERS' PARTY") == "Kurdistan Workers' Party"
    assert mod.title_case("DHKP/C") == "DHKP/C"
    assert mod.canonical_name("REAL IRA", ["REAL IRA", "REAL IRISH REPUBLICAN ARMY"]) == "Real IRA"
    assert mod.canonical_name("TEHRIK-I-TALIBAN PAKISTAN") == "Tehrik-i-Taliban Pakistan"
    assert mod.canonical_name("ISIS-SINAI PROVINCE") == "Islamic State Sinai Province"
    assert mod.canonical_name("ISIS IN THE GREATER SAHARA") == "Islamic State in the Greater Sahara"


def test_designated_table_loads() -> None:
    from chronica.actors.known import designated_groups

    groups = designated_groups()
    assert len(groups) > 100
    assert {"Islamic State", "al-Qaeda", "Taliban", "Haqqani Network", "Islamic State Khorasan Province"} <= groups


def test_designated_aliases_share_one_canonical() -> None:
    from chronica.actors.known import known_canonical

    assert {known_canonical(n) for n in ("ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria")} == {
        "Islamic State"
    }
    ttp = ("TTP", "Tehrik-e Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban", "Pakistani Taliban")
    assert {known_canonical(n) for n in ttp} == {"Tehrik-i-Taliban Pakistan"}


def test_khorasan_province_names() -> None:
    from chronica.actors.known import known_canonical

    # The list names the branch "ISIL KHORASAN", "ISIS WILAYAT KHORASAN", "ISLAMIC STATE'S KHORASAN PROVINCE";
    # "ISIS-K" is not one of its listed aliases in the copy used, so it is not guessed from the letter.
    for name in ("ISIL Khorasan", "ISIS Wilayat Khorasan", "Islamic State's Khorasan Province",
                 "Islamic State of Khorasan", "Wilayat Khurasan"):
        assert known_canonical(name) == "Islamic State Khorasan Province", name
    assert known_canonical("ISIS-X") is None


def test_no_person_in_designated_table() -> None:
    from chronica.actors.known import known_canonical

    for person in ("Usama bin Laden", "BIN LADIN, Usama", "Abu Bakr al-Baghdadi", "Sirajuddin Haqqani",
                   "Hafiz Saeed Khan", "Ayman al-Zawahiri"):
        assert known_canonical(person) is None, person


def test_an_abbreviated_state_before_a_drone_strike_acts() -> None:
    from chronica.actors import find_actors

    found = [(m.text, m.canonical) for m in find_actors("The commander was killed in a U.S. drone strike in May.")]
    assert ("U.S.", "United States") in found
    assert find_actors("He travelled to the U.S. in May.") == []

def test_tokens_kinds_offsets_and_gaps() -> None:
    from chronica.actors.tokens import tokenize

    text = "ISIS’ men, al-Baghdadi's U.S. aide_2 ٣٤ J. R. said\n(" + "x" * 201 + ")"
    toks = [(t.start, t.end, t.text, t.kind, t.newline_before, t.space_before, t.cap) for t in tokenize(text)]
    assert all(text[a:b] == s for a, b, s, kind, *_ in toks if kind != "punct" or s)
    assert toks[:3] == [(0, 4, "ISIS", "word", False, False, True), (6, 9, "men", "word", False, True, False),
                        (9, 10, ",", "punct", False, False, False)]
    assert [(s, kind, cap) for _, _, s, kind, _, _, cap in toks[3:9]] == [
        ("al-Baghdadi", "word", True), ("'s", "pos", False), ("U.S.", "abbr", True), ("aide_2", "word", False),
        ("٣٤", "num", False), ("J. R.", "abbr", True)]
    assert toks[-3][3] == "punct" and toks[-3][4:6] == (True, True)  # "(" opens the next line
    assert toks[-2][2:4] == ("", "punct") and toks[-2][1] - toks[-2][0] == 201  # an over-long token


def test_a_name_typed_once_in_lowercase_is_still_a_name() -> None:
    text = ("Envoy Marten Kessler met the delegation on Monday. Kessler said the talks would go on.\n\n"
            "Marten Kessler later flew home.\n\nby: marten from: Oslo\nI doubt it will work.")
    assert "Marten Kessler" in _canonicals(text)
    # a word the document writes in lowercase more than once stays a common word at a sentence start
    text2 = "Talks resumed. The talks failed. Later talks were planned by Rian Dorsey."
    assert "Talks" not in _canonicals(text2)


def test_group_names_with_a_word_of_faith_hyphenated_names_and_currency_codes() -> None:
    assert "Jaysh ul Islam" in _canonicals("Jaysh ul Islam, a small group, joined the alliance in 2015.")
    assert "Lashkar-e-Islam" in _canonicals("Later Lashkar-e-Islam attacked the post.")
    assert _canonicals("They praised Allah and spoke of Islam.") == set()
    assert "USD" not in _canonicals("The group was given $5 million USD by its backers.")
    assert "NDS" in _canonicals("The NDS said 40 TTP men died.")


def test_capitalised_adjectives_before_a_group_noun_describe_a_group_they_do_not_name() -> None:
    assert _canonicals("The Front was a militant Islamist group formed in 1998.") == set()
    assert _canonicals("The Takfiri group records its videos.") == set()
    assert "Haqqani Network" in _canonicals("Fighters of the Haqqani network attacked the post.")


def test_a_run_ending_in_a_known_groups_name_is_a_group() -> None:
    assert "Punjabi Taliban" in _canonicals("Later the Punjabi Taliban attacked the post.")
    assert "Taliban" in _canonicals("Later the Afghan Taliban attacked the post.")


def test_every_name_of_an_alias_list_joins() -> None:
    text = ("The council named Yusuf Haran, also known as Abu Sahl or Yusuf Marwani, as its new leader. "
            "The Green Flag Front, also known as the Lantern Movement, the Dawn Brigade, or the Night Army, "
            "denied it. Farah Olow and Musa Tahlil met in March.")
    found = _by_text(find_actors(text))
    assert found["Abu Sahl"].canonical == "Yusuf Haran"
    assert found["Yusuf Marwani"].canonical == "Yusuf Haran"
    for name in ("Lantern Movement", "Dawn Brigade", "Night Army"):
        assert found[name].canonical == "Green Flag Front", name
    assert found["Musa Tahlil"].canonical == "Musa Tahlil"  # "X and Y met": not an alias list


def test_wal_joins_a_name_and_an_acronym_with_a_gloss_after_a_semicolon() -> None:
    text = ("Jamaat Nasr al-Din wal-Ansar (JNDA; \"Group of the Victory of the Faith\") is a coalition. "
            "Suspected JNDA fighters attacked a post. Alleged Valley Front members were arrested.")
    found = find_actors(text)
    names = {m.text: m.canonical for m in found if m.kind == "org"}
    assert "Jamaat Nasr al-Din wal-Ansar" in names
    assert names.get("JNDA") == names["Jamaat Nasr al-Din wal-Ansar"]
    assert not any(n.startswith(("Suspected", "Alleged")) for n in names)


_BODY = ("People said the fighters arrived at dawn on motorbikes and the shooting went on for an hour before "
         "soldiers reached the market; the governor said the army would stay in the area and that the roads "
         "would reopen once the wounded had been taken to the hospital in the city, officials said.")


def test_a_title_case_headline_is_not_a_run_of_names() -> None:
    found = _by_text(find_actors("Gunmen Kill 12 in Attack on Valley Market\n\nGunmen killed 12 people. " + _BODY))
    assert not any(m.kind == "person" for m in found.values()), found
    text = "Harun Dala Meets Omar Kessy in Capital\n\nHarun Dala met Omar Kessy on Tuesday. " + _BODY
    people = {m.text for m in find_actors(text) if m.kind == "person"}
    assert {"Harun Dala", "Omar Kessy"} <= people and not any("Meets" in p for p in people)
    text = "Islamic State Claims Attack on Valley Market\n\nThe Islamic State said it did it. The state radio said so. " + _BODY
    assert "Islamic State" in {m.text for m in find_actors(text)}
    # an ordinary sentence keeps its names
    assert "Harun Dala Kessy" in {m.text for m in find_actors("Harun Dala Kessy met the governor. " + _BODY)}


def test_an_arabic_plural_with_the_article_names_a_group_and_a_list_name_matches_across_spellings() -> None:
    found = _by_text(find_actors("al-Muqatiloun claimed the raid. The cleric al-Haroun spoke."))
    assert found["al-Muqatiloun"].kind == "org"
    assert "al-Haroun" not in found
    found = _by_text(find_actors("A witness saw it. Witnesses said the men fled. Farouk Salim said it was over."))
    assert "Witnesses" not in found and "Farouk Salim" in found
    found = _by_text(find_actors("It was claimed by al-Qaeda in the Islamic Maghreb (AQIM) in 2011."))
    assert found["al-Qaeda in the Islamic Maghreb"].canonical == found["AQIM"].canonical
    assert _by_text(find_actors("AQIM said so."))["AQIM"].canonical == "al-Qaeda in the Islamic Maghreb"


def test_a_name_after_of_to_or_from_is_a_person_unless_the_gazetteer_knows_the_place() -> None:
    people = {m.text for m in find_actors(
        "They mourned the death of Hakimullah Mehsud. Fighters loyal to Ayman al-Zawahiri left. "
        "The men moved to Darra Adam Khel.") if m.kind == "person"}
    assert people == {"Hakimullah Mehsud", "Ayman al-Zawahiri"}


def test_tuareg_and_maghrebi_particles_french_glides_operations_and_acronym_expansions() -> None:
    found = _by_text(find_actors("Leader: Iyad ag Ghali. Ag Ghali spoke. Operation Serval began in 2013. "
                                 "Adnan Abou Walid al-Sahraoui led it; later Al-Sahrawi was killed."))
    assert found["Iyad ag Ghali"].kind == "person"
    assert "Operation Serval" not in found
    assert found["Al-Sahrawi"].canonical == "Adnan Abou Walid al-Sahraoui"
    found = _by_text(find_actors("Known as: the Group for the Support of Islam and Muslims (GSIM). "
                                 "The Salafist Group for Preaching and Combat renamed itself in 2007."))
    assert found["GSIM"].canonical == found["Group for the Support of Islam and Muslims"].canonical
    assert "Salafist Group for Preaching and Combat" in found


def test_divisions_of_a_country_are_places_and_a_bodys_purpose_runs_on_through_of() -> None:
    found = _by_text(find_actors("Gunmen struck Chibok, Borno State, in April. A state of emergency covered Borno, "
                                 "Yobe and Adamawa states. The Islamic State said so."))
    assert set(found) == {"Islamic State"}
    found = _by_text(find_actors("Separatists of the National Movement for the Liberation of Azawad (MNLA) rose."))
    assert found["MNLA"].canonical == "National Movement for the Liberation of Azawad"


def test_two_nationalities_before_one_force_and_places_of_the_gazetteer() -> None:
    found = _by_text(find_actors("Rwandan and Mozambican troops recaptured Mocimboa da Praia in 2021. "
                                 "Malian and Nigerien soldiers were killed. A bomb hit the Yarin Tolo police academy."))
    assert {m.canonical for m in found.values()} == {"Rwanda", "Mozambique", "Mali", "Niger"}


def test_a_one_word_name_goes_to_the_fuller_of_two_nested_names() -> None:
    text = ("The cell was led by Abdul Khadim Rauf. Khadim was an Alizai Pashtun from Helmand. A fighter said "
            "his boss was Mullah Abdul Khadim. Khadim was later killed.")
    found = [(m.text, m.canonical) for m in find_actors(text)]
    assert ("Khadim", "Abdul Khadim Rauf") in found
    assert not any(t == "Alizai Pashtun" for t, _ in found)  # "an Alizai Pashtun": a people, not a name


def test_titles_written_onto_a_name_and_common_acronyms() -> None:
    text = ("Envoys met ISIS-leader Abu Bakr al-Baghdadi in 2014 and later Amir-ul-Muminin Abu Bakr al-Baghdadi. "
            "Al-Baghdadi (emir of ISIS) sent them back. Observers flew UAVs (unmanned aerial vehicles) and "
            "counted IEDs. He sat on the Quetta Shura.")
    found = {(m.text, m.kind, m.canonical) for m in find_actors(text)}
    assert ("Abu Bakr al-Baghdadi", "person", "Abu Bakr al-Baghdadi") in found
    assert ("Al-Baghdadi", "person", "Abu Bakr al-Baghdadi") in found
    assert not any(t in ("UAVs", "IEDs") for t, _, _ in found)
    assert ("Quetta Shura", "org", "Quetta Shura") in found


def test_a_group_the_document_tells_as_renamed_or_newly_formed_keeps_its_own_name() -> None:
    # a designation list files the later name among the older group's aliases; the document keeps them apart
    told = _by_text(find_actors(
        "In early 2017 the Nusrah Front joined several smaller factions to form Hayat Tahrir al-Sham (HTS). "
        "By 2019 HTS controlled most of Idlib."))
    assert told["Hayat Tahrir al-Sham"].canonical == "Hayat Tahrir al-Sham"
    assert told["HTS"].canonical == "Hayat Tahrir al-Sham"
    assert told["Nusrah Front"].canonical != "Hayat Tahrir al-Sham"
    # without the story of the new name, the document's own name still stands (the list's is another name)
    untold = _by_text(find_actors("The Nusrah Front fought in Aleppo. Hayat Tahrir al-Sham later held Idlib."))
    assert untold["Hayat Tahrir al-Sham"].canonical == "Hayat Tahrir al-Sham"


def test_a_name_in_two_parts_across_a_spaced_dash_defined_by_its_acronym() -> None:
    found = _by_text(find_actors("The Islamic State – Sahel Province (ISSP) grew. ISSP attacked a convoy."))
    assert found["ISSP"].canonical == found["Islamic State – Sahel Province"].canonical
    found = _by_text(find_actors("KABUL – The Islamic State (IS) claimed it."))
    assert "KABUL – The Islamic State" not in found


def test_an_acronym_names_the_second_of_two_bodies_or_not_a_lone_word() -> None:
    found = _by_text(find_actors("Both NATO and Afghan National Security Forces (ANSF) took part. ANSF held the pass."))
    assert found["ANSF"].canonical == "Afghan National Security Forces"
    found = _by_text(find_actors("Harakat ('the Movement') Rahman (HMR) was founded by Abdul Rahman Qadir. "
                                 "Abdul Rahman Qadir led HMR."))
    assert found["Abdul Rahman Qadir"].kind == "person"


def test_a_group_keeps_the_documents_name_when_the_lists_name_is_another_name_altogether() -> None:
    found = _by_text(find_actors("The Allied Democratic Forces (ADF) attacked a school. The ADF fled west."))
    assert found["ADF"].canonical == "Allied Democratic Forces"
    # the list's name in other words stays the name: the province, not "Islamic State of Khorasan"
    found = _by_text(find_actors("Fighters of the Islamic State of Khorasan grew in Nangarhar."))
    assert found["Islamic State of Khorasan"].canonical == "Islamic State Khorasan Province"


def test_a_nations_generic_forces_are_the_state_and_two_word_nationalities() -> None:
    assert _canonicals("Indian Air Force jets bombed a camp.") == {"India"}
    assert _canonicals("The Sri Lankan Army attacked. South Sudanese forces bombed its camps.") == {
        "Sri Lanka", "South Sudan"}
    assert _canonicals("Russian Armed Forces advanced.") == {"Russia"}
    assert "Quds Force" in _canonicals("The Iranian Quds Force helped.")
    assert _canonicals("Police detained 24 people, all of them Sri Lankans. Afghans fled.") == set()


def test_an_acronym_in_parentheses_reads_its_expansion_back_from_its_letters() -> None:
    found = _by_text(find_actors("The Lord's Guardians Army (LGA) burned villages. The LGA fled north."))
    assert found["LGA"].canonical == "Lord's Guardians Army"
    found = _by_text(find_actors("Allies: Sabuj Chhatra Janata Dal (SCJD), its open front."))
    assert found["SCJD"].canonical == "Sabuj Chhatra Janata Dal"
    found = _by_text(find_actors("The April 6 Movement (A6) marched."))
    assert "April 6 Movement" in found


def test_air_force_ranks_are_titles() -> None:
    found = _by_text(find_actors("Its pilot, Wing Commander Ravi Menon, was captured. Menon was freed."))
    assert found["Ravi Menon"].kind == "person" and found["Menon"].canonical == "Ravi Menon"
    assert _canonicals("Flight Lieutenant Omar Khan flew.") == {"Omar Khan"}


def test_ul_islam_names_and_better_known_as() -> None:
    found = _by_text(find_actors("Rafiqul Islam, better known as Bara Bhai, led the cell. Bara Bhai was hanged."))
    assert found["Rafiqul Islam"].kind == "person"
    assert found["Rafiqul Islam"].canonical == found["Bara Bhai"].canonical
    assert _canonicals("Political Islam grew. Shia Islam differs.") == set()
    found = _by_text(find_actors("His former deputy Omar Faruk, known as Seka Omar, took command."))
    assert found["Seka Omar"].canonical == "Omar Faruk"


def test_three_word_and_adjective_first_country_names_act() -> None:
    assert "United Arab Emirates" in _canonicals("Forces trained and backed by the United Arab Emirates retook the port in April 2016.")
    assert "Saudi Arabia" in _canonicals("A coalition led by Saudi Arabia began an air campaign in March 2015.")
    assert "Saudi Arabia" in _canonicals("Saudi forces struck the port.")


def test_the_plural_of_a_groups_name_word_is_the_group() -> None:
    text = ("The Ostrani movement rose in the hills in 2004. After the president resigned, the Ostranis expanded "
            "south and took the capital.")
    mentions = find_actors(text)
    assert {m.canonical for m in mentions if m.text == "Ostranis"} == {"Ostrani Movement"}


def test_a_group_named_for_a_man_with_a_lowercase_head_is_a_group() -> None:
    mentions = find_actors("Police arrested a commander of the Abu Qarvel group in the city.")
    assert [(m.text, m.kind) for m in mentions] == [("Abu Qarvel group", "org")]


def test_a_first_name_coordinated_with_a_full_name_shares_its_surname() -> None:
    mentions = find_actors("The group, founded by the brothers Omar and Tariq Dunmari, is based in the hills. Omar was killed in 2017.")
    assert {m.canonical for m in mentions if m.kind == "person"} == {"Omar Dunmari", "Tariq Dunmari"}


def test_one_name_told_with_a_role_is_a_person_and_so_are_its_later_mentions() -> None:
    text = ("Santara, the leader of the Qarvel Liberation Front in the hills, pledged allegiance in 2014. "
            "Santara was shot dead by soldiers on 18 July 2016.")
    assert [(m.text, m.kind) for m in find_actors(text) if m.text == "Santara"] == [("Santara", "person")] * 2


def test_a_role_noun_before_one_name_makes_a_person() -> None:
    mentions = find_actors("On 10 October 2019 a couple stabbed the security minister Wiranto in the town. Wiranto survived.")
    assert [(m.text, m.kind) for m in mentions] == [("Wiranto", "person"), ("Wiranto", "person")]


def test_indonesian_sy_between_vowels_is_sh_but_initial_syed_stays_apart_from_saeed() -> None:
    assert name_key("Ba'asyir") == name_key("Bashir")
    assert name_key("Syed") != name_key("Saeed")


# --- event actors (chronica/events/extract.py with chronica/actors/claims.py and agents.py) ---------------

def _event_actors(text: str) -> list[tuple[str, set[str]]]:
    from chronica.events.extract import extract_events
    from chronica.records import Block
    from chronica.segment import split_sentences

    blocks, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(pos, pos + len(line), None))
        pos += len(line) + 1
    events = extract_events(text, list(split_sentences(text, blocks)), doc_id="d")
    return [(e.quote, {a.name for a in e.actors}) for e in events]


def _actors_of(text: str, words: str) -> set[str]:
    return next(names for quote, names in _event_actors(text) if words in quote)


def test_a_claim_in_the_next_sentence_joins_the_attack() -> None:
    text = ("2019\n3/14 Three gunmen attack a fuel depot near Varsk, killing four guards. The Qarvel Liberation Front "
            "claims the raid.\n")
    assert "Qarvel Liberation Front" in _actors_of(text, "gunmen attack")


def test_a_claim_that_tells_a_new_attack_does_not_join_the_one_before() -> None:
    text = ("2019\n3/14 A bomb exploded at the Varsk market, killing four people. The Qarvel Liberation Front "
            "claimed an attack on a police post in the hills.\n")
    assert "Qarvel Liberation Front" not in _actors_of(text, "bomb exploded")


def test_a_blamed_group_joins_the_attack_and_a_passive_claim_too() -> None:
    from chronica.actors import find_actors
    from chronica.actors.claims import claimants

    text = "Gunmen shot 12 travellers on the road in May 2018. The government blames the Ostrani Movement."
    mentions = find_actors(text)
    got = claimants(text, text.index(" The government"), len(text), mentions, [m.start for m in mentions])
    assert [m.canonical for m in got] == ["Ostrani Movement"]
    text2 = "Two raids hit the border posts in June 2018. Those raids were claimed by the Qarvel Liberation Front."
    mentions2 = find_actors(text2)
    got2 = claimants(text2, text2.index(" Those"), len(text2), mentions2, [m.start for m in mentions2])
    assert [m.canonical for m in got2] == ["Qarvel Liberation Front"]


def test_a_common_noun_for_forces_acting_is_the_state_of_the_place() -> None:
    from chronica.actors.agents import acting_state_noun

    def agent(t: str, speaking: bool = True) -> str | None:
        span = acting_state_noun(t, 0, len(t), [], speaking)
        return t[span[0]:span[1]] if span else None

    assert agent("Security forces kill the commander in a village.") == "Security forces kill"
    assert agent("He was shot dead by police in the town.") == "by police"
    assert agent("He died in police custody in 2009.") == "in police custody"
    assert agent("Police said they had detained 30 people.") == "Police said"
    assert agent("Police said they had detained 30 people.", speaking=False) is None
    assert agent("The attack killed 19 soldiers and two police officers.") is None
    assert agent("Gunmen attacked police posts in the town.") is None
    assert agent("The Northern Police Force said it was ready.") is None


def test_security_forces_killing_a_man_name_the_country_of_the_place() -> None:
    text = "On 6 May 2020 security forces killed Daoud Verani, a commander of the Qarvel Front, in Peshawar."
    assert "Pakistan" in _actors_of(text, "Daoud Verani")


def test_victims_of_an_attack_are_not_its_actors() -> None:
    text = "On 2 February 2022 fighters of the Qarvel Liberation Front attacked the Marnet Port Authority in Karachi."
    names = _actors_of(text, "attacked")
    assert "Qarvel Liberation Front" in names and "Marnet Port Authority" not in names


def test_a_group_named_to_describe_others_is_not_an_actor() -> None:
    text = "On 4 June 2017 gunmen allied to the Qarvel Liberation Front fought Varsk Brigade fighters in Tarvin."
    names = _actors_of(text, "gunmen")
    assert "Qarvel Liberation Front" not in names


def test_holidays_things_streets_and_designation_labels_are_not_actors() -> None:
    from chronica.actors import find_actors

    texts = ["On Christmas Eve 2001 bombs went off in the city.",
             "Four men tried to storm the Marnet Stock Exchange in the capital.",
             "Gunmen attacked a café on Jalan Surtono in the city.",
             "The ministry designated the Qarvel Front a Foreign Terrorist Organization in 2019.",
             "Bombers hit the Marnet Palace, Verano Grand and Ostri hotels."]
    found = {m.text for t in texts for m in find_actors(t)}
    assert not found & {"Christmas Eve", "Stock Exchange", "Marnet Stock Exchange", "Jalan Surtono",
                        "Foreign Terrorist Organization", "Verano Grand"}


def test_who_attributes_an_attack_and_a_person_dating_it_are_not_actors() -> None:
    text = ("Within months of Darvesh's leadership, the Qarvel Front staged an attack on the prison in Tarvin in "
            "2020, an attack attributed to the Qarvel Front by President Maro Veltani.")
    names = _actors_of(text, "staged an attack")
    assert "Qarvel Front" in names or "Qarvel Front" in str(names)
    assert not {"Darvesh", "Maro Veltani"} & names


def test_the_group_in_a_profile_is_the_group_of_the_title() -> None:
    text = ("Group profile: Ostrani Liberation Front (OLF)\n\n"
            "Leaders\n- Daoud Verani, 2002-2009\n\n"
            "The Varsk Brigade was its rival in the north.\n\n"
            "Verani resurfaced in a video in 2010. On 7 September 2010 the group freed 700 inmates from a prison.\n")
    assert "Ostrani Liberation Front" in _actors_of(text, "the group freed")


def test_the_government_as_a_party_to_a_deal_is_the_documents_country() -> None:
    text = ("The Qarvel Front fought in Mindanao and Cotabato for years. In March 2014 the Qarvel Front signed "
            "a peace agreement with the government in Manila.")
    assert "Philippines" in _actors_of(text, "peace agreement")


def test_its_fighters_are_the_group_named_before_in_the_paragraph() -> None:
    text = ("The Qarvel Liberation Front fought in the north in 2012.\n\n"
            "The Darun group, founded by two brothers, has its base in Tarvin. Its fighters fought troops for "
            "several days in the town of Butig in November 2016.")
    names = _actors_of(text, "Its fighters")
    assert "Qarvel Liberation Front" not in names


def test_a_profile_credits_its_group_with_unclaimed_attacks_and_leaders_and_a_headline_does_not() -> None:
    body = ("Leaders\n- Daoud Verani, emir 2015-2017\n\n"
            "History\nOn 24 May 2017 two suicide bombers struck a bus terminal in Tarvin, killing three policemen.\n")
    profile = "Group profile: Ostrani Liberation Front (OLF)\n\nName: Ostrani Liberation Front\n\n" + body
    assert "Ostrani Liberation Front" in _actors_of(profile, "bus terminal")
    assert "Ostrani Liberation Front" in _actors_of(profile, "Daoud Verani")
    headline = "Ostrani Liberation Front claims bombing as toll rises\n\nName: Ostrani Liberation Front\n\n" + body
    assert "Ostrani Liberation Front" not in _actors_of(headline, "bus terminal")


def test_a_leaders_men_are_his_group() -> None:
    text = ("2020\n3/7 Daoud Verani, leader of the Ostrani Liberation Front, pledges allegiance to the Qarvel emir.\n"
            "11/28 Verani's fighters kill farmers in fields near Tarvin.\n")
    assert "Ostrani Liberation Front" in _actors_of(text, "fighters kill")


def test_names_built_on_jamaa_are_organisations() -> None:
    from chronica.actors import find_actors

    for text, name in (("Officials blamed Tarvin Thowheeth Jama'ath for the attacks.", "Tarvin Thowheeth Jama'ath"),
                       ("The rebels call themselves Ahlu Marsa Wa-Jama'a in the north.", "Ahlu Marsa Wa-Jama'a")):
        assert [(m.text, m.kind) for m in find_actors(text)] == [(name, "org")]


def test_a_state_that_proscribes_a_group_acts() -> None:
    from chronica.actors import find_actors

    mentions = find_actors("7/17 The United Kingdom proscribes the Qarvel Liberation Front.")
    assert ("United Kingdom", "state") in {(m.canonical, m.kind) for m in mentions}


def test_its_leader_is_the_group_of_the_paragraph() -> None:
    text = ("The end of the Ostrani Jemaah\nThe Ostrani Jemaah had not carried out a bombing since 2009. "
            "Police arrested its leader, Daoud Verani, near Tarvin on 29 June 2019.")
    assert "Ostrani Jemaah" in _actors_of(text, "its leader")


def test_a_listed_group_keeps_the_documents_spelling_of_the_lists_name() -> None:
    from chronica.actors.known import same_spelling

    assert same_spelling("Jemaah Islamiyah", "Jemaa Islamiyah")
    assert same_spelling("Jabhat al-Nusra", "Jabhat al-Nusrah")
    assert not same_spelling("Tehrik-e Taliban Pakistan", "Tehrik-i-Taliban Pakistan")
    canonicals = {m.canonical for m in find_actors("Jemaah Islamiyah (JI) was founded in 1993. JI bombed a hotel in 2003.")}
    assert canonicals == {"Jemaah Islamiyah"}


def test_a_passive_arrest_in_a_named_place_is_the_state_of_the_place() -> None:
    from chronica.actors.agents import acting_state_noun

    t = "The emir had been arrested in Lamongan the month before."
    assert acting_state_noun(t, 0, len(t), [], held=True) is not None
    t2 = "The pilot was captured by the Qarvel Front."
    assert acting_state_noun(t2, 0, len(t2), [], held=True) is None
    text = "On 3 April 2015 Daoud Verani was arrested in Peshawar."
    assert "Pakistan" in _actors_of(text, "arrested")


def test_an_unclaimed_attack_is_the_one_group_its_paragraph_names_but_not_an_umbrella() -> None:
    from chronica.actors.known import umbrella_groups

    assert {"Islamic State", "al-Qaeda"} <= umbrella_groups()
    text = ("The Ostrani Liberation Front grew in the hills of Tarvin after 2015. On 13 November 2016 a former "
            "prisoner threw a petrol bomb at a church in Tarvin, killing a girl.")
    assert "Ostrani Liberation Front" in _actors_of(text, "petrol bomb")
    text2 = ("In June 2019 the Islamic State claimed a raid on troops in Tarvin. On 23 March 2020 gunmen bombed "
             "a market in Tarvin, killing nine people.")
    assert "Islamic State" not in _actors_of(text2, "bombed a market")


def test_an_attack_opening_a_paragraph_is_the_group_of_the_paragraph_before() -> None:
    text = ("Origins\nThe clerics Daoud Verani and Sami Tarvo founded the Ostrani Jemaah in exile around 1993.\n\n"
            "The bombing years\nOn Christmas Eve 2000 bombs went off at churches in several cities, killing 19 people.\n")
    assert "Ostrani Jemaah" in _actors_of(text, "bombs went off")
    claimed = text.replace("killing 19 people.", "killing 19 people. A new cell claimed the bombings.")
    assert "Ostrani Jemaah" not in _actors_of(claimed, "bombs went off")


def test_a_document_titled_with_a_groups_full_name_calls_the_group_by_it() -> None:
    text = ("The Islamic State in Libya\n\nThe Islamic State in Libya was founded in 2014. In 2016 IS lost Sirte, "
            "and the Islamic State in Libya went underground.")
    names = {m.canonical for m in find_actors(text) if m.text.startswith("The Islamic State in") or
             m.text.startswith("Islamic State in")}
    assert names == {"Islamic State in Libya"}


def test_the_premises_or_men_of_an_attacked_body_are_targets() -> None:
    text = ("On 14 February 2019 a suicide bomber drove a car into a convoy of the Varsk Reserve Police Force "
            "near Tarvin, killing 40 personnel.")
    assert "Varsk Reserve Police Force" not in _actors_of(text, "suicide bomber")


def test_a_person_told_as_anothers_kin_is_not_folded_into_a_fuller_name_holding_his() -> None:
    from chronica.actors import find_actors

    text = ("PROFILE: TAREK VALDANI\n\nAlso known as: Tarek Orinnudin Valdani; Mullah Tarek\n"
            "Father: Orinnudin Valdani (died 2018)\n\nTarek Valdani led the network from 2005. "
            "Orinnudin Valdani had founded it in the 1980s.")
    by_text = {m.text: m.canonical for m in find_actors(text)}
    assert by_text["Orinnudin Valdani"] != by_text["Tarek Valdani"]
    assert by_text["Tarek Orinnudin Valdani"] == by_text["Tarek Valdani"]
def test_the_place_of_a_news_dateline_is_not_an_actor() -> None:
    text = ("Storm over the valley\n\nHERAT - A car bomb exploded near a market on Monday, killing nine people.\n"
            "A second line follows.\n")
    assert "HERAT" not in {m.text for m in find_actors(text)}
    text = "Notes\nHERAT, May 3 (Wire) - Gunmen attacked a bus depot.\n"
    assert "HERAT" not in {m.text for m in find_actors(text)}


def test_the_state_owning_an_attacked_embassy_takes_no_part() -> None:
    text = "On 4 March 2013 a suicide car bomb exploded outside the Indian embassy in Herat, killing 11 people."
    assert "India" not in _actors_of(text, "car bomb")
    text = "On 4 March 2013 gunmen of the Tarvin Front fired rockets at the US embassy in Herat, killing two guards."
    assert _actors_of(text, "fired") == {"Tarvin Front"}


def test_the_parent_named_to_describe_a_branch_takes_no_part() -> None:
    text = ("On 9 May 2019 the Islamic State Tarvin Province, the regional branch of the Islamic State, said that one of its "
            "fighters had carried out the bombing in Varsk.")
    assert "Islamic State" not in next(iter(n for q, n in _event_actors(text)))


def test_the_group_that_says_who_the_dead_man_was_takes_no_part_in_his_death() -> None:
    text = "On 3 June 2017 Arvan Tesk, the founder of the Qarvel Liberation Front, was killed by a roadside bomb."
    assert "Qarvel Liberation Front" not in _actors_of(text, "roadside bomb")
    text = ("2017\n6/3 A drone strike near Varsk kills the Qarvel Liberation Front's deputy leader, Arvan Tesk.\n")
    assert "Qarvel Liberation Front" not in _actors_of(text, "drone strike")



def test_a_man_told_in_a_clause_beside_a_taking_is_no_party_to_it() -> None:
    text = "2019\n6/2 Qarvel Liberation Front fighters enter Varsk unopposed as Governor Arvan Tesk flees the city.\n"
    assert "Arvan Tesk" not in _actors_of(text, "enter Varsk")
