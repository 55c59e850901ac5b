#!/usr/bin/env python3
"""Why the story picks a wrong day, or leaves a gold one out: the evidence behind each, on T17 dev.

    python eval/t17_days.py [TOPIC ...] [--builds DIR] [--missed N] [--reports N] [--summary]

For every gold timeline (a task, with news-tls's protocol as eval/t17.py sets it), the days the
story chose that are no gold day ("WRONG") and the N best-supported gold days it left out
("MISSED"), each with its support split by how the evidence was read: `stated` (the text states
the date), `published` (the publication date standing in for an undated clause) and `daybefore`
(the share of the next day's undated news). Under each day, the strongest report of each article
(up to --reports): its weight, publication date, status, the date's text and anchor, and its
sentence. --summary prints only the count of days by the kind of evidence that weighs most.

It reads builds that eval/t17.py keeps (--builds, default $T17_BUILDS or /tmp/t17-builds) and the
training topics' gold; what it shows is for reading dating errors, not for tuning on gold texts.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import t17  # noqa: E402

from timeline.story import make_story  # noqa: E402
from timeline.story.support import (Query, _recalled_unstated, days_of, evidence_weight,  # noqa: E402
                                    single_day)


def report_kind(event, day) -> str:
    """How a report's evidence for `day` was read."""
    if single_day(event) != day:
        return "daybefore"
    t = event.time
    return "stated" if t.text and t.anchor != "context" else "published"


def strongest_reports(entry, docs, query: Query, weights) -> dict:
    """Each article's strongest report for the day: (weight, kind, event, sentence, published)."""
    best = {}
    for event in entry.events:
        reports = [(event.doc, event.sentence.text)] + [
            (s.doc, docs[s.doc].text[s.start:s.end] if s.doc in docs else "") for s in event.sources]
        for doc, sentence in reports:
            if doc not in docs:
                continue
            published = docs[doc].published
            if doc != event.doc and _recalled_unstated(event, entry.day, published) and not weights.unstated_recall:
                continue
            kind = report_kind(event, entry.day)
            if kind == "daybefore":
                weight = weights.published * weights.day_before
            else:
                weight = evidence_weight(event, published, weights) * (1.0 if query.matches(sentence) else weights.off_query)
            if weight > best.get(doc, (0.0,))[0]:
                best[doc] = (weight, kind, event, sentence, published)
    return best


def show_day(label: str, task: str, entry, best: dict, reports: int) -> None:
    weights = Counter()
    for weight, kind, *_ in best.values():
        weights[kind] += weight
    print(f"\n=== {label} {task} {entry.day} support {entry.support:.2f} "
          + " ".join(f"{k}:{v:.1f}" for k, v in weights.most_common()))
    for weight, kind, event, sentence, published in sorted(best.values(), key=lambda r: -r[0])[:reports]:
        t = event.time
        print(f"  [{kind} {weight:.2f}] published {published} | {event.kind}/{event.status} "
              f"{t.value} {t.anchor} {t.text!r}\n      {' '.join(sentence.split())[:300]}")


def main(argv) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("topics", nargs="*", default=list(t17.TOPICS), metavar="TOPIC")
    p.add_argument("--builds", type=Path, default=Path(os.environ.get("T17_BUILDS", "/tmp/t17-builds")))
    p.add_argument("--missed", type=int, default=5, help="gold days left out shown per task (best supported)")
    p.add_argument("--reports", type=int, default=8, help="articles shown per day")
    p.add_argument("--summary", action="store_true")
    args = p.parse_args(argv)
    if not t17.DATA.exists():
        print(f"needs {t17.DATA} (the shared research data), which is not here", file=sys.stderr)
        return 2
    counts, weights = Counter(), t17.WEIGHTS
    for topic in args.topics:
        timeline = t17.load_build(t17.built_topic(topic, args.builds), t17.DATA / topic / "docs.jsonl")
        query = json.loads((t17.DATA / topic / "keywords.json").read_text())
        for task in t17.tasks(topic):
            sub, l, k, first, last = t17.window(timeline, task)
            gold = {t17._day(d) for d, _ in task["timeline"]}
            docs, terms = {d.id: d for d in sub.documents}, Query(query)
            days = days_of(sub, terms, weights, first, last)
            chosen = [s.date for s in make_story(sub, query=query, dates=l, per_date=k, date_from=first,
                                                 date_to=last, weights=weights)]
            missed = [d.day for d in sorted(days.values(), key=lambda d: -d.support)
                      if d.day in gold and d.day not in chosen][:args.missed]
            for label, group in (("WRONG", [d for d in chosen if d not in gold]), ("MISSED", missed)):
                for day in group:
                    best = strongest_reports(days[day], docs, terms, weights)
                    by_kind = Counter()
                    for weight, kind, *_ in best.values():
                        by_kind[kind] += weight
                    counts[(label, by_kind.most_common(1)[0][0] if by_kind else "none")] += 1
                    if not args.summary:
                        show_day(label, f"{topic}/{task['name']}", days[day], best, args.reports)
    print("\ndays by the evidence that weighs most: "
          + ", ".join(f"{label} {kind} {n}" for (label, kind), n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
