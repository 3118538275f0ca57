"""Alias cues written in documents, and the reference list kept in its place (issue 5, 2026-12-03 round).

All text here is invented for the tests (groups, people and towns), except where a real reference-list entry is
the point of the test (the list's generic "Mujahideen Shura Council"; the list's al-Nusrah Front aliases).
"""

from __future__ import annotations

from chronica.actors import find_actors
from chronica.knowledge.aliases import resolve
from tests.knowledge.test_aliases import corpus, nm, same


def canon(text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in find_actors(text)}


def test_transliterations_and_a_real_name_in_one_parenthesis_are_one_person() -> None:
    text = ("Abu Talha al-Qarvani (also transliterated al-Karwani or al-Qarwani; real name Idris Hamed al-Sufari) "
            "led the group. Later al-Karwani was seen in the hills.")
    got = canon(text)
    assert got["al-Karwani"] == got["al-Qarwani"] == got["Idris Hamed al-Sufari"] == "Abu Talha al-Qarvani"


def test_a_group_that_calls_itself_another_name_and_a_name_in_parentheses_are_one_group() -> None:
    got = canon("The Velmar movement, which calls itself Ansar al-Velmar, fought the army. "
                "The Northern Defence Forces (Quwat al-Difa al-Shamali) are counted as government forces.")
    assert got["Ansar al-Velmar"].lower() == "velmar movement"
    assert got["Quwat al-Difa al-Shamali"] == got["Northern Defence Forces"] == "Northern Defence Forces"


def test_a_shortened_name_list_and_the_one_word_name_written_again_are_the_group() -> None:
    text = ("Earlier names: Jabhat al-Tawhid li-Ahl al-Qarn, usually shortened to Jabhat al-Tawhid, "
            "al-Tawhid Front or simply Tawhid (sometimes Jabhat al-Tawheed). In 2013 al-Tawhid was folded "
            "into a wider coalition.")
    got = canon(text)
    assert "Jabhat al-Tawhid li-Ahl al-Qarn" in got  # "li-" is a particle of the name
    names = {got[n] for n in ("Jabhat al-Tawhid", "al-Tawhid Front", "Tawhid", "Jabhat al-Tawheed", "al-Tawhid")}
    assert names == {"Jabhat al-Tawhid li-Ahl al-Qarn"}


def test_an_acronym_then_other_spellings_and_a_translation() -> None:
    got = canon("Harakat Nasr al-Wadi (HNW), also written Haraka Nasr al-Wadi and rendered in English as the "
                "Movement for the Victory of Qarvel, was formed in 2009. AGK, sometimes written Ansar "
                "Ghazwatul Karim, was smaller.")
    assert got["Movement for the Victory of Qarvel"] == got["Haraka Nasr al-Wadi"] == "Harakat Nasr al-Wadi"
    assert got["AGK"] == got["Ansar Ghazwatul Karim"]


def test_spanish_and_dutch_particles_stay_in_a_name() -> None:
    got = canon("Bishop Tomas de la Vega of Ordan said that Pieter van der Molen had been freed.")
    assert "Tomas de la Vega" in got and "Pieter van der Molen" in got


def test_a_generic_list_alias_yields_to_the_fuller_name_the_document_writes() -> None:
    got = canon("In June 2015 the Mujahideen Shura Council of Qarvel, a coalition of local fighters, turned on "
                "the newcomers. The army later took the port from the Mujahideen Shura Council's successors.")
    assert got["Mujahideen Shura Council"] == "Mujahideen Shura Council of Qarvel"


def test_a_group_the_document_says_was_renamed_stays_apart_from_its_old_name_in_the_list() -> None:
    # the designation list gives Hayat Tahrir al-Sham and Jabhat Fatah al-Sham as aliases of al-Nusrah Front
    doc = ("Jabhat al-Nusra announced itself in 2012. In 2016 the group was renaming itself Jabhat Fatah al-Sham. "
           "In 2017 Jabhat Fatah al-Sham merged with two smaller factions to form Hayat Tahrir al-Sham (HTS).")
    _, res = corpus(doc)
    assert not same(res, "Hayat Tahrir al-Sham", "Jabhat al-Nusra")
    assert not same(res, "Jabhat Fatah al-Sham", "Jabhat al-Nusra")


def test_a_surname_that_is_also_a_town_is_the_person_the_document_named_in_full() -> None:
    # the geocoder took the bare surname for a town of that name; the document's recogniser linked it to the
    # person named in full, and a surname written as in the full name stays with him
    res = resolve([nm("a", "Faisal Wani"), nm("a", "Wani", doc_name="Faisal Wani", start=200, place="Wani")])
    assert res.entity_of[0] == res.entity_of[1]
    # a differently spelled place word the recogniser linked ("from Orakazi") still stays apart
    res = resolve([nm("a", "Idris Orakzai"), nm("a", "Orakazi", doc_name="Idris Orakzai", start=200, place="Orakazi")])
    assert res.entity_of[0] != res.entity_of[1]


def test_codes_states_settlements_and_comma_or_names() -> None:
    got = canon("The March 19 Front (M19), a rebel group, seized Qarvel. M19 fighters held the town.")
    assert got.get("M19") == "March 19 Front"
    assert "GBU-43" not in canon("A GBU-43 bomb was dropped on the caves.")
    assert "Tongo Varlo" not in canon("A patrol was ambushed near the village of Tongo Varlo in the north.")
    assert "Katsina State" not in canon("Gunmen took 300 boys from a school in Kankara, Katsina State, on Friday.")
    got = canon("Some background first. Jabhat al-Varlo, or Harakat al-Varlo al-Mujahideen, grew out of a youth wing. "
                "Abu Talha al-Qarvani, whose real name is Idris Hamed, led it.")
    assert got["Harakat al-Varlo al-Mujahideen"] == got["Jabhat al-Varlo"]
    assert got["Idris Hamed"] == "Abu Talha al-Qarvani"


def test_an_alias_list_drops_glosses_and_names_of_a_period() -> None:
    from chronica.knowledge.aliases_context import _items

    got = _items('Harakat al-Varlo (Ostic, roughly "the valley movement"); Varliyya; Northern Province (NP), 2015-2016')
    assert got == ["Harakat al-Varlo", "Varliyya"]
    assert _items("Jabhat al-Qarn (JQ), Qarn Front") == ["Jabhat al-Qarn", "JQ", "Qarn Front"]


def test_a_surname_that_is_also_a_port_is_the_person_named_in_full() -> None:
    got = canon("The rebels signed an accord with President Karel Osk Santos in the capital on 26 September 2016. "
                "Five days later Santos was awarded a prize.")
    assert got.get("Santos") == "Karel Osk Santos"
    assert "Santos" not in canon("Ships left the port of Santos on Monday, and more left Santos on Tuesday.")
