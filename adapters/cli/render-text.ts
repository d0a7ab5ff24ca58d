import {
  alsoLine,
  type Briefing,
  type BriefingEvent,
  type Citation,
  type CommandOutcome,
  type Discrepancy,
  type DocumentSummary,
  reactionsByParty,
  renderSections,
  type SourcesAnswer,
  STANCE_WORDS,
} from "../../src/index.js";

// The terminal's rendering of the neutral outcome: plain text a person reads top to bottom.

const rule = (title: string) => `\n${title.toUpperCase()}\n${"-".repeat(title.length)}`;
const cite = (c: Citation) => `[${c.doc}] "${c.quote}"`;
/** "[000][003]": each cited report once, in order of first citation. */
const markers = (citations: Citation[]) => [...new Set(citations.map((c) => `[${c.doc}]`))].join("");

export function renderOutcome(outcome: CommandOutcome): string {
  switch (outcome.kind) {
    case "briefing":
      return renderBriefing(outcome.briefing);
    case "sources":
      return renderSources(outcome.answer);
    case "help":
      return [
        "Commands:",
        ...outcome.commands.map((c) => `  ${c.usage.padEnd(18)} ${c.description}`),
        outcome.topics.length > 0 ? `Topics: ${outcome.topics.join(", ")}` : "Topics: (none found)",
        outcome.aspects.length > 0 ? `Aspects: ${outcome.aspects.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("\n");
    case "error":
      return outcome.message;
    case "notice":
      return [outcome.title, ...outcome.lines.map((l) => `  ${l}`)].join("\n");
    case "digest":
      return [
        `Digest: ${outcome.digest.topic || "all stories"}`,
        ...(outcome.digest.changes.length === 0
          ? ["  Nothing new since the last digest."]
          : outcome.digest.changes.map((c) => `  - ${c.text} ${markers(c.citations)}`)),
        "",
        renderBriefing(outcome.digest.briefing),
      ].join("\n");
  }
}

/** "5 reports, 4 independent; 000 rewrites 001" */
export function lineage(documents: DocumentSummary[]): string {
  const copies = documents.filter((d) => d.derivedFrom !== null);
  const head = `${documents.length} report${documents.length === 1 ? "" : "s"}, ${documents.length - copies.length} independent`;
  const pairs = copies.map((d) => `${shortId(d.id)} copies ${shortId(d.derivedFrom ?? "")}`);
  return pairs.length > 0 ? `${head}; ${pairs.join(", ")}` : head;
}

const shortId = (id: string) => id.split("_")[0] ?? id;

function renderDocuments(documents: DocumentSummary[]): string[] {
  return documents.map((d) => {
    const facts = [
      d.outlet ?? "outlet not stated",
      d.published ?? "date not stated",
      d.language,
      ...d.flags,
      d.derivedFrom ? `copy of ${d.derivedFrom}` : "",
    ].filter(Boolean);
    return `  ${d.id}  ${d.title}\n      ${facts.join(" · ")}${d.url ? `\n      ${d.url}` : ""}`;
  });
}

function renderBriefing(b: Briefing): string {
  const out: string[] = [
    b.headline || "Briefing",
    `${lineage(b.documents)}${b.topic ? ` · topic: ${b.topic}` : ""}`,
  ];
  if (b.also) out.push(alsoLine(b.also));

  const sections = renderSections<string>(b, {
    summary: (summary) => summary.map((s, i) => `  ${i + 1}. ${s.text} ${markers(s.citations)}`),
    events: (events) => events.flatMap(eventLines),
    reactions: (reactions) =>
      reactionsByParty(reactions).flatMap(([party, members]) => [
        `  ${party}`,
        ...members.map((r) => {
          const who = [r.speaker, r.role].filter(Boolean).join(", ");
          return `    ${who} ${STANCE_WORDS[r.stance]}: "${r.quote}" ${markers(r.citations)}`;
        }),
      ]),
    open: (open) => open.flatMap(renderDiscrepancy),
    reconciled: (reconciled) => reconciled.flatMap(renderDiscrepancy),
  });
  for (const { section, rendered } of sections) {
    if (rendered.length === 0 && section.whenEmpty === null) continue;
    out.push(rule(section.heading));
    out.push(...(rendered.length > 0 ? rendered : [`  (${section.whenEmpty})`]));
  }

  out.push(rule("Sources"));
  out.push(...renderDocuments(b.documents));
  return out.join("\n");
}

function eventLines(e: BriefingEvent): string[] {
  const where = [e.location, e.when, e.instrument ? `with ${e.instrument}` : null].filter(Boolean).join(", ");
  return [
    `  ${e.background ? "(earlier) " : ""}${e.actor} — ${e.action} — ${e.target}${where ? ` (${where})` : ""}`,
    `      ${markers(e.citations)} ${cite(e.citations[0] as Citation)}`,
  ];
}

function renderDiscrepancy(d: Discrepancy): string[] {
  const lines = [`  ${d.question} (${d.aspect})`];
  for (const c of d.claims) {
    const who = c.attributedTo ? ` — ${c.attributedTo}` : "";
    lines.push(`    ${c.value.padEnd(16)}${who}  ${markers(c.citations)}`);
  }
  if (d.range && d.conservative !== null) {
    lines.push(`    range ${d.range.min}–${d.range.max}; most conservative figure: ${d.conservative}`);
  }
  if (d.note) lines.push(`    note: ${d.note}`);
  return lines;
}

function renderSources(a: SourcesAnswer): string {
  const out = [`Who says what about "${a.aspect}"`, lineage(a.documents)];
  const byId = new Map(a.documents.map((d) => [d.id, d]));
  for (const s of a.bySource) {
    const doc = byId.get(s.doc);
    out.push(
      rule(
        `${s.doc} · ${s.outlet ?? "outlet not stated"}${doc?.derivedFrom ? ` · copy of ${doc.derivedFrom}` : ""}`,
      ),
    );
    // Below the heading, which is set in capitals: an address is case-sensitive.
    if (doc?.url) out.push(`  ${doc.url}`);
    if (s.claims.length === 0) out.push("  (says nothing about this)");
    for (const c of s.claims) {
      out.push(`  - ${c.text}${c.attributedTo ? ` (${c.attributedTo})` : ""}`);
    }
  }
  if (a.discrepancies.length > 0) {
    out.push(rule("Discrepancies"));
    for (const d of a.discrepancies) out.push(...renderDiscrepancy(d));
  }
  return out.join("\n");
}
