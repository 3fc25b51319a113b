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
  feedback.querySelector(".story-verdict").textContent = review.verdict;
  const list = feedback.querySelector(".story-points");
  list.replaceChildren(...review.points.map((point) => {
    const item = element("li", "", `story-point story-point--${point.tone}`);
    item.append(element("span", TONE_LABELS[point.tone], "story-point-tone"), " ", point.message);
    return item;
  }));
}

const TONE_LABELS = { good: "Good:", tip: "Tip:", warn: "Fix:" };

// A matrix: one row per question, one column per story, a tick where the story can answer
// the question, and the gaps (questions no story answers) marked in the last column.
export function showCoverage(section, coverage, stories) {
  section.querySelector(".star-coverage-summary").textContent = coverage.summary;
  const table = element("table", "", "star-coverage-grid");
  table.append(element("caption", "Common questions (rows) and the stories that can answer them (columns)"));
  const head = element("tr");
  head.append(element("th", "Question"));
  stories.forEach((story, index) => {
    const title = story.title.trim() || "Untitled story";
    const cell = element("th", `${index + 1}`);
    cell.title = title;
    cell.append(element("span", ` ${title}`, "star-story-title"));
    head.append(cell);
  });
  head.append(element("th", "Gap?"));
  const body = element("tbody");
  for (const question of coverage.questions) {
    const answering = new Set(question.stories);
    const row = element("tr", "", answering.size ? "" : "star-gap");
    const label = element("th", question.text);
    label.scope = "row";
    row.append(label, ...stories.map((story) => tick(answering.has(story.id))));
    row.append(element("td", answering.size ? "" : "No story yet"));
    body.append(row);
  }
  const thead = element("thead");
  thead.append(head);
  table.append(thead, body);
  const scroller = element("div", "", "star-coverage-scroll");
  scroller.append(table);
  section.querySelector(".star-coverage-table").replaceChildren(scroller);
}

function tick(answers) {
  const cell = element("td", "", "star-tick");
  if (answers) cell.append(element("span", "✓", "star-tick-mark"), element("span", "answers", "star-visually-hidden"));
  return cell;
}
