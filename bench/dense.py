#!/usr/bin/env python3
"""The time tagger on hostile input: 100 KB of dense dates ("1 May 1 May …", "2019 2019 …").

    python bench/dense.py [--size 100000] [--repeat 3]

For each kind of dense text, prints the time for half the size and for the full size, their ratio
(about 2 when the work is linear, about 4 when it is quadratic), and the speed in chars/s as a
fraction of the speed on ordinary news text timed in the same process (the TempEval-3 training
set from ../shared when it is here, else the sample article), since the machines are shared.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TEMPEVAL = ROOT.parent / "shared" / "data" / "tempeval3" / "train.jsonl"
SAMPLE = ROOT / "data" / "jlm-letter-2019.txt"
DCT = date(2019, 2, 26)

DENSE = ["1 May ", "2019 ", "on Monday, ", "said 1 May ", "the year 2019, ", "next week and last year ",
         "two years ago, ", "3:30 pm ", "12/31/2001 ", "every Tuesday "]


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _ordinary() -> list[tuple[str, date]]:
    from timeline.dates import leading_date

    if TEMPEVAL.exists():
        records = [json.loads(line) for line in TEMPEVAL.open(encoding="utf-8") if line.strip()]
        return [(r["text"], leading_date(r.get("dct"))) for r in records]
    return [(SAMPLE.read_text(encoding="utf-8"), DCT)] * 20


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=100_000, help="characters of each dense text")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest is kept")
    args = ap.parse_args()
    from timeline.temporal import tag_text

    docs = _ordinary()
    tag_text(docs[0][0], docs[0][1])                       # imports and caches warm
    chars = sum(len(t) for t, _ in docs)
    base = chars / _best(lambda: [tag_text(t, d) for t, d in docs], args.repeat)
    print(f"ordinary text: {len(docs)} docs, {chars:,} chars, {base:,.0f} chars/s (the baseline)")
    print(f"{'dense text':28} {'half':>8} {'full':>8} {'full/half':>9} {'chars/s':>10} {'vs baseline':>11}")
    for unit in DENSE:
        n = max(2, args.size // len(unit))
        half, full = unit * (n // 2), unit * n
        t_half = _best(lambda: tag_text(half, DCT), args.repeat)
        t_full = _best(lambda: tag_text(full, DCT), args.repeat)
        speed = len(full) / t_full
        print(f"{unit!r:28} {t_half:7.2f}s {t_full:7.2f}s {t_full / t_half:9.2f} {speed:10,.0f} {speed / base:10.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
