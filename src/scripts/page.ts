// Runs on every page. Kept tiny: article pages have a JavaScript budget.
// Anchors are stable across translations, so the language switch carries the reader's #anchor along.
document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest?.("a[data-keep-hash]");
  if (link instanceof HTMLAnchorElement && location.hash) link.hash = location.hash;
});

// Ctrl+K / ⌘K focuses the search box (a modifier shortcut, so it never fires while typing: WCAG 2.1.4).
// On the results page that is the page's own box. Pagefind itself loads only on the results page;
// focusing the header box just asks the browser to fetch it ahead of the form's submission.
document.addEventListener("keydown", (event) => {
  if (event.key.toLowerCase() !== "k" || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  const box = document.querySelector<HTMLInputElement>("#search-query") ?? document.querySelector<HTMLInputElement>("#site-search");
  if (!box) return;
  event.preventDefault();
  // On a phone the header's box sits in a closed popover; open it first.
  const panel = box.closest<HTMLElement>("[popover]");
  if (panel && !panel.matches(":popover-open") && getComputedStyle(panel).display === "none") panel.showPopover();
  box.focus();
  box.select();
});
// The URL comes from the page (data-prefetch, src/lib/search/files.ts): an import would make this script
// a module of its own that every page has to fetch.
const siteSearch = document.querySelector<HTMLElement>("#site-search");
siteSearch?.addEventListener(
  "focus",
  () => {
    const href = siteSearch.dataset["prefetch"];
    if (!href) return;
    const hint = document.createElement("link");
    hint.rel = "prefetch";
    hint.href = href;
    document.head.append(hint);
  },
  { once: true },
);

// The phone header's Search button opens the search panel: put the cursor in its box.
document.querySelector("#header-search-panel")?.addEventListener("toggle", (event) => {
  if ((event as ToggleEvent).newState === "open") document.querySelector<HTMLInputElement>("#site-search")?.focus();
});
