import type { APIEmbed } from "discord.js";
import type { CommandOutcome, Digest, DocumentSummary } from "../../../src/index.js";
import { BRAND_COLOR, briefingEmbeds, line, tooLong } from "./briefing-embeds.js";
import { escapeText } from "./escape.js";
import { layoutSection, packMessages } from "./layout.js";
import { LIMITS, shorten } from "./limits.js";
import { markersFor, plural } from "./markers.js";
import { sourcesAnswerEmbeds } from "./sources-embeds.js";

/** One Discord message as the renderer produces it; senders add allowed_mentions and components. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
}

/** Renders any command outcome as one or more messages, each within every Discord limit. */
export function renderDiscordMessages(outcome: CommandOutcome): DiscordMessage[] {
  switch (outcome.kind) {
    case "briefing":
      return answer(
        briefingEmbeds(outcome.briefing),
        outcome.briefing.documents,
        outcome.briefing.generatedAt,
      );
    case "sources":
      return answer(
        sourcesAnswerEmbeds(outcome.answer),
        outcome.answer.documents,
        outcome.answer.generatedAt,
      );
    case "digest":
      return answer(
        digestEmbeds(outcome.digest),
        outcome.digest.briefing.documents,
        outcome.digest.generatedAt,
      );
    case "help":
      return messages(
        layoutSection({
          title: "deskbrief",
          lines: [
            ...outcome.commands.map((c) => plainLine(`\`${c.usage}\` — ${c.description}`)),
            plainLine(`**Topics:** ${outcome.topics.map(escapeText).join(", ") || "none found yet"}`),
            plainLine(`**Aspects:** ${outcome.aspects.map(escapeText).join(", ") || "none found yet"}`),
          ],
          budget: LIMITS.description,
          overflow: () => "…",
          color: BRAND_COLOR,
        }),
      );
    case "notice":
      return messages(
        layoutSection({
          title: escapeText(outcome.title) || "deskbrief",
          lines: outcome.lines.map((l) => plainLine(escapeText(l))),
          budget: 12_000,
          overflow: (n) => `…and ${plural(n, "more line")}.`,
          color: BRAND_COLOR,
        }),
      );
    case "error":
      return [{ content: shorten(escapeText(outcome.message), LIMITS.content), embeds: [] }];
  }
}

const plainLine = (text: string) => line(text, shorten(text, 1000));

const messages = (embeds: APIEmbed[]): DiscordMessage[] => packMessages(embeds).map((e) => ({ embeds: e }));

/** Signs the last embed: how many reports the machine assembled this from, and when. */
function answer(embeds: APIEmbed[], documents: DocumentSummary[], generatedAt: string): DiscordMessage[] {
  const last = embeds[embeds.length - 1];
  if (last) {
    last.footer = { text: `Machine-assembled from ${plural(documents.length, "report")} by deskbrief` };
    last.timestamp = generatedAt;
  }
  return messages(embeds);
}

function digestEmbeds(d: Digest): APIEmbed[] {
  const markers = markersFor(d.briefing.documents);
  const changes = layoutSection({
    title: `Digest: ${escapeText(d.topic) || "all stories"}`,
    lines: d.changes.map((c) => {
      const cited = markers.all(c.citations);
      return line(`• ${escapeText(c.text)} ${cited}`, `• *${tooLong("A change", c.text)}* ${cited}`);
    }),
    budget: LIMITS.description,
    overflow: (n) => `…and ${plural(n, "more change")}.`,
    empty: "*Nothing new since the last digest.*",
    color: BRAND_COLOR,
  });
  return [...changes, ...briefingEmbeds(d.briefing)];
}
