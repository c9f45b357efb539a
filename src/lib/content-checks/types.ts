/** The rules `npm run check:content` applies; each has a bad-content fixture under tests/unit/lib/content-checks/fixtures/. */
const contentRules = [
  "front-matter",
  "duplicate-id",
  "broken-link",
  "broken-anchor",
  "image-alt",
  "unreachable",
  "missing-translation",
  "anchor-mismatch",
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

export interface TroubleshooterSource {
  slug: string;
  /** The file the step ids come from (shown in messages). */
  file: string;
  /** Node ids declared in its flow file. */
  steps: string[];
  /** `article: { id, anchor }` references in the flow file, with their lines. */
  articleRefs: { line: number; id: string; anchor: string | undefined }[];
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
