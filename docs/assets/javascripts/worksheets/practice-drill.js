// The practice drill page: the kit does the rest. This draws the question Python chooses,
// runs the countdown for the answer, records the answer in the page if asked, sends each
// rating and story choice to Python and applies the schedule it returns, and shows
// Python's readiness summary and schedule. Keys work whenever the visitor is not typing.

import { startWorksheet } from "../worksheet-kit/kit.js";
import { button, element } from "./dom.js";

const RATINGS = [["again", "Again", "1"], ["hard", "Hard", "2"], ["good", "Good", "3"], ["easy", "Easy", "4"]];
const NO_STORY = "none";
const WARN_AT = 30_000; // ms left when the clock says so

let drill = null; // the panel's parts, built on the first review
let current = null; // the question on screen, as Python described it
let rated = false; // whether the answer to `current` has been rated
const session = []; // question keys drawn since the page loaded, oldest first
let queue = Promise.resolve(); // the drill's requests to Python, one at a time

// Run `task` once the requests before it are done, so each works on the schedule the last
// one left (two quick key presses must not both rate the same stale copy).
function inTurn(task) {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

// -- building blocks -----------------------------------------------------------------------

function keyed(label, key, onClick) {
  const node = button(label, onClick);
  const hint = element("kbd", key);
  hint.setAttribute("aria-hidden", "true");
  node.setAttribute("aria-keyshortcuts", key);
  node.append(" ", hint);
  return node;
}

function relabel(node, label) {
  node.firstChild.nodeValue = label;
}

function note(className) {
  const node = element("p", "", `drill-note ${className}`);
  node.setAttribute("role", "status");
  return node;
}

function keyList() {
  const keys = element("p", "", "drill-keys");
  const parts = [["N", " next question, "], ["S", " or "], ["Space", " start or pause the clock, "],
    ["R", " record or stop, "], ["1", " to "], ["4", " rate your answer. Keys work whenever you are not typing in a field."]];
  keys.append("Keys: ");
  for (const [key, after] of parts) keys.append(element("kbd", key), after);
  return keys;
}

// -- the countdown ---------------------------------------------------------------------------

const clock = { state: "idle", seconds: 120, left: 120_000, endsAt: 0, ticking: null, warned: false };

function showTime(ms) {
  const whole = Math.ceil(ms / 1000);
  drill.time.textContent = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

function resetClock() {
  clearInterval(clock.ticking);
  Object.assign(clock, { state: "idle", left: clock.seconds * 1000, warned: false });
  showTime(clock.left);
  relabel(drill.startButton, "Start the clock");
  drill.clockNote.textContent = "";
}

function tick() {
  const left = Math.max(0, clock.endsAt - Date.now());
  showTime(left);
  if (left <= WARN_AT && !clock.warned && clock.seconds * 1000 > WARN_AT) {
    clock.warned = true;
    drill.clockNote.textContent = "30 seconds left: head for your result.";
  }
  if (left > 0) return;
  clearInterval(clock.ticking);
  Object.assign(clock, { state: "done", left: 0 });
  relabel(drill.startButton, "Start again");
  drill.clockNote.textContent = "Time is up. Finish your sentence, then rate your answer.";
}

function startOrPause() {
  if (clock.state === "running") {
    clearInterval(clock.ticking);
    Object.assign(clock, { state: "paused", left: Math.max(0, clock.endsAt - Date.now()) });
    relabel(drill.startButton, "Resume");
    drill.clockNote.textContent = "Paused.";
    return;
  }
  if (clock.state === "done") resetClock();
  Object.assign(clock, { state: "running", endsAt: Date.now() + clock.left });
  clock.ticking = setInterval(tick, 250);
  relabel(drill.startButton, "Pause");
  drill.clockNote.textContent = clock.left < clock.seconds * 1000 ? "Going again." : "The clock is running. Answer out loud.";
}

// -- recording, kept in the page only -----------------------------------------------------

const recording = { recorder: null, chunks: [], url: "", keep: true, asking: false };

function micProblem(error) {
  if (error?.name === "NotAllowedError" || error?.name === "SecurityError") {
    return "The microphone was not allowed, so nothing was recorded. To record, allow the microphone for this site in your browser's settings and press Record my answer again; the drill works just as well without it.";
  }
  if (error?.name === "NotFoundError" || error?.name === "OverconstrainedError") {
    return "No microphone was found. Connect one and press Record my answer again, or carry on without recording.";
  }
  if (error?.name === "NotReadableError") return "The microphone is busy in another program or could not start. Close it there and try again.";
  return `Recording could not start (${error?.message ?? error}). The rest of the drill works as usual.`;
}

function forgetRecording() {
  if (recording.recorder?.state === "recording") {
    recording.keep = false;
    recording.recorder.stop();
  }
  if (recording.url) URL.revokeObjectURL(recording.url);
  recording.url = "";
  drill.audio.removeAttribute("src");
  drill.audio.hidden = true;
  drill.download.hidden = true;
}

function recorded(stream) {
  stream.getTracks().forEach((track) => track.stop());
  relabel(drill.recordButton, "Record my answer");
  if (!recording.keep) return;
  const type = recording.recorder.mimeType || "audio/webm";
  recording.url = URL.createObjectURL(new Blob(recording.chunks, { type }));
  drill.audio.src = recording.url;
  drill.audio.hidden = false;
  drill.download.href = recording.url;
  drill.download.download = `my-answer.${type.includes("mp4") ? "m4a" : type.includes("ogg") ? "ogg" : "webm"}`;
  drill.download.hidden = false;
  drill.recordNote.textContent = "Recorded. Play it back below. It stays in this page only: it is gone when you reload or draw the next question, unless you download it.";
}

async function toggleRecording() {
  if (recording.recorder?.state === "recording") return recording.recorder.stop();
  if (recording.asking) return; // still waiting for the browser's answer about the microphone
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined") {
    drill.recordNote.textContent = "This browser cannot record from a microphone on this page. The rest of the drill works as usual.";
    return;
  }
  let stream;
  recording.asking = true;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    drill.recordNote.textContent = micProblem(error);
    return;
  } finally {
    recording.asking = false;
  }
  forgetRecording();
  Object.assign(recording, { recorder: new MediaRecorder(stream), chunks: [], keep: true });
  recording.recorder.addEventListener("dataavailable", (event) => recording.chunks.push(event.data));
  recording.recorder.addEventListener("stop", () => recorded(stream));
  recording.recorder.start();
  relabel(drill.recordButton, "Stop recording");
  drill.recordNote.textContent = "Recording… Press Stop recording (or R) when you have finished.";
}

// -- questions, stories and ratings: Python decides ---------------------------------------

async function nextQuestion(view) {
  const reply = await view.request("next", { session });
  if (!reply.ok) return view.say(reply.error);
  forgetRecording();
  resetClock();
  for (const part of [drill.why, drill.meta, drill.tip, drill.storyNote, drill.rated, drill.recordNote]) part.replaceChildren();
  current = reply.question;
  rated = false;
  if (!current) {
    drill.question.textContent = "There are no questions to practise yet: add one of your own below.";
    return;
  }
  session.push(current.key);
  drill.question.textContent = current.text;
  drill.meta.textContent = [current.kind, current.competencies.join(", ")].filter(Boolean).join(" · ");
  drill.why.textContent = current.reason;
  Object.assign(drill.notes, { hidden: !current.notes.trim(), open: false });
  drill.notes.lastChild.textContent = current.notes;
  drill.tip.append(current.tip);
  if (current.guide) {
    const link = element("a", "How to answer this kind of question");
    link.href = view.siteUrl(current.guide);
    drill.tip.append(" ", link);
  }
  fillStories(current);
}

function fillStories(question) {
  const select = drill.story;
  const fitting = question.stories.filter((story) => story.fits);
  const others = question.stories.filter((story) => !story.fits);
  const options = [new Option(question.stories.length ? "Choose a story…" : "No stories in your STAR bank yet", "")];
  for (const [label, stories] of [["Stories that fit this question", fitting], ["Other stories", others]]) {
    if (!stories.length) continue;
    const group = element("optgroup");
    group.label = label;
    group.append(...stories.map((story) => new Option(story.title, story.id)));
    options.push(group);
  }
  options.push(new Option("No story yet", NO_STORY));
  select.replaceChildren(...options);
  select.value = question.story;
  if (select.selectedIndex < 0) select.value = "";
  select.disabled = false;
}

async function chooseStory(view, story) {
  const reply = await view.request("choose-story", { question: current.key, story });
  if (!reply.ok) return view.say(reply.error);
  drill.storyNote.textContent = "";
  if (reply.add_to_prep) {
    const added = view.addToWorksheet("first-round-debrief", "stories_needed", { text: reply.question });
    if (!added) {
      drill.storyNote.textContent = "This question could not be added to your first-round debrief: its list of stories to write is full, or this browser is not saving.";
      return;
    }
    drill.storyNote.textContent = "Added to “Stories I still need” in your first-round debrief. Write the story when you can, then choose it here.";
  } else if (story === NO_STORY) {
    drill.storyNote.textContent = "This question is already on the list of stories to write in your first-round debrief.";
  }
  view.document.practice = reply.practice;
  view.changed();
}

async function rate(view, rating) {
  const notYet = !current ? "Draw a question first: press Next question (N)." : rated ? "You have rated this answer. Press Next question (N) for another." : "";
  if (notYet) {
    drill.rated.textContent = notYet;
    return;
  }
  const reply = await view.request("rate", { question: current.key, rating });
  if (!reply.ok) return view.say(reply.error);
  rated = true;
  if (clock.state === "running") startOrPause();
  view.document.practice = reply.practice;
  view.changed();
  drill.rated.textContent = reply.message;
}

// -- the panel and its keys ----------------------------------------------------------------

function buildPanel(view) {
  const body = view.output("drill").querySelector(".ws-output-body");
  const parts = {
    question: element("p", "Press Next question to draw your first question.", "drill-question"),
    meta: element("p", "", "drill-meta"),
    why: element("p", "", "drill-why"),
    tip: element("p", "", "drill-tip"),
    notes: element("details", "", "drill-notes"),
    nextButton: keyed("Next question", "N", () => inTurn(() => nextQuestion(view))),
    time: element("span", "", "drill-time"),
    startButton: keyed("Start the clock", "S", startOrPause),
    clockNote: note("drill-clock-note"),
    story: element("select"),
    storyNote: note("drill-story-note"),
    recordButton: keyed("Record my answer", "R", toggleRecording),
    audio: element("audio"),
    download: element("a", "Download recording", "md-button"),
    recordNote: note("drill-record-note"),
    rated: note("drill-rated"),
  };
  drill = parts;
  parts.time.setAttribute("role", "timer");
  parts.time.setAttribute("aria-label", "Time left");
  Object.assign(parts.audio, { controls: true, hidden: true });
  parts.download.hidden = true;
  parts.notes.hidden = true;
  parts.notes.append(element("summary", "My notes for this question"), element("p"));
  parts.story.id = "drill-story";
  parts.story.disabled = true;
  parts.story.append(new Option("Draw a question first", ""));
  parts.story.addEventListener("change", () => {
    const story = parts.story.value;
    inTurn(() => chooseStory(view, story));
  });
  const storyField = element("div", "", "ws-field drill-story");
  const storyLabel = element("label", "The story I would tell");
  storyLabel.htmlFor = parts.story.id;
  storyField.append(storyLabel, parts.story);
  const rating = element("div", "", "drill-rating");
  rating.setAttribute("role", "group");
  rating.setAttribute("aria-label", "Rate your answer");
  rating.append(element("span", "How did that answer go?", "drill-rating-label"),
    ...RATINGS.map(([id, label, key]) => keyed(label, key, () => inTurn(() => rate(view, id)))));
  const timer = element("div", "", "drill-clock");
  timer.append(parts.time, parts.startButton);
  const recorder = element("div", "", "drill-recorder");
  recorder.append(parts.recordButton, parts.audio, parts.download);
  body.replaceChildren(parts.question, parts.meta, parts.why, parts.tip, parts.notes, parts.nextButton, timer,
    parts.clockNote, storyField, parts.storyNote, recorder, parts.recordNote, rating, parts.rated, keyList());
  resetClock();
  listenForKeys(view);
}

function typingIn(target) {
  return target instanceof Element && Boolean(target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']"));
}

function listenForKeys(view) {
  const actions = {
    n: () => inTurn(() => nextQuestion(view)),
    s: startOrPause,
    " ": startOrPause,
    r: toggleRecording,
    ...Object.fromEntries(RATINGS.map(([id, , key]) => [key, () => inTurn(() => rate(view, id))])),
  };
  // On the document, before Material's own keys (N opens the next page, S the search) see it.
  document.addEventListener("keydown", (event) => {
    const act = actions[event.key.toLowerCase()];
    if (!act || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
    if (document.querySelector("dialog[open]")) return;
    // Space on a button, link or player is that control's own key.
    if (event.key === " " && event.target instanceof Element && event.target.closest("button, a, summary, audio")) return;
    event.preventDefault();
    event.stopPropagation();
    if (!event.repeat) act();
  });
}

// -- Python's review: readiness and schedule ----------------------------------------------

function table(caption, headings, rows) {
  const node = element("table", "", "drill-table");
  node.append(element("caption", caption));
  const head = element("tr");
  head.append(...headings.map((text) => Object.assign(element("th", text), { scope: "col" })));
  const thead = element("thead");
  thead.append(head);
  const tbody = element("tbody");
  for (const [first, ...cells] of rows) {
    const row = element("tr");
    row.append(Object.assign(element("th", first), { scope: "row" }), ...cells.map((text) => element("td", text)));
    tbody.append(row);
  }
  node.append(thead, tbody);
  return node;
}

function showReadiness(view, readiness) {
  const rows = readiness.rows.map((row) => [row.name, row.stories === null ? "–" : String(row.stories), String(row.practised), String(row.due), String(row.never)]);
  view.output("readiness").querySelector(".ws-output-body").replaceChildren(
    element("p", readiness.summary, "drill-summary"),
    table("Questions by competency: practised and not yet due, due again, and never practised", ["Competency", "Stories", "Practised", "Due", "Never"], rows),
  );
}

function showSchedule(view, schedule) {
  const body = view.output("schedule").querySelector(".ws-output-body");
  if (!schedule.length) return body.replaceChildren(element("p", "Nothing practised yet. Rate an answer and it appears here with the day it comes back."));
  const rows = schedule.map((item) => [item.text, item.comes_back, item.rating]);
  body.replaceChildren(table("Practised questions, the soonest back first", ["Question", "Comes back", "Last rating"], rows));
}

startWorksheet({
  show(reply, view) {
    if (!drill) buildPanel(view);
    if (clock.seconds !== reply.seconds) {
      clock.seconds = reply.seconds;
      if (clock.state === "idle") resetClock();
    }
    for (const [id, progress] of Object.entries(reply.own)) {
      const card = view.card(id);
      if (card) view.output("progress", card).textContent = progress;
    }
    showReadiness(view, reply.readiness);
    showSchedule(view, reply.schedule);
  },
});
