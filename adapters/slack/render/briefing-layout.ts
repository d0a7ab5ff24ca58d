import {
  alsoLine,
  type Briefing,
  type BriefingEvent,
  type Reaction,
  reactionsByParty,
  renderSections,
  STANCE_WORDS,
  type SummarySentence,
} from "../../../src/index.js";
import { CitationStyle, discrepancyItem, reportCount, sourceItems } from "./citations.js";
import { bold, escapeMrkdwn, italic, quoted } from "./escape.js";
import type { Item, Layout, Part } from "./layout-types.js";

export function briefingLayout(b: Briefing): Layout {
  const style = new CitationStyle(b.documents);
  const sections = renderSections<Item>(b, {
    summary: (summary) => summary.map((s, i) => summaryItem(`${i + 1}. ${escapeMrkdwn(s.text)}`, s, style)),
    events: (events) => events.map((e) => eventItem(e, style)),
    reactions: (reactions) => reactionItems(reactions, style),
    open: (open) => open.map((d) => discrepancyItem(d, style)),
    reconciled: (reconciled) => reconciled.map((d) => discrepancyItem(d, style)),
  });
  const empty = sections.filter((s) => s.rendered.length === 0 && s.section.whenEmpty !== null);
  const parts: Part[] = sections
    .filter((s) => s.rendered.length > 0)
    .map((s) => ({ heading: bold(s.section.heading), items: s.rendered }));
  parts.push({
    heading: bold(`Sources (${reportCount(b.documents)})`),
    items: sourceItems(b.documents, style),
  });

  const context = [
    `Machine-assembled from ${reportCount(b.documents)}${b.topic ? ` · topic: ${bold(escapeMrkdwn(b.topic))}` : ""} · ${escapeMrkdwn(b.generatedAt.slice(0, 16).replace("T", " "))} UTC`,
  ];
  if (empty.length > 0) {
    context.push(
      italic(`Nothing found for: ${empty.map((s) => s.section.heading.toLowerCase()).join(", ")}`),
    );
  }
  if (b.also) context.push(escapeMrkdwn(alsoLine(b.also)));
  const title = b.headline || (b.topic ? `Briefing: ${b.topic}` : "Briefing");
  return {
    title,
    context,
    parts,
    fallback: `Briefing: ${title} — machine-assembled from ${reportCount(b.documents)}`,
  };
}

function summaryItem(line: string, s: SummarySentence, style: CitationStyle): Item {
  return [`${line} ${style.markers(s.citations)}`, ...style.lines(s.citations, s.text)];
}

function eventItem(e: BriefingEvent, style: CitationStyle): Item {
  const details = [e.location, e.when, e.instrument ? `with ${e.instrument}` : null].filter(
    (d): d is string => Boolean(d),
  );
  const line = [
    e.background ? `${italic("earlier:")} ` : "",
    bold(escapeMrkdwn(e.actor || "Unnamed actor")),
    ` — ${escapeMrkdwn(e.action || "acted on")} — `,
    bold(escapeMrkdwn(e.target || "unnamed target")),
    details.length > 0 ? ` (${escapeMrkdwn(details.join(", "))})` : "",
    ` ${style.markers(e.citations)}`,
  ].join("");
  return [`• ${line}`, ...style.lines(e.citations, "")];
}

/** Reactions grouped by the party spoken for; the party's name leads its first reaction. */
function reactionItems(reactions: Reaction[], style: CitationStyle): Item[] {
  return reactionsByParty(reactions).flatMap(([party, members]) =>
    members.map((r, i) => {
      const who = [r.speaker, r.role].filter(Boolean).join(", ");
      const line = `• ${escapeMrkdwn(who)} ${italic(STANCE_WORDS[r.stance])}: ${quoted(r.quote)} ${style.markers(r.citations)}`;
      const item = [line, ...style.lines(r.citations, r.quote)];
      return i === 0 ? [bold(escapeMrkdwn(party)), ...item] : item;
    }),
  );
}
