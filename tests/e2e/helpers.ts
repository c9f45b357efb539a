import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { parse } from "yaml";
import { contentPath } from "../../src/lib/content-paths.ts";
import { localized } from "../../src/lib/content-resolution.ts";
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

export { defaultLocale };

/** The standard locale whose pages show furigana (the first such in the table), for tests of furigana itself. */
export const furiganaLocale: Locale = localeKeys.find((locale) => locales[locale].furigana && locales[locale].easyVariantOf === null)!;

/** The easy-language variant (the locale whose `easyVariantOf` is set), for tests of the easy toggle. */
export const easyLocale: Locale = localeKeys.find((locale) => locales[locale].easyVariantOf !== null)!;

/** The locale an easy variant simplifies. */
export const easyBaseLocale: Locale = locales[easyLocale].easyVariantOf as Locale;

/**
 * A standard locale other than `locale`, for "opens in the other language" tests: the first furigana
 * locale for the default one (so scripts and ruby differ), otherwise the default locale.
 */
export function otherLocale(locale: Locale): Locale {
  return locale === defaultLocale ? furiganaLocale : defaultLocale;
}

type NamedList = { id: string; name: Record<string, string> }[];
const namedLists = new Map<string, NamedList>();
function namedList(file: "categories" | "audiences"): NamedList {
  if (!namedLists.has(file)) namedLists.set(file, parse(readFileSync(contentPath(file), "utf8")) as NamedList);
  return namedLists.get(file)!;
}

/** A topic's name in a locale, as content/categories.yaml writes it. */
export function categoryName(id: string, locale: Locale): string {
  return localized(namedList("categories").find((entry) => entry.id === id)!.name, locale);
}

/** An audience's name in a locale, as content/audiences.yaml writes it. */
export function audienceName(id: string, locale: Locale): string {
  return localized(namedList("audiences").find((entry) => entry.id === id)!.name, locale);
}

/** Escapes a text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The `lang` tags of the pages with furigana: Han in any other language is not read with readings. */
const furiganaLangs = [...new Set(furiganaLocales.map((locale) => locales[locale].lang))];

/**
 * Visible kanji runs outside `<ruby>` under `rootSelector`, each with the text around it. Only text in a
 * furigana language counts (Han in another language, 简体中文 in the language switch, is not); the tab title
 * and attribute values are exempt, and so is what the reader typed (`data-typed`, a query shown back).
 * `<noscript>` counts only when asked: with scripts off it is page text.
 */
export function kanjiOutsideRuby(page: Page, rootSelector = "body", options: { noscript?: boolean } = {}): Promise<string[]> {
  return page.evaluate(
    ([selector, noscript, langs]) => {
      const kanji = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々〆ヶ]+/gu;
      const skipped = noscript ? "ruby, script, style, template, [data-typed]" : "ruby, script, style, template, noscript, [data-typed]";
      const found: string[] = [];
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest(skipped)) continue;
          const lang = parent.closest("[lang]")?.getAttribute("lang") ?? "";
          if (!langs.some((tag) => lang === tag || lang.startsWith(`${tag}-`))) continue;
          if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
          for (const match of (node.textContent ?? "").matchAll(kanji)) found.push(`${match[0]} in "${(parent.textContent ?? "").trim().slice(0, 60)}"`);
        }
      }
      return found;
    },
    [rootSelector, options.noscript ?? false, furiganaLangs] as const,
  );
}
