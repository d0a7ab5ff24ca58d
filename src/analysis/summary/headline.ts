import type { SummarySentence } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { cosineWithNorms, squaredNorm, terms, vectorOf } from "../../text/similarity.js";
import { bodyVector } from "../body-terms.js";

// A briefing's headline: the title of the report that best stands for the story when reports carry
// titles; otherwise the main clause of the summary's lead. Never a file name.

const MAX_HEADLINE_WORDS = 16;
const MIN_CLAUSE_WORDS = 5;

/** "doc01", "2021-02-26_reuters-strike", "M005.3": a file id or slug, not words a reader reads. */
export const looksLikeFileName = (title: string): boolean =>
  !/\s/.test(title.trim()) || /^[\w.-]+\.(?:txt|html?|md|json)$/i.test(title.trim());

/** Wire copies open their first line with a date ("2010/02/27 Chile quake..."): the date is not the headline. */
const LEADING_DATE = /^\d{4}[/-]\d{1,2}[/-]\d{1,2}\s+/;

/** A real title: stated by the report, not taken from its first sentence or its file name. */
export function statedTitle(doc: Document): string | null {
  const title = doc.title.replace(LEADING_DATE, "").trim();
  const first = doc.paragraphs[0]?.sentences[0]?.text.trim();
  if (title === "" || title === doc.id || looksLikeFileName(title) || title === first) return null;
  return title;
}

const clean = (d: Document) => d.derivedFrom === null && d.flags.every((f) => f === "boilerplate-removed");

/**
 * The title closest to what all the reports say: a partisan or quirky title shares little with
 * the others' words, the title of the story's plain account shares most.
 */
function centralTitle(documents: Document[]): string | null {
  const titled = documents.filter(clean).flatMap((d) => {
    const title = statedTitle(d);
    return title ? [{ d, title }] : [];
  });
  if (titled.length === 0) return null;
  // Each report's words and norm once: summing a whole report's norm for every title was quadratic.
  const bodies = documents.map(bodyVector);
  let best = titled[0];
  let bestScore = -1;
  for (const t of titled) {
    const v = vectorOf(terms(t.title));
    const norm = squaredNorm(v);
    const score = bodies.reduce((sum, b) => sum + cosineWithNorms(v, norm, b.vector, b.norm), 0);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best?.title ?? null;
}

// Attributions and side clauses trail the news in a lead ("..., officials said", "..., which ...").
const TRAILING_ATTRIBUTION = /,?\s+(?:\w+\s){0,5}(?:said|says|reported|announced|according to)\b[^,]*$/i;
// "According to the agency, ..." puts the source first; the news follows the comma.
const LEADING_ATTRIBUTION = /^According to [^,]{1,60},\s+/i;
const SIDE_CLAUSE = /[,;:]\s|\s[–—-]\s/;
const DATELINE = /^[A-Z][A-Z .,/'-]{2,}(?:\([^)]*\))?\s*[-–—:]\s+/;

/** The lead's main clause: dateline, trailing attribution and side clauses dropped, kept short. */
export function mainClause(sentence: string): string {
  let text = sentence
    .replace(DATELINE, "")
    .replace(LEADING_ATTRIBUTION, "")
    .replace(/[.!?]+["”’]?$/, "");
  const noAttribution = text.replace(TRAILING_ATTRIBUTION, "");
  if (noAttribution.split(/\s+/).length >= MIN_CLAUSE_WORDS) text = noAttribution;
  const parts = text.split(SIDE_CLAUSE);
  const first = parts[0] ?? text;
  if (first.split(/\s+/).length >= MIN_CLAUSE_WORDS) text = first;
  const words = text.split(/\s+/);
  const shown = words.length > MAX_HEADLINE_WORDS ? `${words.slice(0, MAX_HEADLINE_WORDS).join(" ")}…` : text;
  return shown.charAt(0).toUpperCase() + shown.slice(1);
}

export function headlineOf(documents: Document[], summary: SummarySentence[]): string {
  const title = centralTitle(documents);
  if (title) return title;
  const lead = summary[0]?.text;
  if (lead) return mainClause(lead);
  // No summary at all: any stated title, never a file id.
  return documents.map(statedTitle).find((t) => t !== null) ?? "";
}
