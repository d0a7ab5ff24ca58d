import { setTimeout as delay } from "node:timers/promises";
import { composeDigest, type Digest, type DigestPortResult } from "../../src/index.js";
import type { CorpusSource } from "../runtime.js";
import type { DigestStore, Subscription } from "../store/digest-store.js";
import type { DigestPoster, PostRequest, PostResult } from "./digest-poster.js";

// The steps of one digest delivery that hold no scheduler state: what the digest says, the post
// under its deadline, and what its creator is told when it fails (digest-scheduler.ts runs them).

/** How long past its deadline a poster that ignores its signal is still waited for. */
const GIVE_UP_MARGIN_MS = 5_000;

/** The digest of the subscription's topic now, leading with what changed since its last post. */
export async function composeFor(
  sub: Subscription,
  corpus: CorpusSource,
  store: DigestStore,
): Promise<DigestPortResult<Digest>> {
  const state = corpus.state();
  if (!state.ok) return { ok: false, problem: `the corpus is unavailable (${state.problem})` };
  const result = state.service.brief(sub.topic);
  if (!result.ok) return { ok: false, problem: `nothing in the corpus matches "${sub.topic}" any more` };
  const previous = await store.lastPostedDigest(sub.id);
  return { ok: true, value: composeDigest(sub.id, result.briefing, previous?.digest ?? null) };
}

/**
 * The poster's answer by the post's deadline: the poster is asked to abort its requests then
 * (and at stop); one that does not is not waited for beyond a short margin.
 */
export async function postWithin(
  poster: DigestPoster,
  request: Omit<PostRequest, "deadline" | "signal">,
  timeoutMs: number,
  stopping: AbortSignal,
): Promise<PostResult> {
  const deadline = Date.now() + timeoutMs;
  const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), stopping]);
  const late = new AbortController();
  const giveUp = delay(timeoutMs + GIVE_UP_MARGIN_MS, undefined, { signal: late.signal }).then(
    (): PostResult => ({ ok: false, permanent: false, reason: "the platform did not answer in time" }),
    () => ({ ok: false, permanent: false, reason: "stopped" }) as PostResult,
  );
  try {
    return await Promise.race([
      poster
        .post({ ...request, deadline, signal })
        .catch((error: Error): PostResult => ({ ok: false, permanent: false, reason: error.message })),
      giveUp,
    ]);
  } finally {
    late.abort();
  }
}

/** What a digest's creator is told when a post fails for good; `pausedAfter`: it paused itself. */
export function failureNotice(
  sub: Subscription,
  reason: string,
  pausedAfter: number | null,
  maxFailures: number,
): string {
  return pausedAfter !== null
    ? `Your digest ${sub.id} ("${sub.topic}") failed ${pausedAfter} times in a row (${reason}) and has paused itself; fix the channel or the bot's access, then /digest resume ${sub.id}.`
    : `Your digest ${sub.id} ("${sub.topic}") could not be posted to channel ${sub.channel}: ${reason}. It tries again at the next slot and pauses itself after ${maxFailures} failures in a row.`;
}
