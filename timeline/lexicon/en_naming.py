"""English words around names: titles, articles, role modifiers and company suffixes.

Read by `actors`, `names` and `speakers`. The tuples that regular expressions are built from keep
their order (an alternation tries its words in order).
"""

DEFINITE_ARTICLE = "the"
ARTICLES = (DEFINITE_ARTICLE, "a", "an")
# Words a name the recogniser missed never holds ("the Labour Party" is "Labour Party").
NOT_IN_NAMES = (DEFINITE_ARTICLE,)
# Words of a subject that are not a name ("Mr Lynch said"), compared in lower case.
NOT_NAME_WORDS = ARTICLES + ("mr", "mrs", "ms", "dr")
# Titles before a name: "Mrs May", "Prime Minister Theresa May".
NAME_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prime Minister", "President",
               "Senator", "Sen", "Rep", "Gov")
# Lower-case words inside a long name that an acronym defines ("Federal Bureau of Investigation (FBI)").
ACRONYM_LINK_WORDS = ("of", "and", "the", "for")
# A surname with an apostrophe after its first letter: "O’Rourke", "D’Souza".
APOSTROPHE_NAME = r"^[A-Z]['’][A-Z][a-z]+$"
# Words that end a company's name, as regex pieces: "McDonald's Corp" is one name, not an owner and a thing owned.
COMPANY_SUFFIXES = ("Corp", "Co", "Inc", "Ltd", "LLC", "plc", "Group", "Investors", "Restaurants?", "Stores?")
# Words that end the name of a business, compared in lower case: "Castor Mining" or "Orvan Motors"
# is an organisation whatever the recogniser labelled it (it reads many such names as people).
ORG_NAME_ENDINGS = ("mining", "motors", "foods", "group", "pharmaceuticals", "pharma", "electronics",
                    "securities", "capital", "bank", "bancorp", "airways", "airlines", "air", "holdings",
                    "partners", "stores", "energy", "industries", "systems", "technologies", "telecom",
                    "insurance", "media", "steel", "oil", "chemicals", "logistics", "shipping", "investments",
                    "brewery", "breweries", "corporation", "corp", "inc", "ltd", "plc", "llc")
# Participles that make a place a description's qualifier: "the Delvin-based company" is the
# company, not Delvin.
BASE_PARTICIPLES = ("based", "headquartered")
# The legal form that ends a company's name, compared in lower case without its full stop: "General
# Motors Corporation", "General Motors Corp." and "General Motors" are one company in one story.
LEGAL_FORMS = ("corporation", "corp", "incorporated", "inc", "limited", "ltd", "llc", "llp", "lp", "plc", "co",
               "company", "ag", "sa", "nv", "gmbh")
# Titles a government portfolio names ("Home Secretary", "Trade and Industry Secretary", "Culture
# Minister", "Secretary of State for Health"), as regex pieces, case as written: the portfolio's
# words are part of the title, no organisation ("Home", "Education") and no person.
PORTFOLIO_TITLES = ("Secretary", "Minister")
# ... the words that may join such a title to the portfolio after it ("Secretary of State for").
PORTFOLIO_LINKS = r"(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?"
# Words before a role noun: "Labour's deputy leader Tom Watson", "the party's parliamentary leader".
ROLE_MODIFIERS_BEFORE = ("deputy", "shadow", "former", "acting", "interim", "new", "party", "parliamentary")
# The same after a name: "Tom Watson, the deputy leader of the Labour Party".
ROLE_MODIFIERS_AFTER = ("deputy", "shadow", "former", "acting", "interim", "new")
ROLE_PREPOSITIONS = ("of", "for", "at", "in")
# People who speak for an organisation named nearby: "a spokesman said" is not a speaker of its own.
SPEAKING_FOR_OTHERS = ("spokesman", "spokeswoman", "spokesperson", "source")
# ... and the prepositions by which a body they speak for, named by what it is, hangs from such a
# noun or from a statement: "a statement from the US military said", "a source at the ministry".
SPOKEN_FOR_PREPOSITIONS = ("from", "for", "at", "by", "of")
# The possessive ending, as regex pieces: "Labour's", "Labour’s"; "Jones'" too at a word's end.
POSSESSIVE_S = r"['’]s"
POSSESSIVE = r"(?:['’]s|['’])"
# "the company's officials": the possessive marker the model makes a token of its own.
POSSESSIVE_MARKERS = {"'s", "’s"}
# Words after a surname that name another person of the family ("Donald Trump Jr."), compared in lower case.
GENERATIONS = ("jr", "sr", "ii", "iii", "iv")
# The entity type of people, whose one-word names are surnames ("Trump") and never acronyms.
PERSON_TYPE = "PERSON"
# Actors that speak in their own name: people and bodies (a place speaks only as a subject: "Russia said").
SPEAKING_TYPES = frozenset({"PERSON", "ORG"})
# The sexes a pronoun, an honorific or a first name can tell of a person.
FEMALE, MALE = "female", "male"
# The short forms of given names that one person goes by in one article and not in another ("Joe
# Biden", "Joseph R. Biden"), compared in lower case; only forms that stand for one full name.
GIVEN_NAME_FORMS = {
    "joe": "joseph", "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert",
    "mike": "michael", "jim": "james", "jimmy": "james", "tom": "thomas", "dick": "richard",
    "tony": "anthony", "chris": "christopher", "dan": "daniel", "dave": "david", "nick": "nicholas",
    "ben": "benjamin", "sam": "samuel", "andy": "andrew", "matt": "matthew", "greg": "gregory",
    "jeff": "jeffrey", "ron": "ronald", "chuck": "charles", "charlie": "charles", "liz": "elizabeth",
    "kathy": "katherine", "jenny": "jennifer", "peggy": "margaret",
}
# A person described by age alone ("The 54-year-old said"), and the age given after a name
# ("Jane Roe, 54,", "Jane Roe (54)"), as regex pieces: the described one is the one of that age.
AGE_DESCRIPTION = r"^the\s+(?P<age>\d{1,3})[- ]year[- ]old$"
AGE_AFTER_NAME = r"(?:,\s*{age}\b|\s*\({age}\))"
