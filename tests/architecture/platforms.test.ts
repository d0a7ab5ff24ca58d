import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PLATFORMS } from "../../adapters/platforms.js";
import { scanSource } from "./scan-source.js";
import { ROOT, tsFiles } from "./source-files.js";

// A platform lives in its folder and one entry of adapters/platforms.ts: the core never names one
// (not even in a comment or a sentence it says), and no other adapter reaches into a platform's folder.

const names = PLATFORMS.map((p) => p.name);
const naming = new RegExp(`\\b(${names.join("|")})\\b`, "i");

describe("platforms", () => {
  it("lists each platform once, under a lower-case key", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+$/);
  });

  it.each(tsFiles(join(ROOT, "src")).map((f) => [relative(ROOT, f), f]))(
    "%s names no platform",
    (_, file) => {
      const lines = readFileSync(file, "utf8").split("\n");
      const hits = lines.flatMap((line, i) => (naming.test(line) ? [`line ${i + 1}: ${line.trim()}`] : []));
      expect(hits).toEqual([]);
    },
  );

  it("the check sees a platform named in a comment or a sentence", () => {
    expect(naming.test(`// Answers ${names[0]} users`)).toBe(true);
    expect(naming.test(`"Post into a ${names.at(-1)?.toUpperCase()} channel"`)).toBe(true);
  });

  it("outside its folder, only adapters/platforms.ts imports a platform's files", () => {
    const outside = tsFiles(join(ROOT, "adapters")).filter(
      (f) => !names.some((n) => f.startsWith(`${join(ROOT, "adapters", n)}/`)) && !f.endsWith("platforms.ts"),
    );
    for (const file of outside) {
      const { modules } = scanSource(file, readFileSync(file, "utf8"));
      expect(
        modules.filter((m) => names.some((n) => m.includes(`/${n}/`))),
        relative(ROOT, file),
      ).toEqual([]);
    }
  });

  it("platform folders never import one another", () => {
    for (const own of names) {
      for (const file of tsFiles(join(ROOT, "adapters", own))) {
        const { modules } = scanSource(file, readFileSync(file, "utf8"));
        const others = names.filter((n) => n !== own);
        expect(
          modules.filter((m) => others.some((n) => m.includes(`/${n}/`))),
          relative(ROOT, file),
        ).toEqual([]);
      }
    }
  });
});
