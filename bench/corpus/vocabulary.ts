import type { Random } from "./prng.js";

// General newsroom vocabulary for generated corpora. Places, people, groups and outlets are made up
// from syllables, so no generated story borrows a name from the fixtures or from real events.

export const COUNTRIES = [
  "Argentina",
  "Australia",
  "Austria",
  "Belgium",
  "Brazil",
  "Canada",
  "Chile",
  "Colombia",
  "Denmark",
  "Egypt",
  "Finland",
  "France",
  "Germany",
  "Ghana",
  "Greece",
  "India",
  "Indonesia",
  "Ireland",
  "Italy",
  "Japan",
  "Kenya",
  "Malaysia",
  "Mexico",
  "Morocco",
  "Netherlands",
  "Nigeria",
  "Norway",
  "Pakistan",
  "Peru",
  "Poland",
  "Portugal",
  "Romania",
  "Senegal",
  "Spain",
  "Sweden",
  "Tanzania",
  "Thailand",
  "Tunisia",
  "Turkey",
  "Uganda",
  "Ukraine",
  "Vietnam",
] as const;

const ONSETS = [
  "b",
  "d",
  "f",
  "g",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "br",
  "dr",
  "kr",
  "st",
  "tr",
  "sh",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io"];
const CODAS = ["", "", "n", "r", "l", "s", "m", "th", "nd", "rk"];

/** A made-up proper name of `syllables` syllables, capitalised. */
export function coined(random: Random, syllables: number): string {
  let word = "";
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const FIRST_NAMES = [
  "Anna",
  "Daniel",
  "Maria",
  "David",
  "Sofia",
  "James",
  "Elena",
  "Samuel",
  "Laura",
  "Peter",
  "Hana",
  "Omar",
  "Grace",
  "Victor",
  "Nadia",
  "Paul",
  "Irene",
  "Martin",
  "Leila",
  "Thomas",
  "Clara",
  "Joseph",
  "Ruth",
  "Adam",
  "Miriam",
  "Felix",
  "Rosa",
  "Henry",
  "Alice",
  "Ibrahim",
  "Marta",
  "Lucas",
];

/** A title before a name, and the same office as a role after it ("said X, the interior minister of Y"). */
export const TITLES: readonly { title: string; role: (country: string, place: string) => string }[] = [
  { title: "Interior Minister", role: (c) => `the interior minister of ${c}` },
  { title: "Defence Minister", role: (c) => `the defence minister of ${c}` },
  { title: "Governor", role: (_, p) => `the governor of the province around ${p}` },
  { title: "Mayor", role: (_, p) => `the mayor of ${p}` },
  { title: "Police Chief", role: (_, p) => `the police chief of ${p}` },
  { title: "Emergency Director", role: (c) => `head of the national emergency agency of ${c}` },
];

export const OUTLET_WORDS = {
  first: [
    "Daily",
    "Evening",
    "Morning",
    "Coastal",
    "Northern",
    "Southern",
    "Capital",
    "Valley",
    "Metro",
    "Global",
    "Continental",
    "Harbour",
    "Central",
    "Eastern",
    "Western",
    "Frontier",
  ],
  second: [
    "Courier",
    "Herald",
    "Post",
    "Ledger",
    "Gazette",
    "Tribune",
    "Observer",
    "Wire",
    "Chronicle",
    "Dispatch",
    "Times",
    "Review",
    "Monitor",
    "Standard",
    "Bulletin",
    "Journal",
  ],
};

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export const NUMBER_WORDS = [
  "no",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

/** Background and colour a report adds around the facts; `{place}` and `{country}` are filled in. */
export const FILLER = [
  "Residents said the area had been calm for months before {day}.",
  "Local traders said business had slowed sharply in recent weeks as uncertainty spread across {place}.",
  "The government has faced growing criticism over its handling of security and public services in the region.",
  "Analysts said the events could weigh on talks planned for later this month in the capital.",
  "Schools and government offices in {place} were expected to reopen on a reduced schedule.",
  "The region's economy depends heavily on farming, fishing and a small but growing tourism sector.",
  "Aid groups have repeatedly warned that hospitals in the area lack staff, fuel and basic supplies.",
  "{country} has been hit by a string of similar incidents over the past two years.",
  "Opposition lawmakers called for an inquiry and demanded that ministers appear before parliament.",
  "Roads into {place} were closed for several hours, and long queues formed at checkpoints.",
  "Prices of fuel and bread have risen steeply since the start of the year, adding to public anger.",
  "Officials did not say when a full report would be published.",
  "Many families have left the area in recent years, moving to larger towns in search of work.",
  "Journalists were not allowed to enter the area independently, and details could not be verified.",
  "The central bank said last week that growth would slow this year as exports weakened.",
  "Volunteers handed out water and blankets, and churches and mosques opened their doors to families.",
];

/** Page chrome a website wraps around an article. */
export function chromeTop(random: Random, outlet: string): string[] {
  const lines = [
    `${outlet} | News | World | Business | Sport`,
    "Home | World | Politics | Business | Opinion | Video | Newsletters",
    "Search...",
  ];
  return random.chance(0.5) ? lines : [lines[0] as string, "Menu | Sign in"];
}

export function chromeBottom(random: Random, outlet: string, tags: string[]): string[] {
  const lines = [
    "Share this: Facebook | Twitter | Email",
    "Related:",
    `- More coverage of ${tags[0] ?? "the region"}`,
    "- Analysis: what happens next",
    `Tags: ${tags.join(", ")}`,
    "Sign up for our morning newsletter to get the day's top stories.",
    `(c) 2024 ${outlet}. All rights reserved. | About | Privacy | Terms`,
  ];
  return random.chance(0.5) ? lines : lines.slice(3);
}
