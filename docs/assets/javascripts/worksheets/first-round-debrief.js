// The first-round debrief page: the kit does the rest; this shows Python's prep plan, with a
// button on each story to start it in the STAR bank, and on each person met a button to
// carry them into the interview plan.

import { startWorksheet } from "../worksheet-kit/kit.js";
import { button, element } from "./dom.js";

const STAR_PAGE = "worksheets/star-stories/";
const PLAN_PAGE = "worksheets/interview-plan/";
const FULL = {
  "star-bank": "Your STAR story bank could not take the story: it is full, or this browser is not saving. Make room there, or export your workbook to keep your notes.",
  "interview-plan": "Your interview plan could not take this person: it is full, or this browser is not saving. Make room there, or export your workbook to keep your notes.",
};

let added = null; // the last thing sent to another worksheet: {text, label, url, card, focus}
let shown = ""; // the reply last shown, so an unchanged plan is not announced again

function link(view, label, url) {
  const anchor = element("a", label);
  anchor.href = view.siteUrl(url);
  return anchor;
}

// Send a record to another worksheet, then say so beside a link to it, and move the
// keyboard focus to that link (the button that was pressed goes away).
function send(view, worksheet, list, values, said) {
  if (!view.addToWorksheet(worksheet, list, values)) return view.say(FULL[worksheet]);
  added = { ...said, focus: true };
  view.changed();
}

// `card`: the id of the question card it sits in, where the confirmation then shows.
function addStoryButton(view, item, card = null) {
  const title = item.star.title;
  const add = button("Add to my STAR stories", () => send(view, "star-bank", "stories", item.star, {
    text: `Added “${title}” to your STAR stories.`, label: "Open my STAR stories", url: STAR_PAGE, card,
  }));
  add.setAttribute("aria-label", `Add to my STAR stories: ${title}`);
  return add;
}

function showItem(view, item) {
  const entry = element("li", "", "prep-item");
  entry.append(element("p", item.text, "prep-item-text"));
  if (item.detail) entry.append(element("p", item.detail, "prep-item-detail"));
  if (item.links.length) {
    const read = element("p", "Read: ", "prep-item-links");
    item.links.forEach((target, index) => read.append(index ? ", " : "", link(view, target.label, target.url)));
    entry.append(read);
  }
  if (item.star) entry.append(storyAction(view, item));
  return entry;
}

// A story to write: the button that starts it in the STAR bank, or a link once it is there.
function storyAction(view, item) {
  if (!item.in_bank) return addStoryButton(view, item);
  const done = element("p", "Already in your STAR stories. ", "prep-item-done");
  done.append(link(view, "Open my STAR stories", STAR_PAGE));
  return done;
}

function showAnswer(view, card, { status, item }) {
  const note = element("p", added?.card === card.record.id ? added.text : status, "prep-status");
  if (item?.in_bank) note.append(" ", link(view, "Open my STAR stories", STAR_PAGE));
  const parts = [note];
  if (item && !item.in_bank) parts.push(addStoryButton(view, item, card.record.id));
  view.output("next", card).replaceChildren(...parts);
}

function showPlan(view, plan) {
  const body = view.output("plan").querySelector(".ws-output-body");
  const parts = [element("p", plan.summary, "prep-summary")];
  if (added && !added.card) {
    const note = element("p", `${added.text} `, "prep-added");
    note.append(link(view, added.label, added.url));
    parts.push(note);
  }
  for (const section of plan.sections) {
    const block = element("section", "", `prep-section prep-section--${section.id}`);
    block.append(element("h3", section.title));
    if (section.items.length) {
      const list = element("ol", "", "prep-items");
      list.append(...section.items.map((item) => showItem(view, item)));
      block.append(list);
    } else {
      block.append(element("p", section.empty, "prep-empty"));
    }
    parts.push(block);
  }
  body.replaceChildren(...parts);
}

function showPerson(view, card, state) {
  const region = view.output("carry", card);
  const person = card.record;
  const name = person.name.trim();
  if (state === "unnamed") return region.replaceChildren(element("p", "Add their name to carry them into your interview plan."));
  if (state === "in-plan") {
    const note = element("p", added?.card === person.id ? `${added.text} ` : "Already in your interview plan. ", "prep-item-done");
    note.append(link(view, "Open my interview plan", PLAN_PAGE));
    return region.replaceChildren(note);
  }
  const carry = button("Carry into my interview plan", () => send(view, "interview-plan", "people",
    { name, role: person.role, kind: person.kind, known: person.noticed, met_before: true },
    { text: `Added ${name} to your interview plan, marked as met in round one.`, label: "Open my interview plan", url: PLAN_PAGE, card: person.id }));
  carry.setAttribute("aria-label", `Carry into my interview plan: ${name}`);
  region.replaceChildren(carry);
}

startWorksheet({
  show(reply, view) {
    const json = JSON.stringify([reply, added?.text, view.document.answers, view.document.people]);
    if (json === shown) return;
    shown = json;
    showPlan(view, reply.plan);
    view.eachCard(reply.answers, (card, state) => showAnswer(view, card, state));
    view.eachCard(reply.people, (card, state) => showPerson(view, card, state));
    if (added?.focus) {
      added.focus = false;
      const scope = added.card ? view.card(added.card) : view.output("plan");
      scope?.querySelector(".prep-added a, .prep-item-done a, .prep-status a")?.focus();
    }
  },
  actions: {
    "print-plan": (view) => view.printOnly("plan"),
  },
});
