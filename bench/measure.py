"""One visit of each kind the benchmark makes, in a fresh Chromium context, and what it saw.

bench/run.py says what is measured and why; this module drives the pages: the worksheets
it visits, the scripts it puts in every page before the page's own, the traffic it counts,
and one function per kind of visit, each returning plain numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Browser, BrowserContext, Page, Request

TIMEOUT_MS = 60_000
PRIMING_VISITS = 3  # at most this many visits for a return visit to be warm
EDIT_PAUSE_MS = 100
RUNTIME_PATH = "/worksheets/runtime/"  # Pyodide, the worksheets wheel and the Python worker
RUNTIME_CACHE = "second-round-runtime"

PYTHON_READY = "performance.getEntriesByName('worksheet:python-ready').length > 0"
SNAPSHOT_SAVED = "performance.getEntriesByName('worksheet:cached-for-next-visit').length > 0"
RESTORED = "performance.getEntriesByName('worksheet:python-ready')[0].detail.restored"


@dataclass(frozen=True)
class Worksheet:
    """A worksheet page and how a visitor starts filling it in."""

    id: str  # its page: worksheets/<id>/
    short: str  # in measurement ids: "star", "plan"
    title: str
    storage_key: str
    add_button: str  # adds a record to `records`
    records: str
    name: tuple[str, str]  # the label and key of a record's first field, typed into at once
    edited: str  # the label of the field typed into for edit-to-feedback
    record: dict = field(default_factory=dict)  # a realistic record, for edit-to-feedback

    @property
    def path(self) -> str:
        return f"worksheets/{self.id}/"


STAR = Worksheet(
    id="star-stories",
    short="star",
    title="STAR story bank",
    storage_key="second-round:star-bank",
    add_button="Add a story",
    records="stories",
    name=("Title", "title"),
    edited="Action",
    record={
        "title": "Rescuing the quarterly release",
        "situation": (
            "Two weeks before our quarterly release, the payments team lost its lead "
            "and the test suite was failing on one build in three."
        ),
        "task": (
            "I was asked to get the release out on time without cutting the checks our "
            "auditors rely on."
        ),
        "action": (
            "I split the flaky tests from the real failures, paired with each developer "
            "for an hour to fix theirs, and set up a short daily check-in so blockers "
            "surfaced the same morning."
        ),
        "result": (
            "We shipped on the planned date, failed builds dropped from one in three to "
            "one in twenty, and the daily check-in is still running."
        ),
        "competencies": ["leadership", "deadline-pressure", "problem-solving"],
    },
)
PLAN = Worksheet(
    id="interview-plan",
    short="plan",
    title="Interview plan",
    storage_key="second-round:interview-plan",
    add_button="Add a person",
    records="people",
    name=("Name", "name"),
    edited="What I know about them",
    record={
        "name": "Dana Ortiz",
        "role": "Head of Data",
        "kind": "hiring-manager",
        "known": (
            "Leads the reporting team of six; came from a consultancy two years ago and "
            "asked in round one how I handle messy source data."
        ),
        "wants": "Whether I can own the reporting backlog without hand-holding.",
    },
)

DEBRIEF = Worksheet(
    id="first-round-debrief",
    short="debrief",
    title="First-round debrief",
    storage_key="second-round:first-round-debrief",
    add_button="Add a question",
    records="answers",
    name=("The question", "question"),
    edited="What I would say now",
    record={
        "question": "Tell me about a time you missed a deadline.",
        "said": "I talked about the team and never said what I did.",
        "now": "I would tell the story of the reporting backlog and the two days I saved.",
    },
)
DRILL = Worksheet(
    id="practice-drill",
    short="drill",
    title="Practice drill",
    storage_key="second-round:practice-drill",
    add_button="Add a question",
    records="own_questions",
    name=("Question", "text"),
    edited="Points I want to make (optional)",
    record={
        "text": "Why do you want to leave your current job?",
        "notes": "Build on my round-one answer: growth, not escape.",
    },
)
FIT = Worksheet(
    id="fit-reflection",
    short="fit",
    title="Fit and reflection",
    storage_key="second-round:fit-reflection",
    add_button="Add a question",
    records="off_guard",
    name=("Question", "question"),
    edited="What I would say now",
    record={
        "question": "What would your last manager say you should improve?",
        "clarity": "muddled",
        "now": "That I should delegate sooner, and how I now do it.",
    },
)

# Every worksheet page, measured the same way against the same budgets.
WORKSHEETS = (STAR, PLAN, DEBRIEF, DRILL, FIT)

# Runs in every page before its own scripts: keeps the long tasks the main thread reports.
LONG_TASKS_SCRIPT = """
if (typeof window !== "undefined" && typeof PerformanceObserver !== "undefined") {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (error) { /* longtask not supported: no entries */ }
}
"""

# For the typing measurement: when each write to storage happened, and when the first
# keystroke's input event reached the page.
SAVES_SCRIPT = """
if (typeof window !== "undefined") {
  window.__saves = [];
  window.__firstInput = null;
  addEventListener("input", () => { window.__firstInput ??= performance.now(); }, true);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    setItem.call(this, key, value);
    window.__saves.push({ at: performance.now(), key, value });
  };
}
"""

# Saves a worksheet holding one realistic record, shaped by the spec the page carries.
SEED_SCRIPT = """([key, records, values]) => {
  const { spec } = JSON.parse(document.querySelector(".worksheet-data").textContent);
  const list = spec.fields.find((field) => field.name === records).records;
  const document_ = structuredClone(spec.empty);
  document_[records] = [{ ...structuredClone(list.blank), ...values, id: `${list.id_prefix}-bench001` }];
  localStorage.setItem(key, JSON.stringify(document_));
}"""


# -- network traffic --------------------------------------------------------------------------


class Traffic:
    """Every request a context finishes: its pages', its workers' and its service worker's."""

    def __init__(self, context: BrowserContext):
        self.finished: list[Request] = []
        context.on("requestfinished", lambda request: self.finished.append(request))

    def clear(self) -> None:
        self.finished.clear()

    def summary(self) -> dict:
        """The page's and its workers' requests; the service worker's own fetches (to keep the
        site for offline use) are counted apart, in offline_bytes."""
        made = [r for r in self.finished if r.service_worker is None]
        own = [r for r in self.finished if r.service_worker is not None]
        sizes = [bytes_transferred(r) for r in made]
        return {
            "bytes": sum(sizes),
            "offline_bytes": sum(bytes_transferred(r) for r in own),
            "requests": len(made),
            "network_requests": sum(size > 0 for size in sizes),
            "served_by_service_worker": sum(map(served_by_service_worker, made)),
            "runtime_requests": sum(RUNTIME_PATH in r.url for r in made),
        }

    def wasm_from_service_worker(self) -> bool:
        """Whether the worker's request for the WebAssembly file was answered by the SW."""
        wasm = [r for r in self.finished if r.url.endswith(".wasm") and r.service_worker is None]
        return bool(wasm) and all(map(served_by_service_worker, wasm))

    def runtime_received(self, time_origin: float) -> float:
        """When the last runtime file had arrived, in ms from navigation start."""
        ends = [
            r.timing["startTime"] + r.timing["responseEnd"] - time_origin
            for r in self.finished
            if RUNTIME_PATH in r.url and r.service_worker is None and r.timing["responseEnd"] >= 0
        ]
        return max(ends, default=0.0)


def served_by_service_worker(request: Request) -> bool:
    response = request.response()
    return response is not None and response.from_service_worker


def bytes_transferred(request: Request) -> int:
    """Response header and body bytes that crossed the network (compressed, if they were).

    Playwright's two sizes add up to what Chromium says was received: 0 for an answer from
    the browser's cache or the service worker (the body size is then minus the headers).
    For a worker's main script Chromium reports the headers but a body size of exactly 0;
    the Content-Length the server sent stands in for it (a 304 answer has none).
    """
    if served_by_service_worker(request):
        return 0
    sizes = request.sizes()
    total = sizes["responseBodySize"] + sizes["responseHeadersSize"]
    if sizes["responseBodySize"] == 0 and request.response() is not None:
        total += int(request.response().header_value("content-length") or 0)
    return max(total, 0)


# -- pages ------------------------------------------------------------------------------------


def new_context(browser: Browser, *scripts: str) -> BrowserContext:
    """A fresh context (empty cache, no service worker) that watches for long tasks."""
    context = browser.new_context()
    for script in (LONG_TASKS_SCRIPT, *scripts):
        context.add_init_script(script)
    return context


def python_ready_at(page: Page) -> float:
    """Wait for the python-ready mark; return it in ms from navigation start."""
    page.wait_for_function(PYTHON_READY, timeout=TIMEOUT_MS)
    return page.evaluate("performance.getEntriesByName('worksheet:python-ready')[0].startTime")


def mark_at(page: Page, name: str) -> float:
    return page.evaluate(f"performance.getEntriesByName('{name}')[0].startTime")


def longest_task_before(page: Page, until: float) -> float:
    """The longest main-thread task (>= 50 ms, or 0 if none) that started before `until`."""
    tasks = page.evaluate("window.__longTasks || []")
    return max((task["duration"] for task in tasks if task["start"] < until), default=0.0)


def runtime_cached(page: Page) -> bool:
    return page.evaluate(f"""async () => {{
        const cache = await caches.open("{RUNTIME_CACHE}");
        return (await cache.keys()).some((request) => request.url.endsWith(".wasm"));
    }}""")


def prime_return_visit(page: Page, url: str) -> int:
    """Visit until a return visit can be warm; return the visits it took.

    Warm means: the service worker is active and the Python worker has stored the runtime
    and its interpreter snapshot (leaving before the snapshot is written discards it).
    """
    for visit in range(1, PRIMING_VISITS + 1):
        if visit == 1:
            page.goto(url)
        else:
            page.reload()
        python_ready_at(page)
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.wait_for_function(SNAPSHOT_SAVED, timeout=TIMEOUT_MS)
        page.wait_for_load_state("networkidle")
        if runtime_cached(page):
            return visit
    raise RuntimeError(f"the runtime was not cached after {PRIMING_VISITS} visits")


def load_summary(page: Page, traffic: Traffic) -> dict:
    """After a load of a worksheet: when it was usable and Python ready, the longest task
    before that, when the runtime had arrived, and the traffic."""
    ready = python_ready_at(page)
    page.wait_for_load_state("networkidle")
    return {
        "ready": ready,
        "usable": mark_at(page, "worksheet:usable"),
        "longest_task": longest_task_before(page, ready),
        "runtime_received": traffic.runtime_received(page.evaluate("performance.timeOrigin")),
        **traffic.summary(),
    }


# -- the visits -------------------------------------------------------------------------------


def typing_saved(browser: Browser, url: str, sheet: Worksheet) -> dict:
    """When typing is saved, from navigation start.

    "page" is the page's own time: until the form is usable (its mark) plus the time from
    a keystroke's input event to its save. "scripted" is a scripted visitor's whole run,
    which adds Playwright's waits for the page, the button and the field.
    """
    context = new_context(browser, SAVES_SCRIPT)
    page = context.new_page()
    page.goto(url + sheet.path, wait_until="domcontentloaded")
    page.get_by_role("button", name=sheet.add_button).click()
    label, key = sheet.name
    page.get_by_label(label, exact=True).press_sequentially("S")
    saved = page.wait_for_function(
        """([storageKey, records, key]) => window.__saves.find(
        (save) => save.key === storageKey && JSON.parse(save.value)[records].some((r) => r[key] === "S"))""",
        arg=[sheet.storage_key, sheet.records, key],
        timeout=TIMEOUT_MS,
    ).json_value()
    usable = mark_at(page, "worksheet:usable")
    input_to_saved = saved["at"] - page.evaluate("window.__firstInput")
    context.close()
    return {
        "page": usable + input_to_saved,
        "scripted": saved["at"],
        "usable": usable,
        "input_to_saved": input_to_saved,
    }


def cold_load(browser: Browser, url: str, sheet: Worksheet) -> dict:
    """One first visit to a worksheet."""
    context = new_context(browser)
    traffic = Traffic(context)
    page = context.new_page()
    page.goto(url + sheet.path)
    result = load_summary(page, traffic)
    context.close()
    return result


def warm_load(browser: Browser, url: str, sheet: Worksheet) -> dict:
    """One return visit: visit until the runtime and snapshot are stored, then reload."""
    context = new_context(browser)
    traffic = Traffic(context)
    page = context.new_page()
    priming_visits = prime_return_visit(page, url + sheet.path)
    traffic.clear()
    page.reload()
    result = {
        **load_summary(page, traffic),
        "priming_visits": priming_visits,
        "wasm_from_service_worker": traffic.wasm_from_service_worker(),
        "restored": page.evaluate(RESTORED),
    }
    context.close()
    return result


def second_worksheet(browser: Browser, url: str, first: Worksheet, second: Worksheet) -> dict:
    """A first visit to `second` after one to `first` has stored the runtime and snapshot."""
    context = new_context(browser)
    traffic = Traffic(context)
    page = context.new_page()
    prime_return_visit(page, url + first.path)
    traffic.clear()
    page.goto(url + second.path)
    result = {**load_summary(page, traffic), "restored": page.evaluate(RESTORED)}
    context.close()
    return result


def edit_to_feedback(browser: Browser, url: str, sheet: Worksheet, text: str) -> list[float]:
    """Durations of every edit-to-feedback measure while `text` is typed, a key at a time."""
    context = new_context(browser)
    page = context.new_page()
    page.goto(url + sheet.path)
    page.evaluate(SEED_SCRIPT, [sheet.storage_key, sheet.records, sheet.record])
    page.reload()
    python_ready_at(page)
    page.wait_for_timeout(500)  # let the first review (of the loaded record) finish
    page.evaluate("performance.clearMeasures('worksheet:edit-to-feedback')")
    edited = page.get_by_label(sheet.edited, exact=True)
    edited.click()
    edited.press("Control+End")
    edited.press_sequentially(text, delay=EDIT_PAUSE_MS)
    page.wait_for_timeout(1000)  # the last edits' feedback
    durations = page.evaluate(
        "performance.getEntriesByName('worksheet:edit-to-feedback').map((entry) => entry.duration)"
    )
    context.close()
    return durations


def reading_page(browser: Browser, url: str) -> dict:
    """One first visit to a page without a worksheet: what it transferred, and what the
    service worker then downloaded to keep the site for offline use."""
    context = new_context(browser)
    traffic = Traffic(context)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    result = traffic.summary()
    context.close()
    return result
