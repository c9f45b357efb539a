/**
 * What a page does besides showing itself, recorded while a test uses it: console errors and uncaught
 * exceptions, Content-Security-Policy violations (from the page's own `securitypolicyviolation` events)
 * and requests to any other origin. One watch serves every check that needs a page load, so a sweep
 * over the sitemap loads each URL once.
 */
import type { ConsoleMessage, Page, Request } from "@playwright/test";

const cspRecorder = () => {
  const seen: string[] = [];
  Object.defineProperty(window, "__cspViolations", { value: seen });
  document.addEventListener("securitypolicyviolation", (event) => {
    seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
  });
};

/** Pages that already record CSP violations: a worker's shared page is watched by many tests. */
const recording = new WeakSet<Page>();

export interface PageWatch {
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
  /** Reads the violations of the document now loaded; call it after each navigation. */
  collect(): Promise<void>;
  /** Stops listening (a shared page outlives the test). */
  stop(): void;
}

export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  const foreignRequests: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  };
  const onPageError = (error: Error) => consoleErrors.push(`${page.url()}: ${error.message}`);
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (["data:", "blob:"].includes(url.protocol)) return;
    if (url.origin !== origin) foreignRequests.push(`${page.url()} → ${request.url()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("request", onRequest);
  if (!recording.has(page)) {
    await page.addInitScript(cspRecorder);
    recording.add(page);
  }
  return {
    consoleErrors,
    cspViolations,
    foreignRequests,
    async collect() {
      const found = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      cspViolations.push(...found.map((violation) => `${page.url()}: ${violation}`));
    },
    stop() {
      page.off("console", onConsole);
      page.off("pageerror", onPageError);
      page.off("request", onRequest);
    },
  };
}
