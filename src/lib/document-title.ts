/**
 * The text of a page's `<title>`: the page's own title, then the site's name. A browser tab, a search
 * engine's result and a screen reader's announcement on load show about 70 characters, so past that
 * the site's name is left out, and a title still longer is cut at a word boundary (or, in Japanese, at a
 * character) with "…". The page's `<h1>` always shows the whole title. html-validate's `long-title`
 * rule takes its limit from here (`.htmlvalidate.mjs`) and counts the title as the HTML writes it, an
 * apostrophe as `&#39;`, so lengths here are counted the same way.
 */
export const documentTitleMaxLength = 70;

const ellipsis = "…";

/** How Astro escapes text in an element: each character's length as the HTML writes it. */
const escapedLengths: Record<string, number> = { "&": 5, "<": 4, ">": 4, '"': 6, "'": 5 };

function htmlLength(text: string): number {
  return Array.from(text).reduce((sum, char) => sum + (escapedLengths[char] ?? 1), 0);
}

/** `text` cut to at most `max` characters, ending in "…", at the last space when one is in its second half. */
function shorten(text: string, max: number): string {
  let kept = "";
  for (const char of text) {
    if (htmlLength(kept + char) > max - ellipsis.length) break;
    kept += char;
  }
  const lastSpace = kept.lastIndexOf(" ");
  const cut = lastSpace >= kept.length / 2 ? kept.slice(0, lastSpace) : kept;
  return `${cut.replace(/[\s,.:;、。,]+$/u, "")}${ellipsis}`;
}

export function documentTitle(title: string, siteName: string, max = documentTitleMaxLength): string {
  const full = `${title} | ${siteName}`;
  if (htmlLength(full) <= max) return full;
  if (htmlLength(title) <= max) return title;
  return shorten(title, max);
}
