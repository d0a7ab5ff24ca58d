import { describe, expect, it } from "vitest";
import { renderSlackMessages, type SlackMessage } from "../../adapters/slack/render/render-messages.js";
import { type Briefing, BriefingSchema, type Citation } from "../../src/index.js";
import { FIXED_NOW, paragraph } from "../render-contract/fixtures.js";
import { slackVisibleTexts } from "../render-contract/slack-limits.js";

// How the Block Kit answer reads; the limits and escaping are the contract suite's job.

const cite = (doc: string, quote: string): Citation => ({ doc, quote });

function briefing(overrides: Partial<Briefing> = {}): Briefing {
  return BriefingSchema.parse({
    schema: "briefing/v1",
    topic: "strikes",
    generatedAt: FIXED_NOW.toISOString(),
    headline: "Strikes on the border",
    documents: [
      {
        id: "001_a",
        title: "Wire story",
        outlet: "Meridian Wire",
        published: "2021-02-26",
        language: "en",
        flags: [],
        derivedFrom: null,
      },
      {
        id: "003_b",
        title: "Repost",
        outlet: "Newsgrid 24",
        published: null,
        language: "en",
        flags: [],
        derivedFrom: "001_a",
      },
    ],
    summary: [
      { text: "Jets struck a depot.", citations: [cite("001_a", "Jets struck a depot on Thursday.")] },
    ],
    events: [],
    reactions: [],
    discrepancies: [],
    ...overrides,
  });
}

const text = (messages: SlackMessage[]) => messages.flatMap(slackVisibleTexts).join("\n");

describe("the Slack briefing", () => {
  it("says it is machine-assembled from N reports and marks copies in the sources", () => {
    const out = text(renderSlackMessages({ kind: "briefing", briefing: briefing() }));
    expect(out).toContain("Machine-assembled from 2 reports, 1 independent");
    expect(out).toContain("*[003]* Newsgrid 24, _copy of [001]_");
  });

  it("puts citation markers after a summary sentence and quotes what the sentence does not show", () => {
    const out = text(renderSlackMessages({ kind: "briefing", briefing: briefing() }));
    expect(out).toContain("1. Jets struck a depot. [001]");
    expect(out).toContain("↳ [001] “Jets struck a depot on Thursday.”");
  });

  it("groups reactions under the party spoken for, each with its stance", () => {
    const reaction = (speaker: string, affiliation: string, stance: "condemn" | "defend", quote: string) => ({
      speaker,
      role: null,
      affiliation,
      stance,
      quote,
      citations: [cite("001_a", quote)],
    });
    const b = briefing({
      reactions: [
        reaction("Foreign Ministry", "Syria", "condemn", "a flagrant violation"),
        reaction("Pentagon", "United States", "defend", "a proportionate response"),
        reaction("President", "Syria", "condemn", "an aggression"),
      ],
    });
    const out = text(renderSlackMessages({ kind: "briefing", briefing: b }));
    expect(out).toMatch(
      /\*Syria\*\n• Foreign Ministry _condemns_: “a flagrant violation” \[001\]\n• President _condemns_/,
    );
    expect(out).toContain("*United States*\n• Pentagon _defends_: “a proportionate response” [001]");
  });

  it("lays a discrepancy out source by source and labels the conservative figure", () => {
    const b = briefing({
      discrepancies: [
        {
          aspect: "casualties",
          question: "How many were killed?",
          claims: [
            {
              value: "one fighter",
              number: 1,
              attributedTo: "a militia official",
              citations: [cite("001_a", "one fighter was killed")],
            },
            {
              value: "22 fighters",
              number: 22,
              attributedTo: null,
              citations: [cite("003_b", "22 fighters were killed")],
            },
          ],
          status: "open",
          note: null,
          range: { min: 1, max: 22 },
          conservative: 1,
        },
      ],
    });
    const out = text(renderSlackMessages({ kind: "briefing", briefing: b }));
    expect(out).toContain("*Open discrepancies*\n*How many were killed?* _(casualties)_");
    expect(out).toContain(
      "• *[001]* Meridian Wire: *one fighter* — per a militia official _← conservative_\n      “one fighter was killed”",
    );
    expect(out).toContain(
      "• *[003]* Newsgrid 24, _copy of [001]_: *22 fighters*\n      “22 fighters were killed”",
    );
    expect(out).toContain("Range 1–22 · *Conservative figure: 1*");
  });

  it("never separates a discrepancy row from its quote, even across messages", () => {
    const claims = Array.from({ length: 40 }, (_, i) => ({
      value: `${i + 1} dead`,
      number: i + 1,
      attributedTo: null,
      citations: [cite(i % 2 ? "001_a" : "003_b", paragraph(i, 300))],
    }));
    const b = briefing({
      discrepancies: [
        {
          aspect: "casualties",
          question: "How many?",
          claims,
          status: "open",
          note: null,
          range: { min: 1, max: 40 },
          conservative: 1,
        },
      ],
    });
    const messages = renderSlackMessages({ kind: "briefing", briefing: b });
    expect(messages.length).toBeGreaterThan(1);
    const sections = messages
      .flatMap((m) => m.blocks)
      .flatMap((b) => (b.type === "section" && b.text ? [b.text.text] : []));
    let rows = 0;
    for (const lines of sections.map((t) => t.split("\n"))) {
      lines.forEach((line, i) => {
        if (!line.startsWith("• *[")) return;
        rows++;
        expect(lines[i + 1]).toMatch(/^ {6}“/);
      });
    }
    expect(rows).toBe(40);
  });

  it("continues a long section in the next message under its heading, marked continued", () => {
    const events = Array.from({ length: 60 }, (_, i) => ({
      actor: `Actor ${i}`,
      action: "airstrike",
      target: `Target ${i}`,
      location: null,
      when: null,
      instrument: null,
      citations: [cite("001_a", paragraph(i, 400))],
      background: false,
    }));
    const messages = renderSlackMessages({ kind: "briefing", briefing: briefing({ events }) });
    expect(messages.length).toBeGreaterThan(1);
    expect(text(messages.slice(1))).toContain("*Who did what* _(continued)_");
    expect(messages.map((m) => m.text)).toContain(
      `Briefing: Strikes on the border — machine-assembled from 2 reports, 1 independent (part 2 of ${messages.length})`,
    );
  });

  it("shows a quote too long for any block in full at the end, leaving a pointer in its place", () => {
    const long = paragraph(3, 4000).replace(/[<>&]/g, "");
    const b = briefing({ summary: [{ text: "A long quote follows.", citations: [cite("001_a", long)] }] });
    const messages = renderSlackMessages({ kind: "briefing", briefing: b });
    expect(text(messages)).toContain("↪ Long passage 1: too long for a block, shown in full at the end");
    const last = messages.at(-1) as SlackMessage;
    expect(last.blocks).toEqual([]);
    expect(last.text).toContain(`*Long passage 1* · *Summary*\n      ↳ [001] “${long}”`);
  });
});

describe("the Slack sources answer", () => {
  it("lists every source, the silent ones too", () => {
    const b = briefing();
    const messages = renderSlackMessages({
      kind: "sources",
      answer: {
        schema: "sources/v1",
        aspect: "casualties",
        generatedAt: FIXED_NOW.toISOString(),
        documents: b.documents,
        bySource: [
          {
            doc: "001_a",
            outlet: "Meridian Wire",
            claims: [
              {
                text: "One fighter was killed.",
                attributedTo: "a militia official",
                numbers: [1],
                citations: [cite("001_a", "One fighter was killed.")],
              },
            ],
          },
          { doc: "003_b", outlet: "Newsgrid 24", claims: [] },
        ],
        discrepancies: [],
      },
    });
    const out = text(messages);
    expect(out).toContain("*[001]* Meridian Wire\n• One fighter was killed. _(a militia official)_ [001]");
    expect(out).toContain("*[003]* Newsgrid 24, _copy of [001]_\n_Says nothing about this._");
  });

  it("shows a report's web address under its heading as text, never as link syntax", () => {
    const b = briefing();
    const urls = ["https://meridian.example/world/strikes", "https://newsgrid.example/a|b"];
    const documents = b.documents.map((d, i) => ({ ...d, url: urls[i] }));
    const out = text(
      renderSlackMessages({
        kind: "sources",
        answer: {
          schema: "sources/v1",
          aspect: "casualties",
          generatedAt: FIXED_NOW.toISOString(),
          documents,
          bySource: [
            { doc: "001_a", outlet: "Meridian Wire", claims: [] },
            { doc: "003_b", outlet: "Newsgrid 24", claims: [] },
          ],
          discrepancies: [],
        },
      }),
    );
    expect(out).toContain(
      "*[001]* Meridian Wire\nhttps://meridian.example/world/strikes\n_Says nothing about this._",
    );
    expect(out).toContain("https://newsgrid.example/a|b\n_Says nothing about this._");
    expect(out).not.toContain("<https:");
    expect(text(renderSlackMessages({ kind: "briefing", briefing: briefing({ documents }) }))).toContain(
      "\n      https://meridian.example/world/strikes",
    );
  });
});
