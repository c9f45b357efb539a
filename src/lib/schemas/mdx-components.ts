/**
 * Props of the MDX components editors use (src/components/content/), one strict schema each, so a
 * misspelt or missing prop stops the build with the file, the component and the fix.
 */
import { z } from "zod";
import { idSchema } from "./article.ts";
import { configValues } from "../policies/values.ts";
import { siteConfig } from "../../config.ts";
import { screenNames } from "../glossary/load.ts";

const text = z.string().trim().min(1);

export const mdxComponentSchemas = {
  Section: z.object({ id: idSchema, title: text }).strict(),
  Steps: z.object({ id: idSchema.optional(), title: text.optional() }).strict(),
  Step: z.object({ id: idSchema, number: z.union([text, z.number()]).transform(String), title: text }).strict(),
  Callout: z.object({ type: z.enum(["note", "tip", "warning"]).default("note"), title: text.optional() }).strict(),
  Figure: z
    .object({
      src: text,
      alt: z.string({ error: "alt text is required: describe what the picture shows" }).trim().min(1, "alt text is required: describe what the picture shows"),
      caption: text,
      width: z.number().int().positive().default(320),
      height: z.number().int().positive().default(568),
    })
    .strict(),
  PasswordRules: z.object({ policy: z.enum(Object.keys(siteConfig.rules.passwordPolicy) as [keyof typeof siteConfig.rules.passwordPolicy]) }).strict(),
  /** Without children its text is the troubleshooter's title; children are for a text that is not a title. */
  TroubleshooterLink: z.object({ slug: idSchema, step: idSchema.optional() }).strict(),
  /** A link whose text is the target article's title, e.g. <ArticleLink id="forgot-username-or-password" section="answer" />. */
  ArticleLink: z.object({ id: idSchema, section: idSchema.optional() }).strict(),
  ContactBlock: z.object({}).strict(),
  Value: z.object({ name: z.enum(Object.keys(configValues) as [keyof typeof configValues]) }).strict(),
  /** A quoted screen text from content/glossary.yaml, in the page's language. */
  Screen: z.object({ name: z.enum(screenNames() as [string, ...string[]], { error: (issue) => `unknown screen text ${JSON.stringify(issue.input)}; add it to content/glossary.yaml or use one of ${screenNames().join(", ")}` }) }).strict(),
} as const;

export type MdxComponentName = keyof typeof mdxComponentSchemas;
export const mdxComponentNames = Object.keys(mdxComponentSchemas) as MdxComponentName[];

/**
 * Validates a component's props; the error names the file, the component, each bad prop and how to fix it.
 * `file` is the MDX source (Astro.locals.contentFile) or the page URL when there is none.
 */
export function parseComponentProps<N extends MdxComponentName>(
  name: N,
  props: Record<string, unknown>,
  file: string,
): z.output<(typeof mdxComponentSchemas)[N]> {
  const result = mdxComponentSchemas[name].safeParse(props);
  if (result.success) return result.data as z.output<(typeof mdxComponentSchemas)[N]>;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") return `unknown prop ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
    return `${issue.path.join(".") || "props"}: ${issue.message}`;
  });
  const allowed = Object.keys(mdxComponentSchemas[name].shape).join(", ") || "none";
  throw new Error(`${file}: <${name}> ${problems.join("; ")} (props it takes: ${allowed}; see CONTRIBUTING.md)`);
}
