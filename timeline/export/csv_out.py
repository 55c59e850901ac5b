"""`NAME.csv`: one row per event, the columns of SPEC §3.2 and then the columns that let a
fact-checker cite a row without the original file (see export/rows.py).

The file starts with a UTF-8 byte-order mark: Excel reads a CSV without one in the system's
legacy code page and shows every curly quote as mojibake, while pandas, R's readr, DuckDB,
Polars, LibreOffice and Google Sheets all skip the mark (Python's csv module: open the file with
`encoding="utf-8-sig"`)."""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..model import Timeline
from .atomic import atomic_write
from .rows import COLUMNS, cell_text, iter_event_rows
from .safe import csv_cell

CSV_COLUMNS = COLUMNS
BOM = "\ufeff"


def rows(tl: Timeline) -> list[list[str]]:
    return list(_rows(tl))


def _rows(tl: Timeline) -> Iterator[list[str]]:
    return ([cell_text(row[c]) for c in CSV_COLUMNS] for row in iter_event_rows(tl))


def write_csv(tl: Timeline, path: Union[str, Path]) -> Path:
    """Each row made as it is written (a corpus's table is never held whole, as text or as rows)."""
    return write_sheet(path, CSV_COLUMNS, _rows(tl))


def write_sheet(path: Union[str, Path], columns: list[str], table: Iterable[list[str]]) -> Path:
    """A CSV for spreadsheets: UTF-8 with its byte-order mark, CRLF lines, every cell made safe
    (article text is untrusted: no cell may start a formula), written a row at a time (a corpus's
    table is never one string)."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(BOM)
            writer = csv.writer(f, lineterminator="\r\n")
            writer.writerow(columns)
            for row in table:
                writer.writerow([csv_cell(c) for c in row])
            f.flush()
            os.fsync(f.fileno())
    return atomic_write(path, write)
