/** Before a browser run: no fixture build from an earlier run may be taken for this run's. */
import { clearFixtureSite } from "./fixture-site.ts";

export default function globalSetup(): void {
  clearFixtureSite();
}
