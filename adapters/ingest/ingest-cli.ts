import { mkdir, readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CORPUS_DIR, parseConfig } from "../config.js";
import { type ArticleShelf, openArticleShelf, type SaveAction } from "./article-shelf.js";
import { parseFeedText } from "./feed-items.js";
import { takeItems } from "./feed-poll.js";
import { fetchLimited } from "./fetch-limited.js";
import { createHostGate } from "./host-gate.js";
import { PAGE_EXTENSIONS } from "./saved-page.js";
import { FEED_LIMITS, HOST_GAP_MS, PAGE_LIMITS } from "./start-feeds.js";
import { type Fetching, takeHtml } from "./take-page.js";

// `npm run ingest -- URL|FILE… [--corpus DIR]`: adds one page, or one feed's items, by hand, and
// says what it added. The same shelf as the bot's feeds: what is already there is not added twice.

export interface IngestLine {
  action: SaveAction | "failed";
  what: string;
  id?: string;
  detail: string;
}

export interface IngestRun {
  lines: IngestLine[];
  failed: number;
}

/** Ingests each target (a page or feed URL, a saved page or feed file) into `dir`. */
export async function ingestTargets(
  targets: string[],
  dir: string,
  fetching: Fetching = { gate: createHostGate(HOST_GAP_MS), limits: PAGE_LIMITS },
): Promise<IngestRun> {
  await mkdir(dir, { recursive: true });
  const shelf = await openArticleShelf(dir);
  const lines: IngestLine[] = [];
  for (const target of targets) lines.push(...(await ingestOne(target, shelf, fetching)));
  return { lines, failed: lines.filter((l) => l.action === "failed").length };
}

async function ingestOne(target: string, shelf: ArticleShelf, fetching: Fetching): Promise<IngestLine[]> {
  const failed = (detail: string): IngestLine[] => [{ action: "failed", what: target, detail }];
  let body: string;
  let address: string | null = null;
  let source: string;
  if (/^https?:\/\//i.test(target)) {
    const fetched = await fetching.gate.run(target, () =>
      fetchLimited(target, { accept: "*/*" }, { ...fetching.limits, maxBytes: FEED_LIMITS.maxBytes }),
    );
    if (!fetched.ok) return failed(fetched.problem);
    ({ body, url: address } = fetched);
    source = target;
  } else {
    source = resolve(target);
    try {
      body = await readFile(source, "utf8");
    } catch (error) {
      return failed(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  const isPage =
    PAGE_EXTENSIONS.includes(extname(target).toLowerCase()) || /^\s*(<!doctype html|<html)/i.test(body);
  if (isPage && Buffer.byteLength(body) > fetching.limits.maxBytes) {
    return failed(
      `the page is over the ${(fetching.limits.maxBytes / 1024 / 1024).toFixed(1)} MB limit; not read`,
    );
  }
  if (!isPage) {
    const parsed = parseFeedText(body, address ?? `file://${source}`);
    if (!parsed.ok) return failed(parsed.problem);
    const memory = { etag: null, lastModified: null, itemTries: new Map<string, number>() };
    const run = await takeItems(source, parsed.feed, memory, shelf, fetching);
    if (run.taken.length === 0 && run.failed.length === 0) {
      return [
        {
          action: "unchanged",
          what: target,
          detail: `all ${parsed.feed.items.length} items already in the corpus`,
        },
      ];
    }
    return [
      ...run.taken.map((t) => ({ action: t.action, what: t.link, id: t.id, detail: t.title })),
      ...run.failed.map((f) => ({ action: "failed" as const, what: f.link, detail: f.problem })),
    ];
  }
  const taken = await takeHtml(body, address, { source }, shelf);
  if (!taken.ok) return failed(taken.problem);
  return [{ action: taken.outcome.action, what: target, id: taken.outcome.id, detail: taken.title }];
}

const VERB: Record<IngestLine["action"], string> = {
  added: "added",
  updated: "updated",
  unchanged: "already there",
  duplicate: "same text as",
  failed: "failed",
};

export function renderIngestLine(line: IngestLine): string {
  if (line.action === "failed") return `failed       ${line.what}: ${line.detail}`;
  const file = line.id ? `${line.id}.md` : "";
  return `${VERB[line.action].padEnd(12)} ${file}  ${line.detail}  (${line.what})`;
}

export async function runIngestCli(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; options: { corpus: { type: "string" } } }>
  >;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { corpus: { type: "string" } } });
  } catch (error) {
    process.stderr.write(`deskbrief ingest: ${(error as Error).message}\n`);
    return 2;
  }
  const configured = parseConfig(env);
  const fromEnv =
    configured.ok && configured.config.CORPUS_DIR !== DEFAULT_CORPUS_DIR
      ? configured.config.CORPUS_DIR
      : undefined;
  const dir = parsed.values.corpus ?? fromEnv;
  if (parsed.positionals.length === 0 || !dir) {
    process.stderr.write(
      `usage: npm run ingest -- URL|FILE… --corpus DIR\n${dir ? "" : "Say which corpus folder to add to: --corpus DIR (or set CORPUS_DIR).\n"}`,
    );
    return 2;
  }
  let run: IngestRun;
  try {
    run = await ingestTargets(parsed.positionals, dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      `deskbrief ingest: the corpus folder ${dir} cannot be used (${code ?? (error as Error).message}).\n`,
    );
    return 1;
  }
  for (const line of run.lines)
    (line.action === "failed" ? process.stderr : process.stdout).write(`${renderIngestLine(line)}\n`);
  const count = (a: IngestLine["action"]) => run.lines.filter((l) => l.action === a).length;
  process.stdout.write(
    `${count("added")} added, ${count("updated")} updated, ${count("unchanged") + count("duplicate")} already there, ${run.failed} failed → ${dir}\n`,
  );
  return run.failed > 0 ? 1 : 0;
}
