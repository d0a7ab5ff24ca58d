import { DiscordAPIError, DiscordjsError, REST } from "discord.js";
import type { DigestPort } from "../../src/index.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { CorpusSource, RunningPlatform } from "../runtime.js";
import { errorFields } from "./errors.js";
import { startGateway } from "./gateway/start-gateway.js";
import { startHttpInteractions } from "./http/start-http.js";
import type { InteractionDeps } from "./interactions/handle-interaction.js";
import { restChannelPoster } from "./post-to-channel.js";

export interface RunningDiscord extends RunningPlatform {
  /** The HTTP interactions endpoint when that transport runs, else null. */
  interactionsUrl: string | null;
}

export interface DiscordOptions {
  /** Where HTTP interactions listen; defaults to all interfaces on DISCORD_PORT, else PORT. */
  listen?: { host?: string; port: number };
  /** Defer when an answer is not ready after this long (default 1500 ms); 0 always defers. */
  deferAfterMs?: number;
  /** The digest scheduler behind /digest and /status, when this process runs one. */
  digests?: DigestPort;
}

/** Discord could not start; the message says which setting to fix and never holds a secret. */
export class DiscordStartError extends Error {
  override name = "DiscordStartError";
}

/**
 * Starts the configured Discord transport. DISCORD_PUBLIC_KEY selects HTTP interactions (the bot
 * token, if set, then only posts to channels); otherwise DISCORD_TOKEN logs in over the gateway.
 */
export async function startDiscord(
  config: Config,
  corpus: CorpusSource,
  log: Logger,
  options: DiscordOptions = {},
): Promise<RunningDiscord> {
  warmUp(corpus, log);
  const deps: Omit<InteractionDeps, "poster"> = {
    corpus,
    log,
    deferAfterMs: options.deferAfterMs ?? 1500,
    ...(options.digests ? { digests: options.digests } : {}),
  };
  const apiUrl = config.DISCORD_API_URL;
  if (config.DISCORD_PUBLIC_KEY) {
    const rest = new REST(apiUrl ? { api: apiUrl } : {});
    if (config.DISCORD_TOKEN) rest.setToken(config.DISCORD_TOKEN);
    else log.warn("discord: no DISCORD_TOKEN, so answers carry no Post to channel button");
    const port = options.listen?.port ?? config.DISCORD_PORT ?? config.PORT;
    try {
      const server = await startHttpInteractions({
        publicKey: config.DISCORD_PUBLIC_KEY,
        host: options.listen?.host,
        port,
        rest,
        deps: { ...deps, poster: config.DISCORD_TOKEN ? restChannelPoster(rest) : null },
        log,
      });
      return { name: "discord (HTTP interactions)", interactionsUrl: server.url, stop: server.stop };
    } catch (error) {
      if ((error as { code?: string }).code === "EADDRINUSE") {
        throw new DiscordStartError(
          `port ${port} is already in use; set DISCORD_PORT (Slack's HTTP mode listens on PORT too)`,
        );
      }
      throw error;
    }
  }
  if (!config.DISCORD_TOKEN) throw new DiscordStartError("DISCORD_TOKEN or DISCORD_PUBLIC_KEY is required");
  try {
    const gateway = await startGateway({ token: config.DISCORD_TOKEN, apiUrl, deps, log });
    return { name: "discord (gateway)", interactionsUrl: null, stop: gateway.stop };
  } catch (error) {
    throw new DiscordStartError(gatewayProblem(error, apiUrl));
  }
}

function gatewayProblem(error: unknown, apiUrl: string | undefined): string {
  if (error instanceof DiscordjsError && error.code === "TokenInvalid") {
    return "DISCORD_TOKEN was rejected by Discord; copy the bot token from the Developer Portal (Bot page)";
  }
  if (error instanceof DiscordAPIError)
    return `Discord answered ${error.status} (code ${error.code}) at login`;
  const reason = error instanceof Error ? error.message : String(error);
  return `cannot connect to Discord${apiUrl ? ` at DISCORD_API_URL` : ""}: ${reason}`;
}

/**
 * The service analyses a small corpus when it is built and a large one story by story when asked;
 * what is left for the first use (the topic list, the language model if nothing loaded it yet, ~1 s)
 * is done here, before the first interaction, to keep every answer inside Discord's 3 s: a
 * synchronous computation would also block the timer that decides to defer.
 */
function warmUp(corpus: CorpusSource, log: Logger): void {
  const state = corpus.state();
  if (!state.ok) return;
  const started = performance.now();
  try {
    state.service.topics();
    log.info("discord: corpus analysed before taking interactions", {
      ms: Math.round(performance.now() - started),
    });
  } catch (error) {
    // Commands will say they cannot answer; the bot still starts and /help still works.
    log.error("discord: analysing the corpus failed", errorFields(error));
  }
}
