// Written by `npm run learn-summary` (bench/summary/learn.ts) from 12868 sentences of
// neus/train.jsonl: do not edit by hand.
import type { Feature } from "./features.js";

export const WEIGHTS: Record<Feature, number> = {
  bias: -1.193,
  supportShare: 0.055,
  supportAny: -0.044,
  sharedTerms: 0.749,
  lead: -0.106,
  early: 0.209,
  centrality: -0.257,
  titleEcho: 0.518,
  mainEvent: -0.066,
  figure: 0.025,
  quoted: -0.008,
  degraded: 0,
  long: 0.004,
};
