// One card per story, cloned from the <template> the build rendered. Visitor text only ever
// goes into form values and textContent, never into HTML.

const TEXT_FIELDS = ["title", "situation", "task", "action", "result", "answers"];
let cardCount = 0;

export function createCard(template, story) {
  const fragment = template.content.cloneNode(true);
  const unique = `story-${++cardCount}`;
  for (const element of fragment.querySelectorAll("[id], [for], [aria-describedby], [aria-labelledby]")) {
    for (const attribute of ["id", "for", "aria-describedby", "aria-labelledby"]) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, value.replaceAll("ID", unique));
    }
  }
  const card = fragment.querySelector(".story");
  card.dataset.storyId = story.id;
  fillCard(card, story);
  return card;
}

function fillCard(card, story) {
  for (const name of TEXT_FIELDS) card.querySelector(`[name="${name}"]`).value = story[name] ?? "";
  for (const box of card.querySelectorAll('[name="competencies"]')) {
    box.checked = (story.competencies ?? []).includes(box.value);
  }
  card.querySelectorAll("textarea").forEach(fitHeight);
}

// The story as the form holds it now.
export function readCard(card, story) {
  const read = Object.fromEntries(TEXT_FIELDS.map((name) => [name, card.querySelector(`[name="${name}"]`).value]));
  const competencies = [...card.querySelectorAll('[name="competencies"]:checked')].map((box) => box.value);
  return { ...story, ...read, competencies };
}

export function setHeading(card, position) {
  const title = card.querySelector('[name="title"]').value.trim();
  card.querySelector(".story-heading").textContent = `Story ${position}: ${title || "Untitled story"}`;
}

// Textareas grow with their text, so nothing is hidden on screen or on paper.
export function fitHeight(textarea) {
  textarea.style.height = "auto";
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}
