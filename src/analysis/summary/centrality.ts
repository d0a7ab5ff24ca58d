import type { Document } from "../../corpus/document.js";
import { mapped } from "../../lists.js";
import { foreignFragment } from "../../text/language.js";
import { cosineWithNorms, squaredNorm, terms, type Vector, vectorOf } from "../../text/similarity.js";
import { spacedWords } from "../../text/word-count.js";
import type { StoryContext } from "../story-context.js";

/** A sentence the summary may use, with how widely the reports attest what it says. */
export interface Candidate {
  doc: string;
  /** The source sentence, verbatim: what the citation quotes. */
  text: string;
  /** What the summary shows: the sentence, with a trailing side clause dropped when it is long. */
  shown: string;
  words: number;
  /** Number of other independent reports that say much the same. */
  support: number;
  /** Position of the sentence in its document (0 = lead). */
  position: number;
  /** Garbled, or in another language than its report: used only when nothing clean says it. */
  degraded: boolean;
  /** From a copy of another report: the original is the better citation. */
  copy: boolean;
  vector: Vector;
  /** The sentence's content words in order (`terms`), read once for every measure that needs them. */
  terms: string[];
}

const SIMILAR = 0.3;
/**
 * "..., he said." names its source in the sentence before: alone in a summary, the reader cannot
 * tell who says it.
 */
const PRONOUN_SOURCE = /,\s(?:he|she|they|it)\s(?:said|says|added|adds|told|wrote)\b/i;
/**
 * "The agency said it occurred at a depth of 7 km": what "it" is was said in the sentence before.
 * Only with verbs of a happening, which a speaker does not do ("the ministry said it had carried
 * out strikes" speaks of itself and stands alone).
 */
const PRONOUN_SUBJECT =
  /\b(?:said|says|reported|reports|added|announced)\s(?:that\s)?it\s(?:occurred|happened)\b/i;
/** A line without closing punctuation is a heading, a caption or a live blog's time stamp. */
const CLOSED = /[.!”"’')]\s*$/;
/** Shorter sentences are headings, captions and fragments. */
const MIN_WORDS = 8;
/** Longer sentences in a report's body are lists and run-ons: too long for a short summary. */
const MAX_WORDS = 45;
/**
 * A report's opening sentence packs who, what, when and where into one (the summary lead of the
 * inverted pyramid) and runs longer than the body's: it may take a few more words.
 */
const MAX_LEAD_WORDS = 50;

/**
 * A benchmark's long summary may take what a reader's would not: long sentences and ones that lean
 * on the sentence before.
 */
export interface CandidateRules {
  relaxed: boolean;
}

export function candidates(
  documents: Document[],
  context: StoryContext,
  rules: CandidateRules = { relaxed: false },
): Candidate[] {
  const all: Omit<Candidate, "support" | "vector" | "terms">[] = [];
  // "CITY - ", "CITY (Agency) - ", "CITY, Country, Month 8 (Agency) - ": where and when it was filed.
  const DATELINE = /^[A-Z][A-Z .,/'-]{2,}(?:,\s[A-Z][\w .]{1,30}?){0,2}\s*(?:\([^)]*\))?\s*[-–—:]\s+/;
  // A sentence that leans on the one before it ("But it warned...") cannot stand alone in a summary.
  // "The group has denied …" names its group in an earlier sentence the summary may not hold;
  // "Others …" and "The next day …" count on the people and the day the sentence before named.
  const LEANS_BACK =
    /^(?:But|And|Yet|So|It|They|He|She|This|That|These|Those|Others|However|Still|Meanwhile|Also|The (?:group|militia|movement|faction|organi[sz]ation|outfit|gunmen|suspects?)|The (?:next|following|previous) (?:day|morning|night|week))\b/;
  // "Earlier in the day he authorised …": a pronoun subject behind an opening phrase of time or place.
  const PRONOUN_AFTER_OPENING =
    /^(?:Earlier|Later|On|In|At|After|Before|During|By|Hours|Days|Moments|Shortly)\b[^,.;:"“]{0,40}?,?\s(?:he|she|they)\s/;
  // "In a rare show of cooperation across that divide, …": an opening phrase that points back with
  // a demonstrative names what the sentence before described.
  const DEMONSTRATIVE_OPENING =
    /^(?:In|On|At|After|Before|Across|Despite|Since|With|For|From|By|During|Amid|Under)\b[^,.;:]{0,50}?\b(?:this|that|these|those)\s+(?!the\b|a\b|an\b)\w+[^,.;:]{0,30},/i;
  const bags: string[][] = [];
  // Copies repeat sentences word for word: each text is read once.
  const read = new Map<string, { shown: string; words: number; usable: boolean; bag: string[] | null }>();
  const readText = (text: string) => {
    const cut = withoutSideClause(text.replace(DATELINE, "").replace(ASIDE, " "));
    const shown = spacedWords(cut) >= MIN_WORDS ? cut : text;
    const words = spacedWords(shown);
    // A list item ("- Bomb attack at the gate - 13 killed") is a fact box's fragment, not prose.
    const readable =
      !LEANS_BACK.test(text) &&
      !PRONOUN_AFTER_OPENING.test(text) &&
      !DEMONSTRATIVE_OPENING.test(text) &&
      !PRONOUN_SOURCE.test(text) &&
      !PRONOUN_SUBJECT.test(text) &&
      CLOSED.test(text) &&
      !/^["“]/.test(text) &&
      !/^[-–—•*]\s/.test(text);
    const usable =
      !(words < MIN_WORDS || words > 90 || /\?\s*$/.test(text)) &&
      (rules.relaxed || (readable && words <= MAX_LEAD_WORDS));
    return { shown, words, usable, bag: usable ? terms(text) : null };
  };
  for (const doc of documents) {
    const translated = doc.flags.includes("machine-translation");
    // A report that quotes a passage in another language is still written in its own: only the
    // foreign sentences are unfit, its others are as good as any report's.
    const mixed = doc.flags.includes("mixed-language");
    let position = 0;
    for (const paragraph of doc.paragraphs) {
      for (const { text } of paragraph.sentences) {
        position++;
        let known = read.get(text);
        if (!known) {
          known = readText(text);
          read.set(text, known);
        }
        const { shown, words, usable, bag } = known;
        if (!usable || !bag || (!rules.relaxed && position > 1 && words > MAX_WORDS)) continue;
        const degraded = translated || (mixed && foreignFragment(text, doc.language) !== null);
        all.push({
          doc: doc.id,
          text,
          shown,
          words,
          position: position - 1,
          degraded,
          copy: doc.derivedFrom !== null,
        });
        bags.push(bag);
      }
    }
  }
  // Each term's sentences, and the last sentence that counted it (a term counts once per sentence).
  const df = new Map<string, { n: number; last: number }>();
  bags.forEach((bag, i) => {
    for (const t of bag) {
      const seen = df.get(t);
      if (!seen) df.set(t, { n: 1, last: i });
      else if (seen.last !== i) {
        seen.n++;
        seen.last = i;
      }
    }
  });
  const idf = (t: string) => Math.log(1 + bags.length / (df.get(t)?.n ?? 1));
  // Copies and boilerplate repeat sentences word for word: each distinct text is compared once, and
  // a sentence's support is the reports, other than its own, that hold a text similar to it.
  const roots = mapped(all, (c) => context.rootOf(c.doc));
  const textIds = new Map<string, number>();
  const texts: { vector: Vector; norm: number; roots: Set<string> }[] = [];
  const textOf = mapped(all, (c, i) => {
    let id = textIds.get(c.text);
    if (id === undefined) {
      id = texts.length;
      textIds.set(c.text, id);
      const vector = vectorOf(bags[i] ?? [], idf);
      texts.push({ vector, norm: squaredNorm(vector), roots: new Set() });
    }
    texts[id]?.roots.add(roots[i] as string);
    return id;
  });
  // Only texts that share a term can be similar: compare through a term index, not all pairs.
  const postings = new Map<string, number[]>();
  texts.forEach(({ vector }, u) => {
    for (const t of vector.keys()) {
      const list = postings.get(t);
      if (list) list.push(u);
      else postings.set(t, [u]);
    }
  });
  const seen = new Int32Array(texts.length).fill(-1);
  const similarRoots = mapped(texts, ({ vector, norm }, u) => {
    const found = new Set<string>();
    for (const t of tellingTerms(vector, norm)) {
      for (const v of postings.get(t) ?? []) {
        const other = texts[v];
        if (seen[v] === u || !other) continue;
        seen[v] = u;
        if (cosineWithNorms(vector, norm, other.vector, other.norm) >= SIMILAR) {
          for (const r of other.roots) found.add(r);
        }
      }
    }
    return found;
  });
  // Every analyser after this one reads the list: built in one shape (see lists.ts).
  return mapped(all, (c, i) => {
    const u = textOf[i] as number;
    const found = similarRoots[u] as Set<string>;
    const support = found.size - (found.has(roots[i] as string) ? 1 : 0);
    return {
      doc: c.doc,
      text: c.text,
      shown: c.shown,
      words: c.words,
      position: c.position,
      degraded: c.degraded,
      copy: c.copy,
      support,
      vector: texts[u]?.vector as Vector,
      terms: bags[i] ?? [],
    };
  });
}

/**
 * An aside set off by a pair of dashes ("the 13 soldiers - nine marines and four sailors - were
 * killed"): it details what the sentence has already named, and the sentence reads on without it.
 * One that holds a figure ("- of 6.5 magnitude -") is a fact of its own and stays.
 */
const ASIDE = /\s[-–—]\s[^-–—\d]{3,80}?\s[-–—]\s/g;

/**
 * ", but not exceptionally so" and ", but only for a day" are no side clauses: they qualify the
 * main clause's own claim, which read without them says more than the report does.
 */
const SIDE_CLAUSE = /,\s(?:while|as|but(?!\s(?:not|only)\b)|adding|saying|which|who|amid|even as|pending)\s/g;

/**
 * The sentence up to the first side clause that leaves a main clause long enough to stand as a
 * candidate: a short summary then has room for one more fact. "X claimed the attack, saying it used
 * ten drones, but Y says..." keeps its claim and its figure; "X, who ..., said ..." is left whole.
 */
function withoutSideClause(sentence: string): string {
  for (const m of sentence.matchAll(SIDE_CLAUSE)) {
    // "Ann Vell said her brother, who lived by the river, was missing": a relative clause closed by
    // a comma sits inside the sentence, which goes on after it; cutting there leaves half a clause.
    if (/^,\s(?:which|who)\s/.test(m[0]) && sentence.indexOf(",", m.index + m[0].length) >= 0) continue;
    const head = sentence.slice(0, m.index);
    if (spacedWords(head) >= MIN_WORDS) return /\.$/.test(head) ? head : `${head}.`;
  }
  return sentence;
}

/**
 * The terms a sentence similar to this one must share with it: its weightiest terms, leaving out
 * common ones whose weight together could not reach the similarity threshold on their own (their
 * share of the norm is below SIMILAR). Skipping them skips the long lists of sentences that share
 * only common words, and changes no result.
 */
function tellingTerms(vector: Vector, norm: number): string[] {
  const byWeight = [...vector].sort((a, b) => b[1] - a[1]);
  // A hair below the bound, so rounding can never leave out a term that matters.
  const bound = SIMILAR * SIMILAR * norm * 0.999;
  let rest = 0;
  let keep = byWeight.length;
  while (keep > 0) {
    const w = byWeight[keep - 1]?.[1] ?? 0;
    if (rest + w * w >= bound) break;
    rest += w * w;
    keep--;
  }
  return byWeight.slice(0, keep).map(([t]) => t);
}
