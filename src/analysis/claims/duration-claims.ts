import { findQuantities, type Qualifier } from "../../text/quantities.js";

// How long something was down: "five days offline", "almost a week", "the six-day shutdown".

export interface DurationFigure {
  value: string;
  /** In days. */
  number: number;
  qualifier: Qualifier;
  start: number;
}

const STOPPED =
  /\b(shut\w*|offline|halt\w*|closed|closure|paraly[sz]\w*|outage|down|suspend\w*|disrupt\w*|blackout|stopp\w*)\b/i;
const UNIT_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30 };
const ARTICLE_SPAN =
  /\b(?:(almost|nearly|about|around|more than|over|less than|just over|just under)\s+)?an?\s+(hour|day|week|month)\b/gi;

// Spans that are no length of anything: "a week after the attack", "two days ago" place a moment in
// time; "2 billion cubic feet a day", "5 million barrels per day" are rates.
const MOMENT_AFTER = /^\s*(?:after|ago|later|earlier|before|since|into)\b/i;
const RATE_BEFORE = /(?:\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+){0,3}|\bper)\s*$/i;

const isSpan = (sentence: string, start: number, end: number) =>
  !MOMENT_AFTER.test(sentence.slice(end)) &&
  !RATE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));

export function durationFigures(sentence: string): DurationFigure[] {
  if (!STOPPED.test(sentence)) return [];
  const figures: DurationFigure[] = [];
  for (const q of findQuantities(sentence)) {
    if (q.number === null || q.currency !== null) continue;
    const unit = /^[- ](hour|day|week|month)s?\b/i.exec(sentence.slice(q.start + q.value.length));
    if (!unit || !isSpan(sentence, q.start, q.start + q.value.length + unit[0].length)) continue;
    const days = UNIT_DAYS[(unit[1] ?? "").toLowerCase()] ?? 1;
    figures.push({
      value: sentence.slice(q.start, q.start + q.value.length + unit[0].length),
      number: q.number * days,
      qualifier: q.qualifier,
      start: q.start,
    });
  }
  for (const m of sentence.matchAll(ARTICLE_SPAN)) {
    if (!isSpan(sentence, m.index ?? 0, (m.index ?? 0) + m[0].length)) continue;
    const qualifier: Qualifier = m[1] ? (/more|over/i.test(m[1]) ? "min" : "approx") : "exact";
    figures.push({
      value: m[0],
      number: UNIT_DAYS[(m[2] ?? "").toLowerCase()] ?? 1,
      qualifier,
      start: m.index ?? 0,
    });
  }
  return figures;
}
