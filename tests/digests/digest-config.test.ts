import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDigestConfig } from "../../adapters/schedule/digest-config.js";

const good = {
  id: "morning",
  platform: "slack",
  channel: "C0NEWSDESK",
  topic: "strikes",
  cron: "0 8 * * *",
  timezone: "Europe/London",
};
const dir = mkdtempSync(join(tmpdir(), "deskbrief-digests-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("configured digests (DIGESTS, DIGESTS_FILE)", () => {
  it("reads entries from DIGESTS and from the file DIGESTS_FILE names", () => {
    const file = join(dir, "digests.json");
    writeFileSync(
      file,
      JSON.stringify([{ ...good, id: "evening", platform: "discord", channel: "9100000001" }]),
    );
    const result = loadDigestConfig({ DIGESTS: JSON.stringify([good]), DIGESTS_FILE: file });
    expect(result).toEqual({
      ok: true,
      entries: [
        { ...good, origin: "config", createdBy: null },
        {
          ...good,
          id: "evening",
          platform: "discord",
          channel: "9100000001",
          origin: "config",
          createdBy: null,
        },
      ],
    });
  });

  it("gives one clear line per bad entry, naming it, and none for the good ones", () => {
    const result = loadDigestConfig({
      DIGESTS: JSON.stringify([
        good,
        { ...good, id: "teams", platform: "teams" },
        { ...good, id: "late", cron: "0 25 * * *" },
        { ...good, id: "where", timezone: "Mars/Base" },
        { ...good, id: "extra", colour: "red" },
        good,
      ]),
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^DIGESTS\[1\] \(teams\): platform: /);
    expect(problems[1]).toMatch(/^DIGESTS\[2\] \(late\): "0 25 \* \* \*" is not a valid cron schedule/);
    expect(problems[2]).toMatch(/^DIGESTS\[3\] \(where\): "Mars\/Base" is not a time zone I know/);
    expect(problems[3]).toMatch(/^DIGESTS\[4\] \(extra\): entry: .*colour/);
    expect(problems[4]).toBe('DIGESTS[5] (morning): the id "morning" is used twice');
  });

  it("says what is wrong with JSON that is not an array, or a file that is missing", () => {
    expect(loadDigestConfig({ DIGESTS: "{not json" })).toEqual({
      ok: false,
      problems: [
        "DIGESTS: not valid JSON; expected a JSON array of {id, platform, channel, topic, cron, timezone}",
      ],
    });
    expect(loadDigestConfig({ DIGESTS_FILE: join(dir, "missing.json") })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining("the file does not exist")],
    });
    expect(loadDigestConfig({ DIGESTS: "{}" })).toMatchObject({ ok: false });
  });

  it("is empty, not an error, when neither is set", () => {
    expect(loadDigestConfig({})).toEqual({ ok: true, entries: [] });
  });
});
