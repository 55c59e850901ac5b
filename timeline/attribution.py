"""A learned second opinion on statements: which to keep, and who their speaker is (optional).

The rules find the statements and their speakers; they stay the default. A model trained by
`train/attribution.py` (on PolNeAR, whose texts carry no licence, so no model ships with the
package) can be pointed at with `timeline build --attribution-model PATH` or the environment
variable TIMELINE_ATTRIBUTION_MODEL. It then reads each statement the rules found:

- the *keep* model scores the statement (its cue, its content, its speaker, the shape of its
  clause) and drops it when the chance that it is a real attribution is below the threshold
  chosen at training ("broad_threshold" for a broad candidate, when the file has one);
- the *speaker* model scores each actor that could be the speaker (those named in the cue's
  sentence and the one before, the rules' choice, the last speakers) and gives the statement
  the best one;
- a keep model trained with `features --broad` (the file says "broad": true) also judges the
  broad candidates, verbs of someone with a complement that the rules do not take as cues
  (`statements.find_statements`); without such a model they are never statements. One trained
  with `features --nominal` ("nominal": true) also judges statements named by a noun the rules
  leave ("the DNC's decision to …", "Clinton announced plans to …"; `_nominal_features`).

A model is a JSON file of feature weights of two logistic regressions, read here without
scikit-learn (which only training needs) and without unpickling anything: a model file runs
no code. The features are the same function of the parse at training and at run time: this
module's `statement_features` and `candidates`.
"""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .environment import ATTRIBUTION_MODEL
from .findings import ActorIndex, StatementFinding
from .lexicon import deps as D

ENV = ATTRIBUTION_MODEL
FORMAT = "timeline-attribution/1"


@dataclass(frozen=True)
class Linear:
    """A logistic regression over named binary features."""
    bias: float
    weights: dict = field(default_factory=dict)

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Model:
    keep: Optional[Linear]
    threshold: float
    speaker: Optional[Linear]
    broad: bool = False           # the keep model was trained on the broad candidates too
    broad_threshold: Optional[float] = None   # the keep threshold of a broad candidate (else `threshold`)
    nominal: bool = False         # the broad candidates include statements named by a noun

    def keeps(self, features: list[str], broad: bool) -> bool:
        """Whether the keep model keeps a statement with these features (no keep model: all)."""
        if self.keep is None:
            return True
        limit = self.broad_threshold if broad and self.broad_threshold is not None else self.threshold
        return self.keep.probability(features) >= limit


class ModelError(ValueError):
    """A model file that cannot be read: one line naming the file and the reason."""


def _linear(part, where: str) -> Optional[Linear]:
    if part is None:
        return None
    if not (isinstance(part, dict) and isinstance(part.get("bias"), (int, float))
            and isinstance(part.get("weights"), dict)
            and all(isinstance(k, str) and isinstance(v, (int, float)) for k, v in part["weights"].items())):
        raise ModelError(f"{where}: not an attribution model (a part without a bias and numeric weights)")
    return Linear(float(part["bias"]), dict(part["weights"]))


def load(path) -> Model:
    """The model in a JSON file written by `train/attribution.py`."""
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ModelError(f"{where}: cannot read the attribution model ({exc.__class__.__name__}: {exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"{where}: not an attribution model (no \"format\": \"{FORMAT}\")")
    threshold, broad_threshold = data.get("threshold", 0.5), data.get("broad_threshold")
    if not isinstance(threshold, (int, float)) or not isinstance(broad_threshold, (int, float, type(None))):
        raise ModelError(f"{where}: not an attribution model (a threshold that is not a number)")
    keep = _linear(data.get("keep"), where)
    return Model(keep, float(threshold), _linear(data.get("speaker"), where), bool(data.get("broad")) and keep is not None,
                 None if broad_threshold is None else float(broad_threshold), bool(data.get("nominal")))


_state: dict = {}


def use(path) -> None:
    """Read statements with the model at `path` from now on (None: the rules alone)."""
    _state["model"] = load(path) if path else None


def use_model(model: Optional[Model]) -> None:
    """Read statements with `model` (already read, e.g. sent to a cluster's worker; None: the rules alone)."""
    _state["model"] = model


def configured() -> Optional[Model]:
    """The model in use: the one given to `use`, else the one the environment names, else None."""
    if "model" not in _state:
        use(os.environ.get(ENV) or None)
    return _state["model"]


def wants_broad() -> bool:
    """Whether the model in use judges the broad candidates (`statements.find_statements`)."""
    model = configured()
    return model is not None and model.broad


def wants_nominal() -> bool:
    """Whether the broad candidates of the model in use include statements named by a noun."""
    model = configured()
    return model is not None and model.broad and model.nominal


def revise(text: str, doc, index: ActorIndex, findings: list[StatementFinding],
           broad: Optional[list[bool]] = None, model: Optional[Model] = None) -> list[StatementFinding]:
    """The rules' statements as the model reads them: some dropped, some speakers changed.
    Without a model (the default), the findings as they are, less any broad candidate."""
    model = model or configured()
    broad = broad or [False] * len(findings)
    if model is None or model.keep is None:
        findings = [f for f, b in zip(findings, broad) if not b]
        broad = [False] * len(findings)
    if model is None:
        return findings
    kept = []
    earlier: list[Optional[str]] = []          # the rules' speakers so far, as at training
    context = rule_context(findings, broad)
    for finding, extra in zip(findings, broad):
        cue = _cue(doc, finding)
        rule_speaker = finding.speaker
        if model.keep is not None and not model.keeps(statement_features(text, doc, index, finding, cue, extra, context), extra):
            earlier += [] if extra else [rule_speaker]
            continue
        if model.speaker is not None:
            _choose_speaker(model.speaker, text, candidates(text, doc, index, finding, cue, earlier), finding)
        earlier += [] if extra else [rule_speaker]
        kept.append(finding)
    return kept


def _choose_speaker(speaker_model: Linear, text: str, options: list["Candidate"], finding: StatementFinding) -> None:
    if not options:
        return
    scored = [(speaker_model.probability(c.features), -c.distance, c.actor, c) for c in options]
    best = max(scored, key=lambda s: (s[0], s[1], s[2]))
    if best[2] == finding.speaker:
        return
    rule = next((s for s in scored if s[2] == finding.speaker), None)
    # No speaker from the rules: one is given only when the model is more sure than not.
    if (rule is None and best[0] >= 0.5) or (rule is not None and best[0] > rule[0]):
        finding.speaker = best[2]
        if best[3].span is not None:
            finding.speaker_text = text[best[3].span[0]:best[3].span[1]]


def _cue(doc, finding: StatementFinding):
    if finding.cue_token is not None and 0 <= finding.cue_token < len(doc):
        return doc[finding.cue_token]
    span = doc.char_span(finding.cue_start, finding.cue_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else doc[0]


def _bucket(n: int, edges=(0, 1, 3, 7, 15, 30)) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def _head(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def statement_features(text: str, doc, index: ActorIndex, finding: StatementFinding, cue,
                       broad: bool = False, context: tuple = ()) -> list[str]:
    """What the keep model reads of one statement: its cue, its content, its speaker, and
    whether it is one of the broad candidates rather than the rules'."""
    kind = "direct" if finding.direct else "reported"
    content = text[finding.quote_start:finding.quote_end]
    words = len(content.split())
    first = _head(doc, finding.quote_start, min(finding.quote_end, finding.quote_start + 1)) or cue
    actor = index.get(finding.speaker) if finding.speaker else None
    where = "inside" if finding.quote_start <= finding.cue_start < finding.quote_end else (
        "before" if finding.cue_start < finding.quote_start else "after")
    sentence = cue.sent
    feats = [f"kind={kind}", f"lemma={cue.lemma_.lower()}", f"kind_lemma={kind}|{cue.lemma_.lower()}",
             f"cue_pos={cue.pos_}", f"cue_tag={cue.tag_}", f"cue_dep={cue.dep_}", f"cue_where={where}",
             f"words={_bucket(words)}", f"kind_words={kind}|{_bucket(words)}", f"segments={len(finding.segments)}",
             f"first={first.lower_ if first.is_stop else first.pos_}", f"first_dep={first.dep_}",
             f"speaker={actor.type if actor else 'none'}", f"speaker_generic={bool(actor and actor.generic)}",
             f"speaker_text={_text_kind(doc, finding)}", f"cue_subject={_subject_kind(cue)}",
             f"sentence_first={sentence.start == 0}", f"marks={_marks(content)}",
             f"cue_head_pos={cue.head.pos_}", f"cue_neg={any(c.dep_ == 'neg' for c in cue.children)}",
             f"content_root_dep={(first.head.dep_ if first.head is not None else '')}"]
    return feats + _origin_features(doc, finding, cue, broad) + _shape_features(doc, finding, cue, broad, context)


def rule_context(findings: list[StatementFinding], broad: list[bool]) -> tuple:
    """Where the rules' own statements of a document are (their cues and contents), for
    `statement_features`: a candidate beside or inside one of them reads differently."""
    rules = [f for f, b in zip(findings, broad) if not b]
    return tuple(sorted((f.cue_start, f.quote_start, f.quote_end) for f in rules))


def _shape_features(doc, finding: StatementFinding, cue, broad: bool, context: tuple) -> list[str]:
    """The shape of the candidate's clause, which a cue lexicon alone does not see: the kind of
    complement ("that", "to", "if", an object), the subject's word and kind, a modal or a
    negation, the verb it hangs from, and whether the rules found a statement in the sentence
    or around this one. Crossed with whether the candidate is a broad one."""
    root = _head(doc, finding.quote_start, finding.quote_end)
    lemma = cue.lemma_.lower()
    marker = "none"
    if root is not None:
        marker = next((c.lower_ for c in root.children if c.dep_ in ("mark", "aux") and c.i < root.i), root.pos_)
    subject = next((c for c in cue.children if c.dep_ in D.SUBJECT_DEPS), None)
    said_by = "none" if subject is None else (
        subject.ent_type_ or (subject.lower_ if subject.pos_ == "PRON" else subject.lemma_.lower()))
    aux = sorted({c.lower_ for c in cue.children if c.dep_ == "aux" and c.tag_ == "MD"} or {"-"})[0]
    sentence = cue.sent
    beside = [c for c in context if sentence.start_char <= c[0] < sentence.end_char and c[0] != finding.cue_start]
    inside = any(q0 <= finding.cue_start < q1 for _, q0, q1 in context if (q0, q1) != (finding.quote_start, finding.quote_end))
    gap = abs(finding.quote_start - cue.idx) if finding.quote_start > cue.idx else -1
    feats = [f"marker={marker}", f"lemma_marker={lemma}|{marker}", f"said_by={said_by}",
             f"lemma_said_by={lemma}|{said_by if subject is None or subject.ent_type_ else subject.pos_}",
             f"modal={aux}", f"lemma_neg={lemma}|{any(c.dep_ == 'neg' for c in cue.children)}",
             f"governor={cue.head.lemma_.lower() if cue.dep_ in D.GOVERNED_VERB_DEPS else '-'}",
             f"rules_beside={min(len(beside), 2)}", f"inside_rules={inside}", f"gap={_bucket(gap // 5 if gap >= 0 else 0)}",
             f"content_pos={root.pos_ if root is not None else '-'}"]
    return [f"{'b' if broad else 'r'}:{f}" for f in feats]


def _origin_features(doc, finding: StatementFinding, cue, broad: bool) -> list[str]:
    """The same features, apart for the broad candidates: a verb the rules never take as a cue
    needs weights of its own."""
    root = _head(doc, finding.quote_start, finding.quote_end)
    relation = f"{root.dep_}|{root.head.i == cue.i}" if root is not None else "none"
    own = [f"content={relation}", f"subject={_subject_kind(cue).split(':')[0]}|{cue.lemma_.lower()}",
           f"ent={root.ent_type_ if root is not None and root.ent_type_ else '-'}|{relation}"]
    if not broad:
        return own
    nominal = _nominal_features(doc, finding, cue) if cue.pos_ == "NOUN" else []
    return ["broad", f"broad_lemma={cue.lemma_.lower()}", f"broad_tag={cue.tag_}"] + [f"broad_{f}" for f in own] + nominal


def _nominal_features(doc, finding: StatementFinding, cue) -> list[str]:
    """A broad candidate named by a noun ("the DNC's decision to …", "support for Trump"): whose
    it is (a possessor, a "by"/"of" phrase, the subject of the verb it is the object of, no one)
    and how its content hangs from it (a "that" clause, a "to" infinitive, a preposition's object)."""
    lemma = cue.lemma_.lower()
    owner = next((("poss:" + (c.lower_ if c.pos_ == "PRON" else c.ent_type_ or c.pos_)) for c in cue.children
                  if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((f"prep:{c.lower_}" for c in cue.children if c.dep_ == "prep" and c.i == cue.i + 1
                      and any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_) for o in c.children)), None)
    if owner is None and cue.dep_ in D.OBJECT_CONTENT_DEPS and any(c.dep_ in D.SUBJECT_DEPS for c in cue.head.children):
        owner = "verb_subject"
    owner = owner or "none"
    first = _head(doc, finding.quote_start, min(finding.quote_end, finding.quote_start + 1))
    complement = "other"
    if first is not None:
        before = doc[first.i - 1] if first.i > 0 else first
        complement = "to" if first.lower_ == "to" else (before.lower_ if before.dep_ in ("mark", "prep") else "other")
    owned = owner.split(":")[0]
    return ["nominal", f"nominal_lemma={lemma}", f"nominal_owner={owner}", f"nominal_complement={complement}",
            f"nominal_lemma_complement={lemma}|{complement}", f"nominal_lemma_owned={lemma}|{owned}",
            f"nominal_owned_complement={owned}|{complement}", f"nominal_dep={cue.dep_}"]


def _marks(content: str) -> str:
    return "open" if content[:1] in "“\"" else ("some" if any(c in content for c in "“”\"") else "none")


def _text_kind(doc, finding: StatementFinding) -> str:
    if not finding.speaker_text:
        return "none"
    words = finding.speaker_text.split()
    if len(words) == 1 and words[0][:1].islower():
        return "lower1"
    return "capital" if words[0][:1].isupper() else "lower"


def _subject_kind(cue) -> str:
    subject = next((c for c in cue.children if c.dep_ in D.SUBJECT_DEPS), None)
    if subject is None:
        return "none"
    return f"{subject.dep_}:{subject.pos_}:{subject.ent_type_ or '-'}"


@dataclass
class Candidate:
    actor: str
    span: Optional[tuple[int, int]]
    distance: int
    features: list[str]


def candidates(text: str, doc, index: ActorIndex, finding: StatementFinding, cue,
               earlier: list[Optional[str]]) -> list[Candidate]:
    """The actors that could be the speaker, each with what the speaker model reads of it: the
    mentions in the cue's sentence and the one before (the nearest mention of each actor), the
    rules' choice, the last two speakers and the last three actors named before. The rules'
    choice is one feature among the others: the model learns when to trust it."""
    sentence = cue.sent
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    nearest: dict[str, tuple[int, int, int]] = {}
    for s, e, aid in index.overlapping(previous.start_char, sentence.end_char):
        head = _head(doc, s, e)
        distance = abs(head.i - cue.i) if head is not None else 99
        if aid not in nearest or distance < nearest[aid][2]:
            nearest[aid] = (s, e, distance)
    last = [a for a in earlier if a][-2:][::-1]
    before = _named_before(index, previous.start_char)
    ids = list(dict.fromkeys(list(nearest) + [a for a in [finding.speaker, *last, *before] if a]))
    ranks = {aid: r for r, aid in enumerate(sorted(nearest, key=lambda a: (nearest[a][2], nearest[a][0])))}
    subject = _subject_kind(cue)
    said_by = _capitalised(finding.speaker_text), _capitalised(_subject_text(cue))
    options = []
    for aid in ids:
        actor = index.get(aid)
        if actor is None:
            continue
        place = nearest.get(aid)
        feats = _mention_features(doc, finding, cue, sentence, place) if place else ["where=absent"]
        rank = ranks.get(aid, 9)
        if aid in before and not place:
            feats.append(f"back={before.index(aid)}")
        feats += [f"type={actor.type}", f"generic={actor.generic}", f"rule={aid == finding.speaker}",
                  f"rule_none={finding.speaker is None}", f"rank={min(rank, 3)}",
                  f"last={last.index(aid) if aid in last else 'no'}", f"mentions={_bucket(len(actor.mentions))}",
                  f"kind={'direct' if finding.direct else 'reported'}"]
        names = set().union(*(_capitalised(n) for n in (actor.name, *actor.aliases)))
        feats += [f"named_as_speaker={bool(names & said_by[0])}|type={actor.type}",
                  f"named_as_subject={bool(names & said_by[1])}|type={actor.type}"]
        feats += [f"subject_{f}" for f in (f"{subject}|{feats[0]}", f"{subject}|type={actor.type}",
                                             f"{subject}|last={aid in last}", f"{subject}|rule={aid == finding.speaker}")]
        feats += [f"rule={aid == finding.speaker}|{f}" for f in feats[:3]]
        if finding.speaker is None:
            feats += [f"rule_none|{f}" for f in feats[:3]]
        options.append(Candidate(aid, place[:2] if place else None, place[2] if place else 99, feats))
    return options


def _capitalised(text: Optional[str]) -> set[str]:
    return set(re.findall(r"[A-Z][\w'’-]+", text or ""))


def _subject_text(cue) -> str:
    subject = next((c for c in cue.children if c.dep_ in D.SUBJECT_DEPS or c.dep_ == "agent"), None)
    if subject is None:
        return ""
    return subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text


def _named_before(index: ActorIndex, offset: int, most: int = 3) -> list[str]:
    """The last actors named before `offset`, the latest first ("he said" three sentences on)."""
    found: list[str] = []
    for _, _, aid in reversed(index.starting_before(offset)):
        if aid not in found:
            found.append(aid)
            if len(found) == most:
                break
    return found


def _mention_features(doc, finding: StatementFinding, cue, sentence, place: tuple[int, int, int]) -> list[str]:
    s, e, distance = place
    head = _head(doc, s, e)
    in_sentence = sentence.start_char <= s < sentence.end_char
    where = ("before" if s < cue.idx else "after") if in_sentence else "previous"
    inside = any(a <= s < b for a, b in finding.pieces)
    feats = [f"where={where}|inside={inside}", f"distance={_bucket(distance)}", f"inside={inside}"]
    if head is None:
        return feats
    to_cue = head.head.i == cue.i
    grand = head.head.head.i == cue.i and head.head.i != head.i
    feats += [f"dep={head.dep_}", f"dep_cue={head.dep_}|{to_cue}", f"dep_grand={head.head.dep_}|{head.dep_}|{grand}",
              f"under_cue={cue in head.ancestors}", f"over_cue={head in cue.ancestors}",
              f"where_dep={where}|{head.dep_}|{to_cue}", f"ent={head.ent_type_ or '-'}"]
    return feats
