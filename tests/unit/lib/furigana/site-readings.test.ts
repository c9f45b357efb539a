import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { pageReadings } from "../../../../src/lib/furigana/site-readings.ts";

const ruby = (word: string, reading: string) => `<ruby>${word}<rp>(</rp><rt>${reading}</rt><rp>)</rp></ruby>`;

describe("pageReadings", () => {
  it("lists each ruby pair with the sentence of its block, readings left out", () => {
    const tree = fromHtml(`<html lang="ja"><body><p>${ruby("外国", "がいこく")}の${ruby("方", "かた")}へ</p></body></html>`);
    expect(pageReadings(tree).pairs).toEqual([
      { word: "外国", reading: "がいこく", sentence: "外国の方へ" },
      { word: "方", reading: "かた", sentence: "外国の方へ" },
    ]);
  });

  it("counts visible kanji outside ruby, but not the tab title, scripts or attribute values", () => {
    const tree = fromHtml(
      `<html lang="ja"><head><title>検索</title></head><body><p title="題名">${ruby("確認", "かくにん")}する</p><label><input type="radio">絞り込む</label><script>var 変数 = 1;</script></body></html>`,
    );
    expect(pageReadings(tree).unannotated).toEqual([
      { run: "絞", sentence: "絞り込む" },
      { run: "込", sentence: "絞り込む" },
    ]);
  });
});
