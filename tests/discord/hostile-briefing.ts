import type { ContractCase } from "../render-contract/fixtures.js";
import { hugeCases } from "../render-contract/fixtures.js";

// The shared synthetic cases speak Slack's markup; these speak Discord's: every hostile piece is
// swapped for one that would ping, mention, quote, head, list or hide a link in Discord.

const SWAPS: [string, string][] = [
  ["<!channel>", "> @everyone look"],
  ["<!here|here>", "@here [click here](https://evil.example/x_y)"],
  ["<!here>", "<@&456> <t:1614556800:R>"],
  ["<@U123>", "<@123456789012345678>"],
  ["<#C0123|general>", "<#123456789012345678> </brief:123456789012345678>"],
  ["<#C999>", "<:party:123456789012345678>"],
  ["<http://evil.example|click here>", "[official statement](<https://evil.example>)"],
  ["<!everyone>", "-# small print"],
  ["a > b < c", "# Heading\n- list item"],
];

/** Ids, dates and enums stay as they are; every other string gets the Discord swaps. */
const KEEP = new Set([
  "doc",
  "id",
  "derivedFrom",
  "generatedAt",
  "since",
  "published",
  "schema",
  "language",
  "stance",
  "status",
  "kind",
  "code",
]);

function discordify(value: unknown, key = ""): unknown {
  if (typeof value === "string") {
    if (KEEP.has(key)) return value;
    return SWAPS.reduce((text, [from, to]) => text.replaceAll(from, to), value);
  }
  if (Array.isArray(value)) return value.map((v) => discordify(v, key === "flags" ? "flags" : ""));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, KEEP.has(k) || k === "flags" ? v : discordify(v, k)]),
    );
  }
  return value;
}

/** The shared synthetic cases with Discord's own hostile markup in every corpus string. */
export function discordHostileCases(): ContractCase[] {
  const notice: ContractCase = {
    name: "notice whose lines start with Discord markup",
    outcome: {
      kind: "notice",
      title: "> @everyone",
      lines: [
        "> quoted",
        ">>> all of it",
        "# Heading",
        "-# small",
        "- list",
        "1. numbered",
        "<@123456789012345678>",
      ],
    },
  };
  return [
    ...hugeCases().map((c) => ({
      name: `${c.name}, Discord markup`,
      outcome: discordify(c.outcome) as ContractCase["outcome"],
    })),
    notice,
  ];
}
