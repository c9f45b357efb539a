/**
 * The stable anchors that troubleshooters, search and agents link to exist in every language,
 * each on a heading, and the troubleshooter links on those articles lead to a built troubleshooter.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { defaultLocale, localeKeys } from "../../src/lib/i18n/locales.ts";
import { parsePath, paths } from "../../src/lib/urls.ts";
import { contentPath } from "../../src/lib/content-paths.ts";

const anchors: Record<string, string[]> = {
  "cannot-log-in-after-reset": [
    "check-link-expiry",
    "check-no-spaces-or-capitals",
    "check-length",
    "check-username",
    "check-right-account",
    "check-which-password-changed",
    "check-full-url",
  ],
  "sns-already-registered": ["cause-email-account", "cause-other-sns", "cause-link-deleted"],
  "forgot-username-or-password": ["answer"],
};

for (const locale of localeKeys) {
  for (const [article, ids] of Object.entries(anchors)) {
    test(`${locale}/${article} keeps its anchors and its troubleshooter links work`, async ({ page, request }) => {
      await page.goto(paths.article(locale, article));
      const body = page.getByRole("article");
      for (const id of ids) await expect(body.getByRole("heading").and(page.locator(`#${id}`))).toHaveCount(1);
      const links = await body.locator("a[data-troubleshooter]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href") ?? ""));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) {
        const target = parsePath(href);
        expect(target?.locale, href).toBe(locale);
        expect(target?.page.type, href).toBe("troubleshooter");
        expect((await request.get(href)).status(), href).toBe(200);
      }
    });
  }
}

test("the SNS article quotes the exact error message people search for", async ({ page }) => {
  const glossary = parse(readFileSync(contentPath("glossary"), "utf8")) as { screens: Record<string, Record<string, string>> };
  await page.goto(paths.article(defaultLocale, "sns-already-registered"));
  await expect(page.getByRole("article").getByText(glossary.screens["snsAlreadyRegistered"]![defaultLocale]!, { exact: true })).toBeVisible();
});
