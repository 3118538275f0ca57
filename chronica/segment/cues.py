"""Cue patterns for the parts of a web page, as they appear once a page is flattened to text.

These are the conventional labels of web publishing (comment systems, share bars, newsletter
boxes, photo credits, reference sections), not phrases taken from any particular document.
"""

from __future__ import annotations

import re

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_TIME = r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:utc|gmt|[a-z]{2,4}t))?)"

# A line that is only a date (and maybe a time): "Monday, August 29, 2016", "23 Jan 2025 14:18",
# "2014-10-15 14:18", "10/15/2014".
DATE_LINE = re.compile(
    rf"^(?:(?:posted|published|updated|last updated)(?:\s+on)?:?\s+)?{_WEEKDAY}?(?:"
    rf"{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
    rf"){_TIME}?\s*$",
    re.I,
)

COMMENTS_START = re.compile(
    r"^(?:\d+\s+)?(?:reader\s+)?(?:comments?|responses?|replies|discussion)(?:\s*\(\d+\))?:?$"
    r"|^(?:comment sorting|sort comments|leave a (?:comment|reply)|add (?:a|your) comment|post a comment"
    r"|join the (?:discussion|conversation)|this (?:forum|discussion|comment thread) (?:has been|is) closed\.?"
    r"|comments are closed\.?|show comments|view comments|what do you think\?)$",
    re.I,
)
# "by: Name from: Place", "Name says:", "Name wrote:", "Posted by Name", "Reply from Name".
COMMENT_HEAD = re.compile(
    r"^(?:by:\s*(?P<by>[^\n]{1,60}?)(?:\s+from:\s*(?P<from>[^\n]{0,60}))?"
    r"|(?P<says>[^\n]{1,50}?)\s+(?:says|said|wrote|commented|replied)(?:\s+on\s+[^\n]{0,40})?:?)\s*$",
    re.I,
)
COMMENT_CHROME = re.compile(
    r"^(?:reply|in response|report (?:abuse|comment)|flag|like|share|permalink|\d+\s+(?:likes?|replies|points?)"
    r"|show (?:more|less|replies)|load more comments?|recommend(?:ed)?|upvote|downvote)$",
    re.I,
)
NAVIGATION = re.compile(
    r"^(?:read more:?|keep reading(?:\s*show less)?|show (?:more|less)|continue reading|next (?:post|article|page)"
    r"|previous (?:post|article|page)|older posts|newer posts|back to top|share(?: this)?(?: article| story| post)?:?"
    r"|tweet|email|print|follow us.*|skip to (?:main )?content|home|menu|search|log ?in|sign in|register"
    r"|tags?:.*|categories:.*|see also:.*|main articles?:.*|further information:.*|filed under:?.*|related(?: articles| posts| stories)?:?|more from .{0,40}"
    r"|you (?:may|might) also like:?|recommended(?: for you)?:?|trending|most (?:read|popular)|advertisement"
    r"|(?:\|\s*)+|[-\u2013\u2014|\u2022\u00b7\s]+)$",
    re.I,
)
NAVIGATION_PREFIX = re.compile(r"^(?:keep reading|read more|show less|continue reading)", re.I)
CAPTION = re.compile(
    r"^(?:\[?\s*(?:top\s+)?(?:photo|image|picture|pictured|graphic|video|illustration|map|chart)"
    r"(?:\s+credit)?\s*(?::|\]|\s-\s|\s\u2014\s)"
    r"|\(?(?:photo|image)\s+(?:credit|courtesy|by)\b|credit:|source:\s*(?:getty|ap|afp|reuters)\b"
    r"|\(?(?:ap|afp|reuters|getty images|epa)\s+photo\b)",
    re.I,
)
CAPTION_PREFIX = re.compile(r"^(?:logo|flag|map|portrait|photograph|emblem|seal) of\b", re.I)
CAPTION_SUFFIX = re.compile(r"\b(?:photo|image|picture|logo|flag|map)\)?$", re.I)
NEWSLETTER = re.compile(
    r"newsletter|subscribe|sign up for|sign-up|mailing list|in your inbox|e-?mail (?:updates|reports|alerts)"
    r"|daily (?:e-?mail|digest|briefing)|weekly round-?up",
    re.I,
)
FOOTER = re.compile(
    r"^(?:about (?:this (?:blog|site|website|page)|us|the author)|contact(?: us)?|privacy(?: policy)?|terms(?: of"
    r" (?:use|service))?|cookie (?:policy|settings)|all rights reserved.*|copyright\b.*|\u00a9.*|site map|sitemap"
    r"|advertise(?: with us)?|careers|imprint|disclaimer)\.?$|^\(c\)\s.*$",
    re.I,
)
BIBLIOGRAPHY = re.compile(
    r"^(?:references|bibliography|sources|notes|footnotes|endnotes|works cited|further reading|citations"
    r"|external links|see also)\s*:?$",
    re.I,
)
# what a reference-list entry has and prose seldom does: a link, a DOI or ISBN, a year in brackets,
# page numbers, "Retrieved"/"Accessed", "et al.", "ed."/"eds.", "Vol."
# a page's pointer to its other articles, on a line of its own: what follows is another piece
ELSEWHERE = re.compile(
    r"^(?:elsewhere|also|more)\s+(?:on|from|in)\s+(?:this|the|our)\s+(?:site|blog|page|website|paper|magazine)\s*:?$"
    r"|^(?:related|more)\s+(?:articles|stories|posts|reading)\s*:?$", re.I)
CITATION = re.compile(
    r"https?://|\bwww\.|\bdoi\b|\bISBN\b|\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)|\bpp?\.\s*\d|\b(?:retrieved|accessed)\b"
    r"|\bet al\.|\beds?\.|\bvol\.\s*\d|\^",
    re.I,
)
BYLINE = re.compile(
    r"^(?:(?i:by)\s+(?!the\b|a\b)[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'\u2019-]+"
    r"(?:\s+[A-Z][\w.'\u2019-]+){0,3})*\s*(?:[,\u00b7|\u2022\u2014\u2013-].*)?"
    r"|(?:--|\u2014|\u2013)\s*[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3}"
    r"|(?i:written|posted|reported|published)\b.{0,40}?\b(?i:by)\s+[A-Z].+"
    r"|author:\s*.+)$",
)
SOURCE_LINE = re.compile(r"^(?:source|sources|reporting by|via|from|credit|id\.)\b[:\s]", re.I)
PERSON_NAME = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][\w'\u2019-]+){1,3}$")
# "Name Surname is a/the ... at/of ...": an author's note after an article.
AUTHOR_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})\s+(?:is|was|has been|writes|covers)\s+"
    r"(?i:an?\s|the\s|director|professor|editor|senior|former|currently|based|chief|head|fellow|lecturer"
    r"|associate|assistant|researcher|analyst|correspondent|journalist|writer|reporter)",
)
# A timeline entry begins with a date: "9/26 ...", "1/10/2015 ...", "Early January ...", "March 3: ...".
ENTRY_START = re.compile(
    rf"^(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b|(?:early|mid|late|earlier in|later in)[\s-]+{_MONTHS}\b"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?\s*[:\u2013\u2014-]?\s"
    rf"|\d{{1,2}}\s+{_MONTHS}\b(?:\s+\d{{4}})?\s*[:\u2013\u2014-]?\s|{_MONTHS},?\s+\d{{4}}\b)",
    re.I,
)

# A date anywhere inside a short line (a byline such as "Posted 11 July 2020 by ...").
DATE_IN_LINE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.I,
)
