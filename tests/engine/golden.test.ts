import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureCorpora, fixtureService } from "../helpers/fixtures.js";

// One folder per corpus holds the expected briefing and sources answers. A change to the engine shows up
// as a diff of these files, reviewed like code. `UPDATE_GOLDEN=1 npx vitest run tests/engine/golden.test.ts`
// rewrites them.

const GOLDEN = join(import.meta.dirname, "..", "golden");
const update = process.env.UPDATE_GOLDEN === "1";

// Rewriting asserts nothing, so CI never may: there the files are only compared.
it("compares golden files, never rewrites them, under CI", () => {
  expect(update && Boolean(process.env.CI)).toBe(false);
});

function compare(file: string, actual: unknown) {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (update) {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 and review the diff`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, "utf8")));
}

describe.each(fixtureCorpora())("golden briefing of $name", ({ name }) => {
  it("matches the reviewed briefing and casualties answer", async () => {
    const service = await fixtureService(name);
    const brief = service.brief("");
    if (!brief.ok) throw new Error(`no briefing for ${name}`);
    compare(join(GOLDEN, name, "briefing.json"), brief.briefing);
    compare(join(GOLDEN, name, "sources-casualties.json"), service.sources("casualties"));
  });
});
