import { z } from "zod";
import { isProjectContent } from "../content-paths.ts";

/** Ids are kebab-case and never change once shipped: agents share them in links. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case kebab-case, e.g. forgot-password");

/** Per-language text: every key is a locale key (`en`, `ja`, …). English is required. */
const localizedTextSchema = z.record(z.string(), z.string().min(1)).refine((value) => "en" in value, {
  message: "an English (`en`) text is required",
});

/** Who may mark an article verified: a person's role, or `source` (checked against the source document). */
export const verifierRoles = ["support", "editor", "product", "source"] as const;

/** Front matter as written. Outside `content/` (the benchmark corpus: peer-corpus-to-hc.mjs writes the peer's `summary:`) `summary` stands for `answer`; editors write `answer:`. */
const frontMatter = (data: unknown) =>
  !isProjectContent() && data && typeof data === "object" && "summary" in data && !("answer" in data)
    ? Object.fromEntries(Object.entries(data).map(([key, value]) => [key === "summary" ? "answer" : key, value]))
    : data;

const articleFields = z
  .object({
    /** Stable id, the same in every language; it is the URL segment and the `/go/<id>` short link. */
    id: idSchema,
    title: z.string().min(1),
    /**
     * One or two sentences that answer the title (not a description of the page). The article page shows
     * it as the lead paragraph under the title; lists, search results and the agents' index show it too.
     */
    answer: z.string().trim().min(1, "write one or two sentences that answer the title"),
    /** Id of an entry in `content/categories.yaml`. */
    category: idSchema,
    /** Ids of entries in `content/audiences.yaml`. */
    audiences: z.array(idSchema).min(1),
    /** `faq`: one question and its answer. `guide`: numbered steps. */
    kind: z.enum(["faq", "guide"]),
    published: z.coerce.date(),
    updated: z.coerce.date(),
    /** Old URLs or ids of this article; each becomes a redirect. */
    aliases: z.array(z.string()).default([]),
    /** Ids of related articles, shown at the end of the page. */
    related: z.array(idSchema).default([]),
    /** Slugs of troubleshooters that handle the same problem. */
    troubleshooters: z.array(idSchema).default([]),
    /** `editorial`: written by us where the source was silent; editors should verify it. */
    source: z.enum(["seed", "editorial"]).default("seed"),
    /**
     * `false`: the sources do not answer the question, so the page says so and points to support. No page
     * may send readers only to such pages (`check:content`, rule `dead-end`).
     */
    answered: z.boolean().default(true),
    /**
     * Who checked this version against the product, and when. `by` is a role (`support`, `editor`,
     * `product`), or `source` for an article taken from the sources and checked against them.
     * Absent = unverified; `check:content` lists unverified and stale articles.
     */
    verified: z
      .strictObject({
        on: z.coerce.date(),
        by: z.enum(verifierRoles, { error: `name the role that checked it: one of ${verifierRoles.join(", ")}` }),
      })
      .optional(),
    /**
     * A translation's original language and the digest of the original's words it was translated from
     * (src/lib/translation.ts). `npm run translation:stamp` writes it; English articles have none.
     */
    translatedFrom: z.strictObject({ locale: z.string(), hash: z.string().regex(/^[0-9a-f]{12}$/, "run npm run translation:stamp to write it") }).optional(),
    /** Position within its category (lower first); ties sort by title. */
    order: z.number().int().default(100),
  })
  .strict()
  .refine((data) => data.updated >= data.published, {
    message: "`updated` is earlier than `published`",
    path: ["updated"],
  })
  .refine((data) => data.answered || data.source === "editorial", {
    message: "a page taken from the sources answers its question; only `source: editorial` can be unanswered",
    path: ["answered"],
  })
  .refine((data) => !(data.source === "editorial" && data.verified?.by === "source"), {
    message: "an answer written where the sources are silent cannot be verified by the source: a person (support, editor, product) checks it against the product",
    path: ["verified", "by"],
  });

export const articleSchema = z.preprocess(frontMatter, articleFields);


export const categorySchema = z
  .object({
    id: idSchema,
    /** Lower comes first; order by how often readers need the topic. */
    order: z.number().int(),
    name: localizedTextSchema,
    description: localizedTextSchema,
  })
  .strict();

export const audienceSchema = z
  .object({
    id: idSchema,
    order: z.number().int(),
    name: localizedTextSchema,
    description: localizedTextSchema,
  })
  .strict();
