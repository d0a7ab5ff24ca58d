import type { Discrepancy, DiscrepancyClaim } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { attributionOf } from "../../text/attribution.js";
import { nameKey } from "../../text/name-key.js";
import { sentenceTexts } from "../background.js";

// How strong a quake was, when seismological agencies measure it differently. A report that gives two
// magnitudes from two agencies ("the national service measured 5.2, the institute 5.8") is about one quake;
// figures in different reports may be different quakes of a long sequence, so only figures of one
// report are compared. An agency that revises its own reading ("preliminary 5.5, later 5.7") updates it.

interface Reading {
  value: string;
  number: number;
  body: string | null;
  quote: string;
  revised: boolean;
}

const MAGNITUDE =
  /\bmagnitude(?:\s+(?:of|as|at))?\s+(\d\.\d)\b|\b(\d\.\d)[-\s]magnitude\b|\b(\d\.\d)\s+on the Richter\b|\b(?:measured|reported|put|rated)\s+(?:it\s+)?(?:at|as)\s+(\d\.\d)\b/gi;
/** "the March 3 7.8 earthquake": a magnitude that names an earlier quake, not a reading of this one. */
const RECALLED = /\b(?:of|after|since|than)\s+(?:the\s+)?[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?\s+$/;
const REVISED =
  /\b(?:updated|revised|later|upgraded|downgraded|corrected|preliminary|first reported|initially)\b/i;
/** An agency named before the figure in its sentence: "PGI", "the National Seismic Service". */
const BODY =
  /\b((?:the\s+)?(?:[A-Z][A-Za-z]*\s+(?:of\s+)?){0,5}(?:Survey|Service|Institute|Center|Centre|Agency|Office|Observatory|Department)|[A-Z]{3,6})\b/g;
/** Magnitudes further apart than this are different quakes, not two readings of one. */
const SAME_QUAKE = 1.5;

function bodyBefore(before: string, sentence: string): string | null {
  const named = [...before.matchAll(BODY)].map((m) => m[1] ?? "").filter((b) => !/^(?:UTC|GMT)$/.test(b));
  return named.at(-1)?.replace(/^the\s+/, "") ?? attributionOf(sentence);
}

/** "Pacific Geophysical Institute", "PGI"; "the Institute" and its "Seismological Service": one body. */
function sameBodies(readings: Reading[]): Reading[] {
  const initials = (b: string) =>
    b
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w) && !/^The$/.test(w))
      .map((w) => w[0])
      .join("");
  const names = [...new Set(readings.map((r) => (r.body ?? "").replace(/^the\s+/i, "")))].sort(
    (a, b) => a.length - b.length,
  );
  const canonical = new Map<string, string>();
  for (const name of names) {
    const same = names.find(
      (short) =>
        short !== name && (name.startsWith(short) || short === initials(name) || initials(short) === name),
    );
    canonical.set(name, canonical.get(same ?? "") ?? same ?? name);
  }
  return readings.map((r) => {
    const name = (r.body ?? "").replace(/^the\s+/i, "");
    return { ...r, body: canonical.get(name) ?? name };
  });
}

/** "the last strong quake was in 1984": a sentence that names another year tells of another quake. */
const OTHER_YEAR = (text: string, year: string | null) =>
  [...text.matchAll(/\b(?:1[89]|20)\d\d\b/g)].some((m) => m[0] !== year) ||
  /\b(?:last|previous)\s+(?:\w+\s+)?(?:quake|earthquake|tremor)\b/i.test(text);

function readingsOf(doc: Document): Reading[] {
  const readings: Reading[] = [];
  const year = doc.published?.slice(0, 4) ?? null;
  for (const text of sentenceTexts(doc)) {
    if (OTHER_YEAR(text, year)) continue;
    for (const m of text.matchAll(MAGNITUDE)) {
      const at = m.index ?? 0;
      const before = text.slice(0, at);
      if (RECALLED.test(before)) continue;
      const number = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
      readings.push({
        value: m[0],
        number,
        body: bodyBefore(before, text),
        quote: text,
        revised: REVISED.test(text),
      });
    }
  }
  return readings;
}

/**
 * An agency giving two magnitudes without saying it revised them is telling of two quakes: only its
 * reading nearest the other agencies' is about the quake they measured.
 */
function oneQuake(readings: Reading[]): Reading[] {
  const byBody = new Map<string, Reading[]>();
  for (const r of readings)
    byBody.set(nameKey(r.body ?? ""), [...(byBody.get(nameKey(r.body ?? "")) ?? []), r]);
  return [...byBody.entries()].flatMap(([body, own]) => {
    if (new Set(own.map((r) => r.number)).size === 1 || own.some((r) => r.revised)) return own;
    const others = readings.filter((r) => nameKey(r.body ?? "") !== body).map((r) => r.number);
    if (others.length === 0) return [];
    const mean = others.reduce((a, b) => a + b, 0) / others.length;
    const nearest = own.reduce((a, b) => (Math.abs(b.number - mean) < Math.abs(a.number - mean) ? b : a));
    return own.filter((r) => r.number === nearest.number);
  });
}

/** A sentence about aftershocks measures other quakes than one about the quake itself. */
const AFTERSHOCK = /\baftershocks?\b/i;

function disputeIn(doc: Document, readings: Reading[]): Discrepancy | null {
  const top = Math.max(...readings.map((r) => r.number));
  const quake = oneQuake(readings.filter((r) => top - r.number <= SAME_QUAKE));
  const numbers = [...new Set(quake.map((r) => r.number))].sort((a, b) => a - b);
  const bodies = new Set(quake.map((r) => nameKey(r.body ?? "")));
  if (numbers.length < 2) return null;
  // One agency's readings: its last, when the report says it revised them.
  const current = new Map<string, number>();
  for (const r of quake) current.set(nameKey(r.body ?? ""), r.number);
  const revisedOnly = bodies.size === 1 && quake.some((r) => r.revised);
  const disagree = new Set(current.values()).size > 1;
  if (!disagree && !revisedOnly) return null;
  const claims: DiscrepancyClaim[] = quake.map((r) => ({
    value: r.value,
    number: r.number,
    attributedTo: r.body,
    citations: [{ doc: doc.id, quote: r.quote }],
  }));
  return {
    aspect: "magnitude",
    question: "How strong was the earthquake?",
    claims,
    status: disagree ? "open" : "reconciled",
    note: disagree
      ? `Agencies measured it differently: ${numbers.join(", ")}.`
      : `The agency revised its reading (${numbers.join(", then ")}).`,
    range: null,
    conservative: null,
  };
}

/** Copies repeat their original's readings: only originals are read. */
export function magnitudeDisputes(documents: Document[]): Discrepancy[] {
  return documents
    .filter((d) => d.derivedFrom === null)
    .flatMap((doc) => {
      const readings = sameBodies(readingsOf(doc).filter((r) => r.body !== null));
      return [true, false].flatMap(
        (after) =>
          disputeIn(
            doc,
            readings.filter((r) => AFTERSHOCK.test(r.quote) === after),
          ) ?? [],
      );
    });
}
