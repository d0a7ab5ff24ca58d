import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { buildCorpus, type CorpusWarning, type Document } from "../../src/index.js";

export interface CorpusLoad {
  documents: Document[];
  warnings: CorpusWarning[];
}

/** A corpus folder that cannot be used at all (as opposed to one bad file in it). */
export class CorpusFolderError extends Error {
  constructor(
    readonly code: "missing_folder" | "not_a_folder" | "empty_folder" | "unreadable_folder",
    message: string,
  ) {
    super(message);
    this.name = "CorpusFolderError";
  }
}

/** Reads every .txt and .md article of a folder. Placeholder until the hardened reader lands. */
export async function loadCorpusFolder(dir: string): Promise<CorpusLoad> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new CorpusFolderError("missing_folder", `The corpus folder ${dir} does not exist.`);
  }
  const files = names.filter((n) => [".txt", ".md"].includes(extname(n)) && n !== "README.md").sort();
  const articles = await Promise.all(
    files.map(async (f) => ({ id: basename(f, extname(f)), text: await readFile(join(dir, f), "utf8") })),
  );
  return { documents: buildCorpus(articles), warnings: [] };
}
