import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger, LogLevel as OurLevel } from "../log.js";

// Bolt, its Web API client and Socket Mode log through ours: one line each, on stderr, with any token
// or secret replaced, whatever a library decides to print.

const TOKEN = /\b(xox[abpers]|xapp)-[A-Za-z0-9-]+/g;

export function createBoltLogger(log: Logger, level: OurLevel, secrets: (string | undefined)[]): BoltLogger {
  const known = secrets.filter((s): s is string => typeof s === "string" && s.length >= 8);
  const scrub = (parts: unknown[]) => {
    let line = parts
      .map((p) => (p instanceof Error ? p.message : typeof p === "string" ? p : JSON.stringify(p)))
      .join(" ");
    for (const secret of known) line = line.replaceAll(secret, "[redacted]");
    return line.replace(TOKEN, "$1-[redacted]");
  };
  let current = level as LogLevel;
  return {
    debug: (...parts) => log.debug(`slack: ${scrub(parts)}`),
    info: (...parts) => log.info(`slack: ${scrub(parts)}`),
    warn: (...parts) => log.warn(`slack: ${scrub(parts)}`),
    error: (...parts) => log.error(`slack: ${scrub(parts)}`),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: () => {},
  };
}

export const boltLevel = (level: OurLevel): LogLevel =>
  ({ debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR })[level];
