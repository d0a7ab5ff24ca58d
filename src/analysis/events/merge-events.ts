import type { BriefingEvent, Citation } from "../../contract/schema.js";
import { countryOf, isKnownPlace } from "../../text/gazetteer.js";
import { bareName, nameKey } from "../../text/name-key.js";
import type { AttackFamily } from "../../text/vocabulary/attack-words.js";
import type { EventMention } from "./event-mentions.js";
import { unnamedActor } from "./mention.js";

/** A mention placed in its document: what the merge needs to tell events apart and cite them. */
export interface PlacedMention extends EventMention {
  doc: string;
  sentence: string;
  background: boolean;
  /** YYYY-MM-DD when the sentence pins the day, else the date words as written, else null. */
  when: string | null;
  /** Month of the event (YYYY-MM) for telling recalled events apart. */
  month: string | null;
  /** From a garbled or mixed-language report: its wording is shown only when no clean report has one. */
  degraded: boolean;
  /** Told in the report's opening sentences, where news writing puts its main event (the inverted pyramid). */
  lead: boolean;
}

/** A report opening with an event counts this many times a report telling it further down. */
const LEAD_WEIGHT = 2;

/** Sentences of a report that make its lead. */
export const LEAD_SENTENCES = 2;

/** Who did it, reduced to what two reports share: the country for a state's forces, else the name. */
export function actorKey(actor: string | null): string | null {
  if (!actor) return null;
  // "Iran-backed militia", "Iranian-backed militias", "pro-Iranian militias": one patron's proxies.
  const proxy = /\b(?:pro-([\p{L}]+)|([\p{L}]+)-(?:backed|aligned|allied|supported|linked))\b/u.exec(actor);
  if (proxy) {
    const patron = proxy[1] ?? proxy[2] ?? "";
    return `proxy:${countryOf(patron) ?? nameKey(patron)}`;
  }
  const words = bareName(actor).split(/\s+/);
  for (let size = 3; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const country = countryOf(words.slice(i, i + size).join(" "));
      if (country) return `country:${country}`;
    }
  }
  return nameKey(words.slice(-2).join(" "));
}

function mostCommon<T>(values: T[], key: (v: T) => string, tieBreak: (a: T, b: T) => number): T | undefined {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const entry = counts.get(k);
    if (entry) entry.n++;
    else counts.set(k, { value: v, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || tieBreak(a.value, b.value))[0]?.value;
}

/** Nouns that say someone acted without saying who: they join the named actor of the same event. */
const GENERIC_AGENT =
  /^(?:the\s+|an?\s+)?(?:(?:suicide|single|lone|second)\s+)?(?:hackers?|attackers?|assailants?|gunm[ae]n|militants?|bombers?|cybercriminals?|criminals?|perpetrators?|unknown \w+)$/i;
const POSSESSIVE_START = /^(?:its|their|his|her|our)\b/i;
const display = (s: string) => s.replace(/^(?:the)\s+/i, "");

const magnitudeOf = (actor: string | null) => /\b\d{1,2}\.\d\b/.exec(actor ?? "")?.[0] ?? "";

function groupKey(m: PlacedMention, family: AttackFamily, actor: string): string {
  // One hazard per magnitude: "a magnitude 6.8 earthquake" and "the quake" are one event, a 6.9
  // aftershock is another; mentions that state no magnitude join the best-attested one (below).
  const who = family === "disaster" ? `${m.label}|${magnitudeOf(m.actor)}` : actor;
  return `${m.background ? "past" : "main"}|${family}|${who}`;
}

/** Recalled attacks by one actor are told apart by month; an undated mention joins the best-attested one. */
function splitByMonth(group: PlacedMention[]): PlacedMention[][] {
  const byMonth = new Map<string, PlacedMention[]>();
  for (const m of group.filter((x) => x.month))
    byMonth.set(m.month ?? "", [...(byMonth.get(m.month ?? "") ?? []), m]);
  const parts = [...byMonth.values()].sort((a, b) => b.length - a.length);
  const undated = group.filter((x) => !x.month);
  if (parts[0]) parts[0].push(...undated);
  else parts.push(undated);
  return parts;
}

/**
 * A hazard named without its magnitude joins the measured one of its kind reported in the same month
 * ("the quake" of a report on a May aftershock is not February's quake), else the most-mentioned one;
 * a month no measured hazard has stands as its own event.
 */
function joinUnmeasured(groups: Map<string, { family: AttackFamily; mentions: PlacedMention[] }>): void {
  for (const [key, group] of [...groups]) {
    if (group.family !== "disaster" || !key.endsWith("|")) continue;
    const stem = key.slice(0, -1);
    const measured = [...groups.entries()]
      .filter(([k]) => k !== key && k.startsWith(stem))
      .sort((a, b) => b[1].mentions.length - a[1].mentions.length);
    if (measured.length === 0) continue;
    groups.delete(key);
    // An undated mention is about the month its report dates the hazard in, if it dates it once.
    const months = new Map<string, Set<string>>();
    for (const m of group.mentions)
      if (m.month) months.set(m.doc, (months.get(m.doc) ?? new Set()).add(m.month));
    for (const mention of group.mentions) {
      const own = months.get(mention.doc);
      const m =
        mention.month === null && own?.size === 1 ? { ...mention, month: [...own][0] ?? null } : mention;
      const sameMonth = measured.find(([, g]) =>
        g.mentions.some((x) => x.month !== null && x.month === m.month),
      );
      const other =
        m.month !== null && measured.every(([, g]) => g.mentions.every((x) => x.month !== m.month));
      const target = sameMonth ?? (other ? null : measured[0]);
      if (target) target[1].mentions.push(mention);
      else {
        const key = `${stem}month:${m.month}`;
        const g = groups.get(key) ?? { family: group.family, mentions: [] };
        g.mentions.push(mention);
        groups.set(key, g);
      }
    }
  }
}

/**
 * A storm and the flood it brought are one disaster: reports name it by the storm or by the water.
 * The flood is what struck the places, so the storm's mentions join it (an earthquake and its
 * tsunami stay apart: the wave strikes other shores, hours later).
 */
function joinStormToFlood(groups: Map<string, { family: AttackFamily; mentions: PlacedMention[] }>): void {
  const main = (label: string) =>
    [...groups.entries()].filter(([k]) => k.startsWith(`main|disaster|${label}|`));
  const flood = main("flood").sort((a, b) => b[1].mentions.length - a[1].mentions.length)[0];
  if (!flood) return;
  for (const [key, storm] of main("storm")) {
    flood[1].mentions.push(...storm.mentions);
    groups.delete(key);
  }
}

/** Mentions of one event across sentences and documents become one event with every citation. */
export function mergeEvents(
  mentions: PlacedMention[],
  votes: (action: string) => number = () => 0,
): BriefingEvent[] {
  // A generic "strike" takes the family its actor uses elsewhere, or the story's main family.
  const specific = mentions.filter((m) => m.family !== "generic");
  const familyOf = (m: PlacedMention): AttackFamily => {
    if (m.family !== "generic") return m.family;
    const key = keyOf(m.actor);
    // A recalled "strike" is only the same kind of attack as one of the same actor in the same month.
    const same = specific.filter(
      (s) =>
        s.background === m.background &&
        (key === null || keyOf(s.actor) === key) &&
        (!m.background || (m.month !== null && s.month === m.month)),
    );
    if (m.background && same.length === 0) return "generic";
    const pool =
      same.length > 0
        ? same
        : specific.filter((s) => s.background === m.background && s.family !== "shutdown");
    return (
      mostCommon(
        pool,
        (s) => s.family,
        () => 0,
      )?.family ?? "generic"
    );
  };
  // One actor under two spellings ("Acme" and "Acme Corp"): the shorter key stands for both.
  const keys = [
    ...new Set(mentions.map((m) => actorKey(m.actor)).filter((k): k is string => k !== null)),
  ].sort((a, b) => a.length - b.length);
  const canonical = new Map(
    keys.map((k) => [k, keys.find((short) => short.length >= 5 && k.startsWith(short)) ?? k]),
  );
  // A person named once in full with their country ("US President Joe Biden") is that country later ("Biden").
  const bySurname = new Map<string, string>();
  for (const m of mentions) {
    const key = actorKey(m.actor);
    const surname = m.actor?.split(/\s+/).at(-1);
    if (key?.startsWith("country:") && surname && /^\p{Lu}\p{Ll}+$/u.test(surname))
      bySurname.set(surname, key);
  }
  const keyOf = (actor: string | null) => {
    const key = actorKey(actor);
    if (key === null) return null;
    return bySurname.get(actor?.split(/\s+/).at(-1) ?? "") ?? canonical.get(key) ?? key;
  };
  const groups = new Map<string, { family: AttackFamily; mentions: PlacedMention[] }>();
  const withActor = mentions.filter(
    (m) => m.actor && !/^(?:it|they)$/i.test(m.actor) && !GENERIC_AGENT.test(m.actor),
  );
  for (const m of withActor) {
    const family = familyOf(m);
    const key = groupKey(m, family, keyOf(m.actor) ?? "?");
    const group = groups.get(key) ?? { family, mentions: [] };
    group.mentions.push(m);
    groups.set(key, group);
  }
  // An unattributed mention joins the best-attested event of its family, or stands as unidentified.
  for (const m of mentions.filter((x) => !withActor.includes(x))) {
    const family = familyOf(m);
    const candidates = [...groups.entries()].filter(
      // A hazard's mention joins only a hazard of its own kind: a dam collapse is not the storm.
      ([key, g]) =>
        g.family === family &&
        key.startsWith(m.background ? "past|" : "main|") &&
        (family !== "disaster" || g.mentions.some((x) => x.label === m.label)),
    );
    const best = candidates.sort((a, b) => b[1].mentions.length - a[1].mentions.length)[0];
    if (best && !m.background) best[1].mentions.push(m);
    else {
      const key = groupKey(m, family, m.background ? "?" : `?|${nameKey(m.target ?? "")}`);
      const group = groups.get(key) ?? { family, mentions: [] };
      group.mentions.push(m);
      groups.set(key, group);
    }
  }

  joinUnmeasured(groups);
  joinStormToFlood(groups);
  const events: (BriefingEvent & { weight: number })[] = [];
  const split = [...groups.entries()].flatMap(([key, g]) =>
    key.startsWith("past|")
      ? splitByMonth(g.mentions).map((mentions) => ({ family: g.family, mentions }))
      : [g],
  );
  for (const { family, mentions: group } of split) {
    const clean = group.some((m) => !m.degraded) ? group.filter((m) => !m.degraded) : group;
    const actors = clean.flatMap((m) =>
      m.actor && !/^(?:it|they)$/i.test(m.actor) ? [display(m.actor)] : [],
    );
    const targets = group.flatMap((m) => (m.target ? [display(m.target)] : []));
    // A hazard hits a place: "struck the northern coast", not "occurred along the fault".
    const placed = family === "disaster" ? targets.filter((t) => t.split(/[\s-]+/).some(isKnownPlace)) : [];
    const target = mostCommon(
      placed.length > 0 ? placed : targets,
      (t) => nameKey(t),
      (a, b) => Number(POSSESSIVE_START.test(a)) - Number(POSSESSIVE_START.test(b)) || b.length - a.length,
    );
    if (!target) continue;
    // "strike" says least; a blast that a report calls a bombing is the bombing.
    const labels = group.map((m) => m.label).filter((l) => l !== "strike");
    const acts = labels.some((l) => l !== "explosion") ? labels.filter((l) => l !== "explosion") : labels;
    const citations: Citation[] = [];
    for (const m of group) {
      if (!citations.some((c) => c.doc === m.doc)) citations.push({ doc: m.doc, quote: m.sentence });
    }
    const days = group.flatMap((m) => (m.when && /^\d{4}-\d{2}-\d{2}$/.test(m.when) ? [m.when] : []));
    const instruments = [
      ...new Map(
        group.flatMap((m) => m.instruments).map((i) => [i.toLowerCase().replace(/s$/, ""), i]),
      ).values(),
    ].slice(0, 4);
    events.push({
      actor:
        mostCommon(
          actors,
          (a) => actorKey(a) ?? a,
          (a, b) => a.length - b.length,
        ) ?? unnamedActor(family, labels),
      action:
        mostCommon(
          acts,
          (l) => l,
          () => 0,
        ) ?? (family === "generic" ? "attack" : "strike"),
      target,
      location:
        mostCommon(
          group.flatMap((m) => (m.location ? [m.location] : [])),
          (l) => nameKey(l),
          (a, b) => b.length - a.length,
        ) ?? null,
      when:
        mostCommon(
          days,
          (d) => d,
          (a, b) => a.localeCompare(b),
        ) ??
        group.find((m) => m.when)?.when ??
        null,
      instrument: instruments.length > 0 ? instruments.join(", ") : null,
      citations,
      background: group.every((m) => m.background),
      // A report that opens with an event is about it; one that tells it further down recalls or
      // follows it. The reports' leads rank the main event first, then how many reports tell it.
      weight: citations.length + LEAD_WEIGHT * new Set(group.filter((m) => m.lead).map((m) => m.doc)).size,
    });
  }
  return events
    .map((e) => ({ ...e, weight: e.weight + LEAD_WEIGHT * votes(e.action) }))
    .sort((a, b) => Number(a.background) - Number(b.background) || b.weight - a.weight)
    .map(({ weight: _weight, ...event }) => event);
}
