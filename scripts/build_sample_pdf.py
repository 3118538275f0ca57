#!/usr/bin/env python3
"""Build the sample briefing-note PDF shipped in chronica/sample/corpus/.

The text below was written for the chronica sample corpus. It uses only latin-1
characters because the PDF is set in the core Helvetica font. The creation date
is fixed so that rebuilding produces the same bytes.

Usage: python scripts/build_sample_pdf.py [output.pdf]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "chronica" / "sample" / "corpus" / "07_briefing_leadership.pdf"
FIXED_DATE = dt.datetime(2014, 9, 15, 9, 0, 0, tzinfo=dt.UTC)

TITLE = "Briefing Note: Leadership Change in al-Shabaab"
DATE_LINE = "Date: 15 September 2014"
PREPARED = "Prepared by the Horn of Africa Desk - for internal discussion"

PARAGRAPHS = [
    (
        "1. Summary. The leader of al-Shabaab, Ahmed Abdi Godane (also spelled Godani; kunya "
        "Mukhtar Abu Zubeyr), was killed in a US air strike near Barawe, Lower Shabelle region, "
        "on 1 September 2014. The Pentagon confirmed his death on 5 September.[1] On 6 September "
        "the group announced that Ahmad Umar, known as Abu Ubaidah (also reported as Ahmed Diriye), "
        "would succeed him.[2]"
    ),
    (
        "2. Background. Godane had led the group since 2008, after the previous commander, Aden "
        "Hashi Farah Ayro, was killed in a US air strike on 1 May 2008. Under Godane the group "
        "announced its merger with al-Qaeda in February 2012 and carried out its most widely "
        "reported attacks abroad, including the Kampala bombings of July 2010 and the assault on "
        "the Westgate mall in Nairobi in September 2013.[3]"
    ),
    (
        "3. Military context. The strike came during a joint offensive by the African Union "
        "Mission in Somalia (AMISOM) and the Somali National Army (SNA) against towns still held "
        "by the group in Lower Shabelle, Bay, Bakool and Hiraan. Al-Shabaab has lost Mogadishu "
        "(August 2011), Baidoa and Kismayo (2012) but retains much of the countryside."
    ),
    (
        "4. Assessment. A quick and orderly succession suggests that Godane's consolidation of "
        "power after internal disputes in 2013 has left the leadership cohesive for now. The new "
        "leader is less well known outside the movement. Past leadership losses have not led to "
        "a lasting reduction in attacks, and retaliation against Somalia's government or "
        "troop-contributing countries such as Kenya and Uganda should be expected."
    ),
    (
        "5. Indicators to watch: statements naming a new deputy or spokesman; defections of "
        "mid-level commanders; attacks in Mogadishu or across the Kenyan border in the coming weeks."
    ),
]

REFERENCES = [
    "[1] US Department of Defense press statement, 5 September 2014.",
    "[2] Al-Shabaab statement carried by wire services, 6 September 2014.",
    "[3] UN Monitoring Group on Somalia and Eritrea, report to the Security Council, 2014.",
]


def build(out: Path) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(TITLE)
    pdf.set_author("Horn of Africa Desk")
    pdf.set_creator("chronica scripts/build_sample_pdf.py")
    pdf.set_producer("fpdf2")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, DATE_LINE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 6, PREPARED, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("Helvetica", "", 11)
    for para in PARAGRAPHS:
        pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "References", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for ref in REFERENCES:
        pdf.multi_cell(0, 5, ref, new_x="LMARGIN", new_y="NEXT")

    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    print(build(target))
