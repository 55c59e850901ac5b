"""Dependency labels of the English model (spaCy's ClearNLP scheme), named by what they mean.

Code says `SUBJECT_DEPS`, never `("nsubj", "nsubjpass")`: a model with another label scheme
(Universal Dependencies, another language) changes this file only.
"""

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})                 # "Corbyn backed", "he was elected"
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})                  # "Holm was quoted by the Herald"
SUBJECT_OR_EXPLETIVE_DEPS = SUBJECT_DEPS | {"expl"}             # "there were calls"
PREPOSITION_OBJECT_DEPS = frozenset({"pobj", "pcomp"})            # "with Poale Zion", "after leaving"
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})                    # "has backed", "was elected"
PASSIVE_AUXILIARY_DEP = "auxpass"                                 # "was" in "was elected"
DIRECT_OBJECT_DEPS = frozenset({"dobj", "dative"})                # "told MPs", "gave them"
PREPOSITION_AFTER_OBJECT_DEPS = frozenset({"prep", "dative"})     # "offered his thanks [to] them"
MODIFYING_CLAUSE_DEPS = frozenset({"relcl", "acl"})               # "the motion that was passed"
RELATIVE_CLAUSE_DEP = "relcl"                                     # "the bombing that killed 259", "the year he was appointed"

# Statements and actors (issue 11).
CLAUSE_OF_NOUN_DEPS = MODIFYING_CLAUSE_DEPS | {"ccomp"}             # "Trump's claim that …", "a memo that …"
SUBJECT_OR_OBJECT_DEPS = SUBJECT_DEPS | {"dobj"}                  # "charges that might arise": "that" as an argument
ADDRESSEE_DEPS = DIRECT_OBJECT_DEPS | {"iobj"}                    # "told MPs", "wrote them"
DEPENDENT_VERB_DEPS = frozenset({"advcl", "xcomp", "conj"})       # "…, citing the war", "…, arguing that …"
OBJECT_PREDICATE_DEPS = frozenset({"oprd", "xcomp"})              # "called them deplorables", "urged them to join"
# What a finding says of its object: "a poll showed [Mercer] [with a narrow lead]", "[Lund] [in third] [at 9 percent]".
FINDING_TAIL_DEPS = frozenset({"prep", "oprd", "xcomp", "advcl", "npadvmod", "acomp"})
# What any predicate of someone may state, for the learned reading: "believes [X]", "wants [to go]", "backs [Y]".
BROAD_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd"})
# A verb governed by another, whose lemma the learned keep model reads: "wants [to say]", "said, [arguing] …".
GOVERNED_VERB_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})
OBJECT_CONTENT_DEPS = frozenset({"dobj", "xcomp", "pobj", "oprd"})  # "announces upcoming update", "called Trump “unhinged”"
STANCE_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})                # "confident [that …]", "eager [to run]"
SAID_INFINITIVE_DEPS = frozenset({"advcl", "acl", "relcl"})        # "went on air [to declare …]", "the first [to endorse …]"
STANCE_INFINITIVE_HEAD_TAGS = ("ADJ", "AUX")                      # "free [to back …]", "is [to call for …]"
REPORTED_CLAUSE_DEPS = frozenset({"ccomp"})                       # "said [the days … are gone]"
RELATIVE_GAP_FILLERS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "dative"})  # an object of its own: no gap
RELATIVE_CONTENT_DEPS = frozenset({"dobj", "nsubjpass"})   # "the plan, [which] she backed", "[which] was denounced"
WORD_MODIFIER_DEPS = frozenset({"amod", "compound"})               # "the [broken] timetable": a verb as an adjective
TOPIC_AFTER_CONTENT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})  # "challenged Trump [on trade]", "was asked [about it]"
NAMED_CONTENT_DEPS = frozenset({"dobj", "pobj"})                 # "endorsed Trump", "would vote for Clinton"
PROFORM_CONTENT_DEPS = frozenset({"dobj", "advmod", "intj", "ccomp"})  # "said so", "said yes", "said the same"
# What follows a verb of seeming: "seemed [to be shrinking]", "seemed [unperturbed]", "appears [that …]".
APPEARANCE_COMPLEMENT_DEPS = frozenset({"xcomp", "acomp", "oprd", "attr", "ccomp"})
NOUN_MODIFIER_DEPS = frozenset({"det", "amod"})                   # "the same comments"
POSSESSIVE_DEPS = frozenset({"poss", "case"})                     # "Trump 's new ad"
PURPOSE_CLAUSE_DEPS = frozenset({"advcl", "xcomp"})               # "used the speech [to call for …]"
# What may go with a noun that says nothing of its own: "his standard campaign speech", "two new ads".
BARE_NOUN_DEPS = frozenset({"det", "predet", "amod", "compound", "poss", "case", "nummod", "quantmod", "punct"})
APPOSITION_DEP = "appos"                                           # "Eritrea, an Italian colony"
APPOSITION_OR_CLAUSE_DEPS = MODIFYING_CLAUSE_DEPS | {"appos"}     # "Culpepper, who runs …", "Culpepper, the aide"
ATTACHED_PHRASE_DEPS = MODIFYING_CLAUSE_DEPS | {"appos", "prep"}  # "officials who spoke", "officials at the ministry"
# How quoted words hang from the verb that says them: "chanted “What curfew?”", "typed “homicidal ideation.”"
SAID_WORDS_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "dep", "npadvmod", "appos"})
# A name after a quote that the parser hung from the quote's verb, not the cue after it:
# "“…,” Vega, 58, told AFP" (Vega an npadvmod of the quoted verb, "told" its conjunct).
POSTPOSED_NAME_DEPS = frozenset({"npadvmod", "dep", "nsubj", "appos", "attr"})
PARTICIPLE_PHRASE_DEPS = frozenset({"advcl", "acl"})             # "Fuller, wearing a straw hat, said"
SINGULAR_NOUN_TAG = "NN"                                            # "spokesman", not "critics"
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})                       # "wearing", "flanked by"
CLAUSE_SHARING_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl"})  # "She thanked them and urged", "plans to sell"
PREMODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "npadvmod", "nmod"})  # "the 1991 settlement"
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
# What "is" can say of its subject besides a complement: "is below", "is that …", "is to go".
COPULA_COMPLEMENT_DEPS = frozenset({"acomp", "attr", "advmod", "ccomp", "xcomp", "prep", "npadvmod", "neg"})
COPULA_PREDICATE_DEPS = frozenset({"acomp", "attr", "prep", "xcomp", "oprd"})  # "is shocking", "were Amazon", "is in crisis"
ADJECTIVE_PREDICATE_DEPS = frozenset({"acomp"})       # "is payable", "were weak": the adjective a copula says
DETERMINER_DEP = "det"                                             # "the" in "the 2008 nominee"
# Words that may stand between a verb and the phrase it governs without breaking the two apart
# ("said [repeatedly] taxing …").
MODIFIER_BETWEEN_DEPS = frozenset({"advmod", "neg"})
# How an adjective of stance hangs what it is about: "angry about", and "delighted by" (parsed as an agent).
ADJECTIVE_PREPOSITION_DEPS = frozenset({"prep", "agent"})

# Parse repairs (timeline/parse_repair.py).
# "said [on Tuesday] it would cut jobs": a time phrase the parser hung inside the reported clause.
REPORTED_CLAUSE_OPENING_TIME_DEPS = frozenset({"prep", "npadvmod", "advmod"})
COMPLEMENTIZER_DEPS = frozenset({"mark"})                         # "said [that] on Tuesday it would …"
# "Lund told reporters that Hale “had no plan,” adding …": a participle of speech the parser hung
# from the reported clause (or an adverbial one) instead of the verb that reports it.
GERUND_TAG = "VBG"
TRAILING_PARTICIPLE_DEPS = frozenset({"advcl"})
REPORTED_OR_ADVERBIAL_CLAUSE_DEPS = frozenset({"ccomp", "advcl"})
NAMED_AS_DEPS = APPEARANCE_COMPLEMENT_DEPS   # "was called a fraud", "is called to testify"
