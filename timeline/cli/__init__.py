"""Command line: `timeline build` and `timeline tag` (SPEC §2, §3), thin over the library.

Exit codes: 0 every input processed and every output written; 1 something failed (an input that
cannot be read, a document that cannot be analysed, a format that cannot be written: each named on
stderr in one line, the rest processed and written); 2 usage error (including an --out/--name
that would overwrite an input or leave --out) or nothing could be processed or written;
130 interrupted.

Its modules, one a job: `arguments` with `build_arguments`, `tag_arguments` and `value_types` (what
the command line accepts); `build_options` (the arguments as the library's options); `build`,
`corpus_run` and `output` (the build command's steps); `tag`; `messages`, `report` and
`progress` (what it says).
"""
from __future__ import annotations

import sys
from typing import Optional, Sequence

from .arguments import parser
from .build import run_build
from .messages import UsageError, err
from .tag import run_tag


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        return _main(argv)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] == "timeline":
            raise
        # Run from a checkout without installing: say what to do, not where it broke. Building
        # the parser already reads the chart's options, so it is inside this guard too.
        err(f"error: the package {exc.name.split('.')[0]!r} is not installed for {sys.executable}; "
            f"install the project first: pip install .")
        return 2


def _main(argv: Optional[Sequence[str]]) -> int:
    arguments = parser()
    try:
        args = arguments.parse_args(argv)
    except SystemExit as exc:           # argparse has printed the usage message
        return 0 if exc.code == 0 else 2
    if args.command is None:
        arguments.print_help(sys.stderr)
        return 2
    try:
        return _run(args)
    except UsageError as exc:
        err(f"error: {exc}")
        return 2
    except KeyboardInterrupt as exc:
        return _interrupted(exc)
    except BrokenPipeError:
        # "timeline build … | head": the reader has gone; stop quietly, as Unix tools do.
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(args) -> int:
    if args.command == "build":
        return run_build(args)
    return run_tag(args)


def _interrupted(exc: KeyboardInterrupt) -> int:
    err("interrupted")
    pipeline = sys.modules.get("timeline.pipeline")     # not loaded: not a parallel parse
    if pipeline is not None and isinstance(exc, pipeline.ParallelInterrupt):
        # spaCy's worker queues may never drain: end now, without the exit handlers that
        # would wait for them (outputs are not written yet; nothing is left half done).
        sys.stdout.flush()
        sys.stderr.flush()
        import os
        os._exit(130)
    return 130
