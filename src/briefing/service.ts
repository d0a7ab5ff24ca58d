import { headlineOf, mainClause } from "../analysis/summary/headline.js";
import type { BriefingService } from "../commands/briefing-port.js";
import type { AlsoStory, SourcesAnswer } from "../contract/schema.js";
import type { RawArticle } from "../corpus/build-corpus.js";
import type { Document } from "../corpus/document.js";
import { linkArticle } from "../corpus/link-article.js";
import { readArticle } from "../corpus/read-article.js";
import { remember } from "../remember.js";
import { answerSources } from "./answer-sources.js";
import { analyseStory, type StoryAnalysis, stampBriefing } from "./build-briefing.js";
import type { Story } from "./group-stories.js";
import { indexStories } from "./select-story.js";

/** A service over a corpus that grows: articles are added, replaced or removed while it answers. */
export interface CorpusService extends BriefingService {
  /** Reads raw articles, links each to what it copies, and adds them (an id already held is replaced). */
  addArticles(articles: RawArticle[]): Document[];
  /** The same for articles already read (`readArticle`, e.g. in a worker): links and adds them. */
  addRead(documents: Document[]): Document[];
  /** Adds documents already read (an id already held is replaced). */
  upsert(documents: Document[]): void;
  remove(ids: string[]): void;
  /** The documents in the order the service holds them (a replaced one moves to the end). */
  documents(): Document[];
  /** The id of the story an article was grouped into. */
  storyOf(id: string): number | undefined;
  /** Analyses at most `limit` stories not analysed yet; returns how many are left. */
  analysePending(limit?: number): number;
}

export interface ServiceOptions {
  /**
   * "eager" analyses every story when the service is built, so the first command is as fast as the
   * next; "lazy" analyses a story when it is first asked about (or through `analysePending`), so a
   * very large corpus is ready to answer at once and its memory stays bounded. Left unset, a corpus
   * is eager while it holds at most EAGER_LIMIT articles and lazy once it grows past them.
   */
  analyse?: "eager" | "lazy";
  /**
   * Lazy only: how many analysed stories to keep; the least recently asked about is dropped (and
   * analysed again if asked about again), so memory stays bounded however large the corpus.
   */
  keep?: number;
}

/** Analysed stories a lazy service keeps by default. */
export const LAZY_KEEP = 1000;
/** Articles up to which a service analyses eagerly unless told otherwise (about 3 s of analysis). */
export const EAGER_LIMIT = 2000;

/**
 * Up to this many articles, the empty topic and `sources` read the corpus as one story, as the
 * contract says; a bigger corpus is a newsroom's feed, where they read its lead story (the one with
 * the most reports), since a briefing of thousands of reports answers nothing.
 */
export const WHOLE_CORPUS_LIMIT = 200;
/** Sources answers kept for reuse, by aspect. */
const SOURCES_CACHE = 256;
/** How many of the largest stories suggest topics when the corpus is read story by story. */
const TOPIC_STORIES = 5;

/**
 * The core's answer to commands over one corpus. A story is analysed once and cached; adding or
 * removing an article re-analyses only the stories it touches. A command only selects, stamps and
 * renders. `now` is injected so output is reproducible in tests.
 */
export function createBriefingService(
  initial: Document[],
  now: () => Date,
  options: ServiceOptions = {},
): CorpusService {
  const held = new Map(initial.map((d) => [d.id, d]));
  const index = indexStories([...held.values()]);
  const analyses = new Map<number, StoryAnalysis>();
  /** Stories analysed since they last changed, even if their analysis was dropped since. */
  const analysed = new Set<number>();
  const lazy = () => options.analyse === "lazy" || (options.analyse === undefined && held.size > EAGER_LIMIT);
  const answers = new Map<string, SourcesAnswer>();
  let whole: StoryAnalysis | null = null;

  const analysisOf = (story: Story): StoryAnalysis => {
    let analysis = analyses.get(story.id);
    if (!analysis) {
      analysis = analyseStory(story.documents);
      analysed.add(story.id);
    }
    // Set again on every ask: the least recently asked about is the first to drop.
    remember(analyses, story.id, analysis, lazy() ? (options.keep ?? LAZY_KEEP) : Number.POSITIVE_INFINITY);
    return analysis;
  };

  /** The largest stories: the lead story first. */
  const largest = (n: number): Story[] => {
    const top: Story[] = [];
    for (const s of index.stories()) {
      if (top.length === n && s.documents.length <= (top[n - 1]?.documents.length ?? 0)) continue;
      top.push(s);
      top.sort((a, b) => b.documents.length - a.documents.length || a.id - b.id);
      if (top.length > n) top.pop();
    }
    return top;
  };

  /** What the empty topic and `sources` read: the whole corpus while it is small, else the lead story. */
  const scope = (): { documents: Document[]; analysis: StoryAnalysis } => {
    const documents = [...held.values()];
    if (documents.length > WHOLE_CORPUS_LIMIT) {
      const [lead] = largest(1);
      if (lead) return { documents: lead.documents, analysis: analysisOf(lead) };
    }
    const [only] = index.storyCount() === 1 ? index.stories() : [];
    if (only?.documents.every((d, i) => d === documents[i])) {
      return { documents, analysis: analysisOf(only) };
    }
    whole ??= analyseStory(documents);
    return { documents, analysis: whole };
  };

  const topics = (): string[] => {
    const sources =
      held.size > WHOLE_CORPUS_LIMIT ? largest(TOPIC_STORIES).map(analysisOf) : [scope().analysis];
    const events = sources.flatMap((a) => a.events);
    const words = [
      ...events.filter((e) => !e.background).flatMap((e) => [plural(e.action), e.actor, e.location]),
      ...events.flatMap((e) => [plural(e.action)]),
    ].filter((w): w is string => !!w && w.length < 40 && !/^unidentified/.test(w));
    return [...new Map(words.map((w) => [w.toLowerCase(), w])).values()].slice(0, 10);
  };

  const changed = (stories: Story[]) => {
    for (const s of stories) {
      analyses.delete(s.id);
      analysed.delete(s.id);
    }
    answers.clear();
    whole = null;
    if (lazy()) return;
    for (const s of stories) if (index.story(s.id) === s) analysisOf(s);
  };

  const removeOne = (id: string): Story[] => {
    const gone = index.storyOf(id);
    if (!gone) return [];
    held.delete(id);
    const changed = index.remove(id);
    // A story that is gone or was regrouped keeps no analysis.
    for (const key of [...analyses.keys(), ...analysed]) {
      if (index.story(key) === undefined || key === gone.id) {
        analyses.delete(key);
        analysed.delete(key);
      }
    }
    return changed;
  };

  const upsert = (documents: Document[]) => {
    const touched: Story[] = [];
    for (const doc of documents) {
      touched.push(...removeOne(doc.id));
      held.set(doc.id, doc);
      touched.push(...index.add(doc));
    }
    changed([...new Set(touched)]);
  };

  const addRead = (documents: Document[]): Document[] => {
    const added: Document[] = [];
    const touched: Story[] = [];
    for (const read of documents) {
      const neighbours = index.closest(read)?.documents ?? [];
      const lineage = linkArticle(read, neighbours);
      const doc = { ...read, derivedFrom: lineage.get(read.id) ?? null };
      touched.push(...removeOne(doc.id));
      held.set(doc.id, doc);
      touched.push(...index.add(doc));
      // Neighbours linked to it may now copy it (it arrived after its copies), or another.
      for (const n of neighbours) {
        const derivedFrom = lineage.get(n.id);
        if (derivedFrom === undefined || derivedFrom === n.derivedFrom || n.id === doc.id) continue;
        const copy = { ...n, derivedFrom };
        held.set(copy.id, copy);
        const story = index.replace(copy);
        if (story) touched.push(story);
      }
      added.push(doc);
    }
    // Analysed again once per batch, however many of its articles a story took in.
    changed([...new Set(touched)]);
    return added;
  };

  if (!lazy()) {
    // Every story is analysed up front, so the first command is as fast as the next.
    for (const story of index.stories()) analysisOf(story);
    scope();
  }

  return {
    brief(topic) {
      if (topic.trim() === "") return { ok: true, briefing: stampBriefing(scope().analysis, topic, now()) };
      const selected = index.select(topic);
      if (selected.length === 0) return { ok: false, suggestions: topics().slice(0, 5) };
      // One story is briefed, never several mixed: the others the topic fits are named after it.
      const [best, ...others] = selected as [Story, ...Story[]];
      const briefing = stampBriefing(analysisOf(best), topic, now());
      return {
        ok: true,
        briefing: others.length > 0 ? { ...briefing, also: others.map(alsoStory) } : briefing,
      };
    },
    sources(aspect) {
      let answer = answers.get(aspect);
      if (!answer) {
        const { documents, analysis } = scope();
        answer = answerSources(documents, aspect, analysis.discrepancies, now());
        remember(answers, aspect, answer, SOURCES_CACHE);
        return answer;
      }
      return { ...answer, generatedAt: now().toISOString() };
    },
    topics,
    aspects: () => {
      const fromDiscrepancies = scope().analysis.discrepancies.map((d) => d.aspect);
      return [...new Set([...fromDiscrepancies, "casualties", "timing", "reactions"])];
    },
    documentCount: () => held.size,
    documents: () => [...held.values()],
    storyOf: (id) => index.storyOf(id)?.id,
    upsert,
    remove(ids) {
      changed(ids.flatMap(removeOne));
    },
    addArticles(articles) {
      return addRead(articles.map((a) => readArticle(a.id, a.text)));
    },
    addRead,
    analysePending(limit = Number.POSITIVE_INFINITY) {
      let left = 0;
      let done = 0;
      for (const story of index.stories()) {
        if (analysed.has(story.id)) continue;
        if (done < limit) {
          analysisOf(story);
          done++;
        } else left++;
      }
      return left;
    },
  };
}

/** Named without analysing it: a stated title, else the main clause of its first report's opening. */
const alsoNames = new WeakMap<Story, { documents: unknown[]; reports: number; also: AlsoStory }>();
function alsoStory(story: Story): AlsoStory {
  const known = alsoNames.get(story);
  // Grouping adds a report in place and replaces the list on any other change: the name holds
  // while both the list and its length do.
  if (known?.documents === story.documents && known.reports === story.documents.length) return known.also;
  const also = {
    headline: headlineOf(story.documents, []) || mainClause(story.documents[0]?.paragraphs[0]?.text ?? ""),
    reports: story.documents.length,
  };
  alsoNames.set(story, { documents: story.documents, reports: story.documents.length, also });
  return also;
}

const plural = (action: string) => (/(?:s|ing|ware)$/.test(action) ? action : `${action}s`);
