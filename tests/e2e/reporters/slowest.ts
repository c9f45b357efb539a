/**
 * Prints, at the end of every Playwright run, the ten slowest tests and each one's share of its
 * timeout, the ten spec files whose tests took longest together, and names every test that used more
 * than a third of its timeout: a slowdown shows in the CI log before it turns into a timeout on a busy
 * machine, and the spec files show where the browser time goes.
 */
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

interface Timing {
  file: string;
  title: string;
  durationMs: number;
  timeoutMs: number;
  status: string;
}

const shown = 10;
/** A test whose duration passes this share of its timeout has too little headroom for a busy machine. */
const headroomShare = 1 / 3;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class SlowestTestsReporter implements Reporter {
  private readonly timings: Timing[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    // result.duration covers the test body with its own hooks; test.timeout is the limit that applied.
    this.timings.push({
      file: test.location.file.replace(`${process.cwd()}/`, ""),
      title: `${test.location.file.replace(`${process.cwd()}/`, "")} › ${test.titlePath().slice(3).join(" › ")}`,
      durationMs: result.duration,
      timeoutMs: test.timeout,
      status: result.status,
    });
  }

  onEnd(result: FullResult): void {
    if (this.timings.length === 0) return;
    const byDuration = [...this.timings].sort((a, b) => b.durationMs - a.durationMs);
    const line = (timing: Timing) =>
      `  ${seconds(timing.durationMs).padStart(8)}  ${`${Math.round((timing.durationMs / timing.timeoutMs) * 100)}%`.padStart(4)} of ${seconds(timing.timeoutMs).padEnd(8)} ${timing.title}${timing.status === "passed" ? "" : ` [${timing.status}]`}`;
    const total = this.timings.reduce((sum, timing) => sum + timing.durationMs, 0);
    const out = [
      "",
      `Ten slowest of ${this.timings.length} tests (sum of test times ${seconds(total)}, run ${result.status} in ${seconds(result.duration)}):`,
      ...byDuration.slice(0, shown).map(line),
    ];
    const byFile = new Map<string, number>();
    for (const timing of this.timings) byFile.set(timing.file, (byFile.get(timing.file) ?? 0) + timing.durationMs);
    out.push(
      `Ten slowest spec files (sum of their test times):`,
      ...[...byFile].sort((a, b) => b[1] - a[1]).slice(0, shown).map(([file, ms]) => `  ${seconds(ms).padStart(8)}  ${file}`),
    );
    const tight = byDuration.filter((timing) => timing.durationMs > timing.timeoutMs * headroomShare);
    out.push(
      tight.length === 0
        ? `Every test stayed within a third of its timeout.`
        : `${tight.length} test(s) used more than a third of the timeout:`,
      ...tight.map(line),
    );
    process.stdout.write(`${out.join("\n")}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
