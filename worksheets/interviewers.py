"""The words the interview plan and the question bank share: kinds of interviewer and the
formats an interview can take. The plan's form offers these choices, and every question to
ask in data/questions-to-ask.yml is tagged with the kinds it suits (any but "other")."""

INTERVIEWER_KINDS = {
    "hiring-manager": "Hiring manager",
    "hr": "HR or recruiter",
    "executive": "Senior executive",
    "peer": "Future peer",
    "other": "Other",
}

INTERVIEW_FORMATS = {
    "one-on-one": "One-on-one",
    "panel": "Panel",
    "group": "Group",
    "series": "Series of one-on-ones",
}
