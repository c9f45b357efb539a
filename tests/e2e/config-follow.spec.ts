/**
 * Values come from the config in every language: build the site with one value changed through
 * HC_CONFIG_OVERRIDE and check that every article mentioning it shows the new value, never the old.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { Element } from "hast";
import { siteConfig } from "../../src/config.ts";
import { contentPath } from "../../src/lib/content-paths.ts";

const changedHours = siteConfig.rules.resetLinkLifetimeHours + 2;
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

test("changing resetLinkLifetimeHours in the config changes every article in en, ja and ja-easy", () => {
  test.setTimeout(240_000);
  const outDir = mkdtempSync(join(tmpdir(), "hc-config-follow-"));
  try {
    execFileSync("npx", ["astro", "build"], {
      env: { ...process.env, HC_OUT_DIR: outDir, HC_CONFIG_OVERRIDE: JSON.stringify({ rules: { resetLinkLifetimeHours: changedHours } }) },
      stdio: "pipe",
    });
    for (const [locale, phrase] of Object.entries(hoursPhrase)) {
      const ids = articlesMentioningLifetime(locale);
      expect(ids.length, `${locale}: articles that mention the lifetime`).toBeGreaterThan(0);
      for (const id of ids) {
        const tree = fromHtml(readFileSync(join(outDir, locale, "articles", id, "index.html"), "utf8"));
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
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
  }
});
