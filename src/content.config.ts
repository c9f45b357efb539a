import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { articleSchema, audienceSchema, categorySchema } from "./lib/schemas/article.ts";

/**
 * Editors' content lives in the top-level `content/` folder, not under `src/`.
 * HC_CONTENT_DIR points the build at another content root (`npm run bench` builds generated corpora).
 */
const contentDir = process.env["HC_CONTENT_DIR"] ?? "./content";
const articles = defineCollection({
  // Entry id `<locale>/<article-id>` comes from the path; the article id itself is in front matter.
  loader: glob({ base: `${contentDir}/articles`, pattern: "*/*.mdx", generateId: ({ entry }) => entry.replace(/\.mdx$/, "") }),
  schema: articleSchema,
});

const categories = defineCollection({
  loader: file(`${contentDir}/categories.yaml`),
  schema: categorySchema,
});

const audiences = defineCollection({
  loader: file(`${contentDir}/audiences.yaml`),
  schema: audienceSchema,
});

export const collections = { articles, categories, audiences };
