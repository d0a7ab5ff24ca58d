import type { BriefingEvent, Discrepancy, Reaction, SummarySentence } from "../../contract/schema.js";
import { namesAct } from "../../text/act-names.js";

// Sentences the summary states in its own words, each part cited to the verbatim source sentence:
// a dispute over a figure that the reports settle no other way, and who condemned the main act.

const CONDEMNATION =
  /\b(condemn\w*|denounc\w*|(?<!\bfor\s)aggression|violation|illegal|war crimes?|cowardly|breach)\b/i;

/** "The Britain-based monitor" reads "the Britain-based monitor" inside a sentence. */
const midSentence = (name: string) => name.replace(/^(The|An|A)\s/, (w) => w.toLowerCase());

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * A dispute is sure when at least two different figures are each stated by two named sources: one
 * report's figure may count something else (the wounded, another group), a figure told twice over
 * is the other side of a dispute.
 */
export function sureDispute(discrepancies: Discrepancy[]): Discrepancy | undefined {
  return discrepancies.find((d) => {
    // A magnitude dispute is read within one report and may be about an aftershock: never sure.
    if (d.status !== "open" || d.aspect === "magnitude") return false;
    const [low, high] = extremes(d);
    // "An aid worker" against "13 service members" counts different people: no dispute.
    return !!low && !!high && countedThing(low.value) === countedThing(high.value);
  });
}

/** The lowest and the highest attested figure. */
function extremes(d: Discrepancy) {
  const numbered = attested(d).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return numbered.length > 1 ? [numbered[0], numbered.at(-1)] : [];
}

const ORDINAL = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|\w+teenth|\w+tieth|hundredth)\b/i;

/** What a figure counts: its last word, singular ("22 fighters" and "one fighter" count fighters). */
const countedThing = (value: string) =>
  (
    value
      .toLowerCase()
      .match(/[a-z]+/g)
      ?.at(-1) ?? ""
  ).replace(/(?:es|s)$/, "");

/**
 * The claims whose figure two or more named sources state; or, when only one source states each,
 * named figures that count the same thing ("$4.4 million" against "nearly $5 million").
 */
function attested(d: Discrepancy) {
  // "A thirteenth service member" ranks one among others: an ordinal is not a count.
  const named = d.claims.filter((c) => c.number !== null && c.attributedTo && !ORDINAL.test(c.value));
  const things = new Set(named.map((c) => countedThing(c.value)));
  if (things.size === 1 && new Set(named.map((c) => c.number)).size > 1) return distinct(named);
  const sources = (n: number | null) =>
    new Set(named.filter((c) => c.number === n).map((c) => c.attributedTo));
  return distinct(named.filter((c) => sources(c.number).size > 1));
}

const distinct = <T extends { number: number | null }>(claims: T[]) =>
  claims.filter((c, i) => claims.findIndex((x) => x.number === c.number) === i);

/** "Reports differ on the toll: one fighter according to an Iraqi militia official, against 22 fighters according to..." */
export function figuresSentence(d: Discrepancy): SummarySentence {
  const picks = extremes(d).filter((c, i, all): c is NonNullable<typeof c> => !!c && all.indexOf(c) === i);
  const parts = picks.map(
    (c) => `${c.value}${c.attributedTo ? ` according to ${midSentence(c.attributedTo)}` : ""}`,
  );
  const topic = d.aspect === "casualties" ? "the toll" : `the ${d.aspect}`;
  return {
    text: `Reports differ on ${topic}: ${parts.join(", against ")}.`,
    citations: picks.map((c) => c.citations[0]).filter((c): c is NonNullable<typeof c> => !!c),
  };
}

/**
 * "Who was responsible is disputed: claimed by A; blamed on B by C; denied by B." Who did it is the
 * first thing a reader asks of an attack; when the reports' statements disagree the summary says so,
 * each side cited to its sentence. Only an open dispute: a conceded one is told by the reports.
 */
export function responsibilitySentence(discrepancies: Discrepancy[]): SummarySentence | null {
  const d = discrepancies.find((x) => x.aspect === "responsibility" && x.status === "open");
  if (!d) return null;
  const sides = new Map<string, Discrepancy["claims"][number]>();
  for (const c of d.claims) if (c.citations.length > 0 && !sides.has(c.value)) sides.set(c.value, c);
  // Told in the order of the story: the claim, the blame, then the denials that answer them.
  const order = (v: string) => {
    const i = ["claimed", "blamed", "denied"].findIndex((k) => v.startsWith(k));
    return i < 0 ? 3 : i;
  };
  const picked = [...sides.values()].sort((a, b) => order(a.value) - order(b.value)).slice(0, 4);
  if (picked.length < 2) return null;
  const told = picked.map((c) =>
    c.value.startsWith("blamed on") && c.attributedTo
      ? `${c.value} by ${midSentence(c.attributedTo)}`
      : c.value,
  );
  return {
    text: `Who was responsible is disputed: ${told.join("; ")}.`,
    citations: picked.flatMap((c) => c.citations[0] ?? []),
  };
}

/**
 * The latest figure of a toll the reports raised as they came in ("The figure rose as reports came
 * in"), with the sentence that states it: an update everyone agrees replaced the earlier counts.
 */
export function latestToll(discrepancies: Discrepancy[]): { value: string; quotes: string[] } | null {
  const update = discrepancies.find(
    (d) => d.aspect === "casualties" && d.status === "reconciled" && d.note?.startsWith("The figure rose"),
  );
  const top = update?.claims.reduce((a, c) => ((c.number ?? 0) > (a.number ?? 0) ? c : a));
  if (!top || top.number === null) return null;
  // Every sentence that states the latest figure: the first may be one the summary cannot use
  // (a garbled report's).
  const quotes = update?.claims
    .filter((c) => c.number === top.number)
    .flatMap((c) => c.citations.map((q) => q.quote));
  return quotes && quotes.length > 0 ? { value: top.value, quotes } : null;
}

/** Natural hazards act on their own: nobody condemns an earthquake. */
const isHazard = (e: BriefingEvent) => e.actor.toLowerCase().includes(e.action.toLowerCase());

/**
 * "Russia, Iran and Syria condemned the airstrike.", when the sources say so in words of condemnation
 * and at least two independent reports carry a condemnation: one report's closing line ("Norland's
 * embassy also condemned the attack.") is a formality of that report, not the reaction the story had.
 */
export function reactionSentence(
  reactions: Reaction[],
  events: BriefingEvent[],
  rootOf: (doc: string) => string = (doc) => doc,
): SummarySentence | null {
  // Condemnation is reported against an act; without one the sentence would not say of what.
  const event = events.find((e) => !e.background && !isHazard(e));
  if (!event) return null;
  // Governments and bodies, not individual critics; an accusation about something else must not
  // become "X condemned the strike".
  // A condemnation that names another of the story's acts and not this one (a retaliation, an
  // earlier attack) is about that act, and must not be printed as a condemnation of this one.
  const others = events.filter((e) => e !== event && !namesAct(e.action, event.action)).map((e) => e.action);
  const aboutOther = (t: string) => !namesAct(t, event.action) && others.some((a) => namesAct(t, a));
  const says = (r: Reaction) =>
    [r.quote, ...r.citations.map((c) => c.quote)].some((t) => CONDEMNATION.test(t) && !aboutOther(t));
  const condemning = reactions.filter((r) => r.stance === "condemn" && r.affiliation !== null && says(r));
  const reports = new Set(condemning.flatMap((r) => r.citations.map((c) => rootOf(c.doc))));
  const parties = [...new Set(condemning.map((r) => r.affiliation ?? ""))].slice(0, 4);
  if (parties.length === 0 || reports.size < 2) return null;
  const citations = parties.flatMap((p) => condemning.find((r) => r.affiliation === p)?.citations[0] ?? []);
  return { text: `${listOf(parties)} condemned the ${event.action}.`, citations };
}

/**
 * "The Red Cross denied the figure of 4,200 attributed to it.": a figure other reports still credit to
 * a body that says it never gave it. A reader weighing the toll needs to know whose it is not.
 */
export function disownedSentence(discrepancies: Discrepancy[]): SummarySentence | null {
  const d = discrepancies.find((x) => x.aspect === "attributed figure" && x.note);
  const [credited, denied] = d?.claims ?? [];
  const citations = [denied?.citations[0], credited?.citations[0]].filter(
    (c): c is NonNullable<typeof c> => c !== undefined,
  );
  return d?.note && citations.length === 2 ? { text: d.note, citations } : null;
}
