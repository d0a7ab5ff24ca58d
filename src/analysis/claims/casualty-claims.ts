import { findQuantities, type Qualifier } from "../../text/quantities.js";
import type { Measure, VictimClass } from "./claim.js";

// Casualty figures in one sentence: "at least seven militia fighters were killed", "killed one militia
// member and wounded two others", "raised its toll to 22", "a child was killed".

export interface CasualtyFigure {
  measure: Extract<Measure, "killed" | "injured">;
  value: string;
  number: number | null;
  qualifier: Qualifier;
  victims: VictimClass | null;
  start: number;
}

const CIVILIAN =
  "civilians?|children|child|women|residents|villagers|passengers?|students?|protesters?|demonstrators?|patients|infants?|babies|boys?|girls?|journalists?|migrants?|worshippers|shoppers|pupils|refugees";
const COMBATANT =
  "fighters?|militants?|militiam[ae]n|militia members?|members?|soldiers?|troops|servicem[ae]n|service ?members?|police(?:m[ae]n)?|officers?|guards?|rebels?|insurgents?|combatants?|personnel|commanders?|gunmen|jihadists?|sailors?|pilots?";
const PEOPLE =
  "people|persons?|others|victims?|bodies|Americans|nationals|citizens|staff|employees|workers?|contractors?|men|miners?|crew(?: members)?|teenagers?|individuals|dead|deaths?|fatalities|casualties";

const VICTIM_RE = new RegExp(
  String.raw`^\s+(?:(?:of|from)\s+(?:its|their|the|his|her)\s+)?((?:[A-Za-z'’-]+\s+){0,3}?)(${CIVILIAN}|${COMBATANT}|${PEOPLE})\b`,
  "i",
);
const KILL_AFTER =
  /\b(killed|dead|died|die|slain|perished|lost (?:their|his|her) li(?:ves|fe)|death|deaths|fatalities)\b/i;
const HURT_AFTER = /\b(wounded|injured|hurt|injuries)\b/i;
const KILL_BEFORE =
  /\b(killed|killing|kills|kill|left|leaving|claimed|acknowledged|counted|toll of|toll at)\s+$/i;
// "the death toll ... rose to 57", "the number of people killed has risen to four", "put the toll at 41".
const TOLL_BEFORE =
  /\b(?:toll|number of (?:people |those )?(?:killed|dead))\b[^.;]{0,70}?\b(?:rose|risen|climbed|increased|jumped|reached|stood|stands|stand|is|was|to|at)\s+(?:to\s+|at\s+)?$/i;
const HURT_BEFORE = /\b(wounded|wounding|injured|injuring|injures|wounds)\s+$/i;
const ARTICLE_VICTIM = new RegExp(
  String.raw`\b(an?|one)\s+((?:[A-Za-z'’-]+\s+){0,2}?)(${CIVILIAN}|${COMBATANT}|${PEOPLE})\b`,
  "gi",
);

function classOf(noun: string, modifiers: string): VictimClass {
  const words = `${modifiers} ${noun}`.toLowerCase();
  if (/\bcivilian/.test(words) || new RegExp(`^(${CIVILIAN})$`, "i").test(noun)) return "civilian";
  if (new RegExp(`^(${COMBATANT})$`, "i").test(noun) || /\b(militia|military|army)\b/.test(words))
    return "combatant";
  return "people";
}

/** The casualty verb that goes with a figure: after it in the same clause, or just before it. */
function measureFor(before: string, after: string): CasualtyFigure["measure"] | null {
  if (KILL_BEFORE.test(before) || TOLL_BEFORE.test(before)) return "killed";
  if (HURT_BEFORE.test(before)) return "injured";
  const clause = after.split(/[;:]|,\s(?:while|but|and)\s|\s(?:but|while)\s/)[0] ?? "";
  const kill = clause.search(KILL_AFTER);
  const hurt = clause.search(HURT_AFTER);
  if (kill < 0 && hurt < 0) return null;
  if (kill < 0) return "injured";
  if (hurt < 0) return "killed";
  return kill < hurt ? "killed" : "injured";
}

export function casualtyFigures(sentence: string): CasualtyFigure[] {
  const figures: CasualtyFigure[] = [];
  const quantities = findQuantities(sentence).filter((q) => q.currency === null);
  const starts = quantities.map((q) => q.start);
  const candidates = [
    ...quantities,
    ...[...sentence.matchAll(ARTICLE_VICTIM)]
      .filter((m) => !starts.includes(m.index ?? -1))
      .map((m) => ({ value: m[1] ?? "", number: 1, qualifier: "exact" as Qualifier, start: m.index ?? 0 })),
  ].sort((a, b) => a.start - b.start);

  candidates.forEach((q, i) => {
    const end = q.start + q.value.length;
    const next = candidates[i + 1]?.start ?? sentence.length;
    const rest = sentence.slice(end, Math.max(end, next === q.start ? sentence.length : sentence.length));
    const victim = VICTIM_RE.exec(rest);
    const bare = /^\s+(dead|deaths?|fatalities|killed|wounded|injured)\b/i.exec(rest);
    const toll = TOLL_BEFORE.test(sentence.slice(Math.max(0, q.start - 110), q.start));
    if (!victim && !bare && !toll) return;
    const nounEnd = victim ? end + victim[0].length : end;
    const windowEnd = Math.min(sentence.length, Math.max(nounEnd + 90, next));
    const after = sentence.slice(end, windowEnd);
    const measure = measureFor(sentence.slice(Math.max(0, q.start - 110), q.start), after);
    if (!measure) return;
    const noun = victim?.[2] ?? "";
    let victims: VictimClass | null = victim ? classOf(noun, victim[1] ?? "") : "people";
    if (noun.toLowerCase() === "others") victims = figures.at(-1)?.victims ?? "people";
    figures.push({
      measure,
      value: sentence.slice(q.start, nounEnd).trim(),
      number: q.number,
      qualifier: q.qualifier,
      victims,
      start: q.start,
    });
  });
  return figures;
}
