#!/usr/bin/env python3
"""Throughput and peak memory of `timeline build` as the corpus grows, against spaCy's own parse.

    python bench/scale.py                      # 1x, 4x, 16x the BBC politics articles
    python bench/scale.py --limit 50 --scales 1,4 --long-kb 100   # a quick run

In one run, each in a fresh process (the machines are shared: only ratios mean anything):
  - `timeline build` over the BBC articles repeated 1x, 4x and 16x under new ids: time per
    document and peak RSS (the largest process of the run), and their ratios to 1x;
  - spaCy's own `nlp.pipe` over the same texts with the same processes: the ratio of the whole
    pipeline to the parse alone;
  - one long article (~600 KB of the same articles joined) against the same text cut into
    ~4 KB pieces: the ratio of their costs per character.
Times are wall-clock, the model's loading included in both sides; "net" subtracts the time of a
run over one document (loading, start, outputs), which does not grow with the corpus.
Targets (issue 15): per document within +-20 % from 1x to 16x; RSS at 16x <= 1.25x of 1x;
pipeline <= 1.5x spaCy; long article <= 1.5x the pieces.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "bbc-politics"
PUBLISHED = "2005-01-01"

# Runs one command and prints its wall time and the peak RSS of the largest process it started.
MEASURE = """
import resource, subprocess, sys, time, json
t = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
if done.returncode not in (0, 1):
    sys.stderr.write(done.stderr.decode()[-2000:])
    sys.exit(done.returncode)
print(json.dumps({"wall": wall, "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

SPACY_PIPE = """
import json, sys
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
from timeline.nlp import DEFAULT_MODELS          # the same model as the pipeline, loaded plain
for name in DEFAULT_MODELS:
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
for doc in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[2])):
    pass
"""


def _articles(limit: int | None) -> list[tuple[str, str]]:
    paths = sorted(p for p in BBC.glob("*.txt") if p.stem.isdigit())[:limit]
    return [(p.stem, p.read_text(encoding="utf-8", errors="replace")) for p in paths]


def _write_corpus(path: Path, docs: list[tuple[str, str, str]]) -> Path:
    """A JSONL corpus of (id, text, source). Each copy of the articles (each piece of the long
    one) has a source of its own: the same lines on three pages of one source are that site's
    boilerplate and blanked (furniture.py), which would make the copies cheaper than the originals."""
    with open(path, "w", encoding="utf-8") as f:
        for doc_id, text, source in docs:
            f.write(json.dumps({"id": doc_id, "text": text, "published": PUBLISHED, "source": source}) + "\n")
    return path


def _measure(cmd: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "TIMELINE_PARSE_CACHE"}     # parse for real
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", MEASURE, *cmd], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr}")
    return json.loads(done.stdout)


def _ours(corpus: Path, out: Path, jobs: int) -> dict:
    return _measure([sys.executable, "-m", "timeline", "build", str(corpus), "--out", str(out),
                     "--format", "json,csv", "--jobs", str(jobs), "-q"])


def _scales(articles, scales: list[int], jobs: int, tmp: Path) -> None:
    base = _ours(_write_corpus(tmp / "one.jsonl", [(*articles[0], "copy-0")]), tmp / "out-one", jobs)["wall"]
    print(f"start-up (a run over one document): {base:.1f} s")
    print(f"{'scale':>5} {'docs':>6} {'MB':>6} {'wall s':>8} {'ms/doc':>7} {'net ms/doc':>10} {'RSS MB':>7} "
          f"{'spaCy s':>8} {'ours/spaCy':>10}")
    rows = []
    for scale in scales:
        docs = [(f"{doc_id}-r{k}" if k else doc_id, text, f"copy-{k}") for k in range(scale) for doc_id, text in articles]
        corpus = _write_corpus(tmp / f"x{scale}.jsonl", docs)
        ours = _ours(corpus, tmp / f"out-{scale}", jobs)
        spacy_run = _measure([sys.executable, "-c", SPACY_PIPE, str(corpus), str(jobs)])
        per_doc, net = ours["wall"] / len(docs), max(ours["wall"] - base, 0.0) / len(docs)
        rows.append((scale, per_doc, net, ours["rss_mb"], spacy_run["wall"] / len(docs)))
        print(f"{scale:>4}x {len(docs):>6} {corpus.stat().st_size / 1e6:>6.1f} {ours['wall']:>8.1f} "
              f"{per_doc * 1000:>7.0f} {net * 1000:>10.0f} {ours['rss_mb']:>7.0f} {spacy_run['wall']:>8.1f} "
              f"{ours['wall'] / spacy_run['wall']:>10.2f}", flush=True)
    first = rows[0]
    for scale, per_doc, net, rss, spacy_per_doc in rows[1:]:
        print(f"{scale}x / {first[0]}x: time per document {per_doc / first[1]:.2f} (net {net / first[2]:.2f}; "
              f"spaCy's own {spacy_per_doc / first[4]:.2f}), peak RSS {rss / first[3]:.2f}")


def _long_against_pieces(articles, long_kb: int, tmp: Path) -> None:
    """One article of `long_kb` KB against the same text in ~4 KB pieces, both on one process."""
    paragraphs = [p for _, text in articles for p in text.split("\n\n") if p.strip()]
    text, k = "", 0
    while len(text) < long_kb * 1000:
        text += paragraphs[k % len(paragraphs)] + "\n\n"
        k += 1
    pieces, piece = [], ""
    for p in text.split("\n\n"):
        piece += p + "\n\n"
        if len(piece) >= 4000:
            pieces.append(piece)
            piece = ""
    pieces += [piece] if piece.strip() else []
    long_run = _ours(_write_corpus(tmp / "long.jsonl", [("long", text, "long")]), tmp / "out-long", 1)
    cut_run = _ours(_write_corpus(tmp / "pieces.jsonl", [(f"p{i}", p, f"piece-{i}") for i, p in enumerate(pieces)]),
                    tmp / "out-pieces", 1)
    per_char = lambda run: run["wall"] / len(text) * 1e6
    print(f"one article of {len(text) / 1000:.0f} KB: {long_run['wall']:.1f} s ({per_char(long_run):.1f} us/char, "
          f"RSS {long_run['rss_mb']:.0f} MB); in {len(pieces)} pieces of ~4 KB: {cut_run['wall']:.1f} s "
          f"({per_char(cut_run):.1f} us/char, RSS {cut_run['rss_mb']:.0f} MB); "
          f"ratio long/pieces {long_run['wall'] / cut_run['wall']:.2f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", default="1,4,16", help="comma-separated multiples of the corpus (default 1,4,16), or none")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N BBC articles as 1x")
    ap.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 4), help="processes, for both sides")
    ap.add_argument("--long-kb", type=int, default=600, help="size of the long article (default 600 KB; 0: none)")
    args = ap.parse_args(argv)
    if not BBC.exists():
        print(f"no corpus at {BBC}", file=sys.stderr)
        return 2
    articles = _articles(args.limit)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="timeline-scale-") as tmp:
        print(f"{len(articles)} BBC articles as 1x; {args.jobs} processes on each side")
        if args.scales != "none":
            _scales(articles, [int(s) for s in args.scales.split(",")], args.jobs, Path(tmp))
        if args.long_kb > 0:
            _long_against_pieces(articles, args.long_kb, Path(tmp))
    print(f"bench done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
