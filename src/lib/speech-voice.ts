/**
 * Which of the browser's speech-synthesis voices reads a page aloud. Pure: the page script passes
 * `speechSynthesis.getVoices()`.
 */

/** The voice to read a page in `lang` (a BCP-47 tag such as the page's `<html lang>`), or null when the browser has none. */
export function voiceFor<V extends { lang: string; default?: boolean }>(voices: readonly V[], lang: string): V | null {
  const wanted = lang.toLowerCase().split("-")[0]!;
  // Some systems write ja_JP for ja-JP.
  const matching = voices.filter((voice) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === wanted);
  return matching.find((voice) => voice.default) ?? matching[0] ?? null;
}
