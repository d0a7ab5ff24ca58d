import type { webApi } from "@slack/bolt";
import { HTTPReceiver, type Logger, SocketModeReceiver } from "@slack/bolt";

// The two ways Slack reaches the bot. HTTP: Bolt verifies the v0 signature and rejects stale
// timestamps, but accepts ones from the future (FINDINGS); the guard below rejects those too.

export const SLACK_EVENTS_PATH = "/slack/events";
const MAX_SKEW_SECONDS = 5 * 60;

/** True when the request carries a timestamp more than five minutes ahead of our clock. */
export function fromTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== "string") return false;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds - nowMs / 1000 > MAX_SKEW_SECONDS;
}

export function createHttpReceiver(
  signingSecret: string,
  logger: Logger,
  now = () => Date.now(),
): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret, logger, endpoints: [SLACK_EVENTS_PATH] });
  const bolt = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (fromTheFuture(req.headers["x-slack-request-timestamp"], now())) {
      logger.warn("Rejected a request whose x-slack-request-timestamp is more than 5 minutes in the future");
      res.writeHead(401).end();
      return;
    }
    bolt(req, res);
  };
  return receiver;
}

export function createSocketReceiver(
  appToken: string,
  logger: Logger,
  clientOptions: webApi.WebClientOptions,
): SocketModeReceiver {
  // The Socket Mode client opens its connection through its own Web API client: same base URL and retries.
  return new SocketModeReceiver({
    appToken,
    logger,
    installerOptions: { clientOptions: { ...clientOptions } },
  });
}
