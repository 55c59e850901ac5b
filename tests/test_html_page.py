"""The interactive page (`--format html`) in a real browser: Debian's headless Chromium driven by
Selenium through the system chromedriver (nothing is downloaded; `.ci/run` installs the two
packages). The page must load without a console error, show the right number of items, and let
the search box, the actor filter and the kind filter change what is shown; the article text in it
stays text.

Without Chromium these tests skip, saying so; the checks that need no browser run anyway."""
from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SHARED

from timeline.export.html_page import html_page, page_events, write_html
from timeline.model import Actor, Document, Event, EventTime, Participant, Span, Timeline

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
POLNEAR_DEV = SHARED / "data" / "polnear-dev" / "docs.jsonl"


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000"):
        options.add_argument(arg)
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


class Page:
    """The page open in the browser, read the way a user sees it."""

    def __init__(self, driver, path: Path):
        self.driver = driver
        driver.get(path.resolve().as_uri())
        self.wait(lambda d: d.find_element("id", "count").get_attribute("data-shown") is not None)
        self.settle()

    def wait(self, condition):
        from selenium.webdriver.support.ui import WebDriverWait
        WebDriverWait(self.driver, 20).until(condition)

    def settle(self):
        """Let the debounced search and the next animation frame run."""
        self.driver.execute_async_script(
            "var done = arguments[0]; setTimeout(function () { requestAnimationFrame(function () {"
            " requestAnimationFrame(function () { done(); }); }); }, 200);")

    def shown(self) -> int:
        return int(self.driver.find_element("id", "count").get_attribute("data-shown"))

    def on_axis(self) -> int:
        """Items drawn on the axis: a grouped mark counts its items."""
        return self.driver.execute_script(
            "var n = 0; document.querySelectorAll('#axis .mark').forEach(function (m) {"
            " n += +m.getAttribute('data-n'); }); return n;")

    def rows(self) -> list[str]:
        return self.driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('#list > li'), function (li) {"
            " return li.textContent; });")

    def errors(self) -> list[dict]:
        return [e for e in self.driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]

    def search(self, text: str):
        box = self.driver.find_element("id", "q")
        box.clear()
        if text:
            box.send_keys(text)
        else:
            self.driver.execute_script("var q = document.getElementById('q'); q.dispatchEvent(new Event('input'));")
        self.settle()

    def choose_actor(self, name: str):
        from selenium.webdriver.support.ui import Select
        select = Select(self.driver.find_element("id", "actor"))
        option = next(o for o in select.options if o.text == name or o.text.rsplit(" (", 1)[0] == name)
        select.select_by_visible_text(option.text)
        self.settle()

    def click(self, button_id: str):
        self.driver.find_element("id", button_id).click()
        self.settle()

    def choose_kind(self, kind: str):
        self.driver.find_element("css selector", f"input[name=kind][value={kind}]").click()
        self.settle()


def _check_page(page: Page, tl: Timeline) -> None:
    """What a reader of any timeline's page can rely on."""
    events = page_events(tl)
    assert page.errors() == []
    page.click("all")                                    # the whole time axis
    assert page.shown() == len(events) == page.on_axis()
    assert len(page.rows()) == min(len(events), 200)
    # an actor filter shows that actor's items only
    names = {a.id: a.name for a in tl.actors}
    involved = Counter(names[a] for e in events for a in {p.actor for p in e.actors} | {e.speaker} if a in names)
    busiest, items = involved.most_common(1)[0]
    page.choose_actor(busiest)
    assert page.shown() == items < len(events)
    assert page.on_axis() == page.shown()
    page.choose_actor("all actors")
    assert page.shown() == len(events)
    # the kind filter
    page.choose_kind("statement")
    assert page.shown() == sum(e.kind == "statement" for e in events)
    page.choose_kind("all")
    # zooming in shows a stretch of time; Fit and All come back
    for _ in range(3):
        page.click("zoom-in")
    assert page.on_axis() <= page.shown()
    page.click("fit")
    page.click("all")
    assert page.on_axis() == page.shown()
    assert page.errors() == []


def test_the_sample_page_works_in_a_browser(browser, sample_timeline, tmp_path):
    page = Page(browser, write_html(sample_timeline, tmp_path / "sample.html"))
    _check_page(page, sample_timeline)
    # search narrows to what mentions the words
    page.search("Tom Watson")
    watson = page.shown()
    assert 0 < watson < len(page_events(sample_timeline))
    assert all("watson" in r.lower() for r in page.rows()) or watson == len(page.rows())
    # an item opens to its sentence, quote, speaker, source title, URL and date
    page.search("heartfelt")
    page.choose_kind("statement")
    # the row of Corbyn's words (the article's title says "heartfelt" too, so every statement shows)
    row = next(r for r in browser.find_elements("css selector", "#list > li") if "Corbyn" in r.text)
    row.find_element("css selector", "button").click()
    detail = browser.find_element("id", "detail").text
    statement = next(e for e in page_events(sample_timeline) if e.kind == "statement" and "heartfelt" in e.quote)
    doc = sample_timeline.documents[0]
    for expected in (statement.sentence.text, statement.quote, "Jeremy Corbyn", doc.title, doc.url, "26 Feb 2019"):
        assert expected in detail
    link = browser.find_element("css selector", "#detail a")
    assert link.get_attribute("href") == doc.url and link.get_attribute("rel") == "noopener noreferrer"
    assert page.errors() == []


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="../shared/data/polnear-dev is not here (research-only data)")
def test_the_page_of_84_articles_works_in_a_browser(browser, tmp_path):
    import timeline

    tl = timeline.build(POLNEAR_DEV)
    assert len(tl.documents) == 84
    _check_page(Page(browser, write_html(tl, tmp_path / "polnear.html")), tl)


def _big_timeline(n: int) -> Timeline:
    """`n` dated events and statements by 40 actors over 30 years."""
    doc = Document("d", "x" * 100, date(2020, 1, 1), "A big story", "Wire", "https://example.org/big")
    actors = tuple(Actor(f"a{i}", f"Actor {i}", "PERSON") for i in range(40))
    events = []
    for i in range(n):
        day = date(1990, 1, 1) + timedelta(days=(i * 7919) % 10950)
        kind = "statement" if i % 3 == 0 else "event"
        who = f"a{(i * 7) % 40}"
        events.append(Event(f"e{i}", "d", kind, f"the council approved plan {i} for the city", Span(0, 1, "x"), Span(0, 100, "x" * 100),
                            EventTime(day.isoformat(), day, day, "day"), "past",
                            (Participant(who, "speaker" if kind == "statement" else "agent"),),
                            quote=f"we will build {i} new homes this year" if kind == "statement" else None, speaker=who if kind == "statement" else None))
    return Timeline((doc,), actors, tuple(events), title="Big")


def test_a_page_of_5000_events_keeps_the_page_small(browser, tmp_path):
    tl = _big_timeline(5000)
    page = Page(browser, write_html(tl, tmp_path / "big.html"))
    assert page.errors() == []
    page.click("all")
    assert page.shown() == 5000 == page.on_axis()
    assert len(page.rows()) == 200                       # the list grows on demand
    marks = len(browser.find_elements("css selector", "#axis .mark"))
    assert marks < 2500                                  # crowded stretches are grouped, not drawn one by one
    browser.find_element("id", "more").click()
    assert len(page.rows()) == 400


# --- without a browser ---------------------------------------------------------------------------

class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self.scripts.append(dict(attrs))


HOSTILE = ('</script><script>alert(1)</script> <!-- <img src=x onerror=alert(2)> \u2028\u2029 '
           '"><svg onload=alert(3)> ]]> \ud800')


def test_article_text_cannot_leave_the_data_element():
    doc = Document("d", HOSTILE * 3, date(2019, 2, 26), HOSTILE, HOSTILE, "javascript:alert(4)")
    actor = Actor("a1", HOSTILE, "PERSON")
    span = Span(0, len(HOSTILE), HOSTILE)
    when = EventTime("2019", date(2019, 1, 1), date(2019, 12, 31), "year", text=HOSTILE)
    tl = Timeline((doc,), (actor,), (Event("e1", "d", "statement", HOSTILE, span, span, when, "past",
                                           (Participant("a1", "speaker"),), quote=HOSTILE, speaker="a1"),),
                  title=HOSTILE)
    page = html_page(tl)
    parser = _Scripts()
    parser.feed(page)
    assert parser.scripts == [{"type": "application/json", "id": "data"}, {}]     # no script of the article's
    assert [(t, a.get("id")) for t, a in parser.tags if t in ("img", "svg", "iframe", "object", "embed")] == \
        [("svg", "axis")]                                                         # the page's own axis only
    assert "javascript:" not in page                                              # only http(s) links
    data = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)[1]
    assert json.loads(data)["items"][0]["q"] == HOSTILE.replace("\ud800", "\ufffd")
    assert "\u2028" not in data and "\u2029" not in data
    page.encode("utf-8")                                                          # a lone surrogate is replaced


def test_the_page_is_self_contained_and_the_same_every_time(sample_timeline):
    page = html_page(sample_timeline)
    assert page == html_page(sample_timeline)
    assert not re.search(r'\b(?:src|href)="(?!#)', page)         # nothing loaded from elsewhere
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "A timeline of" in page                               # the alt text is on the page


def test_the_templates_are_package_data():
    tomllib = pytest.importorskip("tomllib", reason="Python 3.11 reads pyproject.toml")

    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["timeline.export"]
    templates = root / "timeline" / "export" / "templates"
    assert {p.name for p in templates.iterdir()} <= {p.name for pat in patterns
                                                      for p in (root / "timeline" / "export").glob(pat)}
