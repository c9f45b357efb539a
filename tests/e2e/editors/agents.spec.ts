/** The agents' index lists every article, anchor and troubleshooter step, per language, with links to copy. */
import { expect, test } from "@playwright/test";
import { articleIds, contentArticles } from "./site.ts";
import { loadTroubleshooters } from "../../../src/troubleshooters/load.ts";
import { defaultLocale, localeKeys, locales, useTranslations } from "../../../src/lib/i18n/index.ts";
import { paths } from "../../../src/lib/urls.ts";
import { escapeRegExp } from "../helpers.ts";
import { queryForStep } from "../../../src/troubleshooters/step-link.ts";

const articles = contentArticles();
const compiled = loadTroubleshooters();
// A step opens from a link when button answers lead there; a step behind a typed answer has no link.
const troubleshooterSteps = compiled.map(({ flow }) => ({ slug: flow.slug, steps: flow.steps.map((step) => step.id).filter((id) => queryForStep(flow, id) !== null) }));

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

for (const locale of localeKeys) {
  test(`${paths.agents(locale)} lists every article with its anchors and every troubleshooter step`, async ({ page }) => {
    await page.goto(paths.agents(locale));
    const main = page.getByRole("main");
    // The list of articles still to verify (page 1) links articles too; count within the index itself.
    const index = main.locator("section[aria-labelledby='agents-articles']");
    for (const id of articleIds(articles)) {
      // Each entry is a link plus its copy-link control.
      await expect(index.locator(`a[href="${paths.article(locale, id)}"]`), id).toHaveCount(2);
      const shown = articles.find((article) => article.id === id && article.locale === locale) ?? articles.find((article) => article.id === id && article.locale === defaultLocale)!;
      for (const anchor of shown.anchors) {
        await expect(index.locator(`a[href="${paths.article(locale, id)}#${anchor}"]`), `${id}#${anchor}`).toHaveCount(2);
        await expect(index.locator(`a[href="${paths.shortLink(id)}#${anchor}"]`), `${paths.shortLink(id)}#${anchor}`).toHaveCount(1);
      }
    }
    for (const { slug, steps } of troubleshooterSteps) {
      for (const step of steps) {
        await expect(main.locator(`li[data-anchor="${step}"] a[href^="${paths.troubleshooter(locale, slug)}"]`).first(), `${slug} ${step}`).toBeAttached();
      }
    }
  });
}

test("an agent copies the short link of a question with the keyboard", async ({ page, baseURL }) => {
  const t = useTranslations(defaultLocale);
  const article = articles.find((candidate) => candidate.locale === defaultLocale && candidate.anchors.length > 0)!;
  const anchor = article.anchors[0]!;
  await page.goto(paths.agents(defaultLocale));
  const row = page.getByRole("listitem").filter({ has: page.locator(`a[href="${paths.shortLink(article.id)}#${anchor}"]`) });
  const [before] = t("agents.copyShortLink", { title: "TITLE" }).split("TITLE") as [string];
  const copy = row.getByRole("link", { name: new RegExp(`^${escapeRegExp(before)}`) });
  await copy.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: t("copyLink.copied") })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${paths.shortLink(article.id)}#${anchor}`);
});

test("a step's link on the agents' index opens that step, not the start of the guided check", async ({ page }) => {
  const { flow, texts } = compiled.reduce((most, item) => (item.flow.steps.length > most.flow.steps.length ? item : most));
  const deepest = troubleshooterSteps.find(({ slug }) => slug === flow.slug)!.steps.at(-1)!;
  await page.goto(paths.agents(defaultLocale));
  await page.locator(`li[data-anchor="${deepest}"] a[href^="${paths.troubleshooter(defaultLocale, flow.slug)}"]`).first().click();
  await expect(page.getByRole("heading", { level: 2, name: texts[defaultLocale].steps[deepest]!.title })).toBeVisible();
});

test("an agent copies a ready reply in the reader's language: its answer and the link to its page", async ({ page, baseURL }) => {
  const reader = localeKeys.find((locale) => locale !== defaultLocale && locales[locale].easyVariantOf === null)!;
  const article = articles.find((candidate) => candidate.locale === reader)!;
  const t = useTranslations(defaultLocale);
  await page.goto(paths.agents(defaultLocale));
  await page.getByLabel(t("agents.replyLanguage")).selectOption(reader);
  const title = articles.find((candidate) => candidate.id === article.id && candidate.locale === defaultLocale)!.title;
  await page.getByRole("button", { name: t("agents.copyReply", { title }), exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: t("agents.replyCopied") })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${article.answer}\n${baseURL}${paths.article(reader, article.id)}`);
});

