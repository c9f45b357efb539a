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
  workers: 2,
  retries: 0,
  reporter: [["list"], ["./tests/e2e/reporters/slowest.ts"]],
  timeout: 30_000,
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
    timeout: 60_000,
  },
});
