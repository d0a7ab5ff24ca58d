import { describe, expect, it } from "vitest";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { renderDiscordMessages } from "../../adapters/discord/render/render-messages.js";
import { renderSlackMessages, type SlackMessage } from "../../adapters/slack/render/render-messages.js";
import { composeDigest, createBriefingService, type Digest, digestView } from "../../src/index.js";
import { discordViolations, discordVisibleTexts, type MessageLike } from "../discord/discord-limits.js";
import { discordQuoteProblem, readDiscordMarkdown } from "../discord/discord-reader.js";
import { hugeBriefing } from "../render-contract/fixtures.js";
import { slackEscape, slackViolations, slackVisibleTexts } from "../render-contract/slack-limits.js";
import { SEEDS } from "../schedule/scheduler-harness.js";

// A channel's digest is read in one screen: one message on each platform, leading with what changed
// (cited), then three sentences of summary, each open dispute on one line, and the command for the
// full briefing. Before, a seeds digest was two Slack messages of about 10,000 characters each.

const documents = (await loadCorpusFolder(SEEDS)).documents;
const briefing = (docs: typeof documents, at: string) => {
  const answer = createBriefingService(docs, () => new Date(at)).brief("strikes");
  if (!answer.ok) throw new Error("the seeds have a strikes story");
  return answer.briefing;
};
const first = composeDigest("morning", briefing(documents.slice(0, 3), "2024-03-04T08:00:00Z"), null);
const second = composeDigest("morning", briefing(documents, "2024-03-05T08:00:00Z"), first);
const huge: Digest = composeDigest("huge", hugeBriefing(), {
  generatedAt: "2021-03-01T08:00:00.000Z",
  briefing: { ...hugeBriefing(), summary: [], events: [], reactions: [], discrepancies: [], documents: [] },
});

const sizes: string[] = [];

describe.each([
  ["the first digest on the seeds", first],
  ["a digest after the seeds grew", second],
  ["a digest of a huge briefing", huge],
])("%s", (name, digest) => {
  const view = digestView(digest);

  it("is one Slack message within Slack's limits, leading with what changed", () => {
    const messages = renderSlackMessages({ kind: "digest", digest });
    expect(messages).toHaveLength(1);
    const [m] = messages;
    if (!m) throw new Error("no message");
    expect(slackViolations(m)).toEqual([]);
    const text = slackVisibleTexts(m).join("\n");
    expect(text.indexOf("What's new")).toBeGreaterThan(-1);
    expect(text.indexOf("What's new")).toBeLessThan(text.indexOf("Summary"));
    expect(text).toContain(slackEscape(`/brief ${digest.topic}`.trim()));
    sizes.push(`${name}: Slack ${text.length} characters`);
  });

  it("is one Discord message within Discord's limits, leading with what changed", () => {
    const messages = renderDiscordMessages({ kind: "digest", digest });
    expect(messages).toHaveLength(1);
    const [m] = messages;
    if (!m) throw new Error("no message");
    expect(discordViolations(m)).toEqual([]);
    expect(m.embeds[1]?.title).toBe("What's new");
    const text = discordVisibleTexts(m).join("\n");
    expect(discordQuoteProblem(discordVisibleTexts(m), `/brief ${digest.topic}`.trim())).toBeNull();
    sizes.push(`${name}: Discord ${text.length} characters`);
  });

  it("shows each quote it shows whole, as its citation has it", () => {
    const cited = [...view.changes, ...view.summary, ...view.disputes].flatMap((l) => l.citations);
    const slack = slackVisibleTexts(renderSlackMessages({ kind: "digest", digest })[0] as SlackMessage);
    const discord = discordVisibleTexts(renderDiscordMessages({ kind: "digest", digest })[0] as MessageLike);
    const shown = (texts: string[]) =>
      texts.flatMap((t) => [...t.matchAll(/↳ \S+ “([^\n]*)”/g)].map((m) => m[1] ?? ""));
    expect(shown(slack).length + shown(discord).length).toBeGreaterThan(0);
    for (const q of shown(slack)) expect(cited.map((c) => slackEscape(c.quote))).toContain(q);
    // Discord's markdown is read back as a reader sees it (independent of the renderer's escaper).
    for (const q of shown(discord)) expect(cited.map((c) => c.quote)).toContain(readDiscordMarkdown(q).shown);
  });
});

describe("the digest's view", () => {
  it("keeps three summary sentences and each open dispute on one line", () => {
    const view = digestView(second);
    expect(view.summary.length).toBeLessThanOrEqual(3);
    expect(view.disputes.every((d) => !d.text.includes("\n"))).toBe(true);
    expect(view.changes.length + view.moreChanges).toBe(second.changes.length);
    expect(view.changes.length).toBeGreaterThan(0);
    process.stderr.write(`${sizes.join("; ")}\n`);
  });
});
