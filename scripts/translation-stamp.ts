/**
 * `npm run translation:stamp -- <locale>[/<id>] …`: records in each named translation that it is up to
 * date with its original (the digest of the original's title, answer and body, src/lib/translation.ts).
 * Run it after updating a translation that `check:content` lists as stale. `<locale>` alone stamps
 * every article of that language.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { contentPath } from "../src/lib/content-paths.ts";
import { splitFrontMatter } from "../src/lib/front-matter.ts";
import { isLocale } from "../src/lib/i18n/locales.ts";
import { originalLocaleOf, translationDigest, withTranslatedFrom } from "../src/lib/translation.ts";

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error("usage: npm run translation:stamp -- <locale>[/<id>] …   e.g. vi/delete-account, or vi for all of it");
  process.exit(1);
}
const articles = contentPath("articles");
let stamped = 0;
for (const target of targets) {
  const [locale = "", id] = target.split("/");
  const original = isLocale(locale) ? originalLocaleOf(locale) : null;
  if (!isLocale(locale) || original === null) {
    console.error(`${target}: "${locale}" is not a translated language`);
    process.exit(1);
  }
  const ids = id ? [id] : readdirSync(join(articles, locale)).filter((name) => name.endsWith(".mdx")).map((name) => name.slice(0, -4));
  for (const articleId of ids) {
    const file = join(articles, locale, `${articleId}.mdx`);
    const originalFile = join(articles, original, `${articleId}.mdx`);
    if (!existsSync(file) || !existsSync(originalFile)) {
      console.error(`${target}: no ${existsSync(file) ? originalFile : file}`);
      process.exit(1);
    }
    const { yaml, body } = splitFrontMatter(readFileSync(originalFile, "utf8"));
    const data = parse(yaml ?? "") as { title: string; answer: string };
    const hash = translationDigest({ title: data.title, answer: data.answer, body });
    writeFileSync(file, withTranslatedFrom(readFileSync(file, "utf8"), { locale: original, hash }));
    stamped += 1;
  }
}
console.log(`translation:stamp: ${stamped} translation(s) marked up to date with their original`);
