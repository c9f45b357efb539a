/**
 * Builds a site of a spec's own. Astro keeps a build's content module map in the project's `.astro/`
 * folder, whatever `HC_OUT_DIR` and `HC_CONTENT_DIR` say, so two `astro build`s of different content
 * folders at once read each other's map and fail ("Unexpected error while rendering …"): the specs take
 * turns.
 */
import { execFile } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const lock = join(".cache", `build-lock-${process.env["HC_PORT"] ?? "4321"}`);

async function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  mkdirSync(".cache", { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker is building (workers are processes: the lock is a folder); the caller's timeout bounds the wait.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** `npm run build` with `env` added; resolves to what it printed. */
export async function buildSite(env: Record<string, string>): Promise<string> {
  const options = { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 };
  const { stdout, stderr } = await oneAtATime(() => promisify(execFile)("npx", ["astro", "build"], options));
  return `${stdout}${stderr}`;
}

/** Before a run: a lock left by a run that was stopped mid-build. */
export function clearBuildLock(): void {
  rmSync(lock, { recursive: true, force: true });
}
