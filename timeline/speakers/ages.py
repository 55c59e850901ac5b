"""A person told by their age: "The 54-year-old said" is the person last named with that age
("Jane Roe, 54, …")."""
from __future__ import annotations

import re
from typing import Optional

from ..findings import ActorIndex
from ..lexicon import naming as W


AGE_DESCRIPTION = re.compile(W.AGE_DESCRIPTION, re.IGNORECASE)


def person_of_age(text: str, index: ActorIndex, age: str, before: int) -> Optional[str]:
    """The person last named with this age before `before` ("Jane Roe, 54, … The 54-year-old said")."""
    given = re.compile(W.AGE_AFTER_NAME.format(age=re.escape(age)))
    persons = {a.id for a in index.actors if a.type == W.PERSON_TYPE}
    for s, e, aid in reversed(index.starting_before(before)):
        if e <= before and aid in persons and given.match(text, e):
            return aid
    return None
