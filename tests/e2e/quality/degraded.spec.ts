/**
 * The site in a poor browser: with JavaScript off every article is readable and every troubleshooter is
 * a complete checklist (in the sample locales: every language's pages come from the same templates and
 * none needs JavaScript to show its text); with storage blocked (private modes, strict cookie settings) the reading toggle,
 * troubleshooters and search still work within the page.
 */
import { expect, test } from "@playwright/test";
import { defaultLocale, furiganaLocale, sampleLocales, sitemapPaths } from "../helpers.ts";
import { batches, flowStep, searchPath, troubleshooterFlow, troubleshooterSlugs, waitForHydration, waitForSearchResults } from "./site.ts";
import { parsePath, paths } from "../../../src/lib/urls.ts";

test.describe("JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  const articlePaths = sitemapPaths().filter((path) => {
    const parsed = parsePath(path);
    return parsed?.page.type === "article" && sampleLocales.includes(parsed.locale!);
  });
  // Short tests, with a limit per page loaded so a busy machine has room.
  const articleBatches = batches(articlePaths, Math.ceil(articlePaths.length / 8));
  for (const [index, batch] of articleBatches.entries()) {
    test(`articles ${index + 1}/${articleBatches.length} are readable: title, body text and dates`, async ({ page }) => {
      test.setTimeout(30_000 + batch.length * 3_000);
      expect(batch.length).toBeGreaterThan(0);
      for (const path of batch) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
        const body = await page.getByRole("article").innerText();
        expect(body.length, `${path} shows its text`).toBeGreaterThan(150);
        await expect(page.getByRole("article").locator("time").first(), path).toBeVisible();
      }
    });
  }

  test("every troubleshooter is a complete checklist whose links lead to each step", async ({ page }) => {
    test.setTimeout(120_000);
    const slugs = troubleshooterSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    for (const locale of sampleLocales) {
      for (const slug of slugs) {
        const path = `/${locale}/troubleshooters/${slug}/`;
        await page.goto(path);
        const stepIds = troubleshooterFlow(slug).steps.map((step) => step.id);
        for (const id of stepIds) {
          await expect(page.locator(`#checklist-${id}`).getByRole("heading").first(), `${path} step ${id}`).toBeVisible();
        }
        const link = page.locator(`#checklist-${stepIds[0]} a[href^="#checklist-"]`).first();
        const target = await link.getAttribute("href");
        await link.click();
        await expect(page, path).toHaveURL(new RegExp(`${target}$`));
        await expect(page.locator(target!)).toBeInViewport();
      }
    }
  });
});

test.describe("storage blocked", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ["localStorage", "sessionStorage"]) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException("Storage is disabled", "SecurityError");
          },
        });
      }
    });
  });

  function watchErrors(page: import("@playwright/test").Page) {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    return errors;
  }

  test("the furigana toggle still switches readings on and off within the page", async ({ page }) => {
    const errors = watchErrors(page);
    const home = page.locator("html");
    await page.goto(paths.home(furiganaLocale));
    await expect(home).toHaveAttribute("data-furigana", "off");
    const toggle = page.locator("furigana-toggle button");
    await toggle.click();
    await expect(home).toHaveAttribute("data-furigana", "on");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("main rt:not(read-aloud rt)").first()).toBeVisible();
    await toggle.click();
    await expect(home).toHaveAttribute("data-furigana", "off");
    await page.goto(`${paths.home(furiganaLocale)}?furigana=on`);
    await expect(home).toHaveAttribute("data-furigana", "on");
    expect(errors).toEqual([]);
  });

  test("a troubleshooter and search work", async ({ page }) => {
    const errors = watchErrors(page);
    const slug = troubleshooterSlugs().find((candidate) => flowStep(troubleshooterFlow(candidate), troubleshooterFlow(candidate).start)?.answers.some((a) => a.value !== null));
    expect(slug).toBeDefined();
    await page.goto(paths.troubleshooter(defaultLocale, slug!));
    await waitForHydration(page);
    await page.locator(".troubleshooter__answer:enabled").first().click();
    await expect(page).toHaveURL(/[?&]step=/);
    await page.goto(searchPath(defaultLocale));
    await waitForSearchResults(page);
    expect(errors).toEqual([]);
  });
});
