"""The builder the blind event gold sets share (tests/events_gold4/, tests/events_gold5/, tests/events_gold6/): each
set's make_gold.py holds its documents' compact tables and calls ``build``. Imports nothing from chronica."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any


def build(here: Path, docs_: dict[str, Any], entities: list[Any], states: set[str], optional: dict[str, Any],
          entity_prefix: str) -> None:
    """Write gold.events.jsonl, entities.jsonl, clusters.jsonl and selfcheck.system.jsonl into ``here`` from a set's
    compact tables, checking every quote, date text and alias against the documents in ``here / "docs"``."""
    texts = {doc: (here / "docs" / doc).read_text(encoding="utf-8") for doc in sorted(p.name for p in (here / "docs").glob("*.txt"))}
    assert set(texts) == set(docs_), set(texts) ^ set(docs_)
    types = {"attack", "military_operation", "clash", "death", "detention", "allegiance", "organization", "leadership",
             "agreement", "meeting", "statement", "designation", "territory", "other"}
    rows, keys = [], {}
    for doc, events in docs_.items():
        text = texts[doc]
        for i, (key, date, dtext, typ, summ, actors, loc, k, w, quote, rel) in enumerate(events, 1):
            assert text.count(quote) == 1, (doc, quote, text.count(quote))
            assert dtext in text, (doc, dtext)
            assert typ in types, (doc, typ)
            assert len(quote) >= 30 and len(summ.split()) <= 20, (doc, quote, summ)
            assert isinstance(rel, bool) and (k is None or isinstance(k, int)) and (w is None or isinstance(w, int))
            assert loc is None or (set(loc) == {"place", "admin1", "country"} and (loc["country"] is None or len(loc["country"]) == 2))
            rid = f"{doc[:3]}-e{i:03d}"
            start = text.find(quote)
            assert text[start:start + len(quote)] == quote
            # "sources" (offsets of the quote) lets score.py read this file as system output too
            rows.append({"id": rid, "doc": doc, "date": date, "date_text": dtext, "type": typ,
                         "summary": summ, "actors": actors, "location": loc, "killed": k, "wounded": w,
                         "quote": quote, "relevant": rel,
                         "sources": [{"doc": doc, "start": start, "end": start + len(quote), "quote": quote}]})
            if key:
                keys.setdefault(key, []).append(rows[-1])
    canon = {e[1] for e in entities}
    assert len(canon) == len(entities), "duplicate canonical name"
    for r in rows:
        for a in r["actors"]:
            assert a in canon or a in states, (r["id"], a)
    with open(here / "gold.events.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    seen_alias = {}
    with open(here / "entities.jsonl", "w", encoding="utf-8") as fh:
        for i, (kind, canonical, aliases, codes) in enumerate(entities, 1):
            docs = sorted(d for d in texts if d[:3] in codes.split())
            assert len(docs) == len(codes.split()), (canonical, codes)
            for a in aliases:
                assert any(a in texts[d] for d in docs), (canonical, a)
                assert seen_alias.setdefault(a.lower(), canonical) == canonical, ("alias used twice", a)
            as_actor = {r["doc"] for r in rows if canonical in r["actors"]}
            assert as_actor <= set(docs), (canonical, as_actor - set(docs))
            fh.write(json.dumps({"id": f"{entity_prefix}-ent{i:02d}", "kind": kind, "canonical": canonical, "aliases": aliases, "docs": docs},
                                ensure_ascii=False) + "\n")
    assert set(optional) <= set(keys)
    clusters = []
    with open(here / "clusters.jsonl", "w", encoding="utf-8") as fh:
        for key, members in keys.items():
            assert len(members) >= 2, ("cluster with one mention", key)
            opt = []
            for prefix, start in optional.get(key, []):
                hit = [r["id"] for r in rows if r["doc"].startswith(prefix) and r["quote"].startswith(start)]
                assert len(hit) == 1, (key, prefix, start, hit)
                opt.append(hit[0])
            ids = [m["id"] for m in members]
            assert not set(ids) & set(opt)
            types_in = {m["type"] for m in members}
            clusters.append({"cluster": ids, "optional": opt})
            fh.write(json.dumps({"cluster": ids, "optional": opt, "note": key, "types": sorted(types_in)}, ensure_ascii=False) + "\n")
    # selfcheck.system.jsonl: the gold with each cluster merged into one event (one source per mention, each source keeping
    # its own date, figures and location), to check that score.py gives dedup 1.0 on the clusters.
    merged, done = [], set()
    for key, members in keys.items():
        ev = dict(members[0], id=f"merged-{key}", actors=list(dict.fromkeys(a for m in members for a in m["actors"])))
        ev["sources"] = [dict(m["sources"][0], date=m["date"], killed=m["killed"], wounded=m["wounded"], location=m["location"])
                         for m in members]
        merged.append(ev)
        done.update(m["id"] for m in members)
    merged += [r for r in rows if r["id"] not in done]
    with open(here / "selfcheck.system.jsonl", "w", encoding="utf-8") as fh:
        for r in merged:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for doc, events in docs_.items():
        print(f"{doc}: {len(events)} events ({sum(e[-1] for e in events)} relevant), {len(texts[doc].split())} words")
    print("types:", dict(sorted(Counter(r["type"] for r in rows).items())))
    cross = sum(1 for c in clusters if len({i[:3] for i in c["cluster"]}) >= 2)
    print(len(rows), "events,", sum(r["relevant"] for r in rows), "relevant,", len(entities), "entities,", len(clusters), "clusters",
          f"({cross} across documents),", sum(len(c["cluster"]) for c in clusters), "clustered mentions")

