import { fileURLToPath } from "node:url";
import { z } from "zod";
import { isEd25519PublicKey } from "./ed25519-key.js";

// The only reader of process.env: one schema, parsed once, every problem listed, no secret echoed.

// The bundled corpus, seeds/ at the package root. Run from the sources (tsx, vitest) this file is
// adapters/config.ts; `npm run build` compiles it to dist/adapters/config.js and does not copy the
// seeds, so from there the root is one level further up.
const ROOT = import.meta.url.endsWith(".js") ? "../../" : "../";
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL(`${ROOT}seeds/`, import.meta.url));

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const token = (prefix: string, what: string) =>
  optionalText.refine((v) => v === undefined || v.startsWith(prefix), {
    message: `expected ${what} starting with "${prefix}"`,
  });

const url = optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
  message: "expected an http:// or https:// URL",
});

// Numbers are read as plain decimals only: Number() would also take " 0x1F90 ", "1e3" or "2.5".
const DECIMAL_INTEGER = /^\d{1,9}$/;
const DECIMAL = /^\d{1,9}(\.\d{1,6})?$/;

const portNumber = optionalText
  .refine((v) => v === undefined || (DECIMAL_INTEGER.test(v) && Number(v) >= 1 && Number(v) <= 65535), {
    message: "expected a port number from 1 to 65535, in decimal digits",
  })
  .transform((v) => (v === undefined ? undefined : Number(v)));

const port = (fallback: number) => portNumber.transform((v) => v ?? fallback);

const snowflake = optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
  message: "expected a numeric Discord id (a snowflake)",
});

const list = optionalText.transform((v) =>
  v === undefined
    ? []
    : v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
);

const positiveInteger = (fallback: number) =>
  optionalText
    .refine((v) => v === undefined || (DECIMAL_INTEGER.test(v) && Number(v) > 0), {
      message: "expected a whole number above 0, in decimal digits",
    })
    .transform((v) => (v === undefined ? fallback : Number(v)));

const positiveNumber = (fallback: number) =>
  optionalText
    .refine((v) => v === undefined || (DECIMAL.test(v) && Number(v) > 0), {
      message: "expected a number above 0, in decimal digits (e.g. 6 or 0.5)",
    })
    .transform((v) => (v === undefined ? fallback : Number(v)));

export const ConfigSchema = z.object({
  CORPUS_DIR: optionalText.transform((v) => v ?? DEFAULT_CORPUS_DIR),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  PORT: port(3000),

  SLACK_BOT_TOKEN: token("xoxb-", "a bot token"),
  SLACK_APP_TOKEN: token("xapp-", "an app-level token"),
  SLACK_SIGNING_SECRET: optionalText.refine((v) => v === undefined || /^[0-9a-f]{16,}$/i.test(v), {
    message: "expected the hexadecimal signing secret from the app's Basic Information page",
  }),
  SLACK_API_URL: url,
  SLACK_EDITORS: list,

  DISCORD_TOKEN: optionalText,
  DISCORD_PUBLIC_KEY: optionalText
    .refine((v) => v === undefined || /^[0-9a-f]{64}$/i.test(v), {
      message: "expected the application's public key: 64 hexadecimal characters",
    })
    .refine((v) => v === undefined || !/^[0-9a-f]{64}$/i.test(v) || isEd25519PublicKey(v), {
      message:
        "is 64 hexadecimal characters but not an Ed25519 public key; copy it again from General Information",
    }),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_URL: url,
  DISCORD_PORT: portNumber,

  DATA_DIR: optionalText.transform((v) => v ?? "./data"),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: "expected a postgres:// or postgresql:// connection URL",
  }),
  DIGESTS: optionalText,
  DIGESTS_FILE: optionalText,
  DIGEST_GRACE_HOURS: positiveNumber(6),
  DIGEST_MAX_FAILURES: positiveInteger(3),

  // Feeds whose articles are taken into CORPUS_DIR (adapters/ingest).
  FEEDS: list.refine((urls) => urls.every((u) => /^https?:\/\/[^\s]+$/.test(u)), {
    message: "expected http:// or https:// feed URLs, separated by commas",
  }),
  FEEDS_FILE: optionalText,
  FEED_POLL_MINUTES: positiveNumber(10),
});

export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment; a problem names the variable and what was expected, never the value. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`),
    };
  }
  const config = parsed.data;
  const problems: string[] = [];
  if ((config.SLACK_APP_TOKEN || config.SLACK_SIGNING_SECRET) && !config.SLACK_BOT_TOKEN) {
    problems.push("SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set");
  }
  if (config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    problems.push(
      "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: one is required with SLACK_BOT_TOKEN (Socket Mode or HTTP)",
    );
  }
  if ((config.DISCORD_TOKEN || config.DISCORD_PUBLIC_KEY) && !config.DISCORD_APPLICATION_ID) {
    problems.push("DISCORD_APPLICATION_ID: required with DISCORD_TOKEN or DISCORD_PUBLIC_KEY");
  }
  if ((config.FEEDS.length > 0 || config.FEEDS_FILE) && config.CORPUS_DIR === DEFAULT_CORPUS_DIR) {
    problems.push(
      "CORPUS_DIR: required with FEEDS or FEEDS_FILE (feed articles are written into it; the bundled seeds/ is left as shipped)",
    );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

export const feedsEnabled = (c: Config) => c.FEEDS.length > 0 || c.FEEDS_FILE !== undefined;
