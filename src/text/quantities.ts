import { rememberedPerText } from "./remembered.js";

// Numbers as newsrooms write them: "at least seven", "more than 40", "dozens", "$4.4 million", "2,500".

export type Qualifier = "exact" | "min" | "max" | "approx";

export interface Quantity {
  /** The words as written, verbatim from the text: "at least seven", "nearly $5 million". */
  value: string;
  number: number | null;
  qualifier: Qualifier;
  /** Currency symbol or word when the quantity is money. */
  currency: string | null;
  /** Offset of `value` inside the text it was found in. */
  start: number;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
};

/** Vague amounts: a lower bound is the honest number ("dozens" is at least 24). */
const VAGUE: Record<string, { number: number | null; qualifier: Qualifier }> = {
  dozens: { number: 24, qualifier: "min" },
  scores: { number: 40, qualifier: "min" },
  hundreds: { number: 200, qualifier: "min" },
  thousands: { number: 2000, qualifier: "min" },
  several: { number: null, qualifier: "approx" },
  "a few": { number: null, qualifier: "approx" },
  numerous: { number: null, qualifier: "approx" },
  many: { number: null, qualifier: "approx" },
};

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/^(at least|no fewer than|no less than|more than|over|upwards of|in excess of|as many as)$/i, "min"],
  [/^(at most|up to|no more than|fewer than|less than|under)$/i, "max"],
  [
    /^(about|around|roughly|nearly|almost|approximately|some|close to|an estimated|just under|just over)$/i,
    "approx",
  ],
];

const WORD_NUMBER = `(?:${Object.keys(UNITS)
  .filter((w) => w !== "a" && w !== "an")
  .join("|")})(?:[- ](?:${Object.keys(UNITS).join("|")}))?`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const QUALIFIER_RE = QUALIFIERS.map(([re]) => re.source.slice(2, -2)).join("|");
const CURRENCY = String.raw`[$€£¥]|US\$|USD|EUR|GBP`;

const QUANTITY_RE = new RegExp(
  String.raw`(?<![\w.,:-])(?:(?<qual>${QUALIFIER_RE})\s+)?(?:(?<cur>${CURRENCY})\s?)?(?:(?<num>${DIGITS})|(?<vague>dozens|scores|hundreds|thousands|several|a few|numerous)|(?<word>${WORD_NUMBER}|an?(?= (?:dozen|hundred|thousand|million)))(?![a-z]))(?:\s?(?<scale>thousand|million|billion|mn|bn|m)\b)?(?:\s(?<curword>dollars|euros|pounds))?(?![\w-]*\d)(?![a-z])`,
  "gi",
);

function wordsToNumber(words: string): number | null {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[- ]+/)) {
    const n = UNITS[w];
    if (n === undefined) return null;
    if (w === "hundred") current = (current || 1) * 100;
    else if (w === "dozen") current = (current || 1) * 12;
    else current += n;
  }
  total += current;
  return total;
}

function qualifierOf(q: string | undefined): Qualifier {
  if (!q) return "exact";
  return QUALIFIERS.find(([re]) => re.test(q))?.[1] ?? "exact";
}

// Casualty, money and duration figures each read every sentence, and a copy repeats its original's
// sentences word for word: each text is read once while a story's sentences are being analysed.
/**
 * Every quantity in a text, in order. Years ("in 2015") and clock times are left out. Remembered per
 * text and shared between callers, so nothing may change what it returns.
 */
export const findQuantities: (text: string) => readonly Quantity[] = rememberedPerText(readQuantities);

function readQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY_RE)) {
    const g = m.groups ?? {};
    const raw = m[0];
    const start = m.index ?? 0;
    if (g.num && isDateOrClock(text, start, raw, g)) continue;
    let number: number | null;
    let qualifier = qualifierOf(g.qual);
    if (g.vague) {
      const v = VAGUE[g.vague.toLowerCase()] ?? { number: null, qualifier: "approx" as Qualifier };
      number = v.number;
      if (qualifier === "exact") qualifier = v.qualifier;
    } else if (g.num) {
      number = Number(g.num.replace(/,/g, ""));
    } else {
      number = wordsToNumber(g.word ?? "");
    }
    if (number !== null && g.scale) number *= SCALES[g.scale.toLowerCase()] ?? 1;
    const currency = g.cur ?? g.curword ?? null;
    found.push({ value: raw.trim(), number, qualifier, currency, start });
  }
  return found;
}

function isDateOrClock(
  text: string,
  start: number,
  raw: string,
  g: Record<string, string | undefined>,
): boolean {
  const after = text.slice(start + raw.length, start + raw.length + 5);
  if (/^(:\d|\s?(a\.?m\b|p\.?m\b|am\b|pm\b))/i.test(after)) return true;
  if (g.cur || g.scale || g.qual) return false;
  const n = Number((g.num ?? "").replace(/,/g, ""));
  if (/^\d{4}$/.test(g.num ?? "") && n >= 1900 && n <= 2100) return true;
  // The day of a date: "Feb. 15", "15 February".
  const before = text.slice(Math.max(0, start - 10), start);
  const following = text.slice(start + raw.length, start + raw.length + 11);
  return n >= 1 && n <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(following));
}

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})[a-z]*\\.?\\s$`, "i");
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${MONTHS})[a-z]*\\b`, "i");
