#!/usr/bin/env python3
"""List the gold attributions a PolNeAR build missed (or the statements it made up), grouped by cue.

    python eval/quote_misses.py BUILT.json [--spurious] [--cue WORD]

BUILT.json comes from `python eval/build_and_score.py polnear` (it prints where it wrote it).
Needs ../shared (research-only data, not in this repository).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("built")
    parser.add_argument("--spurious", action="store_true", help="list statements that match no gold attribution")
    parser.add_argument("--cue", help="only attributions whose cue contains this word")
    args = parser.parse_args()
    if not (SHARED / "eval" / "quote_score.py").exists():
        print(f"needs {SHARED} (the shared research data), which is not here", file=sys.stderr)
        return 2
    sys.path.insert(0, str(SHARED / "eval"))
    import quote_score as qs

    data = SHARED / "data" / "polnear-dev"
    gold = qs.load_jsonl(str(data / "gold.jsonl"))
    texts = {d["id"]: d["text"] for d in qs.load_jsonl(str(data / "docs.jsonl")).values()}
    events, _ = qs.load_system([args.built], Counter())
    cues = Counter()
    for doc_id, g in gold.items():
        text = texts[doc_id]
        atts = g.get("attributions") or []
        stmts = [e for e in events if e.get("kind") == "statement" and e["_doc"] == doc_id]
        dt = qs.DocText(text)
        located = [qs.locate_quote(dt, s)[0] for s in stmts]
        pairs = qs.match_sets([[(c["start"], c["end"]) for c in a.get("content") or []] for a in atts], located)
        if args.spurious:
            matched = {si for _, si in pairs}
            for si, spans in enumerate(located):
                if si not in matched:
                    s = stmts[si]
                    trig = s.get("trigger") or {}
                    cue = text[trig.get("start", 0):trig.get("end", 0)]
                    cues[cue.lower()] += 1
                    start, end = spans[0] if spans else (0, 0)
                    print(f"{doc_id[:40]}\t{cue!r}\t{text[max(0, start - 80):end + 20]!r}")
            continue
        matched = {gi for gi, _ in pairs}
        for gi, a in enumerate(atts):
            if gi in matched:
                continue
            cue = (a.get("cue") or {}).get("text") or "-"
            if args.cue and args.cue.lower() not in cue.lower():
                continue
            cues[cue.lower()] += 1
            frags = a.get("content") or []
            lo = min([f["start"] for f in frags] + [(a.get("cue") or {}).get("start", 10**9)])
            hi = max([f["end"] for f in frags] + [(a.get("cue") or {}).get("end", 0)])
            src = (a.get("source") or {}).get("text")
            spans = [(f["start"], f["end"]) for f in frags]
            shadow = "SHADOWED" if any(qs._overlap_sets(spans, p) for p in located) else "missed"
            cues[shadow] += 1
            print(f"{doc_id[:40]}\t{shadow}\tcue={cue!r}\tsrc={src!r}\t{text[max(0, lo - 40):min(hi, lo + 300) + 10]!r}")
    print("\nby cue:", ", ".join(f"{c} {n}" for c, n in cues.most_common(60)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
