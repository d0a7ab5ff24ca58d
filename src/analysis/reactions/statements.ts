import type { Stance } from "../../briefing/schema.js";
import type { Document } from "../../corpus/document.js";
import { type Attribution, findAttributions } from "../../text/attribution.js";
import { findNames, type NameMention } from "../../text/names.js";
import { type QuotedSpan, quotedSpans } from "../../text/quotes.js";
import type { Speaker } from "./speaker.js";
import { resolveSpeakers } from "./speaker.js";
import type { SpeakerContext } from "./speaker-context.js";
import { stanceOf } from "./stance.js";

/** One thing one speaker is reported to have said, in one sentence of one document. */
export interface Statement {
  doc: string;
  paragraph: number;
  /** Running index of the sentence in the document. */
  sentence: number;
  /** The whole sentence, verbatim: the citation. */
  text: string;
  /** Verbatim substring of `text`: the words in quotation marks, else the sentence. */
  quote: string;
  quoted: boolean;
  speaker: Speaker;
  stance: Stance;
  /** True when the speaker was not named in the sentence but inferred ("it said", "the ministry said"). */
  inferred: boolean;
  /** Where the sentence describes the speaker (before the verb, or after "said"): not what was said. */
  speakerArea: string;
}

/** Every statement of a document, speakers resolved in reading order ("it warned" → the group named before). */
export function findStatements(doc: Document, ctx: SpeakerContext): Statement[] {
  const out: Statement[] = [];
  let index = 0;
  doc.paragraphs.forEach((paragraph, p) => {
    const spans = quotedSpans(paragraph.text);
    for (const s of paragraph.sentences) {
      const inQuote = spansIn(spans, s.start, s.text.length);
      const attributions = findAttributions(s.text).filter(
        (a) => a.kind !== "according-to" || inQuote.length > 0,
      );
      const found =
        attributions.length > 0
          ? attributed(s.text, attributions, inQuote, ctx, p, index)
          : continued(s.text, inQuote, out.at(-1), p, index);
      for (const statement of found) {
        out.push({ ...statement, doc: doc.id });
        ctx.record(statement.speaker, statement.stance, p, index);
      }
      ctx.observe(s.text);
      index++;
    }
  });
  return out;
}

type Found = Omit<Statement, "doc">;

function attributed(
  text: string,
  attributions: Attribution[],
  quoted: QuotedSpan[],
  ctx: SpeakerContext,
  paragraph: number,
  sentence: number,
): Found[] {
  const out: Found[] = [];
  attributions.forEach((a, i) => {
    const [from, to] = contentRange(text, attributions, i);
    const content = `${text.slice(from, a.start)} ${text.slice(a.end, to)}`;
    const stance = stanceOf(content);
    if (a.negated && stance !== "decline") return; // "did not explain": nothing was said
    const outside = (m: NameMention) => !quoted.some((q) => m.start >= q.start && m.end <= q.end);
    ctx.at(
      paragraph,
      stance,
      findNames(text).filter((m) => m.end <= a.start && outside(m)),
    );
    const quote = bestQuote(text, quoted, from, to);
    const inferred = !findNames(text).some((m) => m.start >= a.start && m.end <= a.end);
    for (const speaker of resolveSpeakers(text, a.start, a.end, ctx)) {
      out.push({
        paragraph,
        sentence,
        text,
        quote: quote ?? text,
        quoted: quote !== null,
        speaker,
        stance,
        inferred,
        speakerArea: a.kind === "inverted" ? text.slice(a.verbStart, a.end) : text.slice(from, a.verbStart),
      });
    }
  });
  return out;
}

/** The stretch of the sentence an attribution covers: from the previous attribution to the next one. */
function contentRange(text: string, attributions: Attribution[], i: number): [number, number] {
  const previous = attributions[i - 1];
  const next = attributions[i + 1];
  const from = previous ? previous.end : 0;
  const to = next && next.start > (attributions[i] as Attribution).end ? next.start : text.length;
  return [from, to];
}

/**
 * A sentence with no attribution that continues a quotation ("“We are ready,” it said. “We will act.”")
 * belongs to the previous statement's speaker, in the same or the previous paragraph.
 */
function continued(
  text: string,
  quoted: QuotedSpan[],
  previous: Statement | undefined,
  paragraph: number,
  sentence: number,
): Found[] {
  if (!previous || paragraph - previous.paragraph > 1 || sentence - previous.sentence > 2) return [];
  const opensWithQuote = /^\s*[“"‘«]/.test(text) || quoted.some((q) => q.start === 0);
  if (!opensWithQuote || quoted.length === 0) return [];
  const quote = bestQuote(text, quoted, 0, text.length);
  return [
    {
      paragraph,
      sentence,
      text,
      quote: quote ?? text,
      quoted: quote !== null,
      speaker: previous.speaker,
      stance: stanceOf(text),
      inferred: true,
      speakerArea: "",
    },
  ];
}

/** Quoted spans of a paragraph that fall in a sentence, in sentence offsets. */
function spansIn(spans: QuotedSpan[], start: number, length: number): QuotedSpan[] {
  return spans
    .filter((q) => q.end > start && q.start < start + length)
    .map((q) => ({
      start: Math.max(0, q.start - start),
      end: Math.min(length, q.end - start),
      closed: q.closed,
    }));
}

/** The longest quotation of at least three words between `from` and `to`, trimmed of its edge punctuation. */
function bestQuote(text: string, quoted: QuotedSpan[], from: number, to: number): string | null {
  let best: string | null = null;
  for (const q of quoted) {
    if (q.end <= from || q.start >= to) continue;
    const words = text
      .slice(q.start, q.end)
      .replace(/^[\s,;:.…]+|[\s,;:…]+$/g, "")
      .trim();
    if (words.split(/\s+/).length >= 3 && (!best || words.length > best.length)) best = words;
  }
  return best;
}
