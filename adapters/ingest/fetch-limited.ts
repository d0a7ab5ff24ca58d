// One HTTP GET as an ingester should make it: a timeout on the whole exchange, a cap on the bytes
// read (counted as they arrive, so a 20 MB page stops at the cap), conditional requests, and every
// failure turned into one sentence a person can act on.

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
}

export interface FetchRequest {
  etag?: string | null;
  lastModified?: string | null;
  /** What the caller takes (a page, a feed), for the Accept header and the error sentences. */
  accept: string;
  /** Stops the request early (the poller is shutting down). */
  signal?: AbortSignal;
}

export type Fetched =
  | {
      ok: true;
      /** 200, or 304 when a conditional request found nothing new (then `body` is empty). */
      status: number;
      /** The address after redirects. */
      url: string;
      body: string;
      contentType: string;
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: false; problem: string; retryAfterMs: number | null };

export async function fetchLimited(
  url: string,
  request: FetchRequest,
  limits: FetchLimits,
): Promise<Fetched> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  const headers: Record<string, string> = { accept: request.accept, "user-agent": limits.userAgent };
  if (request.etag) headers["if-none-match"] = request.etag;
  if (request.lastModified) headers["if-modified-since"] = request.lastModified;
  try {
    const response = await fetch(url, { headers, signal, redirect: "follow" });
    const meta = {
      url: response.url || url,
      contentType: response.headers.get("content-type") ?? "",
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
    if (response.status === 304) {
      await response.body?.cancel();
      return { ok: true, status: 304, body: "", ...meta };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return {
        ok: false,
        problem: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""} from ${host(url)}`,
        retryAfterMs: retryAfter(response.headers.get("retry-after")),
      };
    }
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      return tooBig(declared, limits.maxBytes);
    }
    const bytes = await readCapped(response, limits.maxBytes);
    if (bytes === null) return tooBig(null, limits.maxBytes);
    return { ok: true, status: response.status, body: decode(bytes, meta.contentType), ...meta };
  } catch (error) {
    if (timeout.aborted) {
      return {
        ok: false,
        problem: `no complete answer from ${host(url)} within ${seconds(limits.timeoutMs)}`,
        retryAfterMs: null,
      };
    }
    return { ok: false, problem: networkProblem(url, error), retryAfterMs: null };
  }
}

/** The body, or null as soon as it passes `max` bytes (the rest is never downloaded). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The charset the server declares, else UTF-8; bytes that do not decode become U+FFFD rather than an error. */
function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const tooBig = (size: number | null, max: number): Fetched => ({
  ok: false,
  problem: `the answer is ${size === null ? "over" : `${megabytes(size)}, over`} the ${megabytes(max)} limit; not read`,
  retryAfterMs: null,
});

function networkProblem(url: string, error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `the host ${host(url)} could not be found (DNS)`;
    case "ECONNREFUSED":
      return `${host(url)} refused the connection`;
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
      return `${host(url)} closed the connection`;
    default:
      if ((error as Error).name === "AbortError") return "stopped";
      return `could not fetch from ${host(url)} (${code ?? (error as Error).message})`;
  }
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

export function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`);
