"""A build's documents analysed: every input read lazily, each result written to the run folder
as it comes (`runs.py`), on local processes or a Dask cluster; each input that cannot be read and
each document that cannot be analysed is one line on stderr, and the run goes on."""
from __future__ import annotations

import sys
from pathlib import Path

from .messages import PROG, err, reason, where
from .progress import Progress
from .report import document_line


class EngineError(Exception):
    """The model or the cluster cannot be had: nothing can be analysed."""


def run_corpus(args, published, parts: Path):
    """Every input read lazily and analysed, each result written to the run folder `parts` as
    it comes (runs.py). Returns the run folder (closed: its shards are read back for the merge),
    the documents done in input order, the counts and the number of inputs that could not be
    read; None when nothing could be."""
    from ..ingest import expected_documents
    from ..runs import RunFolder, run_documents

    progress = Progress(args.quiet, lambda: expected_documents(args.inputs))   # counted only for a bar shown
    inputs = _Inputs(args, published, progress)

    def on_error(document, exc: Exception) -> None:
        progress.write(f"{PROG}: error: {where(document)}: cannot be analysed ({reason(exc)})", sys.stderr)

    def on_result(result) -> None:
        progress.step()
        if args.verbose and not args.quiet:
            progress.write(document_line(result), sys.stdout)

    try:
        with RunFolder(parts, resume=args.resume) as run, progress:
            engine = _engine(args, progress, on_error)
            done, counts = run_documents(inputs.documents(), run, engine, args.model, on_result, on_reused=progress.step)
    except EngineError as exc:
        err(f"error: {exc}")
        return None
    except OSError as exc:
        err(f"error: {parts}: cannot write the run's findings ({exc.strerror or exc})")
        return None
    if not counts.documents or not done:
        err("error: nothing could be processed")
        return None
    return run, done, counts, inputs.failures


class _Inputs:
    """The documents of a build's inputs, read as they are needed; each input that cannot be read
    is one line on stderr, and counted."""

    def __init__(self, args, published, progress: Progress):
        self.args, self.published, self.progress = args, published, progress
        self.failures = 0

    def documents(self):
        from ..furniture import news_only

        # Readers' comments, buttons and a site's boilerplate are not news (blanked: offsets hold).
        return news_only(self._read())

    def _read(self):
        from ..ingest import Failure, InputWarning, read_stream

        for item in read_stream(self.args.inputs, self.published, max_bytes=self.args.max_bytes):
            if isinstance(item, Failure):
                self.failures += 1
                self.progress.write(f"{PROG}: error: {item}", sys.stderr)
            elif isinstance(item, InputWarning):
                self.progress.write(f"{PROG}: {item}", sys.stderr)
            else:
                yield item


def _engine(args, progress: Progress, on_error):
    """What analyses the documents: local processes (--jobs; the model is loaded here first, and
    the workers are forked with it), or a Dask cluster (--dask)."""
    from ..cluster import process_engine
    from ..nlp import ModelError, load

    if args.dask:
        return _dask_engine(args, progress, on_error)
    progress.stage("loading the model")
    try:
        load(args.model)
    except ModelError as exc:
        raise EngineError(str(exc)) from None
    progress.stage("documents")
    return process_engine(args.jobs, args.model, on_error)


def _dask_engine(args, progress: Progress, on_error):
    """The documents sent in batches to a Dask cluster; a batch that fails is a warning each time
    it is sent again."""
    from ..cluster import RETRIES, ClusterError, connect, dask_engine

    progress.stage("starting the cluster")
    try:
        client = connect(args.dask, args.jobs)
    except ClusterError as exc:
        raise EngineError(str(exc)) from None
    progress.stage("documents")

    def on_retry(batch, retry: int, exc: BaseException) -> None:
        progress.write(f"{PROG}: warning: a batch of {len(batch)} documents ({where(batch[0])}, ...) failed "
                       f"on the cluster ({reason(exc)}); sending it again ({retry} of {RETRIES})", sys.stderr)
    return dask_engine(client, args.model, on_error, on_retry=on_retry)
