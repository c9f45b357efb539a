/**
 * `npm run new:article -- --id <id> --category <category> --languages en,ja,ja-easy [--kind faq|guide]`
 * Creates content/articles/<language>/<id>.mdx for each language with valid front matter dated
 * today, after checking that the category exists and the id is free. Prints the created paths.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadContentTree } from "../src/lib/content-checks/load.ts";
import { parseArticle } from "../src/lib/content-checks/parse-article.ts";
import { contentPath, contentRoot } from "../src/lib/content-paths.ts";
import { newArticleProblems, newArticleSource, type NewArticleRequest } from "../src/lib/new-article.ts";

const { values } = parseArgs({
  options: {
    id: { type: "string" },
    category: { type: "string" },
    languages: { type: "string", default: "en,ja,ja-easy" },
    kind: { type: "string", default: "faq" },
  },
});

const tree = loadContentTree(contentRoot());
const takenIds = tree.articles.flatMap((article) => {
  const data = parseArticle(article.source).data ?? {};
  const aliases = Array.isArray(data["aliases"]) ? data["aliases"].map(String) : [];
  return [String(data["id"] ?? article.fileId), article.fileId, ...aliases];
});

const request: NewArticleRequest = {
  id: values.id ?? "",
  category: values.category ?? "",
  languages: (values.languages ?? "").split(",").map((language) => language.trim()).filter(Boolean),
  kind: values.kind === "guide" ? "guide" : "faq",
};
const facts = { categories: tree.categories, audiences: tree.audiences, takenIds };
const problems = newArticleProblems(request, facts);
if (values.kind !== "faq" && values.kind !== "guide") problems.push(`--kind "${values.kind}": use faq or guide`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`new:article: ${problem}`);
  console.error("usage: npm run new:article -- --id <id> --category <category> --languages en,ja,ja-easy [--kind faq|guide]");
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
for (const language of request.languages) {
  const folder = join(contentPath("articles"), language);
  const path = join(folder, `${request.id}.mdx`);
  if (existsSync(path)) {
    console.error(`new:article: ${path} already exists`);
    process.exit(1);
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, newArticleSource(request, facts, language, today));
  console.log(path);
}
console.error("Next: write the text, then run `npm run check:content` and `npm run preview:change`.");
