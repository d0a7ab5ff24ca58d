import {
  alsoLine,
  type Briefing,
  type BriefingEvent,
  type Reaction,
  reactionsByParty,
  STANCE_WORDS,
  type SummarySentence,
} from "../../../src/index.js";
import { CitationStyle, discrepancyItem, reportCount, sourceItems } from "./citations.js";
import type { Item, Layout, Part } from "./layout.js";
import { bold, escapeMrkdwn, italic, quoted } from "./mrkdwn.js";

export function briefingLayout(b: Briefing): Layout {
  const style = new CitationStyle(b.documents);
  const open = b.discrepancies.filter((d) => d.status === "open");
  const reconciled = b.discrepancies.filter((d) => d.status === "reconciled");
  const sections: [string, Item[]][] = [
    ["Summary", b.summary.map((s, i) => summaryItem(`${i + 1}. ${escapeMrkdwn(s.text)}`, s, style))],
    ["Who did what", b.events.map((e) => eventItem(e, style))],
    ["Reactions", reactionItems(b.reactions, style)],
    ["Open discrepancies", open.map((d) => discrepancyItem(d, style))],
    ["Reconciled", reconciled.map((d) => discrepancyItem(d, style))],
  ];
  const empty = sections.filter(([name, items]) => items.length === 0 && name !== "Reconciled");
  const parts: Part[] = sections
    .filter(([, items]) => items.length > 0)
    .map(([name, items]) => ({ heading: bold(name), items }));
  parts.push({
    heading: bold(`Sources (${reportCount(b.documents)})`),
    items: sourceItems(b.documents, style),
  });

  const context = [
    `Machine-assembled from ${reportCount(b.documents)}${b.topic ? ` · topic: ${bold(escapeMrkdwn(b.topic))}` : ""} · ${escapeMrkdwn(b.generatedAt.slice(0, 16).replace("T", " "))} UTC`,
  ];
  if (empty.length > 0) {
    context.push(italic(`Nothing found for: ${empty.map(([name]) => name.toLowerCase()).join(", ")}`));
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
