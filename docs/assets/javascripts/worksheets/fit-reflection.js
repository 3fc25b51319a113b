// The fit and reflection page: the kit does the rest; this shows Python's decision note, and
// beside each question that caught the visitor off guard, whether it is in the practice
// drill, with buttons that add one or all of them there.

import { startWorksheet } from "../worksheet-kit/kit.js";
import { button, element, pageLink } from "./dom.js";

const DRILL = "practice-drill";
const DRILL_LIST = "own_questions";
const DRILL_PAGE = "worksheets/practice-drill/";
const DRILL_FULL = "Your practice drill could not take the question: its list is full, or this browser is not saving. Make room there, or export your workbook to keep your notes.";
const SIDES = [["green", "Green flags"], ["red", "Red flags"], ["untoned", "Not marked green or red yet"]];
const ASK = [["hr", "To ask HR or the recruiter"], ["manager", "To ask the hiring manager"]];

// What each output region shows, as JSON: a region redrawn with the same content would be
// announced again to screen readers on every keystroke.
const drawn = new WeakMap();
let focusAfter = null; // after adding to the drill: a question's id, or "all"

function draw(region, content, build) {
  const json = JSON.stringify(content);
  if (drawn.get(region) === json) return;
  drawn.set(region, json);
  region.replaceChildren(...build());
}

function bodyOf(view, name) {
  return view.output(name).querySelector(".ws-output-body");
}

// -- the practice drill ----------------------------------------------------------------------

function addToDrill(view, texts, focus) {
  for (const text of texts) {
    if (!view.addToWorksheet(DRILL, DRILL_LIST, { text })) return view.say(DRILL_FULL);
  }
  view.say(texts.length === 1 ? `Added “${texts[0]}” to your practice drill.` : `Added ${texts.length} questions to your practice drill.`);
  focusAfter = focus;
  view.changed();
}

function showQuestionInDrill(view, card, question) {
  draw(view.output("drill", card), question ?? null, () => {
    if (!question) return [element("p", "Write the question, then you can add it to your practice drill.", "fit-drill-state")];
    if (question.in_drill) {
      const state = element("p", "In your practice drill. ", "fit-drill-state");
      state.append(pageLink(view, "Open my practice drill", DRILL_PAGE));
      return [state];
    }
    const add = button("Add to my practice drill", () => addToDrill(view, [question.text], card.record.id));
    add.setAttribute("aria-label", `Add to my practice drill: ${question.text}`);
    return [add];
  });
}

function showPractise(view, drill) {
  draw(bodyOf(view, "practise"), drill, () => {
    const parts = [element("p", drill.summary, "fit-practise-summary")];
    if (drill.to_add.length) parts.push(button("Add all to my practice drill", () => addToDrill(view, drill.to_add, "all")));
    if (Object.values(drill.questions).some((question) => question.in_drill)) parts.push(pageLink(view, "Open my practice drill", DRILL_PAGE));
    return parts;
  });
}

// -- the decision note -----------------------------------------------------------------------

function linkOr(view, text, url) {
  return url ? pageLink(view, text, url) : text;
}

function listOf(items, build) {
  const list = element("ul");
  list.append(...items.map((item) => {
    const entry = element("li");
    entry.append(...build(item));
    return entry;
  }));
  return list;
}

function flagsPart(view, flags) {
  const part = [element("h3", "The flags, weighed"), ...flags.summary.map((text) => element("p", text))];
  for (const [side, label] of SIDES) {
    if (!flags[side].length) continue;
    part.push(element("h4", label), listOf(flags[side], (flag) => [linkOr(view, flag.text, flag.url), flag.own ? " (my own)" : ""]));
  }
  return part;
}

function feltPart(felt) {
  if (!felt.team && !felt.manager) return [];
  const facts = element("dl", "", "fit-felt");
  if (felt.team) facts.append(element("dt", "How the team felt"), element("dd", felt.team));
  if (felt.manager) facts.append(element("dt", "Would I respect my manager?"), element("dd", felt.manager));
  return [element("h3", "How it felt"), facts];
}

function askPart(view, ask) {
  const part = [element("h3", "Before I say yes")];
  for (const [who, label] of ASK) {
    if (!ask[who].length) continue;
    part.push(element("h4", label), listOf(ask[who], (question) => {
      const why = question.why ? [" ", linkOr(view, question.why, question.url)] : [];
      return [element("span", question.text, "fit-question"), ...why];
    }));
  }
  if (!ask.hr.length && !ask.manager.length) part.push(element("p", "Nothing to ask yet: add what you still need to know below, or the red flags you saw."));
  for (const tip of ask.tips) {
    const note = element("p", `${tip.text} `, "fit-tip");
    note.append(pageLink(view, tip.link.label, tip.link.url));
    part.push(note);
  }
  return part;
}

function nextRoundPart(view, improvements) {
  const part = [element("h3", "For the next round")];
  if (!improvements.length) return [...part, element("p", "No off-guard questions noted. Add them above and the weakest answers come first here.")];
  part.push(listOf(improvements, (item) => {
    const parts = [element("strong", item.question), item.clarity ? ` (${item.clarity}): ` : ": ", item.step];
    for (const link of item.links) parts.push(" ", pageLink(view, link.label, link.url), ".");
    if (item.in_drill) parts.push(" ", element("em", "Already in your practice drill."));
    return parts;
  }));
  return part;
}

function showNote(view, note) {
  draw(bodyOf(view, "note"), note, () => note.empty
    ? [element("p", "Fill in what you saw and felt above, and the decision note writes itself: both sides weighed, the questions to settle before saying yes, and what to practise.")]
    : [...flagsPart(view, note.flags), ...feltPart(note.felt), ...askPart(view, note.ask), ...nextRoundPart(view, note.improvements)]);
}

function moveFocus(view) {
  if (!focusAfter) return;
  const scope = focusAfter === "all" ? view.output("practise") : view.card(focusAfter);
  focusAfter = null;
  scope?.querySelector("a")?.focus();
}

startWorksheet({
  show(reply, view) {
    for (const card of view.root.querySelectorAll(".ws-records--off_guard [data-record]")) {
      showQuestionInDrill(view, card, reply.drill.questions[card.record.id]);
    }
    showPractise(view, reply.drill);
    showNote(view, reply.note);
    moveFocus(view);
  },
  actions: {
    "print-note": (view) => view.printOnly("note"),
  },
});
