import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import {
  type Briefing,
  BriefingSchema,
  type Caller,
  type Citation,
  type CommandOutcome,
  type CorpusState,
  createBriefingService,
  type DocumentSummary,
  runCommand,
  type SourcesAnswer,
  SourcesAnswerSchema,
  STANCES,
} from "../../src/index.js";
import { briefingCitations } from "../helpers/grounding.js";

// Shared by every renderer's contract suite (Slack, Discord): briefings from the fixture corpora
// and a synthetic huge one full of text that tries to ping, link or overflow.

export const FIXED_NOW = new Date("2021-03-02T09:30:00.000Z");
export const FIXTURES_DIR = join(import.meta.dirname, "..", "fixtures");

export interface ContractCase {
  name: string;
  outcome: CommandOutcome;
}

const CALLER: Caller = { platform: "console", userId: "contract", channelId: "contract", isEditor: true };

/** Every quote an outcome cites: a renderer must show each of them intact. */
export function citationsOf(outcome: CommandOutcome): Citation[] {
  switch (outcome.kind) {
    case "briefing":
      return briefingCitations(outcome.briefing);
    case "sources":
      return [
        ...outcome.answer.bySource.flatMap((s) => s.claims.flatMap((c) => c.citations)),
        ...outcome.answer.discrepancies.flatMap((d) => d.claims.flatMap((c) => c.citations)),
      ];
    case "digest":
      // A digest is one screen: it points to its citations by marker and shows the quotes that fit;
      // every quote is one /brief away. tests/digests/digest-message.test.ts checks what it shows.
      return [];
    default:
      return [];
  }
}

/** Loads a fixture corpus folder into the state commands read, with a fixed clock. */
export async function fixtureCorpus(name: string): Promise<CorpusState> {
  const load = await loadCorpusFolder(join(FIXTURES_DIR, name));
  return { ok: true, service: createBriefingService(load.documents, () => FIXED_NOW) };
}

/** Every folder under tests/fixtures that holds articles ("seeds", "engine-corpora/valley-earthquake"). */
export function fixtureNames(dir = FIXTURES_DIR, prefix = ""): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const isArticle = (name: string) => /\.(txt|md)$/.test(name) && name !== "README.md";
  if (prefix !== "" && entries.some((e) => e.isFile() && isArticle(e.name))) return [prefix];
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .flatMap((name) => fixtureNames(join(dir, name), prefix ? `${prefix}/${name}` : name));
}

/** For every fixture corpus: the whole briefing, a briefing per known topic, sources per aspect, help. */
export async function fixtureCases(): Promise<ContractCase[]> {
  const cases: ContractCase[] = [];
  for (const name of fixtureNames()) {
    const corpus = await fixtureCorpus(name);
    if (!corpus.ok) throw new Error(corpus.problem);
    const run = (command: string, text: string) => runCommand({ corpus, caller: CALLER }, command, text);
    cases.push({ name: `${name}: /brief`, outcome: await run("brief", "") });
    for (const topic of corpus.service.topics().slice(0, 3)) {
      cases.push({ name: `${name}: /brief ${topic}`, outcome: await run("brief", topic) });
    }
    for (const aspect of ["casualties", ...corpus.service.aspects().slice(0, 3)]) {
      cases.push({ name: `${name}: /sources ${aspect}`, outcome: await run("sources", aspect) });
    }
    cases.push({ name: `${name}: /brief help`, outcome: await run("brief", "help") });
  }
  return cases;
}

// --- The synthetic huge briefing ---------------------------------------------------------------

/** Text that would ping, mention, link or break markup if a renderer passed it through unescaped. */
export const HOSTILE = [
  "<!channel>",
  "<!here|here>",
  "<@U123>",
  "<#C0123|general>",
  "<http://evil.example|click here>",
  "AT&T & Sons",
  "a > b < c",
  "*bold* _it_ ~strike~ `code` ```fence```",
  "@everyone @here",
];

const WORDS = "the strike hit a depot near the border crossing before dawn officials said".split(" ");

/** A deterministic paragraph of about `length` characters, salted with hostile text. */
export function paragraph(seed: number, length: number): string {
  const out: string[] = [HOSTILE[seed % HOSTILE.length] as string];
  let size = out[0]?.length ?? 0;
  for (let i = 0; size < length; i++) {
    const word =
      i % 37 === 0
        ? (HOSTILE[(seed + i) % HOSTILE.length] as string)
        : (WORDS[(seed * 7 + i) % WORDS.length] as string);
    out.push(word);
    size += word.length + 1;
  }
  return `${out.join(" ").slice(0, length - 1)}.`;
}

function documents(count: number): DocumentSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${String(i).padStart(3, "0")}_synthetic${i}`,
    title: `Report ${i}: ${HOSTILE[i % HOSTILE.length]} ${paragraph(i, 80)}`,
    outlet: i % 5 === 0 ? null : `Outlet ${i} ${HOSTILE[(i + 3) % HOSTILE.length]}`,
    published: i % 4 === 0 ? null : `2021-02-${String((i % 28) + 1).padStart(2, "0")}`,
    language: i % 9 === 0 ? "fr" : "en",
    flags: i % 6 === 0 ? ["machine-translation", "boilerplate-removed"] : [],
    derivedFrom: i % 7 === 3 ? `${String(i - 1).padStart(3, "0")}_synthetic${i - 1}` : null,
  }));
}

/** Long (5,000-character) quotes every 25th citation, short hostile ones otherwise. */
function citation(docs: DocumentSummary[], n: number): Citation {
  const doc = docs[n % docs.length]?.id as string;
  return { doc, quote: paragraph(n, n % 25 === 0 ? 5000 : 60 + (n % 200)) };
}

/** 200 events, 300 reactions, many discrepancies, hostile text and 5,000-character paragraphs. */
export function hugeBriefing(): Briefing {
  const docs = documents(60);
  let n = 0;
  const cite = (count = 1) => Array.from({ length: count }, () => citation(docs, n++));
  return BriefingSchema.parse({
    schema: "briefing/v1",
    topic: "strikes <!channel> & more",
    generatedAt: FIXED_NOW.toISOString(),
    headline: `Huge briefing ${paragraph(1, 400)}`,
    documents: docs,
    summary: Array.from({ length: 12 }, (_, i) => ({
      text: paragraph(i, i === 3 ? 5000 : 300),
      citations: cite(2),
    })),
    events: Array.from({ length: 200 }, (_, i) => ({
      actor: `Actor ${i} <@U123>`,
      action: i % 3 === 0 ? "airstrike" : "rocket attack & shelling",
      target: `Target ${i} <!here>`,
      location: i % 2 === 0 ? `Place ${i} <#C999>` : null,
      when: i % 4 === 0 ? "2021-02-25" : null,
      instrument: i % 5 === 0 ? "F-15E <aircraft>" : null,
      citations: cite(1 + (i % 3)),
      background: i % 10 === 9,
    })),
    reactions: Array.from({ length: 300 }, (_, i) => {
      const [quote] = cite(1);
      return {
        speaker: `Speaker ${i} <@U${i}>`,
        role: i % 2 === 0 ? "spokesman & adviser" : null,
        affiliation: i % 4 === 0 ? null : `Party ${i % 17} <!channel>`,
        stance: STANCES[i % STANCES.length],
        quote: (quote as Citation).quote,
        citations: [quote as Citation, ...cite(i % 2)],
      };
    }),
    discrepancies: Array.from({ length: 15 }, (_, i) => ({
      aspect: i % 2 === 0 ? "casualties" : "timing <!everyone>",
      question: `How many? ${paragraph(i, 120)}`,
      claims: Array.from({ length: 2 + (i % 6) }, (_, j) => ({
        value: `at least ${j + 1} <@U7>`,
        number: j + 1,
        attributedTo: j % 2 === 0 ? `Observatory ${j} & friends` : null,
        citations: cite(1 + (j % 2)),
      })),
      status: i % 3 === 0 ? "reconciled" : "open",
      note: i % 3 === 0 ? `Same moment in two time zones ${HOSTILE[i % HOSTILE.length]}` : null,
      range: i % 3 === 0 ? null : { min: 1, max: 2 + (i % 6) },
      conservative: i % 3 === 0 ? null : 1,
    })),
  });
}

/** The sources answer over the same synthetic documents: every document, most with many claims. */
export function hugeSourcesAnswer(): SourcesAnswer {
  const briefing = hugeBriefing();
  const docs = briefing.documents;
  let n = 1000;
  return SourcesAnswerSchema.parse({
    schema: "sources/v1",
    aspect: "casualties <!channel>",
    generatedAt: FIXED_NOW.toISOString(),
    documents: docs,
    bySource: docs.map((d, i) => ({
      doc: d.id,
      outlet: d.outlet,
      claims: Array.from({ length: i % 4 === 0 ? 0 : 1 + (i % 5) }, () => {
        const c = citation(docs, n++);
        const quote = { doc: d.id, quote: c.quote };
        return {
          text: c.quote,
          attributedTo: i % 3 === 0 ? "Health ministry <@U55>" : null,
          numbers: [i],
          citations: [quote],
        };
      }),
    })),
    discrepancies: briefing.discrepancies.filter((d) => d.aspect === "casualties"),
  });
}

export function hugeCases(): ContractCase[] {
  const briefing = hugeBriefing();
  return [
    { name: "synthetic huge briefing", outcome: { kind: "briefing", briefing } },
    { name: "synthetic huge sources answer", outcome: { kind: "sources", answer: hugeSourcesAnswer() } },
    {
      name: "synthetic digest of the huge briefing",
      outcome: {
        kind: "digest",
        digest: {
          schema: "digest/v1",
          subscriptionId: "morning",
          topic: "strikes <!here>",
          generatedAt: FIXED_NOW.toISOString(),
          since: "2021-03-01T09:30:00.000Z",
          changes: briefing.events.slice(0, 30).map((e) => ({
            kind: "new-event" as const,
            text: `${e.actor} ${e.action} ${e.target}`,
            citations: e.citations,
          })),
          briefing,
        },
      },
    },
    {
      name: "error naming a hostile topic",
      outcome: {
        kind: "error",
        code: "unknown_topic",
        message: 'Nothing in the corpus matches "<!channel> & <@U123>"; try: strikes.',
        suggestions: ["strikes"],
      },
    },
  ];
}
