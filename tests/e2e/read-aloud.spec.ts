import { expect, test, type Page } from "@playwright/test";
import { locales, localeKeys } from "../../src/lib/i18n/locales.ts";
import { paths } from "../../src/lib/urls.ts";
import { axeViolations } from "./axe.ts";

/** An article every language has, with furigana on its Japanese pages. */
const article = "sns-already-registered";
const readAloudLocales = localeKeys.filter((locale) => locales[locale].furigana);

interface Spoken {
  text: string;
  lang: string;
  /** The highlighted text when the sentence was handed to the voice, readings left out. */
  highlight: string;
}

/**
 * Headless Chromium has no voices: a stand-in `speechSynthesis` with one voice in `voiceLang` records
 * each utterance with the highlight at that moment, and finishes it only when the test says so.
 */
async function stubSpeech(page: Page, voiceLang: string | null): Promise<void> {
  await page.addInitScript((lang) => {
    const spoken: { text: string; lang: string; highlight: string }[] = [];
    const queue: SpeechSynthesisUtterance[] = [];
    const state = { paused: false, cancelled: 0 };
    const voices = lang ? [{ lang, name: "stub", voiceURI: "stub", default: true, localService: true }] : [];
    const highlighted = (): string => {
      const range = [...(CSS.highlights.get("read-aloud") ?? [])][0] as Range | undefined;
      if (!range) return "";
      const copy = range.cloneContents();
      copy.querySelectorAll("rt, rp").forEach((reading) => reading.remove());
      return copy.textContent ?? "";
    };
    const synthesis = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak(utterance: SpeechSynthesisUtterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang, highlight: highlighted() });
        queue.push(utterance);
      },
      pause: () => void (state.paused = true),
      resume: () => void (state.paused = false),
      cancel() {
        state.cancelled += 1;
        queue.length = 0;
      },
    });
    // A real utterance takes only a real voice; the stand-in takes the stand-in's.
    class Utterance extends EventTarget {
      text: string;
      lang = "";
      voice: unknown = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true, writable: true });
    Object.assign(window, {
      speechStub: {
        spoken,
        state,
        /** The voice reaches the end of the sentence it is reading. */
        finish: () => queue.shift()?.dispatchEvent(new Event("end")),
      },
    });
  }, voiceLang);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speechStub: { spoken: Spoken[] } }).speechStub.spoken);
const finishSentence = (page: Page) => page.evaluate(() => (window as unknown as { speechStub: { finish: () => void } }).speechStub.finish());
const speechState = (page: Page) => page.evaluate(() => (window as unknown as { speechStub: { state: { paused: boolean; cancelled: number } } }).speechStub.state);

/** What a sentence sounds like: every word with ruby replaced by its reading. */
const readingOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll("rp").forEach((paren) => paren.remove());
    copy.querySelectorAll("ruby").forEach((ruby) => ruby.replaceWith(ruby.querySelector("rt")?.textContent ?? ""));
    return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  });
const shownText = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll("rt, rp").forEach((reading) => reading.remove());
    return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  });

test("read-aloud speaks the page sentence by sentence in the furigana's readings, highlighting each", async ({ page }) => {
  for (const locale of readAloudLocales) {
    await stubSpeech(page, `${locales[locale].lang}-JP`);
    await page.goto(paths.article(locale, article));
    await page.locator("read-aloud").getByRole("button").first().click();

    // One sentence at a time: the next is handed to the voice only when it has finished the last.
    await expect.poll(() => spoken(page).then((list) => list.length), locale).toBe(1);
    const title = await shownText(page, "main h1");
    for (let count = 1; count < 6 && !(await spoken(page)).some((sentence) => sentence.highlight === title); count += 1) {
      await finishSentence(page);
      await expect.poll(() => spoken(page).then((list) => list.length), locale).toBe(count + 1);
    }
    // and one sentence after the title.
    const upToTitle = (await spoken(page)).length;
    await finishSentence(page);
    await expect.poll(() => spoken(page).then((list) => list.length), locale).toBe(upToTitle + 1);
    const heard = await spoken(page);

    // The title sounds as its furigana say, in the page's voice, while the title in kanji is highlighted.
    const titleSentence = heard.find((sentence) => sentence.highlight === title);
    expect(titleSentence?.text, locale).toBe(await readingOf(page, "main h1"));
    expect(titleSentence?.text, locale).not.toMatch(/\p{Script=Han}/u);
    expect(titleSentence?.lang, locale).toBe(`${locales[locale].lang}-JP`);

    // Sentences come in the order the page shows them, each highlighted in its turn.
    const pageText = (await shownText(page, "main")).replace(/\s+/g, "");
    const positions = heard.map((sentence) => pageText.indexOf(sentence.highlight.replace(/\s+/g, "")));
    expect(positions.every((position) => position >= 0), locale).toBe(true);
    expect(positions, locale).toEqual([...positions].sort((a, b) => a - b));

  }
});

test("the read-aloud button pauses and resumes, and Stop ends the reading and its highlight", async ({ page }) => {
  await stubSpeech(page, `${locales[readAloudLocales[0]!].lang}-JP`);
  await page.goto(paths.article(readAloudLocales[0]!, article));
  const bar = page.locator("read-aloud");
  const stop = bar.getByRole("button").last();
  await bar.getByRole("button").first().focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => spoken(page).then((list) => list.length)).toBe(1);
  await page.keyboard.press("Enter");
  expect((await speechState(page)).paused).toBe(true);
  await page.keyboard.press("Enter");
  expect((await speechState(page)).paused).toBe(false);
  const cancelledBefore = (await speechState(page)).cancelled;
  await stop.click();
  expect((await speechState(page)).cancelled).toBe(cancelledBefore + 1);
  expect(await page.evaluate(() => CSS.highlights.has("read-aloud"))).toBe(false);
  await expect(stop).toBeDisabled();
});

test("the read-aloud bar passes axe while it reads", async ({ page }) => {
  await stubSpeech(page, `${locales[readAloudLocales[0]!].lang}-JP`);
  await page.goto(paths.article(readAloudLocales[0]!, article));
  await page.locator("read-aloud").getByRole("button").first().click();
  await expect.poll(() => spoken(page).then((list) => list.length)).toBe(1);
  expect(await axeViolations(page, "read-aloud bar")).toEqual([]);
});

test("read-aloud is not offered when the browser has no voice for the page's language", async ({ page }) => {
  await stubSpeech(page, "en-US");
  await page.goto(paths.article(readAloudLocales[0]!, article));
  await expect(page.locator("read-aloud")).toBeHidden();
});
