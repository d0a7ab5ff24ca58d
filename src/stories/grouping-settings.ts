// The settings of story grouping (src/briefing/group-stories.ts). The tunable ones were chosen with
// bench/stories/sweep.ts on NeuS train, Multi-News val and generated corpora (`next` and `recent`
// on NeuS train and Multi-News val, in file and in shuffled order), favouring precision:
// a briefing of two stories mixed is worse than a story briefed in two parts.

export interface Tuning {
  /**
   * Cosine with an earlier article at which an article joins that article's story once the story has
   * gone quiet: high, for a quiet story's next report by loose likeness is more often the next episode
   * of the same people (a bill unveiled, then passed) than the same event; 0.6 leaves no topic on
   * NeuS val briefing two stories (0.45 left six), at the cost of more stories told in parts.
   */
  join: number;
  /** Rarity is measured as if this many more articles used none of the words (smooths small counts). */
  prior: number;
  /** Rarity counts this many times over: squared, two stories sharing common words stay apart. */
  power: number;
  /** How many of a story's reports an article is compared with: 1 for the most alike only. */
  link: number;
  /** Words kept per article for comparisons (its weightiest when it arrived). */
  kept: number;
  /**
   * The join bar while the corpus is small: rarity measured on a few dozen articles (a desk's folder
   * on one event, mostly) makes two reports of one story look less alike than they are.
   */
  smallJoin: number;
  /**
   * Likeness to each of two stories at which an article shows them to be one: as high as a story's
   * own reports are alike, for an article loosely like two stories is more often the next episode
   * of the same people (a nomination, then its hearing) than the report that ties two halves of one
   * event together.
   */
  merge: number;
  /** Distinct words of a lead (headline and first paragraph); 0 compares all lengths alike. */
  lead: number;
  /**
   * The join bar for a story told within FRESH_DAYS of the article's date; halfway between this and
   * `join` when the article is undated and its day is only the feed's present (story-times.ts).
   */
  fresh: number;
  /**
   * The join bar for a story told in the last `recent` arrivals: outlets file on an event as it
   * breaks, so a report arriving among its story's reports needs less to show it belongs there.
   * Not below what two stories of one person told one after another share (a mayor's audit, then
   * her footbridge opening), which tests/stories hold apart.
   */
  next: number;
  /**
   * Arrivals within which a story is still being told (0: no story is fresh by arrival): a few, for
   * in a busy feed a wider window lets any loosely alike report join whatever was told lately.
   */
  recent: number;
}

export const TUNING: Tuning = {
  join: 0.6,
  smallJoin: 0.15,
  prior: 300,
  power: 1,
  link: 10,
  kept: 40,
  merge: 0.5,
  lead: 30,
  fresh: 0.25,
  next: 0.2,
  recent: 3,
};

/** Days either side of an article's date within which a dated story is fresh. */
export const FRESH_DAYS = 2;

/** An article is indexed under this many of its weightiest words, and looks for others through as many. */
export const INDEXED_TERMS = 30;
/**
 * Through each word, only the articles most recently indexed under it are probed: a story running
 * for weeks has hundreds of reports under its names, and its latest are as good a way in as all of
 * them, at a cost that does not grow with the feed.
 */
export const PROBE_DEPTH = 48;
/** Earlier articles compared in full with a new one: those sharing most of its weightiest words. */
export const CANDIDATES = 40;
/** An article with fewer words of its own (outside page chrome) has nothing to tell its story by: it stands alone. */
export const MIN_TERMS = 6;
/**
 * Articles below which a corpus is small: a desk's folder on one event runs to a dozen reports; past
 * twenty it is the start of a feed, where the small corpus's low join bar let two stories of the
 * same people become one before rarity could tell them apart.
 */
export const SMALL = 20;
/** Below this many articles, a removal groups the corpus again: cheap, and what a fresh build gives. */
export const REGROUP_LIMIT = SMALL;
