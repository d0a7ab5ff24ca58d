// Reads the free text of /digest: quoted words, and the two ways to say when.

export type AddArgs =
  | { ok: true; topic: string; cron: string; timezone: string }
  | { ok: false; problem: string };

export const ADD_EXAMPLES = [
  "/digest add strikes daily 08:00 Europe/London",
  '/digest add strikes cron "0 8,17 * * 1-5" America/New_York',
];

const USAGE = `Say what and when, e.g. ${ADD_EXAMPLES.join(" or ")}.`;

/** Splits on spaces, keeping "quoted text" (straight or curly quotes, as chat apps send) together. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.matchAll(/["“”]([^"“”]*)["“”]?|'([^']*)'|(\S+)/g)) {
    tokens.push(m[1] ?? m[2] ?? m[3] ?? "");
  }
  return tokens;
}

/** The first word and the untouched rest (so quotes in the rest survive). */
export function splitAction(text: string): { action: string; details: string } {
  const m = /^\s*(\S*)\s*([\s\S]*)$/.exec(text);
  return { action: m?.[1] ?? "", details: (m?.[2] ?? "").trim() };
}

/** A digest's topic is asked as `/brief TOPIC`, so it takes /brief's limit. */
export const MAX_TOPIC_LENGTH = 200;

/** `TOPIC daily HH:MM [ZONE]` or `TOPIC cron "PATTERN" [ZONE]`; the zone defaults to UTC. */
export function parseAddArgs(details: string): AddArgs {
  const tokens = tokenize(details);
  const at = tokens.findIndex((t) => /^(daily|cron)$/i.test(t));
  if (at < 0) return { ok: false, problem: `Add "daily HH:MM" or "cron PATTERN" after the topic. ${USAGE}` };
  const topic = tokens.slice(0, at).join(" ").trim();
  if (topic.length > MAX_TOPIC_LENGTH) {
    return { ok: false, problem: `The topic must be at most ${MAX_TOPIC_LENGTH} characters.` };
  }
  const rest = tokens.slice(at + 1);
  const kind = (tokens[at] as string).toLowerCase();

  let cron: string;
  let after: string[];
  if (kind === "daily") {
    const time = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/.exec(rest[0] ?? "");
    if (!time) {
      return {
        ok: false,
        problem: `"${rest[0] ?? ""}" is not a time of day: use 24-hour HH:MM, e.g. /digest add ${topic || "strikes"} daily 08:00 Europe/London.`,
      };
    }
    cron = `${Number(time[2])} ${Number(time[1])} * * *`;
    after = rest.slice(1);
  } else if ((rest[0] ?? "").trim().includes(" ")) {
    cron = (rest[0] as string).trim().replace(/\s+/g, " ");
    after = rest.slice(1);
  } else {
    // Unquoted: the five fields are five words.
    cron = rest.slice(0, 5).join(" ");
    after = rest.slice(5);
  }
  if (cron === "") return { ok: false, problem: `Give the cron pattern in quotes. ${USAGE}` };
  if (after.length > 1) {
    return { ok: false, problem: `I did not understand "${after.join(" ")}" at the end. ${USAGE}` };
  }
  return { ok: true, topic, cron, timezone: after[0] ?? "UTC" };
}

/** Chat-made ids and configured ones: short, typeable, safe in any message. */
export const DIGEST_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
