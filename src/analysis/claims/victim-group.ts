import { countryOf } from "../../text/gazetteer.js";
import { nameKey } from "../../text/name-key.js";

// Who a figure counts: a kind of victim and the side it belongs to ("U.S. service members" are
// soldiers of the United States, "fighters of the Ruritania-backed militias" fighters of Ruritania's proxies).
// Two figures only disagree when they count the same people: 12 soldiers and 90 villagers are both
// true at once.

export type VictimCategory = "soldiers" | "fighters" | "police" | "civilians" | "people";

export interface VictimGroup {
  category: VictimCategory;
  /** The country or named group the victims belong to; null when the text does not say. */
  side: string | null;
}

const SOLDIERS =
  /^(?:soldiers?|troops|servicem[ae]n|service ?members?|servicewom[ae]n|marines?|sailors?|pilots?|airm[ae]n|personnel|paratroopers?|guardsm[ae]n|corpsm[ae]n)$/i;
const FIGHTERS =
  /^(?:fighters?|militants?|militiam[ae]n|militia members?|rebels?|insurgents?|combatants?|gunmen|jihadists?|commanders?|members?)$/i;
const POLICE = /^(?:police(?:m[ae]n|wom[ae]n)?|officers?|guards?)$/i;
const CIVILIANS =
  /^(?:civilians?|children|child|women|residents|villagers|passengers?|students?|protesters?|demonstrators?|patients|infants?|babies|boys?|girls?|journalists?|migrants?|worshippers|shoppers|pupils|refugees|aid workers?)$/i;

function categoryOf(noun: string, modifiers: string): VictimCategory {
  const words = `${modifiers} ${noun}`;
  if (/\bcivilian/i.test(words) || CIVILIANS.test(noun)) return "civilians";
  if (/\b(?:military|army|navy|air force)\b/i.test(words) || SOLDIERS.test(noun)) return "soldiers";
  if (/\bmilitia|\bgroup'?s?\b/i.test(words) || FIGHTERS.test(noun)) return "fighters";
  if (POLICE.test(noun) || /\bpolice\b/i.test(modifiers)) return "police";
  return "people";
}

/** "pro-Ruritanian", "Ruritania-backed": the patron's proxies are a side of their own. */
const PROXY = /\b(?:pro-(\p{L}+)|(\p{L}+)-(?:backed|aligned|allied|supported|linked))\b/u;
const NAMED = /\b(\p{Lu}[\p{L}.'’-]*(?:[\s-]\p{Lu}[\p{L}.'’-]*)*)/gu;
const NOT_SIDE =
  /^(?:A|An|The|At|More|Some|About|Nearly|Up|Least|One|Two|Three|Its|Their|Army|Navy|Marines?|Air Force|Coast Guard)$/;

function sideOf(text: string): string | null {
  const proxy = PROXY.exec(text);
  if (proxy) {
    const patron = proxy[1] ?? proxy[2] ?? "";
    return `proxy:${countryOf(patron) ?? nameKey(patron)}`;
  }
  for (const m of text.matchAll(NAMED)) {
    const name = (m[1] ?? "").replace(/'s$|’s$/, "");
    if (NOT_SIDE.test(name)) continue;
    const country =
      countryOf(name) ??
      name
        .split(/\s+/)
        .map(countryOf)
        .find((c) => c !== null) ??
      null;
    return country ? `country:${country}` : `name:${nameKey(name)}`;
  }
  return null;
}

/**
 * The group a figure counts, from the victim noun, the words before it ("U.S. service members")
 * and an "of"/"from" phrase right after it ("fighters from the Red Hand Front").
 */
export function victimGroup(noun: string, modifiers: string, after: string): VictimGroup {
  const owner =
    /^\s+(?:of|from)\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}(?:\s+militias?)?)/u.exec(
      after,
    );
  const demonym = /^\p{Lu}/u.test(noun) && countryOf(noun) ? `country:${countryOf(noun)}` : null;
  return {
    category: demonym ? "people" : categoryOf(noun, modifiers),
    side: demonym ?? sideOf(modifiers) ?? (owner ? sideOf(owner[1] ?? "") : null),
  };
}
