import MiniSearch from "minisearch";
import { expansionsOf } from "../analysis/aspects/aspect-matcher.js";
import type { Document } from "../corpus/document.js";
import { remember } from "../remember.js";
import { groupStories, type Story } from "./group-stories.js";

// Which stories a topic is about. Names are matched whatever their spelling (apostrophes, accents,
// a letter off), topic words with their newsroom synonyms ("strikes" finds "air raid"). The search
// index holds one entry per story, not per article, so a search weighs stories, and its cost
// follows the number of stories that use the topic's words rather than the size of the corpus.

/** How the search splits text into words, to read the editor's words as the index read the stories'. */
const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

const fold = (term: string) =>
  term.normalize("NFKD").replace(/\p{M}/gu, "").replace(/['’`]/g, "").toLowerCase();

export interface StoryIndex {
  /** The stories of the corpus, oldest first. */
  stories(): Iterable<Story>;
  storyCount(): number;
  story(id: number): Story | undefined;
  storyOf(docId: string): Story | undefined;
  /** The story an article would join by its words, if any. */
  closest(doc: Document): Story | undefined;
  /** The stories matching the topic, best first; empty when nothing matches. */
  select(topic: string): Story[];
  /** Adds an article; returns the stories it changed (the one it joined or started). */
  add(doc: Document): Story[];
  /** Swaps in a new version of an article whose text is unchanged; returns its story. */
  replace(doc: Document): Story | undefined;
  /** Takes an article out; returns the stories that changed. */
  remove(docId: string): Story[];
}

/** Letters a topic word may be off by (a transliterated place name); two would search far more of a large vocabulary. */
const FUZZY = 1;
/** Share of the best story's score another story needs to be named after it ("also: …")... */
const SHARE_OF_BEST = 0.5;
/** ...and how many stories a topic lists at most, the briefed one included. */
const MAX_STORIES = 3;
/**
 * Topics whose stories are remembered until the index next changes. A common word ("strikes")
 * scores every story that uses it, tens of milliseconds at 100k articles, and a newsroom asks the
 * same few topics over and over.
 */
const REMEMBERED_TOPICS = 1024;

/** How many of the best-matching stories are weighed by how many of their reports carry the words. */
const ABOUT_STORIES = 10;
/** Reports of a story read for that, its latest (a long-running story's first ask stays cheap). */
const ABOUT_REPORTS = 16;

/** How many of the words a story's reports carry, on average (its latest reports). */
function aboutness(documents: Document[], words: string[]): number {
  const read = documents.slice(-ABOUT_REPORTS);
  let sum = 0;
  for (const d of read) {
    const has = new Set(tokenize(`${d.title}\n${d.paragraphs.map((p) => p.text).join("\n")}`).map(fold));
    sum += words.filter((w) => has.has(w)).length;
  }
  return read.length === 0 ? 0 : sum / read.length;
}

interface Entry {
  id: number;
  title: string;
  body: string;
}

const entryOf = (id: number, documents: Document[]): Entry => ({
  id,
  title: documents.map((d) => d.title).join("\n"),
  body: documents.map((d) => d.paragraphs.map((p) => p.text).join("\n")).join("\n"),
});

export function indexStories(documents: Document[]): StoryIndex {
  const search = new MiniSearch<Entry>({
    fields: ["title", "body"],
    processTerm: (term) => fold(term),
    searchOptions: { boost: { title: 2 }, combineWith: "OR" },
  });
  const grouping = groupStories(documents);
  // An entry leaves the index by being given back as it went in: the story's article list as it was
  // then (a story grows by appending to it, and is given a new list when an article leaves it).
  const indexed = new Map<number, { documents: Document[]; count: number }>();
  const put = (story: Story) => {
    search.add(entryOf(story.id, story.documents));
    indexed.set(story.id, { documents: story.documents, count: story.documents.length });
  };
  const drop = (id: number) => {
    const was = indexed.get(id);
    if (!was) return;
    search.remove(entryOf(id, was.documents.slice(0, was.count)));
    indexed.delete(id);
  };
  for (const story of grouping.stories()) put(story);

  // Stories changed since they were indexed: indexed again at the next search, once however many
  // articles they took in between (a feed arriving in batches costs one indexing per story).
  const stale = new Set<number>();
  const changed = (stories: Story[]) => {
    for (const s of stories) stale.add(s.id);
    return stories;
  };
  const selections = new Map<string, number[]>();
  const flush = () => {
    if (stale.size > 0) selections.clear();
    for (const id of stale) {
      drop(id);
      const story = grouping.story(id);
      if (story) put(story);
    }
    stale.clear();
  };

  return {
    stories: grouping.stories,
    storyCount: grouping.storyCount,
    story: grouping.story,
    storyOf: grouping.storyOf,
    closest: grouping.closest,
    // A story merged into another leaves the index with it.
    add: (doc) => changed([grouping.add(doc), ...grouping.absorbed()]),
    replace(doc) {
      const story = grouping.replace(doc);
      const was = story && indexed.get(story.id);
      // Same text: the entry is unchanged, only the list it is read back from is new.
      if (story && was) indexed.set(story.id, { documents: story.documents, count: was.count });
      return story;
    },
    remove(docId) {
      const story = grouping.storyOf(docId);
      if (!story) return [];
      stale.add(story.id);
      const after = grouping.remove(docId);
      // A small corpus is grouped again: every story it had leaves the index.
      if (after.some((s) => s !== story)) for (const id of indexed.keys()) stale.add(id);
      return changed(after);
    },
    select(topic) {
      const words = topic.split(/\s+/).filter(Boolean);
      if (words.length === 0) return [];
      flush();
      // Keyed as the search reads it, whatever the case; accents and apostrophes still count.
      const key = words.join(" ").toLowerCase();
      let ids = selections.get(key);
      if (!ids) {
        ids = rank(words);
        remember(selections, key, ids, REMEMBERED_TOPICS);
      }
      return ids.flatMap((id) => grouping.story(id) ?? []);
    },
  };

  /** The ids of the stories the topic's words match, best first. */
  function rank(words: string[]): number[] {
    // The editor's words are matched loosely (spellings, a letter off); their synonyms are
    // vocabulary, matched as words or word starts only, which spares the costliest searches.
    const synonyms = words.flatMap(expansionsOf);
    const hits = search.search({
      combineWith: "OR",
      queries: [
        { queries: [words.join(" ")], fuzzy: 0.2, maxFuzzy: FUZZY, prefix: true },
        ...(synonyms.length > 0 ? [{ queries: [synonyms.join(" ")], fuzzy: false, prefix: true }] : []),
      ],
    });
    // A story that has all the editor's words is the one named, however often another repeats one of
    // them: stories are ranked by how many of the words they have as typed, then by how many they
    // have a letter off or as the start of a longer word (an editor may misspell a name, but
    // "carrier" is not "carries"), then by score.
    const asked = [...new Set(tokenize(words.join(" ")).map(fold))];
    const count = (terms: string[]) => asked.filter((w) => terms.includes(w)).length;
    const ranked = hits
      .map((hit) => ({ hit, exact: count(hit.terms), loose: count(hit.queryTerms), about: 0 }))
      .sort((a, b) => b.exact - a.exact || b.loose - a.loose || b.hit.score - a.hit.score);
    // Among the best few, a story is about what its reports say, not what one of them mentions in
    // passing: of two stories with as many of the words, the one whose reports carry more of them on
    // average is the one named. A story that wrongly took in another's reports is, by that measure,
    // less about either.
    const head = ranked.slice(0, ABOUT_STORIES);
    for (const h of head) h.about = aboutness(grouping.story(h.hit.id as number)?.documents ?? [], asked);
    head.sort(
      (a, b) => b.exact - a.exact || b.about - a.about || b.loose - a.loose || b.hit.score - a.hit.score,
    );
    const best = [...head, ...ranked.slice(ABOUT_STORIES)].map(({ hit }) => hit);
    const top = best[0]?.score ?? 0;
    return best
      .filter((hit) => hit.score > 0 && hit.score >= top * SHARE_OF_BEST)
      .slice(0, MAX_STORIES)
      .map((hit) => hit.id as number);
  }
}
