"""Measure how fast Second Round is, print a table, and write data/benchmark.json.

This is a benchmark, not a test: it never fails because a number is over its budget. It
records each number, its budget and whether the budget was met, and the Performance page
(docs/about/performance.md, through macros/benchmark.py) shows them.

What is measured, and how. Headless Chromium is driven by Playwright; the site is served
by the plain static server the browser tests use (no caching headers, no compression, on
127.0.0.1, so downloads are nearly free and the numbers are mostly CPU time).

1. Full build: `mkdocs build` run BUILD_RUNS times, each into a new temporary folder;
   the median in seconds. The last build is the site every browser measurement uses.
2. Typing saved: a fresh browser context opens the worksheet; as soon as the DOM is
   loaded, "Add a story" is clicked and one character typed into Title. The number is the
   time from navigation start (performance.timeOrigin) until localStorage holds that
   character: an init script notes the moment of each write to the story bank's key.
   The page's "worksheet:usable" mark and the time from the keystroke's input event to
   the write are kept too, to show how much of the number is the page's.
3. Python ready, cold: a fresh context (empty cache, no service worker) opens the
   worksheet; the number is the "worksheet:python-ready" mark the page sets.
4. Python ready, warm: a fresh context opens the worksheet, waits for Python and for its
   service worker to be active and to hold the runtime (reloading if a visit did not fill
   the cache), then reloads; the number is the mark after that reload. Whether the
   WebAssembly file came from the service worker is recorded.
   For both, the moment the last runtime file arrived is kept: the rest is start-up work.
5. Longest main-thread task: a "longtask" PerformanceObserver, installed before any page
   script runs, records tasks of 50 ms or more; the longest that started before the
   python-ready mark is kept (0 when there was none), for the cold and the warm loads.
6. Edit to feedback: with Python ready and a realistic story saved, EDITS characters are
   typed into Action, EDIT_PAUSE_MS apart so each edit is reviewed on its own; every
   "worksheet:edit-to-feedback" measure is collected; the median and 95th percentile.
7. Bytes per kind of page: every request a context finishes, its workers' and service
   worker's included, counts with the response headers and body bytes that crossed the
   network. A response from the browser's cache or from the service worker counts 0.

Browser numbers are the median of LOAD_RUNS runs, each in its own fresh context.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page, Request, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.build import mkdocs_build  # noqa: E402  (needs ROOT on the path)
from tests.support.static_server import StaticServer  # noqa: E402

OUTPUT = ROOT / "data" / "benchmark.json"
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide" / "package.json"

BUILD_RUNS = 3
LOAD_RUNS = 5
EDITS = 30
EDIT_PAUSE_MS = 100
PRIMING_VISITS = 3  # at most this many visits for the service worker to cache the runtime
TIMEOUT_MS = 60_000

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-gpu"]

WORKSHEET = "worksheets/star-stories/"
READING_PAGES = (("home", "Home page", ""),
                 ("guide", "Guide page (STAR method)", "guide/star-method/"),
                 ("checklists", "Checklists page", "checklists/"))
RUNTIME_PATH = "/worksheets/runtime/"  # Pyodide, the worksheets wheel and the worker
BANK_KEY = "second-round:star-bank"
CACHE_NAME = "second-round-runtime"

# Budgets: a measured value meets its budget when it is at most this much.
BUDGETS = {
    "typing-saved": 300,
    "python-ready-cold": 3000,
    "python-ready-warm": 1000,
    "longest-task-cold": 200,
    "longest-task-warm": 200,
    "feedback-median": 50,
    "feedback-p95": 50,
}

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

# For the typing measurement: when each write to the story bank's key happened, and when
# the first keystroke's input event reached the page.
SAVES_SCRIPT = """
if (typeof window !== "undefined") {
  window.__saves = [];
  window.__firstInput = null;
  addEventListener("input", () => { window.__firstInput ??= performance.now(); }, true);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    setItem.call(this, key, value);
    if (key === "%s") window.__saves.push({ at: performance.now(), value });
  };
}
""" % BANK_KEY

PYTHON_READY = "performance.getEntriesByName('worksheet:python-ready').length > 0"
SNAPSHOT_SAVED = "performance.getEntriesByName('worksheet:cached-for-next-visit').length > 0"
RESTORED = "performance.getEntriesByName('worksheet:python-ready')[0].detail.restored"

# A story with realistic text in all four parts, for the edit-to-feedback measurement.
REALISTIC_STORY = {
    "id": "s-bench001",
    "title": "Rescuing the quarterly release",
    "situation": ("Two weeks before our quarterly release, the payments team lost its lead "
                  "and the test suite was failing on one build in three."),
    "task": ("I was asked to get the release out on time without cutting the checks our "
             "auditors rely on."),
    "action": ("I split the flaky tests from the real failures, paired with each developer "
               "for an hour to fix theirs, and set up a short daily check-in so blockers "
               "surfaced the same morning."),
    "result": ("We shipped on the planned date, failed builds dropped from one in three to "
               "one in twenty, and the daily check-in is still running."),
    "competencies": ["leadership", "deadline-pressure", "problem-solving"],
    "answers": "",
}
EDIT_TEXT = " I also wrote the fix up for the wider team."[:EDITS]
assert len(EDIT_TEXT) == EDITS, "EDIT_TEXT is shorter than EDITS"


# -- numbers ----------------------------------------------------------------------------------

def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value that `share` of the values are at or under."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def measurement(id: str, label: str, unit: str, samples: list[float],
                statistic: str = "median") -> dict:
    """One row of results: its value (the median, or the 95th percentile), the min, the max
    and the raw samples, judged against its budget if it has one."""
    digits = 2 if unit == "s" else 1
    value = statistics.median(samples) if statistic == "median" else percentile(samples, 0.95)
    value = round(value, digits)
    budget = BUDGETS.get(id)
    return {
        "id": id, "label": label, "unit": unit, "runs": len(samples),
        "statistic": statistic, "value": value,
        "min": round(min(samples), digits), "max": round(max(samples), digits),
        "samples": [round(sample, digits) for sample in samples],
        "budget": budget, "meets_budget": None if budget is None else value <= budget,
    }


# -- the build --------------------------------------------------------------------------------

def time_builds(folder: Path) -> tuple[list[float], Path]:
    """Build the site BUILD_RUNS times; return the durations and the last built site."""
    durations = []
    for run in range(1, BUILD_RUNS + 1):
        site = folder / f"site-{run}"
        began = time.perf_counter()
        result = mkdocs_build(ROOT / "mkdocs.yml", site)
        durations.append(time.perf_counter() - began)
        if result.returncode != 0:
            sys.exit(f"mkdocs build failed, nothing to measure:\n{result.stderr}")
    return durations, site


# -- network traffic --------------------------------------------------------------------------

class Traffic:
    """Every request a context finishes: its pages', its workers' and its service worker's."""

    def __init__(self, context: BrowserContext):
        self.finished: list[Request] = []
        context.on("requestfinished", lambda request: self.finished.append(request))

    def clear(self) -> None:
        self.finished.clear()

    def summary(self) -> dict:
        # The page's and its workers' requests; the service worker's own fetches (made to
        # answer some of them) count in the bytes and in what went over the network.
        made = [r for r in self.finished if r.service_worker is None]
        sizes = [bytes_transferred(r) for r in self.finished]
        return {
            "bytes": sum(sizes),
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
        ends = [r.timing["startTime"] + r.timing["responseEnd"] - time_origin
                for r in self.finished
                if RUNTIME_PATH in r.url and r.service_worker is None and r.timing["responseEnd"] >= 0]
        return max(ends, default=0.0)


def served_by_service_worker(request: Request) -> bool:
    response = request.response()
    return response is not None and response.from_service_worker


def bytes_transferred(request: Request) -> int:
    """Response header and body bytes that crossed the network.

    Playwright's two sizes add up to what Chromium says was received: 0 for an answer from
    the browser's cache or the service worker (the body size is then minus the headers).
    For a worker's main script Chromium reports the headers but a body size of exactly 0;
    the Content-Length the server sent stands in for it (a 304 answer has none).
    """
    if served_by_service_worker(request):
        return 0
    sizes = request.sizes()
    total = sizes["responseBodySize"] + sizes["responseHeadersSize"]
    if sizes["responseBodySize"] == 0:
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


def longest_task_before(page: Page, until: float) -> float:
    """The longest main-thread task (>= 50 ms, or 0 if none) that started before `until`."""
    tasks = page.evaluate("window.__longTasks || []")
    return max((task["duration"] for task in tasks if task["start"] < until), default=0.0)


def runtime_cached(page: Page) -> bool:
    return page.evaluate(f"""async () => {{
        const cache = await caches.open("{CACHE_NAME}");
        return (await cache.keys()).some((request) => request.url.endsWith(".wasm"));
    }}""")


def prime_return_visit(page: Page, url: str) -> int:
    """Visit until a return visit can be warm; return the visits it took.

    Warm means: the service worker is active and holds the runtime files, and the worker
    has finished saving its interpreter snapshot (leaving earlier discards the write).
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
    sys.exit(f"the runtime was not cached after {PRIMING_VISITS} visits")


def load_summary(page: Page, traffic: Traffic) -> dict:
    """After a load of the worksheet: python-ready, its longest task, when the runtime had
    arrived, and the traffic."""
    ready = python_ready_at(page)
    page.wait_for_load_state("networkidle")
    return {"ready": ready, "longest_task": longest_task_before(page, ready),
            "runtime_received": traffic.runtime_received(page.evaluate("performance.timeOrigin")),
            **traffic.summary()}


# -- the measurements -------------------------------------------------------------------------

def typing_saved(browser: Browser, url: str) -> dict:
    """When typing is saved, from navigation start.

    "page" is the page's own time: until the form is usable (its mark) plus the time from
    a keystroke's input event to its save. "scripted" is a scripted visitor's whole run,
    which adds Playwright's waits for the page, the button and the field.
    """
    context = new_context(browser, SAVES_SCRIPT)
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_role("button", name="Add a story").click()
    page.get_by_label("Title", exact=True).press_sequentially("S")
    saved = page.wait_for_function("""() => window.__saves.find(
        (save) => JSON.parse(save.value).stories.some((story) => story.title === "S"))""",
                                   timeout=TIMEOUT_MS).json_value()
    usable = page.evaluate("performance.getEntriesByName('worksheet:usable')[0].startTime")
    input_to_saved = saved["at"] - page.evaluate("window.__firstInput")
    result = {"page": usable + input_to_saved, "scripted": saved["at"], "usable": usable,
              "input_to_saved": input_to_saved}
    context.close()
    return result


def cold_load(browser: Browser, url: str) -> dict:
    """One first visit to the worksheet."""
    context = new_context(browser)
    traffic = Traffic(context)
    page = context.new_page()
    page.goto(url)
    result = load_summary(page, traffic)
    context.close()
    return result


def warm_load(browser: Browser, url: str) -> dict:
    """One return visit: visit until the service worker holds the runtime, then reload."""
    context = new_context(browser)
    traffic = Traffic(context)
    page = context.new_page()
    priming_visits = prime_return_visit(page, url)
    traffic.clear()
    page.reload()
    result = {**load_summary(page, traffic), "priming_visits": priming_visits,
              "wasm_from_service_worker": traffic.wasm_from_service_worker(),
              "restored": page.evaluate(RESTORED)}
    context.close()
    return result


def edit_to_feedback(browser: Browser, url: str) -> list[float]:
    """Durations of every edit-to-feedback measure while EDITS characters are typed."""
    context = new_context(browser)
    page = context.new_page()
    page.goto(url)
    bank = page.evaluate("JSON.parse(document.getElementById('star-bank-data').textContent).empty_bank")
    bank["stories"] = [REALISTIC_STORY]
    page.evaluate("([key, bank]) => localStorage.setItem(key, JSON.stringify(bank))", [BANK_KEY, bank])
    page.reload()
    python_ready_at(page)
    page.wait_for_timeout(500)  # let the first review (of the loaded story) finish
    page.evaluate("performance.clearMeasures('worksheet:edit-to-feedback')")
    action = page.get_by_label("Action", exact=True)
    action.click()
    action.press("Control+End")
    action.press_sequentially(EDIT_TEXT, delay=EDIT_PAUSE_MS)
    page.wait_for_timeout(1000)  # the last edits' feedback
    durations = page.evaluate(
        "performance.getEntriesByName('worksheet:edit-to-feedback').map((entry) => entry.duration)")
    context.close()
    return durations


def reading_page(browser: Browser, url: str) -> dict:
    """One first visit to a page without a worksheet: what it transferred."""
    context = new_context(browser)
    traffic = Traffic(context)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    result = traffic.summary()
    context.close()
    return result


# -- putting it together ----------------------------------------------------------------------

def page_row(id: str, label: str, path: str, runs: list[dict]) -> dict:
    """A kind of page's traffic: the median of each count over its runs."""
    def median_of(key: str) -> int:
        return round(statistics.median(run[key] for run in runs))

    return {"id": id, "label": label, "path": path, "runs": len(runs),
            "bytes": median_of("bytes"), "requests": median_of("requests"),
            "network_requests": median_of("network_requests"),
            "served_by_service_worker": median_of("served_by_service_worker"),
            "runtime_requests": max(run["runtime_requests"] for run in runs)}


def run_browser_measurements(browser: Browser, base: str) -> dict:
    worksheet = base + WORKSHEET
    step("typing saved", LOAD_RUNS)
    typing = [typing_saved(browser, worksheet) for _ in range(LOAD_RUNS)]
    step("first visits", LOAD_RUNS)
    cold = [cold_load(browser, worksheet) for _ in range(LOAD_RUNS)]
    step("return visits", LOAD_RUNS)
    warm = [warm_load(browser, worksheet) for _ in range(LOAD_RUNS)]
    step("edit to feedback", EDITS)
    feedback = edit_to_feedback(browser, worksheet)
    step("reading pages", len(READING_PAGES))
    reading = [page_row(id, label, path, [reading_page(browser, base + path)])
               for id, label, path in READING_PAGES]
    return {
        "measurements": [
            measurement("typing-saved", "Typing saved, from navigation start (usable + keystroke to saved)", "ms",
                        [run["page"] for run in typing]),
            measurement("typing-saved-scripted", "Typing saved, scripted visitor (adds Playwright's waits)", "ms",
                        [run["scripted"] for run in typing]),
            measurement("worksheet-usable", "Worksheet usable (form shown, saving works)", "ms",
                        [run["usable"] for run in typing]),
            measurement("keystroke-saved", "Keystroke to saved", "ms",
                        [run["input_to_saved"] for run in typing]),
            measurement("python-ready-cold", "Python ready, first visit", "ms", [r["ready"] for r in cold]),
            measurement("runtime-received-cold", "Runtime files received, first visit", "ms",
                        [r["runtime_received"] for r in cold]),
            measurement("python-ready-warm", "Python ready, return visit", "ms", [r["ready"] for r in warm]),
            measurement("runtime-received-warm", "Runtime files received, return visit", "ms",
                        [r["runtime_received"] for r in warm]),
            measurement("longest-task-cold", "Longest main-thread task, first visit", "ms",
                        [r["longest_task"] for r in cold]),
            measurement("longest-task-warm", "Longest main-thread task, return visit", "ms",
                        [r["longest_task"] for r in warm]),
            measurement("feedback-median", "Edit to feedback", "ms", feedback),
            measurement("feedback-p95", "Edit to feedback", "ms", feedback, statistic="p95"),
        ],
        "pages": [*reading,
                  page_row("worksheet-cold", "Worksheet, first visit (until Python is ready)", WORKSHEET, cold),
                  page_row("worksheet-warm", "Worksheet, return visit", WORKSHEET, warm)],
        "reading_pages_fetch_no_pyodide": all(row["runtime_requests"] == 0 for row in reading),
        "warm_wasm_from_service_worker": all(r["wasm_from_service_worker"] for r in warm),
        "warm_restored_from_snapshot": all(r["restored"] for r in warm),
        # Per return-visit run: the visits it took before the service worker held the runtime.
        "visits_to_cache_runtime": [r["priming_visits"] for r in warm],
    }


def step(name: str, count: int) -> None:
    print(f"  measuring {name} ({count})…", flush=True)


def environment(browser: Browser) -> dict:
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 2),  # other work on the machine skews numbers
        "chromium": browser.version,
        "pyodide": json.loads(PYODIDE_PACKAGE.read_text(encoding="utf-8"))["version"],
    }


def main() -> None:
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="second-round-bench-") as folder:
        print(f"Building the site {BUILD_RUNS} times…", flush=True)
        durations, site = time_builds(Path(folder))
        server = StaticServer(site)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                     args=CHROMIUM_ARGS)
                env = environment(browser)
                print(f"Measuring in Chromium {browser.version}…", flush=True)
                results = run_browser_measurements(browser, server.url)
                browser.close()
        finally:
            server.stop()
    results["measurements"].insert(0, measurement("build", "Full site build (mkdocs build)", "s", durations))
    report = {"environment": env, **results,
              "runs": {"builds": BUILD_RUNS, "page_loads": LOAD_RUNS, "edits": EDITS,
                       "edit_pause_ms": EDIT_PAUSE_MS}}
    OUTPUT.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print_report(report)
    print(f"\nWrote {OUTPUT.relative_to(ROOT)} in {time.perf_counter() - began:.0f} s.")


# -- the printed table ------------------------------------------------------------------------

def print_report(report: dict) -> None:
    env = report["environment"]
    print(f"\n{env['date']}  ·  {env['cores']} cores (load {env['load_average']})  ·  "
          f"Chromium {env['chromium']}  ·  Pyodide {env['pyodide']}\n")
    rows = [("Measure", "Value", "Min", "Max", "Budget", "Meets")]
    for m in report["measurements"]:
        unit = m["unit"]
        budget = "—" if m["budget"] is None else f"≤ {m['budget']} {unit}"
        meets = "—" if m["meets_budget"] is None else ("yes" if m["meets_budget"] else "NO")
        rows.append((m["label"], f"{m['value']} {unit} ({m['statistic']})", str(m["min"]), str(m["max"]),
                     budget, meets))
    print_table(rows)
    print()
    rows = [("Page", "Transferred", "Requests", "Over network", "From SW", "Runtime files")]
    for p in report["pages"]:
        rows.append((p["label"], f"{p['bytes'] / 1024:,.1f} KB", str(p["requests"]), str(p["network_requests"]),
                     str(p["served_by_service_worker"]), str(p["runtime_requests"])))
    print_table(rows)
    print(f"\nReading pages fetched no Pyodide file: {report['reading_pages_fetch_no_pyodide']}")
    print(f"Return visit's WebAssembly came from the service worker: {report['warm_wasm_from_service_worker']}")
    print(f"Visits before the service worker held the runtime, per run: {report['visits_to_cache_runtime']}")


def print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for index, row in enumerate(rows):
        cells = [cell.ljust(width) if column == 0 else cell.rjust(width)
                 for column, (cell, width) in enumerate(zip(row, widths))]
        print("  ".join(cells))
        if index == 0:
            print("  ".join("-" * width for width in widths))


if __name__ == "__main__":
    main()
