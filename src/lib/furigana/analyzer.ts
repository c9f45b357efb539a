/**
 * The morphological analyzer (kuroshiro with kuromoji), loaded at most once per process and only when
 * some text is not in the reading cache. Build time only: it reads the kuromoji dictionary from disk.
 */
import KuroshiroModule from "kuroshiro";
import KuromojiAnalyzerModule from "kuroshiro-analyzer-kuromoji";

/** One analyzer token: the text as written and its reading in katakana (absent for unknown words). */
export type AnalyzedToken = readonly [surface: string, reading?: string];

interface KuromojiToken {
  surface_form: string;
  reading?: string;
  pos: string;
  pos_detail_1: string;
  basic_form: string;
  verbose: { word_position: number };
}
interface Analyzer {
  parse(text: string): Promise<KuromojiToken[]>;
}
interface Kuroshiro {
  init(analyzer: Analyzer): Promise<void>;
}
type Constructor<T> = new () => T;

// Both packages are CommonJS with a Babel default export: Node's ESM import wraps it once more.
function defaultExport<T>(module: unknown): T {
  return ((module as { default?: T }).default ?? module) as T;
}

let analyzer: Promise<Analyzer> | undefined;

function loadAnalyzer(): Promise<Analyzer> {
  analyzer ??= (async () => {
    const Kuroshiro = defaultExport<Constructor<Kuroshiro>>(KuroshiroModule);
    const KuromojiAnalyzer = defaultExport<Constructor<Analyzer>>(KuromojiAnalyzerModule);
    const instance = new KuromojiAnalyzer();
    await new Kuroshiro().init(instance);
    return instance;
  })();
  return analyzer;
}

/** Tokens whose surfaces, joined, give back `text` exactly. */
export async function analyze(text: string): Promise<AnalyzedToken[]> {
  const tokens = await (await loadAnalyzer()).parse(text);
  const joined = tokens.map((token) => token.surface_form).join("");
  // kuromoji drops nothing in practice; if it ever did, an unannotated text beats a misplaced reading.
  if (joined !== text) return [[text]];
  return tokens.map((token) =>
    token.reading && token.reading !== "*" ? [token.surface_form, token.reading] : [token.surface_form],
  );
}

/** A morpheme with its part of speech, for rules that read grammar (the easy-Japanese linter). */
export interface Morpheme {
  surface: string;
  pos: string;
  posDetail1: string;
  basicForm: string;
  /** Code-unit index of the morpheme in the text. */
  index: number;
}

export async function morphemes(text: string): Promise<Morpheme[]> {
  const tokens = await (await loadAnalyzer()).parse(text);
  return tokens.map((token) => ({
    surface: token.surface_form,
    pos: token.pos,
    posDetail1: token.pos_detail_1,
    basicForm: token.basic_form,
    index: token.verbose.word_position - 1,
  }));
}
