import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESPONSE_URL_USES } from "../../adapters/slack/preview.js";
import { renderSlackMessages } from "../../adapters/slack/render/render-messages.js";
import { SHARE_ACTION_ID } from "../../adapters/slack/share.js";
import type { BriefingService } from "../../src/index.js";
import { hugeBriefing, hugeSourcesAnswer } from "../render-contract/fixtures.js";
import {
  blockActionsBody,
  blockActionsPayload,
  sendSigned,
  slashCommandBody,
} from "../stand-ins/slack/signed-request.js";
import { BOT_TOKEN, SIGNING_SECRET } from "../stand-ins/slack/slack-stand-in.js";
import { type Harness, startHarness } from "./harness.js";

// The Share in channel button: the room gets exactly what the asker previewed, via chat.postMessage.

type Block = { type: string; elements?: { action_id?: string; value?: string }[] };
type Message = { text: string; blocks?: Block[] };

async function preview(h: Harness, command: string, text: string, id: string): Promise<Message[]> {
  const body = slashCommandBody({ command, text, response_url: h.standIn.responseUrl(id) });
  expect((await sendSigned(h.eventsUrl, body, { secret: SIGNING_SECRET })).status).toBe(200);
  const parts = await h.standIn.waitFor(() => {
    const got = h.standIn.responsesTo(id);
    return JSON.stringify(got.at(-1)?.body.blocks ?? []).includes(SHARE_ACTION_ID) && got;
  });
  return parts.map((p) => p.body as unknown as Message);
}

const buttonValue = (messages: Message[]) =>
  messages
    .flatMap((m) => m.blocks ?? [])
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === SHARE_ACTION_ID)?.value ?? "";

async function click(h: Harness, value: string, id: string): Promise<string> {
  const payload = blockActionsPayload({
    value,
    actionId: SHARE_ACTION_ID,
    response_url: h.standIn.responseUrl(id),
  });
  const sent = await sendSigned(h.eventsUrl, blockActionsBody(payload), { secret: SIGNING_SECRET });
  expect(sent.status).toBe(200);
  const [confirmation] = await h.standIn.waitFor(
    () => h.standIn.responsesTo(id).length > 0 && h.standIn.responsesTo(id),
  );
  return String(confirmation?.body.text);
}

const withoutButton = (m: Message) => ({
  text: m.text,
  blocks: (m.blocks ?? []).filter((b) => !(b.elements ?? []).some((e) => e.action_id === SHARE_ACTION_ID)),
});

describe("Share in channel", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ transport: "http" });
  });
  afterAll(() => h.close());

  it("posts the previewed briefing to the channel with chat.postMessage, content unchanged", async () => {
    const shown = await preview(h, "/brief", "strikes", "share-1");
    const before = h.standIn.callsOf("chat.postMessage").length;
    expect(await click(h, buttonValue(shown), "share-1-click")).toBe("Shared in this channel.");

    const posts = h.standIn.callsOf("chat.postMessage").slice(before);
    expect(posts.every((p) => p.token === BOT_TOKEN && p.params.channel === "C0NEWSDESK")).toBe(true);
    const posted = posts.map((p) => ({ text: p.params.text, blocks: p.params.blocks ?? [] }));
    const previewed = shown.map(withoutButton).filter((m) => m.blocks.length > 0);
    expect(posted).toEqual(previewed);
  });

  it("tells the asker how to invite the app when it is not in the channel", async () => {
    const shown = await preview(h, "/sources", "casualties", "share-2");
    h.standIn.failNext("chat.postMessage", { error: "not_in_channel" });
    expect(await click(h, buttonValue(shown), "share-2-click")).toMatch(/invite me/);
    expect(
      h.logs.some((l) => l.includes("slack share post failed") && l.includes('code="not_in_channel"')),
    ).toBe(true);
  });

  it("refuses a button whose value is not one it made", async () => {
    const before = h.standIn.callsOf("chat.postMessage").length;
    expect(await click(h, '{"command":"rm -rf","text":""}', "share-3-click")).toMatch(/no longer works/);
    expect(h.standIn.callsOf("chat.postMessage").length).toBe(before);
  });
});

describe("Share in channel for an answer longer than five messages", () => {
  const huge = hugeBriefing();
  const service: BriefingService = {
    brief: () => ({ ok: true, briefing: huge }),
    sources: () => hugeSourcesAnswer(),
    topics: () => ["everything"],
    aspects: () => ["casualties"],
    documentCount: () => huge.documents.length,
  };
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ transport: "http", corpus: { ok: true, service } });
  });
  afterAll(() => h.close());

  it("previews five messages, the last saying what is left out, and shares every part", async () => {
    const all = renderSlackMessages({ kind: "briefing", briefing: huge });
    expect(all.length).toBeGreaterThan(RESPONSE_URL_USES);

    const shown = await preview(h, "/brief", "everything", "huge-1");
    expect(shown).toHaveLength(RESPONSE_URL_USES);
    expect(shown.at(-1)?.text).toContain(`${all.length - RESPONSE_URL_USES + 1} more parts not shown`);

    const before = h.standIn.callsOf("chat.postMessage").length;
    expect(await click(h, buttonValue(shown), "huge-1-click")).toBe("Shared in this channel.");
    const posts = h.standIn.callsOf("chat.postMessage").slice(before);
    expect(posts.map((p) => p.params.text)).toEqual(all.map((m) => m.text));
  });
});
