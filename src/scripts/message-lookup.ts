/**
 * The message look-up page's box: shows the entries that match what the reader types, best first, and
 * says how many in the status line. Matching is `src/lib/message-lookup.ts`; each entry's keys (its
 * words and their readings) were written into the page by the build.
 */
import type { ShownReadings } from "../lib/furigana/shown-readings.ts";
import { lookUp } from "../lib/message-lookup.ts";
import { shownTextNodes, typedText } from "./ruby-nodes.ts";

type StatusKey = "messages.statusAll" | "messages.statusOne" | "messages.statusMany" | "messages.statusNone";

const form = document.querySelector<HTMLFormElement>("[data-message-form]");
const input = document.querySelector<HTMLInputElement>("#message-query");
const status = document.querySelector<HTMLElement>("[data-message-status]");
const list = document.querySelector<HTMLElement>("#message-list");
const config = document.querySelector("#message-lookup-config")?.textContent;

if (form && input && status && list && config) {
  const { strings, readings } = JSON.parse(config) as { strings: Record<StatusKey, string>; readings: ShownReadings };
  const entries = [...list.querySelectorAll<HTMLElement>("[data-lookup-keys]")].map((element) => ({ element, keys: (element.dataset["lookupKeys"] ?? "").split(" ") }));

  const show = (): void => {
    const query = input.value.trim();
    const found = lookUp(entries, query);
    for (const { element } of entries) element.hidden = true;
    // Best first: the list is put in the order of the matches.
    for (const { element } of found) {
      element.hidden = false;
      list.append(element);
    }
    const key: StatusKey = query === "" ? "messages.statusAll" : found.length === 0 ? "messages.statusNone" : found.length === 1 ? "messages.statusOne" : "messages.statusMany";
    status.replaceChildren(...shownTextNodes(strings[key], readings, { count: found.length, query: typedText(query) }));
  };

  form.hidden = false;
  form.addEventListener("submit", (event) => event.preventDefault());
  input.addEventListener("input", show);
  // A query in the address (?q=…) is looked up at once, so a helper can share a link to the answer.
  const shared = new URLSearchParams(location.search).get("q");
  if (shared) {
    input.value = shared;
    show();
  }
}
