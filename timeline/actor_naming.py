"""Each group of mentions an `Actor` of the document's `ActorIndex`: its id, its canonical name
(a defined long form, else the fullest name), its type (the majority of its mentions' labels,
a full name's own labels first) and its other names."""
from __future__ import annotations

from collections import Counter

from .acronyms import ACRONYM
from .actor_clusters import SEX_KEY
from .findings import ActorIndex
from .mention_drafts import MentionDraft
from .model import Actor, Mention
from .names import distinct_names


def actor_index(clusters: list[list[MentionDraft]], definitions: dict, doc_id: str) -> ActorIndex:
    index = ActorIndex()
    for n, ms in enumerate(clusters, 1):
        actor_id = f"{doc_id}:a{n}" if doc_id else f"a{n}"
        name = _canonical_name(ms, definitions)
        label = _cluster_label(ms, name)
        aliases = distinct_names(m.text for m in ms if m.text.lower() != name.lower())
        index.actors.append(Actor(actor_id, name, label, aliases,
                                  tuple(Mention(m.start, m.end, m.text, m.label) for m in ms), doc_id or None,
                                  generic=all(m.generic for m in ms)))
        index.spans.extend((m.start, m.end, actor_id) for m in ms)
    index.spans.sort()
    return index


def _canonical_name(ms: list[MentionDraft], definitions: dict) -> str:
    ms = [m for m in ms if not m.described] or ms     # "the firm" is no name of NPD Group
    counts = Counter(m.text for m in ms)
    long_forms = {v[0] for v in definitions.values()}
    for m in ms:
        if m.text in long_forms:
            return m.text
    # The fullest name, not a surname with its title ("Mrs Abedini" is no fuller than "Saeed
    # Abedini"); among equals the most frequent, then the first seen.
    first_seen = {}
    for m in ms:
        first_seen.setdefault(m.text, m.start)
    titled = {m.text for m in ms if SEX_KEY in m.key}
    def rank(name: str):
        acronym = bool(ACRONYM.match(name))
        return (not acronym, name not in titled, len(name.split()), counts[name], -first_seen[name])
    return max(counts, key=rank)


def _cluster_label(ms: list[MentionDraft], name: str) -> str:
    # The recogniser reads a full name more surely than a bare surname ("Carlos Vega" a
    # person, "Vega" as often an organisation): a name of several words decides by its own labels.
    ms = [m for m in ms if not m.described] or ms
    full = [m for m in ms if m.text == name] if len(name.split()) > 1 else []
    votes = Counter(m.label for m in (full or ms))
    top = votes.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        # A tie: the label the canonical name was given first.
        for m in ms:
            if m.text == name:
                return m.label
    return top[0][0]
