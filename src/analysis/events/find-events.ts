import type { BriefingEvent } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { namesAct } from "../../text/act-names.js";
import { findDates } from "../../text/dates.js";
import { backgroundReader, sentenceTexts } from "../background.js";
import { type DocumentDates, perDocument } from "../document-memo.js";
import type { StoryContext } from "../story-context.js";
import { actClause, datesTheTelling, datingPart, namesAnEvent } from "./act-clause.js";
import { eventMentions } from "./event-mentions.js";
import { LEAD_SENTENCES, mergeEvents, type PlacedMention } from "./merge-events.js";

const ANAPHORA =
  /\b(those (strikes|attacks|raids)|that (attack|strike|raid)|days later|weeks later|at the time)\b/i;
const GENERIC_ACTOR =
  /^(?:the\s+)(group|militia|militias|gang|faction|rebels|organisation|organization|company|hackers)$/i;

/** "the militia" → the nearest earlier, more specific name with the same head ("Iran-backed militia"). */
function resolveActor(actor: string | null, earlierText: () => string): string | null {
  if (!actor) return null;
  const generic = GENERIC_ACTOR.exec(actor.trim());
  if (!generic) return actor;
  const earlier = earlierText();
  const head = generic[1] ?? "";
  const pattern = new RegExp(
    String.raw`((?:[A-Z][\w'’-]*|[\w]+-(?:backed|aligned|linked|allied))(?:\s+(?:[A-Z][\w'’-]*|[\w]+-(?:backed|aligned)))*\s+${head.replace(/s$/, "")}s?)\b`,
    "g",
  );
  // Unresolved, "the group" names no one: an anaphor is not an actor.
  return [...earlier.matchAll(pattern)].at(-1)?.[1] ?? null;
}

/** Who attacked what: every attack the documents report, merged across reports, main story first. */
export function findEvents(documents: Document[], context: StoryContext): BriefingEvent[] {
  // A headline states what its report is about: each report whose title names an act is a vote for
  // it as the story's main event, even when the report tells it in words the extractor misses.
  const titles = documents.map((d) => d.title);
  const votes = (action: string) => titles.filter((t) => namesAct(t, action)).length;
  return mergeEvents(
    documents.flatMap((doc) => mentionsOf(doc, context)),
    votes,
  );
}

const mentionsOf = perDocument((doc: Document, dates: DocumentDates): PlacedMention[] => {
  const mentions: PlacedMention[] = [];
  const degraded = doc.flags.includes("machine-translation") || doc.flags.includes("mixed-language");
  const texts = sentenceTexts(doc);
  const background = backgroundReader(texts, dates, ANAPHORA);
  // What the report said before the i-th sentence (its last 1,500 characters): read only for an
  // actor that needs resolving, the few "the group" of a report.
  const earlier = (i: number) => (i > 0 ? ` ${texts.slice(0, i).join(" ")}`.slice(-1500) : "");
  texts.forEach((text, i) => {
    const found = eventMentions(text);
    if (found.length > 0) {
      // A recalled shutdown is the consequence of a recalled attack, which tells it already.
      for (const m of found.filter((x) => !(x.family === "shutdown" && background(i)))) {
        const clause = actClause(text, m.at);
        const own = datingPart(clause, m.at);
        const date = findDates(own, dates.docDate).find(
          (d) => !namesAnEvent(own, d, m.at) && !datesTheTelling(own, d, m.at),
        );
        mentions.push({
          ...m,
          actor: resolveActor(
            m.actor,
            () => `${earlier(i)} ${text.slice(0, text.indexOf(m.actor ?? "") + 1)}`,
          ),
          doc: doc.id,
          sentence: text,
          background: background(i, clause),
          when: date ? (date.dayKnown && date.day ? date.day : date.text) : null,
          month: date?.day?.slice(0, 7) ?? null,
          degraded,
          lead: i < LEAD_SENTENCES,
        });
      }
    }
  });
  return mentions;
});
