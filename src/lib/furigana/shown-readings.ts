/**
 * Readings for text an island or page script shows, computed by the build for each whole string (a UI
 * string, a template with {placeholders}, a step title). The browser looks a text up here; a template
 * filled at run time is recognised by its fixed parts, which keep the template's readings, and a value
 * put into it keeps its own when the build read that value too. Nothing is read out of context.
 */
import type { RubySegment } from "./ruby-segment.ts";

/** Each text as written → its segments, as the build read the whole text. */
export type ShownReadings = Record<string, RubySegment[]>;

const placeholder = /\{([\w.]+)\}/gu;

/** Each template (a text with placeholders) as a pattern that matches it filled, with its placeholders' names. */
let templates: { of: ShownReadings; list: [RegExp, string[], RubySegment[]][] } | undefined;

function templatesOf(readings: ShownReadings): [RegExp, string[], RubySegment[]][] {
  if (templates?.of !== readings) {
    const list = Object.keys(readings)
      .filter((text) => text.includes("{"))
      .map((text): [RegExp, string[], RubySegment[]] => {
        const fixed = text.split(placeholder).filter((_, index) => index % 2 === 0);
        const pattern = new RegExp(`^${fixed.map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("([\\s\\S]*?)")}$`, "u");
        return [pattern, [...text.matchAll(placeholder)].map((match) => match[1]!), readings[text]!];
      });
    templates = { of: readings, list };
  }
  return templates.list;
}

/** The segments of `text` as shown, or null when the build did not read it (nor a template it fills). */
export function readingsForShown(text: string, readings: ShownReadings): RubySegment[] | null {
  if (readings[text]) return readings[text];
  for (const [pattern, names, segments] of templatesOf(readings)) {
    const match = pattern.exec(text);
    if (!match) continue;
    const filled: RubySegment[] = [];
    const add = (segment: RubySegment) => {
      const last = filled.at(-1);
      if (last && last.reading === undefined && segment.reading === undefined) last.text += segment.text;
      else if (segment.text) filled.push({ ...segment });
    };
    for (const segment of segments) {
      if (segment.reading !== undefined) add(segment);
      else
        segment.text.split(placeholder).forEach((piece, index) => {
          if (index % 2 === 0) return add({ text: piece });
          // split() puts each placeholder's name at the odd places; a value keeps its own readings when the build read it.
          const value = match[names.indexOf(piece) + 1] ?? `{${piece}}`;
          for (const part of readings[value] ?? [{ text: value }]) add(part);
        });
    }
    return filled;
  }
  return null;
}
