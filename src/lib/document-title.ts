/**
 * The text of a page's `<title>`: the page's own title, then the site's name. A browser tab, a search
 * engine's result and a screen reader's announcement on load show about 70 characters, so past that
 * the site's name is left out, and a title still longer is cut at a word boundary (or, in Japanese, at a
 * character) with "…". The page's `<h1>` always shows the whole title. html-validate's `long-title`
 * rule takes its limit from here (`.htmlvalidate.mjs`).
 */
export const documentTitleMaxLength = 70;

const ellipsis = "…";

/** `text` cut to at most `max` characters, ending in "…", at the last space when one is in its second half. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text).slice(0, max - ellipsis.length);
  const kept = chars.join("");
  const lastSpace = kept.lastIndexOf(" ");
  const cut = lastSpace >= kept.length / 2 ? kept.slice(0, lastSpace) : kept;
  return `${cut.replace(/[\s,.:;、。,]+$/u, "")}${ellipsis}`;
}

export function documentTitle(title: string, siteName: string, max = documentTitleMaxLength): string {
  const full = `${title} | ${siteName}`;
  if (Array.from(full).length <= max) return full;
  if (Array.from(title).length <= max) return title;
  return shorten(title, max);
}
