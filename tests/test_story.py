"""The story of a collection (SPEC 3.5): the days that matter, best first, each told by a few
sentences of the articles, within the options a user gives."""
from __future__ import annotations

import csv
import io
import json
import shlex
from datetime import date

import pytest

from conftest import CORPUS, corpus_lines
from timeline.cli.arguments import parser
from timeline.cli.build_options import story_choice
from timeline.model import Document, Event, EventTime, Source, Span, Timeline
from timeline.story import make_story

STORY_FOLDER = CORPUS / "story_en"


@pytest.fixture(scope="module")
def story_timeline():
    import timeline

    return timeline.build([STORY_FOLDER])


def _options(line: str) -> dict:
    """The story's options as the command line reads them."""
    return story_choice(parser().parse_args(["build", "x", *shlex.split(line)]))


@pytest.mark.parametrize("options, first_dates, words", list(corpus_lines("story_en.txt")))
def test_story_corpus(story_timeline, options, first_dates, words):
    chosen = _options(options)
    story = make_story(story_timeline, **chosen)
    expected = [date.fromisoformat(d.strip()) for d in first_dates.split(",")]
    assert [s.date for s in story[:len(expected)]] == expected
    assert words.lower() in " ".join(story[0].sentences).lower()
    for day in story:
        assert (chosen["date_from"] or day.date) <= day.date <= (chosen["date_to"] or day.date)
        assert 1 <= len(day.sentences) <= (chosen["per_date"] or 2)
        assert len(day.sources) == len(day.sentences)
    assert len(story) <= (chosen["dates"] or len(story))


def test_a_date_is_told_by_sentences_of_the_articles(story_timeline):
    from timeline.story.sentences import without_own_day

    texts = {d.id: d.text for d in story_timeline.documents}
    for day in story_timeline.story:
        for sentence, source in zip(day.sentences, day.sources):
            # extractive: the sentence itself (less the words that repeat the day it is shown
            # under), or a quotation of it given to its speaker (ending on a full stop where the
            # quotation led into its "she said" with a comma)
            original = without_own_day(" ".join(texts[source.doc][source.start:source.end].split()), day.date)
            own = sentence.split(": ", 1)[-1].rstrip('.,;:"”')
            assert sentence == original or own in original


def _event(n: int, doc: str, day: date, sources: tuple[Source, ...] = ()) -> Event:
    text = f"The council voted on the budget number {n} after a long debate."
    return Event(f"e{n}", doc, "event", text, Span(4, 11, "council"), Span(0, len(text), text),
                 EventTime(day.isoformat(), day, day, "day", False, "absolute", "on 1 May", 0, 8), "past",
                 sources=sources)


def test_an_event_merged_from_several_articles_counts_each_of_them():
    may1, may2 = date(2020, 5, 1), date(2020, 5, 2)
    documents = tuple(Document(d, "x" * 80, date(2020, 5, 3)) for d in ("a", "b", "c"))
    merged = _event(1, "a", may1, (Source("b", 0, 60), Source("c", 0, 60)))
    repeated = (_event(2, "a", may2), _event(3, "a", may2))
    story = make_story(Timeline(documents, events=(merged, *repeated)), dates=2)
    assert [s.date for s in story] == [may1, may2]
    assert story[0].score > story[1].score


def test_outputs_carry_the_story(story_timeline, tmp_path):
    from timeline.export.json_out import timeline_to_dict
    from timeline.export.markdown import markdown
    from timeline.export.story_csv import STORY_COLUMNS, write_story_csv

    data = json.loads(json.dumps(timeline_to_dict(story_timeline)))
    assert [s["date"] for s in data["story"]] == [s.date.isoformat() for s in story_timeline.story]
    assert all(set(s) >= {"date", "sentences", "events", "sources"} for s in data["story"])
    rows = list(csv.reader(io.StringIO(write_story_csv(story_timeline, tmp_path / "x.story.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0] == STORY_COLUMNS
    assert rows[1][1] == data["story"][0]["date"] and rows[1][2] == data["story"][0]["sentences"][0]
    assert "## The story" in markdown(story_timeline)


def test_a_collection_s_markdown_opens_on_its_story_and_lists_its_articles_last(story_timeline):
    from timeline.export.markdown import ARTICLES_LISTED_FIRST, markdown

    text = markdown(story_timeline)
    assert len(story_timeline.documents) > ARTICLES_LISTED_FIRST
    assert text.index("## The story") < text.index("## What happened when") < text.index("## The articles")
    assert all(f"{d.source}" in text.split("## The articles", 1)[1] for d in story_timeline.documents if d.source)


@pytest.mark.parametrize("sentence, told", list(corpus_lines("told_en.txt")))
def test_a_headline_or_time_stamp_run_into_a_sentence_is_not_told(sentence, told):
    from timeline.story.sentences import told_from

    assert sentence[told_from(sentence):] == told


@pytest.mark.parametrize("collection, sentence, told", list(corpus_lines("told_casing_en.txt")))
def test_a_headline_ending_before_a_common_word_the_collection_writes_in_lower_case_is_not_told(collection, sentence, told):
    from timeline.story.sentences import Casing, told_from

    casing = Casing([s for s in collection.split(" / ") if s]) if collection else None
    assert sentence[told_from(sentence, casing):] == told


@pytest.mark.parametrize("sentence, told", list(corpus_lines("told_end_en.txt")))
def test_a_time_stamp_or_a_wire_s_name_after_a_sentence_is_not_told(sentence, told):
    from timeline.story.sentences import told_until

    assert sentence[:told_until(sentence)] == told


@pytest.mark.parametrize("collection, sentence, told", list(corpus_lines("told_openings_en.txt")))
def test_a_caption_run_into_a_sentence_another_article_prints_alone_is_not_told(collection, sentence, told):
    from timeline.story.sentences import Casing, told_from

    casing = Casing([s for s in collection.split(" / ") if s] + [sentence])
    assert sentence[told_from(sentence, casing):] == told


@pytest.mark.parametrize("chosen, shown", list(corpus_lines("story_closed_en.txt")))
def test_a_sentence_shown_ends_as_a_sentence(chosen, shown):
    from timeline.story.sentences import closed

    assert closed(chosen) == shown


@pytest.mark.parametrize("day, chosen, shown", list(corpus_lines("story_own_day_en.txt")))
def test_a_line_shown_under_its_day_does_not_repeat_the_day(day, chosen, shown):
    from datetime import date

    from timeline.story.sentences import without_own_day

    assert without_own_day(chosen, date.fromisoformat(day)) == shown


@pytest.mark.parametrize("day, published, chosen, shown", list(corpus_lines("story_own_day_relative_en.txt")))
def test_a_line_shown_under_its_day_does_not_repeat_it_as_its_article_named_it(day, published, chosen, shown):
    from datetime import date

    from timeline.story.sentences import without_own_day

    assert without_own_day(chosen, date.fromisoformat(day), date.fromisoformat(published)) == shown


def test_of_two_sentences_saying_the_day_s_news_the_one_of_a_timeline_entry_s_length_is_told():
    """A long sentence holds more of the day's words only by saying more besides: of two that tell
    the news, the one a journalist would write as a timeline entry comes first."""
    from timeline.story.sentences import Candidate, Tfidf, choose

    reports = ["The central bank cut its interest rate by half a point on Tuesday.",
               "Markets rose after the central bank cut its interest rate.",
               "Traders were surprised by the cut, the governor said at a press conference.",
               "Mortgage lenders said they would lower their rates after the cut.",
               "Exporters welcomed the cut, and pension funds said they feared lower returns."]
    short = "The central bank cut its interest rate by half a point on Tuesday, and markets rose."
    long = ("The central bank cut its interest rate by half a point on Tuesday, surprising traders, and markets "
            "rose as mortgage lenders said they would lower their rates, exporters welcomed the cut and pension "
            "funds feared lower returns, the governor said at a press conference in the capital.")
    texts = [long, short, *reports]
    candidates = [Candidate(t, Source("d", 0, len(t)), 1.0) for t in texts]
    told = choose(candidates, Tfidf(texts).fitted, 1)
    assert [c.text for c in told] == [short]


def test_a_sentence_told_under_another_day_is_not_told_again():
    from timeline.story.sentences import Candidate, Tfidf, choose

    told = "Nine more cases of the fever were confirmed in the port, taking the total to thirty, the agency said."
    day = ["Nine more cases of the fever were confirmed in the port, taking the total to thirty, officials said.",
           "Doctors in the port confirmed more cases of the fever on Tuesday as the total climbed to thirty.",
           "The agency said the port's two clinics would stay open at night while the fever cases were traced."]
    tfidf = Tfidf([told] + day)
    candidates = [Candidate(t, Source("d", 0, len(t)), 1.0) for t in day]
    assert [c.text for c in choose(candidates, tfidf.fitted[1:], 1)] == [day[0]]
    assert [c.text for c in choose(candidates, tfidf.fitted[1:], 1, [tfidf.fitted[0]])] != [day[0]]


@pytest.mark.parametrize("day, line, other", list(corpus_lines("story_other_entry_en.txt")))
def test_a_printed_timeline_s_entry_for_another_day_is_known(day, line, other):
    from datetime import date

    from timeline.story.sentences import entry_of_another_day

    assert entry_of_another_day(line, date.fromisoformat(day)) == (other == "yes")


@pytest.mark.parametrize("collection, line, headline", list(corpus_lines("story_headline_en.txt")))
def test_a_line_opening_on_a_headline_in_title_case_is_known(collection, line, headline):
    from timeline.story.sentences import Casing, opens_on_headline

    casing = Casing(collection.split(" / "))      # a collection large enough that the line weighs nothing
    assert opens_on_headline(line, casing) == (headline == "yes")


@pytest.mark.parametrize("sentences, count, chosen", list(corpus_lines("story_cover_en.txt")))
def test_a_day_s_next_sentence_tells_what_the_chosen_ones_left_unsaid(sentences, count, chosen):
    from timeline.story.sentences import Candidate, Tfidf, choose

    day = [Candidate(text, Source("d", at, at + len(text)), 1.0) for at, text in enumerate(sentences.split(" / "))]
    told = choose(day, Tfidf([c.words for c in day]).fitted, int(count))
    assert [c.text for c in told] == chosen.split(" / ")


def _dated_event(sentence: str, day: str, at: int = 100) -> Event:
    """An event of `sentence` (its date in [brackets]) read as `day`, the sentence `at` in its text."""
    start, end = sentence.index("["), sentence.index("]") - 1
    text = sentence.replace("[", "").replace("]", "")
    when = date.fromisoformat(day)
    return Event("e1", "d1", "event", text, Span(at + start, at + end, text[start:end]), Span(at, at + len(text), text),
                 EventTime(day, when, when, "day", False, "dct", text[start:end], at + start, at + end), "past")


@pytest.mark.parametrize("published, day, sentence, hypothetical", list(corpus_lines("story_hypothetical_en.txt")))
def test_a_date_in_a_clause_of_what_would_have_been_tells_no_day(published, day, sentence, hypothetical):
    from timeline.story.support import Weights, evidence_weight
    from timeline.story.support import hypothetical as said_hypothetically

    event = _dated_event(sentence, day)
    assert said_hypothetically(event, date.fromisoformat(published)) == (hypothetical == "yes")
    assert (evidence_weight(event, date.fromisoformat(published), Weights()) == 0) == (hypothetical == "yes")


@pytest.mark.parametrize("sentence, quote, speaker, shown", list(corpus_lines("story_speaker_en.txt")))
def test_a_quotation_is_shown_with_its_speaker_unless_the_sentence_names_another(sentence, quote, speaker, shown):
    from timeline.story.sentences import _shown

    said = Event("e1", "d", "statement", quote, Span(0, 4, sentence[:4]), Span(0, len(sentence), sentence), None,
                 "past", quote=quote, direct=True, speaker="a1")
    assert _shown(sentence, [said], {"a1": speaker}) == shown
