/**
 * A page title quoted inside a sentence, as the language quotes titles (locales.ts, `titleQuotes`).
 * Japanese nests quotation marks as 『』 inside 「」, so a title that itself quotes a name
 * (「Example」アプリ…) reads 「『Example』アプリ…」.
 */
import { locales, type Locale } from "./locales.ts";

export interface QuotedTitle {
  open: string;
  text: string;
  close: string;
}

export function quoteTitle(title: string, locale: Locale): QuotedTitle {
  const [open, close] = locales[locale].titleQuotes;
  const text = open === "「" ? title.replaceAll("「", "『").replaceAll("」", "』") : title;
  return { open, text, close };
}
