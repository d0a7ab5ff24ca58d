import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** The repository root, where the CLI scripts run from. */
export const ROOT = join(import.meta.dirname, "..", "..");

/** Runs one CLI script from adapters/cli as a user would, through tsx, and waits for it. */
export const runCli = (script: string, args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "adapters", "cli", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 110_000,
  });
