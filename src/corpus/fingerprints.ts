import { ENGLISH_FUNCTION_WORDS } from "../text/language.js";

// Sentence fingerprints for finding copies: the content words of a sentence, crudely stemmed and
// interned as numbers, each weighted by how rare it is across the corpus's sentences. Word
// trigrams were tried first and miss rewrites ("the rescue began even as" / "the rescuing started
// even when"); content words survive rewording and machine translation far better.

/** Quoted words are a source's, not the writer's: every outlet quoting a statement shares them. */
const QUOTED = /“[^”]*”|"[^"]*"/g;

const stem = (word: string) => word.replace(/(?:ing|ed|es|s)$/, "").slice(0, 7);

/** The distinct content-word stems of a sentence, outside quotation marks. */
function contentStems(sentence: string): string[] {
  const words = sentence
    .replace(QUOTED, " ")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !ENGLISH_FUNCTION_WORDS.has(w));
  return [...new Set(words.map(stem))];
}

/** A corpus's sentences as sets of interned stems, with each stem's inverse sentence frequency. */
export interface FingerprintTable {
  /** Per sentence: its owner (document index) and its stems as ids, rarest first. */
  sentences: { doc: number; stems: number[]; mass: number }[];
  weight: Float64Array;
  /** How many sentences hold each stem. */
  frequency: Int32Array;
}

const MIN_STEMS = 4;

export function fingerprint(docs: string[][]): FingerprintTable {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const raw = docs.flatMap((sentences, doc) =>
    sentences
      .map((s) => contentStems(s))
      .filter((stems) => stems.length >= MIN_STEMS)
      .map((stems) => ({
        doc,
        ids: stems.map((s) => {
          let id = ids.get(s);
          if (id === undefined) {
            id = counts.length;
            ids.set(s, id);
            counts.push(0);
          }
          counts[id] = (counts[id] ?? 0) + 1;
          return id;
        }),
      })),
  );
  const frequency = Int32Array.from(counts);
  const weight = Float64Array.from(counts, (n) => Math.log((raw.length + 1) / n));
  const sentences = raw.map(({ doc, ids: stems }) => {
    stems.sort((a, b) => (frequency[a] ?? 0) - (frequency[b] ?? 0) || a - b);
    return { doc, stems, mass: stems.reduce((m, id) => m + (weight[id] ?? 0), 0) };
  });
  return { sentences, weight, frequency };
}
