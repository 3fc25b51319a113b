// What the buttons on a list of records do: add, move up and down, duplicate, and delete
// with undo. Each works on the list's array of records (list.records, set by form.js) and
// returns where the keyboard focus should go once the page shows the change.

function newId(prefix) {
  // Not crypto.randomUUID: browsers offer it only on https and localhost.
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, "0");
  return `${prefix}-${Date.now().toString(36).slice(-4)}${random}`;
}

// A copy of a record, with new ids for it and for every record nested inside it.
function copyWithNewIds(record, field) {
  const copy = { ...structuredClone(record), id: newId(field.records.id_prefix) };
  for (const inner of field.records.fields.filter((f) => f.kind === "records")) {
    copy[inner.name] = copy[inner.name].map((nested) => copyWithNewIds(nested, inner));
  }
  return copy;
}

export function addRecord(records, field, values = {}) {
  const record = { ...structuredClone(field.records.blank), ...values, id: newId(field.records.id_prefix) };
  records.push(record);
  return record;
}

export function createUndo(region, onRestore) {
  let last = null;

  function offer(records, record, index, noun, untitled, title) {
    last = { records, record, index };
    const button = Object.assign(document.createElement("button"), { type: "button", className: "md-button", textContent: "Undo" });
    button.addEventListener("click", restore);
    region.replaceChildren(`Deleted ${noun} “${title || untitled}”. `, button);
    return button;
  }

  function restore() {
    if (!last) return;
    const { records, record, index } = last;
    last = null;
    records.splice(index, 0, record);
    region.replaceChildren("Restored.");
    onRestore(record);
  }

  function forget() {
    last = null;
    region.replaceChildren();
  }

  return { offer, forget };
}

// Act on the record at `index` of `records`; returns the record to focus afterwards.
export function actOn(action, records, index, field, undo) {
  const record = records[index];
  if (action === "up" && index > 0) {
    [records[index - 1], records[index]] = [record, records[index - 1]];
  } else if (action === "down" && index < records.length - 1) {
    [records[index + 1], records[index]] = [record, records[index + 1]];
  } else if (action === "duplicate") {
    const copy = copyWithNewIds(record, field);
    const title = field.records.title_field;
    copy[title] = `${copy[title] || field.records.untitled} (copy)`;
    records.splice(index + 1, 0, copy);
    return copy;
  } else if (action === "delete") {
    records.splice(index, 1);
    undo.offer(records, record, index, field.records.noun, field.records.untitled, String(record[field.records.title_field] ?? "").trim());
    return null;
  }
  return record;
}
