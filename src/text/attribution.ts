import { NP_ADP, nounPhraseRight, phraseLeft, spaceBefore } from "./noun-phrases.js";
import { isQuoted, type QuotedSpan, quotedSpans } from "./quotes.js";
import { rememberedPerText } from "./remembered.js";
import { type Token, tokenize } from "./tokens.js";
import { REPORTING_VERBS } from "./vocabulary/reporting-verbs.js";

/** Who a sentence says asserts it, as written, and where the attribution sits in the sentence. */
export interface Attribution {
  /** The source as written: "the Syrian Observatory for Human Rights", "US officials", "he". */
  source: string;
  start: number;
  end: number;
  /** The reporting verb as written ("said", "warned"), or null for "according to". */
  verb: string | null;
  /** Offset of the verb (or of "according"). */
  verbStart: number;
  /** "subject" — X said; "inverted" — said X; "according-to" — according to X. */
  kind: "subject" | "inverted" | "according-to";
  /** "X did not say", "X has not commented": the source is named for what it did not assert. */
  negated: boolean;
}

// Tokens that may sit between a subject and its verb: auxiliaries, adverbs, times ("on Friday").
const BETWEEN = new Set(
  "all both not n't never yet want wanted wants to has have had did does do will would could also later earlier then now again previously separately publicly repeatedly further formally officially swiftly quickly immediately initially first last on this monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night week month year".split(
    " ",
  ),
);
// A comma-separated lead-in made of these is a time or place phrase, not a subject ("Late Wednesday, X said").
const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|weekend|january|february|march|april|may|june|july|august|september|october|november|december|late|early|earlier|later|meanwhile|however)$/;
const RELATIVE = new Set(["who", "which", "that"]);
const BOUNDARY = new Set([",", ";", ":", "—", "–", "-", "(", '"', "“", "”", "'", "‘", "’"]);
// A hyphen is a clause break only when spaced ("BEIRUT - The ministry said"), not in "Paris-based".
const isBoundary = (tokens: Token[], i: number) => {
  const t = tokens[i];
  return t !== undefined && BOUNDARY.has(t.text) && (t.text !== "-" || spaceBefore(tokens, i));
};
const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "be"]);
// Verbs that put their subject after them in news copy: "..., said the minister."
const INVERTING = new Set([
  "said",
  "says",
  "added",
  "adds",
  "wrote",
  "writes",
  "asked",
  "explained",
  "noted",
  "warned",
  "announced",
  "declared",
  "continued",
  "replied",
  "tweeted",
]);
const MODALS = new Set(["will", "would", "could", "should", "may", "might", "must", "can", "shall"]);
const CONJ = new Set(["and", "but", "while", "as", "whereas", "so"]);

/** The name of whoever the sentence attributes its content to, as written, or null. */
export function attributionOf(sentence: string): string | null {
  return findAttribution(sentence)?.source ?? null;
}

/**
 * The first attribution of a sentence: "according to X", "X said ...", "..., said X". Remembered
 * per sentence: claims, timings and disputes ask of the same sentences, and copies repeat them.
 * Shared between callers: nothing may change it.
 */
export const findAttribution: (sentence: string) => Attribution | null = rememberedPerText(
  (sentence) => findAttributions(sentence)[0] ?? null,
);

/**
 * Every attribution of a sentence, in order ("X said ..., as Y told ..."). `quoted` gives the sentence's
 * quoted stretches when its paragraph knows better than the sentence alone (a quotation closing here).
 */
export function findAttributions(
  sentence: string,
  quoted: QuotedSpan[] = quotedSpans(sentence),
): Attribution[] {
  const tokens = tokenize(sentence);
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (isQuoted(quoted, t.start)) continue; // "we said" inside a quotation is the speaker's, not the source
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      const np = nounPhraseRight(tokens, i + 2);
      if (np) found.push(make(sentence, tokens, np, null, t.start, "according-to"));
      continue;
    }
    if (!isReportingToken(tokens, i)) continue;
    const own = subjectLeft(tokens, i);
    const subject = own ?? sharedSubject(tokens, i);
    // "X declared mourning and said …": each verb its own attribution; a repeated own subject is one.
    if (own && found.some((f) => f.start === (tokens[own[0]] as Token).start)) continue;
    if (subject) {
      const attribution = make(sentence, tokens, subject, t.text, t.start, "subject");
      // "the administration would respond firmly": a possibility, not something said (but "would not comment" is).
      const modal = tokens.slice(subject[1] + 1, i).some((x) => MODALS.has(x.lower));
      if (!modal || attribution.negated) found.push(attribution);
      continue;
    }
    const prev = tokens[i - 1];
    if (prev && isBoundary(tokens, i - 1) && INVERTING.has(t.lower)) {
      const np = nounPhraseRight(tokens, i + 1);
      // "…, said Norvik was being evacuated": an auxiliary after the phrase makes it the subject of what
      // was said, not the one who said it ("said a message posted on a forum" is still the message).
      const after = np ? tokens[np[1] + 1] : undefined;
      const reported = after?.pos === "AUX" && /^\p{Ll}/u.test(after.text);
      if (np && !reported) found.push(make(sentence, tokens, np, t.text, t.start, "inverted"));
    }
  }
  return found;
}

function make(
  sentence: string,
  tokens: Token[],
  [from, to]: [number, number],
  verb: string | null,
  verbStart: number,
  kind: Attribution["kind"],
): Attribution {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to] as Token).end;
  const v = tokens.findIndex((t) => t.start === verbStart);
  const between = kind === "subject" ? tokens.slice(to + 1, v) : tokens.slice(Math.max(0, v - 3), v);
  const negated = between.some((t) => /^(?:not|n't|never)$/.test(t.lower));
  return { source: sentence.slice(start, end), start, end, verb, verbStart, kind, negated };
}

function isReportingToken(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!REPORTING_VERBS.has(t.lower) || t.lower.endsWith("ing")) return false;
  if (t.pos !== "VERB" && t.pos !== "ADJ" && t.pos !== "AUX") return false;
  // "a group called Ansar", "calling itself": naming, not saying.
  const next = tokens[i + 1];
  if (
    t.lower.startsWith("call") &&
    next &&
    (/^\p{Lu}/u.test(next.text) || /self$|selves$/.test(next.lower))
  ) {
    return false;
  }
  // "an officer accused of excessive force": one accuses someone of something, so "accused of" with no
  // one between is passive, its noun the accused.
  if (t.lower.startsWith("accus") && next?.lower === "of") return false;
  // "were told", "was reported": the subject is the listener or the thing reported, not the source.
  let j = i - 1;
  while (j >= 0 && (tokens[j] as Token).pos === "ADV") j--;
  return !PASSIVE_AUX.has(tokens[j]?.lower ?? "");
}

/** "The ministry offered condolences and said ...": the second verb shares the first one's subject. */
function sharedSubject(tokens: Token[], verb: number): [number, number] | null {
  if (!/^(?:and|but)$/.test(tokens[verb - 1]?.lower ?? "")) return null;
  // The verb it is coordinated with is the nearest one before "and", in the same clause.
  let first = verb - 2;
  while (first > 0 && !["VERB", "AUX"].includes((tokens[first] as Token).pos)) {
    if (isBoundary(tokens, first)) return null;
    first--;
  }
  return first > 0 ? subjectLeft(tokens, first) : null;
}

/** Token range of the subject ending just before the verb at `verb`, if it starts a clause. */
function subjectLeft(tokens: Token[], verb: number): [number, number] | null {
  let end = verb - 1;
  while (end >= 0 && (BETWEEN.has((tokens[end] as Token).lower) || (tokens[end] as Token).pos === "ADV"))
    end--;
  // "the military at first reported": a preposition opening an adverb phrase ends no subject.
  while (end > 0 && (tokens[end] as Token).pos === "ADP" && NP_ADP.has((tokens[end] as Token).lower)) end--;
  if (end < 0) return null;
  if ((tokens[end] as Token).text === ",") return subjectBeforeInsert(tokens, end);
  // "the group, which first reported it": a relative pronoun stands for the phrase before the comma.
  if (end >= 1 && RELATIVE.has((tokens[end] as Token).lower) && (tokens[end - 1] as Token).text === ",") {
    const antecedent = phraseLeft(tokens, end - 2);
    return antecedent !== null && startsClause(tokens, antecedent) ? [antecedent, end - 2] : null;
  }
  const start = phraseLeft(tokens, end);
  if (start === null) return null;
  // "the Taliban, whose spokesman said": the speaker hangs on a phrase the subject does not hold.
  if ((tokens[start] as Token).lower === "whose" || tokens[start - 1]?.lower === "whose") return null;
  if ((tokens[start] as Token).pos === "PRON") return startsClause(tokens, start) ? [start, end] : null;
  const before = tokens[start - 1];
  if (before?.text === "," && start >= 2) {
    // "the chief executive, Jane Doe said": the name and its description together.
    const lead = phraseLeft(tokens, start - 2);
    if (lead !== null && startsClause(tokens, lead) && !isTimePhrase(tokens, lead, start - 2)) {
      // "…, China and others, a source familiar with the plan said": a list's end takes no "a source"
      // in apposition; the indefinite phrase is the subject.
      const list = tokens.slice(lead, start - 1).some((t) => t.lower === "and" || t.lower === "or");
      if (list && /^(?:a|an)$/i.test((tokens[start] as Token).text)) return [start, end];
      return preferName([lead, start - 2], [start, end], tokens);
    }
  }
  if (startsClause(tokens, start)) return [start, end];
  // "On Thursday Marlow told …": a time phrase opening the sentence with no comma is not the subject.
  const lead = tokens[start - 1]?.lower ?? "";
  if (/^(?:on|late|early|last|this)$/.test(lead) && startsClause(tokens, start - 1)) {
    let s = start;
    while (s < end && TIME_WORDS.test((tokens[s] as Token).lower)) s++;
    if (s > start && s <= end) return [s, end];
  }
  return null;
}

/** "X, a monitoring group, said" or "X, speaking to reporters, said": the subject is X (or the name in it). */
function subjectBeforeInsert(tokens: Token[], comma: number): [number, number] | null {
  let k = comma - 1;
  while (k >= 0 && (tokens[k] as Token).text !== ",") {
    if ((tokens[k] as Token).text === ")") while (k > 0 && (tokens[k] as Token).text !== "(") k--;
    else if (isBoundary(tokens, k)) return null;
    k--;
  }
  if (k < 1 || (tokens[k] as Token).text !== ",") return null;
  // "Ana Ruiz, of Springfield, Va., said": a hometown apposition holds a comma of its own.
  if (tokens[k - 2]?.lower === "of" && tokens[k - 3]?.text === "," && tokens[k - 1]?.pos === "PROPN") {
    const lead = phraseLeft(tokens, k - 4);
    if (lead !== null && startsClause(tokens, lead)) return [lead, k - 4];
  }
  let found = phraseLeft(tokens, k - 1);
  if (found === null) return null;
  // Back over a time phrase the noun phrase did not take in ("Late on Thursday Ana Ruiz, …").
  while (found > 0 && /^(?:on|at|in|late|early|last|this)$/.test(tokens[found - 1]?.lower ?? "")) found--;
  if (!startsClause(tokens, found)) return null;
  const lead = afterTimeLead(tokens, found, k - 1);
  if (lead === null) return null;
  const insert = phraseLeft(tokens, comma - 1);
  return insert === k + 1 ? preferName([lead, k - 1], [insert, comma - 1], tokens) : [lead, k - 1];
}

/** Of a phrase and its apposition, the one that names rather than describes ("a monitoring group"). */
function preferName(a: [number, number], b: [number, number], tokens: Token[]): [number, number] {
  const indefinite = (r: [number, number]) => /^(?:a|an)$/i.test((tokens[r[0]] as Token).text);
  if (indefinite(b)) return a;
  if (indefinite(a)) return b;
  return [a[0], b[1]];
}

function startsClause(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before) return true;
  // "Even the ally, …, said": a focusing adverb opening the sentence does not start another clause.
  if (start === 1 && before.pos === "ADV") return true;
  // "CITY -- The ministry said": a doubled dash is a break.
  if (before.text === "--" || (before.text === "-" && tokens[start - 2]?.text === "-")) return true;
  return isBoundary(tokens, start - 1) || CONJ.has(before.lower) || before.pos === "SCONJ";
}

/**
 * "Late on Thursday Ana Ruiz, the director, said": the subject after a time phrase that opens the
 * sentence with no comma; null when the phrase is all time ("Late on Thursday, …").
 */
function afterTimeLead(tokens: Token[], from: number, to: number): number | null {
  let s = from;
  while (
    s <= to &&
    (TIME_WORDS.test((tokens[s] as Token).lower) ||
      /^(?:on|at|in|this|last)$/.test((tokens[s] as Token).lower))
  )
    s++;
  return s <= to && !isTimePhrase(tokens, s, to) ? s : null;
}

function isTimePhrase(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (TIME_WORDS.test((tokens[i] as Token).lower)) return true;
  return false;
}
