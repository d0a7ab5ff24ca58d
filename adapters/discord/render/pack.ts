import type { APIEmbed } from "discord.js";
import type { Part } from "./layout-types.js";
import { embedSize, LIMITS, shorten } from "./limits.js";

// What to say (parts of items) is decided by the part builders; this decides where it goes:
// items into embed descriptions, embeds into messages. An item moves whole; an item too big for
// one description goes line by line; no line is ever cut (the builders keep each line within
// LONGEST_LINE and withhold a quote that cannot fit, with a pointer).

/** The longest line a builder may produce: one description with room to spare. */
export const LONGEST_LINE = LIMITS.description - 96;

// Descriptions are filled to just under half a message, so two full embeds share one message.
const FILL = 2900;

export function partEmbeds(part: Part): APIEmbed[] {
  const pages: string[] = [];
  let page = "";
  for (const item of part.items) {
    const whole = item.join("\n");
    for (const chunk of whole.length <= LONGEST_LINE ? [whole] : item) {
      if (page !== "" && page.length + 1 + chunk.length > FILL) {
        pages.push(page);
        page = "";
      }
      page = page === "" ? chunk : `${page}\n${chunk}`;
    }
  }
  if (page !== "") pages.push(page);
  return pages.map((description, i) => ({
    title: shorten(i === 0 ? part.title : `${part.title} (continued)`, LIMITS.title),
    description,
    color: part.color,
  }));
}

/** Groups embeds into messages: at most 10 embeds and 6000 characters across them per message. */
export function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const next = embedSize(embed);
    if (
      current.length > 0 &&
      (current.length >= LIMITS.embedsPerMessage || size + next > LIMITS.embedsTotal)
    ) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += next;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}
