/**
 * A link to an article or troubleshooter written as a component reads as the target's current title, in
 * the page's language and quoted as that language quotes titles (「…」 in Japanese, bare in English and
 * Vietnamese), and leads to the page with that title in the reader's language.
 */
import { expect, test, type Locator } from "@playwright/test";
import { localeKeys, locales } from "../../src/lib/i18n/index.ts";
import { productGuideArticleId } from "../../src/lib/products.ts";
import { paths } from "../../src/lib/urls.ts";

/** The text a reader sees, without the furigana readings of a Japanese page. */
const shownText = (locator: Locator) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const reading of copy.querySelectorAll("rt, rp")) reading.remove();
    return copy.textContent ?? "";
  });

for (const locale of localeKeys) {
  test(`${locale}: every title link on the website-or-app page shows the title of the page it opens, quoted as the language quotes`, async ({ page }) => {
    await page.goto(paths.article(locale, productGuideArticleId));
    const links = page.locator("article a.article-link, article a.troubleshooter-link");
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    const [open, close] = locales[locale].titleQuotes;
    const targets: { href: string; text: string }[] = [];
    for (let index = 0; index < count; index += 1) {
      const link = links.nth(index);
      const text = await shownText(link);
      const around = await link.evaluate((element) => [element.previousSibling?.textContent?.slice(-1) ?? "", element.nextSibling?.textContent?.slice(0, 1) ?? ""]);
      if (open !== "") expect(around, text).toEqual([open, close]);
      targets.push({ href: (await link.getAttribute("href"))!, text });
    }
    for (const { href, text } of targets) {
      expect(href.startsWith(`/${locale}/`), href).toBe(true);
      await page.goto(href);
      const heading = await shownText(page.getByRole("heading", { level: 1 }));
      // Quotation marks inside a Japanese title nest as 『』 within the link's 「」.
      expect(open === "「" ? heading.replaceAll("「", "『").replaceAll("」", "』") : heading, href).toBe(text);
    }
  });
}
