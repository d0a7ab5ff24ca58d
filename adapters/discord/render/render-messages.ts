import type { APIEmbed } from "discord.js";
import {
  alsoLine,
  type Briefing,
  type CommandOutcome,
  type DocumentSummary,
  type SourcesAnswer,
} from "../../../src/index.js";
import { BRAND_COLOR, briefingParts } from "./briefing-parts.js";
import { CitationStyle, plural, reportCount } from "./citations.js";
import { digestEmbeds } from "./digest-message.js";
import { escapeText } from "./escape.js";
import type { Part } from "./layout-types.js";
import { embedSize, LIMITS, shorten } from "./limits.js";
import { LONGEST_LINE, packEmbeds, partEmbeds } from "./pack.js";
import { sourcesParts } from "./sources-parts.js";

/** One Discord message as the renderer produces it; senders add allowed_mentions and components. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
}

/**
 * Any command outcome as Discord messages, each within every limit (10 embeds and 6000 characters
 * per message, 4096 per description, 256 per title, 2000 of content), corpus text escaped. Long
 * answers continue in further messages; nothing is cut, and a quote longer than any embed can hold
 * is replaced by a pointer to its report.
 */
export function renderDiscordMessages(outcome: CommandOutcome): DiscordMessage[] {
  switch (outcome.kind) {
    case "briefing":
      return briefingMessages(outcome.briefing);
    case "sources":
      return sourcesMessages(outcome.answer);
    case "digest":
      return digestEmbeds(outcome.digest).map((embeds) => ({ embeds }));
    case "help":
      return messages(
        header("deskbrief: what you can ask", [
          "Every answer is machine-assembled from the reports in the corpus, each line cited.",
        ]),
        [
          {
            title: "Commands",
            items: outcome.commands.map((c) => [`**${escapeText(c.usage)}** — ${escapeText(c.description)}`]),
            color: BRAND_COLOR,
          },
          { title: "Topics", items: [[shorten(list(outcome.topics), LONGEST_LINE)]], color: BRAND_COLOR },
          { title: "Aspects", items: [[shorten(list(outcome.aspects), LONGEST_LINE)]], color: BRAND_COLOR },
        ],
      );
    case "notice":
      return messages(header(outcome.title, []), [
        { title: "Details", items: outcome.lines.map((l) => [escapeText(l)]), color: BRAND_COLOR },
      ]);
    case "error":
      return [{ content: shorten(escapeText(outcome.message), LIMITS.content), embeds: [] }];
  }
}

function briefingMessages(b: Briefing): DiscordMessage[] {
  const style = new CitationStyle(b.documents);
  const { parts, empty } = briefingParts(b, style);
  const title = b.headline || (b.topic ? `Briefing: ${b.topic}` : "Briefing");
  return signed(
    messages(
      header(title, [
        `${reportCount(b.documents)}${b.topic ? ` · topic: **${escapeText(b.topic)}**` : ""}`,
        empty.length > 0 ? `*Nothing found for: ${empty.join(", ")}*` : "",
        escapeText(alsoLine(b.also)),
      ]),
      parts,
    ),
    b.documents,
    b.generatedAt,
  );
}

function sourcesMessages(a: SourcesAnswer): DiscordMessage[] {
  const style = new CitationStyle(a.documents);
  const speaking = a.bySource.filter((s) => s.claims.length > 0).length;
  return signed(
    messages(
      header(`Who says what: ${a.aspect}`, [
        `${reportCount(a.documents)} · ${speaking} of ${a.bySource.length} say something about it`,
      ]),
      sourcesParts(a, style),
    ),
    a.documents,
    a.generatedAt,
  );
}

/** The answer's first embed: the title (corpus text, escaped and shortened) and a line or two of context. */
function header(title: string, lines: string[]): APIEmbed {
  return {
    title: shorten(escapeText(title) || "deskbrief", LIMITS.title),
    description: lines.filter(Boolean).join("\n") || "\u200b",
    color: BRAND_COLOR,
  };
}

function messages(head: APIEmbed, parts: Part[]): DiscordMessage[] {
  return packEmbeds([head, ...parts.flatMap(partEmbeds)]).map((embeds) => ({ embeds }));
}

/** Signs the last embed: how many reports the machine assembled this from, and when. */
function signed(out: DiscordMessage[], documents: DocumentSummary[], generatedAt: string): DiscordMessage[] {
  const last = out.at(-1)?.embeds.at(-1);
  if (!last) return out;
  const footer = `Machine-assembled by deskbrief from ${plural(documents.length, "report")}`;
  const total = out.at(-1)?.embeds.reduce((n, e) => n + embedSize(e), 0) ?? 0;
  if (total + footer.length <= LIMITS.embedsTotal) {
    last.footer = { text: footer };
    last.timestamp = generatedAt;
    return out;
  }
  return [...out, { embeds: [{ footer: { text: footer }, timestamp: generatedAt, color: BRAND_COLOR }] }];
}

const list = (names: string[]) => {
  const shown = names.slice(0, 40).map(escapeText).join(", ");
  if (names.length === 0) return "None found yet.";
  return names.length > 40 ? `${shown} …and ${names.length - 40} more` : shown;
};
