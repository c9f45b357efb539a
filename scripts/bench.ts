/**
 * `npm run bench [-- --sizes site,100,1000,5000]`: builds this site and generated corpora of N articles
 * per language (English and Japanese, same ids), and prints one table row per size: the clean build (no
 * caches) and where its time went (Astro, the page pass, the search index), the rebuild after one
 * English article changed, output size, cost per article and the builds' peak memory. Growth should be
 * linear: compare "ms / article" down the column.
 * `npm run bench -- --side-by-side 1000` runs ../shared/bench/side-by-side.sh instead: the same corpus
 * built with Astro Starlight and with this project, in one run.
 * Progress goes to stderr, the table to stdout. Not part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { contentPath, contentRoot } from "../src/lib/content-paths.ts";

const repoRoot = new URL("..", import.meta.url).pathname;

function sizesFromArgs(argv: string[]): string[] {
  const index = argv.indexOf("--sizes");
  const value = index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith("--sizes="))?.slice("--sizes=".length);
  const sizes = (value ?? "site,100,1000,5000").split(",").map((size) => size.trim()).filter(Boolean);
  for (const size of sizes) {
    if (size !== "site" && !/^\d+$/.test(size)) throw new Error(`--sizes: "${size}" is neither "site" nor a number of articles`);
  }
  return sizes;
}

/** A small deterministic generator so every run builds the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const english = {
  topics: ["password", "username", "registered e-mail address", "smartphone app", "SNS login", "reset link", "mobile e-mail", "application history", "downloaded file", "residence card"],
  verbs: ["change", "check", "reset", "confirm", "update", "remove", "connect", "recover"],
  sentences: [
    "Open the login page and choose the link below the form.",
    "Enter the e-mail address you registered with, then press the button to continue.",
    "We send a message to that address within a few minutes; check the spam folder too.",
    "The link in the message works for <Value name=\"resetLinkLifetimeHours\" /> hours, after which you need a new one.",
    "Type the new password twice without spaces, and keep it somewhere safe.",
    "If the screen shows an error, read the message carefully and compare it with the list below.",
    "Some mobile carriers block messages from unknown senders, so allow our domain in the settings.",
    "When you use more than one address, the one shown on the account page is your username.",
    "The app and the website use separate passwords, so changing one does not change the other.",
    "Log out on every device before you try again, then close the browser completely.",
  ],
};

const japanese = {
  topics: ["パスワード", "ユーザー名", "登録メールアドレス", "スマートフォンアプリ", "SNSログイン", "再設定リンク", "携帯メール", "応募履歴", "ダウンロードしたファイル", "在留カード"],
  verbs: ["変更する", "確認する", "再設定する", "登録する", "更新する", "削除する", "連携する", "復旧する"],
  sentences: [
    "ログイン画面を開き、入力欄の下にあるリンクを選んでください。",
    "登録したメールアドレスを入力して、次へ進むボタンを押します。",
    "数分以内にそのアドレスへメールが届きます。迷惑メールフォルダーも確認してください。",
    "メールのリンクは<Value name=\"resetLinkLifetimeHours\" />時間有効です。過ぎたら新しいリンクを申し込みます。",
    "新しいパスワードは空白を入れずに二回入力し、安全な場所に控えておきましょう。",
    "画面にエラーが表示されたら、内容をよく読んで下の一覧と見比べてください。",
    "携帯電話会社によっては知らない送信元のメールを受け取らない設定になっています。",
    "複数のアドレスを使っている場合、アカウント画面に表示されるものがユーザー名です。",
    "アプリとウェブサイトのパスワードは別なので、片方を変えてももう片方は変わりません。",
    "すべての端末でログアウトしてから、ブラウザーを完全に閉じてもう一度試してください。",
  ],
};

type Language = typeof english;

function paragraph(language: Language, random: () => number, count: number): string {
  const joiner = language === japanese ? "" : " ";
  return Array.from({ length: count }, () => language.sentences[Math.floor(random() * language.sentences.length)]).join(joiner);
}

function articleMdx(index: number, total: number, locale: "en" | "ja", categories: string[], audiences: string[]): string {
  const random = seededRandom(index * 7 + (locale === "ja" ? 1 : 0));
  const language = locale === "ja" ? japanese : english;
  const topic = language.topics[index % language.topics.length]!;
  const verb = language.verbs[Math.floor(index / language.topics.length) % language.verbs.length]!;
  const title = locale === "ja" ? `${topic}を${verb}方法（${index + 1}）` : `How to ${verb} your ${topic} (${index + 1})`;
  const kind = index % 3 === 0 ? "guide" : "faq";
  const related = [1, 2, 3].map((step) => `bench-${(index + step * 37) % total}`).filter((id) => id !== `bench-${index}`);
  const frontMatter = [
    "---",
    `id: bench-${index}`,
    `title: "${title}"`,
    `answer: "${paragraph(language, random, 1).replace(/<[^>]+>/g, "24").replace(/"/g, "'")}"`,
    `category: ${categories[index % categories.length]}`,
    `audiences: [${audiences.filter((_, i) => (index + i) % 2 === 0 || i === 0).join(", ")}]`,
    `kind: ${kind}`,
    "published: 2024-04-01",
    "updated: 2026-05-08",
    `related: [${[...new Set(related)].join(", ")}]`,
    "---",
    "",
  ];
  const body: string[] = [];
  body.push(`<Section id="answer" title="${locale === "ja" ? "回答" : "The short answer"}">\n${paragraph(language, random, 4)}\n</Section>\n`);
  if (kind === "guide") {
    body.push(`<Steps id="step-1" title="${locale === "ja" ? "手順" : "Steps"}">`);
    for (let step = 1; step <= 4; step++) {
      body.push(`<Step id="step-1-${step}" number="1-${step}" title="${paragraph(language, random, 1).replace(/<[^>]+>/g, "24").replace(/"/g, "'")}">\n${paragraph(language, random, 2)}\n</Step>`);
    }
    body.push("</Steps>\n");
  }
  body.push(`<Callout type="warning">\n${paragraph(language, random, 2)}\n</Callout>\n`);
  for (let section = 1; section <= 3; section++) {
    body.push(`<Section id="detail-${section}" title="${locale === "ja" ? `詳しく（${section}）` : `More detail (${section})`}">\n${paragraph(language, random, 5)}\n\n${paragraph(language, random, 3)}\n</Section>\n`);
  }
  return [...frontMatter, ...body].join("\n");
}

/**
 * A copy of the content root plus `count` generated articles per language. The real articles stay: pages
 * and troubleshooters link to them by id, so the build checks those links.
 */
function generateCorpus(count: number): string {
  const root = join(tmpdir(), `hc-bench-${count}`);
  rmSync(root, { recursive: true, force: true });
  const contentDir = join(root, "content");
  cpSync(contentRoot(), contentDir, { recursive: true });
  const categories = (parse(readFileSync(contentPath("categories"), "utf8")) as { id: string }[]).map((c) => c.id);
  const audiences = (parse(readFileSync(contentPath("audiences"), "utf8")) as { id: string }[]).map((a) => a.id);
  for (const locale of ["en", "ja"] as const) {
    const dir = join(contentPath("articles", contentDir), locale);
    mkdirSync(dir, { recursive: true });
    for (let index = 0; index < count; index++) writeFileSync(join(dir, `bench-${index}.mdx`), articleMdx(index, count, locale, categories, audiences));
  }
  return contentDir;
}

/** The site's own content, copied (the edit between the two builds must not touch content/). */
function copyOfSiteContent(): string {
  const contentDir = join(tmpdir(), "hc-bench-site", "content");
  rmSync(dirname(contentDir), { recursive: true, force: true });
  cpSync(contentRoot(), contentDir, { recursive: true });
  return contentDir;
}

function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

interface BuildRun {
  ms: number;
  peakRssMb: number;
  pages: number;
  /** Astro's own figure for rendering the pages. */
  astroMs: number;
  pagePassMs: number;
  searchReadyMs: number;
}

function runBuild(outDir: string, contentDir: string): BuildRun {
  const started = performance.now();
  const result = spawnSync("/usr/bin/time", ["-v", "npm", "run", "build", "--silent"], {
    cwd: repoRoot,
    env: { ...process.env, HC_OUT_DIR: outDir, HC_CONTENT_DIR: contentDir },
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const output = `${result.stdout}\n${result.stderr}`;
  // The whole log, for reading where the time went (Astro prints per-phase timings).
  appendFileSync(`${outDir}.log`, `\n===== build at ${new Date().toISOString()} =====\n${output}`);
  if (result.status !== 0) {
    throw new Error(`build into ${outDir} failed (exit ${result.status}):\n${output.split("\n").filter((line) => !/^\s+at /.test(line)).slice(-80).join("\n")}`);
  }
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  // Astro prints "850ms", "31.7s" or "2m 35s".
  const astro = /(\d+) page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(output);
  return {
    ms,
    peakRssMb: number(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
    pages: Number(astro?.[1] ?? 0),
    astroMs: astro ? Number(astro[2] ?? 0) * 60_000 + Number(astro[3]) * (astro[4] === "s" ? 1000 : 1) : Number.NaN,
    pagePassMs: number(/\[help-center:postbuild\] page pass: .* in (\d+) ms/),
    searchReadyMs: number(/\[help-center:postbuild\] search index: .* ready (\d+) ms after the start/),
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

const argv = process.argv.slice(2);
const sideBySide = argv.indexOf("--side-by-side");
if (sideBySide >= 0) {
  // The same corpus built with Astro Starlight and with this project, one after the other (../shared/bench).
  const n = argv[sideBySide + 1] ?? "1000";
  const script = join(repoRoot, "..", "shared", "bench", "side-by-side.sh");
  const run = spawnSync("bash", [script, n], { cwd: repoRoot, stdio: "inherit" });
  process.exit(run.status ?? 1);
}

const rows: string[][] = [];
for (const size of sizesFromArgs(argv)) {
  const contentDir = size === "site" ? copyOfSiteContent() : generateCorpus(Number(size));
  // Outside the project, so that `astro dev` does not watch tens of thousands of built files.
  const outDir = join(tmpdir(), `hc-bench-${size}-dist`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  rmSync(`${outDir}.log`, { force: true });
  // A clean build has no caches at all, the analyzer's readings included.
  rmSync(join(repoRoot, "node_modules", ".cache"), { recursive: true, force: true });
  console.error(`[bench] ${size}: clean build…`);
  const clean = runBuild(outDir, contentDir);
  // An editor's change, as in ../shared/bench/side-by-side.sh: one sentence more in one English article.
  const englishArticles = readdirSync(join(contentPath("articles", contentDir), "en")).filter((file) => file.endsWith(".mdx")).sort();
  appendFileSync(join(contentPath("articles", contentDir), "en", englishArticles[0]!), "\nOne more sentence from an editor.\n");
  console.error(`[bench] ${size}: clean ${seconds(clean.ms)} s, ${clean.pages} pages; rebuild after one edit…`);
  const edited = runBuild(outDir, contentDir);
  const articles = readdirSync(join(contentDir, "articles"), { recursive: true }).filter((file) => String(file).endsWith(".mdx")).length;
  const bytes = directoryBytes(outDir);
  rows.push([
    size === "site" ? "this site" : `${size} × en+ja`,
    String(articles),
    String(clean.pages),
    seconds(clean.ms),
    seconds(clean.astroMs),
    seconds(clean.pagePassMs),
    seconds(clean.searchReadyMs),
    seconds(edited.ms),
    (edited.ms / clean.ms).toFixed(2),
    (bytes / 1024 / 1024).toFixed(1),
    (clean.ms / articles).toFixed(1),
    Math.max(clean.peakRssMb, edited.peakRssMb).toFixed(0),
  ]);
  console.error(`[bench] ${size}: done`);
}

const header = [
  "corpus", "articles", "pages", "clean build s", "Astro s", "page pass s", "search ready s",
  "rebuild after one edit s", "rebuild / clean", "output MB", "ms / article", "peak RSS MB",
];
const table = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
console.log(table);
