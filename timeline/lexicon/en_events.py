"""English words the event stage reads, beside the parse: signals that date one event by
another, pronouns that name no one, words that mark a summary's asides."""
import re

from . import en_speech, en_time

# "35 years after Corbyn backed", "a week before crunch meetings", "within hours of", "since 1920".
SIGNAL_AFTER = re.compile(r"\s+(after|before|of|since)\b", re.I)
SIGNAL_AFTER_WIDTH = 12           # characters looked at after a time expression
ENDS_IN_SIGNAL = re.compile(r"\b(after|before)$", re.I)
ENDS_IN_SIGNAL_CASED = re.compile(r"\b(after|before)$")
# "after 99 years", "for almost a century", "within hours", "over a decade".
SIGNAL_BEFORE = re.compile(r"\b(after|for|within|in|over|since)\s+$", re.I)
SIGNAL_BEFORE_WIDTH = 10
# "on March 17, two days before …", "Friday, just a week after …": a date and a length set beside it
APPOSED_DATE_GAP = re.compile(r"\s*,\s*(?:(?:just|only|barely|some|nearly|almost|exactly)\s+)?", re.I)
APPOSED_DATE_WIDTH = 60            # characters looked back for that date
OFFSET_SIGNALS = ("after", "before")
STATE_SIGNALS = ("after", "for")
STATE_PREPOSITIONS = ("after", "for", "since")     # "ties after 99 years": not part of the state's name

# The verb of "it comes 35 years after ...": what comes is the story's own news.
COMING_LEMMAS = ("come",)
STORY_PRONOUNS = ("it", "this", "that")
# A subject that says nothing about who acts ("it", "this") is left out of a summary.
EMPTY_SUBJECTS = ("it", "this", "that", "which", "who")
# Words that end the clause a signal introduces.
CLAUSE_BREAKS = (",", ";", ".", ":")
CLAUSE_BREAKS_QUOTED = (",", ";", ".", ":", "“", "”")
CLAUSE_OPENERS = ("which", "who", "where")
CLAUSE_OPENERS_SO = ("which", "who", "where", "so")
OPENING_BRACKETS = ("(", "[")
ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")     # "(R-Ga.)", "[sic]": left out of summaries
ARTICLE = ("the",)

ANNIVERSARY = ("anniversary",)
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")       # "its 70th anniversary"
NUMBER = re.compile(r"\d+")
STATE_START_SUFFIX = " began"                      # "Affiliation began"

# Perfect and past auxiliaries: "has backed", "was elected".
PAST_AUXILIARIES = {"has", "have", "had", "was", "were"}
PERFECT_AUXILIARIES = frozenset(en_time.PERFECT_AUXILIARIES)

# Statements.
ACCORDING = "according"
SOMEONE = "Someone"
SPOKESPERSON = "spokesperson"
QUOTE_SEGMENT_JOINER = " … "
SUMMARY_QUOTE_WORDS = 9
JOINING_WORDS_MAX = 3              # "accused Holt of": words joining a cue to what it reports
PUNCTUATION = re.compile(r"[.,;:!?\"“”]")

# Happenings named by a noun that a date beside them dates ("a news conference Friday", "a loss of
# $2 million last year", "early trading yesterday"), beyond the news event nouns (en_news.EVENT_NOUNS).
DATED_EVENT_NOUNS = frozenset({
    "trading", "loss", "losses", "gain", "gains", "earnings", "income", "profit", "profits", "sales",
    "revenue", "growth", "rise", "decline", "drop", "fall", "increase", "plunge", "surge", "jump",
    "entry", "accession", "offensive", "operation", "operations", "broadcast", "charge", "charges",
    "murder", "killing", "killings", "slaying", "search", "change", "move", "lecture", "remarks",
    "briefing", "mission", "cutback", "revision", "capture", "assassination", "raid", "strikes",
    "bombings", "shootings", "demonstration", "demonstrations", "revolution", "celebration",
    "celebrations", "signing", "visits", "trip", "tour", "flight", "landing", "launches", "test",
    "tests", "meetings", "session", "sessions", "hearings", "rallies", "talk", "negotiation", "offer",
    "bid", "purchase", "payment", "dividend", "closing", "opening", "departure", "arrival", "return",
    "withdrawal", "approval", "ratification", "expansion", "enlargement", "invitation", "admission",
    "process", "crackdown", "fighting", "battle", "clashes", "violence", "blast", "blasts",
    "explosions", "attack", "attacks", "warning", "warnings", "announcements", "statements",
    "appearance", "ceremonies", "memorial", "vigil", "parade", "march", "marches",
    "keynote", "keynotes", "event", "events", "presentation", "presentations", "show", "surgery", "transplant",
    # acts and happenings named by a noun made from their verb ("the decision", "a shooting")
    "decision", "decisions", "agreement", "agreements", "acquisition", "acquisitions", "restructuring",
    "shooting", "ruling", "rulings", "transaction", "transactions", "payment", "payments", "offering",
    "offerings", "proposal", "proposals", "slaying", "invasion", "approval", "resolution", "killing",
    "filing", "sanction", "shipment", "shipments", "negotiations", "explosion", "conviction", "objection",
    "objections", "hearing", "destruction", "reduction", "settlement", "transition", "violation",
    "redemption", "discussion", "discussions", "confrontation", "indictment", "conversation",
    "conversations", "kidnapping", "extradition", "accusation", "accusations", "injunction",
    "seizure", "repatriation", "deployment", "disposal", "extension", "completion", "reversal",
    "failure", "cancellation", "postponement", "suspension", "dismissal", "appointment", "nomination",
    "election", "re-election", "defeat", "victory", "win", "loss", "offer", "offers", "war", "battle",
    "ceremony", "visit", "attempt", "arrest", "arrests", "request", "requests", "interview", "dispute",
    "split", "strike", "speech", "merger", "rally", "fight", "summit", "call", "calls", "assault",
    "manhunt", "standoff", "conflict", "clash", "incident", "homicide", "crash", "collapse", "rescue",
    "reunion", "breakthrough", "discovery", "escape", "execution", "funeral", "burial", "inauguration",
    "crossing", "takeover", "buyout", "layoffs", "cuts", "sell-off", "selloff", "rebound", "recovery",
    "downturn", "slump", "rebellion", "protest", "protests", "boycott", "embargo", "blockade",
    "ceasefire", "truce", "handover", "pullout", "evacuation", "airlift", "airstrike", "airstrikes",
    "bombardment", "shelling", "massacre", "riot", "riots", "coup", "uprising", "takeoff",
    "plunge", "slide", "finding", "lunch", "dinner", "breakfast", "stop", "stops", "close", "proceedings",
    "voyage", "journey", "recapitalization", "buy-out", "introduction", "shot",
    "shots", "establishment", "construction", "reconciliation", "killings", "crime", "crimes",
    "disappointment", "turnaround", "drop", "increase", "increases", "decrease", "gain", "charge",
    "pricing", "pricings", "results", "contribution", "write-off", "write-down", "writedown",
    "sell", "purchases", "sale", "sales", "delivery", "deliveries", "shutdown", "closure", "strike",
    "walkout", "sit-in", "tribute", "homage", "address", "testimony", "vote", "poll", "polls",
})

# Happenings of news in general English, by field, beyond the words above (which were read in
# articles): what a date beside the noun dates as readily ("the collision on Friday", "the
# outbreak last month"). Each names one happening in every sense a news report uses; words that
# also name a thing or a place ("fire", "match", "suit", "passage", "race") are left out.
HAPPENING_NOUNS = frozenset({
    # disasters and accidents
    "blaze", "wildfire", "quake", "earthquake", "tremor", "aftershock", "eruption", "tsunami",
    "hurricane", "cyclone", "typhoon", "tornado", "landslide", "mudslide", "avalanche", "flood",
    "floods", "flooding", "outbreak", "epidemic", "collision", "derailment", "shipwreck", "sinking",
    "spill", "blackout", "outage", "accident", "accidents", "disaster", "catastrophe", "storm",
    # crime, violence and security
    "stabbing", "stabbings", "robbery", "robberies", "burglary", "theft", "heist", "hijacking",
    "abduction", "rape", "ambush", "arson", "looting", "unrest", "insurgency", "mutiny", "skirmish",
    "firefight", "gunfight", "incursion", "siege", "purge", "lynching", "beating", "bombing",
    "shootout", "detention", "deportation", "raids", "massacres", "attacks",
    # courts and inquiries
    "trial", "trials", "verdict", "sentencing", "acquittal", "arraignment", "plea", "lawsuit",
    "inquest", "probe", "audit", "pardon", "impeachment", "prosecution", "retrial", "appeal",
    # politics and diplomacy
    "referendum", "runoff", "recount", "caucus", "swearing-in", "coronation",
    "resignation", "ouster", "confirmation", "reshuffle", "talks", "debate", "veto", "repeal",
    "enactment", "defection", "armistice", "mobilization", "annexation", "secession", "invasion",
    "conference", "meeting", "negotiations", "consultation",
    # business and markets
    "merger", "bankruptcy", "bailout", "downgrade", "upgrade", "recall", "unveiling", "debut",
    "lockout", "layoff", "spinoff", "spin-off", "payout", "auction", "flotation",
    "rally", "crash", "collapse", "meltdown", "shake-up", "shakeup", "launch",
    # life and public occasions
    "wedding", "birth", "death", "deaths", "suicide", "concert", "festival", "premiere",
    "tournament", "championship", "marathon", "commemoration", "exhibition", "screening",
    "anniversary", "visit", "tour", "showdown", "breakdown", "walkouts", "crackdowns",
})
# Verbs whose complement happens when they do: "began delving Thursday", "continued to hold out".
ASPECTUAL_LEMMAS = frozenset({"begin", "start", "continue", "resume", "stop", "cease", "finish", "end",
                              "complete", "keep", "quit", "halt"})

# A dateline ("WASHINGTON, March 12 (Xinhua) --", en_time.DATELINE_BEFORE/AFTER) gives the day the
# story was filed, which words reported without a date of their own were said on.
DATELINE_DAYS = 7                  # a dateline that far before the publication date or more is not its day

# Fragments that are no events: the copula needs a subject and something said of it ("Corbyn's letter is").
COPULA = "be"

# Words that bring in the figure a predicate is compared with: "rose from $4 million a year
# earlier", "compared with a loss last year", "higher than a year ago".
# The dates that frame every act of their clause ("the bomb exploded on Friday, killing 12"):
# a clock time is one act's ("During the third quarter, the firm charged … and established a fund").
CLAUSE_FRAMING_GRANULARITIES = ("day", "month", "quarter", "year")
# The dates a story goes on at in its next sentence ("Ostrow was shot on Friday night. He died in
# hospital."; "Third-quarter net rose 5%. Revenue gained 13%."); not a clock time, one act's.
CARRIED_GRANULARITIES = ("day", "month", "quarter", "year")
OF = ("of",)
GERUND = "ing"                          # "the shooting" names what "was shot" told
DEFINITE = ("the", "this", "that")      # "the bombing": the one named before
# Words a story uses in turn for one happening ("was shot on Friday" … "the killing" … "the
# murder"; "the bombing" … "the blast"): a happening named again by another word of its kind is
# the one dated before. By the verb a noun is made from (en_events.GERUND) or the noun itself.
SAME_HAPPENING = {
    **dict.fromkeys(("kill", "murder", "slay", "homicide", "assassinate", "assassination", "shoot"), "kill"),
    **dict.fromkeys(("bomb", "blast", "explosion", "explode"), "bomb"),
}
# A sentence that tells how often something happened ("On weekends he sometimes hosted dinners")
# or that it came before or after ("which had previously detained him", "She later compared") is not
# where the story stands.
NOT_WHERE_THE_STORY_STANDS = ("sometimes", "often", "usually", "occasionally", "frequently", "regularly",
                              "routinely", "habitually", "previously", "formerly", "once",
                              "later", "eventually", "ultimately")
WHEN = ("when",)                 # "in 1968, when the Soviets invaded": what happened at the date
# "nearly two weeks later, on Sept. 13": the calendar date set beside a reckoned one says the same day better
APPOSED_DATE_JOINERS = (", on ", ", in ", ", ")
WHEN_AFTER_DATE = re.compile(r"\s*,?\s*when\b", re.I)   # "a year ago, when …": the clause tells of that date
COMPARISON_WORDS = frozenset({"from", "compared", "than", "versus", "vs.", "against"})
# "rose from 4% in 2008 to 9% last year": the figure a change starts from, and the one it reaches
CHANGE_START_WORDS = frozenset({"from"})
CHANGE_END_WORDS = frozenset({"to"})
# The clause a cue reports ("said he was there in 1968", "closed it Thursday, a spokesman said").
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
FINITE_PRESENT_TAGS = ("VBZ", "VBP")       # "condemns", "violate": not "running", "made"
SINCE = ("since",)               # "have been taken since 1950": a span up to now
# Prepositions that place a happening before or after the act they attach to ("resigned after the vote").
ORDERING_PREPOSITIONS = ("after", "before", "since", "until", "till", "following", "ahead", "prior", "pending",
                         "despite", "from", "than", "against", "about")
NOUN_PHRASE_DEPS = frozenset({"conj", "appos"})     # "losses and charges", "a charge, a write-down of"
SETTING_PREPOSITIONS = ("in", "at", "during", "amid")    # "killed in an attack on Friday"
ORDERING_MARKS = ("after", "before", "since", "until", "till", "once")   # "after the party lost the vote"
# Marks of a clause that happened just before or after its head's act, not over a span up to or
# from it ("since", "until"): the day, month or year that frames the one mostly frames the other
# ("the process concluded on Wednesday after the last parliament ratified"; "was rescued last
# November after the boat capsized"); not one measured from it ("days after", `_measured`).
NEAR_ORDERING_MARKS = ("after", "before", "once")

# ---- the same event told by several articles (same_events.py) ----
# Words that say nothing of what happened: left out when two reports' words are compared.
from spacy.lang.en.stop_words import STOP_WORDS as FUNCTION_WORDS  # noqa: E402, F401 - read by same_events
# Endings taken off a word before comparing ("debates", "debated", "debating" -> "debat").
INFLECTION_ENDINGS = ("ing", "ed", "es", "s", "e")
# Predicates too common to tell one event from another: two reports with these must tell them
# in nearly the same sentence ("Trump is ...", "the company has ...").
LIGHT_PREDICATES = frozenset({
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "have", "has", "had", "having",
    "do", "does", "did", "done", "say", "says", "said", "saying", "make", "makes", "made", "get", "gets",
    "got", "go", "goes", "went", "gone", "going", "take", "takes", "took", "taken", "come", "came",
    "comes", "give", "gave", "given", "see", "saw", "seen", "put", "need", "needs", "want", "wants"})
# Nouns for someone that a year or era before them describes ("the 2008 nominee", "a 19th-century
# saint"): the date tells who they are, not when what they do happened.
DATED_ROLE_NOUNS = {"nominee", "winner", "champion", "laureate", "graduate", "saint", "philosopher", "writer",
                    "poet", "artist", "president", "king", "queen", "emperor", "pope", "founder", "hero", "star"}

SIMPLE_PAST_TAGS = ("VBD",)        # "rose", "fell": a finite verb in the simple past
# Verbs of planning, expecting and putting off: their date is often that of what they are about.
PLANNING_LEMMAS = frozenset({"plan", "schedule", "reschedule", "slate", "set", "intend", "expect", "anticipate",
                             "forecast", "predict", "project", "estimate", "postpone", "delay", "defer",
                             "extend", "adjourn", "move", "push"})
PERFECT_PARTICIPLE_TAG = "VBN"      # "sunk" in "had sunk"
FINITE_TAGS = ("VBD", "VBZ", "VBP")      # "said", "says": a cue that is a finite verb
# The links from a reported verb up to its cue: "said [it had sold]", "had been located and [released]".
REPORTED_CHAIN_DEPS = frozenset({"ccomp", "conj", "parataxis"})
PAST_PERFECT_AUXILIARIES = ("had", "'d")   # "said it had sold the unit": the reported "has sold"
JOINED_PARTICIPLE_TAGS = ("VBN", "VBD")   # "has questioned and released": the second often tagged VBD
LIST_SEPARATORS = (",",)            # "located, questioned and released"
# Where words were said is a happening ("said at the ceremony"), but not how they were said ("said
# in a move to …", "in an attempt to …", "in response to …") nor the text they are in ("said in a
# statement", "in the release").
MANNER_OF_SAYING_NOUNS = frozenset({"move", "attempt", "bid", "effort", "response", "reply", "answer", "step",
                                    "gesture", "sign", "way", "reference", "reaction"})
NOT_SETTING_NOUNS = MANNER_OF_SAYING_NOUNS | en_speech.WRITTEN_SOURCE_NOUNS
# "would not comment", "wouldn't say": what a source refused to tell, by the time of the story
REFUSING_MODALS = ("would", "wo")
REFUSED_TELLING_LEMMAS = frozenset({"comment", "say", "discuss", "elaborate", "divulge", "disclose", "identify",
                                    "confirm", "specify", "speculate", "talk", "reveal", "name", "detail"})

# A sentence built on words said at publication takes no story date older than this many days
WORDS_SETTING_REACH_DAYS = 30

# Happenings held again and again: named again without a date, they are the current one, not the
# one of an earlier year the story named before ("Clinton's 2008 campaign" … "Clinton's campaign").
RECURRING_HAPPENINGS = frozenset({"campaign", "election", "caucus", "caucuses", "primary", "convention", "race",
                                  "budget", "census", "season", "championship", "olympics", "summit", "conference",
                                  "congress", "festival", "games", "tournament", "vote", "poll"})

# Cues whose object may be the gathering spoken to ("told a news conference", "addressed a rally")
AUDIENCE_CUES = frozenset({"tell", "address", "brief"})
