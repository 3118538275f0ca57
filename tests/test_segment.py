"""Page segmentation on plain-text pages written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronica.ingest.text import read_text
from chronica.segment import segment_page, split_sentences


def top(text: str) -> list[tuple[str, str | None]]:
    doc = read_text(text.encode(), "t.txt")
    spans = segment_page(doc.text, doc.blocks, "txt")
    return [(s.kind, " ".join(s.title.split()) if s.title else None) for s in spans if s.parent is None]


def children(text: str) -> list[tuple[str, str]]:
    doc = read_text(text.encode(), "t.txt")
    spans = segment_page(doc.text, doc.blocks, "txt")
    return [(s.kind, doc.text[s.start : s.end]) for s in spans if s.parent is not None]


PARA = (
    "The river authority said the flooding covered four districts and displaced thousands of families, "
    "while relief agencies warned that roads into the hill country would stay closed for weeks. "
)
OTHER = (
    "Orchestras across the region announced a joint season of chamber concerts, with tickets sold through "
    "local libraries and a programme built around composers of the early twentieth century. "
)

BLOG = f"""Saturday, March 2, 2024

Harbour Notes

Port Strike Spreads To Three Northern Terminals: Unions Dig In

[Pictured: cranes idle at the northern quay]

{PARA * 3}

-- Mara Quint

Comments

by: riverwatcher from: Leith
March 3, 2023 09:12
{OTHER}

by: Anonymous
March 3, 2023 11:40
I agree with the first comment.

About This Blog

Harbour Notes covers shipping and ports. {OTHER}

Subscribe to receive daily e-mail updates in your inbox.
"""


def test_blog_post_with_comments_and_footer() -> None:
    assert top(BLOG) == [
        ("header", None),
        ("post", "Port Strike Spreads To Three Northern Terminals: Unions Dig In"),
        ("comments", None),
        ("footer", None),
    ]
    kinds = [k for k, _ in children(BLOG)]
    assert kinds.count("comment") == 2
    assert ("caption", "[Pictured: cranes idle at the northern quay]") in children(BLOG)
    assert ("byline", "-- Mara Quint") in children(BLOG)


ARTICLE_WITH_TEASERS = f"""{PARA * 4}
{PARA * 3}
Why the river keeps rising
Engineers and farmers disagree about the causes of the floods.
Lena Okafor
Lena Okafor is a senior fellow at the Institute for Water Policy.
Top Photo: flooded fields near the delta (Agency photo)
Concert halls plan a joint season
April 4, 2024
{OTHER * 3}
keep readingShow less
Photo credit: a violinist on stage
New library hours announced for the summer
April 4, 2024
{OTHER * 2}
keep readingShow less
"""


def test_article_with_title_after_body_and_unrelated_teasers() -> None:
    assert top(ARTICLE_WITH_TEASERS) == [
        ("article", "Why the river keeps rising"),
        ("unrelated", "Concert halls plan a joint season"),
        ("unrelated", "New library hours announced for the summer"),
    ]


ENCYCLOPEDIA = f"""River Authority of the North

Background

{PARA}

Early Years Of The Authority And Its Founders

{PARA * 2}

Floods

{PARA}

References

  1. A report on floods. Water Journal. 3 May 2001.
  2. Another report. 4 June 2002.
"""


def test_encyclopedia_sections_stay_one_article() -> None:
    assert top(ENCYCLOPEDIA) == [("article", "River Authority of the North"), ("bibliography", None)]
    assert ("heading", "Background") in children(ENCYCLOPEDIA)


TWO_POSTS = f"""Ports and Rivers: A Reconstructed Timeline

3/14 Dock workers vote to strike. {PARA}
3/20 The strike spreads north. {PARA}

Concert Season Review: The Orchestras Return To The Stage

[Image: an empty concert hall]

{OTHER * 4}
"""


def test_blog_page_with_two_posts() -> None:
    assert [k for k, _ in top(TWO_POSTS)] == ["post", "post"]


def test_repeated_caption_lines() -> None:
    text = f"Storm Closes The Coastal Road Near The Old Harbour\n\nA fishing boat in the storm\nA fishing boat in the storm\n\n{PARA}"
    assert ("caption", "A fishing boat in the storm") in children(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600))
def test_segments_tile_and_sentences_round_trip(raw: str) -> None:
    try:
        doc = read_text(raw.encode("utf-8"), "h.txt")
    except Exception:
        return  # empty or binary-looking input is rejected with an IngestError (tested elsewhere)
    spans = segment_page(doc.text, doc.blocks, "txt")
    tops = [s for s in spans if s.parent is None]
    assert tops and tops[0].start == 0
    for a, b in zip(tops, tops[1:], strict=False):
        assert a.end <= b.start
    for s in spans:
        assert 0 <= s.start <= s.end <= len(doc.text)
    for a, b in split_sentences(doc.text, doc.blocks):
        assert doc.text[a:b].strip() == doc.text[a:b] and b > a


def test_hard_wrapped_lines_are_read_as_one_paragraph() -> None:
    from chronica.records import Block
    from chronica.segment import split_sentences

    lines = [
        "12/24",
        "Officials in the capital say openly that foreign troops are fighting inside the",
        "country on the side of the government. A second sentence follows here and it",
        "ends on this line.",
        "- a list item that stays its own line because it opens with a marker",
        "Another paragraph begins here, with a line that is long enough to be wrapped",
        "but runs on in lower case.",
    ]
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line in lines:
        blocks.append(Block(pos, pos + len(line), ""))
        pos += len(line) + 1
    sentences = [text[a:b] for a, b in split_sentences(text, blocks)]
    assert sentences[0] == "12/24"
    assert sentences[1].startswith("Officials") and sentences[1].endswith("government.")
    assert sentences[2] == "A second sentence follows here and it\nends on this line."
    assert sentences[3].startswith("- a list item")
    assert sentences[4].endswith("lower case.")
    # long unwrapped lines (a page of one paragraph per line) are never joined
    long_text = "x" * 150 + "\n" + "lower case start"
    assert len(split_sentences(long_text, [Block(0, 150, ""), Block(151, len(long_text), "")])) == 2

@given(st.text(alphabet="aZé. \n😀x\u0301中,“”!?0", min_size=1, max_size=80))
@settings(max_examples=300, deadline=None)
def test_sentence_offsets_are_blingfire_wrappers(raw: str) -> None:
    import blingfire

    from chronica.segment.sentences import _sentence_offsets

    assert _sentence_offsets(raw) == blingfire.text_to_sentences_and_offsets(raw)[1]


def test_sentence_offsets_of_longer_texts() -> None:
    import blingfire

    from chronica.segment.sentences import _sentence_offsets

    for text in ("Dr. Smith arrived. He said: “It’s over.” Then — nothing… 😀 Done. 中文句子。另一句。",
                 "x" * 5000 + ". " + "Ünïcödé sentence. " * 300):
        assert _sentence_offsets(text) == blingfire.text_to_sentences_and_offsets(text)[1]


def test_a_sentence_opening_with_a_title_is_split_from_the_one_before() -> None:
    from chronica.segment.sentences import split_block

    text = ('Talks ended in Vienna. Mr. Orlov called the result "a start." Brig. Gen. Vasko spoke later. '
            'Troops left the town. Gen. Vasko stayed.')
    got = [text[a:b] for a, b in split_block(text, 0, len(text))]
    assert got == ["Talks ended in Vienna.", 'Mr. Orlov called the result "a start."', "Brig. Gen. Vasko spoke later.",
                   "Troops left the town.", "Gen. Vasko stayed."]


def test_a_notes_heading_followed_by_prose_stays_in_the_piece_and_a_reference_list_does_not() -> None:
    body = "Timeline of the Ashen Banner\n\n" + "\n\n".join(
        f"{m}/3 The Ashen Banner attacks a checkpoint near Dunmar, and the army answers with raids on its camps." for m in range(1, 7))
    notes = ("The Ashen Banner grew out of a study circle that a preacher founded in Dunmar around 2002. The preacher died "
             "in custody in 2009, and his deputy took over the following year, moving the group into the hills.")
    refs = ("Smith, J. (2015). The Ashen Banner. Dunmar University Press, pp. 12-40.\n\n"
            "Doe, A. et al. (2019). Insurgency in the hills. Retrieved from https://example.org/hills")
    def kinds(text: str) -> list[str]:
        doc = read_text(text.encode(), "t.txt")
        return [s.kind for s in segment_page(doc.text, doc.blocks, "txt") if s.parent is None]
    assert "bibliography" not in kinds(body + "\n\nNotes\n\n" + notes + "\n")
    assert "bibliography" in kinds(body + "\n\nReferences\n\n" + refs + "\n")
    listed = "\n".join(f"- {line}." for line in notes.split(". "))
    assert "bibliography" not in kinds(body + "\n\nNotes\n" + listed + "\n")


def test_elsewhere_on_this_site_opens_an_unrelated_article() -> None:
    post = "\n\n".join([
        "Frontier Notes", "Why the insurgents keep targeting the port", "Posted 10 October 2024 by the editor.",
        PARA, "Comments", "Hamid, 11 October 2024: Good piece, and the port matters more than the article says.",
        "Elsewhere on this site", "Two years after the treaty: what is left of the peace?",
        "The war in the north began on 4 November 2020, when the president ordered an offensive against the rebels "
        "after they attacked an army base near the border, and it went on for two years in the highlands.",
    ])
    assert [k for k, _ in top(post)][-2:] == ["article", "unrelated"]
