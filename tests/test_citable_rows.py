"""Rows a fact-checker can cite: every CSV and JSON row carries its sentence and the article it
comes from (title, source, URL, publication date); the CSV's `date` is an ISO date or interval a
spreadsheet sorts, with the TIMEX3 value in `timex`; the file opens in Excel without mojibake; a
GEXF opened in Gephi runs its timeline over the events' dates."""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from datetime import date

from timeline.export import CSV_COLUMNS, write_csv, write_json
from timeline.export.graph import write_gexf
from timeline.export.rows import SPEC_COLUMNS


def _iso_interval(value: str) -> tuple[date, date]:
    start, _, end = value.partition("/")
    return date.fromisoformat(start), date.fromisoformat(end or start)


def test_every_csv_row_can_be_cited_and_sorted_by_date(sample_timeline, tmp_path):
    path = write_csv(sample_timeline, tmp_path / "t.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")          # UTF-8 with BOM: Excel shows “quotes”
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and list(rows[0]) == CSV_COLUMNS and CSV_COLUMNS[:len(SPEC_COLUMNS)] == SPEC_COLUMNS
    doc = sample_timeline.documents[0]
    by_id = {e.id: e for e in sample_timeline.events}
    for row in rows:
        e = by_id[row["event_id"]]
        assert row["sentence"] and row["sentence"] == e.sentence.text
        assert (row["source"], row["title"], row["url"], row["published"]) == \
            (doc.source, doc.title, doc.url, doc.published.isoformat())
        if e.time and e.time.earliest:
            start, end = _iso_interval(row["date"])                   # every date parses as ISO
            assert (start, end) == (e.time.earliest, e.time.latest)
            assert row["timex"] == e.time.value
        else:
            assert row["date"] == ""
    dated = [r["date"] for r in rows if r["date"]]
    assert sorted(dated) == sorted(dated, key=lambda d: _iso_interval(d))   # sorting the text sorts by time
    assert any("/" in d for d in dated) and any("/" not in d for d in dated)


def test_every_json_event_carries_its_sentence_and_article(sample_timeline, tmp_path):
    data = json.loads(write_json(sample_timeline, tmp_path / "t.json").read_text(encoding="utf-8"))
    text = data["documents"][0]["text"]
    for e in data["events"]:
        s = e["sentence"]
        assert s["text"] == text[s["start"]:s["end"]]
        assert e["document"] == {k: data["documents"][0][k] for k in ("title", "source", "url", "published")}


def test_gexf_times_are_event_dates_and_relations_are_static(sample_timeline, tmp_path):
    root = ET.parse(write_gexf(sample_timeline, tmp_path / "t.gexf")).getroot()
    ns = {"g": root.tag.split("}")[0][1:]}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    dated = {e.id: e.time for e in sample_timeline.events if e.time and e.time.earliest}
    spells = {n.get("id"): [(s.get("start"), s.get("end")) for s in n.iterfind("g:spells/g:spell", ns)]
              for n in graph.iterfind("g:nodes/g:node", ns)}
    assert {k for k, v in spells.items() if v} == set(dated)
    for node, when in dated.items():
        assert spells[node] == [(when.earliest.isoformat(), when.latest.isoformat())]
    for edge in graph.iterfind("g:edges/g:edge", ns):
        assert edge.get("start") is None and edge.get("end") is None   # no character offsets as times
        if edge.find("g:spells", ns) is not None:
            assert edge.get("target") in dated                         # participant edges live with their event
