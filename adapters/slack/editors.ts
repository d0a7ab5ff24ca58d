import type { webApi } from "@slack/bolt";
import type { Logger } from "../log.js";

// Who may manage digests on Slack: user ids listed in SLACK_EDITORS, members of user groups listed
// there (ids starting with S), and workspace admins and owners. Answers are cached for a few minutes:
// group membership and admin rights change rarely, and a command should not wait on Slack twice.

const TTL_MS = 5 * 60_000;

export interface EditorCheck {
  /** Cheap and synchronous: the user is named in SLACK_EDITORS. */
  isListed(userId: string): boolean;
  /** Full check, asking Slack about user groups and admin rights when the list alone does not say. */
  isEditor(userId: string): Promise<boolean>;
}

export function createEditorCheck(
  client: webApi.WebClient,
  entries: readonly string[],
  log: Logger,
  now: () => number = Date.now,
): EditorCheck {
  const groups = entries.filter((e) => /^S[A-Z0-9]+$/.test(e));
  const users = new Set(entries.filter((e) => !groups.includes(e)));
  const cache = new Map<string, { at: number; value: Promise<boolean> }>();
  const cached = (key: string, load: () => Promise<boolean>): Promise<boolean> => {
    const hit = cache.get(key);
    if (hit && now() - hit.at < TTL_MS) return hit.value;
    const value = load();
    cache.set(key, { at: now(), value });
    return value;
  };
  const ask = async (what: string, call: () => Promise<boolean>): Promise<boolean> => {
    try {
      return await call();
    } catch (error) {
      // A missing scope or a Slack outage refuses management, never grants it; the log says why.
      const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
      log.warn("slack editor lookup failed", { lookup: what, code });
      return false;
    }
  };
  const inGroup = (group: string, userId: string) =>
    cached(`group:${group}:${userId}`, () =>
      ask("usergroups.users.list", async () => {
        const res = await client.usergroups.users.list({ usergroup: group });
        return (res.users ?? []).includes(userId);
      }),
    );
  const isAdmin = (userId: string) =>
    cached(`admin:${userId}`, () =>
      ask("users.info", async () => {
        const res = await client.users.info({ user: userId });
        return Boolean(res.user?.is_admin || res.user?.is_owner || res.user?.is_primary_owner);
      }),
    );
  return {
    isListed: (userId) => users.has(userId),
    async isEditor(userId) {
      if (users.has(userId)) return true;
      for (const group of groups) if (await inGroup(group, userId)) return true;
      return isAdmin(userId);
    },
  };
}
