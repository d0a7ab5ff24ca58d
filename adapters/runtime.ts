import type { CorpusState } from "../src/index.js";

/** The corpus the running bot answers from; it can change while the bot runs (new articles). */
export interface CorpusSource {
  state(): CorpusState;
}

/** A platform the composition root started; stop() finishes in-flight answers, then closes. */
export interface RunningPlatform {
  name: string;
  stop(): Promise<void>;
}
