import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A local web server on 127.0.0.1 standing in for outlets' sites: each path serves what the test
// set, with an ETag when asked to; it records every request, so tests see what was fetched.

export type Route =
  | { body: string; type: string; etag?: string; status?: number }
  | { handle(req: IncomingMessage, res: ServerResponse): void };

export interface SiteServer {
  base: string;
  set(path: string, route: Route): void;
  /** Requests per path, and how many were answered 304. */
  hits(path: string): number;
  notModified(path: string): number;
  close(): Promise<void>;
}

export async function startSiteServer(): Promise<SiteServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const unchanged = new Map<string, number>();
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    open.add(res);
    res.on("close", () => open.delete(res));
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if ("handle" in route) {
      route.handle(req, res);
      return;
    }
    if (route.etag && req.headers["if-none-match"] === route.etag) {
      unchanged.set(path, (unchanged.get(path) ?? 0) + 1);
      res.writeHead(304, { etag: route.etag }).end();
      return;
    }
    res
      .writeHead(route.status ?? 200, {
        "content-type": route.type,
        ...(route.etag ? { etag: route.etag } : {}),
      })
      .end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    set: (path, route) => routes.set(path, route),
    hits: (path) => hits.get(path) ?? 0,
    notModified: (path) => unchanged.get(path) ?? 0,
    close: () =>
      new Promise((done) => {
        for (const res of open) res.destroy();
        server.close(() => done());
      }),
  };
}
