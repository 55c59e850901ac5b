"""The time grammar's rule table: every rule in the order the tagger tries them, each with its
pattern, production, priority and trigger classes.

The order and the priorities decide which reading wins where rules overlap, so they are set here,
in one list, and nowhere else; the productions live in the modules named after their kind.
"""
from __future__ import annotations

from ...lexicon import time_words as L
from ..literals import alternation
from .patterns import alternation_in_order, UNIT_WORDS
from .rule_type import Rule, rule
from .month_dates import (p_full_date, p_iso, p_month, p_month_day, p_month_relative_year, p_month_year, p_numeric,
                          p_second_day)
from .years import p_century, p_decade, p_spelled_year, p_year, p_year_span
from .year_parts import (p_fiscal, p_half, p_half_quarters, p_latest_quarter, p_period_code, p_period_ended,
                         p_possessive_quarter, p_quarter, p_season, p_year_earlier, p_year_period)
from .relative_units import (p_beyond_deictic, p_closed_mid, p_in_the_unit, p_position_of_unit, p_relative_unit,
                             p_story_unit, p_weekend)
from .deictic_days import p_deictic_day, p_part_of_day, p_this_part
from .weekdays import p_day_beside, p_weekday, p_weekday_from_reference
from .counted_offsets import p_ago, p_comes_after, p_day_beside_reference, p_from_now, p_offset_from_reference
from .durations import (p_closed_long, p_compound_duration, p_duration, p_quarter_century, p_stage, p_streak,
                        p_stretch_ahead, p_unsized_stretch, p_vague_length, p_whole_unit)
from .sets import (p_counted_per_unit, p_frequency, p_plural_weekday, p_rate, p_repeated_unit, p_set, p_set_adverb,
                   p_weekends)
from .clock_times import p_clock, p_clock24, p_clock_words, p_noon
from .holidays import p_holiday, p_week_of, p_week_of_month
from .reference_words import p_reference_word


_REF_WORDS = [w for w in list(L.PRESENT_WORDS) + list(L.PAST_WORDS) + list(L.FUTURE_WORDS)
              if w not in L.REFERENCE_WORDS_NOT_ALONE]

# The units of a clock length: "hour", "minutes".
_CLOCK_UNIT = "(?:" + alternation(sorted(L.TIME_UNITS)) + ")s?"

# ... whose second unit, smaller than the first, is a minute or a second: a window without one holds none.
_CLOCK_LENGTH_NEEDS = tuple(sorted(set(L.TIME_UNITS) - {"hour"}))

# "years and", "hour, and": where a compound length ("four years and two months") may be.
_UNIT_THEN_AND = tuple(f"{u}{sep}and" for u in UNIT_WORDS for sep in (" ", ", "))

RULE_TABLE: list[tuple] = [
    ("date_mdy", r"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY}|{DAYW}),?\s+(?P<year>{YEAR})", p_full_date, 10, ("month",)),
    ("date_dmy", r"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?:(?P<day>{DAY})(?:\s+of)?|(?P<dayw>{DAYW})\s+of)\s+(?P<month>{MONTH}),?\s+(?P<year>{YEAR})", p_full_date, 10, ("month",)),
    ("date_md", r"(?:(?P<named_weekday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY}|{DAYW})(?!\s*(?:,\s*)?\d|:\d)", p_month_day, 8, ("month",)),
    # "Monday 7 to Friday 11 September": the first day of a range takes the month that closes it
    ("date_d_range_m", r"(?P<named_weekday>{WEEKDAY}),?\s+(?P<day>{DAY})(?=\s*(?:to|until|till|through|-|–)\s+(?:{WEEKDAY},?\s+)?{DAY}\s+(?P<month>{MONTH}))", p_month_day, 8, ("weekday",)),
    ("date_dm", r"(?:(?P<named_weekday>{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<day>{DAY})(?:\s+of)?|(?P<dayw>{DAYW})\s+of)\s+(?P<month>{MONTH})", p_month_day, 8, ("month",)),
    ("second_day", r"(?<=\s)(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)(?!\s*(?:,\s*)?\d|[:.,]\d|\s*%|\s+(?:percent|per\s+cent)\b)", p_second_day, 1, ("month",)),
    ("date_iso", r"(?P<year>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T[\d:]+Z?)?", p_iso, 9, ("year4",)),
    ("date_numeric", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})", p_numeric, 9, ("slash_date",)),
    ("month_year", r"(?:(?P<pos>{POS})[\s-]*)?(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR}|{YEAR2}|{YEARW})", p_month_year, 7, ("month",)),
    ("spelled_year", r"(?:the\s+year\s+)?(?P<year>{YEARW})", p_spelled_year, 4, ("spelled",)),
    ("month_rel_year", r"(?:(?P<pos>{POS})[\s-]*)?(?P<month>{MONTH_NAME})\s+(?:of\s+)?(?P<rel>last|next|this)\s+year", p_month_relative_year, 7, ("month",)),
    ("month", r"(?:(?P<pos>{POS})[\s-]*)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|coming)\s+)?(?P<month>{MONTH_NAME})", p_month, 5, ("month",)),
    ("year", r"(?:(?P<pos>{POS})[\s-]*|(?:pre|post)-)?(?P<the_year>the\s+year\s+)?(?P<year>{YEAR}|(?<=\s)'\d\d(?!\w))", p_year, 4, ("year4", "short_year")),
    ("year_span", r"(?P<year>(?:19|20)\d\d)[-/–](?:\d\d)(?!\d)", p_year_span, 5, ("year4",)),
    ("decade", r"(?:the\s+(?:(?P<pos_noun>{POS_NOUN})\s+of\s+the\s+)?)?(?:(?P<pos>early|mid|late)[\s-]*)?(?:(?P<full>1\d\d0|20\d0)'?s|['’](?P<short>\d0)s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", p_decade, 6, ("year4", "short_year", "decade_word")),
    ("century", r"(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]*)?(?P<ord>{ORD})[\s-]+century", p_century, 6, ("unit",)),
    ("season", r"(?P<the>the\s+)?(?:(?P<pos>early|mid|late)[\s-]*)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|coming)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}|{YEAR2}|{YEARW}))?", p_season, 5, ("season",)),
    ("quarter", r"(?:the\s+(?!(?:fiscal[\s-]+)?[a-z0-9]+-quarter))?(?:(?P<year>{YEAR})\s+)?(?:fiscal[\s-]+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|Q(?P<qn>[1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year2>{YEAR})|\s+of\s+(?P<rel>last|this|next)\s+year)?", p_quarter, 6, ("unit", "quarter_code")),
    ("half", r"(?:the\s+)?(?P<which>first|second|1st|2nd)\s+half\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?:the\s+|(?P<rel>this|last|next)\s+)year)", p_half, 6, ("unit", "year4")),
    ("period_code", r"(?P<code>" + alternation(L.PERIOD_CODES) + r")\s+(?P<year>{YEAR})", p_period_code, 6, ("year4",), tuple(L.PERIOD_CODES)),
    ("fiscal", r"(?:the\s+)?(?:(?P<rel>current|latest|last|previous|next)\s+)?(?:fiscal(?:\s+year)?|financial\s+year)\s+(?P<year>{YEAR})|FY\s?(?P<fy>\d{2,4})|(?:the\s+(?:(?P<rel2>current|latest|last|previous|next)\s+)?|(?P<rel3>this|last|next)\s+)(?:" + alternation(L.FISCAL_YEAR_ADJECTIVES) + r")\s+year", p_fiscal, 6, ("fiscal",), ("fiscal", "fy", "financial year")),
    ("deictic_day", r"(?:(?P<pos>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>{PART}))?", p_deictic_day, 6, ("deictic",)),
    ("this_part", r"(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{PART})", p_this_part, 6, ("part",)),
    ("weekday", r"(?:(?P<pos>early|late)\s+)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past)\s+)?(?P<weekday>{WEEKDAY}|{WEEKDAY_ABBR})(?:\s+(?P<part>{PART}))?", p_weekday, 5, ("weekday",)),
    ("day_beside", r"(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:(?:(?P<rel>last|next|this)\s+)?(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\s*,?\s*\d)|(?P<name>{HOLIDAY}))", p_day_beside, 9, ("weekday", "month", "holiday"), ("day before", "day after")),
    ("weekday_from_reference", r"the\s+(?P<rel>previous|preceding|following)\s+(?P<weekday>{WEEKDAY})", p_weekday_from_reference, 6, ("weekday",), ("previous", "preceding", "following")),
    ("plural_weekday", r"(?P<weekday>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s)|(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?P<parts>(?:morning|afternoon|evening|night)s)", p_plural_weekday, 5, ("weekday",)),
    ("vague_length", "(?:" + alternation_in_order(L.VAGUE_LENGTHS) + ")", p_vague_length, 3, ("vague_length",), L.VAGUE_LENGTHS),
    ("quarter_century", r"(?P<rel>the\s+(?:past|last|next)\s+)?(?:(?P<three>three)[\s-]+quarters|(?:an?\s+)?quarter)(?:-|\s+of\s+an?\s+)(?P<unit>century|hour)", p_quarter_century, 6, ("unit",), ("century", "hour")),
    ("weekends", r"weekends", p_weekends, 5, ("unit",), ("weekends",)),
    ("streak", r"(?:the\s+|an?\s+)?(?P<ord>{ORD})\s+(?:{STREAK_ADJ}\s+(?P<unit>day|week|month|quarter|year|decade)|(?P<unit2>day|week|month|quarter|year|decade)\s+{STREAK_AFTER})", p_streak, 6, ("unit",), (L.STREAK_ADJECTIVES + L.STREAK_AFTER)),
    ("stage", r"(?:(?P<the>the)\s+)?(?P<ord>{ORD})\s+(?P<unit>day|week|month)", p_stage, 5, ("unit",), L.STAGE_ORDINAL_CUES),
    ("stretch_ahead", r"(?:the\s+)?(?:(?P<num>{VAGUE})\s+)?(?P<unit>days|weeks|months|years|decades)\s+{AHEAD}", p_stretch_ahead, 4, ("unit",), L.AHEAD_WORDS),
    ("compound_duration", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<n1>{NUM})[\s-]+(?P<u1>{UNIT}),?\s+and\s+(?P<n2>{NUM})[\s-]+(?P<u2>{UNIT})", p_compound_duration, 4, ("unit",), _UNIT_THEN_AND),
    # "1 hour 20 minutes", "3 minutes 30 seconds": a clock length written without "and".
    ("clock_length", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<n1>\d+)\s+(?P<u1>" + _CLOCK_UNIT + r")\s+(?P<n2>\d+)\s+(?P<u2>" + _CLOCK_UNIT + r")", p_compound_duration, 4, ("unit",), _CLOCK_LENGTH_NEEDS),
    ("relative_unit", r"(?:(?P<pos>early|late|mid|earlier|later|the\s+(?:beginning|start|middle|end|close)\s+of)[\s-]+)?(?P<rel>{REL})\s+(?P<unit>day|week|weekend|month|year|quarter|decade|century)", p_relative_unit, 6, ("unit",)),
    ("position_of_unit", r"(?P<pos>the\s+(?:beginning|start|middle|end|close)\s+of)\s+the\s+(?P<unit>week|month|year|quarter|decade|century)|(?P<unit2>year)(?:-|\s+|['’]s\s+)(?P<pos2>end)", p_position_of_unit, 6, ("unit",)),
    ("in_the_year", r"(?P<pos>earlier|later|early|late)\s+in\s+the\s+(?P<unit>year|month|week)|the\s+full\s+(?P<unit2>year)", p_in_the_unit, 6, ("unit",)),
    ("ago", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<num>{VAGUE}|{NUM})\s+(?P<unit>{UNIT})\s+(?P<orso>or\s+so\s+)?ago", p_ago, 8, ("ago",)),
    ("from_now", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?P<orso>or\s+so\s+)?from\s+(?:now|today)", p_from_now, 8, ("unit",), ("from now", "from today")),
    ("beyond_deictic", r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)\s+(?P<end>yesterday|tomorrow|last|next)(?!\s+(?:{UNIT}|{WEEKDAY}|{MONTH_NAME}|{SEASON}|{HOLIDAY})|['’])", p_beyond_deictic, 8, ("unit",), ("before yesterday", "after tomorrow", "before last", "after next")),
    ("day_beside_reference", r"the\s+day\s+(?P<dir>before|after)(?=\s*[,.;:!?]|\s*$)", p_day_beside_reference, 8, ("unit",), ("day before", "day after")),
    ("offset_from_reference", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?P<dir>later|earlier|afterwards?)", p_offset_from_reference, 8, ("unit",)),
    ("comes_after", r"(?:(?P<qmod>{QMOD}|just)\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?P<dir>after|before)", p_comes_after, 9, ("unit",)),
    ("duration", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?:(?P<rel>the\s+(?:past|last|next|first|coming|previous|following|final|latest)|these\s+past|the\s+(?:" + alternation(L.MOST_OF_WORDS) + r")\s+part\s+of|the(?=\s+(?:\d+|{NUMWORD_ONLY})\s)|{STRETCH_THE})\s+)?(?:(?!an?\s+[a-z]+-long\b)(?P<num>{VAGUE}|{NUM})(?P<odd>-{ODD})?(?P<plus>-{PLUS})?(?P<range>\s+(?:to|or)\s+{NUM}|-\d+(?=\s))?(?P<half_before>[\s-]+and[\s-]+a[\s-]+half)?(?:\s+(?:{INNER_ADJ}))?[\s-]+(?:{DAY_KIND}\s+(?=days?\b))?)?(?P<unit>{UNIT})(?P<half>[\s-]+and[\s-]+a[\s-]+half)?(?P<adj>-(?:old|long))?(?P<orso>\s+or\s+so\b)?(?P<ormore>\s+or\s+(?:more|longer|less)\b)?(?P<either>\s+or\s+(?:two|three|{UNIT})\b)?", p_duration, 3, ("unit",)),
    ("whole_unit", r"the\s+(?:" + alternation(L.WHOLE_ADJECTIVES) + r")\s+(?P<unit>day|week|month|year|decade)", p_whole_unit, 4, ("unit",), L.WHOLE_ADJECTIVES),
    ("early_stretch", r"the\s+early\s+(?P<unit>" + alternation(L.EARLY_STRETCH_UNITS) + ")", p_unsized_stretch, 4, ("unit",), ("early",)),
    ("repeated_length", r"(?P<unit>" + alternation(L.REPEATED_LENGTH_UNITS) + r")\s+and\s+(?P=unit)", p_unsized_stretch, 4, ("unit",), (" and ",)),
    ("set_every", r"(?:{TIMES}\s+)?(?:each\s+and\s+every|every|each|per)\s+(?:(?P<num>{VAGUE}|{NUM}|other|second|third|fourth)(?:\s+(?:or|to)\s+{NUM}|-\d+)?\s+|(?P<half>half)(?:\s+an?)?[\s-]+)?(?:single\s+)?(?:{DAY_KIND}\s+(?=days?\b))?(?P<target>quarter[\s-]hour|{UNIT}|{WEEKDAY}(?:\s+{PART})?|{MONTH_NAME}|{PART}|{SEASON}|{HOLIDAY})(?P<orso>\s+or\s+so\b)?", p_set, 7, ("every",)),
    ("days_a_week", r"(?P<num>{NUM})(?:-{PLUS})?\s+(?P<counted>minutes|hours|days|nights|weekends|weeks|months)\s+(?:a|an|per)\s+(?P<unit>week|month|year|day)\b", p_counted_per_unit, 8, ("unit",), L.COUNT_PER_UNIT_HINTS),
    ("frequency", r"{TIMES}\s+(?:a|an|per)\s+(?P<unit>day|week|month|quarter|year|decade|hour|fortnight)", p_frequency, 8, ("every",)),
    ("set_adverb", r"(?:{TIMES}[\s-]+)?(?P<word>" + "|".join(L.SET_ADVERBS) + r")", p_set_adverb, 2, ("set_adverb",)),
    ("closed_mid", r"(?P<word>" + alternation(L.CLOSED_MID_WORDS) + r")", p_closed_mid, 5, ("closed_mid",)),
    ("closed_long", r"(?P<word>" + alternation(L.CLOSED_LONG_WORDS) + r")", p_closed_long, 3, ("closed_long",)),
    ("repeated_unit", r"(?P<unit>" + alternation(L.REPEATED_UNIT_SETS) + r")\s+(?:" + alternation(L.REPEATED_UNIT_JOINERS) + r")\s+(?P=unit)", p_repeated_unit, 8, ("unit", "part"), L.REPEATED_UNIT_JOINERS),
    ("rate", r"(?:a|an|per)\s+(?P<unit>year|month|week|day|night|hour)(?!\s+(?:ago|earlier|later|before|after))", p_rate, 4, ("unit",)),
    ("clock", r"(?:(?P<qmod>around)\s+)?(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm|a\.m|p\.m)?(?:\s+(?P<tz>[ECMP][SD]T|GMT|BST|UTC|CET))?(?:,?\s+(?P<day>today|yesterday|tomorrow|{WEEKDAY})|,?\s+(?P<cmonth>{MONTH})\s+(?P<cday>{DAY}))?", p_clock, 7, ("clock",)),
    ("clock24", r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:GMT|BST|UTC|CET|hrs|hours)", p_clock24, 7, ("year4",)),
    ("noon", r"(?P<word>noon|midday|midnight)(?:\s+(?P<day>today|yesterday|tomorrow|{WEEKDAY}))?", p_noon, 5, ("deictic",)),
    ("part_of_day", r"(?:(?P<the>the)\s+(?![a-z]+-(?:morning|afternoon|evening)\b)(?:(?P<rel>next|following|previous)\s+)?)?(?:(?P<pos>early|late|mid)[\s-]*)?(?P<part>morning|afternoon|evening)(?:\s+(?P<word>yesterday|today|tomorrow))?", p_part_of_day, 5, ("part",)),
    ("clock_words", r"(?P<h>\d{1,2})\s+(?:o['’]clock\s+)?in\s+the\s+(?P<part>morning|afternoon|evening)", p_clock_words, 7, ("part",)),
    ("latest_quarter", r"the\s+(?:latest|most\s+recent|just-ended|just\s+ended)\s+(?:quarter|period)|the\s+quarter(?!\s+(?:of|century|point|percentage))", p_latest_quarter, 6, ("unit", "latest")),
    ("year_earlier", r"(?:(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:earlier|ago)\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period|month)|year-(?:earlier|ago)"
                     r"|the\s+(?:comparable|corresponding|same)\s+(?:quarter|period)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))"
                     r"|the\s+quarter\s+a\s+year\s+(?:ago|earlier)|last\s+year['’]s\s+(?:quarter|period))", p_year_earlier, 7, ("unit",)),
    ("year_period", r"the\s+(?P<year>{YEAR})\s+(?:period|quarter)", p_year_period, 7, ("year4",)),
    ("possessive_quarter", r"(?P<rel>this|last|next)\s+year['’]s\s+(?P<ord>first|second|third|fourth)[\s-]+quarter", p_possessive_quarter, 8, ("unit",)),
    ("half_quarters", r"(?:the\s+)?(?P<which>first|last|second)\s+(?:two\s+quarters|half)\s+of\s+(?P<year>{YEAR})", p_half_quarters, 7, ("unit", "year4")),
    ("weekend", r"the\s+weekend", p_weekend, 5, ("unit",)),
    ("story_unit", r"the\s+(?P<unit>year|week)(?![\s-]+(?:ended|ending|earlier|ago|before|after|later|that|when|in\s+which|to|through|until)\b)", p_story_unit, 5, ("unit",)),
    # "the year ended March 31" is a length of time; "the quarter ended Sept. 30" names a quarter.
    ("period_ended", r"the\s+(?:fiscal\s+)?(?P<unit>year)(?=\s+(?:ended|ending|that\s+ended)\b)", p_period_ended, 7, ("unit",)),
    ("holiday", r"(?:(?P<rel>last|next|this)\s+)?(?P<name>{HOLIDAY})(?:\s+Day)?(?:\s+(?P<year>{YEAR}))?", p_holiday, 6, ("holiday",)),
    ("week_of", r"the\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?", p_week_of, 9, ("unit",), ("week of",)),
    ("week_of_month", r"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<month>{MONTH_NAME})(?:,?\s+(?P<year>{YEAR}))?", p_week_of_month, 9, ("unit",), ("week of",)),
    ("holiday_week", r"(?P<name>{HOLIDAY})\s+week(?!s?\b\s*(?:ago|earlier|later))", p_week_of, 9, ("holiday",), ("week",)),
    ("reference_word", r"(?P<word>" + alternation(_REF_WORDS) + ")", p_reference_word, 2, ("ago", "deictic", "reference")),
]


# The rules whose every match holds a word of their trigger classes as a whole word (a unit
# after a space or hyphen and before a non-letter, "last week", "three days", "a year"; a
# deictic word; a quarter or its code; a month or weekday name after a space or the match's
# start), unlike "second_day" (a day number by a month), "year" (digits, which the trigger scan
# may read as a longer token), "month" or "season" (whose name may follow "mid" with nothing
# between) or a pattern of branches (the lookbehind before a word opens only the first one):
# tests/test_time_rules.py checks it.
HOLD_THEIR_TRIGGER = frozenset({"duration", "relative_unit", "rate", "reference_word", "quarter", "deictic_day",
                                "date_mdy", "date_dmy", "date_md", "date_dm", "date_d_range_m", "weekday",
                                "story_unit", "period_ended", "offset_from_reference", "comes_after", "ago"})

RULES: tuple[Rule, ...] = tuple(rule(*row, holds_trigger=row[0] in HOLD_THEIR_TRIGGER) for row in RULE_TABLE)
