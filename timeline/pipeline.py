"""Runs the stages over documents and merges them into one `Timeline`."""
from __future__ import annotations

import os
import signal
import sys
import threading
import warnings
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from datetime import date
from itertools import chain, islice
from typing import Callable, Iterable, Iterator, Optional

from .actors import extract_actors, find_roles
from .events import extract_events
from .furniture import news_only
from .findings import ActorIndex, DraftEvent, DraftLink, DraftRelation
from .headline_names import without_headline_words
from .identity import IdMap, merge_actors
from .same_events import merge_reports
from .model import Document, Event, Participant, Relation, Span, TemporalLink, TimeExpr, Timeline
from .nlp import load, parser_text, sentence_bounds
from .nlp_parts import joined, parse_in_parts, text_parts
from .parse_cache import cache_dir, parse_cached
from .parse_repair import reattach_time_of_saying
from .relations import extract_relations
from .statements import extract_statements
from .temporal import tag_text


PARALLEL_FROM = 40      # documents


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
    reattach_time_of_saying(spacy_doc, timexes)
    actors = extract_actors(text, spacy_doc)
    roles = find_roles(text, actors)
    statements = extract_statements(text, spacy_doc, actors, roles)
    events, links = extract_events(text, spacy_doc, document.published, timexes, actors, statements)
    relations = extract_relations(text, spacy_doc, actors, roles, events, statements)
    return DocumentResult(document, timexes, actors, events, links, relations)


def analyse_all(documents: Iterable[Document], model: Optional[str] = None,
                on_result: Optional[Callable[[DocumentResult], None]] = None,
                on_error: Optional[Callable[[Document, Exception], None]] = None,
                jobs: Optional[int] = None) -> list[DocumentResult]:
    """Every document parsed and analysed, in order (`analyse_stream`, collected), the page
    furniture of each (readers' comments, buttons, a site's boilerplate) blanked first."""
    results = []
    for _document, result in analyse_stream(news_only(documents), model, jobs, on_error):
        if result is not None:
            results.append(result)
            if on_result:
                on_result(result)
    return results


def analyse_stream(documents: Iterable[Document], model: Optional[str] = None, jobs: Optional[int] = None,
                   on_error: Optional[Callable[[Document, Exception], None]] = None
                   ) -> Iterator[tuple[Document, Optional[DocumentResult]]]:
    """Each document with its result, in order, the documents read only as the parser needs them
    (a corpus is never held whole). A document that cannot be parsed or analysed is passed to
    `on_error(document, exception)` and comes with None, the others go on; without `on_error`
    the exception is raised. `jobs`: parser processes (default: every core up to 4, once there
    are PARALLEL_FROM documents, since a process start costs about a second)."""
    nlp = load(model)
    documents, processes = choose_processes(iter(documents), jobs)
    pending: deque[Document] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            pending.append(document)
            yield parser_text(document.text)

    with quiet_workers(processes > 1):
        for parsed in _parsed(nlp, texts(), processes):
            document = pending.popleft()
            try:
                if isinstance(parsed, Exception):
                    raise parsed
                result = analyse(document, parsed)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(document, exc)
                result = None
            yield document, result


def choose_processes(documents: Iterator[Document], jobs: Optional[int]) -> tuple[Iterator[Document], int]:
    """`jobs`, else every core up to 4 once there are PARALLEL_FROM documents (the documents
    looked at are given back, with the rest)."""
    if jobs:
        return documents, jobs
    head = list(islice(documents, PARALLEL_FROM))
    processes = min(os.cpu_count() or 1, 4) if len(head) >= PARALLEL_FROM else 1
    return chain(head, documents), processes


CACHED_CHUNK = 1000     # documents looked up in the parse cache at a time


def _parsed(nlp, texts: Iterator[str], processes: int) -> Iterator:
    cache = cache_dir()
    if cache is None:
        return _parse(nlp, texts, processes)
    return (parsed for chunk in _chunks(texts, CACHED_CHUNK)
            for parsed in parse_cached(nlp, chunk, lambda nlp, missing: _parse(nlp, iter(missing), processes), cache))


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(items, size)):
        yield chunk


def _parse(nlp, texts: Iterator[str], processes: int) -> Iterator:
    """A Doc for each text, in order, or the exception that text raised; a text longer than
    nlp_parts.PART_CHARS is parsed in parts. spaCy's pipe stops at the first error; the texts from there
    on are parsed one by one, so that one bad text fails alone."""
    unparsed: deque[str] = deque()          # read by the pipe, not yet given back

    def feed() -> Iterator[str]:
        for text in texts:
            unparsed.append(text)
            yield text

    try:
        for spacy_doc in parse_in_parts(nlp, feed(), batch_size=16, n_process=processes):
            unparsed.popleft()
            yield spacy_doc
        return
    except Exception:           # noqa: BLE001 - which text failed is found below
        pass
    for text in chain(list(unparsed), texts):
        try:
            yield joined([nlp(part) for part in text_parts(text)])
        except Exception as exc:  # noqa: BLE001
            yield exc


class ParallelInterrupt(KeyboardInterrupt):
    """Ctrl-C during a parallel parse. The parser workers are stopped, but spaCy's queues may still
    hold texts nobody will read, and joining their feeder threads at exit can hang: a program
    that gets this should end without the interpreter's exit handlers (the command line calls
    `os._exit`)."""


@contextmanager
def quiet_workers(parallel: bool):
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


def merge(results: Iterable[DocumentResult], title: Optional[str] = None, merge_reports: bool = True) -> Timeline:
    """One timeline from many documents: the same actor made one, ids given out, and (unless
    `merge_reports` is false: a scorer that reads each article's events on its own) an event
    several articles tell made one, the other reports in its `sources`."""
    results = list(results)
    return merge_stream(lambda: iter(results), title, merge_reports)


def merge_stream(read: Callable[[], Iterable[DocumentResult]], title: Optional[str] = None,
                 merge_reports: bool = True) -> Timeline:
    """`merge` of the results `read()` gives (in input order, the same each time it is called),
    read twice and never held together: the actors of every document first, then each
    document's events, relations and links, made the timeline's before the next document is
    read. What is held is what is merged (actors, events, documents), not the findings."""
    actors, actor_map = merge_actors((r.document.id, without_headline_words(r.document.text, r.actors.actors))
                                     for r in read())
    documents: list[Document] = []
    timed: list[tuple[tuple, Event]] = []       # each event after its place in time order
    relations: list[Relation] = []
    links: list[TemporalLink] = []
    for order, r in enumerate(read()):
        documents.append(r.document)
        event_map = {(r.document.id, ev.key): _draft_id(order, ev.key) for ev in r.events}
        sentences: dict = {}
        timed += [(_when(ev, order), _event(r, ev, event_map, actor_map, sentences)) for ev in r.events]
        relations += _relations([r], actor_map, event_map)
        links += _links([r], event_map)
    timed.sort(key=lambda pair: pair[0])
    events, relations, links = _numbered([e for _, e in timed], relations, links)
    del timed
    if len(documents) > 1 and merge_reports:
        events, relations, links = _one_event_per_story(events, relations, links)
        events, relations, links = _numbered(events, relations, links)     # no gaps where reports merged
    documents = tuple(documents)
    return Timeline(documents, tuple(actors), tuple(events), tuple(relations), tuple(links), _title(documents, title))


def _when(ev: DraftEvent, order: int) -> tuple:
    """Where an event goes: the earliest first; undated ones last, in document and text order."""
    return (ev.time.earliest if ev.time and ev.time.earliest else date.max), order, ev.trigger[0]


def _draft_id(order: int, key: str) -> str:
    """An event's id until the events of every document are in time order (no key holds a NUL)."""
    return f"\0{order}\0{key}"


def _numbered(events: list[Event], relations: list[Relation], links: list[TemporalLink]):
    """The events named e1, e2, ... in their order, and what points at them renamed with them."""
    final = {e.id: f"e{n}" for n, e in enumerate(events, 1)}
    follow = lambda event_id: final.get(event_id, event_id)
    for i, e in enumerate(events):
        events[i] = _anchored_on(replace(e, id=final[e.id]), follow)
    relations = [replace(r, event=follow(r.event)) if r.event in final else r for r in relations]
    links = [replace(link, source=follow(link.source), target=follow(link.target)) for link in links]
    return events, relations, links


def _one_event_per_story(events: list[Event], relations: list[Relation], links: list[TemporalLink]):
    """Events told by several articles made one (`same_events`); what pointed at a merged event
    points at the one it became."""
    events, merged_into = merge_reports(events)
    if not merged_into:
        return events, relations, links
    follow = lambda event_id: merged_into.get(event_id, event_id)
    events = [_anchored_on(e, follow) for e in events]
    relations = [replace(r, event=follow(r.event)) if r.event in merged_into else r for r in relations]
    kept, seen = [], set()
    for link in links:
        link = replace(link, source=follow(link.source), target=follow(link.target))
        key = (link.source, link.target, link.type)
        if link.source != link.target and key not in seen:
            seen.add(key)
            kept.append(link)
    return events, relations, kept


def _anchored_on(event: Event, follow) -> Event:
    t = event.time
    if t is None or not t.anchor.startswith("event:"):
        return event
    anchor = follow(t.anchor[6:])
    return event if anchor == t.anchor[6:] else replace(event, time=replace(t, anchor="event:" + anchor))


# A draft's fields that name spans or ids within the document; the others pass to the event as they are.
_MAPPED = {"id", "doc", "trigger", "sentence", "time", "actors", "speaker", "addressee"}
_AS_DRAFTED = tuple(f.name for f in fields(Event) if f.name in {d.name for d in fields(DraftEvent)} - _MAPPED)


def _event(r: DocumentResult, ev: DraftEvent, event_map: IdMap, actor_map: IdMap, sentences: dict) -> Event:
    """The model's event for a draft. The events of one sentence share its text (`sentences`):
    a copy each made a long sentence's text take memory square in its length."""
    doc_id, text = r.document.id, r.document.text
    sentence = sentences.get((doc_id, ev.sentence))
    if sentence is None:
        sentence = sentences[(doc_id, ev.sentence)] = Span(ev.sentence[0], ev.sentence[1],
                                                          text[ev.sentence[0]:ev.sentence[1]])
    amap = lambda aid: actor_map.get((doc_id, aid)) if aid else None
    time = ev.time
    if time is not None and time.anchor.startswith("event:"):
        time = replace(time, anchor="event:" + event_map.get((doc_id, time.anchor[6:]), time.anchor[6:]))
    return Event(
        id=event_map[(doc_id, ev.key)], doc=doc_id, time=time,
        trigger=Span(ev.trigger[0], ev.trigger[1], sys.intern(text[ev.trigger[0]:ev.trigger[1]])),
        sentence=sentence,
        actors=tuple(_participant(amap(p.actor), p.role) for p in ev.actors if amap(p.actor)),
        speaker=amap(ev.speaker), addressee=amap(ev.addressee),
        **{name: getattr(ev, name) for name in _AS_DRAFTED})


# The same participant (actor, role) is one object in a merged corpus's events: tens of thousands of
# events name a few hundred actors.
_participant = lru_cache(maxsize=1 << 14)(Participant)


def _relations(results: list[DocumentResult], actor_map: IdMap, event_map: IdMap) -> list[Relation]:
    relations = []
    for r in results:
        doc_id = r.document.id
        for rel in r.relations:
            s, t = actor_map.get((doc_id, rel.source)), actor_map.get((doc_id, rel.target))
            if s and t and s != t:
                relations.append(Relation(s, t, rel.type, event_map.get((doc_id, rel.event)) if rel.event else None,
                                          doc_id, rel.start, rel.end, rel.hypothetical))
    return relations


def _links(results: list[DocumentResult], event_map: IdMap) -> list[TemporalLink]:
    links = []
    for r in results:
        doc_id = r.document.id
        for link in r.links:
            s, t = event_map.get((doc_id, link.source)), event_map.get((doc_id, link.target))
            if s and t:
                links.append(TemporalLink(s, t, link.type, link.offset, link.text))
    return links


def _title(documents: tuple[Document, ...], title: Optional[str]) -> str:
    """The given title; else a single document's own, else how many documents there are."""
    if title is not None:
        return title
    titled = [d.title for d in documents if d.title]
    return titled[0] if len(documents) == 1 and titled else (
        f"{len(documents)} documents" if len(documents) > 1 else (documents[0].id if documents else "timeline"))


def build(documents: Iterable[Document], model: Optional[str] = None, title: Optional[str] = None,
          jobs: Optional[int] = None, merge_reports: bool = True, story: Optional[dict] = None) -> Timeline:
    """Documents in, one merged timeline out, with its story: the library entry point behind
    `timeline build`. `story` holds the options of `story.make_story` (query, dates, per_date,
    date_from, date_to); without it the story takes its defaults."""
    return with_story(merge(analyse_all(documents, model, jobs=jobs), title, merge_reports), **(story or {}))


def with_story(timeline: Timeline, **options) -> Timeline:
    """The timeline with its story (SPEC 3.5), made after the merge from the merged events."""
    from .story import make_story

    return replace(timeline, story=make_story(timeline, **options))
