import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { webApi } from "@slack/bolt";
import { HTTPReceiver, type Logger, SocketModeReceiver } from "@slack/bolt";

// The two ways Slack reaches the bot. HTTP: Bolt verifies the v0 signature and rejects stale
// timestamps, but accepts ones from the future (FINDINGS); the guard below rejects those too, and
// answers 400 to a signed interactive payload Bolt cannot route (no team: Bolt failed inside).

export const SLACK_EVENTS_PATH = "/slack/events";
const MAX_SKEW_SECONDS = 5 * 60;
/** Bolt's own body limit: a longer body is left to Bolt, which refuses it. */
const BODY_LIMIT = 4 * 1024 * 1024;
/** Interactive payloads Bolt routes by team: without one it throws instead of answering. */
const INTERACTIVE = new Set([
  "block_actions",
  "block_suggestion",
  "view_submission",
  "view_closed",
  "shortcut",
  "message_action",
  "interactive_message",
  "dialog_submission",
]);

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
    void buffered(req).then(
      (body) => {
        if (body !== null && signedBy(signingSecret, req, body) && malformedInteraction(body)) {
          logger.warn("Rejected a signed interactive payload with no team (Bolt cannot route it)");
          res.writeHead(400).end();
          return;
        }
        bolt(req, res);
      },
      () => res.writeHead(400).end(),
    );
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

/** Reads the body once and leaves it where Bolt looks first (`rawBody`); null when over Bolt's limit. */
async function buffered(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    chunks.push(chunk as Buffer);
    if (size > BODY_LIMIT) break;
  }
  const body = Buffer.concat(chunks);
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
  return size > BODY_LIMIT ? null : body;
}

/** Slack's v0 signature over timestamp and body; Bolt checks it again (and the timestamp's age). */
function signedBy(secret: string, req: IncomingMessage, body: Buffer): boolean {
  const timestamp = req.headers["x-slack-request-timestamp"];
  const signature = req.headers["x-slack-signature"];
  if (typeof timestamp !== "string" || typeof signature !== "string") return false;
  const expected = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:`).update(body).digest("hex")}`;
  return (
    expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature))
  );
}

/** An interactive payload with no team, or one that is not JSON at all. */
export function malformedInteraction(body: Buffer): boolean {
  const raw = new URLSearchParams(body.toString("utf8")).get("payload");
  if (raw === null) return false;
  let payload: { type?: unknown; team?: { id?: unknown } | null; user?: { team_id?: unknown } };
  try {
    payload = JSON.parse(raw);
  } catch {
    return true;
  }
  if (typeof payload !== "object" || payload === null) return true;
  if (!INTERACTIVE.has(String(payload.type))) return false;
  return typeof payload.team?.id !== "string" && typeof payload.user?.team_id !== "string";
}
