"""`NAME.story.csv`: the story (SPEC 3.5) as a sheet, one row per sentence, best date first."""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Union

from ..model import Timeline
from .atomic import atomic_write
from .safe import csv_cell

STORY_COLUMNS = ["rank", "date", "sentence", "doc", "title", "source", "url", "sentence_start", "sentence_end",
                 "score", "events"]


def story_rows(tl: Timeline) -> list[list[str]]:
    """A row per sentence told; a date with none still has its row, the sentence empty."""
    documents = {d.id: d for d in tl.documents}
    out = []
    for rank, day in enumerate(tl.story, 1):
        common = [str(rank), day.date.isoformat()]
        tail = [f"{day.score:g}", str(len(day.events))]
        if not day.sentences:
            out.append(common + [""] * 7 + tail)
        for sentence, source in zip(day.sentences, day.sources):
            d = documents.get(source.doc)
            out.append(common + [sentence, source.doc, (d.title or "") if d else "", (d.source or "") if d else "",
                                 (d.url or "") if d else "", str(source.start), str(source.end)] + tail)
    return out


def write_story_csv(tl: Timeline, path: Union[str, Path]) -> Path:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(STORY_COLUMNS)
    # Article text is untrusted: no cell may start a spreadsheet formula.
    writer.writerows([csv_cell(c) for c in row] for row in story_rows(tl))
    return atomic_write(path, buf.getvalue())
