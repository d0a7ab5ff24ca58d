import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type APIInteractionResponse, InteractionResponseType, InteractionType, type REST } from "discord.js";
import type { Logger } from "../../log.js";
import { createInFlight } from "../../shared/in-flight.js";
import { errorFields } from "../errors.js";
import { forgetInteraction } from "../forget-interaction.js";
import { handleInteraction, type InteractionDeps } from "../interactions/handle-interaction.js";
import { httpResponder } from "./http-responder.js";
import { InteractionPayloadSchema, requestFromPayload } from "./interaction-payload.js";
import { createReplayGuard, type ReplayGuard } from "./replay-guard.js";
import { signatureChecker } from "./verify-signature.js";

export interface HttpInteractionsOptions {
  publicKey: string;
  host: string | undefined;
  port: number;
  /** REST client for edits and follow-ups (and, with a bot token, Post to channel). */
  rest: REST;
  deps: InteractionDeps;
  log: Logger;
  /** The clock timestamps are checked against (tests move it). */
  now?: () => number;
}

export interface HttpInteractionsServer {
  /** Where Discord must send interactions: the Interactions Endpoint URL ends in /interactions. */
  url: string;
  /** The memory of interaction ids seen in the last five minutes. */
  replays: ReplayGuard;
  stop(): Promise<void>;
}

const MAX_BODY = 1 << 20;
export const INTERACTIONS_PATH = "/interactions";

/** Listens for signed HTTP interactions; anything unsigned or tampered gets 401 and runs nothing. */
export async function startHttpInteractions(
  options: HttpInteractionsOptions,
): Promise<HttpInteractionsServer> {
  const { log } = options;
  const verified = signatureChecker(options.publicKey);
  const inFlight = createInFlight();
  const replays = createReplayGuard(options.now);

  const server = createServer((req, res) => {
    route(req, res).catch((error) => {
      log.error("discord http request failed", {
        reason: error instanceof Error ? error.message : String(error),
      });
      if (!res.headersSent) json(res, 500, { error: "internal error" });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/health") return json(res, 200, { ok: true });
    if (path !== INTERACTIONS_PATH) return json(res, 404, { error: "not found" });
    if (req.method !== "POST") return json(res, 405, { error: "POST only" });
    const body = await readBody(req);
    if (body === null) return json(res, 413, { error: "body too large" });
    const signature = req.headers["x-signature-ed25519"];
    const timestamp = req.headers["x-signature-timestamp"];
    if (
      typeof signature !== "string" ||
      typeof timestamp !== "string" ||
      !verified(timestamp, body, signature)
    ) {
      log.warn("discord http interaction rejected", { reason: "missing or invalid signature" });
      return json(res, 401, { error: "invalid request signature" });
    }
    const parsed = InteractionPayloadSchema.safeParse(parseJson(body));
    if (!parsed.success) return json(res, 400, { error: "not an interaction" });
    const payload = parsed.data;
    // Validly signed, but a copy of an old request or of one already answered: nothing runs.
    const replayed = replays.check(timestamp, payload.id);
    if (replayed) {
      log.warn("discord http interaction rejected", {
        reason: replayed === "stale" ? "timestamp more than 5 minutes off" : "interaction id already seen",
        interaction: payload.id,
      });
      return json(res, 401, { error: replayed === "stale" ? "stale request" : "replayed request" });
    }
    if (payload.type === InteractionType.Ping) return json(res, 200, { type: InteractionResponseType.Pong });

    const respond = (response: APIInteractionResponse) => json(res, 200, response);
    const responder = httpResponder(respond, options.rest, {
      applicationId: payload.application_id,
      token: payload.token,
    });
    void inFlight.run(
      () =>
        handleInteraction(requestFromPayload(payload), responder, options.deps).finally(() => {
          if (!res.headersSent) json(res, 400, { error: "unsupported interaction" });
          forgetInteraction(options.rest, payload.application_id, payload.token);
        }),
      (error) => log.error("discord interaction failed", errorFields(error)),
    );
  }

  server.listen(options.port, options.host);
  await Promise.race([
    once(server, "listening"),
    once(server, "error").then(([error]) => {
      throw error;
    }),
  ]);
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}${INTERACTIONS_PATH}`;
  log.info("discord http interactions listening", { port: address.port, path: INTERACTIONS_PATH });

  return {
    url,
    replays,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await inFlight.drain(5000);
      server.closeAllConnections();
      await closed;
    },
  };
}

function json(res: ServerResponse, status: number, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  return new Promise((resolve) => {
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text, () => resolve());
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
}
