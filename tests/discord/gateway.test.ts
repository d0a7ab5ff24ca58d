import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDiscordMessages } from "../../adapters/discord/render/render-messages.js";
import { type RunningDiscord, startDiscord } from "../../adapters/discord/start-discord.js";
import { runCommand } from "../../src/index.js";
import { waitUntil } from "../helpers/wait.js";
import {
  autocomplete,
  BOT_TOKEN,
  buttonClick,
  type DiscordStandIn,
  IDS,
  type RecordedRequest,
  slashCommand,
  startDiscordStandIn,
} from "../stand-ins/discord/index.js";
import { corpusSource, EPHEMERAL, messageBodies, recordingLogger, testConfig } from "./helpers.js";

// The real discord.js client logs in to the local gateway, gets interactions over the WebSocket and
// answers through the local REST API; every request it made is checked as recorded.

let standIn: DiscordStandIn;
let platform: RunningDiscord;
const { log, lines } = recordingLogger();
const corpus = await corpusSource();
const replyTimes: Record<string, number> = {};

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  platform = await startDiscord(
    testConfig({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: standIn.rest.apiUrl,
    }),
    corpus,
    log,
  );
});

afterAll(async () => {
  await platform?.stop();
  await standIn?.close();
  console.info(`discord gateway reply times (ms): ${JSON.stringify(replyTimes)}`);
});

const forInteraction = (i: { id: string; token: string }) => (r: RecordedRequest) =>
  r.path.includes(`/${i.id}/${i.token}/`) || r.path.includes(`/${i.token}`);

/** Dispatches a slash command and waits for the callback and every follow-up the renderer implies. */
async function ask(name: string, options: Record<string, string>) {
  const interaction = slashCommand(name, options);
  const outcome = await runCommand(
    {
      corpus: corpus.state(),
      caller: { platform: "discord", userId: IDS.reader, channelId: IDS.channel, isEditor: false },
    },
    name,
    options,
  );
  const expected = renderDiscordMessages(outcome);
  const sentAt = standIn.gateway.dispatch("INTERACTION_CREATE", interaction);
  const callback = await standIn.rest.waitFor(
    (r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
  );
  await waitUntil(
    "every message of the answer",
    () => messageBodies(standIn.rest.requests.filter(forInteraction(interaction))).length >= expected.length,
  );
  return {
    interaction,
    expected,
    callback,
    ms: callback.at - sentAt,
    requests: standIn.rest.requests.filter(forInteraction(interaction)),
  };
}

describe("Discord over the gateway (discord.js against the local stand-in)", () => {
  it("identifies with the bot token, gets READY and GUILD_CREATE, and heartbeats are acknowledged", async () => {
    const identify = await standIn.gateway.waitForOp(2);
    expect((identify.d as { token: string; intents: number }).token).toBe(BOT_TOKEN);
    await standIn.gateway.waitForOp(1);
    expect(lines.some((l) => l.includes("discord gateway ready") && l.includes("guilds=1"))).toBe(true);
    expect(standIn.rest.requests.some((r) => r.path === "/gateway/bot")).toBe(true);
  });

  it("answers /brief strikes with the rendered embeds, ephemeral, with a Post to channel button", async () => {
    const { expected, callback, ms, requests } = await ask("brief", { topic: "strikes" });
    replyTimes["/brief strikes"] = Math.round(ms);
    // The reply itself (4), or, on a machine too slow to answer in 1.5 s, a deferral (5) the answer edits.
    const first = callback.body as { type: number; data?: { flags?: number } };
    expect([4, 5]).toContain(first.type);
    if (first.type === 5) expect(first.data?.flags).toBe(EPHEMERAL);
    const bodies = messageBodies(requests);
    expect(bodies.map((b) => b.embeds)).toEqual(expected.map((m) => m.embeds));
    bodies.forEach((b, i) => {
      if (first.type === 4 || i > 0) expect(b.flags).toBe(EPHEMERAL);
      expect(b.allowed_mentions).toEqual({ parse: [] });
    });
    const buttons = JSON.stringify(bodies.at(-1)?.components);
    expect(buttons).toContain('"custom_id":"post:brief:topic=strikes"');
    expect(expected[0]?.embeds[0]?.title).toBeTruthy();
  });

  it("answers /sources casualties with every report's claims", async () => {
    const { expected, ms, requests } = await ask("sources", { aspect: "casualties" });
    replyTimes["/sources casualties"] = Math.round(ms);
    expect(messageBodies(requests).map((b) => b.embeds)).toEqual(expected.map((m) => m.embeds));
    expect(JSON.stringify(expected)).toContain("Who says what");
  });

  it("answers an unknown topic with one short ephemeral sentence", async () => {
    const { requests } = await ask("brief", { topic: "zzqx volcanic eruption" });
    const [body, ...more] = messageBodies(requests);
    expect(more).toEqual([]);
    expect(body?.flags).toBe(EPHEMERAL);
    expect(body?.embeds).toEqual([]);
    expect(String(body?.content)).toMatch(/^Nothing in the corpus matches/);
    expect(String(body?.content).length).toBeLessThan(300);
  });

  it("autocompletes topics from the corpus, filtered by what was typed", async () => {
    const interaction = autocomplete("brief", "topic", "str");
    standIn.gateway.dispatch("INTERACTION_CREATE", interaction);
    const callback = await standIn.rest.waitFor(forInteraction(interaction));
    const body = callback.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    for (const c of body.data.choices) expect(c.value.toLowerCase()).toContain("str");
  });

  it("posts the recomputed answer to the channel when Post to channel is clicked", async () => {
    const click = buttonClick("post:sources:aspect=casualties");
    standIn.gateway.dispatch("INTERACTION_CREATE", click);
    const ack = await standIn.rest.waitFor(
      (r) => r.path === `/interactions/${click.id}/${click.token}/callback`,
    );
    expect(ack.body).toMatchObject({ type: 6 });
    const confirmation = await standIn.rest.waitFor(
      (r) => r.path === `/webhooks/${IDS.application}/${click.token}`,
    );
    expect(confirmation.body).toMatchObject({ content: `Posted to <#${IDS.channel}>.`, flags: EPHEMERAL });
    const posts = standIn.rest.requests.filter((r) => r.path === `/channels/${IDS.channel}/messages`);
    expect(posts.length).toBeGreaterThan(0);
    const first = posts[0]?.body as {
      content: string;
      embeds: { title: string }[];
      allowed_mentions: unknown;
    };
    expect(first.content).toBe(`Shared by <@${IDS.reader}> · /sources casualties`);
    expect(first.embeds[0]?.title).toContain("Who says what");
    expect(first.allowed_mentions).toEqual({ parse: [] });
    expect(posts[0]?.headers.authorization).toBe(`Bot ${BOT_TOKEN}`);
  });

  it("tells the user clearly when the bot may not post in the channel (403, 50013)", async () => {
    const click = buttonClick("post:brief:topic=strikes", { channelId: IDS.lockedChannel });
    standIn.gateway.dispatch("INTERACTION_CREATE", click);
    const reply = await standIn.rest.waitFor((r) => r.path === `/webhooks/${IDS.application}/${click.token}`);
    expect((reply.body as { content: string }).content).toMatch(
      /^I can't post in <#\d+>: ask an admin to give deskbrief the View Channel, Send Messages and Embed Links permissions there\.$/,
    );
    expect(lines.some((l) => l.includes("discord post to channel failed") && l.includes("code=50013"))).toBe(
      true,
    );
  });

  it("sent allowed_mentions { parse: [] } with every message the stand-in recorded", () => {
    const bodies = messageBodies(standIn.rest.requests);
    expect(bodies.length).toBeGreaterThan(3);
    expect(bodies.filter((b) => JSON.stringify(b.allowed_mentions) !== '{"parse":[]}')).toEqual([]);
  });
});
