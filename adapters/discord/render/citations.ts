import type { Citation, Discrepancy, DocumentSummary } from "../../../src/index.js";
import { escapeText } from "./escape.js";
import type { Item } from "./layout-types.js";
import { LONGEST_LINE } from "./pack.js";

// Pieces every answer shows: citation markers, quotes, discrepancies, the Sources list.

/** "a quote of 5,012 characters is too long for Discord" */
const tooLong = (what: string, text: string) =>
  `${what} of ${text.length.toLocaleString("en-US")} characters is too long for Discord`;

export const quoted = (text: string) => `“${escapeText(text)}”`;

/** Markers ([n] = the n-th report in the Sources list) and outlet labels for one answer's documents. */
export class CitationStyle {
  private readonly number: Map<string, number>;
  private readonly byId: Map<string, DocumentSummary>;

  constructor(documents: DocumentSummary[]) {
    this.number = new Map(documents.map((d, i) => [d.id, i + 1]));
    this.byId = new Map(documents.map((d) => [d.id, d]));
  }

  marker(doc: string): string {
    return `[${this.number.get(doc) ?? escapeText(doc)}]`;
  }

  markers(citations: Citation[]): string {
    return [...new Set(citations.map((c) => this.marker(c.doc)))].join("");
  }

  /** "**[3] Newsgrid 24**, *copy of [1]*": a report with its outlet and lineage. */
  source(doc: string): string {
    const d = this.byId.get(doc);
    const outlet = d?.outlet ? ` ${escapeText(d.outlet)}` : "";
    const copy = d?.derivedFrom ? `, *copy of ${this.marker(d.derivedFrom)}*` : "";
    return `**${this.marker(doc)}${outlet}**${copy}`;
  }

  /** "[3] Newsgrid 24 · copy of [1]": the same, as a plain embed title. */
  sourceTitle(doc: string): string {
    const d = this.byId.get(doc);
    return `${this.marker(doc)} ${d?.outlet ? escapeText(d.outlet) : "outlet not stated"}${d?.derivedFrom ? ` · copy of ${this.marker(d.derivedFrom)}` : ""}`;
  }

  /** One line per citation whose quote the item does not already show; a quote too long to show is pointed to. */
  quoteLines(citations: Citation[], shown: string): string[] {
    return citations
      .filter((c) => !shown.includes(escapeText(c.quote)))
      .map((c) => this.fit(`↳ ${this.marker(c.doc)} ${quoted(c.quote)}`, () => this.withheld(c)));
  }

  /** The line, or its stand-in when it is longer than any embed can show. */
  fit(line: string, standIn: () => string): string {
    return line.length <= LONGEST_LINE ? line : standIn();
  }

  withheld(c: Citation): string {
    return `↳ ${this.marker(c.doc)} *${tooLong("A quote", c.quote)}: read it in report ${this.marker(c.doc)} (\`/sources\` lists its claims).*`;
  }

  /** A line of corpus text (a sentence, a quote) with its markers, or a pointer when it is too long. */
  textLine(prefix: string, text: string, citations: Citation[], asQuote = false): string {
    const markers = this.markers(citations);
    const shown = asQuote ? quoted(text) : escapeText(text);
    return this.fit(
      `${prefix}${shown} ${markers}`,
      () => `${prefix}*${tooLong(asQuote ? "A quote" : "A passage", text)}; see report ${markers}.*`,
    );
  }
}

const figure = (n: number) => n.toLocaleString("en-US");

/** A discrepancy as a per-source table: a row per report and claim, its quote under it, the conservative figure labelled. */
export function discrepancyItem(d: Discrepancy, style: CitationStyle): Item {
  const lines = [`**${escapeText(d.question || d.aspect)}** *(${escapeText(d.aspect)})*`];
  for (const claim of d.claims) {
    const who = claim.attributedTo ? ` — per ${escapeText(claim.attributedTo)}` : "";
    const conservative =
      d.conservative !== null && claim.number === d.conservative ? " ← *most conservative*" : "";
    for (const c of claim.citations) {
      const row = [
        style.fit(
          `• ${style.source(c.doc)}: **${escapeText(claim.value)}**${who}${conservative}`,
          () => `• ${style.source(c.doc)}: *a claim too long for Discord; see ${style.marker(c.doc)}*`,
        ),
        ...style.quoteLines([c], ""),
      ];
      // A row and its quote stay together when the table has to continue in another embed.
      const joined = row.join("\n");
      lines.push(...(joined.length <= LONGEST_LINE ? [joined] : row));
    }
  }
  if (d.range && d.conservative !== null) {
    lines.push(
      `Range ${figure(d.range.min)}–${figure(d.range.max)} · **Most conservative figure: ${figure(d.conservative)}**`,
    );
  }
  if (d.note) lines.push(style.fit(`*${escapeText(d.note)}*`, () => "*(note too long for Discord)*"));
  return lines;
}

/** "6 reports, 5 independent" */
export function reportCount(documents: DocumentSummary[]): string {
  const independent = documents.filter((d) => d.derivedFrom === null).length;
  return `${plural(documents.length, "report")}, ${independent} independent`;
}

/** The Sources list: every report with outlet, date, language, flags and what it copies. */
export function sourceItems(documents: DocumentSummary[], style: CitationStyle): Item[] {
  return documents.map((d) => {
    const facts = [d.published, d.language !== "en" ? d.language : null, ...d.flags].filter(
      (f): f is string => Boolean(f),
    );
    const title = d.title ? ` — ${escapeText(d.title)}` : "";
    const extra = facts.length > 0 ? ` (${escapeText(facts.join(", "))})` : "";
    const line = style.fit(`${style.source(d.id)}${title}${extra}`, () => `${style.source(d.id)}${extra}`);
    return d.url ? [line, style.fit(address(d.url), () => "*(address too long for Discord)*")] : [line];
  });
}

/** A report's web address; in angle brackets so Discord shows no preview card, as text when it is not a plain link. */
export function address(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeText(url);
}

export const plural = (n: number, word: string, words = `${word}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? word : words}`;
