"""Exporters: pure functions of a `Timeline`, one module per format, each writing atomically."""
from .atomic import atomic_write
from .csv_out import write_csv, CSV_COLUMNS
from .graph import to_networkx, write_graphml
from .json_out import timeline_to_dict, write_json

__all__ = ["atomic_write", "write_csv", "CSV_COLUMNS", "to_networkx", "write_graphml", "timeline_to_dict",
           "write_json"]
