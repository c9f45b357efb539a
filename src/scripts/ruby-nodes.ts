/**
 * DOM for text whose readings the build computed (`RubySegment`s of a whole UI string or template, or the
 * read parts of a search result): the same `<ruby>` markup as the page pass (ruby-markup.ts). The browser
 * only places readings it was given; it never reads text itself.
 */
import { readingAttributes } from "../lib/furigana/ruby-markup.ts";
import type { RubySegment } from "../lib/furigana/ruby-segment.ts";
import type { ReadPart } from "../lib/furigana/search-readings.ts";
import type { ShownReadings } from "../lib/furigana/shown-readings.ts";

/** `<ruby>base<rp>(</rp><rt>reading</rt><rp>)</rp></ruby>`. */
function rubyElement(base: (Node | string)[], reading: string): HTMLElement {
  const ruby = document.createElement("ruby");
  ruby.append(...base);
  const parts: [string, string][] = [["rp", "("], ["rt", reading], ["rp", ")"]];
  for (const [tag, value] of parts) {
    const element = document.createElement(tag);
    for (const [name, attribute] of Object.entries(readingAttributes)) element.setAttribute(name, attribute);
    element.textContent = value;
    ruby.append(element);
  }
  return ruby;
}

/**
 * A template's segments as nodes, each `{name}` in its plain text filled with `values[name]`: text (a count,
 * the reader's own query) or nodes that carry their own readings (a section title from a result's page).
 */
export function templateNodes(segments: readonly RubySegment[], values: Readonly<Record<string, string | number | (Node | string)[]>> = {}): (Node | string)[] {
  const nodes: (Node | string)[] = [];
  for (const segment of segments) {
    if (segment.reading !== undefined) {
      nodes.push(rubyElement([segment.text], segment.reading));
      continue;
    }
    for (const [index, piece] of segment.text.split(/\{([\w.]+)\}/u).entries()) {
      // split() puts each placeholder's name at the odd places.
      const value = index % 2 === 1 ? values[piece] : piece;
      if (value === undefined) nodes.push(`{${piece}}`);
      else if (Array.isArray(value)) nodes.push(...value);
      else if (value !== "") nodes.push(String(value));
    }
  }
  return nodes;
}

/** A text (or template) the page may show, with the readings the build gave it whole, or as it is. */
export function shownTextNodes(text: string, readings: ShownReadings, values: Readonly<Record<string, string | number | (Node | string)[]>> = {}): (Node | string)[] {
  return templateNodes(readings[text] ?? [{ text }], values);
}

/** What the reader typed, shown back as typed: their own words, without readings. */
export function typedText(words: string): HTMLElement[] {
  const span = document.createElement("span");
  span.dataset["typed"] = "";
  span.textContent = words;
  return [span];
}

/** Read parts of a search result as nodes: matched words in `<mark>`, inside the ruby of their word. */
export function readPartNodes(read: readonly ReadPart[]): (Node | string)[] {
  return read.map((part) => {
    const base = part.parts.map(({ text, highlighted }) => {
      if (!highlighted) return text;
      const mark = document.createElement("mark");
      mark.textContent = text;
      return mark;
    });
    if (part.reading !== undefined) return rubyElement(base, part.reading);
    const plain = document.createDocumentFragment();
    plain.append(...base);
    return plain;
  });
}
