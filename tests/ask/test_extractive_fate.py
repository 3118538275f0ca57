"""A when-question about a person's death or arrest is answered only from a passage that tells that
person's fate, not another person's told beside them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from chronica.ask.extractive import _fate_of
from chronica.store import Store

NAMES = ["Yusuf Haran", "Abu Sahl"]


@contextmanager
def _store_of(tmp_path: Path, name: str, text: str) -> Iterator[Store]:
    """A store holding one invented document, ingested and with its knowledge built."""
    from chronica.api import ingest
    from chronica.knowledge.build import update

    doc = tmp_path / name
    doc.write_text(text, "utf-8")
    store = Store.open(str(tmp_path / "t.db"))
    try:
        assert all(r.status != "failed" for r in ingest(store, [str(doc)]))
        update(store)
        yield store
    finally:
        store.close()


def test_the_fate_of_another_person_beside_the_name_does_not_count() -> None:
    assert not _fate_of("Omar Dheere was killed in a raid on 3 May 2011; within days the council named "
                        "Yusuf Haran as his successor.", NAMES)
    assert not _fate_of("Yusuf Haran (also known as Abu Sahl): named leader on 9 May 2011, after Dheere's death.",
                        NAMES)


def test_the_person_own_fate_counts() -> None:
    assert _fate_of("Yusuf Haran was killed in an air strike on 2 June 2015.", NAMES)
    assert _fate_of("An air strike near the river killed Abu Sahl and two guards on 2 June 2015.", NAMES)
    assert _fate_of("Police arrested Yusuf Haran in the capital.", NAMES)


def test_no_name_no_fate() -> None:
    assert not _fate_of("A commander was killed in an air strike.", NAMES)


def test_a_death_told_relative_to_a_timeline_entry_is_dated_from_it(tmp_path: Path) -> None:
    from chronica.ask.answer import ask

    text = ("Valley Front timeline\n\n2016\n\n3/4 The Valley Front attacks a police post in Darra.\n\n"
            "7/31 Reports emerge that Yusuf Haran, the Valley Front's founder, died over a year ago.\n\n"
            "9/2 The Valley Front names a new council.\n")
    with _store_of(tmp_path, "timeline.txt", text) as store:
        got = ask(store, "When did Yusuf Haran die?")
        assert got.answer is not None and got.answer.startswith("2015") and "over a year ago" in got.answer
        assert got.citations and "died over a year ago" in got.citations[0].quote


def test_a_group_owning_a_noun_beside_the_name_is_not_the_one_who_died() -> None:
    assert _fate_of("Reports emerge that Yusuf Haran, the Valley Front's founder, died last year.", NAMES)
    assert not _fate_of("Yusuf Haran spoke after the Valley Front's founder Omar Dheere died.", NAMES)


def test_a_pronoun_subject_of_the_fate_is_the_name_opening_the_sentence() -> None:
    assert _fate_of("Yusuf Haran was a commander of the Valley Front in Darra until he was arrested by "
                    "police in 2007.", NAMES)
    assert not _fate_of("Omar Dheere met Yusuf Haran in Darra in 2006; later that year he was arrested by police.",
                        NAMES)


def test_who_did_it_names_the_doer_in_full_and_needs_the_asked_group(tmp_path: Path) -> None:
    from chronica.ask.answer import ask
    from chronica.ask.extractive import _finest

    assert _finest([("2015", "2015"), ("2015-08", "August 2015")]) == "2015-08"
    assert _finest([("2015", "2015"), ("2016-08", "August 2016")]) == "2015"
    text = ("Omar Daud al-Khalili commanded the Valley Front from 2010. The Hill Union fought the Valley Front "
            "in Darra.\n\nOn 3 April 2014, al-Khalili appointed Tariq Nur Wali as the front's envoy to the "
            "north. The envoy opened an office in Kunar. He hired twelve clerks.\n\nAl-Khalili was killed in an "
            "air strike in 2016.\n")
    with _store_of(tmp_path, "profile.txt", text) as store:
        got = ask(store, "Who appointed Tariq Nur Wali?")  # "Wali" is a title word inside the name
        assert got.answer is not None and got.answer.startswith("Omar Daud al-Khalili")
        assert ask(store, "Who was the Hill Union leader killed in an air strike in 2016?").answer is None
