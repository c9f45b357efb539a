// "Copy link" anchors (CopyLink.astro). Without JavaScript each is a plain link to its #anchor; with
// it, activating one copies the full URL and a polite live region says so. Kept tiny: article pages
// have a JavaScript budget.
function announce(message: string): void {
  let region = document.getElementById("copy-link-status");
  if (!region) {
    region = document.createElement("p");
    region.id = "copy-link-status";
    region.className = "visually-hidden";
    region.setAttribute("role", "status");
    document.body.append(region);
  }
  const live = region;
  live.textContent = "";
  // A fresh text node after a pause makes screen readers repeat the message on every copy.
  setTimeout(() => (live.textContent = message), 100);
}

document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest?.("a[data-copy-link]");
  if (!(link instanceof HTMLAnchorElement) || !navigator.clipboard) return;
  event.preventDefault();
  navigator.clipboard.writeText(link.href).then(
    () => {
      link.dataset["copied"] = "";
      setTimeout(() => delete link.dataset["copied"], 2000);
      announce(link.dataset["copyLink"] ?? "");
    },
    () => (location.href = link.href),
  );
});
