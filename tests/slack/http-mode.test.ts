import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromTheFuture } from "../../adapters/slack/receivers.js";
import { parseShareValue, SHARE_ACTION_ID } from "../../adapters/slack/share.js";
import { type SendOptions, sendSigned, slashCommandBody } from "../stand-ins/slack/signed-request.js";
import { SIGNING_SECRET } from "../stand-ins/slack/slack-stand-in.js";
import { type Harness, startHarness } from "./harness.js";

// HTTP mode: signed slash commands, acked at once, answered ephemerally through response_url.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ transport: "http" });
});
afterAll(() => h.close());

let n = 0;
async function command(command: string, text: string, options: Partial<SendOptions> = {}) {
  const id = `http-${++n}`;
  const body = slashCommandBody({ command, text, response_url: h.standIn.responseUrl(id) });
  const sent = await sendSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, ...options });
  return { id, sent, body };
}

const answered = (id: string) =>
  h.standIn.waitFor(() => h.standIn.responsesTo(id).length > 0 && h.standIn.responsesTo(id));

/** Every part of a shareable answer: the Share button comes with the last one. */
const answeredWithButton = (id: string) =>
  h.standIn.waitFor(() => {
    const parts = h.standIn.responsesTo(id);
    return JSON.stringify(parts.at(-1)?.body.blocks ?? []).includes(SHARE_ACTION_ID) && parts;
  });

type Block = { type: string; elements?: { action_id?: string; value?: string }[] };

describe("Slack over HTTP", () => {
  it("acks /brief strikes with an empty body, then answers only the asker with a Share button", async () => {
    const { id, sent } = await command("/brief", "strikes");
    expect(sent.status).toBe(200);
    // The ack carries no answer. How fast it comes is measured from another process, at Slack's own
    // 3 s limit (main-process.test.ts), and by the benchmark; here client and app share one event loop.
    expect(sent.body).toBe("");

    const responses = await answeredWithButton(id);
    const last = responses.at(-1)?.body as { blocks: Block[] };
    for (const r of responses) expect(r.body.response_type).toBe("ephemeral");
    expect(responses[0]?.body.blocks).toContainEqual(expect.objectContaining({ type: "header" }));
    const button = last.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === SHARE_ACTION_ID);
    expect(parseShareValue(button?.value)).toEqual({ command: "brief", text: "strikes" });
  });

  it("answers /sources casualties outlet by outlet", async () => {
    const { id, sent } = await command("/sources", "casualties");
    expect(sent.status).toBe(200);
    const [first] = await answered(id);
    expect(String(first?.body.text)).toContain("casualties");
    expect(JSON.stringify(first?.body.blocks)).toContain("Who says what: casualties");
  });

  it("lists commands and known topics for /brief help, without a Share button", async () => {
    const { id } = await command("/brief", "help");
    const [help] = await answered(id);
    const blocks = JSON.stringify(help?.body.blocks);
    expect(blocks).toContain("/sources");
    expect(blocks).toContain("strikes");
    expect(blocks).not.toContain(SHARE_ACTION_ID);
  });

  describe("rejects a request Slack did not sign, with 401 and no command run", () => {
    const now = () => Math.floor(Date.now() / 1000);
    const rejected: [string, Partial<SendOptions>][] = [
      ["a bad signature", { signatureOverride: `v0=${"0".repeat(64)}` }],
      ["a signature made with another secret", { secret: "0123456789abcdef0123456789abcdef" }],
      [
        "a tampered body",
        { tamperedBody: slashCommandBody({ command: "/brief", text: "leak", response_url: "x" }) },
      ],
      ["a missing signature header", { omit: ["x-slack-signature"] }],
      ["a missing timestamp header", { omit: ["x-slack-request-timestamp"] }],
      ["a timestamp older than 5 minutes", { timestamp: now() - 6 * 60 }],
      ["a timestamp 10 minutes in the future", { timestamp: now() + 10 * 60 }],
    ];

    it.each(rejected)("%s", async (_, options) => {
      const reads = h.corpus.reads;
      const bad = await command("/brief", "strikes", options);
      expect(bad.sent.status).toBe(401);
      // A good request after the bad one: once it is answered, the bad one had its chance to run.
      const good = await command("/brief", "");
      await answered(good.id);
      expect(h.corpus.reads).toBe(reads + 1);
      expect(h.standIn.arrived).not.toContain(bad.id);
    });
  });

  it("judges a timestamp from the future by the five-minute window", () => {
    const now = 1_700_000_000_000;
    expect(fromTheFuture(String(now / 1000 + 4 * 60), now)).toBe(false);
    expect(fromTheFuture(String(now / 1000 + 6 * 60), now)).toBe(true);
    expect(fromTheFuture(String(now / 1000 - 6 * 60), now)).toBe(false);
    expect(fromTheFuture(undefined, now)).toBe(false);
  });
});
