import { findQuantities, type Qualifier } from "../../text/quantities.js";
import type { Measure } from "./claim.js";

// Sums of money a story turns on (a ransom, a payment, what was seized), not prices per unit.

export interface MoneyFigure {
  measure: Extract<Measure, "payment" | "recovered" | "demand">;
  value: string;
  number: number | null;
  qualifier: Qualifier;
  start: number;
}

const CUES: [RegExp, MoneyFigure["measure"]][] = [
  [/\b(seiz\w*|recover\w*|recaptur\w*|claw\w* back|confiscat\w*|froze|frozen)\b/gi, "recovered"],
  [/\b(demand\w*|asked for|sought)\b/gi, "demand"],
  [/\b(paid|pay|pays|paying|payment|ransom|handed over|transferred)\b/gi, "payment"],
];
// "$4 a gallon", "$150 each", "$50 per person": a price or a share per unit or head, not a sum paid.
const PER_UNIT =
  /^\s*(?:(?:a|an|per|each)\s+(?:gallon|litre|liter|barrel|hour|share|day|month|year|ton|tonne|kilo\w*|pound|person|head|employee|worker|recipient|family|household)\b|each\b|apiece\b)/i;
const CURRENCY_AFTER = /^\s*(of\s+)?(dollars|euros|pounds|yuan|yen|rubles|roubles)\b/i;

// "ordered to pay restitution of $18,000", "fined $5,000": a court's penalty on one defendant is not
// the sum the story turns on, and two defendants' penalties are no dispute.
const PENALTY = /\b(?:restitution|fined|fines?\s+of|ordered to (?:pay|forfeit)|penalt(?:y|ies)|bail)\b/i;

export function moneyFigures(sentence: string): MoneyFigure[] {
  if (PENALTY.test(sentence)) return [];
  const figures: MoneyFigure[] = [];
  for (const q of findQuantities(sentence)) {
    const end = q.start + q.value.length;
    const after = sentence.slice(end);
    if (q.currency === null && !CURRENCY_AFTER.test(after)) continue;
    if (PER_UNIT.test(after) || q.number === null) continue;
    let best: { measure: MoneyFigure["measure"]; distance: number } | null = null;
    for (const [re, measure] of CUES) {
      for (const m of sentence.matchAll(re)) {
        const at = m.index ?? 0;
        const distance = at < q.start ? q.start - (at + m[0].length) : at - end;
        if (!best || distance < best.distance) best = { measure, distance };
      }
    }
    if (!best || best.distance > 80) continue;
    figures.push({
      measure: best.measure,
      value: q.value,
      number: q.number,
      qualifier: q.qualifier,
      start: q.start,
    });
  }
  return figures;
}
