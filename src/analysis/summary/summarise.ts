import type { BriefingEvent, Discrepancy, Reaction, SummarySentence } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { kept, mapped } from "../../lists.js";
import { spacedWords } from "../../text/word-count.js";
import type { StoryContext } from "../story-context.js";
import { type StoryAspects, storyAspects } from "./aspects.js";
import { type Candidate, candidates } from "./centrality.js";
import {
  disownedSentence,
  figuresSentence,
  latestToll,
  reactionSentence,
  responsibilitySentence,
  sureDispute,
} from "./composed.js";
import { conceptsOf } from "./concepts.js";
import { expectedOverlap, FEATURES, featuresOf } from "./features.js";
import { fillerWeight } from "./filler.js";
import { overlapReader } from "./overlap.js";
import { placesLeadsLeaveOut, prints } from "./unnamed-place.js";
import { WEIGHTS } from "./weights.js";

// A summary an editor reads in twenty seconds, whatever the story: the sentences expected to carry
// most of what the reports agree is central (a learned scorer), no two saying the same, as long as
// the material warrants, ordered as a paragraph. A sure dispute over a figure and who condemned the
// main act are stated in our words, each part cited to its verbatim source sentence.

const MAX_WORDS = 120;
const MIN_SENTENCES = 3;
const MAX_SENTENCES = 6;
/** A summary is at most this share of what it summarises: three short leads need no 120 words. */
const COMPRESSION = 0.45;
const MIN_WORDS = 60;
/** How much more a sentence about the main event is worth. */
const MAIN_EVENT = 2;
/** A report's opening sentence states its news (the inverted pyramid): worth this much more. */
const LEAD = 1.5;
/** The weight of a report's second sentence against another report's first. */
const SAME_REPORT = 0.75;
/**
 * How strongly a sentence's worth falls with the share of its agreed facts already told: fully
 * (1) drops what outlets repeat, which short stories' editors repeat too (NeuS train: 0.5 best).
 * A benchmark's long summary has room to retell a central fact with its details: there it is 0
 * (MultiLing and the Multi-News training half lost with it).
 */
const NOVELTY = 0.5;
/** Two sentences this similar say the same thing. */
export const REPEATS = 0.35;
/**
 * How much more a sentence is worth that tells one of the story's other events (what followed the
 * main one: an arrest, a retaliation, a second quake, a find), or in a short summary one of the facts
 * a reader asks next (`ASPECTS`) or the place the leads leave unnamed, while no chosen sentence
 * tells it yet.
 */
const NEW_EVENT = 3;

/**
 * A sentence that states a side of who did it ("Norland denied any role", "the ministry dismissed
 * the accusations as lies"): the composed "Who was responsible is disputed" line sums up every side,
 * so quoting one of them again retells it, whichever report's words it uses.
 */
const SIDE_OF_RESPONSIBILITY =
  /\b(?:claimed (?:responsibility|the attacks?|credit)|den(?:y|ies|ied|ying) (?:any |all )?(?:involvement|role|responsibility|part|links?)|(?:dismissed|rejected|denied) (?:the |these |those )?(?:\w+ ){0,2}(?:accusations?|allegations?|claims?|charges?))\b/i;

interface Inputs {
  documents: Document[];
  context: StoryContext;
  events: BriefingEvent[];
  reactions: Reaction[];
  discrepancies: Discrepancy[];
}

interface Scored {
  c: Candidate;
  value: number;
}

const weights = FEATURES.map((f) => WEIGHTS[f]);
const wordCount = (s: SummarySentence) => spacedWords(s.text);
const fromCandidate = (c: Candidate): SummarySentence => ({
  text: c.shown,
  citations: [{ doc: c.doc, quote: c.text }],
});

/** Words in the distinct, independent reports: the material the summary condenses. */
function material(documents: Document[], context: StoryContext): number {
  let words = 0;
  for (const d of documents) {
    if (context.rootOf(d.id) !== d.id) continue;
    for (const p of d.paragraphs) words += spacedWords(p.text);
  }
  return words;
}

/**
 * The product's summary stays within its cap. A benchmark's is filled: its last sentence may run
 * past the cap, where the scorer cuts it.
 */
const fits = (words: number, more: number, cap: number, sentences: number) =>
  sentences === MAX_SENTENCES ? words + more <= cap : words < cap;

/** Greedy selection: the most expected overlap not said already, while it fits the length. */
function select(
  ranked: Scored[],
  budget: number,
  limits: { words: number; sentences: number },
  taken: SummarySentence[],
  concepts: { of: Map<Candidate, string[]>; weight: (k: string) => number },
  firsts: Candidate[],
  story: { told: Candidate[]; events: Set<string>[]; names: string[]; aspects: StoryAspects },
): Candidate[] {
  // Copied into literals and read by loops, not spread or mapped (see lists.ts). What the composed
  // sentences tell is told: a sentence repeating it is compared with them too.
  const chosen = mapped(firsts, (c) => c);
  const said = mapped([...story.told, ...chosen], (c) => c);
  const covered = new Set<string>(said.flatMap((c) => concepts.of.get(c) ?? []));
  const opensEvent = (c: Candidate) =>
    story.events.some((quotes) => quotes.has(c.text) && !chosen.some((x) => quotes.has(x.text)));
  // An aspect told by a chosen or composed sentence is told.
  const toldAspects = new Set<RegExp>();
  for (const s of taken) for (const a of story.aspects.of(s.text)) toldAspects.add(a);
  for (const c of chosen) for (const a of story.aspects.of(c.text)) toldAspects.add(a);
  // So is the place every report names and no lead does, once a chosen or composed sentence names it.
  let unnamed = kept(
    story.names,
    (n) => !taken.some((s) => prints(s.text, n)) && !chosen.some((c) => prints(c.text, n)),
  );
  const opensAspect = (c: Candidate) =>
    story.aspects.of(c.text).some((a) => !toldAspects.has(a)) || unnamed.some((n) => prints(c.text, n));
  const overlapWithSaid = overlapReader(said);
  // A candidate's concepts that several reports share, with their weights, read once: the others
  // weigh nothing, told or not.
  const agreedConcepts = new Map<Candidate, { agreed: { k: string; w: number }[]; all: number }>();
  const agreedOf = (c: Candidate) => {
    let known = agreedConcepts.get(c);
    if (!known) {
      known = { agreed: [], all: 0 };
      for (const k of concepts.of.get(c) ?? []) {
        const w = concepts.weight(k);
        known.all += w;
        if (w !== 0) known.agreed.push({ k, w });
      }
      agreedConcepts.set(c, known);
    }
    return known;
  };
  let words = taken.reduce((a, s) => a + wordCount(s), 0) + firsts.reduce((a, c) => a + c.words, 0);
  while (chosen.length + taken.length < limits.sentences) {
    // Three sentences at least, within the hard cap; beyond them, only within the material's budget.
    const cap = chosen.length + taken.length < MIN_SENTENCES ? limits.words : budget;
    let best: Scored | undefined;
    let bestGain = 0;
    for (const s of ranked) {
      if (!fits(words, s.c.words, cap, limits.sentences) || chosen.includes(s.c)) continue;
      const overlap = overlapWithSaid(s.c);
      if (overlap > REPEATS) continue;
      // A report already quoted weighs less, so each report's own part of the story comes in; once
      // quoted, it weighs no less for a third sentence (long benchmark summaries need many).
      const fromSame = chosen.some((x) => x.doc === s.c.doc) ? 1 : 0;
      const lead = s.c.position === 0 ? LEAD : 1;
      const { agreed, all } = agreedOf(s.c);
      let fresh = 0;
      for (const { k, w } of agreed) if (!covered.has(k)) fresh += w;
      // The share of the sentence's agreed facts not told yet (a fact is a word pair outlets share).
      const novelty = ((fresh + 1) / (all + 1)) ** (limits.words > MAX_WORDS ? 0 : NOVELTY);
      const event = opensEvent(s.c) || (limits.words <= MAX_WORDS && opensAspect(s.c)) ? NEW_EVENT : 1;
      // A short summary has no room for filler; a benchmark's long one is scored on its words.
      const filler = limits.words > MAX_WORDS ? 1 : fillerWeight(s.c.text);
      const gain =
        (s.value / s.c.words) * (1 - overlap) * novelty * SAME_REPORT ** fromSame * lead * event * filler;
      if (gain > bestGain) {
        best = s;
        bestGain = gain;
      }
    }
    if (!best) break;
    chosen.push(best.c);
    for (const a of story.aspects.of(best.c.text)) toldAspects.add(a);
    unnamed = unnamed.filter((n) => !prints(best.c.text, n));
    said.push(best.c);
    for (const k of concepts.of.get(best.c) ?? []) covered.add(k);
    words += best.c.words;
  }
  return chosen;
}

const DAY = /^\d{4}-\d\d-\d\d$/;
/**
 * An event dated before the main one ("On Thursday a strike cut the line" in Friday's story) is
 * what led up to it, the reader's background: not a development the summary must add.
 */
const before = (e: BriefingEvent, main: BriefingEvent | undefined) =>
  !!main?.when && !!e.when && DAY.test(main.when) && DAY.test(e.when) && e.when < main.when;

/** The lead first (the best-scoring opening of a report), then the rest in the order reports tell it. */
function ordered(chosen: Candidate[], value: Map<Candidate, number>): Candidate[] {
  const byValue = [...chosen].sort((a, b) => (value.get(b) ?? 0) - (value.get(a) ?? 0));
  const lead = byValue.find((c) => c.position === 0) ?? byValue[0];
  const rest = chosen.filter((c) => c !== lead).sort((a, b) => a.position - b.position);
  return lead ? [lead, ...rest] : rest;
}

export function summarise(
  { documents, context, events, reactions, discrepancies }: Inputs,
  maxWords = MAX_WORDS,
): SummarySentence[] {
  const pool = candidates(documents, context, { relaxed: maxWords > MAX_WORDS });
  const usable = pool.some((c) => !c.degraded) ? kept(pool, (c) => !c.degraded) : pool;
  const roots = new Set(documents.map((d) => context.rootOf(d.id))).size;
  const xs = featuresOf(usable, documents, events, roots);
  // Each other report that tells the same counts as a vote for it: what many outlets repeat is the story.
  // A sentence the events analysis ties to the story's main event tells the story itself, not a
  // side of it. The training stories rarely have one, so this weight is set, not learned.
  const main = events.find((e) => !e.background);
  const mainQuotes = new Set(main?.citations.map((c) => c.quote) ?? []);
  // Reports that tell one of a sentence's aspects in their own words back it as near copies would.
  const aspects = storyAspects(usable, context.rootOf);
  const backing = maxWords <= MAX_WORDS ? aspects.backing : () => 0;
  const value = new Map<Candidate, number>();
  usable.forEach((c, i) => {
    const tie = mainQuotes.has(c.text) ? MAIN_EVENT : 1;
    const support = Math.max(c.support, backing(c.text));
    value.set(c, expectedOverlap(xs[i] ?? [], c.words, weights) * (1 + support) * tie);
  });
  const ranked = mapped(usable, (c) => ({ c, value: value.get(c) ?? 0 })).sort((a, b) => b.value - a.value);

  // One dispute at most, so that the facts keep their room: who did it before how many.
  const responsibility = responsibilitySentence(discrepancies);
  const figures = sureDispute(discrepancies);
  const dispute = responsibility ?? (figures ? figuresSentence(figures) : disownedSentence(discrepancies));
  // The statements a dispute sentence sums up are told by it: quoting one of them again repeats it.
  const told = new Set(
    discrepancies
      .filter((d) => (responsibility ? d.aspect === "responsibility" && d.status === "open" : d === figures))
      .flatMap((d) => d.claims.flatMap((c) => c.citations.map((q) => q.quote))),
  );
  const composed = kept(
    [dispute, reactionSentence(reactions, events, context.rootOf)],
    (s): s is SummarySentence => s !== null && s.citations.length > 0,
  );
  // A benchmark's longer cap is filled; the product's length follows the material.
  const budget =
    maxWords === MAX_WORDS
      ? Math.min(MAX_WORDS, Math.max(MIN_WORDS, Math.round(COMPRESSION * material(documents, context))))
      : maxWords;
  // A benchmark's longer cap is met with more sentences; the product keeps to six.
  const sentences = maxWords > MAX_WORDS ? Number.POSITIVE_INFINITY : MAX_SENTENCES;
  const found = conceptsOf(usable, context.rootOf);
  const concepts = { of: new Map(usable.map((c, i) => [c, found.of[i] ?? []])), weight: found.weight };
  // The story's main event, as the first report to open with it tells it, opens the summary: it is
  // what every other sentence follows from. A mention deeper in a report is often a recap.
  // Otherwise the report lead that states most of what the outlets agree on, for its length.
  const agreed = new Map(
    usable
      .filter((c) => c.position === 0)
      .map((c) => [
        c,
        (concepts.of.get(c) ?? []).reduce((a, k) => a + concepts.weight(k), 0) / Math.sqrt(c.words),
      ]),
  );
  const leads = [...agreed.keys()].sort((a, b) => (agreed.get(b) ?? 0) - (agreed.get(a) ?? 0));
  const opening =
    main?.citations
      .map((q) => usable.find((c) => c.text === q.quote && c.position === 0))
      .find((c): c is Candidate => c !== undefined) ?? leads[0];
  const untold = dispute
    ? kept(ranked, (s) => !told.has(s.c.text) && !(responsibility && SIDE_OF_RESPONSIBILITY.test(s.c.text)))
    : ranked;
  // A toll that rose as reports came in: its latest figure is the news, and the opening may give an
  // early one. The sentence that states it comes in whatever its words share with the opening.
  const toll = latestToll(discrepancies);
  const update =
    toll && opening && !opening.text.includes(toll.value)
      ? usable.find((c) => toll.quotes.includes(c.text) && c !== opening)
      : undefined;
  const firsts = kept([opening, update], (c): c is Candidate => c !== undefined);
  // The story's other events, each told by the sentences cited for it: what followed the main one.
  const others = events.filter((e) => !e.background && e !== main && !before(e, main));
  const story = {
    told: kept(usable, (c) => composed.some((s) => s.citations.some((q) => q.quote === c.text))),
    events: mapped(others, (e) => new Set(e.citations.map((q) => q.quote))),
    names: maxWords <= MAX_WORDS ? placesLeadsLeaveOut(usable, context.rootOf) : [],
    aspects,
  };
  const chosen = select(untold, budget, { words: maxWords, sentences }, composed, concepts, firsts, story);
  const facts = opening ? [opening, ...ordered(chosen.slice(1), value)] : ordered(chosen, value);
  const [lead, ...rest] = facts.map(fromCandidate);
  const summary = lead ? [lead, ...composed, ...rest] : composed;
  return summary.slice(0, sentences);
}
