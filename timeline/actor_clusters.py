"""The mentions of one document grouped by the actor they name: the same name, names that differ
by a legal form ("General Motors Corp."), acronyms defined in brackets or matching a name's
initials (JLM = Jewish Labour Movement), surnames (Corbyn = Jeremy Corbyn), short party names
(Labour = Labour Party) and one-letter slips (Paole Zion = Poale Zion); "Mr Howard" and "Mrs
Howard" kept apart."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from rapidfuzz.distance import OSA

from .acronyms import ACRONYM, spells, without_legal_form
from .groups import KeyedGroups
from .lexicon import naming as W, news as N
from .mention_drafts import MentionDraft
from .names import name_key, sex_by_first_names, sex_by_title, title_before


def mention_clusters(text: str, mentions: list[MentionDraft], definitions: dict) -> list[list[MentionDraft]]:
    """The mentions grouped by the actor they name, the first named first."""
    uf = KeyedGroups()
    mentions = _surnames_apart_by_title(text, mentions)
    names_by_key: dict[str, list[MentionDraft]] = defaultdict(list)
    for m in mentions:
        names_by_key[m.key].append(m)
        uf.find(m.key)
    _join_legal_forms(uf, names_by_key)
    _join_acronyms(uf, names_by_key, definitions)
    main_label = {k: Counter(m.label for m in ms).most_common(1)[0][0] for k, ms in names_by_key.items()}
    _join_person_name_forms(uf, main_label)
    _join_short_names(uf, names_by_key, main_label, text)
    _join_slips(uf, list(names_by_key))
    clusters: dict[str, list[MentionDraft]] = defaultdict(list)
    for m in mentions:
        clusters[uf.find(m.key)].append(m)
    return sorted(clusters.values(), key=lambda ms: min(m.start for m in ms))


# A surname keyed apart for the sex its title gives: "howard|female" for "Mrs Howard" where "Mr
# Howard" is named too.
SEX_KEY = "|"


def _surnames_apart_by_title(text: str, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """"Mr Howard" and "Mrs Howard" in one story are two people: where a surname is titled with
    both sexes, the mentions titled with a sex that the first names of the full names ending in
    it do not give ("Michael Howard") are keyed apart, by that sex; the untitled ones keep the
    surname's key, and named with their title. `_join_short_names` joins each to the full name
    of its sex, if one."""
    titles: dict[str, dict[int, str]] = defaultdict(dict)
    for i, m in enumerate(mentions):
        if m.label == "PERSON" and len(m.key.split()) == 1:
            sex = sex_by_title(text, m.start)
            if sex is not None:
                titles[m.key][i] = sex
    full_sex = defaultdict(set)
    for m in mentions:
        words = m.key.split()
        if m.label == "PERSON" and len(words) >= 2 and words[-1] in titles:
            full_sex[words[-1]].add(sex_by_first_names(words[:1]))
    out = list(mentions)
    for key, by_mention in titles.items():
        if len(set(by_mention.values())) < 2:
            continue
        kept = full_sex[key] - {None} if len(full_sex[key] - {None}) == 1 else set()
        for i, sex in by_mention.items():
            if sex not in kept:
                # named with its title ("Mrs Howard"): no other story's "Howard" is joined to it
                titled = f"{title_before(text, out[i].start)} {out[i].text}"
                out[i] = replace(out[i], key=key + SEX_KEY + sex, text=titled)
    return out


def _join_legal_forms(uf: KeyedGroups, names_by_key: dict[str, list[MentionDraft]]) -> None:
    """"General Motors Corporation", "General Motors Corp." and "General Motors": the names of an
    organisation that differ only by the legal form that ends them are one actor."""
    by_core: dict[str, list[str]] = defaultdict(list)
    for k, ms in names_by_key.items():
        if any(m.label == "ORG" for m in ms):
            by_core[name_key(without_legal_form(ms[0].text))].append(k)
    for core, keys in by_core.items():
        if core in names_by_key and core not in keys and any(m.label in ("ORG", "GPE") for m in names_by_key[core]):
            keys.append(core)           # "General Motors", which the recogniser may have called anything
        for k in keys[1:]:
            uf.union(keys[0], k)


def _join_person_name_forms(uf: KeyedGroups, main_label: dict[str, str]) -> None:
    """One person's fuller and shorter full names in one story: "Donald J. Trump" and "Donald
    Trump" (a middle initial), "Debbie Wasserman Schultz" and "Wasserman Schultz" (a surname of two
    words), when the shorter name fits one fuller name only."""
    people = [k for k, label in main_label.items() if len(k.split()) >= 2 and SEX_KEY not in k
              and label == W.PERSON_TYPE]
    by_last_word: dict[str, list[str]] = defaultdict(list)
    for key in people:
        by_last_word[key.split()[-1]].append(key)       # a fuller form ends as the shorter one does
    for short in people:
        words = short.split()
        fuller = {uf.find(o) for o in by_last_word[words[-1]] if o != short and _a_fuller_form(o.split(), words)}
        if len(fuller) == 1:
            uf.union(next(iter(fuller)), short)


def _a_fuller_form(long: list[str], short: list[str]) -> bool:
    """`long` is `short` with a middle initial, or with a given name before a surname of several words."""
    if len(long) <= len(short):
        return False
    if long[-len(short):] == short:
        # a surname of two words, not a full name of its own that other words run into ("Donald
        # Trump" in a mis-read "Condemn Donald Trump")
        return short[0] not in N.FIRST_NAMES
    return [w for w in long[1:-1] if len(w) > 1] == short[1:-1] and (long[0], long[-1]) == (short[0], short[-1])


def _join_acronyms(uf: KeyedGroups, names_by_key: dict[str, list[MentionDraft]], definitions: dict) -> None:
    """Acronyms: defined in brackets, or the initials of a multi-word organisation name."""
    keys = list(names_by_key)
    for k in keys:
        surface = names_by_key[k][0].text
        if not ACRONYM.match(surface):
            continue
        short = surface.rstrip("s") if surface.endswith("s") and surface[:-1].isupper() else surface
        if short in definitions:
            uf.union(name_key(definitions[short][0]), k)
            continue
        matches = [o for o in keys if o != k and len(o.split()) >= 2 and spells(names_by_key[o][0].text, short)]
        # "General Motors Corporation" and "General Motors" both spell GM: one company, joined already.
        if len({uf.find(o) for o in matches}) == 1:
            uf.union(matches[0], k)


def _join_short_names(uf: KeyedGroups, names_by_key: dict[str, list[MentionDraft]], main_label: dict[str, str],
                      text: str) -> None:
    """Surnames and short party names: a one-word name that ends (PERSON) or begins (ORG) a longer one;
    not a surname a title gives one sex ("Mr Preval") and a full name whose first name gives the other
    ("Elisabeth Preval")."""
    keys = list(names_by_key)
    by_last, by_first = _longer_names_by_end_word(keys)
    place = {o: i for i, o in enumerate(keys)}
    for k in keys:
        words = k.split()
        if len(words) != 1:
            continue
        surname, _, keyed_sex = k.partition(SEX_KEY)
        titled = {keyed_sex} if keyed_sex else {sex_by_title(text, m.start) for m in names_by_key[k]} - {None}
        persons = [o for o in by_last.get(surname, ()) if main_label[o] == "PERSON"
                   and not (titled and sex_by_first_names(o.split()[:1]) not in titled | {None})]
        # (names already one person, "Donald J. Trump" and "Donald Trump", are one candidate)
        if len({uf.find(o) for o in persons}) == 1 and main_label[k] in ("PERSON", "ORG"):
            uf.union(persons[0], k)
            continue
        near = set(by_first.get(k, ())) | set(by_last.get(k, ()) if k in N.ORG_GENERIC_TAILS else ())
        orgs = [o for o in sorted(near, key=place.__getitem__) if main_label[o] in ("ORG", "GPE")
                and (o.split()[:-1] == [k] and o.split()[-1] in N.ORG_GENERIC_TAILS
                     or (k in N.ORG_GENERIC_TAILS and o.split()[-1] == k))]
        if not orgs and (main_label[k] == "ORG" or main_label[k] == "PERSON" and not by_last.get(k)):
            # "Apple" and "Apple Computer": a short name for the one organisation it begins
            # (which the recogniser, seeing one word, may take for a person's).
            starts = {uf.find(o) for o in by_first.get(k, ()) if main_label[o] == "ORG"}
            if len(starts) == 1:
                orgs = [next(o for o in keys if uf.find(o) in starts)]
        if len(orgs) > 1 and k in N.ORG_GENERIC_TAILS:
            orgs = _clearly_most_mentioned(orgs, uf, names_by_key)
        if len(orgs) == 1 and not persons:
            uf.union(orgs[0], k)


def _longer_names_by_end_word(keys: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The names of several words by their last and by their first word, in the order of `keys`:
    each one-word name reads the few that end or begin with it, not every name of the document."""
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for o in keys:
        if len(o.split()) >= 2:
            by_last[o.split()[-1]].append(o)
            by_first[o.split()[0]].append(o)
    return by_last, by_first


def _clearly_most_mentioned(orgs: list[str], uf: KeyedGroups, names_by_key: dict[str, list[MentionDraft]]) -> list[str]:
    """"the Party": the party the story is about, if one is clearly the most mentioned (twice as
    often as the next, all the names of its group counted); else all of them, most mentioned first."""
    size = lambda o: sum(len(names_by_key[x]) for x in names_by_key if uf.find(x) == uf.find(o))
    orgs = sorted(orgs, key=size, reverse=True)
    return orgs[:1] if size(orgs[0]) >= 2 * size(orgs[1]) else orgs


def _join_slips(uf: KeyedGroups, keys: list[str]) -> None:
    """One-letter slips between names of the same length in words ("Paole Zion" / "Poale Zion")."""
    # Only names with as many words, each with the same first letter, are compared: the names
    # are grouped by those letters first, not compared two by two across the whole document.
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in keys:
        if SEX_KEY not in k:           # "clinton|male", "clinton|female": apart on purpose
            groups[tuple(w[0] for w in k.split())].append(k)
    for group in groups.values():
        for i, a in enumerate(group):
            if len(a) < 6:
                continue
            for b in group[i + 1:]:
                if uf.find(a) != uf.find(b) and OSA.distance(a, b) <= (1 if len(a) < 12 else 2):
                    uf.union(a, b)
