import {
  type Briefing,
  type BriefingEvent,
  type Reaction,
  reactionsByParty,
  renderSections,
  type SectionKey,
  STANCE_WORDS,
  type SummarySentence,
} from "../../../src/index.js";
import { type CitationStyle, discrepancyItem, sourceItems } from "./citations.js";
import { escapeText } from "./escape.js";
import type { Item, Part } from "./layout-types.js";

export const BRAND_COLOR = 0x3b82f6;
export const OPEN_COLOR = 0xe67e22;
export const RECONCILED_COLOR = 0x2ecc71;

/** Each section's embed colour: disputes stand out, reconciled ones read as settled. */
const SECTION_COLORS: Record<SectionKey, number> = {
  summary: BRAND_COLOR,
  events: BRAND_COLOR,
  reactions: BRAND_COLOR,
  open: OPEN_COLOR,
  reconciled: RECONCILED_COLOR,
};

/** The briefing's sections in reading order; empty ones are left out (and named in the header). */
export function briefingParts(b: Briefing, style: CitationStyle): { parts: Part[]; empty: string[] } {
  const sections = renderSections<Item>(b, {
    summary: (summary) => summary.map((s) => summaryItem(s, style)),
    events: (events) => events.map((e) => eventItem(e, style)),
    reactions: (reactions) => reactionItems(reactions, style),
    open: (open) => open.map((d) => discrepancyItem(d, style)),
    reconciled: (reconciled) => reconciled.map((d) => discrepancyItem(d, style)),
  });
  const empty = sections
    .filter((s) => s.rendered.length === 0 && s.section.whenEmpty !== null)
    .map((s) => s.section.heading.toLowerCase());
  const parts: Part[] = sections
    .filter((s) => s.rendered.length > 0)
    .map((s) => ({ title: s.section.heading, items: s.rendered, color: SECTION_COLORS[s.section.key] }));
  parts.push({ title: "Sources", items: sourceItems(b.documents, style), color: BRAND_COLOR });
  return { parts, empty };
}

export function summaryItem(s: SummarySentence, style: CitationStyle): Item {
  const line = style.textLine("• ", s.text, s.citations);
  return [line, ...style.quoteLines(s.citations, line)];
}

function eventItem(e: BriefingEvent, style: CitationStyle): Item {
  const details = [e.location, e.when, e.instrument ? `with ${e.instrument}` : null].filter(
    (d): d is string => Boolean(d),
  );
  const head = [
    e.background ? "*earlier:* " : "",
    `**${escapeText(e.actor) || "Unnamed actor"}**`,
    ` — ${escapeText(e.action) || "acted on"} — `,
    `**${escapeText(e.target) || "unnamed target"}**`,
    details.length > 0 ? ` (${escapeText(details.join(", "))})` : "",
    ` ${style.markers(e.citations)}`,
  ].join("");
  return [
    style.fit(
      `• ${head}`,
      () => `• *An event too long to describe in Discord* ${style.markers(e.citations)}`,
    ),
    ...style.quoteLines(e.citations, ""),
  ];
}

/** Grouped by the party spoken for; the party's name leads its first reaction so it never dangles. */
function reactionItems(reactions: Reaction[], style: CitationStyle): Item[] {
  return reactionsByParty(reactions).flatMap(([party, members]) =>
    members.map((r, i) => {
      const who = escapeText([r.speaker, r.role].filter(Boolean).join(", "));
      const line = style.textLine(`• ${who} *${STANCE_WORDS[r.stance]}*: `, r.quote, r.citations, true);
      const item = [line, ...style.quoteLines(r.citations, line)];
      return i === 0 ? [`__**${escapeText(party)}**__`, ...item] : item;
    }),
  );
}
