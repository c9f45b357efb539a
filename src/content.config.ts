import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { articleSchema, audienceSchema, categorySchema } from "./lib/schemas/article.ts";

/** Editors' content lives in the top-level `content/` folder, not under `src/`. */
const articles = defineCollection({
  // Entry id `<locale>/<article-id>` comes from the path; the article id itself is in front matter.
  loader: glob({ base: "./content/articles", pattern: "*/*.mdx", generateId: ({ entry }) => entry.replace(/\.mdx$/, "") }),
  schema: articleSchema,
});

const categories = defineCollection({
  loader: file("./content/categories.yaml"),
  schema: categorySchema,
});

const audiences = defineCollection({
  loader: file("./content/audiences.yaml"),
  schema: audienceSchema,
});

export const collections = { articles, categories, audiences };
