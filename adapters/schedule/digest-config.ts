import { readFileSync } from "node:fs";
import { z } from "zod";
import { DIGEST_ID } from "../../src/index.js";
import { PLATFORM_NAMES } from "../platforms.js";
import type { SubscriptionInput } from "../store/digest-store.js";
import { checkSchedule } from "./cron-slots.js";

// Digests operations want fixed: DIGESTS (a JSON array) and/or DIGESTS_FILE (a file holding one).

const EntrySchema = z.strictObject({
  id: z.string().regex(DIGEST_ID, "expected letters, digits, - or _ (at most 64)"),
  platform: z.enum(PLATFORM_NAMES),
  channel: z.string().trim().min(1, "expected the channel id"),
  topic: z.string().trim(),
  cron: z.string().trim().min(1, 'expected a cron pattern such as "0 8 * * *"'),
  timezone: z.string().trim().min(1, "expected an IANA time zone such as Europe/London"),
});

export type DigestConfigResult =
  | { ok: true; entries: SubscriptionInput[] }
  | { ok: false; problems: string[] };

export function loadDigestConfig(settings: {
  DIGESTS?: string | undefined;
  DIGESTS_FILE?: string | undefined;
}): DigestConfigResult {
  const problems: string[] = [];
  const entries: SubscriptionInput[] = [];
  const sources: [string, () => string][] = [];
  if (settings.DIGESTS) sources.push(["DIGESTS", () => settings.DIGESTS as string]);
  if (settings.DIGESTS_FILE) {
    const file = settings.DIGESTS_FILE;
    sources.push([`DIGESTS_FILE (${file})`, () => readFileSync(file, "utf8")]);
  }
  for (const [name, read] of sources) {
    let data: unknown;
    try {
      data = JSON.parse(read());
    } catch (error) {
      const why =
        (error as NodeJS.ErrnoException).code === "ENOENT" ? "the file does not exist" : "not valid JSON";
      problems.push(
        `${name}: ${why}; expected a JSON array of {id, platform, channel, topic, cron, timezone}`,
      );
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push(`${name}: expected a JSON array of {id, platform, channel, topic, cron, timezone}`);
      continue;
    }
    data.forEach((raw, i) => {
      const label = `${name}[${i}]${typeof raw?.id === "string" ? ` (${raw.id})` : ""}`;
      const parsed = EntrySchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`${label}: ${issue.path.join(".") || "entry"}: ${issue.message}`);
        }
        return;
      }
      const schedule = checkSchedule(parsed.data);
      if (!schedule.ok) {
        problems.push(`${label}: ${schedule.problem}`);
        return;
      }
      if (entries.some((e) => e.id === parsed.data.id)) {
        problems.push(`${label}: the id "${parsed.data.id}" is used twice`);
        return;
      }
      entries.push({ ...parsed.data, origin: "config", createdBy: null });
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}
