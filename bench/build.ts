import { spawnSync } from "node:child_process";
import { join } from "node:path";

// The bot runs the compiled JavaScript in dist/ (`npm start`); the bench builds it first, untimed.
// `tsc -b` is a no-op when dist/ is current.

const root = join(import.meta.dirname, "..");

/** `npm run build`. A type error is reported but does not stop the bench: tsc emits dist/ anyway. */
export function build(): void {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-b", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.stderr.write("bench: the build reported errors; timing what it emitted\n");
}
