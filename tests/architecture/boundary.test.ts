import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The core stays pure: no adapters, platform SDKs, scheduler, file system or environment.

const root = join(import.meta.dirname, "..", "..");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const importsOf = (source: string) =>
  [
    ...source.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? "");

const FORBIDDEN = [
  /(^|\/)adapters\//,
  /^@slack\//,
  /^discord\.js$/,
  /^@discordjs\//,
  /^node-cron$/,
  /^(node:)?fs(\/promises)?$/,
  /^better-sqlite3$/,
  /^pg$/,
  /^(node:)?(http|https|net|child_process)$/,
];

describe("architecture", () => {
  const core = files(join(root, "src"));

  it("finds the core's files", () => {
    expect(core.length).toBeGreaterThan(5);
  });

  it.each(core.map((f) => [relative(root, f), f]))(
    "%s imports nothing from adapters, SDKs, cron or fs",
    (_, file) => {
      const bad = importsOf(readFileSync(file, "utf8")).filter((i) => FORBIDDEN.some((re) => re.test(i)));
      expect(bad).toEqual([]);
    },
  );

  it.each(core.map((f) => [relative(root, f), f]))("%s never reads process.env", (_, file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(/process\.env/);
  });

  it("adapters of one platform never import the other platform's adapter", () => {
    for (const [own, other] of [
      ["slack", "discord"],
      ["discord", "slack"],
    ]) {
      for (const file of files(join(root, "adapters", own as string))) {
        const bad = importsOf(readFileSync(file, "utf8")).filter((i) => i.includes(`/${other}/`));
        expect(bad, relative(root, file)).toEqual([]);
      }
    }
  });

  it("the import scanner sees both static and dynamic imports", () => {
    expect(importsOf(`import x from "node:fs";\nconst y = await import("../adapters/cli/x.js");`)).toEqual([
      "node:fs",
      "../adapters/cli/x.js",
    ]);
  });
});
