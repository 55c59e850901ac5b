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
    args = ap.parse_args()
    gold = Path(args.gold)
    scorer = SHARED / "eval" / "timex_score.py"
    if not gold.exists() or not scorer.exists():
        print(f"needs {gold} and {scorer} (the shared research data), which are not here", file=sys.stderr)
        return 2
    from timeline.temporal import tag_documents

    records = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for rec in tag_documents(records):
            out.write(json.dumps(rec) + "\n")
    cmd = [sys.executable, str(scorer), str(gold), out.name] + (["--by-type"] if args.by_type else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
