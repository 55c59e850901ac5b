"""English words the relation stage reads beside the parse (the relation cues themselves,
`RELATION_LEMMAS`, `RENAME_PATTERNS`, `SEVER_TIES`, are in `en_news`)."""

# Small words inside a name: "Poale Zion", "Jewish Labour Movement", "Friends of the Earth".
# Prepositions that take a relation's object: "affiliated to", "ties with", "campaign against".
OBJECT_PREPOSITIONS = ("to", "with", "against", "from", "of")
# Before "sever ties": a call for it, which opposes the tie rather than ending it.
CALL_WORDS = r"\b(motion|call|push|campaign|vote|bid|calls)\b"
# Not (yet) so: "should sever ties", "push for ties to be severed", "calls to cut ties".
HEDGE_WORDS = {"would", "will", "to", "push", "calls", "call"}
HEDGE_WINDOW = 8                  # words before the cue looked at
MODAL_WORDS = {"would", "will"}   # with en_news.HYPOTHETICAL_MARKERS: "could remain affiliated"
WORD = r"[a-z']+"
