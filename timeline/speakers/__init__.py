"""Who a cue's speaker is: syntax first, then proximity, then what a pronoun can refer to.

One job a module:
- `spans`: a name's run of words, a noun phrase's own words, whether an offset is in a quotation
- `sexes`, `ages`: the sex a text tells of its people and a pronoun gives; "the 54-year-old"
- `named_actors`: which actor a span names, and who spoke or was named last (`NamedActors`, `History`)
- `misplaced_names`: names the parser hung elsewhere (a dateline, after a quotation, in apposition)
- `borrowed_subjects`: cues whose speaker is another verb's subject ("…, adding", "quoted X as saying")
- `subjects`: where the parse names a cue's speaker
- `pronouns`: whom "she", "her spokesman", "his criticism" refer to
- `without_subject`: a cue with no subject: the name the sentence opens with, else the nearest
- `resolution`: the speaker of a cue and the words that name it (`resolve_speaker`)
"""
from __future__ import annotations

from typing import Optional

from .named_actors import History, NamedActors
from .pronouns import pronoun_speaker, subject_owning
from .resolution import resolve_speaker

__all__ = ["History", "Speakers", "pronoun_speaker", "subject_owning"]


class Speakers(NamedActors):
    """The speaker of a cue, from syntax, then proximity, then pronoun reference. It reads the
    document and its actors, and holds no state of the scan: pronoun reference reads the
    `History` it is given."""

    def resolve(self, cue, history: History, quote: Optional[tuple[int, int]] = None
                ) -> tuple[Optional[str], Optional[str]]:
        """The speaker of a cue and the words that name it (`resolution.resolve_speaker`)."""
        return resolve_speaker(self, cue, history, quote)
