import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph } from "./import-graph.js";
import { ROOT, tsFiles } from "./source-files.js";

// No import circles in the core, the adapters or the bench: a circle means two files are one module
// in two halves, or a type lives with the wrong file (move it down a floor instead).

/** Circles allowed by name, with why (none today: the speaker type has its own file). */
const ALLOWED: string[][] = [];

const key = (files: string[]) => [...files].sort().join(" ↔ ");

describe("import graph", () => {
  const files = ["src", "adapters", "bench"].flatMap((dir) => tsFiles(join(ROOT, dir)));
  const graph = importGraph(ROOT, files);

  it("reads the project's imports", () => {
    expect(graph.get("src/index.ts")?.length).toBeGreaterThan(10);
  });

  it("has no import circle but the ones allowed by name", () => {
    const allowed = new Set(ALLOWED.map(key));
    expect(
      importCycles(graph)
        .map(key)
        .filter((c) => !allowed.has(c)),
    ).toEqual([]);
  });

  it("finds a circle of two files and one of three", () => {
    const probe = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["a.ts", "c.ts"]],
      ["c.ts", []],
      ["d.ts", ["e.ts"]],
      ["e.ts", ["f.ts"]],
      ["f.ts", ["d.ts", "c.ts"]],
    ]);
    expect(importCycles(probe).map(key).sort()).toEqual(["a.ts ↔ b.ts", "d.ts ↔ e.ts ↔ f.ts"]);
  });
});
