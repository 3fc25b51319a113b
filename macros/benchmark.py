"""The Performance page's tables, rendered from data/benchmark.json.

`make bench` (bench/run.py) measures the built site in headless Chromium and writes that
file; this module checks its shape, so a broken or outdated file fails the build with a
message naming the file, the entry and the field, and renders it as Markdown: the budgets
against the measured values, the bytes each kind of page transfers, and where it was run.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationInfo, field_validator

from macros.schema import (Count, DataError, DataFile, Entries, Flag, Id, Number, Record, Text,
                           missing_file, validate)


# -- the file's shape (field types and messages: see macros.schema) -----------------------------

class Measurement(Record):
    id: Id
    label: Text
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
    bytes: Count
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


class BenchmarkReport(DataFile):
    ENTRIES = {"measurements": "measurement", "pages": "page"}
    SECTIONS = frozenset({"environment"})

    environment: Environment
    measurements: Entries[Measurement]
    pages: Entries[PageTraffic]
    reading_pages_fetch_no_pyodide: Flag
    warm_wasm_from_service_worker: Flag
    warm_restored_from_snapshot: Flag
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
        raise DataError(label, f"line {error.lineno}", "-", f"is not valid JSON: {error.msg}") from error
    return validate(BenchmarkReport, raw, label)


# -- rendering --------------------------------------------------------------------------------

def render(report: BenchmarkReport) -> str:
    """The whole report, as Markdown: where it ran, the budgets table, the bytes table."""
    return "\n\n".join([environment_line(report.environment), budgets_table(report.measurements),
                        pages_table(report.pages), checks_line(report)]) + "\n"


def environment_line(env: Environment) -> str:
    when = datetime.fromisoformat(env.date)
    load = f" (load average {env.load_average:g} when it started)" if env.load_average is not None else ""
    return (f"Measured on {when.day} {when:%B %Y at %H:%M} UTC, on a machine with {env.cores} CPU "
            f"{'core' if env.cores == 1 else 'cores'}{load}, in Chromium {cell(env.chromium)} "
            f"with Pyodide {cell(env.pyodide)}.")


def budgets_table(measurements: tuple[Measurement, ...]) -> str:
    rows = ["| What | Budget | Measured | Range | Meets budget |", "| --- | --- | --- | --- | --- |"]
    for m in measurements:
        budget = "—" if m.budget is None else f"≤ {amount(m.budget, m.unit)}"
        meets = "—" if m.meets_budget is None else ("yes" if m.meets_budget else "**no**")
        statistic = "median" if m.statistic == "median" else "95th percentile"
        measured = f"{amount(m.value, m.unit)} ({statistic} of {m.runs})"
        spread = f"{amount(m.min, m.unit, with_unit=False)}–{amount(m.max, m.unit)}"
        rows.append(f"| {cell(m.label)} | {budget} | {measured} | {spread} | {meets} |")
    return "\n".join(rows)


def pages_table(pages: tuple[PageTraffic, ...]) -> str:
    rows = ["| Page | Transferred | Requests | Over the network | From the service worker | Python runtime files |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for p in pages:
        rows.append(f"| {cell(p.label)} | {size(p.bytes)} | {p.requests} | {p.network_requests} | "
                    f"{p.served_by_service_worker} | {p.runtime_requests} |")
    return "\n".join(rows)


def checks_line(report: BenchmarkReport) -> str:
    def answer(value: bool) -> str:
        return "yes" if value else "**no**"

    return (f"Home, guide and checklists pages fetched no Pyodide file: "
            f"{answer(report.reading_pages_fetch_no_pyodide)}. On the return visit the WebAssembly "
            f"file came from the service worker: {answer(report.warm_wasm_from_service_worker)}, "
            f"and Python was restored from its snapshot: {answer(report.warm_restored_from_snapshot)}.")


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
