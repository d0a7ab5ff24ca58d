import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// What a person at the terminal sees for bad corpus input: one line each, never a stack trace.

const root = join(import.meta.dirname, "..", "..");
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ["--import", "tsx", "adapters/cli/brief.ts", ...args], {
    cwd: root,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

const dir = mkdtempSync(join(tmpdir(), "deskbrief-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STACK = /\n\s+at |Error:|node:internal/;

describe("brief --corpus with bad input", () => {
  it("says in one line that a folder is missing, and exits non-zero", async () => {
    const { code, stdout, stderr } = await run("--corpus", join(dir, "nowhere"));
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/nowhere does not exist/)]);
    expect(stderr).not.toMatch(STACK);
  });

  it("warns about a binary file by name and still lists the good article", async () => {
    writeFileSync(
      join(dir, "good.txt"),
      "River bursts its banks in Orrin\n\nHeavy rain caused the river to burst its banks on Friday, flooding the lower town, the fire service said.\n",
    );
    writeFileSync(join(dir, "image.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const { code, stdout, stderr } = await run("--corpus", dir, "--json");
    expect(code).toBe(0);
    expect(stderr.trim().split("\n")).toEqual([
      "warning: image.txt: skipped: it looks like a binary file, not text.",
    ]);
    expect(JSON.parse(stdout).documents.map((d: { id: string }) => d.id)).toEqual(["good"]);
  });
});
