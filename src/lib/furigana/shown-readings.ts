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

interface Template {
  pattern: RegExp;
  names: string[];
  segments: RubySegment[];
}

const templatesByReadings = new WeakMap<ShownReadings, Template[]>();

function templatesOf(readings: ShownReadings): Template[] {
  let templates = templatesByReadings.get(readings);
  if (!templates) {
    templates = Object.entries(readings)
      .filter(([text]) => /\{[\w.]+\}/u.test(text))
      .map(([text, segments]) => {
        const names = [...text.matchAll(placeholder)].map((match) => match[1]!);
        const fixed = text.split(placeholder).filter((_, index) => index % 2 === 0);
        const pattern = new RegExp(`^${fixed.map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("([\\s\\S]*?)")}$`, "u");
        return { pattern, names, segments };
      });
    templatesByReadings.set(readings, templates);
  }
  return templates;
}

function pushPlain(segments: RubySegment[], text: string): void {
  const last = segments.at(-1);
  if (last && last.reading === undefined) last.text += text;
  else if (text) segments.push({ text });
}

/** The segments of `text` as shown, or null when the build did not read it (nor a template it fills). */
export function readingsForShown(text: string, readings: ShownReadings): RubySegment[] | null {
  const own = readings[text];
  if (own) return own;
  for (const template of templatesOf(readings)) {
    const match = template.pattern.exec(text);
    if (!match) continue;
    const values = new Map(template.names.map((name, index) => [name, match[index + 1]!]));
    const filled: RubySegment[] = [];
    for (const segment of template.segments) {
      if (segment.reading !== undefined) {
        filled.push(segment);
        continue;
      }
      for (const [index, piece] of segment.text.split(placeholder).entries()) {
        if (index % 2 === 0) pushPlain(filled, piece);
        else {
          const value = values.get(piece) ?? `{${piece}}`;
          for (const part of readings[value] ?? [{ text: value }]) {
            if (part.reading === undefined) pushPlain(filled, part.text);
            else filled.push(part);
          }
        }
      }
    }
    return filled;
  }
  return null;
}
