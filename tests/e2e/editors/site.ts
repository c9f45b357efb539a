/** What the editors' specs need to know about the real content, read the way the content check reads it. */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { loadContentTree } from "../../../src/lib/content-checks/load.ts";
import { parseArticle } from "../../../src/lib/content-checks/parse-article.ts";
import { contentRoot } from "../../../src/lib/content-paths.ts";

export interface ContentArticle {
  id: string;
  locale: string;
  title: string;
  /** The answer-first sentence (front matter `answer`). */
  answer: string;
  aliases: string[];
  anchors: string[];
}

export function contentArticles(contentDir = contentRoot()): ContentArticle[] {
  return loadContentTree(contentDir).articles.map((article) => {
    const parsed = parseArticle(article.source);
    const data = parsed.data ?? {};
    return {
      id: String(data["id"] ?? article.fileId),
      locale: article.locale,
      title: String(data["title"] ?? ""),
      answer: String(data["answer"] ?? ""),
      aliases: Array.isArray(data["aliases"]) ? data["aliases"].map(String) : [],
      anchors: [...parsed.anchors.keys()],
    };
  });
}

export function articleIds(articles = contentArticles()): string[] {
  return [...new Set(articles.map((article) => article.id))].sort();
}

/** The article in `locale`, if that language has its own file. */
export function version(id: string, locale: string, articles = contentArticles()): ContentArticle | undefined {
  return articles.find((article) => article.id === id && article.locale === locale);
}

const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };

/** A minimal static server for a second build made inside a test (paths ending in / serve index.html). */
export function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": types[".html"] });
      response.end(existsSync(join(root, "404.html")) ? readFileSync(join(root, "404.html")) : "not found");
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    resolve({ server, origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
  }));
}

/** A request a stand-in feedback endpoint received. */
export interface ReceivedPost {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A stand-in feedback endpoint on 127.0.0.1 (`port` 0: any free port) that answers 204 and keeps every
 * request it gets, in order, in `received`.
 */
export async function listenForPosts(port = 0): Promise<{ server: Server; origin: string; received: ReceivedPost[] }> {
  const received: ReceivedPost[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`, received };
}
