import type { Citation, Discrepancy, DocumentSummary } from "../../../src/index.js";
import { bold, escapeMrkdwn, italic, quoted } from "./escape.js";
import type { Item } from "./layout-types.js";

// Pieces both the briefing and the sources answer show: document labels, citations, discrepancies.

/** Short labels for document ids ("000_d26cea5e" → "000") when the short form stays unique. */
export function documentLabels(documents: DocumentSummary[]): Map<string, string> {
  const short = (id: string) => id.split("_")[0] || id;
  const counts = new Map<string, number>();
  for (const d of documents) counts.set(short(d.id), (counts.get(short(d.id)) ?? 0) + 1);
  return new Map(documents.map((d) => [d.id, counts.get(short(d.id)) === 1 ? short(d.id) : d.id]));
}

export class CitationStyle {
  private readonly labels: Map<string, string>;
  private readonly outlets: Map<string, string | null>;
  private readonly copies: Map<string, string | null>;

  constructor(documents: DocumentSummary[]) {
    this.labels = documentLabels(documents);
    this.outlets = new Map(documents.map((d) => [d.id, d.outlet]));
    this.copies = new Map(documents.map((d) => [d.id, d.derivedFrom]));
  }

  /** "[001]": the marker that points at the Sources list. */
  marker(doc: string): string {
    return `[${escapeMrkdwn(this.labels.get(doc) ?? doc)}]`;
  }

  markers(citations: Citation[]): string {
    return [...new Set(citations.map((c) => this.marker(c.doc)))].join("");
  }

  /** "[003] Newsgrid 24, copy of [001]": a source with its outlet and lineage. */
  source(doc: string): string {
    const outlet = this.outlets.get(doc);
    const copyOf = this.copies.get(doc);
    return [
      bold(this.marker(doc)),
      outlet ? ` ${escapeMrkdwn(outlet)}` : "",
      copyOf ? `, ${italic(`copy of ${this.marker(copyOf)}`)}` : "",
    ].join("");
  }

  /** One line per citation whose quote the item does not already show in full. */
  lines(citations: Citation[], shown: string): string[] {
    return citations
      .filter((c) => !shown.includes(c.quote))
      .map((c) => `      ↳ ${this.marker(c.doc)} ${quoted(c.quote)}`);
  }
}

/** A discrepancy as a per-source table: one row per source, the conservative figure labelled. */
export function discrepancyItem(d: Discrepancy, style: CitationStyle): Item {
  const lines = [`${bold(escapeMrkdwn(d.question || d.aspect))} ${italic(`(${escapeMrkdwn(d.aspect)})`)}`];
  for (const claim of d.claims) {
    const who = claim.attributedTo ? ` — per ${escapeMrkdwn(claim.attributedTo)}` : "";
    const conservative =
      d.conservative !== null && claim.number === d.conservative ? ` ${italic("← conservative")}` : "";
    for (const c of claim.citations) {
      // A row and its quote stay together even when the table spreads over several messages.
      lines.push(
        `• ${style.source(c.doc)}: ${bold(escapeMrkdwn(claim.value))}${who}${conservative}\n      ${quoted(c.quote)}`,
      );
    }
  }
  if (d.range && d.conservative !== null) {
    lines.push(
      `Range ${d.range.min}–${d.range.max} · ${bold(`Conservative figure: ${d.conservative}`)} (lowest reported)`,
    );
  }
  if (d.note) lines.push(italic(escapeMrkdwn(d.note)));
  return lines;
}

/** "6 reports, 5 independent" */
export function reportCount(documents: DocumentSummary[]): string {
  const independent = documents.filter((d) => d.derivedFrom === null).length;
  return `${documents.length} report${documents.length === 1 ? "" : "s"}, ${independent} independent`;
}

/** The Sources list: every document with outlet, date, flags and what it copies. */
export function sourceItems(documents: DocumentSummary[], style: CitationStyle): Item[] {
  return documents.map((d) => {
    const facts = [d.published, d.language !== "en" ? d.language : null, ...d.flags].filter(
      (f): f is string => Boolean(f),
    );
    const title = d.title ? ` — ${italic(escapeMrkdwn(d.title))}` : "";
    const extra = facts.length > 0 ? ` (${escapeMrkdwn(facts.join(", "))})` : "";
    return [`${style.source(d.id)}${title}${extra}${d.url ? `\n      ${address(d.url)}` : ""}`];
  });
}

/** A report's web address as escaped text: Slack links a plain address itself, and no link syntax is built from corpus data. */
export function address(url: string): string {
  return escapeMrkdwn(url);
}
