import { describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/log.js";
import { createBoltLogger } from "../../adapters/slack/bolt-logger.js";

describe("the logger handed to Bolt", () => {
  it("replaces configured secrets and anything shaped like a Slack token", () => {
    const lines: string[] = [];
    const bolt = createBoltLogger(
      createLogger("debug", (l) => lines.push(l)),
      "debug",
      ["xoxb-1-2-configured", "8f742231b10e8888abcd990000085a5f", undefined],
    );
    bolt.debug("token xoxb-1-2-configured and secret 8f742231b10e8888abcd990000085a5f");
    bolt.warn("someone else's xoxp-555-666-abc and xapp-1-A0-777-def", new Error("boom xoxb-1-2-configured"));
    const out = lines.join("");
    expect(out).not.toMatch(/configured|8f742231|555-666|777-def/);
    expect(out).toContain("xoxp-[redacted]");
    expect(out).toContain("boom");
  });

  it("writes Bolt's lines through our logger, which keeps its own level", () => {
    const lines: string[] = [];
    const bolt = createBoltLogger(
      createLogger("info", (l) => lines.push(l)),
      "info",
      [],
    );
    bolt.debug("hidden");
    bolt.info("shown");
    expect(lines.join("")).toMatch(/info {2}slack: shown/);
    expect(lines.join("")).not.toContain("hidden");
  });
});
