"""Roles in names: "Labour leader Jeremy Corbyn", "Greta Holm, chief executive of Acme": a
person's role in an organisation or place named beside them."""
from __future__ import annotations

import re
from bisect import bisect_left

from .findings import ActorIndex, Role
from .lexicon import naming as W, news as N


_ROLE_WORDS = "|".join(sorted((re.escape(w) for w in N.ROLE_RELATIONS), key=len, reverse=True))
_ROLE_BEFORE = re.compile(r"^(?:" + W.POSSESSIVE_S + r")?\s+(?:(?:" + "|".join(W.ROLE_MODIFIERS_BEFORE) + r")\s+)*"
                          r"(?P<role>" + _ROLE_WORDS + r")\s+$", re.I)
_ROLE_AFTER = re.compile(r"^,?\s+(?:" + "|".join(a + r"\s+" for a in W.ARTICLES) + r")?(?:(?:"
                         + "|".join(W.ROLE_MODIFIERS_AFTER) + r")\s+)*(?P<role>" + _ROLE_WORDS + r")\s+(?:"
                         + "|".join(W.ROLE_PREPOSITIONS) + r")\s+(?:" + W.DEFINITE_ARTICLE + r"\s+)?$", re.I)


def find_roles(text: str, index: ActorIndex) -> list[Role]:
    roles = []
    types = {a.id: a.type for a in index.actors}
    spans = index.spans
    # A role word is within 40 characters of both names: only the spans that start near the
    # person's are read, by bisection over the starts (spans are sorted), not every span.
    starts = [t[0] for t in spans]
    longest = max((t[1] - t[0] for t in spans), default=0)
    for i, (ps, pe, pid) in enumerate(spans):
        if types.get(pid) != "PERSON":
            continue
        for os_, oe, oid in spans[bisect_left(starts, ps - 40 - longest):bisect_left(starts, pe + 40)]:
            if types.get(oid) not in ("ORG", "GPE") or oid == pid:
                continue
            if oe <= ps and ps - oe < 40:
                m = _ROLE_BEFORE.match(text[oe:ps])
                if m:
                    roles.append(Role(pid, oid, m["role"].lower(), os_, pe))
            elif os_ >= pe and os_ - pe < 40:
                m = _ROLE_AFTER.match(text[pe:os_])
                if m:
                    roles.append(Role(pid, oid, m["role"].lower(), ps, oe))
    return roles
