/**
 * Furigana for every string an island renders, without each component asking for it: a Preact
 * `options.vnode` hook puts `<ruby>` around the kanji of every text child, using the dictionary the
 * page passed in (`island-readings.ts` builds it from the island's own strings at build time). It runs
 * in the server render too, so the hydrated markup matches the HTML. Text in form fields and in ruby
 * itself is left alone; attribute values are never touched.
 */
import { h, options, type ComponentChildren, type VNode } from "preact";
import { dictionaryReader, type ReadingDictionary } from "../lib/furigana/client-readings.ts";
import { hasKanji } from "../lib/furigana/kana.ts";
import { readingAttributes } from "../lib/furigana/ruby-markup.ts";

let read: ((text: string) => { text: string; reading?: string }[]) | null = null;
let currentDictionary: ReadingDictionary | undefined;

const untouched = new Set(["ruby", "rt", "rp", "textarea", "option", "script", "style", "title"]);

function annotate(child: ComponentChildren): ComponentChildren {
  if (Array.isArray(child)) return child.map((item) => annotate(item as ComponentChildren));
  if (typeof child !== "string" || !read || !hasKanji(child)) return child;
  return read(child).map((segment) =>
    segment.reading === undefined
      ? segment.text
      : h("ruby", null, segment.text, h("rp", readingAttributes, "("), h("rt", readingAttributes, segment.reading), h("rp", readingAttributes, ")")),
  );
}

const previousHook = options.vnode;
options.vnode = (vnode: VNode) => {
  if (read && typeof vnode.type === "string" && !untouched.has(vnode.type)) {
    const props = vnode.props as { children?: ComponentChildren };
    if (props.children !== undefined) props.children = annotate(props.children);
  }
  previousHook?.(vnode);
};

/** Sets the readings for what the island renders next; none (a page without furigana) turns them off. */
export function useReadings(dictionary: ReadingDictionary | undefined): void {
  if (dictionary === currentDictionary) return;
  currentDictionary = dictionary;
  read = dictionary ? dictionaryReader(dictionary) : null;
}
