import type { APIEmbed } from "discord.js";
import type {
  Briefing,
  BriefingEvent,
  Discrepancy,
  DocumentSummary,
  Reaction,
  Stance,
} from "../../../src/index.js";
import { discrepancyEmbeds } from "./discrepancy-table.js";
import { escapeText } from "./escape.js";
import { type Line, layoutSection } from "./layout.js";
import { embedSize, LIMITS, shorten } from "./limits.js";
import { lineage, type Markers, markersFor, plural } from "./markers.js";

export const BRAND_COLOR = 0x3b82f6;

// Per-section budgets keep one long section from crowding out the others (and a channel).
const BUDGET = {
  summary: LIMITS.description,
  events: 6000,
  reactions: 6000,
  discrepancies: 5000,
  sources: 4000,
};

const STANCE: Record<Stance, string> = {
  condemn: "condemns",
  defend: "defends",
  threaten: "threatens",
  decline: "declines to comment",
  "urge-restraint": "urges restraint",
  support: "supports",
  other: "says",
};

const SOURCES_POINTER =
  "`/sources` with an aspect (e.g. `/sources casualties`) lists every report's claims in full.";

/** The briefing as embeds: header and summary, events, reactions, discrepancies, sources. */
export function briefingEmbeds(b: Briefing): APIEmbed[] {
  const markers = markersFor(b.documents);
  return [
    ...layoutSection({
      title: escapeText(b.headline) || (b.topic ? `Briefing: ${escapeText(b.topic)}` : "Briefing"),
      lines: [
        plain(`${lineage(b.documents, markers)}${b.topic ? ` · topic: ${escapeText(b.topic)}` : ""}`),
        ...b.summary.map((s) => {
          const cited = markers.all(s.citations);
          return line(
            `• ${escapeText(s.text)} ${cited}`,
            `• *${tooLong("A summary sentence", s.text)}* ${cited}`,
          );
        }),
      ],
      budget: BUDGET.summary,
      overflow: (n) => `…and ${plural(n, "more summary line")} not shown. ${SOURCES_POINTER}`,
      color: BRAND_COLOR,
    }),
    ...layoutSection({
      title: "Who did what",
      lines: b.events.map((e) => eventLine(e, markers)),
      budget: BUDGET.events,
      overflow: (n) => `…and ${plural(n, "more event")} not shown. ${SOURCES_POINTER}`,
      empty: "*No events found in the reports.*",
      color: BRAND_COLOR,
    }),
    ...layoutSection({
      title: "Reactions",
      lines: reactionLines(b.reactions, markers),
      budget: BUDGET.reactions,
      overflow: (n) => `…and ${plural(n, "more reaction")} not shown. ${SOURCES_POINTER}`,
      empty: "*No official reactions found.*",
      color: BRAND_COLOR,
    }),
    ...discrepancySection(b.discrepancies, markers, BUDGET.discrepancies),
    ...sourcesSection(b.documents, markers),
  ];
}

export const line = (text: string, fallback: string): Line => ({ text, fallback });
const plain = (text: string): Line => line(text, shorten(text, 1000));

/** "A quote of 5,012 characters is too long to show here" */
export const tooLong = (what: string, text: string) =>
  `${what} of ${text.length.toLocaleString("en-US")} characters is too long to show here`;

function eventLine(e: BriefingEvent, markers: Markers): Line {
  const where = [e.location, e.when, e.instrument ? `with ${e.instrument}` : null]
    .filter((x): x is string => Boolean(x))
    .map(escapeText)
    .join(", ");
  const head = `${e.background ? "*(earlier)* " : ""}**${escapeText(e.actor) || "Unnamed actor"}** · ${escapeText(e.action) || "acted on"} · **${escapeText(e.target) || "unnamed target"}**${where ? ` (${where})` : ""} ${markers.all(e.citations)}`;
  const first = e.citations[0];
  if (!first) return plain(head);
  return line(
    `${head}\n> “${escapeText(first.quote)}” ${markers.of(first.doc)}`,
    `${shorten(head, 2000)}\n> *${tooLong("The quote", first.quote)}; see ${markers.of(first.doc)}.*`,
  );
}

/** Grouped by the party spoken for; each group's name rides on its first reaction so it never dangles. */
function reactionLines(reactions: Reaction[], markers: Markers): Line[] {
  const groups = new Map<string, Reaction[]>();
  for (const r of reactions) {
    const party = escapeText(r.affiliation ?? r.speaker);
    groups.set(party, [...(groups.get(party) ?? []), r]);
  }
  return [...groups].flatMap(([party, members]) =>
    members.map((r, i) => {
      const heading = i === 0 ? `__**${shorten(party, 200)}**__\n` : "";
      const who = [r.speaker, r.role]
        .filter((x): x is string => Boolean(x))
        .map(escapeText)
        .join(", ");
      const said = `${heading}${STANCE[r.stance]} — ${who}: `;
      const cited = markers.all(r.citations);
      return line(
        `${said}“${escapeText(r.quote)}” ${cited}`,
        `${shorten(said, 1000)}*${tooLong("a quote", r.quote)}* ${cited}`,
      );
    }),
  );
}

/** Open discrepancies first, each a table; what does not fit points to /sources. */
export function discrepancySection(
  discrepancies: Discrepancy[],
  markers: Markers,
  budget: number,
): APIEmbed[] {
  const ordered = [
    ...discrepancies.filter((d) => d.status === "open"),
    ...discrepancies.filter((d) => d.status === "reconciled"),
  ];
  const embeds: APIEmbed[] = [];
  let spent = 0;
  for (const [i, d] of ordered.entries()) {
    const tables = discrepancyEmbeds(d, markers);
    const size = tables.reduce((n, t) => n + embedSize(t), 0);
    if (spent + size > budget && embeds.length > 0) {
      const hidden = ordered.slice(i).map((x) => `\`/sources ${shorten(escapeText(x.aspect), 40)}\``);
      embeds.push({
        description: `…and ${plural(ordered.length - i, "more discrepancy", "more discrepancies")} not shown: ${[...new Set(hidden)].slice(0, 5).join(", ")}`,
        color: BRAND_COLOR,
      });
      break;
    }
    embeds.push(...tables);
    spent += size;
  }
  return embeds;
}

export function sourcesSection(documents: DocumentSummary[], markers: Markers): APIEmbed[] {
  return layoutSection({
    title: "Sources",
    lines: documents.map((d) => plain(sourceLine(d, markers))),
    budget: BUDGET.sources,
    overflow: (n) => `…and ${plural(n, "more report")}.`,
    empty: "*No reports.*",
    color: BRAND_COLOR,
  });
}

function sourceLine(d: DocumentSummary, markers: Markers): string {
  const facts = [
    d.published ?? "date not stated",
    d.language,
    ...d.flags,
    d.derivedFrom ? `copy of ${markers.of(d.derivedFrom)}` : "",
  ].filter(Boolean);
  const title = shorten(escapeText(d.title), 200);
  return `**${markers.of(d.id)} ${markers.outlet(d.id)}** — ${title || "untitled"} · ${facts.join(" · ")}`;
}
