/**
 * Reading level of Japanese text by the readability formula of Tateisi, Ono and Yamada (1988):
 * 建石由佳・小野芳彦・山田尚勇「日本文の読みやすさの評価式」情報処理学会研究報告
 * ヒューマンコンピュータインタラクション 1988-HI-018, pp. 1–8.
 *
 *   RS = −0.12·ls − 1.37·la + 7.4·lh − 23.18·lc − 5.4·lk − 4.67·cp + 115.79
 *
 * ls: mean sentence length in characters; la, lh, lc, lk: mean length of runs of roman letters,
 * hiragana, kanji and katakana; cp: commas (、) per sentence. Higher is easier to read. It needs only
 * the characters, so it runs without a dictionary. Pure.
 */

export interface Readability {
  /** The formula's score; higher is easier. */
  score: number;
  sentences: number;
  /** Mean sentence length in characters (ls). */
  meanSentenceLength: number;
  /** Mean run lengths (la, lh, lc, lk) and commas per sentence (cp). */
  runs: { roman: number; hiragana: number; kanji: number; katakana: number };
  commasPerSentence: number;
  /** Kanji share of the characters, for editors (not part of the formula). */
  kanjiRatio: number;
}

const classes = {
  roman: /[A-Za-zＡ-Ｚａ-ｚ]/,
  hiragana: /[\u3041-\u309F]/,
  kanji: /[\u4E00-\u9FFF々〆]/,
  katakana: /[\u30A1-\u30FAー]/,
} as const;
type CharClass = keyof typeof classes;

function classOf(char: string): CharClass | null {
  for (const name of Object.keys(classes) as CharClass[]) if (classes[name].test(char)) return name;
  return null;
}

const japanese = /[\u3040-\u30FF\u4E00-\u9FFF]/;

/** Markdown and MDX left in a lint text (link targets, emphasis, list and heading marks) are not read. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, "")
    .replace(/[*_`#>|[\]]/g, "")
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, "");
}

/** Sentences: split after 。！？ and at line ends; only pieces with Japanese in them count. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|\n/)
    .map((sentence) => sentence.replace(/\s+/g, ""))
    .filter((sentence) => japanese.test(sentence));
}

export function readability(texts: readonly string[]): Readability {
  const sentences = texts.flatMap((text) => sentencesOf(readableText(text)));
  const runLengths: Record<CharClass, number[]> = { roman: [], hiragana: [], kanji: [], katakana: [] };
  let characters = 0;
  let kanji = 0;
  let commas = 0;
  for (const sentence of sentences) {
    let current: CharClass | null = null;
    let length = 0;
    const close = () => {
      if (current) runLengths[current].push(length);
      current = null;
      length = 0;
    };
    for (const char of sentence) {
      characters += 1;
      if (char === "、" || char === "，") commas += 1;
      const kind = classOf(char);
      if (kind === "kanji") kanji += 1;
      // A long-vowel mark continues a hiragana run too (すごーい).
      const continues = kind === current || (char === "ー" && current === "hiragana");
      if (!continues) {
        close();
        current = kind;
      }
      if (current) length += 1;
    }
    close();
  }
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
  const count = Math.max(sentences.length, 1);
  const ls = characters / count;
  const runs = { roman: mean(runLengths.roman), hiragana: mean(runLengths.hiragana), kanji: mean(runLengths.kanji), katakana: mean(runLengths.katakana) };
  const cp = commas / count;
  const score = -0.12 * ls - 1.37 * runs.roman + 7.4 * runs.hiragana - 23.18 * runs.kanji - 5.4 * runs.katakana - 4.67 * cp + 115.79;
  return { score, sentences: sentences.length, meanSentenceLength: ls, runs, commasPerSentence: cp, kanjiRatio: characters === 0 ? 0 : kanji / characters };
}
