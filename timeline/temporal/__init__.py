"""Time expressions: the English grammar, the anchoring policy and the tagger."""
from .tagger import date_line_of, dateline_of, head_date_of, tag_documents, tag_text

__all__ = ["tag_text", "tag_documents", "dateline_of", "date_line_of", "head_date_of"]
