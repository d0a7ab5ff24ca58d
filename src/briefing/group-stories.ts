import type { Document } from "../corpus/document.js";
import { articleTerms, sentencesOf } from "../stories/article-terms.js";
import {
  type Counted,
  cosineWith,
  type Entry,
  grown,
  leadScaled,
  reaching,
  type Weighed,
  weighTerms,
} from "../stories/article-vectors.js";
import {
  CANDIDATES,
  INDEXED_TERMS,
  MIN_TERMS,
  PROBE_DEPTH,
  REGROUP_LIMIT,
  SMALL,
  TUNING,
  type Tuning,
} from "../stories/grouping-settings.js";
import { sharedSentences } from "../stories/shared-sentences.js";
import type { Story, StoryGrouping } from "../stories/story-grouping.js";
import { dayOf, storyTimes } from "../stories/story-times.js";

// A feed holds many stories. Articles are grouped one at a time, as they arrive: each joins the
// story of the earlier article it is most like, or starts a story, so a new article never regroups
// the corpus. Likeness is between articles, not between an article and a story's average: a
// story's average drifts as it grows and ends up like everything (one story swallowing a feed's
// politics), while the reports of one event each share its names and figures with some other report.
// Words weigh by rarity measured on the articles seen so far: two stories in one place share its
// name and their kind of event, and only their rarer words (people, figures, other places) tell
// them apart. Candidates come from an index of each article's weightiest words, so an added article
// costs the same in a corpus of a thousand articles or of a hundred thousand.

export type { Story, StoryGrouping } from "../stories/story-grouping.js";

export function groupStories(documents: Document[] = [], tuning: Tuning = TUNING): StoryGrouping {
  const stories = new Map<number, Story>();
  const entries: Entry[] = [];
  const entryOf = new Map<string, number>();
  const termIds = new Map<string, number>();
  /** Per term: how many articles use it. */
  const df: number[] = [];
  /** Per term: the articles indexed under it. */
  const postings: number[][] = [];
  let articles = 0;
  let nextId = 0;
  let chrome = sharedSentences();
  /** Stories merged into others since the last `add` returned. */
  let merged: Story[] = [];
  const times = storyTimes();

  const idOf = (t: string) => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = df.length;
      termIds.set(t, id);
      df.push(0);
      postings.push([]);
    }
    return id;
  };

  const counted = (doc: Document, intern: boolean): Counted => {
    const out: Counted = { terms: [], counts: [] };
    for (const [t, n] of articleTerms(doc, chrome.shared, chrome.own)) {
      const id = intern ? idOf(t) : termIds.get(t);
      if (id === undefined) continue;
      out.terms.push(id);
      out.counts.push(n);
    }
    return out;
  };

  // A word's rarity is read for every word of every candidate an article is compared with, and only
  // changes when an article comes or goes: it is computed once per word between two changes.
  const rarities: number[] = [];
  const rarityAt: number[] = [];
  let epoch = 0;
  const idf = (term: number) => {
    if (rarityAt[term] === epoch) return rarities[term] as number;
    const r = Math.log((articles + tuning.prior) / ((df[term] ?? 0) + 1));
    const x = tuning.power === 1 ? r : r ** tuning.power;
    rarities[term] = x;
    rarityAt[term] = epoch;
    return x;
  };
  const tfOf = (count: number) => 1 + Math.log(count);
  const weight = (term: number, tf: number) => tf * idf(term);

  const weighed = (c: Counted) => weighTerms(c, tfOf, weight, tuning.kept);

  const lengthFactor = (a: number, b: number) => leadScaled(a, b, tuning.lead);

  /** Per earlier article, what it shares with the one being placed (zero between placements). */
  let probe: Float64Array = new Float64Array(1024);
  /** Whether an earlier article was probed for the one being placed (its share may sum to zero). */
  let probed = new Uint8Array(1024);

  /** The placed article's weight per word id (zero for words it lacks), read by `cosine`. */
  let placing: Float64Array = new Float64Array(1024);

  const cosine = (norm: number, e: Entry) => cosineWith(placing, weight, norm, e);

  /** The stories alike enough to join, most alike first, with their likeness. */
  const nearest = (w: Weighed, length: number, day: number): (readonly [Story, number])[] => {
    // What each probed article shares with this one, summed in a reused array (an article is probed
    // through many words; a map per article added was a fifth of the grouping's time).
    if (probe.length < entries.length) {
      probe = grown(probe, entries.length);
      probed = Uint8Array.from({ length: probe.length }, (_, i) => probed[i] ?? 0);
    }
    const touched: number[] = [];
    for (const t of w.order.slice(0, INDEXED_TERMS)) {
      const list = postings[t] ?? [];
      const x = w.vector.get(t) ?? 0;
      for (let i = Math.max(0, list.length - PROBE_DEPTH); i < list.length; i++) {
        const e = list[i] as number;
        if (probed[e] === 0) {
          probed[e] = 1;
          touched.push(e);
        }
        probe[e] = (probe[e] as number) + x;
      }
    }
    // The best few kept in order as they come: sorting every probed article cost more than comparing them.
    const candidates: number[] = [];
    const before = (a: number, b: number) =>
      (probe[a] as number) > (probe[b] as number) || (probe[a] === probe[b] && a < b);
    for (const e of touched) {
      if (!entries[e]?.alive) continue;
      if (candidates.length === CANDIDATES && !before(e, candidates[CANDIDATES - 1] as number)) continue;
      let i = Math.min(candidates.length, CANDIDATES - 1);
      candidates[i] = e;
      while (i > 0 && before(e, candidates[i - 1] as number)) {
        candidates[i] = candidates[i - 1] as number;
        candidates[--i] = e;
      }
    }
    for (const e of touched) {
      probe[e] = 0;
      probed[e] = 0;
    }
    if (placing.length < df.length) placing = grown(placing, df.length);
    for (const [t, x] of w.vector) placing[t] = x;
    const sims = new Map<Story, number[]>();
    for (const e of candidates) {
      const entry = entries[e] as Entry;
      const list = sims.get(entry.story) ?? [];
      list.push(cosine(w.norm, entry) * lengthFactor(length, entry.length));
      sims.set(entry.story, list);
    }
    for (const t of w.vector.keys()) placing[t] = 0;
    const scored: [Story, number][] = [];
    for (const [story, list] of sims) {
      // The story's reports most like the article, as many as `link` (those not among the candidates count 0).
      const n = Math.min(tuning.link, story.documents.length);
      list.sort((a, b) => b - a);
      scored.push([story, list.slice(0, n).reduce((s, x) => s + x, 0) / n]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0].id - b[0].id);
    const bar = (story: Story) => {
      if (articles < SMALL) return tuning.smallJoin;
      if (times.recent(story.id, articles, tuning.recent)) return tuning.next;
      return tuning.join - times.near(story.id, day) * (tuning.join - tuning.fresh);
    };
    return reaching(scored, bar);
  };

  const add = (doc: Document): Story => {
    merged = [];
    const slots = chrome.count(sentencesOf(doc), 1);
    const c = counted(doc, true);
    articles++;
    epoch++;
    for (const t of c.terms) df[t] = (df[t] ?? 0) + 1;
    const w = weighed(c);
    // A copy goes where its original is.
    const originalEntry = doc.derivedFrom === null ? undefined : entryOf.get(doc.derivedFrom);
    const original = originalEntry === undefined ? undefined : entries[originalEntry]?.story;
    const bare = c.terms.length < MIN_TERMS;
    const day = dayOf(doc);
    const near = original || bare ? [] : nearest(w, c.terms.length, day);
    let story = original ?? near[0]?.[0];
    // An article as like two stories as a story's own reports are like each other shows they are one
    // (an update naming both the attack and the reprisal): they are merged.
    const same = reaching(near, () => tuning.merge);
    if (same.length > 1) story = merge(same.map(([s]) => s));
    if (story) story.documents.push(doc);
    else {
      story = { id: nextId++, documents: [doc] };
      stories.set(story.id, story);
    }
    chrome.place(slots, story.id);
    times.told(story.id, articles, day);
    const index = entries.length;
    entries.push({
      doc,
      story,
      terms: Int32Array.from(w.order),
      tf: Float32Array.from(w.tf),
      length: c.terms.length,
      alive: true,
    });
    entryOf.set(doc.id, index);
    if (!bare) for (const t of w.order.slice(0, INDEXED_TERMS)) postings[t]?.push(index);
    return story;
  };

  /**
   * Stories found to be one become the oldest of them: its id stays, so what was said about it
   * (a digest, a cached briefing keyed by id) still finds it; the others are gone.
   */
  const merge = (same: Story[]): Story => {
    const [into, ...rest] = [...same].sort((a, b) => a.id - b.id) as [Story, ...Story[]];
    for (const other of rest) {
      for (const d of other.documents) {
        const e = entries[entryOf.get(d.id) ?? -1];
        if (e) e.story = into;
      }
      stories.delete(other.id);
      merged.push(other);
      times.merge(into.id, other.id);
    }
    // Reports in the order they arrived, as if they had been one story all along.
    into.documents = [...into.documents, ...rest.flatMap((s) => s.documents)].sort(
      (a, b) => (entryOf.get(a.id) ?? 0) - (entryOf.get(b.id) ?? 0),
    );
    return into;
  };

  const forget = (doc: Document) => {
    articles--;
    epoch++;
    // Read as it would be now: a sentence may have become shared since (a count left a little off).
    for (const t of counted(doc, false).terms) df[t] = Math.max(0, (df[t] ?? 1) - 1);
    chrome.count(sentencesOf(doc), -1);
  };

  const regroup = (): Story[] => {
    const order = entries.filter((e) => e.alive).map((e) => e.doc);
    stories.clear();
    entries.length = 0;
    entryOf.clear();
    termIds.clear();
    df.length = 0;
    postings.length = 0;
    articles = 0;
    times.clear();
    chrome = sharedSentences();
    for (const doc of order) add(doc);
    return [...stories.values()];
  };

  const remove = (docId: string): Story[] => {
    const index = entryOf.get(docId);
    const entry = index === undefined ? undefined : entries[index];
    if (!entry) return [];
    entry.alive = false;
    entryOf.delete(docId);
    forget(entry.doc);
    const story = entry.story;
    story.documents = story.documents.filter((d) => d.id !== docId);
    if (articles < REGROUP_LIMIT) return regroup();
    if (story.documents.length === 0) {
      stories.delete(story.id);
      times.forget(story.id);
      return [];
    }
    return [story];
  };

  for (const d of documents) add(d);
  return {
    stories: () => stories.values(),
    storyCount: () => stories.size,
    story: (id) => stories.get(id),
    storyOf: (id) => {
      const index = entryOf.get(id);
      return index === undefined ? undefined : entries[index]?.story;
    },
    closest: (doc) => {
      const c = counted(doc, false);
      return nearest(weighed(c), c.terms.length, dayOf(doc))[0]?.[0];
    },
    absorbed: () => merged,
    add,
    replace(doc) {
      const index = entryOf.get(doc.id);
      const entry = index === undefined ? undefined : entries[index];
      if (!entry) return undefined;
      entry.doc = doc;
      entry.story.documents = entry.story.documents.map((d) => (d.id === doc.id ? doc : d));
      return entry.story;
    },
    remove,
  };
}
