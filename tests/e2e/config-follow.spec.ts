/**
 * Values come from the config in every language: the fixture build (`fixture-site.ts`) changes the
 * reset-link lifetime through HC_CONFIG_OVERRIDE; every article mentioning it must show the new value,
 * never the old.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { Element } from "hast";
import { siteConfig } from "../../src/config.ts";
import { contentPath } from "../../src/lib/content-paths.ts";
import { changedResetLinkLifetimeHours as changedHours, fixtureSite } from "./fixture-site.ts";
import { defaultLocale, furiganaLocales } from "./helpers.ts";
import { paths } from "../../src/lib/urls.ts";
import type { Locale } from "../../src/lib/i18n/locales.ts";

/** The default language and the languages with furigana (whose readings must not hide the value). */
const checkedLocales: Locale[] = [defaultLocale, ...furiganaLocales];
const valueTag = '<Value name="resetLinkLifetimeHours" />';

/**
 * Ids of the articles in `locale` whose source renders the reset-link lifetime from the config, each with
 * the unit its source writes after the value (" hours", 時間): "N hours", to prove the default value is
 * gone from the prose.
 */
function articlesMentioningLifetime(locale: Locale): { id: string; phrase: (hours: number) => string }[] {
  const folder = join(contentPath("articles"), locale);
  return readdirSync(folder)
    .filter((file) => file.endsWith(".mdx") && readFileSync(join(folder, file), "utf8").includes(valueTag))
    .map((file) => {
      const source = readFileSync(join(folder, file), "utf8");
      // The word after the value: a run of kanji, or a space and a word.
      const unit = /^(\p{Script=Han}+|\s?\p{L}+)/u.exec(source.slice(source.indexOf(valueTag) + valueTag.length))![0];
      return { id: file.replace(/\.mdx$/, ""), phrase: (hours: number) => `${hours}${unit}` };
    });
}

test("changing resetLinkLifetimeHours in the config changes every article in the default and the furigana languages", async () => {
  // The build may be this worker's or another's: about half a minute on a quiet machine.
  test.setTimeout(300_000);
  const outDir = await fixtureSite();
  for (const locale of checkedLocales) {
    const articles = articlesMentioningLifetime(locale);
    expect(articles.length, `${locale}: articles that mention the lifetime`).toBeGreaterThan(0);
    for (const { id, phrase } of articles) {
      const tree = fromHtml(readFileSync(join(outDir, paths.article(locale, id), "index.html"), "utf8"));
      // The text as it reads without the furigana readings the build adds to Japanese pages.
      visit(tree, "element", (node: Element, index, parent) => {
        if ((node.tagName !== "rt" && node.tagName !== "rp") || !parent || index === undefined) return;
        parent.children.splice(index, 1);
        return index;
      });
      const rendered: string[] = [];
      let articleText = "";
      visit(tree, "element", (node: Element) => {
        if (node.properties["dataValue"] === "resetLinkLifetimeHours") rendered.push(toString(node));
        if (node.tagName === "article") articleText = toString(node).replace(/\s+/g, " ");
      });
      expect(rendered.length, `${locale}/${id}: rendered lifetime values`).toBeGreaterThan(0);
      expect(rendered, `${locale}/${id}`).toEqual(rendered.map(() => String(changedHours)));
      expect(articleText, `${locale}/${id}`).toContain(phrase(changedHours));
      expect(articleText, `${locale}/${id}`).not.toContain(phrase(siteConfig.rules.resetLinkLifetimeHours));
    }
  }
});
