import type { Attribution } from "./attribution.js";
import type { QuotedSpan } from "./quotes.js";

/** What an attribution says it said: offsets in the sentence, and the words as written. */
export interface Content {
  /** The speaker's words: the longest direct quotation, else the reported clause. */
  quote: string;
  /** The reported clause around the quotation ("that the strikes were 'illegal'"), for reading the stance. */
  clause: string;
  /**
   * True when the cue takes an object, not words ("condemned the strikes", "denied involvement"): the
   * quote is then the reported act from the cue on, which stands only where it takes a position.
   */
  act: boolean;
}

// Cues whose complement is what was said ("said the strikes were illegal"), as opposed to cues that take
// an object ("condemned the strikes", "announced a ceasefire").
const CLAUSE_CUES =
  /^(?:sa(?:y|ys|id)|add(?:s|ed)?|stat(?:e|es|ed)|claim(?:s|ed)?|insist(?:s|ed)?|argu(?:e|es|ed)|warn(?:s|ed)?|not(?:e|es|ed)|explain(?:s|ed)?|assert(?:s|ed)?|alleg(?:e|es|ed)|contend(?:s|ed)?|suggest(?:s|ed)?|predict(?:s|ed)?|wr(?:ite|ites|ote)|tweet(?:s|ed)?|repl(?:y|ies|ied)|acknowledg(?:e|es|ed)|admit(?:s|ted)?|believ(?:e|es|ed)|think|thinks|thought|told|tells?|report(?:s|ed)?|estimat(?:e|es|ed)|conclud(?:e|es|ed)|found|finds?)$/i;

const MIN_WORDS = 3;
// "said of the plan.", "told reporters on Friday.", "called for talks": a complement, not the words.
const COMPLEMENT =
  /^\s*(?:of|about|to|in|into|on|at|for|with|from|during|after|before|by|over|as|through|when|while|up|out|off|back|against|upon)\b/i;
// Cues whose object is the listener: what follows them is who was told, unless "that" opens the words.
const LISTENER = /^(?:told|tells|tell|asked|asks)$/i;
// "said on Friday the …", "said in a statement the …": when and how it was said, ahead of the words.
const SETTING =
  /^\s*(?:(?:on|in|at|during|late|early|last|this|earlier|later)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:\S+\s+){0,2}?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|night|morning|afternoon|evening|week|weekend|month|year|statement|interview|conference|briefing|call|speech|remarks|appearance|post|tweet|letter|email|message|release|twitter|facebook|television|radio|hearing)s?\b,?\s*)+/i;
// Edges that belong to the sentence, not the words: punctuation, a dangling conjunction.
const EDGE = /^[\s,;:.…—–-]+|(?:[\s,;:.…—–-]|\s(?:and|but|or))+$/g;

/**
 * The Content of attribution `i` of a sentence: the words in quotation marks between the neighbouring
 * attributions, else the clause it reports ("X said that CONTENT", "CONTENT, X said", "according to X,
 * CONTENT"). Null when neither holds three words: then what was said is not in the sentence.
 */
export function contentOf(
  sentence: string,
  attributions: Attribution[],
  i: number,
  quoted: QuotedSpan[],
): Content | null {
  const a = attributions[i] as Attribution;
  const [from, to] = rangeOf(sentence, attributions, i);
  // The words after the cue are this source's; before it, only when nothing is quoted after it ("“…,” X said").
  const quote =
    a.kind === "subject"
      ? (directQuote(sentence, quoted, a.verbStart, to, a) ?? directQuote(sentence, quoted, from, a.start, a))
      : directQuote(sentence, quoted, from, to, a);
  const takesObject =
    a.kind === "subject" &&
    !CLAUSE_CUES.test(a.verb ?? "") &&
    !/^[^,"“”;:]{0,60}?\bthat\s/.test(sentence.slice(a.verbStart, to));
  if (takesObject && !quote) {
    // The act ends with its clause: "denied involvement, and an official later said …" is two things.
    const done = tidy(
      sentence.slice(a.verbStart, to).split(/,\s+(?:and|but|while|as)\s|;|\s[—–]\s/)[0] ?? "",
    );
    return done ? { quote: done, clause: done, act: true } : null;
  }
  const clause = reportedClause(sentence, a, from, to);
  if (quote) return { quote, clause: clause ?? quote, act: false };
  return clause ? { quote: clause, clause, act: false } : null;
}

/**
 * The stretch of the sentence that attribution `i` covers: its cue and what follows up to the next
 * attribution ("X said …, while Y said …"), or, when nothing follows the cue ("“…,” X said."), what comes
 * before it from the previous attribution on.
 */
export function regionOf(sentence: string, attributions: Attribution[], i: number): [number, number] {
  const a = attributions[i] as Attribution;
  const [from, to] = rangeOf(sentence, attributions, i);
  if (a.kind !== "subject") return [from, to];
  const verbEnd = a.verbStart + (a.verb?.length ?? 0);
  const after = sentence.slice(verbEnd, to);
  if (/^\s*,/.test(after)) return [from, to]; // "…, the group said, …": an aside inside the words
  return /[\p{L}\p{N}]/u.test(after) ? [Math.min(a.start, a.verbStart), to] : [from, verbEnd];
}

/** From the previous attribution's source to the next one's. */
function rangeOf(sentence: string, attributions: Attribution[], i: number): [number, number] {
  const a = attributions[i] as Attribution;
  const previous = attributions[i - 1];
  const next = attributions[i + 1];
  // The next attribution starts at its source, or at its verb when it shares this one's source.
  const to = !next ? sentence.length : next.start > a.end ? next.start : next.verbStart;
  return [previous ? previous.end : 0, to];
}

/** The longest quotation of at least three words in a sentence with no attribution of its own. */
export function quotationIn(sentence: string, quoted: QuotedSpan[]): string | null {
  return directQuote(sentence, quoted, 0, sentence.length, null);
}

/** The longest quotation of at least three words in [from, to], outside the source, that is not a title. */
function directQuote(
  sentence: string,
  quoted: QuotedSpan[],
  from: number,
  to: number,
  a: Attribution | null,
): string | null {
  let best: string | null = null;
  for (const q of quoted) {
    if (q.end <= from || q.start >= to) continue;
    if (a && q.start < a.end && q.end > a.start) continue; // a quoted name inside the source
    const raw = sentence.slice(Math.max(q.start, from), Math.min(q.end, to));
    // A short quotation is an utterance when it is punctuated as one ("“It's heartbreaking,” she said"),
    // not a phrase in scare quotes.
    const utterance = /^\s*\p{Lu}/u.test(raw) && /[,.!?]\s*$/.test(raw) && !isTitle(raw);
    const words = tidy(raw, utterance ? 2 : MIN_WORDS);
    if (words && !isTitle(words) && (!best || words.length > best.length)) best = words;
  }
  return best;
}

/** The reported clause: after the cue ("said [on Friday] [that] …"), else before the source. */
function reportedClause(sentence: string, a: Attribution, from: number, to: number): string | null {
  if (a.kind === "according-to") {
    return leadIn(sentence.slice(from, a.verbStart)) ?? tidy(sentence.slice(a.end, to));
  }
  if (a.kind === "inverted") return leadIn(sentence.slice(from, a.verbStart));
  const verbEnd = a.verbStart + (a.verb?.length ?? 0);
  const spoken = sentence.slice(verbEnd, to);
  // "…, the governor says - Thousands were at the station": a spaced dash after the cue ends the item (a
  // summary list run into one line); what follows is the next item, not the words.
  if (/^\s+[-–—]\s/.test(spoken)) return leadIn(sentence.slice(from, a.start));
  const after = spoken.replace(SETTING, " ");
  // "said on Friday that …", "told reporters that …": the clause starts after "that".
  const that = after.match(/^[^,"“”;:]{0,60}?\bthat\s+/);
  if (that) return tidy(after.slice(that[0].length)) ?? leadIn(sentence.slice(from, a.start));
  // "CONTENT, the group said, compared with …": the attribution is an aside; the words come before it.
  // A semicolon before it closes someone else's clause ("He did not say X; once …, he said, they would …").
  if (/^\s*,/.test(after)) {
    const before = sentence.slice(from, a.start);
    return leadIn(before.slice(before.lastIndexOf(";") + 1)) ?? tidy(after);
  }
  if (!COMPLEMENT.test(after) && !LISTENER.test(a.verb ?? "")) {
    const body = tidy(after);
    if (body) return body;
  }
  return leadIn(sentence.slice(from, a.start));
}

// "CITY/CITY, Sept 14 (Agency) - ", "CITY -- ": the wire's dateline opening a story is the outlet's, not
// the source's words.
const DATELINE = /^\s*\p{Lu}[\p{Lu}/ .'-]{2,}(?:,[^-–—()]{0,25})?(?:\s*\([^)]{1,40}\))?\s+(?:[-–—]{1,2})\s+/u;

/**
 * The words before a trailing attribution ("CONTENT, X said"): they end in a comma or a closing quote, and
 * do not open with an adverbial lead-in ("In his speech, X said") that is the reporter's, not the source's.
 */
function leadIn(written: string): string | null {
  if (!/(?:,|["”’])\s*$/.test(written)) return null;
  const text = written.replace(DATELINE, "");
  if (
    /^\s*(?:in|on|at|during|after|before|when|while|as|once|if|until|unless|asked|speaking|in an? \w+)\b[^,]*,\s*$/i.test(
      text,
    )
  )
    return null;
  return tidy(text);
}

/** Trims edge punctuation and unmatched quotation marks; null when fewer than three words remain. */
function tidy(text: string, minWords = MIN_WORDS): string | null {
  let t = text.replace(EDGE, "");
  for (let changed = true; changed; ) {
    const before = t;
    if (/^["“”‘’'«»]/.test(t) && !/["“”‘’'«»]/.test(t.slice(1))) t = t.slice(1);
    if (/["“”‘’'«»]$/.test(t) && !/["“”‘’'«»]/.test(t.slice(0, -1))) t = t.slice(0, -1);
    t = t.replace(EDGE, "");
    changed = t !== before;
  }
  return hasWords(t, minWords) ? t : null;
}

/** Whether at least `n` of the text's space-separated pieces hold a letter or a digit (stops at `n`). */
function hasWords(text: string, n: number): boolean {
  let found = 0;
  for (const [piece] of text.matchAll(/\S+/g)) {
    if (/\p{L}|\p{N}/u.test(piece) && ++found >= n) return true;
  }
  return found >= n;
}

/** "Fox News Sunday", "The Art of the Deal": a quoted title, not someone's words. */
function isTitle(words: string): boolean {
  const tokens = words.split(/\s+/);
  const small = /^(?:of|the|a|an|and|in|on|for|to|at|with|by|or)$/;
  return tokens.every((w) => /^\p{Lu}/u.test(w) || small.test(w)) && !/[.!?]$/.test(words);
}
