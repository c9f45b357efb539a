/** After a browser run: the fixture build is removed (it is remade on every run). */
import { clearFixtureSite } from "./fixture-site.ts";

export default function globalTeardown(): void {
  clearFixtureSite();
}
