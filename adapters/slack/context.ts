import type { Caller, DigestPort } from "../../src/index.js";
import type { Logger } from "../log.js";
import type { CorpusSource } from "../runtime.js";
import type { InFlight } from "../shared/in-flight.js";
import type { NextTurn } from "./answer-turns.js";
import type { EditorCheck } from "./editors.js";

/** What the Slack listeners share: the corpus to answer from, logs, editors, the answers in flight. */
export interface SlackDeps {
  corpus: CorpusSource;
  log: Logger;
  /** SLACK_EDITORS users and user groups, and workspace admins. */
  editors: EditorCheck;
  inFlight: InFlight;
  /** Waits for this answer's CPU turn, after the acks of commands that arrived meanwhile. */
  answerTurn: NextTurn;
  /** The digest scheduler, when this instance runs one (/digest, /status). */
  digests?: DigestPort;
}

export const SLACK_EDITOR_RULE =
  "On Slack, editors are the people and user groups listed in SLACK_EDITORS, and workspace admins.";

/** Only digest management needs the full editor check (it may ask Slack); other commands skip it. */
export async function slackCaller(
  deps: SlackDeps,
  userId: string,
  channelId: string,
  command: string,
): Promise<Caller> {
  const isEditor = command === "digest" ? await deps.editors.isEditor(userId) : deps.editors.isListed(userId);
  return { platform: "slack", userId, channelId, isEditor, editorRule: SLACK_EDITOR_RULE };
}
