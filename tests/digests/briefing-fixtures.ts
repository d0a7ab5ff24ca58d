import type { Briefing, Discrepancy, DocumentSummary } from "../../src/index.js";

// Small hand-made briefings in the contract's shape, for the pure "what changed" tests.

export const doc = (id: string, outlet: string | null, title = `Report ${id}`): DocumentSummary => ({
  id,
  title,
  outlet,
  published: "2021-02-26",
  language: "en",
  flags: [],
  derivedFrom: null,
});

export const casualties = (claims: [string | null, number, string][]): Discrepancy => ({
  aspect: "casualties",
  question: "How many were killed?",
  claims: claims.map(([attributedTo, number, doc]) => ({
    value: `${number} killed`,
    number,
    attributedTo,
    citations: [{ doc, quote: `${attributedTo ?? "officials"} said ${number} were killed` }],
  })),
  status: "open",
  note: null,
  range: { min: Math.min(...claims.map((c) => c[1])), max: Math.max(...claims.map((c) => c[1])) },
  conservative: Math.min(...claims.map((c) => c[1])),
});

export function briefing(over: Partial<Briefing> = {}): Briefing {
  return {
    schema: "briefing/v1",
    topic: "strikes",
    generatedAt: "2021-02-27T08:00:00.000Z",
    headline: "Strikes in eastern Syria",
    documents: [doc("a", "Reuters"), doc("b", "Al Jazeera")],
    summary: [
      {
        text: "US strikes hit a border post.",
        citations: [{ doc: "a", quote: "US strikes hit a border post" }],
      },
    ],
    events: [
      {
        actor: "US forces",
        action: "struck",
        target: "militia facilities",
        location: "eastern Syria",
        when: "Thursday",
        instrument: "airstrikes",
        citations: [{ doc: "a", quote: "US forces struck militia facilities" }],
        background: false,
      },
    ],
    reactions: [
      {
        speaker: "John Kirby",
        role: "Pentagon spokesman",
        affiliation: "United States",
        stance: "defend",
        quote: "a proportionate military response",
        citations: [{ doc: "a", quote: "a proportionate military response" }],
      },
    ],
    discrepancies: [
      casualties([
        ["Syrian Observatory", 5, "a"],
        ["a militia official", 1, "b"],
      ]),
    ],
    ...over,
  };
}
