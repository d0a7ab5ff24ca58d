import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import type { Document } from "../../src/index.js";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** The corpora the reader is checked on: the seeds, the dev corpora and our own constructed ones. */
export const CORPORA = [
  "seeds",
  "feb2021-syria-strikes",
  "colonial-pipeline-ransomware",
  "reader-corpora/quake-wire-and-reposts",
  "reader-corpora/flood-rewrite",
];

export const GOLD_CORPORA = CORPORA.filter((c) => c !== "seeds");

export async function loadFixture(name: string): Promise<Document[]> {
  const { documents, warnings } = await loadCorpusFolder(join(FIXTURES, name));
  if (warnings.length > 0) throw new Error(`unexpected warnings: ${JSON.stringify(warnings)}`);
  return documents;
}

export function byId(documents: Document[], prefix: string): Document {
  const doc = documents.find((d) => d.id.startsWith(prefix));
  if (!doc) throw new Error(`no document ${prefix}`);
  return doc;
}

export interface GoldDoc {
  outlet?: string | null;
  derivedFrom?: string | null;
  published?: string | null;
  flags?: string[];
}

export function readGold(name: string): Record<string, GoldDoc> {
  return JSON.parse(readFileSync(join(FIXTURES, name, "gold.json"), "utf8")).docs;
}

export const removedReasons = (doc: Document, fragment: string) =>
  doc.removed.filter((r) => r.text.includes(fragment)).map((r) => r.reason);

export const bodyText = (doc: Document) => doc.paragraphs.map((p) => p.text).join("\n");
