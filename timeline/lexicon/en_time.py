"""English word lists for the time grammar. Every language-specific word lives here."""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Month names that are also common lowercase words: only capitalised forms are months.
AMBIGUOUS_MONTHS = {"may", "march", "august"}
# Words before a bare "May" that make it a person, not a month ("Theresa May said").
MAY_AS_NAME_BEFORE = {"theresa", "mrs", "ms", "mr", "prime minister", "minister", "brian", "james"}

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}
WEEKDAY_ABBREVIATIONS = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
                         "fri": 5, "sat": 6, "sun": 7}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# The months a season covers in the northern hemisphere (winter runs into the next year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

NUMBER_WORDS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "half": 0.5, "couple": 2,
}
# Quantities with no number: "several years" is PXY.
VAGUE_QUANTITIES = {"several", "multiple", "multi", "a few", "few", "many", "some", "a number of", "numerous",
                    "recent", "the past few", "the last few", "the next few", "coming",
                    "hundreds of", "thousands of", "dozens of", "tens of"}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1, "final": -1,
}

# unit word -> (TIMEX3 duration letter, granularity); "T" marks time units (PT5H).
UNITS = {
    "second": ("S", "second"), "minute": ("M", "minute"), "hour": ("H", "hour"),
    "day": ("D", "day"), "night": ("D", "day"), "week": ("W", "week"), "weekend": ("WE", "week"),
    "fortnight": ("2W", "week"), "month": ("M", "month"), "quarter": ("Q", "quarter"),
    "year": ("Y", "year"), "decade": ("DE", "decade"), "century": ("CE", "century"),
    "millennium": ("L", "millennium"),
}
UNIT_PLURALS = {"centuries": "century", "millennia": "millennium", "millenniums": "millennium"}
TIME_UNITS = {"second", "minute", "hour"}

DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

# Modifier words and the TIMEX3 mod they carry.
POSITION_MODS = {"early": "START", "earlier": "START", "beginning": "START", "start": "START",
                 "mid": "MID", "middle": "MID", "late": "END", "later": "END", "end": "END",
                 "close": "END"}
QUANTITY_MODS = {
    "around": "APPROX", "some": "APPROX", "or so": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "just under": "LESS_THAN", "nearly a": "EQUAL_OR_LESS",
}
# Modifiers that TimeBank leaves outside the span ("about [two weeks]", "over [three years]");
# the expression still carries their mod.
OUTSIDE_MODS = {"about": "APPROX", "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
                "roughly": "APPROX", "approximately": "APPROX"}
APPROXIMATE_MODS = {"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}

# Fixed-date holidays: name -> (month, day). Movable feasts are computed in the grammar.
HOLIDAYS_FIXED = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "valentine's day": (2, 14), "st valentine's day": (2, 14), "st patrick's day": (3, 17),
    "independence day": (7, 4), "halloween": (10, 31), "bastille day": (7, 14),
    "guy fawkes night": (11, 5), "bonfire night": (11, 5), "armistice day": (11, 11),
    "veterans day": (11, 11), "remembrance day": (11, 11), "may day": (5, 1),
    "st george's day": (4, 23), "burns night": (1, 25), "anzac day": (4, 25),
}
# After a holiday's name, these make it the name of a thing, no date: "Easter eggs", "a Christmas
# tree", "Easter Island"; and before it, a name's first word ("Operation Easter").
NOT_A_HOLIDAY_AFTER = {"egg", "eggs", "bunny", "bunnies", "island", "tree", "trees", "card", "cards", "carol",
                       "carols", "cracker", "crackers", "pudding", "puddings", "decorations", "jumper",
                       "jumpers", "lights", "stocking", "stockings", "lily", "lilies", "bonnet", "bonnets"}
NOT_A_HOLIDAY_BEFORE = {"operation"}
HOLIDAYS_MOVABLE = ("easter", "easter sunday", "easter monday", "good friday", "thanksgiving",
                    "labor day", "memorial day", "mother's day", "father's day", "election day")

# Deictic words resolved on the publication date.
PRESENT_WORDS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
                 "the present": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
                 "at the moment": "PRESENT_REF", "current": "PRESENT_REF"}
# Not here, though deictic: "previously", "shortly", "formerly" — TimeBank annotates them
# too rarely for a tagger scored on it to mark them (3 of 23, 0 of 5, 0 of 1). "soon" is in the
# future words, but only where the clause looks ahead (SOON_FUTURE_CUES).
PAST_WORDS = {"the past": "PAST_REF", "recently": "PAST_REF", "once": "PAST_REF",
              "lately": "PAST_REF", "earlier": "PAST_REF", "long ago": "PAST_REF",
              "years ago": "PAST_REF", "some time ago": "PAST_REF", "then current": "PAST_REF",
              "then-current": "PAST_REF", "the other day": "PAST_REF"}
FUTURE_WORDS = {"the future": "FUTURE_REF", "eventually": "FUTURE_REF", "the coming years": "FUTURE_REF",
                "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
                "the long term": "FUTURE_REF", "a later date": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
                "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF"}
# "soon" is a time after the DCT only beside a word that looks ahead ("may soon seek", "soon will
# begin", "expects sales to soon grow"); in a narrative it is soon after the last event ("was soon
# released"), and "as soon as", "soon after" relate two events.
SOON_FUTURE_CUES = ("will", "'ll", "’ll", "may", "might", "could", "would", "should", "shall", "to", "going")
SOON_CUE_WORDS_BEFORE, SOON_CUE_WORDS_AFTER = 4, 1
SOON_RELATING_BEFORE = ("as", "how", "too", "so")
SOON_RELATING_AFTER = ("as", "after", "afterwards", "afterward", "before", "thereafter", "enough")
# After these, "one day" is some day to come ("will one day be"), not a length.
MODAL_VERBS = ("will", "would", "could", "may", "might", "can", "should", "shall", "'ll", "’ll")

# After a quarter ("third-quarter profit"), the words that make it the period a results story reports.
RESULTS_NOUNS = ("profit", "profits", "net", "earnings", "loss", "losses", "results", "income", "revenue",
                 "revenues", "sales")

# "on April 24 and 25": words that join a second day to a month and day.
SECOND_DAY_JOINERS = ("and", "or")
# Words that may follow a date ("on April 24 and 25 in Washington"); another lowercase word after a
# bare number makes it a count ("April 24 and 25 people died").
WORDS_AFTER_A_DATE = ("in", "at", "on", "and", "or", "to", "the", "was", "were", "is", "are", "will", "would",
                      "when", "with", "for", "of", "as", "but", "by", "from", "that", "this", "had", "has", "have",
                      "after", "before", "during", "until", "respectively", "next", "last")

# Sets: frequency adverbs -> value.
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "hourly": "PT1H", "nightly": "P1D", "biannually": "P6M", "fortnightly": "P2W",
               "biweekly": "P2W", "bimonthly": "P2M", "semiannually": "P6M", "semi-annually": "P6M",
               "half-yearly": "P6M", "per annum": "P1Y", "bi-weekly": "P2W", "bi-monthly": "P2M",
               "bi-annually": "P6M", "quarterly": "P3M", "half-hourly": "PT30M", "biennially": "P2Y",
               "triennially": "P3Y", "annual": "P1Y"}
# Frequency words that in business news are mostly adjectives or nouns ("its quarterly dividend",
# "quarterly results", "declared an initial quarterly of 5 cents", which TimeBank leaves unmarked):
# a set only at the end of a clause ("the magazine appears quarterly.") or before one of these
# ("on a quarterly basis").
SET_ADVERBS_ONLY_AT_A_CLAUSE_END = ("quarterly",)
SET_ADVERB_WORDS_ALLOWED_AFTER = ("basis",)
# ... and adjectives that are a set only before those ("on an annual basis"; "the annual meeting",
# "the firm's annual" are not).
SET_ADJECTIVES_ONLY_BEFORE = ("annual",)
# "weeklong", "a yearlong inquiry": a length of one unit written as one word (as "week-long").
CLOSED_LONG_WORDS = {"hourlong": "PT1H", "daylong": "P1D", "weeklong": "P1W", "monthlong": "P1M",
                     "yearlong": "P1Y"}

# "by midyear", "a mid-month deadline": the middle of the DCT's year or month, written as one word.
# (Not "midweek": mostly an adjective of the event it dates ("his midweek announcement"), where the
# day named beside it is the finer date.)
CLOSED_MID_WORDS = {"midyear": "year", "mid-year": "year", "midmonth": "month", "mid-month": "month"}

# Tense cues, read from the clause around an expression when no parser is at hand.
# Phrases that put a clause after the time of speaking ("is expected to", "is scheduled to").
FUTURE_PHRASES = ("going to", "expected to", "set to", "due to", "plan to", "plans to", "is to", "are to",
                  "intend to", "intends to", "hope to", "hopes to", "aim to", "aims to", "scheduled to",
                  "slated to", "to be", "will be", "ready to", "poised to", "standing by to", "on course to",
                  "on track to", "about to", "likely to")
# A happening awaited at a date: "a ruling is expected in December", "the vote, scheduled for
# Thursday" (said in January, the coming December and Thursday).
FUTURE_PHRASES += ("expected in", "expected on", "expected by", "expected at", "scheduled for", "scheduled on",
                   "slated for", "set for")
# Adjectives of a noun whose occasion is still to come: "before the expected start of the rainy
# season in May", "ahead of the planned vote in March" (said in January) look ahead, whatever the
# tense of the report around them.
AWAITED_ADJECTIVES = ("expected", "anticipated", "planned", "scheduled", "upcoming", "forthcoming",
                      "impending")
FUTURE_PHRASES += tuple(f"{determiner} {adjective}" for determiner in ("the", "an", "its", "their", "his", "her")
                        for adjective in AWAITED_ADJECTIVES)
# Verbs of reporting: their tense is the report's ("the company said the offer expires Nov. 20"),
# not that of the date in the reported clause, so they are no tense cue.
REPORTING_VERBS = {"said", "says", "say", "told", "tells", "added", "adds", "noted", "stated", "explained",
                   "according", "reported", "announced", "insisted", "argued", "claimed", "warned", "wrote"}
# Words that make a date a target or deadline ("extended to Nov. 20", "payable Dec. 7"): the
# clause's tense says when the act happened, not where the date falls.
TARGET_WORDS = {"to", "by", "until", "till", "through", "thru", "effective", "payable", "due", "before",
                "expires", "expiring", "deadline", "for"}
# Before a weekday, these make it the coming one whatever the clause's tense: "could return as
# soon as Tuesday"; so does "until" after a verb that moves a date ("postponed until Tuesday").
COMING_DAY_BEFORE = ("as soon as", "as early as", "no later than", "no sooner than")
# Before an event named by its day ("at Tuesday's results", "in Saturday's debate"): the day is the
# occasion of the clause's act, so a clause that looks ahead anywhere puts it in the future ("would
# announce his departure at Tuesday's results"), as against a day spoken about ("get around
# Wednesday's ruling"), which has happened.
OCCASION_PREPOSITIONS = ("at", "in", "during", "for", "before", "until", "ahead of")
# ... of them, those that look to an occasion still to come ("shares rise ahead of Friday's vote"),
# the nearest such day when the clause is past ("shares rose ahead of Friday's vote"); "for" does
# so only before a scheduled occasion ("doors open at six for Saturday's concert", as against
# "is blamed for Monday's crash"); "before" does not ("its share before Friday's purchases").
AWAITING_PREPOSITIONS = ("until", "ahead of")
AWAITING_OCCASION_PREPOSITIONS = ("for",)
# Occasions set for a day: "Saturday's concert will raise money" is the coming Saturday when the
# clause looks ahead, as against what a day brought ("Wednesday's ruling will be appealed")
SCHEDULED_OCCASIONS = {"debate", "debates", "concert", "telethon", "vote", "ballot", "election", "primary",
                       "caucus", "caucuses", "referendum", "summit", "meeting", "hearing", "match", "game",
                       "final", "race", "parade", "ceremony", "funeral", "memorial", "conference",
                       "session", "premiere", "festival", "rally", "launch", "sentencing", "auction"}
DEFERRING_VERBS = ("postpone", "delay", "extend", "adjourn", "defer", "put off", "push back", "suspend",
                   "recess", "reschedul")
# "last" names a time ("last year", "last Tuesday"), and is no cue of its clause's tense, before these
CALENDAR_WORDS = (set(UNITS) | set(WEEKDAYS) | set(MONTHS) | set(SEASONS) | set(PARTS_OF_DAY)
                  | {"weekend", "time"})
PAST_IRREGULAR = {
    "was", "were", "had", "did", "said", "told", "came", "went", "made", "took", "gave", "got",
    "met", "held", "won", "lost", "left", "began", "became", "brought", "bought", "sold", "paid",
    "sent", "spent", "built", "fell", "rose", "found", "thought", "knew", "saw", "wrote", "ran",
    "led", "put", "set", "cut", "hit", "quit", "broke", "chose", "drew", "drove", "ate", "fought",
    "flew", "forgot", "froze", "grew", "hid", "hung", "kept", "laid", "lay", "meant", "overtook",
    "rode", "rang", "sat", "shot", "shut", "slept", "spoke", "stood", "stole", "struck", "swore",
    "taught", "threw", "understood", "woke", "wore", "withdrew", "ago", "yesterday", "last",
    "earlier", "previously", "announced", "reported", "resigned",
    # regular pasts too short for the -ed test, which spares "red", "bed", "shed"
    "died", "sued", "owed", "axed", "vied", "lied", "tied", "eyed",
    # more irregular pasts, none of them also a present or a base form ("read", "beat", "hurt" are)
    "caught", "felt", "sought", "fled", "heard", "sank", "swept", "shook", "stuck", "tore", "dealt",
    "swung", "arose", "bore", "blew", "sang", "swam", "slid", "spun", "overcame", "oversaw", "undertook",
    "underwent", "upheld", "withheld", "forgave", "foresaw", "mistook", "withstood", "drank", "crept",
    "clung", "knelt", "wept", "bled", "dug", "sped", "strove", "shone", "shrank", "leapt", "bent",
    "forbade", "sprang",
}
# Words ending in -ed that are not past tense verbs.
NOT_PAST_ED = {"need", "needed", "seed", "speed", "feed", "bed", "red", "shed", "hundred", "united",
               "indeed", "proceed", "succeed", "exceed", "greed", "bleed", "breed",
               "creed", "deed", "weed", "embed", "shred", "wed", "sled", "fed", "led", "bred",
               "naked", "wicked", "sacred", "kindred", "rugged", "ragged", "aged", "beloved",
               "learned", "alleged", "supposed", "so-called", "detailed", "limited", "advanced",
               "expected", "scheduled", "planned", "proposed", "based", "related", "concerned",
               "interested", "involved", "used", "qualified", "skilled", "experienced", "talented",
               "armed", "married", "divided", "mixed", "renewed", "continued", "sustained", "preferred"}

# Words before a number that make it anything but a year ("page 1984", "$2000", "Flight 1998").
NOT_YEAR_BEFORE = {"page", "pages", "p.", "pp.", "section", "sec.", "chapter", "article", "clause",
                   "paragraph", "rule", "no.", "number", "nos.", "flight", "route", "room", "bill",
                   "resolution", "item", "exhibit", "than", "about", "around", "approximately",
                   "nearly", "almost", "some", "only", "just", "least", "total", "totalling", "totaling",
                   "under", "had", "has", "have", "with", "at", "tel", "code",
                   "model", "version", "highway", "interstate", "opcode", "minus", "plus", "sold",
                   "bought", "hired", "employs", "employed", "killed", "cut", "cuts", "lost", "gained",
                   "rose", "fell", "dropped", "added", "index", "dow"}
# Words before a number that make it a year whatever comes after ("in 2004", "since 1920").
YEAR_BEFORE = {"in", "since", "until", "till", "from", "during", "before", "after", "around",
               "circa", "c.", "year", "the", "fiscal", "early", "late", "mid", "of", "by", "to",
               "between", "and", "through", "spring", "summer", "autumn", "fall", "winter",
               "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "in early", "in late", "for"}
# Words before a number that make it a year only in the years news mostly names (1900-2099):
# "the forecast for 2010", but "a community for 1000" is a count.
WEAK_YEAR_BEFORE = {"for"}
# Plural or count nouns after a number that make it a count ("2010 votes", "2000 people").
COUNT_NOUNS_AFTER = {"people", "men", "women", "children", "staff", "police", "personnel", "feet",
                     "foot", "metres", "meters", "km", "miles", "tonnes", "tons", "kilometres",
                     "kilometers", "acres", "hectares", "mph", "kg", "percent", "per", "pounds",
                     "dollars", "euros", "yen", "barrels", "points", "jobs", "cases", "deaths",
                     "workers", "troops", "voters", "households", "homes", "units", "shares", "seats",
                     "million", "billion", "trillion", "thousand", "hundred"}
NOT_PLURAL_S = {"was", "is", "has", "as", "this", "his", "its", "us", "plus", "across", "always",
                "whereas", "thus", "perhaps", "towards", "afterwards", "unless", "besides", "less",
                "yes", "news", "sometimes", "its", "congress", "ss"}

# Participles of planning: the planned date may fall either side of the publication date
# ("has scheduled a press briefing Thursday", "farmers planned a march on Saturday").
PLANNING_PARTICIPLES = {"scheduled", "slated", "rescheduled", "postponed", "planned", "planning"}
# Abbreviations whose full stop ends no sentence: titles before a name ("Mr. Bush said"), and
# month abbreviations and "No." before a number ("from Sept. 14 to Thursday").
ABBREVIATIONS_BEFORE_NAME = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
                             "prof", "rev", "adm", "maj", "cmdr", "gens", "sens", "reps", "messrs"}
ABBREVIATIONS_BEFORE_NUMBER = {"no", "nos"} | set(MONTH_ABBREVIATIONS)
# Auxiliaries whose tense gives way to the planning participle after them ("were planning").
# Words in -ly that are no adverbs of manner, so a verb after them is read after the word they are
NOT_MANNER_ADVERBS = {"july", "italy", "family", "early", "daily", "weekly", "monthly", "yearly", "rally",
                      "supply", "reply", "apply", "ally", "assembly", "anomaly", "monopoly", "holy", "ugly",
                      "likely", "unlikely", "nightly", "only", "fly", "belly", "jelly"}
AUXILIARIES_OF_PLANS = {"was", "were", "is", "are", "had", "been", "be"}
# An "-ed" word after these describes a noun and sets no tense ("a revised plan", "a still
# unspecified date").
BEFORE_ADJECTIVAL_PARTICIPLE = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their",
                                "our", "my", "your", "still", "newly", "recently", "previously"}
# "That" also opens a relative clause ("the attack that killed four on Friday", "the bomb that
# exploded in May"): there an -ed word followed by one of these (an object's first word, a number, a
# preposition) is a finite past, not a participle describing a noun ("that damaged car").
RELATIVE_THAT = "that"
FINITE_AFTER_RELATIVE = re.compile(
    r"\s+(?:\d|(?:the|a|an|his|her|its|their|our|my|your|him|them|it|us|me|some|more|many|several|all|both|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|at|on|in|into|onto|"
    r"near|during|off|up|down|out|over|across|through|from|to|by|with|last|yesterday|early|late)\b)", re.I)

# The tense reader's small words (temporal/tense.py).
# Auxiliaries that make a clause future ("will", "won't"; any "-'ll" contraction too) or present.
FUTURE_AUXILIARIES = {"will", "shall", "won't", "would"}
# "could not reach the village on Friday", "couldn't": an ability that failed, a past, where "could"
# alone ("could collapse next week") marks no tense.
NEGATIONS = {"not"}
PAST_ABILITY_MODALS = {"could"}
PAST_NEGATED_MODALS = {"couldn't"}
FUTURE_CONTRACTION = "'ll"
PRESENT_AUXILIARIES = {"is", "are", "am", "says", "say", "has", "have"}
# "has set", "had set": the plan's date, either side of the publication date.
PLANNED_AFTER_PERFECT = {"set"}
PERFECT_AUXILIARIES_OF_SET = {"has", "have", "had"}
# A participle after these is passive or infinitive, not past tense: "to be completed by Dec. 15";
# after a modal a word is its base form ("will last until Friday", "could cut", "may set"), not the
# past it is spelt like.
NOT_FINITE_BEFORE = {"be", "been", "being", "to", "is", "are", "am", "get", "gets"} | set(MODAL_VERBS)
# "has said", "have been": a present perfect, read as past.
PERFECT_AUXILIARIES = ("has", "have")
PERFECT_PARTICIPLES = ("been", "said", "told", "made", "had", "won", "lost", "seen")
# Before a future phrase, these put the plan in the past: "had been due to expire Friday".
PAST_PLAN_AUXILIARIES = ("was", "were", "had been")
# Right before a future phrase, these make it a past need or expectation, not a plan still to come:
# "had to be moved on Saturday", "had expected to finish by Friday".
PAST_NEED_AUXILIARIES = ("had", "hadn't", "had not")
# "untouched by the crisis": a participle followed by its agent.
AGENT_PREPOSITION = "by"
AGENT_DETERMINERS = ("the", "a", "an", "his", "her", "its", "their")
# Regular past tense and participles end so; with this prefix they are adjectives ("untouched").
PAST_SUFFIX = "ed"
NEGATIVE_PARTICIPLE_PREFIX = "un"
# Where a clause ends: strong punctuation, or a comma before one of these.
CLAUSE_BREAK_PUNCTUATION = ";:—–()"
# A closing quotation mark after the quotation's own punctuation (',"', '."', '?"') breaks a clause too.
CLOSING_QUOTES = "\"”"
QUOTE_END_PUNCTUATION = ",.!?"
# "A, B; C, D; and E": a list whose items hold commas, its last item after a semicolon and these.
LIST_CONJUNCTIONS = ("and", "or")
CLAUSE_BREAK_CONJUNCTIONS = ("but", "and", "while", "whereas", "although", "which", "who")
# Between a reporting verb and the date it dates ("said on Monday").
REPORTED_DATE_PREPOSITION = "on"
# ... or across the report's setting ("said in a statement Monday", "said at a hearing on Monday") or,
# after these verbs, its addressee ("told reporters Monday"); words that open the reported words
# end that search ("said that on Monday ...").
REPORT_SETTING_PREPOSITIONS = ("in", "at", "to", "during", "on", "before", "via", "from", "with")
ADDRESSEE_REPORTING_VERBS = {"told", "tells", "warned"}
REPORTED_WORDS_OPENERS = {"that", "whether", "if", "how", "why", "when", "what", "it", "he", "she", "they", "we",
                          "i", "you", "there"}
# A date in a phrase right after a tensed verb takes that verb's tense, whatever cue comes later
# in the clause: "the inquiry that opened on 24 May will report in September".
VERB_DATE_PREPOSITIONS = {"on", "in", "at", "during"}
# A verb of a timetable in the present, right before its date, puts the date ahead: "the inquiry
# begins Monday", "talks resume on Friday", "the offer expires in March"; not after these ("did not
# begin Monday", "could not start on Friday", "had been due to expire Friday": a plan seen from the past).
SCHEDULED_PRESENT_VERBS = {"begins", "begin", "starts", "start", "opens", "resumes", "resume", "reopens", "reopen",
                           "convenes", "convene", "expires", "expire"}
NOT_SCHEDULED_BEFORE = {"to", "did", "didn't", "could", "couldn't", "had", "hadn't", "was", "were", "wasn't", "weren't",
                        "not", "never", "might", "may", "should"}
# Past cues that are not verbs: beside a date they are one more cue, not the date's verb.
PAST_CUE_ADVERBS = {"ago", "yesterday", "last", "earlier", "previously", "former"}

# ---------------------------------------------------------------- words the grammar's rules read
# Days named from the publication date, and their offset from it.
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
# Times of day named by a word, and their clock value.
CLOCK_WORDS = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}
# Lengths of time named without a number: "stay there for a while", "in the region for some
# time" (TimeBank marks them, with an unknown value). "some time" counts only after "for".
VAGUE_LENGTHS = ("a while", "a little while", "some time")
VAGUE_LENGTH_WORDS = ("while", "time")
# "today's youth", "tomorrow's world": the present age (or the future), not a day. TimeBank
# leaves them unmarked; "today's vote", "today's editions" name a day.
GENERIC_DAY_WORDS = ("today", "tomorrow")
NOUNS_OF_OUR_TIMES = ("world", "youth", "young", "society", "generation", "generations", "children", "kids",
                      "teenagers", "culture", "technology", "standards", "personal computers", "modern",
                      "global", "economy", "workplace", "workforce", "families")
# Cheap hints that a window may hold "four days a week", "24 hours a day".
# (the longer units' hints end on a space, so that "weeks ago", "months after" open no window)
COUNT_PER_UNIT_HINTS = ("days a", "nights a", "hours a", "weekends a", "days per", "nights per", "hours per",
                        "minutes a ", "minutes per", "weeks a ", "weeks per", "months a ", "months per")
# "six months of base pay", "two weeks' wages": time that measures money.
PAY_NOUNS = ("pay", "salary", "salaries", "wages", "wage", "rent", "severance", "earnings", "income", "pension")
# "high noon": an idiom (and a film), not a time.
NOT_A_CLOCK_BEFORE = "high"
# "last March", "next Christmas", "this year's first quarter": the year's offset from the DCT's.
RELATIVE_YEAR_OFFSETS = {"last": -1, "next": 1, "this": 0}
# "the previous fiscal year": the same, for fiscal years.
RELATIVE_FISCAL_OFFSETS = {"last": -1, "previous": -1, "next": 1}
# "this morning", "last night", "tomorrow evening": the day's offset from the DCT.
PART_OF_DAY_OFFSETS = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}
# The word that makes an amount of time a date before the DCT ("two years ago").
AGO_WORDS = ("ago",)
# Fiscal years: "fiscal 1990", "FY2019".
FISCAL_WORDS = ("fiscal", "fy", "financial")
# "the financial year" is British for the fiscal year.
FISCAL_YEAR_ADJECTIVES = ("fiscal", "financial")
# Quarters by code: "Q3".
QUARTER_CODES = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}
# Halves and quarters of a year by a code read only before a year: "H1 2018", "2H 2019", "3Q 2018".
PERIOD_CODES = {"h1": "H1", "h2": "H2", "1h": "H1", "2h": "H2", "1q": "Q1", "2q": "Q2", "3q": "Q3", "4q": "Q4"}
# Sets: "every week", "each Monday", "twice a year", "three times a month".
SET_QUANTIFIERS = ("every", "each", "per")
FREQUENCY_WORDS = ("once", "twice", "thrice", "times")
# "for the third straight year", "three consecutive quarters", "the fifth year in a row": a run
# of units, a length of time.
STREAK_ADJECTIVES = ("straight", "consecutive", "successive")
STREAK_AFTER = ("in a row", "running")
# Words between a number and its unit that leave the length as it is ("two full years").
DURATION_INNER_ADJECTIVES = ("more", "additional", "extra", "further", "straight", "consecutive", "successive",
                             "full", "whole", "long", "continuous", "unbroken", "uninterrupted", "single")
# "over the years", "through the decades": after these, "the" and a plural unit are one stretch of time.
STRETCH_PREPOSITIONS = ("over", "through", "throughout")
STRETCH_PLURAL_UNITS = ("years", "decades", "centuries", "months")
# After a plural unit, these make it a stretch still to come: "the weeks ahead", "the years to come".
AHEAD_WORDS = ("ahead", "to come")
# Before "the year" or "the week", these make it the period the story is about ("for the year",
# "the first nine months of the year"), not a length of time.
STORY_UNIT_BEFORE = ("for", "of", "throughout", "during")
# Before "the morning", "the afternoon": a part of the day the story tells of ("orders placed in the morning").
PART_OF_DAY_BEFORE = ("in", "during", "by", "until", "through")
# "twenty-odd years": a round number, approximately.
ODD_NUMBER_SUFFIX = "odd"
# "the past four-plus months": more than that many.
PLUS_NUMBER_SUFFIX = "plus"
# The quarter a results story reports: "the latest quarter", "the most recent period".
LATEST_PERIOD_WORDS = ("latest", "period", "recent")
# How a year spelled out starts: "nineteen ninety-four", "two thousand and one".
SPELLED_YEAR_STARTS = ("nineteen", "eighteen", "twenty", "two thousand")
# Reference words that are no expression on their own ("once" upon a time, "earlier" this week).
REFERENCE_WORDS_NOT_ALONE = ("once", "earlier", "one day", "years ago", "eventually")
# A bare "May" is the month only after these (otherwise the verb, or Theresa May).
MAY_AS_MONTH_AFTER = {"in", "since", "until", "till", "by", "of", "from", "to", "early", "late", "mid", "during",
                      "through", "between", "and", "or", "before", "after", "last", "next", "this", "in early", "end"}
# After a month name, these make it a march: "the March for Life", "the March on Washington".
MARCH_AS_NOUN_BEFORE = ("for", "of", "on")
# A bare season ("summer") is a time only after these.
BARE_SEASON_AFTER = {"in", "this", "last", "next", "during", "by", "until", "since", "over", "the"}
# A bare plural unit ("years", "weeks") is a duration only after these.
BARE_UNITS_AFTER = {"for", "in", "over", "within", "recent", "many", "past", "several", "few", "the", "of", "took",
                    "take", "takes", "been"}
# ... or before "of" ("after months of talks", "ended decades of rule"), for these units;
# not after a determiner or a possessive (an adjective may come between), which make it an era
# ("the years of plenty", "the waning months of his term", "his early years of office").
BARE_UNITS_BEFORE_OF = ("week", "month", "year", "decade")
ERA_DETERMINERS = {"the", "those", "these", "its", "his", "her", "their", "our", "my", "your"}
# "It comes 35 years after ...": the verb that makes an amount of time a date before the DCT.
COME_FORMS = ("comes", "came", "come", "coming")
# "two years later", "a day earlier": the words that look forward from the last date named.
FORWARD_WORDS = ("later", "after", "afterwards", "afterward", "on")
# Normally lowercase time words that start a title when capitalised mid-sentence ("ABC's This Week").
TITLE_TIME_WORDS = ("today", "tonight", "tomorrow", "yesterday", "this", "next", "last")
# "the past three years", "the next two weeks": a stretch before or after the DCT.
BACKWARD_RELATIVE = ("past", "last", "previous")
FORWARD_RELATIVE = ("next", "coming", "following")
# Parts of the day whose clock hours are after noon ("7 in the evening").
AFTERNOON_PARTS = ("afternoon", "evening")
# "more now than ever": a comparison, not a time. ("now that he is in power" is a time: TimeBank
# marks it, 3 times of 3.)
NOW_AS_CONJUNCTION_BEFORE = ("than",)
# "current" is the present only as an adjective before what it qualifies ("the current weakness",
# "his current wife"); not the noun ("the current swept them away") nor a fixed term ("current account").
CURRENT_NOT_BEFORE = ("account", "accounts", "assets", "liabilities", "of", "is", "was", "and", "or", "in",
                      "to", "from", "that", "which", "flows", "runs", "ran", "swept")
# A past verb after "current" makes it the noun ("when the current turned").
PAST_VERB_ENDING = "ed"
# "(every) now and then", "now and again": sometimes, not the present.
NOW_AND_THEN = r"\s+and\s+(?:then|again)\b"
# Words inside a spelled-out year that carry no number ("two thousand and one", "nineteen oh five").
SPELLED_YEAR_FILLERS = ("and", "oh")
# After a four-digit number, these make it a clock time, not a year ("from 1130 to 1215 GMT").
TIME_ZONES = ("GMT", "BST", "UTC", "CET", "EST")
HOUR_WORDS = ("hrs", "hours", "h")
# "in the weeks before the robbery": an event places the weeks, not the DCT.
EVENT_RELATIVE_WORDS = ("before", "after", "leading up to", "following", "preceding")
# Before "a year", "a month", these make it a rate ("$40,000 a year", "5% a month").
RATE_AMOUNT_WORDS = ("percent", "per cent", "million", "billion", "trillion", "dollars", "pounds", "euros", "cents",
                     "times")
# "$5m a year", "£2bn a month": the short forms of a sum of money.
MONEY_MAGNITUDE_SUFFIXES = ("m", "mn", "bn", "k", "tn")
# "1.2 million visitors a year": the words of a large count.
LARGE_NUMBER_WORDS = ("million", "billion", "trillion", "thousand", "hundred")
# "thousands of people a year": a count of a group, before what is counted.
COUNTS_OF = ("hundreds of", "thousands of", "millions of", "billions of", "dozens of", "scores of",
             "tens of thousands of", "hundreds of thousands of", "tens of millions of", "hundreds of millions of")
# "the better part of a decade", "the best part of a year": most of a length, read as that length.
MOST_OF_WORDS = ("better", "best")
# "have fallen since Monday": a day that starts a stretch up to now lies before it.
SINCE_WORDS = ("since",)
# "postponed until Tuesday": the coming Tuesday.
UNTIL_WORDS = ("until", "till")
# Left out between a cue and a weekday: "as soon as [on] Tuesday", "as early as [at 10 a.m.] Monday".
WEEKDAY_PREPOSITIONS = ("at", "on")
# "52 years old": an age.
AGE_WORD = "old"
# After "6-month-old", these make it an age, not a length ("their 6-month-old son"; "an 8-month-old truce" is one).
YOUNG_PERSON_NOUNS = ("son", "sons", "daughter", "daughters", "boy", "boys", "girl", "girls", "baby", "babies",
                      "child", "children", "infant", "infants", "grandson", "granddaughter", "twins")
# Words that place a unit, a month or a day relative to the DCT or the story ("last week",
# "the following day"), in the order the grammar tries them.
RELATIVE_WORDS = ("this past", "this coming", "last", "next", "this", "past", "coming", "previous", "following",
                  "current", "same", "that", "the same", "the following", "the previous", "the next", "the last",
                  "the past", "the coming", "the current")
# "early 2019", "the end of the year": a position within a period.
POSITION_ADJECTIVES = ("early", "mid", "late")
POSITION_NOUNS = ("beginning", "start", "middle", "end", "close")
# Kinds of day counted in a length: "eight trading days", "10 business days".
DAY_KINDS = ("trading", "business", "working", "calendar", "school")

# A dateline: "WASHINGTON, March 12 (Xinhua) --", "BRUSSELS, Feb. 10 (AP) _". It says when the
# story was filed, not when something in it happened (`tagger.dateline_of`).
DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.'\- ]+)?,\s*$")
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|_|—|–|-(?=\s))")
DATELINE_WIDTH = 80                # characters from the start of the text a dateline may reach
# A line of a page's head that only dates it: "Detroit, March 3, 2009", "Published: 4 May 2010",
# "Tuesday 12 May 2009 16.36 BST", under at most HEAD_LINES_BEFORE short lines (a title, a byline).
# Like a dateline, it says when the story was filed (and gives a plain text its publication date).
HEAD_LINES_BEFORE = 3
_PLACE = r"(?-i:[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3})"     # "Detroit", "Port-au-Prince", "New York"
HEAD_WIDTH = 400                   # characters from the start of the text such a line may reach
HEAD_DATE_BEFORE = re.compile(
    r"(?:[ \t]*[^\n]{1,160}\n){0,%d}\s*"          # the lines above it: a title, a byline
    r"(?:(?:published|posted|updated|last updated|first published|filed|dated?)(?: on)?\s*:?\s*"
    r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[,;|]?\s*)?"
    r"|%s(?:,\s*%s)?,\s*)?" % (HEAD_LINES_BEFORE, _PLACE, _PLACE), re.IGNORECASE)
HEAD_DATE_AFTER = re.compile(
    r"[ \t]*(?:[,;|]?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[A-Z]{2,4})?)?[ \t]*(?:\n|\Z)",
    re.IGNORECASE)

# "19 JANUARY, 1130": a four-digit number after "day month," that could be a 24-hour clock is read
# as a year only from this year on (live blogs stamp entries so; news rarely dates a day before it).
EARLIEST_CLOCK_LIKE_YEAR = 1500
# "the Sunday Times", "the Monday Night Club": after this article, a weekday and a capitalised word
# that is no month begin a name.
TITLE_ARTICLE = "the"
MONTHS_AND_ABBREVIATIONS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)

# "day after day", "year after year": a unit repeated around one of these words recurs, a set.
REPEATED_UNIT_SETS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "night": "TXXNI",
                      "morning": "TXXMO", "evening": "TXXEV"}
REPEATED_UNIT_JOINERS = ("after",)
# "in the early years of the republic": the first stretch of something, a length of unknown size.
EARLY_STRETCH_UNITS = ("days", "weeks", "months", "years", "decades")
# "years and years", "hours and hours": a plural unit said twice, a long stretch.
REPEATED_LENGTH_UNITS = ("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades")
# "the whole day", "the entire year": one unit taken as a length.
WHOLE_ADJECTIVES = ("whole", "entire")
# "the third day of the strike", "now in its second week": the day (week) a running event has
# reached. Words that, after it or before it, make an ordinal unit such a stage.
STAGE_AFTER = ("of", "since")
STAGE_BEFORE = ("in", "into", "entered", "enters", "entering", "enter", "is", "was", "marked", "marks", "marking")
# "its", "their" stay outside the span, as TimeML leaves possessives out.
STAGE_POSSESSIVES = ("its", "their")
# What a window must hold for a stage to be read there: an ordinal past the first, in words or
# figures ("12th" holds "2th").
STAGE_ORDINAL_CUES = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "eleventh", "twelfth", "teenth", "tieth", "-first", "2nd", "3rd", "1st", "0th", "1th", "2th", "3th",
                      "4th", "5th", "6th", "7th", "8th", "9th")
