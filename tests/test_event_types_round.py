"""Event types added in the 2026-12-03 round: invented groups, people and places."""

from __future__ import annotations

from tests.test_events import _events


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


def test_a_claim_naming_an_attack_no_passage_before_tells_is_the_attack() -> None:
    assert "attack" in _types("In June 2019 the Ashen Banner claimed an attack on army troops in Dunmar district.")
    # told just before, the claim is a statement about it
    text = ("On 12 December 2022 two gunmen attacked the Grand Lorvan Hotel, killing three people. "
            "The Ashen Banner claimed responsibility for the attack on the hotel in the heart of Lorvan.")
    assert _types(text)[-1] == "statement"


def test_a_named_leader_who_blew_himself_up_when_cornered_died() -> None:
    text = "In May 2021 rival fighters surrounded Tarek Vollan in the Varlo Forest, and he blew himself up rather than surrender."
    assert "death" in _types(text)
    # a bomber who blew himself up in a crowd carried out an attack
    assert "death" not in _types("On 3 May 2021 a bomber blew himself up in a crowded market in Dunmar, killing 12 people.")


def test_a_state_of_emergency_is_a_measure_and_deployments_and_seizures_are_typed() -> None:
    assert _types("On 14 May 2013 President Karel Osk declared a state of emergency in three provinces.") == ["other"]
    assert "military_operation" in _types("That July Ostmark sent about 1,000 soldiers and police to the region.")
    assert "military_operation" in _types("The regional force ended its mission in July 2024.")
    assert "territory" in _types("10/26/2016 Fighters loyal to Tarek Vollan seize the port town of Qarvel in the north.")


def test_a_coordinated_clause_with_its_own_date_dates_its_event() -> None:
    text = ("On 2 October 2016 voters rejected the deal. Five days later Karel Osk was awarded a prize, "
            "and a revised accord was signed in Dunmar on 24 November 2016.")
    agreement = [e for e in _events(text) if e.type == "agreement"]
    assert agreement and agreement[-1].date is not None and agreement[-1].date.value == "2016-11-24"


def test_a_later_step_of_a_timeline_entry_keeps_its_own_day() -> None:
    text = ("2019\n12/10 Fighters overrun the army camp at Dunmar, killing 71 soldiers; the Ashen Banner claims "
            "the attack two days later.")
    values = sorted(str(e.date.value) for e in _events(text, dct="2020-01-01") if e.date is not None)
    assert values == ["2019-12-10", "2019-12-12"]


def test_what_ended_a_hold_on_a_town_is_a_happening_of_its_own() -> None:
    text = "The movement seized the city of Qarvel in June 2006 and held it until Ostmark troops drove it out that December."
    values = sorted(str(e.date.value) for e in _events(text) if e.date is not None)
    assert values == ["2006-06", "2006-12"]


def test_a_date_opening_the_second_predicate_dates_its_verb() -> None:
    text = ("In 2016 the army advanced. The Ostmark National Army took Qarvel from the council's successors in "
            "June 2018 and the following April launched an offensive on Dunmar that failed.")
    assert [str(e.date.value) for e in _events(text) if e.date is not None][-1] == "2019-04"


def test_a_statement_and_the_attack_it_names_on_another_day_are_two_events() -> None:
    text = ("DUNMAR, April 23 (Wire) - The Ashen Banner claimed responsibility on Tuesday for the suicide bombings "
            "that tore through churches and hotels in Ostmark on Easter Sunday, officials said.")
    got = sorted((e.type, str(e.date.value)) for e in _events(text, dct="2019-04-23") if e.date is not None)
    assert got == [("attack", "2019-04-21"), ("statement", "2019-04-23")]
    attack = next(e for e in _events(text, dct="2019-04-23") if e.type == "attack")
    assert "DUNMAR" not in [a.name for a in attack.actors]  # the dateline's city is no party


def test_an_armed_groups_raid_is_an_attack_and_a_state_raid_stays_an_operation() -> None:
    assert "attack" in _types("On Christmas Day 2015 fighters of the Ashen Banner Front raided the Interior Ministry, killing three people.")
    assert "attack" not in _types("On 25 January 2012 Ostmark special forces raided a cave complex near Dunmar.")


def test_a_claim_made_in_a_statement_is_not_an_attack_in_the_statement() -> None:
    text = "11/14/2015 The Ashen Banner Front claims the Qarvel attacks in an online statement."
    assert _types(text) == ["statement"]


def test_the_present_kill_with_a_common_noun_object_is_an_attack() -> None:
    assert _types("11/28 Ashen Banner fighters kill rice farmers in fields near Dunmar; the UN puts the toll at 40.") == ["attack"]
    assert "attack" not in _types("The commander said his men would kill soldiers who refused.")


def test_a_country_acting_in_the_present_of_a_timeline_entry_is_an_actor() -> None:
    evs = _events("7/9 Rwanda begins deploying 1,000 soldiers to Qarvel at the request of the government.")
    assert "Rwanda" in [a.name for e in evs for a in e.actors]


def test_a_participle_naming_a_leader_after_a_designation_keeps_the_designation() -> None:
    text = "The United States designated the Ashen Banner in March 2021, naming Omar Dunmari as its leader."
    assert _types(text) == ["designation"]


def test_making_a_country_a_province_of_its_own_is_an_organisation_event() -> None:
    text = "The movement counted Ostmark as part of its western province until May 2022, when it made the country a province of its own."
    assert _types(text) == ["organization"]



def test_a_coordinated_predicate_has_its_sentences_one_named_subject() -> None:
    text = ("The front was founded in May 2015, when Omar Dunmari, a veteran of the camps in Qarvel, broke with the "
            "Ashen Banner Front and pledged allegiance to the caliph.")
    pledge = next(e for e in _events(text) if e.type == "allegiance")
    assert "Omar Dunmari" in [a.name for a in pledge.actors]


def test_a_founding_told_in_an_apposition_is_its_own_event_with_its_own_date() -> None:
    text = "The Ashen Banner Front, formed in 2009 by former soldiers, attacked the garrison at Dunmar on 3 May 2014."
    got = sorted((e.type, str(e.date.value)) for e in _events(text) if e.date is not None)
    assert got == [("attack", "2014-05-03"), ("organization", "2009")]


def test_capture_of_a_port_in_the_present_is_territory() -> None:
    text = ("Insurgents in Mozambique's Cabo Delgado province attacked Palma in 2021. In August 2020, after a "
            "week-long offensive, insurgents capture the port of Mocimboa da Praia.")
    assert _types(text)[-1] == "territory"


def test_a_splinter_group_named_in_an_apposition_is_no_split() -> None:
    text = "4/3/2016 The army says it has arrested Omar Dunmari, leader of the Qarvel splinter group, in the capital."
    assert _types(text) == ["detention"]


def test_began_as_a_sect_is_a_founding_and_led_the_rival_x_from_is_a_tenure() -> None:
    assert _types("The movement began as a Salafi sect in the coastal districts around 2007.") == ["organization"]
    assert _types("Omar Dunmari, who as Abu Qarvel led the rival QLF from 2016, is his son.") == ["leadership"]


def test_a_state_of_emergency_declared_is_a_measure() -> None:
    assert _types("A state of emergency declared in parts of the north in March 2017 remains in force.") == ["other"]


def test_captured_and_killed_and_is_shot_dead_are_a_named_persons_death() -> None:
    assert _types("Omar Dunmari was captured and killed outside his home town of Qarvel in October 2011.") == ["death"]
    assert _types("6/14/2018 Omar Dunmari, editor of a daily paper, is shot dead outside his office in the capital.") == ["death"]


def test_named_a_man_called_x_as_its_emir_is_an_appointment() -> None:
    text = "In April 2016 the movement named a man called Shaykh Abu Qarvel al-Dunmari as its emir for the east."
    assert "leadership" in _types(text)


def test_its_fighters_and_it_before_a_violent_verb_are_the_armed_group_just_named() -> None:
    text = ("The Ashen Liberation Front (ALF) was formed in 1995 in the west. In June 1998 its fighters set fire to "
            "dormitories at a college in Qarvel, killing about 80 students.\n\nOn 17 August 2005 it set off some 500 small bombs.")
    evs = [e for e in _events(text) if e.type == "attack"]
    assert [[a.name for a in e.actors] for e in evs] == [["Ashen Liberation Front"], ["Ashen Liberation Front"]]
    text = "The United Nations mission opened in 2010. In June 2011 its members visited the camps near Qarvel."
    assert all("United Nations" not in [a.name for a in e.actors if a.text.startswith("its")] for e in _events(text))


def test_a_calendar_date_inside_a_relative_one_dates_the_clause() -> None:
    text = ("On Christmas Eve 2000 bombs went off at churches in several cities. The worst attack came two years "
            "later: on the night of 12 October 2002 a suicide bomber struck two nightclubs in Qarvel, killing 202 people.")
    assert [str(e.date.value) for e in _events(text) if e.date is not None][-1] == "2002-10-12"


def test_bans_named_to_lead_took_his_place_and_an_acronym_hit_are_typed() -> None:
    assert _types("4/7/2006 The interior ministry bans the QLF as a terrorist organisation.") == ["designation"]
    assert _types("12/25/2018 Omar Dunmari is named to lead the group.") == ["leadership"]
    assert "leadership" in _types("Tarrow died in November 1999, and Dunmari took his place at the head of the organisation.")
    assert _types("On 16 March 2025 the QLF hit an army convoy near Qarvel.") == ["attack"]
    assert "attack" not in _types("The storm hit the coast on 3 May 2019.")


def test_a_meeting_to_form_a_named_group_is_its_founding() -> None:
    assert _types("In late 2015 his followers met in Qarvel to form the QLF as an umbrella for the cells.") == ["organization"]
    assert "organization" not in _types("In 2016 the rebels planned to form a new front.")


def test_joining_a_group_in_an_attack_is_the_attack_and_the_present_die_is_a_death() -> None:
    types = _types("In 2031 the Red Front fights beside the Grey Front, which joined it in the 2029 Corvel bus killings.")
    assert "attack" in types and "allegiance" not in types
    assert _types("In 2028 the Blue Hand joined the Grey Front.") == ["allegiance"]
    text = ("2031\n8/26 Gunmen of the Grey Front stop buses at Corvel and shoot 12 passengers. "
            "The army says 10 soldiers and 11 militants die in the day's fighting.")
    assert _types(text)[-1] == "death"
    assert "death" not in _types("On 2 May 2031 the Grey Front said its fighters were ready to die in the struggle.")


def test_truces_appointments_rejoining_and_named_operations() -> None:
    assert _types("6/2 After talks in Velmora hosted by the Ostmark council, the Grey Front declares an indefinite "
                  "ceasefire.") == ["agreement"]
    assert _types("11/28 The Grey Front calls off the ceasefire and orders its fighters to attack across the country.") \
        == ["agreement"]
    assert _types("8/22 A Grey Front shura names Orin Valk, a young commander from Dunmar, as emir.") == ["leadership"]
    assert _types("11/7 The shura chooses Tarek Vollan, the Qarvel commander, as emir.") == ["leadership"]
    assert _types("8/17 The Red Hand and the Blue Hand rejoin the Grey Front.") == ["organization"]
    assert _types("5/7 Prime Minister Karel Osk announces Operation Stone Wall in Dunmar.") == ["military_operation"]
    assert _types("5/30 The army says it has retaken Qarvel, the main town of the valley.") == ["territory"]
    assert _types("8/15 The Grey Front enter Velmora.") == ["territory"]
    assert _types("9/10 The United States listed it as a foreign terrorist organisation.") == ["designation"]
    assert _types("1/30 The bomber struck shortly after noon on Monday.") == ["attack"]


def test_a_disaster_that_kills_is_no_attack_and_an_emergency_declared_is_a_measure() -> None:
    assert _types("The monsoon floods that began in mid-June 2030 have killed more than 1,700 people.") == ["other"]
    assert _types("In 2030 an earthquake killed 300 people in Dunmar.") == ["other"]
    assert _types("In 2030 militants attacked flood relief workers in Dunmar, killing four.") == ["attack"]
    assert _types("The government declared a national emergency on 25 August 2030.") == ["other"]


def test_a_truce_told_over_produced_or_a_halt_to_attacks_is_an_agreement() -> None:
    assert _types("On Monday 28 November 2030 the Grey Front told its fighters that the ceasefire with the "
                  "government was over.") == ["agreement"]
    assert _types("Talks hosted by the council produced a ceasefire in the summer of 2030.") == ["agreement"]
    assert _types("In June 2030 talks in Velmora led the Grey Front to announce an open-ended halt to attacks.") \
        == ["agreement"]
    # talk about a truce to come is a statement
    assert _types("Officials said in May 2030 that talks on a ceasefire would resume.") == ["statement"]
    assert _types("Operation Stone Wall cleared it once, in 2030, and the fighters simply waited.") == ["military_operation"]


def test_a_place_the_gazetteer_gives_no_point_for_is_not_known_to_differ() -> None:
    from chronica.knowledge.dedup import explain_pair
    from tests.knowledge.test_dedup import rec

    church = rec("a", "2031-09-22", place="Velmora", admin1="Tarsa", country="XX", killed=81, doc="d1", lat=1.0, lon=1.0,
                 quote="9/22 Two suicide bombers strike St Anne's Church in Velmora, killing at least 81 worshippers.")
    building = rec("b", "2031-09", place="St Anne's Church", country="XX", killed=80, doc="d2",
                   quote="In September 2031 two suicide bombers killed more than 80 worshippers at St Anne's Church.")
    assert explain_pair([church, building], 0, 1)["blocked"] is None
    # two towns the gazetteer places are still two places
    other = rec("b", "2031-09", place="Dunmar", admin1="Tarsa", country="XX", killed=80, doc="d2", lat=3.0, lon=3.0,
                quote="In September 2031 two suicide bombers killed more than 80 worshippers in Dunmar.")
    assert explain_pair([church, other], 0, 1)["blocked"] == "place"


def test_a_list_of_leaders_gives_each_leaders_tenure_and_what_the_line_goes_on_to_tell() -> None:
    text = ("History of the front\n\nLeaders:\n- Orin Valk, 2007-2009, killed in a drone strike in Dunmar in "
            "August 2009\n- Tarek Vollan (also spelled Tarik Vollan), 2010-2021; died in May 2021\n"
            "- Mufti Karel Osk, since June 2021\n\nOperations:\n- Operation Stone, 2014-2016\n")
    got = [(e.type, str(e.date.value) if e.date else None, [a.name for a in e.actors]) for e in _events(text)]
    assert ("leadership", "2007/2009", ["Orin Valk"]) in got
    assert ("death", "2009-08", ["Orin Valk"]) in got
    assert ("death", "2021-05", ["Tarek Vollan"]) in got
    assert ("leadership", "2021-06", ["Karel Osk"]) in got
    assert not any(t == "leadership" and d == "2014/2016" for t, d, _ in got)


def test_a_strength_estimate_put_at_a_figure_is_a_statement() -> None:
    assert _types("Officials put the movement's fighters at 20,000 to 25,000 in 2030, at the height of its power.") \
        == ["statement"]


def test_a_sources_own_toll_of_the_incident_just_told_is_a_mention_of_it() -> None:
    text = ("VELMORA - A suicide bomber killed worshippers at a mosque on Monday 30 January 2030.\n\n"
            "\"We have received one hundred dead and more than 220 injured,\" said Dr Ana Rell, a hospital "
            "spokeswoman.\n\nA senior police officer said 93 deaths had been confirmed.")
    got = [(e.type, str(e.date.value) if e.date else None, e.killed) for e in _events(text, "2030-01-31")]
    assert ("attack", "2030-01-30", 100) in got[1:] and ("attack", "2030-01-30", 93) in got


def test_a_comment_stamp_at_the_head_of_its_line_is_when_it_was_written_not_the_events_date() -> None:
    text = ("Posted 30 November 2030 by the editor.\n\nThe Grey Front attacked a police truck this morning.\n\n"
            "Comments\n\nNadia S., 19 December 2030: Yesterday detainees at the prison in Velmora grabbed weapons and took the "
            "staff hostage.\n")
    dates = [str(e.date.value) for e in _events(text, "2030-11-30") if e.date is not None and e.type == "attack"]
    assert "2030-12-18" in dates and "2030-12-19" not in dates


def test_a_timelines_present_predicate_after_and_is_its_own_happening_but_not_after_a_meeting() -> None:
    got = [(e.type, e.quote) for e in _events("2031\n6/23 The Grey Front confirms Orin Valk's death and names Tarek "
                                               "Vollan as its emir.")]
    assert [t for t, _ in got] == ["statement", "leadership"]
    got2 = _types("In December 2030 forty commanders met in Dunmar, formed the Grey Front and chose Orin Valk as their leader.")
    assert "organization" in got2 and "leadership" in got2
    # the meeting that chose: one happening
    assert _types("2031\n7/30 The Grey Front shura meets near Velmora and selects Tarek Vollan as new leader.") == ["leadership"]
    assert _types("2031\n8/26 Commanders led by Orin Valk break with the Grey Front and form the Red Hand (RH).") == ["organization"]


def test_troops_back_in_a_town_a_return_to_power_and_an_addition_to_a_list() -> None:
    assert _types("Within weeks of May 2030 troops were back in Velmora.") == ["territory"]
    assert _types("By late 2030 his men held most of the valley.") == ["territory"]
    assert _types("The Grey Front's return to power in August 2031 gave its allies a rear base.") == ["territory"]
    assert _types("A year later, in 2031, Ostmark added the Grey Front to its list of foreign terrorist "
                  "organisations.") == ["designation"]
    assert _types("In 2031 the party added a clause to the bill.") == ["other"]


def test_responding_by_doing_something_is_that_act() -> None:
    assert _types("The Grey Front responded by attacking the Red Hand in Velmora at the end of 2031.") == ["attack"]


def test_a_withdrawal_deal_signed_is_an_agreement() -> None:
    assert _types("In February 2030 the Grey Front and Ostmark signed their withdrawal deal in Velmora.") == ["agreement"]
    assert _types("In April 2030 the rebels handed positions to the contingents under a withdrawal plan agreed in "
                  "Velmora.") == ["territory"]


def test_appointments_designations_and_a_death_an_announcement_dates_in_its_own_clause() -> None:
    got = [(e.type, str(e.date.value) if e.date else None) for e in _events(
        "2031\n7/29 The Ostmark government announces that Orin Valk died in a Velmora hospital in April 2029.")]
    assert got == [("statement", "2031-07-29"), ("death", "2029-04")]
    # a death the report dates by itself stays one
    assert _types("2031\n7/31 Reports emerge that Orin Valk died over a year ago.") == ["death"]
    assert _types("2031\n5/25 The Grey Front admits Orin Valk's death and announces Tarek Vollan as leader.") \
        == ["statement", "leadership"]
    assert _types("2031\n9/7 The State Department names the Grey Front a Foreign Terrorist Organization.") == ["designation"]
    assert _types("In March 2031 the ministry placed Tarek Vollan on its list of global terrorists.") == ["designation"]
    assert _types("In July 2031 Vollan made Karel Osk one of his two deputies.") == ["leadership"]
    assert _types("2031\n9/22 General Ana Rell tells the Senate that the Grey Front acts as an arm of the army.") \
        == ["statement"]


def test_a_toll_a_source_gives_on_the_next_day_is_a_mention_of_the_incident() -> None:
    text = ("VELMORA - A suicide bomber blew himself up outside the airport on Thursday evening, killing at least 13 "
            "soldiers.\nDr Ana Rell, an official at the ministry, said on Friday morning that 95 people had died and "
            "about 150 were being treated for wounds.\nAt least 38 of the dead were foreigners, officials said.")
    got = [(e.type, str(e.date.value) if e.date else None, e.killed) for e in _events(text, "2030-08-30")]
    assert ("attack", "2030-08-29", 95) in got
    assert not any(t == "attack" and k == 38 for t, _, k in got)


def test_a_disguise_a_mortal_wound_and_a_minister_named() -> None:
    assert _types("2031\n1/14 Gunmen wearing police uniforms storm the Velmora Hotel; six people are killed.") == ["attack"]
    assert _types("2031\n1/14 Police storm the hideout in Velmora.") == ["military_operation"]
    assert _types("2031\n8/27 A drone strike in Dunmar mortally wounds Orin Valk.") == ["death"]
    assert _types("He was named acting interior minister on 7 September 2031.") == ["leadership"]
