/**
 * The scaffold `npm run new:article` writes: front matter that passes the article schema, and a
 * first <Section> to fill in. Pure; scripts/new-article.ts does the file work.
 */
import { articleSchema, idSchema } from "./schemas/article.ts";
import { isLocale } from "./i18n/locales.ts";

export interface NewArticleRequest {
  id: string;
  category: string;
  languages: string[];
  kind: "faq" | "guide";
}

export interface ContentFacts {
  categories: string[];
  audiences: string[];
  /** Article ids and aliases already taken. */
  takenIds: string[];
}

/** Everything wrong with the request, as sentences an editor can act on (empty when fine). */
export function newArticleProblems(request: NewArticleRequest, facts: ContentFacts): string[] {
  const problems: string[] = [];
  const id = idSchema.safeParse(request.id);
  if (!id.success) problems.push(`--id "${request.id}": ${id.error.issues[0]?.message ?? "not a valid id"}`);
  if (facts.takenIds.includes(request.id)) problems.push(`--id "${request.id}" is already used by an article (or is an alias of one); pick another id`);
  if (!facts.categories.includes(request.category)) {
    problems.push(`--category "${request.category}" does not exist; use one of: ${facts.categories.join(", ")}`);
  }
  if (request.languages.length === 0) problems.push("--languages is empty; give e.g. en,ja,ja-easy");
  for (const language of request.languages) {
    if (!isLocale(language)) problems.push(`--languages: "${language}" is not a language of the site`);
  }
  return problems;
}

/** The text of one new file. `today` is `YYYY-MM-DD`. */
export function newArticleSource(request: NewArticleRequest, facts: ContentFacts, language: string, today: string): string {
  const data = {
    id: request.id,
    title: `(${language}) ${request.id.replace(/-/g, " ")}`,
    answer: "One or two sentences that answer the title.",
    category: request.category,
    audiences: facts.audiences,
    kind: request.kind,
    published: today,
    updated: today,
  };
  // Fails here, not in the editor's build, if the schema ever asks for more.
  articleSchema.parse(data);
  return [
    "---",
    `id: ${data.id}`,
    `title: ${data.title}`,
    `answer: ${data.answer}`,
    `category: ${data.category}`,
    `audiences: [${data.audiences.join(", ")}]`,
    `kind: ${data.kind}`,
    `published: ${today}`,
    `updated: ${today}`,
    "related: []",
    "troubleshooters: []",
    "---",
    "",
    '<Section id="answer" title="The short answer">',
    "Write the answer here. Components you can use are listed in CONTRIBUTING.md.",
    "</Section>",
    "",
  ].join("\n");
}
