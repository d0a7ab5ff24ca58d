import type { Candidate } from "./centrality.js";

// The place where it happened, which every independent report names while none names it in its
// lead: the leads describe it ("the world's largest refinery", "a border town") and name it a
// paragraph later ("the fire at Brakholm"), so a summary opened by a lead can leave out the name
// every report gives. A name some lead prints is left to the selection; so are the people and
// capitals every report quotes ("Varnholt denied it"), which are not where it happened.

/** A capitalised word of four letters or more; one that opens its sentence may be any word. */
const NAME_WORD = /\b[A-Z][a-z]{3,}\b/g;
/** Days and months are capitalised without being names: every dated report prints one. */
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
/** Words before a place where something happened: "at", "near", "struck the", "attack on North Fenco's". */
const WHERE_NAME =
  /\b(?:at|in|near|outside|over|on|hit|struck|targeted|attacked)\s+(?:the\s+)?(?:(?:[A-Z]\w*\s+)?\w+['’]s\s+)?([A-Z][a-z]{3,})\b/g;
/** Fewer reports than this agree by chance as much as by the story. */
const MIN_REPORTS = 3;

/** Whether a text prints a name as a word of its own. */
export const prints = (text: string, name: string) => new RegExp(`\\b${name}\\b`).test(text);

/**
 * The names every independent report prints and no report's opening sentence does, most reports
 * as the place where something happened.
 */
export function placesLeadsLeaveOut(
  pool: readonly Pick<Candidate, "doc" | "text" | "position">[],
  rootOf: (doc: string) => string,
): string[] {
  const reports = new Map<string, Set<string>>();
  const asPlace = new Map<string, Set<string>>();
  const roots = new Set<string>();
  for (const c of pool) {
    const root = rootOf(c.doc);
    roots.add(root);
    for (const { 0: name, index } of c.text.matchAll(NAME_WORD)) {
      if (index === 0 || CALENDAR.test(name)) continue;
      const set = reports.get(name) ?? new Set<string>();
      set.add(root);
      reports.set(name, set);
    }
    // One pass for the names written where something happened, not a pattern per name.
    for (const m of c.text.matchAll(WHERE_NAME)) {
      const name = m[1] as string;
      asPlace.set(name, (asPlace.get(name) ?? new Set()).add(root));
    }
  }
  if (roots.size < MIN_REPORTS) return [];
  const leads = pool.filter((c) => c.position === 0);
  return [...reports]
    .filter(([name, set]) => set.size === roots.size && 2 * (asPlace.get(name)?.size ?? 0) > roots.size)
    .filter(([name]) => !leads.some((c) => prints(c.text, name)))
    .map(([name]) => name);
}
