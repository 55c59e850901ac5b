"""What reading says about an input it could not read, or read with a doubt: one `Failure` or
`InputWarning` an input (or JSONL line), naming it as a user can find it."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Union

from ..model import Document


@dataclass(frozen=True)
class Failure:
    """An input that could not be read; `where` names the file (and line), `reason` says why."""
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class InputWarning:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: warning: {self.message}"


Item = Union[Document, Failure, InputWarning]


def display(path: Union[str, "os.PathLike[str]"]) -> str:
    """A path as text that can be printed and written to any output: a file name that is not
    UTF-8 (undecodable bytes kept by Python as surrogates) gets U+FFFD for each bad byte."""
    return os.fsencode(path).decode("utf-8", "replace")
