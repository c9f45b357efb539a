/**
 * Every fact of the source documents is on its article, in every language the fact table lists.
 * Reads each `tests/e2e/facts/*.yaml` and looks for the given text in the built article (furigana
 * readings ignored), so a fact dropped or mistranslated in one language fails here by name.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { z } from "zod";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import type { Element, Root } from "hast";
import { configValues } from "../../src/lib/policies/values.ts";
import { fillPlaceholders } from "../../src/lib/i18n/placeholders.ts";
import { isLocale, locales, type Locale } from "../../src/lib/i18n/locales.ts";
import { distDir, furiganaLocale } from "./helpers.ts";

const factsDir = join(import.meta.dirname, "facts");

const expectedTextSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const factSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9-]+$/),
    fact: z.string().min(1),
    article: z.string().regex(/^[a-z0-9-]+$/),
    en: expectedTextSchema,
    ja: expectedTextSchema,
  })
  .catchall(expectedTextSchema)
  .superRefine((fact, ctx) => {
    for (const key of Object.keys(fact)) {
      if (!["name", "fact", "article"].includes(key) && !isLocale(key)) ctx.addIssue({ code: "custom", message: `"${key}" is not a locale`, path: [key] });
    }
  });
const factFileSchema = z.object({ seeds: z.array(z.string()).min(1), facts: z.array(factSchema).min(1) });
type Fact = z.infer<typeof factSchema>;

function loadFactFile(file: string) {
  const result = factFileSchema.safeParse(parse(readFileSync(join(factsDir, file), "utf8")));
  if (!result.success) throw new Error(`tests/e2e/facts/${file}: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}

/** `{resetLinkLifetimeHours}` → the configured value, so rendered values are checked as rendered. */
function interpolate(text: string, where: string): string {
  return fillPlaceholders(text, configValues, (name) => {
    throw new Error(`${where}: unknown config value {${name}}`);
  });
}

/** Japanese text has no spaces between words, and markup may split lines anywhere: compare without any whitespace. */
function normalize(text: string, locale: Locale): string {
  return locales[locale].lang === locales[furiganaLocale].lang ? text.replace(/\s+/g, "") : text.replace(/\s+/g, " ").trim();
}

const textCache = new Map<string, string>();
/** Furigana readings, inline scripts or styles and hidden elements (search-only words) are not text a reader reads. */
const notReadText = new Set(["rt", "rp", "script", "style", "template"]);

/** The text of the article element on a built page, without furigana readings or scripts. */
function articleText(locale: Locale, id: string): string {
  const key = `${locale}/${id}`;
  const cached = textCache.get(key);
  if (cached !== undefined) return cached;
  const tree: Root = fromHtml(readFileSync(join(distDir, locale, "articles", id, "index.html"), "utf8"));
  visit(tree, "element", (node: Element, index, parent) => {
    if ((notReadText.has(node.tagName) || node.properties["hidden"] !== undefined) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  let article: Element | undefined;
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "article" && node.properties["dataArticleId"] === id) article = node;
  });
  if (!article) throw new Error(`${key}: no <article data-article-id="${id}"> in the built page`);
  const text = normalize(toString(article), locale);
  textCache.set(key, text);
  return text;
}

function expectedTexts(fact: Fact, locale: Locale): string[] {
  const value = fact[locale];
  if (value === undefined) return [];
  return (typeof value === "string" ? [value] : value).map((text) => interpolate(text, `fact ${fact.name}`));
}

const factFiles = readdirSync(factsDir).filter((file) => file.endsWith(".yaml")).sort();

test("the fact tables exist and each fact id is unique", () => {
  expect(factFiles.length).toBeGreaterThan(0);
  const ids = factFiles.flatMap((file) => loadFactFile(file).facts.map((fact) => fact.name));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

for (const file of factFiles) {
  test.describe(file, () => {
    for (const fact of loadFactFile(file).facts) {
      test(`${fact.name} is on /${fact.article}/`, () => {
        for (const locale of Object.keys(fact).filter(isLocale)) {
          const text = articleText(locale, fact.article);
          for (const expected of expectedTexts(fact, locale)) {
            expect.soft(text, `${locale}/${fact.article}: ${fact.fact}`).toContain(normalize(expected, locale));
          }
        }
      });
    }
  });
}
