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

/**
 * A corpus's sentences as sets of interned stems, with each stem's inverse sentence frequency. Flat
 * typed arrays rather than an object per sentence: a corpus of a hundred thousand articles has a
 * million sentences, and this table is held while copies are found.
 */
export interface FingerprintTable {
  /** How many sentences the table holds (sentences with too few content words are left out). */
  count: number;
  /** Per sentence: the document (index) it belongs to. */
  docOf: Int32Array;
  /** Per sentence: where its stems start in `stems`; sentence i's end at `start[i + 1]`. */
  start: Int32Array;
  /** Every sentence's stem ids, each sentence's rarest first. */
  stems: Int32Array;
  /** Per sentence: the summed weight of its stems. */
  mass: Float64Array;
  weight: Float64Array;
  /** How many sentences hold each stem. */
  frequency: Int32Array;
}

const MIN_STEMS = 4;

export function fingerprint(docs: string[][]): FingerprintTable {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const docOf: number[] = [];
  const start: number[] = [0];
  const flat: number[] = [];
  docs.forEach((sentences, doc) => {
    for (const sentence of sentences) {
      const stems = contentStems(sentence);
      if (stems.length < MIN_STEMS) continue;
      for (const stem of stems) {
        let id = ids.get(stem);
        if (id === undefined) {
          id = counts.length;
          ids.set(stem, id);
          counts.push(0);
        }
        counts[id] = (counts[id] ?? 0) + 1;
        flat.push(id);
      }
      docOf.push(doc);
      start.push(flat.length);
    }
  });
  const frequency = Int32Array.from(counts);
  const weight = Float64Array.from(counts, (n) => Math.log((docOf.length + 1) / n));
  const stems = Int32Array.from(flat);
  const mass = new Float64Array(docOf.length);
  for (let i = 0; i < docOf.length; i++) {
    const own = stems.subarray(start[i], start[i + 1]);
    own.sort((a, b) => (frequency[a] ?? 0) - (frequency[b] ?? 0) || a - b);
    for (const id of own) mass[i] = (mass[i] ?? 0) + (weight[id] ?? 0);
  }
  return {
    count: docOf.length,
    docOf: Int32Array.from(docOf),
    start: Int32Array.from(start),
    stems,
    mass,
    weight,
    frequency,
  };
}
