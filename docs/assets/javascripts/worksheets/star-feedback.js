// Shows what Python said: each story's verdict and coaching points, and the coverage table.
// Everything is built with DOM nodes and textContent; nothing is parsed as HTML.

function element(tag, text = "", className = "") {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function showReview(card, review) {
  const feedback = card.querySelector(".story-feedback");
  feedback.dataset.level = review.level;
  const minutes = Math.floor(review.speaking_seconds / 60);
  const seconds = review.speaking_seconds % 60;
  const time = review.level === "empty" ? "" : ` About ${minutes ? `${minutes} min ` : ""}${seconds} s to say aloud.`;
  feedback.querySelector(".story-verdict").textContent = review.verdict + time;
  const list = feedback.querySelector(".story-points");
  list.replaceChildren(...review.points.map((point) => {
    const item = element("li", "", `story-point story-point--${point.tone}`);
    item.append(element("span", TONE_LABELS[point.tone], "story-point-tone"), " ", point.message);
    return item;
  }));
}

const TONE_LABELS = { good: "Good:", tip: "Tip:", warn: "Fix:" };

export function showCoverage(section, coverage, stories) {
  section.querySelector(".star-coverage-summary").textContent = coverage.summary;
  const titles = new Map(stories.map((story, index) => [story.id, story.title.trim() || `Story ${index + 1}`]));
  const table = element("table", "", "star-coverage-grid");
  table.append(element("caption", "Common questions and the stories that can answer them"));
  const head = element("tr");
  head.append(element("th", "Question"), element("th", "Your stories"));
  const thead = element("thead");
  const body = element("tbody");
  thead.append(head);
  table.append(thead, body);
  for (const question of coverage.questions) {
    const row = element("tr", "", question.stories.length ? "" : "star-gap");
    const answers = question.stories.map((id) => titles.get(id)).join("; ");
    row.append(element("th", question.text), element("td", answers || "No story yet"));
    row.firstChild.scope = "row";
    body.append(row);
  }
  section.querySelector(".star-coverage-table").replaceChildren(table);
}
