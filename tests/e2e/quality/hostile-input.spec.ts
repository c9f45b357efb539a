/**
 * Hostile URLs: every payload below (markup, `javascript:` URLs, very long and broken percent-encoded
 * strings, unknown ids, prototype keys, bidi and zero-width characters) in every place a URL can carry it,
 * fed to the troubleshooter pages and the search page. None may open a dialog, log an error, inject an
 * element or leave the page unusable. Each payload goes into each place once: the cases take turns
 * between two troubleshooters and between two languages, so both are covered without loading every
 * case twice. One page is reused per batch.
 */
import { expect, test, type Page } from "@playwright/test";
import { flowStep, localeKeys, searchQueries, troubleshooterFlow, troubleshooterSlugs, waitForHydration, waitForSearchResults } from "./site.ts";
import { defaultLocale, sampleLocales } from "../helpers.ts";
import { localeOfPath, paths } from "../../../src/lib/urls.ts";

/** Every payload that runs, if it ever runs, leaves a mark the test looks for. */
const payloads = [
  `<script>window.__pwned=1</script>`,
  `"><img src=x onerror="window.__pwned=1" data-pwned>`,
  `'><svg onload="window.__pwned=1" data-pwned>`,
  `<img data-pwned src=x onerror=alert(1)>`,
  `</title><img data-pwned>`,
  `</script><img data-pwned src=x onerror=alert(1)>`,
  `<iframe srcdoc="<img data-pwned>"></iframe>`,
  `javascript:alert(1)`,
  `JaVaScRiPt:window.__pwned=1`,
  `data:text/html,<img data-pwned>`,
  `{{constructor.constructor('alert(1)')()}}`,
  "${alert(1)}",
  `__proto__`,
  `constructor`,
  `prototype`,
  `toString`,
  `hasOwnProperty`,
  `__proto__[pwned]`,
  `constructor[prototype][pwned]`,
  `%`,
  `%E0%A4%A`,
  `%ZZ`,
  `%uD800`,
  `%C0%AE%C0%AE%2F`,
  `%00`,
  `%0D%0ASet-Cookie:pwned=1`,
  `../../../../etc/passwd`,
  `no-such-step`,
  `step`,
  ` `,
  `\u202Eevil\u202C`,
  `\u200B\u200D\uFEFF`,
  `مرحبا`,
  `😀👍🏽`,
  `パスワード<b data-pwned>`,
  // Long: one copy stays within what hosts accept in a request line (about 8 KB; a URL with a copy in
  // three fields can pass it, and the preview server takes 16 KB); the longest exceed the 2,000
  // characters a troubleshooter state may take.
  "a".repeat(2500),
  "ア".repeat(250),
  "%41".repeat(700),
];

/** Puts a payload somewhere in a URL: raw (as typed into the address bar) or encoded. */
const encode = (value: string) => encodeURIComponent(value);

/**
 * The places a troubleshooter URL can carry a payload, after the page's path: as the step, or, beside a
 * real step, as that step's answer, as a key of its own and as the fragment (one load reads all three).
 */
const troubleshooterPlaces: ((payload: string, first: string) => string)[] = [
  (payload: string) => `?step=${encode(payload)}`,
  (payload: string, first: string) => `?step=${first}&${first}=${encode(payload)}&${encode(payload)}=${encode(payload)}#${encode(payload)}`,
];

/** The places a search URL can carry a payload, after the page's path: every field encoded, and the query as typed with the fragment. */
const searchPlaces: ((payload: string) => string)[] = [
  (payload: string) => `?q=${encode(payload)}&category=${encode(payload)}&audience=${encode(payload)}`,
  (payload: string) => `?q=${payload}#${encode(payload)}`,
];

/** Every payload in every place, on the pages in turn: each place and each payload meets every page. */
function everyPayloadInEveryPlace<Place, Target>(places: Place[], pages: Target[], url: (page: Target, place: Place, payload: string) => string): string[] {
  return payloads.flatMap((payload, payloadIndex) =>
    places.map((place, placeIndex) => url(pages[(payloadIndex + placeIndex) % pages.length]!, place, payload)),
  );
}

/** Two troubleshooters whose first step is a yes/no (or choice) question, so "a button works" can be tried. */
const buttonSlugs = troubleshooterSlugs()
  .filter((slug) => {
    const flow = troubleshooterFlow(slug);
    return flowStep(flow, flow.start)?.answers.some((answer) => answer.value !== null) ?? false;
  })
  .slice(0, 2);

async function problemsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.querySelector("[data-pwned]")) found.push("a [data-pwned] element was injected");
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push("a payload ran");
    if (({} as Record<string, unknown>)["pwned"] !== undefined) found.push("Object.prototype was polluted");
    if (document.cookie.includes("pwned")) found.push("a cookie was set");
    return found;
  });
}

function watch(page: Page) {
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    problems.push(`${page.url()}: dialog "${dialog.message()}"`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: console error ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

const troubleshooterPages = buttonSlugs.map((slug, index) => ({ path: paths.troubleshooter(localeKeys[index % localeKeys.length]!, slug), first: troubleshooterFlow(slug).start }));
const troubleshooterCases = everyPayloadInEveryPlace(troubleshooterPlaces, troubleshooterPages, (page, place, payload) => `${page.path}${place(payload, page.first)}`);
const searchCases = everyPayloadInEveryPlace(searchPlaces, sampleLocales.map((locale) => paths.search(locale)), (page, place, payload) => `${page}${place(payload)}`);

test("a troubleshooter starts with answer buttons, so a hostile URL can be followed by a click", () => {
  expect(buttonSlugs.length).toBeGreaterThan(0);
});

// Short tests (a broken page fails its own batch quickly), with a limit per URL loaded so a busy
// machine has room.
const batchSize = 20;
const timeoutFor = (urls: number) => 30_000 + urls * 4_000;
for (let start = 0; start < troubleshooterCases.length; start += batchSize) {
  const batch = troubleshooterCases.slice(start, start + batchSize);
  test(`troubleshooter pages survive hostile URLs ${start + 1}–${start + batch.length}`, async ({ page }) => {
    test.setTimeout(timeoutFor(batch.length));
    const problems = watch(page);
    for (const [index, url] of batch.entries()) {
      await page.goto(url);
      await waitForHydration(page);
      await expect(page.getByRole("heading", { level: 1 }), url).toBeVisible();
      problems.push(...(await problemsOn(page)).map((problem) => `${url}: ${problem}`));
      // Every few URLs, prove the page still works: an answer button moves to another step.
      if (index % 6 === 0) {
        await page.locator(".troubleshooter__answer:enabled").first().click();
        await expect(page, url).toHaveURL(/[?&]step=/);
      }
    }
    expect(problems).toEqual([]);
  });
}

for (let start = 0; start < searchCases.length; start += batchSize) {
  const batch = searchCases.slice(start, start + batchSize);
  test(`the search page survives hostile URLs ${start + 1}–${start + batch.length}`, async ({ page }) => {
    test.setTimeout(timeoutFor(batch.length));
    const problems = watch(page);
    for (const [index, url] of batch.entries()) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 }), url).toBeVisible();
      await expect(page.locator("[data-search-status]"), url).not.toBeEmpty();
      problems.push(...(await problemsOn(page)).map((problem) => `${url}: ${problem}`));
      if (index % 6 === 0) {
        const field = page.getByRole("searchbox").last();
        await field.fill(searchQueries[localeOfPath(url) ?? defaultLocale]);
        await field.press("Enter");
        await waitForSearchResults(page);
      }
    }
    expect(problems).toEqual([]);
  });
}
