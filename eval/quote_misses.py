#!/usr/bin/env python3
"""List the gold attributions a PolNeAR build missed, the statements it made up, the span errors, or the wrong speakers and cues.

    python eval/quote_misses.py BUILT.json [--set polnear-train] [--spurious | --spans | --speaker | --cue-errors]
                                [--cue WORD] [--indirect | --direct]

BUILT.json comes from `python eval/build_and_score.py polnear-train` (it prints where it wrote it).
Read the misses of the training split only: polnear-dev is for its aggregate figures
(`--set polnear-dev` is refused unless --i-know, so that no one tunes on it by accident).
Needs ../shared (research-only data, not in this repository).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def _arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("built")
    parser.add_argument("--set", default="polnear-train", help="the split the build read (default polnear-train)")
    parser.add_argument("--i-know", action="store_true", help="allow reading the misses of polnear-dev")
    parser.add_argument("--spurious", action="store_true", help="list statements that match no gold attribution")
    parser.add_argument("--speaker", action="store_true", help="list matched statements whose named speaker is wrong")
    parser.add_argument("--cue-errors", action="store_true", help="list matched statements whose cue is wrong")
    parser.add_argument("--spans", action="store_true",
                        help="list span errors: a gold attribution and a statement that overlap but are not matched, "
                             "as 'split' (one gold's words read as two statements) or 'joined' (one statement "
                             "taking in the words of two gold attributions)")
    parser.add_argument("--cue", help="only attributions whose cue contains this word")
    parser.add_argument("--indirect", action="store_true", help="only indirect (not quoted) gold attributions")
    parser.add_argument("--direct", action="store_true", help="only direct (quoted) gold attributions")
    return parser.parse_args()


def main() -> int:
    args = _arguments()
    if not (SHARED / "eval" / "quote_score.py").exists():
        print(f"needs {SHARED} (the shared research data), which is not here", file=sys.stderr)
        return 2
    if args.set == "polnear-dev" and not args.i_know:
        print("polnear-dev is scored for its aggregate only; read the misses of polnear-train", file=sys.stderr)
        return 2
    sys.path.insert(0, str(SHARED / "eval"))
    import quote_score as qs

    data = SHARED / "data" / args.set
    gold = qs.load_jsonl(str(data / "gold.jsonl"))
    texts = {d["id"]: d["text"] for d in qs.load_jsonl(str(data / "docs.jsonl")).values()}
    events, actors = qs.load_system([args.built], Counter())
    by_doc = defaultdict(list)
    for e in events:
        if e.get("kind") == "statement":
            by_doc[e["_doc"]].append(e)
    counts = Counter()
    built = _documents(args.built)
    for doc_id, g in gold.items():
        if built is not None and doc_id not in built:
            continue                 # a build of part of the split
        _document(qs, args, doc_id, texts[doc_id], g.get("attributions") or [], by_doc.get(doc_id, []), actors, counts)
    print("\ncounts (by cue, shape or kind):", ", ".join(f"{c} {n}" for c, n in counts.most_common(60)), file=sys.stderr)
    return 0


def _documents(path: str):
    """The ids of the documents the build read, or None when it does not list them."""
    import json
    with open(path, encoding="utf-8") as fh:
        listed = json.load(fh).get("documents")
    return {d.get("id") for d in listed if isinstance(d, dict)} if isinstance(listed, list) else None


def _span_errors(qs, doc_id, text, atts, gold_spans, stmts, located, pairs, counts) -> None:
    """Each statement left unmatched over a gold attribution matched to another statement
    ("split"), and each gold left unmatched under a statement matched to another gold ("joined"),
    with the words of both sides."""
    gold_of = dict((si, gi) for gi, si in pairs)
    stmt_of = dict(pairs)

    def words(spans):
        return " | ".join(text[a:b] for a, b in spans)[:200]

    def cue(si):
        trig = stmts[si].get("trigger") or {}
        return text[trig.get("start", 0):trig.get("end", 0)]

    for si, spans in enumerate(located):
        if si in gold_of:
            continue
        for gi in (g for g, gs in enumerate(gold_spans) if g in stmt_of and qs._overlap_sets(gs, spans)):
            counts["split"] += 1
            print(f"{doc_id[:40]}\tsplit\tcue={cue(si)!r}\tours={words(spans)!r}\t"
                  f"gold={words(gold_spans[gi])!r}\tmatched-by={words(located[stmt_of[gi]])!r}")
            break
    for gi, gs in enumerate(gold_spans):
        if gi in stmt_of:
            continue
        for si in (s for s, spans in enumerate(located) if s in gold_of and qs._overlap_sets(gs, spans)):
            counts["joined"] += 1
            gold_cue = (atts[gi].get("cue") or {}).get("text") or "-"
            print(f"{doc_id[:40]}\tjoined\tgold-cue={gold_cue!r}\tours={words(located[si])!r} ({cue(si)!r})\t"
                  f"missed={words(gs)!r}\tmatched={words(gold_spans[gold_of[si]])!r}")
            break


def _wanted(args, a) -> bool:
    cue = (a.get("cue") or {}).get("text") or "-"
    if args.cue and args.cue.lower() not in cue.lower():
        return False
    return not (args.indirect and a.get("direct") or args.direct and not a.get("direct"))


def _document(qs, args, doc_id, text, atts, stmts, actors, counts) -> None:
    dt = qs.DocText(text)
    located = [qs.locate_quote(dt, s)[0] for s in stmts]
    pairs = qs.match_sets([[(c["start"], c["end"]) for c in a.get("content") or []] for a in atts], located)
    gold_spans = [[(c["start"], c["end"]) for c in a.get("content") or []] for a in atts]
    if args.spans:
        _span_errors(qs, doc_id, text, atts, gold_spans, stmts, located, pairs, counts)
        return
    if args.spurious:
        matched = {si for _, si in pairs}
        for si, spans in enumerate(located):
            if si not in matched:
                trig = stmts[si].get("trigger") or {}
                cue = text[trig.get("start", 0):trig.get("end", 0)]
                counts[cue.lower()] += 1
                # a statement over the words of a gold matched to another statement is a span error
                # (see --spans); one over no gold's words is made up
                shape = "overlaps-gold" if any(qs._overlap_sets(g, spans) for g in gold_spans) else "no-gold"
                counts[shape] += 1
                start, end = spans[0] if spans else (0, 0)
                print(f"{doc_id[:40]}\t{shape}\t{cue!r}\t{text[max(0, start - 80):end + 20]!r}")
        return
    if args.speaker or args.cue_errors:
        for gi, si in pairs:
            a, s = atts[gi], stmts[si]
            if not _wanted(args, a):
                continue
            trig = s.get("trigger") or {}
            said = text[trig.get("start", 0):trig.get("end", 0)]
            if args.speaker:
                if not qs.named_source(a.get("source")):
                    continue
                names = qs.speaker_names(s, actors, Counter())
                if qs.speaker_shares_word(qs._frag_text(a["source"]), names):
                    continue
                wrong = f"gold={qs._frag_text(a['source'])!r}\tours={names[:2]!r}"
            else:
                if not a.get("cue") or (trig and any(qs._overlap((trig.get("start", 0), trig.get("end", 0)), f) > 0
                                                      for f in qs._frags(a["cue"]))):
                    continue
                wrong = f"gold={a['cue']['text']!r}\tours={said!r}"
            counts[said.lower()] += 1
            lo = min([c["start"] for c in a.get("content") or []] + [trig.get("start", 10**9)])
            print(f"{doc_id[:30]}\t{wrong}\t{text[max(0, lo - 120):lo + 200]!r}")
        return
    matched = {gi for gi, _ in pairs}
    for gi, a in enumerate(atts):
        if gi in matched or not _wanted(args, a):
            continue
        cue = (a.get("cue") or {}).get("text") or "-"
        counts[cue.lower()] += 1
        frags = a.get("content") or []
        lo = min([f["start"] for f in frags] + [(a.get("cue") or {}).get("start", 10**9)])
        hi = max([f["end"] for f in frags] + [(a.get("cue") or {}).get("end", 0)])
        src = (a.get("source") or {}).get("text")
        spans = [(f["start"], f["end"]) for f in frags]
        shadow = "SHADOWED" if any(qs._overlap_sets(spans, p) for p in located) else "missed"
        counts[shadow] += 1
        print(f"{doc_id[:40]}\t{shadow}\tcue={cue!r}\tsrc={src!r}\t{text[max(0, lo - 40):min(hi, lo + 300) + 10]!r}")


if __name__ == "__main__":
    sys.exit(main())
