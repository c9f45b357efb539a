/**
 * The one definition of the markup around a reading, shared by the page pass (src/build/postbuild/page-pass.ts)
 * and `<RubyText>`, so CSS, the toggle, copying and screen readers treat both the same:
 * `<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>`.
 * Readings are hidden from assistive technology (the kanji are read once, not kanji then reading)
 * and from the search index.
 */

/** Attributes on every `<rt>` and `<rp>`, as HTML attribute names. */
export const readingAttributes = { "aria-hidden": "true", "data-pagefind-ignore": "" } as const;

const readingAttributesHtml = Object.entries(readingAttributes)
  .map(([name, value]) => `${name}="${value}"`)
  .join(" ");

/** Text escaped for HTML, for the ruby markup and for the page text the page pass writes back. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A word and its reading as HTML. */
export function rubyHtml(text: string, reading: string): string {
  const open = (tagName: "rt" | "rp") => `<${tagName} ${readingAttributesHtml}>`;
  return `<ruby>${escapeHtmlText(text)}${open("rp")}(</rp>${open("rt")}${escapeHtmlText(reading)}</rt>${open("rp")})</rp></ruby>`;
}
