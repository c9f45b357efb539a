import { siteConfig } from "../config.ts";

/** The code host's edit page for a file of this repository (GitHub/Gitea/Forgejo URL shape). */
export function editUrl(filePath: string, config: Pick<typeof siteConfig, "repositoryUrl" | "repositoryBranch"> = siteConfig): string {
  const path = filePath.replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
  return `${config.repositoryUrl.replace(/\/$/, "")}/edit/${encodeURIComponent(config.repositoryBranch)}/${path}`;
}
