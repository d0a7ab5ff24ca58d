import type { Citation, Discrepancy, DiscrepancyClaim } from "../../briefing/schema.js";
import { nameKey } from "../../text/name-key.js";
import type { Claim, Measure } from "../claims/claim.js";
import type { StoryContext } from "../story-context.js";

// Figures that sources give differently. Copies of one report count once; a source that revises its
// own figure is an update, not a second source; small differences in how long something lasted are
// wording, not disagreement.

interface Entry {
  source: string;
  claim: DiscrepancyClaim;
  victims: Claim["victims"];
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
        e.victims === c.victims &&
        e.claim.citations.some((x) => context.rootOf(x.doc) === context.rootOf(c.doc)) &&
        (e.claim.attributedTo === null ||
          c.attributedTo === null ||
          e.claim.value.toLowerCase() === c.value.toLowerCase()),
    );
    const key = sameInDoc?.[0] ?? `${source}|${c.number ?? c.value.toLowerCase()}|${c.victims ?? ""}`;
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
      victims: c.victims,
      revision: c.revision,
      claim: { value: c.value, number: c.number, attributedTo: c.attributedTo, citations: [citation] },
    });
  }
  return [...merged.values()];
}

const distinctNumbers = (list: Entry[]) => [
  ...new Set(list.map((e) => e.claim.number).filter((n): n is number => n !== null)),
];

/** Numbers that conflict: casualty counts of civilians are compared apart from other victims. */
function comparable(list: Entry[], measure: Measure): Entry[] {
  if (measure !== "killed" && measure !== "injured") return list;
  const others = list.filter((e) => e.victims !== "civilian");
  return distinctNumbers(others).length > 1 ? others : list.filter((e) => e.victims === "civilian");
}

function revisionNote(list: Entry[]): string | null {
  const notes: string[] = [];
  const bySource = new Map<string, Entry[]>();
  for (const e of list) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
  for (const group of bySource.values()) {
    const numbers = distinctNumbers(group).sort((a, b) => a - b);
    if (numbers.length > 1 && group.some((e) => e.revision) && group[0]?.claim.attributedTo) {
      notes.push(`${group[0].claim.attributedTo} revised its figure from ${numbers.join(" to ")}`);
    }
  }
  return notes.length > 0 ? `${notes.join("; ")}.` : null;
}

/**
 * A later report that says a figure rose ("the toll rose to 57") supersedes lower figures reported
 * earlier: a rising count is news, not disagreement. Figures from the same day still conflict.
 */
function withoutSuperseded(list: Entry[], context: StoryContext): Entry[] {
  const firstDay = (e: Entry) => Math.min(...e.claim.citations.map((c) => context.dateOf(c.doc).getTime()));
  const lastDay = (e: Entry) => Math.max(...e.claim.citations.map((c) => context.dateOf(c.doc).getTime()));
  const updates = list.filter((e) => e.revision && e.claim.number !== null);
  return list.filter(
    (e) =>
      e.claim.number === null ||
      !updates.some((u) => (u.claim.number ?? 0) > (e.claim.number ?? 0) && firstDay(u) > lastDay(e)),
  );
}

export function figureDiscrepancies(claims: Claim[], context: StoryContext): Discrepancy[] {
  const result: Discrepancy[] = [];
  const measures = [...new Set(claims.map((c) => c.measure))];
  for (const measure of measures) {
    const ofMeasure = claims.filter((c) => c.measure === measure && !c.background);
    const list = entries(ofMeasure, context);
    const compared = comparable(list, measure);
    const numbers = distinctNumbers(compared);
    const sources = new Set(compared.filter((e) => e.claim.number !== null).map((e) => e.source));
    if (numbers.length < 2 || sources.size < 2) continue;
    const { aspect, question } = QUESTIONS[measure];
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    const claimsOut = list
      .map((e) => e.claim)
      .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
    if (measure === "duration" && (max - min <= 2 || max / min <= 1.4)) {
      result.push({
        aspect: aspect(ofMeasure),
        question,
        claims: claimsOut,
        status: "reconciled",
        note: `The figures (${min} to ${max} days) describe the same period, counted or rounded differently.`,
        range: null,
        conservative: null,
      });
      continue;
    }
    const current = withoutSuperseded(compared, context);
    const currentNumbers = distinctNumbers(current);
    if (currentNumbers.length === 1) {
      result.push({
        aspect: aspect(ofMeasure),
        question,
        claims: claimsOut,
        status: "reconciled",
        note: `Later reports raised the figure from ${numbers
          .filter((n) => n !== currentNumbers[0])
          .sort((a, b) => a - b)
          .join(", ")} to ${currentNumbers[0]}: an update, not a dispute.`,
        range: null,
        conservative: null,
      });
      continue;
    }
    const casualty = measure === "killed" || measure === "injured";
    const revision = revisionNote(compared);
    const lowest = compared.find((e) => e.claim.number === min)?.claim;
    const conservativeNote = casualty
      ? `Reported figures range from ${min} to ${max}; the most conservative figure is ${min}${lowest?.attributedTo ? ` (${lowest.attributedTo})` : ""}.`
      : null;
    result.push({
      aspect: aspect(ofMeasure),
      question,
      claims: claimsOut,
      status: "open",
      note: [conservativeNote, revision].filter(Boolean).join(" ") || null,
      range: casualty ? { min, max } : null,
      conservative: casualty ? min : null,
    });
  }
  return result;
}
