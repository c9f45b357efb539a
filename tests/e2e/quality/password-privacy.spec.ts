/**
 * The troubleshooters' password checkers promise that nothing typed is sent, logged or stored.
 * Each checker gets a recognisable password typed into it (and shown in clear text); then the test
 * looks everywhere it could have gone: requests, Web Storage, cookies, IndexedDB, the URL, the console.
 */
import { expect, test } from "@playwright/test";
import { localeKeys, passwordCheckerSteps, troubleshooterStateOf, waitForHydration } from "./site.ts";

const secret = "Zq7!privacy check";

test.beforeEach(async ({ page }) => {
  // Records every write attempt, so a write that is later removed is still caught.
  await page.addInitScript(() => {
    const writes: string[] = [];
    Object.defineProperty(window, "__storageWrites", { value: writes });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(`storage ${key}=${value}`);
      return setItem.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie")!;
    Object.defineProperty(Document.prototype, "cookie", {
      get() {
        return cookie.get!.call(this);
      },
      set(value: string) {
        writes.push(`cookie ${value}`);
        cookie.set!.call(this, value);
      },
    });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      writes.push(`indexedDB ${name}`);
      return open.call(this, name, version);
    };
  });
});

const checkers = passwordCheckerSteps();

test("the troubleshooters have password checkers to test", () => {
  expect(checkers.map((checker) => checker.slug)).toEqual(expect.arrayContaining(["login-after-reset", "app-password-reset"]));
});

for (const { slug, step } of checkers) {
  for (const locale of localeKeys) {
    test(`${locale} ${slug}: what is typed into the password checker never leaves the page`, async ({ page }) => {
      const state = troubleshooterStateOf(slug, step);
      expect(state, `a way to the step ${step}`).not.toBeNull();
      const consoleText: string[] = [];
      page.on("console", (message) => consoleText.push(message.text()));
      page.on("pageerror", (error) => consoleText.push(error.message));
      await page.goto(`/${locale}/troubleshooters/${slug}/${state}`);
      await waitForHydration(page);
      await page.waitForLoadState("networkidle");

      const requests: string[] = [];
      page.on("request", (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ""}`));
      const field = page.locator("main input[type=password]").first();
      await field.click();
      await page.keyboard.type(secret);
      await expect(field).toHaveValue(secret);
      // Showing the password in clear text must not change where it goes either.
      await page.locator("main .password-checker input[type=checkbox]").first().check();
      await expect(page.locator("main .password-checker input[type=text]").first()).toHaveValue(secret);

      const typed = [secret, encodeURIComponent(secret), secret.replace(/ /g, "+")];
      const found = (text: string) => typed.some((value) => text.includes(value));
      expect(requests).toEqual([]);
      expect(found(page.url())).toBe(false);
      const stored = await page.evaluate(async () => ({
        writes: (window as unknown as { __storageWrites: string[] }).__storageWrites,
        local: JSON.stringify({ ...localStorage }),
        session: JSON.stringify({ ...sessionStorage }),
        cookie: document.cookie,
        databases: (await indexedDB.databases()).map((database) => database.name ?? ""),
        history: JSON.stringify(history.state),
      }));
      expect(stored.writes.filter(found)).toEqual([]);
      expect(stored.writes.filter((write) => write.startsWith("cookie") || write.startsWith("indexedDB"))).toEqual([]);
      expect(found(stored.local) || found(stored.session) || found(stored.cookie) || found(stored.history)).toBe(false);
      expect(stored.databases).toEqual([]);
      expect(consoleText.filter(found)).toEqual([]);
    });
  }
}
