#!/usr/bin/env python3
"""The story step on Timeline17's dev topics, with news-tls's protocol, scored by tls_score.py.

    python eval/t17.py                       # every dev topic: build once, then score
    python eval/t17.py mj haiti --per-task   # some topics; a row per gold timeline
    python eval/t17.py --builds DIR          # where the analysed topics are kept (default below)

Each topic is analysed once (`timeline build docs.jsonl --format json`, with TIMELINE_PARSE_CACHE
as set) and its JSON kept in --builds (default $T17_BUILDS or /tmp/t17-builds); later runs load it
and only make the stories, so ranking can be tuned in seconds. Per gold timeline (a task): the
articles published between its first and last date, l = its number of dates, k = round(sentences
per date), the topic's keywords as the query, the story limited to the same dates. Prints, per
topic and over all tasks (averaged as the scorer does: precision and recall, then F1), Date F1,
AR1 and AR2 for "naive" (today's output read naively: the day-dated events' dates ranked by how
many events name them, one event sentence each) and for "story" (timeline.story.make_story), and
the seconds the story step took per topic.

Needs ../shared (research-only data, not in this repository); says so and stops when it is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "t17-dev"
SCORER = SHARED / "eval" / "tls_score.py"
TOPICS = ("mj", "haiti", "h1n1", "finan", "bpoil")

from timeline.model import (Actor, Document, Event, EventTime, Participant, Source, Span,  # noqa: E402
                            Timeline)
from timeline.story import Weights, make_story  # noqa: E402
from timeline.story.support import single_day  # noqa: E402


# ---- a saved build, read back (the JSON of SPEC 3.1 and the texts of docs.jsonl) ---------------

def _day(text):
    from datetime import date
    return date.fromisoformat(text) if text else None


def _time(t: dict | None) -> EventTime | None:
    if t is None:
        return None
    return EventTime(t["value"], _day(t["earliest"]), _day(t["latest"]), t["granularity"], t["approximate"],
                     t["anchor"], t["text"], t["start"], t["end"])


def _event(e: dict, texts: dict[str, str], sentences: dict) -> Event:
    s, tr = e["sentence"], e["trigger"]
    quote_span = e.get("quote_span")
    key = (e["doc"], s["start"], s["end"])
    sentence = sentences.get(key)
    if sentence is None:     # the events of a sentence share it, as pipeline.merge makes them
        sentence = sentences[key] = Span(s["start"], s["end"], texts[e["doc"]][s["start"]:s["end"]])
    return Event(e["id"], e["doc"], e["kind"], e["summary"], Span(tr["start"], tr["end"], tr["text"]),
                 sentence, _time(e["time"]), e["status"],
                 tuple(Participant(p["actor"], p["role"]) for p in e["actors"]), e["quote"],
                 (quote_span["start"], quote_span["end"]) if quote_span else None, e.get("direct"), e["speaker"],
                 e.get("addressee"), tuple(Source(x["doc"], x["start"], x["end"]) for x in e.get("sources", ())))


def load_build(built: Path, docs: Path) -> Timeline:
    """A Timeline from a build's JSON; sentence texts from the corpus the build read."""
    texts = {}
    with docs.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = record["text"]
    data = json.loads(built.read_text(encoding="utf-8"))
    documents = tuple(Document(d["id"], texts[d["id"]], _day(d["published"]), d.get("title"), d.get("source"))
                      for d in data["documents"])
    actors = tuple(Actor(a["id"], a["name"], a["type"], tuple(a["aliases"])) for a in data["actors"])
    sentences: dict = {}
    events = tuple(_event(e, texts, sentences) for e in data["events"])
    return Timeline(documents, actors, events, title=data.get("title"))


def built_topic(topic: str, builds: Path) -> Path:
    """The topic's build, made now when it is not kept yet."""
    built = builds / f"{topic}.json"
    if not built.exists():
        builds.mkdir(parents=True, exist_ok=True)
        print(f"analysing {topic} (once; kept as {built})", file=sys.stderr)
        cmd = [sys.executable, "-m", "timeline", "build", str(DATA / topic / "docs.jsonl"), "--format", "json",
               "--out", str(builds), "--name", topic, "-q"]
        subprocess.run(cmd, cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return built


# ---- the tasks --------------------------------------------------------------------------------

def tasks(topic: str) -> list[dict]:
    with (DATA / topic / "timelines.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def window(timeline: Timeline, task: dict):
    """The task's setting: the articles published within its dates, l, k and the date range."""
    days = sorted(_day(d) for d, _ in task["timeline"])
    first, last = days[0], days[-1]
    l = len(days)
    k = round(sum(len(s) for _, s in task["timeline"]) / l)
    ids = {d.id for d in timeline.documents if d.published and first <= d.published <= last}
    # a merged event keeps only its reports from the window's articles: the protocol reads no other
    events = tuple(replace(e, sources=tuple(s for s in e.sources if s.doc in ids))
                   for e in timeline.events if e.doc in ids)
    sub = replace(timeline, documents=tuple(d for d in timeline.documents if d.id in ids), events=events)
    return sub, l, k, first, last


def naive(timeline: Timeline, l: int, first, last) -> list:
    """Today's output read naively: day-dated events' dates by how many events name them, one
    event sentence per date (the first such event's)."""
    counts, sentence = Counter(), {}
    for e in timeline.events:
        day = single_day(e)
        if day and first <= day <= last:
            counts[day] += 1
            sentence.setdefault(day, " ".join(e.sentence.text.split()))
    ranked = sorted(counts, key=lambda d: (-counts[d], d))[:l]
    return [[d.isoformat(), [sentence[d]]] for d in ranked]


WEIGHTS = Weights()


def story(timeline: Timeline, query, l: int, k: int, first, last) -> list:
    told = make_story(timeline, query=query, dates=l, per_date=k, date_from=first, date_to=last, weights=WEIGHTS)
    return [[s.date.isoformat(), list(s.sentences)] for s in told]


# ---- scoring ----------------------------------------------------------------------------------

def score(gold: Path, system: list[dict], work: Path, label: str) -> dict[str, dict]:
    """tls_score.py's per-task scores, by task name."""
    path, out = work / f"{label}.jsonl", work / f"{label}.scores.json"
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in system), encoding="utf-8")
    subprocess.run([sys.executable, str(SCORER), str(gold), str(path), "--json", str(out)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {t["name"]: t for t in json.loads(out.read_text())["tasks"]}


def averaged(scores: list[dict]) -> tuple[float, float, float]:
    """Date F1, AR1 F1, AR2 F1 over tasks, as the scorer averages: precision and recall, then F1."""
    def f1(get):
        p = sum(get(s)["precision"] for s in scores) / len(scores)
        r = sum(get(s)["recall"] for s in scores) / len(scores)
        return 2 * p * r / (p + r) if p + r else 0.0
    return (f1(lambda s: s["date"]), f1(lambda s: s["align_m1"]["rouge_1"]),
            f1(lambda s: s["align_m1"]["rouge_2"]))


def run_topic(topic: str, builds: Path) -> tuple[list[dict], dict[str, list], dict[str, float]]:
    """The topic's gold tasks, each method's system timelines, and the story step's seconds."""
    timeline = load_build(built_topic(topic, builds), DATA / topic / "docs.jsonl")
    query = json.loads((DATA / topic / "keywords.json").read_text())
    gold, systems, seconds = tasks(topic), {"naive": [], "story": []}, 0.0
    import sklearn.feature_extraction.text  # noqa: F401  (loaded before the clock starts)
    for task in gold:
        sub, l, k, first, last = window(timeline, task)
        systems["naive"].append({"name": task["name"], "timeline": naive(sub, l, first, last)})
        start = time.perf_counter()
        systems["story"].append({"name": task["name"], "timeline": story(sub, query, l, k, first, last)})
        seconds += time.perf_counter() - start
    # The whole topic at once, as `timeline build` would: the story step alone, timed.
    start = time.perf_counter()
    make_story(timeline, query=query, weights=WEIGHTS)
    whole = time.perf_counter() - start
    return gold, systems, {"tasks": seconds, "whole": whole, "documents": len(timeline.documents),
                           "events": len(timeline.events)}


def table(rows: list[tuple[str, list[dict], dict[str, dict], dict]], per_task: bool) -> None:
    head = f"{'topic':<34} {'tasks':>5} | {'naive F1':>8} {'AR1':>6} {'AR2':>6} | {'story F1':>8} {'AR1':>6} {'AR2':>6}"
    print(head + f" | {'story s':>7} {'whole s':>7} {'docs':>5} {'events':>7}")
    every = {"naive": [], "story": []}
    for topic, gold, scored, timing in rows:
        names = [t["name"] for t in gold]
        cells = []
        for method in ("naive", "story"):
            chosen = [scored[method][n] for n in names]
            every[method] += chosen
            cells.append("{:>8.3f} {:>6.3f} {:>6.3f}".format(*averaged(chosen)))
        print(f"{topic:<34} {len(names):>5} | {cells[0]} | {cells[1]} | {timing['tasks']:>7.2f} "
              f"{timing['whole']:>7.2f} {timing['documents']:>5} {timing['events']:>7}")
        if per_task:
            for n in names:
                row = [("{:>8.3f} {:>6.3f} {:>6.3f}".format(*averaged([scored[m][n]]))) for m in ("naive", "story")]
                print(f"  {n[:32]:<32} {'':>5} | {row[0]} | {row[1]} |")
    # four places on the averages: the targets are read on them
    cells = ["{:>8.4f} {:>6.4f} {:>6.4f}".format(*averaged(every[m])) for m in ("naive", "story")]
    print(f"{'average of ' + str(len(every['story'])) + ' tasks':<34} {len(every['story']):>5} | {cells[0]} | {cells[1]} |")


def main(argv) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("topics", nargs="*", default=list(TOPICS), metavar="TOPIC", help=f"some of {', '.join(TOPICS)}")
    p.add_argument("--builds", type=Path, default=Path(os.environ.get("T17_BUILDS", "/tmp/t17-builds")))
    p.add_argument("--per-task", action="store_true")
    p.add_argument("--keep", type=Path, help="keep the system timelines and scores in this folder")
    p.add_argument("--set", default="", metavar="NAME=VALUE,...", help="story weights to try (story.Weights)")
    args = p.parse_args(argv)
    global WEIGHTS
    WEIGHTS = replace(Weights(), **{k: float(v) for k, v in (x.split("=") for x in args.set.split(",") if x)})
    if not DATA.exists():
        print(f"needs {DATA} (the shared research data), which is not here", file=sys.stderr)
        return 2
    unknown = [t for t in args.topics if t not in TOPICS]
    if unknown:
        p.error(f"unknown topic {', '.join(unknown)}; choose from {', '.join(TOPICS)}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="t17-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for topic in args.topics or TOPICS:
        gold, systems, timing = run_topic(topic, args.builds)
        scored = {m: score(DATA / topic / "timelines.jsonl", s, work, f"{topic}.{m}") for m, s in systems.items()}
        rows.append((topic, gold, scored, timing))
    table(rows, args.per_task)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
