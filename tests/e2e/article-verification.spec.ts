import { expect, test } from "@playwright/test";
import { useTranslations } from "../../src/lib/i18n/index.ts";

// Answers written where the sources are silent say so to the reader until someone checks them.
test("an unchecked editorial answer tells the reader it has not been checked yet", async ({ page }) => {
  await page.goto("/en/articles/delete-account/");
  await expect(page.locator("[data-unchecked]")).toHaveText(useTranslations("en")("article.unchecked"));
});

test("an article taken from the sources and verified shows no such notice", async ({ page }) => {
  await page.goto("/en/articles/sns-already-registered/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("[data-unchecked]")).toHaveCount(0);
});

test("the agents' index lists the articles still to be checked against the product", async ({ page }) => {
  await page.goto("/en/agents/");
  const section = page.locator("section[aria-labelledby='agents-verification']");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("Articles to check against the product");
  await expect(section.locator("li[data-verification='unverified']").filter({ hasText: "How do I delete my account?" })).toBeVisible();
  await expect(section.locator("li").filter({ hasText: "“There is already an account registered" })).toHaveCount(0);
});
