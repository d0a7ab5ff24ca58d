import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WAIT_MS } from "../../helpers/wait.js";
import { recordDiscord } from "../traffic.js";
import { BOT_TOKEN, IDS, message, snowflake } from "./payloads.js";

/** One request the REST stand-in received, as it arrived. */
export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, percent-decoded (discord.js sends @original as %40original). */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: unknown;
  /** performance.now() when the request arrived. */
  at: number;
}

interface CannedFailure {
  match: (r: RecordedRequest) => boolean;
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

const PREFIX = "/api/v10";
const DISCORD_EPOCH = 1420070400000n;

/** Discord's REST API as far as deskbrief uses it, recording every request. */
export class RestStandIn extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  /** Channels the bot may not post in: 403 Missing Permissions (50013). */
  readonly lockedChannels = new Set<string>([IDS.lockedChannel]);
  /** Channels that were deleted: 404 Unknown Channel (10003). */
  readonly goneChannels = new Set<string>();
  /** Messages created in channels, oldest first: what a channel really shows (nonce duplicates excluded). */
  readonly channelMessages = new Map<
    string,
    { id: string; nonce: unknown; body: Record<string, unknown>; at: number }[]
  >();
  /**
   * How long Discord remembers a nonce for enforce_nonce: "the past few minutes", undocumented.
   * Infinite unless a test makes it forget (0: every re-sent nonce creates a new message).
   */
  nonceMemoryMs = Number.POSITIVE_INFINITY;
  /** Channels that answer every post with 429 and this Retry-After (seconds): a channel stuck for good. */
  readonly stuckChannels = new Map<string, number>();
  private sequence = 0n;
  private heldPosts: (() => void)[] | undefined;
  gatewayUrl = "ws://127.0.0.1:1";
  private readonly failures: CannedFailure[] = [];
  private readonly server = createServer((req, res) => void this.handle(req, res));

  async listen(): Promise<void> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
  }

  /** The base to give discord.js (`rest.api`) or DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** The next request that matches gets this answer instead (e.g. a 429). */
  failNext(failure: CannedFailure): void {
    this.failures.push(failure);
  }

  rateLimitNext(match: (r: RecordedRequest) => boolean, retryAfterSeconds = 0.2): void {
    this.failNext({
      match,
      status: 429,
      body: { message: "You are being rate limited.", retry_after: retryAfterSeconds, global: false },
      headers: { "retry-after": String(retryAfterSeconds), "x-ratelimit-scope": "user" },
    });
  }

  /**
   * Holds the answers to channel message posts (the message is already created) until the returned
   * function is called: to crash a client between its request and its answer.
   */
  holdChannelPosts(): () => void {
    this.heldPosts = [];
    return () => {
      const held = this.heldPosts ?? [];
      this.heldPosts = undefined;
      for (const release of held) release();
    };
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs = WAIT_MS): Promise<RecordedRequest> {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off("request", listener);
        reject(new Error(`no matching Discord request within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (r: RecordedRequest) => {
        if (!match(r)) return;
        clearTimeout(timer);
        this.off("request", listener);
        resolve(r);
      };
      this.on("request", listener);
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(
        url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname,
      ),
      query: url.searchParams,
      headers: req.headers,
      body: raw === "" ? null : JSON.parse(raw),
      at: performance.now(),
    };
    this.requests.push(recorded);
    recordDiscord(recorded.method, recorded.path, recorded.body);
    this.emit("request", recorded);

    const stuck = /^POST \/channels\/(\d+)\/messages$/.exec(`${recorded.method} ${recorded.path}`);
    const retryAfter = stuck ? this.stuckChannels.get(stuck[1] ?? "") : undefined;
    if (retryAfter !== undefined) {
      return send(
        res,
        429,
        { message: "You are being rate limited.", retry_after: retryAfter, global: false },
        { "retry-after": String(retryAfter), "x-ratelimit-scope": "shared" },
      );
    }
    const failure = this.failures.findIndex((f) => f.match(recorded));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      return send(res, f?.status ?? 500, f?.body ?? {}, f?.headers);
    }
    const [status, body] = this.route(recorded);
    const held = this.heldPosts;
    if (held && recorded.method === "POST" && /^\/channels\/\d+\/messages$/.test(recorded.path)) {
      await new Promise<void>((release) => held.push(release));
    }
    return send(res, status, body);
  }

  private route(r: RecordedRequest): [number, unknown] {
    const authed = r.headers.authorization === `Bot ${BOT_TOKEN}`;
    const key = `${r.method} ${r.path}`;
    for (const [pattern, needsBot, answer] of this.routes) {
      const m = key.match(pattern);
      if (!m) continue;
      if (needsBot && !authed) return [401, { message: "401: Unauthorized", code: 0 }];
      return answer(m, r);
    }
    return [404, { message: "404: Not Found", code: 0 }];
  }

  /** Discord's rules for a channel post: permissions, deleted channels, and enforce_nonce returning the first. */
  private createMessage(channelId: string, body: Record<string, unknown>): [number, unknown] {
    if (this.lockedChannels.has(channelId)) return [403, { message: "Missing Permissions", code: 50013 }];
    if (this.goneChannels.has(channelId)) return [404, { message: "Unknown Channel", code: 10003 }];
    const posted = this.channelMessages.get(channelId) ?? [];
    const nonce = body.nonce;
    const now = Date.now();
    const earlier =
      body.enforce_nonce === true
        ? posted.find((p) => p.nonce === nonce && now - p.at < this.nonceMemoryMs)
        : undefined;
    if (earlier) return [200, { ...message(channelId, earlier.body), id: earlier.id, nonce }];
    // Ids grow with time, as Discord's snowflakes do (milliseconds since 2015 in the top bits).
    const id = String(((BigInt(now) - DISCORD_EPOCH) << 22n) + (this.sequence++ % 4096n));
    const created = { ...message(channelId, body), id, ...(nonce !== undefined ? { nonce } : {}) };
    this.channelMessages.set(channelId, [...posted, { id, nonce, body, at: now }]);
    return [200, created];
  }

  /** GET /channels/:id/messages: newest first, `after` and `before` by id, at most `limit` (≤ 100). */
  private readMessages(channelId: string, query: URLSearchParams): [number, unknown] {
    if (this.lockedChannels.has(channelId)) return [403, { message: "Missing Access", code: 50001 }];
    if (this.goneChannels.has(channelId)) return [404, { message: "Unknown Channel", code: 10003 }];
    const limit = Math.min(100, Number(query.get("limit") ?? 50));
    const after = query.get("after");
    const before = query.get("before");
    let found = (this.channelMessages.get(channelId) ?? []).filter(
      (m) => (!after || BigInt(m.id) > BigInt(after)) && (!before || BigInt(m.id) < BigInt(before)),
    );
    // After an id: the oldest `limit` after it; otherwise the newest. Either way newest first.
    found = after ? found.slice(0, limit) : found.slice(-limit);
    return [200, found.reverse().map((m) => ({ ...message(channelId, m.body), id: m.id }))];
  }

  /** [method and path, needs the bot token, answer]. Interaction callbacks and webhooks use the interaction token. */
  private readonly routes: [
    RegExp,
    boolean,
    (m: RegExpMatchArray, r: RecordedRequest) => [number, unknown],
  ][] = [
    [
      /^GET \/gateway\/bot$/,
      true,
      () => [
        200,
        {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ],
    ],
    [/^POST \/interactions\/\d+\/[^/]+\/callback$/, false, () => [204, null]],
    [
      /^PATCH \/webhooks\/(\d+)\/[^/]+\/messages\/(@original|\d+)$/,
      false,
      (m, r) => [200, message(IDS.channel, asObject(r.body), m[1])],
    ],
    [/^POST \/webhooks\/(\d+)\/[^/]+$/, false, (m, r) => [200, message(IDS.channel, asObject(r.body), m[1])]],
    [/^POST \/channels\/(\d+)\/messages$/, true, (m, r) => this.createMessage(m[1] ?? "", asObject(r.body))],
    [/^GET \/channels\/(\d+)\/messages$/, true, (m, r) => this.readMessages(m[1] ?? "", r.query)],
    [/^POST \/users\/@me\/channels$/, true, (_, r) => [200, dmChannel(asObject(r.body).recipient_id)]],
    [
      /^PUT \/applications\/\d+(\/guilds\/\d+)?\/commands$/,
      true,
      (_, r) => [
        200,
        (Array.isArray(r.body) ? r.body : []).map((c: Record<string, unknown>) => ({
          ...c,
          id: snowflake(),
          application_id: IDS.application,
          version: snowflake(),
        })),
      ],
    ],
  ];
}

/** A direct-message channel with the user: its id is the user's id reversed, stable and distinct. */
const dmChannel = (userId: unknown) => ({
  id: [...String(userId)].reverse().join(""),
  type: 1,
  recipients: [{ id: String(userId) }],
});

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204) {
    res.writeHead(204, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(text);
}

const asObject = (body: unknown): Record<string, unknown> =>
  typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
