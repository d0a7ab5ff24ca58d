import type { Caller, DigestPort } from "../../src/index.js";
import type { Logger } from "../log.js";
import type { CorpusSource } from "../runtime.js";
import type { InFlight } from "./in-flight.js";

/** What the Slack listeners share: the corpus to answer from, logs, editors, and the answers in flight. */
export interface SlackDeps {
  corpus: CorpusSource;
  log: Logger;
  /** Slack user ids from SLACK_EDITORS (user-group and admin lookups are not made). */
  editors: readonly string[];
  inFlight: InFlight;
  /** The digest scheduler, when this instance runs one (/digest, /status). */
  digests?: DigestPort;
}

export function slackCaller(deps: SlackDeps, userId: string, channelId: string): Caller {
  return { platform: "slack", userId, channelId, isEditor: deps.editors.includes(userId) };
}
