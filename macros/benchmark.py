"""The Performance page's tables, rendered from data/benchmark.json.

`make bench` (bench/run.py) measures the built site in headless Chromium and writes that
file; this module checks its shape, so a broken or outdated file fails the build with a
message naming the file, the entry and the field, and renders it as Markdown: where it was
run, then for each way the site was served (the build itself, a plain server, the preview
server as a host serves it, a throttled link) the budgets against the measured values and
the bytes each kind of page transfers. `measured` gives one figure for the page's prose.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationInfo, field_validator

from macros.schema import (
    Count,
    DataError,
    DataFile,
    Entries,
    Flag,
    Id,
    Number,
    Record,
    Text,
    missing_file,
    validate,
)

# -- the file's shape (field types and messages: see macros.schema) -----------------------------

Server = Literal["plain", "preview"]
Network = Literal["local", "throttled"]


class Measurement(Record):
    id: Id
    label: Text
    server: Server | None  # None: not measured through a server (the build)
    network: Network
    worksheet: Text | None  # the worksheet's title, when the measure is of one
    unit: Literal["ms", "s"]
    statistic: Literal["median", "p95"]
    value: Number
    runs: Count
    min: Number
    max: Number
    budget: Number | None
    meets_budget: Flag | None
    samples: tuple[Number, ...] = ()

    @field_validator("meets_budget")
    @classmethod
    def _verdict_only_with_a_budget(cls, value: bool | None, info: ValidationInfo) -> bool | None:
        if "budget" in info.data and (info.data["budget"] is None) != (value is None):
            raise ValueError("must be null exactly when budget is null")
        return value


class PageTraffic(Record):
    id: Id
    label: Text
    server: Server
    network: Network
    bytes: Count
    offline_bytes: Count  # what the service worker downloaded to keep the site offline
    requests: Count
    network_requests: Count
    served_by_service_worker: Count
    runtime_requests: Count
    path: str = ""  # the home page's path is ""
    runs: Count | None = None


class Environment(Record):
    date: Text
    cores: Count
    chromium: Text
    pyodide: Text
    load_average: Number | None = None

    @field_validator("date")
    @classmethod
    def _is_iso(cls, value: str) -> str:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"'{value}' is not an ISO date and time") from None
        return value


class ThrottleSetting(Record):
    bits_per_second: Count
    latency_ms: Count


class BenchmarkReport(DataFile):
    ENTRIES = {"measurements": "measurement", "pages": "page"}
    SECTIONS = frozenset({"environment", "throttle"})

    environment: Environment
    measurements: Entries[Measurement]
    pages: Entries[PageTraffic]
    throttle: ThrottleSetting
    reading_pages_fetch_no_pyodide: Flag
    warm_wasm_from_service_worker: Flag
    warm_restored_from_snapshot: Flag
    other_worksheet_restored_from_snapshot: Flag
    visits_to_cache_runtime: tuple[Count, ...] = ()
    runs: dict[str, Any] | None = None


# -- loading ----------------------------------------------------------------------------------


def load_report(path: Path) -> BenchmarkReport:
    """Read and check the benchmark file; every problem names the file, entry and field."""
    label = f"{path.parent.name}/{path.name}"
    if not path.is_file():
        raise missing_file(label, "-", " (run `make bench` to write it)")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise DataError(
            label, f"line {error.lineno}", "-", f"is not valid JSON: {error.msg}"
        ) from error
    return validate(BenchmarkReport, raw, label)


# -- rendering --------------------------------------------------------------------------------

# How the site was served for each part of the report, in the order the page shows them:
# (server, network), a heading, and what sets its numbers apart ({mbit} and {latency} come
# from the file's throttle).
GROUPS = (
    ((None, "local"), "Building the site", "A full `mkdocs build`, each time into a new folder."),
    (
        ("plain", "local"),
        "Through a plain static server",
        "No compression and no caching headers, on the same machine: downloads cost almost "
        "nothing, so these numbers are mostly processor time.",
    ),
    (
        ("preview", "local"),
        "Through the preview server, as a host serves the site",
        "The server behind `make preview`, on the same machine: gzip, long caching for the files "
        "whose path carries a version or a hash, revalidation for the rest.",
    ),
    (
        ("preview", "throttled"),
        "A first visit over an ordinary connection",
        "The preview server on a link of {mbit:g} Mbit/s that every download shares, with "
        "{latency} ms before each answer.",
    ),
)


def render(report: BenchmarkReport) -> str:
    """The whole report, as Markdown: where it ran, then for each way the site was served a
    heading, what sets it apart, its budgets table and its bytes table; then the checks."""
    words = {"mbit": report.throttle.bits_per_second / 1e6, "latency": report.throttle.latency_ms}
    parts = [environment_line(report.environment)]
    for served, title, intro in GROUPS:
        rows = tuple(m for m in report.measurements if (m.server, m.network) == served)
        pages = tuple(p for p in report.pages if (p.server, p.network) == served)
        if rows or pages:
            parts += [f"### {title}", intro.format(**words)]
            if rows:
                parts.append(budgets_table(rows))
            if pages:
                parts.append(pages_table(pages))
    parts.append(checks_line(report))
    return "\n\n".join(parts) + "\n"


def environment_line(env: Environment) -> str:
    when = datetime.fromisoformat(env.date)
    load = (
        f" (load average {env.load_average:g} when it started)"
        if env.load_average is not None
        else ""
    )
    return (
        f"Measured on {when.day} {when:%B %Y at %H:%M} UTC, on a machine with {env.cores} CPU "
        f"{'core' if env.cores == 1 else 'cores'}{load}, in Chromium {cell(env.chromium)} "
        f"with Pyodide {cell(env.pyodide)}."
    )


def budgets_table(measurements: tuple[Measurement, ...]) -> str:
    """One row per measure; a Worksheet column when any of them is of a worksheet."""
    by_sheet = any(m.worksheet for m in measurements)
    head = [
        "What",
        *(["Worksheet"] if by_sheet else []),
        "Budget",
        "Measured",
        "Range",
        "Meets budget",
    ]
    rows = [f"| {' | '.join(head)} |", f"|{' --- |' * len(head)}"]
    for m in measurements:
        budget = "—" if m.budget is None else f"≤ {amount(m.budget, m.unit)}"
        meets = "—" if m.meets_budget is None else ("yes" if m.meets_budget else "**no**")
        statistic = "median" if m.statistic == "median" else "95th percentile"
        measured = f"{amount(m.value, m.unit)} ({statistic} of {m.runs})"
        spread = f"{amount(m.min, m.unit, with_unit=False)}–{amount(m.max, m.unit)}"
        sheet = [cell(m.worksheet or "—")] if by_sheet else []
        rows.append(f"| {' | '.join([cell(m.label), *sheet, budget, measured, spread, meets])} |")
    return "\n".join(rows)


def pages_table(pages: tuple[PageTraffic, ...]) -> str:
    rows = [
        "| Page | Transferred | Then kept for offline use | Requests | Over the network | "
        "From the service worker | Python runtime files |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for p in pages:
        rows.append(
            f"| {cell(p.label)} | {size(p.bytes)} | {size(p.offline_bytes)} | {p.requests} | "
            f"{p.network_requests} | {p.served_by_service_worker} | {p.runtime_requests} |"
        )
    return "\n".join(rows)


def checks_line(report: BenchmarkReport) -> str:
    def answer(value: bool) -> str:
        return "yes" if value else "**no**"

    return (
        f"Through both servers: home, guide and checklists pages fetched no Pyodide file: "
        f"{answer(report.reading_pages_fetch_no_pyodide)}. On return visits the WebAssembly "
        f"file came from the service worker: {answer(report.warm_wasm_from_service_worker)}, "
        f"and Python was restored from its snapshot: {answer(report.warm_restored_from_snapshot)}; "
        f"so was it in a worksheet opened after another: "
        f"{answer(report.other_worksheet_restored_from_snapshot)}."
    )


def measured(report: BenchmarkReport, id: str, unit: str | None = None) -> str:
    """One measured value for the page's prose ("3,517 ms"; in seconds: "3.5 s"), or one
    page's bytes when `id` names a page ("13.7 MB")."""
    pages = {p.id: p for p in report.pages}
    if id in pages:
        return size(pages[id].bytes)
    found = {m.id: m for m in report.measurements}.get(id)
    if found is None:
        raise KeyError(f"no measurement or page '{id}' in data/benchmark.json (run `make bench`)")
    if unit == "s" and found.unit == "ms":
        return f"{found.value / 1000:.1f} s"
    return amount(found.value, found.unit)


def amount(value: float, unit: str, with_unit: bool = True) -> str:
    """3,174 ms, 79 ms, 7.1 ms, 0 ms, 1.53 s."""
    if unit == "s":
        number_text = f"{value:.2f}"
    elif value >= 100:
        number_text = f"{value:,.0f}"
    else:
        number_text = f"{value:.1f}".removesuffix(".0")
    return f"{number_text} {unit}" if with_unit else number_text


def size(count: int) -> str:
    """Bytes as KB below a megabyte, MB above (1 KB = 1,024 bytes)."""
    if count < 1024 * 1024:
        return f"{count / 1024:,.1f} KB"
    return f"{count / 1024 / 1024:,.1f} MB"


def cell(value: str) -> str:
    """Text from the file, safe inside a Markdown table cell."""
    return escape(value).replace("|", "\\|")
