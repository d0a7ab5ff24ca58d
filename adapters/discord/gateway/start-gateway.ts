import { once } from "node:events";
import { Client, Events, GatewayIntentBits } from "discord.js";
import type { Logger } from "../../log.js";
import { createInFlight } from "../../shared/in-flight.js";
import { errorFields } from "../errors.js";
import { forgetInteraction } from "../forget-interaction.js";
import { handleInteraction, type InteractionDeps } from "../interactions/handle-interaction.js";
import { NO_MENTIONS } from "../interactions/responder.js";
import { restChannelPoster } from "../post-to-channel.js";
import { gatewayResponder, requestFromInteraction } from "./gateway-responder.js";

export interface GatewayOptions {
  token: string;
  /** Another REST base (e.g. http://127.0.0.1:1234/api); the gateway URL then comes from its /gateway/bot. */
  apiUrl: string | undefined;
  deps: Omit<InteractionDeps, "poster">;
  log: Logger;
  readyTimeoutMs?: number;
}

export interface GatewayConnection {
  /** The client's REST, for tests and the memory bench to see what it keeps. */
  rest: Client["rest"];
  stop(): Promise<void>;
}

/** Logs in over the gateway and answers interactions until stopped; rejects if it cannot get ready. */
export async function startGateway(options: GatewayOptions): Promise<GatewayConnection> {
  const { log } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });
  const deps: InteractionDeps = { ...options.deps, poster: restChannelPoster(client.rest) };
  const inFlight = createInFlight();

  client.on(Events.InteractionCreate, (interaction) => {
    void inFlight.run(
      () =>
        handleInteraction(requestFromInteraction(interaction), gatewayResponder(interaction), deps).finally(
          () => forgetInteraction(client.rest, interaction.applicationId, interaction.token),
        ),
      (error) => log.error("discord interaction failed", errorFields(error)),
    );
  });
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.warn("discord gateway closed", { shard, code: event.code }),
  );
  client.on(Events.ShardReconnecting, (shard) => log.info("discord gateway reconnecting", { shard }));
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info("discord gateway resumed", { shard, replayed }),
  );
  client.on(Events.ShardError, (error, shard) =>
    log.warn("discord gateway error", { shard, ...errorFields(error) }),
  );
  client.on(Events.Error, (error) => log.error("discord client error", errorFields(error)));

  // Listen before login: the ready event can come before login() resolves.
  const giveUp = new AbortController();
  const timer = setTimeout(
    () => giveUp.abort(new Error("the gateway did not get ready in time")),
    options.readyTimeoutMs ?? 30_000,
  );
  const ready = once(client, Events.ClientReady, { signal: giveUp.signal });
  ready.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  try {
    await client.login(options.token);
    await ready;
  } catch (error) {
    giveUp.abort();
    await client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  log.info("discord gateway ready", { user: client.user?.tag, guilds: client.guilds.cache.size });

  return {
    rest: client.rest,
    async stop() {
      await inFlight.drain(5000);
      await client.destroy();
    },
  };
}
