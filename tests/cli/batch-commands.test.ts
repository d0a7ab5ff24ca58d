import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

// The batch commands for evaluation and archives: one JSON line out per good line in, each bad line
// named on stderr and skipped, a non-zero exit when anything was skipped, one sentence for a missing file.

const dir = mkdtempSync(join(tmpdir(), "deskbrief-batch-"));
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
};

describe("summarize", () => {
  it("summarises the good stories and names each bad line", () => {
    const story = {
      id: "depot",
      documents: [
        {
          title: "Jets strike fuel depot",
          text: "Jets struck a fuel depot near the port on Thursday, officials said.",
        },
        "Two guards were killed when jets hit the depot, the port authority said on Thursday.",
      ],
    };
    const path = file("stories.jsonl", [JSON.stringify(story), "not json", JSON.stringify({ id: "x" })]);
    const r = runCli("summarize.ts", ["--jsonl", path]);
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: "depot", headline: "Jets strike fuel depot" });
    expect(r.stderr).toContain(`${path}:2: not a JSON story with id and documents`);
    expect(r.stderr).toContain(`${path}:3: not a JSON story with id and documents`);
  });

  it("says in one sentence when the file cannot be read", () => {
    const r = runCli("summarize.ts", ["--jsonl", join(dir, "missing.jsonl")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^deskbrief: cannot read .*missing\.jsonl/);
    expect(r.stdout).toBe("");
  });
});

describe("stories", () => {
  it("groups the good articles and names each bad line", () => {
    const path = file("articles.jsonl", [
      JSON.stringify({
        article_id: "a1",
        text: "Jets struck a fuel depot near the port of Halden on Thursday.",
      }),
      "{oops",
      JSON.stringify({
        article_id: "a2",
        text: "A fuel depot near Halden port was struck by jets on Thursday.",
      }),
    ]);
    const r = runCli("stories.ts", ["--jsonl", path]);
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.article_id)).toEqual(["a1", "a2"]);
    expect(r.stderr).toContain(`${path}:2: not a JSON object with a "text" string`);
  });
});
