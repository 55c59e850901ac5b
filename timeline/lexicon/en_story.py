"""English words for telling a story's dates (timeline/story/): what makes a sentence lean on the
one before it, so that it cannot stand alone under a date."""
from __future__ import annotations

# A sentence opening with one of these continues another ("He added that…", "But the well…",
# "This came after…"): it is a poor summary of a day on its own.
DEPENDENT_OPENINGS = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "that", "there",
    "but", "and", "or", "so", "also", "however", "meanwhile", "still", "yet", "then", "instead",
    "his", "her", "its", "their", "our", "such", "both", "nor", "thus", "otherwise", "besides",
})
# Words of a query that join its phrases rather than name what it is about.
QUERY_JOINERS = frozenset({"and", "or", "the", "of", "a", "an"})
# The stop-word list scikit-learn's TF-IDF drops when it weighs a sentence's words.
TFIDF_STOP_WORDS = "english"

# A headline or photo caption printed without a full stop runs into the sentence after it ("Flood
# waters close valley school Another nine homes flooded...", "Fires in the old port after the quake
# Shops and depots were set alight..."): a sentence starts again at a capitalised word that is not
# a name, right after a word with no punctuation. These words open sentences and never name anything
# (a collection tells more such words: those it writes in lower case inside its sentences).
RUN_ON_OPENERS = frozenset({
    "the", "a", "an", "this", "these", "those", "it", "he", "she", "they", "we", "there", "another",
    "some", "many", "most", "more", "several", "few", "all", "both", "each", "every", "no", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands",
    "dozens", "millions", "scores", "tens", "at", "in", "on", "after", "before", "as", "when", "while",
    "since", "despite", "following", "amid", "with", "during", "about", "nearly", "almost", "around",
    "only", "even", "but", "meanwhile", "however", "earlier", "later", "now", "officials", "police",
    "authorities", "rescuers", "troops", "doctors", "experts", "investigators", "residents", "workers",
    "people", "prosecutors", "lawyers", "scientists", "health", "aid",
})
# Articles that open a sentence: in capitals right after a lower-case word, with no title leading
# into them, they start a new sentence whatever word follows ("... left homeless A charity flew ...").
RUN_ON_ARTICLES = ("The", "A", "An")
# A speaker named right after a caption's last word, then a colon or a quotation ("... to take part
# in the single Prime Minister Anna Roe said: ..."): the words of saying that open a new sentence.
RUN_ON_SPEECH = r"(?:said|says|told\s+\w+|added|adds|warned|declared|explained)\s*(?::|,?\s*[\"“])"
# Lower-case words that go on a capitalised title before the speaker's name ("... lower a cap Chief
# operating officer Ann Roe said: ..."): the title opens the new sentence as a name would.
RUN_ON_TITLE_WORDS = ("executive", "operating", "financial", "officer", "secretary", "minister", "general",
                      "director", "spokesman", "spokeswoman", "president", "commander", "adviser", "advisor",
                      "correspondent", "editor", "analyst", "economist", "manager", "inspector", "superintendent")
RUN_ON_TITLE_LOWER = 3      # such words at most in the title
RUN_ON_SPEAKER_WORDS = 5    # capitalised words at most in the speaker's name and title
RUN_ON_SPEAKER_LEAST = 3    # and at least: a title and a name (after "chief executive", "Tony Roe
                            # said:" is the speaker's description, no new sentence)
# A headline is short, and the sentence it runs into repeats its subject ("Acme plans new plant
# Acme is to build ..."): how many words from a line's start such a repeat is looked for.
HEADLINE_REACH = 16
# Words after a name that make it the object of a verb before it, not a sentence's subject ("wants
# Acme to pay", "could cost Acme $4bn", "needs Europe more than ...").
NOT_AFTER_SUBJECT = frozenset({"to", "more", "less", "than"})
# Words that lead into a noun: a name after one is part of a noun phrase ("some Acme staff", "the
# Acme board"), not the subject of a new sentence.
DETERMINERS = frozenset({
    "the", "a", "an", "this", "these", "those", "some", "many", "most", "more", "several", "few", "all",
    "both", "each", "every", "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "another", "any", "its", "his", "her", "their", "our", "my", "your",
})
# Words that lead into what follows them, so that no caption or headline ends on one: a capitalised
# word after one of them continues the sentence ("… said on Monday while Interior Secretary …").
LEADS_ON = frozenset({
    "and", "or", "but", "nor", "while", "whereas", "when", "where", "if", "because", "although", "though",
    "unless", "whether", "than", "that", "which", "who", "whom", "whose", "be", "been", "being", "is", "are",
    "was", "were", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "not", "also", "as", "then", "between", "against",
    "toward", "towards", "under", "over", "through", "via", "per", "including", "without",
})
# Of the words a collection writes inside its sentences, this share at least in lower case makes a
# capitalised one a common word, not a name ("Violence", "Makeshift"; not "House", "Horizon").
RUN_ON_COMMON_SHARE = 0.9
# A live page's time stamp printed between two entries, as a 24-hour clock without a colon ("2050").
RUN_ON_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"
# What ends a live page's headline ("Minister faces MPs - as it happened The minister told ..."):
# the next capitalised word opens the sentence.
RUN_ON_HEADLINE_ENDS = (r"as it happened",)
RUN_ON_COMMON_SEEN = 3          # lower-case sightings needed before the collection's word counts
# Words after which a capitalised word names a title or a name ("editor of The Lancet", "called The Lobster").
TITLE_LEAD_INS = frozenset({
    "of", "at", "in", "on", "to", "for", "by", "from", "with", "about", "into", "called", "named",
    "titled", "entitled", "read", "reads", "get", "told", "and", "or", "the", "a", "an", "said",
    "says", "its", "his", "her", "their", "our", "this", "that", "former", "new", "as", "than", "like",
    "since", "until", "before", "after", "during", "year", "early", "late", "mid",
})
# What a page prints before its first sentence: a wire dateline ("WASHINGTON (Reuters) - ",
# "TORONTO, Oct. 15 -- ", with any photo credit before it), a time
# stamp ("Last updated at 06:28", "Tuesday 12 May 2009 16.36 BST"), a server's error note. A
# sentence is told from after the last of these found near its start.
LEAD_IN_PATTERNS = (
    r"\([A-Z][A-Za-z]+\)\s*[-–—]{1,2}\s+",
    r"\b[A-Z]{3,}(?:[ .][A-Z]{2,})*,\s+[A-Z][a-z]{2,3}\.?\s+\d{1,2}\s+[-–—]{1,2}\s+",   # "PARIS, Oct. 12 -- "
    # (the patterns are read regardless of case: (?-i:...) holds one to its capitals)
    r"(?-i:^[A-Z]{3,}(?:[ .][A-Z]{2,})*(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+[-–—]{1,2}\s+)",  # "HOUSTON -- ", "VENICE, Louisiana -- "
    r"^[-–—]{1,2}\s+",                          # the dash a dateline left
    # a photo credit: "(AP Photo/Jane Doe)", "(By Jane Doe -- Wire Images)", "(Jane Doe - AP)"
    r"\([^()]{0,20}\bPhoto/[^()]{2,60}\)\s*",
    r"(?-i:\((?:By\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+[-–—]{1,2}\s+[A-Z][^()]{1,40}\)\s*)",
    # the end of a page's time stamp the sentence splitter left before the first sentence, and the
    # page's help link printed after it ("06:28 | GMT Help The mayor resigned ...")
    r"(?-i:^(?:GMT|BST|UTC|EDT|EST|CET)\s+(?:Help\s+)?)",
    r"\b\d{1,2}[:.]\d{2}\s*(?:GMT|BST|UTC|EDT|EST|CET|ET|[ap]m|[ap]\.m\.)(?:\s+UK)?(?-i:\s+Help)?\s+",
    r"\blast updated at \d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|UTC|EDT|EST|CET))?(?-i:\s+Help)?\s+",
    r"\(an error occurred while processing this directive\)\s*",
    # a live page's 24-hour time stamp opening an entry ("1413 The ambassador tells ...")
    r"(?-i:^" + RUN_ON_CLOCK + r"\s+(?=[A-Z]))",
    # a heading in capitals run into the sentence ("NEW PUMP FOR FLOODED MINE In May, the firm ...")
    r"(?-i:^(?:[A-Z][A-Z'’-]+\s+){3,}(?=[A-Z][a-z]))",
)
# A page's time stamp printed after a headline, ending what the splitter made one sentence ("Flood
# hits valley Hundreds moved out Friday 14 May 2010 15.35 BST"), and a wire's name tagged on after
# the last word ("..., officials said (Wire)."): shown without them.
TRAILING_PATTERNS = (
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d"
    r"\s+\d{1,2}[.:]\d{2}(?:\s+(?:GMT|BST|UTC|EDT|EST|CET))?\s*$",
    r"\s*\((?:Reuters|AP|AFP|Bloomberg|PA)\)(?=\.?\s*$)",
)
LEAD_IN_REACH = 160         # characters from a sentence's start where a lead-in is looked for
# A sentence in the first person, outside quotation marks, is a reader's comment or a column, not
# the report of a day ("I'm not worried about the flood").
FIRST_PERSON = ("I", "I'm", "I've", "I'd", "my", "me", "My", "we", "We", "our", "Our", "us")
# A page's or a comment's time stamp: a date with its year printed beside a clock time ("8 November
# 2011 Last updated at 06:28", "At 01:55 2nd Jun 2010, reader42 wrote", "on 14.01 BST on Tuesday 6
# July 2010"). It dates the page, not what the page reports.
STAMP_CLOCK = r"\b\d{1,2}[:.]\d{2}\b(?:\s*(?:GMT|BST|UTC|EDT|EST|CET|ET|[ap]\.?m\b\.?))?"
STAMP_YEAR = r"\b(?:19|20)\d\d\b"
STAMP_REACH = 25            # characters either side of the date where the clock time is looked for
# A story's line sits under its day: it does not repeat the day ("BP said on Tuesday that it had
# cut the pipe" under Tuesday 1 June reads "BP said that it had cut the pipe"). The words that say
# the day inside a sentence: a preposition or a verb of saying before its weekday or its date, a
# part of the day after them. (Only the line's own day goes: another day a sentence names is news;
# and a day a verb "to be" leads to is what the sentence says: "the vote is on Tuesday".)
OWN_DAY_BEFORE = (r"".join(rf"(?<!\b{verb})" for verb in ("is", "was", "are", "were", "be", "been"))
                  + r"\s+(?:(?:early|late|later)\s+)?(?:on|last)\s+")
OWN_DAY_AFTER_SAYING = r"(?<=\b(?:said|says))\s+"
OWN_DAY_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
OWN_DAY_OPENING = r"^(?:On\s+)?"           # "On Tuesday, ..." opening a sentence
OWN_DAY_ORDINAL = r"(?:st|nd|rd|th)?"       # "June 1st"
# The words that name a line's own day by the day its article appeared: the day itself ("today",
# "this morning") or the day after it ("yesterday", "last night"), by how many days later it appeared.
OWN_DAY_RELATIVE = {
    0: ("earlier today", "today", "tonight", "this morning", "this afternoon", "this evening"),
    1: ("yesterday", "last night"),
}
OWN_DAY_OF = r"(?:of\s+)?"                 # "1st of June"
# A line of a timeline a page printed: a month and a day, a dash or a colon, the entry ("June 10 -
# The minister says ...", "July 6: Crews ..."). Under another day it tells the day it names.
ENTRY_DATE = r"^(?:On\s+)?([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+\d{4})?\s*(?:--|[-–—:])\s+"
# A date said in a clause of what would have been, not of what was: a counterfactual ("we'd have
# arrived on Saturday", "by then it would have been too late"). It neither tells its day nor counts
# as a report that something happened on it (nor on the day a tagger reads it as).
# ("they should have enough by Monday" is had, not done: a determiner after "have" is its object.)
_HAVE_DONE = r"\s+have(?!\s+(?:enough|a|an|the|no|any|some|more|less|to|much|many|its|their|his|her|our)\b)"
COUNTERFACTUAL = (
    r"\b(?:would|should)(?:\s+not|n['’]t)?" + _HAVE_DONE,     # "would have gone", "shouldn't have"
    r"\b\w+['’]d" + _HAVE_DONE,                              # "we'd have", "they'd have"
)
# A modal of what is expected or possible before the date it governs ("should be there by Sunday",
# "may arrive on Monday"): said of a day before the article appeared, the day was misread (a day
# still to come). Not "would" (a plan reported: "said the ship would dock on Monday" may be past) nor
# "could" (a past ability: "we could see it on Friday").
EXPECTED = r"\b(?:should|might|may)(?:\s+not|n['’]t)?\s+(?!have\b)[a-z]+\b"
# Words between such a modal and a date that make the date another clause's: "said on Monday that
# it could ...", "the leak could have begun when the rig sank on Thursday".
MODAL_DATE_BREAKS = frozenset({
    "that", "when", "after", "before", "because", "since", "as", "which", "who", "where", "while",
    "until", "said", "says", "told", "say", "and", "but", "than", "if", "what", "was", "were", "is",
    "are", "has", "had",
})
MODAL_DATE_WORDS = 8        # words at most between the modal and the date it governs
SUBJECT_WORDS = 2           # words at most between a date opening a clause and its modal ("By
                            # Saturday we'd have been ...")
CLAUSE_BREAKS = r"[;:—–()\"“”.!?]"   # punctuation that sets a clause apart (a comma does not)
