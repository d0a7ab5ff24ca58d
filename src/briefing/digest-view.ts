import type { Digest, DigestChange } from "../contract/digest-schema.js";
import type { Citation, Discrepancy, DocumentSummary } from "../contract/schema.js";

// A digest as a channel reads it in one screen: what changed (with citations), three sentences of
// summary, each open dispute on one line, and the command for the full briefing, which stays one
// /brief away. What a platform cannot fit in one message it drops from the end of a list, and says
// how many it left out.

export interface DigestLine {
  text: string;
  citations: Citation[];
}

export interface DigestView {
  title: string;
  /** Whether each line shows its first citation's quote, or its markers only. */
  quotes: boolean;
  /** Changes and disputes left out (said as "and N more"). */
  moreChanges: number;
  moreDisputes: number;
  /** When the previous digest was generated; null for the first. */
  since: string | null;
  generatedAt: string;
  /** Most important first (revised figures, then disputes, events, reactions, reports). */
  changes: DigestLine[];
  summary: DigestLine[];
  /** Open discrepancies, one line each: the figures by source and the most conservative one. */
  disputes: DigestLine[];
  /** The command that gives the whole briefing. */
  fullBriefing: string;
  documents: DocumentSummary[];
}

export const DIGEST_SUMMARY_SENTENCES = 3;
const MAX_CHANGES = 5;
const MAX_DISPUTES = 5;
/** Our own lines (a change, a dispute) are shortened past this; the quotes they cite are not. */
export const DIGEST_LINE_LENGTH = 500;
/** Claims named on a dispute's line; the others are counted. */
const CLAIMS_PER_DISPUTE = 4;

export function digestView(d: Digest): DigestView {
  const b = d.briefing;
  const changes = d.changes.map(changeLine);
  const disputes = b.discrepancies.filter((x) => x.status === "open").map(disputeLine);
  return {
    title: `Digest: ${d.topic || b.headline || "all stories"}`,
    quotes: true,
    moreChanges: Math.max(0, changes.length - MAX_CHANGES),
    moreDisputes: Math.max(0, disputes.length - MAX_DISPUTES),
    since: d.since,
    generatedAt: d.generatedAt,
    changes: changes.slice(0, MAX_CHANGES),
    summary: b.summary
      .slice(0, DIGEST_SUMMARY_SENTENCES)
      .map((s) => ({ text: s.text, citations: s.citations })),
    disputes: disputes.slice(0, MAX_DISPUTES),
    fullBriefing: `/brief ${d.topic}`.trim(),
    documents: b.documents,
  };
}

/**
 * The next smaller view when a platform cannot fit this one in a message, or null when nothing is
 * left to drop: first the quotes (markers stay), then disputes and changes from the end (counted),
 * then summary sentences; the first change and the first summary sentence stay.
 */
export function shrinkDigestView(v: DigestView): DigestView | null {
  if (v.quotes) return { ...v, quotes: false };
  if (v.disputes.length > 2) return dropDispute(v);
  if (v.changes.length > 2) return dropChange(v);
  if (v.summary.length > 1) return { ...v, summary: v.summary.slice(0, -1) };
  if (v.disputes.length > 0) return dropDispute(v);
  if (v.changes.length > 1) return dropChange(v);
  return null;
}

const dropDispute = (v: DigestView) => ({
  ...v,
  disputes: v.disputes.slice(0, -1),
  moreDisputes: v.moreDisputes + 1,
});
const dropChange = (v: DigestView) => ({
  ...v,
  changes: v.changes.slice(0, -1),
  moreChanges: v.moreChanges + 1,
});

const changeLine = (c: DigestChange): DigestLine => ({ text: ours(c.text), citations: c.citations });

/** Shortened at a word, marked with an ellipsis: the line's citations still point to the whole. */
function ours(text: string): string {
  if (text.length <= DIGEST_LINE_LENGTH) return text;
  const cut = text.slice(0, DIGEST_LINE_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > DIGEST_LINE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/** "Killed: 5 (Observatory) · 7 (Reuters) · most conservative 5", citing each named claim once. */
function disputeLine(d: Discrepancy): DigestLine {
  const named = d.claims.slice(0, CLAIMS_PER_DISPUTE);
  const figures = named.map((c) => (c.attributedTo ? `${c.value} (${c.attributedTo})` : c.value));
  const more = d.claims.length - named.length;
  if (more > 0) figures.push(`${more} more`);
  if (d.conservative !== null) figures.push(`most conservative ${d.conservative}`);
  return {
    text: ours(`${d.question || d.aspect}: ${figures.join(" · ")}`),
    citations: named.flatMap((c) => c.citations.slice(0, 1)),
  };
}
