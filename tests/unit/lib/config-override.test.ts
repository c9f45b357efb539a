import { afterEach, describe, expect, it, vi } from "vitest";

async function loadConfigWith(override: string | undefined) {
  vi.resetModules();
  if (override === undefined) vi.stubEnv("HC_CONFIG_OVERRIDE", "");
  else vi.stubEnv("HC_CONFIG_OVERRIDE", override);
  return (await import("../../../src/config.ts")).siteConfig;
}

describe("HC_CONFIG_OVERRIDE", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("changes one value and keeps every other default", async () => {
    const config = await loadConfigWith('{"rules":{"resetLinkLifetimeHours":6}}');
    expect(config.rules.resetLinkLifetimeHours).toBe(6);
    expect(config.rules.passwordPolicy.web.minLength).toBe(6);
    expect(config.siteName).toBe("Example Career Help");
  });

  it("uses the defaults when it is empty", async () => {
    expect((await loadConfigWith(undefined)).rules.resetLinkLifetimeHours).toBe(4);
  });

  it("names the variable when the JSON is broken", async () => {
    await expect(loadConfigWith("{rules:")).rejects.toThrow(/HC_CONFIG_OVERRIDE is not valid JSON/);
  });

  it("still validates the merged config", async () => {
    await expect(loadConfigWith('{"rules":{"resetLinkLifetimeHours":-1}}')).rejects.toThrow();
  });
});
