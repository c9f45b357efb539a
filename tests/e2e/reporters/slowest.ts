/**
 * Prints, at the end of every Playwright run, the ten slowest tests and each one's share of its
 * timeout, and names every test that used more than a third of its timeout: a slowdown shows in
 * the CI log before it turns into a timeout on a busy machine.
 */
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

interface Timing {
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
