import { findQuantities, type Qualifier } from "../../text/quantities.js";

// How many weapons an attack used, as each side counts them: "said it launched 10 drones", "18 drones
// and three cruise missiles were fired". The attacker and the attacked often count differently, and
// the count is what tells where the attack came from.

export interface WeaponFigure {
  value: string;
  number: number;
  qualifier: Qualifier;
  /** What is counted: "drones", "missiles" or "rockets". */
  unit: string;
  start: number;
}

const WEAPON =
  /^\s+(?:(?:cruise|ballistic|armed|attack|guided|explosive-laden|anti-ship)\s+){0,2}(drones|missiles|rockets)\b/i;
/** The use verb before the figure: "launched 10 drones", "carried out with 10 drones", "fired: 18 drones". */
const USED_BEFORE =
  /\b(?:launched|launching|fired|firing|sent|sending|used|using|involved|involving|deployed|with|(?:the )?use of|fired:)\s+(?:(?:a total of|some|about|around|at least|more than)\s+)?$/i;
/** ... or after it: "10 drones had been used", "20 drones were involved". */
const USED_AFTER =
  /^(?:\s+and\s+(?:an?\s+)?(?:[\w-]+\s+){1,3}(?:drones|missiles|rockets))?\s*(?:had |have |has )?(?:been |were |was )?(?:used|launched|fired|involved|sent)\b/i;
/** "could carry 10 missiles", "did not fire 10 rockets": a capacity or a denial is no count. */
const HEDGED = /\b(?:not|never|no|could|would|might|may|can|capable|able)\b[^.;]{0,30}$/i;

export function weaponFigures(sentence: string): WeaponFigure[] {
  if (!/\b(?:drones|missiles|rockets)\b/i.test(sentence)) return [];
  const counted: { figure: WeaponFigure; used: boolean }[] = [];
  for (const q of findQuantities(sentence)) {
    if (q.number === null || q.currency !== null || !Number.isInteger(q.number)) continue;
    const end = q.start + q.value.length;
    const weapon = WEAPON.exec(sentence.slice(end));
    if (!weapon) continue;
    const before = sentence.slice(Math.max(0, q.start - 60), q.start);
    const after = sentence.slice(end + weapon[0].length);
    counted.push({
      figure: {
        value: sentence.slice(q.start, end + weapon[0].length).trim(),
        number: q.number,
        qualifier: q.qualifier,
        unit: (weapon[1] ?? "").toLowerCase(),
        start: q.start,
      },
      used: (USED_BEFORE.test(before) || USED_AFTER.test(after)) && !HEDGED.test(before),
    });
  }
  const figures = counted.map((c) => c.figure);
  return counted
    .filter((c) => c.used && figures.filter((g) => g.unit === c.figure.unit).length === 1)
    .map((c) => c.figure);
}
