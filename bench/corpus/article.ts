import { wording } from "./paraphrase.js";
import type { Random } from "./prng.js";
import { dateOf, fill, type Story } from "./story.js";
import { chromeBottom, chromeTop, coined, FILLER, FIRST_NAMES, MONTHS } from "./vocabulary.js";

/** One outlet's report, before it is turned into text. */
export interface Report {
  outlet: string;
  /** A wire writes a dateline lead; a website wraps the text in page chrome. */
  style: "wire" | "paper" | "web";
  title: string;
  paragraphs: string[];
  day: number;
  /** The outlet this report credits as its source (a syndicated copy). */
  credits?: string;
}

const SOURCES = [
  "officials",
  "the health ministry",
  "local authorities",
  "a security official",
  "the emergency agency",
];

/** An independent report: its own wording, its own choice among the figures in circulation. */
export function writeReport(
  random: Random,
  story: Story,
  outlet: string,
  style: Report["style"],
  day: number,
  update: boolean,
): Report {
  const { kind } = story;
  const facts: Record<string, string> = {
    ...story.facts,
    source: random.pick(SOURCES),
    killed:
      random.pick([
        story.facts.killed,
        story.facts.killed2,
        story.facts.killed,
        String(Math.max(1, Number(story.facts.killed) - 2)),
      ]) ?? "",
  };
  const own = wording(random);
  const lead = own(fill(update ? random.pick(kind.updates) : random.pick(kind.leads), facts));
  const body = [
    ...random.sample(kind.facts, random.int(2, Math.min(4, kind.facts.length))),
    ...random.sample(kind.quotes, random.int(1, 2)),
    ...random.sample(kind.reactions, random.int(0, 2)),
  ].map((t) => own(fill(t, facts)));
  body.push(...random.sample(story.details, random.int(1, 4)).map(own));
  const colour = random
    .sample(FILLER, random.int(1, 3))
    .map((t) => fill(t, { ...facts, day: facts.weekday ?? "" }));
  const paragraphs = [lead];
  for (const sentence of body) {
    // Some paragraphs carry a second sentence of colour, as reporters write them.
    paragraphs.push(random.chance(0.4) && colour.length > 0 ? `${sentence} ${colour.pop()}` : sentence);
  }
  paragraphs.push(...colour);
  if (style === "wire") {
    const date = dateOf(day);
    paragraphs[0] = `${(facts.place ?? "").toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} (${outlet}) - ${lead}`;
    paragraphs.push(`(Reporting by ${byline(random)}; Editing by ${byline(random)})`);
  }
  return { outlet, style, title: fill(random.pick(kind.titles), facts), paragraphs, day };
}

/** A website's repost of another outlet's report: same text, its own title and chrome, a credit line. */
export function copyReport(random: Random, original: Report, outlet: string, day: number): Report {
  const keep = random.chance(0.3) ? Math.max(3, original.paragraphs.length - 2) : original.paragraphs.length;
  const paragraphs = original.paragraphs.slice(0, keep).filter((p) => !p.startsWith("(Reporting by"));
  return { outlet, style: "web", title: original.title, paragraphs, day, credits: original.outlet };
}

const byline = (random: Random) => `${random.pick(FIRST_NAMES)} ${coined(random, 2)}`;

export function renderReport(random: Random, story: Story, report: Report): string {
  const date = dateOf(report.day);
  const long = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  const tags = [story.kind.topic, story.facts.place ?? ""];
  const lines: string[] = [];
  if (report.style === "web") lines.push(...chromeTop(random, report.outlet), "");
  if (report.style === "paper") lines.push(report.outlet.toUpperCase(), long, "");
  lines.push(report.title, "");
  if (report.style === "wire") lines.push(`${long} 6:15 AM GMT`, "");
  if (report.style === "web") {
    lines.push(
      report.credits
        ? `By ${report.outlet} Staff | Source: ${report.credits}`
        : `By ${byline(random)}, ${report.outlet}`,
    );
    lines.push(
      random.chance(0.5)
        ? `Published ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
        : "Updated 2 hours ago | 3 min read",
      "",
    );
  }
  if (report.style === "paper") lines.push(`By ${byline(random)}, ${report.outlet}`, "");
  for (const p of report.paragraphs) lines.push(p, "");
  if (report.style === "web") lines.push(...chromeBottom(random, report.outlet, tags));
  return `${lines.join("\n").trim()}\n`;
}
