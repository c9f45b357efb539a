import * as pagefind from "pagefind";
import { join } from "node:path";
const [dir, mode] = process.argv.slice(2);
const langs = ["en", "ja", "vi"];
const t0 = performance.now();
const one = async (lang: string) => {
  const t = performance.now();
  const { index } = await pagefind.createIndex({ excludeSelectors: ["rt", "rp"] });
  const added = await index!.addDirectory({ path: join(dir!, lang) });
  const t1 = performance.now();
  await index!.writeFiles({ outputPath: `/tmp/pfx/${mode}/${lang}` });
  console.log(lang, added.page_count, "add", (t1 - t).toFixed(0), "write", (performance.now() - t1).toFixed(0));
};
if (mode === "par") await Promise.all(langs.map(one)); else for (const l of langs) await one(l);
await pagefind.close();
console.log(mode, "total", (performance.now() - t0).toFixed(0));
