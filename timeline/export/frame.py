"""`Timeline.to_dataframe()`: the rows of export/rows.py as a pandas DataFrame, one per event."""
from __future__ import annotations

from ..model import Timeline
from .rows import COLUMNS, event_rows

DATE_COLUMNS = ("earliest", "latest", "published")


def to_dataframe(tl: Timeline):
    try:
        import numpy as np
        import pandas as pd
    except ModuleNotFoundError:
        raise ModuleNotFoundError("Timeline.to_dataframe needs pandas: pip install 'timeline-builder[pandas]'",
                                  name="pandas") from None
    frame = pd.DataFrame(event_rows(tl), columns=COLUMNS)
    for column in DATE_COLUMNS:
        # day resolution holds any year a timeline can (nanoseconds stop at 1677 and 2262)
        days = np.array(frame[column].tolist(), dtype="datetime64[D]")
        frame[column] = pd.Series(days, index=frame.index).astype("datetime64[s]")
    frame["approximate"] = frame["approximate"].astype("boolean")
    return frame
