"""`NAME.story.csv`: the story (SPEC 3.5) as a sheet, one row per sentence, best date first."""
from __future__ import annotations

from pathlib import Path
from typing import Union

from ..model import Timeline
from .csv_out import write_sheet

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
    """The same kind of sheet as NAME.csv (csv_out.write_sheet: BOM, safe cells)."""
    return write_sheet(path, STORY_COLUMNS, story_rows(tl))
