/** The rules `npm run check:content` applies; each has a bad-content fixture under tests/unit/lib/content-checks/fixtures/. */
const contentRules = [
  "front-matter",
  "duplicate-id",
  "broken-link",
  "broken-anchor",
  "image-alt",
  "unreachable",
  "missing-translation",
  "stale-translation",
  "anchor-mismatch",
  "troubleshooter",
  "mdx",
  "component",
  "link-text",
  "dead-end",
  "notice",
] as const;
export type ContentRule = (typeof contentRules)[number];

export interface ContentProblem {
  /** Path of the file as the editor sees it (relative to the repository). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  rule: ContentRule;
  /** `error` fails the check; `warning` is reported only. */
  severity: "error" | "warning";
  message: string;
}

export interface ArticleSource {
  /** Path shown in messages. */
  file: string;
  /** The locale folder the file sits in. */
  locale: string;
  /** The file name without `.mdx`. */
  fileId: string;
  source: string;
}

/** A troubleshooter as the build compiles it (src/troubleshooters/), with lines in its files for messages. */
export interface TroubleshooterSource {
  slug: string;
  /** Its flow file (shown in messages). */
  file: string;
  /** Step ids of the compiled flow; `undefined` when it does not compile (then only `compileProblems` are reported). */
  steps: string[] | undefined;
  /** Its title per locale (empty when it does not compile), for link texts that quote it. */
  titles: Partial<Record<string, string>>;
  /** The compiled flow's links to articles (the flow's own and its steps'), with the line in the flow file. */
  articleRefs: { line: number; id: string; anchor: string | undefined }[];
  /** Why the flow does not compile: the compiler's problems, each with its file, line and step. */
  compileProblems: { file: string; line: number; node: string | undefined; message: string }[];
}

/** Everything the checks look at, read from disk by `loadContentTree` (or built by hand in tests). */
export interface ContentTree {
  articles: ArticleSource[];
  categories: string[];
  audiences: string[];
  troubleshooters: TroubleshooterSource[];
  /** Display paths of the category and audience lists, for messages. */
  categoriesFile: string;
  audiencesFile: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.severity} [${problem.rule}] ${problem.message}`;
}
