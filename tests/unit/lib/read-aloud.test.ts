import { describe, expect, it } from "vitest";
import { sentencesOf, type TextPiece } from "../../../src/lib/read-aloud.ts";

const plain = (text: string): TextPiece => ({ shown: text, spoken: text, breakable: true });
const word = (shown: string, reading: string): TextPiece => ({ shown, spoken: reading, breakable: false });

describe("sentencesOf", () => {
  it("speaks a word with ruby by its reading and shows it in kanji", () => {
    const [sentence] = sentencesOf([word("画面", "がめん"), plain("を見ます。")]);
    expect(sentence).toMatchObject({ shown: "画面を見ます。", spoken: "がめんを見ます。" });
  });
  it("ends a sentence after 。 and keeps a closing bracket with it", () => {
    expect(sentencesOf([plain("「はい。」と押します。次へ。")]).map((sentence) => sentence.shown)).toEqual(["「はい。」", "と押します。", "次へ。"]);
  });
  it("ends an English sentence at a full stop followed by a space, not inside an address", () => {
    expect(sentencesOf([plain("Open example.com now. Then log in.")]).map((sentence) => sentence.shown)).toEqual(["Open example.com now.", "Then log in."]);
  });
  it("gives where each sentence starts and ends in the pieces", () => {
    const sentences = sentencesOf([plain("はい。次は"), word("画面", "がめん"), plain("です。")]);
    expect(sentences.map((sentence) => [sentence.start, sentence.end])).toEqual([
      [{ piece: 0, offset: 0 }, { piece: 0, offset: 3 }],
      [{ piece: 0, offset: 3 }, { piece: 2, offset: 3 }],
    ]);
  });
  it("never ends a sentence inside a word with a reading", () => {
    expect(sentencesOf([word("！", "びっくり"), plain("です")])).toHaveLength(1);
  });
  it("leaves out what has nothing to say and tidies spaces", () => {
    expect(sentencesOf([plain("  はい。 \n "), plain(" つぎ\n  です ")]).map((sentence) => sentence.spoken)).toEqual(["はい。", "つぎ です"]);
  });
});
