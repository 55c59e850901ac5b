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
