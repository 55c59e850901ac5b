"""A document's publication date: the one its metadata gives (front matter, a JSONL field), else
the day its head says it was filed."""
from __future__ import annotations

from datetime import date
from typing import Optional, Union

from ..dates import DateError, parse_date
from ..temporal import head_date_of


def given_date(value: Union[str, int]) -> tuple[Optional[date], Optional[str]]:
    """A date field as the metadata gives it: (the date, None), or (None, why it is not one)."""
    try:
        return parse_date(value), None
    except (DateError, ValueError, OverflowError) as exc:
        return None, str(exc)


def published_by_head(text: str) -> Optional[date]:
    """The day a text's head says it was filed ("Detroit, March 3, 2009", "WASHINGTON, March 12,
    2009 (Reuters) -", "Published: 4 May 2010"), for a text no date came with; None without one."""
    line = head_date_of(text, None)
    if line is None or line.granularity != "day" or line.earliest != line.latest:
        return None
    return line.earliest
