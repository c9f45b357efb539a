/**
 * Furigana for every string an island renders, without each component asking for it: a Preact
 * `options.vnode` hook puts `<ruby>` around the kanji of every text child, with the readings the build
 * gave that whole string (or the template it fills), which the page passed in (`island-readings.ts`).
 * It runs in the server render too, so the hydrated markup matches the HTML. A text the build did not
 * read stays as it is; text in form fields and in ruby itself is left alone; attributes are never touched.
 */
import { h, options, type ComponentChildren, type VNode } from "preact";
import { hasKanji } from "../lib/furigana/kana.ts";
import { readingAttributes } from "../lib/furigana/ruby-markup.ts";
import { readingsForShown, type ShownReadings } from "../lib/furigana/shown-readings.ts";

let currentReadings: ShownReadings | undefined;

const untouched = new Set(["ruby", "rt", "rp", "textarea", "option", "script", "style", "title"]);

function annotate(child: ComponentChildren): ComponentChildren {
  if (Array.isArray(child)) return child.map((item) => annotate(item as ComponentChildren));
  if (typeof child !== "string" || !currentReadings || !hasKanji(child)) return child;
  const segments = readingsForShown(child, currentReadings);
  if (!segments) return child;
  return segments.map((segment) =>
    segment.reading === undefined
      ? segment.text
      : h("ruby", null, segment.text, h("rp", readingAttributes, "("), h("rt", readingAttributes, segment.reading), h("rp", readingAttributes, ")")),
  );
}

const previousHook = options.vnode;
options.vnode = (vnode: VNode) => {
  if (currentReadings && typeof vnode.type === "string" && !untouched.has(vnode.type)) {
    const props = vnode.props as { children?: ComponentChildren };
    if (props.children !== undefined) props.children = annotate(props.children);
  }
  previousHook?.(vnode);
};

/** Sets the readings for what the island renders next; none (a page without furigana) turns them off. */
export function useReadings(readings: ShownReadings | undefined): void {
  currentReadings = readings;
}
