import { spawn } from "node:child_process";
import { join } from "node:path";
import { type Percentiles, percentiles } from "./stats.js";

// Cold start: a fresh process, from its start to the first answer on the bundled corpus, as
// `npm run brief strikes` runs it: plain Node on the compiled JavaScript in dist/ (Node starts, the
// modules load, the seeds are read and analysed, the briefing is printed, the process exits).

const root = join(import.meta.dirname, "..");

function once(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["dist/adapters/cli/brief.js", "strikes"], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    child.on("exit", (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`brief exited ${code}: ${stderr}`)),
    );
  });
}

export async function coldStart(runs: number, tick: (done: number) => void): Promise<Percentiles> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await once());
    tick(i + 1);
  }
  return percentiles(samples);
}
