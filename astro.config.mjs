// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { defaultLocale, localeKeys } from "./src/lib/i18n/locales.ts";
import { siteConfig } from "./src/config.ts";

// HC_OUT_DIR lets several builds (tests, benchmarks) run side by side without sharing dist/.
const outDir = process.env.HC_OUT_DIR ?? "./dist";

export default defineConfig({
  site: siteConfig.siteUrl,
  outDir,
  cacheDir: process.env.HC_OUT_DIR ? `${outDir}-cache` : "./node_modules/.astro",
  trailingSlash: "always",
  build: { format: "directory" },
  i18n: {
    defaultLocale,
    locales: [...localeKeys],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), preact(), sitemap()],
  devToolbar: { enabled: false },
});
