import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { defaultLocale, localeKeys, locales, type Locale } from "../../src/lib/i18n/locales.ts";

/** The built site's folder (matches astro.config.mjs). */
export const distDir = process.env["HC_OUT_DIR"] ?? "dist";

/** Every page path listed in the built sitemap(s), e.g. `/en/articles/x/`. */
export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((file) =>
    [...readFileSync(join(distDir, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}

/**
 * An element's text as the base text reads, without furigana readings (`<rt>`, `<rp>`), which the
 * build adds to Japanese pages: "忘(わす)れた" compares as "忘れた".
 */
export function textWithoutFurigana(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll("rt, rp").forEach((reading) => reading.remove());
    return copy.textContent ?? "";
  });
}

/**
 * The locales a test runs in when running it in all of them would repeat the same check: the default
 * locale and each standard locale with furigana (whose pages get ruby and other line heights). Every
 * other language renders through the same templates; the sitemap sweep loads each of its pages.
 */
export const sampleLocales: Locale[] = [defaultLocale, ...localeKeys.filter((locale) => locales[locale].furigana && locales[locale].easyVariantOf === null)];

/** The locales whose pages show furigana. */
export const furiganaLocales: Locale[] = localeKeys.filter((locale) => locales[locale].furigana);

/**
 * Visible kanji runs outside `<ruby>` under `rootSelector`, each with the text around it. Only Japanese
 * text counts (Han in another language, 简体中文 in the language switch, is not Japanese); the tab title
 * and attribute values are exempt, and so is what the reader typed (`data-typed`, a query shown back).
 * `<noscript>` counts only when asked: with scripts off it is page text.
 */
export function kanjiOutsideRuby(page: Page, rootSelector = "body", options: { noscript?: boolean } = {}): Promise<string[]> {
  return page.evaluate(
    ([selector, noscript]) => {
      const kanji = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々〆ヶ]+/gu;
      const skipped = noscript ? "ruby, script, style, template, [data-typed]" : "ruby, script, style, template, noscript, [data-typed]";
      const found: string[] = [];
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest(skipped)) continue;
          if (!parent.closest("[lang]")?.getAttribute("lang")?.startsWith("ja")) continue;
          if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
          for (const match of (node.textContent ?? "").matchAll(kanji)) found.push(`${match[0]} in "${(parent.textContent ?? "").trim().slice(0, 60)}"`);
        }
      }
      return found;
    },
    [rootSelector, options.noscript ?? false] as const,
  );
}
