import { Worker } from "node:worker_threads";
import type { Document } from "../../src/index.js";
import type { ReaderReply } from "./read-worker.js";

// The main thread's side of the corpus reader worker: one reload at a time, its documents handed
// over in small pieces as they are read.

export interface ReloadResult {
  removed: string[];
  warnings: { file: string; message: string }[];
  total: number;
  read: number;
}

export interface ReaderThread {
  /** Reads what changed since the last reload; `onDocuments` gets them piece by piece. */
  reload(onDocuments: (documents: Document[]) => Promise<void>): Promise<ReloadResult>;
  stop(): Promise<void>;
}

/**
 * The worker's code. Run from the sources (tsx, vitest) it is a .ts file, which the worker reads
 * through tsx's loader, registered in the worker itself (a worker does not inherit it).
 */
function createWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./read-worker.js", import.meta.url), { workerData });
  const source = new URL("./read-worker.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** `knownFiles`: start from the folder as it is now (the corpus was just loaded), else read it all. */
export function startReaderThread(dir: string, knownFiles: [string, string][]): ReaderThread {
  const worker = createWorker({ dir, seen: knownFiles });
  worker.unref();
  let crashed: Error | null = null;
  worker.on("error", (error) => {
    crashed = error;
  });

  return {
    reload(onDocuments) {
      if (crashed) return Promise.reject(new Error(`the corpus reader stopped: ${crashed.message}`));
      return new Promise<ReloadResult>((resolve, reject) => {
        let read = 0;
        let applying = Promise.resolve();
        const onError = (error: Error) => finish(() => reject(error));
        const onMessage = (reply: ReaderReply) => {
          if (reply.type === "documents") {
            read += reply.documents.length;
            applying = applying.then(() => onDocuments(reply.documents));
          } else if (reply.type === "done") {
            const { removed, warnings, total } = reply;
            finish(() => void applying.then(() => resolve({ removed, warnings, total, read }), reject));
          } else {
            finish(() => reject(new Error(reply.message)));
          }
        };
        const finish = (then: () => void) => {
          worker.off("message", onMessage);
          worker.off("error", onError);
          then();
        };
        worker.on("message", onMessage);
        worker.on("error", onError);
        worker.postMessage({ type: "reload" });
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}
