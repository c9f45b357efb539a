import { describe, expect, it } from "vitest";
import { voiceFor } from "../../../src/lib/speech-voice.ts";

describe("voiceFor", () => {
  const voices = [
    { name: "en", lang: "en-US", default: true },
    { name: "ja-1", lang: "ja-JP", default: false },
    { name: "ja-2", lang: "ja_JP", default: true },
  ];
  it("prefers the system's default voice of the language", () => {
    expect(voiceFor(voices, "ja")?.name).toBe("ja-2");
  });
  it("takes the first voice of the language when none is the default", () => {
    expect(voiceFor(voices.slice(0, 2), "ja")?.name).toBe("ja-1");
  });
  it("is null when the browser has no voice for the language", () => {
    expect(voiceFor(voices.slice(0, 1), "ja")).toBeNull();
  });
});
