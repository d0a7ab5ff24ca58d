import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The shared scorer's functions (rouge.mjs), loaded as plain ES modules whatever runs this script. */
export interface Scorer {
  tokens(text: string, stem: boolean): string[];
  rougeN(
    summary: string,
    references: string[],
    options: { n?: number; stem?: boolean; words?: number },
  ): { r: number; p: number; f: number };
}

const asModule = (source: string) => `data:text/javascript,${encodeURIComponent(source)}`;

export async function loadScorer(evalDir: string): Promise<Scorer> {
  const stemmer = readFileSync(resolve(evalDir, "lib/stemmer.js"), "utf8");
  const stemmerUrl = asModule(stemmer);
  const rouge = readFileSync(resolve(evalDir, "rouge.mjs"), "utf8")
    .replace(/from "\.\/lib\/stemmer\.js"/, `from "${stemmerUrl}"`)
    .replace(/if \(import\.meta\.url === [\s\S]*$/, "");
  return (await import(asModule(rouge))) as Scorer;
}
