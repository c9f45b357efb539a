import { describe, expect, it } from "vitest";
import { prepareForIndex } from "../../../src/build/search-index.ts";
import { problemPhrasesSchema } from "../../../src/lib/search/problems.ts";

const sources = {
  problems: problemPhrasesSchema.parse([{ troubleshooter: "reset-email-not-received", phrases: { en: ["reset email not received"], ja: ["メールが届かない"] } }]),
  synonyms: { ja: [["SNSでログイン", "ソーシャルログイン"]] },
};

const page = (lang: string, body: string, searchable = true) =>
  `<!doctype html><html lang="${lang}"><body><nav>Menu</nav><main${searchable ? " data-pagefind-body" : ""}>${body}</main></body></html>`;

describe("prepareForIndex", () => {
  it("skips pages that are not searchable", () => {
    expect(prepareForIndex(page("en", "<h1>Hi</h1>", false), "/en/x/", sources)).toBeNull();
  });

  it("gives a heading with ruby a title without the readings", () => {
    const html = page("ja", '<h2 id="answer">ユーザー<ruby>名<rp data-pagefind-ignore>(</rp><rt data-pagefind-ignore>めい</rt><rp data-pagefind-ignore>)</rp></ruby>を確認</h2><p>本文</p>');
    const prepared = prepareForIndex(html, "/ja/articles/x/", sources)!;
    expect(prepared.html).toContain('data-pagefind-title="ユーザー名を確認"');
    expect(prepared.text).toBe("ユーザー名を確認本文");
    expect(prepared.lang).toBe("ja");
  });

  it("adds a troubleshooter's problem phrases in its language", () => {
    const prepared = prepareForIndex(page("en", "<h1>Reset e-mail</h1>"), "/en/troubleshooters/reset-email-not-received/", sources)!;
    expect(prepared.html).toMatch(/<main data-pagefind-body=""><p hidden>reset email not received<\/p>/);
    expect(prepareForIndex(page("en", "<h1>Other</h1>"), "/en/articles/reset-email-not-received/", sources)!.html).not.toContain("not received");
  });

  it("adds synonyms of words the page uses, weighted below its own text", () => {
    const prepared = prepareForIndex(page("ja", "<p>SNSでログインする</p>"), "/ja/articles/sns/", sources)!;
    expect(prepared.html).toContain('<p hidden data-pagefind-weight="0.5">ソーシャルログイン</p>');
  });

  it("leaves ignored parts out of the text used for the vocabulary", () => {
    const prepared = prepareForIndex(page("en", "<p>Visible</p><p data-pagefind-ignore>Hidden words</p>"), "/en/x/", sources)!;
    expect(prepared.text).toBe("Visible");
  });
});
