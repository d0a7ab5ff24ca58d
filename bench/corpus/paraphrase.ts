import type { Random } from "./prng.js";

// Independent reports of one story state the same facts in their own words. Each report picks its
// own wording for common newsroom phrases, so reports share facts without sharing sentences (and
// only real copies look like copies).

const CHOICES: string[][] = [
  ["killed", "left dead"],
  ["injured", "wounded", "hurt"],
  ["people", "residents"],
  ["officials", "authorities"],
  ["on Monday", "early on Monday", "late on Monday"],
  ["hospitals", "medical centres", "clinics"],
  ["rising tension", "mounting tension", "growing friction"],
  ["several", "a number of", "multiple"],
  ["warned", "cautioned"],
  ["called for", "demanded", "urged"],
  ["shortly before", "just before", "moments before"],
  ["the area", "the district", "the surrounding area"],
  ["closed", "shut"],
  ["damaged", "hit"],
  ["the government", "the authorities", "the cabinet"],
  ["searching for", "looking for", "trying to reach"],
  ["in a statement", "in a written statement", "in a short statement"],
  ["the capital", "the country's capital"],
  ["said she saw", "described seeing", "recalled seeing"],
  ["had worried officials for years", "had long worried officials", "was a known risk"],
  ["would remain", "would stay", "was expected to remain"],
  ["for several days", "for days", "for the rest of the week"],
  [
    "they had never seen anything like it",
    "nothing like it had happened before",
    "it was the worst day they could remember",
  ],
  ["stayed shut", "remained closed", "kept their shutters down"],
  [
    "Footage shared online showed",
    "Videos posted on social media showed",
    "Images circulating online showed",
  ],
  ["employs about", "has roughly", "provides work for some"],
  ["most of them from", "many of them living in", "largely drawn from"],
  ["who lives near", "living close to", "whose home is near"],
  ["an analyst at", "a researcher with", "a senior fellow at"],
  ["nearby villages", "surrounding villages", "the countryside around it"],
];

/** A report's own wording: one choice per phrase, applied to every sentence it writes. */
export function wording(random: Random): (sentence: string) => string {
  // Longer phrases first, so "said she saw" is reworded before "said" is.
  const phrases = [...CHOICES].sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0));
  const swaps = phrases.flatMap((options) => {
    const pick = random.pick(options);
    return options.filter((o) => o !== pick).map((o) => [new RegExp(`\\b${o}\\b`, "g"), pick] as const);
  });
  return (sentence) => {
    // Quotations are a source's words: they stay as spoken.
    const parts = sentence.split(/("[^"]*")/);
    return parts
      .map((p) => (p.startsWith('"') ? p : swaps.reduce((s, [re, to]) => s.replace(re, to), p)))
      .join("");
  };
}
