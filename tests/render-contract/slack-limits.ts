import type { SlackMessage } from "../../adapters/slack/render/render-messages.js";

// Slack's limits, checked independently of the renderer's own bookkeeping (see FINDINGS).

const MAX_BLOCKS = 50;
const MAX_SECTION = 3000;
const MAX_FIELD = 2000;
const MAX_HEADER = 150;
const MAX_CONTEXT_ELEMENTS = 10;
/** msg_blocks_too_long starts at ~11–12k; the renderer promises a margin. */
const MAX_MESSAGE_CHARS = 10_000;
const MAX_TEXT_ONLY = 40_000;

type Block = SlackMessage["blocks"][number];

function texts(block: Block): string[] {
  switch (block.type) {
    case "header":
      return [block.text.text];
    case "section":
      return [...(block.text ? [block.text.text] : []), ...(block.fields ?? []).map((f) => f.text)];
    case "context":
      return block.elements.flatMap((e) => ("text" in e ? [e.text] : []));
    case "actions":
      return block.elements.flatMap((e) => ("text" in e && e.text ? [e.text.text] : []));
    default:
      return [];
  }
}

export function slackVisibleTexts(m: SlackMessage): string[] {
  return [m.text, ...m.blocks.flatMap(texts)];
}

export function slackViolations(m: SlackMessage): string[] {
  const out: string[] = [];
  if (m.text.trim() === "") out.push("no plain-text fallback");
  if (m.blocks.length === 0 && m.text.length > MAX_TEXT_ONLY)
    out.push(`text-only message of ${m.text.length}`);
  if (m.blocks.length > MAX_BLOCKS) out.push(`${m.blocks.length} blocks`);
  let total = 0;
  m.blocks.forEach((b, i) => {
    const where = `block ${i + 1} (${b.type})`;
    for (const t of texts(b)) total += t.length;
    if (b.type === "header") {
      if (b.text.type !== "plain_text") out.push(`${where}: header not plain text`);
      if (b.text.text.length > MAX_HEADER || b.text.text.length === 0)
        out.push(`${where}: ${b.text.text.length} chars`);
    }
    if (b.type === "section") {
      const len = b.text?.text.length ?? 0;
      if (b.text && (len === 0 || len > MAX_SECTION)) out.push(`${where}: ${len} chars`);
      if (!b.text && !b.fields?.length) out.push(`${where}: neither text nor fields`);
      if ((b.fields?.length ?? 0) > 10) out.push(`${where}: ${b.fields?.length} fields`);
      for (const f of b.fields ?? [])
        if (f.text.length > MAX_FIELD) out.push(`${where}: field of ${f.text.length}`);
    }
    if (b.type === "context") {
      if (b.elements.length === 0 || b.elements.length > MAX_CONTEXT_ELEMENTS) {
        out.push(`${where}: ${b.elements.length} elements`);
      }
    }
    if (b.type === "actions") {
      for (const e of b.elements) {
        if (e.type === "button" && (e.text.text.length > 75 || (e.value?.length ?? 0) > 2000)) {
          out.push(`${where}: button too long`);
        }
      }
    }
  });
  if (total > MAX_MESSAGE_CHARS) out.push(`${total} characters across blocks`);
  return out;
}

export const slackEscape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Any < or > is markup Slack would parse (mentions, links); an & must start one of the three entities. */
export function slackHazards(text: string): string[] {
  return [
    ...(text.match(/[<>]/g) ?? []).map((c) => `raw ${c} in ${JSON.stringify(text.slice(0, 60))}`),
    ...(text.match(/&(?!amp;|lt;|gt;)/g) ?? []).map(() => `bare & in ${JSON.stringify(text.slice(0, 60))}`),
  ];
}
