import type { Briefing, SourcesAnswer } from "../contract/schema.js";
import type { FeedsPort } from "./feeds-port.js";

export type BriefResult = { ok: true; briefing: Briefing } | { ok: false; suggestions: string[] };

/** What commands need from the analysed corpus; the engine implements it, adapters never do. */
export interface BriefingService {
  /** Briefing on the story matching `topic` ("" for the whole corpus). */
  brief(topic: string): BriefResult;
  /** Who says what about `aspect`, document by document. */
  sources(aspect: string): SourcesAnswer;
  /** Topics a user can brief on, most central first (for help and autocomplete). */
  topics(): string[];
  /** Aspects a user can ask sources about, most discussed first. */
  aspects(): string[];
  documentCount(): number;
}

/**
 * The corpus as the bot currently holds it: a service, or the reason there is none; and the feeds
 * that add to it, where the bot reads any.
 */
export type CorpusState = ({ ok: true; service: BriefingService } | { ok: false; problem: string }) & {
  feeds?: FeedsPort;
};
