/**
 * `npm run check:content`: checks every article in content/ (front matter, ids, links and anchors,
 * images, categories) and prints the article × language table. Exit 1 when there is an error;
 * missing translations are warnings. Lists unverified and stale articles (months in src/config.ts,
 * `verificationStaleAfterMonths`). HC_CONTENT_DIR checks another content root.
 */
import { checkContent } from "../src/lib/content-checks/check.ts";
import { loadContentTree } from "../src/lib/content-checks/load.ts";
import { translationTable } from "../src/lib/content-checks/report.ts";
import { formatProblem } from "../src/lib/content-checks/types.ts";
import { contentRoot } from "../src/lib/content-paths.ts";
import { verificationReport } from "../src/lib/content-checks/verification.ts";
import { siteConfig } from "../src/config.ts";
import { noticeFileProblems } from "../src/lib/content-checks/notices.ts";

const tree = loadContentTree(contentRoot());
const result = checkContent(tree, { today: new Date().toISOString().slice(0, 10) });
result.problems.push(...noticeFileProblems(contentRoot()));

const errors = result.problems.filter((problem) => problem.severity === "error");
const warnings = result.problems.filter((problem) => problem.severity === "warning");

console.error("Translations (✓ own version, · shown from another language):");
console.error(translationTable(result.translations));
console.error("");
console.error(verificationReport(result.verification, siteConfig.verificationStaleAfterMonths));
console.error("");
for (const problem of warnings) console.error(formatProblem(problem));
for (const problem of errors) console.error(formatProblem(problem));
console.log(
  `check:content: ${tree.articles.length} files, checked ${result.linksChecked} links, ${result.anchorsChecked} anchors; ` +
    `${errors.length} errors, ${warnings.length} warnings`,
);
process.exit(errors.length > 0 ? 1 : 0);
