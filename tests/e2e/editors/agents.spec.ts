/** The agents' index lists every article, anchor and troubleshooter step, per language, with links to copy. */
import { expect, test } from "@playwright/test";
import { articleIds, contentArticles } from "./site.ts";
import { loadTroubleshooters } from "../../../src/troubleshooters/load.ts";

const articles = contentArticles();
const troubleshooterSteps = loadTroubleshooters().map(({ flow }) => ({ slug: flow.slug, steps: flow.steps.map((step) => step.id) }));

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

for (const locale of ["en", "ja", "ja-easy", "vi"]) {
  test(`/${locale}/agents/ lists every article with its anchors and every troubleshooter step`, async ({ page }) => {
    await page.goto(`/${locale}/agents/`);
    const main = page.getByRole("main");
    // The list of articles still to verify (page 1) links articles too; count within the index itself.
    const index = main.locator("section[aria-labelledby='agents-articles']");
    for (const id of articleIds(articles)) {
      // Each entry is a link plus its copy-link control.
      await expect(index.locator(`a[href="/${locale}/articles/${id}/"]`), id).toHaveCount(2);
      const shown = articles.find((article) => article.id === id && article.locale === locale) ?? articles.find((article) => article.id === id && article.locale === "en")!;
      for (const anchor of shown.anchors) {
        await expect(index.locator(`a[href="/${locale}/articles/${id}/#${anchor}"]`), `${id}#${anchor}`).toHaveCount(2);
        await expect(index.locator(`a[href="/go/${id}/#${anchor}"]`), `/go/${id}/#${anchor}`).toHaveCount(1);
      }
    }
    for (const { slug, steps } of troubleshooterSteps) {
      for (const step of steps) {
        await expect(main.locator(`a[href="/${locale}/troubleshooters/${slug}/?step=${step}"]`), `${slug} ${step}`).toHaveCount(2);
      }
    }
  });
}

test("an agent copies the short link of a question with the keyboard", async ({ page, baseURL }) => {
  const article = articles.find((candidate) => candidate.locale === "en" && candidate.anchors.length > 0)!;
  const anchor = article.anchors[0]!;
  await page.goto("/en/agents/");
  const row = page.getByRole("listitem").filter({ has: page.locator(`a[href="/go/${article.id}/#${anchor}"]`) });
  const copy = row.getByRole("link", { name: /^Copy short link to / });
  await copy.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/go/${article.id}/#${anchor}`);
});
