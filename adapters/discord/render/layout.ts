import type { APIEmbed, APIEmbedField } from "discord.js";
import { embedSize, LIMITS, shorten } from "./limits.js";

/** One item of a section (a sentence, an event, a reaction): shown whole or not at all. */
export interface Line {
  text: string;
  /** Shown instead when `text` alone cannot fit an embed (a very long quote): markers, no cut quote. */
  fallback: string;
}

export interface SectionSpec {
  title: string;
  lines: Line[];
  /** Characters this section may spend across its embeds before the rest is summarised. */
  budget: number;
  /** The pointer shown where items had to be left out. */
  overflow: (hidden: number) => string;
  /** Shown when there are no lines at all. */
  empty?: string;
  color?: number;
}

// Room kept free in every description for the overflow pointer, so it always fits.
const POINTER_ROOM = 300;
const ROOMY = LIMITS.description - POINTER_ROOM;

/** Lays a section's lines into as many description embeds as its budget allows, never cutting a line. */
export function layoutSection(spec: SectionSpec): APIEmbed[] {
  const pages: string[][] = [[]];
  let pageSize = 0;
  let spent = 0;
  let shown = 0;
  for (const line of spec.lines) {
    const text = line.text.length <= ROOMY ? line.text : line.fallback;
    const cost = text.length + 1;
    if (spent + cost > spec.budget - POINTER_ROOM) break;
    if (pageSize + cost > ROOMY && pageSize > 0) {
      pages.push([]);
      pageSize = 0;
    }
    pages[pages.length - 1]?.push(text);
    pageSize += cost;
    spent += cost;
    shown += 1;
  }
  const last = pages[pages.length - 1] ?? [];
  if (spec.lines.length === 0 && spec.empty) last.push(spec.empty);
  if (shown < spec.lines.length) last.push(shorten(spec.overflow(spec.lines.length - shown), POINTER_ROOM));
  return pages.map((page, i) => ({
    title: continued(spec.title, i),
    description: page.join("\n"),
    ...(spec.color === undefined ? {} : { color: spec.color }),
  }));
}

export interface TableSpec {
  title: string;
  description: string;
  rows: APIEmbedField[];
  color?: number;
}

// A table embed stays well under the per-message total so it can share a message.
const TABLE_SIZE = 5000;

/** Lays table rows (inline fields) into embeds of at most 25 fields, continuing under the same title. */
export function layoutTable(spec: TableSpec): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  let current = tableEmbed(spec.title, shorten(spec.description, LIMITS.description), spec.color);
  for (const row of spec.rows) {
    const field = {
      name: shorten(row.name, LIMITS.fieldName),
      value: shorten(row.value, LIMITS.fieldValue),
      inline: row.inline ?? true,
    };
    const fields = current.fields ?? [];
    if (
      fields.length >= LIMITS.fields ||
      embedSize(current) + field.name.length + field.value.length > TABLE_SIZE
    ) {
      embeds.push(current);
      current = tableEmbed(continued(spec.title, embeds.length), undefined, spec.color);
    }
    current.fields = [...(current.fields ?? []), field];
  }
  embeds.push(current);
  return embeds;
}

function tableEmbed(title: string, description: string | undefined, color: number | undefined): APIEmbed {
  return {
    title,
    ...(description ? { description } : {}),
    ...(color === undefined ? {} : { color }),
    fields: [],
  };
}

const continued = (title: string, page: number) =>
  page === 0 ? shorten(title, LIMITS.title) : shorten(`${title} (continued)`, LIMITS.title);

/** Groups embeds into messages: at most 10 embeds and 6000 characters across them per message. */
export function packMessages(embeds: APIEmbed[]): APIEmbed[][] {
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
