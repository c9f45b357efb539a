/**
 * `npm run lint:ja`: checks easy-Japanese articles and troubleshooter texts against the easy-Japanese
 * rules (`easyJapaneseRules` in src/lib/content-paths.ts). Prints `file:line:column  rule  message`; exits 1 on any.
 * Optional arguments: files to check instead of all of them.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { lintEasyJapanese, loadEasyJapaneseConfig } from "../src/lib/easy-japanese/linter.ts";
import { contentPath, troubleshooterFiles } from "../src/lib/content-paths.ts";

async function easyJapaneseFiles(): Promise<string[]> {
  const articlesDir = join(contentPath("articles"), "ja-easy");
  const articles = (await readdir(articlesDir, { recursive: true }))
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => join(articlesDir, name));
  const troubleshootersDir = contentPath("troubleshooters");
  const troubleshooters: string[] = [];
  for (const entry of await readdir(troubleshootersDir, { withFileTypes: true }).catch(() => [])) {
    const texts = join(troubleshootersDir, entry.name, troubleshooterFiles.texts("ja-easy"));
    if (entry.isDirectory() && (await readFile(texts).then(() => true, () => false))) troubleshooters.push(texts);
  }
  return [...articles, ...troubleshooters].sort();
}

const started = performance.now();
const config = await loadEasyJapaneseConfig();
const files = process.argv.length > 2 ? process.argv.slice(2) : await easyJapaneseFiles();
let problems = 0;
for (const file of files) {
  for (const message of await lintEasyJapanese(file, await readFile(file, "utf8"), config)) {
    problems += 1;
    console.log(`${message.file}:${message.line}:${message.column}  ${message.rule}  ${message.message}`);
  }
}
console.error(`[lint:ja] ${files.length} files, ${problems} problems in ${(performance.now() - started).toFixed(0)} ms`);
if (problems > 0) {
  console.error(
    "[lint:ja] Rewrite the sentence, or accept a justified exception where it occurs:\n" +
      "  MDX:  {/* textlint-disable <rule> -- <reason> */} … {/* textlint-enable <rule> */}\n" +
      "  YAML: # textlint-disable <rule> -- <reason>   (on the line above the value)",
  );
  process.exitCode = 1;
}
