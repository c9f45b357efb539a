import { expect, test } from "vitest";
import { localeKeys } from "../../../src/lib/i18n/locales.ts";
import { localeOfPath, parsePath, pathFor, paths, type SitePage } from "../../../src/lib/urls.ts";

const pages: SitePage[] = [
  { type: "home" },
  { type: "article", id: "forgot-password" },
  { type: "category", id: "login" },
  { type: "audience", id: "job-seekers" },
  { type: "troubleshooters" },
  { type: "troubleshooter", slug: "login-after-reset" },
  { type: "search" },
  { type: "messages" },
  { type: "agents" },
  { type: "agents", page: 3 },
];

test("every URL the builders make is read back as the page and locale it was built for", () => {
  for (const locale of localeKeys) {
    for (const page of pages) expect(parsePath(pathFor(page, locale)), pathFor(page, locale)).toEqual({ locale, page });
  }
  expect(parsePath(paths.shortLink("forgot-password"))).toEqual({ locale: null, page: { type: "shortLink", id: "forgot-password" } });
});

test("query and hash do not change the page a path names", () => {
  expect(parsePath("/ja/troubleshooters/login-after-reset/?step=a#x")).toEqual({ locale: "ja", page: { type: "troubleshooter", slug: "login-after-reset" } });
});

test("paths no page has are null", () => {
  for (const path of ["/", "/xx/", "/en/articles/", "/en/articles/x", "/en/articles/x/y/", "/en/agents/1/", "/en/agents/two/", "/en/unknown/x/", "/go/", "/go/a/b/", "//en/", "en/"]) {
    expect(parsePath(path), path).toBeNull();
  }
});

test("the locale of a path is its first segment when that is a language of the site", () => {
  expect(localeOfPath("/ja-easy/no-such-page/")).toBe("ja-easy");
  expect(localeOfPath("/go/x/")).toBeNull();
});
