import type { Random } from "./prng.js";
import { coined, FIRST_NAMES } from "./vocabulary.js";

// The details that make one story unlike another of its kind: the people reporters spoke to, the
// streets and buildings involved, what happened to them. Drawn once per story from general
// vocabulary, then shared (each report picks some) by every report of the story.

const OCCUPATIONS = [
  "teacher",
  "baker",
  "taxi driver",
  "nurse",
  "shopkeeper",
  "farmer",
  "fisherman",
  "student",
  "engineer",
  "pharmacist",
  "mechanic",
  "street vendor",
  "retired soldier",
  "hotel worker",
  "carpenter",
  "electrician",
];
const NOUNS = [
  "grain silos",
  "ferry terminal",
  "textile factory",
  "water plant",
  "bus station",
  "primary school",
  "clinic",
  "cathedral",
  "football stadium",
  "oil refinery",
  "fishing harbour",
  "power lines",
  "bakery",
  "pharmacy",
  "public library",
  "railway yard",
  "cement works",
  "orchards",
  "fuel station",
  "post office",
  "tea plantation",
  "cattle market",
  "court house",
  "radio mast",
  "customs office",
  "olive groves",
  "university campus",
  "timber yard",
  "steel mill",
  "salt pans",
  "vineyards",
  "sugar refinery",
];
const STATES = [
  "badly damaged",
  "closed until further notice",
  "cordoned off by police",
  "left without power",
  "partly destroyed",
  "turned into a shelter",
  "flooded",
  "reopened by the afternoon",
  "evacuated",
  "guarded by soldiers",
  "covered in ash",
  "still smouldering",
];
const SIGHTS = [
  "a column of black smoke over the rooftops",
  "windows shattered along the whole street",
  "ambulances queuing outside the hospital",
  "families carrying mattresses out of their homes",
  "soldiers blocking the road with trucks",
  "people digging with their bare hands",
  "cars overturned near the roundabout",
  "a crowd gathering outside the town hall",
];
const LANDMARKS = ["Street", "Road", "market", "bridge", "square", "General Hospital", "district", "quarter"];

export function storyDetails(random: Random, place: string): string[] {
  const person = () => `${random.pick(FIRST_NAMES)} ${coined(random, random.int(2, 3))}`;
  const landmark = () => {
    const kind = random.pick(LANDMARKS);
    const name = coined(random, 2);
    return /^[A-Z]/.test(kind) ? `${name} ${kind}` : `the ${name} ${kind}`;
  };
  const [noun1, noun2, noun3] = random.sample(NOUNS, 3);
  const institute = `${coined(random, 2)} Institute`;
  const templates = [
    () =>
      `${person()}, a ${random.int(19, 78)}-year-old ${random.pick(OCCUPATIONS)} who lives near ${landmark()}, said she saw ${random.pick(SIGHTS)}.`,
    () =>
      `${person()}, an analyst at the ${institute}, said the ${noun1} near ${place} had worried officials for years.`,
    () =>
      `The ${noun1} near ${landmark()} was ${random.pick(STATES)}, and the ${noun2} was ${random.pick(STATES)}.`,
    () =>
      `Authorities in ${coined(random, 2)} district said the ${noun3} would remain ${random.pick(STATES)} for several days.`,
    () =>
      `Traders at ${landmark()} said they had never seen anything like it, and several shops along ${landmark()} stayed shut.`,
    () =>
      `${person()}, who runs a ${random.pick(OCCUPATIONS) === "baker" ? "bakery" : "small shop"} in ${place}, said: "We heard it from the ${noun2}, and then everything went dark."`,
    () => `Footage shared online showed ${random.pick(SIGHTS)} near ${landmark()}.`,
    () =>
      `The ${noun2} employs about ${random.int(2, 90) * 10} people, most of them from ${place} and nearby villages.`,
  ];
  return random.sample(templates, random.int(5, 8)).map((t) => t());
}
