/**
 * The smartphone-app password reset guide as a reader on a phone meets it, and the audience index
 * pages that lead to the seed-002 articles.
 */
import { expect, test } from "@playwright/test";
import { configValues } from "../../src/lib/policies/values.ts";

const stepIds = ["step-1-1", "step-1-2", "step-1-3", "step-1-4", "step-2-1", "step-2-2", "step-2-3"];

/** Locale of the page → folder its illustrations come from (easy Japanese shows the Japanese screens). */
const guides = [
  { locale: "en", folder: "en" },
  { locale: "ja", folder: "ja" },
  { locale: "ja-easy", folder: "ja" },
  { locale: "vi", folder: "vi" },
] as const;

for (const { locale, folder } of guides) {
  test(`${locale}: the guide keeps the seed's step numbering and anchors`, async ({ page }) => {
    await page.goto(`/${locale}/articles/app-password-reset/`);
    const headings = page.locator("article h3[id^='step-']");
    await expect(headings).toHaveCount(stepIds.length);
    expect(await headings.evaluateAll((nodes) => nodes.map((node) => node.id))).toEqual(stepIds);
    for (const id of stepIds) {
      await expect(page.locator(`#${id}`)).toContainText(id.replace("step-", ""));
    }
  });

  test(`${locale}: the app password rules list the configured symbols exactly`, async ({ page }) => {
    await page.goto(`/${locale}/articles/app-password-reset/#password-rules`);
    const rules = page.locator("section[aria-labelledby='password-rules'] [data-policy='app']");
    await expect(rules.locator("[data-symbols] code")).toHaveText(configValues.appPasswordSymbols);
    await expect(rules.locator("[data-rule='minLength']")).toContainText(String(configValues.appPasswordMinLength));
    await expect(rules.locator("[data-rule='minKinds']")).toContainText(String(configValues.appPasswordMinKinds));
  });

  test(`${locale}: every screen of the reset is shown with a described picture in the page's language`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/articles/app-password-reset/`);
    const pictures = page.locator("article figure img");
    await expect(pictures).toHaveCount(6);
    for (const picture of await pictures.all()) {
      expect(await picture.getAttribute("src")).toMatch(new RegExp(`^/illustrations/${folder}/app-reset-[1-6]-[a-z-]+\\.svg$`));
      expect((await picture.getAttribute("alt"))?.length ?? 0).toBeGreaterThan(30);
      await picture.scrollIntoViewIfNeeded();
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the illustrations are accessible SVGs with a title in their own language", async ({ request }) => {
  for (const [folder, word] of [["en", "Tap"], ["ja", "タップ"], ["vi", "Chạm"]] as const) {
    const response = await request.get(`/illustrations/${folder}/app-reset-2-form.svg`);
    expect(response.ok()).toBe(true);
    const svg = await response.text();
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title id="title">[^<]{20,}<\/title>/);
    expect(svg).toContain(`>${word}</text>`);
  }
});

test("each audience page lists the seed-002 articles that concern it", async ({ page }) => {
  const expectations = [
    { audience: "companies-in-japan", lists: ["Some applications can only be made by the person themself", "Resetting your password in the smartphone app"], omits: ["How do I apply for a change of device with my residence card?", "I cannot send an application because a dialog says I have already applied"] },
    { audience: "foreigners-in-japan", lists: ["How do I apply for a change of device with my residence card?", "I cannot send an application because a dialog says I have already applied", "Some applications can only be made by the person themself"], omits: [] },
    { audience: "foreigners-abroad", lists: ["I cannot send an application because a dialog says I have already applied", "Where can I get the smartphone app?"], omits: ["How do I apply for a change of device with my residence card?"] },
  ];
  for (const { audience, lists, omits } of expectations) {
    await page.goto(`/en/audiences/${audience}/`);
    const main = page.getByRole("main");
    for (const title of lists) await expect(main.getByRole("link", { name: title, exact: true })).toBeVisible();
    for (const title of omits) await expect(main.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  }
});

test("the Japanese audience page for companies leads to the applications note", async ({ page }) => {
  await page.goto("/ja/audiences/companies-in-japan/");
  // Furigana readings are part of the link's text, so the link is found by where it goes.
  await page.getByRole("main").locator("a[href='/ja/articles/applications-by-the-person/']").click();
  await expect(page).toHaveURL(/\/ja\/articles\/applications-by-the-person\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("しかできない");
});

test("the FAQ about a forgotten app password leads to the guide", async ({ page }) => {
  await page.goto("/en/articles/app-forgot-password/");
  await page.getByRole("link", { name: "Resetting your password in the smartphone app" }).first().click();
  await expect(page).toHaveURL(/\/en\/articles\/app-password-reset\/$/);
  await expect(page.getByRole("heading", { level: 2, name: "Step 1. Have a reset link sent to your e-mail" })).toBeVisible();
});
