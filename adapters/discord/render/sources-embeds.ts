import type { APIEmbed } from "discord.js";
import type { SourcesAnswer } from "../../../src/index.js";
import { BRAND_COLOR, discrepancySection, line, sourcesSection, tooLong } from "./briefing-embeds.js";
import { escapeText } from "./escape.js";
import { layoutSection } from "./layout.js";
import { LIMITS, shorten } from "./limits.js";
import { lineage, markersFor, plural } from "./markers.js";

// Budgets: each report's claims, all reports together, then the discrepancies.
const PER_REPORT = 3000;
const ALL_REPORTS = 16_000;
const DISCREPANCIES = 5000;

/** /sources: for each report, what it says about the aspect (or its silence), then the discrepancies. */
export function sourcesAnswerEmbeds(a: SourcesAnswer): APIEmbed[] {
  const markers = markersFor(a.documents);
  const aspect = escapeText(a.aspect);
  const speaking = a.bySource.filter((s) => s.claims.length > 0).length;
  const embeds: APIEmbed[] = [
    {
      title: shorten(`Who says what about “${aspect}”`, LIMITS.title),
      description: [
        lineage(a.documents, markers),
        `${plural(speaking, "report")} of ${a.bySource.length} say something about it.`,
      ].join("\n"),
      color: BRAND_COLOR,
    },
  ];
  let spent = 0;
  for (const [i, source] of a.bySource.entries()) {
    if (spent >= ALL_REPORTS) {
      embeds.push({
        description: `…and ${plural(a.bySource.length - i, "more report")} not shown; a narrower aspect gives a shorter answer.`,
        color: BRAND_COLOR,
      });
      break;
    }
    const copy = a.documents.find((d) => d.id === source.doc)?.derivedFrom;
    const section = layoutSection({
      title: `${markers.of(source.doc)} ${markers.outlet(source.doc)}${copy ? ` · copy of ${markers.of(copy)}` : ""}`,
      lines: source.claims.map((c) => {
        const who = c.attributedTo ? ` — *per ${escapeText(c.attributedTo)}*` : "";
        const cited = markers.all(c.citations);
        return line(
          `• ${escapeText(c.text)}${who} ${cited}`,
          `• *${tooLong("A claim", c.text)}*${who} ${cited}`,
        );
      }),
      budget: PER_REPORT,
      overflow: (n) =>
        `…and ${plural(n, "more claim")} from this report; a narrower aspect gives a shorter answer.`,
      empty: "*Says nothing about this.*",
      color: BRAND_COLOR,
    });
    embeds.push(...section);
    spent += section.reduce((n, e) => n + (e.description?.length ?? 0), 0);
  }
  return [
    ...embeds,
    ...discrepancySection(a.discrepancies, markers, DISCREPANCIES),
    ...sourcesSection(a.documents, markers),
  ];
}
