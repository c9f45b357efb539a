import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator } from "@playwright/test";

/** The built site's folder (matches astro.config.mjs). */
export const distDir = process.env["HC_OUT_DIR"] ?? "dist";

/** Every page path listed in the built sitemap(s), e.g. `/en/articles/x/`. */
export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((file) =>
    [...readFileSync(join(distDir, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}

/**
 * An element's text as the base text reads, without furigana readings (`<rt>`, `<rp>`), which the
 * build adds to Japanese pages: "忘(わす)れた" compares as "忘れた".
 */
export function textWithoutFurigana(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll("rt, rp").forEach((reading) => reading.remove());
    return copy.textContent ?? "";
  });
}
