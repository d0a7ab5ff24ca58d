import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPORA, FIXTURES, loadFixture } from "./fixtures.js";

// The reader may drop page chrome but never the article: every non-blank line of a file is either a
// removed line (kept with its reason) or inside a paragraph, and every sentence is verbatim in the file.

const normalise = (text: string) => text.replace(/[\s\uFEFF]+/g, " ").trim();

function rawText(corpus: string, id: string): string {
  for (const ext of [".txt", ".md"]) {
    try {
      return readFileSync(join(FIXTURES, corpus, id + ext), "utf8");
    } catch {}
  }
  throw new Error(`no file for ${id}`);
}

describe.each(CORPORA)("%s", (corpus) => {
  const load = loadFixture(corpus);

  it("accounts for every non-blank line: removed with a reason, or in a paragraph", async () => {
    for (const doc of await load) {
      const lines = rawText(corpus, doc.id)
        .split(/\r\n|\r|\n/)
        .map(normalise);
      const removed = new Map(doc.removed.map((r) => [r.line, r]));
      lines.forEach((text, i) => {
        if (text === "") return;
        const line = removed.get(i + 1);
        const inParagraph = doc.paragraphs.some((p) => p.text.includes(text));
        // A later copy of a repeated paragraph is removed; its first copy is the one kept.
        const kept =
          line?.reason === "duplicate" ? inParagraph : line?.text === text ? !inParagraph : inParagraph;
        expect(kept, `${doc.id} line ${i + 1}: ${text}`).toBe(true);
      });
    }
  });

  it("cites only sentences found verbatim in their paragraph and in the file", async () => {
    for (const doc of await load) {
      const file = normalise(rawText(corpus, doc.id));
      for (const p of doc.paragraphs) {
        expect(file).toContain(p.text);
        for (const s of p.sentences) {
          expect(s.text.trim()).not.toBe("");
          expect(p.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
          expect(file).toContain(s.text);
        }
      }
    }
  });

  it("keeps paragraphs in file order, each starting on its own line", async () => {
    for (const doc of await load) {
      const starts = doc.paragraphs.map((p) => p.line ?? 0);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(new Set(starts).size).toBe(starts.length);
    }
  });
});
