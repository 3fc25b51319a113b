"""The Performance page's report: data/benchmark.json renders as Markdown tables, one group
per way the site was served, and a broken or outdated file fails with a message naming the
file, the entry and the field."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from macros.benchmark import load_report, measured, render
from macros.schema import DataError

ROOT = Path(__file__).resolve().parents[2]

PLAIN = {"server": "plain", "network": "local"}
PREVIEW = {"server": "preview", "network": "local"}
THROTTLED = {"server": "preview", "network": "throttled"}
STAR = {"worksheet": "STAR story bank"}
REPORT = {
    "environment": {
        "date": "2026-03-01T09:30:00+00:00",
        "cores": 4,
        "load_average": 0.5,
        "chromium": "140.0.1",
        "pyodide": "314.0.7",
    },
    "measurements": [
        {
            "id": "build",
            "label": "Full site build",
            "unit": "s",
            "statistic": "median",
            "value": 1.534,
            "runs": 3,
            "min": 1.5,
            "max": 1.61,
            "samples": [1.5, 1.534, 1.61],
            "budget": None,
            "meets_budget": None,
            "server": None,
            "network": "local",
            "worksheet": None,
        },
        {
            "id": "plain-star-python-ready-cold",
            "label": "Python ready, first visit",
            "unit": "ms",
            "statistic": "median",
            "value": 2480.4,
            "runs": 5,
            "min": 2301,
            "max": 2999.9,
            "budget": 3000,
            "meets_budget": True,
            **PLAIN,
            **STAR,
        },
        {
            "id": "plain-star-python-ready-warm",
            "label": "Python ready, return visit",
            "unit": "ms",
            "statistic": "median",
            "value": 1250,
            "runs": 5,
            "min": 1100,
            "max": 1400,
            "budget": 1000,
            "meets_budget": False,
            **PLAIN,
            **STAR,
        },
        {
            "id": "plain-star-feedback-p95",
            "label": "Edit to feedback",
            "unit": "ms",
            "statistic": "p95",
            "value": 12.0,
            "runs": 30,
            "min": 4.25,
            "max": 12.5,
            "budget": 50,
            "meets_budget": True,
            **PLAIN,
            **STAR,
        },
        {
            "id": "preview-plan-python-ready-cold",
            "label": "Python ready, first visit",
            "unit": "ms",
            "statistic": "median",
            "value": 2390,
            "runs": 5,
            "min": 2300,
            "max": 2500,
            "budget": 3000,
            "meets_budget": True,
            **PREVIEW,
            "worksheet": "Interview plan",
        },
        {
            "id": "throttled-star-python-ready-cold",
            "label": "Python ready, first visit",
            "unit": "ms",
            "statistic": "median",
            "value": 5400,
            "runs": 3,
            "min": 5300,
            "max": 5600,
            "budget": None,
            "meets_budget": None,
            **THROTTLED,
            **STAR,
        },
    ],
    "pages": [
        {
            "id": "plain-guide",
            "label": "Guide page",
            "path": "guide/star-method/",
            "runs": 1,
            "bytes": 446_054,
            "offline_bytes": 1_230_000,
            "requests": 12,
            "network_requests": 12,
            "served_by_service_worker": 0,
            "runtime_requests": 0,
            **PLAIN,
        },
        {
            "id": "plain-star-warm",
            "label": "Worksheet, return visit",
            "path": "worksheets/star-stories/",
            "bytes": 14_358_000,
            "offline_bytes": 0,
            "requests": 25,
            "network_requests": 19,
            "served_by_service_worker": 6,
            "runtime_requests": 7,
            **PLAIN,
        },
        {
            "id": "preview-guide",
            "label": "Guide page",
            "path": "guide/star-method/",
            "runs": 1,
            "bytes": 140_000,
            "offline_bytes": 280_000,
            "requests": 12,
            "network_requests": 12,
            "served_by_service_worker": 0,
            "runtime_requests": 0,
            **PREVIEW,
        },
    ],
    "throttle": {"bits_per_second": 20_000_000, "latency_ms": 40},
    "reading_pages_fetch_no_pyodide": True,
    "warm_wasm_from_service_worker": False,
    "warm_restored_from_snapshot": True,
    "other_worksheet_restored_from_snapshot": True,
    "visits_to_cache_runtime": [1, 2],
    "runs": {"builds": 3, "page_loads": 5},
}


def write(tmp_path: Path, report: object) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    path = folder / "benchmark.json"
    path.write_text(report if isinstance(report, str) else json.dumps(report))
    return path


def changed(**changes) -> dict:
    """REPORT with some fields changed: `measurement_2={"unit": "h"}` edits one measurement."""
    report = copy.deepcopy(REPORT)
    for key, value in changes.items():
        kind, _, position = key.rpartition("_")
        if kind in ("measurement", "page"):
            report[f"{kind}s"][int(position) - 1].update(value)
        else:
            report[key] = value
    return report


def load_error(tmp_path: Path, report: object) -> DataError:
    with pytest.raises(DataError) as caught:
        load_report(write(tmp_path, report))
    return caught.value


def rendered(tmp_path: Path, report: dict = REPORT) -> str:
    return render(load_report(write(tmp_path, report)))


def table_rows(markdown: str, first_cell: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in markdown.splitlines()
        if line.startswith(f"| {first_cell}")
    ]


def section(markdown: str, heading: str) -> str:
    """The part of the report under one group's heading, up to the next."""
    return markdown.split(f"### {heading}\n", 1)[1].split("\n### ", 1)[0]


def test_the_real_benchmark_file_is_valid_and_covers_both_servers_and_worksheets():
    report = load_report(ROOT / "data" / "benchmark.json")
    ids = {m.id for m in report.measurements}
    for server in ("plain", "preview"):
        for sheet in ("star", "plan"):
            assert {
                f"{server}-{sheet}-{kind}"
                for kind in (
                    "typing-saved",
                    "python-ready-cold",
                    "python-ready-warm",
                    "longest-task-cold",
                    "feedback-median",
                )
            } <= ids
        assert f"{server}-plan-python-ready-other" in ids
        assert {
            f"{server}-{page}"
            for page in (
                "home",
                "guide",
                "checklists",
                "star-cold",
                "star-warm",
                "plan-cold",
                "plan-warm",
            )
        } <= {p.id for p in report.pages}
    assert "throttled-star-python-ready-cold" in ids


def test_the_environment_line_names_date_cores_and_versions(tmp_path):
    first_line = rendered(tmp_path).splitlines()[0]
    assert first_line == (
        "Measured on 1 March 2026 at 09:30 UTC, on a machine with 4 CPU cores "
        "(load average 0.5 when it started), in Chromium 140.0.1 with Pyodide 314.0.7."
    )


def test_each_way_of_serving_has_its_heading_in_order_and_empty_ones_are_left_out(tmp_path):
    headings = [line for line in rendered(tmp_path).splitlines() if line.startswith("### ")]
    assert headings == [
        "### Building the site",
        "### Through a plain static server",
        "### Through the preview server, as a host serves the site",
        "### A first visit over an ordinary connection",
    ]
    only_plain = changed(measurements=REPORT["measurements"][1:2], pages=REPORT["pages"][:1])
    assert [
        line for line in rendered(tmp_path, only_plain).splitlines() if line.startswith("### ")
    ] == ["### Through a plain static server"]


def test_the_throttled_link_is_described_from_the_file(tmp_path):
    markdown = section(rendered(tmp_path), "A first visit over an ordinary connection")
    assert (
        "a link of 20 Mbit/s that every download shares, with 40 ms before each answer" in markdown
    )
    assert table_rows(markdown, "Python ready") == [
        [
            "Python ready, first visit",
            "STAR story bank",
            "—",
            "5,400 ms (median of 3)",
            "5,300–5,600 ms",
            "—",
        ]
    ]


def test_budgets_table_shows_worksheet_budget_value_range_and_verdict(tmp_path):
    markdown = section(rendered(tmp_path), "Through a plain static server")
    assert "| What | Worksheet | Budget | Measured | Range | Meets budget |" in markdown
    assert table_rows(markdown, "Python ready") == [
        [
            "Python ready, first visit",
            "STAR story bank",
            "≤ 3,000 ms",
            "2,480 ms (median of 5)",
            "2,301–3,000 ms",
            "yes",
        ],
        [
            "Python ready, return visit",
            "STAR story bank",
            "≤ 1,000 ms",
            "1,250 ms (median of 5)",
            "1,100–1,400 ms",
            "**no**",
        ],
    ]
    assert table_rows(
        section(rendered(tmp_path), "Through the preview server, as a host serves the site"),
        "Python ready",
    ) == [
        [
            "Python ready, first visit",
            "Interview plan",
            "≤ 3,000 ms",
            "2,390 ms (median of 5)",
            "2,300–2,500 ms",
            "yes",
        ]
    ]


def test_a_measure_of_no_worksheet_has_no_worksheet_column_and_seconds_keep_two_decimals(tmp_path):
    markdown = section(rendered(tmp_path), "Building the site")
    assert "| What | Budget | Measured | Range | Meets budget |" in markdown
    assert table_rows(markdown, "Full site build") == [
        ["Full site build", "—", "1.53 s (median of 3)", "1.50–1.61 s", "—"]
    ]


def test_a_percentile_row_says_so_and_small_values_keep_one_decimal(tmp_path):
    assert table_rows(rendered(tmp_path), "Edit to feedback") == [
        [
            "Edit to feedback",
            "STAR story bank",
            "≤ 50 ms",
            "12 ms (95th percentile of 30)",
            "4.2–12.5 ms",
            "yes",
        ]
    ]


def test_pages_table_shows_what_was_transferred_and_kept_for_offline_use(tmp_path):
    markdown = rendered(tmp_path)
    assert (
        "| Page | Transferred | Then kept for offline use | Requests | Over the network | "
        "From the service worker | Python runtime files |"
    ) in markdown
    assert table_rows(section(markdown, "Through a plain static server"), "Guide page") == [
        ["Guide page", "435.6 KB", "1.2 MB", "12", "12", "0", "0"]
    ]
    assert table_rows(markdown, "Worksheet") == [
        ["Worksheet, return visit", "13.7 MB", "0.0 KB", "25", "19", "6", "7"]
    ]
    assert table_rows(
        section(markdown, "Through the preview server, as a host serves the site"), "Guide page"
    ) == [["Guide page", "136.7 KB", "273.4 KB", "12", "12", "0", "0"]]


def test_the_checks_are_stated_in_words(tmp_path):
    markdown = rendered(tmp_path)
    assert "home, guide and checklists pages fetched no Pyodide file: yes." in markdown
    assert (
        "On return visits the WebAssembly file came from the service worker: **no**, "
        "and Python was restored from its snapshot: yes; so was it in a worksheet opened "
        "after another: yes."
    ) in markdown


def test_one_figure_can_be_quoted_in_prose(tmp_path):
    report = load_report(write(tmp_path, REPORT))
    assert measured(report, "plain-star-python-ready-cold") == "2,480 ms"
    assert measured(report, "plain-star-python-ready-cold", "s") == "2.5 s"
    assert measured(report, "build") == "1.53 s"
    assert measured(report, "preview-guide") == "136.7 KB"
    with pytest.raises(KeyError, match="no measurement or page 'nope'"):
        measured(report, "nope")


def test_text_from_the_file_cannot_break_the_table(tmp_path):
    markdown = rendered(tmp_path, changed(page_1={"label": "Guide | <b>bold</b>"}))
    assert "| Guide \\| &lt;b&gt;bold&lt;/b&gt; | 435.6 KB |" in markdown


def test_an_unknown_server_is_refused(tmp_path):
    error = load_error(tmp_path, changed(page_1={"server": "cdn"}))
    assert (error.entry, error.field) == ("page 1 ('plain-guide')", "server")
    assert "is not one of: plain, preview" in error.problem


def test_a_missing_file_says_how_to_make_it(tmp_path):
    with pytest.raises(DataError) as caught:
        load_report(tmp_path / "data" / "benchmark.json")
    assert str(caught.value) == (
        "data/benchmark.json: whole file: field '-': "
        "the file is missing (run `make bench` to write it)"
    )


def test_invalid_json_names_the_line(tmp_path):
    error = load_error(tmp_path, '{\n  "environment": {},\n  oops\n}')
    assert (error.file, error.entry) == ("data/benchmark.json", "line 3")
    assert error.problem.startswith("is not valid JSON")


def test_a_missing_top_level_field_is_named(tmp_path):
    report = changed()
    del report["pages"]
    assert (
        str(load_error(tmp_path, report))
        == "data/benchmark.json: top level: field 'pages': is missing"
    )


def test_a_missing_measurement_field_names_the_entry(tmp_path):
    report = changed()
    del report["measurements"][2]["budget"]
    error = load_error(tmp_path, report)
    assert str(error) == (
        "data/benchmark.json: measurement 3 ('plain-star-python-ready-warm'): "
        "field 'budget': is missing"
    )


def test_a_wrong_type_says_what_was_expected(tmp_path):
    error = load_error(tmp_path, changed(page_2={"bytes": "14 MB"}))
    assert (error.entry, error.field) == ("page 2 ('plain-star-warm')", "bytes")
    assert error.problem == "expected a whole number, got text"


def test_a_budget_needs_a_verdict(tmp_path):
    error = load_error(tmp_path, changed(measurement_2={"meets_budget": None}))
    assert (error.entry, error.field) == (
        "measurement 2 ('plain-star-python-ready-cold')",
        "meets_budget",
    )


def test_an_unknown_unit_is_refused(tmp_path):
    error = load_error(tmp_path, changed(measurement_1={"unit": "minutes"}))
    assert error.field == "unit" and "is not one of: ms, s" in error.problem


def test_a_bad_date_is_refused(tmp_path):
    error = load_error(
        tmp_path, changed(environment={**REPORT["environment"], "date": "yesterday"})
    )
    assert (error.entry, error.field) == ("environment", "date")


def test_an_empty_measurement_list_is_refused(tmp_path):
    error = load_error(tmp_path, changed(measurements=[]))
    assert (error.entry, error.field, error.problem) == ("top level", "measurements", "is empty")
