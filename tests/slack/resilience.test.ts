import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARE_ACTION_ID } from "../../adapters/slack/share.js";
import type { CorpusState } from "../../src/index.js";
import {
  blockActionsBody,
  blockActionsPayload,
  sendSigned,
  slashCommandBody,
} from "../stand-ins/slack/signed-request.js";
import { SIGNING_SECRET } from "../stand-ins/slack/slack-stand-in.js";
import { type Harness, startHarness, strikesCorpus } from "./harness.js";

// Failures of Slack or of one request never stop the app; a stop lets answers in flight finish.

let n = 0;
async function ask(h: Harness, command: string, text: string, prepare: (id: string) => void = () => {}) {
  const id = `res-${++n}`;
  prepare(id);
  const body = slashCommandBody({ command, text, response_url: h.standIn.responseUrl(id) });
  const sent = await sendSigned(h.eventsUrl, body, { secret: SIGNING_SECRET });
  return { id, sent };
}

const answered = (h: Harness, id: string) =>
  h.standIn.waitFor(() => h.standIn.responsesTo(id).length > 0 && h.standIn.responsesTo(id));

async function share(h: Harness, command: string, text: string) {
  const id = `res-share-${++n}`;
  const value = JSON.stringify({ command, text });
  const payload = blockActionsPayload({
    value,
    actionId: SHARE_ACTION_ID,
    response_url: h.standIn.responseUrl(id),
  });
  await sendSigned(h.eventsUrl, blockActionsBody(payload), { secret: SIGNING_SECRET });
  const [confirmation] = await answered(h, id);
  return String(confirmation?.body.text);
}

describe("Slack failures", () => {
  let h: Harness;
  let crash = false;
  beforeAll(async () => {
    const strikes = await strikesCorpus();
    if (!strikes.ok) throw new Error(strikes.problem);
    const corpus: CorpusState = {
      ok: true,
      service: {
        ...strikes.service,
        brief: (topic) => {
          if (crash) throw new Error("engine bug");
          return strikes.service.brief(topic);
        },
      },
    };
    h = await startHarness({ transport: "http", corpus });
  });
  afterAll(() => h.close());

  it("waits out a 429 with Retry-After, then posts", async () => {
    const before = h.standIn.callsOf("chat.postMessage").length;
    h.standIn.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    expect(await share(h, "sources", "casualties")).toBe("Shared in this channel.");
    const calls = h.standIn.callsOf("chat.postMessage").slice(before);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls[0]?.params).toEqual(calls[1]?.params);
  });

  it("retries a Web API server error with backoff", async () => {
    const before = h.standIn.callsOf("chat.postMessage").length;
    h.standIn.failNext("chat.postMessage", { status: 503 }, { status: 500 });
    expect(await share(h, "sources", "casualties")).toBe("Shared in this channel.");
    expect(h.standIn.callsOf("chat.postMessage").length - before).toBeGreaterThanOrEqual(3);
  });

  it("logs a failed respond() with its code and keeps answering", async () => {
    await ask(h, "/brief", "strikes", (id) => h.standIn.failResponseUrl(id, 404));
    await h.standIn.waitFor(() =>
      h.logs.some((l) => l.includes("slack respond failed") && l.includes('code="http_404"')),
    );
    const next = await ask(h, "/sources", "casualties");
    await answered(h, next.id);
  });

  it("answers 400 to a malformed request and keeps answering", async () => {
    const bad = await sendSigned(h.eventsUrl, "payload=%7Bnot%20json", { secret: SIGNING_SECRET });
    expect(bad.status).toBe(400);
    const next = await ask(h, "/brief", "help");
    await answered(h, next.id);
  });

  it("turns a crash in the engine into an apology, logs it, and keeps answering", async () => {
    crash = true;
    const broken = await ask(h, "/brief", "strikes");
    const [apology] = await answered(h, broken.id);
    const sharedApology = await share(h, "brief", "strikes");
    crash = false;
    expect(sharedApology).toBe(apology?.body.text);
    expect(apology?.body.text).toBe(
      "Something went wrong building that answer; please try again in a moment.",
    );
    expect(h.logs.some((l) => l.includes("command crashed") && l.includes('code="internal"'))).toBe(true);
    expect(h.logs.some((l) => l.includes("share crashed") && l.includes('code="internal"'))).toBe(true);
    expect(h.logs.join("")).not.toContain("at Object.");
    const next = await ask(h, "/brief", "strikes");
    await answered(h, next.id);
  });
});

describe("stopping", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ transport: "http" });
  });
  afterAll(() => h.close());

  it("stops taking requests at once but finishes the answers in flight", async () => {
    const release = h.standIn.holdResponses();
    const { id, sent } = await ask(h, "/brief", "strikes");
    expect(sent.status).toBe(200);
    await h.standIn.waitFor(() => h.standIn.arrived.includes(id));

    let stopped = false;
    const stopping = h.slack.stop().then(() => {
      stopped = true;
    });
    await expect(ask(h, "/brief", "strikes")).rejects.toThrow();
    expect(stopped).toBe(false);

    release();
    await stopping;
    expect(h.standIn.responsesTo(id).length).toBeGreaterThan(0);
    expect(h.logs.some((l) => l.includes("slack stopped"))).toBe(true);
  });
});
