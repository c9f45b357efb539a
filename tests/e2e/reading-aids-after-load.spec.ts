/**
 * Text that appears after load carries the build's readings, with furigana on: search results (titles,
 * section labels, excerpts), status lines, the feedback thank-you line, the contact block at a
 * troubleshooter's hand-off, and the search page without JavaScript. Two counts, both expected to be 0:
 * kanji outside `<ruby>`, and readings that differ from the build's reading for that text. The oracle for
 * a result's title and excerpt is the result's own page as the build annotated it (the same words next to
 * the same neighbours); for UI strings it is the readings ledger, which holds every reading the build shows.
 * Queries come from the content (wordsReadInContext) and a context rule's own example (外国人の方).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, test, type Locator } from "@playwright/test";
import { parse } from "yaml";
import { distDir, furiganaLocale, furiganaLocales, kanjiOutsideRuby, sitemapPaths } from "./helpers.ts";
import { indexLanguageOf, locales } from "../../src/lib/i18n/locales.ts";
import { loadTroubleshooters } from "../../src/troubleshooters/load.ts";
import { queryForStep } from "../../src/troubleshooters/step-link.ts";

interface LedgerEntry {
  word: string;
  reading: string;
  pages: number;
}
const ledger = parse(readFileSync("content/furigana/readings.yaml", "utf8")) as LedgerEntry[];
const ledgerPairs = new Set(ledger.map((entry) => `${entry.word}\t${entry.reading}`));

/** `<ruby>word<rp>(</rp><rt>reading</rt><rp>)</rp></ruby>` as the build writes it, twice in a row. */
const adjacentRubies = /<ruby>([^<]+)<rp[^>]*>\(<\/rp><rt[^>]*>([^<]+)<\/rt><rp[^>]*>\)<\/rp><\/ruby><ruby>([^<]+)<rp[^>]*>\(<\/rp><rt[^>]*>([^<]+)<\/rt>/gu;

/** The text of the standard Japanese search index (Pagefind's fragments, without its zero-width word breaks). */
function indexedJapanese(): string {
  const folder = join(distDir, "pagefind", "fragment");
  return readdirSync(folder)
    .filter((file) => file.startsWith(`${indexLanguageOf(furiganaLocale)}_`))
    .map((file) => {
      const json = gunzipSync(readFileSync(join(folder, file))).toString("utf8");
      return (JSON.parse(json.slice(json.indexOf("{"))) as { content: string }).content.replaceAll("\u200B", "");
    })
    .join("\n");
}

/**
 * Words from the content that a reader guessing word by word misreads, most shown first: a word the pages
 * split otherwise (本文 in 本(ほん)文中(ぶんちゅう)), and words right before a single kanji read in its less
 * usual way there (証明 before 書 read しょ). Only words the index holds, so each query finds pages.
 */
function wordsReadInContext(count: number): string[] {
  const ledgerWords = new Set(ledger.map((entry) => entry.word));
  const readingsOf = new Map<string, LedgerEntry[]>();
  for (const entry of ledger) readingsOf.set(entry.word, [...(readingsOf.get(entry.word) ?? []), entry]);
  const usual = new Map([...readingsOf].filter(([word, entries]) => word.length === 1 && entries.length > 1).map(([word, entries]) => [word, entries.toSorted((a, b) => b.pages - a.pages)[0]!.reading]));
  const indexed = indexedJapanese();
  const splitOtherwise = new Map<string, number>();
  const beforeContext = new Map<string, number>();
  const add = (words: Map<string, number>, word: string) => indexed.includes(word) && words.set(word, (words.get(word) ?? 0) + 1);
  for (const path of sitemapPaths().filter((path) => path.startsWith(`/${furiganaLocale}/articles/`))) {
    const html = readFileSync(join(distDir, path, "index.html"), "utf8");
    for (const [, first, , second, reading] of html.matchAll(adjacentRubies)) {
      const across = [...second!].map((_, length) => first! + second!.slice(0, length + 1)).find((word) => ledgerWords.has(word) && word !== first! + second!);
      const shorter = [...first!].map((_, start) => first!.slice(start + 1) + second!.slice(0, 1)).find((word) => word.length > 1 && ledgerWords.has(word));
      if (across) add(splitOtherwise, across);
      else if (shorter) add(splitOtherwise, shorter);
      const usualReading = usual.get(second!);
      if (usualReading && usualReading !== reading && first!.length > 1) add(beforeContext, first!);
    }
  }
  const mostShown = (words: Map<string, number>) => [...words].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  return [...new Set([...mostShown(splitOtherwise).slice(0, 1), ...mostShown(beforeContext)])].slice(0, count);
}

/** A context rule's first example: the word after the first neighbour it names (外国人の + 方). */
function contextRuleExample(): string {
  const rules = (parse(readFileSync("content/furigana/context.yaml", "utf8")) as { context: { word: string; after?: string[] }[] }).context;
  const rule = rules.find((candidate) => candidate.after?.length)!;
  return `${rule.after![0]}${rule.word}`;
}

/**
 * Readings under `root` that differ from the build's. With `page`, each ruby with its neighbours (the ruby or
 * character before and after it) must appear in that page's annotated text; otherwise its pair must be in the ledger.
 */
function differingReadings(root: Locator, page?: string): Promise<string[]> {
  return root.evaluateAll(
    async (elements, [pagePath, pairs]) => {
      // Text as tokens: a ruby is "｛word｜reading｝", other characters one each; spaces, zero-width spaces and the
      // full stops Pagefind adds between blocks are left out.
      const tokensOf = (element: Element): string[] => {
        const tokens: string[] = [];
        const walk = (node: Node) => {
          if (node instanceof Element && node.matches("rt, rp, script, style, template")) return;
          if (node instanceof Element && node.matches("ruby")) {
            const base = [...node.childNodes].filter((child) => !(child instanceof Element && child.matches("rt, rp"))).map((child) => child.textContent).join("");
            tokens.push(`｛${base.replace(/[\s\u200B]/gu, "")}｜${node.querySelector("rt")?.textContent ?? ""}｝`);
            return;
          }
          if (node.nodeType === Node.TEXT_NODE) for (const char of node.textContent ?? "") if (!/[\s\u200B.]/u.test(char)) tokens.push(char);
          node.childNodes.forEach(walk);
        };
        walk(element);
        return tokens;
      };
      let pageText: string | null = null;
      if (pagePath) {
        const html = await (await fetch(pagePath)).text();
        const doc = new DOMParser().parseFromString(html, "text/html");
        pageText = tokensOf(doc.querySelector("main") ?? doc.body).join("");
      }
      const known = new Set(pairs);
      const differing: string[] = [];
      for (const element of elements) {
        const tokens = tokensOf(element);
        tokens.forEach((token, index) => {
          if (!token.startsWith("｛")) return;
          const [word, reading] = token.slice(1, -1).split("｜") as [string, string];
          const inContext = `${tokens[index - 1] ?? ""}${token}${tokens[index + 1] ?? ""}`;
          const agrees = pageText === null ? known.has(`${word}\t${reading}`) : pageText.includes(inContext);
          if (!agrees) differing.push(`${word}(${reading}) in ${tokens.slice(Math.max(0, index - 4), index + 5).join("")}`);
        });
      }
      return differing;
    },
    [page ?? null, [...ledgerPairs]] as const,
  );
}

/** Logs the two counts (so a run shows them before anything fails) and expects both to be 0. */
function expectNone(label: string, outside: string[], differing: string[]): void {
  console.log(`[readings after load] ${label}: ${outside.length} kanji outside ruby, ${differing.length} readings differing from the build`);
  expect({ outside, differing }).toEqual({ outside: [], differing: [] });
}

const queries = [...wordsReadInContext(3), contextRuleExample()];
const handoffs = loadTroubleshooters().flatMap(({ flow }) =>
  flow.steps
    .filter((step) => step.type === "handoff")
    .map((step) => ({ slug: flow.slug, query: queryForStep(flow, step.id) }))
    .filter((handoff) => handoff.query !== null)
    .slice(0, 1),
);

test("the content gives queries and hand-off steps to test", () => {
  expect(queries.length).toBe(4);
  expect(handoffs.length).toBeGreaterThan(0);
});

for (const locale of furiganaLocales) {
  test.describe(`readings after load (${locale})`, () => {
    for (const query of queries) {
      test(`search results for ${query}`, async ({ page }) => {
        await page.goto(`/${locale}/search/?furigana=on&q=${encodeURIComponent(query)}`);
        await expect(page.locator(".search-result").first()).toBeVisible();
        await expect(page.locator("[data-search-status]")).toHaveText(/[^…]$/);
        const differing: string[] = [];
        const results = page.locator(".search-result");
        for (let index = 0; index < (await results.count()); index += 1) {
          const result = results.nth(index);
          // The title and excerpt are the indexed page's text: an easy-Japanese result links to its own page but shows the standard one's.
          const linked = new URL((await result.locator("a").first().getAttribute("href"))!, page.url()).pathname;
          const path = linked.replace(`/${locale}/`, `/${locales[locale].easyVariantOf ?? locale}/`);
          differing.push(...(await differingReadings(result.locator(".search-result__link, .search-result__excerpt"), path)));
          differing.push(...(await differingReadings(result.locator(".search-result__meta"))));
        }
        differing.push(...(await differingReadings(page.locator("[data-search-status]"))));
        expectNone(`${locale} search ${query}`, await kanjiOutsideRuby(page, "main"), differing);
      });
    }

    test("the thank-you line after a vote", async ({ page }) => {
      const article = sitemapPaths().find((path) => path.startsWith(`/${locale}/articles/`))!;
      await page.goto(`${article}?furigana=on`);
      const feedback = page.locator("hc-feedback");
      await feedback.locator("button[data-answer=yes]").click();
      const status = feedback.locator("[data-feedback-status]");
      await expect(status).not.toBeEmpty();
      expectNone(`${locale} thank-you line`, await kanjiOutsideRuby(page, "hc-feedback [data-feedback-status]"), await differingReadings(status));
    });

    for (const { slug, query } of handoffs) {
      test(`the contact block at ${slug}'s hand-off`, async ({ page }) => {
        await page.goto(`/${locale}/troubleshooters/${slug}/?furigana=on&${query}`);
        const handoff = page.locator(".troubleshooter__handoff");
        await expect(handoff.locator(".contact-block")).toBeVisible();
        expectNone(`${locale} ${slug} hand-off`, await kanjiOutsideRuby(page, ".troubleshooter__handoff"), await differingReadings(handoff));
      });
    }

    test("the search page without JavaScript", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/search/`);
      const main = page.locator("main");
      console.log(`[readings after load] ${locale} search page without JavaScript shows ${(await main.innerText()).replace(/\s+/gu, "").length} characters`);
      const outside = await kanjiOutsideRuby(page, "main", { noscript: true });
      const differing = await differingReadings(main);
      expectNone(`${locale} search page without JavaScript`, outside, differing);
      // What the empty state offers with scripts: the guided checks, the topics and contact.
      await expect(main.locator(`a[href^="/${locale}/troubleshooters/"]`).first()).toBeVisible();
      await expect(main.locator(`a[href^="/${locale}/categories/"]`).first()).toBeVisible();
      await expect(main.locator(".contact-block")).toBeVisible();
      await context.close();
    });
  });
}
