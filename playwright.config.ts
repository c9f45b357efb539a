import { defineConfig, devices } from "@playwright/test";

// Tests run against the built site served by `astro preview` (never the dev server).
// HC_PORT / HC_OUT_DIR let several builds be tested side by side.
const port = Number(process.env["HC_PORT"] ?? 4321);
export const baseURL = `http://127.0.0.1:${port}`;

export const chromiumLaunchOptions = {
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  // Two cores: one worker each. More workers only make each test slower on this machine.
  workers: 2,
  // No retries: a test that fails once on a busy machine is a bug in the test (a race or a too-short
  // limit), not noise to hide.
  retries: 0,
  reporter: [["list"], ["./tests/e2e/reporters/slowest.ts"]],
  // Limits sized for a machine several times slower than a quiet one: a quiet run stays within a third
  // of each limit (the slowest-tests report lists any test that does not). Specs that do many pages
  // in one test set their own, per page.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // The fixture build that some specs share is made afresh on every run (tests/e2e/fixture-site.ts).
  globalSetup: "./tests/e2e/global-setup.ts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL,
    launchOptions: chromiumLaunchOptions,
    trace: "off",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions } },
  ],
  webServer: {
    // --ignore-lock: previews of several builds (HC_OUT_DIR/HC_PORT) may run side by side.
    command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `${baseURL}/en/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 120_000,
  },
});
