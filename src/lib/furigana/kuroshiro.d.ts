// The two packages ship no types; only the parts the furigana analyzer uses are declared.
declare module "kuroshiro" {
  const Kuroshiro: unknown;
  export default Kuroshiro;
}

declare module "kuroshiro-analyzer-kuromoji" {
  const KuromojiAnalyzer: unknown;
  export default KuromojiAnalyzer;
}
