import { describe, expect, it } from "vitest";
import { documentTitle } from "../../../src/lib/document-title.ts";

describe("documentTitle", () => {
  it("adds the site name when both fit", () => {
    expect(documentTitle("Reset your password", "Help", 40)).toBe("Reset your password | Help");
  });

  it("leaves the site name out when the page title fits only alone", () => {
    expect(documentTitle("Reset your password today", "Help center", 30)).toBe("Reset your password today");
  });

  it("cuts a longer title at a space and ends it with an ellipsis", () => {
    expect(documentTitle("How do I check my primary e-mail address?", "Help", 20)).toBe("How do I check my…");
  });

  it("cuts text without spaces at a character", () => {
    expect(documentTitle("登録したメールアドレスが使えなくなりました", "ヘルプ", 10)).toBe("登録したメールアド…");
  });

  it("counts a character the HTML escapes as the escape's length, as html-validate does", () => {
    expect(documentTitle("I can't log in", "Help", 24)).toBe("I can't log in");
    expect(documentTitle("I can't log in", "Help", 25)).toBe("I can't log in | Help");
  });

  it("never returns more characters than the limit", () => {
    const title = "Tôi không gửi được đơn vì hiện thông báo rằng tôi đã nộp đơn rồi";
    expect(Array.from(documentTitle(title, "Help", 30)).length).toBeLessThanOrEqual(30);
  });
});
