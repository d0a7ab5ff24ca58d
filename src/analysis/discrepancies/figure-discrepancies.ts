import type { Citation, Discrepancy, DiscrepancyClaim } from "../../contract/schema.js";
import { nameKey } from "../../text/name-key.js";
import type { Claim, Measure } from "../claims/claim.js";
import type { StoryContext } from "../story-context.js";
import { type Frame, framesOf } from "./claim-frames.js";

// Figures that sources give differently about one thing (claim-frames.ts). Copies of one report count
// once; a larger figure that later reports carry, or that the same source gives, is an update, not a
// dispute; small differences in how long something lasted are wording, not disagreement.

interface Entry {
  source: string;
  claim: DiscrepancyClaim;
  qualifier: Claim["qualifier"];
  revision: boolean;
}

const QUESTIONS: Record<Measure, { aspect: (claims: Claim[]) => string; question: string }> = {
  killed: { aspect: () => "casualties", question: "How many people were killed?" },
  injured: { aspect: () => "casualties", question: "How many people were injured?" },
  payment: {
    aspect: (claims) => (claims.some((c) => /\bransom/i.test(c.sentence)) ? "ransom" : "payment"),
    question: "How much was paid?",
  },
  demand: { aspect: () => "demand", question: "How much was demanded?" },
  recovered: { aspect: () => "recovered amount", question: "How much was recovered?" },
  duration: { aspect: () => "duration", question: "How long did the shutdown last?" },
  weapons: { aspect: () => "weapons", question: "How many weapons were used?" },
};

/** Sources are told apart by who is credited with the figure, else by the report (its original, for copies). */
function sourceOf(claim: Claim, context: StoryContext): string {
  return claim.attributedTo ? `by:${nameKey(claim.attributedTo)}` : `doc:${context.rootOf(claim.doc)}`;
}

function entries(claims: Claim[], context: StoryContext): Entry[] {
  const merged = new Map<string, Entry>();
  for (const c of claims) {
    const source = sourceOf(c, context);
    // One report stating one figure twice, under two names for its source, is one claim.
    const sameInDoc = [...merged.entries()].find(
      ([, e]) =>
        e.claim.number === c.number &&
        e.claim.citations.some((x) => context.rootOf(x.doc) === context.rootOf(c.doc)) &&
        (e.claim.attributedTo === null ||
          c.attributedTo === null ||
          e.claim.value.toLowerCase() === c.value.toLowerCase()),
    );
    const key = sameInDoc?.[0] ?? `${source}|${c.number ?? c.value.toLowerCase()}`;
    const citation: Citation = { doc: c.doc, quote: c.sentence };
    const existing = merged.get(key);
    if (existing) {
      existing.claim.attributedTo ??= c.attributedTo;
      if (!existing.claim.citations.some((x) => x.doc === c.doc && x.quote === c.sentence)) {
        existing.claim.citations.push(citation);
      }
      existing.revision ||= c.revision;
      continue;
    }
    merged.set(key, {
      source,
      qualifier: c.qualifier,
      revision: c.revision,
      claim: { value: c.value, number: c.number, attributedTo: c.attributedTo, citations: [citation] },
    });
  }
  return [...merged.values()];
}

const distinctNumbers = (list: Entry[]) => [
  ...new Set(list.map((e) => e.claim.number).filter((n): n is number => n !== null)),
];

const SIDE_NAMES: Record<string, (name: string) => string> = {
  country: (name) => `from ${name}`,
  proxy: (name) => `backed by ${name}`,
};

/** "How many soldiers from United States were killed?": the question names the frame's group. */
function questionOf(frame: Frame): string {
  const base = QUESTIONS[frame.measure].question;
  const unit = frame.claims[0]?.unit;
  if (unit) return base.replace("weapons", unit);
  const group = frame.group;
  if (!group || (group.category === "people" && group.side === null)) return base;
  const [kind = "", name = ""] = (group.side ?? "").split(":");
  const side = SIDE_NAMES[kind]?.(name);
  return base.replace("people", side ? `${group.category} ${side}` : group.category);
}

/** The days a figure was reported on, by the reports that state a date. */
function daysOf(list: Entry[], n: number, context: StoryContext): number[] {
  return list
    .filter((e) => e.claim.number === n)
    .flatMap((e) => e.claim.citations.map((c) => context.dateOf(c.doc)?.getTime() ?? Number.NaN))
    .filter((t) => !Number.isNaN(t));
}

/**
 * Whether `larger` replaced `smaller`: the same source raised it, or a report says the count rose,
 * or later reports carry the larger figure while the smaller is not repeated after it appeared.
 */
function supersedes(
  larger: number,
  smaller: number,
  list: Entry[],
  context: StoryContext,
  growing: boolean,
): boolean {
  const sources = (n: number) => new Set(list.filter((e) => e.claim.number === n).map((e) => e.source));
  const big = sources(larger);
  if ([...sources(smaller)].some((s) => big.has(s)) && !toldLowered(larger, smaller, list)) return true;
  // "first counted 9, raised its toll to 14": the report itself tells the sequence.
  const quotes = (n: number) => list.filter((e) => e.claim.number === n).flatMap((e) => e.claim.citations);
  const revised = list
    .filter((e) => e.claim.number === larger && e.revision)
    .flatMap((e) => e.claim.citations);
  if (revised.some((r) => quotes(smaller).some((q) => q.quote === r.quote))) return true;
  // A count of weapons does not grow as reports come in, as a toll does: a later, larger count from
  // another body is another count.
  if (!growing) return false;
  const small = daysOf(list, smaller, context);
  const large = daysOf(list, larger, context);
  if (small.length === 0 || large.length === 0) return false;
  return Math.max(...small) <= Math.min(...large) && Math.max(...large) > Math.max(...small);
}

/**
 * "put the toll at 3,000, after it had earlier published a figure of 5,000": a report that tells a
 * revision names the earlier figure as earlier, and a toll is lowered as well as raised. One sentence
 * carrying both figures with such a word does not say the larger one replaced the smaller.
 */
const EARLIER = /\b(?:earlier|initially|previously|at first|first|originally|had put|had given)\b/i;
function toldLowered(larger: number, smaller: number, list: Entry[]): boolean {
  const quotes = (n: number) =>
    new Set(list.filter((e) => e.claim.number === n).flatMap((e) => e.claim.citations.map((c) => c.quote)));
  const small = quotes(smaller);
  return [...quotes(larger)].some((q) => small.has(q) && EARLIER.test(q));
}

/**
 * The values a figure allows: "at least 17" is any number from 17 up; "nearly 220" or "about 220" is a
 * rounding, true of 212 as well (within 5%).
 */
function rangeOf(n: number, list: Entry[]): [number, number] {
  const qualifiers = new Set(list.filter((e) => e.claim.number === n).map((e) => e.qualifier));
  if (qualifiers.size !== 1) return [n, n];
  if (qualifiers.has("min")) return [n, Number.POSITIVE_INFINITY];
  if (qualifiers.has("max")) return [0, n];
  if (qualifiers.has("approx")) return [n * 0.95, n * 1.05];
  return [n, n];
}

/** Figures that can all be true at once ("more than 30" and "41") are no dispute. */
function consistent(current: number[], list: Entry[]): boolean {
  const ranges = current.map((n) => rangeOf(n, list));
  const low = Math.max(...ranges.map((r) => r[0]));
  const high = Math.min(...ranges.map((r) => r[1]));
  return low <= high;
}

function casualtyNote(current: number[], all: number[], list: Entry[]): string {
  const min = Math.min(...current);
  const lowest = list.find((e) => e.claim.number === min)?.claim;
  const updated = all.filter((n) => !current.includes(n));
  const sequence = updated.length > 0 ? ` Earlier figures (${updated.join(", ")}) were later raised.` : "";
  return `Reported figures range from ${min} to ${Math.max(...current)}; the most conservative figure is ${min}${lowest?.attributedTo ? ` (${lowest.attributedTo})` : ""}.${sequence}`;
}

function frameDiscrepancy(frame: Frame, context: StoryContext): Discrepancy | null {
  const { measure } = frame;
  const list = entries(frame.claims, context);
  const numbers = distinctNumbers(list).sort((a, b) => a - b);
  const sources = new Set(list.filter((e) => e.claim.number !== null).map((e) => e.source));
  if (numbers.length < 2 || sources.size < 2) return null;
  const { aspect } = QUESTIONS[measure];
  const claims = list.map((e) => e.claim).sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
  const base = { aspect: aspect(frame.claims), question: questionOf(frame), claims };
  const min = numbers[0] ?? 0;
  const max = numbers.at(-1) ?? 0;
  if (measure === "duration" && (max - min <= 2 || max / min <= 1.4)) {
    const note = `The figures (${min} to ${max} days) describe the same period, counted or rounded differently.`;
    return { ...base, status: "reconciled", note, range: null, conservative: null };
  }
  // "212 pupils" and "nearly 220 pupils": one figure, rounded once; neither an update nor a dispute.
  if (max <= min * 1.1 && consistent(numbers, list)) return null;
  const growing = measure !== "weapons";
  const current = numbers.filter(
    (n) => !numbers.some((m) => m > n && supersedes(m, n, list, context, growing)),
  );
  if (current.length === 1 || consistent(current, list)) {
    const note = `The figure rose as reports came in (${numbers.join(", then ")}): an update, not a dispute.`;
    return { ...base, status: "reconciled", note, range: null, conservative: null };
  }
  const casualty = measure === "killed" || measure === "injured";
  return {
    ...base,
    status: "open",
    note: casualty ? casualtyNote(current, numbers, list) : null,
    range: casualty ? { min: Math.min(...current), max: Math.max(...current) } : null,
    conservative: casualty ? Math.min(...current) : null,
  };
}

export function figureDiscrepancies(claims: Claim[], context: StoryContext): Discrepancy[] {
  const current = claims.filter((c) => !c.background);
  const measures = [...new Set(current.map((c) => c.measure))];
  return measures
    .flatMap((measure) => framesOf(current.filter((c) => c.measure === measure)))
    .flatMap((frame) => frameDiscrepancy(frame, context) ?? []);
}
