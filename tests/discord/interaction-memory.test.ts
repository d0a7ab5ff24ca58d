import { REST } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type HttpInteractionsServer,
  startHttpInteractions,
} from "../../adapters/discord/http/start-http.js";
import { restChannelPoster } from "../../adapters/discord/post-to-channel.js";
import {
  BOT_TOKEN,
  type DiscordStandIn,
  InteractionSigner,
  slashCommand,
  startDiscordStandIn,
} from "../stand-ins/discord/index.js";
import { corpusSource, recordingLogger } from "./helpers.js";

// Nothing is kept per interaction once it is answered: discord.js's REST client made a rate-limit
// handler for every interaction's webhook (edits and follow-ups) and swept them hourly, about 45 KB
// an answer, so a bot under a 160 MB heap ran out of memory after some 4,000 interactions. The
// 10,000-interaction heap run is in the bench (npm run bench -- --discord-memory); this counts what
// the client keeps, which is what grew.

let standIn: DiscordStandIn;
let server: HttpInteractionsServer;
const rest = new REST({ api: "" });
const signer = new InteractionSigner();
const { log, lines } = recordingLogger();

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  rest.options.api = standIn.rest.apiUrl;
  rest.setToken(BOT_TOKEN);
  server = await startHttpInteractions({
    publicKey: signer.publicKeyHex,
    host: "127.0.0.1",
    port: 0,
    rest,
    deps: { corpus: await corpusSource(), log, poster: restChannelPoster(rest), deferAfterMs: 1500 },
    log,
  });
});

afterAll(async () => {
  await server?.stop();
  await standIn?.close();
});

describe("memory per Discord interaction", () => {
  it("keeps no REST handler per answered interaction, however many there were", {
    timeout: 120_000,
  }, async () => {
    const answered = () => lines.filter((l) => l.includes("discord answered")).length;
    const rounds = 10;
    const perRound = 10;
    for (let round = 0; round < rounds; round++) {
      const sent = await Promise.all(
        Array.from({ length: perRound }, () =>
          signer.send(server.url, slashCommand("brief", { topic: "strikes" })),
        ),
      );
      for (const answer of sent) expect(answer.status).toBe(200);
    }
    // Every answer had follow-ups through its own webhook, so each made a handler.
    for (let waited = 0; answered() < rounds * perRound; waited += 50) {
      if (waited > 60_000) throw new Error(`only ${answered()} of ${rounds * perRound} answers finished`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const followUps = standIn.rest.requests.filter((r) => r.path.startsWith("/webhooks/")).length;
    expect(followUps).toBeGreaterThanOrEqual(rounds * perRound);
    const kept = [...rest.handlers.keys()].filter((k) => k.includes("/webhooks/") || /:\d+\/[^/]+$/.test(k));
    expect(kept).toEqual([]);
    expect(rest.handlers.size).toBeLessThanOrEqual(2);
    // The replay guard remembers the ids of the last five minutes only: bounded by traffic, not time.
    expect(server.replays.size()).toBe(rounds * perRound);
    await server.stop();
  });
});
