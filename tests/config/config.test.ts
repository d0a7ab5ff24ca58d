import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../adapters/config.js";
import { isEd25519PublicKey } from "../../adapters/ed25519-key.js";
import { createLogger, redactUrlCredentials } from "../../adapters/log.js";
import { SlackStartError, startSlack } from "../../adapters/slack/start-slack.js";
import { BOT_TOKEN, SIGNING_SECRET } from "../stand-ins/slack/slack-stand-in.js";

// Settings are read strictly (what Number() would also take is refused) and no credential in a URL
// ever reaches a log line or an error.

const problems = (env: Record<string, string>) => {
  const parsed = parseConfig(env);
  return parsed.ok ? [] : parsed.problems;
};

const realKey = () =>
  Buffer.from(
    generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x as string,
    "base64url",
  ).toString("hex");

/** 64 hex characters whose y coordinate gives no point on the curve (found by trying, checked below). */
const NOT_A_POINT = "4".repeat(64);

describe("ports and counts", () => {
  it.each([" 0x1F90 ", "1e3", "80.0", "0", "65536", "-1", "http"])("refuses PORT=%j", (value) => {
    expect(problems({ PORT: value })).toEqual([
      "PORT: expected a port number from 1 to 65535, in decimal digits",
    ]);
  });

  it("takes decimal ports from 1 to 65535, surrounding spaces ignored", () => {
    const parsed = parseConfig({ PORT: " 8080 ", DISCORD_PORT: "65535" });
    expect(parsed.ok && [parsed.config.PORT, parsed.config.DISCORD_PORT]).toEqual([8080, 65535]);
  });

  it.each(["2.5", "0", "0x3", "3e0", "-2"])("refuses DIGEST_MAX_FAILURES=%j", (value) => {
    expect(problems({ DIGEST_MAX_FAILURES: value })).toEqual([
      "DIGEST_MAX_FAILURES: expected a whole number above 0, in decimal digits",
    ]);
  });

  it("takes a decimal grace in hours but not other notations", () => {
    const parsed = parseConfig({ DIGEST_GRACE_HOURS: "0.5", DIGEST_MAX_FAILURES: "4" });
    expect(parsed.ok && [parsed.config.DIGEST_GRACE_HOURS, parsed.config.DIGEST_MAX_FAILURES]).toEqual([
      0.5, 4,
    ]);
    expect(problems({ DIGEST_GRACE_HOURS: "6h" })).toHaveLength(1);
  });
});

describe("the Discord public key", () => {
  it("accepts real Ed25519 keys", () => {
    for (let i = 0; i < 20; i++) expect(isEd25519PublicKey(realKey())).toBe(true);
    expect(problems({ DISCORD_PUBLIC_KEY: realKey(), DISCORD_APPLICATION_ID: "900000000000000001" })).toEqual(
      [],
    );
  });

  it("refuses 64 hexadecimal characters that are not a point of the curve, at start-up", () => {
    expect(isEd25519PublicKey(NOT_A_POINT)).toBe(false);
    expect(isEd25519PublicKey("f".repeat(64))).toBe(false); // y beyond the field
    expect(
      problems({ DISCORD_PUBLIC_KEY: NOT_A_POINT, DISCORD_APPLICATION_ID: "900000000000000001" }),
    ).toEqual([
      "DISCORD_PUBLIC_KEY: is 64 hexadecimal characters but not an Ed25519 public key; copy it again from General Information",
    ]);
  });
});

describe("credentials in URLs", () => {
  it("are replaced in any text, whatever the scheme", () => {
    expect(
      redactUrlCredentials("at postgres://bot:s3cret@db:5432/x and https://user:pw@proxy.example/api/"),
    ).toBe("at postgres://[redacted]@db:5432/x and https://[redacted]@proxy.example/api/");
  });

  it("never reach a log line, whatever the message or field holds", () => {
    const lines: string[] = [];
    const log = createLogger("debug", (l) => lines.push(l));
    log.error("cannot reach http://u:hunter2@127.0.0.1:9/api/", { url: "postgres://a:hunter2@h/db" });
    expect(lines.join("")).not.toContain("hunter2");
    expect(lines.join("")).toContain("http://[redacted]@127.0.0.1:9/api/");
  });

  it("are not printed when Slack's Web API behind SLACK_API_URL cannot be reached", async () => {
    const parsed = parseConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: "http://deskbrief:hunter2@127.0.0.1:9/api/",
    });
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    const lines: string[] = [];
    const log = createLogger("debug", (l) => lines.push(l));
    const corpus = { state: () => ({ ok: false as const, problem: "not needed" }) };
    const error = await startSlack(parsed.config, corpus, log, {
      port: 0,
      retryConfig: { retries: 0 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackStartError);
    expect((error as Error).message).toMatch(
      /^Could not reach the Slack Web API at http:\/\/\[redacted\]@127/,
    );
    expect(`${(error as Error).message}${lines.join("")}`).not.toContain("hunter2");
  });
});
