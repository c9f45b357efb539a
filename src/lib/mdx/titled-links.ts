/**
 * The pages whose titles an article's body shows as link texts (<ArticleLink id>, <TroubleshooterLink
 * slug>), read from its MDX source without compiling it: the page's cache key follows those titles.
 * A plain-Markdown body has no components, so it shows none.
 */
export interface TitledLinks {
  articles: string[];
  troubleshooters: string[];
}

const tagPattern = /<(ArticleLink|TroubleshooterLink)\b([^>]*)>/g;

export function titledLinks(body: string): TitledLinks {
  const articles = new Set<string>();
  const troubleshooters = new Set<string>();
  for (const [, name, attributes] of body.matchAll(tagPattern)) {
    const target = /\b(?:id|slug)\s*=\s*["']([^"']+)["']/.exec(attributes!)?.[1];
    if (target === undefined) continue;
    (name === "ArticleLink" ? articles : troubleshooters).add(target);
  }
  return { articles: [...articles].sort(), troubleshooters: [...troubleshooters].sort() };
}
