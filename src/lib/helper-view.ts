/**
 * "Show this in Japanese": the reader shows the same page, at the same troubleshooter step, to a Japanese
 * helper beside them. Which pages offer it, the address of the Japanese page with the reader's state, and
 * the QR code's drawing. Pure: the page script (`src/scripts/helper-view-panel.ts`) does the DOM work.
 */
import { locales, type Locale } from "./i18n/locales.ts";

/** The language the helper reads. */
export const helperLocale = "ja" satisfies Locale;

/** Japanese pages are already what the helper reads, so they do not offer the control. */
export function offersHelperView(locale: Locale): boolean {
  return locales[locale].lang !== locales[helperLocale].lang;
}

/**
 * The Japanese page with the reader's query string and #section: a troubleshooter's state lives in its
 * query (`src/lib/url-state.ts`), and both languages share step ids and anchors.
 */
export function helperPageUrl(japanesePath: string, location: { origin: string; search: string; hash: string }): string {
  return new URL(`${japanesePath}${location.search}${location.hash}`, location.origin).href;
}

/**
 * One SVG path for the dark modules of a QR code (`true` = dark, as `uqr`'s `encode` gives them), one unit
 * square each, so the drawing needs no `style` attribute (the CSP forbids them) and scales without blur.
 */
export function qrPathData(modules: ReadonlyArray<ReadonlyArray<boolean>>): string {
  const squares: string[] = [];
  modules.forEach((row, y) => row.forEach((dark, x) => dark && squares.push(`M${x} ${y}h1v1h-1z`)));
  return squares.join("");
}
