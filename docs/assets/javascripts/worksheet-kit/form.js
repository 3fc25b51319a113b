// The form, filled from a document and read back, field by field as the spec declares them.
// Lists of records (stories, people, questions) are rendered from their <template>s and
// reconciled by record id, so a card that stays keeps its element, its focus and its caret.
// Visitor text only ever goes into form values and textContent, never into HTML.

let uniqueCount = 0;

// The controls for `field` that belong to `scope` itself, not to a record nested inside it.
function ownControls(scope, name) {
  const owner = scope.closest("[data-record]");
  return [...scope.querySelectorAll(`[name="${name}"]`)].filter((control) => control.closest("[data-record]") === owner);
}

export function ownList(scope, name) {
  const owner = scope.closest("[data-record]");
  return [...scope.querySelectorAll(`[data-list="${name}"]`)].find((list) => list.closest("[data-record]") === owner);
}

export function readField(scope, field) {
  const controls = ownControls(scope, field.name);
  if (field.kind === "checkbox") return controls[0].checked;
  if (field.kind === "checkboxes") return controls.filter((box) => box.checked).map((box) => box.value);
  return controls[0].value;
}

function writeField(scope, field, value) {
  for (const control of ownControls(scope, field.name)) {
    if (control === document.activeElement) continue; // never move the visitor's caret
    if (field.kind === "checkbox") control.checked = Boolean(value);
    else if (field.kind === "checkboxes") control.checked = (value ?? []).includes(control.value);
    else if (control.value !== (value ?? "")) control.value = value ?? "";
    if (control.tagName === "TEXTAREA") fitText(control);
  }
}

// Fill `scope` (the worksheet's root, a group's section or a record's card) from `values`.
export function fill(scope, fields, values, context) {
  for (const field of fields) {
    if (!field.shown) continue; // kept by the worksheet's own script, with no form control
    if (field.kind === "records") renderList(ownList(scope, field.name), field, values[field.name], context);
    else if (field.kind === "group") fill(scope.querySelector(`[data-group="${field.name}"]`), field.fields, values[field.name], context);
    else if (field.kind !== "hidden") writeField(scope, field, values[field.name]);
  }
}

// Make the list show `records`, in order, reusing the card of each record that stays.
function renderList(list, field, records, context) {
  const cards = new Map([...list.children].map((card) => [card.dataset.recordId, card]));
  records.forEach((record, index) => {
    const card = cards.get(record.id) ?? newCard(list.dataset.templatePath ?? field.name, record, context);
    cards.delete(record.id);
    if (list.children[index] !== card) list.insertBefore(card, list.children[index] ?? null);
    card.record = record;
    card.field = field;
    fill(card, field.records.fields, record, context);
    setHeading(card, field.records, index + 1);
  });
  for (const gone of cards.values()) gone.remove();
  list.records = records;
  list.field = field;
  const empty = list.parentElement.querySelector(":scope > .ws-empty");
  if (empty) empty.hidden = records.length > 0;
}

function newCard(path, record, context) {
  const template = context.root.querySelector(`template[data-template="${path}"]`);
  const fragment = template.content.cloneNode(true);
  const unique = `ws-${++uniqueCount}`;
  for (const element of fragment.querySelectorAll("[id], [for], [aria-describedby], [aria-labelledby]")) {
    for (const attribute of ["id", "for", "aria-describedby", "aria-labelledby"]) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, value.replaceAll("ID", unique));
    }
  }
  const card = fragment.querySelector("[data-record]");
  card.dataset.recordId = record.id;
  for (const nested of card.querySelectorAll("[data-list]")) nested.dataset.templatePath = `${path}.${nested.dataset.list}`;
  return card;
}

export function setHeading(card, records, position) {
  const title = String(card.record[records.title_field] ?? "").trim();
  const noun = records.noun[0].toUpperCase() + records.noun.slice(1);
  card.querySelector(".ws-record-heading").textContent = `${noun} ${position}: ${title || records.untitled}`;
}

// Textareas grow with their text on screen. Paper gets a plain copy of the text instead
// (print.css swaps them), since a box sized on screen, or before it was in the page, would
// cut a long answer short on paper.
export function fitText(textarea) {
  textarea.style.height = "auto";
  if (textarea.scrollHeight) textarea.style.height = `${textarea.scrollHeight + 2}px`;
  const copy = textarea.nextElementSibling;
  if (copy?.classList.contains("ws-print-copy")) copy.textContent = textarea.value;
}

// Under a field near or over the length limit, say how near or how far over; otherwise nothing.
export function showLength(control, limit) {
  let counter = control.parentElement.querySelector(":scope > .ws-counter");
  const length = control.value.length;
  if (length < limit * 0.9) return counter?.remove();
  if (!counter) {
    counter = Object.assign(document.createElement("span"), { className: "ws-counter" });
    counter.setAttribute("role", "status");
    control.parentElement.append(counter);
  }
  const number = (n) => n.toLocaleString("en");
  counter.classList.toggle("ws-counter--over", length > limit);
  counter.textContent = length > limit
    ? `${number(length - limit)} characters over the ${number(limit)} limit: shorten it, or the exported file will not import again.`
    : `${number(length)} of ${number(limit)} characters.`;
}
