import type { AttackFamily } from "../../text/vocabulary/attack-words.js";
import type { Place } from "./phrases.js";

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

/**
 * A disaster's mention (a failure, a find) placed at the place named nearest the thing (`near`), not
 * a place inside its own name; `at` is where the act's word stands.
 */
export function disasterMention(
  label: string,
  actor: string | null,
  target: string,
  places: () => Place[],
  near: number,
  at = near,
): EventMention {
  const place = places()
    .filter((p) => !target.includes(p.text))
    .sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))[0];
  return { family: "disaster", label, actor, target, location: place?.text ?? null, instruments: [], at };
}

/** Who acted when no report names them: a find is the searchers', an attack (not a blast) the attackers'. */
export function unnamedActor(family: string, labels: string[]): string {
  if (labels.some((l) => / (?:located|recovered)$/.test(l))) return "unnamed searchers";
  const cause = family === "disaster" || labels.every((l) => l === "explosion");
  return cause ? "unknown" : "unidentified attackers";
}
