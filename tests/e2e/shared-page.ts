/**
 * A page that lives as long as its worker: specs that only load pages and read them (the axe sweep)
 * reuse one browser context instead of opening one per test. Use it only where nothing is clicked,
 * typed or stored, so that no test can leave state behind for the next one.
 */
import { test as base, type BrowserContextOptions, type Page } from "@playwright/test";

export const test = base.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      // The project's context options (base URL, device), as the per-test `page` fixture gets them.
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const options = { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch };
      const context = await browser.newContext(
        Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as BrowserContextOptions,
      );
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
});
