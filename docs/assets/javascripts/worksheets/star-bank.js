// The STAR story bank page: the kit does the rest; this shows Python's review, each story's
// verdict and coaching points, and the coverage matrix.

import { startWorksheet } from "../worksheet-kit/kit.js";
import { element } from "./dom.js";

const TONE_LABELS = { good: "Good:", tip: "Tip:", warn: "Fix:" };

function showReview(region, review) {
  region.dataset.level = review.level;
  const points = element("ul", "", "story-points");
  points.append(...review.points.map((point) => {
    const item = element("li", "", `story-point story-point--${point.tone}`);
    item.append(element("span", TONE_LABELS[point.tone], "story-point-tone"), " ", point.message);
    return item;
  }));
  region.replaceChildren(element("p", review.verdict, "story-verdict"), points);
}

// A matrix: one row per question, one column per story, a tick where the story can answer
// the question, and the gaps (questions no story answers) marked in the last column.
function showCoverage(region, coverage, stories) {
  const table = element("table", "", "star-coverage-grid");
  table.append(element("caption", "Common questions (rows) and the stories that can answer them (columns)"));
  const head = element("tr");
  head.append(element("th", "Question"));
  stories.forEach((story, index) => {
    const title = story.title.trim() || "Untitled story";
    const cell = element("th", `${index + 1}`);
    cell.title = title;
    cell.append(element("span", ` ${title}`, "ws-visually-hidden"));
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
  region.replaceChildren(element("p", coverage.summary, "star-coverage-summary"), scroller);
}

function tick(answers) {
  const cell = element("td", "", "star-tick");
  if (answers) cell.append(element("span", "✓", "star-tick-mark"), element("span", "answers", "ws-visually-hidden"));
  return cell;
}

startWorksheet({
  show(reply, view) {
    for (const [id, review] of Object.entries(reply.reviews)) {
      const card = view.card(id);
      if (card) showReview(view.output("feedback", card), review);
    }
    const body = view.output("coverage").querySelector(".ws-output-body");
    showCoverage(body, reply.coverage, view.document.stories);
  },
});
