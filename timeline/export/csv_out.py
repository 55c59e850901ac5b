"""`NAME.csv`: one row per event, the columns of SPEC §3.2."""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Union

from ..model import Timeline
from .atomic import atomic_write
from .safe import csv_cell

CSV_COLUMNS = ["date", "earliest", "latest", "granularity", "approximate", "status", "kind", "summary",
               "actors", "speaker", "quote", "time_text", "trigger", "doc", "sentence_start", "sentence_end",
               "event_id"]


def rows(tl: Timeline) -> list[list[str]]:
    names = {a.id: a.name for a in tl.actors}
    out = []
    for e in tl.events:
        t = e.time
        out.append([
            t.value if t and t.value else "", t.earliest.isoformat() if t and t.earliest else "",
            t.latest.isoformat() if t and t.latest else "", t.granularity if t else "",
            ("true" if t.approximate else "false") if t else "", e.status, e.kind, e.summary,
            "; ".join(names[p.actor] for p in e.actors if p.actor in names),
            names.get(e.speaker, "") if e.speaker else "", e.quote or "", (t.text or "") if t else "",
            e.trigger.text, e.doc, str(e.sentence.start), str(e.sentence.end), e.id,
        ])
    return out


def write_csv(tl: Timeline, path: Union[str, Path]) -> Path:
    table = rows(tl)

    def write(tmp: Path) -> None:       # a row at a time: a corpus's table is never one string
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\r\n")
            writer.writerow(CSV_COLUMNS)
            # Article text is untrusted: no cell may start a spreadsheet formula.
            writer.writerows([csv_cell(c) for c in row] for row in table)
            f.flush()
            os.fsync(f.fileno())
    return atomic_write(path, write)
