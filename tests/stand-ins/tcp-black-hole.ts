import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { connect, createServer, type Socket } from "node:net";

/**
 * A TCP proxy on 127.0.0.1 in front of a real server that can turn into a black hole: it keeps
 * accepting connections and reading what is sent, and never answers, on new and open connections
 * alike (a server that hangs, a network that drops packets). Healthy again, new connections pass.
 */
export class TcpBlackHole {
  blackHoled = false;
  private readonly open = new Set<Socket>();
  private readonly server = createServer((client) => this.accept(client));

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  static async start(targetHost: string, targetPort: number): Promise<TcpBlackHole> {
    const hole = new TcpBlackHole(targetHost, targetPort);
    hole.server.listen(0, "127.0.0.1");
    await once(hole.server, "listening");
    return hole;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const s of this.open) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.open.add(client);
    client.on("close", () => this.open.delete(client));
    client.on("error", () => {});
    if (this.blackHoled) {
      client.resume(); // read and drop: the peer sees its writes accepted, and no answer ever
      return;
    }
    const server = connect(this.targetPort, this.targetHost);
    this.open.add(server);
    server.on("close", () => {
      this.open.delete(server);
      client.destroy();
    });
    server.on("error", () => client.destroy());
    client.on("close", () => server.destroy());
    // Forwarding stops, both ways, the moment the hole opens; the sockets stay open.
    client.on("data", (chunk) => {
      if (!this.blackHoled) server.write(chunk);
    });
    server.on("data", (chunk) => {
      if (!this.blackHoled) client.write(chunk);
    });
  }
}
