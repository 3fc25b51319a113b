"""The worksheet form rendered from a spec (macros/worksheets.py and its templates): a field
the worksheet's script keeps out of sight (shown=False) gets no control, list or template."""

from __future__ import annotations

from pathlib import Path

from macros import worksheets
from macros.data import load_site_data

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = {"worker": "w.js", "wheel": "w.whl", "pyodide": "p/"}


def test_a_hidden_list_of_records_has_no_list_and_no_template():
    html = worksheets.render(
        "practice-drill",
        load_site_data(ROOT / "data").as_json(),
        "worksheets/practice-drill/",
        RUNTIME,
    )
    assert 'data-list="own_questions"' in html and 'data-template="own_questions"' in html
    assert "practice" not in {part.split('"')[1] for part in html.split("data-list=")[1:]}
    assert 'data-template="practice"' not in html and "Practice schedule" not in html
    assert 'name="last_rating"' not in html
