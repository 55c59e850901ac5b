"""Atomic writes: a temporary file beside the target, then a rename, so that an interrupted
run never leaves a truncated file where a good one was."""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Callable, Union


def file_mode(path: Path) -> int:
    """The permission bits of `path` if it exists, else those of a new file under the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Union[str, Path], data: Union[bytes, str, Callable[[Path], None]]) -> Path:
    """Write bytes, text, or whatever `data(tmp_path)` writes, to `path` atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp_path = Path(tmp)
    try:
        if callable(data):
            os.close(fd)
            data(tmp_path)
        else:
            with os.fdopen(fd, "wb") as f:
                f.write(data.encode("utf-8") if isinstance(data, str) else data)
                f.flush()
                os.fsync(f.fileno())
        # mkstemp makes the file private; give it the mode of the file it replaces, or the mode
        # an ordinary new file would have.
        os.chmod(tmp_path, file_mode(path))
        os.replace(tmp_path, path)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
    return path
