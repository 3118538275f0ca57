"""Question analysis: the kind of answer asked for and the words a passage must carry."""

from __future__ import annotations

import pytest

from chronica.ask.question import analyze


@pytest.mark.parametrize(("text", "qtype"), [
    ("When did the group announce its province?", "when"),
    ("In what year was the group founded?", "when"),
    ("Who was the second emir?", "who"),
    ("Where was the commander killed?", "where"),
    ("How many were killed in the bombings?", "how_many"),
    ("What was the death toll of the siege?", "how_many"),
    ("Which groups merged into the province?", "which"),
    ("Why did the group attack the city?", "why"),
    ("List the leaders of the movement", "list"),
    ("Did the group claim the attack?", "yesno"),
])
def test_question_types(text: str, qtype: str) -> None:
    assert analyze(text).qtype == qtype


def test_ordinals_roles_relations_and_counts() -> None:
    q = analyze("Who was the third emir of the Northern Front?")
    assert q.ordinal == 3 and q.role == "emir" and q.lead
    assert [t.text for t in q.hard_terms] == ["third", "northern", "front"]
    assert ("Northern Front", 30, 44) in q.phrases
    assert analyze("Which factions merged into the group?").relation == "merged_into"
    assert analyze("Which groups pledged allegiance to the movement?").relation == "allegiance_to"
    assert analyze("How many fighters does the front have?").count == "fighters"
    assert analyze("How many people were wounded in the raid?").count == "wounded"
    assert analyze("How many died in the raid?").count == "killed"
    assert analyze("Who is the current leader of the front?").last
    assert analyze("Who succeeded the founder?").succession == "after"
    assert analyze("What other names is the front known by?").alias


def test_generic_references_and_pronouns() -> None:
    q = analyze("Which groups merged into the province?")
    assert q.generic == ("province",)
    assert analyze("When was he killed?").pronouns == ("he",)


def test_answer_type_words_are_not_required() -> None:
    q = analyze("How many were killed in the Kerman bombings?")
    weak = {t.text for t in q.terms if t.weak}
    assert "killed" in weak and "kerman" in {t.text for t in q.hard_terms}


def test_a_toll_stated_in_parts_is_answered_as_its_sum_and_other_days_are_other_events() -> None:
    from chronica.ask.extractive import _same_time, figures

    got = figures("The blast at the airport killed 90 civilians and 7 soldiers.", "killed")
    assert got[0][0] == 97 and "90 civilians" in got[0][1]
    assert _same_time(["2021-08-26"], ["2021-08"]) and _same_time(["2022-03-04"], ["2022-03-05"])
    assert not _same_time(["2021-08-26"], ["2021-05-14"])
