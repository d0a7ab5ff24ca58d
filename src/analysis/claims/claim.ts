import type { Qualifier } from "../../text/quantities.js";
import type { VictimGroup } from "./victim-group.js";

export type Measure = "killed" | "injured" | "payment" | "recovered" | "demand" | "duration" | "weapons";

export type VictimClass = "civilian" | "combatant" | "people";

/** One figure a source asserts about the story, with the sentence that says it. */
export interface Claim {
  doc: string;
  measure: Measure;
  /** As reported, verbatim: "at least seven militia fighters", "nearly $5 million". */
  value: string;
  number: number | null;
  qualifier: Qualifier;
  /** For casualties: the kind of victim and their side ("soldiers" of the United States). */
  group: VictimGroup | null;
  /** For weapons: what is counted ("drones", "missiles"); null for other measures. */
  unit: string | null;
  /** The figure counts part of a toll or a body ("four children were among the dead"). */
  part: boolean;
  /**
   * Which event of the story the figure belongs to: the kind of attack or hazard named nearest to it
   * ("drone attack"), or null for the story's main event.
   */
  event: string | null;
  /** Who the document says makes the claim ("the Syrian Observatory for Human Rights"). */
  attributedTo: string | null;
  /** The sentence, verbatim: the citation. */
  sentence: string;
  /** The figure is about an earlier event the article recalls. */
  background: boolean;
  /** The sentence presents the figure as a revision of an earlier one. */
  revision: boolean;
}
