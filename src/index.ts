// The public surface adapters import. Nothing here touches files, the network or the environment.

export { type AnalysisOptions, analyseStory } from "./briefing/build-briefing.js";
export { composeDigest, diffBriefings } from "./briefing/digest-diff.js";
export {
  DIGEST_SUMMARY_SENTENCES,
  type DigestLine,
  type DigestView,
  digestView,
  shrinkDigestView,
} from "./briefing/digest-view.js";
export { type CorpusService, createBriefingService } from "./briefing/service.js";
export type { BriefingService, BriefResult, CorpusState } from "./commands/briefing-port.js";
export type { Caller, CommandContext, CommandDefinition, CommandOption } from "./commands/command.js";
export { DIGEST_ID } from "./commands/digest-args.js";
export type {
  DigestPlatformName,
  DigestPort,
  DigestPortResult,
  DigestSubscriptionView,
  NewDigestSubscription,
} from "./commands/digest-port.js";
export type { FeedStatusView, FeedsPort } from "./commands/feeds-port.js";
export type { CommandErrorCode, CommandHelp, CommandOutcome } from "./commands/outcome.js";
export { COMMANDS, findCommand, MAX_COMMAND_TEXT, runCommand } from "./commands/registry.js";
export * from "./contract/digest-schema.js";
export { alsoLine, reactionsByParty, STANCE_WORDS } from "./contract/presentation.js";
export * from "./contract/schema.js";
export * from "./contract/sections.js";
export { buildCorpus, type RawArticle } from "./corpus/build-corpus.js";
export type { CorpusWarning, Document, Paragraph, RemovedLine, Sentence } from "./corpus/document.js";
export { summariseDocument } from "./corpus/document.js";
export { readArticle } from "./corpus/read-article.js";
export { groupArticles } from "./stories/group-articles.js";
