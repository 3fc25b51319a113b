// The STAR story bank page. JavaScript owns the page: the form, storage, the worker and
// files. Python (worksheets.service, in a Web Worker) owns every rule: feedback, coverage,
// exports and checking imports. Typing is saved at once, before and without Python.

import { startPython } from "./worksheets/python.js";
import { loadBank, saveBank, eraseBank, onBankChangedElsewhere } from "./worksheets/storage.js";
import { download } from "./worksheets/files.js";
import { createCard, readCard, setHeading, fitHeight } from "./worksheets/story-cards.js";
import { showReview, showCoverage } from "./worksheets/star-feedback.js";

const root = document.querySelector('[data-worksheet="star-bank"]');
const data = JSON.parse(document.getElementById("star-bank-data").textContent);
const template = document.getElementById("story-template");
const list = root.querySelector(".story-list");
const message = root.querySelector(".worksheet-message");
const status = root.querySelector(".worksheet-status-text");
const progressBar = root.querySelector(".worksheet-progress");

let { bank, problem } = loadBank(data.empty_bank);
let python = null; // set once Python is ready
let reviewing = false;
let reviewAgain = false;
let lastDeleted = null;
let editedAt = null; // when the oldest edit not yet reviewed was made (for the benchmark)

// -- storage and review ------------------------------------------------------------------

function save() {
  if (!saveBank(bank)) say("Your browser refused to save: export your stories to keep them.");
  requestReview();
}

function say(text) {
  message.textContent = text;
}

async function requestReview() {
  if (!python) return;
  if (reviewing) {
    reviewAgain = true;
    return;
  }
  reviewing = true;
  const since = editedAt;
  editedAt = null;
  const reply = await python.call({ op: "review", bank, questions: data.questions, competencies: data.competencies });
  reviewing = false;
  if (reviewAgain) {
    reviewAgain = false;
    editedAt ??= since;
    return requestReview();
  }
  if (!reply.ok) return say(reply.error);
  for (const card of list.children) {
    const review = reply.reviews[card.dataset.storyId];
    if (review) showReview(card, review);
  }
  showCoverage(root.querySelector(".star-coverage"), reply.coverage, bank.stories);
  if (since !== null) performance.measure("worksheet:edit-to-feedback", { start: since });
}

// -- the story list ----------------------------------------------------------------------

function render() {
  list.replaceChildren(...bank.stories.map((story) => createCard(template, story)));
  [...list.children].forEach((card, index) => setHeading(card, index + 1));
  root.querySelector(".star-empty").hidden = bank.stories.length > 0;
  requestReview();
}

function storyIndex(card) {
  return bank.stories.findIndex((story) => story.id === card.dataset.storyId);
}

function newId() {
  return `s-${crypto.randomUUID().slice(0, 8)}`;
}

function blankStory() {
  return { ...structuredClone(data.blank_story), id: newId() };
}

function focusStory(index, selector = '[name="title"]') {
  list.children[index]?.querySelector(selector)?.focus();
}

const storyActions = {
  up(index) {
    if (index === 0) return index;
    [bank.stories[index - 1], bank.stories[index]] = [bank.stories[index], bank.stories[index - 1]];
    return index - 1;
  },
  down(index) {
    if (index === bank.stories.length - 1) return index;
    [bank.stories[index + 1], bank.stories[index]] = [bank.stories[index], bank.stories[index + 1]];
    return index + 1;
  },
  duplicate(index) {
    const copy = { ...structuredClone(bank.stories[index]), id: newId() };
    copy.title = `${copy.title || "Untitled story"} (copy)`;
    bank.stories.splice(index + 1, 0, copy);
    return index + 1;
  },
  delete(index) {
    const [story] = bank.stories.splice(index, 1);
    lastDeleted = { story, index };
    showUndo(story);
    return Math.min(index, bank.stories.length - 1);
  },
};

function showUndo(story) {
  const region = root.querySelector(".star-undo");
  const button = Object.assign(document.createElement("button"), { type: "button", className: "md-button", textContent: "Undo" });
  button.addEventListener("click", undoDelete);
  region.replaceChildren(`Deleted “${story.title.trim() || "Untitled story"}”. `, button);
}

function undoDelete() {
  if (!lastDeleted) return;
  bank.stories.splice(lastDeleted.index, 0, lastDeleted.story);
  const index = lastDeleted.index;
  lastDeleted = null;
  root.querySelector(".star-undo").replaceChildren("Story restored.");
  render();
  save();
  focusStory(index);
}

list.addEventListener("input", (event) => {
  const card = event.target.closest(".story");
  const index = storyIndex(card);
  editedAt ??= performance.now();
  bank.stories[index] = readCard(card, bank.stories[index]);
  if (event.target.tagName === "TEXTAREA") fitHeight(event.target);
  if (event.target.name === "title") setHeading(card, index + 1);
  save();
});

list.addEventListener("click", (event) => {
  const button = event.target.closest("[data-story-action]");
  if (!button) return;
  const action = button.dataset.storyAction;
  const focusIndex = storyActions[action](storyIndex(button.closest(".story")));
  render();
  save();
  if (action === "up" || action === "down") focusStory(focusIndex, `[data-story-action="${action}"]`);
  else if (action === "delete") root.querySelector(".star-undo button").focus();
  else focusStory(focusIndex);
});

onBankChangedElsewhere((saved) => {
  bank = saved ?? structuredClone(data.empty_bank);
  render();
  say("Your stories were changed in another tab; this page now shows that version.");
});

// -- toolbar -----------------------------------------------------------------------------

async function exportAs(op) {
  const reply = await python.call({ op, bank, competencies: data.competencies });
  if (reply.ok) download(reply);
  else say(reply.error);
}

async function importFile(input) {
  const file = input.files[0];
  input.value = "";
  if (!file) return;
  const reply = await python.call({ op: "import", text: await file.text(), competencies: data.competencies });
  if (!reply.ok) return say(`Nothing was imported: ${reply.error} Your saved stories are unchanged.`);
  const count = reply.bank.stories.length;
  if (bank.stories.length && !confirm(`Replace your ${bank.stories.length} saved stories with the ${count} in “${file.name}”?`)) return;
  bank = reply.bank;
  render();
  save();
  say(`Imported ${count} ${count === 1 ? "story" : "stories"} from “${file.name}”.`);
}

function erase() {
  if (!confirm("Erase every story saved in this browser? This cannot be undone: export first if you want a copy.")) return;
  eraseBank();
  bank = structuredClone(data.empty_bank);
  lastDeleted = null;
  root.querySelector(".star-undo").replaceChildren();
  render();
  say("Your stories were erased from this browser.");
}

const toolbarActions = {
  add() {
    bank.stories.push(blankStory());
    render();
    save();
    focusStory(bank.stories.length - 1);
  },
  "export-markdown": () => exportAs("export-markdown"),
  "export-json": () => exportAs("export-json"),
  print: () => window.print(),
  erase,
};

root.querySelector(".worksheet-toolbar").addEventListener("click", (event) => {
  const action = event.target.closest("button[data-action]")?.dataset.action;
  if (action) toolbarActions[action]();
});
root.querySelector('input[data-action="import"]').addEventListener("change", (event) => importFile(event.target));

// -- Python ------------------------------------------------------------------------------

function pythonReady({ restored }) {
  performance.mark("worksheet:python-ready", { detail: { restored } });
  status.textContent = "Your notes are saved in this browser as you type. The coach is ready.";
  progressBar.hidden = true;
  for (const control of root.querySelectorAll("[data-needs-python]")) {
    control.disabled = false;
    control.removeAttribute("aria-disabled");
    control.querySelector("input")?.removeAttribute("disabled");
  }
  requestReview();
}

function startCoach() {
  const url = (name) => new URL(root.dataset[name], document.baseURI).href;
  // It serves the runtime on return visits, from the cache the Python worker fills.
  navigator.serviceWorker?.register(url("serviceWorker")).catch(() => {});
  const starting = startPython({
    worker: url("worker"),
    pyodide: url("pyodide"),
    wheel: url("wheel"),
    onProgress({ step, steps, label }) {
      progressBar.max = steps;
      progressBar.value = step;
      status.textContent = `Your notes are saved in this browser as you type. ${label}`;
    },
    onCached: () => performance.mark("worksheet:cached-for-next-visit"),
  });
  starting.ready.then((ready) => {
    python = starting;
    pythonReady(ready);
  }, (error) => {
    progressBar.hidden = true;
    status.textContent = `Your notes are saved in this browser as you type, but the coach (Python) could not load: ${error.message}. Feedback, export and import need it; reload to try again.`;
  });
}

render();
say(problem);
performance.mark("worksheet:usable");
startCoach();
