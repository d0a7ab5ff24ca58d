import { afterEach, describe, expect, it } from "vitest";
import { renderOutcome } from "../../adapters/cli/render-text.js";
import { renderDiscordMessages } from "../../adapters/discord/render/render-messages.js";
import { renderSlackMessages } from "../../adapters/slack/render/render-messages.js";
import { BRIEFING_SECTIONS, type Briefing, type CommandOutcome } from "../../src/index.js";
import { briefing, casualties } from "../digests/briefing-fixtures.js";

// Every renderer takes the briefing's section headings, and their order, from the core's one list
// (src/contract/sections.ts): renaming a heading there renames it on every platform and the console.

/** One item in every section, so every heading is shown. */
function full(): CommandOutcome {
  const settled = {
    ...casualties([["officials", 3, "b"]]),
    question: "How many were hurt?",
    status: "reconciled",
  } as const;
  const b: Briefing = briefing();
  return { kind: "briefing", briefing: { ...b, discrepancies: [...b.discrepancies, settled] } };
}

const RENDERERS: [string, (o: CommandOutcome) => string[]][] = [
  // Slack: a section's heading is its bold first line.
  [
    "Slack",
    (o) =>
      [...JSON.stringify(renderSlackMessages(o)).matchAll(/"\*([^*"\\]+)\*(?:\\n|")/g)].map(
        (m) => m[1] as string,
      ),
  ],
  ["Discord", (o) => renderDiscordMessages(o).flatMap((m) => m.embeds.map((e) => e.title ?? ""))],
  // The console sets headings in capitals over a rule of dashes.
  ["the console", (o) => [...renderOutcome(o).matchAll(/^(.+)\n-+$/gm)].map((m) => m[1] as string)],
];

const headings = () => BRIEFING_SECTIONS.map((s) => s.heading);
const original = headings();

afterEach(() => {
  BRIEFING_SECTIONS.forEach((s, i) => {
    (s as { heading: string }).heading = original[i] as string;
  });
});

describe.each(RENDERERS)("%s's briefing sections", (_, shown) => {
  const comparable = (list: string[]) => list.map((h) => h.toLowerCase());

  it("are the list's headings, in its order", () => {
    const seen = comparable(shown(full()));
    const wanted = comparable(headings());
    expect(seen.filter((h) => wanted.includes(h))).toEqual(wanted);
  });

  it("follow a heading renamed in the list", () => {
    for (const s of BRIEFING_SECTIONS) (s as { heading: string }).heading = `Probe ${s.key}`;
    expect(comparable(shown(full()))).toEqual(expect.arrayContaining(comparable(headings())));
  });
});
