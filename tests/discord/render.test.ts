import { describe, expect, it } from "vitest";
import { escapeText } from "../../adapters/discord/render/escape.js";
import { renderDiscordMessages } from "../../adapters/discord/render/render-messages.js";
import type { CommandOutcome } from "../../src/index.js";
import { citationsOf, hugeBriefing } from "../render-contract/fixtures.js";
import { discordHazards, discordViolations, discordVisibleTexts } from "./discord-limits.js";
import { discordHostileCases } from "./hostile-briefing.js";

// What Discord adds to the shared contract: its markdown, its mentions, its 4096-character ceiling.

const huge: CommandOutcome = { kind: "briefing", briefing: hugeBriefing() };
const hostile = discordHostileCases();
const lines = (outcome: CommandOutcome) =>
  renderDiscordMessages(outcome).flatMap((m) => m.embeds.flatMap((e) => (e.description ?? "").split("\n")));

describe("Discord escaping", () => {
  it("keeps @everyone and @here from pinging, with a zero-width space", () => {
    expect(escapeText("hey @everyone and @here")).toBe("hey @\u200beveryone and @\u200bhere");
  });

  it("escapes user, role, channel, command, time and emoji mentions", () => {
    expect(escapeText("<@123> <@!123> <@&4> <#5> </brief:6> <t:7:R> <:e:8> <a:e:9>")).toBe(
      "\\<@123> \\<@!123> \\<@&4> \\<#5> \\</brief:6> \\<t:7:R> \\<:e:8> \\<a:e:9>",
    );
  });

  it("turns a masked link into its visible words and address", () => {
    expect(escapeText("[official statement](https://evil.example)")).toBe(
      "\\[official statement](https://evil.example)",
    );
  });

  it("keeps a block quote, heading, list or subtext at the start from formatting", () => {
    expect(escapeText("> quoted")).toBe("\\> quoted");
    expect(escapeText("# Heading")).toBe("\\# Heading");
    expect(escapeText("-# small")).toBe("\\-# small");
    expect(escapeText("- item")).toBe("\\- item");
    expect(escapeText("12. item")).toBe("12\\. item");
  });

  it("escapes bold, italic, underline, strikethrough, code, spoilers and backslashes", () => {
    expect(escapeText("**b** _i_ __u__ ~~s~~ `c` ||x|| a\\b")).toBe(
      "\\*\\*b\\*\\* \\_i\\_ \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|x\\|\\| a\\\\b",
    );
  });

  it("leaves the address of a bare link intact", () => {
    expect(escapeText("see https://example.org/a_b*c now_")).toBe("see https://example.org/a_b*c now\\_");
  });

  it("folds line breaks so corpus text can never start a line of its own", () => {
    expect(escapeText("one\n> two\n\n# three")).toBe("one > two # three");
  });
});

describe("Discord rendering of the synthetic huge briefing", () => {
  const messages = renderDiscordMessages(huge);

  it("continues in further messages, each within every limit", () => {
    expect(messages.length).toBeGreaterThan(5);
    expect(messages.flatMap(discordViolations)).toEqual([]);
  });

  it("signs only the last embed: machine-assembled from N reports", () => {
    const footers = messages.flatMap((m) => m.embeds.filter((e) => e.footer));
    expect(footers).toHaveLength(1);
    expect(messages.at(-1)?.embeds.at(-1)?.footer?.text).toBe(
      "Machine-assembled by deskbrief from 60 reports",
    );
  });

  it("shows every cited report's marker and points to the report for each quote too long to show", () => {
    const texts = messages.flatMap(discordVisibleTexts).join("\n");
    const number = new Map(
      huge.kind === "briefing" ? huge.briefing.documents.map((d, i) => [d.id, i + 1]) : [],
    );
    const citations = citationsOf(huge);
    for (const c of citations) expect(texts).toContain(`[${number.get(c.doc)}]`);
    const long = citations.filter((c) => c.quote.length > 4096);
    expect(long.length).toBeGreaterThan(10);
    for (const c of long) {
      expect(texts).toMatch(
        new RegExp(`\\[${number.get(c.doc)}\\][^\\n]*A quote of 5,000 characters is too long for Discord`),
      );
    }
  });

  it("lists every event and every reaction", () => {
    const texts = messages.flatMap(discordVisibleTexts).join("\n");
    if (huge.kind !== "briefing") throw new Error("not a briefing");
    for (const e of huge.briefing.events) expect(texts).toContain(`**${escapeText(e.actor)}**`);
    for (const r of huge.briefing.reactions) expect(texts).toContain(escapeText(r.speaker));
  });

  it("labels the most conservative figure of an open discrepancy", () => {
    const texts = messages.flatMap(discordVisibleTexts).join("\n");
    expect(texts).toContain("← *most conservative*");
    expect(texts).toContain("**Most conservative figure: 1**");
  });
});

describe("Discord markup in corpus text stays inert", () => {
  it.each(hostile.map((c) => [c.name, c.outcome] as const))(
    "%s: no line starts a quote, heading or list",
    (_, outcome) => {
      const formatted = lines(outcome).filter((l) => /^(>|#{1,3} |-# |[-*+] |\d+\. )/.test(l));
      expect(formatted).toEqual([]);
    },
  );

  it.each(hostile.map((c) => [c.name, c.outcome] as const))(
    "%s: nothing pings, mentions or hides a link",
    (_, outcome) => {
      const texts = renderDiscordMessages(outcome).flatMap(discordVisibleTexts);
      expect(texts.flatMap(discordHazards)).toEqual([]);
      expect(texts.join("\n")).toMatch(
        /\\\[official statement\]\(<https:\/\/evil\.example>\)|\\<@123456789012345678>/,
      );
    },
  );

  it("the hazard check itself finds raw mentions, pings and masked links", () => {
    expect(discordHazards("<@123> <#45> @everyone [x](https://a.example)")).toHaveLength(4);
    expect(discordHazards("\\<@123> \\<#45> @\u200beveryone \\[x](https://a.example)")).toEqual([]);
  });
});

describe("Discord sources answer", () => {
  it("shows a report's web address without a preview card, in the sources answer and the briefing's Sources list", () => {
    const briefing = hugeBriefing();
    const documents = briefing.documents.map((d, i) =>
      i === 0 ? { ...d, url: "https://meridian.example/world/strikes" } : d,
    );
    const sources: CommandOutcome = {
      kind: "sources",
      answer: {
        schema: "sources/v1",
        aspect: "casualties",
        generatedAt: briefing.generatedAt,
        documents,
        bySource: documents.map((d) => ({ doc: d.id, outlet: d.outlet, claims: [] })),
        discrepancies: [],
      },
    };
    expect(lines(sources)).toContain("<https://meridian.example/world/strikes>");
    expect(lines({ kind: "briefing", briefing: { ...briefing, documents } })).toContain(
      "<https://meridian.example/world/strikes>",
    );
    expect(lines({ kind: "briefing", briefing })).not.toContain("<https://meridian.example/world/strikes>");
  });
});
