import { describe, expect, it } from "vitest";
import {
  budgetExcess,
  gzipBytes,
  pageScriptWeight,
  pageStyleWeight,
  staticImports,
  webFontReferences,
  type ReadAsset,
} from "../../../scripts/lib/page-weight.ts";

function assets(files: Record<string, string>): ReadAsset {
  return (url) => files[url] ?? null;
}

describe("staticImports", () => {
  it("finds minified static imports and re-exports but not lazy import()", () => {
    const code = `import{h as e}from"./preact.js";import"./side.js";export*from"./all.js";const l=()=>import("./lazy.js");`;
    expect(staticImports(code)).toEqual(["./preact.js", "./side.js", "./all.js"]);
  });
});

describe("pageScriptWeight", () => {
  const files = {
    "/_astro/loader.js": `import{a}from"./shared.js";a();`,
    "/_astro/shared.js": `export const a=()=>import("./lazy.js");`,
    "/_astro/lazy.js": "x".repeat(5000),
    "/_astro/island.js": `import"./shared.js";`,
    "/_astro/client.js": "export default 1;",
  };

  it("counts inline scripts and follows static imports transitively, once each", () => {
    const html = `<script type="module">import "/_astro/loader.js";</script><script src="/_astro/shared.js"></script>`;
    const weight = pageScriptWeight(html, "/en/articles/x/", assets(files));
    expect(weight.files).toEqual(["inline:0", "/_astro/loader.js", "/_astro/shared.js"]);
    expect(weight.gzipBytes).toBe(gzipBytes(`import "/_astro/loader.js";`) + gzipBytes(files["/_astro/loader.js"]) + gzipBytes(files["/_astro/shared.js"]));
  });

  it("counts island components and renderers, and ignores JSON scripts", () => {
    const html = `<script type="application/ld+json">{"a":1}</script><astro-island component-url="/_astro/island.js" renderer-url="/_astro/client.js"></astro-island>`;
    expect(pageScriptWeight(html, "/", assets(files)).files).toEqual(["/_astro/island.js", "/_astro/shared.js", "/_astro/client.js"]);
  });

  it("weighs nothing on a page without scripts", () => {
    expect(pageScriptWeight("<p>text</p>", "/", assets(files))).toEqual({ gzipBytes: 0, files: [] });
  });

  it("fails loudly when a referenced file is missing", () => {
    expect(() => pageScriptWeight(`<script src="/_astro/gone.js"></script>`, "/", assets(files))).toThrow(/gone\.js/);
  });
});

describe("pageStyleWeight", () => {
  it("counts inline styles, stylesheets and their imports", () => {
    const files = { "/_astro/a.css": `@import "./b.css";body{color:red}`, "/_astro/b.css": "p{margin:0}" };
    const html = `<style>h1{font-size:2rem}</style><link rel="stylesheet" href="/_astro/a.css">`;
    const weight = pageStyleWeight(html, "/", assets(files));
    expect(weight.files).toEqual(["inline:0", "/_astro/a.css", "/_astro/b.css"]);
    expect(weight.gzipBytes).toBeGreaterThan(40);
  });
});

describe("webFontReferences", () => {
  it("finds @font-face rules and font files, and nothing in system-font CSS", () => {
    expect(webFontReferences(`@font-face{font-family:X;src:url(/fonts/x.woff2)}`)).toEqual(["@font-face", "/fonts/x.woff2"]);
    expect(webFontReferences(`body{font-family:system-ui,"Noto Sans JP",sans-serif}`)).toEqual([]);
  });
});

describe("budgetExcess", () => {
  const weight = { gzipBytes: 120, files: ["/_astro/a.js"] };

  it("passes a page within its budget", () => {
    expect(budgetExcess("JS on /en/", weight, 120)).toBeNull();
  });

  it("fails a page over a (deliberately tiny) budget and names the files", () => {
    expect(budgetExcess("JS on /en/", weight, 10)).toBe("JS on /en/: 120 B gzip > budget 10 B (/_astro/a.js)");
  });
});
