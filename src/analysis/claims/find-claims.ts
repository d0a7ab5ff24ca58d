import type { Document } from "../../corpus/document.js";
import { attributionOf } from "../../text/attribution.js";
import { backgroundReader, sentenceTexts } from "../background.js";
import { type DocumentDates, perDocument } from "../document-memo.js";
import type { StoryContext } from "../story-context.js";
import { casualtyFigures } from "./casualty-claims.js";
import type { Claim } from "./claim.js";
import { eventNear } from "./claim-event.js";
import { durationFigures } from "./duration-claims.js";
import { moneyFigures } from "./money-claims.js";
import { weaponFigures } from "./weapon-claims.js";

const REVISION =
  /\b(raised|revised|updated|lowered|increased|rose to|risen to|climbed to|jumped to|first (counted|said|reported)|later said|new toll|now says)\b/i;
// A sentence that points back at the event of the sentence before ("in those strikes", "days later").
const ANAPHORA =
  /\b(those (strikes|attacks|raids)|that (attack|strike|raid)|days later|weeks later|at the time|then)\b/i;

const POINTS_BACK = /\b(?:that|this|the same) (?:strike|attack|raid|blast|explosion)\b/i;

/** Every figure the documents assert about casualties, money, weapons used and how long things were down. */
export function findClaims(documents: Document[], context: StoryContext): Claim[] {
  return documents.flatMap((doc) => claimsOf(doc, context));
}

const claimsOf = perDocument((doc: Document, dates: DocumentDates): Claim[] => {
  const claims: Claim[] = [];
  const texts = sentenceTexts(doc);
  const background = backgroundReader(texts, dates, ANAPHORA);
  const attribution = attributionReader(texts);
  const named = namedReader(texts);
  texts.forEach((text, i) => {
    const casualties = casualtyFigures(text);
    const money = moneyFigures(text);
    const durations = durationFigures(text);
    const weapons = weaponFigures(text);
    // Most sentences state no figure: they are passed over before any list is built.
    if (casualties.length + money.length + durations.length + weapons.length === 0) return;
    const figures = [
      ...casualties,
      ...money,
      ...durations.map((d) => ({ ...d, measure: "duration" as const, group: null })),
      ...weapons.map((w) => ({ ...w, measure: "weapons" as const, group: null })),
    ];
    // "that strike", "the same attack" point back at the kind of event named before.
    const pointsBack = POINTS_BACK.test(text) && !named(i) ? lastNamedBefore(named, i) : null;
    const inBackground = background(i);
    const revision = REVISION.test(text);
    const attributedTo = attribution(i);
    for (const f of figures) {
      // Built whole, not spread from a shared part: a claim for every figure of every report.
      claims.push({
        doc: doc.id,
        sentence: text,
        background: inBackground,
        revision,
        attributedTo,
        measure: f.measure,
        value: f.value,
        number: f.number,
        qualifier: f.qualifier,
        group: "group" in f ? f.group : null,
        part: "part" in f ? f.part : false,
        unit: "unit" in f ? f.unit : null,
        event: eventNear(text, f.start) ?? pointsBack,
      });
    }
  });
  return claims;
});

/**
 * The kind of event the i-th sentence names, read only when asked: only sentences with figures
 * need it, and those that point back need it for the sentences before them.
 */
function namedReader(texts: readonly string[]): (i: number) => string | null {
  const known: (string | null)[] = [];
  return (i) => {
    let found = known[i];
    if (found === undefined) {
      found = eventNear(texts[i] ?? "", 0, Number.POSITIVE_INFINITY);
      known[i] = found;
    }
    return found;
  };
}

/** The kind of event named last before the i-th sentence, or null. */
function lastNamedBefore(named: (i: number) => string | null, i: number): string | null {
  for (let j = i - 1; j >= 0; j--) {
    const found = named(j);
    if (found !== null) return found;
  }
  return null;
}

const PRONOUN = /^(?:it|they|he|she)$/i;

/**
 * Who the i-th sentence says its figures come from. "It reported" means the source the sentence
 * before names. Read only for sentences with figures.
 */
function attributionReader(texts: readonly string[]): (i: number) => string | null {
  const stated: (string | null)[] = [];
  const statedAt = (i: number): string | null => {
    let found = stated[i];
    if (found === undefined) {
      found = attributionOf(texts[i] ?? "");
      stated[i] = found;
    }
    return found;
  };
  return (i) => {
    const own = statedAt(i);
    if (!own || !PRONOUN.test(own)) return own;
    // The pronoun points at the sentence before; when that one credits no one, its subject is often
    // someone else ("the spokesman stood beside the debris"), and a source further back would be a guess.
    const earlier = i > 0 ? statedAt(i - 1) : null;
    return earlier && !PRONOUN.test(earlier) ? earlier : null;
  };
}
