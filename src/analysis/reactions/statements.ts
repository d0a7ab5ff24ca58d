import type { Stance } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { keptAttributions } from "../../text/attributions-kept.js";
import { quotationIn } from "../../text/content.js";
import { type QuotedSpan, quotedSpans } from "../../text/quotes.js";
import { type AttributionReading, readAttributions } from "./attribution-reading.js";
import { resolveSpeakers } from "./speaker.js";
import type { SpeakerContext } from "./speaker-context.js";
import type { Speaker } from "./speaker-type.js";
import { stanceOf } from "./stance.js";

/** One thing one speaker is reported to have said, in one sentence of one document. */
export interface Statement {
  doc: string;
  paragraph: number;
  /** Running index of the sentence in the document. */
  sentence: number;
  /** The whole sentence, verbatim: the citation. */
  text: string;
  /** Verbatim substring of `text`: the Content — the words in quotation marks, else the reported clause. */
  quote: string;
  /** Verbatim substring of `text`: the reported clause the quote sits in, for reading the stance. */
  clause: string;
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
  let openFromBefore = false;
  // Quotation sentences waiting for the attribution their quotation runs on to.
  let waiting: Omit<Found, "speaker" | "stance">[] = [];
  doc.paragraphs.forEach((paragraph, p) => {
    waiting = [];
    const spans = quotedSpans(paragraph.text);
    for (const s of paragraph.sentences) {
      const inQuote = spansIn(spans, s.start, s.text.length);
      const readings = readAttributions(s.text, keptAttributions(s.text, inQuote), inQuote);
      const run: QuoteRun = {
        // The quotation began before this sentence: in this paragraph, or left open by the previous one.
        carriedOver:
          spans.some((q) => q.start < s.start && q.end > s.start) ||
          (openFromBefore && s === paragraph.sentences[0]),
        // The quotation runs on past this sentence: its attribution may come later ("“A. B,” Y said.").
        runsOn: spans.some((q) => q.start < s.start + s.text.length && q.end > s.start + s.text.length),
      };
      const found =
        readings.length > 0
          ? attributed(s.text, readings, ctx, p, index, doc.id)
          : continued(s.text, inQuote, run, out.at(-1), p, index, doc.id);
      // "“A. B,” Y said.": the sentences of a quotation that closes right before one speaker's attribution.
      const closing = spans.find(
        (q) => q.start < s.start && q.end > s.start && q.end <= s.start + s.text.length,
      );
      const first = readings[0]?.attribution;
      if (
        first &&
        closing &&
        readings.length === 1 &&
        found.length === 1 &&
        first.start >= closing.end - s.start
      ) {
        const speaker = (found[0] as Found).speaker;
        for (const w of waiting) out.push({ ...w, speaker, stance: stanceOf(w.quote), doc: doc.id });
      }
      for (const statement of found) {
        out.push(statement);
        // Attributed statements were recorded as they were read; a continued quotation is recorded here.
        if (readings.length === 0) ctx.record(statement.speaker, statement.stance, p, index);
      }
      const runOn = readings.length === 0 && run.runsOn ? quotationIn(s.text, inQuote) : null;
      waiting = runOn ? [...(run.carriedOver ? waiting : []), waitingFor(s.text, runOn, p, index)] : [];
      ctx.observe(s.text, inQuote, p);
      index++;
    }
    openFromBefore = spans.at(-1)?.closed === false;
  });
  return out;
}

type Found = Omit<Statement, "doc">;

function waitingFor(text: string, quote: string, paragraph: number, sentence: number) {
  return { paragraph, sentence, text, quote, clause: quote, quoted: true, inferred: true, speakerArea: "" };
}
interface QuoteRun {
  carriedOver: boolean;
  runsOn: boolean;
}

function attributed(
  text: string,
  readings: AttributionReading[],
  ctx: SpeakerContext,
  paragraph: number,
  sentence: number,
  doc: string,
): Statement[] {
  // Built whole with their document, not spread into a copy with it: a statement a sentence.
  const out: Statement[] = [];
  for (const r of readings) {
    const { attribution: a, stance, content, firstPerson } = r;
    if (r.silent) continue;
    ctx.at(paragraph, stance, r.before);
    // Resolving still runs without content: "he said" moves the context on for the next pronoun.
    const speakers = resolveSpeakers(text, a.start, a.end, ctx);
    if (!content || firstPerson || r.weakAct || retold(text, r, readings)) {
      // Said, though not in words we print: still who the next "he" or "it" means ("X called the bombing
      // “unconscionable”. “…,” he said." is X's, not a name X was standing beside).
      if (!firstPerson) for (const speaker of speakers) ctx.record(speaker, stance, paragraph, sentence);
      continue;
    }
    // An organisation that "reported" a fact relays it (a broadcaster, a tracker): a claim, not a reaction.
    const relays = (sp: Speaker) =>
      /^report/i.test(a.verb ?? "") && stance === "other" && sp.kind === "body" && sp.institution === null;
    for (const speaker of speakers.filter((sp) => !relays(sp))) {
      // Recorded at once: "X denied it, and he said …" is X speaking again in the same sentence.
      ctx.record(speaker, stance, paragraph, sentence);
      out.push({
        paragraph,
        sentence,
        text,
        quote: content.quote,
        clause: content.clause,
        quoted: content.quote !== content.clause,
        speaker,
        stance,
        inferred: r.inferred,
        speakerArea: r.speakerArea,
        doc,
      });
    }
  }
  return out;
}

const PRONOUN_SOURCE = /^(?:he|she|they|it|we|i|him|her|them|us|me)$/i;

/**
 * Words one speaker is said by another to have said ("X said that Y once called the pact “the gold
 * standard”"): the quotation is Y's only by X's account, and not X's words at all, so it is no one's
 * statement to print.
 */
function retold(text: string, r: AttributionReading, readings: AttributionReading[]): boolean {
  const a = r.attribution;
  // "X said that he had called it “…”": a pronoun is the teller again, speaking for himself.
  if (PRONOUN_SOURCE.test(a.source)) return false;
  return readings.some(
    (o) =>
      o !== r &&
      !o.silent &&
      // Inside the other's "that" clause, which leaves the other without words of its own.
      o.content === null &&
      o.attribution.end <= a.start &&
      /\bthat\s/.test(text.slice(o.attribution.end, a.start)) &&
      !/[;:]/.test(text.slice(o.attribution.end, a.start)),
  );
}

/**
 * A sentence with no attribution that continues the quotation of the sentence just before
 * ("“We are ready,” it said. “We will act.”"), or that opens the next paragraph right after a quoted
 * statement, belongs to that sentence's speaker. A quotation that runs on to a later attribution, or one
 * after narration, is not guessed at.
 */
function continued(
  text: string,
  quoted: QuotedSpan[],
  run: QuoteRun,
  previous: Statement | undefined,
  paragraph: number,
  sentence: number,
  doc: string,
): Statement[] {
  if (!previous || sentence - previous.sentence !== 1 || run.runsOn) return [];
  const opensWithQuote = /^\s*[“"‘«]/.test(text);
  const sameParagraph = paragraph === previous.paragraph && (opensWithQuote || run.carriedOver);
  // A paragraph that is all quotation, right after a quoted speaker's paragraph, is theirs too.
  const nextParagraph =
    paragraph === previous.paragraph + 1 && (run.carriedOver || (previous.quoted && opensWithQuote));
  if (!(sameParagraph || nextParagraph) || quoted.length === 0) return [];
  const quote = quotationIn(text, quoted);
  if (!quote) return [];
  return [
    {
      paragraph,
      sentence,
      text,
      quote,
      clause: quote,
      quoted: true,
      speaker: previous.speaker,
      stance: stanceOf(quote),
      inferred: true,
      speakerArea: "",
      doc,
    },
  ];
}

/** Quoted spans of a paragraph that fall in a sentence, in sentence offsets. */
function spansIn(spans: QuotedSpan[], start: number, length: number): QuotedSpan[] {
  // Pushed into a literal, not filtered and mapped: every sentence's list has one shape (see lists.ts).
  const inside: QuotedSpan[] = [];
  for (const q of spans) {
    if (q.end <= start || q.start >= start + length) continue;
    inside.push({
      start: Math.max(0, q.start - start),
      end: Math.min(length, q.end - start),
      closed: q.closed,
    });
  }
  return inside;
}
