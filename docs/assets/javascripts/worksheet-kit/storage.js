import { readable } from "./shape.js";

// Each worksheet's document in this browser's localStorage, under the key its spec names.
// Nothing here leaves the device. Saved data that cannot be read is moved aside, never
// overwritten, so it is not lost.

const ASIDE = ":unreadable";

// The saved document, or the empty one, and `problem`: what the visitor should know about it
// (storage refused, or saved notes that could not all be read, which are kept aside).
export function loadDocument(spec) {
  let raw;
  try {
    raw = localStorage.getItem(spec.storage_key);
  } catch {
    return { document: structuredClone(spec.empty), problem: REFUSED, refused: true };
  }
  if (raw === null) return { document: structuredClone(spec.empty), problem: "" };
  const saved = parseDocument(raw, spec.empty.format);
  const { document, dropped } = saved ? readable(saved, spec) : { document: structuredClone(spec.empty), dropped: 1 };
  if (!dropped) return { document, problem: "" };
  const aside = setAside(spec.storage_key, raw);
  const what = saved ? `Part of the notes saved in this browser could not be read (${dropped} ${dropped === 1 ? "entry" : "entries"}); the rest is shown here.` : "The notes saved in this browser could not be read, so the page starts empty.";
  return { document, problem: `${what} The unreadable copy is kept in localStorage under “${aside}”.` };
}

export const REFUSED = "This browser is not saving your notes (storage is refused or full): they are kept in this page until you close it. Use Export JSON to keep them.";

// Another worksheet's saved document, or null (missing or unreadable): used read-only.
export function readSaved(key, format) {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : parseDocument(raw, format);
  } catch {
    return null;
  }
}

export function parseDocument(raw, format) {
  try {
    const value = JSON.parse(raw);
    return value && typeof value === "object" && value.format === format ? value : null;
  } catch {
    return null;
  }
}

// Keep an unreadable copy under its own key (never over an earlier one); returns that key.
function setAside(key, raw) {
  let aside = key + ASIDE;
  try {
    for (let count = 2; localStorage.getItem(aside) !== null && localStorage.getItem(aside) !== raw; count++) aside = `${key}${ASIDE}-${count}`;
    localStorage.setItem(aside, raw);
  } catch {
    // storage refused: the unreadable copy stays where it is, which also keeps it
  }
  return aside;
}

export function saveDocument(key, document) {
  try {
    localStorage.setItem(key, JSON.stringify(document));
    return true;
  } catch {
    return false;
  }
}

export function eraseDocuments(keys) {
  try {
    for (const key of keys) {
      for (const stored of Object.keys(localStorage)) if (stored === key || stored.startsWith(key + ASIDE)) localStorage.removeItem(stored);
    }
  } catch {
    // storage unavailable: there is nothing saved to erase
  }
}

// Another tab saved or erased something: calls back with the key (null when all storage was
// cleared) and the new value as text (null when erased); see parseDocument.
export function onSavedElsewhere(callback) {
  window.addEventListener("storage", (event) => callback(event.key, event.newValue));
}

// The interpreter snapshot kept for quick starts (runtime/worker.js) is a memory image taken
// after Python has read the visitor's notes, so it may hold some of their text: erasing
// notes deletes it too. The next visit starts Python the slow way and makes a new one.
export async function eraseSnapshots() {
  try {
    const cache = await caches.open("second-round-runtime");
    for (const request of await cache.keys()) if (request.url.endsWith("/interpreter-snapshot.bin")) await cache.delete(request);
  } catch {
    // no Cache Storage: there is no snapshot either
  }
}
