// The worksheet kit: everything a worksheet page does that is not its own. It saves each
// keystroke at once, starts Python in a Web Worker, runs the review loop, manages lists of
// records, the toolbar (export, import, print, erase) and changes made in another tab.
//
// A worksheet's page script calls startWorksheet({ show, actions }) and adds only what is
// its own: `show(reply, view)` puts Python's review on the page, and `actions` handles its
// own toolbar buttons. The form, the saved data and the files all follow from the spec the
// build embedded in the page (worksheets/<id>.py in the worksheets package).

import { startPython } from "./python.js";
import { loadDocument, readSaved, saveDocument, eraseDocuments, eraseSnapshots, onSavedElsewhere, parseDocument, REFUSED } from "./storage.js";
import { readable } from "./shape.js";
import { download } from "./files.js";
import { fill, fitText, ownList, readField, setHeading, showLength } from "./form.js";
import { actOn, addRecord, createUndo } from "./records.js";

// Today in the visitor's time zone, as "YYYY-MM-DD".
function localDate(now = new Date()) {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
}

export function startWorksheet({ show, actions = {} }) {
  const root = document.querySelector("[data-worksheet]");
  const { spec, data, worksheets, choices } = JSON.parse(root.querySelector(".worksheet-data").textContent);
  const message = root.querySelector(".worksheet-message");
  const status = root.querySelector(".worksheet-status-text");
  const progressBar = root.querySelector(".worksheet-progress");
  const undo = createUndo(root.querySelector(".worksheet-undo"), (record) => { changed(); focusRecord(record); });

  let { document: doc, problem, refused } = loadDocument(spec);
  let python = null; // set once Python is ready
  let reviewing = false;
  let reviewAgain = false;
  let editedAt = null; // when the oldest edit not yet reviewed was made (for the benchmark)

  const say = (text) => { message.textContent = text; };

  // -- the form and saving ---------------------------------------------------------------

  function render() {
    fill(root, spec.fields, doc, { root });
    root.querySelectorAll("textarea").forEach(fitText);
  }

  // The status line says what is true: saved as typed, or kept in this page only.
  const savingNote = () => (refused ? REFUSED : "Your notes are saved in this browser as you type.");

  function save() {
    const saved = saveDocument(spec.storage_key, doc);
    if (saved === !refused) return;
    refused = !saved;
    status.textContent = `${savingNote()} ${python ? "The coach is ready." : ""}`;
    if (refused) say(REFUSED);
  }

  // Something in the document changed: show it, save it and ask Python to look again.
  function changed() {
    render();
    save();
    requestReview();
  }

  function focusRecord(record, selector = "input, textarea, select") {
    const card = root.querySelector(`[data-record-id="${CSS.escape(record.id)}"]`);
    card?.querySelector(selector)?.focus();
  }

  // The record or group an input belongs to, and the spec field it holds.
  function fieldOf(control) {
    const card = control.closest("[data-record]");
    const group = control.closest("[data-group]");
    if (card) return { scope: card, target: card.record, field: card.field.records.fields.find((f) => f.name === control.name) };
    if (group) {
      const groupField = spec.fields.find((f) => f.name === group.dataset.group);
      return { scope: group, target: doc[groupField.name], field: groupField.fields.find((f) => f.name === control.name) };
    }
    return { scope: root, target: doc, field: spec.fields.find((f) => f.name === control.name) };
  }

  root.addEventListener("input", (event) => {
    if (!event.target.name || event.target.type === "file") return;
    const { scope, target, field } = fieldOf(event.target);
    if (!field) return;
    editedAt ??= performance.now();
    target[field.name] = readField(scope, field);
    if (event.target.tagName === "TEXTAREA") fitText(event.target);
    if (typeof target[field.name] === "string") showLength(event.target, spec.max_chars);
    if (scope.record && field.name === scope.field.records.title_field) {
      setHeading(scope, scope.field.records, [...scope.parentElement.children].indexOf(scope) + 1);
    }
    save();
    requestReview();
  });

  // -- lists of records ------------------------------------------------------------------

  function listFor(button) {
    const owner = button.closest("[data-record]");
    const name = button.dataset.add;
    return owner ? ownList(owner, name) : root.querySelector(`[data-list="${name}"]`);
  }

  function add(list, values) {
    if (list.records.length >= list.field.records.max) {
      say(`You have reached the limit of ${list.field.records.max} ${list.field.records.plural}.`);
      return null;
    }
    const record = addRecord(list.records, list.field, values);
    changed();
    return record;
  }

  root.addEventListener("click", (event) => {
    const addButton = event.target.closest("[data-add]");
    if (addButton) {
      const record = add(listFor(addButton));
      if (record) focusRecord(record);
      return;
    }
    const button = event.target.closest("[data-record-action]");
    if (!button) return;
    const card = button.closest("[data-record]");
    const list = card.parentElement;
    const action = button.dataset.recordAction;
    const focus = actOn(action, list.records, list.records.indexOf(card.record), card.field, undo);
    changed();
    if (action === "delete") root.querySelector(".worksheet-undo button")?.focus();
    else if (action === "up" || action === "down") focusRecord(focus, `[data-record-action="${action}"]`);
    else focusRecord(focus);
  });

  // -- Python ----------------------------------------------------------------------------

  // The site data goes with the visitor's own date, for rules that count days (the drill's
  // schedule): Python in the worker cannot rely on knowing the visitor's time zone.
  function request(op, extra = {}) {
    return python.call({ worksheet: spec.id, op, document: doc, others: others(), data: { ...data, today: localDate() }, ...extra });
  }

  function others() {
    const read = {};
    for (const key of spec.reads) {
      const other = worksheets.find((sheet) => sheet.id === key);
      read[key] = readSaved(other.storage_key, other.empty.format);
    }
    return read;
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
    const reply = await request("review");
    reviewing = false;
    if (reviewAgain) {
      reviewAgain = false;
      editedAt ??= since;
      return requestReview();
    }
    if (!reply.ok) return say(reply.error);
    show(reply, view);
    if (since !== null) performance.measure("worksheet:edit-to-feedback", { start: since });
  }

  // What a worksheet's own script may use to show output and act on the document.
  const view = {
    root,
    get document() { return doc; },
    data,
    say,
    changed,
    request,
    download,
    card: (id) => root.querySelector(`[data-record-id="${CSS.escape(id)}"]`),
    // Python's output by record id: show(card, value) for each record whose card is on the page.
    eachCard(byId, show) {
      for (const [id, value] of Object.entries(byId)) {
        const card = view.card(id);
        if (card) show(card, value);
      }
    },
    // The address of a page of the site, given from its root ("guide/research/#…") as Python does.
    siteUrl: (path) => new URL(path, new URL(root.dataset.root, document.baseURI)).href,
    output: (name, scope = root) => [...scope.querySelectorAll(`[data-output="${name}"]`)]
      .find((region) => region.closest("[data-record]") === scope.closest("[data-record]")),
    addTo(card, listName, values) {
      return add(ownList(card, listName), values);
    },
    // Add a record to another worksheet's saved list (a debrief's story to the STAR bank);
    // returns the record, or null if that list is full or the browser refused to save.
    addToWorksheet(id, listName, values) {
      const other = worksheets.find((sheet) => sheet.id === id);
      const field = other.fields.find((f) => f.name === listName);
      const saved = readSaved(other.storage_key, other.empty.format);
      const document = saved ? readable(saved, other).document : structuredClone(other.empty);
      if (document[listName].length >= field.records.max) return null;
      const record = addRecord(document[listName], field, values);
      return saveDocument(other.storage_key, document) ? record : null;
    },
    // Print one output region alone (the plan's day sheet), without the form around it.
    printOnly(name) {
      root.classList.add("print-target");
      view.output(name).classList.add("ws-print-part");
      document.documentElement.dataset.printOnly = name;
      window.print();
    },
  };

  function pythonReady({ restored }) {
    performance.mark("worksheet:python-ready", { detail: { restored } });
    status.textContent = `${savingNote()} The coach is ready.`;
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
    const starting = startPython({
      worker: url("worker"),
      pyodide: url("pyodide"),
      wheel: url("wheel"),
      onProgress({ step, steps, label }) {
        progressBar.max = steps;
        progressBar.value = step;
        status.textContent = `${savingNote()} ${label}`;
      },
      onCached: () => performance.mark("worksheet:cached-for-next-visit"),
    });
    starting.ready.then((ready) => {
      python = starting;
      pythonReady(ready);
    }, (error) => {
      progressBar.hidden = true;
      status.textContent = `${savingNote()} The coach (Python) could not load: ${error.message}. Feedback, export and import need it; reload to try again.`;
    });
  }

  // -- the toolbar: files, print and erase -------------------------------------------------

  async function exportAs(op, extra) {
    const reply = await request(op, extra);
    if (reply.ok) download(reply);
    else say(reply.error);
  }

  function savedDocuments() {
    const documents = {};
    for (const sheet of worksheets) {
      documents[sheet.id] = sheet.id === spec.id ? doc : readSaved(sheet.storage_key, sheet.empty.format);
    }
    return documents;
  }

  const isEmpty = (document, sheet) => !document || JSON.stringify(document) === JSON.stringify(sheet.empty);

  async function importFile(input) {
    const file = input.files[0];
    input.value = "";
    if (!file) return;
    const reply = await request("import", { text: await file.text(), choices });
    if (!reply.ok) return say(`Nothing was imported: ${reply.error} Your saved notes are unchanged.`);
    const saved = savedDocuments();
    const replacing = worksheets.filter((sheet) => sheet.id in reply.documents && !isEmpty(saved[sheet.id], sheet));
    if (replacing.length && !confirm(`Replace what is saved in this browser (${replacing.map((sheet) => sheet.title).join(", ")}) with the ${reply.summary} in “${file.name}”?`)) return;
    const unsaved = worksheets.filter((sheet) => sheet.id in reply.documents && !saveDocument(sheet.storage_key, reply.documents[sheet.id]));
    if (spec.id in reply.documents) doc = reply.documents[spec.id];
    undo.forget();
    render();
    requestReview();
    if (unsaved.length) say(`The browser could not save the imported ${unsaved.map((sheet) => sheet.title).join(", ")} (its storage is refused or full): it is shown here but will be gone when you reload. Keep your file, use Export JSON to save what you change, or trim your notes and import again.`);
    else say(`Imported ${reply.summary} from “${file.name}”.`);
  }

  const eraseDialog = root.querySelector(".worksheet-erase");
  eraseDialog.addEventListener("close", () => {
    const choice = eraseDialog.returnValue;
    if (choice !== "this" && choice !== "all") return;
    const erased = choice === "all" ? worksheets : worksheets.filter((sheet) => sheet.id === spec.id);
    eraseDocuments(erased.map((sheet) => sheet.storage_key));
    eraseSnapshots();
    doc = structuredClone(spec.empty);
    undo.forget();
    render();
    requestReview();
    say(choice === "all" ? "Every worksheet's notes were erased from this browser." : `Your ${spec.title} notes were erased from this browser.`);
  });

  const toolbarActions = {
    "export-markdown": () => exportAs("export-markdown"),
    "export-workbook": () => exportAs("export-workbook", { documents: savedDocuments() }),
    print: () => window.print(),
    erase: () => {
      eraseDialog.returnValue = "";
      eraseDialog.showModal();
    },
    ...Object.fromEntries(Object.entries(actions).map(([name, act]) => [name, () => act(view)])),
  };

  root.querySelector(".worksheet-toolbar").addEventListener("click", (event) => {
    const action = event.target.closest("button[data-action]")?.dataset.action;
    if (action) toolbarActions[action]();
  });
  root.querySelector('input[data-action="import"]').addEventListener("change", (event) => importFile(event.target));
  window.addEventListener("afterprint", () => {
    delete document.documentElement.dataset.printOnly;
    root.classList.remove("print-target");
    root.querySelector(".ws-print-part")?.classList.remove("ws-print-part");
  });

  // -- other tabs --------------------------------------------------------------------------

  onSavedElsewhere((key, value) => {
    if (key === spec.storage_key || key === null) {
      const saved = value === null ? null : parseDocument(value, spec.empty.format);
      doc = saved ? readable(saved, spec).document : structuredClone(spec.empty);
      undo.forget();
      render();
      say("Your notes were changed in another tab; this page now shows that version.");
    }
    if (key === null || key === spec.storage_key || spec.reads.some((id) => worksheets.find((sheet) => sheet.id === id).storage_key === key)) requestReview();
  });

  // Any script error on the page is said, not swallowed: the notes are saved all the same.
  const oops = (error) => say(`Something went wrong on this page (${error?.message ?? error}). Your notes are saved; reload the page to carry on.`);
  window.addEventListener("error", (event) => oops(event.error ?? event.message));
  window.addEventListener("unhandledrejection", (event) => oops(event.reason));

  render();
  if (refused) status.textContent = `${savingNote()} Loading the coach (Python)…`;
  say(problem);
  performance.mark("worksheet:usable");
  startCoach();
  return view;
}
