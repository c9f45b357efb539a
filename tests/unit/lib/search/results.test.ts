import { describe, expect, it } from "vitest";
import { excerptParts, localizeResultUrl, pagePath, orderResults, pickResultTarget, titleMatches, titleSurplus, type PagefindResultData } from "../../../../src/lib/search/results.ts";
import { queryVariants } from "../../../../src/lib/search/rewording.ts";

const at = (score: number) => ({ weight: 1, balanced_score: score, location: 0 });

function result(subs: { url: string; title: string; scores: number[] }[]): PagefindResultData {
  return {
    url: "/en/articles/cannot-log-in-after-reset/",
    excerpt: "page excerpt",
    meta: { title: "I can't log in" },
    sub_results: subs.map((sub) => ({ url: sub.url, title: sub.title, excerpt: `${sub.title} excerpt`, weighted_locations: sub.scores.map(at) })),
  };
}

describe("pickResultTarget", () => {
  it("links to the section holding the strongest matches", () => {
    const target = pickResultTarget(
      result([
        { url: "/en/articles/cannot-log-in-after-reset/#check-link-expiry", title: "Link expiry", scores: [1, 1] },
        { url: "/en/articles/cannot-log-in-after-reset/#check-length", title: "Length", scores: [5] },
      ]),
    );
    expect(target).toEqual({ url: "/en/articles/cannot-log-in-after-reset/#check-length", sectionTitle: "Length", excerpt: "Length excerpt" });
  });
  it("links to the page when the best match is its title or introduction", () => {
    const target = pickResultTarget(
      result([
        { url: "/en/articles/cannot-log-in-after-reset/#top", title: "I can't log in", scores: [9] },
        { url: "/en/articles/cannot-log-in-after-reset/#check-length", title: "Length", scores: [1] },
      ]),
    );
    expect(target.url).toBe("/en/articles/cannot-log-in-after-reset/");
    expect(target.sectionTitle).toBeNull();
  });
  it("falls back to the page excerpt without sub-results", () => {
    expect(pickResultTarget(result([]))).toEqual({ url: "/en/articles/cannot-log-in-after-reset/", sectionTitle: null, excerpt: "page excerpt" });
  });
  it("shows an article's answer, with the matched words marked, when it links to the page and the words are in it", () => {
    const answered = { ...result([]), excerpt: "you can <mark>reset</mark> the password", meta: { title: "I can't log in", answer: "Reset it again & log in." } };
    expect(pickResultTarget(answered).excerpt).toBe("<mark>Reset</mark> it again &amp; log in.");
  });
  it("shows the words around the match when the answer does not hold them", () => {
    const answered = { ...result([]), excerpt: "look in the <mark>spam</mark> folder", meta: { title: "I can't log in", answer: "Reset it again." } };
    expect(pickResultTarget(answered).excerpt).toBe("look in the <mark>spam</mark> folder");
  });
  it("keeps the section's excerpt when it links to a section of an answered article", () => {
    const answered = { ...result([{ url: "/x/#length", title: "Length", scores: [3] }]), meta: { title: "I can't log in", answer: "Reset it again." } };
    expect(pickResultTarget(answered).excerpt).toBe("Length excerpt");
  });
  it("keeps the first of equally strong sections", () => {
    const target = pickResultTarget(
      result([
        { url: "/x/#a", title: "A", scores: [2] },
        { url: "/x/#b", title: "B", scores: [2] },
      ]),
    );
    expect(target.url).toBe("/x/#a");
  });
});

describe("localizeResultUrl", () => {
  it("moves a Japanese result under the easy-Japanese locale, keeping the anchor", () => {
    expect(localizeResultUrl("/ja/articles/delete-account/#step-1", "ja-easy")).toBe("/ja-easy/articles/delete-account/#step-1");
  });
  it("leaves URLs that do not start with a locale alone", () => {
    expect(localizeResultUrl("/pagefind/x/", "ja-easy")).toBe("/pagefind/x/");
    expect(localizeResultUrl("https://example.com/en/", "vi")).toBe("https://example.com/en/");
  });
});

describe("orderResults", () => {
  const order = (urls: string[], pinnedPaths: string[]) =>
    orderResults(urls, { pathOf: (url) => url, pinnedPaths, isTroubleshooter: (url) => url.includes("/troubleshooters/") });
  it("puts pinned troubleshooters first in pin order and keeps the rest in order", () => {
    const urls = ["/en/a/", "/en/troubleshooters/t2/", "/en/b/", "/en/troubleshooters/t1/#x"];
    expect(order(urls, ["/en/troubleshooters/t1/", "/en/troubleshooters/t2/"])).toEqual(["/en/troubleshooters/t1/#x", "/en/troubleshooters/t2/", "/en/a/", "/en/b/"]);
  });
  it("lets the first article lead when the query pins no troubleshooter", () => {
    expect(order(["/en/troubleshooters/t1/", "/en/troubleshooters/t2/", "/en/a/", "/en/b/"], [])).toEqual(["/en/a/", "/en/troubleshooters/t1/", "/en/troubleshooters/t2/", "/en/b/"]);
  });
  it("keeps Pagefind's order when an article already leads or only troubleshooters match", () => {
    expect(order(["/en/a/", "/en/troubleshooters/t1/"], [])).toEqual(["/en/a/", "/en/troubleshooters/t1/"]);
    expect(order(["/en/troubleshooters/t1/"], [])).toEqual(["/en/troubleshooters/t1/"]);
  });
  it("compares pages without query or anchor", () => {
    expect(pagePath("/en/x/?q=1#y")).toBe("/en/x/");
  });
});

describe("excerptParts", () => {
  it("splits highlighted matches from plain text and decodes entities", () => {
    expect(excerptParts("Use &lt;b&gt; and <mark>reset</mark> the <mark>password</mark>.")).toEqual([
      { text: "Use <b> and ", highlighted: false },
      { text: "reset", highlighted: true },
      { text: " the ", highlighted: false },
      { text: "password", highlighted: true },
      { text: ".", highlighted: false },
    ]);
  });
  it("keeps any other markup as literal text", () => {
    expect(excerptParts("<img src=x onerror=alert(1)>")).toEqual([{ text: "<img src=x onerror=alert(1)>", highlighted: false }]);
  });
});

describe("queryVariants and titleMatches", () => {
  const groups = [
    ["delete my account", "close my account"],
    ["機種変更", "買い替え"],
    ["xóa tài khoản", "delete my account"],
  ];
  it("rewords the query through whole-word synonyms", () => {
    expect(queryVariants("Close my account", groups)).toEqual(["close my account", "delete my account", "xoa tai khoan"]);
    expect(queryVariants("catalog close my accounts", groups)).toEqual(["catalog close my accounts"]);
  });
  it("matches a title that has every word of the query or of a rewording", () => {
    expect(titleMatches("close my account", "How do I delete my account?", groups)).toBe(true);
    expect(titleMatches("close account", "How do I delete my account?", groups)).toBe(false);
    expect(titleMatches("reset", "Resetting your password", [])).toBe(true);
  });
  it("matches Japanese parts anywhere in the title, katakana and hiragana alike", () => {
    expect(titleMatches("機種変更", "スマートフォンを買い替えました", groups)).toBe(true);
    expect(titleMatches("すまーとふぉん", "スマートフォンを買い替えました", [])).toBe(true);
    expect(titleMatches("在留カード", "スマートフォンを買い替えました", groups)).toBe(false);
  });
  it("matches Vietnamese typed without diacritics", () => {
    expect(titleMatches("xoa tai khoan", "How do I delete my account?", groups)).toBe(true);
  });
});

describe("orderResults with title matches", () => {
  const results = ["/en/articles/mentions/", "/en/troubleshooters/t/", "/en/articles/titled/"];
  it("puts pages whose title answers the query after pinned troubleshooters and before the rest", () => {
    const ordered = orderResults(results, {
      pathOf: (url) => url,
      pinnedPaths: ["/en/troubleshooters/t/"],
      isTroubleshooter: (url) => url.includes("troubleshooters"),
      titleMatch: (url) => url.includes("titled"),
    });
    expect(ordered).toEqual(["/en/troubleshooters/t/", "/en/articles/titled/", "/en/articles/mentions/"]);
  });
});

describe("titleSurplus: among titles that answer the query, the one that says least besides", () => {
  const groups = [["mật khẩu", "mk", "pass"]];
  const general = "Tôi quên tên đăng nhập hoặc mật khẩu";
  const app = "Tôi quên mật khẩu của ứng dụng điện thoại";
  it("counts the letters of the title that no word of a matching wording covers", () => {
    expect(titleSurplus("quen pass", general, groups)).toBe("toitendangnhaphoac".length);
    expect(titleSurplus("quen pass", app, groups)).toBe("toicuaungdungdienthoai".length);
    expect(titleSurplus("forgot password", "I forgot my username or password", [])).toBe("imyusernameor".length);
  });
  it("says nothing for a title the query does not answer, or a one-word query", () => {
    expect(titleSurplus("xoa tai khoan", general, groups)).toBeNull();
    expect(titleSurplus("メールアドレス", "登録メールアドレスを変更したい", [])).toBeNull();
  });
  it("leaves titles in scripts whose letters folding loses (Burmese vowel signs) or that have no words (Japanese) in Pagefind's order", () => {
    expect(titleSurplus("アプリ パスワード", "アプリのパスワードを忘れた", [])).toBeNull();
    expect(titleMatches("アプリ パスワード", "アプリのパスワードを忘れた", [])).toBe(true);
  });
  it("orders title matches by it, and leaves the rest in Pagefind's order", () => {
    const titles: Record<string, string> = { "/vi/app/": app, "/vi/general/": general, "/vi/other/": "Xóa tài khoản" };
    const ordered = orderResults(["/vi/app/", "/vi/other/", "/vi/general/"], {
      pathOf: (url) => url,
      pinnedPaths: [],
      isTroubleshooter: () => false,
      titleMatch: (url) => titleMatches("quen pass", titles[url]!, groups),
      titleSurplus: (url) => titleSurplus("quen pass", titles[url]!, groups),
    });
    expect(ordered).toEqual(["/vi/general/", "/vi/app/", "/vi/other/"]);
  });
});
