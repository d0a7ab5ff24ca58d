// Written by `npm run learn-summary` (bench/summary/learn.ts) from 23594 sentences of
// neus/train.jsonl, multinews/val_1000.jsonl:500: do not edit by hand.
import type { Feature } from "./features.js";

export const WEIGHTS: Record<Feature, number> = {
  bias: -1.24,
  supportShare: 0.037,
  supportAny: -0.062,
  sharedTerms: 1.115,
  lead: 0.379,
  early: -0.471,
  centrality: -0.275,
  titleEcho: 0.315,
  mainEvent: -0.081,
  figure: 0.033,
  quoted: 0.045,
  cause: 0.006,
  consequence: 0.048,
  degraded: 0.083,
  long: 0.021,
};
