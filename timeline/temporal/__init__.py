"""Time expressions: the English grammar, the anchoring policy and the tagger."""
from .tagger import dateline_of, tag_documents, tag_text

__all__ = ["tag_text", "tag_documents", "dateline_of"]
