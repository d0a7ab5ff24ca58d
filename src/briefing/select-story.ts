import MiniSearch from "minisearch";
import { expansionsOf } from "../analysis/aspects/aspect-matcher.js";
import type { Document } from "../corpus/document.js";
import { groupStories } from "./group-stories.js";

// Which documents a topic is about. Names are matched whatever their spelling (apostrophes, accents,
// a letter off), topic words with their newsroom synonyms ("strikes" finds "air raid").

const fold = (term: string) =>
  term.normalize("NFKD").replace(/\p{M}/gu, "").replace(/['’`]/g, "").toLowerCase();

export interface StoryIndex {
  /** The stories of the corpus, each a list of documents. */
  stories: Document[][];
  /** Documents of the stories matching the topic; empty when nothing matches. */
  select(topic: string): Document[];
}

/** Share of the best story's score another story needs to be briefed with it. */
const SHARE_OF_BEST = 0.5;

export function indexStories(documents: Document[]): StoryIndex {
  const search = new MiniSearch<{ id: string; title: string; body: string }>({
    fields: ["title", "body"],
    processTerm: (term) => fold(term),
    searchOptions: { boost: { title: 2 }, fuzzy: 0.2, prefix: true, combineWith: "OR" },
  });
  search.addAll(
    documents.map((d) => ({ id: d.id, title: d.title, body: d.paragraphs.map((p) => p.text).join("\n") })),
  );
  const { stories } = groupStories(documents);
  const storyOf = new Map(stories.flatMap((s) => s.documents.map((d) => [d.id, s] as const)));
  return {
    stories: stories.map((s) => s.documents),
    select(topic) {
      const words = topic.split(/\s+/).filter(Boolean);
      if (words.length === 0) return documents;
      const query = [...words, ...words.flatMap(expansionsOf)].join(" ");
      const scores = new Map<number, number>();
      for (const hit of search.search(query)) {
        const story = storyOf.get(String(hit.id));
        if (story) scores.set(story.id, (scores.get(story.id) ?? 0) + hit.score / story.documents.length);
      }
      const top = Math.max(0, ...scores.values());
      return stories
        .filter((s) => (scores.get(s.id) ?? 0) > 0 && (scores.get(s.id) ?? 0) >= top * SHARE_OF_BEST)
        .flatMap((s) => s.documents);
    },
  };
}
