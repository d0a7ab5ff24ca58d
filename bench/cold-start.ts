import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { type Percentiles, percentiles } from "./stats.js";

// Cold start: a fresh process, from its start to the first answer on the bundled corpus, as
// `npm run brief strikes` runs it: plain Node on the compiled JavaScript in dist/ (Node starts, the
// modules load, the seeds are read and analysed, the briefing is printed, the process exits). The
// build (`npm run build`, a no-op when dist/ is current) runs first and is not timed.

const root = join(import.meta.dirname, "..");

/** `npm run build`. A type error is reported but does not stop the bench: tsc emits dist/ anyway. */
function build(): void {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-b", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.stderr.write("cold start: the build reported errors; timing what it emitted\n");
}

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
  build();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await once());
    tick(i + 1);
  }
  return percentiles(samples);
}
