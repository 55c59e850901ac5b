"""A progress bar on stderr while a build runs, in a terminal only; the lines written meanwhile
go above it."""
from __future__ import annotations

import sys
from typing import Callable, Optional


class Progress:
    """A progress bar on stderr, for a terminal only: the model loading, then the documents (out
    of the `total` counted when the bar is shown, when it can be), kept as the last line when the
    run ends. Lines written while it runs go above it."""

    def __init__(self, quiet: bool, total: Callable[[], Optional[int]] = lambda: None):
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total(), unit="doc", file=sys.stderr, leave=True, dynamic_ncols=True)

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

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()
