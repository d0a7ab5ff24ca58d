import type { Briefing, BriefingEvent, Citation, Discrepancy, Reaction, SummarySentence } from "./schema.js";

// The briefing's sections in reading order, in one list: every renderer lays them out from it, and
// briefingCitations collects their quotes from it, so a new section is shown by every platform and
// checked for grounding, or the build fails (each renderer maps every key, tsc checks it).

/** What each section lists, by key. */
export interface SectionItems {
  summary: SummarySentence;
  events: BriefingEvent;
  reactions: Reaction;
  open: Discrepancy;
  reconciled: Discrepancy;
}

export type SectionKey = keyof SectionItems;

export interface BriefingSection<K extends SectionKey = SectionKey> {
  key: K;
  /** The heading every renderer prints. */
  heading: string;
  /** What the terminal says when the section is empty; null: an empty section is simply left out. */
  whenEmpty: string | null;
  items(b: Briefing): SectionItems[K][];
  /** The quotes one item cites. */
  citations(item: SectionItems[K]): Citation[];
}

type AnySection = { [K in SectionKey]: BriefingSection<K> }[SectionKey];

const claimCitations = (d: Discrepancy) => d.claims.flatMap((c) => c.citations);

export const BRIEFING_SECTIONS: readonly AnySection[] = [
  {
    key: "summary",
    heading: "Summary",
    whenEmpty: "nothing to summarise",
    items: (b) => b.summary,
    citations: (s) => s.citations,
  },
  {
    // "did", not "attacked": the events of a flood, a ransomware attack or an evacuation are
    // actions too, and the contract's events are any actor-action-target.
    key: "events",
    heading: "Who did what",
    whenEmpty: "no events found",
    items: (b) => b.events,
    citations: (e) => e.citations,
  },
  {
    key: "reactions",
    heading: "Reactions",
    whenEmpty: "no official reactions found",
    items: (b) => b.reactions,
    citations: (r) => r.citations,
  },
  {
    key: "open",
    heading: "Open discrepancies",
    whenEmpty: "the sources agree on every figure found",
    items: (b) => b.discrepancies.filter((d) => d.status === "open"),
    citations: claimCitations,
  },
  {
    key: "reconciled",
    heading: "Reconciled",
    whenEmpty: null,
    items: (b) => b.discrepancies.filter((d) => d.status === "reconciled"),
    citations: claimCitations,
  },
];

/** How one renderer turns each section's items into its own lines or blocks. */
export type SectionRenderers<T> = { [K in SectionKey]: (items: SectionItems[K][]) => T[] };

export interface RenderedSection<T> {
  section: Pick<BriefingSection, "key" | "heading" | "whenEmpty">;
  rendered: T[];
}

function renderSection<K extends SectionKey, T>(
  section: BriefingSection<K>,
  b: Briefing,
  render: SectionRenderers<T>,
): RenderedSection<T> {
  const { key, heading, whenEmpty } = section;
  return { section: { key, heading, whenEmpty }, rendered: render[key](section.items(b)) };
}

/** Every section of the briefing, in reading order, rendered by the renderer's own function for it. */
export function renderSections<T>(b: Briefing, render: SectionRenderers<T>): RenderedSection<T>[] {
  return BRIEFING_SECTIONS.map((s) => renderSection(s, b, render));
}

function sectionCitations<K extends SectionKey>(section: BriefingSection<K>, b: Briefing): Citation[] {
  return section.items(b).flatMap((item) => section.citations(item));
}

/** Every quote a briefing cites, section by section. */
export function briefingCitations(b: Briefing): Citation[] {
  return BRIEFING_SECTIONS.flatMap((s) => sectionCitations(s, b));
}
