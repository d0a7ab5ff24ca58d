import { cosineWithNorms, squaredNorm } from "../../text/similarity.js";
import type { Candidate } from "./centrality.js";

/**
 * The greatest similarity of a candidate to the sentences told so far (0 when none), `chosen`
 * being only ever added to: each pair is compared once however many rounds the selection takes.
 */
export function overlapReader(chosen: readonly Candidate[]): (c: Candidate) => number {
  const norms = new Map<Candidate, number>();
  const normOf = (c: Candidate) => {
    let norm = norms.get(c);
    if (norm === undefined) {
      norm = squaredNorm(c.vector);
      norms.set(c, norm);
    }
    return norm;
  };
  const known = new Map<Candidate, { upTo: number; max: number }>();
  return (c) => {
    const seen = known.get(c) ?? { upTo: 0, max: 0 };
    for (; seen.upTo < chosen.length; seen.upTo++) {
      const x = chosen[seen.upTo] as Candidate;
      seen.max = Math.max(seen.max, cosineWithNorms(x.vector, normOf(x), c.vector, normOf(c)));
    }
    known.set(c, seen);
    return seen.max;
  };
}
