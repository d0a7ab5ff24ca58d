import type { Candidate } from "./centrality.js";

// The facts a story is made of, approximated as pairs of neighbouring content words ("dam burst",
// "13 service", "claimed responsibility"): a pair several independent reports use is a fact they
// agree on, and a summary is worth the agreed facts it covers, each counted once (the concept
// coverage of Gillick & Favre's multi-document summariser). Two sentences that tell the same fact
// in different frames share its pair, so a second one adds nothing and another fact comes in.

export interface Concepts {
  /** Each candidate's concepts, in pool order. */
  of: string[][];
  /** How many independent reports use a concept; 0 when only one does (no agreement). */
  weight: (concept: string) => number;
}

const pairs = (words: string[]): string[] => {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return [...out];
};

export function conceptsOf(pool: Candidate[], rootOf: (doc: string) => string): Concepts {
  // Copies share their sentences' words: each list of words is paired once.
  const paired = new Map<string[], string[]>();
  const of = pool.map((c) => {
    let found = paired.get(c.terms);
    if (!found) {
      found = pairs(c.terms);
      paired.set(c.terms, found);
    }
    return found;
  });
  const reports = new Map<string, Set<string>>();
  pool.forEach((c, i) => {
    const root = rootOf(c.doc);
    for (const k of of[i] ?? []) {
      const set = reports.get(k);
      if (set) set.add(root);
      else reports.set(k, new Set([root]));
    }
  });
  return {
    of,
    weight: (k) => {
      const n = reports.get(k)?.size ?? 0;
      return n > 1 ? n : 0;
    },
  };
}
