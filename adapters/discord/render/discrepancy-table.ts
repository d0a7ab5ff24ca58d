import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Discrepancy } from "../../../src/index.js";
import { escapeText } from "./escape.js";
import { layoutTable } from "./layout.js";
import { LIMITS, shorten } from "./limits.js";
import type { Markers } from "./markers.js";

export const OPEN_COLOR = 0xe67e22;
export const RECONCILED_COLOR = 0x2ecc71;

const figure = (n: number) => n.toLocaleString("en-US");

/** One discrepancy as a per-source table: a row per report and claim, the conservative figure labelled. */
export function discrepancyEmbeds(d: Discrepancy, markers: Markers): APIEmbed[] {
  const description = [
    d.status === "open" ? `**Open** · ${escapeText(d.aspect)}` : `**Reconciled** · ${escapeText(d.aspect)}`,
    d.range && d.conservative !== null
      ? `Most conservative figure: **${figure(d.conservative)}** (reports range from ${figure(d.range.min)} to ${figure(d.range.max)})`
      : "",
    d.note ? shorten(escapeText(d.note), 1000) : "",
  ]
    .filter(Boolean)
    .join("\n");
  return layoutTable({
    title: escapeText(d.question) || escapeText(d.aspect) || "Discrepancy",
    description,
    rows: d.claims.flatMap((claim) => claimRows(claim, d, markers)),
    color: d.status === "open" ? OPEN_COLOR : RECONCILED_COLOR,
  });
}

function claimRows(claim: Discrepancy["claims"][number], d: Discrepancy, markers: Markers): APIEmbedField[] {
  const conservative =
    d.conservative !== null && claim.number === d.conservative ? " · *most conservative*" : "";
  const who = claim.attributedTo ? ` — per ${escapeText(claim.attributedTo)}` : "";
  const said = `**${escapeText(claim.value) || "(no figure)"}**${who}${conservative}`;
  const docs = [...new Set(claim.citations.map((c) => c.doc))];
  return docs.map((doc) => ({
    name: shorten(`${markers.of(doc)} ${markers.outlet(doc)}`, LIMITS.fieldName),
    value:
      said.length <= LIMITS.fieldValue
        ? said
        : `*A claim of ${figure(said.length)} characters, too long to show here; \`/sources ${shorten(escapeText(d.aspect), 60)}\` shows it.*`,
    inline: true,
  }));
}
