import { storyDetails } from "./details.js";
import { KINDS, type Kind } from "./kinds.js";
import type { Random } from "./prng.js";
import { COUNTRIES, coined, FIRST_NAMES, MONTHS, TITLES, WEEKDAYS } from "./vocabulary.js";

/** One generated story: its facts, and the words an editor would ask about it with. */
export interface Story {
  id: number;
  kind: Kind;
  /** Day of the story's first report (days since the corpus's first day). */
  day: number;
  facts: Record<string, string>;
  /** Distinctive words for `brief TOPIC` queries: the place, the actor or company. */
  topics: string[];
  /** Sentences only this story's reports carry. */
  details: string[];
  size: number;
}

const FIRST_DAY = Date.UTC(2024, 2, 1);
const TARGETS = [
  "a fuel depot",
  "a military base",
  "an army convoy",
  "a crowded market",
  "a power station",
  "a police headquarters",
  "a border crossing",
  "a warehouse",
  "a bridge",
  "an airfield",
];
const GROUPS = ["Brigade", "Liberation Front", "Movement", "Army", "Resistance", "Guard"];
const COMPANY = ["Energy", "Health Systems", "Water", "Logistics", "Ports", "Telecom", "Foods", "Rail"];
const MONITORS = ["Observatory for Human Rights", "Centre for Civilian Protection", "Monitoring Network"];

export function dateOf(day: number): Date {
  return new Date(FIRST_DAY + day * 86_400_000);
}

/** A story's facts: names are coined, figures are drawn so that reports can disagree about them. */
export function makeStory(random: Random, id: number, day: number, size: number): Story {
  const kind = random.pick(KINDS);
  const place = coined(random, random.int(2, 3));
  const region = `${coined(random, 2)} ${random.pick(["Valley", "province", "region", "coast", "highlands"])}`;
  const country = random.pick(COUNTRIES);
  const actorName = coined(random, 2);
  const actor = random.chance(0.3) ? `${country}'s air force` : `the ${actorName} ${random.pick(GROUPS)}`;
  const company = `${coined(random, 2)} ${random.pick(COMPANY)}`;
  const gang = `${coined(random, 2)}Locker`;
  const title = random.pick(TITLES);
  const official = `${random.pick(FIRST_NAMES)} ${coined(random, random.int(2, 3))}`;
  const killed = random.int(3, 60);
  const date = dateOf(day);
  const facts: Record<string, string> = {
    place,
    region,
    country,
    actor,
    company,
    gang,
    target: random.pick(TARGETS),
    official: `${title.title} ${official}`,
    officialName: official,
    officialRole: title.role(country, place),
    monitor: `the ${coined(random, 2)} ${random.pick(MONITORS)}`,
    reactor: random.pick(COUNTRIES.filter((c) => c !== country)),
    weekday: WEEKDAYS[date.getUTCDay()] as string,
    nextday: WEEKDAYS[(date.getUTCDay() + 1) % 7] as string,
    month: MONTHS[date.getUTCMonth()] as string,
    killed: String(killed),
    killed2: String(killed + random.int(1, 9)),
    killed3: String(killed + random.int(10, 30)),
    injured: String(random.int(10, 300)),
    children: String(random.int(1, Math.max(1, Math.floor(killed / 3)))),
    missing: String(random.int(5, 80)),
    displaced: `${random.int(2, 40)},000`,
    buildings: String(random.int(10, 90)),
    year: String(random.int(1950, 2015)),
    oldToll: String(random.int(5, 200)),
    ransom: `$${random.int(2, 9)}.${random.int(1, 9)} million`,
    recovered: `$${random.int(1, 3)}.${random.int(1, 9)} million`,
    outage: random.pick(["five days", "six days", "almost a week", "nearly two weeks"]),
    outage2: random.pick(["five days", "a week", "ten days"]),
    share: String(random.int(30, 70)),
    turnout: String(random.int(40, 80)),
  };
  const topics = [place, kind.topic, `${kind.topic} ${place}`];
  return { id, kind, day, facts, topics, details: storyDetails(random, place), size };
}

/** Fills `{key}` from the story's facts (and the source an outlet credits). */
export function fill(template: string, facts: Record<string, string>): string {
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => facts[key] ?? key);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
