#!/usr/bin/env python3
"""The time tagger of this tree against the one of a git revision: the same outputs, and how fast.

    python bench/tag_compare.py REV [--rounds N] [--no-time]

Both taggers are loaded in one process (the revision's `timeline` package under another name)
and tag every document of the TempEval-3 training set, of the training splits of TimeBank,
MEANTIME and PolNeAR, and of the BBC politics set (with and without a publication date), in
four calling modes (plain, with given sentence bounds, with a forced tense, dateline); every
field of every expression is compared. Then both are timed in alternating rounds over the
TempEval-3 documents, in CPU time, and the medians are compared. Exit status 1 on any difference.
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
# The other corpora whose texts are compared: training splits only (a dev split is not read).
TRAINING_SPLITS = ("timebank-events", "meantime-dev", "polnear-train")


def load_revision(rev: str, into: Path):
    """The `timeline.temporal` package of git revision `rev`, imported as `timeline_at_rev`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "timeline"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    package = into / "timeline"
    spec = importlib.util.spec_from_file_location("timeline_at_rev", package / "__init__.py",
                                                  submodule_search_locations=[str(package)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["timeline_at_rev"] = module
    spec.loader.exec_module(module)
    return importlib.import_module("timeline_at_rev.temporal")


def documents() -> list[tuple[str, str, object]]:
    """(name, text, publication date) of every document compared."""
    from timeline.dates import leading_date

    docs = []
    tempeval = DATA / "tempeval3" / "train.jsonl"
    for line in tempeval.open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            docs.append((f"tempeval3/{r.get('id')}", r["text"], leading_date(r.get("dct"))))
    for split in TRAINING_SPLITS:
        for line in (DATA / split / "docs.jsonl").open(encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                docs.append((f"{split}/{r.get('id')}", r["text"], leading_date(r.get("published"))))
    for path in sorted((DATA / "bbc-politics").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        docs.append((f"bbc/{path.name}", text, None))
        docs.append((f"bbc/{path.name}@2005-01-01", text, date(2005, 1, 1)))
    return docs


def _lines(text: str) -> list[tuple[int, int]]:
    """Sentence bounds of another kind than the tagger's own: one per line."""
    bounds, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


def outputs(temporal, text: str, dct) -> list:
    """Everything the tagger returns for `text`, in every calling mode."""
    runs = [temporal.tag_text(text, dct), temporal.tag_text(text, dct, sentences=_lines(text)),
            temporal.tag_text(text, dct, tense="past"), [temporal.dateline_of(text, dct)]]
    return [[dataclasses.astuple(t) if t is not None else None for t in run] for run in runs]


def compare(old, new, docs) -> int:
    differing = 0
    for name, text, dct in docs:
        a, b = outputs(old, text, dct), outputs(new, text, dct)
        if a != b:
            differing += 1
            if differing <= 5:
                print(f"DIFFERENT: {name}\n  old: {a}\n  new: {b}")
    expressions = sum(len(outputs(new, text, dct)[0]) for _, text, dct in docs)
    print(f"compared {len(docs)} documents ({expressions} expressions in the plain mode), "
          f"4 calling modes each: {differing} differ")
    return differing


def timed(temporal, docs) -> float:
    start = time.process_time()
    for _, text, dct in docs:
        temporal.tag_text(text, dct)
    return time.process_time() - start


def race(old, new, docs, rounds: int) -> None:
    timed(old, docs[:5]), timed(new, docs[:5])
    olds, news = [], []
    for i in range(rounds):
        # Which one runs first alternates too, so that neither always follows the other.
        if i % 2:
            news.append(timed(new, docs))
            olds.append(timed(old, docs))
        else:
            olds.append(timed(old, docs))
            news.append(timed(new, docs))
    o, n = statistics.median(olds), statistics.median(news)
    print(f"CPU seconds per pass over {len(docs)} docs, median of {rounds} alternating rounds: "
          f"revision {o:.3f} ({len(docs) / o:.0f} docs/s), this tree {n:.3f} ({len(docs) / n:.0f} docs/s)")
    print(f"new/old time ratio {n / o:.3f} (speed-up {o / n:.2f}x); per round: "
          + ", ".join(f"{b / a:.2f}" for a, b in zip(olds, news)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("rev", help="git revision to compare with, e.g. HEAD~3")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--no-time", action="store_true", help="compare outputs only")
    ap.add_argument("--no-compare", action="store_true", help="time only")
    args = ap.parse_args()
    if not (DATA / "tempeval3" / "train.jsonl").exists():
        print(f"needs {DATA} (the shared research data), which is not here", file=sys.stderr)
        return 2
    import timeline.temporal as new

    with tempfile.TemporaryDirectory() as tmp:
        old = load_revision(args.rev, Path(tmp))
        docs = documents()
        differing = 0 if args.no_compare else compare(old, new, docs)
        if not args.no_time:
            race(old, new, [d for d in docs if d[0].startswith("tempeval3/")], args.rounds)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
