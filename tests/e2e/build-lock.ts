/**
 * Astro keeps a build's content module map in the project's `.astro/` folder, whatever `HC_OUT_DIR` and
 * `HC_CONTENT_DIR` say, so two builds of different content folders at once read each other's map and
 * fail ("Unexpected error while rendering …"). The specs that build a site of their own take turns.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const lock = join(".cache", `build-lock-${process.env["HC_PORT"] ?? "4321"}`);

/** Runs `build` when no other spec of this run is building (workers are processes: the lock is a folder). */
export async function oneBuildAtATime<T>(build: () => Promise<T>): Promise<T> {
  mkdirSync(".cache", { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker is building; the caller's timeout bounds the wait.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Before a run: a lock left by a run that was stopped mid-build. */
export function clearBuildLock(): void {
  rmSync(lock, { recursive: true, force: true });
}
