/**
 * What the やさしい日本語 toggle shows on a page: a link to the other version of the same page (standard ↔
 * easy), or, when the easy URL would only show a fallback, a note saying there is no easy version yet.
 */
import { baseLocaleOf, easyVariantOf, locales, type Locale } from "./i18n/locales.ts";
import type { UiKey } from "./i18n/index.ts";

export type EasyToggle = { kind: "link"; href: string; label: UiKey } | { kind: "missing"; label: UiKey };

export function easyToggleFor(
  locale: Locale,
  alternates: Partial<Record<Locale, string>>,
  hasEasyVersion: boolean,
): EasyToggle | null {
  if (locales[locale].easyVariantOf !== null) {
    const href = alternates[baseLocaleOf(locale)];
    return href === undefined ? null : { kind: "link", href, label: "reading.toStandard" };
  }
  const easy = easyVariantOf(locale);
  if (easy === null) return null;
  const href = alternates[easy];
  if (!hasEasyVersion || href === undefined) return { kind: "missing", label: "reading.noEasyVersion" };
  return { kind: "link", href, label: "reading.toEasy" };
}
