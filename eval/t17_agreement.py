#!/usr/bin/env python3
"""How far the journalists of one T17 topic agree on its days: each gold timeline scored, by
Date F1, against the other journalists' timelines of the same story, as if they were a system.

    python eval/t17_agreement.py                          # bpoil and h1n1 (the topics with several timelines)
    python eval/t17_agreement.py --story DIR              # beside the story's Date F1 (DIR: eval/t17.py --keep)

For a task (a gold timeline with l dates between its first and last day), "others' consensus"
returns the days the other journalists chose within that window, ranked by how many of them chose
each (then by date), at most l of them; "best other journalist" is the single other timeline whose
days within the window score best, given the benefit of choosing its l best days when it has more
(an upper bound of one journalist's agreement with another). Precision and recall are averaged
over tasks and F1 taken from the averages, as tls_score.py does; the dates are compared here
directly (Date F1 needs no sentences), and the story's days are those `eval/t17.py --keep` wrote.

Needs ../shared (research-only data, not in this repository); says so and stops when it is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from t17 import DATA, tasks  # noqa: E402  (the same data and gold timelines as the protocol's run)

TOPICS = ("bpoil", "h1n1")


def _days(timeline: dict) -> list[str]:
    return [day for day, _ in timeline["timeline"]]


def consensus(task: dict, others: list[dict]) -> list[str]:
    """The other journalists' days within the task's window, most chosen first, at most l."""
    gold = _days(task)
    first, last = min(gold), max(gold)
    votes = Counter(day for other in others for day in _days(other) if first <= day <= last)
    return sorted(votes, key=lambda day: (-votes[day], day))[:len(gold)]


def best_other(task: dict, others: list[dict]) -> tuple[float, float, str]:
    """Precision and recall of the single other journalist who agrees best, choosing the best l of
    their days within the window (an upper bound)."""
    gold = set(_days(task))
    first, last, l = min(gold), max(gold), len(gold)
    scored = []
    for other in others:
        days = {day for day in _days(other) if first <= day <= last}
        returned = min(l, len(days))
        hits = min(returned, len(days & gold))
        scored.append((_f1(hits / returned if returned else 0.0, hits / l), hits / returned if returned else 0.0,
                       hits / l, other["name"]))
    _, precision, recall, name = max(scored)
    return precision, recall, name


def precision_recall(returned: list[str], gold: set[str]) -> tuple[float, float]:
    hits = len(set(returned) & gold)
    return (hits / len(returned) if returned else 0.0), hits / len(gold)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def averaged(pairs: list[tuple[float, float]]) -> float:
    precision = sum(p for p, _ in pairs) / len(pairs)
    recall = sum(r for _, r in pairs) / len(pairs)
    return _f1(precision, recall)


def story_days(story: Path, topic: str) -> dict[str, list[str]]:
    path = story / f"{topic}.story.jsonl"
    with path.open(encoding="utf-8") as f:
        return {t["name"]: _days(t) for t in map(json.loads, f) if t}


def main(argv) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("topics", nargs="*", default=list(TOPICS), metavar="TOPIC")
    p.add_argument("--story", type=Path, help="a folder kept by eval/t17.py --keep: the story's days beside")
    args = p.parse_args(argv)
    if not DATA.exists():
        print(f"needs {DATA} (the shared research data), which is not here", file=sys.stderr)
        return 2
    rows = {"consensus": [], "best other": [], "story": []}
    print(f"{'task':<30} {'l':>4} | {'consensus F1':>12} | {'best other F1':>13} {'(whose)':<16} | {'story F1':>8}")
    for topic in args.topics:
        timelines = tasks(topic)
        ours = story_days(args.story, topic) if args.story else {}
        for task in timelines:
            others = [t for t in timelines if t is not task]
            gold = set(_days(task))
            cons = precision_recall(consensus(task, others), gold)
            *best, whose = best_other(task, others)
            rows["consensus"].append(cons)
            rows["best other"].append(tuple(best))
            cells = [f"{_f1(*cons):>12.3f}", f"{_f1(*best):>13.3f} {whose[:16]:<16}"]
            if task["name"] in ours:
                mine = precision_recall(ours[task["name"]][:len(gold)], gold)
                rows["story"].append(mine)
                cells.append(f"{_f1(*mine):>8.3f}")
            print(f"{topic + ' ' + task['name']:<30.30} {len(gold):>4} | " + " | ".join(cells))
    summary = [f"{averaged(rows['consensus']):>12.4f}", f"{averaged(rows['best other']):>13.4f} {'':<16}"]
    if rows["story"]:
        summary.append(f"{averaged(rows['story']):>8.4f}")
    print(f"{'average':<30} {'':>4} | " + " | ".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
