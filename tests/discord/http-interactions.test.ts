import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDiscordMessages } from "../../adapters/discord/render/render-messages.js";
import { type RunningDiscord, startDiscord } from "../../adapters/discord/start-discord.js";
import { type BriefingService, runCommand } from "../../src/index.js";
import { waitUntil } from "../helpers/wait.js";
import { hugeBriefing } from "../render-contract/fixtures.js";
import {
  autocomplete,
  BOT_TOKEN,
  buttonClick,
  type DiscordStandIn,
  IDS,
  InteractionSigner,
  ping,
  slashCommand,
  startDiscordStandIn,
} from "../stand-ins/discord/index.js";
import { discordViolations } from "./discord-limits.js";
import { corpusSource, EPHEMERAL, messageBodies, recordingLogger, testConfig } from "./helpers.js";

// HTTP interactions: Discord POSTs signed interactions to our endpoint; we answer in the HTTP
// response and send edits and follow-ups to the stand-in's webhooks with discord.js's REST client.

let standIn: DiscordStandIn;
let platform: RunningDiscord;
let url: string;
const signer = new InteractionSigner();
const { log, lines } = recordingLogger();
const corpus = await corpusSource();
const replyTimes: Record<string, number> = {};

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  platform = await startDiscord(
    testConfig({
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: standIn.rest.apiUrl,
    }),
    corpus,
    log,
    { listen: { host: "127.0.0.1", port: 0 } },
  );
  url = platform.interactionsUrl ?? "";
});

afterAll(async () => {
  await platform?.stop();
  await standIn?.close();
  console.info(`discord HTTP interactions reply times (ms): ${JSON.stringify(replyTimes)}`);
});

const ran = () => lines.filter((l) => l.includes("discord answered") || l.includes("discord posted")).length;

async function ask(name: string, options: Record<string, string>) {
  const interaction = slashCommand(name, options);
  const expected = renderDiscordMessages(
    await runCommand(
      {
        corpus: corpus.state(),
        caller: { platform: "discord", userId: IDS.reader, channelId: IDS.channel, isEditor: false },
      },
      name,
      options,
    ),
  );
  const answer = await signer.send(url, interaction);
  const followUps = () =>
    standIn.rest.requests.filter((r) => r.path === `/webhooks/${IDS.application}/${interaction.token}`);
  await standIn.rest.waitFor(() => followUps().length >= expected.length - 1);
  return { answer, expected, followUps: followUps() };
}

describe("Discord HTTP interactions (signed requests to our endpoint)", () => {
  it("listens on 127.0.0.1 at /interactions", () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/interactions$/);
  });

  it("answers GET /health for load balancers and 404 elsewhere", async () => {
    const base = url.replace(/\/interactions$/, "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/elsewhere`, { method: "POST", body: "{}" })).status).toBe(404);
  });

  it("answers a PING with a PONG", async () => {
    const answer = await signer.send(url, ping());
    expect(answer).toMatchObject({ status: 200, body: { type: 1 } });
  });

  it("answers /brief strikes in the HTTP response, then follows up with the rest", async () => {
    const { answer, expected, followUps } = await ask("brief", { topic: "strikes" });
    replyTimes["/brief strikes"] = Math.round(answer.ms);
    expect(answer.status).toBe(200);
    const first = (answer.body as { type: number; data: Record<string, unknown> }).data;
    expect((answer.body as { type: number }).type).toBe(4);
    const bodies = [first, ...messageBodies(followUps)];
    expect(bodies.map((b) => b.embeds)).toEqual(expected.map((m) => m.embeds));
    for (const b of bodies) expect(b).toMatchObject({ flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    expect(JSON.stringify(bodies.at(-1)?.components)).toContain('"custom_id":"post:brief:topic=strikes"');
    for (const f of followUps) expect(f.headers.authorization).toBeUndefined();
  });

  it("answers /sources casualties in the HTTP response", async () => {
    const { answer, expected } = await ask("sources", { aspect: "casualties" });
    replyTimes["/sources casualties"] = Math.round(answer.ms);
    const first = (answer.body as { data: { embeds: unknown } }).data;
    expect(first.embeds).toEqual(expected[0]?.embeds);
  });

  it("answers a missing aspect with one short ephemeral sentence", async () => {
    const answer = await signer.send(url, slashCommand("sources", { aspect: "   " }));
    expect(answer.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, embeds: [] } });
    expect((answer.body as { data: { content: string } }).data.content).toMatch(
      /^Say what to compare, e\.g\. /,
    );
  });

  it("autocompletes aspects from the corpus", async () => {
    const answer = await signer.send(url, autocomplete("sources", "aspect", "cas"));
    expect(answer.body).toEqual({
      type: 8,
      data: { choices: [{ name: "casualties", value: "casualties" }] },
    });
  });

  it("posts to the channel on Post to channel, with the bot token", async () => {
    const click = buttonClick("post:brief:topic=strikes", { caller: "editor" });
    const answer = await signer.send(url, click);
    expect(answer.body).toEqual({ type: 6 });
    const done = await standIn.rest.waitFor((r) => r.path === `/webhooks/${IDS.application}/${click.token}`);
    expect(done.body).toMatchObject({ content: `Posted to <#${IDS.channel}>.`, flags: EPHEMERAL });
    const posts = standIn.rest.requests.filter((r) => r.path === `/channels/${IDS.channel}/messages`);
    expect(posts.length).toBeGreaterThan(0);
    expect((posts[0]?.body as { content: string } | undefined)?.content).toBe(
      `Shared by <@${IDS.editor}> · /brief strikes`,
    );
    for (const p of posts) {
      expect(p.headers.authorization).toBe(`Bot ${BOT_TOKEN}`);
      expect(p.body).toMatchObject({ allowed_mentions: { parse: [] } });
    }
  });

  describe("rejects what Discord did not sign, with 401, and runs nothing", () => {
    const interaction = slashCommand("brief", { topic: "strikes" });
    const body = JSON.stringify(interaction);

    const rejected = async (headers: Record<string, string>, sent = body) => {
      const before = ran();
      const requests = standIn.rest.requests.length;
      const res = await fetch(url, { method: "POST", headers, body: sent });
      expect(res.status).toBe(401);
      // A signed interaction sent after the 401: once it has run, the rejected one would have too.
      const barrier = slashCommand("brief", { topic: "zzqx volcanic eruption" });
      expect((await signer.send(url, barrier)).status).toBe(200);
      await waitUntil("the signed interaction after it to be answered", () => ran() > before);
      expect(ran()).toBe(before + 1);
      expect(standIn.rest.requests.slice(requests).filter((r) => !r.path.includes(barrier.token))).toEqual(
        [],
      );
    };

    it("a signature from another key", async () => {
      await rejected(new InteractionSigner().headers(body));
    });

    it("a body changed after signing", async () => {
      await rejected(signer.headers(body), body.replace("strikes", "strikez"));
    });

    it("a timestamp changed after signing", async () => {
      const headers = signer.headers(body);
      await rejected({
        ...headers,
        "x-signature-timestamp": String(Number(headers["x-signature-timestamp"]) + 1),
      });
    });

    it("no signature headers at all", async () => {
      await rejected({ "content-type": "application/json" });
    });

    it("a signature that is not hexadecimal", async () => {
      await rejected({ ...signer.headers(body), "x-signature-ed25519": "not-a-signature" });
    });
  });
});

/** A briefing service (the core's port) that always answers with the synthetic huge briefing. */
function hugeService(): BriefingService {
  const briefing = hugeBriefing();
  return {
    brief: () => ({ ok: true, briefing }),
    sources: () => {
      throw new Error("not used");
    },
    topics: () => ["strikes"],
    aspects: () => ["casualties"],
    documentCount: () => briefing.documents.length,
  };
}

describe("a huge answer over HTTP interactions", () => {
  it("arrives as a reply and follow-ups, every one within Discord's limits and with mentions off", async () => {
    const huge = await startDiscord(
      testConfig({
        DISCORD_PUBLIC_KEY: signer.publicKeyHex,
        DISCORD_TOKEN: BOT_TOKEN,
        DISCORD_APPLICATION_ID: IDS.application,
        DISCORD_API_URL: standIn.rest.apiUrl,
      }),
      { state: () => ({ ok: true, service: hugeService() }) },
      log,
      { listen: { host: "127.0.0.1", port: 0 } },
    );
    try {
      const interaction = slashCommand("brief", { topic: "strikes" });
      const expected = renderDiscordMessages({ kind: "briefing", briefing: hugeBriefing() });
      const answer = await signer.send(huge.interactionsUrl ?? "", interaction);
      const followUps = () =>
        standIn.rest.requests.filter((r) => r.path === `/webhooks/${IDS.application}/${interaction.token}`);
      await standIn.rest.waitFor(() => followUps().length >= expected.length - 1, 15_000);
      const bodies = [(answer.body as { data: Record<string, unknown> }).data, ...messageBodies(followUps())];
      expect(bodies).toHaveLength(expected.length);
      expect(bodies.flatMap((b) => discordViolations(b))).toEqual([]);
      for (const b of bodies) expect(b.allowed_mentions).toEqual({ parse: [] });
    } finally {
      await huge.stop();
    }
  });

  it("answers with one sentence, and logs the reason, when the engine fails", async () => {
    const broken = await startDiscord(
      testConfig({ DISCORD_PUBLIC_KEY: signer.publicKeyHex, DISCORD_APPLICATION_ID: IDS.application }),
      {
        state: () => ({
          ok: true,
          service: {
            ...hugeService(),
            brief: () => {
              throw new Error("engine bug");
            },
          },
        }),
      },
      log,
      { listen: { host: "127.0.0.1", port: 0 } },
    );
    try {
      const answer = await signer.send(
        broken.interactionsUrl ?? "",
        slashCommand("brief", { topic: "strikes" }),
      );
      expect(answer.body).toEqual({
        type: 4,
        data: {
          content: "deskbrief could not answer that just now; the problem is logged.",
          embeds: [],
          components: [],
          allowed_mentions: { parse: [] },
          flags: EPHEMERAL,
        },
      });
      expect(lines.some((l) => l.includes("discord command failed") && l.includes("engine bug"))).toBe(true);
    } finally {
      await broken.stop();
    }
  });

  it("sent allowed_mentions { parse: [] } with every message the stand-in recorded", () => {
    const bodies = messageBodies(standIn.rest.requests);
    expect(bodies.length).toBeGreaterThan(20);
    expect(bodies.filter((b) => JSON.stringify(b.allowed_mentions) !== '{"parse":[]}')).toEqual([]);
  });
});
