import type { APIEmbed } from "discord.js";

/** Discord's message limits the renderer meets (characters); discord.js checks none of the totals. */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedsTotal: 6000,
  title: 256,
  description: 4096,
} as const;

/** What Discord counts towards the 6000 characters across a message's embeds. */
export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Shortens our own labels (headlines, names), never quotes: those are withheld whole instead. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // Never leave a dangling escape backslash at the cut.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/\\+$/, "")}…`;
}
