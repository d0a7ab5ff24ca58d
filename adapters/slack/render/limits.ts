// Slack's limits for one message (see FINDINGS): the renderer never produces anything beyond them.
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  /** Slack rejects ~11–12k characters across a message's blocks (msg_blocks_too_long); keep a margin. */
  messageChars: 10_000,
  /** Text-only messages hold what no block can: a few long passages each, up to this size... */
  textOnlyChars: 12_000,
  /** ...unless one passage alone is longer; Slack truncates text past 40,000. */
  textOnlyMax: 35_000,
  buttonValue: 2000,
} as const;
