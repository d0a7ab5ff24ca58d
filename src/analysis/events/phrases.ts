import { isKnownPlace } from "../../text/gazetteer.js";

// Cutting phrases out of a sentence around an attack word, without a parser: news sentences put the
// attacker before the verb and the target right after it, with place and time in prepositional tails.

/** Where a noun phrase after the verb ends: punctuation, or a word that starts a new part of the clause. */
const PHRASE_END =
  /[,;:()"“”]|\.(?=\s|$)|(?<!belonging|linked|close|next)\sto\s|\sand (?:of|in|to|on)\s|\s(?:in|near|at|on|with|using|against|targeting|buried|located|after|before|since|when|while|as|from|during|killing|wounding|and then|who|that|where|because|amid|across|inside|along|over|following|for|into|this|last|early|late|earlier|later|overnight|yesterday|today|tonight|would|will|could|should)\s|\s(?:on|in) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const TAIL_OF =
  /^\s(?:(?:that|which) (?:were|was|are|is|had been) )?(used by|belonging to|run by|operated by|of|linked to|backed by)\s/;

const TRIM_START =
  /^(?:\s|on\s+(?=[A-Z])|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|evening|night|afternoon))?\s)+/;

/** The noun phrase at the start of `text` ("facilities used by Iran-backed militias in Syria" → up to "in"). */
export function phraseAfter(text: string, maxWords = 10): string | null {
  let rest = text.replace(TRIM_START, "");
  let phrase = "";
  for (let part = 0; part < 2; part++) {
    const end = rest.search(PHRASE_END);
    const chunk = end < 0 ? rest : rest.slice(0, end);
    phrase += chunk;
    rest = rest.slice(chunk.length);
    const tail = TAIL_OF.exec(rest);
    if (!tail) break;
    phrase += tail[0];
    rest = rest.slice(tail[0].length);
  }
  const words = phrase.trim().split(/\s+/).slice(0, maxWords).join(" ");
  const cleaned = words.replace(/\s+(?:and|or|but|that|which|were|was|the|a|an|of|by)$/i, "").trim();
  if (/^(?:in|near|at|on|of|to|from|by|with|down|up|off)\b/i.test(cleaned)) return null;
  // A pronoun names nothing a reader can place ("as it recovers from the storm").
  if (/^(?:it|them|him|her|us|me|you|itself|themselves)$/i.test(cleaned)) return null;
  return cleaned.length > 1 && /[A-Za-z]/.test(cleaned) ? cleaned : null;
}

const CLAUSE_BREAK =
  /[,;:“"(]\s*|\b(?:that|which|who|and|but|after|when|while|as|because|since|said|says|told|if|although|though|whereas)\s|\s[-–—]\s/gi;
// An appositive right before the verb ("DarkSide, a criminal group, was") belongs to the subject before it.
const TRAILING_APPOSITIVE = /,\s+(?:a|an|the|which|who)\s[^,]*,\s*$/i;
const ADVERBIAL_TAIL =
  /\s+(?:on|in|at|early|late|last|this|also|then|again|reportedly|allegedly|had|has|have|would|will|could|already|once|previously|yesterday|today|tonight|later|earlier|since|now|briefly|temporarily|quickly|immediately|swiftly|initially|subsequently|partially|fully)(?:\s+[\w'’.-]+){0,3}\s*$/i;

/** The subject of the clause that ends at `text`'s end ("The US armed forces on Sunday" → "The US armed forces"). */
export function subjectBefore(text: string): string | null {
  // A scare-quoted adverb is no clause break: 'it "mistakenly" struck'.
  const head = text.replace(/\s*["“]\w+ly["”]\s*$/, " ").replace(TRAILING_APPOSITIVE, " ");
  let from = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) from = (m.index ?? 0) + m[0].length;
  // A leading time or place phrase is not the subject: "In December 2019 the US struck…".
  let subject = head
    .slice(from)
    .trim()
    .replace(
      /^(?:In|On|During|Since|After|Before|Last|Earlier|Later|By)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:\d{4}\s+)?(?=(?:the\s+)?[A-Z])/,
      "",
    );
  for (let i = 0; i < 3; i++) subject = subject.replace(ADVERBIAL_TAIL, "").trim();
  // A manner adverb before the verb is not the subject's: "it unintentionally shot down".
  subject = subject.replace(/(\S)\s+[a-z]+ly$/, "$1");
  const words = subject.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 9) return null;
  return subject;
}

const PRONOUN = /^(?:it|they|he|she|we|its|their)$/i;
export const isPronoun = (s: string) => PRONOUN.test(s.trim());

/** "X said it carried out": the pronoun's antecedent is the reporting subject. */
export function reportingSubject(text: string): string | null {
  const m =
    /(?:^|[,;:]\s*)([^,;:]{2,80}?)\s+(?:(?:has|have|had)\s+)?(?:said|says|announced|confirmed|stated|claimed|added|acknowledged|admitted|conceded)\s+(?:that\s+)?(?:it|they)\s+[\w\s"“”]*$/i.exec(
      text,
    );
  return m?.[1]?.trim() ?? null;
}

const PLACE =
  /\b(?:in|near|at|across|along|inside|on)\s+((?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+)?(?:parts of\s+|(?:port|city|town|village|province|region|district) of\s+)?[A-Z][\w.'’-]*(?:[\s-](?:and\s+)?[A-Z][\w'’-]*(?:\.[A-Z]\.?)?){0,3}(?:\s+(?:border(?: region| area| crossing| town)?|region|province|city|area))?)/g;
const NOT_PLACE =
  /^(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Feb|Jan|Dec)\b/;

/** A place phrase as written ("eastern Syria", "the Iraq-Syria border") and where it stands. */
export interface Place {
  text: string;
  start: number;
}

/** Place phrases introduced by a preposition ("in eastern Syria", "near the Iraq-Syria border"). */
export function placesIn(text: string): Place[] {
  return [...text.matchAll(PLACE)]
    .map((m) => ({
      text: (m[1] ?? "")
        .trim()
        .replace(/\.$/, (dot, _at, all: string) => (/\b[A-Z]\.[A-Z]\.$/.test(all) ? dot : "")),
      start: m.index ?? 0,
    }))
    .filter(({ text: p }) => !NOT_PLACE.test(p) && !/-(?:backed|aligned|allied|linked|led)\b/i.test(p))
    .filter(
      ({ text: p }) =>
        /\b(border|region|province|city|town|area|crossing)\b/i.test(p) ||
        p.split(/[\s-]+/).some((w) => isKnownPlace(w)) ||
        isKnownPlace(p),
    );
}
