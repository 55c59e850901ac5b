"""Runs the stages over documents and merges them into one `Timeline`."""
from __future__ import annotations

import os
import signal
import threading
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable, Optional

from .actors import extract_actors, find_roles
from .events import extract_events
from .findings import ActorIndex, DraftEvent, DraftLink, DraftRelation
from .model import (Actor, Document, Event, EventTime, Participant, Relation, Span, TemporalLink, TimeExpr,
                    Timeline)
from .nlp import join_docs, load, parser_text, sentence_bounds, split_for_parser
from .names import distinct_names
from .relations import extract_relations
from .statements import extract_statements
from .temporal import tag_text


PARALLEL_FROM = 40      # documents
PART_LENGTH = 100_000   # characters: a document over the parser's limit is parsed in parts this long


@dataclass
class DocumentResult:
    document: Document
    timexes: list[TimeExpr]
    actors: ActorIndex
    events: list[DraftEvent]
    links: list[DraftLink]
    relations: list[DraftRelation]


def analyse(document: Document, spacy_doc) -> DocumentResult:
    """Every stage over one parsed document, each reading what the earlier ones produced."""
    text = document.text
    timexes = tag_text(text, document.published, sentences=sentence_bounds(spacy_doc))
    actors = extract_actors(text, spacy_doc)
    roles = find_roles(text, actors)
    statements = extract_statements(text, spacy_doc, actors, roles)
    events, links = extract_events(text, spacy_doc, document.published, timexes, actors, statements)
    relations = extract_relations(text, spacy_doc, actors, roles, events, statements)
    return DocumentResult(document, timexes, actors, events, links, relations)


def analyse_all(documents: Iterable[Document], model: Optional[str] = None,
                on_result: Optional[Callable[[DocumentResult], None]] = None,
                on_error: Optional[Callable[[Document, Exception], None]] = None) -> list[DocumentResult]:
    """Every document parsed and analysed, in order.

    A document longer than the parser's limit (`nlp.max_length`, 1,000,000 characters) is parsed
    in parts of at most PART_LENGTH characters cut at paragraph breaks (the parser's memory grows
    with the length of what it parses at once) and joined back, offsets unchanged. A document that cannot be
    parsed or analysed is passed to `on_error(document, exception)` and left out, the others go on;
    without `on_error` the exception is raised."""
    nlp = load(model)
    docs = list(documents)
    pieces: list[tuple[int, str]] = []
    for i, d in enumerate(docs):
        text = parser_text(d.text)
        limit = nlp.max_length if len(text) <= nlp.max_length else min(nlp.max_length, PART_LENGTH)
        pieces.extend((i, part) for part in split_for_parser(text, limit))
    results = []

    def finish(i: int, parts: list):
        document = docs[i]
        try:
            failed = next((p for p in parts if isinstance(p, Exception)), None)
            if failed is not None:
                raise failed
            result = analyse(document, join_docs(parts, parser_text(document.text)))
        except Exception as exc:
            if on_error is None:
                raise
            on_error(document, exc)
            return
        results.append(result)
        if on_result:
            on_result(result)

    # The parser is most of the cost: a corpus is parsed on every core (a process start costs
    # about a second, so only when there is enough to share).
    processes = min(os.cpu_count() or 1, 4) if len(docs) >= PARALLEL_FROM else 1
    with _quiet_workers(processes > 1):
        current, parts = None, []
        for (i, _), parsed in zip(pieces, _parse(nlp, [text for _, text in pieces], processes)):
            if i != current and parts:
                finish(current, parts)
                parts = []
            current = i
            parts.append(parsed)
        if parts:
            finish(current, parts)
    return results


def _parse(nlp, texts: list[str], processes: int):
    """A Doc for each text, in order, or the exception that text raised. spaCy's pipe stops at the
    first error; the texts from there on are parsed one by one, so that one bad text fails alone."""
    done = 0
    try:
        for spacy_doc in nlp.pipe(texts, batch_size=16, n_process=processes):
            yield spacy_doc
            done += 1
        return
    except Exception:           # noqa: BLE001 - which text failed is found below
        pass
    for text in texts[done:]:
        try:
            yield nlp(text)
        except Exception as exc:  # noqa: BLE001
            yield exc


class ParallelInterrupt(KeyboardInterrupt):
    """Ctrl-C during a parallel parse. The parser workers are stopped, but spaCy's queues may still
    hold texts nobody will read, and joining their feeder threads at exit can hang: a program
    that gets this should end without the interpreter's exit handlers (the command line calls
    `os._exit`)."""


@contextmanager
def _quiet_workers(parallel: bool):
    """Ctrl-C during a parallel parse is one KeyboardInterrupt in the main process: the parser
    workers (forked with the same handler) end silently instead of printing a traceback each, and
    the main process stops any that are left before spaCy waits for them."""
    if not parallel or threading.current_thread() is not threading.main_thread():
        yield
        return
    import multiprocessing

    main_pid = os.getpid()

    def on_interrupt(signum, frame):
        if os.getpid() != main_pid:
            os._exit(1)                  # a worker: the main process reports the interruption
        for child in multiprocessing.active_children():
            child.kill()
        raise ParallelInterrupt

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"\[W127\]")
            yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)


def merge(results: list[DocumentResult], title: Optional[str] = None) -> Timeline:
    """One timeline from many documents: actors with the same name merged, ids given out."""
    actors: list[Actor] = []
    by_name: dict[str, int] = {}
    actor_map: dict[tuple[str, str], str] = {}
    for r in results:
        for a in r.actors.actors:
            keys = sorted({a.name.lower()} | {x.lower() for x in a.aliases if len(x.split()) > 1})
            # One story's "officials" are not another's: generic actors stay in their document.
            hit = None if a.generic else next((by_name[k] for k in keys if k in by_name), None)
            if hit is None:
                new_id = f"a{len(actors) + 1}"
                actors.append(Actor(new_id, a.name, a.type, a.aliases, a.mentions, r.document.id, generic=a.generic))
                if a.generic:
                    actor_map[(r.document.id, a.id)] = new_id
                    continue
                hit = len(actors) - 1
            else:
                old = actors[hit]
                aliases = distinct_names(x for x in (*old.aliases, *a.aliases) if x.lower() != old.name.lower())
                actors[hit] = Actor(old.id, old.name, old.type, aliases, old.mentions + a.mentions, None)
            for k in keys:
                by_name.setdefault(k, hit)
            actor_map[(r.document.id, a.id)] = actors[hit].id

    drafts = []
    for order, r in enumerate(results):
        for ev in r.events:
            drafts.append((order, r, ev))
    far = date.max
    drafts.sort(key=lambda x: ((x[2].time.earliest if x[2].time and x[2].time.earliest else far), x[0], x[2].trigger[0]))
    event_map: dict[tuple[str, str], str] = {}
    events: list[Event] = []
    for n, (_, r, ev) in enumerate(drafts, 1):
        event_map[(r.document.id, ev.key)] = f"e{n}"
    for _, r, ev in drafts:
        doc_id, text = r.document.id, r.document.text
        amap = lambda aid: actor_map.get((doc_id, aid)) if aid else None
        time = ev.time
        if time is not None and time.anchor.startswith("event:"):
            time = EventTime(time.value, time.earliest, time.latest, time.granularity, time.approximate,
                             "event:" + event_map.get((doc_id, time.anchor[6:]), time.anchor[6:]),
                             time.text, time.start, time.end)
        events.append(Event(
            id=event_map[(doc_id, ev.key)], doc=doc_id, kind=ev.kind, summary=ev.summary,
            trigger=Span(ev.trigger[0], ev.trigger[1], text[ev.trigger[0]:ev.trigger[1]]),
            sentence=Span(ev.sentence[0], ev.sentence[1], text[ev.sentence[0]:ev.sentence[1]]),
            time=time, status=ev.status,
            actors=tuple(Participant(amap(p.actor), p.role) for p in ev.actors if amap(p.actor)),
            quote=ev.quote, quote_span=ev.quote_span, direct=ev.direct,
            speaker=amap(ev.speaker), addressee=amap(ev.addressee)))

    relations, links = [], []
    for r in results:
        doc_id = r.document.id
        for rel in r.relations:
            s, t = actor_map.get((doc_id, rel.source)), actor_map.get((doc_id, rel.target))
            if s and t and s != t:
                relations.append(Relation(s, t, rel.type, event_map.get((doc_id, rel.event)) if rel.event else None,
                                          doc_id, rel.start, rel.end, rel.hypothetical))
        for link in r.links:
            s, t = event_map.get((doc_id, link.source)), event_map.get((doc_id, link.target))
            if s and t:
                links.append(TemporalLink(s, t, link.type, link.offset, link.text))
    documents = tuple(r.document for r in results)
    if title is None:
        titled = [d.title for d in documents if d.title]
        title = titled[0] if len(documents) == 1 and titled else (
            f"{len(documents)} documents" if len(documents) > 1 else (documents[0].id if documents else "timeline"))
    return Timeline(documents, tuple(actors), tuple(events), tuple(relations), tuple(links), title)


def build(documents: Iterable[Document], model: Optional[str] = None, title: Optional[str] = None) -> Timeline:
    """Documents in, one merged timeline out: the library entry point behind `timeline build`."""
    return merge(analyse_all(documents, model), title)
