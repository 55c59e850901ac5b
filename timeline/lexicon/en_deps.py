"""Dependency labels of the English model (spaCy's ClearNLP scheme), named by what they mean.

Code says `SUBJECT_DEPS`, never `("nsubj", "nsubjpass")`: a model with another label scheme
(Universal Dependencies, another language) changes this file only.
"""

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})                 # "Corbyn backed", "he was elected"
SUBJECT_OR_EXPLETIVE_DEPS = SUBJECT_DEPS | {"expl"}             # "there were calls"
PREPOSITION_OBJECT_DEPS = frozenset({"pobj", "pcomp"})            # "with Poale Zion", "after leaving"
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})                    # "has backed", "was elected"
DIRECT_OBJECT_DEPS = frozenset({"dobj", "dative"})                # "told MPs", "gave them"
MODIFYING_CLAUSE_DEPS = frozenset({"relcl", "acl"})               # "the motion that was passed"

# Statements and actors (issue 11).
CLAUSE_OF_NOUN_DEPS = MODIFYING_CLAUSE_DEPS | {"ccomp"}             # "Trump's claim that …", "a memo that …"
SUBJECT_OR_OBJECT_DEPS = SUBJECT_DEPS | {"dobj"}                  # "charges that might arise": "that" as an argument
ADDRESSEE_DEPS = DIRECT_OBJECT_DEPS | {"iobj"}                    # "told MPs", "wrote them"
DEPENDENT_VERB_DEPS = frozenset({"advcl", "xcomp", "conj"})       # "…, citing the war", "…, arguing that …"
OBJECT_PREDICATE_DEPS = frozenset({"oprd", "xcomp"})              # "called them deplorables", "urged them to join"
OBJECT_CONTENT_DEPS = frozenset({"dobj", "xcomp", "pobj"})        # "announces upcoming update": content as an object
NOUN_MODIFIER_DEPS = frozenset({"det", "amod"})                   # "the same comments"
POSSESSIVE_DEPS = frozenset({"poss", "case"})                     # "Trump 's new ad"
ATTACHED_PHRASE_DEPS = MODIFYING_CLAUSE_DEPS | {"appos", "prep"}  # "officials who spoke", "officials at the ministry"
# How quoted words hang from the verb that says them: "chanted “What curfew?”", "typed “homicidal ideation.”"
SAID_WORDS_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "dep", "npadvmod", "appos"})
