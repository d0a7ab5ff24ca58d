import type { APIEmbed } from "discord.js";
import {
  type Citation,
  type Digest,
  type DigestLine,
  type DigestView,
  digestView,
  shrinkDigestView,
} from "../../../src/index.js";
import { BRAND_COLOR, OPEN_COLOR } from "./briefing-parts.js";
import { CitationStyle, plural, quoted, reportCount } from "./citations.js";
import { escapeText } from "./escape.js";
import type { Item, Part } from "./layout-types.js";
import { LIMITS, shorten } from "./limits.js";
import { packEmbeds, partEmbeds } from "./pack.js";

// A digest is one Discord message: the view shrinks (quotes, then the ends of lists) until it fits.
// The poster adds the "Full briefing" button; the last embed also names the command.

/** A quote longer than this stays behind its marker: one screen holds the digest. */
const QUOTE_SHOWN = 280;

export function digestEmbeds(d: Digest): APIEmbed[][] {
  let view: DigestView | null = digestView(d);
  let out: APIEmbed[][] = [];
  while (view) {
    out = packEmbeds(digestLayout(view));
    if (out.length === 1) return out;
    view = shrinkDigestView(view);
  }
  return out.slice(0, 1);
}

function digestLayout(v: DigestView): APIEmbed[] {
  const style = new CitationStyle(v.documents);
  const line = (prefix: string, l: DigestLine): Item => {
    const text = `${prefix}${escapeText(l.text)} ${style.markers(l.citations)}`;
    const quote = v.quotes ? firstQuote(l) : null;
    return quote ? [text, `↳ ${style.marker(quote.doc)} ${quoted(quote.quote)}`] : [text];
  };
  const more = (n: number, what: string): Item[] =>
    n > 0 ? [[`*…and ${n} more ${what} in the full briefing.*`]] : [];
  const parts: Part[] = [
    {
      title: "What's new",
      items:
        v.changes.length === 0 && v.moreChanges === 0
          ? [["*Nothing new since the last digest.*"]]
          : [...v.changes.map((c) => line("• ", c)), ...more(v.moreChanges, "changes")],
      color: BRAND_COLOR,
    },
    // Bullets, not "1.": a line starting with a number and a full stop is a list in Discord markdown.
    { title: "Summary", items: v.summary.map((s) => line("• ", s)), color: BRAND_COLOR },
  ];
  if (v.disputes.length + v.moreDisputes > 0) {
    parts.push({
      title: "Open disputes",
      items: [...v.disputes.map((x) => line("• ", x)), ...more(v.moreDisputes, "disputes")],
      color: OPEN_COLOR,
    });
  }
  const cited = [...new Set(shownCitations(v).map((c) => c.doc))];
  parts.push({
    title: "Sources cited",
    items: [
      cited.length > 0 ? [cited.map((doc) => style.source(doc)).join(" · ")] : [],
      [`Full briefing (who did what, reactions, every source): **${escapeText(v.fullBriefing)}**`],
    ].filter((i) => i.length > 0),
    color: BRAND_COLOR,
  });
  const since = v.since ? ` · changes since ${v.since.slice(0, 16).replace("T", " ")} UTC` : "";
  const head: APIEmbed = {
    title: shorten(escapeText(v.title) || "deskbrief", LIMITS.title),
    description: `${reportCount(v.documents)}${since}`,
    color: BRAND_COLOR,
  };
  const embeds = [head, ...parts.flatMap(partEmbeds)];
  const last = embeds.at(-1) as APIEmbed;
  last.footer = { text: `Machine-assembled by deskbrief from ${plural(v.documents.length, "report")}` };
  last.timestamp = v.generatedAt;
  return embeds;
}

function firstQuote(l: DigestLine): Citation | null {
  const c = l.citations[0];
  return c && c.quote.length <= QUOTE_SHOWN && !l.text.includes(c.quote) ? c : null;
}

const shownCitations = (v: DigestView): Citation[] =>
  [...v.changes, ...v.summary, ...v.disputes].flatMap((l) => l.citations);
