import { describe, expect, it } from "vitest";
import { siteConfig, siteConfigSchema } from "../../../src/config.ts";

describe("site config", () => {
  it("is valid against its schema", () => expect(siteConfigSchema.safeParse(siteConfig).success).toBe(true));

  it("keeps the facts the content relies on", () => {
    expect(siteConfig.rules.resetLinkLifetimeHours).toBe(4);
    expect(siteConfig.rules.passwordPolicy.web.minLength).toBe(6);
    expect(siteConfig.rules.passwordPolicy.app.minLength).toBe(8);
    expect(siteConfig.rules.passwordPolicy.app.minKinds).toBe(2);
  });

  it("uses placeholder contact details only", () => {
    expect(siteConfig.siteUrl).toMatch(/example\.com/);
    expect(siteConfig.contact.contactUrl).toMatch(/example\.com/);
    expect(siteConfig.contact.phone).toMatch(/000/);
  });

  it("rejects a bad value with the field path", () => {
    const result = siteConfigSchema.safeParse({ ...siteConfig, contact: { ...siteConfig.contact, phoneHref: "call me" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["contact", "phoneHref"]);
  });
});
