import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tsFiles } from "./source-files.js";

// Small modules with one job: no TypeScript file in the project grows past the ceiling. A file that
// does is two jobs; split it at its seam rather than raising the number.

const CEILING = 300;

/** Files allowed over the ceiling, by name, with why. */
const ALLOWED: Record<string, string> = {
  // One fake Slack (Web API, response URLs, Socket Mode) that the real Bolt talks to; its handlers
  // share one in-memory state.
  "tests/stand-ins/slack/slack-stand-in.ts": "one stand-in server",
  // One multi-process scenario read top to bottom: bots, a database, a clock, kills.
  "tests/digests/exactly-once.test.ts": "one end-to-end scenario",
};

const lines = (file: string) => readFileSync(file, "utf8").split("\n").length - 1;

describe("file size", () => {
  const files = ["src", "adapters", "bench", "tests"]
    .flatMap((dir) => tsFiles(join(ROOT, dir)))
    .filter((f) => !f.includes("/fixtures/"));

  it(`keeps every .ts file at ${CEILING} lines or fewer`, () => {
    const over = files
      .map((f) => ({ file: relative(ROOT, f), lines: lines(f) }))
      .filter((f) => f.lines > CEILING && !(f.file in ALLOWED))
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });

  it("allows only files that exist and are still over the ceiling", () => {
    for (const file of Object.keys(ALLOWED)) expect(lines(join(ROOT, file)), file).toBeGreaterThan(CEILING);
  });
});
