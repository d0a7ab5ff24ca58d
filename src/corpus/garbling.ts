// Signs of English produced by a literal machine translation. Each is rare in edited English and
// common in garbled copy; one alone proves nothing, so a text is flagged only when several kinds
// turn up often enough. Checked against a hundred edited news articles: none crossed the bar.

const SIGNS: [kind: string, pattern: RegExp][] = [
  // "a inquiry", "a Italian engineer" (not "a one-off", "a European", "a U.S. official")
  ["article before a vowel", /\ba (?!one\b|once\b|[eE]u)[aeioAEIO][a-z]/g],
  // "in 2019.. Local officials", "in the capital. ." (but not an ellipsis)
  ["doubled full stop", /(?<![.[])\.\s?\.(?![.\]])/g],
  // "the spokesman detailed. of the ministry"
  ["sentence broken mid-way", /\b(?!etc\b|vs\b|approx\b|incl\b|al\b|cf\b|est\b)[a-z]{2,}\. [a-z]/g],
  // "residents.”the mayor said", "“”[T]he"
  ["stray quote mark", /”\p{L}|“”/gu],
  // "easy of to find"
  ["'of to'", /\bof to\b/g],
  // "3 million of euros"
  [
    "'million of'",
    /\b\d[\d.,]* (?:million|billion|thousand|hundred) of (?!the\b|its\b|their\b|his\b|her\b|our\b|your\b|them\b|these\b|those\b|which\b|whom\b|this\b|that\b|an?\b|us\b|what\b|it\b)[a-z]/g,
  ],
  // "a bridge of more of 400 metres", "less of 48 hours after"
  ["'more of' a number", /\b(?:more|less) of (?:the )?\d/g],
  // "since the 15 of August"
  [
    "'the N of' a month",
    /\bthe \d{1,2} of (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
  ],
  // "In the Saturday, the ministry …"
  ["'in the' a weekday", /\b[Ii]n the (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g],
  // "the toll is of at least 39 dead, between which 4 children"
  ["'is of' a number", /\b(?:is|was|are|were) of (?:at least |about |around |some |more than )?\d/g],
  ["'between which'", /\bbetween which\b/g],
  // "As result", "has relation with", "From his side,", "In another side,"
  [
    "calqued connective",
    /\b[Aa]s result\b|\b(?:has|have|had) relation (?:with|to)\b|\b(?:From (?:his|her|its|their) side|In another side),/g,
  ],
  // "on the 3 March"
  [
    "'the' before a date",
    /\bthe \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
  ],
  // "exported to United States"
  ["missing 'the'", /\b(?:in|of|from|to|at|by|with|for) United (?:States|Kingdom|Nations|Arab Emirates)\b/g],
  // "the water could still to rise"
  [
    "modal before 'to'",
    /\b(?:could|can|would|will|should|must|may|might) (?:still |also |not |yet |even |never |only )?to [a-z]+/g,
  ],
  // “the minister added: a closing quote rendered as an opening one
  [
    "quote opened on the attribution",
    /“(?:the|he|she|they|it) [^”]{0,30}?(?:said|added|explained|stated|noted)\b/g,
  ],
  // «Name»: guillemets, kept from a source language that quotes with them; edited English never does
  ["guillemets", /«/g],
  // "…", - said the minister: a dash before the attribution, as Slavic languages punctuate it
  [
    "dash before the attribution",
    /["”»],?\s[-–—]\s(?:said|added|declared|stated|noted|explained|he|she|they)\b/g,
  ],
  // "in the night to Saturday", "in the same day"
  [
    "calqued time phrase",
    /\b[Ii]n the (?:night (?:to|on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|same day)\b/g,
  ],
  // "who since eight years suffer": a span told with "since" (French depuis, Italian da, German seit)
  [
    "'since' a span",
    /\bsince (?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|months|weeks|days)\b(?! ago)/g,
  ],
  // "luggages", "informations": a mass noun counted, as the source language counts it
  [
    "counted mass noun",
    /\b(?:luggages|informations|advices|equipments|furnitures|baggages|evidences|feedbacks)\b/g,
  ],
];

const MIN_SIGNS = 3;
const MIN_KINDS = 2;
const MIN_SIGNS_PER_SENTENCE = 0.08;

export interface Garbling {
  /** Each sign found, with the text around it, for a person to check. */
  signs: { kind: string; at: string }[];
  garbled: boolean;
}

/** Looks for signs of literal machine translation in English texts. */
export function findGarbling(texts: string[], sentenceCount: number): Garbling {
  const signs: Garbling["signs"] = [];
  for (const text of texts) {
    for (const [kind, pattern] of SIGNS) {
      for (const m of text.matchAll(pattern))
        signs.push({ kind, at: text.slice(Math.max(0, m.index - 20), m.index + 30) });
    }
  }
  const kinds = new Set(signs.map((s) => s.kind)).size;
  const garbled =
    signs.length >= MIN_SIGNS && kinds >= MIN_KINDS && signs.length >= MIN_SIGNS_PER_SENTENCE * sentenceCount;
  return { signs, garbled };
}
