// The agents' ready replies: each "copy reply" button copies its page's or step's answer-first sentence
// and link in the language picked above the index. The replies of every language are one file, loaded
// on the first copy. Without JavaScript the buttons and the picker stay hidden; the links still work.
export {};

interface ReadyReply {
  text: string;
  href: string;
}

const picker = document.querySelector<HTMLElement>("[data-agents-replies]");
const select = picker?.querySelector("select");
let replies: Promise<Record<string, Record<string, ReadyReply>>> | undefined;

function announce(region: HTMLElement, message: string): void {
  region.textContent = "";
  setTimeout(() => (region.textContent = message), 100);
}

if (picker && select && navigator.clipboard) {
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  picker.append(status);
  picker.hidden = false;
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-reply]")) button.hidden = false;
  document.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.("button[data-reply]");
    if (!(button instanceof HTMLButtonElement)) return;
    replies ??= fetch(picker.dataset["agentsReplies"]!).then((response) => response.json() as Promise<Record<string, Record<string, ReadyReply>>>);
    void replies.then(async (all) => {
      const reply = all[select.value]?.[button.dataset["reply"]!];
      if (!reply) return;
      await navigator.clipboard.writeText(`${reply.text}\n${new URL(reply.href, location.origin).href}`);
      button.dataset["copied"] = "";
      setTimeout(() => delete button.dataset["copied"], 2000);
      announce(status, button.dataset["copiedText"] ?? "");
    });
  });
}
