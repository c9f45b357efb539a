import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { afterEach, describe, expect, it } from "vitest";
import { useReadings } from "../../../src/islands/readings.ts";

import type { ShownReadings } from "../../../src/lib/furigana/shown-readings.ts";

// As the build reads each whole string the island's props hold.
const readings: ShownReadings = {
  戻る: [{ text: "戻", reading: "もど" }, { text: "る" }],
  最初: [{ text: "最初", reading: "さいしょ" }],
  "確認 {current}/{total}": [{ text: "確認", reading: "かくにん" }, { text: " {current}/{total}" }],
};

afterEach(() => useReadings(undefined));

describe("island readings", () => {
  it("puts ruby around the kanji of every text an island renders, nested or not", () => {
    useReadings(readings);
    const html = renderToString(h("div", null, h("button", null, "戻る"), h("p", null, ["ここから", h("span", null, "最初")])));
    expect(html).toBe(
      '<div><button><ruby>戻<rp aria-hidden="true" data-pagefind-ignore>(</rp><rt aria-hidden="true" data-pagefind-ignore>もど</rt><rp aria-hidden="true" data-pagefind-ignore>)</rp></ruby>る</button>' +
        '<p>ここから<span><ruby>最初<rp aria-hidden="true" data-pagefind-ignore>(</rp><rt aria-hidden="true" data-pagefind-ignore>さいしょ</rt><rp aria-hidden="true" data-pagefind-ignore>)</rp></ruby></span></p></div>',
    );
  });

  it("gives a filled template the template's readings, and leaves text the build did not read alone", () => {
    useReadings(readings);
    expect(renderToString(h("p", null, "確認 2/5"))).toBe('<p><ruby>確認<rp aria-hidden="true" data-pagefind-ignore>(</rp><rt aria-hidden="true" data-pagefind-ignore>かくにん</rt><rp aria-hidden="true" data-pagefind-ignore>)</rp></ruby> 2/5</p>');
    expect(renderToString(h("p", null, "最初に戻る"))).toBe("<p>最初に戻る</p>");
  });

  it("leaves form fields, attributes and pages without furigana alone", () => {
    useReadings(readings);
    expect(renderToString(h("textarea", { "aria-label": "戻る" }, "戻る"))).toBe('<textarea aria-label="戻る">戻る</textarea>');
    useReadings(undefined);
    expect(renderToString(h("button", null, "戻る"))).toBe("<button>戻る</button>");
  });
});
