/** Before a browser run: no fixture build or build lock from an earlier run may be taken for this run's. */
import { clearFixtureSite } from "./fixture-site.ts";
import { clearBuildLock } from "./build-lock.ts";

export default function globalSetup(): void {
  clearFixtureSite();
  clearBuildLock();
}
