// Runs on every page. Kept tiny: article pages have a JavaScript budget.
// Anchors are stable across translations, so the language switch carries the reader's #anchor along.
document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest?.("a[data-keep-hash]");
  if (link instanceof HTMLAnchorElement && location.hash) link.hash = location.hash;
});
