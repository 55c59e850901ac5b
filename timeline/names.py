"""Names of actors: the normal form they are compared in, and the spellings kept of them."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Optional

from .lexicon import naming as W, news as N

if TYPE_CHECKING:
    from .findings import ActorIndex

_POSSESSIVE = re.compile(W.POSSESSIVE + "$")
_LEADING_DET = re.compile(r"^(?:" + "|".join(W.ARTICLES) + r")\s+", re.I)


def clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" \t\n,.;:!?\"“”‘’'()[]-–—")
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_DET.sub("", text)
    return text.strip()


def name_key(text: str) -> str:
    return re.sub(r"[^\w& ]", "", text.lower()).strip()


def distinct_names(names: Iterable[str]) -> tuple[str, ...]:
    """Names in alphabetical order, one per spelling whatever its case ("Executive" stands for
    "executive"). The order and the spelling kept depend on the names alone, never on the
    order they came in: output is the same on every run."""
    out: dict[str, str] = {}
    for n in sorted(set(names), key=lambda n: (n.lower(), n)):
        out.setdefault(n.lower(), n)
    return tuple(out.values())



def resolve_common_noun(index: ActorIndex, word: str) -> Optional[str]:
    """"the party", "the group": the most mentioned organisation whose name fits, if one clearly is."""
    fits = N.ORG_ANAPHORS.get(word.lower())
    if not fits:
        return None
    candidates = [a for a in index.actors if a.type == "ORG"
                  and any(w in fits for w in re.findall(r"\w+", a.name.lower()))]
    candidates.sort(key=lambda a: len(a.mentions), reverse=True)
    if len(candidates) == 1 or (len(candidates) > 1 and len(candidates[0].mentions) >= 2 * len(candidates[1].mentions)):
        return candidates[0].id
    return None
