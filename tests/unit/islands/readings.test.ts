import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { afterEach, describe, expect, it } from "vitest";
import { useReadings } from "../../../src/islands/readings.ts";

const dictionary = { 戻: "もど", 最初: "さいしょ" };

afterEach(() => useReadings(undefined));

describe("island readings", () => {
  it("puts ruby around the kanji of every text an island renders, nested or not", () => {
    useReadings(dictionary);
    const html = renderToString(h("div", null, h("button", null, "戻る"), h("p", null, ["ここから", h("span", null, "最初")])));
    expect(html).toBe(
      '<div><button><ruby>戻<rp aria-hidden="true" data-pagefind-ignore>(</rp><rt aria-hidden="true" data-pagefind-ignore>もど</rt><rp aria-hidden="true" data-pagefind-ignore>)</rp></ruby>る</button>' +
        '<p>ここから<span><ruby>最初<rp aria-hidden="true" data-pagefind-ignore>(</rp><rt aria-hidden="true" data-pagefind-ignore>さいしょ</rt><rp aria-hidden="true" data-pagefind-ignore>)</rp></ruby></span></p></div>',
    );
  });

  it("leaves form fields, attributes and pages without furigana alone", () => {
    useReadings(dictionary);
    expect(renderToString(h("textarea", { "aria-label": "戻る" }, "戻る"))).toBe('<textarea aria-label="戻る">戻る</textarea>');
    useReadings(undefined);
    expect(renderToString(h("button", null, "戻る"))).toBe("<button>戻る</button>");
  });
});
