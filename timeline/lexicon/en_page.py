"""English words for reading a news page (html.py): the labels of a visible byline date and
the word that marks reader comments in a page's ids and classes."""
from __future__ import annotations

# "Published on 26 February 2019", "Last updated: 2019-02-26".
BYLINE_DATE_LABELS = ("published", "posted", "updated", "first published", "last updated", "date")
BYLINE_DATE_PREPOSITION = "on"
# Written dates in a byline: "26 February 2019", "Feb. 26, 2019".
BYLINE_DAY_MONTH_YEAR = r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}"
BYLINE_MONTH_DAY_YEAR = r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
# A corpus folder's README or LICENSE describes the corpus; it is not an article in it.
CORPUS_DESCRIPTION_FILES = ("readme", "license", "licence", "changelog", "contributing", "copying", "notice")
# An element whose id or class holds this word is a comment thread (matched case-insensitively).
COMMENT_MARKER = "comment"

# ---- page furniture in a page's text (furniture.py): what a reader of the article skips ----
# A line that opens the readers' comments: everything from it to the end of the page is theirs.
COMMENTS_OPEN = (
    r"we welcome comments\b", r"views expressed in the comments\b", r"add your comments?\b",
    r"post a comment\b", r"leave a comment\b", r"have your say\b", r"readers'? comments\b",
    r"comments? (?:are|is) (?:now )?closed\b", r"the comments to this entry are closed\b",
    r"this discussion is now closed\b", r"comments? on this (?:story|article|entry|post)\b",
    r"\d+\s+comments?\s*$", r"comments?\s*\(\d+\)\s*$", r"(?:show|view|read) (?:all )?\d* ?comments\b",
)
# A reader's signature: "Posted by: reader77 | September 16, 2008 10:04 PM | Report abuse",
# "Posted by reader9 | Report as abusive", "At 2:27 pm on 28 May 2010, reader42 wrote:".
COMMENT_SIGNATURES = (
    r"Posted by:?\s+[^|\n]{1,80}\|[^|\n]{0,60}\|?\s*Report (?:abuse|as abusive)",
    r"Posted by:?\s+[^|\n]{1,80}\|\s*Report (?:abuse|as abusive)",
    r"At \d{1,2}[:.]\d{2}\s*[ap]\.?m\.? on \d{1,2} [A-Z][a-z]+ \d{4}, [^:\n]{1,80} wrote:",
    r"\|\s*Report (?:abuse|as abusive)\b", r"(?:(?<=\n)|\A)[ \t]*Report (?:abuse|as abusive)[ \t]*(?=\n|\Z)",
)
# A blog post's closing byline with its time: "By Jane Doe | September 25, 2008; 11:19 AM ET".
POST_BYLINE = r"By [^|\n]{1,80}\|\s*[A-Z][a-z]+\.? \d{1,2}, \d{4};?\s*\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s*[A-Z]{2,3}T?)?"
# A live blog's time stamp at the start of a line: "12.11 pm:", "8:05 a.m.", "1:30 p.m. ET —".
TIME_STAMP = (r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|ET|EDT|EST|CDT|UTC)?(?:\s*(?:ET|EDT|EST|GMT|BST|CDT|UTC))?"
              r"(?:\s*[:\-–—|]|\s*$)")
# A word of a page's date stamp: a number, a clock time, a month, a weekday, a zone.
_STAMP_WORD = (r"(?:\d{1,4}(?:[:.]\d{2})?(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
               r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|at|on|[ap]\.?m\.?|gmt|bst|utc|cet|e[sd]t|et|[cp][sd]t)")
# A live page's entry opened by a 24-hour clock without a colon ("2143 Rescue teams reach ..."). A
# year opens a chronology's lines the same way ("1983 He moves to ..."), so a page's stamps are
# these only when at least CLOCK_STAMP_RUN of its lines open so, each a time of day, newest first.
CLOCK_STAMP = r"^[ \t]*([01]\d|2[0-3])([0-5]\d)[ \t]+(?=[\"'“‘(]*[A-Z])"
CLOCK_STAMP_RUN = 3
SMALL_HOURS_END, LATE_EVENING_START = 6 * 60, 18 * 60   # minutes of the day: a step between them crosses midnight
# Whole lines that are a page's buttons, widgets and notices, not its story (compared in lower case).
FURNITURE_LINES = (
    r"report abuse", r"report as abusive", r"reply", r"recommend(?:ed)?(?: \(\d+\))?", r"share(?: this)?",
    r"share this (?:article|story|page)", r"email(?: this)?(?: article| story)?", r"print(?: this)?(?: article| story)?",
    r"tweet", r"like", r"sign in(?: to comment)?", r"log in", r"register", r"subscribe", r"advertisement",
    r"related (?:stories|articles|links|content)", r"most (?:read|popular|viewed|emailed)", r"skip to (?:main )?content",
    r"back to top", r"click here.*", r"to refresh page:.*", r"see instructions for fixing the problem\.?",
    r"(?:take|vote in) (?:our|the) poll.*", r"vote now\.?", r"view results\.?",
    # a page's own stamp: "Published: 4 May 2010", "Last updated at 06:28, 8 November 2011"
    r"(?:first |last )?(?:published|posted|updated|filed):?(?=[^\n]*\b(?:19|20)\d\d\b)(?:[\s,:;|/-]+" + _STAMP_WORD + r")+\.?",
    r"loading(?: comments)?\.*", r"this copy may not be in its final form and may be updated\.?",
    r"washington post reporters or editors recommend this comment or reader post\.?",
    r"washingtonpost\.com is not responsible for any content posted by third parties\.?\"?",
)
# A markup tag left in a page's text (an embedded post's "<tweet author=… date=…>", "</tweet>"):
# its name and attributes are no words of the story; what it encloses is kept.
MARKUP_TAG = r"</?[a-z][\w-]*(?:\s+[\w-]+(?:\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>]+))?)*\s*/?>"
# Boilerplate of a site: a line told by at least this many of one source's pages, at their top or bottom.
BOILERPLATE_MIN_PAGES = 3
# Pages read together when looking for it: a corpus run holds no more of its texts at once.
BOILERPLATE_WINDOW = 2000
BOILERPLATE_EDGE_LINES = 4
BOILERPLATE_MIN_CHARS = 20
