/**
 * `npm run lint:ja`: checks easy-Japanese articles and troubleshooter texts against the easy-Japanese
 * rules (`easyJapaneseRules` in src/lib/content-paths.ts). Prints `file:line:column  rule  message`, then
 * each file's reading level (Tateisi et al. 1988, src/lib/easy-japanese/readability.ts); exits 1 on any
 * problem or a file below the reading-level thresholds.
 * Optional arguments: files to check instead of all of them.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { lintEasyJapanese, loadEasyJapaneseConfig, readingLevelOf, readingLevelProblems } from "../src/lib/easy-japanese/linter.ts";
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
const levels: { file: string; level: ReturnType<typeof readingLevelOf>; failures: string[] }[] = [];
for (const file of files) {
  const source = await readFile(file, "utf8");
  for (const message of await lintEasyJapanese(file, source, config)) {
    problems += 1;
    console.log(`${message.file}:${message.line}:${message.column}  ${message.rule}  ${message.message}`);
  }
  const level = readingLevelOf(file, source);
  levels.push({ file, level, failures: readingLevelProblems(level, config.readingLevel) });
}
for (const { file, failures } of levels) {
  for (const failure of failures) {
    problems += 1;
    console.log(`${file}:1:1  reading-level  ${failure}`);
  }
}
const { minScore, maxMeanSentenceLength } = config.readingLevel;
console.error(`[lint:ja] reading level (Tateisi et al. 1988; pass: score ≥ ${minScore}, mean sentence ≤ ${maxMeanSentenceLength} characters)`);
console.error(`  ${"file".padEnd(64)} ${"sentences".padStart(9)} ${"mean len".padStart(8)} ${"kanji %".padStart(7)} ${"score".padStart(6)}`);
for (const { file, level, failures } of levels) {
  const cells = [String(level.sentences).padStart(9), level.meanSentenceLength.toFixed(1).padStart(8), (level.kanjiRatio * 100).toFixed(1).padStart(7), level.score.toFixed(1).padStart(6)];
  console.error(`  ${file.padEnd(64)} ${cells.join(" ")}${failures.length > 0 ? "  FAIL" : ""}`);
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
