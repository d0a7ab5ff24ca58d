import type { Discrepancy } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { sentenceTexts } from "../background.js";
import { type Said, saidClaim } from "./said-claim.js";

// Something found and first reported as one thing, later shown to be another: "debris recovered on
// Tuesday was revealed to be trash from passing ships", "two buoys had been recovered, but are now
// believed to have been from a ship". The first report and the finding that replaced it are both shown;
// the later finding settles it (reconciled).

/** The later finding: "was revealed to actually be", "turned out to be", "are now believed to have been". */
const FOUND_TO_BE =
  /\b(?:(?:was|were)\s+(?:\w+\s+)?revealed to (?:actually )?be|turned out to (?:actually )?(?:be|have been)|(?:is|are|was|were) now believed to (?:be|have been)|(?:was|were) (?:later )?identified as)\b/i;
/** The sentence itself says the first account came before: without it, "turned out to be" is any outcome. */
const EARLIER_IN_SENTENCE =
  /\b(?:previously|earlier|initially|at first|had been (?:recovered|found|reported|spotted))\b/i;
/** The earlier account, in any report: "had said debris had been found", "first reported". */
const EARLIER_ACCOUNT =
  /\b(?:had (?:previously |earlier )?(?:said|reported|released|announced|confirmed)|initially|first reported|earlier (?:said|reported))\b/i;

/**
 * The head nouns of what was misidentified: the word before each "and" and the last word before the
 * first preposition ("debris" in "debris from the vicinity", "pallet" and "buoys" in "a pallet and two buoys").
 */
function thingWords(subject: string): string[] {
  const head = subject.split(/\s+(?:from|of|in|at|near|on|off|by|with)\s/i)[0] ?? "";
  // "wreckage recovered earlier": participles and adverbs after the noun are not it.
  const modifier = /(?:ed|ly)$|^(?:earlier|previously|initially|later)$/i;
  const heads = head.split(/\s+and\s+/i).map(
    (part) =>
      part
        .trim()
        .split(/\s+/)
        .findLast((w) => !modifier.test(w)) ?? "",
  );
  return heads.filter((w) => /^[a-z]{4,}$/i.test(w));
}

export function misidentificationDisputes(documents: Document[]): Discrepancy[] {
  const findings: (Said & { words: string[]; subject: string })[] = [];
  const accounts: Said[] = [];
  for (const doc of documents) {
    for (const text of sentenceTexts(doc)) {
      const found = FOUND_TO_BE.exec(text);
      if (found && EARLIER_IN_SENTENCE.test(text.slice(0, found.index))) {
        const subject = text.slice(0, found.index).split(/,\s*but\b|\s+(?:had|have|has) been\b/)[0] ?? "";
        findings.push({ doc: doc.id, quote: text, subject: subject.trim(), words: thingWords(subject) });
      } else if (EARLIER_ACCOUNT.test(text)) accounts.push({ doc: doc.id, quote: text });
    }
  }
  for (const finding of findings) {
    const before = accounts.filter((a) =>
      finding.words.some((w) => new RegExp(`\\b${w}`, "i").test(a.quote)),
    );
    if (before.length === 0) continue;
    return [
      {
        aspect: "misidentification",
        question: `Was the ${finding.subject.replace(/^(?:(?:previously|earlier|initially|the|an?)\s+)+/i, "")} what it was first reported to be?`,
        claims: [
          saidClaim(before, "first reported"),
          saidClaim([finding], "later found to be something else"),
        ],
        status: "reconciled",
        note: "What was first reported was later identified as something else.",
        range: null,
        conservative: null,
      },
    ];
  }
  return [];
}
