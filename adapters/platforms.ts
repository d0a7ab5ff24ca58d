import type { DigestPort } from "../src/index.js";
import type { Config } from "./config.js";
import { createDiscordDigestPoster } from "./discord/digest-poster.js";
import { startDiscord } from "./discord/start-discord.js";
import type { Logger } from "./log.js";
import type { CorpusSource, RunningPlatform } from "./runtime.js";
import type { DigestPoster } from "./schedule/digest-poster.js";
import { createSlackDigestPoster } from "./slack/digest-poster.js";
import { startSlack } from "./slack/start-slack.js";

// The chat platforms deskbrief runs on, in one list: the composition root starts the enabled ones
// and the digest scheduler posts through their posters. A new platform is its folder, one entry
// here and its settings in config.ts; nothing else names a platform.

export interface Platform {
  /** The key digests and the store use ("slack"): lower-case letters, never renamed once used. */
  name: string;
  /** Configured in this process (its credentials are set). */
  enabled(config: Config): boolean;
  /** Connects and starts answering commands; throws an error that names the setting to fix. */
  start(config: Config, corpus: CorpusSource, log: Logger, digests?: DigestPort): Promise<RunningPlatform>;
  /** Posts scheduled digests into its channels; null when this process cannot post there. */
  digestPoster(config: Config): DigestPoster | null;
}

export const PLATFORMS: readonly Platform[] = [
  {
    name: "slack",
    enabled: (c) => c.SLACK_BOT_TOKEN !== undefined,
    start: (config, corpus, log, digests) => startSlack(config, corpus, log, digests ? { digests } : {}),
    digestPoster: (c) => (c.SLACK_BOT_TOKEN !== undefined ? createSlackDigestPoster(c) : null),
  },
  {
    name: "discord",
    // HTTP interactions need only the public key; the gateway (and posting) need the bot token.
    enabled: (c) => c.DISCORD_TOKEN !== undefined || c.DISCORD_PUBLIC_KEY !== undefined,
    start: (config, corpus, log, digests) => startDiscord(config, corpus, log, digests ? { digests } : {}),
    digestPoster: createDiscordDigestPoster,
  },
];

/** The platform keys a digest may name, for validating DIGESTS. */
export const PLATFORM_NAMES = PLATFORMS.map((p) => p.name) as [string, ...string[]];

export const enabledPlatforms = (config: Config): Platform[] => PLATFORMS.filter((p) => p.enabled(config));

/** The platforms this instance can post digests to, by key. */
export function digestPosters(config: Config): Record<string, DigestPoster> {
  const posters: Record<string, DigestPoster> = {};
  for (const platform of PLATFORMS) {
    const poster = platform.digestPoster(config);
    if (poster) posters[platform.name] = poster;
  }
  return posters;
}
