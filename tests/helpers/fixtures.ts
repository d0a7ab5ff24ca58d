import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { type BriefingService, createBriefingService, type Document } from "../../src/index.js";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");
/** A fixed clock, so briefings are reproducible. */
export const NOW = new Date("2026-01-01T00:00:00.000Z");

/** Every folder of articles under tests/fixtures that is a corpus (holds .txt files directly). */
export function fixtureCorpora(): { name: string; dir: string }[] {
  const found: { name: string; dir: string }[] = [];
  const walk = (dir: string, name: string) => {
    const entries = readdirSync(dir);
    if (entries.some((e) => e.endsWith(".txt"))) found.push({ name, dir });
    for (const e of entries) {
      const path = join(dir, e);
      if (statSync(path).isDirectory()) walk(path, name ? `${name}/${e}` : e);
    }
  };
  walk(FIXTURES, "");
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export async function loadFixture(name: string): Promise<Document[]> {
  return (await loadCorpusFolder(join(FIXTURES, name))).documents;
}

export async function fixtureService(name: string): Promise<BriefingService> {
  return createBriefingService(await loadFixture(name), () => NOW);
}

/** The whitespace-normalised text of a document's paragraphs, where every citation must be found. */
export function documentText(doc: Document): string {
  return doc.paragraphs
    .map((p) => p.text)
    .join(" ")
    .replace(/\s+/g, " ");
}
