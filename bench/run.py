"""Measure how fast Second Round is, print a table, and write data/benchmark.json.

This is a benchmark, not a test: it never fails because a number is over its budget. It
records each number, its budget and whether the budget was met, and the Performance page
(docs/about/performance.md, through macros/benchmark.py) shows them.

Where. The site is built, then served on 127.0.0.1 three ways, and headless Chromium is
driven by Playwright (bench/measure.py) through each:

- plain: the static server the browser tests use (tests/support/static_server.py): no
  compression, no caching headers. Downloads are nearly free: the numbers are CPU time.
- preview: the server behind `make preview` (tools/preview.py), which serves the site as a
  real host does: gzip, long caching for versioned paths, revalidation for the rest.
- throttled: the preview server on a slow link (THROTTLE: 20 Mbit/s shared by every answer,
  40 ms before each), for a first visit to a worksheet on an ordinary connection. The server
  throttles, not Chromium: its network emulation (CDP Network.emulateNetworkConditions)
  slows the page's own requests but not those of module workers or the service worker,
  which fetch the 13 MB Python runtime.

What, for each worksheet page (WORKSHEETS in bench/measure.py), through the plain and
the preview server:

1. Full build (once): `mkdocs build` BUILD_RUNS times into new folders; the median.
2. Typing saved: a fresh context opens the worksheet; as soon as the DOM is loaded, the add
   button is pressed and one character typed into the new record's first field. The number
   is the page's "worksheet:usable" mark plus the time from the keystroke's input event to
   the write to localStorage (an init script notes each write). A scripted visitor's whole
   run, which adds Playwright's own waits, is kept too.
3. Python ready, cold: a fresh context (empty cache, no service worker) opens the worksheet;
   the number is the page's "worksheet:python-ready" mark.
4. Python ready, warm: a fresh context visits the worksheet until the service worker is
   active and the Python worker has stored the runtime and its interpreter snapshot
   ("worksheet:cached-for-next-visit"), then reloads; the number is the mark after the
   reload, and whether the snapshot was restored and the WebAssembly came from the service
   worker are recorded. For cold and warm, when the last runtime file arrived is kept too.
5. Longest main-thread task before Python is ready (a "longtask" observer installed before
   any page script), for cold and warm loads; 0 when none reached 50 ms.
6. Edit to feedback: with Python ready and one realistic record saved, EDITS characters are
   typed into one field (the story's Action, the person's "What I know about them"),
   EDIT_PAUSE_MS apart; every "worksheet:edit-to-feedback" measure; median and 95th percentile.
7. Other worksheet, warm: the story bank is visited until the runtime and snapshot are stored,
   then the interview plan opened; its python-ready mark and whether it was restored.
8. Bytes: every request a context finishes, with the header and body bytes that crossed the
   network (compressed, through the preview server); an answer from the browser's cache or
   the service worker counts 0. What the service worker downloads to keep the site for
   offline use is counted apart, for the reading pages (home, a guide page, the checklists).

Browser numbers are the median of LOAD_RUNS runs (THROTTLED_RUNS over the slow link), each
in its own fresh context.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import measure  # noqa: E402  (needs ROOT on the path)
from bench.measure import PLAN, STAR, WORKSHEETS, Worksheet  # noqa: E402
from tests.support.build import mkdocs_build  # noqa: E402
from tests.support.static_server import StaticServer  # noqa: E402
from tools.preview import PreviewServer, Throttle  # noqa: E402

OUTPUT = ROOT / "data" / "benchmark.json"
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide" / "package.json"

BUILD_RUNS = 3
LOAD_RUNS = 3  # per worksheet and server: five worksheet pages make a long run
THROTTLED_RUNS = 3
EDITS = 30
THROTTLE = Throttle(bits_per_second=20_000_000, latency=0.040)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-gpu",
]

READING_PAGES = (
    ("home", "Home page", ""),
    ("guide", "Guide page (STAR method)", "guide/star-method/"),
    ("checklists", "Checklists page", "checklists/"),
)
EDIT_TEXT = " I also wrote the fix up for the wider team."[:EDITS]
assert len(EDIT_TEXT) == EDITS, "EDIT_TEXT is shorter than EDITS"

LABELS = {
    "build": "Full site build (mkdocs build)",
    "typing-saved": "Typing saved, from navigation start (usable + keystroke to saved)",
    "typing-saved-scripted": "Typing saved, scripted visitor (adds Playwright's waits)",
    "worksheet-usable": "Worksheet usable (form shown, saving works)",
    "keystroke-saved": "Keystroke to saved",
    "python-ready-cold": "Python ready, first visit",
    "runtime-received-cold": "Runtime files received, first visit",
    "python-ready-warm": "Python ready, return visit",
    "runtime-received-warm": "Runtime files received, return visit",
    "longest-task-cold": "Longest main-thread task, first visit",
    "longest-task-warm": "Longest main-thread task, return visit",
    "feedback-median": "Edit to feedback",
    "feedback-p95": "Edit to feedback",
    "python-ready-other": "Python ready, first visit after another worksheet",
}
# Budgets, on this machine's own server (not over the slow link): a measured value meets its
# budget when it is at most this much.
BUDGETS = {
    "typing-saved": 300,
    "python-ready-cold": 3000,
    "python-ready-warm": 1000,
    "python-ready-other": 1000,
    "longest-task-cold": 200,
    "longest-task-warm": 200,
    "feedback-median": 50,
    "feedback-p95": 50,
}


# -- numbers ----------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value that `share` of the values are at or under."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def measurement(
    kind: str,
    unit: str,
    samples: list[float],
    *,
    server: str | None = None,
    sheet: Worksheet | None = None,
    statistic: str = "median",
) -> dict:
    """One row of results: its value (the median, or the 95th percentile), the min, the max
    and the raw samples, judged against its budget if it has one. `server` is "plain",
    "preview" or "throttled" (None for the build); the id names the server, the worksheet
    and the kind: "preview-plan-python-ready-cold"."""
    digits = 2 if unit == "s" else 1
    value = statistics.median(samples) if statistic == "median" else percentile(samples, 0.95)
    value = round(value, digits)
    budget = BUDGETS.get(kind) if server in ("plain", "preview") else None
    return {
        "id": "-".join(part for part in (server, sheet and sheet.short, kind) if part),
        "label": LABELS[kind],
        "unit": unit,
        "runs": len(samples),
        "statistic": statistic,
        "value": value,
        "min": round(min(samples), digits),
        "max": round(max(samples), digits),
        "samples": [round(sample, digits) for sample in samples],
        "budget": budget,
        "meets_budget": None if budget is None else value <= budget,
        "server": "preview" if server == "throttled" else server,
        "network": "throttled" if server == "throttled" else "local",
        "worksheet": sheet.title if sheet else None,
    }


def page_row(server: str, id: str, label: str, path: str, runs: list[dict]) -> dict:
    """A kind of page's traffic: the median of each count over its runs."""

    def median_of(key: str) -> int:
        return round(statistics.median(run[key] for run in runs))

    return {
        "id": f"{server}-{id}",
        "label": label,
        "path": path,
        "runs": len(runs),
        "server": "preview" if server == "throttled" else server,
        "network": "throttled" if server == "throttled" else "local",
        "bytes": median_of("bytes"),
        "offline_bytes": median_of("offline_bytes"),
        "requests": median_of("requests"),
        "network_requests": median_of("network_requests"),
        "served_by_service_worker": median_of("served_by_service_worker"),
        "runtime_requests": max(run["runtime_requests"] for run in runs),
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


# -- through one server -----------------------------------------------------------------------


def repeat(count: int, name: str, visit: Callable[[], dict]) -> list[dict]:
    print(f"    {name} ({count})…", flush=True)
    return [visit() for _ in range(count)]


def measure_worksheet(browser: Browser, url: str, server: str, sheet: Worksheet) -> dict:
    """Every measurement of one worksheet through one server."""
    print(f"  {sheet.title}", flush=True)
    typing = repeat(LOAD_RUNS, "typing saved", lambda: measure.typing_saved(browser, url, sheet))
    cold = repeat(LOAD_RUNS, "first visits", lambda: measure.cold_load(browser, url, sheet))
    warm = repeat(LOAD_RUNS, "return visits", lambda: measure.warm_load(browser, url, sheet))
    print(f"    edit to feedback ({EDITS})…", flush=True)
    feedback = measure.edit_to_feedback(browser, url, sheet, EDIT_TEXT)

    def row(kind: str, runs: list[dict], key: str) -> dict:
        return measurement(kind, "ms", [run[key] for run in runs], server=server, sheet=sheet)

    return {
        "measurements": [
            row("typing-saved", typing, "page"),
            row("typing-saved-scripted", typing, "scripted"),
            row("worksheet-usable", typing, "usable"),
            row("keystroke-saved", typing, "input_to_saved"),
            row("python-ready-cold", cold, "ready"),
            row("runtime-received-cold", cold, "runtime_received"),
            row("python-ready-warm", warm, "ready"),
            row("runtime-received-warm", warm, "runtime_received"),
            row("longest-task-cold", cold, "longest_task"),
            row("longest-task-warm", warm, "longest_task"),
            measurement("feedback-median", "ms", feedback, server=server, sheet=sheet),
            measurement(
                "feedback-p95", "ms", feedback, server=server, sheet=sheet, statistic="p95"
            ),
        ],
        "pages": [
            page_row(
                server,
                f"{sheet.short}-cold",
                f"{sheet.title}, first visit (until Python is ready)",
                sheet.path,
                cold,
            ),
            page_row(
                server, f"{sheet.short}-warm", f"{sheet.title}, return visit", sheet.path, warm
            ),
        ],
        "warm": warm,
    }


def measure_server(browser: Browser, url: str, server: str) -> dict:
    """Both worksheets, the other-worksheet warm start and the reading pages, through one server."""
    print(f"Through the {server} server ({url})", flush=True)
    sheets = [measure_worksheet(browser, url, server, sheet) for sheet in WORKSHEETS]
    print("  other worksheet", flush=True)
    other = repeat(
        LOAD_RUNS,
        "interview plan after the story bank",
        lambda: measure.second_worksheet(browser, url, STAR, PLAN),
    )
    print(f"  reading pages ({len(READING_PAGES)})…", flush=True)
    reading = [
        page_row(server, id, label, path, [measure.reading_page(browser, url + path)])
        for id, label, path in READING_PAGES
    ]
    warm = [run for sheet in sheets for run in sheet["warm"]]
    return {
        "measurements": [m for sheet in sheets for m in sheet["measurements"]]
        + [
            measurement(
                "python-ready-other",
                "ms",
                [run["ready"] for run in other],
                server=server,
                sheet=PLAN,
            )
        ],
        "pages": [*reading, *(p for sheet in sheets for p in sheet["pages"])],
        "reading_pages_fetch_no_pyodide": all(row["runtime_requests"] == 0 for row in reading),
        "warm_wasm_from_service_worker": all(run["wasm_from_service_worker"] for run in warm),
        "warm_restored_from_snapshot": all(run["restored"] for run in warm),
        "other_worksheet_restored_from_snapshot": all(run["restored"] for run in other),
        "visits_to_cache_runtime": [run["priming_visits"] for run in warm],
    }


def measure_throttled(browser: Browser, url: str) -> dict:
    """First visits to the story bank over the slow link."""
    print(f"Over a throttled link, through the preview server ({url})", flush=True)
    cold = repeat(THROTTLED_RUNS, "first visits", lambda: measure.cold_load(browser, url, STAR))

    def row(kind: str, key: str) -> dict:
        return measurement(kind, "ms", [run[key] for run in cold], server="throttled", sheet=STAR)

    return {
        "measurements": [
            row("worksheet-usable", "usable"),
            row("python-ready-cold", "ready"),
            row("runtime-received-cold", "runtime_received"),
            row("longest-task-cold", "longest_task"),
        ],
        "pages": [
            page_row(
                "throttled",
                "star-cold",
                f"{STAR.title}, first visit (until Python is ready)",
                STAR.path,
                cold,
            )
        ],
    }


# -- putting it together ----------------------------------------------------------------------


def combine(plain: dict, preview: dict, throttled: dict, build: dict) -> dict:
    """One report: every row, and each check true only if it held through both servers."""
    both = (plain, preview)
    checks = (
        "reading_pages_fetch_no_pyodide",
        "warm_wasm_from_service_worker",
        "warm_restored_from_snapshot",
        "other_worksheet_restored_from_snapshot",
    )
    return {
        "measurements": [
            build,
            *plain["measurements"],
            *preview["measurements"],
            *throttled["measurements"],
        ],
        "pages": [*plain["pages"], *preview["pages"], *throttled["pages"]],
        **{check: all(result[check] for result in both) for check in checks},
        "visits_to_cache_runtime": [
            *plain["visits_to_cache_runtime"],
            *preview["visits_to_cache_runtime"],
        ],
        "throttle": {
            "bits_per_second": int(THROTTLE.bits_per_second),
            "latency_ms": round(THROTTLE.latency * 1000),
        },
    }


def environment(browser: Browser) -> dict:
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
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
        servers = {
            "plain": StaticServer(site),
            "preview": PreviewServer(site),
            "throttled": PreviewServer(site, throttle=THROTTLE),
        }
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
                )
                env = environment(browser)
                print(
                    f"Measuring in Chromium {browser.version} (load average {env['load_average']})…",
                    flush=True,
                )
                results = combine(
                    measure_server(browser, servers["plain"].url, "plain"),
                    measure_server(browser, servers["preview"].url, "preview"),
                    measure_throttled(browser, servers["throttled"].url),
                    measurement("build", "s", durations),
                )
                browser.close()
        finally:
            for server in servers.values():
                server.stop()
    report = {
        "environment": env,
        **results,
        "runs": {
            "builds": BUILD_RUNS,
            "page_loads": LOAD_RUNS,
            "throttled_loads": THROTTLED_RUNS,
            "edits": EDITS,
            "edit_pause_ms": measure.EDIT_PAUSE_MS,
        },
    }
    OUTPUT.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print_report(report)
    print(f"\nWrote {OUTPUT.relative_to(ROOT)} in {time.perf_counter() - began:.0f} s.")


# -- the printed tables -----------------------------------------------------------------------


def print_report(report: dict) -> None:
    env = report["environment"]
    print(
        f"\n{env['date']}  ·  {env['cores']} cores (load {env['load_average']})  ·  "
        f"Chromium {env['chromium']}  ·  Pyodide {env['pyodide']}\n"
    )
    rows = [("Measure", "Worksheet", "Server", "Value", "Min", "Max", "Budget", "Meets")]
    for m in report["measurements"]:
        unit = m["unit"]
        budget = "—" if m["budget"] is None else f"≤ {m['budget']} {unit}"
        meets = "—" if m["meets_budget"] is None else ("yes" if m["meets_budget"] else "NO")
        server = (
            "—"
            if m["server"] is None
            else f"{m['server']}{' (slow)' if m['network'] == 'throttled' else ''}"
        )
        rows.append(
            (
                m["label"],
                m["worksheet"] or "—",
                server,
                f"{m['value']} {unit} ({m['statistic']})",
                str(m["min"]),
                str(m["max"]),
                budget,
                meets,
            )
        )
    print_table(rows)
    print()
    rows = [
        (
            "Page",
            "Server",
            "Transferred",
            "Kept offline",
            "Requests",
            "Over network",
            "From SW",
            "Runtime",
        )
    ]
    for p in report["pages"]:
        server = f"{p['server']}{' (slow)' if p['network'] == 'throttled' else ''}"
        rows.append(
            (
                p["label"],
                server,
                f"{p['bytes'] / 1024:,.1f} KB",
                f"{p['offline_bytes'] / 1024:,.1f} KB",
                str(p["requests"]),
                str(p["network_requests"]),
                str(p["served_by_service_worker"]),
                str(p["runtime_requests"]),
            )
        )
    print_table(rows)
    for check in (
        "reading_pages_fetch_no_pyodide",
        "warm_wasm_from_service_worker",
        "warm_restored_from_snapshot",
        "other_worksheet_restored_from_snapshot",
    ):
        print(f"{check.replace('_', ' ')}: {report[check]}")
    print(
        f"Visits before the runtime was stored, per return-visit run: {report['visits_to_cache_runtime']}"
    )


def print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for index, row in enumerate(rows):
        cells = [
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells))
        if index == 0:
            print("  ".join("-" * width for width in widths))


if __name__ == "__main__":
    main()
