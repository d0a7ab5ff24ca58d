import MiniSearch from "minisearch";
import { expansionsOf } from "../analysis/aspects/aspect-matcher.js";
import type { Document } from "../corpus/document.js";
import { remember } from "../remember.js";
import { terms } from "../text/similarity.js";
import { stemOf } from "../text/word-stem.js";
import { groupStories, type Story } from "./group-stories.js";
import { fold, tokenize, topicFit, topicWords } from "./topic-fit.js";

// Which stories a topic is about. Names are matched whatever their spelling (apostrophes, accents,
// a letter off), topic words with their newsroom synonyms ("strikes" finds "air raid"). The search
// index holds one entry per story, not per article, so a search weighs stories, and its cost
// follows the number of stories that use the topic's words rather than the size of the corpus.

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

/** How many of the best-matching stories are weighed by what their reports say (topic-fit.ts). */
const FIT_STORIES = 20;
/** Weight of the search's own score (its log) beside that fit: names a letter off, synonyms, repeats. */
const SEARCH_WEIGHT = 0.5;

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
    // The search finds the stories; the first few by how many of the editor's words they have (as
    // typed, then a letter off or as the start of a longer word) are weighed by how well their
    // reports carry the words. Of a story where one report mentions them in passing and one whose
    // reports all tell of them in other forms ("approved" for "approves"), the second is named.
    const asked = [...new Set(tokenize(words.join(" ")).map(fold))];
    const count = (found: string[]) => asked.filter((w) => found.includes(w)).length;
    const ranked = hits
      .map((hit) => ({ hit, exact: count(hit.terms), loose: count(hit.queryTerms), fit: 0 }))
      .sort((a, b) => b.exact - a.exact || b.loose - a.loose || b.hit.score - a.hit.score);
    // A word's rarity counts the stories that use it in some form ("ports" for "port"), not those
    // the search found by a longer word it begins ("portrait") or a word a letter off ("sport"): a
    // short word would otherwise pass for a common one. Stopwords and lone letters ("'s") say nothing.
    const storiesWith = new Map<string, number>();
    for (const hit of hits)
      for (const stem of new Set(hit.terms.map(stemOf)))
        storiesWith.set(stem, (storiesWith.get(stem) ?? 0) + 1);
    const content = topicWords(
      asked.filter((w) => terms(w).length > 0),
      grouping.storyCount(),
      (w) => storiesWith.get(stemOf(w)) ?? 0,
    );
    const head = ranked.slice(0, FIT_STORIES);
    for (const h of head) {
      const documents = grouping.story(h.hit.id as number)?.documents ?? [];
      h.fit = topicFit(documents, content) + SEARCH_WEIGHT * Math.log(1 + h.hit.score);
    }
    head.sort((a, b) => b.fit - a.fit || b.hit.score - a.hit.score);
    const best = [...head, ...ranked.slice(FIT_STORIES)].map(({ hit }) => hit);
    const top = best[0]?.score ?? 0;
    return best
      .filter((hit) => hit.score > 0 && hit.score >= top * SHARE_OF_BEST)
      .slice(0, MAX_STORIES)
      .map((hit) => hit.id as number);
  }
}
