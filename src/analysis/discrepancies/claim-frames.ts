import type { Claim } from "../claims/claim.js";
import type { VictimGroup } from "../claims/victim-group.js";

// A figure is a claim about one thing: what is counted (killed, injured), whom (soldiers of one side,
// civilians, "people"), in which event. Figures disagree only inside one frame: 12 soldiers and 90
// villagers, or the dead of an attack and the dead of the strike that answered it, are both true.

/** Claims of one measure, event and victim group. */
export interface Frame {
  measure: Claim["measure"];
  /** The victim group the frame counts; null for measures that count no one. */
  group: VictimGroup | null;
  claims: Claim[];
}

/** Two named sides differ, except a named group and a state's proxies: the group may be one of them. */
function sidesDiffer(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return false;
  const kinds = new Set([a.split(":")[0], b.split(":")[0]]);
  return !(kinds.has("name") && kinds.has("proxy"));
}

function sameGroup(a: VictimGroup, b: VictimGroup): boolean {
  return a.category === b.category && !sidesDiffer(a.side, b.side);
}

const generic = (g: VictimGroup | null) => g === null || (g.category === "people" && g.side === null);

/**
 * A storm, the flood it brings and a dam that bursts under it are one disaster: the dead are counted
 * once, whichever of the three a report names.
 */
const WEATHER_CHAIN = new Set(["storm", "flood", "dam collapse"]);
const eventOf = (label: string | null) => (label !== null && WEATHER_CHAIN.has(label) ? "flood" : label);

/** The story's main event: the kind of event most reports tie figures that name their victims to. */
function mainEvent(claims: Claim[]): string | null {
  const named = claims.filter((c) => !generic(c.group));
  const docs = new Map<string, Set<string>>();
  for (const c of named.some((x) => x.event !== null) ? named : claims) {
    if (c.event !== null) docs.set(c.event, (docs.get(c.event) ?? new Set()).add(c.doc));
  }
  return [...docs.entries()].sort((a, b) => b[1].size - a[1].size)[0]?.[0] ?? null;
}

/**
 * Groups the claims of one measure into frames. A figure for "people" with no side may count everyone
 * or only some ("six people" shot at a checkpoint, "nine students" killed elsewhere): it is compared only with
 * other such figures, and only when no group is named for that event.
 */
export function framesOf(all: Claim[]): Frame[] {
  const claims = all.map((c) => ({ ...c, event: eventOf(c.event) }));
  const main = mainEvent(claims);
  const events = new Set(claims.flatMap((c) => (c.event === null ? [] : [c.event])));
  const byEvent = new Map<string, Claim[]>();
  for (const c of claims) {
    // "30 people died", in a story of two events, could be either event's dead: compared with neither.
    if (c.group !== null && c.event === null && generic(c.group) && events.size > 1) continue;
    // Money and durations belong to the story as a whole; only casualties are told apart by event.
    const event = c.group === null ? "" : (c.event ?? main ?? "");
    byEvent.set(event, [...(byEvent.get(event) ?? []), c]);
  }
  const frames: Frame[] = [];
  for (const list of byEvent.values()) {
    const measure = list[0]?.measure ?? "killed";
    if (list.every((c) => c.group === null)) {
      // Counts of things are told apart by what they count: drones are not missiles.
      const units = new Map<string | null, Claim[]>();
      for (const c of list) units.set(c.unit, [...(units.get(c.unit) ?? []), c]);
      for (const claims of units.values()) frames.push({ measure, group: null, claims });
      continue;
    }
    const named: Frame[] = [];
    for (const c of list.filter((x) => !generic(x.group))) {
      const group = c.group as VictimGroup;
      const frame = named.find((f) => f.group && sameGroup(f.group, group));
      if (frame) {
        frame.claims.push(c);
        if (frame.group && frame.group.side === null) frame.group = group;
      } else named.push({ measure, group, claims: [c] });
    }
    // Where groups are counted, "people" could be any one of them or all: no frame is clear, so none.
    // A part ("four children were among the dead") is no such group: the people figures are the toll.
    const rest = list.filter((x) => generic(x.group) && !x.part);
    if (named.every((f) => f.claims.every((c) => c.part)))
      named.push({ measure, group: { category: "people", side: null }, claims: rest });
    frames.push(...named);
  }
  return frames;
}
