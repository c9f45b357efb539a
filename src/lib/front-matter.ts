/**
 * An article file's YAML front matter and the body after it, split the one way every reader of the
 * files does it (the content checks, the redirects, the plain-Markdown test).
 */
const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The front matter's YAML (null when the file has none) and the body after it. */
export function splitFrontMatter(source: string): { yaml: string | null; body: string } {
  const match = frontMatterPattern.exec(source);
  return match ? { yaml: match[1]!, body: source.slice(match[0].length) } : { yaml: null, body: source };
}
