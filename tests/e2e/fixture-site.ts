/**
 * The one extra build that browser specs need for what the default build must not do. Every value
 * those specs change is in this build: a feedback endpoint (a local server that
 * `editors/fixture-build.spec.ts` listens with), a fixture article in English and Japanese only,
 * agents' index pages of 10 articles, and a longer reset-link lifetime (`config-follow.spec.ts`).
 * Whichever spec asks first builds it (the other waits for that build), so a run builds the site
 * twice, not three times; the global setup clears it before a run and the teardown removes it.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { siteConfig } from "../../src/config.ts";
import { buildSite } from "./build-lock.ts";
import { contentPath, contentRoot, troubleshooterPath } from "../../src/lib/content-paths.ts";

/** Inside the project (git-ignored): Astro does not render MDX from a content folder outside its root. */
const root = join(".cache", `fixture-site-${process.env["HC_PORT"] ?? "4321"}`);
export const fixtureOutDir = `${root}-dist`;
const lock = join(root, "building");
const finished = join(root, "finished");

/**
 * The endpoint's port is fixed before the build (the build writes its origin into the CSP): next to
 * the preview's port, so runs that use different HC_PORT values never share it.
 */
export const feedbackEndpointOrigin = `http://127.0.0.1:${Number(process.env["HC_PORT"] ?? 4321) + 1000}`;
export const agentsPageSize = 10;
export const changedResetLinkLifetimeHours = siteConfig.rules.resetLinkLifetimeHours + 2;

/** The three edits made in the copied content folder only (`editors/fixture-build.spec.ts` looks for them). */
export const changedTroubleshooter = { slug: "which-address-is-username", from: "title: Which address is my username?", title: "Which of my e-mail addresses is the username?" };
export const addedSynonym = { group: "  - [password, passfixtureword]", word: "passfixtureword" };
export const changedOverride = { from: "日本語: にほんご", to: "日本語: にっぽんご", reading: "にっぽんご" };

/** Replaces `from` with `to` in a file, failing when `from` is not there (the fixture would test nothing). */
function rewrite(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, "utf8");
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file}: "${String(from)}" not found; update the fixture edit`);
  writeFileSync(file, changed);
}

/** Removes the fixture build and its sources (global setup and teardown). */
export function clearFixtureSite(): void {
  for (const dir of [root, fixtureOutDir, `${fixtureOutDir}-cache`]) rmSync(dir, { recursive: true, force: true });
}

async function build(): Promise<void> {
  const contentDir = join(root, "content");
  cpSync(contentRoot(), contentDir, { recursive: true });
  cpSync("tests/e2e/editors/fixtures/articles", contentPath("articles", contentDir), { recursive: true });
  rewrite(troubleshooterPath(changedTroubleshooter.slug, "en.yaml", contentDir), changedTroubleshooter.from, `title: ${changedTroubleshooter.title}`);
  rewrite(contentPath("searchSynonyms", contentDir), /^en:\n/m, `en:\n${addedSynonym.group}\n`);
  rewrite(join(contentPath("furiganaRules", contentDir), "words.yaml"), changedOverride.from, changedOverride.to);
  // The whole build (with furigana and the search index), so a search that finds nothing can be reported too.
  await buildSite({
    HC_OUT_DIR: fixtureOutDir,
    HC_CONTENT_DIR: contentDir,
    HC_CONFIG_OVERRIDE: JSON.stringify({
      feedbackEndpoint: `${feedbackEndpointOrigin}/feedback`,
      agentsIndexPageSize: agentsPageSize,
      rules: { resetLinkLifetimeHours: changedResetLinkLifetimeHours },
    }),
  });
}

/** The fixture build's output folder, built by this call or by another worker's. */
export async function fixtureSite(): Promise<string> {
  mkdirSync(root, { recursive: true });
  let builder = false;
  try {
    mkdirSync(lock);
    builder = true;
  } catch {
    // Another worker holds the lock and is building.
  }
  if (builder) {
    try {
      await build();
      writeFileSync(finished, "ok");
    } catch (error) {
      const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
      writeFileSync(finished, `The fixture build failed: ${(error as Error).message}\n${stdout}\n${stderr}`);
    }
  }
  // Polls a file (workers are separate processes); the caller's timeout bounds the wait.
  while (!existsSync(finished)) await new Promise((resolve) => setTimeout(resolve, 200));
  const outcome = readFileSync(finished, "utf8");
  if (outcome !== "ok") throw new Error(outcome);
  return fixtureOutDir;
}
