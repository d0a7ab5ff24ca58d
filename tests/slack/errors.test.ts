import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARE_ACTION_ID } from "../../adapters/slack/share.js";
import { sendSigned, slashCommandBody } from "../stand-ins/slack/signed-request.js";
import { SIGNING_SECRET } from "../stand-ins/slack/slack-stand-in.js";
import { type Harness, startHarness } from "./harness.js";

// What the asker sees when a command cannot answer: one short ephemeral sentence saying what to try.

let n = 0;
async function only(h: Harness, command: string, text: string) {
  const id = `err-${++n}`;
  const body = slashCommandBody({ command, text, response_url: h.standIn.responseUrl(id) });
  expect((await sendSigned(h.eventsUrl, body, { secret: SIGNING_SECRET })).status).toBe(200);
  const responses = await h.standIn.waitFor(
    () => h.standIn.responsesTo(id).length > 0 && h.standIn.responsesTo(id),
  );
  // Answers arrive in order: a second command answered means the first sent everything it had.
  const next = `err-${++n}`;
  await sendSigned(
    h.eventsUrl,
    slashCommandBody({ command: "/brief", text: "help", response_url: h.standIn.responseUrl(next) }),
    {
      secret: SIGNING_SECRET,
    },
  );
  await h.standIn.waitFor(() => h.standIn.responsesTo(next).length > 0);
  expect(h.standIn.responsesTo(id)).toHaveLength(1);
  const body0 = responses[0]?.body as { text: string; blocks: unknown[]; response_type: string };
  expect(body0.response_type).toBe("ephemeral");
  expect(JSON.stringify(body0.blocks)).not.toContain(SHARE_ACTION_ID);
  expect(body0.text.length).toBeLessThan(300);
  return body0.text;
}

describe("with a corpus", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ transport: "http" });
  });
  afterAll(() => h.close());

  it("answers a topic that matches nothing with one sentence suggesting known topics", async () => {
    expect(await only(h, "/brief", "volcano eruption")).toBe(
      'Nothing in the corpus matches "volcano eruption"; try: strikes, casualties.',
    );
  });

  it("asks what to compare when /sources has no aspect", async () => {
    expect(await only(h, "/sources", "   ")).toMatch(/^Say what to compare, e\.g\. \/sources \S+\.$/);
  });

  it("escapes a topic that tries to ping the channel or a user", async () => {
    const text = await only(h, "/brief", "<!channel> & <@U123>");
    expect(text).toContain("&lt;!channel&gt; &amp; &lt;@U123&gt;");
    expect(text).not.toMatch(/[<>]/);
  });
});

describe("without a corpus", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      transport: "http",
      corpus: { ok: false, problem: "The corpus folder /srv/news does not exist." },
    });
  });
  afterAll(() => h.close());

  it("says the corpus could not be loaded, for /brief and /sources alike", async () => {
    const expected = "The corpus could not be loaded: The corpus folder /srv/news does not exist.";
    expect(await only(h, "/brief", "strikes")).toBe(expected);
    expect(await only(h, "/sources", "casualties")).toBe(expected);
  });
});
