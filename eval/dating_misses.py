#!/usr/bin/env python3
"""Where the dated-event recall goes: each gold event with a date, by what became of it.

    python eval/dating_misses.py GOLD.jsonl SYSTEM.json [--show KIND] [--limit N] [--seed S]

KIND is one of the outcome names printed in the table (undetected, undated, wrong, coarse, right);
--show prints that many examples of it (gold trigger in [brackets] in its sentence, the gold date
and its source, the system's time). Read the misses of training splits only (timebank-events,
meantime-dev, tempeval3). Needs the shared scorer (../shared/eval/event_score.py).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    b = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return (text[a:start] + "[" + text[start:end] + "]" + text[end:b + 1]).strip().replace("\n", " ")


def outcomes(gold_docs, texts, sys_events, es):
    by_doc = {}
    for e in sys_events:
        if e.get("kind") in ("event", "statement") and isinstance(e.get("trigger"), dict):
            by_doc.setdefault(e["_doc"], []).append(e)
    for doc_id, g in gold_docs.items():
        gold = g.get("events") or []
        system = by_doc.get(doc_id, [])
        pairs = es.match_spans([(e["trigger"]["start"], e["trigger"]["end"]) for e in gold],
                               [(e["trigger"]["start"], e["trigger"]["end"]) for e in system])
        matched = {gi: system[si] for gi, si in pairs}
        for gi, ge in enumerate(gold):
            giv = es.timex_interval(ge.get("date")) if ge.get("date") else None
            if giv is None:
                continue
            se = matched.get(gi)
            t = se.get("time") if se else None
            if se is None:
                kind = "undetected"
            elif not es.has_value(t):
                kind = "undated"
            elif es.date_exact(t, giv):
                kind = "right"
            elif es.date_compatible(t, giv):
                kind = "coarse"
            else:
                kind = "wrong"
            yield kind, doc_id, ge, se, texts.get(doc_id, "")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--docs", help="docs.jsonl beside the gold (default: same folder)")
    ap.add_argument("--show")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(SCORER))
    import event_score as es
    gold_docs = es.load_gold(args.gold)
    docs_path = Path(args.docs) if args.docs else Path(args.gold).with_name("docs.jsonl")
    texts = {}
    with open(docs_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    sys_events, _ = es.load_system([args.system], Counter())
    rows = list(outcomes(gold_docs, texts, sys_events, es))
    table = Counter((k, ge.get("date_source"), ge.get("class"), ge.get("pos")) for k, _, ge, _, _ in rows)
    by_kind = Counter(k for k, *_ in rows)
    print("outcome     n   (of %d gold dated events)" % len(rows))
    for k, n in by_kind.most_common():
        print(f"{k:10} {n:5}")
        for (kk, src, cls, pos), m in table.most_common():
            if kk == k and m >= 5:
                print(f"    {src:6} {cls or '?':12} {pos or '?':8} {m:5}")
    if args.show:
        pick = [r for r in rows if r[0] == args.show]
        random.Random(args.seed).shuffle(pick)
        for kind, doc_id, ge, se, text in pick[:args.limit]:
            tr = ge["trigger"]
            t = (se or {}).get("time") or {}
            tx = (ge.get("timex") or {}).get("text")
            print(f"- {doc_id} [{ge.get('class')} {ge.get('pos')} {ge.get('tense')}/{ge.get('aspect')}] gold {ge['date']} "
                  f"({ge.get('date_source')}{': ' + tx if tx else ''}); system {t.get('value')} ({t.get('anchor')})"
                  f" published {gold_docs[doc_id].get('published')}")
            print("    " + _sentence(text, tr["start"], tr["end"])[:400])
    return 0


if __name__ == "__main__":
    sys.exit(main())
