import type { Document } from "../corpus/document.js";
import { squaredNorm, terms, type Vector, vectorOf } from "../text/similarity.js";

// A corpus may hold several stories. Articles are grouped one at a time: each joins the story whose
// vocabulary it shares most, or starts a new one, so a new article never re-clusters the corpus.
// In a large corpus candidate stories come from an index of centroid terms, probed through the
// article's rarest words: adding an article costs the same in a corpus of a thousand stories or of
// a hundred thousand, instead of a comparison with every story. A small corpus (see BACKGROUND)
// is compared with every story.
//
// Words weigh by their count while the corpus is small. Once it has a background to measure
// rarity against, a word weighs by its (dampened) count times its rarity squared: in a feed of
// thousands of reports, two earthquake stories share "quake", "rescuers" and "toll", and only
// their places and people tell them apart.

/** Cosine between an article and a story's centroid at which the article joins, words weighed by count... */
const JOIN_BY_COUNT = 0.12;
/** ...and words weighed by rarity. */
const JOIN_BY_RARITY = 0.2;
/** Articles the corpus needs before rarity means something. */
const BACKGROUND = 50;
/** Rarity is measured as if this many more articles used none of the words (smooths small counts). */
const PRIOR = 50;
const CENTROID_TERMS = 200;
/** The index holds each story under its weightiest centroid terms... */
const INDEXED_TERMS = 32;
/** ...an article looks for its story through this many of its rarest words... */
const PROBES = 24;
/** ...leaving out words that many stories are indexed under (they tell no story apart)... */
const COMMON = 200;
/** ...and compares itself with at most this many stories, those sharing the most of them. */
const CANDIDATES = 16;

export interface Story {
  id: number;
  documents: Document[];
  centroid: Centroid;
}

/** A story's weightiest terms, heaviest first, in two flat arrays (a Map per story costs three times the memory). */
export interface Centroid {
  terms: string[];
  weights: Float64Array;
  /** Sum of the squared weights, kept so a comparison reads each vector once. */
  norm: number;
}

export interface StoryGrouping {
  /** Stories in the order they were started. */
  stories(): Iterable<Story>;
  storyCount(): number;
  story(id: number): Story | undefined;
  storyOf(docId: string): Story | undefined;
  /** The story an article would join by its words (not by what it copies), if any. */
  closest(doc: Document): Story | undefined;
  /** Adds an article: it joins the closest story or starts one. Returns the story it went to. */
  add(doc: Document): Story;
  /** Swaps in a new version of an article whose text is unchanged (its lineage, say); returns its story. */
  replace(doc: Document): Story | undefined;
  /**
   * Takes an article out. A small corpus is grouped again from the start; in a large one the
   * article's story keeps the rest, with their centroid. Returns the stories that changed.
   */
  remove(docId: string): Story[];
}

const vectorOfDocument = (doc: Document) =>
  vectorOf(terms(`${doc.title} ${doc.paragraphs.map((p) => p.text).join(" ")}`));

function centroidOf(v: Vector): Centroid {
  const kept = [...v.entries()].sort((a, b) => b[1] - a[1]).slice(0, CENTROID_TERMS);
  const weights = Float64Array.from(kept, ([, w]) => w);
  let norm = 0;
  for (const w of weights) norm += w * w;
  return { terms: kept.map(([t]) => t), weights, norm };
}

const vectorOfCentroid = (c: Centroid): Vector => new Map(c.terms.map((t, i) => [t, c.weights[i] ?? 0]));

/** Cosine between an article and a centroid (the article's squared norm given). */
function similarity(v: Vector, norm: number, c: Centroid): number {
  if (norm === 0 || c.norm === 0) return 0;
  let dot = 0;
  for (let i = 0; i < c.terms.length; i++) {
    const x = v.get(c.terms[i] as string);
    if (x !== undefined) dot += x * (c.weights[i] ?? 0);
  }
  return dot / Math.sqrt(norm * c.norm);
}

export function groupStories(documents: Document[] = []): StoryGrouping {
  const stories = new Map<number, Story>();
  const storyOfDoc = new Map<string, Story>();
  /** Centroid term → the stories whose centroid holds it. */
  const postings = new Map<string, Set<Story>>();
  /** Term → how many articles use it: what makes a word distinctive. */
  const articlesWith = new Map<string, number>();
  let nextId = 0;
  let articles = 0;
  let byRarity = false;

  /** The centroid terms the index holds for a story: its weightiest. */
  const indexed = (centroid: Centroid | null) => centroid?.terms.slice(0, INDEXED_TERMS) ?? [];

  const index = (story: Story, before: Centroid | null) => {
    if (!byRarity) return;
    const now = new Set(indexed(story.centroid));
    const was = new Set(indexed(before));
    for (const t of was) if (!now.has(t)) postings.get(t)?.delete(story);
    for (const t of now) {
      if (was.has(t)) continue;
      const set = postings.get(t);
      if (set) set.add(story);
      else postings.set(t, new Set([story]));
    }
  };

  const count = (vector: Vector, by: 1 | -1) => {
    articles += by;
    for (const t of vector.keys()) articlesWith.set(t, (articlesWith.get(t) ?? 0) + by);
  };

  /** Stories sharing the article's rarest words, most shared first; in a small corpus, every story. */
  const candidates = (vector: Vector): Iterable<Story> => {
    if (!byRarity) return stories.values();
    const probes = [...vector.keys()]
      .filter((t) => (postings.get(t)?.size ?? 0) > 0 && (postings.get(t)?.size ?? 0) <= COMMON)
      .sort((a, b) => (articlesWith.get(a) ?? 0) - (articlesWith.get(b) ?? 0) || (a < b ? -1 : 1))
      .slice(0, PROBES);
    const shared = new Map<Story, number>();
    for (const t of probes) for (const s of postings.get(t) ?? []) shared.set(s, (shared.get(s) ?? 0) + 1);
    return [...shared]
      .sort((a, b) => b[1] - a[1] || a[0].id - b[0].id)
      .slice(0, CANDIDATES)
      .map(([s]) => s);
  };

  /** The closest story at or above the threshold; on a tie, the oldest. */
  const closest = (vector: Vector): Story | undefined => {
    const norm = squaredNorm(vector);
    let home: Story | undefined;
    let best = byRarity ? JOIN_BY_RARITY : JOIN_BY_COUNT;
    for (const s of candidates(vector)) {
      const sim = similarity(vector, norm, s.centroid);
      if (sim > best || (sim === best && (!home || s.id < home.id))) {
        best = sim;
        home = s;
      }
    }
    return home;
  };

  const place = (doc: Document, vector: Vector): Story => {
    // A copy goes where its original is.
    const original = doc.derivedFrom === null ? undefined : storyOfDoc.get(doc.derivedFrom);
    const home = original ?? closest(vector);
    if (!home) {
      const story: Story = { id: nextId++, documents: [doc], centroid: centroidOf(vector) };
      stories.set(story.id, story);
      index(story, null);
      return story;
    }
    home.documents.push(doc);
    const before = home.centroid;
    const sum = vectorOfCentroid(before);
    for (const [t, w] of vector) sum.set(t, (sum.get(t) ?? 0) + w);
    home.centroid = centroidOf(sum);
    index(home, before);
    return home;
  };

  const weigh = (counts: Vector): Vector => {
    if (!byRarity) return counts;
    const weighed: Vector = new Map();
    for (const [t, n] of counts) {
      const rarity = Math.log((articles + PRIOR) / ((articlesWith.get(t) ?? 0) + 1));
      weighed.set(t, (1 + Math.log(n)) * rarity * rarity);
    }
    return weighed;
  };

  /** From now on words weigh by rarity: the articles so far are grouped again, once, by the new weights. */
  const measureRarity = () => {
    byRarity = true;
    regroup();
  };

  const add = (doc: Document): Story => {
    const counts = vectorOfDocument(doc);
    count(counts, 1);
    if (!byRarity && articles >= BACKGROUND) measureRarity();
    const story = place(doc, weigh(counts));
    storyOfDoc.set(doc.id, story);
    return story;
  };

  /** Groups every article again in the order they came, as a fresh build would. */
  const regroup = (): Story[] => {
    const byId = new Map([...stories.values()].flatMap((s) => s.documents.map((d) => [d.id, d] as const)));
    const order = [...storyOfDoc.keys()];
    stories.clear();
    postings.clear();
    storyOfDoc.clear();
    for (const id of order) {
      const doc = byId.get(id);
      if (doc) storyOfDoc.set(id, place(doc, weigh(vectorOfDocument(doc))));
    }
    return [...stories.values()];
  };

  const remove = (docId: string): Story[] => {
    const story = storyOfDoc.get(docId);
    if (!story) return [];
    storyOfDoc.delete(docId);
    const gone = story.documents.find((d) => d.id === docId);
    if (gone) count(vectorOfDocument(gone), -1);
    story.documents = story.documents.filter((d) => d.id !== docId);
    // A small corpus is grouped again from the start: cheap, and exactly what a fresh build gives.
    if (!byRarity) return regroup();
    const before = story.centroid;
    if (story.documents.length === 0) {
      stories.delete(story.id);
      for (const t of indexed(before)) postings.get(t)?.delete(story);
      return [];
    }
    // The centroid the rest would have had: their words summed in the order they arrived.
    let centroid: Centroid | null = null;
    for (const d of story.documents) {
      const sum = centroid ? vectorOfCentroid(centroid) : new Map<string, number>();
      for (const [t, w] of weigh(vectorOfDocument(d))) sum.set(t, (sum.get(t) ?? 0) + w);
      centroid = centroidOf(sum);
    }
    story.centroid = centroid ?? before;
    index(story, before);
    return [story];
  };

  for (const d of documents) add(d);
  return {
    stories: () => stories.values(),
    storyCount: () => stories.size,
    story: (id) => stories.get(id),
    storyOf: (id) => storyOfDoc.get(id),
    closest: (doc) => closest(weigh(vectorOfDocument(doc))),
    add,
    replace(doc) {
      const story = storyOfDoc.get(doc.id);
      if (!story) return undefined;
      story.documents = story.documents.map((d) => (d.id === doc.id ? doc : d));
      return story;
    },
    remove,
  };
}
