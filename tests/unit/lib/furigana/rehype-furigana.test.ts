import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { beforeAll, describe, expect, it } from "vitest";
import * as pluginModule from "../../../../src/lib/furigana/rehype-furigana.ts";
import rehypeFurigana from "../../../../src/lib/furigana/rehype-furigana.ts";
import { createFuriganaReader, loadReadingRules } from "../../../../src/lib/furigana/reader.ts";
import type { ReadingRules } from "../../../../src/lib/furigana/rules.ts";

const fixturesDir = join(import.meta.dirname, "fixtures");
let rules: ReadingRules;

beforeAll(async () => {
  // The site's dictionary: the fixtures pin how our pages read (一日中, 大人の方 come from it).
  rules = await loadReadingRules();
  // Loading the morphological dictionary takes seconds on a busy machine; do it once, before the tests.
  await createFuriganaReader().segment("漢字");
}, 60_000);

async function annotate(html: string, options: Parameters<typeof rehypeFurigana>[0] = { rules }): Promise<string> {
  return String(
    await unified().use(rehypeParse, { fragment: true }).use(rehypeFurigana, options).use(rehypeStringify).process(html),
  );
}

/** Readings only, as 漢字(かんじ), so assertions stay readable. */
function readings(html: string): string {
  return html
    .replace(/<rp[^>]*>[()]<\/rp>/g, "")
    .replace(/<ruby>([^<]*)<rt[^>]*>([^<]*)<\/rt><\/ruby>/g, "$1($2)")
    .replace(/<[^>]+>/g, "");
}

describe("rehype-furigana", () => {
  it("exports the plugin as default and the skip list", () => {
    expect(Object.keys(pluginModule).sort()).toEqual(["default", "defaultSkippedElements"]);
  });

  describe.each(readdirSync(fixturesDir))("fixture %s", (name) => {
    it("matches output.html", async () => {
      const input = readFileSync(join(fixturesDir, name, "input.html"), "utf8");
      const expected = readFileSync(join(fixturesDir, name, "output.html"), "utf8");
      expect(await annotate(input)).toBe(expected);
    });
  });

  it("reads 一日中 as one word (いちにちじゅう), not いち・にち・ちゅう", async () => {
    expect(readings(await annotate("<p>一日中ログインできない</p>"))).toContain("一日中(いちにちじゅう)");
  });

  it("reads 大人の方 with かた (a person), not ほう", async () => {
    expect(readings(await annotate("<p>大人の方は</p>"))).toBe("大人(おとな)の方(かた)は");
  });

  it("puts readings over kanji only, never over okurigana", async () => {
    const html = await annotate("<p>送り仮名、新しい、書き込みます</p>");
    expect(readings(html)).toBe("送(おく)り仮名(がな)、新(あたら)しい、書(か)き込(こ)みます");
    expect(html).not.toMatch(/<rt[^>]*>[^<]*し[^<]*<\/rt>/);
  });

  it("leaves katakana and hiragana between kanji without readings", async () => {
    expect(readings(await annotate("<p>アプリで仮パスワードを再設定します</p>"))).toBe(
      "アプリで仮(かり)パスワードを再設定(さいせってい)します",
    );
  });

  it("skips code, kbd and pre", async () => {
    const html = await annotate("<p><code>東京</code><kbd>入力</kbd></p><pre>設定</pre>");
    expect(html).toBe("<p><code>東京</code><kbd>入力</kbd></p><pre>設定</pre>");
  });

  it("leaves existing ruby exactly as written", async () => {
    const ruby = "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>";
    expect(await annotate(`<p>${ruby}</p>`)).toBe(`<p>${ruby}</p>`);
  });

  it("never touches attribute values", async () => {
    const html = await annotate('<a href="/x/" title="登録の手順">登録</a><img alt="在留カード" src="/c.png">');
    expect(html).toContain('title="登録の手順"');
    expect(html).toContain('alt="在留カード"');
  });

  it("respects data-furigana-skip on any element and its descendants", async () => {
    const html = await annotate("<div data-furigana-skip><p><span>質問</span></p></div><p>質問</p>");
    expect(html.match(/<ruby>/g)).toHaveLength(1);
    expect(html).toContain(`<div data-furigana-skip=""><p><span>質問</span></p></div>`);
  });

  it("leaves URLs and e-mail addresses unannotated", async () => {
    const html = await annotate("<p>https://例え.jp/在留 と a@example.jp に送信</p>");
    expect(readings(html)).toBe("https://例え.jp/在留 と a@example.jp に送信(そうしん)");
  });

  it("keeps inline <script> and <style> contents byte-identical (CSP hashes depend on them)", async () => {
    const script = 'document.title = "登録 & 確認 <b>";';
    const style = '.x::before { content: "漢字"; }';
    const html = await annotate(`<style>${style}</style><script>${script}</script><p>登録</p>`);
    expect(html).toContain(`<style>${style}</style>`);
    expect(html).toContain(`<script>${script}</script>`);
  });

  it("skips text marked as another language", async () => {
    expect(await annotate('<p lang="en">Kanji 漢字</p>')).toBe('<p lang="en">Kanji 漢字</p>');
  });

  it("takes extra elements to skip from options", async () => {
    expect(await annotate("<p><em>漢字</em></p>", { rules, skip: ["em"] })).toBe("<p><em>漢字</em></p>");
  });

  it("marks readings and parentheses hidden from screen readers and from the search index", async () => {
    const html = await annotate("<p>漢字</p>");
    expect(html).toMatch(/<rt aria-hidden="true" data-pagefind-ignore="">かんじ<\/rt>/);
    expect(html.match(/<rp aria-hidden="true" data-pagefind-ignore="">[()]<\/rp>/g)).toHaveLength(2);
  });

  it("does not revisit inserted ruby: each kanji run is annotated once", async () => {
    const reader = createFuriganaReader({ rules });
    const html = await annotate("<p>登録と確認</p>", { reader });
    expect(html.match(/<ruby>/g)).toHaveLength(2);
    expect(reader.stats.kanjiRuns).toBe(2);
  });
});
