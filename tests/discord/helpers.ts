import { type Config, parseConfig } from "../../adapters/config.js";
import { createLogger, type Logger } from "../../adapters/log.js";
import type { CorpusSource } from "../../adapters/runtime.js";
import { fixtureCorpus } from "../render-contract/fixtures.js";
import type { RecordedRequest } from "../stand-ins/discord/index.js";

/** The real config parser over a test environment; throws on a problem so a typo fails loudly. */
export function testConfig(env: Record<string, string>): Config {
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.config;
}

/** The real logger, writing into an array the test can read. */
export function recordingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return { log: createLogger("debug", (line) => lines.push(line)), lines };
}

export async function corpusSource(name = "feb2021-syria-strikes"): Promise<CorpusSource> {
  const state = await fixtureCorpus(name);
  return { state: () => state };
}

/** Requests that carry a message: interaction callbacks with data, edits, follow-ups, channel posts. */
export function messageBodies(requests: RecordedRequest[]): Record<string, unknown>[] {
  return requests.flatMap((r) => {
    const body = r.body as { type?: number; data?: Record<string, unknown> } | null;
    if (r.path.endsWith("/callback")) return body?.data && body.type === 4 ? [body.data] : [];
    if (/^\/(webhooks|channels)\//.test(r.path) && r.method !== "GET")
      return body ? [body as Record<string, unknown>] : [];
    return [];
  });
}

export const EPHEMERAL = 64;
