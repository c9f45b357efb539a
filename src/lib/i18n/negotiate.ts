/**
 * Picks the best page for the reader's preferred languages (navigator.languages),
 * matching the primary subtag (ja-JP → ja). Returns the first option when nothing matches.
 */
export function pickLocale(preferred: readonly string[], options: { lang: string; href: string }[]): string | null {
  for (const wanted of preferred) {
    const primary = wanted.toLowerCase().split("-")[0];
    const match = options.find((option) => option.lang.toLowerCase() === primary);
    if (match) return match.href;
  }
  return options[0]?.href ?? null;
}
