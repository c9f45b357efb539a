// textlint's rule and plugin packages ship no types; the linter passes them on to the kernel as they are.
declare module "textlint-rule-sentence-length" {
  const rule: unknown;
  export default rule;
}
declare module "textlint-rule-max-kanji-continuous-len" {
  const rule: unknown;
  export default rule;
}
declare module "textlint-rule-no-double-negative-ja" {
  const rule: unknown;
  export default rule;
}
declare module "@textlint/textlint-plugin-markdown" {
  const plugin: unknown;
  export default plugin;
}
declare module "@textlint/textlint-plugin-text" {
  const plugin: unknown;
  export default plugin;
}
declare module "textlint-rule-prh" {
  const rule: unknown;
  export default rule;
}
