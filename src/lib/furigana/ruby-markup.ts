/**
 * The one definition of the markup around a reading, shared by the HTML pass and `<RubyText>`, so CSS,
 * the toggle, copying and screen readers treat both the same:
 * `<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>`.
 * Readings are hidden from assistive technology (the kanji are read once, not kanji then reading)
 * and from the search index.
 */
import type { Element, ElementContent } from "hast";
import type { RubySegment } from "./ruby-segment.ts";

/** Attributes on every `<rt>` and `<rp>`, as HTML attribute names. */
export const readingAttributes = { "aria-hidden": "true", "data-pagefind-ignore": "" } as const;

/** The same attributes as hast properties. */
const readingProperties = { ariaHidden: "true", dataPagefindIgnore: "" };

function annotation(tagName: "rt" | "rp", text: string): Element {
  return { type: "element", tagName, properties: { ...readingProperties }, children: [{ type: "text", value: text }] };
}

export function rubyElement(text: string, reading: string): Element {
  return {
    type: "element",
    tagName: "ruby",
    properties: {},
    children: [{ type: "text", value: text }, annotation("rp", "("), annotation("rt", reading), annotation("rp", ")")],
  };
}

/** Hast nodes for segments: plain text nodes and `<ruby>` elements. */
export function segmentsToHast(segments: RubySegment[]): ElementContent[] {
  return segments.map((segment) =>
    segment.reading === undefined ? { type: "text", value: segment.text } : rubyElement(segment.text, segment.reading),
  );
}

const readingAttributesHtml = Object.entries(readingAttributes)
  .map(([name, value]) => `${name}="${value}"`)
  .join(" ");

function escapeHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The same markup as `rubyElement`, as HTML, for the pass that writes pages back without a syntax tree. */
export function rubyHtml(text: string, reading: string): string {
  const open = (tagName: "rt" | "rp") => `<${tagName} ${readingAttributesHtml}>`;
  return `<ruby>${escapeHtmlText(text)}${open("rp")}(</rp>${open("rt")}${escapeHtmlText(reading)}</rt>${open("rp")})</rp></ruby>`;
}
