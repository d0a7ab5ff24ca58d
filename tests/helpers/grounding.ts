import type { Citation, Digest, Document, SourcesAnswer } from "../../src/index.js";

// The oracle for "never put words in a source's mouth": a quote is in its document word for word,
// starting and ending where words do (never "kill" out of "killed", "1" out of "1,500", "port"
// out of "port's"), or it is a whole sentence the reader parsed from that document.

/** Every quote a briefing cites, from the core's one list of sections (a new section is checked too). */
export { briefingCitations } from "../../src/index.js";

/** Every quote a sources answer cites: each source's claims and each discrepancy's claims. */
export function sourcesCitations(a: SourcesAnswer): Citation[] {
  return [
    ...a.bySource.flatMap((s) => s.claims.flatMap((c) => [...c.citations, { doc: s.doc, quote: c.text }])),
    ...a.discrepancies.flatMap((d) => d.claims.flatMap((c) => c.citations)),
  ];
}

export function digestCitations(d: Digest): Citation[] {
  return d.changes.flatMap((c) => c.citations);
}

const fold = (text: string) => text.replace(/\s+/g, " ").trim();
const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);

/**
 * Whether the character at `i` of `text` continues a word across it: an apostrophe or hyphen between
 * letters ("port's", "pro-government"), a comma or point between digits ("1,500", "3.5").
 */
function joins(text: string, i: number): boolean {
  const c = text[i] ?? "";
  const [before, after] = [text[i - 1], text[i + 1]];
  if (/['’\-‑]/.test(c)) return isWord(before) && isWord(after);
  if (/[.,]/.test(c)) return /\d/.test(before ?? "") && /\d/.test(after ?? "");
  return false;
}

/** The quote at `text[from, to)` starts and ends where words do. */
function onWordBoundaries(text: string, from: number, to: number): boolean {
  const startsWord = !isWord(text[from]) || (!isWord(text[from - 1]) && !joins(text, from - 1));
  const endsWord = !isWord(text[to - 1]) || (!isWord(text[to]) && !joins(text, to));
  return startsWord && endsWord;
}

/** A document as the grounding oracle reads it: its file's text and the sentences the reader parsed. */
export interface GroundingSource {
  text: string;
  sentences: Set<string>;
}

export function groundingSource(rawFile: string, doc: Document): GroundingSource {
  return {
    text: fold(rawFile),
    sentences: new Set(doc.paragraphs.flatMap((p) => p.sentences.map((s) => fold(s.text)))),
  };
}

/** Null when the quote is grounded in its document; otherwise why not. */
export function groundingProblem(source: GroundingSource | undefined, quote: string): string | null {
  if (!source) return "cites a document the corpus does not have";
  const wanted = fold(quote);
  if (wanted === "") return "empty quote";
  if (source.sentences.has(wanted)) return null;
  let found = false;
  for (let at = source.text.indexOf(wanted); at >= 0; at = source.text.indexOf(wanted, at + 1)) {
    if (onWordBoundaries(source.text, at, at + wanted.length)) return null;
    found = true;
  }
  return found ? "starts or ends inside a word" : "not in its document";
}

/** Every citation that is not grounded, as "doc: problem: quote". */
export function ungrounded(sources: Map<string, GroundingSource>, citations: Citation[]): string[] {
  return citations.flatMap((c) => {
    const problem = groundingProblem(sources.get(c.doc), c.quote);
    return problem ? [`${c.doc}: ${problem}: ${JSON.stringify(c.quote.slice(0, 100))}`] : [];
  });
}
