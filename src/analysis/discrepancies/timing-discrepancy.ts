import type { Discrepancy, DiscrepancyClaim } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { attributionOf } from "../../text/attribution.js";
import { type DateMention, findDates, isBackground } from "../../text/dates.js";
import { mentionsAttack } from "../../text/vocabulary/attack-words.js";
import type { StoryContext } from "../story-context.js";

// When the main event happened. Reports written in another time zone put it on the evening before
// ("Sunday night in Washington") what the place itself calls the early hours of the next day: that is
// one moment, and the briefing says so instead of flagging a dispute.

interface Stated {
  mention: DateMention;
  claim: DiscrepancyClaim;
}

const DAY_MS = 86_400_000;
const VAGUE = /\b(ago|last week|next week|this week|weeks?|months?)\b/i;
const SINCE = /\bsince\b[^,;.]{0,40}$/i;
/** Share of dated mentions the two days must hold for the story to have one date. */
const DOMINANT = 0.6;

function statedTimes(documents: Document[], context: StoryContext): Stated[] {
  const stated: Stated[] = [];
  for (const doc of documents) {
    const docDate = context.dateOf(doc.id);
    for (const paragraph of doc.paragraphs) {
      for (const { text } of paragraph.sentences) {
        if (!mentionsAttack(text) || isBackground(text, docDate, context.storyDay)) continue;
        for (const mention of findDates(text, docDate)) {
          if (
            !mention.day ||
            !mention.dayKnown ||
            VAGUE.test(mention.text) ||
            SINCE.test(text.slice(0, mention.start))
          )
            continue;
          const existing = stated.find(
            (s) => s.mention.day === mention.day && s.mention.text === mention.text,
          );
          if (existing) {
            if (!existing.claim.citations.some((c) => c.doc === doc.id)) {
              existing.claim.citations.push({ doc: doc.id, quote: text });
            }
            continue;
          }
          stated.push({
            mention,
            claim: {
              value: mention.text,
              number: null,
              attributedTo: attributionOf(text),
              citations: [{ doc: doc.id, quote: text }],
            },
          });
        }
      }
    }
  }
  return stated;
}

const late = (m: DateMention) => m.partOfDay === "evening" || m.partOfDay === "night" || m.clock === "remote";
const early = (m: DateMention) =>
  m.partOfDay === "early" || m.partOfDay === "morning" || m.clock === "local" || m.clock === "utc";

export function timingDiscrepancy(documents: Document[], context: StoryContext): Discrepancy[] {
  const stated = statedTimes(documents, context).filter(
    (s): s is Stated & { mention: { day: string } } => s.mention.day !== null,
  );
  const weight = (day: string) =>
    stated.filter((s) => s.mention.day === day).reduce((n, s) => n + s.claim.citations.length, 0);
  const total = stated.reduce((n, s) => n + s.claim.citations.length, 0);
  const pairs = [...new Set(stated.map((s) => s.mention.day))]
    .map((day) => [day, new Date(Date.parse(day) + DAY_MS).toISOString().slice(0, 10)] as const)
    .map(([a, b]) => ({ first: a, second: b, n: weight(a) + weight(b) }))
    .sort((x, y) => y.n - x.n);
  const pair = pairs[0];
  if (!pair || pair.n < total * DOMINANT) return [];
  const { first, second } = pair;
  const onFirst = stated.filter((s) => s.mention.day === first);
  const onSecond = stated.filter((s) => s.mention.day === second);
  if (!onFirst.some((s) => late(s.mention)) || !onSecond.some((s) => early(s.mention))) return [];
  const eveningWords = onFirst.find((s) => late(s.mention))?.mention.text ?? first;
  const morningWords = onSecond.find((s) => early(s.mention))?.mention.text ?? second;
  return [
    {
      aspect: "timing",
      question: "When did it happen?",
      claims: [...onFirst, ...onSecond].map((s) => s.claim),
      status: "reconciled",
      note: `"${eveningWords}" and "${morningWords}" are the same moment: reports on either side of a time difference put it on the evening of ${first} or the early hours of ${second}.`,
      range: null,
      conservative: null,
    },
  ];
}
