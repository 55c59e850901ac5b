"""The optional learned attribution model: trained by a documented command, deterministic, read
from a file the user names, and only used when asked for (the rules stay the default)."""
from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import FIXTURES, HERE

pytest.importorskip("sklearn", reason="training needs scikit-learn (the learn or test extra)")

FIXTURE = FIXTURES / "attribution"
# Not one of the fixture's articles: the model must carry what it learned to new text.
ARTICLE = ("Senator Dora Quist said on Tuesday that the museum would open in the spring. "
           "Many parents hope that the museum will lower ticket prices for children. "
           "Quist told reporters the vote on the museum was close.")


def _trainer():
    spec = importlib.util.spec_from_file_location("train_attribution", HERE.parent / "train" / "attribution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """The model trained on the fixture twice, the way the README says: features, then fit."""
    train = _trainer()
    where = tmp_path_factory.mktemp("attribution")
    assert train.main(["features", str(FIXTURE), str(where / "features.jsonl")]) == 0
    for name in ("model.json", "again.json"):
        assert train.main(["fit", "--keep", str(where / "features.jsonl"), str(where / name)]) == 0
    return where


@pytest.fixture
def fresh_state(monkeypatch):
    from timeline import attribution

    monkeypatch.delenv(attribution.ENV, raising=False)
    monkeypatch.setattr(attribution, "_state", {})
    return attribution


def _statements(path=None) -> list[str]:
    import timeline
    from timeline import attribution

    attribution.use(path)
    built = timeline.build([timeline.Document("new", ARTICLE)])
    return sorted(ARTICLE[e.trigger.start:e.trigger.end] for e in built.events if e.kind == "statement")


def test_training_is_deterministic(trained):
    assert (trained / "model.json").read_bytes() == (trained / "again.json").read_bytes()


def test_the_model_drops_what_its_gold_leaves_out_and_the_rules_stay_the_default(trained, fresh_state):
    rules = _statements()
    assert "hope" in rules and "said" in rules
    learned = _statements(trained / "model.json")
    assert "hope" not in learned and {"said", "told"} <= set(learned)
    assert _statements(trained / "model.json") == learned
    assert _statements() == rules


def test_the_command_line_reads_the_model_it_is_given(trained, fresh_state, run_cli, tmp_path):
    article = tmp_path / "museum.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    statements = {}
    for label, extra in (("rules", []), ("model", ["--attribution-model", trained / "model.json"])):
        code, _, err = run_cli("build", article, "--out", tmp_path / label, "--format", "json", "-q", *extra)
        assert code == 0, err
        events = json.loads((tmp_path / label / "museum.json").read_text())["events"]
        statements[label] = {e["trigger"]["text"] for e in events if e["kind"] == "statement"}
    assert statements["rules"] - statements["model"] == {"hope"}


@pytest.mark.parametrize("content, reason", [
    (None, "cannot read"),
    ("{not json", "cannot read"),
    ('{"format": "something-else"}', "not an attribution model"),
    ('{"format": "timeline-attribution/1", "keep": {"bias": "x", "weights": {}}}', "not an attribution model"),
    ('{"format": "timeline-attribution/1", "keep": null, "broad_threshold": "high"}', "not an attribution model"),
    ('{"format": "timeline-attribution/1", "keep": {"bias": 0, "weights": {"lemma=say": "import os"}}}',
     "not an attribution model"),
])
def test_a_bad_model_file_is_refused_in_one_line(fresh_state, run_cli, tmp_path, content, reason):
    model = tmp_path / "model.json"
    if content is not None:
        model.write_text(content, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run_cli("build", article, "--out", tmp_path / "o", "--attribution-model", model)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and str(model) in err and reason in err
    assert not (tmp_path / "o").exists()


def test_the_environment_variable_names_the_model_too(trained, fresh_state, monkeypatch, run_cli, tmp_path):
    monkeypatch.setenv(fresh_state.ENV, str(tmp_path / "missing.json"))
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run_cli("build", article, "--out", tmp_path / "o")
    assert code == 2 and fresh_state.ENV in err and "missing.json" in err


def test_a_speaker_model_chooses_among_the_actors_near_the_cue(fresh_state, tmp_path):
    """A hand-set speaker model that prefers organisations gives the statement to the one named
    beside the speaker; the rules give it to the person."""
    import timeline

    article = "Senator Dora Quist of the Finance Committee said on Tuesday that the museum would open in May."
    model = tmp_path / "model.json"
    model.write_text(json.dumps({"format": "timeline-attribution/1", "keep": None, "threshold": 0,
                                 "speaker": {"bias": 0.0, "weights": {"type=ORG": 3.0, "type=PERSON": -3.0}}}))

    def speaker(path=None):
        fresh_state.use(path)
        built = timeline.build([timeline.Document("one", article)])
        names = {a.id: a.name for a in built.actors}
        return [names.get(e.speaker) for e in built.events if e.kind == "statement"]

    assert speaker() == ["Dora Quist"]
    assert speaker(model) == ["Finance Committee"]
    assert speaker() == ["Dora Quist"]


def test_broad_candidates_are_statements_only_when_a_broad_model_keeps_them(fresh_state, tmp_path):
    """"played for the Broncos" is no cue of the rules; a model trained on the broad candidates
    ("broad": true) judges it, here a hand-set one that keeps every broad candidate of "play"."""
    import timeline

    article = "Senator Dora Quist played for the Denver Broncos and the Boston Celtics."
    weights = {"broad_lemma=play": 6.0, "broad": -5.0}

    def cues(path=None):
        fresh_state.use(path)
        built = timeline.build([timeline.Document("one", article)])
        return [article[e.trigger.start:e.trigger.end] for e in built.events if e.kind == "statement"]

    broad, plain = tmp_path / "broad.json", tmp_path / "plain.json"
    for path, flag in ((broad, True), (plain, False)):
        path.write_text(json.dumps({"format": "timeline-attribution/1", "threshold": 0.5, "broad": flag,
                                    "keep": {"bias": 0.0, "weights": weights}, "speaker": None}))
    assert cues() == []
    assert cues(plain) == []
    assert cues(broad) == ["played"]


def _broad_cues(state, article: str, model: dict, tmp_path) -> list[str]:
    import timeline

    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": "timeline-attribution/1", "speaker": None, "broad": True, **model}))
    state.use(path)
    built = timeline.build([timeline.Document("one", article)])
    return [article[e.trigger.start:e.trigger.end] for e in built.events if e.kind == "statement"]


def test_broad_candidates_have_a_keep_threshold_of_their_own(fresh_state, tmp_path):
    """The rules' statements are right far more often than the broad candidates, so a model
    holds the two to different bars: the same score keeps "said" and drops "played"."""
    article = "Senator Dora Quist said the museum would open. She played for the Philadelphia Eagles."
    keep = {"bias": 1.0, "weights": {}}        # every statement scores 0.73
    assert _broad_cues(fresh_state, article, {"keep": keep, "threshold": 0.5}, tmp_path) == ["said", "played"]
    assert _broad_cues(fresh_state, article, {"keep": keep, "threshold": 0.5, "broad_threshold": 0.9},
                       tmp_path) == ["said"]
    assert _broad_cues(fresh_state, article, {"keep": keep, "threshold": 0.9, "broad_threshold": 0.5},
                       tmp_path) == ["played"]


def test_the_keep_model_reads_the_kind_of_complement(fresh_state, tmp_path):
    """A verb the rules do not take as a cue may state a stance with an infinitive ("rushed
    to defend the museum"), less often with an object ("rushed the plans"): the keep model sees
    the complement's kind, so one weight can tell the two apart."""
    model = {"keep": {"bias": -3.0, "weights": {"b:marker=to": 6.0}}, "threshold": 0.9, "broad_threshold": 0.5}
    assert _broad_cues(fresh_state, "Dora Quist rushed to defend the museum in May.", model, tmp_path) == ["rushed"]
    assert _broad_cues(fresh_state, "Dora Quist rushed the plans for the museum in May.", model, tmp_path) == []


def test_feature_extraction_is_deterministic(tmp_path):
    """Two runs over the same articles write the same features, byte for byte (no set order
    or hash seed leaks into what the model is trained on)."""
    train = _trainer()
    for name in ("one.jsonl", "two.jsonl"):
        assert train.main(["features", "--broad", str(FIXTURE), str(tmp_path / name)]) == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_a_statement_named_by_a_noun_is_a_broad_candidate_with_its_owner_as_speaker(fresh_state, tmp_path):
    """"Dora Quist's decision to close the museum": no cue of the rules, but a broad candidate
    named by a noun, its speaker the possessor, and the keep model sees how its content hangs
    from the noun (an infinitive here, a preposition's object in "her decision on the museum")."""
    import timeline

    model = {"keep": {"bias": -3.0, "weights": {"nominal_complement=to": 6.0}}, "threshold": 0.9,
             "broad_threshold": 0.5, "nominal": True}
    by_infinitive = "Senator Dora Quist's decision to close the museum in May surprised the board."
    assert _broad_cues(fresh_state, by_infinitive, model, tmp_path) == ["decision"]
    built = timeline.build([timeline.Document("one", by_infinitive)])
    names = {a.id: a.name for a in built.actors}
    assert [names.get(e.speaker) for e in built.events if e.kind == "statement"] == ["Dora Quist"]
    assert _broad_cues(fresh_state, "Senator Dora Quist's decision on the museum in May surprised the board.",
                       model, tmp_path) == []
    assert _broad_cues(fresh_state, by_infinitive, {**model, "nominal": False}, tmp_path) == []
    fresh_state.use(None)
    assert [e for e in timeline.build([timeline.Document("one", by_infinitive)]).events if e.kind == "statement"] == []
