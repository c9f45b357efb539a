/**
 * `npm start`: the whole loop on one machine. Builds the site into `dist-local/` with the feedback endpoint set to
 * a local receiver, then serves the site (HC_PORT, default 4321) and the receiver (HC_FEEDBACK_PORT, default
 * 4322, into `.feedback/feedback.db`) side by side until Ctrl-C. Vote, answer "No" with a reason, search for
 * something that is not there, then `npm run feedback:report -- --out .feedback/report` and open its index.html.
 * `npm run build` alone still builds a site that sends nothing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { receiverSettings } from "../src/feedback-server/settings.ts";

const sitePort = Number(process.env["HC_PORT"] ?? 4321);
const site = `http://127.0.0.1:${sitePort}`;
const settings = receiverSettings();
const endpoint = `http://${settings.HC_FEEDBACK_HOST}:${settings.HC_FEEDBACK_PORT}/feedback`;
const env = {
  ...process.env,
  // Its own out dir: a deploy build in dist/ never reuses pages that send to this machine.
  HC_OUT_DIR: process.env["HC_OUT_DIR"] ?? "dist-local",
  HC_CONFIG_OVERRIDE: JSON.stringify({ ...JSON.parse(process.env["HC_CONFIG_OVERRIDE"] || "{}"), siteUrl: site, feedbackEndpoint: endpoint, feedbackAcceptsFormPost: true }),
};

/** Each child in its own process group, so stopping it stops what it started too (npx starts astro). */
function run(command: string, args: string[]): ChildProcess {
  return spawn(command, args, { env, stdio: "inherit", detached: true });
}

const children: ChildProcess[] = [];
const stop = () => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

const build = run("npm", ["run", "build", "--silent"]);
children.push(build);
const built = await new Promise<number | null>((resolve) => build.once("exit", resolve));
if (built !== 0) process.exit(built ?? 1);

children.splice(0, children.length, run("node", ["scripts/feedback-serve.ts"]), run("npx", ["astro", "preview", "--port", String(sitePort), "--host", "127.0.0.1"]));
console.error(`\nnpm start: the site is at ${site}/en/ and sends feedback to ${endpoint}.\nAfter a vote, a reason or an empty search: npm run feedback:report -- --out .feedback/report, then open .feedback/report/index.html.\n`);
for (const child of children) {
  child.once("exit", (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
