/**
 * The feedback report as editors open it: one static HTML page (SVG charts drawn on the server, each with a table of
 * the same figures beside it for screen readers; one hashed inline style and no script, under a CSP like the site's;
 * nothing loaded from anywhere) and a Markdown summary to paste into a pull request.
 */
import { createHash } from "node:crypto";
import { feedbackReasons } from "./feedback.ts";
import type { FeedbackReport, FailedSearch, Suggestion } from "./feedback-report.ts";
import type { TroubleshooterReport } from "./step-report.ts";

export interface ReportPeriod {
  /** ISO dates, or null for "from the first" / "to now". */
  from: string | null;
  to: string | null;
  /** When the report was made (ISO). */
  generated: string;
}

/** Rows shown per list in the summary and in each chart; the HTML tables list every row. */
const summaryRows = 10;

function escape(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((100 * part) / whole)} %`;
}

function suggestionText(suggestion: Suggestion | null): string {
  if (!suggestion) return "no close page: a new synonym or article?";
  if (suggestion.kind === "synonym") return `add to the synonym group of “${suggestion.id}”`;
  return `${suggestion.kind} ${suggestion.id} (“${suggestion.text}”): add the query as a synonym or phrase`;
}

interface Bar {
  label: string;
  /** Stacked parts, drawn left to right; `part` names the CSS class (and the legend). */
  parts: { part: string; value: number }[];
}

/** A horizontal bar chart; its figures are in the table beside it, so the picture itself is one labelled image. */
function barChart(label: string, bars: readonly Bar[]): string {
  const rowHeight = 28;
  const labelWidth = 230;
  const width = 640;
  const max = Math.max(1, ...bars.map((bar) => bar.parts.reduce((sum, part) => sum + part.value, 0)));
  const scale = (width - labelWidth - 60) / max;
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight;
    let x = labelWidth;
    const rects = bar.parts.map((part) => {
      const w = part.value * scale;
      const rect = w > 0 ? `<rect class="bar-${escape(part.part)}" x="${x.toFixed(1)}" y="${y + 5}" width="${w.toFixed(1)}" height="${rowHeight - 10}"/>` : "";
      x += w;
      return rect;
    });
    const total = bar.parts.reduce((sum, part) => sum + part.value, 0);
    const shown = bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label;
    return `<text x="${labelWidth - 8}" y="${y + rowHeight / 2 + 5}" text-anchor="end">${escape(shown)}</text>${rects.join("")}<text x="${(x + 6).toFixed(1)}" y="${y + rowHeight / 2 + 5}">${total}</text>`;
  });
  const height = Math.max(rowHeight, bars.length * rowHeight);
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(label)}" focusable="false">${rows.join("")}</svg>`;
}

function legend(parts: readonly [string, string][]): string {
  return `<p class="legend">${parts.map(([part, text]) => `<span class="key key-${part}"></span>${escape(text)}`).join(" ")}</p>`;
}

function table(caption: string, head: readonly string[], rows: readonly (readonly (string | number)[])[], numeric: readonly boolean[]): string {
  const th = head.map((cell, index) => `<th scope="col"${numeric[index] ? ' class="num"' : ""}>${escape(cell)}</th>`).join("");
  const body = rows.map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${escape(cell)}</th>` : `<td${numeric[index] ? ' class="num"' : ""}>${escape(cell)}</td>`)).join("")}</tr>`).join("");
  return `<div class="table" role="region" aria-label="${escape(caption)}" tabindex="0"><table><caption>${escape(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** On a phone the chart keeps a readable size and scrolls sideways (focusable, so keyboards can scroll it too). */
function figure(chart: string, tableHtml: string): string {
  return `<div class="figure"><div class="chart-box" tabindex="0">${chart}</div>${tableHtml}</div>`;
}

/** A page id without its kind, for chart labels (`article:reset-password` → `reset-password`); tables keep it whole. */
function shortPage(page: string): string {
  return page.replace(/^article:/, "");
}

function articlesSection(report: FeedbackReport): string {
  if (report.articles.length === 0) return "<p>No votes or reasons in this period.</p>";
  const bars = report.articles.slice(0, summaryRows).map((entry) => ({ label: `${shortPage(entry.page)} (${entry.locale})`, parts: [{ part: "no", value: entry.no }, { part: "yes", value: entry.yes }] }));
  const rows = report.articles.map((entry) => [
    `${entry.page} (${entry.locale})`,
    entry.yes,
    entry.no,
    percent(entry.yes, entry.yes + entry.no),
    ...feedbackReasons.map((reason) => entry.reasons[reason]),
  ]);
  const comments = report.articles
    .filter((entry) => entry.comments.length > 0)
    .map((entry) => `<h3>Comments: ${escape(entry.page)} (${escape(entry.locale)})</h3><ul>${entry.comments.map((comment) => `<li lang="${escape(entry.locale === "ja-easy" ? "ja" : entry.locale)}">${escape(comment)}</li>`).join("")}</ul>`)
    .join("");
  return (
    legend([["no", "No"], ["yes", "Yes"]]) +
    figure(
      barChart(`Votes for the ${bars.length} articles with the most No answers; figures in the table`, bars),
      table("Votes and reasons per article and language", ["Article (language)", "Yes", "No", "Helpful", ...feedbackReasons], rows, [false, true, true, true, ...feedbackReasons.map(() => true)]),
    ) +
    comments
  );
}

function searchesSection(report: FeedbackReport): string {
  if (report.searches.length === 0) return "<p>No searches reported in this period.</p>";
  return report.searches
    .map((entry) => {
      const failed = entry.failed;
      const bars = failed.slice(0, summaryRows).map((group) => ({ label: group.query, parts: [{ part: "empty", value: group.empty }, { part: "noclick", value: group.noClick }] }));
      const failedHtml =
        failed.length === 0
          ? "<p>No failed searches.</p>"
          : legend([["empty", "Nothing found"], ["noclick", "Results, none opened"]]) +
            figure(
              barChart(`Failed searches in ${entry.locale}, the ${bars.length} most frequent; figures in the table`, bars),
              table(`Failed searches in ${entry.locale}`, ["Query", "Nothing found", "No click", "Wordings", "Suggestion"], failed.map((group) => [group.query, group.empty, group.noClick, group.wordings.join(" · "), suggestionText(group.suggestion)]), [false, true, true, false, false]),
            );
      const rankLabels = entry.clickRanks.map((_, index) => (index === 10 ? "11+" : String(index + 1)));
      const ranks =
        entry.clicks === 0
          ? "<p>No opened results reported.</p>"
          : figure(
              barChart(`Rank of the opened result in ${entry.locale}; figures in the table`, entry.clickRanks.map((count, index) => ({ label: `rank ${rankLabels[index]}`, parts: [{ part: "click", value: count }] }))),
              table(`Rank of the opened result in ${entry.locale} (${entry.clicks} opened)`, ["Rank", "Opened", "Share"], entry.clickRanks.map((count, index) => [rankLabels[index]!, count, percent(count, entry.clicks)]), [false, true, true]),
            );
      return `<section aria-labelledby="search-${escape(entry.locale)}"><h3 id="search-${escape(entry.locale)}">Language: ${escape(entry.locale)}</h3>${failedHtml}<h4>Which result readers opened</h4>${ranks}</section>`;
    })
    .join("");
}

function contactSection(report: FeedbackReport): string {
  if (report.contactViews.length === 0) return "<p>No contact-details views reported in this period.</p>";
  return figure(
    barChart("Contact-details views per page and language; figures in the table", report.contactViews.slice(0, summaryRows).map((entry) => ({ label: `${shortPage(entry.page)} (${entry.locale})`, parts: [{ part: "contact", value: entry.views }] }))),
    table("Contact-details views per page and language", ["Page (language)", "Views"], report.contactViews.map((entry) => [`${entry.page} (${entry.locale})`, entry.views]), [false, true]),
  );
}

function funnel(troubleshooter: TroubleshooterReport): string {
  const solvedTotal = troubleshooter.solved.yes + troubleshooter.solved.no;
  const bars = troubleshooter.steps.map((step) => ({
    label: step.step,
    parts: step.outcome ? [{ part: "outcome", value: step.reached }] : [{ part: "answered", value: step.answered }, { part: "gaveup", value: step.gaveUp }],
  }));
  return (
    `<section aria-labelledby="ts-${escape(troubleshooter.troubleshooter)}"><h3 id="ts-${escape(troubleshooter.troubleshooter)}">${escape(troubleshooter.troubleshooter)}</h3>` +
    `<p>Started ${troubleshooter.started}, started over ${troubleshooter.restarted}. “Did this solve it?”: solved ${troubleshooter.solved.yes}, unsolved ${troubleshooter.solved.no} (${percent(troubleshooter.solved.yes, solvedTotal)} solved).</p>` +
    figure(
      barChart(`Funnel of ${troubleshooter.troubleshooter}: readers per step; figures in the table`, bars),
      table(`Funnel of ${troubleshooter.troubleshooter}`, ["Step", "Reached", "Answered", "Gave up here"], troubleshooter.steps.map((step) => [step.step, step.reached, step.outcome ? "(outcome)" : step.answered, step.outcome ? "–" : step.gaveUp]), [false, true, true, true]),
    ) +
    "</section>"
  );
}

const style = `
:root{color-scheme:light dark;--fg:#1b1b1f;--bg:#fff;--muted:#4a4a55;--line:#c9c9d3;--yes:#1d6b3a;--no:#b3261e;--amber:#8a5a00;--blue:#1f4e9c;--grey:#6b6b78}
@media (prefers-color-scheme:dark){:root{--fg:#ececf1;--bg:#16161a;--muted:#b9b9c6;--line:#44444f;--yes:#5bc27f;--no:#ff8a80;--amber:#f0b85a;--blue:#8fb4ff;--grey:#a5a5b3}}
*{box-sizing:border-box}body{margin:0 auto;max-width:80rem;padding:1rem;font:1rem/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid var(--line)}p.meta{color:var(--muted)}
.figure{display:grid;gap:1rem;align-items:start}@media (min-width:60rem){.figure{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}}
.chart-box{overflow-x:auto}.chart-box:focus-visible{outline:3px solid var(--blue);outline-offset:2px}.chart{width:100%;min-width:34rem;height:auto;font-size:13px}.chart text{fill:var(--fg)}
.bar-yes,.key-yes{fill:var(--yes);background:var(--yes)}.bar-no,.key-no{fill:var(--no);background:var(--no)}
.bar-empty,.key-empty{fill:var(--no);background:var(--no)}.bar-noclick,.key-noclick{fill:var(--amber);background:var(--amber)}
.bar-click,.bar-contact,.bar-answered,.key-answered{fill:var(--blue);background:var(--blue)}.bar-gaveup,.key-gaveup{fill:var(--no);background:var(--no)}.bar-outcome,.key-outcome{fill:var(--grey);background:var(--grey)}
.legend .key{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;vertical-align:-.1em}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}.num{text-align:right;font-variant-numeric:tabular-nums}
.table:focus-visible{outline:3px solid var(--blue);outline-offset:2px}
`;

/** The policy the page carries: the site's (`astro.config.mjs`) with its one style hashed and no script at all. */
export function reportPolicy(): string {
  const hash = createHash("sha256").update(style).digest("base64");
  return `default-src 'self'; script-src 'none'; style-src 'sha256-${hash}'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'none'`;
}

export function renderReportHtml(report: FeedbackReport, period: ReportPeriod): string {
  const range = `${period.from ?? "the first event"} to ${period.to ?? "now"}`;
  const troubleshooters = report.troubleshooters.length === 0 ? "<p>No troubleshooter step events in this period.</p>" : legend([["answered", "Answered"], ["gaveup", "Gave up"], ["outcome", "Outcome reached"]]) + report.troubleshooters.map(funnel).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${escape(reportPolicy())}">
<meta name="robots" content="noindex">
<title>Feedback report, ${escape(range)}</title>
<style>${style}</style>
</head>
<body>
<header><h1>Feedback report</h1><p class="meta">${report.events} events received from ${escape(range)}; made ${escape(period.generated)}. No event identifies a reader.</p>
<nav aria-label="Sections"><ul><li><a href="#articles">Articles</a></li><li><a href="#searches">Searches</a></li><li><a href="#contact">Contact details</a></li><li><a href="#troubleshooters">Troubleshooters</a></li></ul></nav></header>
<main>
<h2 id="articles">Articles: did this answer your question?</h2>${articlesSection(report)}
<h2 id="searches">Searches that failed</h2>${searchesSection(report)}
<h2 id="contact">Readers who turned to the contact details</h2>${contactSection(report)}
<h2 id="troubleshooters">Troubleshooters: where readers give up</h2>${troubleshooters}
</main>
</body>
</html>
`;
}

function mdCell(text: string | number): string {
  return String(text).replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

function mdTable(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`, ...rows.map((row) => `| ${row.map(mdCell).join(" | ")} |`)].join("\n");
}

function failedLine(group: FailedSearch): (string | number)[] {
  return [group.query, group.empty, group.noClick, suggestionText(group.suggestion)];
}

/** The Markdown summary: the top rows of each list, for a pull request. */
export function renderReportMarkdown(report: FeedbackReport, period: ReportPeriod): string {
  const parts = [`# Feedback report`, "", `${report.events} events, ${period.from ?? "first event"} to ${period.to ?? "now"} (made ${period.generated}).`, "", "## Articles with the most No answers", ""];
  parts.push(
    report.articles.length === 0
      ? "None."
      : mdTable(
          ["Article (language)", "Yes", "No", "Helpful", "Top reason", "Comments"],
          report.articles.slice(0, summaryRows).map((entry) => {
            const top = feedbackReasons.reduce((best, reason) => (entry.reasons[reason] > entry.reasons[best] ? reason : best), feedbackReasons[0]);
            return [`${entry.page} (${entry.locale})`, entry.yes, entry.no, percent(entry.yes, entry.yes + entry.no), entry.reasons[top] > 0 ? `${top} (${entry.reasons[top]})` : "–", entry.comments.length];
          }),
        ),
  );
  parts.push("", "## Failed searches", "");
  for (const entry of report.searches) {
    parts.push(`### ${entry.locale}`, "", entry.failed.length === 0 ? "None." : mdTable(["Query", "Nothing found", "No click", "Suggestion"], entry.failed.slice(0, summaryRows).map(failedLine)), "");
    if (entry.clicks > 0) parts.push(`Opened results: ${entry.clicks}, ${percent(entry.clickRanks[0]!, entry.clicks)} at rank 1.`, "");
  }
  parts.push("## Contact-details views", "", report.contactViews.length === 0 ? "None." : mdTable(["Page (language)", "Views"], report.contactViews.slice(0, summaryRows).map((entry) => [`${entry.page} (${entry.locale})`, entry.views])), "");
  parts.push("## Troubleshooters", "");
  for (const troubleshooter of report.troubleshooters) {
    const worst = troubleshooter.steps.filter((step) => !step.outcome).reduce<TroubleshooterReport["steps"][number] | null>((best, step) => (!best || step.gaveUp > best.gaveUp ? step : best), null);
    parts.push(
      `- **${troubleshooter.troubleshooter}**: started ${troubleshooter.started}, solved ${troubleshooter.solved.yes}, unsolved ${troubleshooter.solved.no}` +
        (worst && worst.gaveUp > 0 ? `; most gave up at \`${worst.step}\` (${worst.gaveUp} of ${worst.reached})` : ""),
    );
  }
  if (report.troubleshooters.length === 0) parts.push("None.");
  return `${parts.join("\n")}\n`;
}
