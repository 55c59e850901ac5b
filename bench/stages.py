#!/usr/bin/env python3
"""The stages after the parse (actors, statements, events, relations, the merge) on hostile and
on ordinary input, each at two sizes.

    python bench/stages.py [--size 40000] [--repeat 1]

For each input, prints the time of the stages at the size and at twice the size, and their ratio
(about 2 when the work is linear, about 4 when it is quadratic), in the same process, since the
machines are shared. The parse is done before timing and not counted. The ordinary text is the
sample article and the BBC politics articles from ../shared when they are here, repeated.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "data" / "jlm-letter-2019.txt"
BBC = ROOT.parent / "shared" / "data" / "bbc-politics"
DCT = date(2019, 2, 26)

DENSE = ["2019 ", "1 May ", "In 2019 the party said in May 2018 that the leader would resign. "]


def _ordinary() -> str:
    texts = [SAMPLE.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(BBC.glob("*.txt"))[:60]]
    return "\n\n".join(texts)


def _cut(unit: str, size: int) -> str:
    """`size` characters of `unit` repeated, ending at a whole repetition or paragraph."""
    text = unit * (size // len(unit) + 1)
    return text[:size].rsplit("\n\n", 1)[0] if "\n\n" in unit else unit * max(1, size // len(unit))


def _stages(text: str, repeat: int) -> float:
    from timeline.model import Document
    from timeline.nlp import load, parser_text
    from timeline.pipeline import analyse, merge

    parsed = load()(parser_text(text))
    document = Document(id="bench", text=text, published=DCT)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        merge([analyse(document, parsed)])
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=40_000, help="characters of the smaller text of each kind")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest is kept")
    args = ap.parse_args()
    _stages(DENSE[0] * 10, 1)                                 # the model loaded, imports done
    inputs = [(repr(u[:24]), u) for u in DENSE] + [("ordinary news", _ordinary())]
    print(f"{'input':28} {'1x':>9} {'2x':>9} {'2x/1x':>6}   (CPU seconds of the stages, parse excluded)")
    for name, unit in inputs:
        one = _stages(_cut(unit, args.size), args.repeat)
        two = _stages(_cut(unit, 2 * args.size), args.repeat)
        print(f"{name:28} {one:8.2f}s {two:8.2f}s {two / one:6.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
