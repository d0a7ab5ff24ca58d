import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Briefing, SourcesAnswer } from "../../src/index.js";
import { FIXTURES } from "./fixtures.js";

// The dev clusters' gold annotations (format: regex patterns per item). A small re-reading of what the
// evaluation scores, so a regression shows up in `npm test`, not only in an evaluation run.

interface GoldItem {
  id: string;
  core: boolean;
}
export interface Gold {
  topic: string;
  docs: Record<string, { outlet?: string | null; derivedFrom?: string | null; published?: string | null }>;
  events: (GoldItem & { actor: string; action: string; target: string; context?: string })[];
  reactions: (GoldItem & { speaker: string; stance: string[] })[];
  discrepancies: (GoldItem & { aspect: string; numbers: number[]; status: string })[];
  nuggets: (GoldItem & { all: string[] })[];
  sources: { aspect: string; docsWithClaims: string[]; docsWithout: string[]; numbers: number[] }[];
}

export const readGold = (cluster: string): Gold =>
  JSON.parse(readFileSync(join(FIXTURES, cluster, "gold.json"), "utf8")) as Gold;

const re = (s: string) => new RegExp(s, "i");
const sameNumber = (a: number, b: number) =>
  [1, 1e3, 1e6, 1e9].some((k) => Math.abs(a - b * k) <= Math.abs(b * k) * 0.005);

export function missedCore(gold: Gold, b: Briefing): string[] {
  const events = gold.events.filter(
    (g) =>
      !b.events.some(
        (p) =>
          re(g.actor).test(p.actor) &&
          re(g.action).test(`${p.action} ${p.instrument ?? ""}`) &&
          re(g.target).test(p.target) &&
          (!g.context || re(g.context).test(`${p.location ?? ""} ${p.when ?? ""} ${p.target}`)),
      ),
  );
  const reactions = gold.reactions.filter(
    (g) =>
      !b.reactions.some(
        (p) =>
          re(g.speaker).test(`${p.speaker} ${p.role ?? ""} ${p.affiliation ?? ""}`) &&
          g.stance.includes(p.stance),
      ),
  );
  const discrepancies = gold.discrepancies.filter(
    (g) =>
      !b.discrepancies.some(
        (p) =>
          re(g.aspect).test(`${p.aspect} ${p.question}`) &&
          g.numbers.every((n) => p.claims.some((c) => c.number !== null && sameNumber(c.number, n))) &&
          p.status === g.status,
      ),
  );
  const text = b.summary.map((s) => s.text).join(" ");
  const nuggets = gold.nuggets.filter((n) => !n.all.every((p) => re(p).test(text)));
  return [...events, ...reactions, ...discrepancies, ...nuggets].filter((g) => g.core).map((g) => g.id);
}

export function sourcesProblems(q: Gold["sources"][number], answer: SourcesAnswer): string[] {
  const by = new Map(answer.bySource.map((s) => [s.doc, s.claims]));
  const numbers = answer.bySource.flatMap((s) => s.claims.flatMap((c) => c.numbers));
  return [
    ...q.docsWithClaims.filter((d) => (by.get(d)?.length ?? 0) === 0).map((d) => `${d}: no claim`),
    ...q.docsWithout.filter((d) => (by.get(d)?.length ?? 0) > 0).map((d) => `${d}: claims where silent`),
    ...q.numbers.filter((n) => !numbers.some((x) => sameNumber(x, n))).map((n) => `number ${n} missing`),
  ];
}
