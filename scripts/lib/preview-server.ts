/**
 * A preview of the built site for the measuring scripts (search:eval, search:metrics, audit:lighthouse): the one already
 * answering at `base`, or one started here for the run (the caller stops it).
 */
import { spawn, type ChildProcess } from "node:child_process";

async function serverUp(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/en/`)).ok;
  } catch {
    return false;
  }
}

/** Null when a server already answers at `base`; otherwise the started preview's process. */
export async function ensurePreviewServer(port: number): Promise<ChildProcess | null> {
  const base = `http://127.0.0.1:${port}`;
  if (await serverUp(base)) return null;
  const child = spawn("npx", ["astro", "preview", "--ignore-lock", "--port", String(port), "--host", "127.0.0.1"], { stdio: "ignore", detached: true });
  for (let i = 0; i < 60 && !(await serverUp(base)); i++) await new Promise((resolve) => setTimeout(resolve, 500));
  return child;
}
