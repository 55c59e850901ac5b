#!/usr/bin/env python3
"""Tag the TempEval-3 training set (or any {id, text, dct} JSONL with gold timexes) and score it.

    python eval/timex.py [GOLD.jsonl] [--by-type]

Needs ../shared (research-only data, not in this repository); says so and stops when it is absent.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold", nargs="?", default=str(SHARED / "data" / "tempeval3" / "train.jsonl"))
    ap.add_argument("--by-type", action="store_true")
    ap.add_argument("--errors", metavar="KIND", choices=["missed", "spurious", "span", "value", "type"],
                    help="list errors of one kind instead of scoring: missed, spurious, span, value, type")
    args = ap.parse_args()
    gold = Path(args.gold)
    scorer = SHARED / "eval" / "timex_score.py"
    if not gold.exists() or not scorer.exists():
        print(f"needs {gold} and {scorer} (the shared research data), which are not here", file=sys.stderr)
        return 2
    from timeline.temporal import tag_documents

    records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    if args.errors:
        return _errors(records, args.errors)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for rec in tag_documents(records):
            out.write(json.dumps(rec) + "\n")
    cmd = [sys.executable, str(scorer), str(gold), out.name] + (["--by-type"] if args.by_type else [])
    return subprocess.call(cmd)


def _errors(records, kind: str) -> int:
    """One line per error: document, the text around it, gold and predicted readings."""
    from collections import Counter

    from timeline.temporal import tag_documents

    counts = Counter()
    for rec, pred in zip(records, tag_documents(records)):
        text, gold, got = rec["text"], rec.get("timexes", []), pred["timexes"]
        for g in gold:
            over = [p for p in got if p["start"] < g["end"] and g["start"] < p["end"]]
            ctx = text[max(0, g["start"] - 30):g["end"] + 30].replace("\n", " ")
            if not over and kind == "missed":
                print(f"{rec['id']}\t{g['text']!r}\t{g['type']} {g['value']}\t…{ctx}…")
                counts[g["text"].lower()] += 1
            for p in over[:1]:
                if kind == "span" and (p["start"], p["end"]) != (g["start"], g["end"]):
                    print(f"{rec['id']}\tgold {g['text']!r}\tgot {p['text']!r}")
                    counts[(g["text"].lower(), p["text"].lower())] += 1
                if kind == "value" and p["value"] != g["value"]:
                    print(f"{rec['id']} dct={rec.get('dct')}\t{g['text']!r}\tgold {g['type']} {g['value']}\tgot {p['type']} {p['value']}\t…{ctx}…")
                if kind == "type" and p["type"] != g["type"]:
                    print(f"{rec['id']}\t{g['text']!r}\tgold {g['type']} {g['value']}\tgot {p['type']} {p['value']}")
        if kind == "spurious":
            for p in got:
                if not any(p["start"] < g["end"] and g["start"] < p["end"] for g in gold):
                    ctx = text[max(0, p["start"] - 30):p["end"] + 30].replace("\n", " ")
                    print(f"{rec['id']}\t{p['text']!r}\t{p['type']} {p['value']}\t…{ctx}…")
                    counts[p["text"].lower()] += 1
    if counts:
        print("\nmost frequent:", counts.most_common(25))
    return 0


if __name__ == "__main__":
    sys.exit(main())
