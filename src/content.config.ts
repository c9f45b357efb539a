import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { articleLoader } from "./data/article-loader.ts";
import { articleSchema, audienceSchema, categorySchema } from "./lib/schemas/article.ts";
import { contentPath } from "./lib/content-paths.ts";

/** Editors' content lives in the top-level `content/` folder (or `HC_CONTENT_DIR`: src/lib/content-paths.ts), not under `src/`. */
const articles = defineCollection({
  // Entry id `<locale>/<article-id>` comes from the path; the article id itself is in front matter.
  loader: articleLoader(contentPath("articles")),
  schema: articleSchema,
});

const categories = defineCollection({
  loader: file(contentPath("categories")),
  schema: categorySchema,
});

const audiences = defineCollection({
  loader: file(contentPath("audiences")),
  schema: audienceSchema,
});

export const collections = { articles, categories, audiences };
