"""An input folder: every supported file below it, in sorted order, walked without following
links out of the tree, into output folders of the tool (marked by `.timeline-output`) or deeper
than `MAX_DEPTH`; each problem on the way is one line."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

from ..lexicon import page as P
from .files import SUPPORTED, read_file
from .limits import MAX_DEPTH
from .problems import Failure, InputWarning, Item, display

OUTPUT_MARKER = ".timeline-output"  # written into every --out folder; such folders are never read


def _is_project_file(path: Path) -> bool:
    """A corpus folder's README or LICENSE describes the corpus; it is not an article in it."""
    return path.stem.lower() in P.CORPUS_DESCRIPTION_FILES


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _visit(path: Path, entry: os.DirEntry, depth: int, real_root: Path, where: str,
           files: list[Path], issues: list[Item], pending: list[tuple[Path, int]]) -> None:
    """One entry of a folder: a file to read, a folder to walk, or a problem to report."""
    try:
        if entry.is_symlink():
            _visit_link(path, real_root, where, files, issues)
        elif entry.is_dir(follow_symlinks=False):
            if depth + 1 > MAX_DEPTH:
                issues.append(Failure(display(path), f"folders nested more than {MAX_DEPTH} levels deep; "
                                                     "nothing below read"))
                return
            pending.append((path, depth + 1))
        elif entry.is_file(follow_symlinks=False) and path.suffix.lower() in SUPPORTED and not _is_project_file(path):
            files.append(path)
    except OSError as exc:
        issues.append(Failure(display(path), f"cannot read: {exc.strerror or exc}"))


def _visit_link(path: Path, real_root: Path, where: str, files: list[Path], issues: list[Item]) -> None:
    """A symbolic link is followed only to a file inside the tree."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        issues.append(InputWarning(display(path), "broken or looping symbolic link; skipped"))
        return
    if not _inside(target, real_root):
        issues.append(InputWarning(display(path), f"symbolic link to {display(target)}, outside {where}; not followed"))
        return
    if target.is_dir():
        return                        # inside the tree: its files are read where they are
    if target.is_file() and path.suffix.lower() in SUPPORTED and not _is_project_file(path):
        files.append(path)


def read_folder(root: Path, published: Optional[date], max_bytes: int) -> Iterator[Item]:
    """Every supported file below `root`, in sorted order. Hidden entries are skipped, and so are
    folders the tool wrote (they hold OUTPUT_MARKER): its outputs are never read back as inputs.
    Symbolic links are followed only to files inside the tree; each problem is one line."""
    where = display(root)
    if (root / OUTPUT_MARKER).exists():
        yield Failure(where, f"an output folder of timeline (it holds {OUTPUT_MARKER}); not read as input")
        return
    try:
        real_root = root.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        yield Failure(where, f"cannot read folder: {getattr(exc, 'strerror', None) or exc}")
        return
    files, issues = _walk(root, real_root, where)
    yield from issues
    if not files and not any(isinstance(i, Failure) for i in issues):
        yield Failure(where, "directory holds no .txt, .md, .html or .jsonl files")
    for f in sorted(files):
        yield from read_file(f, published, max_bytes)


def _walk(root: Path, real_root: Path, where: str) -> tuple[list[Path], list[Item]]:
    """The files to read below `root`, and the problems met on the way (in the order met)."""
    files: list[Path] = []
    issues: list[Item] = []
    pending = [(root, 0)]
    while pending:
        folder, depth = pending.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            issues.append(Failure(display(folder), f"cannot read folder: {exc.strerror or exc}"))
            continue
        if depth and any(e.name == OUTPUT_MARKER for e in entries):
            continue                                    # an output folder of the tool inside the input
        for entry in entries:
            if entry.name.startswith("."):
                continue
            _visit(Path(entry.path), entry, depth, real_root, where, files, issues, pending)
    return files, issues
