import { describe, expect, it } from "vitest";
import { redirectsFile, redirectsFor, redirectTargetOf } from "../../../src/lib/redirects.ts";

describe("redirects", () => {
  const redirects = redirectsFor([{ id: "forgot-username-or-password", aliases: ["forgot-password"] }, { id: "sns-login", aliases: [] }], ["sns-login", "reset-help"]);
  const from = (path: string) => redirects.find((redirect) => redirect.from === path)?.to;

  it("sends an alias to the article in the same language", () => {
    expect(from("/en/articles/forgot-password/")).toBe("/en/articles/forgot-username-or-password/");
    expect(from("/ja-easy/articles/forgot-password/")).toBe("/ja-easy/articles/forgot-username-or-password/");
  });
  it("gives every article and each of its aliases a short link", () => {
    expect(from("/go/forgot-username-or-password/")).toBe("/en/articles/forgot-username-or-password/");
    expect(from("/go/forgot-password/")).toBe("/en/articles/forgot-username-or-password/");
  });
  it("gives a troubleshooter a short link only when no article has that id", () => {
    expect(from("/go/reset-help/")).toBe("/en/troubleshooters/reset-help/");
    expect(from("/go/sns-login/")).toBe("/en/articles/sns-login/");
  });
  it("writes one permanent redirect a line for static hosts", () => {
    expect(redirectsFile(redirects.slice(0, 1))).toBe("/en/articles/forgot-password/ /en/articles/forgot-username-or-password/ 301\n");
  });
});

describe("redirectTargetOf", () => {
  it("reads where a built redirect page leads from its marked link", () => {
    expect(redirectTargetOf('<p><a href="/en/articles/x/" data-redirect-target>Go</a></p>')).toBe("/en/articles/x/");
  });
  it("finds nothing on a page without the marked link", () => {
    expect(redirectTargetOf('<p><a href="/en/articles/x/">Go</a></p>')).toBeNull();
  });
});
