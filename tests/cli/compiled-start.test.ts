import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BOT_NODE_FLAGS } from "../../bench/bot-flags.js";

// `npm start` and the command line run the compiled JavaScript in dist/ with plain node, no tsx:
// the build emits it, and from dist/ the bundled corpus is still found at the package root.

const root = join(import.meta.dirname, "..", "..");
const SEEDS = join(root, "seeds");
let build: SpawnSyncReturns<string>;

beforeAll(() => {
  // What `npm ci` (prepare) and the pre-scripts of `npm start` and `npm run brief` run; a no-op
  // when dist/ is current, a full build (seconds) when it is missing.
  build = spawnSync(
    process.execPath,
    [join(root, "node_modules", "typescript", "bin", "tsc"), "-b", "tsconfig.build.json"],
    { cwd: root, encoding: "utf8", timeout: 170_000 },
  );
}, 180_000);

describe("the compiled bot", () => {
  it("builds from src/ and adapters/ without a message", () => {
    expect(build.stdout + build.stderr).toBe("");
    expect(build.status).toBe(0);
  });

  it("`brief strikes` briefs the bundled seeds with plain node, from any directory", () => {
    // Run from elsewhere: the seeds are found from the module's own location, not the cwd.
    const r = spawnSync(process.execPath, [join(root, "dist", "adapters", "cli", "brief.js"), "strikes"], {
      cwd: tmpdir(),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(r.stdout).toContain(f.replace(/\.txt$/, ""));
    // Its lines are cited with quotes taken word for word from the seeds' articles.
    const articles = files.map((f) => readFileSync(join(SEEDS, f), "utf8")).join("\n");
    const quotes = [...r.stdout.matchAll(/"([^"\n]{20,})"/g)].map((m) => m[1] ?? "");
    expect(quotes.filter((q) => articles.includes(q)).length).toBeGreaterThanOrEqual(5);
  });

  it("`npm start` runs it with the Node flags the bench measures, and this Node accepts them", () => {
    const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts as Record<
      string,
      string
    >;
    expect(scripts.start).toBe(`node ${BOT_NODE_FLAGS.join(" ")} dist/adapters/main.js`);
    const r = spawnSync(process.execPath, [...BOT_NODE_FLAGS, "-e", "0"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
