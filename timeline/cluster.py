"""The per-document stage on local processes (`--jobs N`) or a Dask cluster (`--dask ADDRESS`).

Locally, N worker processes each parse and analyse batches of documents (the stages run in the
workers too, not only the parser, so that the run scales with the processes).

Documents are sent in batches; each worker process loads the model once (`nlp.load` is cached
per process) and returns each document's result as a line of JSON (`runs.result_line`), which
comes back exactly as it would from a local run. A batch that fails (a worker lost, an error in
the task) is tried again `RETRIES` times, then each of its documents is reported as failed and
the run goes on. Needs the `cluster` extra: pip install 'timeline-builder[cluster]'.
"""
from __future__ import annotations

import os
from itertools import islice
from typing import Callable, Iterator, Optional

from .model import Document
from .pipeline import DocumentResult

BATCH = 4               # documents per task: few, so that no worker waits long for the last one
RETRIES = 2             # more tries of a failed batch
IN_FLIGHT = 3           # batches per worker queued at once: enough to keep it busy, few in memory


class ClusterError(RuntimeError):
    """The cluster cannot be reached or started."""


def analyse_batch(documents: list[Document], model: Optional[str],
                  attribution_model=None) -> list[tuple[Optional[str], Optional[str]]]:
    """Runs on a worker: each document's result line, or the reason it failed. `attribution_model`
    is the run's (`attribution.configured()`, read where the run started: a worker may not have
    the file, nor the environment)."""
    from . import attribution
    from .pipeline import analyse_stream
    from .runs import result_line

    attribution.use_model(attribution_model)
    failures: dict[int, str] = {}

    def on_error(document: Document, exc: Exception) -> None:
        failures[id(document)] = f"{type(exc).__name__}: {str(exc).strip()[:300]}"

    out = []
    for document, result in analyse_stream(documents, model, jobs=1, on_error=on_error):
        out.append((result_line(result), None) if result is not None else (None, failures.get(id(document))))
    return out


def process_engine(jobs: Optional[int], model: Optional[str], on_error: Callable[[Document, Exception], None],
                   batch: int = BATCH) -> Callable[[Iterator[Document]], Iterator[tuple[Document, Optional[DocumentResult]]]]:
    """An engine for `runs.run_documents`: one process for a few documents, else batches of
    documents analysed by `jobs` worker processes (forked from this one, with its model), the
    results in input order, never more than IN_FLIGHT batches per worker waiting."""
    from .pipeline import analyse_stream, choose_processes

    def engine(documents: Iterator[Document]) -> Iterator[tuple[Document, Optional[DocumentResult]]]:
        documents, processes = choose_processes(documents, jobs)
        if processes == 1:
            yield from analyse_stream(documents, model, 1, on_error)
            return
        yield from _on_processes(documents, processes, model, on_error, batch)
    return engine


def _on_processes(documents: Iterator[Document], processes: int, model: Optional[str], on_error,
                  batch: int) -> Iterator[tuple[Document, Optional[DocumentResult]]]:
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from .attribution import configured
    from .pipeline import ParallelInterrupt, quiet_workers
    from .runs import result_from_line

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    batches = iter(lambda: list(islice(documents, batch)), [])
    pending: deque = deque()
    # Ctrl-C: the workers are stopped and the command line ends at once (pipeline.ParallelInterrupt),
    # without waiting for the pool, whose killed workers may never answer its shutdown.
    pool = ProcessPoolExecutor(processes, mp_context=context)
    interrupted = False
    try:
        with quiet_workers(True):
            for chunk in batches:
                pending.append((chunk, pool.submit(analyse_batch, chunk, model, configured())))
                while len(pending) >= processes * IN_FLIGHT:
                    yield from _outcome(*pending.popleft(), on_error, result_from_line, tries=1)
            while pending:
                yield from _outcome(*pending.popleft(), on_error, result_from_line, tries=1)
    except ParallelInterrupt:
        interrupted = True
        raise
    finally:
        pool.shutdown(wait=not interrupted, cancel_futures=True)


def connect(address: str, workers: Optional[int] = None):
    """A Dask client: of the scheduler at `address`, or of a cluster of local processes for
    `local` (`workers` of them, one thread each)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--dask needs Dask: pip install 'timeline-builder[cluster]'") from None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=workers or min(os.cpu_count() or 1, 4), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            return Client(cluster)
        return Client(address, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def dask_engine(client, model: Optional[str], on_error: Callable[[Document, Exception], None],
                batch: int = BATCH, on_retry: Optional[Callable[[list[Document], int, BaseException], None]] = None
                ) -> Callable[[Iterator[Document]], Iterator[tuple[Document, Optional[DocumentResult]]]]:
    """An engine for `runs.run_documents`: batches of documents analysed on the cluster, results
    in the order they finish, never more than IN_FLIGHT batches per worker waiting. A batch that
    fails is sent again, RETRIES times, each retry told to `on_retry(batch, retry, exception)`."""
    from dask.distributed import as_completed

    from .attribution import configured
    from .runs import result_from_line

    attribution_model = configured()

    def engine(documents: Iterator[Document]) -> Iterator[tuple[Document, Optional[DocumentResult]]]:
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            batches = iter(lambda: list(islice(documents, batch)), [])
            sent: dict = {}
            queue = as_completed()
            send = lambda chunk, tries=0: _submit(client, queue, sent, chunk, model, attribution_model, tries)
            for chunk in islice(batches, workers * IN_FLIGHT):
                send(chunk)
            for future in queue:
                chunk, tries = sent.pop(future.key)
                if future.status == "error" and tries < RETRIES:
                    if on_retry is not None:
                        on_retry(chunk, tries + 1, future.exception())
                    future.release()
                    send(chunk, tries + 1)
                    continue
                yield from _outcome(chunk, future, on_error, result_from_line, tries=tries + 1)
                for more in islice(batches, 1):
                    send(more)
        finally:
            close(client)
    return engine


def close(client) -> None:
    """The client, and the cluster it started for `local`."""
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def _submit(client, queue, sent: dict, chunk: list[Document], model: Optional[str], attribution_model,
            tries: int) -> None:
    """One batch sent (its retries are ours, so that each is reported)."""
    future = client.submit(analyse_batch, chunk, model, attribution_model, pure=False)
    sent[future.key] = (chunk, tries)
    queue.add(future)


def _outcome(chunk: list[Document], future, on_error, decode,
             tries: int = 1) -> Iterator[tuple[Document, Optional[DocumentResult]]]:
    try:
        lines = future.result()
    except Exception as exc:            # noqa: BLE001 - the batch failed on every try: its documents fail
        failure = RuntimeError(f"its batch of documents failed{f' {tries} times' if tries > 1 else ''} "
                               f"({type(exc).__name__}: {str(exc).strip()[:200]})")
        for document in chunk:
            on_error(document, failure)
            yield document, None
        return
    finally:
        if hasattr(future, "release"):
            future.release()
    for document, (line, reason) in zip(chunk, lines):
        if line is None:
            on_error(document, RuntimeError(reason or "cannot be analysed"))
            yield document, None
        else:
            yield document, decode(line)
