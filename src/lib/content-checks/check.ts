/**
 * The content checks behind `npm run check:content`. Pure: takes a `ContentTree` (see load.ts) and
 * returns problems with file and line, the numbers of links and anchors checked, and the
 * article × language table.
 */
import { articleSchema, idSchema } from "../schemas/article.ts";
import { fallbackChain } from "../content-resolution.ts";
import { baseLocaleOf, isLocale, localeKeys, locales, type Locale } from "../i18n/locales.ts";
import { componentProblem } from "../mdx/known-components.ts";
import { matchTitle, type KnownTitle } from "./title-match.ts";
import { parseArticle, type LinkRef, type ParsedArticle } from "./parse-article.ts";
import type { ArticleSource, ContentProblem, ContentRule, ContentTree } from "./types.ts";
import { parsePath, paths } from "../urls.ts";
import { verificationRows, type VerificationRow } from "./verification.ts";
import { siteConfig } from "../../config.ts";
import { splitFrontMatter } from "../front-matter.ts";
import { translationState, type TranslatedFrom } from "../translation.ts";

export interface CheckOptions {
  /** Dates after this day (UTC, `YYYY-MM-DD`) are "in the future". */
  today: string;
  /** A verification older than this many months is stale (default: the config's). */
  staleAfterMonths?: number;
}

export interface TranslationRow {
  id: string;
  /** Which locales have their own file. */
  present: Record<Locale, boolean>;
}

export interface CheckResult {
  problems: ContentProblem[];
  linksChecked: number;
  anchorsChecked: number;
  translations: TranslationRow[];
  /** Every article version that passed its front-matter check, with its verification status. */
  verification: VerificationRow[];
}


/** Anchors the article page itself provides around the MDX body. */
const pageAnchors = new Set(["top", "main"]);

interface CheckedArticle {
  article: ArticleSource;
  parsed: ParsedArticle;
  id: string | undefined;
}

export function checkContent(tree: ContentTree, options: CheckOptions): CheckResult {
  const problems: ContentProblem[] = [];
  const report = (article: ArticleSource, line: number, rule: ContentRule, message: string, severity: ContentProblem["severity"] = "error") =>
    problems.push({ file: article.file, line, rule, severity, message });

  const checked: CheckedArticle[] = tree.articles.map((article) => {
    const parsed = parseArticle(article.source);
    const id = typeof parsed.data?.["id"] === "string" ? parsed.data["id"] : undefined;
    return { article, parsed, id };
  });

  // Articles by id and locale; an article's id is its front-matter id (the URL segment).
  const byId = new Map<string, Partial<Record<Locale, CheckedArticle>>>();
  const aliasOwner = new Map<string, { id: string; article: CheckedArticle }>();

  for (const item of checked) {
    const { article, parsed } = item;
    checkFrontMatter(item, tree, options, report);
    if (!item.id) continue;
    if (!isLocale(article.locale)) {
      report(article, 1, "front-matter", `folder "${article.locale}" is not a language of the site (${localeKeys.join(", ")})`);
      continue;
    }
    const versions = byId.get(item.id) ?? {};
    const earlier = versions[article.locale];
    if (earlier) {
      report(article, parsed.lineOf(["id"]), "duplicate-id", `id "${item.id}" is already used by ${earlier.article.file}`);
      continue;
    }
    versions[article.locale] = item;
    byId.set(item.id, versions);
  }

  // Aliases become URLs next to the ids, so an alias may not repeat an id or another article's alias.
  for (const item of checked) {
    const aliases = Array.isArray(item.parsed.data?.["aliases"]) ? (item.parsed.data["aliases"] as unknown[]) : [];
    aliases.forEach((alias, index) => {
      if (typeof alias !== "string" || !item.id) return;
      const line = item.parsed.lineOf(["aliases", index]);
      if (byId.has(alias)) {
        report(item.article, line, "duplicate-id", `alias "${alias}" is the id of an existing article`);
        return;
      }
      const owner = aliasOwner.get(alias);
      if (owner && owner.id !== item.id) {
        report(item.article, line, "duplicate-id", `alias "${alias}" is already an alias of "${owner.id}" (${owner.article.article.file})`);
        return;
      }
      aliasOwner.set(alias, { id: item.id, article: item });
    });
  }

  const troubleshooters = new Map(tree.troubleshooters.map((t) => [t.slug, t]));
  let linksChecked = 0;
  let anchorsChecked = 0;
  const titlesIn = knownTitles(byId, tree);

  const linkedArticles = new Map<CheckedArticle, Set<string>>();

  for (const item of checked) {
    const { article, parsed } = item;
    const linked = new Set<string>();
    linkedArticles.set(item, linked);
    if (parsed.mdxError) report(article, parsed.mdxError.line, "mdx", `not valid MDX, so the build stops here: ${parsed.mdxError.message}`);
    for (const component of parsed.components) {
      const literals = Object.fromEntries(Object.entries(component.props).filter((entry): entry is [string, string] => entry[1] !== undefined));
      const problem = componentProblem(component.name, Object.keys(component.props), literals, component.hasChildren);
      if (problem) report(article, component.line, "component", problem);
    }
    for (const image of parsed.images) {
      if (image.alt === undefined || image.alt.trim() === "") {
        report(
          article,
          image.line,
          "image-alt",
          image.via === "Figure"
            ? `<Figure src="${image.src}"> has no alt text: describe what the picture shows in alt="…"`
            : `image ${image.src} has no alt text: write it between the brackets, ![what it shows](${image.src})`,
        );
      }
    }
    for (const link of parsed.links) {
      const outcome = checkLink(link, item, { byId, aliasOwner, troubleshooters, tree });
      if (outcome === "external") continue;
      linksChecked++;
      if (outcome.anchorChecked) anchorsChecked++;
      if (outcome.problem) report(article, link.line, outcome.problem.rule, outcome.problem.message);
      if (outcome.target?.startsWith("article:")) linked.add(outcome.target.slice("article:".length));
      const textProblem = linkTextProblem(link, outcome.target, titlesIn(isLocale(article.locale) ? article.locale : "en"));
      if (textProblem) report(article, link.line, "link-text", textProblem.message, textProblem.severity);
    }
  }

  // A reader who follows this page's links (in the text and under "Related") must reach an answer somewhere.
  for (const [item, linked] of linkedArticles) {
    if (!item.id || !isLocale(item.article.locale)) continue;
    const related = Array.isArray(item.parsed.data?.["related"]) ? (item.parsed.data["related"] as unknown[]).filter((id): id is string => typeof id === "string") : [];
    const targets = [...new Set([...linked, ...related])].filter((id) => id !== item.id && byId.has(id));
    const locale = item.article.locale;
    const isUnanswered = (id: string) => {
      const versions = byId.get(id)!;
      const shown = fallbackChain(locale).map((candidate) => versions[candidate]).find((version) => version !== undefined);
      return shown?.parsed.data?.["answered"] === false;
    };
    if (targets.length > 0 && targets.every(isUnanswered)) {
      report(item.article, item.parsed.lineOf(["related"]), "dead-end", `every page this one links to is unanswered (${targets.join(", ")}): link to at least one page that answers its question`);
    }
  }

  // A flow the build cannot compile is reported as the compiler says, against its file, line and step.
  for (const troubleshooter of tree.troubleshooters) {
    for (const { file, line, node, message } of troubleshooter.compileProblems) {
      problems.push({ file, line, rule: "troubleshooter", severity: "error", message: node === undefined ? message : `step "${node}": ${message}` });
    }
  }

  // Troubleshooters point into articles ("read more" at a step); each reader's language shows its own version.
  for (const troubleshooter of tree.troubleshooters) {
    for (const ref of troubleshooter.articleRefs) {
      const at = { file: troubleshooter.file, line: ref.line };
      linksChecked++;
      const versions = byId.get(ref.id);
      if (!versions) {
        problems.push({ ...at, rule: "broken-link", severity: "error", message: `article "${ref.id}" does not exist` });
        continue;
      }
      if (ref.anchor === undefined) continue;
      anchorsChecked++;
      for (const locale of localeKeys) {
        const shown = fallbackChain(locale).map((candidate) => versions[candidate]).find((version) => version !== undefined);
        if (shown && !shown.parsed.anchors.has(ref.anchor) && !pageAnchors.has(ref.anchor)) {
          problems.push({ ...at, rule: "broken-anchor", severity: "error", message: `article "${ref.id}" has no anchor "${ref.anchor}" in ${shown.article.file}` });
          break;
        }
      }
    }
  }

  const translations: TranslationRow[] = [...byId.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, versions]) => ({
      id,
      present: Object.fromEntries(localeKeys.map((locale) => [locale, versions[locale] !== undefined])) as Record<Locale, boolean>,
    }));
  // Every article should exist in each language that is expected (`translationExpected` in locales.ts) and
  // has been started (has an article): a missing one is a warning in the report.
  const started = new Set(checked.map(({ article }) => article.locale));
  const expectedTranslations = localeKeys.filter((locale) => locales[locale].translationExpected && started.has(locale));
  for (const row of translations) {
    const versions = byId.get(row.id)!;
    const reference = versions.en ?? Object.values(versions)[0]!;
    const missing = expectedTranslations.filter((locale) => !row.present[locale]);
    if (missing.length > 0) {
      report(reference.article, 1, "missing-translation", `no ${missing.join(" or ")} version of "${row.id}" yet`, "warning");
    }
  }

  for (const versions of byId.values()) checkTranslationFreshness(versions, report);

  // Agents paste /<locale>/articles/<id>/#<anchor> in any language, so every version needs the same anchors.
  for (const [id, versions] of byId) {
    const reference = versions.en;
    if (!reference) continue;
    for (const locale of localeKeys) {
      const translation = versions[locale];
      if (!translation || translation === reference) continue;
      const missing = [...reference.parsed.anchors.keys()].filter((anchor) => !translation.parsed.anchors.has(anchor));
      if (missing.length > 0) {
        report(translation.article, 1, "anchor-mismatch", `"${id}" has no ${missing.map((anchor) => `#${anchor}`).join(", ")} here but the English version does; use the same ids in every language`, "warning");
      }
    }
  }

  const verification = verificationRows(
    checked.flatMap(({ article, parsed }) => {
      const result = articleSchema.safeParse(parsed.data);
      if (!result.success) return [];
      const { id, title, source, verified } = result.data;
      return [{ id, locale: article.locale, file: article.file, title, source, verified }];
    }),
    new Date(`${options.today}T00:00:00Z`),
    options.staleAfterMonths ?? siteConfig.verificationStaleAfterMonths,
  );

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, linksChecked, anchorsChecked, translations, verification };
}

type Report = (article: ArticleSource, line: number, rule: ContentRule, message: string) => void;

function checkFrontMatter(item: CheckedArticle, tree: ContentTree, options: CheckOptions, report: Report) {
  const { article, parsed } = item;
  if (parsed.yamlError) {
    report(article, parsed.yamlError.line, "front-matter", `the front matter is not valid YAML: ${parsed.yamlError.message}`);
    return;
  }
  if (!parsed.data) {
    report(article, 1, "front-matter", "no front matter: start the file with --- and the fields id, title, answer, category, audiences, kind, published, updated");
    return;
  }
  const data = parsed.data;
  const result = articleSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.length > 0 ? issue.path : (issue as { keys?: string[] }).keys?.slice(0, 1) ?? [];
      const field = issue.path.length > 0 ? issue.path.join(".") : path.join(", ");
      const isDate = (field === "published" || field === "updated") && issue.code === "invalid_type";
      const message = isDate ? `"${String(data[field])}" is not a date; write it as YYYY-MM-DD` : issue.message;
      report(article, parsed.lineOf(path), "front-matter", `${field ? `${field}: ` : ""}${message}`);
    }
  }
  if (typeof data["id"] === "string" && data["id"] !== article.fileId) {
    report(article, parsed.lineOf(["id"]), "front-matter", `id "${data["id"]}" differs from the file name "${article.fileId}.mdx": rename one so they match`);
  }
  if (typeof data["category"] === "string" && !tree.categories.includes(data["category"])) {
    report(
      article,
      parsed.lineOf(["category"]),
      "unreachable",
      `category "${data["category"]}" is not in ${tree.categoriesFile}, so no topic page lists this article (use one of: ${tree.categories.join(", ")})`,
    );
  }
  if (Array.isArray(data["audiences"])) {
    data["audiences"].forEach((audience, index) => {
      if (typeof audience === "string" && !tree.audiences.includes(audience)) {
        report(article, parsed.lineOf(["audiences", index]), "front-matter", `audiences: "${audience}" is not in ${tree.audiencesFile} (use one of: ${tree.audiences.join(", ")})`);
      }
    });
  }
  for (const field of ["published", "updated"] as const) {
    const value = dayOf(data[field]);
    if (value && value > options.today) {
      report(article, parsed.lineOf([field]), "front-matter", `${field}: ${value} is in the future (today is ${options.today})`);
    }
  }
  const verifiedOn = dayOf((data["verified"] as { on?: unknown } | undefined)?.on);
  if (verifiedOn && verifiedOn > options.today) {
    report(article, parsed.lineOf(["verified", "on"]), "front-matter", `verified.on: ${verifiedOn} is in the future (today is ${options.today})`);
  }
  if (Array.isArray(data["aliases"])) {
    data["aliases"].forEach((alias, index) => {
      if (typeof alias === "string" && !idSchema.safeParse(alias).success) {
        report(article, parsed.lineOf(["aliases", index]), "front-matter", `aliases: "${alias}" is not an old article id; write only the id part of the old URL, in lower-case kebab-case`);
      }
    });
  }
}

/** The `YYYY-MM-DD` day of a front-matter date, or undefined when it is not a valid date. */
function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

interface LinkContext {
  byId: Map<string, Partial<Record<Locale, CheckedArticle>>>;
  aliasOwner: Map<string, { id: string }>;
  troubleshooters: Map<string, ContentTree["troubleshooters"][number]>;
  tree: ContentTree;
}

/** Where a link goes, when it is a page with a title: `article:<id>` or `troubleshooter:<slug>`. */
type LinkTarget = `article:${string}` | `troubleshooter:${string}`;

type LinkOutcome = "external" | { anchorChecked: boolean; target?: LinkTarget; problem?: { rule: ContentRule; message: string } };

/**
 * The titles a page written in a locale may quote, by locale: its own language's and, for an easy
 * variant, those of the language it simplifies (articles, then troubleshooters). Computed once per locale.
 */
function knownTitles(byId: Map<string, Partial<Record<Locale, CheckedArticle>>>, tree: ContentTree): (locale: Locale) => KnownTitle[] {
  const cache = new Map<Locale, KnownTitle[]>();
  return (locale) => {
    let titles = cache.get(locale);
    if (titles) return titles;
    const languages = [...new Set([locale, baseLocaleOf(locale)])];
    titles = [];
    for (const [id, versions] of byId) {
      for (const language of languages) {
        const title = versions[language]?.parsed.data?.["title"];
        if (typeof title === "string") titles.push({ title, component: `<ArticleLink id="${id}" />`, target: `article:${id}` });
      }
    }
    for (const troubleshooter of tree.troubleshooters) {
      for (const language of languages) {
        const title = troubleshooter.titles[language];
        if (title) titles.push({ title, component: `<TroubleshooterLink slug="${troubleshooter.slug}" />`, target: `troubleshooter:${troubleshooter.slug}` });
      }
    }
    cache.set(locale, titles);
    return titles;
  };
}

/**
 * A hand-typed link text that is a page's title should be that page's component, which follows renames
 * (a warning); one that quotes or looks like a title no page has is wrong (an error).
 */
function linkTextProblem(link: LinkRef, target: LinkTarget | undefined, titles: readonly KnownTitle[]): { message: string; severity: ContentProblem["severity"] } | undefined {
  if (link.text === undefined || link.text.trim() === "") return undefined;
  const text = JSON.stringify(link.text);
  const match = matchTitle(link.text, titles, target);
  if (match.kind === "exact") {
    if (target !== undefined && match.title.target !== target) {
      return { severity: "error", message: `the link text ${text} is the title of another page than the one it links to; write ${match.title.component} for that page, or words that are not a title` };
    }
    return { severity: "warning", message: `the link text ${text} is a title typed by hand: write ${match.title.component}, which shows the current title` };
  }
  if (match.kind === "lookalike") {
    return { severity: "error", message: `the link text ${text} looks like the title ${JSON.stringify(match.title.title)} but no page has it: write ${match.title.component}, which shows the current title` };
  }
  if (link.quoted) {
    const hint = match.closest ? `; the closest title is ${JSON.stringify(match.closest.title)}: write ${match.closest.component}` : "; use <ArticleLink> or <TroubleshooterLink> for a title, or drop the quotation marks";
    return { severity: "error", message: `the link text ${text} is quoted as a title, but no page has this title${hint}` };
  }
  return undefined;
}

function checkLink(link: LinkRef, from: CheckedArticle, context: LinkContext): LinkOutcome {
  const href = link.href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return "external";
  if (href.startsWith("#")) {
    const anchor = decodeURIComponent(href.slice(1));
    return anchorOutcome(anchor, from, `#${anchor}`);
  }
  const fromLocale = isLocale(from.article.locale) ? from.article.locale : "en";
  if (link.via === "TroubleshooterLink") {
    const url = new URL(href, "https://site.invalid");
    const slug = url.pathname.split("/")[2] ?? "";
    return { ...troubleshooterOutcome(slug, url.searchParams.get("step"), context, `<TroubleshooterLink>`), target: `troubleshooter:${slug}` };
  }
  // Relative links (`../other-id/`) resolve against the page's own URL, so they keep the reader's language.
  const url = new URL(href, `https://site.invalid${paths.article(fromLocale, from.id ?? from.article.fileId)}`);
  const segments = url.pathname.split("/").filter(Boolean);
  // Files from public/ (pictures, downloads) are served as they are.
  if ((segments.at(-1) ?? "").includes(".")) return { anchorChecked: false };
  // An <ArticleLink> is named as written: its relative URL is ours, not the editor's.
  const written = link.via === "ArticleLink" ? `<ArticleLink> ${href}` : href;
  const broken = (message: string): LinkOutcome => ({ anchorChecked: false, problem: { rule: "broken-link", message: `${written}: ${message}` } });
  if (!url.pathname.endsWith("/")) return broken(`page URLs end with a slash (${url.pathname}/)`);
  const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;

  const parsed = parsePath(url.pathname);
  if (!parsed) {
    if (segments[0] === "go") return broken(`there is no article or troubleshooter "${segments[1] ?? ""}" for a short link`);
    return isLocale(segments[0]) ? broken("no page has this address") : broken(`"${segments[0] ?? ""}" is not a language of the site (${localeKeys.join(", ")})`);
  }
  if (parsed.locale === null) {
    const { id } = parsed.page;
    return context.byId.has(id) || context.troubleshooters.has(id) ? { anchorChecked: false } : broken(`there is no article or troubleshooter "${id}" for a short link`);
  }
  const { locale, page } = parsed;
  switch (page.type) {
    case "home":
    case "search":
    case "messages":
    case "agents":
    case "troubleshooters":
      return { anchorChecked: false };
    case "article": {
      const versions = context.byId.get(page.id);
      if (!versions) {
        const owner = context.aliasOwner.get(page.id);
        return broken(owner ? `"${page.id}" is an old address of "${owner.id}": link to ${paths.article(locale, owner.id)}` : `there is no article "${page.id}"`);
      }
      const target: LinkTarget = `article:${page.id}`;
      if (anchor === undefined) return { anchorChecked: false, target };
      const shown = fallbackChain(locale).map((candidate) => versions[candidate]).find((version) => version !== undefined);
      if (!shown) return broken(`there is no version of "${page.id}" a ${locale} reader sees`);
      return { ...anchorOutcome(anchor, shown, written), target };
    }
    case "category":
      return context.tree.categories.includes(page.id) ? { anchorChecked: false } : broken(`there is no category "${page.id}"`);
    case "audience":
      return context.tree.audiences.includes(page.id) ? { anchorChecked: false } : broken(`there is no audience "${page.id}"`);
    case "troubleshooter":
      return { ...troubleshooterOutcome(page.slug, url.searchParams.get("step") ?? anchor ?? null, context, href), target: `troubleshooter:${page.slug}` };
  }
}

function anchorOutcome(anchor: string, target: CheckedArticle, written: string): Exclude<LinkOutcome, "external"> {
  if (pageAnchors.has(anchor) || target.parsed.anchors.has(anchor)) return { anchorChecked: true };
  const known = [...target.parsed.anchors.keys()];
  return {
    anchorChecked: true,
    problem: {
      rule: "broken-anchor",
      message: `${written}: no anchor "${anchor}" in ${target.article.file}${known.length > 0 ? ` (it has: ${known.join(", ")})` : ""}`,
    },
  };
}

function troubleshooterOutcome(slug: string, step: string | null, context: LinkContext, written: string): Exclude<LinkOutcome, "external"> {
  const troubleshooter = context.troubleshooters.get(slug);
  if (!troubleshooter) {
    const known = [...context.troubleshooters.keys()];
    return { anchorChecked: false, problem: { rule: "broken-link", message: `${written}: there is no troubleshooter "${slug}"${known.length > 0 ? ` (there are: ${known.join(", ")})` : ""}` } };
  }
  // A flow that does not compile has its own error; its steps are unknown until it does.
  if (step === null || troubleshooter.steps === undefined) return { anchorChecked: false };
  if (troubleshooter.steps.includes(step)) return { anchorChecked: true };
  return {
    anchorChecked: true,
    problem: { rule: "broken-anchor", message: `${written}: troubleshooter "${slug}" has no step "${step}" (see ${troubleshooter.file})` },
  };
}

/** The words a translator translates, and the date, of a version whose front matter passed its check. */
function originalWords(item: CheckedArticle | undefined) {
  const data = item?.parsed.data;
  if (!item || typeof data?.["title"] !== "string" || typeof data["answer"] !== "string") return undefined;
  return { title: data["title"], answer: data["answer"], body: splitFrontMatter(item.article.source).body, updated: new Date(String(data["updated"])) };
}

/** A translation whose original's words changed since it was translated (or that never recorded it) is listed as stale. */
function checkTranslationFreshness(versions: Partial<Record<Locale, CheckedArticle>>, report: (article: ArticleSource, line: number, rule: ContentRule, message: string, severity?: ContentProblem["severity"]) => void): void {
  for (const locale of localeKeys) {
    const item = versions[locale];
    if (!item) continue;
    const record = item.parsed.data?.["translatedFrom"] as TranslatedFrom | undefined;
    const state = translationState(locale, record, originalWords(versions[(locales[locale].easyVariantOf as Locale | null) ?? "en"]));
    if (state.kind !== "stale") continue;
    const line = record ? item.parsed.lineOf(["translatedFrom"]) : 1;
    const why = record ? `its ${state.original} original changed since it was translated` : `it does not record which version of its ${state.original} original it translates`;
    report(item.article, line, "stale-translation", `${why}: update it, then run npm run translation:stamp -- ${locale}/${item.id}`, "warning");
  }
}
