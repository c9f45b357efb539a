import { describe, expect, it } from "vitest";
import { headerPolicyFor, metaPolicyOf, parseHeadersFile, policyWithoutMeta, renderHeadersFile } from "../../../src/lib/csp-headers.ts";
import { urlPathOf } from "../../../src/build/postbuild/html-files.ts";

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
const pageHtml = (meta = policy) => `<html><head><meta http-equiv="content-security-policy" content="${meta}"></head></html>`;
const page = (path: string, meta = policy) => ({ path, policy: metaPolicyOf(pageHtml(meta)) });

describe("metaPolicyOf", () => {
  it("reads the policy whatever the quoting and entity encoding", () => {
    expect(metaPolicyOf(`<meta content='a &#x27;self&#x27;' http-equiv="Content-Security-Policy">`)).toBe("a 'self'");
    expect(metaPolicyOf(pageHtml())).toBe(policy);
  });

  it("is null for a page without a policy", () => {
    expect(metaPolicyOf(`<meta http-equiv="refresh" content="0;url=/en/">`)).toBeNull();
  });
});

describe("urlPathOf", () => {
  it("maps built files to the URL a host serves them at", () => {
    expect(urlPathOf("index.html")).toBe("/");
    expect(urlPathOf("en/articles/x/index.html")).toBe("/en/articles/x/");
    expect(urlPathOf("404.html")).toBe("/404.html");
  });
});

describe("renderHeadersFile", () => {
  it("gives every page its own meta policy plus frame-ancestors, and round-trips through the parser", () => {
    const text = renderHeadersFile([page("/ja/", "default-src 'self'; script-src 'sha256-ja='"), page("/en/")]);
    const parsed = parseHeadersFile(text);
    expect([...parsed.keys()]).toEqual(["/*", "/en/", "/ja/"]);
    expect(parsed.get("/en/")?.get("content-security-policy")).toBe(`${policy}; frame-ancestors 'none'`);
    expect(parsed.get("/ja/")?.get("content-security-policy")).toBe(headerPolicyFor("default-src 'self'; script-src 'sha256-ja='"));
    expect(parsed.get("/*")?.get("x-content-type-options")).toBe("nosniff");
    expect(parsed.get("/*")?.has("content-security-policy")).toBe(false);
  });

  it("gives a page without a meta policy the no-inline-code policy", () => {
    const parsed = parseHeadersFile(renderHeadersFile([{ path: "/go/x/", policy: metaPolicyOf("<meta http-equiv=refresh content=0>") }]));
    expect(parsed.get("/go/x/")?.get("content-security-policy")).toBe(headerPolicyFor(policyWithoutMeta));
  });
});
