import { parentPort, workerData } from "node:worker_threads";
import { type Document, readArticle } from "../../src/index.js";
import { folderState, readArticleFile } from "./load-folder.js";

// The corpus reader's worker thread: reading and parsing articles (the costly part of a reload,
// seconds for thousands of files) happens here, never on the event loop that acks commands. It
// remembers each file's size and modification time, so a reload reads only what changed.

export type ReaderRequest = { type: "reload" };
export type ReaderReply =
  | { type: "documents"; documents: Document[] }
  | {
      type: "done";
      removed: string[];
      warnings: { file: string; message: string }[];
      total: number;
    }
  | { type: "failed"; message: string };

/**
 * Documents per message. Each message is decoded and added on the event loop in one turn, and an
 * eager service analyses the stories the pieces touch then, so they come a few at a time.
 */
const CHUNK = 5;

const { dir, seen: initial } = workerData as { dir: string; seen: [string, string][] };
/** file name → "size:mtime" of what was last read (or found unusable). */
const seen = new Map(initial);
const send = (reply: ReaderReply) => parentPort?.postMessage(reply);

parentPort?.on("message", async (request: ReaderRequest) => {
  if (request.type !== "reload") return;
  try {
    const state = await folderState(dir);
    const removed = [...seen.keys()].filter((name) => !state.files.has(name));
    for (const name of removed) seen.delete(name);
    const warnings: { file: string; message: string }[] = [];
    let batch: Document[] = [];
    for (const [name, signature] of state.files) {
      if (seen.get(name) === signature) continue;
      seen.set(name, signature);
      const read = await readArticleFile(dir, state.root, name);
      if ("problem" in read) {
        warnings.push({ file: name, message: read.problem });
        continue;
      }
      batch.push(readArticle(state.idOf(name), read.text));
      if (batch.length === CHUNK) {
        send({ type: "documents", documents: batch });
        batch = [];
      }
    }
    if (batch.length > 0) send({ type: "documents", documents: batch });
    send({ type: "done", removed: removed.map(state.idOf), warnings, total: state.files.size });
  } catch (error) {
    send({ type: "failed", message: (error as Error).message });
  }
});
