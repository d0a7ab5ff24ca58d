// Sentences many articles carry word for word: page chrome the cleaner did not know ("Tweet with a
// location…", an archive's crawl notice, a newsletter plug). They belong to the site, not to any
// story, and articles sharing them would otherwise be grouped as one story. Counted in a fixed-size
// sketch (two hashed counters per sentence, the smaller read), so memory stays bounded however long
// the feed runs; a collision can only make a sentence look more shared than it is.

const SLOTS = 1 << 21;
/** A sentence seen in this many articles is the site's, not a story's (copies of a wire story are linked to their original before grouping, and join its story whatever their words). */
export const SHARED_BY = 3;
/** Shorter sentences ("He said.") say too little to be anyone's chrome. */
const MIN_LENGTH = 8;

const key = (sentence: string) =>
  sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function hashes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [(a >>> 0) % SLOTS, (b >>> 0) % SLOTS];
}

/** Where an article's sentences are counted. */
export type Slots = Iterable<[number, number]>;

export interface SharedSentences {
  /**
   * Counts an article's sentences (each once); `by` -1 takes a removed article's back out. Returns
   * their slots, for `place` (each sentence hashed once).
   */
  count(sentences: string[], by: 1 | -1): Slots;
  /** Whether the sentence is carried by so many articles that it tells nothing about a story. */
  shared(sentence: string): boolean;
  /** Notes the story an article's sentences (their slots, as `count` gave them) went to. */
  place(slots: Slots, story: number): void;
  /**
   * Whether the sentence was first and last seen in one story: a wire copy's line that the story's
   * outlets repeat, where a site's chrome turns up under one story and then another.
   */
  own(sentence: string): boolean;
}

export function sharedSentences(): SharedSentences {
  const first = new Uint16Array(SLOTS);
  const second = new Uint16Array(SLOTS);
  // The story (id + 1; 0 for none) in which a slot's sentence was first and last seen.
  const firstStory = new Int32Array(SLOTS);
  const lastStory = new Int32Array(SLOTS);
  // The sentences of the article last counted, with their slots: it is asked about them next
  // (which are shared, which are one story's own), and keying a sentence is most of the cost.
  let last = new Map<string, [number, number] | null>();
  const seen = (sentence: string): [number, number] | null => {
    const known = last.get(sentence);
    if (known !== undefined) return known;
    const k = key(sentence);
    return k.length < MIN_LENGTH ? null : hashes(k);
  };
  return {
    count(sentences, by) {
      const slots = new Map<string, [number, number]>();
      const keyed = new Map<string, [number, number] | null>();
      for (const s of sentences) {
        const h = seen(s);
        keyed.set(s, h);
        if (h) slots.set(`${h[0]} ${h[1]}`, h);
      }
      last = keyed;
      for (const [a, b] of slots.values()) {
        first[a] = Math.max(0, Math.min(0xffff, (first[a] ?? 0) + by));
        second[b] = Math.max(0, Math.min(0xffff, (second[b] ?? 0) + by));
      }
      return slots.values();
    },
    place(slots, story) {
      for (const [a] of slots) {
        if (firstStory[a] === 0) firstStory[a] = story + 1;
        lastStory[a] = story + 1;
      }
    },
    own(sentence) {
      const h = seen(sentence);
      return h !== null && firstStory[h[0]] !== 0 && firstStory[h[0]] === lastStory[h[0]];
    },
    shared(sentence) {
      const h = seen(sentence);
      return h !== null && Math.min(first[h[0]] ?? 0, second[h[1]] ?? 0) >= SHARED_BY;
    },
  };
}
