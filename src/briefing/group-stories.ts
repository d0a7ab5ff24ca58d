import type { Document } from "../corpus/document.js";
import { cosine, terms, type Vector, vectorOf } from "../text/similarity.js";

// A corpus may hold several stories. Articles are grouped one at a time: each joins the story whose
// vocabulary it shares most, or starts a new one, so a new article never re-clusters the corpus.

/** Cosine between an article and a story's centroid above which the article belongs to the story. */
const JOIN = 0.12;
const CENTROID_TERMS = 200;

export interface Story {
  id: number;
  documents: Document[];
  centroid: Vector;
}

export interface StoryGrouping {
  stories: Story[];
  /** Adds an article: it joins the closest story or starts one. Returns the story it went to. */
  add(doc: Document): Story;
}

const vectorOfDocument = (doc: Document) =>
  vectorOf(terms(`${doc.title} ${doc.paragraphs.map((p) => p.text).join(" ")}`));

function trim(v: Vector): Vector {
  return new Map([...v.entries()].sort((a, b) => b[1] - a[1]).slice(0, CENTROID_TERMS));
}

export function groupStories(documents: Document[] = []): StoryGrouping {
  const stories: Story[] = [];
  const add = (doc: Document): Story => {
    const vector = vectorOfDocument(doc);
    // A copy goes where its original is.
    const home =
      stories.find((s) => s.documents.some((d) => d.id === doc.derivedFrom)) ??
      stories
        .map((s) => ({ s, sim: cosine(vector, s.centroid) }))
        .filter((x) => x.sim >= JOIN)
        .sort((a, b) => b.sim - a.sim)[0]?.s;
    if (!home) {
      const story = { id: stories.length, documents: [doc], centroid: trim(vector) };
      stories.push(story);
      return story;
    }
    home.documents.push(doc);
    for (const [t, w] of vector) home.centroid.set(t, (home.centroid.get(t) ?? 0) + w);
    home.centroid = trim(home.centroid);
    return home;
  };
  for (const d of documents) add(d);
  return { stories, add };
}
