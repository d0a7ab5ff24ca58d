import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../adapters/cli/console.js";
import { fixtureService } from "../helpers/fixtures.js";

// The zero-setup way in: the briefing first, then commands typed at the prompt when a person is there.

async function collect(lines: string[], isTTY: boolean): Promise<string> {
  const service = await fixtureService("seeds");
  const input = Object.assign(new PassThrough(), { isTTY });
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  const done = runConsole({ state: () => ({ ok: true, service }) }, { input, output });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return text;
}

describe("console", () => {
  it("prints the briefing and returns when no person is at a terminal", async () => {
    const text = await collect(["/help"], false);
    expect(text).toMatch(/WHO DID WHAT/);
    expect(text).not.toMatch(/deskbrief>/);
  });

  it("answers /sources, /help and unknown commands typed at the prompt", async () => {
    const text = await collect(["/sources casualties", "/help", "/weather"], true);
    expect(text).toMatch(/Who says what about "casualties"/);
    expect(text).toMatch(/\/brief \[topic\]/);
    expect(text).toMatch(/There is no \/weather command; try \/brief, \/sources/);
  });
});
