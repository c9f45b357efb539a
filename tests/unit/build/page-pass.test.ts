import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { beforeAll, describe, expect, it } from "vitest";
import { furiganaSkippedElements, processPage, type SearchSources } from "../../../src/build/postbuild/page-pass.ts";
import { createFuriganaReader, loadReadingRules, type FuriganaReader } from "../../../src/lib/furigana/reader.ts";
import { pageReadings } from "../../../src/lib/furigana/site-readings.ts";
import { pairKey } from "../../../src/lib/furigana/ledger.ts";

const fixturesDir = join(import.meta.dirname, "page-pass-fixtures");
let reader: FuriganaReader;

beforeAll(async () => {
  // The site's dictionary: the fixtures pin how our pages read (一日中, 大人の方 come from it).
  reader = createFuriganaReader({ rules: await loadReadingRules() });
  // Loading the morphological dictionary takes seconds on a busy machine; do it once, before the tests.
  await reader.segment("漢字");
}, 60_000);

const noSources: SearchSources = { synonyms: {} };
const japanesePage = (body: string) => `<!doctype html><html lang="ja"><head><title>題名</title></head><body>${body}</body></html>`;

/** The body of a Japanese page with `body`, after the pass. */
async function annotate(body: string, segmentWith: FuriganaReader = reader): Promise<string> {
  const result = await processPage(japanesePage(body), "/ja/articles/x/", (text) => segmentWith.segment(text), noSources);
  const html = result.html ?? japanesePage(body);
  return html.slice(html.indexOf("<body>") + "<body>".length, html.lastIndexOf("</body>"));
}

/** Readings only, as 漢字(かんじ), so assertions stay readable. */
function readings(html: string): string {
  return html
    .replace(/<rp[^>]*>[()]<\/rp>/g, "")
    .replace(/<ruby>([^<]*)<rt[^>]*>([^<]*)<\/rt><\/ruby>/g, "$1($2)")
    .replace(/<[^>]+>/g, "");
}

describe("the page pass: furigana", () => {
  it("skips code, raw text and what cannot hold ruby", () => {
    for (const name of ["code", "kbd", "pre", "script", "style", "title", "option", "ruby", "rt", "textarea"]) expect(furiganaSkippedElements.has(name)).toBe(true);
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
    expect(html).toContain(`<div data-furigana-skip><p><span>質問</span></p></div>`);
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

  it("marks readings and parentheses hidden from screen readers and from the search index", async () => {
    const html = await annotate("<p>漢字</p>");
    expect(html).toMatch(/<rt aria-hidden="true" data-pagefind-ignore="">かんじ<\/rt>/);
    expect(html.match(/<rp aria-hidden="true" data-pagefind-ignore="">[()]<\/rp>/g)).toHaveLength(2);
  });

  it("does not revisit inserted ruby: each kanji run is annotated once", async () => {
    const counting = createFuriganaReader({ rules: await loadReadingRules() });
    const html = await annotate("<p>登録と確認</p>", counting);
    expect(html.match(/<ruby>/g)).toHaveLength(2);
    expect(counting.stats.kanjiRuns).toBe(2);
  });
});

describe("the page pass: readings the page shows", () => {
  const pairKeysOf = (html: string) => [...new Set(pageReadings(fromHtml(html)).pairs.map(pairKey))].sort();

  it("lists the same (word, reading) pairs as reading the annotated page does, existing ruby included", async () => {
    const page = japanesePage(
      '<p>登録の<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を確認</p><div data-furigana-skip><ruby>本人<rt>ほんにん</rt></ruby></div><p lang="en">漢字</p>',
    );
    const result = await processPage(page, "/ja/articles/x/", (text) => reader.segment(text), noSources);
    expect([...result.pairs].sort()).toEqual(pairKeysOf(result.html!));
    expect(result.pairs).toContain("漢字\tかんじ");
    expect(result.pairs).toContain("本人\tほんにん");
  });

  it("on a page in another language, reads only inside a furigana root", async () => {
    const page = '<!doctype html><html lang="en"><body><p>漢字 in English</p><section lang="ja" data-furigana-root><h2>ページが見つかりません</h2></section></body></html>';
    const result = await processPage(page, "/404.html", (text) => reader.segment(text), noSources);
    expect(result.html).toContain("<p>漢字 in English</p>");
    expect(readings(result.html!)).toContain("見(み)つかりません");
    expect(result.pairs).toEqual(["見\tみ"]);
  });

  it("reads an island's slot held back for a later step, and no other template", async () => {
    const html = await annotate('<astro-island><template data-astro-template="contact"><p>電話</p></template></astro-island><template><p>電話</p></template>');
    expect(readings(html)).toBe("電話(でんわ)電話");
  });

  it("writes nothing back when a page gets no readings", async () => {
    const result = await processPage("<!doctype html><html lang=\"en\"><body><p>Hello</p></body></html>", "/en/", (text) => reader.segment(text), noSources);
    expect(result.html).toBeNull();
  });
});

describe("the page pass: what the search index reads", () => {
  const sources: SearchSources = {
    synonyms: { ja: [["SNSでログイン", "ソーシャルログイン"]] },
  };
  const page = (lang: string, body: string, searchable = true) =>
    `<!doctype html><html lang="${lang}"><body><nav>Menu</nav><main${searchable ? " data-pagefind-body" : ""}>${body}</main></body></html>`;
  const search = async (html: string, urlPath: string) => (await processPage(html, urlPath, (text) => reader.segment(text), sources)).search;

  it("skips pages that are not searchable", async () => {
    expect(await search(page("en", "<h1>Hi</h1>", false), "/en/x/")).toBeNull();
  });

  it("gives a heading with ruby a title without the readings, and leaves the readings out of the text", async () => {
    const html = page("ja", '<h2 id="answer">ユーザー<ruby>名<rp data-pagefind-ignore>(</rp><rt data-pagefind-ignore>めい</rt><rp data-pagefind-ignore>)</rp></ruby>を確認</h2><p>本文</p>');
    const prepared = (await search(html, "/ja/articles/x/"))!;
    expect(prepared.html).toContain('<h2 id="answer" data-pagefind-title="ユーザー名を確認">');
    expect(prepared.text).toBe("ユーザー名を確認本文");
    expect(prepared.lang).toBe("ja");
  });

  it("reads the page as Astro wrote it: no readings the pass adds reach the index", async () => {
    const prepared = (await search(page("ja", "<p>本文を確認</p>"), "/ja/articles/x/"))!;
    expect(prepared.html).toContain("<p>本文を確認</p>");
  });

  it("gives a Japanese page's indexed kanji their readings in order, as metadata outside the text", async () => {
    const html = page("ja", '<p>本文を<ruby>確認<rp data-pagefind-ignore>(</rp><rt data-pagefind-ignore>かくにん</rt><rp data-pagefind-ignore>)</rp></ruby></p><p data-furigana-skip>画面</p><p data-pagefind-ignore>設定</p>');
    const prepared = (await search(html, "/ja/articles/x/"))!;
    const meta = /<span data-pagefind-meta="readings\[data-readings\]" data-readings="([^"]*)"><\/span>/.exec(prepared.html);
    expect(JSON.parse(meta![1]!.replaceAll("&quot;", '"'))).toEqual([["本文", "ほんぶん"], ["確認", "かくにん"], ["画面"]]);
    expect(prepared.text).not.toContain("ほんぶん");
    expect((await search(page("en", "<p>Hello</p>"), "/en/articles/x/"))!.html).not.toContain("data-pagefind-meta");
  });

  it("adds synonyms of words the page uses, weighted below its own text", async () => {
    const prepared = (await search(page("ja", "<p>SNSでログインする</p>"), "/ja/articles/sns/"))!;
    expect(prepared.html).toContain('<p hidden data-pagefind-weight="0.5">ソーシャルログイン</p></main>');
    expect(prepared.text).toBe("SNSでログインする ソーシャルログイン");
  });

  it("puts a fallback page into the index of its locale", async () => {
    const prepared = (await search(page("en", "<p>English text</p>"), "/vi/articles/x/"))!;
    expect(prepared.lang).toBe("vi");
  });

  it("leaves ignored parts out of the text used for the vocabulary", async () => {
    const prepared = (await search(page("en", "<p>Visible</p><p data-pagefind-ignore>Hidden <b>words</b></p><p>Again</p>"), "/en/x/"))!;
    expect(prepared.text).toBe("VisibleAgain");
  });
});
