"""Casualty figures: phrase classes, non-casualty numbers, aggregation and bad input.

Every sentence here is written for the test; none comes from a corpus or a gold file.
"""

from __future__ import annotations

import time

import pytest

from chronica.events.casualties import Casualties, Figure, casualties, find_figures
from chronica.events.numbers import parse_count


def totals(text: str) -> tuple[int | None, int | None]:
    c = casualties(text)
    return c.killed, c.wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # active objects
        ("The bomb went off in a market, killing 12.", 12, None),
        ("Gunmen killed at least 35 and wounded more than 60.", 35, 60),
        ("The blast killed six people and wounded 12 others.", 6, 12),
        ("The gunmen shot and killed a shopkeeper in the bazaar.", 1, None),
        ("Militants martyred 7 worshippers.", 7, None),
        ("Twenty gunmen attacked the post, killing three guards.", 3, None),
        ("Gunmen stopped the bus and killed all five passengers.", 5, None),
        ("The mortar round killed a farmer, his wife and their son.", 3, None),
        # passive and reduced passive subjects
        ("12 people were killed in the blast.", 12, None),
        ("Eight civilians were killed and 40 others were injured in the attack.", 8, 40),
        ("Thirty people were killed and more than 100 wounded.", 30, 100),
        ("Two policemen killed, four hurt in roadside blast.", 2, 4),
        ("A policeman was killed in the attack.", 1, None),
        ("One person was killed and another was injured.", 1, 1),
        ("Rahimi, a district judge, was killed and two other people were injured.", 1, 2),
        ("The mayor and six guards were injured.", None, 7),
        ("Two men from the fishing village were wounded.", None, 2),
        ("The driver was seriously injured and later died.", 1, None),
        ("The constable was killed in the shooting, along with his brother and a neighbour.", 3, None),
        # predicative and intransitive
        ("The explosion left 5 dead and 20 wounded.", 5, 20),
        ("Four people died in the fire.", 4, None),
        ("Nine villagers lost their lives in the raid.", 9, None),
        ("Eleven pilgrims sustained injuries in the crush.", None, 11),
        # nouns
        ("The death toll rose to 84 on Tuesday.", 84, None),
        ("Officials said the death toll had climbed from 40 to 52.", 52, None),
        ("The storming of the hall resulted in the deaths of 170 civilians and 13 soldiers.", 183, None),
        ("Police recovered 9 bodies from the river.", 9, None),
        ("The fighting claimed 30 lives.", 30, None),
        ("The clash caused 20 casualties.", None, None),
        # numbers in words and digits
        ("Twenty-five people were wounded.", None, 25),
        ("Two hundred people were injured in the stampede.", None, 200),
        ("The attack killed 1,200 people.", 1200, None),
        ("Forty one labourers were killed.", 41, None),
        ("A dozen people were killed.", 12, None),
        # perpetrators (GTD counts them in nkill)
        ("The bomber killed himself.", 1, None),
        ("The suicide bomber blew himself up, killing six people.", 7, None),
        ("The bombing killed 5 people, including the bomber.", 5, None),
        ("The attack killed four people. The attacker was also killed.", 5, None),
        ("In addition to the bomber, nine people were killed.", 10, None),
        ("Two attackers blew themselves up at the gate.", 2, None),
        # nil reports
        ("There were no casualties.", 0, 0),
        ("No one was hurt.", None, 0),
        ("There were no injuries in the blast.", None, 0),
        ("Nobody was killed.", 0, None),
        ("The minister was unharmed.", 0, 0),
        ("The governor was not hurt in the attack.", None, 0),
        # aggregation
        ("Five people were killed, including 3 soldiers.", 5, None),
        ("Three soldiers and two civilians were killed.", 5, None),
        ("At least six people, including one soldier and five attackers, were killed.", 6, None),
        ("Three soldiers were killed. Two civilians were also killed.", 5, None),
        ("Three of the passengers were killed.", 3, None),
    ],
)
def test_phrase_classes(text: str, killed: int | None, wounded: int | None) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    "text",
    [
        "A 35-year-old man was arrested in 2014.",
        "He was killed in 2014.",
        "See page 12 for the list of those killed.",
        "The group demanded $5,000,000 and threatened to kill the hostages.",
        "Resolution 2253 condemned the killings.",
        "Police arrested 14 suspects and seized 20 rifles.",
        "The 2,000 fighters of the group killed civilians in 2015.",
        "The raid on 12 March killed civilians.",
        "He had been killed at 10 p.m.",
        "Fifty militants attacked the town.",
    ],
)
def test_non_casualty_numbers(text: str) -> None:
    assert totals(text) == (None, None)


def test_attackers_counted_are_not_victims() -> None:
    assert totals("Four gunmen stormed the hotel and killed two guards.") == (2, None)
    assert totals("Police arrested 14 suspects after the attack that killed two.") == (2, None)


def test_ucdp_style_ranges() -> None:
    def one(text: str) -> Figure:
        figs = find_figures(text)
        assert len(figs) == 1, figs
        return figs[0]

    f = one("At least 35 people were killed.")
    assert (f.kind, f.best, f.low, f.high, f.qualifier, f.who) == ("killed", 35, 35, None, "at_least", "people")
    f = one("Gunmen killed more than 60 villagers.")
    assert (f.best, f.low, f.high, f.qualifier) == (60, 60, None, "more_than")
    f = one("Nearly 80 people were killed.")
    assert (f.best, f.low, f.high, f.qualifier) == (80, None, 80, "nearly")
    f = one("About 40 people were wounded.")
    assert (f.kind, f.best, f.low, f.high, f.qualifier) == ("wounded", 40, None, None, "about")
    f = one("Up to 15 people may have been killed.")
    assert (f.best, f.low, f.high, f.qualifier) == (15, None, 15, "up_to")
    f = one("Between 10 and 15 people were killed.")
    assert (f.best, f.low, f.high, f.qualifier) == (10, 10, 15, None)
    f = one("Dozens of people were killed.")
    assert (f.best, f.low, f.high, f.qualifier) == (None, 24, None, "at_least")
    f = one("The explosion killed 12 people.")
    assert (f.best, f.low, f.high, f.qualifier) == (12, 12, 12, "exact")
    f = one("A policeman was killed.")
    assert (f.best, f.qualifier) == (1, None)  # implied by a singular noun phrase


def test_joint_figure_has_no_split() -> None:
    c = casualties("The blast killed or injured 20 people.")
    assert (c.killed, c.wounded) == (None, None)
    assert [(f.kind, f.best) for f in c.figures] == [("casualties", 20)]


def test_who_and_offsets() -> None:
    text = "On Monday the attack killed 170 Afghan civilians and 13 U.S. service members near the gate."
    figs = find_figures(text)
    assert [(f.best, f.who) for f in figs] == [(170, "Afghan civilians"), (13, "U.S. service members")]
    for f in figs:
        assert text[f.start:f.end] == f.text
    assert casualties(text).killed == 183


def test_span_arguments() -> None:
    text = "Five people were killed in Kabul. Two were wounded in Herat."
    cut = text.index("Two")
    assert casualties(text, 0, cut).killed == 5
    assert casualties(text, 0, cut).wounded is None
    assert casualties(text, cut).wounded == 2
    assert casualties(text, cut).killed is None
    for f in find_figures(text, cut):
        assert f.start >= cut


def test_subset_is_flagged() -> None:
    figs = find_figures("Twelve people, including four children, were killed.")
    assert any(f.subset and f.best == 4 for f in figs)
    assert casualties("Twelve people, including four children, were killed.").killed == 12


def test_numbers_parser() -> None:
    def value(s: str) -> int | None:
        c = parse_count(s.split(), 0)
        return None if c is None else c.value

    assert value("three") == 3
    assert value("twenty-five") == 25
    assert value("twenty five") == 25
    assert value("two hundred and fifty") == 250
    assert value("one thousand two hundred") == 1200
    assert value("1,200") == 1200
    assert value("a hundred") == 100
    assert value("two dozen") == 24
    assert value("123456789012345678901234567890") is None
    assert value("people") is None
    vague = parse_count(["dozens", "of", "people"], 0)
    assert vague is not None and vague.value is None and vague.low == 24 and vague.end == 2


@pytest.mark.parametrize("text", ["", " ", "killed", "killed killed", ".", "12", "no", "himself", "(killed)"])
def test_degenerate_input(text: str) -> None:
    c = casualties(text)
    assert isinstance(c, Casualties)


def test_bad_offsets() -> None:
    text = "Five people were killed."
    assert casualties(text, 100, 200) == Casualties(None, None, ())
    assert casualties(text, 10, 5) == Casualties(None, None, ())
    assert casualties(text, -5, None).killed == 5


def test_huge_number_is_not_a_figure() -> None:
    assert totals("The attack killed 99999999999999999999999999 people.") == (None, None)
    assert totals("The attack killed " + "9" * 5000 + " people.") == (None, None)


def test_no_trigger_returns_fast() -> None:
    text = "The committee met on Tuesday and discussed the budget. " * 20
    assert casualties(text) == Casualties(None, None, ())


def test_ten_megabytes_without_newline() -> None:
    started = time.process_time()
    plain = "word " * 2_000_000
    assert casualties(plain) == Casualties(None, None, ())
    filler = "the convoy moved on along the road " * 3_000
    sparse = (filler + "Gunmen killed 3 people and wounded 4 others. ") * 100
    assert len(sparse) > 10_000_000 and "\n" not in sparse
    figs = find_figures(sparse)
    assert len(figs) == 2 * 100
    assert time.process_time() - started < 30


def test_dense_megabyte_is_linear() -> None:
    started = time.process_time()
    dense = ("Gunmen killed 3 people and wounded 4 others near the market, police said " * 14_000)[:1_000_000]
    found = find_figures(dense, 0, 200_000)
    assert found and all(f.end <= 200_000 for f in found)
    assert casualties(("killed " * 150_000)[:1_000_000]).killed is None
    assert time.process_time() - started < 30


def test_an_active_verb_with_along_with_counts_everyone() -> None:
    from chronica.events.casualties import casualties

    text = "The strike killed the commander along with his driver and three guards."
    assert casualties(text, 0, len(text)).killed == 5


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Officials first gave 36 dead, then 41; the final count was 45.", 45),
        ("The ministry spoke of 95 dead. The next day the official figure was 102, and it was later revised to 103.", 103),
        ("At first 40 were reported killed; the toll was later revised down to 31.", 31),
        ("Twelve people died; then 3 buses left.", 12),
        ("Police said 12 were killed, then 40 troops arrived.", 12),
    ],
)
def test_a_revised_figure_replaces_the_first_one(text: str, killed: int) -> None:
    assert casualties(text).killed == killed


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("The blasts at the gate resulted in the deaths of 12 guards and as of this writing, 60 civilians.", 72, None),
    ("The blast killed 12 guards and, according to hospital officials, 60 civilians.", 72, None),
    ("The blast killed 12 guards and 3 civilians were wounded.", 12, 3),
    ("The blast killed 12 guards and 60 civilians, and 30 were injured.", 72, 30),
])
def test_asides_inside_a_list_and_a_new_clause_after_it(text: str, killed: int | None, wounded: int | None) -> None:
    got = casualties(text)
    assert (got.killed, got.wounded) == (killed, wounded)


def test_a_name_after_and_that_opens_its_own_clause_is_not_one_of_the_dead() -> None:
    figures = find_figures("A car bomb went off near the port, killing 12 people, and the Front claimed the blast.")
    assert [(f.kind, f.best) for f in figures] == [("killed", 12)]
    figures = find_figures("The raid killed a guard, and a driver was hurt.")
    assert ("killed", 1) in [(f.kind, f.best) for f in figures] and sum(f.best or 0 for f in figures if f.kind == "killed") == 1
    figures = find_figures("Gunmen killed three police officers and a teacher said to be a witness.")
    assert sum(f.best or 0 for f in figures if f.kind == "killed") == 4


def test_the_number_of_dead_is_a_toll() -> None:
    assert [(f.kind, f.best, f.qualifier) for f in find_figures(
        "Provincial officials later put the number of dead at about 300.")] == [("killed", 300, "about")]
    assert [(f.kind, f.best) for f in find_figures("The number of people wounded rose to 41.")] == [("wounded", 41)]
    assert find_figures("The number of raids fell to 12.") == []


def test_an_aside_inside_a_list_of_the_dead_and_companions_killed_with_someone() -> None:
    def killed(text: str) -> int | None:
        return casualties(text, 0, len(text)).killed

    assert killed("Gunmen stormed the cafe, killing 18 hostages, most of them foreigners, and two police officers.") == 20
    assert killed("The blast killed 12 people, including two police officers, and wounded 30.") == 12
    assert killed("The commander was killed with two associates in a raid on the house.") == 3
    assert killed("The editor is shot dead with his two bodyguards outside his office.") == 3
    assert killed("He was killed with a rifle in 2010.") is None


def test_an_infinitive_of_dying_is_an_intent_not_a_death() -> None:
    assert find_figures("Fighters said they were ready to die in the struggle.") == []
    assert find_figures("He said he was willing to die for the cause.") == []
    assert [(f.kind, f.best) for f in find_figures("Three people are said to have died.")] == [("killed", 3)]


def test_the_number_of_people_killed_after_a_long_relative_clause_rose_to_a_figure() -> None:
    text = ("The number of people killed by gunmen who stormed the market in the old town of Velmora on Monday "
            "rose to 40 on Tuesday, officials said.")
    assert casualties(text, 0, len(text)).killed == 40
