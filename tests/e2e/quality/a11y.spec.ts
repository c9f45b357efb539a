/**
 * WCAG 2.2 AA on the built site beyond the sitemap sweep (`sitemap.spec.ts`): axe on every page type in
 * each reading mode (English, Japanese with furigana off and on, easy Japanese) and on troubleshooters
 * past their first step, Consistent Help (3.2.6), Target Size (2.5.8) and keyboard-only use of a
 * troubleshooter and of search.
 */
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "../axe.ts";
import { defaultLocale, easyLocale, furiganaLocale, sampleLocales } from "../helpers.ts";
import { locales } from "../../../src/lib/i18n/locales.ts";
import { parsePath, paths } from "../../../src/lib/urls.ts";
import {
  builtHtml,
  layoutCheckedPaths,
  pageTypePaths,
  searchQueries,
  troubleshooterSlugs,
  troubleshooterStates,
  troubleshooterWalk,
  waitForHydration,
  waitForSearchResults,
} from "./site.ts";

/** Adds `?furigana=…` to a path that may already have a query. */
function withQuery(path: string, extra: string): string {
  if (!extra) return path;
  return `${path}${path.includes("?") ? "&" : "?"}${extra}`;
}

async function settle(page: Page, path: string): Promise<void> {
  if (path.includes("/search/?q=")) await waitForSearchResults(page);
}

/**
 * Each test's time limit: a fixed part for the browser and the server, and a generous share per page
 * analysed, so a machine many times slower than a quiet one still passes (at load average 35 on two
 * cores the agents' index alone took 42 s; quietly it takes a few seconds).
 */
const timeoutFor = (pages: number) => 60_000 + pages * 20_000;

/** Pages the sitemap sweep already checks with every rule, as they are shown by default. */
const checkedInSweep = layoutCheckedPaths();

/** Whether the sweep has analysed `path` with every rule in the reading state `query` asks for. */
function sweptAsShown(path: string, query: string): boolean {
  if (!checkedInSweep.has(path)) return false;
  return query === "" || (builtHtml(path) ?? "").includes(`data-furigana="${query.split("=")[1]}"`);
}

/** The reading modes: the locale's pages, with the furigana state forced through the URL. */
const readingModes = [
  { name: "English", locale: defaultLocale, query: "" },
  { name: "Japanese, furigana off", locale: furiganaLocale, query: "furigana=off" },
  { name: "Japanese, furigana on", locale: furiganaLocale, query: "furigana=on" },
  { name: "easy Japanese", locale: easyLocale, query: "" },
] as const;

for (const [modeIndex, mode] of readingModes.entries()) {
  // One test per page type and mode, every rule: the layout rules the sweep skips are checked here. A
  // page the sweep already checked with every rule, in the same state, is not analysed again.
  const types = Object.entries(pageTypePaths(mode.locale)).filter(([, path]) => !sweptAsShown(path, mode.query));
  for (const [type, path] of types) {
    test(`axe: ${type} in ${mode.name}`, async ({ page }) => {
      test.setTimeout(timeoutFor(1));
      const url = withQuery(path, mode.query);
      const response = await page.goto(url);
      expect(response?.status(), `${type}: ${url}`).toBe(type === "404" ? 404 : 200);
      await settle(page, path);
      // The 404 page is one English page for every language: no readings to switch.
      if (mode.query && type !== "404") await expect(page.locator("html")).toHaveAttribute("data-furigana", mode.query.split("=")[1]!);
      expect(await axeViolations(page, `${type} ${url}`)).toEqual([]);
    });
  }

  // Each mode takes its share of the troubleshooters (every first step is also in the sitemap run), so
  // every troubleshooter is checked at all four states in one reading mode without running axe 80 times.
  const slugs = troubleshooterSlugs().filter((_, index) => index % readingModes.length === modeIndex);
  test(`axe: troubleshooters in ${mode.name} have their share`, () => {
    expect(slugs.length).toBeGreaterThan(0);
  });
  for (const slug of slugs) {
    test(`axe: troubleshooter ${slug} at its first, a middle, a fix and the final step in ${mode.name}`, async ({ page }) => {
      const states = Object.entries(troubleshooterStates(slug)).filter((entry): entry is [string, string] => entry[1] !== null);
      test.setTimeout(timeoutFor(states.length));
      const violations: string[] = [];
      for (const [name, state] of states) {
        const url = withQuery(`/${mode.locale}/troubleshooters/${slug}/${state}`, mode.query);
        expect((await page.goto(url))?.status(), url).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        violations.push(...(await axeViolations(page, `${slug} ${name}`)));
      }
      expect(violations).toEqual([]);
    });
  }
}

/**
 * Where the help mechanisms sit, in document order, named by the landmark that holds them:
 * the site search form and the contact details (phone link).
 */
async function helpOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const landmark = (element: Element) => {
      const holder = element.closest("header, footer, main, nav, aside");
      return holder ? holder.tagName.toLowerCase() : "body";
    };
    const items = [
      ...[...document.querySelectorAll('form[role="search"], search form, search')].slice(0, 1).map((el) => ({ el, name: `search in ${landmark(el)}` })),
      ...[...document.querySelectorAll('footer a[href^="tel:"], body > * a[href^="tel:"]')].slice(-1).map((el) => ({ el, name: `contact in ${landmark(el)}` })),
    ];
    items.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return items.map((item) => item.name);
  });
}

test("Consistent Help (3.2.6): search and contact sit in the same place on every page type", async ({ page }) => {
  test.setTimeout(120_000);
  const expected = ["search in header", "contact in footer"];
  const found: string[] = [];
  for (const mode of readingModes) {
    const types = pageTypePaths(mode.locale);
    const slug = troubleshooterSlugs()[0];
    if (slug) types["troubleshooter"] = `/${mode.locale}/troubleshooters/${slug}/`;
    for (const [type, path] of Object.entries(types)) {
      await page.goto(path);
      const order = await helpOrder(page);
      if (order.join() !== expected.join()) found.push(`${mode.locale} ${type} ${path}: ${order.join(" → ") || "no help"}`);
    }
  }
  expect(found).toEqual([]);
});

/**
 * Every target in the header, the footer and the main controls measures at least 24×24 CSS px.
 * Links inside running text are exempt (WCAG 2.5.8 "inline" exception): a link whose paragraph or list
 * item holds more text than the link itself.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const blockSelector = "p, li, dd, dt, td, th, figcaption, blockquote, label, h1, h2, h3, h4, h5, h6";
    const isInline = (element: Element) => {
      if (element.tagName !== "A") return false;
      const block = element.parentElement?.closest(blockSelector);
      if (!block) return false;
      const own = (element.textContent ?? "").trim().length;
      return (block.textContent ?? "").replace(/\s+/g, " ").trim().length > own + 3;
    };
    const targets = document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex='-1'])");
    const small: string[] = [];
    for (const element of targets) {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility === "hidden" || style.display === "none" || box.width === 0 || box.height === 0) continue;
      if (element.closest(".visually-hidden, .skip-link")) continue;
      if (isInline(element)) continue;
      if (box.width < 24 || box.height < 24) {
        const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40);
        small.push(`${element.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
  test(`Target Size (2.5.8): header, footer and controls are at least 24×24 px at ${viewport.width} px wide`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const found: string[] = [];
    for (const locale of sampleLocales) {
      const types = pageTypePaths(locale);
      for (const slug of troubleshooterSlugs()) types[`troubleshooter ${slug}`] = `/${locale}/troubleshooters/${slug}/`;
      for (const [type, path] of Object.entries(types)) {
        await page.goto(withQuery(path, locales[locale].furigana ? "furigana=on" : ""));
        await settle(page, path);
        found.push(...(await smallTargets(page)).map((target) => `${type} ${path}: ${target}`));
      }
    }
    expect(found).toEqual([]);
  });
}

/** Presses Tab until the focused element matches `accepts`, failing after `limit` presses. */
interface Focused {
  tag: string;
  type: string;
  text: string;
  href: string;
  answer: string;
  disabled: boolean;
}

async function tabTo(page: Page, accepts: (info: Focused) => boolean, limit = 60) {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        tag: element?.tagName.toLowerCase() ?? "",
        type: element?.getAttribute("type") ?? "",
        text: (element?.innerText || element?.getAttribute("aria-label") || "").trim(),
        href: element?.getAttribute("href") ?? "",
        answer: element?.getAttribute("data-answer") ?? "",
        disabled: element?.hasAttribute("disabled") ?? false,
      };
    });
    if (accepts(info)) return info;
  }
  throw new Error(`No matching element within ${limit} Tab presses`);
}

test("keyboard only: search from the home page and open a result", async ({ page }) => {
  const locale = defaultLocale;
  await page.goto(paths.home(locale));
  await tabTo(page, (info) => info.tag === "input" && info.type === "search");
  await page.keyboard.type(searchQueries[locale]);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === paths.search(locale) && url.searchParams.get("q") === searchQueries[locale]);
  await waitForSearchResults(page);
  const result = await tabTo(page, (info) => {
    const target = info.tag === "a" ? parsePath(info.href) : null;
    return target?.locale === locale && (target.page.type === "article" || target.page.type === "troubleshooter");
  });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(result.href.split("#")[0]!.replace(/[?]/g, "\\?")));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("keyboard only: walk a troubleshooter from its first yes/no question to its final step", async ({ page }) => {
  test.setTimeout(60_000);
  const slug = troubleshooterSlugs().find((candidate) => troubleshooterWalk(candidate).some((step) => step.answer === "yes" || step.answer === "no"));
  expect(slug, "a troubleshooter with yes/no questions").toBeDefined();
  const walk = troubleshooterWalk(slug!);
  const from = walk.findIndex((step) => step.answer === "yes" || step.answer === "no");
  await page.goto(`${paths.troubleshooter(defaultLocale, slug!)}${walk[from]!.query}`);
  await waitForHydration(page);
  for (let index = from; index < walk.length - 1; index++) {
    const { answer } = walk[index]!;
    await tabTo(page, (info) => info.tag === "button" && info.answer === answer && !info.disabled);
    await page.keyboard.press(index % 2 === 0 ? "Enter" : "Space");
    await expect(page).toHaveURL(new RegExp(`[?&]step=${walk[index + 1]!.step}(&|$)`));
  }
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
