import { randomBytes } from "node:crypto";
import { EventEmitter, once } from "node:events";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { WAIT_MS } from "../../helpers/wait.js";
import { BOT_TOKEN, guild, readyPayload } from "./payloads.js";

/** One payload the gateway stand-in received from the client. */
export interface ReceivedOp {
  op: number;
  d: unknown;
  at: number;
}

interface Dispatched {
  s: number;
  t: string;
  d: unknown;
}

/**
 * Discord's gateway for one shard: HELLO, IDENTIFY → READY (with a local resume_gateway_url) and
 * GUILD_CREATE, heartbeat ACKs, dispatches, and on demand a RECONNECT or a dropped socket that the
 * client must RESUME from, replaying what it missed.
 */
export class GatewayStandIn extends EventEmitter {
  readonly received: ReceivedOp[] = [];
  /** Every socket the client opened, in order. */
  readonly sockets: WebSocket[] = [];
  private readonly wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  private socket: WebSocket | null = null;
  private sessionId: string | null = null;
  private sequence = 0;
  private dispatched: Dispatched[] = [];

  constructor(private readonly heartbeatIntervalMs = 1000) {
    super();
    this.wss.on("connection", (socket) => this.accept(socket));
  }

  async listen(): Promise<void> {
    if (this.wss.address() === null) await once(this.wss, "listening");
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
  }

  /** Sends a dispatch event to the connected client (or keeps it for a RESUME); returns when it was sent. */
  dispatch(t: string, d: unknown): number {
    const event = { s: ++this.sequence, t, d };
    this.dispatched.push(event);
    this.socket?.send(JSON.stringify({ op: 0, ...event }));
    return performance.now();
  }

  /** Op 7: Discord asks the client to reconnect and resume. */
  forceReconnect(): void {
    this.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /** The connection breaks without a close frame (a network drop). */
  drop(): void {
    this.socket?.terminate();
  }

  /** Resolves with the first op of this kind received (past ones included when `since` allows). */
  waitForOp(op: number, since = 0, timeoutMs = WAIT_MS): Promise<ReceivedOp> {
    const found = this.received.find((r) => r.op === op && r.at >= since);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off("op", listener);
        reject(new Error(`gateway op ${op} not received within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (r: ReceivedOp) => {
        if (r.op !== op || r.at < since) return;
        clearTimeout(timer);
        this.off("op", listener);
        resolve(r);
      };
      this.on("op", listener);
    });
  }

  async close(): Promise<void> {
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise((resolve) => this.wss.close(resolve));
  }

  private accept(socket: WebSocket): void {
    this.socket = socket;
    this.sockets.push(socket);
    socket.on("message", (data) =>
      this.receive(socket, JSON.parse(String(data)) as { op: number; d: unknown }),
    );
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
  }

  private receive(socket: WebSocket, payload: { op: number; d: unknown }): void {
    const op: ReceivedOp = { op: payload.op, d: payload.d, at: performance.now() };
    this.received.push(op);
    const d = (payload.d ?? {}) as { token?: string; session_id?: string; seq?: number };
    switch (payload.op) {
      case 1:
        socket.send(JSON.stringify({ op: 11 }));
        break;
      case 2:
        if (d.token !== BOT_TOKEN) {
          socket.close(4004, "Authentication failed");
          break;
        }
        this.sessionId = randomBytes(8).toString("hex");
        this.sequence = 0;
        this.dispatched = [];
        this.dispatch("READY", readyPayload(this.sessionId, this.url));
        this.dispatch("GUILD_CREATE", guild());
        break;
      case 6:
        if (d.token !== BOT_TOKEN || d.session_id !== this.sessionId) {
          socket.send(JSON.stringify({ op: 9, d: false }));
          break;
        }
        for (const missed of this.dispatched.filter((e) => e.s > (d.seq ?? 0))) {
          socket.send(JSON.stringify({ op: 0, ...missed }));
        }
        this.dispatch("RESUMED", {});
        break;
    }
    this.emit("op", op);
  }
}
