"""The Performance page's tables, rendered from data/benchmark.json.

`make bench` (bench/run.py) measures the built site in headless Chromium and writes that
file; this module checks its shape, so a broken or outdated file fails the build with a
message naming the file, the entry and the field, and renders it as Markdown: the budgets
against the measured values, the bytes each kind of page transfers, and where it was run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from macros.data import entry_where
from macros.schema import DataError, Where, describe, identifier, list_of, mapping, one_of, text


@dataclass(frozen=True)
class Measurement:
    id: str
    label: str
    unit: str
    statistic: str
    value: float
    runs: int
    min: float
    max: float
    budget: float | None
    meets_budget: bool | None


@dataclass(frozen=True)
class PageTraffic:
    id: str
    label: str
    bytes: int
    requests: int
    network_requests: int
    served_by_service_worker: int
    runtime_requests: int


@dataclass(frozen=True)
class Environment:
    date: str
    cores: int
    chromium: str
    pyodide: str
    load_average: float | None


@dataclass(frozen=True)
class BenchmarkReport:
    environment: Environment
    measurements: tuple[Measurement, ...]
    pages: tuple[PageTraffic, ...]
    reading_pages_fetch_no_pyodide: bool
    warm_wasm_from_service_worker: bool
    warm_restored_from_snapshot: bool


# -- field checks (see macros.schema for the shared ones) -------------------------------------

def number(value: Any, where: Where, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise where.error(field, f"expected a number, got {describe(value)}")
    if value < 0:
        raise where.error(field, f"{value} is negative")
    return value


def count(value: Any, where: Where, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise where.error(field, f"expected a whole number, got {describe(value)}")
    return int(number(value, where, field))


def flag(value: Any, where: Where, field: str) -> bool:
    if not isinstance(value, bool):
        raise where.error(field, f"expected true/false, got {describe(value)}")
    return value


def or_nothing(check):
    """`check`, or null (a measure with no budget has neither budget nor verdict)."""
    def checked(value: Any, where: Where, field: str):
        return None if value is None else check(value, where, field)

    return checked


def any_text(value: Any, where: Where, field: str) -> str:
    """Text that may be empty (the home page's path is "")."""
    if not isinstance(value, str):
        raise where.error(field, f"expected text, got {describe(value)}")
    return value


def any_value(value: Any, where: Where, field: str) -> Any:
    return value


# -- loading ----------------------------------------------------------------------------------

def load_report(path: Path) -> BenchmarkReport:
    """Read and check the benchmark file; every problem names the file, entry and field."""
    label = f"{path.parent.name}/{path.name}"
    if not path.is_file():
        raise DataError(label, "whole file", "-", "the file is missing (run `make bench` to write it)")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise DataError(label, f"line {error.lineno}", "-", f"is not valid JSON: {error.msg}") from error
    top = mapping(raw, Where(label, "top level"), "", required={
        "environment": any_value, "measurements": list_of(any_value), "pages": list_of(any_value),
        "reading_pages_fetch_no_pyodide": flag, "warm_wasm_from_service_worker": flag,
        "warm_restored_from_snapshot": flag,
    }, optional={"visits_to_cache_runtime": list_of(count), "runs": any_value})
    for key in ("measurements", "pages"):
        if not top[key]:
            raise DataError(label, "top level", key, "is empty")
    return BenchmarkReport(
        environment=environment(top["environment"], Where(label, "environment")),
        measurements=tuple(measurement(entry, entry_where(label, "measurement", position, entry))
                           for position, entry in enumerate(top["measurements"], 1)),
        pages=tuple(page(entry, entry_where(label, "page", position, entry))
                    for position, entry in enumerate(top["pages"], 1)),
        reading_pages_fetch_no_pyodide=top["reading_pages_fetch_no_pyodide"],
        warm_wasm_from_service_worker=top["warm_wasm_from_service_worker"],
        warm_restored_from_snapshot=top["warm_restored_from_snapshot"],
    )


def environment(raw: Any, where: Where) -> Environment:
    checked = mapping(raw, where, "", required={"date": text, "cores": count, "chromium": text, "pyodide": text},
                      optional={"load_average": number})
    try:
        datetime.fromisoformat(checked["date"])
    except ValueError:
        raise where.error("date", f"'{checked['date']}' is not an ISO date and time") from None
    return Environment(checked["date"], checked["cores"], checked["chromium"], checked["pyodide"],
                       checked.get("load_average"))


def measurement(raw: Any, where: Where) -> Measurement:
    checked = mapping(raw, where, "", required={
        "id": identifier, "label": text, "unit": one_of("ms", "s"), "statistic": one_of("median", "p95"),
        "value": number, "runs": count, "min": number, "max": number,
        "budget": or_nothing(number), "meets_budget": or_nothing(flag),
    }, optional={"samples": list_of(number)})
    if (checked["budget"] is None) != (checked["meets_budget"] is None):
        raise where.error("meets_budget", "must be null exactly when budget is null")
    checked.pop("samples", None)
    return Measurement(**checked)


def page(raw: Any, where: Where) -> PageTraffic:
    checked = mapping(raw, where, "", required={
        "id": identifier, "label": text, "bytes": count, "requests": count,
        "network_requests": count, "served_by_service_worker": count, "runtime_requests": count,
    }, optional={"path": any_text, "runs": count})
    checked.pop("path", None)
    checked.pop("runs", None)
    return PageTraffic(**checked)


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
