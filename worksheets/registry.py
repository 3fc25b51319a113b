"""Every worksheet of the site, in the order the workbook lists them.

Each worksheet is a module with:

    SPEC                                   its fields (worksheets.spec.Spec)
    review(document, data, others)         Python's output for the page, as a dict
    to_markdown(document, data, others)    the worksheet as a Markdown document
    OPERATIONS (optional)                  its own requests: {op: function(request)}

"data" is the site data the page sends (competencies, questions…) and "others" the saved
documents of the worksheets its SPEC.reads, already checked.
"""

from worksheets import (
    first_round_debrief,
    fit_reflection,
    interview_plan,
    practice_drill,
    star_bank,
)

WORKSHEETS = {
    module.SPEC.id: module
    for module in (first_round_debrief, star_bank, interview_plan, practice_drill, fit_reflection)
}
SPECS = {key: module.SPEC for key, module in WORKSHEETS.items()}
