import { copyReport, type Report, renderReport, writeReport } from "./article.js";
import { type Random, seeded } from "./prng.js";
import { makeStory, type Story } from "./story.js";
import { OUTLET_WORDS } from "./vocabulary.js";

// A newsroom's feed, generated: many stories of skewed size (most a handful of reports, a few dozens),
// each told by several outlets (wires, papers, websites), with syndicated copies wrapped in page
// chrome, later updates whose figures change, and figures that disagree between outlets. Articles
// arrive interleaved in time order, as a feed delivers them.

export interface GeneratedArticle {
  article_id: string;
  /** The story the generator wrote it for: the truth a grouping can be checked against. */
  cluster_id: string;
  text: string;
}

export interface GeneratedCorpus {
  articles: GeneratedArticle[];
  stories: Story[];
}

const DAYS = 30;

function outlets(random: Random): { name: string; style: Report["style"] }[] {
  const names = new Set<string>();
  for (const first of OUTLET_WORDS.first)
    for (const second of OUTLET_WORDS.second) names.add(`${first} ${second}`);
  return random.sample([...names], 80).map((name, i) => ({
    name: i % 4 === 0 ? name.replace(/ \w+$/, " Wire") : `The ${name}`,
    style: i % 4 === 0 ? "wire" : i % 4 === 1 ? "paper" : "web",
  }));
}

/** Story sizes drawn from a heavy-tailed distribution with a mean of about eight reports. */
const storySize = (random: Random) => Math.min(60, 2 + Math.floor(-Math.log(1 - random.next()) * 6));

export function generateCorpus(seed: number, count: number): GeneratedCorpus {
  const random = seeded(seed);
  const pool = outlets(random);
  const wires = pool.filter((o) => o.style === "wire");
  const stories: Story[] = [];
  const timed: { at: number; article: Omit<GeneratedArticle, "article_id"> }[] = [];
  for (let total = 0, id = 0; total < count; id++) {
    const size = Math.min(storySize(random), count - total);
    const story = makeStory(random, id, random.int(0, DAYS - 1), size);
    stories.push(story);
    const reports: { report: Report; at: number }[] = [];
    for (let i = 0; i < size; i++) {
      const day = story.day + (i === 0 ? 0 : random.int(0, 2));
      let at = day * 24 + random.int(0, 23) + i / 100;
      const earlier = reports.filter((r) => r.report.day <= day && !r.report.credits);
      let report: Report;
      if (i > 0 && earlier.length > 0 && random.chance(0.25)) {
        const web = random.pick(pool.filter((o) => o.style === "web"));
        const original = random.pick(earlier);
        report = copyReport(random, original.report, web.name, day);
        at = Math.max(at, original.at + 1);
      } else {
        const outlet = i === 0 ? random.pick(wires) : random.pick(pool);
        report = writeReport(
          random,
          story,
          outlet.name,
          outlet.style,
          day,
          i > 0 && day > story.day && random.chance(0.3),
        );
      }
      reports.push({ report, at });
      timed.push({ at, article: { cluster_id: `story-${id}`, text: renderReport(random, story, report) } });
    }
    total += size;
  }
  timed.sort((a, b) => a.at - b.at);
  const width = String(count).length;
  return {
    articles: timed.map(({ article }, i) => ({
      article_id: `a${String(i).padStart(width, "0")}`,
      ...article,
    })),
    stories,
  };
}
