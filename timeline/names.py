"""Names of actors: the normal form they are compared in, and the spellings kept of them."""
from __future__ import annotations

import re
from typing import Iterable, Optional

from .lexicon import naming as W, news as N

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


def names_a_base(text: str, end: int) -> bool:
    """Whether the name ending at `end` is where something is based ("the Delvin-based company",
    "a Paris-headquartered bank"): it describes the one who speaks, it does not speak."""
    return any(text.startswith("-" + w, end) for w in W.BASE_PARTICIPLES)


_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
_SEXED_HONORIFICS = frozenset(N.FEMALE_HONORIFICS | N.MALE_HONORIFICS)


def title_before(text: str, start: int) -> Optional[str]:
    """The title right before the name at `start` as written ("Mrs" in "Mrs Delane"), if it tells a sex."""
    title = _TITLE_BEFORE.search(text, max(0, start - 12), start)
    word = title.group(1) if title else ""
    return word if word.lower() in _SEXED_HONORIFICS else None


def sex_by_title(text: str, start: int) -> Optional[str]:
    """The sex a title right before the name at `start` says ("Ms Delane": female); else None."""
    word = (title_before(text, start) or "").lower()
    return W.FEMALE if word in N.FEMALE_HONORIFICS else W.MALE if word in N.MALE_HONORIFICS else None


def sex_by_first_names(firsts: Iterable[str]) -> Optional[str]:
    """The sex common first names tell ("Greta": female), when they tell one and only one."""
    firsts = {f.lower() for f in firsts}
    female, male = firsts & N.FEMALE_FIRST_NAMES, firsts & N.MALE_FIRST_NAMES
    return (W.FEMALE if female else W.MALE) if bool(female) != bool(male) else None
