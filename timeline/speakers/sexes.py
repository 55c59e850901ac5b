"""The sex of each person a text tells it of (by an honorific or a common first name), and the sex
a personal pronoun gives, so that "she said" is not read as a man's words."""
from __future__ import annotations

from ..findings import ActorIndex
from ..names import sex_by_first_names, sex_by_title
from ..lexicon import naming as W, news as N


PRONOUN_SEX = {**{p: W.FEMALE for p in N.PRONOUNS_PERSON_FEMALE}, **{p: W.MALE for p in N.PRONOUNS_PERSON_MALE}}


def known_sexes(text: str, index: ActorIndex) -> dict[str, str]:
    """The sex of each person the text tells it of: by an honorific before one of its mentions
    ("Ms Delane"), else by a common first name ("Greta Holm"); people it does not tell of are left out."""
    persons = {a.id: a for a in index.actors if a.type == W.PERSON_TYPE}
    sexes: dict[str, str] = {}
    for s, e, aid in index.starting_before(len(text) + 1):
        if aid not in persons or aid in sexes:
            continue
        titled = sex_by_title(text, s)
        if titled is not None:
            sexes[aid] = titled
    for aid, actor in persons.items():
        if aid not in sexes:
            named = sex_by_first_names(n.split()[0] for n in (actor.name, *actor.aliases) if len(n.split()) >= 2)
            if named is not None:
                sexes[aid] = named
    return sexes
