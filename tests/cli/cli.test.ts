import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BriefingSchema, SourcesAnswerSchema } from "../../src/index.js";
import { ROOT, runCli } from "./run-cli.js";

// The command line as scripts and the evaluation call it: one JSON document on stdout, problems on
// stderr as one plain sentence, a non-zero exit when there is no answer.

describe("command line", () => {
  it("prints one briefing/v1 document for the bundled corpus", () => {
    const r = runCli("brief.ts", ["strikes", "--json"]);
    expect(r.status).toBe(0);
    const briefing = BriefingSchema.parse(JSON.parse(r.stdout));
    expect(briefing.topic).toBe("strikes");
    expect(briefing.documents).toHaveLength(5);
  });

  it("prints one sources/v1 document listing every report", () => {
    const r = runCli("sources.ts", [
      "casualties",
      "--corpus",
      join(ROOT, "tests/fixtures/feb2021-syria-strikes"),
      "--json",
    ]);
    expect(r.status).toBe(0);
    const answer = SourcesAnswerSchema.parse(JSON.parse(r.stdout));
    expect(answer.bySource).toHaveLength(6);
  });

  it("prints a readable briefing without --json", () => {
    const r = runCli("brief.ts", []);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^SUMMARY$/m);
    expect(r.stdout).toMatch(/^WHO DID WHAT$/m);
    expect(r.stdout).toMatch(/5 reports, 4 independent; 000 copies 001/);
  });

  it("fails with a suggestion, not an empty success, when nothing matches the topic", () => {
    const r = runCli("brief.ts", ["volleyball", "--json"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toMatch(/^deskbrief: Nothing in the corpus matches "volleyball"; try: .+\.$/);
  });

  it("says which folder is missing, in one line without a stack trace", () => {
    const r = runCli("brief.ts", ["--corpus", join(tmpdir(), "no-such-corpus-folder")]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/no-such-corpus-folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("says the folder is empty", () => {
    const r = runCli("brief.ts", ["--corpus", mkdtempSync(join(tmpdir(), "deskbrief-empty-"))]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty|no articles|no \.txt/i);
  });

  it("rejects an unknown option with a one-line message", () => {
    const r = runCli("brief.ts", ["--colour"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^deskbrief: .*colour/);
  });
});
