"""Every document of a run gets an id of its own: two documents with one id would share actor and
event keys when the run is merged (one story's speaker given to the other's quote)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import PurePath
from typing import Iterable

from ..model import Document
from .problems import Item

def unique_ids(items: Iterable[Item]) -> list[Item]:
    """The items, with every `Document` given an id no other document of the run has.

    Two documents with one id would share actor and event keys when the run is merged (one
    story's speaker given to the other's quote). An id many documents share is made unique,
    visibly: by the shortest part of their paths that tells them apart (`a/story` and
    `b/story` for a/story.txt and b/story.txt; `one.jsonl:7` and `two.jsonl:7` for JSONL ids),
    else by a number (`story#2`). Ids used once are left as they are.
    """
    items = list(items)
    docs = [(i, it) for i, it in enumerate(items) if isinstance(it, Document)]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, doc in docs:
        groups[doc.id].append(i)
    wanted: dict[int, str] = {}
    for doc_id, members in groups.items():
        if len(members) > 1:
            wanted.update(zip(members, _distinct_labels([items[i] for i in members])))
    if not wanted:
        return items
    taken = {doc.id for i, doc in docs if i not in wanted}
    next_number: dict[str, int] = defaultdict(lambda: 2)      # per label: thousands of one id stay linear
    for i in sorted(wanted):
        new = base = wanted[i]
        while new in taken:
            new = f"{base}#{next_number[base]}"
            next_number[base] += 1
        taken.add(new)
        items[i] = replace(items[i], id=new)
    return items


def _distinct_labels(group: list[Document]) -> list[str]:
    """Labels for documents sharing one id, from the fewest path parts that tell them apart."""
    options = [_label_options(d) for d in group]
    longest = max(len(o) for o in options)
    best, best_count = None, 0
    for level in range(longest):
        labels = [o[min(level, len(o) - 1)] for o in options]
        count = len(set(labels))
        if count > best_count:
            best, best_count = labels, count
        if count == len(group):
            break
    return best


def _label_options(doc: Document) -> list[str]:
    """Ever longer names for a document: its id, then with its folders (a file named after its id)
    or its file's name and folders (`file.jsonl:id`) in front."""
    if not doc.path:
        return [doc.id]
    path = PurePath(doc.path)
    parts = [p for p in path.parts if p != path.anchor]
    if not parts:
        return [doc.id]
    options = [doc.id]
    if doc.id == path.stem:
        folders = parts[:-1]
        options += ["/".join(folders[-k:] + [path.stem]) for k in range(1, len(folders) + 1)]
        options += ["/".join(parts[-k:]) for k in range(1, len(parts) + 1)]
    else:
        options += ["/".join(parts[-k:]) + f":{doc.id}" for k in range(1, len(parts) + 1)]
    return options
