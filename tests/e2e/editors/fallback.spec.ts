/**
 * Every article URL answers in every language. The fallback page itself (a missing translation shown
 * in the next language, with a notice) is tested on the fixture build, since every real article now
 * exists in every language: tests/e2e/editors/fixture-build.spec.ts.
 */
import { expect, test } from "@playwright/test";
import { articleIds, contentArticles } from "./site.ts";
import { locales } from "../../../src/lib/i18n/index.ts";

const articles = contentArticles();

test("no article URL 404s in any language, whether or not the language has its own version", async ({ request }) => {
  for (const id of articleIds(articles)) {
    for (const locale of Object.keys(locales)) {
      const response = await request.get(`/${locale}/articles/${id}/`);
      expect(response.status(), `/${locale}/articles/${id}/`).toBe(200);
    }
  }
});
