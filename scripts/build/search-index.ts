/** Builds the Pagefind index for the built site (one index per <html lang>). */
import * as pagefind from "pagefind";

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  await pagefind.close();
  return { pages: added.page_count };
}
