// Grouping quality against known stories. Pairwise: of the pairs of articles grouped together, the
// share that truly share a story (precision), and of the pairs truly sharing one, the share grouped
// together (recall). B-cubed: the same asked per article and averaged, so a large story does not
// outweigh many small ones (Bagga & Baldwin 1998). Both come from one contingency table.

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface GroupingScores {
  pairwise: Scores;
  bcubed: Scores;
  stories: number;
  trueStories: number;
  articles: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const scores = (precision: number, recall: number): Scores => ({
  precision,
  recall,
  f1: f1(precision, recall),
});

/** `found` and `truth` give each article's story and true story (same order, same articles). */
export function scoreGrouping(found: string[], truth: string[]): GroupingScores {
  const both = new Map<string, number>();
  const byFound = new Map<string, number>();
  const byTruth = new Map<string, number>();
  for (let i = 0; i < found.length; i++) {
    const f = found[i] ?? "";
    const t = truth[i] ?? "";
    const key = `${f}\u0000${t}`;
    both.set(key, (both.get(key) ?? 0) + 1);
    byFound.set(f, (byFound.get(f) ?? 0) + 1);
    byTruth.set(t, (byTruth.get(t) ?? 0) + 1);
  }
  const sumPairs = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const agree = sumPairs(both);
  // B-cubed: an article's precision is the share of its found story that is of its true story;
  // summed over articles, each cell of n articles contributes n * n / size.
  let bp = 0;
  let br = 0;
  for (const [key, n] of both) {
    const [f, t] = key.split("\u0000") as [string, string];
    bp += (n * n) / (byFound.get(f) ?? 1);
    br += (n * n) / (byTruth.get(t) ?? 1);
  }
  const total = found.length || 1;
  return {
    pairwise: scores(agree / (sumPairs(byFound) || 1), agree / (sumPairs(byTruth) || 1)),
    bcubed: scores(bp / total, br / total),
    stories: byFound.size,
    trueStories: byTruth.size,
    articles: found.length,
  };
}

/** The articles in a seeded random order: a feed where a story's reports do not arrive one after another. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
