import type { Document } from "./document.js";
import type { CopyLink } from "./syndication.js";

/**
 * Decides which document of each linked pair is the copy, and returns copy id → original id.
 * The copy is the one that credits the other's outlet ("Source: X", "via X", "originally published
 * by X"), or credits a source when the other names none; failing that, the one that looks more
 * like a repost (garbled, wrapped in page chrome, undated); failing that, the later, then the
 * shorter one. Pairs come strongest first, so each copy points at its closest original.
 */
export function assignLineage(docs: Document[], links: CopyLink[]): Map<string, string> {
  const derivedFrom = new Map<string, string>();
  for (const { a, b } of links) {
    const [copy, original] = copyFirst(docs[a], docs[b]);
    if (!copy || !original || derivedFrom.has(copy.id) || leadsTo(derivedFrom, original.id, copy.id))
      continue;
    derivedFrom.set(copy.id, original.id);
  }
  return derivedFrom;
}

function copyFirst(x: Document | undefined, y: Document | undefined): [Document?, Document?] {
  if (!x || !y) return [];
  // A text that credits the other's outlet, or credits a source when the other names no outlet.
  const credits = (d: Document, other: Document) =>
    (d.credits ?? []).some((c) => other.outlet === null || c.toLowerCase() === other.outlet.toLowerCase());
  if (credits(x, y) !== credits(y, x)) return credits(x, y) ? [x, y] : [y, x];
  const repost = repostScore(x) - repostScore(y);
  if (repost !== 0) return repost > 0 ? [x, y] : [y, x];
  if (x.published && y.published && x.published !== y.published)
    return x.published > y.published ? [x, y] : [y, x];
  const size = sentenceCount(x) - sentenceCount(y);
  if (size !== 0) return size < 0 ? [x, y] : [y, x];
  return x.id > y.id ? [x, y] : [y, x];
}

function repostScore(d: Document): number {
  return (
    (d.flags.includes("machine-translation") ? 2 : 0) +
    (d.flags.includes("boilerplate-removed") ? 1 : 0) +
    (d.published === null ? 1 : 0)
  );
}

const sentenceCount = (d: Document) => d.paragraphs.reduce((n, p) => n + p.sentences.length, 0);

/** Whether following derivedFrom from `start` reaches `target` (which would close a cycle). */
function leadsTo(derivedFrom: Map<string, string>, start: string, target: string): boolean {
  const seen = new Set<string>();
  for (let at: string | undefined = start; at !== undefined && !seen.has(at); at = derivedFrom.get(at)) {
    if (at === target) return true;
    seen.add(at);
  }
  return false;
}
