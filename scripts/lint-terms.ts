/**
 * `npm run lint:terms`: the terminology lint (textlint + prh, dictionary from content/glossary.yaml)
 * over every language's articles, troubleshooter texts and UI strings. Prints
 * `file:line:column  terminology  message`; exits 1 on any. Optional arguments: files to check.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { contentPath, troubleshooterFiles } from "../src/lib/content-paths.ts";
import { loadGlossary } from "../src/lib/glossary/load.ts";
import { glossaryStats } from "../src/lib/glossary/schema.ts";
import { lintTerminology } from "../src/lib/glossary/terminology.ts";


async function listed(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return names.filter(keep).map((name) => join(dir, name));
}

async function textFiles(): Promise<string[]> {
  const articles = await listed(contentPath("articles"), (name) => name.endsWith(".mdx"));
  const troubleshooters = await listed(contentPath("troubleshooters"), (name) => /\/[\w-]+\.yaml$/.test(name) && !name.endsWith(`/${troubleshooterFiles.flow}`));
  const strings = await listed("src/lib/i18n/strings", (name) => name.endsWith(".ts"));
  return [...articles, ...troubleshooters, ...strings].sort();
}

const started = performance.now();
const glossary = loadGlossary();
const files = process.argv.length > 2 ? process.argv.slice(2) : await textFiles();
let problems = 0;
for (const file of files) {
  for (const message of await lintTerminology(file, await readFile(file, "utf8"), glossary)) {
    problems += 1;
    console.log(`${message.file}:${message.line}:${message.column}  ${message.rule}  ${message.message}`);
  }
}
const sizes = Object.entries(glossaryStats(glossary)).map(([locale, size]) => `${locale} ${size.screens} screen texts, ${size.terms} terms`).join("; ");
console.error(`[lint:terms] glossary: ${sizes}`);
console.error(`[lint:terms] ${files.length} files, ${problems} problems in ${(performance.now() - started).toFixed(0)} ms`);
if (problems > 0) {
  console.error(
    "[lint:terms] Use the preferred word, or accept a justified exception where it occurs:\n" +
      "  MDX:  {/* textlint-disable terminology -- <reason> */} … {/* textlint-enable terminology */}\n" +
      "  YAML: # textlint-disable terminology -- <reason>   (on the line above the value)\n" +
      "  TS:   // textlint-disable terminology -- <reason>  (on the line above the string)",
  );
  process.exitCode = 1;
}
