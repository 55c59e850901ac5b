"""English words of reporting speech: the words that mark a cue, a quotation's edges, a pointer
to words given elsewhere, and the prepositions that bring in what was said.

Read by `cues`, `statements`, `speakers` and `quotes` (the larger word classes, verbs and nouns
of speech, are in `en_news`). The tuples that regular expressions are built from keep their order.
"""

# Word forms that are a cue whatever the tagger says ("said", even tagged as a noun).
CUE_FORMS = ("said", "says", "told", "wrote", "added")
# Cues the parser hangs as parataxis off the clause they report ("Y, he said").
PARATAXIS_CUE_VERBS = ("say", "tell", "add", "note", "write", "explain", "argue", "predict", "insist", "acknowledge",
                       "suggest", "believe", "report", "concede", "contend", "warn")
# Phrases that report in "as X said" besides the verbs of communication: "as X pointed out", "as X put it".
AS_X_SAID_PHRASES = {"point out", "put"}
# "as a Treasury Department memo put it", "as X pointed out": the mark of the clause, and the words of "put it".
AS_MARK = "as"
PUT_IT = ("put", "it")
# "According to X, Y".
ACCORDING_TO = ("according", "to")
# "In a CBS News poll, she led by 24 points", "in a statement, the company denied …", "in Forbes' words, …":
# the preposition, and the documents and utterances in which what the clause says was said or found.
IN_SOURCE_PREPOSITION = "in"
# Not speeches and interviews: what is done in them ("struck a calm tone in a farewell speech") is
# the annotators' statement of its own verb.
IN_SOURCE_NOUNS = {"poll", "survey", "statement", "words", "letter", "op-ed", "memo", "email", "tweet", "post",
                   "report", "study", "column", "editorial", "filing", "polling", "census"}
# Prepositions whose gerund shares the subject of the verb the phrase is attached to: "was booed
# after telling holdouts", "began by crediting Trump", "left without saying why".
SUBJECT_SHARING_PREPOSITIONS = {"after", "before", "by", "while", "without", "upon", "on", "in", "since",
                                "despite", "besides", "through", "when"}
# "The Post quoted an aide as saying …", "Clarke was quoted as telling …": the words are the one
# quoted's, named as the verb's object, or its subject in the passive.
QUOTING_VERBS = {"quote", "cite"}
# Of those, the ones whose gerund of speech or stance is said by that subject, a statement of its own
# ("was booed after telling holdouts …", "began by denouncing the deal"); not "in" ("succeeded in
# broadening his appeal", "in addressing the conference": the manner of another act) nor "on"/"upon",
# nor "without" ("left without saying why": what was not said).
SAID_GERUND_PREPOSITIONS = SUBJECT_SHARING_PREPOSITIONS - {"in", "on", "upon", "without"}
# Verbs by which a document finds or shows something ("a new poll showing a tight race", "records
# indicating no gifts"), as against verbs of saying, whose words are their sender's.
EVIDENCE_VERBS = {"show", "find", "indicate", "reveal", "suggest", "conclude"}
# Verbs of perceiving: "after seeing the sign", "without knowing the details" tell what someone saw, not a stance.
PERCEIVING_VERBS = {"see", "know", "notice", "hear", "watch", "witness", "spot"}
# "voted in favour of the levy", "spoke in support of the mayor", "marched in solidarity with the strikers":
# a stance told by a phrase; its preposition, its nouns and the prepositions bringing in what it is for.
STANCE_PHRASE_PREPOSITION = "in"
STANCE_PHRASE_NOUNS = {"favor", "favour", "support", "defense", "defence", "opposition", "solidarity"}
STANCE_PHRASE_OBJECT_PREPOSITIONS = ("of", "to", "with")
# "a Clinton supporter", "a fierce critic of the plan": the preposition of what a partisan noun is for.
PARTISAN_OBJECT_PREPOSITION = "of"
# Adverbs that mark a clause as reported by someone left unnamed: "is reportedly spending $2.5 million".
HEARSAY_ADVERBS = {"reportedly", "allegedly"}
# What a verb of saying can report in one word, standing for words given elsewhere: "half said so",
# "75 percent said yes", "three-quarters said the same of Lund", "did not say when".
SAID_PROFORMS = {"so", "yes", "no", "same", "that", "this", "when", "why", "otherwise"}
PROFORM_SAYING_VERBS = {"say", "think", "believe", "hope", "expect", "suppose", "guess", "doubt", "tell", "predict"}
# Verbs of saying whose object is what was said, whatever it names: "he says racist things", "she
# said goodbye to the guest", "the candidate said families of victims file lawsuits" (a clause the
# parser read as an object).
WORDS_AS_OBJECT_VERBS = {"say"}
# Verbs of knowing, believing and perceiving whose object, with someone as their subject, is what
# they hold or take in ("we have seen this kind of cover-up", "voters know this", "she doesn't
# believe it", "he understood the stakes").
COGNITION_OBJECT_VERBS = {"know", "believe", "see", "understand", "realize", "realise", "recognize", "recognise",
                          "doubt", "distrust", "mistrust", "trust", "accept", "dislike", "appreciate", "envision",
                          "imagine", "sense", "remember", "forget", "notice", "regret", "resent"}
# Verbs of saying and thinking after which a gerund opens what was said, the subject of a clause
# the parser hung as an adverbial complement ("economists say taxing consumption encourages saving",
# "he denied taking the money").
GERUND_CLAUSE_VERBS = {"say", "think", "believe", "argue", "claim", "insist", "contend", "suggest", "predict",
                       "deny", "admit", "acknowledge", "warn", "note", "explain", "add", "estimate", "maintain"}
# The word that opens a reported clause ("said that …").
COMPLEMENTISER = "that"
# The mark of an infinitive ("refused to testify").
INFINITIVE_MARK = "to"

# The dash that ends a dateline ("TOLEDO, May 3 (UPI) — Former Attorney General … told").
DATELINE_DASHES = ("—", "–", "--", "―")
# Pronouns that stand for someone who can speak, besides he and she.
SPEAKING_PRONOUNS = {"i", "we", "they", "you", "who"}
FIRST_PERSON_PRONOUNS = {"i", "we"}                          # "I conclude that …", "we have always said"
FIRST_PERSON_SINGULAR = {"i"}
# "your members", "our staff": the speaker's own or the listener's, named by the quote, not described.
SPEAKER_OR_LISTENER_POSSESSIVES = {"my", "our", "your"}
# "said our correspondent", "according to our political editor": the publication's own journalist,
# a described speaker of the story, though named by "our".
PUBLICATION_POSSESSIVE = "our"
NEWSROOM_NOUNS = {"correspondent", "reporter", "editor", "journalist", "columnist", "analyst", "team"}
# "It is understood no deal was offered", "it was reported that …": the subject of a passive verb of
# saying or thinking that stands for the clause after it, no one who speaks.
IMPERSONAL_SUBJECT = "it"
GROUP_PRONOUN = "they"                                       # may be people as well as organisations
PERSON_POSSESSIVES = ("his", "her")                          # "his claim that …": a person's
GROUP_POSSESSIVES = ("its", "their")                         # "their claim that …": a group's, or people's
PEOPLE_POSSESSIVE = "their"                                  # of those, the one people share
# Conjunctions that set one clause against another ("most say yes, while a third say no"): a
# report in such a clause is a second speaker's, not part of what the first one says.
CONTRAST_CONJUNCTIONS = ("while", "whereas", "though", "although")
# Pronouns that open a relative clause ("her hands, which she said were in her lap").
RELATIVE_PRONOUNS = ("which", "what", "that", "who")
WH_RELATIVE_PRONOUNS = ("which", "what", "who")
# Pronouns that stand, inside a relative clause, for the noun it hangs from ("the plan, which she backed").
RELATIVE_OBJECT_PRONOUNS = ("which", "that", "who", "whom")
# A relative clause's subject that stands for the noun it hangs from: "Christie, who has campaigned".
RELATIVE_SUBJECTS = ("who", "that", "which")
# Verbs whose subject holds the statement their object names: "Ferris raised questions about the
# levy", "the paper made the same allegations" (not "faced criticism", "answered questions", which others
# hold, nor "renewed calls", which an event renews as often as a speaker).
STATEMENT_HOLDING_VERBS = {"make", "raise", "express", "voice", "level", "lodge", "issue", "repeat",
                           "reiterate", "echo", "pose", "air", "register", "sound", "hurl"}
# Verbs by which someone puts out a document: "the senator released a video that accuses …" is the
# senator's accusation, the video only what carries it.
PRODUCING_VERBS = {"release", "issue", "publish", "post", "run", "air", "launch", "unveil", "produce", "write",
                   "send", "add", "tweet", "share", "file", "sign", "draft", "circulate", "distribute", "put"}
# "the commission said", "this group said": a definite description of something named before.
DEFINITE_DETERMINERS = ("the", "this")

# "made the comments", "this statement": a pointer to words given elsewhere, not the words.
POINTING_DETERMINERS = ("the", "this", "that", "these", "those")
FORWARD_POINTERS = ("following", "above", "same")            # "made the following comment:"
BACKWARD_POINTERS = ("that", "this")                          # "That's according to exit polls": the sentence before
# "Bemoaning the “phony system,”": a noun quoted after one of these is a name for something, as a regex alternation.
QUOTED_NOUN_DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "so-called")

# Prepositions bringing in what an object of speech is about ("delivered a message on …").
CONTENT_PREPOSITIONS = ("on", "for", "about", "over", "against", "with", "to")
# Prepositions of a stance beyond the topic ones: "angry with", "alarmed at".
STANCE_EXTRA_PREPOSITIONS = {"with", "at"}
# "criticized for policies …", "criticized as a “spend it or lose it” scheme", "accused of …".
PASSIVE_JUDGEMENT_PREPOSITIONS = ("for", "as", "of")
# Verbs whose infinitive of saying was said, not only meant: "went on to endorse Ayotte", "used his speech
# to call for …", "continued to insist", "was quick to condemn".
# Verbs of speech that go on with a report already begun: "said it was too early but added, “…”".
GOING_ON_VERBS = {"add"}
SAYING_DONE_VERBS = {"go on", "continue", "use", "fail", "struggle", "proceed", "quick", "seem", "appear", "hasten",
                     "rush"}
# Verbs whose passive takes the judgement as a complement: "is considered a top contender", "were deemed ineligible".
JUDGED_WITH_COMPLEMENT_VERBS = {"consider", "deem", "regard", "view"}
# After an object, what a judgement says of it: "blasted the media for …", "described Clinton as …".
JUDGEMENT_PREPOSITIONS = ("for", "as")
LIKENING_PREPOSITIONS = ("for", "as", "to", "with")           # "likened RT to the BBC"
ACCUSING_PREPOSITIONS = PASSIVE_JUDGEMENT_PREPOSITIONS       # "accused Pryor of being a socialist"
# An object that is a stance given to someone, and the prepositions that name whom or what it is
# for: "threw her support behind Cruz", "offered his condolences for the attack", "pledged their
# backing to Sanders" (what the stance is about belongs to the statement).
STANCE_GIVEN_NOUNS = {"support", "backing", "endorsement", "congratulation", "condolence", "sympathy", "praise",
                      "thank", "thanks", "apology", "opposition", "blessing"}     # lemmas
STANCE_GIVEN_PREPOSITIONS = ("to", "behind", "for", "over", "of")
# Verbs of putting words somewhere, and the prepositions of where: "was posted on Facebook", "the
# church posted on its website" name the place of some words, not the words (lemmas).
PUBLISHING_VERBS = {"post", "publish", "upload", "tweet", "repost", "retweet"}
PUBLISHED_PLACE_PREPOSITIONS = {"on", "to", "in", "onto"}
# After a statement noun: "questions about business practices", "calls for his dismissal".
CLAIM_TOPIC_PREPOSITIONS = ("about", "of", "on", "for", "over", "against")
TOPIC_AFTER_CONTENT_PREPOSITIONS = ("about", "on", "over", "against", "with", "for")  # "challenged Ferris [on the levy]"
ANSWER_PREPOSITION = "to"                                     # "her response to Trump"
DEMAND_PREPOSITION = "for"                                    # "called for a moratorium"
AGENT_PREPOSITION = "by"                                      # "the announcement by Ford that …"
ADDRESSEE_PREPOSITION = "to"                                  # "said to reporters"
TOPIC_OF_OBJECT_PREPOSITION = "of"                            # "a flurry of tweets"
VIEWED_AS_PREPOSITION = "as"                                  # "see the program as …"
DESCRIBING_VERBS = {"describe", "characterize", "characterise"}  # "which he describes as his summer retreat"
# "a question for the president": "for" a person is whom it is put to, not what it is about.
ASKED_FOR_PREPOSITION = "for"
# Statement nouns whose "of" names their owner or subject, not what they say ("the plan of the
# government", "the support of voters").
OF_OWNER_NOUNS = ("plan", "idea", "position", "question", "call", "support")
# Verbs whose "to" phrase is the addressee ("said to reporters", "wrote to the board"), besides
# the verbs of addressing.
TO_ADDRESSEE_VERBS = ("say", "write")

# Abbreviations whose full stop ends no sentence ("Mrs. Clinton's proposal", "Gen. Mattis").
ABBREVIATIONS = ("Mrs", "Mr", "Ms", "Dr", "St", "Jr", "Sr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "No", "Inc",
                 "Co", "Corp", "Ltd", "vs", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec")

# Small words a title in quotation marks leaves in lower case (“Face the Nation”).
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by"}
OWNER_PREPOSITION = "of"                                      # "the plan of the government"
# The recogniser's labels of times, which can name when something was said but never who said it.
TIME_ENTITY_LABELS = frozenset({"DATE", "TIME"})
# Texts words are in ("said in a statement", "in the release"), and the spoken occasions beside them:
# a dated one ("the letter, dated Monday", "a statement, read Wednesday night", "a speech on Monday")
# tells when the words a cue draws from it were said.
WRITTEN_SOURCE_NOUNS = frozenset(IN_SOURCE_NOUNS | {"communique", "message", "release", "version", "note", "document",
                                                    "transcript"})
DATED_SOURCE_NOUNS = WRITTEN_SOURCE_NOUNS | {"speech", "interview", "broadcast", "address", "announcement"}
DATED_SOURCE_CLAUSE_DEPS = ("acl", "relcl")     # "a letter, dated Monday"; "a message that was read Monday"

# Nouns of an attitude or of words said, each with the prepositions that bring in what it is about
# or for, which a verb with someone as its subject takes as its object: "made no mention of the
# governor", "voiced doubts about the levy", "took a swipe at the mayor", "has little interest in
# running", "cast their votes for the challenger". (Not "of" for nouns whose "of" names their
# owner: "has the support of the unions"; not a suit or a case, which a court hears: "lost its
# case against the label" is an event.)
_TOPIC = ("about", "on", "over", "regarding", "concerning")
_STANCE = _TOPIC + ("against", "for", "toward", "towards", "to")
ATTITUDE_OBJECT_NOUNS = {
    **{noun: _TOPIC + ("of",) for noun in (
        "mention", "statement", "remark", "comment", "story", "tale", "word", "note", "hint", "joke", "barb",
        "question", "warning", "claim", "allegation", "accusation", "assertion", "theory",
        "critique", "criticism", "denunciation", "condemnation", "rejection", "disapproval", "approval",
        "notion", "impression", "opinion", "assessment", "evaluation", "understanding",
        "doubt", "misgiving", "reservation", "concern", "worry", "fear", "alarm", "suspicion", "skepticism",
        "scepticism", "evidence", "point", "secret", "light")},
    **{noun: _TOPIC for noun in ("view", "detail", "information")},    # not "views of the river", "details of the deal"
    **{noun: _STANCE for noun in (
        "attitude", "feeling", "sentiment", "stance", "position", "passion", "enthusiasm", "respect",
        "contempt", "disdain", "sympathy", "admiration", "hostility", "animosity", "affection", "love", "hatred",
        "objection", "opposition", "demand", "call", "plea", "appeal", "expectation", "hope", "blueprint",
        "congratulations", "condolences", "thanks", "praise", "reference", "allusion", "response", "reaction",
        "answer", "apology", "attack", "broadside", "tirade", "rant", "complaint", "argument")},
    **{noun: ("for", "against") for noun in ("vote", "ballot")},     # not "secured a vote on the issue"
    **{noun: ("at",) for noun in ("swipe", "jab", "dig", "potshot", "aim", "look", "glance", "swing", "whack")},
    **{noun: ("on", "at") for noun in ("sight", "sights")},
    **{noun: ("in",) for noun in ("faith", "interest", "confidence", "trust", "belief")},
    **{noun: ("with",) for noun in ("contrast", "distinction", "disagreement", "frustration", "impatience",
                                    "flirtation", "romance", "quarrel", "feud", "fight", "dispute")},
}
# Nouns of an opinion or a stance, with the prepositions that bring in what it is about, when a
# possessive names who holds it: "his critique of the levy", "Dunmore's embrace of the plan", "their
# disagreements with the council". (Not nouns whose owner is no speaker: "the public's faith in",
# "his appeal to older voters", "his point of view".)
_OWNED_STANCES = (
    "critique", "criticism", "denunciation", "condemnation", "rejection", "disapproval", "approval", "notion",
    "impression", "opinion", "assessment", "view", "doubt", "misgiving", "reservation", "concern", "worry", "fear",
    "suspicion", "skepticism", "scepticism", "attitude", "sentiment", "stance", "position", "passion",
    "enthusiasm", "respect", "contempt", "disdain", "sympathy", "admiration", "hostility", "animosity",
    "affection", "hatred", "objection", "opposition", "support", "backing", "demand", "plea", "expectation",
    "hope", "praise", "attack", "embrace", "dislike", "distaste", "devotion", "disagreement", "interpretation",
    "reversal", "diagnosis", "declaration", "insistence", "rhetoric", "endorsement", "verdict",
    "characterization", "portrayal", "description", "defense", "defence", "takedown", "tribute", "dismissal",
    "denial", "ambivalence", "antipathy", "aversion", "comment", "remark", "claim", "allegation", "accusation",
    "mention", "reference", "take")
ATTITUDE_OWNED_NOUNS = {noun: ATTITUDE_OBJECT_NOUNS.get(noun, ()) + _STANCE + ("of", "with") for noun in _OWNED_STANCES}
# Adjectives of an attitude towards something, with the prepositions beyond the topic ones that bring
# it in: "are fiercely loyal to the mayor", "is interested in running", "were unimpressed by the plan".
ATTITUDE_ADJECTIVES = {
    **{adjective: ("to", "toward", "towards") for adjective in (
        "loyal", "devoted", "opposed", "sympathetic", "favorable", "favourable", "unfavorable", "unfavourable",
        "hostile", "partial", "receptive", "committed", "averse", "resistant", "friendly", "unfriendly", "open",
        "deferential", "beholden")},
    **{adjective: ("in",) for adjective in ("interested", "uninterested", "confident", "disappointed",
                                            "disinterested")},
    **{adjective: ("for",) for adjective in ("hungry", "eager", "grateful", "thankful", "desperate", "keen")},
    **{adjective: ("by", "with") for adjective in (
        "impressed", "unimpressed", "pleased", "displeased", "frustrated", "encouraged", "troubled", "alarmed",
        "disturbed", "offended", "dismayed", "appalled", "annoyed", "irritated", "satisfied", "dissatisfied",
        "fed up", "enamored", "enamoured", "infatuated", "obsessed", "preoccupied", "disgusted", "bothered")},
}
# What opens a question someone asks, when the parser hangs it as an adverbial of the cue:
# "asked the ferrymen if the levy was steep", "was asked whether she would run".
QUESTION_MARKS = ("if", "whether")
# Nouns a "that" clause spells out that hold no one's words or view, but a fact or a likelihood
# the writer states ("the fact that …", "the possibility that …", "the risk that …", "the news that
# the count was over", "an indication that talks had stalled").
NOT_CONTENT_CLAUSE_NOUNS = {"fact", "possibility", "chance", "risk", "odds", "prospect", "likelihood",
                            "probability", "danger", "news", "indication"}
# "More from Jo Lund: “…”": the one preposition that names a quote's speaker before a colon.
QUOTED_FROM_PREPOSITIONS = ("from",)
# Manners of saying that are cues only right after a quotation ("“Out, out!” he barked", "“Now?” she
# wondered"); without one they tell of a mood or a deed ("beamed at the crowd", "reacted to the vote").
QUOTING_MANNER_VERBS = {"bark", "beam", "exhort", "react", "wonder", "assure", "riff", "retaliate", "shoot back",
                        "fire back", "cry", "cry out", "echo", "growl", "hiss", "murmur", "sigh", "laugh", "gush",
                        "rave", "thunder", "fume", "bellow", "roar", "plead", "tease", "chide", "coo", "drawl",
                        "groan", "moan", "howl", "squeal", "rant", "chuckle", "smile", "grin", "snort", "huff",
                        "jab", "needle", "taunt", "chirp", "crow", "enthuse", "gloat", "rail", "intone",
                        "declaim", "chime in", "weigh in", "pipe up", "butt in", "cut in"}
# Verbs that name a deed rather than words when what follows them says so (`cues.deed_not_words`):
# "addressed a rally" (an audience, not a topic), "is challenging the senator" (a race run against
# someone), "threatens the recovery" (a risk, with no one to threaten), "makes it hard to …" (a
# state caused), "was focused on the race" (attention, not anyone's words).
AUDIENCE_VERBS = {"address"}
AUDIENCE_NOUNS = {"rally", "convention", "conference", "gala", "summit", "meeting", "gathering", "dinner",
                  "luncheon", "breakfast", "forum", "crowd", "audience", "assembly", "session", "ceremony",
                  "congregation", "commencement", "graduate", "fundraiser", "banquet"}
CONTEST_VERBS = {"challenge"}
PROGRESSIVE_AUXILIARY = "be"                                      # "is challenging": a race under way
CONTEST_TOPIC_PREPOSITIONS = ("on", "over", "about", "to")       # "challenging candidates on policing"
THREAT_VERBS = {"threaten"}
CAUSING_VERBS = {"make"}                                          # "makes it hard to …": a caused state
MADE_PLAIN_WORDS = {"clear", "plain", "sure", "certain", "explicit", "obvious"}   # "made clear that …"
THING_PRONOUNS = {"it", "that", "which", "this"}                  # "it threatens the work of …"
UNSAID_PASSIVE_TOPIC_VERBS = {"focus", "refer", "count", "identify", "press", "center", "centre"}
# Cues of a decision or a wish, which as a purpose ("met to decide if …") are not yet made: no statement.
UNDECIDED_VERBS = {"decide", "choose", "plan", "expect", "want", "hope", "determine"}
# A preposition and a bare noun of speech that make a set phrase naming a role: "the officer in charge of …".
SET_PHRASES_NOT_WORDS = {("in", "charge")}
# "in the polls", "in polls": sources in general, the plural with at most this determiner, which says
# not which ones (Penn tags of the plural common noun).
GENERAL_DETERMINERS = ("the",)
POLL_NOUNS = {"poll", "survey", "polling"}
PLURAL_NOUN_TAGS = ("NNS",)
# Verbs of saying with a particle that make a deed: "called off the merger" (lemma and particle).
DEED_PHRASAL_VERBS = {"call off"}
# "the race was called", "Ohio was called for Lund": a race's winner declared, its subject a race or a place.
RACE_CALLING_VERBS = {"call"}
RACE_NOUNS = {"race", "contest", "election", "primary", "caucus", "caucuses", "state", "seat", "district", "county"}
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC"})
# "was called for Lund", "called just after nine": the winner and the hour; any other ("called into
# question", "called to the stand") is not a race's, unless its object is a time ("on Tuesday night").
RACE_CALL_PREPOSITIONS = {"for", "after", "before", "at"}
# "has known Lund since 1990", "had known him for years": knowing a person for a time, an acquaintance.
ACQUAINTANCE_VERBS = {"know"}
PERSON_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "you"}
DURATION_PREPOSITIONS = {"since", "for"}
