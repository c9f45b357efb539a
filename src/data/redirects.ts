import { getArticleIndex } from "./content.ts";
import { troubleshooterSlugs } from "./troubleshooters.ts";
import { redirectsFor, type Redirect } from "../lib/redirects.ts";

/** Every alias and short-link redirect of the site (aliases from any language version of an article). */
export async function getRedirects(): Promise<Redirect[]> {
  const index = await getArticleIndex();
  const articles = [...index.entries()].map(([id, versions]) => ({
    id,
    aliases: [...new Set(Object.values(versions).flatMap((entry) => entry.data.aliases))],
  }));
  return redirectsFor(articles, troubleshooterSlugs());
}
