// The open "Show this in Japanese" panel. It shows the Japanese page's own built HTML (same origin, readings
// from the build), so no text is translated or analysed here: an article's marked parts, or a troubleshooter's
// checklist entry for the step the reader's island shows, with the reader's answers in Japanese words. It
// follows the reader: a new step, Back or a Change link redraws it, and the QR code always holds the Japanese
// address with the reader's query string (the troubleshooter's state).
import { encode } from "uqr";
import { helperPageUrl, qrPathData } from "../lib/helper-view.ts";

const idPrefix = "helper-";
const referenceAttributes = ["aria-labelledby", "aria-describedby", "aria-controls", "for"];
const pages = new Map<string, Promise<Document>>();

function japanesePage(path: string): Promise<Document> {
  let page = pages.get(path);
  if (!page) {
    page = fetch(path).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), "text/html");
    });
    page.catch(() => pages.delete(path));
    pages.set(path, page);
  }
  return page;
}

/**
 * A copy of a part of the Japanese page that can live in the reader's page: ids (and what refers to them)
 * get a prefix so none clashes, #links point into the Japanese page, and the page's h1 becomes a heading
 * of the panel.
 */
function adopt(part: Element, japaneseUrl: string): Element {
  const copy = document.importNode(part, true);
  const all = [copy, ...copy.querySelectorAll("*")];
  for (const element of all) {
    if (element.id) element.id = idPrefix + element.id;
    for (const name of referenceAttributes) {
      const value = element.getAttribute(name);
      if (value) element.setAttribute(name, value.split(/\s+/).map((id) => idPrefix + id).join(" "));
    }
    const href = element.getAttribute("href");
    if (element instanceof HTMLAnchorElement && href?.startsWith("#")) element.href = new URL(href, japaneseUrl).href;
  }
  if (copy.localName !== "h1") return copy;
  const heading = document.createElement("h2");
  heading.replaceChildren(...copy.childNodes);
  heading.id = copy.id;
  return heading;
}

/** The reader's troubleshooter as its island shows it: the step and the answers on the way there. */
function readerTroubleshooter(): { step: string; answers: { step: string; value: string }[] } | null {
  const root = document.querySelector("[data-troubleshooter]");
  const step = root?.querySelector<HTMLElement>("[data-step-id]")?.dataset["stepId"];
  if (!root || step === undefined) return null;
  const answers = [...root.querySelectorAll<HTMLElement>("[data-answered-step]")].map((row) => ({
    step: row.dataset["answeredStep"] ?? "",
    value: row.dataset["answerValue"] ?? "",
  }));
  return { step, answers };
}

/** The reader's answers in the Japanese page's words: each question's title and the answer's label. */
function answersInJapanese(page: Document, heading: Element, answers: { step: string; value: string }[], japaneseUrl: string): Element[] {
  if (answers.length === 0) return [];
  const list = document.createElement("dl");
  list.className = "helper-view__answers";
  for (const answer of answers) {
    const entry = page.querySelector(`li[data-step-id="${CSS.escape(answer.step)}"]`);
    const title = entry?.querySelector(":scope > h3");
    const label = entry?.querySelector(`[data-answer="${CSS.escape(answer.value)}"] [data-answer-label]`);
    if (!title) continue;
    const term = document.createElement("dt");
    term.append(...adopt(title, japaneseUrl).childNodes);
    const value = document.createElement("dd");
    value.dataset["answerValue"] = answer.value;
    if (label) value.append(...adopt(label, japaneseUrl).childNodes);
    else value.textContent = answer.value;
    list.append(term, value);
  }
  const title = heading.cloneNode(true) as Element;
  title.removeAttribute("hidden");
  title.removeAttribute("data-helper-answers-heading");
  return [title, list];
}

function parts(page: Document, host: HTMLElement, japaneseUrl: string): Element[] {
  const marked = [...page.querySelectorAll("[data-helper-part]")].map((part) => adopt(part, japaneseUrl));
  const troubleshooter = readerTroubleshooter();
  if (!troubleshooter) return marked;
  const step = page.querySelector(`li[data-step-id="${CSS.escape(troubleshooter.step)}"]`);
  const shownStep = step ? adopt(step, japaneseUrl) : null;
  const stepBlock = document.createElement("div");
  stepBlock.className = "helper-view__step";
  stepBlock.dataset["stepId"] = troubleshooter.step;
  if (shownStep) stepBlock.append(...shownStep.childNodes);
  const heading = host.querySelector("[data-helper-answers-heading]")!;
  return [...marked, stepBlock, ...answersInJapanese(page, heading, troubleshooter.answers, japaneseUrl)];
}

function drawQr(svg: SVGSVGElement, url: string): void {
  const { data, size } = encode(url, { ecc: "M", border: 2 });
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", qrPathData(data));
  path.setAttribute("fill", "currentColor");
  svg.replaceChildren(path);
}

function furiganaSwitch(panel: HTMLElement): void {
  const button = panel.querySelector<HTMLButtonElement>(".helper-view__furigana");
  if (!button || button.dataset["ready"] !== undefined) return;
  button.dataset["ready"] = "";
  let stored: string | null = null;
  try {
    stored = localStorage.getItem("furigana");
  } catch {
    // Storage is blocked: readings start hidden.
  }
  const show = (on: boolean) => {
    panel.dataset["furigana"] = on ? "on" : "off";
    button.setAttribute("aria-pressed", String(on));
  };
  show(stored === "on");
  button.addEventListener("click", () => show(panel.dataset["furigana"] !== "on"));
}

/** Fills the panel and keeps it on the reader's page and step until the returned function stops it. */
export function followReader(host: HTMLElement): () => void {
  const panel = host.querySelector<HTMLElement>(".helper-view__panel")!;
  const content = panel.querySelector<HTMLElement>("[data-helper-content]")!;
  const failed = panel.querySelector<HTMLElement>("[data-helper-failed]")!;
  const open = panel.querySelector<HTMLAnchorElement>("[data-helper-open]")!;
  const qr = panel.querySelector<SVGSVGElement>("[data-helper-qr]")!;
  const japanesePath = host.querySelector<HTMLAnchorElement>("[data-helper-link]")!.getAttribute("href")!;
  furiganaSwitch(panel);
  let shownFor = "";
  const redraw = async () => {
    const url = helperPageUrl(japanesePath, location);
    const key = `${url} ${JSON.stringify(readerTroubleshooter())}`;
    if (key === shownFor) return;
    shownFor = key;
    open.href = url;
    drawQr(qr, url);
    panel.setAttribute("aria-busy", "true");
    try {
      const page = await japanesePage(japanesePath);
      if (shownFor !== key) return;
      content.replaceChildren(...parts(page, host, url));
      failed.hidden = true;
    } catch {
      content.replaceChildren();
      failed.hidden = false;
    } finally {
      panel.removeAttribute("aria-busy");
    }
  };
  // The island re-renders on every step, Back, Start over and Change link: follow what it shows.
  const island = document.querySelector("[data-troubleshooter]");
  const islandHost = island?.closest("astro-island") ?? island;
  const observer = new MutationObserver(() => void redraw());
  if (islandHost) observer.observe(islandHost, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-step-id", "data-answer-value"] });
  const onNavigate = () => void redraw();
  addEventListener("popstate", onNavigate);
  addEventListener("hashchange", onNavigate);
  void redraw();
  return () => {
    observer.disconnect();
    removeEventListener("popstate", onNavigate);
    removeEventListener("hashchange", onNavigate);
  };
}
