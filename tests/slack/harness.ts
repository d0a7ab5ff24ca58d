import type { webApi } from "@slack/bolt";
import { parseConfig } from "../../adapters/config.js";
import { createLogger, type LogLevel } from "../../adapters/log.js";
import type { CorpusSource } from "../../adapters/runtime.js";
import { type RunningSlack, startSlack } from "../../adapters/slack/start-slack.js";
import type { BriefingService, CorpusState } from "../../src/index.js";
import { fixtureCorpus } from "../render-contract/fixtures.js";
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, SlackStandIn } from "../stand-ins/slack/slack-stand-in.js";

// One real Bolt app (started the way `npm start` starts it) against the local Slack stand-in.

export const FAST_RETRIES: webApi.RetryOptions = { retries: 3, factor: 1, minTimeout: 20, maxTimeout: 50 };

/** A corpus source that counts how often a command read it: zero means no command ran. */
export class CountingCorpus implements CorpusSource {
  reads = 0;
  constructor(public current: CorpusState) {}
  state(): CorpusState {
    this.reads++;
    return this.current;
  }
}

export interface Harness {
  standIn: SlackStandIn;
  slack: RunningSlack;
  corpus: CountingCorpus;
  logs: string[];
  /** Where Slack posts commands and button clicks in HTTP mode. */
  eventsUrl: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  transport: "http" | "socket";
  corpus?: CorpusState;
  logLevel?: LogLevel;
  editors?: string;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const standIn = await SlackStandIn.start();
  const logs: string[] = [];
  const parsed = parseConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    ...(options.transport === "socket"
      ? { SLACK_APP_TOKEN: APP_TOKEN }
      : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    SLACK_API_URL: standIn.apiUrl,
    SLACK_EDITORS: options.editors ?? "U0EDITOR",
    LOG_LEVEL: options.logLevel ?? "info",
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const corpus = new CountingCorpus(options.corpus ?? (await strikesCorpus()));
  const log = createLogger(parsed.config.LOG_LEVEL, (line) => logs.push(line));
  const slack = await startSlack(parsed.config, corpus, log, { port: 0, retryConfig: FAST_RETRIES });
  return {
    standIn,
    slack,
    corpus,
    logs,
    eventsUrl: `http://127.0.0.1:${slack.port}/slack/events`,
    async close() {
      await slack.stop();
      await standIn.close();
    },
  };
}

/** The February 2021 strikes corpus, with "strikes" as its known topic whatever the engine finds. */
export async function strikesCorpus(): Promise<CorpusState> {
  const state = await fixtureCorpus("feb2021-syria-strikes");
  if (!state.ok) return state;
  // The engine analyses on first use; do it now so one slow first answer does not skew the tests.
  state.service.brief("");
  return { ok: true, service: withTopics(state.service, ["strikes", "casualties"]) };
}

/** The engine's service with a fixed topic list: other topics match nothing and get suggestions. */
export function withTopics(service: BriefingService, topics: string[]): BriefingService {
  return {
    ...service,
    topics: () => topics,
    brief: (topic) =>
      topic === "" || topics.includes(topic.trim().toLowerCase())
        ? service.brief(topic)
        : { ok: false, suggestions: topics },
  };
}
