import type { AttackFamily } from "../../text/vocabulary/attack-words.js";

/** One sentence's report of an event: the parts it states, null where it is silent. */
export interface EventMention {
  family: AttackFamily;
  label: string;
  actor: string | null;
  target: string | null;
  location: string | null;
  instruments: string[];
  /** Where the act's word stands in the sentence: the clause it sits in dates it. */
  at: number;
}
