import type { Discrepancy } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { sentenceTexts } from "../background.js";
import { type Said, saidClaim } from "./said-claim.js";

// What caused a crash or a disaster while investigators have not settled it: reports state that the
// cause is not known ("the cause of the crash is not yet known", "authorities are not yet certain what
// caused it") and offer hedged explanations ("a short circuit may have caused …", "suspicion fell on the
// speed sensors", "considered likely to have been a contributing factor"). Only when both are there,
// from at least two reports, is the cause printed as open, each explanation with its source. A cause
// told as fact by every report is no dispute, and a hedge with no statement of doubt is not shown.

const UNKNOWN =
  /\b(?:cause|what caused)\b[^.;]{0,60}?\b(?:(?:is|was|are|remains?|has)\s+)?(?:not (?:yet )?(?:known|clear|certain|determined|established|been determined)|unknown|unclear|undetermined)\b|\bnot (?:yet )?(?:certain|sure|clear|known) (?:what|why) (?:caused|happened)\b|\b(?:have|has) not (?:yet )?(?:determined|established) (?:the|what) caus/i;

const EXPLANATION =
  /\b(?:may|might|could) have (?:been )?(?:caused|led to|triggered|brought down|contributed to)\b|\b(?:possible|probable|likely|suspected) causes?\b|\b(?:likely|believed|thought|suspected) to have (?:caused|contributed to|been a (?:contributing )?(?:factor|cause))\b|\bcontributing factor\b|\bsuspicion (?:to fall|fell|falls|has fallen) on\b/i;

/** "ruled out", "no evidence that": an explanation set aside is not one offered. */
const SET_ASIDE = /\bruled out\b|\bno evidence\b|\bnot (?:the|a) cause\b/i;

/** What the doubt is about: "the cause of the crash", "what caused the collapse". */
const WHAT =
  /\b(?:cause of|caused)\s+(the\s+(?:crash|collapse|blast|explosion|fire|accident|incident|derailment|sinking|outage|failure))\b/i;

export function causeDisputes(documents: Document[]): Discrepancy[] {
  const unknown: Said[] = [];
  const offered: Said[] = [];
  for (const doc of documents) {
    for (const text of sentenceTexts(doc)) {
      if (UNKNOWN.test(text)) unknown.push({ doc: doc.id, quote: text });
      else if (EXPLANATION.test(text) && !SET_ASIDE.test(text)) offered.push({ doc: doc.id, quote: text });
    }
  }
  const reports = new Set([...unknown, ...offered].map((s) => s.doc));
  if (unknown.length === 0 || offered.length === 0 || reports.size < 2) return [];
  const subject = unknown.map((s) => WHAT.exec(s.quote)?.[1]).find(Boolean);
  return [
    {
      aspect: "cause",
      question: `What caused ${subject ?? "it"}?`,
      claims: [
        saidClaim(unknown, "not yet known"),
        ...[...new Map(offered.map((s) => [s.doc, s])).values()].map((s) =>
          saidClaim([s], "a possible cause"),
        ),
      ],
      status: "open",
      note: "The cause is not settled: reports give possible explanations, none confirmed.",
      range: null,
      conservative: null,
    },
  ];
}
