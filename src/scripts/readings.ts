/**
 * Furigana for text a page script writes after load (search results, status lines): reads it with the
 * dictionary the build made from the site's own readings (`/furigana/ja.json`, written by
 * `src/build/postbuild/page-pass.ts`) and wraps each kanji word in the same `<ruby>` markup as the build.
 * Only on pages with furigana; the ruby is there whether or not the reader shows it, so the toggle
 * never waits for anything.
 */
import { dictionaryReader } from "../lib/furigana/client-readings.ts";
import { hasKanji } from "../lib/furigana/kana.ts";
import { readingAttributes } from "../lib/furigana/ruby-markup.ts";

// Text that is code, a form field's own text, or already has its readings.
const skipped = "ruby, rt, rp, script, style, textarea, option, select, code, kbd, samp, pre, [data-furigana-skip]";

function rubyFor(text: string, reading: string): HTMLElement {
  const ruby = document.createElement("ruby");
  ruby.append(text);
  const parts: [string, string][] = [["rp", "("], ["rt", reading], ["rp", ")"]];
  for (const [tag, value] of parts) {
    const element = document.createElement(tag);
    for (const [name, attribute] of Object.entries(readingAttributes)) element.setAttribute(name, attribute);
    element.textContent = value;
    ruby.append(element);
  }
  return ruby;
}

function annotate(root: Node, read: (text: string) => { text: string; reading?: string }[]): void {
  const texts: Text[] = [];
  if (root instanceof Text) texts.push(root);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  }
  for (const text of texts) {
    const parent = text.parentElement;
    if (!parent || !hasKanji(text.data) || parent.closest(skipped)) continue;
    const lang = parent.closest("[lang]")?.getAttribute("lang") ?? "";
    if (!/^ja\b/i.test(lang)) continue;
    const segments = read(text.data);
    // Nothing to add (words the dictionary lacks): leave the node, or the observer would see it again and again.
    if (segments.every((segment) => segment.reading === undefined)) continue;
    text.replaceWith(...segments.map((segment) => (segment.reading === undefined ? segment.text : rubyFor(segment.text, segment.reading))));
  }
}

/** From now on, every text added under `root` gets readings (and what is there already). */
export function addReadingsAsRendered(root: HTMLElement): void {
  const html = document.documentElement;
  if (!html.hasAttribute("data-furigana") || !/^ja\b/i.test(html.lang)) return;
  void fetch("/furigana/ja.json")
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((dictionary) => {
      const read = dictionaryReader(dictionary);
      annotate(root, read);
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === "characterData") annotate(record.target, read);
          for (const node of record.addedNodes) annotate(node, read);
        }
      }).observe(root, { childList: true, subtree: true, characterData: true });
    })
    // Without the dictionary the text is still there, only without readings.
    .catch(() => undefined);
}
