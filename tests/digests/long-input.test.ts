import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Caller, MAX_COMMAND_TEXT, runCommand } from "../../src/index.js";
import { createHarness } from "../schedule/scheduler-harness.js";

// Every text a user gives is measured before anything reads it (topic matching, splitting), so an
// oversized one is refused with a sentence, whatever the command.

type H = Awaited<ReturnType<typeof createHarness>>;
let h: H;
beforeEach(async () => {
  h = await createHarness("2024-03-04T07:00:00Z");
});
afterEach(async () => {
  await h.close();
});

const editor: Caller = { platform: "slack", userId: "U0EDITOR", channelId: "C0NEWSDESK", isEditor: true };
const HUGE = "x".repeat(100_000);
const run = (name: string, input: string | Record<string, string>) =>
  runCommand({ corpus: h.corpus.state, caller: editor, digests: h.port }, name, input);
const message = (o: Awaited<ReturnType<typeof run>>) => (o.kind === "error" ? o.message : o.kind);

describe("length limits at the command edge", () => {
  it.each([
    ["brief", HUGE],
    ["sources", HUGE],
    ["digest", `add ${HUGE} daily 08:00`],
    ["digest", `remove ${HUGE}`],
    ["digest", `now ${HUGE}`],
  ])("refuses /%s with 100,000 characters of free text", async (name, text) => {
    expect(message(await run(name, text))).toBe(
      `That is ${text.length.toLocaleString("en-US")} characters; /${name} takes at most ${MAX_COMMAND_TEXT.toLocaleString("en-US")}.`,
    );
  });

  it.each([
    ["brief", { topic: HUGE }, "The topic of /brief must be at most 200 characters (this one has 100,000)."],
    [
      "sources",
      { aspect: HUGE },
      "The aspect of /sources must be at most 200 characters (this one has 100,000).",
    ],
    [
      "digest",
      { action: "add", details: `${HUGE} daily 08:00` },
      "The details of /digest must be at most 300 characters (this one has 100,012).",
    ],
    [
      "digest",
      { action: HUGE },
      "The action of /digest must be at most 20 characters (this one has 100,000).",
    ],
  ])("refuses /%s with an option over its limit (Discord)", async (name, options, expected) => {
    expect(message(await run(name, options))).toBe(expected);
  });

  it("refuses a digest topic over /brief's 200 characters even when the whole text fits", async () => {
    const outcome = await run("digest", `add ${"y".repeat(250)} daily 08:00`);
    expect(message(outcome)).toBe("The topic must be at most 200 characters.");
    expect(await h.port.list()).toEqual([]);
  });

  it("still takes a topic of exactly 200 characters and says it matches nothing", async () => {
    const outcome = await run("brief", "z".repeat(200));
    expect(outcome).toMatchObject({ kind: "error", code: "unknown_topic" });
  });
});
