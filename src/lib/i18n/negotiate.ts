/** Browsers name some languages by another tag than ours: Tagalog (tl) readers read Filipino. */
const sameLanguage: Record<string, string> = { tl: "fil" };

const primaryOf = (tag: string) => {
  const primary = tag.toLowerCase().split("-")[0] ?? "";
  return sameLanguage[primary] ?? primary;
};

/**
 * The first of the reader's preferred languages (navigator.languages) that the site has, matching
 * primary subtags (ja-JP → ja, zh-CN → zh-Hans); null when the site has none of them.
 */
export function pickLocale<T extends { lang: string }>(preferred: readonly string[], options: readonly T[]): T | null {
  for (const wanted of preferred) {
    const match = options.find((option) => primaryOf(option.lang) === primaryOf(wanted));
    if (match) return match;
  }
  return null;
}
