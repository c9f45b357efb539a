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

/** How each language writes "N hours", to prove the default value is gone from the prose. */
const hoursPhrase: Record<string, (hours: number) => string> = {
  en: (hours) => `${hours} hours`,
  ja: (hours) => `${hours}時間`,
  "ja-easy": (hours) => `${hours}時間`,
};

/** Ids of the articles in `locale` whose source renders the reset-link lifetime from the config. */
function articlesMentioningLifetime(locale: string): string[] {
  const folder = join(contentPath("articles"), locale);
  return readdirSync(folder)
    .filter((file) => file.endsWith(".mdx") && readFileSync(join(folder, file), "utf8").includes('<Value name="resetLinkLifetimeHours"'))
    .map((file) => file.replace(/\.mdx$/, ""));
}

test("changing resetLinkLifetimeHours in the config changes every article in en, ja and ja-easy", async () => {
  // The build may be this worker's or another's: about half a minute on a quiet machine.
  test.setTimeout(300_000);
  const outDir = await fixtureSite();
  for (const [locale, phrase] of Object.entries(hoursPhrase)) {
    const ids = articlesMentioningLifetime(locale);
    expect(ids.length, `${locale}: articles that mention the lifetime`).toBeGreaterThan(0);
    for (const id of ids) {
      const tree = fromHtml(readFileSync(join(outDir, locale, "articles", id, "index.html"), "utf8"));
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
