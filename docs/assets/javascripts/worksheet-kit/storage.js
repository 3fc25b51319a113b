// Each worksheet's document in this browser's localStorage, under the key its spec names.
// Nothing here leaves the device. Saved data that cannot be read is moved aside, never
// overwritten, so it is not lost.

const ASIDE = ":unreadable";

// The saved document, or the empty one; `problem` says why the page starts empty, if it does.
export function loadDocument(key, empty) {
  let raw;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return { document: structuredClone(empty), problem: "This browser does not allow saving: your notes will be lost when you close the page. Use Export JSON to keep them." };
  }
  if (raw === null) return { document: structuredClone(empty), problem: "" };
  const document = parseDocument(raw, empty.format);
  if (document) return { document, problem: "" };
  setAside(key, raw);
  return {
    document: structuredClone(empty),
    problem: `The notes saved in this browser could not be read, so the page starts empty. The unreadable copy is kept in localStorage under “${key}${ASIDE}”.`,
  };
}

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

function setAside(key, raw) {
  try {
    localStorage.setItem(key + ASIDE, raw);
    localStorage.removeItem(key);
  } catch {
    // storage refused: the unreadable copy stays where it is, which also keeps it
  }
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
      localStorage.removeItem(key);
      localStorage.removeItem(key + ASIDE);
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
