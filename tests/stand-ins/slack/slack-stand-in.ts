import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { WAIT_MS } from "../../helpers/wait.js";
import { recordSent, recordSlackCall } from "../traffic.js";

// A local Slack on 127.0.0.1: the Web API methods the app calls, response_url endpoints and a Socket
// Mode WebSocket server with envelope acks. It records every request and can be told to fail.

export interface ApiCall {
  method: string;
  token: string | undefined;
  params: Record<string, unknown>;
}

export interface PostedMessage {
  ts: string;
  text: unknown;
  blocks: unknown;
  metadata: unknown;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface EnvelopeAck {
  envelope_id: string;
  payload?: unknown;
  /** Milliseconds from sending the envelope to receiving its ack. */
  ms: number;
}

/** How the next call of a method fails: an HTTP status (429 with Retry-After seconds) or a Slack error. */
export type Failure = { status: number; retryAfter?: number } | { error: string };

export const BOT_TOKEN = "xoxb-1111-2222-standinbottoken";
export const APP_TOKEN = "xapp-1-A0STANDIN-3333-standinapptoken";
export const SIGNING_SECRET = "8f742231b10e8888abcd990000085a5f";
export const BOT_USER_ID = "U0DESKBOT";

export class SlackStandIn {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly acks: EnvelopeAck[] = [];
  /** Ids of response_urls posted to, counted on arrival (before a held answer is released). */
  readonly arrived: string[] = [];
  /** Messages posted with chat.postMessage, by channel, oldest first (what conversations.history reads). */
  readonly channels = new Map<string, PostedMessage[]>();
  /** User groups (usergroups.users.list) and workspace admins (users.info), for editor checks. */
  readonly userGroups = new Map<string, string[]>();
  readonly admins = new Set<string>();
  /** Channels that no longer exist: chat.postMessage answers channel_not_found. */
  readonly goneChannels = new Set<string>();
  private readonly heldMethods = new Map<string, (() => void)[]>();
  private lastTs = 0;
  private readonly failures = new Map<string, Failure[]>();
  private readonly responseFailures = new Map<string, number>();
  private held: (() => void)[] | undefined;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Map<string, (ack: EnvelopeAck) => void>();
  private readonly sent = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly wss = new WebSocketServer({ server: this.server, path: "/socket" });
  private port = 0;

  static async start(): Promise<SlackStandIn> {
    const standIn = new SlackStandIn();
    await new Promise<void>((resolve) => standIn.server.listen(0, "127.0.0.1", resolve));
    standIn.port = (standIn.server.address() as AddressInfo).port;
    standIn.wss.on("connection", (ws) => standIn.onSocket(ws));
    return standIn;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  failNext(method: string, ...failures: Failure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /** Makes every post to this response_url fail with `status` (404: expired, 5 uses spent). */
  failResponseUrl(id: string, status: number): void {
    this.responseFailures.set(id, status);
  }

  /** Holds response_url answers until the returned function is called (to catch answers in flight). */
  holdResponses(): () => void {
    this.held = [];
    return () => {
      const held = this.held ?? [];
      this.held = undefined;
      for (const release of held) release();
    };
  }

  /**
   * Holds the answers to a Web API method (its effect, e.g. the posted message, already happened)
   * until the returned function is called: to crash a client between its request and its answer.
   */
  holdMethod(method: string): () => void {
    this.heldMethods.set(method, []);
    return () => {
      const held = this.heldMethods.get(method) ?? [];
      this.heldMethods.delete(method);
      for (const release of held) release();
    };
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(id: string): ResponseUrlPost[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves once `probe` returns a value, re-checked after every recorded request and every 20 ms. */
  waitFor<T>(probe: () => T | undefined | false, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined || value === false) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error("the Slack stand-in did not see what the test waited for"));
      }, timeoutMs);
      const poll = setInterval(check, 20);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  /** Sends a Socket Mode envelope to the connected app; resolves with its ack. */
  sendEnvelope(type: "slash_commands" | "interactive", payload: unknown): Promise<EnvelopeAck> {
    const [socket] = this.sockets;
    if (!socket) return Promise.reject(new Error("no Socket Mode connection"));
    const envelope_id = randomUUID();
    const acked = new Promise<EnvelopeAck>((resolve) => this.waiters.set(envelope_id, resolve));
    this.sent.set(envelope_id, performance.now());
    socket.send(
      JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type === "slash_commands" }),
    );
    return acked;
  }

  async close(): Promise<void> {
    this.held?.forEach((release) => {
      release();
    });
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.on("message", (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      const id = message.envelope_id;
      if (!id) return;
      const ack = {
        envelope_id: id,
        payload: message.payload,
        ms: performance.now() - (this.sent.get(id) ?? 0),
      };
      this.acks.push(ack);
      recordSent("slack", "socket mode ack", message.payload);
      this.waiters.get(id)?.(ack);
      this.notify();
    });
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: this.sockets.size,
        debug_info: { host: "stand-in", approximate_connection_time: 18060 },
        connection_info: { app_id: "A0STANDIN" },
      }),
    );
    this.notify();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname.startsWith("/respond/")) return this.respondUrl(url.pathname.slice(9), raw, res);
    if (!url.pathname.startsWith("/api/")) return void res.writeHead(404).end();
    const method = url.pathname.slice(5);
    const auth = req.headers.authorization;
    const params = parseParams(raw, req.headers["content-type"]);
    const token = auth?.replace(/^Bearer /, "") ?? (params.token as string | undefined);
    this.calls.push({ method, token, params });
    recordSlackCall(method, params);
    this.notify();
    const failure = this.failures.get(method)?.shift();
    if (failure && "status" in failure) {
      const headers = failure.retryAfter !== undefined ? { "retry-after": String(failure.retryAfter) } : {};
      return void res.writeHead(failure.status, headers).end();
    }
    const body = failure ? { ok: false, error: failure.error } : this.answer(method, token, params);
    const held = this.heldMethods.get(method);
    if (held) await new Promise<void>((release) => held.push(release));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  }

  private answer(method: string, token: string | undefined, params: Record<string, unknown>): object {
    const botOnly = token === BOT_TOKEN;
    switch (method) {
      case "auth.test":
        return botOnly
          ? {
              ok: true,
              url: "https://stand-in.slack.example/",
              team: "Stand-in",
              user: "deskbrief",
              team_id: "T0STANDIN",
              user_id: BOT_USER_ID,
              bot_id: "B0DESKBOT",
              is_enterprise_install: false,
            }
          : { ok: false, error: "invalid_auth" };
      case "apps.connections.open":
        return token === APP_TOKEN
          ? { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=${randomUUID()}` }
          : { ok: false, error: "invalid_auth" };
      case "chat.postMessage": {
        if (!botOnly) return { ok: false, error: "invalid_auth" };
        const channel = String(params.channel);
        if (this.goneChannels.has(channel)) return { ok: false, error: "channel_not_found" };
        // Unique and increasing, like Slack's: two posts in one millisecond still differ.
        this.lastTs = Math.max(this.lastTs + 1, Date.now() * 1000);
        const ts = (this.lastTs / 1e6).toFixed(6);
        const posted: PostedMessage = {
          ts,
          text: params.text,
          blocks: params.blocks,
          metadata: params.metadata,
        };
        this.channels.set(channel, [...(this.channels.get(channel) ?? []), posted]);
        return { ok: true, channel, ts, message: { text: params.text } };
      }
      case "conversations.history": {
        if (!botOnly) return { ok: false, error: "invalid_auth" };
        const oldest = Number(params.oldest ?? 0);
        const withMetadata = String(params.include_all_metadata) === "true";
        const messages = (this.channels.get(String(params.channel)) ?? [])
          .filter((m) => Number(m.ts) > oldest)
          .reverse()
          .map((m) => ({
            type: "message",
            user: BOT_USER_ID,
            ...m,
            metadata: withMetadata ? m.metadata : undefined,
          }));
        return { ok: true, messages, has_more: false, response_metadata: { next_cursor: "" } };
      }
      case "usergroups.users.list": {
        if (!botOnly) return { ok: false, error: "invalid_auth" };
        const users = this.userGroups.get(String(params.usergroup));
        return users ? { ok: true, users } : { ok: false, error: "no_such_subteam" };
      }
      case "users.info": {
        if (!botOnly) return { ok: false, error: "invalid_auth" };
        const id = String(params.user);
        return {
          ok: true,
          user: { id, is_admin: this.admins.has(id), is_owner: false, is_primary_owner: false },
        };
      }
      case "chat.postEphemeral":
        if (!botOnly) return { ok: false, error: "invalid_auth" };
        return { ok: true, message_ts: `${(Date.now() / 1000).toFixed(6)}` };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  private async respondUrl(id: string, raw: string, res: ServerResponse): Promise<void> {
    this.arrived.push(id);
    recordSent("slack", "response_url", JSON.parse(raw));
    this.notify();
    if (this.held) await new Promise<void>((release) => this.held?.push(release));
    const status = this.responseFailures.get(id);
    if (status !== undefined) {
      res.writeHead(status).end();
    } else {
      this.responses.push({ id, body: JSON.parse(raw) as Record<string, unknown> });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    }
    this.notify();
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The Web API client sends form fields, objects among them as JSON strings (blocks), or JSON. */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}
