import { beforeEach, expect, test, vi } from "vitest";
import { defaultLocale, localeKeys, type Locale } from "../../../src/lib/i18n/locales.ts";

// Fake content: the data layer queries astro:content, which only exists inside an Astro build.
const state = vi.hoisted(() => ({
  articles: [] as { id: string; shownLocale: string; isFallback: boolean; entry: { id: string; filePath: string; digest: string; body: string; data: Record<string, unknown> } }[],
  troubleshooters: [] as { slug: string; title: string; summary: string; steps: { id: string; label: string }[] }[],
}));
vi.mock("../../../src/data/content.ts", () => ({
  getArticlesFor: async () => state.articles,
  getCategories: async () => [{ id: "app", order: 1, name: { en: "App" } }, { id: "account", order: 2, name: { en: "Account" } }],
  getAudiences: async () => [{ id: "all", order: 1, name: { en: "Everyone" } }],
  translationStateOf: async () => ({ kind: "original" }),
}));
vi.mock("../../../src/data/troubleshooters.ts", () => ({ listTroubleshooters: async () => state.troubleshooters }));
vi.mock("../../../src/lib/glossary/load.ts", () => ({ loadGlossary: () => ({ screens: {}, terms: {} }) }));

const { articlePageKey, homePageKey, listPageKey } = await import("../../../src/data/cache-keys.ts");

function article(id: string, data: Record<string, unknown> = {}, body = "Body.") {
  return {
    id,
    shownLocale: "en",
    isFallback: false,
    entry: {
      id: `en/${id}`,
      filePath: `content/articles/en/${id}.mdx`,
      digest: `${id}:${JSON.stringify(data)}:${body}`,
      body,
      data: { id, title: `Title of ${id}`, answer: `Answer of ${id}`, category: "app", audiences: ["all"], related: [], troubleshooters: [], ...data },
    },
  };
}

beforeEach(() => {
  state.articles = [article("install", { related: ["login"], troubleshooters: ["reset"] }), article("login"), article("delete", { category: "account" })];
  state.troubleshooters = [
    { slug: "reset", title: "Reset", summary: "Reset it.", steps: [] },
    { slug: "sns", title: "SNS", summary: "SNS login.", steps: [] },
  ];
});

const installKey = () => {
  const install = state.articles.find((a) => a.id === "install")!;
  return articlePageKey("en", { item: install.entry as never, shownLocale: "en", isFallback: install.isFallback }, true, []);
};
const replace = (id: string, next: ReturnType<typeof article>) => {
  state.articles = state.articles.map((a) => (a.id === id ? next : a));
};

test("an article page follows its own file, and only the parts of other articles it shows", async () => {
  const key = await installKey();
  replace("delete", article("delete", { category: "account", title: "Delete your account" }));
  expect(await installKey()).toBe(key);
  replace("login", article("login", {}, "Body. One more sentence from an editor."));
  expect(await installKey()).toBe(key);
  replace("login", article("login", { title: "Log in again" }));
  expect(await installKey()).not.toBe(key);
  replace("install", article("install", { related: ["login"], troubleshooters: ["reset"] }, "Body. One more sentence."));
  expect(await installKey()).not.toBe(key);
});

test("an article page follows the troubleshooters it lists, not the others", async () => {
  const key = await installKey();
  state.troubleshooters = state.troubleshooters.map((t) => (t.slug === "sns" ? { ...t, title: "Log in with SNS" } : t));
  expect(await installKey()).toBe(key);
  state.troubleshooters = state.troubleshooters.map((t) => (t.slug === "reset" ? { ...t, title: "Reset your password" } : t));
  expect(await installKey()).not.toBe(key);
});

test("an article page follows the titles its links show, not the other titles", async () => {
  replace("install", article("install", { related: [], troubleshooters: [] }, 'See <ArticleLink id="delete" /> or <TroubleshooterLink slug="sns" />.'));
  const key = await installKey();
  replace("login", article("login", { title: "Log in again" }));
  state.troubleshooters = state.troubleshooters.map((t) => (t.slug === "reset" ? { ...t, title: "Reset your password" } : t));
  expect(await installKey()).toBe(key);
  replace("delete", article("delete", { category: "account", title: "Delete your account" }));
  const renamedArticle = await installKey();
  expect(renamedArticle).not.toBe(key);
  state.troubleshooters = state.troubleshooters.map((t) => (t.slug === "sns" ? { ...t, title: "Log in with SNS" } : t));
  expect(await installKey()).not.toBe(renamedArticle);
});

test("an article page follows how it is shown: a fallback, with an easy-Japanese version, or in place of other locales' versions", async () => {
  const install = state.articles[0]!;
  const shown = (isFallback: boolean, hasEasy: boolean) => articlePageKey("vi", { item: install.entry as never, shownLocale: "en", isFallback }, hasEasy, []);
  expect(await shown(true, true)).not.toBe(await shown(false, true));
  expect(await shown(true, true)).not.toBe(await shown(true, false));
  // Its search filter names the locales that show it: a new translation changes that.
  const inPlaceOf = (readers: Locale[]) => articlePageKey(defaultLocale, { item: install.entry as never, shownLocale: defaultLocale, isFallback: false }, true, readers);
  const others = localeKeys.filter((locale) => locale !== defaultLocale);
  expect(await inPlaceOf(others)).not.toBe(await inPlaceOf(others.slice(1)));
});

test("a category page follows the articles it lists and their order, not their bodies", async () => {
  const key = await listPageKey("en", "category", "app");
  replace("login", article("login", {}, "A new body."));
  expect(await listPageKey("en", "category", "app")).toBe(key);
  replace("delete", article("delete", { category: "account", answer: "A new answer." }));
  expect(await listPageKey("en", "category", "app")).toBe(key);
  replace("delete", article("delete", { category: "app" }));
  expect(await listPageKey("en", "category", "app")).not.toBe(key);
  const withDelete = await listPageKey("en", "category", "app");
  state.articles = [...state.articles].reverse();
  expect(await listPageKey("en", "category", "app")).not.toBe(withDelete);
});

test("the home page follows the article count per category, not the articles' words", async () => {
  const key = await homePageKey("en");
  replace("login", article("login", { title: "Log in again" }));
  expect(await homePageKey("en")).toBe(key);
  replace("login", article("login", { category: "account" }));
  expect(await homePageKey("en")).not.toBe(key);
});
