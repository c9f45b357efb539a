/**
 * The `_headers` file (Netlify / Cloudflare Pages format) from the final HTML: each page's
 * Content-Security-Policy header is exactly the policy in its `<meta http-equiv>` tag, plus the
 * directives a `<meta>` policy cannot carry. The page pass (src/build/postbuild/page-pass.ts) reads each policy; readings never
 * touch inline scripts or styles, so the hashes in the header are the ones the browser will check.
 */

/** Only valid in an HTTP header (a `<meta>` policy ignores it with a console error). */
const headerOnlyDirectives = "frame-ancestors 'none'";

/** Headers every response gets; the CSP is per page because its hashes are. */
const commonHeaders = ["X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer"];

const metaTagPattern = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i;
const contentAttributePattern = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

function decodeAttribute(value: string): string {
  return value
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&quot;|&#x22;|&#34;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or null when it has none. */
export function metaPolicyOf(html: string): string | null {
  const tag = metaTagPattern.exec(html)?.[0];
  if (!tag) return null;
  const match = contentAttributePattern.exec(tag);
  const content = match?.[1] ?? match?.[2];
  return content === undefined ? null : decodeAttribute(content).trim();
}

/** The header value for a page whose meta policy is `metaPolicy`. */
export function headerPolicyFor(metaPolicy: string): string {
  return `${metaPolicy.replace(/;\s*$/, "")}; ${headerOnlyDirectives}`;
}

export interface PagePolicy {
  /** URL path of the page. */
  path: string;
  /** The policy in the page's `<meta>` (`metaPolicyOf`), or null when it has none. */
  policy: string | null;
}

/**
 * For HTML that Astro did not render through a layout (redirect stubs, files in `public/`): no inline
 * script or style is allowed at all.
 */
export const policyWithoutMeta = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The `_headers` text for these pages. */
export function renderHeadersFile(pages: PagePolicy[]): string {
  const blocks = [["/*", ...commonHeaders]];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    blocks.push([page.path, `Content-Security-Policy: ${headerPolicyFor(page.policy ?? policyWithoutMeta)}`]);
  }
  return blocks.map(([path, ...headers]) => [path, ...headers.map((header) => `  ${header}`)].join("\n")).join("\n\n") + "\n";
}

/** Parses a `_headers` file into path → header name (lower case) → value. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      result.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(":");
    if (current && colon > 0) current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return result;
}
