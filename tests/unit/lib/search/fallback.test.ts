import { expect, test } from "vitest";
import { baseLocaleOf, defaultLocale, indexLanguageOf, localeKeys, type Locale } from "../../../../src/lib/i18n/locales.ts";
import { resolveTranslation } from "../../../../src/lib/content-resolution.ts";
import { byScore, fallbackFilters, fallbackReadersOf, fallbackSourceOf, untranslatedFilter } from "../../../../src/lib/search/fallback.ts";

const others = localeKeys.filter((locale) => locale !== defaultLocale);
const easyVariants = localeKeys.filter((locale) => baseLocaleOf(locale) !== locale);
const versionsIn = (...present: Locale[]) => Object.fromEntries(present.map((locale) => [locale, locale]));

test("a page in the default language only is shown, and so searched for, in every other locale", () => {
  expect(fallbackReadersOf(defaultLocale, versionsIn(defaultLocale))).toEqual(others);
});

test("a locale with its own version does not search the default language's page", () => {
  for (const translated of others) {
    const readers = fallbackReadersOf(defaultLocale, versionsIn(defaultLocale, translated));
    expect(readers).not.toContain(translated);
    expect(readers.length).toBeGreaterThan(0);
  }
});

test("every locale that shows a page in place of its own is named on exactly the page it shows", () => {
  for (const present of [...others.map((locale) => [defaultLocale, locale]), [defaultLocale]] as Locale[][]) {
    const versions = versionsIn(...present);
    for (const reader of localeKeys) {
      const shown = resolveTranslation(reader, versions)!.shownLocale;
      const named = present.filter((source) => fallbackReadersOf(source, versions).includes(reader));
      // A locale finds its page in its own index (its own version, or its standard language's for an easy variant), or on the one page that names it.
      expect(named).toEqual(indexLanguageOf(shown) === indexLanguageOf(reader) ? [] : [shown]);
    }
  }
});

test("an easy variant shown its standard language's page searches its own index, which holds that page", () => {
  for (const easy of easyVariants) {
    expect(fallbackReadersOf(baseLocaleOf(easy), versionsIn(defaultLocale, baseLocaleOf(easy)))).not.toContain(easy);
    expect(fallbackSourceOf(easy, [baseLocaleOf(easy)])).toBeNull();
  }
});

test("a locale whose untranslated pages are all in its own index loads no other index", () => {
  for (const locale of localeKeys) expect(fallbackSourceOf(locale, [])).toBeNull();
  for (const locale of others) expect(fallbackSourceOf(locale, [locale, defaultLocale])).toBe(defaultLocale);
});

test("the reader's filters are named as the other index names them, and keep only the reader's untranslated pages", () => {
  const [reader] = others;
  const names = { category: { Reader: "Source" } };
  expect(fallbackFilters({ category: "Reader", audience: "Same" }, names, reader!)).toEqual({ category: "Source", audience: "Same", [untranslatedFilter]: reader });
  expect(fallbackFilters({}, names, reader!)).toEqual({ [untranslatedFilter]: reader });
});

test("results of both indexes come best first, the reader's own first at equal scores", () => {
  const own = [{ score: 3, from: "own" }, { score: 1, from: "own" }];
  const fallback = [{ score: 2, from: "fallback" }, { score: 1, from: "fallback" }];
  expect(byScore(own, fallback)).toEqual([own[0], fallback[0], own[1], fallback[1]]);
});
