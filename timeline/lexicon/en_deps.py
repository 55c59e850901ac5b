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
CLAUSE_SHARING_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl"})  # "She thanked them and urged", "plans to sell"
NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "npadvmod", "nmod"})  # "the 1991 settlement"
# A predicate that takes its tense from the one it hangs from: "plans to sell", "in talks to arrange".
TENSE_FROM_HEAD_DEPS = frozenset({"xcomp", "conj", "pobj", "prep", "relcl", "acl", "ccomp", "dobj", "nsubj",
                                  "pcomp", "advcl"})
# Words that belong to a phrase of their own, not to the summary of the word they hang from.
NOT_IN_SUMMARY_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "punct", "cc", "conj", "mark",
                                 "ccomp", "dep", "meta"})
# What completes a predicate in its summary: "backed a motion", "wrote to the party".
COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "dative", "oprd", "agent", "prep", "xcomp", "npadvmod", "prt",
                             "pobj"})
VERB_MARKER_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})     # "has not backed down"
# Where the actors an event happens to stand: "told MPs", "wrote to the party", "is its leader".
PATIENT_DEPS = frozenset({"dobj", "dative", "pobj", "prep", "attr", "oprd"})
POSSESSOR_DEPS = frozenset({"poss"})                               # "Corbyn's letter"
DESCRIBING_DEPS = frozenset({"amod", "acl", "compound"})         # "a growing market", "the phone released"
OBJECT_OR_ATTRIBUTE_DEPS = frozenset({"dobj", "attr"})            # "criticised X", "is its leader"
