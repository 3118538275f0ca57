"""Same-event rules added for issue 5: small records written for the tests (invented places and people)."""

from __future__ import annotations

from typing import Any

from chronica.knowledge.dedup import cluster_events, cluster_links, explain_pair
from chronica.knowledge.dedup_text import (
    counted_attacks,
    dated_campaign,
    dated_clause,
    dated_founding,
    dated_happening,
    dated_violence,
    reported_death,
    reported_types,
    targets,
)
from tests.knowledge.test_dedup import rec, together


def people(r: dict[str, Any], *names: str) -> dict[str, Any]:
    r["actors"] = r["actors"] + [{"name": p, "kind": "person", "role": None, "text": p} for p in names]
    return r


def test_a_name_one_passage_takes_for_an_actor_and_the_other_does_not_is_a_thing_both_name() -> None:
    records = [
        rec("a", "2019-03-07", place="Velmora", country="XX", killed=9, doc="d1",
            actors=("Pale Lantern",), quote="Two gunmen kill nine people at the offices of the weekly Pale Lantern in Velmora."),
        rec("b", "2019-03", country="XX", killed=9, doc="d2",
            quote="It came a month after the attack on the Pale Lantern newspaper, in which nine people died."),
    ]
    assert "same-thing-named" in explain_pair(records, 0, 1)["rules"]
    assert together(cluster_events(records), 0, 1)
    # a name both take for an actor is counted as a shared actor, not again as a thing
    both = [rec("a", "2019-03-07", place="Velmora", country="XX", doc="d1", actors=("Pale Lantern",),
                quote="Pale Lantern staff were threatened in Velmora."),
            rec("b", "2019-03-07", place="Velmora", country="XX", doc="d2", actors=("Pale Lantern",),
                quote="Pale Lantern offices were closed in Velmora.")]
    assert "same-thing-named" not in explain_pair(both, 0, 1).get("rules", [])


def test_one_persons_arrest_on_one_day_is_one_event_wherever_each_places_it() -> None:
    records = [
        people(rec("a", "2016-03-18", type_="detention", place="Orvane", country="XX", doc="d1",
                   quote="Police arrest Tamsin Okonkwo, the last suspect of the Orvane attacks, in a suburb."), "Tamsin Okonkwo"),
        people(rec("b", "2016-03-18", type_="detention", place="Belrun", country="YY", doc="d2",
                   quote="18 March 2016: Tamsin Okonkwo arrested in Belrun."), "Tamsin Okonkwo"),
    ]
    assert together(cluster_events(records), 0, 1)
    assert "same-person-detained" in explain_pair(records, 0, 1)["rules"]
    # another person, or the same person on another day, still keeps the two cities apart
    other = [records[0], people(rec("b", "2016-03-18", type_="detention", place="Belrun", country="YY", doc="d2",
                                    quote="18 March 2016: Idris Vane arrested in Belrun."), "Idris Vane")]
    assert explain_pair(other, 0, 1)["blocked"] == "place"
    later = [records[0], people(rec("b", "2016-03-19", type_="detention", place="Belrun", country="YY", doc="d2",
                                    quote="19 March 2016: Tamsin Okonkwo arrested in Belrun."), "Tamsin Okonkwo")]
    assert explain_pair(later, 0, 1)["blocked"] == "place"


def test_a_clause_keeps_apart_only_the_rest_of_its_sentence() -> None:
    text_a = "Police said that Oren Falk, the man who blew himself up at the Corlan Arena on Monday night"
    gap = ", was probably part of a network, as the threat level was raised to its highest. "
    text_b = "The bombing at the Corlan Arena, at the end of a concert, killed 22 people and injured 59."
    records = [
        rec("a", "2017-05-22", place="Corlan", country="XX", doc="d1", start=0, quote=text_a),
        rec("b", "2017-05-22", place="Corlan", country="XX", killed=22, wounded=59, doc="d1",
            start=len(text_a) + len(gap), quote=text_b),
    ]
    assert explain_pair(records, 0, 1)["blocked"] is None
    # the rest of the clause's own sentence is still kept apart from it
    rest = "and a second man who opened fire at the Corlan station."
    same = [records[0], rec("b", "2017-05-22", place="Corlan", country="XX", doc="d1", start=len(text_a) + 2, quote=rest)]
    assert explain_pair(same, 0, 1)["blocked"] == "same-passage"


def test_a_named_persons_death_during_a_raid_is_part_of_the_raid() -> None:
    raid = rec("a", "2019-10-27", type_="military_operation", place="Tarsel", admin1="Ondra", country="XX", doc="d1",
               actors=("Republic forces",), quote="Republic special forces raid a compound in Tarsel, in Ondra province.")
    death = people(rec("b", "2019-10-27", type_="death", place="Ondra", feature="admin1", admin1="Ondra", country="XX",
                       doc="d2", actors=("Republic forces",),
                       quote="Its leader Kael Marrow died on 27 October 2019 during a raid in the north."), "Kael Marrow")
    assert "died-in-the-operation" in explain_pair([raid, death], 0, 1)["rules"]
    # no operation named in the death's passage: no such evidence
    plain = dict(death, sources=[dict(death["sources"][0], quote="Its leader Kael Marrow died on 27 October 2019.")])
    assert "died-in-the-operation" not in explain_pair([raid, plain], 0, 1).get("rules", [])


def test_an_assault_that_overruns_a_town_and_the_taking_of_the_town_can_be_one_event() -> None:
    records = [
        rec("a", "2015-01-03", place="Mirrow", country="XX", killed=150, actors=("Dark Banner",), doc="d1",
            quote="3 January: Dark Banner overran Mirrow on the lake and the army base there, killing 150."),
        rec("b", "2015-01-03", type_="territory", place="Mirrow", country="XX", killed=150, actors=("Dark Banner",),
            doc="d2", quote="On 3 January Dark Banner fighters took Mirrow, a fishing town that hosted an army base; 150 died."),
    ]
    assert explain_pair(records, 0, 1)["blocked"] is None
    assert together(cluster_events(records), 0, 1)
    # another town is still another event
    other = [records[0], dict(records[1], location=dict(records[1]["location"], place="Sorrel"))]
    assert explain_pair(other, 0, 1)["blocked"] == "place"


def test_schoolgirls_and_pupils_name_a_school() -> None:
    assert targets("the group abducted 276 schoolgirls in April") == {"school"}
    assert targets("gunmen seized forty pupils") == {"school"}


def test_a_statement_dated_by_the_happening_its_clause_tells_is_that_happening() -> None:
    quote = "Officials blamed Red Reed, the insurgent group that lost control of Tavor in August 2011 but still bombs it."
    assert dated_happening(quote, "August 2011", "statement") == {"territory"}
    # the date belongs to another clause: nothing told
    assert dated_happening("Officials blamed Red Reed in August 2011, the group that lost control of Tavor.",
                           "August 2011", "statement") == frozenset()
    assert dated_happening(quote, "August 2011", "attack") == frozenset()
    records = [
        rec("a", "2011-08-06", type_="statement", place="Tavor", country="XX", actors=("Red Reed",), doc="d1",
            quote="Red Reed withdraws most of its fighters from Tavor, describing the move as tactical."),
        rec("b", "2011-08", type_="statement", place="Tavor", country="XX", actors=("Red Reed",), doc="d2", quote=quote),
    ]
    for r in records:
        r["sources"][0]["date_text"] = "August 2011" if r["id"] == "b" else "6 August"
    assert "same-town-changed-hands" in explain_pair(records, 0, 1)["rules"]
    assert together(cluster_events(records), 0, 1)


def test_the_clause_a_record_is_dated_from_gives_its_place() -> None:
    quote = ("The attack on Brenholt University College in Marrland followed in April 2015, and two years later "
             "a truck bomb in central Ostreva killed several hundred people.")
    assert "brenholt" in dated_clause(quote, "April 2015") and "ostreva" not in dated_clause(quote, "April 2015")
    records = [
        rec("a", "2015-04-02", place="Brenholt", country="MM", killed=148, doc="d1",
            quote="Gunmen attack Brenholt University College in northern Marrland."),
        rec("b", "2015-04", place="Ostreva", country="OO", doc="d2", quote=quote),
    ]
    records[1]["sources"][0]["date_text"] = "April 2015"
    assert explain_pair(records, 0, 1)["blocked"] is None
    assert "same-place" in explain_pair(records, 0, 1)["rules"]
    # without the date's clause (no date text) the two towns still conflict
    records[1]["sources"][0]["date_text"] = None
    assert explain_pair(records, 0, 1)["blocked"] == "place"


def test_a_statement_naming_an_attack_in_its_dated_clause_is_that_attacks_mention() -> None:
    quote = "carried out its most widely reported attacks abroad, including the Tarrow bombings of July 2010."
    assert dated_violence(quote, "July 2010", "statement")
    assert not dated_violence("The group claimed the Tarrow bombings of July 2010.", "July 2010", "statement")
    assert not dated_violence(quote, "July 2010", "attack")


def test_a_record_placed_in_its_own_actors_country_may_tell_an_operation_abroad() -> None:
    records = [
        rec("a", "2031-03-14", type_="military_operation", place="northern Peru", feature="region", country="PE",
            actors=("Chile",), doc="d1", quote="Chilean troops cross into northern Peru under Operation Silver Heron."),
        rec("b", "2031-03", type_="military_operation", country="CL", actors=("Chile",), doc="d2",
            quote="Chile first sent troops across the border in March 2031 under Operation Silver Heron."),
    ]
    why = explain_pair(records, 0, 1)
    assert "placed-at-its-actor" in why["rules"] and why["linked"]
    # an actor of no country of its own: the countries still differ
    other = [records[0], dict(records[1], actors=[{"name": "Andean Front", "kind": "org", "role": None, "text": "x"}])]
    assert "countries-differ" in explain_pair(other, 0, 1)["rules"]


def test_a_death_placed_where_it_was_told_joins_the_strike_that_killed_the_person() -> None:
    strike = people(rec("a", "2030-06-02", type_="military_operation", place="Tarsel", feature="village", country="XX",
                        doc="d1", quote="An air strike on Tarsel kills commander Kael Marrow and several others."),
                    "Kael Marrow")
    death = people(rec("b", "2030-06-02", type_="death", place="Velmora", country="XX", doc="d2",
                       quote="its commander, Kael Marrow, was killed in an air strike on 2 June 2030."), "Kael Marrow")
    assert explain_pair([strike, death], 0, 1)["blocked"] is None
    # a death whose passage names the other city, or the death of someone else, is still elsewhere
    named = dict(death, sources=[dict(death["sources"][0], quote="Kael Marrow was killed in Velmora on 2 June 2030.")])
    assert explain_pair([strike, named], 0, 1)["blocked"] == "place"
    other = people(dict(death, actors=[]), "Idris Vane")
    assert explain_pair([strike, other], 0, 1)["blocked"] == "place"


def test_a_statement_naming_the_months_attack_joins_the_only_attack_of_that_city_and_month() -> None:
    records = [
        rec("a", "2010-07-11", place="Tarrow", country="XX", killed=70, doc="d1",
            quote="Two bomb blasts hit crowds watching the cup final in Tarrow, at a club and a restaurant."),
        rec("b", "2010-07-11", place="Tarrow", country="XX", killed=74, doc="d2",
            quote="11 July 2010: twin bombings in Tarrow during the cup final; 74 killed."),
        rec("c", "2010-07", type_="statement", place="Ostreva", country="YY", doc="d3",
            quote="carried out its most widely known operations abroad, including the Tarrow bombings of July 2010 "
                  "and the long siege of a shopping arcade in Ostreva in 2013."),
    ]
    records[2]["sources"][0]["date_text"] = "July 2010"
    clusters, made = cluster_links(records)
    assert clusters == [[0, 1, 2]]
    assert any("only-candidate-at-place-in-month" in lk.rules for lk in made[0])
    # two attacks of that city and month: which one it names is unknown
    third = rec("d", "2010-07-25", place="Tarrow", country="XX", killed=9, doc="d4",
                quote="A grenade thrown into a bus station in Tarrow kills nine.")
    assert not together(cluster_events([*records, third]), 0, 2)


def test_a_death_record_confirming_the_death_is_the_confirmation() -> None:
    assert reported_death("The ministry confirmed his death on 5 March.", "5 March", "death") == {"statement"}
    assert reported_death("He was killed on 1 March; the ministry confirmed his death later.", "1 March",
                          "death") == frozenset()
    assert reported_death("The ministry confirmed his death on 5 March.", "5 March", "attack") == frozenset()
    records = [
        rec("a", "2033-03-05", type_="statement", actors=("Ministry of Defence",), doc="d1",
            quote="The Ministry of Defence confirms Orlan Teck's death."),
        rec("b", "2033-03-05", type_="death", place="Velmora", admin1="Velmora", feature="admin1", country="XX",
            actors=("Ministry of Defence",), doc="d2", quote="The Ministry of Defence confirmed his death on 5 March."),
    ]
    records[1]["sources"][0]["date_text"] = "5 March"
    assert explain_pair(records, 0, 1)["linked"]


def test_a_persons_death_joins_the_strike_whose_sentence_tells_it() -> None:
    strike_text = "Republic forces conducted a precision strike in Ondra province,"
    death_text = "resulting in the death of six, including Kael Marrow, a former commander."
    records = [
        people(rec("a", "2030-02-09", type_="death", place="Tarsel", feature="admin2", admin1="Ondra", country="XX",
                   killed=4, doc="d1", quote="Kael Marrow, presumed commander, killed in Ondra during an operation."),
               "Kael Marrow"),
        rec("b", "2030-02-09", type_="military_operation", place="Ondra", feature="admin1", admin1="Ondra",
            country="XX", killed=6, actors=("Republic",), doc="d2", start=0, quote=strike_text),
        people(rec("c", "2030-02-09", type_="death", place="Ondra", feature="admin1", admin1="Ondra", country="XX",
                   killed=6, doc="d2", start=len(strike_text) + 1, quote=death_text), "Kael Marrow"),
    ]
    assert "death-told-in-its-sentence" in explain_pair(records, 0, 1)["rules"]
    assert cluster_events(records) == [[0, 1, 2]]
    # the strike's own sentence tells no death of that person: no such evidence
    alone = records[:2]
    assert "death-told-in-its-sentence" not in explain_pair(alone, 0, 1).get("rules", [])


def test_a_meeting_that_tells_no_meeting_is_read_for_what_it_tells() -> None:
    quote = ("In early March 2031, Red Reed fighters took Orvane, a river port that hosted the headquarters of the "
             "task force.")
    assert reported_types(quote, "meeting") == {"territory"}
    assert reported_types("Envoys met in Orvane, the town the rebels took in March.", "meeting") == frozenset()
    records = [
        rec("a", "2031-03-02", type_="territory", place="Orvane", feature="village", country="XX", actors=("Red Reed",),
            doc="d1", quote="2 March: Red Reed overran Orvane on the river and the task force headquarters there."),
        rec("b", "2031-03", type_="meeting", actors=("Red Reed",), doc="d2", quote=quote),
    ]
    why = explain_pair(records, 0, 1)
    assert why["blocked"] is None and "names-the-others-town" in why["rules"] and why["linked"]
    # without the town in its passage, a placeless record gets no place evidence
    other = dict(records[1], sources=[dict(records[1]["sources"][0], quote=quote.replace("Orvane", "the port"))])
    assert "names-the-others-town" not in explain_pair([records[0], other], 0, 1).get("rules", [])


def test_one_pledger_and_one_leader_in_one_month_is_one_pledge() -> None:
    first = "Orin Valk A former commander of the Grey Front, Valk first pledged allegiance to Red Banner in May 2032."
    records = [
        rec("a", "2032-05", type_="allegiance", actors=("Grey Front", "Red Banner"), doc="d1", start=0, quote=first),
        rec("b", "2032-05", type_="allegiance", actors=("Grey Front", "Red Banner"), doc="d1", start=len(first) + 300,
            quote="a pledge of allegiance made by six former senior Grey Front members to the Red Banner leader."),
    ]
    why = explain_pair(records, 0, 1)
    assert "same-pledge" in why["rules"] and why["linked"]
    # the pledger only, not the leader too: no such evidence
    one = [records[0], dict(records[1], actors=[{"name": "Grey Front", "kind": "org", "role": None, "text": "x"}])]
    assert "same-pledge" not in explain_pair(one, 0, 1).get("rules", [])


# -- issue 5, third round: foundings, arrests told twice, counted attacks, place spellings ------------


def dated(r: dict[str, Any], date_text: str) -> dict[str, Any]:
    r["sources"][0]["date_text"] = date_text
    return r


def test_two_tellings_of_one_founding_by_one_transliterated_name_are_one_founding() -> None:
    records = [
        dated(rec("a", "2015-01-26", type_="organization", place="Tavrasan", feature="region", doc="d1",
                  actors=("Crescent State",), quote="1/26 In an audio address, the Crescent State spokesman announces "
                                                     "the group's expansion to Tavrasan."), "1/26"),
        dated(rec("b", "2015-01", type_="organization", doc="d2", actors=("Crescent State",),
                  quote="The Crescent State formally announced the formation of its 'Tovrasan' province in January 2015"),
              "January 2015"),
    ]
    assert "same-founding" in explain_pair(records, 0, 1)["rules"]
    assert together(cluster_events(records), 0, 1)
    # the founding of a province by another name in that month is another founding
    other = [records[0], dated(rec("b", "2015-01", type_="organization", doc="d2", actors=("Crescent State",),
                                   quote="The Crescent State formally announced the formation of its 'Meldor' province "
                                         "in January 2015"), "January 2015")]
    assert not together(cluster_events(other), 0, 1)


def test_the_days_a_founding_is_declared_and_announced_on_within_a_month_do_not_keep_it_apart() -> None:
    declared = rec("a", "2015-01-15", type_="organization", doc="d1", actors=("Crescent State",),
                   quote="1/15 The Crescent State declares a wilayat in Tavrasan")
    announced = rec("b", "2015-01-26", type_="organization", doc="d2", actors=("Crescent State",),
                    quote="On 26 January the Crescent State announced its expansion to Tovrasan.")
    assert explain_pair([declared, announced], 0, 1)["blocked"] is None
    assert together(cluster_events([declared, announced]), 0, 1)
    elsewhere = rec("b", "2015-01-26", type_="organization", doc="d2", actors=("Crescent State",),
                    quote="On 26 January the Crescent State announced its expansion to Meldor.")
    assert explain_pair([declared, elsewhere], 0, 1)["blocked"] == "date"
    # a timeline line opens a sentence of its own even when the line before ends without a full stop
    first = rec("a", "2015-01-15", type_="statement", doc="d1", start=0, quote="1/15 Talks open in Velmora")
    second = rec("b", "2015-01-15", type_="statement", doc="d1", start=80, quote="1/15 The envoy leaves Velmora.")
    assert explain_pair([first, second], 0, 1).get("blocked") != "same-passage"


def test_a_record_dated_since_its_inception_is_that_founding() -> None:
    assert dated_founding("The Ashen Banner has killed thousands since its inception in 2015.", "2015")
    assert dated_founding("Founded in 2015 by former rebels, the front ...", "2015")
    assert not dated_founding("The Ashen Banner has killed thousands in 2015.", "2015")
    first = "One of the deadliest branches, the Ashen Banner-Tavrasan has killed thousands since its inception in 2015."
    records = [
        dated(rec("a", "2015", type_="attack", country="XX", doc="d1", start=0,
                  actors=("Ashen Banner", "Ashen Banner Tavrasan Province"), quote=first), "2015"),
        dated(rec("b", "2015", type_="organization", doc="d1", start=len(first) + 150,
                  actors=("Ashen Banner Tavrasan Province", "Red Valley Movement"),
                  quote="Formed in 2015 by members of the Red Valley Movement who pledged allegiance to the Ashen "
                        "Banner, the Ashen Banner-Tavrasan aspires to hold territory."), "2015"),
    ]
    why = explain_pair(records, 0, 1)
    assert why["linked"] and "same-founding" in why["rules"]
    assert together(cluster_events(records), 0, 1)
    # without the founding in its dated clause the attack is no founding
    plain = [dated(rec("a", "2015", type_="attack", country="XX", doc="d1", start=0,
                       actors=("Ashen Banner",), quote="The Ashen Banner killed thousands in 2015."), "2015"),
             records[1]]
    assert explain_pair(plain, 0, 1)["blocked"] == "type"


def test_one_arrest_told_in_two_sentences_of_a_passage_is_one_arrest() -> None:
    first = "Captured by Norland security forces in April 2020, Vell was later freed in a prison break."
    records = [
        dated(rec("a", "2020-04", type_="detention", place="Orvane", admin1="Orvane", feature="admin1", country="NL",
                  doc="d1", start=0, actors=("Norland", "Ashen Banner"), quote="Captured by Norland security forces in April 2020"),
              "April 2020"),
        dated(rec("b", "2020-04-04", type_="detention", country="NL", doc="d1", start=len(first) + 40,
                  actors=("Norland", "Ashen Banner"),
                  quote="The head of the Ashen Banner was arrested along with 19 other militants, Norland officials said "
                        "04 April 2020."), "04 April 2020"),
    ]
    why = explain_pair(records, 0, 1)
    assert why["linked"] and "one-arrest-told-twice" in why["rules"]
    # a passage that says it tells another arrest is kept apart
    other = [records[0], dated(rec("b", "2020-04-04", type_="detention", country="NL", doc="d1", start=len(first) + 40,
                                   actors=("Norland", "Ashen Banner"),
                                   quote="In another arrest, a courier of the Ashen Banner was detained, Norland "
                                         "officials said 04 April 2020."), "04 April 2020")]
    assert not explain_pair(other, 0, 1)["linked"]
    # two documents: no passage to share
    apart = [records[0], dict(records[1], sources=[dict(records[1]["sources"][0], doc="d2.txt", doc_id="d2")])]
    assert "one-arrest-told-twice" not in explain_pair(apart, 0, 1).get("rules", [])


def test_the_same_number_of_attacks_on_one_day_and_the_only_placed_one_of_that_day() -> None:
    assert counted_attacks("The two terrorist bombings in Qarvel") == {(2, "bomb")}
    assert counted_attacks("twin blasts hit the square") == {(2, "bomb")}
    assert counted_attacks("three suicide attacks") == {(3, "attack")}
    placed = rec("a", "2024-01-03", place="Qarvel", admin1="Qarvel", country="XX", doc="d1", start=0, actors=("Ashen Banner",),
                 quote="The two terrorist bombings in Qarvel on 03 January 2024, which were claimed by the Ashen Banner "
                       "and targeted crowds at a commemoration")
    unplaced = rec("b", "2024-01-03", country="XX", killed=95, doc="d1", start=9000,
                   quote="On 03 January 2024 twin bombings martyred at least 95 [initially reported as 103] people.")
    links = cluster_links([placed, unplaced])[1]
    assert together(cluster_events([placed, unplaced]), 0, 1)
    assert any("only-candidate-on-day-in-country" in lk.rules for lks in links.values() for lk in lks)
    # at one place the same count identifies the event directly
    here = dict(unplaced, location=placed["location"])
    assert "same-number-of-attacks" in explain_pair([placed, here], 0, 1)["rules"]
    # two placed candidates of that day: the only-candidate rule does not choose between them
    second = rec("c", "2024-01-03", place="Dunmar", admin1="Dunmar", country="XX", doc="d2",
                 quote="Twin bombings struck a market in Dunmar on 3 January.")
    links = cluster_links([placed, unplaced, second])[1]
    assert not any("only-candidate-on-day-in-country" in lk.rules for lks in links.values() for lk in lks)
    # another count is another event
    three = dict(unplaced, sources=[dict(unplaced["sources"][0], quote="On 03 January 2024 three bombings killed 95.")])
    assert not together(cluster_events([placed, three]), 0, 1)


def test_a_place_spelled_two_ways_or_named_as_a_province_is_one_place() -> None:
    strike = rec("a", "2008-05-01", type_="military_operation", place="Dhaarreebto", feature="village", country="XX",
                 lat=5.5, lon=46.4, doc="d1", actors=("Republic forces",), quote="A strike on Dhaarreebto kills Oren Falk.")
    death = people(rec("b", "2008-05-01", type_="death", place="Dharebto", feature="village", doc="d2",
                       quote="Oren Falk: killed in a strike at Dharebto on 1 May 2008."), "Oren Falk")
    assert explain_pair([strike, death], 0, 1)["blocked"] is None
    # two places the gazetteer found far apart are two places, however alike the names
    far = dict(death, location=dict(death["location"], lat=9.5, lon=40.1, country="XX"))
    assert explain_pair([strike, far], 0, 1)["blocked"] == "place"
    town = rec("a", "2022-03-05", place="Olsk", admin1="East Tarvun", country="XX", killed=60, doc="d1",
               quote="Olsk, East Tarvun Province: an attack on a mosque kills more than 60.")
    province = rec("b", "2022-03-04", place="Tarvun Province", feature="village", country="XX", killed=56, doc="d1",
                   start=500, quote="4 March 2022, a suicide bombing at a mosque in Tarvun Province killed over 56.")
    assert explain_pair([town, province], 0, 1)["blocked"] is None
    assert together(cluster_events([town, province]), 0, 1)
    other = dict(province, location=dict(province["location"], place="Moravi Province"))
    assert explain_pair([town, other], 0, 1)["blocked"] == "place"


def test_a_record_dated_by_a_campaigns_start_joins_the_one_operation_of_that_state_that_month() -> None:
    # invented events; the states are real, as the countries an actor belongs to come from the gazetteer
    assert dated_campaign("where Norwegian troops have fought the group since October 2011 and now serve", "October 2011")
    assert not dated_campaign("the group has grown since October 2011", "October 2011")
    launch = rec("a", "2011-10-16", type_="military_operation", place="southern Vessia", feature="region", country="VS",
                 doc="d1", actors=("Norway",), quote="Norwegian forces cross into southern Vessia under Operation Tide.")
    since = dated(rec("b", "2011-10", type_="statement", country="VS", doc="d2", actors=("Norwegian troops", "Ashen Banner"),
                      quote="The group said the attack was revenge for the deployment in Vessia, where Norwegian troops "
                            "have fought the group since October 2011."), "October 2011")
    clusters, links = cluster_links([launch, since])
    assert together(clusters, 0, 1)
    assert any("only-operation-of-the-campaign-start" in lk.rules for lks in links.values() for lk in lks)
    # two operations of that state in that month: no choosing between them
    other = rec("c", "2011-10-20", type_="military_operation", place="Port Amal", country="VS", doc="d3",
                actors=("Norway",), quote="Norwegian jets strike a training camp near Port Amal.")
    clusters = cluster_links([launch, since, other])[0]
    assert not together(clusters, 0, 1) and not together(clusters, 1, 2)
    # another state's operation is not that campaign
    assert not together(cluster_events([dict(launch, actors=[{"name": "Finland", "kind": "state", "role": None,
                                                                "text": "Finland"}]), since]), 0, 1)


def test_a_pledge_is_not_a_founding_told_only_by_its_year() -> None:
    pledge = rec("a", "2015-03-30", type_="allegiance", doc="d1", actors=("Red Valley Movement", "Ashen Banner"),
                 quote="3/30 The Red Valley Movement, in a statement, says it is pledging allegiance to the Ashen Banner.")
    founding = rec("b", "2015", type_="organization", doc="d2",
                   actors=("Ashen Banner Tavrasan Province", "Red Valley Movement", "Ashen Banner"),
                   quote="Formed in 2015 by members of groups, including the Red Valley Movement, who pledged allegiance "
                         "to the Ashen Banner")
    why = explain_pair([pledge, founding], 0, 1)
    assert not why["linked"] and why["reason"] == "a pledge and a founding told by its year"


def test_two_attacks_on_one_day_in_a_village_few_records_name_are_one() -> None:
    a = rec("a", "2016-01-30", place="Kelbori", admin1="Orvane", country="XX", killed=86, doc="d1",
            quote="Fighters attacked the village of Kelbori, shooting residents and setting homes on fire")
    b = rec("b", "2016-01-30", place="Kelbori", admin1="Orvane", country="XX", killed=65, doc="d2",
            actors=("Ashen Banner",), quote="Ashen Banner fighters raided Kelbori, killing at least 65, officials said")
    elsewhere = [rec(f"o{k}", f"2016-02-{k + 1:02d}", place=f"Town{k}", country="XX", doc=f"o{k}",
                     quote=f"Incident number {k} near the market.") for k in range(20)]
    why = explain_pair([a, b, *elsewhere], 0, 1)
    assert "same-day-at-a-rare-place" in why["rules"] and why["linked"]
    # a town many records are placed at says less, and in a handful of records every town is rare
    crowd = [rec(f"c{k}", f"2016-01-{k + 1:02d}", place="Kelbori", admin1="Orvane", country="XX", doc=f"e{k}",
                 quote=f"Incident number {k} near the market.") for k in range(4)]
    assert "same-day-at-a-rare-place" not in explain_pair([a, b, *crowd, *elsewhere], 0, 1).get("rules", [])
    assert "same-day-at-a-rare-place" not in explain_pair([a, b], 0, 1).get("rules", [])


def test_a_year_level_attack_joins_the_one_attack_of_its_city_and_year_told_in_its_own_document_on_one_target() -> None:
    year = rec("a", "2020", place="Orvane", admin1="Tarvun", country="XX", doc="d1", start=0,
               quote="Within months, the group staged an assault on the central prison in Orvane.")
    day = rec("b", "2020-08-02", place="Orvane", admin1="Tarvun", country="XX", killed=29, doc="d1", start=5000,
              quote="2 August 2020: gunmen storm the Orvane jail, killing 29 and freeing hundreds.")
    assert not explain_pair([year, day], 0, 1)["linked"]
    clusters, links = cluster_links([year, day])
    assert together(clusters, 0, 1)
    assert any("only-candidate-at-place-in-month" in lk.rules for lks in links.values() for lk in lks)
    # in its own document without a shared target it stays apart (a document's own chronology)
    market = dict(year, sources=[dict(year["sources"][0], quote="Within months, the group staged an assault in Orvane.")])
    assert not together(cluster_events([market, day]), 0, 1)


def test_an_event_told_by_three_records_keeps_the_actors_two_of_them_name() -> None:
    from chronica.knowledge.dedup import merge_cluster

    def rec(i: int, names: list[str]) -> dict:  # type: ignore[type-arg]
        return {"id": f"e{i}", "date": "2015-01-26", "earliest": "2015-01-26", "latest": "2015-01-26",
                "precision": "day", "type": "organization", "relevant": True, "killed": None, "wounded": None,
                "location": None, "actors": [{"name": n, "kind": "org"} for n in names],
                "sources": [{"doc": f"d{i}.txt", "doc_id": f"d{i}", "start": 0, "end": 10, "quote": "q"}]}

    merged = merge_cluster([rec(1, ["Crescent Province", "Amir Tal"]), rec(2, ["Crescent Province"]),
                            rec(3, ["Crescent Province", "Valley Front"])])
    assert [a["name"] for a in merged["actors"]] == ["Crescent Province"]
    assert [s["actors"] for s in merged["sources"]] == [["Crescent Province", "Amir Tal"], ["Crescent Province"],
                                                        ["Crescent Province", "Valley Front"]]
    two = merge_cluster([rec(1, ["Crescent Province", "Amir Tal"]), rec(2, ["Valley Front"])])
    assert [a["name"] for a in two["actors"]] == ["Crescent Province", "Amir Tal", "Valley Front"]


def test_a_year_level_mention_waits_for_the_month_level_one_to_join_the_days_event() -> None:
    # the year-level mention comes first: its candidates are one event only once the month-level one joined
    records = [
        rec("y", "2010", place="Tarrow", country="XX", doc="d3",
            quote="The same thing happened with the Tarrow bombing in 2010, where the figure kept rising for weeks."),
        rec("a", "2010-07-11", place="Tarrow", country="XX", killed=70, doc="d1",
            quote="Two bomb blasts hit crowds watching the cup final in Tarrow, at a club and a restaurant."),
        rec("b", "2010-07-11", place="Tarrow", country="XX", killed=74, doc="d2",
            quote="11 July 2010: twin bombings in Tarrow during the cup final; 74 killed."),
        rec("m", "2010-07", place="Tarrow", country="XX", doc="d4",
            quote="A year on, in July 2010, a lorry bomb in central Tarrow killed several hundred people."),
    ]
    clusters, made = cluster_links(records)
    assert clusters == [[0, 1, 2, 3]], clusters


def test_a_place_told_with_its_kind_and_without_is_one_place() -> None:
    records = [
        rec("a", "2021-05-19", place="Varlo Forest", admin1="Ostmark", country="XX", killed=1, doc="d1",
            actors=("Ashen Banner",), quote="Rival fighters corner the commander in the Varlo Forest, where he blows himself up."),
        rec("b", "2021-05", place="Varlo", country="XX", killed=1, doc="d2", actors=("Ashen Banner",),
            quote="When the rival faction cornered him in the Varlo forest in May 2021, he blew himself up."),
    ]
    assert explain_pair(records, 0, 1)["blocked"] is None


def test_a_passage_telling_only_a_toll_is_a_figure_of_the_attack_beside_it() -> None:
    attack = rec("a", "2015-01", place="Dunmar", country="XX", doc="d1", start=0, actors=("Ashen Banner",),
                 quote="The group's most lethal single assault came in early January 2015 at Dunmar, on the lake.")
    high = rec("b", "2015-01", place="Dunmar", country="XX", killed=2000, doc="d1", start=90, actors=("Ashen Banner",),
               quote="A rights group said as many as 2,000 people may have died")
    low = rec("c", "2015-01", place="Dunmar", country="XX", killed=150, doc="d1", start=150, actors=("Ashen Banner",),
              quote="the government put the toll at about 150")
    assert together(cluster_events([attack, high, low]), 0, 1, 2)
    # two attacks told in one passage stay two
    other = rec("d", "2015-01", place="Dunmar", country="XX", killed=20, doc="d1", start=90, actors=("Ashen Banner",),
                quote="A second raid on the market killed 20 people")
    assert not together(cluster_events([attack, other]), 0, 1)


def test_a_pledge_and_its_acceptance_are_two_steps() -> None:
    pledge = rec("a", "2015-03-07", type_="allegiance", doc="d1", actors=("Ashen Banner",),
                 quote="3/7 The Ashen Banner's leader pledges allegiance to the caliph in an audio message.")
    accepted = rec("b", "2015-03-12", type_="allegiance", doc="d1", start=300, actors=("Ashen Banner",),
                   quote="3/12 The caliph's spokesman accepts the pledge and declares a new province.")
    told = rec("c", "2015-03", type_="allegiance", doc="d2", actors=("Ashen Banner",),
               quote="In March 2015 the Ashen Banner pledged allegiance to the caliph.")
    assert "pledge-and-acceptance" in explain_pair([pledge, accepted, told], 1, 2)["rules"]


def test_a_year_level_territory_record_is_not_the_only_candidate_of_its_city() -> None:
    withdrawal = rec("a", "2011-08", type_="territory", place="Tarrow", country="XX", doc="d1",
                     actors=("Ashen Banner",), quote="In August 2011 the Ashen Banner pulled most of its fighters out of Tarrow.")
    famine = rec("b", "2011", type_="territory", place="Tarrow", country="XX", doc="d2", start=400,
                 quote="A severe famine that year in areas under their control damaged their standing.")
    assert not together(cluster_events([withdrawal, famine]), 0, 1)


def _person(r: dict[str, Any], *names: str) -> dict[str, Any]:
    r["actors"] = [*r["actors"], *({"name": n, "kind": "person", "role": None, "text": n} for n in names)]
    return r


def test_one_persons_takeover_told_by_year_in_two_places_is_one_appointment() -> None:
    a = _person(rec("a", "2010", type_="leadership", place="Dunmar", admin1="North", country="XX", doc="d1",
                    quote="Omar Tarrow, his deputy, took over the following year."), "Omar Tarrow")
    b = _person(rec("b", "2010", type_="leadership", place="Qarvel", admin1="South", country="XX", doc="d2",
                    quote="Tarrow resurfaced in a video in mid-2010 as the new leader."), "Omar Tarrow")
    assert together(cluster_events([a, b]), 0, 1)


def test_a_town_stormed_and_a_town_entered_on_one_day_are_one_assault() -> None:
    a = rec("a", "2021-03-24", place="Dunmar", admin1="North", country="XX", doc="d1", actors=("Ashen Banner",),
            quote="3/24 Insurgents storm Dunmar, the town closest to the gas site, in a raid that lasts days")
    b = rec("b", "2021-03-24", type_="territory", place="Dunmar", admin1="North", country="XX", doc="d2",
            quote="On the afternoon of 24 March, fighters entered Dunmar from three sides.")
    assert "town-stormed-and-entered" in explain_pair([a, b], 0, 1)["rules"]
    assert together(cluster_events([a, b]), 0, 1)


def test_one_state_sending_a_force_of_one_size_in_one_month_is_one_deployment() -> None:
    a = rec("a", "2021-07-09", type_="military_operation", place="Dunmar", admin1="North", country="XX", doc="d1",
            actors=("Ostmark",), quote="7/9 Ostmark begins deploying 1,000 soldiers and police to Dunmar at the request of the government.")
    b = rec("b", "2021-07", type_="military_operation", country="XX", feature="country", doc="d2", actors=("Ostmark",),
            quote="That July Ostmark sent about 1,000 soldiers and police, and a regional standby force began to arrive.")
    assert "same-force-size" in explain_pair([a, b], 0, 1)["rules"]
    assert together(cluster_events([a, b]), 0, 1)
    c = rec("c", "2021-07", type_="military_operation", country="XX", feature="country", doc="d3", actors=("Ostmark",),
            quote="That July Ostmark sent 300 more soldiers to the south.")
    assert "same-force-size" not in explain_pair([a, c], 0, 1)["rules"]


def test_actors_are_compared_by_their_resolved_entity() -> None:
    from chronica.knowledge.build import with_entity_names

    r = rec("a", "2015-05", type_="allegiance", doc="d2", actors=("Adnane Abou Walid",))
    out = with_entity_names([r], {("d2", "Adnane Abou Walid"): "person:adnan"}, {"person:adnan": "Adnan Abu Walid"})
    assert [a["name"] for a in out[0]["actors"]] == ["Adnan Abu Walid"]
    assert r["actors"][0]["name"] == "Adnane Abou Walid"  # the record itself is not changed


def test_two_passages_that_each_name_both_towns_do_not_conflict_on_place() -> None:
    a = rec("a", "2022-02-02", place="Dunmar", admin1="North", country="XX", doc="d1", actors=("Ashen Banner",),
            quote="2/2 Ashen Banner fighters attack two army camps, at Dunmar and at Qarvel, on the same night.")
    b = rec("b", "2022-02", place="Qarvel", admin1="North", country="XX", doc="d2", actors=("Ashen Banner",),
            quote="In February 2022 Ashen Banner fighters stormed army camps at Dunmar and Qarvel on the same night.")
    assert "same-place" in explain_pair([a, b], 0, 1)["rules"]


# -- issue 5, 2026-12-04: a pledge by the month and by the year; a founding naming the group alone -----


def test_one_persons_pledge_told_by_the_month_and_by_the_year_is_one_pledge() -> None:
    by_month = people(rec("a", "2031-07", type_="allegiance", actors=("Red Banner",), doc="d1",
                          quote="In July 2031 Orin Valk swore allegiance to the Red Banner from his cell."), "Orin Valk")
    by_year = people(rec("b", "2031", type_="allegiance", actors=("Red Banner", "Grey Front"), doc="d2",
                         quote="Orin Valk, the Grey Front elder who had sworn loyalty to the Red Banner in 2031, "
                               "stayed out."), "Orin Valk")
    why = explain_pair([by_month, by_year], 0, 1)
    assert "same-person-pledged" in why["rules"] and why["linked"]
    # another person's pledge to that group in that year is another pledge
    other = people(rec("b", "2031", type_="allegiance", actors=("Red Banner",), doc="d2",
                       quote="Idris Vane, who had sworn loyalty to the Red Banner in 2031, stayed out."), "Idris Vane")
    assert not explain_pair([by_month, other], 0, 1).get("linked")
    # the same person with no group shared: nothing to say it is one pledge
    alone = people(rec("b", "2031", type_="allegiance", actors=("Blue Hand",), doc="d2",
                       quote="Orin Valk, who had sworn loyalty to the Blue Hand in 2031, stayed out."), "Orin Valk")
    assert "same-person-pledged" not in explain_pair([by_month, alone], 0, 1).get("rules", [])
    # one person named as the leader two pledges were made to is not one pledger
    to_him = people(rec("a", "2031-07", type_="allegiance", actors=("Red Banner",), doc="d1",
                        quote="7/19 Idris Vane has sworn allegiance to Red Banner leader Orin Valk."), "Orin Valk", "Idris Vane")
    all_to_him = people(rec("b", "2031", type_="allegiance", actors=("Red Banner", "Grey Front"), doc="d2",
                            quote="Until 2031 the Grey Front and three other groups acted apart, despite all swearing "
                                  "allegiance to Red Banner leader Orin Valk."), "Orin Valk")
    assert "same-person-pledged" not in explain_pair([to_him, all_to_him], 0, 1).get("rules", [])


def test_a_founding_that_names_the_group_alone_is_the_founding_a_year_tells() -> None:
    by_year = dated(rec("a", "2029", type_="organization", doc="d1", actors=("Red Banner", "Crescent Front"),
                        quote="The followers of the Red Banner gathered in the Crescent Front (CF), founded the next "
                              "year."), "the next year")
    late = dated(rec("b", "2029", type_="organization", doc="d2", actors=("Crescent Front",),
                     quote="In late 2029 the cells met in Velmora to form the Crescent Front as an umbrella."),
                 "late 2029")
    late.update(date="2029~", earliest="2029-09-01", latest="2029-12-31")
    why = explain_pair([by_year, late], 0, 1)
    assert "same-founding" in why["rules"] and why["linked"]
    # the founding group, whose name a founded group's extends, is not the group founded
    parent = dated(rec("a", "2029", type_="organization", doc="d1", actors=("Red Banner", "Red Banner Velmora Province"),
                       quote="The Red Banner founded its Velmora Province in 2029."), "2029")
    alone = dated(rec("b", "2029", type_="organization", doc="d2", actors=("Red Banner",),
                      quote="In late 2029 the Red Banner formed a new council."), "late 2029")
    assert "same-founding" not in explain_pair([parent, alone], 0, 1).get("rules", [])


def test_an_attack_of_a_group_on_the_day_of_its_attacks_across_the_province_is_one_of_them() -> None:
    across = rec("a", "2030-08-26", place="Corvel", admin1="Tarsa", country="XX", actors=("Grey Front",), doc="d1",
                 quote="8/26 The Grey Front launches coordinated attacks across the province; at Corvel gunmen "
                       "stop buses and shoot the passengers.")
    bridge = rec("b", "2030-08-26", place="Velmora", admin1="Tarsa", country="XX", actors=("Grey Front",), doc="d2",
                 quote="Trains stopped after the 26 August attacks, in which Grey Front gunmen blew up a railway "
                       "bridge at Velmora.")
    why = explain_pair([across, bridge], 0, 1)
    assert "one-of-the-attacks-across" in why["rules"] and why["linked"]
    # without the spread, two towns of one province are two attacks
    single = dict(across, sources=[dict(across["sources"][0], quote="8/26 At Corvel Grey Front gunmen stop buses "
                                                                      "and shoot the passengers.")])
    assert not explain_pair([single, bridge], 0, 1).get("linked")
    # another group's attack that day is not one of them
    other = rec("b", "2030-08-26", place="Velmora", admin1="Tarsa", country="XX", actors=("Blue Hand",), doc="d2",
                quote="Blue Hand gunmen blew up a railway bridge at Velmora on 26 August.")
    assert not explain_pair([across, other], 0, 1).get("linked")


def test_two_deaths_of_one_fully_named_person_are_one_death_however_placed() -> None:
    forest = people(rec("a", "2031-05-19", type_="death", place="Velmora Forest", admin1="Tarsa", country="XX",
                        actors=("Grey Front",), doc="d1", lat=1.0, lon=1.0,
                        quote="5/19 Orin Valk dies in the Velmora Forest, detonating explosives as rivals close in."),
                    "Orin Valk")
    month = people(rec("b", "2031-05", type_="death", country="XX", doc="d2", quote="died in May 2031"), "Orin Valk")
    why = explain_pair([forest, month], 0, 1)
    assert "same-person-died" in why["rules"] and why["linked"]
    # one name word only is not enough on its own
    short = people(rec("b", "2031-05", type_="death", country="XX", doc="d2", quote="Valk died in May 2031"), "Valk")
    assert not explain_pair([forest, short], 0, 1).get("linked")


def test_a_truce_told_twice_at_one_step_and_a_named_operation_launched_twice_are_one() -> None:
    over = rec("a", "2030-11-28", type_="agreement", actors=("Grey Front",), doc="d1",
               quote="11/28 The Grey Front calls off the ceasefire and orders its fighters to strike.")
    told = rec("b", "2030-11", type_="agreement", actors=("Grey Front",), doc="d2",
               quote="Violence has risen since the Grey Front called off its ceasefire with the government in November.")
    why = explain_pair([over, told], 0, 1)
    assert "same-truce" in why["rules"] and why["linked"]
    # a truce declared and a truce ended in one month are two steps
    declared = rec("b", "2030-11", type_="agreement", actors=("Grey Front",), doc="d2",
                   quote="In November 2030 the Grey Front declared a ceasefire after talks.")
    assert "same-truce" not in explain_pair([over, declared], 0, 1).get("rules", [])
    launch = rec("a", "2031-05-07", type_="military_operation", place="Velmora", country="XX", doc="d1",
                 actors=("Karel Osk",), quote="5/7 Prime Minister Karel Osk announces Operation Stone Wall in Velmora.")
    again = rec("b", "2031-05", type_="military_operation", country="XX", doc="d2",
                quote="early in May the army launched Operation Stone Wall.")
    assert "same-operation-launched" in explain_pair([launch, again], 0, 1).get("rules", [])


def test_a_body_of_a_state_is_that_state_among_the_actors() -> None:
    from chronica.knowledge.dedup import _state_of_body

    assert _state_of_body("United States Department of State") == "united states"
    assert _state_of_body("Pakistan Army") == "pakistan"
    assert _state_of_body("Pakistani Taliban") is None and _state_of_body("United States") is None


def test_a_truce_told_by_its_length_is_the_truce_its_start_tells() -> None:
    start = rec("a", "2030-11-09", type_="agreement", actors=("Grey Front",), doc="d1",
                quote="11/9 A month-long ceasefire between the government and the Grey Front takes effect.")
    whole = rec("b", "2030-11", type_="agreement", actors=("Grey Front",), doc="d2",
                quote="A month-long truce in November 2030 collapsed when the Grey Front declined to renew it.")
    assert "same-truce" in explain_pair([start, whole], 0, 1).get("rules", [])


def test_one_groups_pledge_to_one_group_told_by_its_day_and_its_year_is_one_pledge() -> None:
    day = rec("a", "2031-08-06", type_="allegiance", actors=("Grey Front", "Red Banner"), doc="d1",
              quote="8/6 The Grey Front releases a video in which its leader pledges the group to the Red Banner.")
    year = rec("b", "2031", type_="allegiance", actors=("Grey Front", "Red Banner"), doc="d2",
               quote="In 2031 the Grey Front broke with its old allies and declared allegiance to the Red Banner.")
    assert "same-person-pledged" in explain_pair([day, year], 0, 1).get("rules", [])


def test_one_town_taken_on_one_day_and_one_deal_at_one_town_are_one_event() -> None:
    a = rec("a", "2031-08-15", type_="territory", place="Velmora", admin1="Tarsa", country="XX", doc="d1", lat=1.0, lon=1.0,
            quote="8/15 Grey Front fighters enter Velmora.")
    b = rec("b", "2031-08-15", type_="territory", place="Velmora", admin1="Tarsa", country="XX", doc="d2", lat=1.0, lon=1.0,
            quote="When the city fell on 15 August 2031 the old order ended.")
    assert "same-town-taken-that-day" in explain_pair([a, b], 0, 1).get("rules", [])
    deal = rec("a", "2030-02-28", type_="agreement", place="Dunmar", country="YY", actors=("Grey Front",), doc="d1",
               lat=2.0, lon=2.0, quote="2/28 Envoys of Ostmark and the Grey Front sign the Dunmar agreement.")
    again = rec("b", "2030-02", type_="agreement", place="Dunmar", country="YY", actors=("Grey Front",), doc="d2",
                lat=2.0, lon=2.0, quote="The same month the Grey Front and Ostmark signed their deal in Dunmar.")
    assert "same-deal-town" in explain_pair([deal, again], 0, 1).get("rules", [])


def test_an_announced_death_and_the_death_of_that_person_can_be_one_event() -> None:
    said = people(rec("a", "2031-09", type_="statement", actors=("Grey Front",), doc="d1",
                      quote="Orin Valk's death after a long illness was announced by the Grey Front in September 2031."),
                  "Orin Valk")
    died = people(rec("b", "2031-09", type_="death", actors=("Grey Front",), doc="d2",
                      quote="In September 2031 the Grey Front announced that Orin Valk had died."), "Orin Valk")
    why = explain_pair([said, died], 0, 1)
    assert why["blocked"] is None and "same-person-died" in why["rules"]
    # a confirmation on another day than the death stays apart
    day = people(rec("b", "2031-09-13", type_="death", doc="d2", quote="9/13 A drone strike kills Orin Valk."), "Orin Valk")
    told = people(rec("a", "2031-09-23", type_="statement", doc="d1",
                      quote="9/23 The Grey Front confirms Orin Valk's death."), "Orin Valk")
    assert not explain_pair([told, day], 0, 1).get("linked")
