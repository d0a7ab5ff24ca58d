import type { Server } from "node:http";
import { App, type webApi } from "@slack/bolt";
import type { DigestPort } from "../../src/index.js";
import type { Config } from "../config.js";
import { type Logger, redactUrlCredentials } from "../log.js";
import type { CorpusSource, RunningPlatform } from "../runtime.js";
import { reasonOf } from "../shared/errors.js";
import { createInFlight } from "../shared/in-flight.js";
import { createAnswerTurns } from "./answer-turns.js";
import { boltLevel, createBoltLogger } from "./bolt-logger.js";
import { registerCommands } from "./commands.js";
import type { SlackDeps } from "./context.js";
import { createEditorCheck } from "./editors.js";
import { slackErrorCode } from "./errors.js";
import { createHttpReceiver, createSocketReceiver, SLACK_EVENTS_PATH } from "./receivers.js";
import { registerShare } from "./share-action.js";

// Starts the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT. Every start-up
// failure becomes a SlackStartError that names the setting to fix, never its value.

export class SlackStartError extends Error {
  constructor(message: string) {
    // A library's error may quote SLACK_API_URL, credentials and all.
    super(redactUrlCredentials(message));
    this.name = "SlackStartError";
  }
}

export interface SlackOptions {
  /** Overrides PORT for HTTP mode (tests pass 0 for a free port). */
  port?: number;
  /** Web API retries (tests make them fast); 429s always wait for Retry-After. */
  retryConfig?: webApi.RetryOptions;
  /** How long stop() waits for answers in flight. */
  stopGraceMs?: number;
  /** The digest scheduler behind /digest and /status. */
  digests?: DigestPort;
}

export interface RunningSlack extends RunningPlatform {
  transport: "socket" | "http";
  /** The port HTTP mode listens on. */
  port: number | undefined;
}

const RETRIES: webApi.RetryOptions = {
  retries: 5,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 10_000,
  randomize: true,
};
const REJECTED = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);

export async function startSlack(
  config: Config,
  corpus: CorpusSource,
  log: Logger,
  options: SlackOptions = {},
): Promise<RunningSlack> {
  const token = config.SLACK_BOT_TOKEN;
  if (!token)
    throw new SlackStartError("SLACK_BOT_TOKEN is not set (the xoxb- token from OAuth & Permissions).");
  const logger = createBoltLogger(log, config.LOG_LEVEL, [
    token,
    config.SLACK_APP_TOKEN,
    config.SLACK_SIGNING_SECRET,
  ]);
  const clientOptions: webApi.WebClientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: options.retryConfig ?? RETRIES,
  };
  const transport = config.SLACK_APP_TOKEN ? "socket" : "http";
  const receiver = config.SLACK_APP_TOKEN
    ? createSocketReceiver(config.SLACK_APP_TOKEN, logger, clientOptions)
    : config.SLACK_SIGNING_SECRET
      ? createHttpReceiver(config.SLACK_SIGNING_SECRET, logger)
      : undefined;
  if (!receiver) {
    throw new SlackStartError("Set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode).");
  }
  const app = new App({
    token,
    receiver,
    clientOptions: { ...clientOptions },
    logger,
    logLevel: boltLevel(config.LOG_LEVEL),
    deferInitialization: true,
  });
  const deps: SlackDeps = {
    corpus,
    log,
    editors: createEditorCheck(app.client, config.SLACK_EDITORS, log),
    inFlight: createInFlight(),
    answerTurn: createAnswerTurns(),
    digests: options.digests,
  };
  registerCommands(app, deps);
  registerShare(app, deps);
  app.error(async (error) => {
    log.error("slack request failed", { code: slackErrorCode(error), reason: reasonOf(error) });
  });

  const apiUrl = config.SLACK_API_URL ?? "https://slack.com/api/";
  try {
    await app.init();
  } catch (error) {
    throw new SlackStartError(explain("SLACK_BOT_TOKEN", error, apiUrl));
  }
  let port: number | undefined;
  try {
    if (transport === "http") {
      const server = (await app.start(options.port ?? config.PORT)) as Server;
      const address = server.address();
      port = typeof address === "object" && address ? address.port : undefined;
    } else {
      await app.start();
    }
  } catch (error) {
    if ((error as { code?: string }).code === "EADDRINUSE") {
      throw new SlackStartError(
        `PORT ${options.port ?? config.PORT} is already in use; set PORT to a free port.`,
      );
    }
    throw new SlackStartError(explain("SLACK_APP_TOKEN", error, apiUrl));
  }
  log.info("slack ready", { transport, port, path: transport === "http" ? SLACK_EVENTS_PATH : undefined });

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    log.info("slack stopping", { inFlight: deps.inFlight.size() });
    await app
      .stop()
      .catch((error: unknown) => log.warn("slack receiver stop failed", { reason: reasonOf(error) }));
    const finished = await deps.inFlight.drain(options.stopGraceMs ?? 10_000);
    if (finished) log.info("slack stopped");
    else log.warn("slack stopped with answers still in flight", { inFlight: deps.inFlight.size() });
  };
  return {
    name: "slack",
    transport,
    port,
    stop: () => {
      stopping ??= stop();
      return stopping;
    },
  };
}

function explain(setting: string, error: unknown, apiUrl: string): string {
  const code = slackErrorCode(error);
  if (REJECTED.has(code))
    return `Slack rejected ${setting} (${code}); copy it again from the app's settings.`;
  if (code === "missing_scope")
    return `${setting} lacks a scope the app needs (missing_scope); see the manifest.`;
  return `Could not reach the Slack Web API at ${apiUrl} (${code}): ${reasonOf(error)}`;
}
