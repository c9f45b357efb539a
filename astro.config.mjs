// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { defaultLocale, localeKeys } from "./src/lib/i18n/locales.ts";
import { siteConfig } from "./src/config.ts";
import { satteri } from "@astrojs/markdown-satteri";
import { knownComponentsPlugin } from "./src/lib/mdx/known-components.ts";
import { redirectsFileIntegration } from "./src/build/integrations/redirects-file.ts";
import { postbuild } from "./src/build/integrations/postbuild.ts";
import { cacheDir as buildCacheDir, outDir as buildOutDir } from "./src/lib/build-dirs.ts";
import { isHeadInjectDirectiveWarning } from "./src/lib/mdx/head-inject-warning.ts";

// HC_OUT_DIR lets several builds (tests, benchmarks) run side by side without sharing dist/ or caches.
const outDir = buildOutDir();
// Redirect pages (aliases, /go/ short links) are not pages of their own, so the sitemap leaves them out;
// `_redirects` gives hosts that read it the same redirects as real 301s. Both learn them from the built
// redirect pages (src/build/integrations/redirects-file.ts fills the set before the sitemap runs).
/** @type {Set<string>} */
const redirectPaths = new Set();
// Votes, reasons, step events and empty searches may only go to the endpoint the config names (none by default);
// a plain form post goes there only when the config says the endpoint takes one.
const feedbackOrigin = siteConfig.feedbackEndpoint ? ` ${new URL(siteConfig.feedbackEndpoint, siteConfig.siteUrl).origin}` : "";

export default defineConfig({
  site: siteConfig.siteUrl,
  outDir,
  cacheDir: buildCacheDir(),
  trailingSlash: "always",
  // One page at a time leaves the main thread idle about half of the time while each page is written
  // (and copied into the incremental cache); eight in flight keep it rendering. The output is the same.
  build: { format: "directory", concurrency: 8 },
  i18n: {
    defaultLocale,
    locales: [...localeKeys],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    preact({ include: ["**/src/islands/**/*.tsx"] }),
    // Before the sitemap, which leaves the redirect pages out, and before postbuild, which removes what this build did not write.
    redirectsFileIntegration(redirectPaths),
    sitemap({ filter: (page) => !redirectPaths.has(new URL(page).pathname) }),
    postbuild(),
  ],
  devToolbar: { enabled: false },
  // A rebuild renders only the pages whose cacheKey (src/data/cache-keys.ts) or code changed; the rest
  // are reused from the last build in this out dir (or its cache next to it).
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      // A rebuild keeps the last build's pages in place; src/build/integrations/postbuild.ts removes what it no longer makes.
      emptyOutDir: false,
      rolldownOptions: {
        onLog(level, log, handler) {
          if (level === "warn" && isHeadInjectDirectiveWarning(log)) return;
          handler(level, log);
        },
      },
    },
  },
  // Shiki colours code with style="" attributes, which the CSP below forbids; help articles show no code.
  // Unknown MDX components or props stop the build with file:line (src/lib/mdx/known-components.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [knownComponentsPlugin] }) },
  // Strict CSP as a <meta> tag with hashes of every inline script and style; `src/lib/csp-headers.ts`
  // copies each page's policy into `_headers`. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'.
  // frame-ancestors is only valid as a header, so csp-headers.ts adds it there.
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        `connect-src 'self'${feedbackOrigin}`,
        "object-src 'none'",
        "base-uri 'self'",
        `form-action 'self'${siteConfig.feedbackAcceptsFormPost ? feedbackOrigin : ""}`,
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
