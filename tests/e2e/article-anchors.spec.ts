/**
 * The stable anchors that troubleshooters, search and agents link to exist in every language,
 * each on a heading, and the troubleshooter links on those articles lead to a built troubleshooter.
 */
import { expect, test } from "@playwright/test";

const anchors: Record<string, string[]> = {
  "cannot-log-in-after-reset": [
    "check-link-expiry",
    "check-no-spaces-or-capitals",
    "check-length",
    "check-username",
    "check-right-account",
    "check-which-password-changed",
    "check-full-url",
  ],
  "sns-already-registered": ["cause-email-account", "cause-other-sns", "cause-link-deleted"],
  "forgot-username-or-password": ["answer"],
};

for (const locale of ["en", "ja", "ja-easy", "vi"]) {
  for (const [article, ids] of Object.entries(anchors)) {
    test(`${locale}/${article} keeps its anchors and its troubleshooter links work`, async ({ page, request }) => {
      await page.goto(`/${locale}/articles/${article}/`);
      const body = page.getByRole("article");
      for (const id of ids) await expect(body.getByRole("heading").and(page.locator(`#${id}`))).toHaveCount(1);
      const links = await body.locator("a[data-troubleshooter]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href") ?? ""));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) {
        expect(href).toMatch(new RegExp(`^/${locale}/troubleshooters/[a-z-]+/`));
        expect((await request.get(href)).status(), href).toBe(200);
      }
    });
  }
}

test("the SNS article quotes the exact error message people search for", async ({ page }) => {
  await page.goto("/en/articles/sns-already-registered/");
  await expect(page.getByRole("article").getByText("There is already an account registered with the same email address", { exact: true })).toBeVisible();
});
