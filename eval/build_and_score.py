#!/usr/bin/env python3
"""Build a timeline over a dev corpus and score it with the shared scorer.

    python eval/build_and_score.py meantime    # events, dates, status, speakers (event_score.py)
    python eval/build_and_score.py polnear     # statements: content, cue, speaker (quote_score.py)
    python eval/build_and_score.py polnear-train   # the same over the 840 training articles
    python eval/build_and_score.py timebank    # events and their dates over the TempEval-3 training articles
    python eval/build_and_score.py bbc         # robustness and documents per second, no gold

Needs ../shared (research-only data, not in this repository); says so and stops when it is absent.
The scored sets are built with --per-document: each article keeps its own reports of an
event told by several (the scorers match events document by document and do not read `sources`).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {
    "meantime": ("meantime-dev/docs.jsonl", "meantime-dev/gold.jsonl", "event_score.py"),
    "polnear": ("polnear-dev/docs.jsonl", "polnear-dev/gold.jsonl", "quote_score.py"),
    "polnear-train": ("polnear-train/docs.jsonl", "polnear-train/gold.jsonl", "quote_score.py"),
    "timebank": ("timebank-events/docs.jsonl", "timebank-events/gold.jsonl", "event_score.py"),
    "bbc": ("bbc-politics", None, None),
}


def main(argv) -> int:
    if len(argv) != 1 or argv[0] not in SETS:
        print(__doc__, file=sys.stderr)
        return 2
    docs, gold, scorer = SETS[argv[0]]
    data = SHARED / "data" / docs
    if not data.exists():
        print(f"needs {data} (the shared research data), which is not here", file=sys.stderr)
        return 2
    out = Path(tempfile.mkdtemp(prefix=f"timeline-{argv[0]}-"))
    cmd = [sys.executable, "-m", "timeline", "build", str(data), "--format", "json", "--out", str(out), "-q"]
    if argv[0] == "bbc":
        cmd += ["--published", "2005-01-01"]      # the BBC files carry no date
    start = time.perf_counter()
    if scorer:
        # The scorers read each document's events on their own: reports of one event by several
        # articles are kept apart (merged, the others would be only in the first's `sources`).
        cmd.append("--per-document")
    done = subprocess.run(cmd, cwd=ROOT)
    seconds = time.perf_counter() - start
    n = sum(1 for _ in data.glob("*.txt")) if data.is_dir() else sum(1 for l in data.open() if l.strip())
    print(f"built {n} documents in {seconds:.1f} s: {n / seconds:.1f} docs/s (model load included), exit {done.returncode}")
    if scorer is None:
        return done.returncode
    built = next(out.glob("*.json"))
    return subprocess.call([sys.executable, str(SHARED / "eval" / scorer), str(SHARED / "data" / gold), str(built)])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
