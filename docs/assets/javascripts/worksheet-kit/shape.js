// Saved data, made safe to show before Python is ready. A saved document may be damaged (a
// record that is null, a field of the wrong type) or left by an older version of the site.
// This keeps, field by field as the spec declares them, every value of the right kind and
// counts what it had to leave out; Python checks the document fully once it has loaded.

const TEXT_KINDS = new Set(["line", "email", "datetime", "text", "hidden", "choice"]);

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// {document, dropped}: the readable part of `raw`, and how many values were left out.
export function readable(raw, spec) {
  const counter = { dropped: 0 };
  const document = { ...structuredClone(spec.empty), ...pick(raw, spec.fields, counter) };
  return { document, dropped: counter.dropped };
}

function pick(raw, fields, counter) {
  const kept = {};
  for (const field of fields) {
    if (!(field.name in raw)) continue;
    const value = valueOf(raw[field.name], field, counter);
    if (value === undefined) counter.dropped += 1;
    else kept[field.name] = value;
  }
  return kept;
}

function valueOf(value, field, counter) {
  if (TEXT_KINDS.has(field.kind)) return typeof value === "string" ? value : undefined;
  if (field.kind === "checkbox") return typeof value === "boolean" ? value : undefined;
  if (field.kind === "number") return Number.isFinite(value) ? value : undefined;
  if (field.kind === "checkboxes") return Array.isArray(value) ? value.filter((item) => typeof item === "string") : undefined;
  if (field.kind === "group") return isObject(value) ? { ...structuredClone(field.blank), ...pick(value, field.fields, counter) } : undefined;
  if (field.kind === "records") return Array.isArray(value) ? records(value, field, counter) : undefined;
  return undefined;
}

// The records that are objects with an id, each with its readable fields; ids made unique.
function records(list, field, counter) {
  const seen = new Set();
  const kept = [];
  list.forEach((raw, index) => {
    if (!isObject(raw)) {
      counter.dropped += 1;
      return;
    }
    let id = typeof raw.id === "string" && raw.id.trim() ? raw.id : `${field.records.id_prefix}-${index + 1}`;
    while (seen.has(id)) id += "-2";
    seen.add(id);
    kept.push({ ...structuredClone(field.records.blank), ...pick(raw, field.records.fields, counter), id });
  });
  return kept;
}
