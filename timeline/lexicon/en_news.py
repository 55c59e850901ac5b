"""English word lists for actors, statements, events and relations."""
from __future__ import annotations

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PERSON_OR_ORG_LABELS = {"PERSON", "ORG"}       # names of someone, not of a people or a place
# Entities that may qualify a description without naming its speaker: "the French president",
# "the Vermont senator", "a Muslim civil rights group" (a people or a place, not who speaks).
QUALIFYING_LABELS = {"NORP", "GPE"}

# Words that head a news article's kicker line, never an actor ("EXCLUSIVE", "BREAKING").
KICKERS = {"exclusive", "breaking", "analysis", "opinion", "comment", "watch", "live", "update",
           "revealed", "explainer", "interview", "feature", "editorial", "read more", "video",
           "updated", "news", "politics", "world", "uk", "us"}

# Common first names, by the sex they are given to: "<first name> <Capitalised>" is a person where
# the recogniser saw none ("Theresa May", whose surname it reads as a month), and "she said" after
# "Greta Holm met Tomas Reinholt" is Greta Holm. Names given to either sex are in FIRST_NAMES only.
FEMALE_FIRST_NAMES = {
    "abigail", "adriana", "agnes", "aisha", "alexandra", "alice", "alicia", "alison", "amanda", "amelia", "amy",
    "ana", "angela", "angelina", "anita", "ann", "anna", "anne", "annette", "astrid", "audrey", "barbara",
    "beatrice", "betty", "bridget", "brigitte", "camilla", "carla", "carmen", "carol", "caroline", "carolyn",
    "catherine", "cecilia", "charlotte", "chloe", "christina", "christine", "claire", "claudia", "cynthia",
    "daniela", "deborah", "denise", "diana", "diane", "donna", "doris", "dorothy", "edith", "elaine", "eleanor",
    "elena", "elisabeth", "elizabeth", "ella", "ellen", "emily", "emma", "eva", "evelyn", "fatima", "fiona",
    "frances", "francesca", "gabriela", "gloria", "grace", "greta", "hana", "hannah", "harriet", "heather", "heidi",
    "helen", "hillary", "ines", "ingrid", "irene", "isabel", "isabella", "ivana", "jacqueline", "jane", "janet", "janice",
    "jennie", "jennifer", "jessica", "jill", "joan", "joanna", "josephine", "joyce", "judith", "judy", "julia",
    "julie", "karen", "karin", "katarina", "kate", "katherine", "kathleen", "katrin", "kirsty", "kristin",
    "lara", "laura", "lea", "leah", "lena", "linda", "lisa", "liz", "louise", "lucia", "luciana", "lucy", "lydia",
    "madeleine", "marcia", "maren", "margaret", "margarethe", "margrethe", "maria", "marie", "marina", "marion",
    "marta", "martha", "mary", "megan", "melania", "michelle", "monica", "nadia", "nancy", "naomi", "natalia",
    "natasha", "nicola", "nicole", "nina", "nora", "olga", "olivia", "patricia", "paula", "pauline", "penelope",
    "petra", "priti", "priya", "rachel", "rebecca", "rosa", "rose", "rosemary", "ruth", "sabine", "sandra", "sarah",
    "sharon", "silvia", "sonia", "sophie", "stella", "susan", "svetlana", "sylvia", "tamara", "tanya",
    "teresa", "theresa", "tina", "ursula", "valerie", "vanessa", "vera", "veronica", "wendy",
    "yasmin", "yolanda", "yvette", "zoe",
}
MALE_FIRST_NAMES = {
    "abdul", "adam", "ahmed", "alain", "alan", "alberto", "alexander", "alfred", "ali", "andre", "andreas", "andrew",
    "angelo", "anthony", "antonio", "arno", "arnold", "arthur", "barack", "ben", "bernard", "bernie", "beto", "bill",
    "bjorn", "bob", "boris", "brian", "bruce", "bruno", "callum", "carl", "carlos", "cesar", "charles", "christian",
    "christopher", "chuck", "claude", "colin", "craig", "daniel", "david", "dennis", "diego", "dimitri", "dmitri",
    "dominic", "donald", "douglas", "ed", "eduardo", "edward", "emil", "emmanuel", "enrico", "eric", "erik",
    "ernesto", "evan", "fabio", "felix", "fernando", "francis", "francisco", "frank", "franz", "fred", "frederick",
    "gabriel", "gary", "george", "gerald", "gerhard", "giorgio", "giovanni", "glenn", "gordon", "gregory", "guido",
    "gunther", "hans", "harold", "harry", "hassan", "heinrich", "henry", "herbert", "hugo", "ian", "igor", "ivan",
    "ivo", "jack", "jacob", "jacques", "james", "jared", "jason", "javier", "jeff", "jens", "jeremy", "jim",
    "joe", "john", "jon", "jonathan", "jorge", "jose", "joseph", "juan", "jurgen", "justin", "karl", "keir", "kevin",
    "klaus", "kurt", "lars", "leo", "leon", "leonard", "liam", "lorenzo", "louis", "luca", "lucas", "luis", "magnus",
    "manuel", "marco", "marcus", "mario", "mark", "markus", "martin", "matt", "matthew", "max", "michael", "mike",
    "mitch", "mitt", "mohammed", "muhammad", "neil", "nelson", "nick", "niels", "nigel", "nils", "olaf", "oliver",
    "omar", "oscar", "otto", "owen", "pablo", "patrick", "paul", "pedro", "peter", "philip", "pierre", "rafael",
    "ralph", "ramon", "raymond", "reza", "ricardo", "richard", "rishi", "robert", "roberto", "roger", "roland",
    "ronald", "rudolf", "sadiq", "sajid", "scott", "sean", "sergei", "sergio", "simon", "stefan", "stephen", "steve",
    "steven", "sven", "thomas", "tim", "tom", "tomas", "tony", "victor", "viktor", "vladimir", "walter", "william",
    "wolfgang", "xavier", "yusuf", "zac",
}
FIRST_NAMES = FEMALE_FIRST_NAMES | MALE_FIRST_NAMES | {"alex", "andrea", "chris", "dana", "jan", "jean", "jo", "kelly",
                                                       "kim", "sam"}
# First names that also open the names of places and what is named after them ("Charlotte
# Observer"): a name they open keeps the recogniser's label.
FIRST_NAMES_OF_PLACES = {"charlotte", "elizabeth", "louis", "george", "paul", "jackson", "lincoln", "nelson"}
# Honorifics that tell a person's sex ("Mr Ansell and Ms Delane met"), compared in lower case
# without their full stop.
FEMALE_HONORIFICS = {"mrs", "ms", "miss", "madam", "dame", "lady"}
MALE_HONORIFICS = {"mr", "sir", "lord"}
# Second words that make "<first name> X" a place, not a person ("Victoria Station").
PLACE_WORDS = {"street", "road", "station", "church", "garden", "gardens", "park", "hall", "house", "square",
               "avenue", "hospital", "college", "university", "school", "bridge", "lane", "place", "centre",
               "center", "stadium", "airport", "island", "river", "lake", "bay", "way", "court", "hill"}

# Honorifics and titles stripped from the front of a person's name.
HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "prof",
              "professor", "sen", "senator", "rep", "representative", "gov", "governor", "president",
              "prime minister", "chancellor", "secretary", "minister", "mayor", "judge", "justice",
              "general", "gen", "col", "colonel", "captain", "capt", "king", "queen", "prince",
              "princess", "pope", "rabbi", "bishop", "archbishop", "father", "sheikh", "speaker",
              "chairman", "chairwoman", "leader", "deputy", "shadow", "foreign secretary",
              "home secretary", "health secretary", "attorney general", "vice president", "mp", "mep")

# Role nouns: "<ORG> leader <PERSON>", "<PERSON>, chairman of <ORG>".
ROLE_RELATIONS = {
    "leader": "leader_of", "chairman": "leader_of", "chairwoman": "leader_of", "chair": "leader_of",
    "head": "leader_of", "president": "leader_of", "chief": "leader_of", "founder": "leader_of",
    "chief executive": "leader_of", "boss": "leader_of", "director": "leader_of", "prime minister": "leader_of",
    "general secretary": "leader_of", "secretary-general": "leader_of", "secretary general": "leader_of",
    "mp": "member_of", "member": "member_of", "spokesman": "member_of", "spokeswoman": "member_of",
    "spokesperson": "member_of", "minister": "member_of", "councillor": "member_of", "senator": "member_of",
    "deputy": "member_of", "official": "member_of", "politician": "member_of", "activist": "member_of",
    "candidate": "member_of", "peer": "member_of", "donor": "supported", "backbencher": "member_of",
}
# A person who speaks for an organisation: "a JLM spokesman told ..." is the JLM speaking.
SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "source", "official", "representative",
                      "statement", "insider", "aide", "adviser", "advisor"}

# Generic trailing words of organisation names: "Labour Party" is also "Labour".
ORG_GENERIC_TAILS = {"party", "group", "inc", "inc.", "corp", "corp.", "corporation", "co", "co.",
                     "ltd", "ltd.", "plc", "llc", "company", "organisation", "organization", "union"}
# Common nouns that refer back to the one organisation of that kind in the story.
ORG_ANAPHORS = {"party": ("party",), "group": ("group", "movement", "organisation", "organization",
                "association", "union", "society", "federation", "campaign"),
                "organisation": ("movement", "organisation", "organization", "group", "association"),
                "movement": ("movement",), "government": ("government",), "company": ("company", "inc", "corp")}

ACRONYM_STOPWORDS = {"of", "and", "the", "for", "&", "in", "on", "to", "de", "du", "des", "la", "le"}

# Verb forms the small model lemmatises wrongly ("hopes" → "hop", "rated" → "rat").
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope", "rated": "rate", "rating": "rate",
               "having": "have", "getting": "get", "lambasted": "lambaste", "lambasting": "lambaste",
               "retweeted": "retweet", "retweeting": "retweet", "tweeted": "tweet", "tweeting": "tweet",
               "lobbing": "lob"}

# Speech and cognition cues for statements, by lemma.
SPEECH_VERBS = {
    "say", "tell", "write", "add", "warn", "insist", "claim", "state", "declare", "announce", "argue",
    "explain", "note", "suggest", "admit", "acknowledge", "confirm", "deny", "reply", "respond", "answer",
    "ask", "urge", "call", "comment", "continue", "conclude", "maintain", "contend", "assert", "stress",
    "emphasise", "emphasize", "predict", "promise", "vow", "pledge", "threaten", "report", "reveal",
    "disclose", "concede", "complain", "protest", "recall", "remark", "observe", "point", "testify",
    "tweet", "post", "email", "describe", "accuse", "allege", "believe", "think", "fear", "hope",
    "agree", "estimate", "indicate", "boast", "joke", "quip", "counter", "retort", "caution",
    "advise", "demand", "charge", "scoff", "reiterate", "repeat", "signal", "brief", "told",
    # evidence and evaluation: "data show that", "the report found", "critics blamed"
    "show", "find", "cite", "expect", "criticize", "criticise", "blame", "condemn", "highlight", "question",
    "mention", "refuse", "decline", "attack", "slam", "praise", "support", "want", "plan", "recommend",
    "decide", "choose",
    # spoken aloud or in writing: "Protesters chanted “What curfew?”", "she yells", "he scolded"
    "shout", "yell", "chant", "scream", "scold", "retweet", "read", "sing", "type", "liken", "characterize",
    "characterise", "hail", "reference",
    # manners of saying: "“Only one,” she interjected", "he exclaimed", "she confessed"
    "interject", "exclaim", "confess", "proclaim", "muse", "marvel", "lament", "snap", "sneer", "mutter",
    "whisper", "implore", "interrupt", "opine", "gripe", "grumble", "concur", "recount", "mock",
}
# Passives whose subject is what is expected or reported, by people left unnamed ("the signature is
# expected to arrive before Friday", "he is said to have left").
RAISING_PASSIVE_VERBS = {"expect", "say", "believe", "think", "report", "rumor", "rumour", "allege", "predict",
                         "project", "forecast", "estimate", "understand", "know", "consider", "suppose", "presume"}
# Verbs of seeming, whose subject is what is judged and whose judge the sentence leaves unnamed:
# "the governor seemed to be losing", "Ferris's voters seemed untroubled", "It appears that …".
APPEARANCE_VERBS = {"seem", "appear"}
COPULA = "be"                          # "seemed to be shrinking": a state judged, not an event seen
# Verbs of talking something over, statements even as a purpose ("met to discuss the test").
DISCUSSION_VERBS = {"discuss", "debate", "address", "talk"}
# Labels that open a line like a speaker's name but are not one ("Update: …", "The Latest: …").
LABELS_NOT_SPEAKERS = {"note", "update", "updated", "editor's note", "photo", "video", "read more", "watch", "related",
                       "source", "sources", "correction", "disclosure", "q", "a", "warning", "spoiler", "breaking",
                       "the latest", "latest", "analysis", "opinion", "exclusive", "live", "fact check", "abstract",
                       "full text", "background", "context", "bottom line", "what's next", "why it matters",
                       "contributing", "contributors", "additional reporting", "email", "e-mail", "contact", "paid notice",
                       "stat of the week", "quote of the day"}
# A label's last word that makes any label of it a page's ("Delegate update:", "Campaign note:").
LABEL_HEAD_NOUNS = {"update", "updates", "note", "notes", "correction", "alert"}
# A labelled line that is a roster of names ("Iowa: Tim Albane, Rob Baxter, Jo Crane, …"): at least
# this many names, each of one to four capitalised words, between commas.
ROSTER_MIN_NAMES = 3
ROSTER_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# Verbs whose object can be the very words, quoted right after them ("chanted “What curfew?”").
VERBATIM_VERBS = {"chant", "shout", "yell", "scream", "type", "write", "tweet", "text", "sing", "cry", "whisper",
                  "mutter", "post", "read", "say", "ask", "answer", "reply", "exclaim", "declare", "proclaim"}
# Speech verbs whose object, not only a clause, is what was said ("announced a new iPod").
OBJECT_SPEECH_VERBS = {"announce", "claim", "reveal", "confirm", "deny", "unveil", "promise", "pledge", "propose",
                       "predict", "declare", "report", "disclose", "admit", "acknowledge", "demand", "urge",
                       "criticise", "criticize", "praise", "threaten", "vow", "warn", "concede", "cite",
                       "blame", "condemn", "highlight", "question", "mention", "describe", "call", "attack",
                       "slam", "defend", "recommend", "support", "oppose", "reject", "welcome", "accuse", "note",
                       "endorse", "back", "blast", "denounce", "offer", "express", "characterize",
                       "characterise", "liken", "reference", "echo", "repeat", "tout", "mock", "compare", "detail",
                       "bemoan", "deplore", "promote", "dismiss", "dispute", "downplay", "discuss", "decry", "lament",
                       "hail", "applaud", "tweet", "retweet", "outline", "articulate", "underscore", "emphasize",
                       "emphasise", "stress", "signal", "propound", "explain", "address", "recite",
                       "invoke", "examine", "explore", "document", "debate", "challenge", "compliment", "laud",
                       "lambaste", "thank", "grill", "confront", "rate", "forecast", "champion", "advocate",
                       "espouse", "reiterate", "recount", "relay", "share", "voice", "air", "rebut",
                       "refute", "ridicule", "chastise", "rebuke", "fault", "castigate", "chide", "assail",
                       "commend", "insult", "taunt", "smear", "quiz", "lay out", "spell out",
                       "roll out", "point out", "set out", "call out", "play down", "play up", "shrug off",
                       "brush off", "brush aside", "write off", "rule out", "hold up"}
# Prepositions after a speech verb that introduce what was spoken of ("warned against", "spoke of").
TOPIC_PREPOSITIONS = {"about", "of", "against", "over", "on"}
# Verbs that are statements only with their topic, and the prepositions that bring it in.
TOPIC_VERBS = {"speak": ("about", "of"), "talk": ("about", "of"), "point": ("to",), "refer": ("to",),
               "testify": ("about", "on"), "complain": ("about", "of"), "worry": ("about",), "fret": ("about", "over"), "respond": ("by", "with", "to"),
               "reply": ("by", "with", "to"), "weigh": ("in",), "boast": ("about", "of"), "brag": ("about", "of"),
               "joke": ("about", "of"), "rail": ("against",), "vote": ("against", "for"),
               "campaign": ("for", "against"), "rule": ("against", "for", "on"), "rally": ("for", "against", "over"),
               "lobby": ("for", "against"), "fight": ("for", "against"), "advocate": ("for",),
               "plead": ("for",), "spar": ("over", "about", "with"), "argue": ("over", "about"),
               "clash": ("over",), "agonize": ("over", "about"), "grumble": ("about",),
               "gush": ("about", "over"), "rave": ("about",), "rant": ("about", "against"), "fume": ("about", "over"),
               "wonder": ("about",), "muse": ("about", "on"), "reflect": ("on",), "elaborate": ("on",),
               "expound": ("on",), "comment": ("on",), "opine": ("on",), "focus": ("on",), "dwell": ("on",),
               "harp": ("on",), "insist": ("on",), "touch": ("on",), "hint": ("at",), "balk": ("at",),
               "agree": ("with", "on"), "disagree": ("with", "on", "over", "about"), "side": ("with", "against"),
               "hope": ("for",), "push": ("for",), "press": ("for",),
               "bristle": ("at",), "scoff": ("at",), "laugh": ("at",), "jab": ("at",), "lash": ("out",),
               # hopes, reliance and cares, attitudes stated of someone ("is counting on the young vote",
               # "still believe in the dream", "cares about the issues", "approve of the deal"); not
               # "rely on" (what someone uses, "relied on a coal base"), "seize on" (a deed: "seized on
               # the video"), "clash with" (whom, not what)
               "look": ("for",), "count": ("on",), "bank": ("on",), "believe": ("in", "about"),
               "care": ("about",), "vouch": ("for",), "allude": ("to",), "speculate": ("about", "on"),
               "cheer": ("for",), "root": ("for",), "stump": ("for",),
               "apologize": ("for",), "apologise": ("for",), "approve": ("of",), "disapprove": ("of",),
               "object": ("to",), "react": ("to",), "yearn": ("for",), "sympathize": ("with",),
               "sympathise": ("with",), "identify": ("with",), "split": ("on", "over"), "diverge": ("on", "over")}
# Verbs with a particle that are statements with their topic, and the prepositions that bring it in
# ("spoke out against the law", "lashed out at the press", "weighed in on the race", "fired back at").
PHRASAL_TOPIC_VERBS = {"speak out": ("against", "for", "about", "on"), "lash out": ("at", "against"),
                       "weigh in": ("on", "about"), "fire back": ("at",), "hit back": ("at",),
                       "push back": ("on", "against"), "come out": ("against", "for"),
                       "sound off": ("on", "about", "against"), "open up": ("about",), "speak up": ("for", "about"),
                       "stand up": ("for", "to"), "take aim": ("at",), "zero in": ("on",), "double down": ("on",)}
# Adjectives that state someone's stance ("remain confident that …", "are worried about …").
STANCE_ADJECTIVES = {"worried", "concerned", "confident", "convinced", "optimistic", "pessimistic", "skeptical",
                     "sceptical", "sure", "certain", "angry", "furious", "frustrated", "upset", "hopeful",
                     "pleased", "disappointed", "critical", "supportive", "wary", "afraid", "fearful", "adamant",
                     "insistent", "unhappy", "happy", "proud", "outraged", "alarmed", "doubtful", "eager",
                     "anxious", "nervous", "opposed", "enthusiastic", "bullish", "bearish", "cautious", "clear",
                     "coy", "vague", "silent", "passionate", "vocal", "outspoken", "scathing", "dismissive",
                     "unapologetic", "defiant", "emphatic", "blunt", "candid", "open", "fond", "suspicious",
                     "contemptuous", "tolerant", "sympathetic", "hostile", "appreciative", "grateful", "thankful",
                     "ashamed", "embarrassed", "disgusted", "horrified", "shocked", "troubled", "dismayed"}
# Adjectives said of someone that state no stance of theirs: likelihood, ability, readiness in time
# ("is likely to win", "was unable to attend", "is due to speak", "was quick to leave").
NOT_STANCE_ADJECTIVES = {"likely", "unlikely", "able", "unable", "due", "busy", "quick", "slow", "set", "bound",
                         "about", "late", "early", "available", "unavailable", "present", "absent", "alive", "dead"}
# Nouns of someone who takes a side, a stance when said of a subject ("has been a Clinton supporter").
PARTISAN_NOUNS = {"supporter", "backer", "opponent", "critic", "fan", "advocate", "proponent", "defender", "foe",
                  "champion"}
# Nouns that name a statement: "Trump's claim that …", "her warning that …".
SPEECH_NOUNS = {"claim", "assertion", "statement", "warning", "promise", "pledge", "allegation", "accusation",
                "argument", "insistence", "suggestion", "prediction", "admission", "contention", "charge",
                "assurance", "vow", "threat", "announcement", "belief", "view", "complaint", "comment", "remark",
                "criticism", "call", "demand", "plan", "proposal", "theory", "idea", "rhetoric", "message",
                "concern", "praise", "support", "opposition", "adulation", "admiration", "defense", "defence",
                "attack", "assessment", "estimate", "forecast", "determination", "refusal",
                "reluctance", "willingness", "eagerness", "pitch", "vision", "position", "stance",
                "endorsement", "denial", "apology", "explanation", "response", "answer", "reply", "question"}
# Statement nouns whose "to" brings in what they answer ("her response to Trump").
ANSWER_NOUNS = {"response", "reply", "answer", "apology", "objection", "opposition", "rebuttal", "retort"}
# Statement nouns that annotators count even with no one named as their owner ("Trump has faced
# questions about his foundation", "amid allegations of fraud").
UNOWNED_SPEECH_NOUNS = {"question", "criticism", "allegation", "claim", "accusation", "concern", "call", "speculation",
                        "disagreement", "complaint", "charge", "warning", "rumor", "rumour", "suggestion",
                        "skepticism", "scepticism", "outcry", "outrage", "backlash", "condemnation", "praise",
                        "support", "opposition"}
# Unowned nouns of stance that state one only with what they are for or against: "support for the
# levy", "opposition to the plan" (not "gained enough support to pass", "in opposition to").
UNOWNED_STANCE_NOUNS = {"support": ("for",), "opposition": ("to",)}
# Stances taken towards someone, which are statements even when only the someone is named
# ("Ted Dane endorses Ferris", "they criticize him").
STANCE_VERBS = {"endorse", "back", "support", "oppose", "criticize", "criticise", "praise", "attack", "blast",
                "slam", "defend", "reject", "condemn", "denounce", "accuse", "blame", "thank", "congratulate",
                "grill", "confront", "chastise", "rebuke", "scold", "fault", "lambaste", "castigate", "chide",
                "assail", "ridicule", "mock", "laud", "commend", "applaud", "hail", "salute", "compliment",
                "insult", "taunt", "smear", "challenge", "quiz", "liken", "compare", "call out"}
# Verbs whose charge follows "of" ("accused Pryor of being a socialist").
ACCUSING_VERBS = {"accuse", "suspect", "convict", "clear", "acquit"}
# Verbs that liken one thing to another, the other being part of what was said ("likened KTV to the Herald").
LIKENING_VERBS = {"liken", "compare", "equate", "link", "tie", "connect", "contrast"}
# Verbs that name something ("called Trump a liar", "branded the plan a disaster").
NAMING_VERBS = {"call", "brand", "label", "dub", "term", "deem", "pronounce"}
# Verbs of judging something as something ("critics see the scheme as a cheaper route to …").
VIEWING_VERBS = {"see", "view", "regard", "consider", "portray", "paint", "cast", "depict", "frame"}
# Verbs whose demand follows "for" ("called for a moratorium", "pushed for new tariffs").
DEMAND_FOR_VERBS = {"call", "push", "press", "appeal", "argue", "lobby", "campaign", "plead", "clamor", "ask", "petition",
                    "clamour", "advocate"}
# Verbs of a reputation, held by people left unnamed: "is known for her cautious streak", "is known as Nightowl".
REPUTATION_VERBS = {"know"}
# Verbs whose object, with someone as their subject, is what they state, remember, name or put on
# record ("recalled the thinking back then", "listed three reasons", "nominated a judge").
# Not "post" ("posted a profit" is a result, not words put on record).
STATING_OBJECT_VERBS = {"recall", "remember", "remind", "list", "name", "nominate", "identify", "publish",
                        "issue", "expose", "congratulate", "credit", "show", "fear", "charge", "contrast", "block",
                        "deem"}
# Verbs of a view or a wish held rather than voiced: hung as the second verb of what someone
# reports ("said she would stay on but wants a smaller role", "said the plan was late and backs a
# delay"), they go on telling what that one reported, not a statement of their own.
HELD_VIEW_VERBS = {"want", "wish", "hope", "fear", "think", "believe", "feel", "plan", "intend", "decide",
                   "choose", "support", "back", "favor", "favour", "prefer", "like", "love", "hate", "expect",
                   "worry", "doubt", "know", "consider"}
# Verbs of wanting whose object is what someone wants ("wants more funding", "seeks an injunction").
DESIRE_VERBS = {"want", "seek", "expect", "prefer", "favor", "favour", "demand"}
# Verbs of intention whose infinitive is what someone wants said or done ("refused to testify").
INTENTION_VERBS = {"want", "plan", "agree", "decline", "refuse", "promise", "urge", "encourage", "seek", "threaten",
                   "hope", "intend", "offer", "vow", "pledge", "propose", "call", "ask", "demand", "push", "wish",
                   "vote", "move", "aim", "order", "tell", "warn", "advise", "invite", "challenge",
                   "decide", "choose", "like", "love", "prefer", "hate", "expect"}
# Nouns for what someone says or stands for: any verb that takes one, with someone as its
# subject, reports it ("laid out her plans", "is propounding views", "unleashed a flurry of
# tweets", "is stepping up his attacks").
CONTENT_NOUNS = {"message", "proposal", "plan", "policy", "view", "idea", "theme", "argument", "case", "claim",
                 "statement", "remark", "comment", "attack", "criticism", "concern", "question", "warning",
                 "promise", "pledge", "ad", "advertisement", "tweet", "letter", "speech", "memoir",
                 "op-ed", "editorial", "position", "stance", "agenda", "vision", "platform", "willingness",
                 "opposition", "consensus", "narrative", "rhetoric", "excuse", "apology", "endorsement",
                 "accusation", "allegation", "complaint", "demand", "request", "appeal", "call", "plea", "offer",
                 "assurance", "insult", "taunt", "joke", "praise", "objection", "reservation",
                 "doubt", "suspicion", "belief", "opinion", "assessment", "verdict", "prediction", "forecast",
                 "estimate", "explanation", "account", "version", "denial", "admission", "confession",
                 "announcement", "proclamation", "condemnation", "rebuke", "retort", "rebuttal", "response",
                 "reply", "answer", "interview", "testimony", "pitch", "slogan", "talking", "threat", "support"}
# Of those, the things that carry words rather than say them ("released a statement", "delivered
# his stump speech", "is airing new ads"): named with no more than determiners, adjectives,
# compounds and an owner, the words are given elsewhere or not at all.
WORDS_CARRIER_NOUNS = {"statement", "speech", "message", "letter", "ad", "advertisement", "tweet", "email",
                       "interview", "platform"}
# Of those, the ones that name something said only when they have an owner ("his attacks on a
# beauty queen", "her plan"), not "simulated an attack", "received 38 percent support".
OWNED_CONTENT_NOUNS = {"attack", "threat", "plan", "policy", "question", "case", "support", "call", "offer",
                       "request", "answer", "response", "account", "version", "position", "point", "demand"}
# Verbs of having, getting and undergoing, which report nothing of their subject's.
NOT_CONTENT_VERBS = {"have", "get", "receive", "face", "experience", "enjoy", "hear", "take", "reach", "enter",
                     "decide", "consolidate", "sit", "win", "lose", "earn", "garner", "draw", "attract", "need",
                     "deserve", "survive", "weather", "endure", "suffer"}
# Verbs whose clause is a consequence or something caused, not a thought of their subject's
# ("the win means she will pick up delegates", "the ads helped him win", "had them sign").
CONSEQUENCE_VERBS = {"mean", "help", "have", "let", "cause", "ensure", "send"}
# Verbs of making and being, whose clause is someone's proposition only when someone is their
# subject ("Davis made it clear that …", not "which makes the choice crucial", "that's because …").
MAKING_VERBS = {"make", "be", "become", "turn", "remain", "render", "keep"}
# Words that count what is said ("a flurry of tweets", "a series of attacks").
CONTENT_MEASURES = {"flurry", "series", "string", "barrage", "volley", "torrent", "stream", "raft", "spate",
                    "number", "lot", "host", "couple", "set", "list", "round", "wave"}
# Intention verbs that state an effort rather than a stance when their subject is borrowed
# ("…, trying to help them obtain permits").
EFFORT_VERBS = {"try", "aim", "move", "attempt", "start", "begin"}
# Documents that carry what someone said ("announced in a memo that ...").
DOCUMENT_NOUNS = {"memo", "statement", "letter", "email", "e-mail", "interview", "post", "tweet", "note",
                  "release", "announcement", "speech", "message", "filing", "report", "blog"}
# People named by what they are, not who ("officials said"): such a subject of a speech verb is a
# generic actor of its own story.
# Documents that speak for their authors: "A new poll shows …", "The study found …".
DOCUMENT_SOURCES = {"poll", "survey", "study", "report", "analysis", "data", "statement", "ad", "advertisement",
                    "spot", "clip", "slide", "memo", "filing", "submission", "tally", "audit", "review",
                    "research", "findings", "figures", "records", "document", "documents", "letter", "email",
                    "emails", "video", "footage", "release", "website", "article", "editorial", "ruling",
                    "complaint", "lawsuit", "suit", "indictment", "transcript", "census", "average", "number",
                    "result", "forecast", "model", "projection", "estimate", "index", "chart", "graph", "map",
                    "book", "film", "documentary", "story", "piece", "investigation", "inquiry", "polling",
                    # official papers that advise or set out a policy ("the guidance said")
                    "guidance", "guidelines", "leaflet", "pamphlet", "booklet", "brochure", "manifesto", "dossier"}
# Verbs by which a document says something, beyond the verbs of speech.
FINDING_VERBS = {"show", "find", "reveal", "indicate", "suggest", "conclude", "estimate", "mention", "feature",
                 "describe", "cite", "list", "detail", "allege", "accuse", "argue", "say", "state", "note"}
PEOPLE_NOUNS = {"official", "analyst", "activist", "lawmaker", "legislator", "demonstrator", "protester", "critic",
                "expert", "economist", "researcher", "scientist", "voter", "resident", "supporter", "opponent",
                "aide", "adviser", "advisor", "source", "witness", "officer", "investigator", "prosecutor", "lawyer",
                "attorney", "doctor", "worker", "employee", "executive", "investor", "trader", "diplomat",
                "negotiator", "minister", "senator", "member", "leader", "campaigner", "organizer", "organiser",
                "student", "parent", "citizen", "people", "authority", "observer", "commentator", "pollster",
                "strategist", "insider", "ally", "rival", "spokesman", "spokeswoman", "spokesperson",
                "representative", "republican", "democrat", "conservative", "liberal", "police", "staffer",
                "volunteer", "delegate", "judge", "manager", "director", "farmer", "teacher", "nurse", "soldier"}
# People and bodies a story names by what they are, whose words it reports ("the candidate
# says", "a reporter asked", "the town said", "the outlet claims"): besides PEOPLE_NOUNS,
# ORG_NOUNS and DOCUMENT_SOURCES, a speaker of its own, an actor described rather than named.
DESCRIBED_PEOPLE = {
    "candidate", "nominee", "contender", "hopeful", "frontrunner", "front-runner", "challenger", "incumbent",
    "governor", "mayor", "congressman", "congresswoman", "councilman", "councilwoman", "chairman", "chairwoman",
    "chair", "secretary", "ambassador", "envoy", "president", "chancellor", "premier", "sheriff", "commissioner",
    "businessman", "businesswoman", "billionaire", "millionaire", "mogul", "magnate", "tycoon", "entrepreneur",
    "reporter", "journalist", "correspondent", "columnist", "editor", "writer", "author", "anchor", "host",
    "moderator", "interviewer", "pundit", "blogger", "commenter", "actor", "actress", "singer", "star",
    "celebrity", "comedian", "filmmaker", "documentarian", "producer", "narrator", "speaker", "neurosurgeon",
    "surgeon", "physician", "pastor", "priest", "bishop", "rabbi", "imam", "preacher", "professor", "scholar",
    "historian", "man", "woman", "person", "guy", "friend", "colleague", "partner", "wife", "husband", "mother",
    "father", "son", "daughter", "brother", "sister", "neighbor", "neighbour", "owner", "founder", "ceo",
    "chief", "veteran", "immigrant", "refugee", "victim", "survivor", "suspect", "defendant", "plaintiff",
    "whistleblower", "socialist", "customer", "consumer", "user", "fan", "viewer", "reader", "follower",
    "donor", "backer", "contributor", "lobbyist", "consultant", "operative", "advocate", "defender",
    "skeptic", "sceptic", "dissident", "superdelegate", "elector", "moderate", "progressive", "populist",
    "nationalist", "libertarian", "newcomer", "outsider", "insurgent", "commander", "counsel", "clerk",
    "agent", "caller", "participant", "attendee", "panelist", "panellist", "educator", "coach", "player",
}
DESCRIBED_BODIES = {
    "newspaper", "paper", "outlet", "magazine", "publication", "journal", "station", "channel", "site",
    "broadcaster", "tabloid", "daily", "weekly", "wire", "service", "bureau", "office", "board", "panel",
    "commission", "legislature", "parliament", "assembly", "chamber", "caucus", "city", "town", "village",
    "county", "state", "country", "nation", "province", "region", "district", "school", "university",
    "college", "institute", "center", "centre", "foundation", "association", "coalition", "alliance",
    "federation", "society", "league", "chapter", "tribe", "church", "hospital", "military", "army", "navy",
    "regime", "authorities", "embassy", "consulate", "cabinet", "camp", "staff", "pac", "insurer", "lender",
    "fund", "chain", "brand", "startup", "airline", "automaker", "carmaker", "drugmaker", "chipmaker",
    "miner", "brewer", "carrier", "publisher", "studio", "crowd",
    "audience", "family", "media", "press", "establishment", "lab", "laboratory", "watchdog", "regulator",
    "nonprofit", "non-profit", "charity", "think-tank", "tank", "opposition", "body", "jury", "delegation",
}
# Verbs by which an unnamed source is quoted ("officials said"); not thinking or wanting.
COMMUNICATION_VERBS = {"say", "tell", "report", "announce", "claim", "state", "warn", "argue", "add", "note",
                       "explain", "insist", "confirm", "deny", "predict", "write", "describe", "complain",
                       "suggest", "estimate", "caution", "testify", "allege", "contend", "acknowledge"}
QUANTIFIERS = {"the", "a", "an", "one", "some", "many", "most", "several", "other", "few", "these", "those", "two",
               "three", "both", "all", "numerous", "various", "more", "top", "senior"}
# Words for a share of people, a poll's speakers: "Sixty-six percent said", "Nearly half said",
# "Some of the women said", "A majority of voters say".
SHARE_WORDS = {"percent", "half", "third", "quarter", "majority", "minority", "plurality", "most", "some", "many",
               "few", "none", "all", "both", "several"}
# Nouns that refer back to the organisation last named ("the firm said").
ORG_NOUNS = {"company", "firm", "group", "organisation", "organization", "corporation", "business", "agency",
             "department", "ministry", "party", "union", "campaign", "movement", "committee", "council",
             "bank", "court", "government", "administration", "club", "charity", "team", "network", "retailer",
             "manufacturer", "maker", "giant"}
# Kinds of organisation that "the <noun>" names as the one named last ("NPD Group, a research
# firm. The firm said"): businesses and agencies, which the recogniser names. A campaign, an
# administration or a government is someone's and seldom named as such: described, not resolved.
REFERRING_ORG_NOUNS = {"company", "firm", "corporation", "business", "bank", "retailer", "manufacturer", "maker",
                       "giant", "agency", "group", "organisation", "organization",
                       # kinds of business that business copy names by what they do ("The airline said")
                       "airline", "carrier", "lender", "insurer", "carmaker", "automaker", "supplier", "producer",
                       "drugmaker", "chipmaker", "miner", "brewer", "operator"}
# The part of a cue that names the addressee: "told Jewish News", "said to reporters".
ADDRESSEE_VERBS = {"tell", "write", "email", "brief", "warn", "urge", "assure", "inform", "reassure", "ask"}
WRITING_CUES = {"write", "wrote", "written", "writes", "email", "tweet", "post", "letter", "message"}

PRONOUNS_PERSON_MALE = {"he", "him", "his"}
PRONOUNS_PERSON_FEMALE = {"she", "her", "hers"}
PRONOUNS_GROUP = {"it", "its", "they", "them", "their"}

# Relation cues: verb or noun lemma -> relation type (source is the agent, target the object).
RELATION_LEMMAS = {
    "affiliate": "affiliated_to", "affiliated": "affiliated_to", "affiliation": "affiliated_to",
    "rebrand": "renamed_to", "rename": "renamed_to", "become": None,
    "meet": "met", "criticise": "criticised", "criticize": "criticised", "condemn": "criticised",
    "attack": "criticised", "blame": "criticised", "accuse": "criticised", "slam": "criticised",
    "support": "supported", "back": "supported", "endorse": "supported", "praise": "supported",
    "welcome": "supported", "oppose": "opposed", "reject": "opposed", "rebuff": "opposed",
    "sever": "severed_ties_with", "cut": "severed_ties_with", "quit": "severed_ties_with",
    "leave": "severed_ties_with", "join": "member_of", "lead": "leader_of", "write": "wrote_to",
    "sue": "opposed", "defeat": "opposed", "beat": "opposed", "sack": "opposed", "fire": "opposed",
    "appoint": "supported", "elect": "supported", "invite": "met", "visit": "met",
}
RENAME_PATTERNS = (
    r"(?P<a>{A}),?\s+which\s+(?:later\s+)?(?:rebranded|renamed)\s+itself\s+(?:as\s+)?(?P<b>{B})",
    r"(?P<a>{A}),?\s+(?:which|that)\s+(?:later\s+)?became\s+(?P<b>{B})",
    r"(?P<a>{A})\s+(?:was\s+)?(?:rebranded|renamed)\s+(?:itself\s+)?(?:as\s+)?(?P<b>{B})",
    r"(?P<b>{B}),?\s+(?:formerly|previously|once)\s+(?:known\s+as\s+)?(?P<a>{A})",
)
SEVER_TIES = r"\b(?:sever(?:ed|ing|s)?|cut(?:ting|s)?|break(?:ing|s)?|broke|end(?:ed|ing|s)?)\s+(?:its\s+|their\s+|all\s+)?(?:ties|links|relations)\s+(?:to|with)\b"

# Events: nouns that name something happening (for "a week before crunch meetings").
EVENT_NOUNS = {
    "meeting", "meetings", "vote", "votes", "election", "elections", "referendum", "motion", "summit",
    "conference", "talks", "debate", "hearing", "trial", "appeal", "protest", "protests", "strike",
    "march", "rally", "speech", "announcement", "letter", "message", "statement", "interview",
    "resignation", "visit", "war", "attack", "attacks", "crisis", "ballot", "inquiry", "investigation",
    "review", "report", "launch", "deal", "agreement", "treaty", "ceremony", "funeral", "wedding",
    "centenary", "anniversary", "birthday", "jubilee", "merger", "takeover", "acquisition", "sale",
    "release", "reshuffle", "budget", "campaign", "revelations", "revelation", "scandal", "death",
    "arrest", "ruling", "verdict", "decision", "split", "rebrand", "affiliation", "ties", "relationship",
    "crash", "collapse", "shooting", "bombing", "explosion", "earthquake", "flood", "storm", "uprising",
    "coup", "invasion", "ceasefire", "negotiations", "session", "congress", "convention", "congressional",
    "primary", "primaries", "caucus", "inauguration", "hustings", "consultation", "launching",
}
# Nouns for states whose start a duration gives ("ties ... after 99 years").
STATE_NOUNS = {"ties", "relationship", "affiliation", "membership", "alliance", "partnership", "link",
               "links", "rule", "reign", "marriage", "career", "tenure", "presence", "occupation",
               "friendship", "association", "connection", "involvement", "history", "tradition",
               "existence", "leadership", "control", "hold", "record", "union", "bond", "bonds"}
# "Nth anniversary" words and the years they count.
ANNIVERSARY_NOUNS = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
                     "jubilee": 50, "golden jubilee": 50, "silver jubilee": 25, "diamond jubilee": 60,
                     "tercentenary": 300, "sesquicentennial": 150}

# Modals that put what they govern after the time of speaking, or leave it unrealised.
FUTURE_MODALS = {"will", "'ll", "shall", "wo", "would", "could", "might", "may", "should", "must"}
# Of those, the past of "can": negated ("could not be reached") it tells what failed, not what may come.
PAST_ABILITY_MODALS = {"could"}
# Verbs whose complement has not happened yet: "plans to sell", "is set to begin".
FUTURE_ORIENTED = {"plan", "expect", "set", "schedule", "intend", "aim", "hope", "want", "agree", "decide",
                   "promise", "pledge", "vow", "threaten", "prepare", "propose", "seek", "try", "attempt", "go",
                   "need", "able", "likely", "due", "slate"}
HYPOTHETICAL_MARKERS = {"if", "whether", "unless", "could", "might", "may", "should"}


# Every verb by which a subject states something: its subject is a source worth naming.
REPORTING_VERBS = (SPEECH_VERBS | FINDING_VERBS | {v for v in OBJECT_SPEECH_VERBS if " " not in v} | set(TOPIC_VERBS)
                   | {v for v in STANCE_VERBS if " " not in v})
# For the learned reading only (`statements.reported.broad_statements`): nouns that may name a statement,
# an intention or a stance ("the DNC's decision to …", "with plans to return", "support for
# Mr. Trump", "his view that …"), offered to the keep model with or without an owner. The
# statement nouns of the rules are among them: a rules' noun without an owner is a candidate too.
BROAD_STATEMENT_NOUNS = SPEECH_NOUNS | UNOWNED_SPEECH_NOUNS | {
    "decision", "intention", "intent", "hope", "desire", "wish", "goal", "aim", "bid", "push", "effort",
    "backing", "request", "appeal", "offer", "commitment", "opinion", "preference", "objection", "reaction",
    "recommendation", "expectation", "fear", "worry", "doubt", "confidence", "agreement", "insistence",
    "urging", "invitation", "order", "ruling", "verdict", "finding", "conclusion", "notion", "thought",
    "feeling", "sense", "impression", "perception", "attitude", "approval", "disapproval", "rejection",
    "acceptance", "acknowledgment", "acknowledgement", "confirmation", "declaration", "proclamation",
    "report", "claim", "talk", "push", "campaign", "crusade", "quest", "ambition", "pitch", "case",
    "reasoning", "justification", "excuse", "answer", "testimony", "suggestion", "advice", "instruction",
    "ultimatum", "boast", "vow", "oath", "guarantee", "insinuation", "implication", "rebuke", "condemnation",
    "denunciation", "dismissal", "embrace", "championing", "advocacy", "opposition", "resistance", "hostility",
    "skepticism", "scepticism", "enthusiasm", "affection", "love", "hatred", "disdain", "contempt", "respect"}
# Prepositions whose object may own a statement noun in the learned reading ("the views of the
# voters", "support from the youth").
BROAD_OWNER_PREPOSITIONS = ("of", "from", "among")
# Double quotation marks, as tokens: a word after an odd number of them in its sentence is quoted.
QUOTATION_MARKS = frozenset({'"', "“", "”", "``", "''"})
