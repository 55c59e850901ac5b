"""The output folder of a run: names that stay inside it, no input overwritten, and a whole run's
files appearing together.

A run writes every format into a temporary folder inside `--out` (`.timeline-tmp-PID-XXXX`), then
moves the files into place with `os.replace`, one rename each, under an exclusive lock on the
folder's marker file `.timeline-output`. So a reader sees each file whole, two runs into one folder
leave one run's complete set, and a run killed before the move leaves the old files untouched (its
temporary folder is removed by the next run). A replaced file keeps its permission bits.

The marker also tells the input reader that the folder holds outputs, not articles.
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from ..ingest import OUTPUT_MARKER as MARKER
from .atomic import file_mode

MARKER_TEXT = ("This folder holds outputs of `timeline build` (timelines made from news articles).\n"
               "`timeline build` does not read a folder holding this file as input; keep the file here.\n")
TMP_PREFIX = ".timeline-tmp-"
STALE_AFTER = 6 * 3600      # seconds: no live run keeps a temporary folder this long


class OutputError(Exception):
    """A usage error about the outputs: the message is one line for the user."""


def check_name(name: str) -> str:
    """The `--name` if it makes file names inside `--out`, else OutputError."""
    if not name or name in (".", "..") or "/" in name or "\\" in name or (os.altsep and os.altsep in name):
        raise OutputError(f"--name {name!r}: must be a plain file name, without folders "
                          f"(put the folder in --out)")
    if any(ord(c) < 0x20 or ord(c) == 0x7f for c in name):
        raise OutputError(f"--name {name!r}: control characters are not allowed")
    return name


def _marked(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def _is_input(target: Path, inputs: Iterable[str], readable_suffixes: frozenset[str]) -> bool:
    """Whether writing `target` would destroy an input: a file named on the command line, or a
    file the reader takes from an input folder (not one in an output folder, which it skips).
    Only the few output paths are checked, so a huge or looping input tree costs nothing here."""
    try:
        if not target.is_file():
            return False
        real = target.resolve()
        for raw in inputs:
            if raw == "-":
                continue
            given = Path(raw)
            if given.is_file() and os.path.samefile(given, target):
                return True
            if given.is_dir() and real.is_relative_to(given.resolve()) and not _marked(real.parent) \
                    and real.suffix.lower() in readable_suffixes:
                return True
    except (OSError, RuntimeError):      # RuntimeError: a symlink loop, which the reader reports
        return False
    return False


def check_outputs(out: Path, paths: Iterable[Path], inputs: Iterable[str],
                  readable_suffixes: Iterable[str] = ()) -> None:
    """OutputError if `out` is a file, or an output would be written outside `out` or over an input file."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out} is a file, not a folder; choose a folder for the outputs")
    base = out.resolve()
    wanted = list(paths)
    for p in wanted:
        if p.parent.resolve() != base:
            raise OutputError(f"{p}: would be written outside --out {out}")
    suffixes = frozenset(readable_suffixes)
    for p in wanted:
        if _is_input(p, inputs, suffixes):
            raise OutputError(f"{p} is an input: writing it would destroy it; choose another --out or --name")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_stale(out: Path) -> None:
    """Remove temporary folders left by killed runs: their process is gone, or they are old."""
    try:
        entries = list(out.iterdir())
    except OSError:
        return
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(TMP_PREFIX) or not entry.is_dir() or entry.is_symlink():
            continue
        pid_text = entry.name[len(TMP_PREFIX):].split("-", 1)[0]
        pid = int(pid_text) if pid_text.isdigit() else None
        try:
            old = now - entry.stat().st_mtime > STALE_AFTER
        except OSError:
            continue
        if pid == os.getpid() and not old:
            continue
        if old or pid is None or not _alive(pid):
            shutil.rmtree(entry, ignore_errors=True)


def _mark(out: Path) -> None:
    marker = out / MARKER
    if not marker.exists():
        from .atomic import atomic_write
        atomic_write(marker, MARKER_TEXT)


@contextmanager
def _locked(out: Path):
    """An exclusive lock on the folder's marker, where the platform has one (fcntl)."""
    try:
        import fcntl
    except ImportError:         # Windows: renames are still atomic one by one
        yield
        return
    with open(out / MARKER, "a") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


@contextmanager
def _no_interrupt():
    """Ctrl-C waits until the files are moved (the moves take milliseconds)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """Create `out` (with its marker) and a temporary folder inside it, removed at the end
    whatever happens. Raises OSError when `out` cannot be created."""
    out.mkdir(parents=True, exist_ok=True)
    _mark(out)
    clean_stale(out)
    tmp = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{os.getpid()}-", dir=out))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def commit(staged: list[tuple[Path, Path]], out: Path) -> tuple[list[Path], list[tuple[Path, OSError]]]:
    """Move each staged file to its final path, keeping the mode of a file it replaces.
    Returns the paths moved and the (path, error) of those that could not be."""
    done, failed = [], []
    with _no_interrupt(), _locked(out):
        for src, dest in staged:
            try:
                os.chmod(src, file_mode(dest))
                os.replace(src, dest)
                done.append(dest)
            except OSError as exc:
                failed.append((dest, exc))
    return done, failed
