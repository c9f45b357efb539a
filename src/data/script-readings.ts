/**
 * Build time: the Japanese texts a page script can show (UI strings and templates, labels, titles), each
 * read whole with the site's rules and analyzer. The page passes them to its script in its JSON config, and
 * the script places these readings (src/scripts/ruby-nodes.ts); it never reads text itself.
 */
import { hasKanji } from "../lib/furigana/kana.ts";
import { toRubySegments } from "../lib/furigana/reader.ts";
import type { ShownReadings } from "../lib/furigana/shown-readings.ts";
import { locales, type Locale } from "../lib/i18n/locales.ts";

/** The readings of `texts` on a page of `locale`; none where the locale shows no furigana. */
export async function scriptReadings(locale: Locale, texts: readonly string[]): Promise<ShownReadings> {
  if (!locales[locale].furigana) return {};
  return Object.fromEntries(await Promise.all(texts.filter(hasKanji).map(async (text) => [text, await toRubySegments(text)] as const)));
}
