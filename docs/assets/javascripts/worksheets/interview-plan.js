// The interview plan page: the kit does the rest; this shows Python's output. For each
// person: suggested questions to keep or remove, and a thank-you note to copy or email;
// for the whole plan: what the coach noticed and the printable day sheet.

import { startWorksheet } from "../worksheet-kit/kit.js";
import { button, element } from "./dom.js";

const SHOWN_AT_FIRST = 3;
const shownCount = new Map(); // person id -> how many suggestions are showing (page state only)
const TONE_LABELS = { tip: "Tip:", warn: "Fix:" };

function showSuggestions(view, card, ids) {
  const region = view.output("suggestions", card);
  const person = card.record;
  const bank = new Map(view.data.questions_to_ask.map((question) => [question.id, question]));
  const count = shownCount.get(person.id) ?? SHOWN_AT_FIRST;
  const heading = element("p", "Suggested questions", "plan-suggestions-title");
  if (!ids.length) return region.replaceChildren(heading, element("p", "No more suggestions for this person: add your own question."));
  const list = element("ul", "", "plan-suggestions");
  for (const id of ids.slice(0, count)) {
    const item = element("li", "", "plan-suggestion");
    const text = bank.get(id).text;
    item.append(element("span", text),
      button("Keep", () => view.addTo(card, "questions", { text, source: id })),
      button("Remove", () => { person.dismissed.push(id); view.changed(); }));
    item.querySelectorAll("button").forEach((b, index) => b.setAttribute("aria-label", `${index ? "Remove" : "Keep"}: ${text}`));
    list.append(item);
  }
  const parts = [heading, list];
  if (ids.length > count) {
    parts.push(button("More suggestions", () => {
      shownCount.set(person.id, count + SHOWN_AT_FIRST);
      showSuggestions(view, card, ids);
      region.querySelector(".plan-suggestion:nth-child(" + (count + 1) + ") button")?.focus();
    }));
  }
  region.replaceChildren(...parts);
}

async function copyText(text, region) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API (plain http on a network address): copy from a selected text box.
    const box = Object.assign(element("textarea"), { value: text });
    region.append(box);
    box.select();
    document.execCommand("copy");
    box.remove();
  }
  region.querySelector(".plan-note-status").textContent = "Note copied.";
}

function showNote(view, card, note) {
  const region = view.output("note", card);
  const text = `${note.subject}\n\n${note.body}`;
  const email = element("a", "Open in email", "md-button");
  email.href = note.mailto;
  region.replaceChildren(
    element("p", "Thank-you note (a draft: make it yours)", "plan-note-title"),
    element("p", `Subject: ${note.subject}`, "plan-note-subject"),
    element("p", note.body, "plan-note-body"),
    button("Copy note", () => copyText(text, region)),
    email,
    element("span", "", "plan-note-status"),
  );
  region.querySelector(".plan-note-status").setAttribute("role", "status");
}

function showChecks(view, checks) {
  const body = view.output("checks").querySelector(".ws-output-body");
  if (!checks.length) return body.replaceChildren(element("p", "Nothing to flag: every person has questions, none is repeated, and pay is left to HR."));
  const list = element("ul", "", "plan-checks");
  list.append(...checks.map((check) => {
    const item = element("li", "", `plan-check plan-check--${check.tone}`);
    item.append(element("span", TONE_LABELS[check.tone], "story-point-tone"), " ", check.message);
    return item;
  }));
  body.replaceChildren(list);
}

function showDaySheet(view, sheet) {
  const body = view.output("day_sheet").querySelector(".ws-output-body");
  if (sheet.empty) return body.replaceChildren(element("p", "Fill in the interview and the people you will meet: the day sheet builds itself from them and from your STAR stories."));
  const parts = [element("h3", sheet.title)];
  if (sheet.logistics.length) {
    const facts = element("dl", "", "plan-day-facts");
    for (const { label, value } of sheet.logistics) facts.append(element("dt", label), element("dd", value));
    parts.push(facts);
  }
  for (const person of sheet.people) {
    const about = [person.role, person.kind_label].filter(Boolean).join(", ");
    const block = element("section", "", "plan-day-person");
    block.append(element("h4", about ? `${person.name} (${about})` : person.name));
    if (person.known) block.append(element("p", person.known, "plan-day-known"));
    if (person.must_ask.length) block.append(element("p", "Must ask:", "plan-day-label"), listOf(person.must_ask));
    if (person.other_questions.length) block.append(element("p", "If there is time:", "plan-day-label"), listOf(person.other_questions));
    parts.push(block);
  }
  if (sheet.stories.length) {
    parts.push(element("h4", "My top stories"));
    parts.push(listOf(sheet.stories.map((story) => `${story.title}: ${story.result}`)));
  }
  body.replaceChildren(...parts);
}

function listOf(texts) {
  const list = element("ul");
  list.append(...texts.map((text) => element("li", text)));
  return list;
}

startWorksheet({
  show(reply, view) {
    for (const [id, ids] of Object.entries(reply.suggestions)) {
      const card = view.card(id);
      if (card) showSuggestions(view, card, ids);
    }
    for (const [id, note] of Object.entries(reply.notes)) {
      const card = view.card(id);
      if (card) showNote(view, card, note);
    }
    showChecks(view, reply.checks);
    showDaySheet(view, reply.day_sheet);
  },
  actions: {
    async reminder(view) {
      const reply = await view.request("reminder");
      if (reply.ok) view.download(reply);
      else view.say(reply.error);
    },
    "print-day-sheet": (view) => view.printOnly("day_sheet"),
  },
});
