import { expect } from "vitest";
import type { Reaction } from "../../../src/contract/schema.js";
import type { Document } from "../../../src/corpus/document.js";

/** Every reaction's quote lies in one of its citations, and every citation is a sentence of its document. */
export function expectGrounded(reactions: Reaction[], documents: Document[]): void {
  const sentences = new Map(
    documents.map((d) => [d.id, new Set(d.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)))]),
  );
  for (const r of reactions) {
    expect(r.citations.some((c) => c.quote.includes(r.quote))).toBe(true);
    for (const c of r.citations) expect(sentences.get(c.doc)?.has(c.quote)).toBe(true);
  }
}

/** The reactions whose speaker, role or affiliation matches `who`, with that stance. */
export const findReaction = (reactions: Reaction[], who: RegExp, stance: Reaction["stance"]) =>
  reactions.find(
    (r) => who.test(`${r.speaker} ${r.role ?? ""} ${r.affiliation ?? ""}`) && r.stance === stance,
  );
