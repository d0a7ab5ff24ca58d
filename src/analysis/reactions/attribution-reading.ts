import type { Stance } from "../../contract/schema.js";
import type { Attribution } from "../../text/attribution.js";
import { type Content, contentOf, regionOf } from "../../text/content.js";
import { findNames, type NameMention } from "../../text/names.js";
import type { QuotedSpan } from "../../text/quotes.js";
import { stanceOf } from "./stance.js";

/** What one attribution of a sentence says, read from the sentence alone (no speaker context). */
export interface AttributionReading {
  attribution: Attribution;
  stance: Stance;
  /** "did not explain": nothing was said, and the attribution is passed over. */
  silent: boolean;
  /** Names before the source, outside quotation marks: what "the ministry" or "he" may point back to. */
  before: NameMention[];
  /** The words printed: the content, or the refusal itself; null when nothing is in the sentence. */
  content: Content | null;
  /** The speaker is not named in the source ("it said", "the ministry said"). */
  inferred: boolean;
  /** "I write", "we reported" outside quotation marks: the author or the outlet, not a party. */
  firstPerson: boolean;
  /** An act whose own words take no position ("spoke after X unleashed tweets criticizing …"). */
  weakAct: boolean;
  speakerArea: string;
}

// Copies repeat their originals' sentences, and a story is analysed again as it grows: what a
// sentence's attributions say is read once per sentence and quotation marks. Keyed by the array
// `keptAttributions` returns, which is one per sentence and quoted stretches; shared, so unchanged.
const readings = new WeakMap<Attribution[], AttributionReading[]>();

/**
 * The readings of a sentence's attributions, `kept` being `keptAttributions(text, quoted)`.
 * "According to X" counts only with a quotation in the sentence.
 */
export function readAttributions(
  text: string,
  kept: Attribution[],
  quoted: QuotedSpan[],
): AttributionReading[] {
  let known = readings.get(kept);
  if (!known) {
    const attributions = kept.filter((a) => a.kind !== "according-to" || quoted.length > 0);
    known = attributions.map((_, i) => readAttribution(text, attributions, i, quoted));
    readings.set(kept, known);
  }
  return known;
}

function readAttribution(
  text: string,
  attributions: Attribution[],
  i: number,
  quoted: QuotedSpan[],
): AttributionReading {
  const a = attributions[i] as Attribution;
  const [from, to] = regionOf(text, attributions, i);
  const found = contentOf(text, attributions, i, quoted);
  // The stance is read from the cue and what this source said, not from a neighbour's words.
  const stance = stanceOf(
    `${text.slice(from, Math.max(from, a.start))} ${text.slice(Math.max(from, a.end), to)} ${found?.quote ?? ""}`,
  );
  const outside = (m: NameMention) => !quoted.some((q) => m.start >= q.start && m.end <= q.end);
  // A refusal says nothing: its words are the refusal itself ("declined to discuss future operations").
  const refusal = stance === "decline" ? text.slice(a.verbStart, to).replace(/[\s.,;:]+$/, "") : null;
  const content = refusal ? { quote: refusal, clause: refusal, act: false } : found;
  // An act is a position only when the cue and its object show one ("condemned the raid"), not when
  // the stance comes from someone else further on ("spoke after X unleashed tweets criticizing …").
  const weakAct =
    content?.act === true && stanceOf(content.quote.split(/\s+/).slice(0, 10).join(" ")) === "other";
  return {
    attribution: a,
    stance,
    silent: a.negated && stance !== "decline",
    before: findNames(text).filter((m) => m.end <= a.start && outside(m)),
    content,
    inferred: !findNames(text).some((m) => m.start >= a.start && m.end <= a.end),
    firstPerson: /^(?:i|we)$/i.test(a.source),
    weakAct,
    speakerArea: a.kind === "inverted" ? text.slice(a.verbStart, a.end) : text.slice(from, a.verbStart),
  };
}
