import type { APIEmbed } from "discord.js";

// Discord's limits and hazards, checked independently of the renderer's own bookkeeping.

export interface MessageLike {
  content?: string;
  embeds?: APIEmbed[];
}

const embedTexts = (e: APIEmbed): string[] => [
  e.title ?? "",
  e.description ?? "",
  e.footer?.text ?? "",
  e.author?.name ?? "",
  ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
];

export function discordVisibleTexts(m: MessageLike): string[] {
  return [m.content ?? "", ...(m.embeds ?? []).flatMap(embedTexts)].filter((t) => t !== "");
}

export function discordViolations(m: MessageLike): string[] {
  const out: string[] = [];
  const embeds = m.embeds ?? [];
  if ((m.content ?? "") === "" && embeds.length === 0) out.push("empty message");
  if ((m.content ?? "").length > 2000) out.push(`content of ${m.content?.length}`);
  if (embeds.length > 10) out.push(`${embeds.length} embeds`);
  const total = embeds.reduce((n, e) => n + embedTexts(e).reduce((k, t) => k + t.length, 0), 0);
  if (total > 6000) out.push(`${total} characters across embeds`);
  embeds.forEach((e, i) => {
    const where = `embed ${i + 1}`;
    if ((e.title?.length ?? 0) > 256) out.push(`${where}: title of ${e.title?.length}`);
    if ((e.description?.length ?? 0) > 4096) out.push(`${where}: description of ${e.description?.length}`);
    if ((e.footer?.text.length ?? 0) > 2048) out.push(`${where}: footer of ${e.footer?.text.length}`);
    if ((e.author?.name.length ?? 0) > 256) out.push(`${where}: author of ${e.author?.name.length}`);
    if ((e.fields?.length ?? 0) > 25) out.push(`${where}: ${e.fields?.length} fields`);
    for (const f of e.fields ?? []) {
      if (f.name.length > 256 || f.value.length > 1024)
        out.push(`${where}: field of ${f.name.length}/${f.value.length}`);
    }
    if (embedTexts(e).every((t) => t === "")) out.push(`${where}: empty`);
  });
  return out;
}

const MENTION = /(?<!\\)<(@[!&]?\d+|#\d+|\/[\w -]+:\d+|t:-?\d+(:[tTdDfFR])?|a?:\w+:\d+|id:\w+)>/g;
const MASKED_LINK = /(?<!\\)\[[^\]\n]*\]\(\s*<?https?:[^)\n]*\)/g;

/** What in a rendered text could ping someone, mention something or hide a link behind words. */
export function discordHazards(text: string): string[] {
  const where = JSON.stringify(text.slice(0, 60));
  return [
    ...(text.match(/@(everyone|here)/gi) ?? []).map((m) => `raw ${m} in ${where}`),
    ...(text.match(MENTION) ?? []).map((m) => `mention ${m} in ${where}`),
    ...(text.match(MASKED_LINK) ?? []).map((m) => `masked link ${m} in ${where}`),
  ];
}
