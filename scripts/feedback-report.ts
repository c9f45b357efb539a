/**
 * `npm run feedback:report -- --out DIR [--from 2026-12-01] [--to 2026-12-31]`: reads the events in
 * HC_FEEDBACK_DB (or DATABASE_URL) and writes DIR/index.html (static, no script, works offline) and DIR/summary.md.
 * `--to` is inclusive: the whole day is counted.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { openStore, receiverSettings, troubleshooterSteps } from "../src/feedback-server/settings.ts";
import { articleSources } from "../src/lib/content-files.ts";
import { contentPath } from "../src/lib/content-paths.ts";
import { buildFeedbackReport, type SuggestionCandidate } from "../src/lib/feedback-report.ts";
import { renderReportHtml, renderReportMarkdown } from "../src/lib/feedback-report-render.ts";
import { splitFrontMatter } from "../src/lib/front-matter.ts";
import { indexLanguageOf, localeKeys } from "../src/lib/i18n/locales.ts";
import { parseProblemPhrases, problemsFor } from "../src/lib/search/problems.ts";
import { parseSynonymGroups } from "../src/lib/search/synonyms.ts";

const day = 86_400_000;
const { values } = parseArgs({ options: { out: { type: "string" }, from: { type: "string" }, to: { type: "string" } } });
if (!values.out) {
  console.error("usage: npm run feedback:report -- --out DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD]");
  process.exit(2);
}
const dateArg = (name: "from" | "to"): number | undefined => {
  const text = values[name];
  if (text === undefined) return undefined;
  const time = Date.parse(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(time)) {
    console.error(`--${name} ${text}: give a date as YYYY-MM-DD`);
    process.exit(2);
  }
  return time;
};
const from = dateArg("from");
const toDay = dateArg("to");

/** Article titles, troubleshooter phrases and synonyms in each language: what a failed search is compared with. */
function suggestionCandidates(): SuggestionCandidate[] {
  const candidates: SuggestionCandidate[] = [];
  for (const article of articleSources(contentPath("articles"))) {
    const { yaml } = splitFrontMatter(article.source);
    const front = (yaml ? parseYaml(yaml) : {}) as { id?: string; title?: string };
    if (front.title) candidates.push({ kind: "article", id: front.id ?? article.fileId, text: front.title, locale: article.locale });
  }
  const problemsFile = contentPath("searchProblems");
  const synonymsFile = contentPath("searchSynonyms");
  const problems = parseProblemPhrases(readFileSync(problemsFile, "utf8"), problemsFile);
  const synonyms = parseSynonymGroups(readFileSync(synonymsFile, "utf8"), synonymsFile);
  for (const locale of localeKeys) {
    for (const problem of problemsFor(problems, locale)) for (const phrase of problem.phrases) candidates.push({ kind: "troubleshooter", id: problem.slug, text: phrase, locale });
    for (const group of synonyms[indexLanguageOf(locale)] ?? []) for (const word of group) candidates.push({ kind: "synonym", id: group[0]!, text: word, locale });
  }
  return candidates;
}

const settings = receiverSettings();
const store = await openStore(settings);
const events = await store.list({ ...(from === undefined ? {} : { from }), ...(toDay === undefined ? {} : { to: toDay + day }) });
await store.close();
const report = buildFeedbackReport({ payloads: events.map((event) => event.payload), candidates: suggestionCandidates(), stepOrder: troubleshooterSteps() });
const period = { from: values.from ?? null, to: values.to ?? null, generated: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC" };
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, "index.html"), renderReportHtml(report, period));
writeFileSync(join(values.out, "summary.md"), renderReportMarkdown(report, period));
console.error(`feedback:report: ${events.length} events → ${join(values.out, "index.html")} and summary.md`);
